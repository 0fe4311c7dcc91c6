import type { RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Refusal } from '../services/types';
import { notice } from '../views/help';

/** Words for a refused action: what happened and that nothing changed. */
export const REFUSALS: Record<Refusal, string> = {
  not_found: "I can't find that outreach any more. Nothing was changed.",
  not_yours: 'That outreach belongs to another rep, so only they can change it. Nothing was changed.',
  already_done: 'That was already done. Nothing changed.',
};

/** A refused action on a follow-up: as REFUSALS, but "already done" means no follow-up is needed. */
export function followUpRefusal(reason: Refusal): string {
  return reason === 'already_done' ? 'That outreach is already closed or answered, so no follow-up is needed.' : REFUSALS[reason];
}

export const SOMETHING_WENT_WRONG =
  "Sorry, something went wrong on our side and that didn't go through. Nothing you logged before is lost; please try again in a minute.";

/**
 * An ephemeral word to the person who pressed or typed: through the response URL when Slack gave
 * one, otherwise as an ephemeral message (or a DM when there is no channel). It never throws: a
 * failed notice is logged, not turned into a second failure.
 */
export async function tellUser(
  args: { respond?: RespondFn; client: WebClient; logger: { warn(...msg: unknown[]): void }; userId: string; channelId?: string },
  text: string,
): Promise<void> {
  const message = notice(text);
  try {
    if (args.respond) {
      await args.respond({ response_type: 'ephemeral', replace_original: false, ...message });
    } else if (args.channelId && !args.channelId.startsWith('D')) {
      await args.client.chat.postEphemeral({ channel: args.channelId, user: args.userId, ...message });
    } else {
      await args.client.chat.postMessage({ channel: args.userId, ...message });
    }
  } catch (err) {
    args.logger.warn({ err }, 'could not tell the user');
  }
}
