// What's in it for them, when the rep typed it as something other than a thing to offer: a question
// ("what if your SREs slept through noisy alerts?"), a statement of terms ("no setup fee, go live in
// 2 wks", "€39/mo, no contract"), a passive ("a free audit can be done in a week") or a clause with
// its own subject ("listings with 3D tours get 2x the saved searches"). Each is said as its own
// sentence; an offer frame ("I can offer …") only fits a noun phrase. Pure.
import type nlpType from 'compromise';
import { lexiconTags, readsAsVerb } from './draft-tidy';

let nlpLoaded: typeof nlpType | undefined;

/** "residents unlock w phone", "teams book demos": is the second word a bare verb after the plural first? */
const bareVerbSeen = new Map<string, boolean>();
function bareVerbAfter(phrase: string): boolean {
  const seen = bareVerbSeen.get(phrase);
  if (seen !== undefined) return seen;
  if (bareVerbSeen.size > 5000) bareVerbSeen.clear();
  const found = bareVerbAfterUncached(phrase);
  bareVerbSeen.set(phrase, found);
  return found;
}
function bareVerbAfterUncached(phrase: string): boolean {
  nlpLoaded ??= require('compromise') as typeof nlpType;
  const terms = nlpLoaded(phrase).terms().json() as Array<{ terms: Array<{ tags: string[] }> }>;
  const tags = terms.map((t) => t.terms[0]?.tags ?? []);
  // "customers usually start catching …": an adverb may stand between the subject and its verb ("daily", "weekly"
  // are things' kinds too: "reports weekly review" is no clause).
  const between =
    (tags[1] ?? []).includes('Adverb') &&
    !/^(?:\S+\s+)(?:hourly|daily|weekly|monthly|quarterly|yearly)\b/i.test(phrase);
  const [first, second] = between ? [tags[0], tags[2]] : tags;
  return (first ?? []).includes('Plural') && (second ?? []).includes('Infinitive');
}

/**
 * "survey the membrane b4 the panels go on", "map every shipment lane": a value that opens on a verb and its object (a
 * determiner after it) is what the rep will do, not a thing to offer. Not a thing with a clause after it, whose verb
 * follows the noun after the determiner ("report the adjuster can use", "checklist the auditors ask for").
 */
