import type { Prospect } from './types';
import { CAPITALISED, GREETING, NOT_PROPER, NUMBER, QUOTED } from './patterns';

/**
 * The prospect's own name, company and role are what a mail-merge swaps in, so they never count as a
 * concrete detail. This is the set of their words, lowercased.
 */
export function prospectWords(prospect: Prospect | undefined): Set<string> {
  const words = new Set<string>();
  if (!prospect) return words;
  for (const value of [prospect.name, prospect.company, prospect.role]) {
    if (!value) continue;
    for (const w of value.toLowerCase().split(/[^\p{L}\p{N}&]+/u)) if (w.length > 1) words.add(w);
  }
  return words;
}

/**
 * How many concrete things a stretch of text names: numbers, quotations and proper nouns other than
 * the prospect's own name and company. "Your post about cutting detention by 18% at the Reno DC"
 * names three; "your impressive profile" names none.
 */
export function countSpecifics(text: string, prospect: Set<string>): number {
  const t = text.replace(GREETING, '');
  let n = 0;
  n += t.match(NUMBER)?.length ?? 0;
  n += t.match(QUOTED)?.length ?? 0;
  // The first word of a sentence is capitalised by grammar, not because it names something.
  const caps = t.match(CAPITALISED) ?? [];
  const seen = new Set<string>();
  for (const raw of caps) {
    const word = raw.replace(/['.-]+$/, '').replace(/'s$/, '');
    if (!word || NOT_PROPER.test(word)) continue;
    const lower = word.toLowerCase();
    if (prospect.has(lower) || seen.has(lower)) continue;
    seen.add(lower);
    n++;
  }
  return n;
}

/** Specifics over several sentences, each read on its own so that sentence-initial capitals never count. */
export function countSpecificsIn(sentences: readonly { text: string }[], prospect: Set<string>): number {
  let n = 0;
  for (const s of sentences) n += countSpecifics(s.text, prospect);
  return n;
}
