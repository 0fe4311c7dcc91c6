// The rep's answers read for their facts, not the furniture around them: each principle shown with
// answers of our own (several writers, all five languages), with near misses that must not change.
import { type DraftAnswers, draftMessage } from '../../src/domain/draft';
import { readAnswers } from '../../src/domain/draft-input';
import { BASE_ANSWERS } from '../support/draft-cases';
import { faultsOf } from '../support/draft-faults';

const BASE: DraftAnswers = { ...BASE_ANSWERS, howKnown: '' };

function read(change: Partial<DraftAnswers>): DraftAnswers {
  return readAnswers({ ...BASE, ...change });
}

function draft(change: Partial<DraftAnswers>): string {
  const result = draftMessage({ ...BASE, ...change });
  return result.kind === 'draft' ? result.text : '';
}

type Case = [string, Partial<DraftAnswers>, keyof DraftAnswers, RegExp, RegExp?];

function expectRead(cases: Case[]): void {
  it.each(cases)('%s', (_label, change, field, expected, notExpected = undefined) => {
    const value = String(read(change)[field] ?? '');
    expect(value).toMatch(expected);
    if (notExpected) expect(value).not.toMatch(notExpected);
  });
}

describe('1. who-I-am: name, role, company and what they do, without the furniture', () => {
  expectRead([
    [
      'a headline with pipes keeps the title and what they do',
      { whoIAm: 'AE | Ex-Oracle | Helping CFOs close faster | Fintech nerd' },
      'whoIAm',
      /^AE \(helping CFOs close faster\)$/,
      /\||Oracle|nerd/,
    ],
    [
      'a founder headline drops the emoji-free badges, the family and "speaker"',
      { whoIAm: 'Founder & CEO @ Toothpaste.ai | Speaker | Dad x3 | Building in public' },
      'whoIAm',
      /^Founder & CEO at Toothpaste\.ai$/,
    ],
    [
      'a signature block: name, title at company; no phone, e-mail, site or disclaimer',
      {
        whoIAm:
          'Sarah Lindqvist\nSenior Account Executive\nRouteMint Inc.\nM: +1 (415) 555-0134\nsarah@routemint.com\nwww.routemint.com\nViews my own',
      },
      'whoIAm',
      /^Sarah Lindqvist, Senior Account Executive at RouteMint Inc\.$/,
      /415|@|www|Views/,
    ],
    [
      'a French signature with a mobile number',
      { whoIAm: 'Antoine Moreau\nResponsable grands comptes\nColisage Express\n06 12 34 56 78' },
      'whoIAm',
      /^Antoine Moreau, Responsable grands comptes at Colisage Express$/,
      /06 12/,
    ],
    [
      'certifications and hobbies after the company',
      { whoIAm: 'Eleanor Shaw | Director, Client Services | Brightpath Advisory | CFP®, CFA | Golf & grandkids' },
      'whoIAm',
      /^Eleanor Shaw, Director, Client Services at Brightpath Advisory$/,
    ],
    [
      '"Myself Rohit Sharma, working as … in SupplyKart" (Indian English)',
      { whoIAm: 'Myself Rohit Sharma, working as Sr. Sales Manager in SupplyKart' },
      'whoIAm',
      /^I'm Rohit Sharma, Sr\. Sales Manager at SupplyKart$/,
      /[Mm]yself/,
    ],
    ['a name in brackets after the role', { whoIAm: 'Canvasly rep (Amy)' }, 'whoIAm', /^Amy, rep at Canvasly$/],
    [
      '"@handle (me) – Role @ Company"',
      { whoIAm: '@mira.k (me) – SDR @ Coldstack' },
      'whoIAm',
      /^Mira, SDR at Coldstack$/,
    ],
    [
      'a greeting and line breaks: one introduction',
      { whoIAm: 'Hi! Im Dana\nfrom Traceroot\n(we trace cocoa from farm to port)' },
      'whoIAm',
      /Im Dana, from Traceroot \(we trace cocoa from farm to port\)$/,
    ],
    // Near misses: an introduction in one sentence stays as typed.
    [
      'a plain introduction is left alone',
      { whoIAm: 'Priya — we build shift planning for care homes' },
      'whoIAm',
      /^Priya — we build shift planning for care homes$/,
    ],
    [
      'a bare domain that names the company stays',
      { whoIAm: 'Kemi, AE at Coldhub.io (solar cold rooms)' },
      'whoIAm',
      /Coldhub\.io/,
    ],
  ]);

  it.each<[string, Partial<DraftAnswers>, RegExp, RegExp]>([
    [
      'en',
      { whoIAm: 'Sarah Lindqvist\nSenior Account Executive\nRouteMint Inc.\nM: +1 (415) 555-0134\nwww.routemint.com' },
      /Sarah Lindqvist, (?:a )?Senior Account Executive at RouteMint/,
      /415|www/,
    ],
    [
      'de',
      {
        prospectName: 'Katrin Vogel',
        whoIAm: 'Jonas Weber | Key Account Manager bei Tarifo | Papa | Radfahrer',
        whyYou: 'Brauhaus Nord baut laut Lokalzeitung ein zweites Sudhaus in Kiel',
        whatsInIt: 'unsere Auswertung der Stromkosten von 30 Brauereien',
        ask: 'hätten Sie nächste Woche 15 Minuten?',
      },
      /Jonas Weber, Key Account Manager bei Tarifo\./,
      /\||Papa|Radfahrer/,
    ],
    [
      'es',
      {
        prospectName: 'Javier Ruiz',
        whoIAm: 'Lucía Gómez\nEjecutiva de cuentas\nRiegatec\nTel. +34 612 345 678\nlucia.gomez@riegatec.es',
        whyYou: 'Frutas del Sol abre una finca de 300 hectáreas en Murcia',
        whatsInIt: 'nuestro estudio de ahorro de agua en 12 fincas',
        ask: '¿le parece una llamada de 15 minutos el jueves?',
      },
      /Lucía Gómez, Ejecutiva de cuentas en Riegatec\./,
      /612|@/,
    ],
    [
      'pt',
      {
        prospectName: 'Ricardo Alves',
        whoIAm: 'Carla Souza\nExecutiva de Contas\nDataNorte\n+55 11 98765-4321',
        whyYou: 'os Supermercados Norte vão trocar o ERP das 80 lojas em 2025, segundo o Valor',
        whatsInIt: 'nosso plano de migração usado por 12 redes de varejo',
        ask: 'podemos conversar 20 minutos na terça?',
      },
      /Carla Souza, Executiva de Contas na DataNorte\./,
      /98765/,
    ],
    [
      'pt, "@ Company" said in Portuguese',
      {
        prospectName: 'Ricardo Alves',
        whoIAm: '*Carla Souza* – Executiva de Contas @ DataNorte :chart_with_upwards_trend:',
        whyYou: 'os Supermercados Norte vão trocar o ERP das 80 lojas em 2025, segundo o Valor',
        whatsInIt: 'nosso plano de migração usado por 12 redes de varejo',
        ask: 'podemos conversar 20 minutos na terça?',
      },
      /Carla Souza, Executiva de Contas na DataNorte\./,
      /\bat\b|\*|:chart/,
    ],
  ])('the draft carries the facts (%s)', (_lang, change, expected, notExpected) => {
    const text = draft(change);
    expect(text).toMatch(expected);
    expect(text).not.toMatch(notExpected);
  });
});

