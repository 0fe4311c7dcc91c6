/**
 * What's in it for them, read from a sentence's structure rather than its wording: who does what,
 * for whom, with what. An offer is a clause
 * - whose doer is the sender (I, we, my team, our chef; or left out: "happy to send…", "can share…"),
 *   willing or about to act (a modal, "happy to", "'d love to"), with the reader as the one it is
 *   done for or to ("send you…", "…to your team", "…for you", "check your figures"), and a thing as
 *   its object that is neither the meeting, nor our wares, nor a price;
 * - or whose doer is the reader, who would gain something ("you'd get…", "your team would save…");
 * - or whose doer is a thing that would give the reader something ("which would save your team…").
 * A clause whose doer is the reader and whose gain goes to the sender ("you could help us",
 * "your feedback would help our roadmap") is no offer, and says so.
 *
 * It reads words tagged by part of speech (nlp.ts tags them), so it is tested without the tagger.
 */

export interface Tagged {
  words: readonly string[];
  tags: readonly string[];
}

/** What a sentence's structure says about what is in it for the reader. */
export type OfferReading =
  | { kind: 'offer'; strength: number; same?: boolean }
  /** The reader does something whose gain is the sender's: "your input would help our roadmap". */
  | { kind: 'for_sender' }
  | { kind: 'none' };

const NONE: OfferReading = { kind: 'none' };

const SENDER = new Set(['i', 'we', 'my', 'our', 'me', 'us']);
const READER = new Set(['you', 'your', 'yours', 'yourself', 'yourselves', "y'all"]);
/** A doer that stands for something said before: "…, which would save your team a week". */
const THING = new Set(['which', 'that', 'it', 'this', 'those', 'these']);
const MODAL = new Set(['can', 'could', 'would', 'will', "'d", "'ll", 'shall', 'might', 'may', 'd', 'll', 'ca', 'wo']);
/** Willing to act, with the subject left out or kept: "happy to send", "I'd love to share". */
const WILLING = new Set(['happy', 'glad', 'able', 'keen', 'pleased', 'ready', 'delighted', 'willing']);
const WANTING = new Set(['love', 'like', 'want', 'offer', 'mean', 'plan', 'aim', 'intend', 'hope']);

/**
 * Verbs by which the doer takes, not gives: learning from them, meeting them, telling them about
 * ourselves. "I'd love to learn about your process" is the sender's gain.
 */
const TAKING = new Set([
  'learn',
  'hear',
  'understand',
  'know',
  'ask',
  'discuss',
  'talk',
  'chat',
  'speak',
  'meet',
  'connect',
  'catch',
  'pick',
  'explore',
  'introduce', // "introduce myself / our team"; "introduce you to X" is read from its object (see below)
  'present',
  'pitch',
  'demo',
  'tell',
  'explain',
  'invite',
  'schedule',
  'book',
  'follow',
  'reach',
  'touch',
  'get',
  'be',
  'have',
  'see',
  'join',
  'partner',
  'work',
  'collaborate',
  'help',
  'support',
  'call',
  'ring',
  'phone',
  'email',
  'message',
  'text',
  'ping',
  'contact',
  'visit',
  'add',
  'need',
  'require',
  'appreciate',
  'welcome',
  'value',
  'love',
  'like',
  'want',
  'hold',
  'reserve',
  'exchange',
  'integrate',
  'walk',
  'feature',
  'answer',
  'keep',
]);

/** What the sender did to the reader's things that gives them nothing: "I read your post on…". */
const PERCEIVING = new Set([
  'seen',
  'admire',
  'admired',
  'emailed',
  'messaged',
  'wrote',
  'written',
  'tried',
  'try',
  'reached',
  'pinged',
  'called',
  'read',
  'saw',
  'see',
  'notice',
  'noticed',
  'watch',
  'watched',
  'hear',
  'heard',
  'came',
  'come',
  'follow',
  'followed',
  'enjoy',
  'enjoyed',
  'loved',
  'love',
  'like',
  'liked',
  'found',
  'spot',
  'spotted',
  'admire',
  'admired',
  'listen',
  'listened',
  'caught',
  'attend',
  'attended',
  'visit',
  'visited',
  'check',
  'checked',
  'stumble',
  'stumbled',
  'look',
  'looked',
  'work',
  'worked',
  'help',
  'helped',
  'specialise',
  'specialize',
  'serve',
  'partner',
  'provide',
  'offer',
  'deliver',
  'sell',
  'build',
  'make',
]);

/** The reader's doing that serves another's work: "your input would shape our next release". */
const HELPING = new Set([
  'help',
  'shape',
  'improve',
  'inform',
  'guide',
  'support',
  'build',
  'design',
  'test',
  'validate',
  'refine',
  'influence',
  'strengthen',
  'benefit',
  'enrich',
  'grow',
  'complete',
]);

const BE = new Set(['be', 'is', 'are', "'m", 'm', 'am', "'re", 're', "'s", 'was', 'were', 'been', 'being']);

