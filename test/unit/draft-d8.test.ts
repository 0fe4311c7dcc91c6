// Composer principles from a blind set's failing drafts (lane draft8), each with a converse that must not change:
// the prospect named in the third person is "you", and a connect ask typed as a question stays a question.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AnswerSet, draftLine } from '../../src/cli/draft';
import { askSentence, type DraftAnswers, draftMessage, toSecondPerson } from '../../src/domain/draft';
import { oneAsk } from '../../src/domain/draft-ask';
import { mechanicalFaults } from '../../src/domain/draft-mechanics';
import { checkPurpose } from '../../src/domain/purpose-check';

function draftOf(answers: DraftAnswers): string {
  const draft = draftMessage(answers);
  if (draft.kind !== 'draft') throw new Error(`no draft: ${draft.kind}`);
  return draft.text;
}

function faultsOf(answers: DraftAnswers, text: string): string[] {
  return mechanicalFaults({
    text,
    channel: answers.channel,
    lang: 'en',
    prospectName: answers.prospectName,
    answerTexts: [answers.whoIAm, answers.howKnown ?? '', answers.whyYou, answers.whatsInIt, answers.ask],
    // Whether it is purposeful is asked of the purpose check below, where it matters.
    allFourParts: false,
  }).faults.map((f) => f.fault);
}

describe('the prospect named in the third person is "you"', () => {
  it.each([
    // A referrer's report of the prospect, by first name, with the modal as typed.
    [
      'Leila Haddad said Tomas would be good to talk to',
      'Tomas Berg',
      'Leila Haddad said you would be good to talk to',
    ],
    // After "and", the verb agrees; the company stays third person.
    [
      'Dev said Vesta has 40k returns a month and Anna wants them graded before peak',
      'Anna Kowalski',
      'Dev said Vesta has 40k returns a month and you want them graded before peak',
    ],
    // The full name, "is" → "are".
    [
      'Paulo Reis told me Ines Duarte is rebuilding the setup',
      'Ines Duarte',
      'Paulo Reis told me you are rebuilding the setup',
    ],
    // "was" → "were", "has" → "have", both clauses.
    [
      'Priya said Lena was the one who pushed for it and Lena has 9 clinics on paper',
      'Lena Fischer',
      'Priya said you were the one who pushed for it and you have 9 clinics on paper',
    ],
    // A possessive name.
    [
      "Marco said Nora's team was short two agronomists",
      'Nora Quist',
      'Marco said your team was short two agronomists',
    ],
    // "<Name>'s" as "is" and as "has".
    ["Ines said Gita's hiring two planners", 'Gita Rao', "Ines said you're hiring two planners"],
    [
      "Aylin said Elif's been asking for a faster form",
      'Elif Demir',
      "Aylin said you've been asking for a faster form",
    ],
    // Whom a referrer mentioned or recommended.
    ['Marco Bellini mentioned Nora at the meetup', 'Nora Quist', 'Marco Bellini mentioned you at the meetup'],
    ['Dana Mills recommended Felix', 'Felix Hart', 'Dana Mills recommended you'],
    // "can" stays "can".
    ['Dana said Felix can sign off tooling under 50k', 'Felix Hart', 'Dana said you can sign off tooling under 50k'],
  ])('%s', (typed, prospect, expected) => {
    expect(toSecondPerson(typed, prospect)).toBe(expected);
  });

  it.each([
    // The referrer's own name and possessive stay theirs.
    [
      "Hannah's team piloted us and Hannah said Ben wants the same",
      'Ben Ortiz',
      "Hannah's team piloted us and Hannah said you want the same",
    ],
    [
      'Jonas Weber said Carla owns the shortlist and Jonas is still on the team',
      'Carla Ruiz',
      'Jonas Weber said you own the shortlist and Jonas is still on the team',
    ],
    // A first name that is a month is the month, after a conjunction as anywhere.
    ['sales were flat in April and May was slow', 'May Chen', 'sales were flat in April and May was slow'],
    // "<Name>'s" before a noun is whose, not "is".
    ["Ines said Gita's planning team is short", 'Gita Rao', 'Ines said your planning team is short'],
  ])('near miss: %s', (typed, prospect, expected) => {
    expect(toSecondPerson(typed, prospect)).toBe(expected);
  });

  it('keeps the name in the greeting only, and the check finds no third person', () => {
    const answers: DraftAnswers = {
      channel: 'email',
      prospectName: 'Anna Kowalski',
      company: 'Vesta Home',
      whoIAm: 'Jon from Reversa, returns grading',
      howKnown: 'Dev Patel introduced us',
      whyYou: 'Dev said Vesta has 40k returns a month and Anna wants them graded before peak',
      whatsInIt: 'our grading app cuts returns handling time by a third',
      ask: 'a 20 min call on tuesday?',
    };
    const text = draftOf(answers);
    expect(text).toMatch(/^H\w+ Anna,/);
    expect(text.replace(/^H\w+ Anna,/, '')).not.toMatch(/\bAnna\b|Kowalski/);
    expect(text).toMatch(/Dev said Vesta has 40k returns a month and you want them graded before peak\./);
    expect(faultsOf(answers, text)).toEqual([]);
  });
});

