import type { types } from '@slack/bolt';
import type { TeamSettings } from '../store/team-settings';
import { plain } from './mrkdwn';
import { VIEW_IDS } from '../slack-ids';

const DAY_NAMES = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function text(
  blockId: string,
  label: string,
  value: string,
  hint: string,
  optional = false,
  multiline = false,
): types.InputBlock {
  return {
    type: 'input',
    block_id: blockId,
    optional,
    label: plain(label),
    hint: plain(hint),
    element: {
      type: 'plain_text_input',
      action_id: 'value',
      multiline,
      max_length: multiline ? 3000 : 100,
      ...(value ? { initial_value: value } : {}),
    },
  };
}

/** `/outreach settings`: the follow-up cadence, calendar and digest privacy for the workspace. */
export function settingsModal(s: TeamSettings): types.ModalView {
  const show = { text: plain('Show reps by name'), value: 'show' };
  const hide = { text: plain('Numbers only, no names'), value: 'hide' };
  return {
    type: 'modal',
    callback_id: VIEW_IDS.settings,
    title: plain('Purposeful settings', 24),
    submit: plain('Save', 24),
    close: plain('Cancel', 24),
    blocks: [
      text(
        'cadence',
        'Follow-up cadence (business days)',
        s.cadenceDays.join(', '),
        'First follow-up after the send, then after the previous touch. E.g. 3, 7',
      ),
      text('reminderTime', 'Reminder time', s.reminderTime, "In each rep's own time zone, e.g. 09:30"),
      text(
        'weekendDays',
        'Weekend days',
        s.weekendDays.map((d) => DAY_NAMES[d]).join(', '),
        'No reminders on these days, e.g. Sat, Sun',
      ),
      text(
        'holidays',
        'Holidays',
        s.holidays.join(', '),
        'Dates without reminders, e.g. 2026-12-24, 2026-12-25',
        true,
        true,
      ),
      text(
        'timezone',
        'Team time zone',
        s.timezone ?? '',
        'For the digest week and reps whose zone Slack does not tell, e.g. Europe/Berlin',
        true,
      ),
      {
        type: 'input',
        block_id: 'showRepNames',
        label: plain('Reps in the weekly digest'),
        element: {
          type: 'radio_buttons',
          action_id: 'value',
          options: [show, hide],
          initial_option: s.showRepNames ? show : hide,
        },
      },
      text(
        'retentionDays',
        'Keep outreach texts (days)',
        String(s.retentionDays),
        'After this many days, message texts and profile links are blanked; the numbers stay. 30 to 3650.',
      ),
      {
        type: 'input',
        block_id: 'managerIds',
        optional: true,
        label: plain('Managers'),
        hint: plain("They may export the whole team's outreach with /outreach export (admins always may)."),
        element: {
          type: 'multi_users_select',
          action_id: 'value',
          max_selected_items: 100,
          ...(s.managerIds.length > 0 ? { initial_users: s.managerIds } : {}),
        },
      },
    ],
  };
}
