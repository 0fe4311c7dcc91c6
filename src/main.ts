import { queueDashboardRoutes } from './admin-queues';
import { startBot, type Bot } from './bot';
import {
  ConfigError,
  DEFAULT_BOT_STATEMENT_TIMEOUT_MS,
  DEFAULT_WORKER_STATEMENT_TIMEOUT_MS,
  loadConfig,
  type Config,
} from './config';
import { loadDotEnv } from './dotenv';
import { operatorRoutes, startOperatorServer } from './http';
import { createLogger, scrubSecrets, type Logger } from './logger';
import { Metrics } from './metrics';
import { DependencyWatch } from './outages';
import { checkBotToken } from './slack/auth';
import { producerConnection, ready, workerConnection } from './queue/connection';
import { DigestQueue } from './queue/digests';
import { FollowUpQueue } from './queue/followups';
import {
  startDigestWorker,
  startRecordsWorker,
  startWorker,
  type RunningDigestWorker,
  type RunningRecordsWorker,
  type RunningWorker,
} from './jobs/workers';
import { RecordsQueue } from './queue/records';
import { createServices } from './services';
import { observeSlackCalls } from './slack/calls';
import { AppTokenRefusedError } from './slack/socket-mode';
import { WebApiMessenger } from './slack/messenger';
import { migrate } from './store/migrate';
import { createPool, type Pool } from './store/pool';
import { spellCheckThread } from './services/spelling';
import { warmUp } from './domain/warm-up';

/** One line for an operator, no stack trace, no secret; then exit 1. */
function fail(message: string): never {
  process.stderr.write(`${scrubSecrets(message)}\n`);
  process.exit(1);
}

/**
 * The bot's Postgres pool. Postgres itself cancels a statement of the bot's that runs past
 * BOT_STATEMENT_TIMEOUT_MS (57014: counted as postgres_slow): behind a lock held on a table, a request
 * tells the rep to try again and gives its connection and its work slot back, instead of holding both
 * until the lock goes. pg's client-side `query_timeout` would not do for that: it rejects the caller
 * but leaves the statement waiting on the connection.
 *
 * It does do for a Postgres that never answers (a frozen host, dropped packets), where the statement
 * timeout cannot fire because the statement never arrived: a query then waited, holding its request's
 * work slot, until the kernel gave the socket up, minutes later. Set past the statement timeout, it
 * fires only when Postgres said nothing at all, and the pool drops that connection (pg-pool releases a
 * client with the query's error, withTransaction with its failed ROLLBACK).
 */
export function botPool(
  config: Pick<Config, 'databaseUrl' | 'botStatementTimeoutMs'>,
  logger: Logger,
  watch?: DependencyWatch,
): Pool {
  const statementTimeout = config.botStatementTimeoutMs ?? DEFAULT_BOT_STATEMENT_TIMEOUT_MS;
  return createPool(
    config.databaseUrl,
    logger,
    { statement_timeout: statementTimeout, query_timeout: statementTimeout + SILENT_POSTGRES_MARGIN_MS },
    watch,
  );
}

/** How much longer than its statement timeout the bot waits for Postgres to say anything at all. */
export const SILENT_POSTGRES_MARGIN_MS = 2000;

/** The longest a worker's statement waits for a lock (a row a rep's click holds, a table being altered). */
export const WORKER_LOCK_TIMEOUT_MS = 10_000;

/**
 * The worker's Postgres pool: like the bot's, it waits at most 2 s for a connection (createPool), and
 * Postgres cancels a statement that runs past WORKER_STATEMENT_TIMEOUT_MS, or waits for a lock longer
 * than WORKER_LOCK_TIMEOUT_MS (55P03, 'canceling statement due to lock timeout'). The job then fails
 * with that cause and BullMQ retries it with backoff; before, a job behind a held lock waited as long
 * as the lock did, its BullMQ lock renewed all the while, so it never failed and never retried.
 *
 * No client-side query_timeout here, unlike the bot's: pg starts that timer for a whole query, and an
 * export's cursor (pg-query-stream) runs for as long as the CSV takes to stream, so it would be cut
 * (and pg never clears the timer for a cursor). A Postgres that stops answering on an open connection
 * is found by TCP keepalive instead: minutes, not the hours of the kernel's default.
 */
