-- The lower-level societies a revision puts forward for the selection (seed K1: they count among the 100).
CREATE TABLE plan_nominee (
    revision_id  BIGINT       NOT NULL REFERENCES plan_revision (id),
    position     INTEGER      NOT NULL,
    name         VARCHAR(100) NOT NULL,
    region       VARCHAR(40)  NOT NULL,
    PRIMARY KEY (revision_id, position)
);
