import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { followUpSentModal } from '../../views/follow-up';
import type { ListenerDeps } from '../deps';
import { actionOf, repOf } from '../input';
import { followUpRefusal, SOMETHING_WENT_WRONG, tellUser } from '../reply';

/** "Mark as sent" on a follow-up draft: the text as sent, prefilled with the draft. */
export function followUpMarkSent(deps: ListenerDeps) {
  return async (args: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction>): Promise<void> => {
    await args.ack();
    const rep = repOf(args.body);
    const action = actionOf(args.body);
    if (!rep || !action) return void deps.logger.warn('malformed follow-up Mark as sent payload');
    try {
      const draft = await deps.followUps.followUpDraft(rep, action.outreachId);
      if (!draft.ok) return void (await tellUser({ ...args, userId: rep.repId }, followUpRefusal(draft.reason)));
      await args.client.views.open({
        trigger_id: action.triggerId,
        view: followUpSentModal(
          draft.value.outreach.prospectName,
          draft.value.draft,
          JSON.stringify({ outreachId: action.outreachId }),
        ),
      });
    } catch (err) {
      deps.logger.error({ err }, 'follow-up Mark as sent failed');
      await tellUser({ ...args, userId: rep.repId }, SOMETHING_WENT_WRONG);
    }
  };
}
