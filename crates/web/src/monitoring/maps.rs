//! Choropleth maps of indicators, the need index and LISA clusters (M3), as inline
//! SVG with a data table beside it, and as an SVG download.

use axum::extract::{Query, State};
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use maud::{Markup, PreEscaped, html};
use quartier_maps::{LegendEntry, MapArea, MapSpec, choropleth, lisa_colors, sequential};
use quartier_stats::classify;
use quartier_stats::lisa::{LocalOptions, Quadrant, local_moran};
use quartier_stats::weights::Weights;
use serde::Deserialize;

use crate::error::{AppError, AppResult};
use crate::monitoring::need;
use crate::ui::fmt::{de, fmt_num, fmt_opt, indicator_name};
use crate::ui::geometry::parse_multipolygon;
use crate::{AppState, Ctx, ui::layout};

/// Map parameters.
#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct MapQuery {
    indicator: String,
    year: Option<i64>,
    layer: String,
    method: String,
    k: Option<usize>,
    index: String,
    /// `programme`: draw the city's existing programme areas as outlines.
    overlay: String,
}

const METHODS: [&str; 4] = ["quantiles", "equal", "fisher-jenks", "stddev"];
const LAYERS: [&str; 4] = ["value", "need", "lisa", "index"];

/// One row of the table beside the map.
struct Row {
    key: String,
    name: String,
    value: Option<f64>,
    class_label: String,
    geometry: Option<String>,
}

struct Built {
    svg: String,
    title: String,
    rows: Vec<Row>,
    query: MapQuery,
    years: Vec<i64>,
    indicators: Vec<quartier_db::monitoring::city::Indicator>,
    index_choices: Vec<(String, String)>,
    has_programme_areas: bool,
}

fn class_labels(ctx: &Ctx, bins: &[f64], min: f64, unit: &str) -> Vec<String> {
    let mut lo = min;
    bins.iter()
        .map(|&hi| {
            let s = format!(
                "{} – {} {}",
                fmt_num(ctx.lang, lo, 1),
                fmt_num(ctx.lang, hi, 1),
                unit
            );
            lo = hi;
            s
        })
        .collect()
}

