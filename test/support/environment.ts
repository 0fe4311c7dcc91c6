/**
 * Jest's Node environment, plus what graphile-worker's test suite checks after each test: a test file
 * fails if, once it is done, its Redis key prefixes still hold keys or a connection, server, child
 * process, worker thread or timer it opened is still open, and the message names it (a socket by the
 * address it talks to, a child process by its command, a thread by where it was started). So a leak
 * shows up in the file that caused it, rather than as Jest's "a worker process has failed to exit
 * gracefully" at the end of a run, or as keys piling up in a shared Redis.
 */
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { ChildProcess } from 'node:child_process';
import type { Server, Socket } from 'node:net';
import type { Worker } from 'node:worker_threads';
import { TestEnvironment } from 'jest-environment-node';
import { Redis } from 'ioredis';
import { ISSUED_PREFIXES, TEST_REDIS_URL } from './redis';

/** How long a file's handles get to finish closing (a socket closes a tick after `end()` resolves). */
const SETTLE_MS = 2000;

function countByType(resources: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of resources) counts.set(r, (counts.get(r) ?? 0) + 1);
  return counts;
}

/** Resources open now that were not open before the file ran; Immediates are never a leak. */
function leftOpen(before: Map<string, number>): string[] {
  const extra: string[] = [];
  for (const [type, n] of countByType(process.getActiveResourcesInfo())) {
    if (type === 'Immediate') continue;
    const more = n - (before.get(type) ?? 0);
    if (more > 0) extra.push(`${more} × ${type}`);
  }
  return extra;
}

/** The objects behind the open handles (sockets, servers, child processes); timers are not among them. */
function activeHandles(): object[] {
  return (process as unknown as { _getActiveHandles?: () => object[] })._getActiveHandles?.() ?? [];
}

function portOf(url: string | undefined, fallback: string): string {
  try {
    return new URL(url ?? fallback).port || fallback;
  } catch {
    return fallback;
  }
}

/** What the tests' sockets usually talk to, by port. */
const KNOWN_PORTS = new Map([
  [portOf(process.env.TEST_REDIS_URL, '6379'), 'Redis'],
  [portOf(process.env.TEST_DATABASE_URL, '5432'), 'Postgres'],
]);

/** A handle in words: what a socket talks to, what a server listens on, what a child process runs. */
function describeHandle(handle: object): string | undefined {
  const name = handle.constructor?.name ?? 'handle';
  if (name === 'ChildProcess') {
    const child = handle as ChildProcess;
    return `child process ${child.pid} (${child.spawnargs.join(' ').slice(0, 160)})`;
  }
  if (name === 'Server') {
    const address = (handle as Server).address();
    return `server listening on ${typeof address === 'string' ? address : `port ${address?.port}`}`;
  }
  if (name === 'Socket' || name === 'TLSSocket') {
    const socket = handle as Socket;
    if (!socket.remotePort) return socket.remoteAddress ? `socket to ${socket.remoteAddress}` : undefined;
    const known = KNOWN_PORTS.get(String(socket.remotePort));
    return `socket to ${socket.remoteAddress}:${socket.remotePort}${known ? ` (${known})` : ''}`;
  }
  return name;
}

