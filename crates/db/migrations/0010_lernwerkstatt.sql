-- Lernwerkstatt (M7): workshop series and sessions across quarters and cities with
-- participants of several teams, case presentations in a fixed template, minutes,
-- decisions and follow-up tasks; the instrument library (Steckbriefe) with
-- versioned profiles, uses by quarters and comments/ratings by staff.
-- A team is the neighbourhood-management team of a quarter (quarter_id); a guest
-- team without a quarter on this installation is named in team_name only.
-- Dates are ISO text (YYYY-MM-DD); instants are Unix seconds.

CREATE TABLE workshop_series (
    id {id},
    city_id BIGINT NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    hosts TEXT NOT NULL DEFAULT '[]',
    created_at BIGINT NOT NULL
);

CREATE TABLE workshop_sessions (
    id {id},
    series_id BIGINT REFERENCES workshop_series(id) ON DELETE SET NULL,
    city_id BIGINT NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    held_on TEXT NOT NULL,
    host_quarter_id BIGINT REFERENCES quarters(id) ON DELETE SET NULL,
    host_name TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    online_link TEXT NOT NULL DEFAULT '',
    agenda TEXT NOT NULL DEFAULT '[]',
    minutes TEXT NOT NULL DEFAULT '',
    minutes_published BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX workshop_sessions_series ON workshop_sessions (series_id, held_on);

CREATE TABLE workshop_participants (
    id {id},
    session_id BIGINT NOT NULL REFERENCES workshop_sessions(id) ON DELETE CASCADE,
    quarter_id BIGINT REFERENCES quarters(id) ON DELETE SET NULL,
    team_name TEXT NOT NULL,
    user_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    person TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (session_id, team_name, person)
);
CREATE INDEX workshop_participants_quarter ON workshop_participants (quarter_id);

CREATE TABLE workshop_cases (
    id {id},
    session_id BIGINT NOT NULL REFERENCES workshop_sessions(id) ON DELETE CASCADE,
    quarter_id BIGINT REFERENCES quarters(id) ON DELETE SET NULL,
    title TEXT NOT NULL,
    presenter TEXT NOT NULL,
    problem TEXT NOT NULL,
    approach TEXT NOT NULL,
    resources TEXT NOT NULL,
    result TEXT NOT NULL,
    lessons TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX workshop_cases_session ON workshop_cases (session_id);

CREATE TABLE workshop_decisions (
    id {id},
    session_id BIGINT NOT NULL REFERENCES workshop_sessions(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE workshop_tasks (
    id {id},
    session_id BIGINT NOT NULL REFERENCES workshop_sessions(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    owner TEXT NOT NULL,
    owner_user_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    due_on TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX workshop_tasks_session ON workshop_tasks (session_id, due_on);

CREATE TABLE instruments (
    id {id},
    slug TEXT NOT NULL UNIQUE,
    origin_quarter_id BIGINT REFERENCES quarters(id) ON DELETE SET NULL,
    version BIGINT NOT NULL,
    profile TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE instrument_versions (
    id {id},
    instrument_id BIGINT NOT NULL REFERENCES instruments(id) ON DELETE CASCADE,
    version BIGINT NOT NULL,
    changed_at BIGINT NOT NULL,
    changed_by TEXT NOT NULL,
    diff TEXT NOT NULL DEFAULT '[]',
    snapshot TEXT NOT NULL,
    UNIQUE (instrument_id, version)
);

CREATE TABLE instrument_uses (
    id {id},
    instrument_id BIGINT NOT NULL REFERENCES instruments(id) ON DELETE CASCADE,
    quarter_id BIGINT NOT NULL REFERENCES quarters(id) ON DELETE CASCADE,
    started_on TEXT NOT NULL,
    result TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    UNIQUE (instrument_id, quarter_id, started_on)
);

CREATE TABLE instrument_comments (
    id {id},
    instrument_id BIGINT NOT NULL REFERENCES instruments(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    quarter_id BIGINT REFERENCES quarters(id) ON DELETE SET NULL,
    author TEXT NOT NULL,
    body TEXT NOT NULL,
    rating BIGINT,
    created_at BIGINT NOT NULL
);
CREATE INDEX instrument_comments_instrument ON instrument_comments (instrument_id, created_at);
