/**
 * `npm run bench -- latency`: `/outreach list` in an open loop (a request every 1/rate s whatever the
 * server does, each timed from when it was due, so a slow server cannot slow the load down and hide
 * its own queueing), to a bare Bolt app whose handler only acks and to ours, at the same rate.
 * Target: our p99 ≤ 1.5× the bare app's p99.
 *
 * Made to be fair on a small shared machine, where another process's burst of CPU can double a p99:
 * 1. Every process runs compiled JavaScript with npm start's heap flags: the bare app, ours, and the
 *    Slack stand-in that takes our lists by response_url (its own process, so that the load generator
 *    here does not share an event loop with our work after ack).
 * 2. Saturation once per run, on the bare app: the slowest of SATURATION_WINDOWS closed-loop windows
 *    at SATURATION_CONCURRENCY in flight (a burst of free CPU in one window, 2 to 10 times the others'
 *    rate on a shared machine, must not set a rate neither app holds once it ends). The rate is half
 *    of it (or BENCH_LATENCY_RATE).
 * 3. Then PAIRS pairs of WINDOW_S-second windows, bare and ours in turn at that rate, the order
 *    swapped every pair (AB BA AB …), so that drift and noise in the machine fall on both alike. Ours
 *    answers with the list in its ack when Postgres is quick enough, else acks and posts the list to
 *    the response_url: after each window of ours the bench waits until the stand-in has every such
 *    list, so our work after ack never spills into the bare app's window.
 * 4. p50 and p99 of all of each app's answers, the ratio against the target, and the ratio pair by
 *    pair (median and range), with the machine's load while it ran.
 */
import { Agent } from 'node:http';
import { rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createTestDatabase, testTeamId } from '../test/support/db';
import { dropPrefix } from '../test/support/redis';
import { slashCommand } from '../test/support/slack-requests';
import {
  APP_NODE_FLAGS,
  compileForChildren,
  startChild,
  startStandInAndMinimal,
  stopChild,
  waitForResponses,
  type Child,
} from './bench-slack';
import {
  compileApp,
  machineBusy,
  ms,
  percentile,
  postSigned,
  REDIS_URL,
  seedOutreach,
  SIGNING_SECRET,
  sleep,
  startApp,
  stopApp,
  TARGET_P99_RATIO,
  verdict,
  type Answer,
  type AppChild,
} from './support';

const WARM_UP_S = 2;
const SATURATION_WINDOWS = 3;
const SATURATION_WINDOW_S = 2;
const SATURATION_CONCURRENCY = 50;
const PAIRS = 10;
const WINDOW_S = 2;
const SETTLE_MS = 250;
/**
 * Postgres and Redis for ours take a few % of the CPUs at this rate: past this share of CPU time used
 * by anything but the bench's processes, the run says the machine was loaded.
 */
const QUIET_OTHERS_PERCENT = 25;

/**
 * Closed loop, `concurrency` in flight for `seconds`: answers per second (200s only), and how many
 * were a bare ack (ours then posts the list to the response_url: see `drain`).
 */
async function closedLoop(
  port: number,
  agent: Agent,
  body: () => string,
  seconds: number,
  concurrency: number,
): Promise<{ perSecond: number; bareAcks: number }> {
  const end = performance.now() + seconds * 1000;
  let done = 0;
  let bareAcks = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const a = await postSigned(port, agent, body(), SIGNING_SECRET);
        if (a.status === 200) done++;
        if (isBareAck(a)) bareAcks++;
      }
    }),
  );
  return { perSecond: done / seconds, bareAcks };
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
    answers.push(postSigned(port, agent, body(), SIGNING_SECRET, due));
  }
  return Promise.all(answers);
}

interface Summary {
  count: number;
  p50: number;
  p99: number;
  max: number;
  failed: number;
  busy: number;
  /** Why some failed (HTTP status or error), a few distinct ones. */
  why: string[];
}

function summary(answers: Answer[]): Summary {
  const ok = answers
    .filter((a) => a.status === 200)
    .map((a) => a.ms)
    .sort((a, b) => a - b);
  return {
    count: answers.length,
    p50: percentile(ok, 0.5),
    p99: percentile(ok, 0.99),
    max: ok[ok.length - 1] ?? NaN,
    failed: answers.length - ok.length,
    busy: answers.filter(isBusy).length,
    why: [...new Set(answers.filter((a) => a.status !== 200).map((a) => a.error ?? `HTTP ${a.status}`))].slice(0, 3),
  };
}

