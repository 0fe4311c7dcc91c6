/**
 * Findings a rep can act on: every code the check can raise, and the step from a flag to a finding
 * that quotes the sentence it is about, asks where the check is unsure, and proposes a fix built from
 * the rep's own words where it can. Advice on the subject line, reading grade, length and "you vs I"
 * is added here, when they hurt.
 */
import type { Anatomy } from './anatomy';
import type { Flag } from './flags';
import type { Channel, Finding, FindingCode, PartName, PartResult, Prospect, PurposeStats } from './types';
import { ANY_HELP, ASK_WHEN, RESOURCE, WHY } from './patterns';
import { findKeywords, type Keywords } from './screen';
import { clipWords } from './clip';
import { localMessage } from './findings-i18n';
import type { OtherLang } from './languages';

// The codes live in types.ts, which every file of the check imports (flags.ts raises them).
export { FINDING_CODES, isFindingCode, type FindingCode } from './types';

/** Findings that ask the rep to add one of the four parts: wrong whenever the part is there. */
export const MISSING_PART_CODES: readonly FindingCode[] = ['no_who_i_am', 'no_why_you', 'no_value', 'no_ask'];

/** Lavender's published data on first emails: 25–50 words, about a 5th-grade reading level. */
export const BEST_FIRST_EMAIL_WORDS = { min: 25, max: 50 } as const;
const ADVISE_LENGTH_FROM = 100;
const TARGET_GRADE = 5;
const ADVISE_GRADE_FROM = 10;
const SUBJECT_MAX_WORDS = 8;

interface Context {
  anatomy: Anatomy;
  parts: Record<PartName, PartResult>;
  stats: PurposeStats;
  channel: Channel | undefined;
  prospect: Prospect | undefined;
  /** English only: the advice on reading grade and subject wording reads English. */
  english: boolean;
  /** The language the message was read in; findings are worded in it where they have a line in it. */
  lang?: OtherLang | 'en';
}

export function toFindings(flags: readonly Flag[], ctx: Context): Finding[] {
  const invitation = flags.find((f) => f.code === 'default_invitation');
  // The default invitation with nothing about them is one problem, not five: one finding says what to write instead.
  const findings =
    invitation && ctx.parts.why_you.strength < 0.6
      ? [defaultInvitation(invitation, ctx)]
      : [...flags.map((f) => actionable(f, ctx)), ...advice(ctx, new Set(flags.map((f) => f.code)))];
  const lang = ctx.lang;
  if (lang && lang !== 'en') for (const f of findings) inLanguage(f, lang);
  return bySeverity(findings);
}

/**
 * The findings, critical first, then warnings, then info, each severity in the order given: what a stable sort
 * by severity gives, in one pass and without a comparator call per pair.
 */
function bySeverity(findings: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  const warnings: Finding[] = [];
  const notes: Finding[] = [];
  for (const f of findings) {
    if (f.severity === 'critical') out.push(f);
    else if (f.severity === 'warning') warnings.push(f);
    else notes.push(f);
  }
  for (const f of warnings) out.push(f);
  for (const f of notes) out.push(f);
  return out;
}

/** A finding on a message in another language, in that language; its English-worded fix goes, the rep's sentence stays. */
function inLanguage(finding: Finding, lang: OtherLang): void {
  const local = localMessage(finding.code, finding.message, lang);
  if (local === undefined) return;
  finding.message = local;
  delete finding.suggestion;
}

function defaultInvitation(flag: Flag, ctx: Context): Finding {
  const who = ctx.parts.who_i_am.strength >= 0.5;
  const finding: Finding = {
    code: 'default_invitation',
    severity: 'critical',
    message: ctx.english
      ? `This is LinkedIn's default invitation text: ${who ? 'say' : 'say who you are and'} why them, in your own words`
      : flag.message,
  };
  const quoted = /"([^"]{3,})"/.exec(flag.message)?.[1];
  const sentence = quoted ? sentenceWith(ctx.anatomy, quoted.replace(/…$/, '')) : undefined;
  if (sentence) finding.sentence = sentence;
  return finding;
}

/**
 * An ask that leaves the next step to them: a chat "sometime", "your thoughts", "open to connecting?".
 * Open-ended contact with no length, no day and nothing named to send is easy to agree with and
 * easy to never answer.
 */
