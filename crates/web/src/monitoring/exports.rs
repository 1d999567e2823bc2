//! CSV/XLSX exports of the monitoring tables: the indicator catalogue and an area profile.

use axum::extract::{Path, State};
use axum::response::Response;
use quartier_db::monitoring::city::Indicator;
use quartier_tabular::{ExportCell, Sheet};

use crate::error::{AppError, AppResult};
use crate::ui::export::{Format, export, headers, num, text};
use crate::{AppState, Ctx};

/// The unique source lines of some indicators, joined.
pub fn sources<'a>(inds: impl Iterator<Item = &'a Indicator>) -> String {
    let mut uniq: Vec<String> = inds.map(|i| i.source.clone()).collect();
    uniq.sort();
    uniq.dedup();
    uniq.join(" · ")
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
