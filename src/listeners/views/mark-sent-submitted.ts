import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import { MARK_SENT_ERROR } from '../../views/message-modals';
import { sentMessage } from '../../views/outreach-message';
import type { ListenerDeps } from '../deps';
import { MODAL_FIELD_LIMITS } from '../../domain/modal-fields';
import { fieldErrors, readMetadata, readViewValues, repOf, viewBody } from '../input';
import { runForUser } from '../reply';
import { REFUSALS } from '../../views/replies';
import { tooShort } from '../../domain/answers';

const metadata = z.object({
  outreachId: z.string().regex(/^\d{1,18}$/),
  dm: z.object({ channel: z.string(), ts: z.string() }).optional(),
});

/** The text as sent: checked again, logged as sent once, and the draft DM turns into a record of it. */
export function markSentSubmitted(deps: ListenerDeps) {
  return async (args: AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>): Promise<void> => {
    const body = viewBody.safeParse(args.body);
    const rep = repOf(args.body);
    const meta = body.success ? readMetadata(metadata, body.data.view.private_metadata) : null;
    if (!body.success || !rep || !meta) {
      await args.ack();
      deps.logger.warn('malformed Mark as sent submission');
      return;
    }
    const values = readViewValues(body.data.view.state.values);
    const text = values.message ?? '';
    const errors = fieldErrors(
      values,
      MODAL_FIELD_LIMITS.markSent,
      tooShort('sentMessage', text) ? { message: MARK_SENT_ERROR } : {},
    );
    if (Object.keys(errors).length > 0) {
      await args.ack({ response_action: 'errors', errors });
      return;
    }
    await args.ack();
    await runForUser({ ...args, userId: rep.repId }, deps.failures, 'Mark as sent failed', async (tell) => {
      const result = await deps.outreach.markSent(rep, meta.outreachId, text);
      if (!result.ok) {
        // A double submit lands here: the first one already logged it.
        if (result.reason !== 'already_done') await tell(REFUSALS[result.reason]);
        return;
      }
      const { outreach, check } = result.value;
      const message = sentMessage(outreach, check);
      const dm = meta.dm ?? (outreach.dmTs ? { channel: outreach.dmChannel!, ts: outreach.dmTs } : undefined);
      if (dm) await args.client.chat.update({ channel: dm.channel, ts: dm.ts, ...message });
      else await args.client.chat.postMessage({ channel: rep.repId, ...message });
    });
  };
}
