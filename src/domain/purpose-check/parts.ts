import { clipWords } from './clip';
import { firstWorded, opensMessage, opensWithTeam, type Anatomy, type Sentence } from './anatomy';
import type { Channel, PartName, PartResult } from './types';
import { countConcrete, countSpecifics, namesCompany } from './specifics';
import { lexiconTags, looksLikeFirstName } from '../draft-tidy';
import { concreteMentions, tagWords } from './nlp';
import { namesThingAtHand, type OfferContext, readOfferStructure } from './offer-structure';
import { readerGain } from './reader-gain';
import {
  dashTail,
  mayBeOrganisation,
  mayBeWorkplace,
  maySignAs,
  nameHere,
  namesAndOrganisation,
  organisationPerson,
  senderTag,
} from './names';
import { findKeywords, type Keywords, screened, type Screened } from './screen';
import {
  ASK,
  ASK_WHEN,
  AS_ROLE_AT,
  POST_WORD,
  SERVE_AS,
  AND_REQUEST,
  CHAINED_ASK,
  IMPERATIVE_START,
  LIST_OF_THINGS,
  MORE_REQUESTS,
  REQUEST_BEFORE,
  SENDER_CLAUSE,
  DEFAULT_INVITATION,
  FLATTERY,
  FOR_READER,
  GENERIC_AUDIENCE,
  GENERIC_AUDIENCE_NAMED,
  HIGH_FRICTION,
  I_AM_AGENT_IN,
  MAY,
  PLACE_AFTER,
  NEWS_VERB,
  PITCH_OBJECT,
  RESOURCE,
  ROLE_DETAIL,
  ROLE_OFFER,
  ROLE_PAY,
  ROLE_NAMED,
  THIRD_PARTY_HIRES,
  SEEKS_THEIR_PROFILE,
  PACKAGE_WORDS,
  NOT_A_ROLE_ON_OFFER,
  VAGUE_INTENT,
  VALUE,
  WHO,
  WHO_CASELESS,
  WHY,
  isPraiseOnly,
} from './patterns';

/** What the parts reader found about the ask, beyond its strength: the flags need it. */
export interface AskReading {
  /** Separate things the rep asks for; a friendly closer or an alternative ("or…") is not one. */
  count: number;
  kind: 'question' | 'imperative' | 'conditional' | 'desire' | 'connect' | 'vague' | 'none';
  highFriction: string | undefined;
  /** One of the asks is added after the ask with a request of its own (ADDED_REQUEST, FAVOUR): surely one more. */
  added?: boolean;
}

export interface PartsReading {
  parts: Record<PartName, PartResult>;
  ask: AskReading;
}

interface Hit {
  strength: number;
  evidence: string;
}

const NONE: Hit = { strength: 0, evidence: '' };

function best(a: Hit, b: Hit): Hit {
  return b.strength > a.strength ? b : a;
}

// Evidence is usually one sentence spaced with single spaces already; only other spacing needs the replace.
const ODD_SPACING = /[^\S ]| {2}/;

function clip(text: string, max = 140): string {
  const trimmed = text.trim();
  const t = ODD_SPACING.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
  return t.length <= max ? t : clipWords(t, max);
}

// Evidence is the whole sentence until the end; clipping every candidate would cost more than the check.
function hit(strength: number, sentence: string): Hit {
  return { strength: Math.max(0, Math.min(1, strength)), evidence: sentence };
}

/**
 * A word looked for in a sentence, read from the sentence's keywords. `lower.includes(' here')` searches the
 * whole sentence (a few hundred nanoseconds for a word that opens on a space) and a sentence meets dozens of
 * such looks; the screen's one scan has found every key already. A key is in the text the keywords were found
 * in exactly when its slot is marked, so on that text `has(K, keywords)` is `lower.includes(word)`; on a part
 * of it (the bare text) an unmarked slot still rules the word out, and only a marked one needs the search.
 */
