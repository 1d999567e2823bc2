//! Impact (Wirkung): survey instruments and the statistics of cohesion surveys.
//!
//! * [`model`]: the item library and instruments as data — items with versioned
//!   wording in every shipped language and in Leichte Sprache, answer scales,
//!   reverse coding and scales with their scoring rule.
//! * [`validate`]: checks of an instrument and of a response, with typed errors.
//! * [`scoring`]: a response's scale scores (reverse coding, mean of at least
//!   k answered items).
//! * [`fieldwork`]: wave dates and status, sampling methods, answer channels,
//!   invitation codes.
//! * [`library`]: the shipped instruments (Collective Efficacy, a Buckner-type
//!   neighbourhood cohesion short form, a module along the Bertelsmann Radar
//!   dimensions, SVR-style neighbourhood items).
//! * [`results`]: a survey's results per scale, area and wave, changes and
//!   difference-in-differences, with everything below the minimum n withheld.
//! * [`stats`]: per-scale summaries with t intervals, Cronbach's alpha, Welch
//!   change between waves, Wilson intervals, difference-in-differences with
//!   heteroskedasticity-robust (HC3) errors, and suppression below a minimum n.

pub mod fieldwork;
pub mod library;
pub mod model;
pub mod results;
pub mod scoring;
pub mod stats;
pub mod validate;

pub use model::{
    AnswerScale, Instrument, Item, ItemVersion, Scale, ScalePoint, ScoringRule, TextLang, Wording,
};
pub use scoring::{ScaleScore, score_response};
pub use validate::{Answer, AnswerError, InstrumentError, Response};

#[cfg(test)]
mod tests;
