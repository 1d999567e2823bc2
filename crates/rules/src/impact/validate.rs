//! Checks of an instrument and of a response, with typed errors naming the
//! field and the rule that failed.

use std::collections::{BTreeMap, HashSet};

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::model::{Instrument, ScoringRule};

/// Why an instrument cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum InstrumentError {
    /// The instrument has no id.
    #[error("the instrument has no id")]
    NoId,
    /// The instrument has no German title.
    #[error("instrument {0}: the German title is empty")]
    NoTitle(String),
    /// The instrument has no items.
    #[error("instrument {0} has no items")]
    NoItems(String),
    /// The instrument has no scales.
    #[error("instrument {0} has no scales")]
    NoScales(String),
    /// An id is empty or contains characters other than a–z, 0–9 and `_`.
    #[error("id '{0}' must be 1–64 characters of a–z, 0–9 and _")]
    BadId(String),
    /// Two items share an id.
    #[error("item id '{0}' is used twice")]
    DuplicateItem(String),
    /// Two scales share an id.
    #[error("scale id '{0}' is used twice")]
    DuplicateScale(String),
    /// Two answer scales share an id.
    #[error("answer scale id '{0}' is used twice")]
    DuplicateAnswerScale(String),
    /// An answer scale has fewer than two points.
    #[error("answer scale '{0}' needs at least two points")]
    TooFewPoints(String),
    /// An answer scale's values are not consecutive integers.
    #[error("answer scale '{0}': the values must be consecutive integers, lowest first")]
    PointsNotConsecutive(String),
    /// An item refers to an answer scale that is not defined.
    #[error("item '{item}' uses the unknown answer scale '{scale}'")]
    UnknownAnswerScale {
        /// The item.
        item: String,
        /// The unknown answer scale.
        scale: String,
    },
    /// An item has no wording version.
    #[error("item '{0}' has no wording")]
    NoWording(String),
    /// An item's versions are not 1, 2, 3, … in order.
    #[error("item '{0}': versions must be numbered 1, 2, 3, … oldest first")]
    BadVersions(String),
    /// An item's German wording is empty.
    #[error("item '{item}' version {version}: the German wording is empty")]
    EmptyWording {
        /// The item.
        item: String,
        /// The version.
        version: u32,
    },
    /// A scale has no items.
    #[error("scale '{0}' has no items")]
    EmptyScale(String),
    /// A scale refers to an item that is not defined.
    #[error("scale '{scale}' refers to the unknown item '{item}'")]
    UnknownItem {
        /// The scale.
        scale: String,
        /// The unknown item.
        item: String,
    },
    /// A scale lists an item twice.
    #[error("scale '{scale}' lists item '{item}' twice")]
    ItemTwiceInScale {
        /// The scale.
        scale: String,
        /// The item.
        item: String,
    },
    /// A scale mixes items whose answer scales have different ranges.
    #[error("scale '{0}' mixes items whose answer scales have different ranges")]
    MixedAnswerScales(String),
    /// The scoring rule asks for more (or fewer than one) answered items than the scale has.
    #[error("scale '{scale}': at least {min_answered} answered items asked, but it has {items}")]
    BadMinAnswered {
        /// The scale.
        scale: String,
        /// The rule's minimum.
        min_answered: usize,
        /// The scale's number of items.
        items: usize,
    },
}

fn check_id(id: &str) -> Result<(), InstrumentError> {
    let ok = !id.is_empty()
        && id.len() <= 64
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if ok {
        Ok(())
    } else {
        Err(InstrumentError::BadId(id.to_string()))
    }
}

