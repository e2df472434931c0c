-- Deadlines, reminders and mail delivery.

-- The organisation's leadership contact, who is told when a plan is overdue.
ALTER TABLE organization ADD COLUMN leader_email VARCHAR(200);

-- The notice's contact people, quoted in every mail of the campaign.
ALTER TABLE campaign ADD COLUMN contact_info VARCHAR(1000);

-- The outbox becomes a delivery record: one row per (process instance, purpose, recipient, occurrence).
ALTER TABLE notification ALTER COLUMN dedup_key SET DATA TYPE VARCHAR(400);
ALTER TABLE notification ADD COLUMN process_instance_id VARCHAR(64);
ALTER TABLE notification ADD COLUMN occurrence VARCHAR(64);
ALTER TABLE notification ADD COLUMN html_body VARCHAR(40000);
ALTER TABLE notification ADD COLUMN attempts INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE notification ADD COLUMN next_attempt_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE notification ADD COLUMN claimed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE notification ADD COLUMN last_error VARCHAR(2000);
UPDATE notification SET next_attempt_at = created_at WHERE next_attempt_at IS NULL;
CREATE INDEX ix_notification_due ON notification (status, next_attempt_at);
CREATE INDEX ix_notification_campaign ON notification (campaign_id, purpose);