async fn build(state: &AppState, ctx: &Ctx, mut q: MapQuery, id_prefix: &str) -> AppResult<Built> {
    let city = ctx.require_city()?;
    let indicators = state.db.indicators(city.id).await?;
    let areas = state.db.area_geometries(city.id).await?;
    let values = state.db.city_values(city.id).await?;
    if !LAYERS.contains(&q.layer.as_str()) {
        q.layer = "value".into();
    }
    if !METHODS.contains(&q.method.as_str()) {
        q.method = "quantiles".into();
    }
    let k = q.k.unwrap_or(5).clamp(3, 7);
    q.k = Some(k);
    let ind = indicators
        .iter()
        .find(|i| i.ind_key == q.indicator)
        .or_else(|| {
            need::default_indicators(&indicators)
                .into_iter()
                .next()
                .and_then(|d| indicators.iter().find(|i| i.ind_key == d.ind_key))
        })
        .or(indicators.first())
        .ok_or(AppError::NotFound)?
        .clone();
    q.indicator = ind.ind_key.clone();
    let mut years: Vec<i64> = values
        .iter()
        .filter(|v| v.ind_key == ind.ind_key)
        .map(|v| v.year)
        .collect();
    years.sort_unstable();
    years.dedup();
    let year = q
        .year
        .filter(|y| years.contains(y))
        .or(years.last().copied());
    q.year = year;
    let geoms: Vec<_> = areas
        .iter()
        .map(|a| a.geometry.as_deref().and_then(parse_multipolygon))
        .collect();
    let empty = geo_types::MultiPolygon::<f64>(vec![]);
    let value_of = |key: &str| {
        values
            .iter()
            .find(|v| v.ind_key == ind.ind_key && v.area_key == key && Some(v.year) == year)
            .and_then(|v| v.value)
    };
    let mut vals: Vec<Option<f64>> = areas.iter().map(|a| value_of(&a.area_key)).collect();
    let mut classes: Vec<Option<usize>> = vec![None; areas.len()];
    let mut labels: Vec<String> = vec![ctx.t("map-no-data"); areas.len()];
    let mut legend = Vec::new();
    let unit = ind.unit.clone();
    let title;
    let legend_title;
    match q.layer.as_str() {
        "index" => {
            let layer = crate::monitoring::indices::map_layer(state, ctx, &mut q.index).await?;
            vals = vec![None; areas.len()];
            title = layer
                .as_ref()
                .map(|l| l.title.clone())
                .unwrap_or_else(|| ctx.t("indices-none"));
            legend_title = layer
                .as_ref()
                .map(|l| l.legend_title.clone())
                .unwrap_or_default();
            if let Some(l) = layer {
                for (i, a) in areas.iter().enumerate() {
                    if let Some((v, c, label)) = l.by_area.get(&a.area_key) {
                        (vals[i], classes[i], labels[i]) = (*v, *c, label.clone());
                    }
                }
                legend = l.legend;
            }
        }
        "lisa" => {
            title = ctx.ta(
                "map-title-lisa",
                &[
                    ("indicator", indicator_name(ctx.lang, &ind).into()),
                    ("year", year.unwrap_or(0).into()),
                ],
            );
            legend_title = ctx.t("map-legend-lisa");
            let present: Vec<usize> = (0..areas.len())
                .filter(|&i| vals[i].is_some() && geoms[i].is_some())
                .collect();
            let polys: Vec<_> = present.iter().filter_map(|&i| geoms[i].clone()).collect();
            let y: Vec<f64> = present.iter().filter_map(|&i| vals[i]).collect();
            let colors = lisa_colors();
            let names = [
                ctx.t("lisa-hh"),
                ctx.t("lisa-lh"),
                ctx.t("lisa-ll"),
                ctx.t("lisa-hl"),
                ctx.t("lisa-ns"),
            ];
            let palette = [
                colors.high_high.clone(),
                colors.low_high.clone(),
                colors.low_low.clone(),
                colors.high_low.clone(),
                colors.not_significant.clone(),
            ];
            if polys.len() >= 3 {
                let w =
                    Weights::queen(&polys, 0.0).map_err(|e| AppError::Internal(e.to_string()))?;
                let opts = LocalOptions {
                    permutations: 999,
                    seed: 1,
                    ..LocalOptions::default()
                };
                let res = tokio::task::spawn_blocking(move || local_moran(&y, &w, &opts))
                    .await
                    .map_err(|e| AppError::Internal(e.to_string()))?
                    .map_err(|e| AppError::Internal(e.to_string()))?;
                let p = res
                    .permutation
                    .as_ref()
                    .map(|p| p.p_sim.clone())
                    .unwrap_or_default();
                for (j, &i) in present.iter().enumerate() {
                    let sig = p.get(j).is_some_and(|p| *p <= 0.05);
                    let c = if !sig {
                        4
                    } else {
                        match res.quadrant[j] {
                            Quadrant::HighHigh => 0,
                            Quadrant::LowHigh => 1,
                            Quadrant::LowLow => 2,
                            Quadrant::HighLow => 3,
                        }
                    };
                    classes[i] = Some(c);
                    labels[i] = format!(
                        "{} (p = {})",
                        names[c],
                        fmt_opt(ctx.lang, p.get(j).copied(), 3)
                    );
                }
            }
            legend = names
                .iter()
                .zip(palette.iter())
                .map(|(n, c)| LegendEntry {
                    label: n.clone(),
                    color: c.clone(),
                })
                .collect();
        }
        other => {
            let (label, unit_shown) = if other == "need" {
                let table = need::ranking(&state.db, city.id, &[]).await?;
                vals = areas
                    .iter()
                    .map(|a| {
                        table
                            .rows
                            .iter()
                            .find(|r| r.area.area_key == a.area_key)
                            .and_then(|r| r.score)
                    })
                    .collect();
                (
                    ctx.ta(
                        "map-title-need",
                        &[("year", table.year.unwrap_or(0).into())],
                    ),
                    String::new(),
                )
            } else {
                (
                    ctx.ta(
                        "map-title-value",
                        &[
                            ("indicator", indicator_name(ctx.lang, &ind).into()),
                            ("year", year.unwrap_or(0).into()),
                        ],
                    ),
                    unit.clone(),
                )
            };
            title = label;
            legend_title = ctx.t(&format!("map-method-{}", q.method));
            let present: Vec<f64> = vals.iter().flatten().copied().collect();
            if present.len() >= k {
                let bins = match q.method.as_str() {
                    "equal" => classify::equal_interval(&present, k),
                    "fisher-jenks" => classify::fisher_jenks(&present, k),
                    "stddev" => classify::std_mean(&present, &[-2.0, -1.0, 1.0, 2.0]),
                    _ => classify::quantiles(&present, k),
                }
                .map_err(|e| AppError::Internal(e.to_string()))?;
                let min = present.iter().copied().fold(f64::INFINITY, f64::min);
                let palette = sequential(bins.len());
                let names = class_labels(ctx, &bins, min, &unit_shown);
                for (i, v) in vals.iter().enumerate() {
                    if let Some(v) = v {
                        let c = classify::assign(&[*v], &bins)
                            .first()
                            .copied()
                            .unwrap_or(0)
                            .min(bins.len().saturating_sub(1));
                        classes[i] = Some(c);
                        labels[i] = format!("{} {}", fmt_num(ctx.lang, *v, 1), unit_shown)
                            .trim()
                            .to_string();
                    }
                }
                legend = names
                    .into_iter()
                    .zip(palette)
                    .map(|(label, color)| LegendEntry { label, color })
                    .collect();
            }
        }
    }
    let highlight = state.db.quarter_area_keys(city.id).await?;
    let map_areas: Vec<MapArea<'_>> = areas
        .iter()
        .enumerate()
        .map(|(i, a)| MapArea {
            key: a.area_key.clone(),
            name: a.name.clone(),
            geometry: geoms[i].as_ref().unwrap_or(&empty),
            label: labels[i].clone(),
            class: classes[i],
            href: Some(format!("/monitoring/areas/{}", a.area_key)),
        })
        .collect();
    // Existing programme areas: one dashed outline layer (named once in the legend).
    let overlay = if q.overlay == "programme" {
        let polys: Vec<geo_types::Polygon<f64>> = state
            .db
            .programme_areas(city.id)
            .await?
            .iter()
            .filter_map(|p| crate::ui::geometry::parse_multipolygon(&p.geometry))
            .flat_map(|mp| mp.0)
            .collect();
        if polys.is_empty() {
            Vec::new()
        } else {
            vec![quartier_maps::Overlay {
                name: ctx.t("map-overlay-programme-legend"),
                geometry: geo_types::MultiPolygon(polys),
            }]
        }
    } else {
        Vec::new()
    };
    let spec = MapSpec {
        title: title.clone(),
        subtitle: Some(city.name.clone()),
        source_line: format!(
            "{} {}",
            ctx.t("monitoring-source"),
            crate::ui::fmt::source_of(&ind)
        ),
        legend_title,
        legend,
        no_data_label: ctx.t("map-no-data"),
        highlight,
        highlight_label: Some(ctx.t("map-quarters")),
        overlay,
        description: Some(ctx.t("map-description")),
        rtl: ctx.lang.is_rtl(),
        id_prefix: id_prefix.into(),
        ..MapSpec::default()
    };
    let svg = choropleth(&map_areas, &spec);
    let rows = areas
        .iter()
        .enumerate()
        .map(|(i, a)| Row {
            key: a.area_key.clone(),
            name: a.name.clone(),
            value: vals[i],
            class_label: if classes[i].is_some() {
                spec.legend
                    .get(classes[i].unwrap_or(0))
                    .map(|l| l.label.clone())
                    .unwrap_or_default()
            } else {
                ctx.t("map-no-data")
            },
            geometry: a.geometry.clone(),
        })
        .collect();
    Ok(Built {
        svg,
        title,
        rows,
        query: q,
        years,
        indicators,
        index_choices: crate::monitoring::indices::map_choices(&state.db, city.id).await?,
        has_programme_areas: state.db.has_programme_areas(city.id).await?,
    })
}

