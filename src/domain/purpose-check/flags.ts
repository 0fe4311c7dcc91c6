import { clipWords, overlapsQuote } from './clip';
import { type Anatomy, type Sentence, signedByTeam } from './anatomy';
import { type AskReading, tellsCareer } from './parts';
import type { Channel, Finding, FindingCode, PartName, PartResult, PurposeStats, Severity } from './types';
import {
  BEST_WORDS,
  CHANNEL_LIMITS,
  DENSE_PARAGRAPH_WORDS,
  INMAIL_SHORT_CHARACTERS,
  WALL_OF_TEXT_HARD_WORDS,
  WALL_OF_TEXT_WORDS,
} from './channels';
import { countCharacters, countWords } from './stats';
import { findKeywords, type Keywords } from './screen';
import { isCommonWord, namesCompany } from './specifics';
import { stockLines, templateKindsFor } from './mass-template';
import {
  ACRONYM_OK,
  ASK,
  ASK_WHEN,
  BROADCAST,
  CLICHE,
  DEFAULT_INVITATION,
  EMOJI,
  FLATTERY,
  FOLLOW_UP,
  FOLLOW_UP_SUBJECT,
  BARE_NUDGE,
  GENERIC_AUDIENCE,
  GENERIC_AUDIENCE_NAMED,
  GUILT,
  HYPE_WORDS,
  IMPOSED_MEETING,
  BOOKING_LINK,
  BOOKING_LINK_POINTED,
  CONTRACT_ASK,
  DATED_PLAN,
  DEADLINE,
  REQUEST_MARK,
  THEIR_FEE,
  PUT_IN_CALENDAR,
  VALUE,
  SCARCITY,
  NEW_VALUE,
  FOLLOW_UP_WITH_NEWS,
  FOLLOW_UP_ON_MINE,
  FOLLOW_UP_POINTS_BACK,
  OFFLOAD,
  PITCH,
  PLEASANTRY,
  PRESSURE,
  REPEATED_BANG,
  SHOUT,
  TEMPLATE_FIELD,
  VAGUE_INTENT,
  WHY,
  CIRCULAR,
} from './patterns';

/** Praise aimed at their profile: "your profile", "your experience at …", "your background". */
const PROFILE_PRAISE =
  /\byour (?:(?:impressive|amazing|inspiring|great|linkedin)\s+)*(?:profile|background|experience)\b/i;

/**
 * "As a leader in the insurance sector, surely you …": their sector as the reason for writing. The sender's
 * own sector ("As a leading firm in the conveyor industry, we …") is a line about the sender.
 */
