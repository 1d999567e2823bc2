//! The application form (online with an account, or staff entry from a paper form), the view of one
//! application and the staff's eligibility check. Every rule of the fund is checked on the server; a
//! form with broken rules is shown again with each rule named at its field or line, and nothing is saved.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::Response;
use geo::Contains;
use maud::{Markup, html};
use quartier_db::fund::{Application, ApplicationInput};
use quartier_rules::fund::{
    CheckContext, CostLine, Date, Declarations, FinancingKind, FinancingLine, Money, Section,
    Violation, check_application,
};

use super::shared::{
    RoundCtx, checked, get, is_staff, member_of, money, pairs, round_ctx, see_other, unprocessable,
    violation_text,
};
use crate::error::{AppError, AppResult};
use crate::ui::forms;
use crate::{AppState, Ctx, ui::layout};

/// Cost lines offered in the form.
const COST_ROWS: usize = 8;
/// Financing lines offered in the form.
const FIN_ROWS: usize = 6;

/// The check context of a round: its year and (no retroactive funding) its jury date.
pub(crate) fn check_ctx(rc: &RoundCtx) -> CheckContext {
    CheckContext {
        year: rc.round.year as i32,
        decision_date: rc.round.jury_date.parse::<Date>().ok(),
    }
}

/// Whether a WGS84 point lies inside the quarter.
async fn inside_quarter(
    state: &AppState,
    ctx: &Ctx,
    quarter_id: i64,
    lon: f64,
    lat: f64,
) -> AppResult<bool> {
    let city = ctx.require_city()?;
    let keys: Vec<String> = state
        .db
        .quarter_areas(quarter_id)
        .await?
        .into_iter()
        .map(|a| a.area_key)
        .collect();
    let pt = geo_types::Point::new(lon, lat);
    Ok(state
        .db
        .area_geometries(city.id)
        .await?
        .into_iter()
        .filter(|g| keys.contains(&g.area_key))
        .filter_map(|g| {
            g.geometry
                .as_deref()
                .and_then(crate::ui::geometry::parse_multipolygon)
        })
        .any(|mp| mp.contains(&pt)))
}

fn parse_amount(raw: &str, section: Section, line: usize, errs: &mut Vec<Violation>) -> Money {
    match raw.parse::<Money>() {
        Ok(m) => m,
        Err(e) => {
            errs.push(Violation::AmountUnreadable {
                section,
                line,
                problem: e.to_string(),
            });
            Money::ZERO
        }
    }
}