fn query_string(q: &MapQuery) -> String {
    format!(
        "indicator={}&year={}&layer={}&method={}&k={}&index={}&overlay={}",
        crate::ui::forms::urlencode(&q.indicator),
        q.year.unwrap_or(0),
        q.layer,
        q.method,
        q.k.unwrap_or(5),
        crate::ui::forms::urlencode(&q.index),
        crate::ui::forms::urlencode(&q.overlay)
    )
}

/// `GET /monitoring/map`
pub async fn map(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<MapQuery>,
) -> AppResult<Markup> {
    let b = build(&state, &ctx, q, "m").await?;
    let q = &b.query;
    let body = html! {
        form method="get" action="/monitoring/map" class="map-controls" {
            div class="field" {
                label for="f-layer" { (ctx.t("map-layer")) }
                select id="f-layer" name="layer" {
                    @for l in LAYERS { option value=(l) selected[q.layer == l] { (ctx.t(&format!("map-layer-{l}"))) } }
                }
            }
            @if !b.index_choices.is_empty() {
                div class="field" {
                    label for="f-index" { (ctx.t("indices-map-choice")) }
                    select id="f-index" name="index" {
                        @for (k, n) in &b.index_choices { option value=(k) lang="de" selected[q.index == *k] { (n) } }
                    }
                }
            }
            div class="field" {
                label for="f-indicator" { (ctx.t("col-indicator")) }
                select id="f-indicator" name="indicator" {
                    @for i in &b.indicators { option value=(i.ind_key) selected[q.indicator == i.ind_key] { (indicator_name(ctx.lang, i)) } }
                }
            }
            div class="field" {
                label for="f-year" { (ctx.t("col-year")) }
                select id="f-year" name="year" {
                    @for y in &b.years { option value=(y) selected[q.year == Some(*y)] { (y) } }
                }
            }
            div class="field" {
                label for="f-method" { (ctx.t("map-classification")) }
                select id="f-method" name="method" {
                    @for m in METHODS { option value=(m) selected[q.method == m] { (ctx.t(&format!("map-method-{m}"))) } }
                }
            }
            div class="field" {
                label for="f-k" { (ctx.t("map-classes")) }
                select id="f-k" name="k" {
                    @for k in 3..=7usize { option value=(k) selected[q.k == Some(k)] { (k) } }
                }
            }
            @if b.has_programme_areas {
                div class="field choice" {
                    input type="checkbox" id="f-overlay" name="overlay" value="programme" checked[q.overlay == "programme"];
                    label for="f-overlay" { (ctx.t("map-overlay-programme")) }
                }
            }
            button type="submit" { (ctx.t("apply")) }
        }
        div class="map-layout" {
            figure class="map" {
                (PreEscaped(&b.svg))
                figcaption {
                    ul class="actions" {
                        li { a href={ "/monitoring/map.svg?" (query_string(q)) } download="karte.svg" { (ctx.t("map-download")) } }
                        li { a href={ "/monitoring/map.geojson?" (query_string(q)) } download="karte.geojson" { (ctx.t("map-download-geojson")) } }
                    }
                }
            }
            div class="table-wrap" role="region" tabindex="0" aria-labelledby="map-table-caption" {
                table {
                    caption id="map-table-caption" { (ctx.t("map-table")) }
                    thead { tr { th scope="col" { (ctx.t("col-name")) } th scope="col" class="num" { (ctx.t("col-value")) } th scope="col" { (ctx.t("map-class")) } } }
                    tbody {
                        @for r in &b.rows {
                            tr {
                                th scope="row" { a href={ "/monitoring/areas/" (r.key) } { (de(&r.name)) } }
                                td class="num" { (fmt_opt(ctx.lang, r.value, 1)) }
                                td { (r.class_label) }
                            }
                        }
                    }
                }
                (crate::ui::export::export_links(&ctx, "/monitoring/map", &query_string(q), "kartendaten"))
            }
        }
    };
    Ok(layout::page(&ctx, &b.title, body))
}

