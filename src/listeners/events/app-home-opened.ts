import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { appHome } from '../../views/app-home';
import type { ListenerDeps } from '../deps';

const homeOpened = z.object({ user: z.string().regex(/^[A-Z0-9]{2,40}$/i), tab: z.string().optional() });

/** The App Home tab: follow-ups due, open outreach, this week's numbers; rebuilt each time it opens. */
export function appHomeOpened(deps: ListenerDeps) {
  return async (args: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_home_opened'>): Promise<void> => {
    const event = homeOpened.safeParse(args.event);
    const teamId = args.context.teamId ?? (args.body as { team_id?: string }).team_id;
    if (!event.success || !teamId) return void deps.logger.warn('malformed app_home_opened event');
    if (event.data.tab && event.data.tab !== 'home') return;
    const rep = { teamId, repId: event.data.user };
    try {
      const home = await deps.digests.home(rep, deps.now());
      await args.client.views.publish({ user_id: rep.repId, view: appHome({ ...home, now: deps.now() }) });
    } catch (err) {
      deps.failures.failed(err, 'could not publish the App Home');
    }
  };
}
