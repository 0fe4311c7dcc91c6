import type { App } from '@slack/bolt';
import { ACTIONS } from '../../views/outreach-message';
import type { ListenerDeps } from '../deps';
import { discardDraft } from './discard-draft';
import { editDraft } from './edit-draft';
import { markSent } from './mark-sent';

export function register(app: App, deps: ListenerDeps): void {
  app.action(ACTIONS.markSent, markSent(deps));
  app.action(ACTIONS.edit, editDraft(deps));
  app.action(ACTIONS.discard, discardDraft(deps));
}
