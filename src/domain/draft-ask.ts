// The rep's ask, made one concrete question before it is framed: a hedge ("if there's interest,
// perhaps a brief call could be arranged at some point") loses its hedging, a booking imperative ("grab
// a slot on my calendar") becomes the call it books, and two asks joined by "or", "and" or "+" become the
// one that costs the reader least (something sent beats a call, a call beats a meeting with more people).
// Its details stay: who attends ("w/ her + AP lead" is a call with you and your AP lead) and when ("thurs
// or fri" is Thursday or Friday, "week of 14th" the week of the 14th). An ask that names no next step at
// all ("let me know", "thoughts?") is not made a meeting the rep never asked for: it stays low-pressure, and
// the purpose check says the ask is unclear. English; pure.

import { Info } from 'luxon';
import { WEEKDAYS } from './command';

const HEDGE_LEAD =
  /^(?:(?:and\s+)?if\s+(?:it\s+makes\s+sense|(?:there['’]s|there\s+is)\s+(?:any\s+)?interest|you['’]re\s+(?:interested|open\s+to\s+it|keen)|(?:it['’]s\s+|it\s+is\s+)?(?:useful|relevant|helpful|of\s+interest)|you\s+have\s+(?:the\s+)?time|that\s+works|it\s+helps)\s*[,:;-]?\s*(?:then\s+)?)/i;
const HEDGE_WORDS = /\b(?:perhaps|maybe|possibly|potentially)\s+/gi;
// Trailing hedges: "… if he's interested", "…, no pressure tho".
const TRAILING_HEDGE =
  /,?\s+if\s+(?:you|he|she|they|u)(?:['’]?(?:re|s|ve)|\s+(?:are|is|were))?\s+(?:interested|keen|open(?:\s+to\s+it)?|up\s+for\s+it)(?=\s*(?:[,.!?]|$))|,?\s*(?:but\s+)?no\s+pressure(?:\s+(?:tho|though|at\s+all|obviously))?(?=[\s.!?,]*$)/gi;
// ", or whenever suits really": an "or" before the hedge, and a word after it, go with it.
const SOME_TIME =
  /(?:,?\s+or)?\s+(?:at\s+some\s+point|sometime(?:\s+soon)?|some\s+time|whenever\s+(?:(?:suits|works)(?:\s+for)?(?:\s+(?:you|u|him|her|them))?|you\s+can)(?:\s+(?:really|tho|though|honestly))?|when\s+you\s+get\s+a\s+(?:chance|minute|moment)|in\s+the\s+(?:near\s+)?future|down\s+the\s+line)\b/gi;
const PASSIVE_ARRANGED =
  /\s+(?:could|can|might|may|would)\s+be\s+(?:arranged|set\s+up|scheduled|organi[sz]ed|booked|possible|had)\b/gi;

// Asks that name no next step: answered with "ok", they leave both sides where they were.
const VAGUE =
  /^(?:(?:I\s+)?(?:would|['’]d)\s+love\s+to\s+|(?:it\s+)?would\s+be\s+great\s+to\s+|happy\s+to\s+|keen\s+to\s+)?(?:revert|(?:let\s+me\s+know|lmk)(?:\s+(?:your\s+)?thoughts)?[?.!]*$|(?:your\s+)?thoughts[?.!]*$|(?:chat|connect|talk|discuss|catch\s+up|keep\s+in\s+touch|stay\s+in\s+touch|hear\s+(?:back\s+)?from\s+you|have\s+a\s+discussion|a\s+discussion)(?:\s+(?:more|further|soon|briefly|sometime))?[?.!]*$)/i;
// Of those, the ones that name no conversation at all: nothing to make concrete without inventing it.
const NO_NEXT_STEP =
  /^(?:(?:I\s+)?(?:would|['’]d)\s+love\s+to\s+|happy\s+to\s+|keen\s+to\s+)?(?:(?:kindly\s+)?revert|(?:let\s+me\s+know|lmk)(?:\s+(?:your\s+)?thoughts)?|(?:any\s+|your\s+)?thoughts|hear\s+(?:back\s+)?from\s+you)[?.!]*$/i;
const KEEP_IN_TOUCH =
  /^(?:(?:I\s+)?(?:would|['’]d)\s+love\s+to\s+|happy\s+to\s+|keen\s+to\s+)?(?:connect|keep\s+in\s+touch|stay\s+in\s+touch)[?.!]*$/i;
// The same asked as a question whether it is all right: "ok to connect?", "cool if we connect?".
const OK_TO_CONNECT =
  /^(?:ok(?:ay)?|cool|alright|all\s+right|fine|good)\s+(?:to|if\s+(?:we|I))\s+(?:connect|keep\s+in\s+touch|stay\s+in\s+touch)\s*\?+$/i;
/** What a vague ask becomes: said as the rep meant it, with nothing added. */
export const VAGUE_LET_ME_KNOW = 'let me know what you think';
export const VAGUE_CONNECT = "I'd be glad to connect";
/** A day or an hour, as an ask names when: "tues", "tomorrow", "2pm". */
const DAY_OR_HOUR = String.raw`today|tomorrow|mon|tue|tues|wed|thu|thur|thurs|fri|monday|tuesday|wednesday|thursday|friday|\d{1,2}(?::\d\d)?\s*(?:am|pm)`;
const TIME_SAID = new RegExp(
  String.raw`\b(?:${DAY_OR_HOUR}|tonight|next\s+\w+|this\s+\w+|\d+\s*(?:min|mins|minutes|hr|hour)s?)\b`,
  'i',
);
/** An option that opens on a day or an hour ("wed work?", "thursday at 10"): the same ask, at another time. A length ("20 min call") is an ask of its own. */
const WHEN_FIRST = new RegExp(String.raw`^\s*(?:${DAY_OR_HOUR})\b`, 'i');
// A meeting noun the rep named, kept when a vague ask is made concrete.
const MEETING_NOUN = /\b(call|chat|conversation|demo|coffee|catch-?up|meeting|walkthrough)\b/i;
const BOOKING = /^(?:book|grab|pick|choose|schedule|find)\s+(?:a\s+|some\s+)?(?:time|slot|spot)\b/i;

type Option = { text: string; rank: number };

/** Lower is easier for the reader: something sent, a call with the rep, a meeting with more people, a connection. */
function rank(option: string): number {
  const o = option.trim();
  if (/^(?:(?:I\s+)?(?:can|could|['’]ll|will)\s+)?(?:send|share|forward|email|drop)\b(?!\s+(?:me|us)\b)/i.test(o))
    return 0;
  if (/^(?:connect|follow)\b/i.test(o)) return 3;
  if (
    /\b(?:meeting|trial|pilot|workshop|onsite|on-site|visit)\b|@\w|\b(?:my|our)\s+(?:team|colleague|boss|manager|ceo|cto|founder)\b/i.test(
      o,
    )
  )
    return 2;
  return 1;
}

function askLike(option: string): boolean {
  return (
    MEETING_NOUN.test(option) ||
    /^@\w/.test(option.trim()) ||
    /^(?:(?:I\s+)?(?:can|could|['’]ll|will)\s+)?(?:send|share|forward|email|drop|connect|follow|book|grab|hop|get|try|see|meet|intro|introduce)\b/i.test(
      option.trim(),
    ) ||
    /\b(?:trial|pilot|intro|min|mins|minutes|case\s+study|sample|pack|sheet|deck|guide|report)\b/i.test(option)
  );
}

/** Two asks joined by "or", "and", "+" or "&": the one that costs the reader least; the ask itself otherwise. */
export function easiestOption(ask: string): string {
  const parts = ask.split(/\s*(?:\?\s*)?(?:\s(?:or|and|\+|&)\s|,\s*(?:or|and)\s)\s*/i);
  if (parts.length < 2 || !parts.every((p) => p.trim() !== '' && askLike(p))) return ask;
  // "a call next tues or wed? 15 min": a second day or time is when, not a second ask.
  if (parts.slice(1).some((p) => WHEN_FIRST.test(p))) return ask;
  // "a call with you and your ops lead" is one ask with two people in it.
  if (/\bwith\s+(?:you|me)$/i.test(parts[0]?.trim() ?? '') && /^(?:your|my)\b/i.test(parts[1]?.trim() ?? ''))
    return ask;
  const options: Option[] = parts.map((text) => ({ text: text.replace(/[?.!\s]+$/, ''), rank: rank(text) }));
  const best = options.reduce((a, b) => (b.rank < a.rank ? b : a));
  const question = /\?\s*$/.test(ask) ? '?' : '';
  return `${best.text}${question}`;
}

/**
 * "connect?", "keep in touch?": typed as a question, the ask stays one the reader can answer ("open to
 * connecting?" is framed "Would you be open to connecting?"); typed as a statement it stays one (VAGUE_CONNECT).
 */
function openToConnecting(ask: string): string {
  if (/\bkeep\s+in\s+touch\b/i.test(ask)) return 'open to keeping in touch?';
  if (/\bstay\s+in\s+touch\b/i.test(ask)) return 'open to staying in touch?';
  return 'open to connecting?';
}

// A note to self about the ask ("see if she'd be up for a call", "ask if he wants a copy"): the question inside it.
const META_ASK =
  /^(?:see|ask(?:\s+(?:her|him|them|you))?|check|find\s+out)\s+(?:if|whether)\s+(?:she|he|they|you)\b\s*/i;
const INVERTED: Array<[RegExp, string]> = [
  [/^(?:['’]s|['’]ve|has|have)\s+got\s+/i, 'have you got '],
  [/^(?:['’]d|would)\s+/i, 'would you '],
  [/^(?:['’]s|is|are|['’]re)\s+/i, 'are you '],
  [/^(can|could|will)\s+/i, '$1 you '],
  [/^(?:might|may)\s+/i, 'would you '],
  [/^(?:has|have)\s+/i, 'do you have '],
  [/^(want|need|like|fancy)s?\s+/i, 'do you $1 '],
];

/** "see if she'd be up for a call" → "would you be up for a call?"; the ask as typed when it is no such note. */
function innerQuestion(ask: string): string {
  const lead = META_ASK.exec(ask);
  if (!lead) return ask;
  const rest = ask.slice(lead[0].length);
  for (const [verb, asked] of INVERTED) {
    if (verb.test(rest)) return `${rest.replace(verb, asked).replace(/[?.!\s]+$/, '')}?`;
  }
  return ask;
}

// A condition on the reader's interest leading the ask: who it names is the prospect ("she", "pat", "you" by now).
const INTEREST_CONDITION = new RegExp(
  String.raw`^(?:and\s+)?if\s+(?:(?:you|u|he|she|they)(?:['’]s|['’]re|\s+(?:is|are|was|were))?\s+(?:interested|keen|open(?:\s+to\s+it)?|up\s+for\s+it|game)|(?!(?:it|that|this|there|we|i|the|all|everything|so|not)(?![\p{L}]))\p{L}+(?:['’]s|\s+is)\s+(?:interested|keen|open\s+to\s+it|up\s+for\s+it)|(?:you|u|he|she|they)\s+(?:wants?|would\s+like|['’]d\s+like|likes?)(?:\s+(?:it|that|one))?|(?:that|it|this)(?:['’]s|\s+is|\s+would\s+be|['’]d\s+be)?\s+(?:useful|helpful|of\s+interest|relevant|interesting))(?:\s*[,:;–—-]\s*|\s+)(?!(?:in|to|on|for|at|with|by|about|and|or|but)(?![\p{L}]))(?:then\s+)?(\p{L}.*)$`,
  'iu',
);
// What the rep offers after that condition: "i can send …", "happy to run …", "I'll share …".
const OFFER_AFTER_CONDITION =
  /^(?:I(?:\s+(?:can|could|will|would)|['’](?:ll|d))\s+(?:be\s+(?:happy|glad)\s+to\s+)?|(?:I['’]m\s+|I\s+am\s+)?(?:happy|glad|keen)\s+to\s+|can\s+|could\s+)(?:also\s+|just\s+)?(?=(?:send|share|forward|pass|email|drop|show|run|set\s+up|walk|bring|introduce|give|put\s+together|flick|shoot)(?![\p{L}])(?!\s+(?:me|us)(?![\p{L}])))/iu;

/** A condition typed as the ask, asked: "if you have …" → "Do you have …", "if you can send …" → "Could you send …". */
const IF_YOU_ASKED: Record<string, string> = {
  have: 'do you have',
  got: 'have you got',
  can: 'could you',
  could: 'could you',
  are: 'are you',
  "'re": 'are you',
  would: 'would you',
  "'d": 'would you',
  want: 'do you want',
};

/** The ask as one concrete thing to say yes to, in the rep's words where they already are one. */
export function oneAsk(ask: string): string {
  let a = innerQuestion(
    ask
      .trim()
      // "yeah just lmk if ur ever interested i guess": the rep thinking aloud around the ask goes.
      .replace(/^(?:yeah|yep|anyway)\b[,\s]+(?:just\s+)?(?=\S)/iu, '')
      // "kindly accept connect then share the case study": accepting the note is what the note itself asks; the ask is
      // what comes after it.
      .replace(
        /^(?:(?:please|pls|plz|kindly)\s+)?(?:accept|approve)\s+(?:my\s+|the\s+)?(?:connect|connection)(?:\s+(?:request|req|invite))?\s*(?:,\s*)?(?:and\s+then|then|and|&|\+)\s+(?=\p{L}{3,}\s+\p{L})/iu,
        // What follows is still theirs to do where it hands something to us ("& share ur email", "then send me …"): asked
        // of them, "please share …"; the rep's own "will share …" is offered, "can I share …".
        (_m, at: number, all: string) => {
          const rest = all.slice(at + _m.length);
          if (/^(?:send|share|forward|email|pass|drop|give|dm|text)\s+(?:me|us|ur|your|yr|u)(?![\p{L}])/iu.test(rest))
            return 'please ';
          return /^will\s+\p{L}/iu.test(rest) ? 'can I ' : '';
        },
      )
      .replace(/^can I will\s+/u, 'can I ')
      // "happy to send a sample report, pls lmk": a "let me know" after the ask asks nothing more; the ask is the question.
      .replace(
        /(?<=\p{L}.*\p{L}.*)[,;.\s–—-]+(?:(?:pls|please|plz|just)\s+)?(?:lmk|let me know)(?:\s+(?:thx|thanks))?[.!?]*$/iu,
        '',
      )
      .replace(/,?\s+(?:i guess|i suppose|lol|haha)[.!?]*$/iu, '')
      // "if she's interested i can send the case study", "if pat's open to it, a 20 min call": a condition on their
      // interest is the question the offer asks, "Would you like me to send the case study?", "Would you be open to a
      // 20 min call?"; never "Are you interested I can send …". A condition on something else ("if the pilot goes
      // well, …", "if you could run it …") is not one.
      .replace(INTEREST_CONDITION, (_m, rest: string) => rest.replace(OFFER_AFTER_CONDITION, 'would you like me to '))
      // "can flick u the template": a modal and a verb, without its "I"; "could send me ur rota": for me, the one asked
      // is them.
      .replace(
        /^(can|could|may|shall)\s+(?=(?:flick|send|share|pass|drop|forward|email|shoot|ping|give|show|run|book|call|ring|text|message|pop|swing|bring)\s+((?:me|us)(?![\p{L}]))?)/iu,
        (_m, modal: string, toUs?: string) =>
          toUs === undefined ? `${modal} I ` : /^(?:can|could)$/i.test(modal) ? `${modal} you ` : `${modal} `,
      )
      // "pls send over 2-3 sample sets": asked with "please", a verb of handing over is theirs to do, not our offer.
      .replace(
        /^(?:please|pls|plz|kindly)\s+(?=(?:send|share|forward|email|pass|drop|give|show)\b(?!\s+(?:you|me|us)\b))/i,
        'could you ',
      )
      .replace(/^(?:please|pls|kindly)\s+/i, '')
      // "if you have a sec next tue for a call", "if you can send dec pages we can …": the condition is the question.
      .replace(
        /^if\s+you(?:\s+|(?=['’]))(have|got|can|could|are|['’]re|would|['’]d|want)(?![\p{L}])(?:\s+(\S+))?/iu,
        (_m, verb: string, next?: string) =>
          `${IF_YOU_ASKED[verb.toLowerCase().replace('’', "'")] ?? 'Would you'}${next === undefined ? '' : ` ${next}`}`,
      )
      .replace(
        /^(could you (?:send|share|forward|email|pass|get) [^,]+?),?\s+(?=(?:we|I)\s+(?:can|could|will|['’]ll)\s)/i,
        '$1, so ',
      )
      .replace(/\bw\/c\b\s*/gi, 'the week of ')
      .replace(/\bw\/\s*/gi, 'with ')
      .replace(/\s+/g, ' '),
  );
  const hedged = HEDGE_LEAD.test(a) || HEDGE_WORDS.test(a) || SOME_TIME.test(a) || PASSIVE_ARRANGED.test(a);
  HEDGE_WORDS.lastIndex = 0;
  SOME_TIME.lastIndex = 0;
  PASSIVE_ARRANGED.lastIndex = 0;
  if (hedged) {
    a = a.replace(HEDGE_LEAD, '').replace(HEDGE_WORDS, '').replace(SOME_TIME, '').replace(PASSIVE_ARRANGED, '').trim();
  }
  // "… a pilot if he's interested, no pressure tho" loses its hedge; "lmk if ur up for it" is all ask.
  const unhedged = a.replace(TRAILING_HEDGE, '').trim();
  if (!NO_NEXT_STEP.test(unhedged)) a = unhedged;
  if (NO_NEXT_STEP.test(a)) return VAGUE_LET_ME_KNOW;
  if (KEEP_IN_TOUCH.test(a)) return /\?\s*$/.test(a) ? openToConnecting(a) : VAGUE_CONNECT;
  if (OK_TO_CONNECT.test(a)) return openToConnecting(a);
  a = withDetails(easiestOption(withAttendees(a)));
  const noun = MEETING_NOUN.exec(a)?.[1]?.toLowerCase();
  // No day the rep did not name: "a short call", never "a short call next week".
  if (BOOKING.test(a) && !TIME_SAID.test(a)) return 'a short call';
  const when = '';
  if (VAGUE.test(a)) return `a short ${noun ?? 'call'}${when}`;
  // "a brief call", left of a hedged ask: the call, with a time to say yes to.
  if (hedged && /^(?:a|an)\s/i.test(a) && noun && a.split(/\s+/).length <= 4)
    return `${a.replace(/[?.!]+$/, '')}${when}`;
  return a;
}

// Roles that come along to a call: "w/ her + AP lead", "with you & ops manager".
const ATTENDEE =
  /\bwith\s+you\s*(?:\+|&|\band\b)\s*(?:(your|our|my|the)\s+)?((?:[\p{L}&-]+\s+){0,2}(?:lead|head|manager|director|team|cfo|ceo|coo|cto|cmo|vp|engineer|controller|owner|partner|boss|colleague|counterpart))\b/iu;

/** "30 min with you + AP lead" → "30 min with you and your AP lead": the second person joins, not replaces. */
export function withAttendees(ask: string): string {
  return ask.replace(ATTENDEE, (_m, owner: string | undefined, role: string) => {
    const whose = !owner || /^(?:your|the)$/i.test(owner) ? 'your' : owner.toLowerCase();
    return `with you and ${whose} ${role}`;
  });
}

/** English day names, Monday first, for a typed day written out (the asks here are English). */
const DAY_NAMES = Info.weekdays('long', { locale: 'en' });

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** The when of an ask, spelled out: "thurs or fri" → "Thursday or Friday", ", week of 14th" → " the week of the 14th". */
export function withDetails(ask: string): string {
  return ask
    .replace(
      /(?<![\p{L}])(mon|tues?|weds?|thu|thurs?|fri|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?(?![\p{L}'’])/giu,
      (m, day: string) => DAY_NAMES[(WEEKDAYS[day.toLowerCase()] ?? 0) - 1] ?? m,
    )
    .replace(
      /(?<![\p{L}])(january|february|april|june|july|august|september|october|november|december)(?![\p{L}])|(?<=(?:in|by|until|before|after|early|late|mid|end of)\s+)(march|may)(?![\p{L}])/giu,
      (m: string) => m.charAt(0).toUpperCase() + m.slice(1).toLowerCase(),
    )
    .replace(
      /,?\s+(?:the\s+)?(?:wk|week)\s+of\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?(?![\p{L}\p{N}])/giu,
      (_m, day: string) => ` the week of the ${ordinal(Number(day))}`,
    );
}

// Verbs an ask puts after "open to" or "up for", which take their "-ing" form there ("open to being a guest").
const GERUNDS: Record<string, string> = {
  be: 'being',
  join: 'joining',
  speak: 'speaking',
  present: 'presenting',
  host: 'hosting',
  try: 'trying',
  test: 'testing',
  get: 'getting',
  have: 'having',
  meet: 'meeting',
  take: 'taking',
  see: 'seeing',
  do: 'doing',
  give: 'giving',
  swap: 'swapping',
  compare: 'comparing',
  explore: 'exploring',
  sit: 'sitting',
  grab: 'grabbing',
  hop: 'hopping',
  jump: 'jumping',
  catch: 'catching',
  learn: 'learning',
  hear: 'hearing',
  discuss: 'discussing',
  share: 'sharing',
  walk: 'walking',
  run: 'running',
  set: 'setting',
  pop: 'popping',
  come: 'coming',
  drop: 'dropping',
  swing: 'swinging',
  stop: 'stopping',
  visit: 'visiting',
  accept: 'accepting',
  chat: 'chatting',
  review: 'reviewing',
  book: 'booking',
  touch: 'touching',
  keep: 'keeping',
  stay: 'staying',
  connect: 'connecting',
  talk: 'talking',
  look: 'looking',
  partner: 'partnering',
  collaborate: 'collaborating',
  schedule: 'scheduling',
  start: 'starting',
  consider: 'considering',
  receive: 'receiving',
  check: 'checking',
  show: 'showing',
  let: 'letting',
  call: 'calling',
};

/**
 * "open to be a guest" → "open to being a guest": "open to" and "up for" take a noun or a gerund ("open to come see it" →
 * "open to coming to see it").
 */
export function asGerund(text: string): string {
  return text
    .replace(/\b(open to|up for)\s+(\p{Ll}+)(?=\s)/gu, (m, lead: string, verb: string) => {
      const ing = GERUNDS[verb];
      return ing ? `${lead} ${ing}` : m;
    })
    .replace(/\bcoming (see|look|visit|check)\b/gu, 'coming to $1');
}
