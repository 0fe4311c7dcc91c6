import { followUpModal } from '../../views/follow-up';
import type { ListenerDeps } from '../deps';
import { followUpRefusal } from '../../views/replies';
import { modalButton } from './button';

/** "Draft follow-up": a modal that asks what is new for them and the one ask. */
export function followUpDraft(deps: ListenerDeps) {
  return modalButton(deps, 'Draft follow-up', {
    find: ({ rep, action }) => deps.followUps.awaiting(rep, action.outreachId),
    refuse: followUpRefusal,
    modal: (outreach) => followUpModal(outreach.prospectName, JSON.stringify({ outreachId: outreach.id })),
  });
}