async fn table_export(
    state: &AppState,
    ctx: &Ctx,
    q: MapQuery,
    format: crate::ui::export::Format,
) -> AppResult<Response> {
    use quartier_tabular::{ExportCell, Sheet};
    let b = build(state, ctx, q, "m").await?;
    let num = |v: Option<f64>| v.map(ExportCell::Number).unwrap_or(ExportCell::Empty);
    let sheet = Sheet {
        name: "Karte".into(),
        headers: ["area_key", "name", "value", "class"]
            .map(String::from)
            .to_vec(),
        rows: b
            .rows
            .iter()
            .map(|r| {
                vec![
                    ExportCell::Text(r.key.clone()),
                    ExportCell::Text(r.name.clone()),
                    num(r.value),
                    ExportCell::Text(r.class_label.clone()),
                ]
            })
            .collect(),
    };
    let source = if b.query.layer == "value" || b.query.layer == "lisa" {
        crate::monitoring::exports::sources(
            b.indicators
                .iter()
                .filter(|i| i.ind_key == b.query.indicator),
        )
    } else {
        crate::monitoring::exports::sources(b.indicators.iter())
    };
    let source = format!("{} – {source}", b.title);
    crate::ui::export::export(sheet, &source, format, "kartendaten")
}

/// `GET /monitoring/map/export.csv` — the map's data table.
pub async fn table_csv(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<MapQuery>,
) -> AppResult<Response> {
    table_export(&state, &ctx, q, crate::ui::export::Format::Csv).await
}

