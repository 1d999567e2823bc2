//! The comparison table of a decision as CSV/XLSX.

use axum::extract::{Path, State};
use axum::response::Response;
use quartier_db::monitoring::city::Indicator;
use quartier_db::platform::accounts::Role;
use quartier_tabular::Sheet;

use crate::error::{AppError, AppResult};
use crate::monitoring::exports::sources;
use crate::monitoring::need::configs::{self};
use crate::ui::export::{Format, export, headers, num, text};
use crate::{AppState, Ctx};

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
    let table = crate::monitoring::need::ranking(&state.db, city.id, &[]).await?;
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
