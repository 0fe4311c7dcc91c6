import { ASK_INTENT_MAX_LENGTH, composeAskIntentReply } from '../../src/domain/ask-intent';

const names = [
  'Sam Lee',
  'Dr. Priya Shah',
  'jordan',
  'J. Robert Oppenheimer',
  'Ngozi Okonjo-Iweala',
  'María José García',
  'Alex',
  'Chen Wei',
  'Tom Müller',
  'Aisha Khan',
];

describe('composeAskIntentReply', () => {
  it.each<[string, string]>([
    ['Sam Lee', 'Hi Sam,'],
    ['Dr. Priya Shah', 'Hi Priya,'],
    ['jordan', 'Hi Jordan,'],
    ['J. Robert Oppenheimer', 'Hi Robert,'],
    ['  Ngozi   Okonjo-Iweala ', 'Hi Ngozi,'],
    ['', 'Hi,'],
  ])('greets %j by first name only: %s', (name, greeting) => {
    const reply = composeAskIntentReply(name);
    expect(reply.startsWith(`${greeting} `)).toBe(true);
    const surname = name.trim().split(/\s+/).slice(1).pop();
    if (surname && surname.length > 2) expect(reply).not.toContain(surname);
  });

  it.each(names)('asks what %s has in mind, in one short reply', (name) => {
    const reply = composeAskIntentReply(name, { senderFirstName: 'Alex Kim' });
    expect(reply.length).toBeLessThanOrEqual(ASK_INTENT_MAX_LENGTH);
    expect(reply).toMatch(/\?/);
    expect(reply).toMatch(/reach(ed|ing)? out|invitation|invite/);
    expect(reply.endsWith('\n\nAlex')).toBe(true);
    expect(reply).not.toMatch(/[.!?,]{2,}/);
  });

  it('is deterministic and varies between names', () => {
    for (const name of names) expect(composeAskIntentReply(name)).toBe(composeAskIntentReply(name));
    const openings = new Set(names.map((name) => composeAskIntentReply(name).replace(/^Hi [^,]*,/, '')));
    expect(openings.size).toBeGreaterThanOrEqual(3);
  });

  it('stays under 300 characters for a very long name, dropping the sign-off and then the name', () => {
    const long = `${'Bartholomew'.repeat(18)} Smith`;
    const reply = composeAskIntentReply(long, { senderFirstName: 'Alexandra' });
    expect(reply.length).toBeLessThanOrEqual(ASK_INTENT_MAX_LENGTH);
    expect(reply.startsWith('Hi,')).toBe(true);
    expect(reply).not.toContain('Alexandra');
  });
});
