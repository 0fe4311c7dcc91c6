/**
 * Quoting a rep's words in a finding: one line, at most `max` characters, cut only between words,
 * with an ellipsis where something was left out. A first word longer than `max` is kept whole
 * rather than cut inside it.
 */
const ODD_SPACING = /[^\S ]| {2}/;

export function clipWords(text: string, max = 60): string {
  const trimmed = text.trim();
  const t = ODD_SPACING.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
  if (t.length <= max) return t;
  // Room for the ellipsis; the cut falls at the last space that leaves the kept words whole.
  const room = max - 1;
  let cut = t.charAt(room) === ' ' ? room : t.lastIndexOf(' ', room);
  if (cut <= 0) {
    const end = t.indexOf(' ');
    if (end < 0) return t;
    cut = end;
  }
  // A quote ends on a word, not on the comma or dash that led to the words left out.
  const kept = t.slice(0, cut).replace(/[\s,;:\u2013\u2014-]+$/u, '');
  return `${kept}…`;
}

/**
 * Whether a sentence and a quote clipWords made are the same words, one inside the other: the quote
 * without its ellipsis, whatever the case and spacing. (A quote may be longer than one sentence.)
 */
export function overlapsQuote(sentence: string, quote: string | undefined): boolean {
  if (!quote) return false;
  const q = quoteWords(quote);
  const s = plainWords(sentence);
  return q.length > 0 && s.length > 0 && (s.includes(q) || q.includes(s));
}

/**
 * plainWords of a quote without its ellipsis. Callers ask about one quote against each sentence in turn, so the
 * last quote's words are kept: one entry, never more.
 */
let lastQuote = '';
let lastQuoteWords = '';
function quoteWords(quote: string): string {
  if (quote !== lastQuote) {
    // quote.replace(/…$/, ''): the ellipsis is one character.
    lastQuoteWords = plainWords(quote.endsWith('\u2026') ? quote.slice(0, -1) : quote);
    lastQuote = quote;
  }
  return lastQuoteWords;
}

/**
 * Lowercase, each run of whitespace one space, trimmed. Most texts are spaced with single spaces only (ODD_SPACING
 * finds none), and then the runs are spaces already: the replacement would copy the text and change nothing.
 */
const plainWords = (text: string): string => {
  const lower = text.toLowerCase();
  return (ODD_SPACING.test(lower) ? lower.replace(/\s+/g, ' ') : lower).trim();
};
