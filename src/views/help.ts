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
  [
    '/outreach export [mine] [from] [to]',
    'a CSV of outreach and outcomes in your DM (yours; the whole team for admins and managers)',
  ],
  ['/outreach forget <prospect>', 'erase everything about a prospect from your outreach'],
  ['/outreach help', 'this list'],
];

export function helpMessage(problem?: string): SlackMessage {
  const list = COMMANDS.map(([command, what]) => `\`${escapeMrkdwn(command)}\` ${what}`).join('\n');
  const intro = problem ? `${escapeMrkdwn(problem)}\n\n` : '';
  return {
    // The fallback text is mrkdwn too (notifications, screen readers): escaped exactly like the blocks.
    text: `${problem ? `${escapeMrkdwn(problem)} ` : ''}Purposeful: /outreach help`,
    blocks: [section(`${intro}*Purposeful* helps you send outreach with a purpose.\n${list}`)],
  };
}

/** A one-line answer to the person who asked, and nobody else. */
export function notice(text: string): SlackMessage {
  return { text, blocks: [section(text)] };
}

/** The answer past the bot's work limit: at once, in the ack, and honest that nothing happened. */
export const BUSY =
  "Sorry, I'm busy right now and couldn't take that on, so nothing was changed. Please try again in a minute.";

/** A `<@…>` prospect whose name Slack would not tell: ask for the name instead of guessing. */
export function unknownMention(command: 'draft' | 'log' | 'replied' | 'forget'): string {
  return `I couldn't look up that person's name in Slack. Type their name instead, e.g. \`/outreach ${command} Jane Doe\`.`;
}
