import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from '../logger';
import { DependencyWatch, portOf, registerDependencyPort } from '../outages';

/** Reconnect after 0.25, 0.5, 1, 2, 4, then every 5 s: a Redis back from an outage is found within 5 s. */
export function redisRetryDelay(attempt: number): number {
  return Math.min(250 * 2 ** Math.max(0, attempt - 1), 5000);
}

/**
 * Every connection reconnects on its own with backoff; its errors go to the process's watch, which
 * logs one line per backoff step for all connections together (BullMQ duplicates the worker's
 * connection for each blocking read, so one outage would otherwise be told four times per attempt).
 */
function connect(url: string, logger: Logger, options: RedisOptions, watch?: DependencyWatch): Redis {
  const dependencies = watch ?? new DependencyWatch(logger);
  const redis = new Redis(url, { retryStrategy: redisRetryDelay, ...options });
  const port = options.port ?? portOf(url, 6379);
  if (port !== undefined) registerDependencyPort('redis', port);
  redis.on('error', (err) => dependencies.failed('redis', err));
  redis.on('ready', () => dependencies.ok('redis'));
  return redis;
}

/**
 * A producer's command gets no answer within this: a Redis that hangs (a frozen host, dropped packets)
 * keeps the connection open, so neither the offline queue nor the retries fail it, and a request
 * waited, holding its work slot, for as long as Redis did. Its commands take milliseconds.
 */
export const PRODUCER_COMMAND_TIMEOUT_MS = 2000;

/**
 * Workers block on Redis and must wait out an outage rather than fail their commands
 * (`maxRetriesPerRequest: null`, as BullMQ requires). Producers inside Slack handlers must fail fast
 * instead, or a Redis outage would hold a request past Slack's 3 seconds.
 */
export function workerConnection(
  url: string,
  logger: Logger,
  extra: RedisOptions = {},
  watch?: DependencyWatch,
): Redis {
  return connect(url, logger, { maxRetriesPerRequest: null, ...extra }, watch);
}

export function producerConnection(
  url: string,
  logger: Logger,
  extra: RedisOptions = {},
  watch?: DependencyWatch,
): Redis {
  return connect(
    url,
    logger,
    {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 2000,
      commandTimeout: PRODUCER_COMMAND_TIMEOUT_MS,
      ...extra,
    },
    watch,
  );
}

/**
 * What every Queue on a producer connection is made with. BullMQ asks Redis its version (INFO) once,
 * when a Queue is made, and a Queue whose INFO failed refuses every command after with that error, for
 * good: a Redis hanging for PRODUCER_COMMAND_TIMEOUT_MS at start-up left the bot unable to schedule a
 * reminder until a restart. The workers' own connections still check the version.
 */
export const PRODUCER_QUEUE_OPTIONS = { skipVersionCheck: true } as const;

/** Resolves once the connection is ready, or rejects after `ms` (an offline-queue-less client needs this). */
export function ready(redis: Redis, ms = 5000): Promise<void> {
  if (redis.status === 'ready') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      redis.off('ready', onReady);
      reject(new Error(`Redis not ready within ${ms} ms`));
    }, ms);
    const onReady = () => {
      clearTimeout(timer);
      resolve();
    };
    redis.once('ready', onReady);
  });
}
