/**
 * Who I am, read from the shape of what the sender writes about themself, in any case: a tag of a
 * name and where they work, a first-person clause of what they do and where, or a concrete
 * description of their organisation. Each rule has a near miss that must not count.
 */
import { checkPurpose } from '../../src/domain/purpose-check';
import { mayBeOrganisation, senderTag } from '../../src/domain/purpose-check/names';

const PROSPECT = { name: 'Cian Walsh', company: 'Bean There Cafés', role: 'Owner' };
const who = (text: string) => checkPurpose({ text, prospect: PROSPECT }).parts.who_i_am;

describe('who I am: a sender tag, whatever the case', () => {
  it.each([
    ['a name and a company', 'jory, saltmarsh.'],
    ['a name and a company in brackets', 'Tobi (Fernwell alliances).'],
    ['"here" and a company in brackets with what it does', 'wes here (quillstack, we build bookkeeping bots).'],
    ['an at sign', 'rho @ tinsmith here.'],
    ['after a lowercase addressee', 'cian — jory, saltmarsh.'],
    ['"of" between them', 'Imogen Hartley-Reid of Calder Analytics.'],
    ['a follow-up\'s "again"', 'idris again (tallyhouse).'],
    ['a firm named with what it does', 'jory, brightside consulting.'],
  ])('%s: "%s"', (_name, line) => {
    expect(senderTag(line, new Set(['cian', 'walsh', 'bean', 'there', 'cafés']))).toBe(true);
  });

  it.each([
    ['an adjective and a weekday', 'quick one, tuesday.'],
    ["the prospect's own name and company", 'cian, bean there.'],
    ['a sign-off', 'Warmly, Tomasz'],
    ['a place and an aside', 'Leeds (and Bristol).'],
    ['an imperative', 'Sarah, lead the way.'],
    ['a dotted domain, not two lines', 'Ihnen Schichtplan.io vorzustellen.'],
    ['a role', 'Head of Sales.'],
    ['a bank and a country', 'Bank of America.'],
    ['a city', 'City of London.'],
  ])('not %s: "%s"', (_name, line) => {
    expect(senderTag(line, new Set(['cian', 'walsh', 'bean', 'there', 'cafés']))).toBe(false);
  });

  it('takes a brand for an organisation, but not a function word, a verb or a date', () => {
    expect(mayBeOrganisation('hatchline')).toBe(true);
    expect(mayBeOrganisation('Retourly')).toBe(true);
    expect(mayBeOrganisation('every major core')).toBe(false);
    expect(mayBeOrganisation('lead the way')).toBe(false);
    expect(mayBeOrganisation('last week')).toBe(false);
  });
});

describe('who I am: what I do and where, in lowercase', () => {
  it.each([
    'hi cian, i look after reseller programmes at ferrule. can i send you our checklist?',
    "hi cian, i'm on driftwell's partner team. can i send you our checklist?",
    'hi cian, this is ade from brightmoss. can i send you our checklist?',
  ])('"%s" says who', (text) => {
    expect(who(text).present).toBe(true);
  });

  it.each([
    'hi cian, i do audits for startups and i handle billing at night. can i send you our checklist?',
    'Hi Cian, Dara at Quayside said you are opening a 5th shop. Can I send you our checklist?',
  ])('"%s" does not', (text) => {
    expect(who(text).present).toBe(false);
  });
});

describe('who I am: an organisation described', () => {
  it('counts a concrete one: its size, place or what it makes', () => {
    expect(who("hi cian — we're a 3-person studio in cork that designs menus for cafés. want a copy?").present).toBe(
      true,
    );
  });

  it('does not count a claim any firm makes, even after a capitalised greeting', () => {
    expect(who("Hi Cian, we're a leading creative agency that helps brands grow. Want a call?").present).toBe(false);
  });
});

describe('who I am: shorthand for "with" and "at"', () => {
  it.each([
    ['"w" for with', 'renee, kurt bellamy, freight broker w haulwise in dallas. saw your post on the harvest.'],
    ['"w/" for with', 'renee, kurt bellamy w/ haulwise, freight broker in dallas. saw your post on the harvest.'],
  ])('%s', (_name, text) => {
    const part = who(text);
    expect(part.present).toBe(true);
    // The evidence is what the rep wrote, not the words the shorthand stands for.
    expect(part.evidence).toContain('kurt bellamy');
    expect(part.evidence).not.toContain(' with ');
  });

  it('does not read a lone "w" elsewhere as a sender', () => {
    expect(who('renee, saw your post w the harvest numbers. any chance of a chat?').present).toBe(false);
  });
});
