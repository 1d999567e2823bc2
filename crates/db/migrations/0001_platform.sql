-- Platform foundation: cities, areas, quarters, accounts, roles, sessions,
-- one-time tokens, audit log, email outbox, background jobs, indicators.
-- Instants are BIGINT Unix seconds; flags are BIGINT 0/1 (portable through sqlx Any).

CREATE TABLE cities (
    id {id},
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    fictional BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);

CREATE TABLE areas (
    id {id},
    city_id BIGINT NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
    area_key TEXT NOT NULL,
    name TEXT NOT NULL,
    district TEXT,
    geometry TEXT,
    UNIQUE (city_id, area_key)
);

CREATE TABLE indicators (
    id {id},
    city_id BIGINT NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
    ind_key TEXT NOT NULL,
    name_de TEXT NOT NULL,
    name_en TEXT NOT NULL,
    unit TEXT NOT NULL,
    polarity TEXT NOT NULL DEFAULT 'need',
    source TEXT NOT NULL,
    UNIQUE (city_id, ind_key)
);

CREATE TABLE indicator_values (
    indicator_id BIGINT NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
    area_id BIGINT NOT NULL REFERENCES areas(id) ON DELETE CASCADE,
    year BIGINT NOT NULL,
    value {float},
    PRIMARY KEY (indicator_id, area_id, year)
);

CREATE TABLE quarters (
    id {id},
    city_id BIGINT NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
    slug TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    UNIQUE (city_id, slug)
);

CREATE TABLE quarter_areas (
    quarter_id BIGINT NOT NULL REFERENCES quarters(id) ON DELETE CASCADE,
    area_id BIGINT NOT NULL REFERENCES areas(id) ON DELETE CASCADE,
    PRIMARY KEY (quarter_id, area_id)
);

CREATE TABLE users (
    id {id},
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    display_name TEXT NOT NULL,
    pseudonym TEXT,
    show_pseudonym BIGINT NOT NULL DEFAULT 0,
    lang TEXT NOT NULL DEFAULT 'de',
    digest TEXT NOT NULL DEFAULT 'weekly',
    email_verified_at BIGINT,
    created_at BIGINT NOT NULL
);

CREATE TABLE role_assignments (
    id {id},
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    city_id BIGINT NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
    quarter_id BIGINT NOT NULL DEFAULT 0,
    role TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (user_id, city_id, quarter_id, role)
);

CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE tokens (
    id {id},
    purpose TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    user_id BIGINT REFERENCES users(id) ON DELETE CASCADE,
    payload TEXT NOT NULL DEFAULT '',
    expires_at BIGINT NOT NULL,
    used_at BIGINT,
    created_at BIGINT NOT NULL
);

CREATE TABLE audit_log (
    id {id},
    at BIGINT NOT NULL,
    actor_user_id BIGINT,
    actor_label TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log (at);

CREATE TABLE outbox (
    id {id},
    to_addr TEXT NOT NULL,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending',
    attempts BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    claimed_until BIGINT NOT NULL DEFAULT 0,
    claimed_by TEXT NOT NULL DEFAULT '',
    last_error TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    sent_at BIGINT
);
CREATE INDEX outbox_pending ON outbox (status, next_attempt_at);

CREATE TABLE jobs (
    id {id},
    kind TEXT NOT NULL,
    payload TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'pending',
    attempts BIGINT NOT NULL DEFAULT 0,
    run_at BIGINT NOT NULL,
    claimed_until BIGINT NOT NULL DEFAULT 0,
    claimed_by TEXT NOT NULL DEFAULT '',
    last_error TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL
);
CREATE INDEX jobs_pending ON jobs (status, run_at);
