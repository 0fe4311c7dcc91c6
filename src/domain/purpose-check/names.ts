import { lexiconTags, looksLikeFirstName, looksLikeFullName } from '../draft-tidy';
import {
  HERE_THEN_NAME,
  NAME_AND_ORGANISATION,
  NAME_AND_ORGANISATION_CASELESS,
  NAME_HERE,
  NAME_WORK_AT,
  ORGANISATION_PERSON_HERE,
} from './patterns';

/**
 * Who I am without a verb: a line of names and where they work ("Oskar Lindqvist, Tallbarn Freight.",
 * "Ana Gómez y Pablo Ortega, de Uvalia.", "noor haddad, kilnworks."), also after an addressee the
 * greeting did not take ("Ingrid — Tomás Ferreira / Coldtrace."). The shape alone would take a list of
 * places ("Leeds, Bristol, Glasgow.") or a product line ("Smart Checkout, Loopcart Pro."), so the name
 * must start with a first name compromise knows, or be several words it does not know as anything but
 * a name; a lowercase one must start with a known first name. compromise runs only on the few lines
 * that have the shape.
 */
export function namesAndOrganisation(text: string, prospect?: ReadonlySet<string>): boolean {
  // A surname's particles are part of the name: "Pieter van der Merwe" is read as "Pieter Merwe".
  const bare = PARTICLE_WORD.test(text) ? text.replace(NAME_PARTICLES, ' ') : text;
  // What the firm does, in brackets after the tag, is no part of the tag: "Ana Sousa, Liftwerk (scissor lifts,
  // Utrecht).", and after a full name alone it is the tag's company: "Ana Sousa (platform rental, near the RAI)."
  if (ENDS_IN_BRACKET.test(bare)) {
    const bracket = TRAILING_BRACKET.exec(bare);
    if (bracket) {
      const head = bare.slice(0, bracket.index) + (bracket[2] ?? '');
      for (const line of [head, afterAddressee(head)])
        if (line && FULL_NAME_LINE.test(line) && isName(line) && maySignAs(line.replace(/[.!]$/, ''), prospect))
          return true;
      if (namesAndOrganisation(head, prospect)) return true;
    }
  }
  if (!bare.includes(',') && !/\s[\u2014\u2013/|-]\s/.test(bare))
    return (bare.includes('(') || TAG_JOIN.test(bare)) && senderTag(bare, prospect);
  // A signed line is short: a dozen words at most (most sentences are ruled out here, before the patterns).
  if (!AT_MOST_TWELVE_WORDS.test(bare)) return senderTag(bare, prospect);
  const cased = /\p{Lu}/u.test(bare);
  // The line after the addressee, read here and again by senderTag: found once.
  const after = afterAddressee(bare);
  for (const line of [bare, after]) {
    if (!line) continue;
    // The addressee's own name is the greeting, never the signature: "hi nina, let's connect!".
    if (cased) {
      const m = NAME_AND_ORGANISATION.exec(line);
      if (m && isName(m[1] as string) && !isProspect(m[1] as string, prospect)) return true;
    } else {
      const m = NAME_AND_ORGANISATION_CASELESS.exec(line);
      if (
        m &&
        looksLikeFirstName(m[1] as string) &&
        !isProspect(m[1] as string, prospect) &&
        mayBeOrganisation(m[2] as string, prospect)
      )
        return true;
    }
    if (nameWorkAt(line, cased, prospect)) return true;
  }
  return senderTag(bare, prospect, after);
}

/** The clause after a sentence's last spaced dash, when there is one and it is short: "… – Urs Gfeller, Aare Hydraulik.". */
export function dashTail(text: string): string {
  const at = Math.max(text.lastIndexOf(' \u2013 '), text.lastIndexOf(' \u2014 '), text.lastIndexOf(' - '));
  if (at <= 0) return '';
  const tail = text.slice(at + 3).trim();
  return tail.length >= 5 && tail.length <= 90 ? tail : '';
}

