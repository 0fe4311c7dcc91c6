import type { Flag, Signals } from './flags';
import type { PartName, PartResult, Verdict } from './types';
import { ANY_HELP, ASK_TOPIC, ASK_WHEN, BROADCAST } from './patterns';
import { templateKindsFor } from './mass-template';

/**
 * How much each part weighs. Why-you and what's-in-it-for-you carry the most because they are what a
 * template cannot fake; who-I-am is a line, and most messages manage it.
 */
export const PART_WEIGHTS: Record<PartName, number> = {
  who_i_am: 0.15,
  why_you: 0.3,
  whats_in_it_for_you: 0.3,
  one_clear_ask: 0.25,
};

/** A part this weak counts as missing and costs extra, so three strong parts cannot hide a hole. */
const MISSING_BELOW = 0.3;
const MISSING_COST: Record<PartName, number> = {
  who_i_am: 4,
  why_you: 12,
  whats_in_it_for_you: 12,
  one_clear_ask: 10,
};

export const PURPOSEFUL_FROM = 65;
/** Boilerplate never scores above this, so the score and the verdict tell the same story. */
export const BOILERPLATE_AT_MOST = 30;

export interface ScoreTuning {
  purposefulFrom: number;
  /** false: the rules alone, without the learned second opinion (the trainer reads them so). */
  secondOpinion?: boolean;
}

export const DEFAULT_TUNING: ScoreTuning = { purposefulFrom: PURPOSEFUL_FROM };

/** How strongly a follow-up that adds something new counts as saying who and why: the first message did. */
const CARRIED_BY_FIRST_MESSAGE = 0.8;
const CARRIED_PARTS = new Set<PartName>(['who_i_am', 'why_you']);

export function scoreParts(parts: Record<PartName, PartResult>, flags: Flag[]): number {
  let score = 0;
  const followUpAddsValue = flags.some((f) => f.code === 'follow_up_adds_value');
  for (const name of Object.keys(PART_WEIGHTS) as PartName[]) {
    const strength =
      followUpAddsValue && CARRIED_PARTS.has(name)
        ? Math.max(parts[name].strength, CARRIED_BY_FIRST_MESSAGE)
        : parts[name].strength;
    score += 100 * PART_WEIGHTS[name] * strength;
    if (strength < MISSING_BELOW) score -= MISSING_COST[name];
  }
  for (const f of flags) score -= f.penalty;
  return Math.max(0, Math.min(100, Math.round(score)));
}

/**
 * Boilerplate is a message that could go to anyone: a default invitation, an unfilled template, an
 * empty note, or stock phrases with nothing in them about this person and nothing concrete on offer.
 * Anything concrete (a number, a name, a quotation outside the stock phrases and the sender's own
 * introduction), or anything aimed at this person however badly (pressure, praise from a named sender,
 * a nudge about an earlier message, a string of asks), makes it at worst a message that needs work:
 * telling a rep "this could go to anyone" when it could not is a confident wrong verdict.
 */
