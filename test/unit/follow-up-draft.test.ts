import { composeFollowUp, type FollowUpAnswers, reviewWhatsNew } from '../../src/domain/follow-up-draft';
import { CHANNEL_LIMITS, checkPurpose, type Channel } from '../../src/domain/purpose-check';

// The first message's answers, as the outreach row keeps them: who the rep is, and why this prospect.
const originals: Record<string, Pick<FollowUpAnswers, 'prospectName' | 'whoIAm' | 'whyYou'>> = {
  'her post': {
    prospectName: 'Jane Doe',
    whoIAm: 'AE at Questmoor (player segmentation for mobile studios)',
    whyYou: 'Her post on cutting onboarding drop-off by 30% at Copperline',
  },
  'a referral': {
    prospectName: 'Priya Shah',
    whoIAm: "I'm Sam Ortiz, I lead partnerships at Carevo",
    whyYou: 'Marco Bianchi suggested I reach out',
  },
  'their launch': {
    prospectName: 'Chen Wei',
    whoIAm: 'Founder of RouteWise, routing software for city councils',
    whyYou: 'Orbit just launched same-day delivery in Leeds',
  },
  'your talk': {
    prospectName: 'Marcus Reed',
    whoIAm: 'AE at Questmoor',
    whyYou: 'your talk at GDC on day-7 retention in puzzle games',
  },
};

// What a rep types into "Draft follow-up": something new, and one ask.
const news: Array<[string, string]> = [
  [
    'we just published the ID-scan teardown of five banks your size, with the fix that cut drop-off by a third',
    'shall I send you the PDF',
  ],
  [
    'We just published a teardown of the onboarding flow you mentioned',
    'Shall I send you the two pages on banks your size?',
  ],
  ['a new case study from Copperline on onboarding', 'worth 15 minutes Thursday?'],
  ['Our Q3 benchmark is out: 20 banks now', 'Want a copy?'],
];

const CHANNELS: Channel[] = ['linkedin_message', 'linkedin_connection_note', 'email'];

const table = Object.entries(originals).flatMap(([label, original]) =>
  news.flatMap(([whatsNew, ask]) =>
    CHANNELS.map(
      (channel) =>
        [`${label} / ${whatsNew.slice(0, 24)}… / ${channel}`, { channel, whatsNew, ask, ...original }] as const,
    ),
  ),
);

function check(answers: FollowUpAnswers, text: string) {
  return checkPurpose({ text, channel: answers.channel, prospect: { name: answers.prospectName } });
}

function expectReadable(text: string, channel: Channel): void {
  const limit = CHANNEL_LIMITS[channel];
  if (limit !== null) expect(text.length).toBeLessThanOrEqual(limit);
  expect(text).not.toMatch(/\b(she|he|her|his|him)\b/i);
  expect(text).not.toMatch(/[.!?,;:]{2,}| [.,!?;:]|\s{2,}/);
  expect(text).not.toMatch(/open to (want|would|shall|could)\b/i);
  // Every sentence starts with a capital (after the inline greeting) and the one question ends it.
  const body = text.replace(/^Hi [^,]+, /, '');
  const sentences = (body.charAt(0).toUpperCase() + body.slice(1)).split(/(?<=[.?!])\s+/);
  for (const s of sentences) expect(s).toMatch(/^\p{Lu}/u);
  expect(sentences.filter((s) => s.endsWith('?'))).toHaveLength(1);
  expect(text).toMatch(/\?$/);
}

