/**
 * The purpose check: tells a purposeful outreach message from boilerplate and says, in plain words,
 * how to fix it. Pure: text in, result out; no I/O, no clock.
 */
import { readAnatomy } from './anatomy';
import { readFlags } from './flags';
import { readParts } from './parts';
import { decideVerdict, DEFAULT_TUNING, scoreParts, type ScoreTuning } from './score';
import { secondLook, softenMissing } from './second-look';
import { companyWords, prospectWords } from './specifics';
import { computeStats } from './stats';
import type { PartName, PartResult, PurposeCheckInput, PurposeCheckResult, PurposeStats, Verdict } from './types';
import type { Flag, Signals } from './flags';
import { detectLanguage } from '../language';
import { languageName } from './language-names';
import { readOtherLanguage, type OtherLang } from './languages';
import { toFindings } from './findings';
import { overlapsQuote } from './clip';
import { GENERIC_REASON } from './patterns';
import type { Anatomy } from './anatomy';

export type {
  Channel,
  CheckVerdict,
  Finding,
  PartName,
  PartResult,
  Prospect,
  PurposeCheckInput,
  PurposeCheckResult,
  PurposeStats,
  Severity,
  Verdict,
} from './types';
export { CHANNELS, CHANNEL_LABELS, CHANNEL_LIMITS, isChannel } from './channels';
export { PURPOSEFUL_FROM, type ScoreTuning } from './score';
export { FINDING_CODES, MISSING_PART_CODES, BEST_FIRST_EMAIL_WORDS, isFindingCode, type FindingCode } from './findings';
export { detectLanguage, type LanguageGuess, type SupportedLang } from '../language';

export const PART_NAMES = ['who_i_am', 'why_you', 'whats_in_it_for_you', 'one_clear_ask'] as const;

export const PART_LABELS: Record<(typeof PART_NAMES)[number], string> = {
  who_i_am: 'Who I am',
  why_you: 'Why you',
  whats_in_it_for_you: "What's in it for you",
  one_clear_ask: 'One clear ask',
};

