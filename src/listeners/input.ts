import { z } from 'zod';
import { fieldLimitErrors, withoutControlCharacters, type FieldLimits } from '../domain/modal-fields';

/**
 * Zod schemas for the parts of Slack's payloads the listeners use. Slack sends much more; only what
 * is read is checked, and anything that does not fit is refused with a friendly word, never a crash.
 */

const slackId = z.string().regex(/^[A-Z0-9][A-Z0-9_-]{1,40}$/i, 'not a Slack id');

export const commandBody = z.object({
  team_id: slackId,
  user_id: slackId,
  channel_id: z.string().max(40).optional(),
  // Slack allows long texts; the grammar refuses over-long ones with a message of its own.
  text: z.string().max(100_000).default(''),
  trigger_id: z.string().min(1).max(200),
  response_url: z.string().url().optional(),
});
export type CommandBody = z.infer<typeof commandBody>;

const teamAndUser = z
  .object({
    team: z.object({ id: slackId }).nullish(),
    user: z.object({ id: slackId, team_id: slackId.optional() }),
  })
  .transform((b) => ({ teamId: b.user.team_id ?? b.team?.id ?? '', repId: b.user.id }))
  .refine((rep) => rep.teamId !== '', 'no team id');

export function repOf(body: unknown): { teamId: string; repId: string } | null {
  const parsed = teamAndUser.safeParse(body);
  return parsed.success ? parsed.data : null;
}

/** A button press on an outreach: which one, a trigger to open a modal, and the DM it sits in. */
export function actionOf(
  body: unknown,
): { outreachId: string; triggerId: string; dm?: { channel: string; ts: string } } | null {
  const parsed = z
    .object({
      trigger_id: z.string().min(1).max(200),
      actions: z.array(z.object({ value: z.string().regex(/^\d{1,18}$/) })).min(1),
      container: z
        .object({ channel_id: z.string().optional(), message_ts: z.string().optional() })
        .passthrough()
        .optional(),
    })
    .safeParse(body);
  if (!parsed.success) return null;
  const { container } = parsed.data;
  return {
    outreachId: parsed.data.actions[0]!.value,
    triggerId: parsed.data.trigger_id,
    dm:
      container?.channel_id && container.message_ts
        ? { channel: container.channel_id, ts: container.message_ts }
        : undefined,
  };
}

const stateValue = z.object({
  type: z.string(),
  value: z.string().nullish(),
  selected_option: z.object({ value: z.string() }).nullish(),
});

export const viewBody = z.object({
  view: z.object({
    id: z.string().min(1).max(100),
    callback_id: z.string(),
    private_metadata: z.string().max(3000).default(''),
    state: z.object({ values: z.record(z.string(), z.record(z.string(), stateValue)) }),
  }),
});

/**
 * The modal's answers by block id, trimmed, without control characters (a NUL would make Postgres
 * refuse the write, and no retry could fix that); empty answers are left out.
 */
export function readViewValues(values: z.infer<typeof viewBody>['view']['state']['values']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [blockId, actions] of Object.entries(values)) {
    const first = Object.values(actions)[0];
    const value = withoutControlCharacters(first?.selected_option?.value ?? first?.value ?? '').trim();
    if (value) out[blockId] = value;
  }
  return out;
}

/**
 * Field errors for the modal (`response_action: errors`): `checks` from the handler's own rules, and
 * a length error for any answer over the modal's limit, which wins because it says what to fix first.
 */
export function fieldErrors(
  values: Record<string, string>,
  limits: FieldLimits,
  checks: Record<string, string> = {},
): Record<string, string> {
  return { ...checks, ...fieldLimitErrors(values, limits) };
}

/** private_metadata is ours, but it travels through Slack: read it as untrusted JSON. */
export function readMetadata<T extends z.ZodTypeAny>(schema: T, raw: string): z.infer<T> | null {
  try {
    const parsed = schema.safeParse(raw ? JSON.parse(raw) : {});
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The first action's raw value (a button's value, or a select's chosen option) and the trigger id. */
export function actionValueOf(body: unknown): { value: string; triggerId: string } | null {
  const parsed = z
    .object({
      trigger_id: z.string().min(1).max(200),
      actions: z
        .array(
          z.object({
            value: z.string().max(200).optional(),
            selected_option: z.object({ value: z.string().max(200) }).optional(),
          }),
        )
        .min(1),
    })
    .safeParse(body);
  if (!parsed.success) return null;
  const first = parsed.data.actions[0]!;
  const value = first.selected_option?.value ?? first.value;
  return value === undefined ? null : { value, triggerId: parsed.data.trigger_id };
}

/**
 * A modal submission about one outreach: its view, the rep, and the outreach id from private_metadata;
 * null when any of them is malformed.
 */
export function submissionOnOutreach(
  body: unknown,
): { view: z.infer<typeof viewBody>['view']; rep: { teamId: string; repId: string }; outreachId: string } | null {
  const parsed = viewBody.safeParse(body);
  const rep = repOf(body);
  const meta = parsed.success ? readMetadata(outreachMetadata, parsed.data.view.private_metadata) : null;
  return parsed.success && rep && meta ? { view: parsed.data.view, rep, outreachId: meta.outreachId } : null;
}

const outreachMetadata = z.object({ outreachId: z.string().regex(/^\d{1,18}$/) });

const selectedUsers = z.object({
  view: z.object({
    state: z.object({
      values: z.record(
        z.string(),
        z.record(z.string(), z.object({ selected_users: z.array(slackId).max(100).nullish() }).passthrough()),
      ),
    }),
  }),
});

/** The user ids picked in a modal's users select (`multi_users_select`) in block `blockId`. */
export function selectedUsersOf(body: unknown, blockId: string): string[] {
  const parsed = selectedUsers.safeParse(body);
  if (!parsed.success) return [];
  const first = Object.values(parsed.data.view.state.values[blockId] ?? {})[0];
  return first?.selected_users ?? [];
}
