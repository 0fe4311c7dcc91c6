import { mkdtemp, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ExportService } from '../../src/services/export';
import { WebApiMessenger } from '../../src/slack/messenger';
import { shareTestApp } from '../support/app';
import { silentLogger } from '../support/db';
import { testTeamId, testTeamOfTwo } from '../support/db';
import { visibleText } from '../support/modal';

const ADMIN = 'UADMIN01';
const MANAGER = 'UMANAGER1';

/** A small RFC 4180 reader for the test's own checks: quoted fields, doubled quotes, newlines inside quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length > 0) row.push(field), rows.push(row);
  return rows;
}

describe('/outreach export', () => {
  const app = shareTestApp({ slack: { users: { [ADMIN]: { is_admin: true } } } }, (started) =>
    started.startRecordsWorker(),
  );
  let team: string;
  let repA: string;
  let repB: string;
  beforeEach(() => {
    ({ team, repA, repB } = testTeamOfTwo());
  });

  let seq = 0;
  async function outreach(teamId: string, rep: string, prospect: string, sentText: string, createdAt: string) {
    await app.db.pool().query(
      `INSERT INTO outreach (team_id, rep_id, prospect_name, prospect_company, channel, sent_text, purpose_score, verdict, status, sent_at, source_key, created_at)
       VALUES ($1, $2, $3, $4, 'linkedin_message', $5, -5 + 10, 'needs_work', 'sent', $6, $7, $6)`,
      [teamId, rep, prospect, '+Acme', sentText, new Date(createdAt), `x-${++seq}`],
    );
  }

  async function seed() {
    await outreach(team, repA, 'Jane Doe', '=HYPERLINK("http://evil.example","click")', '2026-01-10T10:00:00Z');
    await outreach(team, repA, 'Sam Lee', '@SUM(A1:A9)', '2026-02-10T10:00:00Z');
    await outreach(team, repA, 'Ann Ray', '-2+3 is what we saved, "roughly",\nand more', '2026-03-10T10:00:00Z');
    await outreach(team, repB, 'Bob Other', 'Hello Bob', '2026-01-15T10:00:00Z');
    await outreach(testTeamId(), 'UOTHERTEAM', 'Outsider', 'other team', '2026-01-15T10:00:00Z');
  }

  async function exportAs(
    user: string,
    words = 'export',
  ): Promise<{ notice: string; rows: string[][]; title: string; channel: string }> {
    const before = app.slack.callsTo('files.completeUploadExternal').length;
    const res = await app.command(team, user, words);
    expect(res.status).toBe(200);
    const notice = visibleText(app.slack.callsTo('response_url').at(-1)!.args.blocks);
    const [complete] = (await app.slack.waitFor('files.completeUploadExternal', before + 1, 10_000)).slice(before);
    const fileId = complete!.args.files[0].id;
    const upload = app.slack.callsTo('file_upload').find((c) => c.args.file_id === fileId)!;
    const asked = app.slack
      .callsTo('files.getUploadURLExternal')
      .find((c) => c.args.length === String(upload.args.size));
    expect(asked).toBeDefined(); // the length announced is the length sent
    return {
      notice,
      rows: parseCsv(upload.args.text),
      title: complete!.args.files[0].title,
      channel: complete!.args.channel_id,
    };
  }

  it("gives a rep without a role only their own rows, in their DM, through files.uploadV2's three steps", async () => {
    await seed();
    const { notice, rows, channel } = await exportAs(repA);
    expect(notice).toMatch(/Exporting your own outreach/);
    expect(channel).toBe(`D${repA}`);
    expect(rows[0]).toEqual(
      expect.arrayContaining(['outreach_id', 'rep_id', 'prospect_name', 'sent_text', 'outcome', 'verdict']),
    );
    const body = rows.slice(1);
    expect(body).toHaveLength(3);
    const repCol = rows[0]!.indexOf('rep_id');
    expect(body.every((r) => r[repCol] === repA)).toBe(true);
    expect(JSON.stringify(rows)).not.toMatch(/Bob Other|Outsider/);
  });

  it('escapes cells that a spreadsheet would run as a formula', async () => {
    await seed();
    const { rows } = await exportAs(repA);
    const header = rows[0]!;
    const text = (r: string[]) => r[header.indexOf('sent_text')];
    const body = rows.slice(1);
    expect(body.map(text)).toEqual([
      `'=HYPERLINK("http://evil.example","click")`,
      `'@SUM(A1:A9)`,
      `'-2+3 is what we saved, "roughly",\nand more`,
    ]);
    expect(body.every((r) => r[header.indexOf('prospect_company')] === `'+Acme`)).toBe(true);
    // A number is a number, not text with a quote.
    expect(body.every((r) => r[header.indexOf('purpose_score')] === '5')).toBe(true);
    for (const r of rows) for (const cell of r) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("gives an admin, and a manager named in settings, the whole team's rows (and never another team's); mine narrows it", async () => {
    await seed();
    const admin = await exportAs(ADMIN);
    expect(admin.notice).toMatch(/the whole team's outreach/);
    expect(admin.rows.slice(1)).toHaveLength(4);
    expect(JSON.stringify(admin.rows)).not.toMatch(/Outsider/);

    await app.db.pool().query(`INSERT INTO team_settings (team_id, manager_ids) VALUES ($1, $2)`, [team, [MANAGER]]);
    const manager = await exportAs(MANAGER);
    expect(manager.rows.slice(1)).toHaveLength(4);
    const narrowed = await exportAs(ADMIN, 'export mine');
    expect(narrowed.rows.slice(1)).toHaveLength(0);
  });

  it('exports a date range, inclusive of both days', async () => {
    await seed();
    const { rows, title } = await exportAs(ADMIN, 'export 2026-01-15 2026-02-10');
    const names = rows
      .slice(1)
      .map((r) => r[rows[0]!.indexOf('prospect_name')])
      .sort();
    expect(names).toEqual(['Bob Other', 'Sam Lee']);
    expect(title).toMatch(/2026-01-15 to 2026-02-10/);
  });

  it('tells the asker when an export fails for good', async () => {
    await seed();
    app.slack.respondWith('files.getUploadURLExternal', () => ({ body: { ok: false, error: 'internal_error' } }));
    // One attempt, so the test does not wait out the retries' backoff.
    await app.recordsQueue.queue.add(
      'export',
      { kind: 'export', teamId: team, userId: repA, scope: 'own', from: '2000-01-01', to: '2100-01-01' },
      { attempts: 1 },
    );
    const [dm] = await app.slack.waitFor('chat.postMessage', 1, 10_000);
    expect(dm!.args.channel).toBe(repA);
    expect(visibleText(dm!.args.blocks)).toMatch(/your export didn't go through/);
    expect(app.slack.callsTo('files.completeUploadExternal')).toHaveLength(0);
  });

  it('an upload URL that cannot be reached fails the export, and leaves no promise rejection behind', async () => {
    await seed();
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => rejections.push(reason);
    process.on('unhandledRejection', onRejection);
    try {
      app.slack.respondWith('files.getUploadURLExternal', () => ({
        body: { ok: true, file_id: 'FDEAD1', upload_url: 'http://127.0.0.1:1/upload/FDEAD1' },
      }));
      await app.recordsQueue.queue.add(
        'export',
        { kind: 'export', teamId: team, userId: repA, scope: 'own', from: '2000-01-01', to: '2100-01-01' },
        { attempts: 1 },
      );
      const [dm] = await app.slack.waitFor('chat.postMessage', 1, 10_000);
      expect(visibleText(dm!.args.blocks)).toMatch(/your export didn't go through/);
      await new Promise((resolve) => setTimeout(resolve, 100)); // a rejection nobody handled is reported by now
    } finally {
      process.off('unhandledRejection', onRejection);
    }
    expect(rejections).toEqual([]);
  });

  it('answers a malformed range with help, and exports nothing', async () => {
    const res = await app.command(team, repA, 'export 2026-02-30');
    expect(res.status).toBe(200);
    expect(visibleText((res.json as { blocks: unknown }).blocks)).toMatch(/isn't a date in the calendar/);
    expect(app.slack.callsTo('files.getUploadURLExternal')).toHaveLength(0);
  });

  it("keeps the CSV on disk readable by this user only, and a crashed export's leftover file does not outlive the next start", async () => {
    await seed();
    const dir = await mkdtemp(path.join(tmpdir(), 'review-export-'));
    try {
      // A file an export left when its worker was killed mid-way: names and texts, on disk for good.
      const leftover = path.join(dir, 'purposeful-export-0123456789abcdef.csv');
      await writeFile(leftover, 'prospect_name\nJane Doe\n');
      const old = new Date(Date.now() - 2 * 3600_000);
      await utimes(leftover, old, old);
      const exports = new ExportService(app.db.pool(), {
        queue: null,
        slack: new WebApiMessenger('xoxb-test-token', `${app.slack.url}/api/`),
        logger: silentLogger,
        tmpDir: dir,
      });
      await exports.removeLeftovers();
      expect(await readdir(dir)).toEqual([]);

      const modes: number[] = [];
      app.slack.respondWith('files.getUploadURLExternal', async () => {
        for (const f of await readdir(dir)) modes.push((await stat(path.join(dir, f))).mode & 0o777);
        return undefined;
      });
      const done = await exports.run({
        teamId: team,
        userId: repA,
        scope: 'own',
        from: '2000-01-01',
        to: '2100-01-01',
      });
      expect(done.rows).toBe(3);
      expect(modes).toEqual([0o600]);
      expect(await readdir(dir)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
