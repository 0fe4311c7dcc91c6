import { escapeMrkdwn } from '../../views/mrkdwn';
import type { ListenerDeps } from '../deps';
import { actionOf } from '../input';
import { refusal } from '../../views/replies';
import { onButton } from './button';

/** "Close": no reply, stop reminding. */
export function followUpClose(deps: ListenerDeps) {
  return onButton(deps, 'Close', actionOf, async ({ rep, action, tell }) => {
    const result = await deps.followUps.close(rep, action.outreachId);
    if (!result.ok)
      return tell(refusal(result.reason, 'That outreach is already closed or answered. Nothing changed.'));
    await tell(`:white_check_mark: Closed *${escapeMrkdwn(result.value.prospectName)}*: no more reminders.`);
  });
}
