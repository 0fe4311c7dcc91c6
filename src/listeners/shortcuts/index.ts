import { SHORTCUT_IDS } from '../../slack-ids';
import type { ListenerDeps } from '../deps';
import type { Listeners } from '../dispatch';
import { checkAndLog } from './check-and-log';

export function register(listeners: Listeners, deps: ListenerDeps): void {
  listeners.shortcut(SHORTCUT_IDS.checkAndLog, checkAndLog(deps));
}
