import { CHANNELS, type Channel } from './purpose-check';

/**
 * How long a rep's answer in a modal must be before it is worth acting on. Shorter than this is a
 * slip (an empty paste, a stray key), and the modal asks again instead of logging or drafting nothing.
 */
export const MIN_ANSWER_LENGTH = {
  /** "Prospect name": two letters at least ("Al"). */
  prospectName: 2,
  /** The message as sent, pasted back (log, Mark as sent, a follow-up sent). */
  sentMessage: 2,
  /** A follow-up's "What's new?": a finding, a resource, a change; a few words at least. */
  whatsNew: 15,
  /** A follow-up's ask: "Shall I send it?" is 16; "Call?" says too little. */
  ask: 8,
} as const;

export type AnswerField = keyof typeof MIN_ANSWER_LENGTH;

/** True when the answer is too short to act on; surrounding spaces do not count. */
export function tooShort(field: AnswerField, answer: string | undefined): boolean {
  return (answer ?? '').trim().length < MIN_ANSWER_LENGTH[field];
}

/** The answers of the log modal (`/outreach log`, the message shortcut) that get a field error. */
export type LogField = 'prospectName' | 'message' | 'channel';

/**
 * The log modal's answers that cannot be logged as they are: a name too short or holding `<` or `>`
 * (a Slack mention pasted as is), a message too short, or no channel we know.
 */
export function unusableLogAnswers(values: { prospectName?: string; message?: string; channel?: string }): LogField[] {
  const fields: LogField[] = [];
  const name = values.prospectName ?? '';
  if (tooShort('prospectName', name) || /[<>]/.test(name)) fields.push('prospectName');
  if (tooShort('sentMessage', values.message)) fields.push('message');
  if (!CHANNELS.includes(values.channel as Channel)) fields.push('channel');
  return fields;
}