export function isBoilerplate(
  parts: Record<PartName, PartResult>,
  signals: Signals,
  askCount: number,
  /** Counted only when needed: most messages are decided before this question. */
  specifics: () => number,
  flags: readonly Flag[] = [],
): boolean {
  const who = parts.who_i_am.strength;
  const why = parts.why_you.strength;
  const value = parts.whats_in_it_for_you.strength;
  if (signals.nearEmpty || signals.congratsOnly) return true;
  // A forgotten merge field in an otherwise specific message is a slip to fix, not a mass mailing.
  if (signals.templateField) return !(why >= 0.8 && value >= 0.7);
  if (signals.defaultInvitation && why < 0.6) return true;
  const pushed = signals.followUp !== 'none' || askCount >= 2 || flags.some((f) => PUSHED.has(f.code));
  // Signed by a team and by no one, with nothing about them and no push: a mailing to a list, whatever it links to.
  if (signals.teamSigned && why < 0.4 && who < 0.7 && !pushed) return true;
  // Praise of them at their company by name ("everything you're doing at Sunbury Care Homes", "love what you're building
  // at zentro") is aimed at them, however badly and whatever stock phrase rides with it: flattery as the only personal
  // detail, a message that needs work. Praise of a profile could go to anyone.
  if (signals.flatteryAtTheirCompany && !signals.broadcast()) return false;
  // Made of three kinds of stock line ("As a leader in the mining services industry, you know …", "Thousands of
  // professionals trust Crewline", "Would you be open to a quick chat?") with no figure, nothing about them and nothing
  // for them: a mass template, whoever signs it, however it flatters or guesses at their sector. Pressure, a follow-up or
  // several asks are aimed at them. A sender who says who they are and what their firm does takes a fourth kind.
  if (!pushed && why < 0.4 && value < 0.5 && signals.templateKinds() >= templateKindsFor(who)) return true;
  // A mailing to a list ("is pleased to announce", "Contact us today!", "your one-stop shop", wishes from "all of us at"),
  // sent by no person or to no one: its "your" is every reader's, so a why-you or an offer read in its stock lines is
  // none, however much it names of what it sells. A named sender writing to a named reader is judged on the rest.
  if (
    !pushed &&
    !signals.addressed &&
    (signals.teamSigned || signals.unsigned || who < 0.7) &&
    inStockLines(parts.why_you, signals) &&
    inStockLines(parts.whats_in_it_for_you, signals) &&
    signals.broadcast()
  )
    return true;
  // A named sender who tells their own career and asks one thing of them (to meet, to present their services) wrote a
  // letter, a pitch that needs work, however formal its greeting: one stock phrase is a habit, two are a mailing. A
  // tenure beside "let's connect" is what every template claims.
  if (signals.career && who >= 0.7 && askCount === 1 && !signals.genericConnect && signals.genericAudience <= 1)
    return false;
  // Praise of them from a named sender with one ask put to them with a length or a day ("Wah your company very impressive
  // leh … I'm Wei Ling from FixFast … Free for a 15 min call this week?"), no greeting needed: aimed at them, however
  // badly. A message that needs work, not one that could go to anyone.
  if (
    who >= 0.7 &&
    askCount === 1 &&
    !signals.genericConnect &&
    signals.genericAudience === 0 &&
    flags.some((f) => f.code === 'generic_flattery') &&
    ASK_WHEN.test(parts.one_clear_ask.evidence ?? '')
  )
    return false;
  // Written to no one ("Hello,", "Hey there", "Dear Valued Partner") with nothing about them and nothing for them: a
  // broadcast. Unless it names what it sells (a product with its features, numbers, price or certification): a pure
  // pitch, which needs work, however it opens.
  if (
    !signals.addressed &&
    why < 0.5 &&
    value < 0.5 &&
    signals.followUp === 'none' &&
    askCount <= 1 &&
    !(signals.genericAudience === 0 && specifics() >= SUBSTANCE)
  )
    return true;
  // Three stock phrases with nothing offered are a template, whatever weak reason they guess at ("construction
  // professionals in your area").
  if (signals.genericAudience >= 3 && why < 0.6 && value < 0.5) return true;
  // A circular ("Please find below our latest list of available candidates") with nothing about them and nothing for
  // them is a mailing, whatever name the greeting merges in and however long its list.
  if (signals.circular && why < 0.4 && value < 0.5 && !pushed) return true;
  if (why >= 0.4) return false;
  if (signals.genericAudience >= 3) return true;
  // A guess at why them from their sector ("As a leader in the insurance sector, you are surely …") is a
  // generic why-you: a why-you that needs work, not a message that could go to anyone, even beside a stock
  // phrase ("we help companies like yours …"). Three stock phrases are a template whatever it guesses.
  if (signals.sectorGuess) return false;
  // One stock phrase beside something concrete is a habit; two or more with nothing offered are a template.
  if (signals.genericAudience <= 1 && specifics() >= 1) return false;
  // Praise of them from a named sender who pitches or asks for more than a connection is generic
  // flattery as the only personal detail: aimed at them, however badly.
  const flattered = flags.some((f) => f.code === 'generic_flattery');
  if (who >= 0.7 && !signals.genericConnect && flattered) return false;
  // So is praise beside an ask with a length or a day ("I'd love 20 minutes … free Thursday?") or a topic ("pick your
  // brain on pricing for developer tools"): generic flattery as the only personal detail, but a request put to them.
  const ask = parts.one_clear_ask;
  const clearAsk = askCount === 1 && ask.strength >= 0.8;
  const evidence = ask.evidence ?? '';
  const timed = askCount <= 1 && ask.strength >= 0.45 && !signals.genericConnect && ASK_WHEN.test(evidence);
  if (flattered && (timed || (!signals.genericConnect && ask.strength >= 0.45 && ASK_TOPIC.test(evidence))))
    return false;
  // A stock phrase from no one in particular, or only to connect, could go to anyone; so could praise
  // and "let's connect" from someone who says nothing of what they do.
  if (signals.genericAudience >= 1 && (who < 0.7 || signals.genericConnect)) return true;
  if (flattered && signals.genericConnect && who < 0.7) return true;
  // A name does not rescue a mass template: two stock phrases and nothing offered could go to anyone.
  if (signals.genericAudience >= 2 && value < 0.5) return true;
  // A stock phrase with only their name swapped in ("companies like Acme"), nothing concrete said, nothing
  // offered and nothing asked but the mailing's own "contact us" is a merge-field template, whoever signs
  // it: the signature is the one field a mailing never leaves blank. Asking them for a demo or a call is
  // written to someone, however badly.
  if (
    signals.genericAudience >= 1 &&
    value < 0.5 &&
    askCount === 0 &&
    !pushed &&
    !flattered &&
    signals.listItems < LISTED
  )
    return true;
  // An ask with a length or a day and a topic ("Could we have a quick call this week about your career plans?") is
  // put to someone, with no stock phrase to make it a mailing; "want a 15 min call?" after a stock pitch is not.
  if (timed && signals.genericAudience === 0 && ASK_TOPIC.test(evidence)) return false;
  // A figure of theirs asked for by name ("how many installs does Moore Plumbing do a month?") is a question put to
  // them, however bare: a data question with no introduction needs work.
  if (askCount === 1 && signals.genericAudience === 0 && FIGURE_ASKED.test(evidence) && signals.namesThem(evidence))
    return false;
  // Pressure, a follow-up and a list of questions are written to someone in particular, however badly;
  // so is a list of four things or more (ideas for them, services, steps): a pitch, not a stock line.
  if (pushed || signals.listItems >= LISTED) return false;
  // The same list written inline, in a message without stock phrases: "I do branding, packaging and
  // product photography", "we make a site diary app: photo logs, weather records and snag lists". A
  // pure pitch, which needs work; the mailing's stock phrases have ruled out the mass template above.
  if (signals.genericAudience === 0 && signals.namesWhatTheyOffer()) return false;
  // Praise of them from a named sender who says what they do, however vague the ask ("I'm at MedStocker and we help
  // pharmacy groups … would love to connect and explore synergies"), is aimed at them: flattery as the only personal detail.
  if (flattered && who >= 0.7) return false;
  // Nothing offered and nothing concrete said at all: from no one named, or from a named sender who notices nothing
  // about them and asks nothing clear of them ("thank you for connecting, I hope we can do business together. Best, Sarah Lee,
  // Sales Director"): a greeting and a signature are what every template has.
  return value < 0.5 && (who < 0.7 || ((!clearAsk || ANY_HELP.test(evidence)) && why < NOTICED));
}

