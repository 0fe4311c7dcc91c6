-- A digest post that may be out: when a run asked Slack to post the week's digest and has not heard
-- back yet. A run that finds it set (a retry after a timeout or a dropped connection, a run that took
-- over a dead one's claim) cannot tell whether the digest arrived (reading the channel would need
-- channels:history, which the app does not ask for), so it records the week as 'unconfirmed' instead
-- of posting it a second time. A post Slack refused (a 429, a 5xx, an error answer) clears it again.
ALTER TABLE digest_posts ADD COLUMN attempted_at timestamptz;
ALTER TABLE digest_posts DROP CONSTRAINT digest_posts_status_check;
ALTER TABLE digest_posts ADD CONSTRAINT digest_posts_status_check CHECK (status IN ('posting', 'posted', 'unconfirmed'));
