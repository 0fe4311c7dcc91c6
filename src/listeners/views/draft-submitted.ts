import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import { reviewDraftAnswers } from '../../domain/draft-answers';
import { CHANNELS } from '../../domain/purpose-check';
import type { DraftInput } from '../../services/outreach';
import { DRAFT_ANSWER_PARTS, draftModal } from '../../views/draft-modal';
import { draftMessage } from '../../views/outreach-message';
import type { ListenerDeps } from '../deps';
import { readMetadata, readViewValues, repOf, viewBody } from '../input';
import { runForUser } from '../reply';
import { REFUSALS } from '../../views/replies';
import type { SlackMessage } from '../../views/mrkdwn';

const metadata = z.object({
  outreachId: z
    .string()
    .regex(/^\d{1,18}$/)
    .optional(),
  dm: z.object({ channel: z.string(), ts: z.string() }).optional(),
  /** Words the rep was shown as suspected typos and chose to keep. */
  kept: z.array(z.string().max(60)).max(60).optional(),
});

const answers = z.object({
  prospectName: z.string().max(100),
  company: z.string().max(120).optional(),
  role: z.string().max(120).optional(),
  profileUrl: z.string().max(300).optional(),
  channel: z.enum(CHANNELS as unknown as [string, ...string[]]),
  whoIAm: z.string().max(200),
  howKnown: z.string().max(300).optional(),
  whyYou: z.string().max(500),
  whatsInIt: z.string().max(500),
  ask: z.string().max(200),
});

/**
 * The draft modal submitted: field errors go back into the modal; otherwise the modal closes at
 * once and the draft, with its purpose check, arrives as a DM (or replaces the one being edited).
 */
export function draftSubmitted(deps: ListenerDeps) {
  return async (args: AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>): Promise<void> => {
    const body = viewBody.safeParse(args.body);
    const rep = repOf(args.body);
    if (!body.success || !rep) {
      await args.ack();
      deps.logger.warn('malformed draft submission');
      return;
    }
    const values = readViewValues(body.data.view.state.values);
    const errors = reviewDraftAnswers(values);
    const parsed = answers.safeParse(values);
    if (Object.keys(errors).length > 0 || !parsed.success) {
      const fallback = parsed.success
        ? {}
        : { [String(parsed.error.issues[0]?.path[0] ?? 'prospectName')]: 'Please check this answer.' };
      await args.ack({ response_action: 'errors', errors: Object.keys(errors).length > 0 ? errors : fallback });
      return;
    }
    const meta = readMetadata(metadata, body.data.view.private_metadata) ?? {};
    const input = parsed.data as DraftInput;
    // A suspected typo is named under its answer, once; composing again keeps the words as typed.
    const typos = deps.spellCheck
      ? await deps.spellCheck.typos(input as unknown as Record<string, string | undefined>, DRAFT_ANSWER_PARTS, {
          known: [input.prospectName, input.company ?? ''],
          acknowledged: meta.kept ?? [],
        })
      : {};
    if (Object.keys(typos).length > 0) {
      const kept = [...(meta.kept ?? []), ...Object.values(typos).flatMap((found) => found.map((t) => t.word))].slice(
        -60,
      );
      await args.ack({ response_action: 'update', view: draftModal(input, JSON.stringify({ ...meta, kept }), typos) });
      return;
    }
    await args.ack();
    await runForUser({ ...args, userId: rep.repId }, deps.failures, 'draft failed', async (tell) => {
      if (meta.outreachId) {
        const edited = await deps.outreach.editDraft(rep, meta.outreachId, input, `view:${body.data.view.id}`);
        if (!edited.ok) return void (await tell(REFUSALS[edited.reason]));
        const message = draftMessage(edited.value.outreach, edited.value.check);
        const dm =
          meta.dm ??
          (edited.value.outreach.dmTs
            ? { channel: edited.value.outreach.dmChannel!, ts: edited.value.outreach.dmTs }
            : undefined);
        if (dm) await args.client.chat.update({ channel: dm.channel, ts: dm.ts, ...message });
        else await postDraft(args, deps, rep, edited.value.outreach.id, message);
        return;
      }
      const { outreach, check, created } = await deps.outreach.createDraft(rep, input, `view:${body.data.view.id}`);
      // A retried or double submit finds the same draft: it was already sent to the rep.
      if (created) await postDraft(args, deps, rep, outreach.id, draftMessage(outreach, check), true);
    });
  };
}

/**
 * Posts the draft's DM. A new draft (`dropIfNotPosted`) whose DM Slack would not take is dropped: the
 * DM holds its only buttons, so it could never be sent or discarded, and the rep, told that it did
 * not go through, drafts again; it stayed in their open outreach for good.
 */
async function postDraft(
  args: AllMiddlewareArgs,
  deps: ListenerDeps,
  rep: { teamId: string; repId: string },
  outreachId: string,
  message: SlackMessage,
  dropIfNotPosted = false,
): Promise<void> {
  let posted: Awaited<ReturnType<typeof args.client.chat.postMessage>>;
  try {
    posted = await args.client.chat.postMessage({ channel: rep.repId, ...message });
  } catch (err) {
    if (dropIfNotPosted) await deps.outreach.discard(rep, outreachId).catch(() => undefined);
    throw err;
  }
  if (posted.channel && posted.ts) {
    await deps.outreach.rememberDirectMessage(rep.teamId, outreachId, { channel: posted.channel, ts: posted.ts });
  }
}
