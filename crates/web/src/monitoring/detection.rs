//! What the table importer detected, as preview facts; key matching of table keys that
//! are not area keys; direction proposals for the indicators.
//!
//! Facts are stored with the preview, so their values are language-neutral: data (line
//! numbers, column names, keys) and `@monitoring-…` message ids that are translated when
//! the preview is shown (see `data::fact_value`).

use std::collections::BTreeMap;

use quartier_rules::monitoring::{Direction, propose_direction};
use quartier_tabular::matching::{MatchHow, Matching, Target, match_keys};
use quartier_tabular::{Confidence, DecimalSeparator, Recognition, RowKind};

fn conf(c: Confidence) -> &'static str {
    match c {
        Confidence::Given => "@monitoring-conf-given",
        Confidence::Sure => "@monitoring-conf-sure",
        Confidence::Guess => "@monitoring-conf-guess",
        Confidence::Ask => "@monitoring-conf-ask",
    }
}

fn kind(k: RowKind) -> &'static str {
    match k {
        RowKind::Total => "@monitoring-row-total",
        RowKind::District => "@monitoring-row-district",
        RowKind::Unassigned => "@monitoring-row-unassigned",
    }
}

/// Facts (label message id, value) about the detection of one table file.
pub(crate) fn table_facts(file: &str, r: &Recognition) -> Vec<(String, String)> {
    let d = &r.detection;
    let mut f: Vec<(String, String)> = Vec::new();
    let mut push = |k: &str, v: String| f.push((k.to_string(), format!("{file}: {v}")));
    push(
        "monitoring-fact-header",
        match d.header.value {
            Some(l) => format!("{l} ({})", conf(d.header.confidence)),
            None => format!("@monitoring-no-header ({})", conf(d.header.confidence)),
        },
    );
    for (line, text) in &d.description_rows {
        push("monitoring-fact-description-row", format!("{line}: {text}"));
    }
    if let Some(k) = &d.key_column.value {
        push(
            "monitoring-fact-key-column",
            format!("{k} ({})", conf(d.key_column.confidence)),
        );
    }
    if let Some(n) = &d.name_column.value {
        push(
            "monitoring-fact-name-column",
            format!("{n} ({})", conf(d.name_column.confidence)),
        );
    }
    match &d.year_column.value {
        Some(y) => push(
            "monitoring-fact-year-column",
            format!("{y} ({})", conf(d.year_column.confidence)),
        ),
        None if d.year_column.confidence == Confidence::Ask => push(
            "monitoring-fact-year-column",
            "@monitoring-year-not-years".into(),
        ),
        None => {}
    }
    if !d.header_years.is_empty() {
        let list: Vec<String> = d
            .header_years
            .iter()
            .take(12)
            .map(|(h, y, _)| format!("{h} → {y}"))
            .collect();
        push("monitoring-fact-header-years", list.join(", "));
    }
    if !d.qualifier_columns.is_empty() {
        push("monitoring-fact-qualifiers", d.qualifier_columns.join(", "));
    }
    if !d.aggregate_rows.is_empty() {
        let list: Vec<String> = d
            .aggregate_rows
            .iter()
            .take(20)
            .map(|a| format!("{} ({})", a.key, kind(a.kind)))
            .collect();
        push("monitoring-fact-aggregates", list.join(", "));
    }
    for n in &d.numbers {
        if n.confidence == Confidence::Sure && n.unit.is_none() && !n.evidence.contains("decimal") {
            continue;
        }
        let sep = match n.decimal {
            DecimalSeparator::Comma => "@monitoring-dec-comma",
            DecimalSeparator::Point => "@monitoring-dec-point",
        };
        let unit = n
            .unit
            .as_ref()
            .map(|u| format!(", {u}"))
            .unwrap_or_default();
        push(
            "monitoring-fact-numbers",
            format!("{}: {sep}{unit} ({})", n.column, conf(n.confidence)),
        );
    }
    let left_out = r.omitted.iter().filter(|o| o.has_values).count();
    if left_out > 0 {
        push("monitoring-fact-left-out", left_out.to_string());
    }
    f
}

/// Matches table keys that are no area key against the city's areas (key and name).
pub(crate) fn match_table_keys(
    keys: &[(String, Option<String>)],
    areas: &[(String, String)],
    remembered: &BTreeMap<String, String>,
) -> Matching {
    let targets: Vec<Target> = areas
        .iter()
        .map(|(k, n)| Target {
            key: k.clone(),
            name: Some(n.clone()),
        })
        .collect();
    match_keys(keys, &targets, remembered)
}

/// The `@monitoring-…` label of how a key was matched.
pub(crate) fn how_label(how: MatchHow) -> &'static str {
    match how {
        MatchHow::Remembered => "@monitoring-match-remembered",
        MatchHow::ExactKey => "@monitoring-match-exact-key",
        MatchHow::ExactName => "@monitoring-match-exact-name",
        MatchHow::NormalisedKey | MatchHow::NormalisedName => "@monitoring-match-normalised",
        MatchHow::Number => "@monitoring-match-number",
        MatchHow::CodePrefix => "@monitoring-match-code",
        MatchHow::NameAfterCode => "@monitoring-match-name-after-code",
        MatchHow::Merged => "@monitoring-match-merged",
    }
}

/// Proposed direction (`need`, `less`, `neutral`, or empty when unknown) and the term
/// that decided.
pub(crate) fn direction(name: &str, unit: &str) -> (String, String) {
    let p = propose_direction(name, Some(unit).filter(|u| !u.is_empty()));
    let d = match p.direction {
        Some(Direction::MoreNeed) => "need",
        Some(Direction::LessNeed) => "less",
        Some(Direction::Neutral) => "neutral",
        None => "",
    };
    (d.to_string(), p.term.unwrap_or_default().to_string())
}
