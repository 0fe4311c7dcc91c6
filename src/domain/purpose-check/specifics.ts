import type { Prospect } from './types';
import { lexiconTags } from '../draft-tidy';
import { capitalisedWords, NOT_PROPER, NUMBER, QUOTED, withoutGreeting } from './patterns';
import { findKeywords, type Keywords } from './screen';

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
 * Words of a company name that say nothing on their own ("Group", "Bank", "GmbH"), and the little words
 * of the languages we check ("Domaine des Cèdres", "Haus der Technik"): "des" in any French sentence is
 * not their company.
 */
const COMPANY_FILLER = new Set([
  'the',
  'and',
  'of',
  'for',
  ...['des', 'les', 'aux', 'une', 'sur', 'pour', 'avec'],
  ...['der', 'die', 'das', 'den', 'dem', 'und', 'für', 'von', 'vom', 'zum', 'zur', 'mit'],
  ...['del', 'los', 'las', 'una', 'por', 'con', 'para'],
  ...['dos', 'das', 'nas', 'nos', 'uma', 'com', 'pelo', 'pela'],
  'group',
  'inc',
  'ltd',
  'llc',
  'plc',
  'gmbh',
  'ag',
  'sa',
  'sas',
  'co',
  'corp',
  'company',
  'bank',
  'partners',
  'holdings',
  'international',
  'global',
  'services',
  'solutions',
  'systems',
  'technologies',
  'labs',
  'university',
  'county',
  'council',
  'city',
  'hospital',
  'hospitals',
  'health',
  'care',
  'capital',
  'foods',
  'energy',
  'resources',
  'industries',
  'properties',
  'construction',
  'school',
  'college',
  // A legal form names every company of its kind, the sender's own too ("Termolis – Cozinhas Profissionais, Lda.").
  ...['lda', 'ltda', 'sarl', 'sàrl', 'srl', 'sprl', 'eurl', 'sasu', 'slu'],
]);

/**
 * The distinctive words of the prospect's company, lowercased: "Coral Sea Aged Care" → coral, sea, aged.
 * A word of the language ("logistics", "water", "clean") does not name their company on its own: to
 * Singh Logistics, "we help logistics teams" says nothing about them, "Singh" does; a name of such words
 * only is named by its first two ("clean water").
 */
export function companyWords(prospect: Prospect | undefined): string[] {
  if (!prospect?.company) return [];
  const all = prospect.company
    .toLowerCase()
    .split(/[^\p{L}\p{N}&]+/u)
    .filter((w) => w.length > 2 && !COMPANY_FILLER.has(w));
  if (all.length < 2) return all;
  const distinctive = all.filter((w) => !lexiconTags(w).some((t) => ORDINARY_WORD.has(t)));
  // A name of ordinary words only ("Clean Water Partners") is named by its first two together.
  return distinctive.length > 0 ? distinctive : [`${all[0]} ${all[1]}`];
}

/**
 * True when compromise lists a lowercase word as a word of the language (a noun, a date, "now", "not"), not as a
 * name, a place or an organisation, and not at all as most acronyms ("fisma", "icam").
 */
export function isCommonWord(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.length > 0 && !tags.some((t) => NAMING.has(t));
}
const NAMING = new Set([
  'Organization',
  'Place',
  'Country',
  'City',
  'Region',
  'Person',
  'FirstName',
  'LastName',
  'Acronym',
]);

/** What compromise lists a word as when it is a word of the language, not a name. */
const ORDINARY_WORD = new Set([
  'Singular',
  'Plural',
  'Uncountable',
  'Adjective',
  'Infinitive',
  'PresentTense',
  'PastTense',
  'Gerund',
  'Adverb',
]);

/** True when a lowercased text names the prospect's company by one of its distinctive words. */
export function namesCompany(lower: string, company: readonly string[]): boolean {
  for (const w of company) {
    const at = lower.indexOf(w);
    if (at < 0) continue;
    const before = at === 0 ? ' ' : (lower[at - 1] as string);
    const after = lower[at + w.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after === "'" ? ' ' : after)) return true;
    // A domain runs its words together: "@polaristel.example", "www.polarisgroup.com" name Polaris Telecom.
    if (
      w.length >= 4 &&
      (before === '@' || lower.endsWith('www.', at)) &&
      DOMAIN_REST.test(lower.slice(at + w.length, at + w.length + 40))
    )
      return true;
  }
  return false;
}
const DOMAIN_REST = /^[\p{L}\p{N}-]*\.[a-z]{2,}/u;

/**
 * How many concrete things a stretch of text names: numbers, quotations and proper nouns other than
 * the prospect's own name and company. "Your post about cutting detention by 18% at the Reno DC"
 * names three; "your impressive profile" names none. `keywords` are those of the text or of any text
 * that contains it (its sentence).
 */