const isBusy = (a: Answer) => /busy/i.test(a.body);
/** An ack without the list in it: ours answers in the ack when it can, else by the response_url after. */
const isBareAck = (a: Answer) => a.status === 200 && a.body === '';
const median = (xs: number[]) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    0.5,
  );
const row = (name: string, s: Summary) =>
  `${name.padEnd(24)}p50 ${ms(s.p50).padEnd(8)}p99 ${ms(s.p99).padEnd(8)}max ${ms(s.max).padEnd(8)}` +
  `answers ${s.count}, failed ${s.failed}${s.why.length ? ` (${s.why.join('; ')})` : ''}, told "busy" ${s.busy}`;

export async function benchLatency(): Promise<{ lines: string[] }> {
  const ours = compileApp();
  const children = compileForChildren();
  const db = await createTestDatabase();
  const prefix = `bench-latency-${process.pid}`;
  // Idle sockets close after 4 s, before the apps' own keep-alive timeout (Node's 5 s) can close one
  // just as a request goes out on it (a reset that would count as a failure of the app).
  const agent = new Agent({ keepAlive: true, maxSockets: 256, timeout: 4000 });
  const helpers: Child[] = [];
  let bot: AppChild | undefined;
  try {
    const team = testTeamId();
    const reps = Array.from({ length: 20 }, (_, i) => `U0LAT${i}`);
    await seedOutreach(db.pool(), team, reps, 20);
    const { slackApi, slackApiUrl: slackUrl, minimal: bare, env } = await startStandInAndMinimal(children.dir, helpers);
    const sameWork = await startChild(children.dir, 'minimal-list', { ...env, DATABASE_URL: db.url });
    helpers.push(sameWork);
    // e.g. BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles both apps under this load.
    bot = await startApp(
      ours.dir,
      'bot',
      {
        ...env,
        ROLE: 'bot',
        SLACK_BOT_TOKEN: 'xoxb-latency-bench',
        DATABASE_URL: db.url,
        REDIS_URL,
        QUEUE_PREFIX: prefix,
        // e.g. BOT_CONCURRENCY=32 npm run bench -- latency, to compare with the default.
        ...(process.env.BOT_CONCURRENCY ? { BOT_CONCURRENCY: process.env.BOT_CONCURRENCY } : {}),
      },
      [...APP_NODE_FLAGS, ...(process.env.BENCH_NODE_ARGS ?? '').split(/\s+/).filter(Boolean)],
    );
    let n = 0;
    const list = () =>
      slashCommand({
        team_id: team,
        user_id: reps[n++ % reps.length]!,
        text: 'list',
        response_url: `${slackUrl}/response/l${n}`,
      });
    /**
     * Ours puts the list in its ack when Postgres answers in time, else acks at once and posts the list
     * to the response_url after: wait until the stand-in has every such list, so none of our work is
     * left to spill into the next window.
     */
    let posted = 0;
    let missing = 0;
    const drain = async (bareAcks: number) => {
      posted += bareAcks;
      const { counts } = await waitForResponses(slackApi, posted);
      missing = posted - counts.responseUrl;
    };

    const compare = async (baseline: Child, name: string, target: boolean): Promise<string[]> => {
      await closedLoop(baseline.port, agent, list, WARM_UP_S, SATURATION_CONCURRENCY);
      await drain((await closedLoop(bot!.port, agent, list, WARM_UP_S, SATURATION_CONCURRENCY)).bareAcks);
      const windows: number[] = [];
      for (let w = 0; w < SATURATION_WINDOWS; w++) {
        windows.push(
          (await closedLoop(baseline.port, agent, list, SATURATION_WINDOW_S, SATURATION_CONCURRENCY)).perSecond,
        );
        await sleep(SETTLE_MS);
      }
      const saturated = Math.min(...windows);
      // BENCH_LATENCY_RATE fixes the rate instead, to compare two checkouts at the same load.
      const fixed = Number(process.env.BENCH_LATENCY_RATE);
      const rate = fixed || Math.max(1, Math.floor(saturated / 2));

      const load = {
        before: loadavg()[0]!,
        busy: machineBusy([process.pid, baseline.pid, bot!.pid, slackApi.pid]),
      };
      const bareAnswers: Answer[] = [];
      const ourAnswers: Answer[] = [];
      const pairRatios: number[] = [];
      for (let pair = 0; pair < PAIRS; pair++) {
        let b: Answer[] = [];
        let o: Answer[] = [];
        const runBare = async () => {
          b = await openLoop(baseline.port, agent, list, rate, WINDOW_S);
          await sleep(SETTLE_MS);
        };
        const runOurs = async () => {
          o = await openLoop(bot!.port, agent, list, rate, WINDOW_S);
          await drain(o.filter(isBareAck).length);
          await sleep(SETTLE_MS);
        };
        if (pair % 2 === 0) {
          await runBare();
          await runOurs();
        } else {
          await runOurs();
          await runBare();
        }
        bareAnswers.push(...b);
        ourAnswers.push(...o);
        pairRatios.push(summary(o).p99 / summary(b).p99);
      }
      const busy = load.busy.stop();
      // Postgres and Redis work for ours and are shared with whatever else runs: they count as "others".
      const others = busy.all - busy.ours;
      const bareSummary = summary(bareAnswers);
      const ourSummary = summary(ourAnswers);
      const ratio = ourSummary.p99 / bareSummary.p99;
      const sortedPairs = [...pairRatios].sort((a, b) => a - b);
      const over = pairRatios.filter((r) => r > TARGET_P99_RATIO).length;
      return [
        `-- baseline: ${name}`,
        `saturation: it answered ${windows.map((w) => w.toFixed(0)).join(', ')}/s in ${SATURATION_WINDOWS} closed-loop windows of ${SATURATION_WINDOW_S} s ` +
          `at ${SATURATION_CONCURRENCY} in flight (after ${WARM_UP_S} s warm-up each); the slowest: ${saturated.toFixed(0)}/s`,
        `load: open loop at ${fixed ? 'a fixed (BENCH_LATENCY_RATE)' : 'half of that,'} ${rate} requests/s; ${PAIRS} pairs of ${WINDOW_S} s windows, ` +
          `baseline and ours in turn (AB, BA, AB, …), each of ours drained before the next window; ${PAIRS * WINDOW_S} s per app`,
        `machine (${cpus().length} CPUs): 1-min load average ${load.before.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after; ` +
          `${busy.all}% of all CPU time busy while the windows ran, ${busy.ours}% of it the bench and the three apps, ${others}% Postgres, Redis and everything else` +
          (others > QUIET_OTHERS_PERCENT
            ? ` — a loaded machine: ours waits on Postgres, which shares the CPUs with that load, so the ratio below says more about the load than about us; run it again when quiet`
            : ''),
        row('baseline', bareSummary),
        row('ours (/outreach list)', ourSummary),
        `our p99 ÷ baseline p99 pair by pair: median ${median(pairRatios).toFixed(2)}×, ` +
          `from ${sortedPairs[0]!.toFixed(2)}× to ${sortedPairs[sortedPairs.length - 1]!.toFixed(2)}×; ${over} of ${PAIRS} pairs over ${TARGET_P99_RATIO}×`,
        `${target ? 'target' : 'for comparison:'} our p99 ≤ ${TARGET_P99_RATIO}× baseline p99 (all answers): ${ratio.toFixed(2)}× ` +
          `${verdict(ratio <= TARGET_P99_RATIO && ourSummary.failed === 0)} (p50 ${(ourSummary.p50 / bareSummary.p50).toFixed(2)}×; code from ${ours.root})`,
      ];
    };

    const lines = [
      ...(await compare(
        bare,
        "a bare Bolt app whose handler only acks (the issue's wording; ours also reads Postgres for every list, so past " +
          'our own saturation this compares shedding with acking)',
        false,
      )),
      ...(await compare(
        sameWork,
        'a bare Bolt app doing the same work for a list (the same query on a pool of 10, the same view, in the ack) ' +
          'with none of our layers: what the guard, the work limit, validation and middleware add',
        true,
      )),
    ];
    return {
      lines: [
        ...lines,
        `our bot: ${bot.exit ? `EXITED ${JSON.stringify(bot.exit)}` : 'still running'}; lists posted by response_url after a bare ack: ${posted}` +
          (missing > 0 ? `, ${missing} of them MISSING at the end` : ', all arrived'),
      ],
    };
  } finally {
    agent.destroy();
    await stopApp(bot);
    await Promise.all(helpers.map((c) => stopChild(c)));
    await dropPrefix(prefix, REDIS_URL).catch(() => undefined);
    await db.drop().catch(() => undefined);
    ours.cleanup();
    rmSync(children.dir, { recursive: true, force: true });
  }
}
