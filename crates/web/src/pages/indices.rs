//! Index configurations (M3, issue 4): the Berlin MSS preset or a custom composite,
//! named and versioned, with results computed by the engine and stored per version;
//! plus CSV/XLSX exports of every monitoring table (catalogue, area profile,
//! decision comparison, index results, the map's data table).

use std::collections::{BTreeMap, HashMap};

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE, LOCATION};
use axum::response::{IntoResponse, Response};
use maud::{Markup, html};
use quartier_db::Db;
use quartier_db::accounts::Role;
use quartier_db::city::{Area, Indicator};
use quartier_db::indices::{IndexConfig, IndexResult};
use quartier_maps::LegendEntry;
use quartier_tabular::{CsvWriteOptions, ExportCell, Sheet, to_csv_string, to_xlsx_bytes};
use serde::Deserialize;

use crate::error::{AppError, AppResult};
use crate::forms::{self, Field, FieldErrors, field};
use crate::need::configs::{
    self, AGGREGATIONS, IndexSpec, MSS_MIN_POPULATION, MSS_PERIOD, MSS_ROLES, MssRoles,
    NORMALISATIONS, WeightedIndicator,
};
use crate::pages::{de, fmt_num, fmt_opt, indicator_name, time_el};
use crate::{AppState, Ctx, layout};

fn may_edit(ctx: &Ctx) -> bool {
    ctx.identity
        .as_ref()
        .is_some_and(|i| i.has_role(Role::Analyst) || i.has_role(Role::Lead))
}

// ---------------------------------------------------------------------------
// Exports
// ---------------------------------------------------------------------------

/// File format of an export.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// German Excel CSV (`;`, decimal comma, BOM).
    Csv,
    /// Excel workbook.
    Xlsx,
}

fn safe_name(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect()
}

/// The unique source lines of some indicators, joined.
pub fn sources<'a>(inds: impl Iterator<Item = &'a Indicator>) -> String {
    let mut uniq: Vec<String> = inds.map(|i| i.source.clone()).collect();
    uniq.sort();
    uniq.dedup();
    uniq.join(" · ")
}

/// A sheet as a CSV or XLSX download; the data's source line is the last row.
pub fn export(mut sheet: Sheet, source: &str, format: Format, base: &str) -> AppResult<Response> {
    let width = sheet.headers.len().max(1);
    let mut last = vec![ExportCell::Text(format!("Quelle / Source: {source}"))];
    last.resize(width, ExportCell::Empty);
    sheet.rows.push(last);
    let base = safe_name(base);
    let (content_type, filename, body) = match format {
        Format::Csv => (
            "text/csv; charset=utf-8",
            format!("{base}.csv"),
            to_csv_string(&sheet, &CsvWriteOptions::german_excel())
                .map_err(|e| AppError::Internal(e.to_string()))?
                .into_bytes(),
        ),
        Format::Xlsx => (
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            format!("{base}.xlsx"),
            to_xlsx_bytes(&[sheet]).map_err(|e| AppError::Internal(e.to_string()))?,
        ),
    };
    Ok((
        [
            (CONTENT_TYPE, content_type.to_string()),
            (
                CONTENT_DISPOSITION,
                format!("attachment; filename=\"{filename}\""),
            ),
        ],
        body,
    )
        .into_response())
}

/// Links to the CSV and XLSX export of a table.
pub fn export_links(ctx: &Ctx, base: &str, query: &str, file: &str) -> Markup {
    let q = if query.is_empty() {
        String::new()
    } else {
        format!("?{query}")
    };
    let file = safe_name(file);
    html! {
        ul class="actions exports" {
            li { a href={ (base) "/export.csv" (q) } download={ (file) ".csv" } { (ctx.t("export-csv")) } }
            li { a href={ (base) "/export.xlsx" (q) } download={ (file) ".xlsx" } { (ctx.t("export-xlsx")) } }
        }
    }
}

fn num(v: Option<f64>) -> ExportCell {
    v.map(ExportCell::Number).unwrap_or(ExportCell::Empty)
}

fn text(s: &str) -> ExportCell {
    ExportCell::Text(s.to_string())
}

fn headers(h: &[&str]) -> Vec<String> {
    h.iter().map(|s| s.to_string()).collect()
}

