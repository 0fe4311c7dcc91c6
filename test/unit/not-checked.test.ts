import { checkOutcome, checkPurpose } from '../../src/domain/purpose-check';
import {
  buildDigest,
  buildRepStats,
  tallyNotChecked,
  type DigestInput,
  type NotChecked,
  type RepStatsInput,
} from '../../src/domain/stats';
import { appHome } from '../../src/views/app-home';
import { digestMessage } from '../../src/views/digest';
import { notCheckedLine, repStatsMessage } from '../../src/views/stats';
import { visibleText } from '../support/modal';
import { appHomeInput, digestInput, repStatsInput, scores, ZERO } from '../support/stats';

// Messages in languages the purpose check does not read: stored without a score or verdict, left
// out of the quality figures, and counted, with their languages, in the digest, stats and Home.

const ITALIAN =
  'Ciao Giulia, sono Marco, responsabile vendite di Fernpath. Ho letto il tuo articolo sul calo delle conversioni nelle banche regionali e mi è piaciuto molto. Abbiamo confrontato quattordici banche: posso mandarti le due pagine più utili per voi?';
const ENGLISH =
  "Hi Jane, I'm Sam, I lead partnerships at Fernpath. Your talk at Fintech Forum on ID-scan drop-off stuck with me. We benchmarked 14 regional banks on it; happy to send the two pages on banks your size. Would that be useful?";

/** Last week: five sent, one reply, three of them scored (one boilerplate). */
function lastWeek(overrides: Partial<DigestInput> = {}): DigestInput {
  return digestInput({
    weeks: [ZERO, ZERO, ZERO, { sent: 5, replied: 1 }],
    quality: { scored: 3, scoreSum: 210, boilerplate: 1 },
    byVerdict: { purposeful: { sent: 2, replied: 1 }, needs_work: ZERO, boilerplate: { sent: 1, replied: 0 } },
    ...overrides,
  });
}

function repInput(overrides: Partial<RepStatsInput> = {}): RepStatsInput {
  return repStatsInput({
    weeks: [ZERO, ZERO, ZERO, { sent: 3, replied: 1 }],
    qualityByWeek: scores([0, 0], [0, 0], [0, 0], [1, 80]),
    ...overrides,
  });
}

describe('what is stored for a message the check did not read', () => {
  test('no score and no verdict, and the language it was in', () => {
    const result = checkPurpose({ text: ITALIAN, channel: 'linkedin_message' });
    expect(result.verdict).toBe('not_checked');
    expect(checkOutcome(result)).toEqual({ purposeScore: null, verdict: null, lang: 'it' });
  });

  test('a checked message keeps its score and verdict, and records its language too', () => {
    const result = checkPurpose({ text: ENGLISH, channel: 'linkedin_message' });
    expect(checkOutcome(result)).toEqual({ purposeScore: result.score, verdict: result.verdict, lang: 'en' });
    expect(result.verdict).not.toBe('not_checked');
  });
});

describe('tallyNotChecked', () => {
  test.each<[string, Array<{ lang: string | null; count: number }> | undefined, NotChecked]>([
    ['nothing given', undefined, { count: 0, langs: [], unnamed: 0 }],
    ['no rows', [], { count: 0, langs: [], unnamed: 0 }],
    ['one language', [{ lang: 'it', count: 2 }], { count: 2, langs: ['it'], unnamed: 0 }],
    [
      'most messages first',
      [
        { lang: 'nl', count: 1 },
        { lang: 'it', count: 3 },
      ],
      { count: 4, langs: ['it', 'nl'], unnamed: 0 },
    ],
    [
      'ties by code',
      [
        { lang: 'pl', count: 1 },
        { lang: 'it', count: 1 },
        { lang: 'nl', count: 1 },
      ],
      { count: 3, langs: ['it', 'nl', 'pl'], unnamed: 0 },
    ],
    [
      'stored before languages were: counted, not named',
      [
        { lang: null, count: 2 },
        { lang: 'it', count: 1 },
      ],
      { count: 3, langs: ['it'], unnamed: 2 },
    ],
    [
      'undetermined or malformed: counted, not named',
      [
        { lang: 'und', count: 1 },
        { lang: 'Italian!', count: 1 },
      ],
      { count: 2, langs: [], unnamed: 2 },
    ],
    [
      'the same language twice is one',
      [
        { lang: 'it', count: 1 },
        { lang: 'IT', count: 2 },
      ],
      { count: 3, langs: ['it'], unnamed: 0 },
    ],
    [
      'zero, negative or fractional counts are ignored',
      [
        { lang: 'it', count: 0 },
        { lang: 'nl', count: -2 },
        { lang: 'pl', count: 1.5 },
      ],
      { count: 0, langs: [], unnamed: 0 },
    ],
  ])('%s', (_name, rows, expected) => {
    expect(tallyNotChecked(rows)).toEqual(expected);
  });
});

