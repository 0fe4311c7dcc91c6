import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type * as BullBoardApi from '@bull-board/api';
import type * as BullMQAdapterModule from '@bull-board/api/bullMQAdapter';
import type * as BullBoardExpress from '@bull-board/express';
import type { CustomRoute } from '@slack/bolt';
import type { Queue } from 'bullmq';
import type express from 'express';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

export interface DashboardCredentials {
  user?: string;
  password?: string;
  token?: string;
}

/** Equal-length digests compared in constant time: neither the length nor a prefix of the secret leaks. */
function same(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/**
 * True when the request carries the configured credentials: `Authorization: Basic` with ADMIN_USER and
 * ADMIN_PASSWORD, or `Authorization: Bearer` with ADMIN_TOKEN. Both parts are always compared, so a
 * right user with a wrong password takes as long as a wrong user.
 */
export function authorised(header: string | undefined, c: DashboardCredentials): boolean {
  if (!header) return false;
  const [scheme = '', value = ''] = header.trim().split(/\s+/, 2);
  if (/^bearer$/i.test(scheme) && c.token) return same(value, c.token);
  if (/^basic$/i.test(scheme) && c.user && c.password) {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return false;
    const userOk = same(decoded.slice(0, colon), c.user);
    const passwordOk = same(decoded.slice(colon + 1), c.password);
    return userOk && passwordOk;
  }
  return false;
}

/**
 * A browser remembers basic credentials and sends them with any request to this origin, also a form
 * posted from another site (which can retry, clean or add jobs). Writes must come from the dashboard's
 * own page: browsers say where a request comes from (Sec-Fetch-Site, Origin). Reads stay open, so a
 * link to the dashboard from elsewhere still works; curl, which sends neither header, is not affected.
 */
function crossSiteWrite(req: IncomingMessage): boolean {
  if (req.method === 'GET' || req.method === 'HEAD') return false;
  const site = req.headers['sec-fetch-site'];
  if (typeof site === 'string') return site !== 'same-origin' && site !== 'none';
  const origin = req.headers.origin;
  if (typeof origin !== 'string') return false;
  try {
    return new URL(origin).host !== req.headers.host;
  } catch {
    return true;
  }
}

function refuse(res: ServerResponse, c: DashboardCredentials): void {
  const challenge =
    c.user && c.password ? 'Basic realm="Purposeful queues", charset="UTF-8"' : 'Bearer realm="Purposeful queues"';
  res.writeHead(401, { 'www-authenticate': challenge, 'content-type': 'text/plain', 'cache-control': 'no-store' });
  res.end('Unauthorized');
}

/**
 * bull-board at /admin/queues on the bot's own HTTP server. Bolt's receiver serves plain Node
 * handlers (customRoutes), and an Express app is one, so bull-board's Express adapter (Express
 * already comes with Bolt) runs inside a custom route with no second server or port. Without
 * credentials nothing is mounted and the path answers 404 like any unknown one, and bull-board is
 * not even loaded (about 15 MB of a bot's memory).
 */
export function queueDashboardRoutes(credentials: DashboardCredentials | undefined, queues: Queue[]): CustomRoute[] {
  if (!credentials || !(credentials.token || (credentials.user && credentials.password))) return [];
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { createBullBoard } = require('@bull-board/api') as typeof BullBoardApi;
  const { BullMQAdapter } = require('@bull-board/api/bullMQAdapter') as typeof BullMQAdapterModule;
  const { ExpressAdapter } = require('@bull-board/express') as typeof BullBoardExpress;
  const express = require('express') as typeof import('express');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: queues.map((q) => new BullMQAdapter(q)),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'Purposeful queues' } },
  });
  const board = express();
  board.disable('x-powered-by');
  board.use(QUEUE_DASHBOARD_PATH, serverAdapter.getRouter() as express.Router);
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    if (!authorised(req.headers.authorization, credentials)) return refuse(res, credentials);
    if (crossSiteWrite(req)) {
      res.writeHead(403, { 'content-type': 'text/plain', 'cache-control': 'no-store' });
      return void res.end('Cross-site requests may not change the queues');
    }
    board(req as express.Request, res as express.Response);
  };
  return [
    { path: QUEUE_DASHBOARD_PATH, method: ['GET'], handler },
    { path: `${QUEUE_DASHBOARD_PATH}/*rest`, method: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'], handler },
  ];
}
