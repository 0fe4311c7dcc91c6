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

/** What one key's repeats came to since its last line, for the line that sums them up. */
export interface Repeats {
  /** Since the last line. */
  count: number;
  /** Since the first, which was written in full. */
  total: number;
  /** `count` by what repeated (the caller's label: "draft failed", "could not list outreach"). */
  what: Record<string, number>;
  forSeconds: number;
}

/** A line as pino takes it: fields, then the message. */
type Line = [fields: Record<string, unknown>, message: string];

interface Tally {
  count: number;
  total: number;
  since: number;
  what: Map<string, number>;
  /** The latest caller's: the summary shows the latest fields. */
  summary: (repeats: Repeats) => Line;
  timer: NodeJS.Timeout;
}

/** Keys are often error messages: past this many at once, a new key is written but not counted. */
const MAX_KEYS = 1000;

/**
 * Lines that would repeat (a job failing the same way for every rep, every request failing on a
 * dependency that is down) are written the first time; the rest are counted, and one line per key a
 * minute sums them up (the key's first minute included: the last count is never lost). A minute with
 * none ends it, and the next is written in full again. `flush` writes what is counted now (at
 * shutdown).
 */
export class RepeatedLines {
  private readonly tallies = new Map<string, Tally>();

  constructor(
    private readonly logger: Logger,
    private readonly level: 'warn' | 'error' = 'warn',
    private readonly everyMs = LAST_STEP_MS,
  ) {}

  /** A warning; the minute's line is the latest one's fields with `repeated`: how often it came since. */
  warn(key: string, fields: Record<string, unknown>, message: string): void {
    this.write(key, [fields, message], (repeats) => [{ ...fields, repeated: repeats.count }, message]);
  }

  /** `first` when `key` is new, else counted (under `what`) for the minute's `summary`. */
  write(key: string, first: Line, summary: (repeats: Repeats) => Line, what = ''): void {
    const tally = this.tallies.get(key);
    if (tally) {
      tally.count++;
      tally.total++;
      tally.what.set(what, (tally.what.get(what) ?? 0) + 1);
      tally.summary = summary;
      return;
    }
    this.logger[this.level](...first);
    if (this.tallies.size >= MAX_KEYS) return;
    const timer = setInterval(() => this.summarize(key), this.everyMs);
    timer.unref();
    this.tallies.set(key, { count: 0, total: 1, since: Date.now(), what: new Map(), summary, timer });
  }

  /** Writes what is counted now, and forgets every key. */
  flush(): void {
    for (const key of [...this.tallies.keys()]) {
      this.summarize(key);
      this.forget(key);
    }
  }

  private summarize(key: string): void {
    const tally = this.tallies.get(key);
    if (!tally) return;
    if (tally.count === 0) {
      // A quiet minute: whatever it was is over, and the next one is written in full.
      this.forget(key);
      return;
    }
    this.logger[this.level](
      ...tally.summary({
        count: tally.count,
        total: tally.total,
        what: Object.fromEntries(tally.what),
        forSeconds: Math.round((Date.now() - tally.since) / 1000),
      }),
    );
    tally.count = 0;
    tally.what.clear();
  }

  private forget(key: string): void {
    const tally = this.tallies.get(key);
    if (tally) clearInterval(tally.timer);
    this.tallies.delete(key);
  }
}

// Admin shutdown, crash shutdown, cannot connect now, the 08 connection exceptions, too many connections.
const PG_CONNECTION_CODES = new Set(['57P01', '57P02', '57P03', '08000', '08003', '08006', '08001', '08004', '53300']);
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
 * The ports this process reaches Postgres and Redis on, as their clients were configured: a refused
 * or reset socket carries the port it failed on, and a database on 6432 (PgBouncer) or a test's proxy
 * is as much Postgres as one on 5432.
 */
const dependencyPorts = new Map<number, Dependency>();

/** Says that socket errors on `port` are `dependency`'s (createPool, the Redis connections). */
export function registerDependencyPort(dependency: 'postgres' | 'redis', port: number): void {
  if (Number.isInteger(port) && port > 0) dependencyPorts.set(port, dependency);
}