const VAGUE_ASK = new RegExp(
  String.raw`\b(?:chat|talk|connect(?:ing)?|catch(?:ing)? up|sync|touch base|get in touch|explore|discuss|your thoughts|what you think|(?:call|conversation|coffee)\s+(?:sometime|some time|at some point|soon|one day|in the future|whenever))\b|^\W*(?:any\s+)?(?:thoughts|interested)\?|${ANY_HELP.source}`,
  'i',
);
/** What makes an ask concrete: a length, a day, or a thing to send, try or meet about. */
const CONCRETE_ASK = new RegExp(
  `${ASK_WHEN.source}|\\b(?:send|share|forward|email|intro(?:duce|duction)?|connect you (?:with|to)|try|trial|pilot|sample|address|it|them|this|that)\\b`,
  'i',
);
/** The open-ended tail to replace with a length and a day: "sometime", "at some point". */
const VAGUE_WHEN =
  /\s*\b(?:sometime|some time|at some point|soon|one day|in the future|whenever(?: you(?:'re| are) free)?)\b/i;

export function isVagueAsk(ask: string): boolean {
  return VAGUE_ASK.test(ask) && !CONCRETE_ASK.test(ask);
}

/** One concrete, low-friction ask, from the rep's words: their offer as the question, or their chat with a length and a day. */
function concreteAsk(ask: string, ctx: Context): string {
  // Their offer first: a thing named where they say what's in it for them, else anywhere.
  const offer = ctx.parts.whats_in_it_for_you.evidence;
  const resource = (offer ? firstResource({ sentences: [{ text: offer }] }) : undefined) ?? firstResource(ctx.anatomy);
  if (resource) return `Want me to send you the ${resource}?`;
  const verb = /^(.*?\b(?:chat|talk|speak|catch up|sync))\b/i.exec(ask.replace(VAGUE_WHEN, ''))?.[1]?.trim();
  if (verb && /^\W*(?:could|can|would|shall|should|may)\b/i.test(verb)) {
    return `${verb.charAt(0).toUpperCase()}${verb.slice(1)} for 15 minutes next week?`;
  }
  return 'Worth a 15-minute call next week?';
}

function actionable(flag: Flag, ctx: Context): Finding {
  const finding: Finding = { code: flag.code, severity: flag.severity, message: flag.message };
  // A message with no quote mark quotes nothing: the regex need not run.
  const quoted = flag.message.includes('"') ? /"([^"]{3,})"/.exec(flag.message)?.[1] : undefined;
  const sentence = quoted ? sentenceWith(ctx.anatomy, quoted.replace(/…$/, '')) : undefined;
  if (sentence) finding.sentence = sentence;
  switch (flag.code) {
    case 'no_why_you': {
      const weak = ctx.parts.why_you;
      if (weak.evidence && weak.strength >= 0.2) {
        // Something is there, but not enough to be sure: ask rather than assert.
        finding.sentence = weak.evidence;
        finding.message = `Is "${short(weak.evidence)}" specific enough for them to recognise? Name the post, talk, number or person you mean`;
      } else if (ctx.english) {
        // Their role or city said as the reason ("I noticed you're a practice owner in Leeds"): true of many, asked about.
        const role = ctx.anatomy.sentences.find((s) => ROLE_STATED.test(s.bare))?.text;
        if (role) {
          finding.sentence = role;
          finding.message = `Is "${short(role)}" specific enough? Their role or city is true of many: name something they did or said`;
        }
      }
      break;
    }
    case 'no_value': {
      const resource = firstResource(ctx.anatomy);
      if (resource) {
        finding.suggestion = `Offer it outright: "Happy to send you the ${resource}: want it?"`;
      } else if (ctx.parts.whats_in_it_for_you.evidence && ctx.parts.whats_in_it_for_you.strength >= 0.2) {
        finding.sentence = ctx.parts.whats_in_it_for_you.evidence;
        finding.message = `Is "${short(ctx.parts.whats_in_it_for_you.evidence)}" something they would want? Offer one concrete thing (data, a checklist, an intro), not a demo`;
      }
      break;
    }
    case 'no_who_i_am': {
      // A half-introduction ("Priya", "The NovaAI Team") is asked about; with none, the finding points
      // at where the sender first speaks of themself, which is where the line goes.
      const weak = ctx.parts.who_i_am;
      if (weak.evidence && weak.strength >= 0.15) {
        finding.sentence = weak.evidence;
        finding.message = `Is "${short(weak.evidence)}" enough for them to know who you are? Add your role and company in one line`;
      } else if (ctx.english) {
        const first = ctx.anatomy.sentences.find((s) => SENDER_SPEAKS.test(s.bare))?.text;
        if (first) {
          finding.sentence = first;
          finding.message = `Say who you are before "${short(first)}": your role and company in one line`;
        }
      }
      const name = signatureName(ctx.anatomy);
      if (name) finding.suggestion = `Add one line at the start: "I'm ${name}, <your role> at <your company>."`;
      break;
    }
    case 'no_ask': {
      const resource = firstResource(ctx.anatomy);
      const weak = ctx.parts.one_clear_ask.evidence;
      if (weak && ctx.english && isVagueAsk(weak)) {
        finding.sentence = weak;
        finding.message = `"${short(weak)}" leaves the next step to them: ask for one concrete, easy thing`;
      }
      finding.suggestion = resource
        ? `End with: "Want me to send you the ${resource}?"`
        : 'End with one question they can answer in a word, e.g. "Worth a 15-minute call next week?"';
      break;
    }
    case 'vague_ask': {
      const ask = ctx.parts.one_clear_ask.evidence;
      if (ask) {
        finding.sentence = ask;
        if (ctx.english) finding.suggestion = `End with: "${concreteAsk(ask, ctx)}"`;
      }
      break;
    }
    case 'several_asks': {
      const ask = ctx.parts.one_clear_ask.evidence;
      if (ask) {
        finding.sentence = ask;
        // A chained ask keeps its first request: "Could we talk, and also could you send…?" → "Could we talk?"
        const first = ask.split(/,?\s+and\s+(?:also\s+)?(?=(?:could|can|would|will)\s+you\b)/i)[0] ?? ask;
        const kept = first === ask ? ask : `${first.replace(/[,;\s]+$/, '')}?`;
        finding.suggestion = `Keep one: "${short(kept, 120)}"`;
      }
      break;
    }
    case 'heavy_ask': {
      if (sentence) {
        const lighter = sentence
          .replace(/\b(?:[3-9]\d|1\d\d)[- ]?min(?:ute)?s?\b/i, '15-minute')
          .replace(/\b(?:an?|one|1|two|2)[- ](?:hour|hr)s?\b/i, '15 minutes');
        if (lighter !== sentence) finding.suggestion = `Ask for less: "${short(lighter, 140)}"`;
      }
      break;
    }
    case 'deadline':
    case 'scarcity':
    case 'pressure': {
      if (sentence && quoted) {
        // "reply by Friday" keeps "reply": only the date goes.
        const fragment = quoted.replace(/…$/, '');
        const at = flag.code === 'deadline' ? fragment.search(/\b(?:by|before|until|no later than)\b/i) : -1;
        const without = sentence
          .replace(at > 0 ? fragment.slice(at) : fragment, '')
          .replace(/\s+([,.!?])/g, '$1')
          .replace(/\s{2,}/g, ' ')
          .trim();
        if (without.length > 12 && without !== sentence) finding.suggestion = `Without it: "${short(without, 140)}"`;
      }
      break;
    }
    case 'generic_opener':
      if (sentence) finding.suggestion = `Cut "${short(sentence)}" and open with why them`;
      break;
    default:
      break;
  }
  return finding;
}

/** Their role or city stated, and nothing more: "I noticed you're a practice owner in Leeds", "You are the CFO at Brightline." */
const ROLE_STATED =
  /\byou(?:'re| are)\s+(?:a|an|the)\s+(?:[\w&-]+\s+){0,4}?(?:owner|founder|director|manager|head|lead|leader|ceo|cfo|cto|coo|vp|partner|principal|engineer|recruiter|buyer|officer|consultant|specialist|administrator|coordinator|chair|president)\b(?:\s+(?:in|at|of|for|with)\s+[\w&' -]{2,40})?\W*$/i;

