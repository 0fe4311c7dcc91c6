import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { notice } from '../../../views/help';
import type { ListenerDeps } from '../../deps';
import type { CommandBody } from '../../input';
import { ackThenRun } from '../../reply';
import { SOMETHING_WENT_WRONG } from '../../../views/replies';

/** `/outreach export [mine] [from] [to]`: queue the export; the worker uploads the CSV to the asker's DM. */
export async function exportCommand(
  args: AllMiddlewareArgs & SlackCommandMiddlewareArgs,
  body: CommandBody,
  range: { from?: string; to?: string; mine: boolean },
  deps: ListenerDeps,
): Promise<void> {
  await ackThenRun(args, body, deps.failures, 'export request failed', async (tell) => {
    // One job per command delivery: a retry of the same request (same trigger id) adds nothing.
    const queued = await deps.exports.request(
      { teamId: body.team_id, userId: body.user_id, ...range },
      `${body.team_id}-${body.user_id}-${body.trigger_id}`,
    );
    if (!queued.ok) return tell(SOMETHING_WENT_WRONG);
    const whose = queued.request.scope === 'team' ? "the whole team's outreach" : 'your own outreach';
    await args.respond({
      response_type: 'ephemeral',
      ...notice(
        `:inbox_tray: Exporting ${whose} (${queued.request.from} to ${queued.request.to}, UTC). The CSV arrives in your DM with me in a minute or so.`,
      ),
    });
  });
}
