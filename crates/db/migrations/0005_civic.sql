-- Local civic structures (M4): actors of a quarter. The civic-structures work
-- extends this file with offers, needs, cooperation links and events.
-- List fields (languages, target groups, public fields) are JSON arrays as TEXT.

CREATE TABLE actors (
    id {id},
    city_id BIGINT NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
    quarter_id BIGINT NOT NULL REFERENCES quarters(id) ON DELETE CASCADE,
    actor_key TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    lon {float},
    lat {float},
    languages TEXT NOT NULL DEFAULT '[]',
    target_groups TEXT NOT NULL DEFAULT '[]',
    opening_hours TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    barrier_free BIGINT NOT NULL DEFAULT 0,
    accessibility TEXT NOT NULL DEFAULT '',
    public_fields TEXT NOT NULL DEFAULT '[]',
    published BIGINT NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (city_id, actor_key)
);
CREATE INDEX actors_quarter ON actors (quarter_id, name);
