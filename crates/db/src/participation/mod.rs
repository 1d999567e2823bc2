//! Participation: neighbourhood dialogues (Stadtteildialoge) with phases, ideas, comments
//! with one reply level, supports, follows, official answers, moderation and imports
//! (migration 0007). The rules (phases, lifecycle, validation, list keys) are in
//! `quartier_rules::participation`; this module stores and reads.

mod comments;
mod dialogues;
mod ideas;
mod imports;
mod moderation;
#[cfg(test)]
mod tests;

pub use comments::{Comment, NewComment};
pub use dialogues::{Dialogue, DialogueDraft, Phase, PhaseDraft, Place};
pub use ideas::{Answer, ChannelCount, Idea, IdeaPage, NewIdea, QueueItem};
pub use imports::{ImportApplied, ImportRow, NewImport};
pub use moderation::Report;

/// The columns of an idea, in [`Idea`]'s order.
pub(crate) const IDEA_COLS: &str = "id, dialogue_id, title, text, category, lang, photo, lat, lon, author_user_id, author_name, channel, recorded_by, event, status, supports, comments, answered_at, hidden_reason, hidden_at, measure_id, import_id, created_at";