/// Reads the form into an input; unreadable amounts and dates become violations.
async fn read_form(
    state: &AppState,
    ctx: &Ctx,
    rc: &RoundCtx,
    p: &[(String, String)],
) -> AppResult<(ApplicationInput, Vec<Violation>)> {
    let mut errs = Vec::new();
    let mut cost_lines = Vec::new();
    for n in 1..=COST_ROWS {
        let (cat, desc, amt) = (
            get(p, &format!("cost_category_{n}")),
            get(p, &format!("cost_description_{n}")),
            get(p, &format!("cost_amount_{n}")),
        );
        if cat.is_empty() && desc.is_empty() && amt.is_empty() {
            continue;
        }
        let line = cost_lines.len() + 1;
        cost_lines.push(CostLine {
            category: cat.to_string(),
            description: desc.to_string(),
            amount: parse_amount(amt, Section::Costs, line, &mut errs),
            investive: checked(p, &format!("cost_investive_{n}")),
            purchase: checked(p, &format!("cost_purchase_{n}")),
            quotes: get(p, &format!("cost_quotes_{n}")).parse().unwrap_or(0),
        });
    }
    let mut financing_lines = Vec::new();
    for n in 1..=FIN_ROWS {
        let (kind, desc, amt) = (
            get(p, &format!("fin_kind_{n}")),
            get(p, &format!("fin_description_{n}")),
            get(p, &format!("fin_amount_{n}")),
        );
        if desc.is_empty() && amt.is_empty() {
            continue;
        }
        let line = financing_lines.len() + 1;
        financing_lines.push(FinancingLine {
            kind: FinancingKind::from_key(kind).unwrap_or(FinancingKind::OwnFunds),
            description: desc.to_string(),
            amount: parse_amount(amt, Section::Financing, line, &mut errs),
        });
    }
    let (lat, lon) = (
        get(p, "lat").replace(',', "."),
        get(p, "lon").replace(',', "."),
    );
    let mut location = String::new();
    let inside_area = match (lat.parse::<f64>(), lon.parse::<f64>()) {
        (Ok(la), Ok(lo))
            if la.is_finite() && lo.is_finite() && la.abs() <= 90.0 && lo.abs() <= 180.0 =>
        {
            location = format!("{{\"type\":\"Point\",\"coordinates\":[{lo},{la}]}}");
            Some(inside_quarter(state, ctx, rc.quarter.id, lo, la).await?)
        }
        _ if lat.is_empty() && lon.is_empty() => None,
        _ => Some(false),
    };
    let exclusions_confirmed = rc
        .rules
        .exclusions
        .iter()
        .filter(|e| checked(p, &format!("excl_{}", e.id)))
        .map(|e| e.id.clone())
        .collect();
    let input = ApplicationInput {
        applicant_kind: match get(p, "applicant_kind") {
            k @ ("person" | "initiative" | "association") => k.to_string(),
            _ => "initiative".into(),
        },
        applicant_name: get(p, "applicant_name").to_string(),
        contact_name: get(p, "contact_name").to_string(),
        contact_email: get(p, "contact_email").to_string(),
        contact_phone: get(p, "contact_phone").to_string(),
        bank_holder: get(p, "bank_holder").to_string(),
        bank_iban: get(p, "bank_iban").replace(' ', ""),
        title: get(p, "title").to_string(),
        summary_plain: get(p, "summary_plain").to_string(),
        description: get(p, "description").to_string(),
        aims: get(p, "aims").to_string(),
        target_groups: get(p, "target_groups")
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect(),
        partners: get(p, "partners").to_string(),
        place: get(p, "place").to_string(),
        location,
        inside_area,
        start_on: get(p, "start_on").to_string(),
        end_on: get(p, "end_on").to_string(),
        measure_id: None,
        idea_ref: get(p, "idea_ref").to_string(),
        investive: checked(p, "investive"),
        declarations: Declarations {
            not_started: checked(p, "decl_not_started"),
            no_double_funding: checked(p, "decl_no_double_funding"),
            data_protection_consent: checked(p, "decl_consent"),
            exclusions_confirmed,
        },
        cost_lines,
        financing_lines,
    };
    if input.applicant_name.is_empty() {
        errs.push(Violation::Required {
            field: "project.applicant_name",
        });
    }
    if !input.contact_email.is_empty() && !forms::valid_email(&input.contact_email) {
        errs.push(Violation::Required {
            field: "project.contact_email",
        });
    }
    Ok((input, errs))
}

fn plan_of(input: &ApplicationInput) -> quartier_rules::fund::ApplicationPlan {
    quartier_rules::fund::ApplicationPlan {
        title: input.title.clone(),
        investive: input.investive,
        start: input.start_on.parse().ok(),
        end: input.end_on.parse().ok(),
        inside_area: input.inside_area,
        cost_lines: input.cost_lines.clone(),
        financing_lines: input.financing_lines.clone(),
        declarations: input.declarations.clone(),
    }
}

fn text_field(
    ctx: &Ctx,
    p: &[(String, String)],
    name: &'static str,
    label: &str,
    kind: &str,
    required: bool,
) -> Markup {
    forms::field(
        forms::Field {
            name,
            label: ctx.t(label),
            kind,
            value: get(p, name),
            autocomplete: "off",
            required,
            hint: None,
        },
        &forms::FieldErrors::default(),
    )
}

