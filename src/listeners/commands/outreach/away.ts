import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { DateTime } from 'luxon';
import { notice } from '../../../views/help';
import type { ListenerDeps } from '../../deps';
import type { CommandBody } from '../../input';
import { ackThenRun } from '../../reply';

/** `/outreach away until <date>` (or `away off`): no reminders while away, then spread over the days back. */
export async function awayCommand(
  args: AllMiddlewareArgs & SlackCommandMiddlewareArgs,
  body: CommandBody,
  until: string | null,
  deps: ListenerDeps,
): Promise<void> {
  const rep = { teamId: body.team_id, repId: body.user_id };
  await ackThenRun(args, body, deps.failures, 'away failed', async () => {
    const result = await deps.followUps.setAway(rep, until);
    const text = until
      ? `:palm_tree: Away until ${DateTime.fromISO(until).toFormat('cccc d LLLL')}: no reminders until then.` +
        (result.moved > 0
          ? ` ${result.moved} follow-up${result.moved === 1 ? '' : 's'} due meanwhile will arrive spread over your first days back.`
          : '')
      : ':wave: Welcome back: reminders are on again.';
    await args.respond({ response_type: 'ephemeral', ...notice(text) });
  });
}
