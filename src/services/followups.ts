import { DateTime } from 'luxon';
import type { Pool, PoolClient } from 'pg';
import { composeFollowUp } from '../domain/follow-up-draft';
import { checkPurpose, type PurposeCheckResult } from '../domain/purpose-check';
import { isValidTimeZone } from '../domain/time-zone';
import { nextFollowUp, snoozeUntil, spreadAfterAway, type RepCalendar, type SnoozeOption } from '../domain/cadence';
import { RepeatedLines, unavailableDependency } from '../outages';
import type { FollowUpQueue, PlannedReminder, ReminderJobData } from '../queue/followups';
import { isUninstalled } from '../store/erasure';
import { recordEvent } from '../store/events';
import * as fstore from '../store/followups';
import type { DueFollowUp, FollowUp } from '../store/followups';
import * as ostore from '../store/outreach';
import type { Outcome, Outreach } from '../store/outreach';
import { withTransaction } from '../store/pool';
import { getRepProfile, rememberTimezone, setAwayUntil } from '../store/rep-profiles';
import { getTeamSettings } from '../store/team-settings';
import { reminderMessage } from '../views/reminder';
import type { ActionResult, RepKey } from './types';
import { PooledService, type ServiceOptions } from './service';
import { NotInChannelError, RateLimitedError, type SlackMessenger } from './slack-port';

/** Slack profiles change rarely; asking once a week keeps reminders in the rep's zone without a call each time. */
const TIMEZONE_TTL_MS = 7 * 24 * 3600 * 1000;
/** Message metadata on every reminder DM; its payload names the follow-ups (`followup_ids`, comma-separated). */
export const REMINDER_EVENT = 'purposeful_reminder';
/** A claim older than this was left by a worker that died: give it back. */
export const STALE_CLAIM_MS = 10 * 60 * 1000;

export type ReplyOutcome = Exclude<Outcome, 'no_reply'>;

/**
 * A reminder job's result: how many follow-ups it reminded of, how many of those an earlier run had
 * posted, whether Slack could not be asked, and whether Slack refused the DM for good.
 */
export interface ReminderOutcome {
  reminded: number;
  foundPosted?: number;
  unverified?: boolean;
  /** Slack's error when it refused the rep's DM for good; the follow-ups it carried were closed. */
  refused?: string;
}

export interface FollowUpServiceOptions extends ServiceOptions {
  queue: FollowUpQueue | null;
  defaultTimezone: string;
}

/**
 * Follow-up tracking: plans reminders after every touch, sends them (claimed in Postgres first, so
 * once), and records what the rep did about them. Postgres holds the plan; the queue only wakes us.
 */
export class FollowUpService extends PooledService<FollowUpServiceOptions> {
  /**
   * Slack or Redis down makes these fail for every rep who logs a message: said once a minute with a
   * count, not once per request (the request itself succeeds).
   */
  private readonly warnings: RepeatedLines;

  constructor(pool: Pool, options: FollowUpServiceOptions) {
    super(pool, options);
    this.warnings = new RepeatedLines(options.logger);
  }

  // ---- the rep's calendar -------------------------------------------------------------------------

  /** Team settings, the rep's zone (from Slack, cached) and any away period. */
  async calendar(rep: RepKey, refreshTimezone = false): Promise<RepCalendar> {
    const [team, profile] = await Promise.all([
      getTeamSettings(this.pool, rep.teamId),
      getRepProfile(this.pool, rep.teamId, rep.repId),
    ]);
    let timezone = profile?.timezone ?? null;
    const stale =
      !profile?.timezoneCheckedAt || this.clock().getTime() - profile.timezoneCheckedAt.getTime() > TIMEZONE_TTL_MS;
    if (refreshTimezone && stale && this.options.slack) {
      try {
        const fromSlack = await this.options.slack.userTimezone(rep.repId);
        if (fromSlack && isValidTimeZone(fromSlack)) {
          timezone = fromSlack;
          await rememberTimezone(this.pool, rep.teamId, rep.repId, fromSlack, this.clock());
        }
      } catch (err) {
        this.warnings.warn(
          'timezone',
          { err },
          'could not read the rep time zone from Slack; using the last known one',
        );
      }
    }
    const zone = [timezone, team.timezone, this.options.defaultTimezone].find((z) => z && isValidTimeZone(z)) ?? 'UTC';
    return { ...team, timezone: zone, awayUntil: profile?.awayUntil ?? null };
  }

  // ---- planning -----------------------------------------------------------------------------------