const THINKING = new Set([
  'think',
  'believe',
  'reckon',
  'guess',
  'suspect',
  'bet',
  'expect',
  'imagine',
  'feel',
  'suppose',
]);

/** Verbs that take the reader and a thing without giving it: "ask you a question", "cost you £40". */
const NOT_GIVING = new Set([
  'wish',
  'thank',
  'congratulate',
  'welcome',
  'ask',
  'owe',
  'need',
  'want',
  'like',
  'love',
  'pick',
  'bother',
  'trouble',
  'cost',
  'charge',
  'bill',
  'add',
  'be',
  'have',
  // contact, not a gift: "I'll call you Thursday"
  'call',
  'ring',
  'phone',
  'text',
  'ping',
  'visit',
  'meet',
  'contact',
  'see',
  'catch',
  'remind',
  'chase',
]);
/** Auxiliaries of what is done or under way: "I've drafted", "I'm sending". */
const READY = new Set(["'ve", 've', 'have', "'m", 'm', 'am', "'re", 're', 'are']);

const INTRO = new Set(['intro', 'introduction', 'introductions', 'intros']);
const INTRODUCING = new Set(['introduce', 'connect']);

/** What the reader would come to have: "you'd get…", "your team would save…", "you'll keep…". */
const GAIN = new Set([
  'get',
  'gain',
  'save',
  'avoid',
  'learn',
  'keep',
  'receive',
  'win',
  'cut',
  'skip',
  'recover',
  'earn',
  'pocket',
  'free',
  'halve',
  'reduce',
  'spare',
  'walk',
  'come',
  'leave',
  'have',
  // given to them: "you'd be sent the full dataset"
  'sent',
  'given',
  'offered',
  'shown',
  'lent',
  'emailed',
  'handed',
  'granted',
]);
/** What a change would do to a thing of theirs: "compressing the hero image would halve it". */
const IMPROVING = new Set([
  'save',
  'cut',
  'halve',
  'fix',
  'reduce',
  'double',
  'speed',
  'improve',
  'lift',
  'raise',
  'boost',
  'shorten',
  'lower',
  'clear',
  'solve',
  'remove',
  'prevent',
  'stop',
  'free',
]);

/** What a thing would give them: "…which would save your team two weeks". */
const GIVING = new Set(['give', 'save', 'spare', 'free', 'cut', 'get', 'buy', 'bring', 'halve']);

/** The meeting itself: the ask, not a thing handed over. */
const MEETING = [
  'lunch',
  'breakfast',
  'dinner',
  'drinks',
  'drink',
  'beer',
  'beers',
  'consultation',
  'consult',
  'session',
  'sec',
  'second',
  'seconds',
  'email',
  'emails',
  'inmail',
  'inmails',
  'message',
  'messages',
  'voicemail',
  'voicemails',
  'reminder',
  'follow-up',
  'link',
  'calendar',
  'calendly',
  'call',
  'calls',
  'chat',
  'meeting',
  'meetings',
  'demo',
  'demonstration',
  'conversation',
  'coffee',
  'catch-up',
  'walkthrough',
  'presentation',
  'minutes',
  'minute',
  'min',
  'mins',
  'moment',
  'time',
  'slot',
  'zoom',
  'teams',
  'intro',
  'introduction',
  'overview',
  'tour',
  'look',
  'touch',
  'base',
  'invite',
  'invitation',
  'interview',
  'visit',
];
/** Our wares: a pitch, whoever it is pitched to. */
const WARES = new Set([
  'trial',
  'platform',
  'platforms',
  'product',
  'products',
  'solution',
  'solutions',
  'software',
  'service',
  'services',
  'tool',
  'tools',
  'app',
  'apps',
  'features',
  'feature',
  'offering',
  'offerings',
  'brochure',
  'website',
  'deck',
  'capabilities',
  'suite',
  'system',
  'technology',
  'range',
  'catalogue',
  'catalog',
  'portfolio',
]);
/** A price or a contract. */
const PRICE = [
  'price',
  'prices',
  'pricing',
  'quote',
  'quotes',
  'quotation',
  'contract',
  'contracts',
  'proposal',
  'discount',
  'invoice',
  'terms',
  'rates',
  'offer',
  'packages',
  'package',
  'subscription',
  'licence',
  'license',
];
/** Words too vague to be a thing handed over: "your needs", "value", "peace of mind", "any questions". */
const VAGUE = [
  'needs',
  'requirements',
  'goals',
  'challenges',
  'questions',
  'value',
  'synergies',
  'synergy',
  'peace',
  'business',
  'organisation',
  'organization',
  'operations',
  'growth',
  'success',
  'process',
  'processes',
  'thoughts',
  'feedback',
  'opinion',
  'view',
  'views',
  'input',
  'experience',
  'journey',
  'potential',
  'objectives',
  'priorities',
  'network',
  'profile',
  'opportunity',
  'opportunities',
  'partnership',
  'collaboration',
  'way',
  'company',
  'team',
  'everything',
  'anything',
  'something',
  'part',
  'support',
  'help',
  'sort',
  'kind',
  'lot',
  'bit',
  'things',
  'thing',
  'stuff',
  'information',
  'info',
  'details',
  'detail',
];
/** Objects that are the ask itself, the sender's wares, a price, or nothing in particular. */
const NOT_A_GIFT = new Set([...MEETING, ...WARES, ...PRICE, ...VAGUE]);

