/**
 * Names a rep typed in lower case, in any of the draft's languages: their own name, their firm, a referrer's name and
 * firm, a well-known place. A rep never sends their own name or firm in lower case, so the draft writes them as names
 * are written, wherever the answers use them; a word typed with its own casing ("ledgerLine", "iPhone"), an acronym, an
 * address and a common word ("at scale", "at the moment") stay as typed.
 */
import type { TypedAnswers } from './draft-input';
import { DE_GRAMMAR } from './draft-frames';
import { lexiconTags, looksLikeFirstName, nameCased, nameInAnyCase, readsAsVerb } from './draft-tidy';

type Lang = 'en' | 'de' | 'es' | 'fr' | 'pt';

/** The words that tie a person to their firm: "at Ledgerline", "chez Bureaux Volants", "da Rotalink". */
const AFFILIATION: Record<Lang, string> = {
  en: '(?:at|with|w/|from|@)',
  de: '(?:bei|von(?:\\s+der)?)',
  fr: '(?:(?:de\\s+)?chez|de)',
  es: '(?:en|de)',
  pt: '(?:na|no|da|do|de)',
};

/**
 * Words that end a firm's name or say it is none: articles and possessives ("at a roofing company", "en una empresa"),
 * pronouns and the words a description starts with ("we do …", "in Toronto", "mostly …", "on loue …"), and a referrer's
 * verbs ("… said to reach out", "… m'a dit", "… indicou").
 */
const STOP = new Set(
  (
    'a an the my our your their his her this that these those some any one in on at of for to by with from and or but so ' +
    'we us i you he she it they who which mostly mainly based since doing do does did is are was were be been being ' +
    'said says told mentioned suggested recommended referred introduced thought thinks put gave connected here there now ' +
    'also just only still currently recently last next night home work scale least most once times noon lunch school ' +
    'der die das dem den des ein eine einem einer eines mein meine meiner unser unsere unserer wir ich er sie es und oder ' +
    'für fuer mit aus im am zum zur seit bei von nach hat haben meinte sagte sagt meint erzählt erzählte erzaehlt ' +
    'le la les l un une des du au aux mon ma mes notre nos votre vos son sa ses leur leurs on nous je il elle ils elles ' +
    'et ou pour sur dans avec sans par à qui que dit a m ' +
    'el los las uno unos unas mi mis nuestro nuestra su sus yo él ella nosotros y o con para por sobre del al me lo le ' +
    'les nos hacemos somos tenemos dice dijo recomendó recomendo contó conto ' +
    'o os as um uma uns umas meu minha nosso nossa seu sua eu ele ela nós e com pra para pelo pela em no na nos nas ' +
    'aqui fazemos somos temos disse indicou recomendou falou contou sou soy suis bin ' +
    'empresa empresas firma entreprise boite boîte société startup agência agencia'
  ).split(/\s+/u),
);

