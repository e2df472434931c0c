-- The number of sub-venues, set by the organiser when starting the campaign (earlier campaigns: 10).
ALTER TABLE campaign ADD COLUMN venue_quota INTEGER DEFAULT 10 NOT NULL;
