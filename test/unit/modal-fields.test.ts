import { fieldLimitErrors, MODAL_FIELD_LIMITS, withoutControlCharacters } from '../../src/domain/modal-fields';
import { defaultTeamSettings } from '../../src/store/team-settings';
import { draftModal } from '../../src/views/draft-modal';
import { followUpModal, followUpSentModal } from '../../src/views/follow-up';
import { logModal, markSentModal } from '../../src/views/message-modals';
import { settingsModal } from '../../src/views/settings-modal';

describe('withoutControlCharacters', () => {
  it.each([
    ['Jane\u0000 Doe', 'Jane Doe'],
    ['line one\nline two', 'line one\nline two'],
    ['a\tb', 'a\tb'],
    ['bell\u0007 and escape\u001b[31m', 'bell and escape[31m'],
    ['windows\r\nline', 'windows\nline'],
    ['del\u007f and c1\u0085\u009f', 'del and c1'],
    ['Zoë Ørsted 山田 🙂', 'Zoë Ørsted 山田 🙂'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(withoutControlCharacters(input)).toBe(expected);
  });
});

describe('fieldLimitErrors', () => {
  const limits = { prospectName: 100, message: 3000 };
  it.each([
    [{ prospectName: 'x'.repeat(100) }, {}],
    [{ prospectName: 'x'.repeat(101) }, { prospectName: 'Keep it under 100 characters (now 101).' }],
    [{ prospectName: 'x'.repeat(10_000) }, { prospectName: 'Keep it under 100 characters (now 10,000).' }],
    [{ message: 'm'.repeat(3_900_000) }, { message: 'Keep it under 3,000 characters (now 3,900,000).' }],
    [{ channel: 'x'.repeat(500) }, {}], // a select: no text limit of ours
    [{}, {}],
  ])('%#', (answers, expected) => {
    expect(fieldLimitErrors(answers, limits)).toEqual(expected);
  });
});

/** Every plain_text_input of a modal: block id → max_length. */
function inputLimits(modal: object): Record<string, number> {
  const out: Record<string, number> = {};
  for (const block of (modal as { blocks: Array<Record<string, any>> }).blocks) {
    if (block.type === 'input' && block.element?.type === 'plain_text_input')
      out[block.block_id] = block.element.max_length;
  }
  return out;
}

describe('the server limits are the ones the modals show', () => {
  it.each([
    ['draft', draftModal({}, '{}')],
    ['log', logModal({}, '{}')],
    ['markSent', markSentModal('Jane', 'Hi', '{}')],
    ['followUp', followUpModal('Jane', '{}')],
    ['followUpSent', followUpSentModal('Jane', 'Hi', '{}')],
    ['settings', settingsModal(defaultTeamSettings())],
  ] as const)('%s', (name, modal) => {
    expect(inputLimits(modal)).toEqual(MODAL_FIELD_LIMITS[name]);
  });
});
