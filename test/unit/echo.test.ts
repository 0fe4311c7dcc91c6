import { ECHO_LIMIT, echo, quoted } from '../../src/domain/echo';
import { isValidTimeZone } from '../../src/domain/time-zone';

describe('echo: a rep’s own words, as a message may repeat them', () => {
  it.each([
    ['tomorrow', 'tomorrow'],
    ['  next   week ', 'next   week'],
    ['a\u0000b\u0007c\u001b[31md\u007f', 'abc[31md'],
    ['x'.repeat(ECHO_LIMIT), 'x'.repeat(ECHO_LIMIT)],
    ['x'.repeat(ECHO_LIMIT + 1), `${'x'.repeat(ECHO_LIMIT - 1)}…`],
    ['', ''],
  ])('echo(%j) → %j', (input, expected) => {
    expect(echo(input)).toBe(expected);
    expect(echo(input).length).toBeLessThanOrEqual(ECHO_LIMIT);
  });

  it('quotes what it echoes', () => {
    expect(quoted(' 25:00 ')).toBe('"25:00"');
  });
});

describe('isValidTimeZone', () => {
  it.each([
    ['Europe/Berlin', true],
    ['America/New_York', true],
    ['UTC', true],
    ['Mars/Olympus_Mons', false],
    ['', false],
    ['Europe/Berlin', true], // a second time, from memory
  ])('%j → %s', (zone, valid) => {
    expect(isValidTimeZone(zone)).toBe(valid);
  });
});
