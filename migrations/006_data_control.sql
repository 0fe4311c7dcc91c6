-- Data a team controls: how long texts are kept, who may export, erasures, uninstalls.

-- Texts (the four parts, drafts, what was sent) and the prospect's profile URL are kept this many days,
-- counted from when the outreach was drafted or logged; after that they are blanked, the numbers stay.
ALTER TABLE team_settings ADD COLUMN retention_days smallint NOT NULL DEFAULT 365 CHECK (retention_days BETWEEN 30 AND 3650);
-- Managers: people an admin named in /outreach settings; they may export the whole team's outreach.
-- A list of Slack user ids picked in the settings modal (no user-group lookup, so no extra scope).
ALTER TABLE team_settings ADD COLUMN manager_ids text[] NOT NULL DEFAULT '{}';

-- When the retention job blanked this row's texts; when an erase anonymised it.
ALTER TABLE outreach ADD COLUMN texts_blanked_at timestamptz;
ALTER TABLE outreach ADD COLUMN erased_at timestamptz;
-- The retention job walks the rows not yet blanked, oldest first.
CREATE INDEX outreach_retention ON outreach (created_at) WHERE texts_blanked_at IS NULL;
-- forget <prospect> finds a prospect by name or profile URL within a team.
CREATE INDEX outreach_prospect_name ON outreach (team_id, lower(prospect_name));
CREATE INDEX outreach_prospect_url ON outreach (team_id, prospect_url) WHERE prospect_url IS NOT NULL;

-- One row per retention pass: when, why it ran, and how many outreach rows it blanked.
CREATE TABLE retention_runs (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  trigger         text NOT NULL CHECK (trigger IN ('schedule', 'startup', 'manual')),
  started_at      timestamptz NOT NULL,
  finished_at     timestamptz,
  outreach_blanked integer NOT NULL DEFAULT 0,
  batches         integer NOT NULL DEFAULT 0
);

-- The audit of every erase: who asked, when, what scope, how many rows. No prospect name, URL or text.
CREATE TABLE erasures (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  team_id         text NOT NULL,
  -- The Slack user who asked; null for a purge after uninstall.
  requested_by    text,
  -- rep: one rep's outreach to a prospect; workspace: every rep's (an admin); team: the whole workspace after uninstall.
  scope           text NOT NULL CHECK (scope IN ('rep', 'workspace', 'team')),
  outreach_rows   integer NOT NULL,
  followup_rows   integer NOT NULL,
  event_rows      integer NOT NULL,
  other_rows      integer NOT NULL DEFAULT 0,
  jobs_removed    integer NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX erasures_team ON erasures (team_id, created_at);

-- A workspace that removed the app (app_uninstalled, or its bot token revoked): purged at purge_after
-- unless it comes back first (reinstalled_at).
CREATE TABLE team_uninstalls (
  team_id         text PRIMARY KEY,
  reason          text NOT NULL CHECK (reason IN ('app_uninstalled', 'tokens_revoked')),
  uninstalled_at  timestamptz NOT NULL,
  purge_after     timestamptz NOT NULL,
  reinstalled_at  timestamptz,
  purged_at       timestamptz
);
