-- Follow-up tracking: per-team calendar settings and every due follow-up.
-- Postgres is the source of truth; each open follow-up has one delayed BullMQ job derived from it.

CREATE TABLE team_settings (
  team_id         text PRIMARY KEY,
  timezone        text,
  weekend_days    smallint[] NOT NULL DEFAULT '{6,7}',
  holidays        text[] NOT NULL DEFAULT '{}',
  reminder_time   text NOT NULL DEFAULT '09:30' CHECK (reminder_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  cadence_days    smallint[] NOT NULL DEFAULT '{3,7}',
  show_rep_names  boolean NOT NULL DEFAULT true,
  updated_by      text,
  updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE followups (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  team_id         text NOT NULL,
  outreach_id     bigint NOT NULL REFERENCES outreach (id) ON DELETE CASCADE,
  rep_id          text NOT NULL,
  -- Which follow-up this is: 1 for the first after the send.
  step            smallint NOT NULL CHECK (step >= 1),
  due_at          timestamptz NOT NULL,
  -- pending: waiting for due_at; sending: claimed by a worker (claim_token = its job id);
  -- reminded: the rep got the DM; done: the rep acted on it; cancelled: a reply, a close or a new plan.
  status          text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'reminded', 'done', 'cancelled')),
  claim_token     text,
  claimed_at      timestamptz,
  reminded_at     timestamptz,
  reminder_channel text,
  reminder_ts     text,
  acted_at        timestamptz,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  CHECK (status <> 'sending' OR claim_token IS NOT NULL)
);

-- One open follow-up per outreach at a time: planning twice cannot double the reminders.
CREATE UNIQUE INDEX followups_one_open ON followups (team_id, outreach_id) WHERE status IN ('pending', 'sending');
CREATE INDEX followups_open_due ON followups (due_at) WHERE status IN ('pending', 'sending');
CREATE INDEX followups_rep_open ON followups (team_id, rep_id, due_at) WHERE status IN ('pending', 'sending');
CREATE INDEX followups_outreach ON followups (team_id, outreach_id);

-- Outreach awaiting a reply, by rep: what reminders and "replied <prospect>" look up.
CREATE INDEX outreach_rep_awaiting ON outreach (team_id, rep_id, lower(prospect_name)) WHERE status = 'sent';

-- The latest follow-up draft, so "Mark as sent" on it can prefill the text.
ALTER TABLE outreach ADD COLUMN followup_draft text;
