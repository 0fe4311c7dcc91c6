/**
 * Where the English rules ask the learned second opinion (second-opinion.ts), and what its answer
 * changes. Only a message the rules say needs work is asked, and only in four ways, each a place where
 * the rules missed most on writers nobody had read:
 * - the only missing part is the offer, the reason or (in English) who is writing: if the opinion finds
 *   it there, the part counts as there but unsure, and the finding becomes a question. A message the
 *   rules call purposeful but warn of a missing part is asked the same (softenMissing): the verdict
 *   stands, and where the opinion finds the part the warning becomes the question;
 * - the only thing wrong with an English message is a second question the rules counted as a second
 *   ask: if the opinion reads the message as purposeful, the finding becomes a question about that
 *   question (never for asks chained with "and" in one sentence, or two questions that end the message:
 *   those are two asks however the rest reads);
 * - an English message with no reason and no pressure on the reader reads as a template: boilerplate (not praise
 *   from a named sender with a real, if vague, ask: generic flattery as the only detail needs work);
 * - otherwise, every part the rules call missing that the opinion finds (not only the one missing part) is
 *   asked about instead, whatever the verdict (askWhereFound). On the 33 labelled sets this took 10 false
 *   "missing" warnings off purposeful messages and added none.
 * Anything else that rules out a purposeful verdict still does: the verdict is decided again.
 */
import { overlapsQuote } from './clip';
import { MISSING_PART_CODES } from './findings';
import { flag, type Flag, UNSURE_FLAG } from './flags';
import { GENERIC_AUDIENCE, GENERIC_AUDIENCE_NAMED, VAGUE_INTENT } from './patterns';
import { BOILERPLATE_AT_MOST, PUSHED } from './score';
import { findKeywords, type Keywords } from './screen';
import { SecondOpinion } from './second-opinion';
import type { PartName, PartResult, Verdict } from './types';

type Parts = Record<PartName, PartResult>;
type Decide = (parts: Parts, flags: Flag[]) => { verdict: Verdict; score: number };

export interface SecondLook {
  parts: Parts;
  flags: Flag[];
  verdict: Verdict;
  score: number;
}

/** How strongly a part the rules missed counts when the second opinion finds it: there, but unsure. */
const UNSURE_STRENGTH = 0.5;

const MISSING = new Set<string>(MISSING_PART_CODES);

const UNSURE_PART: Record<
  'no_value' | 'no_why_you' | 'no_who_i_am',
  { part: PartName; opinion: 'value' | 'why' | 'who'; flag: Flag }
> = {
  no_value: { part: 'whats_in_it_for_you', opinion: 'value', flag: UNSURE_FLAG.whats_in_it_for_you },
  no_why_you: { part: 'why_you', opinion: 'why', flag: UNSURE_FLAG.why_you },
  no_who_i_am: { part: 'who_i_am', opinion: 'who', flag: UNSURE_FLAG.who_i_am },
};

const UNSURE_ASKS = flag(
  'unsure_asks',
  'info',
  'Two questions here: does the first need an answer? End on the one ask that matters',
  0,
);

const TEMPLATE = flag(
  'mass_template',
  'warning',
  'Reads like a mass template that could go to anyone: say something only this person would get',
  0,
);

