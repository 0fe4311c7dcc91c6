/**
 * Benchmark of the Slack edge: `/outreach list` slash commands against the real bot and, as the
 * baseline, against a minimal Bolt app that only acks, both on loopback in the same run.
 *
 * Each app runs in a child process of its own (`bench-slack-server.ts`), and so does the local stand-in
 * for Slack's Web API, so that the load generator here does not share an event loop with what it
 * measures. The children run code compiled ahead of time by this process with plain `node`, as in
 * production (`node dist/main.js`); see `bench-slack-server.ts` for why not `@swc-node/register`.
 *
 * The load: signed slash commands, each with a fresh signature and trigger id, kept at RUN.concurrency
 * requests in flight over a keep-alive agent. A warm-up for each app, then RUN.rounds rounds that
 * alternate minimal → bot, so that drift in the machine (another process, CPU frequency) falls on
 * both. Latency is from the request being written to its HTTP answer having arrived: the time to ack
 * as Slack sees it. After each bot round the bench waits until the stand-in has received every list
 * the bot posts to a response_url, so that the bot's work after ack does not spill into the
 * minimal app's next round, and so that it can say how far behind its acks the actual work ran.
 */
import { spawn, type ChildProcess, type Serializable } from 'node:child_process';
import { rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { createTestDatabase, type TestDatabase } from '../test/support/db';
import { dropPrefix } from '../test/support/redis';
import { signSlackRequest, slashCommand } from '../test/support/slack-requests';
import { READY_MARKER, type LiveMemory, type SlackApiCounts } from './bench-slack-server';
import {
  compileTree,
  memoryOf,
  REDIS_URL,
  ROOT,
  runBench,
  SIGNING_SECRET,
  SLACK_ACK_LIMIT_MS,
  TARGET_P99_RATIO,
} from './support';

/** The run: the rep whose list is asked for and the outreach seeded, the load, and the target. */
const RUN = {
  team: 'T0BENCH',
  rep: 'U0BENCHREP',
  seeded: { forRep: 200, forOthers: 1800 },
  concurrency: 50,
  warmUp: 300,
  rounds: 3,
  perRound: 1000,
  target: { peakMb: 150 },
} as const;

/** Bounds on every wait, so a stuck child fails the run instead of hanging it. */
const TIMEOUT_MS = { start: 30_000, request: 10_000, round: 120_000, drain: 60_000, stop: 5_000 } as const;
const RSS_SAMPLE_MS = 20;

// ---------------------------------------------------------------------------------------------------
// Children

/**
 * Compiles `src/`, `bench/` and `test/support/` (see `compileTree`), so the children run plain
 * JavaScript. A file that does not compile (someone's work in progress) is skipped; a child that needs
 * it fails to start and says so.
 */
export function compileForChildren(): { dir: string; skipped: string[] } {
  return compileTree(ROOT, ['src', 'bench', path.join('test', 'support')], 'purposeful-bench-', true);
}

export interface Child {
  /** The mode it was started in (`bot`, `slack-api`, …): how errors name it. */
  mode: string;
  process: ChildProcess;
  pid: number;
  port: number;
  /** What the child wrote besides the ready line (log lines, errors); the last 50. */
  output: string[];
  /** Its log lines at error or above, counted by message (pino's `msg: err.message`). */
  errors: Map<string, number>;
}

function tallyError(errors: Map<string, number>, line: string): void {
  let entry: { level?: number; msg?: string; err?: { message?: string } };
  try {
    entry = JSON.parse(line) as typeof entry;
  } catch {
    return;
  }
  if ((entry.level ?? 0) < 50) return;
  const key = [entry.msg, entry.err?.message].filter(Boolean).join(': ') || line.slice(0, 200);
  errors.set(key, (errors.get(key) ?? 0) + 1);
}

/**
 * Starts `bench/<script>.ts`, compiled, in `mode`, and resolves once it printed its ready line.
 * Other benches' children (`bench-reminders-server`) use the same protocol (see `serve` in
 * `bench-slack-server.ts`).
 */
/** As in package.json's "start" script and the Dockerfile's CMD. */
export const APP_NODE_FLAGS = ['--max-old-space-size=256', '--max-semi-space-size=4'];

export function startChild(
  compiledDir: string,
  mode: string,
  env: Record<string, string>,
  script = 'bench-slack-server',
): Promise<Child> {
  const scriptPath = path.join(compiledDir, 'bench', `${script}.js`);
  // e.g. BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the apps under load.
  // --expose-gc only lets the parent ask for a full collection once the load is over (see `memory`).
  // The heap flags `npm start` and the Dockerfile run the app with (package.json "start"), for both
  // apps alike, so that memory and latency are measured as they run in production.
  const nodeArgs = [
    '--expose-gc',
    ...APP_NODE_FLAGS,
    ...(process.env.BENCH_NODE_ARGS ?? '').split(/\s+/).filter(Boolean),
  ];
  const proc = spawn(process.execPath, [...nodeArgs, scriptPath, mode], {
    cwd: ROOT,
    env: { ...process.env, ...env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const output: string[] = [];
  const errors = new Map<string, number>();
  const keep = (line: string) => {
    tallyError(errors, line);
    output.push(line);
    if (output.length > 50) output.shift();
  };
  return new Promise<Child>((resolve, reject) => {
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      reject(new Error(`${mode} did not start within ${TIMEOUT_MS.start} ms:\n${output.join('\n')}`));
    }, TIMEOUT_MS.start);
    proc.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${mode} exited before it was ready (${signal ?? code}):\n${output.join('\n')}`));
    });
    createInterface({ input: proc.stderr! }).on('line', keep);
    createInterface({ input: proc.stdout! }).on('line', (line) => {
      if (!line.startsWith(READY_MARKER)) return keep(line);
      clearTimeout(timer);
      const { port } = JSON.parse(line.slice(READY_MARKER.length)) as { port: number };
      resolve({ mode, process: proc, pid: proc.pid!, port, output, errors });
    });
  });
}

/** SIGTERM, then SIGKILL if it has not gone within TIMEOUT_MS.stop. Never throws. */
export async function stopChild(child: Child | undefined): Promise<void> {
  if (!child || child.process.exitCode !== null || child.process.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.process.once('exit', () => resolve()));
  child.process.kill('SIGTERM');
  const timer = setTimeout(() => child.process.kill('SIGKILL'), TIMEOUT_MS.stop);
  await exited;
  clearTimeout(timer);
}

/** One question over the IPC channel, one answer, within 5 s. One question at a time per child. */
export function ask<T>(child: Child, question: Serializable): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${child.mode} did not answer ${JSON.stringify(question)}`)), 5000);
    child.process.once('message', (message) => {
      clearTimeout(timer);
      resolve(message as T);
    });
    // With a callback, a closed channel is an error here rather than an 'error' event that kills the bench.
    child.process.send(question, (err) => {
      if (err) {
        clearTimeout(timer);
        reject(err);
      }
    });
  });
}

