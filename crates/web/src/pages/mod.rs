//! Handlers, one module per area of the site.

pub mod account;
pub mod admin;
pub mod api;
pub mod auth;
pub mod home;
pub mod quarters;

use quartier_i18n::Lang;

/// Formats Unix seconds as a date and time (UTC) for tables.
pub fn fmt_time(secs: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(secs)
        .map(|t| {
            format!(
                "{:04}-{:02}-{:02} {:02}:{:02}",
                t.year(),
                u8::from(t.month()),
                t.day(),
                t.hour(),
                t.minute()
            )
        })
        .unwrap_or_default()
}

/// The translated name of a role.
pub fn role_name(lang: Lang, role: &str) -> String {
    lang.t(&format!("role-{role}"))
}
