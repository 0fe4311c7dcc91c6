import type { SnoozeOption } from '../../domain/cadence';
import { escapeMrkdwn, reminderTime } from '../../views/mrkdwn';
import type { ListenerDeps } from '../deps';
import { actionValueOf } from '../input';
import { refusal } from '../../views/replies';
import { onButton } from './button';

const VALUE = /^(\d{1,18}):(1d|3d|next_week)$/;

function snoozeOf(body: unknown): { followUpId: string; option: SnoozeOption } | null {
  const match = VALUE.exec(actionValueOf(body)?.value ?? '');
  return match ? { followUpId: match[1]!, option: match[2] as SnoozeOption } : null;
}

/** "Snooze" (1 day, 3 days, next week): the reminder comes back then, at reminder time. */
export function followUpSnooze(deps: ListenerDeps) {
  return onButton(deps, 'snooze', snoozeOf, async ({ rep, action, tell }) => {
    const result = await deps.followUps.snooze(rep, action.followUpId, action.option);
    if (!result.ok) return tell(refusal(result.reason, 'That reminder was already handled. Nothing changed.'));
    const cal = await deps.followUps.calendar(rep);
    const when = reminderTime(result.value.until, cal.timezone);
    await tell(`:zzz: Snoozed *${escapeMrkdwn(result.value.outreach.prospectName)}* until ${when}.`);
  });
}