export function workerPool(
  config: Pick<Config, 'databaseUrl' | 'workerStatementTimeoutMs'>,
  logger: Logger,
  watch?: DependencyWatch,
): Pool {
  const statementTimeout = config.workerStatementTimeoutMs ?? DEFAULT_WORKER_STATEMENT_TIMEOUT_MS;
  return createPool(
    config.databaseUrl,
    logger,
    {
      statement_timeout: statementTimeout,
      // Under the statement timeout, so a lock wait says so rather than 'statement timeout'.
      lock_timeout: Math.min(WORKER_LOCK_TIMEOUT_MS, Math.floor(statementTimeout / 2)),
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    },
    watch,
  );
}

export interface Running {
  config: Config;
  bot?: Bot;
  worker?: RunningWorker;
  stop(): Promise<void>;
}

/** Starts the roles this process plays (ROLE): migrations first, then the bot and/or the worker. */
export async function run(
  config: Config,
  logger: Logger,
  options: { metrics?: Metrics; identity?: { botId: string; botUserId: string } | 'unknown' } = {},
): Promise<Running> {
  await migrate(config.databaseUrl, logger);
  // One watch for the process: Postgres, Redis and Slack outages are logged once per backoff step.
  const watch = new DependencyWatch(logger);
  const metrics = options.metrics ?? new Metrics();
  metrics.watchDependencies(watch);
  const stopObserving = observeSlackCalls((method, outcome, err) => {
    metrics.slackCalls.inc({ method, outcome });
    if (outcome === 'unavailable') watch.failed('slack', err);
    else watch.ok('slack');
  });
  const runsBot = config.role === 'all' || config.role === 'bot';
  const isWorker = config.role === 'all' || config.role === 'worker';
  // A pool per role (ROLE=all has both): the bot's statement timeout is a rep's patience, the worker's
  // a minute (its jobs retry by themselves; a workspace's purge sets a longer one of its own), and a
  // burst of reminders never takes the connections a rep's request is waiting for.
  const pools = {
    bot: runsBot ? botPool(config, logger, watch) : undefined,
    worker: isWorker ? workerPool(config, logger, watch) : undefined,
  };
  // Producers inside Slack handlers must fail fast when Redis is down, not queue up past Slack's 3 s;
  // the worker waits an outage out instead.
  const redis = producerConnection(config.redisUrl, logger, {}, watch);
  await ready(redis).catch((err) => logger.warn({ err }, 'Redis is not answering yet; reminders wait for it'));
  const queue = new FollowUpQueue(redis, config.queuePrefix);
  const digestQueue = new DigestQueue(redis, config.queuePrefix);
  const recordsQueue = new RecordsQueue(redis, config.queuePrefix);
  metrics.watchQueues(queue.queue, digestQueue.queue, recordsQueue.queue);
  const slack = new WebApiMessenger(config.slack.botToken, config.slack.apiUrl);
  const servicesOn = (pool: Pool) =>
    createServices({
      pool,
      queue,
      digestQueue,
      recordsQueue,
      slack,
      logger,
      defaultTimezone: config.defaultTimezone,
      uninstallGraceDays: config.uninstallGraceDays,
    });
  const probed = (pools.bot ?? pools.worker)!;
  const probes = [
    { name: 'postgres', check: () => probed.query('SELECT 1') },
    { name: 'redis', check: () => redis.ping() },
  ];
  const stops: Array<() => Promise<void>> = [];
  let bot: Bot | undefined;
  let worker: RunningWorker | undefined;
  let digestWorker: RunningDigestWorker | undefined;
  let recordsWorker: RunningRecordsWorker | undefined;

  if (pools.bot) {
    const services = servicesOn(pools.bot);
    const spellCheck = spellCheckThread((err) => logger.warn({ err }, 'the spell-check thread failed'));
    if (spellCheck) stops.push(() => spellCheck.close());
    // The check's first use per language costs ~0.5 s on the event loop: paid here, before the bot
    // listens, not by the first reps after a deploy (see warm-up.ts).
    if (!warmUp().secondOpinion)
      logger.warn('the purpose check could not read its second-opinion model: checks use the rules alone');
    bot = await startBot({
      config,
      logger,
      metrics,
      deps: {
        ...services,
        logger,
        now: () => new Date(),
        defaultTimezone: config.defaultTimezone,
        spellCheck,
      },
      probes,
      watch,
      extraRoutes: queueDashboardRoutes(config.admin, [queue.queue, digestQueue.queue, recordsQueue.queue]),
      identity: options.identity,
    });
    stops.push(() => bot!.stop());
  } else {
    // A worker-only process serves /healthz, /readyz and /metrics on PORT too.
    const server = await startOperatorServer(config.port, operatorRoutes(probes, metrics, logger, watch));
    logger.info({ port: server.port }, 'operator endpoints listening');
    stops.push(() => server.stop());
  }
  if (pools.worker) {
    const services = servicesOn(pools.worker);
    const connection = workerConnection(config.redisUrl, logger, {}, watch);
    worker = await startWorker({
      connection,
      prefix: config.queuePrefix,
      followUps: services.followUps,
      logger,
      metrics,
      watch,
    });
    digestWorker = await startDigestWorker({
      connection,
      prefix: config.queuePrefix,
      digests: services.digests,
      logger,
      metrics,
      watch,
    });
    recordsWorker = await startRecordsWorker({
      connection,
      prefix: config.queuePrefix,
      queue: recordsQueue,
      logger,
      watch,
      ...services,
    });
    stops.push(async () => {
      await Promise.all([worker!.stop(), digestWorker!.stop(), recordsWorker!.stop()]);
      connection.disconnect();
    });
  }

  return {
    config,
    bot,
    worker,
    async stop() {
      for (const stop of stops.reverse()) await stop().catch((err) => logger.warn({ err }, 'stop failed'));
      await queue.close().catch(() => undefined);
      await digestQueue.close().catch(() => undefined);
      await recordsQueue.close().catch(() => undefined);
      redis.disconnect();
      stopObserving();
      for (const pool of [pools.bot, pools.worker]) await pool?.end();
    },
  };
}

