import type { types } from '@slack/bolt';
import { DateTime } from 'luxon';
import { CHANNEL_LABELS, type Channel } from '../domain/purpose-check';
import type { RepStats } from '../domain/stats';
import { ago, context, escapeMrkdwn, plain, section, truncate } from './mrkdwn';
import { repStatsBlocks } from './stats';
import { ACTION_IDS } from '../slack-ids';

/**
 * Items shown per list, one section each: two lists, the numbers and the chrome stay well inside a
 * Home tab's 100 blocks. Longer lists end with "and N more".
 */
export const HOME_ITEMS_MAX = 15;

const STATUS_LABELS: Record<string, string> = { drafted: 'draft', sent: 'awaiting reply' };

export interface AppHomeInput {
  stats: RepStats;
  due: Array<{ outreachId: string; prospectName: string; channel: Channel; dueAt: Date; step: number }>;
  /** How many follow-ups are due in all, when `due` holds only the first few. */
  dueTotal?: number;
  open: Array<{ id: string; prospectName: string; channel: Channel; status: string; sentAt: Date | null }>;
  openTotal: number;
  now: Date;
  timezone: string;
}

/** The App Home tab: a button to draft, follow-ups due, open outreach, this week's numbers. */
export function appHome(input: AppHomeInput): types.HomeView {
  const blocks: types.KnownBlock[] = [
    section(":wave: *Purposeful*: who you are, why them, what's in it for them, one clear ask."),
    {
      type: 'actions',
      block_id: 'home_actions',
      elements: [
        {
          type: 'button',
          text: plain('Draft a message', 75),
          action_id: ACTION_IDS.homeDraft,
          value: 'draft',
          style: 'primary',
        },
      ],
    },
    { type: 'divider' },
    ...dueBlocks(input),
    { type: 'divider' },
    ...openBlocks(input),
    { type: 'divider' },
    ...repStatsBlocks(input.stats),
    context(
      'Only you see this tab. `/outreach stats` shows your numbers anywhere; `/outreach list` all your open outreach.',
    ),
  ];
  return { type: 'home', blocks };
}

function dueBlocks(input: AppHomeInput): types.KnownBlock[] {
  const total = Math.max(input.dueTotal ?? input.due.length, input.due.length);
  if (total === 0) return [section(':white_check_mark: *Follow-ups due:* none. Nice and tidy.')];
  const shown = input.due.slice(0, HOME_ITEMS_MAX);
  const blocks: types.KnownBlock[] = [section(`:alarm_clock: *Follow-ups due* (${total})`)];
  for (const f of shown) {
    blocks.push(
      section(
        `*${escapeMrkdwn(truncate(f.prospectName, 200))}* · ${CHANNEL_LABELS[f.channel] ?? ''} · follow-up ${f.step} · ${dueWhen(f.dueAt, input.now, input.timezone)}`,
      ),
    );
  }
  if (total > shown.length) blocks.push(context(`and ${total - shown.length} more`));
  return blocks;
}

function openBlocks(input: AppHomeInput): types.KnownBlock[] {
  const total = Math.max(input.openTotal, input.open.length);
  if (total === 0) return [section('*Open outreach:* none. Start one with *Draft a message* above.')];
  const shown = input.open.slice(0, HOME_ITEMS_MAX);
  const blocks: types.KnownBlock[] = [section(`:outbox_tray: *Open outreach* (${total})`)];
  for (const o of shown) {
    const when = o.sentAt ? ` · sent ${ago(o.sentAt, input.now)}` : '';
    blocks.push(
      section(
        `*${escapeMrkdwn(truncate(o.prospectName, 200))}* · ${CHANNEL_LABELS[o.channel] ?? ''} · _${escapeMrkdwn(STATUS_LABELS[o.status] ?? o.status)}_${when}`,
      ),
    );
  }
  if (total > shown.length) blocks.push(context(`and ${total - shown.length} more: see \`/outreach list\``));
  return blocks;
}

/** "overdue since Mon 16 Nov", "due today", "due tomorrow", "due Thu 26 Nov", by the rep's local dates. */
function dueWhen(dueAt: Date, now: Date, timezone: string): string {
  const due = DateTime.fromJSDate(dueAt, { zone: timezone }).setLocale('en-GB');
  const today = DateTime.fromJSDate(now, { zone: timezone }).startOf('day');
  const days = Math.round(due.startOf('day').diff(today, 'days').days);
  if (days < 0) return `overdue since ${due.toFormat('ccc d LLL')}`;
  if (days === 0) return 'due today';
  if (days === 1) return 'due tomorrow';
  return `due ${due.toFormat('ccc d LLL')}`;
}