/** Particles and adverbs between a verb and its object: "send over", "set up", "give back", "pass on". */
const PARTICLE = new Set([
  'over',
  'in',
  'up',
  'across',
  'back',
  'on',
  'along',
  'out',
  'together',
  'away',
  'through',
  'off',
  'round',
  'around',
]);
/** Where a thing goes to the reader: "to you", "for your team", "on your tender". */
const TOWARDS = new Set(['to', 'for', 'on', 'over', 'across', 'into', 'in', 'at', 'of', 'about']);

const KNOWN = new Set([...TAKING, ...GAIN, ...GIVING, ...WANTING, 'send', 'share', 'offer', 'give', 'make']);

/** Where a clause ends: punctuation that parts clauses, a conjunction. */
// A hyphen is left out: the tagger splits "bid-writing" into three tokens.
const CLAUSE_PUNCT = new Set([',', ';', ':', '—', '–', '(', ')', '.', '!', '?']);

interface Clause {
  words: string[];
  tags: string[];
  /** The clause follows "if": "let me know if you'd like a copy". */
  afterIf?: boolean;
  /** The sentence names the reader somewhere. */
  readerNamed?: boolean;
}

function clauses({ words, tags }: Tagged): Clause[] {
  const out: Clause[] = [];
  const readerNamed = words.some((w) => READER.has(w.toLowerCase()));
  let cur: Clause = { words: [], tags: [], readerNamed };
  const flush = (): void => {
    if (cur.words.length > 0) out.push(cur);
    cur = { words: [], tags: [], readerNamed };
  };
  for (let i = 0; i < words.length; i++) {
    const w = (words[i] as string).toLowerCase();
    const t = tags[i] as string;
    if ((t === 'PUNCT' && CLAUSE_PUNCT.has(w)) || t === 'CCONJ' || t === 'SCONJ') {
      flush();
      if (w === 'if') cur.afterIf = true;
      continue;
    }
    // The tagger keeps "I'm" whole, as a name.
    if (w === "i'm" || w === 'i\u2019m' || w === 'im') {
      cur.words.push('i', "'m");
      cur.tags.push('PRON', 'AUX');
      continue;
    }
    cur.words.push(w);
    cur.tags.push(t);
  }
  flush();
  return out;
}

const isVerb = (t: string): boolean => t === 'VERB' || t === 'AUX';

/** A crude lemma: enough for the verbs above ("saves", "saved", "sending" → "save", "send"). */
function base(word: string): string {
  // "sending" → "send", "offering" → "offer", "saving" → "save".
  if (word.endsWith('ing') && word.length > 5) {
    const stem = word.slice(0, -3);
    return KNOWN.has(stem) ? stem : KNOWN.has(`${stem}e`) ? `${stem}e` : stem;
  }
  if (word === 'got' || word === 'gotten') return 'get';
  if (word === 'kept') return 'keep';
  if (word === 'had' || word === 'has') return 'have';
  if (word === 'learnt') return 'learn';
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s') && !word.endsWith('ss') && word.length > 3) return word.slice(0, -1);
  return word;
}

/**
 * One clause's reading. `inherited` is the doer of the clause before, for a clause whose own doer
 * is left out after "and": "I'll run the numbers and send you the sheet".
 */
