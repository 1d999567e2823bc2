//! Formatting shared by every module: dates, numbers, German content, names.

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

/// A `<time>` element for Unix seconds, kept left-to-right inside RTL pages.
pub fn time_el(secs: i64) -> maud::Markup {
    let text = fmt_time(secs);
    let iso = text.replace(' ', "T");
    maud::html! { time datetime=(iso) dir="ltr" { (text) } }
}

/// Content entered by the city (names, descriptions) is German; mark it so that
/// screen readers and the bidi algorithm treat it right on pages in other languages.
pub fn de(text: &str) -> maud::Markup {
    maud::html! { span lang="de" dir="auto" { (text) } }
}

/// The translated name of a role.
pub fn role_name(lang: Lang, role: &str) -> String {
    lang.t(&format!("role-{role}"))
}

/// Formats a number the way the language writes it (decimal comma where customary).
pub fn fmt_num(lang: Lang, v: f64, decimals: usize) -> String {
    let s = format!("{v:.decimals$}");
    match lang {
        Lang::En | Lang::Ar | Lang::Fa => s,
        _ => s.replace('.', ","),
    }
}

/// An optional number, or a dash.
pub fn fmt_opt(lang: Lang, v: Option<f64>, decimals: usize) -> String {
    v.map(|x| fmt_num(lang, x, decimals))
        .unwrap_or_else(|| "–".into())
}

/// The indicator's name in the UI language (German for German, English otherwise).
pub fn indicator_name(lang: Lang, ind: &quartier_db::monitoring::city::Indicator) -> String {
    if lang == Lang::De {
        ind.name_de.clone()
    } else {
        ind.name_en.clone()
    }
}

/// The source line of an indicator: publisher and, when known, licence.
pub fn source_of(ind: &quartier_db::monitoring::city::Indicator) -> String {
    if ind.licence.trim().is_empty() {
        ind.source.clone()
    } else {
        format!("{}, {}", ind.source, ind.licence)
    }
}
