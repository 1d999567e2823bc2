//! Survey results: the page for the analyst and `GET /api/v1/surveys/{id}/results`.
//! Nothing below the survey's minimum n is shown or sent.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use maud::{Markup, html};
use quartier_i18n::FluentValue;
use quartier_rules::impact::results::{BINS, ScaleResults};
use quartier_rules::impact::stats::LEVEL;
use serde_json::{Value, json};

use super::load::{Bundle, bundle, results};
use super::text_lang;
use super::views::{bin_labels, distribution_svg, interval, num};
use crate::error::AppResult;
use crate::ui::layout::page;
use crate::{AppState, Ctx};

/// The robust standard errors used for difference-in-differences.
pub const ROBUST_SE: &str = "HC3";

fn any_shown(all: &[ScaleResults]) -> bool {
    all.iter()
        .any(|s| s.cells.iter().any(|c| c.figures.is_some()))
}

/// The JSON document of a survey's results (aggregates only).
pub fn results_json(b: &Bundle, all: &[ScaleResults]) -> Value {
    let scales: Vec<Value> = all
        .iter()
        .map(|s| {
            let cells: Vec<Value> = s
                .cells
                .iter()
                .filter_map(|c| {
                    let f = c.figures.as_ref()?;
                    Some(json!({
                        "area": c.area,
                        "role": if c.pilot { "pilot" } else { "comparison" },
                        "wave": c.wave,
                        "wave_index": c.wave_index,
                        "n": f.summary.n,
                        "mean": f.summary.mean,
                        "ci_low": f.summary.ci_low,
                        "ci_high": f.summary.ci_high,
                        "alpha": f.alpha,
                    }))
                })
                .collect();
            let withheld: Vec<Value> = s
                .cells
                .iter()
                .filter(|c| c.figures.is_none())
                .map(|c| json!({ "area": c.area, "wave": c.wave, "reason": "fewer answers than the minimum" }))
                .collect();
            let mut comparisons: Vec<Value> = s
                .changes
                .iter()
                .filter_map(|c| {
                    let w = c.welch?;
                    Some(json!({
                        "kind": "change",
                        "method": "welch",
                        "area": c.area,
                        "from_wave": c.from_wave,
                        "to_wave": c.to_wave,
                        "estimate": w.estimate,
                        "ci_low": w.ci_low,
                        "ci_high": w.ci_high,
                    }))
                })
                .collect();
            comparisons.extend(s.did.iter().filter_map(|d| {
                let e = d.did?;
                Some(json!({
                    "kind": "difference_in_differences",
                    "method": format!("ols_interaction_{}", ROBUST_SE.to_lowercase()),
                    "pilot_area": d.pilot_area,
                    "comparison_areas": d.comparison_areas,
                    "from_wave": d.from_wave,
                    "to_wave": d.to_wave,
                    "estimate": e.estimate,
                    "ci_low": e.ci_low,
                    "ci_high": e.ci_high,
                }))
            }));
            let title = b
                .instrument
                .scale(&s.scale)
                .map(|x| x.title.de.clone())
                .unwrap_or_default();
            json!({
                "scale": s.scale,
                "title": title,
                "cells": cells,
                "withheld": withheld,
                "comparisons": comparisons,
            })
        })
        .collect();
    json!({
        "survey": b.survey.id,
        "title": b.survey.title,
        "instrument": b.instrument.id,
        "min_n": b.survey.min_n,
        "level": LEVEL,
        "robust_se": ROBUST_SE,
        "scales": scales,
    })
}

/// `GET /api/v1/surveys/{id}/results` — 422 when no area and wave reaches the minimum n.
pub async fn api(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let b = bundle(&state, &ctx, id).await?;
    let all = results(&state, &b).await?;
    if !any_shown(&all) {
        let message = format!(
            "no area and wave has {} or more answers: results withheld",
            b.survey.min_n
        );
        let body = json!({ "error": 422, "message": message });
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, Json(body)).into_response());
    }
    Ok(Json(results_json(&b, &all)).into_response())
}

