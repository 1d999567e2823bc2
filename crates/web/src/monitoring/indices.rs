//! Index configurations (M3, issue 4): the Berlin MSS preset or a custom composite,
//! named and versioned, with results computed by the engine and stored per version,
//! their pages and result exports. The form is in `index_form.rs`.

use std::collections::HashMap;

use axum::extract::{Path, Query, State};
use axum::response::Response;
use maud::{Markup, html};
use quartier_db::Db;
use quartier_db::monitoring::city::{Area, Indicator};
use quartier_db::monitoring::indices::{IndexConfig, IndexResult};
use quartier_db::platform::accounts::Role;
use quartier_maps::LegendEntry;
use quartier_tabular::Sheet;
use serde::Deserialize;

use crate::error::{AppError, AppResult};
use crate::monitoring::exports::sources;
use crate::monitoring::need::configs::{self, IndexSpec};
use crate::ui::export::{Format, export, export_links, headers, num, text};
use crate::ui::fmt::{de, fmt_num, fmt_opt, indicator_name, time_el};
use crate::{AppState, Ctx, ui::layout};

fn may_edit(ctx: &Ctx) -> bool {
    ctx.identity
        .as_ref()
        .is_some_and(|i| i.has_role(Role::Analyst) || i.has_role(Role::Lead))
}

// ---------------------------------------------------------------------------
// Loading stored configurations
// ---------------------------------------------------------------------------

/// A configuration version with its parsed specification and results.
pub struct Loaded {
    /// The version shown.
    pub config: IndexConfig,
    /// Its specification.
    pub spec: IndexSpec,
    /// Its results in area-key order.
    pub results: Vec<IndexResult>,
}

pub(crate) fn parse_spec(c: &IndexConfig) -> AppResult<IndexSpec> {
    serde_json::from_str(&c.spec).map_err(|e| AppError::Internal(format!("index spec: {e}")))
}

pub(crate) async fn load(
    db: &Db,
    city_id: i64,
    key: &str,
    version: Option<i64>,
) -> AppResult<Loaded> {
    let versions = db.index_config_versions(city_id, key).await?;
    let config = match version {
        Some(v) => versions.into_iter().find(|c| c.version == v),
        None => versions.into_iter().next(),
    }
    .ok_or(AppError::NotFound)?;
    let spec = parse_spec(&config)?;
    let results = db.index_results(config.id).await?;
    Ok(Loaded {
        config,
        spec,
        results,
    })
}

/// The MSS classes of the newest MSS configuration (for the ranking's class filter):
/// the configuration's name and status class code per area key.
pub async fn mss_classes(
    db: &Db,
    city_id: i64,
) -> AppResult<Option<(String, HashMap<String, u8>)>> {
    let Some(c) = db
        .latest_index_configs(city_id)
        .await?
        .into_iter()
        .filter(|c| c.kind == "mss")
        .max_by_key(|c| (c.created_at, c.id))
    else {
        return Ok(None);
    };
    let classes = db
        .index_results(c.id)
        .await?
        .into_iter()
        .filter_map(|r| {
            let code = r.class_code.as_deref().and_then(configs::mss_status_code)?;
            Some((r.area_key, code))
        })
        .collect();
    Ok(Some((c.name, classes)))
}

/// The translated label of a stored class code.
pub fn class_label(ctx: &Ctx, kind: &str, code: Option<&str>) -> String {
    let Some(code) = code else {
        return "–".into();
    };
    if kind == "mss" {
        let status = configs::mss_status_code(code)
            .map(|s| ctx.t(&format!("indices-mss-status-{s}")))
            .unwrap_or_default();
        let dynamic = match code.get(1..).unwrap_or("") {
            "+" => ctx.t("indices-mss-dynamic-positive"),
            "+/-" => ctx.t("indices-mss-dynamic-stable"),
            "-" => ctx.t("indices-mss-dynamic-negative"),
            _ => String::new(),
        };
        if dynamic.is_empty() {
            status
        } else {
            format!("{status}, {dynamic} ({code})")
        }
    } else {
        ctx.t(&format!("indices-class-{code}"))
    }
}

