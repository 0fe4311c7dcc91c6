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
  // "your new lead would start with a ready rota"
  'start',
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
  /** The sentence sets a condition ("if …"). */
  conditional?: boolean;
}

function clauses({ words, tags }: Tagged): Clause[] {
  const out: Clause[] = [];
  const readerNamed = words.some((w) => READER.has(w.toLowerCase()));
  const conditional = words.some((w) => w.toLowerCase() === 'if');
  let cur: Clause = { words: [], tags: [], readerNamed, conditional };
  const flush = (): void => {
    if (cur.words.length > 0) out.push(cur);
    cur = { words: [], tags: [], readerNamed, conditional };
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
  context: OfferContext = {},
): { reading: OfferReading; doer: Doer | undefined } {
  const { words, tags } = c;
  // "…, which means your surgeons wouldn't need to refer cases out": what it means for them is the clause to read.
  const means = words.findIndex((w, q) => (w === 'means' || w === 'mean') && READER.has(words[q + 1] as string));
  if (means > 0 && context.thing)
    return readClause(
      { ...c, words: words.slice(means + 1), tags: tags.slice(means + 1) },
      undefined,
      company,
      context,
    );
  // Done on their behalf with someone else: "shall I write to him on your behalf?".
  if (onTheirBehalf(words) && !pitched(words)) return { reading: offer(0.6, words, tags), doer: 'sender' };
  // "there's no charge for the trial run on your line", "no cost to you for two weeks of monitoring".
  const noCost = noCostFor(words, tags);
  if (noCost) return { reading: noCost, doer: undefined };
  let i = 0;
  while (i < words.length && (tags[i] === 'ADV' || tags[i] === 'INTJ')) i++;
  // "With it you wouldn't have to…": the thing named before, as the means.
  if (words[i] === 'with' && THING.has(words[i + 1] as string) && context.thing) i += 2;
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
  // "whoever you hire gets back…": the verb of the relative clause is part of the doer.
  if (
    (CHOSEN_BY_THEM.has(words[start] as string) || (words[start] === 'the' && words[start + 2] === 'you')) &&
    words.slice(start + 1, v).includes('you')
  ) {
    // "whoever you end up hiring gets back…": on to the verb of the main clause.
    let u = v + 1;
    while (
      u < words.length &&
      !(isVerb(tags[u] as string) && (MODAL.has(words[u] as string) || GAIN.has(base(words[u] as string))))
    )
      u++;
    if (u < words.length) v = u;
  }
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
  // "Want me to drop it round?", "do you want me to hold one?": the sender offering.
  const askedToAct =
    words[v] === 'want' && words[v + 1] === 'me' && words[v + 2] === 'to' && subject.every((w) => !SENDER.has(w));
  if (askedToAct) {
    doer = 'sender';
    v += 3;
  } else if (
    subject.length === 0 &&
    (MODAL.has(words[v] as string) || words[v] === 'should') &&
    tags[v + 1] === 'PRON'
  ) {
    const after = words[v + 1] as string;
    if (SENDER.has(after)) doer = 'sender';
    // "would you have…?" asks them; it promises them nothing, unless it is their things put beside a
    // peer's result: "would you be open to comparing one of your orders line by line?".
    else if (READER.has(after) && OPEN.has(words[v + 2] as string) && words[v + 3] === 'me' && words[v + 4] === 'to') {
      // "would you like me to run one of your invoices through…?": the sender offering.
      doer = 'sender';
      v += 3;
    } else if (READER.has(after)) {
      const open =
        (context.figure || tags.includes('NUM')) && openToWorkOnTheirs(words.slice(v + 2), tags.slice(v + 2));
      return { reading: open ? offer(0.6, words, tags) : NONE, doer: 'reader' };
    }
    modal = true;
    v += 2;
  }
  if (doer === undefined && subject.length === 0) {
    // Left out: "happy to send…", "can share…", "would be glad to…" are the sender's; a bare verb is
    // an imperative ("send me the plan"), the reader's task; after "and", the doer before.
    const w = words[v] as string;
    // "my sister-in-law ran the food bank and would be glad to…": the one named before.
    if (inherited === 'other' && (MODAL.has(w) || WILLING.has(w))) doer = 'other';
    else if (MODAL.has(w) || WILLING.has(w)) doer = 'sender';
    else if (inherited !== undefined) doer = inherited;
    else return { reading: takeIt(words, tags, v), doer: undefined };
  }
  if (askedToAct) willing = true;
  if (doer === 'other') return { reading: thirdPersonWilling(subject, words.slice(v), tags.slice(v)), doer };
  if (doer === undefined) return { reading: NONE, doer };
  // Spared a chore by the thing named before: "(we've got a spare trailer;) you wouldn't have to push the launch back".
  if (
    doer === 'reader' &&
    (context.thing || (subject[0] === 'your' && subject.length > 1)) &&
    spared(words.slice(v)) &&
    !pitched(words)
  )
    return { reading: offer(0.6, words, tags), doer };
  // Their own things put beside a peer's result: "would you be open to comparing one of your orders line by line?".
  if (
    doer === 'reader' &&
    (context.figure || tags.includes('NUM')) &&
    openToWorkOnTheirs(words.slice(v), tags.slice(v))
  )
    return { reading: offer(0.6, words, tags), doer };
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
        return readClause({ words: words.slice(j + 1), tags: tags.slice(j + 1) }, inherited, company, context);
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
        context,
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
    // Said plainly of their people, it is a promise when a condition goes with it: "whoever you hire gets
    // back six hours a week if the feeds are matched first".
    const theirPeople =
      subject[0] !== 'you' && (c.conditional === true || CHOSEN_BY_THEM.has(subject[0] as string)) && GAIN.has(main);
    if (pitched(rest) || !(modal || theirPeople || ((main === 'walk' || main === 'come') && rest[0] === 'away')))
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
    while (k < rest.length && (PARTICLE.has(rest[k] as string) || rest[k] === 'with' || rest[k] === 'into')) k++;
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
    // The thing named before, and what it would do for them: "(we've got a spare trailer;) it'd cover you
    // until yours is back".
    const theyAt = readerAt >= 0 ? readerAt : rest.findIndex((w) => company.includes(w));
    if (
      context.thing &&
      modal &&
      theyAt >= 0 &&
      theyAt <= 3 &&
      (!NOT_GIVING.has(main) || (main === 'see' && rest.includes('through'))) &&
      !BE.has(main) &&
      !pitched(rest)
    )
      return { reading: offer(0.6, rest, restTags), doer };
    // "…, which would give your team back two weeks", "it'd save your planners an hour a day".
    if (!modal || !GIVING.has(main) || readerAt !== 0 || pitched(rest)) return { reading: NONE, doer };
    let k = readerPhrase(rest, restTags, 0).end;
    while (k < rest.length && PARTICLE.has(rest[k] as string)) k++;
    const thing = phrase(rest, restTags, k);
    return { reading: thing && isGift(thing.head) ? offer(0.6, rest, restTags) : NONE, doer };
  }
  // The sender: willing or about to act, with a gift for the reader.
  if (pitched(rest)) return { reading: NONE, doer };
  // After a peer's result in figures, showing or comparing is the same for them: "happy to show you how".
  if (
    context.figure &&
    (modal || willing) &&
    SHOWING.has(main) &&
    !rest.some((w) => w === 'our' || w === 'my' || w === 'we') &&
    !rest.some((w) => MEETING.includes(w) || PRICE.includes(w))
  )
    return { reading: { kind: 'offer', strength: 0.55 }, doer };
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
  // Held for them, a thing and not a slot: "I can hold a pallet for you", "should I hold one for you as a test load?".
  if (HOLDING.has(main) && offered && !rest.some((w) => MEETING.includes(w))) {
    const held = phrase(rest, restTags, k);
    const forThem = held
      ? rest.findIndex((w, q) => q >= held.end && w === 'for' && READER.has(rest[q + 1] as string))
      : -1;
    if (held && isGift(held.head) && held.head !== 'same' && forThem >= 0 && forThem <= held.end + 2)
      return offer(0.6, rest, restTags);
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
  // Whoever they take on: "whoever you hire", "the person you appoint", "anyone you bring in".
  if (
    (CHOSEN_BY_THEM.has(head) || (head === 'the' && (subject[2] === 'you' || subject[3] === 'you'))) &&
    subject.slice(1, 4).includes('you') &&
    !subject.some((w) => WARES.has(w))
  )
    return 'reader';
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

const SHOWING = new Set(['show', 'compare', 'send', 'share', 'run', 'benchmark']);

/** Who the reader takes on, as a doer with its relative clause: "whoever you hire". */
const CHOSEN_BY_THEM = new Set(['whoever', 'whomever', 'anyone', 'anybody', 'everyone', 'whichever']);

/** Verbs of keeping a thing back for someone: "hold one for you", "reserve two for your site". */
const HOLDING = new Set(['hold', 'reserve', 'keep', 'save', 'earmark', 'set', 'put']);

/**
 * What the sender has to hand, or has written up, that the next words may offer: "we've got a spare
 * trailer at the depot", "I have three carriers with spare capacity", "I wrote them up with sketches",
 * "a method which I have described on a single page". Our wares or a price are no such thing.
 */
const HAVING = new Set(['have', 'get', 'keep', 'hold', "'ve", 've']);
const AT_HAND = new Set([
  'spare',
  'available',
  'free',
  'left',
  'ready',
  'loan',
  'loaner',
  'stock',
  'hand',
  'sitting',
  'unused',
  'extra',
  'surplus',
  'idle',
  'capacity',
  'waiting',
]);
const WRITTEN_UP = new Set([
  'described',
  'wrote',
  'written',
  'drafted',
  'sketched',
  'noted',
  'documented',
  'summarised',
  'summarized',
  'mapped',
  'compiled',
  'recorded',
  'photographed',
  'filmed',
  'listed',
  'costed',
  'typed',
]);
export function namesThingAtHand(sentence: Tagged): boolean {
  const words = sentence.words.map((w) => w.toLowerCase());
  const { tags } = sentence;
  if (pitched(words) || presented(words)) return false;
  for (let k = 0; k < words.length; k++) {
    // "our depot has a spare generator": the sender's side holds it.
    if ((words[k] === 'our' || words[k] === 'my') && k === 0) {
      const holder = phrase(words, tags, k);
      if (holder && isGift(holder.head) && (words[holder.end] === 'has' || words[holder.end] === 'have')) {
        const thing = phrase(words, tags, holder.end + 1);
        if (thing && isGift(thing.head) && words.some((w) => AT_HAND.has(w))) return true;
      }
    }
    // "there's a spare compressor at our depot": at hand, the sender's as the depot is.
    if (words[k] === 'there' && (words[k + 1] === "'s" || words[k + 1] === 'is')) {
      const thing = phrase(words, tags, k + 2);
      if (thing && isGift(thing.head) && words.slice(k + 2, thing.end).some((w) => AT_HAND.has(w))) return true;
    }
    // The tagger keeps "I'm" whole, as a name: "I'm holding a spare pump".
    const contracted = words[k] === "i'm" || words[k] === 'i\u2019m' || words[k] === "we're";
    if (!(((words[k] === 'i' || words[k] === 'we') && tags[k] === 'PRON') || contracted)) continue;
    let m = k + 1;
    while (
      m < Math.min(words.length, k + 4) &&
      (tags[m] === 'AUX' || tags[m] === 'ADV') &&
      !HAVING.has(base(words[m] as string))
    )
      m++;
    // "I have described", "we've written": the verb after the auxiliary.
    if ((words[m] === 'have' || words[m] === "'ve") && WRITTEN_UP.has(words[m + 1] as string)) m++;
    // "… we should" at the end of the text: no verb after the pronoun.
    if (m >= words.length) continue;
    const verb = words[m] as string;
    if (WRITTEN_UP.has(verb)) return true;
    if (!HAVING.has(base(verb))) continue;
    let q = m + 1;
    if (words[q] === 'got') q++;
    const thing = phrase(words, tags, q);
    if (!thing || !isGift(thing.head) || thing.head === 'same') continue;
    const clauseEnd = words.findIndex((w, r) => r > q && CLAUSE_PUNCT.has(w));
    const clause = words.slice(k, clauseEnd < 0 ? words.length : clauseEnd);
    if (clause.some((w) => AT_HAND.has(w))) return true;
  }
  return false;
}

/** Verbs by which a thing named before is brought, lent or kept for them. */
const HANDING_OVER = new Set([
  'bring',
  'brought',
  'send',
  'sent',
  'lend',
  'drop',
  'deliver',
  'delivered',
  'ship',
  'shipped',
  'post',
  'courier',
  'hold',
  'reserve',
  'keep',
  'save',
  'put',
  'set',
  'pass',
  'forward',
  'email',
  'hand',
  'run',
  'loan',
  'share',
]);
const IT = new Set(['it', 'them', 'one', 'some', 'these', 'those', 'both', 'which']);

/**
 * Asked whether to bring, send or keep the thing named before: "Might I post it to you?", "Shall I
 * send them?", "Want me to have it brought over?". Not when the thing is a slot in a diary.
 */
function handOverAsk(words: readonly string[], tags: readonly string[]): boolean {
  if (words.some((w) => MEETING.includes(w) || PRICE.includes(w) || WARES.has(w))) return false;
  // The sender named, or left out: "happy to drop it round tomorrow".
  const sender =
    words.some((w) => w === 'i' || w === 'me' || w === 'we' || w === 'us') ||
    WILLING.has(words[0] as string) ||
    MODAL.has(words[0] as string);
  const reader = words.some((w) => w === 'you');
  for (let k = 0; k < words.length; k++) {
    // Brought by us ("shall I send them?"), or used by them ("could you use it this week?").
    const verb = words[k] as string;
    if (!((sender && HANDING_OVER.has(verb)) || (reader && USING.has(verb)))) continue;
    for (let q = Math.max(0, k - 4); q < Math.min(words.length, k + 3); q++)
      if (q !== k && (IT.has(words[q] as string) || tags[q] === 'NUM')) return true;
  }
  return false;
}
const USING = new Set(['use', 'borrow', 'try', 'trial', 'test']);

/** "if you need it", "if you want one", "if it helps". */
function yoursIfNeeded(words: readonly string[]): boolean {
  for (let k = 0; k < words.length - 3; k++) {
    if (words[k] !== 'if') continue;
    if (words[k + 1] === 'you' && NEEDING.has(words[k + 2] as string) && IT.has(words[k + 3] as string)) return true;
    if (words[k + 1] === 'it' && words[k + 2] === 'helps') return true;
  }
  return false;
}
const NEEDING = new Set(['need', 'want', 'like', 'could']);

/** "on your behalf": done for them with someone else. */
function onTheirBehalf(words: readonly string[]): boolean {
  for (let k = 0; k < words.length - 2; k++)
    if (words[k] === 'on' && READER.has(words[k + 1] as string) && words[k + 2] === 'behalf') return true;
  return false;
}

/** Chores they would be spared, not a worry: "you wouldn't have to push the launch back". */
function spared(rest: readonly string[]): boolean {
  // "you'd be back up and running on Monday".
  const be = rest.findIndex((w) => w === 'be');
  if (be >= 1 && be <= 2 && MODAL.has(rest[be - 1] as string) && rest[be + 1] === 'back') return true;
  const not = rest.findIndex((w) => w === "n't" || w === 'not' || w === 'never');
  if (not < 0 || not > 3 || !rest.slice(0, not).some((w) => MODAL.has(w))) return false;
  let k = not + 1;
  // "your next hire wouldn't inherit a backlog": a burden they would not carry.
  if (BURDEN.has(rest[k] as string)) return true;
  if (rest[k] === 'have' || rest[k] === 'need') k++;
  else return false;
  // "you wouldn't need a temp haulier": a cost they would not bear.
  if (rest[k - 1] === 'need' && rest[k] !== 'to')
    return rest[k] === 'a' || rest[k] === 'an' || rest[k] === 'the' || rest[k] === 'another';
  if (rest[k] !== 'to') return false;
  const verb = rest[k + 1];
  return verb !== undefined && !EMPTY_CHORE.has(verb);
}
const BURDEN = new Set(['inherit', 'lose', 'face', 'miss', 'chase', 'redo', 'juggle', 'scramble', 'cancel', 'turn']);
const EMPTY_CHORE = new Set(['worry', 'think', 'do', 'commit', 'change', 'sign', 'pay', 'be', 'lift', 'stress']);

/** Open to their things being put beside ours: "be open to comparing one of your orders line by line". */
const COMPARING = new Set([
  'compare',
  'comparing',
  'benchmark',
  'benchmarking',
  'check',
  'checking',
  'review',
  'reviewing',
  'audit',
  'auditing',
  'price',
  'pricing',
  'cost',
  'costing',
]);
const OPEN = new Set(['open', 'willing', 'up', 'happy', 'like', 'want', 'care', 'keen']);
function openToWorkOnTheirs(rest: readonly string[], restTags: readonly string[]): boolean {
  const to = rest.findIndex((w) => w === 'to' || w === 'for');
  if (to < 1 || to > 3 || !rest.slice(0, to).some((w) => OPEN.has(w))) return false;
  if (!COMPARING.has(rest[to + 1] as string)) return false;
  const after = rest.slice(to + 2);
  if (pitched(after) || after.some((w) => MEETING.includes(w))) return false;
  const theirs = after.findIndex((w) => w === 'your' || w === 'yours');
  return theirs >= 0 && theirs <= 3 && restTags.length > 0;
}

function comparesTheirs(words: readonly string[]): boolean {
  if (words.some((w) => MEETING.includes(w) || PRICE.includes(w))) return false;
  for (let k = 0; k < words.length; k++) {
    if (!COMPARING.has(words[k] as string)) continue;
    for (let q = k + 1; q < Math.min(words.length, k + 5); q++)
      if (words[q] === 'your' || words[q] === 'yours') return true;
  }
  return false;
}

/** Someone else, not ours, glad to give them time: "she would be glad to spend an hour with you". */
const THIRD = new Set(['she', 'he', 'they']);
const GIVING_TIME = new Set(['spend', 'meet', 'talk', 'speak', 'show', 'share', 'walk', 'give', 'chat', 'sit']);
function thirdPersonWilling(
  subject: readonly string[],
  rest: readonly string[],
  restTags: readonly string[],
): OfferReading {
  // "she would be glad…", or the one named before: "my sister-in-law ran the food bank and would be glad…".
  if (subject.length > 1 || (subject.length === 1 && !THIRD.has(subject[0] as string))) return NONE;
  if (!rest.slice(0, 4).some((w) => WILLING.has(w) || MODAL.has(w))) return NONE;
  if (pitched(rest) || rest.some((w) => PRICE.includes(w) || WARES.has(w))) return NONE;
  const verb = rest.findIndex((w) => GIVING_TIME.has(w));
  return verb >= 0 && verb <= 5 && rest.slice(verb + 1).some((w) => READER.has(w)) ? offer(0.6, rest, restTags) : NONE;
}

/** What was said before that the sentence may build on. */
export interface OfferContext {
  /** A thing the sender has to hand or has written up, named before ("we've got a spare trailer"). */
  thing?: boolean;
  /** A figure named before: a peer's result ("it came out 18% cheaper"). */
  figure?: boolean;
}

/** The strongest offer among a sentence's clauses; else whether it gives the gain to the sender. */
export function readOfferStructure(
  sentence: Tagged,
  company: readonly string[] = [],
  context: OfferContext = {},
): OfferReading {
  let best: OfferReading = NONE;
  // Our wares named anywhere ("a workshop … with our CTO and solution architects to present the platform"): a pitch.
  const lower = sentence.words.map((w) => w.toLowerCase());
  const pitch = pitched(lower) || presented(lower);
  let doer: Doer | undefined;
  // A thing at hand named in an earlier clause counts for the later ones: "we've got a spare; it'd cover you".
  const atHand = namesThingAtHand(sentence);
  const ctx: OfferContext = { ...context, thing: context.thing || atHand };
  if (ctx.thing && !pitch && handOverAsk(lower, sentence.tags)) best = offer(0.6, lower, sentence.tags);
  // Their own thing put beside a peer's result: "(it came out 18% cheaper.) Would it be useful to compare one of yours?".
  if (ctx.figure && !pitch && best.kind === 'none' && comparesTheirs(lower)) best = offer(0.6, lower, sentence.tags);
  // The thing at hand, theirs for the asking: "we've got a spare chiller at the depot if you need it".
  if (!pitch && best.kind === 'none' && atHand && yoursIfNeeded(lower)) best = { kind: 'offer', strength: 0.55 };
  // "…a spare chiller at the yard that would tide you over until June": what the thing would do, read as a clause.
  // Someone glad to give them time, named with "who": "a former buyer at Tesco who would be glad to spend an hour with you".
  if (!pitch) {
    const rel = lower.findIndex(
      (w, k) =>
        (((w === 'that' || w === 'which') && ctx.thing) || w === 'who') &&
        (MODAL.has(lower[k + 1] as string) || BE.has(lower[k + 1] as string)) &&
        lower.slice(k + 2, k + 11).some((x) => READER.has(x)),
    );
    // Someone at hand does as a thing at hand would: "two fitters free next week who could cover your job".
    const doers = lower[rel] === 'who' ? (ctx.thing ? ['she', 'it'] : ['she']) : ['it'];
    for (const d of rel > 0 ? doers : []) {
      const r = readClause(
        { words: [d, ...lower.slice(rel + 1)], tags: ['PRON', ...sentence.tags.slice(rel + 1)] },
        undefined,
        company,
        ctx,
      );
      if (r.reading.kind === 'offer') best = r.reading;
    }
  }
  for (const c of clauses(sentence)) {
    const r = readClause(c, doer, company, ctx);
    doer = r.doer ?? doer;
    // "we could do the same for you" stands for a result told before, in numbers.
    if (r.reading.kind === 'offer' && r.reading.same && !sentence.tags.includes('NUM')) continue;
    if (r.reading.kind === 'offer' && !pitch && (best.kind !== 'offer' || r.reading.strength > best.strength))
      best = r.reading;
    else if (r.reading.kind === 'for_sender' && best.kind === 'none') best = r.reading;
  }
  return best;
}
