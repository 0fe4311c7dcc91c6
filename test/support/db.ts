import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createLogger } from '../../src/logger';
import { migrate } from '../../src/store/migrate';
import { createPool, type Pool } from '../../src/store/pool';

/** The server the tests use; a test file never touches any database but its own. */
export const TEST_PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export const silentLogger = createLogger('silent');

function urlFor(database: string): string {
  const url = new URL(TEST_PG_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

export interface TestDatabase {
  name: string;
  url: string;
  /** A pool on the database, created on first use. */
  pool(): Pool;
  drop(): Promise<void>;
}

/** A fresh, empty database of its own for one test file (BullMQ's habit of one queue per test, for Postgres). */
export async function createTestDatabase(options: { migrated?: boolean } = {}): Promise<TestDatabase> {
  const name = `purposeful_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: TEST_PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = urlFor(name);
  if (options.migrated !== false) await migrate(url, silentLogger);
  let pool: Pool | undefined;
  return {
    name,
    url,
    pool() {
      pool ??= createPool(url, silentLogger);
      return pool;
    },
    async drop() {
      await pool?.end();
      const client = new Client({ connectionString: TEST_PG_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** A team id of its own for one test, so that tests in one database never see each other's rows. */
export function testTeamId(): string {
  return `T${randomBytes(5).toString('hex').toUpperCase()}`;
}

/** A fresh team of this run and two of its reps, for a test of its own. */
export function testTeamOfTwo(): { team: string; repA: string; repB: string } {
  const team = testTeamId();
  return { team, repA: `UA${team.slice(2)}`, repB: `UB${team.slice(2)}` };
}
