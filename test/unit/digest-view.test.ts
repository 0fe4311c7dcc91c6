import {
  buildDigest,
  buildRepStats,
  type DigestInput,
  type RepStatsInput,
  type RepWeekCounts,
} from '../../src/domain/stats';
import { ACTION_IDS } from '../../src/slack-ids';
import { appHome, type AppHomeInput } from '../../src/views/app-home';
import { digestMessage } from '../../src/views/digest';
import { bar, percent, repStatsMessage, sparkline, trendText } from '../../src/views/stats';
import { elements, visibleText } from '../support/modal';
import {
  appHomeInput,
  counts,
  digestInput,
  NO_VERDICTS,
  repStatsInput,
  scores,
  verdictCounts,
  ZERO,
} from '../support/stats';

const BUSY: Partial<DigestInput> = {
  weeks: counts([40, 9], [38, 10], [45, 12], [6, 2]),
  followUps: [
    { repId: 'U1', dueAt: new Date('2026-11-17T08:30:00Z'), actedAt: new Date('2026-11-17T10:00:00Z') },
    { repId: 'U1', dueAt: new Date('2026-11-18T08:30:00Z'), actedAt: null },
    { repId: 'U2', dueAt: new Date('2026-11-20T08:30:00Z'), actedAt: null }, // Friday: still in its window on Monday 10:00
  ],
  quality: { scored: 6, scoreSum: 390, boilerplate: 1 },
  byVerdict: verdictCounts([60, 21], [40, 6], [20, 1]),
  findings: [
    { code: 'no_why_you', count: 3 },
    { code: 'several_asks', count: 1 },
  ],
  reps: [
    { repId: 'U1', name: 'Ana Lopez', sent: 4, replied: 2 },
    { repId: 'U2', name: 'Ben <!channel> Hart', sent: 2, replied: 0 },
  ],
};

function sectionTexts(blocks: object[]): string[] {
  return (blocks as Array<{ type: string; text?: { text: string }; elements?: Array<{ text: string }> }>).flatMap(
    (b) => [
      ...(b.text ? [b.text.text] : []),
      ...(b.elements ?? []).map((e) => (typeof e.text === 'string' ? e.text : '')),
    ],
  );
}

function reps(n: number, name: (i: number) => string): RepWeekCounts[] {
  return Array.from({ length: n }, (_, i) => ({
    repId: `U${String(i).padStart(6, '0')}`,
    name: name(i),
    sent: (i % 17) + 1,
    replied: i % 5,
  }));
}

describe('small pictures', () => {
  test('percentages are whole numbers, and a missing rate is a dash', () => {
    expect(percent(0.3249)).toBe('32%');
    expect(percent(0.325)).toBe('33%');
    expect(percent(1)).toBe('100%');
    expect(percent(null)).toBe('—');
  });

  test('sparklines scale to the highest value; a missing week is a dot', () => {
    expect(sparkline([0, 0.1, 0.2, 0.4])).toBe('▁▃▅█');
    expect(sparkline([null, 0, 0])).toBe('·▁▁');
    expect(sparkline([50, 100], 100)).toBe('▅█');
    expect(sparkline([])).toBe('');
  });

  test('bars and trends', () => {
    expect(bar(0.75)).toBe('▰▰▰▰▰▰▰▰▱▱');
    expect(bar(null)).toBe('▱▱▱▱▱▱▱▱▱▱');
    expect(bar(0.1, 10, 0.2)).toBe('▰▰▰▰▰▱▱▱▱▱');
    expect(trendText({ direction: 'up', points: 5 })).toBe('▲ +5 pts');
    expect(trendText({ direction: 'down', points: -3 }, 'the 4-week rate')).toBe('▼ −3 pts vs the 4-week rate');
    expect(trendText({ direction: 'flat', points: 1 })).toBe('≈ same');
    expect(trendText(null)).toBe('');
  });
});

