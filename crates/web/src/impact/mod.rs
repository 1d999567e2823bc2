//! Impact (Wirkung): cohesion surveys in waves — survey management for the
//! analyst, answering without an account (invitation code or open link, on a
//! phone, without JavaScript, in every shipped language and Leichte Sprache),
//! staff entry of paper questionnaires, and results with intervals, changes
//! and difference-in-differences, nothing shown below the minimum n.
//!
//! The statistics and rules live in `quartier_rules::impact`; this module
//! reads, calls and renders.

pub mod answer;
mod load;
pub mod manage;
pub mod results;
mod views;

use quartier_db::accounts::Role;
use quartier_i18n::Lang;
use quartier_rules::impact::TextLang;

use crate::access::Access;

/// Who runs surveys and reads their results.
pub const ANALYSTS: Access = Access::Roles(&[Role::Analyst, Role::Lead]);
/// Who types in paper questionnaires (and analysts).
pub const FIELD_STAFF: Access = Access::Roles(&[Role::Analyst, Role::Lead, Role::Manager]);

/// The item language for a UI language (Leichte Sprache when asked for on German pages).
pub fn text_lang(lang: Lang, easy: bool) -> TextLang {
    if easy && lang == Lang::De {
        return TextLang::Ls;
    }
    TextLang::from_code(lang.code()).unwrap_or(TextLang::De)
}

/// Today (UTC) as `YYYY-MM-DD`.
pub fn today() -> String {
    let now = time::OffsetDateTime::now_utc();
    format!(
        "{:04}-{:02}-{:02}",
        now.year(),
        u8::from(now.month()),
        now.day()
    )
}
