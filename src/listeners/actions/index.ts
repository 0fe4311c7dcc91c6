import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { actionRoute } from '../../slack-ids';
import type { ListenerDeps } from '../deps';
import type { Listeners } from '../dispatch';
import { oneListener } from '../route';
import { discardDraft } from './discard-draft';
import { editDraft } from './edit-draft';
import { followUpClose } from './follow-up-close';
import { followUpDraft } from './follow-up-draft';
import { followUpMarkSent } from './follow-up-mark-sent';
import { followUpOutcome } from './follow-up-outcome';
import { followUpReplied } from './follow-up-replied';
import { followUpSnooze } from './follow-up-snooze';
import { homeDraft } from './home-draft';
import { markSent } from './mark-sent';

export function register(listeners: Listeners, deps: ListenerDeps): void {
  // One Bolt listener for every button (see route.ts).
  const { pattern, listener } = oneListener<AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction>>(
    [
      [actionRoute('markSent'), markSent(deps)],
      [actionRoute('edit'), editDraft(deps)],
      [actionRoute('discard'), discardDraft(deps)],
      [actionRoute('followUpReplied'), followUpReplied(deps)],
      [actionRoute('followUpOutcome', { prefix: true }), followUpOutcome(deps)],
      [actionRoute('followUpSnooze'), followUpSnooze(deps)],
      [actionRoute('followUpClose'), followUpClose(deps)],
      [actionRoute('followUpDraft'), followUpDraft(deps)],
      [actionRoute('followUpMarkSent'), followUpMarkSent(deps)],
      [actionRoute('homeDraft'), homeDraft(deps)],
    ],
    (args) => (args.action as { action_id?: string } | undefined)?.action_id,
  );
  listeners.action<BlockAction>(pattern, listener);
}
