/**
 * The digest's time for a team of 1,000 reps with 1,000,000 outreach rows of history, next to the
 * same team with 10,000 rows, in the same run. Both teams have the same last 12 weeks (what the
 * digest reads); the big one has 990,000 older rows on top. If the digest's cost follows the week
 * and not the history, the two times are close.
 */
import { performance } from 'node:perf_hooks';
import { createLogger } from '../src/logger';
import { weekContaining } from '../src/domain/stats';
import { DigestService } from '../src/services/digest';
import type { SlackMessenger } from '../src/services/slack-port';
import { digestMessage } from '../src/views/digest';
import { createTestDatabase, type TestDatabase } from '../test/support/db';

const REPS = 1000;
const RECENT_ROWS = 10_000; // over the last 12 weeks, in both teams
const HISTORY_ROWS = 990_000; // older than 12 weeks, in the big team only
const HISTORY_WEEKS = 104;
const TIMEZONE = 'America/Chicago';
const NOW = new Date('2026-11-23T15:00:00Z'); // a Monday: the digest covers 16–22 November
const WARM_UP = 3;
const ROUNDS = 15;
const TARGET_MS = 250;
const TARGET_RATIO = 1.5;

const SMALL = 'TBENCHSMALL';
const BIG = 'TBENCHBIG';

/** Names without a network: the digest's per-rep table is rendered as it would be. */
const names: SlackMessenger = {
  postMessage: () => Promise.reject(new Error('not in this bench')),
  userTimezone: () => Promise.resolve(TIMEZONE),
  isAdmin: () => Promise.resolve(false),
  userNames: () => Promise.resolve(new Map(Array.from({ length: REPS }, (_, i) => [`UREP${i}`, `Rep Number ${i}`]))),
  uploadToDm: () => Promise.reject(new Error('not in this bench')),
  postedToUser: () => Promise.reject(new Error('not in this bench')),
};

async function seedOutreach(
  db: TestDatabase,
  team: string,
  count: number,
  fromWeeksAgo: number,
  toWeeksAgo: number,
  key: string,
): Promise<void> {
  // Spread evenly between the two points in time; a quarter replied, verdicts and findings mixed.
  // sent_text stays empty: the sameness index (pg_trgm) is not what this bench measures.
  const chunk = 100_000;
  for (let start = 0; start < count; start += chunk) {
    await db.pool().query(
      `INSERT INTO outreach (team_id, rep_id, prospect_name, channel, purpose_score, verdict, findings, status,
         sent_at, replied_at, source_key, created_at)
       SELECT $1, 'UREP' || (i % ${REPS}), 'Prospect ' || i, 'linkedin_message', 20 + i % 80,
         (ARRAY['purposeful', 'needs_work', 'boilerplate'])[1 + i % 3],
         CASE i % 3 WHEN 0 THEN '[]'::jsonb WHEN 1 THEN '[{"code":"no_why_you"}]'::jsonb ELSE '[{"code":"generic_opener"},{"code":"several_asks"}]'::jsonb END,
         CASE WHEN i % 4 = 0 THEN 'replied' ELSE 'sent' END,
         t.sent_at, CASE WHEN i % 4 = 0 THEN t.sent_at + interval '2 days' END, $2 || i, t.sent_at
       FROM generate_series($3::int, $4::int) AS i,
         LATERAL (SELECT $5::timestamptz - ($6::float8 - ($6::float8 - $7::float8) * i / $8::float8) * interval '1 week' AS sent_at) t`,
      [team, key, start, Math.min(start + chunk, count) - 1, NOW, fromWeeksAgo, toWeeksAgo, count],
    );
  }
}

async function seedFollowUps(db: TestDatabase, team: string, weeksBack: number): Promise<void> {
  // One follow-up per outreach sent in the window, due 3 days later, two thirds acted on.
  await db.pool().query(
    `INSERT INTO followups (team_id, outreach_id, rep_id, step, due_at, status, acted_at)
     SELECT team_id, id, rep_id, 1, sent_at + interval '3 days',
       CASE WHEN id % 3 = 0 THEN 'reminded' ELSE 'done' END,
       CASE WHEN id % 3 = 0 THEN NULL ELSE sent_at + interval '3 days 2 hours' END
     FROM outreach WHERE team_id = $1 AND sent_at >= $2::timestamptz - $3::int * interval '1 week'`,
    [team, NOW, weeksBack],
  );
}

async function time(service: DigestService, team: string): Promise<number> {
  const started = performance.now();
  const week = weekContaining(new Date(NOW.getTime() - 24 * 3600 * 1000), TIMEZONE);
  const digest = await service.weekDigest(team, week, TIMEZONE, NOW);
  digestMessage(digest, {});
  return performance.now() - started;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)]!;

export async function benchDigest(): Promise<{ lines: string[] }> {
  let db: TestDatabase | undefined;
  try {
    db = await createTestDatabase();
    const seedStarted = performance.now();
    await db
      .pool()
      .query(`INSERT INTO team_settings (team_id, timezone) VALUES ($1, $3), ($2, $3)`, [SMALL, BIG, TIMEZONE]);
    for (const team of [SMALL, BIG]) await seedOutreach(db, team, RECENT_ROWS, 12, 0, 'recent-');
    await seedOutreach(db, BIG, HISTORY_ROWS, HISTORY_WEEKS, 12, 'history-');
    await seedFollowUps(db, SMALL, 12);
    await seedFollowUps(db, BIG, HISTORY_WEEKS);
    await db.pool().query('ANALYZE');
    const { rows } = await db
      .pool()
      .query(`SELECT team_id, count(*)::int AS n FROM outreach GROUP BY team_id ORDER BY team_id`);
    const seeded = Object.fromEntries(rows.map((r) => [r.team_id, r.n]));
    const seedSeconds = (performance.now() - seedStarted) / 1000;

    const service = new DigestService(db.pool(), {
      queue: null,
      slack: names,
      logger: createLogger('silent'),
      defaultTimezone: 'UTC',
      clock: () => NOW,
    });
    for (let i = 0; i < WARM_UP; i++) {
      await time(service, SMALL);
      await time(service, BIG);
    }
    const small: number[] = [];
    const big: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      small.push(await time(service, SMALL));
      big.push(await time(service, BIG));
    }
    const ratio = median(big) / median(small);
    return {
      lines: [
        `${REPS.toLocaleString('en-US')} reps; seeded in ${seedSeconds.toFixed(0)} s: ${Number(seeded[BIG]).toLocaleString('en-US')} outreach rows (big history), ` +
          `${Number(seeded[SMALL]).toLocaleString('en-US')} (small); the same last 12 weeks in both; ${ROUNDS} alternating runs after ${WARM_UP} warm-ups`,
        `digest (queries + view), small history: median ${median(small).toFixed(1)} ms, p95 ${p95(small).toFixed(1)} ms`,
        `digest (queries + view), big history:   median ${median(big).toFixed(1)} ms, p95 ${p95(big).toFixed(1)} ms`,
        `big ÷ small: ${ratio.toFixed(2)}×`,
        `target < ${TARGET_MS} ms with the big history: ${median(big).toFixed(1)} ms ${median(big) < TARGET_MS ? 'PASS' : 'MISS'}`,
        `target ≤ ${TARGET_RATIO}× the small history's time: ${ratio.toFixed(2)}× ${ratio <= TARGET_RATIO ? 'PASS' : 'MISS'}`,
      ],
    };
  } finally {
    await db?.drop();
  }
}
