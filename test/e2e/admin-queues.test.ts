import { authorised } from '../../src/admin-queues';
import { startTestApp, type TestApp } from '../support/app';

const USER = 'ops';
const PASSWORD = 'correct horse battery';
const TOKEN = 'tok_0123456789abcdef0123456789';

const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

describe('the queue dashboard at /admin/queues', () => {
  const apps: TestApp[] = [];
  afterAll(async () => {
    for (const app of apps) await app.close();
  });
  async function start(admin?: { user?: string; password?: string; token?: string }) {
    const app = await startTestApp(admin ? { admin } : {});
    apps.push(app);
    return app;
  }

  it('answers 404 when no credentials are configured, like any unknown path', async () => {
    const app = await start();
    expect((await fetch(`${app.baseUrl}/admin/queues`)).status).toBe(404);
    expect(
      (await fetch(`${app.baseUrl}/admin/queues`, { headers: { authorization: basic(USER, PASSWORD) } })).status,
    ).toBe(404);
    expect((await fetch(`${app.baseUrl}/healthz`)).status).toBe(200);
  });

  it('with a user and password: 401 without or with wrong credentials, 200 and the three queues with them', async () => {
    const app = await start({ user: USER, password: PASSWORD });
    const none = await fetch(`${app.baseUrl}/admin/queues`);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
    expect(
      (await fetch(`${app.baseUrl}/admin/queues`, { headers: { authorization: basic(USER, 'wrong password!') } }))
        .status,
    ).toBe(401);
    expect(
      (await fetch(`${app.baseUrl}/admin/queues`, { headers: { authorization: basic('root', PASSWORD) } })).status,
    ).toBe(401);
    // The API behind the page is guarded the same way.
    expect((await fetch(`${app.baseUrl}/admin/queues/api/queues`)).status).toBe(401);

    const page = await fetch(`${app.baseUrl}/admin/queues`, { headers: { authorization: basic(USER, PASSWORD) } });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<html/i);
    const api = await fetch(`${app.baseUrl}/admin/queues/api/queues`, {
      headers: { authorization: basic(USER, PASSWORD) },
    });
    expect(api.status).toBe(200);
    const names = ((await api.json()) as { queues: Array<{ name: string }> }).queues.map((q) => q.name).sort();
    expect(names).toEqual(['digests', 'followups', 'records']);
  });

  it("refuses a cross-site write that rides on the browser's remembered basic credentials (CSRF)", async () => {
    const app = await start({ user: USER, password: PASSWORD });
    const auth = { authorization: basic(USER, PASSWORD) };
    // What a form on another site makes the operator's browser send: a simple POST, credentials attached.
    const forged = await fetch(`${app.baseUrl}/admin/queues/api/queues/followups/add`, {
      method: 'POST',
      headers: {
        ...auth,
        'content-type': 'text/plain',
        origin: 'https://evil.example',
        'sec-fetch-site': 'cross-site',
      },
      body: '{"name":"remind","data":{}}',
    });
    expect(forged.status).toBe(403);
    expect(await app.queue.queue.getJobCounts('waiting', 'delayed', 'prioritized')).toEqual({
      waiting: 0,
      delayed: 0,
      prioritized: 0,
    });
    // The dashboard's own page (same origin) still reads and acts.
    const own = await fetch(`${app.baseUrl}/admin/queues/api/queues/followups/pause`, {
      method: 'PUT',
      headers: { ...auth, origin: app.baseUrl, 'sec-fetch-site': 'same-origin' },
    });
    expect(own.status).toBe(200);
    expect(
      (await fetch(`${app.baseUrl}/admin/queues/api/queues`, { headers: { ...auth, 'sec-fetch-site': 'cross-site' } }))
        .status,
    ).toBe(200);
    await app.queue.queue.resume();
  });

  it('with a token: 401 with a wrong one, 200 with the bearer token', async () => {
    const app = await start({ token: TOKEN });
    expect((await fetch(`${app.baseUrl}/admin/queues`)).status).toBe(401);
    expect(
      (await fetch(`${app.baseUrl}/admin/queues`, { headers: { authorization: `Bearer ${TOKEN}x` } })).status,
    ).toBe(401);
    expect(
      (await fetch(`${app.baseUrl}/admin/queues`, { headers: { authorization: basic(USER, PASSWORD) } })).status,
    ).toBe(401);
    expect((await fetch(`${app.baseUrl}/admin/queues`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(
      200,
    );
  });
});

describe('authorised', () => {
  const both = { user: USER, password: PASSWORD, token: TOKEN };
  test.each([
    ['no header', undefined, false],
    ['right basic', basic(USER, PASSWORD), true],
    ['password with a colon in it is read whole', basic(USER, `${PASSWORD}:x`), false],
    ['right user, empty password', basic(USER, ''), false],
    ['basic without a colon', `Basic ${Buffer.from('opsonly').toString('base64')}`, false],
    ['right bearer', `Bearer ${TOKEN}`, true],
    ['bearer, lower case scheme', `bearer ${TOKEN}`, true],
    ['a prefix of the token', `Bearer ${TOKEN.slice(0, -1)}`, false],
    ['unknown scheme', `Digest ${TOKEN}`, false],
  ])('%s', (_name, header, expected) => {
    expect(authorised(header, both)).toBe(expected);
  });

  it('does not accept basic auth when only a token is configured', () => {
    expect(authorised(basic('', ''), { token: TOKEN })).toBe(false);
  });
});