function readClause(
  c: Clause,
  inherited: Doer | undefined,
  company: readonly string[],
): { reading: OfferReading; doer: Doer | undefined } {
  const { words, tags } = c;
  // "there's no charge for the trial run on your line", "no cost to you for two weeks of monitoring".
  const noCost = noCostFor(words, tags);
  if (noCost) return { reading: noCost, doer: undefined };
  let i = 0;
  while (i < words.length && (tags[i] === 'ADV' || tags[i] === 'INTJ')) i++;
  // Fronted for them: "For your team we will prepare a small test".
  let fronted = false;
  if (words[i] === 'for' && READER.has(words[i + 1] as string)) {
    const reader = readerPhrase(words, tags, i + 1);
    if (tags[reader.end] === 'PRON' && SENDER.has(words[reader.end] as string)) {
      fronted = true;
      i = reader.end;
    }
  }
  const start = i;
  // The doer: the words before the first verb (or before "happy to").
  let v = i;
  while (v < words.length && !isVerb(tags[v] as string) && !WILLING.has(words[v] as string)) v++;
  if (v >= words.length) return { reading: NONE, doer: undefined };
  // A doing as the doer: "slot booking would save…", "moving the pickup window could cut…".
  const gerund = tags[v] === 'VERB' && (words[v] as string).endsWith('ing') && tags[v + 1] === 'AUX' && v > start;
  if (gerund) v++;
  const subject = words.slice(start, v);
  const subjectTags = tags.slice(start, v);
  let doer: Doer | undefined = gerund ? 'thing' : doerOf(subject, subjectTags, company);
  // The tagger may take the doing for a noun: "compressing the hero image would…".
  const doing = gerund || (doer === 'thing' && (subject[0] as string).endsWith('ing') && subjectTags[0] === 'NOUN');
  let modal = false;
  let ready = false;
  let willing = false;
  // A question's doer comes after the modal: "could I send you…", "would you get…".
  if (subject.length === 0 && MODAL.has(words[v] as string) && tags[v + 1] === 'PRON') {
    const after = words[v + 1] as string;
    if (SENDER.has(after)) doer = 'sender';
    // "would you have…?" asks them; it promises them nothing.
    else if (READER.has(after)) return { reading: NONE, doer: 'reader' };
    modal = true;
    v += 2;
  }
  if (doer === undefined && subject.length === 0) {
    // Left out: "happy to send…", "can share…", "would be glad to…" are the sender's; a bare verb is
    // an imperative ("send me the plan"), the reader's task; after "and", the doer before.
    const w = words[v] as string;
    if (MODAL.has(w) || WILLING.has(w)) doer = 'sender';
    else if (inherited !== undefined) doer = inherited;
    else return { reading: takeIt(words, tags, v), doer: undefined };
  }
  if (doer === undefined || doer === 'other') return { reading: NONE, doer };
  // The verb group: modals, "be happy to", "'d love to", adverbs, up to the main verb.
  let main = '';
  let j = v;
  for (; j < words.length; j++) {
    const w = words[j] as string;
    // The tagger reads "like" after "you'd" as a preposition.
    const t = w === 'like' && main === '' && (modal || ready) ? 'VERB' : (tags[j] as string);
    if (MODAL.has(w) && t === 'AUX') modal = true;
    else if (w === 'not' || w === "n't" || w === 'never') return { reading: NONE, doer };
    else if (WILLING.has(w)) willing = true;
    else if (t === 'PART' || t === 'ADV' || (t === 'AUX' && !modal && main === '')) {
      if (t === 'AUX') {
        main = base(w);
        // "I've drafted…", "I'm sending…": done or under way, as sure as "I will".
        if (READY.has(w)) ready = true;
      }
    } else if (t === 'VERB') {
      main = base(w);
      // "I think we could do the same for you": the clause thought is the one to read.
      if (THINKING.has(main) && j === v && tags[j + 1] === 'PRON')
        return readClause({ words: words.slice(j + 1), tags: tags.slice(j + 1) }, inherited, company);
      if (WANTING.has(main) && words[j + 1] === 'to') {
        willing = true;
        continue;
      }
      // "be able to", "be glad to": the verb after "to" is the main one.
      j++;
      break;
    } else if (t === 'AUX') {
      main = base(w);
    } else break;
  }
  if (BE.has(main)) {
    // "it's possible for us to do one pilot in your depot": we can do it.
    const forUsTo = words.findIndex(
      (w, q) => q >= j && w === 'for' && SENDER.has(words[q + 1] as string) && words[q + 2] === 'to',
    );
    if (forUsTo >= 0 && doer === 'thing')
      return readClause(
        { ...c, words: ['we', 'can', ...words.slice(forUsTo + 3)], tags: ['PRON', 'AUX', ...tags.slice(forUsTo + 3)] },
        inherited,
        company,
      );
    // A thing that costs them nothing: "the first audit is on us", "the sample kit is free".
    if (doer === 'thing' && subject[0] !== 'your' && costsNothing(words.slice(j))) {
      const thing = phrase(subject, subjectTags, 0);
      if (thing && isGift(thing.head) && thing.head !== 'same')
        return { reading: { kind: 'offer', strength: 0.55 }, doer };
    }
    // "your experience would be invaluable to our team": their worth to us.
    const forUs = doer === 'reader' && words.slice(j).some((w) => SENDER.has(w));
    return { reading: forUs ? { kind: 'for_sender' } : NONE, doer };
  }
  const rest = words.slice(j);
  const restTags = tags.slice(j);
  const readerAt = fronted ? Number.POSITIVE_INFINITY : rest.findIndex((w) => READER.has(w));
  // "from us", "by us" name where it comes from, not who gains: "you will receive from us the full report".
  const senderAt = rest.findIndex((w, q) => SENDER.has(w) && !SOURCE.has(rest[q - 1] as string));
  if (doer === 'reader') {
    // Their doing for our gain ("you could help us", "your input would shape our roadmap") is none of theirs.
    if (
      senderAt >= 0 &&
      (readerAt < 0 || senderAt < readerAt) &&
      !GAIN.has(main) &&
      (rest.includes('us') || rest.includes('me') || HELPING.has(main))
    )
      return { reading: { kind: 'for_sender' }, doer };
    // A gain is a promise with a modal; said plainly only as where they end up: "…and you walk away with the report".
    if (pitched(rest) || !(modal || ((main === 'walk' || main === 'come') && rest[0] === 'away')))
      return { reading: NONE, doer };
    // "your drivers would spend two fewer hours at the dock": less of what costs them.
    if (rest.slice(0, 4).some((w) => w === 'fewer' || w === 'less'))
      return { reading: offer(0.6, rest, restTags), doer };
    // "if you'd like a copy of the report": the thing is theirs for the asking.
    if ((main === 'like' || main === 'want') && c.afterIf) {
      const thing = phrase(rest, restTags, 0);
      return { reading: thing && isGift(thing.head) ? offer(0.55, rest, restTags) : NONE, doer };
    }
    if (!GAIN.has(main)) return { reading: NONE, doer };
    // "you'd walk away with the rules", "your team would save about six hours".
    let k = 0;
    while (k < rest.length && (PARTICLE.has(rest[k] as string) || rest[k] === 'with')) k++;
    if (SOURCE.has(rest[k] as string) && SENDER.has(rest[k + 1] as string)) k += 2;
    // "you'd get to shape our roadmap": a chance to work for us, not a thing.
    if (rest[k] === 'to' || (senderAt >= 0 && senderAt <= k + 1))
      return { reading: senderAt >= 0 ? { kind: 'for_sender' } : NONE, doer };
    const thing = phrase(rest, restTags, k);
    return { reading: thing && isGift(thing.head) ? offer(0.6, rest, restTags) : NONE, doer };
  }
  if (doer === 'thing') {
    // A change to their things, and what it would do: "(your LCP is 4.8s;) compressing the hero image
    // would roughly halve it". Advice given outright.
    if (doing && modal && IMPROVING.has(main) && c.readerNamed && !pitched(words))
      return { reading: offer(0.55, rest, restTags), doer };
    // "…, which would give your team back two weeks", "it'd save your planners an hour a day".
    if (!modal || !GIVING.has(main) || readerAt !== 0 || pitched(rest)) return { reading: NONE, doer };
    let k = readerPhrase(rest, restTags, 0).end;
    while (k < rest.length && PARTICLE.has(rest[k] as string)) k++;
    const thing = phrase(rest, restTags, k);
    return { reading: thing && isGift(thing.head) ? offer(0.6, rest, restTags) : NONE, doer };
  }
  // The sender: willing or about to act, with a gift for the reader.
  if (pitched(rest)) return { reading: NONE, doer };
  if (fronted) {
    if (!(modal || willing || ready) || TAKING.has(main)) return { reading: NONE, doer };
    let k = 0;
    while (k < rest.length && PARTICLE.has(rest[k] as string)) k++;
    const thing = phrase(rest, restTags, k);
    return { reading: thing && isGift(thing.head) && thing.head !== 'same' ? offer(0.6, rest, restTags) : NONE, doer };
  }
  // An introduction needs no "you": "I can make an intro to the head of procurement at Dunmore";
  // nor does a thing handed over, whose receiver goes without saying: "we'd throw in a free survey".
  if (readerAt < 0) {
    if (!(modal || willing)) return { reading: NONE, doer };
    const intro = introTo(main, rest, restTags);
    return { reading: intro.kind === 'offer' ? intro : handedOver(main, rest, restTags), doer };
  }
  // Told as done, seeing, admiring, writing to them is no doing for them, whatever follows.
  if (!(modal || willing) && PERCEIVING.has(main)) return { reading: NONE, doer };
  const given = senderGives(main, rest, restTags, modal || willing);
  if (modal || willing || ready || given.kind !== 'offer') return { reading: given, doer };
  // Done already, for them ("I put together a short video on your checkout"): theirs, but told, not offered.
  return { reading: { kind: 'offer', strength: 0.5 }, doer };
}

