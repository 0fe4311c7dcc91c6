import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestDatabase } from '../support/db';
import { shareQueuePrefix, TEST_REDIS_URL } from '../support/redis';
import { shareAcrossTests } from '../support/shared';
import { startFakeSlackApi } from '../support/slack-api';
import { postToApp, slashCommand } from '../support/slack-requests';

const ROOT = path.resolve(__dirname, '../..');
const MAIN = ['-r', require.resolve('@swc-node/register'), path.join(ROOT, 'src/main.ts')];
// The app reads .env from its working directory; the README has users create one in the checkout, so
// the processes here start in an empty directory of their own, and see only the environment given.
const CWD = mkdtempSync(path.join(tmpdir(), 'purposeful-process-test-'));

// Each process compiles src/ with swc as it starts: a few seconds on a quiet machine, many times that on
// a loaded one. So the tests wait for what the process says (a log line, its exit), and only a process
// that never says it meets this bound; the tests' own timeout leaves room for the rest of the test.
const PATIENCE_MS = 90_000;
jest.setTimeout(PATIENCE_MS + 60_000);

/** The processes a test started; any still running when it ends (it failed or timed out) is killed. */
const running = new Set<ChildProcess>();
function tracked(child: ChildProcess): ChildProcess {
  running.add(child);
  child.on('exit', () => running.delete(child));
  return child;
}
afterEach(async () => {
  await Promise.all(
    [...running].map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.on('exit', () => resolve());
          child.kill('SIGKILL');
        }),
    ),
  );
});

/** The environment a real start would have, minus anything inherited that could change the outcome. */
function env(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    SWC_NODE_PROJECT: path.join(ROOT, 'tsconfig.json'),
    LOG_LEVEL: 'silent',
    ...extra,
  };
}

