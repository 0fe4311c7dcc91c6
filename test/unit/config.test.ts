import { ConfigError, loadConfig, loadDatabaseUrl } from '../../src/config';

const good = {
  SLACK_BOT_TOKEN: 'xoxb-123-456-abcdef',
  SLACK_SIGNING_SECRET: 'signing-secret-value',
  DATABASE_URL: 'postgres://app:hunter2@db.internal:5432/purposeful',
  REDIS_URL: 'redis://cache:6379',
};

function problem(env: Record<string, string | undefined>): string {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig(good);
    expect(config).toMatchObject({
      port: 3000,
      queuePrefix: 'purposeful',
      role: 'all',
      logLevel: 'info',
      defaultTimezone: 'UTC',
      limits: { concurrency: 16, queue: 64 },
      botStatementTimeoutMs: 3000,
      workerStatementTimeoutMs: 60000,
      slack: { botToken: good.SLACK_BOT_TOKEN, signingSecret: good.SLACK_SIGNING_SECRET },
    });
    expect(config.slack.appToken).toBeUndefined();
  });

  it('reads every variable of the contract', () => {
    const config = loadConfig({
      ...good,
      SLACK_APP_TOKEN: 'xapp-1-abc',
      SLACK_API_URL: 'http://127.0.0.1:9999/api/',
      PORT: '8080',
      QUEUE_PREFIX: '{purposeful}',
      ROLE: 'worker',
      LOG_LEVEL: 'debug',
      DEFAULT_TIMEZONE: 'Europe/Berlin',
      BOT_CONCURRENCY: '4',
      BOT_QUEUE: '0',
      BOT_STATEMENT_TIMEOUT_MS: '1500',
      WORKER_STATEMENT_TIMEOUT_MS: '20000',
    });
    expect(config).toMatchObject({
      port: 8080,
      queuePrefix: '{purposeful}',
      role: 'worker',
      logLevel: 'debug',
      defaultTimezone: 'Europe/Berlin',
      limits: { concurrency: 4, queue: 0 },
      botStatementTimeoutMs: 1500,
      workerStatementTimeoutMs: 20000,
      slack: { appToken: 'xapp-1-abc', apiUrl: 'http://127.0.0.1:9999/api/' },
    });
  });

  it.each([
    [{ ...good, DATABASE_URL: undefined }, /^DATABASE_URL is missing: expected a URL like postgres:\/\//],
    [{ ...good, DATABASE_URL: '' }, /^DATABASE_URL is missing/],
    [{ ...good, BOT_CONCURRENCY: '0' }, /^BOT_CONCURRENCY is malformed: expected a whole number/],
    [{ ...good, BOT_QUEUE: 'lots' }, /^BOT_QUEUE is malformed: expected a whole number/],
    [
      { ...good, BOT_STATEMENT_TIMEOUT_MS: '3s' },
      /^BOT_STATEMENT_TIMEOUT_MS is malformed: expected a whole number of milliseconds/,
    ],
    [
      { ...good, BOT_STATEMENT_TIMEOUT_MS: '0' },
      /^BOT_STATEMENT_TIMEOUT_MS is malformed: expected a whole number of milliseconds/,
    ],
    [
      { ...good, BOT_STATEMENT_TIMEOUT_MS: '2.5' },
      /^BOT_STATEMENT_TIMEOUT_MS is malformed: expected a whole number of milliseconds/,
    ],
    [{ ...good, DATABASE_URL: 'mysql://x/y' }, /^DATABASE_URL is malformed/],
    [{ ...good, REDIS_URL: 'localhost:6379' }, /^REDIS_URL is malformed: expected a URL like redis:\/\//],
    [{ ...good, SLACK_BOT_TOKEN: undefined }, /^SLACK_BOT_TOKEN is missing: expected the bot token/],
    [{ ...good, SLACK_BOT_TOKEN: 'not-a-token' }, /^SLACK_BOT_TOKEN is malformed/],
    [{ ...good, SLACK_APP_TOKEN: 'xoxb-wrong-kind' }, /^SLACK_APP_TOKEN is malformed: expected an app-level token/],
    [{ ...good, PORT: 'eighty' }, /^PORT is malformed: expected a TCP port number/],
    [{ ...good, PORT: '70000' }, /^PORT is malformed/],
    [{ ...good, ROLE: 'scheduler' }, /^ROLE is malformed: expected one of all, bot, worker/],
    [{ ...good, DEFAULT_TIMEZONE: 'Mars/Olympus' }, /^DEFAULT_TIMEZONE is malformed: expected an IANA time zone/],
    [{ ...good, QUEUE_PREFIX: 'a:b' }, /^QUEUE_PREFIX is malformed/],
  ])('names the variable and what it expects (%#)', (env, expected) => {
    const message = problem(env);
    expect(message).toMatch(expected);
    expect(message).not.toContain('\n');
  });

  it('never echoes a secret value in its message', () => {
    const message = problem({ ...good, SLACK_SIGNING_SECRET: 'short', DATABASE_URL: 'postgres://u:hunter2@h/db' });
    expect(message).toMatch(/^SLACK_SIGNING_SECRET is malformed/);
    expect(message).not.toContain('short');
    expect(problem({ ...good, SLACK_BOT_TOKEN: 'xoxq-secret-token' })).not.toContain('secret-token');
  });

  it('needs only DATABASE_URL to migrate', () => {
    expect(loadDatabaseUrl({ DATABASE_URL: good.DATABASE_URL })).toBe(good.DATABASE_URL);
    expect(() => loadDatabaseUrl({})).toThrow(/^DATABASE_URL is missing/);
  });
});

