import type { types } from '@slack/bolt';
import { CHANNEL_LABELS, CHANNELS, type Channel } from '../domain/purpose-check';
import type { SuspectedTypo } from '../domain/spelling';
import { plain, truncate } from './mrkdwn';
import { VIEW_IDS } from '../slack-ids';

/** Block ids double as field names, so a field error from the domain lands on the right input. */
export interface DraftModalValues {
  prospectName?: string;
  company?: string;
  role?: string;
  profileUrl?: string;
  channel?: Channel;
  whoIAm?: string;
  howKnown?: string;
  whyYou?: string;
  whatsInIt?: string;
  ask?: string;
}

interface TextField {
  id: keyof DraftModalValues;
  label: string;
  placeholder: string;
  hint?: string;
  optional?: boolean;
  multiline?: boolean;
  max: number;
}

const FIELDS: TextField[] = [
  { id: 'prospectName', label: 'Prospect name', placeholder: 'Jane Doe', max: 100 },
  { id: 'company', label: 'Company', placeholder: 'Acme Logistics', max: 120 },
  { id: 'role', label: 'Role', placeholder: 'VP Operations', optional: true, max: 120 },
  {
    id: 'profileUrl',
    label: 'LinkedIn profile URL',
    placeholder: 'https://www.linkedin.com/in/jane-doe',
    optional: true,
    max: 300,
  },
];

// The placeholders are one rep's answers about one prospect, written the way reps write them (about
// "her", in fragments): the composer turns exactly these into a purposeful draft, and a unit test holds it to that.
const PARTS: TextField[] = [
  {
    id: 'whoIAm',
    label: 'Who are you?',
    placeholder: 'AE at Questmoor (player segmentation for mobile studios)',
    hint: 'Your role and company in a few words. We remember it for next time.',
    max: 200,
  },
  {
    id: 'howKnown',
    label: 'How do you know of them?',
    placeholder: 'Saw her talk at GDC; Priya Shah suggested I reach out',
    optional: true,
    max: 300,
  },
  {
    id: 'whyYou',
    label: 'Why them?',
    placeholder: 'Her post on cutting day-1 churn by 30% in Lumen Rush',
    hint: 'Something specific they did or said: a post, a talk, a launch, a mutual contact.',
    multiline: true,
    max: 500,
  },
  {
    id: 'whatsInIt',
    label: "What's in it for them?",
    placeholder: 'Our benchmark of 40 studios shows where new players drop off',
    hint: 'Something of value to them, not a pitch: data, an intro, a teardown, an answer.',
    multiline: true,
    max: 500,
  },
  {
    id: 'ask',
    label: 'Your one ask',
    placeholder: 'Would a 15-minute call on Thursday be useful?',
    hint: 'One small, concrete next step.',
    max: 200,
  },
];

/** Each answer's label, as the modal shows it ("Why them?"): for anything that names the answers to a person. */
export const DRAFT_FIELD_LABELS: Readonly<Record<string, string>> = Object.fromEntries(
  [...FIELDS, ...PARTS].map((field) => [field.id, field.label]),
);

/** The hint under an answer with suspected typos: each word, what it may have meant, and how to keep it. */
export function typoHint(typos: readonly SuspectedTypo[]): string {
  const words = typos.map((t) => `“${t.word}”${t.suggestions[0] ? ` (${t.suggestions[0]}?)` : ''}`).join(', ');
  return `⚠ Possible typo${typos.length > 1 ? 's' : ''}: ${words}. Fix ${typos.length > 1 ? 'them' : 'it'}, or compose again to keep ${typos.length > 1 ? 'them' : 'it'} as typed.`;
}

/** The answers a draft is written from, whose words go to the prospect: the ones spell-checked. */
export const DRAFT_ANSWER_PARTS = ['whoIAm', 'howKnown', 'whyYou', 'whatsInIt', 'ask'] as const;

function textInput(field: TextField, value: string | undefined, hintOverride?: string): types.InputBlock {
  const hint = hintOverride ?? field.hint;
  return {
    type: 'input',
    block_id: field.id,
    optional: field.optional ?? false,
    label: plain(field.label, 2000),
    ...(hint ? { hint: plain(hint, 2000) } : {}),
    element: {
      type: 'plain_text_input',
      action_id: 'value',
      multiline: field.multiline ?? false,
      max_length: field.max,
      placeholder: plain(field.placeholder, 150),
      ...(value ? { initial_value: truncate(value, field.max) } : {}),
    },
  };
}

function channelSelect(value: Channel | undefined): types.InputBlock {
  const options = CHANNELS.map((channel) => ({ text: plain(CHANNEL_LABELS[channel], 75), value: channel }));
  const initial = options.find((o) => o.value === (value ?? 'linkedin_message'));
  return {
    type: 'input',
    block_id: 'channel',
    label: plain('Where will you send it?'),
    element: { type: 'static_select', action_id: 'value', options, ...(initial ? { initial_option: initial } : {}) },
  };
}

/**
 * The modal behind `/outreach draft` and "Edit": the prospect, the channel and the four parts.
 * `typos` puts a suspected typo under the answer that holds it, instead of that answer's usual hint.
 */
export function draftModal(
  values: DraftModalValues,
  privateMetadata: string,
  typos: Partial<Record<keyof DraftModalValues, readonly SuspectedTypo[]>> = {},
): types.ModalView {
  return {
    type: 'modal',
    callback_id: VIEW_IDS.draft,
    private_metadata: privateMetadata,
    title: plain('Draft outreach', 24),
    submit: plain('Compose draft', 24),
    close: plain('Cancel', 24),
    blocks: [
      ...FIELDS.map((f) => textInput(f, values[f.id] as string | undefined)),
      channelSelect(values.channel),
      { type: 'divider' },
      ...PARTS.map((f) => {
        const found = typos[f.id];
        return textInput(
          f,
          values[f.id] as string | undefined,
          found && found.length > 0 ? typoHint(found) : undefined,
        );
      }),
    ],
  };
}
