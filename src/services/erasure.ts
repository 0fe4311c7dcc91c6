import type { Prospect } from '../domain/command';
import type { DigestQueue } from '../queue/digests';
import type { FollowUpQueue } from '../queue/followups';
import type { RecordsQueue } from '../queue/records';
import * as estore from '../store/erasure';
import type { ErasurePreview, ProspectMatch } from '../store/erasure';
import { withTransaction } from '../store/pool';
import { PooledService, type ServiceOptions } from './service';

export type { ErasurePreview } from '../store/erasure';

export type EraseResult =
  | { ok: true; outreach: number; followUps: number; jobsRemoved: number }
  | { ok: false; reason: 'not_admin' };

export interface ErasureOptions extends ServiceOptions {
  queue: FollowUpQueue | null;
  digestQueue: DigestQueue | null;
  recordsQueue: RecordsQueue | null;
  /** Days between an uninstall and the purge of the workspace's data (0: at once). */
  uninstallGraceDays: number;
}

/**
 * Erasing personal data: one prospect for a rep (`/outreach forget`), across the workspace for an
 * admin, and a whole workspace after the app is removed. All three go through one path: rows in a
 * transaction, then the queue's jobs, then an audit row without personal data.
 */
export class ErasureService extends PooledService<ErasureOptions> {
  private match(teamId: string, repId: string | null, prospect: Prospect): ProspectMatch {
    return { teamId, repId, name: prospect.name, url: prospect.url ?? null };
  }

  /** What `forget` would erase, for the confirm modal. */
  async preview(teamId: string, repId: string, prospect: Prospect): Promise<ErasurePreview> {
    const [mine, admin] = await Promise.all([
      estore.countProspect(this.pool, this.match(teamId, repId, prospect), repId),
      // Without Slack's answer the modal offers the rep's own outreach only; erasing workspace-wide checks again.
      this.isAdmin(repId, 'not_admin'),
    ]);
    const workspace = admin ? await estore.countProspect(this.pool, this.match(teamId, null, prospect), repId) : null;
    return { prospectName: prospect.name, mine, workspace };
  }

  /** Erases the prospect from the rep's outreach, or (an admin only) from everyone's in the workspace. */
  async forget(teamId: string, repId: string, prospect: Prospect, scope: 'rep' | 'workspace'): Promise<EraseResult> {
    if (scope === 'workspace' && !(await this.isAdmin(repId))) return { ok: false, reason: 'not_admin' };
    const now = this.clock();
    const erased = await withTransaction(this.pool, (db) =>
      estore.eraseProspect(db, this.match(teamId, scope === 'rep' ? repId : null, prospect), now),
    );
    let jobsRemoved = 0;
    if (this.options.queue && erased.followUpIds.length > 0) {
      const ids = new Set(erased.followUpIds);
      try {
        await this.options.queue.unschedule(erased.openFollowUps.map((f) => ({ followUpId: f.id, dueAt: f.dueAt })));
        // Older jobs of snoozed follow-ups carry the same follow-up ids under other due times.
        jobsRemoved =
          erased.openFollowUps.length +
          (await this.options.queue.removeWhere((d) => d.teamId === teamId && ids.has(d.followUpId)));
      } catch (err) {
        // The rows are gone (committed): the erase happened and is audited. A job left behind holds
        // ids only, finds no follow-up when it runs, and the follow-ups reconciler removes it.
        this.options.logger.warn(
          { err, teamId },
          'erased a prospect, but could not remove its queued reminders; the reconciler will',
        );
      }
    }
    await withTransaction(this.pool, (db) =>
      estore.recordErasure(db, {
        teamId,
        requestedBy: repId,
        scope,
        outreach: erased.outreach,
        followUps: erased.followUps,
        events: erased.events,
        jobsRemoved,
        at: now,
      }),
    );
    this.options.logger.info(
      { teamId, scope, outreach: erased.outreach, followUps: erased.followUps, jobsRemoved },
      'erased a prospect',
    );
    return { ok: true, outreach: erased.outreach, followUps: erased.followUps, jobsRemoved };
  }

  // ---- uninstall ---------------------------------------------------------------------------------

