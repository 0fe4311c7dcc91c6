import { composeDraft, type DraftAnswers, firstNameOf, SOFT_WORD_LIMIT } from '../../src/domain/draft';
import { checkPurpose } from '../../src/domain/purpose-check';

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
    expect({ draft, verdict: result.verdict, findings: result.findings.map((f) => f.code) }).toMatchObject({ verdict: 'purposeful' });
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
    ['keeps a who-I-am that starts with "I\'m"', { whoIAm: "i'm Alex, AE at Questmoor" }, /I'm Alex, AE at Questmoor\./],
    ['keeps a who-I-am that starts with "I am"', { whoIAm: 'I am Alex from Questmoor.' }, /I am Alex from Questmoor\./],
    ['makes a role phrase a sentence', { whoIAm: 'Head of Sales at Questmoor' }, /I'm Head of Sales at Questmoor\./],
    ['turns a verb phrase into "I …"', { whoIAm: 'lead partnerships at Questmoor' }, /I lead partnerships at Questmoor\./],
    ['uses "a" before a consonant sound', { whoIAm: 'BDR at Questmoor' }, /I'm a BDR at Questmoor\./],
    ['keeps "I loved your talk at X"', { whyYou: 'I loved your talk at GDC on retention' }, /I loved your talk at GDC on retention\./],
    ['adds a verb to "loved your talk"', { whyYou: 'loved your talk at GDC' }, /I loved your talk at GDC\./],
    ['keeps a company as it was written', { whyYou: 'Lumen just raised a Series B' }, /I noticed Lumen just raised a Series B\./],
    ['turns "you …" into a sentence', { whyYou: 'you spoke at GDC about day-7 retention' }, /I (noticed|saw that) you spoke at GDC about day-7 retention\./],
    ['keeps a referral as written', { whyYou: 'Tom Weller suggested I reach out' }, /(^|\s)Tom Weller suggested I reach out\./],
    ['turns an ask into a question', { ask: '15 minutes next Tuesday' }, /(open to|up for) 15 minutes next Tuesday\?/],
    ['keeps a question a question', { ask: 'Could we talk on Tuesday?' }, /Could we talk on Tuesday\?/],
    ['does not double a question mark', { ask: 'Could we talk on Tuesday??' }, /Could we talk on Tuesday\?(?!\?)/],
    ['turns "let\'s" into a question', { ask: "let's compare notes on Tuesday." }, /Could we compare notes on Tuesday\?/],
    ['turns an imperative into a question', { ask: 'grab 15 minutes on Thursday!' }, /(Could|Can) we grab 15 minutes on Thursday\?/],
    ['offers an intro with a verb that fits', { whatsInIt: 'an intro to our CTO' }, /offer an intro to our CTO\./],
    ['strips a rep\'s trailing punctuation', { whatsInIt: 'a benchmark of churn across 40 studios...' }, /a benchmark of churn across 40 studios\./],
    ['greets by first name, skipping a title', { prospectName: 'Dr. Jane Doe' }, /^(Hi|Hello) Jane,/],
    ['greets without a name when none is usable', { prospectName: '' }, /^(Hi there|Hello),/],
    ['signs an email with the full sender name', { channel: 'email', senderName: 'Alex Kim' }, /\n\n(Best|Thanks|Cheers),\nAlex Kim$/],
    ['signs a LinkedIn message with the first name', { channel: 'linkedin_message', senderName: 'Alex Kim' }, /\n\n(Best|Thanks|Cheers),\nAlex$/],
    ['leaves an email unsigned without a sender name', { channel: 'email', senderName: undefined }, /\?$/],
  ])('%s', (_, change, expected) => {
    const base = answerSets['message, retail returns'] as DraftAnswers;
    expect(composeDraft({ ...base, senderName: undefined, ...change })).toMatch(expected);
  });

  it.each<[string, Partial<DraftAnswers>]>([
    ['long fragments', {
      whoIAm: 'Senior Account Executive at Questmoor, where we build player segmentation and lifetime-value prediction for mobile game studios of every size, from indie teams to public publishers',
      whyYou: 'your talk at GDC on day-7 retention in puzzle games, especially the part about how onboarding tutorials that are shorter than ninety seconds correlate with better retention in every market you looked at',
      whatsInIt: 'a benchmark of D7 and D30 retention across 40 mobile studios, broken down by genre, platform and market, with the onboarding patterns of the top decile',
      ask: 'would you be open to 15 minutes next Tuesday or Wednesday afternoon to compare notes on what you are seeing in your own data',
    }],
    ['a long how-we-met and sender', {
      howKnown: 'we met briefly at Pocket Gamer Connects in London, at the after-party that Unity hosted on the Tuesday night',
      senderName: 'Alexandra Konstantinopoulou-Smythe',
    }],
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
      whyYou: 'your talk at GDC on day-7 retention in puzzle games, and the onboarding experiments you shared afterwards',
      whatsInIt: 'a benchmark of D7 retention across 40 mobile studios, broken down by genre and platform',
    };
    const draft = composeDraft(answers);
    expect(draft.length).toBeLessThanOrEqual(300);
    expect(checkPurpose({ text: draft, channel: answers.channel, prospect: { name: answers.prospectName } }).verdict).toBe('purposeful');
  });

  it('continues an inline greeting in lower case, leaving the rep’s own words as written', () => {
    const base = answerSets['note, met at a conference'] as DraftAnswers;
    const names = ['Marcus Reed', 'Ben Ode', 'Carla Ruiz', 'Dmitri Ivanov', 'Eva Lind', 'Farid Haddad', 'Greta Berg', 'Hiro Tanaka'];
    const notes = names.map((prospectName) => composeDraft({ ...base, prospectName }));
    for (const note of notes) expect(note).not.toMatch(/^(Hi|Hello) \p{L}+, (We|Quick|Your|Congrats|Happy|Would|Are|Could|Can)\b/u);
    expect(notes.some((note) => /^(Hi|Hello) \p{L}+, we met at SaaStr Europa\./u.test(note))).toBe(true);
  });

  it('keeps an InMail within 1,900 characters', () => {
    const base = answerSets['InMail, logistics'] as DraftAnswers;
    const long = (seed: string) => Array.from({ length: 80 }, (_, i) => `${seed} ${i}`).join(' and ');
    const draft = composeDraft({ ...base, whoIAm: long('founder'), whyYou: `your post ${long('detail')}`, whatsInIt: long('notes'), ask: long('call') });
    expect(draft.length).toBeLessThanOrEqual(1900);
  });

  it(`trims long clauses to stay near ${SOFT_WORD_LIMIT} words in an email`, () => {
    const base = answerSets['email, referral'] as DraftAnswers;
    const draft = composeDraft({
      ...base,
      whyYou: 'you mentioned on the HLTH panel that prior auth eats 20% of nurse time, which matched what we heard from every CNO we interviewed this year, including at three academic medical centres, two community hospitals and a large rural system in the Midwest',
      whatsInIt: 'share the prior-auth time study we ran with three regional hospitals, with the minute-by-minute task breakdown, the staffing model they switched to, and the before-and-after numbers on overtime, agency spend and nurse turnover',
    });
    expect(draft.split(/\s+/).length).toBeLessThanOrEqual(SOFT_WORD_LIMIT);
    expect(draft).toContain('prior auth eats 20% of nurse time');
    expect(draft).toContain('prior-auth time study');
  });

  it('varies the shape of the message with the answers', () => {
    const base = answerSets['message, mutual contact'] as DraftAnswers;
    const names = ['Aisha Khan', 'Ben Ode', 'Carla Ruiz', 'Dmitri Ivanov', 'Eva Lind', 'Farid Haddad', 'Greta Berg', 'Hiro Tanaka', 'Ines Costa', 'Jonas Vogel', 'Kemi Bello', 'Luca Moretti'];
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
    expect(skeletons.size).toBeGreaterThanOrEqual(2);

    const openings = new Set(names.map((prospectName) => (composeDraft({ ...base, prospectName }).split('\n\n')[1] ?? '').split(' ').slice(0, 2).join(' ')));
    expect(openings.size).toBeGreaterThanOrEqual(2);
  });

  it('words the same fragment differently for different prospects', () => {
    const base = answerSets['note, mobile games'] as DraftAnswers;
    const names = ['Jane Doe', 'Ben Ode', 'Carla Ruiz', 'Dmitri Ivanov', 'Eva Lind', 'Farid Haddad', 'Greta Berg', 'Hiro Tanaka'];
    const whyPhrasings = new Set(names.map((prospectName) => /[^.]*GDC[^.]*\./.exec(composeDraft({ ...base, prospectName }))?.[0].trim()));
    const askPhrasings = new Set(names.map((prospectName) => /[^.]*\?/.exec(composeDraft({ ...base, prospectName }))?.[0].trim()));
    expect(whyPhrasings.size).toBeGreaterThanOrEqual(2);
    expect(askPhrasings.size).toBeGreaterThanOrEqual(2);
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
