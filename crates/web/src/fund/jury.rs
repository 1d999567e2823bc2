//! The round page (funded projects for everyone; applications and minutes for staff and jury), the
//! jury page with conflict-of-interest declarations, scores and votes, and the decision.

use std::collections::BTreeMap;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::Response;
use maud::{Markup, html};
use quartier_db::DbError;
use quartier_db::fund::{ApplicationSummary, Member};
use quartier_rules::fund::decision::{
    Ballots, Candidate, Choice, Refusal, Vote, annual_pots, decide as rules_decide,
};
use quartier_rules::fund::jury::{
    Conflict, Conflicts, JuryMember, ScoreSheet, check_sheet, may_act,
};
use quartier_rules::fund::{DecisionMode, Money};

use super::apply::check_ctx;
use super::shared::{
    RoundCtx, get, is_staff, jury_error_text, member_of, money, pairs, round_ctx, see_other,
    unprocessable,
};
use crate::error::{AppError, AppResult};
use crate::ui::forms;
use crate::{AppState, Ctx, ui::layout};

/// Everything the jury works with, in the rules' terms (ids are the database ids as text).
struct JuryData {
    apps: Vec<ApplicationSummary>,
    members: Vec<Member>,
    rules_members: Vec<JuryMember>,
    conflicts: Conflicts,
    conflict_rows: Vec<(i64, i64)>,
    sheets: Vec<ScoreSheet>,
    votes: Vec<Vote>,
}

async fn jury_data(state: &AppState, rc: &RoundCtx) -> AppResult<JuryData> {
    let apps = state.db.fund_applications_of_round(rc.round.id).await?;
    let members = state.db.fund_members(rc.round.id).await?;
    let rules_members = members
        .iter()
        .map(|m| JuryMember {
            id: m.id.to_string(),
            resident: m.resident == 1,
            age: m.age.and_then(|a| u8::try_from(a).ok()),
            staff: m.staff == 1,
        })
        .collect();
    let crow = state.db.fund_conflicts(rc.round.id).await?;
    let conflicts = Conflicts::new(
        &crow
            .iter()
            .map(|c| Conflict {
                member: c.member_id.to_string(),
                application: c.application_id.to_string(),
            })
            .collect::<Vec<_>>(),
    );
    let mut by_sheet: BTreeMap<(i64, i64), BTreeMap<String, u32>> = BTreeMap::new();
    for s in state.db.fund_scores(rc.round.id).await? {
        by_sheet
            .entry((s.member_id, s.application_id))
            .or_default()
            .insert(s.criterion, u32::try_from(s.score).unwrap_or(0));
    }
    let sheets = by_sheet
        .into_iter()
        .map(|((m, a), scores)| ScoreSheet {
            member: m.to_string(),
            application: a.to_string(),
            scores,
        })
        .collect();
    let votes = state
        .db
        .fund_votes(rc.round.id)
        .await?
        .into_iter()
        .map(|v| Vote {
            member: v.member_id.to_string(),
            application: v.application_id.to_string(),
            choice: match v.choice.as_str() {
                "yes" => Choice::Yes,
                "no" => Choice::No,
                _ => Choice::Abstain,
            },
        })
        .collect();
    Ok(JuryData {
        apps,
        members,
        rules_members,
        conflicts,
        conflict_rows: crow
            .iter()
            .map(|c| (c.member_id, c.application_id))
            .collect(),
        sheets,
        votes,
    })
}

fn round_title(ctx: &Ctx, rc: &RoundCtx) -> String {
    format!(
        "{} · {}",
        rc.fund.name,
        ctx.ta(
            "fund-round-label",
            &[
                ("year", rc.round.year.into()),
                ("no", rc.round.round_no.into())
            ]
        )
    )
}

