// The `/outreach` command grammar: the text a rep types after the slash command, turned into one
// typed command. Pure: the caller passes today's date (in the rep's time zone) for relative dates.
import { DateTime } from 'luxon';
import { echo } from './echo';
import { isValidTimeZone } from './time-zone';

/** 1 = Monday … 7 = Sunday, as luxon's `weekday`. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export type Prospect = {
  kind: 'name' | 'handle' | 'mention' | 'url';
  /**
   * A display-name guess for the rep to confirm ("Jane Doe"). Empty only for a bare Slack mention
   * (`<@U0123ABC>`), where Slack sent the user id alone: look the name up with users.info.
   */
  name: string;
  handle?: string;
  slackUserId?: string;
  /** Always `https://www.linkedin.com/in/<slug>`. */
  url?: string;
};

export type Command =
  | { kind: 'draft'; prospect: Prospect }
  | { kind: 'log'; prospect: Prospect }
  | { kind: 'list' }
  | { kind: 'stats' }
  | { kind: 'replied'; prospect: Prospect }
  /** `until`: ISO date YYYY-MM-DD. */
  | { kind: 'away'; until: string }
  /** "away off" / "back": the rep is around again. */
  | { kind: 'away'; until: null }
  /** `time`: 'HH:MM' (24-hour); `timezone`: a canonical IANA zone name. */
  | { kind: 'digest'; action: 'here'; day?: Weekday; time?: string; timezone?: string }
  | { kind: 'digest'; action: 'off' | 'preview' }
  | { kind: 'settings' }
  /** Erase everything about this prospect (after a confirm modal). */
  | { kind: 'forget'; prospect: Prospect }
  /** A CSV of outreach drafted or logged from `from` to `to` (YYYY-MM-DD, inclusive; open ends when missing). */
  | { kind: 'export'; from?: string; to?: string; mine: boolean }
  | { kind: 'ask_intent'; name: string }
  /** `problem`: a friendly plain-text line saying what was wrong; the view escapes it. */
  | { kind: 'help'; problem?: string };

export type ParseOptions = {
  /**
   * Today's date in the rep's time zone, YYYY-MM-DD. Needed for "away until monday" and "dec 24". A
   * function is asked only when a command needs the date: working it out for every command (a time zone
   * conversion) cost more than the rest of parsing a `/outreach list`.
   */
  today?: string | (() => string | undefined);
};

// Slack accepts huge slash-command texts; nothing we understand is anywhere near this long.
export const MAX_COMMAND_LENGTH = 4000;
export const MAX_NAME_LENGTH = 100;
// Further ahead than this is almost surely a typo (2062 for 2026), and would silence reminders for good.
const MAX_AWAY_DAYS = 366;

const EXAMPLE_NAME = 'Jane Doe';

export function parseCommand(text: string, options: ParseOptions = {}): Command {
  if (text.length > MAX_COMMAND_LENGTH) {
    return help(
      `That's ${text.length.toLocaleString('en-US')} characters, more than a command can hold. ` +
        `Try /outreach draft ${EXAMPLE_NAME} and write the message in the form.`,
    );
  }
  const trimmed = normaliseSpace(text);
  if (trimmed === '') return { kind: 'help' };

  const [head = '', ...restWords] = trimmed.split(' ');
  const rest = restWords.join(' ');
  const sub = head.toLowerCase();

  switch (sub) {
    case 'help':
    case '?':
      return { kind: 'help' };
    case 'draft':
    case 'log':
    case 'replied':
    case 'forget':
      return prospectCommand(sub, rest);
    case 'export':
      return parseExport(rest);
    case 'list':
    case 'stats':
    case 'settings':
      return rest === '' ? { kind: sub } : help(`/outreach ${sub} takes nothing after it.`);
    case 'away':
      return parseAway(rest, options);
    case 'back':
      return rest === '' ? { kind: 'away', until: null } : help('/outreach back takes nothing after it.');
    case 'digest':
      return parseDigest(rest);
    case 'ask-intent':
    case 'ask_intent':
    case 'askintent':
      return parseAskIntent(rest);
    default:
      return help(`I don't know "${echo(head)}". Try /outreach draft ${EXAMPLE_NAME}, or /outreach help.`);
  }
}