/** Where in the project's code a stack was taken (its first frame under src/, test/, demo/ or bench/). */
function placeIn(stack: string | undefined): string {
  const from = (stack ?? '')
    .split('\n')
    .find((line) => /\/(src|test|demo|bench)\//.test(line) && !line.includes('environment.ts'));
  return from?.trim().replace(/^at /, '') ?? 'an unknown place';
}

interface NodeTimeout {
  hasRef(): boolean;
  _destroyed?: boolean;
  _idleTimeout?: number;
  _repeat?: number | null;
}

/**
 * Timers set by the file's code (its modules see the environment's `setTimeout` and `setInterval`),
 * with where each was set: one still pending and ref'd when the file is done keeps the process alive.
 */
class TimerWatch {
  private readonly set = new Map<NodeTimeout, { stack?: string }>();
  wrap(global: Record<string, unknown>): void {
    for (const name of ['setTimeout', 'setInterval'] as const) {
      const original = global[name] as (...args: unknown[]) => NodeTimeout;
      global[name] = Object.assign((...args: unknown[]) => {
        const timer = original(...args);
        const where: { stack?: string } = {};
        Error.captureStackTrace(where);
        if (this.set.size > 1000) for (const t of this.set.keys()) if (t._destroyed) this.set.delete(t);
        this.set.set(timer, where);
        return timer;
      }, original);
    }
  }
  open(): string[] {
    return [...this.set]
      .filter(([t]) => !t._destroyed && t.hasRef())
      .map(
        ([t, where]) => `${t._repeat ? 'interval' : 'timer'} of ${t._idleTimeout} ms set at ${placeIn(where.stack)}`,
      );
  }
}

/**
 * Worker threads started while the file ran, with where each was started. No resource list shows a
 * thread, so they are followed from Node's `worker_threads` diagnostics channel (Node ≥ 20.17): a thread
 * that has not exited when the file is done is left open, ref'd or not.
 */
class ThreadWatch {
  private readonly live = new Map<Worker, string>();
  private readonly onWorker = (message: unknown) => {
    const { worker } = message as { worker: Worker };
    this.live.set(worker, placeIn(new Error().stack));
    worker.once('exit', () => this.live.delete(worker));
  };
  start(): void {
    subscribe('worker_threads', this.onWorker);
  }
  stop(): void {
    unsubscribe('worker_threads', this.onWorker);
  }
  open(): string[] {
    return [...this.live.values()].map((from) => `worker thread started at ${from}`);
  }
}

async function keysUnder(prefixes: string[]): Promise<string[]> {
  if (prefixes.length === 0) return [];
  const redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: 1, connectTimeout: 3000, lazyConnect: true });
  redis.on('error', () => undefined); // the commands below reject on their own
  try {
    const found: string[] = [];
    for (const prefix of prefixes) {
      const [, keys] = await redis.scan('0', 'MATCH', `${prefix}:*`, 'COUNT', 10_000);
      found.push(...keys);
    }
    return found;
  } finally {
    await redis.quit().catch(() => redis.disconnect());
  }
}

export default class CleanTestEnvironment extends TestEnvironment {
  private before = new Map<string, number>();
  private handlesBefore = new Set<object>();
  private readonly threads = new ThreadWatch();
  private readonly timers = new TimerWatch();

  override async setup(): Promise<void> {
    await super.setup();
    this.before = countByType(process.getActiveResourcesInfo());
    this.handlesBefore = new Set(activeHandles());
    this.threads.start();
    this.timers.wrap(this.global as unknown as Record<string, unknown>);
  }

  /**
   * What the file left open: resources counted by type (the only way to see timers), named where Node
   * shows the handle behind them (sockets, servers, child processes), and worker threads.
   */
  private leftByFile(): string[] {
    const counted = leftOpen(this.before);
    const threads = this.threads.open();
    const timers = this.timers.open();
    if (counted.length === 0 && threads.length === 0 && timers.length === 0) return [];
    const named = activeHandles()
      .filter((h) => !this.handlesBefore.has(h))
      .filter((h) => (h as { hasRef?: () => boolean }).hasRef?.() !== false)
      .map(describeHandle)
      .filter((d): d is string => d !== undefined);
    const countedTimers = counted.filter((c) => c.endsWith(' Timeout'));
    const others = counted.filter((c) => !c.endsWith(' Timeout'));
    return [...(named.length > 0 ? named : others), ...(timers.length > 0 ? timers : countedTimers), ...threads];
  }

  override async teardown(): Promise<void> {
    const prefixes = [...((this.global[ISSUED_PREFIXES] as string[] | undefined) ?? [])];
    const deadline = Date.now() + SETTLE_MS;
    let open = this.leftByFile();
    while (open.length > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      open = this.leftByFile();
    }
    this.threads.stop();
    const keys = await keysUnder(prefixes);
    await super.teardown();
    const problems = [
      ...(open.length > 0
        ? [`still open after the file: ${open.join('; ')} (a worker, connection, server, thread or timer not closed)`]
        : []),
      ...(keys.length > 0
        ? [`${keys.length} Redis keys left under ${prefixes.join(', ')}, e.g. ${keys.slice(0, 3).join(', ')}`]
        : []),
    ];
    if (problems.length > 0) throw new Error(problems.join('\n'));
  }
}
