import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { LIST_LIMIT, openOutreachList } from '../../../views/list';
import type { ListenerDeps } from '../../deps';
import type { CommandBody } from '../../input';
import { answerInAck, commandAsker } from '../../reply';

/** `/outreach list`: the rep's open outreach, only to them, in the ack (see answerInAck). */
export async function listCommand(
  args: AllMiddlewareArgs & SlackCommandMiddlewareArgs,
  body: CommandBody,
  deps: ListenerDeps,
): Promise<void> {
  const read = deps.outreach
    .listOpen({ teamId: body.team_id, repId: body.user_id }, LIST_LIMIT)
    .then(({ items, total }) => openOutreachList(items, total, deps.now()));
  await answerInAck(commandAsker(args, body), deps.failures, 'could not list outreach', read);
}