describe('composeFollowUp with the first message’s answers', () => {
  it('says who is writing and why them again, in a line each, then the new thing and the ask', () => {
    const text = composeFollowUp({
      channel: 'linkedin_message',
      whatsNew: news[0]![0],
      ask: news[0]![1],
      ...originals['her post']!,
    });
    expect(text).toMatch(/^Hi Jane, I'm an AE at Questmoor/);
    expect(text).toMatch(
      /I (wrote to you|got in touch) after your post on cutting onboarding drop-off by 30% at Copperline\./,
    );
    expect(text).toContain('We just published the ID-scan teardown of five banks your size');
    expect(text).toMatch(/Shall I send you the PDF\?$/);
  });

  it.each(table)('%s: purposeful, and not told to say who or why', (_, answers) => {
    const text = composeFollowUp(answers);
    const result = check(answers, text);
    expect({ text, verdict: result.verdict, codes: result.findings.map((f) => f.code) }).toMatchObject({
      verdict: 'purposeful',
    });
    expect(result.findings.map((f) => f.code)).not.toEqual(expect.arrayContaining(['no_who_i_am']));
    expect(result.findings.map((f) => f.code)).not.toEqual(expect.arrayContaining(['no_why_you']));
  });

  it.each(table)('%s: reads as clean sentences within the channel limit', (_, answers) => {
    expectReadable(composeFollowUp(answers), answers.channel);
  });

  it('ties back to a reason that is not a thing of theirs with the reason itself', () => {
    expect(
      composeFollowUp({ channel: 'email', whatsNew: news[1]![0], ask: news[1]![1], ...originals['a referral']! }),
    ).toContain('Marco Bianchi suggested I reach out.');
    expect(
      composeFollowUp({ channel: 'email', whatsNew: news[1]![0], ask: news[1]![1], ...originals['their launch']! }),
    ).toMatch(/I (noticed|saw that) Orbit just launched same-day delivery in Leeds, which is why I wrote\./);
  });

  it('gives up the reminder, not the new thing or the ask, to fit a connection note', () => {
    const answers: FollowUpAnswers = {
      channel: 'linkedin_connection_note',
      prospectName: 'Jane Doe',
      whoIAm:
        'Senior Account Executive at Questmoor, where we build player segmentation and lifetime-value prediction for mobile studios',
      whyYou:
        'your talk at GDC on day-7 retention in puzzle games, especially the part about onboarding tutorials shorter than ninety seconds',
      whatsNew:
        'we just published a benchmark of day-7 retention across 40 mobile studios, split by genre and by onboarding length',
      ask: 'shall I send you the puzzle-games page',
    };
    const text = composeFollowUp(answers);
    expect(text.length).toBeLessThanOrEqual(300);
    expect(text).toContain('benchmark of day-7 retention across 40 mobile studios');
    expect(text).toMatch(/Shall I send you the puzzle-games page\?$/);
  });

  it('gives the same follow-up for the same answers', () => {
    const [, answers] = table[0]!;
    expect(composeFollowUp({ ...answers })).toBe(composeFollowUp(answers));
  });
});

// Lines that claim novelty without carrying any: the filler the composer used to add, and bumps.
const NOVELTY_FILLER =
  /something new for you|quick addition to my earlier message|something came up since my last note|worth passing on/i;

describe('composeFollowUp for a logged outreach (no answers kept)', () => {
  it.each(news)('%s: brings the new thing itself and asks once, with no line claiming novelty', (whatsNew, ask) => {
    for (const channel of CHANNELS) {
      const text = composeFollowUp({ channel, prospectName: 'Jane Doe', whatsNew, ask });
      expect(text).not.toMatch(NOVELTY_FILLER);
      // The rep's news, in their words (the first few of them at least).
      expect(text.toLowerCase()).toContain(
        whatsNew
          .toLowerCase()
          .split(' ')
          .slice(-3)
          .join(' ')
          .replace(/[.?]$/, '')
          .split(':')[0]!
          .trim()
          .split(' ')
          .slice(-2)
          .join(' '),
      );
      expectReadable(text, channel);
    }
  });

  it("uses the rep's who-I-am when only that is known", () => {
    const text = composeFollowUp({
      channel: 'linkedin_message',
      prospectName: 'Jane Doe',
      whoIAm: 'AE at Questmoor',
      whatsNew: news[1]![0],
      ask: news[1]![1],
    });
    expect(text).toMatch(/^Hi Jane, I'm an AE at Questmoor\. We just published a teardown/);
    expect(
      check({ channel: 'linkedin_message', prospectName: 'Jane Doe', whatsNew: '', ask: '' }, text).findings.map(
        (f) => f.code,
      ),
    ).not.toContain('no_who_i_am');
  });
});

// What reps type as "the new thing" when they have nothing new.
const BUMPS = [
  'just checking in',
  'bumping this',
  'following up on my last email',
  'Just circling back on my previous note!',
  'any update?',
  'did you see my last message?',
  'Touching base re my last email',
];

describe('reviewWhatsNew: the follow-up modal refuses a bump as the new thing', () => {
  it.each(BUMPS)('%j is a bump', (text) => {
    expect(reviewWhatsNew(text)).toBe('bump');
  });

  it.each([
    'We just published a benchmark of 40 studios on day-7 retention',
    'bumping this - we just published the Q3 churn report for mid-size SaaS',
    'Following up with the case study from Dunmore Freight you asked about',
    'Your competitor Orbit switched to us last week; happy to share why',
    ...news.map(([whatsNew]) => whatsNew),
  ])('%j brings something new', (text) => {
    expect(reviewWhatsNew(text)).toBeNull();
  });

  it('calls two words too thin rather than a bump', () => {
    expect(reviewWhatsNew('new data')).toBe('too_thin');
  });
});

describe('composeFollowUp and the purpose check agree on its own output', () => {
  it.each(Object.entries(originals))(
    '%s: a follow-up with real news is purposeful, a bump typed as news is not',
    (_label, original) => {
      for (const channel of CHANNELS) {
        for (const [whatsNew, ask] of news) {
          const answers = { channel, whatsNew, ask, ...original };
          const text = composeFollowUp(answers);
          expect(text).not.toMatch(NOVELTY_FILLER);
          expect(check(answers, text).verdict).toBe('purposeful');
        }
        // An ask that is itself an offer ("Shall I send you the PDF?") still reads to this check as new
        // value after a bump: the modal refuses the bump before the composer ever sees it.
        for (const bump of BUMPS) {
          const answers = { channel, whatsNew: bump, ask: 'worth 15 minutes Thursday?', ...original };
          const text = composeFollowUp(answers);
          // Never "I can share our just checking in …": the nudge is not dressed up as an offer.
          expect(text.toLowerCase()).not.toContain(bump.toLowerCase().replace(/[!?]$/, ''));
          expect(text).not.toMatch(NOVELTY_FILLER);
          expect(check(answers, text).verdict).not.toBe('purposeful');
        }
      }
    },
  );
});
