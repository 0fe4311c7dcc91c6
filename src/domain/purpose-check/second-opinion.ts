/**
 * A second opinion learned from labelled messages, for the places where the rules miss most on writers
 * they have never seen (measured on holdout sets nobody read): the offer ("what's in it for you") and
 * the reason ("why you") said in words no rule knows, a second question that is no second ask, and a
 * mass template that names nothing the rules would call generic.
 *
 * Each is a naive Bayes text classifier (wink-naive-bayes-text-classifier, binarised, on lowercase
 * words and word pairs, any alphabet) trained by `npm run train:second-opinion` on the repo's labelled
 * messages that have been read or tuned on (never the blind sets):
 * - `value`, `why`, `who`: sentences. Where people marked which sentences say the part
 *   (test/fixtures/part-sentences.jsonl: about 2,000 messages, read by people who did not see the
 *   rules' answer), those are the "yes" and the others "no"; elsewhere, in a purposeful message the
 *   sentence the rules quote for the part is a "yes", and in a message that needs work for want of the
 *   part every sentence is "no". People's marks taught it what the rules' quotes could not: a peer's
 *   result in figures as what is in it for them, "WHO: Priya Natarajan, partnerships at Harvest Loop"
 *   as who is writing. A message's odds are those of its likeliest sentence, so a good message with the part
 *   taken out is not read as having it. A message-level classifier was: of 147 purposeful dev-corpus
 *   messages with the words the rules quote for their reason removed, it let 132 stay purposeful (the
 *   rules alone, 57). Read by sentence, with the whole sentence removed (179 messages), the second
 *   opinion lets no more stay purposeful than the rules alone do (38 each; 15 each for the offer);
 * - `whole`: messages in which the rules miss nothing but, perhaps, the offer or the reason: which are
 *   purposeful. A part counts as found only when its sentence opinion and this one agree;
 * - `template`: English messages the rules call boilerplate or needs work: which are boilerplate;
 * - `asks`: messages in which the rules find all four parts: which are purposeful (asked in English only).
 *
 * It is asked only where the rules are unsure in exactly those ways (second-look.ts), so a message the
 * rules read fully never reaches it, and it never asserts: where it finds a part the rules missed, the
 * finding becomes a question.
 *
 * Naive Bayes odds are a sum over the words seen: the trainer stores each word's share of the
 * classifier's odds, so reading a message is one lookup a word (about 10 µs for 90 words, against
 * 50–100 µs for the library's own computeOdds, which recomputes every share each time). A test checks
 * the sums equal the library's odds. The file (about 1.3 MB) loads on the first message that needs it
 * (about 0.1 s); a missing or broken file leaves the rules alone.
 */
export const OPINIONS = ['value', 'why', 'who', 'whole', 'template', 'asks'] as const;
export type Opinion = (typeof OPINIONS)[number];

/**
 * The log2 odds from which an opinion counts, chosen on writers it had not learned from: the 360
 * messages of writers-1..3 (by the model trained before them), holdout-10 and -11 as the rules of stop
 * 17 read them, and the dev corpus's purposeful messages with the sentence that says the part taken
 * out (which must not be found again). A part is found only when a sentence says it (`value`, `why`,
 * read sentence by sentence) and the whole message reads as purposeful (`whole`): the sentence alone
 * lets a stray phrase count, the message alone lets a well-made message without the part count. The
 * template opinion starts at 22: at 15 it called one of our own near misses boilerplate (a named
 * sender with a result in numbers, 19), and trained on writers-4..6 too it gives a thank-you for joining a
 * session, signed by a person with a team title, 20.2 (22 calls the same on every set it learned from
 * as 20). The asks opinion learns from every message with all four parts, so its odds run wider.
 */
export const CONFIDENT_FROM: Record<Opinion, number> = { value: 3, why: 5, who: 5, whole: 15, template: 22, asks: 35 };

/** One classifier as the trainer learns it: its odds for a message are `bias` plus the weights of its words. */
export interface LinearOdds {
  bias: number;
  weights: Record<string, number>;
}

/**
 * The model as stored: every word any classifier knows, once, and each classifier's weights in that
 * order (null where it does not know the word). The six classifiers share most of their 25,000 words,
 * so one list of them, read into one index, keeps the model at about 4.5 MB of heap (and 1.2 MB of arrays) instead of 12 MB.
 */
