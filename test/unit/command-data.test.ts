import { parseCommand } from '../../src/domain/command';

describe('/outreach forget and export', () => {
  test.each([
    ['forget Jane Doe', { kind: 'forget', prospect: { kind: 'name', name: 'Jane Doe' } }],
    [
      'forget linkedin.com/in/jane-doe',
      { kind: 'forget', prospect: { kind: 'url', name: 'Jane Doe', url: 'https://www.linkedin.com/in/jane-doe' } },
    ],
    ['export', { kind: 'export', mine: false }],
    ['export mine', { kind: 'export', mine: true }],
    ['EXPORT 2026-01-01', { kind: 'export', mine: false, from: '2026-01-01' }],
    ['export from 2026-01-01 to 2026-03-31 mine', { kind: 'export', mine: true, from: '2026-01-01', to: '2026-03-31' }],
  ])('%s', (text, expected) => {
    expect(parseCommand(text)).toEqual(expected);
  });

  test.each([
    ['forget', /Who is the prospect\?/],
    ['forget <!channel>', /person's name/],
    ['export yesterday', /I don't understand "yesterday"/],
    ['export 2026-02-30', /isn't a date in the calendar/],
    ['export 2026-03-01 2026-01-01', /end date comes before the start date/],
    ['export 2026-01-01 2026-02-01 2026-03-01', /Two dates at most/],
  ])('%s → help', (text, problem) => {
    const command = parseCommand(text);
    expect(command.kind).toBe('help');
    expect(command.kind === 'help' && command.problem).toMatch(problem);
  });
});
