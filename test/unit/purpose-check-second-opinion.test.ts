/**
 * The learned second opinion (second-opinion.ts, second-look.ts): where the rules ask it, what its
 * answer changes, that the committed model is what training gives today, and that the stored sums are
 * the library's own odds.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkPurpose, type PurposeCheckInput } from '../../src/domain/purpose-check';
import { DEFAULT_TUNING } from '../../src/domain/purpose-check/score';
import {
  features,
  indicesOf,
  OPINIONS,
  oddsOf,
  pack,
  readersOf,
  SecondOpinion,
} from '../../src/domain/purpose-check/second-opinion';
import { secondLook, softenMissing } from '../../src/domain/purpose-check/second-look';
import { readAnatomy } from '../../src/domain/purpose-check/anatomy';
import { flag } from '../../src/domain/purpose-check/flags';
import { clipWords, overlapsQuote } from '../../src/domain/purpose-check/clip';
import {
  libraryOdds,
  MODEL_FILE,
  newClassifier,
  readMarked,
  readRows,
  serialise,
  toLinear,
  train,
} from '../../scripts/train-second-opinion';

const RULES_ONLY = { ...DEFAULT_TUNING, secondOpinion: false };
const codes = (input: PurposeCheckInput, tuning = DEFAULT_TUNING) =>
  checkPurpose(input, tuning).findings.map((f) => f.code);

/** An offer in chat shorthand ("i can show u their before/after schedule"): no rule reads it as theirs. */
const FIX_OFFERED: PurposeCheckInput = {
  channel: 'linkedin_message',
  text: 'hey sam! fellow ex-Bluebird Diner crew here (4 yrs at the Elm St store lol). jo, SDR at shiftly now\n\nsaw ur the new ops lead for 9 diners 🎉 i still remember the weekend schedule mess 💀 we fixed exactly that for Waffle Barn w/ auto-swap, i can show u their before/after schedule\n\n10 min call this wk?',
};
/** The same reason and ask around a pure pitch: nothing in it for them. */
const PITCH: PurposeCheckInput = {
  channel: 'linkedin_message',
  text: "Ilse, your issue #88 in flowcheck said the timeout flag is ignored on retries. I'm Arjun, I sell Gatepost, the leading enterprise test platform, trusted by 500 teams. Would you book a demo when you have time?",
};
/** A catalogue after "good to be connected": could go to anyone. */
const CATALOGUE: PurposeCheckInput = {
  channel: 'linkedin_message',
  text: 'Good day Paul, good to be connected. We are Brightline Signs - banners, wraps, lettering, displays. Feel free to call anytime.\n\nRegards, Kate',
};

/** A peer's result in figures is what is in it for them, though no offer is made. */
const PEER_RESULT: PurposeCheckInput = {
  channel: 'email',
  text: "Hi Dana, I'm Luis Ortega from ShiftNest. Your post said Kettle Point is adding 30 beds to the memory-care wing and overtime is already at 14%. Coastline Care, a similar home, brought overtime down from 14% to 5% in two months with our rota. Would a 15-minute call on Tuesday be useful?",
};
/** The same with only a description of the sender's company. */
const INTRO_ONLY: PurposeCheckInput = {
  channel: 'email',
  text: "Hi Dana, saw in the Harbor Gazette that Kettle Point is adding 30 beds to its memory-care wing. I'm Luis, an SDR at ShiftNest (rota software for care homes with 50 to 300 staff). Would a 15-minute call on Tuesday work?",
};
/** Who the sender is, on a labelled line the rules do not read ("SENDER:"; "WHO:" and "About me:" they do). */
const WHO_LABELLED: PurposeCheckInput = {
  channel: 'email',
  text: 'Hi Marta,\n\nSENDER: Priya Natarajan, partnerships at Harvest Loop (we pass surplus food to shelters).\n\nWHY YOU: in the Leeds Post you said the stadium kitchens bin about 300 sealed meals after every home match.\n\nWHAT YOU GET: we collect within an hour of full time at no cost, and send a monthly meals-saved report you can use in your own reporting.\n\nASK: could we try it at one home fixture this season?',
};
/** Who the sender is, in lowercase shorthand. */
const WHO_SHORTHAND: PurposeCheckInput = {
  channel: 'email',
  text: 'marta - priya w, harvest loop partnerships. saw in the leeds post your stadium kitchens bin ~300 sealed meals a match. we collect within an hour of full time, no cost, and you get a meals-saved report each month. try it at one home game?',
};

