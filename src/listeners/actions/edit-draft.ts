import { draftModal } from '../../views/draft-modal';
import type { ListenerDeps } from '../deps';
import { refusal } from '../../views/replies';
import { modalButton } from './button';

/** "Edit": the draft modal again, with the rep's answers kept. */
export function editDraft(deps: ListenerDeps) {
  return modalButton(deps, 'Edit', {
    find: ({ rep, action }) => deps.outreach.owned(rep, action.outreachId),
    refuse: refusal,
    modal: (o, { action }) => {
      if (o.status !== 'drafted') return 'That outreach is no longer a draft, so it can no longer be edited.';
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
      return draftModal(values, JSON.stringify({ outreachId: o.id, dm: action.dm }));
    },
  });
}
