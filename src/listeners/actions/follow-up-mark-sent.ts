import { followUpSentModal } from '../../views/follow-up';
import type { ListenerDeps } from '../deps';
import { followUpRefusal } from '../../views/replies';
import { modalButton } from './button';

/** "Mark as sent" on a follow-up draft: the text as sent, prefilled with the draft. */
export function followUpMarkSent(deps: ListenerDeps) {
  return modalButton(deps, 'follow-up Mark as sent', {
    find: ({ rep, action }) => deps.followUps.followUpDraft(rep, action.outreachId),
    refuse: followUpRefusal,
    modal: ({ outreach, draft }, { action }) =>
      followUpSentModal(outreach.prospectName, draft, JSON.stringify({ outreachId: action.outreachId })),
  });
}
