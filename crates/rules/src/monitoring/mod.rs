//! Rules of the social monitoring module.
//!
//! - [`direction`]: which way an indicator points (more or less need), proposed from its
//!   name and unit with a maintained vocabulary of German statistics terms; always shown
//!   for confirmation, never applied unseen.

pub mod direction;

pub use direction::{Direction, DirectionProposal, propose_direction};
