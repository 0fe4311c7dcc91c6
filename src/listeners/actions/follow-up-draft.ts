import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { followUpModal } from '../../views/follow-up';
import type { ListenerDeps } from '../deps';
import { actionOf, repOf } from '../input';
import { followUpRefusal, SOMETHING_WENT_WRONG, tellUser } from '../reply';

/** "Draft follow-up": a modal that asks what is new for them and the one ask. */
export function followUpDraft(deps: ListenerDeps) {
  return async (args: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction>): Promise<void> => {
    await args.ack();
    const rep = repOf(args.body);
    const action = actionOf(args.body);
    if (!rep || !action) return void deps.logger.warn('malformed Draft follow-up payload');
    try {
      const owned = await deps.followUps.awaiting(rep, action.outreachId);
      if (!owned.ok) return void (await tellUser({ ...args, userId: rep.repId }, followUpRefusal(owned.reason)));
      await args.client.views.open({
        trigger_id: action.triggerId,
        view: followUpModal(owned.value.prospectName, JSON.stringify({ outreachId: owned.value.id })),
      });
    } catch (err) {
      deps.logger.error({ err }, 'Draft follow-up failed');
      await tellUser({ ...args, userId: rep.repId }, SOMETHING_WENT_WRONG);
    }
  };
}
