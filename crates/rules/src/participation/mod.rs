//! Participation: neighbourhood dialogues (Stadtteildialoge) with ideas, comments,
//! analog input and the duty to answer.
//!
//! Plain rules on plain data, used by the database and web layers:
//! - [`phases`]: dialogue phases, participation levels and which actions each allows;
//! - [`status`]: the idea status lifecycle and the duty to answer (overdue ideas);
//! - [`channel`]: input channels (online, paper, event, street, pin map, phone);
//! - [`validate`]: validation of ideas and comments with typed errors naming the field,
//!   and the moderation word list;
//! - [`similar`]: the duplicate check that suggests similar ideas before posting;
//! - [`listing`]: sort and filter keys of the idea list, 20 per page;
//! - [`place`]: the quarter map as an image button (pixel ↔ coordinates) and the
//!   boundary check;
//! - [`export`]: spreadsheet cell neutralisation for exports;
//! - [`import`]: the import JSON contract and the Decidim proposal-export layout.

pub mod channel;
pub mod dates;
pub mod export;
pub mod import;
pub mod listing;
pub mod phases;
pub mod place;
pub mod similar;
pub mod status;
pub mod validate;

pub use channel::Channel;
pub use phases::{Action, Level, PhaseKind};
pub use status::{AnswerState, IdeaStatus};
