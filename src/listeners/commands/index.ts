import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../deps';
import { outreachCommand } from './outreach';

export const OUTREACH_COMMAND = '/outreach';

export function register(app: App, deps: ListenerDeps): void {
  app.command(OUTREACH_COMMAND, outreachCommand(deps));
}