fn line_errors(ctx: &Ctx, errs: &[Violation], section: Section, line: usize) -> Markup {
    html! { @for v in errs.iter().filter(|v| v.line() == Some((section, line))) { p class="error" { (violation_text(ctx, v)) } } }
}

fn form_page(
    ctx: &Ctx,
    rc: &RoundCtx,
    p: &[(String, String)],
    errs: &[Violation],
    staff: bool,
) -> Markup {
    let title = ctx.ta("fund-apply-title", &[("fund", rc.fund.name.clone().into())]);
    let line_no_of = |section: Section, n: usize| -> usize {
        // form row n (1-based) → plan line number among the non-empty rows before it
        let prefix = if section == Section::Costs {
            "cost"
        } else {
            "fin"
        };
        (1..=n)
            .filter(|k| {
                ["category", "description", "amount"]
                    .iter()
                    .any(|f| !get(p, &format!("{prefix}_{f}_{k}")).is_empty())
            })
            .count()
    };
    html! {
        (layout::page(ctx, &title, html! {
            @if !errs.is_empty() {
                div class="error-summary" role="alert" tabindex="-1" id="error-summary" {
                    h2 { (ctx.t("fund-apply-errors")) }
                    ul { @for v in errs { li { (violation_text(ctx, v)) } } }
                }
            }
            p { (ctx.t("fund-apply-intro")) }
            @if staff { p class="hint" { (ctx.t("fund-apply-staff-hint")) } }
            form method="post" action={ "/rounds/" (rc.round.id) "/apply" } {
                (forms::csrf(ctx))
                fieldset { legend { (ctx.t("fund-applicant")) }
                    div class="field" {
                        label for="f-applicant_kind" { (ctx.t("fund-applicant-kind")) }
                        select id="f-applicant_kind" name="applicant_kind" {
                            @for k in ["person", "initiative", "association"] {
                                option value=(k) selected[get(p, "applicant_kind") == k] { (ctx.t(&format!("fund-kind-{k}"))) }
                            }
                        }
                    }
                    (text_field(ctx, p, "applicant_name", "fund-applicant-name", "text", true))
                    (text_field(ctx, p, "contact_name", "fund-contact-name", "text", false))
                    (text_field(ctx, p, "contact_email", "fund-contact-email", "email", false))
                    (text_field(ctx, p, "contact_phone", "fund-contact-phone", "tel", false))
                    (text_field(ctx, p, "bank_holder", "fund-bank-holder", "text", false))
                    (text_field(ctx, p, "bank_iban", "fund-bank-iban", "text", false))
                }
                fieldset { legend { (ctx.t("fund-project")) }
                    (text_field(ctx, p, "title", "fund-title-field", "text", true))
                    (text_field(ctx, p, "summary_plain", "fund-summary-plain", "text", false))
                    (text_field(ctx, p, "description", "fund-description", "text", false))
                    (text_field(ctx, p, "aims", "fund-aims", "text", false))
                    (text_field(ctx, p, "target_groups", "fund-target-groups", "text", false))
                    (text_field(ctx, p, "partners", "fund-partners", "text", false))
                    (text_field(ctx, p, "place", "fund-place", "text", false))
                    (text_field(ctx, p, "lat", "fund-lat", "text", false))
                    (text_field(ctx, p, "lon", "fund-lon", "text", false))
                    (text_field(ctx, p, "start_on", "fund-start", "date", true))
                    (text_field(ctx, p, "end_on", "fund-end", "date", true))
                    (text_field(ctx, p, "idea_ref", "fund-idea-ref", "text", false))
                    div class="field" { label { input type="checkbox" name="investive" value="1" checked[checked(p, "investive")]; " " (ctx.t("fund-investive")) } }
                }
                fieldset { legend { (ctx.t("fund-cost-plan")) }
                    @for n in 1..=COST_ROWS {
                        fieldset class="line" { legend { (ctx.ta("fund-line", &[("line", (n as i64).into())])) }
                            (line_errors(ctx, errs, Section::Costs, line_no_of(Section::Costs, n)))
                            div class="field" {
                                label for={ "f-cost_category_" (n) } { (ctx.t("fund-category")) }
                                input id={ "f-cost_category_" (n) } name={ "cost_category_" (n) } list="fund-categories" value=(get(p, &format!("cost_category_{n}")));
                            }
                            div class="field" {
                                label for={ "f-cost_description_" (n) } { (ctx.t("fund-line-description")) }
                                input id={ "f-cost_description_" (n) } name={ "cost_description_" (n) } value=(get(p, &format!("cost_description_{n}")));
                            }
                            div class="field" {
                                label for={ "f-cost_amount_" (n) } { (ctx.t("fund-amount-eur")) }
                                input id={ "f-cost_amount_" (n) } name={ "cost_amount_" (n) } inputmode="decimal" value=(get(p, &format!("cost_amount_{n}")));
                            }
                            div class="field" {
                                label for={ "f-cost_quotes_" (n) } { (ctx.t("fund-quotes")) }
                                input id={ "f-cost_quotes_" (n) } name={ "cost_quotes_" (n) } type="number" min="0" max="9" value=(get(p, &format!("cost_quotes_{n}")));
                            }
                            label { input type="checkbox" name={ "cost_purchase_" (n) } value="1" checked[checked(p, &format!("cost_purchase_{n}"))]; " " (ctx.t("fund-purchase")) }
                            " "
                            label { input type="checkbox" name={ "cost_investive_" (n) } value="1" checked[checked(p, &format!("cost_investive_{n}"))]; " " (ctx.t("fund-line-investive")) }
                        }
                    }
                    datalist id="fund-categories" { @for c in &rc.rules.costs.categories { option value=(c) {} } }
                }
                fieldset { legend { (ctx.t("fund-financing-plan")) }
                    @for n in 1..=FIN_ROWS {
                        fieldset class="line" { legend { (ctx.ta("fund-line", &[("line", (n as i64).into())])) }
                            (line_errors(ctx, errs, Section::Financing, line_no_of(Section::Financing, n)))
                            div class="field" {
                                label for={ "f-fin_kind_" (n) } { (ctx.t("fund-financing-kind")) }
                                select id={ "f-fin_kind_" (n) } name={ "fin_kind_" (n) } {
                                    @for k in FinancingKind::ALL {
                                        option value=(k.key()) selected[get(p, &format!("fin_kind_{n}")) == k.key()] { (ctx.t(&format!("fund-fin-{}", k.key()))) }
                                    }
                                }
                            }
                            div class="field" {
                                label for={ "f-fin_description_" (n) } { (ctx.t("fund-line-description")) }
                                input id={ "f-fin_description_" (n) } name={ "fin_description_" (n) } value=(get(p, &format!("fin_description_{n}")));
                            }
                            div class="field" {
                                label for={ "f-fin_amount_" (n) } { (ctx.t("fund-amount-eur")) }
                                input id={ "f-fin_amount_" (n) } name={ "fin_amount_" (n) } inputmode="decimal" value=(get(p, &format!("fin_amount_{n}")));
                            }
                        }
                    }
                }
                fieldset { legend { (ctx.t("fund-declarations")) }
                    div class="field" { label { input type="checkbox" name="decl_not_started" value="1" checked[checked(p, "decl_not_started")]; " " (ctx.t("fund-decl-not-started")) } }
                    div class="field" { label { input type="checkbox" name="decl_no_double_funding" value="1" checked[checked(p, "decl_no_double_funding")]; " " (ctx.t("fund-decl-no-double")) } }
                    div class="field" { label { input type="checkbox" name="decl_consent" value="1" checked[checked(p, "decl_consent")]; " " (ctx.t("fund-decl-consent")) } }
                    @for e in rc.rules.exclusions.iter().filter(|e| e.id != "double_funding") {
                        div class="field" { label { input type="checkbox" name={ "excl_" (e.id) } value="1" checked[checked(p, &format!("excl_{}", e.id))]; " " (ctx.ta("fund-decl-exclusion", &[("exclusion", e.label.clone().into())])) } }
                    }
                }
                button type="submit" { (ctx.t("fund-submit")) }
            }
        }))
    }
}