async fn catalogue_export(state: &AppState, ctx: &Ctx, format: Format) -> AppResult<Response> {
    let city = ctx.require_city()?;
    let inds = state.db.indicators(city.id).await?;
    let values = state.db.city_values(city.id).await?;
    let rows = inds
        .iter()
        .map(|i| {
            let years: Vec<i64> = values
                .iter()
                .filter(|v| v.ind_key == i.ind_key)
                .map(|v| v.year)
                .collect();
            vec![
                text(&i.ind_key),
                text(&i.name_de),
                text(&i.name_en),
                text(&i.unit),
                text(&i.polarity),
                num(years.iter().min().map(|y| *y as f64)),
                num(years.iter().max().map(|y| *y as f64)),
                text(&i.source),
            ]
        })
        .collect();
    let sheet = Sheet {
        name: "Katalog".into(),
        headers: headers(&[
            "indicator",
            "name_de",
            "name_en",
            "unit",
            "polarity",
            "first_year",
            "last_year",
            "source",
        ]),
        rows,
    };
    export(sheet, &sources(inds.iter()), format, "indikatoren")
}

/// `GET /monitoring/export.csv` — the indicator catalogue.
pub async fn catalogue_csv(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    catalogue_export(&state, &ctx, Format::Csv).await
}

/// `GET /monitoring/export.xlsx`
pub async fn catalogue_xlsx(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    catalogue_export(&state, &ctx, Format::Xlsx).await
}

async fn area_export(
    state: &AppState,
    ctx: &Ctx,
    key: &str,
    format: Format,
) -> AppResult<Response> {
    let city = ctx.require_city()?;
    let area = state
        .db
        .area_by_key(city.id, key)
        .await?
        .ok_or(AppError::NotFound)?;
    let inds = state.db.indicators(city.id).await?;
    let values = state.db.city_values(city.id).await?;
    let mut rows = Vec::new();
    for i in &inds {
        let mut own: Vec<(i64, Option<f64>)> = values
            .iter()
            .filter(|v| v.ind_key == i.ind_key && v.area_key == key)
            .map(|v| (v.year, v.value))
            .collect();
        own.sort_by_key(|(y, _)| *y);
        for (year, value) in own {
            let all: Vec<f64> = values
                .iter()
                .filter(|v| v.ind_key == i.ind_key && v.year == year)
                .filter_map(|v| v.value)
                .collect();
            let mean = (!all.is_empty()).then(|| all.iter().sum::<f64>() / all.len() as f64);
            let rank = value.filter(|_| i.polarity != "neutral").map(|v| {
                let higher = all
                    .iter()
                    .filter(|o| {
                        if i.polarity == "less" {
                            **o < v
                        } else {
                            **o > v
                        }
                    })
                    .count();
                (higher + 1) as f64
            });
            rows.push(vec![
                text(&i.ind_key),
                text(&i.name_de),
                text(&i.unit),
                ExportCell::Number(year as f64),
                num(value),
                num(rank),
                num(mean),
            ]);
        }
    }
    let sheet = Sheet {
        name: area.name.clone(),
        headers: headers(&[
            "indicator",
            "name",
            "unit",
            "year",
            "value",
            "rank",
            "city_average",
        ]),
        rows,
    };
    export(
        sheet,
        &sources(inds.iter()),
        format,
        &format!("gebiet-{}", area.area_key),
    )
}

/// `GET /monitoring/areas/{key}/export.csv` — an area's indicator values over time.
pub async fn area_csv(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(key): Path<String>,
) -> AppResult<Response> {
    area_export(&state, &ctx, &key, Format::Csv).await
}

/// `GET /monitoring/areas/{key}/export.xlsx`
pub async fn area_xlsx(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(key): Path<String>,
) -> AppResult<Response> {
    area_export(&state, &ctx, &key, Format::Xlsx).await
}