/** A number, a quotation, or a capitalised word past the first (not "I", not a network's name): something concrete. */
const CONCRETE = /\d|["“„«]|(?<=\S\s+)(?!(?:I|I'm|I've|I'd|I'll|LinkedIn|Linkedin)\b)\p{Lu}/u;

/** Too few words to say what they get ("Shall I?", "Interested?"): such a sentence points at one before it. */
const tooShort = (sentence: string): boolean => sentence.split(/\s+/).length < 4;
const GREETING_AND_NAME =
  /^\W*(?:hi|hello|hey|dear|morning|good (?:morning|afternoon|evening)|greetings)\b\W*(?:\S+\W*){0,3}$/i;

const AIMED = new Set(['several_asks', 'pushy_follow_up', 'follow_up_adds_value']);

/**
 * A mailing's stock line ("built for mission-driven organizations like yours"): no reason, whatever it names.
 * `keywords` are the sentence's, when anatomy's scan of the body already found them.
 */
function stockLine(sentence: string, keywords: Keywords = findKeywords(sentence)): boolean {
  return GENERIC_AUDIENCE.test(sentence, keywords) || GENERIC_AUDIENCE_NAMED.test(sentence, keywords);
}

/** Two requests joined in one sentence: "Could you send it, and also would you book a call?" */
const CHAINED = /\band (?:also |then )?(?:could|can|would|will|please|send|book|share|introduce|set)\b/i;

export function secondLook(
  text: string,
  sentences: readonly string[],
  parts: Parts,
  flags: Flag[],
  score: number,
  decide: Decide,
  english: boolean,
  /** Written at them however badly (praise of them at their company by name): never a template. */
  aimedAtThem = false,
  /** An ask the rules know is one more (added after the ask with a request of its own): several asks stay. */
  addedAsk = false,
  /** Each sentence's screen keywords, as anatomy found them (findKeywords of each sentence otherwise). */
  sentenceKeywords?: readonly Keywords[],
): SecondLook | null {
  const opinion = new SecondOpinion(text, sentences);
  const found = foundOnce(opinion, parts, english, inStep(sentenceKeywords, sentences));
  const missing = flags.filter((f) => MISSING.has(f.code));
  const only = missing.length === 1 ? missing[0] : undefined;
  if (only && isUnsurePart(only.code) && found(only.code)) {
    const unsure = UNSURE_PART[only.code];
    const next = { ...parts, [unsure.part]: { ...parts[unsure.part], present: true, strength: UNSURE_STRENGTH } };
    const found = tryAgain(next, [...flags.filter((f) => f !== only), unsure.flag], decide);
    if (found) return found;
  }
  const asks = flags.find((f) => f.code === 'several_asks');
  if (
    english &&
    asks &&
    !addedAsk &&
    missing.length === 0 &&
    !twoAsksAtTheEnd(sentences) &&
    ![parts.one_clear_ask.evidence ?? '', ...sentences].some((s) => CHAINED.test(s)) &&
    !flags.some((f) => f !== asks && f.blocksPurposeful) &&
    opinion.confident('asks')
  ) {
    const found = tryAgain(parts, [...flags.filter((f) => f !== asks), UNSURE_ASKS], decide);
    if (found) return found;
  }
  // Aimed at them however badly (pressure, a string of asks, a nudge about an earlier message) is not a template
  // the rules missed: score.ts's isBoilerplate keeps such messages out of boilerplate on its later tests too. Nor is
  // praise of their profile from a named sender with an ask that names some purpose beyond connecting, however vague
  // ("I am Priya from PayNest, payroll & compliance solutions … connect … and explore synergies"): generic flattery as
  // the only personal detail, a message that needs work. A title with "Would love to connect!" or "Let's connect and
  // stay in touch" (connecting and nothing more) stays the opinion's to judge.
  const pushed = flags.some((f) => PUSHED.has(f.code) || AIMED.has(f.code));
  if (
    english &&
    !pushed &&
    !aimedAtThem &&
    !(
      parts.who_i_am.strength >= 0.7 &&
      flags.some((f) => f.code === 'generic_flattery') &&
      namesAPurpose(parts.one_clear_ask.evidence)
    ) &&
    flags.some((f) => f.code === 'no_why_you') &&
    opinion.confident('template')
  ) {
    const marked = flags.some((f) => f.code === 'mass_template') ? flags : [...flags, TEMPLATE];
    return { parts, flags: marked, verdict: 'boilerplate', score: Math.min(score, BOILERPLATE_AT_MOST) };
  }
  return askWhereFound(found, parts, flags, decide);
}

/**
 * finds(opinion, code, parts, english), each code weighed once: the missing part is asked about first, and again
 * in askWhereFound with the same parts when trying it alone did not make the message purposeful.
 */
function foundOnce(
  opinion: SecondOpinion,
  parts: Parts,
  english: boolean,
  sentenceKeywords: readonly Keywords[] | undefined,
): (code: UnsurePart) => boolean {
  const known = new Map<UnsurePart, boolean>();
  return (code) => {
    let answer = known.get(code);
    if (answer === undefined) {
      answer = finds(opinion, code, parts, english, sentenceKeywords);
      known.set(code, answer);
    }
    return answer;
  };
}

/** Staying in touch is connecting said again, no purpose beyond it. */
const STAY_IN_TOUCH = /\b(?:stay|keep|get|be) in touch\b/gi;

/**
 * An ask that names some purpose beyond connecting, however vague: "… and explore synergies", "explore how we can
 * work together". Not "connect and stay in touch", "keep in touch about future opportunities", or connecting alone.
 */
function namesAPurpose(ask: string | undefined): boolean {
  if (!ask) return false;
  const rest = ask.replace(STAY_IN_TOUCH, ' ');
  return VAGUE_INTENT.test(rest, findKeywords(rest));
}

/**
 * The parts the rules missed that the opinion finds, each asked about instead of asserted missing ("Is what's in
 * it for them plain?" rather than "Say what's in it for them"), whatever the verdict: a warning to add what the
 * rep already wrote teaches them to ignore the check. The verdict is decided again with those parts there but
 * unsure.
 */
function askWhereFound(
  found: (code: UnsurePart) => boolean,
  parts: Parts,
  flags: Flag[],
  decide: Decide,
): SecondLook | null {
  let next = parts;
  let marked = flags;
  for (const f of flags) {
    if (!isUnsurePart(f.code) || !found(f.code)) continue;
    const unsure = UNSURE_PART[f.code];
    next = { ...next, [unsure.part]: { ...next[unsure.part], present: true, strength: UNSURE_STRENGTH } };
    marked = [...marked.filter((g) => g !== f), unsure.flag];
  }
  return marked === flags ? null : { parts: next, flags: marked, ...decide(next, marked) };
}

type UnsurePart = keyof typeof UNSURE_PART;
const isUnsurePart = (code: string): code is UnsurePart => code in UNSURE_PART;

/**
 * Standing at their disposal is a courtesy, not something for them: "Bei Fragen stehe ich Ihnen gern zur Verfügung",
 * "Quedo a su disposición", "Je reste à votre disposition", "Fico à disposição". Providing a thing ("stelle Ihnen die
 * Studie zur Verfügung") is an offer, and is not this.
 */
const AT_YOUR_DISPOSAL =
  /\b(?:steh(?:e|en)\b[^.!?]{0,80}\bzur verfügung|(?:je reste|je suis|je demeure|nous restons|nous sommes|nous demeurons|reste|restons|demeure) (?:à|a) (?:votre|ta) (?:entière )?disposition|(?:quedo|quedamos|estoy|estamos|me encuentro|nos encontramos) a (?:su|tu|vuestra|sus) (?:entera |total |completa )?disposición|(?:fico|ficamos|estou|estamos|permaneço) (?:à|a) (?:sua |tua |vossa )?(?:inteira |total )?disposição|(?:fico|ficamos|estou|estamos) ao (?:seu|teu|vosso) (?:inteiro )?dispor|(?:i am|i'm|we are|we're|remain) at your (?:full )?disposal)/iu;

/**
 * Whether the opinion finds the part the rules missed: a sentence says it and the whole message reads as
 * purposeful. The sentence the rules quoted for the part they weighed and found wanting ("I saw your
 * profile") is left out: the rules know what makes it generic; the opinion speaks only for sentences the
 * rules had nothing to say of.
 */
function finds(
  opinion: SecondOpinion,
  code: UnsurePart,
  parts: Parts,
  english: boolean,
  sentenceKeywords: readonly Keywords[] | undefined,
): boolean {
  const unsure = UNSURE_PART[code];
  // Who the sender is, in English only: it learned from few marked messages in other languages, and
  // "ich bin von der Messe zurück" is where one has been, not who one is.
  if (unsure.part === 'who_i_am' && !english) return false;
  const byRules = (sentence: string) => overlapsQuote(sentence, parts[unsure.part].evidence);
  // A reason is something concrete about them (a named work, event, number, date or person): a sentence with
  // none ("I saw your profile") is no reason, however it reads, nor is a mailing's stock line. Their gain is not the sentence the rules read
  // as who the sender is ("I'm an SDR at Roadwise (in-cab coaching)"), nor a word or three ("Shall I?").
  const skip =
    unsure.part === 'why_you'
      ? (sentence: string, i: number) =>
          byRules(sentence) || !CONCRETE.test(sentence) || stockLine(sentence, sentenceKeywords?.[i])
      : unsure.part === 'whats_in_it_for_you'
        ? (sentence: string) =>
            byRules(sentence) ||
            overlapsQuote(sentence, parts.who_i_am.evidence) ||
            tooShort(sentence) ||
            AT_YOUR_DISPOSAL.test(sentence)
        : // Nor is who the sender is a greeting and a first name ("Hi Ronan, Siobhán."): a name with nothing of what they do.
          (sentence: string) => byRules(sentence) || GREETING_AND_NAME.test(sentence);
  return opinion.confident('whole') && opinion.confident(unsure.opinion, skip);
}

/**
 * A message the rules call purposeful that still carries a "missing part" warning: where the opinion finds
 * the part, the warning becomes its question (the verdict stands; the part counts as there but unsure).
 */
/** Keywords one per sentence, in step; otherwise none (each sentence is scanned afresh): never another sentence's. */
function inStep(
  keywords: readonly Keywords[] | undefined,
  sentences: readonly string[],
): readonly Keywords[] | undefined {
  return keywords?.length === sentences.length ? keywords : undefined;
}

export function softenMissing(
  text: string,
  sentences: readonly string[],
  parts: Parts,
  flags: Flag[],
  decide: Decide,
  english: boolean,
  /** As secondLook's. */
  sentenceKeywords?: readonly Keywords[],
): SecondLook | null {
  if (!flags.some((f) => isUnsurePart(f.code))) return null;
  const opinion = new SecondOpinion(text, sentences);
  const asked = askWhereFound(
    foundOnce(opinion, parts, english, inStep(sentenceKeywords, sentences)),
    parts,
    flags,
    decide,
  );
  return asked?.verdict === 'purposeful' ? asked : null;
}

/**
 * The message ends on two questions ("Would you try the pilot? Can we talk Thursday?"): two asks, however
 * well the rest reads. A question that opens the message and an ask that closes it are a hook and an ask.
 */
function twoAsksAtTheEnd(sentences: readonly string[]): boolean {
  const last = sentences.length - 1;
  return last >= 1 && QUESTION.test(sentences[last] ?? '') && QUESTION.test(sentences[last - 1] ?? '');
}

const QUESTION = /\?\s*$/;

/** The reading with the opinion's answer in it, if that makes the message purposeful. */
function tryAgain(parts: Parts, flags: Flag[], decide: Decide): SecondLook | null {
  const decided = decide(parts, flags);
  return decided.verdict === 'purposeful' ? { parts, flags, ...decided } : null;
}
