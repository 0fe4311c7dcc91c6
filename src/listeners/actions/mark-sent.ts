import { markSentModal } from '../../views/message-modals';
import type { ListenerDeps } from '../deps';
import { actionOf } from '../input';
import { REFUSALS } from '../reply';
import { onButton } from './button';

/** "Mark as sent": asks for the text as actually sent, prefilled with the draft. */
export function markSent(deps: ListenerDeps) {
  return onButton(deps, 'Mark as sent', actionOf, async ({ args, rep, action, tell }) => {
    const owned = await deps.outreach.owned(rep, action.outreachId);
    if (!owned.ok) return tell(REFUSALS[owned.reason]);
    if (owned.value.status !== 'drafted') return tell('That outreach is already logged as sent. Nothing changed.');
    const metadata = JSON.stringify({ outreachId: action.outreachId, dm: action.dm });
    await args.client.views.open({
      trigger_id: action.triggerId,
      view: markSentModal(owned.value.prospectName, owned.value.draftText ?? '', metadata),
    });
  });
}
