//! Social monitoring pages (M3): indicator catalogue, need ranking with rank
//! intervals, area profiles.

use axum::extract::{Path, Query, State};
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use maud::{Markup, PreEscaped, html};
use quartier_maps::{LineChartSpec, NumberFormat, Series, line_chart};
use quartier_tabular::{ExportCell, Sheet};
use serde::Deserialize;

use crate::error::{AppError, AppResult};
use crate::monitoring::need::{self, NeedTable};
use crate::ui::fmt::{de, fmt_num, fmt_opt, indicator_name};
use crate::{AppState, Ctx, ui::layout};

fn polarity_label(ctx: &Ctx, p: &str) -> String {
    ctx.t(&format!("polarity-{p}"))
}

fn source_lines(ctx: &Ctx, sources: impl Iterator<Item = String>) -> Markup {
    let mut uniq: Vec<String> = sources.collect();
    uniq.sort();
    uniq.dedup();
    html! { p class="source" { (ctx.t("monitoring-source")) " " (uniq.join(" · ")) } }
}

/// `GET /monitoring` — the indicator catalogue.
pub async fn catalogue(State(state): State<AppState>, ctx: Ctx) -> AppResult<Markup> {
    let city = ctx.require_city()?;
    let inds = state.db.indicators(city.id).await?;
    let values = state.db.city_values(city.id).await?;
    let body = html! {
        p class="lead" { (ctx.t("monitoring-intro")) }
        ul class="actions" {
            li { a class="button" href="/monitoring/ranking" { (ctx.t("monitoring-ranking")) } }
            li { a href="/monitoring/map" { (ctx.t("map-nav")) } }
            li { a href="/monitoring/map?layer=lisa" { (ctx.t("map-layer-lisa")) } }
            li { a href="/monitoring/report" { (ctx.t("report-link")) } }
            li { a href="/monitoring/indices" { (ctx.t("indices-title")) } }
            li { a href="/decisions" { (ctx.t("nav-decisions")) } }
            @if ctx.identity.as_ref().is_some_and(|i| i.has_role(quartier_db::platform::accounts::Role::Analyst) || i.has_role(quartier_db::platform::accounts::Role::Lead)) {
                li { a href="/monitoring/data" { (ctx.t("data-title")) } }
            }
        }
        (crate::ui::export::export_links(&ctx, "/monitoring", "", "indikatoren"))
        table {
            caption { (ctx.t("monitoring-catalogue")) }
            thead { tr {
                th scope="col" { (ctx.t("col-indicator")) }
                th scope="col" { (ctx.t("col-unit")) }
                th scope="col" { (ctx.t("col-polarity")) }
                th scope="col" { (ctx.t("col-years")) }
                th scope="col" { (ctx.t("col-source")) }
            } }
            tbody {
                @for i in &inds {
                    @let years: Vec<i64> = values.iter().filter(|v| v.ind_key == i.ind_key).map(|v| v.year).collect();
                    tr {
                        th scope="row" {
                            a href={ "/monitoring/map?indicator=" (i.ind_key) } { (indicator_name(ctx.lang, i)) } br; code { (i.ind_key) }
                            @if !i.definition.is_empty() { p class="hint" lang="de" { (i.definition) } }
                        }
                        td { (i.unit) }
                        td { (polarity_label(&ctx, &i.polarity)) }
                        td { @if let (Some(a), Some(b)) = (years.iter().min(), years.iter().max()) { span dir="ltr" { (a) "–" (b) } } @else { "–" } }
                        td { (crate::ui::fmt::source_of(i)) }
                    }
                }
            }
        }
    };
    Ok(layout::page(&ctx, &ctx.t("nav-monitoring"), body))
}

/// Ranking filters.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RankingQuery {
    district: String,
    sort: String,
    class: String,
}

/// MSS status class per area key from the newest MSS configuration (class filter).
type MssClasses = Option<(String, std::collections::HashMap<String, u8>)>;

