//! Fund overview, the public page of a fund with its funded projects, and the rules page.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::Response;
use maud::{Markup, html};
use quartier_rules::fund::FundRules;

use super::shared::{FundCtx, fund_ctx, get, is_staff, money, pairs, see_other, unprocessable};
use crate::error::AppResult;
use crate::ui::forms;
use crate::{AppState, Ctx, ui::layout};

/// Funded projects of a fund: (round label, code, title, applicant, amount).
async fn funded(
    state: &AppState,
    fund_id: i64,
) -> AppResult<Vec<(String, i64, String, String, String, i64)>> {
    let mut out = Vec::new();
    for r in state.db.fund_rounds(fund_id).await? {
        if r.status != "decided" {
            continue;
        }
        let apps = state.db.fund_applications_of_round(r.id).await?;
        for d in state
            .db
            .fund_decisions(r.id)
            .await?
            .into_iter()
            .filter(|d| d.funded == 1)
        {
            if let Some(a) = apps.iter().find(|a| a.id == d.application_id) {
                out.push((
                    format!("{}/{}", r.year, r.round_no),
                    a.id,
                    a.code.clone(),
                    a.title.clone(),
                    a.summary_plain.clone(),
                    d.amount_cents,
                ));
            }
        }
    }
    Ok(out)
}

/// `GET /fund`
pub async fn overview(State(state): State<AppState>, ctx: Ctx) -> AppResult<Markup> {
    let city = ctx.require_city()?;
    let quarters = state.db.quarters(city.id).await?;
    let mut rows = Vec::new();
    for f in state.db.funds().await? {
        if let Some(q) = quarters.iter().find(|q| q.id == f.quarter_id) {
            rows.push((f, q.name.clone()));
        }
    }
    Ok(layout::page(
        &ctx,
        &ctx.t("fund-title"),
        html! {
            p class="lead" { (ctx.t("fund-intro")) }
            @if rows.is_empty() { p { (ctx.t("fund-none")) } }
            ul class="cards" {
                @for (f, qname) in &rows {
                    li { a href={ "/funds/" (f.id) } { (f.name) } " — " (qname) }
                }
            }
        },
    ))
}

fn rules_summary(ctx: &Ctx, r: &FundRules) -> Markup {
    let m = |x| money(ctx, x);
    html! {
        dl class="facts" {
            @if r.budget.split {
                dt { (ctx.t("fund-budget-investive")) } dd { (m(r.pot_budget(Some(true)))) }
                dt { (ctx.t("fund-budget-non-investive")) } dd { (m(r.pot_budget(Some(false)))) }
            } @else {
                dt { (ctx.t("fund-budget-total")) } dd { (m(r.pot_budget(None))) }
            }
            @if let Some(c) = r.caps.per_application { dt { (ctx.t("fund-cap-application")) } dd { (m(c)) } }
            @if let Some(c) = r.caps.non_investive_per_application { dt { (ctx.t("fund-cap-non-investive")) } dd { (m(c)) } }
            @if let Some(c) = r.caps.investive_per_application { dt { (ctx.t("fund-cap-investive")) } dd { (m(c)) } }
            @if let Some(c) = r.caps.single_purchase { dt { (ctx.t("fund-cap-purchase")) } dd { (m(c)) } }
            @if let Some(p) = r.caps.investive_max_share_percent { dt { (ctx.t("fund-cap-share")) } dd { (p) " %" } }
            dt { (ctx.t("fund-completion")) } dd { (r.completion.by.day) "." (r.completion.by.month) "." }
            dt { (ctx.t("fund-own-contribution")) } dd { (ctx.t(if r.own_contribution.expected { "fund-yes" } else { "fund-no" })) }
            dt { (ctx.t("fund-retroactive")) } dd { (ctx.t(if r.retroactive_funding { "fund-yes" } else { "fund-no" })) }
            @if r.costs.material_costs_only { dt { (ctx.t("fund-material-only")) } dd { (r.costs.categories.join(", ")) } }
            dt { (ctx.t("fund-jury")) } dd {
                (r.jury.body)
                @if r.jury.residents_only { "; " (ctx.t("fund-jury-residents")) }
                @if let Some(a) = r.jury.min_age { "; " (ctx.ta("fund-jury-min-age", &[("age", i64::from(a).into())])) }
                @if !r.jury.staff_vote { "; " (ctx.t("fund-jury-staff-no-vote")) }
            }
        }
        @if !r.criteria.is_empty() {
            h3 { (ctx.t("fund-criteria")) }
            table {
                thead { tr { th scope="col" { (ctx.t("fund-criterion")) } th scope="col" { (ctx.t("fund-weight")) } } }
                tbody { @for c in &r.criteria { tr { td { (c.label) } td { (c.weight) } } } }
            }
        }
    }
}