  /**
   * Plans follow-up number `step` after a touch at `touchAt`, inside the caller's transaction (so an
   * outreach is never marked sent without its plan). Returns what the queue must be told after commit.
   */
  async planInTransaction(
    db: PoolClient,
    rep: RepKey,
    outreachId: string,
    touchAt: Date,
    step: number,
    cal: RepCalendar,
  ): Promise<{ schedule: PlannedReminder[]; unschedule: FollowUp[] }> {
    const due = nextFollowUp(DateTime.fromJSDate(touchAt), step, cal);
    if (!due) return { schedule: [], unschedule: await fstore.cancelOpen(db, rep.teamId, outreachId) };
    let dueAt = due;
    if (cal.awayUntil) {
      // Land among the rep's other follow-ups on the days back, not on top of them.
      const others = (await fstore.openFollowUps(db, rep.teamId, rep.repId)).filter((f) => f.outreachId !== outreachId);
      const spread = spreadAfterAway(
        [...others.map((f) => ({ id: f.id, dueAt: DateTime.fromJSDate(f.dueAt) })), { id: 'new', dueAt: due }],
        cal,
      );
      dueAt = spread.find((s) => s.id === 'new')!.dueAt;
    }
    const { planned, cancelled } = await fstore.planFollowUp(db, { ...rep, outreachId, step, dueAt: dueAt.toJSDate() });
    return { schedule: [{ ...rep, followUpId: planned.id, dueAt: planned.dueAt }], unschedule: cancelled };
  }

  /** Tells the queue, after commit. A Redis outage loses nothing: the reconciler adds the jobs later. */
  async applyToQueue(change: { schedule: PlannedReminder[]; unschedule: FollowUp[] }): Promise<void> {
    const queue = this.options.queue;
    if (!queue) return;
    try {
      await queue.unschedule(change.unschedule.map((f) => ({ followUpId: f.id, dueAt: f.dueAt })));
    } catch (err) {
      this.warnings.warn('unschedule', { err }, 'could not remove a follow-up job; the reconciler will');
    }
    try {
      await queue.schedule(change.schedule, this.clock().getTime());
    } catch (err) {
      this.warnings.warn('schedule', { err }, 'could not schedule a follow-up job; the reconciler will');
    }
  }

  // ---- what the rep does --------------------------------------------------------------------------

  private async ownedSent(rep: RepKey, outreachId: string): Promise<ActionResult<Outreach>> {
    const outreach = await ostore.getOutreach(this.pool, rep.teamId, outreachId);
    if (!outreach) return { ok: false, reason: 'not_found' };
    if (outreach.repId !== rep.repId) return { ok: false, reason: 'not_yours' };
    if (outreach.status !== 'sent') return { ok: false, reason: 'already_done', outreach };
    return { ok: true, value: outreach };
  }

  /** "They replied" (and how): no more reminders for this outreach. */
  async recordReply(rep: RepKey, outreachId: string, outcome: ReplyOutcome): Promise<ActionResult<Outreach>> {
    return this.finish(rep, outreachId, 'replied', outcome);
  }

  /** "Close": no reply, stop reminding. */
  async close(rep: RepKey, outreachId: string): Promise<ActionResult<Outreach>> {
    return this.finish(rep, outreachId, 'closed', 'no_reply');
  }

  private async finish(
    rep: RepKey,
    outreachId: string,
    kind: 'replied' | 'closed',
    outcome: Outcome,
  ): Promise<ActionResult<Outreach>> {
    const owned = await this.ownedSent(rep, outreachId);
    if (!owned.ok) return owned;
    const now = this.clock();
    const result = await withTransaction(this.pool, async (db) => {
      // The UPDATE takes the outreach row's lock first, as the worker recording a reminder does.
      const { rows } = await db.query(
        `UPDATE outreach SET status = $4, outcome = $5, ${kind === 'replied' ? 'replied_at' : 'closed_at'} = $6, updated_at = now()
         WHERE team_id = $1 AND rep_id = $2 AND id = $3 AND status = 'sent' RETURNING id`,
        [rep.teamId, rep.repId, outreachId, kind, outcome, now],
      );
      if (rows.length === 0) return null;
      await recordEvent(db, { ...rep, outreachId, kind, idempotencyKey: `${kind}:${outreachId}`, detail: { outcome } });
      await fstore.markActed(db, rep.teamId, outreachId, now);
      return fstore.cancelOpen(db, rep.teamId, outreachId);
    });
    if (!result) return { ok: false, reason: 'already_done', outreach: owned.value };
    await this.applyToQueue({ schedule: [], unschedule: result });
    return { ok: true, value: { ...owned.value, status: kind, outcome } };
  }

