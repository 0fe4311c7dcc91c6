// The draft modal's answer rules: what each answer needs before a draft is worth composing. Each
// error says what a good answer looks like, because "invalid" teaches a rep nothing. Pure.
import { parseProspect } from './command';
import { isChannel } from './purpose-check';
import { isPraiseOnly } from './purpose-check/patterns';

export type DraftAnswerField =
  | 'prospectName'
  | 'company'
  | 'role'
  | 'profileUrl'
  | 'whoIAm'
  | 'howKnown'
  | 'whyYou'
  | 'whatsInIt'
  | 'ask';

/**
 * The modal's answers as submitted: `Partial<DraftAnswers>` plus the profile link, but every field a
 * plain string, because they come straight from Slack's view state, untrusted.
 */
export type DraftAnswersInput = { readonly [K in DraftAnswerField]?: string } & { readonly channel?: string };

/** Field name (the modal's block id) → what to fix. Empty when every answer is good enough to draft from. */
export type DraftAnswerErrors = Record<string, string>;

// Slack shows a modal's field errors under the input; past about 150 characters they wrap badly.
export const MAX_ERROR_LENGTH = 150;

/** How much text each answer may hold; the modal's inputs should set the same max_length. */
export const ANSWER_MAX_LENGTHS: Readonly<Record<DraftAnswerField, number>> = {
  prospectName: 100,
  company: 120,
  role: 120,
  profileUrl: 300,
  whoIAm: 200,
  howKnown: 300,
  whyYou: 500,
  whatsInIt: 500,
  ask: 200,
};

const REQUIRED: ReadonlySet<DraftAnswerField> = new Set(['prospectName', 'whoIAm', 'whyYou', 'whatsInIt', 'ask']);

const WHO_HINT = "Your role and company in a few words, e.g. 'AE at Questmoor, player segmentation for mobile studios'";
const WHY_HINT = 'Too thin: name something they did or said — a post, a talk, a launch, a mutual contact';
const WHATS_IN_IT_HINT = 'What do they get? A benchmark, an intro, a short teardown…';
const ASK_HINT = "One small, concrete step, e.g. '15 minutes next Tuesday to compare notes?'";

const EMPTY: Record<DraftAnswerField, string> = {
  prospectName: 'Who are you writing to? Their name, e.g. Jane Doe',
  company: '',
  role: '',
  profileUrl: '',
  whoIAm: WHO_HINT,
  howKnown: '',
  whyYou: 'Why them? Name something they did or said — a post, a talk, a launch, a mutual contact',
  whatsInIt: WHATS_IN_IT_HINT,
  ask: `Your one ask: ${ASK_HINT}`,
};

// Praise that fits anyone tells the prospect the message was sent to everyone.
const GENERIC_FLATTERY =
  /\b(great|impressive|amazing|awesome|interesting|strong|nice|inspiring|excellent|fantastic|solid|cool|incredible)\s+(profile|background|experience|career|work|network|journey|company|content)\b|\b(came across|saw|viewed|looked at|checked out|love|loved|liked)\s+your\s+profile\b|\b(like-?minded|thought leader|expand(ing)? my network|grow(ing)? my network|professionals? like you|someone like you|you seem)\b/i;

// What makes a reason specific: a thing they made or did, or a person in common.
const SPECIFIC_MARKERS =
  /\b(post|article|blog|newsletter|thread|comment|talk|keynote|panel|webinar|podcast|episode|interview|video|paper|report|book|launch|launched|release|announcement|raise|raised|round|series|funding|hired|hiring|promotion|promoted|new role|joined|mutual|introduced|referred|recommended|suggested|met|customer|case study|study|research|open[- ]source|repo|quote|said|wrote|shared|built|\d)/i;

// Offers that are really the rep's ask dressed up, or say nothing concrete.
const VAGUE_VALUE =
  /^(value|add value|synerg(y|ies)|help you|help your (business|team|company)|grow your business|mutual benefit|opportunit(y|ies)|learn(ing)? more about (us|our)|our (product|solution|platform|services?)|(a |our )?demo|(a )?partnership|networking|to connect|connecting|collaborat(e|ion))$/i;

