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
/** A cost that is not theirs: "no upfront capex", "no … on your bill". */
const NOT_BORNE =
  /^no\s+(?:[\w-]+\s+)?(?:capex|costs?|fees?|outlay|investment|deposit|charges?)\b|^no\b[^.?!;]{1,60}?\bon your (?:bill|invoice|books|budget|p&l)\b/i;
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
  // A cost they no longer bear, because of how we do it: "we do it as a PPA, so no upfront capex", "… so no FIFO
  // flights or camp beds on your bill".
  if (NOT_BORNE.test(clause)) return SENDER.test(before) ? 0.65 : 0;
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

/**
 * The sender bearing the risk of the outcome they want, said with what the sender pays when it is missed: "a
 * guaranteed 85% in our lease contracts, and if we miss it we pay", "… or we pay the difference", "or your money
 * back". A guarantee alone is a term of the sale ("our fee is 18% and we guarantee a hire in 30 days").
 */
const RISK_BORNE =
  /\bif we (?:miss|don't (?:hit|meet|deliver)|fail to (?:hit|meet|deliver))\b[^.?!]{0,40}?\b(?:we (?:pay|refund|credit|cover|waive|eat)|you (?:don't pay|pay nothing|get (?:it|your money|a refund) back))\b|\bor we (?:pay|refund|credit|cover)\b|\b(?:or (?:your|you get your) money back|money[- ]back guarantee)\b/i;
const RISK_WORDS = ['if we ', 'or we ', 'money'];

function riskBorne(text: string): number {
  return RISK_BORNE.test(text) ? 0.65 : 0;
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
  if (s === 0) s = offeredForThem(text, lower);
  if (s === 0 && lower.includes('other') && ourThingLoweredForPeers(text, OUR_THING_LOWERED, SENDER_OFFERS)) s = 0.65;
  if (s === 0 && (lower.includes('similar') || lower.includes('comparable')) && LIKE_CASE_COST.test(text)) s = 0.65;
  if (s === 0 && lower.includes(' back')) s = timeBack(text);
  if (s === 0 && RISK_WORDS.some((w) => lower.includes(w))) s = riskBorne(text);
  if (s === 0 && TAKING_PART.some((w) => lower.includes(w)) && PARTICIPANTS_GET.test(text)) s = 0.65;
  if (s === 0 && ACCESS_WORDS.some((w) => lower.includes(w)) && EARLY_ACCESS.test(text) && COSTLESS.test(text))
    s = 0.65;
  return s;
}
const ASK_WORDS = ['me to', 'mind if', 'shall i', 'should i'];

/**
 * What the same job cost or took for a case like theirs: "For a similar office building in Zürich-West this cost about
 * CHF 18'000 for two lifts and took four days". A budget and a time they can plan on, from work already done; "Bei
 * einem ähnlichen Bürogebäude hat das rund CHF 18'000 gekostet", "Pour un immeuble similaire, cela a coûté …", "En un
 * edificio similar esto costó …", "Num prédio semelhante isso custou …". The like case comes first, and a figure follows.
 */
