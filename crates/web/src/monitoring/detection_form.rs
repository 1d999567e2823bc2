//! Page parts of the mapping step: the header row, year column and skipped rows fields
//! of the upload settings, the direction choice with its proposal, and the translation of
//! message ids inside stored preview facts.

use maud::{Markup, html};

use super::datasets::{IndicatorSummary, Settings};
use crate::ctx::Ctx;

/// Translates every `@data-…` / `@monitoring-…` message id inside a stored fact value.
pub(crate) fn translate_ids(ctx: &Ctx, v: &str) -> String {
    let mut out = String::with_capacity(v.len());
    let mut rest = v;
    while let Some(at) = rest.find('@') {
        let (head, tail) = rest.split_at(at);
        out.push_str(head);
        let id_len = tail[1..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
            .map_or(tail.len() - 1, |n| n);
        let id = &tail[1..1 + id_len];
        if id.starts_with("data-") || id.starts_with("monitoring-") {
            out.push_str(&ctx.t(id));
        } else {
            out.push('@');
            out.push_str(id);
        }
        rest = &tail[1 + id_len..];
    }
    out.push_str(rest);
    out
}

/// The mapping fields of the upload settings (tables): header row, year column, rows to skip.
pub(crate) fn mapping_fields(ctx: &Ctx, s: &Settings) -> Markup {
    let field = |name: &str, value: String, inputmode: Option<&str>| {
        let id = format!("f-{name}");
        let key = name.replace('_', "-");
        html! {
            div class="field" {
                label for=(id) { (ctx.t(&format!("monitoring-field-{key}"))) }
                p class="hint" id={ (id) "-hint" } { (ctx.t(&format!("monitoring-hint-{key}"))) }
                input id=(id) name=(name) type="text" value=(value) inputmode=[inputmode]
                    aria-describedby={ (id) "-hint" };
            }
        }
    };
    html! {
        fieldset class="mapping" {
            legend { (ctx.t("monitoring-mapping-legend")) }
            (field("header_row", s.header_row.clone(), None))
            (field("year_column", s.year_column.clone(), None))
            (field("skip_rows", if s.skip_rows == 0 { String::new() } else { s.skip_rows.to_string() }, Some("numeric")))
        }
    }
}

/// The direction choice of one indicator, preselected with the proposal; without a
/// proposal the analyst has to choose.
pub(crate) fn direction_select(ctx: &Ctx, i: usize, ind: &IndicatorSummary) -> Markup {
    let d = ind.direction.as_str();
    let hint_id = format!("f-ind-{i}-polarity-hint");
    html! {
        select name={ "ind-" (i) "-polarity" } id={ "f-ind-" (i) "-polarity" }
            aria-label=(ctx.ta("data-polarity-of", &[("name", ind.name.clone().into())]))
            aria-describedby=(hint_id) {
            @if d.is_empty() { option value="" selected { (ctx.t("monitoring-direction-choose")) } }
            option value="need" selected[d == "need"] { (ctx.t("data-polarity-need")) }
            option value="less" selected[d == "less"] { (ctx.t("data-polarity-less")) }
            option value="neutral" selected[d == "neutral"] { (ctx.t("data-polarity-neutral")) }
        }
        p class="hint" id=(hint_id) {
            @if d.is_empty() {
                (ctx.t("monitoring-direction-none"))
            } @else {
                (ctx.ta("monitoring-direction-proposed", &[("term", ind.direction_term.clone().into())]))
            }
        }
    }
}