describe("2. Slack's markup becomes plain words", () => {
  expectRead([
    ['*bold* and :emoji:', { whoIAm: '*Lena* at Canvasly :wave:' }, 'whoIAm', /^Lena at Canvasly$/],
    [
      'an emoji code standing for the word after "is"',
      { whyYou: 'their new *oat stout* can is :fire: and the run sold out' },
      'whyYou',
      /^their new oat stout can and the run sold out$/,
    ],
    [
      'an emoji code standing for the word at the end',
      { whyYou: 'the redesigned Harbor Lager label looks :sparkles:' },
      'whyYou',
      /^the redesigned Harbor Lager label$/,
    ],
    [
      'a stray asterisk',
      { whyYou: 'Nimbus is opening offices in Berlin and Kraków* so desks are tight' },
      'whyYou',
      /Kraków so/,
    ],
    [
      '_italic_ and `code`',
      { whyYou: 'she said _Ticketa_ lost 30% on `mobile`' },
      'whyYou',
      /she said Ticketa lost 30% on mobile/,
    ],
    ['~struck~ words are taken back', { whyYou: 'they ~doubled~ tripled returns' }, 'whyYou', /^they tripled returns$/],
    ["a colleague's @handle is their name", { ask: '15 min w/ me or @joe?' }, 'ask', /or Joe\?/],
    [
      "Slack's user mention with a label",
      { howKnown: '<@U02ABC123|julien> introduced us' },
      'howKnown',
      /^Julien introduced us$/,
    ],
    [
      "Slack's link form keeps its label",
      { whyYou: 'she is hiring per <https://jobs.example.com/1|their job ad>' },
      'whyYou',
      /^I saw in their job ad that she is hiring$/,
    ],
    [
      'an id nobody outside Slack can read goes',
      { howKnown: '<@U02ABC123> met her at SaaStr' },
      'howKnown',
      /^met her at SaaStr$/,
    ],
    [
      "the prospect's own handle is the prospect",
      { prospectName: 'Jake Morrison', whyYou: '@jake.morrison liked our post about member churn' },
      'whyYou',
      /^Jake Morrison liked our post/,
    ],
    [
      'a link keeps its colons and underscores',
      { whatsInIt: 'our study: https://x.io/urn:li:study_2024_v2' },
      'whatsInIt',
      /https:\/\/x\.io\/urn:li:study_2024_v2/,
    ],
    // Near misses: an e-mail address, a time, an "@" that means "at", arithmetic.
    [
      'an e-mail address in the ask is no handle',
      { ask: 'reply to gail@brightside.com?' },
      'ask',
      /gail@brightside\.com/,
    ],
    ['a time is no emoji code', { ask: 'a call at 10:30:00 on Tuesday?' }, 'ask', /10:30:00/],
    ['"5 * 3" is arithmetic', { whatsInIt: 'we cover 5 * 3 lanes' }, 'whatsInIt', /5 \* 3/],
  ]);

  it('"@joe said he met her": Joe met the prospect, who is "you" once', () => {
    const text = draft({ howKnown: '@joe said he met her at the care summit' });
    expect(text).toMatch(/Joe met you at the care summit/);
    expect(faultsOf(text, { prospectName: 'Gail Prentice' })).toEqual([]);
  });

  it('the draft says "you" where the prospect\'s handle stood', () => {
    const text = draft({
      prospectName: 'Jake Morrison',
      whyYou: '@jake.morrison liked our post about member churn :fire:',
    });
    expect(text).toMatch(/you liked our post about member churn/);
    expect(faultsOf(text, { prospectName: 'Jake Morrison' })).toEqual([]);
  });

  it('in German, the prospect\'s handle is "sie", which the composer makes "Sie"', () => {
    const text = draft({
      prospectName: 'Sabine Krüger',
      whoIAm: '*Thomas* von Lagerly :wave:',
      whyYou: '@sabine.krueger hat in ihrem LinkedIn-Post geschrieben, dass ihr Lager in Bremen voll ist',
      whatsInIt: 'unsere Checkliste für mehr Lagerfläche ohne Umzug',
      ask: 'darf ich Ihnen die Checkliste schicken?',
    });
    expect(text).toMatch(/Sie haben in Ihrem LinkedIn-Post geschrieben/);
    expect(text).not.toMatch(/Sabine Krüger|@|\*|:wave:/);
  });
});

