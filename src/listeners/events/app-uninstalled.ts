import type { AllMiddlewareArgs, Middleware, AnyMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import type { ListenerDeps } from '../deps';

const slackId = z.string().regex(/^[A-Z0-9][A-Z0-9_-]{1,40}$/i);
const envelope = z.object({
  team_id: slackId.optional(),
  event: z.object({ type: z.string() }).passthrough().optional(),
});
const tokensRevoked = z.object({ tokens: z.object({ bot: z.array(z.string()).optional() }).passthrough() });

const UNINSTALL_EVENTS = new Set(['app_uninstalled', 'tokens_revoked']);
/** Seen-workspace checks are cheap but not free: each process asks Postgres at most this often per workspace. */
const SEEN_EVERY_MS = 60_000;

function teamOf(
  args: { context: { teamId?: string }; body: unknown },
  parsed = envelope.safeParse(args.body),
): string | undefined {
  return args.context.teamId ?? (parsed.success ? parsed.data.team_id : undefined);
}

/**
 * The app was removed from a workspace, or its bot token revoked: schedulers and reminders stop now,
 * its data goes after the grace period (UNINSTALL_GRACE_DAYS). A user token revoked alone changes
 * nothing (the app uses none).
 */
export function appUninstalled(deps: ListenerDeps, forget: (teamId: string) => void) {
  return async (
    args: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_uninstalled' | 'tokens_revoked'>,
  ): Promise<void> => {
    const teamId = teamOf(args);
    if (!teamId) return void deps.logger.warn('uninstall event without a team id');
    const kind = args.event.type;
    if (kind === 'tokens_revoked') {
      const revoked = tokensRevoked.safeParse(args.event);
      if (!revoked.success || (revoked.data.tokens.bot ?? []).length === 0) return;
    }
    forget(teamId);
    try {
      await deps.erasure.uninstalled(teamId, kind);
    } catch (err) {
      // Slack does not resend an acknowledged event: the row is what the reconciler acts on, so log loudly.
      deps.logger.error({ err, teamId }, 'could not record an uninstall');
    }
  };
}

/**
 * Any other request from a workspace means it has the app (again): if it had removed it and is
 * waiting for its purge, it is back and keeps its data. Runs after the answer is on its way, never
 * holding a request up.
 */
export function workspaceSeen(deps: ListenerDeps): {
  middleware: Middleware<AnyMiddlewareArgs>;
  forget: (teamId: string) => void;
} {
  const checked = new Map<string, number>();
  const due = (teamId: string, now: number) => (checked.get(teamId) ?? 0) + SEEN_EVERY_MS < now;
  /** Checks the request's workspace; `known` is its team id from the context, already found due. */
  const check = (args: Parameters<Middleware<AnyMiddlewareArgs>>[0], now: number, known: boolean) => {
    const parsed = envelope.safeParse(args.body);
    const eventType = parsed.success ? parsed.data.event?.type : undefined;
    const teamId = teamOf(args, parsed);
    if (!teamId || (eventType && UNINSTALL_EVENTS.has(eventType)) || (!known && !due(teamId, now))) return;
    checked.set(teamId, now);
    if (checked.size > 10_000) checked.clear();
    void deps.erasure
      .seen(teamId)
      .catch((err) => deps.failures.failed(err, 'could not check whether a workspace came back'));
  };
  const middleware: Middleware<AnyMiddlewareArgs> = async (args) => {
    // Within a minute of this workspace's last check there is nothing to do, so nothing to read: the
    // body is parsed only when a check is due (it was parsed on every request, a few % of a list's CPU).
    const known = args.context.teamId;
    const now = Date.now();
    if (!known || due(known, now)) check(args, now, known !== undefined);
    await args.next();
  };
  return { middleware, forget: (teamId) => void checked.delete(teamId) };
}
