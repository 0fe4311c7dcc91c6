// What a modal's text answers may hold, checked on the server: a modal's max_length is a hint to
// Slack's client, and a signed request can carry anything. Pure.
import { ANSWER_MAX_LENGTHS } from './draft-answers';

/** Slack's own ceiling for a plain_text_input. */
export const PLAIN_TEXT_INPUT_MAX = 3000;

/**
 * Each modal's text fields (block id → most characters), the same numbers as the max_length its
 * inputs set in src/views (a test reads the modals to keep the two in step).
 */
export const MODAL_FIELD_LIMITS = {
  draft: ANSWER_MAX_LENGTHS,
  log: { prospectName: 100, company: 120, message: PLAIN_TEXT_INPUT_MAX },
  markSent: { message: PLAIN_TEXT_INPUT_MAX },
  followUp: { whatsNew: 500, ask: 200 },
  followUpSent: { message: PLAIN_TEXT_INPUT_MAX },
  settings: {
    cadence: 100,
    reminderTime: 100,
    weekendDays: 100,
    holidays: PLAIN_TEXT_INPUT_MAX,
    timezone: 100,
    retentionDays: 100,
  },
} as const satisfies Record<string, Readonly<Record<string, number>>>;

export type FieldLimits = Readonly<Record<string, number>>;

// C0 controls but tab and newline, DEL, and C1 controls. Postgres refuses NUL in text outright; the
// others are invisible in Slack and only ever arrive by accident (a paste) or on purpose (an attack).
const CONTROL = /(?![\t\n])\p{Cc}/gu;

/** The answer without control characters (newline and tab stay). */
export function withoutControlCharacters(text: string): string {
  return text.replace(CONTROL, '');
}

/** Field → what to fix, for every answer longer than its limit (fields without one, like selects, pass). */
export function fieldLimitErrors(
  answers: Readonly<Record<string, string>>,
  limits: FieldLimits,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [field, value] of Object.entries(answers)) {
    const max = limits[field];
    if (max === undefined) continue;
    if (value.length > max) {
      errors[field] =
        `Keep it under ${max.toLocaleString('en-US')} characters (now ${value.length.toLocaleString('en-US')}).`;
    }
  }
  return errors;
}
