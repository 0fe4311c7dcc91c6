import { DateTime } from 'luxon';
import type { Weekday } from '../domain/command';
import {
  buildDigest,
  buildRepStats,
  weekContaining,
  weeksEndingWith,
  type Digest,
  type RepStats,
  type Week,
} from '../domain/stats';
import { isValidTimeZone } from '../domain/time-zone';
import type { DigestQueue } from '../queue/digests';
import { digestSchedulerId } from '../queue/digests';
import * as dstore from '../store/digests';
import { isUninstalled } from '../store/erasure';
import type { DigestSubscription, Span, StatsScope } from '../store/digests';
import * as ostore from '../store/outreach';
import type { Outreach } from '../store/outreach';
import { getRepProfile } from '../store/rep-profiles';
import { getTeamSettings } from '../store/team-settings';
import type { RepKey } from './types';
import { digestMessage } from '../views/digest';
import { PooledService, type ServiceOptions } from './service';
import { NotInChannelError, PostUnconfirmedError, type SlackMessenger } from './slack-port';

export const DEFAULT_DIGEST_DAY = 1; // Monday
export const DEFAULT_DIGEST_TIME = '09:00';
/** The 4-week rate and the reply rate by verdict look this far back. */
const TREND_WEEKS = 4;
const VERDICT_WEEKS = 12;
const HOME_LIST_LIMIT = 10;
const NAMES_TTL_MS = 60 * 60 * 1000;

export interface DigestServiceOptions extends ServiceOptions {
  queue: DigestQueue | null;
  defaultTimezone: string;
}

export type SubscribeResult =
  | { ok: true; subscription: DigestSubscription; changed: boolean }
  | { ok: false; reason: 'not_in_channel' };

export type PostResult =
  | 'posted'
  | 'already_posted'
  | 'unsubscribed'
  | 'uninstalled'
  | 'not_in_channel'
  | 'unconfirmed';

/** What the App Home shows a rep. */
export interface HomeData {
  stats: RepStats;
  due: Array<{ outreachId: string; prospectName: string; channel: Outreach['channel']; dueAt: Date; step: number }>;
  dueTotal: number;
  open: Array<{ id: string; prospectName: string; channel: Outreach['channel']; status: string; sentAt: Date | null }>;
  openTotal: number;
  timezone: string;
}

/**
 * The weekly digest (numbers for a team channel), a rep's own stats and the App Home. The numbers
 * are read for the weeks that matter only, so their cost follows the week, not the history.
 */
export class DigestService extends PooledService<DigestServiceOptions> {
  /** The team's zone (from `/outreach settings`), else the deployment's default. */
  async teamTimezone(teamId: string): Promise<string> {
    const team = await getTeamSettings(this.pool, teamId);
    return [team.timezone, this.options.defaultTimezone].find((z) => z && isValidTimeZone(z)) ?? 'UTC';
  }

  // ---- subscriptions ------------------------------------------------------------------------------

  /**
   * `/outreach digest here`: the channel gets the digest every week. A short note goes into the
   * channel first: it tells the channel what to expect, and Slack's answer tells us whether the bot
   * may post there at all (it needs to be invited to a channel before it can post in it).
   */
  async subscribe(
    teamId: string,
    channelId: string,
    userId: string,
    when: { day?: Weekday; time?: string; timezone?: string },
  ): Promise<SubscribeResult> {
    const subscription: DigestSubscription = {
      teamId,
      channelId,
      createdBy: userId,
      weekday: when.day ?? DEFAULT_DIGEST_DAY,
      postTime: when.time ?? DEFAULT_DIGEST_TIME,
      timezone: when.timezone ?? (await this.teamTimezone(teamId)),
    };
    const existing = await dstore.getSubscription(this.pool, teamId, channelId);
    const same =
      existing &&
      existing.weekday === subscription.weekday &&
      existing.postTime === subscription.postTime &&
      existing.timezone === subscription.timezone;
    if (!same) {
      try {
        await this.slack().postMessage(channelId, {
          text: `This channel now gets Purposeful's weekly digest: ${describeSchedule(subscription)}.`,
          blocks: [
            {
              type: 'section',
              text: {
                type: 'mrkdwn',
                text: `:bar_chart: This channel now gets Purposeful's weekly digest, ${describeSchedule(subscription)}: outreach sent, response rate, follow-up discipline and message quality. Numbers only, never prospects or messages.`,
              },
            },
          ],
        });
      } catch (err) {
        if (err instanceof NotInChannelError) return { ok: false, reason: 'not_in_channel' };
        throw err;
      }
    }
    await dstore.saveSubscription(this.pool, subscription);
    // Upserting an unchanged scheduler would replace a run that is due but not yet started with next
    // week's (BullMQ computes the next run from now): only touch it when it is missing or different.
    await this.options.queue?.ensure(subscription);
    return { ok: true, subscription, changed: !same };
  }