export interface SecondOpinionModel {
  /** The labelled files it learned from, for the reader of the file. */
  trainedOn: string[];
  words: string[];
  opinions: Record<Opinion, { bias: number; weights: Array<number | null> }>;
}

/** The classifiers as the trainer learned them, in the stored form. */
export function pack(trainedOn: readonly string[], opinions: Record<Opinion, LinearOdds>): SecondOpinionModel {
  const words = [...new Set(OPINIONS.flatMap((o) => Object.keys(opinions[o].weights)))].sort();
  const packed = {} as SecondOpinionModel['opinions'];
  for (const o of OPINIONS)
    packed[o] = { bias: opinions[o].bias, weights: words.map((w) => opinions[o].weights[w] ?? null) };
  return { trainedOn: [...trainedOn], words, opinions: packed };
}

/**
 * The words a classifier sees: lowercase words and word pairs, digits as 0 ("30%" and "45%" are the
 * same kind of thing), '?', '!' and currency signs as words, German "ß" as the "ss" the Swiss write for
 * it ("Grüße" and "Grüsse" are one word). Each counts once.
 */
export function features(text: string): string[] {
  const words = wordsOf(text);
  const out = new Set(words);
  for (let i = 1; i < words.length; i++) out.add(`${words[i - 1]}_${words[i]}`);
  return [...out];
}

/**
 * The single words of features(text), in order, repeats and all: what `lower.match(WORD)` finds, by a
 * loop over char codes. The match built an array of every word through the regex engine, and reading a
 * message's words cost more than looking them up.
 */
export function wordsOf(text: string): string[] {
  const lower = sharpS(text.toLowerCase()).replace(DIGIT, '0').replace(CURLY, "'");
  const words: string[] = [];
  const n = lower.length;
  let start = -1;
  for (let i = 0; i < n; ) {
    const c = lower.charCodeAt(i);
    // A character beyond the first 65,536 is two code units, and the regex read it as one (/u).
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < n && isLowSurrogate(lower.charCodeAt(i + 1));
    const inWord = c < 128 ? ASCII_WORD[c] === 1 : pair ? WORD_CHAR.test(lower.slice(i, i + 2)) : isWordChar(c);
    if (inWord) {
      if (start < 0) start = i;
    } else {
      if (start >= 0) words.push(lower.slice(start, i));
      start = -1;
      if (c < 128 ? ASCII_SIGN[c] === 1 : SIGN.includes(c)) words.push(lower[i] as string);
    }
    i += pair ? 2 : 1;
  }
  if (start >= 0) words.push(lower.slice(start));
  return words;
}

const DIGIT = /\d/g;
const CURLY = /[\u2018\u2019]/g;
/** "ß" as "ss": Swiss German writes "ss" everywhere ("Strasse", "heisst", "Grüsse"), so both spell one word. */
function sharpS(lower: string): string {
  return lower.includes('ß') ? lower.replace(/ß/g, 'ss') : lower;
}
/** A character of a word: a letter or a figure of any script, or an apostrophe. */
const WORD_CHAR = /^[\p{L}\p{N}']$/u;
/** The characters that are words on their own: ?!$%€£¿¡. */
const SIGN = [63, 33, 36, 37, 0x20ac, 0xa3, 0xbf, 0xa1];
/** WORD_CHAR and SIGN for ASCII, as tables: most characters of most messages are ASCII. */
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, c) => (WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 0));
const ASCII_SIGN = Uint8Array.from({ length: 128 }, (_, c) => (SIGN.includes(c) ? 1 : 0));

/** WORD_CHAR for one code unit (not half of a pair), remembered per code unit: 0 not yet asked, 1 yes, 2 no. */
const wordChars = new Uint8Array(0x10000);
function isWordChar(c: number): boolean {
  let known = wordChars[c] as number;
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    wordChars[c] = known;
  }
  return known === 1;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** A classifier ready to read: its weight for each word of the model's index, NaN where it knows none. */
export interface Reader {
  bias: number;
  weights: Float64Array;
}

/** The model ready to read: one index of its words, and each classifier's weights in its order. */
export interface Readers {
  index: WordIndex;
  opinions: Record<Opinion, Reader>;
}

/**
 * Where each of the model's words is in its weights. Single words are looked up by their text (a Map:
 * a 25,000-key object read with new strings is slow in V8); a pair by the places of its two words, so
 * reading a message makes no string for each of its pairs ("of_the"), which was most of the reading's
 * cost. Every pair the trainer keeps has both its words kept (a pair in two messages puts each of its
 * words in them); a pair that did not would be looked up by its text.
 */
