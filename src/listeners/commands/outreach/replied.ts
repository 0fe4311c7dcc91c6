import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { Prospect } from '../../../domain/command';
import { notice, unknownMention } from '../../../views/help';
import { escapeMrkdwn } from '../../../views/mrkdwn';
import { outcomeQuestions } from '../../../views/reminder';
import type { ListenerDeps } from '../../deps';
import type { CommandBody } from '../../input';
import { prospectName } from '../../prospect';
import { SOMETHING_WENT_WRONG, tellUser } from '../../reply';

/** `/outreach replied <prospect>`: record a reply without waiting for a reminder. */
export async function repliedCommand(
  args: AllMiddlewareArgs & SlackCommandMiddlewareArgs,
  body: CommandBody,
  prospect: Prospect,
  deps: ListenerDeps,
): Promise<void> {
  await args.ack();
  const rep = { teamId: body.team_id, repId: body.user_id };
  try {
    const name = await prospectName(args.client, prospect, deps.logger);
    if (!name) return void (await args.respond({ response_type: 'ephemeral', ...notice(unknownMention('replied')) }));
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
  } catch (err) {
    deps.logger.error({ err }, 'replied failed');
    await tellUser({ ...args, userId: body.user_id, channelId: body.channel_id }, SOMETHING_WENT_WRONG);
  }
}
