import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { Prospect } from '../../../domain/command';
import { notice } from '../../../views/help';
import { escapeMrkdwn } from '../../../views/mrkdwn';
import { outcomeQuestions } from '../../../views/reminder';
import type { ListenerDeps } from '../../deps';
import type { CommandBody } from '../../input';
import { withProspectName } from '../../prospect';

/** `/outreach replied <prospect>`: record a reply without waiting for a reminder. */
export async function repliedCommand(
  args: AllMiddlewareArgs & SlackCommandMiddlewareArgs,
  body: CommandBody,
  prospect: Prospect,
  deps: ListenerDeps,
): Promise<void> {
  const rep = { teamId: body.team_id, repId: body.user_id };
  await withProspectName(args, body, prospect, 'replied', deps, async (name) => {
    const matches = await deps.followUps.awaitingByProspect(rep, name);
    if (matches.length === 0) {
      await args.respond({
        response_type: 'ephemeral',
        ...notice(
          `None of your outreach to *${escapeMrkdwn(name)}* is awaiting a reply. \`/outreach list\` shows what is open.`,
        ),
      });
      return;
    }
    const questions = outcomeQuestions(matches);
    await args.respond({ response_type: 'ephemeral', text: questions.text, blocks: questions.blocks });
  });
}