export class WordIndex {
  private readonly words = new Map<string, number>();
  private readonly pairs = new Map<number, number>();
  /** A pair's key is first * width + second, from the places of its two words. */
  private readonly width: number;
  /** Whether some pair is kept by its text, because one of its words is not in the model. */
  private readonly pairsByText: boolean;
  /** For each place, the call of indicesIn that last kept it (see there). */
  private readonly keptBy: Uint32Array;
  private calls = 0;
  /**
   * The single words again, in an open-addressed table read straight from the text's characters (see
   * placeOf): a slot is [hash, place + 1, length, start of its characters in chars], place + 1 being 0 for
   * an empty one. Looking a word up in the Map meant cutting a new string for it and a Map probe through
   * scattered memory, about 0.2 µs a word, and most of the reading's cost; a slot holds all that a probe
   * reads besides the characters, so a word costs one cache line and its characters.
   */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** Each word's characters, one after another (see slots). */
  private readonly chars: Uint16Array;
  /**
   * The pairs again, open-addressed like slots: a slot is [first place + 1, second place, pair's place], 0 first
   * for an empty one. A Map probe for every pair of a message cost about as much as the rest of the reading.
   */
  private readonly pairSlots: Int32Array;
  private readonly pairMask: number;

  constructor(features: readonly string[]) {
    this.width = features.length;
    features.forEach((w, i) => {
      if (!w.includes('_')) this.words.set(w, i);
    });
    let byText = false;
    features.forEach((w, i) => {
      const cut = w.indexOf('_');
      if (cut < 0) return;
      const first = this.words.get(w.slice(0, cut));
      const second = this.words.get(w.slice(cut + 1));
      if (first !== undefined && second !== undefined) this.pairs.set(first * this.width + second, i);
      else {
        this.words.set(w, i);
        byText = true;
      }
    });
    this.pairsByText = byText;
    this.keptBy = new Uint32Array(features.length);
    let size = 1024;
    while (size < this.words.size * 3) size *= 2;
    this.slots = new Int32Array(size * 4);
    this.mask = size - 1;
    let total = 0;
    for (const w of this.words.keys()) total += w.length;
    this.chars = new Uint16Array(total);
    let at = 0;
    for (const [w, place] of this.words) {
      // Words kept by their text are pairs ("a_b"), and no word of a text has a "_": only single words go in.
      if (w.includes('_')) continue;
      for (let k = 0; k < w.length; k++) this.chars[at + k] = w.charCodeAt(k);
      const hash = hashOf(w, 0, w.length);
      let slot = hash & this.mask;
      while (this.slots[slot * 4 + 1] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot * 4] = hash;
      this.slots[slot * 4 + 1] = place + 1;
      this.slots[slot * 4 + 2] = w.length;
      this.slots[slot * 4 + 3] = at;
      at += w.length;
    }
    let pairSize = 1024;
    while (pairSize < this.pairs.size * 2) pairSize *= 2;
    this.pairSlots = new Int32Array(pairSize * 4);
    this.pairMask = pairSize - 1;
    for (const [key, place] of this.pairs) {
      const first = Math.floor(key / this.width);
      const second = key - first * this.width;
      let slot = pairHash(first, second) & this.pairMask;
      while (this.pairSlots[slot * 4] !== 0) slot = (slot + 1) & this.pairMask;
      this.pairSlots[slot * 4] = first + 1;
      this.pairSlots[slot * 4 + 1] = second;
      this.pairSlots[slot * 4 + 2] = place;
    }
  }

  /** this.pairs.get(first * width + second) from pairSlots, -1 for none. */
  private pairOf(first: number, second: number): number {
    const slots = this.pairSlots;
    for (let slot = pairHash(first, second) & this.pairMask; ; slot = (slot + 1) & this.pairMask) {
      const at = slot * 4;
      const stored = slots[at] as number;
      if (stored === 0) return -1;
      if (stored === first + 1 && slots[at + 1] === second) return slots[at + 2] as number;
    }
  }

  /** Where a feature (a word, or a pair as features() writes it) is; undefined for one the model does not know. */
  get(feature: string): number | undefined {
    const cut = feature.indexOf('_');
    if (cut < 0) return this.words.get(feature);
    const first = this.words.get(feature.slice(0, cut));
    const second = this.words.get(feature.slice(cut + 1));
    if (first !== undefined && second !== undefined) return this.pairs.get(first * this.width + second);
    return this.pairsByText ? this.words.get(feature) : undefined;
  }

