import type { types } from '@slack/bolt';
import type { LogField } from '../domain/answers';
import { CHANNEL_LABELS, CHANNELS, type Channel, type PurposeCheckResult } from '../domain/purpose-check';
import { escapeMrkdwn, plain, section, truncate } from './mrkdwn';
import { purposeCheckBlocks } from './purpose-check';
import { VIEW_IDS } from '../slack-ids';

/** The field error under each log-modal answer that cannot be logged (Slack shows 150 characters). */
export const LOG_ERRORS: Record<LogField, string> = {
  prospectName: "The prospect's name, as on their profile: e.g. Jane Doe.",
  message: 'Paste the message as you sent it.',
  channel: 'Pick where you sent it.',
};

/** The field error under an empty "Mark as sent" message. */
export const MARK_SENT_ERROR = 'Paste the message as you sent it, so its purpose check is on record.';

/** Slack's limit for a plain_text_input. */
export const MESSAGE_MAX = 3000;

function messageInput(initial: string | undefined): types.InputBlock {
  return {
    type: 'input',
    block_id: 'message',
    label: plain('The message as you sent it'),
    hint: plain('Paste what you actually sent: edits count.'),
    element: {
      type: 'plain_text_input',
      action_id: 'value',
      multiline: true,
      max_length: MESSAGE_MAX,
      ...(initial ? { initial_value: truncate(initial, MESSAGE_MAX) } : {}),
    },
  };
}

/** "Mark as sent": the text as actually sent, prefilled with the draft. */
export function markSentModal(prospectName: string, draft: string, privateMetadata: string): types.ModalView {
  return {
    type: 'modal',
    callback_id: VIEW_IDS.markSent,
    private_metadata: privateMetadata,
    title: plain('Mark as sent', 24),
    submit: plain('Log as sent', 24),
    close: plain('Cancel', 24),
    blocks: [section(`What did you send to *${escapeMrkdwn(prospectName)}*?`), messageInput(draft)],
  };
}

export interface LogModalValues {
  prospectName?: string;
  company?: string;
  channel?: Channel;
  message?: string;
}

/**
 * `/outreach log` and the "Check & log outreach" shortcut: a message written elsewhere, checked and
 * logged as sent. With a check result, it shows the check first (the shortcut's case).
 */
export function logModal(values: LogModalValues, privateMetadata: string, check?: PurposeCheckResult): types.ModalView {
  const options = CHANNELS.map((channel) => ({ text: plain(CHANNEL_LABELS[channel], 75), value: channel }));
  const initial = options.find((o) => o.value === (values.channel ?? 'linkedin_message'));
  return {
    type: 'modal',
    callback_id: VIEW_IDS.log,
    private_metadata: privateMetadata,
    title: plain(check ? 'Check & log outreach' : 'Log outreach', 24),
    submit: plain('Log as sent', 24),
    close: plain(check ? 'Done' : 'Cancel', 24),
    blocks: [
      ...(check ? [...purposeCheckBlocks(check), { type: 'divider' }, section('*Log it as sent outreach?*')] : []),
      {
        type: 'input',
        block_id: 'prospectName',
        label: plain('Prospect name'),
        element: {
          type: 'plain_text_input',
          action_id: 'value',
          max_length: 100,
          ...(values.prospectName ? { initial_value: truncate(values.prospectName, 100) } : {}),
        },
      },
      {
        type: 'input',
        block_id: 'company',
        optional: true,
        label: plain('Company'),
        element: {
          type: 'plain_text_input',
          action_id: 'value',
          max_length: 120,
          ...(values.company ? { initial_value: truncate(values.company, 120) } : {}),
        },
      },
      {
        type: 'input',
        block_id: 'channel',
        label: plain('Where did you send it?'),
        element: {
          type: 'static_select',
          action_id: 'value',
          options,
          ...(initial ? { initial_option: initial } : {}),
        },
      },
      messageInput(values.message),
    ],
  };
}
