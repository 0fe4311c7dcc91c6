import { scrubSecrets } from '../../src/logger';

describe('scrubSecrets: what a log line or a start-up error may never show', () => {
  it.each([
    ['postgres://purposeful:s3cret@db:5432/purposeful', 'postgres://purposeful:***@db:5432/purposeful', 's3cret'],
    ['redis://:s3cret@redis:6379', 'redis://:***@redis:6379', 's3cret'],
    // A raw `@` in a password is a valid URL (the last `@` ends the password), so DATABASE_URL may hold one.
    ['connect postgres://u:p@ss@w0rd@db/x failed', 'connect postgres://u:***@db/x failed', 'w0rd'],
    ['postgres://u:pass%40word@h/db', 'postgres://u:***@h/db', 'pass'],
    ['token xoxb-123-456-abc, app xapp-1-A1-2-b', 'token [redacted], app [redacted]', 'abc'],
  ])('%s', (text, scrubbed, secret) => {
    expect(scrubSecrets(text)).toBe(scrubbed);
    expect(scrubSecrets(text)).not.toContain(secret);
  });

  it('leaves text without secrets as it is', () => {
    const text = 'Jane <jane@acme.com> at https://acme.com/a@b: see postgres://db:5432/x';
    expect(scrubSecrets(text)).toBe(text);
  });
});
