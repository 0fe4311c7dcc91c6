import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { Prospect } from '../../../domain/command';
import { forgetModal } from '../../../views/forget-modal';
import { notice, unknownMention } from '../../../views/help';
import { escapeMrkdwn } from '../../../views/mrkdwn';
import type { ListenerDeps } from '../../deps';
import type { CommandBody } from '../../input';
import { prospectName } from '../../prospect';
import { SOMETHING_WENT_WRONG, tellUser } from '../../reply';

/** `/outreach forget <prospect>`: count what would go, then a confirm modal (the trigger lives ~3 s). */
export async function forgetCommand(
  args: AllMiddlewareArgs & SlackCommandMiddlewareArgs,
  body: CommandBody,
  prospect: Prospect,
  deps: ListenerDeps,
): Promise<void> {
  await args.ack();
  const tell = (text: string) => tellUser({ ...args, userId: body.user_id, channelId: body.channel_id }, text);
  try {
    // A mention (<@U…>) carries an id: draft and log stored the person's real name, so look it up.
    const name = await prospectName(args.client, prospect, deps.logger);
    if (!name) return void (await tell(unknownMention('forget')));
    prospect = { ...prospect, name };
    const preview = await deps.erasure.preview(body.team_id, body.user_id, prospect);
    if (preview.mine.outreach === 0 && (preview.workspace?.outreach ?? 0) === 0) {
      await args.respond({
        response_type: 'ephemeral',
        ...notice(`I have nothing about *${escapeMrkdwn(prospect.name)}* in your outreach. Nothing to erase.`),
      });
      return;
    }
    const metadata = JSON.stringify({ name: prospect.name, ...(prospect.url ? { url: prospect.url } : {}) });
    await args.client.views.open({ trigger_id: body.trigger_id, view: forgetModal(preview, metadata) });
  } catch (err) {
    deps.logger.error({ err }, 'forget failed');
    await tell(SOMETHING_WENT_WRONG);
  }
}
