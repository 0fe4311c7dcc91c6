import type { types } from '@slack/bolt';
import type { WhatsNewProblem } from '../domain/follow-up-draft';
import type { PurposeCheckResult } from '../domain/purpose-check';
import { context, escapeMrkdwn, plain, quote, section, truncate, type SlackMessage } from './mrkdwn';
import { purposeCheckBlocks } from './purpose-check';
import { ACTION_IDS, VIEW_IDS } from '../slack-ids';

/** The field error under "What's new for them?": what would count, in under Slack's 150 characters. */
export const WHATS_NEW_ERRORS: Record<WhatsNewProblem, string> = {
  bump: 'That is a nudge, not news. Name what is new for them: a fact, a resource, a result, or a question.',
  too_thin: 'Name the new thing: a fact, a resource, a result, or a question since your last message.',
};

/** Field errors under a follow-up's ask that is too short, and under an empty follow-up as sent. */
export const FOLLOW_UP_ERRORS = {
  ask: 'One small, concrete next step, e.g. "Shall I send the two pages?"',
  sentMessage: 'Paste the follow-up as you sent it.',
} as const;

/** "Draft follow-up": what is new for them, and the one ask. */
export function followUpModal(prospectName: string, privateMetadata: string): types.ModalView {
  return {
    type: 'modal',
    callback_id: VIEW_IDS.followUpDraft,
    private_metadata: privateMetadata,
    title: plain('Draft follow-up', 24),
    submit: plain('Compose follow-up', 24),
    close: plain('Cancel', 24),
    blocks: [
      section(
        `A follow-up to *${escapeMrkdwn(prospectName)}* gets a reply when it brings something new. "Just bumping this" rarely does.`,
      ),
      {
        type: 'input',
        block_id: 'whatsNew',
        label: plain("What's new for them?"),
        hint: plain('A finding, a resource, a relevant change since your last message.'),
        element: {
          type: 'plain_text_input',
          action_id: 'value',
          multiline: true,
          max_length: 500,
          placeholder: plain('We just published a teardown of the onboarding flow you mentioned', 150),
        },
      },
      {
        type: 'input',
        block_id: 'ask',
        label: plain('Your one ask'),
        element: {
          type: 'plain_text_input',
          action_id: 'value',
          max_length: 200,
          placeholder: plain('Shall I send you the two pages on banks your size?', 150),
        },
      },
    ],
  };
}

export function followUpDraftMessage(
  outreachId: string,
  prospectName: string,
  draft: string,
  check: PurposeCheckResult,
): SlackMessage {
  return {
    text: `Your follow-up to ${escapeMrkdwn(prospectName)}: purpose check ${check.score}/100`,
    blocks: [
      section(`:leftwards_arrow_with_hook: Follow-up for *${escapeMrkdwn(prospectName)}*`),
      section(quote(draft)),
      ...purposeCheckBlocks(check),
      {
        type: 'actions',
        block_id: `follow_up_draft_${outreachId}`,
        elements: [
          {
            type: 'button',
            text: plain('Mark as sent', 75),
            action_id: ACTION_IDS.followUpMarkSent,
            value: outreachId,
            style: 'primary',
          },
        ],
      },
      context('Send it, then press *Mark as sent*: the next reminder moves on from then.'),
    ],
  };
}

export function followUpSentModal(prospectName: string, draft: string, privateMetadata: string): types.ModalView {
  return {
    type: 'modal',
    callback_id: VIEW_IDS.followUpSent,
    private_metadata: privateMetadata,
    title: plain('Follow-up sent', 24),
    submit: plain('Log follow-up', 24),
    close: plain('Cancel', 24),
    blocks: [
      section(`What did you send to *${escapeMrkdwn(prospectName)}*?`),
      {
        type: 'input',
        block_id: 'message',
        label: plain('The follow-up as you sent it'),
        element: {
          type: 'plain_text_input',
          action_id: 'value',
          multiline: true,
          max_length: 3000,
          ...(draft ? { initial_value: truncate(draft, 3000) } : {}),
        },
      },
    ],
  };
}
