// Suspected typos in the rep's answers ("abuot", "pilto"), so the draft modal can name them before a
// draft carries them to a prospect. Pure: the dictionary comes in as a `Speller` (nspell, loaded once
// at start by the caller). Names, brands, acronyms and chat shorthand are not typos: only a
// lower-case word the dictionary does not know and has a close suggestion for is suspected.
import { looksLikeFirstName } from './draft-tidy';
import { detectLanguage } from './language';

export interface Speller {
  correct(word: string): boolean;
}

export interface SuspectedTypo {
  word: string;
  /** Words one slip away that the dictionary knows, likeliest first (at most three). */
  suggestions: string[];
}

// Shorthand reps type on purpose; the draft keeps or expands it, it is not a misspelling.
const SHORTHAND = new Set(
  (
    'lmk thru w/ yr yrs wk wks hr hrs avg pls plz cos thx ty btw fyi imo tbh asap eod eow eom ok okay lol ' +
    'insta tiktok linkedin youtube github gitlab saas b2b b2c dtc ecommerce fintech proptech adtech martech ' +
    'onboarding offboarding upsell upsells dropoff signup signups webinar webinars podcast podcasts ' +
    'cofounder teardown teardowns playbook playbooks dashboards roadmap roadmaps precon rev ops devops finops ' +
    'repo repos workflow workflows benchmark benchmarked rollout rollouts txn txns mgmt mgr acct dept depts req reqs ' +
    'eng qtr yoy mom cust custs govt intl natl approx info admin config regs conf orgs reqs specs stats'
  ).split(' '),
);

// British spellings ("analyse", "mould", "colour") and regular forms the dictionary lacks
// ("integrations", "tiering") are words, not typos.
const VARIANTS: Array<[RegExp, string]> = [
  [/ise(s|d)?$/, 'ize$1'],
  [/yse(s|d)?$/, 'yze$1'],
  [/isation(s)?$/, 'ization$1'],
  [/our(s)?$/, 'or$1'],
  [/ould$/, 'old'],
  [/tre(s)?$/, 'ter$1'],
  [/ogue(s)?$/, 'og$1'],
  [/lled$/, 'led'],
  [/lling$/, 'ling'],
  [/s$/, ''],
  [/ing$/, ''],
  [/ed$/, ''],
  [/ers?$/, ''],
];

function knownForm(word: string, speller: Speller): boolean {
  return VARIANTS.some(
    ([pattern, replacement]) =>
      pattern.test(word) &&
      word.replace(pattern, replacement).length >= 3 &&
      speller.correct(word.replace(pattern, replacement)),
  );
}

// Contractions typed without their apostrophe: words to a dictionary ("cant", "wont"), slips to a reader.
const MISSING_APOSTROPHE: Record<string, string> = {
  cant: "can't",
  dont: "don't",
  doesnt: "doesn't",
  didnt: "didn't",
  isnt: "isn't",
  wasnt: "wasn't",
  arent: "aren't",
  wont: "won't",
  wouldnt: "wouldn't",
  couldnt: "couldn't",
  shouldnt: "shouldn't",
  havent: "haven't",
  hasnt: "hasn't",
  im: "I'm",
  ive: "I've",
  youre: "you're",
  theyre: "they're",
  thats: "that's",
  whats: "what's",
  weve: "we've",
};

/** Words one slip away from `typed`: neighbours swapped first (the likeliest), then a letter missing, then one too many. */
function slipsOf(typed: string): string[] {
  // The first letter is rarely the slip ("adress" is "address", not "dress"): it stays.
  const out: string[] = [];
  for (let i = 1; i + 1 < typed.length; i++) out.push(typed.slice(0, i) + typed[i + 1] + typed[i] + typed.slice(i + 2));
  for (let i = 1; i <= typed.length; i++)
    for (const ch of 'abcdefghijklmnopqrstuvwxyz') out.push(typed.slice(0, i) + ch + typed.slice(i));
  for (let i = 1; i < typed.length; i++) out.push(typed.slice(0, i) + typed.slice(i + 1));
  return [...new Set(out)].filter((w) => w !== typed && w.length >= 2);
}

const MAX_LOOKUPS = 8;