/**
 * Our wares named as what is given or shown ("early access to our product", "a tour of our
 * platform"): a pitch. Named as the means ("run your postcodes through our routing software and send
 * you the mileage") they are not: the thing given is what comes out.
 */
function pitched(rest: readonly string[]): boolean {
  for (let k = 0; k < rest.length; k++) {
    if (rest[k] !== 'our' && rest[k] !== 'my') continue;
    if (k > 0 && INSTRUMENT.has(rest[k - 1] as string)) continue;
    for (let h = k + 1; h < Math.min(rest.length, k + 6); h++) if (WARES.has(rest[h] as string)) return true;
  }
  return false;
}
const SOURCE = new Set(['from', 'by']);

/** What is said of a thing that costs them nothing: "free", "on us", "at no cost". */
function costsNothing(predicate: readonly string[]): boolean {
  const p = predicate.slice(0, 4).join(' ');
  return /^(?:(?:completely|totally|entirely|absolutely|also) )?(?:free|complimentary|on (?:us|me|the house)|at no (?:cost|charge)|without (?:cost|charge)|no charge)\b/.test(
    p,
  );
}

/** "no charge / cost / fee (to you) for <a thing>": the thing given. */
function noCostFor(words: readonly string[], tags: readonly string[]): OfferReading | undefined {
  for (let k = 0; k < words.length - 2; k++) {
    if (words[k] !== 'no' || !COST.has(words[k + 1] as string)) continue;
    let q = k + 2;
    if (words[q] === 'to' && READER.has(words[q + 1] as string)) q += 2;
    if (words[q] !== 'for') return undefined;
    const thing = phrase(words, tags, q + 1);
    return thing && isGift(thing.head) && thing.head !== 'same' ? { kind: 'offer', strength: 0.55 } : undefined;
  }
  return undefined;
}
const COST = new Set(['cost', 'costs', 'charge', 'fee', 'fees']);
const INSTRUMENT = new Set(['through', 'using', 'via', 'with', 'by', 'into']);

