import type { Logger as BoltLogger, SocketModeReceiver } from '@slack/bolt';
import { ErrorCode } from '@slack/web-api';
import type { Logger } from '../logger';
import { scrubSecrets } from '../logger';
import { briefError, RepeatedLines } from '../outages';
import { REFUSED as TOKEN_REFUSED } from './auth';

type SocketModeClient = SocketModeReceiver['client'];

/**
 * Slack's answers to apps.connections.open that mean the app-level token itself is wrong: those of
 * auth.test, and those @slack/socket-mode gives up on or a token of the wrong kind gets.
 */
const REFUSED = new Set([
  ...TOKEN_REFUSED,
  'user_removed_from_team',
  'team_disabled',
  'missing_scope',
  'not_allowed_token_type',
]);

/** Slack refused the app-level token: a configuration error, one line at start-up. */
export class AppTokenRefusedError extends Error {
  override readonly name = 'AppTokenRefusedError';
  constructor(readonly slackError: string) {
    super(
      `SLACK_APP_TOKEN was refused by Slack (${slackError}): copy the app-level token (xapp-…) again from Basic Information → App-Level Tokens, with the connections:write scope`,
    );
  }
}

function refusal(err: unknown): string | undefined {
  const e = err as { code?: unknown; data?: { error?: unknown } } | undefined;
  const error = e?.code === ErrorCode.PlatformError ? e.data?.error : undefined;
  return typeof error === 'string' && REFUSED.has(error) ? error : undefined;
}

/**
 * Lines of @slack/socket-mode that the supervisor says better, or that carry what must not be logged:
 * a failed connection is reported once per cause by the supervisor (the library writes two or three
 * lines per attempt), and at debug level the library writes every payload (prospects' names and
 * message texts included) and every ack.
 */
const DROPPED = [
  /^http request failed/,
  /^Failed to retrieve a new WSS URL/,
  /^WebSocket error/,
  /^apps\.connections\.open did not return a URL/,
  /^Received a message on the WebSocket/,
  /^Calling ack\(\)/,
  /^Sending a WebSocket message/,
];

/** Lines that repeat, at each level: written once, then once a minute with a count. */
export interface SocketModeLines {
  warn: RepeatedLines;
  error: RepeatedLines;
}

export function socketModeLines(logger: Logger): SocketModeLines {
  return { warn: new RepeatedLines(logger, 'warn'), error: new RepeatedLines(logger, 'error') };
}

/**
 * The logger given to the Socket Mode receiver (and through it to the client and its socket): what
 * the supervisor reports is dropped, and any other warning or error (a missed pong, a failed ack, an
 * event Bolt could not process) is written once per cause, then once a minute with a count.
 */
export function socketModeLogger(base: BoltLogger, lines: SocketModeLines): BoltLogger {
  const dropped = (text: string) => DROPPED.some((pattern) => pattern.test(text));
  const repeated =
    (level: 'warn' | 'error') =>
    (...msg: unknown[]): void => {
      const text = scrubSecrets(msg.map((m) => (m instanceof Error ? m.message : String(m))).join(' '));
      if (dropped(text)) return;
      // Keyed by the text up to its first digit: "… before the timeout of 5000ms!" is one cause.
      lines[level].write(`socket:${text.split(/\d/)[0]}`, [{ component: 'socket-mode' }, text], (repeats) => [
        { component: 'socket-mode', repeated: repeats.count },
        text,
      ]);
    };
  return {
    ...base,
    debug: (...msg: unknown[]) => {
      if (!dropped(typeof msg[0] === 'string' ? msg[0] : '')) base.debug(...msg);
    },
    warn: repeated('warn'),
    error: repeated('error'),
  };
}

export interface SocketModeSupervisorOptions {
  logger: Logger;
  /** Where repeating lines are summed up (the receiver's logger writes through the same). */
  lines: SocketModeLines;
  /** The wait after the first failed attempt; it doubles up to `maxDelayMs`. */
  firstDelayMs?: number;
  maxDelayMs?: number;
}

/**
 * Keeps the bot's Socket Mode connection up. @slack/socket-mode reconnects by itself, but a reconnect
 * whose apps.connections.open fails (Slack unreachable, the token revoked) rejects a promise nobody
 * holds, and the client never tries again: the bot stays connected to nothing while it looks healthy.
 * Its own retries of apps.connections.open also wait longer each time without a ceiling (1.3^n s),
 * so after an hour's outage the next try could be half an hour away. So the client's reconnecting is
 * off, and this does it: every disconnect is followed by a new connection, at once after a working
 * one, else after 1, 2, 4 … 60 s; each cause of failure is logged once (then once a minute with a
 * count), and the first success after failures says so. A refused app-level token stops start-up
 * (AppTokenRefusedError); refused later (revoked while running), it is logged as an error once a
 * minute and tried every minute, and nothing ends the process.
 */
