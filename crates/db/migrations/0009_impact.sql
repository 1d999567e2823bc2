-- Impact (Wirkung): survey instruments and items per city, surveys with waves
-- per pilot quarter and comparison area, sampling, invitation codes and answers.
--
-- Answers are stored apart from identities: impact_responses and impact_answers
-- have no column that refers to an account, no table refers to both a response
-- and an account, invitation codes are stored only as hashes with a used flag
-- (no time, no link to a response), and a response keeps only the day it came in.

CREATE TABLE impact_instruments (
    id {id},
    city_id BIGINT NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
    instrument_key TEXT NOT NULL,
    version BIGINT NOT NULL,
    title TEXT NOT NULL,
    shipped BIGINT NOT NULL DEFAULT 0,
    definition TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (city_id, instrument_key, version)
);

CREATE TABLE impact_items (
    id {id},
    instrument_id BIGINT NOT NULL REFERENCES impact_instruments(id) ON DELETE CASCADE,
    item_key TEXT NOT NULL,
    position BIGINT NOT NULL,
    wording_version BIGINT NOT NULL,
    answer_scale TEXT NOT NULL,
    reverse BIGINT NOT NULL DEFAULT 0,
    wording TEXT NOT NULL,
    UNIQUE (instrument_id, item_key)
);

CREATE TABLE impact_surveys (
    id {id},
    city_id BIGINT NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
    instrument_id BIGINT NOT NULL REFERENCES impact_instruments(id),
    title TEXT NOT NULL,
    min_n BIGINT NOT NULL DEFAULT 30,
    created_at BIGINT NOT NULL
);
CREATE INDEX impact_surveys_city ON impact_surveys (city_id);

CREATE TABLE impact_units (
    id {id},
    survey_id BIGINT NOT NULL REFERENCES impact_surveys(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    quarter_id BIGINT REFERENCES quarters(id) ON DELETE SET NULL,
    area_id BIGINT REFERENCES areas(id) ON DELETE SET NULL,
    name TEXT NOT NULL,
    UNIQUE (survey_id, name)
);

CREATE TABLE impact_waves (
    id {id},
    survey_id BIGINT NOT NULL REFERENCES impact_surveys(id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    name TEXT NOT NULL,
    opens_on TEXT NOT NULL,
    closes_on TEXT NOT NULL,
    UNIQUE (survey_id, position)
);

CREATE TABLE impact_samples (
    id {id},
    wave_id BIGINT NOT NULL REFERENCES impact_waves(id) ON DELETE CASCADE,
    unit_id BIGINT NOT NULL REFERENCES impact_units(id) ON DELETE CASCADE,
    method TEXT NOT NULL,
    frame TEXT NOT NULL DEFAULT '',
    invited BIGINT NOT NULL DEFAULT 0,
    link_token TEXT UNIQUE,
    created_at BIGINT NOT NULL,
    UNIQUE (wave_id, unit_id, method)
);

CREATE TABLE impact_codes (
    id {id},
    sample_id BIGINT NOT NULL REFERENCES impact_samples(id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL UNIQUE,
    used BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX impact_codes_sample ON impact_codes (sample_id);

CREATE TABLE impact_responses (
    id {id},
    wave_id BIGINT NOT NULL REFERENCES impact_waves(id) ON DELETE CASCADE,
    unit_id BIGINT NOT NULL REFERENCES impact_units(id) ON DELETE CASCADE,
    channel TEXT NOT NULL,
    lang TEXT NOT NULL,
    received_on TEXT NOT NULL
);
CREATE INDEX impact_responses_wave ON impact_responses (wave_id, unit_id);

CREATE TABLE impact_answers (
    response_id BIGINT NOT NULL REFERENCES impact_responses(id) ON DELETE CASCADE,
    item_id BIGINT NOT NULL REFERENCES impact_items(id) ON DELETE CASCADE,
    value BIGINT,
    dont_know BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (response_id, item_id)
);

CREATE TABLE impact_logic_steps (
    id {id},
    quarter_id BIGINT NOT NULL REFERENCES quarters(id) ON DELETE CASCADE,
    measure_id BIGINT NOT NULL DEFAULT 0,
    step BIGINT NOT NULL,
    statement TEXT NOT NULL DEFAULT '',
    indicators TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL DEFAULT '',
    updated_at BIGINT NOT NULL,
    UNIQUE (quarter_id, measure_id, step)
);
