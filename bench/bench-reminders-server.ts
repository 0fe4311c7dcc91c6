/**
 * One process of the follow-up reminder bench (`bench-reminders.ts` starts it, through bench-slack's
 * `startChild`; nothing else should). The mode is the first argument:
 *
 * - `worker`: the real follow-up worker, wired as `main.ts` wires ROLE=worker (the pool, a producer
 *   connection and queue for the next step's job, WebApiMessenger on SLACK_API_URL, the follow-up service)
 *   and started by `startWorker` with its production defaults, concurrency included.
 * - `empty-worker`: the baseline, a BullMQ worker on the same queue name with the same connection
 *   settings and concurrency whose processor does nothing.
 * - `slack-api`: the local stand-in for Slack's Web API (the tests' `startFakeSlackApi`), which can
 *   rate-limit chat.postMessage like Slack (see `PostLimit`) and keeps, per channel, how many
 *   posts it accepted and when.
 *
 * Workers answer `{ q: 'stats' }` with `WorkerStats` and `{ q: 'reset' }` by zeroing them; the
 * stand-in answers `{ q: 'stats' }` with `ApiStats`, `{ q: 'reset' }`, and `{ q: 'limit', limit }`
 * (null: no limit).
 * The parent asks one question at a time.
 */
import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { createLogger } from '../src/logger';
import { producerConnection, ready, workerConnection } from '../src/queue/connection';
import { FOLLOWUPS_QUEUE, FollowUpQueue } from '../src/queue/followups';
import { FollowUpService } from '../src/services/followups';
import { WebApiMessenger } from '../src/slack/messenger';
import { createPool } from '../src/store/pool';
import { DEFAULT_CONCURRENCY, startWorker } from '../src/jobs/workers';
import { serve } from './bench-slack-server';

export type RemindersServerMode = 'worker' | 'empty-worker' | 'slack-api';

/** Postgres's application_name for the worker's connections (the pool is otherwise main.ts's). */
export const WORKER_APPLICATION_NAME = 'purposeful-bench-worker';

export interface WorkerStats {
  completed: number;
  failed: number;
  /** Jobs BullMQ found stalled (their lock lapsed) and moved back. */
  stalled: number;
  /** Date.now() of the last completion since the last reset, 0 if none. */
  lastCompletedAt: number;
  /** The first few failure messages. */
  failures: string[];
}

/**
 * Slack's chat.postMessage limits, as the stand-in applies them. Slack documents them as "1 message
 * per second per channel, short bursts allowed" plus a workspace-wide limit it does not put a number
 * on, and answers a call over either with HTTP 429 and `Retry-After` in whole seconds.
 */
export interface PostLimit {
  /** Channels (rep ids) starting with this share one workspace-wide bucket; others are another workspace's. */
  workspacePrefix: string;
  workspacePerSecond: number;
  workspaceBurst: number;
  /** Every channel: this many posts a second, with this much burst. */
  channelPerSecond: number;
  channelBurst: number;
}

export interface ApiStats {
  /** Accepted posts per channel since the last reset, and the Date.now() of the first. */
  posts: Record<string, { n: number; firstAt: number }>;
  accepted: number;
  /** 429s answered because of the workspace bucket, and because of a channel's. */
  rateLimitedWorkspace: number;
  rateLimitedChannel: number;
  /** Accepted posts in each second since the last reset. */
  perSecond: number[];
  /** The longest time between two accepted posts since the last reset, ms. */
  longestGapMs: number;
  firstAt: number;
  lastAt: number;
  /** Calls to other methods (users.info, conversations.open, …) since the last reset. */
  otherCalls: Record<string, number>;
}

type Question = { q: 'stats' } | { q: 'reset' } | { q: 'limit'; limit: PostLimit | null };

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`bench-reminders-server: ${name} is not set`);
  return value;
}

function answer(handler: (question: Question) => unknown): void {
  process.on('message', (message) => {
    if (typeof message !== 'object' || message === null || !('q' in message)) return;
    process.send?.({ answer: handler(message as Question) });
  });
}

function countJobs(worker: Worker): void {
  const stats: WorkerStats = { completed: 0, failed: 0, stalled: 0, lastCompletedAt: 0, failures: [] };
  worker.on('completed', () => {
    stats.completed++;
    stats.lastCompletedAt = Date.now();
  });
  worker.on('failed', (_job, err) => {
    stats.failed++;
    if (stats.failures.length < 5) stats.failures.push(err.message);
  });
  worker.on('stalled', () => {
    stats.stalled++;
  });
  answer((question) => {
    if (question.q === 'reset')
      Object.assign(stats, { completed: 0, failed: 0, stalled: 0, lastCompletedAt: 0, failures: [] });
    return { ...stats, failures: [...stats.failures] };
  });
}

async function startRealWorker(): Promise<{ port: number; stop(): Promise<void> }> {
  // warn, not silent: a failed job or query shows up in the parent's report.
  const logger = createLogger('warn');
  const redisUrl = required('REDIS_URL');
  const prefix = required('QUEUE_PREFIX');
  // What main.ts's run() builds for ROLE=worker (the digest worker aside). The pool's connections
  // carry a name of their own so that the parent can tell their Postgres backends from its own.
  const pool = createPool(required('DATABASE_URL'), logger, { application_name: WORKER_APPLICATION_NAME });
  const redis = producerConnection(redisUrl, logger);
  await ready(redis);
  const queue = new FollowUpQueue(redis, prefix);
  const slack = new WebApiMessenger('xoxb-bench-token', required('SLACK_API_URL'));
  // The follow-up service as createServices builds it; built alone so that the bench does not depend
  // on the other services (work in progress on them does not break this bench).
  const followUps = new FollowUpService(pool, { queue, slack, defaultTimezone: 'UTC', logger });
  const connection = workerConnection(redisUrl, logger);
  const running = await startWorker({ connection, prefix, followUps, logger });
  countJobs(running.worker);
  return {
    port: 0,
    async stop() {
      await running.stop();
      connection.disconnect();
      await queue.close();
      redis.disconnect();
      await pool.end();
    },
  };
}

