// The follow-up composer: a second message that earns its place. It says again, briefly, who is writing
// and why them (the prospect may not remember the first message), brings something new, and repeats
// one small ask, rather than "just bumping this". Pure and deterministic, like the draft composer, and
// built from the same reading of a rep's words.
import {
  askSentence,
  brief,
  clean,
  firstNameOf,
  pick,
  reasonPhrase,
  stableHash,
  toSecondPerson,
  whatSentence,
  whoSentence,
  whySentence,
} from './draft';
import { CHANNEL_LIMITS, type Channel } from './purpose-check';

export interface FollowUpAnswers {
  channel: Channel;
  prospectName: string;
  /** The new thing this follow-up brings: a finding, a resource, a relevant change. */
  whatsNew: string;
  ask: string;
  /** "Who are you?" from the first message, when it was drafted here; said again in a line. */
  whoIAm?: string | null;
  /** "Why them?" from the first message, when it was drafted here; the follow-up ties back to it. */
  whyYou?: string | null;
}

// A nudge is not news: "just checking in", "bumping this", "following up on my last email". What is
// left once these are gone must still say something, or the follow-up adds nothing.
const NUDGES = new RegExp(
  [
    String.raw`\b(?:just\s+)?(?:checking|check)\s+in\b`,
    String.raw`\b(?:just\s+)?bump(?:ing)?(?:\s+(?:this|it|my \w+))?(?:\s+(?:up|back up))?(?:\s+to the top(?: of your inbox)?)?\b`,
    String.raw`\b(?:just\s+)?(?:wanted\s+to\s+)?follow(?:ing)?[\s-]*up(?:\s+(?:on|about|regarding|re)\s+(?:my|our|the)\s+(?:last|previous|earlier|prior|first)?\s*(?:email|e-mail|message|note|inmail|msg|mail|dm))?\b`,
    String.raw`\b(?:just\s+)?circling\s+back\b`,
    String.raw`\b(?:just\s+)?touching\s+base\b`,
    String.raw`\b(?:just\s+)?floating\s+(?:this|it)(?:\s+(?:back\s+)?(?:up|to the top))?\b`,
    String.raw`\bany\s+(?:update|updates|news|thoughts)(?:\s+on\s+(?:this|my \w+ \w+|my \w+))?\b`,
    String.raw`\b(?:did|have)\s+you\s+(?:get|see|read|receive|had a chance to (?:read|see|look at))\s+my\s+(?:last|previous|earlier)?\s*(?:email|message|note|inmail|mail)\b`,
    String.raw`\b(?:as\s+)?per\s+my\s+(?:last|previous)\s+(?:email|message|note)\b`,
    String.raw`\bin\s+case\s+(?:you\s+)?missed\s+(?:it|this|my \w+)\b`,
    String.raw`\b(?:re-?)?sending\s+(?:this|my (?:last )?(?:email|message|note))\b`,
    String.raw`\b(?:hope|hoping)\s+(?:you(?:['’]re| are)\s+well|all is well)\b`,
    String.raw`\b(?:on|to)\s+my\s+(?:last|previous|earlier)\s+(?:email|message|note|inmail)\b`,
  ].join('|'),
  'gi',
);

const FILLER =
  /\b(?:just|hi|hey|hello|again|quick|quickly|a|the|my|this|it|here|re|thanks|thank you|wanted|to|see|if|you|had|have|a chance|any|on|and|so|please|pls|last|email|message|note|since|lmk|let me know)\b/gi;

export type WhatsNewProblem = 'bump' | 'too_thin';

/**
 * Whether "what's new for them?" holds something new: a bump ("just checking in", "following up on
 * my last email") is refused, because a follow-up that only nudges gets fewer replies than none.
 */