/// The stored results of a configuration as a map layer.
pub struct MapLayer {
    /// Map title.
    pub title: String,
    /// Legend title.
    pub legend_title: String,
    /// Legend entries.
    pub legend: Vec<LegendEntry>,
    /// Value, class index and label per area key.
    pub by_area: HashMap<String, (Option<f64>, Option<usize>, String)>,
}

/// Configurations to choose from on the map: (key, name).
pub async fn map_choices(db: &Db, city_id: i64) -> AppResult<Vec<(String, String)>> {
    Ok(db
        .latest_index_configs(city_id)
        .await?
        .into_iter()
        .map(|c| (c.config_key, c.name))
        .collect())
}

/// The map layer of configuration `key` (the first configuration when `key` is
/// unknown); classes for MSS, score quintiles otherwise. `None` without configurations.
pub async fn map_layer(
    state: &AppState,
    ctx: &Ctx,
    key: &mut String,
) -> AppResult<Option<MapLayer>> {
    let city = ctx.require_city()?;
    let choices = map_choices(&state.db, city.id).await?;
    let Some((k, _)) = choices
        .iter()
        .find(|(k, _)| k == key)
        .or(choices.first())
        .cloned()
    else {
        return Ok(None);
    };
    *key = k.clone();
    let l = load(&state.db, city.id, &k, None).await?;
    let title = ctx.ta(
        "indices-map-title",
        &[
            ("name", l.config.name.clone().into()),
            ("year", l.spec.year.into()),
        ],
    );
    let mut by_area = HashMap::new();
    let (legend_title, legend) = if l.config.kind == "mss" {
        let colors = quartier_maps::mss_status_colors();
        for r in &l.results {
            let class = r
                .class_code
                .as_deref()
                .and_then(configs::mss_status_code)
                .map(|c| usize::from(c) - 1);
            by_area.insert(
                r.area_key.clone(),
                (
                    r.score,
                    class,
                    class_label(ctx, "mss", r.class_code.as_deref()),
                ),
            );
        }
        (
            ctx.t("indices-map-legend-mss"),
            (1..=4)
                .zip(colors)
                .map(|(c, color)| LegendEntry {
                    label: ctx.t(&format!("indices-mss-status-{c}")),
                    color,
                })
                .collect(),
        )
    } else {
        let scored: Vec<f64> = l.results.iter().filter_map(|r| r.score).collect();
        let k = 5usize.min(scored.len().max(1));
        let bins = quartier_stats::classify::quantiles(&scored, k).unwrap_or_default();
        let palette = quartier_maps::sequential(bins.len().max(1));
        let mut lo = scored.iter().copied().fold(f64::INFINITY, f64::min);
        let legend: Vec<LegendEntry> = bins
            .iter()
            .zip(palette)
            .map(|(&hi, color)| {
                let label = format!(
                    "{} – {}",
                    fmt_num(ctx.lang, lo, 2),
                    fmt_num(ctx.lang, hi, 2)
                );
                lo = hi;
                LegendEntry { label, color }
            })
            .collect();
        for r in &l.results {
            let class = r.score.filter(|_| !bins.is_empty()).map(|s| {
                quartier_stats::classify::assign(&[s], &bins)
                    .first()
                    .copied()
                    .unwrap_or(0)
                    .min(bins.len() - 1)
            });
            let label = class
                .and_then(|c| legend.get(c))
                .map(|e| e.label.clone())
                .unwrap_or_else(|| ctx.t("map-no-data"));
            by_area.insert(r.area_key.clone(), (r.score, class, label));
        }
        (ctx.t("indices-map-legend-score"), legend)
    };
    Ok(Some(MapLayer {
        title,
        legend_title,
        legend,
        by_area,
    }))
}

fn spec_keys(spec: &IndexSpec) -> Vec<String> {
    let mut keys: Vec<String> = spec.indicators.iter().map(|w| w.key.clone()).collect();
    if let Some(m) = &spec.mss {
        keys.extend(m.status.iter().cloned());
        keys.extend(m.dynamics.iter().cloned());
    }
    keys.sort();
    keys.dedup();
    keys
}

// ---------------------------------------------------------------------------
// Pages
// ---------------------------------------------------------------------------

