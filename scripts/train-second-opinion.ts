/**
 * `npm run train:second-opinion`: trains the purpose check's learned second opinion
 * (src/domain/purpose-check/second-opinion.ts) on the repo's labelled messages and writes
 * src/domain/purpose-check/second-opinion-model.json. Deterministic: the same files and rules give
 * the same model, and a test checks that the committed model is what this writes today.
 *
 * It learns only from the files in TRAINED_ON: sets the team has read or tuned on, and the principle fixtures. Sets
 * read since are not added (learning from them moved blind messages both ways), and the blind sets (holdout-3, -13,
 * writers-17, -21, -25, -28, -32, -36, -37, -38, -39, -41, -43, -53, -55, -57, -60, -63, -66, -67, -69; the README's table) never are: they are how the model is judged. Which messages each classifier learns from is
 * chosen by the rules' own reading, with the second opinion off (second-opinion.ts says what each one
 * learns and why).
 *
 * `--check` writes nothing and exits 1 when the committed model differs from a fresh one.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  checkPurpose,
  MISSING_PART_CODES,
  type Channel,
  type PartName,
  type PurposeCheckResult,
} from '../src/domain/purpose-check';
import { readAnatomy } from '../src/domain/purpose-check/anatomy';
import { overlapsQuote } from '../src/domain/purpose-check/clip';
import { DEFAULT_TUNING } from '../src/domain/purpose-check/score';
import {
  features,
  type LinearOdds,
  OPINIONS,
  type Opinion,
  pack,
  type SecondOpinionModel,
} from '../src/domain/purpose-check/second-opinion';

const ROOT = path.join(__dirname, '..');
export const TRAINED_ON = [
  'holdout',
  'holdout-2',
  'holdout-4',
  'holdout-6',
  'holdout-7',
  'holdout-8',
  'holdout-9',
  'holdout-10',
  'holdout-11',
  'holdout-12',
  'purpose-check-principles',
  'writers-1',
  'writers-2',
  'writers-3',
  'writers-4',
  'writers-5',
  'writers-6',
];
export const MODEL_FILE = path.join(ROOT, 'src/domain/purpose-check/second-opinion-model.json');

interface Row {
  id?: string;
  text: string;
  label: string;
  channel?: Channel;
  prospect?: { name?: string; company?: string; role?: string };
}

const MISSING = new Set<string>(MISSING_PART_CODES);
const LABELS = ['purposeful', 'needs_work', 'boilerplate'] as const;

/** Which messages each classifier learns from, by the rules' reading ... */
const LEARNS_FROM: Record<Opinion, (row: Row, rules: PurposeCheckResult) => boolean> = {
  value: (_row, rules) => onlyMissing(rules, 'no_value'),
  why: (_row, rules) => onlyMissing(rules, 'no_why_you'),
  who: (_row, rules) => onlyMissing(rules, 'no_who_i_am'),
  whole: (_row, rules) =>
    onlyMissing(rules, 'no_value') || onlyMissing(rules, 'no_why_you') || onlyMissing(rules, 'no_who_i_am'),
  template: (row, rules) => rules.lang === 'en' && row.label !== 'purposeful' && rules.verdict !== 'purposeful',
  asks: (_row, rules) => onlyMissing(rules, ''),
};
/** ... and the label it learns to say yes to. */
const YES: Record<Opinion, string> = {
  value: 'purposeful',
  why: 'purposeful',
  who: 'purposeful',
  whole: 'purposeful',
  template: 'boilerplate',
  asks: 'purposeful',
};

/** The part a part opinion speaks for. */
const PART_OF: Partial<Record<Opinion, PartName>> = { value: 'whats_in_it_for_you', why: 'why_you', who: 'who_i_am' };

/** The rules miss no part but, perhaps, `code`, and they do not call it boilerplate. */
function onlyMissing(rules: PurposeCheckResult, code: string): boolean {
  // The rules' question about an offer they saw only a trace of ('unsure_value', asked instead of 'no_value') is
  // the same gap to learn from: the second opinion is off here, so nothing else raises it.
  const missing = (c: string): string => (c === 'unsure_value' ? 'no_value' : c);
  return (
    rules.verdict !== 'boilerplate' &&
    rules.findings.every((f) => !MISSING.has(missing(f.code)) || missing(f.code) === code)
  );
}

/**
 * Which sentences of a message say why this person and what is in it for them, as people marked them
 * (test/fixtures/part-sentences.jsonl: every message the part opinions learn from, read by someone who
 * did not see the rules' answer). Keyed by message id; a message marked but since changed falls back on
 * the rules' quotes.
 */
export type MarkedParts = Partial<Record<'why' | 'value' | 'who', string[]>>;

export function readMarked(file = path.join(ROOT, 'test/fixtures/part-sentences.jsonl')): Map<string, MarkedParts> {
  const marked = new Map<string, MarkedParts>();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const { id, ...parts } = JSON.parse(line) as { id: string } & MarkedParts;
    marked.set(id, parts);
  }
  return marked;
}

/** The sentences people marked for a part, when they are all still sentences of this message. */
function markedFor(
  sentences: readonly string[],
  marked: MarkedParts | undefined,
  part: keyof MarkedParts,
): string[] | undefined {
  const said = marked?.[part];
  return said?.every((m) => sentences.includes(m)) ? said : undefined;
}