/**
 * The Slack stand-in and the minimal Bolt app (the baseline), each a child of its own, pushed onto
 * `children` as they start (so that a failure still stops the one that started); `env` is what an app
 * needs to talk to the stand-in and verify the bench's signatures.
 */
export async function startStandInAndMinimal(
  compiledDir: string,
  children: Child[],
): Promise<{ slackApi: Child; slackApiUrl: string; minimal: Child; env: Record<string, string> }> {
  const slackApi = await startChild(compiledDir, 'slack-api', {});
  children.push(slackApi);
  const slackApiUrl = `http://127.0.0.1:${slackApi.port}`;
  const env = { SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: `${slackApiUrl}/api/` };
  const minimal = await startChild(compiledDir, 'minimal', env);
  children.push(minimal);
  return { slackApi, slackApiUrl, minimal, env };
}

const slackApiCounts = (child: Child) => ask<{ counts: SlackApiCounts }>(child, 'count').then((a) => a.counts);
const liveMemory = (child: Child) => ask<{ memory: LiveMemory }>(child, 'memory').then((a) => a.memory);

// ---------------------------------------------------------------------------------------------------
// Memory

/** Samples a process's VmRSS every RSS_SAMPLE_MS until stopped; VmHWM catches what falls between samples. */
function sampleMemory(pid: number): { stop(): { maxRss: number; peak: number } } {
  let maxRss = 0;
  let peak = 0;
  const sample = () => {
    const m = memoryOf(pid);
    if (m) {
      maxRss = Math.max(maxRss, m.rss);
      peak = Math.max(peak, m.peak);
    }
  };
  sample();
  const timer = setInterval(sample, RSS_SAMPLE_MS);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { maxRss, peak };
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// Load

interface LoadResult {
  latenciesMs: number[];
  elapsedMs: number;
  failures: number;
  /** The first few failures, as text. */
  failureSamples: string[];
  /**
   * Acks with an empty body: the bot answers a list in its ack when Postgres is quick enough, and only
   * after an empty ack posts it to the response_url (what the bench then waits for).
   */
  emptyAcks: number;
}

let responseSequence = 0;

/**
 * `count` signed `/outreach list` commands at RUN.concurrency in flight. Signing and building the body
 * happen before the clock starts, so the latency is the app's and the wire's only.
 */
async function load(port: number, agent: Agent, slackApiUrl: string, count: number): Promise<LoadResult> {
  const latenciesMs: number[] = [];
  const failureSamples: string[] = [];
  let failures = 0;
  let emptyAcks = 0;
  let next = 0;
  const started = performance.now();
  const deadline = started + TIMEOUT_MS.round;

  const fail = (reason: string) => {
    failures++;
    if (failureSamples.length < 5) failureSamples.push(reason);
  };

  const one = () => {
    const body = slashCommand({
      team_id: RUN.team,
      user_id: RUN.rep,
      text: 'list',
      response_url: `${slackApiUrl}/response/bench-${++responseSequence}`,
    });
    const headers = {
      'content-type': 'application/x-www-form-urlencoded',
      'content-length': String(Buffer.byteLength(body)),
      ...signSlackRequest(body, SIGNING_SECRET),
    };
    return new Promise<void>((resolve) => {
      const t0 = performance.now();
      const req = request({ host: '127.0.0.1', port, path: '/slack/events', method: 'POST', agent, headers }, (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
        });
        res.on('end', () => {
          if (res.statusCode === 200) latenciesMs.push(performance.now() - t0);
          if (res.statusCode === 200 && bytes === 0) emptyAcks++;
          else fail(`HTTP ${res.statusCode}`);
          resolve();
        });
        res.on('error', (err) => {
          fail(err.message);
          resolve();
        });
      });
      req.setTimeout(TIMEOUT_MS.request, () => req.destroy(new Error(`no answer within ${TIMEOUT_MS.request} ms`)));
      req.on('error', (err) => {
        fail(err.message);
        resolve();
      });
      req.end(body);
    });
  };

  const worker = async () => {
    while (next < count && performance.now() < deadline) {
      next++;
      await one();
    }
  };
  await Promise.all(Array.from({ length: RUN.concurrency }, worker));
  const elapsedMs = performance.now() - started;
  if (next < count) fail(`round stopped after ${TIMEOUT_MS.round} ms with ${count - next} requests unsent`);
  return { latenciesMs, elapsedMs, failures, failureSamples, emptyAcks };
}