/// `GET /monitoring/indices` — the city's index configurations.
pub async fn list(State(state): State<AppState>, ctx: Ctx) -> AppResult<Markup> {
    let city = ctx.require_city()?;
    let configs = state.db.latest_index_configs(city.id).await?;
    let body = html! {
        p class="lead" { (ctx.t("indices-intro")) }
        @if may_edit(&ctx) { p { a class="button" href="/monitoring/indices/new" { (ctx.t("indices-new")) } } }
        @if configs.is_empty() { p { (ctx.t("indices-none")) } }
        @else {
            div class="table-wrap" role="region" tabindex="0" aria-labelledby="indices-caption" {
            table {
                caption id="indices-caption" { (ctx.t("indices-list")) }
                thead { tr {
                    th scope="col" { (ctx.t("col-name")) }
                    th scope="col" { (ctx.t("indices-kind")) }
                    th scope="col" class="num" { (ctx.t("col-version")) }
                    th scope="col" { (ctx.t("col-time")) }
                    th scope="col" { (ctx.t("indices-on-map")) }
                } }
                tbody {
                    @for c in &configs {
                        tr {
                            th scope="row" { a href={ "/monitoring/indices/" (c.config_key) } { (de(&c.name)) } }
                            td { (ctx.t(&format!("indices-kind-{}", c.kind))) }
                            td class="num" { (c.version) }
                            td { (time_el(c.created_at)) }
                            td { a href={ "/monitoring/map?layer=index&index=" (c.config_key) } { (ctx.t("indices-map-link")) span class="visually-hidden" { ": " (c.name) } } }
                        }
                    }
                }
            }
            }
        }
        p { a href="/monitoring/ranking" { (ctx.t("monitoring-ranking")) } }
    };
    Ok(layout::page(&ctx, &ctx.t("indices-title"), body))
}

/// Which version to show.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct VersionQuery {
    version: Option<i64>,
}

