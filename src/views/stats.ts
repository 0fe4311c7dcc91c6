import type { types } from '@slack/bolt';
import { DateTime } from 'luxon';
import type { FollowUpTally, NotChecked, RatedCounts, RepStats, Trend, VerdictRate, Week } from '../domain/stats';
import { context, section, type SlackMessage } from './mrkdwn';
import { VERDICT_LABELS } from './purpose-check';

// Small pictures that read at a glance in Slack, shared by the digest, `/outreach stats` and the App
// Home. Every number comes from the domain already computed; nothing here divides.

const LEVELS = '▁▂▃▄▅▆▇█';

/** A whole percentage, "32%"; `none` when there is no rate (nothing was sent). */
export function percent(rate: number | null, none = '—'): string {
  return rate === null || !Number.isFinite(rate) ? none : `${Math.round(rate * 100)}%`;
}

/**
 * A sparkline, one character a value, oldest first: ▁ is zero, █ is `max` (by default the largest
 * value, so the shape shows even when every rate is small). A missing value is a dot.
 */
export function sparkline(values: Array<number | null>, max?: number): string {
  const top = max ?? Math.max(0, ...values.filter((v): v is number => v !== null && Number.isFinite(v)));
  return values
    .map((v) => {
      if (v === null || !Number.isFinite(v)) return '·';
      if (!(top > 0)) return LEVELS[0];
      const level = Math.round((Math.min(Math.max(v, 0), top) / top) * (LEVELS.length - 1));
      return LEVELS[level];
    })
    .join('');
}

/** A bar of `width` segments, ▰ for the filled share: `fraction` of `max` (1 by default). */
export function bar(fraction: number | null, width = 10, max = 1): string {
  const f =
    fraction === null || !Number.isFinite(fraction) || !(max > 0) ? 0 : Math.min(Math.max(fraction / max, 0), 1);
  const filled = Math.round(f * width);
  return '▰'.repeat(filled) + '▱'.repeat(width - filled);
}

/** "▲ +5 pts", "▼ −3 pts", "≈ same", each followed by " vs <baseline>" when given; empty when there is nothing to compare. */
export function trendText(trend: Trend | null, baseline?: string): string {
  if (trend === null) return '';
  if (trend.direction === 'flat') return baseline ? `≈ same as ${baseline}` : '≈ same';
  const sign = trend.points > 0 ? '+' : '−';
  return `${trend.direction === 'up' ? '▲' : '▼'} ${sign}${Math.abs(trend.points)} pts${baseline ? ` vs ${baseline}` : ''}`;
}

/** "Mon 16 Nov – Sun 22 Nov 2026", in the week's own zone. */
export function weekLabel(week: Week, timezone: string): string {
  const start = DateTime.fromJSDate(week.start, { zone: timezone }).setLocale('en-GB');
  const last = DateTime.fromJSDate(week.end, { zone: timezone }).setLocale('en-GB').minus({ days: 1 });
  const from = start.year === last.year ? start.toFormat('ccc d LLL') : start.toFormat('ccc d LLL yyyy');
  return `${from} – ${last.toFormat('ccc d LLL yyyy')}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "*6* sent · *2* replies · *33%* response rate", or "No outreach this week". */
export function weekNumbers(c: RatedCounts, partial: boolean): string {
  if (c.sent === 0) return partial ? '*No outreach this week* yet.' : '*No outreach this week.*';
  return `*${c.sent}* sent · *${c.replied}* ${c.replied === 1 ? 'reply' : 'replies'} · *${percent(c.rate)}* response rate`;
}

/** "4-week rate *28%* `▂▅▃█` ▲ +5 pts this week". */
export function fourWeekLine(fourWeeks: RatedCounts, weeklyRates: Array<number | null>, trend: Trend | null): string {
  if (fourWeeks.sent === 0) return '4-week rate: no outreach in the last 4 weeks.';
  const trendPart = trend ? ` · this week ${trendText(trend)}` : '';
  return `4-week rate *${percent(fourWeeks.rate)}* \`${sparkline(weeklyRates)}\`${trendPart}`;
}

/** Follow-up discipline in one line; pending ones (still inside their window) are said apart. */
export function followUpLine(f: FollowUpTally): string {
  if (f.due === 0) return '*Follow-ups:* none due this week.';
  if (f.counted === 0) return `*Follow-ups:* ${f.due} due this week, all still inside their one-business-day window.`;
  const pending = f.pending > 0 ? ` (${f.pending} more still inside ${f.pending === 1 ? 'its' : 'their'} window)` : '';
  return `*Follow-ups acted on within a business day:* ${f.onTime} of ${f.counted} \`${bar(f.share)}\` ${percent(f.share)}${pending}`;
}

