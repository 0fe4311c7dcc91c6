import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Where a test file's prefixes are listed, so that test/support/environment.ts can check they end empty. */
export const ISSUED_PREFIXES = '__purposefulTestPrefixes';

/** A key prefix of its own for one test file: BullMQ's habit of one queue name per test. */
export function testQueuePrefix(): string {
  const prefix = `ptest-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
  const global = globalThis as unknown as Record<string, string[] | undefined>;
  global[ISSUED_PREFIXES] ??= [];
  global[ISSUED_PREFIXES].push(prefix);
  return prefix;
}

/** A key prefix of its own for the tests of a file (or a describe block), its keys dropped after them. */
export function shareQueuePrefix(): string {
  const prefix = testQueuePrefix();
  afterAll(async () => {
    await dropPrefix(prefix);
  });
  return prefix;
}

/**
 * Deletes every key under the prefix (what `obliterate` does for one queue, for all of them). Used by
 * the tests, the benches and the demo to leave nothing behind.
 */
export async function dropPrefix(prefix: string, url: string = TEST_REDIS_URL): Promise<void> {
  const redis = new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 3000 });
  redis.on('error', () => undefined); // the commands below reject on their own
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    // quit, not disconnect: disconnect leaves a reconnect timer that keeps a short process alive.
    await redis.quit().catch(() => redis.disconnect());
  }
}
