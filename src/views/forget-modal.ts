import type { types } from '@slack/bolt';
import type { ErasurePreview, ProspectTraces } from '../store/erasure';
import { escapeMrkdwn, plain, section } from './mrkdwn';
import { VIEW_IDS } from '../slack-ids';

const n = (count: number, one: string, many: string) => `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;

function whatGoes(t: ProspectTraces): string {
  return [
    `• ${n(t.outreach, 'outreach record', 'outreach records')}: the name, company, role and profile link`,
    `• ${n(t.messages, 'message text', 'message texts')} (drafts, what was sent, follow-ups) and the answers behind them`,
    `• ${n(t.followUps, 'follow-up', 'follow-ups')}, with any reminder still queued`,
  ].join('\n');
}

/**
 * The confirm step of `/outreach forget`: what will go, and (for an admin) whose outreach. The
 * modal's metadata carries the prospect as typed, so the submission erases exactly what was shown.
 */
export function forgetModal(preview: ErasurePreview, metadata: string): types.ModalView {
  const name = escapeMrkdwn(preview.prospectName);
  const blocks: types.KnownBlock[] = [
    section(
      preview.mine.outreach > 0
        ? `*Erase ${name}?* This cannot be undone. From your outreach, this goes:\n${whatGoes(preview.mine)}`
        : `*Erase ${name}?* This cannot be undone. You have no outreach to them yourself.`,
    ),
    section(
      'What stays: anonymous counts (that an outreach was sent on a date, its purpose score, whether it got a reply), so past weekly numbers do not change.',
    ),
  ];
  if (preview.workspace && preview.workspace.byOthers > 0) {
    const mine = { text: plain('Only my outreach'), value: 'rep' };
    const all = {
      text: plain(`Everyone's in this workspace (${n(preview.workspace.outreach, 'record', 'records')})`),
      value: 'workspace',
    };
    blocks.push(
      section(
        `As a workspace admin you may also erase ${name} from other reps' outreach: ${n(preview.workspace.byOthers, 'more record', 'more records')}.`,
      ),
      {
        type: 'input',
        block_id: 'scope',
        label: plain('Erase from'),
        element: {
          type: 'radio_buttons',
          action_id: 'value',
          options: [mine, all],
          initial_option: preview.mine.outreach > 0 ? mine : all,
        },
      },
    );
  }
  return {
    type: 'modal',
    callback_id: VIEW_IDS.forget,
    private_metadata: metadata,
    title: plain('Forget a prospect', 24),
    submit: plain('Erase', 24),
    close: plain('Cancel', 24),
    blocks,
  };
}
