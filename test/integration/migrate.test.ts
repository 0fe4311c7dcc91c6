import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { createLogger } from '../../src/logger';
import { MIGRATIONS_DIR, MigrationError, migrate } from '../../src/store/migrate';
import { createTestDatabase, silentLogger, TEST_PG_URL, type TestDatabase } from '../support/db';
import { readdirSync } from 'node:fs';

describe('migration runner', () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase({ migrated: false });
  });
  afterEach(async () => {
    await db.drop();
  });

  const shipped = readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d{3}_.*\.sql$/.test(f))
    .sort();

  it('applies every shipped migration once, in order, and is a no-op the second time', async () => {
    const first = await migrate(db.url, silentLogger);
    expect(first.applied).toEqual(shipped);
    const second = await migrate(db.url, silentLogger);
    expect(second.applied).toEqual([]);
    const { rows } = await db.pool().query('SELECT name FROM schema_migrations ORDER BY name');
    expect(rows.map((r) => r.name)).toEqual(shipped);
  });

  it('applies each migration exactly once when several processes start at the same time', async () => {
    const results = await Promise.all([1, 2, 3, 4].map(() => migrate(db.url, silentLogger)));
    const applied = results.flatMap((r) => r.applied).sort();
    expect(applied).toEqual(shipped);
    const { rows } = await db.pool().query('SELECT count(*)::int AS n FROM schema_migrations');
    expect(rows[0].n).toBe(shipped.length);
  });

  it('rolls back a failing migration and records nothing for it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'migrations-'));
    await writeFile(path.join(dir, '001_ok.sql'), 'CREATE TABLE a (id int);');
    await writeFile(path.join(dir, '002_bad.sql'), 'CREATE TABLE b (id int); SELECT no_such_function();');
    await expect(migrate(db.url, silentLogger, dir)).rejects.toThrow(/002_bad\.sql failed/);
    const { rows } = await db.pool().query("SELECT name, to_regclass('b') IS NOT NULL AS has_b FROM schema_migrations");
    expect(rows).toEqual([{ name: '001_ok.sql', has_b: false }]);
  });

  it('refuses to start when an applied migration has been edited', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'migrations-'));
    await writeFile(path.join(dir, '001_first.sql'), 'CREATE TABLE a (id int);');
    await migrate(db.url, silentLogger, dir);
    await writeFile(path.join(dir, '001_first.sql'), 'CREATE TABLE a (id bigint);');
    await writeFile(path.join(dir, '002_second.sql'), 'CREATE TABLE c (id int);');
    const attempt = migrate(db.url, silentLogger, dir);
    await expect(attempt).rejects.toBeInstanceOf(MigrationError);
    await expect(migrate(db.url, silentLogger, dir)).rejects.toThrow(/001_first\.sql was changed/);
    const { rows } = await db.pool().query("SELECT to_regclass('c') IS NULL AS no_c");
    expect(rows[0].no_c).toBe(true);
  });

  describe('a table another session holds', () => {
    let holder: Client;
    let dir: string;
    beforeEach(async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'migrations-'));
      await writeFile(path.join(dir, '001_table.sql'), 'CREATE TABLE a (id int);');
      await migrate(db.url, silentLogger, dir);
      await writeFile(path.join(dir, '002_alter.sql'), 'ALTER TABLE a ADD COLUMN note text;');
      // A long transaction that read the table: an ALTER must wait for it to end.
      holder = new Client({ connectionString: db.url });
      await holder.connect();
      await holder.query('BEGIN');
      await holder.query('SELECT count(*) FROM a');
    });
    afterEach(async () => {
      await holder.end().catch(() => undefined);
    });

    it('gives up on the lock wait, with a message that says what to do, instead of hanging start-up', async () => {
      const logger = createLogger('silent');
      const warn = jest.spyOn(logger, 'warn');
      await expect(
        migrate(db.url, logger, dir, { lockTimeoutMs: 100, lockAttempts: 2, retryDelayMs: 10 }),
      ).rejects.toThrow(/002_alter\.sql waited 2 times 100 ms for a table another session holds/);
      expect(warn).toHaveBeenCalledTimes(1);
      // Nothing recorded, and the session that held the table was never disturbed.
      const { rows } = await db.pool().query('SELECT name FROM schema_migrations ORDER BY name');
      expect(rows.map((r) => r.name)).toEqual(['001_table.sql']);
      await expect(holder.query('SELECT count(*)::int AS n FROM a')).resolves.toMatchObject({ rows: [{ n: 0 }] });
    });

    it("applies the migration on a later try once the other session's transaction ends", async () => {
      const released = new Promise<void>((resolve) => {
        setTimeout(() => {
          void holder.query('COMMIT').then(() => resolve());
        }, 250);
      });
      const result = await migrate(db.url, silentLogger, dir, {
        lockTimeoutMs: 100,
        lockAttempts: 10,
        retryDelayMs: 20,
      });
      await released;
      expect(result.applied).toEqual(['002_alter.sql']);
      const { rows } = await db
        .pool()
        .query(
          "SELECT count(*)::int AS n FROM information_schema.columns WHERE table_name = 'a' AND column_name = 'note'",
        );
      expect(rows[0].n).toBe(1);
    });
  });

  it('creates the database when it does not exist yet', async () => {
    const url = new URL(TEST_PG_URL);
    const name = `${db.name}_fresh`;
    url.pathname = `/${name}`;
    try {
      const result = await migrate(url.toString(), silentLogger);
      expect(result.applied).toEqual(shipped);
    } finally {
      const admin = new Client({ connectionString: TEST_PG_URL });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