export function train(rows: readonly Row[], marked: ReadonlyMap<string, MarkedParts> = new Map()): SecondOpinionModel {
  const examples = Object.fromEntries(OPINIONS.map((o) => [o, []])) as unknown as Record<
    Opinion,
    Array<{ text: string; yes: boolean }>
  >;
  for (const row of rows) {
    if (!(LABELS as readonly string[]).includes(row.label)) continue;
    const rules = checkPurpose(
      { text: row.text, channel: row.channel, prospect: row.prospect },
      { ...DEFAULT_TUNING, secondOpinion: false },
    );
    if (rules.verdict === 'not_checked') continue;
    let sentences: string[] | undefined;
    for (const opinion of OPINIONS) {
      const part = PART_OF[opinion];
      const people = part && row.id !== undefined ? marked.get(row.id)?.[opinion as keyof MarkedParts] : undefined;
      if (!people && !LEARNS_FROM[opinion](row, rules)) continue;
      if (!part) {
        examples[opinion].push({ text: row.text, yes: row.label === YES[opinion] });
        continue;
      }
      // A part opinion learns sentences: in a purposeful message, the one the rules quote for the part says it
      // and the others do not; in a message that needs work for want of the part, none does. (Learning every
      // sentence of a purposeful message as a "yes" instead finds the part in a good message it was taken out of.)
      sentences ??= readAnatomy(row.text).sentences.map((s) => s.text);
      // People's marks, where there are any: the part in their words, whatever the rules quoted, and in a
      // message that needs work for some other reason too.
      const byPeople = markedFor(
        sentences,
        row.id === undefined ? undefined : marked.get(row.id),
        opinion as keyof MarkedParts,
      );
      if (byPeople) {
        for (const sentence of sentences) examples[opinion].push({ text: sentence, yes: byPeople.includes(sentence) });
        continue;
      }
      if (!LEARNS_FROM[opinion](row, rules)) continue;
      const evidence = row.label === 'purposeful' ? rules.parts[part].evidence : undefined;
      for (const sentence of sentences)
        examples[opinion].push({ text: sentence, yes: overlapsQuote(sentence, evidence) });
    }
  }
  const opinions = {} as Record<Opinion, LinearOdds>;
  for (const opinion of OPINIONS) opinions[opinion] = learn(examples[opinion]);
  return pack(TRAINED_ON, opinions);
}

/** wink-naive-bayes-text-classifier, as far as the trainer uses it. */
interface Classifier {
  definePrepTasks(tasks: Array<(input: string[]) => string[]>): number;
  defineConfig(config: { considerOnlyPresence: boolean; smoothingFactor: number }): boolean;
  learn(input: string[], label: string): boolean;
  consolidate(): boolean;
  computeOdds(input: string[]): Array<[string, number]>;
}

/** Binarised (a word counts once a message), with half-word smoothing. */
export const CONFIG = { considerOnlyPresence: true, smoothingFactor: 0.5 };

export function newClassifier(): Classifier {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const create = require('wink-naive-bayes-text-classifier') as () => Classifier;
  const classifier = create();
  // The messages come in as their words already (features()), so the same words reach training and reading.
  classifier.definePrepTasks([(words) => words]);
  classifier.defineConfig(CONFIG);
  return classifier;
}

/** The classifier's log2 odds of 'yes' for these words, as the library computes them. */
export function libraryOdds(classifier: Classifier, words: string[]): number {
  return classifier.computeOdds(words).find(([label]) => label === 'yes')?.[1] ?? 0;
}

/**
 * One classifier, stored as what each word adds to its odds. Words seen in a single message are left
 * out: they say nothing about the next writer.
 */
function learn(examples: ReadonlyArray<{ text: string; yes: boolean }>): LinearOdds {
  const seen = new Map<string, number>();
  const read = examples.map((e) => ({ words: features(e.text), yes: e.yes }));
  for (const e of read) for (const w of e.words) seen.set(w, (seen.get(w) ?? 0) + 1);
  const classifier = newClassifier();
  for (const e of read)
    classifier.learn(
      e.words.filter((w) => (seen.get(w) ?? 0) >= 2),
      e.yes ? 'yes' : 'no',
    );
  classifier.consolidate();
  return toLinear(classifier, [...seen.keys()].filter((w) => (seen.get(w) ?? 0) >= 2).sort());
}

/**
 * A trained classifier as what each word of its vocabulary adds to its odds. Naive Bayes odds are the
 * prior plus a share a word, so two single words and the pair of them give the prior.
 */
export function toLinear(classifier: Classifier, vocabulary: readonly string[]): LinearOdds {
  const [a = '', b = ''] = vocabulary;
  const bias = libraryOdds(classifier, [a]) + libraryOdds(classifier, [b]) - libraryOdds(classifier, [a, b]);
  const weights: Record<string, number> = {};
  for (const w of vocabulary) weights[w] = round(libraryOdds(classifier, [w]) - bias);
  return { bias: round(bias), weights };
}

const round = (x: number): number => Math.round(x * 1e4) / 1e4;

export function readRows(): Row[] {
  const rows: Row[] = [];
  for (const name of TRAINED_ON) {
    const file = path.join(ROOT, 'test/fixtures', `${name}.jsonl`);
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) if (line.trim()) rows.push(JSON.parse(line) as Row);
  }
  return rows;
}

export function serialise(model: SecondOpinionModel): string {
  return `${JSON.stringify(model)}\n`;
}

if (require.main === module) {
  const fresh = serialise(train(readRows(), readMarked()));
  if (process.argv.includes('--check')) {
    const committed = fs.existsSync(MODEL_FILE) ? fs.readFileSync(MODEL_FILE, 'utf8') : '';
    if (committed !== fresh) {
      console.error(
        'The committed second-opinion model is not what training gives today: run npm run train:second-opinion',
      );
      process.exit(1);
    }
    console.log('second-opinion model: up to date');
  } else {
    fs.writeFileSync(MODEL_FILE, fresh);
    console.log(`wrote ${path.relative(ROOT, MODEL_FILE)} (${Math.round(fresh.length / 1024)} KiB)`);
  }
}
