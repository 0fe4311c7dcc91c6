-- The weekly digest: which channels get it and when, and which weeks have been posted where.

CREATE TABLE digest_subscriptions (
  team_id         text NOT NULL,
  channel_id      text NOT NULL,
  -- 1 = Monday … 7 = Sunday, local time in `timezone`.
  weekday         smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  post_time       text NOT NULL CHECK (post_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  timezone        text NOT NULL,
  created_by      text NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (team_id, channel_id)
);

-- One row per channel and week: a retried or duplicated job finds it and does not post again.
-- posting: claimed by the job `claim_token` (a retry of that job may take it over); posted: done.
CREATE TABLE digest_posts (
  team_id         text NOT NULL,
  channel_id      text NOT NULL,
  week_start      date NOT NULL,
  status          text NOT NULL CHECK (status IN ('posting', 'posted')),
  claim_token     text NOT NULL,
  message_ts      text,
  created_at      timestamptz NOT NULL DEFAULT now(),
  posted_at       timestamptz,
  PRIMARY KEY (team_id, channel_id, week_start)
);

-- The digest and personal stats read a few weeks of sent outreach, never the whole history: these
-- cover those reads (index-only for everything but the findings of the week).
DROP INDEX outreach_team_sent;
CREATE INDEX outreach_team_sent ON outreach (team_id, sent_at) INCLUDE (rep_id, verdict, purpose_score, replied_at) WHERE sent_at IS NOT NULL;
CREATE INDEX outreach_rep_sent ON outreach (team_id, rep_id, sent_at) INCLUDE (verdict, purpose_score, replied_at) WHERE sent_at IS NOT NULL;
CREATE INDEX followups_team_due ON followups (team_id, due_at) INCLUDE (rep_id, acted_at, status);