function prospectCommand(sub: 'draft' | 'log' | 'replied' | 'forget', rest: string): Command {
  if (rest === '') {
    return help(`Who is the prospect? Try /outreach ${sub} ${EXAMPLE_NAME}`);
  }
  const prospect = parseProspect(rest);
  if ('error' in prospect) return help(prospect.error);
  return { kind: sub, prospect };
}

function parseAskIntent(rest: string): Command {
  if (rest === '') {
    return help('Who sent you the invitation? Try /outreach ask-intent Sam Lee');
  }
  const prospect = parseProspect(rest);
  if ('error' in prospect) return help(prospect.error);
  if (prospect.name === '') {
    return help('I need their name to write the reply. Try /outreach ask-intent Sam Lee');
  }
  return { kind: 'ask_intent', name: prospect.name };
}

// ---------------------------------------------------------------------------------------------
// Prospects

type Token =
  | { kind: 'mention'; id: string; label?: string }
  | { kind: 'link'; target: string }
  | { kind: 'other'; raw: string };

/**
 * A prospect as the rep typed it: a name, an @handle, a Slack mention or a LinkedIn profile URL,
 * or a URL next to a name ("Jane Doe linkedin.com/in/jane-doe"). The result is plain text: a name
 * never carries Slack's control sequences.
 */
export function parseProspect(raw: string): Prospect | { error: string } {
  const text = normaliseSpace(raw);
  if (text === '') return { error: `Who is the prospect? Try /outreach draft ${EXAMPLE_NAME}` };
  if (text.length > MAX_COMMAND_LENGTH) return { error: 'That is far too long for a name.' };

  // Slack sends control sequences (<@U…>, <https://…|label>, <!channel>) with literal angle
  // brackets and escapes what the person typed (&lt; &gt; &amp;): split on the former first,
  // decode the rest after, so a typed "<!channel>" can never turn into a real one.
  const tokens: Token[] = [];
  let plain = '';
  for (const part of text.split(/(<[^<>]*>)/)) {
    if (part === '') continue;
    if (part.startsWith('<') && part.endsWith('>')) {
      const token = readControl(part.slice(1, -1));
      if ('error' in token) return token;
      tokens.push(token);
    } else {
      plain += ` ${part}`;
    }
  }
  plain = normaliseSpace(decodeEntities(plain));

  // A bare URL the rep pasted without Slack wrapping it.
  const words = plain === '' ? [] : plain.split(' ');
  const nameWords: string[] = [];
  for (const word of words) {
    if (looksLikeUrl(word)) tokens.push({ kind: 'link', target: word });
    else nameWords.push(word);
  }
  const nameText = nameWords.join(' ');

  if (tokens.length > 1)
    return { error: 'One prospect at a time, please: a name, an @handle or one LinkedIn profile link.' };
  const token = tokens[0];

  if (token === undefined) {
    if (nameText.startsWith('@')) return handleProspect(nameText.slice(1));
    const name = checkName(nameText);
    return 'error' in name ? name : { kind: 'name', name: name.name };
  }

  // A name typed next to a mention or link is a better guess than one derived from a slug.
  let typedName: string | undefined;
  if (nameText !== '') {
    const name = checkName(nameText.replace(/^@/, ''));
    if ('error' in name) return name;
    typedName = name.name;
  }

  if (token.kind === 'mention') {
    const handle = token.label?.replace(/^@/, '');
    return {
      kind: 'mention',
      name: typedName ?? (handle ? nameFromHandle(handle) : ''),
      slackUserId: token.id,
      ...(handle ? { handle } : {}),
    };
  }
  if (token.kind === 'link') {
    const profile = readLinkedInProfile(token.target);
    if ('error' in profile) return profile;
    return { kind: 'url', name: typedName ?? profile.name, url: profile.url };
  }
  return { error: `That doesn't look like a person's name. Try /outreach draft ${EXAMPLE_NAME}` };
}

