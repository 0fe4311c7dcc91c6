// A reply to a connection invitation from a stranger: instead of accepting blindly or ignoring it,
// the rep asks, warmly, what the sender has in mind. The same discipline the rep practises, asked of
// others. Pure and deterministic: the variant depends on the name only.
import { firstNameOf, pick, stableHash } from './draft';

// LinkedIn's reply box takes more, but a reply longer than a connection note reads as a lecture.
export const ASK_INTENT_MAX_LENGTH = 300;

type Variant = (greeting: string) => string;

const FIRST_VARIANT: Variant = (hi) =>
  `${hi} thanks for the invitation. Before I accept: what prompted you to reach out, and how do you see us being useful to each other?`;

const VARIANTS: readonly Variant[] = [
  FIRST_VARIANT,
  (hi) =>
    `${hi} thanks for reaching out. I like to know why we'd connect before I accept: what caught your interest, and what did you have in mind for us?`,
  (hi) =>
    `${hi} good to hear from you. Before I accept, could you tell me what made you reach out, and how you see us working together?`,
  (hi) =>
    `${hi} thanks for the invite. Could you tell me a little about what you're working on and what you're hoping we could do for each other?`,
];

export function composeAskIntentReply(name: string, options: { senderFirstName?: string } = {}): string {
  const first = firstNameOf(name);
  const variant = pick(stableHash(name.trim().replace(/\s+/g, ' ').toLowerCase()), 'ask-intent', VARIANTS.length);
  const sender = firstNameOf(options.senderFirstName ?? '');

  // A long name could push a reply over the limit: drop the sign-off, then the name, before that happens.
  const attempts: Array<[string, string]> = [
    [first ? `Hi ${first},` : 'Hi,', sender],
    [first ? `Hi ${first},` : 'Hi,', ''],
    ['Hi,', ''],
  ];
  for (const [greeting, signOff] of attempts) {
    const body = (VARIANTS[variant] ?? FIRST_VARIANT)(greeting);
    const reply = signOff ? `${body}\n\n${signOff}` : body;
    if (reply.length <= ASK_INTENT_MAX_LENGTH) return reply;
  }
  return FIRST_VARIANT('Hi,');
}
