import { escapeMrkdwn, section, type SlackMessage } from './mrkdwn';

const COMMANDS: Array<[string, string]> = [
  ['/outreach draft <prospect>', 'draft a purposeful message (a name, an @handle or a LinkedIn profile URL)'],
  ['/outreach log <prospect>', 'log a message you wrote elsewhere, with its purpose check'],
  ['/outreach list', 'your open outreach, newest first'],
  ['/outreach replied <prospect>', 'record a reply'],
  ['/outreach stats', 'your numbers this week'],
  ['/outreach away until <date>', 'pause your follow-up reminders'],
  ['/outreach ask-intent <name>', 'a reply that asks a stranger what their invitation is about'],
  ['/outreach digest here|off|preview', "the team's weekly digest in this channel"],
  ['/outreach settings', 'follow-up cadence and calendar for your workspace'],
  ['/outreach help', 'this list'],
];

export function helpMessage(problem?: string): SlackMessage {
  const list = COMMANDS.map(([command, what]) => `\`${escapeMrkdwn(command)}\` ${what}`).join('\n');
  const intro = problem ? `${escapeMrkdwn(problem)}\n\n` : '';
  return {
    text: `${problem ? `${problem} ` : ''}Purposeful: /outreach help`,
    blocks: [section(`${intro}*Purposeful* helps you send outreach with a purpose.\n${list}`)],
  };
}

/** A one-line answer to the person who asked, and nobody else. */
export function notice(text: string): SlackMessage {
  return { text, blocks: [section(text)] };
}