/// `GET /impact/surveys/{id}/results`
pub async fn page_view(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Markup> {
    let b = bundle(&state, &ctx, id).await?;
    let all = results(&state, &b).await?;
    let lang = ctx.lang;
    let tl = text_lang(lang, false);
    let title = ctx.ta(
        "impact-results-title",
        &[("survey", FluentValue::from(b.survey.title.clone()))],
    );
    let min = b.survey.min_n;
    Ok(page(
        &ctx,
        &title,
        html! {
            p { (ctx.ta("impact-results-intro", &[("min", FluentValue::from(min))])) }
            p { a href={ "/api/v1/surveys/" (id) "/results" } { (ctx.t("impact-results-json")) } " · "
                a href={ "/impact/surveys/" (id) } { (ctx.t("impact-back-to-survey")) } }
            @if !any_shown(&all) {
                p class="notice" role="status" { (ctx.ta("impact-results-none", &[("min", FluentValue::from(min))])) }
            }
            @for s in &all {
                @let scale_title = b.instrument.scale(&s.scale).map(|x| x.title.get(tl).to_string()).unwrap_or_default();
                section aria-labelledby={ "s-" (s.scale) } {
                    h2 id={ "s-" (s.scale) } { (scale_title) }
                    div class="table-wrap" role="region" aria-label={ (scale_title) " – " (ctx.t("impact-results-cells")) } tabindex="0" {
                        table {
                            caption { (ctx.t("impact-results-cells")) }
                            thead { tr {
                                th scope="col" { (ctx.t("impact-area")) }
                                th scope="col" { (ctx.t("impact-wave")) }
                                th scope="col" { "n" }
                                th scope="col" { (ctx.t("impact-mean")) }
                                th scope="col" { (ctx.t("impact-ci")) }
                                th scope="col" { (ctx.t("impact-alpha")) }
                                th scope="col" { (ctx.t("impact-share")) }
                            } }
                            tbody { @for c in &s.cells {
                                tr {
                                    th scope="row" { (c.area) @if c.pilot { " " span class="badge" { (ctx.t("impact-pilot")) } } }
                                    td { (c.wave) }
                                    @if let Some(f) = &c.figures {
                                        td { (f.summary.n) }
                                        td { (num(lang, f.summary.mean, 2)) }
                                        td { (interval(lang, f.summary.ci_low, f.summary.ci_high, 2)) }
                                        td { @if let Some(a) = f.alpha { (num(lang, a, 2)) } @else { "–" } }
                                        td { @if let Some(w) = f.share { (num(lang, w.share * 100.0, 0)) " % " (interval(lang, w.ci_low * 100.0, w.ci_high * 100.0, 0)) } @else { "–" } }
                                    } @else {
                                        td colspan="5" { (ctx.ta("impact-withheld", &[("min", FluentValue::from(min))])) }
                                    }
                                }
                            } }
                        }
                    }
                    (changes_table(&ctx, s, &scale_title))
                    details {
                        summary { (ctx.t("impact-distribution")) }
                        @for c in s.cells.iter().filter(|c| c.figures.is_some()) {
                            @if let Some(f) = &c.figures {
                                @let t = format!("{} – {}, {}", scale_title, c.area, c.wave);
                                @let labels = bin_labels(s.range, BINS, lang);
                                @let desc = labels.iter().zip(&f.distribution).map(|(l, n)| format!("{l}: {n}")).collect::<Vec<_>>().join("; ");
                                figure class="impact-figure" {
                                    (distribution_svg(&t, &desc, &f.distribution, s.range, lang))
                                    figcaption { (t) " (n = " (f.summary.n) ")" }
                                }
                            }
                        }
                    }
                }
            }
        },
    ))
}

fn changes_table(ctx: &Ctx, s: &ScaleResults, scale_title: &str) -> Markup {
    let lang = ctx.lang;
    html! {
        @if !s.changes.is_empty() || !s.did.is_empty() {
            div class="table-wrap" role="region" aria-label={ (scale_title) " – " (ctx.t("impact-results-changes")) } tabindex="0" {
                table {
                    caption { (ctx.t("impact-results-changes")) }
                    thead { tr {
                        th scope="col" { (ctx.t("impact-comparison")) }
                        th scope="col" { (ctx.t("impact-waves")) }
                        th scope="col" { (ctx.t("impact-estimate")) }
                        th scope="col" { (ctx.t("impact-ci")) }
                    } }
                    tbody {
                        @for c in &s.changes {
                            tr {
                                th scope="row" { (ctx.ta("impact-change-in", &[("area", FluentValue::from(c.area.clone()))])) }
                                td { (c.from_wave) " → " (c.to_wave) }
                                @if let Some(w) = c.welch {
                                    td { (num(lang, w.estimate, 2)) }
                                    td { (interval(lang, w.ci_low, w.ci_high, 2)) }
                                } @else { td colspan="2" { (ctx.t("impact-withheld-short")) } }
                            }
                        }
                        @for d in &s.did {
                            tr {
                                th scope="row" { (ctx.ta("impact-did-row", &[("pilot", FluentValue::from(d.pilot_area.clone())), ("areas", FluentValue::from(d.comparison_areas.join(", ")))])) }
                                td { (d.from_wave) " → " (d.to_wave) }
                                @if let Some(e) = d.did {
                                    td { strong { (num(lang, e.estimate, 2)) } }
                                    td { (interval(lang, e.ci_low, e.ci_high, 2)) }
                                } @else { td colspan="2" { (ctx.t("impact-withheld-short")) } }
                            }
                        }
                    }
                }
            }
            p class="hint" { (ctx.t("impact-did-note")) }
        }
    }
}
