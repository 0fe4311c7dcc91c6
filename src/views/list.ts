import { CHANNEL_LABELS } from '../domain/purpose-check';
import type { OpenOutreach } from '../store/outreach';
import { ago, context, escapeMrkdwn, section, type SlackMessage } from './mrkdwn';

/** Each item is one section; the list stays well inside Slack's 50 blocks a message. */
export const LIST_LIMIT = 20;

const STATUS_LABELS: Record<string, string> = { drafted: 'draft', sent: 'awaiting reply' };

export function openOutreachList(items: OpenOutreach[], total: number, now: Date): SlackMessage {
  if (total === 0) {
    const text = 'No open outreach. Start one with `/outreach draft <prospect>`.';
    return { text, blocks: [section(text)] };
  }
  const lines = items.map((o) => {
    const when = o.sentAt ? `sent ${ago(o.sentAt, now)}` : `drafted ${ago(o.createdAt, now)}`;
    const company = o.prospectCompany ? `, ${escapeMrkdwn(o.prospectCompany)}` : '';
    return section(
      `*${escapeMrkdwn(o.prospectName)}*${company} · ${CHANNEL_LABELS[o.channel]} · ${when} · _${STATUS_LABELS[o.status] ?? o.status}_`,
    );
  });
  const more = total - items.length;
  return {
    text: `Your open outreach: ${total}`,
    blocks: [section(`*Your open outreach* (${total})`), ...lines, ...(more > 0 ? [context(`and ${more} more`)] : [])],
  };
}
