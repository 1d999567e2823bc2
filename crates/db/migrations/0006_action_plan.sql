-- Action plan (M5): per quarter, fields of action (Handlungsfelder) -> goals
-- (Leitziel -> Handlungsziel) -> measures with milestones and output/outcome
-- indicators whose actual values are recorded over time. Every change is kept in
-- plan_changes with a JSON snapshot of the entity after the change, so that the
-- plan can be reconstructed at any date and two dates compared.
-- Dates are ISO text (YYYY-MM-DD); instants are Unix seconds.

CREATE TABLE plans (
    id {id},
    quarter_id BIGINT NOT NULL UNIQUE REFERENCES quarters(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    published BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE plan_fields (
    id {id},
    plan_id BIGINT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    UNIQUE (plan_id, code)
);

CREATE TABLE plan_goals (
    id {id},
    plan_id BIGINT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    field_id BIGINT NOT NULL REFERENCES plan_fields(id) ON DELETE CASCADE,
    parent_id BIGINT REFERENCES plan_goals(id) ON DELETE SET NULL,
    level TEXT NOT NULL,
    code TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (plan_id, code)
);

CREATE TABLE plan_measures (
    id {id},
    plan_id BIGINT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    field_id BIGINT NOT NULL REFERENCES plan_fields(id) ON DELETE CASCADE,
    goal_id BIGINT REFERENCES plan_goals(id) ON DELETE SET NULL,
    code TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    lead_actor_id BIGINT REFERENCES actors(id) ON DELETE SET NULL,
    lead_text TEXT NOT NULL DEFAULT '',
    partner_ids TEXT NOT NULL DEFAULT '[]',
    target_groups TEXT NOT NULL DEFAULT '[]',
    place TEXT NOT NULL DEFAULT '',
    cost_eur {float},
    funding TEXT NOT NULL DEFAULT '',
    funding_secured BIGINT NOT NULL DEFAULT 0,
    start_on TEXT NOT NULL,
    end_on TEXT NOT NULL DEFAULT '',
    priority BIGINT NOT NULL DEFAULT 2,
    status TEXT NOT NULL,
    blocked BIGINT NOT NULL DEFAULT 0,
    status_note TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (plan_id, code)
);
CREATE INDEX plan_measures_plan ON plan_measures (plan_id, code);

CREATE TABLE plan_milestones (
    id {id},
    measure_id BIGINT NOT NULL REFERENCES plan_measures(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    due_on TEXT NOT NULL,
    done BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);
CREATE INDEX plan_milestones_measure ON plan_milestones (measure_id, due_on);

CREATE TABLE plan_indicators (
    id {id},
    measure_id BIGINT NOT NULL REFERENCES plan_measures(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    level TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    baseline {float} NOT NULL,
    target {float} NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX plan_indicators_measure ON plan_indicators (measure_id);

CREATE TABLE plan_actuals (
    id {id},
    indicator_id BIGINT NOT NULL REFERENCES plan_indicators(id) ON DELETE CASCADE,
    measured_on TEXT NOT NULL,
    value {float} NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL,
    recorded_at BIGINT NOT NULL
);
CREATE INDEX plan_actuals_indicator ON plan_actuals (indicator_id, measured_on);

CREATE TABLE plan_changes (
    id {id},
    plan_id BIGINT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    entity TEXT NOT NULL,
    entity_id BIGINT NOT NULL,
    action TEXT NOT NULL,
    changed_at BIGINT NOT NULL,
    changed_by TEXT NOT NULL,
    diff TEXT NOT NULL DEFAULT '[]',
    snapshot TEXT NOT NULL
);
CREATE INDEX plan_changes_plan ON plan_changes (plan_id, changed_at);
CREATE INDEX plan_changes_entity ON plan_changes (entity, entity_id, changed_at);