describe('3. a link as how-you-know is said for what it is', () => {
  expectRead([
    [
      'a LinkedIn post',
      { howKnown: 'https://www.linkedin.com/posts/gail-prentice_rota-activity-7123' },
      'howKnown',
      /^your LinkedIn post$/,
    ],
    [
      'a profile link goes, the words beside it stay',
      { howKnown: 'https://www.linkedin.com/in/gail-prentice/ - she commented on a no-show post' },
      'howKnown',
      /^she commented on a no-show post$/,
    ],
    [
      'a news page on their own site',
      { howKnown: 'https://www.brightsidehomecare.com/news/new-branch-leeds' },
      'howKnown',
      /^the news on your site$/,
    ],
    [
      'a blog post on their site, in Spanish',
      {
        company: 'Viñas Altas',
        howKnown: 'https://www.vinasaltas.es/blog/exportar-a-mexico',
        whyYou: 'Viñas Altas quiere exportar a México este año',
        whatsInIt: 'nuestra guía de registro sanitario para vino',
        ask: '¿le mando la guía?',
      },
      'howKnown',
      /^su artículo del blog$/,
    ],
    [
      'a post, then what was said there',
      { whyYou: 'https://www.linkedin.com/posts/gail_rota-7123 - she said the rota takes 6 hours' },
      'whyYou',
      /^in your LinkedIn post, she said the rota takes 6 hours$/,
    ],
    [
      'words that already say what the link is keep their own say',
      { howKnown: 'her post https://www.linkedin.com/posts/gail_rota-7123' },
      'howKnown',
      /^her post$/,
    ],
    [
      '"saw this <link>": the pointer goes with the link',
      { howKnown: 'saw this: https://www.linkedin.com/feed/update/urn:li:activity:7123' },
      'howKnown',
      /^saw your LinkedIn post$/,
    ],
    // Near misses: a link the rep offers, or asks them to use, stays.
    [
      'a write-up the rep offers',
      { whatsInIt: 'our write-up: https://carewell.io/rota-study' },
      'whatsInIt',
      /https:\/\/carewell\.io\/rota-study/,
    ],
    [
      'a booking page in the ask',
      { ask: 'grab 15 min: https://cal.com/noor/15' },
      'ask',
      /https:\/\/cal\.com\/noor\/15/,
    ],
  ]);

  it.each<[string, Partial<DraftAnswers>, RegExp]>([
    ['en', { howKnown: 'https://www.linkedin.com/posts/gail-prentice_rota-activity-7123' }, /your LinkedIn post/],
    [
      'fr',
      {
        prospectName: 'Claire Martin',
        company: 'Logipart',
        whoIAm: 'Antoine, commercial chez Colisage Express',
        howKnown: 'https://www.logipart.fr/actualites/nouvel-entrepot-lyon',
        whyYou: 'Logipart ouvre un entrepôt à Lyon',
        whatsInIt: 'notre étude des coûts du dernier kilomètre',
        ask: 'un appel de 15 minutes ?',
      },
      /l'actualité sur votre site/,
    ],
    [
      'de',
      {
        prospectName: 'Lukas Hoffmann',
        company: 'Radwerk',
        whoIAm: 'Mara, Account Executive bei Shiplane',
        howKnown: 'https://www.linkedin.com/posts/lukas-hoffmann_ebike-activity-7099',
        whyYou: 'Radwerk verschickt jetzt E-Bikes nach Österreich',
        whatsInIt: 'unsere Zollcheckliste für den Versand von E-Bikes',
        ask: 'darf ich Ihnen die Checkliste schicken?',
      },
      /Ihr LinkedIn-Beitrag/,
    ],
    [
      'pt',
      {
        prospectName: 'Fernanda Lima',
        company: 'Café Serra',
        whoIAm: 'Gustavo, gerente de contas na Portolog',
        howKnown: 'https://www.linkedin.com/posts/fernanda-lima_cafe-activity-7011',
        whyYou: 'a Café Serra vai exportar para a Coreia em 2025',
        whatsInIt: 'nosso guia de frete refrigerado para a Ásia',
        ask: 'posso mandar o guia?',
      },
      /seu post no LinkedIn/,
    ],
  ])('no link after a possessive (%s)', (_lang, change, expected) => {
    const text = draft(change);
    expect(text).toMatch(expected);
    expect(text).not.toMatch(/(?:your|votre|Ihr|seu|su)\s+https?:/i);
  });
});

