import type { App } from '@slack/bolt';
import { HOME_DRAFT_ACTION } from '../../views/app-home';
import { FOLLOWUP_MARK_SENT } from '../../views/follow-up';
import { ACTIONS } from '../../views/outreach-message';
import { FOLLOWUP_ACTIONS } from '../../views/reminder';
import type { ListenerDeps } from '../deps';
import { discardDraft } from './discard-draft';
import { editDraft } from './edit-draft';
import { followUpClose } from './followup-close';
import { followUpDraft, followUpMarkSent } from './followup-draft';
import { followUpOutcome } from './followup-outcome';
import { followUpReplied } from './followup-replied';
import { followUpSnooze } from './followup-snooze';
import { homeDraft } from './home-draft';
import { markSent } from './mark-sent';

export function register(app: App, deps: ListenerDeps): void {
  app.action(ACTIONS.markSent, markSent(deps));
  app.action(ACTIONS.edit, editDraft(deps));
  app.action(ACTIONS.discard, discardDraft(deps));
  app.action(FOLLOWUP_ACTIONS.replied, followUpReplied(deps));
  app.action(new RegExp(`^${FOLLOWUP_ACTIONS.outcome}_`), followUpOutcome(deps));
  app.action(FOLLOWUP_ACTIONS.snooze, followUpSnooze(deps));
  app.action(FOLLOWUP_ACTIONS.close, followUpClose(deps));
  app.action(FOLLOWUP_ACTIONS.draft, followUpDraft(deps));
  app.action(FOLLOWUP_MARK_SENT, followUpMarkSent(deps));
  app.action(HOME_DRAFT_ACTION, homeDraft(deps));
}
