/**
 * The purpose check: tells a purposeful outreach message from boilerplate and says, in plain words,
 * how to fix it. Pure: text in, result out; no I/O, no clock.
 */
import { readAnatomy } from './anatomy';
import { readFlags } from './flags';
import { readParts } from './parts';
import { decideVerdict, DEFAULT_TUNING, scoreParts, type ScoreTuning } from './score';
import { companyWords, prospectWords } from './specifics';
import { computeStats } from './stats';
import type { Finding, PurposeCheckInput, PurposeCheckResult, Severity } from './types';

export type {
  Channel,
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

export const PART_NAMES = ['who_i_am', 'why_you', 'whats_in_it_for_you', 'one_clear_ask'] as const;

export const PART_LABELS: Record<(typeof PART_NAMES)[number], string> = {
  who_i_am: 'Who I am',
  why_you: 'Why you',
  whats_in_it_for_you: "What's in it for you",
  one_clear_ask: 'One clear ask',
};

const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

export function checkPurpose(input: PurposeCheckInput, tuning: ScoreTuning = DEFAULT_TUNING): PurposeCheckResult {
  const text = input.text ?? '';
  const anatomy = readAnatomy(text);
  const prospect = prospectWords(input.prospect);
  const stats = computeStats(text, anatomy);
  const reading = readParts(anatomy, input.channel, prospect, companyWords(input.prospect));
  const { flags, signals } = readFlags({
    anatomy,
    stats,
    channel: input.channel,
    parts: reading.parts,
    ask: reading.ask,
    flatteryOnly: reading.flatteryOnly,
    prospect,
  });
  const raw = scoreParts(reading.parts, flags);
  const { verdict, score } = decideVerdict(raw, reading.parts, flags, signals, reading.ask.count, reading.specifics, tuning);
  const findings: Finding[] = flags
    .map(({ code, severity, message }) => ({ code, severity, message }))
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return { score, verdict, parts: reading.parts, findings, stats };
}

/** Findings that ask the rep to add one of the four parts. */
export const MISSING_PART_CODES: readonly string[] = ['no_who_i_am', 'no_why_you', 'no_value', 'no_ask'];
