// The English dictionary for the draft modal's spell check. dictionary-en is an ES module with a
// top-level await, which neither jest nor `node dist` can require from CommonJS, so its two Hunspell
// files are read directly from where Node resolves packages. German, Spanish and French dictionaries
// cost 50 to 360 MB each in nspell: not loaded.
//
// The bot holds it in a worker thread (`spellCheckThread`): nspell keeps its ~120,000 words as a quarter
// of a million small objects, and in the bot's own heap every major collection had to walk them, which
// showed as pauses in the tail of every request (the latency bench's p99). In a thread of its own the
// dictionary has a heap of its own; the bot asks it about a batch of words and waits at most a bound.
// The draft CLI, a one-off, uses it in-process (`englishSpeller`).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import nspell from 'nspell';
import { type SpellCheck, type Speller, typosInBatches, typosInAnswers } from '../domain/spelling';

function dictionaryDir(name: string): string | undefined {
  for (const dir of require.resolve.paths(name) ?? []) {
    const candidate = join(dir, name);
    if (existsSync(join(candidate, 'index.aff'))) return candidate;
  }
  return undefined;
}

let english: Speller | null | undefined;

/** The English speller, or null when the dictionary is not installed (the modal then skips the check). */
export function englishSpeller(): Speller | null {
  if (english !== undefined) return english;
  const dir = dictionaryDir('dictionary-en');
  english = dir ? nspell(readFileSync(join(dir, 'index.aff')), readFileSync(join(dir, 'index.dic'))) : null;
  return english;
}

/** The spell check on this thread, for a speller already loaded (tests, the CLI). */
export function spellCheckWith(speller: Speller): SpellCheck {
  return { typos: async (answers, fields, options) => typosInAnswers(answers, fields, speller, options) };
}

// Plain JavaScript, so that it runs the same from dist/ and under jest: it loads the dictionary and
// answers batches of words with whether each is spelled right.
const THREAD_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const speller = require(workerData.nspell)(readFileSync(workerData.aff), readFileSync(workerData.dic));
parentPort.on('message', ({ id, words }) => parentPort.postMessage({ id, ok: words.map((w) => speller.correct(w)) }));
`;

/**
 * How long a draft submission waits for the dictionary in all, over every pass (it loads in about 0.3 s);
 * past it, no hints. The submission is acked after this, so it must stay well inside Slack's 3 seconds.
 */
const WAIT_MS = 1500;
/** Batches waiting at once; past it a submission goes without hints rather than queue. */
const MAX_WAITING = 32;

/** Asks a batch of words, waiting at most `waitMs`; null when there is no answer in time. */
export type Lookup = (words: string[], waitMs: number) => Promise<boolean[] | null>;

/**
 * The spell check over a lookup, with one deadline for a whole submission: each pass asks only for the
 * words not known yet (2 or 3 passes), and every pass waits only for what is left of `waitMs`. A bound
 * per pass would let a slow thread hold the submission (and its ack) for several bounds in a row.
 */
export function typosWithin(lookup: Lookup, waitMs: number, now: () => number = Date.now): SpellCheck['typos'] {
  return (answers, fields, options) => {
    const deadline = now() + waitMs;
    const ask = (words: string[]) => {
      const left = deadline - now();
      return left > 0 ? lookup(words, left) : Promise.resolve(null);
    };
    return typosInBatches(ask, answers, fields, options);
  };
}

export interface SpellCheckThread extends SpellCheck {
  close(): Promise<void>;
}

/**
 * The English spell check in a worker thread, or null when the dictionary is not installed. A thread
 * that dies (or fails to load) is started again on the next submission; meanwhile submissions get no
 * hints, never an error.
 */
export function spellCheckThread(onProblem: (err: unknown) => void = () => undefined): SpellCheckThread | null {
  const dir = dictionaryDir('dictionary-en');
  if (!dir) return null;
  const workerData = { nspell: require.resolve('nspell'), aff: join(dir, 'index.aff'), dic: join(dir, 'index.dic') };
  const waiting = new Map<number, (ok: boolean[] | null) => void>();
  let nextId = 0;
  let worker: Worker | undefined;
  let closed = false;

  const settleAll = () => {
    for (const settle of waiting.values()) settle(null);
    waiting.clear();
  };
  const start = (): Worker => {
    // A small young generation: the thread makes little garbage (a batch of booleans), and its memory
    // counts in the bot's RSS (the thread adds about 31 MB in all: ~13 MB of dictionary, the rest a
    // Node isolate's own). The old generation holds the dictionary with room to spare. Under npm
    // start, V8's process-wide --max-semi-space-size wins over maxYoungGenerationSizeMb, so the
    // thread gets npm start's semi-spaces (measured: 8 MB ones added 5 MB RSS to it, 9 MB at peak).
    const w = new Worker(THREAD_SOURCE, {
      eval: true,
      workerData,
      resourceLimits: { maxYoungGenerationSizeMb: 2, maxOldGenerationSizeMb: 96 },
    });
    w.unref(); // never what keeps a process alive
    w.on('message', ({ id, ok }: { id: number; ok: boolean[] }) => waiting.get(id)?.(ok));
    w.on('error', (err) => onProblem(err));
    w.on('exit', () => {
      if (worker === w) worker = undefined;
      settleAll();
    });
    return w;
  };
  const lookup: Lookup = (words, waitMs) => {
    if (closed || waiting.size >= MAX_WAITING) return Promise.resolve(null);
    worker ??= start();
    const id = nextId++;
    const thread = worker;
    return new Promise((resolve) => {
      const timer = setTimeout(() => settle(null), waitMs);
      const settle = (ok: boolean[] | null) => {
        clearTimeout(timer);
        waiting.delete(id);
        resolve(ok);
      };
      waiting.set(id, settle);
      thread.postMessage({ id, words });
    });
  };
  worker = start(); // loads now, so the first draft does not wait for it
  return {
    typos: typosWithin(lookup, WAIT_MS),
    async close() {
      closed = true;
      settleAll();
      await worker?.terminate();
      worker = undefined;
    },
  };
}