const LIKE_CASE_COST = new RegExp(
  String.raw`\b(?:for|at|on|in|with)\s+(?:a|an|one|another)\s+(?:[\w'-]+\s+){0,2}?(?:similar|comparable)\b[^.?!]{0,80}?\b(?:this|that|it|we|the (?:work|job|project|retrofit|install(?:ation)?|upgrade|swap|fit-out|changeover))\s+(?:[\w'-]+\s+)?(?:cost|took|came to|ran to)\s+(?:(?:about|around|roughly|some|just|under|only|approximately|less than|little more than)\s+)?(?:(?:CHF|EUR|USD|GBP|[£$€])\s?\d|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a|half a)\s+(?:days?|weeks?|months?|hours?|nights?|weekends?)\b)`,
  'i',
);
const FIGURE_OTHER = String.raw`(?:(?:CHF|EUR|USD|R\$|[£$€])\s?\d|\d|(?:un|una|um|uma|ein|eine|einen|zwei|drei|vier|fünf|dos|tres|cuatro|cinco|deux|trois|quatre|cinq|dois|duas|três|quatro|cinco)\s+\p{L}+)`;
const LIKE_CASE_COST_OTHER = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:bei|für|in)\s+(?:einem|einer)\s+(?:[\p{L}-]+\s+){0,2}?(?:ähnlich|vergleichbar)\p{L}*[^.?!]{0,80}?(?:${FIGURE_OTHER}[^.?!]{0,40}?(?<![\p{L}])(?:gekostet|gedauert)|(?:kostete|dauerte)\s+(?:\p{L}+\s+){0,2}?${FIGURE_OTHER})|(?:pour|sur|dans|chez)\s+(?:un|une)\s+[^.?!]{0,40}?(?<![\p{L}])(?:similaire|comparable|semblable)[^.?!]{0,60}?(?<![\p{L}])(?:a coûté|a pris|a duré|coûtait)\s+(?:\p{L}+\s+){0,2}?${FIGURE_OTHER}|(?:en|para|con)\s+(?:un|una|otro|otra)\s+[^.?!]{0,40}?(?<![\p{L}])(?:similar|parecid[oa]|comparable)[^.?!]{0,60}?(?<![\p{L}])(?:costó|llevó|demoró|tardó|insumió)\s+(?:\p{L}+\s+){0,2}?${FIGURE_OTHER}|(?:em|num|numa|para)\s+(?:um|uma|outro|outra)?\s*[^.?!]{0,40}?(?<![\p{L}])(?:semelhante|similar|parecid[oa]|comparável)[^.?!]{0,60}?(?<![\p{L}])(?:custou|levou|demorou)\s+(?:\p{L}+\s+){0,2}?${FIGURE_OTHER})`,
  'iu',
);

/** What we put forward, with what it lowered for others like them ("… which cut the financing cost for other co-ops"). */
const SENDER_OFFERS = /\b(?:we|i)\b[^.?!;]{0,80}?\b(?:alternative|option|variant|scheme)\b/i;
const PEERS = String.raw`(?:(?:for|at|to)\s+)?(?:other|several|many)\s+[\w-]+`;
const LOWERED = String.raw`(?:lowered|cut|reduced|halved|brought down|shortened|trimmed)`;
const OUR_THING_LOWERED = new RegExp(
  String.raw`\b(?:which|that)\s+(?:has\s+|have\s+)?(?:${PEERS}[^.?!;]{0,60}?\b${LOWERED}|${LOWERED}\b[^.?!;]{0,60}?\b${PEERS})`,
  'i',
);

// ---------- Something done for them, with its terms ----------

/** The sender able or willing to do it: "we could", "I'll", "we are prepared to". */
const SENDER_CAN =
  /\b(?:we|i)(?:'ll|'d| (?:can|could|will|would|are able to|am able to|are prepared to|are happy to|'d be happy to))\s+(?:also\s+|then\s+|gladly\s+)?(set up|reserve|deliver|fit|lend|loan|produce|guarantee|hold|install|build|ship|supply|swap|replace|cover|store|stock|assemble|manufacture|print|prepare|configure|source|put aside|set aside|take over|handle|leave|measure|commission|service|overhaul|repair)\b([^.?!]*)/i;
/** A term that makes it an offer: a time, no cost, no obligation, one thing instead of another, in writing. */
const OFFER_TERM =
  /\b(?:within|in)\s+(?:\d+|a|an|one|two|three|four|five|48|24)\s*(?:-\s*)?(?:hours?|days?|weeks?|business days?)\b|\bby (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|the end of|end of|\d)|\bbefore (?:the )?\d|\b(?:same|next)[- ]day\b|\bovernight\b|\bat no (?:[\w-]+ )?(?:cost|charge)\b|\bfree of charge\b|\bno (?:[\w-]+ )?(?:cost|charge|fees?)\b|\b(?:no|without) (?:obligation|commitment)\b|\binstead of\b|\bin writing\b|\bat our (?:cost|expense)\b|\bon us\b/i;
/** For them: the reader, or a company named after "for". */
const FOR_READER = /\b(?:you|your)\b|\bfor\s+[A-Z]/;
/** Doing that is our pitch or a meeting, not a thing done for them. */
const PITCH_DONE =
  /\b(?:demo|call|meeting|chat|presentation|webinar|platform|software|solution|brochure|deck|catalogue|newsletter|mailing list|pricing|proposal|pitch)\b/i;

/** "We could set up a dedicated depot for Halden within a week at no setup cost", "we can reserve one for you, no obligation". */
function doneWithTerms(text: string): number {
  const m = SENDER_CAN.exec(text);
  if (!m) return 0;
  const rest = m[2] ?? '';
  return FOR_READER.test(rest) && OFFER_TERM.test(rest) && !PITCH_DONE.test(rest) ? 0.65 : 0;
}

/** A role or share in the sender's deal: workshare, a joint venture, a named partner, a sole-source award. */
const SHARE_OF_DEAL =
  /\b(?:work ?share|joint venture|managing venturer|named (?:partner|subcontractor)|sole[- ]source|teaming (?:partner|agreement))\b/i;
const COMMITTED = /\b(?:prepared|commit\w*|would|could|will|consider|defined|reserved?|offer\w*|guarantee\w*|list)\b/i;
/** Asked to sign up for the chance of one is no share: "register in our supplier portal". */
const SIGN_UP = /\b(?:register|portal|apply|submit|fill (?:in|out)|sign up|questionnaire)\b/i;

/** What the sender is, not what they give: "as the sole-source supplier to the Navy", "our teaming partners". */
const OUR_STANDING =
  /\b(?:we are|we're|as|our)\s+(?:the\s+|a\s+|an\s+)?sole[- ]source\s+(?:supplier|provider|vendor|manufacturer|distributor|partner)s?\b/i;
/\b(?:we are|we're|as|our|us)\s+(?:the\s+|a\s+|an\s+)?(?:sole[- ]source|named|teaming|joint venture)\b/i;

function shareOfDeal(text: string): number {
  return SHARE_OF_DEAL.test(text) &&
    /\b(?:we|our|i)\b/i.test(text) &&
    /\b(?:you|your)\b|\b(?:with|for)\s+[A-Z]/.test(text) &&
    COMMITTED.test(text) &&
    !SIGN_UP.test(text) &&
    !OUR_STANDING.test(text)
    ? 0.65
    : 0;
}

/** "If you forward me the clause, I'll tell you whether your policy meets it": a check done for them on what they send. */
const IF_YOU_SEND =
  /^\W*(?:and\s+)?(?:if|once) you(?:'d|'re able to| (?:can|could|just|simply|want to|are able to))?\s+(?:just\s+)?(?:send|forward|share|email|upload|drop|mail|give|pass)\b[^.?!]{0,100}?,?\s+(?:then\s+)?(?:i|we)(?:'ll|'d| will| would| can| could)\s+([^.?!]+)/i;
/** What follows is contact or our material, not a check of theirs. */
const CONTACT_ONLY =
  /\b(?:call|ring|phone|book|schedule|add you|sign you up|subscribe|follow up|reach out|visit|meet|connect|chat|talk|demo|pitch|present|our|us|we)\b/i;

function checkForThem(text: string): number {
  const m = IF_YOU_SEND.exec(text);
  if (!m) return 0;
  const then = m[1] ?? '';
  return !CONTACT_ONLY.test(then) && /\b(?:you|your|it|them|whether|if|where|what|how|which)\b/i.test(then) ? 0.65 : 0;
}

/** An offer with its terms, a share of our deal, or a check on what they send (gated by cheap word tests). */
function offeredForThem(text: string, lower: string): number {
  let s = 0;
  if (lower.includes('we ') || lower.includes("i'") || lower.includes('i ')) s = doneWithTerms(text);
  if (s === 0 && SHARE_WORDS.some((w) => lower.includes(w))) s = shareOfDeal(text);
  if (s === 0 && (lower.includes('if you') || lower.includes('once you'))) s = checkForThem(text);
  return s;
}
const SHARE_WORDS = ['share', 'venture', 'named', 'sole', 'teaming'];
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
  /\b(?:wir haben|haben wir|wir hatten|hatten wir|ich habe|hemos|habíamos|he|nous avons|nous avions|on a|on avait|j'ai|temos|tínhamos|havíamos)\b|(?:^|\b(?:nosotros|nós|ya|también|y|e)\s+)\p{L}{3,}(?:amos|imos|ámos)\b/iu;
/** A peer: named after a preposition, or taken up again as theirs. */
const PEER_OTHER =
  /\b(?:bei|für|mit|en|para|con|chez|pour|avec|na|no|com)\s+(?:\p{Lu}[\p{L}'&-]*)|\b(?:ihre?[mnrs]?|deren|leurs?|deles|delas)\b/u;
/** A case like theirs, named: "un arrêt comparable à Pont-de-Claix", "una obra parecida en Rosario", "ähnlich wie bei Müller". */
const COMPARABLE_PEER_OTHER =
  /(?<![\p{L}])(?:comparables?|similaires?|semblables?|parecid[oa]s?|similar(?:es)?|semelhantes?|vergleichbar\p{L}*|ähnlich\p{L}*)\s+(?:(?:wie\s+)?(?:à|a|en|chez|bei|in|im|em|na|no)\s+)\p{Lu}/u;
/** What changed for them: a percentage, from one figure to another, now, no longer. */
const OUTCOME_OTHER =
  /\d[\d.,]*\s?%|\d+\s+(?:\p{L}+\s+)?(?:sur|de cada|von|em cada)\s+\d+|\b(?:jetzt|seitdem|nicht mehr|kein\w* mehr|ahora|ya no|ni (?:nota|se entera)|maintenant|désormais|agora|já não|halbiert|gesenkt|reducido|bajado|réduit|baissé|reduziu|reduzimos)\b|\b(?:von|de)\s+\S*\d\S*\s+(?:auf|a|à)\s+\S*\d|\bne\s+\S+\s+plus\b|\bn'\S+\s+plus\b/iu;

/**
 * What we put forward, said with what it lowered for others like them: "querríamos sumar una alternativa con pago en
 * quintales, que a otras cooperativas les bajó bastante el costo financiero", "une option … qui a fait baisser les frais
 * d'autres coopératives", "eine Variante …, die bei anderen Genossenschaften die Kosten gesenkt hat", "we'd add an
 * option to pay in grain, which cut the financing cost for other co-ops". A peer's result tied to the thing offered
 * to them. The offer must be ours and come first; a cost of theirs that fell ("su costo bajó") is news, not this.
 */
const SENDER_OFFERS_OTHER =
  /(?<![\p{L}])(?:\p{L}{3,}(?:amos|íamos|emos|imos|ons|ions)|wir|nous|on|nosotros|nós|podemos|queremos|können|möchten|würden|bieten)(?![\p{L}])[^.?!;]{0,80}?(?<![\p{L}])(?:alternativa|opción|variante|modalidad|esquema|option|formule|modalité|möglichkeit|alternative|opção|modalidade)(?![\p{L}])/iu;
const PEERS_OTHER = String.raw`(?:(?:a|en|para|à|chez|pour|bei|für|em|com)\s+)?(?:otr[oa]s|d'autres|anderen|andere|outr[oa]s|vari[oa]s|plusieurs|mehreren)\s+\p{L}+`;
const LOWERED_OTHER = String.raw`(?:bajó|bajaron|redujo|redujeron|recortó|ahorró|abarató|a baissé|ont baissé|a fait baisser|a réduit|a allégé|a permis de réduire|a permis de baisser|gesenkt|reduziert|halbiert|verringert|reduziu|baixou|diminuiu|cortou)`;
const OUR_THING_LOWERED_OTHER = new RegExp(
  String.raw`(?<![\p{L}])(?:que|lo que|qui|ce qui|die|das|der|was|o que)\s+(?:${PEERS_OTHER}[^.?!;]{0,60}?(?<![\p{L}])${LOWERED_OTHER}|[^.?!;]{0,40}?(?<![\p{L}])${LOWERED_OTHER}(?![\p{L}])[^.?!;]{0,60}?(?<![\p{L}])${PEERS_OTHER})`,
  'iu',
);

function ourThingLoweredForPeers(text: string, lowered: RegExp, offers: RegExp): boolean {
  const low = lowered.exec(text);
  if (!low) return false;
  return offers.test(text.slice(0, low.index));
}

/** The sender able to do it: "wir können", "podemos", "nous pouvons", "posso". */
const ABLE_OTHER =
  /\b(?:können|kann|könnten|könnte|pouvons|peux|pourrions|pourrais|podemos|puedo|podríamos|podría|posso|poderíamos|conseguimos)\b/iu;
/** For them: "für Sie", "pour vous", a clitic "-le", "garantizarle", "ustedes". */
const FOR_READER_OTHER =
  /\b(?:für sie|ihnen|pour vous|vous|ustedes|usted|para (?:usted|ustedes|você|vocês)|você|vocês)\b|\p{L}(?:rle|rles|r-lhe|r-lhes|r-vous)\b|\b(?:le|les|lhe|lhes)\s+\p{L}+(?:o|a|é|e)\b|\b(?:su|sus|seu|sua|seus|suas|ihre?[mnrs]?|votre|vos)\s/iu;
/** A term: a figure, the same day, at no cost, no obligation, in writing, one thing instead of another. */
const TERM_OTHER =
  /\d|\b(?:mismo día|misma semana|mesmo dia|même jour|selben tag|noch heute|sin (?:coste|costo|cargo|compromiso)|sem (?:custos?|compromisso)|sans (?:frais|engagement)|ohne (?:kosten|\p{L}*verpflichtung)|unverbindlich|kostenlos|gratis|gratuit\p{L}*|por escrito|par écrit|schriftlich|statt|anstatt|en lugar de|en vez de|au lieu de|em vez de)\b/iu;
/** What is done is a meeting or our pitch, not a thing done for them. */
const MEETING_OTHER =
  /\b(?:hablar|reunir\p{L}*|llamar\p{L}*|presentar\p{L}*|mostrar\p{L}*|demo\p{L}*|telefonieren|treffen|vorstellen|zeigen|sprechen|présenter|montrer|appeler|rencontrer|apresentar|conversar|falar|ligar|agendar|portafolio|portfolio|portfólio|plataforma|plattform|solution|solución|solução|lösung)\b/iu;

/** "Wir können ihn für Sie reservieren, ohne Kaufverpflichtung", "podemos … garantizarle la entrega antes del 30". */
function doneWithTermsOther(text: string): number {
  const able = ABLE_OTHER.exec(text);
  if (!able) return 0;
  const rest = text.slice(able.index);
  return FOR_READER_OTHER.test(rest) && TERM_OTHER.test(rest) && !MEETING_OTHER.test(rest) ? 0.65 : 0;
}

/** The sender's way against the usual one, in time: "Stillstand einen halben Tag statt zwei Wochen". */
const INSTEAD_OTHER =
  /\b(?:statt|anstatt|en lugar de|en vez de|au lieu de|em vez de)\s+(?:\p{L}+\s+){0,2}?(?:\d+|zwei|drei|vier|fünf|sechs|dos|tres|cuatro|cinco|deux|trois|quatre|cinq|duas|dois|três|quatro|einer|einem|eine|una|un|une|uma|um)\s+(?:\p{L}+\s+)?(?:tag|tage|tagen|woche|wochen|monat|monate|monaten|stunden?|días?|semanas?|mes(?:es)?|horas?|jours?|semaines?|mois|heures?|dias?|mês|meses)\b/iu;

/** Goods left with them to try: "le dejo 10 delantales para que los usen un mes", "je vous laisse dix tabliers". */
const LEFT_TO_TRY =
  /\b(?:(?:le|les|te|os)\s+(?:dejo|dejamos|presto|prestamos)|(?:vous|te)\s+(?:laisse|laissons|prête|prêtons)|(?:lhe|te|lhes)\s+(?:deixo|deixamos|empresto|emprestamos)|(?:deixo|deixamos|empresto)-(?:lhe|lhes|te)|(?:lasse|lassen|leihe|leihen)\s+(?:ich|wir)\s+(?:ihnen|dir|euch))\s+(?:\d+|dos|tres|cuatro|cinco|diez|deux|trois|quatre|cinq|dix|dois|duas|três|cinco|dez|zwei|drei|vier|fünf|zehn)\s/iu;
const TRIAL_TERM =
  /\b(?:mes|semana|mois|semaine|mês|monat|woche|si no|no pasa nada|si ça|s'ils ne|se não|wenn (?:sie )?nicht|falls (?:sie )?nicht|sin compromiso|sans engagement|sem compromisso|unverbindlich|de prueba|à l'essai|para testar|zum testen|zur probe)\b/iu;

/** An introduction to a person, not to our product: "je serais heureuse de vous présenter leur directeur général",
 * "con gusto le presento a Elena Ruiz" (the personal "a"), "posso apresentá-lo ao diretor". */
const INTRO_FR =
  /\b(?:vous|te)\s+(?:présenter|présente|présenterai|présenterais|présentons)\s+(?!(?:notre|nos|ma|mon|mes)\s)(\S+)(?:\s+(\S+))?/iu;
const PERSON_FR =
  /^(?:\p{Lu}\p{L}+|directeur|directrice|responsable|fondateur|fondatrice|président|présidente|associé|associée|gérant|gérante|dg|pdg|acheteur|acheteuse|chef|cheffe|collègue|homologue|maire)$/u;
const INTRO_ES_PT =
  /\b(?:presentar(?:le|te|les|os)|(?:le|te|les|os)\s+(?:presento|presentamos|presentaré|presentaría)|apresent[aá]-l[oa]s?|(?:lhe|te)\s+(?:apresento|apresentamos))\s+(?:a|al|ao|à|aos|às)\s+(?!(?:nuestr|noss|mi\b|mis\b|minha|meu))/iu;

function introOther(text: string): number {
  if (INTRO_ES_PT.test(text)) return 0.7;
  const fr = INTRO_FR.exec(text);
  if (!fr) return 0;
  const first = fr[1] ?? '';
  const second = fr[2] ?? '';
  const person = (w: string): boolean => PERSON_FR.test(w.replace(/[,.;:]+$/u, ''));
  return person(first) || (/^(?:leur|leurs|son|sa|ses|le|la|l'|un|une|notre|mon|ma)$/iu.test(first) && person(second))
    ? 0.7
    : 0;
}

/** Something the sender does for them with its terms, goods left to try, or an introduction to a person. */
function offeredForThemOther(text: string): number {
  let s = doneWithTermsOther(text);
  if (s === 0 && INSTEAD_OTHER.test(text) && SENDER_OTHER.test(text)) s = 0.65;
  if (s === 0 && LEFT_TO_TRY.test(text) && TRIAL_TERM.test(text)) s = 0.65;
  if (s === 0 && /présent|present|apresent/iu.test(text)) s = introOther(text);
  return s;
}

/** What's in it for them said as a fact in another language: a capability's consequence, a peer's result. */
export function readerGainOther(text: string, previous: string): number {
  const offered = offeredForThemOther(text);
  if (offered > 0) return offered;
  if (ourThingLoweredForPeers(text, OUR_THING_LOWERED_OTHER, SENDER_OFFERS_OTHER)) return 0.65;
  if (LIKE_CASE_COST_OTHER.test(text)) return 0.65;
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
  // The peer may come first, as the like of theirs: "Sur un arrêt comparable à Pont-de-Claix, nous avions …".
  if (!PEER_OTHER.test(after) && !COMPARABLE_PEER_OTHER.test(text.slice(0, did.index))) return 0;
  const outcome = OUTCOME_OTHER.exec(after);
  return outcome && !SENDER_OTHER.test(after.slice(outcome.index)) ? 0.65 : 0;
}
