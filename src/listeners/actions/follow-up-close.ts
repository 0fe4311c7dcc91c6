import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { escapeMrkdwn } from '../../views/mrkdwn';
import type { ListenerDeps } from '../deps';
import { actionOf, repOf } from '../input';
import { REFUSALS, SOMETHING_WENT_WRONG, tellUser } from '../reply';

/** "Close": no reply, stop reminding. */
export function followUpClose(deps: ListenerDeps) {
  return async (args: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction>): Promise<void> => {
    await args.ack();
    const rep = repOf(args.body);
    const action = actionOf(args.body);
    if (!rep || !action) return void deps.logger.warn('malformed Close payload');
    try {
      const result = await deps.followUps.close(rep, action.outreachId);
      if (!result.ok) {
        const text =
          result.reason === 'already_done'
            ? 'That outreach is already closed or answered. Nothing changed.'
            : REFUSALS[result.reason];
        return void (await tellUser({ ...args, userId: rep.repId }, text));
      }
      await tellUser(
        { ...args, userId: rep.repId },
        `:white_check_mark: Closed *${escapeMrkdwn(result.value.prospectName)}*: no more reminders.`,
      );
    } catch (err) {
      deps.logger.error({ err }, 'close failed');
      await tellUser({ ...args, userId: rep.repId }, SOMETHING_WENT_WRONG);
    }
  };
}