async function startEmptyWorker(): Promise<{ port: number; stop(): Promise<void> }> {
  const logger = createLogger('warn');
  const connection: Redis = workerConnection(required('REDIS_URL'), logger);
  // startWorker's settings: the connection, the prefix and the concurrency; BullMQ's defaults else.
  const worker = new Worker(FOLLOWUPS_QUEUE, async () => ({ reminded: 0 }), {
    connection,
    prefix: required('QUEUE_PREFIX'),
    concurrency: DEFAULT_CONCURRENCY,
  });
  worker.on('error', (err) => logger.warn({ err }, 'empty worker error'));
  countJobs(worker);
  return {
    port: 0,
    async stop() {
      await worker.close();
      connection.disconnect();
    },
  };
}

/** A token bucket: `take` spends a token and says 0, or says how many ms until one is there. */
class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    now: number,
  ) {
    this.tokens = burst;
    this.last = now;
  }

  waitMs(now: number): number {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) * this.perSecond) / 1000);
    this.last = now;
    return this.tokens >= 1 ? 0 : Math.ceil(((1 - this.tokens) * 1000) / this.perSecond);
  }

  take(): void {
    this.tokens -= 1;
  }
}

async function startSlackApi(): Promise<{ port: number; stop(): Promise<void> }> {
  const { startFakeSlackApi } = await import('../test/support/slack-api');
  const slack = await startFakeSlackApi();

  let limit: PostLimit | null = null;
  let workspace: TokenBucket | null = null;
  let channels = new Map<string, TokenBucket>();
  let stats: ApiStats;
  let resetAt = 0;
  const reset = () => {
    resetAt = Date.now();
    stats = {
      posts: {},
      accepted: 0,
      rateLimitedWorkspace: 0,
      rateLimitedChannel: 0,
      perSecond: [],
      longestGapMs: 0,
      firstAt: 0,
      lastAt: 0,
      otherCalls: {},
    };
  };
  reset();
  const tooMany = (waitMs: number) => ({
    status: 429,
    // Slack's Retry-After is whole seconds, at least 1.
    headers: { 'retry-after': String(Math.max(1, Math.ceil(waitMs / 1000))) },
    body: { ok: false, error: 'ratelimited' },
  });

  slack.respondWith('chat.postMessage', (call) => {
    const channel = String(call.args.channel ?? '');
    const now = Date.now();
    if (limit) {
      let channelBucket = channels.get(channel);
      if (!channelBucket) {
        channelBucket = new TokenBucket(limit.channelPerSecond, limit.channelBurst, now);
        channels.set(channel, channelBucket);
      }
      const channelWait = channelBucket.waitMs(now);
      if (channelWait > 0) {
        stats.rateLimitedChannel++;
        return tooMany(channelWait);
      }
      if (workspace && channel.startsWith(limit.workspacePrefix)) {
        const workspaceWait = workspace.waitMs(now);
        if (workspaceWait > 0) {
          stats.rateLimitedWorkspace++;
          return tooMany(workspaceWait);
        }
        workspace.take();
      }
      channelBucket.take();
    }
    const seen = stats.posts[channel];
    if (seen) seen.n++;
    else stats.posts[channel] = { n: 1, firstAt: now };
    stats.accepted++;
    const second = Math.floor((now - resetAt) / 1000);
    while (stats.perSecond.length <= second) stats.perSecond.push(0);
    stats.perSecond[second]!++;
    if (stats.lastAt > 0) stats.longestGapMs = Math.max(stats.longestGapMs, now - stats.lastAt);
    if (stats.firstAt === 0) stats.firstAt = now;
    stats.lastAt = now;
    return undefined; // the stand-in's usual answer: ok, the DM's channel and a ts
  });

  // The stand-in keeps every call for the tests; here they are counted and forgotten, so its memory
  // stays flat (emptied in place: reset() would drop the override above too).
  const tally = () => {
    for (const call of slack.calls) {
      if (call.method !== 'chat.postMessage') stats.otherCalls[call.method] = (stats.otherCalls[call.method] ?? 0) + 1;
    }
    slack.calls.length = 0;
  };
  const timer = setInterval(tally, 500);

  answer((question) => {
    if (question.q === 'limit') {
      limit = question.limit;
      const now = Date.now();
      workspace = limit ? new TokenBucket(limit.workspacePerSecond, limit.workspaceBurst, now) : null;
      channels = new Map();
      return { limit };
    }
    if (question.q === 'reset') {
      reset();
      return { reset: true };
    }
    tally();
    return stats;
  });

  return {
    port: Number(new URL(slack.url).port),
    async stop() {
      clearInterval(timer);
      await slack.close();
    },
  };
}

async function main(): Promise<void> {
  const mode = process.argv[2] as RemindersServerMode | undefined;
  const start = mode && { worker: startRealWorker, 'empty-worker': startEmptyWorker, 'slack-api': startSlackApi }[mode];
  if (!start)
    throw new Error(`bench-reminders-server: unknown mode ${String(mode)} (worker, empty-worker or slack-api)`);
  await serve(start);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  });
}
