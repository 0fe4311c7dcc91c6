import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

/**
 * A local stand-in for the WebSocket end of Slack's Socket Mode: the URL that apps.connections.open
 * hands out (the Web API stand-in answers it with `url`), served by `ws` to @slack/socket-mode's real
 * client (undici's WebSocket). Each connection is greeted with Slack's `hello`; what the app sends back
 * (acks of envelopes) is recorded.
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

export async function startFakeSocketModeServer(): Promise<FakeSocketModeServer> {
  const open = new Set<WebSocket>();
  const acks: SocketModeAck[] = [];
  const waiters = new Set<() => void>();
  let newest: WebSocket | undefined;
  let connections = 0;
  let refusing = false;
  let refused = 0;
  let sequence = 0;
  const notify = () => {
    for (const waiter of [...waiters]) waiter();
  };

  const wss = new WebSocketServer({ noServer: true });
  const server = createServer((_req, res) => res.writeHead(426).end());
  server.on('upgrade', (req, socket, head) => {
    if (refusing) {
      refused++;
      return void socket.destroy();
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      open.add(ws);
      newest = ws;
      connections++;
      ws.on('error', () => undefined);
      ws.on('close', () => {
        open.delete(ws);
        if (newest === ws) newest = [...open].at(-1);
      });
      ws.on('message', (data, isBinary) => {
        if (isBinary) return;
        const message = JSON.parse(data.toString()) as SocketModeAck;
        if (typeof message.envelope_id === 'string') acks.push(message);
        notify();
      });
      ws.send(JSON.stringify({ type: 'hello', num_connections: open.size }));
      notify();
    });
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
      newest.send(JSON.stringify({ type, envelope_id: envelopeId, payload, accepts_response_payload: true }));
      await until(() => acks.some((a) => a.envelope_id === envelopeId), timeoutMs, `the ack of ${type}`);
      return acks.find((a) => a.envelope_id === envelopeId)!;
    },
    askToReconnect() {
      for (const ws of open) ws.send(JSON.stringify({ type: 'disconnect', reason: 'refresh_requested' }));
    },
    closeAll() {
      // 1001: going away, as a server that restarts says it.
      for (const ws of open) ws.close(1001);
    },
    async close() {
      for (const ws of open) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
