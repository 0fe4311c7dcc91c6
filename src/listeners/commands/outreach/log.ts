import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { Prospect } from '../../../domain/command';
import { logModal } from '../../../views/message-modals';
import type { ListenerDeps } from '../../deps';
import type { CommandBody } from '../../input';
import { withProspectName } from '../../prospect';

/** `/outreach log <prospect>`: a message written elsewhere, pasted into a modal, checked and logged. */
export async function logCommand(
  args: AllMiddlewareArgs & SlackCommandMiddlewareArgs,
  body: CommandBody,
  prospect: Prospect,
  deps: ListenerDeps,
): Promise<void> {
  await withProspectName(args, body, prospect, 'log', deps, async (name) => {
    await args.client.views.open({ trigger_id: body.trigger_id, view: logModal({ prospectName: name }, '{}') });
  });
}
