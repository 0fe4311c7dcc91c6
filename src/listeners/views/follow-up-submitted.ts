import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { reviewWhatsNew } from '../../domain/follow-up-draft';
import { followUpDraftMessage, WHATS_NEW_ERRORS } from '../../views/follow-up';
import { escapeMrkdwn } from '../../views/mrkdwn';
import { purposeCheckBlocks } from '../../views/purpose-check';
import type { ListenerDeps } from '../deps';
import { MODAL_FIELD_LIMITS } from '../../domain/modal-fields';
import { fieldErrors, readMetadata, readViewValues, repOf, viewBody } from '../input';
import { REFUSALS, SOMETHING_WENT_WRONG, tellUser } from '../reply';

const metadata = z.object({ outreachId: z.string().regex(/^\d{1,18}$/) });

type Args = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

function refusal(reason: keyof typeof REFUSALS): string {
  return reason === 'already_done' ? 'That outreach is already closed or answered, so no follow-up is needed.' : REFUSALS[reason];
}

/** The follow-up modal submitted: a draft that adds something new, checked, as a DM. */
export function followUpDraftSubmitted(deps: ListenerDeps) {
  return async (args: Args): Promise<void> => {
    const body = viewBody.safeParse(args.body);
    const rep = repOf(args.body);
    const meta = body.success ? readMetadata(metadata, body.data.view.private_metadata) : null;
    if (!body.success || !rep || !meta) {
      await args.ack();
      return void deps.logger.warn('malformed follow-up submission');
    }
    const values = readViewValues(body.data.view.state.values);
    const checks: Record<string, string> = {};
    const whatsNew = reviewWhatsNew(values.whatsNew ?? '');
    if (whatsNew) checks.whatsNew = WHATS_NEW_ERRORS[whatsNew];
    if ((values.ask ?? '').length < 8) checks.ask = 'One small, concrete next step, e.g. "Shall I send the two pages?"';
    const errors = fieldErrors(values, MODAL_FIELD_LIMITS.followUp, checks);
    if (Object.keys(errors).length > 0) return void (await args.ack({ response_action: 'errors', errors }));
    await args.ack();
    try {
      const result = await deps.followUps.draftFollowUp(rep, meta.outreachId, { whatsNew: values.whatsNew!, ask: values.ask! });
      if (!result.ok) return void (await tellUser({ ...args, userId: rep.repId }, refusal(result.reason)));
      const { outreach, draft, check } = result.value;
      await args.client.chat.postMessage({ channel: rep.repId, ...followUpDraftMessage(outreach.id, outreach.prospectName, draft, check) });
    } catch (err) {
      deps.logger.error({ err }, 'follow-up draft failed');
      await tellUser({ ...args, userId: rep.repId }, SOMETHING_WENT_WRONG);
    }
  };
}

/** The follow-up as sent: logged as a touch, once; the next reminder moves on from now. */
export function followUpSentSubmitted(deps: ListenerDeps) {
  return async (args: Args): Promise<void> => {
    const body = viewBody.safeParse(args.body);
    const rep = repOf(args.body);
    const meta = body.success ? readMetadata(metadata, body.data.view.private_metadata) : null;
    if (!body.success || !rep || !meta) {
      await args.ack();
      return void deps.logger.warn('malformed follow-up sent submission');
    }
    const values = readViewValues(body.data.view.state.values);
    const text = values.message ?? '';
    const errors = fieldErrors(values, MODAL_FIELD_LIMITS.followUpSent, text.length < 2 ? { message: 'Paste the follow-up as you sent it.' } : {});
    if (Object.keys(errors).length > 0) return void (await args.ack({ response_action: 'errors', errors }));
    await args.ack();
    try {
      const result = await deps.followUps.followUpSent(rep, meta.outreachId, text, `view:${body.data.view.id}`);
      if (!result.ok) {
        if (result.reason !== 'already_done') await tellUser({ ...args, userId: rep.repId }, refusal(result.reason));
        return;
      }
      const { outreach, next, check } = result.value;
      const cal = await deps.followUps.calendar(rep);
      const when = next ? DateTime.fromJSDate(next).setZone(cal.timezone).toFormat("cccc d LLL 'at' HH:mm") : null;
      const line = `:outbox_tray: Follow-up to *${escapeMrkdwn(outreach.prospectName)}* logged.${when ? ` I'll check in again on ${when} if there's no reply.` : ' That was the last planned follow-up.'}`;
      await args.client.chat.postMessage({ channel: rep.repId, text: line, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: line } }, ...purposeCheckBlocks(check)] as never });
    } catch (err) {
      deps.logger.error({ err }, 'logging a follow-up failed');
      await tellUser({ ...args, userId: rep.repId }, SOMETHING_WENT_WRONG);
    }
  };
}
