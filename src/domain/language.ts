/**
 * The language a message is written in, so the purpose check reads it with the right cues or says
 * plainly that it did not check it. Pure and synchronous.
 *
 * Most messages are English, and English announces itself in its function words ("the", "you",
 * "and", "I'm"): when they make up a good share of the words, the answer is English without running a
 * detector. Otherwise tinyld (character n-grams, CommonJS, no I/O) decides. On the team's short
 * multilingual messages tinyld and eld were both right on every German, Spanish, French and
 * Portuguese message, franc missed 1 to 3 (the numbers are in the note of issue 10); eld is ESM-only,
 * so tinyld it is. It loads on the first text that needs it: its n-gram profiles cost a process about
 * 40 MB of memory, which English-only teams, and every worker, never need.
 */
import type { detectAll as DetectAll } from 'tinyld';

let detectAll: typeof DetectAll | undefined;

export type SupportedLang = 'en' | 'de' | 'es' | 'fr' | 'pt';

export interface LanguageGuess {
  /** ISO 639-1, or 'und' when the text is too short or too mixed to tell. */
  lang: string;
  supported: boolean;
  confident: boolean;
}

export const SUPPORTED_LANGS: readonly SupportedLang[] = ['en', 'de', 'es', 'fr', 'pt'];

export function isSupportedLang(lang: string): lang is SupportedLang {
  return (SUPPORTED_LANGS as readonly string[]).includes(lang);
}

/** Words common in English and rare as words in the other languages tinyld knows. */
const ENGLISH_WORDS = new Set([
  'the',
  'and',
  'you',
  'your',
  'to',
  'of',
  'with',
  'for',
  'is',
  'that',
  'this',
  'it',
  "it's",
  'would',
  'could',
  'i',
  "i'm",
  "i'd",
  "i've",
  "i'll",
  'we',
  "we're",
  "we've",
  'my',
  'our',
  'are',
  'was',
  'be',
  'have',
  'has',
  'on',
  'at',
  'from',
  'about',
  'if',
  'can',
  'will',
  'just',
  'what',
  'how',
  'want',
  'us',
  'an',
  'or',
  'not',
  'any',
  'more',
  'saw',
  'thanks',
  'hi',
  'happy',
  'send',
  'glad',
  'hello',
  'hey',
  'dear',
  'regards',
  'best',
  'subject',
  'thank',
  'cheers',
  'kind',
  'which',
  'when',
  'who',
  'worth',
  'into',
  'by',
  'they',
  'their',
  'there',
  'here',
  "you're",
  "don't",
  'let',
  "let's",
  'connect',
  'quick',
  'call',
  'week',
  'time',
  'help',
  'love',
  'like',
]);

