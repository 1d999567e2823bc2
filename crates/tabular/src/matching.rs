//! Matching a table's area keys to the areas of a city.
//!
//! Statistics offices write the same area in many ways: `1` for `STGT01`, `03 Nordstadt`
//! for `Nordstadt`, `Westliche_Höhe` for `Westliche Höhe`, `011` for `11`, or one value for
//! two areas ("Waltershof und Finkenwerder"). [`match_keys`] tries, in this order: a
//! remembered mapping of the city, the exact key, the exact name, normalised keys and names
//! (case, spaces/underscores/hyphens, umlauts and their transliteration), numbers (leading
//! zeros, a common prefix such as `STGT`), a code or name after a numeric prefix, and merged
//! pairs. Each match says how it was made; keys that match nothing get suggestions ranked
//! by similarity, for the analyst to confirm (and the application to remember).

use std::collections::{BTreeMap, BTreeSet, HashMap};

/// An area of the city a table is matched against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// The area key.
    pub key: String,
    /// The area name, if known.
    pub name: Option<String>,
}

/// How a key was matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum MatchHow {
    /// From the city's remembered mapping.
    Remembered,
    /// Same key.
    ExactKey,
    /// Same name.
    ExactName,
    /// Same key after normalising case, spaces, punctuation and umlauts.
    NormalisedKey,
    /// Same name after normalising.
    NormalisedName,
    /// Same number (leading zeros, common prefix such as `STGT`).
    Number,
    /// The code before a name ("03 Nordstadt") is the key.
    CodePrefix,
    /// The name after a code ("03 Nordstadt") is the name.
    NameAfterCode,
    /// One value for several areas ("A und B").
    Merged,
}

impl MatchHow {
    /// English description for the preview.
    pub fn label(self) -> &'static str {
        match self {
            MatchHow::Remembered => "remembered for this city",
            MatchHow::ExactKey => "same key",
            MatchHow::ExactName => "same name",
            MatchHow::NormalisedKey => "same key apart from case, spaces, punctuation or umlauts",
            MatchHow::NormalisedName => "same name apart from case, spaces, punctuation or umlauts",
            MatchHow::Number => "same number (leading zeros or prefix ignored)",
            MatchHow::CodePrefix => "the code before the name is the key",
            MatchHow::NameAfterCode => "the name after the code is the area's name",
            MatchHow::Merged => "one value for several areas",
        }
    }

    /// True for matches that need no confirmation.
    pub fn is_certain(self) -> bool {
        matches!(
            self,
            MatchHow::Remembered | MatchHow::ExactKey | MatchHow::ExactName
        )
    }
}

/// One matched table key.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyMatch {
    /// The key as written in the table.
    pub source: String,
    /// The area key(s) it stands for (several for a merged pair).
    pub targets: Vec<String>,
    /// How.
    pub how: MatchHow,
}

/// A key that matched nothing, with candidates (area key, similarity 0–1), best first.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    /// The key as written in the table.
    pub source: String,
    /// Candidate area keys with their similarity.
    pub candidates: Vec<(String, f64)>,
}

/// The result of [`match_keys`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Matching {
    /// Matched keys, in source order.
    pub matched: Vec<KeyMatch>,
    /// Unmatched keys with suggestions, in source order.
    pub unmatched: Vec<Suggestion>,
    /// Area keys no table key was matched to.
    pub unused_targets: Vec<String>,
}

impl Matching {
    /// The mapping table key → area keys of all matches.
    pub fn to_map(&self) -> BTreeMap<String, Vec<String>> {
        self.matched
            .iter()
            .map(|m| (m.source.clone(), m.targets.clone()))
            .collect()
    }
}

/// Normalises a key or name: lowercase, umlauts transliterated (`ö` → `oe`, `ß` → `ss`),
/// accents dropped, everything but letters and digits removed.
pub fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        match c {
            'ä' => out.push_str("ae"),
            'ö' => out.push_str("oe"),
            'ü' => out.push_str("ue"),
            'ß' => out.push_str("ss"),
            'à' | 'á' | 'â' | 'ã' | 'å' => out.push('a'),
            'è' | 'é' | 'ê' | 'ë' => out.push('e'),
            'ì' | 'í' | 'î' | 'ï' => out.push('i'),
            'ò' | 'ó' | 'ô' | 'õ' => out.push('o'),
            'ù' | 'ú' | 'û' => out.push('u'),
            'ç' => out.push('c'),
            'ñ' => out.push('n'),
            c if c.is_alphanumeric() => out.push(c),
            _ => {}
        }
    }
    out
}

