// A follow-up worker in a process of its own, so that a test can kill it mid-job (kill -9).
import { createLogger } from '../../src/logger';
import { workerConnection } from '../../src/queue/connection';
import { FollowUpQueue } from '../../src/queue/followups';
import { createServices } from '../../src/services';
import { WebApiMessenger } from '../../src/slack/messenger';
import { createPool } from '../../src/store/pool';
import { startWorker } from '../../src/jobs/workers';

async function main(): Promise<void> {
  const logger = createLogger('silent');
  const env = process.env as Record<string, string>;
  const pool = createPool(env.DATABASE_URL!, logger);
  const redis = workerConnection(env.REDIS_URL!, logger);
  const queue = new FollowUpQueue(redis, env.QUEUE_PREFIX!);
  const services = createServices({
    pool,
    queue,
    slack: new WebApiMessenger('xoxb-child', env.SLACK_API_URL),
    logger,
    defaultTimezone: 'UTC',
  });
  await startWorker({
    connection: workerConnection(env.REDIS_URL!, logger),
    prefix: env.QUEUE_PREFIX!,
    followUps: services.followUps,
    logger,
    lockDuration: 1000,
    stalledInterval: 500,
  });
  process.stdout.write('ready\n');
}

void main();
