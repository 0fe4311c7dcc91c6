import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, LogLevel, SocketModeReceiver, type CustomRoute, type Logger as BoltLogger, type Receiver } from '@slack/bolt';
import type { Config } from './config';
import { operatorRoutes, type ReadinessProbe } from './http';
import * as actions from './listeners/actions';
import * as commands from './listeners/commands';
import * as events from './listeners/events';
import type { ListenerDeps } from './listeners/deps';
import * as shortcuts from './listeners/shortcuts';
import * as views from './listeners/views';
import type { Logger } from './logger';
import { requestKind, type Metrics } from './metrics';

export interface BotOptions {
  config: Config;
  logger: Logger;
  metrics: Metrics;
  deps: ListenerDeps;
  probes: ReadinessProbe[];
  /** More operator routes on the same server (the queue dashboard at /admin/queues when configured). */
  extraRoutes?: CustomRoute[];
  /**
   * Wait for the listener before answering Slack. Off in production (the answer goes out at ack());
   * on in tests, so that a test sees everything a request caused once its HTTP answer arrives.
   */
  processBeforeResponse?: boolean;
}

export interface Bot {
  app: App;
  /** The HTTP port actually listened on (useful with PORT=0). */
  port: number;
  stop(): Promise<void>;
}

/** Bolt wants its own logger shape; this one writes through pino. */
function boltLogger(logger: Logger): BoltLogger {
  let level = LogLevel.INFO;
  const child = logger.child({ component: 'bolt' });
  return {
    debug: (...msg: unknown[]) => child.debug(msg.map(String).join(' ')),
    info: (...msg: unknown[]) => child.info(msg.map(String).join(' ')),
    warn: (...msg: unknown[]) => child.warn(msg.map(String).join(' ')),
    error: (...msg: unknown[]) => child.error(msg.map(String).join(' ')),
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

export async function startBot(options: BotOptions): Promise<Bot> {
  const { config, logger, metrics } = options;
  const routes = [...operatorRoutes(options.probes, metrics, logger), ...(options.extraRoutes ?? [])];
  const log = boltLogger(logger);
  let receiver: Receiver;
  let http: HTTPReceiver | undefined;
  if (config.slack.appToken) {
    receiver = new SocketModeReceiver({
      appToken: config.slack.appToken,
      customRoutes: routes,
      installerOptions: { port: config.port },
      logger: log,
    });
  } else {
    http = new HTTPReceiver({
      signingSecret: config.slack.signingSecret,
      endpoints: '/slack/events',
      customRoutes: routes,
      processBeforeResponse: options.processBeforeResponse ?? false,
      logger: log,
    });
    receiver = http;
  }
  const app = new App({
    token: config.slack.botToken,
    receiver,
    logger: log,
    // Stateless by design: any replica can take any request.
    convoStore: false,
    clientOptions: config.slack.apiUrl ? { slackApiUrl: config.slack.apiUrl } : {},
  });
  app.error(async (err) => {
    logger.error({ err }, 'unhandled error in a Slack listener');
  });
  instrument(app, metrics);
  commands.register(app, options.deps);
  actions.register(app, options.deps);
  views.register(app, options.deps);
  shortcuts.register(app, options.deps);
  events.register(app, options.deps);

  let port = config.port;
  if (http) {
    const server = (await http.start(config.port)) as Server;
    port = (server.address() as AddressInfo).port;
  } else {
    await app.start();
  }
  logger.info({ port, mode: http ? 'http' : 'socket' }, 'bot listening');
  return {
    app,
    port,
    // HTTPReceiver.stop closes the server: in-flight requests finish, new connections are refused.
    stop: () => app.stop().then(() => undefined),
  };
}
