import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from '../logger';

/**
 * Workers block on Redis and must wait out an outage rather than fail their commands
 * (`maxRetriesPerRequest: null`, as BullMQ requires). Producers inside Slack handlers must fail fast
 * instead, or a Redis outage would hold a request past Slack's 3 seconds.
 */
export function workerConnection(url: string, logger: Logger, extra: RedisOptions = {}): Redis {
  const redis = new Redis(url, { maxRetriesPerRequest: null, ...extra });
  redis.on('error', (err) => logger.warn({ err }, 'Redis (worker) connection problem'));
  return redis;
}

export function producerConnection(url: string, logger: Logger, extra: RedisOptions = {}): Redis {
  const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000, ...extra });
  redis.on('error', (err) => logger.warn({ err }, 'Redis (producer) connection problem'));
  return redis;
}

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