impl Instrument {
    /// Checks the instrument; returns the first rule it breaks.
    pub fn validate(&self) -> Result<(), InstrumentError> {
        if self.id.is_empty() {
            return Err(InstrumentError::NoId);
        }
        check_id(&self.id)?;
        if self.title.de.trim().is_empty() {
            return Err(InstrumentError::NoTitle(self.id.clone()));
        }
        if self.items.is_empty() {
            return Err(InstrumentError::NoItems(self.id.clone()));
        }
        if self.scales.is_empty() {
            return Err(InstrumentError::NoScales(self.id.clone()));
        }
        let mut seen = HashSet::new();
        for a in &self.answer_scales {
            check_id(&a.id)?;
            if !seen.insert(a.id.as_str()) {
                return Err(InstrumentError::DuplicateAnswerScale(a.id.clone()));
            }
            if a.points.len() < 2 {
                return Err(InstrumentError::TooFewPoints(a.id.clone()));
            }
            let first = a.points[0].value;
            let consecutive = a
                .points
                .iter()
                .enumerate()
                .all(|(i, p)| i64::from(p.value) == i64::from(first) + i as i64);
            if !consecutive {
                return Err(InstrumentError::PointsNotConsecutive(a.id.clone()));
            }
        }
        let mut seen = HashSet::new();
        for item in &self.items {
            check_id(&item.id)?;
            if !seen.insert(item.id.as_str()) {
                return Err(InstrumentError::DuplicateItem(item.id.clone()));
            }
            if self.answer_scale(&item.answer_scale).is_none() {
                return Err(InstrumentError::UnknownAnswerScale {
                    item: item.id.clone(),
                    scale: item.answer_scale.clone(),
                });
            }
            if item.versions.is_empty() {
                return Err(InstrumentError::NoWording(item.id.clone()));
            }
            for (i, v) in item.versions.iter().enumerate() {
                if u64::from(v.version) != i as u64 + 1 {
                    return Err(InstrumentError::BadVersions(item.id.clone()));
                }
                if v.wording.de.trim().is_empty() {
                    return Err(InstrumentError::EmptyWording {
                        item: item.id.clone(),
                        version: v.version,
                    });
                }
            }
        }
        let mut seen = HashSet::new();
        for scale in &self.scales {
            check_id(&scale.id)?;
            if !seen.insert(scale.id.as_str()) {
                return Err(InstrumentError::DuplicateScale(scale.id.clone()));
            }
            if scale.items.is_empty() {
                return Err(InstrumentError::EmptyScale(scale.id.clone()));
            }
            let mut in_scale = HashSet::new();
            let mut range: Option<(i32, i32)> = None;
            for id in &scale.items {
                let Some(item) = self.item(id) else {
                    return Err(InstrumentError::UnknownItem {
                        scale: scale.id.clone(),
                        item: id.clone(),
                    });
                };
                if !in_scale.insert(id.as_str()) {
                    return Err(InstrumentError::ItemTwiceInScale {
                        scale: scale.id.clone(),
                        item: id.clone(),
                    });
                }
                let this = self
                    .answer_scale(&item.answer_scale)
                    .map(|a| (a.min(), a.max()));
                match (range, this) {
                    (None, r) => range = r,
                    (Some(a), Some(b)) if a != b => {
                        return Err(InstrumentError::MixedAnswerScales(scale.id.clone()));
                    }
                    _ => {}
                }
            }
            if let ScoringRule::Mean { min_answered } = scale.scoring
                && (min_answered == 0 || min_answered > scale.items.len())
            {
                return Err(InstrumentError::BadMinAnswered {
                    scale: scale.id.clone(),
                    min_answered,
                    items: scale.items.len(),
                });
            }
        }
        Ok(())
    }
}

/// One answer to one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Answer {
    /// A point of the item's answer scale.
    Value(i32),
    /// "Don't know / no answer" was chosen.
    DontKnow,
}

/// Why a response cannot be saved.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum AnswerError {
    /// An answer names an item the instrument does not have.
    #[error("unknown item '{0}'")]
    UnknownItem(String),
    /// An item is answered twice.
    #[error("item '{0}' is answered twice")]
    DuplicateAnswer(String),
    /// A value outside the item's answer scale.
    #[error("item '{item}': {value} is outside the answer scale {min}–{max}")]
    OutOfRange {
        /// The item.
        item: String,
        /// The value given.
        value: i32,
        /// Lowest allowed value.
        min: i32,
        /// Highest allowed value.
        max: i32,
    },
    /// "Don't know" chosen where the answer scale does not offer it.
    #[error("item '{0}' does not offer 'don't know'")]
    DontKnowNotOffered(String),
    /// Nothing was answered.
    #[error("no item was answered")]
    Empty,
}

/// A checked response: answers by item id (items left out are unanswered).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Response {
    /// The answers by item id.
    pub answers: BTreeMap<String, Answer>,
}

impl Instrument {
    /// Checks raw answers against the instrument (items left out count as
    /// unanswered; at least one item must be answered).
    pub fn check_response(&self, answers: &[(String, Answer)]) -> Result<Response, AnswerError> {
        let mut out = BTreeMap::new();
        for (id, answer) in answers {
            let item = self
                .item(id)
                .ok_or_else(|| AnswerError::UnknownItem(id.clone()))?;
            let scale = self
                .answer_scale(&item.answer_scale)
                .ok_or_else(|| AnswerError::UnknownItem(id.clone()))?;
            match answer {
                Answer::Value(v) if !scale.contains(*v) => {
                    return Err(AnswerError::OutOfRange {
                        item: id.clone(),
                        value: *v,
                        min: scale.min(),
                        max: scale.max(),
                    });
                }
                Answer::DontKnow if scale.dont_know.is_none() => {
                    return Err(AnswerError::DontKnowNotOffered(id.clone()));
                }
                _ => {}
            }
            if out.insert(id.clone(), *answer).is_some() {
                return Err(AnswerError::DuplicateAnswer(id.clone()));
            }
        }
        if out.is_empty() {
            return Err(AnswerError::Empty);
        }
        Ok(Response { answers: out })
    }
}
