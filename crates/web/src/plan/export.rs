//! The measure table as CSV and XLSX (through the one export path `ui::export`).

use axum::extract::{Path, State};
use axum::response::Response;
use quartier_db::plan::{PlanData, PlanIndicator};
use quartier_i18n::Lang;
use quartier_tabular::{ExportCell, Sheet};

use crate::error::AppResult;
use crate::plan::common::*;
use crate::plan::views::ordered;
use crate::ui::export::{Format, download};
use crate::{AppState, Ctx};

// ------------------------------------------------------------------ exports

/// Column headers of the export, as in German measure tables.
pub const EXPORT_COLUMNS: [&str; 19] = [
    "Nr.",
    "Handlungsfeld",
    "Ziel",
    "Maßnahme",
    "Federführung",
    "Partner",
    "Zielgruppen",
    "Ort",
    "Kosten (EUR)",
    "Finanzierung",
    "Beginn",
    "Ende",
    "Priorität",
    "Status",
    "Indikator",
    "Basiswert",
    "Zielwert",
    "Istwert",
    "Stand",
];

fn export_sheet(d: &PlanData, actors: &[quartier_db::civic::actors::Actor]) -> Sheet {
    let de_status = |s: &str| Lang::De.t(&format!("plan-status-{s}"));
    let mut rows = Vec::new();
    for m in ordered(d) {
        let field = d
            .fields
            .iter()
            .find(|f| f.id == m.field_id)
            .map(|f| format!("{} {}", f.code, f.name))
            .unwrap_or_default();
        let goal = m
            .goal_id
            .and_then(|g| d.goals.iter().find(|x| x.id == g))
            .map(|g| format!("{} {}", g.code, g.text))
            .unwrap_or_default();
        let funding = if m.funding.is_empty() {
            String::new()
        } else if m.funding_secured == 1 {
            format!("{} (gesichert)", m.funding)
        } else {
            format!("{} (Haushaltsvorbehalt)", m.funding)
        };
        let mut status = de_status(&m.status);
        if m.blocked == 1 {
            status.push_str(", blockiert");
        }
        let base: Vec<ExportCell> = vec![
            m.code.clone().into(),
            field.into(),
            goal.into(),
            m.title.clone().into(),
            lead_name(m, actors).into(),
            partner_names(m, actors).join("; ").into(),
            m.groups().join("; ").into(),
            m.place.clone().into(),
            m.cost_eur.into(),
            funding.into(),
            m.start_on.clone().into(),
            m.end_on.clone().into(),
            (m.priority as f64).into(),
            status.into(),
        ];
        let inds: Vec<&PlanIndicator> = d.indicators_of(m.id).collect();
        if inds.is_empty() {
            let mut r = base.clone();
            r.extend(std::iter::repeat_n(ExportCell::Empty, 5));
            rows.push(r);
        }
        for i in inds {
            let a = d.latest_actual(i.id);
            let mut r = base.clone();
            let name = if i.unit.is_empty() {
                i.name.clone()
            } else {
                format!("{} ({})", i.name, i.unit)
            };
            r.push(name.into());
            r.push(i.baseline.into());
            r.push(i.target.into());
            r.push(a.map(|a| a.value).into());
            r.push(
                a.map(|a| ExportCell::Text(a.measured_on.clone()))
                    .unwrap_or(ExportCell::Empty),
            );
            rows.push(r);
        }
    }
    Sheet {
        name: "Aktionsplan".into(),
        headers: EXPORT_COLUMNS.iter().map(|s| s.to_string()).collect(),
        rows,
    }
}

/// `GET /quarters/{slug}/plan.csv`
pub async fn csv(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let (q, plan) = readable(&state, &ctx, &slug).await?;
    let d = state.db.plan_data(plan.id).await?;
    let actors = state.db.actors_in_quarter(q.id).await?;
    download(
        &export_sheet(&d, &actors),
        Format::Csv,
        &format!("aktionsplan-{}", q.slug),
    )
}

/// `GET /quarters/{slug}/plan.xlsx`
pub async fn xlsx(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let (q, plan) = readable(&state, &ctx, &slug).await?;
    let d = state.db.plan_data(plan.id).await?;
    let actors = state.db.actors_in_quarter(q.id).await?;
    download(
        &export_sheet(&d, &actors),
        Format::Xlsx,
        &format!("aktionsplan-{}", q.slug),
    )
}