describe('a connect ask typed as a question stays a question', () => {
  it.each(['connect?', 'Connect?', 'ok to connect?', 'okay to connect?', 'cool if we connect?', 'happy to connect?'])(
    '%s',
    (ask) => {
      expect(oneAsk(ask)).toBe('open to connecting?');
      expect(askSentence(oneAsk(ask), 0)).toBe('Would you be open to connecting?');
    },
  );
  it('"keep in touch?" the same', () => {
    expect(askSentence(oneAsk('keep in touch?'), 0)).toBe('Would you be open to keeping in touch?');
  });
  it.each([
    // Typed as a statement, it stays one.
    ['connect', "I'd be glad to connect."],
    // "connect" inside a longer ask is that ask.
    ['could you connect me with whoever runs scouting?', 'Could you connect me with whoever runs scouting?'],
    ['connect me with your head of accounting?', 'Would you connect me with your head of accounting?'],
    ['could we connect on thursday for 20 min?', 'Could we connect on Thursday for 20 min?'],
    ["let's connect?", 'Could we connect?'],
  ])('near miss: %s', (ask, expected) => {
    expect(askSentence(oneAsk(ask), 0)).toBe(expected);
  });

  it('in a connection note with who, why and value, the draft is purposeful', () => {
    const answers: DraftAnswers = {
      channel: 'linkedin_connection_note',
      prospectName: 'Tomas Berg',
      company: 'Fjordline Freight',
      whoIAm: 'sales lead at Cargoloop, yard mgmt software',
      whyYou: 'Leila Haddad at Brightwater said Tomas would be good to talk to about trailer yards',
      whatsInIt: 'we cut trailer search time by 40% at 3 Nordic terminals',
      ask: 'connect?',
    };
    const text = draftOf(answers);
    expect(text).toMatch(/(?:Would you be|Are you) open to connecting\?$/);
    expect(text).not.toMatch(/glad to connect/);
    expect(text).toMatch(/Leila Haddad at Brightwater said you would be good to talk to/);
    expect(faultsOf(answers, text)).toEqual([]);
    expect(checkPurpose({ text, channel: 'linkedin_connection_note' }).verdict).toBe('purposeful');
  });
});

describe('the d8p answer sets', () => {
  const sets: AnswerSet[] = readFileSync(join(__dirname, '../fixtures/draft-answers.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.includes('"d8p-'))
    .map((line) => JSON.parse(line) as AnswerSet);
  it('are there', () => expect(sets.length).toBeGreaterThanOrEqual(12));
  it.each(sets.map((set) => [set.id ?? '?', set] as const))(
    '%s: no faults, purposeful unless its ask is vague',
    (_id, set) => {
      const line = draftLine(set, true);
      expect(line.faults).toEqual([]);
      if (!(set.traits ?? []).includes('vague_ask')) expect(line.verdict).toBe('purposeful');
    },
  );
});