fn class_matches(table: &NeedTable, r: &need::NeedRow, class: &str, mss: &MssClasses) -> bool {
    let n = table.rows.iter().filter(|r| r.rank.is_some()).count();
    match class {
        "" => true,
        "top" => r.rank.is_some_and(|x| x <= need::configs::top_size(n)),
        "likely" => r.p_top.is_some_and(|p| p >= 0.5),
        other => match other
            .strip_prefix("mss-")
            .and_then(|c| c.parse::<u8>().ok())
        {
            Some(c) => mss
                .as_ref()
                .and_then(|(_, m)| m.get(&r.area.area_key))
                .is_some_and(|x| *x == c),
            None => true,
        },
    }
}

fn filtered<'a>(
    table: &'a NeedTable,
    q: &RankingQuery,
    mss: &MssClasses,
) -> Vec<&'a need::NeedRow> {
    let mut rows: Vec<&need::NeedRow> = table
        .rows
        .iter()
        .filter(|r| {
            q.district.is_empty() || r.area.district.as_deref() == Some(q.district.as_str())
        })
        .filter(|r| class_matches(table, r, &q.class, mss))
        .collect();
    match q.sort.as_str() {
        "name" => rows.sort_by(|a, b| a.area.name.cmp(&b.area.name)),
        "p_top" => rows.sort_by(|a, b| b.p_top.unwrap_or(-1.0).total_cmp(&a.p_top.unwrap_or(-1.0))),
        _ => rows.sort_by_key(|r| r.rank.unwrap_or(usize::MAX)),
    }
    rows
}

/// `GET /monitoring/ranking`
pub async fn ranking(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<RankingQuery>,
) -> AppResult<Markup> {
    let city = ctx.require_city()?;
    let table = need::ranking(&state.db, city.id, &[]).await?;
    let mut districts: Vec<String> = table
        .rows
        .iter()
        .filter_map(|r| r.area.district.clone())
        .collect();
    districts.sort();
    districts.dedup();
    let n = table.rows.iter().filter(|r| r.rank.is_some()).count();
    let mss = crate::monitoring::indices::mss_classes(&state.db, city.id).await?;
    let rows = filtered(&table, &q, &mss);
    let filter = format!(
        "district={}&sort={}&class={}",
        crate::ui::forms::urlencode(&q.district),
        crate::ui::forms::urlencode(&q.sort),
        crate::ui::forms::urlencode(&q.class)
    );
    let csv_href = format!("/monitoring/ranking.csv?{filter}");
    let xlsx_href = format!("/monitoring/ranking.xlsx?{filter}");
    let body = html! {
        p class="lead" { (ctx.ta("ranking-intro", &[("runs", (need::RUNS as i64).into()), ("year", table.year.unwrap_or(0).into())])) }
        p { (ctx.t("ranking-indicators")) " "
            @for (k, i) in table.indicators.iter().enumerate() { @if k > 0 { ", " } (indicator_name(ctx.lang, i)) }
        }
        form method="get" action="/monitoring/ranking" class="search" {
            label for="f-district" { (ctx.t("col-district")) }
            select id="f-district" name="district" {
                option value="" { (ctx.t("all")) }
                @for d in &districts { option value=(d) lang="de" selected[*d == q.district] { (d) } }
            }
            label for="f-class" { (ctx.t("indices-class")) }
            select id="f-class" name="class" {
                option value="" { (ctx.t("all")) }
                option value="top" selected[q.class == "top"] { (ctx.ta("indices-filter-top", &[("share", ((need::TOP_SHARE * 100.0).round() as i64).into())])) }
                option value="likely" selected[q.class == "likely"] { (ctx.t("indices-filter-likely")) }
                @if let Some((name, _)) = &mss {
                    @for c in 1..=4u8 {
                        @let v = format!("mss-{c}");
                        option value=(v) selected[q.class == v] { (ctx.ta("indices-filter-mss", &[("name", name.clone().into()), ("class", ctx.t(&format!("indices-mss-status-{c}")).into())])) }
                    }
                }
            }
            label for="f-sort" { (ctx.t("sort-by")) }
            select id="f-sort" name="sort" {
                option value="rank" selected[q.sort.is_empty() || q.sort == "rank"] { (ctx.t("col-rank")) }
                option value="p_top" selected[q.sort == "p_top"] { (ctx.t("col-p-top")) }
                option value="name" selected[q.sort == "name"] { (ctx.t("col-name")) }
            }
            button type="submit" { (ctx.t("apply")) }
        }
        ul class="actions" {
            li { a href=(csv_href) download="rangfolge.csv" { (ctx.t("export-csv")) } }
            li { a href=(xlsx_href) download="rangfolge.xlsx" { (ctx.t("export-xlsx")) } }
        }
        div class="table-wrap" role="region" tabindex="0" aria-labelledby="ranking-caption" {
        table class="ranking" {
            caption id="ranking-caption" { (ctx.t("monitoring-ranking")) }
            thead { tr {
                th scope="col" class="num" { (ctx.t("col-rank")) }
                th scope="col" { (ctx.t("col-name")) }
                th scope="col" { (ctx.t("col-district")) }
                th scope="col" class="num" { (ctx.t("col-score")) }
                th scope="col" { (ctx.t("col-rank-interval")) }
                th scope="col" class="num" { (ctx.t("col-p-top")) }
            } }
            tbody {
                @for r in &rows {
                    tr {
                        td class="num" { (r.rank.map(|x| x.to_string()).unwrap_or_else(|| "–".into())) }
                        th scope="row" { a href={ "/monitoring/areas/" (r.area.area_key) } { (de(&r.area.name)) } }
                        td { (de(r.area.district.as_deref().unwrap_or("–"))) }
                        td class="num" { (fmt_opt(ctx.lang, r.score, 1)) }
                        td {
                            @if let (Some(lo), Some(hi)) = (r.rank_q05, r.rank_q95) {
                                (interval_bar(lo, hi, r.rank, n))
                                span dir="ltr" { (fmt_num(ctx.lang, lo, 0)) "–" (fmt_num(ctx.lang, hi, 0)) }
                            } @else { (r.note.as_deref().unwrap_or("–")) }
                        }
                        td class="num" { (r.p_top.map(|p| format!("{} %", fmt_num(ctx.lang, p * 100.0, 0))).unwrap_or_else(|| "–".into())) }
                    }
                }
            }
        }
        }
        (source_lines(&ctx, table.indicators.iter().map(crate::ui::fmt::source_of)))
    };
    Ok(layout::page(&ctx, &ctx.t("monitoring-ranking"), body))
}

