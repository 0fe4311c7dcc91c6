/** The shapes the purpose check speaks in. Kept apart so every file of the check can import them. */

export type Channel = 'linkedin_connection_note' | 'linkedin_message' | 'linkedin_inmail' | 'email';

export interface Prospect {
  name?: string;
  company?: string;
  role?: string;
}

export type Verdict = 'purposeful' | 'needs_work' | 'boilerplate';

/**
 * What the check says: a verdict, or 'not_checked' for a message in a language it has no cues for.
 * A not-checked message has no quality verdict: it is stored without one and left out of the
 * quality figures.
 */
export type CheckVerdict = Verdict | 'not_checked';

/** The four parts of a purposeful message, in the order a reader meets them in the draft modal. */
export type PartName = 'who_i_am' | 'why_you' | 'whats_in_it_for_you' | 'one_clear_ask';

export interface PartResult {
  present: boolean;
  /** 0..1: how clearly the part is there. A part phrased unusually still earns partial credit. */
  strength: number;
  /** The phrase that showed the part, as the rep wrote it. */
  evidence?: string;
}

export type Severity = 'info' | 'warning' | 'critical';

export interface Finding {
  /** Stable snake_case id, e.g. 'no_why_you'; views and the digest key on it. */
  code: string;
  severity: Severity;
  /** Plain words a rep can act on, e.g. "Say why them: mention something specific they did or said". */
  message: string;
  /** The sentence the finding is about, as the rep wrote it. */
  sentence?: string;
  /** A fix built from the rep's own words, e.g. 'End with: "Want me to send you the checklist?"'. */
  suggestion?: string;
}

export interface PurposeStats {
  words: number;
  characters: number;
  sentences: number;
  questions: number;
  /** Flesch–Kincaid grade of the body. */
  readingGrade: number;
  /** Share of sentences about the reader (you/your), 0..1. */
  readerFocus: number;
  /** Share of sentences about the sender (I/we/our) and not the reader, 0..1; with readerFocus at most 1. */
  senderFocus: number;
}

export interface PurposeCheckInput {
  text: string;
  channel?: Channel;
  prospect?: Prospect;
}

export interface PurposeCheckResult {
  /** 0..100, integer; 0 when not checked. */
  score: number;
  verdict: CheckVerdict;
  /** The language the message was read in (ISO 639-1), or the one it was not checked in, or 'und'. */
  lang: string;
  parts: Record<PartName, PartResult>;
  findings: Finding[];
  stats: PurposeStats;
}

/** Every code a finding can carry. */
export const FINDING_CODES = [
  'template_field',
  'default_invitation',
  'near_empty',
  'mass_template',
  'generic_connect',
  'generic_flattery',
  'generic_opener',
  'unnamed_mutual_connections',
  'no_why_you',
  'no_value',
  'no_who_i_am',
  'no_ask',
  'several_asks',
  'vague_ask',
  'heavy_ask',
  'meeting_imposed',
  'booking_link_only',
  'contract_ask',
  'deadline',
  'scarcity',
  'asks_a_favour',
  'pressure',
  'vague_intent',
  'hype',
  'pure_pitch',
  'follow_up_adds_value',
  'pushy_follow_up',
  'wall_of_text',
  'long_message',
  'over_channel_limit',
  'long_inmail',
  'subject_line',
  'reading_grade',
  'about_you',
  'unsure_why_you',
  'unsure_value',
  'unsure_who',
  'unsure_asks',
  'not_checked',
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];

export function isFindingCode(code: string): code is FindingCode {
  return (FINDING_CODES as readonly string[]).includes(code);
}
