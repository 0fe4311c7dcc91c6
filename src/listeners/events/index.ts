import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../deps';
import { appHomeOpened } from './app-home-opened';
import { appUninstalled, workspaceSeen } from './app-uninstalled';

export function register(app: App, deps: ListenerDeps): void {
  app.event('app_home_opened', appHomeOpened(deps));
  const seen = workspaceSeen(deps);
  app.use(seen.middleware);
  app.event('app_uninstalled', appUninstalled(deps, seen.forget));
  app.event('tokens_revoked', appUninstalled(deps, seen.forget));
}