  /** "Snooze": the reminder comes back later, at reminder time in the rep's day. */
  async snooze(
    rep: RepKey,
    followUpId: string,
    option: SnoozeOption,
  ): Promise<ActionResult<{ outreach: Outreach; until: Date }>> {
    const followUp = await fstore.getFollowUp(this.pool, rep.teamId, followUpId);
    if (!followUp) return { ok: false, reason: 'not_found' };
    if (followUp.repId !== rep.repId) return { ok: false, reason: 'not_yours' };
    // 'sending': the worker posted the reminder and is about to record it; the rep sees it already.
    if (!['reminded', 'sending', 'pending'].includes(followUp.status)) return { ok: false, reason: 'already_done' };
    const owned = await this.ownedSent(rep, followUp.outreachId);
    if (!owned.ok) return owned;
    const cal = await this.calendar(rep);
    const until = snoozeUntil(DateTime.fromJSDate(this.clock()), option, cal).toJSDate();
    const change = await withTransaction(this.pool, async (db) => {
      if (!(await ostore.lockAwaiting(db, rep.teamId, [followUp.outreachId])).has(followUp.outreachId)) return null;
      const { rows } = await db.query(
        `UPDATE followups SET status = CASE WHEN status = 'pending' THEN 'cancelled' ELSE 'done' END, acted_at = $3, updated_at = now()
         WHERE team_id = $1 AND id = $2 AND status IN ('reminded', 'sending', 'pending') RETURNING id`,
        [rep.teamId, followUpId, this.clock()],
      );
      if (rows.length === 0) return null;
      await recordEvent(db, {
        ...rep,
        outreachId: followUp.outreachId,
        kind: 'snoozed',
        idempotencyKey: `snoozed:${followUpId}`,
        detail: { option, until },
      });
      const { planned, cancelled } = await fstore.planFollowUp(db, {
        ...rep,
        outreachId: followUp.outreachId,
        step: followUp.step,
        dueAt: until,
      });
      return {
        schedule: [{ ...rep, followUpId: planned.id, dueAt: planned.dueAt }],
        unschedule: [...cancelled, ...(followUp.status === 'pending' ? [followUp] : [])],
      };
    });
    if (!change) return { ok: false, reason: 'already_done' };
    await this.applyToQueue(change);
    return { ok: true, value: { outreach: owned.value, until } };
  }

  /** The rep's own outreach that still awaits a reply (for the buttons on a reminder). */
  async awaiting(rep: RepKey, outreachId: string): Promise<ActionResult<Outreach>> {
    return this.ownedSent(rep, outreachId);
  }

  /** "Draft follow-up": something new and one ask, composed and checked; kept for "Mark as sent". */
  async draftFollowUp(
    rep: RepKey,
    outreachId: string,
    answers: { whatsNew: string; ask: string },
  ): Promise<ActionResult<{ outreach: Outreach; draft: string; check: PurposeCheckResult }>> {
    const owned = await this.ownedSent(rep, outreachId);
    if (!owned.ok) return owned;
    const o = owned.value;
    // Who the rep is and why this prospect, from the first message, so the follow-up can say them again
    // in a line; a logged outreach has no answers, but the rep's remembered "who I am" still fits.
    const whoIAm = o.whoIAm ?? (await getRepProfile(this.pool, rep.teamId, rep.repId))?.whoIAm ?? null;
    const draft = composeFollowUp({
      channel: o.channel,
      prospectName: o.prospectName,
      whoIAm,
      whyYou: o.whyYou,
      ...answers,
    });
    const check = checkPurpose({
      text: draft,
      channel: o.channel,
      prospect: { name: o.prospectName, company: o.prospectCompany ?? undefined, role: o.prospectRole ?? undefined },
    });
    // Still awaiting a reply as it is written: a close or an erase in between keeps it from coming back.
    const { rowCount } = await this.pool.query(
      `UPDATE outreach SET followup_draft = $4, updated_at = now() WHERE team_id = $1 AND rep_id = $2 AND id = $3 AND status = 'sent' AND erased_at IS NULL`,
      [rep.teamId, rep.repId, outreachId, draft],
    );
    if (!rowCount) return { ok: false, reason: 'already_done', outreach: o };
    return { ok: true, value: { outreach: o, draft, check } };
  }

