import { markSentModal } from '../../views/message-modals';
import type { ListenerDeps } from '../deps';
import { refusal } from '../../views/replies';
import { modalButton } from './button';

/** "Mark as sent": asks for the text as actually sent, prefilled with the draft. */
export function markSent(deps: ListenerDeps) {
  return modalButton(deps, 'Mark as sent', {
    find: ({ rep, action }) => deps.outreach.owned(rep, action.outreachId),
    refuse: refusal,
    modal: (o, { action }) =>
      o.status !== 'drafted'
        ? 'That outreach is already logged as sent. Nothing changed.'
        : markSentModal(
            o.prospectName,
            o.draftText ?? '',
            JSON.stringify({ outreachId: action.outreachId, dm: action.dm }),
          ),
  });
}