  /**
   * Who may change or stop a channel's digest: the person who set it up, or a workspace admin.
   * Anyone else gets the owner's id back, to be told whom to ask. A channel without a digest is
   * anyone's to set up. The admin check is every service's (PooledService.isAdmin): when Slack does
   * not answer it throws AdminUnknownError, and the person is told that, once.
   */
  async mayChange(
    teamId: string,
    channelId: string,
    userId: string,
  ): Promise<{ ok: true } | { ok: false; owner: string }> {
    const existing = await dstore.getSubscription(this.pool, teamId, channelId);
    if (!existing || existing.createdBy === userId) return { ok: true };
    if (await this.isAdmin(userId)) return { ok: true };
    return { ok: false, owner: existing.createdBy };
  }

  /** `/outreach digest off`. */
  async unsubscribe(teamId: string, channelId: string): Promise<boolean> {
    const removed = await dstore.deleteSubscription(this.pool, teamId, channelId);
    await this.options.queue?.remove(teamId, channelId);
    return removed;
  }

  /**
   * Re-creates the job scheduler of every subscription that Redis lost (or that changed) and removes
   * schedulers whose subscription is gone. Several workers may run this at once.
   */
  async reconcile(): Promise<{ upserted: number; removed: number }> {
    const queue = this.options.queue;
    if (!queue) return { upserted: 0, removed: 0 };
    const subscriptions = await dstore.allSubscriptions(this.pool);
    let upserted = 0;
    for (const s of subscriptions) if (await queue.ensure(s)) upserted++;
    const wanted = new Set(subscriptions.map((s) => digestSchedulerId(s.teamId, s.channelId)));
    let removed = 0;
    for (const id of await queue.schedulerIds()) {
      if (wanted.has(id)) continue;
      await queue.queue.removeJobScheduler(id);
      removed++;
    }
    return { upserted, removed };
  }

  // ---- the digest -----------------------------------------------------------------------------------

  /** The digest of one week, computed now. */
  async weekDigest(teamId: string, week: Week, timezone: string, now: Date = this.clock()): Promise<Digest> {
    const scope: StatsScope = { teamId };
    const weeks = weeksEndingWith(week, TREND_WEEKS, timezone);
    const verdictSpan: Span = { start: weeksEndingWith(week, VERDICT_WEEKS, timezone)[0]!.start, end: week.end };
    const team = await getTeamSettings(this.pool, teamId);
    const [counts, reps, followUps, boilerplate, byVerdict, findings, notChecked, names] = await Promise.all([
      dstore.countsBySpan(this.pool, scope, weeks),
      dstore.countsByRep(this.pool, teamId, week),
      dstore.followUpsDue(this.pool, scope, week),
      dstore.boilerplateCount(this.pool, scope, week),
      dstore.countsByVerdict(this.pool, scope, verdictSpan),
      dstore.findingCounts(this.pool, scope, week),
      dstore.notCheckedByLang(this.pool, scope, week),
      team.showRepNames ? this.repNames() : Promise.resolve(new Map<string, string>()),
    ]);
    const thisWeek = counts.at(-1)!;
    return buildDigest({
      week,
      timezone,
      now,
      weeks: counts.map((c) => ({ sent: c.sent, replied: c.replied })),
      reps: reps.map((r) => ({ ...r, name: names.get(r.repId) ?? null })),
      followUps,
      calendar: team,
      quality: { scored: thisWeek.scored, scoreSum: thisWeek.scoreSum, boilerplate },
      byVerdict,
      findings,
      notChecked,
      showRepNames: team.showRepNames,
    });
  }

  /** `/outreach digest preview`: this week so far, in the channel's digest zone (else the team's). */
  async preview(teamId: string, now: Date = this.clock(), channelId?: string): Promise<Digest> {
    const subscription = channelId ? await dstore.getSubscription(this.pool, teamId, channelId) : null;
    const timezone = subscription?.timezone ?? (await this.teamTimezone(teamId));
    return this.weekDigest(teamId, weekContaining(now, timezone), timezone, now);
  }

