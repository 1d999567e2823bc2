//! The plan's change log as rules: the difference between two snapshots of a
//! plan object and the comparison of the whole plan at two dates.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::changes::{self, Difference, Nested};

/// The nested lists of a measure snapshot, compared element by element.
pub const NESTED: &[Nested] = &[("indicators", "indicator"), ("milestones", "milestone")];

/// The field-by-field difference between two snapshots of one plan object
/// (field, goal, measure with its indicators and milestones, the plan itself).
pub fn diff(before: Option<&Value>, after: &Value) -> Vec<Difference> {
    changes::diff(before, after, NESTED)
}

/// A plan at one instant: the newest snapshot of every object, by (entity, id).
pub type PlanState = BTreeMap<(String, i64), Value>;

/// What changed between two states of a plan.
#[derive(Debug, Default)]
pub struct Comparison {
    /// Objects there at `to` but not at `from`: (entity, id, snapshot).
    pub added: Vec<(String, i64, Value)>,
    /// Objects there at `from` but not at `to`.
    pub removed: Vec<(String, i64, Value)>,
    /// Objects changed: (entity, id, snapshot at `to`, differences).
    pub changed: Vec<(String, i64, Value, Vec<Difference>)>,
}

/// Compares two plan states (the plan object itself is left out).
pub fn compare_states(a: &PlanState, b: &PlanState) -> Comparison {
    let mut out = Comparison::default();
    let keys: BTreeSet<&(String, i64)> = a.keys().chain(b.keys()).collect();
    for k in keys {
        if k.0 == "plan" {
            continue;
        }
        match (a.get(k), b.get(k)) {
            (None, Some(s)) => out.added.push((k.0.clone(), k.1, s.clone())),
            (Some(s), None) => out.removed.push((k.0.clone(), k.1, s.clone())),
            (Some(x), Some(y)) => {
                let d = diff(Some(x), y);
                if !d.is_empty() {
                    out.changed.push((k.0.clone(), k.1, y.clone(), d));
                }
            }
            (None, None) => {}
        }
    }
    out
}

/// Number of measures per status in a plan state.
pub fn status_counts(s: &PlanState) -> BTreeMap<String, usize> {
    let mut m = BTreeMap::new();
    for ((e, _), v) in s {
        if e == "measure" {
            let st = v
                .get("status")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string();
            *m.entry(st).or_insert(0) += 1;
        }
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn diff_of_scalars_and_new_entities() {
        let a = json!({"title": "A", "status": "planned", "cost_eur": 100.0});
        let d = diff(None, &a);
        assert_eq!(d.len(), 3);
        let b = json!({"title": "A", "status": "running", "cost_eur": 100.0});
        let d = diff(Some(&a), &b);
        assert_eq!(
            d,
            vec![Difference {
                field: "status".into(),
                item: String::new(),
                from: "planned".into(),
                to: "running".into()
            }]
        );
    }

    #[test]
    fn diff_of_nested_indicators() {
        let a =
            json!({"indicators": [{"id": 1, "name": "Plätze", "actual": null, "target": 45.0}]});
        let b = json!({"indicators": [{"id": 1, "name": "Plätze", "actual": 30.0, "target": 45.0},
                                       {"id": 2, "name": "Wartezeit", "actual": null, "target": 6.0}]});
        let d = diff(Some(&a), &b);
        assert!(d.iter().any(|x| x.field == "indicator.actual"
            && x.item == "Plätze"
            && x.from.is_empty()
            && x.to == "30"));
        assert!(
            d.iter()
                .any(|x| x.field == "indicator" && x.to == "Wartezeit")
        );
        assert_eq!(d.len(), 2);
    }

    #[test]
    fn removed_milestone_is_one_difference() {
        let a = json!({"milestones": [{"id": 7, "title": "Auftakt", "done": false}]});
        let b = json!({"milestones": []});
        let d = diff(Some(&a), &b);
        assert_eq!(d.len(), 1);
        assert_eq!(
            (d[0].field.as_str(), d[0].from.as_str(), d[0].to.as_str()),
            ("milestone", "Auftakt", "")
        );
    }

    #[test]
    fn comparison_finds_added_removed_changed() {
        let mut a = BTreeMap::new();
        let mut b = BTreeMap::new();
        a.insert(
            ("measure".to_string(), 1),
            json!({"code": "M01", "status": "planned"}),
        );
        a.insert(
            ("measure".to_string(), 2),
            json!({"code": "M02", "status": "idea"}),
        );
        a.insert(("plan".to_string(), 1), json!({"title": "A"}));
        b.insert(
            ("measure".to_string(), 1),
            json!({"code": "M01", "status": "running"}),
        );
        b.insert(
            ("measure".to_string(), 3),
            json!({"code": "M03", "status": "idea"}),
        );
        b.insert(("plan".to_string(), 1), json!({"title": "B"}));
        let c = compare_states(&a, &b);
        assert_eq!(c.added.len(), 1);
        assert_eq!(c.added[0].1, 3);
        assert_eq!(c.removed.len(), 1);
        assert_eq!(c.removed[0].1, 2);
        assert_eq!(c.changed.len(), 1);
        assert_eq!(c.changed[0].3[0].from, "planned");
        let counts = status_counts(&b);
        assert_eq!(counts.get("running"), Some(&1));
        assert_eq!(counts.get("idea"), Some(&1));
        assert_eq!(counts.get("planned"), None);
    }
}
