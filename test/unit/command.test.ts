import { type Command, parseCommand, parseProspect } from '../../src/domain/command';

// A Wednesday, so "monday" is five days on and "wednesday" a week on.
const today = '2026-03-18';

function problemOf(command: Command): string {
  if (command.kind !== 'help' || command.problem === undefined) {
    throw new Error(`expected help with a problem, got ${JSON.stringify(command)}`);
  }
  return command.problem;
}

describe('parseCommand', () => {
  it.each<[string, Command]>([
    ['', { kind: 'help' }],
    ['   ', { kind: 'help' }],
    ['help', { kind: 'help' }],
    ['HELP me please', { kind: 'help' }],
    ['list', { kind: 'list' }],
    ['  LIST  ', { kind: 'list' }],
    ['stats', { kind: 'stats' }],
    ['Settings', { kind: 'settings' }],
    ['draft Jane Doe', { kind: 'draft', prospect: { kind: 'name', name: 'Jane Doe' } }],
    ['DRAFT   Jane   Doe ', { kind: 'draft', prospect: { kind: 'name', name: 'Jane Doe' } }],
    ['log @jane.doe', { kind: 'log', prospect: { kind: 'handle', name: 'Jane Doe', handle: 'jane.doe' } }],
    [
      'replied <@U0123ABC|jane.doe>',
      { kind: 'replied', prospect: { kind: 'mention', name: 'Jane Doe', handle: 'jane.doe', slackUserId: 'U0123ABC' } },
    ],
    [
      'draft <https://www.linkedin.com/in/jane-doe-4b1a2c3/>',
      {
        kind: 'draft',
        prospect: { kind: 'url', name: 'Jane Doe', url: 'https://www.linkedin.com/in/jane-doe-4b1a2c3' },
      },
    ],
    ['ask-intent Sam Lee', { kind: 'ask_intent', name: 'Sam Lee' }],
    ['Ask-Intent <https://linkedin.com/in/sam-lee|linkedin.com/in/sam-lee>', { kind: 'ask_intent', name: 'Sam Lee' }],
    ['away off', { kind: 'away', until: null }],
    ['away back', { kind: 'away', until: null }],
    ['back', { kind: 'away', until: null }],
    ['digest off', { kind: 'digest', action: 'off' }],
    ['digest PREVIEW', { kind: 'digest', action: 'preview' }],
    ['digest here', { kind: 'digest', action: 'here' }],
    [
      'digest here monday 09:00 Europe/Berlin',
      { kind: 'digest', action: 'here', day: 1, time: '09:00', timezone: 'Europe/Berlin' },
    ],
    ['digest here fri 4pm', { kind: 'digest', action: 'here', day: 5, time: '16:00' }],
    ['digest here on Sundays at 4:30 pm', { kind: 'digest', action: 'here', day: 7, time: '16:30' }],
    [
      'digest here 12am tue america/new_york',
      { kind: 'digest', action: 'here', day: 2, time: '00:00', timezone: 'America/New_York' },
    ],
    ['digest here thursday noon UTC', { kind: 'digest', action: 'here', day: 4, time: '12:00', timezone: 'UTC' }],
    ['digest here 12pm', { kind: 'digest', action: 'here', time: '12:00' }],
  ])('%j', (text, expected) => {
    expect(parseCommand(text, { today })).toEqual(expected);
  });

  it.each<[string, string]>([
    ['2026-12-24', '2026-12-24'],
    ['until 2026-12-24', '2026-12-24'],
    ['until dec 24', '2026-12-24'],
    ['until 24 dec', '2026-12-24'],
    ['until December 24 2026', '2026-12-24'],
    ['until December 24, 2026', '2026-12-24'],
    ['till the 24th of December', '2026-12-24'],
    ['until Dec 24th', '2026-12-24'],
    // No year: the next time the date comes round.
    ['until jan 3', '2027-01-03'],
    ['until mar 18', '2026-03-18'],
    ['until today', '2026-03-18'],
    ['until tomorrow', '2026-03-19'],
    // Weekday names: the next such day, never today.
    ['until monday', '2026-03-23'],
    ['until Fri', '2026-03-20'],
    ['until wednesday', '2026-03-25'],
    ['until next tuesday', '2026-03-24'],
    ['until 2027-03-18', '2027-03-18'],
  ])('away %j → %s', (rest, until) => {
    expect(parseCommand(`away ${rest}`, { today })).toEqual({ kind: 'away', until });
  });

  it.each<[string, RegExp]>([
    ['frobnicate', /^I don't know "frobnicate"\./],
    ['draft', /^Who is the prospect\? Try \/outreach draft Jane Doe/],
    ['log', /^Who is the prospect\? Try \/outreach log Jane Doe/],
    ['replied', /Who is the prospect/],
    ['draft <!channel>', /doesn't look like a person's name/],
    ['draft &lt;!channel&gt;', /doesn't look like a person's name/],
    ['draft <!subteam^S123|@sales>', /doesn't look like a person's name/],
    ['draft <#C0123|general>', /a Slack channel, not a person/],
    ['draft <mailto:jane@acme.com|jane@acme.com>', /email address isn't a name/],
    ['draft jane@acme.com', /email address isn't a name/],
    ['draft <https://example.com/jane|example.com/jane>', /only read LinkedIn profile links/],
    ['draft https://www.linkedin.com/company/acme', /isn't a person's profile/],
    ['draft <@U1> <@U2>', /One prospect at a time/],
    [`draft ${'A'.repeat(101)}`, /over 100 characters/],
    ['list everything', /takes nothing after it/],
    ['ask-intent', /Who sent you the invitation\?/],
    ['away', /Until when\?/],
    ['away until', /Until when\?/],
    ['away until 2026-03-17', /2026-03-17 is already past/],
    ['away until March 1 2026', /2026-03-01 is already past/],
    ['away until 2026-02-30', /isn't a date in the calendar/],
    ['away until 12/24', /can't read "12\/24" as a date/],
    ['away until 2062-01-01', /more than a year away/],
    ['away until feb 29', /There's no feb 29 in the coming year/],
    ['away until someday soon', /can't read "someday soon" as a date/],
    ['digest', /digest here, \/outreach digest off or \/outreach digest preview/],
    ['digest weekly', /I don't know "digest weekly"/],
    ['digest here Mars/Olympus', /I don't know the time zone "Mars\/Olympus"/],
    ['digest here 9am PST', /as a place, like America\/New_York/],
    ['digest here 25:00', /"25:00" isn't a time of day/],
    ['digest here 13pm', /"13pm" isn't a time of day/],
    ['digest here monday friday', /One day a week/],
    ['digest here soonish', /I don't understand "soonish"/],
    ['digest off now', /takes nothing after it/],
  ])('%j → help: %s', (text, problem) => {
    expect(problemOf(parseCommand(text, { today }))).toMatch(problem);
  });

  it('refuses a text over 4,000 characters without echoing it', () => {
    const text = `draft ${'Jane Doe '.repeat(600)}`;
    const problem = problemOf(parseCommand(text, { today }));
    expect(problem).toMatch(/more than a command can hold/);
    expect(problem).not.toContain('Jane Doe Jane');
    expect(problem.length).toBeLessThan(200);
  });

  it.each(['frob'.repeat(100), `digest here ${'x'.repeat(300)}`, `away until ${'never '.repeat(50)}`])(
    'echoes at most about 40 characters of what was typed (%#)',
    (text) => {
      const problem = problemOf(parseCommand(text, { today }));
      const quoted = /"([^"]*)"/.exec(problem)?.[1] ?? '';
      expect(quoted.length).toBeGreaterThan(0);
      expect(quoted.length).toBeLessThanOrEqual(40);
    },
  );

  it('needs today to resolve relative dates, but reads a full date without it', () => {
    expect(parseCommand('away until 2026-12-24')).toEqual({ kind: 'away', until: '2026-12-24' });
    expect(problemOf(parseCommand('away until monday'))).toMatch(/full date, like 2026-12-24/);
    expect(problemOf(parseCommand('away until dec 24'))).toMatch(/full date/);
  });

  it('asks a today function only for a command that reads a date', () => {
    const asked: string[] = [];
    const lazyToday = (text: string) => () => {
      asked.push(text);
      return today;
    };
    for (const text of ['list', 'stats', 'draft Jane Doe', 'away off', 'away until 2026-12-24'])
      parseCommand(text, { today: lazyToday(text) });
    expect(parseCommand('away until monday', { today: lazyToday('monday') })).toEqual(
      parseCommand('away until monday', { today }),
    );
    expect(asked).toEqual(['away until 2026-12-24', 'monday']);
  });

  it('rejects a malformed today as the caller’s mistake', () => {
    expect(() => parseCommand('away until monday', { today: '18/03/2026' })).toThrow(/options.today/);
  });
});

describe('parseProspect', () => {
  it.each<[string, ReturnType<typeof parseProspect>]>([
    ['Jane Doe', { kind: 'name', name: 'Jane Doe' }],
    ['"Jane Doe"', { kind: 'name', name: 'Jane Doe' }],
    ["Siobhán O'Brien-Ní Bhriain", { kind: 'name', name: "Siobhán O'Brien-Ní Bhriain" }],
    ['李小龍', { kind: 'name', name: '李小龍' }],
    ['Jane Doe &amp; Co', { kind: 'name', name: 'Jane Doe & Co' }],
    ['@jane.doe', { kind: 'handle', name: 'Jane Doe', handle: 'jane.doe' }],
    ['@jane_doe42', { kind: 'handle', name: 'Jane Doe', handle: 'jane_doe42' }],
    ['<@U0123ABC|jane.doe>', { kind: 'mention', name: 'Jane Doe', handle: 'jane.doe', slackUserId: 'U0123ABC' }],
    ['<@W0123ABC>', { kind: 'mention', name: '', slackUserId: 'W0123ABC' }],
    ['<@U0123ABC> Jane Doe', { kind: 'mention', name: 'Jane Doe', slackUserId: 'U0123ABC' }],
  ])('%j', (raw, expected) => {
    expect(parseProspect(raw)).toEqual(expected);
  });

  const IN = 'https://www.linkedin.com/in/';
  it.each<[string, string, string]>([
    // The id stays in the URL (it is what tells two Jane Does apart) but not in the name.
    ['<https://www.linkedin.com/in/jane-doe-4b1a2c3/>', 'Jane Doe', `${IN}jane-doe-4b1a2c3`],
    ['<https://linkedin.com/in/jane-doe|linkedin.com/in/jane-doe>', 'Jane Doe', `${IN}jane-doe`],
    [
      'https://de.linkedin.com/in/Max-Mustermann-123456789?originalSubdomain=de',
      'Max Mustermann',
      `${IN}max-mustermann-123456789`,
    ],
    ['linkedin.com/in/j%C3%BCrgen-m%C3%BCller-mba', 'Jürgen Müller', `${IN}j%C3%BCrgen-m%C3%BCller-mba`],
    ['Jane Smith <https://www.linkedin.com/in/jsmith-77/>', 'Jane Smith', `${IN}jsmith-77`],
    // Slug segments that look like words are kept: only id-like ones (digits, hex with a digit) go.
    ['https://www.linkedin.com/in/ada-bee-cafe', 'Ada Bee Cafe', `${IN}ada-bee-cafe`],
  ])('%j is the profile of %s at %s', (raw, name, url) => {
    expect(parseProspect(raw)).toEqual({ kind: 'url', name, url });
  });

  it.each<[string, RegExp]>([
    ['', /Who is the prospect/],
    ['<!channel>', /doesn't look like a person's name/],
    ['<!here>', /doesn't look like a person's name/],
    ['&lt;script&gt;', /doesn't look like a person's name/],
    ['Jane <b>Doe</b>', /doesn't look like a person's name/],
    ['12345', /doesn't look like a person's name/],
    ['*Jane*', /doesn't look like a person's name/],
    ['https://github.com/janedoe', /only read LinkedIn profile links/],
    ['http://www.linkedin.com/in/', /isn't a person's profile/],
    ['https://www.linkedin.com/sales/lead/ACwAAA', /isn't a person's profile/],
    ['@', /doesn't look like an @handle/],
    ['N'.repeat(101), /over 100 characters/],
  ])('%j → %s', (raw, error) => {
    const parsed = parseProspect(raw);
    expect('error' in parsed && parsed.error).toMatch(error);
  });

  it('accepts a name of exactly 100 characters', () => {
    const name = `${'Anna '.repeat(19)}Maria`;
    expect(name).toHaveLength(100);
    expect(parseProspect(name)).toEqual({ kind: 'name', name });
  });
});
