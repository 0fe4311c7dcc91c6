import type { ServerResponse } from 'node:http';
import type { CustomRoute } from '@slack/bolt';
import type { Logger } from './logger';
import type { Metrics } from './metrics';

export interface ReadinessProbe {
  name: string;
  check(): Promise<unknown>;
}

function send(res: ServerResponse, status: number, body: string, type = 'application/json'): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(err);
      },
    );
  });
}

/** GET /healthz (alive), /readyz (Postgres and Redis answer), /metrics (Prometheus text). */
export function operatorRoutes(probes: ReadinessProbe[], metrics: Metrics, logger: Logger): CustomRoute[] {
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
              return [probe.name, 'ok'] as const;
            } catch (err) {
              logger.warn({ probe: probe.name, err }, 'readiness probe failed');
              return [probe.name, 'unavailable'] as const;
            }
          }),
        ).then((results) => {
          const ready = results.every(([, state]) => state === 'ok');
          send(res, ready ? 200 : 503, JSON.stringify({ status: ready ? 'ready' : 'not ready', ...Object.fromEntries(results) }));
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
