import { startBot, type Bot } from '../../src/bot';
import type { Config } from '../../src/config';
import { Metrics } from '../../src/metrics';
import { OutreachService } from '../../src/services/outreach';
import { createTestDatabase, silentLogger, type TestDatabase } from './db';
import { startFakeSlackApi, type FakeSlackApi } from './slack-api';
import { postToApp, type AppResponse, type PostToAppOptions } from './slack-requests';

export const SIGNING_SECRET = 'test-signing-secret-0123456789';

export interface TestApp {
  db: TestDatabase;
  slack: FakeSlackApi;
  bot: Bot;
  metrics: Metrics;
  baseUrl: string;
  /** Posts a signed request to the app, as Slack would. */
  post(body: string, contentType: 'form' | 'json', extra?: Partial<PostToAppOptions>): Promise<AppResponse>;
  close(): Promise<void>;
}

/**
 * The real app on a port of its own: Bolt's real HTTP receiver (signature check included), its own
 * Postgres database, and Slack's Web API replaced by a local stand-in that records every call.
 */
export async function startTestApp(options: { now?: () => Date } = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const slack = await startFakeSlackApi();
  const config: Config = {
    port: 0,
    databaseUrl: db.url,
    redisUrl: 'redis://127.0.0.1:6379',
    queuePrefix: 'test',
    role: 'bot',
    logLevel: 'silent',
    defaultTimezone: 'UTC',
    slack: { botToken: 'xoxb-test-token', signingSecret: SIGNING_SECRET, apiUrl: `${slack.url}/api/` },
  };
  const now = options.now ?? (() => new Date());
  const metrics = new Metrics({ defaults: false });
  const bot = await startBot({
    config,
    logger: silentLogger,
    metrics,
    deps: { outreach: new OutreachService(db.pool(), now), logger: silentLogger, now },
    probes: [{ name: 'postgres', check: () => db.pool().query('SELECT 1') }],
    processBeforeResponse: true,
  });
  const baseUrl = `http://127.0.0.1:${bot.port}`;
  return {
    db,
    slack,
    bot,
    metrics,
    baseUrl,
    post: (body, contentType, extra = {}) => postToApp(baseUrl, { body, contentType, signingSecret: SIGNING_SECRET, ...extra }),
    async close() {
      await bot.stop();
      await slack.close();
      await db.drop();
    },
  };
}