export function opensWithVerb(value: string): boolean {
  nlpLoaded ??= require('compromise') as typeof nlpType;
  const terms = nlpLoaded(value.split(/\s+/).slice(0, 6).join(' ')).terms().json() as Array<{
    terms: Array<{ tags: string[] }>;
  }>;
  const tags = terms.map((t) => t.terms[0]?.tags ?? []);
  if (!(tags[0] ?? []).includes('Imperative') || !/^(?:the|your|every|each|all)$/i.test(value.split(/\s+/)[1] ?? ''))
    return false;
  // The first word after the object's nouns and adjectives: a verb there has the object as its subject.
  const after = tags.slice(2).find((t) => !['Noun', 'Adjective', 'Value'].some((tag) => t.includes(tag))) ?? [];
  return !after.includes('Modal') && !(after.includes('Verb') && !after.includes('Gerund'));
}

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
    // "sits on top of guidewire" → "it sits on top of guidewire": a verb keeps its subject.
    else clauses.push(withItsSubject(item.replace(/^and\s+(?=plus\b)|^and\s+/i, '')));
  }
  flush();
  if (clauses.length === 0) return '';
  const text = joinWithAnd(clauses);
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
  // "gps tracked routes": shorthand with no vowel ("gps", "kpis" has one) is no plural noun before its verb.
  const plural = (w: string) =>
    /[^su'’]s$/.test(bare(w)) && !/(?:ness|ics)$/.test(bare(w)) && /[aeiouy]\p{L}*s$/u.test(bare(w));
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
    // "residents unlock w phone": a bare plural and a word that can only be a verb; after "our" too ("our alerts catch
    // clinical mastitis early"). An adverb may come between them ("teams typically start …"), so these go before it is
    // passed over.
    if (i === 1 && plural(head) && !/\p{N}/u.test(head) && bareVerbAfter(words.slice(0, 3).join(' '))) return i;
    if (
      i === 2 &&
      /^our$/i.test(bare(head)) &&
      plural(words[1] ?? '') &&
      !/\p{N}/u.test(words[1] ?? '') &&
      bareVerbAfter(words.slice(1, 4).join(' '))
    )
      return i;
    if (/ly$/.test(word) && lexiconTags(word).length > 0 && !lexiconTags(word).includes('Adjective')) continue;
    // "Fernway went from 3 weeks to 4 days": a peer named, then what it did, in the past.
    if (named && i === 1 && (lexiconTags(word).includes('PastTense') || PAST_RESULT.test(word))) return i;
    const third = /[^s'’]s$/.test(word) && !PREPOSITIONS.test(word) && readsAsVerb(word);
    if (third && (named || (determined && !sawPreposition)) && i <= (named ? 2 : 5)) return i;
    // "auto assign matches the closest tech": a feature's name of two or three words, a verb (no adjective before it:
    // "weekly custom reports the team …" is a thing) and its object after it ("the", "every", "your"), is a clause without a determiner before its subject.
    if (
      third &&
      !sawPreposition &&
      (i === 2 || i === 3) &&
      !lexiconTags(bare(prev)).includes('Adjective') &&
      OBJECT_OPENS.test(bare(words[i + 1] ?? '')) &&
      words.slice(0, i).every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !plural(w) && !PREPOSITIONS.test(bare(w)))
    )
      return i;
    // A plural subject ("listings", "our clinics", "teams using Stackfort") and a bare verb.
    // An adjective may stand before it: "new starters get the job pack on their phone".
    const subjectHead =
      SUBJECT_DETERMINER.test(bare(head)) || (i === 2 && lexiconTags(bare(head)).includes('Adjective'))
        ? (words[1] ?? '')
        : head;
    if (PLURAL_SUBJECT_VERBS.test(word) && plural(subjectHead) && !/\p{N}/u.test(subjectHead)) return i;
    // "our dump truck clients average 12% lower premiums": "average" before a figure is the verb of the plural before it.
    if (/^(?:average|avg)$/.test(word) && /^[~≈]?\d/u.test(words[i + 1] ?? '') && plural(prev) && !sawPreposition)
      return i;
    // "our engine hrs alerts flag servicing …": a compound's head is its last noun, the plural before the verb.
    if (
      i >= 3 &&
      i <= 5 &&
      /^our$/i.test(bare(head)) &&
      plural(prev) &&
      words.slice(1, i).every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !PREPOSITIONS.test(w)) &&
      bareVerbAfter(words.slice(i - 1, i + 2).join(' '))
    )
      return i;
  }
  return -1;
}

/** What an object opens with after its verb: "matches the closest tech", "flags every late job". */
const OBJECT_OPENS = /^(?:the|a|an|every|each|your|their|all|any|who|when|which|what)$/;

/** Past forms of a result the lexicon does not call past: "cut", "halved", "reduced", "hit". */
const PAST_RESULT = /^(?:cut|halved|reduced|hit|trimmed|slashed|shaved|lifted|boosted|raised|lowered)$/;

// ---------------------------------------------------------------------------------------------
// A value by its form. A thing the rep gives takes an offer frame; an outcome, a negation, a feature
// list or a clause with its own verb is said as a sentence about what they get, and the pieces of a
// value typed as a list each keep a subject when they are joined.

/** "what if your nurses could …? hospitals fill 70% …": the question, and what follows it as a statement. */
export function questionThenStatement(value: string): { question: string; rest: string } {
  const m = /^(.*?\?)\s*(\S.*)?$/su.exec(value.trim());
  if (!m) return { question: `${value.trim().replace(/[\s.!?]+$/, '')}?`, rest: '' };
  return { question: m[1] ?? '', rest: (m[2] ?? '').trim() };
}