  /**
   * The app was removed from a workspace (app_uninstalled, or its bot token revoked). The fact is
   * recorded first (one row, idempotent); then its schedulers and reminders stop and its purge is
   * queued for the records worker, due at the end of the grace period (at once with 0 days). The
   * purge never runs here: a large workspace's outlasts the bot's statement timeout
   * (BOT_STATEMENT_TIMEOUT_MS); the worker gives it a longer one of its own (purgeTeam). Throws only if the uninstall could not
   * be recorded; with Redis down after that, the records reconciler finds the purge due on its next pass.
   */
  async uninstalled(teamId: string, reason: 'app_uninstalled' | 'tokens_revoked'): Promise<{ purgeAfter: Date }> {
    const now = this.clock();
    const purgeAt = new Date(now.getTime() + this.options.uninstallGraceDays * 86_400_000);
    const { purgeAfter } = await estore.recordUninstall(this.pool, teamId, reason, now, purgeAt);
    try {
      await this.stopJobs(teamId);
      await this.options.recordsQueue?.schedulePurge(teamId, purgeAfter, now.getTime());
    } catch (err) {
      this.options.logger.warn(
        { err, teamId },
        'recorded an uninstall, but could not stop its jobs or queue its purge; the records reconciler purges it when due',
      );
    }
    this.options.logger.info(
      { teamId, reason, purgeAfter },
      'workspace removed the app; its data is purged by the worker after the grace period',
    );
    return { purgeAfter };
  }

  /** A request from a workspace that had removed the app: it is back, and its data stays. */
  async seen(teamId: string): Promise<boolean> {
    const back = await estore.markReinstalled(this.pool, teamId, this.clock());
    if (back) {
      await this.options.recordsQueue?.cancelPurge(teamId);
      this.options.logger.info({ teamId }, 'workspace is back within the grace period; its data stays');
    }
    return back;
  }

  private async stopJobs(teamId: string): Promise<number> {
    let removed = 0;
    if (this.options.digestQueue) removed += await this.options.digestQueue.removeTeam(teamId);
    if (this.options.queue) removed += await this.options.queue.removeWhere((d) => d.teamId === teamId);
    return removed;
  }

  /** Purges a removed workspace, if it is still removed and its grace period is over. True when purged. */
  async purge(teamId: string): Promise<boolean> {
    const now = this.clock();
    const purged = await withTransaction(this.pool, async (db) => {
      if (!(await estore.claimPurge(db, teamId, now))) return null;
      const counts = await estore.purgeTeam(db, teamId);
      await estore.markPurged(db, teamId, now);
      return counts;
    });
    if (!purged) return false;
    // After the commit: a reminder scheduled in between finds no follow-up and does nothing; this
    // sweep removes it and anything the first stop missed. Redis down must not lose the audit: the
    // purge is committed and will not run again.
    const jobsRemoved = await this.stopJobs(teamId).catch((err) => {
      this.options.logger.warn(
        { err, teamId },
        'purged a workspace, but could not remove its queued jobs; the reconcilers will',
      );
      return 0;
    });
    await withTransaction(this.pool, (db) =>
      estore.recordErasure(db, {
        teamId,
        requestedBy: null,
        scope: 'team',
        outreach: purged.outreach,
        followUps: purged.followUps,
        events: purged.events,
        other: purged.other,
        jobsRemoved,
        at: now,
      }),
    );
    this.options.logger.info({ teamId, ...purged, jobsRemoved }, 'purged a workspace that removed the app');
    return true;
  }

  /** At worker start and every few minutes: overdue purges run, missing purge jobs come back. */
  async reconcile(): Promise<{ purged: number; scheduled: number }> {
    const now = this.clock();
    let purged = 0;
    let scheduled = 0;
    for (const u of await estore.pendingPurges(this.pool)) {
      if (u.purgeAfter.getTime() <= now.getTime()) {
        if (await this.purge(u.teamId)) purged++;
      } else if (this.options.recordsQueue && !(await this.options.recordsQueue.hasPurge(u.teamId))) {
        await this.options.recordsQueue.schedulePurge(u.teamId, u.purgeAfter, now.getTime());
        scheduled++;
      }
    }
    return { purged, scheduled };
  }
}
