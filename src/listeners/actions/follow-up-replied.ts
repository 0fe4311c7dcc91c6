import { outcomeQuestion } from '../../views/reminder';
import type { ListenerDeps } from '../deps';
import { actionOf } from '../input';
import { refusal } from '../../views/replies';
import { onButton } from './button';

/** "They replied": asks how, with one click for each outcome. */
export function followUpReplied(deps: ListenerDeps) {
  return onButton(deps, 'They replied', actionOf, async ({ args, rep, action, tell }) => {
    const owned = await deps.followUps.awaiting(rep, action.outreachId);
    if (!owned.ok)
      return tell(refusal(owned.reason, 'That outreach is already closed or has its reply recorded. Nothing changed.'));
    const question = outcomeQuestion(owned.value.id, owned.value.prospectName);
    if (args.respond) await args.respond({ response_type: 'ephemeral', replace_original: false, ...question });
    else await args.client.chat.postMessage({ channel: rep.repId, ...question });
  });
}