/** Our wares presented, whoever's they are said to be: "to present the platform in detail". */
function presented(words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    if (!PRESENTING.has(words[k] as string)) continue;
    for (let h = k + 1; h < Math.min(words.length, k + 5); h++) if (WARES.has(words[h] as string)) return true;
  }
  return false;
}
const PRESENTING = new Set(['present', 'presenting', 'demo', 'demonstrate', 'showcase', 'pitch', 'introduce']);

const WH = new Set(['how', 'what', 'where', 'when', 'why', 'which', 'who', 'whether']);
const POSSESSIVE = new Set(['our', 'my', 'their', 'his', 'her', 'its']);
/** Nouns that make a phrase the meeting, our wares or a price wherever they stand in it: "our price list". */
const NOT_A_GIFT_ANYWHERE = new Set([...MEETING, ...WARES, ...PRICE]);

/**
 * The noun phrase from `k`: its end (exclusive) and its head, the last noun ("the yield table" →
 * table); the head is "-" when a noun in it makes it no gift ("our price list").
 */
function phrase(
  rest: readonly string[],
  restTags: readonly string[],
  k: number,
): { end: number; head: string } | undefined {
  let h = k;
  let numbered = false;
  // "show your team how our dialer works": what follows a question word is no thing handed over.
  if (WH.has(rest[k] as string)) return undefined;
  while (h < rest.length) {
    const t = restTags[h] as string;
    if (t === 'NUM') numbered = true;
    if (t === 'DET' || t === 'ADJ' || t === 'NUM' || t === 'ADV' || t === 'SYM' || POSSESSIVE.has(rest[h] as string))
      h++;
    else break;
  }
  let head = '';
  let spoilt = false;
  while (h < rest.length && (restTags[h] === 'NOUN' || restTags[h] === 'PROPN' || rest[h] === '-')) {
    const w = rest[h] as string;
    if (w !== '-') head = w;
    if (NOT_A_GIFT_ANYWHERE.has(w)) spoilt = true;
    h++;
  }
  // "the two", "both": a number alone stands for its thing; "the same" stands for what was said before.
  if (head === '' && (rest[h - 1] === 'same' || rest[h - 1] === 'similar')) return { end: h, head: 'same' };
  if (head === '' && !numbered) return undefined;
  return { end: h, head: spoilt ? '-' : head || 'number' };
}

const isGift = (head: string): boolean => head !== '-' && !NOT_A_GIFT.has(head);

/** Whether the reader at `k` is the one things are given to ("you", "your planners"), and where their phrase ends. */
function readerPhrase(rest: readonly string[], restTags: readonly string[], k: number): { end: number; head: string } {
  if (rest[k] !== 'your') return { end: k + 1, head: rest[k] as string };
  const p = phrase(rest, restTags, k + 1);
  return p ?? { end: k + 1, head: 'your' };
}

/**
 * What the sender's verb does for the reader, read from what follows it:
 * - "send you the sheet", "give your team back two weeks": the reader, then a thing;
 * - "benchmark your spot rates", "cost your new menu": work on the reader's own things;
 * - "send the sheet over to your team", "set up the payrolls for you": a thing, then the reader;
 * - "introduce you to…", "put you in touch with…": bringing them to someone not ours.
 * "add you to my network", "walk you through", "call you", "show you how…": the reader acted on, no gift.
 */
