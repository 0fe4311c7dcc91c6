import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { Prospect } from '../../../domain/command';
import { logModal } from '../../../views/message-modals';
import { unknownMention } from '../../../views/help';
import type { ListenerDeps } from '../../deps';
import { prospectName } from '../../prospect';
import type { CommandBody } from '../../input';
import { SOMETHING_WENT_WRONG, tellUser } from '../../reply';

/** `/outreach log <prospect>`: a message written elsewhere, pasted into a modal, checked and logged. */
export async function logCommand(
  args: AllMiddlewareArgs & SlackCommandMiddlewareArgs,
  body: CommandBody,
  prospect: Prospect,
  deps: ListenerDeps,
): Promise<void> {
  await args.ack();
  try {
    const name = await prospectName(args.client, prospect, deps.logger);
    if (!name)
      return void (await tellUser(
        { ...args, userId: body.user_id, channelId: body.channel_id },
        unknownMention('log'),
      ));
    await args.client.views.open({ trigger_id: body.trigger_id, view: logModal({ prospectName: name }, '{}') });
  } catch (err) {
    deps.logger.error({ err }, 'could not open the log modal');
    await tellUser({ ...args, userId: body.user_id, channelId: body.channel_id }, SOMETHING_WENT_WRONG);
  }
}
