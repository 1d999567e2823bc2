//! Rules of the action plan (Aktionsplan): dates, lateness and progress of
//! measures, partner suggestions, and the change log's differences and
//! comparisons.

pub mod dates;
pub mod history;
pub mod progress;

pub use dates::{Ymd, add_months, day_number, end_of_day, iso, month_days, parse_date, parse_day};
pub use history::{Comparison, NESTED, PlanState, compare_states, diff, status_counts};
pub use progress::{Candidate, Scheduled, is_late, progress_share, suggested_partners};
