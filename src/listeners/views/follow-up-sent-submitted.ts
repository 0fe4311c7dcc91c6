import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { FOLLOW_UP_ERRORS } from '../../views/follow-up';
import { escapeMrkdwn, reminderTime } from '../../views/mrkdwn';
import { purposeCheckBlocks } from '../../views/purpose-check';
import type { ListenerDeps } from '../deps';
import { MODAL_FIELD_LIMITS } from '../../domain/modal-fields';
import { fieldErrors, readViewValues, submissionOnOutreach } from '../input';
import { followUpRefusal, runForUser } from '../reply';
import { tooShort } from '../../domain/answers';

type Args = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

/** The follow-up as sent: logged as a touch, once; the next reminder moves on from now. */
export function followUpSentSubmitted(deps: ListenerDeps) {
  return async (args: Args): Promise<void> => {
    const submission = submissionOnOutreach(args.body);
    if (!submission) {
      await args.ack();
      return void deps.logger.warn('malformed follow-up sent submission');
    }
    const { view, rep, outreachId } = submission;
    const values = readViewValues(view.state.values);
    const text = values.message ?? '';
    const checks: Record<string, string> = tooShort('sentMessage', text)
      ? { message: FOLLOW_UP_ERRORS.sentMessage }
      : {};
    const errors = fieldErrors(values, MODAL_FIELD_LIMITS.followUpSent, checks);
    if (Object.keys(errors).length > 0) return void (await args.ack({ response_action: 'errors', errors }));
    await args.ack();
    await runForUser({ ...args, userId: rep.repId }, deps.failures, 'logging a follow-up failed', async (tell) => {
      const result = await deps.followUps.followUpSent(rep, outreachId, text, `view:${view.id}`);
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
    });
  };
}
