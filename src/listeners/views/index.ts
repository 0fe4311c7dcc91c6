import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { VIEW_IDS } from '../../slack-ids';
import type { ListenerDeps } from '../deps';
import type { Listeners } from '../dispatch';
import { oneListener } from '../route';
import { draftSubmitted } from './draft-submitted';
import { followUpSentSubmitted } from './follow-up-sent-submitted';
import { followUpDraftSubmitted } from './follow-up-submitted';
import { forgetSubmitted } from './forget-submitted';
import { logSubmitted } from './log-submitted';
import { markSentSubmitted } from './mark-sent-submitted';
import { settingsSubmitted } from './settings-submitted';

export function register(listeners: Listeners, deps: ListenerDeps): void {
  // One Bolt listener for every modal (see route.ts).
  const { pattern, listener } = oneListener<AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>>(
    [
      [VIEW_IDS.draft, draftSubmitted(deps)],
      [VIEW_IDS.markSent, markSentSubmitted(deps)],
      [VIEW_IDS.log, logSubmitted(deps)],
      [VIEW_IDS.followUpDraft, followUpDraftSubmitted(deps)],
      [VIEW_IDS.followUpSent, followUpSentSubmitted(deps)],
      [VIEW_IDS.settings, settingsSubmitted(deps)],
      [VIEW_IDS.forget, forgetSubmitted(deps)],
    ],
    (args) => args.view?.callback_id,
  );
  listeners.view<ViewSubmitAction>(pattern, listener);
}
