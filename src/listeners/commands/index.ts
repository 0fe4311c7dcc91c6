import { COMMAND } from '../../slack-ids';
import type { ListenerDeps } from '../deps';
import type { Listeners } from '../dispatch';
import { outreachCommand } from './outreach';

export function register(listeners: Listeners, deps: ListenerDeps): void {
  listeners.command(COMMAND, outreachCommand(deps));
}
