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
    description_easy TEXT NOT NULL DEFAULT '',
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
CREATE INDEX actors_city_published ON actors (city_id, published, name);

-- Actor representatives: which accounts may edit which actor.
CREATE TABLE actor_members (
    actor_id BIGINT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    PRIMARY KEY (actor_id, user_id)
);
CREATE INDEX actor_members_user ON actor_members (user_id);

-- Offers (Angebote) of actors. cost: free, low or paid.
CREATE TABLE offers (
    id {id},
    actor_id BIGINT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    city_id BIGINT NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
    quarter_id BIGINT NOT NULL REFERENCES quarters(id) ON DELETE CASCADE,
    category TEXT NOT NULL,
    title TEXT NOT NULL,
    title_en TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    description_easy TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT '[]',
    target_groups TEXT NOT NULL DEFAULT '[]',
    schedule TEXT NOT NULL DEFAULT '',
    cost TEXT NOT NULL DEFAULT 'free',
    place TEXT NOT NULL DEFAULT '',
    lon {float},
    lat {float},
    published BIGINT NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX offers_actor ON offers (actor_id);
CREATE INDEX offers_directory ON offers (city_id, published, title);
CREATE INDEX offers_category ON offers (city_id, category, title);

-- Needs (Bedarfe) of actors; same shape as offers.
CREATE TABLE needs (
    id {id},
    actor_id BIGINT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    city_id BIGINT NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
    quarter_id BIGINT NOT NULL REFERENCES quarters(id) ON DELETE CASCADE,
    category TEXT NOT NULL,
    title TEXT NOT NULL,
    title_en TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    description_easy TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT '[]',
    target_groups TEXT NOT NULL DEFAULT '[]',
    schedule TEXT NOT NULL DEFAULT '',
    cost TEXT NOT NULL DEFAULT 'free',
    place TEXT NOT NULL DEFAULT '',
    lon {float},
    lat {float},
    published BIGINT NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX needs_actor ON needs (actor_id);
CREATE INDEX needs_quarter ON needs (quarter_id, title);

-- Cooperation links between two actors (undirected; actor_a < actor_b).
-- until_year NULL: the link is active.
CREATE TABLE actor_links (
    id {id},
    quarter_id BIGINT NOT NULL REFERENCES quarters(id) ON DELETE CASCADE,
    actor_a BIGINT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    actor_b BIGINT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    measure TEXT NOT NULL DEFAULT '',
    since_year BIGINT NOT NULL,
    until_year BIGINT,
    created_at BIGINT NOT NULL
);
CREATE INDEX actor_links_quarter ON actor_links (quarter_id);

-- Events of the shared calendar.
CREATE TABLE events (
    id {id},
    city_id BIGINT NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
    quarter_id BIGINT NOT NULL REFERENCES quarters(id) ON DELETE CASCADE,
    actor_id BIGINT REFERENCES actors(id) ON DELETE SET NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    uid TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX events_city_start ON events (city_id, starts_at);
CREATE INDEX events_quarter_start ON events (quarter_id, starts_at);
