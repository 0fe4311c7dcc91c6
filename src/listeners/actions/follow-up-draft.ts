import { followUpModal } from '../../views/follow-up';
import type { ListenerDeps } from '../deps';
import { actionOf } from '../input';
import { followUpRefusal } from '../reply';
import { onButton } from './button';

/** "Draft follow-up": a modal that asks what is new for them and the one ask. */
export function followUpDraft(deps: ListenerDeps) {
  return onButton(deps, 'Draft follow-up', actionOf, async ({ args, rep, action, tell }) => {
    const owned = await deps.followUps.awaiting(rep, action.outreachId);
    if (!owned.ok) return tell(followUpRefusal(owned.reason));
    await args.client.views.open({
      trigger_id: action.triggerId,
      view: followUpModal(owned.value.prospectName, JSON.stringify({ outreachId: owned.value.id })),
    });
  });
}
