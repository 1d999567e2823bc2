//! Lernwerkstatt (peer learning between neighbourhood-management teams) and the
//! instrument library: the instrument profile (Steckbrief) with typed
//! preconditions that the transfer check can test, the step of the Wirkungstreppe
//! an instrument reached, follow-up tasks and their lateness, and the rotation of
//! hosts in a workshop series.

pub mod profile;
pub mod series;
pub mod tasks;

pub use profile::{
    ContextFacts, Precondition, PreconditionCheck, Profile, ProfileError, Resources, Step,
    check_preconditions,
};
pub use series::{next_host, rotation};
pub use tasks::{TaskError, TaskStatus, is_overdue, parse_iso_date};
