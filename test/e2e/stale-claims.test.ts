import { STALE_CLAIM_MS } from '../../src/services/followups';
import { reminderJobId } from '../../src/queue/followups';
import { shareTestApp } from '../support/app';
import { testTeamId } from '../support/db';
import { seedDueFollowUps } from '../support/due-followups';

/**
 * A reminder claimed by a worker that died, with its job gone too (Redis lost it, or it ran out of
 * attempts): the reconciler gives the claim back once it is older than STALE_CLAIM_MS, and the job it
 * re-adds delivers the reminder, after asking Slack whether the dead worker had posted it. A younger
 * claim is left to the worker that may still hold it.
 */
describe('a claim left by a dead worker', () => {
  const app = shareTestApp();
  afterEach(async () => {
    await app.stopWorkers();
  });

  async function claimedBy(team: string, ageMs: number): Promise<{ id: string; repId: string; dueAt: Date }> {
    const dueAt = new Date(Date.now() - ageMs - 60_000);
    const [reminder] = await seedDueFollowUps(app.db.pool(), team, 1, dueAt);
    await app.db
      .pool()
      .query(
        `UPDATE followups SET status = 'sending', claim_token = 'dead-worker-job', claimed_at = $2 WHERE id = $1`,
        [reminder!.followUpId, new Date(Date.now() - ageMs)],
      );
    return { id: reminder!.followUpId, repId: reminder!.repId, dueAt };
  }

  const statusOf = async (id: string) =>
    (await app.db.pool().query('SELECT status, claim_token FROM followups WHERE id = $1', [id])).rows[0];

  it('is reclaimed after STALE_CLAIM_MS and its reminder goes out once; a younger one is left alone', async () => {
    const stale = await claimedBy(testTeamId(), STALE_CLAIM_MS + 60_000);
    const young = await claimedBy(testTeamId(), STALE_CLAIM_MS / 2);
    // No job for either in Redis: the dead worker's is gone too.
    expect(await app.queue.queue.getJob(reminderJobId(stale.id, stale.dueAt))).toBeUndefined();

    // The worker's reconciler runs at its start.
    await app.startWorker();
    await app.slack.waitFor('chat.postMessage', 1, 10_000);
    const deadline = Date.now() + 5000;
    while ((await statusOf(stale.id)).status !== 'reminded' && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    expect((await statusOf(stale.id)).status).toBe('reminded');
    // It asked Slack first whether the dead worker had posted it (it had not), then posted once.
    expect(app.slack.callsTo('conversations.history').length).toBeGreaterThanOrEqual(1);
    expect(app.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === stale.repId)).toHaveLength(1);
    expect(await statusOf(young.id)).toEqual({ status: 'sending', claim_token: 'dead-worker-job' });
    expect(app.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === young.repId)).toHaveLength(0);
  });
});