/// `GET /rounds/{id}` — funded projects for everyone; all applications and the minutes for staff and jury.
pub async fn round(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Markup> {
    let rc = round_ctx(&state, &ctx, id).await?;
    let staff = is_staff(&ctx, rc.quarter.id);
    let member = member_of(&state, &ctx, rc.round.id).await?;
    let inner = staff || member.is_some();
    let apps = state.db.fund_applications_of_round(rc.round.id).await?;
    let decisions = state.db.fund_decisions(rc.round.id).await?;
    let members = state.db.fund_members(rc.round.id).await?;
    let name_of = |mid: &str| {
        members
            .iter()
            .find(|m| m.id.to_string() == mid)
            .map(|m| m.name.clone())
            .unwrap_or_default()
    };
    Ok(layout::page(
        &ctx,
        &round_title(&ctx, &rc),
        html! {
            p { (ctx.t(&format!("fund-round-status-{}", rc.round.status))) " · " (ctx.t("fund-deadline")) " " (rc.round.deadline)
                @if !rc.round.jury_date.is_empty() { " · " (ctx.t("fund-jury-date")) " " (rc.round.jury_date) } }
            p {
                a href={ "/funds/" (rc.fund.id) } { (rc.fund.name) }
                @if rc.round.status == "open" { " · " a href={ "/rounds/" (rc.round.id) "/apply" } { (ctx.t("fund-apply")) } }
                @if inner { " · " a href={ "/rounds/" (rc.round.id) "/jury" } { (ctx.t("fund-jury-page")) } }
            }
            @if inner {
                h2 { (ctx.t("fund-applications")) }
                table {
                    thead { tr { th scope="col" { (ctx.t("fund-code")) } th scope="col" { (ctx.t("fund-project")) } th scope="col" { (ctx.t("fund-status")) } } }
                    tbody { @for a in &apps { tr {
                        td { a href={ "/applications/" (a.id) } { (a.code) } }
                        td { (a.title) br; small { (a.applicant_name) } }
                        td { (ctx.t(&format!("fund-status-{}", a.status))) }
                    } } }
                }
            }
            @if !decisions.is_empty() {
                h2 { (if inner { ctx.t("fund-minutes") } else { ctx.t("fund-funded") }) }
                table {
                    thead { tr {
                        th scope="col" { (ctx.t("fund-project")) } th scope="col" { (ctx.t("fund-decision")) }
                        @if inner { th scope="col" { (ctx.t("fund-tally")) } }
                    } }
                    tbody { @for d in decisions.iter().filter(|d| inner || d.funded == 1) {
                        @let a = apps.iter().find(|a| a.id == d.application_id);
                        @let tally: serde_json::Value = serde_json::from_str(&d.tally).unwrap_or_default();
                        tr {
                            td { @if let Some(a) = a { (a.code) " " (a.title) } }
                            td { @if d.funded == 1 { (ctx.t("fund-funded-with")) " " (money(&ctx, Money(d.amount_cents))) } @else { (ctx.t(&format!("fund-refusal-{}", d.refusal))) } }
                            @if inner { td {
                                (ctx.ta("fund-tally-votes", &[("yes", tally["yes"].as_i64().unwrap_or(0).into()), ("no", tally["no"].as_i64().unwrap_or(0).into()), ("abstain", tally["abstain"].as_i64().unwrap_or(0).into())]))
                                @if let Some(s) = tally["score"].as_array() { " · " (ctx.ta("fund-tally-score", &[("score", format!("{:.0}", s.first().and_then(|x| x.as_f64()).unwrap_or(0.0)).into())])) }
                                @if let Some(ex) = tally["excluded"].as_array().filter(|e| !e.is_empty()) {
                                    " · " (ctx.t("fund-excluded")) " " (ex.iter().filter_map(|x| x.as_str()).map(&name_of).collect::<Vec<_>>().join(", "))
                                }
                            } }
                        }
                    } }
                }
            }
        },
    ))
}

/// The jury page of a round: the caller's member row (if any) and whether they are staff.
async fn jury_access(
    state: &AppState,
    ctx: &Ctx,
    id: i64,
) -> AppResult<(RoundCtx, Option<Member>, bool)> {
    let rc = round_ctx(state, ctx, id).await?;
    let staff = is_staff(ctx, rc.quarter.id);
    let member = member_of(state, ctx, rc.round.id).await?;
    if !staff && member.is_none() {
        return Err(AppError::Forbidden);
    }
    Ok((rc, member, staff))
}

fn jury_page(
    ctx: &Ctx,
    rc: &RoundCtx,
    d: &JuryData,
    me: Option<&Member>,
    staff: bool,
    errors: &[String],
) -> Markup {
    let open = rc.round.status != "decided";
    let candidates: Vec<&ApplicationSummary> = d
        .apps
        .iter()
        .filter(|a| ["eligible", "jury", "approved", "rejected"].contains(&a.status.as_str()))
        .collect();
    layout::page(
        ctx,
        &format!("{} – {}", ctx.t("fund-jury-page"), round_title(ctx, rc)),
        html! {
            @if !errors.is_empty() {
                div class="error-summary" role="alert" tabindex="-1" id="error-summary" { h2 { (ctx.t("form-errors-title")) } ul { @for e in errors { li { (e) } } } }
            }
            p { (ctx.t("fund-jury-intro")) " " (ctx.ta("fund-decision-mode", &[("mode", ctx.t(&format!("fund-mode-{}", rc.round.decision_mode)).into())])) }
            p { (ctx.ta("fund-jury-members", &[("count", (d.members.len() as i64).into())])) " "
                (d.members.iter().map(|m| if m.staff == 1 && !rc.rules.jury.staff_vote { format!("{} ({})", m.name, ctx.t("fund-no-vote")) } else { m.name.clone() }).collect::<Vec<_>>().join(", ")) }
            @for a in &candidates {
                @let conflicted = me.is_some_and(|m| d.conflict_rows.contains(&(m.id, a.id)));
                section class="card" aria-labelledby={ "h-app-" (a.id) } {
                    h2 id={ "h-app-" (a.id) } { a href={ "/applications/" (a.id) } { (a.code) " " (a.title) } }
                    @if !a.summary_plain.is_empty() { p lang="de" { (a.summary_plain) } }
                    @if conflicted {
                        p class="notice" { (ctx.t("fund-conflict-declared")) }
                    } @else {
                        @if staff || me.is_some() {
                            @let sheets: Vec<&ScoreSheet> = d.sheets.iter().filter(|s| s.application == a.id.to_string()).collect();
                            @let yes = d.votes.iter().filter(|v| v.application == a.id.to_string() && v.choice == Choice::Yes).count();
                            @let no = d.votes.iter().filter(|v| v.application == a.id.to_string() && v.choice == Choice::No).count();
                            p { (ctx.ta("fund-tally-votes", &[("yes", (yes as i64).into()), ("no", (no as i64).into()), ("abstain", 0i64.into())])) " · "
                                (ctx.ta("fund-sheets", &[("count", (sheets.len() as i64).into())]))
                                @let excluded: Vec<String> = d.members.iter().filter(|m| d.conflict_rows.contains(&(m.id, a.id))).map(|m| m.name.clone()).collect();
                                @if !excluded.is_empty() { " · " (ctx.t("fund-excluded")) " " (excluded.join(", ")) } }
                        }
                        @if let (Some(m), true) = (me, open) {
                            @if may_act(&rc.rules, &d.rules_members, &d.conflicts, &m.id.to_string(), &a.id.to_string()).is_ok() {
                                form method="post" action={ "/rounds/" (rc.round.id) "/votes" } class="inline" {
                                    (forms::csrf(ctx)) input type="hidden" name="application" value=(a.id);
                                    fieldset { legend { (ctx.t("fund-vote")) }
                                        @for c in ["yes", "no", "abstain"] {
                                            label { input type="radio" name="choice" value=(c) required; " " (ctx.t(&format!("fund-choice-{c}"))) } " "
                                        }
                                        button type="submit" { (ctx.t("fund-vote-save")) }
                                    }
                                }
                                @if !rc.rules.criteria.is_empty() {
                                    form method="post" action={ "/rounds/" (rc.round.id) "/scores" } {
                                        (forms::csrf(ctx)) input type="hidden" name="application" value=(a.id);
                                        fieldset { legend { (ctx.t("fund-score")) }
                                            @for c in &rc.rules.criteria {
                                                div class="field" {
                                                    label for={ "f-s-" (a.id) "-" (c.id) } { (c.label) " (×" (c.weight) ")" }
                                                    select id={ "f-s-" (a.id) "-" (c.id) } name={ "score_" (c.id) } {
                                                        @for v in 0..=c.max_score { option value=(v) { (v) } }
                                                    }
                                                }
                                            }
                                            button type="submit" { (ctx.t("fund-score-save")) }
                                        }
                                    }
                                }
                            }
                            form method="post" action={ "/rounds/" (rc.round.id) "/conflicts" } class="inline" {
                                (forms::csrf(ctx)) input type="hidden" name="application" value=(a.id);
                                div class="field" { label for={ "f-c-" (a.id) } { (ctx.t("fund-conflict-reason")) } input id={ "f-c-" (a.id) } name="reason" type="text"; }
                                button type="submit" class="secondary" { (ctx.t("fund-conflict-declare")) }
                            }
                        }
                    }
                }
            }
            @if staff && open {
                form method="post" action={ "/rounds/" (rc.round.id) "/decide" } {
                    (forms::csrf(ctx))
                    button type="submit" { (ctx.t("fund-decide")) }
                }
            }
        },
    )
}

/// `GET /rounds/{id}/jury`
pub async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Markup> {
    let (rc, me, staff) = jury_access(&state, &ctx, id).await?;
    let d = jury_data(&state, &rc).await?;
    Ok(jury_page(&ctx, &rc, &d, me.as_ref(), staff, &[]))
}

/// The member acting on an application of an undecided round, and that application's id.
async fn acting(
    state: &AppState,
    ctx: &Ctx,
    id: i64,
    p: &[(String, String)],
) -> AppResult<(RoundCtx, Member, i64, JuryData)> {
    let app: i64 = get(p, "application")
        .parse()
        .map_err(|_| AppError::BadRequest("application".into()))?;
    let (rc, me, _) = jury_access(state, ctx, id).await?;
    // Only members act; staff who are not members see the page but neither score nor vote.
    let me = me.ok_or(AppError::Forbidden)?;
    if rc.round.status == "decided" {
        return Err(AppError::BadRequest("round already decided".into()));
    }
    let d = jury_data(state, &rc).await?;
    if !d.apps.iter().any(|a| a.id == app) {
        return Err(AppError::NotFound);
    }
    Ok((rc, me, app, d))
}

/// `POST /rounds/{id}/conflicts`
pub async fn conflict(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    body: Bytes,
) -> AppResult<Response> {
    let p = pairs(&body)?;
    let (rc, me, app, _) = acting(&state, &ctx, id, &p).await?;
    match state
        .db
        .fund_declare_conflict(me.id, app, get(&p, "reason"))
        .await
    {
        Ok(()) | Err(DbError::Conflict(_)) => {
            Ok(see_other(format!("/rounds/{}/jury", rc.round.id)))
        }
        Err(e) => Err(e.into()),
    }
}

/// `POST /rounds/{id}/scores` — refused with the rule named for a conflicted member or a bad sheet.
pub async fn score(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    body: Bytes,
) -> AppResult<Response> {
    let p = pairs(&body)?;
    let (rc, me, app, d) = acting(&state, &ctx, id, &p).await?;
    let mut scores = BTreeMap::new();
    for (k, v) in &p {
        if let Some(c) = k.strip_prefix("score_") {
            scores.insert(
                c.to_string(),
                v.trim()
                    .parse::<u32>()
                    .map_err(|_| AppError::BadRequest(format!("score {c}")))?,
            );
        }
    }
    let sheet = ScoreSheet {
        member: me.id.to_string(),
        application: app.to_string(),
        scores,
    };
    if let Err(e) = check_sheet(&rc.rules, &d.rules_members, &d.conflicts, &sheet) {
        return Ok(unprocessable(jury_page(
            &ctx,
            &rc,
            &d,
            Some(&me),
            is_staff(&ctx, rc.quarter.id),
            &[jury_error_text(&ctx, &e)],
        )));
    }
    let rows: Vec<(String, i64)> = sheet
        .scores
        .iter()
        .map(|(c, v)| (c.clone(), i64::from(*v)))
        .collect();
    state.db.fund_save_scores(me.id, app, &rows).await?;
    Ok(see_other(format!("/rounds/{}/jury", rc.round.id)))
}

/// `POST /rounds/{id}/votes`
pub async fn vote(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    body: Bytes,
) -> AppResult<Response> {
    let p = pairs(&body)?;
    let (rc, me, app, d) = acting(&state, &ctx, id, &p).await?;
    let choice = get(&p, "choice");
    if !["yes", "no", "abstain"].contains(&choice) {
        return Err(AppError::BadRequest("choice".into()));
    }
    if let Err(e) = may_act(
        &rc.rules,
        &d.rules_members,
        &d.conflicts,
        &me.id.to_string(),
        &app.to_string(),
    ) {
        return Ok(unprocessable(jury_page(
            &ctx,
            &rc,
            &d,
            Some(&me),
            is_staff(&ctx, rc.quarter.id),
            &[jury_error_text(&ctx, &e)],
        )));
    }
    state.db.fund_save_vote(me.id, app, choice).await?;
    Ok(see_other(format!("/rounds/{}/jury", rc.round.id)))
}

/// `POST /rounds/{id}/decide` — staff: the rules decide the eligible applications within what is left of the year's pots.
pub async fn decide(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let rc = round_ctx(&state, &ctx, id).await?;
    if !is_staff(&ctx, rc.quarter.id) {
        return Err(AppError::Forbidden);
    }
    if rc.round.status == "decided" {
        return Err(AppError::BadRequest("round already decided".into()));
    }
    let d = jury_data(&state, &rc).await?;
    let mut candidates = Vec::new();
    for a in d
        .apps
        .iter()
        .filter(|a| a.status == "eligible" || a.status == "jury")
    {
        if let Some(full) = state.db.fund_application(a.id).await? {
            candidates.push(Candidate {
                id: a.id.to_string(),
                plan: full.plan(),
            });
        }
    }
    let mut pots = annual_pots(&rc.rules);
    for (investive, cents) in state
        .db
        .fund_granted_in_year(rc.fund.id, rc.round.year, rc.round.id)
        .await?
    {
        let pot = rc.rules.pot_of(investive == 1);
        if let Some(left) = pots.get_mut(&pot) {
            *left = left.minus(Money(cents));
        }
    }
    let mode = DecisionMode::from_key(&rc.round.decision_mode).unwrap_or(DecisionMode::Majority);
    let ballots = match mode {
        DecisionMode::Scores => Ballots::Scores {
            sheets: d.sheets.clone(),
            min_percent: 50.0,
        },
        DecisionMode::Approval => {
            let mut by: BTreeMap<String, Vec<String>> = BTreeMap::new();
            for v in d.votes.iter().filter(|v| v.choice == Choice::Yes) {
                by.entry(v.member.clone())
                    .or_default()
                    .push(v.application.clone());
            }
            Ballots::Approval(by.into_iter().collect())
        }
        _ => Ballots::Majority(d.votes.clone()),
    };
    let decisions = match rules_decide(
        &rc.rules,
        check_ctx(&rc),
        &d.rules_members,
        &d.conflicts,
        &candidates,
        &pots,
        &ballots,
    ) {
        Ok(x) => x,
        Err(e) => {
            let me = member_of(&state, &ctx, rc.round.id).await?;
            return Ok(unprocessable(jury_page(
                &ctx,
                &rc,
                &d,
                me.as_ref(),
                true,
                &[e.to_string()],
            )));
        }
    };
    let rows: Vec<(i64, Option<i64>, String, String)> = decisions
        .iter()
        .filter_map(|x| {
            let app: i64 = x.application.parse().ok()?;
            let refusal = match &x.funded {
                Ok(_) => String::new(),
                Err(Refusal::NotEligible(_)) => "not_eligible".into(),
                Err(Refusal::NoMajority) => "no_majority".into(),
                Err(Refusal::ScoreTooLow) => "score_too_low".into(),
                Err(Refusal::NoApproval) => "no_approval".into(),
                Err(Refusal::NoBudget) => "no_budget".into(),
                Err(Refusal::NotSelected) => "not_selected".into(),
            };
            Some((
                app,
                x.funded.as_ref().ok().map(|m| m.cents()),
                refusal,
                serde_json::to_string(&x.tally).unwrap_or_default(),
            ))
        })
        .collect();
    let by = ctx.identity.as_ref().map(|i| i.user.id);
    state.db.fund_save_decisions(rc.round.id, &rows, by).await?;
    Ok(see_other(format!("/rounds/{}", rc.round.id)))
}
