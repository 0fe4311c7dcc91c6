/**
 * The one place where user text is made safe for Slack's mrkdwn. Slack reads `<…>` as a mention,
 * channel ping or link and `&` as the start of an entity, so a prospect named `<!channel>` would ping
 * everyone if it went out raw. Plain-text fields (modal labels, button text) are not parsed and need
 * no escaping.
 */
import type { types } from '@slack/bolt';
import { DateTime } from 'luxon';

/** A message as the views build it: the notification text and its Block Kit blocks. */
export interface SlackMessage {
  text: string;
  blocks: types.KnownBlock[];
}

const MRKDWN_SPECIAL = /[&<>]/;

export function escapeMrkdwn(text: string): string {
  // Most text has none of the three: one test instead of three replaces (a list escapes 40 strings).
  if (!MRKDWN_SPECIAL.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Cuts text to `max` characters (Slack's limits count characters), ending with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

/** Escaped and quoted as a block quote, line by line, within `max` characters. */
export function quote(text: string, max = 2800): string {
  return truncate(escapeMrkdwn(text), max)
    .split('\n')
    .map((line) => `>${line}`)
    .join('\n');
}

/** A plain_text object; Slack rejects empty text, so an empty string becomes a single space. */
export function plain(text: string, max = 3000): { type: 'plain_text'; text: string; emoji: true } {
  return { type: 'plain_text', text: truncate(text, max) || ' ', emoji: true };
}

export function mrkdwn(text: string): { type: 'mrkdwn'; text: string } {
  return { type: 'mrkdwn', text: truncate(text, 3000) };
}

export function section(text: string): { type: 'section'; text: { type: 'mrkdwn'; text: string } } {
  return { type: 'section', text: mrkdwn(text) };
}

export function context(text: string): { type: 'context'; elements: Array<{ type: 'mrkdwn'; text: string }> } {
  return { type: 'context', elements: [mrkdwn(text)] };
}

/** "3 days ago", "today", for a reader who wants a feel rather than a timestamp. */
export function ago(then: Date, now: Date): string {
  const days = Math.floor((now.getTime() - then.getTime()) / 86_400_000);
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 14) return `${days} days ago`;
  if (days < 60) return `${Math.floor(days / 7)} weeks ago`;
  return `${Math.floor(days / 30)} months ago`;
}

/** When a reminder comes, on the rep's clock: "Monday 16 Mar at 09:30". */
export function reminderTime(at: Date, timezone: string): string {
  return DateTime.fromJSDate(at).setZone(timezone).toFormat("cccc d LLL 'at' HH:mm");
}
