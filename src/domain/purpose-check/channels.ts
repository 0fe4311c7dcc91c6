import type { Channel } from './types';

export const CHANNELS: readonly Channel[] = [
  'linkedin_connection_note',
  'linkedin_message',
  'linkedin_inmail',
  'email',
] as const;

export const CHANNEL_LABELS: Record<Channel, string> = {
  linkedin_connection_note: 'LinkedIn connection note',
  linkedin_message: 'LinkedIn message',
  linkedin_inmail: 'LinkedIn InMail',
  email: 'Email',
};

/**
 * Hard limits in characters, as LinkedIn enforces them: a connection note over 300 characters
 * cannot be sent, an InMail body stops at 1,900, a direct message at 8,000. Email has none.
 */
export const CHANNEL_LIMITS: Record<Channel, number | null> = {
  linkedin_connection_note: 300,
  linkedin_message: 8000,
  linkedin_inmail: 1900,
  email: null,
};

/** LinkedIn's own data: InMails under 400 characters get about a fifth more replies. */
export const INMAIL_SHORT_CHARACTERS = 400;

/**
 * First messages of 25–125 words get the most replies. Past 200 a reader sees a wall when the words
 * come in a block (a paragraph over DENSE_PARAGRAPH_WORDS) or there are past WALL_OF_TEXT_HARD_WORDS
 * of them; a longer email in short paragraphs reads as long, not as a wall.
 */
export const BEST_WORDS = { min: 25, max: 125 } as const;
export const WALL_OF_TEXT_WORDS = 200;
export const DENSE_PARAGRAPH_WORDS = 120;
export const WALL_OF_TEXT_HARD_WORDS = 300;

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}
