//! The shipped instruments, kept as JSON data next to this file.
//!
//! * `collective_efficacy.json`: Sampson, Raudenbush & Earls (1997), ten items,
//!   subscales social cohesion and trust / informal social control.
//! * `neighbourhood_cohesion.json`: a Buckner-type eight-item short form.
//! * `cohesion_radar.json`: one item per dimension of the Bertelsmann Radar
//!   gesellschaftlicher Zusammenhalt, three domain scales and a total.
//! * `integration_climate.json`: SVR-style neighbourhood items.
//!
//! The answer scales shared by them (`agree5`, `likely5`) are in
//! `answer_scales.json` and added to each instrument that uses them.

use thiserror::Error;

use super::model::{AnswerScale, Instrument};
use super::validate::InstrumentError;

const ANSWER_SCALES: &str = include_str!("library/answer_scales.json");
const FILES: [(&str, &str); 4] = [
    (
        "collective_efficacy.json",
        include_str!("library/collective_efficacy.json"),
    ),
    (
        "neighbourhood_cohesion.json",
        include_str!("library/neighbourhood_cohesion.json"),
    ),
    (
        "cohesion_radar.json",
        include_str!("library/cohesion_radar.json"),
    ),
    (
        "integration_climate.json",
        include_str!("library/integration_climate.json"),
    ),
];

/// Why a library file could not be read.
#[derive(Debug, Error)]
pub enum LibraryError {
    /// A file is not valid instrument JSON.
    #[error("{file}: {source}")]
    Parse {
        /// The file.
        file: String,
        /// The parser's message.
        source: serde_json::Error,
    },
    /// A file parses but breaks an instrument rule.
    #[error("{file}: {source}")]
    Invalid {
        /// The file.
        file: String,
        /// The rule.
        source: InstrumentError,
    },
}

/// Adds the common answer scales an instrument uses but does not define.
pub fn with_common_scales(mut instrument: Instrument, common: &[AnswerScale]) -> Instrument {
    for scale in common {
        let used = instrument.items.iter().any(|i| i.answer_scale == scale.id);
        if used && instrument.answer_scale(&scale.id).is_none() {
            instrument.answer_scales.push(scale.clone());
        }
    }
    instrument
}

/// The common answer scales (`agree5`, `likely5`).
pub fn common_answer_scales() -> Result<Vec<AnswerScale>, LibraryError> {
    serde_json::from_str(ANSWER_SCALES).map_err(|source| LibraryError::Parse {
        file: "answer_scales.json".into(),
        source,
    })
}

/// Every shipped instrument, parsed and validated.
pub fn shipped() -> Result<Vec<Instrument>, LibraryError> {
    let common = common_answer_scales()?;
    FILES
        .iter()
        .map(|(file, text)| {
            let parsed = Instrument::from_json(text).map_err(|source| LibraryError::Parse {
                file: (*file).into(),
                source,
            })?;
            let instrument = with_common_scales(parsed, &common);
            instrument
                .validate()
                .map_err(|source| LibraryError::Invalid {
                    file: (*file).into(),
                    source,
                })?;
            Ok(instrument)
        })
        .collect()
}

/// One shipped instrument by id.
pub fn shipped_instrument(id: &str) -> Result<Option<Instrument>, LibraryError> {
    Ok(shipped()?.into_iter().find(|i| i.id == id))
}
