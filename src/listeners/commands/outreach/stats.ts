import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { repStatsMessage } from '../../../views/stats';
import type { ListenerDeps } from '../../deps';
import type { CommandBody } from '../../input';
import { SOMETHING_WENT_WRONG, tellUser } from '../../reply';

/** `/outreach stats`: the rep's own numbers, only to them. */
export async function statsCommand(args: AllMiddlewareArgs & SlackCommandMiddlewareArgs, body: CommandBody, deps: ListenerDeps): Promise<void> {
  await args.ack();
  try {
    const stats = await deps.digests.repStats({ teamId: body.team_id, repId: body.user_id }, deps.now());
    await args.respond({ response_type: 'ephemeral', ...repStatsMessage(stats) });
  } catch (err) {
    deps.logger.error({ err }, 'stats failed');
    await tellUser({ ...args, userId: body.user_id, channelId: body.channel_id }, SOMETHING_WENT_WRONG);
  }
}