export function checkPurpose(input: PurposeCheckInput, tuning: ScoreTuning = DEFAULT_TUNING): PurposeCheckResult {
  const text = input.text ?? '';
  const anatomy = readAnatomy(text);
  const stats = computeStats(text, anatomy);
  const language = detectLanguage(`${anatomy.subject}\n${anatomy.body}`);
  // A message the check cannot read gets no verdict rather than a confident wrong one.
  if (language.confident && !language.supported) return notChecked(language.lang, stats);
  // An unsure guess of a language the check reads still gets that language's cues: they fit better than English ones.
  const lang = language.supported && language.lang !== 'en' ? (language.lang as OtherLang) : 'en';
  const prospect = prospectWords(input.prospect);
  const company = companyWords(input.prospect);
  let parts: Record<PartName, PartResult>;
  let flags: Flag[];
  let signals: Signals;
  let askCount: number;
  // Set where the rules know for sure an ask is one more (added after the ask with a request of its own): no opinion
  // softens several asks then.
  let addedAsk = false;
  let specifics: () => number;
  let boilerplate: boolean | undefined;
  if (lang === 'en') {
    const reading = readParts(anatomy, input.channel, prospect, company);
    reading.parts.why_you = reasonGiven(anatomy, reading.parts);
    ({ flags, signals } = readFlags({
      anatomy,
      stats,
      channel: input.channel,
      parts: reading.parts,
      ask: reading.ask,
      flatteryOnly: reading.flatteryOnly,
      prospect,
      company,
    }));
    parts = reading.parts;
    askCount = reading.ask.count;
    addedAsk = reading.ask.added === true;
    specifics = reading.specifics;
  } else {
    const reading = readOtherLanguage(anatomy, lang, company, prospect);
    reading.parts.why_you = reasonGiven(anatomy, reading.parts);
    // The shared readers add what holds in any language: merge fields, length, channel limits, several asks.
    const shared = readFlags({
      anatomy,
      stats,
      channel: input.channel,
      parts: reading.parts,
      ask: reading.ask,
      flatteryOnly: false,
      prospect,
    });
    // A meeting put in their calendar or a contract to sign is an ask, if the wrong kind: that finding says so instead of "no ask".
    const wrongKindOfAsk = reading.flags.some((f) => f.code === 'meeting_imposed' || f.code === 'contract_ask');
    // A follow-up that brings something new is not asked again who the sender is and why them.
    const carried = reading.flags.some((f) => f.code === 'follow_up_adds_value');
    flags = [
      ...shared.flags.filter(
        (f) =>
          LANGUAGE_FREE_CODES.has(f.code) &&
          !(wrongKindOfAsk && f.code === 'no_ask') &&
          !(carried && (f.code === 'no_who_i_am' || f.code === 'no_why_you')),
      ),
      ...reading.flags,
    ];
    // Only the English readers know every way of saying who (a tag, a role, a signature), so only they may say nobody wrote.
    signals = { ...shared.signals, ...reading.signals, genericConnect: false, unsigned: false };
    boilerplate =
      signals.nearEmpty ||
      signals.congratsOnly ||
      (signals.templateField && !(reading.parts.why_you.strength >= 0.8)) ||
      reading.boilerplate;
    parts = reading.parts;
    askCount = reading.ask.count;
    specifics = reading.specifics;
  }
  const raw = scoreParts(parts, flags);
  let { verdict, score } = decideVerdict(raw, parts, flags, signals, askCount, specifics, tuning, boilerplate);
  if (verdict === 'needs_work' && tuning.secondOpinion !== false) {
    const second = secondLook(
      text,
      anatomy.sentences.map((s) => s.text),
      parts,
      flags,
      score,
      (p, f) => decideVerdict(scoreParts(p, f), p, f, signals, askCount, specifics, tuning, false),
      lang === 'en',
      signals.flatteryAtTheirCompany,
      addedAsk,
      anatomy.sentences.map((s) => s.keywords),
    );
    if (second) ({ parts, flags, verdict, score } = second);
  } else if (verdict === 'purposeful' && tuning.secondOpinion !== false) {
    const softened = softenMissing(
      text,
      anatomy.sentences.map((s) => s.text),
      parts,
      flags,
      (p, f) => decideVerdict(scoreParts(p, f), p, f, signals, askCount, specifics, tuning, false),
      lang === 'en',
      anatomy.sentences.map((s) => s.keywords),
    );
    if (softened) ({ parts, flags, verdict, score } = softened);
  }
  const findings = toFindings(flags, {
    anatomy,
    parts,
    stats,
    channel: input.channel,
    prospect: input.prospect,
    english: lang === 'en',
    lang,
  });
  return { score, verdict, lang, parts, findings, stats };
}

/**
 * The reason the sender gives, when it fits anyone ("I saw your profile, seems like a good fit", "Me deparei com seu
 * perfil e achei que seria legal a gente conversar"), is the message's why-you: a why-you read only in the greeting and
 * its small talk ("Oi Tatiana, tudo bem?" to Clínica Bem Viver) or in the sender's own introduction ("I'm Kai from
 * StayMetrics, revenue management software for hotels" to Harbourline Hotels) is their name or their trade met by
 * chance, no detail of them. A why-you of its own sentence (a post, their news) stands, generic line or not.
 */
function reasonGiven(anatomy: Anatomy, parts: Record<PartName, PartResult>): PartResult {
  const why = parts.why_you;
  const evidence = why.evidence;
  if (why.strength < 0.3 || !evidence) return why;
  // With none of GENERIC_REASON's keys in the body its exec below is null, and the answer is `why` whatever the
  // quotes overlap: the screen first spares most messages the comparisons.
  if (!GENERIC_REASON.mayMatch(anatomy.bodyKeywords)) return why;
  const first = anatomy.sentences[0];
  const inGreeting =
    first !== undefined &&
    (first.bare !== first.text || (GREETING_LINE.test(first.text) && first.text.split(/\s+/).length <= 8)) &&
    overlapsQuote(first.text, evidence);
  const inIntro = !inGreeting && overlapsQuote(evidence, parts.who_i_am.evidence);
  if (!inGreeting && !inIntro && !(CASE_OF_ANOTHER.test(evidence) && !ADDRESSES_THEM.test(evidence))) return why;
  const generic = GENERIC_REASON.exec(anatomy.body, anatomy.bodyKeywords);
  if (!generic) return why;
  const said = anatomy.sentences.find((s) => s.text.includes(generic[0]));
  if (said && overlapsQuote(said.text, evidence)) return why;
  // What ties the sender to them, said anywhere ("we met at DMEA", "nos conocimos en la feria", "congrats on opening
  // the Whitby hotel!", "parabéns pela nova unidade"), is a reason of theirs: the word match is not all there is.
  if (TIE_TO_THEM.test(anatomy.body)) return why;
  return { present: false, strength: 0.25, evidence: said?.text ?? generic[0] };
}

