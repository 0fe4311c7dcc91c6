/**
 * One export in a fresh process, so that its peak memory is its own: `cursor` runs the app's export
 * (Postgres cursor → CSV → temporary file → streamed upload to a local Slack stand-in); `buffered` is
 * what the naive way costs (every row in one query result, the CSV as one string, uploaded from
 * memory). Prints one JSON line: rows, bytes, peak RSS and heap (MB), seconds.
 */
import { stringify } from 'csv-stringify/sync';
import { WebClient } from '@slack/web-api';
import { createLogger } from '../src/logger';
import { ExportService } from '../src/services/export';
import { WebApiMessenger } from '../src/slack/messenger';
import { EXPORT_COLUMNS } from '../src/store/export';
import { createPool } from '../src/store/pool';
import { startFakeSlackApi } from '../test/support/slack-api';

async function main(): Promise<void> {
  const [databaseUrl = '', teamId = '', mode = 'cursor'] = process.argv.slice(2);
  const logger = createLogger('silent');
  const slackApi = await startFakeSlackApi({ keepUploads: false });
  const pool = createPool(databaseUrl, logger, { max: 2 });
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  global.gc?.();
  const baseRss = process.memoryUsage().rss;
  const timer = setInterval(sample, 5);
  const started = process.hrtime.bigint();
  let rows = 0;
  let bytes = 0;
  const request = { teamId, userId: 'UBENCH', scope: 'team' as const, from: '2000-01-01', to: '2100-01-01' };
  if (mode === 'cursor') {
    const messenger = new WebApiMessenger('xoxb-bench', `${slackApi.url}/api/`);
    const exports = new ExportService(pool, { queue: null, slack: messenger, logger });
    ({ rows, bytes } = await exports.run(request));
  } else {
    const { rows: all } = await pool.query(
      `SELECT o.id::text AS outreach_id, o.* , 0 AS follow_ups_reminded FROM outreach o WHERE team_id = $1 ORDER BY created_at, id`,
      [teamId],
    );
    sample();
    const csv = stringify(
      all.map((r) => EXPORT_COLUMNS.map((c) => (r[c] instanceof Date ? r[c].toISOString() : (r[c] ?? '')))),
      { header: true, columns: [...EXPORT_COLUMNS], escape_formulas: true },
    );
    sample();
    const client = new WebClient('xoxb-bench', { slackApiUrl: `${slackApi.url}/api/` });
    await client.filesUploadV2({ channel_id: 'DBENCH', file: Buffer.from(csv), filename: 'export.csv' });
    rows = all.length;
    bytes = Buffer.byteLength(csv);
  }
  sample();
  clearInterval(timer);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const uploaded = slackApi.callsTo('file_upload').reduce((n, c) => n + Number(c.args.size), 0);
  await pool.end();
  await slackApi.close();
  const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
  process.stdout.write(
    `${JSON.stringify({ rows, bytes, uploaded, baseRssMb: mb(baseRss), peakRssMb: mb(peakRss), peakHeapMb: mb(peakHeap), seconds })}\n`,
  );
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
