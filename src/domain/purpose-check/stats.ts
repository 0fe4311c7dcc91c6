import type { Anatomy } from './anatomy';
import { screened } from './screen';
import type { PurposeStats } from './types';

const READER = /\b(?:you|your|yours|yourself|you're|you've|you'd|you'll)\b/i;
const SHARED_HISTORY = screened(
  ['met', 'both', 'spoke', 'talked', 'chatted', 'shared', 'worked together', 'sat next', 'sat together'],
  /\b(?:we|you and i)\s+(?:(?:briefly|first|last|already)\s+)?(?:met|both|spoke|talked|chatted|were both|shared|worked together|sat (?:next to|together))\b|\bboth of us\b/i,
);
const SENDER = /\b(?:i|i'm|i've|i'd|i'll|me|my|mine|we|we're|we've|we'd|we'll|us|our|ours)\b/i;

/**
 * Letters and digits of any script make words; spaces, punctuation, symbols and emoji do not.
 * A char-code loop, because regexes with Unicode classes were the check's single biggest cost.
 */
function isWordCode(c: number): boolean {
  if (c < 128) return ASCII_WORD[c] === 1;
  if (c >= 0xd800 && c <= 0xdfff) return false; // surrogate halves: emoji and other astral symbols
  if (c >= 0x2000 && c <= 0x2bff) return false; // general punctuation, arrows, symbols, dingbats
  if (c === 0xa0 || c === 0xab || c === 0xbb || c === 0xb7 || c === 0x3000) return false;
  return true;
}

/** isWordCode for ASCII, as a table: one lookup instead of six comparisons per character. */
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, c) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0,
);

/** How computeStats reads an ASCII character: no word character, a figure, a consonant, a vowel (a, e, i, o, u) or y. */
const NOT_WORD = 0;
const FIGURE = 1;
const CONSONANT = 2;
const VOWEL = 3;
const Y = 4;
const LETTER_KIND = Uint8Array.from({ length: 128 }, (_, code) => {
  if (ASCII_WORD[code] !== 1) return NOT_WORD;
  const c = code >= 65 && code <= 90 ? code + 32 : code;
  if (c < 97) return FIGURE;
  if (c === 121) return Y;
  return isVowelCode(c) ? VOWEL : CONSONANT;
});

/** Inside a word, an apostrophe or hyphen joins ("don't", "15-minute"). */
function isJoinerCode(c: number): boolean {
  return c === 39 || c === 45 || c === 0x2019;
}

// Words are walked with two plain functions rather than a callback per word: this runs over every
// character of every message.

/** Where the next word starts at or after `from`; -1 when there is none. */
function nextWordStart(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (isWordCode(text.charCodeAt(i))) return i;
  return -1;
}

/** Where the word that starts at `start` ends. */
function wordEnd(text: string, start: number): number {
  let i = start;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isWordCode(c) || (isJoinerCode(c) && i + 1 < n && isWordCode(text.charCodeAt(i + 1)))) i++;
    else break;
  }
  return i;
}

export function countWords(text: string): number {
  let n = 0;
  for (let i = nextWordStart(text, 0); i >= 0; i = nextWordStart(text, wordEnd(text, i))) n++;
  return n;
}

// The second half of a surrogate pair: an emoji or another character beyond the first 65,536.
const LOW_SURROGATE = /[\udc00-\udfff]/;

