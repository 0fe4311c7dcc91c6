import { firstNameOf, pick, stableHash } from './draft';
import { CHANNEL_LIMITS, type Channel } from './purpose-check';

export interface FollowUpAnswers {
  channel: Channel;
  prospectName: string;
  /** The new thing this follow-up brings: a finding, a resource, a relevant change. */
  whatsNew: string;
  ask: string;
}

const OPENERS = [
  (first: string) => `Hi ${first}, one more thought since my last note, and this time something useful rather than a reminder.`,
  (first: string) => `Hi ${first}, a quick addition to my earlier message, with something new for you.`,
  (first: string) => `${first}, something came up that seemed worth passing on.`,
];

function sentence(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  if (!t) return '';
  const capital = t[0]!.toUpperCase() + t.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

function question(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ').replace(/[.!]+$/, '');
  if (!t) return '';
  const capital = t[0]!.toUpperCase() + t.slice(1);
  return capital.endsWith('?') ? capital : `${capital}?`;
}

/**
 * A follow-up that earns its place: it brings something new and repeats one small ask, rather than
 * "just bumping this". Deterministic for the same answers; within the channel's limit.
 */
export function composeFollowUp(answers: FollowUpAnswers): string {
  const first = firstNameOf(answers.prospectName) || 'there';
  const seed = stableHash(`${answers.prospectName}|${answers.whatsNew}|${answers.ask}`);
  const opener = OPENERS[pick(seed, 'opener', OPENERS.length)]!(first);
  const body = [sentence(answers.whatsNew), question(answers.ask)].filter(Boolean).join(' ');
  const limit = CHANNEL_LIMITS[answers.channel];
  const full = `${opener} ${body}`;
  if (!limit || full.length <= limit) return full;
  if (body.length <= limit) return body;
  return `${body.slice(0, limit - 1).trimEnd()}…`;
}
