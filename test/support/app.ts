import type { Redis } from 'ioredis';
import { startBot, type Bot } from '../../src/bot';
import type { Config } from '../../src/config';
import type { Logger } from '../../src/logger';
import { DependencyWatch } from '../../src/outages';
import type { Pool } from '../../src/store/pool';
import { Metrics } from '../../src/metrics';
import { producerConnection, ready, workerConnection } from '../../src/queue/connection';
import { DigestQueue } from '../../src/queue/digests';
import { FollowUpQueue } from '../../src/queue/followups';
import * as queueWorkers from '../../src/jobs/workers';
import { RecordsQueue } from '../../src/queue/records';
import { queueDashboardRoutes, type DashboardCredentials } from '../../src/admin-queues';
import { createServices, type Services } from '../../src/services';
import { WebApiMessenger } from '../../src/slack/messenger';
import { createTestDatabase, silentLogger, type TestDatabase } from './db';
import { shareAcrossTests } from './shared';
import { dropPrefix, TEST_REDIS_URL, testQueuePrefix } from './redis';
import { startFakeSlackApi, type FakeSlackApi, type FakeSlackApiOptions } from './slack-api';
import { englishSpeller, spellCheckWith } from '../../src/services/spelling';
import {
  type AppResponse,
  type BlockActionsInput,
  blockActions,
  type PostToAppOptions,
  postToApp,
  slashCommand,
} from './slack-requests';

const withSpeller = (speller: ReturnType<typeof englishSpeller>) => (speller ? spellCheckWith(speller) : null);

export const SIGNING_SECRET = 'test-signing-secret-0123456789';

