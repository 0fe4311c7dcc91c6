import { Client } from 'pg';
import { workerPool } from '../../src/main';
import { withTimeout } from '../../src/timeout';
import { startTestApp, type TestApp } from '../support/app';
import { silentLogger, testTeamId } from '../support/db';
import { seedDueFollowUps } from '../support/due-followups';

/**
 * The worker's pool, as main.ts makes it, with its statement timeout shortened: a job behind a lock
 * that someone holds (a long transaction, a migration altering the table) fails with that cause within
 * seconds and is retried with backoff, instead of waiting as long as the lock does while BullMQ renews
 * its own lock on the job, so that it neither fails nor retries.
 */
describe("the worker's Postgres timeouts", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({
      workerPool: (db, watch) =>
        workerPool({ databaseUrl: db.url, workerStatementTimeoutMs: 2000 }, silentLogger, watch),
    });
  });
  afterAll(async () => {
    await app.close();
  });

  it('a reminder behind a held lock fails within seconds, saying so, and its retry sends it once the lock is gone', async () => {
    const team = testTeamId();
    const [reminder] = await seedDueFollowUps(app.db.pool(), team, 1, new Date(Date.now() - 60_000));
    const holder = new Client({ connectionString: app.db.url });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT 1 FROM followups WHERE id = $1 FOR UPDATE', [reminder!.followUpId]);

      const running = await app.startWorker();
      const failed = new Promise<{ err: Error; at: number }>((resolve) =>
        running.worker.once('failed', (_job, err) => resolve({ err, at: Date.now() })),
      );
      const started = Date.now();
      await app.queue.schedule([reminder!]);
      const { err, at } = await withTimeout(failed, 15_000);
      // The lock timeout is half the statement timeout here: 1 s, plus a job's start.
      expect(at - started).toBeLessThan(5000);
      expect(err.message).toMatch(/lock timeout/);
      expect(app.slack.callsTo('chat.postMessage')).toHaveLength(0);
      const { rows } = await app.db
        .pool()
        .query('SELECT status, claim_token FROM followups WHERE id = $1', [reminder!.followUpId]);
      expect(rows).toEqual([{ status: 'pending', claim_token: null }]);

      await holder.query('COMMIT');
      // BullMQ retries after the job's backoff (5 s): the reminder goes out, once, and is recorded.
      await app.slack.waitFor('chat.postMessage', 1, 20_000);
      const deadline = Date.now() + 5000;
      let status = '';
      while (status !== 'reminded' && Date.now() < deadline) {
        status = (await app.db.pool().query('SELECT status FROM followups WHERE id = $1', [reminder!.followUpId]))
          .rows[0].status;
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(status).toBe('reminded');
      expect(app.slack.callsTo('chat.postMessage')).toHaveLength(1);
    } finally {
      await holder.query('ROLLBACK').catch(() => undefined);
      await holder.end();
      await app.stopWorkers();
    }
  }, 45_000);

  it('sets a statement timeout, a lock timeout and a connection timeout on every worker connection', async () => {
    const pool = workerPool({ databaseUrl: app.db.url }, silentLogger);
    try {
      const setting = async (name: string) => (await pool.query(`SHOW ${name}`)).rows[0][name];
      expect(await setting('statement_timeout')).toBe('1min');
      expect(await setting('lock_timeout')).toBe('10s');
      expect(
        (pool as unknown as { options: { connectionTimeoutMillis: number } }).options.connectionTimeoutMillis,
      ).toBe(2000);
    } finally {
      await pool.end();
    }
  });
});
