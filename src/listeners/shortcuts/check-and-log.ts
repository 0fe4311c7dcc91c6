import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { logModal } from '../../views/message-modals';
import type { ListenerDeps } from '../deps';
import { repOf } from '../input';
import { PREFILL_BUDGET_MS, runForUser, tellUser } from '../reply';

const shortcutBody = z.object({
  trigger_id: z.string().min(1).max(200),
  message_ts: z.string().max(40).optional(),
  channel: z.object({ id: z.string().max(40) }).optional(),
  message: z.object({ text: z.string().max(40_000).default(''), ts: z.string().max(40).optional() }).passthrough(),
});

/** Message shortcut "Check & log outreach": the purpose check of any message, and an offer to log it. */
export function checkAndLog(deps: ListenerDeps) {
  return async (args: AllMiddlewareArgs & SlackShortcutMiddlewareArgs<MessageShortcut>): Promise<void> => {
    await args.ack();
    const rep = repOf(args.body);
    const body = shortcutBody.safeParse(args.body);
    if (!rep || !body.success) {
      deps.logger.warn('malformed shortcut payload');
      return;
    }
    const text = body.data.message.text.trim();
    const asker = { ...args, userId: rep.repId, channelId: body.data.channel?.id };
    if (!text)
      return tellUser(
        { ...asker, failures: deps.failures },
        'That message has no text to check. Try it on a message with the outreach you wrote.',
      );
    await runForUser(asker, deps.failures, 'Check & log failed', async () => {
      // The modal must open while its trigger id lives (~3 s from the click): the look-alike search in
      // Postgres gets a prefill's budget, and the modal shows the purpose check without it if it is late.
      const check = await deps.outreach.check(rep, text, 'linkedin_message', {}, undefined, {
        samenessWithinMs: PREFILL_BUDGET_MS,
      });
      const ts = body.data.message.ts ?? body.data.message_ts;
      const source = ts ? `message:${body.data.channel?.id ?? ''}:${ts}:${rep.repId}` : undefined;
      await args.client.views.open({
        trigger_id: body.data.trigger_id,
        view: logModal({ message: text }, JSON.stringify({ source }), check),
      });
    });
  };
}
