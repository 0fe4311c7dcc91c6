// The follow-up composer: a second message that earns its place. It says again, briefly, who is writing
// and why them (the prospect may not remember the first message), brings something new, and repeats
// one small ask, rather than "just bumping this". Pure and deterministic, like the draft composer, and
// built from the same reading of a rep's words.
import { askSentence, brief, clean, firstNameOf, pick, reasonPhrase, stableHash, toSecondPerson, whatSentence, whoSentence, whySentence } from './draft';
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

// Without the first message's reason (it was logged, not drafted here), a line says only that this is a
// second message with something new. Neither reads as a nudge ("just following up").
const SECOND_MESSAGE = ['A quick addition to my earlier message, with something new for you.', 'Something came up since my last note that seemed worth passing on.'];

// A reminder stays a line: the first message said the rest.
const WHO_WORDS = 12;
const WHY_WORDS = 14;

/** "I wrote to you after your talk at GDC." or the reason as its own sentence, tied to the first message. */
function tieBack(why: string, variant: number): string {
  const phrase = reasonPhrase(why);
  if (phrase) return `${['I wrote to you after', 'I got in touch after'][variant] ?? 'I wrote to you after'} ${phrase}.`;
  const sentence = whySentence(why, 0);
  // A referral or a shared past is the reason in itself; "Congrats on …, which is why I wrote" is not English.
  if (!sentence || /\b(reach out|introduced|referred|mutual|suggested|recommended|met|crossed paths)\b/i.test(sentence) || /^(Congrat|For context|Thanks)/.test(sentence) || /[?!]$/.test(sentence)) {
    return sentence;
  }
  return sentence.replace(/\.$/, ', which is why I wrote.');
}

function withGreeting(greeting: string, sentences: string[]): string {
  const [head = '', ...tail] = sentences.filter((s) => s !== '');
  // After an inline "Hi Jane," a sentence of ours goes on in lower case; "I" and names stay as they are.
  const lead = /^(We|We're|You|You're|Your|Our|A quick|Something came)\b/.test(head) ? head.charAt(0).toLowerCase() + head.slice(1) : head;
  return [greeting, lead, ...tail].filter((s) => s !== '').join(' ');
}

/**
 * A follow-up that earns its place: who is writing and why them, in a line each when the first
 * message's answers are known; then the new thing and one ask. Deterministic for the same answers;
 * within the channel's limit, giving up the reminder before the new thing and the ask.
 */
export function composeFollowUp(answers: FollowUpAnswers): string {
  const name = answers.prospectName;
  const seed = stableHash([name, answers.whatsNew, answers.ask, answers.whoIAm ?? '', answers.whyYou ?? ''].join('\u0000'));
  const variant = pick(seed, 'variant', 2);
  const first = firstNameOf(name) || 'there';
  const greeting = `Hi ${first},`;

  const who = answers.whoIAm ? whoSentence(brief(clean(answers.whoIAm), WHO_WORDS), 0) : '';
  const why = answers.whyYou
    ? tieBack(brief(toSecondPerson(clean(answers.whyYou), name), WHY_WORDS), variant)
    : (SECOND_MESSAGE[pick(seed, 'opener', SECOND_MESSAGE.length)] ?? '');
  const news = whatSentence(toSecondPerson(clean(answers.whatsNew), name, false), variant);
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
