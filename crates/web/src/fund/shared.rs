//! What the fund's pages share: loading a fund or round with the caller's rights, form parsing,
//! money display and the translated rule messages.

use axum::http::StatusCode;
use axum::http::header::LOCATION;
use axum::response::{IntoResponse, Response};
use maud::Markup;
use quartier_db::fund::{Fund, Member, Round, RuleVersion};
use quartier_db::monitoring::city::Quarter;
use quartier_db::platform::accounts::Role;
use quartier_i18n::FluentValue;
use quartier_rules::fund::jury::JuryError;
use quartier_rules::fund::{FundRules, Money, Violation};

use crate::error::{AppError, AppResult};
use crate::{AppState, Ctx};

/// A fund with its quarter and current rules.
pub(crate) struct FundCtx {
    pub fund: Fund,
    pub quarter: Quarter,
    pub rules: FundRules,
    pub version: RuleVersion,
}

/// A round with its fund and the rules version that applies to it.
pub(crate) struct RoundCtx {
    pub round: Round,
    pub fund: Fund,
    pub quarter: Quarter,
    pub rules: FundRules,
}

/// The fund `id` if it belongs to the current city.
pub(crate) async fn fund_ctx(state: &AppState, ctx: &Ctx, id: i64) -> AppResult<FundCtx> {
    let fund = state.db.fund(id).await?.ok_or(AppError::NotFound)?;
    let quarter = quarter_of(state, ctx, fund.quarter_id).await?;
    let version = state.db.fund_rules(fund.id, None).await?;
    let rules = version.rules()?;
    Ok(FundCtx {
        fund,
        quarter,
        rules,
        version,
    })
}

/// The round `id` if it belongs to the current city.
pub(crate) async fn round_ctx(state: &AppState, ctx: &Ctx, id: i64) -> AppResult<RoundCtx> {
    let round = state.db.fund_round(id).await?.ok_or(AppError::NotFound)?;
    let fund = state
        .db
        .fund(round.fund_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let quarter = quarter_of(state, ctx, fund.quarter_id).await?;
    let rules = state
        .db
        .fund_rules(fund.id, Some(round.rules_version))
        .await?
        .rules()?;
    Ok(RoundCtx {
        round,
        fund,
        quarter,
        rules,
    })
}

async fn quarter_of(state: &AppState, ctx: &Ctx, quarter_id: i64) -> AppResult<Quarter> {
    let city = ctx.require_city()?;
    state
        .db
        .quarters(city.id)
        .await?
        .into_iter()
        .find(|q| q.id == quarter_id)
        .ok_or(AppError::NotFound)
}

/// Staff of the fund's quarter: the lead or its neighbourhood manager.
pub(crate) fn is_staff(ctx: &Ctx, quarter_id: i64) -> bool {
    ctx.identity.as_ref().is_some_and(|i| {
        i.has_role_in(Role::Lead, quarter_id) || i.has_role_in(Role::Manager, quarter_id)
    })
}

/// The caller's jury membership in a round.
pub(crate) async fn member_of(
    state: &AppState,
    ctx: &Ctx,
    round_id: i64,
) -> AppResult<Option<Member>> {
    match &ctx.identity {
        Some(i) if i.has_role(Role::Jury) => {
            Ok(state.db.fund_member_of_user(round_id, i.user.id).await?)
        }
        _ => Ok(None),
    }
}

/// Form pairs of an url-encoded body.
pub(crate) fn pairs(body: &[u8]) -> AppResult<Vec<(String, String)>> {
    serde_urlencoded::from_bytes(body).map_err(|e| AppError::BadRequest(e.to_string()))
}

/// A form value, trimmed ("" when absent).
pub(crate) fn get<'a>(p: &'a [(String, String)], k: &str) -> &'a str {
    p.iter()
        .find(|(x, _)| x == k)
        .map(|(_, v)| v.trim())
        .unwrap_or("")
}

/// A checkbox.
pub(crate) fn checked(p: &[(String, String)], k: &str) -> bool {
    p.iter().any(|(x, v)| x == k && !v.is_empty())
}

/// 303 to `to`.
pub(crate) fn see_other(to: String) -> Response {
    (StatusCode::SEE_OTHER, [(LOCATION, to)]).into_response()
}

/// A page with status 422.
pub(crate) fn unprocessable(m: Markup) -> Response {
    let mut r = m.into_response();
    *r.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    r
}

