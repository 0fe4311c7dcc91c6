import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { settingsModal } from '../../../views/settings-modal';
import type { ListenerDeps } from '../../deps';
import type { CommandBody } from '../../input';
import { ackThenRun } from '../../reply';

/** `/outreach settings`: the workspace's follow-up calendar, for its admins. */
export async function settingsCommand(
  args: AllMiddlewareArgs & SlackCommandMiddlewareArgs,
  body: CommandBody,
  deps: ListenerDeps,
): Promise<void> {
  await ackThenRun(args, body, deps.failures, 'settings failed', async (tell) => {
    const [settings, mayChange] = await Promise.all([
      deps.settings.get(body.team_id),
      deps.settings.mayChange(body.user_id),
    ]);
    if (!mayChange)
      return tell(
        "Only a workspace admin can change Purposeful's settings. Ask one of your admins to run `/outreach settings`.",
      );
    await args.client.views.open({ trigger_id: body.trigger_id, view: settingsModal(settings) });
  });
}
