//! The impact report: a navigation-free print page for the funder with the
//! instrument, the sampling, every scale's results with intervals, the
//! comparison with the comparison areas, and what is not yet known.

use axum::extract::{Path, State};
use maud::{DOCTYPE, Markup, html};
use quartier_i18n::FluentValue;

use super::load::{bundle, results};
use super::results::{any_shown, cells_table, changes_table};
use super::{text_lang, today};
use crate::error::AppResult;
use crate::ui::layout;
use crate::{AppState, Ctx};

/// `GET /impact/surveys/{id}/report`
pub async fn print(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Markup> {
    let b = bundle(&state, &ctx, id).await?;
    let all = results(&state, &b).await?;
    let samples = state.db.survey_samples(id).await?;
    let counts = state.db.response_counts(id).await?;
    let lang = ctx.lang;
    let tl = text_lang(lang, false);
    let title = ctx.ta(
        "impact-report-title",
        &[("survey", FluentValue::from(b.survey.title.clone()))],
    );
    let city = ctx
        .city
        .as_ref()
        .map(|c| c.name.clone())
        .unwrap_or_default();
    let pilot: Vec<&str> = b
        .units
        .iter()
        .filter(|u| u.is_pilot())
        .map(|u| u.name.as_str())
        .collect();
    let comparison: Vec<&str> = b
        .units
        .iter()
        .filter(|u| !u.is_pilot())
        .map(|u| u.name.as_str())
        .collect();
    let withheld: usize = all
        .iter()
        .map(|s| s.cells.iter().filter(|c| c.figures.is_none()).count())
        .sum();
    let received = |w: i64, u: i64| {
        counts
            .iter()
            .filter(|c| c.0 == w && c.1 == u)
            .map(|c| c.3)
            .sum::<i64>()
    };
    let body = html! {
        header class="plan-print-head" {
            h1 { (title) }
            dl class="plan-print-meta" {
                div { dt { (ctx.t("impact-report-city")) } dd { (city) } }
                div { dt { (ctx.t("impact-pilot-quarter")) } dd { (pilot.join(", ")) } }
                div { dt { (ctx.t("impact-comparison-areas")) } dd { (comparison.join(", ")) } }
                div { dt { (ctx.t("impact-report-date")) } dd dir="ltr" { (today()) } }
            }
            p class="no-print" { a href={ "/impact/surveys/" (id) "/results" } { (ctx.t("impact-results-link")) } }
        }
        section class="plan-print-section" aria-labelledby="h-instrument" {
            h2 id="h-instrument" { (ctx.t("impact-instrument")) ": " (b.instrument.title.get(tl)) }
            p lang="en" { (b.instrument.source) }
        }
        section class="plan-print-section" aria-labelledby="h-sampling" {
            h2 id="h-sampling" { (ctx.t("impact-report-sampling")) }
            div class="table-wrap" role="region" tabindex="0" aria-label=(ctx.t("impact-samples")) {
                table {
                    thead { tr {
                        th scope="col" { (ctx.t("impact-wave")) }
                        th scope="col" { (ctx.t("impact-area")) }
                        th scope="col" { (ctx.t("impact-method")) }
                        th scope="col" { (ctx.t("impact-frame")) }
                        th scope="col" { (ctx.t("impact-invited")) }
                    } }
                    tbody { @for s in &samples {
                        tr {
                            td { (b.wave(s.wave_id).map(|w| w.name.as_str()).unwrap_or("")) }
                            td { (b.unit(s.unit_id).map(|u| u.name.as_str()).unwrap_or("")) }
                            td { (ctx.t(&format!("impact-method-{}", s.method))) }
                            td { (s.frame) }
                            td { (s.invited) }
                        }
                    } }
                }
            }
            div class="table-wrap" role="region" tabindex="0" aria-label=(ctx.t("impact-report-received")) {
                table {
                    caption { (ctx.t("impact-report-received")) }
                    thead { tr { th scope="col" { (ctx.t("impact-wave")) } @for u in &b.units { th scope="col" { (u.name) } } } }
                    tbody { @for w in &b.waves { tr { th scope="row" { (w.name) } @for u in &b.units { td { (received(w.id, u.id)) } } } } }
                }
            }
        }
        section class="plan-print-section" aria-labelledby="h-results" {
            h2 id="h-results" { (ctx.t("impact-results-link")) }
            p { (ctx.ta("impact-results-intro", &[("min", FluentValue::from(b.survey.min_n))])) }
            @if !any_shown(&all) { p { (ctx.ta("impact-results-none", &[("min", FluentValue::from(b.survey.min_n))])) } }
            @for s in &all {
                @let scale_title = b.instrument.scale(&s.scale).map(|x| x.title.get(tl).to_string()).unwrap_or_default();
                h3 { (scale_title) }
                (cells_table(&ctx, s, &scale_title, b.survey.min_n))
                (changes_table(&ctx, s, &scale_title))
            }
        }
        section class="plan-print-section" aria-labelledby="h-unknown" {
            h2 id="h-unknown" { (ctx.t("impact-report-unknown")) }
            ul {
                li { (ctx.t("impact-report-unknown-attribution")) }
                li { (ctx.t("impact-report-unknown-samples")) }
                @if withheld > 0 { li { (ctx.ta("impact-report-unknown-withheld", &[("count", FluentValue::from(withheld))])) } }
            }
        }
    };
    Ok(html! {
        (DOCTYPE)
        html lang=(lang.code()) dir=(lang.dir()) {
            (layout::head(lang, &title))
            body class="plan-print-doc" {
                main id="main" tabindex="-1" { (body) }
            }
        }
    })
}
