import { findKeywords, type Keywords } from './screen';

/**
 * The anatomy of a message: subject line, greeting, body, sign-off and signature, and the body's
 * sentences. The parts and flags read the body; the signature only tells who the sender is.
 */

export interface Sentence {
  text: string;
  /** text.toLowerCase(), computed once. */
  lower: string;
  /** The screen keywords in this sentence, found in one pass. */
  keywords: Keywords;
  /** True when the sentence ends with a question mark. */
  question: boolean;
}

export interface Anatomy {
  /** The text with typographic quotes and dashes made plain, so patterns need one spelling. */
  plain: string;
  subject: string;
  /** Everything the rep wrote to the reader, without subject and signature. */
  body: string;
  bodyLower: string;
  bodyKeywords: Keywords;
  signature: string;
  sentences: Sentence[];
}

const SUBJECT = /^\s*subject:\s*(.*)$/i;
const SIGN_OFF =
  /^\s*(?:best|thanks|thank you|many thanks|thanks so much|cheers|regards|kind regards|best regards|warm regards|warmly|sincerely|yours(?: sincerely| faithfully| truly)?|all the best|best wishes|talk soon|speak soon|saludos|un saludo|cordialement|viele grüße|abraço|thanks & regards|thanks and regards|with thanks|respectfully)\b[^\n]{0,20}$/i;
// A dash-led line at the end ("— Nils, Slotwise", "- Priya") is a signature, not a sentence.
const DASH_SIGNATURE = /^\s*[-—–]\s*\S/;
const ABBREVIATION = /(?:\b(?:dr|mr|mrs|ms|prof|st|vs|etc|inc|ltd|jr|sr|no|approx|dept|e\.g|i\.e|a\.m|p\.m|u\.s))\.$/i;

export function plainText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\u00A0/g, ' ')
    .replace(/\r\n?/g, '\n');
}

export function readAnatomy(text: string): Anatomy {
  const plain = plainText(text);
  let lines = plain.split('\n');
  let subject = '';
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first >= 0) {
    const m = SUBJECT.exec(lines[first] ?? '');
    if (m) {
      subject = (m[1] ?? '').trim();
      lines = lines.slice(first + 1);
    }
  }
  const { bodyLines, signatureLines } = splitSignature(lines);
  const body = bodyLines.join('\n').trim();
  return {
    plain,
    subject,
    body,
    bodyLower: body.toLowerCase(),
    bodyKeywords: findKeywords(body),
    signature: signatureLines.join('\n').trim(),
    sentences: splitSentences(body),
  };
}

function splitSignature(lines: string[]): { bodyLines: string[]; signatureLines: string[] } {
  // The last sign-off line ("Best,", "Kind regards,") starts the signature.
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    if (SIGN_OFF.test(line) && i > 0) {
      return { bodyLines: lines.slice(0, i), signatureLines: lines.slice(i) };
    }
  }
  // Otherwise trailing short lines without sentence punctuation after a blank line are a signature
  // ("Rachel", "Samir Nasser / Dunecast Precast"), and so is a final dash-led line.
  let end = lines.length;
  while (end > 0 && (lines[end - 1] ?? '').trim() === '') end--;
  let start = end;
  while (start > 0) {
    const line = (lines[start - 1] ?? '').trim();
    if (line === '') break;
    const short = line.split(/\s+/).length <= 6 && !/[.?!:;]$/.test(line);
    if (!(short || DASH_SIGNATURE.test(line))) break;
    start--;
  }
  const precededByBlank = start > 0 && (lines[start - 1] ?? '').trim() === '';
  if (start < end && (precededByBlank || DASH_SIGNATURE.test(lines[start] ?? '')) && start > 0) {
    return { bodyLines: lines.slice(0, start), signatureLines: lines.slice(start, end) };
  }
  return { bodyLines: lines, signatureLines: [] };
}

/**
 * Sentences end at ! or ?, at a full stop before a capital, digit, quote or emoji, and at a line
 * break. "Dr." and "vs." do not end one, and neither does the dot inside a URL.
 */
export function splitSentences(body: string): Sentence[] {
  const out: Sentence[] = [];
  for (const line of body.split('\n')) {
    const rest = line.trim();
    if (!rest) continue;
    let start = 0;
    const pieces: string[] = [];
    const re = /[.!?]+["')\]]*(?=\s+(\S))/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(rest)) !== null) {
      const stop = m.index + m[0].length;
      const piece = rest.slice(start, stop);
      const next = m[1] ?? '';
      const endsWithDot = /\.["')\]]*$/.test(m[0]) && !/[!?]/.test(m[0]);
      if (endsWithDot && (ABBREVIATION.test(piece.replace(/["')\]]+$/, '')) || /^[a-z]/.test(next) && !isLowercaseWriter(rest))) {
        continue;
      }
      pieces.push(piece);
      start = stop;
    }
    pieces.push(rest.slice(start));
    for (const p of pieces) {
      const t = p.trim();
      if (t) out.push({ text: t, lower: t.toLowerCase(), keywords: findKeywords(t), question: /\?["')\]\s\p{Extended_Pictographic}]*$/u.test(t) });
    }
  }
  return out;
}

// Some writers never capitalise ("saw your thread... want it?"); for them a full stop before a
// lowercase word still ends the sentence.
function isLowercaseWriter(line: string): boolean {
  return /^[^\p{L}]*\p{Ll}/u.test(line);
}