/**
 * A part that is missing, found only in a mailing's stock line ("Book your FREE consultation today!"), or in a line
 * that does not speak of the reader at all ("Automate payslips, pensions and filings in minutes.").
 */
function inStockLines(part: PartResult, signals: Signals): boolean {
  const evidence = part.evidence ?? '';
  return (
    part.strength < 0.5 || BROADCAST.re.test(evidence) || !(/\byour?\b/i.test(evidence) || signals.namesThem(evidence))
  );
}

/** A question for a figure: "how many …", "how much …", "what is your monthly diesel consumption …". */
const FIGURE_ASKED =
  /\bhow (?:many|much)\b|\bwhat(?:'s| is| are) (?:your|the) (?:[\w-]+ ){0,3}(?:consumption|volume|volumes|spend|budget|usage|headcount|turnover|output|bill|costs?|capacity)\b/i;

/** A why-you this thin ("congrats on the new role") still notices them: aimed at them, however weakly. */
const NOTICED = 0.3;

/** Concrete things (numbers, names) that make a message a pitch with something in it rather than a stock line. */
const SUBSTANCE = 2;

/** List items that make a message a piece of work rather than a stock line (three stock phrases in bullets are still stock). */
const LISTED = 4;

/** Findings of pressure on the reader: a message that pushes is aimed at someone, however badly. */
export const PUSHED: ReadonlySet<string> = new Set([
  'booking_link_only',
  'contract_ask',
  'meeting_imposed',
  'deadline',
  'scarcity',
  'pressure',
]);

export function decideVerdict(
  score: number,
  parts: Record<PartName, PartResult>,
  flags: Flag[],
  signals: Signals,
  askCount: number,
  specifics: () => number,
  tuning: ScoreTuning = DEFAULT_TUNING,
  /** Decided by the caller (the other languages' reader); otherwise by the English rules below. */
  boilerplate?: boolean,
): { verdict: Verdict; score: number } {
  if (boilerplate ?? isBoilerplate(parts, signals, askCount, specifics, flags)) {
    return { verdict: 'boilerplate', score: Math.min(score, BOILERPLATE_AT_MOST) };
  }
  // No sender at all (not a weak one: a first name signed is someone) cannot be purposeful, whatever else is there.
  const nobody =
    signals.unsigned &&
    parts.who_i_am.strength === 0 &&
    signals.followUp !== 'adds_value' &&
    !flags.some((f) => f.code === 'follow_up_adds_value');
  const blocked = nobody || flags.some((f) => f.blocksPurposeful);
  if (!blocked && score >= tuning.purposefulFrom) return { verdict: 'purposeful', score };
  return { verdict: 'needs_work', score: Math.min(score, tuning.purposefulFrom - 1) };
}