describe('4. capitals and lists', () => {
  expectRead([
    [
      'a run of capitals is sentence case; a name typed elsewhere keeps its spelling',
      { company: 'Summit Fitness', whyYou: 'SUMMIT HAS 30 CLUBS AND SHE POSTED THAT CANCELLATIONS DOUBLED IN JANUARY' },
      'whyYou',
      /^Summit has 30 clubs and she posted that cancellations doubled in January$/,
    ],
    [
      'capitals inside a written sentence, with acronyms kept',
      { whyYou: 'she posted that BRIGHTSIDE IS ADDING 12 SITES IN THE UK and her CFO agrees' },
      'whyYou',
      /^she posted that Brightside is adding 12 sites in the UK and her CFO agrees$/,
    ],
    [
      'a shouted contraction',
      { whyYou: 'SHE SAID SHE CANT FIND NIGHT STAFF' },
      'whyYou',
      /^She said she can't find night staff$/,
    ],
    [
      'German keeps its nouns capitalised',
      {
        prospectName: 'Jürgen Klein',
        whyYou: 'STAHLWERK OST HAT LAUT PRESSE 3 NEUE WALZSTRASSEN IN BETRIEB GENOMMEN',
        whatsInIt: 'unsere Sensoren für alle Walzen',
        ask: 'hätten Sie nächste Woche 20 Minuten?',
        whoIAm: 'Petra, Vertrieb bei Sensora',
      },
      'whyYou',
      /^Stahlwerk Ost hat laut Presse 3 neue Walzstrassen in Betrieb genommen$/,
    ],
    [
      'one long word in capitals is a name',
      { whyYou: 'she spoke at AFRICA AGRI about spoilage' },
      'whyYou',
      /at Africa Agri about/,
    ],
    [
      'a bullet list is one sentence list',
      { whatsInIt: '- instrument drivers for 200+ devices\n- a migration plan in 2 weeks\n- a named engineer' },
      'whatsInIt',
      /^instrument drivers for 200\+ devices, a migration plan in 2 weeks and a named engineer$/,
    ],
    [
      'a lead-in and a numbered list',
      { whatsInIt: 'what you get:\n1. Rota templates\n2. A named coach\n3. Weekly reports' },
      'whatsInIt',
      /^what you get rota templates, a named coach and weekly reports$/,
    ],
    [
      'inline bullets',
      { whatsInIt: '• same-day restock • credit for 30 days • one app' },
      'whatsInIt',
      /^same-day restock, credit for 30 days and one app$/,
    ],
    [
      'a line break that is no sentence end',
      { whyYou: 'she said the rota takes\n6 hours every sunday' },
      'whyYou',
      /^she said the rota takes 6 hours every sunday$/,
    ],
    [
      'a line break before a new subject is one',
      { whyYou: 'I saw her talk at the care summit\nher coordinators rebuild the rota by hand' },
      'whyYou',
      /summit\. Her coordinators rebuild/,
    ],
    // Near misses: acronyms alone, a single capitalised word.
    [
      'acronyms alone stay',
      { whyYou: 'her CFO said DSO is up at the NYC and EMEA sites' },
      'whyYou',
      /CFO said DSO is up at the NYC and EMEA/,
    ],
  ]);

  it.each<[string, Partial<DraftAnswers>, RegExp]>([
    [
      'es',
      {
        prospectName: 'Lucía Fernández',
        whoIAm: 'Diego, ejecutivo de cuentas en Citafácil',
        whyYou: 'Clínicas Sonrisa tiene 12 clínicas según su entrevista en Expansión',
        whatsInIt: '1. recordatorios por WhatsApp\n2. lista de espera automática\n3. informe mensual',
        ask: '¿una llamada el martes?',
      },
      /recordatorios por WhatsApp, lista de espera automática y informe mensual/,
    ],
    [
      'fr',
      {
        prospectName: 'Mathieu Roux',
        whoIAm: 'Inès, conseillère chez Fournil Pro',
        whyYou: 'votre post dit que vous ouvrez deux boutiques cet été',
        whatsInIt: '- un four connecté\n- la maintenance incluse\n- une formation',
        ask: 'un appel jeudi ?',
      },
      /un four connecté, la maintenance incluse et une formation/,
    ],
    [
      'pt',
      {
        prospectName: 'Paulo Mendes',
        whoIAm: 'Renata, consultora na Frotanet',
        whyYou: 'a Atlântico comprou 50 caminhões elétricos segundo o Valor',
        whatsInIt: '• telemetria\n• relatório semanal\n• suporte 24h',
        ask: 'podemos falar na quarta?',
      },
      /telemetria, relatório semanal e suporte 24h/,
    ],
    [
      'de',
      {
        prospectName: 'Jürgen Klein',
        whoIAm: 'Petra, Vertrieb bei Sensora',
        whyYou: 'Stahlwerk Ost hat laut Presse 3 neue Walzstraßen in Betrieb genommen',
        whatsInIt: '• Schwingungssensoren\n• Ausfallprognosen\n• Einbau am Wochenende',
        ask: 'hätten Sie nächste Woche 20 Minuten?',
      },
      /Schwingungssensoren, Ausfallprognosen und Einbau am Wochenende/,
    ],
  ])('a list reads as a list in the draft (%s)', (_lang, change, expected) => {
    expect(draft(change)).toMatch(expected);
  });
});