/// The number of a key: digits after an optional letter prefix (`STGT01` → ("stgt", 1),
/// `011` → ("", 11)).
fn number_of(key: &str) -> Option<(String, u64)> {
    let k = key.trim();
    let split = k.find(|c: char| c.is_ascii_digit())?;
    let (prefix, digits) = k.split_at(split);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) || digits.len() > 18 {
        return None;
    }
    if !prefix.chars().all(char::is_alphabetic) {
        return None;
    }
    Some((prefix.to_lowercase(), digits.parse().ok()?))
}

/// "03 Nordstadt" → ("03", "Nordstadt"); also "03-Nordstadt", "03. Nordstadt".
fn code_and_name(s: &str) -> Option<(&str, &str)> {
    let t = s.trim();
    let n = t.find(|c: char| !c.is_ascii_digit())?;
    if n == 0 {
        return None;
    }
    let (code, rest) = t.split_at(n);
    let rest = rest.trim_start_matches(['.', '-', ' ', '_', ':']);
    (!rest.is_empty() && rest.chars().next().is_some_and(char::is_alphabetic))
        .then_some((code, rest))
}

/// Splits a merged pair: "A und B", "A u. B", "A & B", "A, B" (also with more parts).
fn merged_parts(s: &str) -> Option<Vec<String>> {
    let mut t = s.to_string();
    for sep in [" und ", " u. ", " & ", ", ", " / "] {
        t = t.replace(sep, "\u{1}");
    }
    let parts: Vec<String> = t
        .split('\u{1}')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect();
    (parts.len() >= 2).then_some(parts)
}

/// Unique lookup: normalised text → target index (`None` when ambiguous).
fn index(items: impl Iterator<Item = (String, usize)>) -> HashMap<String, Option<usize>> {
    let mut m: HashMap<String, Option<usize>> = HashMap::new();
    for (k, i) in items {
        if k.is_empty() {
            continue;
        }
        m.entry(k)
            .and_modify(|v| {
                if *v != Some(i) {
                    *v = None;
                }
            })
            .or_insert(Some(i));
    }
    m
}

/// Matches the table keys `sources` (with the table's names where it has a name column)
/// against the city's `targets`. `remembered` maps a table key to an area key as
/// confirmed earlier for this city.
pub fn match_keys(
    sources: &[(String, Option<String>)],
    targets: &[Target],
    remembered: &BTreeMap<String, String>,
) -> Matching {
    let exact_key = index(
        targets
            .iter()
            .enumerate()
            .map(|(i, t)| (t.key.trim().to_string(), i)),
    );
    let exact_name = index(
        targets
            .iter()
            .enumerate()
            .filter_map(|(i, t)| t.name.as_ref().map(|n| (n.trim().to_string(), i))),
    );
    let norm_key = index(
        targets
            .iter()
            .enumerate()
            .map(|(i, t)| (normalise(&t.key), i)),
    );
    let norm_name = index(
        targets
            .iter()
            .enumerate()
            .filter_map(|(i, t)| t.name.as_ref().map(|n| (normalise(n), i))),
    );
    // Numbers: a prefix shared by all numbered targets is ignored ("STGT01" ≙ 1).
    let numbered: Vec<(usize, String, u64)> = targets
        .iter()
        .enumerate()
        .filter_map(|(i, t)| number_of(&t.key).map(|(p, n)| (i, p, n)))
        .collect();
    let prefixes: BTreeSet<&str> = numbered.iter().map(|(_, p, _)| p.as_str()).collect();
    let common_prefix = (prefixes.len() == 1)
        .then(|| prefixes.iter().next().copied())
        .flatten();
    let by_number = index(numbered.iter().map(|(i, p, n)| {
        let k = if Some(p.as_str()) == common_prefix {
            n.to_string()
        } else {
            format!("{p}{n}")
        };
        (k, *i)
    }));
    let number_key = |s: &str| -> Option<String> {
        let (p, n) = number_of(s)?;
        Some(if p.is_empty() || Some(p.as_str()) == common_prefix {
            n.to_string()
        } else {
            format!("{p}{n}")
        })
    };
    let find = |m: &HashMap<String, Option<usize>>, k: &str| m.get(k).copied().flatten();
    let single = |s: &str| -> Option<(usize, MatchHow)> {
        let t = s.trim();
        if let Some(i) = find(&exact_key, t) {
            return Some((i, MatchHow::ExactKey));
        }
        if let Some(i) = find(&exact_name, t) {
            return Some((i, MatchHow::ExactName));
        }
        let n = normalise(t);
        if let Some(i) = find(&norm_key, &n) {
            return Some((i, MatchHow::NormalisedKey));
        }
        if let Some(i) = find(&norm_name, &n) {
            return Some((i, MatchHow::NormalisedName));
        }
        if let Some(i) = number_key(t).and_then(|k| find(&by_number, &k)) {
            return Some((i, MatchHow::Number));
        }
        if let Some((code, name)) = code_and_name(t) {
            let by_code = number_key(code)
                .and_then(|k| find(&by_number, &k))
                .or_else(|| find(&exact_key, code));
            if let Some(i) = by_code {
                return Some((i, MatchHow::CodePrefix));
            }
            let nn = normalise(name);
            if let Some(i) = find(&norm_name, &nn).or_else(|| find(&norm_key, &nn)) {
                return Some((i, MatchHow::NameAfterCode));
            }
        }
        None
    };
    let mut out = Matching::default();
    let mut used = vec![false; targets.len()];
    let target_index: HashMap<&str, usize> = targets
        .iter()
        .enumerate()
        .map(|(i, t)| (t.key.as_str(), i))
        .collect();
    for (source, name) in sources {
        if let Some(i) = remembered
            .get(source)
            .and_then(|k| target_index.get(k.as_str()).copied())
        {
            mark(&mut used, i);
            out.matched.push(KeyMatch {
                source: source.clone(),
                targets: vec![targets[i].key.clone()],
                how: MatchHow::Remembered,
            });
            continue;
        }
        let found = single(source).or_else(|| {
            name.as_deref().and_then(single).map(|(i, how)| {
                // A match through the table's name column counts as a name match.
                (
                    i,
                    if how == MatchHow::ExactKey {
                        MatchHow::ExactName
                    } else {
                        how
                    },
                )
            })
        });
        if let Some((i, how)) = found {
            mark(&mut used, i);
            out.matched.push(KeyMatch {
                source: source.clone(),
                targets: vec![targets[i].key.clone()],
                how,
            });
            continue;
        }
        let merged = merged_parts(name.as_deref().unwrap_or(source))
            .or_else(|| merged_parts(source))
            .and_then(|parts| {
                let idx: Option<Vec<usize>> =
                    parts.iter().map(|p| single(p).map(|(i, _)| i)).collect();
                idx.filter(|v| {
                    let s: BTreeSet<&usize> = v.iter().collect();
                    s.len() == v.len()
                })
            });
        if let Some(idx) = merged {
            for &i in &idx {
                mark(&mut used, i);
            }
            out.matched.push(KeyMatch {
                source: source.clone(),
                targets: idx.iter().map(|&i| targets[i].key.clone()).collect(),
                how: MatchHow::Merged,
            });
            continue;
        }
        out.unmatched.push(Suggestion {
            source: source.clone(),
            candidates: suggest(source, name.as_deref(), targets),
        });
    }
    out.unused_targets = targets
        .iter()
        .zip(&used)
        .filter(|(_, u)| !**u)
        .map(|(t, _)| t.key.clone())
        .collect();
    out
}

