import type { Refusal } from '../domain/refusal';

/** Words for a refused action: what happened and that nothing changed. */
export const REFUSALS: Record<Refusal, string> = {
  not_found: "I can't find that outreach any more. Nothing was changed.",
  not_yours: 'That outreach belongs to another rep, so only they can change it. Nothing was changed.',
  already_done: 'That was already done. Nothing changed.',
};

/** A refused action in words; `alreadyDone` says what "already done" means for the button pressed. */
export function refusal(reason: Refusal, alreadyDone: string = REFUSALS.already_done): string {
  return reason === 'already_done' ? alreadyDone : REFUSALS[reason];
}

/** A refused action on a follow-up: "already done" means no follow-up is needed. */
export function followUpRefusal(reason: Refusal): string {
  return refusal(reason, 'That outreach is already closed or answered, so no follow-up is needed.');
}

/** Slack did not say whether the person is a workspace admin, so an admin-only change was not made. */
export const ADMIN_UNKNOWN =
  "I couldn't check with Slack whether you're a workspace admin just now, so nothing was changed. Please try again in a minute.";

/** Our side failed: nothing went through, nothing earlier is lost, try again. */
export const SOMETHING_WENT_WRONG =
  "Sorry, something went wrong on our side and that didn't go through. Nothing you logged before is lost; please try again in a minute.";