const NOISE =
  /https?:\/\/\S+|\b[\w.+-]+@[\w-]+\.[\w.]+|\{\{?[^}]*\}?\}|\[[^\]]*\]|[@#][\w-]+|\b[\w-]+\.(?:com|io|org|net|app|co|ai|dev|link)\/\S*/gi;

const UNDETERMINED: LanguageGuess = { lang: 'und', supported: false, confident: false };

export function detectLanguage(text: string): LanguageGuess {
  // Links, addresses, handles and merge fields say nothing about the language; most texts have none.
  const clean = /[/@#{[]/.test(text) ? text.replace(NOISE, ' ') : text;
  const { words, english } = countWords(clean);
  if (words === 0) return UNDETERMINED;
  // English prose runs at 20–50% of these words, terse notes at 13%; on the team's German, Spanish,
  // French and Portuguese messages they never passed 11% (a borrowed "Hi", "call", "me", "on").
  if (english >= 3 && english / words >= 0.12) return { lang: 'en', supported: true, confident: true };
  if (words < 3) {
    return english > 0 ? { lang: 'en', supported: true, confident: false } : UNDETERMINED;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  detectAll ??= (require('tinyld') as { detectAll: typeof DetectAll }).detectAll;
  const [top, second] = detectAll(clean);
  if (!top) return english > 0 ? { lang: 'en', supported: true, confident: false } : UNDETERMINED;
  const lang = top.lang.length === 2 ? top.lang : 'und';
  // A short text gives the detector little to go on: trust it only with a clear lead.
  const lead = second ? top.accuracy / Math.max(second.accuracy, 1e-9) : Infinity;
  // Place and product names pull a short text towards far-off languages (an English note naming Kraków,
  // Łódź and Gdańsk reads as Polish). A guess none of whose own little words are in the text yields to
  // a language we read whose little words are: three different ones at least.
  // So do chat-written notes in a language we read (Chilean "q", "pa", "x" read as German): a guess with none of its own
  // little words yields just the same.
  if (functionWordCount(clean, lang) === 0) {
    const read = languageOfLittleWords(clean);
    if (read) return { lang: read, supported: true, confident: true };
  }
  const confident = lang !== 'und' && words >= 5 && top.accuracy >= 0.05 && lead >= 1.5;
  // An unsure guess of a language we read, with none of its own little words, yields to a runner-up we read that has two
  // of its own (a guess of Italian or Catalan stays: those are for the vote below). A French
  // note with borrowed English ("un petit follow-up sur mon message") has no English word in it, only letter runs.
  if (
    !confident &&
    second &&
    isSupportedLang(lang) &&
    functionWordCount(clean, lang) === 0 &&
    isSupportedLang(second.lang)
  ) {
    if (functionWordCount(clean, second.lang) >= 2) return { lang: second.lang, supported: true, confident: true };
  }
  if (!confident || lang !== 'en') {
    // Character n-grams can waver between close languages, or land far off (a Spanish note read as
    // Vietnamese, a Portuguese ad as Berber, a Catalan one as Spanish); the little words of a sentence
    // (articles, pronouns, prepositions) do not. On every labelled message the team has, a clear vote
    // never disagreed with a confident n-gram guess except on that Catalan one, where the vote was right.
    const voted = voteFunctionWords(clean);
    if (voted) return { lang: voted, supported: isSupportedLang(voted), confident: true };
    // Spanish and Portuguese share most letter runs ("temporada alta", "camiones disponibles"): a short note's little
    // words, those only one of the two writes, settle it when the other has none, or three times fewer.
    const sister = lang === 'es' ? 'pt' : lang === 'pt' ? 'es' : undefined;
    if (sister) {
      const theirs = ownWords(clean, sister);
      const ours = ownWords(clean, sister === 'es' ? 'pt' : 'es');
      if ((theirs >= 2 && ours === 0) || (theirs >= 3 && theirs >= 3 * ours))
        return { lang: sister, supported: true, confident: true };
    }
  }
  return { lang, supported: isSupportedLang(lang), confident };
}

/**
 * Function words that mark one language among those a sales team in Europe or Latin America is likely
 * to write in (the supported ones, and Catalan, Italian and Dutch, which must come back "not checked"). Words
 * shared by two of them ("de", "la", "que", "una", "je", "con") are left out: they cannot tell them apart.
 */
const FUNCTION_WORDS: Record<string, readonly string[]> = {
  de: [
    'der',
    'die',
    'das',
    'und',
    'ich',
    'ist',
    'nicht',
    'mit',
    'für',
    'auf',
    'ein',
    'eine',
    'einen',
    'dem',
    'den',
    'zu',
    'bei',
    'wir',
    'ihnen',
    'sie',
    'ihr',
    'ihre',
    'dass',
    'auch',
    'wie',
    'habe',
    'haben',
    'gern',
    'gerne',
    'uns',
    'oder',
    'noch',
    'vom',
    'zum',
    'zur',
    'im',
    'über',
    'dir',
    'dich',
    'ihren',
    'ihrem',
    'unser',
    'unsere',
    'sind',
    'hat',
    'wäre',
  ],
  es: [
    'el',
    'los',
    'las',
    'del',
    'y',
    'muy',
    'pero',
    'usted',
    'ustedes',
    'está',
    'están',
    'hola',
    'gracias',
    'también',
    'puedo',
    'tengo',
    'qué',
    'nuestro',
    'nuestra',
    'nuestros',
    'mi',
    'mis',
    'soy',
    'al',
    'hay',
    'sus',
    'le',
    'les',
    'lo',
    'te',
    'ya',
    'es',
    'fue',
    'vi',
    'leí',
    'su',
    'tu',
    'tus',
    'si',
    'estos',
    'esta',
    'este',
    'cómo',
    'buenos',
    'buenas',
    // Common words Portuguese and Catalan spell otherwise ("temos", "quando", "onde", "mais", "sem", "hoje", "muito"): a
    // Spanish note naming no one but the places and trucks it is about is Spanish by them.
    'tenemos',
    'tiene',
    'tienen',
    'puede',
    'pueden',
    'cuando',
    'donde',
    'nosotros',
    'ellos',
    'ella',
    'más',
    'sin',
    'hasta',
    'hoy',
    'mucho',
    'mucha',
    'bien',
  ],
  fr: [
    'le',
    'les',
    'des',
    'du',
    'et',
    'vous',
    'est',
    'une',
    'pour',
    'avec',
    'dans',
    'sur',
    'pas',
    'nous',
    'au',
    'aux',
    'ce',
    'qui',
    'votre',
    'vos',
    'mon',
    'ma',
    'très',
    'bonjour',
    'merci',
    "j'ai",
    "c'est",
    'je',
    'suis',
    'avons',
    'peux',
    'ton',
    'ta',
    'tes',
    'cette',
    'sont',
    'été',
    'notre',
    'nos',
  ],
  pt: [
    'não',
    'você',
    'vocês',
    'o',
    'os',
    'as',
    'um',
    'do',
    'da',
    'dos',
    'das',
    'no',
    'na',
    'nos',
    'nas',
    'em',
    'com',
    'é',
    'ao',
    'à',
    'seu',
    'sua',
    'também',
    'olá',
    'oi',
    'obrigado',
    'obrigada',
    'meu',
    'minha',
    'nosso',
    'nossa',
    'eu',
    'isso',
    'pelo',
    'pela',
    'mais',
    'sou',
    'lhe',
    'tenho',
    'temos',
    'vai',
    'está',
    'estão',
    'ou',
    'já',
    'até',
  ],
  it: [
    'il',
    'gli',
    'di',
    'che',
    'per',
    'è',
    'sono',
    'ho',
    'della',
    'nel',
    'alla',
    'anche',
    'non',
    'ciao',
    'grazie',
    'tuo',
    'tua',
    'vostro',
    'questo',
    'questa',
    'molto',
    'sul',
    'sulla',
    'degli',
    'ti',
    'mi',
    'ed',
    'abbiamo',
  ],
  ca: [
    'el',
    'del',
    'al',
    'hola',
    'els',
    'amb',
    'és',
    'què',
    'teva',
    'teu',
    'teves',
    'sóc',
    'tinc',
    'tenim',
    'aquest',
    'aquesta',
    'molt',
    'perquè',
    'també',
    'puc',
    'podem',
    'dels',
    'als',
    'us',
    'bé',
    'gràcies',
    'bon',
    'vostra',
    'vostre',
    'nostra',
    'nostre',
    'seva',
    'seu',
  ],
  nl: [
    'het',
    'een',
    'ik',
    'van',
    'voor',
    'met',
    'op',
    'niet',
    'dat',
    'wij',
    'jij',
    'jouw',
    'u',
    'uw',
    'zijn',
    'ook',
    'heb',
    'graag',
    'naar',
    'bij',
    'dit',
    'onze',
    'ons',
    'je',
    'hoi',
    'bedankt',
    'wil',
  ],
};
const WORD_LANGS = new Map<string, string[]>();
for (const [lang, list] of Object.entries(FUNCTION_WORDS))
  for (const w of list) WORD_LANGS.set(w, [...(WORD_LANGS.get(w) ?? []), lang]);

/**
 * Little words one of Spanish and Portuguese has and the other never writes: "no", "o", "nos", "te", "vi", "esta",
 * "este" and "tu" are both's, and say nothing between them.
 */
const SISTER_OWN: Record<'es' | 'pt', ReadonlySet<string>> = {
  es: new Set(
    'el la los las del al en con un una es y usted ustedes muy pero hay tenemos tiene tienen puede pueden cuando donde nosotros ellos ella más sin hasta hoy mucho mucha bien soy estos'.split(
      ' ',
    ),
  ),
  pt: new Set(
    'não você vocês as um uma do dos das na nas em com é ao à seu sua meu minha nosso nossa eu isso pelo pela mais lhe tenho temos vai ou já até'.split(
      ' ',
    ),
  ),
};

function ownWords(text: string, lang: 'es' | 'pt'): number {
  let n = 0;
  for (const m of text.toLowerCase().matchAll(/[\p{L}']+/gu)) if (SISTER_OWN[lang].has(m[0])) n++;
  return n;
}

/** The language whose function words clearly outnumber every other's (at least 4, and twice the next), if any. */
export function voteFunctionWords(text: string): string | undefined {
  const counts = new Map<string, number>();
  for (const m of text.toLowerCase().matchAll(/[\p{L}']+/gu)) {
    const langs = WORD_LANGS.get(m[0]);
    // A word two of these languages share says nothing about which one it is.
    if (langs?.length === 1) counts.set(langs[0] as string, (counts.get(langs[0] as string) ?? 0) + 1);
  }
  const [first, next] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < 4 || (next && first[1] < 2 * next[1])) return undefined;
  return first[0];
}

/** The supported language with the most different little words in the text, if it has three or more. */
function languageOfLittleWords(text: string): SupportedLang | undefined {
  const seen = new Map<string, Set<string>>();
  for (const m of text.toLowerCase().matchAll(/[\p{L}']+/gu)) {
    const word = m[0];
    const langs = ENGLISH_WORDS.has(word) ? ['en'] : WORD_LANGS.get(word);
    if (langs?.length !== 1) continue;
    const lang = langs[0] as string;
    if (!isSupportedLang(lang)) continue;
    const words = seen.get(lang);
    if (words) words.add(word);
    else seen.set(lang, new Set([word]));
  }
  let best: SupportedLang | undefined;
  let most = 2;
  for (const [lang, words] of seen) {
    if (words.size > most) {
      most = words.size;
      best = lang as SupportedLang;
    }
  }
  return best;
}

/**
 * How many of the text's words only `lang` uses among the languages above (its function words), or for
 * English how many are common English words: the evidence that a sentence is in that language at all.
 */
export function functionWordCount(text: string, lang: string): number {
  if (lang === 'en') return countWords(text, false).english;
  let count = 0;
  for (const m of text.toLowerCase().matchAll(/[\p{L}']+/gu)) {
    const langs = WORD_LANGS.get(m[0]);
    if (langs?.length === 1 && langs[0] === lang) count++;
  }
  return count;
}

/**
 * Words, and how many of them are common English words. A loop over char codes rather than a
 * Unicode regex: this runs on every message the check sees.
 */
export function countWords(text: string, stopEarly = true): { words: number; english: number } {
  let words = 0;
  let english = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && !isLetter(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    let ascii = true;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isLetter(c)) {
        if (c >= 128) ascii = false;
        i++;
      } else if ((c === 39 || c === 0x2019) && i + 1 < n && isLetter(text.charCodeAt(i + 1))) {
        if (c !== 39) ascii = false;
        i++;
      } else break;
    }
    words++;
    // A lowercase "i" on its own is a word in Swedish, Norwegian, Danish, Polish and Italian too; an English
    // writer in lowercase uses it among other common words, which count.
    const lowercaseI = i - start === 1 && text.charCodeAt(start) === 105;
    if (ascii && i - start <= 7 && !lowercaseI && isEnglishWord(text, start, i)) english++;
    // Twenty-five words of which a quarter are common English words settle it; the rest need not be read.
    if (stopEarly && words === 25 && english >= 6) break;
  }
  return { words, english };
}

/**
 * ENGLISH_WORDS as a trie over lowercase char codes, so a word is looked up without slicing it out. The trie is
 * flat: a node's children are a row of TRIE_NEXT, one column per character the words use (TRIE_COLUMN), 0 for
 * none (the root is no one's child); a Map per node cost a hash lookup at every letter of every word.
 */
const TRIE_COLUMN = new Int16Array(128).fill(-1);
let trieWidth = 0;
for (const w of ENGLISH_WORDS) {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 128 && TRIE_COLUMN[c] === -1) TRIE_COLUMN[c] = trieWidth++;
  }
}
const TRIE_WIDTH = trieWidth;
const { next: TRIE_NEXT, word: TRIE_WORD } = ((): { next: Int32Array; word: Uint8Array } => {
  const rows: Int32Array[] = [new Int32Array(TRIE_WIDTH)];
  const words: number[] = [0];
  for (const w of ENGLISH_WORDS) {
    let node = 0;
    let listed = true;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      // A word with a character past ASCII is never looked up (countWords reads ASCII words only).
      if (c >= 128) {
        listed = false;
        break;
      }
      const column = TRIE_COLUMN[c] as number;
      const row = rows[node] as Int32Array;
      let to = row[column] as number;
      if (to === 0) {
        to = rows.length;
        rows.push(new Int32Array(TRIE_WIDTH));
        words.push(0);
        row[column] = to;
      }
      node = to;
    }
    if (listed) words[node] = 1;
  }
  const next = new Int32Array(rows.length * TRIE_WIDTH);
  rows.forEach((row, node) => {
    next.set(row, node * TRIE_WIDTH);
  });
  return { next, word: Uint8Array.from(words) };
})();

function isEnglishWord(text: string, start: number, end: number): boolean {
  let node = 0;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    const column = c < 128 ? (TRIE_COLUMN[c] as number) : -1;
    if (column < 0) return false;
    node = TRIE_NEXT[node * TRIE_WIDTH + column] as number;
    if (node === 0) return false;
  }
  return TRIE_WORD[node] === 1;
}

function isLetter(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  // Latin-1 and Latin Extended letters, Greek, Cyrillic and the rest: anything past the punctuation blocks.
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0xc0 && c <= 0x24f) return true;
  if (c < 0x370) return false;
  if ((c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xd800 && c <= 0xdfff) || c === 0xfeff)
    return false;
  return true;
}
