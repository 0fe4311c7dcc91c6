import { composeDraft } from './draft';
import { checkPurpose } from './purpose-check';
import { loadSecondOpinion } from './purpose-check/second-opinion';

/**
 * A process's first check builds the check's patterns and the NLP lexicons, and its first draft the
 * composer's: about 0.5 s on a 2-core host, on the event loop. Done once at start-up, before the bot
 * listens, so that the first reps after a deploy don't pay it inside Slack's 3 s (the overload bench
 * saw acks at 3.2 s in its first second without this). English only: each other language costs
 * ~0.4 s and ~5 MB more, and is built the first time a message in it comes.
 */
export const WARM_UP_MESSAGE =
  "Hi Ana, I'm Bo, an engineer at Castwell. Your talk at the Kiln Summit on crack rates was the clearest I've seen. We logged cracks across 14 kilns; happy to send the summary. Want it?";

/**
 * Runs the check once, loads its learned second opinion (about 0.1 s), and composes one draft; returns
 * what the check said and whether the second opinion could be read, for the caller to log.
 */
export function warmUp(): { lang: string; verdict: string; secondOpinion: boolean } {
  const { lang, verdict } = checkPurpose({ text: WARM_UP_MESSAGE, channel: 'linkedin_message' });
  composeDraft({
    channel: 'linkedin_message',
    prospectName: 'Ana Ruiz',
    whoIAm: 'Bo, engineer at Castwell',
    whyYou: 'her talk at the Kiln Summit on crack rates',
    whatsInIt: 'our crack-rate summary from 14 kilns',
    ask: 'want it?',
  });
  return { lang, verdict, secondOpinion: loadSecondOpinion() };
}
