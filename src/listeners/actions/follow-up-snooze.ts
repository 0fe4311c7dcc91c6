import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { SnoozeOption } from '../../domain/cadence';
import { escapeMrkdwn, reminderTime } from '../../views/mrkdwn';
import type { ListenerDeps } from '../deps';
import { actionValueOf, repOf } from '../input';
import { REFUSALS, SOMETHING_WENT_WRONG, tellUser } from '../reply';

const VALUE = /^(\d{1,18}):(1d|3d|next_week)$/;

/** "Snooze" (1 day, 3 days, next week): the reminder comes back then, at reminder time. */
export function followUpSnooze(deps: ListenerDeps) {
  return async (args: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction>): Promise<void> => {
    await args.ack();
    const rep = repOf(args.body);
    const match = VALUE.exec(actionValueOf(args.body)?.value ?? '');
    if (!rep || !match) return void deps.logger.warn('malformed snooze payload');
    const [, followUpId, option] = match as unknown as [string, string, SnoozeOption];
    try {
      const result = await deps.followUps.snooze(rep, followUpId, option);
      if (!result.ok) {
        const text =
          result.reason === 'already_done'
            ? 'That reminder was already handled. Nothing changed.'
            : REFUSALS[result.reason];
        return void (await tellUser({ ...args, userId: rep.repId }, text));
      }
      const cal = await deps.followUps.calendar(rep);
      const when = reminderTime(result.value.until, cal.timezone);
      await tellUser(
        { ...args, userId: rep.repId },
        `:zzz: Snoozed *${escapeMrkdwn(result.value.outreach.prospectName)}* until ${when}.`,
      );
    } catch (err) {
      deps.logger.error({ err }, 'snooze failed');
      await tellUser({ ...args, userId: rep.repId }, SOMETHING_WENT_WRONG);
    }
  };
}
