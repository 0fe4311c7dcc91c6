import { draftModal } from '../../views/draft-modal';
import type { ListenerDeps } from '../deps';
import { actionOf } from '../input';
import { REFUSALS } from '../reply';
import { onButton } from './button';

/** "Edit": the draft modal again, with the rep's answers kept. */
export function editDraft(deps: ListenerDeps) {
  return onButton(deps, 'Edit', actionOf, async ({ args, rep, action, tell }) => {
    const owned = await deps.outreach.owned(rep, action.outreachId);
    if (!owned.ok) return tell(REFUSALS[owned.reason]);
    const o = owned.value;
    if (o.status !== 'drafted') return tell('That outreach is no longer a draft, so it can no longer be edited.');
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
  });
}