/// `GET /monitoring/indices/{key}` — results of the newest (or a chosen) version.
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(key): Path<String>,
    Query(vq): Query<VersionQuery>,
) -> AppResult<Markup> {
    let city = ctx.require_city()?;
    let l = load(&state.db, city.id, &key, vq.version).await?;
    let versions = state.db.index_config_versions(city.id, &key).await?;
    let newest = versions.first().map(|v| v.version) == Some(l.config.version);
    let areas = state.db.areas(city.id).await?;
    let inds = state.db.indicators(city.id).await?;
    let area_of: HashMap<&str, &Area> = areas.iter().map(|a| (a.area_key.as_str(), a)).collect();
    let mut rows: Vec<&IndexResult> = l.results.iter().collect();
    rows.sort_by_key(|r| r.area_rank.unwrap_or(i64::MAX));
    let n = rows.iter().filter(|r| r.area_rank.is_some()).count();
    let mss = l.config.kind == "mss";
    let ind_name = |k: &str| {
        inds.iter()
            .find(|i| i.ind_key == k)
            .map(|i| indicator_name(ctx.lang, i))
            .unwrap_or_else(|| k.to_string())
    };
    let used: Vec<&Indicator> = inds
        .iter()
        .filter(|i| spec_keys(&l.spec).contains(&i.ind_key))
        .collect();
    let editor = may_edit(&ctx);
    let vquery = if newest {
        String::new()
    } else {
        format!("version={}", l.config.version)
    };
    let body = html! {
        @if !newest { p class="notice" { (ctx.ta("indices-old-version", &[("version", l.config.version.into())])) " " a href={ "/monitoring/indices/" (key) } { (ctx.t("indices-show-newest")) } } }
        dl class="facts index-facts" {
            dt { (ctx.t("indices-kind")) } dd { (ctx.t(&format!("indices-kind-{}", l.config.kind))) }
            dt { (ctx.t("col-version")) } dd { (l.config.version) }
            dt { (ctx.t("col-year")) } dd { (l.spec.year) }
            @if let Some(m) = &l.spec.mss {
                dt { (ctx.t("indices-mss-status")) } dd { @for (k, s) in m.status.iter().enumerate() { @if k > 0 { ", " } "S" (k + 1) ": " (ind_name(s)) } }
                dt { (ctx.t("indices-mss-dynamics")) } dd {
                    @for (k, s) in m.dynamics.iter().enumerate() { @if k > 0 { ", " } "D" (k + 1) ": " (ind_name(s)) }
                    " " (ctx.ta("indices-mss-period-text", &[("period", m.period.into()), ("from", (l.spec.year - m.period).into()), ("to", l.spec.year.into())]))
                }
            } @else {
                dt { (ctx.t("indices-indicators")) } dd {
                    @for (k, w) in l.spec.indicators.iter().enumerate() { @if k > 0 { ", " } (ind_name(&w.key)) " (" (ctx.t("col-weight")) " " (fmt_num(ctx.lang, w.weight, 2)) ")" }
                }
                dt { (ctx.t("indices-normalisation")) } dd { (ctx.t(&format!("indices-norm-{}", l.spec.normalisation))) }
                dt { (ctx.t("indices-aggregation")) } dd { (ctx.t(&format!("indices-agg-{}", l.spec.aggregation))) }
            }
        }
        ul class="actions" {
            li { a class="button" href={ "/monitoring/map?layer=index&index=" (key) } { (ctx.t("indices-map-link")) } }
            @if editor { li { a href={ "/monitoring/indices/" (key) "/edit" } { (ctx.t("indices-edit")) } } }
        }
        (export_links(&ctx, &format!("/monitoring/indices/{key}"), &vquery, &format!("index-{key}")))
        p { (ctx.ta("indices-results-intro", &[("runs", (crate::monitoring::need::RUNS as i64).into())])) }
        div class="table-wrap" role="region" tabindex="0" aria-labelledby="results-caption" {
        table class="ranking" {
            caption id="results-caption" { (ctx.ta("indices-results", &[("version", l.config.version.into())])) }
            thead { tr {
                th scope="col" class="num" { (ctx.t("col-rank")) }
                th scope="col" { (ctx.t("col-name")) }
                th scope="col" { (ctx.t("col-district")) }
                th scope="col" class="num" { @if mss { (ctx.t("indices-status-index")) } @else { (ctx.t("col-score")) } }
                @if mss { th scope="col" class="num" { (ctx.t("indices-dynamic-index")) } }
                th scope="col" { (ctx.t("indices-class")) }
                th scope="col" { (ctx.t("col-rank-interval")) }
                th scope="col" class="num" { (ctx.t("col-p-top")) }
            } }
            tbody {
                @for r in &rows {
                    @let area = area_of.get(r.area_key.as_str());
                    tr {
                        td class="num" { (r.area_rank.map(|x| x.to_string()).unwrap_or_else(|| "–".into())) }
                        th scope="row" { a href={ "/monitoring/areas/" (r.area_key) } { (de(&area.map(|a| a.name.clone()).unwrap_or_else(|| r.area_key.clone()))) } }
                        td { (de(area.and_then(|a| a.district.as_deref()).unwrap_or("–"))) }
                        td class="num" { (fmt_opt(ctx.lang, r.score, 2)) }
                        @if mss { td class="num" { (fmt_opt(ctx.lang, r.dynamic_score, 2)) } }
                        td { (class_label(&ctx, &l.config.kind, r.class_code.as_deref())) }
                        td {
                            @if let (Some(lo), Some(hi)) = (r.rank_q05, r.rank_q95) {
                                (interval_bar(lo, hi, r.area_rank, n))
                                span dir="ltr" { (fmt_num(ctx.lang, lo, 0)) "–" (fmt_num(ctx.lang, hi, 0)) }
                            } @else if r.note.is_empty() { "–" } @else { (r.note) }
                        }
                        td class="num" { (r.p_top.map(|p| format!("{} %", fmt_num(ctx.lang, p * 100.0, 0))).unwrap_or_else(|| "–".into())) }
                    }
                }
            }
        }
        }
        p class="source" { (ctx.t("monitoring-source")) " " (sources(used.into_iter())) }
        h2 { (ctx.t("indices-versions")) }
        div class="table-wrap" role="region" tabindex="0" aria-labelledby="versions-caption" {
        table {
            caption id="versions-caption" { (ctx.t("indices-versions")) }
            thead { tr {
                th scope="col" class="num" { (ctx.t("col-version")) }
                th scope="col" { (ctx.t("col-name")) }
                th scope="col" { (ctx.t("col-time")) }
                th scope="col" { (ctx.t("col-by")) }
            } }
            tbody {
                @for v in &versions {
                    tr {
                        td class="num" { a href={ "/monitoring/indices/" (key) "?version=" (v.version) } { (v.version) } }
                        td { (de(&v.name)) }
                        td { (time_el(v.created_at)) }
                        td { @if editor { (v.created_by) } @else { "–" } }
                    }
                }
            }
        }
        }
        p { a href="/monitoring/indices" { (ctx.t("indices-title")) } }
    };
    Ok(layout::page(&ctx, &l.config.name, body))
}

