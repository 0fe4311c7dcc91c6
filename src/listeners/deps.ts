import type { SpellCheck } from '../domain/spelling';
import type { Logger } from '../logger';
import type { FailureLog } from '../outages';
import type { DigestService } from '../services/digest';
import type { ErasureService } from '../services/erasure';
import type { ExportService } from '../services/export';
import type { FollowUpService } from '../services/followups';
import type { OutreachService } from '../services/outreach';
import type { SettingsService } from '../services/settings';

/** What the Slack edge may call: services, a logger and the clock. No pool, no SQL. */
export interface ListenerDeps {
  outreach: OutreachService;
  followUps: FollowUpService;
  settings: SettingsService;
  digests: DigestService;
  erasure: ErasureService;
  exports: ExportService;
  logger: Logger;
  /**
   * Where a request's failure goes (the rep is told to try again by the caller): one by one for a
   * bug, summed up once a minute for a dependency that is down (outages.ts, RequestFailures). The bot
   * provides it.
   */
  failures: FailureLog;
  now: () => Date;
  /** For reading dates a rep types ("away until monday") before their own zone is known. */
  defaultTimezone: string;
  /** The English dictionary for the draft modal's spell check; without it the check is skipped. */
  spellCheck?: SpellCheck | null;
}
