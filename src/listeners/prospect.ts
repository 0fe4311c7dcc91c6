import type { WebClient } from '@slack/web-api';
import type { Prospect } from '../domain/command';
import type { Logger } from '../logger';

/**
 * The name to use for a prospect. A Slack mention (`<@U…>`, `<@U…|jane.doe>`) carries an id, not a
 * name: Slack's users.info gives the person's real name. Null when there is no name to be had (the
 * lookup failed and nothing was typed): the caller refuses, because an empty name would match every
 * outreach.
 */
export async function prospectName(client: WebClient, prospect: Prospect, logger: Logger): Promise<string | null> {
  // A name typed next to the mention is the rep's own choice.
  const typed = prospect.kind === 'mention' && prospect.handle === undefined && prospect.name !== '';
  if (prospect.kind !== 'mention' || typed || !prospect.slackUserId) return prospect.name || null;
  try {
    const info = await client.users.info({ user: prospect.slackUserId });
    const user = info.user;
    const name = (user?.profile?.real_name || user?.real_name || user?.profile?.display_name || '').trim();
    if (name) return name;
  } catch (err) {
    logger.warn({ err, user: prospect.slackUserId }, 'could not look up a mentioned prospect');
  }
  return prospect.name || null;
}
