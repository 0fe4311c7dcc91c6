import { createServer, type RequestListener, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { parse as parseQuery } from 'node:querystring';
import { guardSlackRequests, malformedBody } from '../../src/request-guard';

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

describe('malformedBody: only shapes Slack sends reach Bolt', () => {
  it.each([
    ['', FORM, 'empty body'],
    ['', JSON_TYPE, 'empty body'],
    ['null', JSON_TYPE, 'body is not a JSON object'],
    ['[]', JSON_TYPE, 'body is not a JSON object'],
    ['123', JSON_TYPE, 'body is not a JSON object'],
    ['"text"', JSON_TYPE, 'body is not a JSON object'],
    ['{not json', JSON_TYPE, 'body is not a JSON object'],
    ['payload=null', FORM, 'payload is not a JSON object'],
    ['payload=%5B%5D', FORM, 'payload is not a JSON object'],
    ['payload=42', FORM, 'payload is not a JSON object'],
    ['payload=%7Bbroken', FORM, 'payload is not a JSON object'],
    ['payload=%7B%7D&payload=%7B%7D', FORM, 'payload given twice'],
    ['null', 'text/plain', 'body is not a JSON object'],
  ])('refuses %j (%s): %s', (body, type, reason) => {
    expect(malformedBody(Buffer.from(body), type)).toBe(reason);
  });

  it.each([
    ['{"type":"event_callback","event":{"type":"app_home_opened"}}', JSON_TYPE],
    ['{"type":"url_verification","challenge":"x"}', JSON_TYPE],
    ['command=%2Foutreach&text=list&team_id=T1', FORM],
    ['ssl_check=1&token=x', FORM],
    [`payload=${encodeURIComponent('{"type":"block_actions"}')}`, FORM],
  ])('lets %j through', (body, type) => {
    expect(malformedBody(Buffer.from(body), type)).toBeNull();
  });

  it.each([
    ['&&&', 'no form fields'],
    ['p%61yload=null', 'payload is not a JSON object'],
    ['text=x&p%61yload=%7B%7D&payload=%7B%7D', 'payload given twice'],
    ['text=payload%3Dnull&payload', 'payload is not a JSON object'],
    ['text=a&payload=null&x=1', 'payload is not a JSON object'],
  ])('reads form keys as Bolt will (decoded): refuses %j: %s', (body, reason) => {
    expect(malformedBody(Buffer.from(body), FORM)).toBe(reason);
  });

  it.each([['text=payload%3Dnull'], ['='], ['&payloads=1'], ['+'], ['a&']])(
    'reads form keys as Bolt will (decoded): lets %j through',
    (body) => {
      expect(malformedBody(Buffer.from(body), FORM)).toBeNull();
    },
  );

  it('says of any form body what a full parse of it says (random bodies from the pieces that matter)', () => {
    /** The rule as first written: every body parsed in full, as Bolt parses it. */
    const byFullParse = (text: string): string | null => {
      const fields = parseQuery(text);
      if (Object.keys(fields).length === 0) return 'no form fields';
      if (fields.payload === undefined) return null;
      if (typeof fields.payload !== 'string') return 'payload given twice';
      try {
        const value: unknown = JSON.parse(fields.payload);
        return value !== null && typeof value === 'object' && !Array.isArray(value)
          ? null
          : 'payload is not a JSON object';
      } catch {
        return 'payload is not a JSON object';
      }
    };
    const pieces = ['&', '=', 'payload', 'p%61yload', '%70', 'ayload', '%7B%7D', 'null', '+', 'text', '%', 'x', '{}'];
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 5000; i++) {
      const text = Array.from({ length: 1 + random(7) }, () => pieces[random(pieces.length)]).join('');
      expect([text, malformedBody(Buffer.from(text), FORM)]).toEqual([text, byFullParse(text)]);
    }
  });
});

describe('guardSlackRequests: slow and piled-up bodies are bounded', () => {
  let server: Server;
  let port: number;
  const refused: string[] = [];
  const sockets: Socket[] = [];

  async function start(options: { bodyTimeoutMs?: number; maxBufferedBytes?: number }) {
    refused.length = 0;
    const inner: RequestListener = (_req, res) => res.writeHead(200).end('ok');
    server = createServer(
      guardSlackRequests(inner, {
        path: '/slack/events',
        maxBytes: 2000,
        ...options,
        onRefused: (reason) => refused.push(reason),
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  }
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.destroy();
    await new Promise((resolve) => server.close(resolve));
  });

  /** A client that declares `declared` bytes, sends `sent` of them, and stalls; resolves with what it reads back. */
  function stalledClient(declared: number, sent: number): { answer: Promise<string> } {
    const socket = connect(port, '127.0.0.1');
    sockets.push(socket);
    socket.write(
      `POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${declared}\r\n\r\n${'x'.repeat(sent)}`,
    );
    let data = '';
    socket.on('data', (d) => (data += d.toString()));
    socket.on('error', () => undefined);
    return { answer: new Promise((resolve) => socket.on('close', () => resolve(data))) };
  }

  it("hands a read body on as rawBody, without its reading handlers (they'd live as long as the request)", async () => {
    const handed: Array<{ body: string; handlers: number[] }> = [];
    server = createServer(
      guardSlackRequests(
        (req, res) => {
          handed.push({
            body: String((req as { rawBody?: Buffer }).rawBody),
            handlers: ['data', 'end', 'close'].map((event) => req.listenerCount(event)),
          });
          res.writeHead(200).end('ok');
        },
        { path: '/slack/events' },
      ),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    const answer = await fetch(`http://127.0.0.1:${port}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'command=%2Foutreach&text=list',
    });
    expect(answer.status).toBe(200);
    expect(handed).toEqual([{ body: 'command=%2Foutreach&text=list', handlers: [0, 0, 0] }]);
  });

  it('answers 408 and closes a body that stops coming (slowloris), instead of holding it for minutes', async () => {
    await start({ bodyTimeoutMs: 100 });
    const answer = await stalledClient(1000, 10).answer;
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(refused).toEqual(['slow']);
  });

  it('answers 503 once the bodies being read together pass the budget, and frees it when they go', async () => {
    await start({ bodyTimeoutMs: 60_000, maxBufferedBytes: 3000 });
    // Two stalled bodies of 1,800 bytes each: whichever arrives second passes the budget.
    const answers = [stalledClient(2000, 1800).answer, stalledClient(2000, 1800).answer];
    const shed = await Promise.race(answers);
    expect(shed).toMatch(/^HTTP\/1\.1 503/);
    expect(refused).toEqual(['busy']);
    for (const s of sockets) s.destroy();
    await Promise.all(answers);
    // Once the server has seen both connections close, a body of the same size fits again.
    const post = () =>
      fetch(`http://127.0.0.1:${port}/slack/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ x: 'y'.repeat(1500) }),
      });
    let status = (await post()).status;
    for (let tries = 0; status !== 200 && tries < 100; tries++) {
      await new Promise((r) => setTimeout(r, 20));
      status = (await post()).status;
    }
    expect(status).toBe(200);
  });
});
