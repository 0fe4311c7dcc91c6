import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Client } from 'pg';
import type { Logger } from '../logger';

/** Same from src/store and dist/store: the repository's migrations/ folder. */
export const MIGRATIONS_DIR = path.resolve(__dirname, '../../migrations');

// Any constant works; it only has to be the same for every process that migrates this database.
const MIGRATION_LOCK_KEY = 7_243_119_001;
const FILE_PATTERN = /^(\d{3})_[a-z0-9_-]+\.sql$/i;

export class MigrationError extends Error {
  override readonly name = 'MigrationError';
}

export interface MigrateOptions {
  /**
   * How long one migration statement may wait for a table lock (Postgres' lock_timeout). A DDL
   * statement queued behind a long transaction holds its place in the lock queue, so every query of
   * the running app on that table would wait behind it: better to give up, let go, and try again.
   */
  lockTimeoutMs?: number;
  /** Tries per migration when its lock wait times out, with a growing pause between them. */
  lockAttempts?: number;
  retryDelayMs?: number;
}

const DEFAULT_MIGRATE_OPTIONS: Required<MigrateOptions> = { lockTimeoutMs: 5000, lockAttempts: 4, retryDelayMs: 2000 };
// Postgres' lock_not_available: lock_timeout ran out.
const LOCK_NOT_AVAILABLE = '55P03';

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

async function readMigrations(dir: string): Promise<MigrationFile[]> {
  const names = (await readdir(dir)).filter((name) => FILE_PATTERN.test(name)).sort();
  const seen = new Set<string>();
  const files: MigrationFile[] = [];
  for (const name of names) {
    const number = FILE_PATTERN.exec(name)![1]!;
    if (seen.has(number)) throw new MigrationError(`two migrations share the number ${number}`);
    seen.add(number);
    const sql = await readFile(path.join(dir, name), 'utf8');
    files.push({ name, sql, checksum: createHash('sha256').update(sql).digest('hex') });
  }
  return files;
}

/**
 * On a fresh machine the database named in DATABASE_URL may not exist yet: create it from the
 * maintenance database, so that `npm start` works without a manual `createdb`.
 */
export async function ensureDatabase(databaseUrl: string): Promise<void> {
  const probe = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 });
  try {
    await probe.connect();
    return;
  } catch (err) {
    if ((err as { code?: string }).code !== '3D000') throw err;
  } finally {
    await probe.end().catch(() => undefined);
  }
  const target = new URL(databaseUrl);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ''));
  const maintenance = new URL(databaseUrl);
  maintenance.pathname = '/postgres';
  const admin = new Client({ connectionString: maintenance.toString(), connectionTimeoutMillis: 5000 });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } catch (err) {
    // 42P04: another process created it a moment ago.
    if ((err as { code?: string }).code !== '42P04') throw err;
  } finally {
    await admin.end();
  }
}

/**
 * Applies migrations/NNN_*.sql in order, each in its own transaction, and records them in
 * schema_migrations. A Postgres advisory lock makes concurrent starts (several replicas, or the
 * migrate service next to the app) apply each file exactly once. Refuses to run when a file that
 * was already applied has since changed: migrations are forward only.
 */
export async function migrate(
  databaseUrl: string,
  logger: Logger,
  dir: string = MIGRATIONS_DIR,
  options: MigrateOptions = {},
): Promise<{ applied: string[] }> {
  const { lockTimeoutMs, lockAttempts, retryDelayMs } = { ...DEFAULT_MIGRATE_OPTIONS, ...options };
  const files = await readMigrations(dir);
  await ensureDatabase(databaseUrl);
  const client = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    // Waiting here for another process's migrations is expected, so the lock timeout comes after.
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await client.query(`SET lock_timeout = ${Math.max(1, Math.floor(lockTimeoutMs))}`);
    await client.query(`
      CREATE TABLE IF NOT EXISTS schema_migrations (
        name       text PRIMARY KEY,
        checksum   text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
    const { rows } = await client.query<{ name: string; checksum: string }>(
      'SELECT name, checksum FROM schema_migrations',
    );
    const done = new Map(rows.map((row) => [row.name, row.checksum]));
    for (const file of files) {
      const checksum = done.get(file.name);
      if (checksum !== undefined && checksum !== file.checksum) {
        throw new MigrationError(
          `migration ${file.name} was changed after it was applied; add a new migration instead of editing it`,
        );
      }
    }
    const applied: string[] = [];
    for (const file of files.filter((f) => !done.has(f.name))) {
      for (let attempt = 1; ; attempt++) {
        try {
          await client.query('BEGIN');
          await client.query(file.sql);
          await client.query('INSERT INTO schema_migrations (name, checksum) VALUES ($1, $2)', [
            file.name,
            file.checksum,
          ]);
          await client.query('COMMIT');
          break;
        } catch (err) {
          await client.query('ROLLBACK').catch(() => undefined);
          if ((err as { code?: string }).code !== LOCK_NOT_AVAILABLE) {
            throw new MigrationError(`migration ${file.name} failed: ${(err as Error).message}`);
          }
          if (attempt >= lockAttempts) {
            throw new MigrationError(
              `migration ${file.name} waited ${lockAttempts} times ${lockTimeoutMs} ms for a table another session holds; end that session's transaction and start again`,
            );
          }
          logger.warn({ migration: file.name, attempt }, 'migration waited too long for a lock; trying again');
          await pause(retryDelayMs * attempt);
        }
      }
      applied.push(file.name);
      logger.info({ migration: file.name }, 'migration applied');
    }
    return { applied };
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await client.end().catch(() => undefined);
  }
}
