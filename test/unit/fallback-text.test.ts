import { parseCommand } from '../../src/domain/command';
import { helpMessage, notice } from '../../src/views/help';
import { outcomeQuestion } from '../../src/views/reminder';

/** Slack reads `<!channel>`, `<@U…>` and `<http…>` in a message's `text` as in its blocks. */
const RAW_CONTROL = /<[!@#]|<https?:/;

describe("fallback text is escaped like the blocks: a rep's words never ping anyone", () => {
  it.each(['<!channel>', '<!here> hello', '<@U0123ABC|boss>', '<#C0123|general>', '&lt;!channel&gt;'])(
    '/outreach %s',
    (typed) => {
      const command = parseCommand(typed);
      expect(command.kind).toBe('help');
      const message = helpMessage(command.kind === 'help' ? command.problem : undefined);
      expect(message.text).not.toMatch(RAW_CONTROL);
      expect(JSON.stringify(message.blocks)).not.toMatch(RAW_CONTROL);
    },
  );

  it('escapes a problem in text and blocks the same way', () => {
    const message = helpMessage('I don\'t know "<!channel> & co"');
    expect(message.text).toContain('"&lt;!channel&gt; &amp; co"');
    expect(JSON.stringify(message.blocks)).toContain('"&lt;!channel&gt; &amp; co\\"');
  });

  it('outcome question and notice carry the escaped name', () => {
    expect(outcomeQuestion('1', '<!everyone>').text).not.toMatch(RAW_CONTROL);
    const n = notice('already escaped &lt;!here&gt;');
    expect(n.text).toBe((n.blocks[0] as { text: { text: string } }).text.text);
  });
});