const LETTER_FIRST = /^[A-Za-z0-9"']/;
const LEAD = /^\s*[^\p{L}\p{N}"'\s]+\s*/u;

export function countSpecifics(text: string, prospect: Set<string>, keywords: Keywords = findKeywords(text)): number {
  return count(text, prospect, keywords, false, true);
}

/**
 * Concrete things a sentence says that a template would not, for telling a flawed message from one
 * that could go to anyone. As countSpecifics, except that the length of the ask ("15 minutes", "a
 * 30-min call") names nothing, nor do category acronyms ("IT", "SEO", "CRM"); and in the sender's own
 * introduction (`introduction`) only numbers count, since every template names its sender, their
 * company and their title.
 */
export function countConcrete(text: string, prospect: Set<string>, keywords: Keywords, introduction: boolean): number {
  if (!introduction) return count(text, prospect, keywords, true, true);
  // The introduction ends where the claim starts: "I'm a consultant at Apex Growth | and we've built a
  // checklist for biosimilars in Egypt", "I'm Hannah at Radiq; | our software cuts…".
  const end = text.search(CLAIM_START);
  if (end < 0) return count(text, prospect, keywords, true, false);
  return (
    count(text.slice(0, end), prospect, keywords, true, false) + count(text.slice(end), prospect, keywords, true, true)
  );
}

const CLAIM_START = /;|:\s|\s[\u2014\u2013]\s|,?\s+(?:and|but|so)\s+(?=(?:we|our|we've|we're|i've|i built|i made)\b)/i;

/** Words a mailing shouts in capitals: emphasis, not names. */
const LOUD = new Set(['FREE', 'YES', 'YOUR', 'YOU']);

/** Category acronyms: the names of kinds of work or of job titles, not of anything in particular. */
const CATEGORY_ACRONYMS = new Set([
  'AI',
  'IT',
  'ML',
  'IoT',
  'SEO',
  'PPC',
  'CRM',
  'ERP',
  'HR',
  'PR',
  'QA',
  'UX',
  'UI',
  'CX',
  'API',
  'APIs',
  'B2B',
  'B2C',
  'SaaS',
  'ROI',
  'KPI',
  'KPIs',
  'MVP',
  'SME',
  'SMEs',
  'SMB',
  'SMBs',
  'BPO',
  'CEO',
  'CTO',
  'CFO',
  'COO',
  'CMO',
  'VP',
  'CV',
  'PDF',
]);

/** What follows a number that is the sender's tenure, a credential every template claims: "15 years of experience". */
const TENURE = /^\s*\+?\s*(?:years?|yrs?)\s+(?:of\s+)?(?:experience|expertise)\b/i;

/** What follows a number that is the length of the ask: "15 minutes", "30-min", "1 hr". */
const ASK_LENGTH = /^\s*-?\s*(?:mins?|minutes?|hrs?|hours?)\b/i;

function count(text: string, prospect: Set<string>, keywords: Keywords, concrete: boolean, names: boolean): number {
  const greeted = withoutGreeting(text);
  // An emoji or a dash before the first word ("🙌 Looking forward…") does not make that word a name.
  const t = LETTER_FIRST.test(greeted) ? greeted : greeted.replace(LEAD, '');
  let n = 0;
  if (!concrete) n += NUMBER.match(t, keywords)?.length ?? 0;
  else if (NUMBER.mayMatch(keywords)) {
    for (const m of t.matchAll(NUMBER.re)) {
      const after = t.slice(m.index + m[0].length);
      if (!ASK_LENGTH.test(after) && !TENURE.test(after)) n++;
    }
  }
  // A quotation needs two quote marks of a kind; most sentences have none, or one apostrophe.
  if (twice(t, '"') || twice(t, "'")) n += t.match(QUOTED)?.length ?? 0;
  if (!names) return n;
  // The first word of a sentence is capitalised by grammar, not because it names something.
  const caps = capitalisedWords(t);
  let seen: Set<string> | undefined;
  for (const raw of caps) {
    const word = properWord(raw);
    if (!word || NOT_PROPER.has(word) || (concrete && CATEGORY_ACRONYMS.has(word))) continue;
    const lower = word.toLowerCase();
    if (prospect.has(lower) || seen?.has(lower)) continue;
    // Shouted, not named: "Reply YES for your FREE quote", "Don't let it hurt YOUR business!".
    if (LOUD.has(word)) continue;
    (seen ??= new Set<string>()).add(lower);
    n++;
  }
  return n;
}

/**
 * Whether a character occurs twice in a text (indexOf !== lastIndexOf): a second forward search from the
 * first, not a backward one over the whole text.
 */
function twice(text: string, c: string): boolean {
  const first = text.indexOf(c);
  return first >= 0 && text.indexOf(c, first + 1) >= 0;
}

/** The word without trailing punctuation (['.-]+) and then without a possessive 's: "Acme's." → "Acme". */
function properWord(raw: string): string {
  let end = raw.length;
  while (end > 0) {
    const c = raw.charCodeAt(end - 1);
    if (c !== 39 && c !== 46 && c !== 45) break; // ' . -
    end--;
  }
  if (end >= 2 && raw.charCodeAt(end - 1) === 115 && raw.charCodeAt(end - 2) === 39) end -= 2; // 's
  return end === raw.length ? raw : raw.slice(0, end);
}

/** Specifics over several sentences, each read on its own so that sentence-initial capitals never count. */
export function countSpecificsIn(sentences: readonly { text: string }[], prospect: Set<string>): number {
  let n = 0;
  for (const s of sentences) n += countSpecifics(s.text, prospect);
  return n;
}