  async followUpDraft(rep: RepKey, outreachId: string): Promise<ActionResult<{ outreach: Outreach; draft: string }>> {
    const owned = await this.ownedSent(rep, outreachId);
    if (!owned.ok) return owned;
    const { rows } = await this.pool.query('SELECT followup_draft FROM outreach WHERE team_id = $1 AND id = $2', [
      rep.teamId,
      outreachId,
    ]);
    return { ok: true, value: { outreach: owned.value, draft: rows[0]?.followup_draft ?? '' } };
  }

  /** A follow-up message was sent: a touch, so the plan moves on from now. */
  async followUpSent(
    rep: RepKey,
    outreachId: string,
    text: string,
    sourceKey: string,
  ): Promise<ActionResult<{ outreach: Outreach; next: Date | null; check: PurposeCheckResult }>> {
    const owned = await this.ownedSent(rep, outreachId);
    if (!owned.ok) return owned;
    const o = owned.value;
    const check = checkPurpose({
      text,
      channel: o.channel,
      prospect: { name: o.prospectName, company: o.prospectCompany ?? undefined },
    });
    const score = check.score;
    const cal = await this.calendar(rep, true);
    const now = this.clock();
    const change = await withTransaction(this.pool, async (db) => {
      if (!(await ostore.lockAwaiting(db, rep.teamId, [outreachId])).has(outreachId)) return null;
      const fresh = await recordEvent(db, {
        ...rep,
        outreachId,
        kind: 'followed_up',
        idempotencyKey: `followed_up:${sourceKey}`,
        detail: { text, score },
      });
      if (!fresh) return null;
      await fstore.markActed(db, rep.teamId, outreachId, now);
      const { rows } = await db.query(
        `SELECT count(*)::int AS n FROM outreach_events WHERE team_id = $1 AND outreach_id = $2 AND kind = 'followed_up'`,
        [rep.teamId, outreachId],
      );
      await db.query('UPDATE outreach SET updated_at = now() WHERE team_id = $1 AND id = $2', [rep.teamId, outreachId]);
      return this.planInTransaction(db, rep, outreachId, now, rows[0].n + 1, cal);
    });
    if (!change) return { ok: false, reason: 'already_done', outreach: owned.value };
    await this.applyToQueue(change);
    return { ok: true, value: { outreach: owned.value, next: change.schedule[0]?.dueAt ?? null, check } };
  }

  /**
   * `/outreach away until <date>`: no reminders while away; the ones due meanwhile are spread over
   * the first days back. `null` ends the away period (what is planned stays where it is).
   */
  async setAway(rep: RepKey, until: string | null): Promise<{ moved: number; firstDayBack: Date | null }> {
    await setAwayUntil(this.pool, rep.teamId, rep.repId, until);
    if (!until) return { moved: 0, firstDayBack: null };
    const cal = await this.calendar(rep);
    const change = await withTransaction(this.pool, async (db) => {
      const open = await fstore.openFollowUps(db, rep.teamId, rep.repId);
      const spread = spreadAfterAway(
        open.map((f) => ({ f, dueAt: DateTime.fromJSDate(f.dueAt) })),
        cal,
      );
      const schedule: PlannedReminder[] = [];
      const unschedule: FollowUp[] = [];
      for (const item of spread) {
        const dueAt = item.dueAt.toJSDate();
        if (dueAt.getTime() === item.f.dueAt.getTime()) continue;
        const moved = await fstore.moveDue(db, rep.teamId, item.f.id, dueAt);
        if (!moved) continue;
        unschedule.push(item.f);
        schedule.push({ ...rep, followUpId: moved.id, dueAt: moved.dueAt });
      }
      return { schedule, unschedule };
    });
    await this.applyToQueue(change);
    const back = DateTime.fromISO(until, { zone: cal.timezone });
    return { moved: change.schedule.length, firstDayBack: back.isValid ? back.toJSDate() : null };
  }

  /** Outreach of this rep awaiting a reply whose prospect matches the name (for `replied <prospect>`). */
  async awaitingByProspect(rep: RepKey, name: string): Promise<Outreach[]> {
    // An empty name would match every outreach the rep has open.
    if (name.trim() === '') return [];
    return ostore.findAwaitingByProspect(this.pool, rep.teamId, rep.repId, name, 10);
  }

  // ---- the worker's side --------------------------------------------------------------------------