async fn decision_export(
    state: &AppState,
    ctx: &Ctx,
    key: &str,
    format: Format,
) -> AppResult<Response> {
    let city = ctx.require_city()?;
    let versions = state.db.decision_versions(city.id, key).await?;
    let d = versions
        .iter()
        .find(|d| {
            d.published == 1
                || ctx
                    .identity
                    .as_ref()
                    .is_some_and(|i| i.has_role(Role::Lead))
        })
        .ok_or(AppError::NotFound)?;
    let table = crate::need::ranking(&state.db, city.id, &[]).await?;
    let inds = state.db.indicators(city.id).await?;
    let values = state.db.city_values(city.id).await?;
    let idx = configs::ValueIndex::new(&values);
    let criteria: Vec<(&Indicator, f64)> = serde_json::from_str::<Vec<(String, f64)>>(&d.criteria)
        .unwrap_or_default()
        .into_iter()
        .filter_map(|(k, w)| inds.iter().find(|i| i.ind_key == k).map(|i| (i, w)))
        .collect();
    let candidates: Vec<String> = serde_json::from_str(&d.candidates).unwrap_or_default();
    let chosen: Vec<String> = serde_json::from_str(&d.chosen).unwrap_or_default();
    let mut hs = headers(&["area_key", "name", "need_rank"]);
    hs.extend(
        criteria
            .iter()
            .map(|(i, w)| format!("{} (w={w})", i.ind_key)),
    );
    hs.push("chosen".into());
    let rows = candidates
        .iter()
        .map(|c| {
            let row = table.rows.iter().find(|r| &r.area.area_key == c);
            let mut cells = vec![
                text(c),
                text(&row.map(|r| r.area.name.clone()).unwrap_or_default()),
                num(row.and_then(|r| r.rank).map(|r| r as f64)),
            ];
            cells.extend(
                criteria
                    .iter()
                    .map(|(i, _)| num(table.year.and_then(|y| idx.get(&i.ind_key, c, y)))),
            );
            cells.push(text(if chosen.contains(c) { "ja" } else { "nein" }));
            cells
        })
        .collect();
    let sheet = Sheet {
        name: "Vergleich".into(),
        headers: hs,
        rows,
    };
    export(
        sheet,
        &sources(criteria.iter().map(|(i, _)| *i)),
        format,
        &format!("entscheidung-{key}"),
    )
}

/// `GET /decisions/{key}/export.csv` — the decision's comparison table.
pub async fn decision_csv(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(key): Path<String>,
) -> AppResult<Response> {
    decision_export(&state, &ctx, &key, Format::Csv).await
}