fn mark(used: &mut [bool], i: usize) {
    if let Some(u) = used.get_mut(i) {
        *u = true;
    }
}

/// Up to three candidates with similarity ≥ 0.6 (Jaro–Winkler on normalised text;
/// abbreviations such as "Bocklem./Mengenich" count as prefixes).
fn suggest(source: &str, name: Option<&str>, targets: &[Target]) -> Vec<(String, f64)> {
    let texts: Vec<String> = std::iter::once(source)
        .chain(name)
        .chain(code_and_name(source).map(|(_, n)| n))
        .map(normalise)
        .filter(|s| !s.is_empty())
        .collect();
    let abbreviated = |src: &str, target: &str| {
        // Every word of the source, with a trailing '.' as prefix, starts a word of the target.
        let tw: Vec<String> = target
            .split(|c: char| !c.is_alphanumeric())
            .map(normalise)
            .collect();
        let sw: Vec<&str> = src
            .split(|c: char| c.is_whitespace() || c == '/' || c == '-')
            .filter(|w| !w.is_empty())
            .collect();
        !sw.is_empty()
            && sw.len() <= tw.len()
            && sw.iter().zip(&tw).all(|(s, t)| {
                let s2 = normalise(s.trim_end_matches('.'));
                if s.ends_with('.') {
                    t.starts_with(&s2)
                } else {
                    *t == s2
                }
            })
    };
    let mut scored: Vec<(String, f64)> = targets
        .iter()
        .map(|t| {
            let mut best: f64 = 0.0;
            for cand in std::iter::once(t.key.as_str()).chain(t.name.as_deref()) {
                let c = normalise(cand);
                for s in &texts {
                    best = best.max(strsim::jaro_winkler(s, &c));
                }
                if abbreviated(source, cand) || name.is_some_and(|n| abbreviated(n, cand)) {
                    best = best.max(0.95);
                }
            }
            (t.key.clone(), best)
        })
        .filter(|(_, s)| *s >= 0.6)
        .collect();
    scored.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    scored.truncate(3);
    scored
}

#[cfg(test)]
mod tests;