describe('digestMessage', () => {
  test('a week read at a glance: sent, rate, 4-week rate and trend, follow-ups, quality, verdicts, top, tip', () => {
    const { text, blocks } = digestMessage(buildDigest(digestInput(BUSY)), {});
    const shown = visibleText(blocks);
    expect(text).toBe('Weekly outreach digest: 6 sent, 2 replies, 33% response rate');
    expect(shown).toContain('Weekly outreach digest');
    expect(shown).toContain('Mon 16 Nov – Sun 22 Nov 2026');
    expect(shown).toMatch(/\*6\* sent · \*2\* replies · \*33%\* response rate/);
    expect(shown).toMatch(/4-week rate \*26%\* `[▁-█]{4}` · this week ▲ \+8 pts/); // 33 of 129 (25.6%), against 2 of 6 (33.3%)
    expect(shown).toMatch(/within a business day:\* 1 of 2 `▰+▱+` 50% \(1 more still inside its window\)/);
    expect(shown).toMatch(/mean purpose score \*65\*\/100 · boilerplate \*17%\*/);
    expect(shown).toMatch(/\*35%\* Purposeful \(21 of 60\)/);
    expect(shown).toMatch(/\*5%\* Boilerplate \(1 of 20\)/);
    expect(shown).toMatch(/Purposeful messages got a reply rate \*30 percentage points\* higher than boilerplate/);
    expect(shown).toMatch(/Tip of the week:\* Start with why them/);
    expect(shown).toMatch(/no reason why them \(3 messages\)/);
    expect(shown).toContain(':first_place_medal: *Ana Lopez*: 2 replies of 4 sent (50%)');
    expect(shown).not.toMatch(/Preview/);
  });

  test('no outreach this week: says so, never NaN', () => {
    const { text, blocks } = digestMessage(buildDigest(digestInput()), {});
    const all = `${text}\n${visibleText(blocks)}`;
    expect(all).toMatch(/no outreach this week/i);
    expect(all).not.toMatch(/NaN|undefined|Infinity|null/);
    expect(blocks.length).toBeLessThanOrEqual(50);
  });

  test('no NaN anywhere, whatever is missing', () => {
    const variants: Array<Partial<DigestInput>> = [
      {},
      { weeks: [{ sent: 3, replied: 1 }, ZERO, ZERO, ZERO] },
      { weeks: [ZERO, ZERO, ZERO, { sent: 3, replied: 0 }], quality: { scored: 0, scoreSum: 0, boilerplate: 0 } },
      { byVerdict: { purposeful: { sent: 2, replied: 0 }, needs_work: ZERO, boilerplate: ZERO } },
      { followUps: [{ repId: 'U1', dueAt: new Date('2026-11-20T08:30:00Z'), actedAt: null }] },
      { reps: [{ repId: 'U1', name: 'Zero Sends', sent: 0, replied: 0 }] },
      { ...BUSY, showRepNames: false },
      { ...BUSY, now: new Date('2026-11-18T12:00:00Z') },
    ];
    for (const v of variants) {
      const { text, blocks } = digestMessage(buildDigest(digestInput(v)), { preview: true });
      expect(`${text}\n${visibleText(blocks)}`).not.toMatch(/NaN|undefined|Infinity|\bnull\b|-0\b/);
    }
  });

  test('a preview says only you can see it', () => {
    const { blocks } = digestMessage(buildDigest(digestInput({ ...BUSY, now: new Date('2026-11-18T12:00:00Z') })), {
      preview: true,
    });
    expect(visibleText(blocks)).toMatch(/Preview, only you can see this/);
    expect(visibleText(blocks)).toMatch(/so far/);
  });

  test('a rep named like a mention or a channel ping is escaped', () => {
    const input = digestInput({
      ...BUSY,
      reps: [
        { repId: 'U1', name: '<!channel>', sent: 9, replied: 5 },
        { repId: 'U2', name: '<@U123>', sent: 4, replied: 1 },
        { repId: 'U3', name: 'Tom & <!here|here>', sent: 3, replied: 1 },
        { repId: 'U4', name: 'Back`tick```', sent: 3, replied: 0 },
      ],
    });
    const { blocks } = digestMessage(buildDigest(input), {});
    const json = JSON.stringify(blocks);
    expect(json).not.toMatch(/<!channel>|<@U123>|<!here/);
    const shown = visibleText(blocks);
    expect(shown).toContain('&lt;!channel&gt;');
    expect(shown).toContain('&lt;@U123&gt;');
    expect(shown).toContain('Tom &amp; &lt;!here|here&gt;');
    // A backtick in a name would close the table's code block early.
    for (const t of sectionTexts(blocks).filter((s) => s.includes('```'))) expect(t.match(/```/g)).toHaveLength(2);
  });

  test('300 reps fit in 50 blocks, every section under 3,000 characters, all 300 listed', () => {
    const team = reps(300, (i) => `Rep number ${i} with a rather long name indeed`);
    const { blocks } = digestMessage(buildDigest(digestInput({ ...BUSY, reps: team })), {});
    expect(blocks.length).toBeLessThanOrEqual(50);
    for (const t of sectionTexts(blocks)) expect(t.length).toBeLessThanOrEqual(3000);
    const shown = visibleText(blocks);
    for (let i = 0; i < 300; i++) expect(shown).toContain(`Rep number ${i} `);
    expect(shown).not.toMatch(/and \d+ more rep/);
    expect(shown).not.toMatch(/NaN/);
  });

  test('names that escape to five times their length still fit each section', () => {
    const team = reps(300, (i) => `${'&'.repeat(30)}${i}`);
    const { blocks } = digestMessage(buildDigest(digestInput({ ...BUSY, reps: team })), {});
    expect(blocks.length).toBeLessThanOrEqual(50);
    for (const t of sectionTexts(blocks)) expect(t.length).toBeLessThanOrEqual(3000);
  });

  test('a huge team ends the table with "and N more reps" rather than breaking Slack’s limits', () => {
    const team = reps(3000, (i) => `Rep ${i}`);
    const { blocks } = digestMessage(buildDigest(digestInput({ ...BUSY, reps: team })), {});
    expect(blocks.length).toBeLessThanOrEqual(50);
    for (const t of sectionTexts(blocks)) expect(t.length).toBeLessThanOrEqual(3000);
    expect(visibleText(blocks)).toMatch(/and \d+ more reps/);
  });

  test('the table lines up: every row has the same width before the follow-ups column', () => {
    const { blocks } = digestMessage(
      buildDigest(
        digestInput({ ...BUSY, reps: reps(5, (i) => (i === 0 ? 'A & B' : `Someone with a very long name ${i}`)) }),
      ),
      {},
    );
    const table = sectionTexts(blocks).find((t) => t.includes('```'))!;
    const rows = table
      .split('\n')
      .filter((l) => /\d+%|—/.test(l) && !l.startsWith('*'))
      .map((l) => l.replace(/&amp;/g, '&'));
    expect(rows.length).toBe(5);
    const widths = rows.map((r) => r.lastIndexOf('%') + 1);
    expect(new Set(widths).size).toBe(1);
  });

  test('showRepNames false: no per-rep names, no top three, just how many reps were active', () => {
    const { blocks } = digestMessage(buildDigest(digestInput({ ...BUSY, showRepNames: false })), {});
    const shown = visibleText(blocks);
    expect(shown).not.toContain('Ana');
    expect(shown).not.toContain('Ben');
    expect(shown).not.toMatch(/Most replies|Per rep/);
    expect(shown).toMatch(/2 reps sent outreach this week\. Per-rep numbers are off/);
  });

  test('numbers only: no prospect name or message text can reach the channel', () => {
    // The digest's input has no field for them; the rendered text is all numbers, labels and rep names.
    const { blocks } = digestMessage(buildDigest(digestInput(BUSY)), {});
    expect(visibleText(blocks)).toMatch(/Numbers only/);
  });
});

describe('repStatsMessage', () => {
  const input = (overrides: Partial<RepStatsInput> = {}): RepStatsInput =>
    repStatsInput({
      weeks: counts([5, 1], [4, 1], [6, 2], [4, 2]),
      qualityByWeek: scores([5, 250], [4, 240], [6, 360], [4, 300]),
      byVerdict: verdictCounts([20, 8], [10, 2], [5, 0]),
      ...overrides,
    });

  test('the rep’s week, 4-week rate, quality trend and reply rate by verdict', () => {
    const { text, blocks } = repStatsMessage(buildRepStats(input()));
    const shown = visibleText(blocks);
    expect(text).toBe('Your week: 4 sent, 2 replies, 50% response rate');
    expect(shown).toMatch(/Your week so far/);
    expect(shown).toMatch(/\*4\* sent · \*2\* replies · \*50%\* response rate/);
    expect(shown).toMatch(/4-week rate \*32%\*/);
    expect(shown).toMatch(/mean purpose score \*75\*\/100 `[▁-█]{4}` · ▲ \+14 pts vs your 4-week mean/);
    expect(shown).toMatch(/\*40%\* Purposeful \(8 of 20\)/);
    expect(shown).toMatch(/\*0%\* Boilerplate \(0 of 5\)/);
    expect(shown).toMatch(/Only you can see this/);
  });

  test('a rep with nothing yet: no outreach this week, never NaN', () => {
    const { text, blocks } = repStatsMessage(
      buildRepStats(
        input({
          weeks: [ZERO, ZERO, ZERO, ZERO],
          qualityByWeek: [ZERO, ZERO, ZERO, ZERO].map(() => ({ scored: 0, scoreSum: 0 })),
          byVerdict: NO_VERDICTS,
        }),
      ),
    );
    const all = `${text}\n${visibleText(blocks)}`;
    expect(all).toMatch(/no outreach this week/i);
    expect(all).not.toMatch(/NaN|undefined|Infinity|\bnull\b/);
  });
});

describe('appHome', () => {
  const stats = buildRepStats(
    repStatsInput({ weeks: [ZERO, ZERO, { sent: 2, replied: 1 }, { sent: 3, replied: 1 }], qualityByWeek: [] }),
  );
  const home = (overrides: Partial<AppHomeInput> = {}) => appHome(appHomeInput(stats, overrides));

  test('a home tab with a button to draft, the week’s numbers, and nothing due', () => {
    const view = home();
    expect(view.type).toBe('home');
    const draft = elements(view.blocks).find((e) => e.text === 'Draft a message');
    expect(draft).toMatchObject({ type: 'button', action_id: ACTION_IDS.homeDraft });
    const shown = visibleText(view.blocks);
    expect(shown).toMatch(/Follow-ups due:\* none/);
    expect(shown).toMatch(/Open outreach:\* none/);
    expect(shown).toMatch(/\*3\* sent · \*1\* reply · \*33%\* response rate/);
    expect(shown).not.toMatch(/NaN|undefined/);
  });

  test('follow-ups due and open outreach, escaped, with when they are due', () => {
    const view = home({
      due: [
        {
          outreachId: 'o1',
          prospectName: '<!here> Hostile Name',
          channel: 'linkedin_message',
          dueAt: new Date('2026-11-18T08:30:00Z'),
          step: 1,
        },
        {
          outreachId: 'o2',
          prospectName: 'Dana & Co',
          channel: 'email',
          dueAt: new Date('2026-11-20T08:30:00Z'),
          step: 2,
        },
        {
          outreachId: 'o3',
          prospectName: 'Eli',
          channel: 'linkedin_inmail',
          dueAt: new Date('2026-11-24T08:30:00Z'),
          step: 1,
        },
      ],
      open: [
        {
          id: 'o1',
          prospectName: '<@U999>',
          channel: 'linkedin_message',
          status: 'sent',
          sentAt: new Date('2026-11-17T10:00:00Z'),
        },
        { id: 'o4', prospectName: 'Fay', channel: 'email', status: 'drafted', sentAt: null },
      ],
      openTotal: 2,
    });
    const shown = visibleText(view.blocks);
    expect(JSON.stringify(view)).not.toMatch(/<!here>|<@U999>/);
    expect(shown).toContain('*&lt;!here&gt; Hostile Name* · LinkedIn message · follow-up 1 · overdue since Wed 18 Nov');
    expect(shown).toContain('*Dana &amp; Co* · Email · follow-up 2 · due today');
    expect(shown).toContain('follow-up 1 · due Tue 24 Nov');
    expect(shown).toContain('*&lt;@U999&gt;* · LinkedIn message · _awaiting reply_ · sent 3 days ago');
    expect(shown).toContain('*Fay* · Email · _draft_');
    expect(shown).toMatch(/Follow-ups due\* \(3\)/);
    expect(shown).toMatch(/Open outreach\* \(2\)/);
  });

  test('long lists end with "and N more" and the tab stays within 100 blocks', () => {
    const due = Array.from({ length: 60 }, (_, i) => ({
      outreachId: `d${i}`,
      prospectName: `Prospect ${i}`,
      channel: 'email' as const,
      dueAt: new Date('2026-11-20T08:30:00Z'),
      step: 1,
    }));
    const open = Array.from({ length: 60 }, (_, i) => ({
      id: `o${i}`,
      prospectName: `Open ${i}`,
      channel: 'email' as const,
      status: 'sent',
      sentAt: new Date('2026-11-19T08:30:00Z'),
    }));
    const view = home({ due, dueTotal: 75, open, openTotal: 240 });
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    for (const t of sectionTexts(view.blocks)) expect(t.length).toBeLessThanOrEqual(3000);
    const shown = visibleText(view.blocks);
    expect(shown).toMatch(/Follow-ups due\* \(75\)/);
    expect(shown).toMatch(/and 60 more\n/); // 75 due, 15 shown
    expect(shown).toMatch(/and 225 more: see `\/outreach list`/);
  });
});
