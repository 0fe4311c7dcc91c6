// The rep's ask, made one concrete question before it is framed: a hedge ("if there's interest,
// perhaps a brief call could be arranged at some point") loses its hedging, a vague ask ("kindly revert",
// "would love to chat sometime", "let me know your thoughts") becomes a short call next week, a booking
// imperative ("grab a slot on my calendar") becomes the call it books, and two asks joined by "or",
// "and" or "+" become the one that costs the reader least (something sent beats a call, a call beats
// a meeting with more people). English; pure.

const HEDGE_LEAD =
  /^(?:(?:and\s+)?if\s+(?:it\s+makes\s+sense|(?:there['’]s|there\s+is)\s+(?:any\s+)?interest|you['’]re\s+(?:interested|open\s+to\s+it|keen)|(?:it['’]s\s+|it\s+is\s+)?(?:useful|relevant|helpful|of\s+interest)|you\s+have\s+(?:the\s+)?time|that\s+works|it\s+helps)\s*[,:;-]?\s*(?:then\s+)?)/i;
const HEDGE_WORDS = /\b(?:perhaps|maybe|possibly|potentially)\s+/gi;
const SOME_TIME =
  /\s+(?:at\s+some\s+point|sometime(?:\s+soon)?|some\s+time|whenever\s+(?:suits|works|you\s+can)|when\s+you\s+get\s+a\s+(?:chance|minute|moment)|in\s+the\s+(?:near\s+)?future|down\s+the\s+line)\b/gi;
const PASSIVE_ARRANGED =
  /\s+(?:could|can|might|may|would)\s+be\s+(?:arranged|set\s+up|scheduled|organi[sz]ed|booked|possible|had)\b/gi;

// Asks that name no next step: answered with "ok", they leave both sides where they were.
const VAGUE =
  /^(?:(?:I\s+)?(?:would|['’]d)\s+love\s+to\s+|(?:it\s+)?would\s+be\s+great\s+to\s+|happy\s+to\s+|keen\s+to\s+)?(?:revert|(?:let\s+me\s+know|lmk)(?:\s+(?:your\s+)?thoughts)?[?.!]*$|(?:your\s+)?thoughts[?.!]*$|(?:chat|connect|talk|discuss|catch\s+up|keep\s+in\s+touch|stay\s+in\s+touch|hear\s+(?:back\s+)?from\s+you|have\s+a\s+discussion|a\s+discussion)(?:\s+(?:more|further|soon|briefly|sometime))?[?.!]*$)/i;
const TIME_SAID =
  /\b(?:today|tomorrow|tonight|next\s+\w+|this\s+\w+|mon|tue|tues|wed|thu|thur|thurs|fri|monday|tuesday|wednesday|thursday|friday|\d+\s*(?:min|mins|minutes|hr|hour)s?|\d{1,2}(?::\d\d)?\s*(?:am|pm))\b/i;
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
  // "a call with you and your ops lead" is one ask with two people in it.
  if (/\bwith\s+(?:you|me)$/i.test(parts[0]?.trim() ?? '') && /^(?:your|my)\b/i.test(parts[1]?.trim() ?? ''))
    return ask;
  const options: Option[] = parts.map((text) => ({ text: text.replace(/[?.!\s]+$/, ''), rank: rank(text) }));
  const best = options.reduce((a, b) => (b.rank < a.rank ? b : a));
  const question = /\?\s*$/.test(ask) ? '?' : '';
  return `${best.text}${question}`;
}

/** The ask as one concrete thing to say yes to, in the rep's words where they already are one. */
export function oneAsk(ask: string): string {
  let a = ask
    .trim()
    .replace(/^(?:please|pls|kindly)\s+/i, '')
    .replace(/\bw\/\s*/gi, 'with ')
    .replace(/\s+/g, ' ');
  const hedged = HEDGE_LEAD.test(a) || HEDGE_WORDS.test(a) || SOME_TIME.test(a) || PASSIVE_ARRANGED.test(a);
  HEDGE_WORDS.lastIndex = 0;
  SOME_TIME.lastIndex = 0;
  PASSIVE_ARRANGED.lastIndex = 0;
  if (hedged) {
    a = a.replace(HEDGE_LEAD, '').replace(HEDGE_WORDS, '').replace(SOME_TIME, '').replace(PASSIVE_ARRANGED, '').trim();
  }
  a = easiestOption(a);
  const noun = MEETING_NOUN.exec(a)?.[1]?.toLowerCase();
  if (BOOKING.test(a) && !TIME_SAID.test(a)) return 'a short call next week';
  const when = TIME_SAID.test(a) ? '' : ' next week';
  if (VAGUE.test(a)) return `a short ${noun ?? 'call'}${when}`;
  // "a brief call", left of a hedged ask: the call, with a time to say yes to.
  if (hedged && /^(?:a|an)\s/i.test(a) && noun && a.split(/\s+/).length <= 4)
    return `${a.replace(/[?.!]+$/, '')}${when}`;
  return a;
}
