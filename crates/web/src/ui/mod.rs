//! Page parts every module uses: the page shell, form helpers, formatting of
//! numbers and dates, and area geometry read back from storage.

pub mod export;
pub mod fmt;
pub(crate) mod forms;
pub mod geometry;
pub(crate) mod layout;
