// The draft composer: the rep's answers in the draft modal (fragments, often without a verb) turned
// into a message that reads like a person wrote it. Pure and deterministic: the same answers always
// give the same draft, and different answers give differently shaped drafts, so a team's messages
// don't all share one template that prospects learn to recognise.
import {
  type FramedLang,
  deDassComma,
  deWhoCased,
  deNounsCapitalised,
  framedParts,
  ES_FIRM_WORD,
  FRAMED_ASK_HANDS_OVER,
  DE_GRAMMAR,
  genderOf,
  isFramedLang,
  RESULT_FIGURE,
  registerApplied,
  bareOrgAsYours,
  surnameCompanyAsYours,
  withoutShowHow,
  PEER_PLACE,
} from './draft-frames';
import { answersOneByOne, closingSignOff, gerundIsVerb, isTermAcronym, readAnswers } from './draft-input';
import { namesTypedLower } from './draft-names';
import { thirdPartyOwnHeld } from './draft-owner';
import {
  frSpoken,
  lexiconTags,
  looksLikeFirstName,
  nameCased,
  nameInAnyCase,
  peopleNamed,
  readsAsGerund,
  readsAsVerb,
  scotsCue,
  tidyAnswer,
  titleCase,
} from './draft-tidy';
import { asGerund, oneAsk, VAGUE_CONNECT, VAGUE_LET_ME_KNOW } from './draft-ask';
import {
  activeValue,
  clauseListSentence,
  featureListSentence,
  joinTrailingClauses,
  notAnotherSentence,
  questionThenStatement,
  termsSentence,
  VALUE_QUESTION,
  opensWithVerb,
  valueClauseAt,
} from './draft-value';
import { isPraiseOnly } from './purpose-check/patterns';
import { detectLanguage } from './language';
import { type Channel, CHANNEL_LIMITS } from './purpose-check';
import { WALL_OF_TEXT_WORDS } from './purpose-check/channels';

export type DraftAnswers = {
  channel: Channel;
  prospectName: string;
  company?: string;
  role?: string;
  whoIAm: string;
  howKnown?: string;
  whyYou: string;
  whatsInIt: string;
  ask: string;
  senderName?: string;
};

// Cold messages much longer than this get skimmed; where the rep's answers allow, stay under it.
export const SOFT_WORD_LIMIT = 125;

export function composeDraft(typedAnswers: DraftAnswers): string {
  // The phrasing is chosen by what the rep typed, before the names in it were written with their capitals.
  const seed = stableHash(
    [
      typedAnswers.channel,
      typedAnswers.prospectName,
      typedAnswers.whoIAm,
      typedAnswers.howKnown ?? '',
      typedAnswers.whyYou,
      typedAnswers.whatsInIt,
      typedAnswers.ask,
    ].join('\u0000'),
  );
  const { answers, finish } = namesTypedLower('en', typedAnswers);
  const typed = [answers.whoIAm, answers.howKnown ?? '', answers.whyYou, answers.whatsInIt, answers.ask];
  const people = peopleNamed(typed, answers.prospectName);
  // Scots "wi", "fae" only where the answers are Scots elsewhere too ("ken", "wee", "didnae"): scotsToPlain.
  const scots = scotsCue(typed);
  const tidy = (text: string) =>
    clean(tidyAnswer(text, { ...(answers.company ? { company: answers.company } : {}), people, scots }));
  // What a customer, a peer or another firm named as its clause's subject owns is theirs, never the reader's.
  const you = (text: string, withThey = true) =>
    thirdPartyOwnHeld('en', (t) => toSecondPerson(t, answers.prospectName, withThey, people, answers.company))(
      companyOwnsItself(tidy(text), answers.company),
    );
  const howKnown = youSpliceJoined(you(answers.howKnown ?? ''));
  // Answers typed in each other's box: the rep's offer under "why them?", their situation under "what's in it".
  const swapped = isOffer(answers.whyYou) && /^(their|his|her|your)\b/i.test(answers.whatsInIt.trim());
  const whyTyped = swapped ? answers.whatsInIt : answers.whyYou;
  const whatTyped = swapped ? answers.whyYou : answers.whatsInIt;
  const why = postedThat(
    andAgree(
      you(
        whyObserved(
          surnameCompanyAsYour(whyTyped, answers.company, answers.prospectName),
          answers.company,
          answers.role,
          answers.prospectName,
        ),
      ),
    ),
  );
  const whyJoined = youSpliceJoined(why);
  // "same underwriter could look at Nowak's financials" to Dariusz Nowak of Nowak Mechanical: theirs, as in why-them.
  const whatAsTyped = theirToYour(surnameCompanyAsYour(you(whatTyped, false), answers.company, answers.prospectName));
  const whatWithYou = withoutCourtesyLead(whatAsTyped);
  const company = senderCompany(answers.whoIAm);
  // A value typed as a question, terms, a passive or a clause of its own is said as a sentence.
  const stated = statedValue(whatWithYou, company, answers.whoIAm);
  const claim = stated ? '' : valueWithSubject(whatWithYou, company);
  const state: DraftState = {
    answers,
    seed,
    // The rep writes about the prospect ("her talk"); the draft speaks to them ("your talk").
    fragments: {
      who: firmWhatAside(
        meFirst(ownNameCapitalised(tidy(withoutAddressee(answers.whoIAm, answers.prospectName)), answers.senderName)),
      ),
      // "saw her speak at SaaStr" adds nothing when why-them says "she spoke at SaaStr about …".
      howKnown: repeats(howKnown, why) ? '' : howKnown,
      why: whyJoined,
      // "… caps site load. can show a dashboard": the offer after a claim is the rep's, said so.
      what: offerVoice(stated || joinTrailingClauses(claim, company)),
      // In "your one ask", "they" is the prospect: "would they want the teardown".
      ask: askInSecondPerson(answers.ask, you, `${whatTyped} ${answers.ask}`, whyTyped),
    },
    // A value typed as what the product does, given its subject above: said as a claim, and offered.
    whatIsClaim: stated === '' && claim !== whatWithYou,
    whatIsSentence: stated !== '',
    whatIsNews: whatWithYou !== whatAsTyped && holdsNoResult(whatWithYou),
    showHowOff: false,
    withGreeting: true,
    withSignOff: true,
    withHowKnown: true,
    compact: false,
  };

  // LinkedIn refuses to send over its limits (a connection note: 300 characters), so they are hard.
  const limit = CHANNEL_LIMITS[answers.channel];
  if (limit !== null) fitCharacters(state, limit);
  fitWords(state, SOFT_WORD_LIMIT);
  return finish(render(state));
}

type Fragments = { who: string; howKnown: string; why: string; what: string; ask: string };

type DraftState = {
  answers: DraftAnswers;
  seed: number;
  fragments: Fragments;
  whatIsClaim: boolean;
  /** The value already is a sentence (a question, terms, a clause): said as typed, never framed as an offer. */
  whatIsSentence: boolean;
  withGreeting: boolean;
  withSignOff: boolean;
  withHowKnown: boolean;
  /** The shortest lead-ins ("I can share" rather than "I'd be glad to send you"). */
  compact: boolean;
  /** A noted statement with no result in it ("fyi: we are sold out until may"): told, never offered as a result. */
  whatIsNews?: boolean;
  /**
   * Over a hard limit, the composer's "…, and I'm happy to share how" after a claim goes before the claim's figure does:
   * "Our sensors cut windshield time, operator near andrews dropped drive miles 35% first qtr" says more than "Our sensors
   * cut windshield time, and I'm happy to share how".
   */
  showHowOff?: boolean;
};

// Over a hard limit, give up the niceties first (sign-off, how you know them, generic praise), then
// the rep's long answers down to their first sentence, then the longer phrasings and the greeting, and
// only then the rep's own words, clause by clause, the ask last of all. The specific hook stays.
function fitCharacters(state: DraftState, limit: number): void {
  // A referral is the strongest hook: it gives clauses, as why-them does, and stays while clauses can make room for it.
  // Where only words or the greeting could, it goes; a why-them that quotes the referrer then names them in full.
  const met = !EN_REFERRED.test(state.fragments.howKnown) && EN_MET.test(state.fragments.howKnown);
  if (EN_REFERRED.test(state.fragments.howKnown) || met) {
    const before = { ...state, fragments: { ...state.fragments } };
    // Where they met is the hook; what the rep adds about the meeting ("our booth was next to theirs") goes first.
    if (met && render(state).length > limit) state.fragments.howKnown = metOnly(state.fragments.howKnown);
    // Never at the cost of the rep's company: "I'm Greg Sutton." says less than the referral adds.
    const company = senderCompany(state.fragments.who);
    const keepsCompany = () => !company || state.fragments.who.includes(company);
    if (fitCharactersWith(state, limit, 'referral') && keepsCompany()) return;
    Object.assign(state, before, { fragments: { ...before.fragments } });
    const named = referrerNamed(state.fragments.why, state.fragments.howKnown);
    if (named !== state.fragments.why) {
      state.fragments.why = named;
      if (fitCharactersWith(state, limit, 'named') && keepsCompany()) return;
      Object.assign(state, before, { fragments: { ...before.fragments } });
    }
  }
  fitCharactersWith(state, limit, 'plain');
}

/**
 * Why-them quoting the referrer by first name ("Kev says your crews …") names them as how-you-know does ("Kev Martins at
 * Stonecrest says …"), so the referral survives how-you-know going.
 */
function referrerNamed(why: string, known: string): string {
  const referrer =
    /(?:^|[-–—:]\s*|\bfrom\s+|\bby\s+)(\p{Lu}[\p{L}'’-]+)((?:\s+\p{Lu}[\p{L}'’-]+)?(?:\s+(?:at|from)\s+\p{Lu}[\p{L}'’&-]+(?:\s+\p{Lu}[\p{L}'’&-]+)?)?)/u.exec(
      known,
    );
  const [, first = '', rest = ''] = referrer ?? [];
  if (!first || !rest || !new RegExp(`^${escapeRegExp(first)}\\s+\\p{Ll}`, 'u').test(why)) return why;
  return `${first}${rest}${why.slice(first.length)}`;
}

/**
 * Fits the draft to `limit`. Keeping the referral, or naming the referrer in why-them, is tried first: false when only
 * words or the greeting would make that fit.
 */
function fitCharactersWith(state: DraftState, limit: number, mode: 'referral' | 'named' | 'plain'): boolean {
  const fits = () => render(state).length <= limit;
  const trying = mode !== 'plain';
  const steps: Array<() => void> = [
    () => (state.withSignOff = false),
    () => (state.withHowKnown = mode === 'referral'),
    // Generic praise ("congrats on the new role!", "great post") goes before any specific word does.
    ...(['why', 'what'] as const).map((key) => () => {
      const kept = withoutGenericPraise(state.fragments[key]);
      if (kept !== '') state.fragments[key] = kept;
    }),
    // Answers written in full sentences keep one: why-them its most specific, the value its first;
    // who-I-am keeps name, role and company.
    () => (state.fragments.why = mostSpecificSentence(state.fragments.why)),
    () => {
      const cut = firstSentenceAndOffer(state.fragments.what);
      if (!showHowGivesWay(state, cut)) state.fragments.what = cut;
    },
    () => (state.fragments.who = briefWho(state.fragments.who)),
    () => (state.compact = true),
    // Trailing clauses of the longest answers go before the greeting does: "Hi Martin," costs 11 characters.
    () => {
      let asideOf = '';
      for (let guard = 0; guard < 50 && !fits(); guard++) {
        const longest = (['why', 'what', 'who', ...(state.withHowKnown ? (['howKnown'] as const) : [])] as const)
          .filter((k) => shortenClause(k, state.fragments[k]) !== state.fragments[k])
          .sort((a, b) => state.fragments[b].length - state.fragments[a].length)[0];
        // What the value does for them ("…, shows wet insulation before it turns into another leak") says more than an
        // aside on what the rep's firm does ("(commercial tpo, surveys, repair)"): the aside goes first.
        let key = longest === 'what' && withoutAside(state.fragments.who) ? 'who' : longest;
        if (key === undefined) break;
        if (key === 'who' && longest !== 'who') asideOf = state.fragments.who;
        if (key === 'what' && showHowGivesWay(state, shortenClause(key, state.fragments[key]))) continue;
        // With the offer said short for it, the value's figure stays while another answer has a clause to give.
        if (
          key === 'what' &&
          state.showHowOff &&
          losesFigure(state.fragments.what, shortenClause(key, state.fragments.what))
        )
          key =
            (['why', 'who', ...(state.withHowKnown ? (['howKnown'] as const) : [])] as const)
              .filter((k) => {
                const cut = shortenClause(k, state.fragments[k]);
                // Never for the rep's firm, or another figure.
                const firm = k === 'who' ? senderCompany(state.fragments.who) : '';
                return (
                  cut !== state.fragments[k] &&
                  !losesFigure(state.fragments[k], cut) &&
                  (!firm || cut.includes(firm)) &&
                  givesClauseSafely(k, state.fragments[k], cut)
                );
              })
              .sort((a, b) => state.fragments[b].length - state.fragments[a].length)[0] ?? 'what';
        state.fragments[key] = shortenClause(key, state.fragments[key]);
      }
      // The offer said short comes back where the note, as cut, fits with it.
      if (state.showHowOff && fits()) {
        state.showHowOff = false;
        if (!fits()) state.showHowOff = true;
      }
      // The aside comes back where the value gave its clause all the same.
      if (asideOf && fits()) {
        const cut = state.fragments.who;
        state.fragments.who = asideOf;
        if (!fits()) state.fragments.who = cut;
      }
    },
    // Who-I-am is name, role and firm before the greeting goes: where they are based ("here in Chicago", "in Cork")
    // is the rep's own extra, and "Hi Ngozi," says more to her than it does.
    () => (state.fragments.who = withoutOwnPlace(state.fragments.who)),
    () => (state.withGreeting = false),
  ];
  for (const step of steps) {
    if (fits()) return true;
    if (trying && step === steps[steps.length - 1]) return false;
    step();
  }
  // Each pass shortens the longest of the rep's fragments; the ask keeps its words while others can give.
  for (let guard = 0; guard < 500 && !fits(); guard++) {
    const order: Array<keyof Fragments> = ['why', 'what', 'who'];
    // Who-I-am never loses the last name in it ("I'm on the partnerships team at Brightcart" is not cut to "I'm."):
    // the other answers give words first.
    const candidates = order.filter(
      (k) => wordCount(state.fragments[k]) > 3 && (k !== 'who' || namesSomeone(shorten(state.fragments[k], 'word'))),
    );
    const key =
      candidates.sort((a, b) => state.fragments[b].length - state.fragments[a].length)[0] ??
      (wordCount(state.fragments.ask) > 3 ? 'ask' : undefined);
    if (key === undefined) break;
    if (key === 'what' && showHowGivesWay(state, shortenWhatWord(state.fragments.what))) continue;
    state.fragments[key] =
      key === 'what' ? shortenWhatWord(state.fragments.what) : shorten(state.fragments[key], 'word');
  }
  // Words given after the greeting went may leave room for it again.
  if (!state.withGreeting && fits()) {
    state.withGreeting = true;
    if (!fits()) state.withGreeting = false;
  }
  // Pathological input (a single 400-character word): cut the text itself rather than break the limit.
  if (!fits()) {
    const text = render(state);
    state.fragments = { who: '', howKnown: '', why: '', what: '', ask: '' };
    state.fragments.ask = text.slice(0, limit - 1).trimEnd();
  }
  return true;
}

/**
 * Where cutting the value to `cut` would take a figure of the rep's with it ("…, operator near andrews dropped drive miles
 * 35% first qtr") while the composer's "and I'm happy to share how" stays, the composer's words go instead: true when
 * they did (once a draft).
 */
function showHowGivesWay(state: DraftState, cut: string): boolean {
  if (state.showHowOff || !losesFigure(state.fragments.what, cut)) return false;
  const before = render(state);
  state.showHowOff = true;
  if (render(state) !== before) return true;
  state.showHowOff = false;
  return false;
}

/**
 * What shows they were seen or why now: their post, talk or the news ("your post said audits are all paper"), a seeing
 * verb ("I noticed", "saw"), or an event ("new DC", "opened", "won", "expanding", "hiring").
 */
const HOOK_WORDS =
  /(?<![\p{L}])(?:post(?:s|ed)?|talk(?:s|ed)?|spoke|speak(?:ing)?|news|article|interview|podcast|webinar|comment(?:s|ed)?|piece|panel|noticed?|saw|seen|see|read|heard|watched|opened|opening|open(?:s|ing)?|won|wins?|winning|expand(?:s|ed|ing)?|expansion|grow(?:s|ing)|grew|new|launch(?:es|ed|ing)?|hiring|hired|hires|raised|acquir\w*|merg\w*|mov(?:ed|ing)|announc\w*|DCs?|site|contract|fine[ds]?)(?![\p{L}])/iu;

/**
 * Another answer's clause given up so the value keeps its figure (see fitCharactersWith) must not carry the hook
 * (why-them and how-you-know: "new DC means new cold rooms to monitor"), nor leave a scrap of what the rep's firm does
 * ("Carewell Rota, rota", "we build valuation"): who-I-am gives whole parts only ("Dublin based").
 */
function givesClauseSafely(key: keyof Fragments, fragment: string, cut: string): boolean {
  if (key === 'who') {
    const parts = fragment.split(/,\s+/).map((x) => x.trim());
    return cut.split(/,\s+/).every((x) => parts.includes(x.trim()));
  }
  const kept = new Set(cut.toLowerCase().split(/\s+/));
  const given = fragment
    .split(/\s+/)
    .filter((w) => !kept.has(w.toLowerCase()))
    .join(' ');
  return !HOOK_WORDS.test(given);
}

/** `cut` leaves out a figure of `text` ("35%", "~£250k"). */
function losesFigure(text: string, cut: string): boolean {
  const figures = (t: string) => t.split(/\s+/).filter((w) => /\p{N}/u.test(w));
  const kept = figures(cut);
  return figures(text).some((w) => !kept.includes(w));
}

/**
 * How-you-know names who sent the rep: "referral - Kev at Stonecrest said I should reach out", "Priya suggested I get in
 * touch", "Tom gave me your name".
 */
const EN_REFERRED =
  /^(?!(?:linkedin|google|sales navigator|the algorithm|apollo|zoominfo)(?![\p{L}]))[^.]*?(?<![\p{L}])(?:referr(?:al|ed)|recommended|introduced|suggested|said (?:I|i|we) (?:should|shld|shd|could|might)|told me to|gave me (?:your|his|her|their) (?:name|details|number|contact|email)|put me (?:onto|on to|in touch)|pointed me)(?![\p{L}])/u;

/**
 * How-you-know says the rep met them in person ("met her at the phx home services expo", "we spoke at the booth"): the
 * hook a reader remembers, as strong as a referral. "Met" on LinkedIn or a list is no meeting.
 */
const EN_MET =
  /^(?:(?:I|we)\s+)?(?:met|spoke|chatted|talked)\s+(?:(?:you|her|him|them|with\s+(?:you|her|him|them))\s+)?(?:briefly\s+)?(?:at|during)\s+(?!(?:linkedin|a webinar|the webinar))/iu;

/** "I met you at the expo, our booth was next to yours" → "I met you at the expo": the meeting, without what follows. */
function metOnly(known: string): string {
  let out = known;
  for (let next = shortenReferral(out); next !== out; next = shortenReferral(out)) out = next;
  return out;
}

/**
 * Who-I-am without where the rep is based, after their firm: "I'm Sam, broker at Brennan Hale here in Chicago" → "I'm
 * Sam, broker at Brennan Hale", "I'm Aoife with Lee Valley Validation in Cork" → "… with Lee Valley Validation". Only a
 * place last, after a firm named by "at", "with", "from" or "for"; "I'm the owner of Cork Tiles" stays.
 */
function withoutOwnPlace(who: string): string {
  const m =
    /^(.*\s(?:at|with|from|for)\s+\p{Lu}[\p{L}&'’.-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}&'’.-]*)*),?\s+(?:(?:here|based|located|out)\s+)?in\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?$/u.exec(
      who,
    );
  return m?.[1] && namesSomeone(m[1]) ? m[1] : who;
}

/** A name or a company in who-I-am: a capitalised word that is not "I" or "I'm". */
const namesSomeone = (who: string): boolean => /(?:^|\s)(?!I(?:['’]m)?(?![\p{L}'’]))\p{Lu}[\p{L}&'’-]+/u.test(who);

/** A fragment one clause shorter: why-them keeps its specifics, who-I-am its lists whole, the value its offer. */
function shortenClause(key: keyof Fragments, fragment: string): string {
  if (key === 'why') return shortenWhy(fragment);
  if (key === 'who') return shortenWho(fragment);
  if (key === 'what') return shortenWhat(fragment);
  if (key === 'howKnown') return shortenReferral(fragment);
  return shorten(fragment, 'clause');
}

/**
 * A referral one clause shorter, never without its verb of referring: first who the referrer is ("Priya Shah, who used to
 * be a partner at …, suggested …", "Nadia (now at Halvard) said …"), then what follows the referral.
 */
function shortenReferral(fragment: string): string {
  // "I met you at the phx home services expo, our booth was right next to yours": where they met stays, what follows goes.
  if (EN_MET.test(fragment)) {
    const cut = /^(.*?\p{L})(?:,\s+[^,]+|\s+(?:and|but|so|because)\s+[^,]+)$/u.exec(fragment);
    return cut?.[1] && EN_MET.test(cut[1]) ? cut[1] : fragment;
  }
  const verb = EN_REFERRED.exec(fragment);
  if (!verb) return fragment;
  const at =
    verb[0].length -
    (/(?:referr|recommended|introduced|suggested|said|told|gave|put|pointed)\S*.*$/u.exec(verb[0])?.[0].length ?? 0);
  const [head, tail] = [fragment.slice(0, at), fragment.slice(at)];
  const aside = /^(\S.*?\p{L})(?:\s*\([^()]*\)|,\s+(?:who|now|my|our|his|her|a|an|the|she|he)\b[\s\S]*?,)\s*$/iu.exec(
    head,
  );
  if (aside?.[1]) return `${aside[1]} ${tail}`;
  const cut = /^(.*?\p{L})(?:,\s+[^,]+|\s+(?:and|but|so|because)\s+[^,]+)$/u.exec(tail);
  return cut?.[1] && wordCount(cut[1]) >= 3 ? `${head}${cut[1]}` : fragment;
}

/** A sentence of the value that offers the reader something: "can show a dashboard from …", "I'll send the teardown". */
const OFFER_SENTENCE =
  /^(?:(?:I|we)\s+(?:can|could|will|would)\s+|(?:I|we)['’](?:ll|d)\s+|(?:can|could)\s+|(?:I['’]m\s+)?(?:happy|glad)\s+to\s+)(?:also\s+)?(?:send|share|show|give|run|set up|walk|offer|intro|introduce|model|do|pass|bring|forward)\b|^I['’]ve got\s+(?:a|an|our|some)\s/iu;
const valueSentences = (fragment: string): string[] => fragment.split(/(?<=(?:\p{L}{3}|\d)[.!?])\s+(?=\p{L})/u);

/** The value's sentences, the first of them (its claim) without its full stop, and which one offers them something. */
function claimAndOffer(fragment: string): { sentences: string[]; claim: string; offer: number } {
  const sentences = valueSentences(fragment);
  const claim = (sentences[0] ?? '').replace(/[.!?]+$/, '');
  return { sentences, claim, offer: sentences.findIndex((x) => OFFER_SENTENCE.test(x)) };
}

/** The value's first sentence, and the one that offers them something when another does ("… caps site load. I can show you a dashboard …"). */
function firstSentenceAndOffer(fragment: string): string {
  const { sentences, claim, offer } = claimAndOffer(fragment);
  if (offer <= 0) return firstSentence(fragment);
  return `${claim}. ${sentences[offer]}`;
}

/**
 * The value one clause shorter: the claim before an offer gives its words, the offer keeps them; a claim's "so …" (what
 * it does for them) is its point, and stays while other words can go.
 */
function shortenWhat(fragment: string): string {
  const { sentences, claim, offer } = claimAndOffer(fragment);
  if (sentences.length < 2 || offer <= 0)
    return plainBeforeResult(fragment) || questionOff(fragment, shorten(fragment, 'clause'));
  const cut = shorten(claim, 'clause');
  if (cut === claim || /^\s+so\s/i.test(claim.slice(cut.length))) return fragment;
  // A cut inside a list ("trained on BC, Alberta …, boreal and interior fuel types") says less than it did: the
  // offer gives way instead, as before it was kept.
  if (insideList(claim, cut)) return firstSentence(fragment);
  return `${cut}. ${sentences.slice(offer).join(' ')}`;
}

/**
 * The value, one sentence, without a clause after its first that says nothing specific, where a later clause tells a
 * result with its figure: "introduce you to the COO at Farrow Legal, | one of our customers of a similar size, | who
 * cut first-pass review time by about 60%" gives the aside, not the 60%. '' where there is no such clause, where the
 * clause after it leans on it ("which …", "they …"), or where a list or a colon holds it.
 */
function plainBeforeResult(fragment: string): string {
  if (/[.!?;:]\s/u.test(fragment)) return '';
  const parts: Array<{ before: string; text: string }> = [];
  let from = 0;
  let before = '';
  for (const m of fragment.matchAll(WHY_CLAUSE)) {
    parts.push({ before, text: fragment.slice(from, m.index ?? 0) });
    before = m[0];
    from = (m.index ?? 0) + m[0].length;
  }
  parts.push({ before, text: fragment.slice(from) });
  const k = parts.findIndex((p, i) => i > 0 && specifics(p.text) === 0 && wordCount(p.text) >= 3);
  if (k < 1 || k === parts.length - 1) return '';
  if (!parts.slice(k + 1).some((p) => RESULT_CHANGE.test(p.text))) return '';
  if (LEANS_BACK.test(parts[k + 1]?.text ?? '') || /,\s*(?:and|or)\s/u.test(parts[k + 1]?.before ?? '')) return '';
  return parts
    .filter((_p, i) => i !== k)
    .map((p, i) => (i === 0 ? p.text : `${p.before}${p.text}`))
    .join('');
}

/**
 * A value that opens on a question and goes on to a claim with a figure ("What if your students could book, pay, do theory
 * in one app? Schools on it cut no-shows ~30%"): where a cut (`cut`, of a clause or a word) would take the claim's figure with it
 * ("What if your students could book, pay"), the question goes instead. Words after the figure go before the question
 * does ("What if sunday nights were yours again? Agencies cut rota time by 80%"). The figure is what they get; the question only leads to it.
 */
function questionOff(fragment: string, cut: string): string {
  const sentences = valueSentences(fragment);
  const figured = sentences.findIndex((x, k) => k > 0 && /\d/.test(x));
  if (figured <= 0 || !/\?$/.test(sentences[0] ?? '') || /\d/.test(sentences[0] ?? '')) return cut;
  const claim = sentences.slice(figured).join(' ');
  const figures = claim.split(/\s+/).filter((w) => /\d/.test(w));
  return figures.every((w) => cut.includes(w)) ? cut : claim;
}

/**
 * A claim whose last clause is its "so …" (what it does for them: "…, and we fix the price up front so there are no
 * surprises") gives the clause before that one instead, when it is a clause of its own after a comma: "we test A and
 * B, can be on site in a week, and we fix the price up front so …" → "we test A and B, and we fix the price up front so
 * …". '' when there is no such clause.
 */
function pointKept(fragment: string): string {
  if (/[.!?]\s+\p{L}/u.test(fragment)) return '';
  const breaks = [...fragment.matchAll(CLAUSE_BREAKS)].map((m) => ({ at: m.index ?? 0, text: m[0] }));
  const so = breaks[breaks.length - 1];
  if (so?.text.toLowerCase() !== ' so ') return '';
  // The commas that open clauses before the "so": the last one opens the clause the "so" belongs to.
  const commas = breaks.filter((b) => b.text === ',' && b.at < so.at).map((b) => b.at);
  const [from, to] = [commas[commas.length - 2], commas[commas.length - 1]];
  if (from === undefined || to === undefined || wordCount(fragment.slice(0, from)) < 3) return '';
  const dropped = fragment.slice(from + 1, to).trim();
  // What is given them ("free for up to 50 staff") is never what goes.
  if (wordCount(dropped) < 3 || /(?<![\p{L}])(?:free|no cost|no charge|complimentary|on us)(?![\p{L}])/iu.test(dropped))
    return '';
  return `${fragment.slice(0, from)}${fragment.slice(to)}`;
}

/**
 * `cut` is no clean clause of `text`: what it drops does not open on a comma, a dash, a semicolon or "so/which/because"
 * ("trained on BC | and Alberta fire perimeters" cuts a pair of nouns), or goes on as a list ending with "and …".
 */
function insideList(text: string, cut: string): boolean {
  const dropped = text.slice(cut.length);
  if (!/^(?:[,;:]\s|\s+(?:so|which|because|while|where)\s|\s+[—–]\s)/.test(dropped)) return true;
  return /^,\s/.test(dropped) && /,[^,]+,?\s+(?:and|or|&)\s+[^,]+$/.test(dropped);
}

/** The value a clause or a word shorter, the claim before an offer giving its words (its "so …" too) before the offer does. */
function shortenWhatWord(fragment: string): string {
  const { sentences, claim, offer } = claimAndOffer(fragment);
  if (sentences.length < 2 || offer <= 0) return questionOff(fragment, shorten(fragment, 'word'));
  const cut = shorten(claim, 'word');
  if (insideList(claim, cut)) return firstSentence(fragment);
  const rest = sentences.slice(offer).join(' ');
  return cut === claim || wordCount(cut) < 4 ? rest : `${cut}. ${rest}`;
}

// Praise that fits anyone: no number, no name, nothing only this person did.
const GENERIC_PRAISE =
  /^(?:(?:huge |big |many |warm )?congrat(?:s|ulations)\b|(?:really |such a )?(?:great|love|loved|amazing|awesome|impressive|inspiring|fantastic|nice|cool)\b|(?:I['’]m )?(?:a )?(?:big |huge )?fan of\b|(?:I )?(?:really )?(?:enjoy|admire)\b)/i;

function withoutGenericPraise(fragment: string): string {
  const parts = fragment.split(
    /(?<=[.!?;])\s+|,\s+(?=(?:and\s+)?(?:congrat|great|love|amazing|awesome|impressive)\b)/i,
  );
  const specific = (p: string) => /\d/.test(p) || /\s\p{Lu}/u.test(p.trim());
  return parts
    .filter((p) => !(GENERIC_PRAISE.test(p.trim()) && !specific(p)))
    .join(' ')
    .trim();
}

function firstSentence(fragment: string): string {
  const first = /^.+?[.!?](?=\s+\p{Lu})/su.exec(fragment)?.[0];
  // A question leads into what follows it ("What if …? Agencies cut rota time 80%"): it does not stand alone.
  if (first?.endsWith('?')) return fragment;
  return first && wordCount(first) >= 4 ? first.replace(/[.!?]+$/, '') : fragment;
}

/** "I'm Claire, and I've spent six years … now as a senior AE at Turbiq, where …" → "I'm Claire, a senior AE at Turbiq". */
export function briefWho(who: string): string {
  // A name has its capital: with the case ignored, "I'm on the partnerships team" named "on the".
  const name = /^(?:[Ii]['’]m|[Ii] am|[Mm]y name is|[Tt]his is)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/u.exec(
    who,
  );
  const role =
    /\b(?:as|I['’]m|I am)\s+(?:an?\s+|the\s+)?((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)\s+(?:at|with|for)\s+(\p{Lu}[\p{L}&'’-]+(?:\s+\p{Lu}[\p{L}&'’-]+)?)/u.exec(
      who,
    );
  const lead =
    /\bI\s+(lead|run|head|manage|sell)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+(?:at|for)\s+(\p{Lu}[\p{L}&'’-]+)/u.exec(
      who,
    );
  if (name && role) return `I'm ${name[1]}, ${articleFor(role[1] ?? '')} ${role[1]} at ${role[2]}`;
  if (name && lead) return `I'm ${name[1]}; I ${lead[1]} ${lead[2]} at ${lead[3]}`;
  return firstSentence(who);
}

// Over the soft word limit, drop trailing clauses of the longest fragments, never whole thoughts.
function fitWords(state: DraftState, limit: number): void {
  for (let guard = 0; guard < 200 && wordCount(render(state)) > limit; guard++) {
    const keys: Array<keyof Fragments> = ['why', 'what', 'who', 'howKnown'];
    // The value keeps its "so …" (see pointKept).
    const cut = (k: keyof Fragments) =>
      (k === 'what' && pointKept(state.fragments[k])) || shorten(state.fragments[k], 'clause');
    const key = keys
      .filter((k) => cut(k) !== state.fragments[k])
      .sort((a, b) => state.fragments[b].length - state.fragments[a].length)[0];
    if (key === undefined) return;
    state.fragments[key] = cut(key);
  }
}

// ---------------------------------------------------------------------------------------------
// Rendering

function render(state: DraftState): string {
  const { answers, seed, fragments: f, compact } = state;
  // Only the pathological fallback in fitCharacters leaves the ask alone.
  if (!f.who && !f.why && !f.what) return f.ask;

  const known = state.withHowKnown && f.howKnown ? howKnownSentence(f.howKnown) : '';
  // One order a reader can follow: who I am, how I know them and why them, what's in it for them, one ask.
  // The wording varies with the answers, so a team's drafts still don't share one template.
  const who = whoSentence(f.who, compact ? 0 : pick(seed, 'who', 2));
  const why = whyAfter(known, f.why, compact ? 0 : pick(seed, 'why', 2));
  const offerClaims = !ASK_HANDS_OVER.test(f.ask);
  // News or terms, noted ("fyi: we are sold out until may", "kindly note our fees: 8% …"), offer the details, not "how".
  const what = state.whatIsNews
    ? `${asSentence(f.what)}${offerClaims ? " I'm happy to send the details." : ''}`
    : state.whatIsSentence
      ? statedSentence(f.what, offerClaims, state.showHowOff)
      : state.whatIsClaim && f.what
        ? asSentence(claimOffered(f.what, offerClaims, state.showHowOff))
        : whatSentence(f.what, compact ? 0 : pick(seed, 'what', 3), offerClaims, state.showHowOff);
  const ask = askSentence(f.ask, compact ? 0 : pick(seed, 'ask', 3));

  const opening = [who, known, why].filter((s) => s !== '');
  const body = [...opening, what].filter((s) => s !== '');

  const first = firstNameOf(answers.prospectName);
  const greetings = first ? [`Hi ${first},`, `Hello ${first},`] : ['Hi there,', 'Hello,'];
  const greeting = state.withGreeting ? (greetings[pick(seed, 'greeting', greetings.length)] ?? '') : '';
  const sender = answers.senderName?.trim() ?? '';
  const signOff = state.withSignOff && sender ? signOffFor(answers.channel, sender, seed) : '';

  let text: string;
  if (answers.channel === 'linkedin_connection_note') {
    // One paragraph: the note box is small, and line breaks spend characters. After an inline
    // "Hi Jane," our own lead-ins continue the sentence in lower case; the rep's words stay as written.
    const [head = '', ...tail] = [...body, ask];
    const first =
      greeting &&
      /^(We|We're|Quick|You|You're|Your|Congrats|Happy|Would|Are|Could|Can|For context|In|At|On|During|After|Since|Last|Thanks|Saw|Loved)\b/.test(
        head,
      )
        ? lowerFirst(head)
        : head;
    text = [greeting, first, ...tail, signOff].filter((s) => s !== '').join(' ');
  } else {
    const paragraphs = [greeting, opening.join(' '), [what, ask].filter((s) => s !== '').join(' '), signOff];
    text = paragraphs.filter((s) => s !== '').join('\n\n');
  }
  return tidyText(text);
}

function signOffFor(channel: Channel, sender: string, seed: number): string {
  const firstName = firstNameOf(sender) || sender;
  if (channel === 'linkedin_connection_note') return `– ${firstName}`;
  const word = ['Best', 'Thanks', 'Cheers'][pick(seed, 'signoff', 3)] ?? 'Best';
  return `${word},\n${channel === 'email' ? sender : firstName}`;
}

// ---------------------------------------------------------------------------------------------
// The prospect as "you"
//
// Reps answer the modal's questions about the prospect in the third person ("her talk at SaaStr",
// "he runs growth at Acme"), but the message is addressed to that prospect. Pronouns become "you"
// and "your", with the verb agreeing ("she runs" → "you run"). Once the rep names someone else
// ("Priya Shah suggested I reach out; she said…"), a later "she" may be that person, so pronouns
// after a named third party are left as written: a third-person sentence is odd, a wrong "you" is worse.

type Prospect = { full: string; first: string; company?: string };

const WORD = String.raw`[\p{L}\p{N}'’-]+`;
const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}`;
const ADVERB = String.raw`(?:just|recently|also|often|always|regularly|now|still|already|really|actually|frequently|usually|even|clearly|publicly|openly|once|briefly|then|later|since|last (?:week|month|year))`;

// A name right after these words, or right before a verb of saying, is someone the rep knows.
const THIRD_PARTY = new RegExp(
  String.raw`(?:\b(?:[Tt]hrough|[Vv]ia|[Tt]hanks to|by|[Ff]riend|[Cc]olleague|[Mm]anager|[Bb]oss|[Cc]o-?founder|[Mm]utual(?:\s+(?:connection|friend|contact))?:?)\s+(${NAME}))` +
    String.raw`|(?:(${NAME})(?:['’]s\b|\s+(?:${ADVERB}\s+)?(?:suggested|recommended|referred|introduced|told|mentioned|said|says|pointed|thought|asked|put|connected|shared|forwarded|sent|knows|works)\b))`,
  'gu',
);
// Nobody: a pronoun, an article, or a month or day ("booked through October").
const NOT_A_NAME =
  /^(She|He|They|Her|His|Their|Them|I|We|You|Your|Our|My|The|A|An|This|That|It|Its|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Q[1-4])$/;

// Whoever the rep reaches out to is the reader, whoever else the sentence names. "give/drop/shoot/hit" only in their
// set phrases ("give her a call", "drop him a line", "shoot her a msg", "hit him up"), never before a noun of theirs
// ("give her team a demo"); never a bare "ring him", which is as often the referrer ("ring him first if priya …").
const OUTREACH_OBJECT =
  /\b(reach(?:ed)? out to|contact(?:ing)?|connect(?:ing)? with|talk(?:ing)? to|speak(?:ing)? (?:to|with)|meet(?:ing)?|get(?:ting)? in touch with|introduced? me to|point(?:ed)? me (?:to|towards)|email(?:ing)?|messag(?:e|ing)|ping|giv(?:e|ing)(?=\s+\w+\s+a\s+(?:call|ring|shout|bell|buzz)\b)|drop(?:ping)?(?=\s+\w+\s+an?\s+(?:line|note|message|msg|email|e-mail|mail|text)\b)|shoot(?:ing)?(?=\s+\w+\s+an?\s+(?:email|e-mail|msg|message|note|text|dm|mail|line)\b)|hit(?:ting)?(?=\s+\w+\s+up\b))\s+(her|him|them)\b/gi;
// "… if priya doesn't reply": the one to reach is a stand-in for someone else, whom the clause names; the pronoun is not
// the reader.
const OUTREACH_FALLBACK =
  /\bif\s+\S+\s+(?:doesn['’]?t|does not|don['’]?t|do not|hasn['’]?t|has not|won['’]?t|will not|can['’]?t|cannot|isn['’]?t|is not)\s+(?:reply|respond|answer|get back|pick up|around|available|free|in)\b|\bif\s+\S+\s+is\s+(?:away|out|off|busy)\b|\b(?:instead of|rather than)\b/i;

// After "her", these words show it is the object ("saw her at SaaStr"), not the possessive ("her talk").
const QUESTION_WORD_AFTER = /^(?:how|what|why|whether)$/;
const AFTER_OBJECT_HER = new Set([
  'at',
  'on',
  'in',
  'about',
  'to',
  'for',
  'with',
  'from',
  'by',
  'and',
  'or',
  'but',
  'as',
  'last',
  'this',
  'that',
  'yesterday',
  'today',
  'recently',
  'once',
  'twice',
  'earlier',
  'before',
  'after',
  'back',
  'a',
  'an',
  'the',
  'speak',
  'present',
  'mention',
  'say',
  'explain',
  'describe',
  'discuss',
  'host',
  'moderate',
  'again',
  'when',
  'while',
  'since',
  'during',
  'over',
  'here',
  'there',
  'directly',
  'personally',
  'yet',
  'too',
  'so',
  'if',
  'because',
  'via',
  'through',
  'well',
  'speaking',
  'talking',
  'presenting',
  'mentioning',
  'some',
  'my',
  'our',
  // A time after her: "hold the slot for her til Friday".
  'til',
  'till',
  'until',
  'tomorrow',
  'tonight',
]);

// The past is the same for "you": "Nikhil wrote" → "you wrote".
const IRREGULAR_PAST =
  'wrote|said|spoke|gave|took|made|ran|led|grew|won|went|told|thought|built|put|shared|got|left|began|became|brought|bought|sold|held|kept|met|paid|saw|set|sent|spent|stood|taught|understood|quit|cut|hit|let';

const IRREGULAR_THIRD_PERSON: Record<string, string> = {
  is: 'are',
  was: 'were',
  has: 'have',
  does: 'do',
  goes: 'go',
  "isn't": "aren't",
  "wasn't": "weren't",
  "hasn't": "haven't",
  "doesn't": "don't",
  'isn’t': 'aren’t',
  'wasn’t': 'weren’t',
  'hasn’t': 'haven’t',
  'doesn’t': 'don’t',
};

/** "she runs" → "you run": the verb that follows a subject that became "you". */
function agreeWithYou(verb: string): string {
  const lower = verb.toLowerCase();
  const irregular = IRREGULAR_THIRD_PERSON[lower];
  if (irregular) return irregular;
  if (!/^\p{Ll}+$/u.test(verb) || lower.length < 3) return verb;
  if (/[^aeiou]ies$/.test(lower)) return `${verb.slice(0, -3)}y`;
  if (/(ss|sh|ch|x|z|o)es$/.test(lower) || (lower.length > 5 && /uses$/.test(lower))) return verb.slice(0, -2);
  if (/[^su'’]s$/.test(lower)) return verb.slice(0, -1);
  return verb;
}

function sameCase(original: string, replacement: string): string {
  return /^\p{Lu}/u.test(original) ? capitalise(replacement) : replacement;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where the fragment first names someone other than the prospect; the fragment's length if nowhere. */
function thirdPartyAt(text: string, prospect: Prospect): number {
  for (const m of text.matchAll(THIRD_PARTY)) {
    const name = m[1] ?? m[2] ?? '';
    const firstWord = name.split(/\s+/)[0] ?? '';
    // "her CFO said": an acronym is a role, not someone the rep knows by name.
    if (
      NOT_A_NAME.test(firstWord) ||
      /^\p{Lu}{2,}s?$/u.test(firstWord) ||
      name === prospect.full ||
      name === prospect.first ||
      firstWord === prospect.first ||
      // "Northwind's sales meeting …, she's running it": their company is no one else who could be "she".
      (prospect.company !== undefined && firstWord.length >= 3 && firstWord === prospect.company.split(/\s+/)[0])
    )
      continue;
    return (m.index ?? 0) + m[0].indexOf(name);
  }
  return text.length;
}

/**
 * The rep's words about the prospect, addressed to the prospect. `withThey` also reads they/their as
 * the prospect: right in "why them?", but in "what's in it for them?" "they" is as often customers.
 */
/**
 * Words in quotation marks, two or more, as someone said them: 'we just run them till they die', "bleeding us dry",
 * “nobody reads it”. A single quote opens after no letter and closes before none, so "she's" and "the guys' rota" are
 * no quote.
 */
const QUOTED =
  /(?<![\p{L}\p{N}])(?:'(?=\p{L})(?:[^'\n]|(?<=\p{L})'(?=\p{L})){2,150}?(?<=[\p{L}\p{N}.!?])'|"(?=\p{L})[^"\n]{2,150}?(?<=[\p{L}\p{N}.!?])"|[“‘](?=\p{L})[^“”‘’\n]{2,150}?[”’])(?![\p{L}\p{N}])/gu;

export function toSecondPerson(
  text: string,
  prospectName: string,
  withThey = true,
  people: readonly string[] = [],
  company?: string,
): string {
  if (!text) return text;
  // "she said 'we just run them till they die'": words in quotation marks are as someone said them, their "we" and
  // "them" too ("them" are the units); rewritten, the quote would say "we just run you till you die".
  const quotes: string[] = [];
  const unquoted = text.replace(QUOTED, (m) => {
    quotes.push(m);
    return `Keptquote${quotes.length - 1}`;
  });
  if (quotes.length > 0)
    return toSecondPerson(unquoted, prospectName, withThey, people, company).replace(
      /Keptquote(\d+)/g,
      (_m, i: string) => quotes[Number(i)] ?? '',
    );
  const prospect: Prospect = { full: prospectName.replace(/\s+/g, ' ').trim(), first: firstNameOf(prospectName) };
  if (company) prospect.company = company.trim();
  let out = text.replace(OUTREACH_OBJECT, (m, verb: string, _p: string, at: number, all: string) => {
    const from = Math.max(all.lastIndexOf('.', at), all.lastIndexOf('!', at), all.lastIndexOf('?', at)) + 1;
    const end = all.slice(at).search(/[.!?](?:\s|$)/u);
    return OUTREACH_FALLBACK.test(all.slice(from, end < 0 ? undefined : at + end)) ? m : `${verb} you`;
  });
  // "greg is building next year's plan" to Gregory Lund: a first name the lexicon knows that begins their own, two letters
  // or more shorter, is what people call them, and them.
  const short = shortFormOf(out, prospect.first);
  if (short) {
    out = out.replace(new RegExp(`(?<![\\p{L}])${escapeRegExp(short)}(?![\\p{L}])`, 'giu'), prospect.first);
  }
  const others = short ? people.filter((p) => p.toLowerCase() !== short.toLowerCase()) : people;
  // "Mr Bakare stated", "Mrs Ogunleye asked": their surname with a title, saying or asking, is them. ("Mr Patel founded
  // Patel Foods" may be their father.)
  const last = prospect.full.split(' ').slice(1).pop() ?? '';
  if (last.length >= 2)
    out = out.replace(
      new RegExp(
        String.raw`(?<![\p{L}])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+${escapeRegExp(last)}(?=\s+(?:(?:also|just|recently|publicly)\s+)?(?:stated|said|says|asked|asks|posted|wrote|mentioned|explained|noted|told|shared|spoke|presented|described|pointed out)(?![\p{L}]))`,
        'gu',
      ),
      prospect.first,
    );
  out = nameToYou(out, prospect);
  const cut = Math.min(
    thirdPartyAt(out, prospect),
    ...others
      .map((p) => out.toLowerCase().search(new RegExp(`(?<!\\p{L})${escapeRegExp(p.toLowerCase())}(?!\\p{L})`, 'u')))
      .filter((i) => i >= 0),
  );
  const gender = genderOfName(prospect.first);
  return pronounsToYou(out.slice(0, cut), withThey, gender) + reportedToYou(out.slice(cut), withThey, gender);
}

/** A word of `text` that is a short form of `first` ("greg" of Gregory, "Alex" of Alexandra); '' when none is. */
function shortFormOf(text: string, first: string): string {
  if (first.length < 5) return '';
  const whole = first.toLowerCase();
  for (const [word] of text.matchAll(/(?<![\p{L}])\p{L}{3,}(?![\p{L}'’])/gu)) {
    const lower = word.toLowerCase();
    if (lower.length <= whole.length - 2 && whole.startsWith(lower) && looksLikeFirstName(lower)) return word;
  }
  return '';
}

/** "Alicia" is she, "Tom" he, as the lexicon knows first names; a name it knows as both, or not at all, says nothing. */
function genderOfName(first: string): 'she' | 'he' | undefined {
  const tags = lexiconTags(first.toLowerCase());
  const she = tags.includes('FemaleName');
  const he = tags.includes('MaleName');
  return she === he ? undefined : she ? 'she' : 'he';
}

/**
 * "Crescent just opened their 10th store": their company owns the store, and a company is "it", not the
 * reader ("Crescent just opened your 10th store" would be wrong).
 */
function companyOwnsItself(text: string, company: string | undefined): string {
  const name = (company ?? '').trim().split(/\s+/)[0] ?? '';
  if (!/^\p{Lu}[\p{L}'’&-]{2,}$/u.test(name)) return text;
  return text.replace(
    new RegExp(
      String.raw`(?<![\p{L}])(${escapeRegExp(name)}(?:['’]s)?(?:\s+[\p{L}'’&-]+){0,6}?\s+)their(?![\p{L}])`,
      'gu',
    ),
    '$1its',
  );
}

// "Nadia said he is consolidating": what a referrer says about someone is about the prospect (about
// themselves they would say "I"). "…, and she also mentioned …" is the referrer speaking again.
const REPORTED =
  /\b(said|says|mentioned|told me|tells me|thinks|thought|reckons|reckoned|believes|explained|wrote|noted)(\s+that)?(\s+)(?=(she|he|they|her|his|their)\b)/gi;

function reportedToYou(text: string, withThey: boolean, named?: 'she' | 'he'): string {
  // "Priya suggested her", "Dana pointed me to him", "Marco mentioned her at the QA forum": whom a
  // referrer suggests, mentions or points to is the prospect, and their pronoun's gender is the prospect's after it
  // ("suggested him, she mentioned she'd chatted to him": she is the referrer).
  let gender: 'she' | 'he' | undefined;
  text = text.replace(
    /\b(suggested|recommended|mentioned|referred me to|introduced me to|pointed me (?:to|towards|at)|told me about|spoke (?:highly )?(?:of|about)|put me (?:onto|on to|in touch with)|connected me (?:with|to)|knows|(?:used to )?work(?:ed|s)?(?:\s+(?!with\b)\p{Ll}+){0,2}\s+with)\s+(her|him)\b(\s+[\p{L}\p{N}'’-]+)?/giu,
    // "told me about her work" may be the referrer's own work: a possessive stays as written.
    (m, verb: string, pronoun: string, next: string | undefined) => {
      if (pronoun.toLowerCase() === 'her' && next !== undefined && !AFTER_OBJECT_HER.has(next.trim().toLowerCase()))
        return m;
      gender ??= pronoun.toLowerCase() === 'her' ? 'she' : 'he';
      return `${verb} ${sameCase(pronoun, 'you')}${next ?? ''}`;
    },
  );
  // "Tom gave me his name": whose name a referrer gives is the prospect's.
  text = text.replace(
    /\b(gave me|sent me|passed me|shared)\s+(?:his|her|their)\s+(name|details|contact|email|number)\b/gi,
    '$1 your $2',
  );
  // "Tom mentioned him, then I saw his post on X": what the rep saw, read or heard of theirs is the reader's post, talk or
  // article — the prospect's gender ("mentioned him", their name) says so; with no gender known, a pronoun not the
  // referrer's.
  const reporterNamed = genderOfName(/^\s*(\p{Lu}\p{Ll}+)/u.exec(text)?.[1] ?? '');
  text = text.replace(
    /(?<![\p{L}'’])(I\s+(?:(?:also|then|just|recently)\s+)?(?:saw|read|watched|caught|came\s+across|noticed|liked|enjoyed|heard|listened\s+to|spotted|found)\s+)(his|her)(?=\s+(?:recent\s+|latest\s+|last\s+|new\s+|linkedin\s+|LinkedIn\s+)?(?:post|talk|article|interview|podcast|comment|keynote|panel|video|piece|update|thread|webinar|presentation|blog|newsletter)s?(?![\p{L}]))/gu,
    (m, head: string, pronoun: string) => {
      const g = pronoun.toLowerCase() === 'her' ? 'she' : 'he';
      const prospect = gender ?? named;
      const theirs = prospect ? g === prospect : reporterNamed !== undefined && reporterNamed !== g;
      return theirs ? `${head}your` : m;
    },
  );
  const m = REPORTED.exec(text);
  REPORTED.lastIndex = 0;
  if (!m) return text;
  const start = m.index + m[0].length;
  const rest = text.slice(start);
  // The referrer speaking again ("she also mentioned") ends what is about the prospect.
  const again = /[,;]?\s+(?:and\s+)?(?:she|he|they)\s+(?:also\s+)?(?:said|mentioned|told|thinks|thought|added)\b/i.exec(
    rest,
  );
  const end = again ? again.index : rest.length;
  const prospect = gender ?? named;
  const reporter = genderOfName(/(\p{Lu}\p{Ll}+)\s+$/u.exec(text.slice(0, m.index))?.[1] ?? '');
  const { masked, kept } = reporterKept(rest.slice(0, end), prospect, reporter);
  const turned = pronounsToYou(masked, withThey, prospect).replace(
    /Keptreporter(\d+)/g,
    (_m, i: string) => kept[Number(i)] ?? '',
  );
  return text.slice(0, start) + turned + rest.slice(end);
}

/**
 * "Rick said his team moved to us", "Jenna said her own front desk …": what the reporter says of their own is theirs,
 * not the reader's. Kept as typed: "his own"/"her own" (unless the reporter's name is the other gender) and "his"/"her"
 * before a thing where the reporter's name is that gender, each right after the report verb; and a pronoun of the
 * reporter's gender where the prospect's name is the other ("Nadia said … and she is fixing it" to Tom). "Rick said she
 * is consolidating" (to Lena) and "Nadia said he is consolidating" (to Tom, or to Marisa) are still the reader.
 */
function reporterKept(
  text: string,
  prospect: 'she' | 'he' | undefined,
  reporter: 'she' | 'he' | undefined,
): { masked: string; kept: string[] } {
  const kept: string[] = [];
  const keep = (m: string) => {
    kept.push(m);
    return `Keptreporter${kept.length - 1}`;
  };
  const genderOf = (w: string): 'she' | 'he' => (/^(?:she|her|hers|herself)$/i.test(w) ? 'she' : 'he');
  const masked = text.replace(
    /\b(she|he|her|his|him|hers|herself|himself)\b(?=(\s+own\b)?(\s+[\p{L}\p{N}#$£€])?)/giu,
    (m: string, word: string, own: string | undefined, thing: string | undefined, at: number) => {
      const g = genderOf(word);
      // The reporter's gender, and the prospect's name the other: the reporter ("Nadia said he is …" to Marisa is the
      // reader all the same: how the rep speaks of them goes before what their name suggests).
      if (prospect !== undefined && g !== prospect && reporter === g) return keep(m);
      // Only the possessive right after the report verb is the reporter's: "Kevin says he's stuck …, his current agent
      // hasn't moved" is the prospect's agent.
      const possessive = at === 0 && /^(?:his|her)$/i.test(word);
      if (possessive && own !== undefined && (reporter === undefined || reporter === g)) return keep(m);
      if (possessive && thing !== undefined && reporter === g) return keep(m);
      return m;
    },
  );
  return { masked, kept };
}

/**
 * "I met you at the expo in keystone, you came by booth 12", "I saw Ridgeline took over the towers, you're consolidating
 * vendors", "your portfolio is 14 buildings, Renee said you're switching vendors": a clause about the reader after a comma, in a sentence that opens on no "if", "when" or "since", is a second
 * sentence spliced on: joined with "and". One already joined ("…, and you …", "…, so you …") stays.
 */
function youSpliceJoined(text: string): string {
  return text
    .split(/(?<=[.!?])\s+/u)
    .map((sentence) =>
      SUBORDINATE_FIRST.test(sentence)
        ? sentence
        : sentence.replace(
            /(?<=\p{L}{2}),\s+(you(?:['’](?:re|ve|ll|d)|\s+(?:are|were|have|had|will|would|came|went|said|told|saw|met|got|took|made|spoke|stopped|mentioned|asked|\p{Ll}{2,}ed)(?![\p{L}'’]))|\p{L}+\s+(?:said|says|mentioned|told me|tells me)\s+(?:that\s+)?you(?![\p{L}]))/u,
            // Only after a clause with its verb: "In your LinkedIn post, you said …" and "For context: expo stand visit,
            // you took a leaflet" open on no clause to join.
            (m: string, clause: string, at: number) => {
              const head = sentence.slice(0, at).replace(/^[^:]*:\s*/u, '');
              return SPLICE_HEAD_CLAUSE.test(head) ||
                I_VERBS.test(head) ||
                WE_VERBS.test(head) ||
                PROSPECT_VERBS.test(head)
                ? `, and ${clause}`
                : m;
            },
          ),
    )
    .join(' ');
}
/** A clause's subject and verb: "I noticed", "we were", "Ridgeline just took", "your team lost", "the firm has". */
const SPLICE_HEAD_CLAUSE =
  /(?<![\p{L}])(?:I|we|you|they|he|she|it)\s+\p{Ll}{2,}|(?<![\p{L}])(?:just|recently|also|has|have|had|is|are|was|were|does|did)\s+(?:\p{Ll}{2,}|\p{N})|\p{L}\s+(?:\p{Ll}{3,}ed|took|lost|won|grew|went|came|said|made|got|ran|led|cut|hit|put|set|sold|bought|built|left)(?![\p{L}])/u;
const SUBORDINATE_FIRST =
  /^\W*(?:if|when|whenever|since|as|because|while|once|after|before|although|though|unless|until|given|now that|so)\b/iu;

function isOffer(text: string): boolean {
  return /^\s*(we|our|I can|I could|we can|we could|we['’]ll|I['’]ll)\b/i.test(text);
}

// "you are consolidating vendors, has 4 tools" → "…, and have 4 tools": the verb after the comma shares "you".
function andAgree(text: string): string {
  return text
    .replace(
      // "the meeting is in Denver, you're running it": a clause about the reader after a comma joins with "and"; so does
      // one after "you're adding a shift" ("…, and you're the one signing off"), and one about a thing of theirs ("you're
      // stuck at 2M …, and your current agent hasn't moved on it").
      /((?:\s(?:is|are|was|were|has|have|had)|(?<![\p{L}])(?:you|they|we)['’](?:re|ve))\s[^,;.]{3,}),\s+(you(?:['’](?:re|ve|ll)|\s+(?:are|were|have|had|will))\s|your\s+(?:[\p{L}-]+\s+){1,3}?(?:has|have|is|are|was|were|hasn['’]t|haven['’]t|isn['’]t|aren['’]t|wasn['’]t|didn['’]t|doesn['’]t|won['’]t|can['’]t)\s)/giu,
      '$1, and $2',
    )
    .replace(
      /(\byou(?:['’]re)?\b[^.;]*?)(,|\s+and)\s+(has|is|does|wants|needs|owns|runs|leads|manages|uses|plans|oversees|handles|spends)\b/giu,
      (_m, head: string, join: string, verb: string) =>
        `${head}${join === ',' ? ', and' : ' and'} ${agreeWithYou(verb)}`,
    )
    .replace(
      // "you said you're rebidding in Q1, hates that the crews change", "you've been pushing for X, apparently said at
      // your last safety week …": what the reader feels, or said by hearsay, after a comma with no subject of its own,
      // shares "you" ("…, and you hate that …", "…, and apparently you said …"); "…, says Dave" names who said it, and a
      // bare ", said …" reads as it is.
      /(\byou(?:['’](?:re|ve))?\s[^.;]*?),\s+(?:((?:apparently|also|even|reportedly)\s+)(?=said|mentioned|told|reckoned|complained)|(?=hates|loves|likes|dislikes|reckons|thinks|feels|worries|complains))(hates|loves|likes|dislikes|reckons|thinks|feels|worries|complains|said|mentioned|told\s+(?:me|us|him|her|them)|reckoned|complained)(?![\p{L}'’])(?!\s+\p{Lu}\p{Ll})/gu,
      (_m, head: string, adverb = '', verb: string) => {
        const present = /s$/.test(verb) && !/^(?:said|told)/.test(verb);
        return `${head}, and ${adverb}you ${present ? agreeWithYou(verb) : verb}`;
      },
    )
    .replace(
      // "you bid 40 jobs a month and wins 6": any verb after "and" that shares the subject "you".
      /(\byou\s+(?!(?:are|were|have|had|do|did|can|could|will|would)\b)[^.;,]*?\s+and)\s+(\p{Ll}{2,}[^s'’\s]s)(?=\s+(?:\d|a|an|the|your|it|them|more|most|about)\b)/gu,
      (m, head: string, verb: string) => (readsAsVerb(verb) ? `${head} ${agreeWithYou(verb)}` : m),
    );
}

/**
 * Their company named by the prospect's own surname ("Carter Roofing's crews are booked" to Ben Carter):
 * said to them as theirs ("your crews", "your company is …"), since the draft names the reader only in
 * its greeting.
 */
export function surnameCompanyAsYour(why: string, company: string | undefined, prospectName: string): string {
  const surname = prospectName.trim().split(/\s+/).slice(1).pop() ?? '';
  if (
    !company ||
    surname.length < 3 ||
    !new RegExp(`(?<![\\p{L}])${escapeRegExp(surname)}(?![\\p{L}])`, 'u').test(company)
  )
    return why;
  // Only the words of their own company may follow the surname: "Nowak Electric's jobs (no relation)" to Lena Nowak of
  // Nowak Mechanical is another firm's.
  const ownWords = company
    .trim()
    .split(/\s+/)
    .filter((w) => w !== surname && /^\p{Lu}/u.test(w))
    .map(escapeRegExp);
  const after = ownWords.length > 0 ? `(?:\\s+(?:${ownWords.join('|')}))*` : '';
  const named = `(?:${escapeRegExp(company.trim())}|${escapeRegExp(surname)}${after})`;
  return why
    .replace(new RegExp(`(?<![\\p{L}])${named}['’]s?(?![\\p{L}])`, 'gu'), 'your')
    .replace(new RegExp(`^${named}(?=\\s+\\p{Ll})`, 'u'), 'your company');
}

/**
 * The rep's company as their who-I-am names it: "AE at Clausewise", "Devon from Shelfsight", "SDR na
 * Fluxa", "Sr. Account Exec, Ledgerlane (…)"; '' when it names none.
 */
export function senderCompany(who: string): string {
  // A firm's name runs over the word that joins its names: "chez Verre et Bois", "at Smith and Sons", never "Verre" alone.
  const company = String.raw`(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:(?:&|et|and|und|y|e)\s+(?!I(?![\p{L}])))?\p{Lu}[\p{L}\p{N}&'’.-]*){0,2})`;
  const m =
    new RegExp(
      String.raw`(?:(?<![\p{L}])(?:at|from|with|chez|bei|von|na|no|en|de|da|do)\s+(?:(?:la société|l['’]entreprise|la empresa|a empresa|der Firma)\s+)?|@\s*)${company}`,
      'u',
    ).exec(who) ?? new RegExp(String.raw`^[^,()]+?,\s+${company}(?=\s*(?:\(|[—–]|\s-\s|,|$))`, 'u').exec(who);
  return (m?.[1] ?? '').replace(/[.,]+$/, '');
}

// A guess about them, not something seen: "reckon they're flat out", "downtime is probably an issue".
const HEDGE =
  /\b(?:reckon|probably|likely|presumably|surely|must be|might be|may be|i bet|i guess|i think|i imagine|i assume|i suspect|guessing|no doubt|bet)\b/i;
// Praise or fit that could be said of anyone: no reason at all.
const WEAK_WHY =
  /^(?:(?:a\s+|very\s+|really\s+|seems\s+like\s+a\s+|looks\s+like\s+a\s+)?(?:good|great|perfect|strong|ideal|natural)\s+fit(?:\s+for\s+(?:us|you|what we do))?|(?:(?:a|an)\s+)?(?:great|amazing|awesome|impressive|inspiring|strong)\s+(?:leader|company|team|profile|person|work)(?:\s+(?:and|&)\s+(?:(?:a|an)\s+)?(?:great|amazing|awesome|impressive|inspiring|strong)\s+(?:leader|company|team|profile|person|work))?)[.!\s]*$/i;

const GENERIC_SEEN =
  /^(?:(?:i\s+)?(?:saw|seen|found|came across|checked out|checked|looked at|viewed|visited)\s+)?(?:your|their|his|her)\s+(?:linkedin\s+)?(?:profile|page|bio)(?:\s+on\s+linkedin)?[.!]?$/i;

/**
 * Why them, as the rep observed it: "because of the talk…" without "because of"; a guess dropped when
 * an observed fact stands beside it ("they just bought a plant in Ohio, downtime is probably an issue"),
 * or, when the guess is all there is, the thing it was about ("reckon they're flat out with the new Manly
 * property opening" → "I saw the new Manly property is opening"); their company as the subject keeps
 * the company's own spelling and stays in the third person ("kestrel is hiring" → "I saw Kestrel is
 * hiring"); praise that fits anyone falls back on their role and company, without praise.
 */
/**
 * Where the prospect's firm, named first (its first word or more, any case), is followed by a verb in "-ing" and its
 * object ("kaveri retail opening stores", "Acme hiring 3 SDRs"): the offset after the name; -1 otherwise. "opening for
 * …" (a job opening) and "is opening" are none.
 */
function firmThenGerund(why: string, company: string): number {
  const words = company
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  for (let n = Math.min(words.length, 3); n >= 1; n--) {
    const name = words.slice(0, n).join(' ');
    if (name.length < 3 || why.slice(0, name.length).toLowerCase() !== name.toLowerCase()) continue;
    const rest = why.slice(name.length);
    const m =
      /^\s+(?!(?:being|going|something|nothing|everything)\s)(\p{Ll}{3,}ing)\s+(?!(?:of|for|from|at|on|in|to|with|by|and|or|is|are|was|were)(?![\p{L}]))[\p{L}\p{N}]/u.exec(
        rest,
      );
    // "greenfield marketing team doubled": a trade or a department, not what the firm is doing.
    return m && gerundIsVerb(m[1] ?? '', rest.slice(m[0].length - 1)) ? name.length : -1;
  }
  return -1;
}

export function whyObserved(why: string, company?: string, role?: string, prospectName = ''): string {
  let w = why.trim().replace(/^(?:because|bc|cause|['’]cause)\s+(?:of\s+)?/i, '');
  // "kaveri retail opening stores in TN …" to Kaveri Retail: their firm, then what it is doing, its "is" left out; never
  // "your Kaveri Retail opening stores" (a job opening read as the thing seen).
  const firmDoing = firmThenGerund(w, company ?? '');
  if (firmDoing > 0) w = `${w.slice(0, firmDoing)} is${w.slice(firmDoing)}`;
  // Nothing left once the CRM's notes went, or one bare word ("warehouses", "procurement"): a kind of
  // company or a department, no reason.
  // One gerund ("hiring", "expanding"): what their company is doing, said of the company, invented no further.
  const doing = /^(\p{Ll}{3,}ing)[.!]*$/u.exec(w);
  if (
    doing &&
    readsAsGerund(doing[1] ?? '') &&
    // "scheduling" to the Head of Scheduling is their department, not what they are doing.
    !(role ?? '').toLowerCase().includes(doing[1] ?? '') &&
    !/^(?:scheduling|planning|purchasing|sourcing|invoicing|billing|budgeting|forecasting|everything|nothing|something|anything|morning|evening|building|thing|king|ring|spring|string|ceiling|wedding|clothing|housing|ping|marketing|accounting|engineering|banking|catering|pricing|staffing|consulting|manufacturing|shipping|trucking|printing|plumbing|roofing|landscaping|lending|farming|mining|publishing|retailing|packaging|ticketing|recruiting|training|funding)$/u.test(
      doing[1] ?? '',
    )
  )
    return company ? `I saw ${company.trim()} is ${doing[1]}` : `I saw you're ${doing[1]}`;
  // A place alone ("Phoenix", "denver") says where they are, not why them: no claim is made of it.
  const noReason = w === '' || /^\p{Ll}{3,}[.!]*$/u.test(w) || /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?[.!]*$/u.test(w);
  // "saw your profile, looks like a great fit": a profile seen is no observation; said plainly, the
  // praise that fits anyone left out.
  if (GENERIC_SEEN.test(w.split(/\s*[,;]\s*|\s+[-–—]\s+/)[0] ?? '')) {
    const clauses = w.split(/\s*[,;]\s*|\s+[-–—]\s+/).filter((c, i) => i > 0 && !WEAK_WHY.test(c) && c !== '');
    return clauses.length === 0 ? 'I saw your profile' : w;
  }
  // "trucking co in our area, seems like a good fit": the fit goes; what is left, a kind of company with no verb, is
  // said of theirs after their role ("…, a trucking co in our area").
  const clauses = w.split(/\s*,\s*/);
  const kind = clauses[0] ?? '';
  if (
    role &&
    company &&
    clauses.length > 1 &&
    clauses.slice(1).every((c) => WEAK_WHY.test(c)) &&
    /^(?:a\s+|an\s+)?\p{Ll}[\p{L}\s-]*$/u.test(kind) &&
    !FINITE_VERB.test(kind) &&
    // "shes a plumbing biz owner": said of them, with its subject, is no kind of company.
    !/^(?:s?he|they|it|you|we|i)(?:['’]?s|['’]?re)?\s/i.test(kind) &&
    !TITLE_AS_WHY.test(kind.replace(/^(?:a|an)\s+/i, '')) &&
    kind.split(/\s+/).length <= 8
  ) {
    const surname = prospectName.trim().split(/\s+/).slice(1).pop() ?? '';
    const named =
      surname.length >= 2 && new RegExp(`(?<![\\p{L}])${escapeRegExp(surname)}(?![\\p{L}])`, 'iu').test(company);
    const what = /^(?:a|an)\s/i.test(kind) ? kind : `${articleFor(kind)} ${kind}`;
    return `I'm writing to you in your role as ${lowerFirstIfCommon(named ? role : `${role} at ${company}`)}, ${what}`;
  }
  if ((WEAK_WHY.test(w) || noReason) && (role || company)) {
    // "in your role as": the role is the reader's; "I'm writing to you as Head of Talent" reads as the writer's.
    if (!role) return `I'm writing to you at ${company}`;
    // "Haddad Logistics" to Omar Haddad: the draft names the reader only in its greeting.
    const surname = prospectName.trim().split(/\s+/).slice(1).pop() ?? '';
    const named =
      surname.length >= 2 && new RegExp(`(?<![\\p{L}])${escapeRegExp(surname)}(?![\\p{L}])`, 'iu').test(company ?? '');
    const at = company && !named ? `${role} at ${company}` : role;
    return `I'm writing to you in your role as ${lowerFirstIfCommon(at)}`;
  }
  if (HEDGE.test(w)) {
    // A sentence ends a clause too: "saw in the Herald they're building a cool store. plus your bill must be massive".
    const clauses = w.split(/\s*(?:[,;]|(?<=\S[.!?])\s|\s-\s|\s–\s|\bso\b)\s*/).filter((c) => c.trim() !== '');
    const seen = clauses.filter((c) => !HEDGE.test(c)).map((c) => c.replace(/[.!?]+$/, ''));
    if (seen.length > 0) w = seen.join(', ');
    else {
      const thing =
        /\b(?:with|about|given|after|because of|what with)\s+((?:the|their|his|her)\s+.+?)\s+(\p{Ll}+ing)$/u.exec(w);
      if (thing) return `I saw ${(thing[1] ?? '').replace(/^(?:their|his|her)\s+/i, 'the ')} is ${thing[2]}`;
    }
  }
  const name = (company ?? '').trim();
  // "mid size manufacturer": a kind of firm is what their company is, not what they are ("I see you're a mid size
  // manufacturer"): "I see Maplecrest Plastics is a mid size manufacturer". A title ("ops manager at …") stays theirs.
  if (name && FIRM_KIND.test(w)) return `I see ${name} is ${/^(?:a|an)\s/i.test(w) ? w : `${articleFor(w)} ${w}`}`;
  if (name) {
    // "crest line posts…" for Crest Line Realty: the company's first words, typed in any case.
    const words = name.split(/\s+/);
    for (let n = Math.min(words.length, 3); n >= 1; n--) {
      const lead = words.slice(0, n).join(' ');
      if (lead.length >= 3 && w.toLowerCase().startsWith(`${lead.toLowerCase()} `)) {
        const rest = w.slice(lead.length + 1);
        if (/^(?:is|are|was|has|have|just|recently|now|\p{Ll}+s|\p{Ll}+ed)\b/u.test(rest))
          return `I saw ${lead} ${rest}`;
        break;
      }
    }
  }
  return w;
}

/** A kind of firm, with what sets it apart or where it is: "mid size manufacturer", "a food distributor in Ohio". */
const FIRM_KIND =
  /^(?:(?:a|an)\s+)?(?:[\p{Ll}\p{N}-]+\s+){0,3}(?:manufacturer|distributor|retailer|wholesaler|supplier|reseller|agency)(?:\s+(?:in|of|for|from|out of|based in)\s+[^,;.!?]+)?[.!]*$/u;

/**
 * "you posted your auto premium went up 38%": a verb that takes a thing ("posted", "shared", "wrote") before a clause
 * reads as if the premium were posted; "that" says a clause follows ("you posted that your auto premium went up"). Only
 * where a finite verb follows the noun ("you posted your renewal numbers" is a thing posted).
 */
function postedThat(text: string): string {
  return text.replace(
    /(?<![\p{L}])(posted|tweeted|shared|wrote)\s+(?=(?:your|their|his|her|the|our|its)\s+(?:[\p{L}\p{N}'’-]+\s+){1,4}?(?:is|are|was|were|has|have|had|went|rose|fell|grew|hit|doubled|tripled|jumped|increased|dropped|spiked|climbed|came|got)(?![\p{L}]))/giu,
    '$1 that ',
  );
}

/** The rep's company as who-I-am names it, in whatever case they typed it ("dev advocate at querylane"). */
function senderCompanyAnyCase(who: string): string {
  return (/(?:(?<![\p{L}])(?:at|from|with)\s+|@\s*)([\p{L}][\p{L}\p{N}&'’-]{2,})/iu.exec(who)?.[1] ?? '').replace(
    /^(?:the|a|an)$/i,
    '',
  );
}

/**
 * "Kindly note that PayRoster automates …", "Please note we have done …": a courtesy before a statement says nothing the
 * statement does not, and framed as an offer it reads "I'd be glad to offer Kindly note that …". The statement as typed.
 */
export function withoutCourtesyLead(what: string): string {
  const m =
    /^\s*(?:(?:kindly|please|pls)\s+)?note(?:\s+that)?[,:]?\s+(?=\S)|^\s*(?:just\s+)?(?:fyi|so you know|for your information)[,:]\s+(?=\S)/iu.exec(
      what,
    );
  if (!m || !/^(?:kindly|please|pls|note|just|fyi|so|for)/iu.test(what.trim())) return what;
  const rest = what.slice(m[0].length);
  // "note taking app for clinics": a thing named "note …" keeps its word.
  if (
    !/^(?:kindly|please|pls)\b/iu.test(what.trim()) &&
    !/^note\s+that\b/iu.test(what.trim()) &&
    /^note\s/iu.test(what.trim())
  )
    return what;
  return rest;
}

/**
 * "our fees: 8% of recovered amount", "we are sold out until may": terms under their label, or what something is, with
 * no result in it for "I'm happy to share how" to follow.
 */
function holdsNoResult(statement: string): boolean {
  return (
    /^[^:,.]{1,40}:\s/u.test(statement) ||
    /^(?:we|it|they|this|the\s+[\p{L}-]+|our\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:is|are|was|were)\s+(?!\p{Ll}+ing\b)[^,.;]*[.!]?$/iu.test(
      statement.trim(),
    )
  );
}

/**
 * A value that is already a sentence, as one: a question stays a question, terms are stated ("There's
 * no setup fee…"), a passive gets the rep's company as its doer, and a clause with its own subject
 * ("listings with 3D tours get 2x…", "querylane flags…") stands as written, the rep's product with its
 * capital. '' when the value is a thing to offer.
 */
export function statedValue(what: string, company: string, who: string): string {
  if (!what) return '';
  // Praise ("great product, everyone loves it") is said as typed: no frame makes it an offer.
  if (isPraiseOnly(what)) return capitalise(what);
  if (VALUE_QUESTION.test(what) && !INDIRECT_HOW.test(what)) {
    // The question stays one; what follows it ("hospitals fill 70% …") stays a statement.
    const { question, rest } = questionThenStatement(what);
    return rest ? `${capitalise(question)} ${capitalise(rest)}` : capitalise(question);
  }
  const not = notAnotherSentence(what);
  if (not) return not;
  // "got a Staff Eng role at …": what the rep has, typed without "I've".
  const got = /^(?:have\s+)?got\s+(?=\S)|^have\s+(?=(?:a|an|the|some|two|three|\d+)\s)/iu.exec(what);
  if (got) return asSentence(`I've got ${what.slice(got[0].length)}`);
  // Where a customer had a result, with its figure ("at a ski school in Obergurgl zero double bookings for 2 seasons"):
  // a peer's result to tell, never a thing to offer. "with a 30-day trial" is terms.
  if (/^[Aa]t\s+(?:(?:a|an|one)\s|\p{Lu})/u.test(what) && RESULT_FIGURE.test(what))
    return asSentence(`One example: ${lowerFirst(what)}`);
  const terms = termsSentence(what);
  if (terms) return terms;
  // A name the rep gave in who-I-am that opens the value is theirs: "TaxSetu matches every invoice …" after "…, TaxSetu".
  const first = /^\p{Lu}[\p{L}\p{N}&-]{2,}(?=\s)/u.exec(what)?.[0] ?? '';
  // Only a name ("TaxSetu"), not a word that opens a sentence ("The", "Our"): the lexicon does not know it.
  const named_ =
    first !== '' &&
    lexiconTags(first.toLowerCase()).length === 0 &&
    new RegExp(`(?<![\\p{L}])${escapeRegExp(first)}(?![\\p{L}])`, 'u').test(who)
      ? first
      : '';
  const own = named_ || company || capitalise(senderCompanyAnyCase(who));
  // "We can automate …": the rep's side as the doer reads as an offer to the reader.
  const active = activeValue(what, '');
  if (active) return active;
  // Their own flow ("your onboarding loses 30% at ID scan") is said as it is, further down.
  if (/^(?:your|their)\b/i.test(what)) return '';
  const named =
    own && what.toLowerCase().startsWith(`${own.toLowerCase()} `) ? `${own}${what.slice(own.length)}` : what;
  if (valueClauseAt(named, own) > 0) return capitalise(clauseListSentence(named, own));
  return featureListSentence(what, own);
}

/**
 * "how much they could save on overtime": the question the offer answers, its subject before its verb, not a
 * question put to them ("How much could you save?"). Shown to them, as "what exchanges-first would save them" is.
 */
const INDIRECT_HOW =
  /^how (?:many|much|often|long)\s+(?:(?!(?:could|would|can|do|does|did|will|should|are|is|might|may|have|has|had|was|were|am|must|shall)\b)[\p{L}-]+\s+){0,3}?(?:you|they|she|he|we|your|their|her|his)\b(?![^?]*\?)/iu;

// After a plural noun these say it is a thing ("notes from 40 studios"); after a verb comes its object.
const NOT_AN_OBJECT = /^(?:of|from|on|for|in|across|about|with|by|to|at|that|which|who|and|or|showing|covering)$/u;
// Verbs whose object follows a preposition: "works with Epic", "plugs into Procore".
const PREPOSITIONAL_VERBS = /^(?:works|plugs|integrates|syncs|connects|sits|fits|runs|talks|pays)$/;

/**
 * A value typed as what the product does, without who does it: "cuts first-pass NDA review from 45
 * min to under 5" is "Clausewise cuts …" (or "We cut …" when the company is not named); "helped 12
 * CUs deflect 35% of calls" is "We helped …".
 */
export function valueWithSubject(what: string, company: string): string {
  const m =
    /^((?:(?!(?:weekly|monthly|daily|yearly|quarterly|hourly|nightly|early|friendly|only|costly|likely|family)\s)\p{Ll}+ly\s+)?)(\p{Ll}[\p{Ll}-]{2,})(\s+|$)(\S*)/u.exec(
      what,
    );
  if (!m) return what;
  const [, adverb = '', verb = '', , next = ''] = m;
  const bare = next.replace(/[^\p{L}]/gu, '').toLowerCase();
  const present = /[^s]s$/.test(verb) && !/(?:ss|us|is)$/.test(verb);
  const past = /ed$/.test(verb);
  // "gps tracked routes": shorthand with no vowel is no verb.
  if ((!present && !past) || !/[aeiouy]/u.test(verb.slice(0, -1))) return what;
  const stem = present
    ? verb.replace(/(?<=(?:ch|sh|x|ss|o))es$|(?<=[^aeiou])ies$|s$/, (e) => (e === 'ies' ? 'y' : ''))
    : verb;
  // "reports showing …", "templates your team can reuse": a document, not what the product does.
  if (isCommonWord(capitalise(stem)) || isCommonWord(capitalise(verb)) || DOCUMENT.test(verb)) return what;
  if (next === '' || (NOT_AN_OBJECT.test(bare) && !PREPOSITIONAL_VERBS.test(verb))) return what;
  // "managed charging typically cuts demand charges": the participle names a thing ("managed charging") whose own
  // verb, with an object after it, follows the noun (after an adverb or not); not our verb ("managed payroll systems").
  if (past) {
    const after = /^\s*\p{Ll}[\p{Ll}-]+\s+(?:\p{Ll}+ly\s+)*(\p{Ll}+[^s\s]s)\s+\S/u.exec(
      what.slice(adverb.length + verb.length),
    );
    // Only a word the lexicon lists ("cuts", "saves"): compromise guesses any plural ("cartons") a verb after "It".
    if (after?.[1] && lexiconTags(after[1]).length > 0 && readsAsVerb(after[1])) return capitalise(what);
  }
  // After an adverb ("automatically pre-decisions 70% of loans") only a verb can follow.
  if (!adverb && !readsAsVerb(verb)) return what;
  // "refrigerated DC, our own fleet and …": a participle before a noun describes it.
  if (past && /^\p{Lu}{2,}s?[,.]?$/u.test(next)) return what;
  // "forced relocations are where tenants overpay": a participle before a noun and then the clause's own verb.
  if (
    past &&
    /^\s*\S+\s+(?:are|is|was|were|have|has|tend|usually|often|always|cost|costs|take|takes|mean|means)\b/iu.test(
      what.slice(adverb.length + verb.length),
    )
  )
    return what;
  // "geofenced clock in/out on the crew phones so hrs go straight to payroll": what it does for them after "so" makes the
  // participle a feature of the product, not a thing we did.
  if (past && /\s+so\s+(?!(?:we|I)\s)\p{L}+\s+\p{Ll}/u.test(what)) return what;
  // "scheduled filter program, we drop filters at each building": a participle and a noun, then a clause with its own
  // subject after the comma, name the thing the clause tells; "We scheduled filter program" would make it our verb.
  if (past && /^[^,.;:]+,\s*(?:we|i|it|they|you|our\s+\p{Ll}+)\s+\p{Ll}{2,}/iu.test(what.slice(adverb.length)))
    return what;
  // "dedicated crews, same ppl every nite, …", "converted mill, 350 theatre style, …": a participle and a bare noun, then a comma and a part that is no verb of
  // ours, is the first of a list of features, as the rest are; "reduced costs, saved time" is what we did, part by part.
  if (
    past &&
    /^\s*\p{Ll}{3,},\s+[\p{Ll}\p{N}~+]/u.test(what.slice(adverb.length + verb.length)) &&
    !/^\s*\p{Ll}{3,},\s+(?:\p{Ll}+ed|and|then|so|which|who)(?![\p{L}])/u.test(what.slice(adverb.length + verb.length))
  )
    return what;
  if (past) return `We ${what}`;
  if (company) return `${company} ${what}`;
  return `We ${adverb}${stem}${what.slice(adverb.length + verb.length)}`;
}

/** The rep's offer in the rep's voice: "happy to intro you" → "I'm happy to introduce you"; ", can send" → ", and I can send". */
function offerVoice(text: string): string {
  return (
    text
      .replace(/^happy to\b/i, "I'm happy to")
      .replace(/^glad to\b/i, "I'm glad to")
      .replace(/\bintro (you|them)\b/gi, 'introduce $1')
      .replace(/,\s+(can|could) (send|share|give|show|run|set up|walk|intro|introduce)\b/gi, ', and I $1 $2')
      .replace(/([.;])\s+(can|could) (send|share|give|show|run|do|set up|walk|intro|introduce)\b/gi, '$1 I $2 $3')
      .replace(/^(?:we|I) can show (?:you )?how\b/i, 'I can walk you through how')
      .replace(/\b(can|could) show how\b/gi, '$1 show you how')
      .replace(/\b(I (?:can|could)) show (?=(?:a|an|the|our|some)\s)/gi, '$1 show you ')
      // "… flag servicing before failures, got a 1 pg rundown from …": a thing to hand over that the rep has, after a
      // claim, is the rep's offer, a sentence of its own ("I've got a 1 page rundown …"); "got a client back" is a result.
      .replace(
        /,\s+got\s+(?=(?:a|an|our|some)\s+(?:[\p{L}\p{N}-]+\s+){0,3}(?:rundown|summary|checklist|case study|one-pager|report|deck|template|guide|breakdown|benchmark|video|loom|sheet|playbook|write-?up)(?![\p{L}]))/giu,
        ". I've got ",
      )
      .replace(/,\s+happy to share(?=\s*$)/gi, ", and I'm happy to share it")
      .replace(/,\s+happy to share\b/gi, ", and I'm happy to share")
      // "…, can send" with nothing to send: the ask says it.
      .replace(/,\s+(?:and\s+)?(?:I\s+)?can send(?:\s+(?:it|them))?(?:\s+over)?\s*$/i, '')
  );
}

/** A deadline is the rep's reason, not the prospect's: "demo by friday" asks for a demo. */
function withoutDeadline(ask: string): string {
  return ask.replace(
    /\s+(?:by|before)\s+(?:(?:this|next)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\s+(?:by|before)\s+(?:eod|eow|end of (?:the )?(?:day|week|month|quarter)|tomorrow|\d{1,2}\/\d{1,2})\b/gi,
    '',
  );
}

/**
 * The ask, to the prospect: "would they want" → "would you want", "Should I set that up for him?" →
 * "for you", "a call with her team" → "with your team". "A call with her" is a call with someone else
 * only when the rep names someone else to meet (the regional director, a customer); otherwise it is
 * the prospect. "Their profiles" are usually someone else's.
 */
function askInSecondPerson(
  ask: string,
  you: (text: string, withThey?: boolean) => string,
  context: string,
  why = '',
): string {
  const kept: string[] = [];
  const someoneElse = SOMEONE_ELSE.test(context);
  const marked = ask
    .replace(/\b(would|could|do|does|will|can|are|is|did)\s+they\b/gi, '$1 you')
    .replace(
      /\b(with|and|to meet|meet)\s+(her|him)\b(?=\s*(?:$|[?.!,;]|\s(?:and|or|at|on|in|next|this|tomorrow|today|before|after|for|to|about|sometime|soon)\b))/gi,
      (m, before: string, pronoun: string) => {
        if (!someoneElse) return m;
        kept.push(pronoun);
        return `${before} Keptpronoun${kept.length - 1}`;
      },
    );
  // "15 min before their cutover?", "intro to whoever runs the project on their side": where why-them speaks of the prospect
  // as "they" ("their job posting says they're moving …"), "their" in the ask is theirs too; not after a plural that could
  // own it, in the ask ("how other controllers run their close") or counted in the value ("2 candidates … their profiles").
  const theirsToo = THEY.test(why) && !COUNTED_PLURAL.test(context.slice(0, context.length - ask.length));
  const addressed = theirsToo
    ? marked.replace(/(?<![\p{L}'’])(their)(?=\s+[\p{L}\p{N}])/giu, (m: string, _w: string, at: number) =>
        PLURAL_BEFORE.test(marked.slice(0, at)) ? m : sameCase(m, 'your'),
      )
    : marked;
  return withoutDeadline(firstAsk(oneAsk(you(addressed, false)))).replace(
    /Keptpronoun(\d+)/g,
    (_m, i: string) => kept[Number(i)] ?? '',
  );
}

const THEY = /(?<![\p{L}'’])(?:they|their|them|they['’]re|theyre)(?![\p{L}'’])/iu;
// A plural that could own a "their" after it: "clients", "other CFOs" (a time is no owner: "15 mins before their cutover").
const PLURAL_BEFORE =
  /(?<![\p{L}'’])(?!(?:this|his|was|has|is|us|plus|across|process|business|always|perhaps|thus|less|yes|mins|minutes|hours|hrs|days|weeks|wks|months|mths|yours|ours|its|whereas|does|goes|thanks)(?![\p{L}]))\p{L}{2,}[^s'’\s\d]s(?![\p{L}'’])/iu;
// Things or people the value counts, who could own a "their" in the ask: "2 candidates", "3 teams their size".
const COUNTED_PLURAL =
  /(?<![\p{L}\p{N}])(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a few|several|some)\s+(?:[\p{L}-]+\s+)?(?!(?:mins|minutes|hours|hrs|days|weeks|wks|months|mths|years|yrs|seconds|secs)(?![\p{L}]))\p{L}{2,}[^s'’\s\d]s(?![\p{L}'’])/iu;

// Someone besides the prospect, named by role or as a customer, whom an ask could mean by "her".
const SOMEONE_ELSE =
  /\b(?:the|our|their|a|an|its|my)\s+(?:[\p{L}'’-]+\s+){0,3}(?:director|coo|ceo|cfo|cto|cmo|lead|head|manager|founder|partner|advisor|customer|client|colleague|owner|vp|rep|engineer|expert)\b|\b\p{Lu}[\p{L}'’-]+['’]s\s+(?:[\p{L}-]+\s+)?(?:director|lead|head|manager|founder|ceo|coo)\b/iu;

/** True when `known` says nothing that `why` does not ("saw her speak at SaaStr" vs "she spoke at SaaStr about …"). */
export function repeats(known: string, why: string): boolean {
  const words = (t: string) =>
    new Set(
      (t.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []).filter(
        (w) => !/^(you|your|the|and|saw|read|about|was|were|with|from|that|this|speak|spoke|talk)$/.test(w),
      ),
    );
  const k = [...words(known)];
  if (k.length === 0) return false;
  const w = words(why);
  const shared = k.filter((x) => w.has(x)).length / k.length;
  // "LeadingAge conference" before "your session at LeadingAge on …": half of it named again, and no
  // meeting or referral of its own to tell, is where why-them already says it was seen.
  return shared >= 0.6 || (shared >= 0.5 && !RELATION.test(known));
}

/**
 * A referral made shorter: the referrer's description between commas goes ("Juan Pérez, gerente de logística de Bimbo,
 * me pasó su contacto" → "Juan Pérez me pasó su contacto"); who referred and what they did stay together. One with
 * nothing else to give stays as it is: the other answers give words instead ("C'est Thomas Durand." alone says nothing).
 */
function cutReferral(known: string, lang: FramedLang): string {
  // What comes after the act goes first ("…, qui m'a dit de vous contacter, ils utilisent Tournelia depuis 3 ans").
  const clause = cutClause(known, lang);
  // The referrer's name in brackets ("Kundin (Fr. Sommer, Holz Sommer) hat …") stays: without it the referral names no one.
  const TITLED = /(?<![\p{L}])(?:Hr|Herr|Fr|Frau|M|Mme|Sr|Sra|Dr)\.?\s+\p{Lu}/u;
  if (/\([^()]*$/u.test(known.slice(0, known.search(TITLED) + 1)) && TITLED.test(known) && !TITLED.test(clause))
    return known;
  if (clause !== known && (REFERRED.test(clause) || MET_IN_PERSON.test(clause) || THEIR_OWN_WORDS[lang].test(clause)))
    return clause;
  const m = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*,[^,]{3,140},\s*(\p{Ll}.*)$/u.exec(known.trim());
  if (m) return `${m[1]} ${m[2]}`;
  // "mi compañera Paola trabajó con él en su anterior empresa, una cadena de supermercados en Cali, y me dijo que le
  // escribiera": an aside between commas, with the act of referring after it, goes before the referral does.
  const aside = /^(.*?\p{L})\s*,\s*[^,]{3,140},\s*(\p{Ll}.*)$/u.exec(known.trim());
  const [, before = '', after = ''] = aside ?? [];
  if (aside && wordCount(before) >= 3 && REFERRED.test(after) && !REFERRED.test(before)) return `${before} ${after}`;
  return known;
}

/**
 * How-you-know names what they wrote themselves ("vu son commentaire sur un post a propos des thermopompes", "son post
 * sur les delestages de mai", "sie hat auf linkedin geschrieben, dass …", "vi o post dela sobre a nova unidade"): their
 * own words are the hook they remember, kept as a meeting is (given by clauses, dropped whole only before the
 * greeting). A post the rep saw of someone else's, or a site, is no such hook.
 */
const THEIR_OWN_WORDS: Record<FramedLang, RegExp> = {
  de: /(?<![\p{L}])(?:(?:sein|ihr)(?:en|em|er|e)?\s+(?:\p{L}+[-\s])?(?:post|beitrag|kommentar|artikel|vortrag|posting)|(?:sie|er)\s+hat\s+(?:[^,.;]{0,40}\s)?(?:geschrieben|gepostet|kommentiert|gepostet|erzählt|erzaehlt))(?![\p{L}])/iu,
  es: /(?<![\p{L}])(?:su\s+(?:post|publicación|publicacion|comentario|artículo|articulo|charla|ponencia)|(?:comentó|comento|publicó|publico|escribió|escribio|posteó|posteo)\s+(?:en|sobre|que|un|una)(?![\p{L}]))(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:(?:son|sa|ses|leur)\s+(?:post|publication|commentaire|article|message|vidéo|video|intervention|conférence|conference|témoignage|temoignage)|(?:il|elle)\s+a\s+(?:comment[ée]|publi[ée]|post[ée]|écrit|ecrit|partag[ée]))(?![\p{L}])/iu,
  pt: /(?<![\p{L}])(?:(?:post|comentário|comentario|artigo|publicação|publicacao|palestra)\s+(?:dela|dele)|(?:seu|sua)\s+(?:post|comentário|comentario|artigo|publicação|publicacao)|(?:ela|ele)\s+(?:postou|comentou|publicou|escreveu))(?![\p{L}])/iu,
};

/**
 * What their post was about, told by why-them too ("vi o post dela sobre a nova unidade" beside "abriu 2a unidade em
 * guimaraes"): a word of six letters or more after the hook's "sobre", "sur", "über", "zu", "à propos" stands in why-them.
 */
function topicTold(known: string, why: string): boolean {
  const topic =
    /(?<![\p{L}])(?:sobre|sur|über|ueber|zu|zum|zur|à propos|a propos|acerca)(?![\p{L}])([^,;.]*)/iu.exec(known)?.[1] ??
    '';
  const stems = (topic.match(/\p{L}{6,}/gu) ?? []).map((w) => w.slice(0, 6).toLowerCase());
  const said = why.toLowerCase();
  return stems.some((stem) => new RegExp(`(?<![\\p{L}])${stem}`, 'u').test(said));
}

/** They said or wrote it themselves: "elle a dit dans son commentaire que …", "sie hat geschrieben, dass …". */
const THEY_SAID: Record<FramedLang, RegExp> = {
  de: /^(?:und\s+)?(?:sie|er)\s+(?:hat|hatte)\s+(?:[^,.;]{0,40}\s)?(?:gesagt|geschrieben|erzählt|erzaehlt|erwähnt|erwaehnt|gepostet)(?![\p{L}])/iu,
  es: /^(?:y\s+)?(?:(?:él|el|ella)\s+)?(?:dijo|escribió|escribio|comentó|comento|contó|conto|publicó|publico)\s+(?!me\s)/iu,
  fr: /^(?:(?:et|pis)\s+)?(?:il|elle)\s+(?:a|avait)\s+(?:dit|écrit|ecrit|expliqué|explique|raconté|raconte|mentionné|mentionne)(?![\p{L}])/iu,
  pt: /^(?:e\s+)?(?:ela|ele)\s+(?:disse|escreveu|contou|comentou|postou)(?![\p{L}])/iu,
};
/**
 * Why-them without the clause before the last, where the last is what they said or wrote themselves and the one before
 * is not: the cut that would take the last clause takes the other. '' where no such clause ends the answer.
 */
function saidKept(why: string, lang: FramedLang): string {
  const breaks = [...why.matchAll(new RegExp(`,\\s+|\\s(?=(?:${CONJUNCTIONS[lang]})\\s)`, 'gu'))];
  const last = breaks[breaks.length - 1];
  if (!last || last.index === undefined) return '';
  const said = why.slice(last.index + last[0].length).trim();
  const before = why.slice(0, last.index);
  if (!THEY_SAID[lang].test(said) || THEY_SAID[lang].test(before) || wordCount(said) < 6) return '';
  if (!/\p{N}/u.test(said) && /\p{N}/u.test(before)) return '';
  return said.replace(new RegExp(`^(?:${CONJUNCTIONS[lang]})\\s+`, 'u'), '');
}

/**
 * How-you-know says the rep met them in person ("la conocí en el SIL", "nos conocimos en la feria", "coincidimos en la
 * jornada"): the hook they remember, kept as a referral is. A group both are in ("coincidimos en el grupo de LinkedIn")
 * is no meeting.
 */
const MET_IN_PERSON =
  /^(?:(?:la|lo|le|te|nos)\s+conoc[ií]|nos\s+conocimos|coincidimos|hablamos|charlamos|estuvimos\s+hablando)\s+(?:en|durante)\s+(?!(?:el|un)\s+grupo\b|linkedin\b)/iu;

/** What how-you-know tells that why-them cannot: a meeting, a referral, a shared past. */
const RELATION =
  /\b(?:met|meet|mutual|referr\w*|recommend\w*|introduc\w*|intro|suggest\w*|colleague|worked|both|fellow|alum\w*|friend|told|gave me|said|spoke|chatted|talked|customer|client)\b/i;

/**
 * One ask: "call w/ Holt's director? or 15 min w/ me first" and "…, or alternatively an intro …"
 * become the first of them, in German and French too ("20 min zeigen …, oder wir treffen uns auf der Messe", "un appel
 * mardi, ou je passe vous voir"); a second ask makes the prospect choose, and neither gets done.
 */
export function firstAsk(typed: string): string {
  // A date's full stop ends no sentence: "am 14.11. einladen", "le 14.11.2026 à 10h"; nor does an abbreviation's before
  // a name ("em s. paio de oleiros", "com o dr. paulo", "na av. da boavista").
  // "ok to send what we'd need? (just 12 mo of bills)": an aside after the question belongs inside it.
  const ask = typed.replace(/\s*([?？])\s*(\([^()]{1,80}\))[\s.!?]*$/u, ' $2$1');
  const cut =
    /\?\s*(?:or|also|and|plus)\b|,\s+(?:danach|anschließend|anschliessend|ensuite|puis)\s|,\s+(?:oder|ou)\s+(?:ich|wir|Sie|du|je|on|nous|vous|tu)\s|,\s+or\s+(?:i|we)(?:\s+(?:can|could|will|would)|['’](?:ll|d))\b|,?\s+(?:or alternatively|or else|and also|also pls|also please|and if it['’]s useful|and if useful|or maybe|or to|or a|or an|or would|or could)\b|[?!]\s+(?=\p{L})|(?<![\s(](?:min|mins|std|hr|hrs|wk|wks|ca|approx|nr|no|tel|vs|z\.\s?b|e\.g|i\.e|bzw|evtl|ggf|inkl|max|mo|di|mi|do|fr|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|okt|nov|dec|dez|s|sta|sto|sr|sra|dr|dra|eng|engª|av))(?<!(?<![\p{N}.])\p{N}{1,2}\.(?:\p{N}{1,2}\.)?\p{N}{0,4})\.\s+(?=\p{L})/iu.exec(
      ask,
    );
  if (!cut || cut.index < 3) return ask;
  return ask.slice(0, cut.index).replace(/[\s,;]+$/, '') + (/\?/.test(ask.slice(cut.index, cut.index + 1)) ? '?' : '');
}

// Verbs of saying and knowing: what follows them is what a referrer or a source said, and the prospect's
// name right after one ("Rachel said Harriet would be good to talk to") is the prospect spoken of.
const SAYING_BEFORE_NAME = String.raw`(?:said|says|mentioned|told (?:me|us)|tells (?:me|us)|thinks|thought|reckons|reckoned|believes|explained|wrote|noted|added|confirmed|hinted|heard|hears|knows|knew|figures|figured|feels|felt)(?:\s+that)?`;
// Where a clause opens: the text's start, a sentence's, a clause joined by a conjunction or a comma, or what was said.
const CLAUSE_BEFORE_NAME = String.raw`(^|[;.!?]\s*|,\s+|\b(?:that|and|but|so|because|since|while|although|though|as|if|when|who|where)\s+|\b${SAYING_BEFORE_NAME},?\s+|\b(?:article|post|interview|episode|talk|panel|podcast|piece|summit|conference|webinar|meetup|expo|forum|session|keynote|event|fair),?\s+)`;
// A verb after the prospect's name: modals stay ("would"), the rest agree with "you" ("wants" → "want").
const VERB_AFTER_NAME = String.raw`(is|was|has|had|does|did|would|will|can|could|should|might|may|must|${IRREGULAR_PAST}|\p{Ll}+(?:ed|s))`;
// Participles that say how someone is, not what they have done: "she's interested" is "you're interested".
const STATE_WORDS =
  'interested|excited|based|focused|located|involved|concerned|worried|pleased|qualified|engaged|committed|dedicated|swamped|slammed|stretched|overwhelmed|frustrated|impressed|convinced|tasked|booked|tired|annoyed|blocked|stressed|understaffed|overworked|motivated|prepared|positioned|keen|set|sold|stuck|focussed|obsessed|responsible|open';
// After "<Name>'s", what shows the "'s" is "is" or "has" ("Anna's hiring two planners", "Anna's been asking"),
// not whose ("Anna's team"). Before an article or "not" it is "is" too: no one's is "the guy" ("Greg's the guy to talk to").
// A past participle before what was done ("Tom's just bought a second home") is "has" too: "you've just bought a …".
const CONTRACTED_AFTER = String.raw`((?:\s+${ADVERB})*)\s+(been|got|gotten|the|a|an|not|(?:${IRREGULAR_PAST}|\p{Ll}{3,}ed)(?=\s+(?:a|an|the|two|three|four|another|some|his|her|their|its|it|them|up|out|over|into|\d)(?![\p{L}]))|\p{Ll}{2,}ing(?=\s+(?:to|a|an|the|on|for|in|at|out|up|about|with|this|that|next|more|new|two|three|four|five|\d|your|their|her|his|it|them)\b|\s*[,.;!?]|\s*$)|${STATE_WORDS})\b`;

function nameToYou(text: string, prospect: Prospect): string {
  let out = text;
  // The full name first, so that "Anna Kowalski is" is one person, not "Anna" and a stray surname.
  // "May" or "June" alone is as often the month: only the full name is sure to be the prospect.
  const names = [...new Set([prospect.full, prospect.first])].filter(
    (n) => n.length >= 2 && (n === prospect.full || !NOT_A_NAME.test(n)),
  );
  for (const name of names) {
    // Typed in a hurry, a name may be in lower case ("kyle posted about …"), unless in lower case it is a word ("will");
    // an honorific after it is part of it ("Sanjay ji's firm").
    // A name the lexicon knows only as a first name of either ("morgan", "jamie") is as sure as one it knows as hers or
    // his, unless it reads as a verb too ("mark", "chase", "drew").
    const firstWord = (name.split(' ')[0] ?? '').toLowerCase();
    const typedAnyCase =
      nameInAnyCase(firstWord) || (lexiconTags(firstWord).every((t) => t === 'FirstName') && !readsAsVerb(firstWord));
    const n = `${typedAnyCase ? anyCase([name]) : escapeRegExp(name)}(?:\\s+(?:ji|san|sahib|saab|garu))?`;
    // "Anna's hiring", "Anna's been asking": the "'s" is "is" or "has", and the subject is "you". Typed in a hurry the
    // apostrophe may be missing ("rachels the one signing off"), where the name with an "s" is no word of its own.
    const apostropheS = typedAnyCase ? "(?:['’]s|s)" : "['’]s";
    out = out.replace(
      new RegExp(String.raw`${CLAUSE_BEFORE_NAME}${n}${apostropheS}${CONTRACTED_AFTER}`, 'gu'),
      (_m, start: string, adverbs: string, next: string) =>
        `${start}${/[.!?]\s*$/.test(start) ? 'You' : 'you'}${/^(?:been|got|gotten)$/.test(next) || (PAST_PARTICIPLE.test(next) && !STATE_PARTICIPLE.test(next)) ? "'ve" : "'re"}${adverbs} ${next}`,
    );
    // "Jane's talk" → "your talk"
    out = out.replace(new RegExp(String.raw`(?<![\p{L}])${n}['’]s?(?![\p{L}])`, 'gu'), 'your');
    // "Jane runs growth" where a clause opens, "Rachel said Jane would be good to talk to" → "you run growth",
    // "Rachel said you would be good to talk to"; only before a word that reads as a verb.
    out = out.replace(
      new RegExp(String.raw`${CLAUSE_BEFORE_NAME}${n}((?:\s+${ADVERB})*)\s+${VERB_AFTER_NAME}\b`, 'gu'),
      (_m, start: string, adverbs: string, verb: string) =>
        `${start}${start === '' || /[.!?]\s*$/.test(start) ? (start ? 'You' : 'you') : 'you'}${adverbs} ${agreeWithYou(verb)}`,
    );
    // A question about them put to no one ("Would Owen be open to …?", "Is Nora free Tuesday?"): the question is
    // theirs to answer. "Could Hannah and I have a quick chat" is "Could we …".
    out = out.replace(
      new RegExp(
        String.raw`(^|[.!?:]\s+)([Ww]ould|[Cc]ould|[Cc]an|[Ww]ill|[Ss]hall|[Ss]hould|[Mm]ight|[Ii]s|[Ww]as|[Dd]oes|[Dd]id|[Hh]as|[Hh]ad|[Dd]o)\s+${n}(\s+and\s+I)?(?=\s+\p{Ll}[^.!?]*(?:\?|$))`,
        'gu',
      ),
      (_m, start: string, aux: string, andI: string | undefined) =>
        `${start}${andI ? aux : (AUX_WITH_YOU[aux.toLowerCase()] ?? aux).replace(/^./, (c) => (/^\p{Lu}/u.test(aux) ? c.toUpperCase() : c))} ${andI ? 'we' : 'you'}`,
    );
    // "Luis and I were both at the summit": "We were both at the summit".
    out = out.replace(
      new RegExp(String.raw`${CLAUSE_BEFORE_NAME}${n}\s+and\s+I(?![\p{L}'’])`, 'gu'),
      (_m, start: string) => `${start}${start === '' || /[.!?]\s*$/.test(start) ? 'We' : 'we'}`,
    );
    // Whom someone met, mentioned or recommended, or pointed the rep to: "Marco mentioned Nora at the meetup" → "mentioned
    // you", "Mere put me onto Daniel" → "put me onto you".
    out = out.replace(
      new RegExp(
        String.raw`\b(to|onto|towards?|with|about|from|for|by|met|meet|saw|follow|followed|know|knew|knows|mentioned|suggested|recommended|named|flagged|introduced|tagged|praised|quoted|thanked|invited|rates|rated|tell|told|show|showed|send|sent|give|gave|email|emailed|call|called|help|helped|ping|pinged|contact|contacted|cc['’]?d|looped in)\s+${n}(?![\p{L}'’])`,
        'gu',
      ),
      '$1 you',
    );
  }
  if (prospect.full.includes(' '))
    out = out.replace(new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(prospect.full)}(?![\p{L}])`, 'gu'), 'you');
  return out;
}

/** An auxiliary as "you" takes it: "Is Nora free?" → "Are you free?". */
const AUX_WITH_YOU: Record<string, string> = { is: 'are', was: 'were', does: 'do', has: 'have' };

/** A verb's past: "bought", "hired". */
const PAST_PARTICIPLE = new RegExp(`^(?:${IRREGULAR_PAST}|\\p{Ll}{3,}ed)$`, 'u');
// "she's interested" is "you're interested"; "she's written" is "you've written".
const STATE_PARTICIPLE = new RegExp(`^(?:${STATE_WORDS})$`, 'u');

// The pronouns of each gender: where the prospect is "she", a "he" or "him" in the same answer is someone else (the
// referrer they asked, a colleague), and the other way round.
const FEMININE = /\b(?:she|her|hers|herself)\b/i;
const MASCULINE = /\b(?:he|him|his|himself)\b/i;

// Who refers or reports ("he said", "she introduced me") and whom they refer the rep to ("referred me to her").
const REPORTER =
  /\b(she|he)\s+(?:(?:also|just|actually)\s+)?(?:said|says|told me|tells me|mentioned|thinks|thought|referred me|introduced me|pointed me|suggested|recommended|put me|connected me)\b/i;
const REFERRED_TO =
  /\b(?:referred me to|introduced me to|pointed me (?:to|towards|at)|put me (?:onto|on to|in touch with)|connected me (?:with|to))\s+(her|him)\b/i;

/**
 * The prospect's gender as the answer's own structure shows it: whom someone refers the rep to is the reader, and
 * whoever says or refers is not. Undefined where it shows none, or two that disagree.
 */
function genderByStructure(text: string): 'she' | 'he' | undefined {
  const reporter = REPORTER.exec(text)?.[1]?.toLowerCase();
  const referred = REFERRED_TO.exec(text)?.[1]?.toLowerCase();
  const byReporter = reporter === undefined ? undefined : reporter === 'she' ? 'he' : 'she';
  const byReferred = referred === undefined ? undefined : referred === 'her' ? 'she' : 'he';
  if (byReporter && byReferred && byReporter !== byReferred) return undefined;
  return byReporter ?? byReferred;
}

/**
 * "mike said she asked him what he uses": the pronouns of the gender other than the prospect's, kept as typed. What
 * the answer's structure says of the prospect's gender ("my old boss referred me to her, he said she's hiring") goes
 * before what their first name suggests: Chris, Sam, Alex and Toni are men and women.
 */
function otherGenderKept(text: string, prospect?: 'she' | 'he'): { masked: string; kept: string[] } {
  const she = FEMININE.exec(text);
  const he = MASCULINE.exec(text);
  const kept: string[] = [];
  if (!she || !he) return { masked: text, kept };
  const other =
    (genderByStructure(text) ?? prospect ?? (she.index < he.index ? 'she' : 'he')) === 'she'
      ? /\b(?:he|him|his|himself)\b(['’]s)?/gi
      : /\b(?:she|her|hers|herself)\b(['’]s)?/gi;
  const masked = text.replace(other, (m: string) => {
    kept.push(m);
    return `Keptgender${kept.length - 1}`;
  });
  return { masked, kept };
}

/** Someone by role, any one of them: "a tech", "each new driver", "every carer". */
export const GENERIC_PERSON = String.raw`\b(?:a|an|each|every|any)\s+(?:[\p{L}-]+\s+)?(?:tech|technician|driver|rep|nurse|agent|worker|engineer|employee|operator|installer|picker|courier|caller|carer|caregiver|cleaner|inspector|mechanic|plumber|electrician|guard|new hire|hire|member|user|customer|patient|guest|student|tenant|resident|buyer|seller|shopper|visitor|diner|client)\b`;

/**
 * "when a tech doesn't have the part before he rolls": after "a", "each" or "every" and a person's role in the same
 * clause, "he", "she" or "his" is that person, not the reader ("a driver told her" is still the reader: an object is
 * whom they told). The pronouns are masked as `Keptgender` ones are.
 */
function genericPersonKept(text: string, kept: string[]): string {
  return text.replace(
    new RegExp(String.raw`(${GENERIC_PERSON})([^.;:!?,]*)`, 'giu'),
    (_m, person: string, rest: string) =>
      `${person}${rest.replace(/\b(?:he|she|his)\b/giu, (p: string, at: number, all: string) => {
        // "a customer said she is the one to talk to": what someone says of "she" is said of the reader.
        if (
          /\b(?:said|says|told me|tells me|thinks|thought|mentioned|wrote|noted)(?:\s+that)?\s+$/iu.test(
            all.slice(0, at),
          )
        )
          return p;
        kept.push(p);
        return `Keptgender${kept.length - 1}`;
      })}`,
  );
}

function pronounsToYou(typed: string, withThey: boolean, prospect?: 'she' | 'he'): string {
  const { masked, kept } = otherGenderKept(typed, prospect);
  const text = genericPersonKept(masked, kept);
  const subjects = withThey ? 'she|he|they' : 'she|he';
  // "would she be open to us running the model on their numbers?": where the prospect is "she" or "he", a "their"
  // with a thing after it is theirs too (their firm's), not a plural's.
  const singular = !withThey && /\b(?:she|he)\b/i.test(text);
  // "loses 35% of tomatoes before they reach the stores": "they" right after a plural and a
  // conjunction is that plural, not the reader.
  const theirs: string[] = [];
  let out = text.replace(
    /(\b\p{L}{2,}[^s'’\s]s\s+(?:before|after|until|once|when|while|as soon as)\s+)(they)\b/giu,
    (_m, before: string, they: string) => {
      theirs.push(they);
      return `${before}Keptthey${theirs.length - 1}`;
    },
  );
  // "is she open to a call?": the auxiliary before a subject that becomes "you" agrees with it ("are you open").
  out = out.replace(
    /\b(is|was|does|has)(n['’]t)?(\s+)(she|he)\b/giu,
    (_m, aux: string, not = '', gap: string, who: string) =>
      `${sameCase(aux, AUX_WITH_YOU[aux.toLowerCase()] ?? aux)}${not}${gap}${sameCase(who, 'you')}`,
  );
  out = out.replace(
    new RegExp(String.raw`\b(${subjects})['’](s|d|ll|ve|re)\b(?:(\s+)(${WORD}))?(?=(?:\s+(${WORD}))?)`, 'giu'),
    (_m, who: string, contraction: string, gap = '', next = '', after = '') => {
      // "she's been" is "she has been"; "she's hiring" and "she's interested" are "she is …". After "just", "already" or
      // "recently" the verb tells it: "he's just bought a second home" is "you've just bought".
      const verb = /^(?:just|already|recently|also|finally|never|ever|since)$/iu.test(next) ? after : next;
      const has =
        contraction === 's' &&
        (/^(been|got|gotten|done|written|spoken|built|grown|run|led|made|had|taken|seen|given|\p{Ll}+ed)$/u.test(
          verb,
        ) ||
          (verb !== next && PAST_PARTICIPLE.test(verb))) &&
        !STATE_PARTICIPLE.test(verb);
      const ending = contraction === 's' ? (has ? "'ve" : "'re") : `'${contraction}`;
      return `${sameCase(who, 'you')}${ending}${gap}${next}`;
    },
  );
  out = out.replace(
    new RegExp(String.raw`\b(${subjects})\b((?:\s+${ADVERB})*)(\s+)(${WORD})`, 'giu'),
    (_m, who: string, adverbs: string, gap: string, verb: string) =>
      `${sameCase(who, 'you')}${adverbs}${gap}${who.toLowerCase() === 'they' ? verb : agreeWithYou(verb)}`,
  );
  // "she, too, spoke": a subject the verb pattern above could not see.
  out = out.replace(new RegExp(String.raw`\b(${subjects})\b`, 'giu'), (m: string) => sameCase(m, 'you'));
  // "send her 50 sample bags": after a verb that gives, "her" is who receives; "send her current rota" is hers.
  out = out.replace(
    /\b(send|give|show|offer|tell|get|email|ship|bring|intro|introduce|pay|buy|lend|hand)\s+her\b(?=\s+(?:the|a|an|our|my|some|this|that|these|those|one|over|back|\d)\b|\s*[,.!?;:]|\s*$)/giu,
    (_m, verb: string) => `${verb} you`,
  );
  // "her #1 headache", "her $2M budget": a figure after it is hers too.
  out = out.replace(
    /\bher\b(\s+([#$£€]?[\p{L}\p{N}'’-]+))?(?=(?:\s+([\p{L}\p{N}'’-]+))?)/giu,
    (_m, gap: string | undefined, next: string | undefined, third: string | undefined, at: number, all: string) => {
      // "show her how …": a question word in lower case after her makes her the one shown ("her How to Scale talk" is hers).
      let object = next === undefined || AFTER_OBJECT_HER.has(next.toLowerCase()) || QUESTION_WORD_AFTER.test(next);
      // "her last post", "her this year budget": "last" or "this" before a thing is hers; before a time it is when
      // someone met or saw her ("met her last week"), unless "her" opens its clause ("said her last quarter was …").
      if (object && next !== undefined && /^(?:last|this|that)$/i.test(next))
        object =
          third !== undefined &&
          HER_TIME.test(third) &&
          !/(?:^|[.!?,;:]\s*|\b(?:said|says|that|and|but|because|so|since|while|when|where|think|thinks|thought|how)\s+)$/iu.test(
            all.slice(0, at),
          );
      return `${sameCase(_m, object ? 'you' : 'your')}${gap ?? ''}`;
    },
  );
  out = out.replace(/\bhis\b(?=(\s*[\p{L}\p{N}])?)/giu, (m, following: string | undefined) =>
    sameCase(m, following ? 'your' : 'yours'),
  );
  out = out.replace(/\b(him|hers|herself|himself)\b/giu, (m: string) =>
    sameCase(m, { him: 'you', hers: 'yours' }[m.toLowerCase()] ?? 'yourself'),
  );
  out = out.replace(/Keptthey(\d+)/g, (_m, i: string) => theirs[Number(i)] ?? 'they');
  out = out.replace(/Keptgender(\d+)/g, (_m, i: string) => kept[Number(i)] ?? '');
  // "their 2 e-box trucks": a figure after it is theirs too. A plural joined to it by "+" or "&" in a note ("the reefers +
  // their trucks") is the list's other item, not the owner.
  if (singular)
    out = out.replace(/\btheir\b(?=\s+[\p{L}\p{N}#$£€])/giu, (m: string, at: number, all: string) =>
      PLURAL_OWNER.test(all.slice(0, at)) && !LIST_BEFORE.test(all.slice(0, at)) ? m : sameCase(m, 'your'),
    );
  if (withThey) {
    out = out.replace(
      /\b(their|theirs|them|themselves|themself)\b/giu,
      (m: string, _w: string, at: number, all: string) =>
        (PLURAL_OWNER.test(all.slice(0, at)) && !LIST_BEFORE.test(all.slice(0, at))) ||
        (/^them$/iu.test(m) && themCounted(all.slice(0, at), typed))
          ? m
          : sameCase(m, { their: 'your', theirs: 'yours', them: 'you' }[m.toLowerCase()] ?? 'yourself'),
    );
  }
  return out;
}

/**
 * "for both of them", "on all of them": a count of "them" after a preposition is the reader only where the reader is
 * more than one person. Said of someone as "he" or "she" ("he's doing the payroll himself … for both of them"), or after
 * a count of things ("you've got two homes and … for both of them"), they are the things, and stay "them". As a subject
 * ("both of them said …") or after a count of people ("two partners … for both of them") they are still the reader.
 */
function themCounted(before: string, typed: string): boolean {
  if (
    !/(?<![\p{L}])(?:for|on|at|in|across|between|to|from|with|over|into|of)\s+(?:both|all|each|either|neither|two|three|four|some|most|any|none)\s+of\s+$/iu.test(
      before,
    )
  )
    return false;
  if (/(?<![\p{L}'’])(?:he|she|him|his|himself|herself)(?![\p{L}])|(?<![\p{L}'’])(?:he|she)['’]/iu.test(typed))
    return true;
  const counted = [
    ...before
      .replace(/\s+\p{Ll}+\s+of\s+$/u, ' ')
      .matchAll(
        /(?<![\p{L}])(?:two|three|four|five|six|\d+|both|several|multiple|second|2nd|new)\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]+)(?![\p{L}])/gu,
      ),
  ].pop();
  const noun = (counted?.[1] ?? '').replace(/(?:ies)$/u, 'y').replace(/(?<=[^s])s$/u, '');
  return (
    noun.length >= 3 &&
    !/^(?:people|person|staff|founder|owner|partner|client|customer|kid|child|children|guy|folk|member|parent|manager|director|nurse|carer|rep|colleague|friend|brother|sister|son|daughter)$/u.test(
      noun,
    ) &&
    !lexiconTags(noun).some((t) => /^(?:Actor|Person|FirstName|MaleName|FemaleName)$/u.test(t))
  );
}

/** A time after "last" or "this": "met her last week", "saw her this morning". */
const HER_TIME =
  /^(?:week|month|year|yr|quarter|night|morning|afternoon|evening|time|spring|summer|autumn|fall|winter|weekend|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)$/iu;

/**
 * A plural, then only "+" or "&" before the "their" that follows: a note's list ("the reefers + their 2 trucks"). After
 * "and" the plural owns it: "your drivers and their families".
 */
const LIST_BEFORE = /\p{L}{2,}s\s+(?:\+|&)\s+$/u;

/**
 * A plural of someone else's earlier in the clause owns the "their" after it: "his estimators spend
 * half their week" is the estimators' week, not the prospect's.
 */
const PLURAL_OWNER =
  /\b(?:your|his|her|the|our|my|these|those|its|whose)\s+(?:[\p{L}-]+\s+){0,2}?(?!(?:this|his|was|has|is|us|plus|across|process|business|always|perhaps|thus|less)\b)\p{L}{2,}[^s'’\s]s\s+(?:[^.;:!?,]{0,40}\s)?$/iu;

// ---------------------------------------------------------------------------------------------
// Sentences from fragments

const ROLE_WORDS_TAKING_ARTICLE = new Set([
  'ae',
  'sdr',
  'bdr',
  'csm',
  'se',
  'am',
  'account',
  'sales',
  'solutions',
  'solution',
  'customer',
  'engineer',
  'consultant',
  'founder',
  'co-founder',
  'cofounder',
  'rep',
  'representative',
  'partner',
  'advisor',
  'adviser',
  'recruiter',
  'analyst',
  'marketer',
  'developer',
  'designer',
  'product',
  'senior',
  'junior',
  'principal',
  'staff',
  'enterprise',
  'strategic',
  'regional',
  'growth',
  'data',
  'software',
  'freelance',
  'independent',
  'investor',
  'operator',
  'researcher',
  'specialist',
  'executive',
  'manager',
  'coach',
  'business',
  'technical',
  'field',
  'inside',
  'channel',
  'partnerships',
  'marketing',
  'revenue',
  'revops',
  'ux',
  'lead',
  'sr',
  'snr',
  'jr',
]);

// A title ends in a word for a person who does something: "-er", "-or", "-ist", "-ant", "-ent", "-ian",
// "-ect", "-eer" (writer, advisor, strategist, consultant, technician, architect, engineer), or one of the
// few that don't ("dev advocate", "clinical nurse", "practice owner").
const ROLE_TITLE =
  /^(?:[\p{Ll}/-]+\s+){0,3}?(?:\p{Ll}+(?:er|or|ist|ant|ent|ian|ect|eer)|advocate|associate|nurse|intern|fellow|lead|rep|partner|executive|coach|exec|hire|(?<=\p{Ll}\s+)(?:AE|SDR|BDR|CSM|AM|SE|PM|TAM))(?=\s+(?:at|for|with|in|on|from)\s|\s*[,;(]|\s*$)/u;

/**
 * "account manager, Chairfill (…)": a title, a comma and the company is a title at the company; so is a company typed in
 * lower case that has a word only firms have ("account exec, brennan hale insurance. we insure …").
 */
function roleAtCompany(who: string): string {
  return who
    .replace(
      /^([^,@()]+?),\s+(\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,2})(?=\s*(?:\(|[—–]|\s-\s|,|$))/u,
      (m, role: string, company: string) => (/\s(?:at|for|with|from|in)\s/.test(role) ? m : `${role} at ${company}`),
    )
    .replace(
      /^([^,@()]+?),\s+(\p{Ll}[\p{Ll}\p{N}&'’-]*(?:\s+\p{Ll}[\p{Ll}\p{N}&'’-]*){0,3})(?=\s*(?:\(|[—–.]|\s-\s|,|$))/u,
      (m, role: string, company: string) =>
        /\s(?:at|for|with|from|in)\s/.test(role) || !FIRM_WORD.test(company) ? m : `${role} at ${company}`,
    );
}

// A field of work at or for a firm, named or not, in capitals or typed in lower case: "contractor insurance at brennan
// hale, GL …", "cargo insurance at a broker in Ohio" ("I'm in …").
// A trade named by its "-ing" noun ("commercial roofing", "payroll outsourcing") is a field too: "I'm in commercial
// roofing at Trinity Ridge", never "I'm commercial roofing at …".
// Only a noun's "-ing" after a word that names the trade: "just starting at …", "now working for …" are what the rep
// does, and "selling for …" a verb.
const FIELD =
  /^(?:(?:(?!(?:just|now|currently|recently|still|only|newly|also|really|already|actively|mostly|mainly|busy|new|am|was|been)\s)[\p{Ll}/&-]+\s+){1,2}(?!(?:starting|working|selling|helping|running|leading|building|joining|looking|reaching|covering|heading|managing|supporting|calling|writing|doing|getting|going|coming|moving|trying|focusing|living|based|reaching)(?![\p{L}]))\p{Ll}{3,}ing|(?:[\p{Ll}/&-]+\s+){0,2}(?:analytics|ops|operations|sales|data|marketing|mgmt|management|engineering|finance|research|security|partnerships|strategy|recruiting|growth|design|development|compliance|procurement|support|enablement|success|risk|insurance|logistics|consulting|advisory|lending|payments|hr|it))(?=\s+(?:at|for|with)\s+[\p{L}\p{N}])/u;

const FIRST_PERSON_VERBS =
  /^(work|lead|run|help|head|sell|build|manage|look after|cover|own|support|advise|founded|co-founded|started|spent|joined|focus)\b/i;
// A team, not a title: "sales at Questmoor" is where you work, not what you are.
/** A firm's name of one to three words, a comma, then what the firm does or the rep's team: "Tradelyte, APAC trade fin". */
const FIRM_THEN_WHAT = /^((?:[\p{L}\p{N}&'’.-]+\s+){0,2}[\p{L}\p{N}&'’.-]+),\s+([^,]{2,60})$/u;
/** A firm named by a made-up word and its trade, then what it does and where: "brightline cleaning, offices + clinics, chicago". */
const TRADE_FIRM_THEN_WHAT = /^(\p{L}+\s+\p{L}+),\s+([^.;:]{2,80})$/u;
/** A firm's name, perhaps what the rep does there after a dash, then the rep's own clause: "acme hvac - sales, I run …". */
const FIRM_THEN_OWN_CLAUSE =
  /^((?:[\p{L}\p{N}&'’.]+\s+){0,3}[\p{L}\p{N}&'’.]+)(?:\s+[–—-]\s+([^,;.()]{2,40}?))?,\s*(I\s+\p{Ll}[^.;]*)$/u;

/**
 * Whether the words before the rep's own clause are their firm, not their name: a word only firms have, three words or
 * more, or a word with a capital inside ("NominaYa"); never a first name the lexicon knows ("Matt Ruiz, I run …"), nor a
 * clause that names where the rep works itself ("Tolu Ade, I run sales at Gridwell").
 */
function readsAsOwnFirm(name: string, mine: string): boolean {
  const words = name.split(/\s+/);
  if (/^(?:i|i'm|we|my|our|a|an|the|hi|hey|hello)$/i.test(words[0] ?? '')) return false;
  // "Priya from calder, I lease …": someone from a firm is the rep.
  if (looksLikeFirstName(words[0] ?? '') || words.some((word) => /^(?:from|at|with|of)$/i.test(word))) return false;
  if (/\s(?:at|with|for|from)\s+\p{Lu}/u.test(mine)) return false;
  return FIRM_WORD.test(name) || words.length >= 3 || words.some((word) => /^\p{Lu}?\p{Ll}+\p{Lu}/u.test(word));
}

/**
 * A firm's name typed in lower case: a word the lexicon does not know and is no first name ("freightline"), then a word
 * only firms have ("logistics"), last. "commercial insurance", "freight logistics" are fields of work.
 */
function firmNamedLower(words: string): boolean {
  const all = words.split(/\s+/);
  const last = all[all.length - 1] ?? '';
  return (
    FIRM_WORD.test(last) &&
    all
      .slice(0, -1)
      .some(
        (word) =>
          lexiconTags(word).length === 0 && !looksLikeFirstName(word) && word.length >= 4 && !FIELD_WORD.test(word),
      ) &&
    !ROLE_WORDS_TAKING_ARTICLE.has(last)
  );
}

/** Words that name a field before "logistics" or "insurance", missing from the lexicon all the same: "freight logistics". */
const FIELD_WORD =
  /^(?:freight|cargo|cold|supply|chain|global|contract|road|rail|ocean|reverse|pharma|medical|health|fleet|transport|trucking|shipping|commercial|industrial|residential|digital|cloud|cyber|payroll|legal|wealth|asset|property|marine|motor|energy|solar|logistics|insurance|reinsurance|fintech|healthcare|ecommerce|saas)$/u;

/** A word only a firm's name has: "Bayou Iron Rentals", "Calder Search". */
const FIRM_WORD =
  /(?<![\p{L}])(?:rentals?|group|labs?|inc|ltd|llc|gmbh|solutions|systems|tech|technologies|consulting|partners|capital|logistics|software|analytics|services|industries|insurance|ventures|studios?|agency|corp|holdings|networks|brands|works|search|recruitment|staffing|advisors|advisory)(?![\p{L}])/iu;

/**
 * Whether "<name>, <what>" is a firm and what it does, not a person and what they do ("Priya, ledgerloop rev rec
 * software", "Raj, founder at Querylane", "Priya Raman, sales"): a name with a word only firms have, or one word before
 * a sector in capitals and lower case ("Tradelyte, APAC trade fin"). A first name the lexicon does not know is no sign
 * of a firm: most reps type their own name first.
 */
function readsAsTradeFirm(name: string): boolean {
  const trade =
    /^(\p{L}+)\s+(?:cleaning|roofing|plumbing|electric|electrical|mechanical|catering|construction|landscaping|painting|flooring|janitorial|movers|trucking|freight|supply|hvac)$/iu.exec(
      name,
    );
  return !!trade && lexiconTags((trade[1] ?? '').toLowerCase()).length === 0 && !looksLikeFirstName(trade[1] ?? '');
}

function readsAsFirm(name: string, what: string): boolean {
  // "brightline cleaning, offices + clinics": a word that is no word of the language, then the trade, is a firm's name
  // ("commercial cleaning, offices" is the trade itself).
  if (readsAsTradeFirm(name)) return true;
  if (FIRM_WORD.test(name)) return !/^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*$/u.test(what.trim());
  return (
    !/\s/.test(name) &&
    !isAcronym(name) &&
    lexiconTags(name.toLowerCase()).length === 0 &&
    /^\p{Lu}{2,}\s+\p{Ll}+(?:\s+\p{Ll}+)+$/u.test(what.trim()) &&
    !/\b(?:at|for|with)\b/.test(what)
  );
}

const TEAM_NAMES =
  'sales|marketing|partnerships|revops|growth|product|engineering|customer success|business development|bd|ops|operations|finance|recruiting|talent|hr|people|design|research|data|security|it';
/** A team named on its own: "sales", "BD", "partnerships". */
const TEAM_WORD = new RegExp(`^(?:${TEAM_NAMES}|inside sales|field sales|pre-?sales|solutions?)$`, 'i');
// "inside sales at …", "field sales for …": a team with the kind of selling it does is a team too, not a title to take "an".
const TEAMS = new RegExp(
  `^((?:inside|outside|field|channel|enterprise|strategic|regional|mid-?market|smb|global|direct)\\s+)?(${TEAM_NAMES})\\s+(at|for|with)\\b`,
  'i',
);

/**
 * The firm first, then the rep in their own clause: "sunvault energy - solar/inverter/battery for hospitals. I'm Tolu,
 * sales" is "I'm Tolu, sales at Sunvault Energy (solar/inverter/battery for hospitals)"; "big country roofing - I estimate
 * commercial jobs" is "I'm with Big Country Roofing, where I estimate commercial jobs" ("where we do …" alike). The rep comes first, so a note
 * cut to its first sentence still says who is writing.
 */
function meFirst(who: string): string {
  // A name on its own, then the title and the firm: "Priya Raman. Industrial leasing broker, Calder Industrial Advisors."
  // is one introduction, "Priya Raman, industrial leasing broker, Calder Industrial Advisors".
  const split = NAME_THEN_TITLE.exec(who);
  if (split && nameInAnyCase((split[1] ?? '').split(' ')[0] ?? '')) {
    const [whole = '', name = '', title = '', firm = ''] = split;
    return `${name}, ${lowerFirst(title)}, ${firm}${who.slice(whole.length)}`;
  }
  const m = FIRM_THEN_ME.exec(who);
  if (!m || FIRM_NOT.test(m[1] ?? '')) return who;
  const [, firm = '', what = '', me = ''] = m;
  const named = firm === firm.toLowerCase() ? titleCase(firm) : firm;
  const iAm = /^I['’]m\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)(?:,\s*(.+))?$/u.exec(me);
  if (iAm && what) {
    const [, name = '', role = ''] = iAm;
    return role ? `I'm ${name}, ${role} at ${named} (${what})` : `I'm ${name}, at ${named} (${what})`;
  }
  return !what && /^(?:I|[Ww]e)\s+\p{Ll}/u.test(me) ? `I'm with ${named}, where ${me.replace(/^We\b/, 'we')}` : who;
}

/**
 * After the firm, what it does as a sector, a dash and a list ("brooke @ carolina summit roofing, commercial - tpo, roof
 * surveys, leak repair") runs on as typed: it is an aside, "… carolina summit roofing (commercial: tpo, roof surveys, leak
 * repair)", which a note short of room gives up whole. A shorthand with its dot before the sector ("clt.") is where the
 * firm is: "… in clt (…)"; a firm's own ending ("inc.", "co.") is no place. No dash, no list: as typed.
 */
function firmWhatAside(who: string): string {
  const m = FIRM_WHAT_LIST.exec(who);
  if (!m) return who;
  const [, head = '', place = '', what = '', list = ''] = m;
  return `${head}${place ? ` in ${place}` : ''} (${what.trim()}: ${list.trim()})`;
}
const FIRM_WHAT_LIST =
  /^(.*?(?:\s(?:at|with|from|for)\s|\s*@\s*)[^,()]+?),\s+(?:(?!(?:inc|co|ltd|llc|corp|plc|bros)\.)(\p{Ll}{2,4})\.\s+)?(\p{Ll}[\p{Ll}&/ -]{2,30}?)\s+[-–—]\s+([^,()]+(?:,\s+[^,()]+)+)$/u;

/** "Priya Raman. Industrial leasing broker, Calder Industrial Advisors": a full name, a full stop, a title, the firm. */
const NAME_THEN_TITLE =
  /^(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\.\s+(\p{Lu}?\p{Ll}+(?:\s+\p{Ll}[\p{Ll}-]*){0,3}),\s+(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,3})(?=\.|$)/u;
/** A firm's name, what it does perhaps, then the rep's own clause: "sunvault energy - solar for hospitals. I'm Tolu, sales". */
const FIRM_THEN_ME =
  /^((?:[\p{L}\p{N}&'’.]+\s+){0,3}[\p{L}\p{N}&'’.]+)\s+[–—-]\s+(?:([^.;]{3,80}?)[.;]\s*)?(I['’]m\s+\p{Lu}.*|I\s+\p{Ll}.*|[Ww]e\s+\p{Ll}.*)$/u;
/** What opens a description, names a person ("Olly from Northbank") or a title or label ("Account executive", "quick intro"), not a firm's name. */
const FIRM_NOT =
  /^(?:a|an|the|i|my|our|we|me|hi|hey|hello|just|also|ex|former|quick|about|background)\b|\s(?:from|at|with|of|here|for|in)\b|@|\b(?:intro|introduction|background|bio|executive|exec|lead|manager|director|rep|representative|head|founder|owner|ae|sdr|bdr|specialist|consultant|engineer|recruiter|broker|agent|sales|marketing)$/i;

/**
 * "Brooke, inside sales carolina summit roofing": a team, then a firm of two words or more with no word between them, is
 * the team at that firm ("Brooke, inside sales at carolina summit roofing"). Near misses stay: a title after the team
 * ("sales rep", "customer success manager"), a region ("field sales north east"), a preposition already there.
 */
function teamThenFirm(who: string): string {
  return who.replace(TEAM_THEN_FIRM, (m, lead: string, team: string, firm: string) =>
    firm.split(/\s+/).some((word) => NOT_FIRM_AFTER_TEAM.test(word)) ||
    /^(?:i|we|my|our)$/i.test(firm.split(/\s+/)[0] ?? '')
      ? m
      : `${lead.replace(/\s+[-–—]\s+$/u, ', ')}${team} at ${firm}`,
  );
}
const TEAM_THEN_FIRM = new RegExp(
  String.raw`^(\p{L}[\p{L}'’-]+(?:\s+\p{L}[\p{L}'’-]+)?(?:,\s+|\s+[-–—]\s+))((?:(?:inside|outside|field|channel|enterprise|strategic|regional|mid-?market|smb|global|direct)\s+)?(?:${TEAM_NAMES}))(?:,\s+|\s+)((?:[\p{L}\p{N}&'’.-]+\s+){1,3}[\p{L}\p{N}&'’-]+)(?=\s*$|\s*[,;(]|\.\s|\s+[-–—]\s)`,
  'iu',
);
/** A word after a team that makes it a title, another team or a region, never a firm's name. */
const NOT_FIRM_AFTER_TEAM =
  /^(?:at|for|with|in|from|of|on|and|&|to|by|team|teams|ops|operations|rep|reps|representative|manager|mgr|lead|leader|director|engineer|executive|exec|specialist|associate|coordinator|development|dev|consultant|analyst|intern|head|vp|partner|support|enablement|success|ops|north|south|east|west|northeast|southeast|northwest|southwest|emea|apac|latam|region|territory|us|usa|uk|eu|na|americas|europe|canada|lead|and|team|side|person|guy|girl|here|now|mostly|only|too|also)$/iu;

export function whoSentence(who: string, variant: number): string {
  if (!who) return '';
  // "AE @ Questmoor" is how a bio reads; in a sentence it is "at".
  const named = who
    .replace(/\s+@\s+/g, ' at ')
    // "It's Sophie Lang here, I run …" is "Sophie Lang here, …" said on the phone.
    .replace(/^it['’]?s\s+(?=\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+here\b)/iu, '')
    .replace(/^it['’]?s\s+(?=\p{Lu})/iu, "I'm ")
    // "Rafa here - AE at Quotient": the way chat introduces someone.
    .replace(
      /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+here\b[\s,;:–—-]*/u,
      (m: string, name: string, at: number, all: string) =>
        // "Luis here, I run sales at …": "I'm Luis, and I run sales at …", no comma splice.
        all.length > m.length + at
          ? /^I\s/u.test(all.slice(m.length + at))
            ? `I'm ${name}, and `
            : // "Liam here from Herdwise": the company after a preposition takes no comma.
              /^(?:from|with|at|of)\s/iu.test(all.slice(m.length + at))
              ? `I'm ${name} `
              : `I'm ${name}, `
          : `I'm ${name}`,
    );
  const w = teamThenFirm(named);
  let core: string;
  // "commercial RE data, I'm at Parcelview": the rep's own clause leads, the fragment says what they do there.
  const ownClause = /^([^,]{3,60}?),\s*(I['’]m (?:at|with|from) .+)$/iu.exec(w);
  // "Kevin, AE, Tellerline — …", "Mara, recruiter (embedded systems), Circuit Search": name, title, company.
  const nameTitleCompany =
    /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?),\s+((?:[\p{Ll}-]+\s+){0,3}?(?:[\p{Ll}-]+|AE|SDR|BDR|CSM|SE|AM|PM)(?:\s+\([^)]*\))?),\s+(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,2})(.*)$/u.exec(
      w,
    );
  const firmThenI = FIRM_THEN_OWN_CLAUSE.exec(w);
  // "Vikram, freightline logistics, FTL/PTL trucking for …": between the name and what is done, a made-up word and a word
  // only firms have is the rep's firm, not a title ("a freightline logistics at FTL"); what follows is what it does.
  const nameFirmWhat =
    /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?),\s+(\p{Ll}[\p{Ll}\p{N}&'’-]*(?:\s+\p{Ll}[\p{Ll}\p{N}&'’-]*){1,2}),\s+([^,]{8,})$/u.exec(
      w,
    );
  if (nameFirmWhat && firmNamedLower(nameFirmWhat[2] ?? '')) {
    const [, name = '', firm = '', what = ''] = nameFirmWhat;
    core = `I'm ${name} from ${titleCase(firm)} (${what.trim()})`;
  } else if (ownClause && !/^(?:i|we|my|our)\b/i.test(ownClause[1] ?? '')) {
    core = `${ownClause[2]} (${ownClause[1]})`;
  } else if (firmThenI && readsAsOwnFirm(firmThenI[1] ?? '', firmThenI[3] ?? '')) {
    // "Summit Air Supply, i handle commercial accts", "summit air supply - inside sales, i handle …": the firm first, then
    // the rep's own clause; never "I'm Summit Air Supply", the rep is no firm.
    const [, name = '', what = '', mine = ''] = firmThenI;
    const firmName = name === name.toLowerCase() ? titleCase(name) : name;
    core = !what
      ? `I'm with ${firmName}, where ${mine}`
      : TEAM_WORD.test(what.trim())
        ? `I'm in ${what.trim().toLowerCase()} at ${firmName}, and ${mine}`
        : `I'm with ${firmName} (${what.trim()}), where ${mine}`;
  } else if (nameTitleCompany && !/^(?:head|vp|director|chief)\b/i.test(nameTitleCompany[2] ?? '')) {
    const [, name = '', title = '', company = '', rest = ''] = nameTitleCompany;
    core = `I'm ${name}, ${articleFor(title)} ${title} at ${company}${rest}`;
  } else if (/^(i|i'm|i’m|i've|i’ve|i'd|my name|this is|we|our|me)\b/i.test(w)) {
    core = w;
  } else if (FIRST_PERSON_VERBS.test(w) && /^\p{Ll}/u.test(w) && !/^(head|lead) of\b/i.test(w)) {
    // "lead partnerships at X" is what the rep does; "Head of Sales" or "Lead engineer" is a title.
    core = `I ${lowerFirst(w)}`;
  } else if (TEAMS.test(w)) {
    core = `I'm in ${lowerFirstIfCommon(w)}`;
  } else if (/^(been|spent)\b/i.test(w)) {
    core = `I've ${lowerFirst(w)}`;
  } else if (/^\p{L}+ing\b/u.test(w) && /^\p{Ll}/u.test(w) && !ROLE_TITLE.test(w)) {
    // "working at Acme", but "brewing consultant" is a title.
    core = `I'm ${w}`;
  } else if (/^(a|an|the)\s/i.test(w)) {
    core = `I'm ${lowerFirst(w)}`;
  } else {
    const [firstWordRaw = '', secondWordRaw = ''] = w.split(/\s+/);
    const firstWord = firstWordRaw.toLowerCase().replace(/[^\p{L}-]/gu, '');
    const secondWord = secondWordRaw.toLowerCase().replace(/[^\p{L}-]/gu, '');
    let firm: RegExpExecArray | null = null;
    if (/^(co-?)?founder$/.test(firstWord) && /^\S+\s+of\b/i.test(w)) core = `I'm the ${lowerFirst(w)}`;
    else if (ROLE_WORDS_TAKING_ARTICLE.has(firstWord))
      core = `I'm ${articleFor(w)} ${roleAtCompany(isAcronym(w) ? w : lowerFirstIfCommon(w))}`;
    // "Questmoor AE", "Questmoor account executive": a company name used as an adjective.
    else if (
      /^\p{Lu}[\p{L}-]*$/u.test(firstWordRaw) &&
      !isAcronym(firstWordRaw) &&
      ROLE_WORDS_TAKING_ARTICLE.has(secondWord)
    )
      core = `I'm ${articleFor(w)} ${w}`;
    // "tech recruiter at Larkspur": a lower-case title, one to three words ending in a role, then where.
    else if (ROLE_TITLE.test(w)) core = `I'm ${articleFor(w)} ${roleAtCompany(w)}`;
    // "fraud analytics at Sentryx": a field of work, not a title.
    else if (FIELD.test(w)) core = `I'm in ${w}`;
    else if (
      (firm = FIRM_THEN_WHAT.exec(w)) &&
      !looksLikeFirstName(firstWord) &&
      readsAsFirm(firm[1] ?? '', firm[2] ?? '')
    ) {
      // "Tradelyte, APAC trade fin", "bayou iron rentals, sales": the firm, then what it does or the rep's team.
      const [, name = '', what = ''] = firm;
      const firmName = name === name.toLowerCase() ? titleCase(name) : name;
      core = TEAM_WORD.test(what)
        ? `I'm in ${what.toLowerCase()} at ${firmName}`
        : /^we\s/i.test(what)
          ? `I'm with ${firmName}, where ${lowerFirst(what)}`
          : `I'm with ${firmName} (${what})`;
    } else if ((firm = TRADE_FIRM_THEN_WHAT.exec(w)) && readsAsTradeFirm(firm[1] ?? '')) {
      core = `I'm with ${titleCase(firm[1] ?? '')} (${firm[2]})`;
    } else core = `I'm ${w}`;
  }
  const sentence = asSentence(core);
  return variant === 1 && core.startsWith("I'm") ? `Quick intro: ${sentence}` : sentence;
}

// Verbs a rep uses for what they did ("saw your talk"), what you both did ("met at SaaStr"), and
// what the prospect did ("launched in Ghana"); each needs its own subject.
const I_VERBS =
  /^((?:also|really|first|recently|just|actually)\s+)?(stopped (?:in|by)|dropped (?:in|by)|popped (?:in|by)|saw|read|enjoyed|noticed|heard|came across|caught|listened|listen to|watched|watch|read|followed|follow|liked|loved|love|spotted|found|attended|subscribe|subscribed|know|knew|worked with|used|use|bookmarked|saved|stumbled (?:on|across|upon)|ran into|remember|admire|admired|appreciated|appreciate|looked at|went through|came to|got|learned|learnt)\b/i;
const WE_VERBS =
  /^((?:also|really|first|briefly|recently|once)\s+)?(met|both|connected|chatted|worked together|overlapped|crossed paths|sat|studied|served|collaborated|played|spoke briefly|talked briefly|have|share|shared a|go back|went to the same|are in|were (?:on|in|at|both))\b/i;
const PROSPECT_VERBS =
  /^((?:just|recently|also|finally|publicly|openly)\s+)?(joined|started|launched|raised|published|posted|wrote|spoke|hosted|moved|became|took over|announced|built|shipped|opened|expanded|hired|closed|won|grew|led|ran|presented|shared|commented|mentioned|said|talked|appeared|rolled out|switched|migrated|acquired|partnered|released|doubled|tripled|cut|reduced|went|left|founded|co-founded|sold|wrapped up|kicked off|celebrated|hit|reached|passed|crossed|signed|landed|delivered|completed|finished|replaced|rebuilt|redesigned|relaunched|rebranded|pivoted|argued|explained|described|noted|pointed out|asked|answered|recommended|predicted|questioned|made|gave|put out|dropped|turned|helped|created|designed|set up|introduced|implemented|adopted|chose|picked|wrote up|spun up|stepped into|stepped up|bought|purchased|added|secured|invested|installed|upgraded|relocated|renovated|broke ground|merged)\b/i;
const PROSPECT_PASSIVE =
  /^((?:just|recently|also|finally)\s+)?(promoted|appointed|named|featured|quoted|interviewed|nominated|listed|ranked|recognised|recognized|selected|invited|profiled|elected|honoured|honored|awarded|tapped|shortlisted|spotlighted|cited|(?:mentioned|hired|highlighted) (?:in|as|by|on))\b/i;
const PROSPECT_GERUNDS =
  /^((?:now|currently|still|also)\s+)?(hiring|expanding|scaling|building|launching|moving|opening|rolling out|migrating|switching|rebuilding|replacing|rethinking|raising|speaking|hosting|planning|investing|entering|testing|piloting|evaluating|consolidating|restructuring|growing|looking|working|leading|running|writing|posting|doubling|tripling|moderni[sz]ing|automating|centrali[sz]ing|preparing|kicking off|recruiting|adding|redesigning|revamping|overhauling|standing up|setting up|bringing|focusing|focussing|pushing|betting|doubling down|going|heading)\b/i;
const POSITIVE_ADJECTIVES =
  /^((?:really|very|such an?|a|an)\s+)?(great|interesting|insightful|excellent|brilliant|fantastic|thoughtful|terrific|fascinating|amazing|inspiring|compelling|helpful|useful|smart|sharp|solid|awesome|nice|strong|impressive|bold|candid|honest|clear|refreshing|practical|superb|cool|good|lovely|detailed|thorough|memorable|thought-provoking|eye-opening|spot-on|excellent)\s+/i;

type WhyKind = 'read' | 'talk' | 'listen' | 'news' | 'other';

const WHY_NOUNS: Array<[WhyKind, RegExp]> = [
  [
    'read',
    /\b(post|posts|article|blog|newsletter|piece|thread|essay|paper|book|report|write-?up|comment|comments|guide|case study|op-?ed|breakdown|teardown|analysis|tweet|answer|take)\b/i,
  ],
  [
    'talk',
    /\b(talk|keynote|panel|presentation|session|webinar|demo|workshop|video|livestream|live|fireside|speech|lecture|ama|reel|slides|deck)\b/i,
  ],
  ['listen', /\b(podcast|episode|interview)\b/i],
  [
    'news',
    /\b(launch|launched|announcement|release|raise|round|series [a-e]|funding|promotion|new role|acquisition|expansion|milestone|anniversary|ipo|rebrand|hiring push|job post|opening)\b/i,
  ],
];

const WHY_LEADS: Record<WhyKind, string> = {
  read: 'I read',
  talk: 'I caught',
  listen: 'I listened to',
  news: 'I saw',
  other: 'I came across',
};

const WHY_SECOND_SHAPE: Record<WhyKind, (fragment: string) => string> = {
  read: (f) => `${f} stuck with me`,
  talk: (f) => `${f} stuck with me`,
  listen: (f) => `${f} stuck with me`,
  news: (f) => `Congrats on ${lowerFirst(f)}`,
  other: (f) => `${f} caught my eye`,
};

/** A title or trade of theirs, one to three words ending in a role, then where or a comma: "ops manager, …", "big trader". */
const TITLE_AS_WHY =
  /^(?:[\p{Ll}&-]+\s+){0,2}(?:manager|mgr|director|head|lead|founder|owner|engineer|buyer|recruiter|coordinator|officer|partner|president|controller|supervisor|superintendent|administrator|specialist|analyst|consultant|executive|planner|scheduler|trader|player|distributor|supplier|operator|contractor|installer|retailer|wholesaler|manufacturer|producer|grower|builder|developer)(?=\s+(?:at|of|for|in)\s|\s*,|\s*$)/u;

// "is", "just launched", "grew", "still reconciles": a clause, which "I noticed …" can take but "I read …" cannot.
const FINITE_VERB =
  /\b(is|are|was|were|has|have|had|just|recently|will|would|can|could|did|does|got|gets|went|made|makes|took|became|grew|hit|won|ran|led|said|says|wrote|spoke|cut|doubled|tripled|keep|keeps|mention|mentions|show|shows|complain|complains|blew|took|began|drew|broke|sold|built|bought|brought|fell|found|left|lost|paid|rose|sent|spent|stood|told|thought|you['’]re|they['’]re|we['’]re|it['’]s|builds|runs|spends|uses|relies|handles|reconciles|processes|loses|struggles|needs|wants|plans|hires|ships|tracks|manages|moves|does|takes)\b|(?<![-\p{L}])\p{L}{2,}(?<!e|dr|mb|sh)ed\b|\b(?:still|now|often|always|already|usually|currently|regularly|manually)\s+\p{L}{3,}s\b/iu;

function whyKind(fragment: string): WhyKind {
  return WHY_NOUNS.find(([, pattern]) => pattern.test(fragment.split(/\s+/).slice(0, 6).join(' ')))?.[0] ?? 'other';
}

// "Tom Weller (my old manager) suggested…" and "Tom, my old manager, suggested…" too.
// "Leila Haddad at Brightwater said …": where the referrer works may stand between their name and what they said.
// "Tom Weller suggested …", and someone of the rep's by role: "my old boss referred me …", "our CEO mentioned …".
const REFERRAL =
  /^(?:\p{Lu}[\p{L}'’-]+(\s+\p{Lu}[\p{L}'’-]+)?|(?:[Mm]y|[Oo]ur)(?:\s+[\p{L}'’-]+){1,3}?)(\s*\([^)]{1,60}\)|,[^,]{1,60},|\s+(?:at|from)\s+\p{Lu}[\p{L}'’&-]+(?:\s+\p{Lu}[\p{L}'’&-]+)?)?\s+(suggested|recommended|referred|introduced|told|tells|mentioned|mentions|said|says|reckons|pointed|thought|thinks|asked)\b/u;

// A person of theirs or the rep's, by role: "your controller", "my AE", "your director of operations".
const REPORTER_ROLE = String.raw`(?:your|my|our)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:ceo|cfo|coo|cto|cmo|cro|vp|md|gm|ae|sdr|bdr|controller|director|manager|mgr|head|lead|founder|owner|partner|president|officer|colleague|coworker|co-worker|boss|rep|team|accountant|engineer|buyer|supervisor)(?:\s+of\s+[\p{Ll}-]+)?`;
// What someone told the rep ("your controller told me your team …"): the rep heard it, so "I noticed" would say it
// twice. What they told others ("your CFO told the local paper …", "your CEO said on the Q3 call …") the rep did see.
const TOLD_THE_REP =
  /^(?:your|my|our)\s+(?:[\p{L}'’&-]+\s+){0,4}?(?:(?:also|just|recently)\s+)?(?:told|tells|was telling|(?:said|mentioned|explained)\s+to)\s+(?:me|us|my\s+\p{L}+)(?![\p{L}])/iu;
/** One of theirs saying something on a call or in a meeting pointed at, or one with the rep's side ("… on that call", "… in our meeting", "… on a call with my AE"). */
const SAID_ON_OUR_CALL =
  /^your\s+(?:[\p{L}'’&-]+\s+){0,4}?(?:also\s+)?(said|mentioned|told us|explained)\s+(?:(?:on|in|during)\s+(?:that|this|our|the same)\s+(?:[\p{Ll}-]+\s+)?(?:call|meeting|demo|chat|conversation|zoom|intro)|(?:on|in|during)\s+(?:a|the)\s+(?:[\p{Ll}-]+\s+)?(?:call|meeting|demo|chat|conversation)\s+with\s+(?:me|us|my|our)(?![\p{L}]))(?![\p{L}])/iu;
// "per Rick your portfolio has …", "according to our AE, your team …": the source, then what it said.
const PER_REPORTER = new RegExp(
  String.raw`^(?:per|according to)\s+(${REPORTER_ROLE}|\p{L}[\p{L}'’-]+(?:\s+\p{L}[\p{L}'’-]+(?=,))?)\s*,?\s+(?=(?:your|you|you['’]re|the)\s)`,
  'iu',
);

/** How the rep knows of the prospect, one sentence per clause ("saw your talk; Priya suggested…"). */
function howKnownSentence(known: string): string {
  return splitClauses(known)
    .map((clause) => knownClause(clause))
    .join(' ');
}

function splitClauses(fragment: string): string[] {
  // "… in march. said at brekkie …": a sentence that opens on their bare verb of saying is framed on its own.
  return fragment
    .split(/\s*;\s*|(?<=\p{L}{3})\.\s+(?=(?:said|says|told|mentioned|wrote|posted|asked|explained)\s)/u)
    .map((c) => c.trim().replace(/[\s,.:]+$/, ''))
    .filter((c) => c !== '');
}

// "your buddy Ray at Lonestar gave me your name", "our mutual contact Alvin Goh (DBS) suggested I reach out", "your name
// came up with Jimmy Lott": someone of theirs or ours, with their own verb, is a sentence as typed.
const OWN_SUBJECT_CLAUSE =
  /^(?:your|our|my)\s+(?:[\p{L}\p{N}()'’&.,-]+\s+){0,7}?(?:gave|suggested|recommended|referred|introduced|told|mentioned|said|put|connected|sent|passed|pointed|came up|comes up|came from|comes from)(?![\p{L}])/iu;

function knownClause(typed: string): string {
  // "referral - Kev Martins at Stonecrest said …", "intro: Priya suggested …": the label is the rep's note; the sentence
  // after it says the referral.
  const labelled = /^(?:referral|referred|intro(?:duction)?|warm intro)\s*(?:[-–—:]+|\s(?=\p{Lu}))\s*/iu.exec(typed);
  const known = labelled && REFERRAL.test(typed.slice(labelled[0].length)) ? typed.slice(labelled[0].length) : typed;
  if (OWN_SUBJECT_CLAUSE.test(known)) return asSentence(known);
  // "our mutual connection Lars Eide" names someone; it is not a sentence because it starts with "our".
  if (/^(?:our|my|a)\s+mutual\b/i.test(known)) return knownShape(known);
  if (
    /^(i|i'm|i’m|i've|i’ve|i'd|we|we're|we’re|we've|we’ve|our|my|you|you're|you’re|you've|you’ve|you'd|you’d)\b/i.test(
      known,
    )
  )
    return asSentence(known);
  // A sentence of its own: "Priya suggested I reach out", "she said you're hiring" (after a name, she is Priya).
  if (REFERRAL.test(known) || /^(she|he|they|it|this|that)\b/i.test(known)) return asSentence(known);
  // "Tom Briggs from the MFG roundtable gave me your name": a sentence with its own subject, an aside about them too
  // ("Marta Olvera (client, owns Cafe Tres Hermanas) gave me his name").
  if (
    /^\p{Lu}[\p{L}'’-]+(?:\s+[\p{L}'’&-]+|\s*\([^()]{1,80}\)){0,7}\s+(gave|suggested|recommended|referred|introduced|told|mentioned|said|put|connected|sent|passed|shared|pointed)\b/u.test(
      known,
    )
  )
    return asSentence(known);
  const referredBy = /^(?:i was\s+)?(referred|recommended|introduced|pointed)(?:\s+to you)?\s+by\s+(.+)$/i.exec(known);
  if (referredBy) {
    const [, verb = '', who = ''] = referredBy;
    return asSentence(
      `${who} ${verb.toLowerCase() === 'introduced' ? 'introduced us' : `${verb.toLowerCase()} me to you`}`,
    );
  }
  const sentence = knownShape(known);
  if (sentence) return sentence;
  // "your district was at the ISTE booth": where they were is said, not noticed.
  if (/^your\b[^,;]*?\s(?:was|were)\s+(?:at|in|on|by)\s/i.test(known))
    return asSentence(known.replace(/,\s+(?=(?:you|we|I)\s+\p{Ll})/u, ', and '));
  // "your talk at pgconf" was caught, "your newsletter" read, "your podcast ep" listened to.
  if (/^your\b/i.test(known))
    return asSentence(
      `${FINITE_VERB.test(known) ? 'I noticed' : WHY_LEADS[whyKind(known.split(/\s+/).slice(0, 3).join(' '))]} ${lowerFirst(known)}`,
    );
  // "the two of us were on a panel at Shoptalk", "Mere from the tenants association put me onto you": a clause with its
  // own subject and verb.
  if (
    /^(?:(?:a|an|the|one|some|both|two|all)\s+|\p{Lu})/u.test(known) &&
    /^(?:(?!\b(?:that|which|who|where)\b)[^,;])*?\s(?:was|were|is|are|has|have|had|introduced|met|connected|told|gave|sent|suggested|recommended|worked|spoke|shared|mentioned|put|pointed|passed|referred|flagged|tagged)\b/u.test(
      known,
    )
  )
    return asSentence(known);
  // "local news story on the cps roofing bids": a piece the press wrote is no one's of theirs; it was read, not "your".
  if (
    /^(?:[\p{Ll}-]+\s+){0,2}(?:news|press|tv|radio)\s+(?:story|article|piece|report|segment|item|coverage)\b/u.test(
      known,
    )
  )
    return asSentence(
      `I read ${/coverage\b/.test(known.split(/\s+/).slice(0, 4).join(' ')) ? '' : `${articleFor(known)} `}${known}`,
    );
  const artifact = bareArtifact(known);
  if (artifact) return asSentence(`I came across ${artifact}`);
  if (
    /^(a|an|the|one|some|this|that|these|those)\b/i.test(known) ||
    /^\p{Lu}/u.test(known) ||
    /^\d/.test(known) ||
    /^[\p{L}.]+$/u.test(known)
  ) {
    // A named outlet's piece wants its article: "a Globe and Mail piece on meal kit companies".
    const piece =
      !/^(?:a|an|the|this|that|one|some)\b/i.test(known) &&
      /^\p{Lu}[\p{L}&'’.-]*(?:\s+(?:and|&|of|the|\p{Lu}[\p{L}&'’.-]*)){0,4}\s+(?:piece|article|post|interview|podcast|talk|story|feature|episode|profile|video|webinar|panel|newsletter|thread|column|report)\b/u.test(
        known,
      );
    // "Kevin Brandt at Brandt Electric, he's a client": what is said of the person found through is a relative clause
    // ("…, who's a client"), not a second sentence spliced on.
    const through = known.replace(
      /^(\p{Lu}[^,.?!;]*),\s+(?:he|she)['’]?s\s+(?=(?:a|an|our|my|the|one)\s)/u,
      "$1, who's ",
    );
    return asSentence(`I found you through ${piece ? `${articleFor(through)} ` : ''}${sentenceCaseOff(through)}`);
  }
  // A fragment we cannot give a subject to safely ("former colleague of Tom Weller"): framed, not guessed at.
  return `For context: ${known}.`;
}

/** A time gone by: "yesterday", "last week", "in May", "back in 2019", "in march". */
const PAST_TIME =
  /(?<![\p{L}])(?:yesterday|yday|last\s+(?:week|month|year|yr|night|spring|summer|fall|autumn|winter|mon|tues?|wed|thu|thurs?|fri|\p{L}+day)|(?:in|back in)\s+(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|\d{4})|\d+\s+(?:days?|weeks?|months?|years?|yrs?)\s+ago)(?![\p{L}])/iu;

/** Shapes that read the same as how-you-know or why-them: met, mutual, through, fellow, both. */
function knownShape(known: string): string {
  const both = /^both\s+(\S+)/i.exec(known);
  // "both went to Wharton", but "we're both in the RevGenius Slack".
  if (both)
    return asSentence(
      /^(\p{L}+ed|went|know|knew|use|spoke|live|sat|sit|ran|run|follow|love|have|had|grew|did|do|speak|work|attend|went|took|studied)$/iu.test(
        both[1] ?? '',
      )
        ? `We ${lowerFirst(known)}`
        : // "both at the ICC webinar yday": at a time gone by, we were.
          PAST_TIME.test(known)
          ? `We were ${lowerFirst(known)}`
          : `We're ${lowerFirst(known)}`,
    );
  // "met at SaaStr" is something we did; "met you at SaaStr" (from "met her at SaaStr") is something I did.
  if (WE_VERBS.test(known))
    return asSentence(`${/^(\S+\s+){1,2}you\b/i.test(known) ? 'I' : 'We'} ${lowerFirst(known)}`);
  if (I_VERBS.test(known)) return asSentence(`I ${lowerFirst(known)}`);
  if (/^(through|thru|via|thanks to)\b/i.test(known)) return asSentence(`I found you ${lowerFirst(known)}`);
  if (/^(at|in|on|during)\b/i.test(known)) {
    // "At SaaStr you said…" has its own subject; a bare place is where you crossed paths.
    return asSentence(/\b(you|I|we)\b/.test(known) ? known : `We crossed paths ${lowerFirst(known)}`);
  }
  const mutual =
    /^(?:a |our |we have (?:a )?)?mutual\s*(connection|friend|contact|colleague)?(s?)\s*(?:[:,–—-]|with\b|is\b|in\b)?\s*(.*)$/i.exec(
      known,
    );
  if (mutual) {
    const [, noun = 'connection', plural = '', rest = ''] = mutual;
    const what = `mutual ${noun.toLowerCase()}`;
    if (/^\p{Lu}/u.test(rest) && !/\band\b|,/.test(rest)) return asSentence(`We have a ${what}, ${rest}`);
    if (rest === '') return asSentence(plural ? `We have ${what}s` : `We have a ${what}`);
    return asSentence(`We have ${what}s: ${rest}`);
  }
  const fellow = /^fellow\s+(.+)$/i.exec(known);
  if (fellow) {
    // "fellow speaker at SaaStr" is one; "fellow Wharton alums" are several.
    const head = (fellow[1] ?? '').split(/\s+(?:at|in|from|of|on|with|for)\s+/)[0] ?? '';
    return asSentence(/([^s]s|alumni)$/i.test(head) ? `We're fellow ${fellow[1]}` : `I'm a fellow ${fellow[1]}`);
  }
  return '';
}

/** "talk at SaaStr on pricing", "LinkedIn post on…": the prospect's thing, missing its "your". */
function bareArtifact(fragment: string): string {
  const words = fragment.split(/\s+/);
  const head = words.slice(0, 3).join(' ');
  if (
    /^(a|an|the|your|our|my|this|that|some|i|we|you)\b/i.test(fragment) ||
    FINITE_VERB.test(fragment) ||
    /['’]s\b/.test(head)
  )
    return '';
  if (whyKind(head) === 'other') return '';
  // The artifact itself ("talk at SaaStr"), or with what it was about or where ("LinkedIn post on…").
  return `your ${sentenceCaseOff(fragment)}`;
}

/** The first two words of a sentence, lower case: "I saw", "I noticed", "I came". */
function leadOf(sentence: string): string {
  return sentence.toLowerCase().split(/\s+/).slice(0, 2).join(' ');
}

/**
 * Why them, after how the rep knows them, without opening the same way twice ("I saw you at
 * Shoptalk. I saw that you said…"): the other wording, else the reason on its own ("You said…").
 */
function whyAfter(known: string, why: string, variant: number): string {
  const sentence = known ? whySentence(why, variant) : withoutPointedMedium(whySentence(why, variant));
  if (!known || !sentence || leadOf(known) !== leadOf(sentence)) return sentence;
  const other = whySentence(why, 1 - variant);
  if (leadOf(known) !== leadOf(other)) return other;
  // "I saw that you said…" → "You said…": what they did or said, without the seeing.
  const bare = /^I (?:saw that|noticed|saw) (?=(?:you|your)\b)/.exec(sentence);
  if (bare) return capitalise(sentence.slice(bare[0].length));
  // "I noticed your job post… I also noticed…": a second thing seen, said as one, and never noticed twice.
  if (leadOf(known) === 'i noticed') return sentence.replace(/^I noticed /, 'I also saw ');
  return sentence.replace(/^I (?=saw\b|noticed\b|came across\b|read\b|caught\b|heard\b)/, 'I also ');
}

/**
 * "In that interview you said …" points at the interview how-you-know named ("I read the interview he gave to PV
 * Magazine"): where how-you-know is not in the draft, it is "the interview" they gave, pointed at by nothing.
 */
function withoutPointedMedium(sentence: string): string {
  return sentence.replace(
    /(?<![\p{L}])(in|on|at|from|during)\s+(?:that|this)\s+(interview|talk|panel|post|article|podcast|episode|webinar|session|video|thread|comment|keynote|piece|presentation|newsletter)(?![\p{L}])/giu,
    '$1 the $2',
  );
}

export function whySentence(why: string, variant: number): string {
  return splitClauses(why)
    .map((clause) => runOnSplit(oneSeeing(whyClause(clause, variant))))
    .join(' ');
}

/** "… and you sign off on AP", "… and you own the budget", "… and you're the one who decides": what the reader answers for. */
const YOUR_CALL_CLAUSE =
  /\s+and\s+you(?:['’]re\s+the\s+one\s+who|\s+(?:also\s+)?(?:sign\s+off|signs\s+off|own|approve|decide|make\s+the\s+call|have\s+the\s+final\s+say|hold\s+the\s+budget|run|oversee|manage|head\s+up|lead))(?![\p{L}'’])/u;
/**
 * A run-on sentence ("… and nobody catches it until the supplier reconciliation and you sign off on AP so it's really
 * your call") ends where, well into it, "and you …" says what the reader answers for: that is why them, not more of the report,
 * and a sentence of its own ("… until the supplier reconciliation. You sign off on AP, so it's really your call."). A
 * short sentence ("you're moving to NetSuite and you run the cutover") stays one, and so does a report of what they did
 * or felt ("… and you found out only at audit time", "… and you don't want to add headcount").
 */
function runOnSplit(sentence: string): string {
  const at = sentence.search(YOUR_CALL_CLAUSE);
  if (at < 0 || wordCount(sentence.slice(0, at)) < 25) return sentence;
  const rest = sentence.slice(at).replace(/^\s+and\s+you/u, 'You');
  if (wordCount(rest) < 4) return sentence;
  // "You sign off on AP so it's your call": the "so" that gives the reason takes its comma.
  return `${sentence.slice(0, at)}. ${rest.replace(/(?<=\p{L})\s+so\s+(?=(?:it|that|this|you|they|we)(?:['’]s)?\s)/u, ', so ')}`;
}

/**
 * "I saw that you just acquired 2 shops (saw the press release)": the rep's own "saw" later in the sentence says how they
 * know, so the frame does not say it again ("I noticed you just acquired …"), and the other way round.
 */
function oneSeeing(sentence: string): string {
  // "I saw that you said that …": the clause's own "that" is the one it needs, so the lead goes without its own.
  if (/^I saw that (?:\S+\s+){1,3}?that\s/u.test(sentence)) sentence = sentence.replace(/^I saw that /, 'I saw ');
  const lead = /^I (saw that|saw|noticed) /.exec(sentence);
  if (!lead) return sentence;
  const rest = sentence.slice(lead[0].length);
  const verb = lead[1] === 'noticed' ? 'noticed' : 'saw';
  if (!new RegExp(`(?<![\\p{L}])${verb}(?![\\p{L}])`, 'iu').test(rest)) return sentence;
  return `I ${verb === 'saw' ? 'noticed' : 'saw that'} ${rest}`;
}

function whyClause(why: string, variant: number): string {
  if (!why) return '';
  // "ENR top contractors article quoted him": a source named as the subject takes "the".
  if (
    /^\p{Lu}[\p{L}&'’.-]*(?:\s+[\p{L}&'’-]+){0,3}?\s+(?:article|piece|story|report|interview|profile|feature|list|ranking|survey|podcast|newsletter)\s+(?:quoted|said|named|mentioned|listed|featured|ranked|reported|called|cited)\b/u.test(
      why,
    )
  )
    return asSentence(`${variant === 1 ? 'I saw that' : 'I noticed'} the ${why}`);
  if (/^(i|i'm|i’m|i've|i’ve|i'd|we|congrats|congratulations|thanks|thank you)\b/i.test(why)) return asSentence(why);
  // "the post said you still have 30 legacy interfaces": the piece is the subject of its own clause, said as typed.
  if (
    /^(?:the|your)\s+(?:[\w-]+\s+)?(?:post|article|talk|interview|podcast|piece|panel|video|newsletter|thread|episode)\s+(?:said|says|mentioned|mentions|noted|notes|quoted|showed|shows|argued|argues)\b/i.test(
      why,
    )
  )
    return asSentence(why);
  if (/^(loved|love)\b/i.test(why)) return asSentence(`I ${lowerFirst(why)}`);
  if (/^((a )?(big|huge|long-?time) )?fan of\b/i.test(why))
    return asSentence(`I'm ${/^a /i.test(why) ? lowerFirst(why) : `a ${lowerFirst(why)}`}`);
  // A referral ("Tom Weller suggested I reach out") is a reason in itself, as written.
  if (REFERRAL.test(why) || /^(she|he|they|it|this|that)\b/i.test(why)) return asSentence(why);
  // Who told the rep is how the rep knows: "your controller told me your team …", "your ops director said on the call …"
  // need no "I noticed" before them; "per Rick your portfolio has …" is "Rick mentioned your portfolio has …".
  if (TOLD_THE_REP.test(why)) return asSentence(capitalise(why));
  // "your ops director said on that call that …": a call pointed at (the one how-you-know names, or "our call") is one
  // the rep or a colleague was on, so what was said there was heard, never seen: "Your ops director mentioned on that
  // call that …". A call anyone could hear ("your CEO said on the Q3 call …") was seen, as before.
  const onOurCall = SAID_ON_OUR_CALL.exec(why);
  if (onOurCall)
    return asSentence(capitalise(why.replace(/(?<![\p{L}])(?:said|told us)(?=\s+(?:on|in|during)\s)/u, 'mentioned')));
  const per = PER_REPORTER.exec(why);
  // A person, by role or by a name ("per the article, …" and "per LinkedIn …" are sources the leads below read).
  if (per && (/^(?:my|our|your)\s/i.test(per[1] ?? '') || looksLikeFirstName((per[1] ?? '').split(/\s+/)[0] ?? ''))) {
    const [whole = '', who = ''] = per;
    const named = /^(?:my|our|your)\s/i.test(who)
      ? capitalise(who)
      : who.replace(/(?<![\p{L}'’])\p{Ll}/gu, (c) => c.toUpperCase());
    return asSentence(`${named} mentioned ${why.slice(whole.length)}`);
  }
  const shaped = knownShape(why);
  if (shaped) return shaped;
  if (/^(referred|recommended|introduced)\s+(?:to you\s+)?by\b/i.test(why)) return knownClause(why);
  if (/^your\b/i.test(why)) return yourSentence(why, variant);
  // "you were telling me your dispatchers …": what they said to the rep was heard, not noticed: said as typed.
  if (
    /^you\s+(?:(?:were|was)\s+(?:telling|saying to|asking)\s+me|told\s+me|(?:said|mentioned|explained)\s+to\s+me|asked\s+me)\b/i.test(
      why,
    )
  )
    return asSentence(why);
  if (/^(you|you're|you’re|you've|you’ve|you'd|you’d|you'll|you’ll)\b/i.test(why)) {
    return asSentence(`${variant === 1 ? 'I saw that' : 'I noticed'} ${lowerFirst(why)}`);
  }
  if (PROSPECT_PASSIVE.test(why)) return asSentence(`I saw you were ${lowerFirst(why)}`);
  if (PROSPECT_VERBS.test(why))
    return asSentence(`${variant === 1 ? 'I saw that you' : 'I saw you'} ${lowerFirst(why)}`);
  if (PROSPECT_GERUNDS.test(why))
    return asSentence(`${variant === 1 ? "I saw that you're" : "I noticed you're"} ${lowerFirst(why)}`);
  // "Great post on X": the praise is the rep's; the post is theirs.
  const praise = POSITIVE_ADJECTIVES.exec(why);
  const praised = praise ? why.slice(praise[0].length) : '';
  if (
    praise &&
    praised &&
    !/^(to|that|news|see|seeing|hearing|reading|job|and|of|your|the|a|an)\b/i.test(praised) &&
    !FINITE_VERB.test(praised)
  ) {
    return asSentence(`I enjoyed your ${praised}`);
  }
  const artifact = bareArtifact(why);
  if (artifact) return yourSentence(artifact, variant);
  // "MD at an eng firm in falkirk", "ops manager, seems like a good fit": their title is what the rep saw of them.
  if (/^(?:CEO|CFO|COO|CTO|CIO|CMO|CRO|MD|GM|VP|SVP|EVP)\s+(?:at|of|for|in)\s/u.test(why) || TITLE_AS_WHY.test(why))
    return asSentence(`I see you're ${/^\p{Lu}{2,}\s/u.test(why) ? '' : `${articleFor(why)} `}${why}`);
  // "the talk you gave at InsurTech NY" was caught, "the post you wrote" read: not merely noticed.
  const kind = /^the\s/i.test(why) ? whyKind(why.split(/\s+/).slice(0, 3).join(' ')) : 'other';
  if (kind === 'read' || kind === 'talk' || kind === 'listen')
    return asSentence(`${WHY_LEADS[kind]} ${lowerFirst(why)}`);
  return asSentence(`I noticed ${sentenceCaseOff(why)}`);
}

/**
 * The reason as a thing of theirs ("your talk at GDC on retention"), for "I wrote after …"; '' when
 * the reason is not one (a referral, a clause like "you just launched in Ghana").
 */
export function reasonPhrase(why: string): string {
  const first = splitClauses(why)[0] ?? '';
  if (/^your\b/i.test(first)) return FINITE_VERB.test(first) ? '' : lowerFirst(first);
  const praise = POSITIVE_ADJECTIVES.exec(first);
  if (
    praise &&
    WHY_NOUNS.some(([, pattern]) => pattern.test(first.slice(praise[0].length).split(/\s+/).slice(0, 3).join(' ')))
  ) {
    return `your ${first.slice(praise[0].length)}`;
  }
  return bareArtifact(first);
}

/** A fragment cut back, clause by clause, to about `words` words: for a reminder of something said before. */
export function brief(fragment: string, words: number): string {
  let text = fragment;
  for (let guard = 0; guard < 20 && wordCount(text) > words; guard++) {
    const shorter = shorten(text, 'clause');
    if (shorter === text) break;
    text = shorter;
  }
  return text;
}

/** "your talk at GDC" → "I caught your talk at GDC"; "your team is hiring" → "I noticed your team is hiring". */
function yourSentence(why: string, variant: number): string {
  // "your firm exports sarees to UAE": a verb in "-s" after their thing, with more after it, is the clause's verb.
  // So after a few words that are no plural ("your new project out past meekatharra starts construction …").
  // What it is about ("your post about the 2 near misses") holds no verb of its own.
  const verbAfter =
    /^your\s+(?:(?!(?:about|bout|re|on|of|for|with|regarding)\s)[\p{L}-]*[^\ss'’]\s+){1,7}?(\p{Ll}+s)\s+\p{L}/u.exec(
      why,
    );
  if (FINITE_VERB.test(why) || (verbAfter && readsAsVerb(verbAfter[1] ?? '')))
    return asSentence(`${variant === 1 ? 'I saw that' : 'I noticed'} ${lowerFirst(why)}`);
  const kind = whyKind(why);
  if (variant === 1) return asSentence(WHY_SECOND_SHAPE[kind](capitalise(why)));
  return asSentence(`${WHY_LEADS[kind]} ${lowerFirst(why)}`);
}

type Offer = 'share' | 'offer' | 'intro';

// Shortest first: a connection note over its limit takes variant 0. Every lead-in has a subject.
const OFFER_LEADS: Record<Offer, readonly string[]> = {
  // Not "send over the …": the purpose check reads that as an imperative, a second ask.
  share: ['I can share', "I'm happy to share", "I'd be glad to send you"],
  offer: ['I can run', "I'm happy to do", "I'd be glad to run"],
  intro: ['I can offer', "I'm happy to offer", "I'd be glad to offer"],
};

const SHOW_LEADS: readonly string[] = ['I can show you', "I'm happy to show you", "I'd be glad to show you"];
const HELP_LEADS: readonly string[] = ['I can help with', "I'm happy to help with", "I'd be glad to help with"];

const OFFER_VERBS =
  /^(share|send|show|introduce|walk|give|run|offer|make|put|connect|pass|bring|do|help|review|audit|benchmark|compare|swap|trade|set up|pull|forward|email|prepare|build|map|score)\b(?!\s+(of|for|from|on|data|report|results)\b)/i;
const OUTCOME_VERBS =
  /^(consolidate|centrali[sz]e|unify|eliminate|retire|slash|shrink|trim|get rid of|detect|save|cut|reduce|increase|boost|improve|grow|lower|speed up|automate|fix|solve|avoid|double|halve|win|recover|reclaim|hit|catch|stop|prevent|spot|free up|shorten|lift|raise|close|de-risk|simplify|streamline)\b(?!\s+of\b)/i;
// The verb of "our benchmark shows …", "the data covers …": a clause about the thing offered.
const OFFER_CLAUSE_VERBS = new Set([
  'shows',
  'show',
  'showed',
  'found',
  'finds',
  'covers',
  'cover',
  'has',
  'have',
  'includes',
  'include',
  'compares',
  'maps',
  'reveals',
  'revealed',
  'highlights',
  'explains',
  'lists',
  'ranks',
  'tracks',
  'measures',
  'pinpoints',
  'is',
  'are',
  'was',
  'were',
  'cut',
  'cuts',
  'helped',
  'helps',
  'saves',
  'saved',
  'gives',
  'answers',
  'could',
  'can',
  'would',
  'will',
  'might',
  'may',
  'should',
  'takes',
  'took',
  'got',
  'gets',
  'made',
  'makes',
  'lets',
  'doubled',
  'halved',
  'reduced',
  'increased',
  'improved',
  'flags',
  'catches',
  'predicts',
  'identifies',
  'proves',
  'suggests',
  'tells',
  'outlines',
  'details',
  'summarises',
  'summarizes',
  'contains',
  'breaks',
  'lays',
  'walks',
  'spells',
  'points',
  'goes',
  'add',
  'adds',
  'drive',
  'drives',
  'reduce',
  'reduces',
  'lower',
  'lowers',
  'boost',
  'boosts',
  'increase',
  'increases',
  'save',
]);
const NOT_BEFORE_MAIN_VERB = new Set([
  'to',
  'that',
  'which',
  'who',
  'we',
  'i',
  'you',
  'they',
  'it',
  'he',
  'she',
  'how',
  'what',
  'where',
  'why',
  'when',
  'whether',
]);
// Starts that need no "our" or "a" before them: a determiner already, a time, or a mass noun.
const NO_ARTICLE_NEEDED =
  /^(a|an|the|our|my|your|their|its|this|that|these|those|some|any|one|two|three|four|five|six|seven|eight|nine|ten|a few|every|each|all|both|no|more|another|other|next|tomorrow|today|tonight|later|sometime|either|half|early|late|mid|access|time|visibility|help|advice|guidance|feedback|lunch|coffee|breakfast|dinner|drinks|input|support|research|data|information|intel|coverage)\b/i;
// Words a rep capitalises only because they start the answer.
const COMMON_NOUN_STARTS = new Set([
  'benchmark',
  'playbook',
  'teardown',
  'audit',
  'review',
  'report',
  'data',
  'case',
  'study',
  'notes',
  'template',
  'checklist',
  'guide',
  'deck',
  'analysis',
  'breakdown',
  'intro',
  'introduction',
  'call',
  'chat',
  'demo',
  'coffee',
  'meeting',
  'session',
  'walkthrough',
  'anonymized',
  'anonymised',
  'free',
  'quick',
  'short',
  'brief',
  'detailed',
  'full',
  'custom',
  'personalised',
  'personalized',
  'exclusive',
  'early',
  'access',
  'copy',
  'list',
  'summary',
  'results',
  'numbers',
  'findings',
  'research',
  'survey',
  'whitepaper',
  'model',
  'framework',
  'calculator',
  'scorecard',
  'dashboard',
  'sample',
  'trial',
  'pilot',
  'workshop',
  'one-pager',
  'comparison',
  'insights',
  'feedback',
  'lunch',
  'time',
  'two-page',
  'recent',
  'new',
  'latest',
  'written',
  'recorded',
  'live',
  'private',
  'internal',
  'peer',
  'industry',
  'market',
  'pricing',
  'onboarding',
  'churn',
  'retention',
  'event',
  'spreadsheet',
  'sheet',
  'video',
  'loom',
  'recording',
  'transcript',
  'thoughts',
  'input',
  'look',
  'pointer',
  'reply',
  'yes',
  'talk',
  'post',
  'article',
  'podcast',
  'webinar',
  'panel',
  'interview',
  'episode',
  'keynote',
  'presentation',
  'newsletter',
  'blog',
  'thread',
  'paper',
  'book',
  'launch',
  'announcement',
  'promotion',
  'raise',
]);

function isCommonWord(word: string): boolean {
  return /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)*$/u.test(word) && COMMON_NOUN_STARTS.has(word.toLowerCase());
}

/** The first word in lower case when the rep capitalised it only for starting the answer. */
function sentenceCaseOff(text: string): string {
  const first = text.split(/\s+/)[0] ?? '';
  return isCommonWord(first) ? lowerFirst(text) : lowerFirstIfCommon(text);
}

/** "benchmark of 14 banks" → "our benchmark of 14 banks"; "free audit" → "a free audit". */
const MASS_NOUNS =
  /^(?:access|support|advice|help|coverage|capacity|storage|insurance|funding|credit|software|training|hardware|equipment|space|time|feedback|guidance|expertise|inventory|freight|financing|hosting|staffing|consulting|licensing|onboarding|ground|shipping|delivery|transit|turnaround|pickup|installation|setup|service|response|returns|terms|payment|payments|replenishment|fulfil?ment|documentation|information|maintenance|protection|compliance|visibility|capture|automation|reconciliation)$/i;

/**
 * The noun a phrase is about: the last word before a preposition, a list's "+", or a clause that describes it without
 * "that" ("digital inductions | the new starters do …", "herd health alerts | off milk yield").
 */
function npHead(np: string): string {
  const phrase =
    np.split(
      /\s+(?:of|for|from|on|in|across|with|to|at|by|off|over|per|via|through|into|under|about|without|that|which|who|so)\s+|\s+(?=(?:the|their|your|our|his|her|its|we|they|you|he|she|I)\s)|\s+[+&]\s+|[,;(]|[.!?]\s|\s+\d/u,
    )[0] ?? np;
  // "milk run routes chakan-ranjangaon": a span between two places after the noun is no head.
  const words = phrase.trim().split(/\s+/);
  while (words.length > 1 && /^\p{Ll}{4,}-\p{Ll}{4,}$/u.test(words[words.length - 1] ?? '')) words.pop();
  return words.pop() ?? '';
}

function withDeterminer(np: string, kind: Offer): string {
  const first = np.split(/\s+/)[0] ?? '';
  // "30 day free trial on 5 trucks" is one trial: "a 30-day free trial on 5 trucks"; but "2-day ground to
  // the west coast" is a service, and takes no "a".
  // A page count is a document's length, as a day span is a trial's: "2 page comparison" is "a 2-page comparison", "1 pager
  // on …" "a one-pager on …".
  if (/^1[- ]?pager(?![\p{L}])/iu.test(np)) return `a one-pager${np.replace(/^1[- ]?pager/iu, '')}`;
  const span = /^(\d+)[- ](?:(day|week|wk|month|hour|hr|minute|min)s?|(page))\s+(?=\p{Ll})/iu.exec(np);
  if (span) {
    const length = `${span[1]}-${(span[2] ?? span[3] ?? '').toLowerCase()}`;
    const rest = np.slice(span[0].length);
    const head = npHead(rest);
    if (MASS_NOUNS.test(head) || /[^s'’]s$/.test(head)) return `${length} ${rest}`;
    return `${articleFor(length)} ${length} ${rest}`;
  }
  // "Lead Producer role, Montreal studio": one role, whatever the capitals of its title.
  if (!NO_ARTICLE_NEEDED.test(np) && /^(?:[\p{L}&-]+\s+){1,3}(?:role|position|job|opening|seat|spot|slot)\b/iu.test(np))
    return `${articleFor(np)} ${np}`;
  if (NO_ARTICLE_NEEDED.test(np) || /^\p{Lu}|\p{Lu}/u.test(first) || isAcronym(first)) return np;
  if (/^\d/.test(first) && !/^\d+-\p{L}/u.test(first)) return np;
  // "notes from 40 studios": a plural reads well bare, but "our" fits it too, and says whose.
  if (kind === 'share') return `our ${np}`;
  // "export invoice financing", "pay-per-crate cold rooms": a mass noun or a plural takes no "a".
  const head = npHead(np);
  // A plural is never "a": "offer our GPS-tracked routes", as "introduce our partners".
  if (/[^s'’]s$/.test(head) && !/(?:ness|ics|sis|ous)$/.test(head)) return `our ${np}`;
  // "clock in/out": a head that is a particle names an activity, which takes no "a" either.
  // "invoice capture and 3 way match": "a" stands before the first thing joined, and a mass noun there takes none.
  const firstJoined = npHead(np.split(/\s+and\s+/)[0] ?? np);
  if (
    kind === 'intro' &&
    (/\p{L}{3,}ing$/u.test(head) ||
      MASS_NOUNS.test(head) ||
      MASS_NOUNS.test(firstJoined) ||
      /^(?:in|out|up|on|off|in\/out)$/i.test(head))
  )
    return np;
  return `${articleFor(np)} ${np}`;
}

// Things the rep does for the prospect rather than hands over: "a free steam-trap survey of one dye
// house", "slotting analysis of one zone", "a 4-week crate pilot". A document of many ("teardown of 15
// games", "review of 40 contracts") is shared.
const SERVICE =
  /^(?:(?:a|an|our)\s+)?(?:[\p{L}\p{N}-]+\s+){0,3}?(?:audit|survey|scan|check|check-up|health check|baseline|assessment|diagnostic|pilot|trial|session|workshop|walkthrough|review|teardown|analysis)(?=$|[\s,;(])(?!\s+(?:of|across|from)\s+(?:\d[\d,.]*\+?\s+(?!(?:months?|weeks?|days?|years?|hours?)\b)|all\b|every\b|the top\b|dozens\b|hundreds\b))/iu;

// Things handed over: a document, data, a list. What is neither a document nor a service ("export invoice
// financing in 48h", "a guest spot on the podcast", "Lead Producer role, Montreal") is offered.
export const DOCUMENT =
  /\b(?:benchmarks?|reports?|data|dataset|stud(?:y|ies)|playbooks?|checklists?|templates?|guides?|teardowns?|decks?|lists?|notes|numbers|results|breakdowns?|analys[ie]s|research|surveys?|models?|calculators?|frameworks?|summar(?:y|ies)|write-?ups?|runbooks?|comps|stats|statistics|findings|insights|examples|samples?|scorecards?|dashboards?|spreadsheets?|sheets?|one-pagers?|whitepapers?|papers?|e-?books?|videos?|recordings?|looms?|slides|plans?|memos?|articles?|posts?|case stud(?:y|ies)|profiles|cvs|resumes|swipe file|scripts?|sequences?|tips|lessons|numbers|figures|comparison|rankings?|index|map|audit results|trends)\b/i;

function offerKind(what: string): Offer {
  if (/\b(intro|introduction|site visit|visit to|tour of)\b/i.test(what)) return 'intro';
  if (
    /^(a |an )?(\d+[- ](?:min\w*|day|week|wk|month|hour|hr)s? )?(free |quick |short |custom |personali[sz]ed )?(audit|review|teardown|session|workshop|walkthrough|trial|pilot|assessment)\b/i.test(
      what,
    ) ||
    (SERVICE.test(what) && !/^our\s/i.test(what))
  )
    return 'offer';
  const head = what.split(/\s+(?:of|for|from|on|in|across|with|to|at|by)\s+|[,;(]/)[0] ?? what;
  return DOCUMENT.test(head) || DOCUMENT.test(what.split(/\s+/).slice(0, 4).join(' ')) ? 'share' : 'intro';
}

/** Where "our benchmark of 14 banks shows …" turns from the thing into what it does; -1 when it doesn't. */
function offerClauseAt(words: string[]): number {
  for (let i = 1; i < words.length - 1; i++) {
    const before = words[i - 1] ?? '';
    // "… dec thru March. a dental group in naperville cut …": after a sentence's end, a verb is the next sentence's.
    if (/\p{L}{3,}[.!?]$/u.test(before)) return -1;
    // After "to", "we", "how" or a comma, a verb belongs to a clause inside the thing, not about it.
    if (NOT_BEFORE_MAIN_VERB.has(before.toLowerCase().replace(/[^\p{L}]/gu, '')) || /[,;:]$/.test(before)) return -1;
    // "review so the new machines are covered": after "so", "because", "until" a verb is that clause's, never the thing's.
    if (words.slice(Math.max(0, i - 4), i).some((word) => /^(?:so|because|bc|until|unless|once|if)$/i.test(word)))
      return -1;
    // "photo report the adjuster can actually use": a verb after a thing, "the" and a noun has that noun as its subject,
    // a clause inside the thing ("… of the banks shows" is the thing's own verb).
    const det = (words[i - 2] ?? '').toLowerCase();
    if (
      i >= 3 &&
      /^(?:the|a|an|your|their|our|my)$/.test(det) &&
      !/^(?:of|for|from|on|in|across|with|to|at|by|about|and|or)$/i.test(words[i - 3] ?? '') &&
      OFFER_CLAUSE_VERBS.has((words[i] ?? '').toLowerCase())
    )
      return -1;
    if (OFFER_CLAUSE_VERBS.has((words[i] ?? '').toLowerCase())) {
      // "our data now shows": the adverb goes with the verb.
      let at = i;
      while (
        at > 1 &&
        /^(just|recently|also|now|already|clearly|actually|usually|typically|often|always)$/i.test(words[at - 1] ?? '')
      )
        at--;
      return at;
    }
  }
  return -1;
}

// Words that make a sentence an offer to the reader rather than a claim about the rep's company.
// "will" offers what we will do ("we'll send", "I will run the numbers"), not what will happen ("rejection will not
// happen", "it will pay back"); "we give a fixed price up front" claims what we do, "give you" offers.
const OFFERING =
  /(?<![\p{L}-])(?:share|send|show|walk|offer|intro|introduce|happy|glad|can|could|free|run|set up|connect|pass|bring)(?![\p{L}-])|(?<![\p{L}-])(?:will|would)\s+(?:(?:also|happily|gladly|even|then|just)\s+)?(?!not(?![\p{L}-])|never(?![\p{L}-])|be(?![\p{L}-])|pay(?![\p{L}-]))\p{L}|(?<![\p{L}-])give\s+(?:you|your)(?![\p{L}-])|['’](?:ll|d)\b/iu;
// An ask that already offers to hand something over ("Can I send the report?") offers the claim too.
const ASK_HANDS_OVER = /(?<![\p{L}-])(?:send|sending|share|sharing|forward|forwarding)(?![\p{L}-])/iu;
// What a team made by studying others ("we benchmarked 30 brokers") is a thing to hand over.
const STUDIED =
  /^\S+(?:\s+\S+)?\s+(?:\p{Ll}+ly\s+)?(?:benchmarked|surveyed|tracked|analy[sz]ed|studied|measured|compared|wrote up|published|mapped|compiled|put together|interviewed|collected|gathered|documented)\b/u;

// What the team has for them ("we have 2 venues holding dates in feb") is shared in detail, not as a "how".
const HOLDS = /^\S+(?:\s+\S+)?\s+(?:have|has|hold|holds|own|owns|keep|keeps|got)\b/iu;
/**
 * A value typed as a claim ("we filled off-peak slots for 40 gyms", "Clausewise cuts NDA review to 5
 * min") is offered, as the rest of the value answers are: "…, and I'm happy to share how".
 */
function claimOffered(claim: string, offer: boolean, short = false): string {
  if (!offer || OFFERING.test(claim) || isGenericClaim(claim)) return claim;
  const what = STUDIED.test(claim) ? 'it' : HOLDS.test(claim) ? 'the details' : 'how';
  // A claim that already says how ("… start catching the discounts because invoices get approved in days", "… by
  // matching every invoice") is told whole: "I'm happy to share how" would offer what it just said.
  if (what === 'how' && SAYS_HOW.test(claim)) return claim;
  // A claim already joined with "and" ("You get …, and marinas fill …") takes the offer as a sentence.
  // So does a claim in several sentences: the offer is for all of them, not the last.
  const joint = /,\s+and\s/.test(claim) || /[.!?]\s+\p{L}/u.test(claim.replace(/[\s.!]+$/, '')) ? ". I'm" : ", and I'm";
  // Over a hard limit, where the claim's figure would go otherwise, the offer is said short, as its own sentence.
  return `${claim.replace(/[\s.!]+$/, '')}${short ? '. Happy to' : `${joint} happy to`} share ${what}`;
}

/** A clause that says how a result comes about: "because …", "thanks to …", "by matching …" ("since" tells when, too). */
const SAYS_HOW = /(?<![\p{L}])(?:because|bc|thanks to|by\s+\p{Ll}{3,}ing)(?![\p{L}])/u;

/**
 * A value that already is a sentence, offered as claims are (see claimOffered): after a question, "I'm
 * happy to show you how"; after terms, the details; after a claim, how.
 */
function statedSentence(stated: string, offerClaims: boolean, short = false): string {
  if (!stated) return '';
  if (isPraiseOnly(stated)) return asSentence(stated);
  if (/\?$/.test(stated)) return offerClaims ? `${stated} I'm happy to show you how.` : stated;
  // "What if …? Hospitals fill 70% …": the statement after the question is the claim offered.
  const asked = /^(.*?\?)\s+(\S.*)$/su.exec(stated);
  if (asked) return `${asked[1]} ${asSentence(claimOffered(asked[2] ?? '', offerClaims, short))}`;
  if (/^It['’]s not\s|^You get .*, not (?:just |yet )?(?:another|a|an|one more)\s/.test(stated))
    return asSentence(stated);
  if (/^(?:There['’]s|It['’]s)\s/.test(stated))
    return offerClaims ? `${asSentence(stated)} I'm happy to send the details.` : asSentence(stated);
  // "We can automate scheduling" (a passive given its doer) says what we do, not what they get.
  if (/^We (?:can|could|will|would) /.test(stated) && !SOMETHING_GIVEN.test(stated))
    return asSentence(offerClaims && !isGenericClaim(stated) ? `${stated}, and I'm happy to show you how` : stated);
  return asSentence(claimOffered(stated, offerClaims, short));
}

// A claim that fits any company ("we help colleges grow", "we're best in class at cloud security"): no
// figure, no name, nothing the reader could check. Said plainly, never dressed up with "and I'm happy to
// share how", which would make a value the rep did not give read as one.
const GENERIC_CLAIM =
  /\b(?:help(?:s|ing)?|enable(?:s)?|empower(?:s)?)\s+(?:[\p{L}-]+\s+){0,3}?(?:grow|growth|succeed|success|scale|win|thrive|do more|work smarter|reach (?:their|your) goals|get (?:better )?results|perform better|unlock|transform|reach (?:their|your) potential|achieve more)(?![\p{L}])|\b(?:best[- ]in[- ]class|world[- ]class|industry[- ]leading|market[- ]leading|leading|cutting[- ]edge|state[- ]of[- ]the[- ]art|innovative|top[- ]rated|award[- ]winning|#\s?1|number one|second to none|the best|unmatched|unrivall?ed|next[- ]level|game[- ]chang(?:ing|er))(?![\p{L}])/iu;

export function isGenericClaim(claim: string): boolean {
  if (/\d/.test(claim) || isPraiseOnly(claim)) return isPraiseOnly(claim);
  // A name past the first word ("for Kroger", "in Denver") is something the reader could check.
  if (/\s\p{Lu}\p{Ll}/u.test(claim.replace(/^\S+/, '').replace(/\bI['’]m\b/g, ''))) return false;
  return GENERIC_CLAIM.test(claim) && claim.split(/\s+/).length <= 12;
}

// A service done for them, which is itself what they get: "we can do a free audit in a week".
const SOMETHING_GIVEN = /\b(?:free|audit|review|trial|pilot|sample|analysis|assessment|survey|check|teardown)\b/i;

/**
 * Who had a result, and its verb of the past: one or some of our clients, another or a peer by what it is ("a clinic in
 * Leeds", "another Illawarra provider"), partner or peer plural ("partner hospitals"), or a name ("Crumb & Co"), with an
 * aside in commas or brackets ("(similar size)"), then "cut", "saved", "went", "saw".
 */
const PEER_RESULT_EN = new RegExp(
  String.raw`^(?:(?:one|some|several|many|most|two|three|four|five|\d+)\s+of\s+(?:our|my)\s+[\p{L}-]+|another\s+(?:[\p{L}-]+\s+){0,4}?[\p{L}-]+|(?:our|my)\s+(?:[\p{L}-]+\s+)?(?:clients|customers|users|members|partners)|(?:a|an|one)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?:client|customer|hospital|provider|operator|company|firm|group|agency|plant|site|store|school|hotel|clinic|practice|brand|retailer|distributor|manufacturer|carrier|fleet|contractor|builder|council|bank|insurer|trust|chain|mill|farm|mine|warehouse|3pl|gc|msp|university|college|district)(?:\s+(?:in|near|from|at|out of)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)?|partner\s+[\p{L}-]+|\p{Lu}[\p{L}&'’.-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}&'’.-]*){0,3})(?:\s*,[^,]{1,40},|\s*\([^()]{1,40}\))?\s+(?:(?:just|also|recently)\s+)?(?:\p{Ll}{3,}ed|cut|saw|went|grew|got|took|won|made|ran|fell|rose|hit|brought|kept)(?![\p{L}-])`,
  'u',
);

/** The value as a sentence; with `offerClaims`, a claim about the rep's company is offered too (see claimOffered). */
export function whatSentence(what: string, variant: number, offerClaims = false, short = false): string {
  if (!what) return '';
  const w = what
    .replace(/^(please|pls)\s+/i, '')
    // "benchmark: how 25 regional banks tier their vendors": a label, then what the thing is about.
    .replace(/^([\p{L}-]+(?:\s+[\p{L}-]+)?):\s+(?=(?:how|what|which|where|why|who|when)\b)/iu, '$1 on ');
  if (/^(we|our team)\b(?!['’])/i.test(w)) return asSentence(claimOffered(w, offerClaims, short));
  // "help their drivers catch low pressure" is what the product does; "help you set it up" is an offer.
  if (/^helps?\s+(?!you\b|with\b|out\b)\S/i.test(w))
    return asSentence(claimOffered(`We help ${w.replace(/^helps?\s+/i, '')}`, offerClaims, short));
  if (
    /^(i|i'm|i’m|i'd|i’d|i'll|i’ll|i've|i’ve|happy|glad|we'd|we’d|we'll|we’ll|we're|we’re|we've|we’ve|you|you'd|you’d|you'll|you’ll|you're|you’re|in return|if)\b/i.test(
      w,
    )
  ) {
    return asSentence(w);
  }
  if (/^(could|can|would|will|might|may|should)\s+\p{L}/iu.test(w)) return asSentence(`We ${lowerFirst(w)}`);
  const lead = (leads: readonly string[]) => leads[variant] ?? leads[0] ?? '';
  if (/^(see|learn|hear|find out)\s+(how|what|where|why|when|which|who)\b/i.test(w)) {
    return asSentence(
      `${lead(['I can walk you through', "I'm happy to walk you through", "I'd be glad to walk you through"])} ${w.replace(/^\S+(\s+out)?\s+/i, '')}`,
    );
  }
  if (OFFER_VERBS.test(w)) return asSentence(`${lead(['I can', "I'm happy to", "I'd be glad to"])} ${lowerFirst(w)}`);
  // An outcome typed as a short comparative ("fewer mispicks", "more repeat orders"): what we help them get.
  if (/^(?:fewer|more|less|lower|higher|faster|quicker|shorter|better)\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,3}$/iu.test(w))
    return asSentence(`We can help you get ${lowerFirst(w)}, and I'm happy to show you how`);
  // A list of outcomes ("less drive time, more visits a day and fewer missed visits"): each one theirs.
  const OUTCOME = String.raw`(?:fewer|more|less|lower|higher|faster|quicker|shorter|better|no|zero)\s+[\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+){0,4}`;
  if (new RegExp(`^${OUTCOME}(?:,\\s+${OUTCOME})*,?\\s+and\\s+${OUTCOME}$`, 'iu').test(w))
    return asSentence(`You get ${lowerFirst(w)}`);
  // An outcome typed as a bare verb phrase ("consolidate 3 tools into one, cut alert noise"): what we help
  // them do, each outcome joined by "and", and offered (a bare claim gives the reader nothing to take).
  if (OUTCOME_VERBS.test(w)) {
    const parts = w.split(/\s*[,;]\s*|\s+\+\s+/);
    const joined =
      parts.length > 1 && parts.slice(1).every((p) => OUTCOME_VERBS.test(p))
        ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`
        : w;
    return asSentence(`We can help you ${lowerFirst(joined)}, and I'm happy to show you how`);
  }
  // "survey the membrane before the panels go on": a verb and its object is what the rep will do, not a thing offered.
  if (opensWithVerb(w)) return asSentence(`${lead(['I can', "I'm happy to", "I'd be glad to"])} ${lowerFirst(w)}`);
  // Their own flow is not ours to share: "Your onboarding loses 30% at ID scan" stays a statement.
  if (
    /^(your|their)\b/i.test(w) &&
    (FINITE_VERB.test(w) ||
      /^\S+\s+(\S+\s+){0,3}\p{Ll}{3,}s\s+(\d|(a|an|the|your|our|up|down|about|at|on|in|from|more|less|over|most|half)\b)/u.test(
        w,
      ))
  ) {
    return asSentence(w);
  }
  // A question the offer answers ("what exchanges-first would save them", "how much they could recover"): shown to them.
  if (/^(?:what|how(?: much| many)?|where|which|why)\s+\S+\s+\S/i.test(w))
    return asSentence(`${lead(SHOW_LEADS)} ${w}`);
  // Help with whatever they need ("whatever she needs", "anything you need for the audit") is help, not a thing offered.
  if (/^(?:whatever|anything)\b/i.test(w)) return asSentence(`${lead(HELP_LEADS)} ${w}`);
  // A peer's result ("another hospital in Atlanta cut its PA backlog by half", "one of our clients, similar size, moved
  // 70% of their auths …", "partner hospitals saw turnaround drop from 5 days to 1"): told as it is and offered, never a
  // thing after "I'm happy to offer".
  if (
    PEER_RESULT_EN.test(w) &&
    /\d|(?<![\p{L}])(?:half|third|quarter|doubled|tripled|halved|zero)(?![\p{L}])/iu.test(w)
  )
    return asSentence(claimOffered(capitalise(w), offerClaims, short));
  const words = w.split(' ');
  const at = offerClauseAt(words);
  if (at > 0) {
    const subject = words.slice(0, at).join(' ');
    // News about someone else ("Copperline just cut drop-off 30% with it") is said as it is.
    const named =
      /^\p{Lu}/u.test(subject) && !isCommonWord(subject.split(' ')[0] ?? '') && !NO_ARTICLE_NEEDED.test(subject);
    if (named) return asSentence(claimOffered(w, offerClaims, short));
    if (/^(your|their|it|this|that|these|those)\b/i.test(subject)) return asSentence(w);
    const rest = words.slice(at).join(' ');
    // What the world is like ("forced relocations are where tenants overpay") is the rep's insight, said as typed.
    if (/^(?:are|is)\s+(?:where|when|why|how|what|the (?:moment|point|time|reason|stage|place))\b/i.test(rest))
      return asSentence(w);
    // "our clients in Oman are saving 60% …", "most of our factory clients are seeing 5-7 year payback": what is happening
    // to them, a statement with its own subject and verb, never a thing offered ("I can offer our clients, which are …").
    // Only a result is told so and offered ("…, and I'm happy to share how"): news with no result in it ("next cohort is
    // starting 3 march, 4 seats left", "slots are opening in april") stays the thing offered, as it was.
    if (
      /^(?:is|are|was|were)\s+(?:(?:already|now|still|typically|usually|often|also)\s+)?(?:saving|seeing|getting|cutting|reducing|recovering|winning|closing|collecting|earning|gaining|booking|filling|hitting|averaging|achieving|shaving|lowering|boosting|doubling|tripling|halving|paying|making|landing|reporting)\s+\S/u.test(
        rest,
      )
    )
      return asSentence(claimOffered(capitalise(w), offerClaims, short));
    const kind = offerKind(subject);
    // "candidate is a senior PM w/ 14 yrs …": what the thing is, after it ("a candidate: a senior PM …"), never "which is".
    const described = /^(?:is|are)\s+((?:a|an)\s+\S.*)$/iu.exec(rest);
    if (described && wordCount(subject) <= 3)
      return asSentence(
        `${lead(OFFER_LEADS[kind])} ${withDeterminer(sentenceCaseOff(subject), kind)}: ${described[1]}`,
      );
    return asSentence(`${lead(OFFER_LEADS[kind])} ${withDeterminer(sentenceCaseOff(subject), kind)}, which ${rest}`);
  }
  const kind = offerKind(w);
  return asSentence(`${lead(OFFER_LEADS[kind])} ${withDeterminer(sentenceCaseOff(w), kind)}`);
}

// "connect me with your CFO" asks them for an introduction: "Could you …", never "Could we connect me …".
/** The rep's verbs that take the reader or theirs as object, asked as leave: "invite your team", "save you a seat". */
const ASK_LEAVE_VERBS =
  /^(?:invite|include|add|sign\s+up|enrol|enroll|register|save|reserve|hold)\s+(?:you|your)(?![\p{L}'’])/iu;
const ASK_WE_VERBS =
  /^(grab|hop|jump|meet|chat|talk|connect(?!\s+(?:me|us)\b)|compare|swap|trade|set up|schedule|book|catch up|find|get)\b/i;
const ASK_YOU_VERBS =
  /^(take|reply|send|share|point|introduce|connect (?:me|us)|look|check|tell|join|try|read|watch|give|forward|review|let me know)\b/i;
// Small things a rep asks for that need "a": "quick call Thursday" → "a quick call Thursday".
const ASK_COUNTABLE =
  /^(call|chat|meeting|demo|site visit|visit|walkthrough|conversation|intro|introduction|quick|short|brief|virtual|video|phone|zoom|look|pointer|reply|response|sanity check|trial|pilot|session|catch-up|half-hour|one-hour|yes or no|yes\/no)\b|^\d+-(min|minute|hour|hr|second)\w*\s+\p{L}|^\d+\s*(?:min|mins|minute|minutes|hr|hour)\s+(?:call|chat|meeting|look|demo|walkthrough|session|conversation)\b/iu;

// Verbs whose doer is the rep when no "me" follows: "send you the benchmark" is an offer, "send me
// your deck" is a favour asked.
const ASK_OFFER_VERBS =
  /^(?:(?:I\s+)?(?:can|could)\s+)?(send|share|(?:intro|introduce)(?=\s+you\b)|show|forward|give|set up|walk|run|email|pass|bring|drop)\b(?!\s+(?:me|us)\b)/i;

/** An ask of theirs to get in touch, with nothing but when or whether they like around it (see askSentence). */
const INVITED_EN =
  /^(?:(?:tell|ask|get|have)\s+you\s+(?:to\s+)?|you\s+(?:should|can|could|may|might|are\s+welcome\s+to)\s+(?:(?:just|always|feel\s+free\s+to)\s+)?)(call\s+me|ring\s+me|give\s+me\s+a\s+(?:call|ring|shout|bell|buzz)|reach\s+out|get\s+in\s+touch|drop\s+me\s+a\s+(?:line|note|message)|email\s+me|e-mail\s+me|text\s+me|message\s+me|ping\s+me|hit\s+me\s+up)(?:[\s,]*(?:whenever(?:\s+(?:suits|works)(?:\s+you)?)?|any\s*time|at\s+any\s+point|when(?:ever)?\s+you\s+(?:want|like|can|are\s+ready|have\s+(?:a\s+)?(?:time|minute|sec|second|moment)|get\s+a\s+(?:sec|second|minute|chance|moment))|if\s+you\s+(?:want|like|are\s+interested|['’]re\s+interested)|no\s+rush))*[\s,.!?]*$/iu;

export function askSentence(ask: string, variant: number): string {
  if (!ask) return '';
  // Emoji and symbols at the end go after the question mark, not before it.
  const tailMatch = /[\s\p{Extended_Pictographic}\u200d\ufe0f]*$/u.exec(ask);
  const tail = tailMatch && /\p{Extended_Pictographic}/u.test(tailMatch[0]) ? ` ${tailMatch[0].trim()}` : '';
  let a = ask
    .slice(0, ask.length - (tail ? (tailMatch?.[0].length ?? 0) : 0))
    .replace(/^(please|pls|kindly)\s+/i, '')
    .trim();
  a = a.replace(/^whats\b/i, "what's").replace(/^wanna\b/i, 'want to');
  // "he should call me whenever", "she can reach out anytime if she wants", "have him give me a call": the rep's wish
  // that they get in touch, typed of them, is no "Should you call me whenever?": an invitation, still asked ("Feel free
  // to …" is no ask the purpose check counts).
  const invited = INVITED_EN.exec(a);
  if (invited) return `Could you ${invited[1]} whenever suits you?${tail}`;
  // "Jennifer free for a 15 min demo?" (their name now "you"): "Are you free for a 15 min demo?".
  a = a.replace(/^you\s+(?=(?:free|available|around|keen|interested|up for|open to|game)\b)/i, 'are you ');
  // "Kindly permit me to send her a short overview": asked as leave, "May I send you a short overview?".
  a = a.replace(/^(?:(?:please|kindly)\s+)?(?:permit|allow)\s+me\s+to\s+/i, 'may I ');
  // "anyway would be good to have a yarn at some stage": the filler goes, the wish is asked of them.
  a = a
    .replace(/^(?:anyway|anyways)\b[,\s]+(?=\S)/i, '')
    .replace(/^(?:it\s+)?would be (good|great|nice|lovely|awesome|ace) to (?=\p{L})/iu, 'would it be $1 to ');
  // "I'd really like to …": the softener says nothing the frame does not.
  a = a.replace(
    /^((?:I(?:['’]d| would)|would)\s+)(?:really|truly|very much|so|just|also|certainly|definitely)\s+(?=(?:love|like|be happy|be glad|appreciate|value)\b)/i,
    '$1',
  );
  // "… like to connect and set up a meeting": accepting the invitation is not a second ask; what follows is the ask.
  // "ok to connect and I send it over?": connecting is what lets me send it.
  a = a.replace(
    /\bconnect\s+(?:and|&|\+)\s+(?:I['’]ll\s+|I\s+(?:can\s+)?(?!(?:will|would|could|can|shall|should|might)(?![\p{L}])))(?=\p{L})/iu,
    'connect so I can ',
  );
  a = a.replace(/\b(to|let['’]?s|could we|can we)\s+connect\s+(?:and|&|\+)\s+(?!I\s)(?=\p{L})/iu, '$1 ');
  // "to take a look at his dec pages": the infinitive's "to" is the box's grammar ("my ask is to …"), not the ask's.
  a = a.replace(/^to\s+(?=\p{Ll}{2,}\s+[\p{L}\p{N}])/u, '');
  // An ask that names no next step stays as low-pressure as the rep typed it (see oneAsk).
  if (a === VAGUE_LET_ME_KNOW || a === VAGUE_CONNECT) return asSentence(capitalise(a));
  // "send me sq ft per location, I'll quote a 2 office pilot", "come see the space, can do a show round …", "lets lock in a time, any day the week of the 14th works
  // for us": what the rep will do in return, or when the rep is free, after a comma is said after the question, as its
  // own sentence; never inside it ("Would you send me …, I'll quote …?").
  const after =
    /^(.{8,}?),\s+((?:I['’]ll|I will|we['’]ll|we will)\s+\p{Ll}[^?]*|(?:(?:I|we)\s+)?(?:can|could)\s+(?:do|run|give|host|arrange|hold|set up|show you round|give you a tour)\s+(?:a|an|the|you)\s[^?]*|(?:any|most|either|every)\s+[^,?]{2,60}?\s+(?:works|suits|is\s+(?:fine|good))\s+(?:for|with)\s+(?:us|me))[.!?]*$/u.exec(
      a,
    );
  if (after && !/^if\s/iu.test(after[1] ?? '')) {
    const question = askSentence(after[1] ?? '', variant);
    // "come see the space, can do a show round any day next wk": the rep's offer, without its "I", is the rep's.
    const offered = (after[2] ?? '').replace(/^(?=(?:can|could)\s)/u, 'I ');
    if (question.endsWith('?')) return `${question} ${asSentence(capitalise(offered))}${tail}`;
  }
  const pick3 = (options: readonly string[]) => options[variant] ?? options[0] ?? '';
  let core: string;
  let m: RegExpExecArray | null;
  if (
    (m =
      /^(?:I (?:would|'d|’d) like to ask|(?:could|can|may) I ask|I wanted to ask|I was wondering|wondering)\s+(?:whether|if)\s+you\s+(?:would|could|might|['’]d)\s+(.+)$/i.exec(
        a,
      ))
  ) {
    core = `Would you ${m[1]}`;
  } else if ((m = /^(?:lmk|let me know)\s+if\s+([^,.;?]{2,40}?)[,.;]?\s+let['’]?s\s+(\p{Ll}[^?]*)$/iu.exec(a))) {
    // "let me know if interested lets connect": the proposal is the ask, on the condition typed before it ("If you're
    // interested, could we connect?"), never "Would you let me know if interested lets connect?".
    const condition = (m[1] ?? '').replace(/^(?:interested|keen|free|available|open to it)\b/i, "you're $&");
    core = `If ${condition}, could we ${m[2]}`;
  } else if (
    (m =
      /^(?:(?:do\s+)?you\s+)?(?:reckon|think|figure|guess)\s+(?:that\s+)?you(?:['’]d|\s+would)\s+(be|like|want|have|fancy|mind)\s+(\S.*)$/i.exec(
        a,
      ))
  ) {
    // "reckon he'd be keen for a chat …?" (his "he" now "you"): the guess at their answer is the question put to them,
    // "Would you be keen for a chat …?", never "Would you be open to reckon you'd be keen …".
    core = `Would you ${(m[1] ?? '').toLowerCase()} ${m[2]}`;
  } else if ((m = /^(?:reckon|think)\s+(?=(?:it|that|this|there|we|I)(?:['’]\p{L}+)?\s)(.+)$/iu.exec(a))) {
    // "reckon it's worth a chat?": the question with "do you" left out, as chat asks it.
    core = `Do you ${lowerFirst(a.split(/\s+/)[0] ?? '')} ${m[1]}`;
  } else if (
    (m =
      /^if\s+((?:you|they|we|it|there|the|your|their)\s+[^,;?]{3,80}?)(?:\s*,\s*|\s+)(?:(?:please|pls)\s+)?((?:get|put|add|keep|include|loop|let|pencil|count)\s+(?:us|me)(?![\p{L}'’])[^?]*)$/iu.exec(
        a,
      ))
  ) {
    // "if they do the rfp get us on the bid list": a favour asked on a condition, the comma typed or not; the condition
    // stays first and the favour is asked of them ("If they do the rfp, could you get us on the bid list?"), never
    // "Would you be open to if they do …".
    core = `If ${m[1]}, could you ${m[2]}`;
  } else if ((m = /^(call|chat|demo|meeting|coffee|zoom|teams)[.?!]*$/i.exec(a))) {
    // A one-word ask: the thing asked for, made easy to say yes to.
    core = `Would you be open to a short ${(m[1] ?? '').toLowerCase().replace(/^(zoom|teams)$/, 'call')}`;
  } else if ((m = /^(?:cool|ok|okay|alright|fine|all right|sound|grand)\s+if\s+I\s+(.+)$/i.exec(a))) {
    core = `Could I ${m[1]}`;
  } else if (
    (m =
      /^(?:lmk|let me know)\s+if\s+(?:you['’]re|you are|ur)\s+(up for|open to|free for|interested in|keen on|game for)\s+(.+?)(?:,?\s*(?:thanks|thank you|thx))?$/i.exec(
        a,
      ))
  ) {
    // "lmk if you're open to a call": the question inside the request is the ask.
    core = `Would you be ${(m[1] ?? '').toLowerCase()} ${m[2]}`;
  } else if (
    (m =
      /^(?:(?:pls|please|just)\s+)?(?:lmk|let me know)\s+(?:if|whether)\s+(?:I['’]?d|I should|I can|I could|I shall|to)\s+((?:send|share|forward|pass|drop|call|ring|loop|book|set|schedule|email|e-mail|mail|text|ping|intro|introduce|reach|follow|come|swing|stop|bring|include|add|put|circle|walk|show|run|connect|copy|cc)(?![\p{L}])(?:\s+[^?]*)?)$/iu.exec(
        a,
      ))
  ) {
    // "lmk if id send it on", "let me know if I should send the deck": the rep asks leave to do something, "Shall I
    // send it on?", never "Would you let me know if id send it on?".
    core = `Shall I ${m[1]}`;
  } else if ((m = /^(?:lmk|let me know)\s+if\s+you(?:['’]d like| would like| want| need)\s+(.+)$/i.exec(a))) {
    core = `Would you like ${m[1]}`;
  } else if (
    (m =
      /^(?:I(?:['’]d| would)|would)\s+(?:love|be happy|be glad)\s+to\s+((?:send|share|forward|pass|email|drop|show)\b.+?)(?:,?\s+if (?:useful|helpful|that helps|it helps|you like|you'd like|you want|relevant))?$/i.exec(
        a,
      ))
  ) {
    // An offer put as the ask ("would love to send it over if useful"): ask whether to; "show you" is asked leave for.
    core = `${/^show\b/i.test(m[1] ?? '') ? 'Could I' : 'Shall I'} ${m[1]}`;
  } else if ((m = /^(?:I(?:['’]d| would)|would)\s+love to\s+(.+)$/i.exec(a))) {
    core = `Could we ${m[1]}`;
  } else if (ASK_OFFER_VERBS.test(a)) {
    // An offer typed as the ask: "send you the benchmark" → "Want me to send you the benchmark?"
    core = `Want me to ${lowerFirst(a.replace(/^(?:I\s+)?(?:can|could)\s+/i, ''))}`;
  } else if (/^let'?s\b|^let’s\b/i.test(a)) {
    core = `Could we ${a.replace(/^let['’]?s\s+/i, '')}`;
  } else if (
    /^(would|could|can|are|is|do|does|did|how|what|when|where|which|who|why|shall|should|may|might|will|have|has|any chance|worth|fancy)\b/i.test(
      a,
    )
  ) {
    core = a;
  } else if ((m = /^(we|you)\s+(could|can|should|might|would)\s+(.+)$/i.exec(a))) {
    // "we could compare notes" → "Could we compare notes?"
    core = `${capitalise((m[2] ?? '').toLowerCase())} ${(m[1] ?? '').toLowerCase()} ${m[3]}`;
  } else if (
    (m =
      /^(?:i(?:'m|’m| am) )?(?:happy|glad) to\s+(.+?)(?:,?\s+if (?:useful|helpful|that helps|it helps|you like|you'd like|you want|relevant))?$/i.exec(
        a,
      ))
  ) {
    // An offer put as the ask ("happy to send it over if useful"): ask whether to.
    core = `Shall I ${m[1]}`;
  } else if ((m = /^i(?:'ll|’ll| can| could)\s+(.+)$/i.exec(a))) {
    core = `Shall I ${m[1]}`;
  } else if ((m = /^i(?:'d|’d| would)\s+(?:love|like)\s+to\s+(.+)$/i.exec(a))) {
    core = `Could I ${m[1]}`;
  } else if ((m = /^i(?:'d|’d| would)\s+(?:love|like|appreciate|value)\s+(.+)$/i.exec(a))) {
    core = `Could I get ${m[1]}`;
  } else if (
    // A look at something of theirs ("take a look at your dec pages", "review your current policy") is the rep's to
    // take, asked as leave; "review the deck" is theirs ("Would you review the deck?").
    (m =
      /^((?:take|have|grab)\s+a\s+(?:quick\s+)?(?:look|peek)\s+at|look\s+(?:at|over)|go\s+over|review|check|audit)\s+(your\b.+)$/i.exec(
        a,
      ))
  ) {
    core = `Could I ${lowerFirst(m[1] ?? '')} ${m[2]}`;
  } else if (
    /^(your\s+)?(thoughts|take(?!\s+an?\s)|feedback|input|view|views|opinion|perspective|reaction)\b/i.test(a)
  ) {
    core = `Could I get ${/^your\b/i.test(a) ? lowerFirst(a) : `your ${lowerFirst(a)}`}`;
  } else if (/^(the\s+)?right person\b/i.test(a)) {
    core = `Are you ${/^the\b/i.test(a) ? lowerFirst(a) : `the ${lowerFirst(a)}`}`;
  } else if ((m = /^(?:need|want)\s+((?:your|\d+|a few|some|a couple|half an)\b.*)$/i.exec(a))) {
    // What the rep needs from them: "need 15 min of your time", "want your take on it".
    core = `Could I get ${m[1]}`;
  } else if (
    /^(want|need|interested|keen|free|available|around|ok|okay|sounds? good|makes? sense|mind if|any interest|game for|down for|care to|curious)\b/i.test(
      a,
    )
  ) {
    // A question the way people ask one, with "are you" or "do you" left out: "Want a copy?", "Keen on a
    // 15-min walkthrough?", "Mind if I send it?". Framed again ("Are you open to want …") it breaks.
    core = a;
  } else if (/^(?:I|we)\s+(?:would|['’]d)\s+(?:welcome|be grateful for|value)\b/i.test(a)) {
    // A formal ask that is already a sentence: "I would welcome the opportunity to …".
    return asSentence(a);
  } else if (/^(open to|up for)\b/i.test(a)) {
    core = `${pick3(['Would you be', 'Are you', 'Would you be'])} ${lowerFirst(a)}`;
  } else if (/^(?:pop|swing|drop|stop|call)\s+(?:over|by|in|round)\b|^visit\s+(?:you|your)\b/i.test(a)) {
    // The rep's own visit ("pop over for a brew", "swing by the site"): theirs to allow, "Could I pop over …?".
    core = `Could I ${lowerFirst(a)}`;
  } else if ((m = /^(?:an?\s+)?(?:quick\s+)?(?:intro|introduction)\s+to\s+(?!(?:you|our|my|me|us)\b)(.+)$/iu.exec(a))) {
    // "intro to your chief engineer?": asked of the reader, the intro is theirs to make, "Would you be open to introducing
    // me to your chief engineer?", never "Are you open to an intro to …" (which reads as one for them). An intro to the
    // rep's own people ("intro to our CTO", "my colleague Priya") is the rep's to make, and stays an offer.
    core = `Would you be open to introducing me to ${m[1]}`;
  } else if (ASK_LEAVE_VERBS.test(a)) {
    // "invite your new techs to the next training night", "save you a seat": the rep's to do with the reader's people or
    // the reader, theirs to allow ("Could I invite your new techs …?"); never "open to invite …".
    core = `Could I ${lowerFirst(a)}`;
  } else if (ASK_WE_VERBS.test(a)) {
    // "book 30 mins with me to run his numbers": the rep is in "we" already, "Could we book 30 mins to run …", never
    // "Can we book 30 mins with me". With someone else too ("with me and our CTO") it stays.
    core = `${pick3(['Could we', 'Can we', 'Could we'])} ${lowerFirst(a).replace(/\s+with\s+(?:me|us)(?![\p{L}'’])(?!\s*(?:and|&|\+|,))/u, '')}`;
  } else if (ASK_YOU_VERBS.test(a)) {
    core = `${pick3(['Would you', 'Could you', 'Would you'])} ${lowerFirst(a)}`;
  } else {
    const np = sentenceCaseOff(a);
    // "FieldPro trial?": one trial of their product, a short noun phrase that names one thing.
    const oneThing =
      /^(?:[\p{L}\p{N}-]+\s+){0,2}(?:trial|pilot|demo|call|chat|walkthrough|session|visit|intro|audit|review)$/iu.test(
        np.replace(/[?.!\s]+$/, ''),
      ) && !/^\d/.test(np);
    const object = (ASK_COUNTABLE.test(np) || oneThing) && !NO_ARTICLE_NEEDED.test(np) ? `${articleFor(np)} ${np}` : np;
    core = `${pick3(['Would you be open to', 'Are you open to', 'Would you be up for'])} ${object}`;
  }
  return `${capitalise(withYouOnce(asGerund(core.replace(/[\s?.!,;:]+$/, ''))))}?${tail}`;
}

/**
 * "Would you be open to a call with you and your ops lead" → "Would you and your ops lead be open to a
 * call"; "Are you open to 20 min with you next week" → "Are you open to 20 min next week": the reader
 * asked to meet the reader.
 */
function withYouOnce(core: string): string {
  const subject = /^(Would you be|Are you|Would you|Could you|Do you|Will you)\s+(.*)$/.exec(core);
  if (!subject) return core;
  const [, lead = '', rest = ''] = subject;
  const both =
    /^(.*?)\s+with you and (your\s+[^?,]+?)(,?\s+(?:next|this|on|in|at|before|after|tomorrow|today|sometime|the week|Monday|Tuesday|Wednesday|Thursday|Friday)\b.*)?$/.exec(
      rest,
    );
  if (both) {
    const [, before = '', others = '', when = ''] = both;
    return `${lead.replace(/^(\S+) you\b/, `$1 you and ${others}`)} ${before}${when}`;
  }
  return `${lead} ${rest.replace(/\s+with you\b(?!\s+and\b)/g, '')}`;
}

// ---------------------------------------------------------------------------------------------
// Text helpers

/** A rep's fragment without the punctuation and whitespace that would double up in a sentence. */
export function clean(fragment: string): string {
  // "???" or "-" says nothing a sentence could carry.
  if (!/[\p{L}\p{N}]/u.test(fragment)) return '';
  return fragment
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[-*•–—>]+\s*/, '')
    .replace(/^["“]+(.*)["”]+$/, '$1')
    .replace(/\.{3,}/g, '…')
    .replace(/\bi(?=$|[\s'’])/g, 'I')
    .replace(/[\s.,;:!…]+(?=["”’')]*$)/, '')
    .trim();
}

function asSentence(text: string): string {
  const t = text.trim();
  if (t === '') return '';
  return capitalise(/[.!?]["”’')]*$/.test(t) ? t : `${t}.`);
}

/** Last defence against the doubled or misplaced punctuation that joining fragments can produce. */
const SHORT_FORM_BEFORE = /^(?:resp|approx|mgmt|dept|evtl)\. $/iu;
function tidyText(text: string): string {
  return (
    text
      // "… this year. you own the budget": a rep's second sentence, lower-cased because it was a fragment.
      // A date's full stop ("am 14.11. einladen") ends no sentence.
      // A short capitalised word's dot before "de", "of" and a name is an abbreviation inside a name ("Coop. de Tres
      // Arroyos", "Univ. of Leeds"): it ends no sentence.
      .replace(
        // An ellipsis ("serré... elle a 12") is made a full stop below: its next word starts a sentence too.
        /((?:\p{L}{4,}|(?<![\p{L}])\p{Lu}{2,3}|(?<!\p{N}\.\p{N}?)\d|[)%"”’])(?:\. |\.{3} )|[!?] )(\p{Ll})/gu,
        // A short form ("resp. commerciale", "evtl. nächste Woche") ends no sentence; after "inkl." or "stellv." a noun
        // follows, and German capitalises it.
        (m: string, end: string, ch: string, at: number, all: string) =>
          SHORT_FORM_BEFORE.test(end) ||
          (/(?<![\p{L}])\p{Lu}\p{Ll}{1,4}\. $/u.test(all.slice(Math.max(0, at - 6), at + end.length)) &&
            /^(?:de|del|of|du|do|da|des)\s+\p{Lu}/u.test(all.slice(at + end.length)))
            ? m
            : end + ch.toUpperCase(),
      )
      // "… 6 reviews since nov. you replied …": a month's short form ends its sentence where a subject follows it.
      .replace(
        /((?<![\p{L}])(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\. )(you|we|they|he|she|it)(?=['’\s])/giu,
        (_m, end: string, subject: string) => end + capitalise(subject),
      )
      .replace(/[ \t]+/g, ' ')
      .replace(/ ([.,!?;:])/g, '$1')
      .replace(/([.!?])[.!?,;:]+/g, '$1')
      .replace(/,([.!?])/g, '$1')
      .trim()
  );
}

// A comma inside a number ("1,200") is not a clause break.
const CLAUSE_BREAKS =
  /(,(?=\s)|;|:| —| –| \(| and | but | which | because | so | with | including | while | where | showing | covering | explaining )/gi;
/** "… with 40 stores cut payroll closing …": a "with" phrase the result's verb follows, before any other break. */
const SUBJECT_WITH =
  /^ with (?:[^,;:.()]*?\s)??(?:(?:an?|\d[\d,.+]*|one|two|three|some|several)\s+)?[\p{L}\d-]+\s+(?:cut|cuts|saved|saves|reduced|reduces|halved|doubled|tripled|grew|dropped|lowered|slashed|increased|raised|went|got|hit|reached|recovered)(?![\p{L}])/u;
// A clause that needs what follows it: "so you see", "because teams", "which means", "while you".
const SUBORDINATE = /^\s(?:so|because|which|where|while)\s+(?:\S+\s*){0,3}$/i;
// What stays before a cut ends inside a phrase: on a preposition, an article, or a word asking who or what.
const MID_PHRASE =
  /(?:^|\s)(?:on|in|at|of|to|for|by|from|into|onto|the|a|an|who['’]s|who|what|whose|see|sees|show|shows|know|knows)\s*$/iu;
const DANGLING = /\s+(and|or|but|the|a|an|of|to|for|with|at|on|in|by|from|my|our|your|their|its|that|which|so|as|&)$/i;

// What makes a clause specific: a figure, a sum, a name past its first word, a month or a day.
const MONTH_OR_DAY =
  /(?<![\p{L}])(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|q[1-4]|spring|summer|autumn|fall|winter)(?![\p{L}])/giu;
function specifics(clause: string, capitalNouns = false): number {
  // A digit inside a word ("b4", "b2b", "w2") is shorthand, no figure.
  const figures = (clause.match(/[$€£]|(?<![\p{L}\p{N}])\d+(?:[.,]\d+)?\s*(?:%|[kmb]\b)?/giu) ?? []).length;
  const names = (
    clause
      .trim()
      .replace(/^\S+/, '')
      .match(/(?<![\p{L}'’])\p{Lu}[\p{L}'’-]*/gu) ?? []
  )
    // "the WMS they have", "an ABC analysis": a kind of system or method is no name the reader would recognise.
    .filter((w) => !/^(?:I|I['’]m|I['’]ve|I['’]d)$/u.test(w) && !isTermAcronym(w)).length;
  // German capitalises every noun: there only figures and dates tell. What they made or said somewhere, theirs ("his post
  // bout the roof leaks", "su charla", "Ihr Beitrag") or where they said it ("pôs no linkedin"), is the hook they would
  // recognise, named in lower case or not.
  return (
    figures +
    (capitalNouns ? 0 : names) +
    (clause.match(MONTH_OR_DAY) ?? []).length +
    // Where they said it outweighs a figure: it is what they would recognise.
    (THEIR_MEDIUM.test(clause) ? 3 : 0)
  );
}
const THEIR_MEDIUM =
  /(?<![\p{L}])(?:linkedin|instagram|twitter|facebook|youtube|tiktok)(?![\p{L}])|(?<![\p{L}])(?:you|she|he|they)\s+(?:just\s+|recently\s+)?(?:posted|tweeted|blogged)(?![\p{L}])|(?<![\p{L}])(?:his|her|their|your|ur|su|sus|tu|votre|vos|sa|son|ses|ihr|ihre|ihren|ihrem|sein|seine|dein|deine|seu|sua|teu|tua)\s+(?:[\p{L}-]+\s+)?(?:post|posts|talk|panel|podcast|article|interview|webinar|video|tweet|thread|keynote|episode|newsletter|beitrag|vortrag|artikel|interview|publicación|charla|ponencia|entrevista|publication|intervention|conférence|palestra|publicação|entrevista|matéria)(?![\p{L}])/iu;

// Where why-them splits into clauses: a comma, a semicolon, a dash, or "and" before a new subject.
const WHY_CLAUSE =
  /,\s+(?:and\s+|but\s+)?|;\s*|\s+[—–]\s+|\s+and\s+(?=(?:the|their|your|you|they|we|it|its|a|an|his|her|she|he)\s)/giu;

/**
 * Why-them one clause shorter, the generic clause going first: "you're the facilities director for the
 * district, and the board approved a $4.2M HVAC upgrade …" keeps the upgrade, not the title. When no
 * clause is plainer than the rest, the last one goes, as for any fragment.
 */
function shortenWhy(fragment: string): string {
  return withoutPlainClause(fragment, WHY_CLAUSE) || shorten(fragment, 'clause');
}

/** The fragment without its first clause that has no specifics, when a later one has some; '' otherwise. */
function withoutPlainClause(fragment: string, breaks: RegExp, capitalNouns = false): string {
  // Each clause with the break before it ('' for the first).
  const clauses: Array<{ before: string; text: string }> = [];
  let from = 0;
  let before = '';
  for (const m of fragment.matchAll(breaks)) {
    const at = m.index ?? 0;
    clauses.push({ before, text: fragment.slice(from, at) });
    before = m[0];
    from = at + m[0].length;
  }
  clauses.push({ before, text: fragment.slice(from) });
  if (clauses.length < 2) return '';
  // "Kev says …", "laut Albers …": the clause that names who said it is the source of the rest, worth a name more.
  const scores = clauses.map(
    (c) => specifics(c.text, capitalNouns) + (SOURCE_LED.test(c.text) || toldSomeone(c.text) ? 2 : 0),
  );
  const best = Math.max(...scores);
  // The plainest clause goes: none said at all, else the one that says least, the last of equals.
  const least = Math.min(...scores);
  const plain = least === 0 ? scores.indexOf(0) : scores.lastIndexOf(least);
  if (best === least || plain < 0 || plain === clauses.length - 1) return '';
  // "opening stores in TN, | telangana, | kerala this year": an item of a list after a comma (a word or two) is no clause
  // of its own; the clause it ends, or one it follows, goes whole or stays.
  const item = (c?: { before: string; text: string }) =>
    c !== undefined && c.before.startsWith(',') && wordCount(c.text) <= 2 && !/\d/.test(c.text);
  if (item(clauses[plain]) || item(clauses[plain + 1])) return '';
  // An item of a list after a colon is no clause of its own: the list goes whole, or stays.
  const start = clauses.slice(0, plain).reduce((n, c) => n + c.before.length + c.text.length, 0);
  if (plain > 0 && colonListAt(fragment, start) >= 0) return '';
  // "… builds the reports by hand, and it takes them two weeks": a clause that opens on a word standing for the one
  // before it cannot stand without it.
  if (LEANS_BACK.test(clauses[plain + 1]?.text ?? '')) return '';
  const kept = clauses.filter((_c, i) => i !== plain);
  const text = kept
    .map((c, i) => (i === 0 ? c.text : `${c.before}${c.text}`))
    .join('')
    .replace(LEADING_CONJUNCTION, '');
  return wordCount(text) >= 3 ? text : '';
}

/** A conjunction left opening a clause whose first clause went: "plus they had …", "außerdem wollen sie …". */
const LEADING_CONJUNCTION =
  /^(?:and(?: also)?|but|so|plus|also|und|aber|außerdem|ausserdem|zudem|y|pero|además|ademas|et|mais|en plus|e|mas|além disso|alem disso)\s+/iu;
/**
 * A clause that says whom they told what follows is led by its source as well: "er hat jens erzählt, dass die presse
 * ständig spinnt", "sie hat meinem Kollegen gesagt, dass …". Whom they told is a name (typed in lower case too, where it
 * is a first name) or someone of the rep's; a thing told to no one named ("er hat erzählt, dass …") is no source.
 */
const TOLD_SOMEONE =
  /^\s*(?:er|sie)\s+(?:hat|hatte)\s+((?:(?:meinem|unserem)\s+(?:kollegen|chef|techniker|monteur|partner|vertriebler)(?:\s+\p{L}+)?)|\p{L}+)\s+(?:erzählt|erzaehlt|gesagt|berichtet|geschrieben|erklärt|erklaert)(?![\p{L}])/iu;
function toldSomeone(clause: string): boolean {
  const whom = TOLD_SOMEONE.exec(clause)?.[1];
  if (!whom) return false;
  return /\s/u.test(whom) || /^\p{Lu}/u.test(whom) || genderOf(whom) !== '';
}
/** A clause led by who said it: "Kev says …", "Dave reckons …", "laut Albers …", "según Ana …", "d'après Marc …". */
const SOURCE_LED =
  /^\s*(?:(?:\p{Lu}[\p{L}'’-]+)(?:\s+\p{Lu}[\p{L}'’-]+)?\s+(?:says|said|reckons|reckoned|mentioned|told me|thinks|thought|meinte|meint|sagt|sagte|dice|dijo|dit|a dit|diz|disse)|(?:laut|gemäß|según|d['’]après|selon|segundo)\s+(?:Hr\.?\s+|Herrn?\s+|Fr\.?\s+|Frau\s+)?\p{Lu})(?![\p{L}])/u;

/**
 * A clause that opens on a pronoun for what came before it: "it takes them …", "this means …", "which …"; or on the
 * word that hangs it on the clause before, in any language: "et que les interventions étaient …", "dass …", "que …",
 * "genre 15% par an", "like 15% a year".
 */
// A clause that opens on its verb of cost ("…, frisst jeden Monat 2 Tage", "…, takes 2 days a week") has the clause
// before it as its subject, as one opening on "it" or "das" does.
const LEANS_BACK =
  /^\s*(?:(?:and|but|so)\s+)?(?:frisst|kostet|dauert|braucht|bindet|blockiert|takes|costs|eats|eats up|kills|prend|coûte|coute|bouffe|lleva|cuesta|toma|leva|custa|come|it|it['’]s|this|that|which|they|they['’]re|them|these|those|que|qu['’]|qui|dont|dass|welche[rsn]?|cuy[oa]s?|genre|like|about|roughly|around|environ|soit|unos|cerca de|etwa|ca\.)(?![\p{L}'’])/iu;

/** Why-them, of its sentences the one with the most specifics (the first when they tie). */
function mostSpecificSentence(fragment: string): string {
  const sentences = fragment.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
  if (sentences.length < 2) return firstSentence(fragment);
  const scores = sentences.map((x) => specifics(x));
  const at = scores.indexOf(Math.max(...scores));
  const chosen = sentences[at] ?? fragment;
  return wordCount(chosen) >= 4 ? chosen.replace(/[.!?]+$/, '') : firstSentence(fragment);
}

/** "Jordan, Voltyard (we install + run EV charging for fleets)" → "Jordan, Voltyard": the aside gone, name and company kept; '' when there is none. */
function withoutAside(who: string): string {
  const aside = /^([^()]*\p{Lu}[^()]*?)\s+\([^()]+\)$/u.exec(who);
  return aside?.[1] && wordCount(aside[1]) >= 2 && namesSomeone(aside[1]) ? aside[1].replace(/[\s,;:–—-]+$/u, '') : '';
}

/**
 * Who-I-am one clause shorter, never inside a list: "I'm Anna, AE at Sensorix, vibration sensors,
 * predictive maintenance and energy monitoring" loses the whole list, not its last items.
 */
function shortenWho(fragment: string): string {
  const aside = withoutAside(fragment);
  if (aside) return aside;
  const segments = fragment.split(/,\s+/);
  const last = segments[segments.length - 1] ?? '';
  // Where the rep is based ("I'm Euan, aberdeen based, we do POB software") is their own extra: it goes before what the
  // firm does, as withoutOwnPlace has it.
  const based = segments.findIndex(
    (x, k) =>
      k > 0 &&
      k < segments.length - 1 &&
      /^(?:[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+)?[\s-]based|based\s+(?:in|out\s+of)\s+[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+)?)$/iu.test(
        x,
      ),
  );
  if (based > 0) return segments.filter((_x, k) => k !== based).join(', ');
  if (segments.length >= 3 && /\s(?:and|&)\s/.test(last)) {
    let start = segments.length - 1;
    while (
      start > 1 &&
      wordCount(segments[start - 1] ?? '') <= 4 &&
      !/\s(?:at|with|from|for)\s\p{Lu}/u.test(segments[start - 1] ?? '')
    )
      start--;
    const kept = segments.slice(0, start).join(', ');
    if (start < segments.length - 1 && wordCount(kept) >= 3) return kept;
  }
  const cut = shorten(fragment, 'clause');
  // The company outlasts the role: "Aoife Brennan, account exec with Lee Valley Validation" is cut to "Aoife Brennan
  // with Lee Valley Validation", never to "Aoife Brennan, account exec".
  if (FIRM_AFTER.test(fragment.slice(cut.length))) {
    const role =
      /^(.*?\p{Lu}[\p{L}'’-]*),\s+(?:an?\s+)?(?:[\p{Ll}.-]+\s+){0,3}?[\p{Ll}.-]+(\s+(?:at|with|from|for)\s+\p{Lu}.*)$/u.exec(
        fragment,
      );
    if (role) return `${role[1]}${role[2]}`;
  }
  return cut;
}
const FIRM_AFTER = /^\s+(?:at|with|from|for)\s+\p{Lu}/u;

/** A word for something done to a thing: "captured", "matched", "rebuilt", "written". */
function isParticiple(word: string): boolean {
  return (
    /^\p{Ll}{3,}ed$|^\p{Ll}*(?:built|made|done|sent|kept|shown|found|paid|sold|held)$/u.test(word) ||
    lexiconTags(word).some((t) => t === 'PastTense' || t === 'Participle')
  );
}

/** One step shorter: drop the last clause, or for 'word', the last clause if any else the last word. */
function shorten(fragment: string, by: 'clause' | 'word'): string {
  const words = fragment.split(' ');
  // "that returns and exchange tickets are 45% of your volume": an "and" between a clause's first word or two and a bare
  // noun with the verb after it joins that verb's subject, and is no clause boundary ("that returns." would be left). A new
  // subject opens with a word that determines it ("and her associates are", "and that most failures were") or a name
  // ("and NIS2 is landing"), or follows a clause with its own verb ("you're charging off 3 L2s and drivers are …").
  const joinsSubject = (at: number): boolean =>
    /^ and (?!(?:the|a|an|that|this|these|those|her|his|their|your|our|my|its|it|they|we|you|i|he|she|some|most|all|each|every|no|there)\b)\p{Ll}[\p{L}\p{N}'’-]*\s+(?:[\p{L}\p{N}'’-]+\s+){0,2}(?:are|is|were|was|have|has)\b/u.test(
      fragment.slice(at),
    ) &&
    wordCount(
      fragment
        .slice(0, at)
        .split(/[,;:]|\b(?:that|which|who|said|says|mentioned)\s/u)
        .pop() ?? '',
    ) <= 2;
  // "one retail client | with 40 stores cut payroll closing …": a "with" inside a subject whose verb follows is no clause
  // boundary ("one retail client" would be left, a subject without what it did).
  const withinSubject = (at: number): boolean => SUBJECT_WITH.test(fragment.slice(at));
  const clauseBreaks = () =>
    [...fragment.matchAll(CLAUSE_BREAKS)].filter((m) => !joinsSubject(m.index ?? 0) && !withinSubject(m.index ?? 0));
  let cut = -1;
  for (const match of clauseBreaks()) {
    // Keep at least three words, so a fragment never shrinks to a stub like "I'm".
    if (match.index !== undefined && wordCount(fragment.slice(0, match.index)) >= 3) cut = match.index;
  }
  // A clause cut inside another ("… so you see | where tellers are vulnerable") leaves that one a stub
  // ("so you see"): the clause around the cut goes whole.
  for (let outer = cut; cut > 0 && outer > 0; ) {
    outer = -1;
    for (const match of fragment.slice(0, cut).matchAll(CLAUSE_BREAKS)) {
      if (match.index !== undefined && wordCount(fragment.slice(0, match.index)) >= 3) outer = match.index;
    }
    if (outer > 0 && SUBORDINATE.test(fragment.slice(outer, cut))) cut = outer;
    else break;
  }
  // A break inside a phrase ("see who's on | which site", "the phone | with geofence"?) is no clause boundary when what
  // stays ends on a word that needs more ("on", "who's"): an earlier break is taken, or none.
  const breaks = clauseBreaks()
    .map((m) => m.index ?? -1)
    .filter((at) => at >= 0 && wordCount(fragment.slice(0, at)) >= 3);
  // "the remote ones are | where we shine": a "where" after "is" or "are" is what the verb says, not a clause of its own.
  const midPhrase = (at: number) =>
    MID_PHRASE.test(fragment.slice(0, at)) ||
    (/^ where /iu.test(fragment.slice(at)) && /\s(?:is|are|was|were|be)$|['’](?:s|re)$/iu.test(fragment.slice(0, at)));
  while (cut > 0 && midPhrase(cut)) {
    const before = breaks.filter((at) => at < cut);
    cut = before[before.length - 1] ?? -1;
  }
  // "…, based in TO, work | with lots of subs": the clause the cut leaves must say more than one word, else it goes too.
  if (cut > 0) {
    const before = breaks.filter((at) => at < cut);
    const outer = before[before.length - 1];
    if (
      outer !== undefined &&
      fragment[outer] === ',' &&
      // A list ("RMA, exchanges and refunds") is cut as a list; two things done to it ("invoices, captured and matched
      // automatically") are no list: "invoices, captured" says half.
      (!/^(?:,|\s+and\s)/iu.test(fragment.slice(cut)) || isParticiple(fragment.slice(outer + 1, cut).trim())) &&
      wordCount(fragment.slice(outer + 1, cut)) <= 1
    )
      cut = outer;
  }
  let result: string;
  if (cut > 0) result = fragment.slice(0, cut);
  else if (by === 'word' && words.length > 3) result = words.slice(0, -1).join(' ');
  else return fragment;
  let previous: string;
  do {
    previous = result;
    result = result.replace(DANGLING, '').replace(/[\s,;:—–(]+$/, '');
  } while (result !== previous);
  return result;
}

/**
 * The rep's own first name with its capital when they typed it in lower case ("I'm jess, SE at…" →
 * "I'm Jess, SE at…"): the word right after "I'm" or "my name is", or leading the answer, that reads
 * as a name (a comma, "from", "at" or the end after it) and is not a role or a common word. With the
 * sender's name known, it is written as they spell it. Company names stay as typed.
 */
export function ownNameCapitalised(who: string, senderName?: string): string {
  const sender = senderName?.trim() ?? '';
  if (sender) {
    for (const part of sender.split(/\s+/)) {
      if (!/^\p{Lu}/u.test(part)) continue;
      const re = new RegExp(`(?<![\\p{L}])${escapeRegExp(part.toLowerCase())}(?![\\p{L}])`, 'gu');
      who = who.replace(re, part);
    }
  }
  const m = OWN_NAME.exec(who);
  if (!m) return who;
  const [, lead = '', name = ''] = m;
  if (
    !/^\p{Ll}/u.test(name) ||
    ROLE_WORDS_TAKING_ARTICLE.has(name) ||
    NOT_OWN_NAME.has(name) ||
    TEAMS.test(`${name} at`) ||
    // A word the lexicon holds as a person's role and never as a first name is a title: "producer @ Hale Brokers" is
    // "a producer at …", not "Producer at …" (while "tyler @ …", "noor from …" are names).
    (lexiconTags(name).includes('Actor') && /(?:er|or|ist|ant|ent|ian|eer)$/u.test(name) && !looksLikeFirstName(name))
  )
    return who;
  const at = (m.index ?? 0) + lead.length;
  return who.slice(0, at) + capitalise(name) + who.slice(at + name.length);
}

const OWN_NAME =
  /^((?:(?:hi|hey|hello)\b[^,]*,\s*)?(?:i['’]?m\s+|i am\s+|my name is\s+|my name['’]s\s+|this is\s+|it['’]?s\s+)?)(\p{Ll}[\p{Ll}'’-]+)(?=\s*(?:,|\(|[—–]|-\s|@|\bfrom\b|\bat\b|\bwith\b|\bhere\b|\band\b|$))/iu;
// Words that sit where a name would and are not one: "I'm new here", "I'm based at…", "this is sales, …".
const NOT_OWN_NAME = new Set([
  'a',
  'an',
  'the',
  'new',
  'here',
  'back',
  'based',
  'also',
  'just',
  'now',
  'currently',
  'still',
  'not',
  'only',
  'happy',
  'glad',
  'excited',
  'writing',
  'reaching',
  'working',
  'me',
  'us',
  'we',
  'our',
  'my',
  'one',
  'ops',
  'sales',
  'eng',
  'recruiting',
  'hiring',
]);

/**
 * "run flakehound on their repo", "we can get them off spreadsheets" in the value box: with nobody else
 * named before it (a customer, "6 SaaS cos", "Brookside Homes"), "their" and "them" are the prospect's,
 * and the draft says "your" and "you". A plural that only sits in a phrase ("off spreadsheets") owns nothing.
 */
function theirToYour(text: string): string {
  let out = '';
  let from = 0;
  for (const m of text.matchAll(/\b(?:their|them)\b/gi)) {
    const at = m.index ?? 0;
    out += text.slice(from, at);
    from = at + m[0].length;
    // What we offer to do ("we can model it on their bills") is done on the reader's things: only its own sentence can
    // name another owner. A claim ("We cut their churn") may be about the customers named before it.
    const sentence = out.slice(
      Math.max(0, ...[...out.matchAll(/[.!?;]\s+/g)].map((s) => (s.index ?? 0) + s[0].length)),
    );
    const scope = /^(?:we|I)\s+(?:can|could|will|would|['’]ll|['’]d)\s/i.test(sentence) ? sentence : out;
    const owner =
      /(?<![\p{L}'’])(?!(?:I|We|Our|My|It)\b)\p{Lu}[\p{L}'’-]*/u.test(scope.replace(/^\s*\p{Lu}/u, '')) ||
      pluralOwnerIn(scope);
    out += owner ? m[0] : sameCase(m[0], m[0].toLowerCase() === 'them' ? 'you' : 'your');
  }
  return out + text.slice(from);
}

const PLURAL_NOUN =
  /^(?!(?:us|its|his|this|was|has|is|yes|plus|less|across|process|access|business|always|perhaps|thus)$)\p{L}{2,}[^s'’\s]s$|^(?:they|them|people|staff|team|customers?|clients?|brands?|firms?|companies|cos)$/iu;
const PHRASE_START = /^(?:off|of|on|in|into|onto|from|to|with|without|across|over|under|through|by|via)$/i;

/** Someone plural named in `text` who could own a later "their": "6 SaaS cos", "brands", "customers". */
function pluralOwnerIn(text: string): boolean {
  const words = text.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}'’]+$/gu, ''));
  return words.some((w, i) => PLURAL_NOUN.test(w) && !PHRASE_START.test(words[i - 1] ?? ''));
}

function wordCount(text: string): number {
  const t = text.trim();
  return t === '' ? 0 : t.split(/\s+/).length;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lowerFirst(text: string): string {
  return isAcronym(text) || /^I\b/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

// Lower-case only a common word: "Your post" → "your post", but "Acme raised" stays.
const COMMON_FIRST_WORDS =
  /^(the|your|a|an|that|this|how|what|you|you're|you’re|some|our|my|his|her|their|its|free|quick|short|benchmark|data|notes|insights|results|numbers|account|sales|solutions|senior|junior|principal|staff|product|founder|co-founder|consultant|engineer|partner|enterprise|regional|growth|customer)\b/i;

function lowerFirstIfCommon(text: string): string {
  return COMMON_FIRST_WORDS.test(text) && !isAcronym(text) ? lowerFirst(text) : text;
}

function isAcronym(text: string): boolean {
  const word = text.split(/[\s,]+/)[0] ?? '';
  return word.length >= 2 && /^[A-Z0-9&]+s?$/.test(word);
}

function articleFor(text: string): 'a' | 'an' {
  const word = text.split(/[\s,]+/)[0] ?? '';
  // Acronyms are read letter by letter: "an SDR", "an AE", but "a BDR".
  // Numbers are read aloud: "an 8-minute call", "an 18-month study", but "a 15-minute call".
  if (/^\d/.test(word)) return /^(8|11(?!\d)|18(?!\d))/.test(word) ? 'an' : 'a';
  if (isAcronym(word)) return /^[AEFHILMNORSX]/.test(word) ? 'an' : 'a';
  // A "u" sounds as a vowel before two consonants ("an underwriter", "an umbrella", "an upsell") and as "you" before
  // one ("a user", "a unit", "a utility").
  return /^(?:[aeio]|u[b-df-hj-np-tv-z]{2})/i.test(word) ? 'an' : 'a';
}

const HONORIFICS = /^(dr|mr|mrs|ms|miss|mx|prof|sir|dame)\.?$/i;

/** The name a greeting uses: "Dr. Jane Doe" → "Jane"; "" when there is no usable name. */
export function firstNameOf(name: string): string {
  const words = name
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '' && !HONORIFICS.test(w));
  // Skip initials ("J. Robert Smith" is greeted as Robert).
  const word = words.find((w) => !/^\p{L}\.?$/u.test(w)) ?? words[0] ?? '';
  const first = word.replace(/[,;:.!?]+$/, '');
  return first === first.toLowerCase() ? capitalise(first) : first;
}

/** FNV-1a, 32-bit: a stable, fast hash for picking phrasings; not for security. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A variant 0…count-1, decided by the seed and a per-decision salt, so decisions vary independently. */
export function pick(seed: number, salt: string, count: number): number {
  return stableHash(`${seed}:${salt}`) % count;
}

export type Draft =
  | { kind: 'draft'; lang: string; text: string }
  | { kind: 'write_yourself'; lang: string; message: string };

/** What the rep is told when their answers are in a language the composer does not write. */
export function writeItYourselfMessage(lang: string): string {
  return `Your answers look like they are in a language I can't write drafts in yet (${lang}). Write this one yourself: a mixed-language draft would read worse than none.`;
}

/**
 * The draft in the language of the rep's answers: English, German, Spanish, French or Portuguese;
 * for any other language, no draft but a note asking the rep to write it themselves, because a draft
 * that splices their words into English frames cannot be sent.
 */
export function draftMessage(typedAnswers: DraftAnswers): Draft {
  // Headlines, signature blocks, Slack markup, bare links, capitals and bullets: the facts, not the furniture.
  const answers = readAnswers(typedAnswers);
  const typed = [answers.whoIAm, answers.howKnown ?? '', answers.whyYou, answers.whatsInIt, answers.ask].join('. ');
  const whole = detectLanguage(typed);
  const oneByOne =
    whole.lang === 'und'
      ? answersOneByOne([answers.whoIAm, answers.howKnown ?? '', answers.whyYou, answers.whatsInIt, answers.ask])
      : undefined;
  const guess = oneByOne ? { lang: oneByOne, supported: true, confident: true } : whole;
  // An ask that is only a closing and the rep's name ("Cheers, Ali", "Cordialement, Kevin") asks nothing (readAnswers
  // leaves no ask of it) but signs the draft, as the composer signs with the sender's name: "– Ali" in a connection
  // note, "Cordialement,\nKevin" below a message; never over the channel's limit, nor twice.
  const closing = closingSignOff(typedAnswers.ask, typedAnswers.whoIAm, typedAnswers.senderName);
  const signed = (text: string): string => {
    if (!closing || (typedAnswers.senderName?.trim() && guess.lang === 'en')) return text;
    const out =
      typedAnswers.channel === 'linkedin_connection_note'
        ? `${text} – ${closing.name}`
        : `${text}\n\n${closing.closing},\n${closing.name}`;
    const limit = CHANNEL_LIMITS[typedAnswers.channel];
    return limit !== null && out.length > limit ? text : out;
  };
  if (guess.lang === 'en' || guess.lang === 'und' || (!guess.confident && !guess.supported))
    return { kind: 'draft', lang: 'en', text: signed(composeDraft(answers)) };
  if (isFramedLang(guess.lang))
    return {
      kind: 'draft',
      lang: guess.lang,
      text: signed(
        (({ answers: cased, finish }) => finish(composeFramed(guess.lang as FramedLang, cased)))(
          namesTypedLower(guess.lang, answers),
        ),
      ),
    };
  return { kind: 'write_yourself', lang: guess.lang, message: writeItYourselfMessage(guess.lang) };
}

/**
 * Who-I-am without whom the rep is writing to: "Tyler from Listhaus reaching out to Jennifer Alvarez!!", "…, emailing
 * Sandra Whitaker". The draft is to them; saying so by name reads as a mail merge.
 */
function withoutAddressee(who: string, prospectName: string): string {
  const names = [prospectName.trim(), firstNameOf(prospectName)].filter((n) => n.length >= 2).map(escapeRegExp);
  if (names.length === 0) return who;
  return who.replace(
    new RegExp(
      String.raw`[,;:\s–—-]*\b(?:(?:reaching|writing|getting) out to|(?:writing|talking|speaking) to|emailing|messaging|contacting)\s+(?:${names.join('|')})(?![\p{L}])`,
      'giu',
    ),
    '',
  );
}

/** The pronoun each framed language's toYou turns into the formal "you". */
const THIRD_PERSON: Record<FramedLang, string> = { de: 'er', es: 'él', fr: 'il', pt: 'ele' };

/**
 * Their name as the subject of a clause is them, as "she" or "he" is: the pronoun the frames turn into "you".
 * Their surname after a title ("la Lic. Orozco publicó …", "o Eng. Carvalho publicou …", "Frau Weiss hat …"),
 * their first name with or without an article or a title ("don Andrés publicó …", "o Rui disse …",
 * "qu'Isabelle veut …", "martina hat erzählt …", typed in lower case), and their surname alone ("Pichler hat im
 * Interview gesagt …"), unless their company bears it ("Hofmann sucht …" to Klaus Hofmann of Hofmann
 * Spedition is the company: surnameCompanyAsYours). After a preposition or a referrer's verb it is the object pronoun
 * ("mit Frau Weiss" → "mit ihm" → "mit Ihnen", "indicou o Thiago" → "indicou você"). Returns the rewrite for one
 * draft's answers.
 */
function prospectNamedAsPronoun(lang: FramedLang, prospectName: string, company: string): (text: string) => string {
  const words = prospectName
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '' && !HONORIFICS.test(w));
  const first = words[0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1] ?? '') : '';
  const companyBears = (name: string) =>
    name.length >= 3 && new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'iu').test(company);
  // Typed in a hurry, a name may start in lower case ("martina hat …"); the word after it may not start in upper case.
  const bare = [first, last].filter((n) => n.length >= 3 && !companyBears(n));
  const names = [
    ...(first.length >= 2 && last.length >= 2 ? [`(?:${anyCase([first])})\\s+(?:${anyCase([last])})`] : []),
    ...bare.map((n) => anyCase([n])),
  ];
  // A surname after a title is them even where their company bears it: "Frau Weiss hat …".
  const titled = last.length >= 2 ? [`${TITLE_WORDS}(?:${anyCase([last])})`] : [];
  if (names.length === 0 && titled.length === 0) return (text) => text;
  // As the subject, a verb after it; after a preposition it is the object below ("mit Frau Weiss gesprochen"), and after
  // other words it stays as typed ("conocí a la Lic. Orozco"). Compiled once a draft, for each of its answers.
  const subject = new RegExp(
    String.raw`(^|[.!?]\s+)?(?<![\p{L}])(?<!\b(?:mit|von|für|bei|zu|an|a|à|al|con|de|del|com|da|do|avec|par|pour|para|por|chez)\s+)(?:${[...titled, ...names.map((n) => `${ARTICLE_OR_TITLE}${n}`)].join('|')})(?![\p{L}'’-])(?=\s+(?!(?:y|e|o|u|et|ou|und|oder|de|del|da|do|en|a|al|à|au|mit|que|qui|von|zu|für|para|por|com|na|no|em|sur|avec|dans|la|le|les|el|los|das|der|die|den|dem|um|uma|un|una|une)(?![\p{L}]))\p{Ll})`,
    'gu',
  );
  // After a preposition, or as whom a referrer pointed the rep to, it is the pronoun the frames turn into "you":
  // "mit Frau Weiss gesprochen" → "mit ihm" → "mit Ihnen", "do Thiago" → "dele", "a Bruna indicou o Thiago" → "indicou
  // ele" → "indicou você", "m'a parlé de Marc" → "de lui" → "de vous".
  const object = new RegExp(
    String.raw`(?<![\p{L}])(${OBJECT_BEFORE[lang]})\s+${ARTICLE_OR_TITLE}(?:${[...titled, ...names].join('|')})(?![\p{L}'’-])`,
    'gu',
  );
  // German's genitive of their name before a noun ("kims QC-labor", "Seidels Team") is their possessive: "ihr", which the
  // frames turn into "Ihr"; "ihre" before a noun whose ending says feminine or plural ("Kims Firma", "Kims Geräte").
  const genitive =
    lang === 'de' && names.length > 0
      ? new RegExp(
          String.raw`(?<![\p{L}])(?:${[first, last]
            .filter((n) => n.length >= 2)
            .map((n) => anyCase([n]))
            .join('|')})s(?=\s+(?:\p{Lu}{2,}[-\s])?(\p{L}[\p{L}-]*))`,
          'gu',
        )
      : null;
  // The object first: in "mit Frau Weiss gesprochen" the surname after the title is no subject.
  return (text) =>
    (genitive
      ? text.replace(genitive, (_m, noun: string) =>
          /(?:e|ung|heit|keit|ion|tät|schaft|ik|ie|en)$/iu.test(noun.replace(/^.*-/u, '')) &&
          !/(?:chen|lein)$/iu.test(noun)
            ? 'ihre'
            : 'ihr',
        )
      : text
    )
      .replace(object, (_m, before: string) => objectPronoun(lang, before))
      .replace(subject, (_m, start: string | undefined) =>
        start !== undefined ? `${start}${capitalise(THIRD_PERSON[lang])}` : THIRD_PERSON[lang],
      );
}

/**
 * Spanish and Portuguese speak of the one they write to by an honorific title ("la ingeniera ve seguridad en el tajo",
 * "o doutor cuida das compras"): as the subject of a clause, with no name after it, the title is them, the pronoun the
 * frames turn into "usted", "você" ("Usted ve seguridad en el tajo"). A title with a name ("la ingeniera Pérez"), a
 * place or a kind after it ("el ingeniero de planta", "el ingeniero jefe", "o engenheiro civil") or after a preposition
 * ("hablé con el ingeniero") is someone else, or not a subject, and stays as typed. So is the titled one anywhere the
 * answer could mean someone else: in how the rep knows them (a referrer, the rep's boss), before a name in any case
 * ("el doctor ruiz", "o dr. paulo"), with what a referrer does to the rep ("nos presentó", "me pasó su contacto", "me
 * indicou", "pediu para eu …"), in an answer that already says "usted"/"você" to them, and where the title's gender or
 * their role does not fit the reader (a "doctora" to Carlos, a "licenciado" to a Gerente General).
 */
const HONORIFIC_SUBJECT: Partial<Record<FramedLang, RegExp>> = {
  es: /(^|[.!?;]\s+|,\s+)([Ee]l|[Ll]a)\s+(ingenier[oa]|inge|licenciad[oa]|doctora?)(?=\s+(?!(?:de|del|que|y|o|en|a|al|con|para|por|jefe|jefa|residente|general|civil|industrial|mec[áa]nic[oa]|el[ée]ctric[oa]|qu[íi]mic[oa]|de\s+turno|senior|junior|nuev[oa]|anterior|encargad[oa])(?![\p{L}]))(\p{Ll}+)(?![\p{L}]))/gu,
  pt: /(^|[.!?;]\s+|,\s+)([OoAa])\s+(engenheir[oa]|doutora?|dr\.?|dra\.?)(?=\s+(?!(?:de|do|da|que|e|ou|em|no|na|com|para|por|chefe|residente|geral|civil|industrial|mec[âa]nic[oa]|el[ée]tric[oa]|qu[íi]mic[oa]|novo|nova|anterior|respons[áa]vel)(?![\p{L}]))(\p{Ll}+)(?![\p{L}]))/gu,
};
/** The third person's finite verb after the title: anything else there ("ruiz", "paulo") is a name, or no subject's. */
const HONORIFIC_VERB: Partial<Record<FramedLang, RegExp>> = {
  es: /^(?:\p{Ll}+(?:[aeó]|aba|ía)|es|está|ha|va|ve|da|fue|dio|vio|hizo|dijo|tuvo|puso|quiso|pudo|vino)$/u,
  pt: /^(?:\p{Ll}+(?:[ae]|ou|eu|iu)|é|está|tem|vem|faz|diz|quer|fez|disse|pôs|vai|vê|dá|foi|teve|pode|viu)$/u,
};
/** What a referrer or the rep's boss does to the rep: after it the titled one is them, not the reader. */
const HONORIFIC_REFERRER =
  /^(?:me|nos|lhe|te)$|^(?:present[óo]u?|pas[óo]|recomend[óo]u?|refiri[óo]|mand[óo]u?|indicou|apresentou|passou|pediu|contact[óo]|conect[óo]|sugiri[óo]|sugeriu|quiere|quer)$/u;
/** A role that carries the title: "Ingeniera de Procesos", "Médico jefe", "Lic. en Administración". */
const HONORIFIC_ROLE: Record<string, RegExp> = {
  ing: /ingenier|engenheir|(?<![\p{L}])(?:ing|eng)\.?(?![\p{L}])/iu,
  doc: /m[ée]dic|doctor|doutor|(?<![\p{L}])dra?\.?(?![\p{L}])|cirujan|cirurgi|dentist|odont|veterin/iu,
  lic: /licenciad|(?<![\p{L}])lic\.?(?![\p{L}])/iu,
};
function honorificAsPronoun(lang: FramedLang, text: string, prospectName: string, role: string): string {
  const re = HONORIFIC_SUBJECT[lang];
  const verb = HONORIFIC_VERB[lang];
  if (!re || !verb) return text;
  // Already "usted"/"você" to them: the titled one is someone else ("la ingeniera nos dijo que usted ve …").
  if (/(?<![\p{L}])(?:usted|ustedes|você|vocês|vc)(?![\p{L}])/iu.test(text)) return text;
  const first =
    prospectName
      .trim()
      .split(/\s+/u)
      .find((w) => !HONORIFICS.test(w)) ?? '';
  // A name the lists do not know goes by its Romance ending ("Renato", "Lucía"); with neither, the title stays.
  const gender = genderOf(first) || (/[aá]$/iu.test(first) ? 'f' : /os?$/iu.test(first) ? 'm' : '');
  if (gender === '') return text;
  return text.replace(re, (m, start: string, article: string, title: string, next: string) => {
    const female = /^(?:la|a)$/iu.test(article);
    const kind = /^(?:ing|eng)/iu.test(title) ? 'ing' : /^lic/iu.test(title) ? 'lic' : 'doc';
    if (
      (female ? 'f' : 'm') !== gender ||
      (role.trim() !== '' && !(HONORIFIC_ROLE[kind] as RegExp).test(role)) ||
      !verb.test(next) ||
      HONORIFIC_REFERRER.test(next) ||
      genderOf(next) !== ''
    )
      return m;
    return start === '' || /[.!?]\s*$/u.test(start)
      ? `${start}${capitalise(THIRD_PERSON[lang])}`
      : `${start}${THIRD_PERSON[lang]}`;
  });
}

/** Prepositions, and referrers' verbs, after which a framed language's name is its object. */
const OBJECT_BEFORE: Record<FramedLang, string> = {
  de: anyCase(['mit', 'von', 'bei', 'zu', 'nach', 'für', 'über']),
  es: anyCase(['con', 'de', 'para', 'sobre']),
  fr: anyCase(['avec', 'pour', 'chez', 'sur', 'de', 'à']),
  pt: anyCase([
    'com',
    'para',
    'pra',
    'sobre',
    'do',
    'da',
    'de',
    'indicou',
    'recomendou',
    'mencionou',
    'sugeriu',
    'citou',
  ]),
};

/** The third-person object the frames' toYou turns into "you" ("ihm" → "Ihnen", "de él" → "de usted"). */
function objectPronoun(lang: FramedLang, before: string): string {
  const b = before.toLowerCase();
  if (lang === 'de') return `${before} ${b === 'für' || b === 'über' ? 'ihn' : 'ihm'}`;
  if (lang === 'es') return `${before} él`;
  if (lang === 'fr') return `${before} lui`;
  if (b === 'do' || b === 'da' || b === 'de') return `${before.charAt(0)}ele`;
  return `${before} ele`;
}

/** Words as a pattern whose first letter may be in either case: typed in a hurry, "frau weiss", "don andrés". */
function anyCase(words: readonly string[]): string {
  return words
    .map((w) => `[${w.charAt(0).toUpperCase()}${w.charAt(0).toLowerCase()}]${escapeRegExp(w.slice(1))}`)
    .join('|');
}

/** What may stand before their name said of them: an article ("o Rui", "la Marta") or a title ("don Andrés"), or both. */
const ARTICLE = String.raw`(?:(?:${anyCase(['el', 'la', 'los', 'o', 'a', 'der', 'die', 'le'])})\s+)?`;
const TITLES = String.raw`(?:${anyCase(['Lic', 'Licda', 'Ing', 'Inga', 'Dr', 'Dra', 'Sr', 'Sra', 'Srta', 'Eng', 'Engª', 'Prof', 'Profa', 'Herr', 'Frau', 'M', 'Mme', 'Mlle', 'Monsieur', 'Madame', 'Don', 'Doña', 'Dom', 'Dona'])})\.?\s+`;
const ARTICLE_OR_TITLE = `${ARTICLE}(?:${TITLES})?`;
const TITLE_WORDS = `${ARTICLE}${TITLES}`;

/**
 * A title typed straight before the firm, without the word between: "tecnico comercial Texmaq Norte" is "tecnico comercial
 * da Texmaq Norte", "ejecutivo de cuentas Rutamax" "… de Rutamax", "commercial Horaro" "… chez Horaro", "Vertrieb Klarfakt"
 * "… bei Klarfakt". Only a title (a word for what someone does) and a capitalised name right after it; a capitalised
 * department before the firm ("diretor Comercial, Texmaq Norte") is left as typed.
 */
function roleAtFirm(lang: FramedLang, who: string): string {
  const at = { pt: 'da', es: 'de', fr: 'chez', de: 'bei' }[lang];
  return who.replace(
    /^((?:[\p{Ll}-]+\s+){0,3}?(?:t[ée]cnic[oa]|comercial|commercial|gerente|diretor[a]?|director[a]?|executiv[oa]|ejecutiv[oa]|consultor[a]?|vendedor[a]?|ingenier[oa]|engenheir[oa]|representante|représentant[e]?|responsable|responsável|vertrieb|berater(?:in)?|leiter(?:in)?|account manager|key account|sales|de contas|de cuentas|de cuenta))\s+(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,2})(?=\s*[,.(]|$)(?!\s*,\s*\p{Lu})/u,
    (_m, role: string, firm: string) => `${role} ${at} ${firm}`,
  );
}

/**
 * "comercial slotea (consultoria wms y slotting)": a title and, straight after it in lower case, one word that says no
 * more of the title (not "senior", "externo", …) before its aside or a comma, is the firm, named as a firm is ("comercial
 * en Slotea").
 */
function roleAtLowerFirm(lang: FramedLang, who: string): string {
  if (lang !== 'es' && lang !== 'pt') return who;
  const at = lang === 'es' ? 'en' : 'na';
  const capitalised = (firm: string) => firm.replace(/(?<![\p{L}])\p{Ll}/gu, (c) => c.toUpperCase());
  return (
    who
      .replace(
        /^((?:\p{Lu}[\p{Ll}-]+,\s+)?(?:t[ée]cnic[oa]\s+)?(?:comercial|consultor[a]?|vendedor[a]?|ejecutiv[oa]|executiv[oa]|representante|gerente))\s+(\p{Ll}{3,})(?=\s*(?:\(|,|$))/u,
        (m, role: string, firm: string) => (ROLE_QUALIFIER.test(firm) ? m : `${role} ${at} ${capitalised(firm)}`),
      )
      // "director comercial granix logistica. diseñamos …": a title, then in lower case up to three words of which one
      // only a firm's name has, is the title at that firm ("director comercial en Granix Logistica").
      .replace(
        new RegExp(
          String.raw`^((?:\p{Lu}[\p{Ll}-]+,\s+)?(?:director[a]?|diretor[a]?|gerente|ejecutiv[oa]|executiv[oa]|jef[ea]|vendedor[a]?|consultor[a]?|representante|comercial|asesor[a]?|coordinador[a]?|responsable)(?:\s+(?:comercial|general|regional|t[ée]cnic[oa]|de ventas|de vendas|de cuentas|de contas|de operaciones|de operações))?)\s+((?:(?!(?:de|da|do|del|en|na|no|con|com|para)\s)\p{Ll}[\p{Ll}\p{N}&.'’-]*\s+){0,2}${ES_FIRM_WORD}(?:\s+\p{Ll}[\p{Ll}\p{N}&.'’-]*)?)(?=\s*(?:[(,.;:]|\s[–—-]|$))`,
          'u',
        ),
        (_m, role: string, firm: string) => `${role} ${at} ${capitalised(firm)}`,
      )
  );
}
/** Words that say more of a title: "comercial senior", "gerente regional", "vendedor externo". */
const ROLE_QUALIFIER =
  /^(?:senior|sénior|junior|júnior|jefe|jefa|regional|nacional|externo|externa|interno|interna|autónomo|autónoma|autonomo|freelance|técnico|técnica|tecnico|tecnica|comercial|industrial|digital|general|adjunto|adjunta|zona|sénior|pleno|plena|de|da|do|en|na|no|para|con|com)$/u;

/**
 * A why-you in Spanish, French or Portuguese that is only a guess at fit or interest ("es del sector, encaja con nuestro
 * cliente tipo", "office manager dans une boite tech, ça peut l'intéresser", "é do setor, pode interessar"): nothing seen
 * of them, said in the third person or as a fragment. As in English, it falls back on their role and company, to them:
 * "Le escribo porque es responsable de calidad en Levante Fruit Export.", "Je vous écris car vous êtes office manager
 * chez Vinea Software.", "Escrevo porque você é coordenadora de logística na RodoSul Cargas." Every clause must be such a
 * guess or their role: one fact beside it ("es del sector, abren planta en Murcia") keeps the answer as typed. '' when
 * it is not so, or their role is not known.
 */
const FRAMED_WEAK_WHY: Partial<Record<FramedLang, RegExp>> = {
  es: /^(?:(?:es|esta)\s+(?:del|de|en el)\s+(?:sector|rubro|gremio|ramo)|encaja\s+(?:bien\s+)?(?:con|en)\s+(?:nuestro|el|su)\s+(?:cliente|perfil|target)(?:\s+(?:tipo|ideal|objetivo))?|(?:es\s+)?(?:un\s+)?(?:buen|perfil)\s+(?:perfil|ideal|perfecto)|(?:es\s+)?(?:nuestro\s+)?cliente\s+(?:tipo|ideal|objetivo)|(?:le|te)\s+puede\s+interesar|puede\s+(?:que\s+le\s+)?interes(?:ar|e)le?|(?:seguro|quizas|quiza|igual)\s+le\s+interesa)$/u,
  fr: /^(?:(?:ca|cela)\s+(?:peut|pourrait)\s+(?:l'|lui\s+|vous\s+|t'|te\s+)?(?:interesser|parler)|(?:c'est\s+|est\s+)?(?:du\s+secteur|du\s+metier)|(?:bon|profil)\s+(?:profil|ideal|type|parfait)|correspond\s+a\s+(?:notre|nos|la)\s+(?:cible|clients?\s+types?|persona)|(?:dans|fait\s+partie\s+de)\s+(?:notre|la)\s+cible)$/u,
  pt: /^(?:(?:e|ta|esta)\s+do\s+(?:setor|ramo|segmento)|(?:pode|deve)\s+(?:se\s+)?interessar|(?:bom\s+)?perfil\s+(?:ideal|certo|perfeito)|encaixa\s+(?:bem\s+)?(?:no|com\s+o)\s+(?:nosso\s+)?(?:perfil|cliente)(?:\s+ideal)?|(?:e\s+)?(?:nosso\s+)?cliente\s+ideal)$/u,
};
const plainFolded = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’]/gu, "'").replace(/\s+/gu, ' ').trim();
function framedWhyByRole(
  lang: FramedLang,
  why: string,
  role: string,
  company: string,
  prospectName: string,
  casual: boolean,
): string {
  const weak = FRAMED_WEAK_WHY[lang];
  const r = plainFolded(role);
  if (!weak || r === '') return '';
  const clauses = plainFolded(why)
    .split(/\s*[,;]\s*|\s+[-–—]\s+|\s+(?:y|et|e)\s+(?=(?:ca|cela|le|te|pode|deve|encaja|encaixa|puede)\s)/u)
    .map((c) => c.replace(/[.!]+$/u, '').trim())
    .filter((c) => c !== '');
  if (clauses.length === 0 || !clauses.some((c) => weak.test(c))) return '';
  if (!clauses.every((c) => weak.test(c) || c.includes(r))) return '';
  // The role in lower case ("Responsable de Calidad" → "responsable de calidad"); an acronym ("CEO", "DRH") as typed.
  const said = role
    .trim()
    .split(/\s+/u)
    .map((w) => (/^\p{Lu}\p{Ll}/u.test(w) ? w.toLowerCase() : w))
    .join(' ');
  // "Haddad Logística" to Omar Haddad: the draft names the reader only in its greeting.
  const surname = prospectName.trim().split(/\s+/).slice(1).pop() ?? '';
  const named =
    surname.length >= 2 && new RegExp(`(?<![\\p{L}])${escapeRegExp(surname)}(?![\\p{L}])`, 'iu').test(company);
  const at = company.trim() && !named ? company.trim() : '';
  if (lang === 'es')
    return casual
      ? `Te escribo porque eres ${said}${at ? ` en ${at}` : ''}`
      : `Le escribo porque es ${said}${at ? ` en ${at}` : ''}`;
  if (lang === 'fr')
    return casual
      ? `Je t'écris car tu es ${said}${at ? ` chez ${at}` : ''}`
      : `Je vous écris car vous êtes ${said}${at ? ` chez ${at}` : ''}`;
  return `Escrevo porque você é ${said}${at ? ` na ${at}` : ''}`;
}

/**
 * Who-I-am typed as a name, a dash and a firm ("camille roux - bureaux volants, aménagement …", "Santiago Rincón -
 * Nomiflex", "rafael nogueira - rotalink, telemetria …"): the dash is a note's, and a letter says whose the rep is: "Je
 * suis Camille Roux, de bureaux volants, …", "Soy Santiago Rincón, de Nomiflex", "Sou Rafael Nogueira, da rotalink, …".
 * Only one or two words before the dash, and after it a firm: a role there ("Camille - chargée d'affaires chez …",
 * "Lucía - comercial en …") or a preposition of its own keeps the dash's place as a comma. The name's and firm's case
 * stay as typed.
 */
const FRAMED_ROLE_WORD =
  /^(?:comercial|commercial|commerciale|vendedora?|gerente|directeur|directrice|directora?|diretora?|responsable|respons[aá]vel|consultora?|consultante?|ceo|cto|coo|cfo|cmo|fundadora?|fondat(?:eur|rice)|co-?fondat\p{L}*|co-?fundador\p{L}*|cofundador\p{L}*|ingeniera?|ing[ée]nieure?|engenheira?|charg[ée]e?|account|sales|sdr|bdr|ae|key|asesora?|technicien(?:ne)?|t[ée]cnic[oa]|analista|analyste|jef[ea]|chef|head|lead|manager|repr[ée]sentante?|representante|executive|ejecutiv[oa]|executiv[oa]|socia?|s[óo]ci[oa]|associ[ée]e?|partner|dueñ[oa]|propriet[áa]ri[oa]|g[ée]rante?|coordinador[a]?|coordenador[a]?|coordinat(?:eur|rice)|especialista|sp[ée]cialiste|consejer[oa]|agente?)(?![\p{L}])/iu;
function nameDashFirm(lang: FramedLang, who: string): string {
  if (lang === 'de') return who;
  const m = /^((?:(?:soy|sou|je suis)\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)\s+[-–—]\s+([^,;:()]+)/iu.exec(who);
  if (!m) return who;
  const after = (m[2] ?? '').trim();
  if (
    FRAMED_ROLE_WORD.test(after) ||
    /(?<![\p{L}])(?:chez|en|de|del|da|do|na|no|em|at|@|pour|para|pra|à|a)(?![\p{L}'’])/iu.test(after) ||
    after.split(/\s+/u).length > 3
  )
    return who;
  const name = m[1] ?? '';
  return `${name}, ${lang === 'pt' ? 'da' : 'de'} ${who.slice(name.length).replace(/^\s+[-–—]\s+/u, '')}`;
}

/**
 * A clause of the value telling what the reader then knows or can do, as typed of them ("danach weiss sie ob …") or to
 * them ("danach wissen Sie, ob …", "damit Sie …").
 */
const DE_READER_GAINS =
  /(?<![\p{L}])(?:(?:wissen|weiss|weiß|sehen|sieht|können|koennen|kann)\s+(?:Sie|sie|er)|(?:damit|so\s+dass|sodass)\s+(?:Sie|sie|er))(?![\p{L}])/u;
/** Where a trailing phrase of cause opens: "… stillstand hatte | wegen der steuerung". */
const DE_CAUSE_PHRASE = /\s(?=wegen\s+(?:der|des|dem|den|einer|eines)\s)/gu;
/** "Timo, Vertrieb bei Hanse Retrofit Technik Bremen" → "Timo von Hanse Retrofit Technik Bremen": the role given up. */
function deRoleOff(who: string): string {
  const m = /^(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?),\s+\p{L}[\p{L}\s-]{1,40}?\s+bei\s+(\p{Lu}[^,;()]*)$/u.exec(who);
  return m ? `${m[1]} von ${m[2]}` : who;
}

function composeFramed(lang: FramedLang, answers: DraftAnswers): string {
  const typed = [answers.whoIAm, answers.howKnown ?? '', answers.whyYou, answers.whatsInIt, answers.ask];
  const people = peopleNamed(typed, answers.prospectName);
  const tidy = (text: string) =>
    tidyAnswer(text, { people, lang })
      .replace(/[\s.,;:!…]+$/u, '')
      .trim();
  const named = prospectNamedAsPronoun(lang, answers.prospectName, answers.company ?? '');
  // Not in how the rep knows them: a title there is the referrer's, or the rep's boss's (honorificAsPronoun).
  const titled = (text: string) => honorificAsPronoun(lang, text, answers.prospectName, answers.role ?? '');
  // Opening why them, the title turned "you" keeps what the rep saw: "Vi que a doutora cuida do CME" is "Vi que você
  // cuida do CME", never a bare "Você cuida do CME", which says no more where it was seen.
  const titledWhy = (text: string) => {
    const t = titled(text);
    return t !== text && /^(?:Él|Ele)(?![\p{L}])/u.test(t) ? `vi que ${t.charAt(0).toLowerCase()}${t.slice(1)}` : t;
  };
  // A note on how to address them ("er ist per du") decides the register and goes before anything is cut around it.
  const raw = registerApplied(lang, {
    channel: answers.channel,
    prospectFirstName: firstNameOf(answers.prospectName),
    company: senderCompany(answers.whoIAm),
    role: answers.role ?? '',
    whoIAm: (lang === 'de' ? deWhoCased : (who: string) => who)(
      roleAtLowerFirm(lang, roleAtFirm(lang, nameDashFirm(lang, tidy(answers.whoIAm)))),
    ),
    howKnown: tidy(named(answers.howKnown ?? '')),
    whyYou: bareOrgAsYours(
      lang,
      surnameCompanyAsYours(lang, tidy(titledWhy(named(answers.whyYou))), answers.company ?? '', answers.prospectName),
      answers.company ?? '',
      answers.role ?? '',
    ),
    whatsInIt: tidy(titled(named(answers.whatsInIt))),
    ask: firstAsk(tidy(titled(named(answers.ask)))),
    tight: false as boolean,
  });
  if (repeats(raw.howKnown, raw.whyYou)) raw.howKnown = '';
  const byRole = framedWhyByRole(
    lang,
    raw.whyYou,
    answers.role ?? '',
    answers.company ?? '',
    answers.prospectName,
    (raw as { casual?: boolean }).casual ?? false,
  );
  if (byRole) raw.whyYou = byRole;
  // In a connection note the offer to show how ("…, et je peux vous montrer comment", "Gern zeige ich Ihnen, wie.")
  // says nothing the rep typed: over the limit, once no answer has a clause left to give, it goes before the greeting
  // or the ask is cut, where the claim keeps a figure of its own ("en 10 semaines au lieu de 16") to be the reader's
  // gain. A claim without one, or a peer's result ("Un exemple : …", "Chez Thomas les managers ont gagné …"), is
  // offered only by it, and keeps it.
  let showHowOff = false;
  // Over a hard limit the composer's own offer frame is said shorter (see leanFrame) before the rep's words go.
  let lean = false;
  const partsOf = () => {
    const p = framedParts(lang, raw);
    const what = showHowOff ? withoutShowHow(lang, p.what) : p.what;
    return { ...p, what: lean ? leanFrame(lang, what) : what };
  };
  // What the layout makes of the ask ("la semaine pro" → "la semaine prochaine"), to find it at the note's end.
  const laidAsk = (ask: string) => (lang === 'de' ? deDassComma(ask) : lang === 'fr' ? frSpoken(ask) : ask);
  // German's comma before "dass" and Québec's spoken words written out count towards the limit: both are set as the
  // text is laid out.
  const layout = (p: ReturnType<typeof framedParts>, withGreeting: boolean): string =>
    lang === 'de'
      ? deDassComma(laidOut(p, withGreeting))
      : lang === 'fr'
        ? frSpoken(laidOut(p, withGreeting))
        : laidOut(p, withGreeting);
  function laidOut(p: ReturnType<typeof framedParts>, withGreeting: boolean): string {
    // After "Hallo Katrin," or "Bonjour Élise," the letter goes on in lower case: "ich bin …", "je suis …", and on one
    // line after "Olá, Rui," or "Hola, Paula,": "sou …", "soy …".
    const onAfterComma = (text: string) =>
      /^(?:Ich|Je|J['’]|Wir|Nous|Sou|Soy|Somos|Eu sou|Yo soy|Me llamo|Me chamo)(?![\p{L}])/u.test(text)
        ? text.charAt(0).toLowerCase() + text.slice(1)
        : text;
    if (answers.channel === 'linkedin_connection_note') {
      const [head = '', ...rest] = [p.who, p.known, p.why, p.what, p.ask].filter((x) => x !== '');
      return [
        withGreeting ? p.greeting : '',
        withGreeting && p.greeting.endsWith(',') ? onAfterComma(head) : head,
        ...rest,
      ]
        .filter((x) => x !== '')
        .join(' ');
    }
    const opening = [p.who, p.known, p.why].filter((x) => x !== '').join(' ');
    const paragraphs = [
      p.greeting,
      lang === 'de' ? onAfterComma(opening) : opening,
      [p.what, p.ask].filter((x) => x !== '').join(' '),
    ];
    return paragraphs.filter((x) => x !== '').join('\n\n');
  }
  const limit = CHANNEL_LIMITS[answers.channel];
  // How-you-know naming their own words ("son post sur les délestages de mai") and a peer's result in the value ("conso
  // gasoil divisée par 2") are what a note over the limit keeps where it can: the note is fitted keeping them, and where
  // either still goes in the end (or the hook costs why-them what was said), fitted again as before, so no other part
  // gives words for nothing.
  const typedRaw = { ...raw };
  const ownWords =
    !REFERRED.test(raw.howKnown) &&
    !MET_IN_PERSON.test(raw.howKnown) &&
    THEIR_OWN_WORDS[lang].test(raw.howKnown) &&
    wordCount(raw.howKnown) >= 4 &&
    // A German note keeps their own post as its hook even where why-them names its topic ("sein post zum smart meter
    // rollout" beside "… 20% rollout schaffen"): the cuts take why-them's clauses and the rep's extras first.
    (lang === 'de' || !topicTold(raw.howKnown, raw.whyYou));
  const hadResult = RESULT_CHANGE.test(raw.whatsInIt);
  const trials: Array<[boolean, boolean]> = [
    [true, true],
    [true, false],
    [false, true],
  ];
  const cuts = new Map<string, string>();
  for (const [ownHook, spareResult] of trials) {
    if ((ownHook && !ownWords) || (spareResult && !hadResult)) continue;
    const out = fitAll(ownHook, spareResult);
    if ((!ownHook || raw.howKnown !== '') && (!spareResult || RESULT_CHANGE.test(raw.whatsInIt))) return out;
  }
  return fitAll(false, false);
  function fitAll(ownHook: boolean, spareResult: boolean): string {
    Object.assign(raw, typedRaw);
    showHowOff = false;
    lean = false;
    let text = layout(partsOf(), true);
    // Over the limit: how you know them goes first, then trailing clauses of the longest answers, the
    // ask last; the greeting only when nothing else is left to give.
    // A referral ("c'est Thomas … qui m'a dit de vous contacter") is the strongest hook: it gives clauses, as why-them does,
    // and never goes whole.
    // Where they met in person stays as a referral does, while clauses can make room for it; not at the cost of the greeting.
    const met = !REFERRED.test(raw.howKnown) && (MET_IN_PERSON.test(raw.howKnown) || ownHook);
    const referred = REFERRED.test(raw.howKnown) || met;
    // Each answer's next cut, asked several times a round (which answers can give, the longest, whether a result or a
    // figure would go) and again in every trial above: computed once for each text.
    const cut = (k: 'whyYou' | 'whatsInIt' | 'whoIAm' | 'howKnown'): string => {
      const memo = `${k}\u0000${raw[k]}\u0000${k === 'whatsInIt' ? raw.ask : ''}`;
      let next = cuts.get(memo);
      if (next === undefined) {
        next =
          k === 'whoIAm'
            ? cutWho(raw[k], lang)
            : k === 'howKnown'
              ? cutReferral(raw[k], lang)
              : k === 'whatsInIt'
                ? cutValueKeepingAsked(raw[k], lang, raw.ask)
                : cutClause(raw[k], lang);
        cuts.set(memo, next);
      }
      return next;
    };
    for (let guard = 0; limit !== null && text.length > limit && guard < 100; guard++) {
      // The composer's words go before the rep's: the offer's frame is said shorter first, and comes back at the end
      // where the note fits with it. (The offer to show how stays while it can: a claim is offered by it.)
      if (!lean && !(raw.howKnown && !referred) && leanFrame(lang, partsOf().what) !== partsOf().what) {
        lean = true;
        text = layout(partsOf(), true);
        continue;
      }
      if (raw.howKnown && !referred) raw.howKnown = '';
      else {
        const keys = (['whyYou', 'whatsInIt', 'whoIAm', ...(referred ? (['howKnown'] as const) : [])] as const).filter(
          (k) => cut(k) !== raw[k],
        );
        const longest = keys.sort((a, b) => raw[b].length - raw[a].length)[0];
        // What is in it for them keeps its only figure ("…, entrega 24h na fabrica") while who-I-am has a clause past the
        // rep's name, role and firm to give ("tec comercial na Texmaq Norte (Guimarães)"): the offer's specific outlasts
        // the rep's own extras.
        const whoExtra =
          raw.company !== '' &&
          cut('whoIAm') !== raw.whoIAm &&
          cut('whoIAm').includes(raw.company) &&
          keys.includes('whoIAm');
        // A peer's result in the value ("un client de 250 employés a sauvé 3 jours", "conso gasoil divisée par 2") is the
        // reader's gain: while another answer has a clause to give, the cut that would take the value's last result takes
        // that clause instead (the longest of them).
        const resultSpared =
          longest === 'whatsInIt' && RESULT_CHANGE.test(raw.whatsInIt) && !RESULT_CHANGE.test(cut('whatsInIt'))
            ? keys.filter((k) => k !== 'whatsInIt').sort((a, b) => raw[b].length - raw[a].length)[0]
            : undefined;
        const key =
          longest === 'whatsInIt' && /\p{N}/u.test(raw.whatsInIt) && !/\p{N}/u.test(cut('whatsInIt')) && whoExtra
            ? 'whoIAm'
            : ((spareResult ? resultSpared : undefined) ?? longest);
        // What the value brings the reader ("…, danach weiss sie, ob sich …") is its point: before a cut takes it, who-I-am
        // gives the rep's role ("Timo, Vertrieb bei Hanse Retrofit Technik" → "Timo von Hanse Retrofit Technik") and
        // why-them a trailing phrase of cause without specifics ("… 3x stillstand hatte | wegen der steuerung").
        if (key === 'whatsInIt' && lang === 'de' && keys.length > 0) {
          const gains = DE_READER_GAINS;
          const spared =
            gains.test(raw.whatsInIt) && !gains.test(cut('whatsInIt'))
              ? (
                  [
                    ['whyYou', withoutTrail(raw.whyYou, DE_CAUSE_PHRASE, true)],
                    ['whoIAm', deRoleOff(raw.whoIAm)],
                  ] as const
                ).find(([k, shorter]) => shorter !== raw[k])
              : undefined;
          if (spared) {
            raw[spared[0]] = spared[1];
            text = layout(partsOf(), true);
            continue;
          }
        }
        // What was said goes when nothing else is left to give, before the labels and the greeting; a hook of their own
        // words goes before it (see ownWords).
        if (key === undefined && ownHook && raw.howKnown && cutClause(raw.whyYou, lang, true) !== raw.whyYou) {
          raw.howKnown = '';
          break;
        }
        if (key === undefined && cutClause(raw.whyYou, lang, true) !== raw.whyYou) {
          raw.whyYou = cutClause(raw.whyYou, lang, true);
          text = layout(partsOf(), true);
          continue;
        }
        const framed =
          key === undefined && !showHowOff && answers.channel === 'linkedin_connection_note'
            ? framedParts(lang, raw)
            : null;
        if (framed && showHowGoes(lang, framed.what, framed.ask)) {
          showHowOff = true;
          text = layout(partsOf(), true);
          continue;
        }
        // Labels go before the greeting does.
        if (key === undefined && !raw.tight) {
          raw.tight = true;
          text = layout(partsOf(), true);
          continue;
        }
        if (key === undefined && met && raw.howKnown) {
          raw.howKnown = '';
          text = layout(partsOf(), true);
          continue;
        }
        if (key === undefined) {
          let parts = partsOf();
          text = layout(parts, false);
          // Still over without the greeting, a cut would stop a sentence mid-phrase ("… vorm…", "… pendant les…"). Whole
          // parts with nothing specific go first: the lead-in to a peer's result ("Ein Beispiel:"), an add-on the value
          // includes ("inkl. …"), then why-them's trailing clause of cause or time ("seit …", "parce que …"); each only
          // where no figure or name goes with it. The greeting is back where it then fits.
          let bare = false;
          const undeep = { whyYou: raw.whyYou, whatsInIt: raw.whatsInIt, text };
          const partsNow = () => {
            const p = partsOf();
            return bare ? { ...p, what: withoutLeadIn(p.what) } : p;
          };
          for (let deep = 0; text.length > limit && deep < 10; deep++) {
            if (!bare && withoutLeadIn(parts.what) !== parts.what) bare = true;
            else {
              const addOn = withoutTrail(raw.whatsInIt, ADD_ON[lang], lang === 'de');
              const clause = withoutTrail(raw.whyYou, TRAILING_CLAUSE[lang], lang === 'de');
              if (addOn !== raw.whatsInIt) raw.whatsInIt = addOn;
              else if (clause !== raw.whyYou) raw.whyYou = clause;
              else break;
            }
            parts = partsNow();
            const greeted = layout(parts, true);
            text = greeted.length <= limit ? greeted : layout(parts, false);
          }
          // Where they do not bring it within the limit, the cut below works on the note as it was.
          if (text.length > limit) {
            raw.whyYou = undeep.whyYou;
            raw.whatsInIt = undeep.whatsInIt;
            parts = partsOf();
            text = undeep.text;
          }
          if (text.length > limit) {
            // The ask is what they answer: words go from what comes before it, never from the ask itself. What is in it
            // for them goes whole with it where the scene before still keeps a sentence: a note cut to "Jens meinte …
            // Ein Beispiel: bei…" offers nothing, one cut inside the reason ("Jens meinte bei Tidewell werden…") still does.
            const offered =
              parts.what && text.endsWith(laidAsk(`${parts.what} ${parts.ask}`))
                ? laidAsk(`${parts.what} ${parts.ask}`)
                : '';
            const scene = offered ? text.slice(0, text.length - offered.length).trimEnd() : '';
            const firstSentence = /^.*?[.!?](?=\s)/u.exec(scene)?.[0] ?? '';
            const ask =
              offered && firstSentence !== '' && limit - offered.length - 2 > firstSentence.length + 20
                ? offered
                : parts.ask && text.endsWith(laidAsk(parts.ask))
                  ? laidAsk(parts.ask)
                  : '';
            const room = limit - ask.length - (ask ? 2 : 1);
            const body = text.slice(0, text.length - ask.length).trimEnd();
            const cut = body
              .slice(0, room + 1)
              .replace(/\s+\S*$/u, '')
              .replace(/[\s,;:–-]+$/u, '');
            // An ellipsis marks words left out of a sentence: where the cut falls at a sentence's end, none are. A sentence
            // cut to four words or fewer ("Lena meinte bei Deichwerk…") says nothing and goes whole. One cut where a phrase
            // of its own would open ("… de la rue Principale | à Saint-Jérôme") ends there, a sentence still.
            const lastEnd = cut.search(/[.!?](?=\s+\S+(?:\s+\S+){0,3}$)/u);
            const ended = /[.!?]$/u.test(cut)
              ? cut
              : lastEnd > 0
                ? cut.slice(0, lastEnd + 1)
                : phraseEnded(cut, body.slice(cut.length), lang) || `${cut}…`;
            text = ask && room > 40 ? `${ended} ${ask}` : `${text.slice(0, limit - 1).trimEnd()}…`;
          }
          break;
        }
        // Why-them loses a clause without specifics before the one with a figure, a name or a date.
        // What is in it for them gives its plain description before the clause with a peer's figure (see resultKept).
        // What they said themselves outlasts what the rep read of them ("… selon son profil pis elle a dit dans son
        // commentaire que leurs thermopompes lâchent à -25").
        // A value whose cut still keeps its result gives its last clause before its description (see spareResult).
        raw[key] =
          (key === 'whyYou' && saidKept(raw[key], lang)) ||
          (key === 'whyYou' && withoutPlainClause(raw[key], FRAMED_CLAUSE[lang], lang === 'de')) ||
          (key === 'whatsInIt' && !(spareResult && RESULT_CHANGE.test(cut(key))) && resultKept(lang, raw)) ||
          cut(key);
      }
      text = layout(partsOf(), true);
    }
    // The offer's frame said shorter above comes back where the note, as cut, still fits with it.
    const greeted = text === layout(partsOf(), true);
    if (lean && limit !== null && (greeted || text === layout(partsOf(), false))) {
      lean = false;
      const full = layout(partsOf(), greeted);
      if (full.length <= limit) text = full;
      else lean = true;
    }
    // "A gente tem sensores … Atendemos umas 40 unidades" says who in its first sentence. The hook stays.
    // Past the length a first message reads best at, whole sentences go; clauses only past the wall a reader skims (the
    // check's wall of text), a clause without a figure, a name or a date before one with them.
    const lastSentenceOff = (answer: string): string => {
      // A rep in a hurry starts sentences in lower case; a short word before the dot ("Dr.", "GO.") or a known
      // abbreviation ("Sra.", "inkl.") ends none.
      const sentences = answer.split(
        /(?<=(?:[\p{L}\p{N}]{3}|\p{N})[.!?])(?<!(?<!\p{L})(?:sra|dra|srta|ing|lic|etc|inc|ltd|tel|nro|núm|bzw|usw|evtl|ggf|inkl|abs|mme|mlle|cie)\.)\s+(?=\p{L})/iu,
      );
      if (sentences.length < 2) return answer;
      // A sentence with a figure says more than one without: the last plain one goes first ("7 retenus sur 11" stays).
      let at = sentences.length - 1;
      for (let k = sentences.length - 1; k > 0; k--)
        if (!/\p{N}/u.test(sentences[k] as string)) {
          at = k;
          break;
        }
      return sentences
        .filter((_s, k) => k !== at)
        .join(' ')
        .replace(/[\s.,;:!…]+$/u, '');
    };
    const lastClauseOff = (answer: string, plainFirst: boolean): string =>
      (plainFirst && withoutPlainClause(answer, FRAMED_CLAUSE[lang], lang === 'de')) || cutClause(answer, lang);
    // Within a channel's hard limit the text above is already cut to fit, and the answers it was cut from are not.
    const fitted = text;
    for (const cut of ['sentence', 'clause'] as const) {
      const limitWords = cut === 'sentence' ? SOFT_WORD_LIMIT : WALL_OF_TEXT_WORDS;
      for (let guard = 0; wordCount(text) > limitWords && guard < 100; guard++) {
        const shorter = (key: 'whyYou' | 'whatsInIt' | 'whoIAm' | 'howKnown'): string =>
          cut === 'sentence'
            ? lastSentenceOff(raw[key])
            : lastClauseOff(raw[key], key === 'whyYou' || key === 'whatsInIt');
        // Sentences go from what sets the scene, never from the offer: who and how first, then why. Clauses go from the
        // longest answer, the offer's too.
        const order =
          cut === 'sentence'
            ? (['whoIAm', 'howKnown', 'whyYou'] as const)
            : (['whoIAm', 'howKnown', 'whyYou', 'whatsInIt'] as const);
        // Each answer cut once: the cut is what replaces it.
        const cuts = order.map((k) => [k, shorter(k)] as const).filter(([k, cutTo]) => cutTo !== raw[k]);
        const pick = cut === 'sentence' ? cuts[0] : [...cuts].sort(([a], [b]) => raw[b].length - raw[a].length)[0];
        if (pick === undefined) break;
        raw[pick[0]] = pick[1];
        text = layout(partsOf(), true);
      }
    }
    if (limit !== null && text.length > limit) text = fitted;
    return tidyText(
      lang === 'de'
        ? deDassComma(deNounsCapitalised(text))
        : lang === 'fr'
          ? countryCodeCased(text, [answers.whoIAm, answers.company ?? ''])
          : text,
    );
  }
}

/**
 * "Payplus ci", "Soleco ci", "Thermo-Service qc": a country's or province's code typed after a firm's name is part of
 * the name, in capitals ("Payplus CI"). Only after a word of a firm's name as typed (the rep's in who they are, the
 * reader's company), so "Celui ci", "Comme ci" stay French; "rdc" (also "rez-de-chaussée") after a place's capital.
 */
function countryCodeCased(text: string, firms: readonly string[]): string {
  const firmWords = new Set(
    firms.flatMap((firm) => firm.toLowerCase().match(/\p{L}[\p{L}-]*/gu) ?? []).filter((w) => w.length > 2),
  );
  return text.replace(
    /(?<=(?<![\p{L}])(\p{Lu}[\p{L}-]+)\s)(ci|sn|cm|bf|ml|tg|bj|gn|cd|cg|ga|tn|dz|mg|rdc|qc|be|ch)(?=[\s,.;:)]|$)/gu,
    (_m: string, before: string, code: string) =>
      firmWords.has(before.toLowerCase()) ||
      (code === 'rdc' && !/^(?:celui|celle|ceux|celles|comme|par|au|du|le|la)$/iu.test(before))
        ? code.toUpperCase()
        : code,
  );
}

/**
 * Each language's own "and" and "but": French "y" is "there" ("ses managers y passent leur dimanche") and Spanish "mas"
 * is "más" typed fast, so a clause breaks only on its own language's words.
 */
const CONJUNCTIONS: Record<FramedLang, string> = {
  de: 'und|aber',
  es: 'y|pero',
  // Québec's spoken "pis" joins a list as "et" does ("les camions de déneigement pis les tracteurs"); "pis que" goes on
  // with what was said, the hook's point ("… 18h straight pis qu'il savait pas …"), and "tant pis" is no "and".
  fr: 'et|mais|(?<!tant )pis(?!\\s+qu)',
  pt: 'e|mas',
};
const FRAMED_CLAUSE: Record<FramedLang, RegExp> = Object.fromEntries(
  Object.entries(CONJUNCTIONS).map(([lang, words]) => [lang, new RegExp(`,\\s+(?:(?:${words})\\s+)?| – | - `, 'gu')]),
) as Record<FramedLang, RegExp>;

/**
 * The value's frame before its colon where what follows is a sentence of its own, a peer's result ("Ein Beispiel: bei …
 * haben wir … gesenkt"): it says nothing of its own. "Ich kann Ihnen Folgendes anbieten:" and "Ce que je vous propose :"
 * are what make a thing typed alone an offer, and stay.
 */
const LEAD_IN = /^(?:Ein Beispiel|Un exemple|Un ejemplo|Um exemplo)\s*:\s+(?=\p{L})/u;
/** The framed value without its lead-in: "Bei einem Terminal in Bremerhaven haben wir …". */
function withoutLeadIn(what: string): string {
  const m = LEAD_IN.exec(what);
  if (!m) return what;
  const rest = what.slice(m[0].length);
  return `${rest.charAt(0).toUpperCase()}${rest.slice(1)}`;
}
// An ask that itself offers to show ("Je vous montre ça en visio ?", "Darf ich Ihnen zeigen …?") says what the offer to
// show how says: the value's goes first, figure or none. An ask for a call or a demo offers nothing by itself, and the
// offer to show how stays.
const ASK_SHOWS: Partial<Record<FramedLang, RegExp>> = {
  de: /(?<![\p{L}])(?:zeige|zeigen)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:montre|montrer)(?![\p{L}])/iu,
};
function showHowGoes(lang: FramedLang, what: string, ask = ''): boolean {
  const bare = withoutShowHow(lang, what);
  if (bare === what) return false;
  if (ASK_SHOWS[lang]?.test(ask)) return true;
  return /\p{N}/u.test(bare) && !LEAD_IN.test(what) && !PEER_PLACE[lang].test(what);
}
/**
 * The composer's offer frame, said shorter: over a hard limit it gives its words before the rep's do ("Ich kann Ihnen
 * Folgendes anbieten:" → "Ich biete Ihnen an:", "Con gusto le ofrezco" → "Le ofrezco", "Con gusto le ofrezco un estudio
 * que hicimos con …" → "Hicimos un estudio con …", "Ce que je vous propose :" → "Ma proposition :" or "Je vous
 * propose :", "Posso lhe oferecer um guia" → "Temos um guia", "Posso lhe oferecer uma visita" → "Posso oferecer uma
 * visita"). Each still offers, in the rep's own voice: a sender alone says "ich", not "wir"; "Hicimos …" only where no
 * second clause hangs on the noun ("una guía que armamos y que ya usan 40 clínicas"); "Ma proposition" only where the
 * value offers by its own words ("gratuit", "sans engagement"), as a bare "Ma proposition : diagnostic énergie" offers
 * nothing ("Je vous propose" there); "Temos" only before a thing the rep has made (a guide, a study, data), never
 * before a verb ("Temos fazer um piloto") or an event ("Temos uma visita", which reads as booked). The value as it is
 * where it has no such frame.
 */
const LEAN_FRAMES: Record<FramedLang, Array<[RegExp, string]>> = {
  de: [[/^Ich kann (Ihnen|dir|euch) Folgendes anbieten:/u, 'Ich biete $1 an:']],
  es: [
    [
      /^Con gusto (?:le|te|les) ofrezco (un|una|unos|unas) ([\p{L}-]+) que (hicimos|armamos|hemos hecho|tenemos|preparamos|elaboramos)(?![\p{L}])(?![\s\S]*(?<![\p{L}])(?:y|e|o|pero|ni) que(?![\p{L}]))/u,
      '$3 $1 $2',
    ],
    [/^Con gusto (le|te|les) (ofrezco|comparto)(?![\p{L}])/u, '$1 $2'],
  ],
  fr: [
    [
      /^Ce que je (?:vous|te) propose(?=\s*:[\s\S]*(?<![\p{L}])(?:gratuit\p{L}*|sans (?:engagement|frais)|offert\p{L}*)(?![\p{L}]))/u,
      'Ma proposition',
    ],
    [/^Ce que je (vous|te) propose(?=\s*:)/u, 'Je $1 propose'],
  ],
  pt: [
    [
      /^Posso (?:(?:lhe|te) oferecer|oferecer-(?:lhe|te))(?=\s+(?:(?:um|uma|uns|umas|o|a|os|as)\s+)?(?:guia|estudo|benchmark|relatório|levantamento|checklist|check-list|análise|pesquisa|planilha|comparativo|e-book|ebook|material|dados|números|caso|modelo|template|mapa|ranking|panorama)s?(?![\p{L}-]))/u,
      'Temos',
    ],
    [/^Posso (?:(?:lhe|te) oferecer|oferecer-(?:lhe|te))(?![\p{L}-])/u, 'Posso oferecer'],
  ],
};
function leanFrame(lang: FramedLang, what: string): string {
  for (const [re, to] of LEAN_FRAMES[lang]) {
    if (!re.test(what)) continue;
    const lean = what.replace(re, to);
    return `${lean.charAt(0).toUpperCase()}${lean.slice(1)}`;
  }
  return what;
}
/** What the value includes besides: "… für technische Rollen inkl. Arbeitsschutz-Unterweisungen". */
const ADD_ON: Record<FramedLang, RegExp> = {
  de: /\s(?=(?:inkl\.|inklusive|einschließlich|einschl\.)\s)/gu,
  es: /\s(?=(?:incluyendo|incluidos?|incluidas?|incl\.)\s)/gu,
  fr: /\s(?=(?:y compris|incl\.)\s)/gu,
  pt: /\s(?=(?:incluindo|inclusive|incl\.)\s)/gu,
};
/**
 * Where a clause of cause or time follows the clause it says more of: "… 2-3h vorm Gate stehen | seit die neue
 * Kranbrücke …", "… sur Excel | parce que …". "seit" and "während" open a clause only before its subject ("seit 2
 * Jahren", "seit der Umstellung" are no clause).
 */
const TRAILING_CLAUSE: Record<FramedLang, RegExp> = {
  de: /\s(?=(?:weil|obwohl|nachdem|sodass|bevor|(?:seit|während)\s+(?:die|das|ein|eine|er|sie|es|wir|ich|man|du|ihr|Sie))\s)/gu,
  es: /\s(?=(?:porque|ya que|aunque|desde que|mientras que)\s)/gu,
  // Québec's "pis" ("puis") is its "and": "… sur Excel | pis que c'est l'enfer …" says more of what came before.
  fr: /\s(?=(?:parce qu|puisqu|lorsqu|alors qu|depuis qu|pendant qu|tandis qu|pis qu|puis qu)(?:e\s|['’])|(?:quand|car)\s)/gu,
  pt: /\s(?=(?:porque|já que|embora|desde que|enquanto)\s)/gu,
};
/**
 * The answer without what follows its last break of `breaks` where what goes has no figure or name of its own and what
 * stays is still a clause ("er hat erzählt dass | weil …" keeps none); the answer as it is where no break does.
 */
function withoutTrail(text: string, breaks: RegExp, capitalNouns: boolean): string {
  const at = [...text.matchAll(breaks)].map((m) => m.index ?? 0).filter((i) => wordCount(text.slice(0, i)) >= 4);
  for (const i of at.reverse()) {
    const kept = text.slice(0, i).replace(/[\s,;:–-]+$/u, '');
    const gone = text.slice(i);
    // After "dass", "que": the clause it opens needs its words.
    const clause = kept.split(/(?<![\p{L}])(?:(?:dass|que|that)(?![\p{L}])\s*|qu['’])/u).pop() ?? '';
    if (wordCount(clause) >= 3 && specifics(gone, capitalNouns) === 0) return kept;
  }
  return text;
}

/**
 * The value without its plain description where a clause after it tells a result with a figure ("automatische
 * Zuschlagsberechnung direkt aus der Zeiterfassung, | bei Kübler … von 2 Tagen auf 2 Std im Monat runter", "notre module
 * calcule les volumes …, | nos clients sauvent environ 2 jours par soumission"): the result is what they get, the
 * description only what it is. Only where the description has no figure, the result has one, it does not lean on the
 * clause it loses ("dass …", "which …"), and the frame still says it as a sentence of its own, not as a thing offered
 * ("Ich kann Ihnen Folgendes anbieten: die Stadtwerke …" would be no sentence); '' otherwise.
 */
/** A result with its figure: a change "von 2 Tagen auf 2 Std", "de 11% p/ 4%", a share "30 %", a time "2 jours", "48h". */
const RESULT_CHANGE =
  /\d\s*%|(?<![\p{L}])(?:divis\p{L}*|dividid\p{L}*|reduzid\p{L}*|réduit\p{L}*|reduit\p{L}*|reducid\p{L}*)\s+(?:par|por|de|em|en)\s+(?:\d|deux|dos|dois|trois|tres|três|moitié|moitie|metade|mitad)|(?<![\p{L}])(?:halbiert|verdoppelt|gedrittelt)(?![\p{L}])|(?<![\p{L}])(?:von|de|from|da|del)\s+\S*\d\S*(?:\s+\S+){0,2}?\s+(?:auf|à|a|para|p\/|to|al)\s+\S*\d|\d+(?:[.,]\d+)?\s*(?:h|j|std|min|tage|tagen|wochen|jours?|semaines?|días?|dias?|semanas?|horas?|heures?|stunden)(?![\p{L}])/iu;
/**
 * A word in the result that stands for the thing the description named: "un client qui l'a fait en 2 j", "die Stadtwerke
 * haben damit …", "lo implementaron", "usaram-no": without the description it stands for nothing.
 */
const STANDS_FOR_IT: Record<FramedLang, RegExp> = {
  de: /(?<![\p{L}])(?:damit|dadurch|davon|dafür|darauf|darüber|es|ihn|ihm)(?![\p{L}])/iu,
  es: /(?<![\p{L}])(?:lo|la|los|las|le|les)\s+(?:ha|han|hemos|usa|usan|usaron|hicieron|hizo|implementaron|tienen|probaron)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:l['’](?:a|ont|avons|ai|avait|utilise\p{L}*)|(?:le|la|les|en)\s+(?:a|ont|avons|utilise\p{L}*))(?![\p{L}])/iu,
  pt: /(?<![\p{L}])(?:o|a|os|as)\s+(?:usam|usa|usaram|fizeram|fez|implementaram|tem|têm)(?![\p{L}])|-(?:o|a|os|as|no|na|nos|nas|lo|la)(?![\p{L}])/iu,
};
/** A result opened by a word for the description ("ça permet à nos clients …", "eso les ahorra …", "das spart …"). */
const THAT_OPENS: Record<FramedLang, RegExp> = {
  de: /^(?:das|dies|dadurch|damit|so)(?![\p{L}])/iu,
  es: /^(?:eso|esto|ello|así|asi|con eso|con esto)(?![\p{L}])/iu,
  fr: /^(?:ça|ca|cela|ceci|ce qui|grâce à ça|avec ça)(?![\p{L}])/iu,
  pt: /^(?:isso|isto|assim|com isso)(?![\p{L}])/iu,
};
/**
 * "Wir haben einen fertigen Onboarding-Baukasten …, | die Stadtwerke Lindau haben damit …": the "damit" of the result
 * is the thing the description named, said by name where the description goes ("haben mit unserem Baukasten …"). The thing's gender from its article: "einen"/"ein" take "unserem", "eine" "unserer".
 */
function ofOurThing(lang: FramedLang, head: string, tail: string): string {
  if (lang !== 'de') return tail;
  const thing =
    /^(?:wir|ich)\s+(?:haben|hab|habe|bieten)\s+(einen|ein|eine)\s+(?:\p{Ll}+\s+){0,2}(\p{Lu}[\p{L}-]+)/iu.exec(head);
  if (!thing?.[2]) return tail;
  const ours = thing[1]?.toLowerCase() === 'eine' ? 'unserer' : 'unserem';
  // Named again, a compound is its last part, the thing itself: "Onboarding-Baukasten" is "Baukasten".
  const noun = thing[2].split('-').pop() ?? thing[2];
  return tail.replace(/(?<![\p{L}])damit(?![\p{L}])/u, `mit ${ours} ${noun}`);
}
function resultKept(lang: FramedLang, raw: Parameters<typeof framedParts>[1]): string {
  const value = raw.whatsInIt;
  // Only a value of clauses, not one of sentences: a first sentence is its own (see lastSentenceOff).
  if (
    /(?<!(?<![\p{L}])(?:inkl|ca|bzw|usw|etc|evtl|ggf|vs|incl|env|aprox|approx|z\.B|u\.a|std|min|nr|mio|mrd))[.!?]\s/iu.test(
      value,
    )
  )
    return '';
  const first = [...value.matchAll(FRAMED_CLAUSE[lang])][0];
  if (!first || first.index === undefined) return '';
  const head = value.slice(0, first.index);
  const tail = ofOurThing(lang, head, value.slice(first.index + first[0].length).trim());
  if (/\p{N}/u.test(head) || !RESULT_CHANGE.test(tail) || wordCount(tail) < 4) return '';
  if (LEANS_BACK.test(tail) || STANDS_FOR_IT[lang].test(tail) || THAT_OPENS[lang].test(tail)) return '';
  // A list after a colon goes whole, or stays.
  if (colonListAt(value, first.index) >= 0) return '';
  const said = withoutLeadIn(framedParts(lang, { ...raw, whatsInIt: tail }).what);
  const opening = (tail.split(/\s+/u)[0] ?? '').toLowerCase();
  return said.toLowerCase().startsWith(opening) ? tail : '';
}

/** A word that opens a phrase of its own after what it says more of: "… de la rue Principale | à Saint-Jérôme". */
const PHRASE_OPENER: Partial<Record<FramedLang, RegExp>> = {
  es: /^(?:a|al|con|de|del|desde|durante|en|entre|hacia|para|por|sin|sobre|y|o|pero)$/iu,
  fr: /^(?:à|au|aux|avec|chez|dans|de|depuis|des|du|en|entre|par|pendant|pour|sans|sous|sur|vers|et|ou|mais)$/iu,
  pt: /^(?:a|ao|aos|com|de|do|da|dos|das|desde|durante|em|no|na|nos|nas|entre|para|por|sem|sobre|e|ou|mas)$/iu,
};
/** An article or a determiner: what a noun follows. */
const DETERMINER: Partial<Record<FramedLang, RegExp>> = {
  es: /^(?:el|la|los|las|un|una|unos|unas|su|sus|tu|tus|mi|mis|nuestro|nuestra|nuestros|nuestras|este|esta|estos|estas)$/iu,
  fr: /^(?:le|la|les|l['’]|un|une|des|son|sa|ses|votre|vos|ton|ta|tes|leur|leurs|notre|nos|mon|ma|mes|ce|cet|cette|ces)$/iu,
  pt: /^(?:o|a|os|as|um|uma|uns|umas|seu|sua|seus|suas|teu|tua|nosso|nossa|nossos|nossas|este|esta|estes|estas)$/iu,
};
/** A word a phrase cannot end on: a determiner, "que", an adverb of degree or a verb still waiting for its complement. */
const OPEN_END: Partial<Record<FramedLang, RegExp>> = {
  es: /^(?:que|q|muy|más|\p{L}+(?:ar|er|ir|ado|ada|ados|adas|ido|ida|idos|idas|ando|iendo))$/iu,
  fr: /^(?:que|qu['’]|très|plus|encore|\p{L}+(?:er|ir|é|ée|és|ées|ant))$/iu,
  pt: /^(?:que|q|muito|mais|\p{L}+(?:ar|er|ir|ado|ada|ados|adas|ido|ida|idos|idas|ando|endo))$/iu,
};
/**
 * A note cut inside a sentence ends where a phrase of its own would open ("… de la rue Principale | à …", "… les
 * équipes de maintenance | entre …"), with a full stop, where what stays is a clause of five words or more that ends on
 * a noun of its phrase, never on an article, a preposition or a verb still waiting for its complement, and keeps every
 * name and figure the cut kept. Only where the verb comes before its complements
 * (French, Spanish, Portuguese): a German "dass"-clause cut before its verb is no sentence. '' where no such end is
 * within six words.
 */
function phraseEnded(cut: string, rest: string, lang: FramedLang): string {
  const opener = PHRASE_OPENER[lang];
  const openEnd = OPEN_END[lang];
  const determiner = DETERMINER[lang];
  if (!opener || !openEnd || !determiner) return '';
  const start = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('? '), cut.lastIndexOf('! '));
  const head = start >= 0 ? cut.slice(0, start + 2) : '';
  const words = cut.slice(head.length).split(/\s+/u);
  const next = rest.trim().split(/\s+/u)[0] ?? '';
  for (let k = words.length; k >= Math.max(words.length - 6, 5); k--) {
    // A name or a figure the cut kept stays: "… de la Avenida Matta…" never becomes "… de repavimentación.".
    if (/[\p{Lu}\p{N}]/u.test(words[k] ?? '')) break;
    const following = (k < words.length ? words[k] : next) ?? '';
    const last = (words[k - 1] ?? '').replace(/[,;:]+$/u, '');
    if (!opener.test(following) || openEnd.test(last) || opener.test(last) || determiner.test(last)) continue;
    // What stays ends on a noun of its phrase: a name ("la rue Principale"), or a word after an article or a
    // preposition ("les équipes", "de maintenance"); "votre entreprise vient | de …" ends on a verb.
    const before = words[k - 2] ?? '';
    if (!/^[\p{Lu}\p{N}]/u.test(last) && !determiner.test(before) && !opener.test(before)) continue;
    const kept = words
      .slice(0, k)
      .join(' ')
      .replace(/[\s,;:–-]+$/u, '');
    // After "que", "q": the clause it opens needs its words.
    const clause = kept.split(/(?<![\p{L}])(?:(?:que|q)(?![\p{L}])\s*|qu['’])/u).pop() ?? '';
    if (wordCount(clause) >= 3) return `${head}${kept}.`;
  }
  return '';
}

/** Who pointed the rep to them, in the framed languages: "m'a dit de vous contacter", "me pasó su contacto", … */
// Who passed them on, or told the rep of them ("Sofía Arce del INTA me dijo q ella está armando la licitación"): the
// strongest hook, cut by clauses and never dropped whole. A referrer's "indicou" or "recomendou" typed without the
// rep's "me" ("a paula da transnorte indicou", "o tiago recomendou você") is the same act; "o relatório indicou que …"
// tells no one's.
const REFERRED =
  /me\s+(?:dijo|contó|conto|comentó|comento|disse|contou|comentou)\s+(?:que|q)(?![\p{L}])|m['’]a\s+(?:dit|conseillé|conseille|suggéré|suggere|recommandé|recommande|proposé)\s+de|de la part de|recommandée?\s+par|me\s+(?:pasó|paso|dio|compartió)\s+(?:su|tu)\s+(?:contacto|número|numero|correo)|me\s+(?:recomendó|recomendo|sugirió|sugirio)|de parte de|indica[cç][aã]o|me\s+(?:passou|indicou|recomendou)|(?<=\p{L}\s+)(?:indicou|recomendou)(?=\s*$|\s+(?:você|vc|ela|ele|o\s+seu\s+nome|seu\s+nome|seu\s+contato)(?![\p{L}]))|hat\s+mir\s+.{0,40}?(?:empfohlen|gegeben|genannt)|empfahl\s+mir|(?:hat|haben)\s+(?:sie|ihn|Sie|dich|euch)\s+(?:mir\s+)?empfohlen/iu;

/**
 * Who-I-am one clause shorter; where no clause can go, "commerciale Horalis (plannings + paie multi-sites)", "Camille,
 * Horalis - logiciel RH paie multisites" lose what the firm does, whole, and keep the name and the firm.
 */
function cutWho(text: string, lang: FramedLang): string {
  const clause = cutClause(text, lang);
  // "chez Flotteo, gps" of "chez Flotteo, gps + télématique …": a list's first item alone after the firm says less
  // than the firm alone, which the frame makes a sentence ("Je suis chez Flotteo").
  const stub = /^([^,]*\p{Lu}[^,]*),\s+\p{Ll}+(?:\s+\p{Ll}+)?$/u.exec(clause);
  if (clause !== text && stub?.[1] && wordCount(stub[1]) >= 2) return stub[1];
  if (clause !== text) return clause;
  const aside = /^([^()]*\p{Lu}[^()]*?)(?:\s+\([^()]+\)|\s+[–—-]\s+[^()–—]+)$/u.exec(text);
  return aside?.[1] && wordCount(aside[1]) >= 2 ? aside[1].replace(/[\s,;:–—-]+$/u, '') : text;
}

/**
 * Where the list after a colon that the break at `at` lies in starts (its colon), or -1: "3 fois : ERP, GAMMA,
 * transporteur" goes whole, never half of it. Only a list: three items or more after "colon and space", each of three
 * words at most ("Techniker:innen", "1:4" and "Je me présente : Julien Garnier, directeur …" are none).
 */
function colonListAt(text: string, at: number): number {
  const colon = text.lastIndexOf(': ', at);
  if (colon <= 0 || /[.;!?]/u.test(text.slice(colon, at)) || wordCount(text.slice(0, colon)) < 3) return -1;
  const items = (text.slice(colon + 2).split(/[.;!?](?:\s|$)/u)[0] ?? '').split(/,\s+|\s+(?:et|und|y|e|and)\s+/u);
  return items.length >= 3 && items.every((item) => wordCount(item) <= 3) ? colon : -1;
}

/**
 * The value one clause shorter, where the ask hands over a thing its last clause names ("… mit DAkkS-Kalibrierschein +
 * haben ne checkliste, was …" asked as "checkliste schicken?", "…, et on a un guide des subventions" asked as "je vous
 * envoie le guide?"): that clause is what the ask points back to, so the clauses before it go, all of them, and the
 * value's own subject ("wir", "nous", "on") opens what stays. Without it the ask names a thing the message never
 * introduced. An ask that hands over nothing, or names nothing of the last clause, cuts as any answer does.
 */
function cutValueKeepingAsked(value: string, lang: FramedLang, ask: string): string {
  const cut = cutClause(value, lang);
  if (cut === value || !FRAMED_ASK_HANDS_OVER.test(ask)) return cut;
  const dropped = value.slice(cut.length);
  const handed = handedOver(ask, lang);
  const names = (w: string, text: string) =>
    new RegExp(`(?<![\\p{L}])${escapeRegExp(w.slice(0, Math.max(5, w.length - 2)))}`, 'iu').test(text);
  const named = handed.some((w) => names(w, dropped));
  if (!named) return cut;
  const kept = dropped.replace(/^[\s,;:(+–—-]+/u, '').replace(/^(?:und|et|y|e)\s+/iu, '');
  // As a cut, it leaves no more than the plain cut would: the clause the ask names costs no other part its words.
  if (wordCount(kept) < 3 || kept.length > cut.length) return cut;
  // A share in what would go ('die Fehlerquote unter 0,5 % gebracht, dazu gibt es eine Fallstudie') is the result the
  // thing handed over tells of: the plain cut keeps it.
  if (SHARE.test(cut) && !SHARE.test(kept)) return cut;
  // The value's subject, where it opens on one and the kept clause goes on from its verb: "wir … + haben ne checkliste".
  const subject = VALUE_SUBJECT[lang].exec(value)?.[0] ?? '';
  const verbFirst = subject !== '' && !VALUE_SUBJECT[lang].test(kept) && !CLAUSE_DETERMINER[lang].test(kept);
  return verbFirst ? `${subject}${kept}` : kept;
}
/**
 * The thing the ask hands over, as its words of five letters or more: in German the words before the infinitive
 * ("die checkliste schicken?"), elsewhere those after the verb up to a preposition ("vous envoyer ces relevés de …",
 * "mandar o caso de estudo"). Not the day, the place or the length the ask also names.
 */
function handedOver(ask: string, lang: FramedLang): string[] {
  const m = new RegExp(FRAMED_ASK_HANDS_OVER.source, 'iu').exec(ask);
  if (!m) return [];
  const words =
    lang === 'de'
      ? (ask.slice(0, m.index).match(/\p{L}+/gu) ?? []).slice(-3)
      : ((/^[^,.;:!?]*/u.exec(ask.slice(m.index + m[0].length))?.[0] ?? '')
          .split(
            /\s+(?:de|du|des|d['’]|da|do|das|dos|del|para|pour|por|pra|à|a|au|en|em|no|na|sur|sobre|avec|con|com)\s+/iu,
          )[0]
          ?.match(/\p{L}+/gu)
          ?.slice(0, 3) ?? []);
  return words.filter((w) => w.length >= 5);
}
const SHARE = /\d\s*(?:%|prozent|percent|por ciento|pour cent|por cento)/iu;

/** A value's own subject, opening it: "wir", "nous", "on", "nosotros", "nós". */
const VALUE_SUBJECT: Record<FramedLang, RegExp> = {
  de: /^(?:wir|ich)\s+/iu,
  es: /^(?:nosotros|yo)\s+/iu,
  fr: /^(?:nous|on|je)\s+/iu,
  pt: /^(?:nós|eu|a gente)\s+/iu,
};
/** A clause that opens on a determiner or a pronoun has a subject, or is a thing named: no subject goes before it. */
const CLAUSE_DETERMINER: Record<FramedLang, RegExp> = {
  // A German clause that opens on an adverb has its verb second and its own subject after it: "dazu gibt es …".
  de: /^(?:der|die|das|den|dem|ein|eine|einen|ne|nen|unser\p{L}*|es|sie|er|dazu|dafür|davon|dabei|darüber|außerdem|zudem|dann|hier|damit|gibt)(?![\p{L}])/iu,
  es: /^(?:el|la|los|las|un|una|unos|unas|nuestr\p{L}*)(?![\p{L}])/iu,
  fr: /^(?:le|la|les|l['’]|un|une|des|notre|nos|il|elle|ils|elles)(?![\p{L}])/iu,
  pt: /^(?:o|a|os|as|um|uma|nosso|nossa|nossos|nossas)(?![\p{L}])/iu,
};

/** "pis les tracteurs roulent …", "et nos techniciens passent …": an "and" before a plural noun and the verb they share. */
const FR_AND_SUBJECT =
  /^\s(?:et|pis)\s+(?:les|des|ses|nos|vos|leurs|ces|mes|tes)\s+(?:[^\s,.;:!?]+\s+){0,3}?(?!\p{Ll}*(?:ment|é[^\s\p{P}aeiouéèêy]{1,2}ent)(?![\p{L}]))\p{Ll}{2,}(?:ent|ont)(?![\p{L}])/u;
const AND_SUBJECT: Partial<Record<FramedLang, { and: RegExp; before: RegExp }>> = {
  es: {
    and: /^\s(?:y|e)\s+(?:el|la|los|las|su|sus)\s+(?:[^\s,.;:!?]+\s+){1,3}?(?:es|son|está|están|esta|estan|fue|fueron|era|eran|sigue|siguen|tiene|tienen|va|van|cuesta|cuestan)(?![\p{L}])/u,
    before:
      /^(?:y\s+|e\s+)?(?:el|la|los|las|su|sus)\s+(?![^,]*(?<![\p{L}])(?:es|son|está|están|esta|estan|fue|era|tiene|tienen|hay|va|van)(?![\p{L}]))[^,]+$/u,
  },
  pt: {
    and: /^\s(?:e)\s+(?:o|a|os|as|seu|sua|seus|suas)\s+(?:[^\s,.;:!?]+\s+){1,3}?(?:é|são|está|estão|esta|estao|foi|foram|era|eram|tem|têm|vai|vão|custa|custam)(?![\p{L}])/u,
    before:
      /^(?:e\s+)?(?:o|a|os|as|seu|sua|seus|suas)\s+(?![^,]*(?<![\p{L}])(?:é|são|está|estão|esta|estao|foi|era|tem|têm|há|vai|vão)(?![\p{L}]))[^,]+$/u,
  },
};
/** At `at`, an "and" joining two nouns of one subject, whose verb follows the second: no clause's end. */
function sharedSubjectAt(text: string, at: number, lang: FramedLang): boolean {
  const rule = AND_SUBJECT[lang];
  if (!rule || !rule.and.test(text.slice(at))) return false;
  const segment = (
    text
      .slice(0, at)
      .split(/,\s+|;\s*/u)
      .pop() ?? ''
  ).trim();
  return rule.before.test(segment);
}
/** The answer without its last clause (after a comma, dash or its language's "and"), keeping at least three words. */
function cutClause(text: string, lang: FramedLang, saidToo = false): string {
  // " + " joins a list's items as "and" does: the last item goes whole.
  // "er hat auf linkedin geschrieben, | dass bei einer ihrer liegenschaften …": what was said, written or seen is the
  // clause's point, and a cut before its "dass" ("que", "that") leaves the saying without what was said: only as the
  // last thing to give before the greeting (saidToo).
  const breaks = [...text.matchAll(new RegExp(`,\\s| – | - | \\(| \\+ |\\s(?:${CONJUNCTIONS[lang]})\\s`, 'g'))]
    .map((m) => m.index ?? 0)
    .filter((i) => wordCount(text.slice(0, i)) >= 3)
    .filter((i) => saidToo || !/^,\s+(?:dass|que|qu['’]|that)(?![\p{L}])/iu.test(text.slice(i)))
    // "que ses camions de déneigement pis les tracteurs roulent au ralenti": an "and" between two nouns that a plural
    // verb after them takes as its subject is no clause's end; the cut would leave a subject without its verb.
    .filter((i) => lang !== 'fr' || !FR_AND_SUBJECT.test(text.slice(i)))
    // "y el papeleo con sunat | y el drawback es un lio": two nouns joined, then the verb they share; a cut between them
    // leaves "y el papeleo con sunat", a subject without its verb.
    .filter((i) => !sharedSubjectAt(text, i, lang));
  const last = breaks[breaks.length - 1];
  if (last === undefined) return text;
  // A list after a colon ("3 fois : ERP, GAMMA, transporteur") goes whole: a cut inside it leaves half a list.
  const colon = colonListAt(text, last);
  const at = colon >= 0 ? colon : last;
  const cutAt = text.slice(0, at).replace(/[\s,;:–-]+$/, '');
  // A clause cut to two words in lower case ("…, nous louons" of "nous louons et entretenons …") is a verb without what
  // it does: it goes with what was cut.
  // So is a dash's aside cut to two words ("labwerk service münchen - wartung" of "- wartung und kalibrierung …").
  const stub = /(?:,\s+|\s[–-]\s+)\p{Ll}+(?:\s+\p{Ll}+)?$/u.exec(cutAt);
  const cut = stub && wordCount(cutAt.slice(0, stub.index)) >= 3 ? cutAt.slice(0, stub.index) : cutAt;
  // A cut inside brackets ("PalettePlus (location de palettes, Liège)") takes the whole aside, not half of it; an aside
  // with the clause's verb after it ("os docs (seguros, fichas) ficam num só sítio") goes alone, the verb staying.
  // A break that opens the aside itself ("bei Holtmann | (ca 60 MA) von 4 auf …") is the same cut.
  const open = text.startsWith(' (', at) ? at + 1 : cut.lastIndexOf('(');
  if (open <= cut.lastIndexOf(')') && !text.startsWith(' (', at)) return cut;
  const close = text.indexOf(')', open);
  const after = close > 0 ? text.slice(close + 1).trim() : '';
  if (after !== '' && /^\p{Ll}/u.test(after) && wordCount(after) >= 2)
    return `${text.slice(0, open).replace(/[\s,;:–-]+$/, '')} ${after}`;
  return cut.slice(0, open).replace(/[\s,;:–-]+$/, '');
}