const SECTOR_GUESS =
  /\bas (?:a|an|one of the) (?:[\w-]+ ){0,3}(?:leader|leaders|company|firm|business|player|organi[sz]ation|brand)s? in (?:the )?(?:[\w&-]+ ){0,3}(?:industry|sector|space|market|field),? (?:(?!(?:we|our|us)\b)[\w']+ ){0,8}you(?:'re|'ve|r)?\b/i;

/** A finding plus what it costs the score and whether it rules a verdict out. */
export interface Flag extends Finding {
  penalty: number;
  /** A purposeful message cannot carry this (several asks, a pushy follow-up, a wall of text). */
  blocksPurposeful: boolean;
}

/** Facts about the message that decide between boilerplate and the rest. */
export interface Signals {
  defaultInvitation: boolean;
  templateField: boolean;
  nearEmpty: boolean;
  /**
   * A congratulation and nothing else ("Congrats on 10 years at Okafor Builders! 🎉", "¡Felicidades por tu
   * nuevo puesto!"): LinkedIn's suggested note, with no sender, nothing for them and no ask.
   */
  congratsOnly: boolean;
  genericAudience: number;
  followUp: 'none' | 'pushy' | 'adds_value';
  genericConnect: boolean;
  /** The message opens on a person ("Hi Jane,", "hey kevin —", "Priya,"), not on no one ("Hello,", "Hey there", "Dear Valued Partner"). */
  addressed: boolean;
  /** Signed by a team or department and by no person ("The Pathwise Team"): a mailing, not a letter. */
  teamSigned: boolean;
  /** Their sector stands in for why them ("As a leader in the insurance sector, …"): a generic why-you, aimed at them however weakly. */
  sectorGuess: boolean;
  /** Lines of the body that are list items ("- UGC videos", "1) …"). */
  listItems: number;
  /**
   * The message calls itself one of a series sent to many ("Please find below our latest list of available candidates",
   * "this week's hotlist", "our monthly update"): a circular, whoever its greeting names.
   */
  circular: boolean;
  /**
   * Nothing in the message can say who wrote it: no signature, no name after a sign-off, outside
   * LinkedIn (whose profile says who). With no who found either, nobody is writing.
   */
  unsigned: boolean;
  /** The sender tells their own career ("With forty years of experience in joinery, I…"): a person's letter. */
  career: boolean;
  /**
   * The sender names three things or more that they make or do, inline ("I do branding, packaging and
   * product photography", "we track equipment with tags, a dashboard and cleaning alerts"): a pitch
   * with something in it. Read only when the verdict asks.
   */
  namesWhatTheyOffer: () => boolean;
  /**
   * A line only a mailing to a list carries (BROADCAST: "is pleased to announce", "Contact us today!", "your
   * one-stop shop", wishes from "all of us at"), or a mailing tool's unsubscribe footer. Read only when the verdict asks.
   */
  broadcast: () => boolean;
  /** Whether a line names the reader: a word of their name, company or role. */
  namesThem: (line: string) => boolean;
  /** Praise that fits anyone in a message that names their company: aimed at them, however badly. */
  flatteryAtTheirCompany: boolean;
  /**
   * How many kinds of stock line (see mass-template.ts) a message with no figure in it is made of: "As a leader in the
   * mining services industry", "Thousands of professionals trust …", "open to a quick chat?". Read only when the verdict asks.
   */
  templateKinds: () => number;
}

export interface FlagsInput {
  anatomy: Anatomy;
  stats: PurposeStats;
  channel: Channel | undefined;
  parts: Record<PartName, PartResult>;
  ask: AskReading;
  flatteryOnly: boolean;
  prospect: Set<string>;
  /** Their company's distinctive words (`companyWords`). */
  company?: readonly string[];
}

/** How a limit finding names the channel: "300-character limit for a connection note". */
const LIMIT_NAMES: Record<Channel, string> = {
  linkedin_connection_note: 'a connection note',
  linkedin_message: 'a LinkedIn message',
  linkedin_inmail: 'an InMail',
  email: 'an email',
};

/** What a follow-up that adds something new need not say again. */
const FOLLOW_UP_CARRIES = new Set(['no_who_i_am', 'no_why_you']);

const NUMBER_WORDS = ['No', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine'];

/** Below this strength a part is missing; an offer from UNSURE_FROM up to it is one the rules saw a trace of. */
const MISSING_BELOW = 0.4;
const UNSURE_FROM = 0.3;

/** The question asked where a part may be there but is not plain (here, and where the second opinion finds one). */
export const UNSURE_FLAG: Record<'why_you' | 'whats_in_it_for_you' | 'who_i_am', Flag> = {
  why_you: flag(
    'unsure_why_you',
    'info',
    'Is why you wrote to them plain? Name the post, talk, number or person you mean, in one sentence',
    0,
  ),
  whats_in_it_for_you: flag(
    'unsure_value',
    'info',
    "Is what's in it for them plain? Say it in one sentence of its own: what they get, in their terms",
    0,
  ),
  who_i_am: flag('unsure_who', 'info', 'Is who you are plain? Your name, role and company, in one sentence', 0),
};

/** Talk left to their time or their word ("chat whenever you can", "talk anytime, let me know"), or "let's see if it fits". */
const LEFT_TO_THEM =
  /\b(?:chat|talk|speak|catch up|connect|conversation|coffee)\b[^.?!]{0,40}?\b(?:whenever|when(?:ever)? (?:you (?:can|like|want|get (?:a|the) (?:chance|sec|second|moment|minute))|you(?:'re| are) free|it suits(?: you)?)|any ?time|at your convenience|let me know|lmk)\b|^\W*(?:(?:so|then|and)\s+)?let(?:'s| us) see (?:if|whether) (?:it|this|that|we)\b[^.?!]{0,20}?\b(?:fits?|works?|suits?|match(?:es)?)\b/i;
/**
 * Contact asked of them with when, whether or what left to them as well ("Whatever works for you, just let me know", "Give
 * me a shout whenever", "Get in touch anytime"): nothing named to say yes to.
 */
const REACH_EN = String.raw`(?:let me know|lmk|get in touch|give me a (?:shout|call|ring|buzz)|reach out|drop me a (?:line|note)|ping me|call me|hit me up)`;
/** At most three words between the contact asked and the when-word: said of the contact, not of the thing offered. */
const FEW_WORDS_EN = String.raw`(?:[\s,;:-]+[\w'’]+){0,3}?[\s,;:-]+`;
const TIME_EN = String.raw`(?:whenever|any ?time|when(?:ever)? (?:it )?(?:suits|works)(?: best)?(?: (?:for )?you)?)`;
const WHAT_EN = String.raw`(?:whatever (?:works|suits)(?: best)?(?: (?:for )?you)?|what works(?: best)?(?: for you)?)`;
const leftBeside = (when: string) =>
  new RegExp(
    String.raw`\b${REACH_EN}${FEW_WORDS_EN}${when}\b|\b${when}${FEW_WORDS_EN}(?:just\s+|please\s+)?${REACH_EN}\b`,
    'i',
  );
/** Only the time left to them: "just let me know whenever suits", "let me know when works for you". */
const REACH_TIME_LEFT = leftBeside(TIME_EN);
/** What left to them: "Whatever works for you, just let me know", "let me know what works best". */
const REACH_WHAT_LEFT = leftBeside(WHAT_EN);
/** An offer of a thing to send or show, made as a statement: "I can send over the Bath route plan." */
const OFFER_SEND_EN =
  /\b(?:(?:i|we)(?: can| could|'ll| will|'d be happy to| would be happy to|'m happy to| am happy to|'d be glad to|'d love to)|(?:happy|glad) to)\s+(?:gladly\s+|happily\s+)?(?:send|share|forward|email|show)\b/i;
/** An offer to show how something works names the step: "let me know if you'd like me to show you how …". */
const SHOW_HOW_EN = /\bshow (?:you|your \w+)\b[^.?!]{0,30}?\bhow\b/i;
/**
 * A length, a day, a thing to send or try, or a topic named ("talk through the Bath meter data"): the step is named. Not
 * "about it", "through options" or "about how we could help".
 */
const CONCRETE_STEP = new RegExp(
  `${ASK_WHEN.source}|\\b(?:send|share|forward|email|intro(?:duce|duction)?|try|trial|pilot|sample|demo)\\b|\\b(?:about|through)\\s+(?!(?:it|this|that|things|anything|something|everything|options|ideas|possibilities|opportunities|synergies|how|what|whether|ways|working|a few things|some ideas|next steps|collaborat\\w*|partner\\w*)\\b)(?:the|your|our|their)\\s+\\w`,
  'i',
);

/**
 * With no ask, an offer in a sentence of its own is the step they can say yes to ("I would be glad to share the one-page
 * summary with you. Do let me know your thoughts."): a thing handed over, or one of ours to send or share. What the sender
 * does, said in their own introduction ("I'm at Crewline, we do maintenance scheduling"), is no such step, so a message
 * that warns of no ask is not purposeful then.
 */
function offerToTakeUp(parts: Record<PartName, PartResult>): boolean {
  const value = parts.whats_in_it_for_you;
  const offer = value.evidence ?? '';
  if (value.strength < 0.6 || !offer) return false;
  // The offer may share a sentence with the introduction ("I'm Priya at Frostline, and I can send you the Fresno
  // benchmark"): then only an offer said as one counts, never what the firm does.
  const intro = overlapsQuote(offer, parts.who_i_am.evidence);
  if (value.strength >= 0.75 && !intro) return true;
  const keywords = findKeywords(offer);
  return VALUE.glad.test(offer, keywords) || VALUE.can.test(offer, keywords);
}

export function flag(
  code: FindingCode,
  severity: Severity,
  message: string,
  penalty: number,
  blocksPurposeful = false,
): Flag {
  return { code, severity, message, penalty, blocksPurposeful };
}

/**
 * Praise that fits anyone: a warning when it is the only personal detail, a note beside a specific one.
 * `example` shows the kind of praise meant, in the message's language.
 */
export function flatteryFlag(onlyDetail: boolean, example = ''): Flag {
  return onlyDetail
    ? flag(
        'generic_flattery',
        'warning',
        `Flattery that fits anyone${example ? ` ("${example}")` : ''} is the only personal detail: name something specific they did or said`,
        8,
        // Praise that fits anyone is no reason why them: with nothing else about them, the message cannot be purposeful.
        true,
      )
    : flag(
        'generic_flattery',
        'info',
        `Flattery that fits anyone${example ? ` ("${example}")` : ''} adds nothing: the specific detail does the work`,
        3,
      );
}

export function quote(text: string): string {
  return clipWords(text, 60);
}

/** Whether the sentence before the one that holds the ask offers a thing to send or show, as a statement. */
function offerBefore(sentences: readonly Sentence[], askText: string): boolean {
  const at = sentences.findIndex((s) => s.text.includes(askText));
  const before = at > 0 ? sentences[at - 1] : undefined;
  return !!before && !before.question && OFFER_SEND_EN.test(before.text);
}

export function readFlags(input: FlagsInput): { flags: Flag[]; signals: Signals } {
  const { anatomy, stats, channel, parts, ask, flatteryOnly, prospect, company = [] } = input;
  const flags: Flag[] = [];
  const all = `${anatomy.subject}\n${anatomy.body}\n${anatomy.signature}`;
  const body = anatomy.body;
  const lower = anatomy.bodyKeywords;
  const who = parts.who_i_am.strength;
  const why = parts.why_you.strength;
  const value = parts.whats_in_it_for_you.strength;

  // --- could go to anyone ---
  // TEMPLATE_FIELD's keys have no spaces, so any of them in `all` lies within the subject, the body
  // or the signature: the body's keywords and two short scans screen it without rescanning the body.
  const mayHaveTemplate =
    TEMPLATE_FIELD.mayMatch(lower) ||
    (anatomy.subject !== '' && TEMPLATE_FIELD.mayMatch(findKeywords(anatomy.subject))) ||
    (anatomy.signature !== '' && TEMPLATE_FIELD.mayMatch(findKeywords(anatomy.signature)));
  const template = mayHaveTemplate ? TEMPLATE_FIELD.re.exec(all) : null;
  if (template) {
    flags.push(
      flag(
        'template_field',
        'critical',
        `Unfilled template field ${template[0]}: fill it in or rewrite the line`,
        30,
        true,
      ),
    );
  }
  const invitation = DEFAULT_INVITATION.exec(body, lower);
  if (invitation) {
    flags.push(
      flag(
        'default_invitation',
        'critical',
        `LinkedIn's default invitation ("${quote(invitation[0])}") could go to anyone: say why them and what you offer`,
        30,
        true,
      ),
    );
  }
  const withNews = FOLLOW_UP_WITH_NEWS.test(body, lower);
  const isFollowUp =
    withNews ||
    FOLLOW_UP_ON_MINE.test(body, lower) ||
    FOLLOW_UP.test(body, lower) ||
    FOLLOW_UP_POINTS_BACK.test(body, lower) ||
    FOLLOW_UP_SUBJECT.test(anatomy.subject) ||
    (body.length < 40 && BARE_NUDGE.test(body)) ||
    GUILT.test(body, lower);
  // Only a short message can be near-empty; skip the count for the rest. A short follow-up ("Any
  // news on this?") stands on the message it points back to: it is a nudge, not an empty note.
  const meaningful = stats.words > 40 ? stats.words : countMeaningfulWords(anatomy, prospect);
  const nearEmpty = meaningful < 5 && why < 0.5 && value < 0.5 && !isFollowUp;
  // However specific the milestone it names, a congratulation that introduces no one (a signed name at most),
  // offers nothing and asks nothing is a greeting card.
  const congratsOnly =
    !isFollowUp &&
    stats.words <= CONGRATS_WORDS &&
    who < 0.7 &&
    value < 0.3 &&
    ask.count === 0 &&
    parts.one_clear_ask.strength < 0.3 &&
    CONGRATS.test(anatomy.sentences[0]?.bare ?? '');
  if (nearEmpty) {
    flags.push(
      flag('near_empty', 'critical', 'Almost nothing here: say who you are, why them, and what you offer', 40, true),
    );
  }
  const genericMatches = [
    ...(GENERIC_AUDIENCE.match(body, lower) ?? []),
    ...(GENERIC_AUDIENCE_NAMED.match(body, lower) ?? []),
  ];
  const genericAudience = new Set(genericMatches.map((m) => m.toLowerCase())).size;
  // One stock phrase ("teams like yours") inside a message with a real detail about them is a habit, not a template.
  if (genericAudience > 0 && !(genericAudience === 1 && why >= 0.8)) {
    flags.push(
      flag(
        'mass_template',
        genericAudience >= 2 ? 'warning' : 'info',
        `Reads like a mass template ("${quote(genericMatches[0] ?? '')}"): say something only this person would get`,
        Math.min(20, 6 * genericAudience),
      ),
    );
  }
  // A mailing tool's unsubscribe footer is the mark of a list, whoever the greeting names.
  if (anatomy.optOut !== '' && genericAudience === 0) {
    flags.push(
      flag(
        'mass_template',
        'info',
        `Reads like a mass mailing ("${quote(anatomy.optOut)}"): write to this one person, without the list's footer`,
        4,
      ),
    );
  }
  // Three kinds of stock line (mass-template.ts) in a message with no figure, nothing about them and nothing for them.
  let lines: { kinds: number; first: string } | undefined;
  // Read once, for the stock lines and for the signal.
  const sectorGuess = SECTOR_GUESS.test(body);
  const templateLines = () => {
    lines ??= /\d/.test(body) ? { kinds: 0, first: '' } : stockLines(body, 'en', sectorGuess);
    return lines;
  };
  if (why < 0.4 && value < 0.5 && !flags.some((f) => f.code === 'mass_template')) {
    const { kinds, first } = templateLines();
    if (kinds >= templateKindsFor(who))
      flags.push(
        flag(
          'mass_template',
          'warning',
          `Reads like a mass template ("${quote(first)}"): say something only this person would get`,
          0,
        ),
      );
  }
  const connect = ASK.connect.exec(body, lower);
  const genericConnect = !!connect && why < 0.4 && value < 0.5;
  if (genericConnect && !invitation) {
    flags.push(
      flag(
        'generic_connect',
        'warning',
        `"${quote(connect?.[0] ?? '')}" gives no reason to accept: say why them and what's in it for them`,
        10,
      ),
    );
  }
  const flattery = FLATTERY.exec(body, lower);
  if (flattery) {
    flags.push(flatteryFlag(flatteryOnly, quote(flattery[0])));
  }
  const cliche = CLICHE.exec(body, lower);
  if (cliche) {
    flags.push(flag('generic_opener', 'info', `"${quote(cliche[0])}" fits anyone: open with why them instead`, 3));
  }
  const mutual = WHY.vagueMutual.exec(body, lower);
  if (mutual) {
    flags.push(
      flag(
        'unnamed_mutual_connections',
        'info',
        'Unnamed mutual connections are no reason: name the person you both know',
        3,
      ),
    );
  }

  // --- the parts ---
  if (why < MISSING_BELOW && !nearEmpty) {
    flags.push(
      flag(
        'no_why_you',
        'warning',
        'Say why them: mention something specific they did or said (a post, a talk, a launch, a person you both know)',
        0,
      ),
    );
  }
  // An offer the rules found only a trace of (a gain said in passing, a thing named but not handed over) is asked
  // about, not asserted missing: "Is what's in it for them plain?" rather than "Say what's in it for them". A reason
  // or a sender weighed that low is one they know for generic ("your posts", "heard on the radio"), and is named so.
  if (value >= UNSURE_FROM && value < MISSING_BELOW && !nearEmpty) flags.push(UNSURE_FLAG.whats_in_it_for_you);
  else if (value < MISSING_BELOW && !nearEmpty) {
    flags.push(
      flag(
        'no_value',
        'warning',
        "Say what's in it for them: offer something useful (data, a checklist, an intro), not a demo",
        0,
      ),
    );
  }
  if (who < MISSING_BELOW && !nearEmpty) {
    flags.push(flag('no_who_i_am', 'warning', 'Say who you are: your role and company in one line', 0));
  }
  if (ask.count >= 2) {
    const n = NUMBER_WORDS[ask.count] ?? String(ask.count);
    flags.push(flag('several_asks', 'critical', `${n} asks: keep the one that matters`, 20, true));
  }
  if (ask.highFriction) {
    flags.push(
      flag(
        'heavy_ask',
        'warning',
        `Heavy ask ("${quote(ask.highFriction)}"): ask for something small first, like 15 minutes or a yes/no`,
        12,
      ),
    );
  }
  const imposed =
    unlessTheirCall(IMPOSED_MEETING.exec(body, lower), body) ??
    PUT_IN_CALENDAR.exec(body, lower) ??
    subjectMatch(MEETING_SETTLED, anatomy.subject);
  if (imposed) {
    flags.push(
      flag('meeting_imposed', 'warning', `Ask before you book ("${quote(imposed[0])}"): let them choose`, 15, true),
    );
  }
  const booking =
    (body.includes('/') || body.includes('.com') ? BOOKING_LINK.exec(body) : null) ??
    (body.includes('link') ? BOOKING_LINK_POINTED.exec(body) : null);
  if (booking && ask.count <= 1 && ask.kind !== 'question') {
    flags.push(
      flag(
        'booking_link_only',
        'warning',
        `A booking link ("${quote(booking[0])}") as the only ask: ask one question they can answer instead`,
        12,
        true,
      ),
    );
  }
  const contract = askedOfThem(unlessToRead(CONTRACT_ASK.exec(body, lower), body), body);
  if (contract) {
    flags.push(
      flag(
        'contract_ask',
        'warning',
        `A contract or fee ("${quote(contract[0])}") before any conversation: ask for something small first`,
        15,
        true,
      ),
    );
  }
  const deadline =
    imposedDate(DEADLINE.exec(body, lower), body) ??
    imposedDate(subjectMatch(DEADLINE.re, anatomy.subject), anatomy.subject);
  if (deadline) {
    flags.push(
      flag(
        'deadline',
        'warning',
        `A deadline of yours ("${quote(deadline[0])}") is not their reason to reply: drop it, or say why the date matters to them`,
        15,
        true,
      ),
    );
  }
  const scarcity = SCARCITY.exec(body, lower) ?? (anatomy.subject ? SCARCITY.re.exec(anatomy.subject) : null);
  if (scarcity) {
    flags.push(
      flag(
        'scarcity',
        'warning',
        `Scarcity ("${quote(scarcity[0])}") reads as pressure: let the offer stand on its use to them`,
        15,
        true,
      ),
    );
  }
  // A meeting put in their calendar is an ask, if the wrong kind: that finding says so instead.
  const askText = parts.one_clear_ask.evidence ?? '';
  const reachWhat = !!askText && REACH_WHAT_LEFT.test(askText);
  // Only the time left, right after an offer made as a statement, is when to take that offer up: "I can send over the
  // Bath route plan. Just let me know whenever."
  const reachTime =
    !reachWhat && !!askText && REACH_TIME_LEFT.test(askText) && !offerBefore(anatomy.sentences, askText);
  const reachLeft =
    ask.count <= 1 && (reachWhat || reachTime) && !CONCRETE_STEP.test(askText) && !SHOW_HOW_EN.test(askText);
  if (
    ask.count === 0 &&
    parts.one_clear_ask.strength < 0.45 &&
    !nearEmpty &&
    !imposed &&
    !booking &&
    !contract &&
    !reachLeft
  ) {
    flags.push(
      flag(
        'no_ask',
        'warning',
        'No clear ask: end with one easy next step (e.g. "Want me to send it?")',
        0,
        !offerToTakeUp(parts),
      ),
    );
  }
  // One ask that leaves the next step to them in time and step ("Let's chat whenever you can, let me know?", "Let's see
  // if it fits?"): nothing to say yes to, however good the rest. A length, a day or a thing to send makes it concrete.
  if (
    (ask.count === 1 && askText && LEFT_TO_THEM.test(askText) && !CONCRETE_STEP.test(askText)) ||
    (reachLeft && !imposed && !booking && !contract)
  ) {
    flags.push(
      flag(
        'vague_ask',
        'warning',
        `"${quote(askText)}" leaves the next step to them: ask for one concrete, easy thing (a length and a day, or your offer)`,
        0,
        true,
      ),
    );
  }
  const offload = OFFLOAD.exec(body, lower);
  if (offload && value < 0.5) {
    flags.push(
      flag(
        'asks_a_favour',
        'warning',
        'Asks them to do your work (find the right person, make an intro) with nothing offered in return',
        10,
      ),
    );
  }
  const pressing = PRESSURE.exec(body, lower);
  // A date in it ("by Friday") may be a promise of ours or a plan of theirs; a quota never is.
  const pressure = pressing && /^(?:by|before)\b/i.test(pressing[0]) ? imposedDate(pressing, body) : pressing;
  if (pressure) {
    flags.push(
      flag(
        'pressure',
        'warning',
        `Your quota or deadline ("${quote(pressure[0])}") is not their reason to reply: make it about them`,
        15,
      ),
    );
  }
  const vague = VAGUE_INTENT.exec(body, lower);
  if (vague) {
    flags.push(
      flag(
        'vague_intent',
        'warning',
        `Vague intent ("${quote(vague[0])}"): say exactly what you offer or want to learn`,
        12,
      ),
    );
  }
  const hype = hypeLevel(body, lower);
  if (hype >= 3) {
    flags.push(
      flag('hype', 'warning', 'Hype (capitals, "!!", buzzwords, emoji): plain words read as more credible', 12),
    );
  }
  const pitch = new Set((PITCH.match(body, lower) ?? []).map((m) => m.toLowerCase())).size;
  if (pitch >= 2 && value < 0.5) {
    flags.push(
      flag(
        'pure_pitch',
        'warning',
        'All about the product: lead with something useful to them instead of features',
        10,
      ),
    );
  }

  // --- follow-ups ---
  let followUp: Signals['followUp'] = 'none';
  if (isFollowUp) {
    const news = withNews || NEW_VALUE.test(body, lower);
    // A follow-up that presses ("our pilot slots close Friday and I can't hold yours much longer") brings pressure,
    // not something new, whatever it holds out.
    const presses = flags.some((f) => PRESSING.has(f.code));
    const addsValue = !presses && !GUILT.test(body, lower) && ((news && value >= 0.5) || value >= 0.75);
    followUp = addsValue ? 'adds_value' : 'pushy';
    flags.push(
      addsValue
        ? flag(
            'follow_up_adds_value',
            'info',
            'A follow-up that brings something new: that is the right way to follow up',
            0,
          )
        : flag(
            'pushy_follow_up',
            'critical',
            'A follow-up that only nudges: bring something new (a finding, a resource) or let it rest',
            30,
            true,
          ),
    );
    if (addsValue) {
      // A follow-up stands on the first message: who the sender is and why this person were said
      // there. Asking for them again would push reps to repeat the whole pitch.
      for (let i = flags.length - 1; i >= 0; i--) if (FOLLOW_UP_CARRIES.has(flags[i]!.code)) flags.splice(i, 1);
    }
  }

  // --- length and channel ---
  const bodyWords = stats.words;
  if (bodyWords > WALL_OF_TEXT_WORDS) {
    const inShortParagraphs =
      bodyWords <= WALL_OF_TEXT_HARD_WORDS &&
      anatomy.body.split(/\n\s*\n/).every((paragraph) => countWords(paragraph) <= DENSE_PARAGRAPH_WORDS);
    flags.push(
      inShortParagraphs
        ? flag(
            'long_message',
            'warning',
            `${bodyWords} words: long for a first message, even in short paragraphs. First messages of ${BEST_WORDS.min}–${BEST_WORDS.max} words get the most replies`,
            10,
          )
        : flag(
            'wall_of_text',
            'critical',
            `Wall of text: ${bodyWords} words. Cut to under ${BEST_WORDS.max}: one detail, one offer, one ask`,
            25,
            true,
          ),
    );
  } else if (bodyWords > BEST_WORDS.max && channel !== 'linkedin_connection_note') {
    flags.push(
      flag(
        'long_message',
        'info',
        `${bodyWords} words: first messages of ${BEST_WORDS.min}–${BEST_WORDS.max} words get the most replies`,
        3,
      ),
    );
  }
  if (channel) {
    const sent = anatomy.subject ? `${anatomy.body}\n${anatomy.signature}`.trim() : anatomy.plain.trim();
    const chars = countCharacters(sent);
    const limit = CHANNEL_LIMITS[channel];
    if (limit !== null && chars > limit) {
      flags.push(
        flag(
          'over_channel_limit',
          'critical',
          `${thousands(limit)}-character limit for ${LIMIT_NAMES[channel]}: ${thousands(chars)} characters`,
          15,
          true,
        ),
      );
    } else if (channel === 'linkedin_inmail' && chars > INMAIL_SHORT_CHARACTERS) {
      flags.push(
        flag(
          'long_inmail',
          'info',
          `InMails under ${INMAIL_SHORT_CHARACTERS} characters get about a fifth more replies: this one has ${thousands(chars)}`,
          2,
        ),
      );
    }
  }

  return {
    flags,
    signals: {
      defaultInvitation: !!invitation,
      templateField: !!template,
      nearEmpty,
      congratsOnly,
      genericAudience,
      followUp,
      genericConnect,
      addressed:
        ADDRESSED.test(anatomy.sentences[0]?.text ?? '') ||
        LONE_NAME.test(anatomy.sentences[0]?.text ?? '') ||
        FULL_NAME.test(anatomy.sentences[0]?.text ?? '') ||
        (anatomy.subject !== '' && ADDRESSED.test(anatomy.subject)),
      teamSigned: signedByTeam(anatomy.signature),
      sectorGuess,
      templateKinds: () => templateLines().kinds,
      listItems: countListItems(body),
      circular: CIRCULAR.test(body, lower),
      unsigned:
        !channel?.startsWith('linkedin') &&
        SIGN_OFF_ONLY.test(anatomy.signature) &&
        !anatomy.sentences.some((s) => NAMED_SIGN_OFF.test(s.text)) &&
        !PRIOR_CONTACT.test(body) &&
        !SELF_NAMED.test(body),
      career: tellsCareer(anatomy.sentences) !== undefined,
      namesWhatTheyOffer: () => namesWhatTheyOffer(anatomy.sentences),
      broadcast: () => anatomy.optOut !== '' || BROADCAST.test(body, lower),
      namesThem: (line) =>
        (line.toLowerCase().match(/[\p{L}\p{N}&]+/gu) ?? []).some((w) => w.length > 2 && prospect.has(w)),
      // Praise of their profile with nothing asked but to connect ("impressed by your experience at Danubia Logistics.
      // I'd love to connect") could go to anyone, their company named or not.
      flatteryAtTheirCompany:
        !!flattery &&
        company.length > 0 &&
        namesCompany(anatomy.bodyLower, company) &&
        !(
          genericConnect &&
          PROFILE_PRAISE.test(anatomy.sentences.find((x) => x.text.includes(flattery[0]))?.text ?? flattery[0])
        ),
    },
  };
}

/** Findings that press the reader with a date, scarcity or the sender's own targets. */
const PRESSING: ReadonlySet<string> = new Set(['deadline', 'scarcity', 'pressure']);

/** A sign-off with a name run into the body: "Warmly, Tomasz", "Thanks — Ana", "— Ana". */
const NAMED_SIGN_OFF =
  /^\W*(?:(?:thanks|thank you|(?:best|kind|warm|many)\s+(?:regards|wishes|thanks)|regards|best|cheers|sincerely|warmly|yours(?:\s+(?:sincerely|faithfully|truly))?|all the best)\s*[,.!:;\u2014\u2013-]+\s*|[\u2014\u2013-]\s*)\p{L}[\p{L}'.-]*(?:\s+\p{L}[\p{L}'.-]*){0,2}\W*$/iu;

/** A signature of sign-off words alone, or none: "Thanks!", "Best,". */
const SIGN_OFF_ONLY =
  /^\W*(?:(?:thanks|thank you|(?:best|kind|warm|many)\s+(?:regards|wishes|thanks)|regards|best|cheers|sincerely|warmly|all the best)\W*)?$/i;
/** An introduction the who readers may not parse, that names someone: "We're the founders of Mapleward", "I'm @maria.santos". */
const SELF_NAMED =
  /\b(?:[Ii]'m|[Ii] am|[Ww]e're|[Ww]e are|[Mm]y name is|[Tt]his is)\s+(?:[\p{Ll}-]+\s+){0,4}?(?:@\w|\p{Lu})/u;
/** They have heard from us before: who we are is known. */
const PRIOR_CONTACT =
  /\b(?:we (?:spoke|talked|met|chatted)|my (?:last|earlier|previous|first) (?:note|email|mail|message)|following up|last time)\b/i;

/** A congratulation or a wish opening the message, in any language the check reads. */
const CONGRATS =
  /^[^\p{L}]*(?:congrat\p{L}*|happy (?:work )?anniversary|happy birthday|well done|kudos|hearty congratulations|(?:muchas |mis )?felicidades|enhorabuena|felicitaciones|felicitations|félicitations|bravo|parabéns|feliz aniversário|feliz aniversario|joyeux anniversaire|(?:herzlichen )?glückwunsch\p{L}*|(?:ich )?gratuliere)(?![\p{L}])/iu;
/** A congratulation in more words than this says something besides. */
const CONGRATS_WORDS = 25;

/** Where the sentence holding `index` starts: after the last . ! or ? before it. */
function sentenceStart(text: string, index: number): number {
  return Math.max(text.lastIndexOf('.', index), text.lastIndexOf('!', index), text.lastIndexOf('?', index)) + 1;
}

/** The sentence holding `index`, from its start to its closing mark. */
export function sentenceAt(text: string, index: number): string {
  const end = text.slice(index).search(/[.!?]/);
  return text.slice(sentenceStart(text, index), end < 0 ? text.length : index + end);
}

/**
 * A date that binds them, not one of their own plans or a promise of ours: "before the end of the
 * year" after "you intend to apply" is their plan, after "please confirm" it is a deadline.
 */
function imposedDate(found: RegExpExecArray | null, text: string): RegExpExecArray | null {
  if (!found) return null;
  const before = text.slice(sentenceStart(text, found.index), found.index);
  // An offer or a price that runs out ("prices go up on the 1st", "the launch rate is valid until 31 March")
  // is the seller's, whatever else the sentence promises or plans, unless it is theirs ("your rates go up",
  // "Pinecrest's rates … go up", "your post said …").
  if (RUNS_OUT.test(found[0])) {
    // Whose is the one that runs out: the last offer or price named before the verb ("lock in your rate
    // before prices go up": the prices, not their rate).
    let at = 0;
    for (const m of found[0].matchAll(RUNS_OUT_NOUN)) at = m.index;
    const lead = before + found[0].slice(0, at);
    return THEIRS_BEFORE.test(lead) || /\b(?:your|their)\b/i.test(found[0].slice(at)) || REPORTED.test(lead)
      ? null
      : found;
  }
  // How long a thing of theirs stays as it is ("weekend tickets sit until Monday", "the parts wait till March") is their
  // situation told back to them, not a date set for their reply.
  if (/^(?:until|till)\b/i.test(found[0]) && LASTS_UNTIL.test(before) && !OURS_THAT_LASTS.test(before)) return null;
  const clause = `${before}${found[0]}`;
  // The date of what the sender or their service does ("I'll have a quote back to you by Friday", "it's on the roof by
  // noon") binds no one but them, whatever condition came first ("If you send me the size, …"): the date belongs to the
  // last subject before it, unless that subject goes on to want something of them ("I need your answer by Friday").
  if (sendersOwnTime(before, found[0])) return null;
  if (REQUEST_MARK.test(clause)) return found;
  // "your prices rise on 1 April" is their own date; "a shortlist you could have by Friday" is our promise.
  return /\b(?:your|their)\s+$/i.test(before) || DATED_PLAN.test(clause) || OUR_PROMISE.test(before) ? null : found;
}

/**
 * Whether the words before a date (`dated`, the words that set the deadline off), in its sentence, end in a clause the sender (or their work: "it", "the crew") is the
 * subject of, with nothing asked of the reader after that subject and nothing held for them to lose.
 */
function sendersOwnTime(before: string, dated: string): boolean {
  // The subject may stand inside the words that set the date off, after the request: "kindly reply and I
  // shall send it by Friday" dates the sending, which is the sender's.
  const clause = `${before}${dated}`;
  let dateAt = 0;
  for (const m of dated.matchAll(DATE_WORD)) dateAt = m.index;
  const end = before.length + dateAt;
  let at = -1;
  for (const m of clause.matchAll(SENDER_SUBJECT)) {
    if (m.index >= end) break;
    // Inside those words only a new clause counts ("… and I shall send it by Friday"), not a relative one ("sign
    // the proposal I've attached by Friday").
    if (m.index < before.length || NEW_CLAUSE_BEFORE.test(clause.slice(0, m.index))) at = m.index;
  }
  if (at < 0) return false;
  // From that subject to the date: "If I don't hear back by Friday" waits on them.
  const rest = clause.slice(at);
  // A later clause with them as its subject or an imperative of theirs ("…, and you reply by Friday") is theirs.
  return !READER_CLAUSE.test(rest) && !REQUEST_MARK.test(rest) && !WANTS_OF_THEM.test(rest);
}
/** The sender, their firm or their work as a clause's subject, with a verb: "I'll", "we can", "it's", "our crew will". */
const SENDER_SUBJECT =
  /\b(?:i|we)(?:'ll|'d|'m|'re|'ve)?\s+(?:(?:can|could|will|would|shall|should|am|are|have|usually|always|then|also|just|only|normally)\s+)*(?!need\b|want\b|expect\b|require\b|ask\b|must\b)[\p{L}-]+|\bit(?:'s|'ll| will| is| can| would| could)\b|\b(?:our|my)\s+(?:[\p{L}-]+\s+){0,2}?(?:will|can|could|would|is|are|'ll)\b/giu;
/** What ends the words before a new clause: "and", "then", "so" or a comma. */
const NEW_CLAUSE_BEFORE = /(?:\b(?:and|then|so)|,)\s*$/i;
/** The word that sets a date off as a limit. */
const DATE_WORD = /\b(?:by|before|until|till|ahead of|no later than)\b/gi;
/** A clause with the reader as its subject, or an order to them, after the sender's. */
const READER_CLAUSE =
  /[,;\u2014\u2013]\s*(?:(?:and|so|but|then)\s+)?(?:you\b|(?:reply|respond|confirm|send|sign|let me know|book|decide|register|return)\b)|\b(?:and|so|but|then)\s+you\b/i;
/** What the sender wants of them or holds over them: "I need your answer", "I'd appreciate a reply", "we can only hold the slot". */
const WANTS_OF_THEM =
  /\b(?:need|needs|want|wants|expect|require|ask|must|appreciate|grateful|love|like|hope|welcome|ideally|your (?:reply|answer|response|decision|confirmation|signature|go-ahead|order|booking)|only|hold|holding|keep|keeping|reserve|reserving|release|close|closes|closing|expire|expires|otherwise|unless|assume)\b/i;

/** A deadline that is an offer or a price running out: DEADLINE's own forms for it. */
const RUNS_OUT = /^(?:offer|discount|pricing|prices?|promotion|promo|deal|rates?|window)\b/i;
const RUNS_OUT_NOUN = /\b(?:offer|discount|pricing|prices?|promotion|promo|deal|rates?|window)\b/gi;
/** Whose the thing before it is: "your", "their", "Pinecrest's". */
const THEIRS_BEFORE = /\b(?:your|their|[\p{L}-]+'s)\s+$/iu;
/** What they said, reported: "your post said", "you mentioned". */
const REPORTED = /\b(?:said|says|mentioned|wrote|writes|noted|notes|announced|shared|told|tells)\b/i;

/** A state that lasts, just before "until": "sit", "wait", "stay", "remain", "lie", "pile up" (two words may stand between). */
const LASTS_UNTIL =
  /\b(?:sit|sits|sat|sitting|wait|waits|waited|waiting|stay|stays|stayed|staying|remain|remains|remained|lie|lies|lay|lying|pile up|piles up|piled up|queue|queues|queued|linger|lingers|lingered)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** Ours that stays open until then ("our pilot slots stay available until the 30th"): an offer running out, still ours. */
const OURS_THAT_LASTS =
  /\b(?:our|my|we|offer|price|prices|pricing|discount|slots?|spots?|places?|rate|rates|deal|seats?)\b/i;

/** What we will have done for them by the date: "a shortlist your team could have", "I'll have the audit to you". */
const OUR_PROMISE =
  /(?:\b(?:you|your\s+[\p{L}-]+)\s+(?:could|can|would|will|'d|'ll|should)\s+(?:have|get|receive|see)\b(?:\s+(?:it|them|this|that|one))?|\b(?:i|we)(?:'ll| will| can| could|'d| would)\s+(?:have|get|send|deliver|share|email)\b[^.!?,;]{0,50}?(?:\s+(?:to|over to) you|\s+(?:back|across|over))?|\bready)\s+$/iu;

/**
 * A call we say we will make, left to them: "if useful, I'll call you Thursday", "I'll ring you if
 * that's easier". A condition on what they want, not on their silence ("if I don't hear back").
 */
function unlessTheirCall(found: RegExpExecArray | null, text: string): RegExpExecArray | null {
  if (!found || !/^(?:i'll|i will|i'm going to|we'll|we will)\b/i.test(found[0])) return found;
  return THEIR_TERMS.test(sentenceAt(text, found.index)) ? null : found;
}

const THEIR_TERMS =
  /\b(?:if (?:(?:it|that|this)(?:'s| is| would be| were)? )?(?:useful|helpful|easier|simpler|quicker|better|of use|of interest|welcome|convenient|ok|okay|preferred|handy)|if (?:it|that|this) (?:helps|suits|works)|if you(?:'d| would)? (?:like|prefer|want|wish|rather)|if you(?:'re| are) (?:keen|interested|open|up for)|should you (?:wish|prefer|want|like)|only if you)\b/i;

/**
 * A paper we ask leave to send ("Could I send you the one-page agreement we use with them?") is theirs
 * to read, as a guide would be; only signing, returning or paying it asks them to commit.
 */
function unlessToRead(found: RegExpExecArray | null, text: string): RegExpExecArray | null {
  if (!found || !/^send\b/i.test(found[0])) return found;
  const start = sentenceStart(text, found.index);
  if (!MAY_I_SEND.test(text.slice(start, found.index))) return found;
  return COMMIT_WORDS.test(sentenceAt(text, found.index)) ? found : null;
}
const MAY_I_SEND = /\b(?:can|could|may|might|shall|should)\s+(?:i|we)\s+$/i;
const COMMIT_WORDS = /\b(?:sign|signed|signing|signature|countersign|return|fill|pay|payment|commit)\b/i;

/** A contract or fee asked of them, not one they told of or one we waive. */
function askedOfThem(found: RegExpExecArray | null, text: string): RegExpExecArray | null {
  if (!found) return null;
  const before = text.slice(sentenceStart(text, found.index), found.index);
  // Their plan ("your board will sign the contract in May") tells of it; ours ("I'll send the agreement;
  // just sign …") pushes it.
  const plan = DATED_PLAN.exec(before);
  const theirPlan = !!plan && !/^(?:i|we)\b/i.test(plan[0]) && !REQUEST_MARK.test(before);
  // "There's no setup fee", "without a contract": a fee waived is a term in their favour, not one asked of them.
  const waived = /\b(?:no|without(?:\s+an?|\s+any)?|zero)\s+(?:[\w-]+\s+)?$/i.test(before);
  return THEIR_FEE.test(before) || theirPlan || waived ? null : found;
}

/** A subject line that settles the meeting for them: "Meeting confirmed – Thursday 11 AM", "Call booked: Tue 3pm". */
const MEETING_SETTLED =
  /\b(?:meeting|call|demo|appointment|session|slot|invite)\s*(?:is\s+)?(?:confirmed|booked|scheduled|fixed|locked in)\b|\b(?:confirmed|booked|scheduled)\s*[:\u2013\u2014-]?\s*(?:our\s+|your\s+)?(?:meeting|call|demo|appointment)\b/i;

function subjectMatch(re: RegExp, subject: string): RegExpExecArray | null {
  return subject ? re.exec(subject) : null;
}

/**
 * A greeting with a name after it, or a name opening the message: written to someone, however badly.
 * A title says a name follows ("Dr Obi,", "Ms. Chen —", "Prof. Lang:"); "Dear Sir," and "Greetings of
 * the day" name no one.
 */
const ADDRESSED =
  /^[^\p{L}]*(?:(?:hi|hey|hello|hallo|dear|good (?:morning|afternoon|evening|day)|morning|afternoon|evening|greetings|howdy|hiya|yo|bonjour|salut|hola|olá|ola|caro|cara|estimad[oa]|liebe[r]?|sehr geehrte[r]?)\s+(?!(?:there|all|team|everyone|folks|friend|friends|valued|sir|madam|partner|partners|colleague|colleagues|hiring|recruiter|customer|client|of|to|from)\b)(?!(?:[\p{L}-]+\s+){0,2}(?:manager|director|owner|officer|accountant|professional|buyer|administrator|coordinator|department|proprietor|practitioner|operator|supervisor|homeowner|resident|member|subscriber|dentist|pharmacist|headteacher|principal)s?\s*[,:!\u2014\u2013])\p{L}|(?:dr|doctor|prof|professor|mr|mrs|ms|miss|mx|herr|frau|mme|sr|sra)\.?\s+\p{L}[\p{L}'-]*\s*[,:!\u2014\u2013]|(?!(?:hi|hey|hello|hallo|dear|hiya|yo|bonjour|salut|hola|olá|ola|thanks|thank|greetings|congrats|congratulations|cheers|sorry|so|well|also|and|but|ok|okay|yes|no|quick|question)\b)\p{L}+\s*[,\u2014\u2013])/iu;

/**
 * A full name opening the message ("Priya Shah,", "Jean-Luc Martin —"): two or three capitalised words
 * and a comma or dash. Case-sensitive, so "hope you're well," is not one; nor is a greeting, a pleasantry
 * or a crowd in capitals ("Happy Monday,", "Dear Team,", "Quick Question:").
 */
const FULL_NAME =
  /^[^\p{L}]*(?!(?:Hi|Hey|Hello|Dear|Good|Happy|Merry|Season's|Quick|Greetings|Thanks|Thank|Congrats|Congratulations|Cheers|Sorry|Hope|Morning|Evening|Afternoon|Welcome|Great|Just|Final|Last|Big|New|Exciting|Re|Fwd)\b)\p{Lu}\p{Ll}+(?:[-' ]\p{Lu}\p{Ll}+){1,2}(?<!\b(?:Team|All|Everyone|Partner|Partners|Customer|Customers|Colleagues|Friends|Folks|Question|Idea|Update|Note))\s*[,\u2014\u2013]/u;

/** Three things or more, inline: "a, b and c", "a, b, c", each short. */
const ITEM = '[^,.;:!?()\\n]{2,40}';
const THINGS = `${ITEM}(?:,\\s*${ITEM})+,?\\s+(?:and|or|&)\\s+${ITEM}|${ITEM}(?:,\\s*${ITEM}){2,}`;
/** A verb of making, selling or doing, or "with" after it: what comes next is what they offer. */
const OFFER_VERB =
  '(?:with|offer(?:s|ing)?|provid(?:e|es|ing)|sell(?:s|ing)?|mak(?:e|es|ing)|build(?:s|ing)?|suppl(?:y|ies|ying)|do|does|doing|cover(?:s|ing)?|includ(?:e|es|ing)|speciali[sz](?:e|es|ing) in|manufactur(?:e|es|ing)|produc(?:e|es|ing)|shoot(?:s|ing)?|design(?:s|ing)?|install(?:s|ing)?|run(?:s|ning)?)';
/**
 * The sender ("I", "we", "our studio") or their company, a few words, the verb, then the list (after a
 * colon, if any); or "I"/"we" and any verb straight before it ("I draw diagrams, exploded views and …").
 * Not a list of the reader's ("I hope you, your family and your team are well").
 */
const OFFERING_BY_SENDER = new RegExp(
  `\\b(?:(?:i|we|i'm|we're|i am|we are|our(?:\\s+[\\p{L}-]+){1,2})\\s+(?:[\\p{L}'-]+\\s+){0,8}?${OFFER_VERB}|(?:i|we)\\s+(?:(?:also|mostly|mainly|usually|only|just)\\s+)?[\\p{L}-]+)\\s+(?:[^.!?:\\n]{0,60}:\\s*)?(?!(?:you|your|yours|them|their)\\b)(${THINGS})`,
  'iu',
);
const OFFERING_BY_COMPANY = new RegExp(
  `^\\W*\\p{Lu}[\\p{L}&-]+\\s+\\p{Ll}+s\\s+(?:(?:[\\p{L}'-]+\\s+){0,8}?${OFFER_VERB}\\s+)?(?:[^.!?:\\n]{0,60}:\\s*)?(${THINGS})`,
  'u',
);

/**
 * Whether the sender lists what they make or do, in a sentence that is no stock phrase: four things or
 * more, as a bulleted list must have, or three of which two are more than a word ("clear employee guides,
 * a mobile portal and bilingual support"). Three single words ("consulting, coaching and training") are
 * categories any firm could list. A list of stock benefits ("unlock growth, streamline operations and
 * drive results") is the mass mailing's, and its stock phrases rule it out before this is asked.
 */
function namesWhatTheyOffer(sentences: readonly { bare: string }[]): boolean {
  for (const { bare } of sentences) {
    if (!bare.includes(',') || bare.length < 30) continue;
    const list = (OFFERING_BY_SENDER.exec(bare) ?? OFFERING_BY_COMPANY.exec(bare))?.[1];
    if (!list) continue;
    const items = list.split(/,\s*(?:(?:and|or|&)\s+)?|\s+(?:and|or|&)\s+/).filter((i) => i.trim() !== '');
    const phrases = items.filter((i) => /\S\s+\S/.test(i.trim())).length;
    if (items.length >= LISTED_INLINE || (items.length >= 3 && phrases >= 2)) return true;
  }
  return false;
}
const LISTED_INLINE = 4;

/** A list line: a bullet, a dash or a tick at its start, or a number and a stop ("1."). */
const LIST_ITEM = /^\s*(?:[-\u2013\u2014\u2022*\u2714\u2713\u25aa\u25ba]|\d+[.)])\s+/u;

export function countListItems(body: string): number {
  if (!body.includes('\n')) return 0;
  let n = 0;
  for (const line of body.split('\n')) if (LIST_ITEM.test(line)) n++;
  return n;
}

/**
 * A first line that is one word on its own, a name said to them however it is written ("sam", "Carl 👋",
 * "priya —"): the way a terse writer opens on a person. Not a greeting, a bump or a word to a crowd.
 */
const LONE_NAME =
  /^[^\p{L}]*(?!(?:hi|hey|hello|hallo|hiya|yo|howdy|morning|evening|afternoon|greetings|bonjour|salut|hola|olá|ola|oi|ciao|hej|hei|hoi|moin|servus|namaste|aloha|dear|sir|madam|colleague|colleagues|partner|partners|gm|thanks|thank|congrats|congratulations|cheers|sorry|apologies|welcome|bump|bumping|update|reminder|question|quick|all|team|everyone|folks|friends|there|ok|okay|yes|no|so|well|also)(?!\p{L}))\p{L}{2,}[^\p{L}\p{N}]*$/iu;

/** Words that carry content: not the greeting, the prospect's name, pleasantries or the signature. */
function countMeaningfulWords(anatomy: Anatomy, prospect: Set<string>): number {
  let n = 0;
  for (const s of anatomy.sentences) {
    // GREETING matches at the start or not at all, so replacing it with a space is a space before the bare text.
    const stripped = s.bare === s.text ? s.text : ` ${s.bare}`;
    const text = PLEASANTRY.mayMatch(s.keywords) ? stripped.replace(PLEASANTRY.re, ' ') : stripped;
    for (const w of text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? []) {
      if (!prospect.has(w)) n++;
    }
  }
  return n;
}

/** 1,900 rather than 1900; toLocaleString would do it, at the cost of a trip into ICU per call. */
export function thousands(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A code unit from U+00A9 (©, the first Extended_Pictographic character) up: where an emoji may be. */
const BEYOND_LATIN = /[\u00a9-\uffff]/;

function hypeLevel(body: string, lower: Keywords): number {
  let level = (HYPE_WORDS.match(body, lower) ?? []).length;
  // A word in capitals shouts when it is a word of the language ("FREE", "LIMITED"); an acronym ("FISMA", "ICAM") names a thing.
  level += (body.match(SHOUT) ?? []).filter(
    (w) => !ACRONYM_OK.test(w) && !/\d/.test(w) && isCommonWord(w.toLowerCase()),
  ).length;
  level += (body.match(REPEATED_BANG) ?? []).length;
  // Every emoji is at U+00A9 or beyond: a body with no such character has none, and needs no pass of EMOJI.
  const emoji = BEYOND_LATIN.test(body) ? (body.match(EMOJI) ?? []).length : 0;
  if (emoji >= 3) level += emoji - 1;
  return level;
}

export { countWords };
