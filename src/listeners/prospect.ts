import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Prospect } from '../domain/command';
import type { Logger } from '../logger';
import { unavailableDependency, type FailureLog } from '../outages';
import { unknownMention } from '../views/help';
import type { CommandBody } from './input';
import { ackThenRun } from './reply';

/**
 * `/outreach <command> <prospect>`: ack, find the prospect's name, then run with it. Without a name
 * (a mention Slack could not resolve, nothing typed) the rep is asked to type one and nothing runs.
 */
export function withProspectName(
  args: AllMiddlewareArgs & SlackCommandMiddlewareArgs,
  body: CommandBody,
  prospect: Prospect,
  command: Parameters<typeof unknownMention>[0],
  log: { logger: Logger; failures: FailureLog },
  run: (name: string, tell: (text: string) => Promise<void>) => Promise<void>,
): Promise<void> {
  return ackThenRun(args, body, log.failures, `${command} failed`, async (tell) => {
    const name = await prospectName(args.client, prospect, log);
    if (!name) return tell(unknownMention(command));
    await run(name, tell);
  });
}

/**
 * The name to use for a prospect. A Slack mention (`<@U…>`, `<@U…|jane.doe>`) carries an id, not a
 * name: Slack's users.info gives the person's real name. Null when there is no name to be had (the
 * lookup failed and nothing was typed): the caller refuses, because an empty name would match every
 * outreach.
 */
export async function prospectName(
  client: WebClient,
  prospect: Prospect,
  log: { logger: Logger; failures: FailureLog },
): Promise<string | null> {
  // A name typed next to the mention is the rep's own choice.
  const typed = prospect.kind === 'mention' && prospect.handle === undefined && prospect.name !== '';
  if (prospect.kind !== 'mention' || typed || !prospect.slackUserId) return prospect.name || null;
  try {
    const info = await client.users.info({ user: prospect.slackUserId });
    const user = info.user;
    const name = (user?.profile?.real_name || user?.real_name || user?.profile?.display_name || '').trim();
    if (name) return name;
  } catch (err) {
    // Slack down: summed up with the other failed calls, not a line per mention.
    if (unavailableDependency(err) === 'slack') log.failures.failed(err, 'could not look up a mentioned prospect');
    else log.logger.warn({ err, user: prospect.slackUserId }, 'could not look up a mentioned prospect');
  }
  return prospect.name || null;
}
