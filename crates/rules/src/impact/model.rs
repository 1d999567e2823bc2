//! The item library as plain data: wordings, answer scales, items, scales and
//! instruments. Everything here (de)serialises with serde, so that the shipped
//! instruments live in JSON files and a city's own instruments can be stored
//! and read in the same form.

use serde::{Deserialize, Serialize};

/// A language an item can be worded in: the eight UI languages plus
/// Leichte Sprache (easy-to-read German).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TextLang {
    /// German (the required wording).
    De,
    /// English.
    En,
    /// Arabic (right-to-left).
    Ar,
    /// Farsi (right-to-left).
    Fa,
    /// Ukrainian.
    Uk,
    /// Russian.
    Ru,
    /// Turkish.
    Tr,
    /// Vietnamese.
    Vi,
    /// Leichte Sprache (easy-to-read German).
    Ls,
}

impl TextLang {
    /// Every language, German first and Leichte Sprache last.
    pub const ALL: [TextLang; 9] = [
        TextLang::De,
        TextLang::En,
        TextLang::Ar,
        TextLang::Fa,
        TextLang::Uk,
        TextLang::Ru,
        TextLang::Tr,
        TextLang::Vi,
        TextLang::Ls,
    ];

    /// The code used in data and URLs (`de`, `en`, …, `ls` for Leichte Sprache).
    pub fn code(self) -> &'static str {
        match self {
            TextLang::De => "de",
            TextLang::En => "en",
            TextLang::Ar => "ar",
            TextLang::Fa => "fa",
            TextLang::Uk => "uk",
            TextLang::Ru => "ru",
            TextLang::Tr => "tr",
            TextLang::Vi => "vi",
            TextLang::Ls => "ls",
        }
    }

    /// The language for a code; `None` for an unknown code.
    pub fn from_code(code: &str) -> Option<TextLang> {
        TextLang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// Whether the language is written right to left.
    pub fn is_rtl(self) -> bool {
        matches!(self, TextLang::Ar | TextLang::Fa)
    }
}

/// One text in every language. German is required; a missing translation falls
/// back to German (Leichte Sprache too).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Wording {
    /// German.
    pub de: String,
    /// English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
    /// Arabic.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ar: Option<String>,
    /// Farsi.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fa: Option<String>,
    /// Ukrainian.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uk: Option<String>,
    /// Russian.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ru: Option<String>,
    /// Turkish.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tr: Option<String>,
    /// Vietnamese.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vi: Option<String>,
    /// Leichte Sprache.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ls: Option<String>,
}

impl Wording {
    /// A wording with German only.
    pub fn german(text: impl Into<String>) -> Wording {
        Wording {
            de: text.into(),
            ..Wording::default()
        }
    }

    /// The translation in `lang`, if there is one (German always is).
    pub fn exact(&self, lang: TextLang) -> Option<&str> {
        let t = match lang {
            TextLang::De => return Some(self.de.as_str()),
            TextLang::En => &self.en,
            TextLang::Ar => &self.ar,
            TextLang::Fa => &self.fa,
            TextLang::Uk => &self.uk,
            TextLang::Ru => &self.ru,
            TextLang::Tr => &self.tr,
            TextLang::Vi => &self.vi,
            TextLang::Ls => &self.ls,
        };
        t.as_deref().filter(|s| !s.trim().is_empty())
    }

    /// The text in `lang`, falling back to German.
    pub fn get(&self, lang: TextLang) -> &str {
        self.exact(lang).unwrap_or(self.de.as_str())
    }

    /// The languages this wording lacks.
    pub fn missing(&self) -> Vec<TextLang> {
        TextLang::ALL
            .into_iter()
            .filter(|l| self.exact(*l).is_none())
            .collect()
    }
}

/// One point of an answer scale: its value and its label.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScalePoint {
    /// The coded value (contiguous integers within a scale).
    pub value: i32,
    /// The label shown to respondents.
    pub label: Wording,
}