/** A sentence in which the sender speaks of themself or their firm: "We have a software for…", "Our platform…". */
const SENDER_SPEAKS =
  /^\W*(?:we|we're|we've|we'd|our|my)\b|^\W*i(?:'m| am| work| run| help| build| sell| lead| offer| have)\b/i;

/** A sentence of shared history ("We met at…", "We both…"): about the two of them, never the one to turn round. */
const SHARED_PAST =
  /^\W*(?:we|you and i)\s+(?:(?:briefly|first|last|already)\s+)?(?:met|both|spoke|talked|chatted|were both|shared|worked together)\b/i;

/** Advice that is not about a missing part: subject line, reading grade, length, "you vs I". */
function advice(ctx: Context, raised: Set<string>): Finding[] {
  const out: Finding[] = [];
  const { anatomy, stats } = ctx;
  const subject = anatomy.subject.trim();
  if (subject) {
    const words = subject.split(/\s+/).length;
    const shouting = /\b[A-Z]{4,}\b/.test(subject) || /!/.test(subject);
    const salesy =
      ctx.english &&
      /\b(?:quick question|opportunity|partnership|following up|touching base|checking in|free|discount|\d+% off|exclusive|(?:introduction|intro)(?!\s+(?:via|from|through|by|to)\s+\S))\b/i.test(
        subject,
      );
    if (words > SUBJECT_MAX_WORDS || shouting || salesy) {
      const why =
        words > SUBJECT_MAX_WORDS ? `${words} words` : shouting ? 'capitals or "!"' : 'wording every inbox has seen';
      out.push({
        code: 'subject_line',
        severity: 'info',
        message: `Subject line "${short(subject)}" (${why}): 3–6 plain words naming their detail get opened`,
        sentence: subject,
      });
    }
  }
  // An ask that is there but open-ended ("Could we chat sometime?"): one concrete, easy ask instead.
  const ask = ctx.parts.one_clear_ask;
  if (
    ctx.english &&
    ask.present &&
    ask.evidence &&
    !raised.has('no_ask') &&
    !raised.has('several_asks') &&
    !raised.has('vague_ask') &&
    isVagueAsk(ask.evidence)
  ) {
    out.push({
      code: 'vague_ask',
      severity: 'warning',
      message: `"${short(ask.evidence)}" leaves the next step to them: ask for one concrete, easy thing (a length and a day, or your offer)`,
      sentence: ask.evidence,
      suggestion: `End with: "${concreteAsk(ask.evidence, ctx)}"`,
    });
  }
  // A why-you that is there but thin ("your recent post"): ask whether they would recognise it.
  const why = ctx.parts.why_you;
  if (
    ctx.english &&
    why.strength >= 0.4 &&
    why.strength < 0.6 &&
    why.evidence &&
    !raised.has('generic_flattery') &&
    !raised.has('unsure_why_you')
  ) {
    const artifact = WHY.artifact.exec(why.evidence)?.[0];
    out.push({
      code: 'unsure_why_you',
      severity: 'info',
      message: `Is "${short(artifact ?? why.evidence)}" specific enough for them to recognise? Name it and one thing it said`,
      sentence: why.evidence,
    });
  }
  const firstMessage = !raised.has('follow_up_adds_value') && !raised.has('pushy_follow_up');
  if (
    firstMessage &&
    ctx.channel !== 'linkedin_connection_note' &&
    !raised.has('wall_of_text') &&
    !raised.has('long_message') &&
    stats.words > ADVISE_LENGTH_FROM
  ) {
    out.push({
      code: 'long_message',
      severity: 'info',
      message: `${stats.words} words: first emails of ${BEST_FIRST_EMAIL_WORDS.min}–${BEST_FIRST_EMAIL_WORDS.max} words get the most replies; keep the detail, the offer and the ask`,
    });
  }
  if (ctx.english && stats.readingGrade >= ADVISE_GRADE_FROM && stats.words >= 25) {
    const longest = longestSentence(anatomy);
    const finding: Finding = {
      code: 'reading_grade',
      severity: 'info',
      message: `Reading grade ${stats.readingGrade}: messages near grade ${TARGET_GRADE} get more replies; split long sentences and use short words`,
    };
    if (longest) {
      finding.sentence = longest;
      finding.message += ` (longest: "${short(longest)}")`;
    }
    out.push(finding);
  }
  // Advice only where it hurts: a message that already names their detail and hands them something is about them where it counts.
  const aboutThemWhereItCounts = ctx.parts.why_you.strength >= 0.8 && ctx.parts.whats_in_it_for_you.strength >= 0.8;
  if (
    ctx.english &&
    !aboutThemWhereItCounts &&
    stats.sentences >= 3 &&
    // The shares count each sentence once (one that speaks to them is about them), so 60% is most of them.
    stats.senderFocus >= 0.6 &&
    stats.readerFocus <= 0.34
  ) {
    // The introduction is meant to be about the sender; the example is a "we do" sentence after it.
    const parts = [ctx.parts.who_i_am.evidence, ctx.parts.why_you.evidence]
      .filter((e): e is string => !!e)
      .map((e) => e.replace(/…$/, ''));
    const candidates = anatomy.sentences.filter(
      (s) =>
        !s.lower.includes('you') &&
        !SHARED_PAST.test(s.bare) &&
        !parts.some((p) => s.text.startsWith(p) || s.bare.startsWith(p)),
    );
    const about =
      candidates.find((s) => /^\W*(?:we|our|we're|we've)\b/i.test(s.bare)) ??
      candidates.find((s) => /^\W*(?:i|my|i'm|i've)\b/i.test(s.bare));
    const finding: Finding = {
      code: 'about_you',
      severity: 'info',
      message: `Most sentences are about you (${Math.round(stats.senderFocus * 100)}%) rather than them (${Math.round(stats.readerFocus * 100)}%): turn one round to what it means for them`,
    };
    if (about) {
      finding.sentence = about.bare;
      // "e.g." before their own sentence read as if that sentence were the fix: say which one to turn round.
      finding.message += `, for example this one: "${short(about.bare)}"`;
    }
    out.push(finding);
  }
  return out;
}

