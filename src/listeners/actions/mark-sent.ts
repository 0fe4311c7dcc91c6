import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { markSentModal } from '../../views/message-modals';
import type { ListenerDeps } from '../deps';
import { actionOf, repOf } from '../input';
import { REFUSALS, SOMETHING_WENT_WRONG, tellUser } from '../reply';

/** "Mark as sent": asks for the text as actually sent, prefilled with the draft. */
export function markSent(deps: ListenerDeps) {
  return async (args: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction>): Promise<void> => {
    await args.ack();
    const rep = repOf(args.body);
    const action = actionOf(args.body);
    if (!rep || !action) {
      deps.logger.warn('malformed Mark as sent payload');
      return;
    }
    const tell = (text: string) => tellUser({ ...args, userId: rep.repId }, text);
    try {
      const owned = await deps.outreach.owned(rep, action.outreachId);
      if (!owned.ok) return void (await tell(REFUSALS[owned.reason]));
      if (owned.value.status !== 'drafted')
        return void (await tell('That outreach is already logged as sent. Nothing changed.'));
      const metadata = JSON.stringify({ outreachId: action.outreachId, dm: action.dm });
      await args.client.views.open({
        trigger_id: action.triggerId,
        view: markSentModal(owned.value.prospectName, owned.value.draftText ?? '', metadata),
      });
    } catch (err) {
      deps.logger.error({ err }, 'Mark as sent failed');
      await tell(SOMETHING_WENT_WRONG);
    }
  };
}
