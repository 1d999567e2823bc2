-- Index configurations (M3): named, versioned definitions of a need index, either
-- the Berlin MSS preset or a custom composite. Every save adds a version row with
-- its computed results; versions and their results are never overwritten.

CREATE TABLE index_configs (
    id {id},
    city_id BIGINT NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
    config_key TEXT NOT NULL,
    version BIGINT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    spec TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (city_id, config_key, version)
);
CREATE INDEX index_configs_city ON index_configs (city_id, config_key);

-- One row per area and configuration version. score: composite score or MSS status
-- index; dynamic_score: MSS dynamics index; class_code: `top`/`rest` (composite) or
-- the MSS group code such as `3-`; rank interval from the Monte-Carlo analysis.
CREATE TABLE index_results (
    id {id},
    config_id BIGINT NOT NULL REFERENCES index_configs(id) ON DELETE CASCADE,
    area_key TEXT NOT NULL,
    score {float},
    dynamic_score {float},
    class_code TEXT,
    area_rank BIGINT,
    rank_q05 {float},
    rank_q95 {float},
    p_top {float},
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (config_id, area_key)
);
