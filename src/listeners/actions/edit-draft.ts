import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { draftModal } from '../../views/draft-modal';
import type { ListenerDeps } from '../deps';
import { actionOf, repOf } from '../input';
import { REFUSALS, SOMETHING_WENT_WRONG, tellUser } from '../reply';

/** "Edit": the draft modal again, with the rep's answers kept. */
export function editDraft(deps: ListenerDeps) {
  return async (args: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction>): Promise<void> => {
    await args.ack();
    const rep = repOf(args.body);
    const action = actionOf(args.body);
    if (!rep || !action) {
      deps.logger.warn('malformed Edit payload');
      return;
    }
    const tell = (text: string) => tellUser({ ...args, userId: rep.repId }, text);
    try {
      const owned = await deps.outreach.owned(rep, action.outreachId);
      if (!owned.ok) return void (await tell(REFUSALS[owned.reason]));
      const o = owned.value;
      if (o.status !== 'drafted')
        return void (await tell('That outreach is no longer a draft, so it can no longer be edited.'));
      const values = {
        prospectName: o.prospectName,
        company: o.prospectCompany ?? undefined,
        role: o.prospectRole ?? undefined,
        profileUrl: o.prospectUrl ?? undefined,
        channel: o.channel,
        whoIAm: o.whoIAm ?? undefined,
        howKnown: o.howKnown ?? undefined,
        whyYou: o.whyYou ?? undefined,
        whatsInIt: o.whatsInIt ?? undefined,
        ask: o.theAsk ?? undefined,
      };
      await args.client.views.open({
        trigger_id: action.triggerId,
        view: draftModal(values, JSON.stringify({ outreachId: o.id, dm: action.dm })),
      });
    } catch (err) {
      deps.logger.error({ err }, 'Edit failed');
      await tell(SOMETHING_WENT_WRONG);
    }
  };
}
