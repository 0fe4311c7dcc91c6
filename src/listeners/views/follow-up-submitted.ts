import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { reviewWhatsNew } from '../../domain/follow-up-draft';
import { FOLLOW_UP_ERRORS, followUpDraftMessage, WHATS_NEW_ERRORS } from '../../views/follow-up';
import type { ListenerDeps } from '../deps';
import { MODAL_FIELD_LIMITS } from '../../domain/modal-fields';
import { fieldErrors, readViewValues, submissionOnOutreach } from '../input';
import { followUpRefusal, runForUser } from '../reply';
import { tooShort } from '../../domain/answers';

type Args = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

/** The follow-up modal submitted: a draft that adds something new, checked, as a DM. */
export function followUpDraftSubmitted(deps: ListenerDeps) {
  return async (args: Args): Promise<void> => {
    const submission = submissionOnOutreach(args.body);
    if (!submission) {
      await args.ack();
      return void deps.logger.warn('malformed follow-up submission');
    }
    const { view, rep, outreachId } = submission;
    const values = readViewValues(view.state.values);
    const checks: Record<string, string> = {};
    const whatsNew = reviewWhatsNew(values.whatsNew ?? '');
    if (whatsNew) checks.whatsNew = WHATS_NEW_ERRORS[whatsNew];
    if (tooShort('ask', values.ask)) checks.ask = FOLLOW_UP_ERRORS.ask;
    const errors = fieldErrors(values, MODAL_FIELD_LIMITS.followUp, checks);
    if (Object.keys(errors).length > 0) return void (await args.ack({ response_action: 'errors', errors }));
    await args.ack();
    await runForUser({ ...args, userId: rep.repId }, deps.failures, 'follow-up draft failed', async (tell) => {
      const result = await deps.followUps.draftFollowUp(rep, outreachId, {
        whatsNew: values.whatsNew!,
        ask: values.ask!,
      });
      if (!result.ok) return void (await tell(followUpRefusal(result.reason)));
      const { outreach, draft, check } = result.value;
      await args.client.chat.postMessage({
        channel: rep.repId,
        ...followUpDraftMessage(outreach.id, outreach.prospectName, draft, check),
      });
    });
  };
}
