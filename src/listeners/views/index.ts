import type { App } from '@slack/bolt';
import { DRAFT_MODAL_ID } from '../../views/draft-modal';
import { FORGET_MODAL_ID } from '../../views/forget-modal';
import { FOLLOWUP_MODAL_ID, FOLLOWUP_SENT_MODAL_ID } from '../../views/follow-up';
import { LOG_MODAL_ID, MARK_SENT_MODAL_ID } from '../../views/message-modals';
import { SETTINGS_MODAL_ID } from '../../views/settings-modal';
import type { ListenerDeps } from '../deps';
import { draftSubmitted } from './draft-submitted';
import { forgetSubmitted } from './forget-submitted';
import { followUpDraftSubmitted, followUpSentSubmitted } from './follow-up-submitted';
import { logSubmitted } from './log-submitted';
import { markSentSubmitted } from './mark-sent-submitted';
import { settingsSubmitted } from './settings-submitted';

export function register(app: App, deps: ListenerDeps): void {
  app.view(DRAFT_MODAL_ID, draftSubmitted(deps));
  app.view(MARK_SENT_MODAL_ID, markSentSubmitted(deps));
  app.view(LOG_MODAL_ID, logSubmitted(deps));
  app.view(FOLLOWUP_MODAL_ID, followUpDraftSubmitted(deps));
  app.view(FOLLOWUP_SENT_MODAL_ID, followUpSentSubmitted(deps));
  app.view(SETTINGS_MODAL_ID, settingsSubmitted(deps));
  app.view(FORGET_MODAL_ID, forgetSubmitted(deps));
}