/// `GET /rounds/{id}/apply`
pub async fn form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Markup> {
    let rc = round_ctx(&state, &ctx, id).await?;
    if rc.round.status != "open" {
        return Err(AppError::NotFound);
    }
    let staff = is_staff(&ctx, rc.quarter.id);
    Ok(form_page(&ctx, &rc, &[], &[], staff))
}

/// `POST /rounds/{id}/apply` — saved (as submitted) only when every rule holds.
pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    body: Bytes,
) -> AppResult<Response> {
    let rc = round_ctx(&state, &ctx, id).await?;
    if rc.round.status != "open" {
        return Err(AppError::NotFound);
    }
    let user = ctx.require_user()?.user.id;
    let staff = is_staff(&ctx, rc.quarter.id);
    let p = pairs(&body)?;
    let (input, mut errs) = read_form(&state, &ctx, &rc, &p).await?;
    errs.extend(check_application(
        &rc.rules,
        &plan_of(&input),
        check_ctx(&rc),
    ));
    if !errs.is_empty() {
        return Ok(unprocessable(form_page(&ctx, &rc, &p, &errs, staff)));
    }
    // Staff typing in a paper form do not own it.
    let owner = if staff { None } else { Some(user) };
    let app = state
        .db
        .fund_application_create(rc.round.id, owner, staff, &input)
        .await?;
    state
        .db
        .fund_application_set_status(app, "submitted", None)
        .await?;
    Ok(see_other(format!("/applications/{app}")))
}

