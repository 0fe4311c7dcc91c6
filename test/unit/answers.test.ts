import { MIN_ANSWER_LENGTH, tooShort, type AnswerField } from '../../src/domain/answers';

describe('modal answers too short to act on', () => {
  it.each<[AnswerField, string | undefined, boolean]>([
    ['prospectName', undefined, true],
    ['prospectName', 'J', true],
    ['prospectName', ' J ', true],
    ['prospectName', 'Al', false],
    ['sentMessage', '', true],
    ['sentMessage', '  \n ', true],
    ['sentMessage', 'Hi', false],
    ['whatsNew', 'a new report', true],
    ['whatsNew', 'the Q3 benchmark', false],
    ['ask', 'Call?', true],
    ['ask', '   Call?   ', true],
    ['ask', 'Shall I send it?', false],
  ])('%s %j → too short: %s', (field, answer, expected) => {
    expect(tooShort(field, answer)).toBe(expected);
  });

  it('the limits sit just above a slip of the hand', () => {
    expect(MIN_ANSWER_LENGTH).toEqual({ prospectName: 2, sentMessage: 2, whatsNew: 15, ask: 8 });
  });
});