function readControl(inner: string): Token | { error: string } {
  const mention = /^@([UW][A-Z0-9]+)(?:\|(.*))?$/.exec(inner);
  if (mention) {
    const label = mention[2] ? decodeEntities(mention[2]).trim() : undefined;
    return { kind: 'mention', id: mention[1] ?? '', ...(label ? { label } : {}) };
  }
  if (inner.startsWith('#')) return { error: "That's a Slack channel, not a person. Try /outreach draft Jane Doe" };
  if (inner.startsWith('!'))
    return { error: `That doesn't look like a person's name. Try /outreach draft ${EXAMPLE_NAME}` };
  if (inner.startsWith('mailto:')) {
    return {
      error: `An email address isn't a name. Try /outreach draft ${EXAMPLE_NAME} and add the address in the form.`,
    };
  }
  const target = inner.split('|')[0] ?? '';
  if (looksLikeUrl(target)) return { kind: 'link', target: decodeEntities(target) };
  return { error: `That doesn't look like a person's name. Try /outreach draft ${EXAMPLE_NAME}` };
}

function looksLikeUrl(word: string): boolean {
  return (
    /^https?:\/\//i.test(word) ||
    /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/\S*$/i.test(word) ||
    /^(?:[a-z]{2,3}\.|www\.)?linkedin\.com\b/i.test(word)
  );
}

const PROFILE_URL_HINT = 'a LinkedIn profile link looks like linkedin.com/in/jane-doe';

function readLinkedInProfile(target: string): { name: string; url: string } | { error: string } {
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(target) ? target : `https://${target}`);
  } catch {
    return { error: `I can't read that link: ${PROFILE_URL_HINT}.` };
  }
  // www., country (de.), and mobile (m.) hosts all serve the same public profiles.
  if (!/^(?:(?:www|m|[a-z]{2})\.)?linkedin\.com$/i.test(url.hostname)) {
    return {
      error: `I can only read LinkedIn profile links (${PROFILE_URL_HINT}). Or type their name: /outreach draft ${EXAMPLE_NAME}`,
    };
  }
  const match = /^\/in\/([^/]+)\/?/i.exec(url.pathname);
  if (!match || !match[1]) {
    return { error: `That LinkedIn link isn't a person's profile: ${PROFILE_URL_HINT}.` };
  }
  let slug: string;
  try {
    slug = decodeURIComponent(match[1]).toLowerCase();
  } catch {
    return { error: `I can't read that link: ${PROFILE_URL_HINT}.` };
  }
  const name = nameFromSlug(slug);
  if (name === '') return { error: `I can't tell whose profile that is: ${PROFILE_URL_HINT}.` };
  return { name, url: `https://www.linkedin.com/in/${encodeURIComponent(slug)}` };
}

// LinkedIn appends an id ("jane-doe-4b1a2c3", "jane-doe-12345") when the plain slug was taken,
// and people add credentials ("jane-doe-mba"): neither is part of the name.
const CREDENTIALS = new Set(['mba', 'phd', 'cpa', 'cfa', 'pmp', 'msc', 'md', 'jd']);

function nameFromSlug(slug: string): string {
  const parts = slug.split(/[-_.]+/).filter((p) => p !== '');
  while (parts.length > 1) {
    const last = parts[parts.length - 1] ?? '';
    const idLike = /^\d+$/.test(last) || (/^[0-9a-f]+$/.test(last) && /\d/.test(last));
    if (!idLike && !CREDENTIALS.has(last)) break;
    parts.pop();
  }
  return parts
    .filter((p) => /\p{L}/u.test(p))
    .map(capitalise)
    .join(' ');
}

function handleProspect(handle: string): Prospect | { error: string } {
  if (!/^[\p{L}\p{N}._-]{1,80}$/u.test(handle) || !/\p{L}/u.test(handle)) {
    return {
      error: `That doesn't look like an @handle. Try /outreach draft @jane.doe or /outreach draft ${EXAMPLE_NAME}`,
    };
  }
  return { kind: 'handle', name: nameFromHandle(handle), handle };
}