describe('5. the occasion how-you-know names is said once', () => {
  expectRead([
    [
      '"in the webinar she said" after "attended her webinar on returns"',
      {
        howKnown: 'attended her webinar on returns last week',
        whyYou: 'in the webinar she said returns cost them 11% of revenue',
      },
      'whyYou',
      /^she said returns cost them 11% of revenue$/,
    ],
    [
      '"while we waited in that queue"',
      {
        howKnown: 'we got talking in the checkout queue at IKEA Wrocław',
        whyYou: 'while we waited in that queue she said her stores lose 15% of baskets',
      },
      'whyYou',
      /^she said her stores lose 15% of baskets$/,
    ],
    [
      '"she said in the talk that"',
      {
        howKnown: 'saw her talk at EuroShop in Düsseldorf',
        whyYou: 'she said in the talk that they are adding 40 stores',
      },
      'whyYou',
      /^she said that they are adding 40 stores$/,
    ],
    // Near misses: a different occasion, and a how-you-know that why-them already tells in full.
    [
      'another occasion stays',
      { howKnown: 'we met at the NRF dinner', whyYou: 'on the podcast she said returns cost 11%' },
      'whyYou',
      /^on the podcast she said/,
    ],
    [
      'why-them that tells all of how-you-know keeps its occasion (the composer drops how-you-know)',
      {
        howKnown: 'saw her talk at HIMSS on patient intake',
        whyYou: 'in her talk at HIMSS she said patient intake takes 22 minutes',
      },
      'whyYou',
      /^in her talk at HIMSS she said/,
    ],
  ]);

  it('the draft names the webinar once', () => {
    const text = draft({
      howKnown: 'attended her webinar on rotas last week',
      whyYou: 'in the webinar she said her coordinators rebuild the rota by hand every sunday',
    });
    expect(text.match(/webinar/g)).toHaveLength(1);
  });
});

describe('reading is pure and settles', () => {
  it('reading twice changes nothing more', () => {
    const answers: DraftAnswers = {
      ...BASE,
      whoIAm: 'Sarah Lindqvist | Senior AE @ RouteMint | M: +1 (415) 555-0134 | Dad x2',
      howKnown: 'https://www.linkedin.com/posts/gail_rota-7123',
      whyYou: 'SHE POSTED THAT *BRIGHTSIDE* IS ADDING 12 SITES :tada:',
      whatsInIt: '- templates\n- coaching\n- reports',
    };
    const once = readAnswers(answers);
    expect(readAnswers(once)).toEqual(once);
  });

  it('never throws, whatever is typed', () => {
    for (const junk of ['', '|', '@', '*', '~', '`', '<@>', ':::', '\n\n- \n•', 'http://', '@@@ ||| ***', '(me)']) {
      expect(() =>
        readAnswers({ ...BASE, whoIAm: junk, howKnown: junk, whyYou: junk, whatsInIt: junk, ask: junk }),
      ).not.toThrow();
    }
  });
});
