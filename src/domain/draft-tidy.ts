// The rep's answers as typed in a hurry, tidied before any sentence is built from them: a greeting or
// a sign-off typed into an answer, "im", a whole answer in capitals, a left-over "[company]", a note
// to self in brackets ("(she was at Pinecrest till last yr)"), and a referrer written in lower case
// ("nadia said …"). Who else the answers name is read with compromise (people's names, in any case),
// so the composer knows that "she" after "Nadia said" may be Nadia. Pure.
import type nlpType from 'compromise';

let nlpLoaded: typeof nlpType | undefined;
// Loaded on the first draft, not at start-up: about 0.5 s and 40 MB that a worker never needs.
function nlp(text: string): ReturnType<typeof nlpType> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  nlpLoaded ??= require('compromise') as typeof nlpType;
  return nlpLoaded(text);
}

type Lexicon = Record<string, string | string[] | undefined>;
let lexicon: Lexicon | undefined;

/**
 * What compromise's own word list says a lowercase word is ("quick" → Adjective, "monday" → WeekDay,
 * "mara" → FemaleName), or nothing for a word it does not list ("kit", "hatchline"). Unlike tagging a
 * sentence, this never guesses from a word's shape, which takes a brand ("Retourly", "Pathwise") for
 * an adverb or a verb.
 */
export function lexiconTags(word: string): readonly string[] {
  if (!lexicon) {
    nlp('');
    const model = nlpLoaded?.model() as { one?: { lexicon?: Lexicon } } | undefined;
    lexicon = model?.one?.lexicon ?? {};
  }
  const tags = Object.hasOwn(lexicon, word) ? lexicon[word] : undefined;
  return tags === undefined ? [] : typeof tags === 'string' ? [tags] : tags;
}

/**
 * Whether a name may also be read in lower case ("kyle posted …"): the lexicon knows it only as a man's or a woman's
 * name, or not at all ("priya"). "will", "mark" or "grace", words as well as names, are read only as typed.
 */
export function nameInAnyCase(name: string): boolean {
  return lexiconTags(name.toLowerCase()).every((t) => t === 'MaleName' || t === 'FemaleName');
}

/** "flags", "helped": read after "It", is the word a verb in the present or past tense? */
export function readsAsVerb(word: string): boolean {
  const term = (nlp(`It ${word}`).terms().json() as Array<{ terms: Array<{ tags: string[] }> }>)[1];
  const tags = term?.terms[0]?.tags ?? [];
  return tags.includes('PresentTense') || tags.includes('PastTense');
}

/** "hiring", "expanding": read after "They are", is the word a verb's -ing form? */
export function readsAsGerund(word: string): boolean {
  const term = (nlp(`They are ${word}`).terms().json() as Array<{ terms: Array<{ tags: string[] }> }>)[2];
  const tags = term?.terms[0]?.tags ?? [];
  return tags.includes('Gerund') || (tags.includes('Verb') && /ing$/.test(word));
}

/** True for a word compromise knows as a first name ("cody", "nadia"): a name typed in lower case, not a typo. */
export function looksLikeFirstName(word: string): boolean {
  return remembered(firstNames, word, () => nlp(word).has('#FirstName'));
}

/**
 * compromise's tagger costs about a millisecond a word, and the purpose check asks about the same names
 * (a team's reps, their prospects) message after message: answers are kept, a few thousand at most.
 */
const REMEMBER_AT_MOST = 4000;
const firstNames = new Map<string, boolean>();
const fullNames = new Map<string, boolean>();
function remembered(seen: Map<string, boolean>, key: string, ask: () => boolean): boolean {
  let answer = seen.get(key);
  if (answer === undefined) {
    answer = ask();
    if (seen.size >= REMEMBER_AT_MOST) seen.clear();
    seen.set(key, answer);
  }
  return answer;
}

/**
 * True for capitalised words that may be a person's full name: compromise knows them as one ("Oskar
 * Lindqvist"), or knows none of them as a place, date, number, adjective, verb or plural ("Priya
 * Menon" passes; "New York", "Happy Friday", "Smart Checkout", "Sales Ops" do not).
 */
export function looksLikeFullName(words: string): boolean {
  return remembered(fullNames, words, () => {
    const doc = nlp(words);
    if (doc.has('#Person')) return true;
    return !doc.has('(#Place|#Date|#Value|#Adjective|#Verb|#Plural|#Pronoun|#Determiner|#Preposition)');
  });
}

const NOT_PEOPLE =
  /^(she|he|they|i|we|you|it|who|that|which|her|his|their|our|my|me|us|them|the|a|an|this|ceo|cfo|cto|coo|cmo|vp|team|boss|manager|hi|hey|hello|january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

// The pronouns of the other languages, in lower case as pronouns are written ("il m'a dit" names no one; "Ella from
// Acme said" does).
const OTHER_PRONOUNS =
  /^(?:il|ils|elle|elles|lui|on|nous|vous|er|sie|wir|ihr|él|ella|ellos|ellas|usted|ele|ela|eles|elas|você)$/u;

// "nadia said", "via tom", "ref: dr. patel", "per dr patel", "presentée par marc durand".
const SAYING = String.raw`(?:said|says|mentioned|suggested|told|tells|introduced|recommended|referred|thought|thinks|pointed|gave|put|connected|meinte|sagte|hat|dit|a dit|dijo|comentó|disse)`;
const REFERRER_PATTERNS = [
  new RegExp(
    String.raw`(?:^|[.;,:]\s*|\band\s+)((?:dr\.?\s+)?\p{L}[\p{L}'’-]+(?:\s+\p{L}[\p{L}'’-]+)?)(?:\s*\([^)]*\))?(?:,[^,]{1,80},|\s+(?:from|at|of|vom|von|de)\s+[^,.;]{1,40}?)?\s+${SAYING}\b`,
    'giu',
  ),
  /\b(?:via|through|thanks to|ref:?|per|par|por|von|by|from)\s+((?:dr\.?\s+)?\p{L}[\p{L}'’-]+(?:\s+\p{L}[\p{L}'’-]+)?)/giu,
];

/**
 * People the answers name besides the prospect, as the answers spell them ("priya shah"), longest
 * first. A name must look like one to compromise, or stand where a referrer stands and not be a
 * common word.
 */