  /**
   * A scheduled run: posts the digest of the week up to yesterday (a Monday-morning digest covers
   * the week just ended) once per channel and week, whatever the queue does twice.
   */
  async postScheduled(
    job: { teamId: string; channelId: string },
    token: string,
    now: Date = this.clock(),
    /** The run's slot in the schedule: a run that starts late still covers the week its slot closes. */
    scheduledAt: Date = now,
  ): Promise<PostResult> {
    const subscription = await dstore.getSubscription(this.pool, job.teamId, job.channelId);
    if (!subscription) {
      await this.options.queue?.remove(job.teamId, job.channelId);
      return 'unsubscribed';
    }
    // A workspace that removed the app gets no digest; its subscription stays for its return.
    if (await isUninstalled(this.pool, job.teamId)) return 'uninstalled';
    const timezone = subscription.timezone;
    const at = scheduledAt.getTime() < now.getTime() ? scheduledAt : now;
    const week = weekContaining(DateTime.fromJSDate(at).setZone(timezone).minus({ days: 1 }).toJSDate(), timezone);
    const weekStart = DateTime.fromJSDate(week.start).setZone(timezone).toISODate()!;
    const claim = await dstore.claimWeek(this.pool, job.teamId, job.channelId, weekStart, token);
    if (!claim) return 'already_posted';
    const where = { teamId: job.teamId, channelId: job.channelId, weekStart };
    if (claim.attemptedAt) return this.unconfirmed(where, token, claim.attemptedAt);
    const digest = await this.weekDigest(job.teamId, week, timezone, now);
    // Before the post: a run that dies or times out after Slack got it leaves this behind, and the
    // next run for the week does not post it a second time.
    const attemptedAt = this.clock();
    await dstore.markWeekAttempted(this.pool, job.teamId, job.channelId, weekStart, token, attemptedAt);
    let posted: { ts: string };
    try {
      // Not retried by the client: a retry after a timeout is how one digest became two.
      posted = await this.slack().postMessage(job.channelId, digestMessage(digest, {}), { once: true });
    } catch (err) {
      if (err instanceof PostUnconfirmedError) return this.unconfirmed(where, token, attemptedAt, err);
      // Slack answered, so it did not post: the job's retry may.
      await dstore.markWeekAttempted(this.pool, job.teamId, job.channelId, weekStart, token, null);
      if (err instanceof NotInChannelError) {
        await dstore.releaseWeek(this.pool, job.teamId, job.channelId, weekStart, token);
        this.options.logger.warn(
          { teamId: job.teamId, channelId: job.channelId, error: err.slackError },
          'digest not posted: the bot cannot post in the channel',
        );
        await this.tellSubscriber(subscription, err.slackError);
        return 'not_in_channel';
      }
      throw err; // a rate limit or an outage: the job retries and, holding the same token, takes its claim over
    }
    await dstore.markWeekPosted(this.pool, job.teamId, job.channelId, weekStart, posted.ts, this.clock());
    return 'posted';
  }

  /**
   * A post Slack may have made without saying so (no answer to it, or a run that died while it was
   * out): the week is closed as unconfirmed rather than posted again, and an operator is told. The
   * channel can read the week with `/outreach digest preview`.
   */
  private async unconfirmed(
    where: { teamId: string; channelId: string; weekStart: string },
    token: string,
    attemptedAt: Date,
    err?: unknown,
  ): Promise<PostResult> {
    await dstore.markWeekUnconfirmed(this.pool, where.teamId, where.channelId, where.weekStart, token);
    this.options.logger.warn(
      { ...where, attemptedAt, ...(err ? { err } : {}) },
      'Slack did not confirm the weekly digest post; it may be in the channel, so it is not posted again',
    );
    return 'unconfirmed';
  }