/// Who may read an application: its owner, staff of the quarter, the round's jury.
async fn readable(
    state: &AppState,
    ctx: &Ctx,
    id: i64,
) -> AppResult<(Application, RoundCtx, bool)> {
    let a = state
        .db
        .fund_application(id)
        .await?
        .ok_or(AppError::NotFound)?;
    let rc = round_ctx(state, ctx, a.row.round_id).await?;
    let user = ctx.require_user()?.user.id;
    let staff = is_staff(ctx, rc.quarter.id);
    let owner = a.row.owner_user_id == Some(user);
    let jury = member_of(state, ctx, rc.round.id).await?.is_some();
    // Not revealed to anyone else (404, like a draft plan).
    if !(staff || owner || jury) {
        return Err(AppError::NotFound);
    }
    Ok((a, rc, staff))
}

fn show_page(
    ctx: &Ctx,
    a: &Application,
    rc: &RoundCtx,
    staff: bool,
    violations: &[Violation],
) -> Markup {
    let r = &a.row;
    let t = a.plan().totals(&rc.rules);
    layout::page(
        ctx,
        &format!("{} {}", r.code, r.title),
        html! {
            p { (ctx.t(&format!("fund-status-{}", r.status))) " · " a href={ "/rounds/" (rc.round.id) } { (ctx.ta("fund-round-label", &[("year", rc.round.year.into()), ("no", rc.round.round_no.into())])) } }
            @if !r.summary_plain.is_empty() { h2 { (ctx.t("fund-summary-plain")) } p lang="de" { (r.summary_plain) } }
            dl class="facts" {
                dt { (ctx.t("fund-applicant-name")) } dd { (r.applicant_name) " (" (ctx.t(&format!("fund-kind-{}", r.applicant_kind))) ")" }
                @if !r.contact_name.is_empty() { dt { (ctx.t("fund-contact-name")) } dd { (r.contact_name) } }
                @if staff {
                    dt { (ctx.t("fund-bank-holder")) } dd { (r.bank_holder) }
                    dt { (ctx.t("fund-bank-iban")) } dd { (r.bank_iban) }
                }
                dt { (ctx.t("fund-dates")) } dd { (r.start_on) " – " (r.end_on) }
                dt { (ctx.t("fund-place")) } dd { (r.place) @if r.inside_area == Some(1) { " · " (ctx.t("fund-inside")) } }
                dt { (ctx.t("fund-investive")) } dd { (ctx.t(if r.investive == 1 { "fund-yes" } else { "fund-no" })) }
            }
            h2 { (ctx.t("fund-cost-plan")) }
            table {
                thead { tr { th scope="col" { "#" } th scope="col" { (ctx.t("fund-category")) } th scope="col" { (ctx.t("fund-line-description")) } th scope="col" { (ctx.t("fund-amount")) } } }
                tbody { @for (i, l) in a.cost_lines.iter().enumerate() { tr { td { (i + 1) } td { (l.category) } td { (l.description) } td class="num" { (money(ctx, l.amount)) } } } }
                tfoot { tr { th scope="row" colspan="3" { (ctx.t("fund-total")) } td class="num" { (money(ctx, t.expenses)) } } }
            }
            h2 { (ctx.t("fund-financing-plan")) }
            table {
                thead { tr { th scope="col" { "#" } th scope="col" { (ctx.t("fund-financing-kind")) } th scope="col" { (ctx.t("fund-line-description")) } th scope="col" { (ctx.t("fund-amount")) } } }
                tbody { @for (i, l) in a.financing_lines.iter().enumerate() { tr { td { (i + 1) } td { (ctx.t(&format!("fund-fin-{}", l.kind.key()))) } td { (l.description) } td class="num" { (money(ctx, l.amount)) } } } }
                tfoot { tr { th scope="row" colspan="3" { (ctx.t("fund-total")) } td class="num" { (money(ctx, t.income)) } } }
            }
            @if staff {
                section aria-labelledby="h-check" {
                    h2 id="h-check" { (ctx.t("fund-check")) }
                    @if violations.is_empty() { p { (ctx.t("fund-check-ok")) } } @else {
                        ul { @for v in violations { li { (violation_text(ctx, v)) } } }
                    }
                    @if !r.check_note.is_empty() { p { (r.check_note) } }
                    @if r.status == "submitted" || r.status == "eligible" || r.status == "ineligible" {
                        form method="post" action={ "/applications/" (r.id) "/check" } {
                            (forms::csrf(ctx))
                            div class="field" { label for="f-note" { (ctx.t("fund-check-note")) } input id="f-note" name="note" type="text"; }
                            button type="submit" { (ctx.t("fund-check-run")) }
                        }
                    }
                }
            }
        },
    )
}

