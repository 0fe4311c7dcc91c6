/**
 * One process of the Slack bench (`bench-slack.ts` starts it; nothing else should). The mode is the
 * first argument:
 *
 * - `bot`: the real bot, started by `main.ts`'s own `run()` with ROLE=bot, as `npm start` would
 *   (`processBeforeResponse: false`, so the HTTP answer goes out at ack and the list follows by
 *   response_url), on DATABASE_URL, talking to the Web API stand-in at SLACK_API_URL.
 * - `minimal`: the baseline, a Bolt app with the same receiver and token whose `/outreach` handler only
 *   acks.
 * - `minimal-list`: the same minimal Bolt app, whose `/outreach list` does the work ours does for it and
 *   nothing else: the same query (the shipped store function, on a pool of the same size) and the same
 *   view, answered in the ack. No request guard, work limit, middleware or input validation: the
 *   latency bench's second baseline, so that what it compares is what our layers add.
 * - `slack-api`: the local stand-in for Slack's Web API and response URLs. It answers `count` on the
 *   IPC channel with the calls it has received, so the parent can tell when the bot's work after ack
 *   has caught up.
 *
 * Every mode answers `memory` with its heap after a full collection, so the parent can tell live data
 * from garbage V8 has not collected yet.
 *
 * It prints `BENCH_READY {"port":…}` on stdout once listening, and stops on SIGTERM or as soon as the
 * parent goes away (the IPC channel closes), so a crashed bench leaves nothing behind.
 *
 * The parent runs this file compiled ahead of time with plain `node`, not through `@swc-node/register`:
 * the on-the-fly compiler alone holds over 100 MB of resident memory, which would swamp the number
 * being measured.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RespondArguments } from '@slack/bolt';

export const READY_MARKER = 'BENCH_READY';

export type ServerMode = 'bot' | 'minimal' | 'minimal-list' | 'slack-api';

/** What every mode answers to `memory`: after a full collection when run with --expose-gc. */
export interface LiveMemory {
  heapUsed: number;
  rss: number;
  collected: boolean;
}

/** What the `slack-api` process answers to `count`. */
export interface SlackApiCounts {
  responseUrl: number;
  authTest: number;
  other: number;
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`bench-slack-server: ${name} is not set`);
  return value;
}

async function startBotProcess(): Promise<{ port: number; stop(): Promise<void> }> {
  const { run } = await import('../src/main');
  const { createLogger } = await import('../src/logger');
  // warn, not silent: a failed respond() or query shows up in the parent's report.
  const logger = createLogger('warn');
  // What `npm start` runs with ROLE=bot, config aside: migrations (a no-op on the parent's migrated
  // database), the pool, the Redis producer and queue, the services, and startBot with its production
  // default of answering at ack.
  const running = await run(
    {
      port: 0,
      databaseUrl: required('DATABASE_URL'),
      redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      queuePrefix: required('QUEUE_PREFIX'),
      role: 'bot',
      logLevel: 'warn',
      defaultTimezone: 'UTC',
      slack: {
        botToken: 'xoxb-bench-token',
        signingSecret: required('SLACK_SIGNING_SECRET'),
        apiUrl: required('SLACK_API_URL'),
      },
    },
    logger,
  );
  if (!running.bot) throw new Error('bench-slack-server: run() started no bot');
  return { port: running.bot.port, stop: () => running.stop() };
}

async function startMinimalProcess(withList = false): Promise<{ port: number; stop(): Promise<void> }> {
  const { App, HTTPReceiver, LogLevel } = await import('@slack/bolt');
  const receiver = new HTTPReceiver({
    signingSecret: required('SLACK_SIGNING_SECRET'),
    endpoints: '/slack/events',
    processBeforeResponse: false,
    logLevel: LogLevel.ERROR,
  });
  const app = new App({
    token: 'xoxb-bench-token',
    receiver,
    logLevel: LogLevel.ERROR,
    convoStore: false,
    clientOptions: { slackApiUrl: required('SLACK_API_URL') },
  });
  let stopWork = async (): Promise<void> => undefined;
  if (withList) {
    const { Pool } = await import('pg');
    const { listOpenOutreach } = await import('../src/store/outreach');
    const { LIST_LIMIT, openOutreachList } = await import('../src/views/list');
    const pool = new Pool({ connectionString: required('DATABASE_URL'), max: 10 });
    pool.on('error', () => undefined);
    stopWork = () => pool.end();
    app.command('/outreach', async ({ ack, command }) => {
      const { items, total } = await listOpenOutreach(pool, command.team_id, command.user_id, LIST_LIMIT);
      await ack({ response_type: 'ephemeral', ...openOutreachList(items, total, new Date()) } as RespondArguments);
    });
  } else {
    app.command('/outreach', async ({ ack }) => {
      await ack();
    });
  }
  const server = (await receiver.start(0)) as Server;
  return {
    port: (server.address() as AddressInfo).port,
    stop: () =>
      app
        .stop()
        .then(stopWork)
        .then(() => undefined),
  };
}

async function startSlackApiProcess(): Promise<{ port: number; stop(): Promise<void> }> {
  const { startFakeSlackApi } = await import('../test/support/slack-api');
  const slack = await startFakeSlackApi();
  const counts: SlackApiCounts = { responseUrl: 0, authTest: 0, other: 0 };
  // The stand-in keeps every call; tally and forget them now and then so its memory stays flat.
  const tally = () => {
    for (const call of slack.calls) {
      if (call.method === 'response_url') counts.responseUrl++;
      else if (call.method === 'auth.test') counts.authTest++;
      else counts.other++;
    }
    slack.reset();
  };
  const timer = setInterval(tally, 1000);
  process.on('message', (message) => {
    if (message === 'count') {
      tally();
      process.send?.({ counts });
    }
  });
  return {
    port: Number(new URL(slack.url).port),
    async stop() {
      clearInterval(timer);
      await slack.close();
    },
  };
}

/**
 * The life of a bench child, whatever it runs: print the ready line once `start` resolves, stop on
 * SIGTERM or when the parent goes away, answer `memory`. Other benches' children use it too.
 */
export async function serve(start: () => Promise<{ port: number; stop(): Promise<void> }>): Promise<void> {
  const running = await start();
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    // Bounded: whatever hangs in stop(), the process is gone within 3 s.
    setTimeout(() => process.exit(0), 3000).unref();
    running.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.on('disconnect', stop);
  process.on('message', (message) => {
    if (message !== 'memory') return;
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const { heapUsed, rss } = process.memoryUsage();
    process.send?.({ memory: { heapUsed, rss, collected: gc !== undefined } satisfies LiveMemory });
  });
  process.stdout.write(`${READY_MARKER} ${JSON.stringify({ port: running.port, pid: process.pid })}\n`);
}

async function main(): Promise<void> {
  const mode = process.argv[2] as ServerMode | undefined;
  const start = {
    bot: startBotProcess,
    minimal: () => startMinimalProcess(),
    'minimal-list': () => startMinimalProcess(true),
    'slack-api': startSlackApiProcess,
  }[mode ?? 'bot'];
  if (!start)
    throw new Error(`bench-slack-server: unknown mode ${String(mode)} (bot, minimal, minimal-list or slack-api)`);
  await serve(start);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  });
}