export class SocketModeSupervisor {
  private stopping = false;
  private attempting = false;
  private failures = 0;
  private timer: NodeJS.Timeout | undefined;
  /** The socket's own error, which a failed start() does not carry (it rejects with nothing). */
  private lastSocketError: unknown;
  private readonly firstDelayMs: number;
  private readonly maxDelayMs: number;

  constructor(
    private readonly client: SocketModeClient,
    private readonly options: SocketModeSupervisorOptions,
  ) {
    this.firstDelayMs = options.firstDelayMs ?? 1000;
    this.maxDelayMs = options.maxDelayMs ?? 60_000;
    client.on('error', (err: unknown) => {
      this.lastSocketError = err;
    });
    client.on('disconnected', () => {
      // A failed attempt disconnects too; that attempt schedules the next one itself.
      if (this.stopping || this.attempting || this.timer) return;
      this.schedule();
    });
  }

  /**
   * The first connection, through `connect` (the receiver's start, which also opens its HTTP port).
   * Resolves once connected, or once two attempts (the second after the first wait) failed for any
   * reason but a refused token (it keeps trying in the background); rejects with AppTokenRefusedError.
   */
  async start(connect: () => Promise<unknown>): Promise<void> {
    try {
      await this.attempt(connect, true);
      return;
    } catch (err) {
      if (err instanceof AppTokenRefusedError) throw err;
    }
    // One more try, after the first wait, before the bot starts without Slack: a connection dropped once
    // at start-up must not hide a token Slack then refuses (that is a configuration error: one line, exit 1).
    clearTimeout(this.timer);
    this.timer = undefined;
    await new Promise((resolve) => setTimeout(resolve, this.firstDelayMs));
    if (this.stopping || this.attempting) return;
    try {
      await this.attempt(() => this.client.start(), true);
    } catch (err) {
      if (err instanceof AppTokenRefusedError) throw err;
    }
  }

  /** No more reconnecting: call before the receiver disconnects. Writes what was counted. */
  stop(): void {
    this.stopping = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.options.lines.warn.flush();
    this.options.lines.error.flush();
  }

  private schedule(): void {
    // After a working connection (Slack recycles them every few hours) at once; after failures, backoff.
    const delay = this.failures === 0 ? 0 : Math.min(this.firstDelayMs * 2 ** (this.failures - 1), this.maxDelayMs);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.stopping) return;
      this.attempt(() => this.client.start(), false).catch(() => undefined);
    }, delay);
    this.timer.unref();
  }

  private async attempt(connect: () => Promise<unknown>, first: boolean): Promise<void> {
    this.attempting = true;
    this.lastSocketError = undefined;
    try {
      await connect();
    } catch (err) {
      this.attempting = false;
      if (this.stopping) return;
      const refused = refusal(err);
      if (refused && first) throw new AppTokenRefusedError(refused);
      this.failures++;
      this.report(err ?? this.lastSocketError, refused);
      // A refused token will not fix itself within seconds: a minute between tries.
      if (refused) this.failures = Math.max(this.failures, 1 + Math.log2(this.maxDelayMs / this.firstDelayMs));
      this.schedule();
      throw err ?? new Error('Socket Mode connection closed before Slack said hello');
    }
    this.attempting = false;
    if (this.failures > 0) {
      this.options.logger.info({ failedAttempts: this.failures }, 'Socket Mode connected again');
      this.failures = 0;
    }
  }

  private report(err: unknown, refused: string | undefined): void {
    if (refused) {
      const message = `${new AppTokenRefusedError(refused).message}; Socket Mode is disconnected until it is, trying again every minute`;
      this.options.lines.error.write(
        `socket-refused:${refused}`,
        [{ component: 'socket-mode', error: refused }, message],
        (repeats) => [{ component: 'socket-mode', error: refused, repeated: repeats.count }, message],
      );
      return;
    }
    const reason = err === undefined ? 'the connection closed before Slack said hello' : briefError(err);
    // One cause, one line: a reason without the numbers in it (ports, timings) is the key.
    this.options.lines.warn.warn(
      `socket-unavailable:${reason.split(/\d/)[0]}`,
      { component: 'socket-mode', reason },
      'Socket Mode could not connect to Slack; retrying with backoff',
    );
  }
}
