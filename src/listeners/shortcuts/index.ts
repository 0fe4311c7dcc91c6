import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../deps';
import { checkAndLog, CHECK_AND_LOG_ID } from './check-and-log';

export function register(app: App, deps: ListenerDeps): void {
  app.shortcut(CHECK_AND_LOG_ID, checkAndLog(deps));
}
