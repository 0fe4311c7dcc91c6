import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { readdir, stat, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { ExportRequest, RecordsQueue } from '../queue/records';
import { EXPORT_COLUMNS, streamExport } from '../store/export';
import { getTeamSettings } from '../store/team-settings';
import { notice } from '../views/help';
import { PooledService, type ServiceOptions } from './service';

export interface ExportAsk {
  teamId: string;
  userId: string;
  /** YYYY-MM-DD, inclusive; missing means from the start / up to today. */
  from?: string;
  to?: string;
  /** Only the asker's own rows, even for an admin or a manager. */
  mine?: boolean;
}

export type ExportQueued = { ok: true; request: ExportRequest } | { ok: false; reason: 'no_queue' };

const EARLIEST = '2000-01-01';
const EXPORT_FILE = /^purposeful-export-[0-9a-f]{16}\.csv$/;
/** An export file untouched this long belongs to no running export (uploads time out after 2 minutes). */
const LEFTOVER_AFTER_MS = 3600_000;

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** From midnight UTC of `from` up to (not including) midnight UTC after `to`. */
function span(request: ExportRequest): { from: Date; until: Date } {
  const until = new Date(`${request.to}T00:00:00Z`);
  until.setUTCDate(until.getUTCDate() + 1);
  return { from: new Date(`${request.from}T00:00:00Z`), until };
}

/** CSV cells: dates as ISO 8601 UTC, null as empty. */
function cellsOf(row: Record<string, unknown>): unknown[] {
  return EXPORT_COLUMNS.map((column) => {
    const value = row[column];
    if (value === null || value === undefined) return '';
    if (value instanceof Date) return value.toISOString();
    return value;
  });
}

export interface ExportOptions extends ServiceOptions {
  queue: RecordsQueue | null;
  /** Where the CSV is written before its upload; the system's temporary folder unless set. */
  tmpDir?: string;
}

/**
 * `/outreach export`: a CSV of outreach and outcomes for a date range, uploaded to the requester's
 * DM. Admins and the team's managers (named in settings) get the whole team; anyone else gets their
 * own rows. Rows stream from a Postgres cursor through the CSV writer into a temporary file and from
 * there to Slack, so memory stays flat however many rows there are.
 */
export class ExportService extends PooledService<ExportOptions> {
  /** Admins, and the people an admin named as managers in settings. */
  async mayExportTeam(teamId: string, userId: string): Promise<boolean> {
    const settings = await getTeamSettings(this.pool, teamId);
    if (settings.managerIds.includes(userId)) return true;
    // Without Slack's answer the export is the asker's own rows, and its reply says so.
    return this.isAdmin(userId, 'not_admin');
  }

  /** Decides the scope now (the asker's role at the time they asked) and queues the export. */
  async request(ask: ExportAsk, requestKey: string): Promise<ExportQueued> {
    if (!this.options.queue) return { ok: false, reason: 'no_queue' };
    const team = !ask.mine && (await this.mayExportTeam(ask.teamId, ask.userId));
    const request: ExportRequest = {
      teamId: ask.teamId,
      userId: ask.userId,
      scope: team ? 'team' : 'own',
      from: ask.from ?? EARLIEST,
      to: ask.to ?? isoDay(this.clock()),
    };
    await this.options.queue.enqueueExport(request, requestKey);
    return { ok: true, request };
  }

  /** Writes the CSV (header first) to `out`; returns the number of rows. */
  async writeCsv(request: ExportRequest, out: Writable): Promise<number> {
    const { from, until } = span(request);
    const { rows, release } = await streamExport(this.pool, {
      teamId: request.teamId,
      repId: request.scope === 'own' ? request.userId : null,
      from,
      until,
    });
    let count = 0;
    const toCells = new Transform({
      objectMode: true,
      transform(row: Record<string, unknown>, _enc, done) {
        count++;
        done(null, cellsOf(row));
      },
    });
    // escape_formulas: a cell starting with = + - @ (or a tab or CR) gets a leading ' so that a
    // spreadsheet shows it as text instead of running it as a formula (CSV injection).
    const csv = stringify({ header: true, columns: [...EXPORT_COLUMNS], escape_formulas: true });
    try {
      await pipeline(rows, toCells, csv, out);
      release();
    } catch (err) {
      release(err as Error);
      throw err;
    }
    return count;
  }

  /** The export failed for good (after its retries): the asker hears it, rather than waiting forever. */
  async tellFailed(request: ExportRequest): Promise<void> {
    await this.options.slack
      ?.postMessage(
        request.userId,
        notice(
          "Sorry, your export didn't go through, and I tried a few times. Please try `/outreach export` again later.",
        ),
      )
      .catch((err) => this.options.logger.warn({ err }, 'could not tell the user that the export failed'));
  }

  /**
   * At worker start: CSVs that an export killed mid-way (SIGKILL, OOM, a crash) left on disk hold
   * names and texts that no retention or erase would ever reach. Only files untouched for an hour go,
   * so another worker's export in progress on the same disk is left alone.
   */
  async removeLeftovers(now: Date = this.clock()): Promise<number> {
    const dir = this.options.tmpDir ?? tmpdir();
    let removed = 0;
    for (const name of await readdir(dir).catch(() => [] as string[])) {
      if (!EXPORT_FILE.test(name)) continue;
      const file = path.join(dir, name);
      const info = await stat(file).catch(() => null);
      if (!info || now.getTime() - info.mtimeMs < LEFTOVER_AFTER_MS) continue;
      if (
        await unlink(file).then(
          () => true,
          () => false,
        )
      )
        removed++;
    }
    if (removed > 0) this.options.logger.info({ removed }, 'removed export files left by an interrupted export');
    return removed;
  }

  /** The worker's part: the CSV to a temporary file, then to the requester's DM. */
  async run(request: ExportRequest): Promise<{ rows: number; bytes: number }> {
    if (!this.options.slack) throw new Error('no Slack client for the export upload');
    const file = path.join(this.options.tmpDir ?? tmpdir(), `purposeful-export-${randomBytes(8).toString('hex')}.csv`);
    try {
      // Personal data: readable by this user only (a shared /tmp is readable by everyone by default).
      const rows = await this.writeCsv(request, createWriteStream(file, { mode: 0o600, flags: 'wx' }));
      const bytes = (await stat(file)).size;
      const who = request.scope === 'team' ? 'team' : 'own';
      const range = `${request.from === EARLIEST ? 'from the start' : `from ${request.from}`} to ${request.to}`;
      await this.options.slack.uploadToDm(request.userId, {
        path: file,
        length: bytes,
        filename: `purposeful-outreach-${who}-${request.from}-${request.to}.csv`,
        title: `Purposeful outreach export (${who === 'team' ? 'whole team' : 'your own'}), ${range}`,
        comment: `Here is your export: ${rows.toLocaleString('en-US')} outreach ${rows === 1 ? 'row' : 'rows'} ${range} (UTC)${who === 'team' ? ' for the whole team' : ', yours only'}.`,
      });
      this.options.logger.info({ teamId: request.teamId, scope: request.scope, rows, bytes }, 'export uploaded');
      return { rows, bytes };
    } finally {
      await unlink(file).catch(() => undefined);
    }
  }
}
