-- The standing volunteer work (seed T1): teams at every level, each under the level above. CAST's
-- China S&T Volunteer Corps is the root; each organisation's corps (总队) stands under it, and teams
-- under their corps or under another team, as deep as needed. Teams join by the teamRegistration
-- process or, selected in a campaign, when the campaign concludes.
ALTER TABLE volunteer_team ADD COLUMN team_rank VARCHAR(20) DEFAULT 'TEAM' NOT NULL;
ALTER TABLE volunteer_team ADD COLUMN parent_id BIGINT;
ALTER TABLE volunteer_team ADD COLUMN status VARCHAR(20) DEFAULT 'ACTIVE' NOT NULL;
ALTER TABLE volunteer_team ADD COLUMN service_field VARCHAR(40);
ALTER TABLE volunteer_team ADD COLUMN leader_name VARCHAR(50);
ALTER TABLE volunteer_team ADD COLUMN leader_mobile VARCHAR(20);
ALTER TABLE volunteer_team ADD COLUMN applied_by VARCHAR(64);
ALTER TABLE volunteer_team ADD COLUMN decided_by VARCHAR(64);
ALTER TABLE volunteer_team ADD COLUMN decided_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE volunteer_team ADD COLUMN decision_comment VARCHAR(500);
ALTER TABLE volunteer_team ALTER COLUMN origin_campaign DROP NOT NULL;
ALTER TABLE volunteer_team ALTER COLUMN origin_candidate DROP NOT NULL;
ALTER TABLE volunteer_team ALTER COLUMN host_code DROP NOT NULL;
ALTER TABLE volunteer_team ADD CONSTRAINT fk_team_parent FOREIGN KEY (parent_id) REFERENCES volunteer_team (id);
CREATE INDEX ix_team_parent ON volunteer_team (parent_id);
CREATE INDEX ix_team_host ON volunteer_team (host_code, team_rank);

-- The people of a team: visible to the team's own organisation and the levels above only.
CREATE TABLE team_member (
    team_id           BIGINT        NOT NULL REFERENCES volunteer_team (id),
    position          INTEGER       NOT NULL,
    name              VARCHAR(50)   NOT NULL,
    mobile            VARCHAR(20)   NOT NULL,
    expertise         VARCHAR(100),
    association_post  VARCHAR(100),
    PRIMARY KEY (team_id, position)
);

INSERT INTO volunteer_team (name, team_rank, status, joined_at)
VALUES ('中国科技志愿者总队', 'NATIONAL_CORPS', 'ACTIVE', CURRENT_TIMESTAMP);

-- Teams a campaign handed on before this version: under their organisation's corps, made for them.
INSERT INTO volunteer_team (name, host_code, team_rank, status, parent_id, joined_at)
SELECT o.name || '科技志愿服务总队', o.code, 'ORGANIZATION_CORPS', 'ACTIVE',
       (SELECT id FROM volunteer_team WHERE team_rank = 'NATIONAL_CORPS'), CURRENT_TIMESTAMP
  FROM organization o
 WHERE o.code IN (SELECT host_code FROM volunteer_team WHERE team_rank = 'TEAM');
UPDATE volunteer_team SET parent_id = (SELECT c.id FROM volunteer_team c
                                        WHERE c.team_rank = 'ORGANIZATION_CORPS' AND c.host_code = volunteer_team.host_code)
 WHERE team_rank = 'TEAM' AND parent_id IS NULL;