  /** this.words.get(text.slice(start, end)) for a word (no "_"), -1 for none, without cutting the string. */
  private placeOf(text: string, start: number, end: number, hash: number): number {
    const length = end - start;
    const slots = this.slots;
    const chars = this.chars;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const s = slot * 4;
      const found = slots[s + 1] as number;
      if (found === 0) return -1;
      if (slots[s] !== hash || slots[s + 2] !== length) continue;
      const at = slots[s + 3] as number;
      let k = 0;
      while (k < length && chars[at + k] === normal(text.charCodeAt(start + k))) k++;
      if (k === length) return found - 1;
    }
  }

  /**
   * The words of a text, read once: where each word of wordsOf(text) lies in the lowered text, its place
   * (-1 for a word the model does not know), and the place of the pair it ends (-1 for none, and for the first).
   */
  read(text: string): Reading {
    // wordsOf's digits as 0 and curly apostrophes made straight are read as such character by character
    // (normal), not by replacing them in a new string: two passes of a regex over the whole text.
    // "ß" read as "ss" (wordsOf) makes the lowered text longer than the text: then wordRanges finds no sentence in it and
    // each sentence is read on its own.
    const lower = sharpS(text.toLowerCase());
    const starts: number[] = [];
    const ends: number[] = [];
    const found: number[] = [];
    // The same loop as wordsOf, keeping where each word is instead of cutting it out, and hashing each word's
    // code units (as hashOf does) as it goes, so placeOf need not read them again but to compare.
    const n = lower.length;
    let start = -1;
    let hash = 0;
    for (let i = 0; i < n; ) {
      const c = normal(lower.charCodeAt(i));
      const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < n && isLowSurrogate(lower.charCodeAt(i + 1));
      const inWord = c < 128 ? ASCII_WORD[c] === 1 : pair ? WORD_CHAR.test(lower.slice(i, i + 2)) : isWordChar(c);
      if (inWord) {
        if (start < 0) {
          start = i;
          hash = 0x811c9dc5 | 0;
        }
        hash = Math.imul(hash ^ c, 0x01000193);
        if (pair) hash = Math.imul(hash ^ normal(lower.charCodeAt(i + 1)), 0x01000193);
      } else {
        if (start >= 0) {
          starts.push(start);
          ends.push(i);
          found.push(this.placeOf(lower, start, i, hash));
        }
        start = -1;
        if (c < 128 ? ASCII_SIGN[c] === 1 : SIGN.includes(c)) {
          starts.push(i);
          ends.push(i + 1);
          found.push(this.placeOf(lower, i, i + 1, hashOf(lower, i, i + 1)));
        }
      }
      i += pair ? 2 : 1;
    }
    if (start >= 0) {
      starts.push(start);
      ends.push(n);
      found.push(this.placeOf(lower, start, n, hash));
    }
    const count = starts.length;
    // The constructor copies an array straight; Int32Array.from walks it through its iterator, most of a
    // sentence's reading for a short one. The same values either way.
    const places = new Int32Array(found);
    const pairs = new Int32Array(count);
    pairs[0] = -1;
    for (let k = 1; k < count; k++) {
      const first = places[k - 1] as number;
      const second = places[k] as number;
      let place: number | undefined;
      if (first >= 0 && second >= 0) place = this.pairOf(first, second);
      else if (this.pairsByText)
        place = this.words.get(
          `${lower.slice(starts[k - 1], ends[k - 1])}_${lower.slice(starts[k] as number, ends[k] as number)}`
            .replace(DIGIT, '0')
            .replace(CURLY, "'"),
        );
      pairs[k] = place ?? -1;
    }
    return { lower, starts, ends, places, pairs, count };
  }

  /**
   * indicesIn of the text made of the words from..to of a reading (to exclusive): the places of its words,
   * each once, then of its pairs, each once, in order.
   */
  indicesOfWords(reading: Reading, from: number, to: number): number[] {
    const out: number[] = [];
    // features() keeps each word and pair once, and no two of them share a place: keeping each place once
    // is the same. A place is marked with the call that kept it, so no set is built for every text.
    if (this.calls === LAST_CALL) {
      this.keptBy.fill(0);
      this.calls = 0;
    }
    const call = ++this.calls;
    const keptBy = this.keptBy;
    const { places, pairs } = reading;
    for (let k = from; k < to; k++) {
      const i = places[k] as number;
      if (i >= 0 && keptBy[i] !== call) {
        keptBy[i] = call;
        out.push(i);
      }
    }
    for (let k = from + 1; k < to; k++) {
      const i = pairs[k] as number;
      if (i >= 0 && keptBy[i] !== call) {
        keptBy[i] = call;
        out.push(i);
      }
    }
    return out;
  }

  /** indicesOf(this, features(text)), without making the pairs' strings: the same places, in the same order. */
  indicesIn(text: string): number[] {
    const reading = this.read(text);
    return this.indicesOfWords(reading, 0, reading.count);
  }
}