/// `GET /decisions/{key}/export.xlsx`
pub async fn decision_xlsx(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(key): Path<String>,
) -> AppResult<Response> {
    decision_export(&state, &ctx, &key, Format::Xlsx).await
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

fn parse_spec(c: &IndexConfig) -> AppResult<IndexSpec> {
    serde_json::from_str(&c.spec).map_err(|e| AppError::Internal(format!("index spec: {e}")))
}

async fn load(db: &Db, city_id: i64, key: &str, version: Option<i64>) -> AppResult<Loaded> {
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
        p { (ctx.ta("indices-results-intro", &[("runs", (crate::need::RUNS as i64).into())])) }
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

// ---------------------------------------------------------------------------
// Form
// ---------------------------------------------------------------------------

#[derive(Default, Clone)]
struct Form {
    name: String,
    kind: String,
    checked: Vec<String>,
    weights: BTreeMap<String, String>,
    normalisation: String,
    aggregation: String,
    year: String,
    status: [String; MSS_ROLES],
    dynamics: [String; MSS_ROLES],
    population: String,
    dynamics_given: bool,
    exclude: String,
}

fn parse_form(body: &[u8]) -> Result<Form, AppError> {
    let pairs: Vec<(String, String)> =
        serde_urlencoded::from_bytes(body).map_err(|e| AppError::BadRequest(e.to_string()))?;
    let mut f = Form::default();
    for (k, v) in pairs {
        match k.as_str() {
            "name" => f.name = v,
            "kind" => f.kind = v,
            "indicators" => f.checked.push(v),
            "normalisation" => f.normalisation = v,
            "aggregation" => f.aggregation = v,
            "year" => f.year = v,
            "population" => f.population = v,
            "dynamics_given" => f.dynamics_given = !v.is_empty(),
            "exclude" => f.exclude = v,
            other => {
                if let Some(key) = other.strip_prefix("w_") {
                    f.weights.insert(key.to_string(), v);
                } else if let Some(n) = other.strip_prefix("s") {
                    if let Some(slot) = n
                        .parse::<usize>()
                        .ok()
                        .and_then(|i| f.status.get_mut(i.wrapping_sub(1)))
                    {
                        *slot = v;
                    }
                } else if let Some(n) = other.strip_prefix("d")
                    && let Some(slot) = n
                        .parse::<usize>()
                        .ok()
                        .and_then(|i| f.dynamics.get_mut(i.wrapping_sub(1)))
                {
                    *slot = v;
                }
            }
        }
    }
    Ok(f)
}

fn from_config(c: &IndexConfig, spec: &IndexSpec) -> Form {
    let mut f = Form {
        name: c.name.clone(),
        kind: c.kind.clone(),
        normalisation: spec.normalisation.clone(),
        aggregation: spec.aggregation.clone(),
        year: spec.year.to_string(),
        ..Form::default()
    };
    if let Some(m) = &spec.mss {
        for (slot, k) in f.status.iter_mut().zip(&m.status) {
            slot.clone_from(k);
        }
        for (slot, k) in f.dynamics.iter_mut().zip(&m.dynamics) {
            slot.clone_from(k);
        }
        f.population = m.population.clone().unwrap_or_default();
        f.dynamics_given = m.dynamics_given;
        f.exclude = m.exclude.join(", ");
    } else {
        for w in &spec.indicators {
            f.checked.push(w.key.clone());
            f.weights.insert(w.key.clone(), w.weight.to_string());
        }
    }
    f
}

fn years_of(values: &[quartier_db::city::CityValue]) -> Vec<i64> {
    let mut years: Vec<i64> = values.iter().map(|v| v.year).collect();
    years.sort_unstable();
    years.dedup();
    years
}

fn validate(
    ctx: &Ctx,
    f: &Form,
    inds: &[Indicator],
    years: &[i64],
) -> (FieldErrors, Option<IndexSpec>) {
    let mut e = FieldErrors::default();
    if f.name.trim().is_empty() {
        e.add("name", ctx.t("indices-error-name"));
    } else if f.name.trim().chars().count() > 120 {
        e.add("name", ctx.t("indices-error-name-long"));
    }
    let mss = f.kind == "mss";
    if !configs::KINDS.contains(&f.kind.as_str()) {
        e.add("kind", ctx.t("indices-error-kind"));
    }
    let year = f.year.trim().parse::<i64>().ok();
    match year {
        Some(y) if years.contains(&y) => {
            if mss && !f.dynamics_given && !years.contains(&(y - MSS_PERIOD)) {
                e.add(
                    "year",
                    ctx.ta(
                        "indices-error-year-period",
                        &[("year", (y - MSS_PERIOD).into())],
                    ),
                );
            }
        }
        _ => e.add("year", ctx.t("indices-error-year")),
    }
    let known = |k: &str| inds.iter().any(|i| i.ind_key == k);
    let mut indicators = Vec::new();
    let mut mss_roles = None;
    if mss {
        // Empty slots are allowed (editions use 3 or 4 indicators); status needs one.
        let check = |slots: &[String], field: &'static str, e: &mut FieldErrors| {
            let filled: Vec<&String> = slots.iter().filter(|s| !s.trim().is_empty()).collect();
            if field == "mss_status" && filled.is_empty() {
                e.add(field, ctx.t(&format!("indices-error-{field}-missing")));
            } else if filled.iter().any(|s| !known(s)) {
                e.add(field, ctx.t("indices-error-unknown-indicator"));
            } else {
                let mut u = filled.clone();
                u.sort();
                u.dedup();
                if u.len() != filled.len() {
                    e.add(field, ctx.t("indices-error-duplicate"));
                }
            }
        };
        check(&f.status, "mss_status", &mut e);
        check(&f.dynamics, "mss_dynamics", &mut e);
        let population = f.population.trim();
        if !population.is_empty() && !known(population) {
            e.add("population", ctx.t("indices-error-unknown-indicator"));
        }
        let status: Vec<String> = f
            .status
            .iter()
            .filter(|s| !s.trim().is_empty())
            .cloned()
            .collect();
        let dynamics: Vec<String> = f
            .dynamics
            .iter()
            .filter(|s| !s.trim().is_empty())
            .cloned()
            .collect();
        let exclude: Vec<String> = f
            .exclude
            .split([',', ';', ' ', '\n'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect();
        indicators = status
            .iter()
            .map(|k| WeightedIndicator {
                key: k.clone(),
                weight: 1.0,
            })
            .collect();
        mss_roles = Some(MssRoles {
            status,
            dynamics,
            period: MSS_PERIOD,
            population: (!population.is_empty()).then(|| population.to_string()),
            min_population: MSS_MIN_POPULATION,
            dynamics_given: f.dynamics_given,
            exclude,
        });
    } else {
        if !NORMALISATIONS.contains(&f.normalisation.as_str()) {
            e.add("normalisation", ctx.t("indices-error-normalisation"));
        }
        if !AGGREGATIONS.contains(&f.aggregation.as_str()) {
            e.add("aggregation", ctx.t("indices-error-aggregation"));
        }
        for k in &f.checked {
            let Some(i) = inds.iter().find(|i| &i.ind_key == k) else {
                e.add("indicators", ctx.t("indices-error-unknown-indicator"));
                continue;
            };
            let raw = f.weights.get(k).map(|s| s.trim()).unwrap_or("");
            let raw = if raw.is_empty() { "1" } else { raw };
            match raw.replace(',', ".").parse::<f64>() {
                Ok(w) if w.is_finite() && w > 0.0 && w <= 1000.0 => {
                    indicators.push(WeightedIndicator {
                        key: k.clone(),
                        weight: w,
                    });
                }
                _ => e.add(
                    "indicators",
                    ctx.ta(
                        "indices-error-weight",
                        &[("indicator", indicator_name(ctx.lang, i).into())],
                    ),
                ),
            }
        }
        if f.checked.len() < 2 && e.get("indicators").is_none() {
            e.add("indicators", ctx.t("indices-error-indicators"));
        }
    }
    if !e.is_empty() {
        return (e, None);
    }
    let spec = IndexSpec {
        indicators,
        normalisation: if mss {
            "zscore".into()
        } else {
            f.normalisation.clone()
        },
        aggregation: if mss {
            "arithmetic".into()
        } else {
            f.aggregation.clone()
        },
        year: year.unwrap_or_default(),
        mss: mss_roles,
    };
    (e, Some(spec))
}

async fn form_page(
    state: &AppState,
    ctx: &Ctx,
    action: &str,
    f: &Form,
    errors: &FieldErrors,
    title: &str,
) -> AppResult<Markup> {
    let city = ctx.require_city()?;
    let inds = state.db.indicators(city.id).await?;
    let years = years_of(&state.db.city_values(city.id).await?);
    let scored: Vec<&Indicator> = inds.iter().filter(|i| i.polarity != "neutral").collect();
    let context: Vec<&Indicator> = inds.iter().filter(|i| i.polarity == "neutral").collect();
    let err_class = |name: &str| {
        if errors.get(name).is_some() {
            " field-error"
        } else {
            ""
        }
    };
    let role_select = |prefix: &str, n: usize, current: &str| {
        let id = format!("f-{prefix}{n}");
        html! {
            div class="field inline-field" {
                label for=(id) { (prefix.to_uppercase()) (n) }
                select id=(id) name={ (prefix) (n) } {
                    option value="" { (ctx.t("indices-choose")) }
                    @for i in &scored { option value=(i.ind_key) selected[current == i.ind_key] { (indicator_name(ctx.lang, i)) } }
                }
            }
        }
    };
    let kind = if f.kind.is_empty() {
        "composite"
    } else {
        f.kind.as_str()
    };
    let body = html! {
        (forms::error_summary(ctx, errors))
        form method="post" action=(action) class="form index-form" novalidate {
            (forms::csrf(ctx))
            (field(Field { name: "name", label: ctx.t("indices-name"), kind: "text", value: &f.name, autocomplete: "off", required: true, hint: None }, errors))
            fieldset class={ "choices" (err_class("kind")) } id="f-kind" {
                legend { (ctx.t("indices-kind")) }
                @if let Some(e) = errors.get("kind") { p class="error" { (e) } }
                @for k in configs::KINDS {
                    div class="checkbox" {
                        input type="radio" id={ "f-kind-" (k) } name="kind" value=(k) checked[kind == k];
                        label for={ "f-kind-" (k) } { (ctx.t(&format!("indices-kind-{k}"))) }
                    }
                }
                p class="hint" { (ctx.t("indices-kind-hint")) }
            }
            div class={ "field" (err_class("year")) } {
                label for="f-year" { (ctx.t("col-year")) }
                @if let Some(e) = errors.get("year") { p class="error" id="f-year-error" { (e) } }
                select id="f-year" name="year" aria-describedby=[errors.get("year").map(|_| "f-year-error")] {
                    @for y in years.iter().rev() { option value=(y) selected[f.year == y.to_string()] { (y) } }
                }
            }
            fieldset class={ "criteria" (err_class("indicators")) } id="f-indicators" {
                legend { (ctx.t("indices-composite-indicators")) }
                p class="hint" { (ctx.t("indices-weights-hint")) }
                @if let Some(e) = errors.get("indicators") { p class="error" { (e) } }
                @for i in &scored {
                    div class="weight-row" {
                        div class="checkbox" {
                            input type="checkbox" id={ "f-ind-" (i.ind_key) } name="indicators" value=(i.ind_key) checked[f.checked.contains(&i.ind_key)];
                            label for={ "f-ind-" (i.ind_key) } { (indicator_name(ctx.lang, i)) }
                        }
                        div class="field inline-field" {
                            label for={ "f-w-" (i.ind_key) } { (ctx.t("col-weight")) span class="visually-hidden" { " " (indicator_name(ctx.lang, i)) } }
                            input type="text" inputmode="decimal" id={ "f-w-" (i.ind_key) } name={ "w_" (i.ind_key) }
                                value=(f.weights.get(&i.ind_key).cloned().unwrap_or_else(|| "1".into())) size="4";
                        }
                    }
                }
            }
            div class={ "field" (err_class("normalisation")) } {
                label for="f-normalisation" { (ctx.t("indices-normalisation")) }
                @if let Some(e) = errors.get("normalisation") { p class="error" { (e) } }
                select id="f-normalisation" name="normalisation" {
                    @for n in NORMALISATIONS { option value=(n) selected[f.normalisation == n] { (ctx.t(&format!("indices-norm-{n}"))) } }
                }
            }
            div class={ "field" (err_class("aggregation")) } {
                label for="f-aggregation" { (ctx.t("indices-aggregation")) }
                @if let Some(e) = errors.get("aggregation") { p class="error" { (e) } }
                select id="f-aggregation" name="aggregation" {
                    @for a in AGGREGATIONS { option value=(a) selected[f.aggregation == a] { (ctx.t(&format!("indices-agg-{a}"))) } }
                }
            }
            fieldset class={ "criteria" (err_class("mss_status")) } id="f-mss_status" {
                legend { (ctx.t("indices-mss-status")) }
                p class="hint" { (ctx.t("indices-mss-status-hint")) }
                @if let Some(e) = errors.get("mss_status") { p class="error" { (e) } }
                @for (n, cur) in f.status.iter().enumerate() { (role_select("s", n + 1, cur)) }
            }
            fieldset class={ "criteria" (err_class("mss_dynamics")) } id="f-mss_dynamics" {
                legend { (ctx.t("indices-mss-dynamics")) }
                p class="hint" { (ctx.ta("indices-mss-dynamics-hint", &[("period", MSS_PERIOD.into())])) }
                @if let Some(e) = errors.get("mss_dynamics") { p class="error" { (e) } }
                @for (n, cur) in f.dynamics.iter().enumerate() { (role_select("d", n + 1, cur)) }
                div class="choice" {
                    input type="checkbox" id="f-dynamics_given" name="dynamics_given" value="1" checked[f.dynamics_given];
                    label for="f-dynamics_given" { (ctx.t("indices-dynamics-given")) }
                }
            }
            div class="field" {
                label for="f-exclude" { (ctx.t("indices-exclude")) }
                p class="hint" id="f-exclude-hint" { (ctx.t("indices-exclude-hint")) }
                input type="text" id="f-exclude" name="exclude" value=(f.exclude) aria-describedby="f-exclude-hint";
            }
            div class={ "field" (err_class("population")) } {
                label for="f-population" { (ctx.t("indices-population")) }
                p class="hint" id="f-population-hint" { (ctx.t("indices-population-hint")) }
                @if let Some(e) = errors.get("population") { p class="error" { (e) } }
                select id="f-population" name="population" aria-describedby="f-population-hint" {
                    option value="" { (ctx.t("indices-no-population")) }
                    @for i in &context { option value=(i.ind_key) selected[f.population == i.ind_key] { (indicator_name(ctx.lang, i)) } }
                }
            }
            button type="submit" { (ctx.t("indices-save")) }
        }
    };
    Ok(layout::page(ctx, title, body))
}

fn new_key(name: &str) -> String {
    let mut slug: String = name
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'ä' => 'a',
            'ö' => 'o',
            'ü' => 'u',
            'ß' => 's',
            c if c.is_ascii_alphanumeric() => c,
            _ => '-',
        })
        .collect();
    slug = slug
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    slug.truncate(40);
    format!(
        "{}-{}",
        slug.trim_end_matches('-'),
        &crate::password::random_token()[..6]
    )
}

async fn save(state: &AppState, ctx: &Ctx, key: Option<&str>, body: &[u8]) -> AppResult<Response> {
    let city = ctx.require_city()?.clone();
    let f = parse_form(body)?;
    let inds = state.db.indicators(city.id).await?;
    let years = years_of(&state.db.city_values(city.id).await?);
    let (mut errors, spec) = validate(ctx, &f, &inds, &years);
    let action = key
        .map(|k| format!("/monitoring/indices/{k}"))
        .unwrap_or_else(|| "/monitoring/indices".into());
    let title = ctx.t(if key.is_some() {
        "indices-edit"
    } else {
        "indices-new"
    });
    let key = key
        .map(str::to_string)
        .unwrap_or_else(|| new_key(f.name.trim()));
    let who = ctx
        .identity
        .as_ref()
        .map(|i| i.user.email.clone())
        .unwrap_or_default();
    if let Some(spec) = spec {
        match configs::compute_and_store(
            &state.db,
            city.id,
            &key,
            f.name.trim(),
            &f.kind,
            &spec,
            &who,
        )
        .await
        {
            Ok(c) => {
                state
                    .db
                    .audit(
                        ctx.identity.as_ref().map(|i| i.user.id),
                        &who,
                        "index.save",
                        &format!("index:{key}"),
                        &format!("version {}", c.version),
                    )
                    .await?;
                return Ok((
                    StatusCode::SEE_OTHER,
                    [(LOCATION, format!("/monitoring/indices/{key}"))],
                )
                    .into_response());
            }
            Err(configs::StoreError::Compute(e)) => {
                let field = if f.kind == "mss" {
                    "mss_status"
                } else {
                    "indicators"
                };
                errors.add(
                    field,
                    ctx.ta("indices-error-compute", &[("detail", e.to_string().into())]),
                );
            }
            Err(configs::StoreError::Db(e)) => return Err(e.into()),
            Err(configs::StoreError::Internal(e)) => return Err(AppError::Internal(e)),
        }
    }
    let mut resp = form_page(state, ctx, &action, &f, &errors, &title)
        .await?
        .into_response();
    *resp.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    Ok(resp)
}

/// `GET /monitoring/indices/new`
pub async fn new_form(State(state): State<AppState>, ctx: Ctx) -> AppResult<Markup> {
    let city = ctx.require_city()?;
    let years = years_of(&state.db.city_values(city.id).await?);
    let f = Form {
        kind: "composite".into(),
        normalisation: "minmax".into(),
        aggregation: "arithmetic".into(),
        year: years.last().map(|y| y.to_string()).unwrap_or_default(),
        ..Form::default()
    };
    form_page(
        &state,
        &ctx,
        "/monitoring/indices",
        &f,
        &FieldErrors::default(),
        &ctx.t("indices-new"),
    )
    .await
}

/// `POST /monitoring/indices`
pub async fn create(State(state): State<AppState>, ctx: Ctx, body: Bytes) -> AppResult<Response> {
    save(&state, &ctx, None, &body).await
}

/// `GET /monitoring/indices/{key}/edit`
pub async fn edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(key): Path<String>,
) -> AppResult<Markup> {
    let city = ctx.require_city()?;
    let l = load(&state.db, city.id, &key, None).await?;
    form_page(
        &state,
        &ctx,
        &format!("/monitoring/indices/{key}"),
        &from_config(&l.config, &l.spec),
        &FieldErrors::default(),
        &ctx.t("indices-edit"),
    )
    .await
}

/// `POST /monitoring/indices/{key}` — saves a new version.
pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(key): Path<String>,
    body: Bytes,
) -> AppResult<Response> {
    let city = ctx.require_city()?;
    if state
        .db
        .index_config_versions(city.id, &key)
        .await?
        .is_empty()
    {
        return Err(AppError::NotFound);
    }
    save(&state, &ctx, Some(&key), &body).await
}
