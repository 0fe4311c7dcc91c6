import {
  composeDraft,
  type DraftAnswers,
  firstNameOf,
  repeats,
  SOFT_WORD_LIMIT,
  toSecondPerson,
} from '../../src/domain/draft';
import { CHANNEL_LIMITS, checkPurpose } from '../../src/domain/purpose-check';
import { draftModal } from '../../src/views/draft-modal';

/** Prospects to draft the same answers for, to see the wording vary with the person. */
const OTHER_PROSPECTS = [
  'Ben Ode',
  'Carla Ruiz',
  'Dmitri Ivanov',
  'Eva Lind',
  'Farid Haddad',
  'Greta Berg',
  'Hiro Tanaka',
  'Ines Costa',
  'Jonas Vogel',
  'Kemi Bello',
  'Luca Moretti',
];

// Realistic answers as reps type them into the modal: fragments, mixed case, stray punctuation.
const answerSets: Record<string, DraftAnswers> = {
  'note, mobile games': {
    channel: 'linkedin_connection_note',
    prospectName: 'Jane Doe',
    company: 'Lumen Games',
    role: 'Head of Growth',
    whoIAm: 'AE at Questmoor, player segmentation for mobile studios',
    whyYou: 'your talk at GDC on day-7 retention in puzzle games',
    whatsInIt: 'a benchmark of D7 retention across 40 mobile studios',
    ask: '15 minutes next Tuesday to compare notes',
    senderName: 'Alex Kim',
  },
  'note, met at a conference': {
    channel: 'linkedin_connection_note',
    prospectName: 'Marcus Reed',
    company: 'Tallyho',
    whoIAm: "I'm Dana from Ledgerly.",
    howKnown: 'we met at SaaStr Europa',
    whyYou: 'your point on the panel about usage-based pricing breaking forecasts',
    whatsInIt: 'share the forecasting template our finance team built for usage pricing',
    ask: 'Can I send it over?',
  },
  'message, retail returns': {
    channel: 'linkedin_message',
    prospectName: 'tom müller',
    whoIAm: 'work on the data team at Fernpath, we help retailers forecast returns',
    whyYou: 'your post about return rates doubling on sizing-heavy categories',
    whatsInIt: 'a two-page teardown of how three apparel brands cut returns by a third',
    ask: "let's grab 15 minutes on Thursday",
    senderName: 'Lena',
  },
  'message, mutual contact': {
    channel: 'linkedin_message',
    prospectName: 'Aisha Khan',
    company: 'Brightline Bank',
    whoIAm: 'Solutions engineer at Vaultik — we stop account-takeover fraud for neobanks',
    howKnown: 'Tom Weller suggested I reach out',
    whyYou: 'you mentioned at Money20/20 that ATO losses tripled after your app redesign',
    whatsInIt: 'I can send our 2025 ATO playbook with the three controls that cut losses fastest',
    ask: 'would a 20-minute call next week be useful?',
  },
  'InMail, logistics': {
    channel: 'linkedin_inmail',
    prospectName: 'Chen Wei',
    company: 'Orbit Logistics',
    whoIAm: 'Founder of RouteWise, routing software for city councils',
    whyYou: 'Orbit just launched same-day delivery in Leeds',
    whatsInIt: 'an intro to the ops lead at Bristol council who solved the same curb-access problem',
    ask: 'would you be up for a short call on Friday?',
    senderName: 'Maya Patel',
  },
  'InMail, recruiting': {
    channel: 'linkedin_inmail',
    prospectName: 'Dr. Priya Shah',
    company: 'Northwind Health',
    role: 'CNO',
    whoIAm: 'I lead partnerships at Carevo, nurse scheduling software',
    whyYou: 'I loved your interview on the Nurse Leader podcast about float pools',
    whatsInIt: 'the float-pool staffing model two regional hospitals used to cut agency spend by 18%',
    ask: 'open to 15 minutes next Wednesday to see if it fits Northwind?',
  },
  'email, referral': {
    channel: 'email',
    prospectName: 'Priya Shah',
    company: 'Northwind Health',
    whoIAm: "I'm Sam Ortiz, I lead partnerships at Carevo",
    howKnown: 'Marco Bianchi suggested I reach out',
    whyYou: 'you mentioned on the HLTH panel that prior auth eats 20% of nurse time',
    whatsInIt: 'share the prior-auth time study we ran with three regional hospitals',
    ask: 'open to a 20-minute call next week',
    senderName: 'Sam Ortiz',
  },
  'email, launch': {
    channel: 'email',
    prospectName: 'Olu Adebayo',
    company: 'Kora Pay',
    whoIAm: 'an account executive at Ledgerline, reconciliation for African fintechs',
    whyYou: 'congrats on launching Kora Pay in Ghana last month!!',
    whatsInIt: 'a short teardown of how two payment startups automated mobile-money reconciliation...',
    ask: 'Worth a 15-minute call on Tuesday to see if it applies to Kora?',
    senderName: 'Grace Mensah',
  },
};