/** Reply rate by verdict, one line each, bars scaled to the best rate so the gap shows. */
export function verdictLines(rates: VerdictRate[], purposeLead: number | null, weeks = 12): string {
  // Bars on one scale (0–100%), like every other bar in the digest.
  const lines = rates.map((r) =>
    r.sent === 0
      ? `\`${bar(0)}\` ${VERDICT_LABELS[r.verdict]}: none sent`
      : `\`${bar(r.rate)}\` *${percent(r.rate)}* ${VERDICT_LABELS[r.verdict]} (${r.replied} of ${r.sent})`,
  );
  let evidence = '';
  if (purposeLead !== null && purposeLead > 0)
    evidence = `\nPurposeful messages got a reply rate *${purposeLead} percentage points* higher than boilerplate.`;
  else if (purposeLead !== null && purposeLead < 0)
    evidence = `\nBoilerplate got a reply rate ${-purposeLead} percentage points higher than purposeful messages: worth a closer look.`;
  return `*Reply rate by verdict* (last ${weeks} weeks)\n${lines.join('\n')}${evidence}`;
}

// English names of languages, from the runtime's own data (ICU): 'it' → "Italian".
const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
/** Languages named in the not-checked line; more are summed up as "and N more". */
export const NOT_CHECKED_NAMES_MAX = 4;

function languageName(code: string): string | undefined {
  try {
    return LANGUAGE_NAMES.of(code);
  } catch {
    return undefined; // not a language code: leave it unnamed
  }
}

/**
 * "2 messages this week in languages the check doesn't read yet (Italian, Dutch) are not in the
 * quality figures."; empty when there were none. Numbers and language names only.
 */
export function notCheckedLine(n: NotChecked): string {
  if (!(n.count > 0)) return '';
  const names = [...new Set(n.langs.map(languageName).filter((name): name is string => name !== undefined))];
  const oneLanguage = n.count === 1 || (n.langs.length === 1 && n.unnamed === 0);
  const shown = names.slice(0, NOT_CHECKED_NAMES_MAX).join(', ');
  const more = names.length > NOT_CHECKED_NAMES_MAX ? ` and ${names.length - NOT_CHECKED_NAMES_MAX} more` : '';
  const list = names.length > 0 ? ` (${shown}${more})` : '';
  return `${plural(n.count, 'message')} this week in ${oneLanguage ? 'a language' : 'languages'} the check doesn't read yet${list} ${n.count === 1 ? 'is' : 'are'} not in the quality figures.`;
}

/** The not-checked line under a quality line, or nothing. */
export function withNotChecked(quality: string, n: NotChecked): string {
  const line = notCheckedLine(n);
  return line ? `${quality}\n_${line}_` : quality;
}

/** The rep's own numbers as blocks: shared by `/outreach stats` and the App Home. */
export function repStatsBlocks(s: RepStats): types.KnownBlock[] {
  const heading = `:bar_chart: *Your week${s.partial ? ' so far' : ''}* (${weekLabel(s.week, s.timezone)})`;
  const quality =
    s.quality.meanScore === null
      ? '*Message quality:* no checked messages this week.'
      : `*Message quality:* mean purpose score *${s.quality.meanScore}*/100` +
        (s.quality.byWeek.length > 1 ? ` \`${sparkline(s.quality.byWeek, 100)}\`` : '') +
        (s.quality.trend ? ` · ${trendText(s.quality.trend, 'your 4-week mean')}` : '');
  return [
    section(`${heading}\n${weekNumbers(s.thisWeek, s.partial)}\n${fourWeekLine(s.fourWeeks, s.weeklyRates, s.trend)}`),
    section(`${followUpLine(s.followUps)}\n${withNotChecked(quality, s.notChecked)}`),
    section(verdictLines(s.byVerdict, s.purposeLead)),
  ];
}

/** `/outreach stats`: the rep's own week, only to them. */
export function repStatsMessage(s: RepStats): SlackMessage {
  const text =
    s.thisWeek.sent === 0
      ? 'Your week: no outreach this week yet.'
      : `Your week: ${s.thisWeek.sent} sent, ${plural(s.thisWeek.replied, 'reply', 'replies')}, ${percent(s.thisWeek.rate)} response rate`;
  return {
    text,
    blocks: [
      ...repStatsBlocks(s),
      context('Only you can see this. A reply counts toward the week its outreach was sent.'),
    ],
  };
}