/** The port in a connection URL, or the scheme's default; undefined if it is no URL (a socket path). */
export function portOf(url: string, defaultPort: number): number | undefined {
  try {
    const parsed = new URL(url);
    return parsed.port ? Number(parsed.port) : defaultPort;
  } catch {
    return undefined;
  }
}

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
    /Connection is closed|enableOfflineQueue options is false|Reached the max retries per request|^Command timed out$/i.test(
      message,
    )
  )
    return 'redis';
  if (NETWORK_CODES.has(code)) {
    // A socket error carries the port it failed on; 6379 and 5432 are the defaults.
    const port = (e as { port?: unknown }).port;
    const registered = typeof port === 'number' ? dependencyPorts.get(port) : undefined;
    if (registered) return registered;
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

/**
 * Why a request failed: a dependency that is down or too slow, or `error` for anything else (a bug,
 * data Postgres refused), which must be read one by one. `postgres_slow` is a wait that ran out: for a
 * pooled connection (all of them busy, as when a lock stalls the queries that hold them), a statement
 * or lock timeout, a query cancelled. `slack_rate_limited`: Slack answered a listener's call 429.
 */
export const FAILURE_CAUSES = [
  'postgres_unavailable',
  'postgres_slow',
  'redis_unavailable',
  'slack_unavailable',
  'slack_rate_limited',
  'error',
] as const;
export type FailureCause = (typeof FAILURE_CAUSES)[number];

const FAILURE_TEXT: Record<Exclude<FailureCause, 'error'>, string> = {
  postgres_unavailable: 'postgres unavailable',
  postgres_slow: 'postgres too slow',
  redis_unavailable: 'redis unavailable',
  slack_unavailable: 'slack unavailable',
  slack_rate_limited: 'slack rate-limited the call',
};

// query_canceled (statement_timeout, pg_cancel_backend), lock_not_available (lock_timeout).
const PG_SLOW_CODES = new Set(['57014', '55P03']);
// pg-pool's wait for a connection, and pg's client-side query_timeout.
const PG_SLOW_MESSAGE = /^(timeout exceeded when trying to connect|Query read timeout)/;

/**
 * Why a request failed. Postgres and Redis as `unavailableDependency` tells them, plus the waits
 * that ran out (`postgres_slow`) and Slack's response URL not answering.
 */
export function failureCause(err: unknown): FailureCause {
  const cause = outageOf(err);
  if (cause) return cause;
  // Bolt wraps a listener's error and keeps the original beside it.
  const original = (err as { original?: unknown } | null | undefined)?.original;
  return (original !== undefined && outageOf(original)) || 'error';
}

function outageOf(err: unknown): Exclude<FailureCause, 'error'> | undefined {
  const e = err as { code?: unknown; message?: unknown } | null | undefined;
  if (e === null || e === undefined) return undefined;
  if (typeof e.code === 'string' && PG_SLOW_CODES.has(e.code)) return 'postgres_slow';
  if (typeof e.message === 'string' && PG_SLOW_MESSAGE.test(e.message)) return 'postgres_slow';
  const dependency = unavailableDependency(e);
  if (dependency) return `${dependency}_unavailable`;
  // Slack's 429 to a listener's call (the bot's client rejects rate-limited calls): Slack is up.
  if (e.code === 'slack_webapi_rate_limited_error') return 'slack_rate_limited';
  // Bolt's respond() posts to the response URL with a bare fetch (the app makes no other fetch): a
  // network failure, or Slack answering 5xx, is Slack unavailable; a 4xx (an expired URL) is not.
  // (By name: fetch's TypeError may come from another realm than this module's.)
  const { name, statusCode } = e as { name?: unknown; statusCode?: unknown };
  if (name === 'TypeError' && e.message === 'fetch failed') return 'slack_unavailable';
  if (e.code === 'slack_bolt_respond_error' && typeof statusCode === 'number' && statusCode >= 500)
    return 'slack_unavailable';
  return undefined;
}

/** How the Slack edge reports a request that failed (the rep is told "try again" by the caller). */
export interface FailureLog {
  failed(err: unknown, what: string, fields?: Record<string, unknown>): void;
}

/** The dependency a failure says is down; a wait that ran out (postgres_slow) is not an outage. */
const DOWN: Partial<Record<FailureCause, Dependency>> = {
  postgres_unavailable: 'postgres',
  redis_unavailable: 'redis',
  slack_unavailable: 'slack',
};

/**
 * Requests that fail because a dependency is down or too slow are logged like an outage, not one by
 * one: during a Postgres stall every request failed with its own error line and stack, hundreds in a
 * few seconds, and the one line that mattered was lost among them. The first failure of each cause is
 * logged in full (the `err` serializer: message, code, stack); the rest are counted and summed up once
 * a minute per cause ("37 more requests failed: postgres unavailable", with what failed and the
 * total), by `RepeatedLines`. Any other failure is a bug or bad data and is logged every time. Every
 * failure is counted by cause (`purposeful_request_failures_total`), and a dependency found down is
 * told to the process's watch (its `dependency_up` gauge and its outage lines), as a connection's own
 * errors are: a request may be the first to find Postgres gone, when no connection was open.
 */
export class RequestFailures implements FailureLog {
  private readonly lines: RepeatedLines;

  constructor(
    private readonly logger: Logger,
    private readonly count: (cause: FailureCause) => void = () => undefined,
    private readonly watch?: DependencyWatch,
    everyMs = LAST_STEP_MS,
  ) {
    this.lines = new RepeatedLines(logger, 'error', everyMs);
  }

  readonly failed = (err: unknown, what: string, fields: Record<string, unknown> = {}): void => {
    const cause = failureCause(err);
    this.count(cause);
    if (cause === 'error') return void this.logger.error({ ...fields, err }, what);
    const down = DOWN[cause];
    if (down) this.watch?.failed(down, err);
    const text = FAILURE_TEXT[cause];
    this.lines.write(
      cause,
      [{ ...fields, err, cause }, `${what}: ${text}; more like it are counted and logged once a minute`],
      (repeats) => [
        { cause, failed: repeats.count, what: repeats.what, total: repeats.total, forSeconds: repeats.forSeconds },
        `${repeats.count} more requests failed: ${text}`,
      ],
      what,
    );
  };

  /** Writes what is counted now (at shutdown). */
  flush(): void {
    this.lines.flush();
  }
}
