import type { Pool } from 'pg';
import { draftMessage } from '../domain/draft';
import { checkPurpose, checkOutcome, type Channel, type PurposeCheckResult } from '../domain/purpose-check';
import { applySameness, SAMENESS_DAYS, SAMENESS_THRESHOLD } from '../domain/sameness';
import { recordEvent } from '../store/events';
import * as store from '../store/outreach';
import type { CheckOutcome, DraftParts, Outreach, ProspectFields } from '../store/outreach';
import { getRepProfile, rememberWhoIAm } from '../store/rep-profiles';
import { withTransaction } from '../store/pool';
import { withTimeout } from '../timeout';
import type { FollowUpService } from './followups';
import type { ActionResult, RepKey } from './types';

export interface DraftInput {
  prospectName: string;
  company?: string;
  role?: string;
  profileUrl?: string;
  channel: Channel;
  whoIAm: string;
  howKnown?: string;
  whyYou: string;
  whatsInIt: string;
  ask: string;
}

export interface LoggedMessage {
  prospectName: string;
  company?: string;
  channel: Channel;
  text: string;
}

/** Drafting, checking and logging outreach: the rep's side of Purposeful. */
type DraftFields = ProspectFields & DraftParts & CheckOutcome & { draftText: string };

export class OutreachService {
  constructor(
    private readonly pool: Pool,
    private readonly clock: () => Date = () => new Date(),
    /** Plans the follow-ups of what is sent; without it (a bot-only test), nothing is planned. */
    private readonly followUps?: FollowUpService,
  ) {}

  /**
   * The purpose check, plus how alike this text is to what the rep's team sent lately. With
   * `samenessWithinMs` (a modal about to open on a trigger id that lives ~3 s), the look-alike search
   * gets that long: slower (a stalled or locked Postgres) or failed, the check comes without it. What
   * is logged is checked again in full when the modal is submitted.
   */
  async check(
    rep: RepKey,
    text: string,
    channel: Channel,
    prospect: { name?: string; company?: string; role?: string },
    excludeId?: string,
    options: { samenessWithinMs?: number } = {},
  ): Promise<PurposeCheckResult> {
    const result = checkPurpose({ text, channel, prospect });
    if (text.trim().length < 40) return result;
    const lookup = store.findSimilarSent(this.pool, {
      ...rep,
      text,
      excludeId,
      threshold: SAMENESS_THRESHOLD,
      days: SAMENESS_DAYS,
      now: this.clock(),
    });
    if (options.samenessWithinMs === undefined) return applySameness(result, await lookup);
    const sameness = await withTimeout(lookup, options.samenessWithinMs).catch(() => null);
    return sameness ? applySameness(result, sameness) : result;
  }

  async whoIAm(rep: RepKey): Promise<string | undefined> {
    return (await getRepProfile(this.pool, rep.teamId, rep.repId))?.whoIAm ?? undefined;
  }

  /**
   * Composes and checks a draft from the modal's answers and keeps it. `sourceKey` is the modal's
   * view id: Slack's retry or a double submit finds the same draft (`created: false`).
   */
  async createDraft(
    rep: RepKey,
    input: DraftInput,
    sourceKey: string,
  ): Promise<{ outreach: Outreach; check: PurposeCheckResult; created: boolean }> {
    const { fields, check } = await this.composeAndCheck(rep, input);
    const result = await withTransaction(this.pool, async (db) => {
      const inserted = await store.insertOutreach(db, { ...rep, sourceKey, status: 'drafted', ...fields });
      if (inserted.created) {
        await recordEvent(db, {
          ...rep,
          outreachId: inserted.outreach.id,
          kind: 'drafted',
          idempotencyKey: `drafted:${sourceKey}`,
          detail: { score: check.score },
        });
        await rememberWhoIAm(db, rep.teamId, rep.repId, input.whoIAm);
      }
      return inserted;
    });
    return { ...result, check: result.created ? check : this.storedCheck(result.outreach, check) };
  }

  /** "Edit": the same outreach, recomposed from new answers. Only the rep's own, only a draft. */
  async editDraft(
    rep: RepKey,
    id: string,
    input: DraftInput,
    sourceKey: string,
  ): Promise<ActionResult<{ outreach: Outreach; check: PurposeCheckResult }>> {
    const owned = await this.owned(rep, id);
    if (!owned.ok) return owned;
    if (owned.value.status !== 'drafted') return { ok: false, reason: 'already_done', outreach: owned.value };
    const { fields, check } = await this.composeAndCheck(rep, input, id);
    const outreach = await withTransaction(this.pool, async (db) => {
      const updated = await store.updateDraft(db, { ...rep, id }, fields);
      if (updated) {
        await recordEvent(db, { ...rep, outreachId: id, kind: 'edited', idempotencyKey: `edited:${sourceKey}` });
        await rememberWhoIAm(db, rep.teamId, rep.repId, input.whoIAm);
      }
      return updated;
    });
    if (!outreach) return { ok: false, reason: 'already_done' };
    return { ok: true, value: { outreach, check } };
  }

  /** The outreach, if it is this rep's. Someone else's is refused, whatever the button said. */
  async owned(rep: RepKey, id: string): Promise<ActionResult<Outreach>> {
    const outreach = await store.getOutreach(this.pool, rep.teamId, id);
    if (!outreach) return { ok: false, reason: 'not_found' };
    if (outreach.repId !== rep.repId) return { ok: false, reason: 'not_yours' };
    return { ok: true, value: outreach };
  }

