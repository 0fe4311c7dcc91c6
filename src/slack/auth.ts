import { ErrorCode, LogLevel, WebClient } from '@slack/web-api';
import { SILENT } from './messenger';

/** Slack's answers to auth.test that mean the token itself is wrong: no retry can fix them. */
export const REFUSED = new Set([
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'no_permission',
]);

export type BotTokenCheck =
  | { kind: 'ok'; botId: string; botUserId: string; teamId: string }
  /** One line for an operator, naming SLACK_BOT_TOKEN: start-up stops. */
  | { kind: 'refused'; message: string }
  /** Slack did not answer (network, 5xx, rate limit): an outage, not a configuration error. */
  | { kind: 'unreachable'; error: unknown };

/**
 * auth.test with the configured token: at start-up with a few retries; `quick` (one try, 1.5 s) when a
 * request waits for it (see identity.ts).
 */
export async function checkBotToken(token: string, apiUrl?: string, quick = false): Promise<BotTokenCheck> {
  const client = new WebClient(token, {
    ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
    rejectRateLimitedCalls: true,
    retryConfig: quick ? { retries: 0 } : { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 2000 },
    timeout: quick ? 1500 : 5000,
    // An unanswered auth.test is logged once by main.ts as JSON; the client's console warning per try would
    // put three unstructured lines before it.
    logger: SILENT,
    logLevel: LogLevel.ERROR,
  });
  try {
    const result = await client.auth.test();
    if (!result.bot_id || !result.user_id) {
      return {
        kind: 'refused',
        message: 'SLACK_BOT_TOKEN is not a bot token: use the Bot User OAuth Token (xoxb-…) from OAuth & Permissions',
      };
    }
    return { kind: 'ok', botId: result.bot_id, botUserId: result.user_id, teamId: result.team_id ?? '' };
  } catch (err) {
    const e = err as { code?: string; data?: { error?: string } };
    const error = e?.code === ErrorCode.PlatformError ? (e.data?.error ?? '') : '';
    if (REFUSED.has(error)) {
      return {
        kind: 'refused',
        message: `SLACK_BOT_TOKEN was refused by Slack (${error}): copy the Bot User OAuth Token (xoxb-…) again from OAuth & Permissions, or reinstall the app`,
      };
    }
    return { kind: 'unreachable', error: err };
  }
}
