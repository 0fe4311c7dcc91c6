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
  const q = plainWords(quote.replace(/…$/, ''));
  const s = plainWords(sentence);
  return q.length > 0 && s.length > 0 && (s.includes(q) || q.includes(s));
}

const plainWords = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();
