// The draft composer: the rep's answers in the draft modal (fragments, often without a verb) turned
// into a message that reads like a person wrote it. Pure and deterministic: the same answers always
// give the same draft, and different answers give differently shaped drafts, so a team's messages
// don't all share one template that prospects learn to recognise.
import { type Channel, CHANNEL_LIMITS } from './purpose-check';

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

export function composeDraft(answers: DraftAnswers): string {
  const seed = stableHash(
    [answers.channel, answers.prospectName, answers.whoIAm, answers.howKnown ?? '', answers.whyYou, answers.whatsInIt, answers.ask].join('\u0000'),
  );
  const state: DraftState = {
    answers,
    seed,
    fragments: {
      who: clean(answers.whoIAm),
      howKnown: clean(answers.howKnown ?? ''),
      why: clean(answers.whyYou),
      what: clean(answers.whatsInIt),
      ask: clean(answers.ask),
    },
    withGreeting: true,
    withSignOff: true,
    withHowKnown: true,
    compact: false,
  };

  // LinkedIn refuses to send over its limits (a connection note: 300 characters), so they are hard.
  const limit = CHANNEL_LIMITS[answers.channel];
  if (limit !== null) fitCharacters(state, limit);
  fitWords(state, SOFT_WORD_LIMIT);
  return render(state);
}

type Fragments = { who: string; howKnown: string; why: string; what: string; ask: string };

type DraftState = {
  answers: DraftAnswers;
  seed: number;
  fragments: Fragments;
  withGreeting: boolean;
  withSignOff: boolean;
  withHowKnown: boolean;
  /** The shortest lead-ins ("Happy to share" rather than "I'd be glad to send you"). */
  compact: boolean;
};

// Over a hard limit, give up the niceties first (sign-off, greeting, how you know them), then the
// longer phrasings, and only then the rep's own words, clause by clause, the ask last of all.
function fitCharacters(state: DraftState, limit: number): void {
  const fits = () => render(state).length <= limit;
  const steps: Array<() => void> = [
    () => (state.withSignOff = false),
    () => (state.withGreeting = false),
    () => (state.withHowKnown = false),
    () => (state.compact = true),
  ];
  for (const step of steps) {
    if (fits()) return;
    step();
  }
  // Each pass shortens the longest of the rep's fragments; the ask keeps its words while others can give.
  for (let guard = 0; guard < 500 && !fits(); guard++) {
    const order: Array<keyof Fragments> = ['why', 'what', 'who'];
    const candidates = order.filter((k) => wordCount(state.fragments[k]) > 3);
    const key = candidates.sort((a, b) => state.fragments[b].length - state.fragments[a].length)[0] ?? (wordCount(state.fragments.ask) > 3 ? 'ask' : undefined);
    if (key === undefined) break;
    state.fragments[key] = shorten(state.fragments[key], 'word');
  }
  // Pathological input (a single 400-character word): cut the text itself rather than break the limit.
  if (!fits()) {
    const text = render(state);
    state.fragments = { who: '', howKnown: '', why: '', what: '', ask: '' };
    state.fragments.ask = text.slice(0, limit - 1).trimEnd();
  }
}

// Over the soft word limit, drop trailing clauses of the longest fragments, never whole thoughts.
function fitWords(state: DraftState, limit: number): void {
  for (let guard = 0; guard < 200 && wordCount(render(state)) > limit; guard++) {
    const keys: Array<keyof Fragments> = ['why', 'what', 'who', 'howKnown'];
    const key = keys
      .filter((k) => shorten(state.fragments[k], 'clause') !== state.fragments[k])
      .sort((a, b) => state.fragments[b].length - state.fragments[a].length)[0];
    if (key === undefined) return;
    state.fragments[key] = shorten(state.fragments[key], 'clause');
  }
}

// ---------------------------------------------------------------------------------------------
// Rendering