function nameFromHandle(handle: string): string {
  return handle
    .split(/[._-]+/)
    .filter((p) => /\p{L}/u.test(p))
    .map((p) => capitalise(p.replace(/\d+$/, '')))
    .join(' ');
}

function checkName(text: string): { name: string } | { error: string } {
  const name = text.replace(/^["'“”‘’]+|["'“”‘’]+$/g, '').trim();
  if (name.length > MAX_NAME_LENGTH) {
    return { error: `That name is over ${MAX_NAME_LENGTH} characters. Try their first and last name.` };
  }
  // Letters from any script, and the punctuation real names carry (O'Brien, Jean-Luc, Jr., Smith, PhD).
  if (!/^[\p{L}\p{M}][\p{L}\p{M}\p{N} .,'’()&-]*$/u.test(name)) {
    if (name.includes('@') && !name.startsWith('@')) {
      return {
        error: `An email address isn't a name. Try /outreach draft ${EXAMPLE_NAME} and add the address in the form.`,
      };
    }
    return { error: `That doesn't look like a person's name. Try /outreach draft ${EXAMPLE_NAME}` };
  }
  return { name };
}

// ---------------------------------------------------------------------------------------------
// away until <date>

const AWAY_EXAMPLE = 'Try /outreach away until dec 24, or /outreach away off';

function parseAway(rest: string, options: ParseOptions): Command {
  const words = rest
    .toLowerCase()
    .replace(/,/g, ' ')
    .split(' ')
    .filter((w) => w !== '');
  if (words.length === 0) return help(`Until when? ${AWAY_EXAMPLE}`);
  if (words.length === 1 && ['off', 'back', 'none', 'cancel', 'stop', 'clear'].includes(words[0] ?? '')) {
    return { kind: 'away', until: null };
  }
  if (['until', 'till', 'til', 'to', 'through', 'thru'].includes(words[0] ?? '')) words.shift();
  if (words.length === 0) return help(`Until when? ${AWAY_EXAMPLE}`);

  const todayText = typeof options.today === 'function' ? options.today() : options.today;
  const today = todayText === undefined ? undefined : parseToday(todayText);
  const date = readDate(words, today);
  if ('error' in date) return help(date.error);

  if (today) {
    if (date.date < today) {
      return help(`${date.date.toISODate()} is already past. ${AWAY_EXAMPLE}`);
    }
    if (date.date.diff(today, 'days').days > MAX_AWAY_DAYS) {
      return help(`${date.date.toISODate()} is more than a year away. ${AWAY_EXAMPLE}`);
    }
  }
  return { kind: 'away', until: date.date.toISODate() ?? '' };
}

function parseToday(today: string): DateTime {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(today) ? DateTime.fromISO(today, { zone: 'utc' }) : null;
  // A malformed `today` is the caller's bug, not the rep's: fail loudly.
  if (!date?.isValid) throw new Error(`parseCommand: options.today must be YYYY-MM-DD, got ${JSON.stringify(today)}`);
  return date;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

/** Day names as people type them (short, long, plural) → luxon weekday (Monday 1). */
export const WEEKDAYS: Readonly<Record<string, Weekday>> = {
  mon: 1,
  monday: 1,
  mondays: 1,
  tue: 2,
  tues: 2,
  tuesday: 2,
  tuesdays: 2,
  wed: 3,
  weds: 3,
  wednesday: 3,
  wednesdays: 3,
  thu: 4,
  thur: 4,
  thurs: 4,
  thursday: 4,
  thursdays: 4,
  fri: 5,
  friday: 5,
  fridays: 5,
  sat: 6,
  saturday: 6,
  saturdays: 6,
  sun: 7,
  sunday: 7,
  sundays: 7,
};

function readDate(words: string[], today: DateTime | undefined): { date: DateTime } | { error: string } {
  const phrase = words.join(' ');
  const unreadable = { error: `I can't read "${echo(phrase)}" as a date. ${AWAY_EXAMPLE}, or a date like 2026-12-24.` };
  const needsToday = { error: `I can't work out that date right now: please give the full date, like 2026-12-24.` };

  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(phrase);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]), phrase);

  if (phrase === 'today' || phrase === 'tomorrow') {
    if (!today) return needsToday;
    return { date: phrase === 'today' ? today : today.plus({ days: 1 }) };
  }

  // "monday", "next monday", "this friday": the next such day after today, never today itself,
  // because "away until monday" said on a Monday means the one a week away.
  const dayWords = words[0] === 'next' || words[0] === 'this' ? words.slice(1) : words;
  if (dayWords.length === 1 && WEEKDAYS[dayWords[0] ?? ''] !== undefined) {
    if (!today) return needsToday;
    const weekday = WEEKDAYS[dayWords[0] ?? ''] ?? 1;
    const ahead = (weekday - today.weekday + 7) % 7 || 7;
    return { date: today.plus({ days: ahead }) };
  }

  // "dec 24", "24 dec", "december 24 2026", "24th of december, 2026"
  const cleaned = words
    .filter((w) => w !== 'of' && w !== 'the')
    .map((w) => w.replace(/(\d+)(st|nd|rd|th)$/, '$1').replace(/\.$/, ''));
  let month: number | undefined;
  let day: number | undefined;
  let year: number | undefined;
  for (const word of cleaned) {
    if (MONTHS[word] !== undefined && month === undefined) month = MONTHS[word];
    else if (/^\d{1,2}$/.test(word) && day === undefined) day = Number(word);
    else if (/^\d{4}$/.test(word) && year === undefined) year = Number(word);
    else return unreadable;
  }
  if (month === undefined || day === undefined) return unreadable;
  if (year !== undefined) return calendarDate(year, month, day, phrase);
  if (!today) return needsToday;
  // Without a year, the next time that date comes round: "jan 3" said in December is next January.
  for (const candidateYear of [today.year, today.year + 1]) {
    const candidate = DateTime.fromObject({ year: candidateYear, month, day }, { zone: 'utc' });
    if (candidate.isValid && candidate >= today) return { date: candidate };
  }
  // Feb 29 with no leap year within reach.
  return { error: `There's no ${echo(phrase)} in the coming year. ${AWAY_EXAMPLE}` };
}

function calendarDate(
  year: number,
  month: number,
  day: number,
  phrase: string,
): { date: DateTime } | { error: string } {
  const date = DateTime.fromObject({ year, month, day }, { zone: 'utc' });
  if (!date.isValid) return { error: `"${echo(phrase)}" isn't a date in the calendar. ${AWAY_EXAMPLE}` };
  return { date };
}

// ---------------------------------------------------------------------------------------------
// export [mine] [<from> [<to>]]

const EXPORT_EXAMPLE = 'Try /outreach export, /outreach export mine, or /outreach export 2026-01-01 2026-03-31';

function parseExport(rest: string): Command {
  let mine = false;
  const dates: string[] = [];
  for (const word of rest === '' ? [] : rest.toLowerCase().split(' ')) {
    if (word === 'mine' || word === 'own') {
      mine = true;
      continue;
    }
    if (['from', 'to', 'until', 'since', '-', '–', '..'].includes(word)) continue;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(word)) return help(`I don't understand "${echo(word)}" there. ${EXPORT_EXAMPLE}`);
    const date = DateTime.fromISO(word, { zone: 'utc' });
    if (!date.isValid) return help(`"${echo(word)}" isn't a date in the calendar. ${EXPORT_EXAMPLE}`);
    dates.push(word);
  }
  if (dates.length > 2) return help(`Two dates at most: from and to. ${EXPORT_EXAMPLE}`);
  const [from, to] = dates;
  if (from !== undefined && to !== undefined && to < from)
    return help(`The end date comes before the start date. ${EXPORT_EXAMPLE}`);
  return { kind: 'export', mine, ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
}

// ---------------------------------------------------------------------------------------------
// digest here|off|preview

const DIGEST_EXAMPLE = 'Try /outreach digest here monday 09:00 Europe/Berlin';

function parseDigest(rest: string): Command {
  const words = rest === '' ? [] : rest.split(' ');
  const action = (words.shift() ?? '').toLowerCase();
  if (action === 'off' || action === 'preview') {
    return words.length === 0 ? { kind: 'digest', action } : help(`/outreach digest ${action} takes nothing after it.`);
  }
  if (action !== 'here') {
    const what = action === '' ? 'Which one:' : `I don't know "digest ${echo(action)}". Try`;
    return help(`${what} /outreach digest here, /outreach digest off or /outreach digest preview.`);
  }

  let day: Weekday | undefined;
  let time: string | undefined;
  let timezone: string | undefined;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const lower = word.toLowerCase().replace(/,$/, '');
    if (['on', 'at', 'every', 'each', 'in'].includes(lower)) continue;

    const weekday = WEEKDAYS[lower];
    if (weekday !== undefined) {
      if (day !== undefined) return help(`One day a week, please. ${DIGEST_EXAMPLE}`);
      day = weekday;
      continue;
    }

    // "4 pm" arrives as two words.
    const next = (words[i + 1] ?? '').toLowerCase();
    const joined = next === 'am' || next === 'pm' ? `${lower}${next}` : lower;
    const clock = readTime(joined);
    if (clock !== undefined) {
      if (time !== undefined) return help(`One time, please. ${DIGEST_EXAMPLE}`);
      if (clock === null) return help(`"${echo(joined)}" isn't a time of day. ${DIGEST_EXAMPLE}`);
      time = clock;
      if (joined !== lower) i++;
      continue;
    }

    const zone = readTimezone(word);
    if (zone !== undefined) {
      if ('error' in zone) return help(zone.error);
      if (timezone !== undefined) return help(`One time zone, please. ${DIGEST_EXAMPLE}`);
      timezone = zone.name;
      continue;
    }
    return help(`I don't understand "${echo(word)}" there. ${DIGEST_EXAMPLE}`);
  }
  return {
    kind: 'digest',
    action: 'here',
    ...(day !== undefined ? { day } : {}),
    ...(time !== undefined ? { time } : {}),
    ...(timezone !== undefined ? { timezone } : {}),
  };
}