interface Tally {
  latenciesMs: number[];
  elapsedMs: number;
  failures: number;
  failureSamples: string[];
}

function add(tally: Tally, result: LoadResult): void {
  for (const l of result.latenciesMs) tally.latenciesMs.push(l);
  tally.elapsedMs += result.elapsedMs;
  tally.failures += result.failures;
  for (const s of result.failureSamples) if (tally.failureSamples.length < 5) tally.failureSamples.push(s);
}

interface Summary {
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
}

function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

function summarise(tally: Tally): Summary {
  const sorted = [...tally.latenciesMs].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    perSecond: sorted.length / (tally.elapsedMs / 1000),
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    max: sorted[sorted.length - 1] ?? NaN,
  };
}

// ---------------------------------------------------------------------------------------------------
// Setup

/** Open outreach for the rep (what `/outreach list` reads), and more for other reps in the team. */
async function seed(db: TestDatabase): Promise<void> {
  const rows = (repExpr: string, count: number, keyPrefix: string) =>
    db.pool().query(
      `INSERT INTO outreach (team_id, rep_id, prospect_name, prospect_company, prospect_role, channel, who_i_am, why_you,
         whats_in_it, the_ask, draft_text, sent_text, purpose_score, verdict, status, sent_at, source_key, created_at)
       SELECT $1, ${repExpr}, 'Prospect ' || i, 'Company ' || (i % 37), 'Head of Operations', 'linkedin_message',
         'I lead partnerships at Routely.', 'Your post about warehouse picking at Northwind.',
         'A two-page benchmark summary.', 'Would it help if I sent it over?',
         'Hi, I lead partnerships at Routely. Your post about warehouse picking stuck with me. Would it help if I sent over our benchmark?',
         CASE WHEN i % 2 = 0 THEN 'Hi, I lead partnerships at Routely. Your post about warehouse picking stuck with me.' END,
         50 + i % 50, 'purposeful', CASE WHEN i % 2 = 0 THEN 'sent' ELSE 'drafted' END,
         CASE WHEN i % 2 = 0 THEN now() - i * interval '1 hour' END, $2 || i, now() - i * interval '1 hour'
       FROM generate_series(1, $3::int) AS i`,
      [RUN.team, keyPrefix, count],
    );
  await rows(`'${RUN.rep}'`, RUN.seeded.forRep, 'bench-rep-');
  await rows(`'U0OTHER' || (i % 9)`, RUN.seeded.forOthers, 'bench-others-');
  await db.pool().query('ANALYZE outreach');
}