function key(word: string): Screened {
  return screened([word], new RegExp(word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
}
/** lower.includes(word) for the key's word, where whole says lower is the text the keywords were found in. */
function holds(k: Screened, keywords: Keywords, lower: string, whole: boolean): boolean {
  return k.mayMatch(keywords) && (whole || lower.includes(k.keys[0] as string));
}
const K_HERE = key('here');
const K_SPACE_HERE = key(' here');
const K_YOU = key('you');
const K_YOUR = key('your');
const K_THANK = key('thank');
const K_POSSESSIVE = key("'s ");
const K_BOTH = key('both');
const K_CONGRAT = key('congrat');
const K_SAME = key('same');

// ---------- who I am ----------

const FIRST_I_AM = /\b(?:[Ii]'?m|[Ii] am)\s/;

/** Whether the first "I'm" of a sentence says a mood ("I'm sure …", "I'm happy to …") rather than who. */
function isMoodFirst(text: string): boolean {
  const first = FIRST_I_AM.exec(text);
  if (first === null || WHO.notIntro.exec(text.slice(first.index))?.index !== 0) return false;
  // "I'm reaching out because I'm the KAM at Kornmesser": the reason the mood gives is who they are.
  return !MOOD_BECAUSE_I_AM.test(text.slice(first.index + first[0].length));
}
/** A reason clause with them as its subject and a figure in it: "since you're adding 30 rooms", "as you open 3 sites". */
/** Not what they know ("as you know, … since 2008") nor our own messages they left unanswered ("because you did not answer"). */
const SINCE_YOU_WITH_FIGURE =
  /\b(?:since|as|because|now that)\s+you(?:'re| are|'ve| have|'ll| will)?\s+(?!(?:may |might |probably |already |surely )?(?:know|knew|see|saw|can|could|might|did|didn't|don't|do not|haven't|have not|had|hadn't)\b)(?![^.!?,;:]{0,80}?\b(?:answer\w*|repl\w*|respond\w*|message|messages|email|emails|mail|note|inmail)\b)[^.!?,;:]{0,80}?\d/i;
/** Words readWhoIAm looks for (see key): on its lower, whose keywords it has. */
const K_FOUNDER = key('founder');
const K_IM = key('im');
const K_NOW = key('now');
const K_CALLED = key('called');
const K_WHO = key(' who ');
const K_COMMA_I = key(', i ');
const K_ME_BRACKET = key('me)');
const K_WRIT = key(' writ');
const K_JOIN = key('join');
const K_I_HELP = key('i help');
const K_INTRODUCE = key('introduce');
const K_SHARE_A_BIT = key('share a bit');
const MOOD_BECAUSE_I_AM = /^[^.!?]{0,40}?\b(?:because|since|as)\s+(?:[Ii]'?m|[Ii] am)\s/;

// The readers below keep the strongest hit, and the first of equals (best() replaces only a stronger
// one). So a pattern whose hit could not beat what is already found is not run at all: the answer is
// the same, and most sentences skip most patterns once a clear introduction has been seen.

export function readWhoIAm(anatomy: Anatomy, prospect?: ReadonlySet<string>): Hit {
  let found = NONE;
  const beats = (strength: number): boolean => strength > found.strength;
  const sentences = anatomy.sentences;
  // A writer who uses capitals names people with them; one who uses none is read in any case.
  const cased = /\p{Lu}/u.test(anatomy.body);
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i] as Sentence;
    const { text } = sentence;
    if (!beats(1)) break;
    // Shorthand read as the words it stands for ("kurt bellamy, broker w haulwise", "kurt @ haulwise"); the
    // evidence quoted is still what the rep wrote.
    const casual =
      CASUAL_WITH_AT.test(sentence.lower) || (K_IM.mayMatch(sentence.keywords) && CASUAL_IM.test(sentence.lower));
    const spelled = (s: string): string =>
      s
        .replace(CASUAL_WITH_AT_ALL, (m) => (m.includes('@') ? ' at ' : ' with '))
        .replace(CASUAL_IM_ALL, (m) => m.replace(/im/i, "i'm"));
    const lower = casual ? spelled(sentence.lower) : sentence.lower;
    const bare = casual ? spelled(sentence.bare) : sentence.bare;
    const keywords = casual ? findKeywords(lower) : sentence.keywords;
    // Near the start, names and where they work say who without a verb: "Oskar Lindqvist, Tallbarn Freight.";
    // as the last line they are a signature run into the body, and count as one.
    const signedLast = i > 0 && i === sentences.length - 1;
    // So are they just before a closing question: "… which you're welcome to use. Grace, Rushes. Shall I send the PDF?"
    // Not a customer's name under their quoted words: '"It halved our rework." Maria Chen, Fresh Direct.'
    const signedBeforeAsk =
      i >= 3 &&
      i === sentences.length - 2 &&
      sentences[i + 1]?.question === true &&
      !/["\u201d\u00bb]\s*$/u.test(sentences[i - 1]?.text ?? '');
    const tagged = signedLast || signedBeforeAsk ? 0.6 : 0.85;
    if (beats(tagged) && (i < 3 || signedLast || signedBeforeAsk) && bare.length <= 90) {
      if (namesAndOrganisation(bare, prospect)) found = best(found, hit(tagged, text));
      else if (i < 3 && TINY_LINE.test(bare)) {
        // A writer who stops after every word splits a tag in two: "kit." then "hatchline.".
        const next = sentences[i + 1]?.text ?? '';
        if (TINY_LINE.test(next) && senderTag(`${bare} ${next}`, prospect))
          found = best(found, hit(0.85, `${text} ${next}`));
      }
    }
    // A tag after a dash ends a sentence that said something else: "Dara Byrne suggested you – Tom Reyes, Castwell."
    // Whether a spaced dash is in the sentence, asked up to three times below: read once.
    const dashed = i < 3 || signedLast ? SPACED_DASH.test(text) : undefined;
    if (beats(0.85) && dashed) {
      const tail = dashTail(text);
      if (tail && tail !== bare && namesAndOrganisation(tail, prospect)) found = best(found, hit(0.85, text));
    }
    // A tag with a trade and a place instead of a firm: "Gary Lindqvist, industrial real estate, Chicago.",
    // "Omar, Toronto product/food photographer."
    if (beats(0.85) && i < 3 && bare.includes(',') && (TAG_TRADE_PLACE.test(bare) || TAG_TRADE.test(bare)))
      found = best(found, hit(0.85, text));
    // A tag whose firm is followed by what it does: "Bartek Nowak, SkyGauge - drone roof + facade inspections, Chicago."
    if (beats(0.85) && i < 3 && dashed) {
      const head = dashHead(bare);
      if (head && namesAndOrganisation(`${head}.`, prospect)) found = best(found, hit(0.85, text));
    }
    // A tag that opens the message and runs on after a comma: "janelle - dwayne pruitt (halverson & tate), we talked …".
    if (beats(0.85) && i < 3 && bare.includes('),') && openingTag(bare, prospect)) found = best(found, hit(0.85, text));
    // A section labelled as who, wherever it stands: "Who's writing - Dana Okafor, Keelstone Talent."
    if (beats(0.85) && !signedLast && WHO_LABEL.test(bare)) {
      const rest = bare.replace(WHO_LABEL, '');
      if (rest.length <= 90 && namesAndOrganisation(rest, prospect)) found = best(found, hit(0.85, text));
    }
    // Casing says nothing about who: a lowercase line ("sam here, founder of dockhand") is read by its shape.
    if (beats(0.85)) {
      const bareLower = bare === text ? lower : bare.toLowerCase();
      const whole = bareLower === lower;
      if (WHO_CASELESS.nameRole.test(bareLower, keywords)) found = best(found, hit(0.9, text));
      else if (beats(0.8) && nameFromCompany(bareLower, keywords, prospect)) found = best(found, hit(0.8, text));
      else if (beats(0.8) && WHO_CASELESS.iAmNameAt.test(bareLower, keywords)) found = best(found, hit(0.8, text));
      else if (beats(0.85) && worksForNamed(bareLower, keywords, prospect)) found = best(found, hit(0.85, text));
      else if (beats(0.85) && POSSESSIVE_OR_HERE.test(bareLower, keywords) && organisationPerson(bare, prospect))
        found = best(found, hit(0.85, text));
      else if (beats(0.85) && asRoleAt(bareLower, keywords, prospect)) found = best(found, hit(0.85, text));
      else if (beats(0.95) && servesAs(bareLower, keywords, prospect)) found = best(found, hit(0.95, text));
      else if (beats(0.8) && droppedSubjectWork(bare, bareLower, prospect)) found = best(found, hit(0.8, text));
      else if (beats(0.85) && selfLabelled(bareLower, prospect, bare)) found = best(found, hit(0.85, text));
      else if (beats(0.8) && holds(K_FOUNDER, keywords, bareLower, whole) && founderOf(FOUNDER_OF, bareLower, prospect))
        found = best(found, hit(0.8, text));
      else if (beats(0.8) && holds(K_NOW, keywords, bareLower, whole) && founderOf(CAREER_TURN, bareLower, prospect))
        found = best(found, hit(0.8, text));
      else if (beats(0.8) && holds(K_CALLED, keywords, bareLower, whole) && founderOf(RUN_CALLED, bareLower, prospect))
        found = best(found, hit(0.8, text));
      else if (
        beats(0.8) &&
        holds(K_POSSESSIVE, keywords, bareLower, whole) &&
        founderOf(THEIR_OWN_ROLE, bareLower, prospect)
      )
        found = best(found, hit(0.8, text));
      else if (beats(0.8) && fromTheirTeam(bareLower, keywords, prospect)) found = best(found, hit(0.8, text));
      else if (beats(0.75) && holds(K_WHO, keywords, bareLower, whole) && THEIR_REGULAR.test(bareLower))
        found = best(found, hit(0.75, text));
      else if (beats(0.75) && WHO_CASELESS.occupationHere.test(bareLower, keywords))
        found = best(found, hit(0.75, text));
      else if (beats(0.7) && WHO_CASELESS.iMade.test(lower, keywords)) {
        found = best(found, hit(WHO_CASELESS.iAmName.test(bareLower, keywords) ? 0.85 : 0.7, text));
      }
    }
    // A name and what they do in the first person, with or without a firm: "Gary Lindqvist, I broker industrial
    // in the north suburbs", "rob - jen, i sell drone roof surveys in the county".
    if (beats(0.85) && i < 3 && K_COMMA_I.mayMatch(keywords) && namedThenDoes(bare, cased, bare !== text, prospect))
      found = best(found, hit(0.85, text));
    // Themselves in the third person: "Colin Abara (that's me) leads its Gulf Coast team", "Colin Abara writes on
    // behalf of Thornbury Safety Partners".
    if (
      beats(0.85) &&
      ((K_ME_BRACKET.mayMatch(keywords) && THATS_ME.test(bare)) || (K_WRIT.mayMatch(keywords) && WRITES_FOR.test(bare)))
    )
      found = best(found, hit(0.85, text));
    // A career and the firm joined: "I taught for eleven years before joining Storyladder".
    if (beats(0.8) && K_JOIN.mayMatch(keywords) && JOINED_FIRM.test(bare)) found = best(found, hit(0.8, text));
    // What they do for whom: "For context, I help UK brands with the Dutch and Belgian market".
    if (beats(0.6) && K_I_HELP.mayMatch(keywords) && I_HELP.test(bare)) found = best(found, hit(0.6, text));
    if (!MAY.introduce.test(lower)) continue;
    const selfIntro = MAY.introduceSelf.test(lower, keywords);
    const iDo = MAY.doWork.test(lower, keywords);
    // The mood is read at the first "I'm", the one that would introduce: "I'm KAM at Kornmesser and I'm happy to tell
    // you …" introduces, whatever mood a later "I'm" has.
    const moodOnly = selfIntro && isMoodFirst(text) && !WHO.named.test(text);
    if (selfIntro && !moodOnly && WHO.namedWithAffiliation.test(text)) found = best(found, hit(1, text));
    if (beats(0.95) && iDo && WHO.doesAt.test(text)) found = best(found, hit(0.95, text));
    // Casing says nothing about where: "i look after partnerships at loomwise" names a workplace too.
    if (beats(0.85) && iDo && doesAtWorkplace(lower, prospect)) found = best(found, hit(0.85, text));
    if (beats(0.9) && namedFrom(WHO.nameFrom.exec(text), text)) found = best(found, hit(0.9, text));
    if (beats(0.95) && selfIntro && !moodOnly && WHO.roleNoun.test(text)) {
      found = best(found, hit(WHO.roleWithAffiliation.test(text) ? 0.95 : 0.75, text));
    }
    if (beats(0.8) && selfIntro && !moodOnly && I_AM_AGENT_IN.test(text)) found = best(found, hit(0.8, text));
    if (beats(0.8) && anyMatches(WHO.withCompany, text, keywords)) found = best(found, hit(0.8, text));
    if (beats(0.65) && iDo && WHO.doesSomething.test(text)) found = best(found, hit(0.65, text));
    if (beats(0.6) && selfIntro && !moodOnly && WHO.named.test(text)) found = best(found, hit(0.6, text));
    if (beats(0.6) && K_SPACE_HERE.mayMatch(keywords) && nameHere(bare, prospect)) found = best(found, hit(0.6, text));
    if (beats(0.65) && MAY.nameOrganisation.test(lower, keywords) && WHO.weAreA.test(text)) {
      // A named organisation ("Loyalty Loop", "CartIQ") or a concrete one ("a 4-person studio that builds
      // shop sites") says more than "a leading provider". The greeting's "Hi Jamal" names no organisation.
      const named = /\b[A-Z][a-z]+[A-Z]|\b[A-Z][a-z]+ [A-Z][a-z]+/.test(bare);
      const concrete = CONCRETE_ORGANISATION.test(lower) && !PITCH_WORDS.test(lower);
      found = best(found, hit(named || concrete ? 0.65 : 0.45, text));
    }
    // Both need a capital after a preposition or "here"; most sentences are ruled out by a substring. Both are
    // screened on the sentence's own keywords (text's, not the spelled-out lower's).
    if (
      beats(0.9) &&
      (K_SPACE_HERE.mayMatch(keywords) || (dashed ?? SPACED_DASH.test(text))) &&
      WHO.signedIntro.test(text, sentence.keywords)
    )
      found = best(found, hit(0.9, text));
    if (beats(0.85) && WORK_AT_WORDS.test(lower, keywords) && WHO.workAt.test(text, sentence.keywords))
      found = best(found, hit(0.85, text));
    // A career line says who, if not where: "I've done 5 yrs of controls at a drone startup".
    if (
      beats(0.6) &&
      ((CAREER_WORDS.mayMatch(keywords) && CAREER_LINE.test(text)) || DROPPED_I_TRACK_RECORD.test(bare))
    )
      found = best(found, hit(0.6, text));
    if (beats(0.5) && (K_INTRODUCE.mayMatch(keywords) || K_SHARE_A_BIT.mayMatch(keywords))) {
      if (WHO.introduce.test(text)) found = best(found, hit(0.5, text));
    }
  }
  // A signature says who, weakly: a name and a company line is more than a bare first name,
  // and "The NovaAI Team" is no person at all. A name on the sign-off's line ("Cheers, Hamid Rahimi") counts.
  const sig = anatomy.signature
    .split('\n')
    .map((l) => l.trim().replace(SIGN_OFF_WORDS, ''))
    .filter((l) => l !== '');
  if (sig.length > 0) {
    const joined = sig.join(' / ');
    let strength = 0.25;
    // Signed by a team, not by a person whose department is the line under their name ("Suresh Iyer / Business Development, …").
    if (opensWithTeam(sig[0] as string)) strength = 0.15;
    // Their own career told in the body and their name signed under it say who, as a role and company would.
    else if (found.strength < CAREER_AND_NAME && found.strength >= 0.6) {
      const career = tellsCareer(sentences);
      if (career) return hit(CAREER_AND_NAME, career);
    }
    // The slash of a link is no separator: "book here → hatchline.co/book" names no one.
    // A firm in brackets after the name ("Pieter (Vaalbank Wear & Conveyor)") is a second line run into the first.
    else if (sig.length >= 2 || /[,/|@]|\s[\u2014\u2013-]\s|\S\s*\(\p{Lu}/u.test(joined.replace(LINK, '')))
      strength = 0.6;
    found = best(found, hit(strength, joined));
  }
  return found;
}

/**
 * Whether a sentence opens on a name (after the reader's, as in "rob - jen, …") and goes on with what the
 * writer does: capitalised where the writer uses capitals, and a first name compromise knows where they do not.
 */
function namedThenDoes(
  bare: string,
  cased: boolean,
  greeted: boolean,
  prospect: ReadonlySet<string> | undefined,
): boolean {
  const m = NAME_THEN_I_DO.exec(bare);
  if (!m) return false;
  // A lowercase name right after the greeting is theirs ("hi lea, i do audits"): the greeting keeps only capitals.
  if (greeted && !cased && m[1] === undefined) return false;
  const words = (m[2] as string).split(/\s+/);
  if (words.some((w) => prospect?.has(w.toLowerCase()))) return false;
  return cased ? words.every((w) => /^\p{Lu}/u.test(w)) : looksLikeFirstName(words[0] as string);
}
const NAME_THEN_I_DO =
  /^([\p{L}'-]+(?:\s+[-\u2013\u2014]|,)\s+)?(\p{L}[\p{L}'-]*(?:\s+\p{L}[\p{L}'-]*)?),\s+i\s+(?:do|sell|run|broker|lease|build|make|help|handle|manage|lead|place|insure|book|ship|source|supply|install|design|train|hire|fund|finance|coach|advise|represent|cover|look after|specialise|specialize|teach|produce|shoot|fix|repair|service|work|own|recruit|rent|move|haul|print|photograph|film|edit|audit|inspect|survey|clean)\b/iu;
/** "(that's me)" after a name, or a name that writes for a firm: the sender in the third person. */
const THATS_ME = /\p{Lu}\p{L}+(?:\s+\p{Lu}[\p{L}'-]+)?\s*\((?:that's|that is|that\u2019s) me\)/u;
const WRITES_FOR =
  /^\p{Lu}\p{L}+(?:\s+\p{Lu}[\p{L}'-]+)?\s+(?:writes|is writing)\s+(?:on behalf of|for|from)\s+\p{Lu}/u;
/** A first-person career and the firm joined after it. */
const JOINED_FIRM =
  /\b(?:I|I've|I have)\b[^.!?]{0,80}\b(?:before|since|after|when I)\s+(?:joining|I joined|joined)\s+\p{Lu}[\p{L}\p{N}&'-]*/u;
/** "I help UK brands with …", "I help small builders price jobs": whom the sender works for, and on what. */
const I_HELP =
  /(?:^|[,;:]\s*)I help\s+(?:[\p{L}\p{N}&'-]+\s+){0,3}?(?:brands|companies|firms|teams|founders|businesses|clinics|schools|districts|retailers|shops|stores|restaurants|builders|contractors|manufacturers|practices|agencies|startups|nonprofits|charities|banks|insurers|hospitals|landlords|owners|buyers|sellers|people|leaders|managers|reps|engineers|farms|growers|hotels|venues)\b/u;

/** "w", "w/" and "@" between words, as casual writers put "with" and "at". */
const CASUAL_WITH_AT = /\s(?:w\/?|@)\s/i;
const CASUAL_WITH_AT_ALL = new RegExp(CASUAL_WITH_AT.source, 'gi');
/** "im" for "I'm", as texting writers put it: "hi janet im jt turner w ridgeline iron". */
const CASUAL_IM =
  /(?:^|[\s,])im\s(?!(?:sure|not|going|so|just|really|very|afraid|sorry|glad|happy|writing|reaching|curious)\b)/i;
const CASUAL_IM_ALL = new RegExp(CASUAL_IM.source, 'gi');

/**
 * Thanks for time spent together, placed in time or at an event: "thanks again for the time at … on Thursday", "Thanks
 * for walking 600 W. Chicago with me". Read in the body, as a sentence cut at an abbreviation still says it. Where they
 * met alone ("we met at the coffee stand") does not say who the sender was.
 */
const THANKS_FOR_THE_TIME =
  /\bthanks?(?: you)?(?: so much| again)? for (?:the|your) (?:time|chat|call|conversation|meeting|coffee)\b[^.?!]{0,60}?\b(?:at(?! your convenience)|on(?! (?:this|that|it)\b)|yesterday|today|during)\b|\bthanks?(?: you)?(?: again)? for (?:walking|touring|showing|hosting|having)\b[^?!]{0,60}?\bwith me\b/i;

/** How strongly a career told in the body and a signed name say who. */
const CAREER_AND_NAME = 0.75;

/** "sam from dockhand." in any case; without capitals only the words say it is a company: "juicebox analytics", not "every major core". */
function nameFromCompany(lower: string, keywords: Keywords, prospect: ReadonlySet<string> | undefined): boolean {
  // nameFrom tries a name at every clause start; each of its matches has the joining word between spaces.
  if (!SPACED_FROM_AT_WITH.test(lower)) return false;
  const m = WHO_CASELESS.nameFrom.exec(lower, keywords);
  // "Rent-to-own from R2,999 p/m.": a price, not a firm.
  return !!m && !PRICE_LIKE.test(m[1] as string) && mayBeOrganisation(m[1] as string, prospect) && namedFrom(m, lower);
}

/** What the sender does for a kind of customer: "I help SaaS sales teams …", "We work with Tier 1 suppliers …". */
const WHAT_WE_DO =
  /^\W*(?:(?:hi|hello|hey|dear)\s+[^,.!?]{1,30}[,!]\s*)?(?:i|we)\s+(?:help|work with|support|partner with|serve)\b/i;

/** What every match of WHO_CASELESS.nameFrom holds: its joining word with whitespace on either side. */
const SPACED_FROM_AT_WITH = /\s(?:from|at|with|@)\s/;

/** A currency's letters then a figure: "R2,999", "US$29", "Rs5000". */
const PRICE_LIKE = /^\p{L}{0,3}\$?\d/u;

/**
 * Where the sender works, with "I'm" left out as notes do: "Now brokering at Quayline Insurance.", "Selling
 * freight at Portlink these days.", "Recently joined Haldane as an account manager.", "Now at Kestrel, on
 * the Gulf lanes." The work verb opens the sentence and the place is a workplace, not theirs or a plural
 * ("Working with Acme's buyers", "selling at farmers' markets"). A capitalised writer capitalises it.
 */
function droppedSubjectWork(bare: string, lower: string, prospect: ReadonlySet<string> | undefined): boolean {
  const m = DROPPED_I_WORK.exec(lower) ?? (lower.includes('i') ? I_JOINED.exec(lower) : null);
  if (!m) return false;
  const place = m[1] ?? m[2] ?? '';
  const at = lower.lastIndexOf(place, m.index + m[0].length - place.length);
  const capitalised = /\p{Lu}/u.test(bare.slice(1));
  if (capitalised && !/^\p{Lu}/u.test(bare.slice(at))) return false;
  return mayBeWorkplace(place, prospect);
}
const DROPPED_I_WORK =
  /^\W*(?:[\p{L}'-]+(?:\s+[\p{L}'-]+)?\s*[,\u2014\u2013]\s*)?(?:(?:now|currently|these days|lately|recently|just)\s+)?(?:(?:brokering|selling|working|running|leading|recruiting|heading(?: up)?|managing|consulting|covering|handling|looking after|representing|placing|servicing|advising|engineering|designing|buying|trading)\b(?:\s+(?!at\b|for\b|with\b)[\p{L}&'-]+){0,3}?\s+(?:at|for|with)|(?:now|currently)\s+(?:at|with)|(?:recently\s+|just\s+)?(?:joined|moved to|started at))\s+(?!(?:the|a|an|our|my|your|their|this|that|these|those|you|them|it|scale|least|home|work|night|nights|once|times|now|all|\d)\b)([\p{L}][\p{L}\p{N}&.-]*)/u;

/**
 * The sender by the work they already do for the reader, which the reader has seen: "I'm the rep who restocks your
 * dressing cupboard on Tuesdays", "I'm the guy who fills the vending machines at your depot", "you may know me as
 * the engineer who services your boilers".
 */
const THEIR_REGULAR =
  /\b(?:i'm|i am|know me as)\s+(?:the|your)\s+(?:[\p{L}-]+\s+){0,2}?(?:one|guy|person|woman|man|lady|rep|driver|engineer|technician|tech|fitter|courier|supplier|contact|vendor|cleaner|mechanic|inspector|installer)\s+(?:who|that)\s+(?:(?:usually|always|normally|regularly)\s+)?(?:restocks|stocks|fills|refills|services|delivers|cleans|supplies|repairs|maintains|fixes|inspects|collects|installs|looks after|drives|reads|checks|tests|handles|covers|visits|calls on|brings|drops off|picks up|tunes|waters|empties|calibrates)\b[^.!?]{0,50}?\byour\b/u;

/** The same with "I" said: "I have recently joined Kestrel Shipping as BDM", "I've moved to Portlink as…". */
const I_JOINED =
  /\bi(?:'ve| have)?\s+(?:(?:recently|just)\s+(?:joined|moved to)\s+(?!(?:the|a|an|our|my|your|their|this|that|you|them|it|\d)\b)([\p{L}][\p{L}\p{N}&.-]*)|(?:joined|moved to)\s+(?!(?:the|a|an|our|my|your|their|this|that|you|them|it|\d)\b)([\p{L}][\p{L}\p{N}&.-]*)(?:\s+[\p{L}\p{N}&.-]+){0,3}?\s+as\b)/u;

/**
 * A founder's role at a named company, wherever it stands in the writer's own sentence: "Quick intro:
 * Tomasz, 12 years on press lines, founder of Shiftboard", "I'm Ana and, since 2019, co-founder of Dockhand".
 * The writer comes first (a name and a comma, "I'm", "me", "here"); a founder who then said something is
 * who sent them ("Lena, founder of CartIQ, told me…"), and their own company is theirs.
 */
function founderOf(pattern: RegExp, lower: string, prospect: ReadonlySet<string> | undefined): boolean {
  const m = pattern.exec(lower);
  if (!m || !mayBeOrganisation(m[1] as string, prospect)) return false;
  // RUN_CALLED and THEIR_OWN_ROLE say "I" themselves.
  if (pattern === FOUNDER_OF || pattern === CAREER_TURN) {
    if (!WRITER_BEFORE.test(lower.slice(0, m.index))) return false;
  }
  // Set off by commas, the person may go on to speak: "Lena, ex-Google, now building CartIQ, told me…".
  const after = lower
    .slice(m.index + m[0].length)
    .replace(REST_OF_ORGANISATION, '')
    .replace(/^\s*,/, '');
  return !REFERRER_VERB.test(after);
}
const FOUNDER_OF =
  /\b(?:co-?)?founders?\s+(?:of|at)\s+(?!(?:the|a|an|my|our|your|their|this|that)\b)([\p{L}][\p{L}\p{N}&.-]*)/u;
/**
 * A labelled self-introduction, a name after the label: "Me: Dana Pike, ex-nurse, …", "About me — Dana, …",
 * "quick intro: tomasz, …". "Me too:" is no label, and "Me: I like presses." names no one.
 */
function selfLabelled(lower: string, prospect: ReadonlySet<string> | undefined, bare = lower): boolean {
  const m = SELF_LABEL.exec(lower);
  const name = m?.[1];
  if (!m || !name) return false;
  if (maySignAs(name, prospect)) return true;
  // A first and last name in capitals after the label is a name, whatever else the word means ("Jasmine Tan").
  const at = m.index + m[0].length - name.length;
  return !prospect?.has(name) && /^\p{Lu}[\p{L}'-]+\s+\p{Lu}[\p{L}'-]+/u.test(bare.slice(at));
}
const SELF_LABEL =
  /^\W*(?:me|about me|myself|who i am|quick intro|(?:a\s+)?(?:quick\s+)?(?:bit|word|note|line|reminder)\s+(?:about|on|of)\s+(?:me|who i am))\s*(?::|\s[\u2014\u2013-])\s*([\p{L}][\p{L}'-]+)/u;
/** A career's turn to the company now run: "ex-plant mgr, now building shiftboard", "formerly at Arup, now running Kiln". */
const CAREER_TURN =
  /\b(?:ex-|former(?:ly)?\s|previously\s)[^.!?;]{1,40}?[,;\u2014\u2013-]?\s+(?:and\s+)?now\s+(?:building|running|making|(?:co-?)?founder\s+of|ceo\s+of|at)\s+(?!(?:the|a|an|my|our|your|their|this|that)\b)([\p{L}][\p{L}\p{N}&.-]*)/u;
/** The writer's own firm, named after what it is: "I co-run a small planning outfit called Loadline". */
const RUN_CALLED =
  /\bi\s+(?:co-?run|run|own|co-own|started|founded|co-founded|built|set up|lead|manage)\s+(?:a|an)\s+[^.!?;]{0,40}?\b(?:called|named)\s+(?!(?:the|a|an|my|our|your|their|this|that)\b)([\p{L}][\p{L}\p{N}&.-]*)/u;
/** A founder's or owner's role in the possessive, the writer's own: "As Loadline's owner I see…". */
const THEIR_OWN_ROLE =
  /\b(?:as\s+)?([\p{L}][\p{L}\p{N}&.-]*)'s\s+(?:co-?)?(?:founder|owner|ceo|managing director)\b(?=[^.!?]*\b(?:i|i'm|i've|here|me)\b)/u;
const WRITER_BEFORE = /\b(?:i'm|i am|me|myself|here|intro|about me)\b|^\W*[\p{L}'-]+(?:\s+[\p{L}'-]+)?\s*,/u;

/** "kenz from the loopwell team": a name and a team at a firm that is not theirs. */
function fromTheirTeam(lower: string, keywords: Keywords, prospect: ReadonlySet<string> | undefined): boolean {
  const m = WHO_CASELESS.nameFromTeam.exec(lower, keywords);
  return !!m && mayBeOrganisation(m[1] as string, prospect) && namedFrom(m, lower);
}

/** "As a recruiter at Talentbridge I…": the sender's role and workplace, set before their own clause. */
function asRoleAt(lower: string, keywords: Keywords, prospect: ReadonlySet<string> | undefined): boolean {
  const place = AS_ROLE_AT.exec(lower, keywords)?.[1];
  return !!place && mayBeWorkplace(place, prospect);
}

/** "I serve as Director of Capture at Northgate": a post, with where it is held. */
function servesAs(lower: string, keywords: Keywords, prospect: ReadonlySet<string> | undefined): boolean {
  const m = SERVE_AS.exec(lower, keywords);
  return !!m && POST_WORD.test(` ${m[1] ?? ''}`) && mayBeWorkplace(m[2] as string, prospect);
}

/** "i'm on loomwise's partnerships team", "I'm Loomwise's partnerships lead": where, in the possessive. */
function worksForNamed(lower: string, keywords: Keywords, prospect: ReadonlySet<string> | undefined): boolean {
  const m = WHO_CASELESS.possessiveTeam.exec(lower, keywords);
  const place = m?.[1];
  if (!m || !place || !mayBeOrganisation(place, prospect)) return false;
  // "on the Lintas side" names a firm; "on the sales side", "on the buy side" name a part of any firm.
  return !/\s(?:side|end)$/.test(m[0]) || lexiconTags(place).length === 0;
}

/**
 * "Lena from CartIQ" is the sender unless that person goes on to say something: "Dara at Quayside
 * said you…" names who sent them, the referrer, not who is writing.
 */
function namedFrom(m: RegExpExecArray | null, text: string): boolean {
  if (!m) return false;
  const after = text.slice(m.index + m[0].length).replace(REST_OF_ORGANISATION, '');
  return !REFERRER_VERB.test(after);
}
const REST_OF_ORGANISATION = /^[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*)*/u;
const REFERRER_VERB =
  /^\s*(?:\([^)]*\)\s*)?(?:said|says|mentioned|told|tells|suggested|recommended|thought|thinks|pointed|introduced|asked|shared|passed|put me|flagged|tipped)\b/i;

/**
 * "i place builders risk + GL for small home builders at halverson & tate": each place named after the
 * verb is tried in turn, and the first that may be a workplace says where they work.
 */
function doesAtWorkplace(lower: string, prospect?: ReadonlySet<string>): boolean {
  const m = WHO_CASELESS.doesAt.exec(lower);
  if (!m) return false;
  if (mayBeWorkplace(m[1] as string, prospect)) return true;
  let rest = lower.slice(m.index + m[0].length);
  for (let tries = 0; tries < 3; tries++) {
    const next = LATER_PLACE.exec(rest);
    if (!next) return false;
    if (mayBeWorkplace(next[1] as string, prospect)) return true;
    rest = rest.slice(next.index + next[0].length);
  }
  return false;
}
const LATER_PLACE = new RegExp(`^\\s*(?:[\\p{L}&/+-]+\\s+){0,4}?${PLACE_AFTER}`, 'u');

/** The head of a sentence up to a bracket closed before a comma: "dwayne pruitt (halverson & tate)". */
function openingTag(bare: string, prospect?: ReadonlySet<string>): boolean {
  const head = /^[^()]{2,60}\([^()]{2,60}\)(?=,\s)/u.exec(bare)?.[0];
  return head !== undefined && senderTag(head, prospect);
}
/** A label that heads a section on who is writing: "Who's writing -", "About me:", "Who I am —". */
const WHO_LABEL =
  /^\s*(?:[\u2022\u00b7*-]\s*)?(?:(?:who(?:'s| is) writing|who i am|about me|a bit about me)\s*[-:\u2013\u2014]|(?:who|me|from)\s*:|[\u2022\u00b7*](?=\s*\p{Lu}))\s*/iu;

/** "u" for "you", as texting writers put it. */
const SHORT_YOU = /(?:^|\s)u\s/;

/** A cheap first look for organisationPerson. */
const POSSESSIVE_OR_HERE = screened(["'s ", '\u2019s ', 'here'], /['\u2019]s |\bhere\b/);

/** One or two words and a full stop: half of a tag split in two ("kit." "hatchline."). */
const TINY_LINE = /^[\p{L}][\p{L}'-]*(?:\s+[\p{L}][\p{L}'-]*)?\.$/u;

/** What makes "we're a … studio" concrete: its size, its kind, or what it does for whom. */
const CONCRETE_ORGANISATION =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)[- ](?:person|people|strong)\b|\b(?:small|tiny|solo|boutique|family-run|independent|bootstrapped|employee-owned)\b|\b(?:that|who)\s+(?:build|make|run|design|write|fix|ship|sell|train|place|recruit|audit|test|translate|install|repair)s?\b|\b(?:doing|building|making|designing|fixing|running)\b/;
/** Claims any firm makes of itself: they say nothing about which one. */
const PITCH_WORDS =
  /\b(?:leading|#1|number one|premier|top|trusted|award-winning|world-?class|best-in-class|cutting-?edge|innovative|next-gen|one-stop)\b/;

const LINK = /\b(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+\/\S*/g;

/** A cheap first look for WHY.openRole. */
const ROLE_WORD = /role|position|opening|job|req/;

const SIGN_OFF_WORDS =
  /^(?:thanks\s*(?:&|and)\s*regards|(?:(?:best|kind|warm|warmest|many|with)\s+)?(?:regards|wishes|thanks)|thank you|best|cheers|sincerely|all the best)\b[\s,.!:;\u2014\u2013-]*/i;

/** A sentence that is only a sign-off and a name: "Best regards, Richard", "Warmly, Marisol", "Cheers!". */
const SIGN_OFF_LINE =
  /^\W*(?:thanks\s*(?:&|and)\s*regards|(?:(?:best|kind|warm|warmest|many|with)\s+)?(?:regards|wishes|thanks)|thank you|best|cheers|sincerely|all the best|warmly|yours(?: sincerely| faithfully| truly)?)\b[\s,.!:;\u2014\u2013-]*(?:\p{L}[\p{L}'.-]*(?:\s+\p{L}[\p{L}'.-]*){0,2})?\W*$/iu;

/** Information they asked for, delivered in the message. */
const AS_PROMISED_HERE = /\bas (?:promised|requested|you asked)\b[^.!?]{0,20}\bhere(?:'s| is| are)\b/i;
/** A stage offered to the reader: a speaking slot, a keynote, a seat on a panel, a guest spot. */
const STAGE_OFFERED =
  /\b(?:speaking (?:slot|spot)|keynote (?:slot|spot)|(?:the|opening|closing) keynote is (?:still )?open|panel(?:ist)? (?:seat|spot|slot)|(?:love|like|want) (?:to have )?you (?:on (?:it|the panel|stage|our panel)|as (?:a |our )?(?:speaker|panell?ist|guest))|(?:guest|speaker) (?:spot|slot)|fireside)\b/i;
/** A cheap first look for STAGE_OFFERED. */
const STAGE_WORDS = screened(
  ['keynote', 'panel', 'speak', 'fireside', 'guest', 'you on ', 'you as '],
  /keynote|panel|speak|fireside|guest|you on |you as /,
);
/** A stage that is sold, not offered. */
const PAID_STAGE =
  /\b(?:sponsor(?:ship|ed)? (?:package|slot|tier)|package starts|(?:costs?|priced at|for just) [£$€]\d)/i;

/** A cheap first look for MET_IN_PERSON. */
const MET_WORDS = screened(
  [
    'meet',
    'exchange',
    'conversation',
    'chat',
    'talk',
    'speak',
    'stopping by',
    'visiting',
    'coming by',
    'booth',
    'stand',
  ],
  /meet|exchange|conversation|chat|talk|speak|stopping by|visiting|coming by|booth|stand/,
);
/** A meeting in person with the reader, or an exchange there, recalled. */
const MET_IN_PERSON =
  /\b(?:(?:nice|great|good|lovely) (?:meeting|to meet|chatting|talking|speaking)(?: with)?(?: you| u)?(?: briefly)? (?:at|during|after|on|yesterday|last)|(?:further to|following up (?:on|from)|following|after) our (?:brief |short |quick )?(?:exchange|conversation|chat|talk) (?:at|during)|thanks? (?:you )?for (?:stopping by|visiting|coming by) (?:our|the) (?:booth|stand)|(?:at|on|by) our (?:booth|stand) you (?:asked|said|mentioned|told me))\b/i;

/**
 * Their company named only as the one we would serve ("we'd love to do the same for Mercy General",
 * "how we could support Aurelis"): the sentence's details are ours (our customers, the call's length), not theirs.
 */
const WE_SERVE =
  /\b(?:we|i|us|me)\b[^.?!]{0,80}?\b(?:support|help|serve|the same for|work with|partner with)\s+(?:the\s+)?[\p{L}\p{N}&'-]+(?:\s+[\p{L}\p{N}&'-]+){0,3}?(?=\s*(?:[.?!]|$)|\s+(?:too|as well|next|this)\b)/gu;
function onlyServed(lower: string, company: readonly string[]): boolean {
  if (!WE_SERVE.test(lower)) return false;
  WE_SERVE.lastIndex = 0;
  return !namesCompany(lower.replace(WE_SERVE, ' '), company);
}
/** What an organisation did that a reader can date: the event a sentence naming them reports. */
const THEIR_EVENT =
  /\b(?:launched|opened|announced|released|published|raised|hired|won|shipped|acquired|expanded|rolled out|unveiled|introduced|completed|broke ground|went live|moved)\b/;

/** A change at their organisation under way: "is adding the new cath lab wing", "are opening a second plant". */
const THEIR_CHANGE_NOW =
  /\b(?:is|are|'s|'re)\s+(?:now\s+|currently\s+)?(?:adding|opening|building|expanding|moving|rolling out|launching|hiring|replacing|upgrading|renovating|consolidating|migrating|commissioning|switching|bringing|relocating|merging)\b/;

const DATE_OR_QUANTITY_WORD =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|yesterday|today|tonight|last|this|next|ago|since|week|month|quarter|year|spring|summer|autumn|fall|winter|half|third|quarter|double|twice|triple|dozen|hundred|thousand|million|billion|percent|first|second|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\b/i;

const SENDER_FIRST = /^\W*(?:i|we|i'm|we're|i've|we've|our|my)\b/i;
/** A document said to be theirs after it: "… published for your shutdown", "… issued by your council". */
const FOR_YOURS = /^[^.?!]{0,30}?\b(?:published|issued|put out|sent out|released)\s+(?:for|by)\s+your\b/i;
/** Ours before it: "our tender", "my proposal for". */
const OUR_DOC_BEFORE = /\b(?:our|my)\s+(?:[\w-]+\s+)?$/i;
/** Something of theirs that falls due at a time: a renewal, a lease, a licence, an audit. */
const YOUR_DUE =
  /\byour\s+(?:[\w&'-]+\s+){0,3}?(?:renewal|licen[cs]e|lease|contract|permit|audit|inspection|certification|accreditation|tender|rfp|deadline|filing|registration|policy|insurance|subscription|warranty)s?\b[^.?!]{0,30}?\b(?:(?:is|are|comes?|falls?|runs?|goes)\s+(?:due|up(?: for renewal)?|out)\b|(?:(?:is|are)\s+)?(?:expir|end|clos|renew)\w*)[^.?!]{0,20}?\b(?:this|next) (?:year|month|quarter|spring|summer|autumn|fall|winter)\b|\byour\s+(?:[\w&'-]+\s+){0,3}?(?:renewal|licen[cs]e|lease|contract|permit|audit|inspection|certification|accreditation|tender|rfp|deadline|filing|registration|policy|insurance|subscription|warranty)s?\b[^.?!]{0,30}?\b(?:(?:is|are|comes?|falls?|runs?|goes)\s+(?:due|up(?: for renewal)?|out)\b|(?:(?:is|are)\s+)?(?:expir|end|clos|renew)\w*)[^.?!]{0,20}?\b(?:in|on|by|at the end of)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|q[1-4]|(?:19|20)\d\d)\b/i;
/**
 * A sentence that opens on the sender introducing themselves by name or role: "I'm Dan Hughes, a broker with …",
 * "My name is …", "This is Wei Ling from …". Not "I'm writing because …" (a verb after "I'm", lower case).
 */
const SELF_INTRO =
  /^\W*(?:(?:[Ii]['’]m|I am|[Mm]y name(?:['’]s| is)|[Tt]his is|[Ww]e(?:['’]re| are))\s+(?:[A-Z]|an?\s+(?!(?:bit|little|few|quick|huge|big|great)\b))|[Ii]['’]m\s+(?:with|from|at)\s)/;

const YEARS_COUNT =
  '(?:\\d+\\+?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)(?:-[a-z]+)?';
const CAREER_LINE = new RegExp(
  `\\b[Ii](?:'ve| have)? (?:done|spent|worked|led|run|built|been)\\b[^.!?]{0,30}?\\b${YEARS_COUNT} (?:yrs?|years?)\\b|\\b${YEARS_COUNT} (?:yrs?|years?) (?:in|of|at|as)\\b`,
);
/** The sender speaks: a career line must be their own, not their firm's ("30 years in business") or the reader's. */
const FIRST_PERSON = /\b(?:I|I'm|I've|my|me)\b/;

/**
 * The sender's own career, told: "With forty years of experience in joinery, I…", "I spent 25 years as a
 * production manager", "Shot underwater campaigns before". A person's letter, however stock the rest.
 */
export function tellsCareer(sentences: readonly Sentence[]): string | undefined {
  for (const { text, bare, keywords } of sentences) {
    // Cheap words first: this runs on every message, and few sentences name years or a past at all.
    if (CAREER_WORDS.test(text, keywords) && CAREER_LINE.test(text) && FIRST_PERSON.test(text)) return text;
    // The track record is anchored at the sentence's start, so it fails sooner than a search for its words.
    if (DROPPED_I_TRACK_RECORD.test(bare) && PAST_WORDS.test(bare, keywords)) return text;
  }
  return undefined;
}
/** Words CAREER_LINE cannot match without. */
const CAREER_WORDS = screened(['yr', 'year'], /yrs?\b|years?\b/);
/** Words DROPPED_I_TRACK_RECORD cannot match without. */
const PAST_WORDS = screened(
  ['before', 'previously', 'past', 'years', 'decade', 'since'],
  /\b(?:before|previously|past|years|decade|since)\b/i,
);

/**
 * A track record with its "I've" left out, as notes do: "Shot underwater campaigns before", "Designed
 * menus for 12 cafés since 2019". The work comes first and a time that makes it the writer's past closes
 * it; "Built for teams like yours" is a product, not a person.
 */
const DROPPED_I_TRACK_RECORD =
  /^(?:shot|photographed|filmed|designed|built|wrote|written|ran|run|led|installed|fitted|surveyed|audited|sold|placed|coached|trained|edited|produced|illustrated|translated)\s+(?!for\b|by\b|to\b|with\b|in\b|out\b)[^.!?;]{3,80}?\b(?:before|previously|in the past|for (?:years|\d+ years|a decade)|since (?:19|20)\d\d)\s*(?:[,;:.!?\u2014\u2013(-]|$)/i;

/** A dash that sets off a signature ("— Reza, SDR at Kelvara"), not a hyphen inside a word. */
const SPACED_DASH = /(?:^|\s)[\u2014\u2013-]\s/;
/** A name, a trade and a place, and no firm: "Gary Lindqvist, industrial real estate, Chicago." */
const TAG_TRADE_PLACE =
  /^(?:\p{Lu}[\p{L}'-]+,\s+)?\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){1,2},\s+[a-z][a-z&/ -]{2,40},\s+\p{Lu}[\p{L}.' -]{1,30}\.?$/u;
/** A name and a trade: "Omar, Toronto product/food photographer." */
const TAG_TRADE =
  /^(?:\p{Lu}[\p{L}'-]+,\s+)?\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?,\s+(?:an?\s+)?[\p{L}/&' -]{0,40}\b(?:photographer|videographer|designer|consultant|broker|engineer|developer|recruiter|accountant|bookkeeper|lawyer|attorney|architect|planner|coach|trainer|copywriter|editor|producer|agent|adviser|advisor|electrician|plumber|contractor|translator|illustrator|stylist|caterer|florist|realtor)\.?$/u;
/** The words before the first spaced dash, when they hold a comma (a name and a firm): "Bartek Nowak, SkyGauge". */
function dashHead(bare: string): string {
  const m = /^([^\u2014\u2013-]{5,60}?)\s[\u2014\u2013-]\s/.exec(bare);
  return m && (m[1] as string).includes(',') ? (m[1] as string) : '';
}

/**
 * Something they run or teach, in the present: "you run the …", "you teach a …", "you chair the …"; not a supposition
 * ("If you run a warehouse …") or what we would help them do ("helps you lead the market").
 */
const YOU_RUN =
  /(?<!\b(?:if|when|whenever|whether|case|helps?|let|lets|to|can|could|will|would)\s+)\byou\s+(?:currently\s+|still\s+|now\s+)?(?:run|lead|teach|organi[sz]e|host|chair|coach|coordinate|curate|moderate|edit|judge)\s+(?:the|a|an|your|that)\s/i;

/** A cheap first look for SEEKS_THEIR_PROFILE: one of its nouns must be there. */
const PROFILE_WORDS = screened(['experience', 'profile', 'background', 'skill'], /experience|profile|background|skill/);

/** A cheap first look for WHO.workAt: one of its verbs must be there. */
const WORK_AT_WORDS = screened(
  [
    "i'm",
    'im',
    'i am',
    'i founded',
    'i co-founded',
    'i started',
    'i run',
    'i lead',
    'i head',
    'i own',
    'i help',
    'i work with',
    'i advise',
    'i coach',
    'i support',
    ', where i ',
    'every day',
    'each day',
    'daily',
    'day in',
    'for a living',
    ' here',
  ],
  /\b(?:i'?m|i am|i founded|i co-founded|i started|i run|i lead|i head|i own|i help|i work with|i advise|i coach|i support)\b|, where i |\b(?:every day|each day|daily|day in,? day out|for a living) at | here\b/,
);

function anyMatches(patterns: readonly Screened[], text: string, keywords: Keywords): boolean {
  for (const p of patterns) if (p.test(text, keywords)) return true;
  return false;
}

// ---------- why you ----------

export function readWhyYou(
  anatomy: Anatomy,
  prospect: Set<string>,
  company: readonly string[] = [],
): Hit & { flatteryOnly: boolean; specifics: () => number } {
  let found = NONE;
  let flattery = false;
  const beats = (strength: number): boolean => strength > found.strength;
  const sentences = anatomy.sentences;
  // Concrete things each sentence names, counted when first needed: most readings never need them.
  const specs: number[] = sentences.map(() => -1);
  const specificsOf = (i: number): number => {
    let spec = specs[i] as number;
    if (spec < 0) {
      const { bare, keywords } = sentences[i] as Sentence;
      spec = specs[i] = countSpecifics(bare, prospect, keywords);
    }
    return spec;
  };
  const bonusOf = (i: number): number => Math.min(specificsOf(i), 3) * 0.05;
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i] as Sentence;
    // The greeting names the prospect; it is never the detail. The sentence's keywords screen its
    // bare text too: that is the sentence's end, so any keyword in it is in the sentence.
    const text = sentence.bare;
    const keywords = sentence.keywords;
    const whole = text === sentence.text;
    const lower = whole ? sentence.lower : text.toLowerCase();
    const before = found;
    const flattering = FLATTERY.test(text, keywords);
    if (flattering) flattery = true;
    if (!beats(1)) continue;
    const artifact =
      (MAY.haveArtifact.test(text, keywords) ? WHY.artifact.exec(text) : null) ??
      (holds(K_THANK, keywords, lower, whole) ? WHY.thankedFor.exec(text) : null);
    // "Your FREE no-obligation quote", "your complimentary audit": what we would give them, not a work of theirs; nor is
    // what our thing is for ("Board-ready dashboards for your annual report"), unless they are thanked for it.
    const forTheirs =
      artifact !== null &&
      /\bfor\s+$/i.test(text.slice(Math.max(0, artifact.index - 5), artifact.index)) &&
      !/\b(?:thank\w*|kudos|congrat\w*|props|hats off|voted|credit|known|famous)\b/i.test(
        text.slice(0, artifact.index),
      );
    if (artifact && !OURS_TO_GIVE.test(artifact[0]) && !forTheirs) {
      // "Your post about cutting detention time by 18%" is a detail; "your posts" is a compliment.
      const after = text.slice(artifact.index + artifact[0].length);
      const pinned = specificsOf(i) > 0 || WHY.artifactTopic.test(after);
      const plural =
        /s$/i.test(artifact[0]) &&
        !/(?:series|news|analysis|thesis|results|remarks|slides|comments|coverage)$/i.test(artifact[0]);
      found = best(found, hit(pinned ? 0.85 + bonusOf(i) : plural ? 0.3 : 0.55, text));
    }
    const you = holds(K_YOU, keywords, lower, whole);
    const made = you ? WHY.youMade.exec(text) : null;
    if (made && (specificsOf(i) > 0 || WHY.artifactTopic.test(text.slice(made.index + made[0].length)))) {
      found = best(found, hit(0.85 + bonusOf(i), text));
    }
    // Their plans given as the reason for writing, with a figure: "Since you're adding 30 rooms to the seminar wing", as
    // "da Sie … um 30 Zimmer erweitern" in German.
    if (beats(0.75) && you && SINCE_YOU_WITH_FIGURE.test(text)) found = best(found, hit(0.75, text));
    // Texting shorthand is the word it stands for: "since u posted that oilfield orders are back".
    // Praise of what they did with nothing of it named ("Impressive what you have built at <their company>") is flattery.
    if ((you || SHORT_YOU.test(lower)) && WHY.youDid.test(text) && (!flattering || specificsOf(i) > 0))
      found = best(found, hit(0.8 + bonusOf(i), text));
    // What they do now, named where it is done: "You run the grader certification course in Trois-Rivières".
    if (beats(0.75) && !flattering && !sentence.question && you && YOU_RUN.test(text) && specificsOf(i) > 0)
      found = best(found, hit(0.75, text));
    if (beats(0.75) && !sentence.question && you) {
      const past = WHY.youPast.exec(lower);
      if (
        past &&
        !WHY.hypothesis.test(lower.slice(0, past.index)) &&
        countSpecifics(text.slice(past.index + past[0].length), prospect, keywords) > 0
      )
        found = best(found, hit(0.75 + bonusOf(i), text));
    }
    // A post or ad of theirs naming the role they hire for: "the job post for a robotics technician at Lagos Steelworks".
    if (beats(0.8) && !flattering && WHY.hiring.test(text, keywords)) {
      const theirs = YOUR.test(text) || namesCompany(lower, company) || WHY.possessive.test(text);
      if (theirs && !SENDER_FIRST.test(text)) found = best(found, hit(0.8, text));
    }
    if (
      beats(1) &&
      MAY.nameSomeone.test(text, keywords) &&
      (WHY.mutualNamed.test(text) || WHY.referredBy.test(text) || WHY.introVia.test(text))
    ) {
      found = best(found, hit(1, text));
    }
    // A document or event of theirs pinned by a number or a name: "RFP #2024-17", "the Q3 board minutes".
    // The screen first: counting a sentence's specifics costs more than looking for the word.
    const source = beats(0.7) && !flattering ? WHY.source.exec(text, keywords) : null;
    if (source && specificsOf(i) >= 1) {
      // Theirs, not the sender's own: numbered ("RFP #2024-17"), or in a sentence that is not about us.
      // Or said to be for theirs: "I'm writing because the call for contractors published for your October shutdown …".
      const after = text.slice(source.index + source[0].length);
      if (
        /^\s*#?\d/.test(after) ||
        !SENDER_FIRST.test(text) ||
        (FOR_YOURS.test(after) && !OUR_DOC_BEFORE.test(text.slice(0, source.index)))
      )
        found = best(found, hit(0.7, text));
    }
    // A role of theirs said to be open is a concrete reason for a recruiter to write.
    if (
      beats(0.8) &&
      !flattering &&
      (holds(K_YOUR, keywords, lower, whole) || (K_POSSESSIVE.mayMatch(keywords) && text.includes("'s "))) &&
      ROLE_WORD.test(lower) &&
      WHY.openRole.test(text)
    )
      found = best(found, hit(specificsOf(i) > 0 ? 0.85 : 0.65, text));
    // Someone who told the sender about them, however the name is written.
    if (beats(0.85) && WHY.referrer.test(text, keywords)) found = best(found, hit(0.85, text));
    // Their organisation named next to something concrete: "Coral Sea Aged Care has advertised 22
    // roles", "Galil's S-1 flags…". The prospect's own words never count as the detail itself.
    if (beats(0.85) && !flattering) {
      const aboutThem =
        ((namesCompany(lower, company) && !onlyServed(lower, company)) ||
          (K_POSSESSIVE.mayMatch(keywords) && text.includes("'s ") && WHY.possessive.test(text))) &&
        !GENERIC_AUDIENCE.test(text, keywords) &&
        !GENERIC_AUDIENCE_NAMED.test(text, keywords) &&
        !DEFAULT_INVITATION.test(text, keywords);
      if (aboutThem) {
        const spec = specificsOf(i);
        if (spec >= 2) found = best(found, hit(0.85, text));
        else if (spec === 1) found = best(found, hit(0.75, text));
        // An event of theirs with its time needs no capital: "so glowhaus launched the refill subscription on tuesday".
        else if (THEIR_EVENT.test(lower) && DATE_OR_QUANTITY_WORD.test(lower)) found = best(found, hit(0.75, text));
        // Seen doing it now: "Saw Mercy Crossing is adding the new cath lab wing." The tense dates it.
        else if (THEIR_CHANGE_NOW.test(lower) && WHY.perceived.test(text, keywords))
          found = best(found, hit(0.75, text));
      }
    }
    // A date of theirs coming up, said to them: "Your EA renewal is due this year, isn't it?", "your lease ends in June".
    if (
      beats(0.75) &&
      holds(K_YOUR, keywords, lower, whole) &&
      (!sentence.question || TAG_QUESTION.test(text)) &&
      YOUR_DUE.test(text)
    )
      found = best(found, hit(0.75, text));
    if (beats(0.85) && MAY.haveMet.test(lower, keywords) && WHY.met.test(text)) found = best(found, hit(0.85, text));
    if (beats(0.7) && holds(K_BOTH, keywords, lower, whole) && WHY.bothAt.test(text))
      found = best(found, hit(0.7, text));
    // Time with them in person, a promise made to them, a workplace shared: history only they have with the sender.
    if (beats(0.85) && mayHaveSat(lower, keywords, whole) && SAT_OR_SEATED.test(lower) && WHY.satWith.test(text))
      found = best(found, hit(0.85, text));
    if (beats(0.8) && SHARED_WORDS.test(lower, keywords)) {
      if (WHY.promised.test(text)) found = best(found, hit(0.8, text));
      else if (beats(0.75) && WHY.sharedPast.test(text)) found = best(found, hit(0.75, text));
    }
    if (beats(0.85) && MAY.haveUsed.test(lower, keywords) && WHY.usedTheirs.test(text))
      found = best(found, hit(0.85, text));
    // A purchase of theirs the sender just made, with what they saw of it here or next.
    if (
      beats(0.8) &&
      WHY.boughtRecently.test(text, keywords) &&
      (WHY.theirSurface.test(text) || WHY.theirSurface.test((sentences[i + 1] as Sentence | undefined)?.bare ?? ''))
    )
      found = best(found, hit(0.8, text));
    if (beats(0.5) && MAY.thank.test(lower, keywords) && WHY.theyInitiated.test(text))
      found = best(found, hit(0.5, text));
    if (holds(K_THANK, keywords, lower, whole) && WHY.theyEngaged.test(text))
      found = best(found, hit(0.55 + bonusOf(i), text));
    if (beats(0.3) && MAY.alumni.test(lower, keywords) && WHY.alumni.test(text)) found = best(found, hit(0.3, text));
    const congrats = holds(K_CONGRAT, keywords, lower, whole) ? WHY.congrats.exec(text) : null;
    if (congrats) {
      // "Congrats on the new role!" is LinkedIn's own prompt: only a detail makes it about them.
      const tail = congrats[1] ?? '';
      const s = countSpecifics(tail, prospect, keywords);
      // Their own new title or company named is thin but real ("on the move to Head of People at Ferrovia").
      const named =
        s === 0 &&
        tail
          .toLowerCase()
          .split(/[^\p{L}\p{N}]+/u)
          .some((w) => w.length > 2 && prospect.has(w));
      found = best(found, hit(s === 0 ? (named ? 0.45 : 0.3) : 0.5 + Math.min(s, 3) * 0.12, text));
    }
    const perceived = WHY.perceived.exec(text, keywords);
    const seen = perceived ?? reportedOfThem(text, lower, keywords, company);
    if (seen) {
      const tail = text.slice(seen.index + seen[0].length);
      if (!WHY.genericTarget.test(tail) && !flattering) {
        // A paper that reports it is named in the report itself: "The Shields Gazette says you…".
        const s = countSpecifics(tail, prospect, keywords) + (NEWS_VERB.test(tail) ? 1 : 0) + (perceived ? 0 : 1);
        const detail = /\b(?:that|about|how|where|when)\b/i.test(tail) ? 0.1 : 0;
        const strength = s === 0 ? 0.25 + detail : 0.5 + Math.min(s, 3) * 0.12 + detail;
        found = best(found, hit(strength, text));
      }
    }
    // What a medium said of them, in a clause of its own: "read in the chamber bulletin that your bottling plant
    // is adding a night shift", "a post by the port authority said your berth slots are being cut". A medium
    // named with nothing it said ("saw your recent post") is left to the artifact's weaker reading.
    if (beats(0.75) && !flattering && (seen || !SENDER_FIRST.test(text))) {
      const said = WHY.mediumSaid.exec(text, keywords);
      if (said && (seen || !OURS_BEFORE.test(text.slice(0, said.index)))) {
        const clause = text.slice(said.index + said[0].length);
        if (saysSomethingOfThem(clause, text.slice(said.index), company))
          found = best(found, hit(0.75 + bonusOf(i), text));
      }
    }
    // A place of theirs the sender was at, with its street, day or count: "drove past your site on
    // Harland Road on Monday, three panels going up at once".
    if (beats(0.8) && WHY.visited.test(text, keywords) && specificsOf(i) >= 2) found = best(found, hit(0.8, text));
    // A site of theirs by its name: "…almost the same size as your Castleford warehouse".
    if (beats(0.75) && holds(K_YOUR, keywords, lower, whole)) {
      const site = WHY.namedSite.exec(text)?.[1];
      if (site && !namesOnly(site, prospect) && !PLATFORM.test(site)) found = best(found, hit(0.75, text));
    }
    // A concrete detail about their world without a verb of seeing: "…cloning your mobile banking
    // login, hosted on three domains registered last week".
    // Told as something that happened ("Your evidence to the Transport Committee on 3 March … prompted
    // this note"), not as what could happen to them ("your team could save 20 hours with Acme"), it is a fact
    // about them, not a pitch: the tense says which.
    // The sender's own introduction ("I'm Dan from Clearway Cover – we could save you a few quid") names the sender's
    // people and firm, not theirs: its names are no detail about the reader, whatever "your" it pitches. Nor does what
    // the sender does for a kind of customer ("I help SaaS sales teams … sync to your CRM").
    if (
      beats(0.5) &&
      !flattering &&
      WHY.your.test(text, keywords) &&
      !SELF_INTRO.test(text) &&
      !WHAT_WE_DO.test(sentence.bare)
    ) {
      const spec = specificsOf(i);
      const happened =
        !sentence.question && !SENDER_FIRST.test(text) && WHY.happened.test(text) && !WHY.mood.test(text);
      if (spec >= 2) found = best(found, hit(happened ? 0.7 : 0.5, text));
      else if (spec === 1) found = best(found, hit(0.35, text));
    }
    // Only their role said with a verb ("Saw on LinkedIn that you head up HR at Kaveri", "As Head of HR at Kaveri, you
    // look after payroll"): true of thousands, however its title is capitalised. Read only when this sentence gave most.
    if (found !== before && found.strength > 0.25 && roleDoneOnly(text, lower)) found = best(before, hit(0.25, text));
  }
  if (found.strength < 0.4 && !flattery) found = best(found, secondOpinion(sentences, prospect, company));
  const specifics = (): number => {
    let n = 0;
    for (let i = 0; i < sentences.length; i++) n += specificsOf(i);
    return n;
  };
  // Fields named, not spread: a spread here cost as much as some of the patterns above.
  return {
    strength: found.strength,
    evidence: found.evidence,
    flatteryOnly: flattery && found.strength < 0.4,
    specifics,
  };
}

/**
 * Every alternative of WHY.satWith names them ("you"), thanks them, or says "the same": most sentences
 * that pass SAT_OR_SEATED ("a quick call", "this time of year") have none of them. On the lowercased text.
 */
function mayHaveSat(lower: string, keywords: Keywords, whole: boolean): boolean {
  return (
    holds(K_YOU, keywords, lower, whole) ||
    holds(K_THANK, keywords, lower, whole) ||
    holds(K_SAME, keywords, lower, whole)
  );
}

/**
 * What leads in to their role: a seeing verb ("I see", "Saw on LinkedIn that", "Looks like", "Your profile says"), or
 * their title set before it ("As Head of HR at Kaveri,"); or nothing, the sentence opening on "you".
 */
const ROLE_LEAD_IN =
  /^\W*(?:(?:(?:i\s+)?(?:see|saw|noticed?|understand|gather|read|hear|heard|learn(?:ed|t)|know|spotted)|(?:it\s+)?(?:looks|seems)\s+like|your\s+(?:linkedin|profile|bio|website|site)(?:\s+profile)?\s+(?:says|shows|mentions|lists)|as\s+(?:the\s+|a\s+|an\s+)?[^,.;:!?]{2,50},)\s*(?:(?:on|from|in|via)\s+(?:your\s+|the\s+)?(?:linkedin|profile|website|site|bio)(?:\s+profile)?\s*,?\s*)?(?:that\s+)?)?you(?:['’]re|\s+are)?\s+(?:currently\s+|also\s+)?(?:lead|run|head(?:\s+up)?|oversee|manage|look\s+after|handle|own|direct|coordinate|supervise|responsible\s+for|in\s+charge\s+of|heading(?:\s+up)?|leading|running|managing|overseeing|looking\s+after|handling|work\s+in|working\s+in)\s/;
/** A lead-in that is history with them or someone's word: "As we discussed at the summit, you …", "As Priya mentioned, …". */
const ROLE_LEAD_TOLD =
  /\b(?:we|met|spoke|talked|discussed|chatted|mentioned|promised|told|said|asked|suggested|recommended|introduced|referred|per)\b/;
/** A department or function every firm has: what a role is over. */
const ROLE_FIELD_EN =
  /\b(?:payroll|hr|human resources|people|procurement|purchasing|buying|logistics|warehouses?|warehousing|operations|ops|finance|accounts|accounting|sales|marketing|it|facilities|maintenance|quality|production|manufacturing|supply chain|fleet|transport(?:ation)?|compliance|legal|talent|recruiting|recruitment|hiring|training|l&d|customer service|support|security|safety|engineering|sourcing|inventory|dispatch|distribution|teams?|department|function|division|unit|office|plants?|sites?|branch(?:es)?|stores?)\b/;
/** A project, an event, a change or a time: what they lead is then a reason ("the SAP migration", "since the merger"). */
const ROLE_MORE_EN =
  /\d|\b(?:migration|rollout|roll-out|launch|opening|move|relocation|project|implementation|upgrade|transition|integration|expansion|build|buildout|renovation|review|audit|tender|rfp|search|programme|program|pilot|conference|festival|event|course|merger|acquisition|new|newly|just|recently|now|since|took|promoted|moved|joined|appointed|stepped|which|who|that|where|after|before|while|when|because|but|with|ago|during|following|posted|said|wrote|shared|mentioned|talked|spoke)\b/;
/** A word that opens where a role is: "at Northgate", "chez Lefèvre", "de Distribuciones Morales", "bei Kessler". */
const PLACE_WORD =
  /^(?:at|for|in|of|over|from|chez|à|a|au|aux|de|del|des|du|d'|da|do|das|dos|em|en|na|no|nos|nas|bei|im|am|von|der)$/i;
/** An article or joining word inside a firm's or place's name: "Hale & Sons", "Distribuciones de la Costa". */
const NAME_JOIN = /^(?:de|del|da|do|das|dos|la|las|los|le|les|el|the|of|&|du|des|von|der|die|den|l'|d')$/i;
/** Whether a word is capitalised as a name is ("Northgate", "l'Oréal", "d'Alves"). */
const namelike = (word: string): boolean => /^\p{Lu}/u.test(word.replace(/^[ldLD]['’]/, '')) && word !== 'I';
/**
 * Whether what follows a role's verb is only the function and where it is: a few words for the function ("the fleet",
 * "la logística", "den Einkauf"), then at most one firm or place ("at Northgate Haulage", "de Distribuciones Morales"),
 * then the sentence's end. Anything left over is a reason: a participle or apposition ("…, premiada por la Junta",
 * "…, rachetée par …"), a second clause after a semicolon ("; loved your talk"), "hiring …", a time. On the cased text.
 */
export function fieldAndPlaceOnly(rest: string, leading = 6, german = false): boolean {
  const said = rest.replace(/[\s.!?…]+$/u, '').trim();
  if (!said || /[,;:()[\]"“”«»!?]|\s[-–—]\s/u.test(said)) return false;
  let words = said.split(/\s+/);
  // German may say where before what: "dass Sie (ja) bei Brandt für die Instandhaltung zuständig sind".
  if (german) {
    if (/^(?:ja|doch|wohl|auch)$/i.test(words[0] as string)) words = words.slice(1);
    if (words.length > 1 && PLACE_WORD.test(words[0] as string) && namelike(words[1] as string)) {
      let k = 2;
      while (k < words.length && namelike(words[k] as string)) k++;
      words = words.slice(k);
    }
  }
  let at = words.length;
  for (let i = 0; i < words.length - 1; i++) {
    if (!PLACE_WORD.test(words[i] as string)) continue;
    let j = i + 1;
    while (j < words.length - 1 && (PLACE_WORD.test(words[j] as string) || NAME_JOIN.test(words[j] as string))) j++;
    if (namelike(words[j] as string)) {
      at = i;
      break;
    }
  }
  if (at > leading) return false;
  // A name may join two names with "and", "e", "y", "et", "und" ("Hale and Sons"); never before "I".
  return words
    .slice(at)
    .every(
      (w, k, place) =>
        PLACE_WORD.test(w) ||
        NAME_JOIN.test(w) ||
        namelike(w) ||
        /^[&+-]$/.test(w) ||
        (/^(?:and|e|y|et|und)$/i.test(w) &&
          k > 0 &&
          namelike(place[k - 1] as string) &&
          namelike((place[k + 1] ?? '') as string)),
    );
}

/** Only their role said with a verb over a function, with where they do it and nothing more. On the lowercased text. */
function roleDoneOnly(text: string, lower: string): boolean {
  const lead = ROLE_LEAD_IN.exec(lower);
  if (!lead || ROLE_LEAD_TOLD.test(lead[0])) return false;
  const rest = lower.slice(lead[0].length);
  return (
    rest.length <= 80 &&
    text.length === lower.length &&
    fieldAndPlaceOnly(text.slice(lead[0].length)) &&
    ROLE_FIELD_EN.test(rest) &&
    !ROLE_MORE_EN.test(rest) &&
    !DATE_OR_QUANTITY_WORD.test(rest) &&
    !/\?\s*$/.test(text)
  );
}

/** A thing of "yours" that we would give: "your free quote", "your no-obligation audit", "your complimentary report". */
const OURS_TO_GIVE = /\b(?:free|no[- ]obligation|complimentary|no[- ]cost|obligation[- ]free)\b/i;

/** The sender's own words before a medium: "our podcast that…", "my post on…" are theirs, not news of the reader. */
const OURS_BEFORE = /\b(?:i|we|our|my|us)\b/i;
/** Platforms a shop or site is on: "your Shopify store" is anyone's. */
const PLATFORM =
  /^(?:shopify|amazon|etsy|ebay|linkedin|google|facebook|instagram|tiktok|woocommerce|squarespace|wix)$/i;
/** Words that are all the prospect's own (their company's name): "your Northway warehouse" names no site. */
function namesOnly(words: string, prospect: ReadonlySet<string>): boolean {
  return words
    .toLowerCase()
    .split(/\s+/)
    .every((w) => prospect.has(w.replace(/'s$/, '')));
}
/**
 * A clause that says something of them: it runs four words or more and has a verb, as the tagger reads
 * it ("your berth slots are being cut", "costing you two days", "scrap doubling since the new press"),
 * and they are named in it or in the medium it came from ("the post from your plant manager about …").
 * "about you" or "your company" alone says nothing.
 */
function saysSomethingOfThem(clause: string, fromMedium: string, company: readonly string[]): boolean {
  const words = clause.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 4) return false;
  const lower = fromMedium.toLowerCase();
  if (!/\byou/.test(lower) && !namesCompany(lower, company)) return false;
  return tagWords(clause).tags.some((t) => t === 'VERB' || t === 'AUX');
}

/** Cheap first looks for WHY.satWith, and for WHY.promised and WHY.sharedPast. */
const SAT_OR_SEATED =
  /\b(?:sit|sitting|sat|seated|share|sharing|see|seeing|catch|catching|bump|bumping|run|running|chat|conversation|coffee|call|time|lunch|drink|drinks|tour|visit|card|number|same|promised|taking|showing|walking)\b/;
const SHARED_WORDS = screened(
  [
    'promised',
    'owe you',
    'told you',
    'said i',
    'asked me',
    'asked us',
    'fellow',
    'ex-',
    'we both',
    'we once',
    'you and i',
    'we worked',
    'we overlapped',
    'we served',
    'we did time',
    'we trained',
  ],
  /\b(?:promised|owe you|told you|said i|asked me|asked us|fellow|ex-|we both|we once|you and i|we worked|we overlapped|we served|we did time|we trained)/,
);

/**
 * A request said as a statement, as formal letters do: "I respectfully request a thirty-minute telephone conversation
 * during the week of 14 October", "I would welcome a thirty-minute call at a time convenient to you". A request verb is
 * the ask whatever it names; a welcome is one when it names the day or leaves the time to them. "I look forward to hearing from
 * you" and "I would welcome your thoughts" ask for nothing concrete.
 */
function declaresRequest(text: string, keywords: Keywords): boolean {
  // The words are looked for in the sentence's keywords (see key): most sentences have none of them.
  if (!DECLARING.mayMatch(keywords)) return false;
  if (REQUESTING.mayMatch(keywords)) return REQUESTED_MEETING.test(text);
  // "a 20-minute call next Tuesday would be the easiest way to go through it": a meeting of a set length, proposed.
  if (K_WOULD.mayMatch(keywords) && PROPOSED_MEETING.test(text)) return true;
  // "Just let me know a day that works": they pick when, which is a clear ask.
  if (LETTING_KNOW.mayMatch(keywords) && WHEN_THEY_PICK.test(text)) return true;
  if (!WELCOMING.mayMatch(keywords)) return false;
  return WELCOMED_MEETING.test(text) && (CONVENIENT_TIME.test(text) || DAY_NAMED.test(text));
}
/** declaresRequest's words: each list's slot is marked when any of its words is in the sentence (see key). */
const REQUESTING = screened(['request', 'propose', 'seek'], /request|propose|seek/);
const K_WOULD = key(' would ');
const LETTING_KNOW = screened(['let me know', 'tell me', 'lmk'], /let me know|tell me|lmk/);
const WELCOMING = screened(['welcome', 'appreciate', 'grateful'], /welcome|appreciate|grateful/);
const DECLARING = screened(
  ['request', 'propose', 'seek', ' would ', 'let me know', 'tell me', 'lmk', 'welcome', 'appreciate', 'grateful'],
  /request|propose|seek| would |let me know|tell me|lmk|welcome|appreciate|grateful/,
);
/** A meeting of a set length, and that it would do: "a 20-minute call next Tuesday would be the easiest way". */
const PROPOSED_MEETING =
  /\b(?:an?|one)\s+(?:quick\s+|short\s+)?(?:\d+|ten|fifteen|twenty|thirty|forty-five)[- ]?(?:min(?:ute)?s?|hour)\s+(?:call|chat|meeting|visit|walk-?through|look|session|demo)\b[^.?!]{0,50}?\bwould\s+(?:be|work|help|suit|do)\b/i;
/** They choose when: "let me know a day that works", "tell me which morning suits", "lmk what time is best". */
const WHEN_THEY_PICK =
  /\b(?:let me know|tell me|lmk)\s+(?:(?:a|the|which|what)\s+(?:day|date|time|slot|morning|afternoon|week)s?\b|when\b[^.?!]{0,30}\b(?:works|suits|is (?:good|best|easiest)))/i;
const MEETING_NOUN =
  '(?:minutes?|mins?|hour|call|chat|conversation|meeting|discussion|appointment|visit|slot|video ?call|telephone call|phone call)';
const REQUESTED_MEETING = new RegExp(
  `\\b(?:i|we)\\s+(?:(?:would|should|hereby)\\s+)?(?:(?:like|love|wish|want)\\s+to\\s+)?(?:(?:respectfully|kindly|humbly|formally|therefore)\\s+)?(?:request|propose|seek)\\s+(?:a|an|the opportunity (?:of|for) an?|\\d+|ten|fifteen|twenty|thirty|forty-five|sixty)\\b[^.!?]{0,40}?\\b${MEETING_NOUN}\\b`,
  'i',
);
const WELCOMED_MEETING = new RegExp(
  `\\b(?:i|we)(?:['’]d|\\s+would|\\s+should)\\s+(?:(?:very much|greatly|really|much)\\s+)?(?:welcome|appreciate|be (?:very |most )?grateful for)\\s+(?:a|an|\\d+|ten|fifteen|twenty|thirty|half an hour)\\b[^.!?]{0,40}?\\b${MEETING_NOUN}\\b`,
  'i',
);
/** When a welcomed meeting would be: a day or a week named. A length alone ("I'd welcome a 15-minute call") is still a wish. */
const DAY_NAMED =
  /\b(?:mon|tues|wednes|thurs|fri)day\b|\b(?:tomorrow|next (?:week|month)|this (?:week|month)|the week of)\b/i;
const CONVENIENT_TIME =
  /\bat (?:a|any) (?:time|date|day) (?:(?:that is |that's )?convenient|that suits|to suit|of your choosing)|\bat your (?:earliest )?convenience\b|\bwhen(?:ever)? (?:it )?suits you\b/i;

/**
 * A request added after the ask, in a sentence that opens on "also", "and" or "lastly", or a registration urged on them
 * "too"; or one said as a wish or a favour after it ("It would also be great to get 30 minutes with you", "I'd be grateful
 * if you could fill in our survey too", "so do register if you fancy it").
 */
const ADDED_REQUEST =
  /^(?![^.!?]*\b(?:your thoughts|any thoughts|feedback|hear (?:from you|what you think|how)|know what you think)\b)\W*(?:(?:oh|ah),?\s+)?(?:also|and|plus|lastly|finally|one (?:last|more) thing)\b,?\s+(?!(?:if (?:so|not|that|you'?d rather|it helps)|happy|glad|feel free|no (?:pressure|worries)|either way|thanks|thank you)\b)(?:(?:if [^,]{1,60},\s+)?(?:please\s+|kindly\s+)?(?:fill (?:out|in)|register|sign up|book|forward|pass|introduce|loop|download|complete)\b|[^.!?]*?(?:\b(?:i'?d|i would|we'?d|we would)\s+(?:(?:sure|really|greatly|also)\s+)?(?:love|like|appreciate)\b|\bif you could\b|\byou (?:ought to|should|must|need to)\b(?!\s+(?:know|see|be|have|hear|expect)\b)))|\byou (?:ought to|should|must) (?:register|sign up|join|attend|come|check)\b[^.!?]*\btoo\b|^[^.!?]*?\b(?:it|that)(?:'d| would)\s+also\s+be\s+(?:really\s+|very\s+|so\s+)?(?:great|good|lovely|helpful|nice|brilliant|useful)\s+(?:to\s+(?:get|have|grab|book|set up|find)\b|if you could\s+(?!(?:let me know|tell me|reply|respond|get back)\b))|^(?=[^.!?]*\b(?:too|as well)\W*$)[^.!?]*?\b(?:i|we)(?:'d| would) be (?:very |most |really |so )?grateful if you could\s+(?!(?:let me know|tell me|reply|respond|get back|confirm)\b)|^[^.!?]*?\b(?:so|please)\s+do\s+(?:register|sign up|join|come along|come|fill (?:in|out)|book|download)\b/i;

/**
 * A favour asked after the ask, told by how it would help the sender: "if you could loop in whoever owns agency
 * contracts that would help too", "an intro to whoever owns the budget would help us move faster". Help offered to
 * them ("it would help you plan") is not this.
 */
const FAVOUR =
  /\bif (?:you|u) (?:could|can|would)\s+(?:(?:also|just|kindly)\s+)?(?:loop in|introduce|connect me|put me in touch|send (?:me|us|over)|share (?:it |them |this )?with (?:me|us)|forward|pass (?:my|our|this|it|me)|point me|fill (?:in|out)|complete|register|sign up|give (?:me|us))\b[^.!?]{0,100}?,?\s+(?:that|it|this)(?:'d| would)\s+(?:really\s+|also\s+|be a\s+(?:big|great|huge)\s+)?help(?:\s+(?:us|me))?(?:\s+(?:a lot|too|as well|loads))?\s*(?:[.!,;]|$)|\b(?:an? |the )?(?:intro(?:duction)?|referral|name|contact|pointer)\b[^.!?]{0,80}?\bwould (?:really |also )?help (?:us|me)\b|\b(?:it|that)(?:'d| would) also be (?:really |very |so )?(?:great|helpful|useful|good) to get (?:an? )?(?:intro(?:duction)?|referral|name|contact)\b/i;

/** A cheap first look for WHY.reported: one of its verbs between spaces. */
const REPORTED_VERB = screened(
  [' says ', ' said ', ' reports ', ' reported ', ' writes ', ' wrote ', ' notes ', ' noted '],
  / (?:says|said|reports|reported|writes|wrote|notes|noted) /,
);
const ABOUT_THEM = /^(?:you|your)\b/i;

/** "The Shields Gazette says you start the repaint…": a report of them, told about them, counts as seen. */
function reportedOfThem(
  text: string,
  lower: string,
  keywords: Keywords,
  company: readonly string[],
): RegExpExecArray | null {
  if (!REPORTED_VERB.test(lower, keywords)) return null;
  const m = WHY.reported.exec(text);
  if (!m) return null;
  const tail = text.slice(m.index + m[0].length);
  return ABOUT_THEM.test(tail) || namesCompany(tail.toLowerCase(), company) ? m : null;
}

/**
 * When the patterns found no reason why them, wink-nlp looks for a date, a number or a name in the
 * sentences about them ("your team at harbour line cut detention by a third"). Found that way, the
 * detail is real but unproven: the strength stays low enough for the check to ask about it.
 */
function secondOpinion(sentences: readonly Sentence[], prospect: Set<string>, company: readonly string[]): Hit {
  let found = NONE;
  for (const sentence of sentences) {
    const { bare, keywords, question } = sentence;
    const lower = bare.toLowerCase();
    if (question || bare.length < 15) continue;
    const aboutThem =
      WHY.your.test(bare, keywords) ||
      namesCompany(lower, company) ||
      (K_POSSESSIVE.mayMatch(keywords) && bare.includes("'s ") && WHY.possessive.test(bare));
    if (!aboutThem) continue;
    // What the sender does for a kind of customer ("I help SaaS sales teams save hours every week with AI notes that
    // sync to your CRM") says nothing of them, whatever it dates or names.
    if (
      GENERIC_AUDIENCE.test(bare, keywords) ||
      GENERIC_AUDIENCE_NAMED.test(bare, keywords) ||
      DEFAULT_INVITATION.test(bare, keywords) ||
      ASK.imperative.test(bare, keywords) ||
      WHAT_WE_DO.test(bare)
    )
      continue;
    // Digits and capitalised names were counted already; wink-nlp is asked only about words that may
    // be a date or a quantity ("last tuesday", "a third", "in march").
    if (!DATE_OR_QUANTITY_WORD.test(bare)) continue;
    const mentions = concreteMentions(bare, prospect);
    if (mentions.length === 0) continue;
    const seen = WHY.perceived.test(bare, keywords) || NEWS_VERB.test(bare);
    found = best(found, hit(seen ? 0.5 : 0.42, sentence.text));
  }
  return found;
}

// ---------- what's in it for you ----------

/** A pointer to the thing just named, handed over: "It's here: …", "Here it is: …", "It's all here: …". */
const POINTS_TO_IT = /^\W*(?:it'?s (?:all )?here|here it is|here they are|they'?re (?:all )?here)\b/i;

// What an offer frame offers: "I can offer |our savings", "I'm happy to share |a great product".
const OFFERED_OBJECT = screened(
  // Every offer frame has one of these words: "can", "could", "glad", "happy", "love".
  ['can', 'could', 'glad', 'happy', 'love'],
  /^(?:I|we)\s*(?:can|could|['’]d\s+be\s+glad\s+to|['’]m\s+happy\s+to|am\s+happy\s+to|would\s+be\s+glad\s+to|['’]d\s+love\s+to)\s+(?:offer|share|send(?:\s+you)?|give\s+you|provide|run|do)\s+(.+?)[.!]?$/i,
);

export function readWhatsInIt(anatomy: Anatomy, company: readonly string[] = []): Hit {
  let found = NONE;
  let offers = 0;
  const sentences = anatomy.sentences;
  let previousResource = false;
  let lastResource = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < sentences.length; i++) {
    const { text, lower, keywords, question } = sentences[i] as Sentence;
    const resource = RESOURCE.test(text, keywords);
    // "It's here: <link>" hands over the thing named a sentence or two before, with its figures between.
    const resourceNearby =
      resource || previousResource || (i - lastResource <= 2 && K_HERE.mayMatch(keywords) && POINTS_TO_IT.test(text));
    previousResource = resource;
    if (resource) lastResource = i;
    // Why we give it ("…, just to show what we do") is a motive, not the thing given.
    const free = VALUE.free.test(text, keywords) && !VALUE.feelFree.test(text);
    const pitchOnly =
      !resource &&
      PITCH_OBJECT.test(text, keywords) &&
      (!MOTIVE.test(text) || PITCH_OBJECT.test(text.replace(MOTIVE, ''), keywords)) &&
      // A workshop given free to their team is training for them, not a sales workshop.
      !(free && FREE_SESSION_FOR_THEM.test(text));
    let s = 0;
    // "I can offer a great product, everyone loves it": an offer frame around praise offers nothing.
    const offered = OFFERED_OBJECT.exec(text, keywords);
    if (offered && isPraiseOnly(offered[1] ?? '')) continue;
    if (VALUE.glad.test(text, keywords) || VALUE.can.test(text, keywords)) s = Math.max(s, resource ? 0.9 : 0.6);
    // A thing of ours named in the sentence, and a wish to hand it over: "I turned my notes into a checklist and would love to
    // share it", "may I connect and send you our recent dataset?". Without the thing it is a pitch ("love to share how we help").
    // Said with "like to" / "be glad to" or after "connect and", the wish is every pitch note's phrase, so the thing must be
    // what is handed over (the words after the verb) and no vague intent or sales collateral: "… connect and share a 1-pager
    // we made on the same", not "share ideas on the same", "send you our product brochure PDF", "results our clients got".
    if (resource && (LOVE_TO_HAND_OVER.test(text) || handsOverAThing(text, keywords))) s = Math.max(s, 0.85);
    if (VALUE.offerQuestion.test(text, keywords)) s = Math.max(s, resourceNearby ? 0.9 : 0.55);
    if (VALUE.inReturn.test(text, keywords)) s = Math.max(s, 0.8);
    if (VALUE.toTellWhat.test(text, keywords)) s = Math.max(s, 0.6);
    // A peer's result the sender has leave to pass on is something for them, not a pitch.
    if (VALUE.permission.test(text, keywords)) s = Math.max(s, 0.85);
    if (VALUE.yours.test(text, keywords)) s = Math.max(s, resourceNearby ? 0.9 : 0.75);
    if (VALUE.delivered.test(text, keywords) && resourceNearby && !VALUE.bookingLink.test(text)) s = Math.max(s, 0.85);
    // What they asked for, handed over: "As promised, here's how our buyback works: …".
    if (s < 0.75 && K_HERE.mayMatch(keywords) && AS_PROMISED_HERE.test(text)) s = 0.75;
    // A stage offered to them: a panel seat, a keynote or a speaking slot is a platform, not a purchase.
    if (s < 0.7 && STAGE_WORDS.test(lower, keywords) && STAGE_OFFERED.test(text) && !PAID_STAGE.test(text)) s = 0.7;
    if (resource) {
      // Made by us about their things ("I recorded a video going through your yard layout") is made for them.
      const made = VALUE.weHave.exec(text);
      if (made) {
        const after = text.slice(made.index + made[0].length);
        s = Math.max(s, madeAboutTheirs(after) ? 0.65 : 0.45);
        // A thing to give that answers their trouble is offered, said as a statement: "We've got a one-pager that covers
        // exactly this"; not our pricing sheet, and not software that does it (no thing to give).
        if (s < 0.6 && GIVEABLE_FIXES.test(after) && !SALES_PAPER.test(after)) s = 0.6;
      }
    }
    if (free) s = s > 0 ? Math.min(1, s + 0.15) : resourceNearby || FREE_DELIVERABLE.test(text) ? 0.6 : 0.35;
    // Cover given at no cost is theirs whatever they buy: a swap within hours, a spare on standby, training.
    if (free && s < 0.7 && SERVICE_COVER.test(text)) s = 0.7;
    if (VALUE.discount.test(text, keywords)) s = Math.max(s, 0.3);
    if (s < 0.75)
      s = Math.max(
        s,
        forReader(
          text,
          keywords,
          // A question after "could you:" or a list number is their task in a list, not an offer of ours.
          question && !(i > 0 && LIST_INTRO.test((sentences[i - 1] as Sentence).text)),
          resource,
          resourceNearby,
          free,
          s,
          company,
          i > 0 ? (sentences[i - 1] as Sentence).text : '',
        ),
      );
    if (VALUE.dropped.test(text, keywords)) s = Math.max(s, resource ? 0.85 : 0.6);
    // What follows is announced as theirs: "Two points that may matter to you:", "What's in it for you:".
    if (s < 0.7 && i < sentences.length - 1 && K_YOU.mayMatch(keywords) && VALUE_SIGNPOST.test(text, keywords)) s = 0.7;
    // A stated sum for their time ("we pay $150 for a 45-minute session") is theirs to keep; a "small thank-you
    // gift" with no sum is a token, and the favour asked stays a favour.
    if (s < 0.7 && text.length > 20 && PAID_FOR_TIME.test(text, keywords) && SUM.test(text)) s = 0.7;
    // A recruiter's role with its pay (or two of where, how and with whom) is what they offer.
    // Its details often follow as a fragment: "A client needs a data platform lead. Fully remote, 35-hour week."
    // (Cheap tests first: ROLE_NAMED tries a job noun after every article, so it runs last.)
    const roleOffer = s < 0.75 && ROLE_OFFER.test(text, keywords);
    const roleNamed =
      s < 0.75 &&
      !roleOffer &&
      !question &&
      PACKAGE_WORDS_SCREENED.test(text, keywords) &&
      !NOT_A_ROLE_ON_OFFER.test(text) &&
      ROLE_NAMED.test(text);
    // A client or an organisation named by its kind that wants someone: the recruiter's subject, so one
    // condition of the work ("hybrid", "you'd lead a team of four") makes it an offer, as a job title would.
    const thirdParty =
      s < 0.75 && !question && THIRD_PARTY_HIRES.test(text, keywords) && !NOT_A_ROLE_ON_OFFER.test(text);
    if ((roleNamed || thirdParty || roleOffer) && !HIRING_SPREE.test(text)) {
      // A statement about the role, not a question or a request for their own pay and notice period.
      const following = sentences[i + 1] as Sentence | undefined;
      const next = following && !following.question && !YOUR.test(following.text) ? following.text : '';
      const details = (text.match(ROLE_DETAIL) ?? []).length + (next.match(ROLE_DETAIL) ?? []).length;
      if (ROLE_PAY.test(text) || ROLE_PAY.test(next)) s = Math.max(s, 0.75);
      else if (details >= (thirdParty ? 1 : 2)) s = Math.max(s, 0.6);
    }
    // A firm that wants exactly their experience, with the terms of the work: a recruiter's role for them.
    if (
      s < 0.75 &&
      !question &&
      PROFILE_WORDS.test(lower, keywords) &&
      SEEKS_THEIR_PROFILE.test(text) &&
      PACKAGE_WORDS.test(text)
    )
      s = 0.75;
    if (pitchOnly) s = Math.min(s, 0.15);
    // The reader doing for us ("you'd get to shape our roadmap", "you could help us") is no gain of
    // theirs, however the words read: the structure says whose gain it is.
    if (
      s >= 0.4 &&
      READER_FOR_US.test(text) &&
      readOfferStructure(tagWords(sentences[i]?.bare ?? text), company).kind === 'for_sender'
    )
      s = 0.15;
    if (s >= 0.5) offers++;
    if (s > 0) found = best(found, hit(s, text));
  }
  if (offers >= 2 && found.strength < 1) found = { ...found, strength: Math.min(1, found.strength + 0.1) };
  if (found.strength < 0.5) found = best(found, offerByStructure(sentences, company));
  if (found.strength < 0.6) found = best(found, gainSaidAsFact(sentences));
  // What the part they are invited to play gets them: "… you'd be a natural fit. The hosting partner gets the table, a
  // named intro to each attendee and a short write-up afterwards."
  if (found.strength < 0.7) {
    const invited = sentences.findIndex((s) => INVITED_TO_A_PART.test(s.bare));
    const gets =
      invited < 0 ? undefined : sentences.slice(invited, invited + 3).find((s) => THE_PART_GETS.test(s.bare));
    if (gets) found = best(found, hit(0.7, gets.text));
  }
  return found;
}
const INVITED_TO_A_PART =
  /\byou(?:'d| would)? be (?:a |an |the )?(?:natural|great|good|perfect|ideal|obvious) (?:fit|choice|host|partner|speaker|guest)\b|\b(?:we'd|we would|i'd|i would) (?:love|like) (?:you|your (?:team|company)) to (?:host|join|speak|sponsor|partner|be)\b/i;
const THE_PART_GETS =
  /^\W*(?:the|each|every|our) (?:[\w-]+ ){0,2}?(?:host|hosts|partner|partners|sponsor|sponsors|speaker|speakers|panell?ists?|guests?|members?|participants?|winner)\s+(?:gets?|receives?|will (?:get|receive))\b/i;

/** Every match says "matter", "relevant", "interest", "means" or "in it for you": most sentences are ruled out by the keys. */
const VALUE_SIGNPOST = screened(
  ['matter', 'relevant', 'interest', 'means', 'in it for you'],
  /\b(?:(?:points?|things?|reasons?|details?|what|which|that)\s+(?:that\s+)?(?:may|might|could|should|will|would)?\s*(?:matters?|be relevant|interests?)\s+(?:to|for)\s+you|what(?:'s| is) in it for you|(?:for you|to you),?\s+(?:this|that|it) means|why (?:this|it) matters (?:to|for) you)\b/i,
);

/** What's in it for them said as a fact: a consequence, a peer's result, work done for them (reader-gain.ts). */
function gainSaidAsFact(sentences: readonly Sentence[]): Hit {
  let found = NONE;
  for (let i = 0; i < sentences.length; i++) {
    const { text, lower, bare, question } = sentences[i] as Sentence;
    const s = readerGain(bare, lower, i > 0 ? (sentences[i - 1] as Sentence).bare : '', question);
    if (s > 0) found = best(found, hit(s, text));
  }
  return found;
}

/** A piece of work or access given free ("No charge for the quote", "free survey"), not a free call or trial. */
const FREE_DELIVERABLE =
  /\b(?:quote|estimate|survey|audit|assessment|report|samples?|valuation|health[- ]check|beta|access|pilot)\b(?![^.?!]{0,30}\b(?:call|demo|consultation|meeting|chat)\b)/i;

/** A sentence worth parsing for an offer: the reader named, and a modal, a willing word or a gain. */
const MAY_OFFER =
  /\b(?:can|could|would|will|shall|should (?:i|we)|might|happy|glad|able|keen|pleased|love|like|possible|whoever|wouldn't|won't)\b|'d\b|'ll\b|\b(?:get|save|avoid|learn|keep|cut|gain|spare)\b/i;
const MEETING_ASKED = /\b(?:call|demo|meeting|chat|minutes?|mins?|coffee|zoom|meet|catch up)\b/i;
const MADE_FOR_THEM = /\b(?:for|on|of|about|into) (?:you|your)\b/i;
const NAMES_READER = /\byou/i;
/** The reader as doer of a modal clause that names us after it: the few sentences worth asking whose gain it is. */
const READER_FOR_US =
  /\b(?:you|your\s+[\w-]+)(?:'d|'ll|\s+(?:would|could|will|can|might))\s[^.?!;]*\b(?:us|our|me|my)\b/i;
/** A thing said to cost them nothing: offer-structure.ts reads whether it is a thing given. */
const COSTLESS = /\b(?:free|complimentary|no (?:cost|charge|fees?)|on (?:us|me|the house))\b/i;
const SENDER_NAMED = /\b(?:i|we|my|our|us)\b/i;
/** Verbs of handing over (offer-structure.ts's TRANSFER), for sentences that leave the reader unsaid. */
const HANDING =
  /\bintro|\b(?:send|share|bring|pass|give|lend|throw|include|email|forward|cover|waive|loan|drop|post|hand|gift|donate|supply)\b/i;

/**
 * When the phrasings found no offer, the structure of each sentence that may hold one is read: a
 * clause where the sender gives the reader a thing, or the reader gains one (offer-structure.ts).
 * Tagging costs about 20 µs a sentence, so it runs on few sentences of few messages.
 */
function offerByStructure(sentences: readonly Sentence[], company: readonly string[]): Hit {
  let found = NONE;
  // What the sentences before said that a later one may build on: a thing at hand, a figure.
  let thingBefore = 0;
  let figureBefore = false;
  for (const { text, bare, question } of sentences) {
    const figure = RESULT.test(bare);
    const context: OfferContext = { thing: thingBefore > 0, figure: figureBefore || figure };
    thingBefore = Math.max(0, thingBefore - 1);
    figureBefore = figure;
    // A question that names the meeting is the ask, not an offer: parsing the asks would cost on every message.
    if (bare.length < 8 || (question && MEETING_ASKED.test(bare))) continue;
    // A thing at hand, or written up, that the next sentences may offer (its ask may come two sentences on).
    const tagged = AT_HAND.test(bare) && HELD.test(bare) ? tagWords(bare) : undefined;
    const atHand = tagged !== undefined && namesThingAtHand(tagged);
    if (atHand) thingBefore = 2;
    if (bare.length < 15 && !context.thing) continue;
    const reader = NAMES_READER.test(bare);
    // Said without a modal, the sender's doing counts only when it is for their things ("I put together
    // a video on your checkout"), not "I came across your profile".
    const worth =
      atHand ||
      COSTLESS.test(bare) ||
      (context.thing && (reader || THE_THING.test(bare))) ||
      (reader
        ? MAY_OFFER.test(bare) || (SENDER_NAMED.test(bare) && MADE_FOR_THEM.test(bare))
        : MAY_OFFER.test(bare) && HANDING.test(bare));
    if (!worth) continue;
    const reading = readOfferStructure(tagged ?? tagWords(bare), company, context);
    if (reading.kind === 'offer') found = best(found, hit(reading.strength, text));
  }
  return found;
}
/** Words of a sentence that may name a thing the sender has to hand or has written up (offer-structure.ts reads it). */
const AT_HAND =
  /\b(?:spare|available|free|left over|left from|in stock|on hand|loan(?:er)?|sitting|unused|surplus|idle|capacity|described|wrote|written|drafted|sketched|documented|summari[sz]ed|compiled|costed)\b/i;
/** Who holds it: "we've got", "I have", "I'm holding", "there's", "our depot has", "I wrote". */
const HELD =
  /\b(?:i|we)'ve (?:a|an|one|two|three|some)\b|\b(?:i|we)(?:'ve|'m|'re| have| am| are)?(?: also| still| now)? (?:got|have|has|hold|holding|keep|keeping|described|wrote|written|drafted|sketched|documented|summari[sz]ed|compiled|costed)\b|\bthere(?:'s| is)\b|^(?:our|my) [\w -]{1,30} ha(?:s|ve)\b/i;
/** A result put in figures: "it came out 18% cheaper", "kept $18k off their books". */
const RESULT = /\d[\d.,]*\s?(?:%|percent|per cent|k\b)|[$€£]\s?\d|\b(?:cheaper|faster|saved|halved|doubled)\b/i;
/** The thing named before, taken up again: "Might I post it to you?", "Shall I send them?". */
const THE_THING = /\b(?:it|them|one|some|these|those|both)\b/i;

/** PACKAGE_WORDS, run only when one of its words is in the sentence. */
const PACKAGE_WORDS_SCREENED = screened(
  [
    'role',
    'seat',
    'position',
    'opening',
    'vacancy',
    'package',
    'pay',
    'salary',
    'comp',
    'equity',
    'bonus',
    'ote',
    'day rate',
    'remote',
    'hybrid',
    'relocation',
    'visa',
    'four-day week',
    '4-day week',
  ],
  PACKAGE_WORDS,
);

const PAID_FOR_TIME = screened(
  ['pay', 'honorarium', 'incentive', 'gift card', 'voucher', 'stipend'],
  /\b(?:(?:we|we'll|we're|we will|i'll|i will|and)\s+(?:also\s+|happily\s+)?pay(?:ing)?|pay (?:you|participants|each)|honorarium|incentive|gift card|voucher|stipend)\b[^.?!;]{0,50}?\b(?:session|interview|call|chat|minutes?|mins?|hours?|your time|study|survey|participa\w*)\b/i,
);
/** A sum of money: "$150", "£40", "100 €", "50 euros". */
const SUM = /[$€£]\s?\d|\d\s?(?:€|euros?|dollars|pounds|usd|eur|gbp)\b/i;

/** After a verb of making: a thing about the reader's own things, that is not a sale's paperwork. */
function madeAboutTheirs(after: string): boolean {
  const reader = FOR_READER.readerObject.exec(after)?.[0];
  return reader !== undefined && !FOR_READER.notTheirs.test(reader) && !SALES_PAPER.test(after);
}
/** A thing to hand over that fixes, solves or covers something: what follows "we have" in "We have a checklist that …". */
const GIVEABLE_FIXES =
  /^\s+(?:(?:also|already|just)\s+)?(?:a|an|our|some)\s+(?:[\w'-]+\s+){0,3}?(?:kit|toolkit|guide|checklist|template|playbook|one-?pager|cheat ?sheet|sheet|spreadsheet|worksheet|calculator|study|video|sample|write-?up|doc)s?\b[^.?!]{0,60}?\b(?:that|which)\s+(?:[\w']+\s+){0,2}?(?:fixes|solves|covers|handles|addresses|answers|tackles|prevents|sorts out|takes care of|walks through)\b/i;
const SALES_PAPER = /\b(?:proposal|quote|contract|pricing|price list|offer|order form|invoice|terms)\b/i;

/** A change put in a number: "by 30%", "halved", "from 6% to 3.5%", "18 hours". */
const QUANTIFIED_CHANGE =
  /\d(?:[\d.,]*)\s?(?:%|percent|per cent|hours?|hrs?|days?|minutes?|mins?|k\b)|\bby (?:a (?:third|quarter|half)|half|two-thirds)\b|\b(?:halved|doubled|tripled)\b|\bfrom \S+ to \S*\d/i;

/** The text up to the first mention of their company, if it names it. */
function companyPrefix(text: string, company: readonly string[]): string | undefined {
  const lower = text.toLowerCase();
  if (!namesCompany(lower, company)) return undefined;
  let end = lower.length;
  for (const w of company) {
    const at = lower.indexOf(w);
    if (at >= 0 && at < end) end = at;
  }
  return text.slice(0, end);
}

const MOTIVE =
  /(?:,\s*(?:just\s+|only\s+)?|\s+(?:just|only)\s+)(?:to|so (?:that )?you (?:can|could))\s+(?:show|see|prove|demonstrate|give you a (?:feel|sense|taste))\b[^.?!;]*/i;

const YOUR = /\byour?\b/i;

/** Our own hiring in dozens ("We're hiring 40 engineers this year"): the sender's growth, not a job put to one reader. */
const HIRING_SPREE =
  /\b(?:we|we're|we are|we've been)\s+(?:[\w-]+\s+){0,2}?(?:hiring|recruiting|adding|onboarding)\s+(?:over\s+|about\s+|some\s+|another\s+)?\d{2,}/i;

/** A subject and a verb of getting: whether the subject is their company, namesCompany says. */
const COMPANY_GETS =
  /((?:\p{Lu}[\p{L}\p{N}&.-]*\s+){1,3})(?:would|will|could|'d|'ll|gets?|can)\s+(?:also\s+)?(?:get|gain|receive|have|win|keep|earn)\s+(?!(?:a|an|the|our)\s+(?:demo|call|chance|sense|feel|taste|invit\w*|email|reminder|proposal|quote)\b)/u;
/** COMPANY_GETS's verbs alone: a cheap test first, as the pattern tries a capitalised word everywhere. */
const GETTING = screened(
  ['get', 'gain', 'receive', 'have', 'win', 'keep', 'earn'],
  /\b(?:get|gets|gain|receive|have|win|keep|earn)\b/i,
);
const OURS = /\b(?:we|we're|we'll|we've|our|i'm|i'll|i've|i)\b/i;

const FREE_SESSION_FOR_THEM =
  /\b(?:workshop|training|session|masterclass)\b[^.?!;]{0,30}?\bfor your\b(?![^.?!;]*\b(?:demo|platform|product|software)\b)/i;

/** What a supplier stands behind its work with: a swap, a spare on standby, a repair, training for their staff. */
const SERVICE_COVER =
  /\b(?:swap(?:s|ped)?|replace(?:s|d|ment)?|back-?up|spare|stand-?by|call-?outs?|repairs?|break(?:s)? down|breakdowns?|training|warranty|guarantee[ds]?)\b/i;

const LIST_INTRO = /(?::|^\W*\d+[.)])\s*$/;

/** A meeting, our wares, or the reader's own things: no thing of ours is handed over. */
const NOT_HANDED_OVER =
  /\b(?:call|chat|meeting|demo|conversation|catch-?up|coffee|website|features|brochure|pricing|our (?:[\w-]+\s+){0,2}?(?:platform|product|software|solution|app|tool|service|suite)s?)\b|\byour (?:[\w-]+ )?(?:numbers|data|figures|results|lists?|plans?|notes|docs?|files?|reports?)\b/i;

const THEIR_COSTS =
  /\b(?:travel|hotels?|flights?|fees?|costs?|expenses|accommodation|tickets?|licen[cs]es?|seats?|pilot|trial|set-?up|installation|onboarding|training|hardware|shipping|postage|first (?:[\w-]+ )?(?:days?|weeks?|months?|quarter|year))\b/i;
const MEAL_MEETING = /\b(?:coffees?|lunch|breakfast|beers?|drinks?|pints?)\b/i;

/** A meeting or our own product before an offer's words makes it an ask or a pitch: "a quick call could be useful for your team". */
const MEETING_OR_PITCH_BEFORE =
  /\b(?:call|chat|meeting|demo|conversation|catch-?up|coffee|invite|invitation|reminder|email|message|our (?:[\w-]+\s+){0,2}?(?:platform|product|software|solution|app|tool|service)s?)\b[^.?!;]*$/i;

/**
 * The reader as the one who gains (FOR_READER): given to, kept for, theirs to keep, useful to them,
 * helped by a peer, invited, their cost covered. `s` is what the learned phrasings found already.
 */
function forReader(
  text: string,
  keywords: Keywords,
  question: boolean,
  resource: boolean,
  resourceNearby: boolean,
  free: boolean,
  s: number,
  company: readonly string[],
  /** The sentence before, where an occasion is often named before the invitation: "We run a webinar… I'd love to have you there." */
  previous: string,
): number {
  const R = FOR_READER;
  let found = s;
  const at = (strength: number): void => {
    if (strength > found) found = strength;
  };
  if (R.answered.test(text, keywords)) at(0.8);
  // Questions whose action is ours, with the "shall I" left out or the thing named: "send it over?", "want an intro?".
  if (question && R.wantThing.test(text, keywords)) at(0.85);
  if (question && R.droppedQuestion.test(text, keywords)) at(resourceNearby ? 0.85 : 0.55);
  if (resourceNearby && R.included.test(text, keywords)) at(0.7);
  // A thing named in this very sentence, offered on their terms: "If useful, there's a one-page audit we use".
  if (resource && R.conditional.test(text, keywords) && !NOT_HANDED_OVER.test(text)) at(0.7);
  if (R.heldFor.test(text, keywords)) at(0.75);
  // Holding something for them is a favour when it costs them nothing; otherwise it is a sale's reservation.
  if (free && R.holdFor.test(text, keywords)) at(0.7);
  if (R.peerOffered.test(text, keywords)) at(0.75);
  if (found < 0.75 && R.yours.test(text, keywords)) at(0.75);
  if (found < 0.85) {
    const given = R.givenTo.exec(text, keywords);
    if (given && !MEETING_OR_PITCH_BEFORE.test(text.slice(0, given.index))) at(resourceNearby ? 0.85 : 0.7);
  }
  if (found < 0.7 && R.theyGet.test(text, keywords)) at(0.7);
  // The occasion may be named just before ("We run a webinar on 3 May."), by us, not theirs ("Your talk at …").
  if (
    found < 0.7 &&
    R.invited.test(text, keywords) &&
    (R.occasion.test(text) || (OURS.test(previous) && !YOUR.test(previous) && R.occasion.test(previous)))
  )
    at(0.7);
  if (found < 0.8) {
    const useful = R.usefulTo.exec(text, keywords);
    if (useful && !MEETING_OR_PITCH_BEFORE.test(text.slice(0, useful.index))) at(resourceNearby ? 0.8 : 0.6);
  }
  if (found < 0.65) {
    const reach = R.reaches.exec(text, keywords);
    if (reach && !MEETING_OR_PITCH_BEFORE.test(text.slice(0, reach.index))) at(0.65);
  }
  if (found < 0.65) {
    // Work on their things, or on their company by name: "we'd feature Cartlane in our newsletter".
    const work = R.workOn.exec(text, keywords);
    if (work) {
      const after = text.slice(work.index + work[0].length);
      // Up to the reader or their company: what comes before says whose the work is ("how our app fits you").
      const reader = R.readerObject.exec(after)?.[0] ?? companyPrefix(after.slice(0, 60), company);
      if (reader !== undefined && !R.notTheirs.test(reader)) at(0.65);
    }
  }
  if (found < 0.7 && (R.spare.test(text, keywords) || R.candidate.test(text, keywords))) at(0.7);
  if (
    found < 0.6 &&
    (R.lessonGiven.test(text, keywords) || R.offTheirHands.test(text, keywords) || R.bringTo.test(text, keywords))
  )
    at(0.6);
  if (found < 0.7 && question && R.seeHow.test(text, keywords)) at(0.7);
  if (found < 0.6 && R.tellHow.test(text, keywords)) at(0.6);
  if (found < 0.7 && R.leaveToGive.test(text, keywords)) at(resourceNearby ? 0.85 : 0.6);
  if (found < 0.7 && resource && R.thingHelps.test(text, keywords)) at(0.7);
  if (found < 0.7 && (R.demandFor.test(text, keywords) || R.eligible.test(text, keywords))) at(0.7);
  if (found < 0.6 && R.coverage.test(text, keywords)) at(0.6);
  // Their chore taken on, our price set against their bill, work on theirs done gladly, a gain for their people.
  if (
    found < 0.6 &&
    (R.choreTaken.test(text, keywords) ||
      R.againstTheirBill.test(text, keywords) ||
      R.gladlyOnTheirs.test(text, keywords) ||
      R.forTheirPeople.test(text, keywords))
  )
    at(0.6);
  // Their company as the one who gets: "Harbourline would get first pick of loads on your lanes".
  if (found < 0.7 && company.length > 0 && GETTING.test(text, keywords)) {
    const m = COMPANY_GETS.exec(text);
    if (m && namesCompany((m[1] ?? '').toLowerCase(), company)) at(0.7);
  }
  if (found < 0.6 && (R.adviceFor.test(text, keywords) || R.advice.test(text, keywords))) at(0.6);
  if (found < 0.7 && R.guessedWanted.test(text, keywords)) at(resourceNearby ? 0.7 : 0.5);
  // A peer's result is worth knowing to them when the sender says the peer is like them, and by how much.
  if (
    found < 0.5 &&
    R.peerResult.test(text, keywords) &&
    QUANTIFIED_CHANGE.test(text) &&
    !GENERIC_AUDIENCE.test(text, keywords)
  )
    at(0.5);
  if (found < 0.6 && (R.peersTakenThere.test(text, keywords) || tiedToYou(text, keywords))) at(0.6);
  if (found < 0.6 && SERVICE_FREE.test(text, keywords)) at(0.6);
  if (found < 0.6 && PEERS_WE_SERVE.test(text, keywords)) at(0.6);
  if (found < 0.6 && R.beHelp.test(text, keywords)) at(0.6);
  if (found < 0.6 && R.standIn.test(text, keywords)) at(0.6);
  if (found < 0.6 && R.madeFor.test(text, keywords)) at(resourceNearby || free ? 0.7 : 0.6);
  if (found < 0.6) {
    // Work of ours on their things, whatever the verb, made concrete by a number, a deliverable or no fee.
    const will = R.senderWill.exec(text, keywords);
    if (will) {
      const after = text.slice(will.index + will[0].length);
      const reader = R.readerObject.exec(after)?.[0] ?? companyPrefix(after.slice(0, 60), company);
      // Our own kit on their things counts only when it costs them nothing: "5 of our sensors in your trucks, free".
      const ours = free ? R.notTheirsFree : R.notTheirs;
      if (reader !== undefined && !ours.test(reader) && (free || resourceNearby || R.concrete.test(after))) at(0.6);
    }
  }
  if (found < 0.5 && free && R.useOurs.test(text, keywords)) at(0.5);
  // Our cost, not theirs, says it is free, as "free" does.
  // "Coffee's on me" buys their time for a meeting; it gives them nothing.
  if (R.ourCost.test(text, keywords) && !MEAL_MEETING.test(text)) {
    // Their own costs paid ("travel and a speaker fee are covered") are a gift; "on us" alone, as "free".
    if (THEIR_COSTS.test(text)) at(0.6);
    found = found > 0 ? Math.min(1, Math.max(found, s + 0.15)) : 0.35;
  }
  return found;
}

// ---------- one clear ask ----------

/** Words readAsk looks for (see key): "connect" and the others in the sentence; the rest in its bare text. */
const CONNECTING = screened(['connect', 'accept', 'link'], /connect|accept|link/);
const IF_YOU_OR_WE = screened(['if you', 'if we'], /if you|if we/);
const K_AND = key(' and ');
const K_ALSO = key(' also ');

export function readAsk(
  anatomy: Anatomy,
  channel: Channel | undefined,
  company: readonly string[] = [],
): Hit & AskReading {
  let count = 0;
  let kind: AskReading['kind'] = 'none';
  let evidence = '';
  let strength = 0;
  let highFriction: string | undefined;
  let added = false;
  let lowFriction = false;
  let softest: { kind: AskReading['kind']; strength: number; text: string } | undefined;
  let previousWasAsk = false;
  let previousOfferAsk = false;
  let offeredBefore = false;
  let previousOffered = false;
  // Questions about their problem put before the pitch ("are manual invoices slowing your team down?"): a hook, not an ask.
  let hooks = 0;
  let hookText = '';
  let framingPending = 0;
  let framed = 0;
  let formulas = 0;
  let realAsk = false;
  let extraText = '';

  const note = (k: AskReading['kind'], s: number, text: string): void => {
    if (!softest || s > softest.strength) softest = { kind: k, strength: s, text };
  };

  const sentences = anatomy.sentences;
  const firstWord = firstWorded(sentences);
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i] as Sentence;
    const text = sentence.bare;
    const keywords = sentence.keywords;
    const isCloser = ASK.closer.test(text, keywords);
    // A question is asked by its word order as much as by its mark: casual writers drop the "?"
    // ("would you be open to a quick call next week", "Open to a chat.").
    const asked = sentence.question || (!text.includes('?') && ASK.unmarkedQuestion.test(text));
    let counted = 0;
    // "How many installs a month?" asked of the world is rhetorical; asked of their company by name, it is a question to them.
    const rhetorical =
      ASK.notAskQuestion.test(text) &&
      !(company.length > 0 && HOW_MUCH.test(text) && namesCompany(sentence.lower, company));
    if (asked && !rhetorical && !TAG_QUESTION.test(text) && !(isCloser && !hasRequestVerb(text))) {
      // "Or…", "15 minutes max?", and a when for the ask just made ("Tuesday or Wednesday suit?", "Which week
      // suits?") are the same ask again.
      // So is a nod to it: "If you send me the drawing, I will prepare the quotation. Would that be ok for you?"
      if (
        previousWasAsk &&
        (ASK.alternative.test(text) || (!hasRequestVerb(text) && WHEN_FOR_IT.test(text)) || NOD_TO_IT.test(text))
      ) {
        counted = 0;
      } else {
        counted = 1;
        const matched = text.match(ASK.innerQuestion) ?? [];
        const relative = ASK.relativeWho.test(text) ? matched.findIndex((m) => /^,\s*who$/i.test(m)) : -1;
        const inner = relative < 0 ? matched : matched.filter((_m, k) => k !== relative);
        const firstInner = inner.length > 0 ? text.indexOf(inner[0] ?? '') : -1;
        if (firstInner > 0 && ASK.questionStart.test(text.slice(0, firstInner)))
          // "Should you find it relevant, would you …?" opens on a condition, not on a question of its own.
          counted += INVERTED_CONDITION.test(text) ? inner.length - 1 : inner.length;
        const letters = countLettered(text);
        if (letters >= 2) counted += letters - 1;
        if (kind === 'none') kind = 'question';
      }
    } else if (!asked && ASK.imperative.test(text, keywords) && !isCloser) {
      counted = 1;
      if (kind === 'none') kind = 'imperative';
    } else if (!asked) {
      const letters = countLettered(text);
      if (declaresRequest(text, keywords)) {
        counted = 1;
        if (kind === 'none') kind = 'desire';
      } else if (letters >= 2 && /\b(?:love|like|want|hope) to\b|\b(?:would|could|can)\b/i.test(text)) {
        counted = letters;
        kind = 'desire';
      } else if (ASK.conditional.test(text, keywords) || GLAD_TO_SEND.test(text) || FREE_FOR_IT.test(text))
        note('conditional', 0.65, text);
      else if (ASK.desire.test(text, keywords)) note('desire', 0.5, text);
      else if (ASK.connect.test(text, keywords))
        note('connect', channel === 'linkedin_connection_note' ? 0.55 : 0.3, text);
      else if (ASK.vagueLetMeKnow.test(text, keywords) && !isCloser) {
        // "I can share the one-pager. Kindly let me know." is a yes or no to the offer just made;
        // "Kindly let me know your thoughts." leaves the next step open.
        if (BARE_LET_ME_KNOW.test(text) && offeredBefore) note('conditional', 0.65, text);
        else note('vague', 0.3, text);
      }
    }
    offeredBefore = VALUE.can.test(text, keywords) || VALUE.glad.test(text, keywords);
    // A menu of offers for them to pick from ("I can walk you through it, share the template, set up a
    // trial, or arrange a workshop: whatever's easiest") asks them to choose among that many things.
    if (offeredBefore) {
      const menu = offerMenu(text, (sentences[i + 1] as Sentence | undefined)?.bare ?? '');
      if (menu >= 3) {
        counted = Math.max(counted, menu);
        if (kind === 'none') kind = 'vague';
      }
    }
    // "If you send me the model and a photo of the plate, I'll tell you what failed": what they send buys what the
    // sender gives, one conditional offer however many things it names.
    const ifConnected =
      CONNECTING.mayMatch(keywords) &&
      ((IF_YOU_OR_WE.mayMatch(keywords) &&
        (text.includes('if you') || text.includes('if we')) &&
        OFFER_IF_CONNECTED.test(text)) ||
        (OFFER_ONCE_CONNECTED.test(text) && !SENT_SALES.test(text)));
    const conditionalOffer =
      ((text.includes(',') || text.includes(' i') || text.includes(' we')) && CONDITIONAL_OFFER.test(text)) ||
      ifConnected;
    if (conditionalOffer) {
      counted = 1;
      if (kind === 'none') kind = 'conditional';
    }
    // "Kindly revert with the following:" and then a list is as many asks as the list has items.
    if (text.endsWith(':') && LIST_REQUEST.test(text)) {
      const { items } = listAfter(sentences, i);
      if (items >= 2) {
        counted = Math.max(counted, items);
        if (kind === 'none') kind = 'imperative';
      }
    }
    const { asks: proposed } = proposedAsks(sentences, i);
    if (proposed >= 2) {
      counted = Math.max(counted, proposed);
      if (kind === 'none') kind = 'imperative';
    }
    // "Could you send your CV and your availability?" is two asks in one sentence.
    if (
      counted > 0 &&
      !conditionalOffer &&
      ((K_AND.mayMatch(keywords) && text.includes(' and ')) || text.includes(', ')) &&
      CHAINED_ASK.test(text)
    )
      counted++;
    // A request that goes on with more of them ("…, loop in your VP, and fill out this survey") is that many asks.
    if (!conditionalOffer && (text.includes(',') || (K_ALSO.mayMatch(keywords) && text.includes(' also ')))) {
      const wish = counted > 0 || WISH.test(text, keywords);
      let more = 0;
      if (wish) for (const m of text.matchAll(MORE_REQUESTS)) if (REQUEST_BEFORE.test(text.slice(0, m.index))) more++;
      if (more > 0) counted = Math.max(counted, 1) + more;
    }
    // A request added after the ask in a sentence of its own is one more ask: "Also, if you've got time I'd love to hop
    // on a call", "And if you could pass my name along to your buyer, I'd sure appreciate it", "Oh, and fill out our
    // survey", "There's a webinar on the 14th you ought to register for, too".
    // A favour (FAVOUR) is one the rules are sure of: the second opinion leaves several asks alone then.
    if (counted === 0 && count > 0 && !sentence.question && !conditionalOffer) {
      const favour = FAVOUR.test(text);
      if (favour || ADDED_REQUEST.test(text)) {
        counted = 1;
        added ||= favour;
      }
    }
    // Demands strung together in the imperative: "Fill in the form and book a kickoff and invite your
    // PMs", "Reply with your GA access, your plan and your traffic" are each several asks.
    if (!sentence.question && !conditionalOffer && IMPERATIVE_START.test(text)) {
      const chained = text.match(AND_REQUEST)?.length ?? 0;
      if (chained > 0) counted = Math.max(counted, 1 + chained);
      else if (LIST_OF_THINGS.test(text.split(SENDER_CLAUSE)[0] ?? '')) counted = Math.max(counted, 2);
      if (counted > 0 && kind === 'none') kind = 'imperative';
    }
    // What the ask just made needs of them ("You'd just need to send me the total") explains it; a question whether the
    // offer just made suits them ("Would that help?") is the same ask again.
    if (counted > 0 && count > 0 && !sentence.question && ASK_NEEDS.test(text)) counted = 0;
    // How to answer the ask just made ("Shall I send it? Just reply yes and I will mail the PDF.") is that ask again.
    if (
      counted > 0 &&
      previousWasAsk &&
      !sentence.question &&
      (HOW_TO_ANSWER.test(text) || TAKE_UP.test(text) || WHEN_THEY_PICK.test(text) || (ifConnected && previousOfferAsk))
    )
      counted = 0;
    // So is whom to send it to: "If you can share last quarter's export, we'll send back a heatmap. Would you be the
    // right person to send a short data request to, or is there someone else I should ask?"
    if (counted > 0 && previousOffered && sentence.question && (SUITS_THEM.test(text) || WHOM_TO_ASK.test(text)))
      counted = 0;
    previousOffered = counted > 0 && conditionalOffer;
    const hook =
      counted > 0 && isHook(sentence, (sentences[i + 1] as Sentence | undefined)?.question, opensMessage(i, firstWord));
    if (hook) {
      hooks += counted;
      hookText ||= sentence.text;
    }
    // A question that frames their problem ("Do you value the stock with or without the duty? And what happens if the
    // warehouse burns?") asks for nothing: no request verb, no time. Before a real ask it is the body, not a second ask.
    // "Kindly accept." is the connection request's formula, wherever it stands.
    const framing = counted > 0 && !hook && sentence.question && framesProblem(text, sentences[i + 1]);
    const formula = counted > 0 && !hook && !framing && text.length < 60 && ACCEPT_FORMULA.test(text);
    if (framing) framingPending += counted;
    else if (formula) formulas += counted;
    else if (counted > 0 && !hook) {
      framed += framingPending;
      framingPending = 0;
      realAsk = true;
    }
    if (counted > 0) {
      count += counted;
      if (!evidence && !hook && !framing && !formula) evidence = sentence.text;
      if (framing || formula) extraText ||= sentence.text;
      const friction = HIGH_FRICTION.exec(text, keywords);
      if (friction) highFriction = friction[0];
      if (ASK.lowFriction.test(text, keywords)) lowFriction = true;
    } else if (ASK.desire.test(text, keywords) || ASK.imperative.test(text, keywords)) {
      const friction = HIGH_FRICTION.exec(text, keywords);
      if (friction) highFriction = friction[0];
    }
    previousWasAsk = counted > 0;
    // "Want it? Happy to send once we connect.": the offer asked, then when it comes, is one ask.
    previousOfferAsk = previousWasAsk && sentence.question && VALUE.offerQuestion.test(text, keywords);
  }

  // Framing questions before the real ask and the connection formula beside it are no further asks.
  if (realAsk && framed + formulas > 0) count -= framed + formulas;
  else if (!evidence && extraText) evidence = extraText;
  // A hook before the real ask is no second ask; with no other ask it is the only one there is.
  if (hooks > 0 && count > hooks) count -= hooks;
  else if (hooks > 0 && !evidence) evidence = hookText;
  if (count === 0 && softest) {
    count = softest.kind === 'vague' ? 0 : 1;
    kind = softest.kind;
    strength = softest.strength;
    evidence = softest.text;
    const softKeywords = findKeywords(softest.text);
    highFriction = HIGH_FRICTION.exec(softest.text, softKeywords)?.[0] ?? highFriction;
  } else if (count === 1) {
    strength = lowFriction ? 1 : 0.85;
  } else if (count > 1) {
    strength = 0.4;
  }
  // A connection note is itself an ask to connect, so it never reads as having no ask at all.
  if (count === 0 && channel === 'linkedin_connection_note') strength = Math.max(strength, 0.25);
  if (highFriction) strength *= 0.55;
  return { strength, evidence, count, kind, highFriction, added };
}

/** A question of how many or how much: a figure asked for. */
const HOW_MUCH = /\bhow (?:many|much)\b/i;

/** An inverted condition opening a question: "Should you find it relevant, would you …", "Were it useful, could I …". */
const INVERTED_CONDITION =
  /^\W*(?:should|were|had)\s+(?:you|it|this|that|they|we|i|any of (?:this|these|them))\b[^,?]{0,80},/i;

/** What an ask needs of them, said after it: "You'd just need to send me the total", "All it takes is a floor plan". */
const ASK_NEEDS =
  /^\W*(?:(?:and|so|but)\s+)?(?:you(?:'d| would|'ll| will)\s+(?:only\s+|just\s+|simply\s+)?(?:need|have)\s+to|all (?:you(?:'d| would)?|i(?:'d| would)?) (?:need|needs?)(?: to do)? (?:is|from you)|all it (?:takes|needs) is|(?:i|we)(?:'d| would) (?:only |just )?need (?:you to|from you))\b/i;

/** Whom to send what was just offered to: "Would you be the right person …?", "Who should I send it to?". */
const WHOM_TO_ASK =
  /^\W*(?:(?:are|would|will) you(?: be)? the (?:right|best) (?:person|contact|one)|who (?:should|would|could|do) i (?:send|ask|speak to|talk to|contact|address))\b/i;
/** Whether what was just offered suits them: "Would that help?", "Does that work?", "Shall I?", "Want it?". */
const SUITS_THEM =
  /^\W*(?:would|does|will|is|shall|should|want|sound|how does|ok|okay)\b(?:\s+\S+){0,4}?\s*\b(?:that|this|it|i)\b(?:\s+\S+){0,2}?\s*\?\s*$/i;

/**
 * A yes/no question about their situation, put before the pitch that answers it ("Quick question: are manual
 * invoices slowing your team down? Paydeck helps …"): a hook, not a request. Not one that asks for time, a day
 * or a favour, and not one followed by another question.
 */
function isHook(sentence: Sentence, nextIsQuestion: boolean | undefined, opening: boolean): boolean {
  return (
    sentence.question &&
    nextIsQuestion === false &&
    // A yes/no question about them, or a question on what, who or how that opens the message ("Who's cooking
    // breakfast for 600 patients on Boxing Day?", "Aisha, how are you finding the new menu rules?").
    ((HOOK.test(sentence.bare) && /\byour?\b/i.test(sentence.bare)) || (opening && OPENING_HOOK.test(sentence.bare))) &&
    !hasRequestVerb(sentence.bare) &&
    !ASK_WHEN.test(sentence.bare)
  );
}
const HOOK = /^\W*(?:quick question\W+)?(?:are|is|do|does|did|have|has|was|were)\b/i;
const OPENING_HOOK =
  /^\W*(?:[\p{L}'-]+,\s*)?(?:how|what|who|which|why)(?:'s|\b)(?![^?]*\b(?:right person|best (?:way|time|person|contact)|in charge|responsible|handles?|point of contact|free|available|budget|timeline|decision)\b)/iu;
/**
 * A short question that only says when or how long (at most six words, no one else brought in): "Tuesday or
 * Wednesday suit?". Whether they are free is a request of its own ("Free Wednesday afternoon?").
 */
const WHEN_FOR_IT = new RegExp(
  `^(?=(?:\\S+\\s+){0,5}\\S+$)(?![^?]*\\b(?:with|free|available)\\b)[^?]*(?:${ASK_WHEN.source}|\\b(?:which|what)\\s+(?:day|week|time|slot)s?\\b)[^?]*\\?$`,
  'i',
);

/**
 * A question that frames their problem rather than asking for anything: a yes/no question about their situation, a
 * choice between two ways they do it ("with or without the duty"), or what happens if ("what happens if the warehouse
 * burns?"). Not one with a request verb, a length or a day.
 */
function framesProblem(text: string, next: Sentence | undefined): boolean {
  if (hasRequestVerb(text) || ASK_WHEN.test(text)) return false;
  if (FRAMING.test(text)) return true;
  // A yes/no question about them is a hook when what follows frames the problem too ("Do you …? And what happens if …?");
  // before "Could we talk Tuesday?" it may be a question of its own.
  return (
    HOOK.test(text) &&
    /\byour?\b/i.test(text) &&
    next !== undefined &&
    next.question &&
    !hasRequestVerb(next.bare) &&
    FRAMING.test(next.bare)
  );
}
const FRAMING =
  /^\W*(?:(?:and|but|so)\s+)?(?:what|who|how)\b[^?]{0,60}?\b(?:if|when)\b|\bwith or without\b|\bor (?:not|without)\b/i;

/** "Kindly accept.", "Please accept my invitation.": a connection request's formula, not an ask of its own. */
const ACCEPT_FORMULA =
  /^\W*(?:(?:kindly|please|pls|do)\s+)?accept(?:\s+(?:my|the|this|our)\s+(?:invitation|invite|request|connection(?:\s+request)?)(?:\s+to\s+connect)?)?\s*[.!]*$/i;

/** "If you send me X and Y, I will tell you Z": the reader's part (one thing or two, not a list), then the sender's. */
const CONDITIONAL_OFFER =
  /^\W*(?:and\s+)?(?:if|should|once) (?:you|u)(?:'d|'re able to)?\s+(?:(?:can|could|just|simply|want to)\s+)?(?:[\w']+\s+(?:[\w']+\s+){0,6}?(?:and|&)\s+)?(?:send|tell|share|give|forward|reply|email|text|drop|let me (?:know|have)|post|mail|upload|point me|introduce me|put me in touch|connect me|(?:flick|ping|shoot|bung|chuck|sling|fire|pass|get)\s+(?:me|us)\s+(?:over\s+)?(?:a|an|the|your|last|this|that|these|those|one|two|three|a few|some|\d+)\s+(?!(?:[\w'-]+\s+){0,2}?(?:meeting|call|chat|catch-?up|intro|introduction|time|date|slot|line|message|note|email|e-mail|text|dm|shout|chance|moment|minute|word|reply|heads-up|ring|buzz|bell|nudge|meet|sit-down|coffee|look-in|audience|foot)\b)[\w'-]+)\b(?:[^.?!,]{0,100},\s*|[^.?!,]{0,100}?\s+)(?:then\s+)?(?:(?:i|we)(?:'ll| will|'d| would| can| could| shall)|ill)\b|^\W*(?:(?:just|simply)\s+)?(?:send|forward|email|drop|share)\s+(?:me|us)\b[^.?!]{0,100}?\b(?:and|,)\s+(?:i|we|you)(?:'ll| will| can)\s+(?:send|have|get|receive|return|turn|run|tell|map)\b/i;

/**
 * An offer for accepting the invitation, the ask of a connection note: "I'd be glad to share it if you'd connect",
 * "Happy to send it over if you accept".
 */
const OFFER_IF_CONNECTED =
  /\b(?:i'd|i would|i'll|i will|we'd|we'll|happy|glad)\b[^.?!]{0,80}?\bif (?:you(?:'d| would)? (?:like to |care to )?(?:connect|accept)\b|we (?:connect|link up)(?=\s*(?:here|on linkedin)?\s*(?:[.!,]|$)))/i;
/**
 * The same offer, for when they have connected: "I'll send the breakdown once we're connected", "Once connected ill send
 * you the route sheet". A future condition on the two of them: not "when we connected at the expo" (past), not "when we
 * connect the line to the header" (a connection of things).
 */
const OFFER_ONCE_CONNECTED =
  /\b(?:i'd|i would|i'll|i will|we'd|we'll|happy|glad)\b[^.?!]{0,80}?\b(?:once|when|as soon as) (?:we(?:'re| are) (?:connected|linked(?: up)?)|we (?:connect|link up)(?!\s+(?:the|a|an|your|our|its?|them|this|that|these|those|to|with the|up the)\b)|you(?:'ve| have) (?:accepted|connected)|you (?:accept|connect)|connected(?!\s+(?:to|with|at|in|by)\b))(?![\w'])|(?:^|[.!?]\s+)\W*(?:(?:and|so)\s+)?(?:once|when|as soon as) (?:we(?:'re| are) (?:connected|linked(?: up)?)|we (?:connect|link up)(?!\s+(?:the|a|an|your|our|its?|them|this|that|these|those|to|with the|up the)\b)|you(?:'ve| have) (?:accepted|connected)|you (?:accept|connect)|connected(?!\s+(?:to|with|at|in|by)\b))(?: (?:my|the) (?:invite|invitation|request))?(?![\w'])[^.?!]{0,20}?,?\s*(?:i(?:'ll| will| can)|we(?:'ll| will| can)|ill)\s+(?:(?:happily|gladly|then|also)\s+)?(?:send|share|pass|forward|show|drop|email)\b/i;
/**
 * What is sent once connected being our sales material, no thing for them: a demo or its invite, a proposal, pricing,
 * our company profile or services, how our platform does it, a weekly feed.
 */
const SENT_SALES =
  /\b(?:demo|demos|calendar invite|invite for|meeting invite|proposal|quote|contract|pricing|price list|prices|brochure|deck|catalog(?:ue)?|company profile|newsletter|every week|weekly|our (?:services|solutions?|company|offering|products?|platform|software|tool)|how our)\b/i;

/** A request that opens a list of what to send back: "Kindly revert with the following:", "Pls share:". */
const LIST_REQUEST =
  /^\W*(?:(?:please|pls|plz|kindly|can you|could you|would you|request you to)\s+)?(?:(?:also|then)\s+)?(?:revert|reply|respond|share|send|provide|confirm|let (?:me|us) know|tell (?:me|us)|advise|forward|give|fill in|fill out|answer)\b[^.?!]{0,40}:$|\b(?:i|we)(?:\s+would|['’]d)?\s+(?:(?:like|love|want|wish)\s+to\s+)?(?:(?:kindly|respectfully|humbly)\s+)?(?:request|ask (?:you )?for)\s+(?:the following|these|a few things|the below)\s*:$|\b(?:kindly|please|pls|could you|can you|would you)\s*:$|^\W*(?:a few|some|several|two|three|four|five|\d) (?:things|ways|options|next steps|ideas) (?:i'd|i would|we'd|we would) (?:love|like) (?:to do|us to do|to propose|to suggest|you to (?:do|consider))?\s*:$|^\W*(?:a few|some|several|two|three|four|five|\d) (?:things|asks|favou?rs) (?:that|which) (?:would|will|could) help (?:us|me)\b[^.?!:]{0,30}:$/i;
const LIST_MARK_ONLY = /^\(?\d{1,2}[.)]$/;
const LIST_ITEM = /^\s*(?:[-*\u2022\u2013]|\(?\d{1,2}[.)])\s*\S/;

/** How many list items follow sentence i: bullets, numbered lines, or a number split from its line ("1." "your availability"). */
/** The items listed after sentence i, and the index of the last sentence they take (a number on its own line takes two). */
export function listAfter(sentences: readonly Sentence[], i: number): { items: number; last: number } {
  const { texts, last } = listedAfter(sentences, i);
  return { items: texts.length, last };
}

/** The items listed after sentence i, as texts (a number on its own line takes the next sentence as its text). */
export function listedAfter(sentences: readonly Sentence[], i: number): { texts: string[]; last: number } {
  const texts: string[] = [];
  let last = i;
  for (let j = i + 1; j < sentences.length; j++) {
    const t = (sentences[j] as Sentence).text;
    if (LIST_MARK_ONLY.test(t)) {
      texts.push((sentences[j + 1] as Sentence | undefined)?.text ?? '');
      j++;
    } else if (LIST_ITEM.test(t)) texts.push(t);
    else break;
    last = Math.min(j, sentences.length - 1);
  }
  return { texts, last };
}

/**
 * A proposal of several things that a list follows ("I'd like to propose the following:", "I'd suggest three things:",
 * "Queria te propor umas coisas:", "Je vous propose trois choses :", "Ich schlage Ihnen drei Dinge vor:"): its items
 * that ask something of them (a call, a demo, a visit, a contact, a form) are that many asks. Items that are what they
 * get (an audit, maintenance included, 15% saved) ask nothing.
 */
const LIST_PROPOSAL =
  /(?<![\p{L}])(?:propose|suggest|propor|proponho|propomos|proponer(?:te|le|les|os)?|propongo|proponemos|proposer|proposons|vorschlagen|vorschlage)(?![\p{L}])[^.!?]{0,40}:$|(?<![\p{L}])(?:schlage|schlagen)(?![\p{L}])[^.!?]{0,40}(?<![\p{L}])vor\s*:$/iu;
const ASK_ITEM =
  /(?<![\p{L}])(?:call|meeting|demo|chat|coffee|visit|intro(?:duction)?|contact|referral|form|survey|anruf|telefonat|termin|treffen|besuch|vorführung|kontakt|formular|gespräch|kaffee|llamada|videollamada|reunión|visita|café|contacto|formulario|presentación|cita|appel|réunion|rendez-vous|rdv|démo|visite|formulaire|présentation|visio|chamada|ligação|reunião|contato|formulário|apresentação|conversa|papo)(?![\p{L}])|(?<![\p{L}])(?:votre|ta|su|tu|sua|tua|your|ihre)\s+(?:inscription|inscripción|inscrição|anmeldung|registration|sign-?up)(?![\p{L}])|^\W*(?:\d{1,2}[.)]\s*)?(?:please\s+)?(?:send|fill|pass|forward|share|introduce|sign|register|book|reply|answer|check out|take a look|look at|me passa|me manda|me envia|preench\p{L}*|dá uma olhada|responde|envíame|mándame|pásame|rellen\p{L}*|echa un vistazo|envoyez|remplissez|transmettez|jetez un (?:œil|oeil)|schicken sie|senden sie|füllen sie|schauen sie)(?![\p{L}])/iu;

/** When sentence i is a proposal a list follows (LIST_PROPOSAL), how many of the items ask something of them; 0 below two. */
export function proposedAsks(sentences: readonly Sentence[], i: number): { asks: number; last: number } {
  const text = (sentences[i] as Sentence).text;
  if (!text.endsWith(':') || !LIST_PROPOSAL.test(text)) return { asks: 0, last: i };
  const { texts, last } = listedAfter(sentences, i);
  const asks = texts.filter((t) => ASK_ITEM.test(t)).length;
  return { asks: asks >= 2 ? asks : 0, last };
}

/** How many offers a sentence lists for them to choose from, when it or the next one leaves the choice to them; else 0. */
function offerMenu(text: string, next: string): number {
  // The choice left to them is a cheap test and rare; the list pattern backtracks on every comma.
  if (!(THEIR_PICK.test(text) || THEIR_PICK.test(next)) || !text.includes(' or ')) return 0;
  const list = OFFER_LIST.exec(text);
  if (!list) return 0;
  return list[0].split(/,\s*(?:or\s+)?|\s+or\s+/).filter((item) => item.trim() !== '').length;
}
/** Three or more items, the last after "or": "walk you through it, share the template, or set up a trial". */
const OFFER_LIST = /[^,.?!;:]{2,60}(?:,\s*[^,.?!;:]{2,60}){1,},?\s+or\s+[^,.?!;:\u2014\u2013]{2,60}/;
/** The choice left to them: "whatever's easiest", "let me know which you'd prefer". */
const THEIR_PICK =
  /\b(?:whatever(?:'s| is| works| suits)|whichever|(?:which|what) (?:one )?(?:you'd|you would) (?:prefer|like)|(?:your|you) (?:pick|choose)|up to you)\b/i;

/** "(a) … (b) …": lettered options, each an ask. Only a text with a bracket can have them. */
function countLettered(text: string): number {
  return text.includes('(') ? (text.match(ASK.lettered) ?? []).length : 0;
}

/**
 * "Happy to send it over.", "Glad to share the checklist if useful.": an offer of a thing, said as the close, asks for
 * nothing but a reply to get it; the ask when nothing else is asked.
 */
const GLAD_TO_SEND =
  /^\W*(?:(?:i'?m|i am|i'?d be|i would be|we'?re|we are|we'?d be)\s+)?(?:(?:more than|always|very)\s+)?(?:happy|glad|keen) to (?:send|share|forward|pass) (?:it|them|this|that|one|a copy|(?:the|our|my) [\w-]+(?: [\w-]+)?)(?:\s+(?:over|across|along|on|your way|to you))?(?:\s+if (?:useful|helpful|it helps|it's useful|you(?:'d| would) like|you want))?\s*[.!]*$/i;

/**
 * "Should a brief conversation be of use, I am free on Tuesday 18th or Thursday 20th after 2 pm": the sender's time,
 * offered for the talk, is the ask when nothing else is asked.
 */
const FREE_FOR_IT =
  /^\W*(?:(?:if|should)\b[^.?!]{0,80},\s*)?(?:i'?m|i am|we'?re|we are)\s+(?:free|available|around)\s+(?:(?:on|at|this|next|any\s?time|most|all)\s+)?(?:monday|tuesday|wednesday|thursday|friday|mon|tue|tues|wed|thu|thurs|fri|tomorrow|week|afternoon|morning|\d{1,2}(?:st|nd|rd|th|(?::\d{2})?\s*(?:am|pm)))/i;

/** A nod to the ask or offer just made: "Would that be ok for you?", "Does that work?", "Sound good?". */
const NOD_TO_IT =
  /^\W*(?:(?:would|does|will|is|could|can)\s+(?:that|this|it)\s+(?:be\s+)?(?:ok(?:ay)?|alright|all right|fine|possible|work|suit|help|sound\s+(?:ok(?:ay)?|good|fair))|(?:sound|sounds)\s+(?:ok(?:ay)?|good|fair))(?:\s+(?:for|with|to)\s+you)?\W*$/i;

/** A condition on the ask before, then the one easy step that takes it up: "If so, you need only reply with a day". */
const TAKE_UP =
  /^\W*(?:(?:and|or)\s+)?if (?:so|yes|that works|it does|you are|you're|interested)\b[^.!?]{0,30}\b(?:just|only|simply)\b[^.!?]{0,20}\b(?:reply|send|say|tell me|let me know|drop me)\b/i;
/** "Just reply yes", "A simple yes is enough": how to answer, not a request of its own. */
const HOW_TO_ANSWER =
  /^\W*(?:(?:and|or)\s+)?(?:(?:just|simply)\s+)?(?:(?:reply|respond|answer|write back)(?:\s+with)?\s+(?:["“'‘]?(?:yes|y|ok|okay|sure|aye|yep|yeah)\b|["“'‘][\p{L}!]{1,12}["”'’])|(?:a|one)\s+(?:simple|quick|short)?\s*["“'‘]?yes["”'’]?\s+(?:is enough|will do|works))|^\W*(?:i'?m (?:flexible|easy)|happy to work around you)?,?\s*(?:(?:just|so)\s+)?let me know what (?:works|suits)(?: (?:you|best|for you))?\W*$/iu;

/**
 * "Your renewal is due this year, isn't it?": a fact put to them for a nod, not a question to answer. So is an
 * exclamation with a question mark: "Great running into you Friday, what a finish huh?".
 */
const TAG_QUESTION =
  /,\s*(?:isn't it|aren't they|aren't you|isn't that|wasn't it|don't you|doesn't it|didn't you|haven't you|right|correct|no|am i right|am i wrong|yes|true|agreed)\s*\?+\s*$|^(?!\W*(?:do|does|did|is|are|was|were|would|could|can|will|shall|should|am|how|what|which|when|where|who|why)\b)(?![^?]*\b(?:sounds?|looks?|seems?|feels?|about|all|is that|am i)\s+right\b)[^?]*\s+right\s*\?+\s*$|(?:^\W*|,\s*)what an?\s+[^?,]{1,40}?(?:,?\s+(?:huh|eh))?\?+\s*$/i;

/** "Let me know.", "Kindly let me know if so.": nothing asked but a reply to what came before. */
const BARE_LET_ME_KNOW =
  /^\W*(?:(?:kindly|please|just|do)\s+)?(?:let me know|lmk|tell me|say so)(?:\s+(?:if so|if (?:you(?:'d| would) like|you want) (?:it|that|one|a copy)|if (?:that|it) (?:works|helps|suits)))?\s*[.!]*$/i;

/** A wish for a meeting or a task, however hedged: "I would very much like to arrange…". */
const WISH = screened(['like', 'love'], /\b(?:would|'d)\s+(?:very much\s+|really\s+)?(?:like|love)\s+to\b/i);

function hasRequestVerb(text: string): boolean {
  return /\b(?:would|could|can|shall|should|may|want|interested|worth|open to|mind|ok to)\b/i.test(text);
}

export function readParts(
  anatomy: Anatomy,
  channel: Channel | undefined,
  prospect: Set<string>,
  company: readonly string[] = [],
): PartsReading & {
  flatteryOnly: boolean;
  /**
   * Concrete things named in the whole body (numbers, quotes, proper nouns other than the prospect's).
   * A function: counting them costs, and only the boilerplate verdict of a vague message asks.
   */
  specifics: () => number;
} {
  let who = readWhoIAm(anatomy, prospect);
  // Someone met in person knows who is writing: "good meeting u at our booth at the agc show", "Further to our
  // brief exchange at the AAOS meeting", "thanks again for the time at … on Thursday". The meeting says who, as a
  // follow-up's first message does; so does a promise kept ("As promised, here's …").
  if (who.strength < 0.6) {
    const met = anatomy.sentences.find((s) => MET_WORDS.mayMatch(s.keywords) && MET_IN_PERSON.test(s.text));
    const thanked = met ? null : THANKS_FOR_THE_TIME.exec(anatomy.body);
    // So does what they were promised, handed over: "As promised, here's the calculator I mentioned".
    const promised = met || thanked ? undefined : anatomy.sentences.find((s) => AS_PROMISED_HERE.test(s.text));
    if (met) who = hit(0.6, met.text);
    else if (thanked) who = hit(0.6, thanked[0]);
    else if (promised) who = hit(0.6, promised.text);
  }
  const why = readWhyYou(anatomy, prospect, company);
  const value = readWhatsInIt(anatomy, company);
  const ask = readAsk(anatomy, channel, company);
  const part = (h: Hit, threshold = 0.5): PartResult => {
    const r: PartResult = { present: h.strength >= threshold, strength: round2(h.strength) };
    if (h.evidence) r.evidence = clip(h.evidence);
    return r;
  };
  // Counted only when the boilerplate verdict asks: concrete things outside stock sentences and the
  // sender's own introduction.
  const specifics = (): number => concreteSpecifics(anatomy.sentences, prospect, who.evidence);
  return {
    parts: {
      who_i_am: part(who),
      why_you: part(why),
      whats_in_it_for_you: part(value),
      one_clear_ask: part({ strength: ask.strength, evidence: ask.evidence }, 0.45),
    },
    ask: { count: ask.count, kind: ask.kind, highFriction: ask.highFriction, added: ask.added },
    flatteryOnly: why.flatteryOnly,
    specifics,
  };
}

/**
 * What a message says that a template could not: numbers, quotations and names, counted in every
 * sentence but the stock ones ("companies like yours", "I came across your profile", "add you to my
 * network"), and with only numbers counted in the sender's introduction (`introduction`, the who-I-am
 * sentence): "Albury Advisory" or "Talent Acquisition Partner" is in every template its sender sends.
 */
export function concreteSpecifics(sentences: readonly Sentence[], prospect: Set<string>, introduction: string): number {
  let n = 0;
  for (const { text, bare, keywords } of sentences) {
    // An emoji often ends a sentence where no full stop does ("Exciting opportunity alert 🚨 Saw
    // you've spent 3 years on…"): each piece is read on its own.
    const pieces = EMOJI_RUN.test(bare) ? bare.split(EMOJI_RUN) : [bare];
    for (const piece of pieces) {
      const words = pieces.length === 1 ? keywords : findKeywords(piece);
      // "I would like to introduce myself and Harbourline Consulting", "greetings from Rotterdam" introduce the sender too.
      const own =
        text === introduction ||
        ((piece.includes('introduce ') || piece.includes(' from ')) && INTRODUCES_SELF.test(piece));
      if (!isStock(piece, words)) n += countConcrete(piece, prospect, words, own);
    }
  }
  return n;
}

const INTRODUCES_SELF = /\bintroduce (?:myself|ourselves|us)\b|\b(?:greetings|hello|hi) from\b/i;
const EMOJI_RUN = /\s*\p{Extended_Pictographic}(?:\p{Extended_Pictographic}|\uFE0F|\u200D|\s)*/u;

/** A sentence any template has: a sign-off run into the body, unnamed mutual connections, a stock phrase, a default invitation or flattery. */
function isStock(text: string, keywords: Keywords): boolean {
  return (
    SIGN_OFF_LINE.test(text) ||
    WHY.vagueMutual.test(text, keywords) ||
    GENERIC_AUDIENCE.test(text, keywords) ||
    GENERIC_AUDIENCE_NAMED.test(text, keywords) ||
    DEFAULT_INVITATION.test(text, keywords) ||
    FLATTERY.test(text, keywords)
  );
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

export type { Sentence };

/** A thing of the sender's tied to what they said or run ("…, which ties back to the 9% write-offs you mentioned"). */
function tiedToYou(text: string, keywords: Keywords): boolean {
  const m = FOR_READER.tiedToThem.exec(text, keywords);
  return !!m && /\b(?:you|your)\b/i.test(text.slice(m.index + m[0].length - 4, m.index + m[0].length + 60));
}

/** A service of ours done for nothing: "We map salinity free for first-time clients", "we test two samples at no charge". */
const SERVICE_FREE = screened(
  ['free', 'no cost', 'no charge', 'on us'],
  /\b(?:we|i)\s+(?:(?:also|usually|always|will|can|'ll)\s+)?(?:map|test|audit|check|survey|inspect|review|scan|assess|measure|design|quote|install|train|clean|calibrate|service|trial|sample|model)s?\b[^.?!;]{0,50}?\b(?:(?<!\bfeel\s)(?<![-p{L}])free(?!\s+to\b)|at no (?:cost|charge)|no charge|on us)\b/i,
);

/**
 * A chore the sender's firm already does, counted, for peers placed where the reader is: "we handle Constructiv stamps
 * and bad-weather leave for about twenty firms in JC 124", "we run rosters for 14 practices like yours across
 * Cheshire", "for 12 hotels in the same region". The same work done for that many of their kind, there, is what the
 * reader would get; "like yours" alone places no one ("we do digital marketing for over 200 businesses like yours" is
 * the mass-template line), nor does "your sector" or "your area", and "we help companies grow" counts and places no one.
 */
const PEERS_WE_SERVE = screened(
  [
    'we handle',
    'we run ',
    'we do ',
    'we manage',
    'we process',
    'we look after',
    'we take care',
    'we deal with',
    'we sort',
    'we file',
  ],
  /\bwe\s+(?:handle|run|do|manage|process|look after|take care of|deal with|sort(?: out)?|file)\b[^.?!;]{3,100}?\bfor\s+(?:(?:about|around|some|over|more than|nearly|roughly|close to|just over|just under)\s+)?(?:\d+|a dozen|dozens of|twenty|thirty|forty|fifty|sixty|a hundred|eight|nine|ten|eleven|twelve|fifteen)\s+(?:[\w-]+\s+){0,2}?(?:(?:firms?|companies|businesses|practices|clinics|sites|contractors|builders|employers|operators|shops|stores|plants|mills|farms|schools|hotels|restaurants|agencies|depots|fleets|teams|outfits|clients|customers)\s+(?:(?:in|under|on|across|within)\s+(?:the\s+)?(?:(?!q[1-4]\b)[a-z]{1,6}\.?\s?\d{1,4}\b|same (?:region|area|joint committee|county|town|city|district|valley|borough)\b)|(?:(?:just\s+)?like (?:yours|you)|(?:of\s+)?your size)\s+(?:in|across|around|near|within|throughout)\s+(?!(?:your|the|our|this|that|a|an|all|every|many|various|different|other|my|their|each|any|both|total|sector|industry|market|business|trade|region|area|country|world|uk|us|usa|europe|general|particular)\b)[a-z][\w'-]+))/i,
);

/** A wish to hand something over, or leave to, after connecting: "would love to share it", "may I connect and send you". */
const LOVE_TO_HAND_OVER =
  /(?:\b(?:i|we)(?:'d| would)|\band would)\s+love\s+to\s+(?:send|share|pass on|forward)\b|\b(?:can|could|may|might|shall)\s+i\s+(?:connect|link up)\s+(?:here\s+)?and\s+(?:send|share|email|forward|pass on)\b/i;
/**
 * The same wish in the words of every connection note, "would like / be glad / be happy to (connect and) share", with the
 * dropped subject of en-IN notes ("Would like to connect and share a 1-pager we made on the same").
 */
const LIKE_TO_HAND_OVER =
  /(?:\b(?:i|we)(?:'d| would| will)|\band would|^\W*(?:would|will))\s+(?:love|like|be (?:glad|happy))\s+to\s+(?:(?:connect|link up)\s+(?:with you\s+)?(?:here\s+)?and\s+)?(?:send|share|pass on|forward)\b/i;
/** What is handed over, up to the first comma or the sentence's end: "you the checklist we made", "with you our deck". */
const HANDED_OVER = /^(?:\s+(?:you|with you|over))?\s+([^,;.!?]*)/i;
/** Talk rather than a thing: "share ideas / notes / thoughts / knowledge / experiences / best practices / insights". */
const SHARED_TALK =
  /^(?:(?:some|my|our|a few|any)\s+)?(?:ideas|thoughts|notes|knowledge|experiences?|best practices|insights|views|learnings?)\b/i;
/** Sales collateral about us: "our company profile PDF", "our product brochure", "results our clients got with our platform". */
const COLLATERAL =
  /\b(?:our|my)\s+(?:(?:company|product|corporate|service|services|agency|firm)\s+)?(?:profile|brochures?|portfolio|catalogu?e?|deck|price ?list|rate card|presentation)\b|\b(?:using|with|on|through|via)\s+our\s+(?:platform|product|software|app|tool|solution|services?)\b|\bour\s+(?:clients|customers)\b|\b(?:for|with)\s+our\s+(?:clients|customers)\b|\bhow\s+(?:we|our\s+\w+)\s+(?:can|could|will|helps?)\b/i;

function handsOverAThing(text: string, keywords: Keywords): boolean {
  const wish = LIKE_TO_HAND_OVER.exec(text);
  if (!wish) return false;
  const thing = HANDED_OVER.exec(text.slice(wish.index + wish[0].length))?.[1] ?? '';
  return (
    RESOURCE.test(thing, keywords) &&
    !SHARED_TALK.test(thing) &&
    !COLLATERAL.test(thing) &&
    !VAGUE_INTENT.test(thing, keywords)
  );
}
