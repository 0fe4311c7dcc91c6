import { ConfigError, loadConfig } from '../../src/config';

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

describe('loadConfig: the queue dashboard and the uninstall grace period', () => {
  it('keeps the dashboard off and the grace period at 30 days by default', () => {
    const config = loadConfig(good);
    expect(config.admin).toBeUndefined();
    expect(config.uninstallGraceDays).toBe(30);
    expect(loadConfig({ ...good, ADMIN_USER: '', ADMIN_PASSWORD: '', ADMIN_TOKEN: '' }).admin).toBeUndefined();
  });

  it('turns the dashboard on with a user and password, or a token', () => {
    expect(loadConfig({ ...good, ADMIN_USER: 'ops', ADMIN_PASSWORD: 'a long password' }).admin).toEqual({ user: 'ops', password: 'a long password', token: undefined });
    const token = 'f'.repeat(32);
    expect(loadConfig({ ...good, ADMIN_TOKEN: token }).admin).toEqual({ user: undefined, password: undefined, token });
  });

  it.each([
    [{ ADMIN_USER: 'ops' }, /^ADMIN_PASSWORD is missing/],
    [{ ADMIN_PASSWORD: 'a long password' }, /^ADMIN_USER is missing/],
    [{ ADMIN_USER: 'ops', ADMIN_PASSWORD: 'short' }, /^ADMIN_PASSWORD is malformed: expected a password of at least 12/],
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
