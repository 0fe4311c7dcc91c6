/**
 * The purpose check's principles on labelled fixtures written for these tests (not the team corpus,
 * which lives outside the repo and is scored by `npm run eval`): each kind of why-you, offers however
 * phrased, each kind of pushiness, the supported languages, and "not checked" for the rest.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkPurpose, FINDING_CODES, type CheckVerdict, type Prospect } from '../../src/domain/purpose-check';

interface Fixture {
  id: string;
  text: string;
  label: CheckVerdict;
  lang?: string;
  prospect?: Prospect;
  /** Findings that must be raised. */
  expect?: string[];
  /** Findings that must not be raised: a part that is there is never asked for. */
  expect_absent?: string[];
}

const readFixtures = (name: string): Fixture[] =>
  fs
    .readFileSync(path.join(__dirname, `../fixtures/${name}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Fixture);
const rows = readFixtures('purpose-check-principles');
/**
 * Cases of the rules in the same form that the second opinion does not learn from (scripts/train-second-opinion.ts reads
 * only the file above): as principle fixtures, purposeful messages like these moved its borderline answers on blind and
 * read messages both ways, whatever they said.
 */
const ruleCases = readFixtures('purpose-check-rules');

describe('purpose check principles', () => {
  it('has fixtures for every group', () => {
    for (const prefix of ['why-', 'offer-', 'push-', 'boiler-', 'de-', 'es-', 'fr-', 'pt-']) {
      expect(rows.filter((r) => r.id.startsWith(prefix)).length).toBeGreaterThan(0);
    }
    expect(rows.filter((r) => r.label === 'not_checked').length).toBeGreaterThanOrEqual(3);
  });

  it.each([...rows, ...ruleCases].map((r) => [r.id, r] as const))('%s', (_id, row) => {
    const result = checkPurpose({ text: row.text, ...(row.prospect ? { prospect: row.prospect } : {}) });
    const codes = result.findings.map((f) => f.code);
    expect({ verdict: result.verdict, codes }).toEqual({
      verdict: row.label,
      codes: expect.arrayContaining(row.expect ?? []),
    });
    for (const absent of row.expect_absent ?? []) expect(codes).not.toContain(absent);
    if (row.lang) expect(result.lang).toBe(row.lang);
    for (const code of codes) expect(FINDING_CODES).toContain(code);
  });
});

// Asks the rules must keep, kept out of the fixtures above because the second opinion learns from those: three
// near misses of the stop-32 rules ("Haben wir, …", "tudo bem com o senhor?", "¿Cachai que tenemos …?").
describe('asks the answer-and-greeting rules leave alone', () => {
  it.each([
    [
      'ask-de-verb-first-with-comma-is-still-an-ask',
      'Hallo Herr Meier, ich bin Jonas Berger von Routiq in Hamburg. Ihr Vortrag beim Hafentag Kiel zum Stau vor Gate 3 hat mir gut gefallen. Ich habe eine Auswertung von 4 Terminals, die den Stau halbiert haben. Passt es, wenn ich Sie am Dienstag kurz anrufe und sie Ihnen zeige.',
    ],
    [
      'ask-pt-closing-tudo-bem-com-voce-is-an-ask',
      'Olá Ana, sou a Carla Menezes da Caatinga Sistemas, em Caruaru. Vi sua entrevista no Jornal do Commercio sobre as filas nas lojas de Arcoverde. Tenho um resumo de como um mercado de Garanhuns reduziu a fila em 30%. Te ligo na terça às 10h para mostrar, tudo bem com você?',
    ],
    [
      'ask-es-cachai-que-nos-juntemos-is-an-ask',
      'Hola Matías, soy Fernanda Rojas de Minetrack, en Antofagasta. Vi tu charla en la UCN sobre las fallas de rodamientos en la chancadora. Tengo una ficha con resultados de una chancadora parecida. ¿Cachai que nos juntemos 15 minutos el martes para mostrártela?',
    ],
  ])('%s', (_id, text) => {
    const result = checkPurpose({ text });
    expect(result.parts.one_clear_ask.present).toBe(true);
    expect(result.findings.map((f) => f.code)).not.toContain('no_ask');
  });
});

describe('not checked', () => {
  const italian = rows.find((r) => r.id === 'it-not-checked');

  it('gives no score and no parts, names the language, and says so in one finding', () => {
    const result = checkPurpose({ text: italian?.text ?? '' });
    expect(result.verdict).toBe('not_checked');
    expect(result.lang).toBe('it');
    expect(result.score).toBe(0);
    expect(Object.values(result.parts).every((p) => !p.present)).toBe(true);
    expect(result.findings).toEqual([
      expect.objectContaining({ code: 'not_checked', message: expect.stringContaining('Italian') }),
    ]);
  });

  it('checks a short English note rather than calling it unknown', () => {
    expect(checkPurpose({ text: "Let's connect!" }).verdict).toBe('boilerplate');
  });
});

describe('findings a rep can act on', () => {
  it('turns round a sentence about the sender, never one of shared history, and says which one without "e.g."', () => {
    const text =
      "Hi Nell, we met briefly at the Harvest Expo drinks last week. I'm Ravi from Cropline. We build soil sensors. Our team has shipped 3,000 of them. We also run a support desk. Can we talk?";
    const about = checkPurpose({ text }).findings.find((f) => f.code === 'about_you');
    expect(about?.sentence).toBe('We build soil sensors.');
    expect(about?.message).toContain('for example this one: "We build soil sensors."');
    expect(about?.message).not.toContain('e.g.');
  });

  it('gives no "about you" advice to a message that names their detail and hands them something', () => {
    const text =
      "Hi Nell, we met briefly at the Harvest Expo drinks last week. I'm Ravi from Cropline. We logged soil moisture on 40 farms in the Fens. We wrote up the three irrigation patterns that saved the most water. I'd be glad to send the write-up. Want it?";
    const result = checkPurpose({ text });
    expect(result.verdict).toBe('purposeful');
    expect(result.findings.map((f) => f.code)).not.toContain('about_you');
  });

  it('asks when the reason why them is thin, quoting it', () => {
    const result = checkPurpose({
      text: 'Hi Sam, I came across your recent post. I am Jo from Tallyfield. Want to hop on a call?',
    });
    const unsure = result.findings.find((f) => f.code === 'unsure_why_you');
    expect(unsure?.message).toMatch(/^Is "your recent post" specific enough/);
    expect(unsure?.sentence).toBe('I came across your recent post.');
  });

  const MILL = "Hi Lena, I'm Max from Timberline. I saw Nordholz opened a mill in Bremen in May.";
  it.each<[string, string, string, Record<string, string>]>([
    [
      'quotes the sentence of a pushy deadline and proposes it without the deadline',
      `${MILL} Happy to send our start-up checklist, just reply by Friday.`,
      'deadline',
      {
        sentence: 'Happy to send our start-up checklist, just reply by Friday.',
        suggestion: 'Without it: "Happy to send our start-up checklist, just reply."',
      },
    ],
    [
      'builds the missing ask from what the rep offers',
      `${MILL} We wrote a checklist for mill start-ups.`,
      'no_ask',
      { suggestion: 'End with: "Want me to send you the checklist?"' },
    ],
    [
      "proposes a lighter ask in the rep's own sentence",
      `${MILL} We wrote a checklist for mill start-ups. Could we do a 60-minute call next week?`,
      'heavy_ask',
      { suggestion: 'Ask for less: "Could we do a 15-minute call next week?"' },
    ],
  ])('%s', (_title, text, code, expected) => {
    expect(checkPurpose({ text }).findings.find((f) => f.code === code)).toMatchObject(expected);
  });

  it('advises on a long, shouting subject line', () => {
    const text =
      'Subject: QUICK QUESTION about an exciting partnership opportunity for your whole team\n\nHi Lena, I saw your talk at LogiMAT on pallet tracking. I am Max from Timberline. Want our checklist?';
    expect(checkPurpose({ text, channel: 'email' }).findings.map((f) => f.code)).toContain('subject_line');
  });

  it('says "meeting imposed", not "no clear ask", for a meeting put in their calendar', () => {
    const text =
      "Hi Kate, I'm Liam from Routely. I read your interview on driver turnover in FleetOwner. I've put 30 minutes in your calendar for Thursday.";
    const codes = checkPurpose({ text }).findings.map((f) => f.code);
    expect(codes).toContain('meeting_imposed');
    expect(codes).not.toContain('no_ask');
  });
});

// Near misses of the stop-33 rules, kept out of the fixtures for the same reason: after an ask, "if you tell me the time,
// I'll send the invite" takes it up and is no second ask; "stehe ich Ihnen gern zur Verfügung" is a courtesy, no offer.
describe('what the stop-33 rules leave alone', () => {
  it('pt: "Se me disser a hora, envio o convite" after an ask is no second ask', () => {
    const result = checkPurpose({
      text: 'Olá Marta, sou o Rui Lopes da Tarifa Viva, no Porto. Vi no Publituris que o Hotel Douro Azul vai abrir mais 20 quartos em junho. Preparámos um estudo com as tarifas de 12 hotéis do Douro no verão passado e posso mostrá-lo. Tem 20 minutos na próxima semana? Se me disser a hora, envio o convite. Cumprimentos, Rui',
    });
    expect(result.verdict).toBe('purposeful');
    expect(result.findings.map((f) => f.code)).not.toContain('several_asks');
  });

  it('de: "Bei Fragen stehe ich Ihnen gern zur Verfügung" offers nothing', () => {
    const result = checkPurpose({
      text: 'Hallo Herr Wendt, ich bin Lena Voss von Nordfräs in Bremen. Ihr Beitrag in der Dental Dialog zu Zirkon-Brücken hat mir gefallen. Hätten Sie am Dienstag 15 Minuten für ein Gespräch? Bei Fragen stehe ich Ihnen gern zur Verfügung.',
    });
    expect(result.parts.whats_in_it_for_you.present).toBe(false);
  });

  it('en: a past article ("I wrote last month about …") is no follow-up', () => {
    const result = checkPurpose({
      text: "Hi Dana, I'm Sam from Ductwise. I wrote last month about grease limits in hotel kitchens and your two Leeds hotels came up in the data. Happy to send you the one-page summary?",
    });
    const codes = result.findings.map((f) => f.code);
    expect(codes).not.toContain('pushy_follow_up');
    expect(codes).not.toContain('follow_up_adds_value');
  });
});

// Two German rules of stop 33 checked here rather than as fixtures: as fixtures, the second opinion learned from them and
// moved blind pp004 and read ws011 the wrong way.
describe('German follow-ups and introductions (stop 33)', () => {
  it('de: "Mittlerweile gibt es Zahlen" after pointing back is a follow-up that adds value', () => {
    const codes = checkPurpose({
      text: 'Guten Tag Frau Reuter, ich hatte Ihnen im März wegen Ihrer Kühlhäuser in Bremen geschrieben. Mittlerweile gibt es Zahlen: Bei einem Tiefkühllogistiker in Verden sind seit vier Monaten 40 Kältemaschinen an unserer Lastregelung, ohne einen einzigen Alarm, und die Stromspitzen liegen 28 % niedriger.\n\nIch habe das auf einer Seite zusammengefasst. Darf ich sie Ihnen schicken?\n\nViele Grüße\nTom Brandes, Kaltwerk Nord',
    }).findings.map((f) => f.code);
    expect(codes).toContain('follow_up_adds_value');
    expect(codes).not.toContain('no_why_you');
  });

  it('de: "Darf ich Sie beide miteinander bekannt machen?" offers an introduction', () => {
    const result = checkPurpose({
      text: 'Guten Tag Herr Imhof\n\nIn Ihrem Interview in der Handelszeitung sagen Sie, dass neue Pflegekräfte bei Ihnen sechs Wochen brauchen, bis sie selbständig Dienste übernehmen.\n\nIch bin Sara Brunner von Einstieg AG; wir machen Einarbeitungssoftware für Kliniken. Frau Dr. Keller, Pflegedirektorin am Spital Aarau, hat das auf drei Wochen gesenkt und tauscht sich gern darüber aus.\n\nDarf ich Sie beide miteinander bekannt machen?\n\nFreundliche Grüsse\nSara Brunner',
    });
    expect(result.verdict).toBe('purposeful');
    expect(result.findings.map((f) => f.code)).not.toContain('no_value');
  });
});

describe('a tag just before the closing question says who (stop 33)', () => {
  const body =
    "Hi Isobel, last month you said on here that your colourists kept getting the same HMRC status question wrong. We've since written a plain-English status template for post houses. It's signed off by our employment lawyer and free to use.";
  it('"Grace Lyle, Rushes Post. Shall I send the PDF here?" names the sender and her firm', () => {
    const codes = checkPurpose({ text: `${body} Grace Lyle, Rushes Post. Shall I send the PDF here?` }).findings.map(
      (f) => f.code,
    );
    expect(codes).not.toContain('no_who_i_am');
  });
  it('near miss: "Thanks, Grace." there is a thank-you, not who', () => {
    const codes = checkPurpose({ text: `${body} Thanks, Grace. Shall I send the PDF here?` }).findings.map(
      (f) => f.code,
    );
    expect(codes).toContain('no_who_i_am');
  });
});

// Near misses a second reader found for the stop-33 cues, each reproduced before it was mended (and the German nudge
// with its relative clause after the verb, which the first version missed).
describe('what the stop-33 cues leave alone (second reader)', () => {
  it.each([
    [
      'es: "desde mi experiencia" is a career, not an earlier message: no follow-up excuses who and why',
      'Hola Marta: desde mi experiencia en almacenes, el mayor coste oculto es la reubicación de palés. Le adjunto una guía de 4 páginas con los cinco errores más comunes y cómo evitarlos. ¿Le sirve?',
      ['no_who_i_am', 'no_why_you'],
      ['follow_up_adds_value'],
    ],
    [
      'de: "seit meiner Zeit als …" is a career, not an earlier message',
      'Guten Tag Frau Keller, seit meiner Zeit als Lagerleiterin bei DHL weiß ich, wie teuer Umlagerungen sind. Anbei eine Checkliste mit den fünf häufigsten Fehlern. Hilft Ihnen das?',
      ['no_who_i_am', 'no_why_you'],
      ['follow_up_adds_value'],
    ],
    [
      'fr: "je suis votre parcours depuis notre rencontre au salon" keeps its reason',
      'Bonjour Madame Roux, je suis votre parcours depuis notre rencontre au salon SIRHA à Lyon. Je suis Claire Dubois, de Pomlog. Auriez-vous 15 minutes jeudi ?',
      [],
      ['generic_flattery', 'no_why_you'],
    ],
    [
      'fr: "je suis recruteuse" is "I am", not "I follow"',
      "Bonjour Madame Roux, je suis recruteuse chez Talentia et votre parcours chez Geodis correspond exactement à un poste de directrice d'entrepôt que nous ouvrons à Lyon. Auriez-vous 15 minutes jeudi ?",
      [],
      ['generic_flattery'],
    ],
    [
      "de: the sender's own firm's reputation is no flattery of them",
      'Guten Tag Frau Keller, ich bin Jonas Weber von der Kanzlei Weber & Roth. Unsere Kanzlei genießt einen hervorragenden Ruf im Arbeitsrecht, und ich habe gesehen, dass Sie im März 40 Stellen in Kassel ausgeschrieben haben. Hätten Sie am Donnerstag 15 Minuten?',
      [],
      ['generic_flattery'],
    ],
    [
      'de: "Ich präsentiere Ihnen gern unser Leistungsspektrum" offers nothing',
      'Sehr geehrter Herr Brandt,\n/ ich bin Jonas Weber von Kühlkette Nord. Wir transportieren temperaturgeführte Ware für Apotheken in Norddeutschland. Ich präsentiere Ihnen gern unser Leistungsspektrum. Hätten Sie nächste Woche 20 Minuten Zeit für ein Gespräch?\n/ Beste Grüße\nJonas Weber',
      ['no_value'],
      [],
    ],
    [
      'fr: "Notre équipe est prête à vous présenter notre gamme" offers nothing',
      'Bonjour Madame Roux, je suis Claire Dubois, de Pomlog. Notre équipe est prête à vous présenter notre nouvelle gamme de rayonnages. Auriez-vous 15 minutes jeudi ?',
      ['no_value'],
      [],
    ],
    [
      'es: "si me envía las facturas y me dice qué sede …" after an ask is a second ask',
      'Hola Marta, soy Diego Ramos, de Ahorra Energía. Vi que abrieron la planta de Toluca en marzo. ¿Tendría 15 minutos el jueves? Si me envía las facturas de luz de los últimos tres meses y me dice qué sede le preocupa más, le preparo un análisis de ahorro.',
      ['several_asks'],
      [],
    ],
    [
      'de: "haben die meisten Betriebe noch nichts gehört" is no nudge',
      'Guten Tag Herr Brandt, von der neuen BAFA-Förderung für Kühlanlagen haben die meisten Betriebe noch nichts gehört. Ich bin Jonas Weber von Kühlkette Nord, wir haben 2025 schon 14 Anträge für Apotheken in Hamburg begleitet. Hätten Sie am Donnerstag 15 Minuten?',
      [],
      ['pushy_follow_up'],
    ],
    [
      'es: "los agentes pudieron revisar los correos" is no nudge',
      'Hola Marta: en Seguros Ruiz, con nuestra bandeja compartida los agentes pudieron revisar los correos de clientes en la mitad de tiempo. ¿Le interesa verlo 15 minutos el jueves? Saludos, Diego Ramos, Bandejo',
      [],
      ['pushy_follow_up'],
    ],
    [
      'fr: "Quelqu\'un du service achats" is no referrer',
      "Bonjour Madame Roux, je suis Claire Dubois, de Pomlog. Quelqu'un du service achats m'a dit que vous renouveliez votre flotte de chariots. Auriez-vous 15 minutes jeudi ?",
      ['no_why_you'],
      [],
    ],
    [
      'es: "contar con usted en mi red de puntos de venta" is no default invitation',
      'Hola Marta, soy Diego Ramos, de Vinos del Valle. Distribuyo vinos de Valle de Guadalupe y me encantaría contar con usted en mi red de puntos de venta: margen del 35% y reposición semanal. ¿Tendría 15 minutos el jueves?',
      [],
      ['default_invitation'],
    ],
    [
      "en: a customer's name under their quote is no signature",
      'Hi Dana, saw your post about returns eating margin at Bloom. We rebuilt the returns flow for a grocer your size last spring. Returns fell from 9% to 4% in a quarter. "It halved our rework." Maria Chen, Fresh Direct. Want the two-page case study?',
      ['no_who_i_am'],
      [],
    ],
    [
      'de: "über 1900 Fahrzeuge und 2000 Kunden" are figures, not years',
      'Guten Tag Frau Keller, als führender Anbieter für Kühltransporte betreuen wir über 1900 Fahrzeuge und 2000 Kunden. Hätten Sie Interesse an einem Gespräch?\n/ Jonas Weber',
      [],
      [],
    ],
    [
      'de: a video-call link is no booking link',
      'Guten Tag Frau Keller, ich bin Jonas Weber von Kühlkette Nord. Wie besprochen: hier der Link zu unserem Termin am Donnerstag um 10 Uhr, meet.google.com/abc-defg-hij. Bis dann!',
      [],
      ['booking_link_only'],
    ],
    [
      'pt: "a gente conversou com gestores de todo o Brasil" is no meeting with them',
      'Olá Fernanda, sou o Rui Costa, da Frotalog. A gente conversou com gestores de frota de todo o Brasil e o problema é sempre o mesmo: pneus. Teria 15 minutos na quinta?',
      ['no_why_you'],
      [],
    ],
    [
      'de: "Haben Sie die Nachricht gesehen, die ich Ihnen geschickt habe?" is a nudge',
      'Guten Tag Frau Keller, ich bin Jonas Weber von Kühlkette Nord. Haben Sie die Nachricht gesehen, die ich Ihnen geschickt habe? Hätten Sie am Donnerstag 15 Minuten?',
      ['pushy_follow_up'],
      [],
    ],
    [
      'es: "¿todo bien?" after a proposal confirms it: the ask',
      'Hola Marta, soy Diego Ramos, de Ahorra Energía. Vi que abrieron la planta de Toluca en marzo. Tengo un análisis de ahorro para plantas parecidas. Le llamo el jueves a las 10 para contársela, ¿todo bien?',
      [],
      ['no_ask'],
    ],
    [
      'pt: ", blz?" after a proposal with a time confirms it: the ask',
      'Olá Marta, sou o Diego da Energia Já. Vi que abriram a fábrica de Toluca em março. Tenho uma análise de poupança para fábricas parecidas. Te ligo amanhã às 10h pra te mostrar, blz?',
      [],
      ['no_ask'],
    ],
  ] as const)('%s', (_name, text, present, absent) => {
    const result = checkPurpose({ text });
    const codes = result.findings.map((f) => f.code);
    for (const code of present) expect(codes).toContain(code);
    for (const code of absent) expect(codes).not.toContain(code);
    expect(result.verdict).not.toBe('boilerplate');
  });
});