describe('the second opinion', () => {
  it('finds an offer no rule reads, and asks about it instead of calling it missing', () => {
    expect(checkPurpose(FIX_OFFERED, RULES_ONLY).verdict).toBe('needs_work');
    expect(codes(FIX_OFFERED, RULES_ONLY)).toContain('no_value');
    const result = checkPurpose(FIX_OFFERED);
    expect(result.verdict).toBe('purposeful');
    expect(result.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['unsure_value']));
    expect(result.findings.map((f) => f.code)).not.toContain('no_value');
    const unsure = result.findings.find((f) => f.code === 'unsure_value');
    expect(unsure?.severity).toBe('info');
    expect(unsure?.message).toMatch(/\?/);
    // The part counts as there, but unsure; the score agrees with the verdict.
    expect(result.parts.whats_in_it_for_you.strength).toBe(0.5);
    expect(result.score).toBeGreaterThanOrEqual(DEFAULT_TUNING.purposefulFrom);
  });

  it('does not find a part in a well-made message that lacks it (the part taken out of a good one)', () => {
    const good =
      "Hi Dana, I'm Sam, I run ops at Corvid. Saw your talk on dock scheduling at ProMat, where you said trailer dwell is your worst number. We cut dwell 30% at a cold-storage site in Ohio last spring; happy to send you the before/after sheet with the numbers. Worth 15 minutes Tuesday or Wednesday to see if it maps to your docks?";
    expect(checkPurpose({ text: good }).verdict).toBe('purposeful');
    const noReason = good.replace(/Saw your talk[^.]*\. /, '');
    const noOffer = good.replace(/We cut dwell[^.]*\. /, '');
    for (const text of [noReason, noOffer]) {
      expect(text).not.toBe(good);
      // Whatever the rules make of it, the second opinion finds nothing they missed.
      const result = checkPurpose({ text });
      expect(result).toEqual(checkPurpose({ text }, RULES_ONLY));
    }
    expect(checkPurpose({ text: noOffer }).verdict).toBe('needs_work');
    // A pitch with an offer and an ask but no reason at all: a message-level opinion read it as purposeful (82).
    const pitch =
      "Hi Dana, I'm Sam, I run ops at Corvid. We cut dwell 30% at a peer site; happy to send you the before/after sheet. Worth 15 minutes Tuesday?";
    expect(checkPurpose({ text: pitch }).verdict).toBe('needs_work');
    expect(checkPurpose({ text: pitch }).findings.map((f) => f.code)).toContain('no_why_you');
  });

  it('never takes a generic line for a reason ("I saw your profile")', () => {
    const text =
      "Hi Marco,\n\nQuick intro: I'm Lena at Shelfwise - we do pricing analytics for grocery chains. I came across you in a LinkedIn search. I saw your profile.\n\nShelfwise chains avg +9% margin in 90 days. Want me to send you a case study from a similar grocer?";
    const result = checkPurpose({ text, channel: 'linkedin_inmail' });
    expect(result.verdict).toBe('needs_work');
    expect(result.findings.map((f) => f.code)).toContain('no_why_you');
  });

  it('leaves a pitch with nothing for them as the rules read it', () => {
    const result = checkPurpose(PITCH);
    expect(result.verdict).toBe('needs_work');
    expect(result.findings.map((f) => f.code)).toContain('no_value');
    expect(result).toEqual(checkPurpose(PITCH, RULES_ONLY));
  });

  it('calls a catalogue that could go to anyone boilerplate', () => {
    expect(checkPurpose(CATALOGUE, RULES_ONLY).verdict).toBe('needs_work');
    const result = checkPurpose(CATALOGUE);
    expect(result.verdict).toBe('boilerplate');
    expect(result.score).toBeLessThanOrEqual(30);
    expect(result.findings.map((f) => f.code)).toContain('mass_template');
  });

  it('asks about a second question, but never about an ask chained in one sentence or another reason it needs work', () => {
    // A message the asks opinion reads as purposeful, as the rules might read it with one question too many.
    const text =
      "Hi Dana, I'm Sam, I run ops at Corvid. Saw your talk on dock scheduling at ProMat, where you said trailer dwell is your worst number. We cut dwell 30% at a cold-storage site in Ohio last spring; happy to send you the before/after sheet with the numbers. Worth 15 minutes Tuesday or Wednesday to see if it maps to your docks?";
    expect(new SecondOpinion(text).confident('asks')).toBe(true);
    const part = (evidence: string) => ({ present: true, strength: 1, evidence });
    const parts = (ask: string) => ({
      who_i_am: part("I'm Sam"),
      why_you: part('Saw your talk'),
      whats_in_it_for_you: part('happy to send you the sheet'),
      one_clear_ask: part(ask),
    });
    const asks = flag('several_asks', 'critical', 'Two asks: keep the one that matters', 20, true);
    const decide = () => ({ verdict: 'purposeful' as const, score: 80 });
    const second = secondLook(text, [text], parts('Worth 15 minutes Tuesday?'), [asks], 60, decide, true);
    expect(second?.verdict).toBe('purposeful');
    expect(second?.flags.map((f) => f.code)).toEqual(['unsure_asks']);
    expect(
      secondLook(text, [text], parts('Could you send it, and could you book a call?'), [asks], 60, decide, true),
    ).toBeNull();
    const ending = `${text} Could we also talk Thursday?`;
    expect(
      secondLook(
        ending,
        [text, 'Could we also talk Thursday?'],
        parts('Worth 15 minutes Tuesday?'),
        [asks],
        60,
        decide,
        true,
      ),
    ).toBeNull();
    expect(secondLook(text, [text], parts('Worth 15 minutes Tuesday?'), [asks], 60, decide, false)).toBeNull();
    const pushy = flag('pushy_follow_up', 'critical', 'A bump', 20, true);
    expect(secondLook(text, [text], parts('Worth 15 minutes Tuesday?'), [asks, pushy], 60, decide, true)).toBeNull();
  });

  it('asks nothing of a message the rules read fully, and in other languages only finds parts, in their language', () => {
    const good: PurposeCheckInput = {
      channel: 'linkedin_message',
      text: "Hi Dana, I'm Sam, I run ops at Corvid. Saw your talk on dock scheduling at ProMat. We cut dwell 30% at a peer site; happy to send you the before/after sheet. Worth 15 minutes Tuesday?",
    };
    expect(checkPurpose(good)).toEqual(checkPurpose(good, RULES_ONLY));
    const rows = fs
      .readFileSync(path.join(__dirname, '../fixtures/holdout-9.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as PurposeCheckInput & { lang?: string });
    const others = rows.filter((r) => r.lang && r.lang !== 'en');
    expect(others.length).toBeGreaterThan(20);
    let changed = 0;
    for (const r of others) {
      const rules = checkPurpose(r, RULES_ONLY);
      const second = checkPurpose(r);
      if (second.verdict === rules.verdict) continue;
      // The template opinion reads English only: elsewhere a change is a part found, asked about.
      changed++;
      expect([rules.verdict, second.verdict]).toEqual(['needs_work', 'purposeful']);
      const unsure = second.findings.filter((f) => f.code === 'unsure_value' || f.code === 'unsure_why_you');
      expect(unsure.length).toBeGreaterThan(0);
      expect(second.findings.map((f) => f.code)).not.toContain('unsure_asks');
      // Said in the message's language, not in English.
      for (const f of unsure) expect(f.message).not.toMatch(/\b(?:plain|what they get|the post)\b/);
    }
    expect(changed).toBeGreaterThan(0);
  });

  it("finds what people call an offer or an introduction that no rule reads, but never in the sender's introduction", () => {
    // A peer's result in figures: people marked such sentences as what is in it for the reader.
    const result = checkPurpose(PEER_RESULT);
    expect(codes(PEER_RESULT, RULES_ONLY)).toContain('no_value');
    expect(result.verdict).toBe('purposeful');
    expect(result.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['unsure_value']));
    // The same message with a description of the sender's company in place of the result: still nothing for them.
    const described = checkPurpose(INTRO_ONLY);
    expect(described.verdict).toBe('needs_work');
    expect(described.findings.map((f) => f.code)).toContain('no_value');
    // Who the sender is, as a labelled line or in lowercase shorthand.
    for (const input of [WHO_LABELLED, WHO_SHORTHAND]) {
      expect(codes(input, RULES_ONLY)).toContain('no_who_i_am');
      const read = checkPurpose(input);
      expect(read.verdict).toBe('purposeful');
      expect(read.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['unsure_who']));
      expect(read.findings.find((f) => f.code === 'unsure_who')?.severity).toBe('info');
    }
  });

  it('turns a missing-part warning on a purposeful message into a question where it finds the part, and keeps the verdict', () => {
    const rules = checkPurpose(WHO_LABELLED, RULES_ONLY);
    const sentences = readAnatomy(WHO_LABELLED.text).sentences.map((s) => s.text);
    const missing = flag('no_who_i_am', 'warning', 'Say who you are', 10);
    const decide = jest.fn(() => ({ verdict: 'purposeful' as const, score: 80 }));
    const softened = softenMissing(WHO_LABELLED.text, sentences, rules.parts, [missing], decide, true);
    expect(softened?.verdict).toBe('purposeful');
    expect(softened?.flags.map((f) => f.code)).toEqual(['unsure_who']);
    expect(softened?.parts.who_i_am).toMatchObject({ present: true, strength: 0.5 });
    // Nothing to soften where the part is not there (the introduction taken out).
    const without = WHO_LABELLED.text.replace(/SENDER:[^\n]*\n/, '');
    const bare = readAnatomy(without).sentences.map((s) => s.text);
    expect(
      softenMissing(without, bare, checkPurpose({ text: without }, RULES_ONLY).parts, [missing], decide, true),
    ).toBeNull();
    // Nor, for who the sender is, in another language.
    expect(softenMissing(WHO_LABELLED.text, sentences, rules.parts, [missing], decide, false)).toBeNull();
  });

  it('learns from sentences people marked, every one of which is still a sentence of its message', () => {
    const marked = readMarked();
    const byId = new Map(readRows().map((row) => [row.id, row.text]));
    let checked = 0;
    for (const [id, parts] of marked) {
      const text = byId.get(id);
      expect(text).toBeDefined();
      const sentences = readAnatomy(text ?? '').sentences.map((s) => s.text);
      for (const said of Object.values(parts)) for (const sentence of said ?? []) expect(sentences).toContain(sentence);
      checked++;
    }
    expect(checked).toBeGreaterThan(2000);
  });

  it('keeps the marks of read sets it does not learn from yet as sentences of their messages', () => {
    // test/fixtures/part-sentences-pending.jsonl: people's marks for sets outside TRAINED_ON, kept for the
    // day they help it (on 2026-12-05 learning from them moved one blind message each way).
    const pending = readMarked(path.join(__dirname, '../fixtures/part-sentences-pending.jsonl'));
    const texts = new Map<string, string>();
    const fixtures = path.join(__dirname, '../fixtures');
    for (const file of fs.readdirSync(fixtures).filter((f) => /^(?:writers|holdout)-\d+\.jsonl$/.test(f))) {
      for (const line of fs.readFileSync(path.join(fixtures, file), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const row = JSON.parse(line) as { id: string; text: string };
        texts.set(row.id, row.text);
      }
    }
    const trained = new Set(readRows().map((row) => row.id));
    for (const [id, parts] of pending) {
      expect(trained.has(id)).toBe(false);
      const sentences = readAnatomy(texts.get(id) ?? '').sentences.map((s) => s.text);
      for (const said of Object.values(parts)) for (const sentence of said ?? []) expect(sentences).toContain(sentence);
    }
    expect(pending.size).toBeGreaterThan(1000);
  });

  it('knows a sentence by the quote the rules clipped from it', () => {
    const sentence =
      'We cut dwell 30% at a cold-storage site in Ohio last spring, and the before/after sheet is yours.';
    const quote = clipWords(sentence, 40);
    expect(quote.endsWith('…')).toBe(true);
    expect(overlapsQuote(sentence, quote)).toBe(true);
    expect(overlapsQuote(sentence.replace(' in Ohio', '\n in  Ohio'), clipWords(sentence, 200))).toBe(true);
    expect(overlapsQuote('Worth 15 minutes Tuesday?', quote)).toBe(false);
    expect(overlapsQuote(sentence, undefined)).toBe(false);
  });

  it('reads the same odds as the library it was trained with', () => {
    const examples = [
      { words: features('Happy to send you the benchmark from three clinics like yours'), yes: true },
      { words: features('We cut onboarding from 9 days to 4 at a peer bank; want the checklist?'), yes: true },
      { words: features('Our platform is the leading solution trusted by 500 teams'), yes: false },
      { words: features('We are the number one provider; book a demo on my calendar'), yes: false },
    ];
    const { classifier, vocabulary } = newClassifierFor(examples);
    const linear = toLinear(classifier, vocabulary);
    // Stored the way the model file stores it: one word list, each opinion's weights in its order.
    const { index, opinions } = readersOf(pack([], Object.fromEntries(OPINIONS.map((o) => [o, linear])) as never));
    for (const text of ['send you the checklist from a peer', 'the leading platform, book a demo', 'zebra']) {
      const words = features(text).filter((w) => vocabulary.includes(w));
      expect(oddsOf(opinions.value, indicesOf(index, features(text)))).toBeCloseTo(
        words.length ? libraryOdds(classifier, words) : 0,
        2,
      );
    }
    // Every opinion answers the same for the same text, however it is asked.
    expect(new SecondOpinion(FIX_OFFERED.text).odds('value')).toBe(new SecondOpinion(FIX_OFFERED.text).odds('value'));
  });

  it('leaves the rules alone when the model file is broken, and never fails a check for it', () => {
    jest.isolateModules(() => {
      jest.doMock('../../src/domain/purpose-check/second-opinion-model.json', () => ({ trainedOn: [] }));
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const isolated = require('../../src/domain/purpose-check') as typeof import('../../src/domain/purpose-check');
      const result = isolated.checkPurpose(FIX_OFFERED);
      expect(result.verdict).toBe('needs_work');
      expect(result).toEqual(checkPurpose(FIX_OFFERED, RULES_ONLY));
    });
  });

  it('is the model training gives today (run npm run train:second-opinion after changing the rules or the sets)', () => {
    expect(fs.readFileSync(MODEL_FILE, 'utf8')).toBe(serialise(train(readRows(), readMarked())));
  });
});

function newClassifierFor(examples: ReadonlyArray<{ words: string[]; yes: boolean }>) {
  const classifier = newClassifier();
  for (const e of examples) classifier.learn(e.words, e.yes ? 'yes' : 'no');
  classifier.consolidate();
  const vocabulary = [...new Set(examples.flatMap((e) => e.words))].sort();
  return { classifier, vocabulary };
}
