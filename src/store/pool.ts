import { Pool, type PoolClient, type PoolConfig } from 'pg';
import type { Logger } from '../logger';
import { scrubSecrets } from '../logger';

export type { Pool, PoolClient };

/** What a store function runs its query on: the pool, or the client holding a transaction. */
export type Queryable = Pool | PoolClient;

export function createPool(databaseUrl: string, logger: Logger, extra: PoolConfig = {}): Pool {
  const pool = new Pool({
    connectionString: databaseUrl,
    max: 10,
    // Fail fast rather than hold a Slack request past its 3 seconds waiting for a connection.
    connectionTimeoutMillis: 2000,
    idleTimeoutMillis: 30000,
    application_name: 'purposeful',
    ...extra,
  });
  // An idle client's error (a restarted Postgres, a dropped connection) would otherwise crash the process.
  pool.on('error', (err) => logger.warn({ err: new Error(scrubSecrets(err.message)) }, 'idle Postgres client failed'));
  return pool;
}

/** Runs `work` in one transaction on one checked-out client; rolls back on any error. */
export async function withTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}