const drafts = Object.entries(answerSets).map(([label, answers]) => [label, answers, composeDraft(answers)] as const);

describe('composeDraft', () => {
  it.each(drafts)('%s: the purpose check calls the draft purposeful', (_, answers, draft) => {
    const result = checkPurpose({
      text: draft,
      channel: answers.channel,
      prospect: { name: answers.prospectName, company: answers.company, role: answers.role },
    });
    expect({ draft, verdict: result.verdict, findings: result.findings.map((f) => f.code) }).toMatchObject({
      verdict: 'purposeful',
    });
    expect(Object.values(result.parts).every((part) => part.present)).toBe(true);
  });

  it.each(drafts)('%s: the same answers give the same draft', (_, answers, draft) => {
    expect(composeDraft({ ...answers })).toBe(draft);
  });

  it.each(drafts)('%s: reads as clean sentences', (_, answers, draft) => {
    expect(draft).not.toMatch(/[.!?,;:]{2,}/);
    expect(draft).not.toMatch(/ [.,!?;:]/);
    expect(draft).not.toMatch(/I'm I'm|I'm I am|I I\b/i);
    expect(draft).not.toMatch(/ {2}/);
    // The ask is the one question, at the end of the body.
    expect(draft).toMatch(/\?(\n\n[\s\S]*)?$|\? – \p{L}+$/u);
    // Greeted by first name only.
    const first = firstNameOf(answers.prospectName);
    const surname = answers.prospectName.split(' ').pop() ?? '';
    if (draft.startsWith('Hi') || draft.startsWith('Hello')) expect(draft).toMatch(new RegExp(`^(Hi|Hello) ${first},`));
    if (surname !== first) expect(draft.toLowerCase()).not.toContain(surname.toLowerCase());
  });

  it.each<[string, Partial<DraftAnswers>, RegExp]>([
    ['adds "I\'m" and an article to a bare role', { whoIAm: 'AE at Questmoor' }, /I'm an AE at Questmoor\./],
    [
      'keeps a who-I-am that starts with "I\'m"',
      { whoIAm: "i'm Alex, AE at Questmoor" },
      /I'm Alex, AE at Questmoor\./,
    ],
    ['keeps a who-I-am that starts with "I am"', { whoIAm: 'I am Alex from Questmoor.' }, /I am Alex from Questmoor\./],
    ['makes a role phrase a sentence', { whoIAm: 'Head of Sales at Questmoor' }, /I'm Head of Sales at Questmoor\./],
    [
      'turns a verb phrase into "I …"',
      { whoIAm: 'lead partnerships at Questmoor' },
      /I lead partnerships at Questmoor\./,
    ],
    ['uses "a" before a consonant sound', { whoIAm: 'BDR at Questmoor' }, /I'm a BDR at Questmoor\./],
    [
      'keeps "I loved your talk at X"',
      { whyYou: 'I loved your talk at GDC on retention' },
      /I loved your talk at GDC on retention\./,
    ],
    ['adds a verb to "loved your talk"', { whyYou: 'loved your talk at GDC' }, /I loved your talk at GDC\./],
    [
      'keeps a company as it was written',
      { whyYou: 'Lumen just raised a Series B' },
      /I noticed Lumen just raised a Series B\./,
    ],
    [
      'turns "you …" into a sentence',
      { whyYou: 'you spoke at GDC about day-7 retention' },
      /I (noticed|saw that) you spoke at GDC about day-7 retention\./,
    ],
    [
      'keeps a referral as written',
      { whyYou: 'Tom Weller suggested I reach out' },
      /(^|\s)Tom Weller suggested I reach out\./,
    ],
    ['turns an ask into a question', { ask: '15 minutes next Tuesday' }, /(open to|up for) 15 minutes next Tuesday\?/],
    ['keeps a question a question', { ask: 'Could we talk on Tuesday?' }, /Could we talk on Tuesday\?/],
    ['does not double a question mark', { ask: 'Could we talk on Tuesday??' }, /Could we talk on Tuesday\?(?!\?)/],
    [
      'turns "let\'s" into a question',
      { ask: "let's compare notes on Tuesday." },
      /Could we compare notes on Tuesday\?/,
    ],
    [
      'turns an imperative into a question',
      { ask: 'grab 15 minutes on Thursday!' },
      /(Could|Can) we grab 15 minutes on Thursday\?/,
    ],
    ['offers an intro with a verb that fits', { whatsInIt: 'an intro to our CTO' }, /offer an intro to our CTO\./],
    [
      "strips a rep's trailing punctuation",
      { whatsInIt: 'a benchmark of churn across 40 studios...' },
      /a benchmark of churn across 40 studios\./,
    ],
    ['greets by first name, skipping a title', { prospectName: 'Dr. Jane Doe' }, /^(Hi|Hello) Jane,/],
    ['greets without a name when none is usable', { prospectName: '' }, /^(Hi there|Hello),/],
    [
      'signs an email with the full sender name',
      { channel: 'email', senderName: 'Alex Kim' },
      /\n\n(Best|Thanks|Cheers),\nAlex Kim$/,
    ],
    [
      'signs a LinkedIn message with the first name',
      { channel: 'linkedin_message', senderName: 'Alex Kim' },
      /\n\n(Best|Thanks|Cheers),\nAlex$/,
    ],
    ['leaves an email unsigned without a sender name', { channel: 'email', senderName: undefined }, /\?$/],
  ])('%s', (_, change, expected) => {
    const base = answerSets['message, retail returns'] as DraftAnswers;
    expect(composeDraft({ ...base, senderName: undefined, ...change })).toMatch(expected);
  });

  it.each<[string, Partial<DraftAnswers>]>([
    [
      'long fragments',
      {
        whoIAm:
          'Senior Account Executive at Questmoor, where we build player segmentation and lifetime-value prediction for mobile game studios of every size, from indie teams to public publishers',
        whyYou:
          'your talk at GDC on day-7 retention in puzzle games, especially the part about how onboarding tutorials that are shorter than ninety seconds correlate with better retention in every market you looked at',
        whatsInIt:
          'a benchmark of D7 and D30 retention across 40 mobile studios, broken down by genre, platform and market, with the onboarding patterns of the top decile',
        ask: 'would you be open to 15 minutes next Tuesday or Wednesday afternoon to compare notes on what you are seeing in your own data',
      },
    ],
    [
      'a long how-we-met and sender',
      {
        howKnown:
          'we met briefly at Pocket Gamer Connects in London, at the after-party that Unity hosted on the Tuesday night',
        senderName: 'Alexandra Konstantinopoulou-Smythe',
      },
    ],
    ['one enormous word', { whyYou: `your post ${'x'.repeat(400)}` }],
    ['an enormous ask', { ask: `${'could we talk about retention and monetisation '.repeat(12)}` }],
  ])('keeps a connection note within 300 characters: %s', (_, change) => {
    const base = answerSets['note, mobile games'] as DraftAnswers;
    const draft = composeDraft({ ...base, ...change });
    expect(draft.length).toBeLessThanOrEqual(300);
    expect(draft.length).toBeGreaterThan(80);
    expect(draft).not.toMatch(/[.!?,;:]{2,}/);
  });

  it('gives up the greeting and sign-off before the rep’s words in a long connection note', () => {
    const base = answerSets['note, mobile games'] as DraftAnswers;
    const draft = composeDraft({
      ...base,
      whyYou: 'your talk at GDC on day-7 retention in puzzle games and the onboarding experiments you shared',
      whatsInIt: 'a benchmark of D7 retention across 40 mobile studios, by genre',
    });
    expect(draft.length).toBeLessThanOrEqual(300);
    expect(draft).not.toMatch(/– Alex$/);
    expect(draft).toContain('GDC');
    expect(draft).toContain('benchmark of D7 retention');
    expect(draft).toMatch(/15 minutes next Tuesday to compare notes\?$/);
  });

  it('keeps a long connection note purposeful after shortening', () => {
    const base = answerSets['note, mobile games'] as DraftAnswers;
    const answers: DraftAnswers = {
      ...base,
      howKnown: 'we met at Pocket Gamer Connects in London',
      whyYou:
        'your talk at GDC on day-7 retention in puzzle games, and the onboarding experiments you shared afterwards',
      whatsInIt: 'a benchmark of D7 retention across 40 mobile studios, broken down by genre and platform',
    };
    const draft = composeDraft(answers);
    expect(draft.length).toBeLessThanOrEqual(300);
    expect(
      checkPurpose({ text: draft, channel: answers.channel, prospect: { name: answers.prospectName } }).verdict,
    ).toBe('purposeful');
  });

  it('continues an inline greeting in lower case, leaving the rep’s own words as written', () => {
    const base = answerSets['note, met at a conference'] as DraftAnswers;
    const names = [base.prospectName, ...OTHER_PROSPECTS.slice(0, 7)];
    const notes = names.map((prospectName) => composeDraft({ ...base, prospectName }));
    for (const note of notes)
      expect(note).not.toMatch(/^(Hi|Hello) \p{L}+, (We|Quick|Your|Congrats|Happy|Would|Are|Could|Can)\b/u);
    expect(notes.some((note) => /^(Hi|Hello) \p{L}+, quick intro: I'm/u.test(note))).toBe(true);
    // The rep's own sentence after ours keeps its capital.
    for (const note of notes) expect(note).toMatch(/\. We met at SaaStr Europa\./u);
  });

  it('keeps an InMail within 1,900 characters', () => {
    const base = answerSets['InMail, logistics'] as DraftAnswers;
    const long = (seed: string) => Array.from({ length: 80 }, (_, i) => `${seed} ${i}`).join(' and ');
    const draft = composeDraft({
      ...base,
      whoIAm: long('founder'),
      whyYou: `your post ${long('detail')}`,
      whatsInIt: long('notes'),
      ask: long('call'),
    });
    expect(draft.length).toBeLessThanOrEqual(1900);
  });

  it(`trims long clauses to stay near ${SOFT_WORD_LIMIT} words in an email`, () => {
    const base = answerSets['email, referral'] as DraftAnswers;
    const draft = composeDraft({
      ...base,
      whyYou:
        'you mentioned on the HLTH panel that prior auth eats 20% of nurse time, which matched what we heard from every CNO we interviewed this year, including at three academic medical centres, two community hospitals and a large rural system in the Midwest',
      whatsInIt:
        'share the prior-auth time study we ran with three regional hospitals, with the minute-by-minute task breakdown, the staffing model they switched to, and the before-and-after numbers on overtime, agency spend and nurse turnover',
    });
    expect(draft.split(/\s+/).length).toBeLessThanOrEqual(SOFT_WORD_LIMIT);
    expect(draft).toContain('prior auth eats 20% of nurse time');
    expect(draft).toContain('prior-auth time study');
  });

  it('keeps one order (who I am, how I know them, why them, what for them, the ask) and varies the wording', () => {
    const base = answerSets['message, mutual contact'] as DraftAnswers;
    const names = [base.prospectName, ...OTHER_PROSPECTS];
    const skeletons = new Set(
      names.map((prospectName) => {
        const draft = composeDraft({ ...base, prospectName });
        // Reduce each sentence to the part it plays, so only order and phrasing remain.
        return draft
          .replace(/^(Hi|Hello) \p{L}+,/u, 'GREETING')
          .replace(/[^.?!\n]*Vaultik[^.?!]*[.?!]/, ' WHO')
          .replace(/[^.?!\n]*Tom Weller[^.?!]*[.?!]/, ' KNOWN')
          .replace(/[^.?!\n]*Money20\/20[^.?!]*[.?!]/, ' WHY')
          .replace(/[^.?!\n]*playbook[^.?!]*[.?!]/, ' WHAT')
          .replace(/\s+/g, ' ')
          .trim();
      }),
    );
    expect(skeletons.size).toBe(1);
    for (const prospectName of names) {
      const draft = composeDraft({ ...base, prospectName });
      const at = ['Vaultik', 'Tom Weller', 'Money20/20', 'playbook'].map((part) => draft.indexOf(part));
      expect(at.every((i) => i >= 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
    }
    expect(new Set(names.map((prospectName) => composeDraft({ ...base, prospectName }))).size).toBeGreaterThanOrEqual(
      2,
    );

    const openings = new Set(
      names.map((prospectName) =>
        (composeDraft({ ...base, prospectName }).split('\n\n')[1] ?? '').split(' ').slice(0, 2).join(' '),
      ),
    );
    expect(openings.size).toBeGreaterThanOrEqual(2);
  });

  it('words the same fragment differently for different prospects', () => {
    const base = answerSets['note, mobile games'] as DraftAnswers;
    const names = [base.prospectName, ...OTHER_PROSPECTS.slice(0, 7)];
    const whyPhrasings = new Set(
      names.map((prospectName) => /[^.]*GDC[^.]*\./.exec(composeDraft({ ...base, prospectName }))?.[0].trim()),
    );
    const askPhrasings = new Set(
      names.map((prospectName) => /[^.]*\?/.exec(composeDraft({ ...base, prospectName }))?.[0].trim()),
    );
    expect(whyPhrasings.size).toBeGreaterThanOrEqual(2);
    expect(askPhrasings.size).toBeGreaterThanOrEqual(2);
  });
});

// ---------------------------------------------------------------------------------------------
// Answers as reps really type them: about "her", in fragments, in full sentences. Each must come out
// as English addressed to the prospect, on every channel.

const CHANNELS_TO_READ = ['linkedin_connection_note', 'linkedin_message', 'email'] as const;

/** Words that, in a draft to the prospect, can only mean the prospect spoken of in the third person. */
const THIRD_PERSON = /\b(she|he|her|his|him|hers|herself|himself)\b/i;

/** How a sentence may start and still have a subject: a pronoun, a possessive, a name and verb, or a question. */
const HAS_SUBJECT =
  /^(?:Quick intro: )?(?:I|I'm|I've|I'd|I'll|We|We're|We've|You|You're|You've|You'd|Your|Our|My|Could|Can|Would|Are|Shall|Should|Will|Do|Does|Is|Who|What|When|Where|How|Which|Worth|Want|Congrats|For context:)(?=[\s,:])|^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)*(?:\s\([^)]*\))?\s(?:is|was|suggested|introduced|referred|recommended|mentioned|just|raised|launched)\b/u;

/** The draft's sentences without greeting and sign-off; an inline "Hi Jane, we met…" counts as "We met…". */
function sentencesOf(draft: string): string[] {
  const body = draft
    .replace(/\n\n(Best|Thanks|Cheers),\n[^\n]+$/, '')
    .replace(/ – \p{L}+$/u, '')
    .replace(/^(Hi|Hello)( [^,\n]+)?,\s*/u, '')
    .trim();
  return (body.charAt(0).toUpperCase() + body.slice(1)).split(/(?<=[.?!])\s+/).filter((s) => s !== '');
}

function expectReadable(draft: string, channel: DraftAnswers['channel']): void {
  const limit = CHANNEL_LIMITS[channel];
  if (limit !== null) expect(draft.length).toBeLessThanOrEqual(limit);
  expect(draft).not.toMatch(THIRD_PERSON);
  expect(draft).not.toMatch(/[.!?,;:]{2,}/);
  expect(draft).not.toMatch(/ [.,!?;:]/);
  expect(draft).not.toMatch(/[^\S\n]{2,}/);
  expect(draft).not.toMatch(/\b(\w+)\s+\1\b/i);
  expect(draft).not.toMatch(/\b(a|an|our|the|your) (a|an|our|the|your)\b/i);
  expect(draft).not.toMatch(/, which[.?]/);
  for (const sentence of sentencesOf(draft)) {
    expect({ sentence, capital: /^\p{Lu}/u.test(sentence), subject: HAS_SUBJECT.test(sentence) }).toEqual({
      sentence,
      capital: true,
      subject: true,
    });
  }
  // One question, and it ends the body.
  expect(sentencesOf(draft).filter((s) => s.endsWith('?'))).toHaveLength(1);
  expect(sentencesOf(draft).at(-1)).toMatch(/\?$/);
}

describe('composeDraft: answers as reps type them', () => {
  const base: DraftAnswers = {
    channel: 'linkedin_message',
    prospectName: 'Jane Doe',
    company: 'Copperline',
    whoIAm: 'AE at Questmoor',
    whyYou: 'your talk at GDC on day-7 retention',
    whatsInIt: 'a benchmark of D7 retention across 40 studios',
    ask: '15 minutes next Tuesday',
    senderName: 'Alex Kim',
  };
  const MARCUS = { prospectName: 'Marcus Reed' };

  // [what the rep typed, the answers changed, what the LinkedIn message must say]
  const cases: Array<[string, Partial<DraftAnswers>, RegExp]> = [
    // How do you know of them?
    [
      'two reasons, about "her"',
      { howKnown: 'Saw her talk at SaaStr; Priya Shah suggested I reach out' },
      /I saw your talk at SaaStr\. Priya Shah suggested I reach out\./,
    ],
    ['met her somewhere', { howKnown: 'met her at SaaStr last year' }, /I met you at SaaStr last year\./],
    ['through someone', { howKnown: 'Through Priya Shah' }, /I found you through Priya Shah\./],
    [
      'a named mutual connection',
      { howKnown: 'mutual connection: Tom Weller' },
      /We have a mutual connection, Tom Weller\./,
    ],
    [
      'heard him on a podcast',
      { ...MARCUS, howKnown: 'heard him on the SaaS Talk podcast' },
      /I heard you on the SaaS Talk podcast\./,
    ],
    [
      'a full sentence about her',
      { howKnown: 'she spoke at our meetup in Berlin' },
      /You spoke at our meetup in Berlin\./,
    ],
    [
      'her post, as a noun phrase',
      { howKnown: 'Her LinkedIn post about usage pricing' },
      // A post is read, a podcast listened to: the verb a rep would use for the thing.
      /I read your LinkedIn post about usage pricing\./,
    ],
    ['both in a community', { howKnown: 'both in the RevGenius Slack' }, /We're both in the RevGenius Slack\./],
    ['referred by someone', { howKnown: 'referred by Tom Weller' }, /Tom Weller referred me to you\./],
    [
      'a referral that names her',
      { howKnown: 'Tom Weller (my old manager) suggested I reach out to her' },
      /Tom Weller \(my old manager\) suggested I reach out to you\./,
    ],
    [
      'a fragment with no safe subject, framed',
      { howKnown: 'former colleague of Tom Weller' },
      /For context: former colleague of Tom Weller\./,
    ],
    ['her name, possessive', { howKnown: "Jane's podcast" }, /I listened to your podcast\./],
    // Why them?
    [
      'her post',
      { whyYou: 'Her post on cutting onboarding drop-off by 30% at Copperline' },
      /(I read your|Your) post on cutting onboarding drop-off by 30% at Copperline/,
    ],
    [
      'what she did',
      { whyYou: 'she posted about pricing experiments last week' },
      /I saw (that )?you posted about pricing experiments last week\./,
    ],
    [
      'a promotion, passive',
      { whyYou: 'recently promoted to VP Sales' },
      /I saw you were recently promoted to VP Sales\./,
    ],
    [
      'a move, no subject',
      { whyYou: 'just joined Copperline as VP Sales' },
      /I saw (that )?you just joined Copperline as VP Sales\./,
    ],
    [
      'what they are doing',
      { whyYou: 'hiring 5 SDRs in Austin' },
      /(I saw that|I noticed) you're hiring 5 SDRs in Austin\./,
    ],
    ['praise and a post', { whyYou: 'Great post on usage pricing' }, /I enjoyed your post on usage pricing\./],
    ['her team, a clause', { whyYou: 'Her team is hiring SDRs' }, /(I noticed|I saw that) your team is hiring SDRs\./],
    [
      'what he wrote',
      { ...MARCUS, whyYou: 'He wrote about onboarding in Forbes' },
      /(I noticed|I saw that) you wrote about onboarding in Forbes\./,
    ],
    ['a bare talk', { whyYou: 'Talk at SaaStr on pricing' }, /(I caught your|Your) talk at SaaStr on pricing/],
    [
      'their launch, a clause',
      { whyYou: 'They just launched in Ghana' },
      /(I noticed|I saw that) you just launched in Ghana\./,
    ],
    [
      'featured somewhere',
      { whyYou: 'featured in Forbes 30 under 30' },
      /I saw you were featured in Forbes 30 under 30\./,
    ],
    // What's in it for them?
    [
      'a sentence about our benchmark',
      { whatsInIt: 'Our benchmark of 14 banks shows where ID-scan drop-off happens' },
      /(share|send you) our benchmark of 14 banks, which shows where ID-scan drop-off happens\./,
    ],
    ['a bare noun', { whatsInIt: 'benchmark of 14 banks' }, /(share|send you) our benchmark of 14 banks\./],
    [
      'an audit of her flow',
      { whatsInIt: 'free audit of her onboarding flow' },
      /(do|run) a free audit of your onboarding flow\./,
    ],
    [
      'what it could do for her',
      { whatsInIt: 'could save her team 10 hours a week' },
      /We could save your team 10 hours a week\./,
    ],
    [
      'a capitalised fragment',
      { whatsInIt: 'Anonymized event data from 20 studios' },
      /(share|send you) our anonymized event data from 20 studios\./,
    ],
    [
      'a fact about her flow',
      { whatsInIt: 'Her onboarding flow loses 30% at ID scan' },
      /Your onboarding flow loses 30% at ID scan\./,
    ],
    ['see how', { whatsInIt: 'see how 3 banks cut drop-off' }, /walk you through how 3 banks cut drop-off\./],
    // Your one ask
    ['a hyphenated call length', { ask: '15-min call next week' }, /(open to|up for) a 15-min call next week\?/],
    ['a bare call', { ask: 'quick call Thursday?' }, /(open to|up for) a quick call Thursday\?/],
    ['what I would love', { ask: "I'd love 15 minutes next week" }, /Could I get 15 minutes next week\?/],
    ['what we could do', { ask: 'We could compare notes on Thursday' }, /Could we compare notes on Thursday\?/],
    [
      'an intro on her team',
      { ask: 'intro to the right person on her team' },
      /introducing me to the right person on your team\?/,
    ],
    ['an offer as the ask', { ask: 'Happy to send it over if useful' }, /Shall I send it over\?/],
    ['their thoughts', { ask: 'your thoughts on the benchmark' }, /Could I get your thoughts on the benchmark\?/],
    // Who are you?
    ['company as adjective', { whoIAm: 'Questmoor AE' }, /I'm a Questmoor AE\./],
    ['a team, not a title', { whoIAm: 'sales at Questmoor' }, /I'm in sales at Questmoor\./],
    ['a bio with @', { whoIAm: 'AE @ Questmoor' }, /I'm an AE at Questmoor\./],
    ['a lower-case title', { whoIAm: 'tech recruiter at Larkspur' }, /I'm a tech recruiter at Larkspur\./],
    ['a title of one word', { whoIAm: 'ops lead at Fernway, 6 years in freight' }, /I'm an ops lead at Fernway/],
    ['a title with a comma', { whoIAm: 'payments consultant, ex-Adyen' }, /I'm a payments consultant, ex-Adyen/],
    [
      'a title ending in an acronym',
      { whoIAm: 'public sector AE at Phishline' },
      /I'm a public sector AE at Phishline\./,
    ],
  ];

  it.each(cases)('%s', (_, change, expected) => {
    expect(composeDraft({ ...base, ...change })).toMatch(expected);
    for (const channel of CHANNELS_TO_READ) expectReadable(composeDraft({ ...base, ...change, channel }), channel);
  });

  it('keeps "she" as written once the answer names someone else she may be', () => {
    const draft = composeDraft({
      ...base,
      howKnown: 'Priya Shah suggested I reach out; she said you are rebuilding onboarding',
    });
    expect(draft).toContain('Priya Shah suggested I reach out. She said you are rebuilding onboarding.');
  });

  it.each<[string, string, string]>([
    ['she runs growth at Copperline', 'Jane Doe', 'you run growth at Copperline'],
    ["she's hiring", 'Jane Doe', "you're hiring"],
    ["she's been on my list", 'Jane Doe', "you've been on my list"],
    ['he was on the panel', 'Marcus Reed', 'you were on the panel'],
    ['saw her at SaaStr, loved her talk', 'Jane Doe', 'saw you at SaaStr, loved your talk'],
    ['read his blog', 'Marcus Reed', 'read your blog'],
    ["Jane's keynote", 'Jane Doe', 'your keynote'],
    ['met Jane Doe at SaaStr', 'Jane Doe', 'met you at SaaStr'],
    ['they just launched in Ghana', 'Olu Adebayo', 'you just launched in Ghana'],
    ['Tom Weller suggested I reach out to her', 'Jane Doe', 'Tom Weller suggested I reach out to you'],
    ['Tom Weller told me about her work', 'Jane Doe', 'Tom Weller told me about her work'],
    // A plural of someone else's owns the "their" after it.
    [
      'he said his estimators spend half their week on bids',
      'Sam Oke',
      'you said your estimators spend half their week on bids',
    ],
    ['her nurses log their shifts on paper', 'Ann Lee', 'your nurses log their shifts on paper'],
    ['they rebuilt their pricing page', 'Ann Lee', 'you rebuilt your pricing page'],
  ])('toSecondPerson(%j)', (text, prospect, expected) => {
    expect(toSecondPerson(text, prospect)).toBe(expected);
  });

  it("composes the modal's own placeholder answers into a purposeful, readable draft on every channel", () => {
    const modal = draftModal({}, '{}') as {
      blocks: Array<{ block_id?: string; element?: { placeholder?: { text: string } } }>;
    };
    const placeholder = (id: string) => modal.blocks.find((b) => b.block_id === id)?.element?.placeholder?.text ?? '';
    for (const channel of CHANNELS_TO_READ) {
      const answers: DraftAnswers = {
        channel,
        prospectName: placeholder('prospectName'),
        company: placeholder('company'),
        whoIAm: placeholder('whoIAm'),
        howKnown: placeholder('howKnown'),
        whyYou: placeholder('whyYou'),
        whatsInIt: placeholder('whatsInIt'),
        ask: placeholder('ask'),
      };
      const draft = composeDraft(answers);
      expectReadable(draft, channel);
      expect(
        checkPurpose({ text: draft, channel, prospect: { name: answers.prospectName, company: answers.company } })
          .verdict,
      ).toBe('purposeful');
    }
  });
});

describe('firstNameOf', () => {
  it.each([
    ['Jane Doe', 'Jane'],
    ['jane doe', 'Jane'],
    ['Dr. Priya Shah', 'Priya'],
    ['J. Robert Oppenheimer', 'Robert'],
    ['Siobhán', 'Siobhán'],
    ['', ''],
  ])('%j → %j', (name, first) => {
    expect(firstNameOf(name)).toBe(first);
  });
});

describe('draft: a rep can send it as is', () => {
  const base: DraftAnswers = {
    channel: 'linkedin_message',
    prospectName: 'Helen Park',
    whoIAm: 'Devon, co-founder of Flakehound (we detect flaky tests in CI)',
    howKnown: '',
    whyYou: 'she wrote that their CI takes 40 min and a third of reruns are flaky tests',
    whatsInIt: 'we can run flakehound on their repo for 2 weeks free',
    ask: 'up for a trial?',
  };

  it('turns "their" in the offer into "your" when nobody else in it can own it', () => {
    expect(composeDraft(base)).toContain('run flakehound on your repo');
    expect(composeDraft({ ...base, whatsInIt: 'a free audit of their booking site' })).toContain('your booking site');
    // Someone else named first owns it: the customer's numbers, the six companies' plans.
    expect(
      composeDraft({
        ...base,
        whatsInIt: 'we helped Brookside Homes clear a 1,800 job backlog, I can share their numbers',
      }),
    ).toContain('share their numbers');
    expect(composeDraft({ ...base, whatsInIt: 'a teardown of how 6 SaaS cos rebuilt their CS comp plans' })).toContain(
      'rebuilt their CS comp plans',
    );
  });

  it("capitalises the rep's own name and firm typed in lower case, and leaves roles and common words as typed", () => {
    expect(composeDraft({ ...base, whoIAm: "i'm jess, SE at driftguard" })).toMatch(/I'm Jess, SE at Driftguard/);
    expect(composeDraft({ ...base, whoIAm: 'im cody, i sell packaging at Kraftline' })).toMatch(/I'm Cody, /);
    expect(composeDraft({ ...base, whoIAm: 'sam from ironleaf' })).toMatch(/I'm Sam from Ironleaf/);
    expect(composeDraft({ ...base, whoIAm: 'tech recruiter at Larkspur Talent' })).toMatch(/I'm (a )?tech recruiter/);
    expect(composeDraft({ ...base, whoIAm: "i'm new here, AE at Kiln" })).not.toMatch(/New here/);
    expect(composeDraft({ ...base, whoIAm: 'jo at kiln', senderName: 'Jo McAllister' })).toMatch(/I'm Jo at Kiln/);
  });

  it('does not open two sentences in a row the same way', () => {
    const cases: Partial<DraftAnswers>[] = [
      {
        howKnown: 'saw you at Shoptalk, attribution panel',
        whyYou: 'she said her team cannot tell which channel drives in-store sales',
      },
      {
        howKnown: 'saw you quoted in Waste Today about fuel costs',
        whyYou: 'he said fuel is up 22% and they run 140 trucks',
      },
      {
        howKnown: 'his job post for 3 firmware engineers has been up 4 months',
        whyYou: '3 firmware roles open since jan per their careers page',
      },
    ];
    for (const c of cases) {
      for (const prospectName of ['Helen Park', 'Ben Ode', 'Carla Ruiz', 'Dmitri Ivanov']) {
        const sentences = composeDraft({ ...base, ...c, prospectName })
          .split(/(?<=[.?!])\s+/)
          .map((s) => s.split(/\s+/).slice(0, 2).join(' ').toLowerCase());
        for (let i = 1; i < sentences.length; i++) expect(sentences[i]).not.toBe(sentences[i - 1]);
      }
    }
  });

  it('gives a trial or pilot of a stated length its article: "a 30-day free trial"', () => {
    expect(composeDraft({ ...base, whatsInIt: '30 day free trial on 5 trucks' })).toMatch(
      /(run|do) a 30-day free trial on 5 trucks/,
    );
    expect(composeDraft({ ...base, whatsInIt: '8 week pilot at one site' })).toMatch(/(run|do) an 8-week pilot/);
  });

  it('reads who I am, how I know you, why you, what for you, then one ask', () => {
    for (const prospectName of ['Helen Park', 'Ben Ode', 'Carla Ruiz', 'Dmitri Ivanov', 'Eva Lind']) {
      const draft = composeDraft({ ...base, prospectName, howKnown: "her blog post 'the 40 minute build'" });
      const at = ['Flakehound', 'the 40 minute build', 'a third of reruns', 'your repo', 'trial?'].map((p) =>
        draft.indexOf(p),
      );
      expect(at.every((i) => i >= 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
    }
  });
});

describe('how you know them, when why-them names the same thing', () => {
  it.each<[string, string]>([
    ['LeadingAge conference', 'your session at LeadingAge on reducing night-shift falls'],
    ['your github, you maintain the pgqueue lib', 'you maintain pgqueue (2.3k stars)'],
    ['the Retail Week piece', 'you told Retail Week that returns cost you 9% of sales'],
  ])('"%s" adds nothing to "%s"', (known, why) => {
    expect(repeats(known, why)).toBe(true);
  });

  it.each<[string, string]>([
    ['met at SaaStr', 'your talk at SaaStr on usage pricing'],
    ['Priya Shah recommended you', 'Priya says you are rebuilding onboarding'],
    ['your podcast with Lenny', 'you cut churn by 20% at Loomly'],
  ])('"%s" still tells something beside "%s"', (known, why) => {
    expect(repeats(known, why)).toBe(false);
  });
});
