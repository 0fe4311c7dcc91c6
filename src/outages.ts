import { scrubSecrets, type Logger } from './logger';

/**
 * Outages are logged once per backoff step, not once per failed call. A Redis outage used to write
 * 1,502 lines in 90 s, one or more per failed command on every connection, some of them multi-line
 * dumps: the first line said everything and the rest buried it.
 *
 * A `DependencyWatch` keeps one state per dependency of this process. The first failure is logged at
 * once; while the dependency stays down, one line per step (1, 2, 4, … 60 s after the last, then every
 * minute for Slack, whose failures are counted rather than retried here) says how long and how many
 * failures; the first success says it is back. Every line is one JSON object with the error's code and
 * first line of message, never a stack: the stack of ECONNREFUSED says nothing an operator can use.
 */

export type Dependency = 'postgres' | 'redis' | 'slack';

export const DEPENDENCIES: readonly Dependency[] = ['postgres', 'redis', 'slack'];

const FIRST_STEP_MS = 1000;
const LAST_STEP_MS = 60_000;

interface State {
  downSince: number;
  /** Failures since the last line. */
  failures: number;
  total: number;
  step: number;
  nextLineAt: number;
}

/** Code and first line of the message, one string: enough to tell ECONNREFUSED from a timeout, never a dump. */
export function briefError(err: unknown): string {
  const e = err as
    | {
        code?: unknown;
        message?: unknown;
        original?: { message?: unknown; cause?: { code?: unknown; message?: unknown } };
      }
    | undefined;
  const message = typeof e?.message === 'string' && e.message !== '' ? e.message : String(err);
  const code = typeof e?.code === 'string' || typeof e?.code === 'number' ? `${e.code}: ` : '';
  // WebClient and fetch bury the useful part ("ECONNREFUSED", "other side closed") in a cause.
  const cause = e?.original?.cause;
  const detail =
    cause && typeof cause.message === 'string'
      ? ` (${typeof cause.code === 'string' ? `${cause.code}: ` : ''}${cause.message})`
      : '';
  return scrubSecrets(`${code}${message.split('\n')[0]!}${detail}`.slice(0, 300));
}

export class DependencyWatch {
  private readonly states = new Map<Dependency, State>();
  private readonly listeners: Array<(dependency: Dependency, up: boolean) => void> = [];

  constructor(
    private readonly logger: Logger,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Called with every change of state (for the `purposeful_dependency_up` gauge). */
  onChange(listener: (dependency: Dependency, up: boolean) => void): void {
    this.listeners.push(listener);
  }

  isDown(dependency: Dependency): boolean {
    return this.states.has(dependency);
  }

  /** Slack is counted and reported once a minute; Postgres and Redis on the reconnect backoff's steps. */
  private stepMs(dependency: Dependency, step: number): number {
    if (dependency === 'slack') return LAST_STEP_MS;
    return Math.min(FIRST_STEP_MS * 2 ** step, LAST_STEP_MS);
  }

  failed(dependency: Dependency, err: unknown): void {
    const now = this.clock();
    const state = this.states.get(dependency);
    if (!state) {
      this.states.set(dependency, {
        downSince: now,
        failures: 0,
        total: 1,
        step: 0,
        nextLineAt: now + this.stepMs(dependency, 0),
      });
      this.logger.warn({ dependency, reason: briefError(err) }, `${dependency} unavailable; retrying with backoff`);
      for (const listener of this.listeners) listener(dependency, false);
      return;
    }
    state.failures++;
    state.total++;
    if (now < state.nextLineAt) return;
    this.logger.warn(
      {
        dependency,
        downForSeconds: Math.round((now - state.downSince) / 1000),
        failures: state.failures,
        reason: briefError(err),
      },
      `${dependency} still unavailable`,
    );
    state.failures = 0;
    state.step++;
    state.nextLineAt = now + this.stepMs(dependency, state.step);
  }

  ok(dependency: Dependency): void {
    const state = this.states.get(dependency);
    if (!state) return;
    this.states.delete(dependency);
    this.logger.info(
      { dependency, downForSeconds: Math.round((this.clock() - state.downSince) / 1000), failures: state.total },
      `${dependency} is back`,
    );
    for (const listener of this.listeners) listener(dependency, true);
  }
}

/**
 * The same warning over and over (a job failing the same way for every rep) is logged the first time,
 * then once a minute with how many times it happened meanwhile.
 */
export class RepeatedWarnings {
  private readonly seen = new Map<string, { nextLineAt: number; repeated: number }>();

  constructor(
    private readonly logger: Logger,
    private readonly everyMs = LAST_STEP_MS,
    private readonly clock: () => number = Date.now,
  ) {}

  warn(key: string, fields: Record<string, unknown>, message: string): void {
    const now = this.clock();
    const entry = this.seen.get(key);
    if (entry && now < entry.nextLineAt) {
      entry.repeated++;
      return;
    }
    this.logger.warn({ ...fields, ...(entry ? { repeated: entry.repeated } : {}) }, message);
    this.seen.set(key, { nextLineAt: now + this.everyMs, repeated: 0 });
    // Keys are error messages: keep the map small whatever the errors say.
    if (this.seen.size > 1000) {
      for (const [k, v] of this.seen) if (v.nextLineAt <= now) this.seen.delete(k);
    }
  }
}

const PG_CONNECTION_CODES = new Set(['57P01', '57P02', '57P03', '08000', '08003', '08006', '08001', '08004']);
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/**
 * Which dependency an error says is unavailable, or undefined for any other error (a bug, bad data),
 * which is logged in full. Slack's errors are marked by the messenger (`SlackUnavailableError`).
 */
export function unavailableDependency(err: unknown): Dependency | undefined {
  const e = err as { name?: string; code?: unknown; message?: unknown; dependency?: unknown } | undefined;
  if (!e) return undefined;
  if (e.dependency === 'slack' || e.dependency === 'postgres' || e.dependency === 'redis') return e.dependency;
  const message = typeof e.message === 'string' ? e.message : '';
  const code = typeof e.code === 'string' ? e.code : '';
  if (PG_CONNECTION_CODES.has(code)) return 'postgres';
  if (
    /timeout exceeded when trying to connect|Connection terminated|terminating connection|the database system is (starting up|shutting down)|Client has encountered a connection error/i.test(
      message,
    )
  )
    return 'postgres';
  if (
    e.name === 'MaxRetriesPerRequestError' ||
    /Connection is closed|enableOfflineQueue options is false|Reached the max retries per request/i.test(message)
  )
    return 'redis';
  if (NETWORK_CODES.has(code)) {
    // A socket error carries the port it failed on; 6379 and 5432 are the defaults.
    const port = (e as { port?: unknown }).port;
    if (port === 5432) return 'postgres';
    if (port === 6379) return 'redis';
  }
  return undefined;
}

/** A BullMQ worker's own 'error' event is about its Redis connection when it carries a socket error code. */
export function isConnectionError(err: unknown): boolean {
  const code = (err as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code);
}
