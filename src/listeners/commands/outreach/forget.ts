import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { Prospect } from '../../../domain/command';
import { forgetModal } from '../../../views/forget-modal';
import { notice } from '../../../views/help';
import { escapeMrkdwn } from '../../../views/mrkdwn';
import type { ListenerDeps } from '../../deps';
import type { CommandBody } from '../../input';
import { withProspectName } from '../../prospect';

/** `/outreach forget <prospect>`: count what would go, then a confirm modal (the trigger lives ~3 s). */
export async function forgetCommand(
  args: AllMiddlewareArgs & SlackCommandMiddlewareArgs,
  body: CommandBody,
  prospect: Prospect,
  deps: ListenerDeps,
): Promise<void> {
  // A mention (<@U…>) carries an id: draft and log stored the person's real name, so it is looked up.
  await withProspectName(args, body, prospect, 'forget', deps, async (name) => {
    const named = { ...prospect, name };
    const preview = await deps.erasure.preview(body.team_id, body.user_id, named);
    if (preview.mine.outreach === 0 && (preview.workspace?.outreach ?? 0) === 0) {
      await args.respond({
        response_type: 'ephemeral',
        ...notice(`I have nothing about *${escapeMrkdwn(name)}* in your outreach. Nothing to erase.`),
      });
      return;
    }
    const metadata = JSON.stringify({ name, ...(prospect.url ? { url: prospect.url } : {}) });
    await args.client.views.open({ trigger_id: body.trigger_id, view: forgetModal(preview, metadata) });
  });
}