const VAGUE_ASK =
  /\b(let'?s connect|connect(ing)? (here|on linkedin)?$|^connect$|pick your brain|chat (sometime|some time)|touch base|learn more|get to know|sync up|stay in touch|keep in touch|network(ing)?|hop on a call$|jump on a call$|a call$|a chat$|^call$|^chat$|accept my (invitation|invite|request)|add you to my network|be connected)\b/i;

const TWO_ASKS = /\b(and also|also,|as well as|plus also|and could you|and would you|and can you|and maybe also)\b/i;

export function reviewDraftAnswers(answers: DraftAnswersInput): DraftAnswerErrors {
  const errors: DraftAnswerErrors = {};
  const text = (field: DraftAnswerField): string => {
    const value: unknown = answers[field];
    return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
  };

  for (const field of Object.keys(ANSWER_MAX_LENGTHS) as DraftAnswerField[]) {
    const value = text(field);
    const max = ANSWER_MAX_LENGTHS[field];
    if (value === '') {
      if (REQUIRED.has(field)) errors[field] = EMPTY[field];
    } else if (value.length > max) {
      errors[field] = `Keep it under ${max} characters (now ${value.length}): the shorter, the more likely it's read.`;
    }
  }
  const check = (field: DraftAnswerField, rule: (value: string) => string | undefined): void => {
    const value = text(field);
    if (value === '' || errors[field] !== undefined) return;
    const problem = rule(value);
    if (problem !== undefined) errors[field] = problem;
  };

  check('prospectName', (name) => {
    const parsed = parseProspect(name);
    if ('error' in parsed) return "That doesn't look like a person's name: their first and last name, e.g. Jane Doe";
    if (parsed.kind !== 'name')
      return 'Their name as you would write it, e.g. Jane Doe (links go in the profile field)';
    return undefined;
  });

  check('profileUrl', (url) => {
    const parsed = parseProspect(url);
    if ('error' in parsed || parsed.kind !== 'url' || !/^(https?:\/\/)?([a-z]{2,3}\.)?linkedin\.com\//i.test(url)) {
      return 'A LinkedIn profile link, e.g. https://www.linkedin.com/in/jane-doe';
    }
    return undefined;
  });

  check('whoIAm', (who) => (wordCount(who) < 3 ? WHO_HINT : undefined));

  check('whyYou', (why) => {
    if (GENERIC_FLATTERY.test(why) && !SPECIFIC_MARKERS.test(why)) {
      return 'That fits anyone, so it reads as a mass message. Name something they did or said: a post, a talk, a launch';
    }
    if (wordCount(why) < 4) return WHY_HINT;
    return undefined;
  });

  check('whatsInIt', (what) => {
    const bare = what.replace(/[.!?]+$/, '').trim();
    if (/^(a |our )?demo\b/i.test(bare)) {
      return `A demo is what you want. ${WHATS_IN_IT_HINT}`;
    }
    if (VAGUE_VALUE.test(bare) || wordCount(bare) < 3) return WHATS_IN_IT_HINT;
    // "best in class", "our platform is amazing": praise of ourselves, nothing the reader gets.
    if (isPraiseOnly(bare)) return `Any company could say that. ${WHATS_IN_IT_HINT}`;
    return undefined;
  });

  check('ask', (ask) => {
    if ((ask.match(/\?/g) ?? []).length >= 2 || TWO_ASKS.test(ask)) return 'One ask only: pick the one that matters';
    if (VAGUE_ASK.test(ask.replace(/[.!?]+$/, '').trim())) return `Too vague to say yes to. ${ASK_HINT}`;
    if (wordCount(ask) < 2) return ASK_HINT;
    return undefined;
  });

  if (answers.channel !== undefined && !isChannel(answers.channel)) {
    errors.channel = 'Pick where you will send it: a connection note, a LinkedIn message, an InMail or an email';
  }

  // Keep every message within what the modal shows well.
  for (const [field, message] of Object.entries(errors)) {
    if (message.length > MAX_ERROR_LENGTH) errors[field] = `${message.slice(0, MAX_ERROR_LENGTH - 1)}…`;
  }
  return errors;
}

function wordCount(text: string): number {
  const t = text.trim();
  return t === '' ? 0 : t.split(/\s+/).length;
}
