//! Validation of ideas, comments and moderation texts, with typed errors naming the
//! field, and the moderation word list.

use thiserror::Error;

use super::similar::normalise_words;

/// A form or import field that a problem refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// The idea's title.
    Title,
    /// The idea's text.
    Text,
    /// The category.
    Category,
    /// The language of the text.
    Language,
    /// The author's pseudonym or name.
    Author,
    /// The place (point on the map).
    Place,
    /// A comment's text.
    Comment,
    /// An official answer.
    Answer,
    /// A moderation reason (report or hide).
    Reason,
}

impl Field {
    /// The field's name as used in forms, the import contract and messages.
    pub fn as_str(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Text => "text",
            Field::Category => "category",
            Field::Language => "lang",
            Field::Author => "author",
            Field::Place => "place",
            Field::Comment => "comment",
            Field::Answer => "answer",
            Field::Reason => "reason",
        }
    }
}

impl std::fmt::Display for Field {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A problem with one field of an idea, comment or moderation text.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum InputError {
    /// Required and empty (or only white space).
    #[error("{field}: must not be empty")]
    Empty {
        /// The field.
        field: Field,
    },
    /// Longer than allowed (counted in characters).
    #[error("{field}: {len} characters, at most {max} allowed")]
    TooLong {
        /// The field.
        field: Field,
        /// Maximum characters.
        max: usize,
        /// Characters given.
        len: usize,
    },
    /// A category the dialogue does not offer.
    #[error("category: unknown category '{value}'")]
    UnknownCategory {
        /// The value given.
        value: String,
    },
    /// Not an ISO 639 language code.
    #[error("lang: '{value}' is not a language code such as de, ar or uk")]
    UnknownLanguage {
        /// The value given.
        value: String,
    },
    /// Contains a word from the moderation word list.
    #[error("{field}: contains the blocked term '{term}'")]
    Blocked {
        /// The field.
        field: Field,
        /// The word-list entry that matched.
        term: String,
    },
    /// Latitude or longitude missing, not a number or out of range.
    #[error("place: not a valid coordinate")]
    InvalidCoordinate,
    /// The point lies outside the quarter's boundary.
    #[error("place: the point lies outside the quarter")]
    OutsideQuarter,
}

impl InputError {
    /// The field this problem refers to.
    pub fn field(&self) -> Field {
        match self {
            InputError::Empty { field }
            | InputError::TooLong { field, .. }
            | InputError::Blocked { field, .. } => *field,
            InputError::UnknownCategory { .. } => Field::Category,
            InputError::UnknownLanguage { .. } => Field::Language,
            InputError::InvalidCoordinate | InputError::OutsideQuarter => Field::Place,
        }
    }

    /// A stable key for translated messages (`participation-error-<key>`).
    pub fn key(&self) -> &'static str {
        match self {
            InputError::Empty { .. } => "empty",
            InputError::TooLong { .. } => "too-long",
            InputError::UnknownCategory { .. } => "unknown-category",
            InputError::UnknownLanguage { .. } => "unknown-language",
            InputError::Blocked { .. } => "blocked",
            InputError::InvalidCoordinate => "invalid-coordinate",
            InputError::OutsideQuarter => "outside-quarter",
        }
    }
}

/// Length limits in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Idea title.
    pub title: usize,
    /// Idea text.
    pub text: usize,
    /// Comment text.
    pub comment: usize,
    /// Author pseudonym.
    pub author: usize,
    /// Official answer.
    pub answer: usize,
    /// Moderation reason.
    pub reason: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            title: 140,
            text: 5_000,
            comment: 2_000,
            author: 80,
            answer: 5_000,
            reason: 500,
        }
    }
}

/// The moderation word list: entries are words or phrases, compared on normalised words;
/// an entry ending in `*` matches every word that begins with it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WordList {
    entries: Vec<(String, Vec<String>)>,
}

