import { Client } from 'pg';
import { createTestDatabase, silentLogger, type TestDatabase } from '../support/db';
import { createPool, type Pool } from '../../src/store/pool';

// Postgres ending a connection that the app holds checked out (a cursor, a transaction) must never be
// an unhandled 'error' event: that would end the whole process, as pg_terminate_backend did in the
// chaos bench.
describe('the Postgres pool', () => {
  let db: TestDatabase;
  let pool: Pool;

  beforeAll(async () => {
    db = await createTestDatabase({ migrated: false });
    pool = createPool(db.url, silentLogger);
  });
  afterAll(async () => {
    await pool.end();
    await db.drop();
  });

  it('gives every client an error listener for life, checked out or not', async () => {
    const client = await pool.connect();
    try {
      expect(client.listenerCount('error')).toBeGreaterThan(0);
      expect(() => client.emit('error', new Error('connection ended'))).not.toThrow();
    } finally {
      client.release(true);
    }
  });

  it('survives the server ending a checked-out connection, and the next query works', async () => {
    const client = await pool.connect();
    const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    const admin = new Client({ connectionString: db.url });
    await admin.connect();
    await admin.query('SELECT pg_terminate_backend($1)', [rows[0]?.pid]);
    await admin.end();
    await expect(client.query('SELECT 1')).rejects.toThrow();
    client.release(true);
    const again = await pool.query<{ one: number }>('SELECT 1 AS one');
    expect(again.rows[0]?.one).toBe(1);
  });
});
