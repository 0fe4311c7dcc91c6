import { Pool, type PoolClient, type PoolConfig } from 'pg';
import type { Logger } from '../logger';
import { DependencyWatch, portOf, registerDependencyPort } from '../outages';

export type { Pool, PoolClient };

/** What a store function runs its query on: the pool, or the client holding a transaction. */
export type Queryable = Pool | PoolClient;

export function createPool(databaseUrl: string, logger: Logger, extra: PoolConfig = {}, watch?: DependencyWatch): Pool {
  const pool = new Pool({
    connectionString: databaseUrl,
    max: 10,
    // Fail fast rather than hold a Slack request past its 3 seconds waiting for a connection.
    connectionTimeoutMillis: 2000,
    idleTimeoutMillis: 30000,
    application_name: 'purposeful',
    ...extra,
  });
  // A refused or reset socket on this port is Postgres being unavailable, whatever the port.
  const port = extra.port ?? portOf(databaseUrl, 5432);
  if (port !== undefined) registerDependencyPort('postgres', port);
  // An idle client's error (a restarted Postgres, a dropped connection) would otherwise crash the process.
  // The pool opens a new connection for the next query by itself: that success is the recovery.
  const dependencies = watch ?? new DependencyWatch(logger);
  pool.on('error', (err) => dependencies.failed('postgres', err));
  pool.on('connect', (client) => {
    dependencies.ok('postgres');
    // The pool listens for errors only while a client is idle, and pool.query only once per query. A
    // checked-out client (a cursor, a transaction) or a second 'error' from one connection's end
    // (pg_terminate_backend sends 57P01, then the socket closes) would be an uncaught 'error' event and
    // end the process. Every client keeps this listener for life; the failing query still rejects.
    client.on('error', (err) => dependencies.failed('postgres', err));
  });
  return pool;
}

/** Runs `work` in one transaction on one checked-out client; rolls back on any error. */
export async function withTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  // A checked-out client has no error listener of the pool's: Postgres ending the connection between
  // two statements (a restart, pg_terminate_backend) would be an uncaught 'error' and end the process.
  // The next statement fails instead, and the broken client is destroyed, not pooled again.
  let broken: Error | undefined;
  const onError = (err: Error) => {
    broken = err;
  };
  client.on('error', onError);
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch((rollbackErr: Error) => {
      broken ??= rollbackErr;
    });
    throw err;
  } finally {
    client.off('error', onError);
    client.release(broken);
  }
}
