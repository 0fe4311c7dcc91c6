import type { App } from '@slack/bolt';
import { SHORTCUT_IDS } from '../../slack-ids';
import type { ListenerDeps } from '../deps';
import { checkAndLog } from './check-and-log';

export function register(app: App, deps: ListenerDeps): void {
  app.shortcut(SHORTCUT_IDS.checkAndLog, checkAndLog(deps));
}