function isProspect(name: string, prospect?: ReadonlySet<string>): boolean {
  return !!prospect && words(name).some((w) => prospect.has(w));
}

/** What compromise lists a word as when it cannot describe someone's work: "great", "seeing", "you". */
const NOT_WORK = new Set([
  'Verb',
  'PresentTense',
  'PastTense',
  'Gerund',
  'Participle',
  'Infinitive',
  'Modal',
  'Copula',
  'Auxiliary',
  'Adjective',
  'Adverb',
  'Pronoun',
  'Possessive',
  'Determiner',
  'QuestionWord',
  'Expression',
  'Date',
  'WeekDay',
  'Month',
]);

/**
 * "Yusuf, partnerships at Clean Water Kenya.": a name, a line of work in nouns, and where. The name is
 * a name (not theirs), the work has no verb, adjective or pronoun, and the workplace is capitalised in
 * a cased line or, in lowercase, no word that could not be an organisation's.
 */
function nameWorkAt(line: string, cased: boolean, prospect?: ReadonlySet<string>): boolean {
  const m = NAME_WORK_AT.exec(line);
  if (!m) return false;
  const name = m[1] as string;
  const organisation = m[3] as string;
  // The cheap lexicon look-ups first: naming a name runs compromise's tagger, about a millisecond a word.
  if (isProspect(name, prospect) || NOT_SIGNED.has(name.toLowerCase())) return false;
  for (const w of words(m[2] as string))
    if (NOT_SIGNED.has(w) || lexiconTags(w).some((t) => NOT_WORK.has(t))) return false;
  if (
    cased
      ? !/^\p{Lu}/u.test(organisation) || isProspect(organisation, prospect)
      : !mayBeOrganisation(organisation, prospect)
  )
    return false;
  return cased ? /^\p{Lu}/u.test(name) && isName(name) : looksLikeFirstName(name);
}

/**
 * The sender presented by their workplace, in either case: "Castwell's Priya here", "Weldtek
 * applications team here (Hana)". The name must be one someone signs with and not theirs.
 */
export function organisationPerson(bare: string, prospect?: ReadonlySet<string>): boolean {
  const m = ORGANISATION_PERSON_HERE.exec(bare);
  if (m && maySignAs(m[2] as string, prospect) && mayBeOrganisation(m[1] as string, prospect)) return true;
  const h = HERE_THEN_NAME.exec(bare);
  return !!h && maySignAs(h[2] as string, prospect) && !isProspect(h[1] as string, prospect);
}

/**
 * "deano here, paid social for climbing gyms": a name and "here" say who, as "I'm Deano" does. The name
 * is one someone signs with (not "same here", "everyone here", nor theirs).
 */
export function nameHere(bare: string, prospect?: ReadonlySet<string>): boolean {
  const m = NAME_HERE.exec(bare);
  return (
    !!m &&
    maySignAs(m[1] as string, prospect) &&
    !/^(?:same|all|right|out|over|back|down|up|more|here|note|link|details|nobody|someone|anyone|everyone|people|folks|team)$/i.test(
      m[1] as string,
    )
  );
}

/**
 * A sender's tag in any case, where the name need not be one compromise knows: "kit, hatchline.",
 * "kit here (hatchline, we do local ads for cafés).", "Mara (Loomwise partnerships).", "ivy — kit
 * (hatchline).". Only the shape says it is a name and an organisation, so every word is vetted: the
 * name is no word compromise lists as anything but a name (no greeting, adjective, verb, date, place,
 * plural: "quick one, team." and "Leeds, Bristol." fail), the organisation none it lists as a
 * function word, verb, adjective, date or number ("lead the way", "busy week" fail), and neither is
 * the prospect's own name or company ("rosa, tidewater." is a greeting, not a signature).
 */
