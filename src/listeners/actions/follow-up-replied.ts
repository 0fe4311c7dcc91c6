import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { outcomeQuestion } from '../../views/reminder';
import type { ListenerDeps } from '../deps';
import { actionOf, repOf } from '../input';
import { REFUSALS, SOMETHING_WENT_WRONG, tellUser } from '../reply';

/** "They replied": asks how, with one click for each outcome. */
export function followUpReplied(deps: ListenerDeps) {
  return async (args: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction>): Promise<void> => {
    await args.ack();
    const rep = repOf(args.body);
    const action = actionOf(args.body);
    if (!rep || !action) return void deps.logger.warn('malformed They replied payload');
    try {
      const owned = await deps.followUps.awaiting(rep, action.outreachId);
      if (!owned.ok) {
        const text =
          owned.reason === 'already_done'
            ? 'That outreach is already closed or has its reply recorded. Nothing changed.'
            : REFUSALS[owned.reason];
        return void (await tellUser({ ...args, userId: rep.repId }, text));
      }
      const question = outcomeQuestion(owned.value.id, owned.value.prospectName);
      if (args.respond) await args.respond({ response_type: 'ephemeral', replace_original: false, ...question });
      else await args.client.chat.postMessage({ channel: rep.repId, ...question });
    } catch (err) {
      deps.logger.error({ err }, 'They replied failed');
      await tellUser({ ...args, userId: rep.repId }, SOMETHING_WENT_WRONG);
    }
  };
}
