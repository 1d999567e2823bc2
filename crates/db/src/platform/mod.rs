//! Platform: accounts and roles, sessions, API and one-time tokens, the audit log,
//! the email outbox and background jobs.

pub mod accounts;
pub mod audit;
pub mod jobs;
pub mod outbox;
pub mod sessions;
pub mod tokens;
