import type { types } from '@slack/bolt';
import { CHANNEL_LABELS, type PurposeCheckResult } from '../domain/purpose-check';
import type { Outreach } from '../store/outreach';
import { context, escapeMrkdwn, plain, quote, section, type SlackMessage } from './mrkdwn';
import { purposeCheckBlocks } from './purpose-check';
import { ACTION_IDS } from '../slack-ids';

function prospectLine(o: Outreach): string {
  const at = [o.prospectRole, o.prospectCompany]
    .filter(Boolean)
    .map((s) => escapeMrkdwn(s!))
    .join(', ');
  return `*${escapeMrkdwn(o.prospectName)}*${at ? ` (${at})` : ''} · ${CHANNEL_LABELS[o.channel]}`;
}

function button(text: string, actionId: string, value: string, style?: 'primary' | 'danger'): types.Button {
  return { type: 'button', text: plain(text, 75), action_id: actionId, value, ...(style ? { style } : {}) };
}

/** The DM a rep gets after drafting: the draft, its purpose check, and what to do next. */
export function draftMessage(o: Outreach, check: PurposeCheckResult): SlackMessage {
  return {
    text: `Your draft for ${escapeMrkdwn(o.prospectName)}: purpose check ${check.score}/100`,
    blocks: [
      section(`:memo: Draft for ${prospectLine(o)}`),
      section(quote(o.draftText ?? '')),
      ...purposeCheckBlocks(check),
      {
        type: 'actions',
        block_id: `outreach_${o.id}`,
        elements: [
          button('Mark as sent', ACTION_IDS.markSent, o.id, 'primary'),
          button('Edit', ACTION_IDS.edit, o.id),
          button('Discard', ACTION_IDS.discard, o.id, 'danger'),
        ],
      },
      context('Copy it, make it yours, send it on LinkedIn or by email, then press *Mark as sent*.'),
    ],
  };
}

/** What the DM becomes once the outreach is logged as sent: no buttons left to double-press. */
export function sentMessage(o: Outreach, check: PurposeCheckResult): SlackMessage {
  return {
    text: `Logged as sent to ${escapeMrkdwn(o.prospectName)}`,
    blocks: [
      section(`:outbox_tray: Sent to ${prospectLine(o)}. Logged; I'll remind you to follow up.`),
      section(quote(o.sentText ?? '')),
      ...purposeCheckBlocks(check),
    ],
  };
}

/** When the usual record of a logged message could not be posted: it is logged all the same. */
export function loggedWithoutSummary(prospectName: string): string {
  return `:outbox_tray: Logged as sent to *${escapeMrkdwn(prospectName)}*; I'll remind you to follow up. (Slack did not take the usual summary with its purpose check; \`/outreach list\` shows it.)`;
}

export function discardedMessage(o: Outreach): SlackMessage {
  const text = `:wastebasket: Draft for *${escapeMrkdwn(o.prospectName)}* discarded.`;
  return { text, blocks: [section(text)] };
}
