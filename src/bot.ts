import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  App,
  HTTPReceiver,
  LogLevel,
  SocketModeReceiver,
  type CustomRoute,
  type Logger as BoltLogger,
  type Receiver,
} from '@slack/bolt';
import type { Config } from './config';
import { BUSY, notice } from './views/help';
import { guardSlackRequests, MAX_SLACK_BODY_BYTES } from './request-guard';
import { WorkLimit } from './work-limit';
import { operatorRoutes, type ReadinessProbe } from './http';
import * as actions from './listeners/actions';
import * as commands from './listeners/commands';
import * as events from './listeners/events';
import type { ListenerDeps } from './listeners/deps';
import { Listeners } from './listeners/dispatch';
import * as shortcuts from './listeners/shortcuts';
import * as views from './listeners/views';
import type { Logger } from './logger';
import { requestKind, type Metrics } from './metrics';
import { DependencyWatch, RepeatedLines, RequestFailures } from './outages';
import './slack/calls';
import { checkBotToken } from './slack/auth';
import { BotIdentity } from './slack/identity';
import { SocketModeSupervisor, socketModeLines, socketModeLogger } from './slack/socket-mode';

export interface BotOptions {
  config: Config;
  logger: Logger;
  metrics: Metrics;
  /** What the listeners use; their failure log is the bot's own (RequestFailures). */
  deps: Omit<ListenerDeps, 'failures'>;
  probes: ReadinessProbe[];
  /**
   * The process's dependency watch: a request failing because a dependency is down is told there (a
   * watch of the bot's own when not given).
   */
  watch?: DependencyWatch;
  /** More operator routes on the same server (the queue dashboard at /admin/queues when configured). */
  extraRoutes?: CustomRoute[];
  /**
   * Wait for the listener before answering Slack. Off in production (the answer goes out at ack());
   * on in tests, so that a test sees everything a request caused once its HTTP answer arrives.
   */
  processBeforeResponse?: boolean;
  /**
   * The bot's identity from the start-up auth.test: given, Bolt does not call auth.test itself;
   * 'unknown' (Slack did not answer at start): asked for on a request, at most once a minute, until
   * Slack answers (slack/identity.ts). Unset: Bolt's default (auth.test at construction).
   */
  identity?: { botId: string; botUserId: string } | 'unknown';
  /** Socket Mode's waits between failed connection attempts (1 s doubling to 60 s unless a test sets them). */
  socketModeBackoff?: { firstDelayMs?: number; maxDelayMs?: number };
}

/** Events that must run even when the bot is busy (see limitWork). */
const NEVER_SHED_EVENTS = new Set(['app_uninstalled', 'tokens_revoked']);

/** How long a request may wait for a work slot: well inside Slack's 3 s, so "busy" still arrives. */
export const MAX_WAIT_MS = 500;

export interface Bot {
  app: App;
  /** The HTTP port actually listened on (useful with PORT=0). */
  port: number;
  /** Where the listeners' failures go: a dependency outage summed up once a minute, a bug in full. */
  failures: RequestFailures;
  stop(): Promise<void>;
}

/**
 * Bolt wants its own logger shape; this one writes through pino. Bolt passes strings, but our own
 * code gets this logger too (`args.logger` in a listener) and passes `({ err }, 'message')` as to
 * pino: an object first becomes the line's fields and an Error goes through the `err` serializer,
 * instead of turning into "[object Object]".
 */