/// `GET /funds/{id}` — public.
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Markup> {
    let FundCtx {
        fund,
        quarter,
        rules,
        version,
    } = fund_ctx(&state, &ctx, id).await?;
    let rounds = state.db.fund_rounds(fund.id).await?;
    let projects = funded(&state, fund.id).await?;
    let lead = ctx
        .identity
        .as_ref()
        .is_some_and(|i| i.has_role_in(quartier_db::platform::accounts::Role::Lead, quarter.id));
    let staff = is_staff(&ctx, quarter.id);
    Ok(layout::page(
        &ctx,
        &fund.name,
        html! {
            p { (quarter.name) " · " (ctx.ta("fund-rules-version", &[("version", version.version.into())])) }
            @if lead { p { a href={ "/funds/" (fund.id) "/rules" } { (ctx.t("fund-rules-edit")) } } }
            section aria-labelledby="h-rules" {
                h2 id="h-rules" { (ctx.t("fund-rules")) }
                (rules_summary(&ctx, &rules))
            }
            section aria-labelledby="h-rounds" {
                h2 id="h-rounds" { (ctx.t("fund-rounds")) }
                ul {
                    @for r in &rounds {
                        li {
                            a href={ "/rounds/" (r.id) } { (ctx.ta("fund-round-label", &[("year", r.year.into()), ("no", r.round_no.into())])) }
                            " — " (ctx.t(&format!("fund-round-status-{}", r.status)))
                            @if r.status == "open" { " · " a href={ "/rounds/" (r.id) "/apply" } { (ctx.t("fund-apply")) } }
                            @if staff { " · " a href={ "/rounds/" (r.id) "/jury" } { (ctx.t("fund-jury-page")) } }
                        }
                    }
                }
            }
            section aria-labelledby="h-funded" {
                h2 id="h-funded" { (ctx.t("fund-funded")) }
                @if projects.is_empty() { p { (ctx.t("fund-funded-none")) } } @else {
                    table {
                        thead { tr {
                            th scope="col" { (ctx.t("fund-round")) } th scope="col" { (ctx.t("fund-code")) }
                            th scope="col" { (ctx.t("fund-project")) } th scope="col" { (ctx.t("fund-amount")) }
                        } }
                        tbody { @for (round, _, code, title, summary, cents) in &projects { tr {
                            td { (round) } td { (code) }
                            td { strong { (title) } br; span lang="de" { (summary) } }
                            td class="num" { (money(&ctx, quartier_rules::fund::Money(*cents))) }
                        } } }
                    }
                }
            }
        },
    ))
}

fn rules_page(
    ctx: &Ctx,
    f: &FundCtx,
    text: &str,
    note: &str,
    errors: &[String],
    versions: &[(i64, String, i64)],
) -> Markup {
    layout::page(
        ctx,
        &ctx.ta(
            "fund-rules-edit-title",
            &[("fund", f.fund.name.clone().into())],
        ),
        html! {
            @if !errors.is_empty() {
                div class="error-summary" role="alert" tabindex="-1" id="error-summary" {
                    h2 { (ctx.t("form-errors-title")) }
                    ul { @for e in errors { li { a href="#f-rules" { (e) } } } }
                }
            }
            p { (ctx.t("fund-rules-help")) }
            form method="post" action={ "/funds/" (f.fund.id) "/rules" } {
                (forms::csrf(ctx))
                div class={ "field" @if !errors.is_empty() { " field-error" } } {
                    label for="f-rules" { (ctx.t("fund-rules-text")) }
                    textarea id="f-rules" name="rules" rows="30" spellcheck="false" dir="ltr"
                        aria-invalid=[(!errors.is_empty()).then_some("true")] { (text) }
                }
                div class="field" {
                    label for="f-note" { (ctx.t("fund-rules-note")) }
                    input id="f-note" name="note" type="text" value=(note);
                }
                button type="submit" { (ctx.t("fund-rules-save")) }
            }
            h2 { (ctx.t("fund-rules-versions")) }
            ul { @for (v, n, at) in versions { li { (v) " — " (n) " — " (crate::ui::fmt::time_el(*at)) } } }
        },
    )
}

async fn versions(state: &AppState, fund_id: i64) -> AppResult<Vec<(i64, String, i64)>> {
    Ok(state
        .db
        .fund_rule_versions(fund_id)
        .await?
        .into_iter()
        .map(|v| (v.version, v.note, v.created_at))
        .collect())
}

/// `GET /funds/{id}/rules` — the lead's editor (TOML).
pub async fn rules_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Markup> {
    let f = fund_ctx(&state, &ctx, id).await?;
    let vs = versions(&state, f.fund.id).await?;
    Ok(rules_page(&ctx, &f, &f.rules.to_toml(), "", &[], &vs))
}

/// `POST /funds/{id}/rules` — a new version when the rules parse and make sense; else nothing saved.
pub async fn rules_save(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    body: Bytes,
) -> AppResult<Response> {
    let f = fund_ctx(&state, &ctx, id).await?;
    let p = pairs(&body)?;
    let text = get(&p, "rules");
    let note = get(&p, "note");
    match FundRules::from_toml(text) {
        Ok(rules) => {
            let by = ctx.identity.as_ref().map(|i| i.user.id);
            state
                .db
                .fund_save_rules(f.fund.id, &rules, note, by)
                .await?;
            Ok(see_other(format!("/funds/{}", f.fund.id)))
        }
        Err(e) => {
            let vs = versions(&state, f.fund.id).await?;
            let msg = ctx.ta("fund-rules-invalid", &[("problem", e.to_string().into())]);
            Ok(unprocessable(rules_page(&ctx, &f, text, note, &[msg], &vs)))
        }
    }
}