/** What someone does, not whom they work for: "inside sales", "SDR", "Vertrieb", "chargée d'affaires", "comercial". */
const ROLE =
  /^(?:inside|outside|sales|sdr|bdr|ae|am|csm|se|acct|exec|mgr|dir|coord|asst|sr|jr|snr|eng|ops|biz|dev|mktg|cust|resp|contas|cuentas|vendas|ventas|compras|negócios|negocios|clientes|affaires|marketing|ceo|cto|cfo|coo|vp|head|lead|manager|director|founder|owner|rep|account|executive|engineer|consultant|partner|vertrieb|vertriebler|vertrieblerin|außendienst|aussendienst|innendienst|geschäftsführer|geschaeftsfuehrer|inhaber|inhaberin|gründer|gruender|berater|beraterin|leiter|leiterin|chargée|chargee|chargé|charge|d'affaires|commercial|commerciale|responsable|directeur|directrice|fondateur|fondatrice|comercial|vendedor|vendedora|consultor|consultora|gerente|director|directora|diretor|diretora|representante|ejecutivo|ejecutiva|executivo|executiva|asesor|asesora|técnico|tecnico|sócio|socio|socia|sócia|dono|dona|dueño|dueña|fundador|fundadora)$/u;

/** Words that join the words of a firm's name and stay in lower case there: "Banco do Brasil", "Meyer & Sohn". */
const JOINS = new Set([
  'de',
  'da',
  'do',
  'dos',
  'das',
  'del',
  'des',
  'du',
  'la',
  'von',
  'der',
  'und',
  'and',
  'of',
  '&',
  'y',
  'e',
  'et',
]);

/** Who is whose colleague or friend, before that person's first name: "my coworker dev", "ma collègue ines". */
const COLLEAGUE =
  /(?<![\p{L}])(?:coworker|co-worker|colleague|buddy|friend|kollege|kollegen|kollegin|chef|chefin|partner|partnerin|freund|freundin|bekannter|bekannte|collègue|collegue|ami|amie|colega|compañero|compañera|companero|companera|amigo|amiga|sócio|sócia|chefe)\s+(\p{Ll}{2,})(?![\p{L}])/giu;

/**
 * Pronouns and the contractions that hold one, in any of the draft's languages: never a name, though the lexicon may
 * know some as one ("dela", "ela", "nela").
 */
const PRONOUN: Record<Lang, RegExp> = {
  en: /^(?:he|she|him|her|hers|his|they|them|their|theirs|it|its|you|your|we|us|our|me|my|mine)$/u,
  de: /^(?:er|sie|es|ihm|ihr|ihn|ihnen|ihre|ihren|sein|seine|seinen|wir|uns|mir|mich|dich|dir)$/u,
  fr: /^(?:il|elle|ils|elles|lui|eux|leur|leurs|son|sa|ses|moi|toi|nous|vous)$/u,
  es: /^(?:él|el|ella|ellas|ellos|le|les|lo|la|su|sus|suyo|suya|suyos|suyas|usted|ustedes|nosotros|nosotras)$/u,
  pt: /^(?:ela|ele|elas|eles|dela|dele|delas|deles|nela|nele|nelas|neles|dessa|desse|aquela|aquele|seu|sua|você|vocês|nós)$/u,
};

/** A pronoun or article run into its word: "m'a dit", "l'an", "d'après", "qu'ils". */
const CLITIC = /^(?:m|l|d|s|n|j|t|qu)['’]/u;

const WORD = String.raw`\p{Ll}[\p{Ll}\p{N}'’&-]*`;

/** An article, which starts a firm's name only as part of all of it: "The Marlowe Inn" (not "the Marlowe"). */
const ARTICLE = /^(?:the|a|an|der|die|das|le|la|les|l['’]|el|los|las|o|os|as|il|lo)$/iu;

/** A word after which a place's name goes on: "north york", "new york", "são paulo". Capitalised with the place. */
const DIRECTION = /(?:^|[^\p{L}])(north|south|east|west|new|san|santa|são|sao|saint|st)\s+$/iu;

/** A word written as a name is: "carolina" → "Carolina", "hanse-retrofit" → "Hanse-Retrofit". */
const named = nameCased;

/** Letters that start or end a word of the draft's languages, around its first and last vowel. */
const ONSET =
  /^(?:[bcdfgkpt][lr]|[cs]h|ph|th|wh|wr|sc|sk|sl|sm|sn|sp|st|sw|tw|qu|kn|gn|pf|ts|tz|sch|schl|schw|str|spr|scr|spl|thr|chr)$/u;
const CODA = /^[lmnrs]?(?:ck|ch|sh|th|ng|nk|gh|[bcdfgklmnprstvxz])?[hst]?$/u;

/** Short forms read as the words they stand for, capitalised as those are: "hlth", "mgmt", "svcs", "intl". */
const SHORT_FORM =
  /^(?:hlth|mgmt|svcs?|intl|mfg|bldgs?|natl|assn|grp|corp|dept|mktg|govt|ctrs?|bros|dist|ins|inc|ltd)$/u;

/**
 * A firm with a short word in it that the lexicon does not know and no word of the languages could be — no vowel, or
 * letters no word starts or ends with ("summit hvac", "sncf fret", "bbva empresas", "edp comercial"): most likely its
 * letters, to be written in capitals, which only the rep knows. Half of such a firm capitalised ("Summit Hvac") reads
 * worse than all of it as typed; "Sol", "Acme", "Paws", "Hlth" read as words.
 */
function withLetters(firm: string): boolean {
  const vowel = /[aeiouywàáâãäéèêëíìîïóòôõöúùûü]/u;
  return firm.split(/\s+/u).some((w) => {
    if (!/^\p{Ll}{3,4}$/u.test(w) || JOINS.has(w) || SHORT_FORM.test(w) || lexiconTags(w).length > 0) return false;
    const letters = [...w];
    const first = letters.findIndex((c) => vowel.test(c));
    if (first < 0) return true;
    const last = letters.length - 1 - [...letters].reverse().findIndex((c) => vowel.test(c));
    const head = letters.slice(0, first).join('');
    const tail = letters.slice(last + 1).join('');
    return (head.length > 1 && !ONSET.test(head)) || (tail.length > 1 && !CODA.test(tail));
  });
}

/** The words of a firm's name written as a name is, the words that join them left in lower case. */
function firmNamed(firm: string): string {
  return (
    firm
      .split(/\s+/u)
      // A short word after the name's first may be a country's or a kind of firm's letters ("herdwise nz"): as typed.
      .map((w, i) => (i > 0 && (JOINS.has(w) || w.length <= 2) ? w : named(w)))
      .join(' ')
  );
}

/** A word the English lexicon does not know, or knows only as a name or a place: "ledgerline", "carolina", "rotalink". */
function proper(word: string): boolean {
  const tags = lexiconTags(word.replace(/['’]s$/u, ''));
  return tags.every((t) =>
    /^(?:MaleName|FemaleName|FirstName|LastName|City|Country|Region|Place|ProperNoun)$/u.test(t),
  );
}

/**
 * A run of lower-case words at the start of `rest` that names a firm: up to four, none a word that ends a name or
 * starts a description, at least one that only a name has, and after it a comma, a bracket, a dash, a full stop, the
 * end or a word that ends it. Any word typed with a capital means the rep spelled the name themselves: left as typed.
 */
function firmAt(rest: string, withRoles = false): string {
  // The shortest run that ends where a name ends.
  const words = rest.split(/\s+/u);
  for (let n = 1; n <= Math.min(4, words.length); n++) {
    const run = words.slice(0, n);
    const last = run[n - 1] ?? '';
    const bare = last.replace(/[,;:.)]+$/u, '');
    const ended = bare !== last || n === words.length || /^(?:[-–—(]|\()/u.test(words[n] ?? '');
    const candidate = [...run.slice(0, -1), bare];
    if (
      candidate.some((w) => !new RegExp(`^${WORD}$`, 'u').test(w) || CLITIC.test(w) || (STOP.has(w) && !JOINS.has(w)))
    )
      return '';
    if (JOINS.has(candidate[0] ?? '') || JOINS.has(bare)) {
      if (ended) return '';
      continue;
    }
    if (!withRoles && candidate.some((w) => ROLE.test(w))) return '';
    const next = (words[n] ?? '').toLowerCase();
    if (ended || CLITIC.test(next) || (STOP.has(next) && !JOINS.has(next))) {
      const firm = candidate.join(' ');
      return candidate.some(proper) && !/^\p{Ll}{1,3}$/u.test(firm) ? firm : '';
    }
  }
  return '';
}

/** The rep's own name where their who-I-am starts: "brooke", "priya raman", "ich bin timo brandl". */
function ownName(lang: Lang, who: string): { name: string; rest: string } | undefined {
  const m =
    /^((?:i['’]?m|i am|my name is|this is|it['’]?s|ich bin|hier ist|je suis|je m['’]appelle|moi c['’]est|soy|me llamo|sou|eu sou|aqui é|aqui e)\s+(?:(?:o|a)\s+)?)?(\p{Ll}[\p{Ll}'’-]+)(?:\s+(\p{Ll}[\p{Ll}'’-]+))?(?=(\s*(?:[,(@/]|[-–—]\s|$)|\s+(\S+)))/iu.exec(
      who,
    );
  if (!m) return undefined;
  const [whole = '', lead = '', first = '', typedSecond] = m;
  const second = typedSecond !== undefined && /^\p{Ll}/u.test(typedSecond) ? typedSecond : undefined;
  const bare = first.normalize('NFD').replace(/\p{M}/gu, '');
  const isName = looksLikeFirstName(bare) || (lexiconTags(bare).length === 0 && nameInAnyCase(bare));
  // The pattern reads its lead-in in any case, and with it any letter as lower case: a name typed with its capital is
  // no concern here.
  if (!/^\p{Ll}/u.test(first)) return undefined;
  if (
    !isName ||
    ROLE.test(first) ||
    PRONOUN[lang].test(first) ||
    (STOP.has(first) && !looksLikeFirstName(bare)) ||
    /^(?:hi|hey|hello|hoi|hallo|moin|servus|salut|hola|oi|olá|ola)$/u.test(first)
  )
    return undefined;
  const afterFirst = who.slice(lead.length + first.length);
  const nameEnds = /^\s*(?:[,(@/]|[-–—]\s|$|\s+w\/\s|\s+(?:at|with|from|bei|von|chez|de|da|do|na|no|en)\s)/u;
  const tags = second === undefined ? [] : lexiconTags(second);
  // The next word is a surname when the lexicon knows it as nothing but one, and a name's end comes after it.
  const surname =
    second !== undefined &&
    !ROLE.test(second) &&
    !STOP.has(second) &&
    second.length >= 2 &&
    (tags.every((t) => t === 'LastName') || ownSurnameWord(second, tags, looksLikeFirstName(bare))) &&
    nameEnds.test(who.slice(whole.length)) &&
    // Two words the lexicon does not know before "at" may be what the rep does ("payroll compliance @ Paystream"); a
    // name stands before a comma or a dash as well: "priya raman, sdr at …".
    (looksLikeFirstName(bare) || /^\s*(?:,|[-–—]\s|$)/u.test(who.slice(whole.length)));
  if (surname) return { name: `${first} ${second}`, rest: who.slice(whole.length) };
  // A first name alone needs a name's end after it too: "brooke, …", "priya @ …"; one the lexicon does not know, the
  // word that says whose the rep is: "rafa da rotalink".
  if (!nameEnds.test(afterFirst)) return undefined;
  if (
    !looksLikeFirstName(bare) &&
    !/^\s*(?:@|w\/\s|(?:at|with|from|bei|von|chez|de|da|do|na|no|en)\s)/u.test(afterFirst) &&
    !signedBeforeFirm(lang, who, bare, lead, afterFirst)
  )
    return undefined;
  return { name: first, rest: afterFirst };
}

/**
 * The word after the rep's first name in lower case is their surname, where a name's end follows it, when the lexicon
 * knows it only as a name ("hannah doyle", "priya james", "sam mason"), or only as a thing that a surname also is
 * after a first name the lexicon knows ("trevor baker", "trevor hill"; not "sunvault energy"): the rep writes their own name, not "a trevor baker". What the rep is or does ("trevor
 * plumber", "trevor roofing", "hannah sales", "trevor here") stays.
 */
function ownSurnameWord(second: string, tags: readonly string[], firstName: boolean): boolean {
  if (tags.length === 0 || STOP.has(second) || ROLE.test(second) || NOT_A_FIRM_WORD.test(second)) return false;
  if (tags.every((t) => /^(?:MaleName|FemaleName|FirstName|LastName|Person)$/u.test(t))) return true;
  // A thing's word is a surname only after a first name the lexicon knows: "sunvault energy" is a firm.
  return firstName && tags.every((t) => t === 'Noun' || t === 'Singular') && !/(?:ing|ist|ant)$/u.test(second);
}

/**
 * English: the rep speaking of themselves by their first name in the third person, "trevor runs sales at acme",
 * "hannah looks after the north west", "trevor is the sales lead at acme": said as the rep ("I'm trevor, and I run
 * sales at acme", "I'm trevor, the sales lead at acme"), never "I'm in trevor runs sales". The name must be one the
 * lexicon knows as nothing but a first name, and the word after it a verb in the present ("trevor sales at acme",
 * "hannah rotaline" stay).
 */
export function ownNameLeading(who: string): string {
  const m = /^(\p{Ll}[\p{Ll}'’-]+)\s+(\p{Ll}+)(?=\s+\p{L}|\s*$)/u.exec(who);
  if (!m) return who;
  const [whole = '', first = '', verb = ''] = m;
  if (!looksLikeFirstName(first) || !nameInAnyCase(first) || STOP.has(first) || ROLE.test(first)) return who;
  const rest = who.slice(whole.length);
  if (verb === 'is') return `I'm ${first},${rest}`;
  // "trevor plumber", "trevor sales at acme", "trevor roofing": what the rep is or does after their name, with no word
  // between; said after a comma, as "trevor, sales at acme" is ("I'm Trevor, sales at Acme", not "I'm in trevor sales").
  const tags = lexiconTags(verb);
  if ((ROLE.test(verb) && !STOP.has(verb)) || tags.includes('Actor') || tags.includes('Gerund'))
    return `${first}, ${verb}${rest}`;
  if (ROLE.test(verb) || STOP.has(verb) || !/[^s]s$/u.test(verb) || !readsAsVerb(verb)) return who;
  const base =
    verb === 'has'
      ? 'have'
      : verb === 'does'
        ? 'do'
        : /[^aeiou]ies$/u.test(verb)
          ? verb.replace(/ies$/u, 'y')
          : /(?:sh|ch|ss|x|o)es$/u.test(verb)
            ? verb.replace(/es$/u, '')
            : verb.replace(/s$/u, '');
  return `I'm ${first}, and I ${base}${rest}`;
}

/** Words after a first name that say what the rep is or does, not whom they work for: "trevor hvac guy", "trevor again". */
const NOT_A_FIRM_WORD =
  /^(?:guy|gal|girl|person|man|woman|lady|dude|again|back|myself|team|side|bit|quick|intro|van|von|der|den|de|la|le|del|da|di|du|st|mc|bin|al|el)$/u;

/**
 * English: the rep's first name in lower case, then with no word between two to four words up to a comma, a bracket, a
 * dash or the end ("trevor desert air mechanical, comercial hvac", "trevor desert air"): the firm, said with "from", so
 * the draft reads "I'm Trevor from Desert Air Mechanical", not "I'm trevor desert air mechanical". The words must not
 * read as more of a name (none a name the lexicon knows, not all unknown to it: "priya raman sharma"), a title, a
 * pronoun or a word of grammar ("trevor sales lead", "trevor here", "hannah doyle"), nor start with a verb.
 */
export function fromAfterOwnName(who: string): string {
  const m = /^(\p{Ll}[\p{Ll}'’-]+)((?:\s+\p{Ll}[\p{Ll}&'’-]*){2,4})(?=\s*(?:[,(;]|[-–—]\s|\.(?:\s|$)|$))/u.exec(who);
  if (!m) return who;
  const [, first = '', run = ''] = m;
  if (!looksLikeFirstName(first) || !nameInAnyCase(first) || ROLE.test(first) || STOP.has(first)) return who;
  const words = run.trim().split(/\s+/u);
  const tags = words.map((w) => lexiconTags(w));
  if (
    words.some((w, i) => {
      const t = tags[i] ?? [];
      return (
        STOP.has(w) ||
        ROLE.test(w) ||
        PRONOUN.en.test(w) ||
        NOT_A_FIRM_WORD.test(w) ||
        looksLikeFirstName(w) ||
        t.some((tag) => /Name$/u.test(tag))
      );
    }) ||
    // "trevor runs sales", "trevor covering phoenix": what the rep does.
    (tags[0] ?? []).some((tag) => /^(?:PresentTense|PastTense|Gerund|Adverb|Preposition|Conjunction)$/u.test(tag)) ||
    tags.every((t) => t.length === 0)
  )
    return who;
  return `${first} from ${run.trim()}${who.slice(m[0].length)}`;
}

/**
 * Whether a word the lexicon does not know, opening the who-I-am before a comma, is the rep's name because what follows
 * the comma says whose they are, as a signature has it:
 * - in the other languages, whose common words the lexicon does not know, the rep's firm straight after the comma
 *   ("facundo, heladalert"; not "logística, …": a firm must follow; nor "lavéo, vêtements de travail …", whose "de"
 *   names no firm of the rep's);
 * - with no lead-in, in any language, a title straight after the comma, or one more lone word the lexicon does not know
 *   (the firm) before the next comma ("rui, comercial na suberis", "rui, suberis, cortiça acústica"). A firm then what
 *   it does ("authwell, prior auth software", "tessor, vibration sensors") has a description after its comma, and stays
 *   as typed.
 */
function signedBeforeFirm(lang: Lang, who: string, bare: string, lead: string, afterFirst: string): boolean {
  if (!/^\s*,/u.test(afterFirst)) return false;
  if (lang !== 'en' && lexiconTags(bare).length === 0) {
    const firm = ownFirm(lang, who, afterFirst);
    if (
      firm !== '' &&
      afterFirst
        .replace(/^\s*,\s*/u, '')
        .toLowerCase()
        .startsWith(firm.toLowerCase())
    )
      return true;
  }
  if (lead !== '') return false;
  const m = /^\s*,\s*(\p{Ll}[\p{Ll}'’-]*)(\s*,)?/u.exec(afterFirst);
  if (!m) return false;
  const next = m[1] ?? '';
  if (ROLE.test(next)) return true;
  return m[2] !== undefined && next.length >= 3 && !STOP.has(next) && lexiconTags(next).length === 0;
}

/** The rep's firm as their who-I-am names it in lower case: "at carolina summit roofing", "lucia navarro, agrotraza". */
function ownFirm(lang: Lang, who: string, rest: string | undefined): string {
  const sentence = who.split(/\.(?:\s|$)/u)[0] ?? who;
  const at = new RegExp(String.raw`(?<![\p{L}])${AFFILIATION[lang]}\s*(?<=\s|@)(?=\p{Ll})`, 'giu');
  const lone = lang === 'en' ? at : new RegExp(String.raw`(?<![\p{L}])${AFFILIATION[lang]}\s+(?=\p{Ll})`, 'giu');
  for (const m of sentence.matchAll(lone)) {
    const before = sentence.slice(0, m.index ?? 0).trim();
    // "de", "da", "en", "with", "from" say whose only after the rep's name or a title: "rafa da rotalink", "comercial en
    // agrotraza", "priya from ledgerline" (not "helping small nonprofits with grants").
    // "at" and "@" say it in the first clause, the one after the rep's name, or after a title ("priya raman, sdr at
    // ledgerline"; not "…, which listens to the visit so physicians aren't charting at night").
    const last = (before.split(/\s+/u).pop() ?? '').toLowerCase();
    const afterNameOrTitle = (rest !== undefined && before.split(/[,\s]+/u).length <= 2) || ROLE.test(last);
    if (lang === 'en' ? /^(?:with|w\/|from)$/iu.test(m[0].trim()) : lang !== 'de' && m[0].trim() !== 'chez') {
      if (!afterNameOrTitle) continue;
    } else if (lang === 'en' && before.includes(',') && !afterNameOrTitle) {
      // The clause straight after the rep's name says what they do and where: "im ella, run partnerships at gatherly".
      if (rest === undefined || before.split(',').length > 2) continue;
    }
    const firm = firmAt(sentence.slice((m.index ?? 0) + m[0].length).replace(/^\s+/u, ''));
    if (firm) return firm;
  }
  if (rest === undefined) return '';
  // "brooke callahan, carolina summit roofing (…)", "rafael nogueira - rotalink, …": straight after the name, or after
  // a title after it ("brooke - inside sales, carolina summit roofing").
  const segments = rest
    .replace(/^\s*(?:[,(/]|[-–—])\s*/u, '')
    .split(/\s*(?:[,;()/]|\s[-–—]\s)\s*/u)
    .map((s) => s.replace(/\.\s.*$/u, '').trim());
  for (const [i, segment] of segments.slice(0, 2).entries()) {
    const words = segment.split(/\s+/u);
    const roles = words.filter((w) => ROLE.test(w.toLowerCase()) || /^d['’]affaires$/u.test(w)).length;
    if (roles === 0) {
      const firm = firmAt(segment);
      return firm === segment.replace(/\.$/u, '') && firmAlone(lang, firm) ? firm : '';
    }
    // A title, then the firm with no word between: "inside sales carolina summit roofing", "chargee d'affaires bureaux
    // volants". Spanish and Portuguese have theirs read with the word put between (roleAtLowerFirm: "comercial en
    // Slotea").
    const title = words.findIndex((w, j) => j >= roles && !ROLE.test(w.toLowerCase()) && !/^d['’]affaires$/u.test(w));
    if (
      lang !== 'es' &&
      lang !== 'pt' &&
      title > 0 &&
      words.slice(0, title).every((w) => ROLE.test(w.toLowerCase()) || /^d['’]affaires$/u.test(w))
    ) {
      const tail = words.slice(title).join(' ');
      const firm = firmAt(tail);
      if (firm && firm === tail.replace(/\.$/u, '') && firmAlone(lang, firm)) return firm;
    }
    if (i === 0 && roles === words.length) continue;
    break;
  }
  return '';
}

/**
 * A firm's name standing alone after a name or a title, with no word before it to say it is one: a word only a name
 * has first, and no word English knows as saying what something is like or does ("prior auth software", "industrial
 * broker", "freelance grant writer"). In the other languages, whose common words the lexicon does not know, one word
 * ("agrotraza", "rotalink") or words none of which joins others ("bureaux volants"; not "ventas corrugados la silla").
 */
function firmAlone(lang: Lang, firm: string): boolean {
  const words = firm.split(/\s+/u);
  if (!proper(words[0] ?? '')) return false;
  if (
    words.some((w) =>
      lexiconTags(w).some((t) =>
        /^(?:Adjective|Comparative|Superlative|Actor|Adverb|Infinitive|PastTense|PresentTense|Verb|Preposition|Determiner|Conjunction|Pronoun|Abbreviation)$/u.test(
          t,
        ),
      ),
    )
  )
    return false;
  return lang === 'en' || words.length === 1 || !words.some((w) => JOINS.has(w));
}

/**
 * The surname after a colleague's first name: the next word in lower case, not one that ends a name, joins a firm's
 * words, says what someone does or is a pronoun, and that the lexicon knows as nothing or only as a surname ("tess
 * osei", "florian mayr", "rosa martín"). The lexicon knows English verbs ("tess worked"); in the other languages a word
 * it does not know is a surname only where a name ends after it, or, in Spanish and Portuguese, where it does not end
 * as a verb in the past does ("rosa martín trabajó"; not "inês conheceu-a", "ana trabalhou").
 */
function surnameAfter(lang: Lang, after: string): string {
  const m = /^\s+(\p{Ll}[\p{Ll}'’]+)(?=(\s*(?:[,;.()]|[-–—]\s|$)|\s))/u.exec(after);
  const word = m?.[1] ?? '';
  if (!m || STOP.has(word) || JOINS.has(word) || ROLE.test(word) || PRONOUN[lang].test(word) || CLITIC.test(word))
    return '';
  const tags = lexiconTags(word);
  if (tags.length > 0) return tags.every((t) => t === 'LastName') ? word : '';
  if (lang === 'en' || m[2]?.trim()) return word;
  if (
    (lang === 'es' || lang === 'pt') &&
    !/(?:ó|ou|eu|iu|ava|aba|ía|ado|ada|ido|ida|ando|endo|indo|ar|er|ir)$/u.test(word)
  )
    return word;
  return '';
}

/**
 * French: the word after a first name, closed by "qui" as the cleft "c'est … qui" closes a name ("c'est marc dubreuil
 * qui m'a donné son nom"), is the surname, when the lexicon does not know it as anything else.
 */
function frSurnameBeforeQui(after: string): string {
  const m = /^\s+(\p{Ll}[\p{Ll}'’-]+)\s+qui(?![\p{L}])/u.exec(after);
  const word = m?.[1] ?? '';
  if (
    !m ||
    STOP.has(word) ||
    JOINS.has(word) ||
    ROLE.test(word) ||
    PRONOUN.fr.test(word) ||
    CLITIC.test(word) ||
    /^(?:aussi|encore|même|\p{Ll}+-même|déjà|toujours|surtout|justement|donc|alors|ici|là)$/u.test(word)
  )
    return '';
  const tags = lexiconTags(word);
  return tags.every((t) => t === 'LastName') ? word : '';
}

/**
 * A first name typed in lower case leading a report (in Spanish and Portuguese): "pepa dice q …", "o tiago disse q …", "o
 * tiago da transrio indicou", "meu colega fabio atendeu …", so that the report reads as told by someone ("O Tiago me
 * disse que …"). Spanish puts no article before a subject's bare name;
 * Portuguese does ("o Tiago"), and puts one before a role too: "o gerente disse", "a cliente comentou" stay as typed,
 * as do the pronouns ("alguém me disse", "ele falou").
 */
const REPORTER_SAYS =
  'dice|dijo|cuenta|contó|conto|comenta|comentó|comento|habló|hablo|disse|diz|falou|fala|contou|conta|comentou|comenta|mencionou';
const REPORTER_REFERS = 'recomendó|recomendo|pasó|paso|indicó|indico|indicou|recomendou|passou';
const REPORTER_VERB = String.raw`(?:(?:me|nos|lhe)\s+(?:(?:lo|la|le)\s+)?(?:${REPORTER_SAYS}|${REPORTER_REFERS})|(?:${REPORTER_SAYS})\s+(?:que|q)|(?:recomendó|recomendo|indicó|indico|indicou|recomendou))(?![\p{L}])`;
const REPORTER_LED: Partial<Record<Lang, RegExp>> = {
  es: new RegExp(String.raw`^(\p{Ll}{3,})(?=\s+(?:(?:de|del)\s+[^,.;]{1,40}?\s+)?${REPORTER_VERB})`, 'u'),
  pt: new RegExp(
    String.raw`^(?:o|a)\s+(\p{Ll}{3,})(?=\s+(?:(?:da|do|de)\s+[^,.;]{1,40}?\s+)?${REPORTER_VERB})|(?<![\p{L}])(?:meu|minha|nosso|nossa)\s+(?:colega|amigo|amiga|sócio|sócia|chefe)\s+(\p{Ll}{3,})(?=\s+\p{Ll}+(?:ou|eu|iu)(?![\p{L}])|\s*[,.;(]|\s+(?:da|do|de)\s|$)`,
    'u',
  ),
};
const REPORTER_NOT_A_NAME =
  /^(?:alguien|nadie|alguno|alguna|todos|todas|usted|ella|ellos|ellas|ese|esa|este|esta|eso|esto|uno|una|gente|cliente|clientes|jefe|jefa|gerente|director|directora|dueño|dueña|socio|socia|colega|compañero|compañera|alguém|ninguém|você|ele|ela|eles|elas|isso|isto|pessoal|gerente|diretor|diretora|dono|dona|sócio|sócia|chefe|comprador|compradora|responsável|coordenador|coordenadora|supervisor|supervisora|motorista|vendedor|vendedora|consultor|consultora|representante|mercado|site|time|setor|cara|moça|moço|mesmo|mesma|próprio|própria|empresa|pessoa|banco|jornal|post|evento|painel|relatório|artigo|linkedin|rh|ti|financeiro|comercial|aqui|ali|que|também|tambem)$/iu;
function reportersLeading(lang: Lang, answers: readonly string[]): string[] {
  const re = REPORTER_LED[lang];
  if (!re) return [];
  const names: string[] = [];
  for (const answer of answers) {
    const m = re.exec(answer.trim());
    const name = m?.[1] ?? m?.[2];
    if (name && !REPORTER_NOT_A_NAME.test(name)) names.push(name);
  }
  return names;
}

/**
 * The words that put a referrer first in a sentence of its own, as the one who did it: "c'est marc-andré … qui m'a dit",
 * "it was raj who …", "fue javier … quien", "foi o tiago … que".
 */
function clefted(before: string): boolean {
  return /(?:^|[,.;:(]\s*)(?:c['’]est|c['’]était|it was|it['’]s|fue|foi)\s+(?:(?:o|a)\s+)?$/iu.test(before);
}

/**
 * A referrer's town hall after its article: "marc-andré de la ville de victo" (the Ville de Victo), "raj from the city
 * of leeds", "javier del ayuntamiento de écija": the town is a name, and so is the body named by it. Another firm after
 * an article is a common noun as often as a name ("dana from the curriculum office"): as typed.
 */
function firmAfterArticle(after: string): string {
  const m =
    /^(?:the|la|le|l['’]|el|a|o|die|der)\s*(?<=\s|['’])(?=(?:city|town|ville|municipalité|mairie|commune|ciudad|municipalidad|ayuntamiento|alcaldía|cidade|câmara|prefeitura|stadt|gemeinde)\s+(?:(?:of|de|do|da|del)\s+)?\p{Ll})/u.exec(
      after,
    );
  // A relative pronoun ends the firm: "… del ayuntamiento de écija quien me pasó …".
  return m ? firmAt(after.slice(m[0].length).replace(/\s(?:quien|quienes|quem)\s[\s\S]*$/u, '')) : '';
}

/**
 * A referrer named on their own or with where they work, leading the answer or a clause (or a cleft: "c'est marc-andré
 * qui m'a dit", "fue javier de la cooperativa quien me pasó"), then what they did for the rep: "raj (our accountant, he also does the books …) mentioned him", "gemma put us in touch". A first
 * name the lexicon knows is a person by the verb; a word it does not know only where an aside says who the person is
 * ("our accountant", "he …", "a friend"): "hubspot (our crm) suggested you" stays.
 */
const REFERRED: Record<Lang, string> = {
  en: String.raw`(?:mentioned|suggested|recommended|referred|introduced|told|said|says|put\s+(?:us|me)\s+in\s+touch|gave\s+me|passed|pointed\s+me|connected\s+(?:us|me))`,
  fr: String.raw`(?:(?:qui\s+)?(?:m['’]a|nous\s+a)\s+(?:dit|parlé|suggéré|recommandé|conseillé|donné|refilé|passé|présenté|mis)|(?:qui\s+)?m['’]a\s+(?:\p{Ll}+\s+)?(?:dit|parlé))`,
  es: String.raw`(?:(?:quien|que)\s+)?(?:me|nos)\s+(?:dijo|pasó|paso|recomendó|recomendo|habló|hablo|comentó|comento|contó|conto|presentó|presento)`,
  pt: String.raw`(?:(?:que|quem)\s+)?(?:me\s+|nos\s+)?(?:indicou|recomendou|disse|falou|passou|apresentou)`,
  de: String.raw`(?:hat\s+(?:mir|uns)|meinte|sagte|empfahl)`,
};
function referrersNamedAlone(lang: Lang, texts: readonly string[]): string[] {
  const out: string[] = [];
  const re = new RegExp(
    String.raw`(?<![\p{L}'’-])(\p{Ll}[\p{Ll}'’-]+)(?:\s+${AFFILIATION[lang]}\s+[^,.;()]{1,40}?)?(\s*\(([^()]{2,120})\)|\s*,\s*([^,.;()]{2,60}),)?\s+${REFERRED[lang]}(?![\p{L}])`,
    'gu',
  );
  for (const text of texts)
    for (const m of text.matchAll(re)) {
      const [, name = '', , bracketed, commaed] = m;
      const before = text.slice(0, m.index ?? 0);
      if (
        !clefted(before) &&
        // Portuguese and Spanish put an article before a name: "e a marta … me indicou".
        !/(?:^|[,.;:(]\s*|(?<![\p{L}])(?:by|via|through|thanks to|and|et|y|e|und)\s+)(?:(?:o|a|el|la)\s+)?$/iu.test(
          before,
        )
      )
        continue;
      if (STOP.has(name) || ROLE.test(name) || PRONOUN[lang].test(name) || CLITIC.test(name)) continue;
      const bare = name.normalize('NFD').replace(/\p{M}/gu, '');
      const aside = (bracketed ?? commaed ?? '').trim().toLowerCase();
      const person =
        looksLikeFirstName(bare) && nameInAnyCase(name)
          ? true
          : lexiconTags(bare).length === 0 &&
            !withLetters(name) &&
            (/(?<![\p{L}])(?:he|she|him|her|his|who|il|elle|qui|él|ella|ele|ela|er|sie)(?![\p{L}])/u.test(aside) ||
              /^(?:our|my|a|an|the|notre|mon|ma|nuestro|nuestra|mi|nosso|nossa|meu|minha|unser|unsere|mein|meine)\s+(?:\p{Ll}+\s+){0,2}?(\p{Ll}+)/u
                .exec(aside)
                ?.slice(1)
                .some((w) => lexiconTags(w ?? '').includes('Actor')) === true);
      if (person) out.push(name);
    }
  return out;
}

/** Referrers named with their firm: "rick alvarez at belmont property group", "herr wichmann von der meyer zerspanung". */
function referrers(lang: Lang, texts: readonly string[]): string[] {
  const out: string[] = [];
  const re = new RegExp(
    String.raw`(?<![\p{L}'’])(?!(?:c['’]est|c['’]était|it|was|fue|foi)\s)((?:(?:herr|frau|monsieur|madame|mme|don|doña|dona|seu)\s+)?)(\p{Ll}[\p{Ll}'’-]+)(?:\s+(\p{Ll}[\p{Ll}'’-]+))?\s*,?\s+${AFFILIATION[lang]}\s+(?=\p{Ll})`,
    'giu',
  );
  for (const text of texts)
    for (const m of text.matchAll(re)) {
      const [whole = '', title = '', first = '', second] = m;
      if (STOP.has(first) || ROLE.test(first) || PRONOUN[lang].test(first) || !/^\p{Ll}/u.test(first)) continue;
      if (second !== undefined && !/^\p{Ll}/u.test(second)) continue;
      const bare = first.normalize('NFD').replace(/\p{M}/gu, '');
      const titled = title.trim() !== '';
      // A referrer leads what is said of them: the answer, a clause, or a word that says through whom ("via", "per",
      // "laut", "d'après", "o tiago …"); after other words the name is a common noun ("a conta de luz da adega").
      const before = text.slice(0, m.index ?? 0);
      const article = /(?:^|[,.;:(]\s*)(?:o|a|el|la|le)\s+$/iu.test(before);
      if (
        !article &&
        !clefted(before) &&
        !/(?:^|[,.;:(]\s*|(?<![\p{L}])(?:by|via|per|through|thanks to|from|laut|según|segun|segundo|selon|d['’]après|por|par|pelo|pela)\s+)$/iu.test(
          before,
        )
      )
        continue;
      const isName = titled
        ? lexiconTags(bare).every((t) => /Name$/u.test(t))
        : looksLikeFirstName(bare) ||
          // A word the lexicon does not know is a name after the article Portuguese and Spanish put before one: "o tiago
          // da transrio indicou".
          (lexiconTags(bare).length === 0 && second === undefined && article);
      if (!isName) continue;
      const after = text.slice((m.index ?? 0) + whole.length);
      const firm = firmAt(after) || firmAfterArticle(after);
      // A word the lexicon does not know, after an article, is a person only as the one who referred the rep: "o tiago da
      // transrio indicou" (not "a equipa de manutenção anda a …").
      if (
        !titled &&
        !looksLikeFirstName(bare) &&
        !new RegExp(
          String.raw`^${firm.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\s+(?:(?:me|nos|lhe|le)\s+)?(?:(?:lo|la)\s+)?(?:indicou|recomendou|passou|disse|falou|contou|comentou|mencionou|indicó|indico|recomendó|recomendo|pasó|paso|dijo|contó|conto|comentó|comento)(?![\p{L}])`,
          'u',
        ).test(after)
      )
        continue;
      const surname =
        second !== undefined &&
        !STOP.has(second) &&
        !ROLE.test(second) &&
        lexiconTags(second).every((t) => t === 'LastName');
      if (!firm) continue;
      if (titled) out.push(`${title.trim()} ${first}`);
      if (second !== undefined && surname) out.push(`${first} ${second}`);
      else if (second === undefined) out.push(first);
      else continue;
      if (!withLetters(firm)) out.push(firm);
    }
  return out;
}

/**
 * Who-I-am opening with the rep's name in lower case ("timo brandl, vertrieb …", "ich bin timo, …"): the words before
 * the first comma, two at most, are a name or a noun, both capitalised in German; a word of grammar, an adjective
 * ("neu bei …") or a greeting ("hoi, reto vo …") stays.
 */
function deOwnNameCased(who: string): string {
  return deRoleThenFirmCased(who).replace(
    /^((?:ich bin|hier ist|bin)\s+)?(\p{Ll}[\p{L}-]+)(?:\s+(\p{Ll}[\p{L}-]+))?(?=\s*,)/u,
    (m, lead: string | undefined, first: string, second: string | undefined) => {
      const words = [first, second].filter((w): w is string => w !== undefined);
      if (
        words.some(
          (w) =>
            DE_GRAMMAR.has(w) ||
            /(?:ig|lich|isch|bar)$|^(?:neu|seit|bin|hier|hoi|hallo|hi|hey|moin|servus|grüezi|gruezi|salü|salue)$/u.test(
              w,
            ),
        )
      )
        return m;
      return `${lead ?? ''}${words.map(nameCased).join(' ')}`;
    },
  );
}

/**
 * "…, vertrieb hanse retrofit technik (bremen)": a sales role, then with no "bei" the firm, up to a comma, a bracket or
 * the end, three words at most, and the town in brackets after it: the role is a noun and the firm and the town names,
 * all capitalised. Only after a role the list knows: "…, cnc retrofit / steuerungen" names no firm.
 */
function deRoleThenFirmCased(who: string): string {
  return who.replace(
    /(,\s+)(vertrieb|vertriebler|vertrieblerin|außendienst|aussendienst|innendienst|sales|geschäftsführer|geschaeftsfuehrer|geschäftsführerin|inhaber|inhaberin|gründer|gruender|gründerin)\s+((?:\p{L}[\p{L}&.-]*\s+){0,2}\p{L}[\p{L}&.-]*)(?=\s*(?:[,(]|$))(?:(\s*\()(\p{Ll}[\p{L}-]+)(?=\)))?/u,
    (m, comma: string, role: string, firm: string, open?: string, town?: string) =>
      firm.split(/\s+/u).some((w) => DE_GRAMMAR.has(w) && !/^(?:und|&)$/u.test(w))
        ? m
        : `${comma}${nameCased(role)} ${firm.split(/\s+/u).map(nameCased).join(' ')}${open && town ? `${open}${nameCased(town)}` : ''}`,
  );
}

/** Words that say what kind of body a name is, common nouns on their own: "Ville de Victo", "Oakfield Care Group". */
const KIND_OF_BODY =
  /^(?:ville|city|town|cidade|ciudad|stadt|gemeinde|mairie|commune|municipalité|municipalidad|ayuntamiento|câmara|camara|prefeitura|groupe|grupo|gruppe|group|société|sociedad|sociedade|compagnie|compañía|companhia|entreprise|empresa|firma|cabinet|clinique|clínica|clinica|hôpital|hospital|école|escuela|escola|université|universidad|universidade|banque|banco|caisse|coopérative|cooperativa|services|servicios|serviços|solutions|soluciones|soluções|conseil|consultoria|construction|construcción|transportes|logistique|logística|hotel|hôtel|lodge|house|home|homes|care|centre|center|centro|studio|estudio|atelier|oficina|office)$/u;

/**
 * A name spelled once with its capitals is spelled so wherever the answers repeat it in lower case: a word of a name the
 * composer writes with capitals ("oakfield" after "gemma at oakfield lodge", "victo" after "de la ville de victo"), a
 * name the rep typed with a capital inside a sentence, and letters typed in capitals ("CQC" … "for cqc"). Only a word
 * no language's lexicon here knows as a common word, nor a word for the kind of body ("Lodge", "Ville"): "IT" leaves
 * "it", "Sage" leaves "sage", and German, which capitalises every noun, has only its letters read so.
 */
function spelledAlike(
  lang: Lang,
  typed: readonly string[],
  referring: readonly string[],
  firms: readonly string[],
  add: (lower: string, cased: string) => void,
): void {
  const all = typed.join(' \n ');
  const repeated = (word: string) =>
    new RegExp(
      String.raw`(?<![\p{L}\p{N}@./'’-])${word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\p{L}\p{N}@'’-]|\.\p{L})`,
      'u',
    ).test(all);
  const nameWord = (word: string) =>
    word.length >= 3 &&
    !STOP.has(word) &&
    !JOINS.has(word) &&
    !PRONOUN[lang].test(word) &&
    !KIND_OF_BODY.test(word) &&
    !(lang === 'de' && DE_GRAMMAR.has(word)) &&
    lexiconTags(word).every((t) =>
      /^(?:MaleName|FemaleName|FirstName|LastName|City|Country|Region|Place|ProperNoun)$/u.test(t),
    );
  // The word of a firm's name that is its own, before or after what the firm is ("Oakfield Lodge", "Ville de Victo").
  // Only where the firm's other words say what kind of body it is, so that the word alone is what people call it
  // ("Oakfield" of "Oakfield Lodge"; not "Paws" of "Paws North").
  const ownWord = (words: readonly string[]) => {
    const named = words.filter((w) => !JOINS.has(w.toLowerCase()) && !KIND_OF_BODY.test(w.toLowerCase()));
    return named.length === 1 ? (named[0] ?? '') : '';
  };
  // A firm the rep typed with its capitals where they say how they know the reader or why them, after the word that
  // says who is there ("gemma at Oakfield Lodge", "do Thiago da Construtora Pinhais").
  for (const text of referring)
    for (const m of text.matchAll(
      new RegExp(
        String.raw`(?<![\p{L}])${AFFILIATION[lang]}\s+(\p{Lu}\p{Ll}{2,}(?:\s+(?:(?:${[...JOINS].join('|')})\s+)?\p{Lu}\p{Ll}+)+)`,
        'gu',
      ),
    )) {
      const word = ownWord((m[1] ?? '').split(/\s+/u));
      const lower = word.toLowerCase();
      if (lexiconTags(lower).length === 0 && nameWord(lower) && repeated(lower)) add(lower, word);
    }
  // A referrer's firm the composer writes with capitals ("Oakfield" of "oakfield lodge", "Victo" of "ville de victo").
  for (const firm of firms) {
    const words = firm.split(/\s+/u);
    const word = ownWord(words);
    if (words.length >= 2 && nameWord(word) && repeated(word)) add(word, named(word));
  }
  for (const text of typed) {
    // Letters in capitals, anywhere: "CQC", "ÉTS".
    for (const [word] of text.matchAll(/(?<![\p{L}\p{N}@./'’-])\p{Lu}{2,6}(?![\p{L}\p{N}'’-])/gu)) {
      const lower = word.toLowerCase();
      if (lexiconTags(lower).length === 0 && nameWord(lower) && repeated(lower)) add(lower, word);
    }
  }
}

/**
 * The answers with the names typed in lower case written as names: the rep's own name and firm, a referrer's name and
 * firm, a colleague's first name ("my coworker dev", "mein kollege jens"), their own company as the prospect set spells
 * it, and a place only the lexicon knows as one ("in hannover", "puerto de valencia").
 */
export function namesTypedLower<T extends TypedAnswers>(
  lang: Lang,
  answers: T,
): { answers: T; finish: (text: string) => string } {
  const typed = [answers.whoIAm, answers.howKnown ?? '', answers.whyYou, answers.whatsInIt, answers.ask];
  const phrases = new Map<string, string>();
  const add = (lower: string, cased: string) => {
    if (lower && lower === lower.toLowerCase() && cased !== lower) phrases.set(lower, cased);
  };
  const who = lang === 'en' ? ownNameLeading(fromAfterOwnName(answers.whoIAm.trim())) : answers.whoIAm.trim();
  const own = ownName(lang, who);
  if (own) add(own.name, own.name.split(/\s+/u).map(named).join(' '));
  const firm = ownFirm(lang, who, own?.rest);
  if (firm && !withLetters(firm)) add(firm, firmNamed(firm));
  // A colleague's first name: "my coworker tess", "mein kollege jens", "ma collègue ines", "meu colega fabio".
  const colleagues = () => {
    for (const text of typed)
      for (const m of text.matchAll(COLLEAGUE)) {
        const name = m[1] ?? '';
        if (PRONOUN[lang].test(name) || !looksLikeFirstName(name) || !lexiconTags(name).every((t) => /Name$/u.test(t)))
          continue;
        const surname = surnameAfter(lang, text.slice((m.index ?? 0) + m[0].length));
        if (surname) add(`${name} ${surname}`, `${named(name)} ${named(surname)}`);
        else add(name, named(name));
      }
  };
  // The other languages read a colleague as a person from the name's capital ("er hat Jens erzählt"), and a reporter
  // too ("Pepa dice que …"): before composing.
  if (lang !== 'en') {
    colleagues();
    const reporters = reportersLeading(lang, [answers.howKnown ?? '', answers.whyYou]);
    for (const name of reporters) add(name, named(name));
    // Whoever told the rep, named in full where how-you-know says who: "me pasa su contacto manolo reyes, que …",
    // "c'est marc dubreuil qui m'a donné son nom". The surname is theirs too ("Manolo Reyes", never "Manolo reyes"):
    // after a reporter's first name, or one the lexicon knows only as a first name.
    for (const m of (answers.howKnown ?? '').matchAll(/(?<![\p{L}\p{N}'’-])\p{Ll}{3,}(?![\p{L}\p{N}'’-])/gu)) {
      const first = m[0];
      const tags = lexiconTags(first);
      const isFirst =
        reporters.includes(first) || (tags.length > 0 && tags.every((t) => /^(?:Male|Female|First)Name$/u.test(t)));
      // A title is no first name ("don hernán"), nor a word another language writes as one ("charla en …").
      if (!isFirst || STOP.has(first) || PRONOUN[lang].test(first) || /^(?:don|doña|dona|seu|dom)$/u.test(first))
        continue;
      const rest = (answers.howKnown ?? '').slice((m.index ?? 0) + first.length);
      // The surname the lexicon knows as one ("reyes"), or one it does not know that a comma, a bracket or the end
      // closes; in French one that the cleft's "qui" closes.
      const after = surnameAfter(lang, rest);
      // A firm after the surname closes it as well: "luciana paredes de seguros altavista", "marc roy de chez tessier".
      const closed = /^\s+\p{Ll}[\p{Ll}'’]+(?:\s*(?:[,;.()]|$)|\s+(?:de|del|da|do|von|vom|bei|chez)\s+\p{L})/u.test(
        rest,
      );
      const surname =
        (after.length >= 3 && (lexiconTags(after).length > 0 || closed) ? after : '') ||
        (lang === 'fr' ? frSurnameBeforeQui(rest) : '');
      if (surname) {
        add(`${first} ${surname}`, `${named(first)} ${named(surname)}`);
        // Named in full once, the first name alone later is the same person: "… segun luciana".
        add(first, named(first));
      }
    }
  }
  // The rep's own name and firm are read as names before the draft is composed ("I'm Brooke at Carolina Summit
  // Roofing"); the others only once it is, so that a capital changes no more than the word it starts.
  const own_ = new Map(phrases);
  if (lang === 'en') colleagues();
  const pending = [
    ...referrers(lang, [answers.howKnown ?? '', answers.whyYou]),
    ...referrersNamedAlone(lang, [answers.howKnown ?? '']),
  ];
  for (const phrase of pending)
    add(
      phrase.toLowerCase(),
      firmNamed(phrase.toLowerCase()).replace(/^\p{Ll}/u, (c) => c.toUpperCase()),
    );
  // The prospect's company typed in lower case is theirs, spelled as they spell it: "… at granite ridge distribution",
  // "… at granite ridge". One word of it may be a common word of the answers' language ("frutas"): left as typed.
  const company = (answers.company ?? '').trim();
  const companyWords = company.split(/\s+/u);
  if (companyWords.length >= 2) add(company.toLowerCase(), company);
  if (
    companyWords.length >= 3 &&
    !ARTICLE.test(companyWords[0] ?? '') &&
    !JOINS.has((companyWords[1] ?? '').toLowerCase())
  )
    add(companyWords.slice(0, 2).join(' ').toLowerCase(), companyWords.slice(0, 2).join(' '));
  // Its first word alone, where the lexicon knows it as no word ("kestrel has an office downtown" to Kestrel Capital
  // Partners, "northshore peds" to Northshore Pediatric Partners); "granite" or "summit" alone may be a common word.
  const head = companyWords[0] ?? '';
  if (
    lang === 'en' &&
    companyWords.length >= 2 &&
    head.length >= 4 &&
    /^\p{Lu}\p{Ll}+$/u.test(head) &&
    !ARTICLE.test(head) &&
    lexiconTags(head.toLowerCase()).length === 0
  )
    add(head.toLowerCase(), head);
  // Places the lexicon knows as nothing else: "in hannover", "puerto de valencia".
  for (const text of typed)
    for (const m of text.matchAll(/(?<![\p{L}\p{N}@./-])\p{Ll}{4,}(?![\p{L}\p{N}@-]|\.\p{L})/gu)) {
      const tags = lexiconTags(m[0]);
      // A region or a landmark may be a common word of another language ("para", "seine"); a city or a country is not.
      const place = lang === 'en' ? /^(?:City|Country|Region|Place)$/u : /^(?:City|Country)$/u;
      // "an office downtown": a part of any town is no place's name.
      if (/^(?:downtown|uptown)$/u.test(m[0])) continue;
      if (tags.some((t) => place.test(t)) && tags.every((t) => place.test(t) || t === 'ProperNoun')) {
        // "north york", "new york": the word before goes with the place, never the place without it ("north York").
        const direction = DIRECTION.exec(text.slice(0, m.index ?? 0));
        const before = direction?.[1] ?? '';
        if (direction !== null && before === before.toLowerCase())
          add(`${before} ${m[0]}`, `${named(before)} ${named(m[0])}`);
        else add(m[0], named(m[0]));
      }
    }
  // A name the value repeats is read as one while the draft is composed, as if typed so ("Oakfield cut payroll prep …"
  // is a claim, not "an oakfield" to offer).
  const alike = new Map<string, string>();
  spelledAlike(lang, typed, [answers.howKnown ?? '', answers.whyYou], pending, (lower, spelled) => {
    add(lower, spelled);
    alike.set(lower, spelled);
  });
  // Spanish: the accents the composer gives a word typed without one ("logistica" → "logística") never reach their
  // company or a place: found with or without them, spelled as the company field spells it ("Logistica Dias", "Energia
  // Andina"), or as typed ("Asuncion"). The rep's own firm, typed in Spanish words, keeps them ("Granix Logística").
  const acute: Record<string, string> = { a: '[aá]', e: '[eé]', i: '[ií]', o: '[oó]', u: '[uú]' };
  const bare = (p: string) =>
    lang === 'es'
      ? p
          .normalize('NFD')
          .replace(/[\u0301]/gu, '')
          .normalize('NFC')
      : p;
  const recase = (words: ReadonlyMap<string, string>, asTyped: ReadonlyMap<string, string> = new Map()) => {
    if (words.size === 0) return (text: string) => text;
    const ordered = [...words.keys()].sort((a, b) => b.length - a.length);
    const byBare = new Map([...words].filter(([k]) => !asTyped.has(k)).map(([k, v]) => [bare(k), v]));
    const pattern = (p: string) => {
      const escaped = p.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
      return lang === 'es' ? escaped.replace(/[aeiou]/gu, (v) => acute[v] ?? v) : escaped;
    };
    const re = new RegExp(
      String.raw`(?<![\p{L}\p{N}@./'’-])(?:${ordered.map(pattern).join('|')})(?![\p{L}\p{N}@'’-]|\.\p{L})`,
      'giu',
    );
    // As typed, or with capitals only where words start (a sentence's start, "Mathieu garnier", a German noun the
    // composer capitalised: "meyer Zerspanung"): a word with a capital inside it ("ledgerLine") is spelled as the rep
    // spells it.
    return (text: string) =>
      text.replace(re, (m) => {
        const lower = m.toLowerCase();
        const startsOnly = m.split(/\s+/u).every((w) => w.slice(1) === w.slice(1).toLowerCase());
        return startsOnly ? (words.get(lower) ?? byBare.get(bare(lower)) ?? m) : m;
      });
  };
  const cased = recase(own_);
  return {
    answers: {
      ...answers,
      whoIAm:
        lang === 'de'
          ? deOwnNameCased(cased(answers.whoIAm))
          : cased(who === answers.whoIAm.trim() ? answers.whoIAm : who),
      ...(answers.howKnown !== undefined ? { howKnown: cased(answers.howKnown) } : {}),
      whyYou: cased(answers.whyYou),
      whatsInIt: recase(alike)(cased(answers.whatsInIt)),
      ask: cased(answers.ask),
    },
    finish: recase(phrases, own_),
  };
}
