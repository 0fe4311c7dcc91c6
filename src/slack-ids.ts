/**
 * Every id Slack sends back to the app, in one place: the slash command, the message shortcut's
 * callback id (also in manifest.yml), modal callback ids, and button action ids. Views put them on the
 * blocks; `listeners/<kind>/index.ts` routes each to its handler. One spelling: `follow_up`.
 */

export const COMMAND = '/outreach';

export const SHORTCUT_IDS = {
  checkAndLog: 'check_and_log_outreach',
} as const;

/** Modal callback ids (`app.view`). */
export const VIEW_IDS = {
  draft: 'draft_outreach',
  markSent: 'mark_sent',
  log: 'log_outreach',
  followUpDraft: 'follow_up_draft',
  followUpSent: 'follow_up_sent',
  settings: 'team_settings',
  forget: 'forget_prospect',
} as const;

/** Button action ids (`app.action`). The outcome buttons append `_<outcome>`. */
export const ACTION_IDS = {
  markSent: 'outreach_mark_sent',
  edit: 'outreach_edit',
  discard: 'outreach_discard',
  followUpReplied: 'follow_up_replied',
  followUpOutcome: 'follow_up_outcome',
  followUpDraft: 'follow_up_draft',
  followUpSnooze: 'follow_up_snooze',
  followUpClose: 'follow_up_close',
  followUpMarkSent: 'follow_up_mark_sent',
  homeDraft: 'home_draft',
} as const;

/**
 * Earlier spellings, still routed: reminders and drafts posted before the rename keep their buttons in
 * reps' DMs for weeks. (An open modal lives minutes, so modal ids need no such care.)
 */
export const FORMER_ACTION_IDS: Partial<Record<keyof typeof ACTION_IDS, string>> = {
  followUpReplied: 'followup_replied',
  followUpOutcome: 'followup_outcome',
  followUpDraft: 'followup_draft',
  followUpSnooze: 'followup_snooze',
  followUpClose: 'followup_close',
  followUpMarkSent: 'followup_mark_sent',
};

/** What `app.action` matches for an action: its id, or a former spelling; `prefix` for `<id>_<suffix>` ids. */
export function actionRoute(name: keyof typeof ACTION_IDS, options: { prefix?: boolean } = {}): string | RegExp {
  const former = FORMER_ACTION_IDS[name];
  if (!former && !options.prefix) return ACTION_IDS[name];
  const ids = [ACTION_IDS[name], ...(former ? [former] : [])].join('|');
  return new RegExp(options.prefix ? `^(?:${ids})_` : `^(?:${ids})$`);
}
