/**
 * Jest's Node environment, plus what graphile-worker's test suite checks after each test: a test file
 * fails if, once it is done, its Redis key prefixes still hold keys or a connection, server, child
 * process or timer it opened is still open. So a leak shows up in the file that caused it, rather than
 * as Jest's "a worker process has failed to exit gracefully" at the end of a run, or as keys piling up in
 * a shared Redis.
 */
import { TestEnvironment } from 'jest-environment-node';
import { Redis } from 'ioredis';
import { ISSUED_PREFIXES, TEST_REDIS_URL } from './redis';

/** How long a file's handles get to finish closing (a socket closes a tick after `end()` resolves). */
const SETTLE_MS = 2000;

function countByType(resources: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of resources) counts.set(r, (counts.get(r) ?? 0) + 1);
  return counts;
}

/** Resources open now that were not open before the file ran; Immediates are never a leak. */
function leftOpen(before: Map<string, number>): string[] {
  const extra: string[] = [];
  for (const [type, n] of countByType(process.getActiveResourcesInfo())) {
    if (type === 'Immediate') continue;
    const more = n - (before.get(type) ?? 0);
    if (more > 0) extra.push(`${more} × ${type}`);
  }
  return extra;
}

async function keysUnder(prefixes: string[]): Promise<string[]> {
  if (prefixes.length === 0) return [];
  const redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: 1, connectTimeout: 3000, lazyConnect: true });
  redis.on('error', () => undefined); // the commands below reject on their own
  try {
    const found: string[] = [];
    for (const prefix of prefixes) {
      const [, keys] = await redis.scan('0', 'MATCH', `${prefix}:*`, 'COUNT', 10_000);
      found.push(...keys);
    }
    return found;
  } finally {
    await redis.quit().catch(() => redis.disconnect());
  }
}

export default class CleanTestEnvironment extends TestEnvironment {
  private before = new Map<string, number>();

  override async setup(): Promise<void> {
    await super.setup();
    this.before = countByType(process.getActiveResourcesInfo());
  }

  override async teardown(): Promise<void> {
    const prefixes = [...((this.global[ISSUED_PREFIXES] as string[] | undefined) ?? [])];
    const deadline = Date.now() + SETTLE_MS;
    let open = leftOpen(this.before);
    while (open.length > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      open = leftOpen(this.before);
    }
    const keys = await keysUnder(prefixes);
    await super.teardown();
    const problems = [
      ...(open.length > 0
        ? [`still open after the file: ${open.join(', ')} (a worker, connection, server or timer not closed)`]
        : []),
      ...(keys.length > 0
        ? [`${keys.length} Redis keys left under ${prefixes.join(', ')}, e.g. ${keys.slice(0, 3).join(', ')}`]
        : []),
    ];
    if (problems.length > 0) throw new Error(problems.join('\n'));
  }
}
