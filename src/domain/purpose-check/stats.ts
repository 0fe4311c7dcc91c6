import type { Anatomy } from './anatomy';
import type { PurposeStats } from './types';

const READER = /\b(?:you|your|yours|yourself|you're|you've|you'd|you'll)\b/i;
const SENDER = /\b(?:i|i'm|i've|i'd|i'll|me|my|mine|we|we're|we've|we'd|we'll|us|our|ours)\b/i;

/**
 * Letters and digits of any script make words; spaces, punctuation, symbols and emoji do not.
 * A char-code loop, because regexes with Unicode classes were the check's single biggest cost.
 */
function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xd800 && c <= 0xdfff) return false; // surrogate halves: emoji and other astral symbols
  if (c >= 0x2000 && c <= 0x2bff) return false; // general punctuation, arrows, symbols, dingbats
  if (c === 0xa0 || c === 0xab || c === 0xbb || c === 0xb7 || c === 0x3000) return false;
  return true;
}

/** Inside a word, an apostrophe or hyphen joins ("don't", "15-minute"). */
function isJoinerCode(c: number): boolean {
  return c === 39 || c === 45 || c === 0x2019;
}

/** Calls visit(start, end) for each word in text. */
function eachWord(text: string, visit: (start: number, end: number) => void): void {
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && !isWordCode(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isWordCode(c) || (isJoinerCode(c) && i + 1 < n && isWordCode(text.charCodeAt(i + 1)))) i++;
      else break;
    }
    visit(start, i);
  }
}

export function countWords(text: string): number {
  let n = 0;
  eachWord(text, () => {
    n++;
  });
  return n;
}

/** Characters as LinkedIn counts them: code points, so an emoji is one, not two. */
export function countCharacters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

export function computeStats(text: string, anatomy: Anatomy): PurposeStats {
  const body = anatomy.body;
  let bodyWords = 0;
  let syllables = 0;
  eachWord(body, (start, end) => {
    bodyWords++;
    syllables += countSyllables(body.slice(start, end));
  });
  const sentences = anatomy.sentences;
  const n = sentences.length;
  let reader = 0;
  let sender = 0;
  let questions = 0;
  for (const s of sentences) {
    if (READER.test(s.text)) reader++;
    if (SENDER.test(s.text)) sender++;
    if (s.question) questions++;
  }
  const grade = bodyWords === 0 || n === 0 ? 0 : 0.39 * (bodyWords / n) + 11.8 * (syllables / bodyWords) - 15.59;
  const trimmed = text.trim();
  return {
    words: countWords(trimmed),
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
  let groups = 0;
  let inVowel = false;
  let letters = 0;
  let last = 0;
  let beforeLast = 0;
  for (let i = 0; i < word.length; i++) {
    let c = word.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    if (c < 97 || c > 122) continue;
    const vowel = c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || (c === 121 && letters > 0);
    if (vowel && !inVowel) groups++;
    inVowel = vowel;
    letters++;
    beforeLast = last;
    last = c;
  }
  if (letters <= 3) return 1;
  // A final "e" after a consonant is usually silent ("make", "large"), but not in "-le" ("table").
  if (last === 101 && groups > 1 && beforeLast !== 108 && !isVowelCode(beforeLast)) groups--;
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
