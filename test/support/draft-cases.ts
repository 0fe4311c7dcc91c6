// The answer set the composer's principle tests vary one field at a time, and the table-driven test
// they share: each case names what changes, what the draft must say and, for a near miss, what it must not.
import { composeDraft, type DraftAnswers, draftMessage } from '../../src/domain/draft';

export const BASE_ANSWERS: DraftAnswers = {
  channel: 'linkedin_message',
  prospectName: 'Gail Prentice',
  company: 'Brightside Home Care',
  whoIAm: 'Noor, implementation lead at Carewell Rota',
  whyYou: 'she posted that her coordinators rebuild the rota by hand every sunday night',
  whatsInIt: 'our rota template, 40 agencies use it',
  ask: 'want a copy?',
};

/** The English composer on the base answers with `change`. */
export function draft(change: Partial<DraftAnswers>): string {
  return composeDraft({ ...BASE_ANSWERS, ...change });
}

/** The draft in the answers' language (empty when the rep is asked to write it themselves), and that language. */
export function framed(change: Partial<DraftAnswers>): { lang: string; text: string } {
  const result = draftMessage({ ...BASE_ANSWERS, ...change });
  return { lang: result.lang, text: result.kind === 'draft' ? result.text : '' };
}

export type DraftCase = [string, Partial<DraftAnswers>, RegExp, RegExp?];

export function expectDrafts(cases: DraftCase[], compose: (change: Partial<DraftAnswers>) => string = draft): void {
  it.each(cases)('%s', (_label, change, expected, notExpected = undefined) => {
    const text = compose(change);
    expect(text).toMatch(expected);
    if (notExpected) expect(text).not.toMatch(notExpected);
  });
}

/** As `expectDrafts`, for answers in another language: the draft in the answers' language (`expectDrafts` composes English). */
export function expectFramedDrafts(cases: DraftCase[]): void {
  expectDrafts(cases, (change) => framed(change).text);
}
