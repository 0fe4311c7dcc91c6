import type { App } from '@slack/bolt';
import { VIEW_IDS } from '../../slack-ids';
import type { ListenerDeps } from '../deps';
import { draftSubmitted } from './draft-submitted';
import { followUpSentSubmitted } from './follow-up-sent-submitted';
import { followUpDraftSubmitted } from './follow-up-submitted';
import { forgetSubmitted } from './forget-submitted';
import { logSubmitted } from './log-submitted';
import { markSentSubmitted } from './mark-sent-submitted';
import { settingsSubmitted } from './settings-submitted';

export function register(app: App, deps: ListenerDeps): void {
  app.view(VIEW_IDS.draft, draftSubmitted(deps));
  app.view(VIEW_IDS.markSent, markSentSubmitted(deps));
  app.view(VIEW_IDS.log, logSubmitted(deps));
  app.view(VIEW_IDS.followUpDraft, followUpDraftSubmitted(deps));
  app.view(VIEW_IDS.followUpSent, followUpSentSubmitted(deps));
  app.view(VIEW_IDS.settings, settingsSubmitted(deps));
  app.view(VIEW_IDS.forget, forgetSubmitted(deps));
}
