import type { types } from '@slack/bolt';
import { CHANNEL_LABELS } from '../domain/purpose-check';
import type { DueFollowUp } from '../store/followups';
import { ago, context, escapeMrkdwn, plain, section, type SlackMessage } from './mrkdwn';
import { ACTION_IDS } from '../slack-ids';

export const SNOOZE_LABELS = { '1d': '1 day', '3d': '3 days', next_week: 'Next week' } as const;
export const OUTCOME_LABELS = { positive: 'Positive', neutral: 'Neutral', not_interested: 'Not interested' } as const;

/** A header, two blocks a follow-up and a closing line stay inside Slack's 50 blocks a message. */
export const REMINDER_ITEMS_MAX = 20;

/** How much of the sent message a reminder quotes: enough to recognise it, short of a wall in the DM. */
export const SENT_EXCERPT_MAX = 140;

// A line that only greets ("Hello Jane,", "Dear Dr. Shah,", "Jane,") or an email's subject line says
// nothing a rep would recognise the message by. "Hi Jane, I'm Sam from…" is more than a greeting.
const GREETING = /^(?:hi|hello|hey|hiya|dear|greetings|good (?:morning|afternoon|evening))\b\s*(.*?)[\s,!:.]*$/i;
const SUBJECT_LINE = /^(?:subject|re|fwd?)\s*:/i;
const SIGN_OFF =
  /^(?:(?:best|thanks|thank you|many thanks|cheers|regards|kind regards|best regards|warm regards|sincerely|all the best|talk soon)\b[^.!?]{0,20}[,!.]?|[–—-]\s*\p{L}[\p{L} .'’-]{0,40})$/iu;

function isGreetingLine(line: string): boolean {
  const greeting = GREETING.exec(line);
  if (greeting) {
    const rest = greeting[1] ?? '';
    return !/[,!?;:]/.test(rest) && rest.split(/\s+/).filter((w) => w !== '').length <= 4;
  }
  return /^\p{Lu}[\p{L}.'’ -]{0,40},$/u.test(line);
}

/**
 * The first sentences of what was sent, after any subject and greeting line, up to `max` characters:
 * whole sentences while they fit, else the first one cut at a word with an ellipsis.
 */
export function sentExcerpt(text: string | null, max = SENT_EXCERPT_MAX): string {
  const lines = (text ?? '').split('\n').map((l) => l.trim());
  let start = 0;
  while (
    start < lines.length &&
    (lines[start] === '' || SUBJECT_LINE.test(lines[start]!) || isGreetingLine(lines[start]!))
  )
    start++;
  // Nor does the sign-off ("Best,\nSam") at the end of a short message.
  let end = lines.length;
  const signOff = lines.findIndex((l, i) => i > start && SIGN_OFF.test(l));
  if (signOff > start) end = signOff;
  // A message that is nothing but a greeting is still quoted, rather than an empty quote.
  const body = (start < lines.length ? lines.slice(start, end) : lines)
    .filter((l) => l !== '')
    // The quote is one line: a line break without punctuation stays visible as " / ".
    .reduce(
      (joined, line) => (joined === '' ? line : `${joined}${/[.!?,;:]["”’')]*$/.test(joined) ? ' ' : ' / '}${line}`),
      '',
    )
    .replace(/\s+/g, ' ')
    .trim();
  if (body.length <= max) return body;
  const sentences = body.match(/[^.!?]+(?:[.!?]+["”’')]*|$)\s*/g) ?? [body];
  let excerpt = '';
  for (const sentence of sentences) {
    if ((excerpt + sentence).trimEnd().length > max) break;
    excerpt += sentence;
  }
  if (excerpt.trim()) return excerpt.trim();
  const cut = body.slice(0, max - 1);
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > max / 2 ? cut.slice(0, atWord) : cut).replace(/[\s,;:.!?–—-]+$/, '')}…`;
}

function actions(f: DueFollowUp): types.ActionsBlock {
  return {
    type: 'actions',
    block_id: `follow_up_${f.id}`,
    elements: [
      {
        type: 'button',
        text: plain('They replied', 75),
        action_id: ACTION_IDS.followUpReplied,
        value: f.outreachId,
        style: 'primary',
      },
      { type: 'button', text: plain('Draft follow-up', 75), action_id: ACTION_IDS.followUpDraft, value: f.outreachId },
      {
        type: 'static_select',
        action_id: ACTION_IDS.followUpSnooze,
        placeholder: plain('Snooze', 75),
        options: (Object.keys(SNOOZE_LABELS) as Array<keyof typeof SNOOZE_LABELS>).map((option) => ({
          text: plain(SNOOZE_LABELS[option], 75),
          value: `${f.id}:${option}`,
        })),
      },
      {
        type: 'button',
        text: plain('Close', 75),
        action_id: ACTION_IDS.followUpClose,
        value: f.outreachId,
        confirm: {
          title: plain('Stop reminding?', 100),
          text: plain('No reply yet, and you are done with this one. It stays in your numbers as sent.', 300),
          confirm: plain('Close', 30),
          deny: plain('Keep it', 30),
        },
      },
    ],
  };
}

/** The morning reminder: every follow-up due for this rep, in one DM. */
export function reminderMessage(items: DueFollowUp[], now: Date): SlackMessage {
  const shown = items.slice(0, REMINDER_ITEMS_MAX);
  const names = items
    .map((f) => f.prospectName)
    .slice(0, 3)
    .join(', ');
  const blocks: types.KnownBlock[] = [
    section(
      items.length === 1
        ? ':alarm_clock: *Time to follow up.* A follow-up that adds something new gets more replies than a bump.'
        : `:alarm_clock: *Time to follow up with ${items.length} prospects.* A follow-up that adds something new gets more replies than a bump.`,
    ),
  ];
  for (const f of shown) {
    const company = f.prospectCompany ? ` (${escapeMrkdwn(f.prospectCompany)})` : '';
    const sent = sentExcerpt(f.sentText);
    blocks.push(
      section(
        `*${escapeMrkdwn(f.prospectName)}*${company} · ${CHANNEL_LABELS[f.channel]} · sent ${ago(f.sentAt, now)}` +
          (sent ? `\n>${escapeMrkdwn(sent)}` : ''),
      ),
      actions(f),
    );
  }
  if (items.length > shown.length)
    blocks.push(context(`and ${items.length - shown.length} more: see \`/outreach list\``));
  return { text: `Time to follow up: ${escapeMrkdwn(names)}${items.length > 3 ? ' and others' : ''}`, blocks };
}

/** After "They replied": how did it go? One click records it. */
export function outcomeQuestion(outreachId: string, prospectName: string): SlackMessage {
  return {
    text: `How did ${escapeMrkdwn(prospectName)} reply?`,
    blocks: [
      section(`How did *${escapeMrkdwn(prospectName)}* reply?`),
      {
        type: 'actions',
        block_id: `outcome_${outreachId}`,
        elements: (Object.keys(OUTCOME_LABELS) as Array<keyof typeof OUTCOME_LABELS>).map((outcome) => ({
          type: 'button',
          text: plain(OUTCOME_LABELS[outcome], 75),
          action_id: `${ACTION_IDS.followUpOutcome}_${outcome}`,
          value: `${outreachId}:${outcome}`,
          ...(outcome === 'positive' ? { style: 'primary' } : {}),
        })),
      },
    ],
  };
}

/** Questions asked at once by `/outreach replied <prospect>`: two blocks each, far inside Slack's 50. */
export const OUTCOME_QUESTIONS_MAX = 10;

/**
 * "How did … reply?" for each outreach to a prospect that awaits a reply: the newest
 * OUTCOME_QUESTIONS_MAX, then a line saying how many more there are and where to find them.
 */
export function outcomeQuestions(outreach: { id: string; prospectName: string }[]): SlackMessage {
  const shown = outreach.slice(0, OUTCOME_QUESTIONS_MAX).map((o) => outcomeQuestion(o.id, o.prospectName));
  const more = outreach.length - shown.length;
  return {
    text: shown[0]?.text ?? '',
    blocks: [
      ...shown.flatMap((q) => q.blocks),
      ...(more > 0 ? [context(`…and ${more} more awaiting a reply: \`/outreach list\` shows them all.`)] : []),
    ],
  };
}