  /**
   * The person who subscribed hears why the digest did not arrive. A channel that is gone (archived,
   * deleted) loses its subscription; one the bot was removed from keeps it, to be invited back.
   */
  private async tellSubscriber(s: DigestSubscription, slackError: string): Promise<void> {
    const gone = slackError === 'is_archived' || slackError === 'channel_not_found';
    if (gone) await this.unsubscribe(s.teamId, s.channelId);
    const text = gone
      ? `I couldn't post this week's outreach digest in <#${s.channelId}>: the channel is archived or gone, so I stopped the digest there. Run \`/outreach digest here\` in another channel to get it again.`
      : `I couldn't post this week's outreach digest in <#${s.channelId}>: I'm not in that channel any more. Invite me back (\`/invite @Purposeful\`) and it will arrive next week, or run \`/outreach digest off\` there.`;
    try {
      await this.slack().postMessage(s.createdBy, {
        text,
        blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }],
      });
    } catch (err) {
      this.options.logger.warn({ err }, 'could not tell the subscriber about a digest that was not posted');
    }
  }

  // ---- the rep's own numbers -----------------------------------------------------------------------

  async repStats(rep: RepKey, now: Date = this.clock(), zone?: string): Promise<RepStats> {
    const timezone = zone ?? (await this.repTimezone(rep));
    const week = weekContaining(now, timezone);
    const scope: StatsScope = { teamId: rep.teamId, repId: rep.repId };
    const weeks = weeksEndingWith(week, TREND_WEEKS, timezone);
    const verdictSpan: Span = { start: weeksEndingWith(week, VERDICT_WEEKS, timezone)[0]!.start, end: week.end };
    const [team, counts, byVerdict, followUps, notChecked] = await Promise.all([
      getTeamSettings(this.pool, rep.teamId),
      dstore.countsBySpan(this.pool, scope, weeks),
      dstore.countsByVerdict(this.pool, scope, verdictSpan),
      dstore.followUpsDue(this.pool, scope, week),
      dstore.notCheckedByLang(this.pool, scope, week),
    ]);
    return buildRepStats({
      week,
      timezone,
      now,
      weeks: counts.map((c) => ({ sent: c.sent, replied: c.replied })),
      qualityByWeek: counts.map((c) => ({ scored: c.scored, scoreSum: c.scoreSum })),
      byVerdict,
      followUps,
      calendar: team,
      notChecked,
    });
  }

  /** The App Home: follow-ups due, open outreach, this week's numbers. */
  async home(rep: RepKey, now: Date = this.clock()): Promise<HomeData> {
    const timezone = await this.repTimezone(rep);
    const [stats, due, open] = await Promise.all([
      this.repStats(rep, now, timezone),
      dstore.repFollowUps(this.pool, rep.teamId, rep.repId, HOME_LIST_LIMIT),
      ostore.listOpenOutreach(this.pool, rep.teamId, rep.repId, HOME_LIST_LIMIT),
    ]);
    return {
      stats,
      timezone,
      due: due.items,
      dueTotal: due.total,
      open: open.items.map((o) => ({
        id: o.id,
        prospectName: o.prospectName,
        channel: o.channel,
        status: o.status,
        sentAt: o.sentAt,
      })),
      openTotal: open.total,
    };
  }

  private async repTimezone(rep: RepKey): Promise<string> {
    const profile = await getRepProfile(this.pool, rep.teamId, rep.repId);
    if (profile?.timezone && isValidTimeZone(profile.timezone)) return profile.timezone;
    return this.teamTimezone(rep.teamId);
  }

  /**
   * Names for the per-rep table; without them the table shows no names rather than failing. Kept for
   * an hour: users.list is rate-limited (Tier 2), and many channels' digests run at the same minute.
   */
  private names: { at: number; names: Promise<Map<string, string>> } | null = null;
  private async repNames(): Promise<Map<string, string>> {
    if (!this.options.slack) return new Map();
    const slack = this.options.slack;
    if (!this.names || Date.now() - this.names.at > NAMES_TTL_MS) {
      const names = slack.userNames();
      this.names = { at: Date.now(), names };
      names.catch(() => {
        this.names = null;
      });
    }
    try {
      return await this.names.names;
    } catch (err) {
      this.options.logger.warn({ err }, 'could not read names from Slack; the digest shows reps without names');
      return new Map();
    }
  }

  private slack(): SlackMessenger {
    if (!this.options.slack) throw new Error('no Slack client for digests');
    return this.options.slack;
  }
}

const DAYS = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** "every Monday at 09:00 (Europe/Berlin)". */
export function describeSchedule(s: { weekday: number; postTime: string; timezone: string }): string {
  return `every ${DAYS[s.weekday]} at ${s.postTime} (${s.timezone})`;
}
