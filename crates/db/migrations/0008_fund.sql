-- Neighbourhood fund (M7, Verfügungsfonds / Aktionsfonds): a fund per quarter with versioned rules
-- (JSON of quartier_rules::fund::FundRules), rounds, applications with cost and financing lines,
-- jury members with conflict-of-interest declarations, scores and votes, public votes, decisions,
-- payments and final reports (Sachbericht + receipts).
-- Amounts are BIGINT cents; dates are ISO text (YYYY-MM-DD); instants are Unix seconds.

CREATE TABLE fund_funds (
    id {id},
    quarter_id BIGINT NOT NULL REFERENCES quarters(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (quarter_id, name)
);

CREATE TABLE fund_rule_versions (
    id {id},
    fund_id BIGINT NOT NULL REFERENCES fund_funds(id) ON DELETE CASCADE,
    version BIGINT NOT NULL,
    rules_json TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (fund_id, version)
);

CREATE TABLE fund_rounds (
    id {id},
    fund_id BIGINT NOT NULL REFERENCES fund_funds(id) ON DELETE CASCADE,
    year BIGINT NOT NULL,
    round_no BIGINT NOT NULL,
    deadline TEXT NOT NULL,
    jury_date TEXT NOT NULL DEFAULT '',
    rules_version BIGINT NOT NULL,
    decision_mode TEXT NOT NULL DEFAULT 'majority',
    status TEXT NOT NULL DEFAULT 'open',
    created_at BIGINT NOT NULL,
    UNIQUE (fund_id, year, round_no)
);

CREATE TABLE fund_applications (
    id {id},
    round_id BIGINT NOT NULL REFERENCES fund_rounds(id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'draft',
    applicant_kind TEXT NOT NULL DEFAULT 'initiative',
    applicant_name TEXT NOT NULL,
    contact_name TEXT NOT NULL DEFAULT '',
    contact_email TEXT NOT NULL DEFAULT '',
    contact_phone TEXT NOT NULL DEFAULT '',
    bank_holder TEXT NOT NULL DEFAULT '',
    bank_iban TEXT NOT NULL DEFAULT '',
    actor_id BIGINT REFERENCES actors(id) ON DELETE SET NULL,
    owner_user_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    entered_by_staff BIGINT NOT NULL DEFAULT 0,
    title TEXT NOT NULL,
    summary_plain TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    aims TEXT NOT NULL DEFAULT '',
    target_groups TEXT NOT NULL DEFAULT '[]',
    partners TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    location TEXT NOT NULL DEFAULT '',
    inside_area BIGINT,
    start_on TEXT NOT NULL DEFAULT '',
    end_on TEXT NOT NULL DEFAULT '',
    measure_id BIGINT REFERENCES plan_measures(id) ON DELETE SET NULL,
    idea_ref TEXT NOT NULL DEFAULT '',
    investive BIGINT NOT NULL DEFAULT 0,
    declarations TEXT NOT NULL DEFAULT '{}',
    check_note TEXT NOT NULL DEFAULT '',
    submitted_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (round_id, code)
);
CREATE INDEX fund_applications_round ON fund_applications (round_id, status);

CREATE TABLE fund_cost_lines (
    id {id},
    application_id BIGINT NOT NULL REFERENCES fund_applications(id) ON DELETE CASCADE,
    line_no BIGINT NOT NULL,
    category TEXT NOT NULL,
    description TEXT NOT NULL,
    amount_cents BIGINT NOT NULL,
    investive BIGINT NOT NULL DEFAULT 0,
    purchase BIGINT NOT NULL DEFAULT 0,
    quotes BIGINT NOT NULL DEFAULT 0,
    UNIQUE (application_id, line_no)
);

CREATE TABLE fund_financing_lines (
    id {id},
    application_id BIGINT NOT NULL REFERENCES fund_applications(id) ON DELETE CASCADE,
    line_no BIGINT NOT NULL,
    kind TEXT NOT NULL,
    description TEXT NOT NULL,
    amount_cents BIGINT NOT NULL,
    UNIQUE (application_id, line_no)
);

CREATE TABLE fund_jury_members (
    id {id},
    round_id BIGINT NOT NULL REFERENCES fund_rounds(id) ON DELETE CASCADE,
    user_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    name TEXT NOT NULL,
    resident BIGINT NOT NULL DEFAULT 1,
    age BIGINT,
    staff BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    UNIQUE (round_id, user_id)
);

CREATE TABLE fund_conflicts (
    id {id},
    member_id BIGINT NOT NULL REFERENCES fund_jury_members(id) ON DELETE CASCADE,
    application_id BIGINT NOT NULL REFERENCES fund_applications(id) ON DELETE CASCADE,
    reason TEXT NOT NULL DEFAULT '',
    declared_at BIGINT NOT NULL,
    UNIQUE (member_id, application_id)
);

CREATE TABLE fund_scores (
    id {id},
    member_id BIGINT NOT NULL REFERENCES fund_jury_members(id) ON DELETE CASCADE,
    application_id BIGINT NOT NULL REFERENCES fund_applications(id) ON DELETE CASCADE,
    criterion TEXT NOT NULL,
    score BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (member_id, application_id, criterion)
);

CREATE TABLE fund_votes (
    id {id},
    member_id BIGINT NOT NULL REFERENCES fund_jury_members(id) ON DELETE CASCADE,
    application_id BIGINT NOT NULL REFERENCES fund_applications(id) ON DELETE CASCADE,
    choice TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (member_id, application_id)
);

CREATE TABLE fund_public_votes (
    id {id},
    round_id BIGINT NOT NULL REFERENCES fund_rounds(id) ON DELETE CASCADE,
    voter_ref TEXT NOT NULL,
    approved TEXT NOT NULL DEFAULT '[]',
    created_at BIGINT NOT NULL,
    UNIQUE (round_id, voter_ref)
);

CREATE TABLE fund_decisions (
    id {id},
    application_id BIGINT NOT NULL UNIQUE REFERENCES fund_applications(id) ON DELETE CASCADE,
    round_id BIGINT NOT NULL REFERENCES fund_rounds(id) ON DELETE CASCADE,
    funded BIGINT NOT NULL DEFAULT 0,
    amount_cents BIGINT NOT NULL DEFAULT 0,
    refusal TEXT NOT NULL DEFAULT '',
    tally TEXT NOT NULL DEFAULT '{}',
    decided_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    decided_at BIGINT NOT NULL
);

CREATE TABLE fund_payments (
    id {id},
    application_id BIGINT NOT NULL REFERENCES fund_applications(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    amount_cents BIGINT NOT NULL,
    status TEXT NOT NULL DEFAULT 'planned',
    paid_on TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL
);

CREATE TABLE fund_reports (
    id {id},
    application_id BIGINT NOT NULL UNIQUE REFERENCES fund_applications(id) ON DELETE CASCADE,
    narrative TEXT NOT NULL DEFAULT '',
    submitted_at BIGINT,
    created_at BIGINT NOT NULL
);

CREATE TABLE fund_receipts (
    id {id},
    report_id BIGINT NOT NULL REFERENCES fund_reports(id) ON DELETE CASCADE,
    description TEXT NOT NULL,
    amount_cents BIGINT NOT NULL,
    file_key TEXT NOT NULL DEFAULT '',
    mime TEXT NOT NULL DEFAULT '',
    size_bytes BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);
