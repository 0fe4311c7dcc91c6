import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createTestDatabase } from './db';
import { shareQueuePrefix } from './redis';
import { shareAcrossTests } from './shared';
import { startFakeSlackApi } from './slack-api';

const ROOT = path.resolve(__dirname, '../..');

export interface AppProcess {
  child: ChildProcess;
  port: number;
  /** Every line it wrote to stdout and stderr, in order. */
  lines: string[];
  /** Resolves with the exit code (or signal) once it has exited. */
  exited: Promise<number | string | null>;
  stop(): Promise<void>;
}

/** The environment of an app process with every dependency of its own: the Slack stand-in, a test database, a Redis prefix. */
export function appEnv(o: {
  slackUrl: string;
  databaseUrl: string;
  redisUrl: string;
  queuePrefix: string;
}): Record<string, string> {
  return {
    SLACK_BOT_TOKEN: 'xoxb-outage-test',
    SLACK_SIGNING_SECRET: 'outage-test-secret',
    SLACK_API_URL: `${o.slackUrl}/api/`,
    DATABASE_URL: o.databaseUrl,
    REDIS_URL: o.redisUrl,
    QUEUE_PREFIX: o.queuePrefix,
    ROLE: 'all',
  };
}

/**
 * The app as `npm start` runs it (`src/main.ts`), in a process of its own, so that a test can see its
 * log lines and whether it is still running. Resolves once the bot listens.
 */
export async function startAppProcess(env: Record<string, string>, timeoutMs = 30_000): Promise<AppProcess> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const exited = new Promise<number | string | null>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? signal)),
  );
  let buffered = '';
  const collect = (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    const parts = buffered.split('\n');
    buffered = parts.pop() ?? '';
    lines.push(...parts);
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no start within ${timeoutMs} ms:\n${lines.join('\n')}`)),
      timeoutMs,
    );
    const check = () => {
      for (const line of lines) {
        const match = /"port":(\d+).*bot listening/.exec(line);
        if (match) {
          clearTimeout(timer);
          child.stdout!.off('data', check);
          return resolve(Number(match[1]));
        }
      }
    };
    child.stdout!.on('data', check);
    void exited.then((code) => reject(new Error(`exited (${code}) before it listened:\n${lines.join('\n')}`)));
  });
  return {
    child,
    port,
    lines,
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * What the tests of a file share to run the app in a process of its own: a test database, the Slack
 * stand-in and a queue prefix. `start` starts the app on them (and on `redisUrl`); it is stopped after
 * the tests and before the rest goes (hooks run in the order they are declared). A file that adds
 * something the app uses (a proxy) declares it after this, so that it too goes after the app.
 */
export function shareAppProcess() {
  let app: AppProcess | undefined;
  afterAll(async () => {
    await app?.stop();
  });
  const db = shareAcrossTests(createTestDatabase, (made) => made.drop());
  const slack = shareAcrossTests(startFakeSlackApi, (made) => made.close());
  const prefix = shareQueuePrefix();
  return {
    db,
    slack,
    prefix,
    /** `databaseUrl`, when given, instead of the test database's own (the same database through a proxy). */
    async start(redisUrl: string, databaseUrl: string = db.url): Promise<AppProcess> {
      app = await startAppProcess(appEnv({ slackUrl: slack.url, databaseUrl, redisUrl, queuePrefix: prefix }));
      return app;
    },
  };
}
