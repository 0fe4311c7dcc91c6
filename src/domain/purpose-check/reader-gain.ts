/**
 * What's in it for them when the message says it as a fact rather than an offer: what changes for the
 * reader because of what the sender does, has done for a peer, or has already done for them. Each is
 * read from the clause's structure (who does what, and whose thing changes), not from a list of phrases:
 * - a capability with a consequence for them: "our trusses turn around in 6 days, so your framers
 *   wouldn't sit idle"; a chore of theirs that goes away: "…, so that part of the job mostly goes away";
 * - what changes for them with us: "With a Stanton account, your site team orders from the app and…";
 * - the same problem solved for a peer, with its outcome: "we installed a battery at Ferro Bakeries and
 *   now their line does not notice the outages", "got a similar-sized team down to 0.6%";
 * - work already done for them: "Wrote a patch for your issue", "ran it on your repo";
 * - an ask whose object is done for them: "Want me to set a few pallets aside so you can look?";
 * - what participants receive: "participants receive the final report";
 * - time given back to them: "firms your size get back four days a month".
 * None of these is a feature list, a claim about the sender alone ("we have 200 customers") or a demo.
 *
 * Runs only on messages where the phrasings and offer-structure.ts found too little, with one cheap test
 * per sentence before any other.
 */

/** The sender, in any case: "our app", "we pour", "i'm". */
const SENDER = /\b(?:i|we|our|ours|us|me|my)\b|\b(?:i|we)'/i;
/** A figure, or a speed said in words: "6 days", "same day", "twice". */
const FIGURE =
  /\d|\b(?:same[- ]day|next[- ]day|overnight|twice|half|one|two|three|four|five|six|seven|eight|nine|ten|a (?:day|week))\b/i;
/** How others do it, for a capability said without the sender: "others take a week", "where most take months". */
const COMPARED = /\b(?:others?|most|usual(?:ly)?|instead of|where|versus|vs\.?|compared|than)\b/i;