/** `after` is afterAddressee(bare), when the caller has it already. */
export function senderTag(bare: string, prospect?: ReadonlySet<string>, after?: string): boolean {
  if (bare.length > 140) return false;
  for (const line of [bare, after ?? afterAddressee(bare)]) {
    if (!line) continue;
    // SENDER_TAG_BRACKETS needs a bracket: most lines have none, and it need not run there.
    const m = (line.includes('(') ? SENDER_TAG_BRACKETS.exec(line) : null) ?? SENDER_TAG.exec(line);
    if (m && maySignAs(m[1] as string, prospect) && mayBeOrganisation(m[2] as string, prospect)) return true;
  }
  return false;
}

/** What may join a name and a company in a tag without a comma or a dash. */
const TAG_JOIN = /\b(?:here|of|from|at)\b|@/i;
const TAG_NAME = "(\\p{L}[\\p{L}'-]+(?:\\s+(?!(?:here|again|of|from|at)\\b)\\p{L}[\\p{L}'-]+)?)(?:\\s+(?:here|again))?";
const TAG_ORGANISATION =
  "(\\p{L}[\\p{L}\\p{N}&.'+-]*(?:\\s+&?\\s*(?!(?:in|near|outside|based|out)\\s)[\\p{L}\\p{N}][\\p{L}\\p{N}&.'+-]*){0,2})";
/** Where the sender is, after the firm: "Chidinma of KudiPoint in Lagos.", "kit, hatchline, based in leeds." */
const TAG_PLACE = '(?:,?\\s+(?:in|near|outside|based in|out of)\\s+\\p{L}[\\p{L}.-]*(?:\\s+\\p{L}[\\p{L}.-]*)?)?';
/** "kit (hatchline).", "Mara (Loomwise partnerships).", "kit here (hatchline, we do local ads for cafés)." */
const SENDER_TAG_BRACKETS = new RegExp(
  `^[\\u2014\\u2013-]?\\s*${TAG_NAME}\\s*\\(\\s*${TAG_ORGANISATION}\\s*(?:[,;:/\\u2014\\u2013-]\\s*[^()]{1,80})?\\)\\s*[.!]?$`,
  'iu',
);
/**
 * "kit, hatchline.", "kit here, hatchline.", "kit — hatchline", "kit @ hatchline here.", "Oliver Pemberton-Ashby
 * of Albury Advisory.", "kit. hatchline." (two tiny lines read as one).
 */
const SENDER_TAG = new RegExp(
  `^[\\u2014\\u2013-]?\\s*${TAG_NAME}\\s*(?:,|\\.(?=\\s)|\\s[\\u2014\\u2013/|@-]|@|\\s(?:of|from|at)\\s)\\s*${TAG_ORGANISATION}(?:\\s+here)?${TAG_PLACE}\\s*[.!]?$`,
  'iu',
);

/**
 * A workplace written in lowercase after "at" or "for" ("loomwise", "hatchline"): one word that may
 * name an organisation and is not a plural ("startups", "clients" are who they serve, not where).
 */
export function mayBeWorkplace(word: string, prospect?: ReadonlySet<string>): boolean {
  const w = word.toLowerCase().replace(/[.-]+$/, '');
  if (/[^s]s$/.test(w) || lexiconTags(w).includes('Plural')) return false;
  return mayBeOrganisation(w, prospect);
}

/** Words that open a line or sign it off but name no one; compromise does not list them all. */
const NOT_SIGNED = new Set([
  'hi',
  'hey',
  'hello',
  'yo',
  'dear',
  'congrats',
  'thanks',
  're',
  'fyi',
  'ps',
  'here',
  'best',
  'regards',
  'cheers',
  'yours',
  'sincerely',
  'warmly',
  'cordially',
  'respectfully',
  'faithfully',
  'truly',
]);
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);
/** What compromise lists a word as when it cannot be an organisation's name or part of it. */
const NOT_AN_ORGANISATION = new Set([
  'Determiner',
  'Pronoun',
  'Possessive',
  'Preposition',
  'Conjunction',
  'Adverb',
  'Adjective',
  'Comparative',
  'Superlative',
  'Expression',
  'Infinitive',
  'PresentTense',
  'PastTense',
  'Gerund',
  'Participle',
  'Modal',
  'Copula',
  'Auxiliary',
  'QuestionWord',
  'Negative',
  'WeekDay',
  'Month',
  'Date',
  'Duration',
  'Holiday',
  'Value',
  'TextValue',
  'Cardinal',
  'Ordinal',
  'Abbreviation',
  'Place',
  'City',
  'Country',
  'Region',
]);

