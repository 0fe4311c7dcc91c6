// How the composer phrases the value, the ask and the why-you when the rep typed them in a form the
// frames did not expect: a value that is already a clause, a question, terms or a passive; asks that are
// hedged, doubled or typed in the first person; a company as the subject of why-them; the rep's register.
// Answers of our own, several writers and languages, with near misses that must not change.
import { type DraftAnswers, statedValue } from '../../src/domain/draft';
import { activeValue, termsSentence, valueClauseAt } from '../../src/domain/draft-value';
import { expectDrafts, framed as framedIn } from '../support/draft-cases';

const framed = (change: Partial<DraftAnswers>): string => framedIn(change).text;

const OFFER_FRAME =
  /I can offer|I['’]m happy to offer|I['’]d be glad to offer|I can share a|I['’]m happy to share a|offer an? (?:what|how|no)\b/;

describe('1. a value that is already a clause stands as its own sentence', () => {
  expectDrafts([
    [
      'the product as subject, an adverb before its verb',
      { whoIAm: 'AE at Cartwise', whatsInIt: 'Cartwise typically lifts checkout conversion 8-12% for fashion stores' },
      /Cartwise typically lifts checkout conversion 8-12% for fashion stores/,
      OFFER_FRAME,
    ],
    [
      'a plural subject with its own phrase, then a bare verb',
      { whatsInIt: 'listings with 3D tours get 2x the saved searches on Zillow' },
      /Listings with 3D tours get 2x the saved searches on Zillow/,
      OFFER_FRAME,
    ],
    [
      'an article and a singular subject',
      { whatsInIt: 'a new rep ramps in 60 days with our onboarding tracks', ask: 'can I send you the ramp data?' },
      /A new rep ramps in 60 days with our onboarding tracks\./,
      /, which /,
    ],
    [
      "the rep's product typed in lower case keeps its capital and gets no article",
      {
        whoIAm: 'dev advocate at querylane',
        whatsInIt: 'querylane flags broken dashboards before stakeholders see them',
      },
      /Querylane flags broken dashboards before stakeholders see them/,
      /a querylane|offer/,
    ],
  ]);
  expectDrafts([
    [
      'near miss: a noun phrase is still offered',
      { whatsInIt: 'a teardown of 12 claims flows' },
      /I can run a teardown of 12 claims flows/,
    ],
    [
      'near miss: a benchmark with a preposition',
      { whatsInIt: 'benchmark of 25 ports on dock wait times' },
      /our benchmark of 25 ports/,
    ],
  ]);
  it('reads a clause by its subject and verb, not a noun phrase with a plural in it', () => {
    expect(valueClauseAt('listings with 3D tours get 2x the saved searches')).toBe(4);
    expect(valueClauseAt('Cartwise typically lifts conversion')).toBe(2);
    expect(valueClauseAt('a teardown of 12 claims flows')).toBe(-1);
    expect(valueClauseAt('our benchmark of 25 ports on dock wait times')).toBe(-1);
    expect(valueClauseAt('a 4-week crate pilot on one route')).toBe(-1);
  });
});

describe('2. a value typed as a question stays a question of its own', () => {
  expectDrafts([
    [
      '"what if …?" after no offer frame',
      {
        whatsInIt: "what if your coordinators didn't have to rebuild the rota on sundays?",
        ask: 'open to a 15 min call?',
      },
      /What if your coordinators didn't have to rebuild the rota on sundays\?/,
      OFFER_FRAME,
    ],
    [
      '"how many …" without its question mark',
      { whatsInIt: 'how many shifts go unfilled each week', ask: 'can I send you our fill-rate data?' },
      /How many shifts go unfilled each week\?/,
      OFFER_FRAME,
    ],
  ]);
  it('gives a question its capital and its mark', () => {
    expect(statedValue('what if your SREs slept through noisy alerts', '', 'SE at Pagequiet')).toBe(
      'What if your SREs slept through noisy alerts?',
    );
  });
});

describe('3. terms are stated, a passive gets a doer', () => {
  it.each([
    [
      'no setup fee, no long contract, go live in 2 wks',
      "There's no setup fee and no long contract, and you can go live in 2 wks",
    ],
    [
      '€39/mo, 2nd till free for first year, no contract',
      "It's €39/mo, 2nd till free for first year, and there's no contract",
    ],
    ['no minimum order', "There's no minimum order"],
  ])('%s', (value, expected) => {
    expect(termsSentence(value)).toBe(expected);
  });
  it.each([
    ['a free audit can be done in a week', 'We can do a free audit in a week'],
    [
      'site visit scheduling can be automated and no-shows reduced',
      'We can automate site visit scheduling and reduce no-shows',
    ],
    ['your rota can be set up in a day', 'We can set up your rota in a day'],
  ])('%s', (value, expected) => {
    expect(activeValue(value, '')).toBe(expected);
  });
  it('leaves what is no term or passive alone', () => {
    expect(termsSentence('our benchmark of 25 ports')).toBe('');
    expect(termsSentence('no-show data from 40 clinics')).toBe('');
    expect(activeValue('it can be tricky', '')).toBe('');
  });
  expectDrafts([
    [
      'terms in a draft, never offered',
      { whatsInIt: 'no setup fee, cancel anytime', ask: 'open to a call?' },
      /There's no setup fee, and you can cancel anytime\./,
      OFFER_FRAME,
    ],
    [
      'a passive in a draft',
      { whatsInIt: 'a free audit can be done in a week', ask: 'open to a call?' },
      /We can do a free audit in a week\./,
      OFFER_FRAME,
    ],
  ]);
});

describe('4. the ask: one concrete question in the second person', () => {
  expectDrafts([
    [
      'Indian English "kindly revert" becomes a short call',
      { ask: 'kindly revert with a suitable time for discussion' },
      /(?:Would you be|Are you) (?:open to|up for) a short call\?/,
      /revert|next week/,
    ],
    [
      'a hedged, passive ask loses its hedges',
      { ask: "if there's interest, perhaps a brief call could be arranged at some point" },
      /a brief call\?/,
      /open to if|perhaps|arranged|some point|next week/,
    ],
    [
      '"if it makes sense maybe a call"',
      { ask: 'if it makes sense maybe a call' },
      /a call\?/,
      /to if|maybe|next week/,
    ],
    ['"would love to chat sometime"', { ask: 'would love to chat sometime' }, /a short chat\?/, /sometime|next week/],
    [
      '"let me know your thoughts" names no next step: it stays low-pressure, no meeting made up',
      { ask: 'let me know your thoughts' },
      /Let me know what you think\.$/,
      /call|next week/,
    ],
    [
      'a booking imperative becomes the call it books',
      { ask: 'grab a slot on my calendar' },
      /a short call\?/,
      /Could we grab|next week/,
    ],
    [
      '"demo or I can send a case study": the sending',
      { ask: 'demo or I can send a case study' },
      /Want me to send (?:you )?a case study\?/,
      /demo/,
    ],
    [
      '"connect + send our sample pack?": the sending',
      { ask: 'connect + send our sample pack?' },
      /Want me to send (?:you )?our sample pack\?/,
      /connect/,
    ],
    ['"intro call and a trial": the call', { ask: 'intro call and a trial' }, /an intro call\?/, /trial/],
    ['"15 min w/ me or @joe": the rep alone', { ask: '15 min w/ me or @joe' }, /15 min with me\?/, /@joe/],
    [
      '"send her the pricing sheet and get a call in": the sending, to the reader',
      { ask: 'send her the pricing sheet and get a call in' },
      /Want me to send you the pricing sheet\?/,
      /get a call/,
    ],
    ['a bare noun gets its article', { ask: 'FieldPro trial?' }, /(?:open to|up for) a FieldPro trial\?/],
    [
      '"I\'d love to show you …" asks leave',
      { ask: "I'd love to show you how it works in 10 min" },
      /Could I show you how it works in 10 min\?/,
    ],
  ]);
  expectDrafts([
    [
      'near miss: a good question stays as typed',
      { ask: 'Would a 15-minute call on Thursday work?' },
      /Would a 15-minute call on Thursday work\?/,
    ],
    [
      'near miss: one call with two people is one ask',
      { ask: 'a call with you and your ops lead next week' },
      /you and your ops lead/,
    ],
    ['near miss: two days for one call', { ask: 'open to a call tues or wed?' }, /a call Tuesday or Wednesday\?/],
  ]);
});

describe('1–3 and 6 in German, Spanish, French and Portuguese', () => {
  const es = {
    whoIAm: 'Martín, ejecutivo de cuentas en Facturix',
    whyYou: 'vi que están abriendo dos sucursales en Córdoba',
    ask: '¿Tendría 20 minutos el jueves?',
  };
  const fr = {
    whoIAm: 'Nadia, ingénieure commerciale chez Sécurio',
    whyYou: 'vous migrez vos serveurs vers le cloud cette année',
    ask: 'Seriez-vous disponible pour un appel de 15 minutes ?',
  };
  const de = {
    whoIAm: 'Tobias, Vertrieb bei Lagerfix',
    whyYou: 'Sie haben letzte Woche über Fehlbuchungen im Wareneingang gepostet',
    ask: 'Hätten Sie nächste Woche 20 Minuten?',
  };
  const pt = {
    whoIAm: 'Sou a Beatriz, da Rotafrete',
    whyYou: 'vi que a empresa vai lançar uma linha de sucos em SP',
    ask: 'Posso lhe enviar a tabela de preços?',
  };
  expectDrafts(
    [
      [
        'es: the product as subject',
        { ...es, whatsInIt: 'Facturix conecta con AFIP y emite las facturas sin carga manual' },
        /Facturix conecta con AFIP/,
        /le ofrezco Facturix/,
      ],
      [
        'de: the product as subject',
        { ...de, whatsInIt: 'Lagerfix bucht Wareneingänge per Scan direkt ins ERP' },
        /Lagerfix bucht Wareneingänge per Scan direkt ins ERP\./,
        /anbieten: Lagerfix/,
      ],
      [
        'pt: terms as a clause',
        { ...pt, whatsInIt: 'não há quantidade mínima de frete' },
        /Não há quantidade mínima de frete\./,
        /oferecer não/,
      ],
      [
        'es: terms as negations',
        { ...es, whatsInIt: 'sin costo de instalación, sin permanencia' },
        /Sin costo de instalación, sin permanencia\./,
        /ofrezco sin/,
      ],
      [
        'fr: terms as negations',
        { ...fr, whatsInIt: 'pas de frais de mise en place, sans engagement' },
        /Pas de frais de mise en place, sans engagement\./,
        /propose pas/,
      ],
      [
        'es: a question',
        { ...es, whatsInIt: '¿y si pudiera ver el margen de cada obra en tiempo real?' },
        /¿Y si pudiera ver el margen de cada obra en tiempo real\?/,
        /ofrezco ¿/,
      ],
      [
        'fr: a question',
        { ...fr, whatsInIt: "et si vos techniciens n'avaient plus de rapports à ressaisir" },
        /Et si vos techniciens n'avaient plus de rapports à ressaisir\?/,
        /propose et si/,
      ],
      [
        'fr: a passive gets its doer',
        { ...fr, whatsInIt: 'un audit gratuit peut être réalisé en une semaine' },
        /Nous pouvons réaliser un audit gratuit en une semaine\./,
        /peut être réalisé/,
      ],
      ['fr: why-you typed as what they do is what the rep saw', fr, /J'ai vu que vous migrez vos serveurs/],
      [
        'de: why-you in the perfect, as what the rep saw',
        { ...de, whatsInIt: 'unser Leitfaden für Wareneingänge' },
        /Ich habe gesehen, dass Sie letzte Woche über Fehlbuchungen im Wareneingang gepostet haben\./,
      ],
      [
        'es: a wish as the ask',
        {
          ...es,
          whatsInIt: 'nuestro caso con una distribuidora similar',
          ask: 'me encantaría enseñarle una demo de 20 min',
        },
        /¿Le puedo enseñar una demo de 20 min\?/,
        /¿Me encantaría/,
      ],
    ],
    framed,
  );
  expectDrafts(
    [
      [
        'de: the du the rep chose stays, "Ihnen" of the frames too',
        {
          whoIAm: 'Moritz von Shopfuchs',
          whyYou: 'du hast auf LinkedIn geschrieben, dass dein Shop auf 2.000 Bestellungen im Monat wächst',
          whatsInIt: 'unser Leitfaden für Retouren',
          ask: 'Lust auf einen kurzen Call nächste Woche?',
        },
        /Du hast auf LinkedIn geschrieben, dass dein Shop[\s\S]*Ich kann dir Folgendes anbieten[\s\S]*Hättest du Lust auf einen kurzen Call/,
        /Sie|Ihr|Ihnen/,
      ],
      [
        'es: the tú the rep chose stays',
        {
          whoIAm: 'Pablo, de Reservio',
          whyYou: 'contaste en una entrevista que el 40% de tus reservas llegan por teléfono',
          whatsInIt: 'un motor de reservas directo sin comisiones',
          ask: 'me encantaría enseñarte una demo de 20 min',
        },
        /Vi que contaste[\s\S]*te ofrezco un motor[\s\S]*¿Te puedo enseñar una demo de 20 min\?/,
        /[Uu]sted|le ofrezco/,
      ],
      [
        'fr: the tu the rep chose stays',
        {
          whoIAm: 'Hugo, de Factulo',
          whyYou: "j'ai vu ton post sur les relances de factures",
          whatsInIt: 'un modèle de relance',
          ask: 'un appel de 15 min ?',
        },
        /J'ai vu ton post[\s\S]*Je te propose un modèle de relance[\s\S]*Serais-tu disponible pour un appel/,
        /vous|votre/,
      ],
      [
        'near miss: no register shown, formal',
        { ...de, whatsInIt: 'unser Leitfaden für Wareneingänge' },
        /Ich kann Ihnen Folgendes anbieten/,
      ],
    ],
    framed,
  );
});

describe('5. why-you as the rep observed it', () => {
  expectDrafts([
    [
      'their company as the subject keeps its capital and the third person',
      { company: 'Kestrel Cloud', whyYou: 'kestrel is hiring 3 SREs this quarter' },
      /I saw Kestrel is hiring 3 SREs this quarter\./,
      /I noticed kestrel/,
    ],
    [
      'a company of two words, never "your crest line"',
      { company: 'Crest Line Realty', whyYou: 'crest line posts 20+ listings a month' },
      /I saw Crest Line posts 20\+ listings a month\./,
      /your crest line/i,
    ],
    [
      'a guess beside a fact: the fact stays',
      { whyYou: 'they just bought a second plant in Ohio, downtime is probably an issue with their older presses' },
      /you just bought a second plant in Ohio\./,
      /probably|older presses/,
    ],
    [
      'a guess alone: the thing it was about',
      { whyYou: "reckon they're flat out with the new Manly property opening" },
      /I saw the new Manly property is opening\./,
      /reckon|flat out/,
    ],
    [
      '"because of the talk…" loses "because of"',
      { whyYou: 'because of the talk she gave at InsurTech NY on claims UX' },
      /I caught the talk you gave at InsurTech NY on claims UX\./,
      /because/,
    ],
    [
      'praise that fits anyone falls back on their role, without praise',
      { role: 'Head of Care', whyYou: 'great leader and amazing company' },
      /I'm writing to you in your role as Head of Care at Brightside Home Care\./,
      /great leader|amazing/,
    ],
  ]);
  expectDrafts([
    [
      'near miss: a specific reason stays as it was',
      {},
      /your coordinators rebuild the rota by hand every sunday night/,
    ],
    [
      'near miss: a company word inside a sentence',
      { company: 'Brightside Home Care', whyYou: 'she said Brightside is opening 3 branches' },
      /you said Brightside is opening 3 branches/,
    ],
  ]);
});
