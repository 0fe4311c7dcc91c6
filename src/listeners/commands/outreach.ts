import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { composeAskIntentReply } from '../../domain/ask-intent';
import { parseCommand } from '../../domain/command';
import { helpMessage, notice } from '../../views/help';
import { escapeMrkdwn } from '../../views/mrkdwn';
import type { ListenerDeps } from '../deps';
import { commandBody } from '../input';
import { DateTime } from 'luxon';
import { awayCommand } from './outreach/away';
import { digestCommand } from './outreach/digest';
import { draftCommand } from './outreach/draft';
import { exportCommand } from './outreach/export';
import { forgetCommand } from './outreach/forget';
import { listCommand } from './outreach/list';
import { logCommand } from './outreach/log';
import { repliedCommand } from './outreach/replied';
import { settingsCommand } from './outreach/settings';
import { statsCommand } from './outreach/stats';

type Args = AllMiddlewareArgs & SlackCommandMiddlewareArgs;

/** `/outreach <subcommand>`: parse, then hand over to one small handler per subcommand. */
export function outreachCommand(deps: ListenerDeps) {
  return async (args: Args): Promise<void> => {
    const parsed = commandBody.safeParse(args.command);
    if (!parsed.success) {
      await args.ack(notice("Sorry, I couldn't read that command. Try `/outreach help`."));
      return;
    }
    const body = parsed.data;
    // The rep's own zone needs a lookup; the workspace default is close enough to read "monday". Only
    // worked out for a command that reads a date ("away until monday"), not for every list.
    const today = () => DateTime.fromJSDate(deps.now()).setZone(deps.defaultTimezone).toISODate() ?? undefined;
    const command = parseCommand(body.text, { today });
    switch (command.kind) {
      case 'help':
        await args.ack(helpMessage(command.problem));
        return;
      case 'ask_intent': {
        const reply = composeAskIntentReply(command.name);
        await args.ack(
          notice(
            `Here's a reply that asks what the invitation is about. Copy it into LinkedIn:\n>${escapeMrkdwn(reply)}`,
          ),
        );
        return;
      }
      case 'draft':
        await draftCommand(args, body, command.prospect, deps);
        return;
      case 'log':
        await logCommand(args, body, command.prospect, deps);
        return;
      case 'list':
        await listCommand(args, body, deps);
        return;
      case 'replied':
        await repliedCommand(args, body, command.prospect, deps);
        return;
      case 'away':
        await awayCommand(args, body, command.until, deps);
        return;
      case 'settings':
        await settingsCommand(args, body, deps);
        return;
      case 'stats':
        await statsCommand(args, body, deps);
        return;
      case 'digest':
        await digestCommand(args, body, command, deps);
        return;
      case 'forget':
        await forgetCommand(args, body, command.prospect, deps);
        return;
      case 'export':
        await exportCommand(args, body, command, deps);
        return;
      default:
        await args.ack(helpMessage());
    }
  };
}
