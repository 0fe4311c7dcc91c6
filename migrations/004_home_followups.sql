-- The App Home lists a rep's follow-ups that still want something from them: planned ones and
-- reminders not acted on. The other follow-up indexes leave out reminded rows, so without this one
-- that list walks the whole team's follow-ups.
CREATE INDEX followups_rep_awaiting ON followups (team_id, rep_id, outreach_id, step DESC)
  WHERE status IN ('pending', 'sending', 'reminded') AND acted_at IS NULL;