/** A text's words as WordIndex.read finds them. */
export interface Reading {
  /** The text lowered (its digits and curly apostrophes left as they are: see normal). */
  lower: string;
  /** Where each word starts and ends in lower. */
  starts: number[];
  ends: number[];
  /** Each word's place in the index, -1 for an unknown word. */
  places: Int32Array;
  /** The place of the pair of word k - 1 and word k, -1 for none (and at 0). */
  pairs: Int32Array;
  count: number;
}

/** FNV-1a over the code units of text.slice(start, end), each as normal() reads it. */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let k = start; k < end; k++) h = Math.imul(h ^ normal(text.charCodeAt(k)), 0x01000193);
  return h;
}

/** A lowered code unit as wordsOf reads it: a digit as 0 (DIGIT), a curly apostrophe as a straight one (CURLY). */
function normal(c: number): number {
  return c >= 48 && c <= 57 ? 48 : c === 0x2018 || c === 0x2019 ? 39 : c;
}

/** Where a pair of places starts its probe in pairSlots. */
function pairHash(first: number, second: number): number {
  return Math.imul(first ^ Math.imul(second, 0x9e3779b1), 0x85ebca6b) ^ (first >>> 3);
}

/** The most calls of indicesIn that keptBy can tell apart; then it starts afresh. */
const LAST_CALL = 0xffffffff;

let readers: Readers | null | undefined;

/**
 * The model, read once. A file that is missing or unreadable (a broken deploy) leaves the rules alone:
 * every opinion then answers 0, never confident, and no check fails for it.
 */
function load(): Readers | null {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const model = require(MODEL) as SecondOpinionModel;
    // The readers hold the weights; the parsed file would hold them twice if the module cache kept it,
    // or this module's list of the modules it required (about 4 MB).
    delete require.cache[require.resolve(MODEL)];
    const child = module.children.findIndex((m) => m.exports === model);
    if (child >= 0) module.children.splice(child, 1);
    return readersOf(model);
  } catch {
    return null;
  }
}

export function readersOf(model: SecondOpinionModel): Readers {
  const index = new WordIndex(model.words);
  const opinions = {} as Record<Opinion, Reader>;
  for (const o of OPINIONS) {
    const { bias, weights } = model.opinions[o];
    if (weights.length !== model.words.length)
      throw new Error(`the ${o} opinion does not have a weight for every word`);
    opinions[o] = { bias, weights: Float64Array.from(weights, (w) => w ?? Number.NaN) };
  }
  return { index, opinions };
}

/**
 * Reads with this model from now on instead of the committed file, or with the file again (`undefined`):
 * for the trainer's measure of a model on writers it did not learn from.
 */
export function useSecondOpinionModel(model: SecondOpinionModel | undefined): void {
  readers = model ? readersOf(model) : undefined;
}

/** Where the trained model lives, beside this file in src/ and dist/. */
export const MODEL = './second-opinion-model.json';

/** Where these words are in the model's index; words it does not know are left out. */
export function indicesOf(index: WordIndex, words: readonly string[]): number[] {
  const out: number[] = [];
  for (const w of words) {
    const i = index.get(w);
    if (i !== undefined) out.push(i);
  }
  return out;
}

/** A classifier's log2 odds for these words (by their place in the index); 0 when it knows none of them. */
export function oddsOf(classifier: Reader, indices: readonly number[]): number {
  let sum = 0;
  let known = false;
  for (const i of indices) {
    const weight = classifier.weights[i] ?? Number.NaN;
    if (Number.isNaN(weight)) continue;
    sum += weight;
    known = true;
  }
  return known ? sum + classifier.bias : 0;
}

