//! The report to the funder per year (Verwendungs-/Jahresbericht): every funded project with the
//! approved amount, investive or not, own contribution and third-party money, and the sums per pot,
//! as CSV or XLSX through the one export path of `ui::export`.

use axum::extract::{Path, Query, State};
use axum::response::Response;
use quartier_rules::fund::{FinancingKind, Money};
use quartier_tabular::{ExportCell, Sheet};
use serde::Deserialize;

use super::shared::{fund_ctx, is_staff};
use crate::error::{AppError, AppResult};
use crate::ui::export::{Format, download, headers, text};
use crate::{AppState, Ctx};

/// `?year=`
#[derive(Deserialize)]
pub struct YearQuery {
    year: Option<i64>,
}

fn eur(m: Money) -> ExportCell {
    ExportCell::Number(m.as_f64())
}

async fn sheet(
    state: &AppState,
    ctx: &Ctx,
    id: i64,
    year: Option<i64>,
) -> AppResult<(Sheet, String)> {
    let f = fund_ctx(state, ctx, id).await?;
    if !is_staff(ctx, f.quarter.id) {
        return Err(AppError::Forbidden);
    }
    let rounds = state.db.fund_rounds(f.fund.id).await?;
    let year = year.or_else(|| rounds.first().map(|r| r.year)).unwrap_or(0);
    let mut rows = Vec::new();
    let (mut sum_inv, mut sum_non, mut sum_own, mut sum_third) =
        (Money::ZERO, Money::ZERO, Money::ZERO, Money::ZERO);
    for r in rounds.iter().filter(|r| r.year == year) {
        for d in state
            .db
            .fund_decisions(r.id)
            .await?
            .into_iter()
            .filter(|d| d.funded == 1)
        {
            let Some(a) = state.db.fund_application(d.application_id).await? else {
                continue;
            };
            let rules = state
                .db
                .fund_rules(f.fund.id, Some(r.rules_version))
                .await?
                .rules()?;
            let t = a.plan().totals(&rules);
            let sum_of = |k: FinancingKind| {
                Money::sum(
                    a.financing_lines
                        .iter()
                        .filter(|l| l.kind == k)
                        .map(|l| l.amount),
                )
            };
            let amount = Money(d.amount_cents);
            if a.row.investive == 1 {
                sum_inv = sum_inv.plus(amount);
            } else {
                sum_non = sum_non.plus(amount);
            }
            sum_own = sum_own.plus(t.own);
            sum_third = sum_third.plus(t.third_party);
            rows.push(vec![
                text(&format!("{}/{}", r.round_no, r.year)),
                text(&a.row.code),
                text(&a.row.title),
                text(&a.row.applicant_name),
                text(&ctx.t(if a.row.investive == 1 {
                    "fund-yes"
                } else {
                    "fund-no"
                })),
                eur(t.expenses),
                eur(amount),
                eur(sum_of(FinancingKind::OwnFunds)),
                eur(sum_of(FinancingKind::OwnWork)),
                eur(t.third_party),
            ]);
        }
    }
    rows.push(vec![
        text(&ctx.t("fund-total")),
        ExportCell::Empty,
        text(&format!("{}: {}", ctx.t("fund-budget-investive"), sum_inv)),
        text(&format!(
            "{}: {}",
            ctx.t("fund-budget-non-investive"),
            sum_non
        )),
        ExportCell::Empty,
        ExportCell::Empty,
        eur(sum_inv.plus(sum_non)),
        eur(sum_own),
        ExportCell::Empty,
        eur(sum_third),
    ]);
    let h = [
        ctx.t("fund-round"),
        ctx.t("fund-code"),
        ctx.t("fund-project"),
        ctx.t("fund-applicant-name"),
        ctx.t("fund-investive"),
        ctx.t("fund-report-costs"),
        ctx.t("fund-report-granted"),
        ctx.t("fund-fin-own_funds"),
        ctx.t("fund-fin-own_work"),
        ctx.t("fund-fin-third_party"),
    ];
    let sheet = Sheet {
        name: format!("{year}"),
        headers: headers(&h.iter().map(String::as_str).collect::<Vec<_>>()),
        rows,
    };
    Ok((sheet, format!("fonds-{}-{year}", f.fund.id)))
}

/// `GET /funds/{id}/report.csv`
pub async fn csv(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(q): Query<YearQuery>,
) -> AppResult<Response> {
    let (s, name) = sheet(&state, &ctx, id, q.year).await?;
    download(&s, Format::Csv, &name)
}

/// `GET /funds/{id}/report.xlsx`
pub async fn xlsx(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(q): Query<YearQuery>,
) -> AppResult<Response> {
    let (s, name) = sheet(&state, &ctx, id, q.year).await?;
    download(&s, Format::Xlsx, &name)
}