export function boltLogger(logger: Logger): BoltLogger {
  let level = LogLevel.INFO;
  const child = logger.child({ component: 'bolt' });
  const write = (at: 'debug' | 'info' | 'warn' | 'error', msg: unknown[]) => {
    // Bolt and the Web API client log at debug several times a request: below the level, nothing is built.
    if (!child.isLevelEnabled(at)) return;
    const [first, ...rest] = msg;
    const text = (parts: unknown[]) => parts.map(String).join(' ');
    if (first instanceof Error) child[at]({ err: first }, text(rest));
    else if (first !== null && typeof first === 'object') child[at](first as object, text(rest));
    else child[at](text(msg));
  };
  return {
    debug: (...msg: unknown[]) => write('debug', msg),
    info: (...msg: unknown[]) => write('info', msg),
    // WebClient warns on every failed try ("http request failed …"); calls.ts counts the call and the
    // dependency watch reports an outage once per step, so these would only flood the log.
    warn: (...msg: unknown[]) => {
      if (typeof msg[0] === 'string' && msg[0].startsWith('http request failed')) return;
      write('warn', msg);
    },
    error: (...msg: unknown[]) => write('error', msg),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}

/**
 * Counts every request by kind and outcome, and times it from arrival to ack: wrapping the ack the
 * receiver hands to Bolt measures what Slack sees, whichever listener answers.
 */
function instrument(app: App, metrics: Metrics): void {
  const processEvent = app.processEvent.bind(app);
  app.processEvent = async (event) => {
    const kind = requestKind((event.body ?? {}) as Record<string, unknown>);
    const started = process.hrtime.bigint();
    const ack = event.ack;
    let acked = false;
    event.ack = async (response) => {
      if (!acked) {
        acked = true;
        metrics.ackSeconds.observe({ kind }, Number(process.hrtime.bigint() - started) / 1e9);
      }
      return ack(response);
    };
    try {
      await processEvent(event);
      metrics.requests.inc({ kind, outcome: 'ok' });
    } catch (err) {
      metrics.requests.inc({ kind, outcome: 'error' });
      throw err;
    }
  };
}

/**
 * Bounded work: every request takes a slot for its whole life (ack and the work after it), waits at
 * most MAX_WAIT_MS in a bounded queue for one, and past that is answered "busy" in its ack. Without
 * this, each request was acked at once and its work queued behind it with no bound, until the heap
 * ran out under load.
 */
function limitWork(listeners: Listeners, limit: WorkLimit, metrics: Metrics, warnings: RepeatedLines): void {
  listeners.use(async (args) => {
    // Bolt acknowledges an event before any middleware runs and Slack never resends it: a shed
    // app_uninstalled would be lost for good (no purge, ever). They are one per workspace, so they
    // pass the limit.
    const event = (args.body as { event?: { type?: unknown } } | undefined)?.event;
    if (typeof event?.type === 'string' && NEVER_SHED_EVENTS.has(event.type)) return void (await args.next());
    if (await limit.acquire()) {
      try {
        await args.next();
      } finally {
        limit.release();
      }
      return;
    }
    const body = (args.body ?? {}) as Record<string, unknown>;
    const kind = requestKind(body);
    metrics.shed.inc({ kind });
    // Once a minute with a count: under overload a line per shed request would add to the load.
    warnings.warn('shed', { kind, inFlight: limit.inFlight, waiting: limit.waiting }, 'busy: request shed');
    const ack =
      'ack' in args && typeof args.ack === 'function' ? (args.ack as (response?: unknown) => Promise<void>) : undefined;
    if (kind === 'command') return void (await ack?.(notice(BUSY)));
    if (kind === 'view' && body.type === 'view_submission') {
      // A field error is the only thing a modal can show in its ack; the first input carries it.
      const view = body.view as { state?: { values?: Record<string, unknown> } } | undefined;
      const first = Object.keys(view?.state?.values ?? {})[0];
      return void (await ack?.(first ? { response_action: 'errors', errors: { [first]: BUSY } } : undefined));
    }
    await ack?.();
    // A click can't carry words in its ack; one short ephemeral says it (best effort, not queued).
    if ('respond' in args && typeof args.respond === 'function' && kind !== 'event') {
      void (args.respond as (m: object) => Promise<unknown>)({
        response_type: 'ephemeral',
        replace_original: false,
        ...notice(BUSY),
      }).catch(() => undefined);
    }
  });
}

export async function startBot(options: BotOptions): Promise<Bot> {
  const { config, logger, metrics } = options;
  const watch = options.watch ?? new DependencyWatch(logger);
  const routes = [...operatorRoutes(options.probes, metrics, logger, watch), ...(options.extraRoutes ?? [])];
  // Sheds and refused requests: once a minute per kind with a count (a flood must not flood the log).
  const warnings = new RepeatedLines(logger);
  const log = boltLogger(logger);
  let receiver: Receiver;
  let http: HTTPReceiver | undefined;
  let socketMode: SocketModeSupervisor | undefined;
  if (config.slack.appToken) {
    const lines = socketModeLines(logger);
    const socket = new SocketModeReceiver({
      appToken: config.slack.appToken,
      customRoutes: routes,
      // The supervisor reconnects: the client's own reconnect can give up for good (socket-mode.ts).
      autoReconnectEnabled: false,
      installerOptions: {
        port: config.port,
        clientOptions: {
          ...(config.slack.apiUrl ? { slackApiUrl: config.slack.apiUrl } : {}),
          // One apps.connections.open per attempt; the supervisor waits between attempts, up to a minute.
          retryConfig: { retries: 0 },
          timeout: 10_000,
        },
      },
      logger: socketModeLogger(log, lines),
    });
    socketMode = new SocketModeSupervisor(socket.client, { logger, lines, ...options.socketModeBackoff });
    receiver = socket;
  } else {
    http = new HTTPReceiver({
      signingSecret: config.slack.signingSecret,
      endpoints: '/slack/events',
      customRoutes: routes,
      processBeforeResponse: options.processBeforeResponse ?? false,
      bodyLimit: MAX_SLACK_BODY_BYTES,
      logger: log,
    });
    // Malformed or oversized bodies are refused before Bolt's receiver reads them (see request-guard).
    http.requestListener = guardSlackRequests(http.requestListener, {
      path: '/slack/events',
      onRefused: (reason, detail) =>
        warnings.warn(`refused-${reason}`, { reason, detail }, 'refused a request that Slack would never send'),
    });
    receiver = http;
  }
  // auth.test ran at start-up (main.ts). Left to Bolt, it runs at construction, and a failure there
  // is a rejection that nobody awaits; if it did not answer, BotIdentity asks again lazily.
  const identity = options.identity
    ? new BotIdentity(
        config.slack.botToken,
        () => checkBotToken(config.slack.botToken, config.slack.apiUrl, true),
        options.identity,
        Date.now,
        (check) =>
          logger.warn(
            check.kind === 'refused' ? { reason: check.message } : { err: check.error },
            'Slack did not confirm the bot identity (auth.test); asking again in a minute',
          ),
      )
    : undefined;
  const app = new App({
    ...(identity ? { authorize: identity.authorize } : { token: config.slack.botToken }),
    receiver,
    logger: log,
    // Stateless by design: any replica can take any request.
    convoStore: false,
    clientOptions: {
      ...(config.slack.apiUrl ? { slackApiUrl: config.slack.apiUrl } : {}),
      // A listener's call answers a person who is waiting: a few quick tries, not the client's default
      // of ten retries over half an hour, which would hold every request's work while Slack is down.
      retryConfig: { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 1000 },
      // Bolt gives every request of a workspace one client; told 429, the client held back every
      // call of every request for Retry-After (other reps' modals missed their trigger ids, and work
      // slots filled). A refused call fails its own request now: that rep is told to try again.
      rejectRateLimitedCalls: true,
    },
  });
  const failures = new RequestFailures(logger, (cause) => metrics.requestFailures.inc({ cause }), watch);
  // A listener's throw that nothing caught: counted and reported like any failed request (Bolt wraps
  // it; failureCause reads the original), so an outage is summed up and a bug is logged in full.
  app.error(async (err) => failures.failed(err, 'unhandled error in a Slack listener'));
  instrument(app, metrics);
  // One middleware runs the work limit, the other global middleware and the listener for the
  // request's kind, not every listener (see dispatch.ts).
  const listeners = new Listeners();
  limitWork(
    listeners,
    new WorkLimit({ ...(config.limits ?? { concurrency: 16, queue: 64 }), maxWaitMs: MAX_WAIT_MS }),
    metrics,
    warnings,
  );
  const deps: ListenerDeps = { ...options.deps, failures };
  commands.register(listeners, deps);
  actions.register(listeners, deps);
  views.register(listeners, deps);
  shortcuts.register(listeners, deps);
  events.register(listeners, deps);
  listeners.install(app);

  let port = config.port;
  if (http) {
    const server = (await http.start(config.port)) as Server;
    port = (server.address() as AddressInfo).port;
  } else if (socketMode) {
    // Connected, or Slack did not answer and the supervisor keeps trying; a refused app token throws.
    try {
      await socketMode.start(() => app.start());
    } catch (err) {
      socketMode.stop();
      await app.stop().catch(() => undefined);
      throw err;
    }
  }
  logger.info({ port, mode: http ? 'http' : 'socket' }, 'bot listening');
  return {
    app,
    port,
    failures,
    // HTTPReceiver.stop closes the server: in-flight requests finish, new connections are refused.
    // What was counted (failed requests, sheds, refusals) is written before the process goes.
    stop: () =>
      Promise.resolve(socketMode?.stop())
        .then(() => app.stop())
        .finally(() => {
          failures.flush();
          warnings.flush();
        })
        .then(() => undefined),
  };
}