/** The opinions that read a message sentence by sentence: a part is said in one sentence, not spread over all. */
const BY_SENTENCE: ReadonlySet<Opinion> = new Set(['value', 'why', 'who']);

/** Loads the model now (start-up), so the first rep does not wait for it; false when it could not be read. */
export function loadSecondOpinion(): boolean {
  if (readers === undefined) readers = load();
  return readers !== null;
}

/** What the second opinion says of one message; its words are read once, on the first question. */
export class SecondOpinion {
  private words: number[] | undefined;
  /** Each sentence's words by its place, once read (see odds). */
  private sentenceWords: (number[] | undefined)[] | undefined;
  /** The whole text's words, read once for the message's opinions and its sentences' (see sentenceIndices). */
  private reading: Reading | undefined;
  /** Where each sentence's words are among the reading's, [from, to), or -1 where it was not found (see wordRanges). */
  private ranges: Int32Array | undefined;

  constructor(
    private readonly text: string,
    private readonly sentences: readonly string[] = [text],
  ) {}

  /**
   * A message opinion's odds; a sentence opinion's odds for its likeliest sentence, leaving out any
   * sentence `except` says the rules have already weighed (it is given each sentence and its place).
   */
  odds(opinion: Opinion, except?: (sentence: string, i: number) => boolean): number {
    if (readers === undefined) readers = load();
    if (!readers) return 0;
    const { index } = readers;
    const reader = readers.opinions[opinion];
    if (BY_SENTENCE.has(opinion)) {
      // A sentence's words are read when an opinion first weighs it: the sentences `except` leaves out
      // (for the reason, those with nothing concrete in them) need never be read.
      this.sentenceWords ??= [];
      const read = this.sentenceWords;
      let best = Number.NEGATIVE_INFINITY;
      for (let i = 0; i < this.sentences.length; i++) {
        const sentence = this.sentences[i] ?? '';
        if (except?.(sentence, i)) continue;
        const words = read[i] ?? this.sentenceIndices(index, i);
        read[i] = words;
        best = Math.max(best, oddsOf(reader, words));
      }
      return Number.isFinite(best) ? best : 0;
    }
    this.reading ??= index.read(this.text);
    this.words ??= index.indicesOfWords(this.reading, 0, this.reading.count);
    return oddsOf(reader, this.words);
  }

  confident(opinion: Opinion, except?: (sentence: string, i: number) => boolean): boolean {
    return this.odds(opinion, except) >= CONFIDENT_FROM[opinion];
  }

  /**
   * index.indicesIn(sentence i). A sentence that stands in the text between whitespace has the text's words
   * there, lowered the same way: those are taken from the text's reading instead of reading it again.
   */
  private sentenceIndices(index: WordIndex, i: number): number[] {
    this.reading ??= index.read(this.text);
    this.ranges ??= this.wordRanges(this.reading);
    const from = this.ranges[i * 2] as number;
    if (from < 0) return index.indicesIn(this.sentences[i] ?? '');
    return index.indicesOfWords(this.reading, from, this.ranges[i * 2 + 1] as number);
  }

  /**
   * For each sentence, found in order in the text with whitespace (or the text's ends) on both sides, the
   * reading's words inside it. Lowering kept every character's place (lower is as long as the text), so
   * the words lie at the same places in the text, and whitespace joins no word to another or to a sign,
   * nor carries the context of a final sigma: the sentence read alone has exactly those words.
   */
  private wordRanges(reading: Reading): Int32Array {
    const n = this.sentences.length;
    const ranges = new Int32Array(n * 2).fill(-1);
    const text = this.text;
    if (reading.lower.length !== text.length) return ranges;
    const { starts } = reading;
    let cursor = 0;
    let k = 0;
    for (let i = 0; i < n; i++) {
      const sentence = this.sentences[i] ?? '';
      if (sentence === '') continue;
      const at = text.indexOf(sentence, cursor);
      if (at < 0) continue;
      const end = at + sentence.length;
      if ((at > 0 && !isSpace(text.charCodeAt(at - 1))) || (end < text.length && !isSpace(text.charCodeAt(end))))
        continue;
      cursor = end;
      while (k < reading.count && (starts[k] as number) < at) k++;
      const from = k;
      while (k < reading.count && (starts[k] as number) < end) k++;
      ranges[i * 2] = from;
      ranges[i * 2 + 1] = k;
    }
    return ranges;
  }
}

/** An ASCII whitespace character: space, tab, line feed, vertical tab, form feed, carriage return. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}