describe('loadConfig: the queue dashboard and the uninstall grace period', () => {
  it('keeps the dashboard off and the grace period at 30 days by default', () => {
    const config = loadConfig(good);
    expect(config.admin).toBeUndefined();
    expect(config.uninstallGraceDays).toBe(30);
    expect(loadConfig({ ...good, ADMIN_USER: '', ADMIN_PASSWORD: '', ADMIN_TOKEN: '' }).admin).toBeUndefined();
  });

  it('turns the dashboard on with a user and password, or a token', () => {
    expect(loadConfig({ ...good, ADMIN_USER: 'ops', ADMIN_PASSWORD: 'a long password' }).admin).toEqual({
      user: 'ops',
      password: 'a long password',
      token: undefined,
    });
    const token = 'f'.repeat(32);
    expect(loadConfig({ ...good, ADMIN_TOKEN: token }).admin).toEqual({ user: undefined, password: undefined, token });
  });

  it.each([
    [{ ADMIN_USER: 'ops' }, /^ADMIN_PASSWORD is missing/],
    [{ ADMIN_PASSWORD: 'a long password' }, /^ADMIN_USER is missing/],
    [
      { ADMIN_USER: 'ops', ADMIN_PASSWORD: 'short' },
      /^ADMIN_PASSWORD is malformed: expected a password of at least 12/,
    ],
    [{ ADMIN_TOKEN: 'too-short' }, /^ADMIN_TOKEN is malformed/],
    [{ UNINSTALL_GRACE_DAYS: '-1' }, /^UNINSTALL_GRACE_DAYS is malformed/],
    [{ UNINSTALL_GRACE_DAYS: 'soon' }, /^UNINSTALL_GRACE_DAYS is malformed/],
  ])('refuses %o with one line', (extra, expected) => {
    expect(problem({ ...good, ...extra })).toMatch(expected);
  });

  it('never echoes the password or token it refuses', () => {
    expect(problem({ ...good, ADMIN_USER: 'ops', ADMIN_PASSWORD: 'sekrit' })).not.toContain('sekrit');
    expect(problem({ ...good, ADMIN_TOKEN: 'tok en with spaces that is long' })).not.toContain('tok en');
  });

  it('accepts 0 days: purge at once', () => {
    expect(loadConfig({ ...good, UNINSTALL_GRACE_DAYS: '0' }).uninstallGraceDays).toBe(0);
  });
});