function senderGives(
  main: string,
  rest: readonly string[],
  restTags: readonly string[],
  /** Offered ("I can", "happy to"), not told as done: only an offer makes work on their things a gift. */
  offered: boolean,
): OfferReading {
  let k = 0;
  while (k < rest.length && PARTICLE.has(rest[k] as string)) k++;
  // "give to your planners a training", "make for you a free analysis": the receiver first, then the thing.
  if ((rest[k] === 'to' || rest[k] === 'for') && READER.has(rest[k + 1] as string)) {
    const after = readerPhrase(rest, restTags, k + 1).end;
    const thing = phrase(rest, restTags, after);
    if (thing && isGift(thing.head) && thing.head !== 'same' && !TAKING.has(main)) return offer(0.6, rest, restTags);
  }
  const w = rest[k];
  if (w !== undefined && READER.has(w)) {
    const reader = readerPhrase(rest, restTags, k);
    let n = reader.end;
    // "give your team back two weeks"
    if (rest[n] === 'back') n++;
    if (w !== 'your' || reader.head === 'team' || PEOPLE.has(reader.head)) {
      // The reader, then someone to meet: an introduction, unless to our own people.
      if (INTRODUCING.has(main) || (main === 'put' && rest.includes('touch'))) {
        const to = rest.findIndex((x, q) => q > n - 1 && (x === 'to' || x === 'with'));
        const target = rest[to + 1];
        return to >= 0 && target !== undefined && !SENDER.has(target) ? offer(0.6, rest, restTags) : NONE;
      }
      // The reader, then a thing ("email you the sheet", "get your team two seats") is a gift
      // whatever the verb, but for asking, owing, charging and wanting.
      if (NOT_GIVING.has(main)) return NONE;
      const thing = phrase(rest, restTags, n);
      return thing && isGift(thing.head) ? offer(0.6, rest, restTags) : NONE;
    }
    // Their own things worked on, if offered: "I have always admired your culture" works on nothing.
    if (TAKING.has(main) || !offered) return NONE;
    return isGift(reader.head) ? offer(0.6, rest, restTags) : NONE;
  }
  if (TAKING.has(main)) return NONE;
  const thing = phrase(rest, restTags, k);
  if (thing && INTRO.has(rest[thing.end - 1] as string)) return introTo(main, rest, restTags);
  if (!thing || !isGift(thing.head)) return NONE;
  // Then the reader, after "to", "for", "on": "the sheet over to your team".
  for (let q = thing.end; q < rest.length - 1; q++) {
    const x = rest[q] as string;
    // Another verb starts another doing: "the liberty of placing a meeting in your diary".
    if (restTags[q] === 'VERB') break;
    if (!(TOWARDS.has(x) || (x === 'with' && main === 'share'))) continue;
    // "on one of your lines", "for each of your sites".
    let r = q + 1;
    while (
      r < Math.min(rest.length, q + 4) &&
      !READER.has(rest[r] as string) &&
      (rest[r] === 'of' || restTags[r] === 'DET' || restTags[r] === 'NUM' || restTags[r] === 'ADJ')
    )
      r++;
    const y = rest[r] as string | undefined;
    if (y === undefined || !READER.has(y)) continue;
    const reader = readerPhrase(rest, restTags, r);
    if (y !== 'your' || reader.head === 'team' || PEOPLE.has(reader.head) || isGift(reader.head))
      return thing.head === 'same' ? { kind: 'offer', strength: 0.55, same: true } : offer(0.6, rest, restTags);
  }
  return NONE;
}

/** Verbs of handing over, whose receiver may go unsaid: "happy to send the benchmark", "I'll bring the plans". */
const TRANSFER = new Set([
  'send',
  'share',
  'bring',
  'pass',
  'give',
  'lend',
  'throw',
  'include',
  'email',
  'forward',
  'cover',
  'waive',
  'loan',
  'drop',
  'post',
  'hand',
  'gift',
  'donate',
  'supply',
]);

/** A thing handed over with no receiver named, so the reader: not to someone else ("to our legal team"). */
function handedOver(main: string, rest: readonly string[], restTags: readonly string[]): OfferReading {
  if (!TRANSFER.has(main)) return NONE;
  let k = 0;
  while (k < rest.length && PARTICLE.has(rest[k] as string)) k++;
  const thing = phrase(rest, restTags, k);
  if (!thing || !isGift(thing.head) || thing.head === 'same') return NONE;
  for (let q = thing.end; q < rest.length - 1; q++)
    if (
      (rest[q] === 'to' || rest[q] === 'for') &&
      restTags[q + 1] !== 'DET' &&
      !MEETING.includes(rest[q + 1] as string)
    )
      return NONE;
  return offer(0.55, rest, restTags);
}

/** "make an intro to the head of procurement at Dunmore": someone to meet, not one of ours. */
function introTo(main: string, rest: readonly string[], restTags: readonly string[]): OfferReading {
  if (TAKING.has(main)) return NONE;
  const thing = phrase(rest, restTags, 0);
  if (!thing || !INTRO.has(rest[thing.end - 1] as string) || rest[thing.end] !== 'to') return NONE;
  const target = rest[thing.end + 1];
  return target !== undefined && !SENDER.has(target) && !READER.has(target) ? offer(0.6, rest, restTags) : NONE;
}

