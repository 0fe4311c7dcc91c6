import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { Prospect } from '../../../domain/command';
import { draftModal } from '../../../views/draft-modal';
import type { ListenerDeps } from '../../deps';
import type { CommandBody } from '../../input';
import { withProspectName } from '../../prospect';
import { prefill } from '../../reply';

/** `/outreach draft <prospect>`: ack, then open the modal while the trigger id still lives (~3 s). */
export async function draftCommand(
  args: AllMiddlewareArgs & SlackCommandMiddlewareArgs,
  body: CommandBody,
  prospect: Prospect,
  deps: ListenerDeps,
): Promise<void> {
  // Remembering "who are you" is a nicety: if Postgres is slow or down, open the modal without it.
  // Asked for now, so it is read while the prospect's name is looked up.
  const whoIAm = prefill(deps.outreach.whoIAm({ teamId: body.team_id, repId: body.user_id }));
  await withProspectName(args, body, prospect, 'draft', deps, async (name) => {
    await args.client.views.open({
      trigger_id: body.trigger_id,
      view: draftModal({ prospectName: name, profileUrl: prospect.url, whoIAm: await whoIAm }, '{}'),
    });
  });
}
