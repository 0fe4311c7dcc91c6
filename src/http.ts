import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CustomRoute } from '@slack/bolt';
import type { Logger } from './logger';
import type { Metrics } from './metrics';
import { DEPENDENCIES, type Dependency, type DependencyWatch } from './outages';
import { withTimeout } from './timeout';

export interface ReadinessProbe {
  name: string;
  check(): Promise<unknown>;
}

function send(res: ServerResponse, status: number, body: string, type = 'application/json'): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

const isDependency = (name: string): name is Dependency => (DEPENDENCIES as readonly string[]).includes(name);

/**
 * GET /healthz (alive), /readyz (Postgres and Redis answer), /metrics (Prometheus text). /readyz is
 * about this process's own dependencies only: Slack being down is no reason for a load balancer to
 * take a replica out, or for an orchestrator to restart it. A failing probe is told to the watch, so
 * a probe every few seconds during an outage adds no log lines of its own.
 */
export function operatorRoutes(
  probes: ReadinessProbe[],
  metrics: Metrics,
  logger: Logger,
  watch?: DependencyWatch,
): CustomRoute[] {
  return [
    {
      path: '/healthz',
      method: ['GET'],
      handler: (_req, res) => send(res, 200, JSON.stringify({ status: 'ok' })),
    },
    {
      path: '/readyz',
      method: ['GET'],
      handler: (_req, res) => {
        void Promise.all(
          probes.map(async (probe) => {
            try {
              await withTimeout(probe.check(), 1500);
              if (isDependency(probe.name)) watch?.ok(probe.name);
              return [probe.name, 'ok'] as const;
            } catch (err) {
              if (watch && isDependency(probe.name)) watch.failed(probe.name, err);
              else logger.warn({ probe: probe.name, err }, 'readiness probe failed');
              return [probe.name, 'unavailable'] as const;
            }
          }),
        ).then((results) => {
          const ready = results.every(([, state]) => state === 'ok');
          send(
            res,
            ready ? 200 : 503,
            JSON.stringify({ status: ready ? 'ready' : 'not ready', ...Object.fromEntries(results) }),
          );
        });
      },
    },
    {
      path: '/metrics',
      method: ['GET'],
      handler: (_req, res) => {
        void metrics.registry.metrics().then(
          (text) => send(res, 200, text, metrics.registry.contentType),
          () => send(res, 500, 'metrics unavailable', 'text/plain'),
        );
      },
    },
  ];
}

/**
 * The operator routes on a plain HTTP server, for a process without the bot (ROLE=worker), so that
 * every process can be probed and scraped on its PORT.
 */
export async function startOperatorServer(
  port: number,
  routes: CustomRoute[],
): Promise<{ port: number; stop(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const route = routes.find(
      (r) => r.path === path && ([] as string[]).concat(r.method).includes(req.method ?? 'GET'),
    );
    if (!route) return send(res, 404, JSON.stringify({ error: 'not found' }));
    route.handler(req as Parameters<CustomRoute['handler']>[0], res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
