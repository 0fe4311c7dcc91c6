import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { ListenerDeps } from '../deps';
import type { Listeners } from '../dispatch';
import { oneListener } from '../route';
import { appHomeOpened } from './app-home-opened';
import { appUninstalled, workspaceSeen } from './app-uninstalled';

type EventArgs = AllMiddlewareArgs & SlackEventMiddlewareArgs;

export function register(listeners: Listeners, deps: ListenerDeps): void {
  const seen = workspaceSeen(deps);
  listeners.use(seen.middleware);
  const homeOpened = appHomeOpened(deps);
  const uninstalled = appUninstalled(deps, seen.forget);
  // One Bolt listener for the three events (see route.ts): Bolt runs every listener's matchers for
  // every request, a slash command's too.
  const { pattern, listener } = oneListener<EventArgs>(
    [
      ['app_home_opened', (args) => homeOpened(args as Parameters<typeof homeOpened>[0])],
      ['app_uninstalled', (args) => uninstalled(args as Parameters<typeof uninstalled>[0])],
      ['tokens_revoked', (args) => uninstalled(args as Parameters<typeof uninstalled>[0])],
    ],
    (args) => args.event?.type,
  );
  listeners.event(pattern, listener);
}
