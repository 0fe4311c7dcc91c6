import type { Refusal } from '../domain/refusal';
import type { Outreach } from '../store/outreach';

/** Shared by the services (and their callers), so that no service imports another for its types. */

/** Who acts: a rep in a workspace. Every query is scoped by both. */
export interface RepKey {
  teamId: string;
  repId: string;
}

export type ActionResult<T> = { ok: true; value: T } | { ok: false; reason: Refusal; outreach?: Outreach };
