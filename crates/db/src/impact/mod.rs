//! Impact (Wirkung): instruments and items per city, surveys with their
//! pilot quarter and comparison areas, waves, sampling, invitation codes,
//! responses and answers, and the logic model.
//!
//! Answers are stored apart from identities: no table that holds or refers to
//! a response refers to an account (`schema` proves it from the live schema),
//! invitation codes are stored as SHA-256 hashes with a used flag and nothing
//! that ties them to the response they let in, and a response keeps the day
//! it came in, not the time.

mod answers;
mod instruments;
mod logic;
pub mod schema;
mod surveys;

pub use answers::{AnswerRow, NewAnswer, Submission};
pub use instruments::InstrumentRow;
pub use logic::LogicStep;
pub use surveys::{CodeTicket, Sample, SampleDraft, Survey, SurveyDraft, Unit, UnitRole, Wave};