  /**
   * Sends one reminder DM with every follow-up of the rep that is due, claimed in Postgres first so
   * that several workers, retries and promoted jobs send it once. A 429 keeps the claim (this job
   * retries after Retry-After and takes it over); any other error gives the claim back.
   */
  async remind(job: ReminderJobData, token: string): Promise<ReminderOutcome> {
    const slack = this.options.slack;
    if (!slack) throw new Error('no Slack client for reminders');
    const now = this.clock();
    const rep = { teamId: job.teamId, repId: job.repId };
    // A workspace that removed the app gets no reminder, even from a job that outlived the uninstall
    // (Redis down then, or the job already running). Its follow-ups stay pending for its return.
    if (await isUninstalled(this.pool, job.teamId)) return { reminded: 0 };
    // One statement, its own transaction (see claimDue).
    const claimed = await fstore.claimDue(this.pool, {
      ...rep,
      followUpId: job.followUpId,
      jobDueAt: new Date(job.dueAt),
      now,
      token,
    });
    if (claimed.length === 0) return { reminded: 0 };
    const live = claimed.filter((f) => f.outreachStatus === 'sent');
    await fstore.markCancelled(
      this.pool,
      rep.teamId,
      claimed.filter((f) => f.outreachStatus !== 'sent').map((f) => f.id),
    );
    if (live.length === 0) return { reminded: 0 };

    const cal = await this.calendar(rep);
    const { out, unverified } = await this.alreadyPosted(rep.repId, live);
    const toPost = live.filter((f) => !out.has(f.id));
    const deliveries = new Map<string, { channel: string; ts: string; ids: string[] }>();
    for (const [id, message] of out) {
      const key = `${message.channel}/${message.ts}`;
      deliveries.set(key, { ...message, ids: [...(deliveries.get(key)?.ids ?? []), id] });
    }
    if (toPost.length > 0) {
      let posted: { channel: string; ts: string };
      try {
        // `once`: not retried by the Web API client, which re-posted a DM whose answer was lost (a
        // timeout, a dropped connection). The job's retry asks Slack first instead (alreadyPosted).
        posted = await slack.postMessage(
          rep.repId,
          {
            ...reminderMessage(toPost, now),
            // What a later run reads back to tell whether this DM went out (see alreadyPosted).
            metadata: { eventType: REMINDER_EVENT, payload: { followup_ids: toPost.map((f) => f.id).join(',') } },
          },
          { once: true },
        );
      } catch (err) {
        if (err instanceof NotInChannelError) {
          // The rep's DM is gone for good (a deactivated account, a DM Slack will not open): retrying
          // would fail the same way for hours, and the reconciler would start it all again. What was
          // due is closed; the worker says so once.
          await fstore.markCancelled(
            this.pool,
            rep.teamId,
            toPost.map((f) => f.id),
          );
          return { reminded: 0, refused: err.slackError };
        }
        if (!(err instanceof RateLimitedError))
          await fstore.releaseClaim(
            this.pool,
            rep.teamId,
            toPost.map((f) => f.id),
            token,
          );
        throw err;
      }
      deliveries.set('new', { ...posted, ids: toPost.map((f) => f.id) });
    }
    // The DM is out: recording it must not fail on a connection that Postgres dropped a moment ago
    // (a failover, pg_terminate_backend), or this job's retry would send the rep the same DM again.
    const change = await retryWhilePostgresIsDown(() =>
      withTransaction(this.pool, async (db) => {
        // Taken before anything else, as every rep action does: a reply clicked meanwhile either
        // committed (then the outreach is no longer awaiting one and gets no next step) or waits for us.
        const awaiting = await ostore.lockAwaiting(db, rep.teamId, [...new Set(live.map((f) => f.outreachId))]);
        // A follow-up the rep already acted on (a snooze or a reply clicked the moment the DM showed)
        // keeps what the rep chose: only the ones still ours move on to the next step.
        const reminded = new Set<string>();
        for (const d of deliveries.values()) {
          const at = { at: now, channel: d.channel, ts: d.ts };
          for (const id of await fstore.markReminded(db, rep.teamId, d.ids, token, at)) reminded.add(id);
        }
        const schedule: PlannedReminder[] = [];
        const unschedule: FollowUp[] = [];
        for (const f of live) {
          await recordEvent(db, {
            ...rep,
            outreachId: f.outreachId,
            kind: 'reminded',
            idempotencyKey: `reminded:${f.id}`,
            detail: { step: f.step },
          });
          if (!reminded.has(f.id) || !awaiting.has(f.outreachId)) continue;
          // An unanswered reminder still moves on to the next one in the cadence, from this morning.
          const next = await this.planInTransaction(db, rep, f.outreachId, now, f.step + 1, cal);
          schedule.push(...next.schedule);
          unschedule.push(...next.unschedule);
        }
        return { schedule, unschedule };
      }),
    );
    await this.applyToQueue(change);
    return {
      reminded: live.length,
      ...(out.size > 0 ? { foundPosted: out.size } : {}),
      ...(unverified ? { unverified: true } : {}),
    };
  }

