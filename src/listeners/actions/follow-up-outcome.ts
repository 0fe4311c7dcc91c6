import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { ReplyOutcome } from '../../services/followups';
import { escapeMrkdwn } from '../../views/mrkdwn';
import { OUTCOME_LABELS } from '../../views/reminder';
import type { ListenerDeps } from '../deps';
import { actionValueOf, repOf } from '../input';
import { REFUSALS, SOMETHING_WENT_WRONG, tellUser } from '../reply';

const VALUE = /^(\d{1,18}):(positive|neutral|not_interested)$/;

/** Positive, Neutral or Not interested: the reply is recorded and the reminders stop. */
export function followUpOutcome(deps: ListenerDeps) {
  return async (args: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction>): Promise<void> => {
    await args.ack();
    const rep = repOf(args.body);
    const match = VALUE.exec(actionValueOf(args.body)?.value ?? '');
    if (!rep || !match) return void deps.logger.warn('malformed outcome payload');
    const [, outreachId, outcome] = match as unknown as [string, string, ReplyOutcome];
    try {
      const result = await deps.followUps.recordReply(rep, outreachId, outcome);
      if (!result.ok) {
        const text =
          result.reason === 'already_done'
            ? 'That reply is already recorded. Nothing changed.'
            : REFUSALS[result.reason];
        return void (await tellUser({ ...args, userId: rep.repId }, text));
      }
      const text = `:speech_balloon: Recorded: *${escapeMrkdwn(result.value.prospectName)}* replied (${OUTCOME_LABELS[outcome].toLowerCase()}). No more reminders for this one.`;
      if (args.respond)
        await args.respond({
          replace_original: true,
          text,
          blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }],
        });
      else await tellUser({ ...args, userId: rep.repId }, text);
    } catch (err) {
      deps.logger.error({ err }, 'recording a reply failed');
      await tellUser({ ...args, userId: rep.repId }, SOMETHING_WENT_WRONG);
    }
  };
}
