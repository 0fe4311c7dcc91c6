import type { ReplyOutcome } from '../../services/followups';
import { escapeMrkdwn } from '../../views/mrkdwn';
import { OUTCOME_LABELS } from '../../views/reminder';
import type { ListenerDeps } from '../deps';
import { actionValueOf } from '../input';
import { refusal } from '../../views/replies';
import { onButton } from './button';

const VALUE = /^(\d{1,18}):(positive|neutral|not_interested)$/;

function outcomeOf(body: unknown): { outreachId: string; outcome: ReplyOutcome } | null {
  const match = VALUE.exec(actionValueOf(body)?.value ?? '');
  return match ? { outreachId: match[1]!, outcome: match[2] as ReplyOutcome } : null;
}

/** Positive, Neutral or Not interested: the reply is recorded and the reminders stop. */
export function followUpOutcome(deps: ListenerDeps) {
  return onButton(deps, 'outcome', outcomeOf, async ({ args, rep, action, tell }) => {
    const result = await deps.followUps.recordReply(rep, action.outreachId, action.outcome);
    if (!result.ok) return tell(refusal(result.reason, 'That reply is already recorded. Nothing changed.'));
    const text = `:speech_balloon: Recorded: *${escapeMrkdwn(result.value.prospectName)}* replied (${OUTCOME_LABELS[action.outcome].toLowerCase()}). No more reminders for this one.`;
    if (args.respond)
      await args.respond({
        replace_original: true,
        text,
        blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }],
      });
    else await tell(text);
  });
}
