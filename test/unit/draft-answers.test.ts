import { ANSWER_MAX_LENGTHS, MAX_ERROR_LENGTH, reviewDraftAnswers } from '../../src/domain/draft-answers';

const good = {
  prospectName: 'Jane Doe',
  company: 'Lumen Games',
  role: 'Head of Growth',
  profileUrl: 'https://www.linkedin.com/in/jane-doe-4b1a2c3/',
  channel: 'linkedin_message',
  whoIAm: 'AE at Questmoor, player segmentation for mobile studios',
  howKnown: 'we met at Pocket Gamer Connects',
  whyYou: 'your talk at GDC on day-7 retention in puzzle games',
  whatsInIt: 'a benchmark of D7 retention across 40 mobile studios',
  ask: '15 minutes next Tuesday to compare notes?',
};

describe('reviewDraftAnswers', () => {
  it('has nothing to say about good answers', () => {
    expect(reviewDraftAnswers(good)).toEqual({});
  });

  it.each<[string, Partial<Record<keyof typeof good, string>>]>([
    ['no optional answers', { company: undefined, role: undefined, profileUrl: undefined, howKnown: undefined }],
    ['a mutual contact as the reason', { whyYou: 'Priya Shah suggested I talk to you about churn' }],
    ['a launch as the reason', { whyYou: 'congrats on launching Lumen Rush last week' }],
    ['an intro as the value', { whatsInIt: 'an intro to the CTO of a studio that solved this' }],
    ['a thing they get, with a boast in it', { whatsInIt: 'award-winning onboarding templates you can reuse' }],
    ['an ask already phrased as a question', { ask: 'Would a 15-minute call on Thursday work?' }],
    ['an ask with an either-or', { ask: 'a 15-minute call Tuesday or Wednesday' }],
    ['a bare LinkedIn URL', { profileUrl: 'linkedin.com/in/jane-doe' }],
    ['a name with an apostrophe', { prospectName: "Siobhán O'Brien" }],
    ['an email channel', { channel: 'email' }],
  ])('accepts %s', (_, change) => {
    expect(reviewDraftAnswers({ ...good, ...change })).toEqual({});
  });

  it.each<[string, Partial<Record<keyof typeof good, string>>, string, RegExp]>([
    ['empty name', { prospectName: '' }, 'prospectName', /Who are you writing to\?/],
    [
      'a name that is a Slack control',
      { prospectName: '<!channel>' },
      'prospectName',
      /doesn't look like a person's name/,
    ],
    [
      'a URL as the name',
      { prospectName: 'https://www.linkedin.com/in/jane-doe' },
      'prospectName',
      /links go in the profile field/,
    ],
    ['a name over 100 characters', { prospectName: 'A'.repeat(101) }, 'prospectName', /under 100 characters/],
    [
      'a non-LinkedIn profile link',
      { profileUrl: 'https://github.com/janedoe' },
      'profileUrl',
      /LinkedIn profile link/,
    ],
    ['a company page', { profileUrl: 'https://www.linkedin.com/company/lumen' }, 'profileUrl', /LinkedIn profile link/],
    ['a word as the profile link', { profileUrl: 'jane' }, 'profileUrl', /LinkedIn profile link/],
    ['a javascript: link', { profileUrl: 'javascript:alert(1)' }, 'profileUrl', /LinkedIn profile link/],
    ['empty who-I-am', { whoIAm: '  ' }, 'whoIAm', /Your role and company in a few words/],
    ['a thin who-I-am', { whoIAm: 'Alex' }, 'whoIAm', /e\.g\. 'AE at Questmoor/],
    ['empty why-you', { whyYou: '' }, 'whyYou', /Why them\?/],
    ['a thin why-you', { whyYou: 'your work' }, 'whyYou', /^Too thin: name something they did or said/],
    ['flattery as why-you', { whyYou: 'I came across your profile and was impressed' }, 'whyYou', /fits anyone/],
    ['praise of their background', { whyYou: 'your impressive background in gaming' }, 'whyYou', /fits anyone/],
    ['growing my network', { whyYou: 'I am expanding my network of gaming professionals' }, 'whyYou', /fits anyone/],
    ['empty value', { whatsInIt: '' }, 'whatsInIt', /^What do they get\? A benchmark, an intro, a short teardown/],
    ['a thin value', { whatsInIt: 'value' }, 'whatsInIt', /^What do they get\?/],
    ['synergies', { whatsInIt: 'synergies' }, 'whatsInIt', /^What do they get\?/],
    ['praise of ourselves as the value', { whatsInIt: 'best in class' }, 'whatsInIt', /^Any company could say that/],
    ['"we are the best"', { whatsInIt: "we're the best" }, 'whatsInIt', /^Any company could say that/],
    ['a demo as the value', { whatsInIt: 'a demo of our platform' }, 'whatsInIt', /A demo is what you want/],
    ['empty ask', { ask: '' }, 'ask', /Your one ask/],
    [
      'two questions',
      { ask: 'Could we talk Tuesday? And can you intro me to your CTO?' },
      'ask',
      /^One ask only: pick the one that matters/,
    ],
    ['and also', { ask: 'a call next week and also a look at your deck' }, 'ask', /^One ask only/],
    ["let's connect", { ask: "let's connect" }, 'ask', /Too vague.*15 minutes next Tuesday/],
    ['pick your brain', { ask: 'pick your brain sometime' }, 'ask', /Too vague/],
    ['a call', { ask: 'a call' }, 'ask', /Too vague/],
    ['touch base', { ask: 'touch base soon?' }, 'ask', /Too vague/],
    [
      'an ask over the modal limit',
      { ask: `Would you ${'really '.repeat(40)}like a call?` },
      'ask',
      /under 200 characters/,
    ],
    ['an unknown channel', { channel: 'fax' }, 'channel', /connection note, a LinkedIn message, an InMail or an email/],
  ])('flags %s', (_, change, field, message) => {
    const errors = reviewDraftAnswers({ ...good, ...change });
    expect(Object.keys(errors)).toEqual([field]);
    expect(errors[field]).toMatch(message);
  });

  it('flags every empty required field at once', () => {
    expect(Object.keys(reviewDraftAnswers({})).sort()).toEqual([
      'ask',
      'prospectName',
      'whatsInIt',
      'whoIAm',
      'whyYou',
    ]);
  });

  it('keeps every message short enough for a modal', () => {
    const long = Object.fromEntries(
      Object.entries(ANSWER_MAX_LENGTHS).map(([field, max]) => [field, 'x '.repeat(max)]),
    );
    const messages = [
      ...Object.values(reviewDraftAnswers({})),
      ...Object.values(reviewDraftAnswers(long)),
      ...Object.values(
        reviewDraftAnswers({
          whyYou: 'great profile',
          whatsInIt: 'a demo',
          ask: "let's connect",
          whoIAm: 'Alex',
          profileUrl: 'x',
        }),
      ),
    ];
    expect(messages.length).toBeGreaterThan(10);
    for (const message of messages) expect(message.length).toBeLessThanOrEqual(MAX_ERROR_LENGTH);
  });
});
