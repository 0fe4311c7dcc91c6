// What's in it for them, when the rep typed it as something other than a thing to offer: a question
// ("what if your SREs slept through noisy alerts?"), a statement of terms ("no setup fee, go live in
// 2 wks", "€39/mo, no contract"), a passive ("a free audit can be done in a week") or a clause with
// its own subject ("listings with 3D tours get 2x the saved searches"). Each is said as its own
// sentence; an offer frame ("I can offer …") only fits a noun phrase. Pure.
import { lexiconTags, readsAsVerb } from './draft-tidy';

/** A value typed as a question: it stays one, in its own sentence. */
export const VALUE_QUESTION =
  /\?\s*$|^(?:what if|how (?:many|much|often|long|would|could)|imagine|ever wondered|did you know|wouldn['’]t it|¿|y si\b|e se\b|et si\b|was wäre|wie viele|wie viel|cuántos|cuántas|quantos|quantas|combien)/iu;

const PRICE = /^(?:[$€£¥]\s?\d|\d[\d.,]*\s?(?:[$€£]|eur|usd|gbp)(?![\p{L}])|(?:free|gratis)\s+(?:for|until)\b)/iu;
const NEGATION = /^no\s+(?!one\b|more\b|longer\b)\p{L}/iu;
// Terms the reader can act on: "go live in 2 wks", "cancel anytime", "start next week".
const TERMS_VERB = /^(?:go live|get started|start|cancel|switch|pay|try|keep|stop|leave|upgrade|downgrade|pause)\b/i;

/**
 * "no setup fee, no long contract, go live in 2 wks" → "There's no setup fee and no long contract,
 * and you can go live in 2 wks"; "€39/mo, 2nd till free for first year, no contract" → "It's €39/mo,
 * 2nd till free for first year, and there's no contract". '' when the value does not open with terms.
 */
export function termsSentence(value: string): string {
  const v = value.trim();
  if (!NEGATION.test(v) && !PRICE.test(v)) return '';
  const items = v
    .split(/\s*(?:,|;|\s\+\s|\s&\s)\s*/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const clauses: string[] = [];
  let negations: string[] = [];
  const flush = () => {
    if (negations.length > 0) clauses.push(`there's ${negations.join(' and ')}`);
    negations = [];
  };
  for (const [i, item] of items.entries()) {
    if (NEGATION.test(item)) {
      negations.push(item.replace(/^no\s+/i, 'no '));
      continue;
    }
    flush();
    if (TERMS_VERB.test(item)) clauses.push(`you can ${item.charAt(0).toLowerCase()}${item.slice(1)}`);
    else if (i === 0 && PRICE.test(item)) clauses.push(`it's ${item}`);
    else clauses.push(item.replace(/^and\s+/i, ''));
  }
  flush();
  if (clauses.length === 0) return '';
  const last = clauses.length > 1 ? `, and ${clauses.pop()}` : '';
  const text = `${clauses.join(', ')}${last}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const IRREGULAR_PARTICIPLES: Record<string, string> = {
  done: 'do',
  run: 'run',
  cut: 'cut',
  set: 'set',
  made: 'make',
  built: 'build',
  sent: 'send',
  shown: 'show',
  given: 'give',
  put: 'put',
  taken: 'take',
  written: 'write',
  found: 'find',
  brought: 'bring',
  kept: 'keep',
  sped: 'speed',
  halved: 'halve',
};

/** "automated" → "automate", "booked" → "book", "shipped" → "ship"; '' for a word that is not a participle. */
export function baseOfParticiple(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR_PARTICIPLES[w];
  if (irregular) return irregular;
  if (!/ed$/.test(w) || w.length < 5) return '';
  const stem = w.slice(0, -2);
  const candidates = /ied$/.test(w)
    ? [`${w.slice(0, -3)}y`]
    : [`${stem}e`, stem, /([bdgklmnprt])\1$/.test(stem) ? stem.slice(0, -1) : ''];
  return candidates.find((c) => c !== '' && lexiconTags(c).includes('Infinitive')) ?? '';
}

/**
 * "a free audit can be done in a week" → "We can do a free audit in a week"; "site visit scheduling
 * can be automated and no-shows reduced" → "Sitebook can automate site visit scheduling and reduce
 * no-shows": a passive gets the rep's company, or "we", as the doer. '' when the value is no passive.
 */
export function activeValue(value: string, company: string): string {
  const m = /^(.+?)\s+(can|could|will|would)\s+be\s+([\p{L}-]+(?:\s+(?:up|out|off))?)(.*)$/iu.exec(value.trim());
  if (!m) return '';
  const [, subject = '', modal = '', participle = '', rest = ''] = m;
  const [verb = '', particle = ''] = participle.split(/\s+/);
  const base = baseOfParticiple(verb);
  if (!base || /^(?:it|this|that|they|you|we|I)$/i.test(subject)) return '';
  // "… and no-shows reduced": the second thing done, with the same doer.
  const tail = rest.replace(
    /^(.*?)\s+and\s+((?:[\p{L}\p{N}%-]+\s+){0,4}?)([\p{L}-]+ed)\s*$/u,
    (all, before: string, object: string, second: string) => {
      const b = baseOfParticiple(second);
      return b && object.trim() ? `${before} and ${b} ${object.trim()}` : all;
    },
  );
  const doer = company || 'we';
  const object = /^(?:A|An|The|Our|Your)\s/u.test(subject)
    ? subject.charAt(0).toLowerCase() + subject.slice(1)
    : subject;
  const text = `${doer} ${modal.toLowerCase()} ${base}${particle ? ` ${particle}` : ''} ${object}${tail}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const PREPOSITIONS = /^(?:of|for|from|on|in|with|to|at|by|across|about|into|over|under|per|via)$/i;
// Plural subjects take these bare: "listings with 3D tours get …", "clinics on our app see …".
const PLURAL_SUBJECT_VERBS =
  /^(?:get|see|ship|save|close|cut|spend|book|convert|win|pay|grow|ramp|hit|lose|reply|respond|sell|finish|go|stay|renew|sign|buy|earn|keep|return|answer|rank|load|show|report|churn|fill|need|make|take|run|reach|complete|recover|collect|land)$/i;
const SUBJECT_DETERMINER = /^(?:a|an|the|every|each|one|most|many|all|our)$/i;

/**
 * Where a value typed as a clause turns from its subject to its verb ("Cartwise typically | lifts …",
 * "a new rep | ramps in 60 days …", "listings with 3D tours | get 2x …"); -1 when it is a noun phrase.
 * `company` (the rep's company, any case) is a subject like a name.
 */
export function valueClauseAt(value: string, company = ''): number {
  const words = value.trim().split(/\s+/);
  const bare = (w: string) => w.toLowerCase().replace(/[^\p{L}'’-]/gu, '');
  const head = words[0] ?? '';
  const named =
    (company !== '' && bare(head) === company.toLowerCase()) ||
    (/^\p{Lu}\p{Ll}+$/u.test(head) && lexiconTags(head.toLowerCase()).length === 0);
  const determined = SUBJECT_DETERMINER.test(bare(head));
  const plural = (w: string) => /[^su'’]s$/.test(bare(w)) && !/(?:ness|ics)$/.test(bare(w));
  let sawPreposition = false;
  for (let i = 1; i < Math.min(words.length - 1, 7); i++) {
    const prev = words[i - 1] ?? '';
    const word = bare(words[i] ?? '');
    if (/[,;:]$/.test(prev)) return -1;
    if (PREPOSITIONS.test(word)) {
      sawPreposition = true;
      continue;
    }
    if (PREPOSITIONS.test(bare(prev))) continue;
    if (/ly$/.test(word) && lexiconTags(word).length > 0 && !lexiconTags(word).includes('Adjective')) continue;
    const third = /[^s'’]s$/.test(word) && !PREPOSITIONS.test(word) && readsAsVerb(word);
    if (third && (named || (determined && !sawPreposition)) && i <= (named ? 2 : 5)) return i;
    // A plural subject ("listings", "our clinics", "teams using Stackfort") and a bare verb.
    const subjectHead = SUBJECT_DETERMINER.test(bare(head)) ? (words[1] ?? '') : head;
    if (PLURAL_SUBJECT_VERBS.test(word) && plural(subjectHead) && !/\p{N}/u.test(subjectHead)) return i;
  }
  return -1;
}
