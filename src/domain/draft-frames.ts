// Drafts in German, Spanish, French and Portuguese: the rep's answers in their own language, framed
// by a few plain sentences of that language, so a draft never mixes two ("I noticed ihr Vortrag …").
// The prospect is addressed formally (Sie, usted, vous, você): the safe register for a first message.
// Deliberately simpler than the English composer: short frames that are grammatical whatever the
// rep typed, rather than rewriting their words. Pure.
import type { Channel } from './purpose-check';

export type FramedLang = 'de' | 'es' | 'fr' | 'pt';

export interface FrameAnswers {
  channel: Channel;
  prospectFirstName: string;
  whoIAm: string;
  howKnown: string;
  whyYou: string;
  whatsInIt: string;
  ask: string;
}

interface Frames {
  greeting(first: string): string;
  toYou(text: string): string;
  who(text: string): string;
  known(text: string): string;
  why(text: string): string;
  offer(text: string): string;
  ask(text: string): string;
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function sentence(text: string): string {
  const t = text.trim().replace(/[\s,;:]+$/, '');
  if (t === '') return '';
  return cap(/[.!?…]["»”)]*$/u.test(t) || /\p{Extended_Pictographic}$/u.test(t) ? t : `${t}.`);
}

function replaceWords(text: string, map: Record<string, string>, flags = 'gu'): string {
  const words = Object.keys(map)
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return text.replace(
    new RegExp(`(?<![\\p{L}'’])(${words.join('|')})(?![\\p{L}])`, flags),
    (m) => map[m] ?? map[m.toLowerCase()] ?? m,
  );
}

function stripQuestion(text: string): string {
  return text.replace(/^[¿\s]+/, '').replace(/[\s?]+$/, '');
}

// ---------------------------------------------------------------------------------------------
// Deutsch: Sie, Ihr, Ihnen. The verb after "er"/"sie" moves from third person singular to "Sie".

const DE_VERBS: Record<string, string> = {
  ist: 'sind',
  hat: 'haben',
  war: 'waren',
  wird: 'werden',
  kann: 'können',
  will: 'wollen',
  muss: 'müssen',
  darf: 'dürfen',
  soll: 'sollen',
  weiß: 'wissen',
  mag: 'mögen',
  hatte: 'hatten',
  wollte: 'wollten',
  sucht: 'suchen',
  plant: 'planen',
};

function deVerb(verb: string): string {
  const known = DE_VERBS[verb];
  if (known) return known;
  if (/[dt]et$/.test(verb)) return `${verb.slice(0, -2)}en`; // arbeitet → arbeiten
  if (/[^aeiouäöü]t$/u.test(verb) && verb.length > 3) return `${verb.slice(0, -1)}en`; // verbringt → verbringen
  return verb;
}

// German capitalises every noun; reps typing fast often don't ("ihr team", "nächste woche"). The draft
// leaves their words as typed: a capital it cannot verify (is "ihr neues team" an adjective and a noun?)
// would be a guess in the rep's name.

// The draft speaks formally (Sie). Answers typed in the du-form ("dein Vortrag", "hast du Lust")
// follow it, so one message never switches register.
const DE_DU_VERBS: Record<string, string> = {
  bist: 'sind',
  hast: 'haben',
  warst: 'waren',
  wirst: 'werden',
  kannst: 'können',
  willst: 'wollen',
  musst: 'müssen',
  darfst: 'dürfen',
  sollst: 'sollen',
  weißt: 'wissen',
  magst: 'mögen',
  hättest: 'hätten',
  hattest: 'hatten',
  würdest: 'würden',
  könntest: 'könnten',
  wolltest: 'wollten',
  möchtest: 'möchten',
  liest: 'lesen',
  isst: 'essen',
  siehst: 'sehen',
  gibst: 'geben',
  nimmst: 'nehmen',
  sprichst: 'sprechen',
  triffst: 'treffen',
  hältst: 'halten',
  fährst: 'fahren',
  läufst: 'laufen',
};

function deDuVerb(verb: string): string {
  const known = DE_DU_VERBS[verb.toLowerCase()];
  if (known) return known;
  if (/[dt]est$/.test(verb)) return `${verb.slice(0, -3)}en`; // arbeitest → arbeiten
  if (/st$/.test(verb) && verb.length > 3) return `${verb.slice(0, -2)}en`; // suchst → suchen
  return verb;
}

/** "hast du" → "haben Sie", "du suchst" → "Sie suchen", "dein team" → "Ihr team", "dir" → "Ihnen". */
export function duToSie(text: string): string {
  let t = text
    .replace(/(?<![\p{L}])(\p{L}+st)\s+du(?![\p{L}])/gu, (_m, verb: string) => {
      const sie = deDuVerb(verb);
      return `${/^\p{Lu}/u.test(verb) ? sie.charAt(0).toUpperCase() + sie.slice(1) : sie} Sie`;
    })
    .replace(/(?<![\p{L}])[dD]u\s+(\p{Ll}+st)(?![\p{L}])/gu, (_m, verb: string) => `Sie ${deDuVerb(verb)}`);
  t = replaceWords(t, {
    du: 'Sie',
    Du: 'Sie',
    dich: 'Sie',
    dir: 'Ihnen',
    dein: 'Ihr',
    deine: 'Ihre',
    deinen: 'Ihren',
    deinem: 'Ihrem',
    deiner: 'Ihrer',
    deines: 'Ihres',
    euch: 'Ihnen',
    euer: 'Ihr',
    eure: 'Ihre',
    euren: 'Ihren',
    eurem: 'Ihrem',
    eurer: 'Ihrer',
    eures: 'Ihres',
    // Spoken articles, written out: "Lust auf nen Test" → "Lust auf einen Test".
    nen: 'einen',
    ne: 'eine',
  });
  return t;
}

const de: Frames = {
  greeting: (first) => `Hallo ${first},`,
  toYou: (text) => {
    let t = text.replace(
      /(?<![\p{L}])(er|sie)\s+(\p{Ll}+)/gu,
      (_m, _who: string, verb: string) => `Sie ${deVerb(verb)}`,
    );
    t = replaceWords(t, {
      ihr: 'Ihr',
      ihre: 'Ihre',
      ihren: 'Ihren',
      ihrem: 'Ihrem',
      ihrer: 'Ihrer',
      ihres: 'Ihres',
      sein: 'Ihr',
      seine: 'Ihre',
      seinen: 'Ihren',
      seinem: 'Ihrem',
      seiner: 'Ihrer',
      seines: 'Ihres',
      ihm: 'Ihnen',
      ihnen: 'Ihnen',
      ihn: 'Sie',
      er: 'Sie',
      sie: 'Sie',
    });
    // "Anna meinte Sie suchen": reported speech takes a comma.
    t = t.replace(/\b(meinte|meint|sagte|sagt|erzählte|schrieb|erwähnte)\s+(Sie)\b/g, '$1, $2');
    return duToSie(t);
  },
  who: (text) => (/^(ich|mein name)\b/i.test(text) ? sentence(text) : sentence(`Ich bin ${text}`)),
  known: (text) => {
    if (/^(über|durch|via|auf|bei|beim)\b/i.test(text)) return sentence(`Ich bin ${text} auf Sie aufmerksam geworden`);
    if (/^(Ihr|Ihre|Ihren)\b/.test(text)) return sentence(`${cap(text)} ist mir aufgefallen`);
    if (/\b(hat|haben|habe|ist|sind|war|meinte|sagte|gab|empfahl)\b/.test(text)) return sentence(text);
    return sentence(`Ich bin über ${text} auf Sie aufmerksam geworden`);
  },
  why: (text) => (/^(Ihr|Ihre)\s+\S+$/.test(text) ? sentence(`${text} ist mir aufgefallen`) : sentence(text)),
  offer: (text) =>
    /^(wir|ich|gern|gerne|unser|unsere|man|sie können)\b/i.test(text)
      ? sentence(text)
      : sentence(`Ich kann Ihnen Folgendes anbieten: ${text}`),
  ask: (text) => {
    // "Lust auf einen Test?" asks no one: "Hätten Sie Lust auf einen Test?".
    if (/^lust\s+(auf|zu)\b/i.test(text)) return `Hätten Sie Lust ${stripQuestion(text).replace(/^lust\s+/i, '')}?`;
    if (/\?\s*$/.test(text)) return `${cap(stripQuestion(text))}?`;
    if (/^(ein|eine|einen|kurze|kurzer|kurzes|\d)/i.test(text)) return `Wäre ${text} für Sie interessant?`;
    return `${cap(stripQuestion(text))}?`;
  },
};

// ---------------------------------------------------------------------------------------------
// Español: usted, whose verbs are the third person's already; "ella dijo" → "usted dijo".

const es: Frames = {
  greeting: (first) => `Hola, ${first}:`,
  toYou: (text) => {
    let t = text.replace(/(?<![\p{L}])(ella|él)(?![\p{L}])/giu, 'usted');
    t = replaceWords(t, { q: 'que', xq: 'porque', pq: 'porque', x: 'por', tb: 'también', tmb: 'también' });
    return t;
  },
  who: (text) => (/^(soy|me llamo|yo|mi nombre)\b/i.test(text) ? sentence(text) : sentence(`Soy ${text}`)),
  known: (text) => {
    if (/^(vi|leí|escuché|conocí|nos|me|le|coincidimos|por)\b/i.test(text)) return sentence(text);
    if (/^(su|sus)\b/i.test(text)) return sentence(`Vi ${text}`);
    if (/^(el|la|los|las|un|una)\b/i.test(text)) return sentence(`Vi ${text}`);
    return sentence(`Leí su ${text}`);
  },
  why: (text) => {
    if (/^(vi|leí|escuché|usted|me|nos|en|según)\b/i.test(text) || /^\p{Lu}/u.test(text)) return sentence(text);
    // "dijo que …", "escribió que …": a verb without its subject is the prospect's.
    if (/^\p{Ll}+(ó|ió|a|e)\s+(que|q|en)\b/u.test(text) || /^(dijo|hizo|puso|tiene|está|quiere|busca|ha)\b/i.test(text))
      return sentence(`Usted ${text}`);
    return sentence(text);
  },
  offer: (text) =>
    /^(tenemos|podemos|le|les|puedo|ofrecemos|hacemos|nosotros|yo|con gusto|nuestro|nuestra)\b/i.test(text)
      ? sentence(text)
      : sentence(`Con gusto le ofrezco ${text}`),
  ask: (text) => {
    const core = stripQuestion(text);
    if (/^(un|una|el|la|\d)/i.test(core)) return `¿Tendría tiempo para ${core}?`;
    return `¿${cap(core)}?`;
  },
};

// ---------------------------------------------------------------------------------------------
// Français : vous, votre, vos. "elle renégocie" → "vous renégociez".

const FR_VERBS: Record<string, string> = {
  a: 'avez',
  est: 'êtes',
  fait: 'faites',
  dit: 'dites',
  va: 'allez',
  peut: 'pouvez',
  veut: 'voulez',
  doit: 'devez',
  sait: 'savez',
  serait: 'seriez',
  aurait: 'auriez',
  était: 'étiez',
  avait: 'aviez',
  voudrait: 'voudriez',
  pourrait: 'pourriez',
  prend: 'prenez',
  écrit: 'écrivez',
  vient: 'venez',
  tient: 'tenez',
  met: 'mettez',
};

function frVerb(verb: string): string {
  const lower = verb.toLowerCase();
  const known = FR_VERBS[lower];
  if (known) return known;
  if (/ait$/.test(lower)) return `${verb.slice(0, -3)}iez`;
  if (/e$/.test(lower) && lower.length > 2) return `${verb}z`;
  return verb;
}

const fr: Frames = {
  greeting: (first) => `Bonjour ${first},`,
  toYou: (text) => {
    let t = text.replace(
      /(?<![\p{L}])(qu['’])(elle|il)\s+(\p{L}+)/giu,
      (_m, _q: string, _who: string, verb: string) => `que vous ${frVerb(verb)}`,
    );
    t = t.replace(
      /(?<![\p{L}'’])(elle|il)\s+(?:(ne|n['’])\s*)?(\p{L}+)/giu,
      (m, who: string, neg: string | undefined, verb: string) =>
        // "il y a" is no one.
        verb === 'y'
          ? m
          : `${who.charAt(0) === who.charAt(0).toUpperCase() ? 'Vous' : 'vous'} ${neg ? `ne ` : ''}${frVerb(verb)}`,
    );
    t = t.replace(/\bl['’](a|ai|avons)\s+(vue?s?)\b/giu, 'vous $1 $2');
    // "leur" before a verb is "to them" ("ce qui leur coûte"), before a noun "their".
    t = t.replace(/(?<![\p{L}])(qui|ne|je|nous|on|pour)\s+leur(?![\p{L}])/giu, '$1 vous');
    t = replaceWords(t, {
      leur: 'votre',
      leurs: 'vos',
      lui: 'vous',
      'elle-même': 'vous-même',
      'lui-même': 'vous-même',
    });
    // "son, sa, ses" is theirs ("la paie de ses boutiques"), unless a customer of ours is the subject
    // ("notre client … a réduit ses coûts").
    return /\b(client|clients|cliente|clientes)\b/i.test(t)
      ? t
      : replaceWords(t, { son: 'votre', sa: 'votre', ses: 'vos' });
  },
  who: (text) => (/^(je|j['’]|moi|mon nom)/i.test(text) ? sentence(text) : sentence(`Je suis ${text}`)),
  known: (text) => {
    const referred = /^(?:présentée?s?|recommandée?s?|introduite?s?)\s+par\s+(.+)$/i.exec(text);
    if (referred) return sentence(`${cap(referred[1] ?? '')} m'a recommandé de vous contacter`);
    if (/^(je|j['’]|nous|on|c['’]est)/i.test(text) || /^\p{Lu}\p{Ll}+\s+\p{Ll}+/u.test(text)) return sentence(text);
    if (/^(votre|vos|le|la|les|l['’]|un|une)/i.test(text)) return sentence(`J'ai vu ${text}`);
    return sentence(`J'ai lu votre ${text}`);
  },
  why: (text) => sentence(text),
  offer: (text) =>
    /^(on|nous|je|j['’]|notre|nos|chez nous|volontiers)/i.test(text)
      ? sentence(text)
      : sentence(`Je vous propose ${text}`),
  ask: (text) => {
    const core = stripQuestion(text);
    if (/^(un|une|le|la|des|\d)/i.test(core)) return `Seriez-vous disponible pour ${core} ?`;
    return `${cap(core)} ?`;
  },
};

// ---------------------------------------------------------------------------------------------
// Português: você, whose verbs are the third person's; "ela disse" → "você disse".

const pt: Frames = {
  greeting: (first) => `Olá, ${first},`,
  toYou: (text) =>
    replaceWords(text.replace(/(?<![\p{L}])(ela|ele)(?![\p{L}])/giu, 'você'), {
      dela: 'sua',
      dele: 'sua',
      q: 'que',
      vc: 'você',
      tb: 'também',
    }),
  who: (text) => (/^(sou|eu|meu nome|me chamo)\b/i.test(text) ? sentence(text) : sentence(`Sou ${text}`)),
  known: (text) =>
    /^(vi|li|ouvi|conheci|nos|você|através|por)\b/i.test(text)
      ? sentence(text)
      : sentence(`Vi ${/^(o|a|os|as|seu|sua|um|uma)\b/i.test(text) ? text : `seu ${text}`}`),
  why: (text) =>
    /^(vi|li|ouvi|você|me|nos)\b/i.test(text) || /^\p{Lu}/u.test(text) ? sentence(text) : sentence(`Você ${text}`),
  offer: (text) =>
    /^(temos|podemos|posso|oferecemos|fazemos|nós|eu|nosso|nossa)\b/i.test(text)
      ? sentence(text)
      : sentence(`Posso lhe oferecer ${text}`),
  ask: (text) => {
    const core = stripQuestion(text);
    if (/^(um|uma|o|a|\d)/i.test(core)) return `Teria disponibilidade para ${core}?`;
    return `${cap(core)}?`;
  },
};

export const FRAMES: Record<FramedLang, Frames> = { de, es, fr, pt };

export function isFramedLang(lang: string): lang is FramedLang {
  return lang === 'de' || lang === 'es' || lang === 'fr' || lang === 'pt';
}

/** Each part as a sentence of `lang`, the prospect as "you" (formal). */
export function framedParts(
  lang: FramedLang,
  a: FrameAnswers,
): { greeting: string; who: string; known: string; why: string; what: string; ask: string } {
  const f = FRAMES[lang];
  return {
    greeting: a.prospectFirstName ? f.greeting(a.prospectFirstName) : '',
    who: a.whoIAm ? f.who(a.whoIAm) : '',
    known: a.howKnown ? f.known(f.toYou(a.howKnown)) : '',
    why: a.whyYou ? f.why(f.toYou(a.whyYou)) : '',
    what: a.whatsInIt ? f.offer(f.toYou(a.whatsInIt)) : '',
    ask: a.ask ? f.ask(f.toYou(a.ask)) : '',
  };
}