/// A small inline bar for a rank interval (decorative: the numbers follow as text).
fn interval_bar(lo: f64, hi: f64, nominal: Option<usize>, n: usize) -> Markup {
    let n = n.max(1) as f64;
    let x = |r: f64| 2.0 + (r - 1.0).max(0.0) / n.max(2.0) * 116.0;
    html! {
        svg class="interval" width="120" height="14" viewBox="0 0 120 14" aria-hidden="true" focusable="false" {
            line x1="2" y1="7" x2="118" y2="7" stroke="#cfd6de" stroke-width="1" {}
            rect x=(format!("{:.1}", x(lo))) y="3" width=(format!("{:.1}", (x(hi) - x(lo)).max(2.0))) height="8" fill="#0b5d7a" opacity="0.45" {}
            @if let Some(nom) = nominal { circle cx=(format!("{:.1}", x(nom as f64))) cy="7" r="3" fill="#1c2330" {} }
        }
    }
}

/// The ranking as a table for CSV and XLSX export.
fn ranking_sheet(table: &NeedTable, q: &RankingQuery, mss: &MssClasses) -> Sheet {
    let mut headers: Vec<String> = [
        "area_key", "name", "district", "rank", "score", "rank_q05", "rank_q95", "p_top",
    ]
    .iter()
    .map(|h| h.to_string())
    .collect();
    headers.extend(table.indicators.iter().map(|i| i.ind_key.clone()));
    let num = |v: Option<f64>| v.map(ExportCell::Number).unwrap_or(ExportCell::Empty);
    let rows = filtered(table, q, mss)
        .into_iter()
        .map(|r| {
            let mut row = vec![
                ExportCell::Text(r.area.area_key.clone()),
                ExportCell::Text(r.area.name.clone()),
                ExportCell::Text(r.area.district.clone().unwrap_or_default()),
                num(r.rank.map(|x| x as f64)),
                num(r.score),
                num(r.rank_q05),
                num(r.rank_q95),
                num(r.p_top),
            ];
            row.extend(r.values.iter().map(|v| num(*v)));
            row
        })
        .collect();
    Sheet {
        name: "Rangfolge".into(),
        headers,
        rows,
    }
}

