import type { App } from '@slack/bolt';
import { COMMAND } from '../../slack-ids';
import type { ListenerDeps } from '../deps';
import { outreachCommand } from './outreach';

export function register(app: App, deps: ListenerDeps): void {
  app.command(COMMAND, outreachCommand(deps));
}