/**
 * A rejection nobody awaited belongs to one request or one job (a Slack call, a receiver callback):
 * log it, count it, keep serving everyone else. An exception thrown past every handler is different:
 * it left some synchronous work half done (a stream, a lock, an object mid-update), and Node cannot
 * say what, so the process exits and the supervisor (compose's restart policy, Kubernetes) starts a
 * clean one. Jobs and Postgres make that restart safe: nothing acknowledged is lost.
 */
export function installProcessHandlers(logger: Logger, metrics: Metrics): void {
  process.on('unhandledRejection', (reason) => {
    metrics.unhandledRejections.inc();
    logger.error(
      reason instanceof Error ? { err: reason } : { reason: String(reason) },
      'unhandled promise rejection; still serving',
    );
  });
  process.on('uncaughtException', (err) => {
    logger.fatal({ err }, 'uncaught exception; exiting for a clean restart');
    process.exit(1);
  });
}

async function main(): Promise<void> {
  // Signals first: a SIGTERM while migrations run or Redis is awaited must still stop the process
  // promptly, with a line saying so.
  let logger: Logger | undefined;
  let running: Running | undefined;
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    if (!running) {
      if (logger) logger.info({ signal }, 'shutting down during start-up');
      else process.stderr.write(`${signal}: shutting down during start-up\n`);
      process.exit(0);
    }
    logger?.info({ signal }, 'shutting down: finishing in-flight work');
    running
      .stop()
      .then(() => process.exit(0))
      .catch((err) => {
        logger?.error({ err }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));

  loadDotEnv();
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message);
    throw err;
  }
  logger = createLogger(config.logLevel);
  const metrics = new Metrics();
  installProcessHandlers(logger, metrics);

  // A wrong token is a configuration error: one line, exit 1. Slack not answering is an outage:
  // start anyway; a request asks again, at most once a minute, until Slack answers (slack/identity.ts).
  const token = await checkBotToken(config.slack.botToken, config.slack.apiUrl);
  if (token.kind === 'refused') fail(token.message);
  if (token.kind === 'unreachable')
    logger.warn({ err: token.error }, 'Slack did not answer auth.test; starting anyway');
  const identity = token.kind === 'ok' ? { botId: token.botId, botUserId: token.botUserId } : 'unknown';

  try {
    running = await run(config, logger, { metrics, identity });
  } catch (err) {
    if (err instanceof AppTokenRefusedError) fail(err.message);
    fail(`start-up failed: ${(err as Error).message}`);
  }
}

if (require.main === module) void main();
