-- Area selection (M3): recorded, versioned pilot-area decisions.
-- Every edit adds a new version row; versions are never overwritten.

CREATE TABLE selection_decisions (
    id {id},
    city_id BIGINT NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
    decision_key TEXT NOT NULL,
    version BIGINT NOT NULL,
    title TEXT NOT NULL,
    candidates TEXT NOT NULL,
    criteria TEXT NOT NULL,
    chosen TEXT NOT NULL,
    rationale TEXT NOT NULL,
    decision_body TEXT NOT NULL,
    decided_on TEXT NOT NULL,
    council_link TEXT NOT NULL DEFAULT '',
    published BIGINT NOT NULL DEFAULT 0,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (city_id, decision_key, version)
);
CREATE INDEX selection_decisions_city ON selection_decisions (city_id, decision_key);
