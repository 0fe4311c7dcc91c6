import { tooShort } from '../../domain/answers';
import { reviewWhatsNew } from '../../domain/follow-up-draft';
import { MODAL_FIELD_LIMITS } from '../../domain/modal-fields';
import { FOLLOW_UP_ERRORS, followUpDraftMessage, WHATS_NEW_ERRORS } from '../../views/follow-up';
import type { ListenerDeps } from '../deps';
import { followUpRefusal } from '../../views/replies';
import { onOutreachSubmission } from './submission';

/** The follow-up modal's own rules: something new for them, and an ask long enough to be one. */
function followUpChecks(values: Record<string, string>): Record<string, string> {
  const checks: Record<string, string> = {};
  const whatsNew = reviewWhatsNew(values.whatsNew ?? '');
  if (whatsNew) checks.whatsNew = WHATS_NEW_ERRORS[whatsNew];
  if (tooShort('ask', values.ask)) checks.ask = FOLLOW_UP_ERRORS.ask;
  return checks;
}

/** The follow-up modal submitted: a draft that adds something new, checked, as a DM. */
export function followUpDraftSubmitted(deps: ListenerDeps) {
  return onOutreachSubmission(
    deps,
    'follow-up',
    MODAL_FIELD_LIMITS.followUp,
    followUpChecks,
    'follow-up draft failed',
    async ({ args, rep, outreachId, values, tell }) => {
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
    },
  );
}
