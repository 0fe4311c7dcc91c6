import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { Weekday } from '../../../domain/command';
import { describeSchedule } from '../../../services/digest';
import { digestMessage, digestOwnedBy } from '../../../views/digest';
import { notice } from '../../../views/help';
import type { ListenerDeps } from '../../deps';
import type { CommandBody } from '../../input';
import { ackThenRun } from '../../reply';

type Args = AllMiddlewareArgs & SlackCommandMiddlewareArgs;

/**
 * `/outreach digest here [day] [time] [timezone]`, `digest off`, `digest preview`. Acked first; the
 * answer, only to the person who asked, follows by response URL.
 */
export async function digestCommand(
  args: Args,
  body: CommandBody,
  command: { action: 'here'; day?: Weekday; time?: string; timezone?: string } | { action: 'off' | 'preview' },
  deps: ListenerDeps,
): Promise<void> {
  const say = (text: string) => args.respond({ response_type: 'ephemeral', ...notice(text) });
  await ackThenRun(args, body, deps.failures, 'digest command failed', async () => {
    if (command.action === 'preview') {
      const digest = await deps.digests.preview(body.team_id, deps.now(), body.channel_id);
      await args.respond({ response_type: 'ephemeral', ...digestMessage(digest, { preview: true }) });
      return;
    }
    const channelId = body.channel_id ?? '';
    if (command.action === 'here' && (channelId === '' || channelId.startsWith('D'))) {
      await say('The digest is for a team channel: run `/outreach digest here` in the channel that should get it.');
      return;
    }
    const allowed = await deps.digests.mayChange(body.team_id, channelId, body.user_id);
    if (!allowed.ok) return void (await say(digestOwnedBy(allowed.owner)));
    if (command.action === 'off') {
      const removed = await deps.digests.unsubscribe(body.team_id, channelId);
      await say(
        removed
          ? 'Done: this channel no longer gets the weekly digest.'
          : "This channel doesn't get the digest, so nothing changed.",
      );
      return;
    }
    const { day, time, timezone } =
      command.action === 'here' ? command : ({} as { day?: Weekday; time?: string; timezone?: string });
    const result = await deps.digests.subscribe(body.team_id, channelId, body.user_id, { day, time, timezone });
    if (!result.ok) {
      await say(
        "I can't post in this channel yet. Invite me first (`/invite @Purposeful`), then run `/outreach digest here` again.",
      );
      return;
    }
    const when = describeSchedule(result.subscription);
    await say(
      result.changed
        ? `:white_check_mark: This channel gets the weekly digest ${when}. \`/outreach digest preview\` shows this week's now, only to you.`
        : `This channel already gets the digest ${when}. Nothing changed.`,
    );
  });
}