/** People on the reader's side a thing can go to: "your planners", "your front desk", "your CFO". */
const PEOPLE = new Set([
  'team',
  'teams',
  'people',
  'staff',
  'planners',
  'engineers',
  'managers',
  'agents',
  'nurses',
  'drivers',
  'crew',
  'crews',
  'desk',
  'analysts',
  'buyers',
  'reps',
  'colleagues',
  'folks',
  'board',
  'leads',
  'lead',
  'cfo',
  'ceo',
  'cto',
  'coo',
  'agronomist',
  'accountant',
  'office',
  'department',
  'group',
]);

/** The sender's side as a doer: "our chef", "my colleague", "our firm". */
const SENDER_PEOPLE = new Set([
  'chef',
  'colleague',
  'colleagues',
  'firm',
  'agency',
  'lab',
  'founder',
  'founders',
  'partner',
  'partners',
  'experts',
  'expert',
  'researchers',
  'team',
  'consultants',
  'consultant',
  'designers',
  'designer',
  'developers',
  'developer',
  'boss',
  'manager',
  'director',
  'head',
  'specialists',
  'specialist',
  'studio',
  'practice',
  'company',
  'business',
  'office',
  'cofounder',
  'co-founder',
]);

/** An offer: stronger when it comes with a number ("the 12 fixes", "six hours a week"). */
function offer(strength: number, _rest: readonly string[], restTags: readonly string[]): OfferReading {
  return { kind: 'offer', strength: restTags.includes('NUM') ? strength + 0.1 : strength };
}

type Doer = 'sender' | 'reader' | 'thing' | 'other';

/** Verbs by which the reader is told to help themselves: "grab a copy", "feel free to use the template". */
const TAKE = new Set(['grab', 'take', 'use', 'download', 'keep', 'borrow', 'steal', 'have', 'enjoy', 'claim', 'reuse']);

/**
 * An imperative that hands them a thing: "grab a copy of the benchmark", "feel free to use the
 * template". "Take a look at our website", "download our brochure", "claim your discount" are not.
 */
function takeIt(words: readonly string[], tags: readonly string[], v: number): OfferReading {
  let m = v;
  // "feel free to use…"
  if (words[m] === 'feel' && words[m + 1] === 'free' && words[m + 2] === 'to') m += 3;
  const verb = words[m] as string;
  if (tags[m] !== 'VERB' || !TAKE.has(verb)) return NONE;
  const rest = words.slice(m + 1);
  const restTags = tags.slice(m + 1);
  if (pitched(rest)) return NONE;
  const thing = phrase(rest, restTags, 0);
  return thing && isGift(thing.head) && thing.head !== 'same' ? offer(0.6, rest, restTags) : NONE;
}

function doerOf(
  subject: readonly string[],
  subjectTags: readonly string[],
  company: readonly string[],
): Doer | undefined {
  if (subject.length === 0) return undefined;
  const head = subject[0] as string;
  if (READER.has(head)) return 'reader';
  // A name: their company gains as they do ("Harbourline would get…"); any other name acts on the
  // sender's side, a firm or a colleague ("Lanewise can map…", "my colleague Sam could send…").
  if (subjectTags.includes('PROPN') && subjectTags.every((t) => t === 'PROPN' || t === 'NOUN' || t === 'DET')) {
    const named = subject.join(' ');
    return company.some((c) => c.length > 2 && named.includes(c)) ? 'reader' : 'sender';
  }
  if (SENDER.has(head)) {
    // "our dashboard gives your team…" is the product pitched, not the sender acting: "our team",
    // "my colleague Sam" act.
    const last = subject[subject.length - 1] as string;
    const person = PEOPLE.has(last) || SENDER_PEOPLE.has(last) || subjectTags[subjectTags.length - 1] === 'PROPN';
    return subject.length === 1 || person ? 'sender' : 'other';
  }
  if (subject.length === 1 && THING.has(head) && subjectTags[0] !== 'DET') return 'thing';
  // A change named by what it is ("slot booking", "the new rota"): a thing that may give them something.
  if (subjectTags.every((t) => t === 'NOUN' || t === 'DET' || t === 'ADJ') && subjectTags.includes('NOUN'))
    return 'thing';
  return 'other';
}

/** The strongest offer among a sentence's clauses; else whether it gives the gain to the sender. */
export function readOfferStructure(sentence: Tagged, company: readonly string[] = []): OfferReading {
  let best: OfferReading = NONE;
  // Our wares named anywhere ("a workshop … with our CTO and solution architects to present the platform"): a pitch.
  const lower = sentence.words.map((w) => w.toLowerCase());
  const pitch = pitched(lower) || presented(lower);
  let doer: Doer | undefined;
  for (const c of clauses(sentence)) {
    const r = readClause(c, doer, company);
    doer = r.doer ?? doer;
    // "we could do the same for you" stands for a result told before, in numbers.
    if (r.reading.kind === 'offer' && r.reading.same && !sentence.tags.includes('NUM')) continue;
    if (r.reading.kind === 'offer' && !pitch && (best.kind !== 'offer' || r.reading.strength > best.strength))
      best = r.reading;
    else if (r.reading.kind === 'for_sender' && best.kind === 'none') best = r.reading;
  }
  return best;
}
