//! Choosing the name field of a boundary file, and spotting a district field.
//!
//! Not "the first field ending in name": among the text fields other than the id, the one
//! with the most distinct values wins, a name-like header only breaking ties; a text field
//! whose values group the areas into a few larger units (several areas per value) is
//! reported as the district field.

use std::collections::HashMap;

use crate::build::{RawFeature, value_to_key};

/// A field proposed for a role, with the evidence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldGuess {
    /// Attribute name.
    pub field: String,
    /// Distinct non-empty values.
    pub distinct: usize,
    /// Features with a non-empty value.
    pub filled: usize,
    /// Why (English, for the preview).
    pub evidence: String,
}

/// The proposed name and district fields of a boundary file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldChoice {
    /// The field that best names each area (unique values preferred).
    pub name: Option<FieldGuess>,
    /// A field grouping the areas into districts (e.g. `BEZ_NAME`, `Stadtbezirk`).
    pub district: Option<FieldGuess>,
}

struct Stats {
    field: String,
    filled: usize,
    distinct: usize,
    text: usize,
    max_group: usize,
}

fn namish(f: &str) -> bool {
    let l = f.to_lowercase();
    l.contains("name") || l == "bez" || l.contains("bezeichnung") || l == "gebiet" || l == "label"
}

fn districtish(f: &str) -> bool {
    let l = f.to_lowercase();
    [
        "bezirk",
        "district",
        "stb",
        "sbz",
        "bez_",
        "kreis",
        "borough",
        "teilbereich",
    ]
    .iter()
    .any(|k| l.contains(k))
}

fn stats(features: &[RawFeature], field: &str) -> Stats {
    let mut counts: HashMap<String, usize> = HashMap::new();
    let mut filled = 0;
    let mut text = 0;
    for f in features {
        let Some(v) = f.properties.get(field) else {
            continue;
        };
        let Some(k) = value_to_key(v) else { continue };
        filled += 1;
        if v.is_string() && k.parse::<f64>().is_err() {
            text += 1;
        }
        *counts.entry(k).or_default() += 1;
    }
    Stats {
        field: field.to_string(),
        filled,
        distinct: counts.len(),
        text,
        max_group: counts.values().copied().max().unwrap_or(0),
    }
}

/// Proposes the name and district fields (`id_field` excluded).
pub(crate) fn choose(features: &[RawFeature], fields: &[String], id_field: &str) -> FieldChoice {
    let n = features.len();
    if n == 0 {
        return FieldChoice::default();
    }
    let all: Vec<Stats> = fields
        .iter()
        .filter(|f| f.as_str() != id_field)
        .map(|f| stats(features, f))
        .filter(|s| s.filled * 10 >= n * 9 && s.text * 2 >= s.filled)
        .collect();
    let mut by_unique: Vec<&Stats> = all.iter().collect();
    // Most distinct first; among equals a name-like header, then file order.
    by_unique.sort_by(|a, b| {
        b.distinct
            .cmp(&a.distinct)
            .then_with(|| namish(&b.field).cmp(&namish(&a.field)))
    });
    let name = by_unique
        .iter()
        .find(|s| namish(&s.field) && s.distinct * 10 >= s.filled * 9)
        .or_else(|| by_unique.iter().find(|s| s.distinct == s.filled))
        .or_else(|| by_unique.iter().find(|s| namish(&s.field)))
        .map(|s| FieldGuess {
            field: s.field.clone(),
            distinct: s.distinct,
            filled: s.filled,
            evidence: if s.distinct == s.filled {
                format!(
                    "text field with a different value for each of the {} areas",
                    s.filled
                )
            } else {
                format!(
                    "text field with {} distinct values for {} areas (the most distinct)",
                    s.distinct, s.filled
                )
            },
        });
    let district = all
        .iter()
        .filter(|s| Some(&s.field) != name.as_ref().map(|g| &g.field))
        .filter(|s| s.distinct >= 2 && s.distinct * 2 <= s.filled && s.max_group >= 2)
        .max_by_key(|s| (districtish(&s.field), namish(&s.field), s.distinct))
        .map(|s| FieldGuess {
            field: s.field.clone(),
            distinct: s.distinct,
            filled: s.filled,
            evidence: format!(
                "groups the {} areas into {} units (up to {} areas each)",
                s.filled, s.distinct, s.max_group
            ),
        });
    FieldChoice { name, district }
}

/// A warning when many areas share few names in the name field in use.
pub(crate) fn shared_names_warning(
    features: &[RawFeature],
    name_field: &str,
    choice: &FieldChoice,
) -> Option<String> {
    let s = stats(features, name_field);
    if s.filled < 10 || s.distinct * 2 > s.filled {
        return None;
    }
    let better = choice
        .name
        .as_ref()
        .filter(|g| g.field != name_field)
        .map(|g| format!("; '{}' has {} distinct names", g.field, g.distinct))
        .unwrap_or_default();
    Some(format!(
        "{} areas share {} names in name field '{name_field}': probably a district field, not the areas' names{better}",
        s.filled, s.distinct
    ))
}
