//! Page parts every module uses: the page shell, form helpers, lists with
//! filters and pages, formatting of numbers and dates, CSV/XLSX export, and area
//! geometry read back from storage.

pub mod export;
pub mod fmt;
pub(crate) mod forms;
pub mod geometry;
pub(crate) mod layout;
pub mod list;