/** "…, so (that) <clause>", "…, which means <clause>", or a sentence that opens "So …". */
const SO_CLAUSE = /(?:^|[,;:–—-]\s*|\s)(?:and\s+)?(?:so(?:\s+that)?|which means|meaning)\s+([^.?!;]+)/i;
/** Whose it is: the reader, their people, nobody, or no such thing. */
const READER_SUBJECT =
  /^(?:you|your\s+[\w-]+(?:\s+[\w-]+)?|nobody|no one|none of your|no\s+[\w-]+|there(?:'s| is) no|[\w-]+\s+(?:on|in|at) your)\b/i;
/** A bad thing that does not happen, or a gain. */
const SPARED = /n't\b|\b(?:not|never|no|none|nobody|no one|nothing)\b/i;
const GAINED = /\b(?:gets?|saves?|keeps?|skips?|avoids?|starts?|finish(?:es)?|spends?|stays?)\b/i;
/** A consequence that is the sender's gain or only a way of seeing ours: "so you can see what we do". */
const ONLY_SEEING = /\b(?:see|know|trust|rest|sure|judge|decide|understand|imagine)\b/i;
/** A chore that goes: "that part of the job goes away", "the reports build themselves". */
const VANISHES =
  /\b(?:goes away|go away|disappears?|vanish(?:es)?|takes care of itself|(?:build|fill|write|run|do|sort)s? (?:itself|themselves))\b/i;

/** "our trusses turn around in 6 days (others quote 4 weeks), so your framers wouldn't sit idle". */
function consequence(text: string, previous: string): number {
  const so = SO_CLAUSE.exec(text);
  if (!so) return 0;
  const clause = (so[1] ?? '').trim();
  const before = so.index === 0 ? previous : text.slice(0, so.index);
  if (clause.length < 6 || /\b(?:we|us|our|me|my|i)\b/i.test(clause)) return 0;
  if (VANISHES.test(clause)) return SENDER.test(before) || FIGURE.test(before) ? 0.65 : 0;
  if (!READER_SUBJECT.test(clause) || ONLY_SEEING.test(clause)) return 0;
  if (!SPARED.test(clause) && !GAINED.test(clause)) return 0;
  // A capability: the sender's with a figure, or a figure against how others do it.
  return FIGURE.test(before) && (SENDER.test(before) || COMPARED.test(before)) ? 0.65 : 0;
}

/** A sentence of its own that opens with them: "Your crews never wait on kerbs." after "ours ship in 5 days". */
const READER_FIRST = /^(?:you|your|nobody|no one)\b/i;
const READER_NAMED = /\b(?:you|your)\b/i;
/** Feelings about us, not their work: "You won't regret it." */
const ABOUT_US = /\b(?:regret|disappoint\w*|sorry|worry|look back)\b/i;

function capabilityThen(text: string, previous: string): number {
  if (!READER_NAMED.test(text) || !SPARED.test(text) || ABOUT_US.test(text) || SENDER.test(text)) return 0;
  return FIGURE.test(previous) && (SENDER.test(previous) || COMPARED.test(previous)) ? 0.65 : 0;
}

/** "With a Stanton account," / "With us," / "With our app,": what follows is what changes for them. */
const WITH_US =
  /^[Ww]ith\s+(?:[Uu]s|[Oo]ur\s[\w -]{1,30}|[Aa]n?\s+[\w-]+(?:\s+[\w-]+)?\s+(?:account|plan|card|subscription|membership)|[A-Z][\w-]*)\s*,\s*(you|your\s+[\w-]+)\b([^.?!]*)/;
/** Something concrete in it: a figure, two things that change, or a bad thing that stops. */
const CONCRETE_CHANGE = /\d|\band\b|n't\b|\b(?:not|never|no longer|stops?)\b/i;
/** Words of a promise with nothing in it: "your business grows to its full potential". */
const VAGUE_GAIN = /\b(?:grow|grows|growth|thrive|succeed|success|potential|next level|scale|unlock|transform)\b/i;

function withUs(text: string): number {
  const m = WITH_US.exec(text);
  if (!m) return 0;
  const rest = m[2] ?? '';
  return rest.length > 15 && CONCRETE_CHANGE.test(rest) && !VAGUE_GAIN.test(rest) && !/\b(?:us|our|we)\b/i.test(rest)
    ? 0.65
    : 0;
}

/** The sender did something: "we installed", "I got", "our team ran". */
const SENDER_DID =
  /\b(?:we|i|our team)\s+(?:(?:also|recently|just|then|once)\s+)?(?!(?:noticed|noted|learned|learnt|read|heard|saw|watched|spotted|followed|enjoyed|loved|liked|wanted|wondered|checked|realized|realised|understood|gathered|listened|talked|spoke|reached|looked|seen|discovered|found|thought|figured)\b)([\w-]+ed|put|got|cut|ran|built|set|made|did|brought|took|won|helped)\b/i;
/** (Not what we saw or heard of them: "I noticed Lakeview's enrollment dropped 8%" is why them, not a peer's result.) */
/** A peer: named, counted, like them, or taken up again as "they"/"their". */
const PEER =
  /\b(?:their|they|them|similar(?:[- ][\w-]+)?)\b|\b(?:for|at|with|to)\s+(?:[A-Z][\w'&-]*|a|an|one|two|three|four|several|another)\s/;
/** What changed for the peer: to a figure, by a figure, to zero, no longer, now. */
const OUTCOME =
  /\bto zero\b|\bdown to\b|\bfrom \S+ to \S+|\bby (?:\d|a (?:third|quarter|half)|half)|\d[\d.,]*\s?%|\b(?:halved|doubled|saved|cut|reduced|dropped|fell|stopped|eliminated)\b|\bno longer\b|\bnow\b|\b(?:does|do|did|has|have|had)(?:n't| not)\b|\bnever\b|\b(?:early|ahead of (?:schedule|time|plan)|under budget)\b/i;
/** The sender's own result: "we grew our revenue 30%", "cut our costs by 20%". */
const OWN_RESULT =
  /\b(?:grew|cut|doubled|halved|raised|increased|reduced|saved|lowered)\s+(?:our|us)\b|\bour\s+(?:[\w-]+\s+){0,2}?(?:by|to|from|down|up)\s+\d/i;

function peerResult(text: string): number {
  const did = SENDER_DID.exec(text);
  if (!did) return 0;
  const after = text.slice(did.index + did[0].length);
  // The peer may be the one helped, named straight after the verb: "we helped Brightwater Housing cut …".
  if (!(PEER.test(after) || /^\s+[A-Z]/.test(after)) || OWN_RESULT.test(text)) return 0;
  const outcome = OUTCOME.exec(after);
  if (!outcome) return 0;
  // What follows the outcome is the peer's, not ours: "… and now we want to help you" is not their result.
  if (/\b(?:we|us|our)\b/i.test(after.slice(outcome.index))) return 0;
  return 0.65;
}

/** A peer named first, who took up our thing: "Ferro Bakeries put in one of our batteries and their line …". */
const PEER_FIRST = /^[A-Z][\w'&-]*\b/;
const NOT_A_PEER =
  /^(?:I|I'm|I've|We|We're|We've|Our|My|You|Your|The|This|That|It|They|Their|A|An|Last|In|On|At|After|When|If|So|And|But|With|Since|Most|Many)\b/;
const OURS = /\b(?:our|us)\b/i;
const THEIRS = /\b(?:their|they)\b/i;

function peerTookOurs(text: string): number {
  if (!PEER_FIRST.test(text) || NOT_A_PEER.test(text)) return 0;
  const ours = OURS.exec(text);
  if (!ours) return 0;
  const after = text.slice(ours.index + ours[0].length);
  const theirs = THEIRS.exec(after);
  if (!theirs) return 0;
  const rest = after.slice(theirs.index);
  const outcome = OUTCOME.exec(rest);
  return outcome && !/\b(?:we|us|our)\b/i.test(rest.slice(outcome.index)) ? 0.65 : 0;
}

/** Work already done on their things: "Wrote a patch for your issue", "I ran our checker on your repo". */
const DONE_FOR_THEM =
  /^(?:(?:i|we)(?:'ve| have)?\s+)?(?:(?:just|already|also)\s+)?(?:wrote|built|drafted|made|fixed|put together|ran|prepared|recorded|mocked up|sketched|filed|pulled together)\s+(?!to\b|into\b|across\b)([^.?!]{1,40}?)\s+(?:for|on|against)\s+(?:you|your)\b/i;
/** The paperwork of a sale is not work done for them. */
const SALES_PAPER = /\b(?:proposal|quote|contract|pricing|price list|offer|order form|invoice|terms|deck|demo)\b/i;

function doneForThem(text: string): number {
  const m = DONE_FOR_THEM.exec(text);
  return m && !SALES_PAPER.test(m[1] ?? '') ? 0.7 : 0;
}

/** An ask whose object is something the sender would do for them: "Want me to set a few pallets aside?". */
const ASK_TO_DO = /\b(?:(?:want|like) me to|mind if i|(?:shall|should) i)\s+([\w-]+)\b([^?]*)\?/i;
/** Doing that is the meeting, our pitch or contact, not a thing done for them. */
const NOT_FOR_THEM =
  /\b(?:call|ring|phone|show|walk|tell|present|demo|pitch|explain|introduce|book|schedule|follow|check in|reach|ping|text|visit|meet|connect|chat|talk)\b/i;
const PITCH_THING =
  /\b(?:call|demo|meeting|chat|calendar|invite|platform|product|solution|services?|brochure|deck|catalogue|website|profile|linkedin|pricing|proposal|contract)\b/i;
/** Access before others: what "add you" gives. */
const EARLY_ACCESS = /\b(?:beta|pilot|early access|waitlist|wait list|preview)\b/i;

function askToDo(text: string, previous: string): number {
  const m = ASK_TO_DO.exec(text);
  if (!m) return 0;
  const verb = m[1] ?? '';
  const rest = m[2] ?? '';
  if (NOT_FOR_THEM.test(verb) || PITCH_THING.test(rest)) return 0;
  if (verb.toLowerCase() === 'add') return EARLY_ACCESS.test(`${previous} ${text}`) ? 0.6 : 0;
  // Something to act on: a thing named, or them ("so you can look", "on your last month").
  return /\b(?:you|your|it|them|some|a few|a|an|the)\b/i.test(rest) ? 0.6 : 0;
}

/** What those who take part come away with: "participants receive the final report". */
const PARTICIPANTS_GET =
  /\b(?:participants|attendees|everyone (?:who|attending)|each (?:participant|attendee|guest))\b[^.?!]{0,20}?\b(?:receive|receives|get|gets|take home|takes home|leave with|are sent|will be sent|keep|keeps)\b/i;

/** Access before others at no cost: "a seat in the beta, no fees while it runs". */
const COSTLESS = /\b(?:free|no (?:fees?|charge|cost)|at no cost|free of charge)\b/i;

/** Time given back to them: "firms your size get back four days a month", "you'd save two hours a week". */
const TIME_BACK =
  /\b(?:you|your\s+[\w-]+|[\w-]+\s+(?:your size|like yours))(?:'d|'ll|\s+(?:would|could|will|typically|usually|often|tend to))?\s+(?:get|gets|win|wins)\s+back\b([^.?!]*)/i;

function timeBack(text: string): number {
  const m = TIME_BACK.exec(text);
  return m && FIGURE.test(m[1] ?? '') ? 0.65 : 0;
}

/** How strongly a sentence, with the one before it, says what is in it for them in one of the forms above. */
export function readerGain(text: string, lower: string, previous: string, question: boolean): number {
  // Each form is tried only after a cheap test for a word it cannot do without.
  if (question) return ASK_WORDS.some((w) => lower.includes(w)) ? askToDo(text, previous) : 0;
  let s = 0;
  if (lower.includes('so ') || lower.includes('mean')) s = consequence(text, previous);
  if (s === 0 && previous !== '' && READER_FIRST.test(text)) s = capabilityThen(text, previous);
  if (s === 0 && WITH_GATE.test(text)) s = withUs(text);
  if (s === 0) s = Math.max(peerResult(text), doneForThem(text), peerTookOurs(text));
  if (s === 0 && lower.includes(' back')) s = timeBack(text);
  if (s === 0 && TAKING_PART.some((w) => lower.includes(w)) && PARTICIPANTS_GET.test(text)) s = 0.65;
  if (s === 0 && ACCESS_WORDS.some((w) => lower.includes(w)) && EARLY_ACCESS.test(text) && COSTLESS.test(text))
    s = 0.65;
  return s;
}
const ASK_WORDS = ['me to', 'mind if', 'shall i', 'should i'];
const TAKING_PART = ['particip', 'attend', 'everyone', 'each '];
const ACCESS_WORDS = ['beta', 'pilot', 'early access', 'wait', 'preview'];
const WITH_GATE = /^with\s/i;

// ---------- German, Spanish, French, Portuguese ----------

/** "…, damit / sodass / así que / para que / donc / pour que / então <clause>": a consequence. */
const SO_OTHER =
  /(?:^|,\s*|\s)(?:damit|sodass|so dass|así que|de modo que|para que|por lo que|donc|pour que|afin que|si bien que|então|assim)\s+([^.?!;]+)/iu;
/** The reader or their people in it, said formally or by their things ("su obra", "Ihre Zimmerer", "vos équipes"). */
const READER_OTHER = /\b(?:Sie|Ihre?[mnrs]?|usted|su|sus|vous|votre|vos|você|seu|sua|seus|suas)\b/u;
const SENDER_OTHER =
  /\b(?:wir|uns|unser\w*|ich|mein\w*|nosotros|nuestr[oa]s?|nous|notre|nos|je|j'|nós|noss[oa]s?|eu)\b/iu;
/** A bad thing that does not happen: "nicht", "kein", "no", "ni", "ne … plus", "não". */
const SPARED_OTHER = /\b(?:nicht|kein\w*|niemand|nie|no|ni|nadie|nunca|ne|n'|plus|personne|jamais|não|ninguém)\b/iu;
/** The sender did something: "wir haben … installiert", "instalamos", "nous avons installé", "instalámos". */
const SENDER_DID_OTHER =
  /\b(?:wir haben|haben wir|ich habe|hemos|he|nous avons|on a|j'ai|temos)\b|(?:^|\b(?:nosotros|nós|ya|también|y|e)\s+)\p{L}{3,}(?:amos|imos|ámos)\b/iu;
/** A peer: named after a preposition, or taken up again as theirs. */
const PEER_OTHER =
  /\b(?:bei|für|mit|en|para|con|chez|pour|avec|na|no|com)\s+(?:\p{Lu}[\p{L}'&-]*)|\b(?:ihre?[mnrs]?|deren|leurs?|deles|delas)\b/u;
/** What changed for them: a percentage, from one figure to another, now, no longer. */
const OUTCOME_OTHER =
  /\d[\d.,]*\s?%|\b(?:jetzt|seitdem|nicht mehr|kein\w* mehr|ahora|ya no|ni (?:nota|se entera)|maintenant|désormais|agora|já não|halbiert|gesenkt|reducido|bajado|réduit|baissé|reduziu|reduzimos)\b|\b(?:von|de)\s+\S*\d\S*\s+(?:auf|a|à)\s+\S*\d|\bne\s+\S+\s+plus\b|\bn'\S+\s+plus\b/iu;

/** What's in it for them said as a fact in another language: a capability's consequence, a peer's result. */
export function readerGainOther(text: string, previous: string): number {
  const so = SO_OTHER.exec(text);
  if (so) {
    const clause = so[1] ?? '';
    const before = so.index === 0 ? previous : text.slice(0, so.index);
    if (
      READER_OTHER.test(clause) &&
      SPARED_OTHER.test(clause) &&
      !SENDER_OTHER.test(clause) &&
      /\d/.test(before) &&
      (SENDER_OTHER.test(before) || /\b\p{L}+(?:amos|imos|ons)\b/iu.test(before))
    )
      return 0.65;
  }
  const did = SENDER_DID_OTHER.exec(text);
  if (!did) return 0;
  const after = text.slice(did.index + did[0].length);
  if (!PEER_OTHER.test(after)) return 0;
  const outcome = OUTCOME_OTHER.exec(after);
  return outcome && !SENDER_OTHER.test(after.slice(outcome.index)) ? 0.65 : 0;
}
