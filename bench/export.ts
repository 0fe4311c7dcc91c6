/**
 * `npm run bench -- export`: the memory of `/outreach export` for 100,000 rows against 1,000 rows in
 * the same run (a flat line is the point: the cursor holds one batch, whatever the count), and against
 * the naive way of exporting the same 100,000 rows (one query result, one CSV string, one Buffer).
 * Each export runs in a fresh child process with the same heap cap as `npm start`; BENCH_EXPORT_ROWS
 * changes the large count (e.g. 300000, to see the peak stay where it is).
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { createTestDatabase, type TestDatabase } from '../test/support/db';

const BIG = Number(process.env.BENCH_EXPORT_ROWS ?? 100_000);
const SMALL = 1_000;
/** The export's peak RSS for 100k rows may be at most this many times its peak for 1k rows. */
const MAX_RSS_RATIO = 1.5;

const run = promisify(execFile);

interface ChildResult {
  /** Why the child failed (the naive way may run out of the capped heap). */
  failed?: string;
  rows: number;
  bytes: number;
  uploaded: number;
  baseRssMb: number;
  peakRssMb: number;
  peakHeapMb: number;
  seconds: number;
}

async function seed(db: TestDatabase, team: string, count: number): Promise<void> {
  // Rows like a rep's: names, a company, a profile link, a 300-character message, some replies.
  await db.pool().query(
    `INSERT INTO outreach (team_id, rep_id, prospect_name, prospect_company, prospect_role, prospect_url, channel, sent_text,
       purpose_score, verdict, status, sent_at, replied_at, source_key, created_at)
     SELECT $1, 'UREP' || (i % 50), 'Prospect Number ' || i, 'Company ' || (i % 997), 'Head of Something',
       'https://www.linkedin.com/in/prospect-' || i, 'linkedin_message',
       repeat('Hi there, I lead partnerships at Acme and saw your talk on onboarding; would a call work? ', 3) || i,
       20 + i % 80, (ARRAY['purposeful','needs_work','boilerplate'])[1 + i % 3], CASE WHEN i % 4 = 0 THEN 'replied' ELSE 'sent' END,
       now() - (i || ' minutes')::interval, CASE WHEN i % 4 = 0 THEN now() - (i || ' minutes')::interval + interval '1 day' END,
       'bench-' || i, now() - (i || ' minutes')::interval
     FROM generate_series(1, $2::int) AS i`,
    [team, count],
  );
}

async function child(db: TestDatabase, team: string, mode: 'cursor' | 'buffered', heapMb = 256): Promise<ChildResult> {
  const script = path.join(__dirname, 'export-child.ts');
  const { stdout } = await run(
    process.execPath,
    [
      `--max-old-space-size=${heapMb}`,
      '--max-semi-space-size=4',
      '--expose-gc',
      '-r',
      '@swc-node/register',
      script,
      db.url,
      team,
      mode,
    ],
    { cwd: path.join(__dirname, '..'), maxBuffer: 1024 * 1024 },
  ).catch((err: { stderr?: string; message: string }) => {
    // The naive way may run out of the capped heap: that is a result too.
    if (mode === 'buffered') {
      const why = (err.stderr ?? err.message).split('\n').find((l) => /heap|memory|Error/i.test(l)) ?? 'failed';
      return {
        stdout: JSON.stringify({
          rows: BIG,
          bytes: 0,
          uploaded: 0,
          baseRssMb: 0,
          peakRssMb: 0,
          peakHeapMb: 0,
          seconds: 0,
          failed: why,
        }),
      };
    }
    throw err;
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as ChildResult;
}

export async function benchExport(): Promise<{ lines: string[] }> {
  const db = await createTestDatabase();
  try {
    await seed(db, 'TSMALL', SMALL);
    await seed(db, 'TBIG', BIG);
    await db.pool().query('ANALYZE outreach');
    const small = await child(db, 'TSMALL', 'cursor');
    const big = await child(db, 'TBIG', 'cursor');
    const naive = await child(db, 'TBIG', 'buffered');
    // And what the naive way needs when nothing caps it.
    const naiveUncapped = await child(db, 'TBIG', 'buffered', 4096);
    const ratio = big.peakRssMb / small.peakRssMb;
    const line = (label: string, r: ChildResult) =>
      r.failed
        ? `${label}: FAILED within the 256 MB heap of npm start: ${r.failed.trim()}`
        : `${label}: ${r.rows.toLocaleString('en-US')} rows, ${(r.bytes / 1024 / 1024).toFixed(1)} MB CSV, peak RSS ${r.peakRssMb} MB (start ${r.baseRssMb} MB), peak heap ${r.peakHeapMb} MB, ${r.seconds.toFixed(1)} s`;
    if (big.uploaded !== big.bytes || small.uploaded !== small.bytes)
      throw new Error('the stand-in received a different number of bytes than the CSV has');
    return {
      lines: [
        line(`baseline, export of ${SMALL.toLocaleString('en-US')} rows (cursor)`, small),
        line(`export of ${BIG.toLocaleString('en-US')} rows (cursor, streamed upload)`, big),
        line(`same ${BIG.toLocaleString('en-US')} rows the naive way (one result, one string)`, naive),
        line(`same ${BIG.toLocaleString('en-US')} rows the naive way, heap not capped`, naiveUncapped),
        `peak RSS ${BIG.toLocaleString('en-US')} ÷ ${SMALL.toLocaleString('en-US')} rows: ${ratio.toFixed(2)}x (${Math.round(BIG / SMALL)}x the rows); naive (uncapped) ÷ cursor: ${(naiveUncapped.peakRssMb / big.peakRssMb).toFixed(2)}x`,
        `target: 100k-row peak RSS ≤ ${MAX_RSS_RATIO}x the 1k-row peak: ${ratio <= MAX_RSS_RATIO ? 'PASS' : 'MISS'}`,
      ],
    };
  } finally {
    await db.drop();
  }
}
