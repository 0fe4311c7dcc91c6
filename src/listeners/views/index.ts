import type { App } from '@slack/bolt';
import { DRAFT_MODAL_ID } from '../../views/draft-modal';
import { LOG_MODAL_ID, MARK_SENT_MODAL_ID } from '../../views/message-modals';
import type { ListenerDeps } from '../deps';
import { draftSubmitted } from './draft-submitted';
import { logSubmitted } from './log-submitted';
import { markSentSubmitted } from './mark-sent-submitted';

export function register(app: App, deps: ListenerDeps): void {
  app.view(DRAFT_MODAL_ID, draftSubmitted(deps));
  app.view(MARK_SENT_MODAL_ID, markSentSubmitted(deps));
  app.view(LOG_MODAL_ID, logSubmitted(deps));
}
