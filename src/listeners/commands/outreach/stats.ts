import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { repStatsMessage } from '../../../views/stats';
import type { ListenerDeps } from '../../deps';
import type { CommandBody } from '../../input';
import { answerInAck, commandAsker } from '../../reply';

/** `/outreach stats`: the rep's own numbers, only to them, in the ack (see answerInAck). */
export async function statsCommand(
  args: AllMiddlewareArgs & SlackCommandMiddlewareArgs,
  body: CommandBody,
  deps: ListenerDeps,
): Promise<void> {
  const read = deps.digests.repStats({ teamId: body.team_id, repId: body.user_id }, deps.now()).then(repStatsMessage);
  await answerInAck(commandAsker(args, body), deps.failures, 'stats failed', read);
}
