// Drafts in German, Spanish, French and Portuguese: the rep's answers in their own language, framed
// by a few plain sentences of that language, so a draft never mixes two ("I noticed ihr Vortrag …").
// The prospect is addressed formally (Sie, usted, vous, você), the safe register for a first message,
// unless the rep's own answers chose du, tú (or vos) or tu: then the draft keeps theirs.
// Deliberately simpler than the English composer: short frames that are grammatical whatever the
// rep typed, rather than rewriting their words. Pure.
import { lexiconTags, namesKind, nameCased } from './draft-tidy';
import { thirdPartyOwnHeld, turnedHolding } from './draft-owner';
import type { Channel } from './purpose-check';

export type FramedLang = 'de' | 'es' | 'fr' | 'pt';

/**
 * The register the rep chose, read from their own answers: du, tú or vos, tu; the draft keeps it. Formal
 * (Sie, usted, vous) when the answers show none. Portuguese "você" serves both.
 */
const INFORMAL_MARKS: Record<FramedLang, RegExp> = {
  de: /(?<![\p{L}])(?:du|dich|dir|dein|deine|deinen|deinem|deiner|deines|euch|euer|eure|hast du|bist du)(?![\p{L}])/iu,
  es: /(?<![\p{L}])(?:tú|ti|contigo|tu|tus|vos|os|vuestr[oa]s?|tenés|querés|podés|sabés|necesitás|usás|hacés|conocés|andás|preferís|venís|te\s+(?:parece|interesa|puedo|mando|envío|escribo|comparto|cuento|muestro|ofrezco|copa|sirve|muestre|mande|cuente|paso|llamo|invito|queda|cuadra|gustaría|interesaría)|(?:pas|mand|avis|cont|llam|mostr|agend|confirm)a(?:me|nos)|(?:dec|escrib)i(?:me|nos)|fijate|mirá|avisá|contá|pasá|mandá|llamá|vení|\p{L}+(?:aste|iste)|\p{L}{2,}(?:arte|erte|irte))(?![\p{L}])/iu,
  // Québec's "-tu" after a verb of the third person ("ça lui tente-tu", "c'est-tu correct") asks yes or no, and says no
  // "tu" to anyone; after one of the second ("veux-tu", "as-tu") it is the "tu" of address.
  fr: /(?<![\p{L}'’])(?<!\p{L}[eta]-)(?:tu|toi|ton|ta|tes|t['’]\p{L}+|te)(?![\p{L}])/iu,
  pt: /$^/u,
};
const FORMAL_MARKS: Record<FramedLang, RegExp> = {
  de: /(?<=\p{L}[^.!?]*\s)(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer)(?![\p{L}])/u,
  es: /(?<![\p{L}])(?:usted|ustedes|le\s+(?:parece|interesa)|su\s+empresa)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:vous|votre|vos)(?![\p{L}])/iu,
  pt: /$^/u,
};

/**
 * "vous étiez ensemble à l'ÉTS", "vous deux": the plural "vous" (the reader and someone else), which a rep who tutoies
 * says too; no mark of the formal register.
 */
const PLURAL_VOUS =
  /(?<![\p{L}])vous(?:\s+(?:deux|trois)|(?:\s+\p{L}+){1,2}\s+(?:ensemble|tous\s+les\s+deux|toutes\s+les\s+deux))(?![\p{L}])/giu;

export function informalRegister(lang: FramedLang, answers: readonly string[]): boolean {
  const joined = answers.join(' . ');
  const text = lang === 'fr' ? joined.replace(PLURAL_VOUS, '') : joined;
  const note = answers.map((a) => REGISTER_NOTE[lang].exec(a)?.[0] ?? '').find((n) => n !== '') ?? '';
  // A note on how to address them ("er ist per du", "duzt alle", "on se tutoie", "nos tuteamos") decides the register.
  if (note) return !FORMAL_NOTE.test(note);
  return INFORMAL_MARKS[lang].test(text) && !FORMAL_MARKS[lang].test(text);
}

/**
 * A clause telling the rep how to address them ("er ist per du", "duzt alle auf LinkedIn", "on se tutoie", "nos
 * tuteamos", "le hablo de usted", "trata-se por tu"): a register instruction, applied, never said to the reader.
 */
const REGISTER_NOTE: Record<FramedLang, RegExp> = {
  de: /(?<![\p{L}])(?:(?:er|sie|wir)\s+(?:ist|sind)\s+)?(?:per\s+(?:du|Du|Sie)|duzt|duzen|siezt|siezen)(?![\p{L}])[^,;.!?]*/u,
  es: /(?<![\p{L}])(?:(?:nos|me|le|la|lo)\s+)?(?:tutea|tuteamos|tutean|tutear|trat(?:a|o|amos)\s+de\s+(?:tú|tu|usted)|habl(?:a|o|amos)\s+de\s+(?:tú|tu|usted))(?![\p{L}])[^,;.!?]*/iu,
  fr: /(?<![\p{L}])(?:on\s+se\s+|il\s+|elle\s+|je\s+(?:le|la)\s+|nous\s+nous\s+)?(?:tutoie|tutoient|tutoyons|vouvoie|vouvoient|vouvoyons)(?![\p{L}])[^,;.!?]*/iu,
  pt: /(?<![\p{L}])(?:trat(?:a|o|amo)(?:-(?:se|nos))?|tratamo-nos)\s+por\s+(?:tu|você|senhora?)(?![\p{L}])[^,;.!?]*/iu,
};
const FORMAL_NOTE = /(?<![\p{L}])(?:Sie|siezt|siezen|usted|vouvoie|vouvoient|vouvoyons|senhora?)(?![\p{L}])/u;

/** The answer without its register note, and the comma or dash before it. */
export function withoutRegisterNote(lang: FramedLang, text: string): string {
  const m = REGISTER_NOTE[lang].exec(text);
  if (!m) return text;
  // The whole clause goes: from the break before it ("…, er ist per du", "… -- duzt alle") to the next.
  const before = text.slice(0, m.index);
  const cut = Math.max(
    before.lastIndexOf(','),
    before.lastIndexOf(';'),
    before.lastIndexOf(' - '),
    before.lastIndexOf('--'),
  );
  const start = cut >= 0 && /^[\s,;:–—-]*(?:\p{L}+\s+){0,3}$/u.test(text.slice(cut + 1, m.index)) ? cut : m.index;
  return `${text.slice(0, start)}${text.slice(m.index + m[0].length)}`
    .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/gu, '')
    .trim();
}

// The composer's own formal words, and the rep's register for them.
type Replacement = string | ((match: string, ...groups: string[]) => string);
const TO_INFORMAL: Record<FramedLang, Array<[RegExp, Replacement]>> = {
  de: [
    [/Ich kann Ihnen Folgendes anbieten:/g, 'Ich kann dir Folgendes anbieten:'],
    [/Wir bieten Ihnen (eine?n?) /g, 'Wir bieten dir $1 '],
    [/Gern zeige ich Ihnen, wie/g, 'Gern zeige ich dir, wie'],
    [/Gern zeige ich Ihnen, wie\./g, 'Gern zeige ich dir, wie.'],
    [/Hätten Sie Lust/g, 'Hättest du Lust'],
    [/ für Sie interessant\?/g, ' für dich interessant?'],
    [/ auf Sie aufmerksam geworden/g, ' auf dich aufmerksam geworden'],
  ],
  es: [
    [/Con gusto le (ofrezco|comparto|muestro)/g, 'Con gusto te $1'],
    [/y con gusto le muestro cómo/g, 'y con gusto te muestro cómo'],
    [/¿Tendría tiempo para/g, '¿Tendrías tiempo para'],
    [/^(Vi|Leí) su /g, '$1 tu '],
    [/, y con gusto le muestro cómo/g, ', y con gusto te muestro cómo'],
    [/^Con gusto le muestro cómo\./gm, 'Con gusto te muestro cómo.'],
    // "Usted contaste": the frame's "Usted" before the rep's own tú.
    [/^Usted (\p{Ll})(?=\p{L}*(?:aste|iste|ás|és|ís)(?![\p{L}]))/gu, (_m, ch) => ch.toUpperCase()],
  ],
  fr: [
    [/([Jj]e) vous propose/g, '$1 te propose'],
    [/Je peux vous envoyer/g, "Je peux t'envoyer"],
    [/je peux vous montrer comment/g, 'je peux te montrer comment'],
    [/Je peux vous montrer comment\./g, 'Je peux te montrer comment.'],
    [/Seriez-vous disponible pour/g, 'Serais-tu disponible pour'],
    [/Puis-je vous /g, 'Puis-je te '],
    [/J'ai lu votre /g, "J'ai lu ton "],
    [/de vous contacter/g, 'de te contacter'],
    [/Je vous ai (rencontré|croisé|vu|entendu)(e?)/g, "Je t'ai $1$2"],
  ],
  pt: [],
};

function informal(lang: FramedLang, text: string): string {
  return TO_INFORMAL[lang].reduce(
    (t, [re, to]) => (typeof to === 'string' ? t.replace(re, to) : t.replace(re, to as (m: string) => string)),
    text,
  );
}

export interface FrameAnswers {
  channel: Channel;
  prospectFirstName: string;
  whoIAm: string;
  howKnown: string;
  whyYou: string;
  whatsInIt: string;
  ask: string;
  /** The rep's company as who-I-am names it, '' if it does not: the subject of a value typed without one. */
  company?: string;
  /** No room to spare: a customer's result offered goes without its "Un exemple :" (the offer says why it is there). */
  tight?: boolean;
  /** The register a note the rep left decided ("er ist per du"), the note itself already gone from the answers. */
  casual?: boolean;
  /** The reader's role as given ("Leiterin Einkauf"), '' or absent if none. */
  role?: string;
}

/** The answers without their register notes, the register they decide kept. */
export function registerApplied<T extends FrameAnswers>(lang: FramedLang, a: T): T {
  const casual = informalRegister(lang, [a.howKnown, a.whyYou, a.whatsInIt, a.ask]);
  return {
    ...a,
    casual,
    howKnown: withoutRegisterNote(lang, a.howKnown),
    whyYou: withoutRegisterNote(lang, a.whyYou),
    whatsInIt: withoutRegisterNote(lang, a.whatsInIt),
    ask: withoutRegisterNote(lang, a.ask),
  };
}

interface Frames {
  greeting(first: string): string;
  toYou(text: string): string;
  who(text: string): string;
  known(text: string): string;
  /** `role`: the reader's role as given, '' if none. */
  why(text: string, role?: string): string;
  offer(text: string, company: string): string;
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
    // A word glued to a figure is its suffix, no word of its own: "60er", "3er-Team".
    new RegExp(`(?<![\\p{L}\\p{N}'’])(${words.join('|')})(?![\\p{L}])`, flags),
    (m) => map[m] ?? map[m.toLowerCase()] ?? m,
  );
}

function stripQuestion(text: string): string {
  return text.replace(/^[¿\s]+/, '').replace(/[\s?]+$/, '');
}

/**
 * A customer of ours with what they did ("um cliente nosso de logística baixou a inadimplência …", "nos clients en
 * excavation sauvent 2 jours", "ein Kunde spart …"): a peer's result is a sentence of its own, never a thing offered.
 */
const PEER = /(?<![\p{L}])(?:clientes?|clients?|kunden?|kundinnen|kundin)(?![\p{L}])/iu;
function peerResult(text: string, finite: RegExp): boolean {
  const at = text.search(PEER);
  // In the value's first clause: "cotação em 24h, um cliente nosso economizou 9%" offers the quote first.
  return at >= 0 && !/[,;:]/.test(text.slice(0, at)) && finite.test(text.slice(at));
}

/**
 * A thing offered typed as a bare singular noun ("prueba de compresión …", "guía de migración", "teste grátis") takes
 * its article after the frame: "le ofrezco una prueba …", "posso lhe oferecer um teste …". Its gender by its ending
 * (-a, -ión, -dad, -ção, -gem are feminine; -ma is not); a plural, a verb, a determiner or a mass noun stays as typed.
 */
function withArticle(lang: 'es' | 'pt', text: string): string {
  const first = /^\p{Ll}+(?=\s|$)/u.exec(text)?.[0] ?? '';
  const verbLike =
    lang === 'es'
      ? /(?:s|ar|er|ir|mente|an|en|(?:ar|er|ir)(?:le|la|lo|les|los|las|te|me|nos))$/u
      : /(?:s|ar|er|ir|mente|am|(?<!g)em|ou|eu|iu)$/u;
  // A list ("rastreo y alertas", "telemetria, consumo") stays a list, and a mass noun ("frete grátis", "mantenimiento
  // incluido") takes no article.
  const list = /^\p{Ll}+(?:\s+\p{Ll}+)?\s*(?:,|\s(?:y|e)\s)/u.test(text);
  if (first.length < 3 || verbLike.test(first) || NO_ARTICLE[lang].test(first) || list) return text;
  // The ending tells the gender of most nouns; these are the common ones it gets wrong ("análise", "reunião", "base",
  // "clase" are feminine; "mapa", "programa", "sistema" masculine).
  // "guia" is a guide (masculine) but a tax slip is "a guia" ("guia de ICMS", "guia do DARF", "guia … gerada").
  const known = lang === 'pt' && first === 'guia' && PT_GUIA_SLIP.test(text) ? 'f' : GENDER_EXCEPTIONS[lang][first];
  const feminine =
    known !== undefined
      ? known === 'f'
      : (lang === 'es' ? /(?:[^m]a|ión|ion|dad|tad|tud|umbre)$/u : /(?:[^m]a|[çc][ãa]o|s[ãa]o|dade|gem)$/u).test(first);
  const article = lang === 'es' ? (feminine ? 'una' : 'un') : feminine ? 'uma' : 'um';
  return `${article} ${text}`;
}
const PT_GUIA_SLIP =
  /^guia\s+(?:(?:de|do|da)\s+(?:icms|iss|inss|fgts|darf|gps|recolhimento|impostos?|pagamento|tributos?|das|gare|gnre|ipva|iptu|st|difal|arrecadação|arrecadacao)(?![\p{L}])|[^,.;]*?(?<![\p{L}])(?:gerada|emitida|paga|vencida|recolhida)(?![\p{L}]))/iu;
const GENDER_EXCEPTIONS: Record<'es' | 'pt', Record<string, 'f' | 'm'>> = {
  es: {
    demo: 'f',
    foto: 'f',
    moto: 'f',
    clase: 'f',
    base: 'f',
    llave: 'f',
    red: 'f',
    mapa: 'm',
    programa: 'm',
    sistema: 'm',
    problema: 'm',
    tema: 'm',
    día: 'm',
    dia: 'm',
    esquema: 'm',
    diagrama: 'm',
  },
  pt: {
    demo: 'f',
    foto: 'f',
    moto: 'f',
    análise: 'f',
    analise: 'f',
    base: 'f',
    reunião: 'f',
    reuniao: 'f',
    chave: 'f',
    rede: 'f',
    equipe: 'f',
    parede: 'f',
    sede: 'f',
    fonte: 'f',
    ponte: 'f',
    fase: 'f',
    classe: 'f',
    guia: 'm',
    cronograma: 'm',
    organograma: 'm',
    fluxograma: 'm',
    clima: 'm',
    idioma: 'm',
    mapa: 'm',
    programa: 'm',
    sistema: 'm',
    problema: 'm',
    tema: 'm',
    dia: 'm',
    esquema: 'm',
    diagrama: 'm',
  },
};
const NO_ARTICLE: Record<'es' | 'pt', RegExp> = {
  es: /^(?:un|una|uno|el|la|lo|mi|tu|su|nuestr[oa]|est[eao]|es[eao]|aquel|aquella|otr[oa]|tod[oa]|cada|algún|alguna|ningún|ninguna|cualquier|mucho|mucha|poco|poca|medio|media|dos|tres|cuatro|cinco|diez|cien|mil|ayuda|información|informacion|acceso|soporte|apoyo|asesoría|asesoria|gratis|hasta|más|mas|menos|sin|con|para|por|desde|que|como|mejor|nuevo|nueva|gran|primer|primera|mantenimiento|playo|transporte|envío|envio|flete|trazabilidad|visibilidad|conectividad|telemetría|telemetria)$/u,
  pt: /^(?:um|uma|o|a|meu|minha|seu|sua|noss[oa]|est[ea]|ess[ea]|aquele|aquela|outr[oa]|tod[oa]|cada|algum|alguma|nenhum|nenhuma|qualquer|muito|muita|pouco|pouca|meio|meia|dois|duas|três|tres|dez|cem|mil|ajuda|informação|informacao|acesso|suporte|apoio|consultoria|grátis|gratis|até|ate|mais|menos|sem|com|para|por|desde|que|como|melhor|novo|nova|grande|primeiro|primeira|frete|manutenção|manutencao|telemetria|transporte|cliente|rastreabilidade|visibilidade|conectividade)$/u,
};

/**
 * True when `text` starts with one of `words` (a regex alternation) as a whole word, with or without its accents:
 * reps in a hurry type "lo lei", "ja vi", "rencontree" for "lo leí", "já vi", "rencontrée".
 */
function startsWith(text: string, words: string): boolean {
  if (new RegExp(`^(?:${words})(?![\\p{L}'’])`, 'iu').test(text)) return true;
  // Only a first word typed with no accent at all is read without them: "té verde" is no "te", and "Uber" no "über"
  // (an umlaut is a letter of its own, never dropped).
  const first = /^\S*/u.exec(text)?.[0] ?? '';
  const bare = withoutAccents(words);
  if (bare === words || first.normalize('NFD') !== first) return false;
  return new RegExp(`^(?:${bare})(?![\\p{L}'’])`, 'iu').test(text);
}
/** Acute, grave, circumflex, tilde and cedilla taken off: "leí" is "lei", "já" is "ja"; "über" stays. */
const withoutAccents = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u0303\u0327]/gu, '')
    .normalize('NFC');

function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/**
 * A value typed as what the product does, without who does it ("reduz o custo de frete …", "senkt
 * Stillstandszeiten …"): the rep's company does it, or "our solution" when who-I-am names none, and
 * the claim is offered as English offers it ("…, and I'm happy to share how").
 */
function claimWithSubject(text: string, verbs: RegExp, company: string, ours: string, offer: string): string {
  if (!verbs.test(text)) return '';
  return sentence(`${company || ours} ${text}${genericClaim(text) ? '' : offer}`);
}

// A claim that fits any company ("hilft Unternehmen zu wachsen", "ayuda a las empresas a crecer", "líder
// del mercado"): no figure, nothing to check. Said plainly, never followed by an offer to show how.
const GENERIC_FRAMED_CLAIM =
  /(?<![\p{L}])(?:wachsen|wachstum|erfolgreich(?:er)?|führende[rnms]?|marktführer|innovative[rnms]?|crecer|crecimiento|éxito|líder(?:es)?|innovador[ae]?s?|croître|croissance|réussir|leader|innovante?s?|crescer|crescimento|sucesso|inovador[ae]?s?)(?![\p{L}])/iu;
function genericClaim(text: string): boolean {
  return (
    !/\d/.test(text) &&
    !/\s\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(text) &&
    GENERIC_FRAMED_CLAIM.test(text) &&
    text.split(/\s+/).length <= 12
  );
}

// ---------------------------------------------------------------------------------------------
// Deutsch: Sie, Ihr, Ihnen. The verb after "er"/"sie" moves from third person singular to "Sie".

const DE_VERBS: Record<string, string> = {
  weiss: 'wissen',
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
  // Strong verbs change their vowel in the singular only: "sieht er" is "sehen Sie".
  sieht: 'sehen',
  gibt: 'geben',
  nimmt: 'nehmen',
  spricht: 'sprechen',
  trifft: 'treffen',
  hält: 'halten',
  fährt: 'fahren',
  läuft: 'laufen',
  liest: 'lesen',
  isst: 'essen',
  lässt: 'lassen',
  trägt: 'tragen',
  fällt: 'fallen',
  gefällt: 'gefallen',
  hilft: 'helfen',
  wirft: 'werfen',
  vergisst: 'vergessen',
  empfiehlt: 'empfehlen',
  tut: 'tun',
};

/**
 * "ihr" that is no possessive, with no noun after it: after a preposition or before one, an article or the clause's end
 * ("also landet das bei ihr", "dass ihr in der Instandhaltung zwei Leute fehlen"), it is "to her", the dative: "Ihnen",
 * in the rep's du "dir". A possessive is followed by its noun ("ihr Team"), never by a determiner of its own ("schick
 * ich ihr unsere Liste" is "Ihnen unsere Liste").
 */
// "mit ihr und ihrem Küchenchef": before "und"/"oder" too, "ihr" is no possessive, which stands before its noun.
const DE_IHR_DATIVE =
  /(?<![\p{L}])ihr(?=\s*(?:[,.;:!?)]|$)|\s+(?:und|oder|in|im|an|am|auf|aus|bei|beim|mit|nach|von|vom|zu|zum|zur|seit|der|die|das|den|dem|des|ein|eine|einen|einem|einer|unser|unsere|unseren|unserem|mein|meine|meinen|meinem|kein|keine|keinen|diese|diesen|dieses|zwei|drei|vier|\d+|nicht|nichts|auch|schon|noch|gerade|doch|ja|sehr|jetzt|immer|gut|leid|egal|wichtig|klar)(?![\p{L}]))/gu;
export function deDativeIhr(text: string, you: string): string {
  return text.replace(DE_IHR_DATIVE, (m, at: number, all: string) => {
    // "was ihr im Hotel macht": "ihr" with a verb of its own ("macht", "habt", "seid") later in the clause is "you all".
    const clause = /^[^,.;:!?]*/u.exec(all.slice(at + m.length))?.[0] ?? '';
    const before = all.slice(Math.max(0, at - 12), at);
    if (/(?<![\p{L}])(?:bei|mit|von|zu|nach|aus|seit|gegenüber)\s+$/u.test(before)) return you;
    const verbs = clause.match(/(?<![\p{L}])\p{Ll}{2,}t(?![\p{L}])/gu) ?? [];
    return verbs.some((v) => !DE_NOT_INVERTED.test(v) && !DE_NO_VERB.has(v)) ||
      /(?<![\p{L}])(?:seid|habt)(?![\p{L}])/u.test(clause)
      ? m
      : you;
  });
}

/** Words that end in "t" before "er" and are no verb of his: "damit er", "seit er", "nicht er". */
const DE_NOT_INVERTED =
  /^(?:damit|seit|bist|erst|selbst|jetzt|nicht|nichts|meist|zuletzt|fast|sonst|mit|bit|zuerst|weit|bereit|heut|jedenfalls)$/u;

/** Words after "er"/"sie" that are no verb ("wissen sie nicht", "hat sie gerade …"): left as they are. */
const DE_NO_VERB = new Set(
  'nicht nichts noch schon auch jetzt gerade erst selbst bereits immer oft gar ja doch eben halt mal gern gerne sehr zwar wohl etwa bisher zuletzt meist fast sonst nur gestern heute dort hier damals zusammen derzeit aktuell bald vielleicht wirklich eigentlich letzte letzten letztes nächste nächsten'.split(
    ' ',
  ),
);

/** A strong verb's third person and its plural, which changes the vowel back: "übernimmt" → "übernehmen". */
const DE_STRONG: [RegExp, string][] = [
  [/nimmt$/u, 'nehmen'],
  [/gibt$/u, 'geben'],
  [/sieht$/u, 'sehen'],
  [/liest$/u, 'lesen'],
  [/spricht$/u, 'sprechen'],
  [/hilft$/u, 'helfen'],
  [/trifft$/u, 'treffen'],
  [/fährt$/u, 'fahren'],
  [/läuft$/u, 'laufen'],
  [/hält$/u, 'halten'],
  [/lässt$/u, 'lassen'],
  [/trägt$/u, 'tragen'],
  [/schläft$/u, 'schlafen'],
  [/wächst$/u, 'wachsen'],
  [/wirft$/u, 'werfen'],
  [/wirbt$/u, 'werben'],
  [/gilt$/u, 'gelten'],
  [/(?<!m)isst$/u, 'essen'],
  [/(?<!ver)misst$/u, 'messen'],
  [/tritt$/u, 'treten'],
  [/bricht$/u, 'brechen'],
  [/fiehlt$/u, 'fehlen'],
  [/stirbt$/u, 'sterben'],
];
function deVerb(verb: string): string {
  const known = DE_VERBS[verb];
  if (known) return known;
  // "übernimmt", "gibt ab": the vowel the third person changed comes back in the plural; never "übernimmen".
  for (const [form, plural] of DE_STRONG) if (form.test(verb)) return verb.replace(form, plural);
  if (/te$/.test(verb)) return `${verb}n`; // sagte → sagten
  if (/[dt]et$/.test(verb)) return `${verb.slice(0, -2)}en`; // arbeitet → arbeiten
  if (/[^aeiouäöü]t$/u.test(verb) && verb.length > 3) return `${verb.slice(0, -1)}en`; // verbringt → verbringen
  return verb;
}

// German capitalises every noun; reps typing fast often don't ("ihr team", "nächste woche"), and the reader sees the
// draft, not the answers. Without a German lexicon a noun is known by where it stands: after an article, a possessive
// or an article fused with a preposition ("unser leitfaden" → "unser Leitfaden", "beim maritime hackathon"), after a
// figure ("12 seiten" → "12 Seiten"), after "per"/"pro" ("per mail") and after "nächste"/"letzte" ("nächste woche").
// A word with the ending the article asks of an adjective ("die neue", "ein neuer") is an adjective where a word follows
// it; it is skipped only when its suffix says adjective ("einem ähnlichen lager" → "einem ähnlichen Lager") and otherwise
// nothing changes ("unsere neue lösung", "die zahlen zeigen": which is the noun is a guess). A word of grammar ("ein
// paar", "am besten"), a verb ("ihr sucht", "und das läuft", "Ihnen die schicken?", "um 8% senken") is no noun and
// stays, and a "die"/"der" after a comma opens a relative clause ("Brauerei, die ham …").
/** Determiners whose adjective ends in "-er"/"-es" ("ein neuer", "unser neues"); the others' ends in "-e"/"-en". */
const DE_DET_BARE = /^(?:ein|kein|mein|dein|sein|ihr|Ihr|unser|euer)$/u;
const DE_DET =
  /^(?:ein|kein|mein|dein|sein|ihr|Ihr|Ihre|unser|euer|unsr|eur)(?:e|en|em|er|es)?$|^(?:der|die|das|den|dem|des|diese[rnms]?|jede[rnms]?|im|am|zum|zur|beim|vom|ins|ans|aufs|fürs|fuers|ums|übers|uebers|durchs)$/u;
/** Words after which the next is the noun itself: "per mail", "pro anlauf", "nächste woche". */
const DE_BEFORE_NOUN = /^(?:per|pro|nächste[nmrs]?|letzte[nmrs]?|naechste[nmrs]?)$/u;
/** Adjectives by their suffix ("ähnlichen", "vergleichbaren", "12-seitigen") or as ordinals ("ersten", "nächsten"). */
const DE_ADJECTIVE =
  /^(?:\d+-\p{Ll}+|\p{Ll}+(?:(?<!e)ig|lich|bar|sam|haft|los|voll|ös)(?:e|en|er|es|em)|\p{Ll}{3,}isch(?:e|en|er|es|em)|(?:erst|zweit|dritt|viert|fünft|letzt|nächst|naechst|neu|alt)(?:e|en|er|es|em))$/u;
/** Words of grammar: never the noun after a determiner or a figure. */
export const DE_GRAMMAR = new Set(
  `${[...DE_NO_VERB].join(' ')} und oder aber dass weil wenn ob als wie so da dann denn sondern mit von für bei zu nach über unter vor aus auf an in im am um zum zur beim vom ins ans aufs ohne durch gegen seit bis pro per ab ich du er sie es wir ihr mich dich sich uns euch mir dir ihm ihn ihnen man was wer wo wann warum welche welcher paar bisschen wenig viel viele mehr weniger alle alles beide beiden andere anderen ganz ist sind war hat haben wird werden kann können muss müssen soll sollen will wollen darf dürfen würde würden könnte sollte müsste mal x vs bzw usw etc ca der die das den dem des ein eine einen einem einer eines kein keine zwei drei vier fünf sechs zehn hundert tausend vorher nachher später früher davon dafür damit dazu`
    .split(' ')
    .flatMap((w) => [w, w.replace(/ä/gu, 'ae').replace(/ö/gu, 'oe').replace(/ü/gu, 'ue')]),
);
/**
 * A noun by its ending alone: German makes nouns, never verbs or adjectives, with "-ung", "-heit", "-keit", "-schaft",
 * "-ion", "-tät", "-nis", "-ismus", "-ment", "-ur", "-erei", "-ik" ("steuerung", "modernisierung", "mechanik",
 * "qualitaet"), in the singular or the plural. Five letters at least, so "nur", "zur", "pur" stay; not "jung", "young",
 * "gescheit" or "retour", whose ending only looks so; and not a word with a hyphen, whose first part may be an acronym
 * ("cnc-steuerung").
 */
const DE_NOUN_BY_SUFFIX =
  /^(?!(?:jung|gescheit|retour)$)\p{Ll}{2,}(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|ion|ionen|tät|täten|taet|taeten|nis|nisse|nissen|ismus|ment|ments|[^o]ur|uren|erei|ereien|ik|iken)$/u;
/**
 * A noun German took from English with its "-ing" ("energiemonitoring", "controlling", "meeting", "leasing"): German
 * makes no verb or adjective so, but "gering", the past of "gehen", "fangen", "hängen" with their prefixes ("anfing",
 * "umging", "aufhing") and the English words that are no noun ("something", "during", "bring").
 */
const DE_NOUN_ING =
  /^(?!\p{Ll}*thing$|during$|gering$|spring$|bring$|(?:an|ab|auf|aus|ein|um|ent|emp|ver|zu|vor|vorbei|weiter|zurück|zurueck|hin|her|los|weg|mit|nach|durch|über|ueber|unter|fort|be|er|ge|zer|miss)?(?:ging|fing|hing)$)\p{Ll}{3,}ing$/u;
/** Prepositions a bare noun follows without its article ("vor ort", "statt neukauf", "bei bedarf", "mit abstand"). */
const DE_BARE_PREPOSITION = /^(?:vor|statt|anstatt|ohne|trotz|wegen|mit|nach|bei|aus|seit|außer|ausser)$/u;
/** A unit of time: after a figure always its noun ("10 tage ausser Betrieb", "3 wochen stillstand"). */
const DE_TIME_UNIT =
  /^(?:tag|tage|tagen|woche|wochen|monat|monate|monaten|jahr|jahre|jahren|stunde|stunden|minute|minuten)$/u;
/**
 * A present participle with an adjective's ending ("bestehender", "laufenden", "fehlende"): an adjective, which no
 * comparative shares; not "Kalender", whose letters only look so.
 */
const DE_PARTICIPLE = /^(?!kalender$)\p{Ll}{3,}(?:en|ern|eln)d(?:e|en|er|es|em)$/u;
/**
 * A present participle or "-end" word with no ending ("dauernd", "laufend"): an adverb, never a determiner's noun
 * ("einer dauernd ausfällt"); not the nouns so spelt ("Jugend", "Gegend", "Backend").
 */
const DE_PARTICIPLE_BARE =
  /^(?!(?:jugend|tugend|gegend|backend|frontend|weekend|legend|dividend)$)\p{Ll}{3,}(?:en|ern|eln)d$/u;
/** Adverbs a preposition may take instead ("mit drin", "nach oben", "seit gestern"): never its noun. */
const DE_ADVERB_AFTER_PREPOSITION =
  /^(?:drin|dran|drauf|drum|dabei|rein|raus|rüber|rueber|her|hin|hinein|heraus|weg|los|zurück|zurueck|vorne|vorn|oben|unten|hinten|links|rechts|innen|außen|aussen|sofort|morgen|gestern|heute|bald|gleich|selbst|selber|kurz|lang|langem|wie|was|sowas|etwas|jemand|niemand)$/u;
/** Words that open a clause: a "der"/"die"/"das" after them may be its subject pronoun ("und das läuft …"). */
const DE_CLAUSE_OPENERS =
  /^(?:und|oder|aber|dass|weil|wenn|falls|sobald|ob|als|wie|sondern|denn|da|bevor|nachdem|obwohl)$/u;
const DE_PERSONAL = /^(?:Ihnen|dir|mir|uns|euch|ihm|Sie|ich|wir|du|er|es)$/u;

/** English words a compound's part may be that stay in lower case ("Follow-up", "Know-how", "Plug-and-play"). */
const DE_COMPOUND_PARTICLE = /^(?:up|in|on|out|off|how|by|and|of|the|to|down|over|back|away|ex|co|re|non|pre|self)$/iu;
/**
 * A compound with a hyphen, of two or three words, one of them in lower case: German joins nouns so ("Demo-Zugang",
 * "Lastspitzen-Analyse", "MDR-Beitrag"). Not where a part is a word of grammar ("Schritt-für-Schritt", "vor-ort"), an
 * English particle ("Follow-up", "Check-in"), a figure ("12-seitigen"), or where the last part is an adjective, a
 * participle or an infinitive of "-ieren" ("deutsch-polnische", "vor-programmiert"); the last part four letters at least.
 */
function deNounCompound(w: string): boolean {
  const parts = w.split('-');
  if (parts.length < 2 || parts.length > 3 || !/^\p{L}+(?:-\p{L}+)+$/u.test(w)) return false;
  if (!parts.some((p) => /^\p{Ll}/u.test(p))) return false;
  const last = (parts[parts.length - 1] ?? '').toLowerCase();
  if (last.length < 4) return false;
  if (parts.some((p) => DE_GRAMMAR.has(p.toLowerCase()) || DE_COMPOUND_PARTICLE.test(p))) return false;
  if (
    DE_ADJECTIVE.test(last) ||
    /(?:isch|lich|ig|bar|sam|haft|los|konform|frei|bereit|gerecht|neutral|relevant|intensiv|weit|nah|fest|arm|reich|stark|schwach|sicher|tauglich|fähig|kompatibel|gestützt|orientiert|basiert|ready|based|free|friendly)(?:e|en|er|es|em)?$/u.test(
      last,
    )
  )
    return false;
  return !/^(?:ab|an|auf|aus|ein|mit|nach|um|vor|zu)?ge\p{Ll}{2,}t$|ier(?:en|t|te)$/u.test(last);
}
/**
 * A German noun written as German writes it: its first letter, and each part's after a hyphen, in capitals; a part
 * with no vowel ("mdr", "crm", "pv") or of two letters ("ki", "it") is an acronym, all in capitals ("MDR-Beitrag",
 * "KI-Lösung"), where the word has another part.
 */
function deNounCased(w: string): string {
  if (!w.includes('-')) return nameCased(w);
  return w
    .split('-')
    .map((p) =>
      /^\p{Ll}+$/u.test(p) &&
      (/^[b-df-hj-np-tv-xz]{2,5}$/u.test(p) || (p.length === 2 && !DE_COMPOUND_PARTICLE.test(p) && !DE_GRAMMAR.has(p)))
        ? p.toUpperCase()
        : nameCased(p),
    )
    .join('-');
}

/** The draft's German nouns typed in lower case, capitalised where their place says noun: see above. */
export function deNounsCapitalised(text: string): string {
  const tokens = text.split(/(\s+)/u);
  const word = (k: number) => tokens[k] ?? '';
  const bare = (w: string) => w.replace(/^[„"'(]+|[.,;:!?…)"“'»]+$/gu, '');
  const content = (w: string) => /^\p{L}/u.test(w) && !DE_GRAMMAR.has(w.toLowerCase());
  const lowerWord = (w: string) => /^\p{Ll}[\p{Ll}-]*\p{Ll}$/u.test(w) && content(w);
  const out = [...tokens];
  for (let k = 0; k < tokens.length; k += 2) {
    // Punctuation after the determiner ends the phrase; an opening bracket before it opens one: "(2 schichten)".
    if (/[.,;:!?…)"“'»]$/u.test(word(k))) continue;
    const t = bare(word(k));
    if (t === '') continue;
    const before = word(k - 2);
    // Not "30%", not "bis 2025", and not a standard's number ("nach ISO 15189 ansteht", "DIN 12880 gleich mit"): a
    // figure after a name in capitals names it and counts nothing.
    const figure =
      /^\d[\d.,]*$/u.test(t) && !/^(?:19|20)\d\d$/u.test(t) && !/^\p{Lu}{2,}[\p{Lu}\d-]*$/u.test(bare(before));
    const noun = DE_BEFORE_NOUN.test(t.toLowerCase());
    // A determiner opening a sentence is capitalised ("Unsere port call planung"); one capitalised inside a sentence
    // other than the formal "Ihr" may be part of a name ("Die Zeit").
    const opensSentence = k === 0 || /[.!?:]$/u.test(before) || /\n/u.test(word(k - 1));
    if (/^\p{Lu}/u.test(t) && !/^Ihr/u.test(t) && !opensSentence) continue;
    if (!DE_DET.test(/^Ihr/u.test(t) ? t : t.toLowerCase()) && !figure && !noun) continue;
    const definite = /^(?:der|die|das|den|dem)$/iu.test(t);
    if (/^(?:der|die|das)$/iu.test(t) && /,$/u.test(before)) continue; // "Brauerei, die ham …": a relative clause
    const opensClause = k === 0 || /[.;:!?–]$/u.test(before) || DE_CLAUSE_OPENERS.test(bare(before).toLowerCase());
    const adjectiveEnd = DE_DET_BARE.test(/^Ihr/u.test(t) ? t : t.toLowerCase())
      ? /(?:er|es)$/u
      : /(?:e|en|er|es|em)$/u;
    let j = k + 2;
    // Figures and adjectives by their suffix before the noun: "die 40 schiffe", "einem ähnlichen lager".
    for (let skipped = 0; !noun && skipped < 3; skipped++) {
      const w = word(j);
      if (w !== bare(w)) break;
      if (/^\d[\d.,]*$/u.test(w) && !figure) j += 2;
      else if (DE_ADJECTIVE.test(w) && lowerWord(bare(word(j + 2)))) j += 2;
      else break;
    }
    const typed = word(j);
    const w = bare(typed);
    if (!lowerWord(w) || typed.endsWith('…')) continue; // "120 neue…": the word a cut left is no noun's end
    if (DE_DET.test(w.toLowerCase())) continue; // "Ihnen unsere Liste": a determiner is no noun, its own phrase opens
    // "von Ihren 2 Bettenliften einer dauernd ausfällt": "einer" is a pronoun there, and "-end" with no ending an adverb.
    if (DE_PARTICIPLE_BARE.test(w)) continue;
    // "im 2025 bauen Sie …": a word before its subject pronoun is the verb, the inverted order's.
    if (
      typed === w &&
      /(?:en|t|te|ten)$/u.test(w) &&
      /^(?:Sie|sie|ich|wir|du|er)$/u.test(bare(word(j + 2))) &&
      word(j + 2) === bare(word(j + 2))
    )
      continue;
    // "die monatl. Lohnabrechnung": a short form, its letters no German word ends in.
    if (typed.endsWith('.') && (/^\p{Ll}/u.test(word(j + 2)) || /[^aeiouäöül]l$/u.test(w))) continue;
    const ends = typed !== w || j + 2 >= tokens.length;
    const next = bare(word(j + 2));
    // A word with an adjective's ending before another word is an adjective, or a noun before its verb: no telling.
    // After a figure any word tells so ("80 temporäre ein", "12 neuen 5-Achs Maschinen").
    if (
      !noun &&
      !(figure && DE_TIME_UNIT.test(w)) &&
      adjectiveEnd.test(w) &&
      !ends &&
      // "6 lifte im bewohnten …", "40 liegenschaften in …": before a preposition the word ends its phrase, the noun.
      (figure
        ? /^[^(–—-]/u.test(word(j + 2)) &&
          !/^(?:im|in|am|an|auf|aus|bei|beim|für|fuer|mit|nach|pro|seit|über|ueber|unter|von|vom|zum|zur)$/u.test(next)
        : content(next) &&
          // "eine offerte skizzieren?": an infinitive in "-ieren" closing the clause is its verb, the word before its noun.
          !(/^\p{Ll}{3,}ieren$/u.test(next) && (word(j + 2) !== next || j + 4 >= tokens.length)))
    )
      continue;
    // "Aggregate die ausfallen können", "das aufgesetzt hat": an infinitive or a participle after "die"/"das".
    if (
      definite &&
      /en$/u.test(w) &&
      !ends &&
      /^(?:kann|können|koennen|muss|müssen|muessen|soll|sollen|will|wollen|wird|werden)$/u.test(next)
    )
      continue;
    if (definite && /^(?:ab|an|auf|aus|ein|mit|nach|um|vor|zu|zurück|fest|los|weg)?ge\p{Ll}{2,}t$/u.test(w)) continue;
    if (/^ge\p{Ll}{3,}t$|ier(?:en|t|te)$/u.test(w)) continue; // "40 gebucht", "auf 650 reduziert"
    if (figure && w.length <= 3) continue; // "3 std", "20 min"
    if (/^am$/iu.test(t) && /sten$/u.test(w)) continue; // "am besten"
    if (/^ihr$/u.test(t) && /t$/u.test(w)) continue; // "ihr sucht"
    // "und das läuft", "Ihnen die schicken?": "das"/"die" a pronoun before its verb.
    if (definite && (opensClause || (DE_PERSONAL.test(bare(before)) && ends)) && /(?:t|te|ten|en|ern|eln)$/u.test(w))
      continue;
    if (definite && DE_PERSONAL.test(bare(before)) && /er$/u.test(w)) continue; // "wie Sie das sauber …"
    // "zeige Ihnen das live": "das" after whom it is shown is what is shown.
    if (t === 'das' && /^(?:Ihnen|dir|mir|uns|euch|ihm)$/u.test(bare(before))) continue;
    out[j] = typed.replace(w, deNounCased(w));
  }
  // A word that ends its phrase ("ort,", "telefonat?", "check vor", "neukauf und"): punctuation after it, the end, a
  // bracket, a conjunction or a preposition next.
  const endsPhrase = (k: number, also: RegExp) =>
    /[.,;:!?…)"“'»]$/u.test(out[k] ?? '') ||
    k + 2 >= out.length ||
    /^[(–—-]/u.test(out[k + 2] ?? '') ||
    also.test(bare(out[k + 2] ?? ''));
  const preposition =
    /^(?:und|oder|aber|sowie|vor|mit|von|für|fuer|nach|bei|in|im|aus|auf|ohne|statt|pro|per|an|am|zum|zur)$/u;
  const verbLike = (w: string) =>
    /^(?:ab|an|auf|aus|ein|mit|nach|um|vor|zu|zurück|fest|los|weg)?ge\p{Ll}{2,}t$|ier(?:en|t|te)$/u.test(w);
  for (let k = 2; k < out.length; k += 2) {
    const typed = out[k] ?? '';
    const w = bare(typed);
    if (!lowerWord(w) || verbLike(w) || DE_DET.test(w) || w.length < 3) continue;
    const before = out[k - 2] ?? '';
    if (before !== bare(before)) continue; // "…, vor" : the word before belongs to another phrase
    const b = before.replace(/^[„"'(]+/u, '');
    // An adjective with its ending stands before its noun, never at the end of a clause ("neue maschinen,", "kostenloser
    // check vor ort", "automatische lehrereinteilung nach …"); predicates and adverbs take no ending. Not another
    // adjective ("neue, bessere …"), nor a word before a verb ("alte laufen noch").
    // "-er" is also the comparative's, said without a noun ("günstiger, schneller", "mehr oder weniger stark"): only
    // where nothing compares ("kostenloser", "automatischer", "erster") or a preposition asks a case ("mit ähnlicher größe").
    // A participle ("bestehender aufzüge") compares nothing.
    const participle = DE_PARTICIPLE.test(b);
    const comparable =
      /er$/u.test(b) &&
      !participle &&
      !/(?:los|voll|isch|ös|erst|zweit|dritt|viert|fünft|letzt|nächst|naechst)er$/u.test(b) &&
      !preposition.test(bare(out[k - 4] ?? ''));
    const afterAdjective =
      (DE_ADJECTIVE.test(b) || participle) &&
      !comparable &&
      !DE_ADJECTIVE.test(w) &&
      !DE_PARTICIPLE.test(w) &&
      endsPhrase(k, preposition);
    // "ein kurzes telefonat?", "unser neues angebot.": "-es" after "ein"/"kein"/"unser"/"Ihr" is an adjective's ending,
    // and the word after it, ending its phrase, its noun.
    const det = bare(out[k - 4] ?? '');
    const afterNeuter =
      /^\p{Ll}{3,}es$/u.test(b) &&
      DE_DET_BARE.test(/^Ihr/u.test(det) ? det : det.toLowerCase()) &&
      endsPhrase(k, preposition);
    // "vor ort", "statt neukauf,", "ohne stillstand": a bare noun after a preposition, ending its phrase; not an adverb
    // ("mit drin", "nach oben"), nor a word an adjective's or a plural's ending leaves in doubt ("seit kurzem", "nach
    // absprache", "ohne kosten"), nor one an adjective's suffix marks ("für sinnvoll", "mit dabei").
    const afterPreposition =
      DE_BARE_PREPOSITION.test(b) &&
      !/(?:e|en|em|er|es|ig|lich|isch|bar|sam|haft|los|voll|iv|ell)$/u.test(w) &&
      !DE_ADVERB_AFTER_PREPOSITION.test(w) &&
      endsPhrase(k, preposition);
    if (afterAdjective || afterNeuter || afterPreposition) out[k] = typed.replace(w, deNounCased(w));
  }
  // A noun its ending tells, wherever it stands; and a compound with a hyphen ("lastspitzen-analyse", "Demo-zugang",
  // "mdr-beitrag"), which German makes of nouns: each part a noun's capital, or an acronym's ("MDR-Beitrag").
  for (let k = 0; k < out.length; k += 2) {
    const w = bare(out[k] ?? '');
    // An "-ing" word after a word of its own in lower case is an English phrase's end ("crew scheduling"): no telling.
    const before = out[k - 2] ?? '';
    const ing = DE_NOUN_ING.test(w) && !(/^\p{Ll}[\p{L}-]*$/u.test(before) && content(before));
    if ((w.length >= 5 && (DE_NOUN_BY_SUFFIX.test(w) || ing) && content(w)) || deNounCompound(w))
      out[k] = (out[k] ?? '').replace(w, deNounCased(w));
  }
  // "jedes mal", "zum ersten mal": "mal" after a determiner or an ordinal is the noun "Mal".
  for (let k = 2; k < out.length; k += 2) {
    if (
      /^mal(?=[.,;:!?]*$)/u.test(out[k] ?? '') &&
      /^(?:jedes|dieses|das|zum|beim|ein|kein|erste[ns]?|zweite[ns]?|dritte[ns]?|letzte[ns]?|nächste[ns]?|naechste[ns]?|x-te[ns]?)$/iu.test(
        out[k - 2] ?? '',
      )
    )
      out[k] = (out[k] ?? '').replace(/^mal/u, 'Mal');
  }
  return out.join('');
}

/**
 * Who the rep is, in German, as a German writes it: the firm after "bei" or "von" is a name, each of its words
 * capitalised ("bei labwerk service münchen" → "bei Labwerk Service München", "von gipfelbuch" → "von Gipfelbuch"), up
 * to a comma, a dash, a bracket or the end, three words at most; and the role before "bei" is a noun ("außendienst
 * bei", "customer success bei" → "Außendienst bei", "Customer Success bei"). Not after an article ("bei der Stadt"),
 * nor a verb or a word of grammar ("ich arbeite bei", "seit 2019 bei").
 */
export function deWhoCased(who: string): string {
  return deFirmWithLegalForm(who)
    .replace(
      /(?<![\p{L}])(bei|von)\s+(?!(?:der|die|das|dem|den|einem|einer|uns|mir|ihm|ihr|Ihnen)(?![\p{L}]))((?:\p{Ll}[\p{L}\p{N}&.-]*)(?:\s+\p{L}[\p{L}\p{N}&.-]*){0,2})(?=\s*(?:[,;(–—]|\s-\s|$))/gu,
      (_m, at: string, firm: string) => `${at} ${firm.split(/\s+/u).map(nameCased).join(' ')}`,
    )
    .replace(
      /(^|,\s+)((?:\p{Ll}[\p{Ll}-]+\s+){0,2}\p{Ll}[\p{Ll}-]+)(?=\s+bei\s)/gu,
      (m, start: string, role: string) =>
        role
          .split(/\s+/u)
          .some(
            (w) =>
              DE_GRAMMAR.has(w) ||
              /^(?:bin|bist|war|waren|arbeite|arbeiten|arbeitet|tätig|angestellt|beschäftigt|seit|jetzt|neu)$/u.test(w),
          )
          ? m
          : `${start}${role.split(/\s+/u).map(nameCased).join(' ')}`,
    );
}

/** A firm's legal form as it is written: "ag" → "AG", "gmbh" → "GmbH". */
const DE_LEGAL_FORM: Record<string, string> = { ag: 'AG', gmbh: 'GmbH', kg: 'KG', ug: 'UG', sa: 'SA', sàrl: 'Sàrl' };
/**
 * A firm typed in lower case with its legal form ("nadia gerber, limmat lift ag", "… / limmat lift ag", "bei sihltal
 * immobilien gmbh") is a name: each word capitalised and the form as it is written ("Limmat Lift AG"). Up to three words
 * before the form, where a clause opens (the start, a comma, a slash, "bei", "von"), none a word of grammar ("ich bin
 * bei ag" is no firm).
 */
function deFirmWithLegalForm(who: string): string {
  return who.replace(
    /(^|[,/]\s*|(?<![\p{L}])(?:bei|von|der|die)\s+)((?:\p{L}[\p{L}&-]*\s+){1,3})(ag|gmbh|kg|ug|sa|sàrl)(?![\p{L}])/giu,
    (m, start: string, words: string, form: string) => {
      const names = words.trim().split(/\s+/u);
      if (names.some((w) => DE_GRAMMAR.has(w.toLowerCase()))) return m;
      const written = DE_LEGAL_FORM[form.toLowerCase()] ?? form;
      return `${start}${names.map(nameCased).join(' ')} ${form === written ? form : written}`;
    },
  );
}

/**
 * German sets a clause that opens with "dass" off with a comma ("Sie haben gepostet, dass …", "Flo meinte, dass …"),
 * whatever the rep typed; not where "dass" belongs to the word before it ("so dass", "ohne dass", "als dass", "statt
 * dass", "außer dass", "nur dass"), and not at a sentence's start or after other punctuation. So does one that opens
 * with "ob" ("danach wissen Sie, ob …"), but not "als ob", "egal ob", "und ob".
 */
export function deDassComma(text: string): string {
  return text.replace(/(?<=[\p{L}\p{N})])\s+(?=(?:dass|ob)(?![\p{L}]))/gu, (m: string, at: number, all: string) =>
    /(?<![\p{L}])(?:so|ohne|als|statt|anstatt|außer|ausser|nur|bis|und|oder|aber|sondern|egal|auch)$/iu.test(
      all.slice(0, at),
    )
      ? m
      : ', ',
  );
}

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

// A verb opening a value ("senkt Stillstandszeiten …"), and a finite verb anywhere in one.
const DE_CLAIM_VERBS =
  /^(?:senkt|reduziert|spart|hilft|automatisiert|erkennt|verkürzt|halbiert|beschleunigt|findet|zeigt|vermeidet|erhöht|steigert|integriert|vereinfacht|macht|liefert|optimiert|überwacht|verhindert|berechnet|meldet|warnt|schickt|sendet|überträgt|verwaltet|füllt|plant|misst|prüft|bucht|erfasst|sperrt|ersetzt|erinnert|druckt|\p{Ll}+iert)(?![\p{L}])/u;
const DE_FINITE =
  /(?<![\p{L}])(?:ist|sind|hat|haben|war|waren|wird|werden|kann|können|zeigt|zeigen|spart|sparen|senkt|senken|hilft|helfen|bringt|bringen|liefert|liefern|\p{Ll}+iert|\p{Ll}+ierte|\p{Ll}+ierten)(?![\p{L}])/u;

const DE_FINITE_KNOWN =
  /(?<![\p{L}])(?:hat|haben|habe|ist|sind|war|waren|meinte|sagte|gab|empfahl|kennen|kannten|trafen|arbeiteten|studierten|erzählte|erwähnte)(?![\p{L}])/u;

/**
 * Words a later replacement must not touch ("ihn" in "soll ich ihn schicken", "leur" of a group of theirs), held out of
 * the text as a marker and put back at the end.
 */
class Held {
  private readonly words: string[] = [];
  hold(word: string): string {
    this.words.push(word);
    return `\uE000${this.words.length - 1}\uE000`;
  }
  restore(text: string): string {
    return text.replace(/\uE000(\d+)\uE000/g, (_m, i: string) => this.words[Number(i)] ?? '');
  }
}

/** "il" that is no one: "il y a", "il faut", "il semble", "il se trouve que". The word after "il". */
const FR_IMPERSONAL_NEXT = String.raw`(?:y\s+(?:a|avait|aura|aurait)|n['’]y\s+(?:a|avait|aura|aurait)|ne\s+(?:faut|fallait|reste|suffit)|faut|fallait|faudrait|semble|semblait|semblerait|reste|restait|suffit|vaut|agit|paraît|se\s+trouve|s['’]agit)(?![\p{L}])`;

/** "qu'elle"/"qu'il" and its verb, unless the "il" is no one. */
const FR_QU_SUBJECT = new RegExp(
  String.raw`(?<![\p{L}])(qu['’])(elle|il)(?!\s+${FR_IMPERSONAL_NEXT})\s+((?:ne\s+|n['’]\s*)?)(\p{L}+)`,
  'giu',
);
/** "elle"/"il" with its negation, clitics and verb, unless it is no one or an impersonal "il est possible". */
const FR_SUBJECT = new RegExp(
  String.raw`(?<![\p{L}'’-])(elle|il)(?!\s+${FR_IMPERSONAL_NEXT})(?!\s+(?:est|serait|sera|était)\s+(?:possible|utile|nécessaire|important|envisageable|pertinent|intéressant|opportun|temps|question)(?![\p{L}]))\s+(?:(ne|n['’])\s*)?((?:(?:m['’]|l['’]|s['’]|me\s|le\s|la\s|les\s|nous\s|lui\s|leur\s|en\s|se\s|y\s)\s*)*)(\p{L}+)`,
  'giu',
);

/** A modal or auxiliary as "Sie" takes it. */
const DE_PLURAL: Record<string, string> = {
  kann: 'können',
  will: 'wollen',
  muss: 'müssen',
  darf: 'dürfen',
  soll: 'sollen',
  hat: 'haben',
  ist: 'sind',
  wird: 'werden',
  mag: 'mögen',
};

/**
 * "port call planung, spart reedereien 20% abstimmungsaufwand": what we sell, then after its comma the claim's verb
 * without a subject. The thing is the subject: "Unsere port call planung spart …", a claim, not a thing after
 * "Folgendes anbieten:". "Unsere" before a noun whose ending says feminine (-ung, -heit, -ion …), else "Unser".
 */
function deThingThenClaim(text: string): string {
  const m = /^((?:\p{L}[\p{L}-]*\s+){0,3}(\p{L}[\p{L}-]*)),\s+(\p{Ll}+)\s+(.+)$/u.exec(text);
  if (!m || !DE_CLAIM_VERBS.test(m[3] ?? '') || DE_FINITE.test(m[1] ?? '')) return '';
  // "Lieferantenanfragen automatisch vergleichen, spart …": an infinitive is a doing, no thing of ours.
  if (/^\p{Ll}+(?:en|ern|eln)$/u.test(m[2] ?? '')) return '';
  if (/^(?:unser|unsere|ein|eine|der|die|das|wir|ich)(?![\p{L}])/iu.test(m[1] ?? '')) return '';
  const ours = /(?:ung|heit|keit|ion|tät|schaft|ik|ie)$/iu.test(m[2] ?? '') ? 'Unsere' : 'Unser';
  return sentence(`${ours} ${m[1]} ${m[3]} ${m[4]}. Gern zeige ich Ihnen, wie`);
}

/**
 * "kostenloser check vor ort, danach …": a thing we offer, its adjective's ending saying its gender in the nominative
 * (masculine "-er", neuter "-es", feminine "-e" before a noun whose ending says feminine: "-ung", "-heit", "-ion" …).
 * Offered as German offers it, in the accusative: "Wir bieten Ihnen einen kostenlosen Check vor Ort an, danach …",
 * never a bare noun phrase after "Folgendes anbieten:". Only one adjective its suffix tells ("kostenloser",
 * "automatische", "neues"; not "weniger", a comparative), then its noun, then nothing or a phrase a preposition opens, up to a comma or a dash;
 * "-e" before a noun whose gender nothing tells may be a plural ("kostenlose geräte"), and stays as it was.
 */
function deOfferedThing(text: string): string {
  const m =
    /^(\p{Ll}+?)(er|es|e)\s+(\p{L}[\p{L}-]*)((?:\s+(?:vor|für|fuer|mit|in|im|an|am|aus|nach|bei|von|vom|zur|zum|auf|über|ueber|unter|ohne|pro|per|bis)\s+[^,;:–—]+?)?)(\s*(?:[,;]|\s[–—]|$).*)$/su.exec(
      text,
    );
  if (!m) return '';
  const [, stem = '', ending = '', noun = '', after = '', rest = ''] = m;
  if (!DE_ADJECTIVE.test(stem + ending) || DE_ADJECTIVE.test(noun) || DE_GRAMMAR.has(noun.toLowerCase())) return '';
  if (/^ge\p{Ll}{2,}t$|ier(?:en|t|te)$/u.test(noun)) return '';
  // "-er" is the comparative's too ("weniger leerfahrten", "günstiger service"): only where nothing compares.
  if (ending === 'er' && !/(?:los|voll|isch|ös|neu|erst|letzt)$/u.test(stem)) return '';
  const feminine = /(?:ung|heit|keit|schaft|ion|tät|taet|ik|erei)$/u.test(noun);
  const thing =
    ending === 'er' ? `einen ${stem}en` : ending === 'es' ? `ein ${stem}es` : feminine ? `eine ${stem}e` : '';
  if (thing === '') return '';
  return sentence(`Wir bieten Ihnen ${thing} ${noun}${after} an${rest}`);
}

/** The participle of a talk, the last word of how-you-know: "kurz geplaudert", "am Stand gequatscht". */
const DE_TALKED = /(?:geplaudert|gequatscht|gesprochen|geredet|unterhalten|ausgetauscht|gefachsimpelt)/u;

const de: Frames = {
  greeting: (first) => `Hallo ${first},`,
  toYou: (text) => {
    // What is sent or shown is a thing, not them: "soll ich ihn schicken?" is "Soll ich ihn Ihnen schicken?".
    const held = new Held();
    let t = text.replace(
      /(?<=\b(?:soll|darf|kann|könnte|dürfte)\s+ich\s+)(ihn|sie|es)\s+(?=(?:(?:mal|gern|gerne|kurz|einfach)\s+)?(?:schicken|senden|zuschicken|zusenden|mailen|zeigen|weiterleiten)(?![\p{L}]))/giu,
      (_m, thing: string) => `${held.hold(thing)} Ihnen `,
    );
    // "die haben ihre spitze um 22% gedrückt": a possessive in a clause whose subject is "die"/"diese", a peer or a
    // group of theirs with its verb in the plural, is that subject's own, never the reader's; said with the article its
    // ending tells ("die haben die Spitze … gedrückt"), as a lower-case "ihre" reads as someone else to the reader.
    t = t.replace(
      /((?:^|[,;:.!?–]\s*|(?<![\p{L}])(?:und|aber|denn|weil|dass|da)\s+)(?:die|diese|Die|Diese)\s+(?:haben|hatten|konnten|können|sind|waren|\p{Ll}{2,}ten)\s+(?:[^\s,.;:!?]+\s+){0,4}?)ihr(e|en|em|er)(?![\p{L}])/gu,
      (_m, head: string, ending: string) => `${head}${held.hold(`d${ending === 'e' ? 'ie' : ending}`)}`,
    );
    // "sie hat gesagt das ihre hauswäscherei …": after a verb of saying, "das" before a pronoun, a possessive or an
    // article opens what was said, "dass" typed fast; "erzählt, das Projekt …" (an article before its noun) stays, as
    // does one before an ordinal ("erwähnt, das 2. Lager in Fürth geht im Herbst auf").
    t = t.replace(
      /(?<![\p{L}])(gesagt|erzählt|erzaehlt|erwähnt|gemeint|geschrieben|gepostet|berichtet|sagte|meinte|schrieb|erzählte)(,?)\s+das(?=\s+(?:ihr|ihre|ihren|ihrem|ihrer|sein|seine|seinen|seinem|seiner|sie|er|es|die|der|den|dem|man|wir|ich|bei|in|im|seit|jetzt|noch|aktuell|\d+(?!\d|\.(?!\d)))(?![\p{L}]))/giu,
      '$1$2 dass',
    );
    // "würd gern kurz telefonieren", "würd ihr gern die fallstudie schicken": the clipped "würd" of a rep in a hurry has
    // dropped its "ich"; written out, "Ich würde gern …", so what follows it is the rep's, and "ihr" is her.
    t = t.replace(
      /(^|[.!?;]\s*|,\s*)([Ww])ürd(?![\p{L}'’])(?!\s+(?:ich|wir|Sie|er|es|man|du)(?![\p{L}]))/gu,
      (_m, before: string, w: string) => `${before}${w === 'W' || before === '' ? 'Ich' : 'ich'} würde`,
    );
    // "passt ihr nächste Woche?", "geht ihr der Dienstag?": whom a time suits is her, in the dative: "passt es Ihnen".
    // Only before a time, an article or the end: "passt ihr team … an", "geht ihr lager ab März auf 2 Schichten" is
    // her team, her warehouse, the possessive before its noun.
    t = t.replace(
      /(?<![\p{L}])([Pp]asst|[Gg]eht)\s+(?:es\s+)?ihr(?![\p{L}])(?=\s*(?:[,.;:!?)]|$)|\s+(?:nächste\p{L}*|naechste\p{L}*|diese\p{L}*|kommende\p{L}*|übernächste\p{L}*|am|um|ab|morgen|übermorgen|heute|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|der|die|das|ein|eine|\d+|auch|gut|besser|eher|denn|vielleicht|zeitlich|terminlich|so)(?![\p{L}]))(?!\s+(?:\p{L}+\s+){0,3}?(?:habt|seid)(?![\p{L}]))/gu,
      (m: string, verb: string, offset: number, whole: string) => {
        // A subject of its own after it ("passt ihr der Dienstag um 10?", "passt ihr nächste Woche ein kurzer call?")
        // takes no "es": "Passt Ihnen der Dienstag um 10?".
        const rest = (whole.slice(offset + m.length).split(/[.!?;]/u)[0] ?? '').trim();
        const subject = /(?:^|\s)(?:der|die|das|ein|eine)\s+\p{L}/iu.test(` ${rest}`);
        return `${verb} ${subject ? '' : 'es '}${held.hold('Ihnen')}`;
      },
    );
    // "soll ich ihr die schicken?", "schicke ihr gern …": "ihr" given something is her, in the dative: "Ihnen".
    t = t.replace(
      /(?<=(?<![\p{L}])(?:(?:[Ss]oll|[Dd]arf|[Kk]ann|[Kk]önnte|[Ww]ürde|[Ww]erde|[Mm]öchte)\s+ich|[Ii]ch\s+(?:würde|werde|möchte|kann|könnte)|(?:[Ss]chicke|[Ss]ende|[Zz]eige|[Gg]ebe|[Mm]aile|[Ll]eite)(?:\s+ich)?)\s+)ihr(?=\s+(?:die|das|den|sie|es|ihn|eine?n?|gern|gerne|mal|kurz|unsere?n?)(?![\p{L}]))/gu,
      () => held.hold('Ihnen'),
    );
    // "das hat er auch erwähnt": after the verb, "er" is the subject still, and the verb agrees with "Sie".
    t = t.replace(
      /(?<![\p{L}])(hat|ist|war|wird|kann|will|muss|darf|soll|hatte|wollte)\s+er(?![\p{L}])/gu,
      (_m, verb: string) => `${DE_PLURAL[verb] ?? `${verb}n`} ${held.hold('Sie')}`,
    );
    // "findet er selber Verschwendung", "danach sieht er den Zustand": any verb before "er" is his, as "hat er" is; so is
    // one opening a clause before "sie" (", findet sie selber …"), or after who said it ("laut herrn brandt plant sie …").
    t = t.replace(
      /(^|[,;:.!?]\s*|(?<![\p{L}])(?:danach|dann|jetzt|heute|also|deshalb|daher|dort|so|da|dafür|dabei|sonst|nun|laut\s+(?:(?:herrn?|frau|hr\.|fr\.)\s+)?\p{L}+)\s+|(?<![\p{L}]))(\p{Ll}{2,}t|wei(?:ss|ß))\s+(er|sie)(?=\s+\p{Ll})/gu,
      (m, before: string, verb: string, who: string) => {
        if (DE_NOT_INVERTED.test(verb) || DE_NO_VERB.has(verb)) return m;
        if (who === 'sie' && !/[,;:.!?]\s*$|^$|\p{L}\s+$/u.test(before)) return m;
        if (who === 'sie' && before === '') return m;
        const plural = DE_VERBS[verb] ?? deVerb(verb);
        return plural === verb ? m : `${before}${plural} ${held.hold('Sie')}`;
      },
    );
    // "bei ihr", "dass ihr in der Instandhaltung …": her, in the dative.
    t = deDativeIhr(t, held.hold('Ihnen'));
    // "dass die Lkw bei denen 2-3h vorm Gate stehen": "bei denen" said of them is at their place, "bei Ihnen"; after a
    // comma it is a relative clause's ("die Kunden, bei denen …") and stays, and after "und" it is whom the clause before
    // named ("mit 3 Subunternehmern und bei denen gibt es Verzögerungen").
    t = t.replace(
      /(?<![,;]\s*)(?<!(?<![\p{L}])(?:und|oder|aber)\s+)(?<![\p{L}])([Bb]ei)\s+denen(?![\p{L}])/gu,
      (_m, bei: string) => `${bei} ${held.hold('Ihnen')}`,
    );
    // "damit er sie in der Produktion testen kann": the second "sie" is what he tests, not him.
    t = t.replace(
      /(?<![\p{L}\p{N}])(er|sie)\s+(sie|es)(?![\p{L}])/gu,
      (_m, who: string, object: string) => `${who} ${held.hold(object)}`,
    );
    // "die 60er jahre": "-er" glued to a figure is the decade's, no "er".
    t = t.replace(/(?<![\p{L}\p{N}])(er|sie)\s+(\p{Ll}+)/gu, (_m, _who: string, verb: string) =>
      // "wissen sie nicht wie": after an inverted verb, the next word is no verb of hers to conjugate.
      DE_NO_VERB.has(verb) ? `Sie ${verb}` : `Sie ${deVerb(verb)}`,
    );
    // "Sie hat im Podcast erzählt": a capital at the start, but "hat" says she, not the formal you.
    t = t.replace(
      /(^|[.!?]\s+)(?:Sie|Er)\s+(hat|ist|war|wird|kann|will|muss|darf|soll|weiß|mag|hatte|wollte|\p{Ll}+te|\p{Ll}+[^e\s]t)(?![\p{L}])/gu,
      (_m, start: string, verb: string) => `${start}Sie ${deVerb(verb)}`,
    );
    // "bis Q3 qualifiziert sein müssen", "muss fertig sein.", "um dabei zu sein": "sein" before a modal, at a clause's
    // end or after "zu" is the verb "to be", never his possessive, which stands before its noun.
    t = t.replace(
      /(?<![\p{L}])sein(?=\s*(?:[,.;:!?)]|$)|\s+(?:muss|müssen|musste|mussten|müsste|müssten|kann|können|konnte|könnte|könnten|soll|sollen|sollte|sollten|wird|werden|würde|würden|will|wollen|darf|dürfen|dürfte|möchte|möchten)(?![\p{L}]))|(?<=(?<![\p{L}])zu\s+)sein(?![\p{L}])/gu,
      () => held.hold('sein'),
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
    t = held.restore(t);
    // The verb at the end of a clause that "Sie" now opens agrees with it: "damit Sie sie testen kann" → "können", "dass
    // Sie neue Prüfer sucht" → "suchen"; the clause ends at a comma or where the next one opens ("dass Sie gepostet hat
    // dass …"), and not across a clause of its own ("damit Sie sehen, welches Haus ausreißt").
    t = t.replace(
      /(?<![\p{L}])(damit|dass|weil|wenn|ob|sodass|falls)\s+Sie(?![\p{L}])((?:(?!\b(?:man|wir|ich|er|es|wie|was|ob|dass|wenn|weil|damit|wer|wo|wann|warum|welche[rsmn]?|deren|dessen|(?:und|aber|oder)\s+(?:die|der|das|den|dem|ein\p{L}*|Ihr\p{L}*|ihr\p{L}*|sein\p{L}*|unser\p{L}*))\b)[^,.;!?])*?)\s(kann|will|muss|darf|soll|hat|ist|wird|mag|\p{Ll}{2,}t)(?=\s*(?:[,.;!?]|$)|\s+(?:dass|weil|wenn|ob|und|aber)(?![\p{L}]))/gu,
      (m, conj: string, middle: string, verb: string) =>
        DE_NO_VERB.has(verb) || DE_NOT_INVERTED.test(verb)
          ? m
          : `${conj} Sie${middle} ${DE_PLURAL[verb] ?? DE_VERBS[verb] ?? deVerb(verb)}`,
    );
    // "wenn Sie Interesse hat würde ich Ihnen …": a clause "Sie" opens ends where the main clause's verb and its "ich" or
    // "wir" follow; its verb agrees with "Sie", and a comma sets it off ("wenn Sie Interesse haben, würde ich …").
    t = t.replace(
      /(?<![\p{L}])(wenn|falls|sobald|weil|dass|ob)\s+Sie(?![\p{L}])((?:\s+[^\s,.;:!?]+){0,6}?)\s(kann|will|muss|darf|soll|hat|ist|wird|mag|\p{Ll}{2,}t)(?=\s+(?:würde|wuerde|möchte|moechte|kann|könnte|koennte|will|werde|schicke|sende|zeige|melde|komme|rufe|stelle|gebe|lade|mache|biete)\s+(?:ich|wir)(?![\p{L}]))/gu,
      (m, conj: string, middle: string, verb: string) =>
        DE_NO_VERB.has(verb) || DE_NOT_INVERTED.test(verb)
          ? m
          : `${conj} Sie${middle} ${DE_PLURAL[verb] ?? DE_VERBS[verb] ?? deVerb(verb)},`,
    );
    // A verb after "und" without a subject of its own is the same subject's: "Sie sind Leiter und hat das Projekt
    // geleitet" → "und haben".
    t = t.replace(
      /(?<![\p{L}])((?:Sie\s+(?:sind|haben|waren|hatten|werden|können|wollen|müssen|\p{Ll}{2,}en)|(?:sind|haben|waren|hatten|werden|können|wollen|müssen|\p{Ll}{2,}en)\s+Sie)\s(?:[^.,;!?]|(?<=\s\p{Ll}{1,6})\.)*?\sund\s+)(hat|ist|war|wird|kann|will|muss|darf|soll|hatte|wollte|weiß)(?![\p{L}])/gu,
      (_m, head: string, verb: string) => `${head}${deVerb(verb)}`,
    );
    // "Sie planen neue Maschinen, budget aber knapp. hat 5 aeltere hermle": a sentence that opens with a verb of the
    // third person and no subject goes on with whom the sentence before was about, the reader: "Sie haben 5 …". Only
    // where a sentence before has "Sie" for its subject (opening a clause or after its verb, "planen Sie", not "ich habe
    // Sie gesehen"), and only a verb no noun is spelt as.
    t = t.replace(
      /((?:^|[.!?;]\s+)(?:[^.!?;]*?)(?:^|[,;]\s+|(?<![\p{L}])(?:und|aber|dass|weil|laut\s+\p{L}+|\p{Ll}{2,}en)\s+)Sie\s+\p{Ll}+[^.!?;]*[.!?;]\s+)(hat|hatte|ist|war|will|wollte|muss|kann|plant|sucht|braucht|nutzt|betreibt|leitet|fährt|faehrt|baut|fertigt|produziert|investiert|überlegt|ueberlegt|denkt|möchte|moechte)(?=\s+[\p{L}\p{N}])/gu,
      (_m, before: string, verb: string) => {
        const plural = verb === 'möchte' || verb === 'moechte' ? `${verb}n` : (DE_VERBS[verb] ?? deVerb(verb));
        return `${before}Sie ${plural}`;
      },
    );
    // "Anna meinte Sie suchen": reported speech takes a comma.
    t = t.replace(/\b(meinte|meint|sagte|sagt|erzählte|schrieb|erwähnte)\s+(Sie)\b/g, '$1, $2');
    return duToSie(t);
  },
  who: (text) => {
    // "hier ist Tim Vogel von …": the telephone's way of saying who speaks; "bin tim von …", chat's, without "ich".
    const t = text.replace(/^(?:hier ist|bin)\s+/iu, '');
    return /^(ich|mein name)\b/i.test(t) ? sentence(t) : sentence(`Ich bin ${t}`);
  },
  known: (input) => {
    // A recommendation is made to someone, the rep: "hat Sie empfohlen" is "hat Sie mir empfohlen".
    const typed = input.replace(
      /(?<![\p{L}])(hat|hatte)\s+(Sie|dich)\s+((?:weiter)?empfohlen)(?![\p{L}])/gu,
      '$1 $2 mir $3',
    );
    // "Kunde (Hr. Albers, Baustoffe Albers) hat Sie empfohlen": the referrer is the person in the brackets, named with
    // their firm, "Herr Albers von Baustoffe Albers", so no cut takes the name for an aside.
    const text = typed.replace(
      /^(?:(?:ein|eine|unser|unsere)\s+)?(?:Kunde|Kundin|Partner|Partnerin|Kollege|Kollegin|Bekannter|Bekannte)\s*\(\s*(Hr\.?|Herr|Fr\.?|Frau)\s*(\p{Lu}[\p{L}-]+)\s*(?:,\s*([^()]+?))?\s*\)\s*/u,
      (_m, title: string, name: string, firm?: string) =>
        `${/^F/.test(title) ? 'Frau' : 'Herr'} ${name}${firm ? ` von ${firm.trim()}` : ''} `,
    );
    // A clause of its own: "wir waren beide auf dem DVZ-Kongress", "Jan hat mir Ihren Namen gegeben".
    // Chat leaves out "ich": "hab auf der BrauBeviale mit Ihnen gesprochen" is "Ich habe …".
    if (/^(?:hab|habe|hatte|kenne)(?![\p{L}])/u.test(text))
      return sentence(`Ich ${text.replace(/^hab(?![\p{L}])/u, 'habe')}`);
    // "stellenanzeige von nordwerk gesehen": seeing, reading, hearing is the rep's own, "Ich habe …", with the article a
    // feminine ending tells before a bare noun ("die Stellenanzeige"); a noun whose gender nothing tells stays bare. The
    // reader seen ("Sie auf der Messe gesehen") is "Ich habe Sie …" too, where no verb of theirs says they did it.
    const perceived = /^(.+?)\s+(gesehen|gelesen|gehört|gehoert|entdeckt|gefunden|mitbekommen|bemerkt)$/u.exec(text);
    if (perceived && !/[,;]/.test(text) && !/^(?:ich|wir)(?![\p{L}])/iu.test(text) && !DE_FINITE_KNOWN.test(text)) {
      const object = perceived[1] ?? '';
      const head =
        /^(\p{Ll}[\p{L}-]*)(?=\s+(?:von|vom|der|des|bei|auf|für|fuer|zu|zur|zum|über|ueber|im|in)\s|$)/u.exec(
          object,
        )?.[1];
      const bare = head && !DE_GRAMMAR.has(head) && !DE_DET.test(head);
      const article =
        bare && /(?:ung|heit|keit|ion|tät|schaft|anzeige|meldung|nachricht|seite|liste)$/u.test(head) ? 'die ' : '';
      return sentence(`Ich habe ${article}${object} ${perceived[2]}`);
    }
    // "waren beide beim stammtisch in graz, kurz geplaudert": who was there both times is "wir", the rep's chat leaving it
    // out; the talk after the comma is what we then did, "Wir waren beide … und haben kurz geplaudert".
    // A talk with a subject or a verb of its own ("…, Sie haben über … gesprochen", "…, haben uns kurz ausgetauscht") is a
    // clause already: only the "wir" is given.
    const ownClause = (talk: string) =>
      DE_FINITE_KNOWN.test(talk) ||
      /^(?:Sie|Ihr\p{L}*|ihr\p{L}*|er|sie|es|wir|ich|uns|man|sein\p{L}*|die|der|das|den)(?![\p{L}])/u.test(talk);
    if (/^(?:waren|sind)\s+(?:beide|zusammen)(?![\p{L}])/u.test(text)) {
      const talk = new RegExp(`,\\s+((?:[^,]*\\s)?${DE_TALKED.source})$`, 'u').exec(text);
      return sentence(
        talk && !ownClause(talk[1] ?? '') ? `Wir ${text.slice(0, talk.index)} und haben ${talk[1]}` : `Wir ${text}`,
      );
    }
    // "drinktec, kurz am stand gequatscht": the event, then the talk without its "haben", is where we talked: "Wir haben
    // auf der drinktec kurz am Stand gequatscht", a fair's name taking "auf der"; never "Ich bin über drinktec, kurz …
    // gequatscht auf Sie aufmerksam geworden".
    const talkedAt = new RegExp(`^([^,]{2,60}?),\\s+((?:[^,]*\\s)?${DE_TALKED.source})$`, 'u').exec(text);
    const event = talkedAt?.[1] ?? '';
    if (
      talkedAt &&
      !DE_FINITE_KNOWN.test(event) &&
      !startsWith(event, 'ich|wir|Sie') &&
      !ownClause(talkedAt[2] ?? '')
    ) {
      // The article is the noun's: "beim Stammtisch", "beim Webinar", "auf der Messe"; a fair's name ("drinktec") takes
      // "auf der"; a network ("xing") is no place the rep and the reader were, and stays as typed.
      const where = /^(?:auf|bei|beim|am|im|in|an)(?![\p{L}])/iu.test(event)
        ? event
        : !/^\S+$/u.test(event) ||
            /^(?:xing|linkedin|twitter|instagram|facebook|whatsapp|teams|zoom|slack|telefon|mail|e-mail)$/iu.test(event)
          ? ''
          : /(?:tisch|treff|treffen|abend|tag|kongress|gipfel|webinar|seminar|meeting|meetup|event|forum|symposium|festival|barcamp|workshop|frühstück|panel|dinner|vortrag|networking|lunch)$/iu.test(
                event,
              )
            ? `beim ${event}`
            : `auf der ${event}`;
      if (where) return sentence(`Wir haben ${where} ${talkedAt[2]}`);
    }
    if (startsWith(text, 'ich|wir|Sie') || DE_FINITE_KNOWN.test(text)) return sentence(text);
    // "auf der Messe am Stand gequatscht": a participle at the end, without its "haben", is what we did together.
    if (/\s(?:ge\p{Ll}{3,}(?:t|en)|\p{Ll}+iert)$/u.test(text) && !/[,;]/.test(text))
      return sentence(`Wir haben ${text}`);
    // A report ("laut meinem kollegen tim kennt er ihren bauleiter", "über tim weiß ich, dass …"): a source and then a
    // clause of its own, its verb before its subject, is said as typed, never put inside "Ich bin über … auf Sie
    // aufmerksam geworden".
    if (
      startsWith(text, 'laut|über|durch|via') &&
      /^\S+\s+[^,.;:!?]{1,60}?[\s,]+\p{Ll}{2,}(?:t|en|e|ß)\s+(?:er|sie|Sie|es|man|wir|ich|du)(?![\p{L}])/u.test(text)
    )
      return sentence(text);
    if (startsWith(text, 'über|durch|via|auf|bei|beim')) return sentence(`Ich bin ${text} auf Sie aufmerksam geworden`);
    // "empfehlung von Dr. Reuter, …": a recommendation is acted on ("auf Empfehlung"), no way one came across them.
    if (/^empfehlung\s+(?:von|vom|der|des)(?![\p{L}])/iu.test(text)) return sentence(`Ich melde mich auf ${cap(text)}`);
    // "mein ex kollege florian mayr, arbeitet jetzt in der IT …": someone of the rep's, then after a comma their verb
    // without its subject. The person is the subject: "Mein Ex kollege florian mayr arbeitet jetzt in der IT …", never
    // "Ich bin über mein … arbeitet … auf Sie aufmerksam geworden".
    const someone = /^((?:mein|meine|unser|unsere)\s+[^,()]{2,60}?),\s+(\p{Ll}{3,}t)(\s+.+)$/iu.exec(text);
    if (someone && !DE_GRAMMAR.has(someone[2] ?? '') && !DE_NOT_INVERTED.test(someone[2] ?? ''))
      return sentence(`${cap(someone[1] ?? '')} ${someone[2]}${someone[3]}`);
    if (/^(Ihr|Ihre|Ihren|dein|deine|deinen)(?![\p{L}])/u.test(text))
      return sentence(`${cap(text)} ist mir aufgefallen`);
    return sentence(`Ich bin über ${text} auf Sie aufmerksam geworden`);
  },
  why: (text, role) => {
    if (/^(Ihr|Ihre)\s+\S+$/.test(text)) return sentence(`${text} ist mir aufgefallen`);
    // "seit maerz neu leiter infosec, …": a note of their role since a time, with no verb, is theirs: "Seit März sind Sie
    // neuer Leiter infosec, …". Only if it is the reader's role as given (a shared stem: "leiter" in "Leiterin Einkauf"),
    // and never with a place or a person after it: "seit april neuer geschaeftsfuehrer bei denen, der will …" is
    // someone else there.
    const since =
      /^seit\s+(\p{L}+(?:\s+\d{4})?)\s+(neu|neuer|neue)\s+(leiter|leiterin|chef|chefin|head|geschäftsführer|geschäftsführerin|geschaeftsfuehrer|geschaeftsfuehrerin|verantwortlicher|verantwortliche|bereichsleiter|bereichsleiterin|cfo|ceo|cto|cio|ciso|coo)(?![\p{L}])/iu.exec(
        text,
      );
    const rest = since ? text.slice(since[0].length) : '';
    if (
      since &&
      !/^[^,;.]*?(?<![\p{L}])(?:bei|dort|da|drüben|drueben)(?![\p{L}])/iu.test(rest) &&
      !/^[^;.]*?,\s*(?:der|die|das|welcher|welche)\s+(?:will|wollte|hat|hatte|ist|war|soll|muss|kann|möchte|moechte|plant|sucht|macht|kommt|bringt|setzt|treibt)(?![\p{L}])/iu.test(
        rest,
      ) &&
      roleShared(since[3] ?? '', role ?? '')
    ) {
      const title = since[3] ?? '';
      const acronym = /^c\p{L}{1,2}o$/iu.test(title);
      const adjective = acronym ? 'neu' : /in$/iu.test(title) ? 'neue' : 'neuer';
      return sentence(
        `Seit ${cap(since[1] ?? '')} sind Sie ${adjective} ${acronym ? title.toUpperCase() : cap(title)}${rest}`,
      );
    }
    // "betreut ca 15 buerohaeuser in wien, …": a note's verb of the third person with no subject is of them, "Sie
    // betreuen ca. 15 Bürohäuser …" (as the other parts say "Sie").
    const bare =
      /^(betreut|leitet|sucht|plant|hat|ist|will|baut|führt|fuehrt|verantwortet|expandiert|eröffnet|eroeffnet|wächst|waechst|braucht|nutzt|verwaltet|investiert|betreibt|beschäftigt|beschaeftigt|produziert|liefert|digitalisiert|modernisiert)\s+(?!Sie\b|sie\b|er\b|ihr\b|Ihr\b)(?=\S)/u.exec(
        text,
      );
    if (bare && !DE_SUBJECT_AFTER_VERB.test(text.slice((bare[1] ?? '').length))) {
      const verb = bare[1] ?? '';
      const plural =
        (
          {
            hat: 'haben',
            ist: 'sind',
            will: 'wollen',
            wächst: 'wachsen',
            waechst: 'wachsen',
            betreut: 'betreuen',
            baut: 'bauen',
          } as Record<string, string>
        )[verb] ?? deVerb(verb);
      return sentence(`Sie ${plural} ${text.slice(bare[0].length)}`);
    }
    // Chat leaves out "ich" ("hab gesehen dass …"), as in how the rep knows them; "dass" takes its comma.
    // "hab gesehen dass Sie gepostet haben dass …" says the seeing twice: the post is what was seen, "Sie haben …
    // gepostet, dass …".
    const posted =
      /^(?:ich\s+)?(?:hab|habe)\s+gesehen,?\s+dass\s+Sie\s+([^,.;!?]*?)\s*(gepostet|geschrieben|kommentiert|geteilt|berichtet)\s+haben,?\s+(dass|wie)\s+/iu.exec(
        text,
      );
    if (posted)
      return sentence(
        `Sie haben ${posted[1] ? `${posted[1]} ` : ''}${posted[2]}, ${posted[3]} ${text.slice(posted[0].length)}`,
      );
    const t = /^(?:hab|habe)\s+(?:gesehen|gelesen|gehört|mitbekommen)(?![\p{L}])/u.test(text)
      ? `Ich ${text.replace(/^hab(?![\p{L}])/u, 'habe').replace(/^(habe\s+\p{Ll}+)\s+(dass|wie)(?![\p{L}])/u, '$1, $2')}`
      : text;
    return sentence(t);
  },
  offer: (text, company) =>
    claimWithSubject(text, DE_CLAIM_VERBS, company, 'Unsere Lösung', '. Gern zeige ich Ihnen, wie') ||
    deThingThenClaim(text) ||
    // "bei uns kriegt jedes Teil einen RFID-Chip": what happens at ours, a clause with its verb, is a claim of ours,
    // offered as claims are, never a thing after "Folgendes anbieten:".
    (/^(?:bei|mit)\s+uns\s+\p{Ll}{2,}t\s/iu.test(text) ? claimedAs('de', text) : '') ||
    (startsWith(text, 'wir|ich|gern|gerne|man|sie können') ||
    // "in Emden haben wir … gesenkt": a clause of ours, the verb before its "wir", said as typed.
    /^[^,.;:!?]{1,40}?\s\p{Ll}+(?:en|ten)\s+(?:wir|ich)(?![\p{L}])/u.test(text) ||
    peerResult(text, DE_FINITE) ||
    // "die Stadtwerke Lindau haben … reduziert": a named peer's perfect, a result told, not a thing offered.
    /^(?:die|der|das)\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*\s+(?:haben|hat)\s[^,.;:!?]+\s(?:ge\p{Ll}+(?:t|en)|\p{Ll}+iert)$/u.test(
      text,
    ) ||
    (startsWith(text, 'unser|unsere|unseren|unserem') && DE_FINITE.test(text))
      ? sentence(text)
      : deOfferedThing(text) ||
        // One colon a sentence: the value's own ("Pilot: 3 Maschinen, 8 Wochen") after the frame's is a dash.
        sentence(`Ich kann Ihnen Folgendes anbieten: ${text.replace(/^([^:]{1,40}?):\s+/u, '$1 – ')}`)),
  ask: (typed) => {
    let text = deEnglishTimeAndFillerOff(typed);
    const request = deRequested(stripQuestion(text));
    if (request) return request;
    // "wenn Sie Interesse haben, würde ich Ihnen die Auswertung gern zeigen": a condition on their interest before the
    // rep's offer is the offer asked ("Darf ich Ihnen die Auswertung zeigen?"); another condition, or a main clause not
    // offered to them, is said as the statement it is, never with a question mark.
    const condition = DE_CONDITION_THEN_I.exec(stripQuestion(text));
    if (condition) {
      const [, opens = '', head = '', verb = '', rest = ''] = condition;
      const interest = DE_INTEREST_CONDITION.test(head) && /^(?:Ihnen|dir|euch)\s/u.test(rest);
      if (interest && /^(?:würde|wuerde|möchte|moechte|kann|könnte|koennte|will|werde)$/iu.test(verb))
        return `Darf ich ${rest.replace(/\s+gerne?(?![\p{L}])/u, '')}?`;
      // "wenn Sie Interesse haben, schicke ich Ihnen die Studie": the offer itself, asked below.
      if (interest && DE_OFFER_VERB.test(verb)) text = `${verb} ich ${rest}`;
      else
        return sentence(
          `${cap(opens)} ${head.replace(/(?<![\p{L}])(interesse|lust)(?![\p{L}])/u, (w) => cap(w))}, ${verb} ich ${rest}`,
        );
    }
    // "meldet euch einfach", "melde dich gern", "melden Sie sich einfach": an invitation in the imperative is no yes-or-no
    // question ("Meldet euch einfach?"): it is asked as their wish to do it, "Magst du dich einfach melden?", "Magst du
    // mir Bescheid geben?", "Möchten Sie sich einfach melden?".
    const imperative = DE_IMPERATIVE_ASK.exec(stripQuestion(text));
    if (imperative) {
      const [, verb = '', formal = '', pronoun = '', middle = '', particle = ''] = imperative;
      const infinitive = deImperativeInfinitive(verb);
      if (infinitive) {
        // "meldet euch" to the reader's team is asked of the reader, whom the letter calls "du": "Magst du dich …".
        const who = formal ? 'Möchten Sie' : 'Magst du';
        const own = pronoun === 'euch' ? 'dich' : pronoun;
        const said = middle
          .replace(/\s+gerne?(?![\p{L}])/gu, '')
          .replace(/(?<![\p{L}])bescheid(?![\p{L}])/u, 'Bescheid');
        return `${who} ${own}${said} ${particle}${infinitive}?`;
      }
    }
    // "ich würde Ihnen gern eine Demo zeigen": asked as leave to, "Darf ich Ihnen eine Demo zeigen?".
    // Typed without its "ich" ("würde Sie gern zu unserem Webinar einladen", "wuerde gern … sprechen"), it is the rep's
    // wish still, a statement: asked, it is leave too. Details after the verb that closes it go in brackets.
    // "ich würde im März gern vorbeikommen": a time before "gern" is the wish's still, and goes after it.
    const wishText = stripQuestion(text).replace(
      /^((?:ich\s+)?(?:würde|wuerde|möchte|moechte)\s+)((?:im|am|in|ab|nächste|diese)\s[^,]{1,25}?)\s+(gerne?)\s+/iu,
      '$1$3 $2 ',
    );
    const wish =
      /^ich\s+(?:würde|möchte|will)\s+(Ihnen|dir|euch)\s+(?:gerne?\s+)?(.+)$/iu.exec(stripQuestion(text)) ??
      /^(?:ich\s+)?(?:würde|wuerde|möchte|moechte)\s+(?:(Sie|Ihnen|dich|dir|euch)\s+)?gerne?\s+(.+)$/iu.exec(wishText);
    if (wish) {
      // "…, passt das?", "…, passt es Ihnen nächste Woche?": a check on the wish asks it again; the question is the wish,
      // and only a time it names stays ("nächste Woche"), with the details.
      // Whom it suits ("passt das für Sie?") is the reader, asked already: it goes with the check.
      const check =
        /,\s*(?:passt|geht)\s+(?:das|es)(?:\s+(?:Ihnen|dir|euch))?(?:\s+für\s+(?:Sie|dich|euch))?(?:\s+([^,]+))?$/u.exec(
          wish[2] ?? '',
        );
      const wished = check
        ? `${(wish[2] ?? '').slice(0, check.index)}${check[1] ? `, ${check[1]}` : ''}`
        : (wish[2] ?? '');
      const rest = wished
        .replace(/\s+gerne?(?![\p{L}])/u, '')
        .replace(/^([^,]*?\s\p{Ll}{2,}(?:en|ern|eln)),\s+([^,]+(?:,\s+[^,]+)*)$/u, '$1 ($2)');
      // What the rep and the reader do together ("kurz telefonieren", "uns austauschen") is no leave the rep asks: "Können
      // wir kurz telefonieren?", never "Darf ich kurz telefonieren?".
      // One who is spoken to by the rep alone ("Ihren Qualitätsleiter sprechen", "den Einkauf sprechen") is no call
      // together: leave is asked.
      if (
        !wish[1] &&
        !/(?<![\p{L}])mit\s/u.test(rest) &&
        !/^(?:(?:kurz|gern|gerne|mal|nächste\s+Woche|diese\s+Woche)\s+)*(?:Ihren|Ihre|Ihrem|Ihr|den|die|einen|eine|jemanden|Herrn|Frau)\s/iu.test(
          rest,
        ) &&
        /^(?:[^,(]*\s)?(?:telefonieren|sprechen|austauschen|quatschen|plaudern)(?![\p{L}])/u.test(rest)
      )
        return `Können wir ${rest}?`;
      return `Darf ich ${wish[1] ? `${wish[1]} ` : ''}${rest}?`;
    }
    // "gerne schick ich Ihnen unsere Referenzliste", "ich sende dir gern die Liste zu": the rep's offer, typed as a
    // statement, is asked ("Soll ich Ihnen unsere Referenzliste schicken?"), never a statement with a question mark.
    const offer =
      /^(?:gerne?\s+)?(schick|schicke|send|sende|zeig|zeige|stell|stelle|leit|leite|mail|maile)\s+ich\s+(Ihnen|dir|euch)\s+(?:gerne?\s+)?(.+?)(?:\s+(zu|vor|weiter|rüber|mit))?$/iu.exec(
        stripQuestion(text),
      ) ??
      /^ich\s+(schick|schicke|send|sende|zeig|zeige|stell|stelle|leit|leite|mail|maile)\s+(Ihnen|dir|euch)\s+(?:gerne?\s+)?(.+?)(?:\s+(zu|vor|weiter|rüber|mit))?$/iu.exec(
        stripQuestion(text),
      );
    if (offer && !/[,;]/u.test(offer[3] ?? '')) {
      const verb = (offer[1] ?? '').toLowerCase().replace(/e$/u, '');
      return `Soll ich ${offer[2]} ${offer[3]} ${offer[4] ?? ''}${verb}en?`;
    }
    // "Lust auf einen Test?" asks no one: "Hätten Sie Lust auf einen Test?".
    if (/^lust\s+(auf|zu)\b/i.test(text)) return `Hätten Sie Lust ${stripQuestion(text).replace(/^lust\s+/i, '')}?`;
    // "Kurzes Telefonat, 15 Min?": a noun asks no one; "Hätten Sie Zeit für ein kurzes Telefonat (15 Min.)?".
    const noun = /^(kurzes|kurze|kurzer)\s+(\p{Lu}[\p{L}-]+)(?:\s*,\s*([^?]{1,30}?))?\s*\?\s*$/iu.exec(text);
    if (noun) {
      const adjective = (noun[1] ?? '').toLowerCase();
      const phrase = { kurzes: 'ein kurzes', kurze: 'eine kurze', kurzer: 'einen kurzen' }[adjective] ?? adjective;
      const length = (noun[3] ?? '').replace(/\bMin\b\.?/u, 'Min.');
      return `Hätten Sie Zeit für ${phrase} ${noun[2]}${length ? ` (${length})` : ''}?`;
    }
    // "15 min telefonat?", "Termin im März?", "20 Min Call KW 14?": a meeting named without its article asks no one;
    // "Hätten Sie 15 Minuten für ein Telefonat?", "Hätten Sie Zeit für einen Termin im März?".
    const meeting = meetingAsked(stripQuestion(text), DE_MEETING, /^(\d+)\s*(?:min|minuten|mins?)\.?$/iu);
    if (meeting) {
      const [gender, noun, minutes, rest] = meeting;
      const article = { m: 'einen', f: 'eine', n: 'ein' }[gender];
      // "Call nächste Woche, 20 min": when, then how long, stand before what it is for in German: "Hätten Sie nächste
      // Woche 20 Minuten für einen Call?".
      const when = DE_WHEN_THEN_LENGTH.exec(rest);
      if (when && !minutes)
        return `Hätten Sie ${when[1]} ${when[2] ? `${when[2]} Minuten` : 'Zeit'} für ${article} ${cap(noun)}?`;
      return `Hätten Sie ${minutes ? `${minutes} Minuten` : 'Zeit'} für ${article} ${cap(noun)}${rest ? ` ${rest}` : ''}?`;
    }
    // "mal austauschen irgendwann", "kurz telefonieren": something done together, typed as its bare infinitive, is asked
    // as a proposal ("Wollen wir uns irgendwann mal austauschen?"), the reflexive verbs with their "uns"; a when typed
    // after it goes before it.
    const together = DE_TOGETHER_ASK.exec(stripQuestion(text));
    if (together) {
      const [, adverbs = '', verb = '', when = ''] = together;
      const reflexive = DE_REFLEXIVE_TOGETHER.test(verb);
      // "gerne austauschen": the rep's own gladness is no part of a proposal to both ("Wollen wir uns austauschen?").
      const said = adverbs
        .trim()
        .toLowerCase()
        .replace(/(?<![\p{L}])gerne?(?![\p{L}])\s*/gu, '')
        .trim();
      const middle = [reflexive ? 'uns' : '', when, said].filter((w) => w !== '').join(' ');
      return `Wollen wir ${middle ? `${middle} ` : ''}${verb.toLowerCase()}?`;
    }
    // "demo-zugang 30 tage", "Testphase 14 Tage?": a thing with how long it runs asks no one; "Demo-Zugang für 30 Tage –
    // wäre das für Sie interessant?". Only a noun's words, no verb, determiner or word of grammar among them.
    const lasting = DE_THING_FOR_DAYS.exec(stripQuestion(text));
    if (
      lasting &&
      (lasting[1] ?? '')
        .split(/\s+/u)
        .every(
          (w) =>
            !DE_GRAMMAR.has(w.toLowerCase()) &&
            !DE_DET.test(w.toLowerCase()) &&
            !/(?:en|ern|eln|t)$/u.test(w) &&
            !DE_ADJECTIVE.test(w.toLowerCase()),
        )
    )
      return `${cap(lasting[1] ?? '')} für ${lasting[2]} ${cap((lasting[3] ?? '').toLowerCase())} – wäre das für Sie interessant?`;
    if (/\?\s*$/.test(text)) return `${cap(stripQuestion(text))}?`;
    if (/^(ein|eine|einen|kurze|kurzer|kurzes|\d)/i.test(text)) return `Wäre ${text} für Sie interessant?`;
    return `${cap(stripQuestion(text))}?`;
  },
};

// ---------------------------------------------------------------------------------------------
// Español: usted, whose verbs are the third person's already; "ella dijo" → "usted dijo".

const ES_CLAIM_VERBS =
  /^(?:reduce|recorta|ayuda|ahorra|elimina|automatiza|identifica|aumenta|disminuye|acelera|evita|encuentra|muestra|genera|recupera|organiza|centraliza|integra|simplifica|libera|detecta|garantiza|mejora|optimiza|conecta|monitorea|previene|resuelve|transforma|baja|quita|corta|duplica|triplica|calcula|sube|divide|avisa|ajusta|envía|envia|manda|gestiona|llena|sincroniza|planifica|registra|verifica|valida|controla|mide|notifica|bloquea|agrupa|limita|asegura|reemplaza|digitaliza|importa|exporta|recuerda|cobra|imprime|diseña|instala|repara|cubre)(?![\p{L}])/iu;
// A verb with its subject in it: "me habló", "nos conocimos", "coincidimos", "fue", "tiene".
const ES_FINITE =
  /(?<![\p{L}])(?:\p{L}+(?:ó|ió|amos|emos|imos|aron|ieron)|es|son|fue|fueron|era|está|están|tiene|tienen|ha|han|muestra|reduce|ayuda|ahorra)(?![\p{L}])/iu;
// A clause: a finite verb of the past ("conocí", "habló", "coincidimos") or one after a pronoun ("lo conocí").
const ES_CLAUSE =
  /(?<![\p{L}])(?:me|nos|se|le|lo|la|los|las)\s+(?:\p{L}+(?:é|í|ó|ió|imos|amos|emos|aron|ieron)|vi|vio|vimos|fui|fue|hice|hizo|dije|dijo|tuve|tuvo|estuve|estuvo|oí|oyó)(?![\p{L}])|(?<![\p{L}])\p{L}+(?:ó|ió|imos|amos|aron|ieron)(?![\p{L}])/iu;

/**
 * A value that opens as a clause, which no offer frame fits ("Con gusto le ofrezco con los sensores ves …"): what they
 * get, said to them ("con los sensores ves el estado de cada bolsa", "te llega una alerta"), or what a plural of
 * ours or of customers does ("nuestros clientes reciben alerta …"). A thing offered first keeps its frame ("piloto
 * gratis 30 días …, los clientes ahorran 12%").
 */
const ES_VALUE_CLAUSE =
  /^(?:(?:con|en)\s+[^,.;]{1,60}?\s+)?(?:ves|ve|tenés|tenes|tienes|tiene|podés|podes|puedes|puede|recibís|recibis|recibes|recibe|sabés|sabes|te llega|te llegan|le llega|le llegan)(?![\p{L}])|^(?:con|en)\s+[^,.;]{1,60}?\s+(?:pueden|podéis|podeis|tienen|tenéis|teneis|reciben|recibís|ven|veis|saben|sabéis)(?![\p{L}])|^(?:el|la|los|las|nuestr[oa]s?)\s+(?:[^\s,.;:]+\s+){0,3}?(?:es|son|está|están|sería|será)\s+(?!(?:el|la|los|las|un|una)\s)\p{Ll}+(?:ar|er|ir)(?![\p{L}])|^(?:nuestros|nuestras|los|las)\s+\p{L}+s\s+\p{Ll}{2,}(?:an|(?<![mgd])en)(?![\p{L}])/iu;

/**
 * A value that is a clause after an adverbial ("antes de migrar hacemos una auditoría …", "con un slotting por campañas
 * se suele liberar …") or a subject ("empresas como la suya bajaron …"): our verb, a plural's past or an impersonal "se",
 * in its first clause, no determiner opening it as a thing and no
 * "que" making the verb a relative clause's ("una auditoría que hacemos gratis" is offered).
 */
const ES_CLAUSE_AFTER_ADVERBIAL =
  /^(?!(?:un|una|unos|unas|el|la|los|las|nuestr[oa]s?|mi|mis|su|sus)\s)(?:(?!\b(?:que|qué|donde|cual|cuales)\b)[^,.;:])*?(?<![\p{L}])(?:(?!(?:ramos|gramos|kilogramos|préstamos|reclamos|extremos|mismos|últimos|primos|ánimos|mínimos|máximos|óptimos|próximos|términos)(?![\p{L}]))\p{Ll}{3,}(?:amos|emos|imos|aron|ieron)|se\s+\p{Ll}{2,}(?:a|e|an|en))(?![\p{L}])/u;

const CLAUSE_AFTER_ADVERBIAL: Partial<Record<FramedLang, RegExp>> = { es: ES_CLAUSE_AFTER_ADVERBIAL };

/** A rep's own verb opening who they are: "trabajo en …", "vendo …", "llevo la zona oeste". */
const ES_FIRST_PERSON =
  'trabajo (?:en|con|como)|vendo|llevo|estoy|represento|manejo|hago|dirijo|coordino|lidero|atiendo|asesoro|ayudo|cubro|superviso';
/** The same in Portuguese: "trabalho na …", "vendo …", "cuido da região". */
const PT_FIRST_PERSON =
  'trabalho (?:na|no|em|com|como)|vendo|cuido|estou|represento|atendo|lidero|coordeno|ajudo|cubro|dirijo|faço';

/** Subjunctives whose indicative is not the other vowel's: "diga" → "dice", "envíe" → "envía" (the rule's own). */
const ES_INDICATIVE: Record<string, string> = {
  diga: 'dice',
  haga: 'hace',
  tenga: 'tiene',
  ponga: 'pone',
  traiga: 'trae',
  dé: 'da',
  pueda: 'puede',
  quiera: 'quiere',
  consiga: 'consigue',
};

/**
 * The indicative of a subjunctive, or undefined where its spelling is not the other vowel's and the table does not know
 * it: "marque" → "marca", "pague" → "paga", "empiece" → "empieza"; "siga", "conozca", "escoja" (a stem change) and
 * "gustaría" (no subjunctive at all) are left as typed.
 */
function esIndicative(stem: string, vowel: string): string | undefined {
  const known = ES_INDICATIVE[`${stem}${vowel}`];
  if (known) return known;
  if (/í$/u.test(stem)) return undefined;
  if (vowel === 'e') {
    const spelled = /qu$/u.test(stem)
      ? stem.replace(/qu$/u, 'c')
      : /gu$/u.test(stem)
        ? stem.replace(/gu$/u, 'g')
        : stem.replace(/c$/u, 'z');
    return `${spelled}a`;
  }
  return /(?:g|z|j|c|y|qu)$/u.test(stem) ? undefined : `${stem}e`;
}

/**
 * How-I-know-them that says who did what to the rep, with the verb after "me", "nos" or "te" ("Pepa Martinez de la coop.
 * Sant Bernat me lo recomendo", "el gerente de Frutas Gil nos paso su contacto"): a sentence with its own subject and
 * verb, accented or not, which "Leí su …" or "Vi …" before it breaks. Not inside a relative clause: "entrevista que me
 * pasó Ana" is still a thing the rep read.
 */
function esToldClause(text: string): boolean {
  const m = /(?<=\S\s+)(?:me|nos|te)\s+(?:(?:lo|la|los|las|le|les)\s+)?\p{Ll}{3,}(?![\p{L}])/u.exec(text);
  return (
    !!m && !/(?<![\p{L}])(?:que|q|donde|quien|quienes|cual|cuales|cuando)(?![\p{L}])/iu.test(text.slice(0, m.index))
  );
}

const ES_NOTE_TO_SELF =
  /^(?:(?:haz|hacer|haga|hazle|manda|mandar|mándale|mandale|escríbele|escribele|escribirle|escribe|escribir|llama|llámale|llamale|llamar|llamarle|dale|darle|da)(?:\s[^.?!]*?)?\s+y\s+)?(?:mira|ve|pregunta|preguntar|pregúntale|preguntale|preguntarle|confirma|confirmar|averigua|averiguar)\s+si\s+(.+)$/iu;

/** "si quiere le paso …", "si le interesa, le mando …", "si quieres te envío …": an offer on their wish. */
const ES_OFFER_ON_CONDITION =
  /^si\s+(quiere|quieres|querés|gusta|le interesa|te interesa|les interesa|le sirve|te sirve|les sirve|le parece|te parece)\s*,?\s+(?:yo\s+)?(?:(le|te|les|se)\s+)?(?:(lo|la|los|las)\s+)?(\p{Ll}{3,}(?:o|amos|emos|imos))(?![\p{L}])(.*)$/iu;
const ES_CONDITION_ASKED: Record<string, string> = {
  quiere: 'Quiere',
  quieres: 'Quieres',
  querés: 'Querés',
  gusta: 'Gusta',
  'le interesa': 'Le interesa',
  'te interesa': 'Te interesa',
  'les interesa': 'Les interesa',
  'les sirve': 'Les sirve',
  'le sirve': 'Le sirve',
  'te sirve': 'Te sirve',
  'le parece': 'Le parece bien',
  'te parece': 'Te parece bien',
};
/** The rep's present ("paso", "mando", "envío", "comparto") as the subjunctive after "que" ("pase", "mande", "envíe", "comparta"). */
const ES_SUBJUNCTIVE_ER_IR: Record<string, string> = {
  comparto: 'comparta',
  escribo: 'escriba',
  remito: 'remita',
  hago: 'haga',
  traigo: 'traiga',
  pongo: 'ponga',
  devuelvo: 'devuelva',
  ofrezco: 'ofrezca',
  reenvío: 'reenvíe',
  envío: 'envíe',
  envio: 'envíe',
};
/**
 * The rep's "we" of the present as the subjunctive after "que": "preparamos" → "preparemos", "mandamos" → "mandemos",
 * "buscamos" → "busquemos"; "enviamos" → "enviemos"; of "-er"/"-ir" verbs only those listed ("hacemos" → "hagamos"),
 * whose stems break.
 */
const ES_WE_SUBJUNCTIVE: Record<string, string> = {
  hacemos: 'hagamos',
  ponemos: 'pongamos',
  traemos: 'traigamos',
  tenemos: 'tengamos',
  decimos: 'digamos',
  vemos: 'veamos',
  escribimos: 'escribamos',
  enviamos: 'enviemos',
  compartimos: 'compartamos',
  remitimos: 'remitamos',
};
function esWeSubjunctive(verb: string): string | undefined {
  const v = verb.toLowerCase();
  if (ES_WE_SUBJUNCTIVE[v]) return ES_WE_SUBJUNCTIVE[v];
  const ar = /^(\p{Ll}{2,})amos$/u.exec(v);
  if (!ar) return undefined;
  const stem = ar[1] ?? '';
  return `${stem.replace(/c$/u, 'qu').replace(/g$/u, 'gu').replace(/z$/u, 'c')}emos`;
}
const ES_FIRST_PERSON_AR =
  /^(?:paso|mando|preparo|muestro|enseño|armo|llamo|cuento|explico|agendo|presento|reservo|dejo|anoto|apunto|copio|adjunto|conecto|coordino|organizo)$/u;
function esFirstPersonSubjunctive(verb: string): string | undefined {
  const v = verb.toLowerCase();
  if (ES_SUBJUNCTIVE_ER_IR[v]) return ES_SUBJUNCTIVE_ER_IR[v];
  if (!ES_FIRST_PERSON_AR.test(v)) return undefined;
  const stem = v.slice(0, -1);
  return /c$/u.test(stem)
    ? `${stem.slice(0, -1)}que`
    : /g$/u.test(stem)
      ? `${stem}ue`
      : /z$/u.test(stem)
        ? `${stem.slice(0, -1)}ce`
        : `${stem}e`;
}

/** A title's words in lower case, up to the last "en", "de" or "para" before a capitalised name (its firm) in its clause. */
function titleInLowerCase(text: string): string {
  const clause = /^[^,;.(]*/u.exec(text)?.[0] ?? '';
  const firms = [...clause.matchAll(/\s(?:en|de|del|para)\s+\p{Lu}/gu)];
  const end = firms.length > 0 ? (firms[firms.length - 1]?.index ?? 0) : (/^\S+/u.exec(text)?.[0].length ?? 0);
  return text.slice(0, end).replace(/(?<![\p{L}])\p{Lu}(?=\p{Ll})/gu, (c) => c.toLowerCase()) + text.slice(end);
}

/** A title opening who-I-am: "Gerente comercial de …", "ejecutivo de cuentas", "Jefa de ventas". */
const ES_ROLE_START =
  /^(?:gerente|ejecutiv[oa]|director[a]?|jef[ea]|vendedor[a]?|asesor[a]?|responsable|coordinador[a]?|analista|representante|soci[oa]|(?:co)?fundador[a]?|consultor[a]?|ingenier[oa]|encargad[oa]|especialista|comercial|productor[a]?|t[ée]cnic[oa])(?![\p{L}])/iu;
/**
 * One to three words with one only a firm's name has ("granix logistica", "Brennan Seguros", "Agro Sur S.A."), alone or
 * before what the firm does after a comma, dash or colon: the rep's firm, not the rep.
 */
/** A word only a firm's name has in Spanish: "Granix Logística", "Brennan Seguros", "Agro Sur S.A.". */
export const ES_FIRM_WORD = String.raw`(?:log[íi]stica|seguros|servicios|soluciones|consultora|transportes?|sistemas|tecnolog[íi]as?|software|grupo|group|labs?|agro|agropecuaria|distribuidora|inmobiliaria|constructora|industrias|ingenier[íi]a|S\.?A\.?|S\.?R\.?L\.?|SAS)`;
const ES_FIRM_FIRST = new RegExp(
  String.raw`^((?:(?!(?:de|del|en|con|para|y|e|el|la|los|las|un|una|soy)\s)[\p{L}\p{N}&.'’]+\s+){0,2}${ES_FIRM_WORD}(?:\s+[\p{L}\p{N}&.'’]+)?)(?:\s*(?:,|:|\s[–—-])\s*([^.;]+))?$`,
  'iu',
);

/** One word with a capital inside ("NominaYa", "AgroSat") before a comma: a brand's name, never a person's. */
const ES_BRAND_FIRST = /^(\p{Lu}?\p{Ll}+\p{Lu}[\p{L}\p{N}]*)\s*(?:,|:|\s[–—-])\s*([^.;]+)$/u;

/**
 * A title typed in lower case straight before a firm's name ("asesor comercial Frionet", "gerente de contas Ferraz
 * Manutenção"): the firm is whose the rep is, with its "de"/"da" ("asesor comercial de Frionet", "gerente de contas da
 * Ferraz Manutenção"). Only a name with lower-case letters after its capital ("consultor SAP", "gerente LATAM" stay).
 */
// A department or a title's own word capitalised ("diretor Comercial, Texmaq Norte") is part of the title, not the firm.
const TITLE_WORDS =
  '(?:Comercial|Comerciales|Ventas|Vendas|Marketing|Compras|Operaciones|Operações|Operacoes|Logística|Logistica|Finanzas|Finanças|Financeiro|Financiero|Técnico|Tecnico|Técnica|Tecnica|Regional|Nacional|Senior|Sênior|Sénior|Junior|Júnior|Zona|Norte|Sur|Sul|Centro|Leste|Este|Oeste|Cuentas|Contas|Producto|Produto|Proyectos|Projetos|Projectos|Calidad|Qualidade|Innovación|Inovação|Negocios|Negócios)';
/** A department a rep says they are "de" ("soy de ventas"): a common noun, no firm. */
const ES_DEPARTMENT =
  /^(?:preventa|comex|exportaciones|importaciones|exportación|exportacion|licitaciones|cobranzas|cobranza|tesorería|tesoreria|legal|contabilidad|facturación|facturacion|recursos|producto|proyectos|servicios|servicio|campo|planta|fábrica|fabrica|depósito|deposito|almacén|almacen|despacho|despachos|abastecimiento|distribución|distribucion|negocios|cuentas|innovación|innovacion|datos|alianzas|canales|retail|ecommerce|comercial|expansión|expansion|consultoría|consultoria|auditoría|auditoria|seguridad|compliance|prensa|comunicación|comunicacion|ventas|compras|marketing|logística|logistica|operaciones|finanzas|rrhh|sistemas|calidad|producción|produccion|administración|administracion|soporte|atención|atencion|mantenimiento|ingeniería|ingenieria|desarrollo|postventa|posventa)$/u;
const TITLE_THEN_FIRM: Record<'es' | 'pt', [RegExp, string]> = {
  es: [
    new RegExp(
      String.raw`(^|,\s*)((?:gerente|ejecutiv[oa]|director[a]?|jef[ea]|vendedor[a]?|asesor[a]?|coordinador[a]?|analista|representante|consultor[a]?|ingenier[oa]|especialista|comercial)(?:\s+(?:de\s+)?(?!(?:de|del|en|con|para|y)(?![\p{L}]))\p{Ll}+){0,2})\s+(?=\p{Lu}\p{Ll})(?!${TITLE_WORDS}(?![\p{L}]))`,
      'gu',
    ),
    'de',
  ],
  pt: [
    new RegExp(
      String.raw`(^|,\s*)((?:gerente|executiv[oa]|diretor[a]?|coordenador[a]?|consultor[a]?|vendedor[a]?|representante|analista|engenheir[oa]|especialista|assessor[a]?|comercial)(?:\s+(?:de\s+)?(?!(?:de|da|do|na|no|em|com|para|e)(?![\p{L}]))\p{Ll}+){0,2})\s+(?=\p{Lu}\p{Ll})(?!${TITLE_WORDS}(?![\p{L}]))`,
      'gu',
    ),
    'da',
  ],
};
/** A firm whose first word is a masculine noun is "do" in Portuguese ("consultor do Grupo Tavares", "do Banco …"). */
const PT_FIRM_MASCULINE =
  /^(?:Grupo|Banco|Instituto|Laboratório|Laboratorio|Escritório|Escritorio|Hospital|Colégio|Colegio|Centro|Consórcio|Consorcio|Sindicato|Estaleiro|Atacadão|Atacadao|Armazém|Armazem|Posto|Frigorífico|Frigorifico|Supermercado|Hotel|Moinho|Curtume|Condomínio|Condominio|Conselho|Departamento|Serviço|Servico|Complexo|Polo|Pólo|Estúdio|Estudio|Ateliê|Atelie)(?![\p{L}])/u;
/**
 * What follows the title is the firm only when nothing else is named after it: "gerente regional Minas da Solarize",
 * "representante comercial Valle del Cauca, Ferretería El Tornillo" name a region first, the firm after it.
 */
const REGION_THEN_FIRM =
  /^\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&.'’-]*|d[aeo]s?|del|de la))*?(?:\s*,\s*|\s+(?:da|do|de|del|dos|das|en|na|no|em)\s+)\p{Lu}/u;
function firmAfterTitle(lang: 'es' | 'pt', text: string): string {
  const [title, of] = TITLE_THEN_FIRM[lang];
  return text.replace(title, (m, before: string, role: string, at: number, whole: string) => {
    const firm = whole.slice(at + m.length);
    if (REGION_THEN_FIRM.test(firm)) return m;
    return `${before}${role} ${lang === 'pt' && PT_FIRM_MASCULINE.test(firm) ? 'do' : of} `;
  });
}

/**
 * One word no dictionary knows, in lower case, then what it does ("agrovuelo, drones de pulverizacion, base en rio
 * cuarto"): the firm typed alone, which "Soy agrovuelo" makes the rep. Not a name ("nico, comercial de …": a title
 * follows) nor a word before another lone word ("nahuel, agrovuelo, …": the first is the rep).
 */
function esLoneFirm(text: string): RegExpExecArray | null {
  const m = /^(\p{Ll}[\p{Ll}\p{N}]{3,})\s*,\s*([^.;]+)$/u.exec(text);
  if (!m || lexiconTags(m[1] ?? '').length > 0 || ES_ROLE_START.test(m[2] ?? '')) return null;
  // "juanma, de nubeagro, hacemos …", "nahuel, vendo drones …": what follows says where the rep is from or what they do
  // in their own first person; the word before it is the rep, not the firm.
  if (
    new RegExp(`^(?:de|del|en|desde|con|${ES_FIRST_PERSON}|\\p{Ll}+(?:amos|emos|imos))(?![\\p{L}])`, 'u').test(
      m[2] ?? '',
    )
  )
    return null;
  const next = (m[2] ?? '').split(/\s*,\s*/u)[0] ?? '';
  return /\s/u.test(next) || lexiconTags(next).length > 0 ? m : null;
}

const es: Frames = {
  greeting: (first) => `Hola, ${first}:`,
  toYou: (text) => {
    // "el equipo de ella" → "su equipo", "los clientes de él" → "sus clientes", "del equipo de ella" → "de su equipo".
    let t = text.replace(
      /(?<![\p{L}])(el|la|los|las|del|al)\s+((?:\p{L}[\p{L}-]*\s+){0,2}?\p{L}[\p{L}-]*)\s+de\s+(?:ella|él|ellas|ellos)(?![\p{L}])/giu,
      (_m, article: string, noun: string) => {
        const a = article.toLowerCase();
        const lead = a === 'del' ? 'de ' : a === 'al' ? 'a ' : '';
        return `${lead}${/s$/.test(a) ? 'sus' : 'su'} ${noun}`;
      },
    );
    // "con el y el jefe de la planta", "para el", "trabajó con el en Cali": "el" after a preposition with no noun after it
    // (another preposition is none) is "él" typed without its accent.
    t = t.replace(
      /(?<![\p{L}])(con|para|a|de|sin|por)\s+el(?=\s+y\s+(?:el|la|los|las|su|sus|un|una)\s|\s+(?:en|hace|desde|cuando|durante|antes|después|despues)\s|\s*[,.;?!]|$)/giu,
      '$1 él',
    );
    t = esTheirFirm(esHeAccented(t)).replace(/(?<![\p{L}])(ella|él)(?![\p{L}])/giu, 'usted');
    // "Javier lleva él solo el revenue" to Javier: "usted lleva usted solo" says the subject twice; the emphasis after
    // the verb keeps it ("lleva usted solo").
    t = t.replace(
      /(?<![\p{L}])[Uu]sted\s+(\p{Ll}+)\s+usted\s+(?=(?:sol[oa]|mism[oa])(?![\p{L}]))/gu,
      (_m, verb: string) => `${verb} usted `,
    );
    return esShorthand(esTuAsUsted(t));
  },
  who: (text) => {
    const t = firmAfterTitle('es', text.replace(/^(?:aquí|aqui)\s+(?:(?:es|está|te escribe|le escribe)\s+)?/iu, ''));
    // "trabajo en Granotec", "vendo seguros …": the rep's own verb says who, without "soy".
    // "soy de agrovuelo, pulverizamos …": one word no dictionary knows after "soy de", before a comma, is the firm,
    // named as a firm is ("Soy de Agrovuelo, …").
    if (/^(soy|me llamo|yo|mi nombre)\b/i.test(t) || startsWith(t, ES_FIRST_PERSON))
      return sentence(
        t.replace(
          /^([Ss]oy de\s+)(\p{Ll})([\p{Ll}\p{N}]{3,})(?=\s*(?:,|\(|$))/u,
          (m, lead: string, c: string, rest: string) =>
            lexiconTags(`${c}${rest}`).length === 0 && !ES_DEPARTMENT.test(`${c}${rest}`)
              ? `${lead}${c.toUpperCase()}${rest}`
              : m,
        ),
      );
    // A firm is where the rep is from: "granix logistica, turnos de camiones" is "Soy de Granix Logistica (turnos de
    // camiones)", never "Soy granix logistica".
    const firm = ES_FIRM_FIRST.exec(t) ?? ES_BRAND_FIRST.exec(t) ?? esLoneFirm(t);
    if (firm && !ES_ROLE_START.test(t)) {
      const [, name = '', rest = ''] = firm;
      const named = name === name.toLowerCase() ? name.replace(/(?<![\p{L}])\p{Ll}/gu, (c) => c.toUpperCase()) : name;
      // "NominaYa, asesor comercial": the rep's title at the firm, "Soy asesor comercial en NominaYa".
      if (rest && ES_ROLE_START.test(rest) && !/(?<![\p{L}])(?:en|de|del)\s+\p{Lu}/u.test(rest))
        return sentence(`Soy ${titleInLowerCase(rest)} en ${named}`);
      return sentence(rest ? `Soy de ${named} (${rest})` : `Soy de ${named}`);
    }
    // A title after "soy" is a common noun: "Soy Gerente comercial de …" is "Soy gerente comercial de …", and a title
    // typed in capitals as a signature has it is so up to its firm ("Ejecutivo de Ventas en Aprobia" → "ejecutivo de
    // ventas en Aprobia").
    return sentence(`Soy ${ES_ROLE_START.test(t) ? titleInLowerCase(t) : t}`);
  },
  known: (text) => {
    if (
      startsWith(
        text,
        'vi|leí|escuché|conocí|nos|me|le|te|(?:la|lo|le) (?:vi|conocí|escuché|leí|oí|sigo|leo|escucho|veo)|coincidimos|por',
      ) ||
      ES_CLAUSE.test(text) ||
      // "Camilo Duarte de Logitrans me pasó el contacto": who passed it on, with their own verb; an aside between commas
      // on who they are ("Ricardo Salazar, su CFO, nos conoce …") leaves the verb theirs.
      /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?(?:\s+(?:de|del)\s+\p{Lu}[\p{L}&-]*)?(?:,[^,.;]{1,60},)?\s+(?:me|nos|le|te)\s+\p{Ll}+/u.test(
        text,
      ) ||
      // "somos contactos hace rato", "coincidimos en …": a verb of ours opening the answer is a sentence of its own.
      /^(?:somos|\p{Ll}{2,}(?:amos|emos|imos))(?![\p{L}])/u.test(text) ||
      esToldClause(text)
    )
      return sentence(text);
    if (/^(su|sus)\b/i.test(text)) return sentence(`Vi ${text}`);
    if (/^(el|la|los|las|un|una)\b/i.test(text)) return sentence(`Vi ${text}`);
    // "nota en la nación campo", "artículo de Clarín": a piece the press wrote in a medium is no one's of theirs ("Leí
    // una nota en …"); their interview or post there is ("Leí su entrevista en …").
    const press = /^(nota|noticia|crónica|cronica|artículo|articulo|reportaje|informe)\s+(?:en|de|del)\s/iu.exec(text);
    if (press) return sentence(`Leí ${/^(?:nota|noticia|cr[óo]nica)$/iu.test(press[1] ?? '') ? 'una' : 'un'} ${text}`);
    // "Fitur, ella estaba en la mesa de hoteles": an event by its name is where they were, never theirs ("Leí su Fitur"):
    // "En Fitur, usted estaba en la mesa de hoteles", and the name alone "Vi que usted estuvo en Fitur".
    const event = eventNamed(text);
    if (event) {
      const [, name = '', rest = ''] = event;
      if (rest === '') return sentence(`Vi que usted estuvo en ${name}`);
      if (ES_FINITE.test(rest) || /^(?:usted|ustedes|él|ella|ellos|ellas|yo|nosotros)\s+\p{L}/iu.test(rest))
        return sentence(`En ${name}, ${rest}`);
    }
    return sentence(`Leí su ${text}`);
  },
  why: (text) => {
    if (startsWith(text, 'vi|leí|escuché|usted|me|nos|en|según') || /^\p{Lu}/u.test(text)) return sentence(text);
    // "dijo que …", "escribió que …": a verb without its subject is the prospect's.
    if (/^\p{Ll}+(ó|ió|a|e)\s+(que|q|en)\b/u.test(text) || /^(dijo|hizo|puso|tiene|está|quiere|busca|ha)\b/i.test(text))
      return sentence(`Usted ${text}`);
    return sentence(text);
  },
  offer: (text, company) => {
    // "vale, pues hicimos …", "le comento, antes de migrar hacemos …": what the rep says before the value, to the form or
    // in passing, goes where the value after it is a sentence of its own; a thing offered keeps it ("le cuento: …").
    const opener = OPENER.es?.exec(text);
    const after = opener ? esOffer(text.slice(opener[0].length), company) : '';
    return after && !after.startsWith('Con gusto') ? after : esOffer(text, company);
  },
  ask: (text) => {
    // "q me diga si le sirve q le armemos una cuenta": a note to self; the question inside it is the ask. Chat shorthand
    // ("reu de 20 min", "la prox semana") is said in full, as in the other answers.
    let core = esShorthand(stripQuestion(text)).replace(
      /^(?:que|q)\s+(?:me\s+)?(?:diga|digas|avise|avises|cuente|cuentes|confirme|confirmes)\s+si\s+/iu,
      '',
    );
    // "el precio de lanzamiento sube en julio. ¿te reservo una demo?": a statement typed before the question is said, and
    // the question after it is the ask; one frame around both asks a statement.
    const said = /^([^.!?¿]{8,}[.!])\s+¿\s*(\S.*)$/u.exec(core);
    if (said) return `${sentence(cap(said[1] ?? ''))} ${es.ask(said[2] ?? '')}`;
    // "intro con el jefe de planta de ellos": an introduction to someone of theirs is asked of them ("¿Podría presentarme
    // al jefe de planta …?"); one to the rep's own people ("intro con nuestro CTO") is the rep's to make, as typed.
    const intro =
      /^(?:una\s+)?(?:intro|introducción|introduccion|presentación|presentacion)\s+(?:(?:con|a)\s+)?(el|la|al|los|las|su|sus)\s+(?!(?:nuestro|nuestra|nuestros|nuestras|mi|mis)\s)(.+)$/iu.exec(
        core,
      );
    if (intro) {
      const article = (intro[1] ?? '').toLowerCase();
      return `¿Podría presentarme ${article === 'el' || article === 'al' ? 'al' : `a ${article}`} ${intro[2]}?`;
    }
    // "haz seguimiento y mira si le interesa una demo", "pregúntale si …": a note to self (reach out, then see or ask);
    // the question after "si" is the ask, asked of them ("¿Le interesa una demo?"). Only after a way of reaching them
    // ("agendar una llamada y ver si encaja" asks for the call), and "ver si …" alone is something to do together.
    const toSelf = ES_NOTE_TO_SELF.exec(core);
    if (toSelf) return `¿${cap(toSelf[1] ?? '')}?`;
    // "si quiere le paso el informe": an offer on a condition; asked, the condition is the question, what the rep would do
    // its clause ("¿Quiere que le pase el informe?"), never "¿Si quiere le paso …?". A verb whose subjunctive is not
    // sure stays an offer, said: "Si quiere, le paso …".
    // The rep's vosotros to a board or a team ("si os interesa os la preparamos …"), in the usted this frame writes, is
    // their "ustedes": "Si les interesa, se la preparamos …" ("les" before "lo"/"la" is "se").
    if (/^si\s+os\s/iu.test(core))
      core = core
        .replace(/^si\s+os\s+/iu, 'si les ')
        .replace(/^(si les \p{Ll}+\s*,?\s+)os\s+(?=(?:lo|la|los|las)\s)/iu, '$1se ')
        .replace(/^(si les \p{Ll}+\s*,?\s+)os\s+/iu, '$1les ');
    const onCondition = ES_OFFER_ON_CONDITION.exec(core);
    if (onCondition) {
      const [, wants = '', clitic = '', object = '', verb = '', rest = ''] = onCondition;
      const to = clitic || (/s$|[ée]s$|^te\s/iu.test(wants) ? 'te' : 'le');
      const it = object ? `${object.toLowerCase()} ` : '';
      // A thing the rep would do for them is asked ("¿Quiere que le pase …?", "¿Les interesa que se la preparemos …?"); a
      // verb whose subjunctive is not sure is said as typed, on the condition ("Si les interesa, se la hacemos …").
      const subjunctive = /o$/iu.test(verb) ? esFirstPersonSubjunctive(verb) : esWeSubjunctive(verb);
      const asked = ES_CONDITION_ASKED[wants.toLowerCase().replace(/\s+/gu, ' ')];
      if (subjunctive && asked) return `¿${asked} que ${to.toLowerCase()} ${it}${subjunctive}${rest}?`;
      return sentence(`Si ${wants.toLowerCase()}, ${to.toLowerCase()} ${it}${verb}${rest}`);
    }
    // "q me mande medidas y le armo la muestra": what the rep would have them do, a note to self; asked of them,
    // "¿Me manda medidas …?" (the subjunctive's indicative: "mande" → "manda", "comparta" → "comparte", "mandes" →
    // "mandas").
    const toDo = /^(?:que|q)\s+(me|nos)\s+(\p{Ll}{2,}?)([ae])(s?)(?![\p{L}])(.*)$/u.exec(core);
    const indicative = toDo ? esIndicative(toDo[2] ?? '', toDo[3] ?? '') : undefined;
    if (toDo && indicative) {
      const [, clitic = '', , , tu = '', rest = ''] = toDo;
      return `¿${cap(clitic)} ${indicative}${tu}${rest}?`;
    }
    // "me encantaría enseñarte una demo: "¿Te puedo enseñar una demo?", the rep's own tú or usted.
    const wish =
      /^(?:me\s+encantaría|me\s+gustaría|quisiera|querría)\s+(\p{L}+?(?:ar|er|ir))(te|le|les|os)\s+(.+)$/iu.exec(core);
    if (wish) return `¿${cap(wish[2] ?? '')} puedo ${wish[1]} ${wish[3]}?`;
    // "mandarle la propuesta y que me diga si le encaja": the rep's to-do, an infinitive with whom it is for; asked of
    // them, in the rep's first person ("¿Le mando la propuesta y me dice si le encaja?").
    const todo = /^(\p{Ll}{2,}?)(ar|er|ir)(le|les|te|os)(?![\p{L}])\s+(.+)$/u.exec(core);
    if (todo) {
      const [, stem = '', ending = '', clitic = '', rest = ''] = todo;
      const mine = esFirstPerson(stem, ending);
      if (mine) {
        const then = rest.replace(
          /(\s+y\s+)(?:que|q)\s+(me|nos)\s+(\p{Ll}{2,}?)([ae])(?![\p{L}])/u,
          (m, and: string, who: string, verbStem: string, vowel: string) => {
            const said = esIndicative(verbStem, vowel);
            return said ? `${and}${who} ${said}` : m;
          },
        );
        return `¿${cap(clitic)} ${mine} ${then}?`;
      }
    }
    // "coordinar una visita al campo la semana q viene", "conectar y mandarle el informe": an infinitive of something
    // done together, bare, is a note to self; asked, it is "we" ("¿Coordinamos una visita …?", "¿Conectamos y le mando
    // el informe?", "¿Conectamos y platicamos?").
    // "me gustaria conectar y agendar una llamada …": a wish of the rep's to do something together is asked as "we"
    // ("¿Conectamos y agendamos …?"), never "¿Me gustaria conectar …?".
    const wished = /^(?:me\s+gustar[ií]a|me\s+encantar[ií]a|quisiera|querr[ií]a)\s+/iu.exec(core);
    const together = ES_TOGETHER.exec(wished ? core.slice(wished[0].length) : core);
    if (together && wished) core = core.slice(wished[0].length);
    if (together) {
      const [whole, stem = '', ending = '', reflexive = ''] = together;
      const we = `${reflexive ? 'nos ' : ''}${stem}${ending === 'ar' ? 'amos' : ending === 'er' ? 'emos' : 'imos'}`;
      const rest = core
        .slice(whole.length)
        // "… y mandarle el informe": what the rep then does ("y le mando el informe").
        .replace(
          /^(\s+y\s+)(\p{Ll}{2,}?)(ar|er|ir)(le|les|te)(?![\p{L}])/u,
          (m, and: string, verbStem: string, verbEnding: string, clitic: string) => {
            const mine = esFirstPerson(verbStem, verbEnding);
            return mine ? `${and}${clitic} ${mine}` : m;
          },
        )
        // "… y platicar": done together too ("y platicamos").
        .replace(
          /^(\s+y\s+)(\p{Ll}{2,}?)(ar|er|ir)(?![\p{L}])/u,
          (_m, and: string, verbStem: string, verbEnding: string) =>
            `${and}${verbStem}${verbEnding === 'ar' ? 'amos' : verbEnding === 'er' ? 'emos' : 'imos'}`,
        )
        // "… y que me cuente cómo …": what they would then do, asked of them ("y me cuenta cómo …").
        .replace(
          /^(\s+y\s+)(?:que|q)\s+(me|nos)\s+(\p{Ll}{2,}?)([ae])(?![\p{L}])/u,
          (m, and: string, who: string, verbStem: string, vowel: string) => {
            const said = esIndicative(verbStem, vowel);
            return said ? `${and}${who} ${said}` : m;
          },
        );
      return choiceAsked('es', `¿${cap(we)}${rest}?`);
    }
    // "pasame un día y voy a la finca", "decime si te sirve", "avíseme cuándo": an imperative opening the ask asks already;
    // "¿Pasame un día …?" makes a question of an order. Said as typed, a sentence.
    if (ES_IMPERATIVE_ASK.test(core)) return sentence(cap(core));
    // "lanzar un piloto en marzo", "elegir un día para la demo": an infinitive opening the ask is asked as the time for
    // it ("¿Tendría tiempo para lanzar un piloto …?"), never an infinitive with a question mark.
    if (
      /^\p{Ll}{3,}(?:ar|er|ir)(?=\s)/u.test(core) &&
      !/^(?:lugar|hogar|mar|bar|par|mejor|mayor|menor|peor|ayer|mujer|placer|poder|taller|popular|particular|similar|regular|celular|familiar|militar|exterior|interior|anterior|posterior|superior|inferior|cualquier|señor|valor|color|sector|motor|factor|calor|error|favor|tractor|productor|proveedor|por|ser|estar|tener|haber|hacer|ir)(?![\p{L}])/iu.test(
        core,
      )
    )
      return `¿Tendría tiempo para ${core}?`;
    // "reunión de 30 min en sus oficinas", "llamada de 20 min": a meeting named bare, asked as the time for it.
    if (/^(?:(?:un|una|el|la)(?![\p{L}])|\d)/iu.test(core) || ES_MEETING.test(core)) {
      const [meeting = core, ...after] = core.split(/,\s+(?=(?:me|te|le|nos|yo|si)\s)/u);
      // "el precio de lanzamiento sube en julio, te reservo una demo": no meeting before the rep's own question, but a
      // fact of theirs said first; the question after the comma is the ask ("El precio … sube en julio. ¿Te reservo una
      // demo?"), never "¿Tendría tiempo para el precio …?".
      if (
        after.length > 0 &&
        !ES_MEETING.test(meeting.replace(/^(?:un|una|el|la)\s+/iu, '')) &&
        /(?<![\p{L}])(?:sube|suben|baja|bajan|vence|vencen|termina|terminan|cierra|cierran|acaba|acaban|empieza|empiezan|arranca|arrancan|sale|salen|cambia|cambian|es|son|está|están|queda|quedan)(?![\p{L}])/iu.test(
          meeting,
        )
      )
        return `${sentence(cap(meeting))} ¿${cap(after.join(', '))}?`;
      const named = withArticle('es', ES_MEETING.test(meeting) ? lowerFirst(meeting) : meeting);
      // A meeting "con usted y el jefe de planta" names the reader: "¿Tendría tiempo para … con usted?" asks them to
      // meet themselves, so it is asked as ours to hold.
      const asked = /(?<![\p{L}])con usted(?![\p{L}])/u.test(meeting)
        ? `¿Podemos tener ${named}?`
        : `¿Tendría tiempo para ${named}?`;
      return after.length > 0 ? `${asked} ${sentence(after.join(', '))}` : asked;
    }
    return `¿${cap(core)}?`;
  },
};

/**
 * A "te" typed in a draft that speaks usted is "le": "si te va bien" → "si le va bien". With a verb of "tú" after it the
 * "te" is the reader's own (reflexive), so it is "se" and the verb usted's: "así te podrías ahorrar" → "así se podría
 * ahorrar". Only a verb the "te" can belong to ("te encaja", "te puedes"); "de te" (tea) and the like stay.
 */
function esTuAsUsted(text: string): string {
  return text.replace(/(?<![\p{L}])([Tt])e\s+(\p{Ll}{2,})(?![\p{L}])/gu, (m, t: string, verb: string) => {
    const le = t === 'T' ? 'L' : 'l';
    const se = t === 'T' ? 'S' : 's';
    if (/^\p{Ll}{3,}(?:ías|abas|arás|erás|irás|as|es)$/u.test(verb) && !ES_NOT_TU_VERB.test(verb))
      return `${se}e ${verb.slice(0, -1)}`;
    return ES_TE_VERB.test(verb) ? `${le}e ${verb}` : m;
  });
}
/** Words in "-as"/"-es" after "te" that are no verb of "tú": "te mandamos las fotos", "te ofrecemos", "te llamamos". */
const ES_NOT_TU_VERB = /(?:amos|emos|imos|mos)$/u;
/** Verbs a "te" before them can be the object of, in the third person or the rep's first ("te va", "te mando"). */
const ES_TE_VERB =
  /^(?:va|viene|sirve|encaja|cuadra|parece|interesa|gusta|queda|conviene|preocupa|ayuda|llama|escribo|mando|envío|paso|llamo|cuento|comento|muestro|enseño|ofrezco|propongo|preparo|dejo|comparto|mandamos|enviamos|pasamos|llamamos|mostramos|ofrecemos|ayudamos)$/u;

/**
 * A thing typed with a comparative after it ("auditorías GlobalGAP más rápidas", "fechamento mais rápido") is a result
 * for them, not a thing to hand over ("le ofrezco auditorías … más rápidas"): said as what working with us makes it,
 * "Con nosotros, las auditorías GlobalGAP son más rápidas", "Com a gente, o fechamento fica mais rápido", its article
 * by the noun's number and the adjective's gender, and offered as a claim is ("…, y con gusto le muestro cómo"). What
 * follows its comma is that how, after a colon. '' when the value is not so.
 */
function comparedResult(lang: 'es' | 'pt', text: string): string {
  const m = new RegExp(
    String.raw`^((?:[\p{L}\p{N}-]+\s+){1,3}?)(${lang === 'es' ? 'más|mas' : 'mais'})\s+(\p{Ll}{3,})(?=\s*(?:,|$))`,
    'u',
  ).exec(text);
  if (!m) return '';
  const noun = (m[1] ?? '').trim();
  const first = /^\p{L}+/u.exec(noun)?.[0] ?? '';
  if (!/^\p{Ll}/u.test(first) || NO_ARTICLE[lang].test(first) || /(?:ar|er|ir)$/u.test(first)) return '';
  const adjective = m[3] ?? '';
  const plural = /s$/u.test(first);
  const feminine = /as?$/u.test(adjective)
    ? true
    : /os?$/u.test(adjective)
      ? false
      : (GENDER_EXCEPTIONS[lang][first.replace(/e?s$/u, '')] ?? '') === 'f' ||
        (lang === 'es' ? /(?:[^m]as?|iones|ión|dad(?:es)?)$/u : /(?:[^m]as?|ções|ção|dades?)$/u).test(first);
  const article =
    lang === 'es'
      ? plural
        ? feminine
          ? 'las'
          : 'los'
        : feminine
          ? 'la'
          : 'el'
      : `${feminine ? 'a' : 'o'}${plural ? 's' : ''}`;
  const verb = lang === 'es' ? (plural ? 'son' : 'es') : plural ? 'ficam' : 'fica';
  const more = m[2] === 'mas' ? 'más' : (m[2] ?? '');
  const rest = text.slice(m[0].length).replace(/^\s*,\s*/u, '');
  const result = `${lang === 'es' ? 'Con nosotros' : 'Com a gente'}, ${article} ${noun} ${verb} ${more} ${adjective}`;
  // A result is a claim, offered as claims are: with how we can show it.
  const how = lang === 'es' ? ', y con gusto le muestro cómo' : ', e posso lhe mostrar como';
  return sentence(`${result}${how}${rest ? `: ${rest}` : ''}`);
}

/**
 * A thing typed first and, after its comma, what happens with it in a clause of its own ("trazabilidad de campo a palet en
 * una sola plataforma, el histórico del palet sale en un clic", "cruzamento do abastecimento com a telemetria do tanque,
 * pega o desvio na hora", "app de jornada integrado, o espelho de ponto sai pronto"): a result, which an offer frame
 * before it ("le ofrezco una …, el histórico sale …") makes a thing handed over. Said as what we do: "Ofrecemos …: el
 * histórico del palet sale en un clic"; a clause whose verb has no subject of its own is the thing's, "Ofrecemos un módulo de
 * cruce, que detecta el desvío", "Posso lhe oferecer um cruzamento …, que pega o desvio na hora" (never "…, pega o desvio"
 * as if the reader caught it). A list after the thing ("mobiliario, red, limpieza") or a thing with a
 * relative clause ("un módulo que saca …") has no such clause and keeps its frame. '' when the value is not so.
 */
const RESULT_CLAUSE: Record<'es' | 'pt', { subject: RegExp; verbFirst: RegExp; we: string; that: string }> = {
  es: {
    // A subject and its verb ("el histórico del palet sale en …", "lo usa la coop …"): the verb after a noun, not after an
    // article or a preposition (a noun there: "de la fruta en destino").
    subject:
      /^(?:(?:lo|la|los|las|le|les|se)\s+\p{Ll}{2,}(?:a|e|an|en)|(?:el|la|los|las|su|sus|cada|todo\s+el|toda\s+la)\s+(?:\p{L}+\s+){0,4}?(?<!(?<![\p{L}])(?:el|la|los|las|de|del|en|con|por|para|y|un|una|al)\s)\p{Ll}{2,}(?:a|e|an|en)\s+(?:en|con|por|sin|solo|sólo|ya|al|a|el|la|los|las|un|una|todo|toda|todos|todas|más|mas|directo|directa|pronto|pronta|automáticamente|automaticamente|desde|cada))(?![\p{L}])/iu,
    verbFirst:
      /^(?:saca|sale|pega|detecta|avisa|manda|envía|envia|genera|calcula|cruza|lee|muestra|reduce|evita|ahorra|automatiza|llena|rellena|controla|registra|bloquea)\s+(?:el|la|los|las|un|una|en|al|a|cada|todo|toda|todos|todas)(?![\p{L}])/iu,
    we: 'Ofrecemos',
    that: 'que',
  },
  pt: {
    subject:
      /^(?:(?:o|a|os|as|seu|sua|cada|todo\s+o|toda\s+a)\s+(?:\p{L}+\s+){0,4}?(?<!(?<![\p{L}])(?:o|a|os|as|de|do|da|dos|das|em|no|na|com|por|pelo|pela|para|e|um|uma|ao)\s)\p{Ll}{2,}(?:a|e|i|am|em)\s+(?:em|no|na|com|por|sem|só|so|já|ja|ao|à|o|a|os|as|um|uma|todo|toda|mais|direto|direta|pronto|pronta|automaticamente|desde|cada|na\s+hora))(?![\p{L}])/iu,
    verbFirst:
      /^(?:pega|detecta|avisa|manda|envia|gera|calcula|cruza|lê|le|mostra|reduz|evita|economiza|automatiza|preenche|controla|registra|bloqueia|sai|tira)\s+(?:o|a|os|as|um|uma|em|no|na|cada|todo|toda|todos|todas|ao|à)(?![\p{L}])/iu,
    // "Oferecemos …" and "A gente cruza …" are what we do as well, but the purpose check reads no value for the reader
    // in Portuguese without the offer to them: the frame stays, and the clause joins it as the thing's.
    we: 'Posso lhe oferecer',
    that: 'que',
  },
};
/**
 * A value typed as a statement of what our thing does, its subject and its verb in its first clause ("el dron entra con
 * el lote anegado y no pisa el cultivo", "as tabelas de retenção atualizam automaticamente", "tabelas de retenção
 * atualizam sozinhas"): said as typed, never offered as a thing ("Con gusto le ofrezco el dron entra …", "Posso
 * oferecer-lhe tabelas … atualizam …"). A plural typed bare is a subject as well; a noun's "-gem" ("a contagem em
 * tempo real") is no verb.
 */
const BARE_PLURAL_CLAUSE: Record<'es' | 'pt', RegExp> = {
  es: /^(?:(?:los|las)\s+)?\p{Ll}{3,}s\s+(?:(?:de|del|de\s+la|de\s+los|de\s+las)\s+\p{L}+\s+){0,2}\p{Ll}{3,}(?:an|(?<![mgd])en)\s+(?:solos|solas|automáticamente|automaticamente|directo|al|en|con|sin|ya|el|la|los|las|todo|toda|cada|más|mas)(?![\p{L}])/u,
  pt: /^(?:(?:os|as)\s+)?\p{Ll}{3,}s\s+(?:(?:de|do|da|dos|das)\s+\p{L}+\s+){0,2}(?!(?:ordem|homem|nuvem|jovem|também|tambem|porém|porem|além|alem|alguém|ninguém|armazém|trem)\s)\p{Ll}{3,}(?:am|(?<!g)em)\s+(?:sozinh[oa]s?|automaticamente|direto|na\s+hora|em|no|na|com|sem|já|ja|o|a|os|as|todo|toda|cada|mais)(?![\p{L}])/u,
};
/** A value typed with its own subject, an article before it ("el dron entra …", "los contenedores salen …"): said. */
function valueOpensOnItsVerb(lang: 'es' | 'pt', text: string): boolean {
  const first = text.split(/[,;.]/u)[0] ?? '';
  return (
    RESULT_CLAUSE[lang].subject.test(first) ||
    (/^(?:los|las|os|as)\s/u.test(first) && BARE_PLURAL_CLAUSE[lang].test(first))
  );
}
/** Those who got a result, not a thing of ours: "clientes economizam …", "fazendas da região reduziram …". */
const PEERS_BARE =
  /^(?:clientes|fazendas|empresas|usinas|indústrias|industrias|lojas|produtores|hospitais|clínicas|clinicas|escolas|mineradoras|transportadoras|frotas|fincas|bodegas|cooperativas|coopes|productores|hoteles|hotéis|hoteis|restaurantes|usuarios|usuários|operadores|laboratorios|laboratórios|distribuidoras|plantas|granjas|tambos|estancias|campos|obras|construtoras|constructoras|colegas|pares|vizinhos|vecinos)$/u;
/**
 * A value typed as a bare plural and its verb ("tabelas de retenção atualizam sozinhas", "repartos salen en el día
 * desde Pilar"): the thing is offered, and what it does is its relative clause ("Posso lhe oferecer tabelas de retenção
 * que atualizam …", "Con gusto le ofrezco repartos que salen …"), never the clause inside the offer, nor given an
 * article whose gender the ending may not tell ("los flores", "las sistemas"); the check reads either statement as no
 * value of the reader's. Others' result ("clientes economizam 18%", "fazendas da região reduziram 20% a perda") is no
 * thing to offer: it is shown ("Posso lhe mostrar como clientes economizam …"). '' when the value is not so.
 */
function thingThatDoes(lang: 'es' | 'pt', text: string): string {
  const first = text.split(/[,;.]/u)[0] ?? '';
  if (!BARE_PLURAL_CLAUSE[lang].test(first) || (lang === 'es' && /^(?:los|las)\s/u.test(first))) return '';
  const of = lang === 'es' ? '(?:de|del|de\\s+la|de\\s+los|de\\s+las)' : '(?:de|do|da|dos|das)';
  const verb = new RegExp(
    `^((?:(?:os|as)\\s+)?\\p{Ll}{3,}s\\s+(?:${of}\\s+\\p{L}+\\s+){0,2}?)(?=\\p{Ll}{3,}(?:${lang === 'es' ? 'an|en' : 'am|em'})\\s)`,
    'u',
  ).exec(first);
  if (!verb) return '';
  const typed = verb[1] ?? '';
  const thing = typed.replace(/^(?:os|as)\s+/u, '');
  const does = text.slice(typed.length);
  const noun = /^\p{Ll}+/u.exec(thing)?.[0] ?? '';
  const past = /^\p{Ll}+(?:ram|aron|ieron)(?![\p{L}])/u.test(does);
  if (PEERS_BARE.test(noun) || past)
    return sentence(`${lang === 'es' ? 'Con gusto le muestro cómo' : 'Posso lhe mostrar como'} ${thing}${does}`);
  return sentence(`${lang === 'es' ? 'Con gusto le ofrezco' : 'Posso lhe oferecer'} ${thing}que ${does}`);
}
/**
 * A choice of days typed after the comma of a proposal ("…, terça ou quarta dá?", "…, martes o jueves le sirve?") is a
 * question of its own after the proposal's: "Podemos marcar uma visita …? Terça ou quarta dá?", "¿Cuadramos una visita
 * …? ¿Martes o jueves le sirve?"; run into it, the proposal's question ends nowhere.
 */
function choiceAsked(lang: 'es' | 'pt', question: string): string {
  const m = /^(.*\S),\s+(\p{L}+(?:-feira)?\s+(?:o|ou)\s+\p{L}+(?:-feira)?(?:\s+[^,?]{1,30})?)\?$/u.exec(question);
  if (
    !m ||
    !/(?<![\p{L}])(?:lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|segunda|terça|terca|quarta|quinta|sexta|sábado)(?![\p{L}])/iu.test(
      m[2] ?? '',
    )
  )
    return question;
  return `${m[1]}? ${lang === 'es' ? '¿' : ''}${cap(m[2] ?? '')}?`;
}
/**
 * The bare plural opening such a value with its article, as a sentence's subject takes one ("As tabelas …"), only where
 * the ending tells the gender ("-os", "-as", "-ciones", "-dades"; "sistemas", "programas" are masculine); "flores",
 * "órdenes", "clientes" stay as typed.
 */
function withSubjectArticle(lang: 'es' | 'pt', text: string): string {
  if (!BARE_PLURAL_CLAUSE[lang].test(text) || /^(?:os|as|los|las)\s/u.test(text)) return text;
  const noun = /^\p{Ll}+/u.exec(text)?.[0] ?? '';
  const feminine =
    !/mas$/u.test(noun) &&
    (lang === 'es' ? /(?:as|iones|dades|tades)$/u.test(noun) : /(?:as|ções|coes|sões|soes|gens|dades)$/u.test(noun));
  if (!feminine && !/(?:os|mas)$/u.test(noun)) return text;
  return `${lang === 'es' ? (feminine ? 'las' : 'los') : feminine ? 'as' : 'os'} ${text}`;
}
const PT_USER_THEN_TOOL =
  /^(?:sobe|manda|envia|importa|conecta|carrega|cadastra|joga|coloca|anexa|integra)\s+(?:o|a|os|as|um|uma|seu|sua|seus|suas)\s[^,;]*?\s+e\s+(?:o|a)\s+(?:plataforma|sistema|ferramenta|software|app|aplicativo|solução|solucao|robô|robo)\s/iu;
function thingThenResult(lang: 'es' | 'pt', text: string): string {
  const at = text.search(/,\s+/u);
  if (at < 0) return '';
  const thing = text.slice(0, at);
  const rest = text.slice(at).replace(/^,\s+/u, '');
  // The thing is a noun phrase: no verb of its own, no relative clause.
  if (/(?<![\p{L}])(?:que|q|qui|donde|onde)(?![\p{L}])/iu.test(thing) || thing.split(/\s+/u).length > 14) return '';
  const { subject, verbFirst, we, that } = RESULT_CLAUSE[lang];
  // "trial 30 dias gratis, sobe o xml dos ctes e a plataforma ja cruza c/ a tabela": the act before what the platform
  // then does is the user's, whom the draft speaks to ("…: você sobe o XML … e a plataforma já cruza …"), never the
  // thing's ("…, que sobe o xml") nor an order left hanging ("…, sobe o xml").
  if (lang === 'pt' && PT_USER_THEN_TOOL.test(rest)) return sentence(`${we} ${withArticle(lang, thing)}: você ${rest}`);
  if (verbFirst.test(rest)) return sentence(`${we} ${withArticle(lang, thing)}, ${that} ${rest}`);
  if (subject.test(rest)) return sentence(`${we} ${withArticle(lang, thing)}: ${rest}`);
  // "lembrete por whatsapp, clínicas q usam baixaram faltas pra ~8%": what happened to peers, with its figure, is a
  // sentence of its own after the thing offered ("…, clínicas que usam baixaram …" inside the offer reads as the thing).
  // A past plural with no subject before it ("caso de éxito con otra clínica, bajaron la rotación de 32% a 19%") tells
  // what the thing is about, after a colon.
  if (/\d/.test(rest) && !/[.!?]/.test(rest.replace(/[.!?]+$/u, ''))) {
    const peers = PEER_PAST[lang].exec(rest);
    const offered = `${lang === 'es' ? 'Con gusto le ofrezco' : 'Posso lhe oferecer'} ${withArticle(lang, thing)}`;
    if (peers?.index === 0 && peers[1]) return sentence(`${offered}: ${rest}`);
    if (peers?.[2]) {
      // What follows the result ("…, relatório em 5 dias", "… — sem custo") is the offer's term, not the peers': it
      // stays with the thing offered. A result without its figure is no result to split off.
      const tail = /,\s+|\s+[—–-]\s+/u.exec(rest.slice(peers[0].length));
      const result = tail ? rest.slice(0, peers[0].length + tail.index) : rest;
      if (!/\d/.test(result)) return '';
      const terms = tail
        ? `${/,/.test(tail[0]) ? ',' : ' —'} ${rest.slice(peers[0].length + tail.index + tail[0].length)}`
        : '';
      return `${sentence(`${offered}${terms}`)} ${sentence(cap(result))}`;
    }
  }
  return '';
}

/** A past plural ("baixaram", "bajaron") opening the piece (1), or after a bare plural subject of a few words (2). */
const PEER_PAST: Record<'es' | 'pt', RegExp> = {
  es: /^(?:(\p{Ll}{3,}(?:aron|ieron))|((?:los\s+|las\s+)?\p{Ll}{3,}s(?:\s+(?:que|con|de|del|en)\s+(?:[\p{L}]+\s+){0,2}?)?\s*\p{Ll}{3,}(?:aron|ieron)))(?=\s)/u,
  pt: /^(?:(\p{Ll}{3,}(?:aram|eram|iram))|((?:os\s+|as\s+)?\p{Ll}{3,}s(?:\s+(?:que|q|com|de|do|da|na|no)\s+(?:[\p{L}]+\s+){0,2}?)?\s*\p{Ll}{3,}(?:aram|eram|iram)))(?=\s)/u,
};

/** The value as said in Spanish: a clause as typed, a thing offered ("Con gusto le ofrezco …"). */
function esOffer(text: string, company: string): string {
  return (
    claimWithSubject(text, ES_CLAIM_VERBS, company, 'Nuestra solución', ', y con gusto le muestro cómo') ||
    (startsWith(
      text,
      'le|les|te|puedo|nosotros|yo|con gusto|usted|ud|(?:también|además|ya|hoy|ahora)?\\s*\\p{L}+(?:amos|emos|imos)',
    ) ||
    peerResult(text, ES_FINITE) ||
    ES_VALUE_CLAUSE.test(text) ||
    ES_CLAUSE_AFTER_ADVERBIAL.test(text) ||
    valueOpensOnItsVerb('es', text) ||
    (startsWith(text, 'nuestro|nuestra|nuestros|nuestras') && ES_FINITE.test(text))
      ? sentence(withSubjectArticle('es', text))
      : startsWith(text, 'nuestro|nuestra|nuestros|nuestras')
        ? sentence(`Con gusto le comparto ${lowerFirst(text)}`)
        : comparedResult('es', text) ||
          thingThatDoes('es', text) ||
          thingThenResult('es', text) ||
          sentence(`Con gusto le ofrezco ${withArticle('es', text)}`))
  );
}

/** A meeting named by its noun: "reunión de 30 min", "llamada rápida", "videollamada el jueves". */
const ES_MEETING = /^(?:reunión|reunion|llamada|videollamada|visita|charla|demo|demostración|café)(?![\p{L}])/iu;

/** The rep's "I" of verbs whose first person is not the stem and "-o": "enviar" → "envío", "hacer" → "hago". */
/** An infinitive of something done together opening the ask: "coordinar una visita", "vernos el martes", "conectar y …". */
const ES_TOGETHER =
  /^(coordin|cuadr|agend|visit|conect|charl|habl|recorr|program|organiz|revis|prob|arranc|empez|junt|encontr|reun|v|hac|defin|arm)(ar|er|ir)(nos)?(?![\p{L}])/iu;

const ES_FIRST_PERSON_OF: Record<string, string> = {
  enviar: 'envío',
  hacer: 'hago',
  poner: 'pongo',
  proponer: 'propongo',
  decir: 'digo',
  traer: 'traigo',
  dar: 'doy',
  tener: 'tengo',
  ver: 'veo',
  ir: 'voy',
  salir: 'salgo',
  venir: 'vengo',
  saber: 'sé',
};

/**
 * The rep's "I" of a Spanish infinitive ("mostrar" → "muestro", "ofrecer" → "ofrezco", "escoger" → "escojo"): the
 * irregular ones listed; a stem whose stressed vowel breaks (o → ue, e → ie, e → i), which only the verb says, for the
 * verbs a rep offers with, also after a prefix ("demostrar", "recontar"); "-cer"/"-cir" after a vowel "-zco"; "-ger"/"-gir"
 * "-jo"; else the stem and "-o". Empty where the stem ends in a vowel and no rule says how ("leer").
 */
function esFirstPerson(stem: string, ending: string): string {
  const verb = `${stem}${ending}`;
  const listed = ES_FIRST_PERSON_OF[verb];
  if (listed) return listed;
  const broken = ES_STEM_BREAKS.exec(verb);
  if (broken) {
    const [, prefix = '', root = ''] = broken;
    const said = ES_BROKEN_STEM[root.toLowerCase()] ?? '';
    return said ? `${prefix}${said}` : '';
  }
  if (/[aeiou]c$/u.test(stem) && ending !== 'ar' && !/(?:^|[^\p{L}])(?:hac|coc|mec)$/u.test(stem))
    return `${stem.slice(0, -1)}zco`;
  if (/[^u]g$/u.test(stem) && ending !== 'ar') return `${stem.slice(0, -1)}jo`;
  return /[aeiou]$/u.test(stem) ? '' : `${stem}o`;
}
/** Verbs whose stressed stem vowel breaks, in the rep's "I": "mostrar" → "muestro", "pedir" → "pido". */
const ES_BROKEN_STEM: Record<string, string> = {
  mostrar: 'muestro',
  contar: 'cuento',
  probar: 'pruebo',
  volver: 'vuelvo',
  resolver: 'resuelvo',
  encontrar: 'encuentro',
  recordar: 'recuerdo',
  acordar: 'acuerdo',
  costar: 'cuesto',
  recomendar: 'recomiendo',
  pensar: 'pienso',
  cerrar: 'cierro',
  empezar: 'empiezo',
  comenzar: 'comienzo',
  entender: 'entiendo',
  sugerir: 'sugiero',
  preferir: 'prefiero',
  querer: 'quiero',
  poder: 'puedo',
  pedir: 'pido',
  servir: 'sirvo',
  medir: 'mido',
  seguir: 'sigo',
  conseguir: 'consigo',
  elegir: 'elijo',
  corregir: 'corrijo',
  repetir: 'repito',
};
const ES_STEM_BREAKS = new RegExp(`^(de|re|com)?(${Object.keys(ES_BROKEN_STEM).join('|')})$`, 'iu');

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

/** The "vous" form of a verb the rep wrote with "tu": "veux" → "voulez", "cherches" → "cherchez", "pourrais" → "pourriez". */
const FR_VOUS_OF_TU: Record<string, string> = {
  veux: 'voulez',
  peux: 'pouvez',
  as: 'avez',
  es: 'êtes',
  vas: 'allez',
  fais: 'faites',
  dis: 'dites',
  sais: 'savez',
  connais: 'connaissez',
  prends: 'prenez',
  viens: 'venez',
  mets: 'mettez',
  crois: 'croyez',
  vois: 'voyez',
  dois: 'devez',
  préfères: 'préférez',
  gères: 'gérez',
  envoies: 'envoyez',
  appelles: 'appelez',
  achètes: 'achetez',
};
function frVousOfTu(verb: string): string {
  const lower = verb.toLowerCase();
  return (
    FR_VOUS_OF_TU[lower] ??
    (/ais$/.test(lower)
      ? `${lower.slice(0, -3)}iez`
      : // A stem that changes before "-ez" ("préfères" → "préférez", "envoies" → "envoyez", "appelles" → "appelez") is
        // not built from its ending: it stays as typed.
        /es$/.test(lower) && !/è|[iy]es$|(?:ll|tt)es$/.test(lower)
        ? `${lower.slice(0, -1)}z`
        : '')
  );
}

/**
 * The rep's "tu" in a draft written with "vous" (their answers say "vos plannings" too): one register, the formal one.
 * "tu veux une démo ?" → "Voulez-vous une démo ?", "je peux t'envoyer" → "je peux vous envoyer", "ton équipe" → "votre
 * équipe". A verb whose "vous" form is not sure stays as typed.
 */
export function tuToVous(text: string): string {
  let t = text.replace(
    /(^|[.!?]\s+)[Tt]u\s+(\p{Ll}+)(?![\p{L}])([^.!?]*\?)/gu,
    (m, start: string, verb: string, rest: string) => {
      const vous = frVousOfTu(verb);
      return vous ? `${start}${cap(vous)}-vous${rest}` : m;
    },
  );
  t = t.replace(
    /(?<![\p{L}'’])([Tt])u\s+((?:(?:me|m['’]|le|la|les|l['’]|en|y)\s*)*)(\p{Ll}+)(?![\p{L}])/gu,
    (m, tee: string, clitics: string, verb: string) => {
      const vous = frVousOfTu(verb);
      return vous ? `${tee === 'T' ? 'Vous' : 'vous'} ${clitics}${vous}` : m;
    },
  );
  // A reflexive verb changes with its subject: "tu t'es lancé" → "vous vous êtes lancé", "qui t'occupes" → "qui vous
  // occupez"; where the verb's "vous" form is not sure, the whole stays as typed.
  t = t.replace(
    /(?<![\p{L}'’])(?:([Tt])u|(qui))\s+t['’](\p{Ll}+)(?![\p{L}])/gu,
    (m, tee: string | undefined, qui: string | undefined, verb: string) => {
      const vous = frVousOfTu(verb);
      if (!vous) return m;
      return `${qui ?? (tee === 'T' ? 'Vous' : 'vous')} vous ${vous}`;
    },
  );
  // Chat's "t'as" and "t'es" are "tu as", "tu es".
  t = t
    .replace(
      /(^|[.!?]\s+)[Tt]['’](as|es)(?![\p{L}])([^.!?]*\?)/gu,
      (_m, start: string, verb: string, rest: string) => `${start}${verb === 'as' ? 'Avez' : 'Êtes'}-vous${rest}`,
    )
    .replace(
      /(?<![\p{L}'’])([Tt])['’](as|es)(?![\p{L}])/gu,
      (_m, tee: string, verb: string) => `${tee === 'T' ? 'Vous' : 'vous'} ${verb === 'as' ? 'avez' : 'êtes'}`,
    );
  t = t.replace(/(?<![\p{L}'’])([Tt])['’](?=[aeiouéèêh]\p{L})/gu, (_m, tee: string) =>
    tee === 'T' ? 'Vous ' : 'vous ',
  );
  // "le ton du post" is a tone, not "your": a possessive never follows an article.
  const held = t.replace(/(?<![\p{L}'’])((?:le|du|au|un|ce|même|bon)\s+)ton(?![\p{L}'’])/giu, '$1\uE000');
  return replaceWords(held, {
    te: 'vous',
    toi: 'vous',
    ton: 'votre',
    ta: 'votre',
    tes: 'vos',
    Ton: 'Votre',
    Ta: 'Votre',
    Tes: 'Vos',
  }).replace(/\uE000/gu, 'ton');
}

/**
 * "vous avez posté qu'ils sont à 31 %": what they said of their own organisation ("ils") is said to them, "que vous
 * êtes à 31 %". Only right after their saying: elsewhere "ils" may be anyone. Once turned, a later "ils" of the same
 * answer is that organisation still ("… qu'ils ont levé 2M et qu'ils recrutent 10 personnes, ils bossent encore depuis
 * un coworking" → "que vous recrutez …, vous bossez encore"), unless a group is named as a subject in between ("…, vos
 * clients paient en retard, ils mettent 60 jours": the clients).
 */
function frTheyToldAreYou(text: string): string {
  // "vous avez dit que vous n'aviez aucune idée de ce que ça change pour eux": in what they said of themselves, "eux" is
  // their organisation, "pour vous".
  const ours = text.replace(
    /((?<![\p{L}])(?:avez|aviez)\s+(?:dit|écrit|expliqué|raconté|indiqué|mentionné|précisé)\s+qu[e'’][^.!?]*?(?<![\p{L}])(?:pour|chez|avec)\s+)eux(?![\p{L}])/gu,
    '$1vous',
  );
  let turnedAt = -1;
  const said = ours.replace(
    /(\bvous\s+(?:m['’]\s*)?(?:avez|aviez)\s+(?:posté|poste|dit|écrit|ecrit|expliqué|explique|annoncé|annonce|raconté|indiqué|partagé|mentionné|publié|précisé)\s+)qu['’]ils\s+(\p{Ll}+)(?![\p{L}'’])/gu,
    (m, head: string, verb: string, at: number, all: string) => {
      // Only verbs whose "vous" form is sure (see frIls), and only when "ils" is not a group named later ("qu'ils sont
      // trop lents à payer, vos clients") or counted ("ils sont 40 chauffeurs").
      const vous = frIls(verb);
      const after = all.slice(at + m.length);
      if (!vous || (/^(?:sont|étaient)$/u.test(verb) && /^\s+\d/u.test(after)) || FR_GROUP_LATER.test(after)) return m;
      if (turnedAt < 0) turnedAt = at;
      return `${head}que vous ${vous}`;
    },
  );
  if (turnedAt < 0) return said;
  return `${said.slice(0, turnedAt)}${frTheirIlsStill(said.slice(turnedAt))}`;
}

/** "ils" dislocated before a group named after it in its sentence: "qu'ils sont trop lents à payer, vos clients". */
const FR_GROUP_LATER = /^[^.!?]*,\s*(?:vos|les|leurs|ses|ces|des)\s+\p{L}/u;

/**
 * A group named as the subject of a clause ("vos clients paient", "et les équipes sont", "que 3 sites ont"): whom a later
 * "ils" may be.
 */
const FR_GROUP_SUBJECT =
  /(?:^|[,;:.!?]|(?<![\p{L}])(?:que|qu['’]|et|mais|car|donc|où|quand|si|puis))\s*(?:tous\s+)?(?:les|des|vos|leurs|ses|ces|nos|mes|plusieurs|certains|d['’]autres|\d+)\s+\p{L}[\p{L}'’-]*\s+(?:\p{L}+\s+){0,2}?(?:(?:ne|n['’])\s*)?(?:\p{Ll}+ent|ont|sont|font|vont)(?![\p{L}])/u;

/** After their "ils" turned to "vous": each later "ils" with a verb whose "vous" form is sure, until a group is named. */
function frTheirIlsStill(text: string): string {
  let from = 0;
  return text.replace(
    /(?<![\p{L}'’-])(qu['’])?(ils)\s+((?:ne\s+|n['’]\s*)?)((?:(?:se\s|s['’]|en\s|y\s|l['’]|le\s|la\s|les\s|nous\s)\s*)*)(\p{Ll}+)(?![\p{L}'’])/giu,
    (m, qu: string | undefined, _ils: string, neg: string, clitics: string, verb: string, at: number, all: string) => {
      const between = all.slice(from, at);
      const vous = frIls(verb);
      if (!vous || FR_GROUP_SUBJECT.test(between) || FR_GROUP_LATER.test(all.slice(at + m.length))) return m;
      from = at + m.length;
      const own = clitics.replace(/(?<![\p{L}])(?:s['’]\s*|se\s+)/giu, 'vous ');
      return `${qu ? 'que ' : ''}${qu || !/^I/u.test(m) ? 'vous' : 'Vous'} ${neg}${own}${vous}`;
    },
  );
}

/**
 * The "vous" form of a verb after "ils", where it is sure: the known ones, the imperfect ("bossaient" → "bossiez"), and
 * the present of the verbs whose singular says it ("recrutent" → "recrute" → "recrutez", "achètent" → "achetez",
 * "envoient" → "envoyez", "prennent" → "prenez"); "disent", "doivent" and the like only from the list.
 */
function frIls(verb: string): string {
  const known = FR_ILS[verb];
  if (known) return known;
  if (/^\p{Ll}{2,}aient$/u.test(verb)) return `${verb.slice(0, -5)}iez`;
  if (/^\p{Ll}+[ou]ient$/u.test(verb)) return `${verb.slice(0, -4)}yez`;
  if (/^\p{Ll}*iennent$/u.test(verb)) return `${verb.slice(0, -7)}enez`;
  if (/^\p{Ll}+ennent$/u.test(verb)) return `${verb.slice(0, -5)}nez`;
  if (!/^\p{Ll}{2,}[^aeiouy]ent$/u.test(verb) || /(?:oiv|euv|eul|ell|dis|[ae]mm)ent$/u.test(verb)) return '';
  return frVerb(verb.slice(0, -2));
}
/** Words no one calls someone by: after "d'après", "selon" or before "m'a dit", a source other than a name. */
const FR_NOT_A_NAME =
  /^(?:il|elle|ils|elles|on|lui|eux|moi|nous|vous|toi|son|sa|ses|leur|leurs|le|la|les|l['’]|un|une|des|ce|cet|cette|ces|votre|vos|ton|ta|tes|mon|ma|mes|notre|nos|linkedin|google|moi-même)$/iu;

/**
 * Someone else the answer names, and the words that stay theirs, held out of `text` (into `others`) before it is turned
 * to the reader:
 * - a source named ("d'après Inès", "selon mon collègue", "Mathieu m'a dit que …") goes on speaking in a later "elle
 *   dit", "il pense" of the answer: that pronoun is the source, not the reader, unless its gender is not the source's;
 * - a referrer named with their firm ("Mathieu Garnier chez Aquitaine Conseil m'a dit de la contacter, on a fait leur
 *   bureau projet") makes "leur" after it in the sentence that firm's, not the reader's (with no firm named, "ma
 *   collègue Inès a organisé leur séminaire" is theirs).
 */
/**
 * Whether a French answer names a person other than the reader: a title or a relation ("mon associé", "le Dr", "votre
 * ancien collègue", "son chef"), a first name the name lists know, or two capitalised words in a row ("Son Nguyen").
 */
function frOtherPersonNamed(text: string): boolean {
  return (
    /(?<![\p{L}])(?:coll[eè]gues?|associée?s?|partenaires?|clients?|clientes?|Dr|Dre|docteure?|chef|cheffe|patronne?|directeur|directrice|responsable|gérante?|présidente?|fondat(?:eur|rice)|amie?|frère|s(?:œ|oe)ur|cousine?|mari|femme|père|mère|M\.|Mme|Mlle|monsieur|madame|confrère|consœur|prédécesseur|DG|PDG|DRH|DAF|CEO|boss)(?![\p{L}])/iu.test(
      text,
    ) ||
    /(?<![\p{L}])\p{Lu}[\p{L}'’-]*\s+\p{Lu}\p{Ll}/u.test(text) ||
    (text.match(/(?<![\p{L}])\p{Lu}\p{Ll}+(?![\p{L}])/gu) ?? []).some(
      (w) => genderOf(w) !== '' && !/^(?:Son|Sa|Ses)$/u.test(w),
    )
  );
}
function frOthersHeld(text: string, others: string[]): string {
  const hold = (m: string) => `\uE006${others.push(m) - 1}\uE006`;
  // A first name typed in lower case after what names a person ("d'après ines", "ma collègue ines") is a name: "Ines".
  let t = text.replace(
    /((?<![\p{L}])(?:d['’]apr[eè]s|selon|(?:mon|ma)\s+(?:coll[eè]gue|associée?|ami|amie|contact))\s+)(\p{Ll}[\p{L}-]+)(?![\p{L}'’])/giu,
    (m, head: string, name: string) =>
      genderOf(name) && !FR_NOT_A_NAME.test(name) ? `${head}${name.charAt(0).toUpperCase()}${name.slice(1)}` : m,
  );
  const source =
    /(?:(?<![\p{L}])(?:d['’]apr[eè]s|selon)\s+((?:(?:mon|ma)\s+(?:coll[eè]gue|associée?|contact|ami|amie)\s+)?\p{L}[\p{L}-]*)|(?<![\p{L}'’])(\p{L}[\p{L}-]*)\s+m['’]a\s+(?:dit|expliqu[eé]|racont[eé]|confi[eé])\s+qu)/iu.exec(
      t,
    );
  const name = source ? (source[1] ?? source[2] ?? '') : '';
  if (source && !FR_NOT_A_NAME.test(name)) {
    const gender = genderOf(name.split(/\s+/u).pop() ?? '');
    const from = source.index + source[0].length;
    t =
      t.slice(0, from) +
      t
        .slice(from)
        .replace(
          /(?<![\p{L}'’-])(elle|il)(?=\s+(?:(?:m['’]|nous\s)\s*)?(?:dit|disait|a\s+dit|pense|pensait|trouve|trouvait|explique|raconte|ajoute|précise|precise|estime|affirme|avait\s+dit)(?![\p{L}]))/giu,
          (m) => ((/^e/iu.test(m) ? 'f' : 'm') === gender || gender === '' ? hold(m) : m),
        );
  }
  return t.replace(
    /(chez\s+[^,.!?]+?\s+m['’]a(?:vait)?\s+(?:dit|recommand\p{L}*|conseill\p{L}*|donn\p{L}*|pass\p{L}*|parl\p{L}*|sugg\p{L}*|orient\p{L}*)(?![\p{L}])[^.!?]*)/iu,
    (m) => m.replace(/(?<![\p{L}])leurs?(?=\s+\p{L})/giu, hold),
  );
}

const FR_ILS: Record<string, string> = {
  sont: 'êtes',
  ont: 'avez',
  font: 'faites',
  vont: 'allez',
  doivent: 'devez',
  veulent: 'voulez',
  peuvent: 'pouvez',
  viennent: 'venez',
  prennent: 'prenez',
  étaient: 'étiez',
  avaient: 'aviez',
  gèrent: 'gérez',
  galèrent: 'galérez',
  utilisent: 'utilisez',
  travaillent: 'travaillez',
  cherchent: 'cherchez',
  perdent: 'perdez',
  passent: 'passez',
  paient: 'payez',
  envoient: 'envoyez',
  achètent: 'achetez',
  disent: 'dites',
  reçoivent: 'recevez',
};

const FR_E_STEM = /(?:achète|lève|mène|pèse|sème|gèle|promène|enlève|soulève|relève|amène|emmène|ramène)$/u;

function frVerb(verb: string): string {
  const lower = verb.toLowerCase();
  const known = FR_VERBS[lower];
  if (known) return known;
  if (/ait$/.test(lower)) return `${verb.slice(0, -3)}iez`;
  // A stem's "è" before its last syllable is "é" with "-ez" ("gère" → "gérez", "préfère" → "préférez"), "e" in the verbs
  // whose infinitive has none ("achète" → "achetez", "lève" → "levez").
  if (/è\p{L}{1,2}e$/u.test(lower))
    return `${verb.slice(0, -1).replace(/è(?=\p{L}{1,2}$)/u, FR_E_STEM.test(lower) ? 'e' : 'é')}ez`;
  if (/e$/.test(lower) && lower.length > 2) return `${verb}z`;
  // "perd", "vend", "attend", "répond": the "-dre" verbs take "-ez" after their stem.
  if (/[aeo]nd$|erd$|ond$/.test(lower)) return `${verb}ez`;
  return verb;
}

/**
 * A first word and an adjective after it, by its ending: "mesure acoustique", "suivi mensuel", "audit gratuit". Not a
 * word of asking or a preposition that ends the same way: "montre quel chauffeur", "détecte quelle matière", "envoie
 * aux techniciens" are our verb and its object.
 */
const FR_NOUN_BEFORE_ADJECTIVE =
  /^\p{Ll}+\s+(?!(?:quel|quels|quelle|quelles|lequel|laquelle|lesquels|lesquelles|auquel|auxquels|auxquelles|duquel|aux|tel|tels|telle|telles|elle|elles)(?![\p{L}]))\p{Ll}*(?:ique|iques|elle|elles|ale|ales|aux|el|els|if|ive|ifs|ives|euse|euses|gratuite?s?|complète?s?|rapide|mensuel(?:le)?s?|hebdomadaire)(?![\p{L}])/u;
const FR_CLAIM_VERBS =
  /^(?:réduit|coupe|aide|économise|élimine|automatise|identifie|augmente|diminue|accélère|évite|trouve|montre|génère|récupère|organise|centralise|intègre|simplifie|libère|détecte|garantit|améliore|optimise|connecte|surveille|prévient|résout|transforme|divise|baisse|double|calcule|ajuste|alerte|envoie|transmet|gère|remplit|relance|synchronise|planifie|suit|mesure|prévoit|importe|exporte|vérifie|enregistre|notifie|bloque|signale|anticipe|regroupe|supprime|limite|sécurise|digitalise|dématérialise|fiabilise|remplace)(?![\p{L}])/iu;
// A finite verb: "m'a parlé", "on s'est croisés", "nous avons", "a réduit", "permet".
const FR_CLAUSE =
  /(?<![\p{L}])(?:[mtlsn]['’])?(?:a|ai|as|avons|avez|ont|est|sont|était|étaient|suis|sommes|permet|montre|réduit|aide)(?![\p{L}'’])|(?<![\p{L}])\p{L}{2,}ons(?![\p{L}])/iu;

/**
 * "les producteurs avec nos capteurs ont coupé 30% d'eau": peers, a plural opening the value, and what they did with its
 * figure in the same clause; a statement of its own, never "Je vous propose les producteurs … ont coupé …".
 */
const FR_PLURAL_RESULT =
  /^(?:les|des|ces|plusieurs|certains|certaines)\s+\p{Ll}{3,}[sx](?:\s+[^,;:.]{0,40}?)?\s+(?:ont|sont)\s+\p{Ll}{3,}(?:é|és|ée|ées|i|is|u|us|it|its)(?![\p{L}])[^,;:]*\d/iu;

/** A verb after a plural of customers: "nos clients sauvent", "gagnent", "ont réduit". */
const FR_PEER_VERB = /(?<![\p{L}])(?:\p{Ll}{3,}ent|ont|sont|a)(?![\p{L}])/u;

/**
 * What "Je vous propose" takes: a thing with its article ("un audit gratuit"), a figure or a name ("2 semaines d'essai",
 * "Tracéo Export"). A noun typed without its article ("intégration ERP -> GAMMA, une seule saisie") is listed after a
 * colon, "Ce que je vous propose : …", whose gender no article has to guess; a clause opened by a conjunction or a
 * preposition ("comme tout part du stock, …", "dans une clinique, 38 % …") is a sentence of its own.
 */
/** French nouns whose singular ends in "s" or "x": no plural to read from their ending. */
const FR_SINGULAR_S =
  /^(?:prix|devis|taux|accès|acces|temps|process|cours|choix|corps|poids|succès|succes|bus|campus|flux|paradis|puits|repas|mois|fois|jus|dos|bras|pays|gaz|nez|virus|bonus|processus|consensus|relais|rabais|biais|frais)$/u;
function frProposed(text: string): string {
  if (
    /^(?:comme|quand|lorsque|puisque|si|dès que|depuis que|parce que|dans|chez|en|sur|avec|grâce à|pour|depuis|après|avant)(?![\p{L}'’])/iu.test(
      text,
    )
  ) {
    // Said as a claim is: with how we can show it, after its first sentence, unless it already offers something.
    const [first = '', ...rest] = text.split(/(?<=[.!?])\s+/u);
    return OFFERED.fr.test(text)
      ? sentence(text)
      : [sentence(`${first.replace(/[\s.!]+$/u, '')}${SHOW_HOW.fr.after}`), ...rest.map(sentence)].join(' ');
  }
  if (
    /^(?:un|une|le|la|les|l['’]|des|du|de|d['’]|mon|ma|mes|notre|nos|ce|cet|cette|ces|plusieurs|quelques|tous|toutes|tout|toute)(?![\p{L}])/iu.test(
      text,
    ) ||
    !/^\p{Ll}/u.test(text) ||
    // A colon of its own ("assistant temps réel : suggestions …") after the frame's would make two; one in a later
    // sentence ("…. Photos du chantier, s'il vous plaît : quatremurs.be/…") is that sentence's.
    (text.split(/(?<=[.!?])\s+/u)[0] ?? '').includes(':')
  )
    return sentence(`Je vous propose ${text}`);
  // A plural typed without its article ("bureaux aménagés clé en main, …", "ateliers sur site") takes "des", which says
  // no gender: "Je vous propose des bureaux aménagés …". A noun whose singular ends in "s" or "x" ("prix", "devis",
  // "taux", "accès") may be one: it stays after the colon.
  const first = /^\p{Ll}+(?=\s|,|$)/u.exec(text)?.[0] ?? '';
  if (/^\p{Ll}{3,}(?:[^s]s|[aeo]ux)$/u.test(first) && !FR_SINGULAR_S.test(first))
    return sentence(`Je vous propose des ${text}`);
  return sentence(`Ce que je vous propose : ${text}`);
}

/**
 * An imperative of "vos", "tú" or "usted" with its "me"/"nos" after it ("pasame", "decime", "avísame", "dígame",
 * "mándenos"), or one of vos without ("mirá", "fijate", "avisá", "contá"), opening the ask: the rep asks them to do it.
 * Not a word that only ends so ("buenos", "menos", "como"): three letters at least before the vowel and its pronoun.
 */
const ES_IMPERATIVE_ASK =
  /^(?:\p{L}{2,}[aeiáéí](?:me|nos)|fijate|fíjate|mirá|avisá|contá|decí|pasá|mandá|llamá|escribí|vení)(?![\p{L}])/iu;

/**
 * The infinitive of a verb in "vous" or in the subjunctive of "il"/"elle" ("passez", "passe" → "passer"); the common
 * irregular ones by name, else the first group's; '' where the word is no such verb.
 */
function frInfinitive(verb: string): string {
  const irregular: Record<string, string> = {
    venez: 'venir',
    vienne: 'venir',
    revenez: 'revenir',
    revienne: 'revenir',
    prenez: 'prendre',
    prenne: 'prendre',
    faites: 'faire',
    fasse: 'faire',
    pouvez: 'pouvoir',
    puisse: 'pouvoir',
    voulez: 'vouloir',
    veuille: 'vouloir',
    êtes: 'être',
    soit: 'être',
    ayez: 'avoir',
    ait: 'avoir',
    avez: 'avoir',
    savez: 'savoir',
    devez: 'devoir',
    voyez: 'voir',
    recevez: 'recevoir',
    connaissez: 'connaître',
    mettez: 'mettre',
    lisez: 'lire',
    écrivez: 'écrire',
    dites: 'dire',
  };
  if (irregular[verb]) return irregular[verb];
  // "choisissez" is "choisir"; "disiez", an imperfect, no "vous" of the present.
  if (/(?<!gl|pl|h|t)issez$/u.test(verb)) return `${verb.slice(0, -4)}r`;
  if (/iez$/u.test(verb)) return '';
  const stem = /^(\p{Ll}{2,}?)(?:ez|(?<=[^aeiouéè])e)$/u.exec(verb)?.[1] ?? '';
  if (!stem) return '';
  // "répondez", "attende": the "-dre" verbs are "répondre", "attendre", never "réponder".
  if (/(?:pond|tend|rend|vend|perd|scend|mord|tord)$/u.test(stem)) return `${stem}re`;
  // A stem the first group's "-er" would guess wrong ("dise", "mettez", "suivez", "sortez", "conduisez", "croyez"): no
  // infinitive, and the rep's words stay as typed.
  if (
    /(?:^|[^\p{L}])(?:dis|lis|fais|plais|tais)$|(?:mett|batt|uis|criv|suiv|viv|ven|ten|pren|sort|part|ment|dorm|cour|ouvr|offr|couvr|souffr|cueill|conn|naiss|crois|croy|voi|voy|boiv|cev|eign|aign|joign|romp|clu|(?<!a)iss)$/u.test(
      stem,
    ) ||
    /^(?:dis|lis|fais|plais|tais|serv|sent|part|sort|ment|dorm|cour|ri|croi|voi|boiv|suiv|viv)$/u.test(stem)
  )
    return '';
  return `${stem}er`;
}

const fr: Frames = {
  greeting: (first) => `Bonjour ${first},`,
  toYou: (text) => {
    const others: string[] = [];
    let t = frOthersHeld(frShorthand(text), others).replace(
      FR_QU_SUBJECT,
      // "qu'elle ne savait pas": the negation stays before the verb, "que vous ne saviez pas"; speech's "qu'il savait
      // pas" takes the "ne" writing keeps ("que vous ne saviez pas"). "plus de 40", "plus que" is more than, no negation:
      // "qu'elle a plus de 40 techniciens" stays "que vous avez plus de 40 techniciens".
      (_m, _q: string, _who: string, neg: string, verb: string, at: number, all: string) =>
        `que vous ${neg || (/^\s+(?:pas|jamais|rien|plus(?!\s+(?:de|d['’]|des|du|que|qu['’]|\d)))(?![\p{L}])/u.test(all.slice(at + _m.length)) ? (/^[aeiouéèêh]/iu.test(verb) ? "n'" : 'ne ') : '')}${frVerb(verb)}`,
    );
    // A question turned round, at the start of its sentence: "Serait-elle disponible" is "Seriez-vous disponible",
    // "A-t-il" "Avez-vous"; "Serait-il possible de …", "Faudrait-il", "Votre DAF pourrait-il" are not about them.
    t = t.replace(
      /(^|[.!?]\s+)(\p{L}+)-(?:t-)?(elle|il)(?![\p{L}])(?!\s+(?:possible|utile|nécessaire|envisageable|pertinent|intéressant|opportun|judicieux|préférable)\s+(?:de|d['’]|que|qu['’]))/giu,
      (m, start: string, verb: string) =>
        !/^(?:faut|faudrait|semble|reste|suffit|vaut|agit)$/iu.test(verb) &&
        (FR_VERBS[verb.toLowerCase()] || /ait$/i.test(verb))
          ? `${start}${frVerb(verb)}-vous`
          : m,
    );
    t = t.replace(FR_SUBJECT, (m, who: string, neg: string | undefined, clitics: string, verb: string) =>
      // "il y a" is no one; "elle m'a ajouté" keeps its "m'", "elle s'est" becomes "vous vous êtes".
      verb === 'y'
        ? m
        : `${who.charAt(0) === who.charAt(0).toUpperCase() ? 'Vous' : 'vous'} ${neg ? `ne ` : ''}${clitics.replace(/(?<![\p{L}])(?:s['’]\s*|se\s+)/giu, 'vous ')}${frVerb(verb)}`,
    );
    t = t.replace(/\bl['’](a|ai|avons)\s+(vue?s?)\b/giu, 'vous $1 $2');
    // What interests is a person's interest: "ça l'intéresserait", "est-ce que ça l'intéresse" is the reader's.
    // Typed without its accents ("si ca l'interesse") or after a modal ("ça peut l'intéresser", "ça pourrait
    // l'intéresser") it is theirs all the same.
    t = t.replace(
      /(?<![\p{L}])([Çç]a|[Cc]a|[Cc]ela|[Cc]eci)\s+(ne\s+|n['’])?((?:peut|pourrait|pourra|va|devrait|risque\s+de)\s+)?l['’](int[ée]ress\p{L}*)/gu,
      (_m, that: string, neg: string | undefined, modal: string | undefined, verb: string) =>
        `${that} ${neg ?? ''}${modal ?? ''}vous ${verb}`,
    );
    // "c'est elle qui va se taper tous les docs": after "vous qui" the verb is "vous"'s, "c'est vous qui allez".
    t = t.replace(
      /(?<![\p{L}])(vous\s+qui\s+(?:(?:ne|n['’])\s*)?)(\p{Ll}+)(?![\p{L}'’])/gu,
      (_m, head: string, verb: string) => `${head}${frVerb(verb)}`,
    );
    // "vous allez se taper tous les docs": an infinitive's "se" after a verb of "vous" is "vous" too.
    t = t.replace(/(?<![\p{L}])([Vv]ous\s+(?:qui\s+)?\p{Ll}+ez\s+)(?:se\s+|s['’]\s*)(?=\p{Ll})/gu, '$1vous ');
    // "elle a commenté un post …, a dit que …": a verb after a comma without a subject is the same subject's, "…, avez dit".
    t = t.replace(
      /(?<![\p{L}])([Vv]ous\s+(?:avez|êtes|aviez|étiez)\s[^.!?]*?,\s+)(a|est|avait|était)(?=\s+(?:dit|fait|écrit|pris|mis|\p{Ll}{2,}(?:é|i|u)s?)(?![\p{L}]))/gu,
      (_m, head: string, verb: string) => `${head}${frVerb(verb)}`,
    );
    // Whom a referrer said to contact is them: "m'a dit de le contacter" → "de vous contacter".
    t = t.replace(
      /(?<![\p{L}])(de|d['’]aller)\s+(?:le|la|l['’])\s*(contacter|appeler|joindre|rencontrer|solliciter|écrire|voir)(?![\p{L}])/giu,
      '$1 vous $2',
    );
    // "leur" before a verb is "to them" ("ce qui leur coûte"), before a noun "their". After a group of theirs named as
    // the subject in the same clause, "leur" is that group's: "ses collaborateurs consacrent un tiers de leur temps" is
    // "vos collaborateurs consacrent un tiers de leur temps".
    const held = new Held();
    t = t.replace(/(?<![\p{L}])leurs?(?![\p{L}])/giu, (m, at: number, all: string) => {
      if (
        // Counted peers are a group too: "comment 3 distributeurs ont sorti leurs horaires d'Excel".
        !/(?<![\p{L}])(?:ses|les|vos|des|\d+|deux|trois|quatre|cinq|plusieurs|certaine?s)\s+\p{L}+[sx]\s+(?:\p{L}+\s+){0,2}?(?:(?:ont|avaient)\s+\p{L}+(?:é|i|u|is|it|ert|aint)|(?!(?:dont|sont|font|ont)(?![\p{L}]))\p{L}+(?:ent|aient|ont))(?![\p{L}])[^,.;:!?]*$/u.test(
          all.slice(0, at),
        )
      )
        return m;
      return held.hold(m);
    });
    // After a subject ("ça leur coûte", "il leur faut") it is "to them" too.
    t = t.replace(
      /(?<![\p{L}'’])(qui|ne|je|nous|on|pour|ça|ca|cela|ceci|il|ils|elles)\s+leur(?![\p{L}])/giu,
      '$1 vous',
    );
    // "une entrevue avec elle", "parlé à lui": them after a preposition.
    t = t.replace(/(?<![\p{L}])(avec|pour|à|chez|sur|de)\s+(?:elle|lui)(?![\p{L}'’-])/giu, '$1 vous');
    t = replaceWords(t, {
      leur: 'votre',
      leurs: 'vos',
      lui: 'vous',
      'elle-même': 'vous-même',
      'lui-même': 'vous-même',
    });
    // "son, sa, ses" is theirs ("la paie de ses boutiques"), unless a customer of ours is the subject
    // ("notre client … a réduit ses coûts").
    // At a sentence's start too ("Sa banque a annoncé …" is "Votre banque a annoncé …"), but only where the answer names
    // no one else whose it could be: after "Marc Leroy m'a parlé de vous.", "mon associé Luc …", "le Dr Bernard …", "Son
    // équipe" is theirs, not the reader's; and "Son Nguyen" is a name.
    // Their own clients ("ses clients demandent …") are no customer of ours: they leave "ses" theirs.
    t = /(?<!\b(?:ses|son|sa|leurs|vos|votre)\s+)\b(client|clients|cliente|clientes)\b/i.test(t)
      ? t
      : replaceWords(
          t,
          frOtherPersonNamed(text)
            ? { son: 'votre', sa: 'votre', ses: 'vos' }
            : { son: 'votre', sa: 'votre', ses: 'vos', Son: 'Votre', Sa: 'Votre', Ses: 'Vos' },
        );
    return frTheyToldAreYou(tuToVous(held.restore(t))).replace(
      /\uE006(\d+)\uE006/gu,
      (_m, i: string) => others[Number(i)] ?? '',
    );
  },
  who: (text) => {
    // "chez equipia on fait de la paie, moi c'est Olivier, conseiller ventes": the rep first, the firm after.
    const late = /^(.{6,}?),\s*moi,?\s+c(?:['’]est)?\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)(.*)$/u.exec(
      text.trim(),
    );
    if (late) return `${sentence(`Je suis ${late[2]}${late[3]}`)} ${sentence(cap(late[1] ?? ''))}`;
    // "moi c'est Julien", chat's "moi c Julien": "je suis Julien".
    // "salut c antoine de laveo": a greeting of the rep's own goes (the draft has one), and chat's "c" or "c'est" before a
    // first name typed in lower case, then "de …", "chez …" or nothing, is the rep saying who they are: "je suis Antoine".
    const t = text
      .replace(/^(?:salut|bonjour|coucou|hello|hey)(?:\s*[,!]\s*|\s+)(?=c(?:['’]est)?\s|moi\s|je\s|j['’])/iu, '')
      .replace(
        // "c moi, julien de cafepro": the name after "moi"; a pronoun is never the name.
        /^c(?:['’]est)?\s+(?:moi\s*,?\s+)?(?!(?:moi|toi|lui|elle|nous|vous|eux|ça|ca|la|le|les|un|une)(?![\p{L}]))(\p{Ll}[\p{L}-]+)(?=\s+(?:de|d['’]|du|chez)\s|\s*,|\s*$)/u,
        (_m, name: string) => `je suis ${cap(name)}`,
      )
      .replace(/^(?:ici|c['’]est)\s+(?=\p{Lu})/iu, '')
      .replace(/^moi,?\s+c(?:['’]est)?\s+/iu, 'je suis ');
    return /^(je|j['’]|moi|mon nom|nous)(?![\p{L}])/iu.test(t) ? sentence(t) : sentence(`Je suis ${t}`);
  },
  known: (typed) => {
    // "Mme traore la DG m'a dit de voir avec vous": a referrer named with their role, the role theirs and the reader's,
    // is set off as one: "Mme Traore, votre DG, m'a dit …"; the surname after the title takes its capital.
    const text = typed.replace(
      /^(Mme|Madame|M\.|Monsieur|Mlle|Dr|Me)\s+(\p{L}[\p{L}'’-]+)\s+(la|le|notre|votre|mon|ma)\s+(DG|PDG|DRH|DAF|DSI|directrice(?:\s+\p{Ll}+)?|directeur(?:\s+\p{Ll}+)?|présidente?|presidente?|gérante?|gerante?|patronne?)\s+(?=m['’]a\s|m['’]avait\s|qui\s)/iu,
      // "notre DG", "mon patron": the rep's own, and stays so; only "la/le DG" (theirs, unsaid) is the reader's.
      (_m, title: string, name: string, whose: string, role: string) =>
        `${cap(title)} ${cap(name)}, ${/^l[ae]$/iu.test(whose) ? 'votre' : whose.toLowerCase()} ${role}, `,
    );
    const referred = /^(?:présentée?s?|recommandée?s?|introduite?s?)\s+par\s+(.+)$/i.exec(text);
    if (referred) return sentence(`${cap(referred[1] ?? '')} m'a recommandé de vous contacter`);
    // "vu son commentaire sur un post a propos des thermopompes": the participle opens it, whatever reads as a verb
    // after it (an "a" typed for "à"); "vu que …" is "since".
    if (startsWith(text, 'lu|vu|entendu|écouté|suivi|remarqué') && !/^vu\s+qu/iu.test(text))
      return sentence(`J'ai ${text}`);
    // "votre post sur les inondations du printemps a gatineau": their piece, named; an "a" typed for "à" after it is no
    // verb of a clause.
    if (
      /^(?:votre|vos|son|sa|ses|leur|leurs)\s+(?:post|posts|publication|commentaire|article|vidéo|video|intervention|conférence|conference|entrevue|interview|message|témoignage|temoignage|balado|podcast)(?![\p{L}])(?![^,;.]*(?<![\p{L}])(?:m['’]a|m['’]ont|qui|que|qu['’])(?![\p{L}]))/iu.test(
        text,
      )
    )
      return sentence(`J'ai vu ${text}`);
    if (
      // "mon amie Isabelle coache les U12 au club": someone of the rep's, said as the rep typed it.
      startsWith(text, "je|j['’]\\p{L}+|nous|on|c['’]est|mon|ma|mes") ||
      /^\p{Lu}\p{Ll}+\s+\p{Ll}+/u.test(text) ||
      FR_CLAUSE.test(text)
    )
      return sentence(text);
    if (/^(?:(?:votre|vos|ton|ta|tes|le|la|les|un|une)(?![\p{L}])|l['’]|leurs?\s)/iu.test(text))
      return sentence(`J'ai vu ${text}`);
    // "lu une entrevue avec vous", "vu votre post": the participle without "j'ai".
    if (startsWith(text, 'rencontrée?s?|croisée?s?')) return sentence(`Je vous ai ${text}`);
    if (startsWith(text, 'lu|vu|entendu|écouté|suivi|remarqué')) return sentence(`J'ai ${text}`);
    // "article dans le devoir", "reportage du Soleil": a piece in a paper names no author; it is one the rep read, "J'ai
    // lu un article dans le devoir", not "votre article" ("entrevue à Radio-Canada" is one they gave, and theirs).
    const piece = /^(article|reportage|chronique|texte|papier|dossier)\s+(?=(?:dans|du|de la|de l['’])\s*\p{L})/iu.exec(
      text,
    );
    if (piece) return sentence(`J'ai lu ${/^chronique$/iu.test(piece[1] ?? '') ? 'une' : 'un'} ${text}`);
    // "MTL Connecte, elle était panéliste": an event by its name is where they were, never theirs ("J'ai lu votre MTL
    // Connecte"): "À MTL Connecte, vous étiez panéliste", and the name alone "J'ai vu que vous étiez à MTL Connecte".
    const event = eventNamed(text);
    if (event) {
      const [, name = '', rest = ''] = event;
      if (rest === '') return sentence(`J'ai vu que vous étiez à ${name}`);
      if (FR_CLAUSE.test(rest) || /^(?:vous|il|elle|ils|elles|on|je|j['’]|nous)\s+\p{L}/iu.test(rest))
        return sentence(`À ${name}, ${rest}`);
    }
    return sentence(`J'ai lu votre ${text}`);
  },
  why: (text) => {
    // "article Sud Ouest de la semaine dernière : ils ouvrent …": a note of where the rep read it, said as what they read,
    // "J'ai lu dans un article Sud Ouest de la semaine dernière qu'ils ouvrent …".
    const read =
      /^(article|interview|post|communiqué)\s+(?:(?:dans|du|de|sur)\s+)?([^:]{2,80}?)\s*:\s*(\p{L}.+)$/iu.exec(text);
    // "lu son entrevue dans le journal local", "vu votre post": the rep's participle without its "j'ai", as in how they
    // know them; "vu que …" ("since …") is no reading.
    if (
      !read &&
      /^(?:lu|vu|entendu|écouté|remarqué)\s+(?:votre|vos|ton|ta|tes|son|sa|ses|leur|leurs|le|la|les|l['’]|un|une)(?![\p{L}])/iu.test(
        text,
      )
    )
      return sentence(`J'ai ${lowerFirst(text)}`);
    if (!read) return sentence(text);
    const noun = (read[1] ?? '').toLowerCase();
    const said = read[3] ?? '';
    const that = /^[aeiouéèêh]/iu.test(said) && !/^h\p{L}/iu.test(said) ? "qu'" : 'que ';
    return sentence(
      `J'ai lu dans ${noun === 'interview' ? 'une' : 'un'} ${noun} ${read[2]} ${that}${lowerFirst(said)}`,
    );
  },
  offer: (text, company) =>
    // "mesure acoustique gratuite sur place": a word that could be a verb, before an adjective, is the noun a thing
    // offered opens with; a verb takes its object ("mesure le bruit"), never "Atelier Quatre Murs mesure acoustique …".
    (FR_NOUN_BEFORE_ADJECTIVE.test(text)
      ? ''
      : claimWithSubject(text, FR_CLAIM_VERBS, company, 'Notre solution', ', et je peux vous montrer comment')) ||
    // Ours with customers counted ("nos workflows US/Canada, …, on a 12 négociants qui exportent déjà avec"): a claim,
    // offered as claims are.
    (startsWith(text, 'notre|nos') &&
    FR_CLAUSE.test(text) &&
    /\d+\s+(?:(?:\p{L}+\s+){0,1}(?:clients?|entreprises|cabinets|PME|sites)(?![\p{L}])|\p{L}+[sx]\s+(?:\p{L}+\s+){0,2}qui\s)/iu.test(
      text,
    ) &&
    !OFFERED.fr.test(text)
      ? claimedAs('fr', text)
      : '') ||
    (startsWith(text, "on|nous|je|j['’]\\p{L}+|chez nous|volontiers|vous") ||
    peerResult(text, FR_PEER_VERB) ||
    FR_PLURAL_RESULT.test(text) ||
    (startsWith(text, 'notre|nos') && FR_CLAUSE.test(text))
      ? sentence(text)
      : startsWith(text, 'notre|nos')
        ? sentence(`Je peux vous envoyer ${lowerFirst(text)}`)
        : frProposed(text)),
  ask: (text) => {
    // "si ça vous intéresse je vous envoie le plan": a condition opening the ask is set off by its comma before the rep's
    // clause ("si vous voulez, on fixe …"); a "je" inside the condition ("si vous pensez que je peux …") is not the rep's.
    // "si t'as une heure": chat's "t'as", "t'es" are "tu as", "tu es" written.
    const core = stripQuestion(text)
      .replace(/(?<![\p{L}'’])([Tt])['’](as|es)(?![\p{L}'’])/gu, (_m, t: string, verb: string) => `${t}u ${verb}`)
      .replace(
        /^([Ss]i\s+(?:vous|ça|ca|cela|c['’]est|tu)\s[^,;:.!?]{1,60}?)\s+(?<!(?<![\p{L}])(?:que|qu['’]|si|quand|où)\s+)(?=(?:je|j['’]|on|nous)(?![\p{L}]))/u,
        '$1, ',
      );
    // "si t'as une heure je pourrais passer te voir", "si vous êtes dispo mardi on peut …": an offer on their having the
    // time; asked, the condition is the question and the offer its answer ("Aurais-tu une heure … ? Je pourrais passer te
    // voir."), never "Si tu as une heure …, je pourrais passer te voir ?".
    const onTime =
      /^[Ss]i\s+(tu\s+as|vous\s+avez|tu\s+es|vous\s+êtes)\s+([^,;:.!?]+),\s+((?:je|j['’]|on|nous)(?![\p{L}])[^?]*)$/u.exec(
        core,
      );
    const free = onTime && /^(?:dispo|disponibles?)(?![\p{L}])/u.test(onTime[2] ?? '');
    if (onTime && (/^(?:tu\s+as|vous\s+avez)$/u.test(onTime[1] ?? '') || free)) {
      const [, who = '', what = '', offer = ''] = onTime;
      const tu = who.startsWith('tu');
      const asked = free
        ? `${tu ? 'Serais-tu' : 'Seriez-vous'} disponible${what.replace(/^\p{L}+/u, '')}`
        : `${tu ? 'Aurais-tu' : 'Auriez-vous'} ${what}`;
      return `${asked} ? ${sentence(cap(offer))}`;
    }
    // "qu'il passe une fois au showroom", typed as a wish about them, is "que vous passez …" to them: a wish asks no one,
    // and is asked as what they could do, "Pourriez-vous passer une fois au showroom ?"; the rep's own clause after it
    // (", on offre le dîner") is a sentence of its own after the question.
    const wishedOfThem =
      /^(?:que\s+vous\s+(\p{Ll}{2,}ez)|qu['’](?:il|elle)\s+(\p{Ll}{2,}e))(?![\p{L}])\s*([^?]*)$/u.exec(core);
    const infinitive = wishedOfThem ? frInfinitive(wishedOfThem[1] ?? wishedOfThem[2] ?? '') : '';
    if (wishedOfThem && infinitive) {
      const [asked = '', ...own] = (wishedOfThem[3] ?? '').split(/,\s+(?=(?:on|nous|je|j['’])(?![\p{L}]))/u);
      const after = own.length > 0 ? ` ${sentence(cap(own.join(', ')))}` : '';
      return `Pourriez-vous ${infinitive}${asked ? ` ${asked.replace(/[\s,;]+$/u, '')}` : ''} ?${after}`;
    }
    // "j'aimerais vous montrer une démo": "Puis-je vous montrer une démo ?".
    const wish = /^(?:j['’]aimerais|j['’]adorerais|je voudrais|je serais ravie? de)\s+(vous|te|t['’])\s*(.+)$/iu.exec(
      core,
    );
    if (wish) return `Puis-je ${/^t/i.test(wish[1] ?? '') ? 'te' : 'vous'} ${wish[2]} ?`;
    // "je peux lui envoyer ?": what is sent is the thing the value named, "je peux vous l'envoyer ?".
    const bare =
      /^(je peux|puis-je|je pourrais|on peut|nous pouvons)\s+(vous|te)\s+(envoyer|adresser|offrir|apporter)$/iu.exec(
        core,
      );
    if (bare) return `${cap(bare[1] ?? '')} ${bare[2]} l'${bare[3]} ?`;
    // "envoyer notre grille tarifaire", "proposer une visite … à votre équipe": the infinitive of what the rep would do
    // for them, asked as leave to: "Puis-je vous envoyer notre grille tarifaire ?"; with its own "à …" no "vous".
    const handOver =
      /^(envoyer|adresser|transmettre|faire parvenir|montrer|présenter|proposer|partager|offrir|réserver)\s+((?:le|la|les|l['’]|un|une|des|du|notre|nos|mon|ma|mes|ce|cette|ces)(?![\p{L}]).*)$/iu.exec(
        core,
      );
    if (handOver) {
      const toSomeone = /\sà\s+(?:votre|vos|ton|ta|tes|la|le|les|l['’]|\p{Lu})/u.test(handOver[2] ?? '');
      return `Puis-je ${toSomeone ? '' : 'vous '}${(handOver[1] ?? '').toLowerCase()} ${handOver[2]} ?`;
    }
    // "vous envoyer un devis", "lui proposer l'audit": the rep's own infinitive, its object pronoun first (the prospect's
    // "lui" is "vous"), asked as leave to do it: "Puis-je vous envoyer un devis ?".
    const toThem = /^(vous|lui|te|t['’])\s*(\p{Ll}+(?:er|ir|re))(?![\p{L}])(.*)$/iu.exec(core);
    if (toThem) {
      const them = /^t/i.test(toThem[1] ?? '') ? 'te' : 'vous';
      return `Puis-je ${them} ${toThem[2]}${toThem[3]} ?`;
    }
    // "faire un point", "voir si on peut …": an infinitive opening the ask, before an article, a pronoun or "si", is
    // something to do together: "Pourrions-nous faire un point ?". A person it names as "l'" is them: "vous intéresser".
    const together =
      /^(\p{Ll}+(?:er|ir|re))\s+((?:un|une|le|la|les|l['’]|des|du|si|ça|cela|ensemble|quelque|en|y|notre|nos|votre|vos)(?![\p{L}]).*)$/iu.exec(
        core,
      );
    if (together)
      return `Pourrions-nous ${(together[1] ?? '').toLowerCase()} ${(together[2] ?? '').replace(/(?<![\p{L}])(?:l['’]|le |la )(?=(?:intéresser|aider|appeler|rencontrer|contacter|joindre|accompagner)(?![\p{L}]))/giu, 'vous ')} ?`;
    // "dis-moi si je t'envoie le rapport", "faites-moi signe": an imperative opening the ask asks already; "Dis-moi … ?"
    // makes a question of it. Said as typed, a sentence.
    if (/^\p{L}{2,}-(?:moi|nous)(?![\p{L}])/iu.test(core)) return sentence(cap(core));
    if (/^(un|une|le|la|des|\d)/i.test(core)) return `Seriez-vous disponible pour ${core} ?`;
    // "Démo 20 min cette semaine", "démo en ligne 30 min, genre la semaine du 10": a meeting named without its article
    // asks no one; "Seriez-vous disponible pour une démo de 20 min cette semaine ?", its length after "de".
    const meeting = meetingAsked(core, FR_MEETING, /^(\d+)\s*(?:min|minutes?)\.?$/iu);
    if (meeting) {
      const [gender, noun, minutes, rest] = meeting;
      return `Seriez-vous disponible pour ${gender === 'f' ? 'une' : 'un'} ${noun.toLowerCase()}${minutes ? ` de ${minutes} min` : ''}${rest ? ` ${rest.replace(/^genre\s+/u, '')}` : ''} ?`;
    }
    // "RDV 20 min en visio …": a noun asks no one; "Seriez-vous disponible pour un RDV …".
    const noun = /^(rdv|rendez-vous|appel|call|échange|café|visio)(?![\p{L}])/iu.exec(core);
    if (noun) {
      const article = /^visio$/i.test(noun[1] ?? '') ? 'une' : 'un';
      return `Seriez-vous disponible pour ${article} ${core.replace(/[\s.]+$/u, '')} ?`;
    }
    return `${cap(core)} ?`;
  },
};

// ---------------------------------------------------------------------------------------------
// Português: você, whose verbs are the third person's; "ela disse" → "você disse".

// "o time dela" → "o seu time", "das campanhas dele" → "das suas campanhas": the possessive moves before
// the noun and agrees with it, as the article shows.
const PT_POSSESSIVE: Record<string, string> = {
  o: 'seu',
  do: 'seu',
  no: 'seu',
  pelo: 'seu',
  ao: 'seu',
  a: 'sua',
  da: 'sua',
  na: 'sua',
  pela: 'sua',
  à: 'sua',
  os: 'seus',
  dos: 'seus',
  nos: 'seus',
  pelos: 'seus',
  aos: 'seus',
  as: 'suas',
  das: 'suas',
  nas: 'suas',
  pelas: 'suas',
  às: 'suas',
};
const PT_CLAIM_VERBS =
  /^(?:reduz|corta|ajuda|economiza|elimina|automatiza|identifica|aumenta|diminui|acelera|evita|encontra|mostra|gera|recupera|organiza|centraliza|integra|simplifica|libera|detecta|garante|melhora|otimiza|conecta|monitora|previne|resolve|transforma|dobra|triplica|calcula|divide|sobe|avisa|ajusta|envia|manda|gerencia|gere|preenche|sincroniza|planeja|registra|verifica|valida|controla|mede|notifica|bloqueia|agrupa|limita|substitui|digitaliza|importa|exporta|lembra|instala|imprime)(?![\p{L}])/iu;
// A verb with its subject in it: "a gente se conheceu", "trabalhamos juntos", "o Paulo indicou", "é".
// A verb with its pronoun after a hyphen ("conhecemo-nos", "disse-me", "falámos-lhe") is finite, as European Portuguese
// writes it.
const PT_FINITE =
  /(?<![\p{L}])\p{L}{3,}-(?:nos|me|lhe|lhes|se|te)(?![\p{L}])|(?<![\p{L}])(?:a gente|nós)(?![\p{L}])|(?<![\p{L}])(?!(?:seu|meu|teu|europeu)(?![\p{L}]))\p{L}+(?:ou|eu|iu|amos|emos|imos|aram|eram|iram)(?![\p{L}])|(?<![\p{L}])(?:é|foi|são|tem|têm|estava|está|estão|reduz|mostra|ajuda)(?![\p{L}])/iu;

/**
 * Why them as someone's report, its reporter first ("o tiago disse q …", "meu colega fabio comentou que …"): a sentence
 * with its own subject and verb of saying, which "Vi" or "Vi que" before it breaks.
 */
const PT_REPORTED =
  /^(?!(?:na|no|nas|nos|num|numa|em|durante|pelo|pela|segundo|conforme)\s)(?:(?!(?:que|q)\s)[\p{L}'’-]+\s+){1,4}(?:me\s+|nos\s+|lhe\s+)?(?:disse|falou|contou|comentou|mencionou|avisou|explicou|garantiu|diz|fala|conta|comenta|garante)\s+(?:que|q|pra mim|para mim)(?![\p{L}])/iu;

const PT_NOTE_TO_SELF =
  /^(?:(?:faz|faça|faca|fazer|manda|mande|mandar|dá|da|dar|escreve|escreva|escrever|liga|ligue|ligar|chama|chame|chamar|cutuca|cutucar)(?:\s[^.?!]*?)?\s+e\s+)?(?:ve|vê|veja|pergunta|pergunte|perguntar|confere|confira|conferir|checa|cheque|checar)\s+se\s+(.+)$/iu;

/**
 * "se ela quiser mando o benchmark", "se você quiser, eu te envio …", "se tiver interesse passo …", "se estiver
 * interessado mando orçamento …": an offer on their wish.
 */
const PT_OFFER_ON_CONDITION =
  /^se\s+(?:(?:você|vc|o senhor|a senhora|vocês)\s+)?(quiser|quiserem|tiver interesse|tiverem interesse|estiver interessad[oa]|estiverem interessad[oa]s|preferir)\s*,?\s+(?:eu\s+)?(?:(te|lhe|lhes)\s+)?(\p{Ll}{3,}o)(?![\p{L}])(.*)$/iu;
const PT_CONDITION_THEN_MINE =
  /^([Ss]e\s+[^,;:.!?]{3,60}?)\s+(?<!(?<![\p{L}])(?:o|a|um|uma|próximo|proximo|primeiro|segundo|último|ultimo|esse|este|nosso|seu|meu|cada|outro)\s+)((?:eu\s+)?(?:(?:te|lhe)\s+)?(?:posso|podemos|mando|envio|marco|passo|ligo|levo|mostro|apresento|compartilho|partilho|faço|agendo|preparo|deixo|reservo)(?![\p{L}])[^,;:.!?]*)$/u;
const PT_SUBJUNCTIVE_ER_IR: Record<string, string> = {
  faço: 'faça',
  escrevo: 'escreva',
  trago: 'traga',
  divido: 'divida',
  abro: 'abra',
};
const PT_FIRST_PERSON_AR =
  /^(?:mando|envio|passo|compartilho|partilho|mostro|preparo|apresento|encaminho|ligo|marco|explico|conto|agendo|reservo|deixo|anexo|conecto|organizo)$/u;
function ptFirstPersonSubjunctive(verb: string): string | undefined {
  const v = verb.toLowerCase();
  if (PT_SUBJUNCTIVE_ER_IR[v]) return PT_SUBJUNCTIVE_ER_IR[v];
  if (!PT_FIRST_PERSON_AR.test(v)) return undefined;
  const stem = v.slice(0, -1);
  return /c$/u.test(stem) ? `${stem.slice(0, -1)}que` : /g$/u.test(stem) ? `${stem}ue` : `${stem}e`;
}

/**
 * "eles", "deles" said of them are their firm, as "ele", "dele" are them: "vi no linkedin da empresa q eles compraram …"
 * → "que vocês compraram", "o gerente de manutencao deles" → "de vocês", and "frotas parecidas com a deles", theirs
 * with no noun after it, → "com a sua". Not in a sentence that names others before it, in the plural or as ours
 * ("nossos clientes … eles economizam", "um distribuidor nosso …, eles passaram"): "eles" may be those.
 */
const PT_OTHERS_PLURAL =
  /(?<![\p{L}])(?:clientes|empresas|transportadoras|cooperativas|fazendas|pessoas|motoristas|parceiros|fornecedores|concorrentes|outros|outras|exportadores|usuários|usuarios|lojas|clínicas|clinicas|indústrias|fábricas|redes|frotas|caras|colegas|eles mesmos|distribuidores|revendas|nosso|nossa|nossos|nossas)(?![\p{L}])/iu;
const PT_THEIRS: Record<string, string> = { o: 'o seu', a: 'a sua', os: 'os seus', as: 'as suas' };
function ptTheirFirm(text: string): string {
  const theirs = text.replace(
    /(?<![\p{L}])([oa]s?)\s+(?:deles|delas)(?=\s*(?:[,.;:!?)]|$)|\s+(?:no|na|nos|nas|em|e|ou|que|q|do|da|pra|para|por|com)(?![\p{L}]))/gu,
    (_m, article: string) => PT_THEIRS[article] ?? 'o seu',
  );
  return theirs
    .split(/(?<=[.;!?])\s+/u)
    .map((sentence) =>
      sentence.replace(/(?<![\p{L}])(eles|elas|deles|delas)(?![\p{L}])/gu, (m, _w: string, at: number) =>
        PT_OTHERS_PLURAL.test(sentence.slice(0, at)) ? m : m.startsWith('d') ? 'de vocês' : 'vocês',
      ),
    )
    .join(' ');
}

/** "seu" or "sua" by the noun's ending: "sua recomendação", "sua frota", "seu post", "seu sistema". */
function ptPossessiveFor(noun: string): string {
  const n = noun.toLowerCase();
  return /(?:ção|cao|são|sao|dade|gem|a)$/u.test(n) && !/(?:ema|oma|grama|dia|mapa|clima)$/u.test(n) ? 'sua' : 'seu';
}

/**
 * How-you-know that only names someone, with who they are to the reader ("o rodrigo, ex-colega dele na cervejaria", "a
 * paula da transnorte"): the rep got to them through that person, "Cheguei até você pelo Rodrigo, seu ex-colega na
 * cervejaria.", never "Vi o Rodrigo". The aside's possessive takes the name's gender where its noun has both
 * ("colega", "cliente", "gerente", "-ista": "seu ex-colega", not "a sua ex-colega"). A verb in it ("o Rodrigo me
 * passou", "a Paula falou de você") makes it a sentence of its own, and a name without its article may be no person.
 */
function ptKnownThrough(text: string): string {
  const m = /^([oaOA])\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)((?:\s+d[oa]s?\s+[^,.;]+|,\s+[^,.;]+)?)$/u.exec(text);
  if (!m || PT_FINITE.test(m[3] ?? '') || PT_CLAUSE_VERB.test(m[3] ?? '')) return '';
  const [, article = '', name = '', aside = ''] = m;
  const agreed = aside.replace(
    /^(,\s+)(?:[oa]\s+)?(?:seu|sua)\s+((?:ex-)?\p{Ll}*(?:colega|cliente|gerente|presidente|ista|ente|ante))(?![\p{L}-])/u,
    (_m, comma: string, noun: string) => `${comma}${/^a$/iu.test(article) ? 'sua' : 'seu'} ${noun}`,
  );
  return sentence(`Cheguei até você pel${article.toLowerCase()} ${name}${agreed}`);
}
const PT_CLAUSE_VERB =
  /(?<![\p{L}])(?:falou|disse|contou|comentou|passou|indicou|recomendou|mandou|apresentou|conhece|trabalha|trabalhou)(?![\p{L}])/u;

/**
 * How-you-know that opens on an event without its article ("evento da abralog semana passada, ele tava no painel de
 * custos", "feira de logística em março"): one the rep was at, "Estive no evento da abralog …", never "Vi seu evento"
 * (it is no event of theirs). With an article ("o seu evento", "a palestra dele") it is theirs, as typed.
 */
function ptEventAttended(text: string): string {
  const m =
    /^(evento|congresso|encontro|f[óo]rum|semin[áa]rio|summit|workshop|meetup|webinar|feira|confer[êe]ncia|expo)(?=\s+(?:d[aoe]s?|n[ao]s?|em|sobre)\s)/iu.exec(
      text,
    );
  if (!m) return '';
  const feminine = /^(?:feira|confer[êe]ncia|expo)$/iu.test(m[1] ?? '');
  return sentence(`Estive ${feminine ? 'na' : 'no'} ${lowerFirst(text)}`);
}

/** "o Pedro da Mercearia Boa disse pra eu falar com ele": a referrer's saying is a sentence, never after "Vi". */
const PT_SAID = /(?<![\p{L}])(?:disse|disseram)(?![\p{L}])/iu;

const pt: Frames = {
  greeting: (first) => `Olá, ${first},`,
  toYou: (text) => {
    const t = text.replace(
      /(?<![\p{L}])([Oo]s?|[Aa]s?|[Dd][oa]s?|[Nn][oa]s?|[Pp]el[oa]s?|[Aa]os?|[Àà]s?)\s+((?:(?!(?:o|a|os|as|um|uma)\s)\p{Ll}[\p{L}-]*\s+){0,2}?(?:\p{Ll}[\p{L}-]*|\p{Lu}{2,5}s?))\s+(?:dela|dele|delas|deles)(?![\p{L}])/gu,
      // A name ("a Marina falou dela") or a verb ("o que comentou dele") is no noun of theirs. An article inside is the
      // noun's own ("está a fazer a obra deles": "a fazer" is no article and its noun), so the possessive goes after it.
      // An acronym is a noun ("no CD dela", "o ERP deles"): "no seu CD", never "no CD de você".
      (m, article: string, noun: string) =>
        PT_FINITE.test(noun) ? m : `${article} ${PT_POSSESSIVE[article.toLowerCase()] ?? 'seu'} ${noun}`,
    );
    // "frota dela", "post dele no linkedin": a noun of theirs typed without its article takes the possessive before it,
    // with the article its ending asks for ("a sua frota", "o seu post"), never "frota de você".
    const bare = t.replace(
      /(^|[\s(,;:])(?!(?:que|q|e|mas|ou|com|para|por|sobre|a|o|as|os|de|em|no|na|do|da)(?![\p{L}]))(\p{Ll}[\p{Ll}-]{2,})\s+(dela|dele)(?![\p{L}])/gu,
      (m, before: string, noun: string) =>
        PT_FINITE.test(noun) ? m : `${before}${ptPossessiveFor(noun) === 'sua' ? 'a sua' : 'o seu'} ${noun}`,
    );
    return replaceWords(ptTheirFirm(bare).replace(/(?<![\p{L}])(ela|ele)(?![\p{L}])/giu, 'você'), {
      dela: 'de você',
      dele: 'de você',
    });
  },
  who: (typed) => {
    const text = firmAfterTitle('pt', typed);
    return startsWith(text, `sou|eu|meu nome|me chamo|aqui é|${PT_FIRST_PERSON}`)
      ? sentence(text)
      : sentence(`Sou ${text}`);
  },
  known: (text) =>
    // "indicacao do Thiago da Construtora Pinhais": who pointed the rep to them.
    /^indica[cç][aã]o\s+(?=d[oa]s?\s)/iu.test(text)
      ? sentence(`Cheguei até você por ${text.replace(/^indica[cç][aã]o/iu, 'indicação')}`)
      : ptKnownThrough(text) ||
        ptEventAttended(text) ||
        (startsWith(text, 'vi|li|ouvi|conheci|nos|você|através|por|pelo|pela') ||
        PT_FINITE.test(text) ||
        PT_SAID.test(text)
          ? // "o tiago da transrio indicou": a referral typed without whom it points to points the rep to them ("… me
            // indicou você").
            sentence(text.replace(/^(\S.*?)\s+(?:me\s+)?(indicou|recomendou)$/iu, '$1 me $2 você'))
          : sentence(
              `Vi ${startsWith(text, 'o|a|os|as|seu|sua|seus|suas|um|uma') ? text : `${ptPossessiveFor(/^\S+/u.exec(text)?.[0] ?? '')} ${text}`}`,
            )),
  // A bare figure ("quebra de 2,1% do faturamento") is what the rep saw, never something "você" does.
  why: (text) =>
    startsWith(text, 'vi|li|ouvi|achei|soube|conheci|você|me|nos|a gente|nós|eu') ||
    /^\p{Lu}/u.test(text) ||
    PT_REPORTED.test(text)
      ? sentence(text)
      : PT_VERB.test(text)
        ? sentence(`Você ${text}`)
        : PT_CLAUSE.test(text)
          ? sentence(`Vi que ${text}`)
          : sentence(/\d/.test(text) ? `Vi o dado: ${text}` : `Vi ${text}`),
  offer: (text, company) =>
    claimWithSubject(text, PT_CLAIM_VERBS, company, 'Nossa solução', ', e posso lhe mostrar como') ||
    (startsWith(
      text,
      'temos|podemos|posso|oferecemos|fazemos|nós|a gente|eu|você|vc|vocês|(?:também|já|hoje|agora)?\\s*\\p{L}+(?:amos|emos|imos)',
    ) ||
    peerResult(text, PT_FINITE) ||
    // "o nosso modulo de stock de pecas avisa antes de faltar": a thing of ours with its verb is a claim, article or not.
    (startsWith(text, '(?:[oa]s?\\s+)?(?:nosso|nossa|nossos|nossas)') &&
      (PT_FINITE.test(text) || text.split(/\s+/u).some((w) => PT_CLAIM_VERBS.test(w))))
      ? sentence(withSubjectArticle('pt', text))
      : startsWith(text, 'nosso|nossa|nossos|nossas')
        ? sentence(`Posso compartilhar ${lowerFirst(text)}`)
        : comparedResult('pt', text) ||
          thingThatDoes('pt', text) ||
          thingThenResult('pt', text) ||
          ptOursThenClause(text) ||
          sentence(`Posso lhe oferecer ${withArticle('pt', text)}`)),
  ask: (text) => {
    const core = stripQuestion(text);
    // "faz um follow up ai e ve se ela topa trocar uma ideia", "manda msg e pergunta se …": a note to self (reach out,
    // then see or ask); the question after "se" is the ask, asked of them ("Você topa trocar uma ideia?"). Only after a
    // way of reaching them ("marca uma call e vê se faz sentido" asks for the call), and "ver se …" alone is something to
    // do together.
    const toSelf = PT_NOTE_TO_SELF.exec(core);
    if (toSelf) return `${cap(toSelf[1] ?? '')}?`;
    // "diz-me qq coisa", "avisa-me se fizer sentido": the rep asking to be told is said as they would say it in a
    // letter, "Diga-me qualquer coisa.", never made a question ("Diz-me qualquer coisa?"), and in the "você" the draft
    // speaks in (the rep's "diz" is "tu").
    const tellMe = /^(diz|diga|avisa|avise)-(me|nos)(?![\p{L}])(.*)$/iu.exec(core);
    if (tellMe) {
      const verb = (tellMe[1] ?? '').toLowerCase();
      return sentence(
        `${verb === 'diz' ? 'Diga' : verb === 'avisa' ? 'Avise' : cap(verb)}-${tellMe[2]?.toLowerCase()}${tellMe[3]}`,
      );
    }
    // "qualquer coisa me avisa", "qualquer dúvida, me chama": what to do whenever they need it is a standing offer, said
    // as typed ("Qualquer coisa, me avisa."), never asked ("Qualquer coisa me avisa?"). Brazil's "me manda um ok que eu
    // libero o acesso" alone is a request, which Brazil asks as a question ("Me manda …?").
    const standing =
      /^(qualquer (?:coisa|dúvida|duvida|novidade))\s*,?\s+(me\s+(?:avisa|avise|manda|mande|chama|chame|liga|ligue|fala|fale|diz|diga|escreve|escreva|procura|procure|aciona|acione)(?![\p{L}]).*)$/iu.exec(
        core,
      );
    if (standing) return sentence(`${cap((standing[1] ?? '').toLowerCase())}, ${standing[2]}`);
    // "se ele tiver aberto, uma call com nosso head de cs", "se estiver interessada, uma demo de 20 min": a condition on
    // their openness before what is proposed, with no verb of its own, is the question ("Você estaria aberto a uma call
    // …?", "Você teria interesse em uma demo …?"), never "Se você tiver aberto, uma call …?". The adjective keeps the
    // gender typed; "tiver" is Brazil's spoken "estiver" there.
    const openTo =
      /^se\s+(?:(?:você|vc|ele|ela|o senhor|a senhora)\s+)?(?:estiver|tiver|ficar)\s+(abert[oa]|interessad[oa]|dispon[íi]vel)(?:\s+(?:a|à|ao|em|para|pra)\s+(?:isso|isto|ideia|a ideia))?\s*,?\s+((um|uma|o|a|os|as)\s+(?![\p{L}]*(?:ou|eu|iu)(?![\p{L}]))\p{L}.*)$/iu.exec(
        core,
      );
    if (openTo && !PT_FINITE.test(openTo[2] ?? '')) {
      const [, adjective = '', proposed = '', article = ''] = openTo;
      const a = article.toLowerCase();
      const rest = proposed.slice(article.length);
      if (/^abert/iu.test(adjective)) {
        const fused = { o: 'ao', a: 'à', os: 'aos', as: 'às' }[a] ?? `a ${a}`;
        return `Você estaria ${adjective.toLowerCase()} ${fused}${rest}?`;
      }
      if (/^interessad/iu.test(adjective)) {
        const fused = { o: 'no', a: 'na', os: 'nos', as: 'nas' }[a] ?? `em ${a}`;
        return `Você teria interesse ${fused}${rest}?`;
      }
      return `Teria disponibilidade para ${a}${rest}?`;
    }
    // "se ela quiser mando o benchmark": an offer on a condition; asked, the condition is the question, what the rep would
    // do its clause ("Quer que eu mande o benchmark?"), never "Se você quiser mando …?". A verb whose subjunctive is not
    // sure stays an offer, said: "Se quiser, mando …".
    const onCondition = PT_OFFER_ON_CONDITION.exec(core);
    if (onCondition) {
      const [, wants = '', clitic = '', verb = '', rest = ''] = onCondition;
      const subjunctive = ptFirstPersonSubjunctive(verb);
      const asked = /^(?:quiserem|tiverem|estiverem)(?![\p{L}])/iu.test(wants)
        ? 'Querem'
        : /^preferir$/iu.test(wants)
          ? 'Prefere'
          : 'Quer';
      if (subjunctive) return `${asked} que eu ${clitic ? `${clitic.toLowerCase()} ` : ''}${subjunctive}${rest}?`;
      // "se tiver interesse posso marcar uma chamada …": leave asked on the condition is a question as typed, "Se tiver
      // interesse, posso marcar …?"; said, it asks nothing.
      if (/^(?:posso|podemos)$/iu.test(verb))
        return `Se ${wants.toLowerCase()}, ${clitic ? `${clitic.toLowerCase()} ` : ''}${verb.toLowerCase()}${rest}?`;
      return sentence(`Se ${wants.toLowerCase()}, ${clitic ? `${clitic.toLowerCase()} ` : ''}${verb}${rest}`);
    }
    // "se fizer sentido pra ele mando o guia", "se der certo a gente marca": any other condition opening the ask is set
    // off by its comma before the rep's own clause ("Se fizer sentido pra você, mando o guia?"), never run into it.
    const condition = PT_CONDITION_THEN_MINE.exec(core);
    if (condition) return `${cap(condition[1] ?? '')}, ${condition[2]}?`;
    // "intro pro gerente de manutenção de vocês": an introduction to someone of theirs is asked of them ("Você poderia me
    // apresentar ao gerente …?"); one to the rep's own people ("intro pro nosso CTO") is the rep's to make, as typed.
    const intro =
      /^(?:uma\s+|um\s+)?(?:intro|introdução|introducao|apresentação|apresentacao)\s+(pro|pra|ao|à|para o|para a|com o|com a)\s+(?!(?:nosso|nossa|meu|minha)\s)(.+)$/iu.exec(
        core,
      );
    if (intro) {
      const to = /^(?:pra|à|para a|com a)$/iu.test(intro[1] ?? '') ? 'à' : 'ao';
      return `Você poderia me apresentar ${to} ${intro[2]}?`;
    }
    // "adoraria te mostrar uma demo": "Posso te mostrar uma demo?".
    const wish = /^(?:eu\s+)?(?:adoraria|gostaria\s+de|queria)\s+(te|lhe|lhes)\s+(.+)$/iu.exec(core);
    if (wish) return `Posso ${wish[1]} ${wish[2]}?`;
    // "partilhar o relatório", "mandar-lhe a ficha técnica": what the rep would hand over, asked as leave to ("Posso
    // partilhar o relatório?"); any other infinitive opening the ask, before an article, a figure, a preposition or
    // "se", is something to do together ("marcar uma visita", "ver se faz sentido": "Podemos marcar uma visita?").
    const handOver =
      /^((?:mandar|enviar|partilhar|compartilhar|mostrar|apresentar|oferecer)(?:-(?:lhe|lhes|te))?)(\s.*)$/iu.exec(
        core,
      );
    if (handOver) return `Posso ${(handOver[1] ?? '').toLowerCase()}${handOver[2]}?`;
    const together =
      /^(\p{Ll}+(?:ar|er|ir))(\s+(?:um|uma|o|a|os|as|\d+|se|e|no|na|num|numa|para|pra|com|sobre|em|qq|qualquer|quando|ideias)(?![\p{L}]).*)$/iu.exec(
        core,
      );
    // "Chamada 15 min?", "Demo 30 min qq dia da prox semana", "Call de 20 min qui ou sex?": a meeting named without its
    // article asks no one; "Teria disponibilidade para uma chamada de 15 min?".
    const meeting = meetingAsked(core, PT_MEETING, /^(?:de\s+)?(\d+)\s*(?:min|minutos?)\.?$/iu);
    if (meeting) {
      const [gender, noun, minutes, rest] = meeting;
      return `Teria disponibilidade para ${gender === 'f' ? 'uma' : 'um'} ${noun.toLowerCase()}${minutes ? ` de ${minutes} min` : ''}${rest ? ` ${rest}` : ''}?`;
    }
    // An article as a word of its own: "agendar …", "organizar …" open on a verb.
    if (/^(?:(?:um|uma|o|a)(?![\p{L}])|\d)/iu.test(core)) return `Teria disponibilidade para ${core}?`;
    // "aceitar o convite …": accepting is theirs to do, asked of them ("Poderia aceitar o convite …?").
    if (together && /^aceitar$/iu.test(together[1] ?? ''))
      return `Poderia ${core.charAt(0).toLowerCase()}${core.slice(1)}?`;
    if (together && !/^(?:lugar|jantar|par|mar|poder|prazer|lazer|mulher|qualquer|passar)$/iu.test(together[1] ?? ''))
      return choiceAsked('pt', `Podemos ${(together[1] ?? '').toLowerCase()}${together[2]}?`);
    // "marcar visita tecnica na mina …": a meeting after the infinitive, typed without its article, takes it ("Podemos
    // marcar uma visita técnica …?").
    const meetingToSet =
      /^(marcar|agendar|combinar|fazer|ter)\s+((?:visita|reunião|reuniao|call|chamada|conversa|demo|apresentação|apresentacao)(?![\p{L}]).*)$/iu.exec(
        core,
      );
    if (meetingToSet)
      return choiceAsked(
        'pt',
        `Podemos ${(meetingToSet[1] ?? '').toLowerCase()} ${withArticle('pt', meetingToSet[2] ?? '')}?`,
      );
    return `${cap(core)}?`;
  },
};

/**
 * Portuguese as Portugal writes it, read from the rep's own answers: a pronoun after its verb ("conheceu-a",
 * "contou-me"), "estar a" before an infinitive ("está a comer"), "à espera", and the words only one side of the
 * Atlantic uses ("autocarro", "camião", "equipa", "partilhar", "telemóvel", "carrinha", "avaria", "registo",
 * "contacto", "controlo", "planear"), against Brazil's ("você", "a gente", "pra", gerunds after "estar", "ônibus",
 * "caminhão", "equipe", "time", "celular", "registro", "contato", "controle", "planejar"). More of Portugal's marks
 * than of Brazil's: the draft speaks as Portugal does.
 */
const PT_EUROPEAN_MARKS =
  /(?<![\p{L}])\p{L}{3,}-(?:me|lhe|lhes|nos|vos|o|a|os|as|lo|la|los|las)(?![\p{L}-])|(?<![\p{L}])(?:está|esta|estão|estao|estou|estamos|estava|estavam|anda|andam|continua|continuam)\s+a\s+\p{L}+(?:ar|er|ir)(?![\p{L}])|(?<![\p{L}])(?:[àa] espera|autocarros?|cami[ãa]o|cami[õo]es|equipas?|partilh\p{L}*|telem[óo]ve(?:l|is)|comboios?|ecrã|ecras?|registos?|registar|contactos?|contactar|controlo|planea(?:r|mento)|planeie|carrinhas?|avarias?|avariou|avariad[oa]s?|utilizador(?:es)?|ficheiros?|facto|vosso|vossa|vossos|vossas|consigo|imenso|fixe|gostava|portátil|montra|morada|apelido|rapariga)(?![\p{L}])/giu;
const PT_BRAZILIAN_MARKS =
  /(?<![\p{L}])(?:você|voce|vc|vcs|vocês|a gente|pra|pro|tá|ta\s+\p{L}+ndo|ônibus|onibus|caminh[ãa]o|caminh[õo]es|equipe|equipes|time|celular|registro|registrar|contato|contatos|controle|planej\p{L}*|compartilh\p{L}*|arquivo|usuários?|legal|bacana|cadastr\p{L}*|aplicativo)(?![\p{L}])|(?<![\p{L}])(?:está|esta|estão|estao|estou|estamos|estava|estavam)\s+\p{L}+ndo(?![\p{L}])/giu;

export function europeanPortuguese(answers: readonly string[]): boolean {
  const text = answers.join(' . ');
  return (text.match(PT_EUROPEAN_MARKS) ?? []).length > (text.match(PT_BRAZILIAN_MARKS) ?? []).length;
}

/** Preposition and article fused, as Portugal puts an article before a possessive: "de seu" → "do seu". */
const PT_FUSED: Record<string, Record<string, string>> = {
  de: { o: 'do', a: 'da', os: 'dos', as: 'das' },
  em: { o: 'no', a: 'na', os: 'nos', as: 'nas' },
  por: { o: 'pelo', a: 'pela', os: 'pelos', as: 'pelas' },
  a: { o: 'ao', a: 'à', os: 'aos', as: 'às' },
};
const PT_POSSESSIVE_ARTICLE: Record<string, string> = {
  seu: 'o',
  sua: 'a',
  seus: 'os',
  suas: 'as',
  nosso: 'o',
  nossa: 'a',
  nossos: 'os',
  nossas: 'as',
};

/**
 * A framed Portuguese sentence as Portugal writes it: no "você" (the verb says who: "Você disse" → "Disse", "com você"
 * → "consigo", "para você" → "para si"), the pronoun after the infinitive ("posso lhe oferecer" → "posso oferecer-lhe"),
 * an article before a possessive ("Vi seu post" → "Vi o seu post", "Nossa solução" → "A nossa solução", "de seu" → "do
 * seu"), and Portugal's words for the frame's own ("compartilhar" → "partilhar").
 */
export function ptEuropean(text: string): string {
  return (
    text
      .replace(/(^|[.!?:]\s+)[Vv]ocê\s+(\p{Ll})/gu, (_m, start: string, ch: string) =>
        start === '' || /[.!?:]\s+$/u.test(start) ? `${start}${ch.toUpperCase()}` : `${start}${ch}`,
      )
      // "… me indicou você": Portugal says it with the pronoun after the verb and names what was passed on.
      .replace(/(?<![\p{L}])me\s+(indicou|recomendou)\s+você(?![\p{L}])/gu, '$1-me o seu nome')
      .replace(/(?<![\p{L}])com você e (?=(?:o|a|os|as)\s)/giu, 'consigo e com ')
      .replace(/(?<![\p{L}])com você(?![\p{L}])/giu, 'consigo')
      .replace(/(?<![\p{L}])(para|até|a|por|sobre|de)\s+você(?![\p{L}])/giu, (_m, p: string) => `${p} si`)
      .replace(/(?<![\p{L}])(que|q|e|mas|se|quando|como|onde)\s+você\s+(?=\p{Ll})/giu, '$1 ')
      .replace(/([,;]\s+)você\s+(?=\p{Ll})/gu, '$1')
      .replace(
        /(?<![\p{L}])(posso|podemos|pode|gostaria de|gostava de|quero|queria|vou|vamos|deixe-me)\s+(lhe|lhes|te)\s+(\p{Ll}+(?:ar|er|ir))(?![\p{L}])/giu,
        (_m, aux: string, pronoun: string, verb: string) => `${aux} ${verb}-${pronoun}`,
      )
      .replace(
        /(?<![\p{L}])compartilh(ar|o|amos|a)(?![\p{L}])/giu,
        (m, end: string) => `${m.charAt(0) === 'C' ? 'P' : 'p'}artilh${end}`,
      )
      .replace(
        // Only where the possessive opens a noun phrase: a sentence's start, after a verb of seeing or a preposition ("um
        // cliente nosso" has its possessive after the noun, and no article).
        /(^|(?<![\p{L}])(vi|li|ouvi|conheci|vimos|lemos|de|em|por|a|com|para|sobre|sem)\s+|(?<=[.!?]\s+))(seu|sua|seus|suas|nosso|nossa|nossos|nossas|Seu|Sua|Nosso|Nossa|Nossos|Nossas)(?=\s+\p{L})/giu,
        (m, lead: string, before: string | undefined, possessive: string) => {
          const article = PT_POSSESSIVE_ARTICLE[possessive.toLowerCase()] ?? 'o';
          const word = (before ?? '').toLowerCase();
          if (
            /^(?:o|a|os|as|do|da|dos|das|no|na|nos|nas|pelo|pela|pelos|pelas|ao|à|aos|às|um|uma|este|esta|esse|essa|deste|desta|neste|nesta)$/u.test(
              word,
            )
          )
            return m;
          const fused = PT_FUSED[word]?.[article];
          if (fused)
            return `${lead.slice(0, lead.length - (before ?? '').length - 1)}${before?.charAt(0) === before?.charAt(0).toUpperCase() ? fused.charAt(0).toUpperCase() + fused.slice(1) : fused} ${possessive.toLowerCase()}`;
          if (before === undefined)
            return `${article.toUpperCase() === article ? article : article.charAt(0).toUpperCase() + article.slice(1)} ${possessive.toLowerCase()}`;
          return `${lead}${article} ${possessive.toLowerCase()}`;
        },
      )
  );
}

/** Meetings a rep asks for, by their grammatical gender. */
const DE_MEETING: Record<string, 'm' | 'f' | 'n'> = {
  call: 'm',
  termin: 'm',
  anruf: 'm',
  videocall: 'm',
  austausch: 'm',
  telefonat: 'n',
  gespräch: 'n',
  meeting: 'n',
  demo: 'f',
  vorführung: 'f',
};
const FR_MEETING: Record<string, 'm' | 'f' | 'n'> = {
  démo: 'f',
  demo: 'f',
  démonstration: 'f',
  réunion: 'f',
  rencontre: 'f',
  visite: 'f',
};
const PT_MEETING: Record<string, 'm' | 'f' | 'n'> = {
  chamada: 'f',
  call: 'f',
  reunião: 'f',
  reuniao: 'f',
  demo: 'f',
  demonstração: 'f',
  conversa: 'f',
  visita: 'f',
  café: 'm',
};

/**
 * An ask that is a meeting named without its article, its length before or after it and what else the rep typed
 * after: "15 min telefonat", "Demo 30 min qq dia", "Call de 20 min qui ou sex", "démo en ligne 30 min, genre …".
 * [gender, the noun with any words up to the length, minutes or '', the rest], or undefined.
 */
function meetingAsked(
  ask: string,
  nouns: Record<string, 'm' | 'f' | 'n'>,
  length: RegExp,
): ['m' | 'f' | 'n', string, string, string] | undefined {
  // A meeting asked with its verb ("Termin für eine Demo ausmachen", "… maschinen anschauen") is a verb's phrase.
  // "morgen" after it is when, no verb ("Demo morgen").
  if (/\s(?!(?:über)?morgen$)\p{Ll}{3,}(?:en|ern|eln)$/u.test(ask.trim()) && nouns === DE_MEETING) return undefined;
  const words = ask
    .trim()
    .replace(/(?<![\p{L}\p{N}])(\d+)(min)(?![\p{L}])/giu, '$1 $2')
    .split(/\s+/u);
  let minutes = '';
  let k = 0;
  // The length before the noun: "15 min telefonat", "20 Min Call".
  if (/^\d+$/u.test(words[0] ?? '') && length.test(`${words[0]} ${words[1] ?? ''}`)) {
    minutes = words[0] ?? '';
    k = 2;
  }
  const head = (words[k] ?? '').replace(/[,.;:]+$/u, '');
  const gender = nouns[head.toLowerCase()];
  if (!gender) return undefined;
  let noun = head;
  let j = k + 1;
  // Words that say more of the meeting ("en ligne", "vor Ort") stay with it, up to its length.
  if (!minutes) {
    for (let n = 0; n < 3 && j < words.length; n++) {
      const two = `${words[j] ?? ''} ${words[j + 1] ?? ''}`.replace(/[,.;:]+$/u, '');
      const three = `${words[j] ?? ''} ${words[j + 1] ?? ''} ${words[j + 2] ?? ''}`.replace(/[,.;:]+$/u, '');
      const m3 = length.exec(three);
      const m2 = length.exec(two);
      if (m3 && /^de\s/iu.test(three)) {
        minutes = m3[1] ?? '';
        j += 3;
        break;
      }
      if (m2) {
        minutes = m2[1] ?? '';
        j += 2;
        break;
      }
      if (
        n < 2 &&
        /^(?:en|vor|online|ligne|Ort|presencial|online,?)$/iu.test((words[j] ?? '').replace(/,$/u, '')) &&
        !/,$/u.test(noun)
      ) {
        noun = `${noun} ${words[j]}`;
        j += 1;
        continue;
      }
      break;
    }
  }
  const rest = words
    .slice(j)
    .join(' ')
    .replace(/^[,;:]\s*|^,/u, '')
    .trim();
  // What follows as a question of its own ("Demo 20 min, wann passts Ihnen?") is no detail of the meeting.
  if (/^(?:wann|wie|welche[rsmn]?|wo|quand|quel(?:le)?s?|quando|qual|quais|cuándo|cuando)(?![\p{L}])/iu.test(rest))
    return undefined;
  return [gender, noun.replace(/,$/u, ''), minutes, rest];
}

/**
 * English typed into a German ask is no German reader's: the common words of when ("next week", "tomorrow", "this
 * month") are said in German, and a filler that closes the ask ("let's keep in touch", "cheers") goes. Other English
 * (a product's name, "Call", "Demo") is the rep's loanword and stays.
 */
const DE_ENGLISH_WHEN: ReadonlyArray<[RegExp, string]> = [
  [/(?<![\p{L}])next\s+week(?![\p{L}])/giu, 'nächste Woche'],
  [/(?<![\p{L}])this\s+week(?![\p{L}])/giu, 'diese Woche'],
  [/(?<![\p{L}])next\s+month(?![\p{L}])/giu, 'nächsten Monat'],
  [/(?<![\p{L}])this\s+month(?![\p{L}])/giu, 'diesen Monat'],
  [/(?<![\p{L}])tomorrow(?![\p{L}])/giu, 'morgen'],
  [/(?<![\p{L}])(?:sometime|some\s+time)(?![\p{L}])/giu, 'irgendwann'],
];
const DE_ENGLISH_FILLER =
  /(?:^|\s*[,;–-]\s*|\s+)(?:let['’]?s\s+(?:keep|stay)\s+in\s+touch|(?:keep|stay)\s+in\s+touch|let['’]?s\s+(?:connect|talk|chat)|cheers|thanks|thx)[.!]*(?=\s*\??\s*$)/iu;
export function deEnglishTimeAndFillerOff(ask: string): string {
  let t = ask.replace(DE_ENGLISH_FILLER, '');
  for (const [re, de] of DE_ENGLISH_WHEN) t = t.replace(re, de);
  return t === ask ? ask : `${t.trim()}${/\?\s*$/u.test(ask) && !/\?\s*$/u.test(t) ? '?' : ''}`;
}
/** A when, then maybe a length, after a meeting's noun: "nächste Woche, 20 min", "morgen". */
const DE_WHEN_THEN_LENGTH =
  /^((?:nächste|naechste|diese|kommende)\s+[Ww]oche|(?:nächsten|naechsten|diesen|kommenden)\s+[Mm]onat|morgen|übermorgen)(?:\s*,?\s*(\d+)\s*(?:min|minuten|mins?)\.?)?$/u;
/**
 * An ask opening with a condition ("wenn Sie Interesse haben", "falls es passt,") and then the rep's own main clause,
 * its verb before "ich" ("würde ich Ihnen …", "schicke ich Ihnen …"): the condition, the verb and the rest.
 */
const DE_CONDITION_THEN_I = /^(wenn|falls)\s+([^,.;!?]{3,60}?)\s*,?\s+(\p{Ll}{3,})\s+ich\s+(\S.*)$/iu;
/** A thing and how long it runs: "demo-zugang 30 tage", "Testphase für 14 Tage". */
const DE_THING_FOR_DAYS = /^((?:\p{L}[\p{L}-]*\s+){0,2}\p{L}[\p{L}-]*)\s+(?:für\s+)?(\d+)\s+(tage|wochen|monate)$/iu;
/** The rep's verb of handing over, before "ich": "schicke ich Ihnen …". */
const DE_OFFER_VERB = /^(?:schick|schicke|send|sende|zeig|zeige|stell|stelle|leit|leite|mail|maile)$/iu;
/** A condition on their interest or openness: "Sie Interesse haben", "du Lust hast", "es Sie interessiert". */
const DE_INTEREST_CONDITION =
  /^(?:(?:Sie|du|ihr)\s+(?:(?:daran\s+)?(?:[Ii]nteresse|[Ll]ust)\s+(?:haben|hast|habt|hat)|(?:daran\s+)?interessiert\s+(?:sind|bist|seid|ist)|offen\s+(?:dafür\s+)?(?:sind|bist|seid|ist))|(?:es|das)\s+(?:Sie|dich|euch)\s+interessiert)$/u;
/**
 * An invitation in the imperative: a verb opening the ask with the reader's own pronoun and no subject of its own
 * ("meldet euch einfach", "melde dich", "ruf mich an", "gib mir bescheid"), or the formal imperative with a word no
 * yes-or-no question takes ("melden Sie sich einfach", "rufen Sie mich gern an"). Not "haben Sie Zeit?", "interessieren
 * Sie sich für …?". The verb, "Sie", the pronoun, what follows it and a verb's particle.
 */
const DE_IMPERATIVE_ASK =
  /^(\p{Ll}{2,})\s+(?:(Sie)\s+(?=(?:sich|mich|mir)\s+(?:[^?]*\s)?(?:einfach|gerne?|jederzeit|ruhig)(?![\p{L}])))?(euch|dich|mich|mir|sich)((?:\s+(?:einfach|gerne?|jederzeit|ruhig|kurz|bei\s+mir|bescheid|Bescheid))*)(?:\s+(an|zurück|durch))?$/u;
const DE_IMPERATIVE_IRREGULAR: Record<string, string> = {
  gib: 'geben',
  gebt: 'geben',
  nimm: 'nehmen',
  sieh: 'sehen',
  lies: 'lesen',
  hilf: 'helfen',
  sprich: 'sprechen',
  melden: 'melden',
  rufen: 'rufen',
  schreiben: 'schreiben',
};
/** The infinitive of an imperative: "meldet", "melde", "ruf" → "melden", "rufen"; '' where it is no verb told so. */
function deImperativeInfinitive(verb: string): string {
  const known = DE_IMPERATIVE_IRREGULAR[verb];
  if (known) return known;
  if (DE_GRAMMAR.has(verb) || /en$/u.test(verb)) return '';
  if (/et$/u.test(verb)) return `${verb.slice(0, -2)}en`;
  if (/[^e]t$/u.test(verb)) return `${verb.slice(0, -1)}en`;
  if (/e$/u.test(verb)) return `${verb}n`;
  return /^(?:ruf|schreib|meld|sag|frag|komm|schick|mail)$/u.test(verb) ? `${verb}en` : '';
}
/**
 * What the rep wants the reader to do, typed as a note of what they should do ("er soll sich melden falls interesse",
 * "sie soll mir die liste schicken, dann machen wir …"), which the reader now reads as "Sie sollen …", an order: it is
 * asked of them ("Könnten Sie mir die Liste schicken? Dann machen wir …"), and to get in touch is invited on their
 * interest ("Falls Sie Interesse haben, melden Sie sich gern."). A bare "falls/wenn/bei interesse" or "bedarf" is said
 * as the clause it stands for; what the rep does then ("dann machen wir …") is a sentence after the question. Only an
 * infinitive at the end of what they should do; '' where the ask is not so.
 */
function deRequested(text: string): string {
  const m = /^Sie\s+soll(?:en|ten)?\s+(.+)$/u.exec(text);
  if (!m) return '';
  let rest = m[1] ?? '';
  let then = '';
  const after = /,\s+((?:und\s+)?(?:dann|danach|anschliessend|anschließend)\s+.+)$/u.exec(rest);
  if (after) {
    then = ` ${sentence((after[1] ?? '').replace(/^und\s+/u, ''))}`;
    rest = rest.slice(0, after.index);
  }
  let condition = '';
  const wish = /\s*,?\s+(?:falls|wenn|bei)\s+(interesse|bedarf)$/iu.exec(rest);
  if (wish) {
    condition = /^i/iu.test(wish[1] ?? '') ? 'falls Sie Interesse haben' : 'falls Sie Bedarf haben';
    rest = rest.slice(0, wish.index);
  }
  // The infinitive closes what they should do, before an aside in brackets: "mir die Liste schicken (adresse, …)".
  if (!/\s\p{Ll}{2,}(?:en|ern|eln)(?:\s*\([^()]*\))?$/u.test(rest) || /[,;]\s/u.test(rest.replace(/\([^()]*\)/gu, '')))
    return '';
  const touch = /^sich\s+((?:(?:kurz|einfach|gerne?|bei\s+mir|bei\s+uns)\s+)*)melden$/u.exec(rest);
  if (touch && condition)
    return `${cap(condition)}, melden Sie sich ${touch[1]?.replace(/(?<![\p{L}])gerne?\s+/u, '') ?? ''}gern.${then}`;
  return `Könnten Sie ${rest}${condition ? `, ${condition}` : ''}?${then}`;
}
/** A bare infinitive of something done together, with "mal"/"kurz" before it and a when after it. */
const DE_TOGETHER_ASK =
  /^((?:(?:mal|kurz|gerne?|einfach)\s+){1,3})(austauschen|telefonieren|sprechen|treffen|unterhalten|abstimmen|kennenlernen|quatschen|zusammensetzen)(?:\s+(irgendwann|demnächst|bald|nächste\s+Woche|diese\s+Woche))?$/iu;
const DE_REFLEXIVE_TOGETHER = /^(?:austauschen|treffen|unterhalten|abstimmen|kennenlernen|zusammensetzen)$/iu;

export const FRAMES: Record<FramedLang, Frames> = { de, es, fr, pt };

// ---------------------------------------------------------------------------------------------
// A value that already is a sentence is said as one in every language, never after "Ich kann Ihnen
// Folgendes anbieten:", "Con gusto le ofrezco", "Je vous propose" or "Posso lhe oferecer".

const QUESTION_START: Record<FramedLang, RegExp> = {
  de: /^(?:was wäre|wie viele|wie viel|stellen sie sich vor|stell dir vor)(?![\p{L}])/iu,
  es: /^(?:¿|y si|qué pasaría|cuántos|cuántas|cuánto|imagin[ae])(?![\p{L}])/iu,
  fr: /^(?:et si|combien|imaginez|imagine)(?![\p{L}])/iu,
  pt: /^(?:e se|quantos|quantas|quanto|imagine)(?![\p{L}])/iu,
};
// Terms: what there is none of, or a price first ("keine Einrichtungsgebühr", "sin permanencia", "39 €/mes").
const TERMS_START: Record<FramedLang, RegExp> = {
  de: /^(?:kein|keine|keinen|ohne)(?![\p{L}])/iu,
  es: /^(?:sin|no hay|no tiene|no cobramos)(?![\p{L}])/iu,
  fr: /^(?:pas de|pas d['’]|sans|aucun|aucune|zéro)(?![\p{L}])/iu,
  pt: /^(?:sem|não há|não tem|não cobramos)(?![\p{L}])/iu,
};
/** A value that opens with where a customer had a result: "bei der Skischule …", "en Molinos del Sur …", "chez un couvreur …". */
export const PEER_PLACE: Record<FramedLang, RegExp> = {
  de: /^[Bb]eim?\s+(?!(?:uns|Ihnen|dir|euch|mir)(?![\p{L}]))/u,
  es: /^[Ee]n\s+(?:(?:un|una)\s+(?!(?:mes|año|semana|día|trimestre|par|plazo|momento|rato)(?![\p{L}]))|(?:la\s+|el\s+)?\p{Lu})/u,
  fr: /^[Cc]hez\s+(?!(?:nous|vous|toi|moi)(?![\p{L}]))/u,
  pt: /^[Nn]uma?\s+(?!(?:mês|ano|semana|dia|trimestre|prazo|momento)(?![\p{L}]))|^[Nn][ao]\s+\p{Lu}/u,
};
/** A figure, or none of something: the result itself. */
export const RESULT_FIGURE =
  /\d|(?<![\p{L}])(?:null|kein|keine|zero|cero|zéro|aucun|aucune|nenhum|nenhuma|ningún|ninguna)(?![\p{L}])/iu;
const EXAMPLE: Record<FramedLang, string> = {
  de: 'Ein Beispiel:',
  es: 'Un ejemplo:',
  fr: 'Un exemple :',
  pt: 'Um exemplo:',
};
const PRICE_START = /^(?:[$€£]\s?\d|\d[\d.,]*\s?(?:[$€£]|eur|euros?|reais|R\$)(?![\p{L}]))/iu;
// The finite verb that follows a named subject: "Facturix conecta", "Lagerfix bucht", "Factulo relance".
const NAMED_VERB: Record<FramedLang, RegExp> = {
  de: /^\p{Ll}+(?:t|en)(?![\p{L}])/u,
  es: /^\p{Ll}+(?:a|e|an|en|ó|ió)(?![\p{L}])/u,
  fr: /^\p{Ll}+(?:e|t|ent|it)(?![\p{L}])/u,
  pt: /^\p{Ll}+(?:a|e|am|em|ou|eu)(?![\p{L}])/u,
};
const FRAME_WORDS =
  /^(?:unser|unsere|unseren|unserem|ein|eine|einen|nuestro|nuestra|nuestros|nuestras|un|una|el|la|los|las|notre|nos|le|la|les|une|nosso|nossa|nossos|nossas|um|uma|o|a|os|as|ich|wir|yo|je|nous|eu|nós)$/i;

// Participles of a passive ("un audit gratuit peut être réalisé", "puede ser instalado"), as the infinitive.
const PASSIVE: Partial<Record<FramedLang, { re: RegExp; base: (participle: string) => string; we: string }>> = {
  fr: {
    re: /^(.+?)\s+(?:peut|pourrait|peuvent|pourraient)\s+être\s+(\p{L}+)(.*)$/u,
    base: (p) =>
      ({ fait: 'faire', faite: 'faire', faits: 'faire', mis: 'mettre', mise: 'mettre' })[p] ??
      (/ée?s?$/.test(p) ? p.replace(/ée?s?$/, 'er') : ''),
    we: 'Nous pouvons',
  },
  es: {
    re: /^(.+?)\s+(?:puede|podría|pueden|podrían)\s+ser\s+(\p{L}+)(.*)$/u,
    base: (p) =>
      ({ hecho: 'hacer', hecha: 'hacer', resuelto: 'resolver', puesto: 'poner', puesta: 'poner' })[p] ??
      (/ad[oa]s?$/.test(p) ? p.replace(/ad[oa]s?$/, 'ar') : /id[oa]s?$/.test(p) ? p.replace(/id[oa]s?$/, 'er') : ''),
    we: 'Podemos',
  },
  pt: {
    re: /^(.+?)\s+(?:pode|poderia|podem|poderiam)\s+ser\s+(\p{L}+)(.*)$/u,
    base: (p) =>
      ({ feito: 'fazer', feita: 'fazer', posto: 'pôr', posta: 'pôr' })[p] ??
      (/ad[oa]s?$/.test(p) ? p.replace(/ad[oa]s?$/, 'ar') : /id[oa]s?$/.test(p) ? p.replace(/id[oa]s?$/, 'er') : ''),
    we: 'Podemos',
  },
};

// After a question or a claim of the rep's product, the offer to show how, as claimWithSubject makes it.
const SHOW_HOW: Record<FramedLang, { after: string; alone: string }> = {
  de: { after: '. Gern zeige ich Ihnen, wie', alone: 'Gern zeige ich Ihnen, wie.' },
  es: { after: ', y con gusto le muestro cómo', alone: 'Con gusto le muestro cómo.' },
  fr: { after: ', et je peux vous montrer comment', alone: 'Je peux vous montrer comment.' },
  pt: { after: ', e posso lhe mostrar como', alone: 'Posso lhe mostrar como.' },
};

/** The value without the offer to show how ("…, et je peux vous montrer comment." → "….") */
export function withoutShowHow(lang: FramedLang, what: string): string {
  const { after, alone } = SHOW_HOW[lang];
  return what
    .split(after)
    .join('')
    .split(alone)
    .join('')
    .replace(/\s{2,}/gu, ' ')
    .trim();
}

/**
 * A value typed as our own clause, said as typed: what we have ("tenho um benchmark de …", "tenemos …", "j'ai …", "wir
 * haben …"), or what we do with its subject ("a gente automatiza …", "nosotros armamos …", "on fait …", "wir bauen …").
 * Framed again it reads "Posso lhe oferecer a gente automatiza …".
 */
const WE_HAVE_CLAUSE: Record<FramedLang, RegExp> = {
  de: /^(?:ich|wir)\s+(?:habe|haben|hab)\s/iu,
  es: /^(?:(?:en|durante|desde|para|a partir de)\s+[^,]{1,30}?\s+)?(?:(?:también|tambien|además|ademas|ya)\s+)?(?:(?:yo|nosotros|nosotras)\s+)?(?:tengo|tenemos)\s/iu,
  fr: /^(?:j['’]ai|nous avons|on a)\s/iu,
  pt: /^(?:(?:em|na|no|durante|desde|para|a partir de)\s+[^,]{1,30}?\s+)?(?:(?:eu|nós|a gente)\s+)?(?:tenho|temos|tem)\s/iu,
};
const WE_DO_CLAUSE: Record<FramedLang, RegExp> = {
  de: /^wir\s+\p{Ll}+(?:en|n)\s/u,
  es: /^(?:nosotros|nosotras)\s+\p{Ll}+(?:amos|emos|imos)\s/iu,
  fr: /^(?:nous\s+\p{Ll}+ons|on\s+\p{Ll}+)\s/iu,
  pt: /^(?:a gente\s+\p{Ll}+[aei]|nós\s+\p{Ll}+mos)\s/iu,
};

/** A value that opens with what is done with our product: "com a Vigilo …", "con Facturix …", "avec Horalis, …", "mit Lagerfix …". */
const WITH_LEAD: Record<FramedLang, RegExp> = {
  de: /^(?:mit|dank)\s+(?:(?:der|die|das|dem|unserer|unserem)\s+)?\p{Lu}[\p{L}\p{N}&-]*[\s,]+(?:\p{L}+\s+){0,8}?(?:ist|sind|wird|werden|hat|haben|\p{Ll}{3,}t|\p{Ll}{3,}en)(?![\p{L}])/u,
  es: /^(?:con|gracias a)\s+(?:(?:el|la|nuestra|nuestro)\s+)?\p{Lu}[\p{L}\p{N}&-]*[\s,]+/u,
  fr: /^(?:avec|grâce à)\s+(?:(?:le|la|l['’]|notre)\s*)?\p{Lu}[\p{L}\p{N}&-]*[\s,]+/u,
  pt: /^(?:com|graças a|c\/)\s+(?:(?:o|a|nosso|nossa)\s+)?\p{Lu}[\p{L}\p{N}&-]*[\s,]+/u,
};
/** An article-led subject and a verb of state: "o PSS e a compilação ficam atualizados", "la ficha queda lista". */
const SUBJECT_STATE: Record<FramedLang, RegExp> = {
  de: /^(?:der|die|das)\s+[^,.;:]{1,60}?\s(?:bleibt|bleiben|ist|sind|liegt|liegen)\s(?:immer\s+|automatisch\s+|jetzt\s+)?(?:aktuell|bereit|fertig|sichtbar|verfügbar|an einem Ort|zentral)/u,
  es: /^(?:el|la|los|las)\s+[^,.;:]{1,60}?\s(?:queda|quedan|está|están|se mantiene|se mantienen)(?![\p{L}])/u,
  fr: /^(?:le|la|les|l['’])\s*[^,.;:]{1,60}?\s(?:reste|restent|est|sont)\s+(?:à jour|prêts?|prêtes?|disponibles?|centralisée?s?)/u,
  pt: /^(?:[oa]s?)\s+[^,.;:]{1,60}?\s(?:fica|ficam|está|estão|se mantém|se mantêm)(?![\p{L}])/u,
};

/**
 * A French plural subject with its verb in the plural: "les heures de chaque chauffeur sortent …", "nos capteurs
 * envoient …". Not a noun or an adverb that ends the same way ("les rapports de l'agent", "souvent", "comment").
 */
// Nor a word in "-é…ent" ("précédent", "adhérent", "récent"): the verb writes its "è" ("ils précèdent", "adhèrent"); nor one
// after a determiner of the singular ("chaque adhérent", "du mois suivant"), a noun.
const FR_PLURAL_CLAUSE =
  /^(?:les|nos|vos|ces)\s+[^,.;:()]{1,60}?(?<!(?:^|\s)(?:le|la|un|une|chaque|du|au|de|ce|cet|son|sa|leur|notre|votre|tout|tel))\s(?!\p{Ll}*é[^\s\p{P}aeiouéèêy]{1,2}ent(?![\p{L}]))(?!(?:agent|client|parent|patient|président|talent|accident|incident|argent|moment|souvent|comment|cent|dent|vent|urgent|récent|excellent|différent|présent|absent|lent|content|équivalent|fréquent|évident|prudent|compétent|intelligent|permanent|suivant|pendant|avant|devant)(?![\p{L}]))(?!\p{Ll}*ment(?![\p{L}]))\p{Ll}{2,}ent(?=[\s,.;]|$)/u;

/** The product, by its article, and the word after it: "o app liga", "la plataforma conecta", "die App zeigt". */
const THE_PRODUCT: Record<FramedLang, RegExp> = {
  de: /^(?:die|das|der)\s+(?:app|plattform|software|lösung|system|tool|modul)\s+(\p{L}+)/iu,
  es: /^(?:el|la)\s+(?:app|aplicación|plataforma|software|sistema|herramienta|módulo)\s+(\p{L}+)/iu,
  fr: /^(?:l['’]\s?(?:app|application|outil)|la\s+plateforme|le\s+(?:logiciel|module|système))\s+(\p{L}+)/iu,
  pt: /^(?:o|a)\s+(?:app|aplicativo|plataforma|software|sistema|ferramenta|módulo|modulo)\s+(\p{L}+)/iu,
};

/** Not a verb, though it ends like one: "o app para …", "l'app mobile", "die App direkt …". */
const NOT_A_VERB =
  /^(?:para|por|sobre|que|como|entre|desde|contra|sem|sin|online|mobile|móvil|móvel|web|nova|nueva|nouvelle|neue|direkt|jetzt|nicht|einfach|gratuite?|gratuita|gratis|grátis|simple|rápida|propre|interne|externe|même|toute|une|cette|este|esta|esse|essa|ele|ela|elle|il|mit|auch)$/iu;
/** A verb in the third person singular present, by its ending: "liga", "registra", "conecta", "permet", "zeigt". */
const PRESENT_THIRD: Record<FramedLang, RegExp> = {
  de: /^\p{Ll}{2,}t$/u,
  es: /^\p{Ll}{2,}[ae]$/u,
  fr: /^\p{Ll}{2,}(?:e|t)$/u,
  pt: /^\p{Ll}{2,}[ae]$/u,
};

const OUR: Record<FramedLang, RegExp> = {
  de: /^unser(?:e|en|em|er)?$/i,
  es: /^nuestr[oa]s?$/i,
  fr: /^(?:notre|nos)$/i,
  pt: /^noss[oa]s?$/i,
};

/**
 * Why them, typed as what they did ("Sie haben … gepostet", "vous recrutez …", "contaste en una
 * entrevista …"): said as what the rep saw, the way the English draft says "I saw that you …".
 */
export function whySeen(lang: FramedLang, text: string, seenAlready = false): string {
  const t = text.trim();
  // "sali en la prensa q su viña …" ("salió", typed without its accent, reads as "I went out"), "saiu no jornal que …":
  // the news the rep read, said as what they read there: "Leí en la prensa que …", "Li no jornal que …".
  const news = lang === 'es' || lang === 'pt' ? IN_THE_NEWS[lang].exec(t) : null;
  // A paper named is a name: "no Valor", "na Folha", "en El Comercio".
  const paper = (where: string) =>
    where.replace(
      /(?<=^(?:en|por|n[oa]|nos|nas)\s+)(?:(el|la)\s+(mercurio|tercera|comercio)|(valor|folha|estad[aã]o|exame|gesti[oó]n))$/iu,
      (_m, article?: string, name?: string, alone?: string) =>
        article && name ? `${cap(article)} ${cap(name)}` : cap(alone === 'gestion' ? 'gestión' : (alone ?? '')),
    );
  if (news) return `${lang === 'es' ? 'Leí' : 'Li'} ${paper(news[1] ?? '')} que ${t.slice(news[0].length)}`;
  // "segundo o Otávio ela tá montando …": who said it leads, as typed; "Vi segundo o Otávio …" says nothing.
  const told = SOURCE_PERSON_LED.exec(t);
  if (told && lang !== 'de') return cap(`${told[1]}, ${t.slice(told[0].length)}`);
  if (lang === 'fr' && /^(?:vous|tu)\s+(?!m['’]|nous\s|t['’])\p{L}/iu.test(t) && !t.includes(','))
    return `J'ai vu que ${lowerFirst(t)}`;
  if (lang === 'es' && /^\p{L}+(?:aste|iste|aron|ieron)(?![\p{L}])/u.test(t)) return `Vi que ${lowerFirst(t)}`;
  // "usted publicó que …", what withSubject makes of their bare preterite of posting: what the rep saw, "Vi que publicó
  // …", as the English draft says "I saw your post". What they said ("usted dijo") the rep may have heard: as typed.
  // After "Vi su post en instagram." a second "Vi que" repeats it.
  const preterite =
    lang === 'es' && !seenAlready
      ? /^[Uu]sted\s+(?=(?:publicó|posteó|subió|escribió|compartió|anunció|tuiteó|comentó en)(?![\p{L}]))/u.exec(t)
      : null;
  if (preterite) return `Vi que ${t.slice(preterite[0].length)}`;
  const perfect =
    lang === 'de' &&
    // Not across a clause of its own ("Sie haben erzählt dass sie … haben"): its verb is not this one's.
    !/(?<![\p{L}])(?:dass|weil|wenn|ob|damit|und|aber)(?![\p{L}])/u.test(t) &&
    /^(Sie|du|Du)\s+(haben|hatten|sind|waren|hast|hattest|bist|warst)\s+([^,.;]+?)\s+((?:ge)?\p{Ll}+(?:t|en|iert))$/u.exec(
      t,
    );
  if (perfect) {
    const [, who = '', aux = '', middle = '', participle = ''] = perfect;
    return `Ich habe gesehen, dass ${who === 'Sie' ? 'Sie' : 'du'} ${middle} ${participle} ${aux}`;
  }
  return companyAsSubjectSeen(lang, t);
}

/** "salió en la prensa que …", "apareció en el diario q …", "saiu na imprensa que …": the news, with its medium (1). */
const IN_THE_NEWS: Record<'es' | 'pt', RegExp> = {
  es: /^(?:sali[oó]?|apareci[oó]?|sale|aparece)\s+((?:en|por)\s+(?:la\s+prensa|el\s+diario|los\s+diarios|el\s+peri[oó]dico|los\s+peri[oó]dicos|las\s+noticias|la\s+revista|el\s+mercurio|la\s+tercera|el\s+comercio|gesti[oó]n|la\s+web|su\s+web|linkedin))\s+(?:que|q)\s+(?=\p{L})/iu,
  pt: /^(?:saiu|apareceu|sai|aparece)\s+((?:n[oa]|nos|nas)\s+(?:imprensa|jornal|jornais|not[ií]cias|revista|site|m[ií]dia|linkedin|valor|folha|estad[aã]o|exame))\s+(?:que|q)\s+(?=\p{L})/iu,
};

/** Who told the rep, leading the answer: "segundo o Otávio", "según Ana Ruiz", "d'après Marc", "selon Mme Roy". */
const SOURCE_PERSON_LED =
  /^((?:[Ss]egundo|[Cc]onforme|[Dd]e acordo com|[Ss]egún|[Dd]e acuerdo con|[Ss]elon|[Dd]['’]après)\s+(?:(?:o|a|el|la|le|l['’]|[Mm]me|[Mm]\.|[Ss]r\.?|[Ss]ra\.?)\s*)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)\s*,?\s+(?=\p{Ll})/u;

// Why them typed with their company (or "they") as the subject: "Hofmann sucht seit Monaten Fahrer",
// "abren el hotel nuevo de marbella en junio", "Costa Alimentos abriu um CD": a fact about them, said as
// what the rep saw. German keeps its word order after a colon ("Ich habe gesehen: Hofmann sucht …");
// after "dass" the verb would have to move to the end.
const NAMED_SUBJECT = String.raw`(?:(?:der|die|das|el|la|los|las|o|a|os|as)\s+)?\p{Lu}[\p{L}\p{N}&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’-]*){0,3}\s+`;
const SEEN_SUBJECT_VERB: Partial<Record<FramedLang, RegExp>> = {
  de: new RegExp(
    String.raw`^(?!(?:Ich|Wir|Sie|Du|Mir|Uns|Laut|Gemäß|Auf|Bei|Über|Wie|In|Im|Am|Seit|Nach)\s)${NAMED_SUBJECT}(?:\p{Ll}{2,}(?:t|et)|ist|hat|wird|will|kann|muss|darf|soll)(?![\p{L}])`,
    'u',
  ),
  es: new RegExp(
    String.raw`^(?:${NAMED_SUBJECT}(?:va|van|está|están|tiene|tienen|es|son|\p{Ll}{3,}(?:a|e|an|en|ó|ió|aron|ieron|ará|erá|irá|arán|erán|irán))|(?!(?:imagen|volumen|orden|origen|examen|resumen|joven|almacén|margen|régimen|certamen|dictamen)(?![\p{L}]))(?:van|están|tienen|son|\p{Ll}{3,}(?:an|en|aron|ieron|arán|erán|irán)))(?![\p{L}])`,
    'u',
  ),
  pt: new RegExp(
    String.raw`^(?!(?:Eu|Nós|Você|Vocês)\s)${NAMED_SUBJECT}(?:vai|vão|está|estão|tem|têm|é|são|foi|\p{Ll}{3,}(?:a|e|am|em|ou|eu|iu|aram|eram|iram|ará|erá|irá))(?![\p{L}])`,
    'u',
  ),
};
const SEEN_LEAD: Record<FramedLang, string> = {
  de: 'Ich habe gesehen: ',
  es: 'Vi que ',
  fr: "J'ai vu que ",
  pt: 'Vi que ',
};

/** A sentence that already says the rep saw something: "Vi su post …", "J'ai vu …", "Ich habe … gesehen". */
const SEEN_LEAD_RE =
  /^(?:(?:Lo|La|Le|Te|Los|Las)\s+vi|Vi|Leí|J['’]ai (?:vu|lu)|Ich habe (?:gesehen|gelesen))(?![\p{L}])/u;

/**
 * A name whose verb is one of saying ("Martín dice que …", "Ana me contó que …", "Marc dit que …", "Jonas sagt, …"): a
 * person's report, told to the rep, not a fact the rep saw. "Vi que Martín dice …" says the rep saw the telling; the
 * report is said as told to the rep ("Martín me dijo que usted …"), as the English "Marta said you're …".
 */
const NAMED_REPORT = new RegExp(
  String.raw`^(${NAMED_SUBJECT})((?:(?:me|nos|m['’]|mir|uns)\s*)?)(dice|dijo|cuenta|contó|comenta|comentó|cree|asegura|aseguró|diz|disse|conta|contou|comentou|falou|acha|dit|a dit|raconte|pense|sagt|meint|erzählt|erzählte|sagte|meinte)(?=\s+que\s|,|\s)`,
  'u',
);
const ES_TOLD_ME: Record<string, string> = {
  dice: 'me dijo',
  dijo: 'me dijo',
  cuenta: 'me contó',
  contó: 'me contó',
  comenta: 'me comentó',
  comentó: 'me comentó',
};

/** The same in Portuguese: "o Tiago disse que …" to the rep is "o Tiago me disse que …". */
const PT_TOLD_ME: Record<string, string> = {
  diz: 'me disse',
  disse: 'me disse',
  conta: 'me contou',
  contou: 'me contou',
  comentou: 'me comentou',
  falou: 'me falou',
};

function companyAsSubjectSeen(lang: FramedLang, t: string): string {
  const re = SEEN_SUBJECT_VERB[lang];
  const report = NAMED_REPORT.exec(t);
  if (report) {
    const [whole, subject = '', object = '', verb = ''] = report;
    const told = object === '' ? (lang === 'es' ? ES_TOLD_ME : lang === 'pt' ? PT_TOLD_ME : {})[verb] : undefined;
    return told ? `${subject}${told}${t.slice(whole.length)}` : t;
  }
  if (!re?.test(t)) return t;
  const first = t.split(/\s+/)[0] ?? '';
  // "Abren …", "La Vale Verde …": a common first word goes lower case after "que"; a name keeps its capital.
  const body =
    lang === 'de' ? t : /^\p{Lu}\p{Ll}*$/u.test(first) && t === cap(t) && isCommonStart(first) ? lowerFirst(t) : t;
  return `${SEEN_LEAD[lang]}${body}`;
}

function isCommonStart(word: string): boolean {
  return (
    /^(?:el|la|los|las|o|a|os|as|van|va|abren|están|tienen|son|vai|vão)$/iu.test(word) || /(?:an|en|am|em)$/u.test(word)
  );
}

/**
 * Their company named by the prospect's own surname ("Hofmann sucht …" to Klaus Hofmann, "a Costa
 * Alimentos abriu …" to Rafael Costa) opening why-them: said to them as their company, since the draft
 * names the reader only in its greeting.
 */
const YOUR_COMPANY: Record<FramedLang, string> = {
  de: 'Ihr Unternehmen',
  es: 'su empresa',
  fr: 'votre entreprise',
  pt: 'a sua empresa',
};
export function surnameCompanyAsYours(lang: FramedLang, text: string, company: string, prospectName: string): string {
  const words = prospectName.trim().split(/\s+/);
  const last = words.length > 1 ? (words[words.length - 1] ?? '') : '';
  if (last.length < 3 || !new RegExp(`(?<![\\p{L}])${last}(?![\\p{L}])`, 'iu').test(company)) return text;
  const names = [company.trim(), last].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`^(?:(?:der|die|das|el|la|los|las|o|a|os|as)\\s+)?(?:${names.join('|')})(?![\\p{L}])`, 'iu');
  const m = re.exec(text.trim());
  if (!m) return text;
  // The rest of its name, as typed ("Hofmann Spedition"), goes with it.
  const rest = text
    .trim()
    .slice(m[0].length)
    .replace(/^(?:\s+\p{Lu}[\p{L}&'’-]*)*/u, '');
  return `${YOUR_COMPANY[lang]}${rest}`;
}

/**
 * Their organisation's kind as a bare noun opening why-them, the subject of a verb ("Firma ist familiengeführt", "equipo
 * tiene 40 devs", "clinique a ouvert …" to Clinique du Parc): theirs, with the possessive it needs ("Ihre Firma ist …",
 * "su equipo tiene …"). A generic word (company, team) always; a kind ("Praxis", "clínica", "hospital") only where their
 * company or role is named by it, since it is as often a client's, a peer's or another word ("Praxis zeigt" is
 * experience, "firma es obligatoria" a signature). Only a singular noun right before a singular finite verb ("Unternehmen
 * haben …" are companies at large); never a general rule ("empresa precisa de ERP quando passa de 50 pessoas").
 */
const BARE_ORG: Record<
  FramedLang,
  { generic: RegExp; kind: RegExp; verb: RegExp; plural?: RegExp; yours: (noun: string) => string }
> = {
  de: {
    generic: /^(firma|unternehmen|team)(?=\s)/iu,
    kind: /^(praxis|kanzlei|klinik|schule|spedition|agentur|gemeinde|filiale|abteilung|bäckerei|apotheke|verwaltung|kita|brauerei|stadtwerke|hotel|werk|betrieb|restaurant|autohaus|büro|labor|weingut)(?=\s)/iu,
    verb: /^\s+(?!(?:seit|nicht|jetzt|erst|gut|mit|oft|fast|selbst|nett|meist|bereits)(?![\p{L}]))(?:hat|ist|war|wird|muss|kann|will|\p{Ll}{2,}(?:t|te))(?![\p{L}])/u,
    // "Stadtwerke" is plural only: "Stadtwerke haben …".
    plural: /^(?:stadtwerke)$/iu,
    yours: (noun) =>
      `${/^(?:team|unternehmen|hotel|werk|betrieb|restaurant|autohaus|büro|labor|weingut)$/iu.test(noun) ? 'Ihr' : 'Ihre'} ${cap(noun.toLowerCase())}`,
  },
  es: {
    generic: /^(empresa|equipo)(?=\s)/iu,
    kind: /^(clínica|clinica|despacho|hotel|colegio|escuela|tienda|restaurante|agencia|fábrica|fabrica|planta|consultorio|negocio|firma|compañía|hospital|flota|cadena|constructora|farmacia|bodega|taller)(?=\s)/iu,
    verb: /^\s+(?:tiene|es|está|esta|ha|va|acaba|usa|cuenta|busca|necesita|quiere|crece|abre|opera|maneja|factura|emplea|\p{Ll}{3,}ó)(?![\p{L}])/u,
    yours: (noun) => `su ${noun.toLowerCase()}`,
  },
  fr: {
    generic: /^(entreprise|équipe|equipe|société|societe)(?=\s)/iu,
    kind: /^(clinique|cabinet|boîte|boite|agence|usine|école|ecole|hôtel|hotel|restaurant|magasin|boutique|mairie|pharmacie|structure|startup|pme|enseigne|exploitation|domaine|laboratoire|labo)(?=\s)/iu,
    verb: /^\s+(?:a|est|va|fait|vient|compte|cherche|recrute|ouvre|gère|gere|utilise)(?![\p{L}])/u,
    yours: (noun) => `votre ${noun.toLowerCase()}`,
  },
  pt: {
    generic: /^(empresa|equipe|time)(?=\s)/iu,
    kind: /^(clínica|clinica|escritório|escritorio|loja|escola|hospital|fábrica|fabrica|rede|agência|agencia|transportadora|padaria|farmácia|farmacia|construtora|firma|fazenda|oficina|consultório|consultorio|hotel|restaurante)(?=\s)/iu,
    verb: /^\s+(?:tem|é|está|esta|vai|usa|conta|busca|procura|precisa|quer|cresce|abre|opera|atende|fatura|emprega|possui|\p{Ll}{3,}(?:ou|eu|iu))(?![\p{L}])/u,
    // "rede", "equipe", "loja" are hers whatever their ending says.
    yours: (noun) =>
      `${ptPossessiveFor(noun) === 'sua' || /^(?:rede|equipe)$/iu.test(noun) ? 'a sua' : 'o seu'} ${noun.toLowerCase()}`,
  },
};
const BARE_ORG_PLURAL_VERB = /^\s+(?:haben|sind|waren|werden|müssen|können|wollen|\p{Ll}{2,}(?:en|ten))(?![\p{L}])/u;
/** "… quando passa de 50 pessoas", "wenn …": a rule for any company, not a fact of theirs. */
const GENERAL_RULE = /(?<![\p{L}])(?:quando|cuando|wenn|sobald|quand|lorsque|dès que|des que)(?![\p{L}])/iu;
/** Whether their company or role is named by this kind of organisation ("Praxis Dr. Becker", "Clínica Dental …"). */
export function bareOrgAsYours(lang: FramedLang, text: string, company = '', role = ''): string {
  const rule = BARE_ORG[lang];
  const generic = rule.generic.exec(text);
  const m = generic ?? rule.kind.exec(text);
  if (!m || (!generic && !namesKind(m[0], company, role))) return text;
  const rest = text.slice(m[0].length);
  const plural = rule.plural?.test(m[0]);
  if (!(plural ? BARE_ORG_PLURAL_VERB : rule.verb).test(rest)) return text;
  if (GENERAL_RULE.test(rest.split(/[.;!?]/u)[0] ?? '')) return text;
  return `${rule.yours(m[0])}${rest}`;
}

/** The value as a sentence of its own when it already is one; '' when it is a thing to offer. */
export function statedFramedValue(
  lang: FramedLang,
  text: string,
  company: string,
  askHandsOver = false,
  tight = false,
  adverbialClaims = true,
): string {
  const t = text.trim();
  if (t === '') return '';
  if (/\?$/.test(t) || QUESTION_START[lang].test(t)) {
    const q = cap(t.replace(/[\s.!?]+$/, '').replace(/^¿\s*/, ''));
    return `${lang === 'es' ? `¿${q}?` : `${q}?`} ${SHOW_HOW[lang].alone}`;
  }
  if (TERMS_START[lang].test(t) || PRICE_START.test(t)) return sentence(t);
  // Where a result was had, with its figure ("bei der Skischule in Obergurgl seit 2 Saisonen null Doppelbuchungen"):
  // a peer's result to tell, never a thing to offer.
  if (PEER_PLACE[lang].test(t) && RESULT_FIGURE.test(t)) {
    const example = `${EXAMPLE[lang]} ${t}`;
    return claimsOnly(lang, t, company) && !askHandsOver ? claimedAs(lang, tight ? t : example) : sentence(example);
  }
  const passive = PASSIVE[lang];
  const m = passive?.re.exec(t);
  if (passive && m) {
    const [, subject = '', participle = '', rest = ''] = m;
    const base = passive.base(participle.toLowerCase());
    if (base && !/^(?:ça|cela|esto|eso|isso|isto|il|elle)$/i.test(subject))
      return sentence(`${passive.we} ${base} ${lowerFirst(subject)}${rest}`);
  }
  if (WE_HAVE_CLAUSE[lang].test(t)) return sentence(t);
  // German drops "wir" in a hurry: "haben sowas schon bei 2 Gießereien installiert" is what we did.
  if (
    lang === 'de' &&
    /^(?:haben|hatten)\s+(?!(?:Sie|Ihr\p{L}*|du|ihr|man)(?![\p{L}]))[^.!?]{3,80}?\s+(?:ge\p{Ll}+(?:t|en)|\p{Ll}+iert)(?=[\s,.;]|$)/u.test(
      t,
    )
  )
    return sentence(`Wir ${t}`);
  // So does a value opening with our verb in the plural ("könnten ihm zeigen wie …", "haben ne Beispielrechnung für …"):
  // "Ich kann Ihnen Folgendes anbieten: könnten Ihnen zeigen" puts a clause after a noun's frame. What it reports ("zeigen
  // wie …", "… (ca. 15 Maschinen) was die Umstellung spart") takes its comma.
  if (
    lang === 'de' &&
    !/\?/.test(t) &&
    /^(?:haben|hatten|können|könnten|würden|werden|bieten|machen|liefern|zeigen|bauen|helfen|entwickeln|sind|waren)\s+(?!(?:Sie|Ihr\p{L}*|du|ihr|man|wir|ich|es)(?![\p{L}]))\p{L}/u.test(
      t,
    )
  )
    return sentence(
      `Wir ${t}`.replace(
        /(?<=(?:zeigen|zeige|sehen|wissen|erklären|erzählen|\)|\p{Ll}{3,}))\s+(dass|wie|was|ob|weil)(?=\s+\p{L})/gu,
        (m, word: string, at: number, all: string) =>
          word === 'wie' && !/(?:zeigen|zeige|sehen|wissen|erklären|erzählen)$/u.test(all.slice(0, at))
            ? m
            : `, ${word}`,
      ),
    );
  // A product of ours typed without "unsere" and with its verb ("sensoren überwachen die Geisterschicht mit") is ours:
  // "Unsere sensoren überwachen …", a claim, never a thing after "Folgendes anbieten:".
  const bareProduct = lang === 'de' ? /^(\p{L}+)\s+(\p{Ll}+)(?![\p{L}])/u.exec(t) : null;
  const bareVerb = bareProduct?.[2] ?? '';
  if (
    bareProduct &&
    PRODUCT_NOUN.de.test(bareProduct[1] ?? '') &&
    // "melden" is "meldet"'s plural, "überwachen" "überwacht"'s.
    (claimVerb('de', bareVerb) || claimVerb('de', bareVerb.replace(/en$/u, 'et')))
  )
    return claimedAs(lang, `Unsere ${t}`);
  // A value that opens with a bare noun and its verb of cost, time or staying ("retrofit kostet ca 30-40% einer
  // neumaschine, …", "umbau dauert 10 tage", "maschine bleibt in der halle") already is a sentence: said as one, never
  // after "Folgendes anbieten:". Not an adverb, a word of grammar or an adjective before the verb ("danach läuft",
  // "monatlich kostet").
  const bareFact = lang === 'de' ? /^(\p{L}[\p{L}-]*)\s+(\p{Ll}+)\s+\S/u.exec(t) : null;
  const factFirst = bareFact?.[1] ?? '';
  if (
    bareFact &&
    DE_FACT_VERB.test(bareFact[2] ?? '') &&
    !DE_GRAMMAR.has(factFirst.toLowerCase()) &&
    !DE_DET.test(factFirst.toLowerCase()) &&
    !DE_ADJECTIVE.test(factFirst) &&
    !/(?:ig|lich|isch|bar|sam|haft|los|weise)$/u.test(factFirst) &&
    !/^(?:da|wo|hier)(?:nach|rum|bei|her|durch|für|fuer|mit|von|zu|bei|hin)?$|^(?:so|dann|somit|also|heute|morgen|jetzt|aktuell|insgesamt|meist|oft)$/iu.test(
      factFirst,
    )
  )
    return sentence(t);
  // A claim of ours, offered as claims are: with how we can show it, unless it says nothing in particular or already
  // offers something ("…, je peux vous envoyer le cas client") or terms ("10% de descuento", "la pagamos nosotros").
  const claimed = (): string =>
    sentence(
      `${t}${genericClaim(t) || OFFERED[lang].test(t) || askHandsOver || SAYS_HOW[lang]?.test(t) ? '' : SHOW_HOW[lang].after}`,
    );
  if (WE_DO_CLAUSE[lang].test(t)) return claimed();
  // "com a Vigilo os docs ficam num só sítio", "mit Lagerfix …": what happens with our product is a clause, never a thing.
  if (WITH_LEAD[lang].test(t)) return claimed();
  // "con nomiflex el empleado pide el adelanto …", "antes de migrar hacemos una auditoría …": a clause after an
  // adverbial, offered as a claim is.
  if (adverbialClaims && CLAUSE_AFTER_ADVERBIAL[lang]?.test(t)) return claimed();
  // "o PSS e a compilação técnica ficam atualizados …", "la ficha queda lista …": a subject of its own and its verb.
  if (SUBJECT_STATE[lang].test(t)) return claimed();
  // "les heures de chaque chauffeur sortent direct du boîtier": a plural subject and its verb is a sentence of its own,
  // never a thing after "Je vous propose".
  if (lang === 'fr' && FR_PLURAL_CLAUSE.test(t)) return claimed();
  // European Portuguese (and Spanish) put an article before "our" and a name: "a nossa plataforma centraliza …", "a
  // Vigilo bloqueia …" read as "nossa plataforma …", "Vigilo …" do.
  const u = t.replace(/^(?:[oa]s?|el|la|los|las)\s+(?=(?:noss[oa]s?|nuestr[oa]s?)\s|\p{Lu})/u, '');
  const words = u.split(/\s+/);
  const productVerb = THE_PRODUCT[lang].exec(t)?.[1] ?? '';
  if (
    productVerb !== '' &&
    (claimVerb(lang, productVerb) || (PRESENT_THIRD[lang].test(productVerb) && !NOT_A_VERB.test(productVerb)))
  )
    return claimed();
  // "notre traitement des tenues suit la méthode RABC": the claim's verb may come after a noun with its complement,
  // where no other verb in the value says it is a clause of its own.
  const reach = (lang === 'fr' && !FR_CLAUSE.test(t)) || (lang === 'de' && !DE_FINITE.test(t)) ? 6 : 4;
  if (OUR[lang].test(words[0] ?? '') && words.slice(1, reach).some((w) => claimVerb(lang, w))) return claimed();
  const [first = '', second = ''] = words;
  const own = company !== '' && first.toLowerCase() === company.toLowerCase();
  if (
    (own || (/^\p{Lu}[\p{L}\p{N}&-]+$/u.test(first) && !FRAME_WORDS.test(first))) &&
    (NAMED_VERB[lang].test(second) || CLAIM_VERBS[lang].test(second))
  )
    return sentence(
      `${own && u === t ? `${company}${t.slice(first.length)}` : t}${genericClaim(t) ? '' : SHOW_HOW[lang].after}`,
    );
  // Claims only, in any number of sentences (our product, our customers, a customer's result, what we do with our
  // company's name): said as typed and offered, as one claim is.
  if (claimsOnly(lang, t, company)) return askHandsOver ? sentence(t) : claimedAs(lang, t);
  // A result someone had, with its subject and its verb of the past and a figure ("uma rede de 60 sorveterias cortou a
  // conciliação de 3 dias pra meio dia", "un hotel de 30 hab subió la venta directa del 18 al 35%", "un EMS à Yverdon a
  // réduit ses chutes de 40%", "ein Hotel in Fügen hat die Heizkosten um 38% gesenkt"): a peer's result is told, never
  // a thing after "Posso lhe oferecer", "Con gusto le ofrezco", "Je vous propose" or "Folgendes anbieten:".
  // Only where the frame would offer it: "Posso lhe mostrar como cerâmicas da região reduziram …" already tells it.
  if (peerResultClause(lang, t) && OFFERING_FRAME.test(FRAMES[lang].offer(t, company)))
    return askHandsOver ? sentence(t) : claimedAs(lang, t);
  return '';
}

/**
 * How-you-know that opens with a name of capitalised words and nothing of theirs before it ("MTL Connecte", "Fitur",
 * "Salon Pollutec 2024"), alone or with a clause after a comma: the name and that clause. Not an article's name ("La
 * Presse") nor a network's, whose profile is theirs ("LinkedIn", "Instagram").
 */
function eventNamed(text: string): RegExpExecArray | null {
  const m = /^(\p{Lu}[\p{L}\p{N}&'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&'’-]*|\d{2,4}))*)(?:\s*,\s*(\S.*))?$/u.exec(
    text.trim(),
  );
  if (!m) return null;
  const first = (m[1] ?? '').split(/\s+/u)[0] ?? '';
  if (
    /^(?:le|la|les|l['’]|el|los|las|un|une|una|votre|vos|son|sa|ses|su|sus|mon|ma|mes|mi|mis|linkedin|instagram|facebook|twitter|x|youtube|tiktok|medium|substack|google|whatsapp|reddit)$/iu.test(
      first,
    )
  )
    return null;
  return m;
}

/**
 * In a peer's result ("un EMS à Yverdon a réduit ses chutes nocturnes de 40%", "ein Hotel in Fügen hat seine Heizkosten
 * um 38% gesenkt") "ses", "seine" are the peer's, never the reader's: turned to "you" they would read "a réduit vos
 * chutes", "hat Ihre Heizkosten gesenkt". Only in the clause whose subject the peer is; the rest of the value is turned
 * as ever.
 */
const PEER_OWN: Partial<Record<FramedLang, RegExp>> = {
  de: /(?<![\p{L}])(?:sein|seine|seinen|seinem|seiner|seines|ihr|ihre|ihren|ihrem|ihrer|ihres)(?![\p{L}])/gu,
  fr: /(?<![\p{L}'’])(?:son|sa|ses|leur|leurs)(?![\p{L}'’])/gu,
};
function peersOwnHeld(lang: FramedLang, text: string, toYou: (text: string) => string): string {
  const re = PEER_OWN[lang];
  const clause = text.split(/[,;.!?](?=\s|$)/u)[0] ?? '';
  if (!re || !peerResultClause(lang, clause.trim())) return toYou(text);
  // Only after the result's verb: inside the peer's subject ("une boîte de sa taille a réduit …", "ein Betrieb wie ihrer
  // hat …") a possessive is the reader's, turned to "you" as ever ("de votre taille", "wie Ihrer").
  const at = PEER_SUBJECT[lang].exec(clause)?.[0].length ?? clause.length;
  // German says the peer's own thing with the article ("hat die Heizkosten um 38% gesenkt"): a "seine" there reads as
  // someone else's, the reader's or a third's.
  const say = (word: string): string => (lang === 'de' ? (DE_OWN_ARTICLE[word.toLowerCase()] ?? word) : word);
  return turnedHolding(text, '\uE007', re, toYou, { from: at, hold: (_m, pos) => pos < clause.length - at, say });
}
const DE_OWN_ARTICLE: Record<string, string> = {
  sein: 'das',
  seine: 'die',
  seinen: 'den',
  seinem: 'dem',
  seiner: 'der',
  seines: 'des',
  ihr: 'das',
  ihre: 'die',
  ihren: 'den',
  ihrem: 'dem',
  ihrer: 'der',
  ihres: 'des',
};

/**
 * The subject of a result: one to eight words from the start, with no comma, no relative word (a thing offered that did
 * something, "um case de uma transportadora que zerou …", stays offered) and not the rep ("a gente", "wir") nor a
 * preposition first (a place or a means: "com a Vigilo …", "chez …", told elsewhere).
 */
const RESULT_SUBJECT: Record<FramedLang, string> = {
  de: String.raw`(?!(?:ich|wir|Sie|du|ihr|er|sie|man|es|Ihr\p{L}*|ihr\p{L}*|sein\p{L}*|dein\p{L}*|mit|bei|beim|für|in|im|ab|seit|nach|von|vom|durch|dank|ohne|unser\p{L}*)(?![\p{L}]))(?:(?!(?:dass|wenn|weil|und|wir|ich)(?![\p{L}]))[^\s,;:.!?–—]+\s+){1,8}?`,
  es: String.raw`(?!(?:nosotros|nosotras|yo|usted|él|ella|ellos|ellas|su|sus|tu|tus|con|en|para|por|de|desde|durante|sin|a)(?![\p{L}]))(?:(?!(?:que|donde|cual|quien|y)(?![\p{L}]))[^\s,;:.!?–—]+\s+){1,8}?`,
  fr: String.raw`(?!(?:je|j['’]|nous|on|vous|il|elle|ils|elles|votre|vos|son|sa|ses|leur|leurs|ton|ta|tes|avec|chez|en|pour|par|dans|sans|à)(?![\p{L}]))(?:(?!(?:qui|que|dont|où|et)(?![\p{L}])|qu['’])[^\s,;:.!?–—]+\s+){1,8}?`,
  pt: String.raw`(?!(?:a gente|nós|eu|você|vocês|ele|ela|eles|elas|seu|sua|seus|suas|teu|tua|com|em|na|no|para|por|de|desde|durante|sem)(?![\p{L}]))(?:(?!(?:que|onde|qual|quem|e)(?![\p{L}]))[^\s,;:.!?–—]+\s+){1,8}?`,
};
/** A verb of the past that tells a result: "cortou", "subiram"; "subió", "bajaron", "ha reducido"; "a réduit", "ont coupé"; "hat … gesenkt", "senkte". */
const RESULT_VERB: Record<FramedLang, string> = {
  de: String.raw`(?:(?:hat|haben|hatte|hatten)\s+[^,.;:!?]{1,80}?\s(?:(?:um|auf|ab|an|aus|ein|zurück|hoch|runter|herunter)?ge\p{Ll}{2,}(?:t|en)|(?:ver|er|be|ent|zer)\p{Ll}{2,}t|\p{Ll}{3,}iert|halbiert)(?=\s*(?:[,.;!]|$)|\s+seit(?:dem)?\s)|(?:senkte|senkten|sparte|sparten|steigerte|steigerten|verkürzte|verkürzten|\p{Ll}{3,}ierte|\p{Ll}{3,}ierten)(?![\p{L}]))`,
  es: String.raw`(?:\p{Ll}{3,}(?:ó|ió|aron|ieron)|redujo|redujeron|tuvo|tuvieron|hizo|hicieron|(?:ha|han)\s+\p{Ll}{3,}(?:ado|ido)|(?:bajo|subio|aumento|recorto|mejoro|duplico|triplico)(?=\s+(?:sus|los|las|\d)))(?![\p{L}])`,
  fr: String.raw`(?:a|ont)\s+(?:(?:déjà|aussi|presque|ainsi)\s+)?\p{Ll}{2,}(?:é|és|ée|ées|i|is|it|u|us|ert)(?![\p{L}])`,
  pt: String.raw`(?!(?:seu|meu|teu|europeu|museu|pneu|céu|chapéu|troféu)(?![\p{L}]))\p{Ll}{3,}(?:ou|eu|iu|aram|eram|iram)(?![\p{L}])`,
};
/** The composer's frames that offer a thing: a result after them reads as the thing offered. */
const OFFERING_FRAME =
  /^(?:Posso (?:lhe |te )?oferecer|Posso oferecer-(?:lhe|te)|Temos|Con gusto (?:le|te|les) ofrezco|(?:Le|Te) ofrezco|Je (?:vous|te) propose|Ce que je (?:vous|te) propose|Ich kann (?:Ihnen|dir|euch) Folgendes anbieten)(?![\p{L}])/u;
const PEER_RESULT: Record<FramedLang, RegExp> = Object.fromEntries(
  (Object.keys(RESULT_SUBJECT) as FramedLang[]).map((lang) => [
    lang,
    new RegExp(`^${RESULT_SUBJECT[lang]}${RESULT_VERB[lang]}`, 'u'),
  ]),
) as Record<FramedLang, RegExp>;
/** The peer's subject before its result verb: "une boîte de sa taille ", "ein Betrieb wie ihrer ". */
const PEER_SUBJECT: Record<FramedLang, RegExp> = Object.fromEntries(
  (Object.keys(RESULT_SUBJECT) as FramedLang[]).map((lang) => [
    lang,
    new RegExp(`^\\s*${RESULT_SUBJECT[lang]}(?=${RESULT_VERB[lang]})`, 'u'),
  ]),
) as Record<FramedLang, RegExp>;
/** A share of something, said in words: "de moitié", "a metade", "la mitad", "um die Hälfte", "um ein Drittel". */
const RESULT_SHARE = /(?<![\p{L}])(?:moitié|tiers|mitad|tercio|metade|terço|hälfte|drittel|halbiert)(?![\p{L}])/iu;
function peerResultClause(lang: FramedLang, text: string): boolean {
  return PEER_RESULT[lang].test(text) && (RESULT_FIGURE.test(text) || RESULT_SHARE.test(text));
}

/** `text` as a sentence with the offer to show how, unless it says nothing in particular, already offers or says how. */
function claimedAs(lang: FramedLang, text: string): string {
  return sentence(
    `${text.replace(/[\s.!]+$/u, '')}${genericClaim(text) || OFFERED[lang].test(text) || SAYS_HOW[lang]?.test(text) ? '' : SHOW_HOW[lang].after}`,
  );
}

/**
 * A result that already says how it came about, after its verb: "les bajamos el costo … 12% con cajas a la medida",
 * "bajaron la espera … consolidando carga". "y con gusto le muestro cómo" would tell the how again.
 */
const SAYS_HOW: Partial<Record<FramedLang, RegExp>> = {
  es: /(?<![\p{L}])\p{Ll}{3,}(?:amos|aron|ieron|ó|ió)\s[^.;]*?(?:\s(?:con|usando|gracias a)\s+(?!nosotros(?![\p{L}]))|\s\p{Ll}{3,}(?:ando|iendo)\s)/u,
};

/**
 * Something for the reader already in the value: the rep offers ("je peux vous …", "le mando", "gern schicke ich"),
 * gives it free, or has it ready ("cas client dispo").
 */
const OFFERED: Record<FramedLang, RegExp> = {
  de: /(?<![\p{L}])(?:(?:(?:ich|wir)\s+|(?<=(?:^|[,;–]\s*|und\s+)))(?:kann|können|könnte|könnten|würde|würden)\s+(?:Ihnen|dir|euch|gerne?)|ohne\s+Mindest\p{L}*|(?:kann|können|könnte|könnten)\s+(?:ich|wir)\s+(?:Ihnen|dir|euch)|(?:ich|wir)\s+(?:zeige|zeigen|schicke|schicken|sende|senden|biete|bieten)|gerne?|kostenlos\p{L}*|gratis|unverbindlich\p{L}*|rabatt\p{L}*|übernehmen wir|zahlen wir|auf unsere kosten)(?![\p{L}])/iu,
  es: /(?<![\p{L}])(?:(?:puedo|podemos|podría|podríamos)\s+(?:le|les|te|enviar|mandar|mostrar|compartir|ofrecer|pasar|regalar|presentar|armar|hacer|prestar)\p{L}*|(?:le|les|te)\s+(?:muestro|mostramos|mando|mandamos|envío|enviamos|comparto|compartimos|paso|pasamos|ofrezco|ofrecemos|regalo|regalamos|armo|armamos|hago|hacemos)|con gusto|gratis|gratuit[oa]s?|sin costo|sin cargo|sin compromiso|sin mínimo|ofrecemos|ofrezco|descuento|sin coste|no (?:le |les |te )?cobramos|(?:la|lo|las|los) pagamos|pagamos nosotros|corre por nuestra cuenta)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:(?:je peux|on peut|nous pouvons|je pourrais|on pourrait|nous pourrions)\s+(?:vous|te|t['’]|envoyer|montrer|partager|présenter|offrir|proposer|prêter|organiser|faire)|je vous|je te|on vous|nous vous|volontiers|gratuite?s?|offerte?s?|sans engagement|sans minimum|je propose|on propose|nous proposons|remise|réduction|(?:nous ne|on ne) (?:vous )?facture(?:ons)? pas|à nos frais|(?:nous prenons|on prend) en charge)(?![\p{L}])/iu,
  pt: /(?<![\p{L}])(?:(?:posso|podemos|poderia|poderíamos)\s+(?:lhe|te|mostrar|enviar|mandar|compartilhar|oferecer|passar|apresentar|fazer|emprestar)\p{L}*|(?:lhe|te)\s+(?:mostro|mostramos|mando|mandamos|envio|enviamos|passo|passamos|ofereço|oferecemos)|com prazer|grátis|gratuit[oa]s?|sem custo|sem compromisso|sem mínimo|oferecemos|ofereço|desconto|não cobramos|por nossa conta|pagamos nós)(?![\p{L}])/iu,
};

/**
 * An ask that already offers them something: to hand it over ("je peux t'envoyer le cas client ?", "¿le mando la
 * ficha?"), to show it ("p/ mostrarle cómo funciona", "Puis-je vous présenter une démonstration"), or a thing outright ("würde Ihnen gern 1 Set anbieten"). Telling
 * ("le cuento en 2 líneas") offers nothing the reader can take.
 */
export const FRAMED_ASK_HANDS_OVER =
  /(?<!(?<![\p{L}])(?:me|m['’]|moi|nous|nos|mir|uns)\s*)(?<![\p{L}])(?:envoyer|envoie|partager|partage|transmettre|transmets|enviar(?:le|les|te|lo|la|selo|sela)?|envío|envio|mandar(?:le|les|te|lo|la|selo|sela)?|mando|compartir(?:le|les|te|lo|la)?|comparto|compartilhar|compartilho|schicken|schicke|senden|sende|zusenden|zuschicken|zukommen|montrer|montre|présenter|presenter|démontrer|mostrar\p{L}*|muestro|mostro|presentar\p{L}*|apresentar\p{L}*|zeigen|zeige|vorstellen|vorführen|offrir|ofrecer\p{L}*|ofrezco|oferecer\p{L}*|ofereço|anbieten|anzubieten)(?![\p{L}])(?!\s+(?:me|moi|nous|nos|mir|uns)(?![\p{L}]))/iu;

/** What a rep sells, named after "our": "notre appli", "nuestra plataforma", "unsere Software", "nosso sistema". */
/** Verbs of what a thing costs, takes or keeps: "kostet", "dauert", "bleibt", "läuft", "braucht", "lohnt sich". */
const DE_FACT_VERB = /^(?:kostet|dauert|bleibt|läuft|laeuft|braucht|lohnt|rechnet|amortisiert|reicht)$/u;
const PRODUCT_NOUN: Record<FramedLang, RegExp> = {
  de: /^(?:app|apps|plattform|software|lösung|system|tool|modul|sensoren|sensor|team|service)$/iu,
  es: /^(?:app|aplicación|aplicacion|plataforma|software|sistema|herramienta|módulo|modulo|solución|solucion|equipo|servicio|sensores?)$/iu,
  fr: /^(?:app|appli|application|outil|plateforme|logiciel|module|système|systeme|solution|équipe|equipe|service|capteurs?|badgeuse)$/iu,
  pt: /^(?:app|aplicativo|plataforma|software|sistema|ferramenta|módulo|modulo|solução|solucao|equipe|time|serviço|servico|sensores?)$/iu,
};

/** A customer or customers of ours, as a claim's subject: "un client de 20 restos", "nuestros clientes", "ein Kunde". */
const CUSTOMER_LEAD: Record<FramedLang, RegExp> = {
  de: /^(?:ein|eine|unsere?|\d+|mehrere|viele)\s+(?:\p{Lu}[\p{L}-]*\s+)?kund(?:e|en|in|innen)(?![\p{L}])/iu,
  es: /^(?:un|una|nuestros|nuestras|\d+|varios|varias|muchos)\s+(?:\p{L}+\s+)?clientes?(?![\p{L}])/iu,
  fr: /^(?:un|une|nos|des|\d+|plusieurs|beaucoup de)\s+(?:\p{L}+\s+)?clients?e?s?(?![\p{L}])/iu,
  pt: /^(?:um|uma|nossos|nossas|\d+|vários|várias|muitos)\s+(?:\p{L}+\s+)?clientes?(?![\p{L}])/iu,
};
/** "avec Horalis, …", "con Facturix …": what happens with our company is a claim about it. */
const WITH_US: Record<FramedLang, string> = { de: 'mit', es: 'con', fr: 'avec|grâce à', pt: 'com|graças a' };
/** A finite verb of a claim: its own verbs, a plural present, or an auxiliary before a participle ("ont gagné", "ha reducido"). */
const CLAIM_FINITE: Record<FramedLang, RegExp> = {
  de: /^(?:hat|haben|ist|sind|wird|werden|\p{Ll}{3,}(?:t|en))$/u,
  es: /^(?:ha|han|es|son|está|están|\p{Ll}{3,}(?:an|en|ó|ió|aron|ieron))$/u,
  fr: /^(?:a|ont|est|sont|\p{Ll}{2,}(?<!m)ent|\p{Ll}{3,}(?:a|it))$/u,
  pt: /^(?:tem|têm|teve|tiveram|é|são|foi|foram|\p{Ll}{3,}(?:am|em|ou|eu|iu))$/u,
};

/** Within the first words of `text`, a verb a claim has. */
function claimVerbWithin(lang: FramedLang, words: readonly string[], from: number, to: number): boolean {
  // A word right after a preposition is a noun, whatever verb it is spelt like: "sur mesure", "sans limite".
  return words
    .slice(from, to)
    .some(
      (w, i) =>
        !NOT_A_VERB.test(w) &&
        !AFTER_PREPOSITION.test(words[from + i - 1] ?? '') &&
        (claimVerb(lang, w.toLowerCase()) || CLAIM_FINITE[lang].test(w)),
    );
}
const AFTER_PREPOSITION = /^(?:sur|sans|par|pour|avec|à|au|aux|en|sobre|sin|con|para|por|sem|com|em)$/iu;

/** One sentence of a value that claims something of ours, as THE_PRODUCT, OUR, a customer or our company say it. */
function claimSentence(lang: FramedLang, text: string, company: string): boolean {
  const t = text.replace(/^(?:et|puis|y|e|und|also|además|aussi|também)\s+/iu, '').trim();
  if (PEER_PLACE[lang].test(t) && RESULT_FIGURE.test(t)) return true;
  if (WE_DO_CLAUSE[lang].test(t)) return true;
  const words = t.split(/\s+/).map((w) => w.replace(/[,;:()]+$/u, ''));
  const productVerb = THE_PRODUCT[lang].exec(t)?.[1] ?? '';
  if (productVerb !== '' && claimVerbWithin(lang, [productVerb], 0, 1)) return true;
  if (OUR[lang].test(words[0] ?? '') && claimVerbWithin(lang, words, 2, 4)) return true;
  // "nuestra plataforma concilia …", "notre appli relance …": our product, then a verb by its ending.
  const after = words[2] ?? '';
  if (
    OUR[lang].test(words[0] ?? '') &&
    PRODUCT_NOUN[lang].test(words[1] ?? '') &&
    PRESENT_THIRD[lang].test(after.replace(PLURAL_VERB_ENDING[lang][0], PLURAL_VERB_ENDING[lang][1])) &&
    !NOT_A_VERB.test(after)
  )
    return true;
  const customer = CUSTOMER_LEAD[lang].exec(t);
  if (customer) {
    const rest = t.slice(customer[0].length).trim().split(/\s+/);
    if (claimVerbWithin(lang, rest, 0, 6)) return true;
  }
  if (company !== '') {
    const name = company.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const withUs = new RegExp(`^(?:(?:${WITH_US[lang]})\\s+)?${name}(?![\\p{L}])[,\\s]*`, 'iu').exec(t);
    if (withUs) {
      const rest = t.slice(withUs[0].length).split(/\s+/);
      if (claimVerbWithin(lang, rest, 0, 5)) return true;
    }
  }
  return false;
}

/**
 * The value is claims only: its first sentence claims something of ours, and no sentence offers anything. Later
 * sentences may add what the first does not ("…, majorations calculées auto"), as long as they offer nothing.
 */
function claimsOnly(lang: FramedLang, text: string, company: string): boolean {
  if (OFFERED[lang].test(text) || /\?/.test(text)) return false;
  const sentences = text.split(/(?<=[.!?;])\s+/u).filter((x) => x.trim() !== '');
  return sentences.length > 0 && claimSentence(lang, sentences[0] ?? '', company);
}

/**
 * A claim's verb, in the singular or, after our products in the plural ("unsere Sensoren erkennen", "nuestros
 * sensores detectan", "nos capteurs détectent", "nossos sensores detectam"), in the plural.
 */
function claimVerb(lang: FramedLang, word: string): boolean {
  const singular = PLURAL_VERB_ENDING[lang];
  return CLAIM_VERBS[lang].test(word) || CLAIM_VERBS[lang].test(word.replace(singular[0], singular[1]));
}
const PLURAL_VERB_ENDING: Record<FramedLang, [RegExp, string]> = {
  de: [/en$/u, 't'],
  es: [/(?<=[ae])n$/u, ''],
  fr: [/ent$/u, 'e'],
  pt: [/(?<=[ae])m$/u, ''],
};

/** A verb in the third person that opens a value in `lang` ("reduz", "senkt"): a claim, not a thing to offer. */
export const CLAIM_VERBS: Record<FramedLang, RegExp> = {
  de: DE_CLAIM_VERBS,
  es: ES_CLAIM_VERBS,
  fr: FR_CLAIM_VERBS,
  pt: PT_CLAIM_VERBS,
};

export function isFramedLang(lang: string): lang is FramedLang {
  return lang === 'de' || lang === 'es' || lang === 'fr' || lang === 'pt';
}

// A clause about the prospect typed without its subject ("hat auf LinkedIn geschrieben, dass …",
// "publicó que …", "a publié que …", "postou que …"): the verb is the prospect's, said to them in the
// draft's register.
/**
 * After a verb that opens the answer, its subject: "braucht ab oktober jede klinik ein isms", "will laut handelsblatt der
 * vorstand 2 werke zusammenlegen". The clause is inverted, not the reader's with "Sie" left out. A few adverbials may
 * come first; then a nominative ("der", "jeder", "jede", "man") or "die"/"das" and a noun before an object.
 */
export const DE_SUBJECT_AFTER_VERB =
  /^\s+(?:(?:(?:laut|lt\.?|gemäß|gemaess|nach)\s+\p{L}+|(?:ab|seit|bis|im|am)\s+\p{L}+(?:\s+\d{4})?|gerade|jetzt|nun|bald|schon|auch|wohl|angeblich|offenbar|dort|hier|künftig|kuenftig|zukünftig|zukuenftig)\s+){0,3}(?:der|jeder|jede|jedes|man|(?:die|das)\s+\p{L}+\s+(?:ein|eine|einen|den|die|das|kein|keine|keinen|\d))(?![\p{L}])/iu;
const DE_DROPPED =
  /^(hat|hatte|ist|war|wird|will|kann|muss|sucht|plant|schreibt|sagt|meint|erwähnt|postet|teilt|baut|eröffnet|expandiert|stellt|spricht|schrieb|sprach|\p{Ll}{3,}te)(?=\s)/u;
const DE_DU: Record<string, string> = {
  hat: 'hast',
  hatte: 'hattest',
  ist: 'bist',
  war: 'warst',
  wird: 'wirst',
  will: 'willst',
  kann: 'kannst',
  muss: 'musst',
  schrieb: 'schriebst',
  sprach: 'sprachst',
  spricht: 'sprichst',
};
const ES_TU: Record<string, string> = {
  dijo: 'dijiste',
  hizo: 'hiciste',
  puso: 'pusiste',
  tuvo: 'tuviste',
  fue: 'fuiste',
  estuvo: 'estuviste',
  quiso: 'quisiste',
  vino: 'viniste',
  trajo: 'trajiste',
  condujo: 'condujiste',
};
const FR_DROPPED =
  /^(?:([mM]['’])\s*)?(a|avait|est|était|dit|écrit|publie|cherche|recrute|parle|explique|annonce|ouvre|lance|prépare|partage)(?=\s)/u;
const FR_TU: Record<string, string> = {
  a: 'as',
  avait: 'avais',
  est: 'es',
  était: 'étais',
  dit: 'dis',
  écrit: 'écris',
};
const PT_VERB =
  /^(?:(?!(?:seu|meu|teu|céu|museu|europeu|pneu|chapéu|sou|vou|dou|estou)(?![\p{L}]))\p{Ll}+(?:ou|eu|iu|ava|ará|erá|irá)|tem|está|quer|busca|precisa|vai|usa|faz|diz|disse|fez|pôs|pode|deve|é|foi|planeja|procura|investe|contrata|expande|abre|opera|gerencia|lidera|comanda|cuida|administra|acha|comenta|publica|posta|fala|escreve)(?![\p{L}])/u;

// A subject of its own and its verb: "a Loja Verde envia", "a empresa vai lançar", "cresceu".
const PT_CLAUSE =
  /^(?:[oa]s?\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*\s+\p{Ll}|(?<![\p{L}])(?:anda|andam|vai|vão|quer|querem|pode|podem|deve|devem|precisa|precisam|tem|têm|está|estão|é|foi|são|fez|faz|\p{Ll}{2,}(?:ou|eu|iu|aram|eram|iram|ará|erá|irá|arão|erão|irão))(?![\p{L}])/u;

/** "tú" forms of the Spanish verbs a rep writes of them most, where adding "s" is not enough. */
const ES_TU_PRESENT: Record<string, string> = {
  es: 'eres',
  está: 'estás',
  va: 'vas',
  ha: 'has',
  da: 'das',
  fue: 'fuiste',
};
/** "tu" forms of the French verbs a rep writes of them most. */
const FR_TU_PRESENT: Record<string, string> = {
  a: 'as',
  est: 'es',
  va: 'vas',
  fait: 'fais',
  dit: 'dis',
  peut: 'peux',
  veut: 'veux',
  sait: 'sais',
  doit: 'dois',
  vient: 'viens',
  prend: 'prends',
  cherche: 'cherches',
  pense: 'penses',
  lance: 'lances',
};

/**
 * Third person said of them in the rep's tú or tu: "lo que ella diga" → "lo que digas", "elle m'a dit" → "tu m'as dit",
 * "ça lui prend un temps fou" → "ça te prend un temps fou". German du is left as typed.
 */
function casualToYou(lang: FramedLang, text: string): string {
  if (lang === 'es') return bySentence(esShorthand(text), (sentence) => esCasualSentence(esHeAccented(sentence)));
  if (lang === 'fr') return bySentence(frShorthand(text), frCasualSentence);
  if (lang === 'de') return bySentence(text, deCasualSentence);
  return text;
}

/**
 * In the rep's du, "er meinte", "sie hat … gepostet" speak of the reader: "du meintest", "du hast … gepostet", and what
 * was theirs ("seine", "ihre") is "deine"; "ihm", "ihn" are "dir", "dich". Only "sie" with a verb in the singular is her.
 */
function deCasualSentence(sentence: string): string {
  let turned = false;
  let t = sentence.replace(/(?<![\p{L}])(er|sie|Er|Sie)\s+(\p{Ll}+)(?![\p{L}])/gu, (m, who: string, verb: string) => {
    const du =
      DE_DU[verb] ??
      (/^\p{Ll}{2,}te$/u.test(verb)
        ? `${verb}st`
        : /^\p{Ll}{2,}[^s]t$/u.test(verb) && !DE_NO_VERB.has(verb)
          ? `${verb.slice(0, -1)}st`
          : '');
    if (!du) return m;
    turned = true;
    return `${/^\p{Lu}/u.test(who) ? 'Du' : 'du'} ${du}`;
  });
  if (!turned && !/(?<![\p{L}])(?:ihm|ihn)(?![\p{L}])/u.test(t)) return sentence;
  t = t.replace(/(?<![\p{L}])(?:ihm|ihn)(?![\p{L}])/gu, (m) => (m === 'ihm' ? 'dir' : 'dich'));
  // "bei denen" said of them is at their firm: "bei euch" (see the formal "bei Ihnen").
  if (turned)
    t = t.replace(
      /(?<![,;]\s*)(?<!(?<![\p{L}])(?:und|oder|aber)\s+)(?<![\p{L}])([Bb]ei)\s+denen(?![\p{L}])/gu,
      '$1 euch',
    );
  // "du hast erzählt, dass sie nächstes Jahr 3 Filialen aufmachen": after the reader has spoken, "sie" opening a clause
  // with its verb in the plural at the clause's end is their firm, which the letter calls "du" as the formal one calls
  // it "Sie" ("dass du … aufmachst").
  if (turned)
    t = t.replace(
      /(?<![\p{L}])(dass|weil|wenn|ob|falls|da)\s+sie((?:\s+[^\s,.;:!?]+){1,8}?)\s+(\p{Ll}{2,}(?:en|ern|eln)|sind)(?=\s*(?:[,.;!?]|$))/gu,
      (m, conj: string, middle: string, verb: string) => {
        const du = deDuFromPlural(verb);
        return du ? `${conj} \uE006${middle} ${du}` : m;
      },
    );
  // "dass ihr in der Instandhaltung zwei Leute fehlen": her in the dative, "dir"; a possessive before its noun, "dein".
  if (turned)
    t = deDativeIhr(t, '\uE001')
      .replace(/(?<![\p{L}])(?:sein|ihr)(e|en|em|er|es)?(?![\p{L}])/gu, (_m, ending?: string) => `dein${ending ?? ''}`)
      .replace(/\uE001/gu, 'dir');
  return t.replace(/\uE006/gu, 'du');
}

/**
 * A verb of "sie" (they) as "du" takes it: "aufmachen" → "aufmachst", "eröffnen" → "eröffnest", "sind" → "bist"; a
 * verb whose vowel changes ("fahren", "geben") is left as it is ('').
 */
const DE_DU_FROM_PLURAL: Record<string, string> = Object.fromEntries(
  Object.entries(DE_DU_VERBS).map(([du, sie]) => [sie, du]),
);
DE_DU_FROM_PLURAL.sind = 'bist';
const DE_STRONG_VOWEL_CHANGE =
  /(?:geben|nehmen|sehen|lesen|helfen|sprechen|treffen|werfen|essen|messen|fahren|laufen|halten|lassen|tragen|fallen|schlafen|fangen|waschen|wachsen|raten|laden|treten|brechen|sterben|empfehlen|stehlen|werben|gelten|schlagen|stoßen|blasen|braten|graben)$/u;
function deDuFromPlural(verb: string): string {
  const known = DE_DU_FROM_PLURAL[verb];
  if (known) return known;
  if (DE_STRONG_VOWEL_CHANGE.test(verb)) return '';
  if (/(?:ern|eln)$/u.test(verb)) return `${verb.slice(0, -1)}st`;
  const stem = verb.slice(0, -2);
  if (stem.length < 2) return '';
  if (/[sßzx]$/u.test(stem)) return `${stem}t`;
  return /(?:[dt]|[^aeiouäöülrh][mn])$/u.test(stem) ? `${stem}est` : `${stem}st`;
}

/**
 * Someone besides them in the sentence, by name ("Julie de ton équipe", "Marta me pasó") or by role ("hablé con tu jefe"):
 * then "elle", "él", "lui" may be that person, and the sentence is left as typed.
 */
const SOMEONE_ELSE =
  /\p{Lu}\p{Ll}+\s+(?:de|da|do|du|d['’]|von|from)\s*(?:tu|ton|ta|su|votre|vuestr[oa]|teu|tua|seu|sua|deine[mnr]?|Ihre[mnr]?)\s|\p{Lu}\p{Ll}+\s+(?:me|m['’]|nos|te|t['’])\s*\p{Ll}|(?<![\p{L}])(?:tu|su|mi|ton|ta|son|sa|mon|ma)\s+(?:jef[ea]|colega|collègue|soci[oa]|associée?|gerente|director[a]?|directeur|directrice|compañer[oa]|cliente?|amig[oa]|ami|amie|boss|patron(?:ne)?|DAF|DG|CEO)(?![\p{L}])/u;

/** Each sentence by `turn`, unless it or the one before names someone else ("… con tu jefe. él dice que …"). */
function bySentence(text: string, turn: (sentence: string) => string): string {
  const parts = text.split(/(?<=[.!?])\s+/u);
  return parts
    .map((sentence, i) =>
      SOMEONE_ELSE.test(sentence) || SOMEONE_ELSE.test(parts[i - 1] ?? '') ? sentence : turn(sentence),
    )
    .join(' ');
}

/** Spanish clitics: "ella me dijo" has no verb after "ella" for this rule to turn. */
const ES_CLITIC = /^(?:me|te|se|le|lo|la|nos|les|os)$/iu;

/**
 * "me la recomendó Gustavo Ferreyra, socio de la coope …", in a draft that says "tú": "la" is the reader, spoken of as
 * someone else. Said to them: "Gustavo Ferreyra, socio de la coope …, me recomendó escribirte", "… me pasó tu contacto";
 * what the rep adds after it is a sentence of its own. (To "usted", "Me la recomendó …" is hers already.)
 */
const ES_REFERRED_HER =
  /^[Mm]e\s+(?:la|lo)\s+(recomend[óo]|pas[óo])\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)(?:,\s+((?:soci[oa]|gerente|jef[ea]|dueñ[oa]|director[a]?|cliente|colega|amig[oa]|compañer[oa]|el de|la de|encargad[oa])(?![\p{L}])[^,.;]*))?(?:,\s+([^.;]+))?([.;]?)$/u;
function esReferredToYou(sentence: string): string {
  const m = ES_REFERRED_HER.exec(sentence.trim());
  if (!m) return sentence;
  const [, verb = '', name = '', role, rest, end = ''] = m;
  const said = /^recomend/iu.test(verb) ? 'me recomendó escribirte' : 'me pasó tu contacto';
  // "…, que le vendió el seguro de la flota": a relative clause is the referrer's, said with them and to the reader
  // ("Laura Giménez, que te vendió el seguro …, me recomendó escribirte"), never a sentence of its own.
  if (rest && /^(?:que|quien)\s/u.test(rest))
    return `${name}${role ? `, ${role}` : ''}, ${rest.replace(/^(que|quien)\s+le\s/u, '$1 te ')}, ${said}.`;
  const first = `${name}${role ? `, ${role},` : ''} ${said}.`;
  return rest ? `${first} ${cap(rest)}${end || '.'}` : first;
}

/**
 * "Me lo recomendo luciana paredes de seguros altavista, hicieron su aniversario con nosotros", to "usted": the referrer
 * leads, named with their firm, and what they did is said plainly ("Luciana Paredes, de Seguros Altavista, me recomendó
 * escribirle. Hicieron su aniversario …"). Only a name with its capitals (a first name and perhaps a surname); anything
 * else after the verb stays as typed.
 */
const ES_REFERRED_FIRM =
  /^[Mm]e\s+(?:la|lo)\s+(recomend[óo]|pas[óo])\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+(?:de|del)\s+((?:\p{Ll}{2,}\s+){0,2}\p{Ll}{3,}|\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*){0,2})(?:,\s+([^.;]+))?([.;]?)$/u;
const ES_NO_FIRM =
  /^(?:(?:mi|su|sus|tu|nuestr[oa]|el|la|los|las)\s|(?:[aá]rea|equipo|departamento|depto|gerencia|oficina|compras|ventas|finanzas|contabilidad|log[ií]stica|operaciones|marketing|rrhh|recursos|legal|sistemas|ti|administraci[oó]n|producci[oó]n|mantenimiento|almac[eé]n|planta|sede|sucursal|directorio|grupo|comit[eé]|colegio|universidad|facultad|feria|evento|curso|gremio|c[aá]mara)(?![\p{L}]))/iu;
function esReferrerFirst(sentence: string): string {
  const m = ES_REFERRED_FIRM.exec(sentence.trim());
  if (!m) return sentence;
  const [, verb = '', name = '', firm = '', rest, end = ''] = m;
  // "del area de compras", "de su equipo": a department or a team of theirs, no firm; the sentence stays as typed.
  if (firm === firm.toLowerCase() && ES_NO_FIRM.test(firm)) return sentence;
  const firmName = firm === firm.toLowerCase() ? firm.replace(/(?<![\p{L}])\p{Ll}/gu, (c) => c.toUpperCase()) : firm;
  const said = /^recomend/iu.test(verb) ? 'me recomendó escribirle' : 'me pasó su contacto';
  const first = `${name}, de ${firmName}, ${said}.`;
  // "hicieron su aniversario con nosotros": the firm did it, said so, never the reader ("Hicieron su …" reads as "you").
  // Together with the reader ("trabajaron juntos", "se conocieron"), it is the two of them: as typed, never "ellos".
  const theirs =
    rest &&
    /^\p{Ll}+(?:aron|ieron)(?![\p{L}])/u.test(rest) &&
    !/(?<![\p{L}])(?:juntos|juntas|ambos|ambas)(?![\p{L}])|^(?:coincidieron|estudiaron|se\s)/iu.test(rest)
      ? `ellos ${rest}`
      : rest;
  return theirs ? `${first} ${cap(theirs)}${end || '.'}` : first;
}

function esCasualSentence(sentence: string): string {
  return esReferredToYou(sentence)
    .replace(/(?<![\p{L}])(?:la|lo)\s+(vi|conocí|escuché|leí|oí)(?![\p{L}])/giu, (m, verb: string) =>
      /^L/.test(m) ? `Te ${verb}` : `te ${verb}`,
    )
    .replace(/(?<![\p{L}])(?:ella|él)\s+(\p{Ll}+)(?![\p{L}])/giu, (m, verb: string) => {
      if (ES_CLITIC.test(verb)) return m;
      return ES_TU_PRESENT[verb] ?? (/(?:a|e)$/u.test(verb) ? `${verb}s` : /(?:ó|ió)$/u.test(verb) ? esTu(verb) : m);
    });
}

/** Impersonal "il", in the rep's tu as in the formal rules: FR_IMPERSONAL_NEXT at the start of what follows it. */
const FR_IMPERSONAL = new RegExp(`^${FR_IMPERSONAL_NEXT}`, 'iu');

function frCasualSentence(sentence: string): string {
  // What they said of themselves is theirs too: "elle m'a dit qu'elle veut un pop up" → "tu m'as dit que tu veux …".
  const turned = sentence.replace(
    /(?<![\p{L}'’-])(qu['’])?(elle|il)\s+((?:(?:m['’]|l['’]|me\s|le\s|la\s|les\s|en\s)\s*)*)(\p{L}+)/giu,
    (m, qu: string | undefined, who: string, clitics: string, verb: string, at: number, all: string) => {
      if (FR_IMPERSONAL.test(all.slice(at + (qu ?? '').length + who.length).trimStart())) return m;
      const v = verb.toLowerCase();
      // Only verbs whose "tu" form is sure: a list, and the imperfect ("avait" → "avais").
      const tu = FR_TU_PRESENT[v] ?? (/ait$/u.test(v) ? `${verb.slice(0, -1)}s` : '');
      if (!tu) return m;
      return `${qu ? `${qu.charAt(0)}ue ` : ''}${!qu && who.charAt(0) === who.charAt(0).toUpperCase() ? 'Tu' : 'tu'} ${clitics}${tu}`;
    },
  );
  // Their "son, sa, ses" only where they are the subject, now "tu" ("que son équipe gère …" → "que ton équipe gère …"), or
  // where a fragment opens on it ("son post LinkedIn sur …"): "on a aidé un cabinet à réduire sa saisie" and "Paie Plus a
  // réduit son temps" are someone else's.
  const theirs =
    (turned !== sentence || /^\s*(?:son|sa|ses)\s/iu.test(sentence)) &&
    !/(?<![\p{L}])clients?(?![\p{L}])/iu.test(sentence)
      ? replaceWords(turned, { son: 'ton', sa: 'ta', ses: 'tes' })
      : turned;
  return theirs.replace(/(?<![\p{L}'’])lui\s+(?=\p{Ll})/gu, (_m, at: number, all: string) =>
    /^[aeiouyéèêh]/iu.test(all.slice(at).replace(/^lui\s+/u, '')) ? "t'" : 'te ',
  );
}

/** French chat shorthand written out: "ds Data News" → "dans Data News", "qd ça vous arrange" → "quand". */
function frShorthand(text: string): string {
  // Chat drops "il" and "ne": "… du stock y a plus d'écarts" is "…, il n'y a plus d'écarts".
  // An elision typed with a space ("l essai", "j ai", "qu il", "d un"): the apostrophe, as no single letter stands
  // alone in French. A letter right after a figure is its unit ("levé 2M et", "10 m au sol", "3 t en stock"): no elision.
  const elided = text.replace(/(?<![\p{L}\p{N}'’])(?<!\p{N}\s)([ljdnmts]|qu)\s+(?=[aeiouyéèêàâîôû]\p{L})/giu, "$1'");
  const negated = elided
    .replace(/(?<=\p{L})\s+y\s+a\s+(plus|pas|jamais|rien|aucune?)(?![\p{L}])/gu, ", il n'y a $1")
    .replace(/^[Yy]\s+a\s+(plus|pas|jamais|rien|aucune?)(?![\p{L}])/u, "Il n'y a $1");
  return replaceWords(negated, {
    ds: 'dans',
    qd: 'quand',
    pr: 'pour',
    bcp: 'beaucoup',
    tt: 'tout',
    pcq: 'parce que',
    stp: "s'il te plaît",
    svp: "s'il vous plaît",
  });
}

/** Chat shorthand written out: "dijo q hoy" → "dijo que hoy", "xq" → "porque". */
/**
 * "ellos" said of them is their firm, as "ella", "él" are them: "vi en linkedin q ellos compraron …" → "que ustedes
 * compraron", and theirs with no noun after it ("almacenes parecidos al de ellos") → "al suyo". Not in a sentence that
 * names others before it, in the plural or as ours ("nuestros clientes … y ellos", "un distribuidor nuestro …, ellos nos
 * pasaron el dato"): "ellos" may be those.
 */
const ES_OTHERS_PLURAL =
  /(?<![\p{L}])(?:clientes|empresas|cooperativas|fincas|personas|conductores|choferes|socios|proveedores|competidores|otros|otras|exportadores|usuarios|tiendas|clínicas|clinicas|industrias|fábricas|fabricas|cadenas|flotas|colegas|almacenes|productores|distribuidores|nuestro|nuestra|nuestros|nuestras)(?![\p{L}])/iu;
const ES_THEIRS: Record<string, string> = {
  el: 'el suyo',
  la: 'la suya',
  los: 'los suyos',
  las: 'las suyas',
  al: 'al suyo',
  del: 'del suyo',
};
function esTheirFirm(text: string): string {
  const theirs = text.replace(
    /(?<![\p{L}])(el|la|los|las|al|del)\s+de\s+(?:ellos|ellas)(?=\s*(?:[,.;:!?)]|$)|\s+(?:en|y|o|que|q|de|del|para|por|con)(?![\p{L}]))/giu,
    (m, article: string) => ES_THEIRS[article.toLowerCase()] ?? m,
  );
  return theirs
    .split(/(?<=[.;!?])\s+/u)
    .map((sentence) =>
      sentence.replace(/(?<![\p{L}])(ellos|ellas)(?![\p{L}])/gu, (m, _w: string, at: number) =>
        ES_OTHERS_PLURAL.test(sentence.slice(0, at)) ? m : 'ustedes',
      ),
    )
    .join(' ');
}

/**
 * "pepa dice q el esta buscando …", "y el ya tiene …": "el" before a verb or a pronoun (no noun follows an article so) is
 * "él" typed without its accent, a person, and its "esta" is "está".
 */
function esHeAccented(text: string): string {
  return text.replace(
    /(?<![\p{L}])([Ee])l\s+(esta|está|estaba|es|era|tiene|tenía|tenia|quiere|quería|queria|busca|buscaba|necesita|necesitaba|lleva|llevaba|anda|andaba|va|iba|sabe|puede|podría|podria|dijo|dice|comentó|contó|ha|había|habia|hizo|fue|sigue|maneja|piensa|cree|me|nos|le|les|lo|se)(?![\p{L}])/gu,
    (_m, e: string, next: string) => `${e === 'E' ? 'Él' : 'él'} ${next === 'esta' ? 'está' : next}`,
  );
}

/**
 * Spanish typed without its accents, where the word without one is no word: "-cion", "-sion", "-stion", "-xion"
 * ("cotizacion", "inversion", "gestion"), and a few words that always take one ("segun", "tambien", "tecnica", "energia"). What could be another
 * word without its accent ("esta", "mas", "paso", "numero") stays as typed.
 */
const ES_ACCENTED: Record<string, string> = {
  segun: 'según',
  tambien: 'también',
  despues: 'después',
  ademas: 'además',
  dias: 'días',
  tecnica: 'técnica',
  tecnicas: 'técnicas',
  tecnico: 'técnico',
  tecnicos: 'técnicos',
  electrico: 'eléctrico',
  electrica: 'eléctrica',
  energia: 'energía',
  mineria: 'minería',
  logistica: 'logística',
  telefono: 'teléfono',
  rapido: 'rápido',
  rapida: 'rápida',
  proxima: 'próxima',
  proximo: 'próximo',
  conoci: 'conocí',
  recomendo: 'recomendó',
  conto: 'contó',
};
function esAccented(text: string): string {
  // Never a domain ("gestion.pe") nor an English word ("session", "transmission": Spanish has no "ssion"). Their firm's
  // name and a place the answers name are spelled back as typed once the draft is composed (namesTypedLower).
  return text
    .replace(/(?<![\p{L}\p{N}'’@./-])(\p{Ll}{2,}(?:(?<!s)[cs]|st|x))ion(?![\p{L}\p{N}@-]|\.\p{L})/gu, '$1ión')
    .replace(
      /(?<![\p{L}\p{N}'’@./-])(\p{L})(\p{Ll}{2,})(?![\p{L}\p{N}@-]|\.\p{L})/gu,
      (m, first: string, rest: string) => {
        const accented = ES_ACCENTED[`${first.toLowerCase()}${rest}`];
        if (!accented) return m;
        return first === first.toLowerCase() ? accented : `${accented.charAt(0).toUpperCase()}${accented.slice(1)}`;
      },
    );
}

/**
 * A lone "x" for "por" ("x lote", "x noche"): only where nothing else reads. Never the letter of "rayos x" (an x-ray), nor
 * before a word "por" cannot stand before ("rayos x para líneas"), nor a name's capital ("modelo X"), nor glued to a figure
 * ("x300", "x3": times, as typed).
 */
const ES_X_FOR_POR =
  /(?<![\p{L}\p{N}'’/-])(?<!(?<![\p{L}])(?:rayos?|raios?|rayons?)\s)x(?![\p{L}\p{N}-])(?!\s+(?:para|pra|por|de|del|en|y|e|o|u|con|a|al|sin|desde|cierta|ciertas|cierto|ciertos)(?![\p{L}]))/gu;
function esShorthand(text: string): string {
  return replaceWords(esAccented(text), {
    q: 'que',
    xq: 'porque',
    pq: 'porque',
    tb: 'también',
    tmb: 'también',
    reu: 'reunión',
  })
    .replace(ES_X_FOR_POR, 'por')
    .replace(
      // "la prox semana", "el prox mes": "próximo" takes its article's gender and number.
      /(?<![\p{L}])(la|las|el|los)\s+prox\.?(?![\p{L}])/giu,
      (_m, article: string) =>
        `${article} ${{ la: 'próxima', las: 'próximas', el: 'próximo', los: 'próximos' }[article.toLowerCase()] ?? 'próximo'}`,
    );
}

/** A Spanish preterite said of them, as "tú" says it: "dijo" → "dijiste", "preguntó" → "preguntaste". */
function esTu(verb: string): string {
  return ES_TU[verb] ?? (verb.endsWith('ió') ? `${verb.slice(0, -2)}iste` : `${verb.slice(0, -1)}aste`);
}
const ES_PRETERITE = String.raw`(dijo|hizo|puso|tuvo|fue|estuvo|quiso|vino|trajo|condujo|\p{Ll}{3,}?(?:ió|ó))`;

export function withSubject(lang: FramedLang, text: string, casual: boolean): string {
  const t = text.trim();
  if (lang === 'de') {
    // "braucht ab oktober jede klinik ein isms": the adverbial goes first, the verb second ("ab oktober braucht jede
    // klinik ein isms"), as German says it; its subject is no one's left out.
    const inverted =
      /^(\p{Ll}+t|will|kann|muss|soll|darf|mag)\s+((?:laut|lt\.?|gemäß|gemaess|ab|seit|bis|im|am)\s+\p{L}+(?:\s+\d{4})?)(?=\s)/u.exec(
        t,
      );
    if (inverted && DE_SUBJECT_AFTER_VERB.test(t.slice((inverted[1] ?? '').length)))
      return `${inverted[2]} ${inverted[1]}${t.slice(inverted[0].length)}`;
    const m = DE_DROPPED.exec(t);
    if (!m || DE_SUBJECT_AFTER_VERB.test(t.slice((m[1] ?? '').length))) return t;
    const verb = m[1] ?? '';
    const rest = casual
      ? replaceWords(t.slice(verb.length), {
          ihr: 'dein',
          ihre: 'deine',
          ihren: 'deinen',
          ihrem: 'deinem',
          ihrer: 'deiner',
          sein: 'dein',
          seine: 'deine',
          seinen: 'deinen',
          seinem: 'deinem',
          seiner: 'deiner',
        })
      : t.slice(verb.length);
    const said = casual
      ? `du ${DE_DU[verb] ?? (/te$/.test(verb) ? `${verb}st` : verb.replace(/t$/, 'st'))}`
      : `Sie ${deVerb(verb)}`;
    // "geschrieben dass": German sets "dass" off with a comma.
    return `${said}${rest}`.replace(/(?<![,])\s+(dass)(?![\p{L}])/u, ', $1');
  }
  if (lang === 'es') {
    // "publico q …", "subio foto …": a preterite typed without its accent, opening the answer, is theirs as "publicó" is
    // (the rep's own "I publish" opens no answer about them).
    return esWithSubject(
      t.replace(ES_UNACCENTED_PRETERITE, (_m, verb: string) => ES_ACCENT[verb.toLowerCase()] ?? verb),
      casual,
    );
  }
  if (lang === 'fr') {
    const m = FR_DROPPED.exec(t);
    if (!m) return t;
    // "m'a dit qu'ils ressaisissent …": the verb after "me" is theirs too, "vous m'avez dit".
    const me = m[1] ? "m'" : '';
    const verb = m[2] ?? '';
    const rest = t.slice(m[0].length);
    return casual
      ? `tu ${me}${FR_TU[verb] ?? (/e$/.test(verb) ? `${verb}s` : verb)}${replaceWords(rest, { son: 'ton', sa: 'ta', ses: 'tes', leur: 'ton', leurs: 'tes' })}`
      : `vous ${me}${frVerb(verb)}${rest}`;
  }
  // "saiu no jornal que …": the news, which whySeen says as what the rep read; never "você saiu".
  return PT_VERB.test(t) && !IN_THE_NEWS.pt.test(t) ? `você ${t}` : t;
}

const ES_ACCENT: Record<string, string> = {
  publico: 'publicó',
  subio: 'subió',
  menciono: 'mencionó',
  escribio: 'escribió',
  compartio: 'compartió',
  posteo: 'posteó',
  anuncio: 'anunció',
  conto: 'contó',
  pregunto: 'preguntó',
  explico: 'explicó',
  platico: 'platicó',
  comento: 'comentó',
};
// "comento en mi post …", "comento que …": opening the answer, before where or what, theirs ("comentó"); the rep's own
// present is said to someone ("le comento que …") and opens no answer about them.
const ES_UNACCENTED_PRETERITE = new RegExp(
  `^(${Object.keys(ES_ACCENT)
    .filter((verb) => verb !== 'comento')
    .join('|')}|comento(?=\\s+(?:en|que|q|sobre)(?![\\p{L}])))(?=\\s)`,
  'iu',
);

function esWithSubject(t: string, casual: boolean): string {
  // A later sentence of the answer that opens on a bare preterite is theirs too: "… todo. dijo q hoy tardarían días".
  // Only a verb of saying, and only after a sentence that names no one else ("Marta de tu equipo me pasó tu contacto.
  // comentó q …" is Marta speaking, as is "hablé con tu jefe en la feria. dijo q …").
  const later = casual
    ? t.replace(
        /(^|[.!?]\s+)([^.!?]*[.!?]\s+)(dijo|comentó|contó|preguntó|escribió|publicó|mencionó|explicó)(?=\s)/giu,
        (m, start: string, previous: string, verb: string) =>
          /^\p{Lu}\p{Ll}+\s/u.test(previous) || SOMEONE_ELSE.test(previous)
            ? m
            : `${start}${previous}${esTu(verb.toLowerCase())}`,
      )
    : t;
  const m = new RegExp(String.raw`^${ES_PRETERITE}(?=\s)`, 'u').exec(later);
  if (!m) return later;
  if (!casual) return `usted ${later}`;
  const verb = m[1] ?? '';
  return `${esTu(verb)}${later.slice(verb.length)}`;
}

/** "Thiago aqui, da Britamax", "Lukas hier, von …", "Julien ici, de …": the name said as the phone says it, "I'm Thiago". */
function withoutHere(who: string): string {
  return who.replace(
    /^(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)\s+(?:hier|aquí|aqui|ici)(?![\p{L}])\s*[,:–—-]?\s*/u,
    '$1, ',
  );
}

/**
 * A thing of ours the ask hands over ("notre guide des 8 erreurs …" and "je peux vous l'envoyer ?"): offered once, by the
 * ask, where "Je peux vous envoyer notre guide … Je peux vous l'envoyer ?" offers it twice; the value says what it may be
 * to them. What it holds, after a colon, comes after the verb ("Notre checklist GAMMA 2 pourrait vous intéresser :
 * calendrier, …"), a short aside after a comma in brackets ("Notre modèle d'onboarding (gratuit) pourrait …"). Only a
 * thing: a value with a verb of its own ("nos vidéos réduisent …") or of several sentences is said as typed. (German
 * offers with "anbieten" and hands over with "schicken": no word said twice.)
 */
const OF_INTEREST: Partial<
  Record<FramedLang, { our: RegExp; interests: (casual: boolean) => string; clause: RegExp }>
> = {
  fr: {
    our: /^(?:notre|nos)\s+\p{L}/iu,
    interests: (casual) => (casual ? "pourrait t'intéresser" : 'pourrait vous intéresser'),
    clause: FR_CLAUSE,
  },
};
function ofInterest(lang: FramedLang, text: string, casual: boolean): string {
  const frame = OF_INTEREST[lang];
  const t = text.trim().replace(/[\s.]+$/u, '');
  // One thing, not sentences ("env." ends none).
  if (!frame?.our.test(t) || /[!?;]|(?<!(?<![\p{L}])(?:ca|env|approx))\.\s+\p{L}/u.test(t)) return '';
  const colon = /^([^:]+?)\s*:\s*(.+)$/u.exec(t);
  const [typed, holds] = colon ? [colon[1] ?? '', colon[2] ?? ''] : [t, ''];
  const parts = typed.split(/,\s+/u);
  if (parts.length > 2 || (parts[1] !== undefined && wordsIn(parts[1]) > 5) || frame.clause.test(typed)) return '';
  const thing = parts[1] === undefined ? typed : `${parts[0]} (${parts[1]})`;
  // "nos modèles" are several: "pourraient".
  const verb = frame.interests(casual);
  const said = `${cap(thing)} ${/^nos\s/iu.test(thing) ? verb.replace('pourrait', 'pourraient') : verb}`;
  return sentence(holds ? `${said} : ${holds}` : said);
}
function wordsIn(text: string): number {
  return text.split(/\s+/u).filter((w) => w !== '').length;
}

/**
 * A pronoun whose gender is not the prospect's, where the answer names someone of its gender, is that someone, never the
 * reader: to Pierre-Antoine, "c'est Sophie … qui m'a parlé de lui, elle fait la compta de plusieurs châteaux" is Sophie
 * doing the books; to Sabine Kurz, "Markus … er meinte" is the referrer. With no one else of its gender named ("on s'est
 * vus au salon, il est venu sur le stand" to Claire) it is the reader still, typed in a hurry. A gender is a first
 * name's (the first part of "Pierre-Antoine"), where the lexicon knows it as one gender's only.
 */
const OTHER_GENDER: Partial<Record<FramedLang, { m: RegExp; f: RegExp }>> = {
  fr: {
    m: /(?<![\p{L}'’-])([Ee]lle)(?![\p{L}'’-])/gu,
    f: /(?<![\p{L}'’-])([Ii]l)(?=\s+(?:(?:ne|n['’]|m['’]|l['’]|me|le|la|les|lui|se|s['’])\s*)*\p{L})(?!\s+(?:y\s+a|n['’]y|faut|fallait|semble|reste|suffit|vaut|s['’]agit)(?![\p{L}]))/gu,
  },
  de: {
    // "sie" with a verb in the singular is her ("sie hat", "sie meinte"); in the plural it may be "they" or "Sie".
    m: /(?<![\p{L}])([Ss]ie)(?=\s+(?:hat|ist|war|wird|kann|will|muss|hatte|\p{Ll}{2,}te|\p{Ll}{2,}[^e\s]t)(?![\p{L}]))/gu,
    f: /(?<![\p{L}])([Ee]r)(?=\s+\p{Ll})/gu,
  },
};
/** French: the reader's object pronoun right after the other gender's subject pronoun ("il la connaît" to Claire). */
// Only before a verb of knowing, meeting or recommending a person: "la"/"le" is as often a thing ("il la trouve urgente",
// "elle le teste"), which stays as typed.
const FR_KNOWS = String.raw`(?:conna[iî]t|connaissait|conna[iî]tra|rencontre|rencontrait|croise|croisait|recommande|recommandait|côtoie|cotoie|apprécie|apprecie)(?![\p{L}])`;
const FR_KNOWN = '(?:connu|rencontré|rencontre|croisé|croise|recommandé|recommande)';
const FR_OBJECT_AFTER_OTHER: Record<'m' | 'f', RegExp> = {
  f: new RegExp(
    String.raw`(?<![\p{L}'’-])([Ii]l)\s+(?:la\s+(?=${FR_KNOWS})|l['’]a\s+(?=${FR_KNOWN}e(?![\p{L}])))`,
    'gu',
  ),
  m: new RegExp(
    String.raw`(?<![\p{L}'’-])([Ee]lle)\s+(?:le\s+(?=${FR_KNOWS})|l['’]a\s+(?=${FR_KNOWN}(?![\p{L}])))`,
    'gu',
  ),
};
export function genderOf(firstName: string): 'm' | 'f' | '' {
  const first = (firstName.split(/[-\s]/u)[0] ?? '').toLowerCase();
  if (first.length < 2) return '';
  const tags = lexiconTags(first);
  const male = tags.includes('MaleName');
  const female = tags.includes('FemaleName');
  return male === female ? '' : male ? 'm' : 'f';
}
/** Whether `text` names someone, by a capitalised first name, of `gender`. */
/** A pronoun of someone of that gender, not the formal "Sie": the reader's, where the answer speaks of them so. */
const OWN_GENDER_SEEN: Partial<Record<FramedLang, { m: RegExp; f: RegExp }>> = {
  // "il la connaît", "elle le connaît": "la"/"le" after a subject pronoun is them, never an article.
  fr: {
    m: new RegExp(
      String.raw`(?<![\p{L}'’-])(?:[Ii]l|lui|(?:[Ee]lle|[Jj]e|[Oo]n|[Ee]lles)\s+(?:le(?=\s+${FR_KNOWS})|l['’]a\s+${FR_KNOWN}))(?![\p{L}'’-])`,
      'u',
    ),
    f: new RegExp(
      String.raw`(?<![\p{L}'’-])(?:[Ee]lle|(?:[Ii]l|[Jj]e|[Oo]n|[Ii]ls)\s+(?:la(?=\s+${FR_KNOWS})|l['’]a\s+${FR_KNOWN}e))(?![\p{L}'’-])`,
      'u',
    ),
  },
  de: {
    m: /(?<![\p{L}])(?:[Ee]r|ihm|ihn)(?![\p{L}])/u,
    f: /(?<![\p{L}])(?:sie(?=\s+(?:hat|ist|war|wird|kann|will|muss|hatte|\p{Ll}{2,}te|\p{Ll}{2,}[^e\s]t)(?![\p{L}]))|ihr(?:e|en|em|er)?(?=\s+\p{Ll}))/u,
  },
};
/**
 * German names someone by a role or a title as well as by a first name, and its ending or article tells the gender:
 * "ihren einkaufsleiter", "mein Kollege", "der Geschäftsführer", "Herr Wichmann" are a man; "ihre Einkaufsleiterin",
 * "meine Kollegin", "Frau Braun" a woman. A role noun only after a determiner: a bare "Leiter" in a job title names no
 * one in particular.
 */
const DE_DETERMINER_M =
  '(?:der|den|dem|des|ein|einen|einem|ihr|ihren|ihrem|sein|seinen|seinem|mein|meinen|meinem|unser|unseren|unserem)';
const DE_DETERMINER_F = '(?:die|der|eine|einer|ihre|ihrer|seine|seiner|meine|meiner|unsere|unserer)';
const DE_ROLE_STEM =
  '(?:leiter|chef|führer|fuehrer|inhaber|kolleg|meister|direktor|manager|berater|techniker|einkäufer|einkaeufer|vertriebler|partner|ingenieur|vorgesetzt)';
const DE_NAMED_BY_ROLE: Record<'m' | 'f', RegExp> = {
  m: new RegExp(
    `(?<![\\p{L}])(?:${DE_DETERMINER_M}\\s+(?:\\p{L}+\\s+)?\\p{L}*${DE_ROLE_STEM}(?:e|en|er)?|(?:herr|herrn|hr\\.)\\s+\\p{L}{2,})(?![\\p{L}])`,
    'iu',
  ),
  f: new RegExp(
    `(?<![\\p{L}])(?:${DE_DETERMINER_F}\\s+(?:\\p{L}+\\s+)?\\p{L}*${DE_ROLE_STEM}(?:e)?in|(?:frau|fr\\.)\\s+\\p{L}{2,})(?![\\p{L}])`,
    'iu',
  ),
};
export function namesSomeoneOf(text: string, gender: 'm' | 'f', lang?: string): boolean {
  if (lang === 'de' && DE_NAMED_BY_ROLE[gender].test(text)) return true;
  return (text.match(/(?<![\p{L}])\p{Lu}\p{Ll}+(?![\p{L}])/gu) ?? []).some((w) => genderOf(w) === gender);
}
/** The words of the first pair whose pattern the verb (lower-cased) shows, else the fallback. */
function sayFirst(verb: string, pairs: readonly (readonly [RegExp, string])[], fallback: string): string {
  const v = verb.toLowerCase();
  return pairs.find(([re]) => re.test(v))?.[1] ?? fallback;
}
/**
 * An ask that is the rep's wish that THEY get in touch, typed of them as a note ("er soll sich halt melden wenn er mag,
 * passt eh jederzeit", "que me llame cuando quiera", "qu'il m'appelle quand il veut", "ela pode me ligar quando quiser",
 * "usted puede llamarme cuando quiera"), reads once turned to the reader as an order or a strange question ("Sie
 * sollen sich halt melden …?", "¿Me llama cuando quiera nomás?"). It is an invitation at a time that suits them,
 * asked as a question where a courtesy would ask them nothing ("No dude en llamarme …", "Fique à vontade para …" are
 * no ask the purpose check counts): "¿Podría llamarme cuando le convenga?", "Pourriez-vous m'appeler quand cela vous
 * conviendra?", "Pode me ligar quando for melhor para você?"; German's "Melden Sie sich gern, wann es Ihnen passt.".
 * Only when nothing but fillers and when-or-if-they-like is left around the verb of getting in touch: "Sie sollen mir
 * die Liste schicken" is a request (deRequested), "me llama el jueves a las 10" a time of its own, and stay as they were.
 * '' where the ask is not so.
 */
const INVITED: Partial<
  Record<FramedLang, { lead: RegExp; verb: RegExp; tail: RegExp; say: (verb: string) => string }>
> = {
  de: {
    lead: /^(?:Sie\s+(?:sollen|sollten|können|könnten|dürfen|mögen|möchten)\s+)?/u,
    verb: /^(?:(?:halt|einfach|gerne?|jederzeit|ruhig|eh|mal|doch|gern|kurz)\s+)*(?:(sich)|(mich)|(mir))\s+(?:(?:halt|einfach|gerne?|jederzeit|ruhig|eh|mal|doch|kurz|bei\s+mir)\s+)*(melden|anrufen|schreiben|[Bb]escheid\s+geben|kontaktieren|zurückrufen|durchklingeln)(?![\p{L}])/u,
    tail: /^(?:[\s,]*(?:(?:halt|einfach|gerne?|eh|ruhig|doch|mal)(?![\p{L}])|jederzeit|wann\s+immer(?:\s+Sie\s+\p{Ll}+)?|(?:passt|geht)\s+(?:eh\s+|immer\s+|auch\s+)*(?:jederzeit|immer)|(?:wenn|falls|sobald)\s+(?:Sie|es\s+Ihnen)\s+(?:(?:mal\s+)?[Zz]eit\s+haben|[Ll]ust\s+haben|[Ii]nteresse\s+haben|mögen|wollen|möchten|passt|so\s+weit\s+sind)))*[\s,.!?]*$/u,
    say: (verb) =>
      `${/anrufen/u.test(verb) ? 'Rufen Sie mich gern an' : /schreiben/u.test(verb) ? 'Schreiben Sie mir gern' : /[Bb]escheid/u.test(verb) ? 'Geben Sie mir gern Bescheid' : /zurückrufen/u.test(verb) ? 'Rufen Sie mich gern zurück' : 'Melden Sie sich gern'}, wann es Ihnen passt.`,
  },
  es: {
    lead: /^(?:lo\s+que\s+usted\s+(?:diga|decida|quiera)(?:\s+nomás|\s+nomas)?[\s,]+|(?:cuando|si)\s+(?:usted\s+)?(?:pueda|quiera|guste|le\s+acomode)[\s,]+|cualquier\s+cosa[\s,]+)*(?:que\s+|usted\s+|(?:usted\s+)?(?:puede|podría|debe|debería)\s+)?/iu,
    verb: /^(?:(?:me\s+)(llam[ae]|escrib[ae]|avis[ae]|contact[ae]|timbr[ae])|(llamarme|escribirme|avisarme|contactarme))(?![\p{L}])/u,
    tail: /^(?:[\s,]*(?:nomás|nomas|no\s+más|cualquier\s+cosa|con\s+confianza|cuando\s+(?:usted\s+)?(?:quiera|pueda|guste|le\s+acomode|le\s+convenga|tenga\s+tiempo)|si\s+(?:usted\s+)?(?:quiere|le\s+interesa|gusta)|a\s+cualquier\s+hora|en\s+cualquier\s+momento|lo\s+que\s+usted\s+(?:diga|decida|quiera)|me\s+avisa))*[\s,.!?]*$/iu,
    say: (verb) => {
      const stem = /^(?:me\s+)?(llam|escrib|avis|contact|timbr)/u.exec(verb)?.[1] ?? 'avis';
      return `¿Podría ${stem}${stem === 'escrib' ? 'irme' : 'arme'} cuando le convenga?`;
    },
  },
  fr: {
    lead: /^(?:qu['’]\s*(?:il|elle)\s+|que\s+vous\s+|vous\s+(?:pouvez|pourriez|devez|devriez)\s+(?:(?:toujours|simplement|juste)\s+)?)/iu,
    verb: /^(m['’]\s*(?:appel|rappel|écri|ecri)\p{L}*|me\s+(?:contact|recontact|rappel|joind)\p{L}*|me\s+fai\p{L}+\s+signe)(?![\p{L}])/u,
    tail: /^(?:[\s,]*(?:quand\s+(?:il|elle|vous)\s+(?:veut|voulez|le\s+souhaite|le\s+souhaitez|peut|pouvez|a\s+le\s+temps|avez\s+le\s+temps)|quand\s+(?:ça|ca|cela)\s+(?:l['’]|vous\s+)arrange|à\s+tout\s+moment|n['’]importe\s+quand|s['’]\s*(?:il|elle)\s+veut|si\s+vous\s+voulez|si\s+(?:ça|ca|cela)\s+(?:l['’]|vous\s+)intéresse|sans\s+souci|tranquillement))*[\s,.!?]*$/iu,
    say: (verb) =>
      `Pourriez-vous ${sayFirst(
        verb,
        [
          [/appel/u, "m'appeler"],
          [/rappel/u, 'me rappeler'],
          [/écri|ecri/u, "m'écrire"],
          [/signe/u, 'me faire signe'],
          [/joind/u, 'me joindre'],
        ],
        'me contacter',
      )} quand cela vous conviendra?`,
  },
  pt: {
    lead: /^(?:se\s+(?:você\s+)?(?:quiser|tiver\s+interesse|precisar)[\s,]+)?(?:(?:é\s+só|e\s+so|é\s+so)\s+|você\s+(?:pode|deve|podia)\s+(?:(?:só|so|sempre)\s+)?)/iu,
    verb: /^(me\s+(?:liga\p{L}*|chama\p{L}*|escreve\p{L}*|procura\p{L}*|mandar\s+(?:uma\s+)?mensagem|manda\s+(?:uma\s+)?mensagem|avisa\p{L}*|chamar|ligar|escrever|procurar|avisar)|ligar|chamar)(?![\p{L}])/iu,
    tail: /^(?:[\s,]*(?:quando\s+(?:você\s+)?(?:quiser|puder|tiver\s+tempo|for\s+melhor)|qualquer\s+(?:hora|dia|momento)|a\s+qualquer\s+(?:hora|momento)|se\s+(?:você\s+)?(?:quiser|tiver\s+interesse)|sem\s+compromisso|tranquilo))*[\s,.!?]*$/iu,
    say: (verb) =>
      `Pode ${sayFirst(
        verb,
        [
          [/lig/u, 'me ligar'],
          [/escrev/u, 'me escrever'],
          [/mensagem/u, 'me mandar uma mensagem'],
          [/procur/u, 'me procurar'],
          [/avis/u, 'me avisar'],
        ],
        'me chamar',
      )} quando for melhor para você?`,
  },
};
export function invitedToGetInTouch(lang: FramedLang, text: string): string {
  const rule = INVITED[lang];
  if (!rule) return '';
  const t = stripQuestion(text).replace(/^[¿¡\s]+/u, '');
  const lead = rule.lead.exec(t)?.[0] ?? '';
  const rest = t.slice(lead.length);
  const verb = rule.verb.exec(rest);
  if (!verb) return '';
  const after = rest.slice(verb[0].length);
  // A bare verb with nothing said of them before or after it ("me llama", "melden"): no wish typed of them, as typed.
  if (!rule.tail.test(after) || (lead === '' && after.trim() === '')) return '';
  // "cualquier cosa me avisa", "geben Sie mir Bescheid": to let the rep know names no step to take together; said as an
  // invitation it would ask nothing at all, and it stays as it was framed.
  if (/avis|[Bb]escheid/u.test(verb[0])) return '';
  return rule.say(verb[0]);
}

/** `toYou` around the pronouns of the other gender, held as typed where the answer names someone of that gender. */
function otherGenderHeld(
  lang: FramedLang,
  firstName: string,
  toYou: (text: string) => string,
): (text: string) => string {
  const gender = genderOf(firstName);
  const re = gender ? OTHER_GENDER[lang]?.[gender] : undefined;
  const own = gender ? OWN_GENDER_SEEN[lang]?.[gender] : undefined;
  if (!re || !own) return toYou;
  return (text) => {
    // The name alone is no proof of the reader's gender (Toni, Simone, Kim, Nicola are men and women): the answer must
    // also speak of someone of the reader's gender, or every pronoun in it is the reader's, as before.
    if (!namesSomeoneOf(text, gender === 'm' ? 'f' : 'm', lang) || !own.test(text)) return toYou(text);
    // "… m'a dit de la contacter, il la connaît bien" to Claire: he is the referrer, and whom he knows is her.
    const object = lang === 'fr' ? FR_OBJECT_AFTER_OTHER[gender === 'm' ? 'm' : 'f'] : undefined;
    return turnedHolding(
      object
        ? text.replace(object, (m, who: string) => (/l['’]a\s*$/u.test(m) ? `${who} vous a ` : `${who} vous `))
        : text,
      '\uE003',
      re,
      toYou,
    );
  };
}

/**
 * Whoever gives the rep a name or a contact is the referrer, not the reader, whatever their gender: "über Jens Albers,
 * er hat mir den Namen gegeben" to Kim, "Lena … sie hat mir den Kontakt gegeben", "Sandrine … elle m'a donné son nom"
 * keep their pronoun. Only where the answer names someone by a capitalised first name or by a title and a surname ("über
 * Frau Braun …, sie hat mir den namen gegeben"): "er hat mir seine Karte gegeben" or a pronoun with no one named is the
 * reader still.
 */
/** Someone named by a title and a surname: "Frau Braun", "Hr. Lühr", "Mme Girard", "M. Roux". */
const TITLED_SURNAME = /(?<![\p{L}])(?:Frau|Herr|Hr\.|Fr\.|Madame|Mme|Monsieur|M\.)\s+\p{Lu}\p{Ll}+/u;
const REFERRER_PRONOUN: Partial<Record<FramedLang, RegExp>> = {
  de: /(?<![\p{L}])([Ee]r|[Ss]ie)(?=\s+(?:hat|hatte)\s+mir\s+(?:(?:den|die|Ihren|Ihre|deinen|deine|ihren|seinen|einen|ihn|sie|dich)\s+)?(?:[Nn]amen|[Kk]ontakt|[Tt]ipp|[Nn]ummer|[Mm]ail|E-Mail|[Aa]dresse|empfohlen|genannt|vermittelt)(?![\p{L}]))|(?<![\p{L}])([Ee]r|[Ss]ie)(?=\s+(?:hat|hatte)\s+(?:mir\s+)?(?:Sie|dich|ihn|sie)\s+(?:mir\s+)?empfohlen)/gu,
  fr: /(?<![\p{L}'’-])([Ii]l|[Ee]lle)(?=\s+m['’]a(?:vait)?\s+(?:(?:donné|passé|transmis|recommandé|conseillé)(?![\p{L}])|parlé\s+de\s+(?:vous|lui|elle|toi)(?![\p{L}])))/gu,
};
function referrerHeld(lang: FramedLang, toYou: (text: string) => string): (text: string) => string {
  const re = REFERRER_PRONOUN[lang];
  if (!re) return toYou;
  return (text) => {
    if (!namesSomeoneOf(text, 'm') && !namesSomeoneOf(text, 'f') && !TITLED_SURNAME.test(text)) return toYou(text);
    return turnedHolding(text, '\uE004', re, toYou);
  };
}

/**
 * Whom the rep offers to introduce the reader to is someone else: after "une intro avec la directrice de …", "mettre en
 * relation avec le responsable …", "Sie mit der Leiterin … bekannt machen", a subject pronoun of that person's gender
 * ("elle peut parler des coûts", "sie kann …") and one after "avec"/"mit" in the ask ("d'en parler avec elle") are that
 * person, never the reader. The article says the gender: "la"/"une"/"der" (after "mit") a woman's, "le"/"un"/"dem" a man's.
 */
const INTRODUCED: Partial<Record<FramedLang, RegExp>> = {
  fr: /(?:(?:intro(?:duction)?|(?:mettre|mets|mette)\s+en\s+(?:relation|contact)|présenter)\s+(?:\p{L}+\s+)?(?:avec|à)|(?:vous|te)\s+présenter)\s+(la|une|ma|notre|le|un|mon)\s+\p{L}/iu,
  // "Sie mit der Leiterin … bekannt machen", and "Ihnen die Geschäftsführerin von Frost AG vorstellen".
  de: /mit\s+(der|einer|meiner|unserer|dem|einem|meinem|unserem)\s+\p{L}[^.!?]{0,80}?(?:bekannt\s+machen|vernetzen|verbinden|in\s+Kontakt\s+bringen|zusammenbringen)|(?:ihnen|dir|euch)\s+(die|eine|meine|unsere|den|einen|meinen|unseren)\s+\p{L}[^.!?]{0,80}?vorstellen/iu,
};
const INTRODUCED_PRONOUN: Partial<Record<FramedLang, { f: RegExp; m: RegExp }>> = {
  fr: {
    f: /(?<![\p{L}'’-])(elle)(?=\s+(?:(?:ne|n['’]|vous|lui|le|la|les|en|y)\s+)*\p{Ll})|(?<=\b(?:avec|à|pour)\s+)(elle)(?![\p{L}])/gu,
    m: /(?<![\p{L}'’-])(il)(?=\s+(?:(?:ne|n['’]|vous|lui|le|la|les|en|y)\s+)*\p{Ll})|(?<=\b(?:avec|pour)\s+)(lui)(?![\p{L}])/gu,
  },
  de: {
    f: /(?<![\p{L}])(sie)(?=\s+(?:kann|könnte|hat|ist|wird|weiß|erzählt|zeigt)(?![\p{L}]))|(?<=\bmit\s+)(ihr)(?![\p{L}])/gu,
    m: /(?<![\p{L}])(er)(?=\s+(?:kann|könnte|hat|ist|wird|weiß|erzählt|zeigt)(?![\p{L}]))|(?<=\bmit\s+)(ihm)(?![\p{L}])/gu,
  },
};
function introducedGender(lang: FramedLang, value: string): { gender: 'f' | 'm'; at: number } | undefined {
  const m = INTRODUCED[lang]?.exec(value);
  const article = m?.[1] ?? m?.[2];
  if (!m || !article) return undefined;
  const female = /^(?:la|une|ma|notre|der|einer|meiner|unserer|die|eine|meine|unsere)$/iu.test(article);
  // "notre" says no gender by itself: a feminine role after it ends in "-e" ("notre directrice", "notre cliente").
  if (/^notre$/iu.test(article)) {
    const noun = /notre\s+(\p{L}+)/iu.exec(m[0] + value.slice(m.index + m[0].length))?.[1] ?? '';
    return { gender: /(?:trice|e)$/u.test(noun) ? 'f' : 'm', at: m.index + m[0].length };
  }
  return { gender: female ? 'f' : 'm', at: m.index + m[0].length };
}
function introducedHeld(
  lang: FramedLang,
  value: string,
  toYou: (text: string) => string,
): { value: (text: string) => string; ask: (text: string) => string } {
  const intro = introducedGender(lang, value);
  const re = intro ? INTRODUCED_PRONOUN[lang]?.[intro.gender] : undefined;
  if (!intro || !re) return { value: toYou, ask: toYou };
  const held = (text: string, from: number): string => turnedHolding(text, '\uE005', re, toYou, { from });
  return { value: (text) => held(text, intro.at), ask: (text) => held(text, 0) };
}

/**
 * An ask typed as the infinitive of what the rep would do for them ("Auswertung zusenden", "testzugang einrichten?") is
 * asked as leave to: "Darf ich Ihnen die Auswertung zusenden?". The article is the one the value gives the noun ("kann
 * dir nen testzugang geben" → "den Testzugang"), else the one its ending tells ("-ung", "-heit", "-ion" are "die",
 * "-chen", "-ment" "das"); a noun whose gender nothing tells ("Vergleich schicken") stays as typed.
 */
const DE_HAND_OVER_ASK =
  /^((?:\p{L}[\p{L}-]*\s+){0,3}?)(\p{L}[\p{L}-]*)\s+(zusenden|zuschicken|schicken|senden|zeigen|vorstellen|einrichten|freischalten|geben|weiterleiten|mailen)$/iu;
/** A meeting's bare noun, where it would be, and the rep's verb of proposing it: "termin vor ort … vorschlagen". */
const DE_PROPOSE_MEETING_ASK =
  /^(\p{L}+)((?:\s+(?:vor|in|im|am|an|bei|beim|für|mit|nach|zum|zur|per|über|nächste|nächsten|diese|kommende)\s+[^,;:!?]*?)?)\s+(vorschlagen|anbieten)$/iu;
const DE_ACCUSATIVE: Record<string, string> = {
  einen: 'den',
  nen: 'den',
  den: 'den',
  unseren: 'den',
  eine: 'die',
  ne: 'die',
  die: 'die',
  unsere: 'die',
  das: 'das',
};
function deInfinitiveAsk(ask: string, value: string, casual: boolean): string {
  // "termin vor ort in der zentrale vorschlagen": a meeting the rep would propose, typed as a note to self, is asked as
  // leave to propose it, with the article its noun takes ("Darf ich Ihnen einen Termin vor Ort … vorschlagen?").
  const proposed = DE_PROPOSE_MEETING_ASK.exec(ask.replace(/[\s?.!]+$/u, ''));
  const gender = DE_MEETING[(proposed?.[1] ?? '').toLowerCase()];
  if (proposed && gender) {
    const [, noun = '', where = '', verb = ''] = proposed;
    const article = { m: 'einen', f: 'eine', n: 'ein' }[gender];
    return `Darf ich ${casual ? 'dir' : 'Ihnen'} ${article} ${cap(noun)}${where} ${verb.toLowerCase()}?`;
  }
  const m = DE_HAND_OVER_ASK.exec(ask.replace(/[\s?.!]+$/u, ''));
  if (!m) return ask;
  const [, before = '', noun = '', verb = ''] = m;
  // Only a noun with at most its adjectives before it: "die neue Auswertung zusenden", never "ich will … schicken".
  if (
    /^(?:ich|wir|du|sie|er|soll|sollen|kann|können|darf|dürfen|würde|würden|möchte|möchten|will|gern|gerne|mal)\s/iu.test(
      ask,
    )
  )
    return ask;
  const determined = /^(?:der|die|das|den|dem|ein|eine|einen|unser\p{L}*|Ihr\p{L}*|dein\p{L}*|mein\p{L}*)\s/iu.test(
    before,
  );
  const headNoun = noun.toLowerCase();
  const inValue = new RegExp(
    `(?<![\\p{L}])(einen|nen|den|unseren|eine|ne|die|unsere|das)\\s+(?:\\p{L}+\\s+)?\\p{L}*${headNoun.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`,
    'iu',
  ).exec(value)?.[1];
  const article = determined
    ? ''
    : inValue
      ? DE_ACCUSATIVE[inValue.toLowerCase()]
      : // Most German nouns in "-e" are feminine ("Checkliste", "Vorlage", "Studie").
        /(?:ung|heit|keit|ion|tät|schaft|ik|ie|e)$/u.test(headNoun)
        ? 'die'
        : /(?:chen|lein|ment|um)$/u.test(headNoun)
          ? 'das'
          : undefined;
  if (article === undefined) return ask;
  const object = `${article ? `${article} ` : ''}${before}${noun.charAt(0).toUpperCase()}${noun.slice(1)}`;
  return `Darf ich ${casual ? 'dir' : 'Ihnen'} ${object} ${verb}?`;
}

/** Each part as a sentence of `lang`, the prospect as "you" (formal). */
/**
 * Whether a role word typed ("leiter", "geschaeftsfuehrer", "cfo") is the reader's role as given ("Leiterin Einkauf"):
 * a word of the role holds the typed word's first four letters (the feminine "-in" off). With no role given, it may be.
 */
function roleShared(typed: string, role: string): boolean {
  const fold = (w: string) =>
    w
      .toLowerCase()
      .replace(/ä/gu, 'ae')
      .replace(/ö/gu, 'oe')
      .replace(/ü/gu, 'ue')
      .replace(/ß/gu, 'ss')
      .replace(/in$/u, '');
  const words = role.match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return true;
  const stem = fold(typed);
  // "leiterin" in "Pflegedienstleitung": four letters of the stem inside a word of the role; an acronym ("CFO") whole.
  return words.some((w) => {
    const f = fold(w);
    return stem.length <= 4 ? f === stem : f.includes(stem.slice(0, 4));
  });
}

/**
 * "rep chez Flotteo": the sales floor's English "rep", opening who-I-am before the firm, says nothing the firm does not;
 * the French rep is "chez Flotteo" ("Je suis chez Flotteo"). After a name ("Sophie, rep chez …") it stays, a title. It
 * goes as the note is laid out, so trimming still reads who-I-am as typed ("rep chez Gazonpro, logiciel …" cuts to the
 * firm, never to nothing, before the hook is cut mid-phrase).
 */
function withoutRepWord(who: string): string {
  return who.replace(/^rep\s+(?=chez\s)/iu, '');
}

export function framedParts(
  lang: FramedLang,
  a: FrameAnswers,
): { greeting: string; who: string; known: string; why: string; what: string; ask: string } {
  const f = FRAMES[lang];
  const casual = a.casual ?? informalRegister(lang, [a.howKnown, a.whyYou, a.whatsInIt, a.ask]);
  if (a.casual === undefined) a = registerApplied(lang, a);
  // In the rep's du, tú or tu, nothing is turned formal: what they typed already speaks to the reader.
  // What a customer, a peer or another firm named as its clause's subject owns is theirs, never the reader's.
  const toYou = thirdPartyOwnHeld(
    lang,
    referrerHeld(
      lang,
      otherGenderHeld(
        lang,
        a.prospectFirstName,
        casual && lang !== 'pt' ? (text: string) => casualToYou(lang, text) : f.toYou,
      ),
    ),
  );
  const own = casual ? (text: string) => informal(lang, text) : (text: string) => text;
  const introduced = introducedHeld(lang, a.whatsInIt, toYou);
  const framedKnown = a.howKnown ? own(f.known(withSubject(lang, toYou(a.howKnown), casual))) : '';
  const known = lang === 'es' && !casual ? esReferrerFirst(framedKnown) : framedKnown;
  const parts = {
    greeting: a.prospectFirstName ? f.greeting(a.prospectFirstName) : '',
    who: a.whoIAm ? f.who(withoutHere(lang === 'fr' ? withoutRepWord(a.whoIAm) : a.whoIAm)) : '',
    known,
    why: a.whyYou
      ? own(
          f.why(
            whySeen(
              lang,
              withSubject(lang, toYou(known ? a.whyYou : withoutPointer(lang, a.whyYou)), casual),
              SEEN_LEAD_RE.test(known),
            ),
            a.role ?? '',
          ),
        )
      : '',
    what: a.whatsInIt ? own(framedValue(lang, peersOwnHeld(lang, a.whatsInIt, introduced.value), a, casual)) : '',
    ask: a.ask
      ? own(
          emojiAfter(
            introduced.ask(lang === 'de' ? deInfinitiveAsk(a.ask, a.whatsInIt, casual) : a.ask),
            (text) => (casual ? '' : invitedToGetInTouch(lang, text)) || termsAfter(text, f.ask),
          ),
        )
      : '',
  };
  if (lang === 'pt') parts.what = ptOfferBeforeLeave(parts.what, parts.ask);
  // Who-I-am and the ask carry the rep's words too: their accents, where a word needs one, as the other parts get them.
  if (lang === 'es') Object.assign(parts, { who: esAccented(parts.who), ask: esAccented(parts.ask) });
  // In a connection note the letter would cost a sentence of the note: only Portuguese, which needs it, says it there.
  if (lang === 'pt' || (lang !== 'de' && a.channel !== 'linkedin_connection_note'))
    parts.who = firmAfterName(lang, parts.who, a.company ?? '');
  // After "J'ai vu votre post sur …", "Vi o seu post …", why-them is not seen a second time: "J'ai vu que vous gérez …"
  // says "Vous gérez …" ("Ich habe gesehen, dass …" keeps its lead: the verb stands at the clause's end).
  const seenTwice = /^(?:J['’]ai vu que|Vi que)\s+(?=\p{L})/u.exec(parts.why);
  // In Spanish and Portuguese only where what was seen names its subject ("a sua empresa cresceu", "comentaste …"): a
  // bare "vão trocar 40 carrinhas" leans on "Vi que" for whom it tells of.
  const seen = seenTwice ? parts.why.slice(seenTwice[0].length) : '';
  const subjectNamed =
    lang === 'fr' ||
    /^(?:\p{Lu}|(?:o|a|os|as|el|la|los|las|seu|sua|seus|suas|su|sus|tu|tus|teu|tua|você|vocês|usted|ustedes|vc|ele|ela|eles|elas|él|ella|ellos|ellas)(?![\p{L}])|\p{Ll}+(?:aste|iste)(?![\p{L}]))/u.test(
      seen,
    );
  if (seenTwice && lang !== 'de' && subjectNamed && SEEN_LEAD_RE.test(parts.known)) parts.why = cap(seen);
  if (lang !== 'pt' || !europeanPortuguese([a.whoIAm, a.howKnown, a.whyYou, a.whatsInIt, a.ask])) return parts;
  return {
    ...parts,
    who: ptEuropean(ptArticleBeforeName(parts.who, a.company ?? '')),
    known: ptEuropean(parts.known),
    why: ptEuropean(parts.why),
    what: ptEuropean(parts.what),
    ask: ptEuropean(parts.ask),
  };
}

/**
 * A value of ours, then a clause of what we do ("prazo de entrega 3 semanas, fabricamos cá, sem …"): what comes before
 * the clause is a fact the rep has, said as one ("Temos um prazo de entrega de 3 semanas, fabricamos cá, …"), never
 * offered with the clause inside the offer ("Posso oferecer-lhe um prazo …, fabricamos cá"). A time after a term of
 * delivery takes its "de" ("prazo de entrega de 3 semanas"). Only a "nós" verb after the first comma says the clause
 * is ours; "entrega em 3 semanas, grátis" and what is given away ("um diagnóstico gratuito …, mostramos …") are still
 * offered.
 */
function ptOursThenClause(text: string): string {
  const m = /^([^,]{3,80}?),\s+((?:também\s+|já\s+)?\p{Ll}{3,}(?:amos|emos|imos)(?![\p{L}]).*)$/u.exec(text);
  // What is given away ("um diagnóstico gratuito …, mostramos …") is still offered: it is no fact of ours.
  if (
    !m ||
    PT_FINITE.test(m[1] ?? '') ||
    /(?<![\p{L}])(?:gratuit[oa]s?|grátis|gratis|sem custo|oferta)(?![\p{L}])/iu.test(m[1] ?? '')
  )
    return '';
  const head = (m[1] ?? '').replace(
    /(?<![\p{L}])(prazo(?:\s+de\s+entrega)?|entrega|garantia)\s+(?=\d+\s*(?:dias|semanas|meses|anos|horas)(?![\p{L}]))/u,
    '$1 de ',
  );
  // "analise de vibração c sensor online, pegamos falha de rolamento 3 semanas antes": a result we got with it is what
  // the method showed, after a colon ("Temos uma análise …: pegamos …"), never two facts spliced by a comma. Not "Com
  // análise …, pegamos …": the check reads the method as ours only where "Temos" says so.
  // A time or a place before it ("ano passado na usiminas, reduzimos 30% …") is when and where we did it, said as typed.
  if (
    /^(?:(?:n?o|em)\s+)?(?:ano|mês|mes|semestre|trimestre|verão|verao|inverno)\s+passad[oa]|^em\s+\d{4}|^(?:na|no|nas|nos|numa|num)\s/iu.test(
      head,
    )
  )
    return sentence(text);
  if (PT_RESULT_WE.test(m[2] ?? '')) return sentence(`Temos ${withArticle('pt', head)}: ${m[2]}`);
  return sentence(`Temos ${withArticle('pt', head)}, ${m[2]}`);
}
const PT_RESULT_WE =
  /^(?:também\s+|já\s+)?(?:pegamos|detectamos|detetámos|detetamos|identificamos|reduzimos|cortamos|cortámos|evitamos|evitámos|economizamos|baixamos|baixámos|antecipamos|antecipámos|descobrimos|encontramos|encontrámos|salvamos|poupamos|poupámos)(?![\p{L}])/iu;

/**
 * The rep's name, then their firm standing bare between commas ("Sou Rui, Suberis, cortiça acústica, Porto", "Soy
 * Alejandro, Riegasol (Sevilla), …", "Je suis Élodie Bernard, Vibrasens (Lyon), …"): a list of words, where a letter
 * says whose the rep is ("Sou Rui, da Suberis, …", "Soy Alejandro, de Riegasol (Sevilla), …", "Je suis Élodie Bernard,
 * de Vibrasens (Lyon), …"). Only the firm the who-I-am names, right after one or two words of a name; a title there
 * ("Sou Rui, comercial na Suberis") says it already.
 */
function firmAfterName(lang: 'es' | 'fr' | 'pt', who: string, company: string): string {
  // "SDR Benefy", "AE Trackly": a title before the firm, which "da" would make part of its name.
  if (!company || /^(?:SDR|BDR|AE|AM|KAM|CSM|CEO|CTO|COO|CFO|VP)(?![\p{L}])/u.test(company)) return who;
  const lead = { es: 'Soy', fr: 'Je suis', pt: 'Sou' }[lang];
  const firmPattern = company.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  // "Sou Bruno da Fretecheck": the firm after the name without a comma reads as a surname ("João da Silva"); the comma
  // says whose the rep is ("Sou Bruno, da Fretecheck").
  const joined = new RegExp(
    String.raw`^(Sou\s+(?:[oa]\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+((?:da|do|de)\s+${firmPattern})(?=\s*(?:,|\(|$|[.–—]))`,
    'u',
  ).exec(who);
  // A surname ("Bruno da Silva") is no firm: the lexicon knows it as one, or the who-I-am names the firm after it ("…,
  // executivo na Fretecheck").
  const surname =
    joined &&
    (lexiconTags(company.toLowerCase()).includes('LastName') ||
      /(?:^|[\s,])(?:na|no|em|da|do|pela|pelo)\s+\p{Lu}/u.test(who.slice(joined[0].length)));
  if (joined && !surname) return `${joined[1]}, ${joined[2]}${who.slice(joined[0].length)}`;
  const m = new RegExp(
    String.raw`^(${lead}\s+(?:[oa]\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?,\s+)(${company.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')})(?=\s*(?:,|\(|$|[.–—]))`,
    'u',
  ).exec(who);
  if (!m) return who;
  const firm = m[2] ?? '';
  if (tradeNotFirm(firm, who.slice(m[0].length))) return who;
  // French elides before a vowel: "d'Equipia", "d'Orbis".
  const of = lang === 'pt' ? 'da ' : lang === 'fr' && /^[aeiouyéèêàâîôûAEIOUYÉÈÊÀÂÎÔÛ]/u.test(firm) ? "d'" : 'de ';
  return `${m[1]}${of}${firm}${who.slice(m[0].length)}`;
}

/**
 * Whether the word after the rep's name is what they do or sell rather than their firm, so that no "de"/"da" may claim
 * it as one ("Soy Manolo, bombas solares, Sevilla", "Je suis Steph, évaporateurs", "Sou Felipe, embalagens, latapack",
 * "Sou a Joana, engenheira, betoncor"): a plural or a trade's ending ("bombas solares", "auditor iso", "sensores"), unless
 * a bracket follows it as a firm's town or line of work does ("vibrasens (lyon)"); or one more lone word after it, which
 * is the firm more likely than it. "facundo, heladalert", "rui, suberis, cortiça acústica", "Frota Certa (Porto)" still
 * say whose the rep is.
 */
const TRADE_ENDING =
  /(?:as|os|es|ns|eurs|ettes|ures|ões|ais|éis|aux|or|ora|eira|eiro|ero|era|ista|ente|eur|euse|rice|ienne?|ico|ica|ique)$/iu;
function tradeNotFirm(firm: string, after: string): boolean {
  const words = firm.trim().split(/\s+/u);
  // Several words: a trade when the first is ("bombas solares", "auditor iso"); a firm's name starts with its own word
  // ("Frota Certa", "Talhe CAD", "Heladalert Mendoza").
  if (words.length > 1) return TRADE_ENDING.test(words[0] ?? '');
  if (/^\s*,\s*\p{L}[\p{L}'’-]*\s*(?:[,.]|$)/u.test(after)) return true;
  if (/^\s*\(/u.test(after)) return false;
  return TRADE_ENDING.test(firm);
}

/**
 * Portugal puts the article before the rep's own first name ("Sou o Rui", "Sou a Ana"), as it does before anyone's:
 * "Sou Rui Carvalho" reads as Brazil, or as a form. Only a name: one or two capitalised words, not the firm, before a
 * comma, "da"/"de"/"do"/"na"/"no", a dash, a bracket or the end. A woman's name (the lexicon's, or one ending in "-a")
 * takes "a".
 */
function ptArticleBeforeName(who: string, company: string): string {
  const m = /^Sou\s+(\p{Lu}\p{Ll}+)((?:\s+\p{Lu}\p{Ll}+)?)(?=\s*(?:,|\(|$|[.–—]|\s(?:da|de|do|na|no)\s))/u.exec(who);
  // Only where the sentence goes on to say whose the rep is ("Sou o Rui, da Suberis", "Sou a Ana, comercial na Frota
  // Certa"); a name then a title and a firm as a signature lists them ("Tiago Ferreira, account manager Frota Certa"),
  // where the article would make the line read as prose it is not.
  if (!m || !/(?:^|[\s,])(?:da|do|de|na|no|em)\s+\p{Lu}/u.test(who.slice(m[0].length).split(/[.!?](?:\s|$)/u)[0] ?? ''))
    return who;
  const first = m[1] ?? '';
  if (company && company.split(/\s+/u)[0] === first) return who;
  const plain = first.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  const tags = lexiconTags(plain);
  if (tags.some((t) => !/^(?:MaleName|FemaleName|FirstName|LastName)$/u.test(t))) return who;
  const woman = tags.includes('FemaleName') || (/a$/u.test(plain) && !tags.includes('MaleName'));
  return `Sou ${woman ? 'a' : 'o'} ${who.slice(4)}`;
}

/**
 * The value offered with "Posso …" before an ask that asks leave with "Posso …" too ("Posso compartilhar nosso estudo …
 * Posso mandar o estudo pra você?") says the same frame twice: the value says what the rep has ("Temos um estudo …"),
 * and the ask offers it.
 */
function ptOfferBeforeLeave(what: string, ask: string): string {
  if (!/^Posso\s/u.test(ask)) return what;
  const m =
    /^Posso (?:compartilhar|lhe oferecer|te oferecer|oferecer)\s+(nosso|nossa|nossos|nossas|um|uma)\s+(\p{L}.*)$/u.exec(
      what,
    );
  if (!m) return what;
  // Only a thing offered, with its article or our possessive ("um guia", "nosso estudo"); "o split divide …" is a clause.
  const article = { nosso: 'um ', um: 'um ', nossa: 'uma ', uma: 'uma ' }[m[1] ?? ''] ?? '';
  return `Temos ${article}${m[2]}`;
}

/**
 * "there" in the clause that says what they did ("Sie hat dort geschrieben, dass …", "publicó ahí que …", "a écrit
 * là-bas que …", "escreveu lá que …") points at the place how-you-know named: where how-you-know is not in the note, it
 * points at nothing, and goes. Only right after the clause's first verb, within its first four words and before any comma (", QM ist dort …" points within why-them).
 */
const POINTER: Record<FramedLang, RegExp> = {
  de: /^((?:[^\s,;:.!?]+\s+){0,2}\p{Ll}+)\s+(?:dort|da)\s+(?=\p{Ll})/u,
  es: /^((?:[^\s,;:.!?]+\s+){0,2}\p{Ll}+)\s+(?:allí|alli|ahí|ahi|allá|alla)\s+(?=\p{Ll})/u,
  fr: /^((?:[^\s,;:.!?]+\s+){0,2}\p{Ll}+)\s+là-bas\s+(?=\p{Ll})/u,
  pt: /^((?:[^\s,;:.!?]+\s+){0,2}\p{Ll}+)\s+(?:lá|ali|aí)\s+(?=\p{Ll})/u,
};
function withoutPointer(lang: FramedLang, why: string): string {
  const m = POINTER[lang].exec(why);
  return m ? `${m[1]} ${why.slice(m[0].length)}` : why;
}

/**
 * The value in `lang`: said as a sentence where it is one, else offered. A filler before it ("vale, pues …", "le
 * comento, …") goes where what follows is a sentence of its own.
 */
function framedValue(lang: FramedLang, value: string, a: FrameAnswers, casual: boolean): string {
  // In a connection note's 300 characters a clause after an adverbial is said as typed: the offer to show how would
  // cost the rep's own words about the reader.
  const said = (text: string) =>
    statedFramedValue(
      lang,
      text,
      a.company ?? '',
      FRAMED_ASK_HANDS_OVER.test(a.ask),
      a.tight,
      a.channel !== 'linkedin_connection_note',
    );
  const opener = OPENER[lang]?.exec(value);
  const rest = opener ? value.slice(opener[0].length) : '';
  return (
    (rest && said(rest)) ||
    said(value) ||
    (FRAMED_ASK_HANDS_OVER.test(a.ask) && ofInterest(lang, value, casual)) ||
    FRAMES[lang].offer(value, a.company ?? '')
  );
}

/** What the rep says before the value, to the form or in passing: "vale, pues", "bueno,", "le comento,", "mira,". */
const OPENER: Partial<Record<FramedLang, RegExp>> = {
  es: /^(?:(?:vale|bueno|pues|mira|mire|oye|oiga|a ver|la verdad|(?:le|te|les|os)\s+(?:comento|cuento))(?:\s*[,:]\s*|\s+(?=pues\s)))+(?:pues\s+)?(?=\p{L})/iu,
};

/**
 * Terms typed after the question ("armamos simulacro? 1 hora, sin costo") stay a sentence after it: "¿Armamos
 * simulacro? 1 hora, sin costo.", not a second question.
 */
function termsAfter(ask: string, frame: (text: string) => string): string {
  const m = /^([^?]+\?)\s+([^?¿]{3,})$/u.exec(ask.trim());
  if (!m || /[?]\s*$/.test(m[2] ?? '')) return frame(ask);
  return `${frame(m[1] ?? '')} ${sentence(m[2] ?? '')}`;
}

/** Emoji ending the ask go after its question mark ("Pilot starten? 🚀" is "Pilot starten? 🚀", not "…? 🚀?"). */
function emojiAfter(ask: string, frame: (text: string) => string): string {
  const tail = /(?:\s|\p{Extended_Pictographic}|\u200d|\ufe0f)+$/u.exec(ask);
  if (!tail || !/\p{Extended_Pictographic}/u.test(tail[0]) || tail.index === 0) return frame(ask);
  return `${frame(ask.slice(0, tail.index))} ${tail[0].trim()}`;
}