/// A small bar for a rank interval (decorative: the numbers follow as text).
fn interval_bar(lo: f64, hi: f64, nominal: Option<i64>, n: usize) -> Markup {
    let n = n.max(2) as f64;
    let x = |r: f64| 2.0 + (r - 1.0).max(0.0) / n * 116.0;
    html! {
        svg class="interval" width="120" height="14" viewBox="0 0 120 14" aria-hidden="true" focusable="false" {
            line x1="2" y1="7" x2="118" y2="7" stroke="#cfd6de" stroke-width="1" {}
            rect x=(format!("{:.1}", x(lo))) y="3" width=(format!("{:.1}", (x(hi) - x(lo)).max(2.0))) height="8" fill="#0b5d7a" opacity="0.45" {}
            @if let Some(nom) = nominal { circle cx=(format!("{:.1}", x(nom as f64))) cy="7" r="3" fill="#1c2330" {} }
        }
    }
}

async fn results_export(
    state: &AppState,
    ctx: &Ctx,
    key: &str,
    version: Option<i64>,
    format: Format,
) -> AppResult<Response> {
    let city = ctx.require_city()?;
    let l = load(&state.db, city.id, key, version).await?;
    let areas = state.db.areas(city.id).await?;
    let inds = state.db.indicators(city.id).await?;
    let mut rows: Vec<&IndexResult> = l.results.iter().collect();
    rows.sort_by_key(|r| r.area_rank.unwrap_or(i64::MAX));
    let sheet = Sheet {
        name: "Index".into(),
        headers: headers(&[
            "area_key",
            "name",
            "district",
            "rank",
            "score",
            "dynamic_score",
            "class",
            "rank_q05",
            "rank_q95",
            "p_top",
            "note",
        ]),
        rows: rows
            .iter()
            .map(|r| {
                let a = areas.iter().find(|a| a.area_key == r.area_key);
                vec![
                    text(&r.area_key),
                    text(&a.map(|a| a.name.clone()).unwrap_or_default()),
                    text(&a.and_then(|a| a.district.clone()).unwrap_or_default()),
                    num(r.area_rank.map(|x| x as f64)),
                    num(r.score),
                    num(r.dynamic_score),
                    text(r.class_code.as_deref().unwrap_or("")),
                    num(r.rank_q05),
                    num(r.rank_q95),
                    num(r.p_top),
                    text(&r.note),
                ]
            })
            .collect(),
    };
    let used = spec_keys(&l.spec);
    let source = format!(
        "{} (v{}) – {}",
        l.config.name,
        l.config.version,
        sources(inds.iter().filter(|i| used.contains(&i.ind_key)))
    );
    export(
        sheet,
        &source,
        format,
        &format!("index-{key}-v{}", l.config.version),
    )
}

/// `GET /monitoring/indices/{key}/export.csv`
pub async fn results_csv(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(key): Path<String>,
    Query(vq): Query<VersionQuery>,
) -> AppResult<Response> {
    results_export(&state, &ctx, &key, vq.version, Format::Csv).await
}

/// `GET /monitoring/indices/{key}/export.xlsx`
pub async fn results_xlsx(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(key): Path<String>,
    Query(vq): Query<VersionQuery>,
) -> AppResult<Response> {
    results_export(&state, &ctx, &key, vq.version, Format::Xlsx).await
}
