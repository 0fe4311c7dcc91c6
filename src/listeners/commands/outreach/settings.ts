import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { settingsModal } from '../../../views/settings-modal';
import type { ListenerDeps } from '../../deps';
import type { CommandBody } from '../../input';
import { SOMETHING_WENT_WRONG, tellUser } from '../../reply';

/** `/outreach settings`: the workspace's follow-up calendar, for its admins. */
export async function settingsCommand(
  args: AllMiddlewareArgs & SlackCommandMiddlewareArgs,
  body: CommandBody,
  deps: ListenerDeps,
): Promise<void> {
  await args.ack();
  const tell = (text: string) => tellUser({ ...args, userId: body.user_id, channelId: body.channel_id }, text);
  try {
    const [settings, mayChange] = await Promise.all([
      deps.settings.get(body.team_id),
      deps.settings.mayChange(body.user_id),
    ]);
    if (!mayChange)
      return void (await tell(
        "Only a workspace admin can change Purposeful's settings. Ask one of your admins to run `/outreach settings`.",
      ));
    await args.client.views.open({ trigger_id: body.trigger_id, view: settingsModal(settings) });
  } catch (err) {
    deps.logger.error({ err }, 'settings failed');
    await tell(SOMETHING_WENT_WRONG);
  }
}