export interface TestApp {
  db: TestDatabase;
  slack: FakeSlackApi;
  bot: Bot;
  metrics: Metrics;
  services: Services;
  queue: FollowUpQueue;
  digestQueue: DigestQueue;
  recordsQueue: RecordsQueue;
  prefix: string;
  baseUrl: string;
  /** Posts a signed request to the app, as Slack would. */
  post(body: string, contentType: 'form' | 'json', extra?: Partial<PostToAppOptions>): Promise<AppResponse>;
  /**
   * `/outreach <text>` typed by `user` of `team` (in `channel`, else the default one); its respond() is
   * recorded under `respondTo`, by default `<user>-<text>`.
   */
  command(
    team: string,
    user: string,
    text: string,
    where?: { channel?: string; respondTo?: string },
  ): Promise<AppResponse>;
  /** A click by `user` of `team` on a button (an element read off blocks, or an action id and value). */
  click(
    team: string,
    user: string,
    button: { action_id: string; value?: string | undefined },
    extra?: Partial<BlockActionsInput>,
  ): Promise<AppResponse>;
  /** Starts a follow-up worker on the same queue (several may run). */
  startWorker(options?: Partial<queueWorkers.WorkerOptions>): Promise<queueWorkers.RunningWorker>;
  /** Starts a digest worker on the same queue (it reconciles the job schedulers at start). */
  startDigestWorker(options?: Partial<queueWorkers.DigestWorkerOptions>): Promise<queueWorkers.RunningDigestWorker>;
  /** Starts a records worker (retention, purges, exports); its start-up pass runs retention once. */
  startRecordsWorker(): Promise<queueWorkers.RunningRecordsWorker>;
  /** Stops every worker started so far (a test's afterEach: a failed test must not leave one running). */
  stopWorkers(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The real app on a port of its own: Bolt's real HTTP receiver (signature check included), its own
 * Postgres database and Redis key prefix, and Slack's Web API replaced by a local stand-in that
 * records every call. The clock is the test's to set.
 */
export async function startTestApp(
  options: {
    now?: () => Date;
    slack?: FakeSlackApiOptions;
    defaultTimezone?: string;
    limits?: Config['limits'];
    admin?: DashboardCredentials;
    uninstallGraceDays?: number;
    /** The bot's and the listeners' logger (silent unless given: a test that reads the log gives one). */
    logger?: Logger;
    /**
     * The bot's pool, made on the test database: a test that cuts or stalls Postgres, or gives the bot a
     * statement timeout, gives its own (on the process's watch, as main.ts makes it). Workers started by
     * the test run on the test database's pool, as a worker process has a pool of its own.
     */
    pool?: (db: TestDatabase, watch: DependencyWatch) => Pool;
    /**
     * The workers' pool (the test database's own pool unless given): a test of the worker's timeouts
     * gives the one main.ts makes (workerPool).
     */
    workerPool?: (db: TestDatabase, watch: DependencyWatch) => Pool;
    /** The process's dependency watch (one on `logger` unless given). */
    watch?: DependencyWatch;
    /**
     * Where the bot's producer connection reaches Redis (the test Redis unless given): a test that cuts
     * or stalls Redis gives a proxy's. Workers started by the test connect to the test Redis directly.
     */
    redisUrl?: string;
    /** Socket Mode instead of HTTP (give `slack.socketModeUrl` too), with these waits between attempts. */
    socketMode?: { appToken: string; backoff?: { firstDelayMs?: number; maxDelayMs?: number } };
  } = {},
): Promise<TestApp> {
  const db = await createTestDatabase();
  const slack = await startFakeSlackApi(options.slack);
  const prefix = testQueuePrefix();
  const config: Config = {
    port: 0,
    databaseUrl: db.url,
    redisUrl: TEST_REDIS_URL,
    queuePrefix: prefix,
    role: 'bot',
    logLevel: 'silent',
    defaultTimezone: options.defaultTimezone ?? 'UTC',
    ...(options.limits ? { limits: options.limits } : {}),
    slack: {
      botToken: 'xoxb-test-token',
      signingSecret: SIGNING_SECRET,
      apiUrl: `${slack.url}/api/`,
      ...(options.socketMode ? { appToken: options.socketMode.appToken } : {}),
    },
  };
  const now = options.now ?? (() => new Date());
  const redis = producerConnection(options.redisUrl ?? TEST_REDIS_URL, silentLogger);
  await ready(redis);
  const queue = new FollowUpQueue(redis, prefix);
  const digestQueue = new DigestQueue(redis, prefix);
  const recordsQueue = new RecordsQueue(redis, prefix);
  const messenger = new WebApiMessenger(config.slack.botToken, config.slack.apiUrl);
  const logger = options.logger ?? silentLogger;
  const watch = options.watch ?? new DependencyWatch(logger);
  const pool = options.pool?.(db, watch);
  const servicesOn = (on: Pool) =>
    createServices({
      pool: on,
      queue,
      digestQueue,
      recordsQueue,
      slack: messenger,
      logger: silentLogger,
      defaultTimezone: config.defaultTimezone,
      uninstallGraceDays: options.uninstallGraceDays ?? 30,
      clock: now,
    });
  const services = servicesOn(pool ?? db.pool());
  // The workers' own pool, as main.ts gives them: not the bot's, with its statement timeout.
  const ownWorkerPool = options.workerPool?.(db, watch);
  const workerServices = ownWorkerPool ? servicesOn(ownWorkerPool) : pool ? servicesOn(db.pool()) : services;
  const metrics = new Metrics({ defaults: false });
  let bot: Bot;
  try {
    bot = await startBot({
      config,
      logger,
      metrics,
      deps: {
        ...services,
        logger,
        now,
        defaultTimezone: config.defaultTimezone,
        spellCheck: withSpeller(englishSpeller()),
      },
      probes: [
        { name: 'postgres', check: () => db.pool().query('SELECT 1') },
        { name: 'redis', check: () => redis.ping() },
      ],
      processBeforeResponse: true,
      watch,
      ...(options.socketMode?.backoff ? { socketModeBackoff: options.socketMode.backoff } : {}),
      extraRoutes: queueDashboardRoutes(options.admin, [queue.queue, digestQueue.queue, recordsQueue.queue]),
    });
  } catch (err) {
    // A bot that does not start (a refused app token) leaves nothing of the test's open.
    await Promise.all([queue.close(), digestQueue.close(), recordsQueue.close()]);
    redis.disconnect();
    await slack.close();
    await pool?.end();
    await ownWorkerPool?.end();
    await dropPrefix(prefix);
    await db.drop();
    throw err;
  }
  const baseUrl = `http://127.0.0.1:${bot.port}`;
  const post: TestApp['post'] = (body, contentType, extra = {}) =>
    postToApp(baseUrl, { body, contentType, signingSecret: SIGNING_SECRET, ...extra });
  const workers: Array<{ worker: { stop(): Promise<void> }; connection: Redis }> = [];
  /** Starts a worker on a Redis connection of its own, and keeps both for stopWorkers. */
  async function tracked<W extends { stop(): Promise<void> }>(start: (connection: Redis) => Promise<W>): Promise<W> {
    const connection = workerConnection(TEST_REDIS_URL, silentLogger);
    const worker = await start(connection);
    workers.push({ worker, connection });
    return worker;
  }
  async function stopWorkers(): Promise<void> {
    for (const w of workers.splice(0)) {
      await w.worker.stop().catch(() => undefined);
      w.connection.disconnect();
    }
  }
  return {
    db,
    slack,
    bot,
    metrics,
    services,
    queue,
    digestQueue,
    recordsQueue,
    prefix,
    baseUrl,
    post,
    command: (team, user, text, where = {}) =>
      post(
        slashCommand({
          team_id: team,
          user_id: user,
          text,
          ...(where.channel !== undefined && { channel_id: where.channel }),
          response_url: slack.responseUrl(where.respondTo ?? `${user}-${text}`),
        }),
        'form',
      ),
    click: (team, user, button, extra = {}) =>
      post(
        blockActions({
          team_id: team,
          user_id: user,
          actions: [{ action_id: button.action_id, value: button.value }],
          ...extra,
        }),
        'form',
      ),
    startWorker: (extra = {}) =>
      tracked((connection) =>
        queueWorkers.startWorker({
          connection,
          prefix,
          followUps: workerServices.followUps,
          logger: silentLogger,
          concurrency: 10,
          ...extra,
        }),
      ),
    startDigestWorker: (extra = {}) =>
      tracked((connection) =>
        queueWorkers.startDigestWorker({
          connection,
          prefix,
          digests: workerServices.digests,
          logger: silentLogger,
          clock: now,
          ...extra,
        }),
      ),
    startRecordsWorker: () =>
      tracked((connection) =>
        queueWorkers.startRecordsWorker({
          connection,
          prefix,
          queue: recordsQueue,
          logger: silentLogger,
          ...workerServices,
        }),
      ),
    stopWorkers,
    async close() {
      await stopWorkers();
      await bot.stop();
      await queue.close();
      await digestQueue.close();
      await recordsQueue.close();
      redis.disconnect();
      await slack.close();
      await pool?.end();
      await ownWorkerPool?.end();
      await dropPrefix(prefix);
      await db.drop();
    },
  };
}

/**
 * The app that a test file (or a describe block) shares: started before its tests (then `ready` runs on
 * it, if given), closed after them, and the Slack stand-in's calls cleared before each test. What it
 * returns stands for that app in every test and hook after the start.
 */
export function shareTestApp(
  options: Parameters<typeof startTestApp>[0] = {},
  ready?: (app: TestApp) => Promise<unknown>,
): TestApp {
  const app = shareAcrossTests(
    async () => {
      const started = await startTestApp(options);
      await Promise.resolve(ready?.(started)).catch(async (err: unknown) => {
        await started.close();
        throw err;
      });
      return started;
    },
    (started) => started.close(),
  );
  beforeEach(() => {
    app.slack.reset();
  });
  return app;
}
