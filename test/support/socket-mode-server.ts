import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A local stand-in for the WebSocket end of Slack's Socket Mode: the URL that apps.connections.open
 * hands out (the Web API stand-in answers it with `url`). It speaks just enough of RFC 6455 for
 * @slack/socket-mode's real client (undici's WebSocket): the upgrade, unmasked text frames out, masked
 * frames in, pings answered, close. Each connection is greeted with Slack's `hello`; what the app
 * sends back (acks of envelopes) is recorded.
 */

export interface SocketModeAck {
  envelope_id: string;
  payload: Record<string, unknown>;
}

export interface FakeSocketModeServer {
  /** `ws://127.0.0.1:<port>/link/?ticket=…`: what apps.connections.open answers. */
  url: string;
  /** Connections accepted so far (each greeted with hello). */
  connections: number;
  acks: SocketModeAck[];
  /** Resolves once `count` connections have been greeted; rejects after `timeoutMs`. */
  waitForConnections(count: number, timeoutMs?: number): Promise<void>;
  /** Sends an envelope on the newest open connection and resolves with the app's ack of it. */
  send(type: string, payload: Record<string, unknown>, timeoutMs?: number): Promise<SocketModeAck>;
  /** Slack's own "please reconnect" message, as it sends before recycling a connection. */
  askToReconnect(): void;
  /** While on, every connection is cut at its upgrade (a WebSocket endpoint that does not answer). */
  refuse(on: boolean): void;
  /** Connections cut by `refuse`. */
  refused: number;
  /** Closes every open connection from the server's side, with a close frame. */
  closeAll(): void;
  close(): Promise<void>;
}

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

function frame(opcode: number, payload: Buffer): Buffer {
  const length = payload.length;
  const header =
    length < 126
      ? Buffer.from([0x80 | opcode, length])
      : length < 65_536
        ? Buffer.from([0x80 | opcode, 126, length >> 8, length & 0xff])
        : Buffer.concat([Buffer.from([0x80 | opcode, 127]), bigLength(length)]);
  return Buffer.concat([header, payload]);
}

function bigLength(length: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(BigInt(length));
  return b;
}

/** Complete frames off the front of `buffer` (client frames are masked); the rest waits for more bytes. */
function readFrames(buffer: Buffer): { frames: Array<{ opcode: number; payload: Buffer }>; rest: Buffer } {
  const frames: Array<{ opcode: number; payload: Buffer }> = [];
  let at = 0;
  for (;;) {
    if (buffer.length - at < 2) break;
    const opcode = buffer[at]! & 0x0f;
    const masked = (buffer[at + 1]! & 0x80) !== 0;
    let length = buffer[at + 1]! & 0x7f;
    let offset = at + 2;
    if (length === 126) {
      if (buffer.length < offset + 2) break;
      length = buffer.readUInt16BE(offset);
      offset += 2;
    } else if (length === 127) {
      if (buffer.length < offset + 8) break;
      length = Number(buffer.readBigUInt64BE(offset));
      offset += 8;
    }
    const maskAt = offset;
    if (masked) offset += 4;
    if (buffer.length < offset + length) break;
    const payload = Buffer.from(buffer.subarray(offset, offset + length));
    if (masked) for (let i = 0; i < payload.length; i++) payload[i]! ^= buffer[maskAt + (i % 4)]!;
    frames.push({ opcode, payload });
    at = offset + length;
  }
  return { frames, rest: buffer.subarray(at) };
}

export async function startFakeSocketModeServer(): Promise<FakeSocketModeServer> {
  const open = new Set<Socket>();
  const acks: SocketModeAck[] = [];
  const waiters = new Set<() => void>();
  let newest: Socket | undefined;
  let connections = 0;
  let refusing = false;
  let refused = 0;
  let sequence = 0;
  const notify = () => {
    for (const waiter of [...waiters]) waiter();
  };

  const server = createServer((_req, res) => res.writeHead(426).end());
  server.on('upgrade', (req: IncomingMessage, socket: Socket) => {
    const key = req.headers['sec-websocket-key'];
    if (typeof key !== 'string' || refusing) {
      if (refusing) refused++;
      return void socket.destroy();
    }
    const accept = createHash('sha1')
      .update(key + GUID)
      .digest('base64');
    socket.write(
      `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`,
    );
    open.add(socket);
    newest = socket;
    connections++;
    socket.on('error', () => undefined);
    socket.on('close', () => {
      open.delete(socket);
      if (newest === socket) newest = [...open].at(-1);
    });
    let pending = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      const { frames, rest } = readFrames(Buffer.concat([pending, chunk]));
      pending = Buffer.from(rest);
      for (const f of frames) {
        if (f.opcode === 0x9) socket.write(frame(0xa, f.payload));
        else if (f.opcode === 0x8) {
          socket.end(frame(0x8, f.payload.subarray(0, 2)));
        } else if (f.opcode === 0x1) {
          const message = JSON.parse(f.payload.toString('utf8')) as SocketModeAck;
          if (typeof message.envelope_id === 'string') acks.push(message);
          notify();
        }
      }
    });
    socket.write(frame(0x1, Buffer.from(JSON.stringify({ type: 'hello', num_connections: open.size }))));
    notify();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  function until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
    return new Promise((resolve, reject) => {
      if (check()) return resolve();
      const waiter = () => {
        if (!check()) return;
        clearTimeout(timer);
        waiters.delete(waiter);
        resolve();
      };
      const timer = setTimeout(() => {
        waiters.delete(waiter);
        reject(new Error(`${what} not within ${timeoutMs} ms`));
      }, timeoutMs);
      waiters.add(waiter);
    });
  }

  return {
    url: `ws://127.0.0.1:${port}/link/?ticket=fake-ticket&app_id=A0PURPOSE`,
    get connections() {
      return connections;
    },
    acks,
    refuse(on) {
      refusing = on;
    },
    get refused() {
      return refused;
    },
    waitForConnections: (count, timeoutMs = 10_000) =>
      until(() => connections >= count, timeoutMs, `${count} Socket Mode connections`),
    async send(type, payload, timeoutMs = 5000) {
      const envelopeId = `env-${++sequence}`;
      if (!newest) throw new Error('no Socket Mode connection is open');
      newest.write(
        frame(
          0x1,
          Buffer.from(JSON.stringify({ type, envelope_id: envelopeId, payload, accepts_response_payload: true })),
        ),
      );
      await until(() => acks.some((a) => a.envelope_id === envelopeId), timeoutMs, `the ack of ${type}`);
      return acks.find((a) => a.envelope_id === envelopeId)!;
    },
    askToReconnect() {
      for (const socket of open)
        socket.write(frame(0x1, Buffer.from(JSON.stringify({ type: 'disconnect', reason: 'refresh_requested' }))));
    },
    closeAll() {
      // 1001: going away, as a server that restarts says it.
      for (const socket of open) socket.end(frame(0x8, Buffer.from([0x03, 0xe9])));
    },
    async close() {
      for (const socket of open) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