/// A file download response.
pub fn download(
    content_type: &'static str,
    filename: &'static str,
    body: impl IntoResponse,
) -> Response {
    let disposition = format!("attachment; filename=\"{filename}\"");
    (
        [
            (CONTENT_TYPE, content_type.to_string()),
            (CONTENT_DISPOSITION, disposition),
        ],
        body,
    )
        .into_response()
}

/// `GET /monitoring/ranking.csv` — German Excel CSV (`;`, decimal comma, BOM).
pub async fn ranking_csv(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<RankingQuery>,
) -> AppResult<Response> {
    let city = ctx.require_city()?;
    let table = need::ranking(&state.db, city.id, &[]).await?;
    let mss = crate::monitoring::indices::mss_classes(&state.db, city.id).await?;
    crate::ui::export::export(
        ranking_sheet(&table, &q, &mss),
        &crate::monitoring::exports::sources(table.indicators.iter()),
        crate::ui::export::Format::Csv,
        "rangfolge",
    )
}

/// `GET /monitoring/ranking.xlsx`
pub async fn ranking_xlsx(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<RankingQuery>,
) -> AppResult<Response> {
    let city = ctx.require_city()?;
    let table = need::ranking(&state.db, city.id, &[]).await?;
    let mss = crate::monitoring::indices::mss_classes(&state.db, city.id).await?;
    crate::ui::export::export(
        ranking_sheet(&table, &q, &mss),
        &crate::monitoring::exports::sources(table.indicators.iter()),
        crate::ui::export::Format::Xlsx,
        "rangfolge",
    )
}

/// `GET /monitoring/areas/{key}` — the profile of one area.
pub async fn area(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(key): Path<String>,
) -> AppResult<Markup> {
    let city = ctx.require_city()?;
    let area = state
        .db
        .area_by_key(city.id, &key)
        .await?
        .ok_or(AppError::NotFound)?;
    let inds = state.db.indicators(city.id).await?;
    let values = state.db.city_values(city.id).await?;
    let table = need::ranking(&state.db, city.id, &[]).await?;
    let row = table.rows.iter().find(|r| r.area.area_key == key);
    let n_areas = table.rows.len();
    let body = html! {
        @if let Some(d) = &area.district { p class="lead" { (ctx.t("col-district")) ": " (d) } }
        @if let Some(r) = row {
            section aria-labelledby="h-need" class="card" {
                h2 id="h-need" { (ctx.t("profile-need")) }
                @if let Some(rank) = r.rank {
                    p { (ctx.ta("profile-rank", &[("rank", (rank as i64).into()), ("n", (n_areas as i64).into())])) }
                    @if let (Some(lo), Some(hi)) = (r.rank_q05, r.rank_q95) {
                        p { (ctx.ta("profile-interval", &[("lo", fmt_num(ctx.lang, lo, 0).into()), ("hi", fmt_num(ctx.lang, hi, 0).into())])) }
                    }
                    @if let Some(p) = r.p_top { p { (ctx.ta("profile-p-top", &[("p", fmt_num(ctx.lang, p * 100.0, 0).into())])) } }
                } @else {
                    p { (r.note.as_deref().unwrap_or("–")) }
                }
            }
        }
        (crate::ui::export::export_links(&ctx, &format!("/monitoring/areas/{key}"), "", &format!("gebiet-{key}")))
        div class="table-wrap" role="region" tabindex="0" aria-labelledby="profile-caption" {
        table {
            caption id="profile-caption" { (ctx.t("profile-indicators")) }
            thead { tr {
                th scope="col" { (ctx.t("col-indicator")) }
                th scope="col" class="num" { (ctx.t("col-year")) }
                th scope="col" class="num" { (ctx.t("col-value")) }
                th scope="col" class="num" { (ctx.t("col-rank")) }
                th scope="col" class="num" { (ctx.t("col-city-average")) }
                th scope="col" { (ctx.t("col-series")) }
            } }
            tbody {
                @for i in &inds {
                    @let series: Vec<(i64, Option<f64>)> = values.iter().filter(|v| v.ind_key == i.ind_key && v.area_key == key).map(|v| (v.year, v.value)).collect();
                    @let last = series.iter().rev().find(|(_, v)| v.is_some()).copied();
                    @let year = last.map(|(y, _)| y);
                    @let others: Vec<f64> = values.iter().filter(|v| v.ind_key == i.ind_key && Some(v.year) == year).filter_map(|v| v.value).collect();
                    @let mean = if others.is_empty() { None } else { Some(others.iter().sum::<f64>() / others.len() as f64) };
                    @let rank = last.and_then(|(_, v)| v).map(|v| {
                        let higher = others.iter().filter(|o| if i.polarity == "less" { **o < v } else { **o > v }).count();
                        higher + 1
                    });
                    tr {
                        th scope="row" { (indicator_name(ctx.lang, i)) " (" (i.unit) ")" }
                        td class="num" { (year.map(|y| y.to_string()).unwrap_or_else(|| "–".into())) }
                        td class="num" { (fmt_opt(ctx.lang, last.and_then(|(_, v)| v), 1)) }
                        td class="num" { @if i.polarity == "neutral" { "–" } @else { (rank.map(|r| r.to_string()).unwrap_or_else(|| "–".into())) } }
                        td class="num" { (fmt_opt(ctx.lang, mean, 1)) }
                        td { @for (k, (y, v)) in series.iter().enumerate() { @if k > 0 { ", " } (y) ": " (fmt_opt(ctx.lang, *v, 1)) } }
                    }
                }
            }
        }
        }
        h2 { (ctx.t("profile-series")) }
        div class="charts" {
            @for (n, i) in inds.iter().filter(|i| i.polarity != "neutral").enumerate() {
                (PreEscaped(series_chart(&ctx, i, &values, &key, &area.name, n)))
            }
        }
        (source_lines(&ctx, inds.iter().map(crate::ui::fmt::source_of)))
        p { a href="/monitoring/ranking" { (ctx.t("monitoring-ranking")) } }
    };
    Ok(layout::page(&ctx, &area.name, body))
}