/// An amount as "1.234,50 €" (German style) or "€1,234.50" (English style).
pub(crate) fn money(ctx: &Ctx, m: Money) -> String {
    let neg = m.cents() < 0;
    let c = m.cents().unsigned_abs();
    let (euros, cents) = (c / 100, c % 100);
    let digits = euros.to_string();
    let mut grouped = String::new();
    let en = matches!(ctx.lang, quartier_i18n::Lang::En);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(if en { ',' } else { '.' });
        }
        grouped.push(ch);
    }
    let sign = if neg { "-" } else { "" };
    if en {
        format!("{sign}€{grouped}.{cents:02}")
    } else {
        format!("{sign}{grouped},{cents:02} €")
    }
}

fn line_args(ctx: &Ctx, v: &Violation) -> Vec<(&'static str, FluentValue<'static>)> {
    let mut args: Vec<(&'static str, FluentValue<'static>)> =
        vec![("field", FluentValue::from(v.field()))];
    if let Some((_, line)) = v.line() {
        args.push(("line", FluentValue::from(line as i64)));
    }
    let m = |x: Money| FluentValue::from(money(ctx, x));
    match v {
        Violation::AmountNotPositive { amount, .. } => args.push(("amount", m(*amount))),
        Violation::AmountUnreadable { problem, .. } => {
            args.push(("problem", FluentValue::from(problem.clone())))
        }
        Violation::NotMaterialCost { category, .. }
        | Violation::CategoryExcluded { category, .. } => {
            args.push(("category", FluentValue::from(category.clone())))
        }
        Violation::SinglePurchaseOverCap { amount, cap, .. } => {
            args.push(("amount", m(*amount)));
            args.push(("cap", m(*cap)));
        }
        Violation::QuotesMissing {
            given,
            required,
            threshold,
            ..
        } => {
            args.push(("given", FluentValue::from(i64::from(*given))));
            args.push(("required", FluentValue::from(i64::from(*required))));
            args.push(("cap", m(*threshold)));
        }
        Violation::NotBalanced { expenses, income } => {
            args.push(("expenses", m(*expenses)));
            args.push(("income", m(*income)));
        }
        Violation::RequestOverCap { requested, cap, .. } => {
            args.push(("amount", m(*requested)));
            args.push(("cap", m(*cap)));
        }
        Violation::InvestiveShareExceeded {
            requested,
            eligible,
            max_percent,
        } => {
            args.push(("amount", m(*requested)));
            args.push(("eligible", m(*eligible)));
            args.push(("percent", FluentValue::from(i64::from(*max_percent))));
        }
        Violation::OwnContributionTooSmall {
            own,
            expenses,
            min_percent,
        } => {
            args.push(("amount", m(*own)));
            args.push(("expenses", m(*expenses)));
            args.push(("percent", FluentValue::from(i64::from(*min_percent))));
        }
        Violation::EndBeforeStart { start, end } => {
            args.push(("start", FluentValue::from(start.to_string())));
            args.push(("end", FluentValue::from(end.to_string())));
        }
        Violation::EndsTooLate { end, by } => {
            args.push(("end", FluentValue::from(end.to_string())));
            args.push(("date", FluentValue::from(by.to_string())));
        }
        Violation::Retroactive { start, decision } => {
            args.push(("start", FluentValue::from(start.to_string())));
            args.push(("date", FluentValue::from(decision.to_string())));
        }
        Violation::ExclusionNotDeclared { id } => {
            args.push(("exclusion", FluentValue::from(id.clone())))
        }
        _ => {}
    }
    args
}

/// A broken rule in the user's language, ending with the rule's name.
pub(crate) fn violation_text(ctx: &Ctx, v: &Violation) -> String {
    let key = match v {
        Violation::ExclusionNotDeclared { .. } => "fund-rule-exclusion".to_string(),
        _ => v.message_id(),
    };
    let text = ctx.ta(&key, &line_args(ctx, v));
    let text = if text == key { v.to_string() } else { text };
    format!("{text} ({} {})", ctx.t("fund-rule-label"), v.rule())
}

/// A jury rule in the user's language.
pub(crate) fn jury_error_text(ctx: &Ctx, e: &JuryError) -> String {
    let key = format!("fund-rule-{}", e.rule().replace(['.', '_'], "-"));
    let text = ctx.t(&key);
    let text = if text == key { e.to_string() } else { text };
    format!("{text} ({} {})", ctx.t("fund-rule-label"), e.rule())
}