export function peopleNamed(texts: readonly string[], prospectName: string): string[] {
  const prospectWords = new Set(prospectName.toLowerCase().split(/\s+/));
  const found = new Set<string>();
  // A quotation is the prospect's own headline or title ("Host of Care Shift Talk"): words, not people.
  const joined = texts
    .join('. ')
    .replace(/"[^"\n]{3,200}"|“[^”\n]{3,200}”|(?<![\p{L}])'[^'\n]{3,200}'(?![\p{L}])/gu, '"…"');
  const known = new Set(nlp(joined).people().out('array') as string[]);
  const looksLikeName = (candidate: string): boolean => {
    const words = candidate.replace(/^dr\.?\s+/i, '').split(/\s+/);
    if (words.some((w) => NOT_PEOPLE.test(w) || OTHER_PRONOUNS.test(w) || prospectWords.has(w.toLowerCase())))
      return false;
    if (/^\p{Lu}+$/u.test(words[0] ?? '')) return false; // CFO, ENR: not a person
    return (
      [...known].some((k) => k.toLowerCase().includes(words[0]!.toLowerCase())) || /^\p{Lu}\p{Ll}/u.test(candidate)
    );
  };
  for (const pattern of REFERRER_PATTERNS) {
    for (const m of joined.matchAll(pattern)) {
      let name = (m[1] ?? '').trim();
      // "tom briggs from …" keeps both words; "nadia introduced" keeps one.
      const words = name.split(/\s+/);
      // "tom briggs": a known first name followed by a lower-case word that is no function word is a surname.
      const surname =
        words.length === 2 &&
        looksLikeFirstName((words[0] ?? '').toLowerCase()) &&
        /^\p{L}{3,}$/u.test(words[1] ?? '') &&
        !/^(from|said|says|told|with|and|who|was|has|the|our|via|at|vom|von|dit|hat)$/i.test(words[1] ?? '');
      if (words.length === 2 && !surname && !looksLikeName(words[1] ?? '') && !/^dr\.?$/i.test(words[0] ?? ''))
        name = words[0] ?? '';
      if (name && looksLikeName(name)) found.add(name);
    }
  }
  // compromise alone is trusted with a capitalised name; a lower-case one ("dias") must also stand where a referrer does.
  for (const person of known) {
    const words = person.split(/\s+/);
    // An acronym is no one ("full DR test", "the CFO"), however compromise reads it.
    if (
      /^\p{Lu}/u.test(person) &&
      !/^\p{Lu}{2,5}$/u.test(person.replace(/[,.]$/, '')) &&
      words.every((w) => !NOT_PEOPLE.test(w) && !prospectWords.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')))
    )
      found.add(person.replace(/[,.]$/, ''));
  }
  return [...found].sort((a, b) => b.length - a.length);
}

export function titleCase(name: string): string {
  return name.replace(/(^|[\s'’-])(\p{Ll})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

const COMMON_SHORT_WORDS = new Set(
  (
    "the and for not you are our was can its it's at to on in of is it my me we us an or so by no do if up im has had who how all per off out get try " +
    'met set day cut min her his she one two six ten new old big low why any few own use run saw say see top way yes let put got may now via w/ ' +
    'hr hrs wk wks yr yrs avg max far fix'
  ).split(' '),
);

// Notes from the CRM that the prospect must never read: "ICP fit, tier 1", "inbound-ish". Only the clause with the note
// goes, never the answer around it.
const CRM_NOTES =
  /(?:^|(?<=[.;,]\s*))[^.;,]*\b(?:ICP(?: fit)?|tier [0-9]|MQL|SQL|lead score|persona fit)\b(?![-‐]\p{L})[^.;,]*(?:[.;,]|$)|\b(?:inbound|outbound)-ish\b[,;]?/gu;
// A supplier's tier is no account's: "client is a tier 1 consultancy", "a tier 2 automotive parts supplier".
const SUPPLIER_TIER =
  /\btier [0-9]\s+(?:[\w-]+\s+){0,2}(?:consultanc|contractor|supplier|bank|firm|partner|provider|integrator|operator|oem|manufacturer|vendor|carrier|hospital|trauma|universit)/i;
// A label is a word of its own: "ICP-MS", "SQL-Server" are things a lab or an IT team has.
const OTHER_CRM_NOTE = /\b(?:ICP|MQL|SQL|lead score|persona fit)\b(?![-‐]\p{L})/u;

// A greeting opening an answer: the word itself ("hi", "oi", "hallo"), and whom it greets when "there",
// "all" or a capitalised name follows and punctuation ends it ("Hi Marisa,", "Dear Ms. Lee:"). Never
// more: in "Hi I'm Noor from Carewell," or "hola soy Martín," the rest is the rep's introduction. A greeting of two
// words goes whole ("buenas tardes", "boa noite", "guten Morgen").
const GREETING_WORD =
  /^(?:hi|hii+|hey+|heya|hiya|howdy|hello|sup|wa+s+up|what['’]?s up|dear|greetings|good (?:morning|afternoon|evening|day)(?![\p{L}-])|(?:morning|afternoon|evening)(?=\s*!|\s*[,.]\s+(?:I['’]m|I am|It['’]s|this is)(?![\p{L}]))|g['’]?day|kia ora|aloha|ahoy|hallöchen|hallochen|namaste|bom dia|boa (?:tarde|noite)|bjr|slt|hallo|hola|buenas(?:\s+(?:tardes|noches|d[ií]as))?|buenos d[ií]as|bonjour|bonsoir|salut|coucou|olá|oi|bom dia|boa (?:tarde|noite)|guten (?:tag|morgen|abend)|grüß gott|moin moin)(?![\p{L}])/iu;
const GREETED =
  /^(?:\s+(?:there|all|everyone|folks|team)|\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?!(?:I|I['’]m|Im|I am|Ich|Je|J['’]\p{L}+|Soy|Sou|Me|Mi|Mon|Meu|My|This|It['’]?s|Eu|Yo|Moi|Mein|Aqui)(?![\p{L}'’]))\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)?\s*(?:[:;]-?[)(DP](?![\p{L}])\s*(?:[!,.:;]+|[–—-]+)?|[!,.:;]+|\s[–—-]+)\s*/u;

// Greetings that are names too ("Ola from Coldlink"): only with punctuation or an introduction after them.
const NAME_OR_GREETING =
  /^(?:ola|yo|ciao|hej|moin|servus|(?:q|qu[eé]|k) (?:tal|onda|pedo)|qu[eé] hubo|quiubo|e a[ií]|ça va|ca va)(?=\s*[!,.:;?]|\s+(?:sou|soy|eu|I['’]?m|Im|me llamo|me chamo|aqui|ich bin|je suis|this is|my name)(?![\p{L}]))/iu;

// Any word or two exclaimed before the rep introduces themselves is a greeting or an interjection, in any language ("kia
// ora! liam here", "servus! Jens von …", "eita! sou a Ana"): "I'm kia ora!" reads as a name. The introduction after it
// says who speaks: "I'm", "sou", "ich bin", or a name with "here", "from", "von", "da", "de" or a comma.
const EXCLAIMED =
  /^[\p{L}'’]+(?:\s+[\p{L}'’]+)?(?=\s*!+\s*(?:(?:i['’]?m|i am|im|my name|this is|it['’]?s|sou|soy|eu sou|yo soy|ich bin|hier ist|je suis|c['’]est|me llamo|me chamo|aqui)(?![\p{L}])|\p{L}+(?:\s+\p{Lu}[\p{L}'’-]+)?\s*(?:,|\s(?:here|from|with|at|von|aus|bei|de|da|do|del|chez|na|no)(?![\p{L}]))|\p{L}+\s*@))/iu;

/** The answer without the greeting that opens it, if one does. */
export function withoutGreeting(typed: string): string {
  // "¡Hola Lucía!": Spanish opens the exclamation before the greeting.
  const text = typed.replace(/^[¡¿]\s*(?=\p{L})/u, '');
  const word = GREETING_WORD.exec(text) ?? NAME_OR_GREETING.exec(text) ?? EXCLAIMED.exec(text);
  if (!word) return typed.replace(FILLER_BEFORE_INTRO, '');
  const rest = text.slice(word[0].length);
  const greeted = GREETED.exec(rest);
  return (greeted ? rest.slice(greeted[0].length) : rest).trimStart().replace(FILLER_BEFORE_INTRO, '');
}
/** "hey so I'm on the partnerships team", "ok so my name is …": a spoken filler before the introduction goes too. */
const FILLER_BEFORE_INTRO =
  /^(?:(?:ok(?:ay)?|so|well|um+|uh+|right)[,\s]+)+(?=(?:I['’]?m|I am|my name is|this is)(?![\p{L}]))/iu;
const PLEASANTRY =
  /(?:^|[.!,;]\s*)¡?(?:(?:i\s+)?hope (?:you['’]re|you are|this finds you|all is) [^.!?]{0,30}|i trust (?:you are|you['’]re|this (?:finds|meets) (?:you|her|him|them)) (?:well|in good health)(?=\s*(?:[.!,;]|$))|espero que (?:estés|esté|te encuentres|se encuentre|esteja|você esteja|estejas|tudo esteja) [^.!?]{0,20}|j['’]esp[eè]re que (?:vous allez|tu vas|tout va) [^.!?]{0,20}|(?:ich\s+)?hoffe,? (?:es geht (?:Ihnen|dir)|alles ist|Sie hatten|du hattest) [^.!?]{0,20})[.!]?\s*/iu;
// "…, congrats!!", "¡enhorabuena!": a cheer ending an answer is the rep talking, not a fact.
const CHEER =
  /(?:^|[.!,;]\s*)¡?(?:congrats|congratulations|kudos|well done|enhorabuena|felicidades|felicitaciones|parab[ée]ns|f[ée]licitations|bravo|gl[üu]ckwunsch|herzlichen gl[üu]ckwunsch)[.!]*\s*$/iu;
// "cheers, Devon", "Thanks so much, Aaron", "Best, Paul": a sign-off at the end of an answer.
const SIGN_OFF =
  /[\s,.;!?¡]*\b(?:thanks(?: so much)?|thank you|cheers|best(?: regards)?|(?:kind |warm )?regards|talk soon|thx|merci|bien à vous|bises|amitiés|gracias|un (?:fuerte )?(?:saludo|abrazo)|abrazos?|danke|(?:viele |liebe |beste |herzliche |freundliche )?grüße|lg|mfg|saludos|cordialement|cordialmente|atentamente|atenciosamente|abs|abraços?|att|obrigad[oa])\b(?:[,!.]+\s*(?:\p{L}+)?)?\s*$/iu;

function shoutingToSentenceCase(text: string): string {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 8 || letters.replace(/[^\p{Lu}]/gu, '').length / letters.length <= 0.7) return text;
  let t = text
    .split(' ')
    .map((w) =>
      /^\p{Lu}{2,3}s?$/u.test(w.replace(/[^\p{L}]/gu, '')) &&
      !COMMON_SHORT_WORDS.has(w.replace(/[^\p{L}']/gu, '').toLowerCase())
        ? w
        : w.toLowerCase(),
    )
    .join(' ');
  // Names and places compromise knows ("mike dunn", "orlando"), and the company after "at".
  const names = nlp(t).match('(#Person|#Place)').terms().out('array') as string[];
  for (const name of names) {
    const bare = name.replace(/[^\p{L}'’-]/gu, '');
    if (
      bare.length >= 3 &&
      !COMMON_SHORT_WORDS.has(bare) &&
      !/^(other|others|the|this|that|their|booth|show)$/.test(bare)
    ) {
      t = t.replace(new RegExp(`(?<!\\p{L})${bare}(?!\\p{L})`, 'gu'), titleCase(bare));
    }
  }
  return t.replace(/\b(at|from|@)\s+(\p{Ll}[\p{L}-]*)/gu, (m, at: string, word: string) =>
    COMMON_SHORT_WORDS.has(word) ||
    /^(the|other|others|a|an|this|that|their|every|each|some|least|most|home|work|night|first|last)$/.test(word)
      ? m
      : `${at} ${titleCase(word)}`,
  );
}

// After "ur", these make it "you're" ("ur hiring", "ur the one"); before anything else it is "your".
// A word in -ing that describes a thing ("ur existing rotas", "ur upcoming launch") is no verb.
const AFTER_YOU_ARE =
  /^(?:(?!(?:existing|upcoming|ongoing|remaining|outstanding|incoming|outgoing|pending|recurring|trailing|whopping|emerging|corresponding|preceding|surrounding|underlying|exciting|amazing|interesting|annoying|confusing|frustrating|onboarding|marketing|accounting|engineering)$)\p{Ll}+ing|a|an|the|not|so|very|also|still|now|already|probably|clearly|likely|based|in|on|at|from|right|new|looking|hiring|up|open|free|available|interested|keen|around|welcome|growing|scaling)$/u;

// Chat's shorthand, written out: the prospect reads a letter, not a text message. ("tbh" says nothing.)
const SHORTHAND = new Map([
  ['abt', 'about'],
  // "b4 it turns into another leak": chat's "before" ("B4", a paper size, has its capital).
  ['b4', 'before'],
  ['acct', 'account'],
  ['accts', 'accounts'],
  ['w/', 'with'],
  ['w/o', 'without'],
  ['w/c', 'the week of the'],
  ['rn', 'right now'],
  ['wk', 'week'],
  ['wks', 'weeks'],
  ['mgr', 'manager'],
  ['mgmt', 'management'],
  ['wanna', 'want to'],
  ['gonna', 'going to'],
  ['gotta', 'have to'],
  ['pls', 'please'],
  ['plz', 'please'],
  ['thx', 'thanks'],
  ['lmk', 'let me know'],
  ['ppl', 'people'],
  ['thru', 'through'],
  ['walkthru', 'walkthrough'],
  ['nite', 'night'],
  ['nites', 'nights'],
  ['tonite', 'tonight'],
  ['qtrly', 'quarterly'],
  ['maint', 'maintenance'],
  ['bldg', 'building'],
  ['bldgs', 'buildings'],
  // A weekday cut short where no word is spelt so ("wed", "sat", "sun" are words; "thu", "fri" stay for the ask's days).
  ['thurs', 'Thursday'],
  ['tues', 'Tuesday'],
  ['bc', 'because'],
  ['b/c', 'because'],
  ['tbh', ''],
  ['ngl', ''],
  ['literally', ''],
  ['wld', 'would'],
  ['wd', 'would'],
  ['cld', 'could'],
  ['shld', 'should'],
  // Chat's spelling by sound, where no word is spelt so: "i shud drop him a line".
  ['shud', 'should'],
  ['shd', 'should'],
  ['wud', 'would'],
  ['yday', 'yesterday'],
  ['tmrw', 'tomorrow'],
  ['em', 'them'],
  ['outta', 'out of'],
  ['kinda', 'kind of'],
  ['lemme', 'let me'],
  // A short word everyone writes, typed with two letters swapped, where no word is spelt so: "thier" is "their".
  ['thier', 'their'],
  ['thiers', 'theirs'],
  ['teh', 'the'],
  ['hte', 'the'],
  ['adn', 'and'],
  ['taht', 'that'],
  ['waht', 'what'],
  ['wiht', 'with'],
  ['jsut', 'just'],
  ['becuase', 'because'],
  ['beacuse', 'because'],
  ['woudl', 'would'],
  ['coudl', 'could'],
  ['yuo', 'you'],
  ['yoru', 'your'],
  // A long word everyone writes, typed with one letter left out, where no word is spelt so.
  ['evrything', 'everything'],
  ['evryone', 'everyone'],
  ['evry', 'every'],
  ['somthing', 'something'],
  // A contraction typed without its apostrophe, where no word is spelt so ("cant", "wont", "were", "well", "its", "id",
  // "shell", "hell" and "lets" are words, and stay as typed).
  ...[
    'dont',
    'doesnt',
    'didnt',
    'isnt',
    'arent',
    'wasnt',
    'werent',
    'havent',
    'hasnt',
    'hadnt',
    'couldnt',
    'wouldnt',
    'shouldnt',
    'theyre',
    'youre',
    'weve',
    'youve',
    'theyve',
    'ive',
    'youll',
    'theyll',
    'wholl',
    'itll',
    'thats',
    'whats',
    'theres',
    'heres',
    'youd',
    'theyd',
  ].map((w): [string, string] => [
    w,
    w.replace(/(n?t|re|ve|ll|s|d)$/, (end) => (end === 'nt' ? "n't" : `'${end}`)).replace(/^i'/, "I'"),
  ]),
]);
const SHORTHAND_WORD =
  /(?<![\p{L}\p{N}'’.&/-])(w\/c|w\/o|w\/|b\/c|b4|[a-z]{2,10}|literally)(?![\p{L}\p{N}'’&-]|\/\p{L})/giu;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** "mar", "sept", "march" → "March". */
function monthName(typed: string): string {
  const start = typed.toLowerCase().slice(0, 3);
  return MONTHS.find((m) => m.toLowerCase().startsWith(start)) ?? typed;
}

/**
 * The pronouns and shorthand of chat, as the composer reads them: "im"/"Im" is "I'm", "u" is "you", "ur"
 * is "your" or "you're", "shes"/"hes" is "she's"/"he's", "w/" and a lone "w" before a word are "with" ("w/c" is
 * "the week of"),
 * "abt" is "about", "wanna" is "want to"; "tbh" goes.
 */
/** Scots typed as spoken, other than "wi" and "fae" themselves: a draft's answers that say one of these are Scots. */
const SCOTS_CUE =
  /(?<![\p{L}'’])(?:ken|aye|wee|och|nae|naw|cannae|dinnae|didnae|doesnae|wouldnae|couldnae|shouldnae|isnae|wisnae|wasnae|havnae|havenae|gonnae|wantae|awfy|braw|dreich|bairns?|youse|yersel|masel|aboot|hoose|oot|fitba)(?![\p{L}'’])/u;
/** Whether a draft's typed answers are Scots enough that "wi" is "with" and "fae" is "from" (scotsToPlain). */
export function scotsCue(answers: readonly string[]): boolean {
  return answers.some((a) => SCOTS_CUE.test(a));
}
/**
 * Scots "wi" is "with", "fae" is "from" ("morag fae the granite yard", "worked wi the crew"), where the answers say
 * so in Scots elsewhere (scotsCue). Never next to a capitalised word ("Fae Morrison", "Ewan wi …": a name's or beside
 * one), at the end of a clause, or after a place ("based in madison wi", "green bay wi goes live": Wisconsin).
 */
export function scotsToPlain(text: string): string {
  return text.replace(
    /(?<![\p{L}\p{N}'’-])(wi|fae)(?![\p{L}\p{N}'’-])/gu,
    (m, word: string, at: number, all: string) => {
      const before = all.slice(0, at);
      const after = all.slice(at + m.length);
      if (/\p{Lu}[\p{L}'’-]*\s+$/u.test(before) || /^\s+\p{Lu}/u.test(after)) return m;
      if (!/^\s+\p{Ll}/u.test(after)) return m;
      if (/(?<![\p{L}])(?:in|at|near|outside|of|from|based|out)\s+(?:\p{L}+\s+){0,2}$/iu.test(before)) return m;
      return word === 'wi' ? 'with' : 'from';
    },
  );
}

export function chatToPlain(text: string): string {
  return (
    text
      .replace(SHORTHAND_WORD, (m: string) => {
        const full = SHORTHAND.get(m.toLowerCase());
        // "RN", "BC", "Ty": an acronym or a name, not chat.
        const chat = m === m.toLowerCase() || (m.length > 2 && m.slice(1) === m.slice(1).toLowerCase());
        return full === undefined || !chat
          ? m
          : /^\p{Lu}/u.test(m)
            ? full.charAt(0).toUpperCase() + full.slice(1)
            : full;
      })
      .replace(/(?<![\p{L}\p{N}'’.&/-])w(?=\s+\p{L})/gu, 'with')
      // Scots "ken" ("you know") opening a clause after a comma says nothing: ", ken he worked with …" → ", he worked
      // with …". Only in lower case and before a subject: "Ken" is a name.
      .replace(/(?<=[,;]\s+)ken\s+(?=(?:he|she|they|we|I|it|you|there)(?![\p{L}'’]))/gu, '')
      // "dec thru mar": two months of a span, each cut short or in lower case, are written out as months are.
      .replace(
        /(?<![\p{L}\p{N}'’])(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\.?(\s*(?:through|to|till|til|until|[-–])\s*)(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)(?![\p{L}\p{N}'’])/gu,
        (_m, from: string, between: string, to: string) => `${monthName(from)}${between}${monthName(to)}`,
      )
      // "up in march", "by mid april": after a word of when, a month in lower case is the month ("may" can be no month).
      .replace(
        /(?<=(?<![\p{L}])(?:in|by|until|till|since|from|early|mid|late|end of|start of|beginning of|middle of)[- ])(january|february|march|april|june|july|august|september|october|november|december)(?![\p{L}\p{N}'’-])/gu,
        (month: string) => monthName(month),
      )
      // "after the may hail storm": no modal follows "the", so "may" after it is the month; after a word of when it is the
      // month where nothing a modal takes follows ("back in may.", "since may 2024", "in may and june").
      .replace(
        /(?<=(?<![\p{L}])the\s)may(?=\s+(?!(?:be|have|not|also|well|just|still|help|need|want|seem|take|look|come|go|get)(?![\p{L}]))\p{Ll})|(?<=(?<![\p{L}])(?:in|since|until|till|by|from|early|mid|late|end of|start of)[- ])may(?=\s*(?:[,.;:!?)]|$)|\s+(?:\d|and\s|or\s|when\s|last\s|this\s))/gu,
        'May',
      )
      // "… dec thru March. dental group in …": after a month written out, a full stop ends the sentence, and the next one
      // opens on a capital; one that opens on its verb ("March. said at brekkie …") is left to be given its subject.
      .replace(
        /(?<=(?<![\p{L}])(?:January|February|March|April|May|June|July|August|September|October|November|December)\.\s+)\p{Ll}[\p{Ll}'’-]*/gu,
        (word: string) =>
          readsAsVerb(word) || /^(?:can|could|will|would|did|does|do|was|were|had|has|have|also|just|then)$/u.test(word)
            ? word
            : word.charAt(0).toUpperCase() + word.slice(1),
      )
      // "dave okafor intro'd, hes …": chat's past of "intro" is "introduced", and said at a clause's end it introduced us.
      .replace(/(?<![\p{L}'’])intro['’]?d(?=\s*(?:[,;.!]|$))/gu, 'introduced us')
      .replace(/(?<![\p{L}'’])intro['’]d(?![\p{L}])/gu, 'introduced')
      // "prop mgr at their bldg": before a manager or management, "prop" is property.
      .replace(/(?<![\p{L}'’])prop(?=\s+(?:mgr|manager|management|mgmt|co|company|firm)(?![\p{L}]))/gu, 'property')
      // "20 yrs in chi", "a few yrs back" are years; "next yrs capital plan" is next year's.
      .replace(/(?<![\p{L}\p{N}'’.&/-])(?<=(?:next|last|this)\s)yrs(?=\s+\p{Ll})/gu, "year's")
      .replace(/(?<![\p{L}\p{N}'’.&/-])yrs(?![\p{L}\p{N}'’&/-])/gu, 'years')
      // "mid next yr", "a 2 yr contract": after a count or a word of when, "yr" is a year ("yr team" is chat's "your").
      .replace(
        /(?<=(?:(?<![\p{L}])(?:next|last|this|per|a|one|each|every|the|that|mid)|\d)[- ])yr(?![\p{L}\p{N}'’&/-])/gu,
        'year',
      )
      // "tanks n rig mats", "connect n I send it": a lone "n" between two words is "and"; "they r expanding" is "are".
      // (Lower case only: "Sam N Patel", "Hall N" are a letter.)
      .replace(/(?<=[\p{L})]\s+)(?<!(?:^|\s)(?:[Tt]he|[Aa]n?)\s+)n(?=\s+\p{L})/gu, 'and')
      .replace(/(?<![\p{L}'’])(we|they|you)\s+r(?=\s+\p{L})/giu, '$1 are')
      // "a 1 pg rundown", "a 10 pgs runbook": after a count and before a document, "pg" is a page, the count its length
      // ("a 1-page rundown"); "40 pg databases" are Postgres.
      .replace(
        /(?<![\p{L}\p{N}.])(\d{1,3})[- ]?pgs?\s+(?=(?:[\p{L}-]+\s+)?(?:rundown|summary|checklist|case study|one-pager|report|deck|guide|breakdown|brief|overview|write-?up|doc|pdf|memo|sheet|runbook|playbook|proposal|plan)(?![\p{L}]))/giu,
        '$1-page ',
      )
      // "our clients avg 12% lower premiums": after a plural and before a figure, "avg" is the verb "average".
      .replace(/(?<=\p{Ll}{2}[^su'’\s]s\s+)avg(?=\s+[~≈+]?\d)/gu, 'average')
      .replace(/\s+(?=[,.!?;:]|$)/g, '')
      .replace(/ {2,}/g, ' ')
      .replace(/(^|[\s(])([Ii])m(?=\s)/g, (_m, before: string) => `${before}I'm`)
      .replace(/(?<![\p{L}\p{N}'’.&/-])u(?![\p{L}\p{N}'’&/-])(?:(\s+)r(?![\p{L}\p{N}'’&/-]))?/gu, (_m, gap?: string) =>
        gap ? `you${gap}are` : 'you',
      )
      .replace(/(?<![\p{L}\p{N}'’.&/-])urs(?![\p{L}\p{N}'’&/-])/gu, 'yours')
      // "ur ever interested", "ur still free": an adverb, then how they are ("ur really old WMS" is theirs).
      .replace(
        /(?<![\p{L}\p{N}'’.&/-])(u)r(\s+(?:ever|really|still)\s+(?:interested|keen|free|open|available|around|up)(?![\p{L}]))/giu,
        (_m, u: string, rest: string) => `${sameCaseFirst(u, "you're")}${rest}`,
      )
      .replace(
        /(?<![\p{L}\p{N}'’.&/-])(u)r(?![\p{L}\p{N}'’&/-])(?=(\s+([\p{L}]+))?)/giu,
        (_m, u: string, _g, next?: string) =>
          sameCaseFirst(u, next !== undefined && AFTER_YOU_ARE.test(next) ? "you're" : 'your'),
      )
      .replace(/(?<![\p{L}'’])(s?he)s(?![\p{L}'’])/giu, "$1's")
      // "wed get that touchless", "ill send access": "we'd" and "I'll" without their apostrophe, which a verb after them tells
      // from "wed" and "ill".
      .replace(
        /(?<![\p{L}'’])(?<!(?:on|next|this|by|until|demo|call|mon|tue|tues|\d)\s+)(wed|ill)(?=\s+(?:get|be|love|need|have|like|do|make|help|send|share|show|set|take|bring|pass|drop|forward|email|call|put|run|give|quote|price|book|check|sort|ring|write|draft|follow|swing|pop|come|organi[sz]e)(?![\p{L}]))/giu,
        (m: string) => (m.toLowerCase() === 'wed' ? `${m.charAt(0)}e'd` : "I'll"),
      )
      // "id like to swing by", "id love to show you": "I'd" without its apostrophe, which a verb after it tells from an ID
      // ("your id like a passport", "the user id be read": a word of whose before it keeps it).
      .replace(
        /(?<![\p{L}\p{N}'’.&/-])(?<!(?:a|an|the|each|every|any|no|per|same|unique|valid|your|my|our|his|her|their|its|this|that|user|login|device|product|order|ticket|employee|photo|tax|client|customer|account|email|member|session)\s+)id(?=\s+(?:like|love|be|rather|prefer|want|suggest|recommend|say|guess|imagine|appreciate|need)(?![\p{L}]))/gu,
        "I'd",
      )
      // "so its really her call", "said its the 3rd leak": "its" before an article, a possessive or "not" (an adverb
      // between or not) can be no possessive, so it is "it's"; "its roof", "its really old roof" stay.
      .replace(
        /(?<![\p{L}'’])(its)(?=\s+(?:(?:really|just|also|still|always|probably|definitely|totally|prob|def)\s+)?(?:the|a|an|not|your|my|our|his|her|their|been|going|gonna)(?![\p{L}'’]))/giu,
        (m: string) => `${m.charAt(0)}t's`,
      )
      // "sittin in our yard", "fightin' for tanks": a dropped g is written back when the lexicon knows the word with it
      // and not without it ("basin", "raisin" and "check-in" are words).
      .replace(/(?<![\p{L}'’-])(\p{Ll}{2,}in)['’]?(?![\p{L}'’-])/gu, (m: string, word: string) =>
        !DROPPED_G_WORDS.has(word) && lexiconTags(word).length === 0 && lexiconTags(`${word}g`).includes('Gerund')
          ? `${word}g`
          : m,
      )
  );
}

/** Words in "-in" that are words, whatever "-ing" form the lexicon knows. */
const DROPPED_G_WORDS = new Set([
  'basin',
  'raisin',
  'checkin',
  'login',
  'plugin',
  'cabin',
  'resin',
  'margin',
  'penguin',
]);

function sameCaseFirst(original: string, word: string): string {
  return /^\p{Lu}/u.test(original) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/**
 * Chat's shorthand in the other languages the composer writes, written out: the prospect reads a letter, not a
 * WhatsApp ("q" is "que", "tb" "também", "p/" "para", "pr" "pour", "bcp" "beaucoup", "ggf." "gegebenenfalls",
 * "bei nem" "bei einem"). Only a word typed in lower case is chat: "Q3", "PR", "TB" are names or units.
 */
const CHAT_OTHER: Record<string, ReadonlyMap<string, string>> = {
  pt: new Map([
    ['q', 'que'],
    ['vc', 'você'],
    ['vcs', 'vocês'],
    ['tb', 'também'],
    ['tbm', 'também'],
    ['pq', 'porque'],
    ['p/', 'para'],
    ['c/', 'com'],
    ['s/', 'sem'],
    ['msm', 'mesmo'],
    ['mto', 'muito'],
    ['mta', 'muita'],
    ['td', 'tudo'],
    ['hj', 'hoje'],
    ['qdo', 'quando'],
    ['qnd', 'quando'],
    ['qto', 'quanto'],
    ['dps', 'depois'],
    ['gnt', 'gente'],
    ['qq', 'qualquer'],
    ['qlq', 'qualquer'],
    ['qqr', 'qualquer'],
    ['tamo', 'estamos'],
    ['sw', 'software'],
  ]),
  es: new Map([
    ['q', 'que'],
    ['xq', 'porque'],
    ['pq', 'porque'],
    ['porq', 'porque'],
    ['tb', 'también'],
    ['tmb', 'también'],
    ['tbn', 'también'],
    ['porfa', 'por favor'],
    ['xfa', 'por favor'],
    ['dnd', 'donde'],
    ['msj', 'mensaje'],
    ['mñn', 'mañana'],
  ]),
  fr: new Map([
    ['pr', 'pour'],
    ['ds', 'dans'],
    ['bcp', 'beaucoup'],
    ['qq', 'quelques'],
    ['qqs', 'quelques'],
    ['tjs', 'toujours'],
    ['pcq', 'parce que'],
    ['pck', 'parce que'],
    ['rdv', 'rendez-vous'],
    ['dc', 'donc'],
    ['tt', 'tout'],
    ['pb', 'problème'],
    ['pbs', 'problèmes'],
    ['mtn', 'maintenant'],
    ['p/', 'pour'],
  ]),
  de: new Map([
    ['ggf', 'gegebenenfalls'],
    ['evtl', 'eventuell'],
    ['zw', 'zwischen'],
    ['bzgl', 'bezüglich'],
    ['vllt', 'vielleicht'],
    ['vlt', 'vielleicht'],
    ['nem', 'einem'],
    ['ner', 'einer'],
    ['nen', 'einen'],
    ['gibts', 'gibt es'],
    ['wenns', 'wenn es'],
  ]),
};
/** What chat stands for that is a noun, and so may be an item of a list. */
const CHAT_NOUN = new Set(['software', 'gente', 'mensaje', 'rendez-vous', 'problème', 'problèmes']);

const CHAT_OTHER_WORD = Object.fromEntries(
  Object.entries(CHAT_OTHER).map(([lang, words]) => [
    lang,
    new RegExp(
      // A German abbreviation's dot goes with it ("zw. 8 und 10 Uhr", "bzgl. Freigabe"), but not a full stop ending the
      // answer; in the other languages a dot after chat ends a sentence.
      `(?<![\\p{L}\\p{N}/&'’-])(${[...words.keys()].map((w) => w.replace('/', '\\/')).join('|')})${lang === 'de' ? '(?:\\.(?=\\s+\\S))?' : ''}(?![\\p{L}\\p{N}&'’-])`,
      'gu',
    ),
  ]),
) as Record<string, RegExp>;

/**
 * German words cut short with a dot, written out: "u." "und", "od." "oder", "m." "mit", "v." "von", "f." "für", "Wo."
 * "Woche", "Std." "Stunden". Only with the dot and a word after it: "5 m" is five metres, and a dot that ends the
 * answer ends a sentence. Left as typed, the dot ends the sentence there ("Passt Ihnen ein Call Di od?").
 */
const DE_CUT_SHORT = new Map([
  ['u', 'und'],
  ['od', 'oder'],
  ['m', 'mit'],
  ['v', 'von'],
  ['f', 'für'],
  ['Wo', 'Woche'],
  ['Std', 'Stunden'],
]);
// "bis 12 m. Wir liefern": after a figure, "m." is metres at a sentence's end ("2 Std." is still hours).
const DE_CUT_SHORT_WORD = /(?<![\p{L}\p{N}.&'’-])(?:(u|od|Wo|Std)|(?<!\p{N}\s*)(m|v|f))\.(?=\s+[\p{L}\p{N}])/gu;

/**
 * Spanish typed for speed, written out where the context leaves one reading: "p china", "p exportadores" ("p" before a
 * word is "para"), "x lote", "x errores" ("x" before a word is "por"; "3 x 4", "x2" and "modelo X" stay), "sw" "software",
 * "docs" "documentación" where no determiner stands before it ("docs de exportación", "errores de docs") and
 * "documentos" after one ("los docs").
 */
function esCutShort(text: string): string {
  return (
    text
      // "x cantidad", "x número": an amount left unsaid, "cierta cantidad", never "por cantidad".
      .replace(
        /(?<![\p{L}\p{N}])x\s+(?:(cantidad(es)?)|(número|numero|monto)(s)?)(?![\p{L}])/gu,
        (_m, fem: string | undefined, fems: string | undefined, masc: string, mascs: string | undefined) =>
          fem ? `cierta${fems ? 's' : ''} ${fem}` : `cierto${mascs ? 's' : ''} ${masc}${mascs ?? ''}`,
      )
      // "x" is "por" only where nothing else reads: never the letter of "rayos x" (an x-ray), nor before a word "por"
      // cannot stand before ("rayos x para líneas" is no "por para").
      .replace(
        /(?<![\p{L}\p{N}/&'’.-])(?<!\p{N}\s)(?:p|(?<!(?<![\p{L}])(?:rayos?|raios?|rayons?)\s)x(?!\s+(?:para|pra|por|de|del|en|y|e|o|u|con|a|al|sin|desde)(?![\p{L}])))(?=\s+\p{L})/gu,
        (w: string) => (w === 'p' ? 'para' : 'por'),
      )
      // "3 hs antes", "de 9 a 2 hrs", "1 hr": after a figure, "hs", "hr" and "hrs" are hours ("h" alone is the unit, kept).
      .replace(/(?<=(\p{N}[\p{N}.,]*)\s*)(?:hs|hrs?)(?![\p{L}\p{N}&'’-])/gu, (_m, n: string) =>
        n === '1' ? 'hora' : 'horas',
      )
      .replace(/(?<![\p{L}\p{N}/&'’-])sw(?![\p{L}\p{N}&'’-])/gu, 'software')
      // Colombia's and the Caribbean's spoken "para" ("pa droguerías", "pa instalar el piloto"); after a figure "pa" is
      // the pascal ("15 pa entre áreas").
      .replace(/(?<![\p{L}\p{N}/&'’.-])(?<!\p{N}\s*)pa(?=\s+\p{L})/gu, 'para')
      // "monitoreo d cadena de frío", "a 10 min d su planta": a lone "d" is "de" only where "de" could stand: after no
      // label it names ("vitamina d", "la bodega d", "el módulo d", "plan D", "3 d" stay) and before a word "de" takes,
      // not a verb, a conjunction or another "de" ("módulo d está al 100%", "bodega d del parque", "vitamina d pa …").
      .replace(
        /(?<![\p{L}\p{N}/&'’.-])(?<!\p{N}\s)(?<!(?<![\p{L}])(?:vitamina|plan|tipo|clase|letra|bloque|bodega|m[oó]dulo|zona|sector|torre|nivel|serie|grupo|categor[ií]a|opci[oó]n|fase|etapa|anexo|punto|l[ií]nea|[aá]rea|nave|galp[oó]n|piso|edificio|sala|puerta|muelle|modelo|versi[oó]n|turno|lote|[ií]tem|inciso|literal|parte|secci[oó]n|hangar|manzana|casa|apto|apartamento|oficina|local|bodegas|cuarto|salón|salon|estrato|bloques)\s)d(?=\s+(?!(?:del|de|al|y|e|o|u|pa|para|en|con|es|esta|está|están|estan|son|fue|queda)(?![\p{L}]))\p{L})/gu,
        'de',
      )
      // "sensores de temp. para neveras", "por temp. alta": "temp." after "de", "la" or "por" is the temperature (its dot
      // would end the sentence there); "en temp. de lluvias" (the season) and "80 operarios temp" (temporary) stay.
      .replace(
        /(?<=(?<![\p{L}])(?:de|la|por|alta|baja)\s)temp\.?(?=\s+\p{Ll})(?!\.?\s+(?:de|del)(?![\p{L}]))/gu,
        'temperatura',
      )
      .replace(
        /(?<![\p{L}\p{N}/&'’-])(?:(los|sus|tus|mis|estos|esos|unos|nuestros|vuestros|tres|dos|\d+)\s+)?docs(?![\p{L}\p{N}&'’-])/giu,
        (m, det?: string) => (det ? `${det} documentos` : /^D/u.test(m) ? 'Documentación' : 'documentación'),
      )
  );
}

/**
 * French typed for speed, written out: "salles de reu" → "salles de réunion"; "40 pers" (after a figure) → "40
 * personnes" ("pers" alone may be anything).
 */
function frCutShort(text: string): string {
  return (
    text
      .replace(/(?<![\p{L}\p{N}/&'’-])r[ée]u(s?)(?![\p{L}\p{N}&'’-])/gu, (_m, s: string) => `réunion${s}`)
      .replace(/(?<=\p{N}\s*)pers\.?(?![\p{L}\p{N}&'’-])/gu, 'personnes')
      // "à Salon de l'Agriculture", "à Congrès des notaires": an event named by a masculine noun takes "au".
      .replace(
        // "Salon" only as an event named after it ("Salon de l'Agriculture", "salon du Bourget"), never the town
        // ("à Salon de Provence", "à Salon, près d'Aix"); no retailer ("à Carrefour").
        /(?<![\p{L}'’-])à\s+(?=(?:(?:Congrès|Forum|Sommet|Festival|Colloque|Symposium|Séminaire|Mondial)(?![\p{L}-])|[Ss]alon\s+(?:de\s+l['’]|du\s|des\s|de\s+la\s)(?!Provence|Crau)))/gu,
        'au ',
      )
      // "la sem pro", "6 sem de mesures": "sem" after an article or a figure is the week, and "pro" after it the next one.
      .replace(
        /(?<![\p{L}\p{N}/&'’-])(?:(la|cette|une|\d+)\s+)sem\.?(?:\s+(pro|proch)\.?)?(?![\p{L}\p{N}&'’-])/gu,
        (_m, det: string, next?: string) =>
          `${det} ${/^\d+$/u.test(det) && det !== '1' ? 'semaines' : 'semaine'}${next ? ' prochaine' : ''}`,
      )
      // "pdt 1 mois" → "pendant", "le nb de pompes" → "le nombre de", "diag gratuit" → "diagnostic", "retour d'xp" →
      // "retour d'expérience", "notre ingé" → "ingénieur": only in lower case ("NB", "XP" are names).
      // "en sept", "fin oct", "début janv": a month cut short after a word of time is the month written out; "sept
      // personnes" and "en sept jours" are a figure, as is one joined to another ("en sept ou huit semaines"); after a
      // word that takes an hour ("avant sept", "dès sept"), "sept" is the hour.
      .replace(
        /(?<=(?<![\p{L}])(?:en|début|debut|fin|mi-|d['’]ici|avant|après|apres|depuis|dès|des|jusqu['’]en|courant)\s*)(janv|fév|fev|févr|fevr|avr|juil|sept|oct|nov|déc|dec)\.?(?=\s*(?:[,.;:!?)]|$)|\s+(?:(?:et|ou|mais)(?!\s+(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante|cent|demie?|quart|\d)(?![\p{L}]))|\d{2,4})(?![\p{L}]))/gu,
        (m: string, month: string, at: number, all: string) =>
          month === 'sept' && /(?:avant|après|apres|depuis|dès|des|d['’]ici)\s*$/iu.test(all.slice(0, at))
            ? m
            : ({
                janv: 'janvier',
                fév: 'février',
                fev: 'février',
                févr: 'février',
                fevr: 'février',
                avr: 'avril',
                juil: 'juillet',
                sept: 'septembre',
                oct: 'octobre',
                nov: 'novembre',
                déc: 'décembre',
                dec: 'décembre',
              }[month] ?? m),
      )
      // "bureaux bxl": Brussels as everyone there types it, written out; bare after a noun, it says where ("à"). After a
      // word that says where already ("pour bxl", "entre bxl et liège") it is the name alone.
      .replace(
        /(?<=([\p{L}'’]+)\s+)bxl(?![\p{L}\p{N}&'’-])|(?<![\p{L}\p{N}/&'’-])bxl(?![\p{L}\p{N}&'’-])/gu,
        (_m, before?: string) =>
          before &&
          !/^(?:à|a|au|aux|de|du|des|d['’]|sur|sous|en|vers|près|pres|autour|et|ou|pour|entre|dans|par|chez|depuis|jusqu['’]à|avec|sans|via|le|la|les|l['’]|région|region|zone|grand|ville|,)$/iu.test(
            before,
          )
            ? 'à Bruxelles'
            : 'Bruxelles',
      )
      .replace(/(?<![\p{L}\p{N}/&'’-])pdt(?![\p{L}\p{N}&'’-])/gu, 'pendant')
      .replace(/(?<![\p{L}\p{N}/&'’-])nb(?=\s+d(?:e\s|['’]))/gu, 'nombre')
      // Its dot goes with it where a word in lower case follows ("diag. gratuit de conformité").
      .replace(
        /(?<![\p{L}\p{N}/&'’-])diag(s?)(?:\.(?=\s+\p{Ll}))?(?![\p{L}\p{N}&'’-])/gu,
        (_m, s: string) => `diagnostic${s}`,
      )
      .replace(/(?<![\p{L}])(d['’])xp(?![\p{L}\p{N}&'’-])/gu, '$1expérience')
      // "ingé commerciale": a woman's title, as the adjective after it says ("ingénieure commerciale").
      .replace(
        /(?<![\p{L}\p{N}/&'’-])ingé(s?)(?![\p{L}\p{N}&'’-])(?=(\s+\p{Ll}+(?:ale|elle|ière|euse|trice)s?(?![\p{L}]))?)/gu,
        (_m, s: string, she?: string) => (she ? `ingénieure${s}` : `ingénieur${s}`),
      )
      // "les pb" → "les problèmes": the plural after a plural determiner ("pb" alone is "problème").
      .replace(
        /(?<![\p{L}])(les|des|ces|nos|vos|leurs|ses|mes|plusieurs|\d+)\s+problème(?![\p{L}])/gu,
        (m, det: string) => (det === '1' ? m : `${det} problèmes`),
      )
  );
}

/**
 * Portuguese typed without its accents, where the word without them is no other word: "nao" → "não", "sao" → "são"
 * (not "são paulo", "sao João": a saint's place), "paineis acusticos" → "painéis acústicos", "manutencao" → "manutenção".
 * A word that is another word unaccented stays as typed: "fabrica" (a verb as well as "fábrica"), "esta", "e",
 * "pratico", "publico".
 */
const PT_UNACCENTED = new Map([
  ['nao', 'não'],
  ['ja', 'já'],
  ['tambem', 'também'],
  ['paineis', 'painéis'],
  ['orcamento', 'orçamento'],
  ['orcamentos', 'orçamentos'],
  ['preco', 'preço'],
  ['precos', 'preços'],
  ['servico', 'serviço'],
  ['servicos', 'serviços'],
  ['mes', 'mês'],
  ['gratis', 'grátis'],
  ['util', 'útil'],
  ['uteis', 'úteis'],
  ['medio', 'médio'],
  ['medios', 'médios'],
]);
const PT_UNACCENTED_STEM: ReadonlyArray<[RegExp, string]> = [
  [/^acustic(?=[oa]s?$)/u, 'acústic'],
  [/^plastic(?=[oa]s?$)/u, 'plástic'],
  [/^tecnic(?=[oa]s?$)/u, 'técnic'],
  [/^logistic(?=[oa]s?$)/u, 'logístic'],
  [/^maquin(?=as?$)/u, 'máquin'],
  [/^proxim(?=[oa]s?$)/u, 'próxim'],
  [/^(\p{L}{3,})cao$/u, '$1ção'],
  [/^(\p{L}{3,})coes$/u, '$1ções'],
];
function ptAccented(word: string): string {
  const whole = PT_UNACCENTED.get(word);
  if (whole) return whole;
  for (const [stem, accented] of PT_UNACCENTED_STEM) if (stem.test(word)) return word.replace(stem, accented);
  return word;
}

/**
 * Portuguese typed as spoken or in a hurry, written out: "pró atelier", "prà obra" (Portugal's "para o", "para a"; a
 * letter writes them out; Brazil's "pro", "pra" are the register of the rep's drafts there, and stay), and the words
 * typed without their accents (ptAccented). Only in lower case: "SAO", "Sao" may be a name.
 */
function ptCutShort(text: string): string {
  return ptSpokenEndings(ptEstarSpoken(text))
    .replace(
      /(?<![\p{L}])([Pp])r([óà])(s?)(?![\p{L}])/gu,
      (_m, p: string, a: string, s: string) => `${p}ara ${a === 'ó' ? 'o' : 'a'}${s}`,
    )
    .replace(
      /(?<![\p{L}\p{N}@./'’-])sao(?=\s+\p{Ll})(?!\s+(?:paulo|jo[aã]o|pedro|bento|tom[eé]|miguel|jos[eé]|lu[ií]s|vicente|paio|mamede|roque|caetano|carlos|sebasti[aã]o|gon[cç]alo|francisco|domingos|br[aá]s|martinho|louren[cç]o|bernardo|jorge|marcos|mateus|tiago|f[eé]lix|leopoldo|jer[oô]nimo|crist[oó]v[aã]o)(?![\p{L}]))/gu,
      'são',
    )
    .replace(/(?<![\p{L}\p{N}@./'’-])\p{Ll}+(?![\p{L}\p{N}@'’-]|\.\p{L})/gu, ptAccented);
}

/**
 * Words said as Minas (and much of Brazil) says them, written as a message writes them: "cê" → "você", "c" → "com", "cafezim" →
 * "cafezinho", a "we" verb without its last "s" ("sentamo", "fazemo", "reduzimo" → "sentamos", "fazemos", "reduzimos";
 * never the "I" of "me chamo", "eu reclamo", nor "próximo", "último", "mínimo", "extremo", "ramo"), and a noun after a
 * count of two or more in the plural the count asks for ("40 caminhão" → "40 caminhões", "3 mineradora" → "3
 * mineradoras"; not a year, a day, an hour or a unit: "em 2024 teve", "dia 15 fica", "6 km").
 */
const PT_NOT_WE_VERB =
  /^(?:pr[oó]xim|[oó]ptim|d[eé]cim|[uú]ltim|pen[uú]ltim|m[ií]nim|m[aá]xim|[oó]tim|p[eé]ssim|[ií]ntim|leg[ií]tim|mar[ií]tim|[ií]nfim|prim|[aâ]nim|an[oô]nim|sin[oô]nim|un[aâ]nim|empr[eé]stim|extrem|suprem|blasfem|ram|reclam|derram|program|proclam|aclam|escam|imprim|comprim|exprim|suprim|oprim|redim|esprem)o$|(?:[eé]sim|[ií]ssim)o$/u;
/** "We" of "-ir" verbs a rep says of their work, typed without the "s": "reduzimo", "conseguimo", "garantimo". */
const PT_IR_WE =
  /^(?:reduz|produz|conduz|introduz|traduz|conseg|persegu|segu|constru|distribu|inclu|conclu|dimin|substitu|atribu|evolu|instru|possu|cumpr|abr|divid|decid|sub|descobr|cobr|assum|consum|resum|permit|garant|invest|part|repart|defin|emit|transmit|admit|ating|dirig|corrig|exig|serv|preench|sent|fing|insist|assist|exib|preven|interv|inser|ger)imo$/u;
const PT_COUNTED_NOT_NOUN =
  /^(?:que|ela|ele|era|não|nao|sua|uma|agora|hoje|fora|junto|tarde|cedo|muito|muita|pouco|pouca|quase|apenas|somente|tanto|demais|nenhum|nenhuma|alguma|algum|para|pra|pro|entre|contra|sobre|desde|como|quando|onde|cada|sempre|então|entao|nunca|ainda|depois|antes|durante|logo|porque|pois|mesmo|mesma|outra|outro|toda|todo|nossa|nosso|essa|esse|este|esta|aquele|aquela|cerca|perto|longe|acima|abaixo|hora|vez)$/u;
function ptPlural(noun: string): string | undefined {
  if (PT_COUNTED_NOT_NOUN.test(noun)) return undefined;
  if (/^m[eê]s$/u.test(noun)) return 'meses';
  // "são", "estão", "vão", a future's "terão": verbs, not nouns in "-ão".
  if (/^(?:são|estão|vão|dão|hão|tão|então)$|(?:ar|er|ir)ão$/u.test(noun)) return undefined;
  // Not every "-ão" is "-ões": "órgão", "cidadão", "irmão" are "-ãos", "alemão", "capitão", "cão" "-ães" (as typed, with
  // or without the tilde: "12 orgao" is "12 orgaos").
  const aos = /^(órg|org|órf|orf|sót|sot|cidad|crist|irm|acórd|acord|bênç|benç|benc|gr|ch)([ãa])o$/u.exec(noun);
  if (aos) return `${aos[1]}${aos[2]}os`;
  const aes = /^(alem|capit|tabeli|charlat|escriv|catal|c)([ãa])o$/u.exec(noun);
  if (aes) return `${aes[1]}${aes[2]}es`;
  if (/(?:m|p)[ãa]o$/u.test(noun)) return undefined;
  if (/ão$/u.test(noun)) return noun.replace(/ão$/u, 'ões');
  // "30 caminhao": "-ão" typed without its tilde is still "-ão" ("caminhões", never "caminhaos").
  if (/\p{L}{3}ao$/u.test(noun)) return noun.replace(/ao$/u, 'ões');
  if (/[aeo]$/u.test(noun)) return `${noun}s`;
  return undefined;
}
function ptSpokenEndings(text: string): string {
  return (
    text
      .replace(/(?<![\p{L}\p{N}@./'’-])(?:cê|ocê)(?=\s+\p{Ll})/gu, 'você')
      // "análise de vibração c sensor online": a lone "c" before a word is "com", as "c/" is; never a letter naming
      // something ("vitamina c", "classe c", "o turno c", "firmware em c"), nor where "com" could not stand, before a
      // conjunction or a "da" ("turno c da fábrica", "em c e painel web").
      .replace(
        /(?<![\p{L}\p{N}@./'’-])(?<!(?<![\p{L}])(?:classe|vitamina|plano|tipo|letra|item|série|serie|turno|turma|bloco|setor|ala|galpão|galpao|linha|prédio|predio|torre|área|area|fase|etapa|lote|categoria|nível|nivel|grupo|sala|portão|portao|porta|doca|pavilhão|pavilhao|modelo|versão|versao|em|de|o|a|do|da|no|na|linguagem|padrão|padrao|anexo|opção|opcao|faixa|nota|conceito)\s)c(?=\s+(?!(?:da|do|das|dos|de|e|ou|é|em|na|no|que|foi|fica|tem|está|esta|recebe)(?![\p{L}]))\p{Ll})/gu,
        'com',
      )
      .replace(/(?<![\p{L}\p{N}@./'’-])(\p{Ll}{3,})zim(?![\p{L}\p{N}@'’-])/gu, '$1zinho')
      // "-imo" is as often an "I" ("estimo", "imprimo") or an adjective ("décimo", "óptimo", "legítimo") as a "we": read
      // as one only for a verb in "-ir" a rep says of their work ("reduzimo", "conseguimo", "instalamo" is "-amo"), or
      // after its "we" ("a gente …imo"); "-amo", "-emo" after no "I" of the rep.
      .replace(
        /(?<![\p{L}\p{N}@./'’-])(?<!(?<![\p{L}])(?:me|eu|te|se|lhe)\s+(?:(?:já|ja|também|tambem|sempre|não|nao|só|so)\s+)?)(\p{Ll}{3,}[aei]mo)(?![\p{L}\p{N}@'’-])/gu,
        (m, word: string, at: number, whole: string) =>
          PT_NOT_WE_VERB.test(word) ||
          (/imo$/u.test(word) &&
            !PT_IR_WE.test(word) &&
            !/(?<![\p{L}])(?:a gente|nós|nóis|nois)\s+(?:(?:já|ja|também|tambem|sempre|não|nao|só|so)\s+)?$/u.test(
              whole.slice(0, at),
            ))
            ? m
            : `${word}s`,
      )
      // A count is one only after a verb, a preposition or a comma ("perderam 2 carga", "em 6 mes", "frota, 40
      // caminhão"); after a noun it is a label ("etapa 2 cavita", "fase 2 arranca", "nr 12 completo"), and a gerund
      // after it is no noun ("tem 3 rodando"). A participle after the noun ("40 caminhão parado", "2 dia parada") may
      // agree with it or with another: the phrase stays as typed rather than half in the plural.
      .replace(
        /(?<![\p{L}\p{N}@./'’,:-])(?<=(?:^|[,;:(]\s*|(?<![\p{L}])(?:em|de|com|por|para|pra|pro|mais|menos|uns|umas|os|as|cerca de|tem|têm|teve|tinha|há|ha|\p{Ll}+(?:ou|eu|iu|aram|eram|iram|am|em|ar|er|ir|ndo|ava|avam))\s+))(?<!(?<![\p{L}])(?:dia|dias|às|as|das|nº|n|número|numero|versão|versao|top|nota|até|ate)\s+)(\d+)\s+(?!\p{Ll}+ndo(?![\p{L}]))(\p{Ll}{3,})(?![\p{L}\p{N}@'’/-])(?!\s+\p{Ll}+(?:ado|ada|ados|adas|ido|ida|idos|idas)(?![\p{L}]))/gu,
        (m, count: string, noun: string) => {
          const n = Number(count);
          if (n < 2 || (count.length === 4 && n >= 1900 && n <= 2099)) return m;
          const plural = ptPlural(noun);
          return plural ? `${count} ${plural}` : m;
        },
      )
      // "30 caminhões novo": an adjective after a noun made plural agrees with it ("30 caminhões novos"). Only where the
      // adjective ends its phrase (a stop, a preposition, "e", "esse ano" after it): "ha 3 meses nova gerente" is a new
      // manager, not new months; and never after a span of time ("3 meses", "2 anos", "5 vezes"), whose adjective is of
      // another.
      .replace(
        /(?<=(?<![\p{L}\p{N}])\d+\s+(\p{Ll}+(?:ões|os|as|es|ens))\s+)(nov|usad|própri|propri|elétric|eletric|velh|pequen|antig)([oa])(?![\p{L}])(?=\s*(?:[,.;:!?)]|$)|\s+(?:e|ou|mas|de|do|da|dos|das|em|no|na|nos|nas|para|pra|pro|com|por|que|há|ha|até|ate|esse|este|essa|esta|nesse|neste|nessa|nesta|hoje|ontem|agora|já|ja|recentemente)(?![\p{L}]))/gu,
        (m, noun: string, stem: string, end: string) =>
          /^(?:dias|meses|anos|semanas|horas|vezes|minutos|segundos|décadas|decadas|séculos|seculos)$/u.test(noun)
            ? m
            : `${stem}${end}s`,
      )
  );
}

/**
 * Brazil's spoken "estar" written as a letter writes it: "ta"/"tá", "tão", "tô" before a gerund ("você ta brigando", "eles
 * tão abrindo") are "está", "estão", "estou", and "tava", "tavam" are always "estava", "estavam" ("você tava no painel").
 * Elsewhere "tá" stays the rep's ("o time tá afogado"), and "tão" is "so" ("tão grande", "tão rápido quanto").
 */
function ptEstarSpoken(text: string): string {
  return (
    text
      // "e tipo, eles usam …", ", tipo, …": spoken "like" before a clause goes ("qual tipo, exatamente" is a kind).
      .replace(/(?<=(?:^|[,;]\s*|(?<![\p{L}])e\s+))[Tt]ipo\s*,\s+(?=\p{L})/gu, '')
      // "trial 30 dias", "teste 15 dias": a time after a trial or a term takes its "de" ("trial de 30 dias").
      .replace(
        /(?<![\p{L}])(trial|free trial|teste|teste grátis|demo|piloto|período de teste|garantia|prazo(?:\s+de\s+entrega)?)\s+(?=\d+\s*(?:dias|semanas|meses|anos|horas)(?![\p{L}]))/giu,
        '$1 de ',
      )
      .replace(/(?<![\p{L}\p{N}@./'’-])(t[aá]|t[aã]o|tô)(?=\s+\p{Ll}+ndo(?![\p{L}]))/gu, (_m, w: string) =>
        /^t[aá]$/u.test(w) ? 'está' : w === 'tô' ? 'estou' : 'estão',
      )
      .replace(/(?<![\p{L}\p{N}@./'’-])tava(m?)(?![\p{L}\p{N}@'’-])/gu, 'estava$1')
  );
}

function chatToPlainIn(text: string, lang: string): string {
  const words = CHAT_OTHER[lang];
  const pattern = CHAT_OTHER_WORD[lang];
  if (!words || !pattern) return text;
  // "(orange, mtn, moov, wave)": an item of a list of names is a name ("MTN", a brand), never chat ("maintenant"); one of
  // consonants only is an acronym, and written as one. Only when what the chat stands for could be no item of a list
  // (an adverb, a conjunction): shorthand for a noun ("(heures, pieces, pb)", "(crm, sw, planilha)") is that noun.
  const plain = text.replace(pattern, (m, word: string, at: number, whole: string) =>
    !CHAT_NOUN.has(words.get(word) ?? '') &&
    /(?:^|[(,/]\s*)[\p{L}\p{N}&'’.-]+\s*[,/]\s*$/u.test(whole.slice(0, at)) &&
    /^\s*[,/)]/u.test(whole.slice(at + m.length))
      ? /^[^aeiouyàâéèêëîïôûù]{2,4}$/iu.test(m)
        ? m.toUpperCase()
        : m
      : (words.get(word) ?? m),
  );
  if (lang === 'es') return esCutShort(plain);
  if (lang === 'fr') return frCutShort(plain);
  if (lang === 'pt') return ptCutShort(plain);
  return lang === 'de'
    ? plain
        // "nachste woche": "nächste" typed without its umlaut and its "e" ("nachste" is no German word; "naechste" is
        // the rep's own spelling and stays).
        .replace(/(?<![\p{L}])([Nn])achst(e[nmrs]?)(?![\p{L}])/gu, '$1ächst$2')
        .replace(DE_CUT_SHORT_WORD, (m, word?: string, unit?: string) => DE_CUT_SHORT.get(word ?? unit ?? '') ?? m)
        // "hat den schwund von 7 auf 2% runter": chat's "runter" with no verb after a fall from one figure to another is
        // what it was brought down to, "gesenkt".
        .replace(
          /(?<![\p{L}])((?:hat|haben|hatte|hatten)\s[^,.;!?]{0,60}?von\s+[\d.,]+\s*%?\s+auf\s+[\d.,]+\s*%?)\s+runter(?=\s*(?:[,.;!?)]|$))/gu,
          '$1 gesenkt',
        )
    : plain;
}

/**
 * Spoken Québec French typed as said, written as a rep writes to a prospect: "pis" is "et", "faque" "alors", "ya" "il y
 * a", "pantoute" "du tout", "j'" before a consonant "je" ("j'peux": French elides only before
 * a vowel), "ma chum"/"mon chum" a friend ("mon amie", "mon ami"), "la semaine pro" "la semaine prochaine", "rénos"
 * "rénovations". Only in lower case: a capitalised word may be a name. Said as the draft is laid out, so what a cut
 * keeps is read as typed ("pis que …" is no clause a cut may take where "et que …" would be) and what it adds counts
 * towards the limit.
 */
export function frSpoken(text: string): string {
  return (
    text
      .replace(/(?<![\p{L}'’])pis(?=\s+\p{L})/gu, 'et')
      // "Ça vous tente-tu de voir la vidéo ?": the yes-or-no "-tu" after a verb of the third person goes; the question
      // mark asks it.
      .replace(/(?<=\p{L}[eta])-tu(?=\s|[?!.,]|$)/gu, '')
      .replace(/(?<![\p{L}'’])faque(?![\p{L}])/gu, 'alors')
      .replace(/(?<![\p{L}'’])([Yy])a(?=\s+\p{L})/gu, (_m, y: string) => (y === 'Y' ? 'Il y a' : 'il y a'))
      .replace(/(?<![\p{L}])([Jj])['’](?=[bcdfgjklmnpqrstvwxz])/gu, '$1e ')
      .replace(/(?<![\p{L}])([Mm])a chum(?![\p{L}])/gu, '$1on amie')
      .replace(/(?<![\p{L}])([Mm])on chum(?![\p{L}])/gu, '$1on ami')
      .replace(/(?<![\p{L}])(semaine|fin de semaine)\s+pro(?![\p{L}])/gu, '$1 prochaine')
      .replace(/(?<![\p{L}])réno(s?)(?![\p{L}])/gu, (_m, plural: string) => `rénovation${plural}`)
      .replace(/(?<![\p{L}'’])pantoute(?![\p{L}])/gu, 'du tout')
      .replace(/(?<![\p{L}'’])([Ii]l) y a (pas|jamais|rien|plus)(?![\p{L}])/gu, "$1 n'y a $2")
      // Speech drops the "ne" of a negation ("le système gère pas le transfert", "les reps ont rien à taper"); writing
      // keeps it: "ne gère pas", "n'ont rien". Only a finite verb by its ending, after its subject (no article or
      // preposition before it), before "pas", "jamais" or "rien".
      .replace(
        /(?<=(?<![\p{L}'’])(?!(?:de|des|du|le|la|les|un|une|en|à|a|au|aux|par|pour|sur|dans|avec|sans|et|ou|mais|plus|très|pas|ne|n['’]y|n['’]|y|se|me|te|nous|vous|le|lui|leur|en|s['’]|m['’]|t['’]|l['’])(?![\p{L}]))(?<![\p{L}](?:s|m|t|l|n)['’])\p{L}[\p{L}'’-]*\s+)(a|(?=\p{Ll}{2})\p{Ll}*(?:e|es|ent|ons|ez|as|ont|ait|aient|ais|is|it|ut|st))(?=\s+(?:pas(?!\s+mal(?![\p{L}]))|jamais|rien)(?![\p{L}]))/gu,
        (m: string, verb: string) =>
          /^(?:encore|toujours|même|presque|tout|surtout|juste|vraiment|bien|trop|assez|comme|cette|quelque)$/u.test(
            verb,
          )
            ? m
            : /^[aeiouéèêh]/u.test(verb)
              ? `n'${verb}`
              : `ne ${verb}`,
      )
  );
}

/**
 * In de/es/fr/pt, a person's name typed in lower case where an answer starts, after "sou", "soy", "je suis" or
 * "ich bin" if anything: "rafael moreira sensilo, …" → "Rafael Moreira sensilo, …", "jorge me indicou" → "Jorge me
 * indicou". Only a word the lexicon knows as a first name and as nothing else, and after it a word it knows as a surname.
 */
function ownNameCased(text: string): string {
  return text
    .replace(
      /^((?:(?:sou|eu sou|soy|me llamo|je suis|je m'appelle|ich bin|ich heiße|aqui é|aquí)\s+(?:(?:o|a|el|la)\s+)?)?)(\p{Ll}[\p{L}'-]+)(\s+\p{Ll}[\p{L}'-]+)?/iu,
      (m, lead: string, first: string, second?: string) => {
        // A name and nothing else the lexicon knows; a word it does not know at all may be anything. Its accent makes it
        // no other name: "álvaro" is "alvaro" to the lexicon.
        const plain = first.normalize('NFD').replace(/\p{M}/gu, '');
        if (lexiconTags(plain).length === 0 || !nameInAnyCase(plain)) return m;
        const surname = second !== undefined && lexiconTags(second.trim()).includes('LastName');
        return `${lead}${titleCase(first)}${second === undefined ? '' : surname ? second.replace(/\p{Ll}/u, (c) => c.toUpperCase()) : second}`;
      },
    )
    .replace(
      // "Álvaro de slotea, consultoría …": one word after the name and "de", before a comma, an aside or the end, is the
      // firm the rep is from, named as a firm is.
      /^((?:(?:[Ss]ou|[Ee]u sou|[Ss]oy|[Mm]e llamo|[Jj]e suis|[Ii]ch bin)\s+)?\p{Lu}[\p{L}'-]+\s+(?:de|da|do)\s+)(\p{Ll})(\p{Ll}{2,})(?=\s*(?:,|\(|$))/u,
      (_m, head: string, initial: string, rest: string) => `${head}${initial.toUpperCase()}${rest}`,
    );
}

/**
 * A clause after a comma, then the rep taking it back (".. no,", "… perdón,", "- no wait,") and what they put instead.
 * After dots the word of taking back has its comma: "40 hospitals, mostly in Ohio… no contracts needed" takes nothing back.
 */
const SELF_CORRECTION =
  /,\s*[^,.;…!?]{2,80}?(?:\s*(?:\.{2,}|…)\s*(?:no|nah|non|nein|não|perd[oó]n|digo)\s*[,:]|\s*[,–—-]\s*(?:no wait|nah wait|wait no|I mean|mejor dicho|bueno no|o sea no)(?![\p{L}])\s*[,:]?)\s+[^.!?;]*/giu;

const NETWORK_NAME: Record<string, string> = {
  linkedin: 'LinkedIn',
  whatsapp: 'WhatsApp',
  instagram: 'Instagram',
  youtube: 'YouTube',
  facebook: 'Facebook',
  tiktok: 'TikTok',
};
/** Interjections a rep types before an answer, only with the comma or "!" that sets them off ("nossa equipe" stays). */
const INTERJECTION_FIRST: Record<string, RegExp> = {
  pt: /^(?:uai|ué|ue|pô|poxa|putz|eita|bah|tchê|tche|olha|nossa|cara|bom|enfim)\s*[,!]\s*(?=\p{L})/iu,
  // "vale, pues hicimos …", "vale, pues. el precio …": a "pues" after it goes with it, its full stop too.
  es: /^(?:(?:che|bah|bueno|pues|oye|mira|vale|hombre|uf|uy|ojo)\s*[,!.]\s*)+(?:pues(?:\s*[.!,]\s*|\s+))?(?=\p{L})/iu,
};

/** One answer tidied: no greeting, no sign-off, no note to self, no shouting, the rep's "im" as "I'm". */
export function tidyAnswer(
  text: string,
  options: { company?: string; people?: readonly string[]; lang?: string; scots?: boolean } = {},
): string {
  let t = text.replace(/\s+/g, ' ').trim();
  if (t === '') return t;
  t = withoutGreeting(t);
  // "la conocí en la feria, en su stand.. no, ella pasó por el nuestro", "met at the expo, at her booth - no wait, she came
  // by ours": a rep correcting themselves as they type; the clause corrected and the correction, which leans on it, go.
  t = t.replace(SELF_CORRECTION, '');
  // An emoji before the first word ("👋 Sara at Slotbird", "🎧 her episode") is decoration, not a word.
  t = t.replace(/^[\p{Extended_Pictographic}\u200d\ufe0f\s]+/u, '');
  // "!!!", "??", "¡¡": one mark says it.
  t = t.replace(/([!?¡¿])\1+/gu, '$1');
  // "on the the fpso campaign", "y los los camiones": an article or a preposition typed twice is a slip; once says it.
  // Only words no sentence says twice ("had had", "that that", "nous nous", "que que" may be meant).
  // Three times is meant: "und und und" is German's "and so on".
  t = t.replace(
    /(?<![\p{L}])(the|an|to|of|for|with|und|mit|el|los|del|le|les|du|et|os|do|dos|em)(?:\s+\1(?![\p{L}]))+/giu,
    (m, word: string) => (m.split(/\s+/u).length > 2 ? m : word),
  );
  t = t.replace(PLEASANTRY, (m) => (/^[.!]/.test(m) ? '. ' : ''));
  if (t.replace(CHEER, '').trim().split(/\s+/).length >= 3) t = t.replace(CHEER, '');
  // "… last weekend haha": a laugh at the end of an answer is the rep talking to the form.
  t = t.replace(/[\s,]+(?:ha(?:ha)+|he(?:he)+|lol|lmao|😂|🤣)[.!]*\s*$/iu, '');
  // "… « on chauffe les goélands » lol. pis …", "jaja, …": so is one ending a clause inside it (in lower case: "LOL" may be a
  // name).
  t = t.replace(/[\s,]+(?:ha(?:ha)+|he(?:he)+|ja(?:ja)+|lol|lmao|mdr|😂|🤣)(?=[.!,;](?:\s|$))/gu, '');
  if (SIGN_OFF.test(t) && t.replace(SIGN_OFF, '').trim().split(/\s+/).length >= 2) t = t.replace(SIGN_OFF, '');
  // "cheers - happy to send u the list": a thanks typed before the answer is the rep talking to the form.
  const thanksFirst = /^(?:cheers|thanks|thx|ta|merci|gracias|danke|obrigad[oa])\s*[-–—,:!]+\s*(?=\S)/iu.exec(t);
  if (thanksFirst && t.slice(thanksFirst[0].length).split(/\s+/).length >= 3) t = t.slice(thanksFirst[0].length);
  t = t
    .replace(CRM_NOTES, (note) => (SUPPLIER_TIER.test(note) && !OTHER_CRM_NOTE.test(note) ? note : ''))
    .replace(/^[\s,.;]+/, '');
  // A note to self ("(she was at Pinecrest till last yr)") is not for the prospect.
  t = t.replace(
    /\s*\([^)]*\b(?:she|he|her|him|his|they|them|their|sie|er|ihr|elle|il|ella|él|ela|ele)\b[^)]*\)/giu,
    '',
  );
  // A placeholder the rep forgot: the company if we know it, else nothing.
  t = t.replace(/\[(?:company|firm|org|organisation|organization|name)\]/gi, options.company ?? 'your company');
  // Mostly capitals is shouting, in an answer or one sentence of it: sentence case, keeping short
  // acronyms (ADA, DSO) and names.
  t = t
    .split(/(?<=[.!?])\s+/)
    .map((part) => shoutingToSentenceCase(part))
    .join(' ');
  if ((options.lang ?? 'en') === 'en') {
    t = chatToPlain(options.scots ? scotsToPlain(t) : t);
    t = t.replace(/\b(I['’]m|I am|this is|it['’]s)\s+(\p{Ll}+)/gu, (m, lead: string, name: string) =>
      looksLikeFirstName(name) ? `${lead} ${titleCase(name)}` : m,
    );
    t = t.replace(/^its\b/i, "It's").replace(/\bi(?=\s|$|['’])/g, 'I');
  } else if (options.lang && CHAT_OTHER[options.lang]) {
    // "uai, ele postou …", "bah, vi que …", "che, me contó …": a word exclaimed before the answer, with its comma, is the
    // rep talking to the form; kept, it lands inside the draft's own clause ("Vi que uai, você postou …").
    t = t.replace(INTERJECTION_FIRST[options.lang] ?? /$^/u, '');
    // "escreveu no linkedin", "me escribió por whatsapp": a network is a name, written as it writes itself.
    if (options.lang === 'es' || options.lang === 'pt')
      t = t.replace(
        /(?<![\p{L}\p{N}@./_-])(linkedin|whatsapp|instagram|youtube|facebook|tiktok)(?![\p{L}\p{N}@/_-]|\.\p{L})/gu,
        (_m, site: string) => NETWORK_NAME[site] ?? site,
      );
    // English has its own reading of the rep's name (ownNameCapitalised, in the composer); the other languages' is here.
    t = ownNameCased(chatToPlainIn(t, options.lang));
  }
  for (const person of options.people ?? []) {
    // "mikes shop": a person the answers name, with an "s" and no apostrophe before a noun, is "Mike's shop" (the name
    // with an "s" is no word of its own).
    const first = person.split(/\s+/)[0] ?? '';
    if (
      (options.lang ?? 'en') === 'en' &&
      first.length >= 3 &&
      nameInAnyCase(first) &&
      lexiconTags(`${first.toLowerCase()}s`).length === 0
    )
      t = t.replace(
        new RegExp(`(?<![\\p{L}'’])(${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})s(?=\\s+\\p{Ll})`, 'giu'),
        (_m, name: string) => `${name === name.toLowerCase() ? titleCase(name) : name}'s`,
      );
    // "laut frau graf" of Monika Graf, whom the answers name: the title and the surname are her name ("laut Frau Graf").
    const surname = person.split(/\s+/).slice(1).pop() ?? '';
    if (options.lang === 'de' && surname.length >= 2)
      t = t.replace(
        new RegExp(
          `(?<![\\p{L}])(frau|herr|herrn)\\s+(${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})(?![\\p{L}])`,
          'giu',
        ),
        (_m, title: string, name: string) => `${titleCase(title)} ${titleCase(name)}`,
      );
    if (person === person.toLowerCase())
      t = t.replace(
        new RegExp(`(?<!\\p{L})${person.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'giu'),
        titleCase(person),
      );
  }
  return t.replace(/^[\s,.;:–—-]+/, '').trim();
}

/** A word written as a name: a capital at its start and after each hyphen ("hanse" → "Hanse", "ortiz-lópez" → "Ortiz-López"). */
export function nameCased(word: string): string {
  return word.replace(/(^|-)(\p{Ll})/gu, (_m, d: string, c: string) => d + c.toUpperCase());
}

/**
 * Whether one of `names` (their company, their role) names them by the kind `noun` ("trust" in "Erewash Academy
 * Trust", "Praxis" in "Praxis Dr. Weber", "clínica" in "Clinica Santa Ana"), as a whole word,
 * accents and case aside, in its plural too (s, n or es; y as ies). The one test for both the English and the other languages' possessive.
 */
export function namesKind(noun: string, ...names: string[]): boolean {
  const fold = (t: string) => t.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const n = fold(noun);
  const y = n.endsWith('y');
  const stem = (y ? n.slice(0, -1) : n).replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const re = new RegExp(`(?<![\\p{L}])${stem}(?:${y ? 'y|ies' : 's|n|es'})?(?![\\p{L}])`, 'u');
  return names.some((name) => re.test(fold(name)));
}
