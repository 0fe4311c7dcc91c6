import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { discardedMessage } from '../../views/outreach-message';
import type { ListenerDeps } from '../deps';
import { actionOf, repOf } from '../input';
import { REFUSALS, SOMETHING_WENT_WRONG, tellUser } from '../reply';

/** "Discard": the draft is dropped and its DM says so, with no buttons left. */
export function discardDraft(deps: ListenerDeps) {
  return async (args: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction>): Promise<void> => {
    await args.ack();
    const rep = repOf(args.body);
    const action = actionOf(args.body);
    if (!rep || !action) {
      deps.logger.warn('malformed Discard payload');
      return;
    }
    const tell = (text: string) => tellUser({ ...args, userId: rep.repId }, text);
    try {
      const result = await deps.outreach.discard(rep, action.outreachId);
      if (!result.ok) return void (await tell(REFUSALS[result.reason]));
      if (action.dm)
        await args.client.chat.update({
          channel: action.dm.channel,
          ts: action.dm.ts,
          ...discardedMessage(result.value),
        });
    } catch (err) {
      deps.logger.error({ err }, 'Discard failed');
      await tell(SOMETHING_WENT_WRONG);
    }
  };
}