/// `GET /applications/{id}`
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Markup> {
    let (a, rc, staff) = readable(&state, &ctx, id).await?;
    let v = if staff {
        check_application(&rc.rules, &a.plan(), check_ctx(&rc))
    } else {
        vec![]
    };
    Ok(show_page(&ctx, &a, &rc, staff, &v))
}

/// `POST /applications/{id}/check` — staff: eligible when every rule holds, else ineligible with the rules named.
pub async fn check(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    body: Bytes,
) -> AppResult<Response> {
    let (a, rc, staff) = readable(&state, &ctx, id).await?;
    if !staff {
        return Err(AppError::Forbidden);
    }
    if !["submitted", "eligible", "ineligible"].contains(&a.row.status.as_str()) {
        return Err(AppError::BadRequest("application already decided".into()));
    }
    let p = pairs(&body)?;
    let v = check_application(&rc.rules, &a.plan(), check_ctx(&rc));
    let status = if v.is_empty() {
        "eligible"
    } else {
        "ineligible"
    };
    let mut note = get(&p, "note").to_string();
    if !v.is_empty() {
        let rules: Vec<String> = v.iter().map(Violation::rule).collect();
        note = format!("{note} [{}]", rules.join(", ")).trim().to_string();
    }
    state
        .db
        .fund_application_set_status(a.row.id, status, Some(&note))
        .await?;
    Ok(see_other(format!("/applications/{}", a.row.id)))
}
