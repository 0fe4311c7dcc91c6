import type { App } from '@slack/bolt';
import { actionRoute } from '../../slack-ids';
import type { ListenerDeps } from '../deps';
import { discardDraft } from './discard-draft';
import { editDraft } from './edit-draft';
import { followUpClose } from './followup-close';
import { followUpDraft } from './followup-draft';
import { followUpMarkSent } from './followup-mark-sent';
import { followUpOutcome } from './followup-outcome';
import { followUpReplied } from './followup-replied';
import { followUpSnooze } from './followup-snooze';
import { homeDraft } from './home-draft';
import { markSent } from './mark-sent';

export function register(app: App, deps: ListenerDeps): void {
  app.action(actionRoute('markSent'), markSent(deps));
  app.action(actionRoute('edit'), editDraft(deps));
  app.action(actionRoute('discard'), discardDraft(deps));
  app.action(actionRoute('followUpReplied'), followUpReplied(deps));
  app.action(actionRoute('followUpOutcome', { prefix: true }), followUpOutcome(deps));
  app.action(actionRoute('followUpSnooze'), followUpSnooze(deps));
  app.action(actionRoute('followUpClose'), followUpClose(deps));
  app.action(actionRoute('followUpDraft'), followUpDraft(deps));
  app.action(actionRoute('followUpMarkSent'), followUpMarkSent(deps));
  app.action(actionRoute('homeDraft'), homeDraft(deps));
}
