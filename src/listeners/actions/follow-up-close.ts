import { escapeMrkdwn } from '../../views/mrkdwn';
import type { ListenerDeps } from '../deps';
import { actionOf } from '../input';
import { REFUSALS } from '../reply';
import { onButton } from './button';

/** "Close": no reply, stop reminding. */
export function followUpClose(deps: ListenerDeps) {
  return onButton(deps, 'Close', actionOf, async ({ rep, action, tell }) => {
    const result = await deps.followUps.close(rep, action.outreachId);
    if (!result.ok)
      return tell(
        result.reason === 'already_done'
          ? 'That outreach is already closed or answered. Nothing changed.'
          : REFUSALS[result.reason],
      );
    await tell(`:white_check_mark: Closed *${escapeMrkdwn(result.value.prospectName)}*: no more reminders.`);
  });
}
