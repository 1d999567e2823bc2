//! Snapshots of versioned objects and the field-by-field difference between two
//! of them: the rule behind every change log (the plan's today, every later
//! versioned object tomorrow). The database layer stores the snapshots; this
//! module only compares them.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// One changed value: `field` of `item` (an element of a nested list, by its name,
/// or empty) went from `from` to `to` (empty = not there).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Difference {
    /// Field key (`status`, `title`, `indicator.actual`, `milestone.done`, …).
    pub field: String,
    /// Element of a nested list the field belongs to.
    pub item: String,
    /// Value before.
    pub from: String,
    /// Value after.
    pub to: String,
}

/// A nested list of a snapshot compared element by element (by `id`): the key of
/// the list in the snapshot and the field prefix of its differences
/// (`("indicators", "indicator")` gives `indicator.target`).
pub type Nested = (&'static str, &'static str);

/// A snapshot value as text (numbers without a needless `.0`, booleans as `1`/`0`,
/// lists joined with commas).
pub fn text(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Bool(b) => if *b { "1" } else { "0" }.to_string(),
        Value::Number(n) => match n.as_f64() {
            Some(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", f as i64),
            Some(f) => format!("{f}"),
            None => n.to_string(),
        },
        Value::Array(a) => a.iter().map(text).collect::<Vec<_>>().join(", "),
        Value::Object(_) => v.to_string(),
    }
}

fn items(v: Option<&Value>) -> BTreeMap<i64, &Map<String, Value>> {
    v.and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_object())
                .filter_map(|o| o.get("id").and_then(Value::as_i64).map(|id| (id, o)))
                .collect()
        })
        .unwrap_or_default()
}

fn sorted_keys<'a>(a: &'a Map<String, Value>, b: &'a Map<String, Value>) -> Vec<&'a String> {
    let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
    keys.sort();
    keys.dedup();
    keys
}

fn nested_diff(
    prefix: &str,
    before: Option<&Value>,
    after: Option<&Value>,
    out: &mut Vec<Difference>,
) {
    let (bi, ai) = (items(before), items(after));
    let mut ids: Vec<i64> = bi.keys().chain(ai.keys()).copied().collect();
    ids.sort_unstable();
    ids.dedup();
    let name_of = |o: &Map<String, Value>| {
        text(
            o.get("name")
                .or_else(|| o.get("title"))
                .unwrap_or(&Value::Null),
        )
    };
    for id in ids {
        match (bi.get(&id), ai.get(&id)) {
            (None, Some(n)) => out.push(Difference {
                field: prefix.to_string(),
                item: name_of(n),
                from: String::new(),
                to: name_of(n),
            }),
            (Some(o), None) => out.push(Difference {
                field: prefix.to_string(),
                item: name_of(o),
                from: name_of(o),
                to: String::new(),
            }),
            (Some(o), Some(n)) => {
                for s in sorted_keys(n, o) {
                    if s == "id" {
                        continue;
                    }
                    let (x, y) = (
                        text(o.get(s).unwrap_or(&Value::Null)),
                        text(n.get(s).unwrap_or(&Value::Null)),
                    );
                    if x != y {
                        out.push(Difference {
                            field: format!("{prefix}.{s}"),
                            item: name_of(n),
                            from: x,
                            to: y,
                        });
                    }
                }
            }
            (None, None) => {}
        }
    }
}

/// The field-by-field difference between two snapshots of one object (`before`
/// none = the object is new). The lists named in `nested` are compared element by
/// element (by `id`); every other value is compared as [`text`].
pub fn diff(before: Option<&Value>, after: &Value, nested: &[Nested]) -> Vec<Difference> {
    let empty = Map::new();
    let b = before.and_then(Value::as_object).unwrap_or(&empty);
    let a = after.as_object().unwrap_or(&empty);
    let mut out = Vec::new();
    for k in sorted_keys(a, b) {
        if let Some((_, prefix)) = nested.iter().find(|(key, _)| key == k) {
            nested_diff(prefix, b.get(k), a.get(k), &mut out);
            continue;
        }
        let (x, y) = (
            text(b.get(k).unwrap_or(&Value::Null)),
            text(a.get(k).unwrap_or(&Value::Null)),
        );
        if x != y {
            out.push(Difference {
                field: k.clone(),
                item: String::new(),
                from: x,
                to: y,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn texts_of_values() {
        assert_eq!(text(&json!(30.0)), "30");
        assert_eq!(text(&json!(2.5)), "2.5");
        assert_eq!(text(&json!(true)), "1");
        assert_eq!(text(&json!(["a", "b"])), "a, b");
        assert_eq!(text(&Value::Null), "");
    }

    #[test]
    fn lists_not_named_nested_are_compared_as_text() {
        let a = json!({"items": [{"id": 1, "name": "x"}]});
        let b = json!({"items": [{"id": 1, "name": "y"}]});
        let d = diff(Some(&a), &b, &[]);
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].field, "items");
        let d = diff(Some(&a), &b, &[("items", "item")]);
        assert_eq!(d[0].field, "item.name");
        assert_eq!((d[0].from.as_str(), d[0].to.as_str()), ("x", "y"));
    }
}