describe('the process: start-up, configuration errors, graceful shutdown', () => {
  const db = shareAcrossTests(
    () => createTestDatabase({ migrated: false }),
    (made) => made.drop(),
  );
  const slack = shareAcrossTests(startFakeSlackApi, (made) => made.close());
  const prefix = shareQueuePrefix();
  afterAll(() => {
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
    const result = spawnSync(process.execPath, MAIN, {
      cwd: CWD,
      env: env({ ...good(), [name]: value }),
      encoding: 'utf8',
      timeout: PATIENCE_MS,
    });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(expected);
    expect(result.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/); // no stack trace
    expect(result.stdout + result.stderr).not.toContain('process-test-secret');
  });

  /**
   * Starts main.ts in `cwd` with a good configuration, logging at info, and resolves once it logs that
   * the bot listens; rejects, with what it wrote, if it exits first or says nothing of the kind in
   * PATIENCE_MS.
   */
  async function startListening(cwd: string) {
    const child = spawn(process.execPath, MAIN, {
      cwd,
      env: env({ ...good(), LOG_LEVEL: 'info' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    tracked(child);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`not listening after ${PATIENCE_MS / 1000} s:\n${output}`)),
        PATIENCE_MS,
      );
      child.stdout.on('data', () => {
        const match = /"port":(\d+).*bot listening/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      });
      child.on('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`exited (${code ?? signal}) before it listened:\n${output}`));
      });
    });
    return { child, port, exit, output: () => output };
  }

  it('starts (migrations, then the bot), serves /readyz, and exits 0 on SIGTERM', async () => {
    const { child, port, exit, output } = await startListening(CWD);
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', postgres: 'ok', redis: 'ok' });
    // A signed body that parses to null once ended the process (Bolt read body.ssl_check in a
    // promise nobody awaited): now it gets a 400, and the process serves on.
    for (const [body, contentType] of [
      ['null', 'json'],
      ['payload=null', 'form'],
      ['[]', 'json'],
    ] as const) {
      const refused = await postToApp(`http://127.0.0.1:${port}`, {
        body,
        contentType,
        signingSecret: 'process-test-secret',
      });
      expect(refused.status).toBe(400);
    }
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    const { rows } = await db.pool().query('SELECT count(*)::int AS n FROM schema_migrations');
    expect(rows[0].n).toBeGreaterThan(0);
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    // Secrets stay out of the logs, even inside connection strings.
    expect(output()).not.toContain('not-a-real-password');
    expect(output()).not.toContain('process-test-secret');
    expect(output()).not.toContain('xoxb-process-test');
  });

  it('starts when Slack does not answer auth.test, and then does not call it on every request', async () => {
    slack.reset();
    slack.respondWith('auth.test', () => ({ status: 503, body: 'upstream unavailable' }));
    const { child, port, exit, output } = await startListening(ROOT);
    try {
      expect(output()).toMatch(/Slack did not answer auth.test; starting anyway/);
      const atStart = slack.callsTo('auth.test').length;
      for (let i = 0; i < 5; i++) {
        const answer = await postToApp(`http://127.0.0.1:${port}`, {
          body: slashCommand({ user_id: 'U0IDENTITY', text: 'help' }),
          contentType: 'form',
          signingSecret: 'process-test-secret',
        });
        expect(answer.status).toBe(200);
      }
      // One lazy try for five requests (Bolt left to itself asked on each), and none more this minute.
      expect(slack.callsTo('auth.test').length - atStart).toBe(1);
    } finally {
      child.kill('SIGTERM');
      await exit;
      slack.reset();
    }
  });

  /**
   * Runs main.ts to its exit; the stand-in must keep answering meanwhile, so no spawnSync. Rejects, with
   * what it wrote, if it is still running after PATIENCE_MS.
   */
  function runToExit(extra: Record<string, string | undefined>, onOutput?: (output: string, kill: () => void) => void) {
    const child = spawn(process.execPath, MAIN, {
      cwd: ROOT,
      env: env({ ...good(), ...extra }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    tracked(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      onOutput?.(stdout + stderr, () => child.kill('SIGTERM'));
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      onOutput?.(stdout + stderr, () => child.kill('SIGTERM'));
    });
    return {
      child,
      exit: new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
        const timer = setTimeout(() => {
          reject(new Error(`still running after ${PATIENCE_MS / 1000} s:\n${stdout}${stderr}`));
          child.kill('SIGKILL');
        }, PATIENCE_MS);
        child.on('exit', (code) => {
          clearTimeout(timer);
          resolve({ code, stdout, stderr });
        });
      }),
    };
  }

  it.each(['invalid_auth', 'token_revoked', 'account_inactive', 'not_authed'])(
    'stops with one line naming SLACK_BOT_TOKEN, exit 1, when auth.test says %s',
    async (error) => {
      slack.reset();
      slack.respondWith('auth.test', () => ({ body: { ok: false, error } }));
      const { exit } = runToExit({ LOG_LEVEL: 'info' });
      const result = await exit;
      slack.reset();
      expect(result.code).toBe(1);
      const lines = result.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^SLACK_BOT_TOKEN was refused by Slack \\(${error}\\)`));
      expect(result.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
      expect(result.stdout).not.toContain('bot listening');
      expect(result.stdout + result.stderr).not.toContain('xoxb-process-test');
    },
  );

  it('stops with one line when the token is not a bot token (auth.test has no bot_id)', async () => {
    slack.reset();
    slack.respondWith('auth.test', () => ({
      body: { ok: true, team_id: 'T000', user_id: 'U0PERSON', user: 'someone' },
    }));
    const result = await runToExit({}).exit;
    slack.reset();
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^SLACK_BOT_TOKEN is not a bot token/)]);
  });

  it('Socket Mode: stops with one line naming SLACK_APP_TOKEN, exit 1, when apps.connections.open refuses it', async () => {
    slack.reset();
    slack.respondWith('apps.connections.open', () => ({ body: { ok: false, error: 'invalid_auth' } }));
    const result = await runToExit({ LOG_LEVEL: 'info', SLACK_APP_TOKEN: 'xapp-1-process-test-app-token' }).exit;
    slack.reset();
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^SLACK_APP_TOKEN was refused by Slack \(invalid_auth\)/),
    ]);
    expect(result.stdout).not.toContain('bot listening');
    // No line about it besides that one: the library's own error lines are the supervisor's to write.
    expect(result.stdout).not.toMatch(/"level":50/);
    expect(result.stdout + result.stderr).not.toContain('process-test-app-token');
  });

  it('exits promptly with a line on SIGTERM during start-up', async () => {
    slack.reset();
    // auth.test never answers: the process is stuck in start-up when the signal comes.
    slack.respondWith('auth.test', () => new Promise(() => undefined));
    const { child, exit } = runToExit({ LOG_LEVEL: 'info' });
    await slack.waitFor('auth.test', 1, PATIENCE_MS);
    child.kill('SIGTERM');
    const result = await exit;
    slack.reset();
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/"signal":"SIGTERM".*shutting down during start-up/);
  });
});
