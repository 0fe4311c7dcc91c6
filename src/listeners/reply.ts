import type { AckFn, AllMiddlewareArgs, RespondArguments, RespondFn, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { FailureLog } from '../outages';
import { notice } from '../views/help';
import type { SlackMessage } from '../views/mrkdwn';
import { AdminUnknownError } from '../services/slack-port';
import { ADMIN_UNKNOWN, SOMETHING_WENT_WRONG } from '../views/replies';
import { withTimeout } from '../timeout';
import type { CommandBody } from './input';

/**
 * An ephemeral word to the person who pressed or typed: through the response URL when Slack gave
 * one, otherwise as an ephemeral message (or a DM when there is no channel). It never throws: a
 * failed notice goes to `failures` (a Slack outage summed up, not told per rep), not turned into a
 * second failure.
 */
export async function tellUser(
  args: {
    respond?: RespondFn;
    client: WebClient;
    failures: FailureLog;
    userId: string;
    channelId?: string;
  },
  text: string,
): Promise<void> {
  const message = notice(text);
  try {
    if (args.respond) {
      await args.respond({ response_type: 'ephemeral', replace_original: false, ...message });
    } else if (args.channelId && !args.channelId.startsWith('D')) {
      await args.client.chat.postEphemeral({ channel: args.channelId, user: args.userId, ...message });
    } else {
      await args.client.chat.postMessage({ channel: args.userId, ...message });
    }
  } catch (err) {
    args.failures.failed(err, 'could not tell the user');
  }
}

/** Whom to answer, and how: as `tellUser` takes it, less where its failures go. */
type Asker = Omit<Parameters<typeof tellUser>[0], 'failures'>;

/**
 * Work done for the person who pressed or typed, after the ack: `tell` answers only them. A failure
 * goes to `failures` as `failure` (a dependency outage summed up, a bug logged in full) and they are
 * told, every time, that nothing went through: that Slack would not say whether they are an admin,
 * when that is what failed (settings, a digest someone else set up), else that something went wrong.
 */
export async function runForUser(
  asker: Asker,
  failures: FailureLog,
  failure: string,
  run: (tell: (text: string) => Promise<void>) => Promise<void>,
): Promise<void> {
  const tell = (text: string) => tellUser({ ...asker, failures }, text);
  try {
    await run(tell);
  } catch (err) {
    failures.failed(err, failure);
    await tell(err instanceof AdminUnknownError ? ADMIN_UNKNOWN : SOMETHING_WENT_WRONG);
  }
}

/**
 * Whom a command answers, and how: the few of Bolt's arguments `answerInAck` and `runForUser` use,
 * not a copy of all of them (held for as long as the command's read, on every `/outreach list`).
 */
export function commandAsker(
  args: AllMiddlewareArgs & SlackCommandMiddlewareArgs,
  body: CommandBody,
): Parameters<typeof answerInAck>[0] {
  return {
    ack: args.ack,
    respond: args.respond,
    client: args.client,
    userId: body.user_id,
    channelId: body.channel_id,
  };
}

/** A subcommand whose work follows the ack (Slack waits 3 s at most): ack, then `runForUser`. */
export async function ackThenRun(
  args: AllMiddlewareArgs & SlackCommandMiddlewareArgs,
  body: CommandBody,
  failures: FailureLog,
  failure: string,
  run: (tell: (text: string) => Promise<void>) => Promise<void>,
): Promise<void> {
  await args.ack();
  await runForUser(commandAsker(args, body), failures, failure, run);
}

/**
 * How long a modal waits for what it is prefilled with before views.open: its trigger id lives about
 * 3 s from the command or click, so a nicety read from Postgres (the remembered "who are you") that a
 * stalled database does not answer is left out rather than waited for.
 */
export const PREFILL_BUDGET_MS = 1000;

/** What `read` gives within PREFILL_BUDGET_MS, else undefined (a failure too). */
export function prefill<T>(read: Promise<T>): Promise<T | undefined> {
  return withTimeout(read, PREFILL_BUDGET_MS).catch(() => undefined);
}

/**
 * How long a fast read may take before the ack goes out without it. The work limit's wait (0.5 s)
 * plus this stays inside Slack's 3 seconds.
 */
export const ACK_BUDGET_MS = 1000;

/**
 * A fast read (list, stats) answered inside the ack: no response_url round trip, and the request's
 * work slot is free as soon as the answer is out. Measured on loopback against acking first and
 * answering by response_url, it shows the list sooner and holds slots far shorter. If the read is
 * slower than ACK_BUDGET_MS (a stalled database), the ack goes out empty and the answer follows by
 * response_url, as before. A failure goes to `failures` as `failure`, as in `runForUser`.
 */
export async function answerInAck(
  args: Asker & { ack: AckFn<string | RespondArguments>; respond: RespondFn },
  failures: FailureLog,
  failure: string,
  read: Promise<SlackMessage>,
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), ACK_BUDGET_MS)));
  const outcome = await Promise.race([
    read.then(
      (message) => ({ message }),
      (err: unknown) => ({ err }),
    ),
    late,
  ]);
  clearTimeout(timer);
  if (outcome !== 'late' && 'message' in outcome)
    return args.ack({ response_type: 'ephemeral', ...outcome.message } as RespondArguments);
  if (outcome !== 'late') {
    failures.failed(outcome.err, failure);
    return args.ack(notice(SOMETHING_WENT_WRONG) as RespondArguments);
  }
  await args.ack();
  await runForUser(args, failures, failure, async () => {
    await args.respond({ response_type: 'ephemeral', ...(await read) } as RespondArguments);
  });
}