/** Characters as LinkedIn counts them: code points, so an emoji is one, not two. */
export function countCharacters(text: string): number {
  // Most texts have no emoji, and then every code unit is a character: one search says so.
  if (!LOW_SURROGATE.test(text)) return text.length;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

export function computeStats(text: string, anatomy: Anatomy): PurposeStats {
  const body = anatomy.body;
  const length = body.length;
  let bodyWords = 0;
  let syllables = 0;
  // wordEnd and syllablesIn in one pass over each word's characters: this runs over every character of
  // the body, and walking each word twice was a good part of the stats' cost. ASCII characters are read
  // from one table (LETTER_KIND) instead of a chain of comparisons.
  for (let i = nextWordStart(body, 0); i >= 0; ) {
    let groups = 0;
    let inVowel = false;
    let letters = 0;
    let last = 0;
    let beforeLast = 0;
    let end = i;
    while (end < length) {
      const code = body.charCodeAt(end);
      if (code < 128) {
        const kind = LETTER_KIND[code] as number;
        if (kind === NOT_WORD) {
          if (!isJoinerCode(code) || end + 1 >= length || !isWordCode(body.charCodeAt(end + 1))) break;
          end++;
          continue;
        }
        end++;
        if (kind === FIGURE) continue;
        const vowel = kind === VOWEL || (kind === Y && letters > 0);
        if (vowel && !inVowel) groups++;
        inVowel = vowel;
        letters++;
        beforeLast = last;
        last = code | 32;
        continue;
      }
      if (!(isWordCode(code) || (code === 0x2019 && end + 1 < length && isWordCode(body.charCodeAt(end + 1))))) break;
      end++;
    }
    bodyWords++;
    syllables += syllablesFrom(groups, letters, last, beforeLast);
    i = nextWordStart(body, end);
  }
  const sentences = anatomy.sentences;
  const n = sentences.length;
  let reader = 0;
  let sender = 0;
  let questions = 0;
  for (const s of sentences) {
    // READER needs "you" in some case; most sentences about the sender have none.
    // A sentence counts once: one that speaks to them ("I'll send you…") is about them, so the two
    // shares never add up to more than all the sentences.
    if (s.lower.includes('you') && READER.test(s.text)) reader++;
    // "We met at…", "we both…", "we spoke…": shared history is about the two of them, not the sender.
    else if (SENDER.test(s.text) && !SHARED_HISTORY.test(s.text, s.keywords)) sender++;
    if (s.question) questions++;
  }
  const grade = bodyWords === 0 || n === 0 ? 0 : 0.39 * (bodyWords / n) + 11.8 * (syllables / bodyWords) - 15.59;
  const trimmed = text.trim();
  // When making the text plain changed nothing, the body is a stretch of the text with spaces or its
  // ends on either side, so no word spans its edges: count only the words around it. (A postscript
  // under the signature is read as body, and then the body is no one stretch of the text.)
  const bodyEnd = anatomy.bodyStart + body.length;
  const words =
    anatomy.plain === text && (anatomy.bodyInPlain === true || text.startsWith(body, anatomy.bodyStart))
      ? countWords(text.slice(0, anatomy.bodyStart)) + bodyWords + countWords(text.slice(bodyEnd))
      : countWords(trimmed);
  return {
    words,
    characters: countCharacters(trimmed),
    sentences: n,
    questions,
    readingGrade: round1(Math.max(0, grade)),
    readerFocus: n === 0 ? 0 : round2(reader / n),
    senderFocus: n === 0 ? 0 : round2(sender / n),
  };
}

/**
 * A common heuristic: vowel groups, less a silent final e, at least one. A hand loop over char codes,
 * because this runs for every word of every message and regexes here dominated the check's cost.
 */
export function countSyllables(word: string): number {
  return syllablesIn(word, 0, word.length);
}

/** countSyllables(text.slice(start, end)), without making the slice. */
function syllablesIn(text: string, start: number, end: number): number {
  let groups = 0;
  let inVowel = false;
  let letters = 0;
  let last = 0;
  let beforeLast = 0;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    if (c < 97 || c > 122) continue;
    const vowel = c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || (c === 121 && letters > 0);
    if (vowel && !inVowel) groups++;
    inVowel = vowel;
    letters++;
    beforeLast = last;
    last = c;
  }
  return syllablesFrom(groups, letters, last, beforeLast);
}

/** The count from a word's vowel groups, letters and last two letters (see syllablesIn). */
function syllablesFrom(groups: number, letters: number, last: number, beforeLast: number): number {
  if (letters <= 3) return 1;
  // A final "e" after a consonant is usually silent ("make", "large"), but not in "-le" ("table").
  if (last === 101 && groups > 1 && beforeLast !== 108 && !isVowelCode(beforeLast)) return Math.max(1, groups - 1);
  return Math.max(1, groups);
}

function isVowelCode(c: number): boolean {
  return c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121;
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
