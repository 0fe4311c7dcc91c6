import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { suspectedTypos, typosInAnswers } from '../../src/domain/spelling';
import { englishSpeller } from '../../src/services/spelling';
import { draftModal, typoHint } from '../../src/views/draft-modal';

// The real dictionary, as the app loads it at start (dictionary-en, read from node_modules).
const speller = englishSpeller()!;

describe('suspectedTypos', () => {
  it('loads the English dictionary', () => {
    expect(speller).not.toBeNull();
    expect(speller.correct('about')).toBe(true);
  });

  it.each([
    ['she posted abuot her team closing the books', 'abuot', 'about'],
    ['CAN SET UP A 30 DAY PILTO AT 1 LOCATION', 'pilto', 'pilot'],
    ['their bags keep splitting in shippping', 'shippping', 'shipping'],
    ['friendly fraud is now 60% of thier chargebacks', 'thier', 'their'],
    ['route optimizaton for waste haulers', 'optimizaton', 'optimization'],
    ['he said he cant tell where 10% of his beer goes', 'cant', "can't"],
    ['the best adress for samples', 'adress', 'address'],
  ])('names the typo in %j with its likeliest fix first', (text, word, fix) => {
    const [typo] = suspectedTypos(text, speller);
    expect(typo).toEqual({ word, suggestions: expect.arrayContaining([fix]) });
    expect(typo!.suggestions[0]).toBe(fix);
  });

  it.each([
    'AE @ Flowdesk, ap automation for CFOs at Harlow Freight',
    'saw her talk at SaaStr about ramping SDRs in 60 days',
    'lmk if you want the intro, w/ 2 wks trial access thru june',
    'her linkedin post https://www.linkedin.com/posts/amirhaddad_kubernetes-finops-activity-71234',
    'cody here, I sell wholesale packaging, mostly for roasters',
    'damp and mould cases after the new regs; we analyse vendor tiering and integrations',
  ])('leaves names, acronyms, links, shorthand and lower-case first names alone: %j', (text) => {
    expect(suspectedTypos(text, speller)).toEqual([]);
  });
});

describe('typosInAnswers', () => {
  const answers = {
    whoIAm: 'AE at Flowdesk',
    whyYou: 'she posted abuot closing the books in 4 days',
    whatsInIt: 'a 30 day pilto on 5 trucks',
    ask: 'want me to send it?',
  };
  const fields = ['whoIAm', 'whyYou', 'whatsInIt', 'ask'];

  it('finds each typo under the answer that holds it', () => {
    expect(Object.keys(typosInAnswers(answers, fields, speller)).sort()).toEqual(['whatsInIt', 'whyYou']);
  });

  it('does not raise again a word the rep chose to keep', () => {
    expect(Object.keys(typosInAnswers(answers, fields, speller, { acknowledged: ['abuot'] }))).toEqual(['whatsInIt']);
  });

  it('skips answers in another language: only the English dictionary is loaded', () => {
    const german = {
      whoIAm: 'Jonas, AE bei Tarifo',
      whyYou: 'sie hat gesagt, dass ihr team 30% der zeit mit rechnungsprüfung verbringt',
      whatsInIt: 'kostenloser Check für 3 Monate Rechnungen',
      ask: 'kurzer call nächste woche?',
    };
    expect(typosInAnswers(german, fields, speller)).toEqual({});
  });
});

describe('the typo hint in the draft modal', () => {
  it('names the word, its likeliest fix, and how to keep it', () => {
    expect(typoHint([{ word: 'abuot', suggestions: ['about', 'abbot'] }])).toBe(
      '⚠ Possible typo: “abuot” (about?). Fix it, or compose again to keep it as typed.',
    );
  });

  it('replaces only that answer’s usual hint', () => {
    const view = draftModal({ prospectName: 'Marisa Whitfield', whyYou: 'abuot' }, '{}', {
      whyYou: [{ word: 'abuot', suggestions: ['about'] }],
    }) as { blocks: Array<{ block_id?: string; hint?: { text: string } }> };
    const hints = Object.fromEntries(
      view.blocks.filter((b) => b.block_id).map((b) => [b.block_id, b.hint?.text ?? '']),
    );
    expect(hints.whyYou).toContain('“abuot” (about?)');
    expect(hints.ask).toBe('One small, concrete next step.');
  });
});

describe('spell check over our own answer sets', () => {
  const sets = readFileSync(join(__dirname, '../fixtures/draft-answers.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { id: string; lang: string; traits: string[]; answers: Record<string, string> });
  const fields = ['whoIAm', 'howKnow', 'whyYou', 'value', 'ask'];

  it.each(sets.filter((s) => s.lang === 'en').map((s) => [s.id, s] as const))(
    '%s: typos named exactly where the set has them',
    (_id, set) => {
      const found = typosInAnswers(set.answers, fields, speller);
      if (set.traits.includes('typos')) expect(Object.keys(found).length).toBeGreaterThan(0);
      else expect(found).toEqual({});
    },
  );
});
