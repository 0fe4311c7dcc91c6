import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { dropPrefix, TEST_REDIS_URL, testQueuePrefix } from '../support/redis';
import { startFakeSlackApi, type FakeSlackApi } from '../support/slack-api';

const ROOT = path.resolve(__dirname, '../..');
const MAIN = ['-r', require.resolve('@swc-node/register'), path.join(ROOT, 'src/main.ts')];
// The app reads .env from its working directory; the README has users create one in the checkout, so
// the processes here start in an empty directory of their own, and see only the environment given.
const CWD = mkdtempSync(path.join(tmpdir(), 'purposeful-process-test-'));

/** The environment a real start would have, minus anything inherited that could change the outcome. */
function env(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, SWC_NODE_PROJECT: path.join(ROOT, 'tsconfig.json'), LOG_LEVEL: 'silent', ...extra };
}

describe('the process: start-up, configuration errors, graceful shutdown', () => {
  let db: TestDatabase;
  let slack: FakeSlackApi;
  const prefix = testQueuePrefix();
  beforeAll(async () => {
    db = await createTestDatabase({ migrated: false });
    slack = await startFakeSlackApi();
  });
  afterAll(async () => {
    await slack.close();
    await db.drop();
    await dropPrefix(prefix);
    rmSync(CWD, { recursive: true, force: true });
  });

  const good = () => ({
    SLACK_BOT_TOKEN: 'xoxb-process-test',
    SLACK_SIGNING_SECRET: 'process-test-secret',
    SLACK_API_URL: `${slack.url}/api/`,
    DATABASE_URL: db.url.replace('postgres://postgres@', 'postgres://postgres:not-a-real-password@'),
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: prefix,
    PORT: '0',
    ROLE: 'bot',
  });

  it.each([
    ['DATABASE_URL', undefined, /^DATABASE_URL is missing: expected a URL like postgres:\/\//],
    ['ROLE', 'cron', /^ROLE is malformed: expected one of all, bot, worker/],
    ['SLACK_SIGNING_SECRET', 'x', /^SLACK_SIGNING_SECRET is malformed/],
  ])('stops on a bad %s with one line that names it, exit 1', (name, value, expected) => {
    const result = spawnSync(process.execPath, MAIN, { cwd: CWD, env: env({ ...good(), [name]: value }), encoding: 'utf8', timeout: 20000 });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(expected);
    expect(result.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/); // no stack trace
    expect(result.stdout + result.stderr).not.toContain('process-test-secret');
  });

  it('starts (migrations, then the bot), serves /readyz, and exits 0 on SIGTERM', async () => {
    const child = spawn(process.execPath, MAIN, { cwd: CWD, env: env({ ...good(), LOG_LEVEL: 'info' }), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start within 20 s:\n${output}`)), 20000);
      child.stdout.on('data', () => {
        const match = /"port":(\d+).*bot listening/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      });
    });
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', postgres: 'ok', redis: 'ok' });
    const { rows } = await db.pool().query('SELECT count(*)::int AS n FROM schema_migrations');
    expect(rows[0].n).toBeGreaterThan(0);
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    // Secrets stay out of the logs, even inside connection strings.
    expect(output).not.toContain('not-a-real-password');
    expect(output).not.toContain('process-test-secret');
    expect(output).not.toContain('xoxb-process-test');
  });
});
