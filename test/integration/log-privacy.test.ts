import { createTestDatabase } from '../support/db';
import { shareAcrossTests } from '../support/shared';
import { captureLogs } from '../support/log-capture';

function capture() {
  const { raw, logger } = captureLogs('debug');
  return { lines: raw, logger };
}

/**
 * Postgres puts the failing row in an error's `detail` ("Failing row contains (…, Jane Doe, …)"),
 * and the pino err serializer copies every field of an error: a constraint error logged with
 * { err } would write the prospect's name and the message text to the log.
 */
describe('errors from Postgres in the log', () => {
  const db = shareAcrossTests(createTestDatabase, (made) => made.drop());

  it('keep their code, constraint and message, but not the row values Postgres puts in detail', async () => {
    const err = await db
      .pool()
      .query(
        `INSERT INTO outreach (team_id, rep_id, prospect_name, channel, sent_text, source_key) VALUES ('T1', 'U1', 'Jane Doe', 'carrier_pigeon', 'Hi Jane, secret plans', 'k1')`,
      )
      .catch((e: unknown) => e as Error & { detail?: string; code?: string });
    expect(err).toBeInstanceOf(Error);
    expect(String((err as { detail?: string }).detail)).toContain('Jane Doe'); // what Postgres does

    const { lines, logger } = capture();
    logger.error({ err }, 'could not log outreach');
    // Bolt wraps a listener's error and keeps the original beside it.
    const wrapped = Object.assign(new Error('An unhandled error occurred while Bolt processed an event'), {
      code: 'slack_bolt_unknown_error',
      original: err,
    });
    logger.error({ err: wrapped }, 'unhandled error in a Slack listener');
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line).not.toMatch(/Jane|secret plans/);
    }
    expect(JSON.parse(lines[0]!).err).toMatchObject({
      code: '23514',
      constraint: 'outreach_channel_check',
      message: expect.stringContaining('violates check constraint'),
    });
    expect(JSON.parse(lines[1]!).err.original).toMatchObject({ code: '23514' });
  });
});
