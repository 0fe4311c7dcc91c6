import { checkPurpose, type PurposeCheckResult } from '../../src/domain/purpose-check';
import { purposeCheckBlocks } from '../../src/views/purpose-check';

/** The text of every block, as a person reads it in Slack. */
function visible(blocks: object[]): string {
  return JSON.stringify(
    blocks.map(
      (b) =>
        (b as { text?: { text: string } }).text?.text ??
        (b as { elements?: { text: string }[] }).elements?.map((e) => e.text).join(' '),
    ),
  );
}

describe('purpose check view', () => {
  it('shows "not checked" with the language, and no score or parts', () => {
    const result = checkPurpose({
      text: 'Ciao Giulia, ho letto il tuo articolo sulla logistica del freddo a Verona. Posso mandarti il nostro studio sui costi?',
    });
    const text = visible(purposeCheckBlocks(result));
    expect(text).toContain('Purpose check: not checked');
    expect(text).toContain('Italian');
    expect(text).not.toMatch(/\/100/);
  });

  it("puts a proposed fix under its finding, with the rep's text escaped", () => {
    const result: PurposeCheckResult = {
      ...checkPurpose({ text: 'Hi Jo, we wrote a <b>checklist</b> & more.' }),
      findings: [
        {
          code: 'no_ask',
          severity: 'warning',
          message: 'No clear ask',
          suggestion: 'End with: "Want me to send you the <checklist> & notes?"',
        },
      ],
    };
    const text = visible(purposeCheckBlocks(result));
    expect(text).toContain(
      '• No clear ask\\n    _Try:_ End with: \\"Want me to send you the &lt;checklist&gt; &amp; notes?\\"',
    );
  });
});
