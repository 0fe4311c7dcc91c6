import { startBot, type Bot } from './bot';
import { ConfigError, loadConfig, type Config } from './config';
import { loadDotEnv } from './dotenv';
import { createLogger, scrubSecrets, type Logger } from './logger';
import { Metrics } from './metrics';
import { producerConnection, ready, workerConnection } from './queue/connection';
import { DigestQueue } from './queue/digests';
import { FollowUpQueue } from './queue/followups';
import { startDigestWorker, startWorker, type RunningDigestWorker, type RunningWorker } from './jobs/workers';
import { createServices } from './services';
import { WebApiMessenger } from './slack/messenger';
import { migrate } from './store/migrate';
import { createPool, type Pool } from './store/pool';

/** One line for an operator, no stack trace, no secret; then exit 1. */
function fail(message: string): never {
  process.stderr.write(`${scrubSecrets(message)}\n`);
  process.exit(1);
}

export interface Running {
  config: Config;
  bot?: Bot;
  worker?: RunningWorker;
  stop(): Promise<void>;
}

/** Starts the roles this process plays (ROLE): migrations first, then the bot and/or the worker. */
export async function run(config: Config, logger: Logger): Promise<Running> {
  await migrate(config.databaseUrl, logger);
  const pool: Pool = createPool(config.databaseUrl, logger);
  // Producers inside Slack handlers must fail fast when Redis is down, not queue up past Slack's 3 s;
  // the worker waits an outage out instead.
  const isWorker = config.role === 'all' || config.role === 'worker';
  const redis = producerConnection(config.redisUrl, logger);
  await ready(redis).catch((err) => logger.warn({ err }, 'Redis is not answering yet; reminders wait for it'));
  const queue = new FollowUpQueue(redis, config.queuePrefix);
  const digestQueue = new DigestQueue(redis, config.queuePrefix);
  const slack = new WebApiMessenger(config.slack.botToken, config.slack.apiUrl);
  const services = createServices({ pool, queue, digestQueue, slack, logger, defaultTimezone: config.defaultTimezone });
  const metrics = new Metrics();
  const stops: Array<() => Promise<void>> = [];
  let bot: Bot | undefined;
  let worker: RunningWorker | undefined;
  let digestWorker: RunningDigestWorker | undefined;

  if (config.role === 'all' || config.role === 'bot') {
    bot = await startBot({
      config,
      logger,
      metrics,
      deps: { ...services, logger, now: () => new Date(), defaultTimezone: config.defaultTimezone },
      probes: [
        { name: 'postgres', check: () => pool.query('SELECT 1') },
        { name: 'redis', check: () => redis.ping() },
      ],
    });
    stops.push(() => bot!.stop());
  }
  if (isWorker) {
    const connection = workerConnection(config.redisUrl, logger);
    worker = await startWorker({ connection, prefix: config.queuePrefix, followUps: services.followUps, logger });
    digestWorker = await startDigestWorker({ connection, prefix: config.queuePrefix, digests: services.digests, logger });
    stops.push(async () => {
      await Promise.all([worker!.stop(), digestWorker!.stop()]);
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
      redis.disconnect();
      await pool.end();
    },
  };
}

async function main(): Promise<void> {
  loadDotEnv();
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message);
    throw err;
  }
  const logger = createLogger(config.logLevel);
  let running: Running;
  try {
    running = await run(config, logger);
  } catch (err) {
    fail(`start-up failed: ${(err as Error).message}`);
  }
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight work');
    running
      .stop()
      .then(() => process.exit(0))
      .catch((err) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

if (require.main === module) void main();