/** Waits until the stand-in has received `expected` posts to response URLs (at most TIMEOUT_MS.drain). */
export async function waitForResponses(
  slackApi: Child,
  expected: number,
): Promise<{ counts: SlackApiCounts; waitedMs: number }> {
  const started = performance.now();
  for (;;) {
    const counts = await slackApiCounts(slackApi);
    const waitedMs = performance.now() - started;
    if (counts.responseUrl >= expected || waitedMs > TIMEOUT_MS.drain) return { counts, waitedMs };
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

// ---------------------------------------------------------------------------------------------------
// The section

const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(1)} ms` : 'n/a');
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');
const pad = (s: string, n: number) => s.padEnd(n);

export async function benchSlack(): Promise<{ lines: string[] }> {
  const children: Child[] = [];
  let compiled: { dir: string; skipped: string[] } | undefined;
  let db: TestDatabase | undefined;
  const agent = new Agent({ keepAlive: true, maxSockets: RUN.concurrency });
  const queuePrefix = `bench-${process.pid}-${Date.now().toString(36)}`;
  try {
    compiled = compileForChildren();
    db = await createTestDatabase();
    await seed(db);

    const { slackApi, slackApiUrl, minimal, env } = await startStandInAndMinimal(compiled.dir, children);
    const bot = await startChild(compiled.dir, 'bot', {
      ...env,
      DATABASE_URL: db.url,
      REDIS_URL,
      // Its own prefix, removed at the end: nothing of the bench lands in another run's or a test's queues.
      QUEUE_PREFIX: queuePrefix,
    });
    children.push(bot);
    const botAtStart = memoryOf(bot.pid);
    const minimalAtStart = memoryOf(minimal.pid);

    let expectedResponses = 0;
    let maxLagMs = 0;
    const warmMinimal = await load(minimal.port, agent, slackApiUrl, RUN.warmUp);
    const warmBot = await load(bot.port, agent, slackApiUrl, RUN.warmUp);
    expectedResponses += warmBot.emptyAcks;
    await waitForResponses(slackApi, expectedResponses);
    const warmFailures = warmMinimal.failures + warmBot.failures;

    const minimalTally: Tally = { latenciesMs: [], elapsedMs: 0, failures: 0, failureSamples: [] };
    const botTally: Tally = { latenciesMs: [], elapsedMs: 0, failures: 0, failureSamples: [] };
    const botMemory = sampleMemory(bot.pid);
    const minimalMemory = sampleMemory(minimal.pid);
    let counts: SlackApiCounts | undefined;
    for (let round = 0; round < RUN.rounds; round++) {
      add(minimalTally, await load(minimal.port, agent, slackApiUrl, RUN.perRound));
      const result = await load(bot.port, agent, slackApiUrl, RUN.perRound);
      add(botTally, result);
      expectedResponses += result.emptyAcks;
      const drained = await waitForResponses(slackApi, expectedResponses);
      counts = drained.counts;
      maxLagMs = Math.max(maxLagMs, drained.waitedMs);
    }
    const botPeak = botMemory.stop();
    const minimalPeak = minimalMemory.stop();
    const botLive = await liveMemory(bot);
    const minimalLive = await liveMemory(minimal);

    const m = summarise(minimalTally);
    const b = summarise(botTally);
    const ratio = b.p99 / m.p99;
    const lines = [
      `${RUN.concurrency} in flight, ${RUN.warmUp} warm-up requests each, then ${RUN.rounds} rounds of ${RUN.perRound} alternating minimal → bot; ` +
        `rep has ${RUN.seeded.forRep} open outreach (${RUN.seeded.forOthers} more for other reps)`,
      `${pad('', 22)}${pad('acks/s', 10)}${pad('p50', 11)}${pad('p99', 11)}max`,
      `${pad('minimal (ack only)', 22)}${pad(m.perSecond.toFixed(0), 10)}${pad(ms(m.p50), 11)}${pad(ms(m.p99), 11)}${ms(m.max)}`,
      `${pad('bot (/outreach list)', 22)}${pad(b.perSecond.toFixed(0), 10)}${pad(ms(b.p50), 11)}${pad(ms(b.p99), 11)}${ms(b.max)}`,
      `bot ÷ minimal: throughput ${(b.perSecond / m.perSecond).toFixed(2)}×, p50 ${(b.p50 / m.p50).toFixed(2)}×, p99 ${ratio.toFixed(2)}×`,
      `target p99 ≤ ${TARGET_P99_RATIO}× minimal's: ${ratio.toFixed(2)}× ${verdict(ratio <= TARGET_P99_RATIO)}`,
      `target p99 < ${SLACK_ACK_LIMIT_MS} ms (Slack's ack limit) at ${RUN.concurrency} concurrent: ${ms(b.p99)} ${verdict(b.p99 < SLACK_ACK_LIMIT_MS)}`,
      `target bot peak RSS < ${RUN.target.peakMb} MB: ${mb(botPeak.peak)} ${verdict(botPeak.peak < RUN.target.peakMb * 1024 * 1024)} ` +
        `(at start ${mb(botAtStart?.rss ?? NaN)}, highest sampled VmRSS ${mb(botPeak.maxRss)}; ` +
        `minimal app: at start ${mb(minimalAtStart?.rss ?? NaN)}, peak ${mb(minimalPeak.peak)})`,
      `live heap after a full collection, once the load is over: bot ${mb(botLive.heapUsed)}, minimal ${mb(minimalLive.heapUsed)} ` +
        `(the rest of the peak is garbage V8 had not yet collected, and its heap's room to grow)`,
      `lists in the ack: ${b.requests - (counts?.responseUrl ?? 0)}; by response_url after an empty ack (Postgres slower than the ack budget): ${counts?.responseUrl ?? 0} of ${expectedResponses}; ` +
        `the bot's work ran up to ${ms(maxLagMs)} behind its last ack of a round`,
    ];
    const failures = minimalTally.failures + botTally.failures + warmFailures;
    if (failures > 0) {
      lines.push(
        `FAILED requests: minimal ${minimalTally.failures}, bot ${botTally.failures}, warm-up ${warmFailures}: ` +
          [...minimalTally.failureSamples, ...botTally.failureSamples].join('; '),
      );
    }
    if ((counts?.responseUrl ?? 0) < expectedResponses)
      lines.push(
        `MISSING lists: the bot did not post ${expectedResponses - (counts?.responseUrl ?? 0)} of them within ${TIMEOUT_MS.drain} ms`,
      );
    const botErrors = [...bot.errors.values()].reduce((n, c) => n + c, 0);
    if (botErrors > 0) {
      lines.push(
        `ERRORS logged by the bot: ${botErrors} (each rep got an error notice instead of the list): ` +
          [...bot.errors].map(([message, n]) => `${n}× ${message}`).join('; '),
      );
    }
    if (compiled.skipped.length > 0)
      lines.push(`(not compiled for the children, did not parse: ${compiled.skipped.join(', ')})`);
    return { lines };
  } finally {
    agent.destroy();
    await Promise.all(children.map((child) => stopChild(child)));
    await db?.drop().catch(() => undefined);
    await dropPrefix(queuePrefix, REDIS_URL).catch((err: unknown) =>
      process.stderr.write(`bench: could not remove Redis keys ${queuePrefix}:*: ${String(err)}\n`),
    );
    if (compiled) rmSync(compiled.dir, { recursive: true, force: true });
  }
}

if (require.main === module) runBench(benchSlack);
