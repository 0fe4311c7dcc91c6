import { tooShort } from '../../domain/answers';
import { MODAL_FIELD_LIMITS } from '../../domain/modal-fields';
import { FOLLOW_UP_ERRORS } from '../../views/follow-up';
import { escapeMrkdwn, reminderTime } from '../../views/mrkdwn';
import { purposeCheckBlocks } from '../../views/purpose-check';
import type { ListenerDeps } from '../deps';
import { followUpRefusal } from '../../views/replies';
import { onOutreachSubmission } from './submission';

/** The follow-up as sent: logged as a touch, once; the next reminder moves on from now. */
export function followUpSentSubmitted(deps: ListenerDeps) {
  return onOutreachSubmission(
    deps,
    'follow-up sent',
    MODAL_FIELD_LIMITS.followUpSent,
    (values): Record<string, string> =>
      tooShort('sentMessage', values.message ?? '') ? { message: FOLLOW_UP_ERRORS.sentMessage } : {},
    'logging a follow-up failed',
    async ({ args, rep, outreachId, viewId, values, tell }) => {
      const result = await deps.followUps.followUpSent(rep, outreachId, values.message ?? '', `view:${viewId}`);
      if (!result.ok) {
        if (result.reason !== 'already_done') await tell(followUpRefusal(result.reason));
        return;
      }
      const { outreach, next, check } = result.value;
      const cal = await deps.followUps.calendar(rep);
      const when = next ? reminderTime(next, cal.timezone) : null;
      const line = `:outbox_tray: Follow-up to *${escapeMrkdwn(outreach.prospectName)}* logged.${when ? ` I'll check in again on ${when} if there's no reply.` : ' That was the last planned follow-up.'}`;
      await args.client.chat.postMessage({
        channel: rep.repId,
        text: line,
        blocks: [{ type: 'section', text: { type: 'mrkdwn', text: line } }, ...purposeCheckBlocks(check)],
      });
    },
  );
}