function render(state: DraftState): string {
  const { answers, seed, fragments: f, compact } = state;
  // Only the pathological fallback in fitCharacters leaves the ask alone.
  if (!f.who && !f.why && !f.what) return f.ask;

  const known = state.withHowKnown && f.howKnown ? howKnownSentence(f.howKnown) : '';
  // Three orders: introduce yourself first; lead with them; or say how you met before why them.
  const shape = pick(seed, 'shape', 3);
  // "Quick intro:" only reads right as the first thing said.
  const whoOpens = shape === 2 || (shape === 0 && known === '');
  const who = whoSentence(f.who, compact || !whoOpens ? 0 : pick(seed, 'who', 2));
  const why = whySentence(f.why, compact ? 0 : pick(seed, 'why', 2));
  const what = whatSentence(f.what, compact ? 0 : pick(seed, 'what', 3));
  const ask = askSentence(f.ask, compact ? 0 : pick(seed, 'ask', 3));

  const opening = (shape === 0 ? [known, who, why] : shape === 1 ? [why, who, known] : [who, known, why]).filter((s) => s !== '');
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
    const first = greeting && /^(We|Quick|Your|Congrats|Happy|Would|Are|Could|Can)\b/.test(head) ? lowerFirst(head) : head;
    text = [greeting, first, ...tail, signOff].filter((s) => s !== '').join(' ');
  } else {
    const paragraphs = [greeting, opening.join(' '), [what, ask].filter((s) => s !== '').join(' '), signOff];
    text = paragraphs.filter((s) => s !== '').join('\n\n');
  }
  return tidy(text);
}

function signOffFor(channel: Channel, sender: string, seed: number): string {
  const firstName = firstNameOf(sender) || sender;
  if (channel === 'linkedin_connection_note') return `– ${firstName}`;
  const word = ['Best', 'Thanks', 'Cheers'][pick(seed, 'signoff', 3)] ?? 'Best';
  return `${word},\n${channel === 'email' ? sender : firstName}`;
}

// ---------------------------------------------------------------------------------------------
// Sentences from fragments

const ROLE_WORDS_TAKING_ARTICLE = new Set([
  'ae', 'sdr', 'bdr', 'csm', 'se', 'am', 'account', 'sales', 'solutions', 'solution', 'customer', 'engineer',
  'consultant', 'founder', 'co-founder', 'cofounder', 'rep', 'representative', 'partner', 'advisor', 'adviser',
  'recruiter', 'analyst', 'marketer', 'developer', 'designer', 'product', 'senior', 'junior', 'principal',
  'staff', 'enterprise', 'strategic', 'regional', 'growth', 'data', 'software', 'freelance', 'independent',
  'investor', 'operator', 'researcher', 'specialist', 'executive', 'manager', 'coach', 'business', 'technical',
  'field', 'inside', 'channel', 'partnerships', 'marketing', 'revenue', 'revops', 'ux', 'lead',
]);

const FIRST_PERSON_VERBS = /^(work|lead|run|help|head|sell|build|manage|look after|cover|own|support|advise|founded|co-founded|started|spent|joined|focus)\b/i;

