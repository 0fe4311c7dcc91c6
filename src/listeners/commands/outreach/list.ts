import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { LIST_LIMIT, openOutreachList } from '../../../views/list';
import type { ListenerDeps } from '../../deps';
import type { CommandBody } from '../../input';
import { SOMETHING_WENT_WRONG, tellUser } from '../../reply';

/** `/outreach list`: the rep's open outreach, only to them. Acked first; the list follows by response URL. */
export async function listCommand(
  args: AllMiddlewareArgs & SlackCommandMiddlewareArgs,
  body: CommandBody,
  deps: ListenerDeps,
): Promise<void> {
  await args.ack();
  try {
    const { items, total } = await deps.outreach.listOpen({ teamId: body.team_id, repId: body.user_id }, LIST_LIMIT);
    await args.respond({ response_type: 'ephemeral', ...openOutreachList(items, total, deps.now()) });
  } catch (err) {
    deps.logger.error({ err }, 'could not list outreach');
    await tellUser({ ...args, userId: body.user_id, channelId: body.channel_id }, SOMETHING_WENT_WRONG);
  }
}