/** The words of one answer the dictionary does not know, with suggestions; `known` adds words (their company, their name). */
export function suspectedTypos(
  text: string,
  speller: Speller,
  known: ReadonlySet<string> = new Set(),
  max = 3,
  budget: { lookups: number } = { lookups: MAX_LOOKUPS },
): SuspectedTypo[] {
  const found: SuspectedTypo[] = [];
  const seen = new Set<string>();
  // URLs, handles and e-mail addresses are not prose.
  let prose = text.replace(/\b(?:https?:\/\/|www\.)\S+|\S+@\S+|@\S+/gi, ' ');
  // An answer typed in capitals is read in lower case, or its typos ("PILTO") would pass for acronyms.
  const letters = prose.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 8 && letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.7)
    prose = prose.toLowerCase();
  for (const m of prose.matchAll(/(?<![\p{L}\p{N}'’-])\p{L}[\p{L}'’]*(?![\p{L}\p{N}-])/gu)) {
    const word = m[0].replace(/['’]s$/, '').replace(/['’]+$/, '');
    const lower = word.toLowerCase();
    const contraction = MISSING_APOSTROPHE[lower];
    if (contraction && !seen.has(lower) && (word === lower || /^\p{Lu}+$/u.test(word))) {
      seen.add(lower);
      found.push({ word, suggestions: [contraction] });
      if (found.length >= max) break;
      continue;
    }
    // Capitalised words are names and brands more often than typos; acronyms and short words too.
    if (word.length < 4 || /\p{Lu}/u.test(word) || seen.has(lower) || SHORTHAND.has(lower) || known.has(lower))
      continue;
    seen.add(lower);
    // "june", "linkedin": a proper noun typed in lower case is not misspelled.
    if (
      speller.correct(word) ||
      speller.correct(lower) ||
      speller.correct(lower.charAt(0).toUpperCase() + lower.slice(1)) ||
      knownForm(lower, speller) ||
      looksLikeFirstName(lower)
    )
      continue;
    // Only a slip of the fingers counts: two letters swapped ("abuot"), one dropped ("adress") or one
    // doubled ("shippping"). A word one letter away from another word ("tiering", "unbilled") is far
    // more often jargon the dictionary lacks than a typo; naming it would teach reps to ignore the hint.
    // The candidates are generated here rather than by nspell's suggest(), which takes up to 200 ms a
    // word: this runs before the modal's 3-second ack.
    // Bounded: a handful of unknown words are looked into (up to 40 ms each), the modal's 3-second ack waits.
    if (lower.length > 16) continue;
    if (budget.lookups-- <= 0) break;
    const suggestions = slipsOf(lower)
      .filter((candidate) => speller.correct(candidate))
      .slice(0, 3);
    if (suggestions.length === 0) continue;
    found.push({ word, suggestions });
    if (found.length >= max) break;
  }
  return found;
}

/**
 * Suspected typos per answer, for answers written in English (the one language whose dictionary the
 * app loads). `acknowledged` are words the rep has already been shown and kept: not raised twice.
 */
export function typosInAnswers(
  answers: Readonly<Record<string, string | undefined>>,
  fields: readonly string[],
  speller: Speller,
  options: { known?: readonly string[]; acknowledged?: readonly string[] } = {},
): Record<string, SuspectedTypo[]> {
  const all = fields.map((f) => answers[f] ?? '').join('. ');
  if (detectLanguage(all).lang !== 'en') return {};
  const known = new Set(
    [...(options.known ?? []), ...(options.acknowledged ?? [])].flatMap((k) => k.toLowerCase().split(/[^\p{L}'’]+/u)),
  );
  const result: Record<string, SuspectedTypo[]> = {};
  // One budget for the whole modal: eight unknown words looked into, under a second at worst.
  const budget = { lookups: MAX_LOOKUPS };
  for (const field of fields) {
    const typos = suspectedTypos(answers[field] ?? '', speller, known, 3, budget);
    if (typos.length > 0) result[field] = typos;
  }
  return result;
}

export type TypoOptions = { known?: readonly string[]; acknowledged?: readonly string[] };

/** The draft modal's spell check, however the dictionary is held: answers in, suspected typos per answer out. */
export interface SpellCheck {
  typos(
    answers: Readonly<Record<string, string | undefined>>,
    fields: readonly string[],
    options?: TypoOptions,
  ): Promise<Record<string, SuspectedTypo[]>>;
}

/**
 * `typosInAnswers` against a dictionary that answers in batches, elsewhere (another thread): each pass
 * runs the check with what is known so far, collects the words it asked about and did not know, and
 * asks for those. The answer is the pass that asked nothing new (a few passes: the word, then its other
 * cases and forms, then its slips). `lookup` answering null (busy, timed out) gives no hints.
 */
export async function typosInBatches(
  lookup: (words: string[]) => Promise<boolean[] | null>,
  answers: Readonly<Record<string, string | undefined>>,
  fields: readonly string[],
  options: TypoOptions = {},
  maxPasses = 6,
): Promise<Record<string, SuspectedTypo[]>> {
  const known = new Map<string, boolean>();
  for (let pass = 0; pass < maxPasses; pass++) {
    const asked = new Set<string>();
    const speller: Speller = {
      correct: (word) => {
        const k = known.get(word);
        if (k === undefined) asked.add(word);
        return k ?? false;
      },
    };
    const result = typosInAnswers(answers, fields, speller, options);
    if (asked.size === 0) return result;
    const words = [...asked];
    const verdicts = await lookup(words);
    if (!verdicts) return {};
    for (const [i, w] of words.entries()) known.set(w, verdicts[i] === true);
  }
  return {};
}
