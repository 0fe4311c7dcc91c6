import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import type { Prospect } from '../../domain/command';
import { withoutControlCharacters } from '../../domain/modal-fields';
import type { ListenerDeps } from '../deps';
import { readMetadata, readViewValues, repOf, viewBody } from '../input';
import { runForUser, tellUser } from '../reply';

const metadata = z.object({ name: z.string().min(1).max(200), url: z.string().max(500).optional() });

/** "Erase" in the forget modal: erase, then say how much went. A non-admin never erases others' rows. */
export function forgetSubmitted(deps: ListenerDeps) {
  return async (args: AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>): Promise<void> => {
    const body = viewBody.safeParse(args.body);
    const rep = repOf(args.body);
    // The metadata went through Slack: it only says whom to match (exactly, within this rep's or an
    // admin's workspace), so a tampered one can name no more than the rep could type. It is not read
    // again with the command's name rules: a name looked up from a mention may not pass them.
    const meta = body.success ? readMetadata(metadata, body.data.view.private_metadata) : null;
    const name = meta ? withoutControlCharacters(meta.name).trim() : '';
    if (!body.success || !rep || !meta || name === '') {
      await args.ack();
      deps.logger.warn('malformed forget submission');
      if (rep)
        await tellUser(
          { ...args, userId: rep.repId, failures: deps.failures },
          "Sorry, I couldn't read that request, so nothing was erased. Please run `/outreach forget` again.",
        );
      return;
    }
    const prospect: Prospect = { kind: meta.url ? 'url' : 'name', name, ...(meta.url ? { url: meta.url } : {}) };
    const scope = readViewValues(body.data.view.state.values).scope === 'workspace' ? 'workspace' : 'rep';
    await args.ack();
    await runForUser({ ...args, userId: rep.repId }, deps.failures, 'forget failed', async (tell) => {
      const result = await deps.erasure.forget(rep.teamId, rep.repId, prospect, scope);
      if (!result.ok)
        return void (await tell(
          "Only a workspace admin can erase a prospect from other reps' outreach. Nothing was erased.",
        ));
      const where = scope === 'workspace' ? 'across the workspace' : 'from your outreach';
      await tell(
        `:wastebasket: Erased ${where}: ${result.outreach} outreach ${result.outreach === 1 ? 'record' : 'records'} and ${result.followUps} ${result.followUps === 1 ? 'follow-up' : 'follow-ups'}. ` +
          'Only anonymous counts stay. Messages already in Slack or LinkedIn are not touched.',
      );
    });
  };
}
