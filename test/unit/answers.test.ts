import {
  MIN_ANSWER_LENGTH,
  tooShort,
  unusableLogAnswers,
  type AnswerField,
  type LogField,
} from '../../src/domain/answers';

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

describe('log modal answers that cannot be logged as they are', () => {
  const fine = { prospectName: 'Jane Doe', message: 'Hi Jane, saw your talk…', channel: 'linkedin_message' };
  it.each<[string, Partial<typeof fine>, LogField[]]>([
    ['all answered', fine, []],
    ['a one-letter name', { ...fine, prospectName: 'J' }, ['prospectName']],
    ['a mention pasted as the name', { ...fine, prospectName: '<@U123|jane>' }, ['prospectName']],
    ['a name with a stray >', { ...fine, prospectName: 'Jane > Doe' }, ['prospectName']],
    ['no name at all', { ...fine, prospectName: undefined }, ['prospectName']],
    ['a blank message', { ...fine, message: '  \n ' }, ['message']],
    ['no channel picked', { ...fine, channel: undefined }, ['channel']],
    ['a channel we do not know', { ...fine, channel: 'fax' }, ['channel']],
    ['email is a channel', { ...fine, channel: 'email' }, []],
    ['nothing answered', {}, ['prospectName', 'message', 'channel']],
  ])('%s → %j', (_, values, expected) => {
    expect(unusableLogAnswers(values)).toEqual(expected);
  });
});
