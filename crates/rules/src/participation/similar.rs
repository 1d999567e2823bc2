//! The duplicate check: before an idea is posted, similar existing ideas are suggested
//! so that residents can support or comment instead of posting the same idea twice.
//!
//! Texts are reduced to normalised words (lower case, letters and digits only, common
//! German and English filler words dropped) and compared by the Jaccard index of their
//! character trigrams, which tolerates inflection and typing errors ("Bänke", "Bank",
//! "Baenke") and works the same for every script.

use std::collections::HashSet;

/// Words too common to tell ideas apart.
const STOPWORDS: &[&str] = &[
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "und",
    "oder", "am", "an", "im", "in", "auf", "für", "fur", "mit", "zu", "zum", "zur", "von", "vom",
    "bei", "ist", "sind", "wir", "ich", "es", "bitte", "mehr", "auch", "nicht", "the", "a", "an",
    "and", "or", "of", "for", "to", "on", "at", "is", "are", "we", "please", "more",
];

/// Lower-cased words of letters and digits (every script), with `ä ö ü ß` folded to
/// `ae oe ue ss` so that both spellings compare equal.
pub fn normalise_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    for ch in text.chars().flat_map(char::to_lowercase) {
        if ch.is_alphanumeric() {
            match ch {
                'ä' => cur.push_str("ae"),
                'ö' => cur.push_str("oe"),
                'ü' => cur.push_str("ue"),
                'ß' => cur.push_str("ss"),
                c => cur.push(c),
            }
        } else if !cur.is_empty() {
            words.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        words.push(cur);
    }
    words
}

/// The comparison form of a text: the character trigrams of its content words.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Fingerprint {
    grams: HashSet<String>,
}

impl Fingerprint {
    /// Builds the fingerprint of a text.
    pub fn of(text: &str) -> Fingerprint {
        let mut grams = HashSet::new();
        for w in normalise_words(text) {
            if STOPWORDS.contains(&w.as_str()) {
                continue;
            }
            let padded: Vec<char> = std::iter::once(' ')
                .chain(w.chars())
                .chain(std::iter::once(' '))
                .collect();
            for g in padded.windows(3) {
                grams.insert(g.iter().collect());
            }
        }
        Fingerprint { grams }
    }

    /// Jaccard index of the two trigram sets, 0 (nothing shared) to 1 (the same).
    pub fn similarity(&self, other: &Fingerprint) -> f64 {
        if self.grams.is_empty() || other.grams.is_empty() {
            return 0.0;
        }
        let shared = self.grams.intersection(&other.grams).count();
        let union = self.grams.len() + other.grams.len() - shared;
        shared as f64 / union as f64
    }
}

/// Similarity of two texts (see [`Fingerprint::similarity`]).
pub fn similarity(a: &str, b: &str) -> f64 {
    Fingerprint::of(a).similarity(&Fingerprint::of(b))
}

/// The default threshold above which an idea is suggested as similar.
pub const SUGGEST_THRESHOLD: f64 = 0.3;

/// The ideas most similar to `draft`, best first, at most `limit`, each at least
/// `threshold` similar. `existing` holds `(id, title and text)`.
pub fn suggest<'a, I>(draft: &str, existing: I, threshold: f64, limit: usize) -> Vec<(i64, f64)>
where
    I: IntoIterator<Item = (i64, &'a str)>,
{
    let fp = Fingerprint::of(draft);
    let mut hits: Vec<(i64, f64)> = existing
        .into_iter()
        .map(|(id, text)| (id, fp.similarity(&Fingerprint::of(text))))
        .filter(|(_, s)| *s >= threshold)
        .collect();
    hits.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    hits.truncate(limit);
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_case_punctuation_umlauts_and_scripts() {
        assert_eq!(
            normalise_words("Mehr Bänke, bitte!  Straße-7"),
            vec!["mehr", "baenke", "bitte", "strasse", "7"]
        );
        assert_eq!(normalise_words("مقاعد لكبار"), vec!["مقاعد", "لكبار"]);
        assert!(normalise_words(" ,.- ").is_empty());
    }

    #[test]
    fn same_idea_in_other_words_is_similar() {
        let a = "Mehr Bänke am Mühlgrabenweg für ältere Menschen";
        let b = "Bänke am Mühlgrabenweg für Ältere";
        let c = "Tischtennisplatte aus Beton am Wehr";
        assert!(similarity(a, b) > 0.5, "{}", similarity(a, b));
        assert!(similarity(a, c) < 0.15, "{}", similarity(a, c));
        assert!((similarity(a, a) - 1.0).abs() < 1e-12);
        // Umlaut spelled out compares equal.
        assert!((similarity("Bänke", "Baenke") - 1.0).abs() < 1e-12);
        // Only filler words: nothing to compare.
        assert_eq!(similarity("und die der", "und die der"), 0.0);
    }

    #[test]
    fn jaccard_by_hand() {
        // "ab" → {" ab", "ab "}; "abc" → {" ab", "abc", "bc "}: 1 shared of 4.
        assert!((similarity("ab", "abc") - 0.25).abs() < 1e-12);
    }

    #[test]
    fn suggestions_best_first_and_bounded() {
        let existing = [
            (1, "Bänke am Mühlgrabenweg"),
            (2, "Tischtennisplatte am Wehr"),
            (3, "Mehr Bänke am Mühlgrabenweg für Ältere"),
        ];
        let s = suggest("Bänke für Ältere am Mühlgrabenweg", existing, 0.3, 5);
        let ids: Vec<i64> = s.iter().map(|x| x.0).collect();
        assert_eq!(ids, vec![3, 1]);
        assert_eq!(suggest("Bänke", existing, 0.3, 1).len(), 1);
    }
}
