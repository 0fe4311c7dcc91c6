import { typosInAnswers, typosInBatches } from '../../src/domain/spelling';
import {
  englishSpeller,
  type Lookup,
  spellCheckThread,
  type SpellCheckThread,
  typosWithin,
} from '../../src/services/spelling';

// The bot keeps the dictionary in a worker thread (its words stay out of the bot's heap); the answers
// must be exactly what the in-process check gives.
const speller = englishSpeller()!;
const FIELDS = ['whoIAm', 'whyYou', 'value', 'ask'];
const ANSWER_SETS: Array<Record<string, string>> = [
  {
    whoIAm: 'AE at Flowdesk, ap automation',
    whyYou: 'she posted abuot her team closing the books in 4 days',
    value: 'benchmark of 40 finance teams',
    ask: 'want me to send it',
  },
  {
    whoIAm: 'Kara, account exec at Haulpath - route optimizaton for waste haulers',
    whyYou: 'quoted in Waste Today, fuel up 22%',
    value: 'CAN SET UP A 30 DAY PILTO AT 1 LOCATION',
    ask: 'open to a 15 min call next week?',
  },
  {
    whoIAm: 'founder of a small analytics shop',
    whyYou: 'he said he cant tell where 10% of his beer goes; thier chargebacks doubled',
    value: 'the best adress for samples and a teardown of their shippping costs',
    ask: 'should I send it over?',
  },
  { whoIAm: 'Ana', whyYou: 'your talk in June', value: 'a checklist', ask: 'want it?' },
];

describe('the spell check in a worker thread', () => {
  let thread: SpellCheckThread;
  beforeAll(() => {
    thread = spellCheckThread()!;
  });
  afterAll(() => thread.close());

  it.each(ANSWER_SETS.map((a, i) => [i, a] as const))(
    'answer set %i: the same typos and suggestions as the check in-process',
    async (_i, answers) => {
      const options = { known: ['Marisa'] };
      const expected = typosInAnswers(answers, FIELDS, speller, options);
      await expect(thread.typos(answers, FIELDS, options)).resolves.toEqual(expected);
    },
  );

  it('finds the typos it should (the comparison above is not two empty answers)', async () => {
    const typos = await thread.typos(ANSWER_SETS[0]!, FIELDS);
    expect(typos.whyYou?.[0]).toEqual({ word: 'abuot', suggestions: expect.arrayContaining(['about']) });
  });

  it('answers many submissions at once, each its own', async () => {
    const all = await Promise.all(ANSWER_SETS.flatMap((a) => [a, a]).map((a) => thread.typos(a, FIELDS)));
    expect(all.map((t) => Object.keys(t).length > 0)).toEqual([true, true, true, true, true, true, false, false]);
  });

  it('once closed, gives no hints rather than an error', async () => {
    const closing = spellCheckThread()!;
    await closing.close();
    await expect(closing.typos(ANSWER_SETS[0]!, FIELDS)).resolves.toEqual({});
  });
});

describe('typosInBatches', () => {
  const lookupFrom = (calls: string[][]) => async (words: string[]) => {
    calls.push(words);
    return words.map((w) => speller.correct(w));
  };

  it('asks in a few batches and agrees with the check in-process', async () => {
    const calls: string[][] = [];
    const answers = ANSWER_SETS[2]!;
    await expect(typosInBatches(lookupFrom(calls), answers, FIELDS)).resolves.toEqual(
      typosInAnswers(answers, FIELDS, speller),
    );
    expect(calls.length).toBeGreaterThan(1);
    expect(calls.length).toBeLessThanOrEqual(4);
  });

  it('gives no hints when the dictionary does not answer', async () => {
    await expect(typosInBatches(async () => null, ANSWER_SETS[0]!, FIELDS)).resolves.toEqual({});
  });
});

describe('typosWithin: one wait for the whole submission', () => {
  it('gives each pass only what is left of the wait, and stops asking once it is spent', async () => {
    let clock = 0;
    const budgets: number[] = [];
    // A slow dictionary: every pass takes 800 ms of the submission's 1,500.
    const slow: Lookup = async (words, waitMs) => {
      budgets.push(waitMs);
      clock += 800;
      return words.map((w) => speller.correct(w));
    };
    const typos = typosWithin(slow, 1500, () => clock);
    // Answer set 2 needs three passes: the second has 700 ms left, the third is never asked, so no hints.
    await expect(typos(ANSWER_SETS[2]!, FIELDS)).resolves.toEqual({});
    expect(budgets).toEqual([1500, 700]);
  });

  it('a fast dictionary answers in full, the same as the check in-process', async () => {
    const fast: Lookup = async (words) => words.map((w) => speller.correct(w));
    const typos = typosWithin(fast, 1500, () => 0);
    await expect(typos(ANSWER_SETS[2]!, FIELDS)).resolves.toEqual(typosInAnswers(ANSWER_SETS[2]!, FIELDS, speller));
  });
});