/// The time series of one indicator for an area next to the city average.
fn series_chart(
    ctx: &Ctx,
    ind: &quartier_db::monitoring::city::Indicator,
    values: &[quartier_db::monitoring::city::CityValue],
    key: &str,
    area_name: &str,
    n: usize,
) -> String {
    let mut years: Vec<i64> = values
        .iter()
        .filter(|v| v.ind_key == ind.ind_key)
        .map(|v| v.year)
        .collect();
    years.sort_unstable();
    years.dedup();
    let own: Vec<(i32, Option<f64>)> = years
        .iter()
        .map(|y| {
            let v = values
                .iter()
                .find(|v| v.ind_key == ind.ind_key && v.area_key == key && v.year == *y)
                .and_then(|v| v.value);
            (i32::try_from(*y).unwrap_or(0), v)
        })
        .collect();
    let avg: Vec<(i32, Option<f64>)> = years
        .iter()
        .map(|y| {
            let all: Vec<f64> = values
                .iter()
                .filter(|v| v.ind_key == ind.ind_key && v.year == *y)
                .filter_map(|v| v.value)
                .collect();
            let m = (!all.is_empty()).then(|| all.iter().sum::<f64>() / all.len() as f64);
            (i32::try_from(*y).unwrap_or(0), m)
        })
        .collect();
    let german = matches!(
        ctx.lang,
        quartier_i18n::Lang::De
            | quartier_i18n::Lang::Ru
            | quartier_i18n::Lang::Uk
            | quartier_i18n::Lang::Tr
            | quartier_i18n::Lang::Vi
    );
    line_chart(&LineChartSpec {
        title: indicator_name(ctx.lang, ind),
        y_label: ind.unit.clone(),
        series: vec![
            Series {
                label: area_name.to_string(),
                points: own,
                dashed: false,
            },
            Series {
                label: ctx.t("col-city-average"),
                points: avg,
                dashed: true,
            },
        ],
        format: NumberFormat {
            decimals: 1,
            decimal_separator: if german { ',' } else { '.' },
            thousands_separator: None,
            suffix: String::new(),
        },
        missing_label: "–".into(),
        id_prefix: format!("c{n}"),
        rtl: ctx.lang.is_rtl(),
        width: 360.0,
        height: 200.0,
        ..LineChartSpec::default()
    })
}