/// `GET /monitoring/map/export.xlsx`
pub async fn table_xlsx(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<MapQuery>,
) -> AppResult<Response> {
    table_export(&state, &ctx, q, crate::ui::export::Format::Xlsx).await
}

/// `GET /monitoring/map.svg` — the same map as a standalone SVG file.
pub async fn map_svg(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<MapQuery>,
) -> AppResult<Response> {
    let b = build(&state, &ctx, q, "m").await?;
    let svg = if b.svg.contains("xmlns=") {
        b.svg
    } else {
        b.svg
            .replacen("<svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"", 1)
    };
    Ok((
        [
            (CONTENT_TYPE, "image/svg+xml; charset=utf-8"),
            (CONTENT_DISPOSITION, "attachment; filename=\"karte.svg\""),
        ],
        format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{svg}"),
    )
        .into_response())
}

/// `GET /monitoring/map.geojson` — the map's areas with value and class as GeoJSON.
pub async fn map_geojson(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<MapQuery>,
) -> AppResult<Response> {
    let b = build(&state, &ctx, q, "m").await?;
    let features: Vec<serde_json::Value> = b
        .rows
        .iter()
        .map(|r| {
            let geometry = r
                .geometry
                .as_deref()
                .and_then(|g| serde_json::from_str::<serde_json::Value>(g).ok())
                .unwrap_or(serde_json::Value::Null);
            serde_json::json!({
                "type": "Feature",
                "id": r.key,
                "properties": { "key": r.key, "name": r.name, "value": r.value, "class": r.class_label },
                "geometry": geometry,
            })
        })
        .collect();
    let doc = serde_json::json!({
        "type": "FeatureCollection",
        "name": b.title,
        "layer": b.query.layer,
        "indicator": b.query.indicator,
        "year": b.query.year,
        "features": features,
    });
    Ok(crate::monitoring::catalogue::download(
        "application/geo+json",
        "karte.geojson",
        doc.to_string(),
    ))
}

/// `GET /monitoring/report` — a print-ready A4 report: need map, hot spots, ranking,
/// published decisions, sources.
pub async fn report(State(state): State<AppState>, ctx: Ctx) -> AppResult<Markup> {
    let city = ctx.require_city()?.clone();
    let need_map = build(
        &state,
        &ctx,
        MapQuery {
            layer: "need".into(),
            ..MapQuery::default()
        },
        "rn",
    )
    .await?;
    let lisa_map = build(
        &state,
        &ctx,
        MapQuery {
            layer: "lisa".into(),
            ..MapQuery::default()
        },
        "rl",
    )
    .await?;
    let table = need::ranking(&state.db, city.id, &[]).await?;
    let mut rows: Vec<&need::NeedRow> = table.rows.iter().filter(|r| r.rank.is_some()).collect();
    rows.sort_by_key(|r| r.rank);
    let decisions = state.db.latest_decisions(city.id, false).await?;
    let title = ctx.ta("report-title", &[("city", city.name.clone().into())]);
    let body = html! {
        div class="report" {
            p class="lead" { (ctx.ta("report-intro", &[("year", table.year.unwrap_or(0).into()), ("runs", (need::RUNS as i64).into())])) }
            p class="no-print" { (ctx.t("report-print-hint")) }
            section class="report-maps" aria-labelledby="h-report-maps" {
                h2 id="h-report-maps" { (ctx.t("report-maps")) }
                div class="report-grid" {
                    figure class="map" { (PreEscaped(&need_map.svg)) }
                    figure class="map" { (PreEscaped(&lisa_map.svg)) }
                }
            }
            section class="page-break" aria-labelledby="h-report-ranking" {
                h2 id="h-report-ranking" { (ctx.t("monitoring-ranking")) }
                table {
                    caption { (ctx.t("report-top")) }
                    thead { tr {
                        th scope="col" class="num" { (ctx.t("col-rank")) }
                        th scope="col" { (ctx.t("col-name")) }
                        th scope="col" { (ctx.t("col-district")) }
                        th scope="col" class="num" { (ctx.t("col-score")) }
                        th scope="col" { (ctx.t("col-rank-interval")) }
                    } }
                    tbody {
                        @for r in rows.iter().take(15) {
                            tr {
                                td class="num" { (r.rank.map(|x| x.to_string()).unwrap_or_default()) }
                                th scope="row" { (de(&r.area.name)) }
                                td { (de(r.area.district.as_deref().unwrap_or("–"))) }
                                td class="num" { (fmt_opt(ctx.lang, r.score, 1)) }
                                td { span dir="ltr" { (fmt_opt(ctx.lang, r.rank_q05, 0)) "–" (fmt_opt(ctx.lang, r.rank_q95, 0)) } }
                            }
                        }
                    }
                }
            }
            section aria-labelledby="h-report-decisions" {
                h2 id="h-report-decisions" { (ctx.t("nav-decisions")) }
                @if decisions.is_empty() { p { (ctx.t("decisions-none")) } }
                @for d in &decisions {
                    article class="decision" {
                        h3 { (de(&d.title)) }
                        p { (de(&d.decision_body)) ", " span dir="ltr" { (d.decided_on) } }
                        @for para in d.rationale.split("\n\n") { p lang="de" dir="auto" { (para) } }
                    }
                }
            }
            p class="source" { (ctx.t("monitoring-source")) " " (table.indicators.first().map(crate::ui::fmt::source_of).unwrap_or_default()) }
        }
    };
    Ok(layout::page(&ctx, &title, body))
}