/**
 * A case of another firm, told as the proof ("Ein Hotel in Garmisch hat …", "Una clínica de Sevilla redujo …", "A una
 * empresa de Toledo le bajamos …", "Une boulangerie lyonnaise a …", "Uma operadora de Porto Alegre …"): a word of their
 * trade met there is no detail of them, unless the sentence speaks to them (then it is kept).
 */
const CASE_OF_ANOTHER =
  /^\W*(?:(?:bei|mit|für|at|for|with|a|para|con|en|chez|pour|avec|com|em)\s+)?(?:a|an|one|ein|eine|einem|einer|un|una|uno|une|um|uma|numa|num)\s/iu;

/** The sentence speaks to the reader (ambiguous words such as "Ihr", "su", "seu" count, so the why-you is kept). */
const ADDRESSES_THEM =
  /(?<![\p{L}])(?:you|your|yours|sie|ihr\p{L}*|ihnen|du|dein\p{L}*|dich|dir|euch|eue?r\p{L}*|tú|tu|te|ti|usted|ustedes|su|vuestr\p{L}*|vous|votre|vôtre|vos|ton|ta|tes|toi|tienne|tuy[oa]s?|suy[oa]s?|você|vocês|seu|sua|teu|tua|lhe|senhora?)(?![\p{L}])/iu;

/** A meeting or a congratulation, in the five languages. */
const TIE_TO_THEM =
  /\b(?:we|you and i)\s+(?:met|spoke|talked|chatted)\b|\bcongrat|\bwell done on\b|kennengelernt|\bgetroffen\b|begegnet|glückwunsch|gratulier|gratulation|\bnos\s+(?:conocimos|vimos|cruzamos|conocemos|conhecemos|encontramos)\b|coincidimos|enhorabuena|felicidades|felicitaciones|felicitarte|felicitarle|(?:nous nous sommes|on s'est|on s’est)\s+(?:rencontr|crois|vus|parl)|\brencontré|félicitations|\bbravo\b|a gente se (?:conheceu|viu)|parabéns|parabenizar/iu;

/** A greeting that opens its own line, in the five languages: "Oi Tatiana, tudo bem?", "Hola Lucía, ¿qué tal?". */
const GREETING_LINE =
  /^\W*(?:hi|hello|hey|dear|oi|olá|ola|hola|buenas|buenos días|bonjour|salut|allô|hallo|guten tag|liebe|lieber|sehr geehrte[rs]?|servus|moin|grüezi|prezad[oa]|estimad[oa]|querid[oa]|caro|cara|cher|chère|bom dia|boa tarde)(?![\p{L}])/iu;

/** Findings the English readers raise that hold in any language. */
const LANGUAGE_FREE_CODES = new Set([
  'template_field',
  'near_empty',
  'no_why_you',
  'no_value',
  'no_who_i_am',
  'no_ask',
  'unsure_why_you',
  'unsure_value',
  'unsure_who',
  'several_asks',
  'wall_of_text',
  'long_message',
  'over_channel_limit',
  'long_inmail',
  'hype',
]);

function notChecked(lang: string, stats: PurposeStats): PurposeCheckResult {
  const none: PartResult = { present: false, strength: 0 };
  return {
    score: 0,
    verdict: 'not_checked',
    lang,
    parts: { who_i_am: none, why_you: none, whats_in_it_for_you: none, one_clear_ask: none },
    findings: [
      {
        code: 'not_checked',
        severity: 'info',
        message: `Not checked: this reads as ${languageName(lang)}, and the purpose check reads English, German, Spanish, French and Portuguese`,
      },
    ],
    stats,
  };
}

/**
 * The score, verdict and language to store: no score or verdict for a message the check did not
 * read, so quality figures leave it out, and its language, so the digest can say which it was.
 */
export function checkOutcome(result: PurposeCheckResult): {
  purposeScore: number | null;
  verdict: Verdict | null;
  lang: string | null;
} {
  const lang = /^[a-z]{2,3}$/.test(result.lang) ? result.lang : null;
  return result.verdict === 'not_checked'
    ? { purposeScore: null, verdict: null, lang }
    : { purposeScore: result.score, verdict: result.verdict, lang };
}
