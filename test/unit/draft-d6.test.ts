// Composer principles from a blind set's failing drafts (lane draft6), each with a converse that must not change.
import { askSentence, draftMessage, isGenericClaim, whyObserved } from '../../src/domain/draft';
import { companyFirst, listedPlainly, withoutGreetingTo } from '../../src/domain/draft-input';
import { surnameCompanyAsYours, whySeen } from '../../src/domain/draft-frames';

const prospect = { first: 'Rafael', last: 'Costa', full: 'Rafael Costa', company: 'Costa Alimentos' };

describe('who-I-am typed company first', () => {
  it.each([
    ['acme freight, 3pl in reno, 400k sqft', /^I'm with Acme Freight, 3PL in Reno, 400k sqft$/],
    ['carla, drayage, port city haulers', /^I'm Carla with Port City Haulers \(drayage\)$/],
    ['dana, account exec, harbor parcel systems', /^Dana, account exec, Harbor Parcel Systems$/],
  ])('%s', (who, expected) => {
    expect(companyFirst(who)).toMatch(expected);
  });
  it.each([
    'Jo from Routecare, scheduling for home health',
    "I'm Nia, account manager at Fleetsense",
    'Tom Reyes, energy retrofits at Voltwise',
  ])('near miss, left alone: %s', (who) => {
    expect(companyFirst(who)).toBe(who);
  });
  it('is never "I\'m a <company>"', () => {
    const draft = draftMessage({
      channel: 'email',
      prospectName: 'Dana Whitfield',
      whoIAm: 'acme freight, 3pl in reno, 400k sqft',
      whyYou: "you're moving your west coast DC out of Oakland this summer",
      whatsInIt: 'we can take your overflow within 2 weeks',
      ask: 'open to a 20 min call thursday?',
    });
    expect(draft.kind === 'draft' && draft.text).toMatch(/I'm with Acme Freight/);
    expect(draft.kind === 'draft' && draft.text).not.toMatch(/I'm an? acme|I'm acme/i);
  });
});

describe('a greeting to the prospect pasted into an answer', () => {
  it.each([
    ['Bom dia, Rafael! Aqui é a Fernanda, da Rotafria', 'Aqui é a Fernanda, da Rotafria'],
    ['Hi Rafael! Priya here, estimator at Bidframe', 'Priya here, estimator at Bidframe'],
    ['Hallo Herr Costa, hier ist Tim Vogel', 'hier ist Tim Vogel'],
    ['¡Hola Rafael! Soy Ana', 'Soy Ana'],
  ])('%s', (typed, expected) => {
    expect(withoutGreetingTo(typed, prospect)).toBe(expected);
  });
  it.each(['Hi, Priya here, estimator at Bidframe', 'Hola, soy Ana de Lavanda', 'Rafael at Costa told me'])(
    'near miss, no greeting to the prospect: %s',
    (typed) => {
      expect(withoutGreetingTo(typed, prospect)).toBe(typed);
    },
  );
});

describe('values typed as lists', () => {
  it.each([
    [
      'en',
      'less drive time / more visits per day / fewer missed visits',
      'less drive time, more visits a day and fewer missed visits',
    ],
    [
      'en',
      'refrigerated DC + own fleet + live temperature tracking',
      'refrigerated DC, our own fleet and live temperature tracking',
    ],
    ['de', 'weniger Leerfahrten / schnellere Disposition', 'weniger Leerfahrten und schnellere Disposition'],
    [
      'es',
      'recordatorios + agenda online + menos citas perdidas',
      'recordatorios, agenda online y menos citas perdidas',
    ],
    [
      'fr',
      'emballages recyclables + livraison en 10 jours. Cordialement, Julien',
      'emballages recyclables et livraison en 10 jours. Cordialement, Julien',
    ],
    ['pt', 'menos quebra / entrega em 24h', 'menos quebra e entrega em 24h'],
  ] as const)('%s: %s', (lang, typed, expected) => {
    expect(listedPlainly(typed, lang)).toBe(expected);
  });
  it.each(['24/7 support for 20+ recruiters', 'and/or a pilot'])('near miss, no list: %s', (typed) => {
    expect(listedPlainly(typed, 'en')).toBe(typed);
  });
});

describe('value claims', () => {
  it.each(['We help colleges grow', "We're best in class at cloud security", "We're the leading payroll platform"])(
    'generic: %s',
    (claim) => expect(isGenericClaim(claim)).toBe(true),
  );
  it.each([
    'We help 40 colleges grow enrollment 12%',
    'We help Kroger suppliers grow shelf space',
    'We catch bearing failures 3 weeks early',
  ])('specific: %s', (claim) => expect(isGenericClaim(claim)).toBe(false));
});

describe('why-them typed as one word', () => {
  it('a gerund is what their company is doing', () => {
    expect(whyObserved('hiring', 'Coastal Staffing', 'Head of Talent')).toBe('I saw Coastal Staffing is hiring');
  });
  it('a place alone is no claim: their role, plainly', () => {
    expect(whyObserved('Phoenix', 'Haddad Logistics', 'CEO', 'Omar Haddad')).toBe(
      "I'm writing to you in your role as CEO",
    );
  });
  it('near miss: their department is no activity', () => {
    expect(whyObserved('scheduling', 'Brightside', 'Head of Scheduling')).not.toMatch(/is scheduling/);
  });
});

describe('why-them with their company as subject (de/es/pt)', () => {
  it.each([
    ['de', 'Hofmann sucht seit Monaten Fahrer', 'Ich habe gesehen: Hofmann sucht seit Monaten Fahrer'],
    ['es', 'abren el hotel nuevo de marbella en junio', 'Vi que abren el hotel nuevo de marbella en junio'],
    ['es', 'Marsol abre un hotel en junio', 'Vi que Marsol abre un hotel en junio'],
  ] as const)('%s: %s', (lang, typed, expected) => {
    expect(whySeen(lang, typed)).toBe(expected);
  });
  it.each([
    ['de', 'Ich habe Ihren Vortrag gesehen'],
    ['de', 'Sie suchen seit Monaten Fahrer'],
    ['es', 'imagen de marca renovada'],
  ] as const)('near miss, said as typed: %s: %s', (lang, typed) => {
    expect(whySeen(lang, typed)).toBe(typed);
  });
  it("their company bearing the prospect's surname is theirs", () => {
    expect(surnameCompanyAsYours('de', 'Hofmann sucht seit Monaten Fahrer', 'Hofmann Spedition', 'Klaus Hofmann')).toBe(
      'Ihr Unternehmen sucht seit Monaten Fahrer',
    );
    expect(surnameCompanyAsYours('de', 'Nordlicht eröffnet ein Lager', 'Nordlicht Logistik', 'Jörg Brandt')).toBe(
      'Nordlicht eröffnet ein Lager',
    );
  });
});

describe('asks', () => {
  it.each(['call', 'would love to chat sometime', 'grab a slot on my calendar'])('no day invented: %s', (ask) => {
    expect(askSentence(ask, 0)).not.toMatch(/next week/);
  });
});
