import { followUpSentModal } from '../../views/follow-up';
import type { ListenerDeps } from '../deps';
import { actionOf } from '../input';
import { followUpRefusal } from '../reply';
import { onButton } from './button';

/** "Mark as sent" on a follow-up draft: the text as sent, prefilled with the draft. */
export function followUpMarkSent(deps: ListenerDeps) {
  return onButton(deps, 'follow-up Mark as sent', actionOf, async ({ args, rep, action, tell }) => {
    const draft = await deps.followUps.followUpDraft(rep, action.outreachId);
    if (!draft.ok) return tell(followUpRefusal(draft.reason));
    await args.client.views.open({
      trigger_id: action.triggerId,
      view: followUpSentModal(
        draft.value.outreach.prospectName,
        draft.value.draft,
        JSON.stringify({ outreachId: action.outreachId }),
      ),
    });
  });
}
