import { createConnection, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A TCP proxy on a port of its own, in front of a shared server (Redis, Postgres): a test points the
 * app at it and cuts it (`down()`: every connection reset, the port closed, so reconnects are refused)
 * and restores it (`up()`: the same port again), to play an outage without touching the shared server.
 * `stall()` plays a server that hangs or a network that drops packets: every connection stays open and
 * new ones are accepted, but no byte goes either way until `unstall()`.
 */
export interface TcpProxy {
  port: number;
  url(scheme: string): string;
  down(): Promise<void>;
  up(): Promise<void>;
  stall(): void;
  unstall(): void;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;
  let stalled = false;
  /** Bytes held back while stalled, per socket they were read from (written on unstall). */
  const held = new Map<Socket, Array<{ to: Socket; chunk: Buffer }>>();
  const forward = (from: Socket, to: Socket) =>
    from.on('data', (chunk: Buffer) => {
      if (!stalled) return void to.write(chunk);
      const queue = held.get(from) ?? [];
      queue.push({ to, chunk });
      held.set(from, queue);
    });

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const s = createServer((client) => {
        const upstream = createConnection(target);
        sockets.add(client);
        sockets.add(upstream);
        const drop = () => {
          client.destroy();
          upstream.destroy();
          sockets.delete(client);
          sockets.delete(upstream);
        };
        client.on('error', drop).on('close', drop);
        upstream.on('error', drop).on('close', drop);
        forward(client, upstream);
        forward(upstream, client);
      });
      s.once('error', reject);
      s.listen(port, '127.0.0.1', () => {
        port = (s.address() as AddressInfo).port;
        server = s;
        resolve();
      });
    });

  const down = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      sockets.clear();
      if (!server) return resolve();
      server.close(() => resolve());
      server = undefined;
    });

  await listen();
  return {
    port,
    url: (scheme) => `${scheme}://127.0.0.1:${port}`,
    down,
    up: () => (server ? Promise.resolve() : listen()),
    stall: () => {
      stalled = true;
    },
    unstall: () => {
      stalled = false;
      for (const queue of held.values()) for (const { to, chunk } of queue) if (!to.destroyed) to.write(chunk);
      held.clear();
    },
    close: async () => {
      held.clear();
      await down();
    },
  };
}
