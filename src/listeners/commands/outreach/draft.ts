import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { Prospect } from '../../../domain/command';
import { draftModal } from '../../../views/draft-modal';
import { unknownMention } from '../../../views/help';
import type { ListenerDeps } from '../../deps';
import { prospectName } from '../../prospect';
import type { CommandBody } from '../../input';
import { SOMETHING_WENT_WRONG, tellUser } from '../../reply';

/** `/outreach draft <prospect>`: ack, then open the modal while the trigger id still lives (~3 s). */
export async function draftCommand(
  args: AllMiddlewareArgs & SlackCommandMiddlewareArgs,
  body: CommandBody,
  prospect: Prospect,
  deps: ListenerDeps,
): Promise<void> {
  await args.ack();
  const rep = { teamId: body.team_id, repId: body.user_id };
  try {
    // Remembering "who are you" is a nicety: if Postgres is slow or down, open the modal without it.
    const [name, whoIAm] = await Promise.all([
      prospectName(args.client, prospect, deps.logger),
      deps.outreach.whoIAm(rep).catch(() => undefined),
    ]);
    if (!name)
      return void (await tellUser(
        { ...args, userId: body.user_id, channelId: body.channel_id },
        unknownMention('draft'),
      ));
    await args.client.views.open({
      trigger_id: body.trigger_id,
      view: draftModal({ prospectName: name, profileUrl: prospect.url, whoIAm }, '{}'),
    });
  } catch (err) {
    deps.logger.error({ err }, 'could not open the draft modal');
    await tellUser({ ...args, userId: body.user_id, channelId: body.channel_id }, SOMETHING_WENT_WRONG);
  }
}
