import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import { CHANNELS, type Channel } from '../../domain/purpose-check';
import { sentMessage } from '../../views/outreach-message';
import type { ListenerDeps } from '../deps';
import { MODAL_FIELD_LIMITS } from '../../domain/modal-fields';
import { fieldErrors, readMetadata, readViewValues, repOf, viewBody } from '../input';
import { runForUser } from '../reply';
import { tooShort } from '../../domain/answers';

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
    const checks: Record<string, string> = {};
    const name = values.prospectName ?? '';
    if (tooShort('prospectName', name) || /[<>]/.test(name))
      checks.prospectName = "The prospect's name, as on their profile: e.g. Jane Doe.";
    if (tooShort('sentMessage', values.message)) checks.message = 'Paste the message as you sent it.';
    const channel = CHANNELS.includes(values.channel as Channel) ? (values.channel as Channel) : undefined;
    if (!channel) checks.channel = 'Pick where you sent it.';
    const errors = fieldErrors(values, MODAL_FIELD_LIMITS.log, checks);
    if (Object.keys(errors).length > 0 || !channel) {
      await args.ack({ response_action: 'errors', errors });
      return;
    }
    await args.ack();
    const meta = readMetadata(metadata, body.data.view.private_metadata) ?? {};
    await runForUser({ ...args, userId: rep.repId }, deps.logger, 'log failed', async (tell) => {
      const logged = await deps.outreach.logSent(
        rep,
        { prospectName: name, company: values.company, channel, text: values.message! },
        meta.source ?? `view:${body.data.view.id}`,
      );
      if (logged.created)
        await args.client.chat.postMessage({ channel: rep.repId, ...sentMessage(logged.outreach, logged.check) });
    });
  };
}
