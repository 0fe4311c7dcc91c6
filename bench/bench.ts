/**
 * `npm run bench`: every benchmark section in turn, each printed as one block. Timings live here,
 * never in tests, and every number is shown next to a baseline measured in the same run, as a ratio,
 * so that the report means the same on a laptop and on a CI runner.
 *
 * `npm run bench -- slack` runs only the sections whose name contains "slack" (case-insensitive).
 * To add a section (follow-up reminders, digests, …), add an entry to SECTIONS.
 */
import { performance } from 'node:perf_hooks';
import { benchPurposeCheck } from './bench-purpose-check';
import { benchDigest } from './bench-digest';
import { benchReminders } from './bench-reminders';
import { benchSlack } from './bench-slack';
import { benchChaos } from './chaos';
import { benchLatency } from './latency';
import { benchOverload } from './overload';
import { benchExport } from './export';
import { runMain } from '../src/cli/io';

export interface BenchSection {
  name: string;
  /** The block's lines: the numbers, the baseline, the ratio, and each target with PASS or MISS. */
  run(): Promise<{ lines: string[] }>;
}

/** Issue 2: at least 5,000 checks of 100-word messages per second on one core. */
const PURPOSE_CHECK_TARGET_PER_SECOND = 5000;

export const SECTIONS: BenchSection[] = [
  {
    name: 'purpose check',
    async run() {
      const r = await benchPurposeCheck();
      const ok = r.perSecond >= PURPOSE_CHECK_TARGET_PER_SECOND;
      return {
        lines: [
          ...r.lines,
          `target ≥ ${PURPOSE_CHECK_TARGET_PER_SECOND.toLocaleString('en-US')} checks/s: ` +
            `${Math.round(r.perSecond).toLocaleString('en-US')}/s ${ok ? 'PASS' : 'MISS'}`,
        ],
      };
    },
  },
  {
    name: 'slack commands: /outreach list, time to ack and memory',
    run: benchSlack,
  },
  {
    name: 'digest: a long history against a short one',
    run: benchDigest,
  },
  {
    // Issue: reminders/s by one worker next to BullMQ's rate for empty jobs; ≥ 500/s; a burst of
    // 10,000 due reminders within Slack's rate limits without stalling (targets in bench-reminders.ts).
    name: 'follow-up reminders: one worker against empty jobs, and a 10,000-reminder morning',
    run: benchReminders,
  },
  {
    // Issue 8: 2 bots + 2 workers under 200 concurrent requests, Postgres stalled 10 s in the middle.
    name: 'overload: 200 concurrent requests for 60 s on 2 bots and 2 workers, Postgres stalled 10 s',
    run: benchOverload,
  },
  {
    // Issue 8: open loop at 50% of a bare Bolt app's saturation; our p99 ≤ 1.5× bare.
    name: "latency: open loop at half a bare Bolt app's saturation rate",
    run: benchLatency,
  },
  {
    // Issue 8: each due reminder exactly once through a Redis restart, terminated Postgres connections
    // and a SIGKILLed worker.
    name: 'chaos: 1,000 due reminders through a Redis restart, Postgres connections cut and a worker killed',
    run: benchChaos,
  },
  {
    // Issue 11: /outreach export streams from a Postgres cursor; 100k rows in about the memory of 1k.
    name: 'export: 100,000 rows against 1,000, memory',
    run: benchExport,
  },
];

async function main(argv: string[]): Promise<number> {
  const filters = argv.map((a) => a.toLowerCase());
  const chosen = SECTIONS.filter((s) => filters.length === 0 || filters.some((f) => s.name.toLowerCase().includes(f)));
  if (chosen.length === 0) {
    process.stderr.write(
      `no bench section matches ${argv.join(' ')}; sections: ${SECTIONS.map((s) => s.name).join(', ')}\n`,
    );
    return 2;
  }
  let failed = 0;
  for (const section of chosen) {
    process.stdout.write(`\n== ${section.name}\n`);
    const started = performance.now();
    try {
      const { lines } = await section.run();
      for (const line of lines) process.stdout.write(`  ${line}\n`);
    } catch (err) {
      failed++;
      process.stdout.write(`  FAILED: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    }
    process.stdout.write(`  (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  }
  return failed > 0 ? 1 : 0;
}

if (require.main === module) runMain(main);