  /** drafted → sent, with the text as actually sent, checked again. A second press changes nothing. */
  async markSent(
    rep: RepKey,
    id: string,
    sentText: string,
  ): Promise<ActionResult<{ outreach: Outreach; check: PurposeCheckResult }>> {
    const owned = await this.owned(rep, id);
    if (!owned.ok) return owned;
    if (owned.value.status !== 'drafted') return { ok: false, reason: 'already_done', outreach: owned.value };
    const o = owned.value;
    const check = await this.check(
      rep,
      sentText,
      o.channel,
      { name: o.prospectName, company: o.prospectCompany ?? undefined, role: o.prospectRole ?? undefined },
      id,
    );
    const calendar = await this.followUps?.calendar(rep, true);
    const sentAt = this.clock();
    const result = await withTransaction(this.pool, async (db) => {
      const sent = await store.markSent(
        db,
        { ...rep, id },
        {
          sentText,
          sentAt,
          ...checkOutcome(check),
          findings: check.findings,
        },
      );
      if (!sent) return null;
      await recordEvent(db, {
        ...rep,
        outreachId: id,
        kind: 'sent',
        idempotencyKey: `sent:${id}`,
        detail: { score: check.score },
      });
      // Planned in the same transaction: an outreach is never sent without its follow-ups.
      const plan =
        calendar && this.followUps ? await this.followUps.planInTransaction(db, rep, id, sentAt, 1, calendar) : null;
      return { sent, plan };
    });
    if (!result) return { ok: false, reason: 'already_done', outreach: o };
    if (result.plan) await this.followUps!.applyToQueue(result.plan);
    const outreach = result.sent;
    return { ok: true, value: { outreach, check } };
  }

  /** A message written elsewhere, logged as sent once per source (modal view id). */
  async logSent(
    rep: RepKey,
    message: LoggedMessage,
    sourceKey: string,
  ): Promise<{ outreach: Outreach; check: PurposeCheckResult; created: boolean }> {
    const check = await this.check(rep, message.text, message.channel, {
      name: message.prospectName,
      company: message.company,
    });
    const calendar = await this.followUps?.calendar(rep, true);
    const sentAt = this.clock();
    let plan: Awaited<ReturnType<FollowUpService['planInTransaction']>> | null = null;
    const result = await withTransaction(this.pool, async (db) => {
      const inserted = await store.insertOutreach(db, {
        ...rep,
        sourceKey,
        status: 'sent',
        sentAt,
        prospectName: message.prospectName,
        prospectCompany: message.company,
        channel: message.channel,
        sentText: message.text,
        ...checkOutcome(check),
        findings: check.findings,
      });
      if (inserted.created) {
        await recordEvent(db, {
          ...rep,
          outreachId: inserted.outreach.id,
          kind: 'sent',
          idempotencyKey: `sent:${inserted.outreach.id}`,
          detail: { score: check.score, logged: true },
        });
        if (calendar && this.followUps)
          plan = await this.followUps.planInTransaction(db, rep, inserted.outreach.id, sentAt, 1, calendar);
      }
      return inserted;
    });
    if (plan) await this.followUps!.applyToQueue(plan);
    return { ...result, check: result.created ? check : this.storedCheck(result.outreach, check) };
  }

  async discard(rep: RepKey, id: string): Promise<ActionResult<Outreach>> {
    const owned = await this.owned(rep, id);
    if (!owned.ok) return owned;
    const outreach = await withTransaction(this.pool, async (db) => {
      const discarded = await store.discardDraft(db, { ...rep, id });
      if (discarded)
        await recordEvent(db, { ...rep, outreachId: id, kind: 'discarded', idempotencyKey: `discarded:${id}` });
      return discarded;
    });
    if (!outreach) return { ok: false, reason: 'already_done', outreach: owned.value };
    return { ok: true, value: outreach };
  }

  async rememberDirectMessage(teamId: string, id: string, dm: { channel: string; ts: string }): Promise<void> {
    await store.setDirectMessage(this.pool, { teamId, id }, dm);
  }

  async listOpen(rep: RepKey, limit: number): Promise<{ items: store.OpenOutreach[]; total: number }> {
    return store.listOpenOutreach(this.pool, rep.teamId, rep.repId, limit);
  }

  /**
   * The draft composed from the answers and checked, as the columns it is kept in: the same on
   * creating and on editing. `excludeId`: the outreach being edited, so it is not compared with itself.
   */
  private async composeAndCheck(
    rep: RepKey,
    input: DraftInput,
    excludeId?: string,
  ): Promise<{ fields: DraftFields; check: PurposeCheckResult }> {
    const draftText = composedText(input);
    const prospect = { name: input.prospectName, company: input.company, role: input.role };
    const check = await this.check(rep, draftText, input.channel, prospect, excludeId);
    const fields: DraftFields = {
      prospectName: input.prospectName,
      prospectCompany: input.company,
      prospectRole: input.role,
      prospectUrl: input.profileUrl,
      channel: input.channel,
      whoIAm: input.whoIAm,
      howKnown: input.howKnown,
      whyYou: input.whyYou,
      whatsInIt: input.whatsInIt,
      theAsk: input.ask,
      draftText,
      ...checkOutcome(check),
      findings: check.findings,
    };
    return { fields, check };
  }

  /** On a repeat, show what was stored then, not a fresh check that may have seen the row itself. */
  private storedCheck(o: Outreach, fresh: PurposeCheckResult): PurposeCheckResult {
    return {
      ...fresh,
      score: o.purposeScore ?? fresh.score,
      verdict: o.verdict ?? fresh.verdict,
      findings: o.findings,
    };
  }
}

/**
 * The draft in the language of the rep's answers; for a language the composer does not write, the
 * note asking the rep to write it themselves takes the draft's place (it is never a mixed-language draft).
 */
function composedText(input: DraftInput): string {
  const draft = draftMessage(input);
  return draft.kind === 'draft' ? draft.text : draft.message;
}
