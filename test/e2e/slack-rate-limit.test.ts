import { withTimeout } from '../../src/timeout';
import { startTestApp, type TestApp } from '../support/app';
import { testTeamOfTwo } from '../support/db';
import { stateValues, GOOD_ANSWERS } from '../support/modal';
import { viewSubmission } from '../support/slack-requests';
import { captureLogs } from '../support/log-capture';

/**
 * Slack answers 429 with Retry-After to one call of the bot's (chat.postMessage has a limit per
 * channel). Bolt gives every request of a workspace the same Web API client, and that client, told to
 * wait, held back every call of every request behind it: other reps' modals missed their trigger ids
 * and their requests held their work slots for as long as Slack said to wait.
 */

/** Slack refuses a trigger id older than this (about 3 s after the command or click). */
const TRIGGER_LIFE_MS = 3000;
const RETRY_AFTER_S = 20;

describe('a 429 from Slack on one request', () => {
  let app: TestApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it("does not hold up other reps' requests; the request it hit fails at once, counted, not logged as a bug", async () => {
    const { lines, logger } = captureLogs('info');
    app = await startTestApp({ logger });
    const { team, repA, repB } = testTeamOfTwo();
    // The draft's DM to rep A is refused for now; anything else goes through.
    app.slack.respondWith('chat.postMessage', (call) =>
      call.args.channel === repA
        ? { status: 429, headers: { 'retry-after': String(RETRY_AFTER_S) }, body: { ok: false, error: 'ratelimited' } }
        : undefined,
    );
    let commandSentAt = 0;
    let expired = 0;
    app.slack.respondWith('views.open', () => {
      if (Date.now() - commandSentAt <= TRIGGER_LIFE_MS) return undefined;
      expired++;
      return { body: { ok: false, error: 'expired_trigger_id' } };
    });

    const submitted = app.post(
      viewSubmission({
        team_id: team,
        user_id: repA,
        callback_id: 'draft_outreach',
        view_id: 'VRATELIMITED',
        state_values: stateValues(GOOD_ANSWERS),
      }),
      'form',
    );
    await app.slack.waitFor('chat.postMessage');
    commandSentAt = Date.now();
    // processBeforeResponse: each HTTP answer comes when its handler is done.
    await withTimeout(app.command(team, repB, 'draft Jane Doe'), 10_000);
    expect(app.slack.callsTo('views.open')).toHaveLength(1);
    expect(expired).toBe(0);

    // Rep A's request ends too, well before Slack's wait would have (its draft dropped, as no DM holds it).
    expect((await withTimeout(submitted, 10_000)).status).toBe(200);
    const metrics = await (await fetch(`${app.baseUrl}/metrics`)).text();
    expect(metrics).toMatch(/purposeful_request_failures_total\{cause="slack_rate_limited"\} [1-9]/);
    expect(metrics).toMatch(/purposeful_request_failures_total\{cause="error"\} 0/);
    // Nothing logged as a bug (a failure from an outage carries its cause).
    expect(lines.filter((l) => l.level >= 50 && l.err && l.cause === undefined)).toEqual([]);
  }, 60_000);
});