impl WordList {
    /// Builds the list from entries (one per line in the settings; blank lines and lines
    /// starting with `#` are skipped).
    pub fn new<'a>(entries: impl IntoIterator<Item = &'a str>) -> WordList {
        let entries = entries
            .into_iter()
            .map(str::trim)
            .filter(|e| !e.is_empty() && !e.starts_with('#'))
            .filter_map(|e| {
                let prefix = e.ends_with('*');
                let mut words = normalise_words(e.trim_end_matches('*'));
                if words.is_empty() {
                    return None;
                }
                if prefix && let Some(last) = words.last_mut() {
                    last.push('*');
                }
                Some((e.to_string(), words))
            })
            .collect();
        WordList { entries }
    }

    /// The first entry found in `text`, if any.
    pub fn find(&self, text: &str) -> Option<&str> {
        let words = normalise_words(text);
        self.entries
            .iter()
            .find(|(_, pattern)| {
                words.windows(pattern.len()).any(|w| {
                    w.iter()
                        .zip(pattern)
                        .all(|(word, p)| match p.strip_suffix('*') {
                            Some(stem) => word.starts_with(stem),
                            None => word == p,
                        })
                })
            })
            .map(|(e, _)| e.as_str())
    }

    /// Whether the list is empty.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// Checks one text field: trimmed, required unless `optional`, at most `max` characters,
/// free of blocked terms. Returns the trimmed text.
pub fn check_text(
    field: Field,
    value: &str,
    max: usize,
    optional: bool,
    words: &WordList,
) -> Result<String, InputError> {
    let v = value.trim();
    if v.is_empty() && !optional {
        return Err(InputError::Empty { field });
    }
    let len = v.chars().count();
    if len > max {
        return Err(InputError::TooLong { field, max, len });
    }
    if let Some(term) = words.find(v) {
        return Err(InputError::Blocked {
            field,
            term: term.to_string(),
        });
    }
    Ok(v.to_string())
}

/// Checks a language code: two or three lowercase ASCII letters (ISO 639-1/-3).
pub fn check_language(value: &str) -> Result<String, InputError> {
    let v = value.trim().to_ascii_lowercase();
    if (2..=3).contains(&v.len()) && v.chars().all(|c| c.is_ascii_lowercase()) {
        Ok(v)
    } else {
        Err(InputError::UnknownLanguage {
            value: value.trim().to_string(),
        })
    }
}

/// Checks a category against the dialogue's list (exact after trimming; empty means none).
pub fn check_category(value: &str, categories: &[String]) -> Result<Option<String>, InputError> {
    let v = value.trim();
    if v.is_empty() {
        return Ok(None);
    }
    categories
        .iter()
        .find(|c| c.as_str() == v)
        .map(|c| Some(c.clone()))
        .ok_or_else(|| InputError::UnknownCategory {
            value: v.to_string(),
        })
}

/// Checks that a coordinate is finite and in range; returns `(lat, lon)`.
pub fn check_point(lat: f64, lon: f64) -> Result<(f64, f64), InputError> {
    if lat.is_finite() && lon.is_finite() && lat.abs() <= 90.0 && lon.abs() <= 180.0 {
        Ok((lat, lon))
    } else {
        Err(InputError::InvalidCoordinate)
    }
}

/// An idea as typed in, before checks.
#[derive(Debug, Clone, Copy, Default)]
pub struct IdeaDraft<'a> {
    /// Title.
    pub title: &'a str,
    /// Text.
    pub text: &'a str,
    /// Category (may be empty).
    pub category: &'a str,
    /// Language code.
    pub lang: &'a str,
    /// Pseudonym or name (may be empty: then the account's name is shown).
    pub author: &'a str,
}

/// A checked idea.
#[derive(Debug, Clone, PartialEq)]
pub struct IdeaInput {
    /// Title, trimmed.
    pub title: String,
    /// Text, trimmed.
    pub text: String,
    /// Category, if one was chosen.
    pub category: Option<String>,
    /// Language code.
    pub lang: String,
    /// Pseudonym or name, if given.
    pub author: Option<String>,
}

