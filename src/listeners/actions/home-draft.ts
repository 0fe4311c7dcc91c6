import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { draftModal } from '../../views/draft-modal';
import type { ListenerDeps } from '../deps';
import { repOf } from '../input';
import { prefill } from '../reply';

const trigger = z.object({ trigger_id: z.string().min(1).max(200) });

/** "Draft a message" on the App Home: the draft modal, with "who are you" remembered. */
export function homeDraft(deps: ListenerDeps) {
  return async (args: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction>): Promise<void> => {
    await args.ack();
    const rep = repOf(args.body);
    const body = trigger.safeParse(args.body);
    if (!rep || !body.success) return void deps.logger.warn('malformed home draft payload');
    try {
      // A nicety: a stalled Postgres must not keep the modal from opening while its trigger lives.
      const whoIAm = await prefill(deps.outreach.whoIAm(rep));
      await args.client.views.open({
        trigger_id: body.data.trigger_id,
        view: draftModal({ prospectName: '', whoIAm }, '{}'),
      });
    } catch (err) {
      deps.failures.failed(err, 'could not open the draft modal from the App Home');
    }
  };
}