function short(text: string, max = 60): string {
  return clipWords(text, max);
}

/** The sentence (as the rep wrote it) that holds a fragment of a finding. */
function sentenceWith(anatomy: Anatomy, fragment: string): string | undefined {
  const lower = fragment.toLowerCase();
  for (const s of anatomy.sentences) if (s.lower.includes(lower)) return s.text;
  if (anatomy.subject.toLowerCase().includes(lower)) return anatomy.subject;
  return undefined;
}

/** The first thing the rep says they could hand over ("checklist", "benchmark"), in their words. */
function firstResource(anatomy: { sentences: readonly { text: string; keywords?: Keywords }[] }): string | undefined {
  for (const s of anatomy.sentences) {
    let text = s.text;
    // The sentence's keywords screen any piece of it too: a piece has no keyword the sentence lacks, and a screen
    // only lets a regex run (see screen.ts), so the pieces below need no scan of their own.
    const keywords = s.keywords ?? findKeywords(text);
    let m = RESOURCE.exec(text, keywords);
    // "We benchmarked…" is a verb, not a thing to send: look further along the sentence.
    while (m && /^\p{L}/u.test(text.slice(m.index + m[0].length))) {
      text = text.slice(m.index + m[0].length);
      m = RESOURCE.exec(text, keywords);
    }
    if (!m || /^(?:how|what)\b/i.test(m[0])) continue;
    // "a one-page summary", "the benchmark report": a thing named in two words is named by both.
    const rest = text.slice(m.index + m[0].length);
    const next = /^ \S/.test(rest) ? RESOURCE.exec(rest.slice(1), keywords) : null;
    return (next?.index === 0 ? `${m[0]} ${next[0]}` : m[0]).toLowerCase();
  }
  return undefined;
}

/** A sign-off or a team, never a name to suggest: "Thanks,", "Kind Regards", "The Scanwise Team". */
const SIGN_OFF =
  /^(?:thanks|thank you|many thanks|best|best wishes|cheers|regards|kind regards|best regards|warm regards|warmly|sincerely|yours|all the best|the)\b|\bteam\b/i;

function signatureName(anatomy: Anatomy): string | undefined {
  const line = anatomy.signature
    .split('\n')
    .map((l) => l.replace(/^[\s\u2014\u2013-]+/, '').trim())
    .find((l) => /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'-]+)?$/u.test(l.split(',')[0] ?? '') && !SIGN_OFF.test(l));
  return line?.split(',')[0];
}

function longestSentence(anatomy: Anatomy): string | undefined {
  let best: string | undefined;
  let words = 0;
  for (const s of anatomy.sentences) {
    const n = s.text.split(/\s+/).length;
    if (n > words) {
      words = n;
      best = s.text;
    }
  }
  return words >= 20 ? best : undefined;
}
