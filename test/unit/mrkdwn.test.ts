import { escapeMrkdwn } from '../../src/views/mrkdwn';

describe('escapeMrkdwn', () => {
  it.each([
    ['<!channel>', '&lt;!channel&gt;'],
    ['Smith & Sons', 'Smith &amp; Sons'],
    ['a > b < c', 'a &gt; b &lt; c'],
    ['&lt; already', '&amp;lt; already'],
    ['<@U123|jane> & <https://x.example|x>', '&lt;@U123|jane&gt; &amp; &lt;https://x.example|x&gt;'],
  ])('escapes %j', (text, escaped) => {
    expect(escapeMrkdwn(text)).toBe(escaped);
  });

  it('returns text without &, < or > as it is', () => {
    for (const text of ['Jane Doe', '', 'Zoë Ørsted · 3 days ago', '*bold* _it_ `code`']) {
      expect(escapeMrkdwn(text)).toBe(text);
    }
  });
});
