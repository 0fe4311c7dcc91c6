import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import type { Channel } from '../../domain/purpose-check';
import { LOG_ERRORS } from '../../views/message-modals';
import { loggedWithoutSummary, sentMessage } from '../../views/outreach-message';
import type { ListenerDeps } from '../deps';
import { MODAL_FIELD_LIMITS } from '../../domain/modal-fields';
import { fieldErrors, readMetadata, readViewValues, repOf, viewBody } from '../input';
import { runForUser } from '../reply';
import { unusableLogAnswers } from '../../domain/answers';

/** `source` names the Slack message a shortcut started from, so logging it twice logs once. */
const metadata = z.object({ source: z.string().max(200).optional() });

/** A message written elsewhere (`/outreach log`, the shortcut): checked and logged as sent. */
export function logSubmitted(deps: ListenerDeps) {
  return async (args: AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>): Promise<void> => {
    const body = viewBody.safeParse(args.body);
    const rep = repOf(args.body);
    if (!body.success || !rep) {
      await args.ack();
      deps.logger.warn('malformed log submission');
      return;
    }
    const values = readViewValues(body.data.view.state.values);
    const checks = Object.fromEntries(unusableLogAnswers(values).map((field) => [field, LOG_ERRORS[field]]));
    const errors = fieldErrors(values, MODAL_FIELD_LIMITS.log, checks);
    if (Object.keys(errors).length > 0) {
      await args.ack({ response_action: 'errors', errors });
      return;
    }
    await args.ack();
    const meta = readMetadata(metadata, body.data.view.private_metadata) ?? {};
    await runForUser({ ...args, userId: rep.repId }, deps.failures, 'log failed', async (tell) => {
      const logged = await deps.outreach.logSent(
        rep,
        {
          prospectName: values.prospectName!,
          company: values.company,
          channel: values.channel as Channel,
          text: values.message!,
        },
        meta.source ?? `view:${body.data.view.id}`,
      );
      if (!logged.created) return;
      try {
        await args.client.chat.postMessage({ channel: rep.repId, ...sentMessage(logged.outreach, logged.check) });
      } catch (err) {
        // It is logged: "that didn't go through" would have the rep log it again, twice reminded.
        deps.failures.failed(err, 'could not post a logged message');
        await tell(loggedWithoutSummary(logged.outreach.prospectName));
      }
    });
  };
}
