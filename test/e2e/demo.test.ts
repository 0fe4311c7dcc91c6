import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { DemoError, runDemo } from '../../demo/demo';
import { TEST_PG_URL } from '../support/db';
import { TEST_REDIS_URL, testQueuePrefix } from '../support/redis';

/** `npm run demo`: the whole week through Slack's request formats, then nothing left behind. */

const testDatabaseName = () => `purposeful_test_demo_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;

async function databaseExists(name: string): Promise<boolean> {
  const client = new Client({ connectionString: TEST_PG_URL });
  await client.connect();
  try {
    return (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
  } finally {
    await client.end();
  }
}

async function keysUnder(prefix: string): Promise<string[]> {
  const redis = new Redis(TEST_REDIS_URL);
  try {
    const found: string[] = [];
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      found.push(...keys);
    } while (cursor !== '0');
    return found;
  } finally {
    await redis.quit();
  }
}

/** The beats of the story, in the order they are printed. */
function indexOf(text: string, pattern: RegExp): number {
  const match = pattern.exec(text);
  if (!match) throw new Error(`the demo's output lacks ${pattern}:\n${text}`);
  return match.index;
}

describe('npm run demo', () => {
  it('plays the week through Slack request formats, prints what each person saw, and cleans up', async () => {
    const databaseName = testDatabaseName();
    const queuePrefix = testQueuePrefix();
    let streamed = '';
    const result = await runDemo({
      databaseUrl: TEST_PG_URL,
      redisUrl: TEST_REDIS_URL,
      databaseName,
      queuePrefix,
      write: (t) => (streamed += t),
    });
    const text = result.text;
    expect(streamed.trimEnd()).toBe(text.trimEnd());
    expect(result).toMatchObject({ databaseName, queuePrefix });

    const beats = [
      /── Maya \(a modal opens: Draft outreach\)/, // /outreach draft → views.open
      /── Maya \(DM from Purposeful\)\n.*Draft for Jane Doe[\s\S]*?Purpose check: \d+\/100, Purposeful/, // the draft and its check
      /\[Mark as sent\] \[Edit\] \[Discard\]/,
      /── Maya \(a modal opens: Mark as sent\)/,
      /Sent to Jane Doe[^\n]*Logged/, // the DM turned into a record
      /── Leo \(DM from Purposeful\)[\s\S]*?Purpose check: \d+\/100, Boilerplate/, // LinkedIn's default invitation
      /Sent to Marcus Lee/, // the third rep
      /Three business days later/,
      /── Maya \(DM from Purposeful\)\n.*Time to follow up[\s\S]*?\[They replied\] \[Draft follow-up\] \[Snooze ▾\] \[Close\]/, // a reminder
      /How did Jane Doe reply\?/,
      /Recorded: Jane Doe replied \(positive\)/, // the reply recorded
      /Snoozed Tom Becker until/,
      /── Leo \(only you can see this\)\n[\s\S]{0,200}?\b1 sent\b/, // stats
      /── Maya \(the App Home tab\)/,
      /── #sales \(Purposeful posted\)\n.*weekly digest/,
      /── Ava in #sales \(only you can see this\)\n.*gets the weekly digest/,
    ];
    const positions = beats.map((b) => indexOf(text, b));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(text.match(/Time to follow up/g)).toHaveLength(3); // one reminder DM per rep

    // It ends with the digest preview, with this week's numbers: 3 sent, 1 reply.
    const preview = text.slice(text.lastIndexOf('── Ava in #sales (only you can see this)'));
    expect(preview).toMatch(/preview/i);
    expect(preview).toMatch(/\b3\b/);
    expect(preview).toMatch(/33%/);
    expect(text).not.toMatch(/NaN|undefined|\[object Object\]/);
    expect(text).not.toMatch(/went wrong/i);

    expect(await databaseExists(databaseName)).toBe(false);
    expect(await keysUnder(queuePrefix)).toEqual([]);
  }, 60_000);

  it('cleans up when it is stopped half-way', async () => {
    const databaseName = testDatabaseName();
    const queuePrefix = testQueuePrefix();
    const controller = new AbortController();
    let streamed = '';
    const run = runDemo({
      databaseUrl: TEST_PG_URL,
      redisUrl: TEST_REDIS_URL,
      databaseName,
      queuePrefix,
      signal: controller.signal,
      write: (t) => {
        streamed += t;
        // Stop once the follow-up jobs are in Redis and sent outreach is in Postgres.
        if (streamed.includes('Three business days later')) controller.abort();
      },
    });
    await expect(run).rejects.toThrow(/interrupted/);
    expect(await databaseExists(databaseName)).toBe(false);
    expect(await keysUnder(queuePrefix)).toEqual([]);
  }, 60_000);

  it('says in one line that Postgres or Redis is not there', async () => {
    const unreachablePg = runDemo({ databaseUrl: 'postgres://postgres@127.0.0.1:1/x', redisUrl: TEST_REDIS_URL });
    await expect(unreachablePg).rejects.toThrow(DemoError);
    await expect(unreachablePg).rejects.toThrow(/^Postgres is not reachable at 127\.0\.0\.1:1 \(.*\)\. Start it/);
    const unreachableRedis = runDemo({ databaseUrl: TEST_PG_URL, redisUrl: 'redis://127.0.0.1:1' });
    await expect(unreachableRedis).rejects.toThrow(/^Redis is not reachable at 127\.0\.0\.1:1 \(.*ECONNREFUSED.*\)/);
    for (const failed of [unreachablePg, unreachableRedis]) {
      const message = await failed.catch((err: Error) => err.message);
      expect(message).not.toContain('\n');
    }
  });
});