function words(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .split(/[\s&]+/)
    .filter((w) => w !== '');
}

/** A name someone signs with: a first name compromise knows, or words it lists as nothing at all. */
export function maySignAs(name: string, prospect?: ReadonlySet<string>): boolean {
  for (const w of words(name)) {
    if (NOT_SIGNED.has(w) || prospect?.has(w)) return false;
    const tags = lexiconTags(w);
    if (tags.some((t) => NAME_TAGS.has(t))) continue;
    // An unlisted "-ly" word is a manner ("Warmly,", "Honestly,"); the names that end so are listed ("Kelly").
    if (tags.length > 0 || w.endsWith('ly')) return false;
  }
  return true;
}

/** An organisation's name: not the prospect's, and no word of it a function word, verb, adjective, date or number. */
export function mayBeOrganisation(organisation: string, prospect?: ReadonlySet<string>): boolean {
  const ws = words(organisation);
  if (prospect?.has(ws[0] ?? '')) return false;
  // A first word the lexicon does not know is a name ("brazos"): what follows may describe the firm ("iron rental").
  const named = ws.length > 1 && lexiconTags(ws[0] as string).length === 0;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as string;
    if (NOT_SIGNED.has(w) || /^\d/.test(w)) return false;
    // After its first word a name may go on with what the firm does: "Brightside Consulting".
    const describes = (t: string) => i > 0 && (t === 'Gerund' || (named && t === 'Adjective'));
    if (lexiconTags(w).some((t) => NOT_AN_ORGANISATION.has(t) && !describes(t))) return false;
  }
  return true;
}

/** The line after a short addressee ("Ingrid —", "Guten Tag Frau Vogel,"), or '' when there is none. */
function afterAddressee(line: string): string {
  const m = /^[^,\u2014\u2013]{1,40}?(?:,|\s[\u2014\u2013-])\s*/u.exec(line);
  return m && m[0].trim().split(/\s+/).length <= 4 ? line.slice(m[0].length) : '';
}

/** Lowercase particles between the words of a name ("van der Merwe", "de la Cruz"); not "de"/"von" alone, which also say "from". */
/** A cheap first look for NAME_PARTICLES. */
const PARTICLE_WORD = / (?:van|ter|ten|de la|de los|de las|della|degli) /;
const NAME_PARTICLES =
  /(?<=\p{Lu}[\p{L}'-]*)\s+(?:van der|van den|van de|van 't|van|ter|ten|de la|de los|de las|della|degli)\s+(?=\p{Lu})/gu;

const ENDS_IN_BRACKET = /\)\s*[.!]?$/;
const TRAILING_BRACKET = /\s*\(([^()]{2,80})\)\s*([.!]?)$/;
/** Two or three capitalised words and nothing else: "Ana Sousa", "Ana de Sousa" is left to the other tests. */
const FULL_NAME_LINE = /^\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){1,2}[.!]?$/u;

const AT_MOST_TWELVE_WORDS = /^\S+(?:\s+\S+){0,11}$/;

function isName(name: string): boolean {
  // Initials and a surname ("J. Brockmeier"): the surname is a word known as nothing but a name.
  const initialled = /^(?:\p{Lu}\.(?:-\p{Lu}\.)?\s?){1,2}(\p{Lu}\p{Ll}+(?:[-']\p{Lu}?\p{Ll}+)?)$/u.exec(name);
  if (initialled) return lexiconTags(initialled[1] ?? '').every((t) => /Name$/u.test(t));
  const first = (name.split(/\s+/)[0] ?? '').toLowerCase();
  if (looksLikeFirstName(first)) return true;
  return /\s/.test(name) && looksLikeFullName(name);
}
