/**
 * `npm run bench -- latency`: an open loop, so a slow server cannot slow the load down and hide its
 * own queueing (latency is timed from when each request was due, not when it could be sent). First
 * the bare Bolt app's saturation rate (a closed loop at 50 in flight), then `/outreach list` at a fixed
 * 50% of that rate to the bare app and to ours, alternating, in the same run. Target: our p99 ≤ 1.5×
 * the bare app's p99.
 */
import { spawn } from 'node:child_process';
import { Agent } from 'node:http';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createTestDatabase, testTeamId } from '../test/support/db';
import { dropPrefix } from '../test/support/redis';
import { startFakeSlackApi } from '../test/support/slack-api';
import { slashCommand } from '../test/support/slack-requests';
import {
  compileApp,
  ms,
  percentile,
  postSigned,
  ROOT,
  seedOutreach,
  sleep,
  startApp,
  stopApp,
  verdict,
  type Answer,
  type AppChild,
} from './support';

const SECRET = 'latency-bench-secret-0123456789';
const SATURATION_S = 5;
const SATURATION_CONCURRENCY = 50;
const ROUND_S = 8;
const ROUNDS = 2;
const TARGET_P99_RATIO = 1.5;
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

function startBare(env: Record<string, string>): Promise<AppChild> {
  const proc = spawn(process.execPath, ['-r', '@swc-node/register', path.join(ROOT, 'bench', 'bare-bolt.ts')], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('bare Bolt app did not start')), 60_000);
    proc.stdout!.once('data', (chunk: Buffer) => {
      clearTimeout(timer);
      const port = Number(/"port":(\d+)/.exec(String(chunk))?.[1]);
      const child: AppChild = {
        name: 'bare',
        process: proc,
        pid: proc.pid!,
        port,
        lines: [],
        lineCount: 0,
        messages: new Map(),
        exit: undefined,
        exited: new Promise((r) => proc.once('exit', () => r())),
      };
      resolve(child);
    });
  });
}

/** Closed loop, `concurrency` in flight for `seconds`: the rate at which the app saturates. */
async function saturation(
  port: number,
  agent: Agent,
  body: () => string,
  seconds: number,
  concurrency: number,
): Promise<number> {
  const end = performance.now() + seconds * 1000;
  let done = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const a = await postSigned(port, agent, body(), SECRET);
        if (a.status === 200) done++;
      }
    }),
  );
  return done / seconds;
}

/** Open loop: a request every 1/rate s for `seconds`, each timed from when it was due. */
async function openLoop(
  port: number,
  agent: Agent,
  body: () => string,
  rate: number,
  seconds: number,
): Promise<Answer[]> {
  const answers: Promise<Answer>[] = [];
  const start = performance.now();
  const total = Math.floor(rate * seconds);
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    answers.push(postSigned(port, agent, body(), SECRET, due));
  }
  return Promise.all(answers);
}

function summary(answers: Answer[]): { p50: number; p99: number; max: number; failed: number; busy: number } {
  const ok = answers
    .filter((a) => a.status === 200)
    .map((a) => a.ms)
    .sort((a, b) => a - b);
  const busy = answers.filter((a) => /busy/i.test(a.body)).length;
  return {
    p50: percentile(ok, 0.5),
    p99: percentile(ok, 0.99),
    max: ok[ok.length - 1] ?? NaN,
    failed: answers.length - ok.length,
    busy,
  };
}

export async function benchLatency(): Promise<{ lines: string[] }> {
  const compiled = compileApp();
  const db = await createTestDatabase();
  const slack = await startFakeSlackApi();
  const prefix = `bench-latency-${process.pid}`;
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const children: AppChild[] = [];
  const forget = setInterval(() => slack.reset(), 1000);
  try {
    const team = testTeamId();
    const reps = Array.from({ length: 20 }, (_, i) => `U0LAT${i}`);
    await seedOutreach(db.pool(), team, reps, 20);
    const env = { SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: `${slack.url}/api/` };
    const bare = await startBare(env);
    children.push(bare);
    // e.g. BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile our bot under this load.
    const ours = await startApp(
      compiled.dir,
      'bot',
      {
        ...env,
        ROLE: 'bot',
        SLACK_BOT_TOKEN: 'xoxb-latency-bench',
        DATABASE_URL: db.url,
        REDIS_URL,
        QUEUE_PREFIX: prefix,
      },
      (process.env.BENCH_NODE_ARGS ?? '').split(/\s+/).filter(Boolean),
    );
    children.push(ours);
    let n = 0;
    const list = () =>
      slashCommand({
        team_id: team,
        user_id: reps[n++ % reps.length]!,
        text: 'list',
        response_url: slack.responseUrl(`l${n}`),
      });

    await saturation(bare.port, agent, list, 1, SATURATION_CONCURRENCY); // warm-up
    await saturation(ours.port, agent, list, 1, SATURATION_CONCURRENCY);
    await sleep(1000);
    const saturated = await saturation(bare.port, agent, list, SATURATION_S, SATURATION_CONCURRENCY);
    // BENCH_LATENCY_RATE fixes the rate instead, to compare two checkouts at the same load.
    const rate = Number(process.env.BENCH_LATENCY_RATE) || Math.max(1, Math.floor(saturated / 2));
    await sleep(1000);
    const bareAnswers: Answer[] = [];
    const ourAnswers: Answer[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      bareAnswers.push(...(await openLoop(bare.port, agent, list, rate, ROUND_S)));
      await sleep(500);
      ourAnswers.push(...(await openLoop(ours.port, agent, list, rate, ROUND_S)));
      await sleep(2000); // our work after ack (the list by response_url) drains before the bare app's turn
    }
    const b = summary(bareAnswers);
    const o = summary(ourAnswers);
    const ratio = o.p99 / b.p99;
    return {
      lines: [
        `bare Bolt app saturates at ${saturated.toFixed(0)} acks/s (closed loop, ${SATURATION_CONCURRENCY} in flight); open loop at ${process.env.BENCH_LATENCY_RATE ? 'a fixed' : '50%:'} ${rate}/s, ${ROUNDS} × ${ROUND_S} s per app, alternating`,
        `bare Bolt (ack only)   p50 ${ms(b.p50)}  p99 ${ms(b.p99)}  max ${ms(b.max)}  failed ${b.failed}`,
        `ours (/outreach list)  p50 ${ms(o.p50)}  p99 ${ms(o.p99)}  max ${ms(o.max)}  failed ${o.failed}  told "busy" ${o.busy} of ${ourAnswers.length}  (code from ${compiled.root})`,
        `target our p99 ≤ ${TARGET_P99_RATIO}× bare p99: ${ratio.toFixed(2)}× ${verdict(ratio <= TARGET_P99_RATIO && o.failed === 0)}`,
        `our bot: ${ours.exit ? `EXITED ${JSON.stringify(ours.exit)}` : 'still running'}`,
      ],
    };
  } finally {
    clearInterval(forget);
    agent.destroy();
    await Promise.all(children.map((c) => stopApp(c)));
    await slack.close();
    await dropPrefix(prefix, REDIS_URL).catch(() => undefined);
    await db.drop().catch(() => undefined);
    compiled.cleanup();
  }
}