// A verb in the third person that opens a piece of a list without its subject: "sits on top of Guidewire",
// "takes ~1 day", "works with Epic". The product ("it") is its subject.
const IT_VERBS =
  /^(?:sits|takes|works|runs|plugs|syncs|fits|comes|needs|pays|saves|cuts|lives|connects|integrates|includes|covers|ships|installs|costs|starts|finds|flags|catches|handles|replaces|pulls|pushes|reads|learns|scales|supports|updates|tracks|alerts|reports|stays|goes|shows)$/i;
// "usually find 30-40% idle spend": an adverb and a bare verb, what the team does.
const WE_ADVERB = /^(?:usually|typically|often|always|generally|normally|mostly|regularly|consistently)$/i;

/** The pieces of a value typed as a list, split at commas outside brackets ("mentions (slack, podcasts)" is one). */
export function valuePieces(value: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    else if (ch === ',' && depth === 0 && /\s/.test(value[i + 1] ?? '')) {
      pieces.push(value.slice(start, i).trim());
      start = i + 1;
    }
  }
  pieces.push(value.slice(start).trim());
  return pieces.filter((p) => p !== '');
}

/**
 * A piece of a value list with its subject: "sits on top of guidewire" → "it sits on top of guidewire",
 * "usually find 30% idle spend" → "we usually find 30% idle spend"; the piece as typed otherwise ("alerts
 * go to your phone" has its own).
 */
export function withItsSubject(piece: string): string {
  const [first = '', second = ''] = piece.trim().split(/\s+/);
  if (IT_VERBS.test(first) && !bareVerbAfter(`${first} ${second}`)) return `it ${piece.trim()}`;
  if (WE_ADVERB.test(first) && lexiconTags(second.toLowerCase()).includes('Infinitive')) return `we ${piece.trim()}`;
  return piece.trim();
}