/// An answer scale, e.g. five points from "strongly disagree" to "strongly agree".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnswerScale {
    /// Identifier within the instrument.
    pub id: String,
    /// The points, lowest value first.
    pub points: Vec<ScalePoint>,
    /// Label of the "don't know / no answer" option, if offered. Such answers
    /// count as not answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dont_know: Option<Wording>,
}

impl AnswerScale {
    /// Lowest value.
    pub fn min(&self) -> i32 {
        self.points.iter().map(|p| p.value).min().unwrap_or(0)
    }

    /// Highest value.
    pub fn max(&self) -> i32 {
        self.points.iter().map(|p| p.value).max().unwrap_or(0)
    }

    /// Whether `value` is a point of this scale.
    pub fn contains(&self, value: i32) -> bool {
        self.points.iter().any(|p| p.value == value)
    }

    /// The value with the scale turned around (`min + max - value`).
    pub fn reverse(&self, value: i32) -> i32 {
        self.min() + self.max() - value
    }
}

/// One version of an item's wording. Versions only grow; an answer records the
/// version it was given to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ItemVersion {
    /// Version number, starting at 1.
    pub version: u32,
    /// The question or statement.
    pub wording: Wording,
    /// What changed against the previous version, if anything.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// An item (question or statement) of an instrument.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Item {
    /// Identifier, unique within the instrument (e.g. `ce_help`).
    pub id: String,
    /// The answer scale's id.
    pub answer_scale: String,
    /// Whether agreement means *less* of the construct (scored as `min + max - value`).
    #[serde(default)]
    pub reverse: bool,
    /// The wording versions, oldest first.
    pub versions: Vec<ItemVersion>,
}

impl Item {
    /// The current (highest) version.
    pub fn current(&self) -> Option<&ItemVersion> {
        self.versions.iter().max_by_key(|v| v.version)
    }

    /// A given version.
    pub fn version(&self, version: u32) -> Option<&ItemVersion> {
        self.versions.iter().find(|v| v.version == version)
    }
}

/// How a scale's score is computed from its items (after reverse coding).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(tag = "rule", rename_all = "snake_case")]
pub enum ScoringRule {
    /// Mean of the answered items, given at least `min_answered` of them.
    Mean {
        /// Minimum number of answered items for a score.
        min_answered: usize,
    },
    /// Sum of all items; no score if any item is unanswered.
    SumAll,
}

/// A scale: items measuring one construct and how they are scored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Scale {
    /// Identifier, unique within the instrument (e.g. `ce_cohesion`).
    pub id: String,
    /// The scale's name.
    pub title: Wording,
    /// The item ids.
    pub items: Vec<String>,
    /// The scoring rule.
    pub scoring: ScoringRule,
    /// A score at or above this counts as "agreeing" for shares (Wilson
    /// intervals), e.g. 4.0 on a five-point agreement scale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share_at_least: Option<f64>,
}

/// An instrument: a versioned questionnaire module with its items and scales.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Instrument {
    /// Identifier (e.g. `collective_efficacy`).
    pub id: String,
    /// Version of the instrument.
    pub version: u32,
    /// The instrument's name.
    pub title: Wording,
    /// Where it comes from (citation) and how this version relates to it.
    pub source: String,
    /// The answer scales used by its items (the shipped files take the
    /// common scales from `library/answer_scales.json`).
    #[serde(default)]
    pub answer_scales: Vec<AnswerScale>,
    /// The items, in the order they are asked.
    pub items: Vec<Item>,
    /// The scales.
    pub scales: Vec<Scale>,
}

impl Instrument {
    /// An item by id.
    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.id == id)
    }

    /// An answer scale by id.
    pub fn answer_scale(&self, id: &str) -> Option<&AnswerScale> {
        self.answer_scales.iter().find(|s| s.id == id)
    }

    /// A scale by id.
    pub fn scale(&self, id: &str) -> Option<&Scale> {
        self.scales.iter().find(|s| s.id == id)
    }

    /// Reads an instrument from JSON (shipped file or a city's own).
    pub fn from_json(text: &str) -> Result<Instrument, serde_json::Error> {
        serde_json::from_str(text)
    }
}