  /**
   * Which of these follow-ups an earlier run already reminded the rep of: that run claimed them, may
   * have posted, and died (or failed) before recording it. Slack is asked (the app's DM with the rep,
   * since the first claim), so a crash between posting and recording does not send the DM twice. If
   * Slack cannot answer, the reminder is posted anyway (at least once beats never) and counted.
   */
  private async alreadyPosted(
    repId: string,
    live: DueFollowUp[],
  ): Promise<{ out: Map<string, { channel: string; ts: string }>; unverified: boolean }> {
    const out = new Map<string, { channel: string; ts: string }>();
    const earlier = live.filter((f) => f.claimedBefore !== null);
    if (earlier.length === 0) return { out, unverified: false };
    // Slack's clock and ours may differ by a little; a minute more only reads a few more messages.
    const since = new Date(Math.min(...earlier.map((f) => f.claimedBefore!.getTime())) - 60_000);
    try {
      const wanted = new Set(earlier.map((f) => f.id));
      for (const m of await this.options.slack!.postedToUser(repId, REMINDER_EVENT, since)) {
        for (const id of String(m.payload.followup_ids ?? '').split(',')) {
          if (wanted.has(id) && !out.has(id)) out.set(id, { channel: m.channel, ts: m.ts });
        }
      }
      return { out, unverified: false };
    } catch (err) {
      if (err instanceof RateLimitedError) throw err;
      // Counted and told (rate-limited) by the worker; if Slack is down the post fails next anyway.
      return { out, unverified: true };
    }
  }

  /**
   * Rebuilds what Redis lost: claims left by dead workers go back to pending, every pending
   * follow-up gets its job (adding an existing job id is a no-op), and delayed jobs whose follow-up
   * moved on are removed. Runs at worker start and every few minutes; safe on any number of workers.
   */
  async reconcile(): Promise<{ reset: number; restored: number; removed: number }> {
    const queue = this.options.queue;
    if (!queue) return { reset: 0, restored: 0, removed: 0 };
    const now = this.clock();
    const reset = await fstore.resetStaleClaims(this.pool, new Date(now.getTime() - STALE_CLAIM_MS));
    let restored = 0;
    let after = '0';
    for (;;) {
      const page = await fstore.pendingPage(this.pool, after, 1000);
      if (page.length === 0) break;
      after = page[page.length - 1]!.id;
      const missing = await queue.missing(page.map((f) => ({ followUpId: f.id, dueAt: f.dueAt })));
      const lost = page.filter((f) => missing.has(f.id));
      await queue.schedule(
        lost.map((f) => ({ teamId: f.teamId, repId: f.repId, followUpId: f.id, dueAt: f.dueAt })),
        now.getTime(),
      );
      restored += lost.length;
    }
    let removed = 0;
    for await (const jobs of queue.delayedPages(1000)) {
      const open = await fstore.stillPending(
        this.pool,
        jobs.map((j) => ({ teamId: j.data.teamId, id: j.data.followUpId })),
      );
      const gone = jobs.filter((j) => open.get(j.data.followUpId)?.getTime() !== j.data.dueAt);
      await queue.unschedule(gone.map((j) => ({ followUpId: j.data.followUpId, dueAt: new Date(j.data.dueAt) })));
      removed += gone.length;
    }
    if (reset + restored + removed > 0) this.options.logger.info({ reset, restored, removed }, 'follow-ups reconciled');
    return { reset, restored, removed };
  }
}

export type { DueFollowUp };

/** Recording a sent reminder tries again, on a fresh connection, for up to about 7 s of Postgres trouble. */
const RECORD_RETRY_DELAYS_MS = [250, 500, 1000, 2000, 3500];

async function retryWhilePostgresIsDown<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await work();
    } catch (err) {
      const delay = RECORD_RETRY_DELAYS_MS[attempt];
      if (delay === undefined || unavailableDependency(err) !== 'postgres') throw err;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