/** 'HH:MM' for a time, null for something shaped like a time that isn't one (25:00), undefined otherwise. */
function readTime(word: string): string | null | undefined {
  if (word === 'noon') return '12:00';
  if (word === 'midnight') return '00:00';
  const match = /^(\d{1,2})(?:[:.h](\d{2}))?(am|pm|a\.m\.|p\.m\.)?$/.exec(word);
  if (!match) return undefined;
  const [, h = '', m, meridiem] = match;
  // A lone number ("9") reads as a time only with a colon or am/pm; otherwise it's ambiguous.
  if (m === undefined && meridiem === undefined) return undefined;
  let hours = Number(h);
  const minutes = m === undefined ? 0 : Number(m);
  if (minutes > 59) return null;
  if (meridiem !== undefined) {
    if (hours < 1 || hours > 12) return null;
    const pm = meridiem.startsWith('p');
    hours = (hours % 12) + (pm ? 12 : 0);
  } else if (hours > 23) {
    return null;
  }
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

function readTimezone(word: string): { name: string } | { error: string } | undefined {
  if (/^(utc|gmt|z)$/i.test(word)) return { name: 'UTC' };
  if (word.includes('/')) {
    if (!isValidTimeZone(word)) {
      return {
        error: `I don't know the time zone "${echo(word)}". Use a name like Europe/Berlin or America/New_York.`,
      };
    }
    // Canonical spelling, so "europe/berlin" and "Europe/Berlin" store the same.
    return { name: new Intl.DateTimeFormat('en-US', { timeZone: word }).resolvedOptions().timeZone };
  }
  // EST, PST, CET…: some are ambiguous, some don't follow daylight saving; a city zone is unambiguous.
  if (/^[a-z]{2,5}$/i.test(word) && word === word.toUpperCase()) {
    return {
      error: `Please give the time zone as a place, like America/New_York or Europe/Berlin, not "${echo(word)}".`,
    };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------

function help(problem: string): Command {
  return { kind: 'help', problem };
}

function normaliseSpace(text: string): string {
  // Slack keeps non-breaking spaces that clients paste in; treat them as spaces.
  return text.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ').trim();
}

function decodeEntities(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
