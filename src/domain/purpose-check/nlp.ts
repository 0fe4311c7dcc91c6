/**
 * A second opinion from wink-nlp (English part-of-speech tagger and entity recogniser, offline) on
 * sentences the patterns found nothing concrete in: it knows a date or a number in words ("last
 * tuesday", "a third", "in march") and a proper noun in context.
 *
 * It costs about 150 µs for a 50-word message, three times the whole rule-based check, so it runs
 * only on the few English messages whose why-you the rules could not find, never on every check; the
 * model loads on first use (about 0.3 s), not at start-up. Its tags (tagWords) also let
 * offer-structure.ts read who gives what to whom in the sentences of messages where the rules found
 * no offer: about 20 µs a sentence.
 */
import type winkNLP from 'wink-nlp';
import type model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;
let wink: Wink | undefined;

/** Loads wink-nlp and its model on first use: requiring them at start-up would cost every process 0.1–0.3 s. */
function load(): Wink {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const create = require('wink-nlp') as { default?: typeof winkNLP } & typeof winkNLP;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const theModel = require('wink-eng-lite-web-model') as typeof model;
  return (create.default ?? create)(theModel, ['sbd', 'pos', 'ner']);
}

/** Entity types that pin a detail down. DURATION ("15 minutes") is how long the ask takes, not a detail. */
const CONCRETE = new Set(['DATE', 'TIME', 'CARDINAL', 'ORDINAL', 'MONEY', 'PERCENT']);
const NOT_NAMES = new Set(['I', 'LinkedIn', 'Hi', 'Hello', 'Dear', 'Hey']);

/** Concrete things wink-nlp finds in a sentence: dates, numbers, amounts, and proper nouns not in `skip`. */
export function concreteMentions(sentence: string, skip: ReadonlySet<string>): string[] {
  wink ??= load();
  const its = wink.its;
  const doc = wink.readDoc(sentence);
  const found: string[] = [];
  const entities = doc.entities().out(its.detail) as unknown as Array<{ type: string; value: string }>;
  for (const e of entities) if (CONCRETE.has(e.type)) found.push(e.value);
  const words = doc.tokens().out() as string[];
  const tags = doc.tokens().out(its.pos) as unknown as string[];
  // The first word is capitalised by grammar; it is never taken for a name.
  for (let i = 1; i < words.length; i++) {
    const word = words[i] as string;
    if (tags[i] === 'PROPN' && !skip.has(word.toLowerCase()) && !NOT_NAMES.has(word)) found.push(word);
  }
  return found;
}

/** A sentence's words and their parts of speech (Universal POS tags: PRON, AUX, VERB, NOUN…). */
export function tagWords(sentence: string): { words: string[]; tags: string[] } {
  wink ??= load();
  const tokens = wink.readDoc(sentence).tokens();
  return { words: tokens.out() as string[], tags: tokens.out(wink.its.pos) as unknown as string[] };
}