export function reviewWhatsNew(text: string): WhatsNewProblem | null {
  const t = text.replace(/\s+/g, ' ').trim();
  const rest = t
    .replace(NUDGES, ' ')
    .replace(FILLER, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  const restWords = rest === '' ? 0 : rest.split(' ').length;
  if (NUDGES.test(t) && restWords < 3) {
    NUDGES.lastIndex = 0;
    return 'bump';
  }
  NUDGES.lastIndex = 0;
  if (t.length < 15 || restWords < 2) return 'too_thin';
  return null;
}

/** The new thing without the nudge wrapped around it: "bumping this – we just published X" → "we just published X". */
function withoutNudges(text: string): string {
  return text
    .replace(NUDGES, ' ')
    .replace(/^[\s,.;:!–—-]+|[\s,;:–—-]+$/g, '')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

// A reminder stays a line: the first message said the rest.
const WHO_WORDS = 12;
const WHY_WORDS = 14;

/** "I wrote to you after your talk at GDC." or the reason as its own sentence, tied to the first message. */
function tieBack(why: string, variant: number): string {
  const phrase = reasonPhrase(why);
  if (phrase)
    return `${['I wrote to you after', 'I got in touch after'][variant] ?? 'I wrote to you after'} ${phrase}.`;
  const sentence = whySentence(why, 0);
  // A referral or a shared past is the reason in itself; "Congrats on …, which is why I wrote" is not English.
  if (
    !sentence ||
    /\b(reach out|introduced|referred|mutual|suggested|recommended|met|crossed paths)\b/i.test(sentence) ||
    /^(Congrat|For context|Thanks)/.test(sentence) ||
    /[?!]$/.test(sentence)
  ) {
    return sentence;
  }
  return sentence.replace(/\.$/, ', which is why I wrote.');
}

function withGreeting(greeting: string, sentences: string[]): string {
  const [head = '', ...tail] = sentences.filter((s) => s !== '');
  // After an inline "Hi Jane," a sentence of ours goes on in lower case; "I" and names stay as they are.
  const lead = /^(We|We're|You|You're|Your|Our|Following|Want|Would|Could|Can|Shall|Are|Do)\b/.test(head)
    ? head.charAt(0).toLowerCase() + head.slice(1)
    : head;
  return [greeting, lead, ...tail].filter((s) => s !== '').join(' ');
}

/**
 * A follow-up that earns its place: who is writing and why them, in a line each when the first
 * message's answers are known; then the new thing and one ask. Deterministic for the same answers;
 * within the channel's limit, giving up the reminder before the new thing and the ask.
 */
export function composeFollowUp(answers: FollowUpAnswers): string {
  const name = answers.prospectName;
  const seed = stableHash(
    [name, answers.whatsNew, answers.ask, answers.whoIAm ?? '', answers.whyYou ?? ''].join('\u0000'),
  );
  const variant = pick(seed, 'variant', 2);
  const first = firstNameOf(name) || 'there';
  const greeting = `Hi ${first},`;

  const who = answers.whoIAm ? whoSentence(brief(clean(answers.whoIAm), WHO_WORDS), 0) : '';
  // Without the first message's reason (it was logged, not drafted here), no line stands in for it:
  // a canned "with something new for you" claims what only the new thing itself can show.
  // A nudge is never dressed up as news ("I can share our just checking in …"): it is left out, and
  // the follow-up says plainly what it is, so the purpose check sees a nudge (the modal refuses one).
  const whatsNew = reviewWhatsNew(answers.whatsNew) === 'bump' ? '' : withoutNudges(answers.whatsNew);
  const news = whatsNew ? whatSentence(toSecondPerson(clean(whatsNew), name, false), variant) : '';
  const reason = answers.whyYou ? brief(toSecondPerson(clean(answers.whyYou), name), WHY_WORDS) : '';
  const why = !news
    ? `Following up on my last message${reasonPhrase(reason) ? ` about ${reasonPhrase(reason)}` : ''}.`
    : reason
      ? tieBack(reason, variant)
      : '';
  const ask = askSentence(toSecondPerson(clean(answers.ask), name, false), variant);
  const body = [news, ask].filter((s) => s !== '').join(' ');

  const candidates = [
    withGreeting(greeting, [who, why, news, ask]),
    withGreeting(greeting, [why, news, ask]),
    withGreeting(greeting, [who, news, ask]),
    withGreeting(greeting, [news, ask]),
    body,
  ];
  const limit = CHANNEL_LIMITS[answers.channel];
  const fitting = candidates.find((text) => limit === null || text.length <= limit);
  if (fitting !== undefined) return fitting;
  return `${body.slice(0, (limit ?? body.length + 1) - 1).trimEnd()}…`;
}
