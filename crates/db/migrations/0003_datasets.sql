-- Datasets (M3): every upload of boundaries, indicator tables or programme areas is kept
-- as a numbered version per city with its files; applying a version writes its content
-- into areas / indicators / programme_areas and never deletes an earlier version.

ALTER TABLE indicators ADD COLUMN licence TEXT NOT NULL DEFAULT '';
ALTER TABLE indicators ADD COLUMN definition TEXT NOT NULL DEFAULT '';
ALTER TABLE indicator_values ADD COLUMN dataset_id BIGINT;
ALTER TABLE areas ADD COLUMN dataset_id BIGINT;

CREATE TABLE datasets (
    id {id},
    city_id BIGINT NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    version BIGINT NOT NULL,
    status TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    settings TEXT NOT NULL DEFAULT '{}',
    summary TEXT NOT NULL DEFAULT '{}',
    error_count BIGINT NOT NULL DEFAULT 0,
    warning_count BIGINT NOT NULL DEFAULT 0,
    source TEXT NOT NULL DEFAULT '',
    licence TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    applied_by TEXT,
    applied_at BIGINT,
    UNIQUE (city_id, kind, version)
);
CREATE INDEX datasets_city ON datasets (city_id, created_at);

CREATE TABLE dataset_files (
    dataset_id BIGINT NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    content {blob} NOT NULL,
    PRIMARY KEY (dataset_id, name)
);

CREATE TABLE programme_areas (
    id {id},
    city_id BIGINT NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
    dataset_id BIGINT NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
    area_key TEXT NOT NULL,
    name TEXT NOT NULL,
    geometry TEXT NOT NULL
);
CREATE INDEX programme_areas_city ON programme_areas (city_id, dataset_id);