// What one of them did or does: "cut", "saved", "gets" (not "a migration plan in 2 weeks").
const PAST_OR_THIRD =
  /^(?:\p{Ll}+ed|\p{Ll}+[^s'’]s|cut|saw|got|made|won|hit|ran|grew|kept|set|put|took|found|built|lost|spent|sold|paid|went|came|brought)$/u;

/**
 * "avg steel sub w/ us bids 30% more jobs", "clinics on it cut no-shows to 8%": what happened to someone, a subject of a
 * few words (no figure in it) and its verb with the figure right after it. Said as its own sentence after the thing
 * offered, never inside the offer ("I'm happy to offer our takeoffs …, avg steel sub with us bids 30% more jobs").
 */
export function figureResult(piece: string): boolean {
  const words = piece.trim().split(/\s+/);
  if (/^(?:what|how|which|where|why|who|when|and|or|but|so|plus|if|for|to|in|on|at|by|with)$/i.test(words[0] ?? ''))
    return false;
  // The subject opens on a noun or its determiner: not a verb ("saves most shops 1-2k"), an adverb ("usually finds …").
  const head = (words[0] ?? '').toLowerCase();
  const headTags = lexiconTags(head);
  if (
    IT_VERBS.test(head) ||
    WE_ADVERB.test(head) ||
    /ly$/.test(head) ||
    (['PresentTense', 'Infinitive', 'PastTense', 'Adverb'].some((t) => headTags.includes(t)) &&
      !headTags.includes('Plural'))
  )
    return false;
  // Up to the verb, with something after its figure ("rates £300-400" is a price, "bids 30% more jobs" a result).
  for (let i = 1; i < Math.min(words.length - 2, 7); i++) {
    const word = words[i] ?? '';
    if (!/^[~≈+]?[$€£]?\d/u.test(words[i + 1] ?? '')) continue;
    if (!/^\p{Ll}+$/u.test(word) || /^(?:is|was|has|does)$/.test(word)) return false;
    // "custom boxes 500 units min": a thing and its order terms, a spec, never a subject and its verb.
    if (
      /^(?:units?|pcs?|pieces?|items?|min|minimum|max|maximum|moq|skus?|qty)$/i.test(words[i + 2] ?? '') ||
      /^(?:min|minimum|max|maximum|moq)\.?$/i.test(words[words.length - 1] ?? '')
    )
      return false;
    if (!(/[^s'’]s$/.test(word) || /\p{L}{3,}ed$/u.test(word) || PAST_RESULT.test(word))) return false;
    const subject = words.slice(0, i);
    if (
      subject.some((w) => /\d/.test(w) || /^(?:and|or|but|plus|\+|&)$/i.test(w)) ||
      PREPOSITIONS.test(words[i - 1] ?? '')
    )
      return false;
    return readsAsVerb(word);
  }
  return false;
}

/** A piece that is a sentence of its own once it has its subject: "we guarantee …", "it takes ~1 day". */
function isClausePiece(piece: string, company: string): boolean {
  if (/^(?:what|how|which|where|why|who|when)\b/i.test(piece)) return false;
  return (
    figureResult(piece) ||
    /^(?:we|it|they|you|our\s+\p{L}+\s+\p{Ll}+s)\b/iu.test(piece) ||
    withItsSubject(piece) !== piece ||
    valueClauseAt(piece, company) > 0 ||
    // "one agency cut complaints 40%", "a client saved $80k": one of them, and what it did.
    ((m) => m !== null && PAST_OR_THIRD.test(m[1] ?? '') && readsAsVerb(m[1] ?? ''))(
      /^(?:one|a|an|every|each|another)\s+[\p{L}-]+\s+(\p{Ll}+)\s+\S/u.exec(piece),
    )
  );
}

/**
 * "cost audit, usually find 30-40% idle spend" → "cost audit, and we usually find 30-40% idle spend":
 * the trailing pieces of an offered thing that are clauses get their subject, so the offer frame covers
 * the thing alone; a clause that is the last piece is joined with "and", one with more pieces after it
 * follows a semicolon ("… read-only; it takes ~1 hr, you get the report"). As typed when no piece after
 * the first is a clause.
 */
export function joinTrailingClauses(value: string, company = ''): string {
  const pieces = valuePieces(value);
  if (pieces.length < 2) return value;
  const at = pieces.findIndex((p, i) => i > 0 && isClausePiece(p, company));
  if (at < 1) return value;
  const head = pieces.slice(0, at).join(', ');
  const first = withItsSubject(pieces[at] ?? '');
  const after = pieces.slice(at + 1);
  // A result with its own subject is told as a sentence of its own: the offer covers the thing alone.
  // What follows the result ("…, free 2 wk trial") is the offer's, not the peers': it stays with the thing offered.
  if (first === pieces[at] && figureResult(first))
    return `${[head, ...after].join(', ')}. ${first.charAt(0).toUpperCase()}${first.slice(1)}`;
  if (after.length === 0) return `${head}, ${/^(?:and|but|so|plus)\b/i.test(first) ? '' : 'and '}${first}`;
  return `${head}; ${[first, ...after].join(', ')}`;
}

/** "finance + sales see one number" → "finance and sales see one number": a "+" between words is "and". */
function andForPlus(text: string): string {
  return text.replace(/([\p{L}])\s+\+\s+(?=[\p{L}])/gu, '$1 and ');
}

/**
 * "not another dashboard - one metrics layer so finance + sales see one number" → "You get one metrics
 * layer so …, not another dashboard": what they get first. '' when the value does not open with "not
 * a/another/just".
 */
export function notAnotherSentence(value: string): string {
  const m =
    /^not\s+((?:just\s+)?(?:yet\s+)?(?:another|a|an|one\s+more)\s+.+?)(?:\s*(?:[-–—:;]|,)\s+(?:but\s+|it['’]s\s+|just\s+)?|\s+but\s+)(.+)$/iu.exec(
      value.trim(),
    );
  if (m) return `You get ${andForPlus(m[2] ?? '')}, not ${m[1]}`;
  const alone = /^not\s+(?:just\s+)?(?:yet\s+)?(?:another|a|an|one\s+more)\s+\S.*$/iu.exec(value.trim());
  return alone ? `It's ${alone[0]}` : '';
}

/**
 * A list of what they get that holds a feature list ("online booking + payments") beside a negation or a
 * clause: "online booking + payments, no setup fee, marinas fill ~15% more slips" → "You get online
 * booking and payments with no setup fee, and marinas fill ~15% more slips". '' for any other value.
 */
export function featureListSentence(value: string, company = ''): string {
  const pieces = valuePieces(value.replace(/;\s+/g, ', '));
  const head = pieces[0] ?? '';
  if (pieces.length < 2) return '';
  // "report for each bldg - remaining life + cost est": after a dash, what one thing holds, no list of things.
  const listed = head.split(/\s+[-–—]\s+/)[0] ?? head;
  const featureList = /[\p{L}]\s+(?:\+|&)\s+[\p{L}]|[\p{L}]\/[\p{L}]{2,}/u.test(listed) && !/\d/.test(head);
  if (!featureList || isClausePiece(head, company) || NEGATION.test(head)) return '';
  const rest = pieces.slice(1);
  if (!rest.some((p) => NEGATION.test(p) || isClausePiece(p, company))) return '';
  const things = head.replace(/\s+(?:\+|&)\s+/g, ' and ').replace(/([\p{L}])\/([\p{L}]{2,})/gu, '$1 and $2');
  const negations = rest.filter((p) => NEGATION.test(p));
  const others = rest.filter((p) => !NEGATION.test(p)).map((p) => withItsSubject(p));
  // What they get and what it does first, the terms last: a note cut to fit loses the terms first.
  const pieces2 = [`You get ${things}`, ...others, ...(negations.length > 0 ? [thereIs(negations.join(' and '))] : [])];
  const last = pieces2[pieces2.length - 1] ?? '';
  return /^there(?:['’]s|\s)/.test(last) || isClausePiece(last, company) ? joinWithAnd(pieces2) : pieces2.join(', ');
}

/** "a, b, c" → "a, b, and c"; no second "and" before a piece that has its own ("and plus …"). */
export function joinWithAnd(pieces: readonly string[]): string {
  const kept = pieces.filter((p) => p.trim() !== '');
  if (kept.length < 2) return kept[0] ?? '';
  const last = kept[kept.length - 1] ?? '';
  const joint = /^(?:and|plus|but|so|or|also)\b/i.test(last) ? ', ' : ', and ';
  return `${kept.slice(0, -1).join(', ')}${joint}${last}`;
}

/** "no remakes from bad impressions" → "there are no remakes …"; "no setup fee" → "there's no setup fee". */
function thereIs(negation: string): string {
  const head = negation.split(/\s+(?:of|for|from|on|in|with|to|at|by|after|before|during)\s+|[(]/)[0] ?? negation;
  const noun = head.trim().split(/\s+/).pop() ?? '';
  const plural = /^no\s+more\b/i.test(negation) || (/[^su'’]s$/i.test(noun) && !/(?:ness|ics)$/i.test(noun));
  return `${plural ? 'there are' : "there's"} ${negation}`;
}

/**
 * A value typed as clauses ("residents unlock w phone, no more locksmith calls, one site cut costs 90%"):
 * each piece keeps its subject, a negation is said as one ("there are no more locksmith calls"), and a
 * last piece that is a clause is joined with "and"; a last noun phrase stays as typed.
 */
export function clauseListSentence(value: string, company = ''): string {
  const pieces = valuePieces(value);
  if (pieces.length < 2) return value;
  const said = pieces.map((p, i) => {
    if (i === 0) return p;
    if (NEGATION.test(p) || /^no\s+more\s+\p{L}/iu.test(p)) return thereIs(p);
    return withItsSubject(p);
  });
  const last = said[said.length - 1] ?? '';
  const lastIsClause = /^there(?:['’]s|\s)/.test(last) || isClausePiece(last, company);
  return andForPlus(lastIsClause ? joinWithAnd(said) : said.join(', '));
}