function whoSentence(who: string, variant: number): string {
  if (!who) return '';
  let core: string;
  if (/^(i|i'm|i’m|i've|i’ve|i'd|my name|this is|we|our|me)\b/i.test(who)) {
    core = who;
  } else if (FIRST_PERSON_VERBS.test(who) && /^\p{Ll}/u.test(who) && !/^(head|lead) of\b/i.test(who)) {
    // "lead partnerships at X" is what the rep does; "Head of Sales" or "Lead engineer" is a title.
    core = `I ${lowerFirst(who)}`;
  } else if (/^(a|an|the)\s/i.test(who)) {
    core = `I'm ${lowerFirst(who)}`;
  } else {
    const firstWord = (who.split(/\s+/)[0] ?? '').toLowerCase().replace(/[^\p{L}-]/gu, '');
    if (/^(co-?)?founder$/.test(firstWord) && /^\S+\s+of\b/i.test(who)) core = `I'm the ${lowerFirst(who)}`;
    else if (ROLE_WORDS_TAKING_ARTICLE.has(firstWord)) core = `I'm ${articleFor(who)} ${isAcronym(who) ? who : lowerFirstIfCommon(who)}`;
    else core = `I'm ${who}`;
  }
  const sentence = asSentence(core);
  return variant === 1 && core.startsWith("I'm") ? `Quick intro: ${sentence}` : sentence;
}

function howKnownSentence(known: string): string {
  if (/^(met|both)\b/i.test(known)) return asSentence(`We ${lowerFirst(known)}`);
  if (/^(through|via|thanks to)\b/i.test(known)) return asSentence(`I found you ${lowerFirst(known)}`);
  if (/^(at|in|on|during)\b/i.test(known)) return asSentence(`We crossed paths ${lowerFirst(known)}`);
  if (/^(a )?mutual\b/i.test(known)) return asSentence(`We have ${/^a /i.test(known) ? lowerFirst(known) : `a ${known}`}`);
  return asSentence(known);
}

type WhyKind = 'read' | 'talk' | 'listen' | 'news' | 'other';

const WHY_NOUNS: Array<[WhyKind, RegExp]> = [
  ['read', /\b(post|posts|article|blog|newsletter|piece|thread|essay|paper|book|report|write-?up|comment|guide|case study|op-?ed)\b/i],
  ['talk', /\b(talk|keynote|panel|presentation|session|webinar|demo|workshop|video|livestream|fireside)\b/i],
  ['listen', /\b(podcast|episode|interview)\b/i],
  ['news', /\b(launch|launched|announcement|release|raise|round|series [a-e]|funding|promotion|new role|acquisition|expansion|milestone|anniversary)\b/i],
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

function whySentence(why: string, variant: number): string {
  if (!why) return '';
  if (/^(i|i'm|i’m|i've|i’ve|i'd|we|congrats|congratulations|loved|love)\b/i.test(why)) {
    return asSentence(/^lov/i.test(why) ? `I ${lowerFirst(why)}` : why);
  }
  // A referral ("Tom Weller suggested I reach out") is a reason in itself, as written.
  if (/^\p{Lu}[\p{L}'’-]+(\s+\p{Lu}[\p{L}'’-]+)?\s+(suggested|recommended|referred|introduced|told|mentioned|said|pointed|thought|asked)\b/u.test(why)) {
    return asSentence(why);
  }
  if (/^(saw|read|enjoyed|noticed|heard|came across|caught|listened|watched|followed|liked|spotted|found)\b/i.test(why)) {
    return asSentence(`I ${lowerFirst(why)}`);
  }
  if (/^your\b/i.test(why)) {
    const kind = WHY_NOUNS.find(([, pattern]) => pattern.test(why.split(/\s+/).slice(0, 6).join(' ')))?.[0] ?? 'other';
    if (variant === 1) return asSentence(WHY_SECOND_SHAPE[kind](capitalise(why)));
    return asSentence(`${WHY_LEADS[kind]} ${lowerFirst(why)}`);
  }
  if (/^(you|you're|you’re|you've|you’ve)\b/i.test(why)) {
    return asSentence(`${variant === 1 ? 'I saw that' : 'I noticed'} ${lowerFirst(why)}`);
  }
  return asSentence(`I noticed ${lowerFirstIfCommon(why)}`);
}

type Offer = 'share' | 'offer' | 'intro';

const OFFER_LEADS: Record<Offer, readonly string[]> = {
  // Not "send over the …": the purpose check reads that as an imperative, a second ask.
  share: ['Happy to share', 'I can share', "I'd be glad to send you"],
  offer: ['Happy to do', 'I can offer', "I'd be glad to run"],
  intro: ['Happy to offer', 'I can offer', "I'd be glad to offer"],
};

function whatSentence(what: string, variant: number): string {
  if (!what) return '';
  if (/^(i|i'm|i’m|i'd|i’d|i'll|i’ll|i've|i’ve|happy|glad|we|we'd|we’d|our team|you|you'd|you’d|you'll|you’ll|in return|if)\b/i.test(what)) {
    return asSentence(what);
  }
  if (/^(share|send|show|introduce|walk|give|run|offer|make|put|connect|pass|bring|do|help|review|audit|benchmark|compare|swap|trade)\b/i.test(what)) {
    const lead = ['Happy to', 'I can', "I'd be glad to"][variant] ?? 'Happy to';
    return asSentence(`${lead} ${lowerFirst(what)}`);
  }
  const offer: Offer = /\b(intro|introduction)\b/i.test(what)
    ? 'intro'
    : /^(a |an )?(free |quick |short |\d+[- ]min\w* )?(audit|review|teardown|session|workshop|walkthrough|trial|pilot|assessment)\b/i.test(what)
      ? 'offer'
      : 'share';
  const lead = OFFER_LEADS[offer][variant] ?? OFFER_LEADS[offer][0] ?? 'Happy to share';
  return asSentence(`${lead} ${lowerFirstIfCommon(what)}`);
}

const ASK_WE_VERBS = /^(grab|hop|jump|meet|chat|talk|connect|compare|swap|trade|set up|schedule|book|catch up|find|get)\b/i;
const ASK_YOU_VERBS = /^(take|reply|send|share|point|introduce|look|check|tell|join|try|read|watch|give|forward|review|let me know)\b/i;

function askSentence(ask: string, variant: number): string {
  if (!ask) return '';
  let core: string;
  if (/^let'?s\b|^let’s\b/i.test(ask)) {
    core = `Could we ${ask.replace(/^let['’]?s\s+/i, '')}`;
  } else if (/^(would|could|can|are|is|do|does|did|how|what|when|where|which|who|why|shall|should|may|might|will|have|has|any chance|worth|fancy)\b/i.test(ask)) {
    core = ask;
  } else if (/^(open to|up for)\b/i.test(ask)) {
    core = `${['Would you be', 'Are you', 'Would you be'][variant] ?? 'Would you be'} ${lowerFirst(ask)}`;
  } else if (ASK_WE_VERBS.test(ask)) {
    core = `${['Could we', 'Can we', 'Could we'][variant] ?? 'Could we'} ${lowerFirst(ask)}`;
  } else if (ASK_YOU_VERBS.test(ask)) {
    core = `${['Would you', 'Could you', 'Would you'][variant] ?? 'Would you'} ${lowerFirst(ask)}`;
  } else {
    core = `${['Would you be open to', 'Are you open to', 'Would you be up for'][variant] ?? 'Would you be open to'} ${lowerFirstIfCommon(ask)}`;
  }
  return `${capitalise(core.replace(/[\s?.!,;:]+$/, ''))}?`;
}

// ---------------------------------------------------------------------------------------------
// Text helpers

/** A rep's fragment without the punctuation and whitespace that would double up in a sentence. */
function clean(fragment: string): string {
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
function tidy(text: string): string {
  return text
    .replace(/[ \t]+/g, ' ')
    .replace(/ ([.,!?;:])/g, '$1')
    .replace(/([.!?])[.!?,;:]+/g, '$1')
    .replace(/,([.!?])/g, '$1')
    .trim();
}

const CLAUSE_BREAKS = /(,|;|:| —| –| \(| and | but | which | because | so | with | including | while | where )/gi;
const DANGLING = /\s+(and|or|but|the|a|an|of|to|for|with|at|on|in|by|from|my|our|your|their|its|that|which|so|as|&)$/i;

/** One step shorter: drop the last clause, or for 'word', the last clause if any else the last word. */
function shorten(fragment: string, by: 'clause' | 'word'): string {
  const words = fragment.split(' ');
  let cut = -1;
  for (const match of fragment.matchAll(CLAUSE_BREAKS)) {
    // Keep at least three words, so a fragment never shrinks to a stub like "I'm".
    if (match.index !== undefined && wordCount(fragment.slice(0, match.index)) >= 3) cut = match.index;
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
const COMMON_FIRST_WORDS = /^(the|your|a|an|that|this|how|what|you|you're|you’re|some|our|my|his|her|their|its|free|quick|short|benchmark|data|notes|insights|results|numbers|account|sales|solutions|senior|junior|principal|staff|product|founder|co-founder|consultant|engineer|partner|enterprise|regional|growth|customer)\b/i;

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
  if (isAcronym(word)) return /^[AEFHILMNORSX]/.test(word) ? 'an' : 'a';
  return /^[aeio]/i.test(word) ? 'an' : 'a';
}

const HONORIFICS = /^(dr|mr|mrs|ms|miss|mx|prof|sir|dame)\.?$/i;

/** The name a greeting uses: "Dr. Jane Doe" → "Jane"; "" when there is no usable name. */
export function firstNameOf(name: string): string {
  const words = name.trim().split(/\s+/).filter((w) => w !== '' && !HONORIFICS.test(w));
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