describe('the digest and stats leave not-checked messages out of quality and count them', () => {
  test('the digest carries the tally; the quality figures are only the checked messages', () => {
    const d = buildDigest(
      lastWeek({
        notChecked: [
          { lang: 'it', count: 1 },
          { lang: 'nl', count: 1 },
        ],
      }),
    );
    expect(d.notChecked).toEqual({ count: 2, langs: ['it', 'nl'], unnamed: 0 });
    expect(d.quality).toEqual({ scored: 3, meanScore: 70, boilerplate: 1, boilerplateShare: 1 / 3 });
    expect(d.thisWeek.sent).toBe(5); // still counted as sent: only quality leaves them out
  });

  test('without any, the tally is zero', () => {
    expect(buildDigest(lastWeek()).notChecked).toEqual({ count: 0, langs: [], unnamed: 0 });
    expect(buildRepStats(repInput()).notChecked).toEqual({ count: 0, langs: [], unnamed: 0 });
  });

  test("a rep's stats carry their own tally", () => {
    const s = buildRepStats(repInput({ notChecked: [{ lang: 'pl', count: 2 }] }));
    expect(s.notChecked).toEqual({ count: 2, langs: ['pl'], unnamed: 0 });
    expect(s.quality.meanScore).toBe(80);
  });
});

describe('notCheckedLine, as a person reads it', () => {
  const tally = (rows: Array<{ lang: string | null; count: number }>) => tallyNotChecked(rows);
  test.each<[Array<{ lang: string | null; count: number }>, string]>([
    [[], ''],
    [
      [{ lang: 'it', count: 1 }],
      "1 message this week in a language the check doesn't read yet (Italian) is not in the quality figures.",
    ],
    [
      [{ lang: 'it', count: 3 }],
      "3 messages this week in a language the check doesn't read yet (Italian) are not in the quality figures.",
    ],
    [
      [
        { lang: 'it', count: 1 },
        { lang: 'nl', count: 1 },
      ],
      "2 messages this week in languages the check doesn't read yet (Italian, Dutch) are not in the quality figures.",
    ],
    [
      [
        { lang: 'nl', count: 1 },
        { lang: 'it', count: 2 },
        { lang: 'pl', count: 1 },
        { lang: 'sv', count: 1 },
        { lang: 'tr', count: 1 },
        { lang: 'ja', count: 1 },
      ],
      "7 messages this week in languages the check doesn't read yet (Italian, Japanese, Dutch, Polish and 2 more) are not in the quality figures.",
    ],
    [
      [{ lang: null, count: 2 }],
      "2 messages this week in languages the check doesn't read yet are not in the quality figures.",
    ],
    [
      [
        { lang: null, count: 1 },
        { lang: 'it', count: 1 },
      ],
      "2 messages this week in languages the check doesn't read yet (Italian) are not in the quality figures.",
    ],
  ])('%j', (rows, expected) => {
    expect(notCheckedLine(tally(rows))).toBe(expected);
  });
});

describe('where a person sees the line', () => {
  const NOT_CHECKED = [
    { lang: 'it', count: 1 },
    { lang: 'nl', count: 1 },
  ];
  const LINE =
    "2 messages this week in languages the check doesn't read yet (Italian, Dutch) are not in the quality figures.";

  test('the weekly digest says it right under message quality, with numbers and language names only', () => {
    const { blocks } = digestMessage(buildDigest(lastWeek({ notChecked: NOT_CHECKED })), {});
    const shown = visibleText(blocks);
    expect(shown).toMatch(
      /mean purpose score \*70\*\/100 · boilerplate \*33%\* `[▰▱]+` \(1 of 3\)\n_2 messages this week in languages/,
    );
    expect(shown).toContain(`_${LINE}_`);
  });

  test('a digest whose messages were all not checked says both things', () => {
    const { blocks } = digestMessage(
      buildDigest(
        lastWeek({ quality: { scored: 0, scoreSum: 0, boilerplate: 0 }, notChecked: [{ lang: 'it', count: 1 }] }),
      ),
      {},
    );
    const shown = visibleText(blocks);
    expect(shown).toContain('*Message quality:* no checked messages this week.');
    expect(shown).toContain(
      "1 message this week in a language the check doesn't read yet (Italian) is not in the quality figures.",
    );
  });

  test('without any, the digest, stats and Home say nothing about languages', () => {
    const digest = visibleText(digestMessage(buildDigest(lastWeek()), {}).blocks);
    const stats = visibleText(repStatsMessage(buildRepStats(repInput())).blocks);
    for (const shown of [digest, stats]) expect(shown).not.toMatch(/check doesn't read|language/);
  });

  test('/outreach stats shows the rep their own count', () => {
    const shown = visibleText(repStatsMessage(buildRepStats(repInput({ notChecked: NOT_CHECKED }))).blocks);
    expect(shown).toMatch(/mean purpose score \*80\*\/100[^\n]*\n_2 messages this week in languages/);
    expect(shown).toContain(LINE);
  });

  test("the App Home's numbers show it too", () => {
    const stats = buildRepStats(repInput({ notChecked: [{ lang: 'ja', count: 1 }] }));
    const view = appHome(appHomeInput(stats));
    expect(visibleText(view.blocks)).toContain(
      "1 message this week in a language the check doesn't read yet (Japanese) is not in the quality figures.",
    );
  });
});
