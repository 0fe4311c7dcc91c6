-- The language the purpose check read each message in (ISO 639-1), or the one it could not read:
-- a message with a language here and no verdict was not checked, and the digest and stats say how
-- many there were, by language. Null for outreach stored before this migration.
ALTER TABLE outreach ADD COLUMN lang text CHECK (lang ~ '^[a-z]{2,3}$');

-- The digest and stats count this week's sent outreach that has no verdict: few rows, a small index.
CREATE INDEX outreach_not_checked ON outreach (team_id, sent_at) INCLUDE (rep_id, lang)
  WHERE sent_at IS NOT NULL AND verdict IS NULL;
