-- Participation (M6, first half): neighbourhood dialogues (Stadtteildialoge) with phases,
-- ideas, comments with one reply level, supports, follows, official answers (the duty to
-- answer), moderation and imports. Analog input (paper, event, street, pin map, phone) is
-- stored like online input, with the channel and who recorded it.
-- Counters of supports and visible comments are kept on the idea so that the idea list
-- sorts by an index; they are written in the same transaction as the rows they count.
-- Dates are ISO text (YYYY-MM-DD); instants are Unix seconds.

CREATE TABLE dialogues (
    id {id},
    city_id BIGINT NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
    quarter_id BIGINT REFERENCES quarters(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    title TEXT NOT NULL,
    question TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    can_decide TEXT NOT NULL DEFAULT '',
    cannot_decide TEXT NOT NULL DEFAULT '',
    categories TEXT NOT NULL DEFAULT '[]',
    answer_days BIGINT NOT NULL DEFAULT 28,
    responsible_user_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    responsible_text TEXT NOT NULL DEFAULT '',
    published BIGINT NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (city_id, key)
);
CREATE INDEX dialogues_quarter ON dialogues (quarter_id, created_at);

CREATE TABLE dialogue_phases (
    id {id},
    dialogue_id BIGINT NOT NULL REFERENCES dialogues(id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    kind TEXT NOT NULL,
    level TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    start_on TEXT NOT NULL,
    end_on TEXT NOT NULL,
    UNIQUE (dialogue_id, position)
);

CREATE TABLE dialogue_measures (
    dialogue_id BIGINT NOT NULL REFERENCES dialogues(id) ON DELETE CASCADE,
    measure_id BIGINT NOT NULL REFERENCES plan_measures(id) ON DELETE CASCADE,
    PRIMARY KEY (dialogue_id, measure_id)
);

CREATE TABLE dialogue_places (
    id {id},
    dialogue_id BIGINT NOT NULL REFERENCES dialogues(id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    name TEXT NOT NULL,
    lat {float} NOT NULL,
    lon {float} NOT NULL
);
CREATE INDEX dialogue_places_dialogue ON dialogue_places (dialogue_id, position);

CREATE TABLE dialogue_imports (
    id {id},
    dialogue_id BIGINT NOT NULL REFERENCES dialogues(id) ON DELETE CASCADE,
    user_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    file_name TEXT NOT NULL DEFAULT '',
    layout TEXT NOT NULL,
    default_channel TEXT NOT NULL,
    payload TEXT NOT NULL,
    problems TEXT NOT NULL DEFAULT '[]',
    idea_count BIGINT NOT NULL DEFAULT 0,
    comment_count BIGINT NOT NULL DEFAULT 0,
    skipped BIGINT NOT NULL DEFAULT 0,
    can_apply BIGINT NOT NULL DEFAULT 0,
    applied_at BIGINT,
    created_at BIGINT NOT NULL
);
CREATE INDEX dialogue_imports_dialogue ON dialogue_imports (dialogue_id, created_at);

CREATE TABLE ideas (
    id {id},
    dialogue_id BIGINT NOT NULL REFERENCES dialogues(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    category TEXT,
    lang TEXT NOT NULL,
    photo TEXT,
    lat {float},
    lon {float},
    author_user_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    author_name TEXT NOT NULL DEFAULT '',
    channel TEXT NOT NULL,
    recorded_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    event TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'new',
    supports BIGINT NOT NULL DEFAULT 0,
    comments BIGINT NOT NULL DEFAULT 0,
    answered_at BIGINT,
    hidden_reason TEXT,
    hidden_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    hidden_at BIGINT,
    measure_id BIGINT REFERENCES plan_measures(id) ON DELETE SET NULL,
    import_id BIGINT REFERENCES dialogue_imports(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX ideas_newest ON ideas (dialogue_id, created_at, id);
CREATE INDEX ideas_supported ON ideas (dialogue_id, supports, created_at, id);
CREATE INDEX ideas_discussed ON ideas (dialogue_id, comments, created_at, id);
CREATE INDEX ideas_status ON ideas (dialogue_id, status, created_at);
CREATE INDEX ideas_author ON ideas (author_user_id, created_at);
CREATE INDEX ideas_measure ON ideas (measure_id);

CREATE TABLE idea_comments (
    id {id},
    idea_id BIGINT NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
    parent_id BIGINT REFERENCES idea_comments(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    lang TEXT NOT NULL DEFAULT '',
    author_user_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    author_name TEXT NOT NULL DEFAULT '',
    channel TEXT NOT NULL,
    recorded_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    hidden_reason TEXT,
    hidden_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    hidden_at BIGINT,
    import_id BIGINT REFERENCES dialogue_imports(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX idea_comments_idea ON idea_comments (idea_id, created_at, id);
CREATE INDEX idea_comments_author ON idea_comments (author_user_id, created_at);

CREATE TABLE idea_supports (
    idea_id BIGINT NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (idea_id, user_id)
);

CREATE TABLE idea_follows (
    idea_id BIGINT NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (idea_id, user_id)
);
CREATE INDEX idea_follows_user ON idea_follows (user_id);

CREATE TABLE idea_answers (
    id {id},
    idea_id BIGINT NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    text TEXT NOT NULL,
    user_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    author_name TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL
);
CREATE INDEX idea_answers_idea ON idea_answers (idea_id, created_at, id);

CREATE TABLE moderation_reports (
    id {id},
    dialogue_id BIGINT NOT NULL REFERENCES dialogues(id) ON DELETE CASCADE,
    idea_id BIGINT NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
    comment_id BIGINT REFERENCES idea_comments(id) ON DELETE CASCADE,
    reason TEXT NOT NULL,
    user_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    resolved_at BIGINT,
    resolved_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    outcome TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL
);
CREATE INDEX moderation_reports_open ON moderation_reports (dialogue_id, resolved_at, created_at)
