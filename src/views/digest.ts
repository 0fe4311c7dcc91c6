import type { types } from '@slack/bolt';
import type { Digest, RepRow } from '../domain/stats';
import { context, escapeMrkdwn, plain, section, truncate, type SlackMessage } from './mrkdwn';
import {
  bar,
  fourWeekLine,
  followUpLine,
  percent,
  plural,
  verdictLines,
  weekLabel,
  weekNumbers,
  withNotChecked,
} from './stats';

// The weekly digest as a channel reads it. Numbers only: the digest carries no prospect and no
// message, and the only user text in it is reps' names, escaped here.

/**
 * A section's text holds 3,000 characters; the per-rep table is cut into sections under this many,
 * fences and header included, with room to spare.
 */
export const TABLE_SECTION_CHARS = 2900;
/**
 * At most this many table sections: about 50 reps a section, so some 600 reps, while the whole
 * message stays far inside Slack's 50 blocks. A bigger team gets "and N more reps".
 */
export const TABLE_SECTIONS_MAX = 12;
const NAME_WIDTH = 22;
const MEDALS = [':first_place_medal:', ':second_place_medal:', ':third_place_medal:'];

/** The digest for a channel; `preview` marks it as the asker's private preview. */
export function digestMessage(d: Digest, options: { preview?: boolean }): SlackMessage {
  const blocks: types.KnownBlock[] = [];
  if (options.preview) blocks.push(context(':eyes: Preview, only you can see this.'));
  blocks.push(
    { type: 'header', text: plain('Weekly outreach digest', 150) },
    context(`${weekLabel(d.week, d.timezone)} (${escapeMrkdwn(d.timezone)})${d.partial ? ' · so far' : ''}`),
    section(`${weekNumbers(d.thisWeek, d.partial)}\n${fourWeekLine(d.fourWeeks, d.weeklyRates, d.trend)}`),
    section(`${followUpLine(d.followUps)}\n${withNotChecked(qualityLine(d), d.notChecked)}`),
    section(verdictLines(d.byVerdict, d.purposeLead)),
  );

  if (d.top.length > 0) {
    const lines = d.top.map(
      (r, i) =>
        `${MEDALS[i] ?? '•'} *${escapeMrkdwn(truncate(r.name, 80))}*: ${plural(r.replied, 'reply', 'replies')} of ${r.sent} sent (${percent(r.rate)})`,
    );
    blocks.push({ type: 'divider' }, section(`:trophy: *Most replies this week*\n${lines.join('\n')}`));
  }

  if (d.showRepNames && (d.reps.length > 0 || d.unnamed)) {
    blocks.push(...repTable(d));
  } else if (d.activeReps > 0) {
    const hidden = d.showRepNames ? '' : ' Per-rep numbers are off for this workspace.';
    blocks.push(context(`${plural(d.activeReps, 'rep')} sent outreach this week.${hidden}`));
  }

  if (d.tip) {
    blocks.push(
      { type: 'divider' },
      section(
        `:bulb: *Tip of the week:* ${d.tip.tip}\n_Most common finding: ${d.tip.label} (${plural(d.tip.count, 'message')})._`,
      ),
    );
  }
  blocks.push(
    context('A reply counts toward the week its outreach was sent. Numbers only: no prospects, no messages.'),
  );

  const text =
    d.thisWeek.sent === 0
      ? `Weekly outreach digest: no outreach this week`
      : `Weekly outreach digest: ${d.thisWeek.sent} sent, ${plural(d.thisWeek.replied, 'reply', 'replies')}, ${percent(d.thisWeek.rate)} response rate`;
  return { text, blocks };
}

function qualityLine(d: Digest): string {
  const q = d.quality;
  if (q.meanScore === null) return '*Message quality:* no checked messages this week.';
  return `*Message quality:* mean purpose score *${q.meanScore}*/100 · boilerplate *${percent(q.boilerplateShare)}* \`${bar(q.boilerplateShare)}\` (${q.boilerplate} of ${q.scored})`;
}

// ---------------------------------------------------------------------------------------------
// The per-rep table: preformatted columns, alphabetical (a table, not a ranking), cut into sections.

const HEADER = `${'Rep'.padEnd(NAME_WIDTH)}  Sent  Replies  Rate  Follow-ups on time`;

function repTable(d: Digest): types.KnownBlock[] {
  const rows = d.reps.map(repLine);
  if (d.unnamed)
    rows.push(
      line(`Others (${plural(d.unnamed.reps, 'rep')})`, d.unnamed.sent, d.unnamed.replied, percentOf(d.unnamed), '—'),
    );

  const sections: string[] = [];
  let shown = 0;
  const title = '*Per rep this week* (alphabetical)\n';
  while (shown < rows.length && sections.length < TABLE_SECTIONS_MAX) {
    const prefix = `${sections.length === 0 ? title : ''}\`\`\`\n${HEADER}\n`;
    let body = '';
    while (shown < rows.length) {
      const next = `${rows[shown]}\n`;
      // A first row always goes in, so a single absurd row can never stall the loop; `line` keeps rows short anyway.
      if (body !== '' && prefix.length + body.length + next.length + 3 > TABLE_SECTION_CHARS) break;
      body += next;
      shown++;
    }
    sections.push(`${prefix}${body}\`\`\``);
  }
  const blocks: types.KnownBlock[] = [{ type: 'divider' }, ...sections.map((text) => section(text))];
  if (shown < rows.length) blocks.push(context(`and ${plural(rows.length - shown, 'more rep')}`));
  return blocks;
}

function percentOf(c: { sent: number; replied: number }): string {
  return c.sent > 0 ? percent(c.replied / c.sent) : '—';
}

function repLine(r: RepRow): string {
  const followUps = r.followUps.counted > 0 ? `${r.followUps.onTime}/${r.followUps.counted}` : '—';
  return line(r.name, r.sent, r.replied, percent(r.rate), followUps);
}

/**
 * One row. The name is cut and padded on its visible characters, then escaped, so `&` and `<` keep
 * the columns straight once Slack renders the entities. A backtick would close the code block.
 */
function line(name: string, sent: number, replied: number, rate: string, followUps: string): string {
  const chars = Array.from(name.replace(/[`\r\n\t]/g, ' '));
  const cut = chars.length > NAME_WIDTH ? [...chars.slice(0, NAME_WIDTH - 1), '…'] : chars;
  const padded = cut.join('') + ' '.repeat(NAME_WIDTH - cut.length);
  return `${escapeMrkdwn(padded)}  ${String(sent).padStart(4)}  ${String(replied).padStart(7)}  ${rate.padStart(4)}  ${followUps}`;
}

/** To someone who tried to change or stop a digest that another person set up. */
export function digestOwnedBy(ownerId: string): string {
  // The id comes from our own table, but is checked before it becomes a mention all the same.
  const owner = /^[UW][A-Z0-9]{2,40}$/.test(ownerId) ? `<@${ownerId}>` : 'someone else';
  return `This channel's digest was set up by ${owner}, so only they or a workspace admin can change it or turn it off. Nothing was changed.`;
}
