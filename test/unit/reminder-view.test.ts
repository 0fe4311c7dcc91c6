import { composeDraft } from '../../src/domain/draft';
import type { DueFollowUp } from '../../src/store/followups';
import {
  OUTCOME_QUESTIONS_MAX,
  outcomeQuestions,
  reminderMessage,
  SENT_EXCERPT_MAX,
  sentExcerpt,
} from '../../src/views/reminder';
import { reminderTime } from '../../src/views/mrkdwn';
import { visibleText } from '../support/modal';

const NOW = new Date('2026-03-12T09:30:00Z');

function due(sentText: string | null, overrides: Partial<DueFollowUp> = {}): DueFollowUp {
  return {
    id: '41',
    teamId: 'T1',
    outreachId: '7',
    repId: 'U1',
    step: 1,
    dueAt: NOW,
    status: 'sending',
    claimToken: 'token',
    remindedAt: null,
    prospectName: 'Jane Doe',
    prospectCompany: 'Copperline',
    channel: 'linkedin_message',
    sentText,
    sentAt: new Date('2026-03-09T10:00:00Z'),
    outreachStatus: 'sent',
    claimedBefore: null,
    ...overrides,
  };
}

/** What the reminder quotes of the sent message: the block-quote line under the prospect's name. */
function quoted(sentText: string | null): string {
  const text = visibleText(reminderMessage([due(sentText)], NOW).blocks);
  return /\n>(.*)/.exec(text)?.[1] ?? '';
}

describe('reminder: what it quotes of the sent message', () => {
  const composed = composeDraft({
    channel: 'linkedin_message',
    prospectName: 'Jane Doe',
    whoIAm: 'AE at Questmoor',
    whyYou: 'your talk at GDC on day-7 retention',
    whatsInIt: 'a benchmark of D7 retention across 40 studios',
    ask: '15 minutes next Tuesday',
    senderName: 'Alex Kim',
  });

  it('skips the greeting line of a composed draft and quotes its first sentences', () => {
    expect(composed).toMatch(/^(Hi|Hello) Jane,\n\n/);
    const quote = quoted(composed);
    expect(quote).not.toMatch(/^(Hi|Hello) Jane,?$/);
    expect(quote).toMatch(/^(I'm an AE at Questmoor|I caught your talk|Your talk|Quick intro)/);
    expect(quote.length).toBeLessThanOrEqual(SENT_EXCERPT_MAX);
  });

  it.each<[string, string, string]>([
    [
      'a greeting line',
      'Hello Jane,\n\nI read your post on churn. Happy to share our notes.',
      'I read your post on churn. Happy to share our notes.',
    ],
    [
      'a subject and a formal greeting',
      'Subject: Churn notes\n\nDear Dr. Shah,\n\nI read your post on churn.\n\nBest,\nSam',
      'I read your post on churn.',
    ],
    [
      'a name alone on the first line',
      'Jane,\nquick one: are you the right person for onboarding?',
      'quick one: are you the right person for onboarding?',
    ],
    ['a greeting with an exclamation mark', 'Hey Jane!\nSaw your talk.', 'Saw your talk.'],
    [
      'an inline greeting, which is part of the first sentence',
      "Hi Jane, I'm Sam from Fernpath. Your talk stuck with me.",
      "Hi Jane, I'm Sam from Fernpath. Your talk stuck with me.",
    ],
    [
      'lines without punctuation',
      'Quick question about onboarding\nI saw your post.',
      'Quick question about onboarding / I saw your post.',
    ],
    ['only a greeting', 'Hi Jane,', 'Hi Jane,'],
    [
      'a short message and its sign-off',
      'Hi Jane,\n\nAre you the right person for onboarding?\n\nThanks,\nAlex Kim',
      'Are you the right person for onboarding?',
    ],
  ])('%s', (_, sent, expected) => {
    expect(sentExcerpt(sent)).toBe(expected);
  });

  it('quotes whole sentences while they fit, and no more', () => {
    const sent = `Hello Jane,\n\n${'I read your post on churn in SMB accounts. '.repeat(3)}${'And one more sentence that will not fit at all. '.repeat(2)}`;
    const excerpt = sentExcerpt(sent);
    expect(excerpt).toBe(
      'I read your post on churn in SMB accounts. I read your post on churn in SMB accounts. I read your post on churn in SMB accounts.',
    );
  });

  it('cuts a first sentence too long to quote at a word, with an ellipsis', () => {
    const sent = `Hello Jane,\n\nI'm an AE at Questmoor and I read your long post about cutting onboarding drop-off by thirty percent at Copperline, especially the part on ID scans and the retry flow you built.`;
    const excerpt = sentExcerpt(sent);
    expect(excerpt.length).toBeLessThanOrEqual(SENT_EXCERPT_MAX);
    expect(excerpt).toMatch(/^I'm an AE at Questmoor and I read your long post/);
    expect(excerpt).toMatch(/\p{L}…$/u);
    expect(sent).toContain(excerpt.slice(0, -1));
  });

  it('escapes what it quotes, and quotes nothing when nothing was kept', () => {
    expect(quoted('Hello Jane,\n\nAn offer for <!channel> & friends.')).toBe(
      'An offer for &lt;!channel&gt; &amp; friends.',
    );
    expect(visibleText(reminderMessage([due(null)], NOW).blocks)).not.toContain('\n>');
  });
});

describe('/outreach replied: one question per outreach awaiting a reply', () => {
  const awaiting = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ id: String(i + 1), prospectName: `Jane Doe ${i + 1}` }));

  it.each([
    [1, 1, ''],
    [OUTCOME_QUESTIONS_MAX, OUTCOME_QUESTIONS_MAX, ''],
    [OUTCOME_QUESTIONS_MAX + 1, OUTCOME_QUESTIONS_MAX, '…and 1 more awaiting a reply'],
    [25, OUTCOME_QUESTIONS_MAX, '…and 15 more awaiting a reply'],
  ])('%i awaiting → %i questions, and says how many are not shown', (n, asked, more) => {
    const { text, blocks } = outcomeQuestions(awaiting(n));
    expect(text).toBe('How did Jane Doe 1 reply?');
    expect(visibleText(blocks).match(/How did \*Jane Doe \d+\* reply\?/g)).toHaveLength(asked);
    if (more) expect(visibleText(blocks)).toContain(more);
    else expect(visibleText(blocks)).not.toContain('more awaiting');
    expect(blocks.length).toBeLessThanOrEqual(50);
  });
});

describe('reminderTime: when a reminder comes, on the rep’s clock', () => {
  it.each([
    ['2026-03-16T13:30:00Z', 'America/New_York', 'Monday 16 Mar at 09:30'],
    ['2026-03-16T13:30:00Z', 'Asia/Kolkata', 'Monday 16 Mar at 19:00'],
    ['2026-12-31T23:30:00Z', 'Europe/Berlin', 'Friday 1 Jan at 00:30'],
  ])('%s in %s → %s', (at, zone, expected) => {
    expect(reminderTime(new Date(at), zone)).toBe(expected);
  });
});
