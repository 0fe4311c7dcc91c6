import { discardedMessage } from '../../views/outreach-message';
import type { ListenerDeps } from '../deps';
import { actionOf } from '../input';
import { REFUSALS } from '../../views/replies';
import { onButton } from './button';

/** "Discard": the draft is dropped and its DM says so, with no buttons left. */
export function discardDraft(deps: ListenerDeps) {
  return onButton(deps, 'Discard', actionOf, async ({ args, rep, action, tell }) => {
    const result = await deps.outreach.discard(rep, action.outreachId);
    if (!result.ok) return tell(REFUSALS[result.reason]);
    if (action.dm)
      await args.client.chat.update({
        channel: action.dm.channel,
        ts: action.dm.ts,
        ...discardedMessage(result.value),
      });
  });
}
