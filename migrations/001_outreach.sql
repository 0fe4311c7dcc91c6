-- Outreach: one row per prospect contacted by a rep, and its append-only history.
-- Every row carries the Slack team id; every query filters on it.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE outreach (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  team_id          text NOT NULL,
  rep_id           text NOT NULL,
  prospect_name    text NOT NULL CHECK (length(prospect_name) BETWEEN 1 AND 200),
  prospect_company text CHECK (length(prospect_company) <= 200),
  prospect_role    text CHECK (length(prospect_role) <= 200),
  prospect_url     text CHECK (length(prospect_url) <= 500),
  channel          text NOT NULL CHECK (channel IN ('linkedin_connection_note', 'linkedin_message', 'linkedin_inmail', 'email')),
  -- The four parts the rep wrote in the draft modal (empty for outreach logged from elsewhere).
  who_i_am         text,
  how_known        text,
  why_you          text,
  whats_in_it      text,
  the_ask          text,
  draft_text       text,
  sent_text        text,
  purpose_score    smallint CHECK (purpose_score BETWEEN 0 AND 100),
  verdict          text CHECK (verdict IN ('purposeful', 'needs_work', 'boilerplate')),
  findings         jsonb NOT NULL DEFAULT '[]',
  status           text NOT NULL DEFAULT 'drafted' CHECK (status IN ('drafted', 'sent', 'replied', 'closed', 'discarded')),
  outcome          text CHECK (outcome IN ('positive', 'neutral', 'not_interested', 'no_reply')),
  -- Where the rep sees this outreach: the DM with the draft, updated in place as it moves on.
  dm_channel       text,
  dm_ts            text,
  -- What created this row (a modal submission id, a shortcut's message ts): a retried delivery finds it.
  source_key       text NOT NULL,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  sent_at          timestamptz,
  replied_at       timestamptz,
  closed_at        timestamptz,
  UNIQUE (team_id, source_key),
  CHECK (status = 'drafted' OR status = 'discarded' OR sent_at IS NOT NULL),
  CHECK (status <> 'replied' OR replied_at IS NOT NULL)
);

CREATE INDEX outreach_rep_open ON outreach (team_id, rep_id, status, created_at DESC);
CREATE INDEX outreach_team_sent ON outreach (team_id, sent_at) WHERE sent_at IS NOT NULL;
-- Sameness check: trigram similarity of what a rep sent against the team's recent messages.
CREATE INDEX outreach_sent_text_trgm ON outreach USING gin (sent_text gin_trgm_ops) WHERE sent_text IS NOT NULL;

CREATE TABLE outreach_events (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  team_id          text NOT NULL,
  outreach_id      bigint NOT NULL REFERENCES outreach (id) ON DELETE CASCADE,
  rep_id           text NOT NULL,
  kind             text NOT NULL CHECK (kind IN ('drafted', 'edited', 'sent', 'reminded', 'followed_up', 'snoozed', 'replied', 'closed', 'discarded')),
  -- Slack retries deliveries and people double-click: the same key never records twice.
  idempotency_key  text NOT NULL,
  detail           jsonb NOT NULL DEFAULT '{}',
  created_at       timestamptz NOT NULL DEFAULT now(),
  UNIQUE (team_id, idempotency_key)
);

CREATE INDEX outreach_events_outreach ON outreach_events (team_id, outreach_id, created_at);

-- What a rep told us once and should not have to type again, and what Slack told us about them.
CREATE TABLE rep_profiles (
  team_id          text NOT NULL,
  rep_id           text NOT NULL,
  who_i_am         text,
  timezone         text,
  timezone_checked_at timestamptz,
  away_until       date,
  updated_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (team_id, rep_id)
);