/// Checks an idea; all problems at once so that a form can show each next to its field.
pub fn validate_idea(
    draft: &IdeaDraft<'_>,
    categories: &[String],
    words: &WordList,
    limits: &Limits,
) -> Result<IdeaInput, Vec<InputError>> {
    let mut errors = Vec::new();
    let mut keep = |r: Result<String, InputError>| match r {
        Ok(v) => v,
        Err(e) => {
            errors.push(e);
            String::new()
        }
    };
    let title = keep(check_text(
        Field::Title,
        draft.title,
        limits.title,
        false,
        words,
    ));
    let text = keep(check_text(
        Field::Text,
        draft.text,
        limits.text,
        false,
        words,
    ));
    let author = keep(check_text(
        Field::Author,
        draft.author,
        limits.author,
        true,
        words,
    ));
    let lang = keep(check_language(draft.lang));
    let category = match check_category(draft.category, categories) {
        Ok(c) => c,
        Err(e) => {
            errors.push(e);
            None
        }
    };
    if errors.is_empty() {
        Ok(IdeaInput {
            title,
            text,
            category,
            lang,
            author: (!author.is_empty()).then_some(author),
        })
    } else {
        Err(errors)
    }
}

/// Checks a comment's text.
pub fn validate_comment(
    text: &str,
    words: &WordList,
    limits: &Limits,
) -> Result<String, InputError> {
    check_text(Field::Comment, text, limits.comment, false, words)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cats() -> Vec<String> {
        vec!["Spielen".to_string(), "Grün und Natur".to_string()]
    }

    #[test]
    fn a_good_idea_passes_trimmed() {
        let d = IdeaDraft {
            title: "  Trinkbrunnen am Spielplatz ",
            text: "Im Sommer wichtig.",
            category: "Spielen",
            lang: "DE",
            author: "",
        };
        let ok = validate_idea(&d, &cats(), &WordList::default(), &Limits::default());
        assert_eq!(
            ok,
            Ok(IdeaInput {
                title: "Trinkbrunnen am Spielplatz".into(),
                text: "Im Sommer wichtig.".into(),
                category: Some("Spielen".into()),
                lang: "de".into(),
                author: None,
            })
        );
    }

    #[test]
    fn every_problem_names_its_field() {
        let long = "x".repeat(141);
        let d = IdeaDraft {
            title: &long,
            text: "   ",
            category: "Parken",
            lang: "deutsch",
            author: "Anna",
        };
        let errs = validate_idea(&d, &cats(), &WordList::default(), &Limits::default())
            .err()
            .unwrap_or_default();
        let fields: Vec<Field> = errs.iter().map(InputError::field).collect();
        assert_eq!(
            fields,
            vec![Field::Title, Field::Text, Field::Language, Field::Category]
        );
        assert_eq!(
            errs[0],
            InputError::TooLong {
                field: Field::Title,
                max: 140,
                len: 141
            }
        );
        assert_eq!(errs[3].to_string(), "category: unknown category 'Parken'");
        assert_eq!(errs[1].key(), "empty");
    }

    #[test]
    fn length_counts_characters_not_bytes() {
        // 140 Arabic letters are 280 bytes but within the limit.
        let t = "ب".repeat(140);
        assert!(check_text(Field::Title, &t, 140, false, &WordList::default()).is_ok());
    }

    #[test]
    fn word_list_matches_words_phrases_and_stems() {
        let w = WordList::new(["# Kommentar", "Idiot*", "kauf jetzt", "", "spam"]);
        assert_eq!(w.find("Ihr seid IDIOTEN!"), Some("Idiot*"));
        assert_eq!(w.find("Bitte KAUF   jetzt hier"), Some("kauf jetzt"));
        assert_eq!(w.find("Spamming"), None, "whole words only without *");
        assert_eq!(w.find("kauf morgen jetzt"), None);
        assert_eq!(w.find("Schöne Idee"), None);
        let e = validate_comment("Das ist Spam.", &w, &Limits::default());
        assert_eq!(
            e,
            Err(InputError::Blocked {
                field: Field::Comment,
                term: "spam".into()
            })
        );
    }

    #[test]
    fn coordinates_and_optional_category() {
        assert_eq!(check_point(51.3, 12.4), Ok((51.3, 12.4)));
        assert_eq!(check_point(91.0, 12.4), Err(InputError::InvalidCoordinate));
        assert_eq!(
            check_point(f64::NAN, 0.0),
            Err(InputError::InvalidCoordinate)
        );
        assert_eq!(check_category("", &cats()), Ok(None));
        assert_eq!(InputError::OutsideQuarter.field(), Field::Place);
    }
}
