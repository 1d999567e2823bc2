//! Staff work: official answers with status (the duty to answer), links to measures,
//! hiding with a public reason, the queue of unanswered ideas and open reports.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use maud::{Markup, html};
use quartier_db::participation::Idea;
use quartier_rules::participation::IdeaStatus;
use quartier_rules::participation::status::{AnswerState, answer_state, check_change};
use quartier_rules::participation::validate::{Field, Limits, WordList, check_text};

use super::views::{channel_name, status_badge};
use super::{Loaded, input_message, load, load_idea, manages, see_other, unprocessable};
use crate::error::{AppError, AppResult};
use crate::ui::fmt::{de, time_el};
use crate::ui::forms::{FieldErrors, csrf, error_summary};
use crate::ui::layout;
use crate::{AppState, Ctx};

fn get<'a>(f: &'a [(String, String)], k: &str) -> &'a str {
    f.iter()
        .find(|(n, _)| n == k)
        .map_or("", |(_, v)| v.as_str())
}

/// The hide form for an idea or a comment.
pub fn hide_form(ctx: &Ctx, idea_id: i64, comment: Option<i64>) -> Markup {
    let id = format!("hide-{}", comment.unwrap_or(0));
    html! {
        details class="pm-staff-hide" {
            summary { (ctx.t(if comment.is_some() { "participation-hide-comment" } else { "participation-hide-idea" })) }
            form method="post" action={ "/ideas/" (idea_id) "/hide" } {
                (csrf(ctx))
                @if let Some(c) = comment { input type="hidden" name="comment_id" value=(c); }
                div class="field" {
                    label for={ (id) "-reason" } { (ctx.t("participation-hide-reason")) }
                    input type="text" id={ (id) "-reason" } name="reason" required;
                }
                button type="submit" class="danger" { (ctx.t("participation-hide")) }
            }
        }
    }
}

/// The answer form.
pub fn answer_form(ctx: &Ctx, i: &Idea, errors: &FieldErrors, status: &str, text: &str) -> Markup {
    let opts: Vec<(String, String)> = IdeaStatus::ALL
        .iter()
        .map(|s| {
            (
                s.as_str().to_string(),
                ctx.t(&format!("participation-status-{}", s.as_str())),
            )
        })
        .collect();
    html! {
        form method="post" action={ "/ideas/" (i.id) "/answer" } class="pm-answer-form" id="answer-form" {
            (csrf(ctx))
            (error_summary(ctx, errors))
            (crate::ui::forms::select("status", ctx.t("participation-field-status"), &opts, status, None, errors))
            (crate::ui::forms::textarea("answer", ctx.t("participation-field-answer"), text, Some(ctx.t("participation-answer-hint")), errors))
            button type="submit" { (ctx.t("participation-publish-answer")) }
        }
    }
}

/// Everything staff can do on an idea page.
pub async fn staff_panel(state: &AppState, ctx: &Ctx, l: &Loaded, i: &Idea) -> AppResult<Markup> {
    let mut measures = Vec::new();
    if let Some(q) = l.d.quarter_id
        && let Some(plan) = state.db.plan_of_quarter(q).await?
    {
        measures = state.db.plan_data(plan.id).await?.measures;
    }
    Ok(html! {
        section class="pm-staff" aria-labelledby="staff-h" {
            h2 id="staff-h" { (ctx.t("participation-staff")) }
            @if !i.is_hidden() {
                h3 { (ctx.t("participation-answer-as-staff")) }
                (answer_form(ctx, i, &FieldErrors::default(), &i.status, ""))
                @if !measures.is_empty() {
                    h3 { (ctx.t("participation-link-measure")) }
                    form method="post" action={ "/ideas/" (i.id) "/measure" } {
                        (csrf(ctx))
                        div class="field" {
                            label for="f-measure" { (ctx.t("participation-measure")) }
                            select id="f-measure" name="measure_id" {
                                option value="" { (ctx.t("participation-no-measure")) }
                                @for m in &measures { option value=(m.id) selected[i.measure_id == Some(m.id)] { (m.code) " " (m.title) } }
                            }
                        }
                        button type="submit" { (ctx.t("participation-save")) }
                    }
                }
                (hide_form(ctx, i.id, None))
            }
        }
    })
}

/// `POST /ideas/{id}/answer`
pub async fn answer(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(f): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (i, l) = load_idea(&state, &ctx, id).await?;
    if !manages(&ctx, &l.d) {
        return Err(AppError::Forbidden);
    }
    let user = ctx.require_user()?.clone();
    let mut errors = FieldErrors::default();
    let from = IdeaStatus::parse(&i.status).unwrap_or(IdeaStatus::New);
    let to = IdeaStatus::parse(get(&f, "status"));
    let text = match check_text(
        Field::Answer,
        get(&f, "answer"),
        Limits::default().answer,
        false,
        &WordList::default(),
    ) {
        Ok(t) => Some(t),
        Err(e) => {
            errors.add("answer", input_message(&ctx, &e));
            None
        }
    };
    match to {
        None => errors.add("status", ctx.t("participation-error-status")),
        Some(to) => {
            if let Err(e) = check_change(from, to, text.as_deref()) {
                let key = match e {
                    quartier_rules::participation::status::StatusError::NotAllowed { .. } => {
                        "participation-error-transition"
                    }
                    quartier_rules::participation::status::StatusError::AnswerRequired {
                        ..
                    } => "participation-error-answer-required",
                };
                errors.add(
                    "status",
                    ctx.ta(
                        key,
                        &[(
                            "from",
                            ctx.t(&format!("participation-status-{}", from.as_str()))
                                .into(),
                        )],
                    ),
                );
            }
        }
    }
    let (Some(to), Some(text), true) = (to, text, errors.is_empty()) else {
        let body = html! {
            p { a href={ "/ideas/" (i.id) } { span dir="auto" { (i.title) } } " " (status_badge(&ctx, &i.status)) }
            (answer_form(&ctx, &i, &errors, get(&f, "status"), get(&f, "answer")))
        };
        return Ok(unprocessable(layout::page(
            &ctx,
            &ctx.t("participation-answer-as-staff"),
            body,
        )));
    };
    let who = match &l.quarter {
        Some((_, _, qname)) => format!(
            "{} ({})",
            user.user.display_name,
            ctx.ta("participation-qm-of", &[("quarter", qname.clone().into())])
        ),
        None => user.user.display_name.clone(),
    };
    state
        .db
        .answer_idea(
            i.id,
            to.as_str(),
            &text,
            Some(user.user.id),
            &who,
            quartier_db::now(),
        )
        .await?;
    state
        .db
        .audit(
            Some(user.user.id),
            &user.user.email,
            "idea.answer",
            &format!("idea:{}", i.id),
            to.as_str(),
        )
        .await?;
    Ok(see_other(&format!("/ideas/{}", i.id)))
}

/// `POST /ideas/{id}/measure`
pub async fn link_measure(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(f): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (i, l) = load_idea(&state, &ctx, id).await?;
    if !manages(&ctx, &l.d) {
        return Err(AppError::Forbidden);
    }
    let measure = match get(&f, "measure_id") {
        "" => None,
        m => {
            let mid = m
                .parse::<i64>()
                .map_err(|_| AppError::BadRequest("measure_id".into()))?;
            let pm = state
                .db
                .plan_measure(mid)
                .await?
                .ok_or(AppError::BadRequest("measure_id: no such measure".into()))?;
            // Only measures of the dialogue's own quarter.
            let plan = state
                .db
                .plan_by_id(pm.plan_id)
                .await?
                .ok_or(AppError::NotFound)?;
            if Some(plan.quarter_id) != l.d.quarter_id {
                return Err(AppError::BadRequest(
                    "measure_id: not a measure of this quarter".into(),
                ));
            }
            Some(mid)
        }
    };
    state.db.set_idea_measure(i.id, measure).await?;
    Ok(see_other(&format!("/ideas/{}", i.id)))
}

/// `POST /ideas/{id}/hide` (with `comment_id` for a comment)
pub async fn hide(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(f): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (i, l) = load_idea(&state, &ctx, id).await?;
    if !manages(&ctx, &l.d) {
        return Err(AppError::Forbidden);
    }
    let user = ctx.require_user()?.clone();
    let comment = match get(&f, "comment_id") {
        "" => None,
        c => Some(
            c.parse::<i64>()
                .map_err(|_| AppError::BadRequest("comment_id".into()))?,
        ),
    };
    let reason = match check_text(
        Field::Reason,
        get(&f, "reason"),
        Limits::default().reason,
        false,
        &WordList::default(),
    ) {
        Ok(r) => r,
        Err(e) => {
            let mut errors = FieldErrors::default();
            errors.add("reason", input_message(&ctx, &e));
            let body = html! { (error_summary(&ctx, &errors)) (hide_form(&ctx, i.id, comment)) };
            return Ok(unprocessable(layout::page(
                &ctx,
                &ctx.t("participation-hide"),
                body,
            )));
        }
    };
    let now = quartier_db::now();
    match comment {
        Some(cid) => {
            let c = state.db.comment(cid).await?.ok_or(AppError::NotFound)?;
            if c.idea_id != i.id {
                return Err(AppError::NotFound);
            }
            state
                .db
                .hide_comment(cid, &reason, user.user.id, now)
                .await?;
        }
        None => state.db.hide_idea(i.id, &reason, user.user.id, now).await?,
    }
    let target = comment.map_or(format!("idea:{}", i.id), |c| format!("comment:{c}"));
    state
        .db
        .audit(
            Some(user.user.id),
            &user.user.email,
            "moderation.hide",
            &target,
            &reason,
        )
        .await?;
    Ok(see_other(&format!("/ideas/{}", i.id)))
}

/// `POST /reports/{id}/dismiss`
pub async fn dismiss(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(f): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let dialogue: i64 = get(&f, "dialogue_id")
        .parse()
        .map_err(|_| AppError::BadRequest("dialogue_id".into()))?;
    let l = load(&state, &ctx, dialogue).await?;
    if !manages(&ctx, &l.d) {
        return Err(AppError::Forbidden);
    }
    if !state
        .db
        .open_reports(l.d.id)
        .await?
        .iter()
        .any(|r| r.id == id)
    {
        return Err(AppError::NotFound);
    }
    state
        .db
        .dismiss_report(id, ctx.require_user()?.user.id, quartier_db::now())
        .await?;
    Ok(see_other(&format!("/dialogues/{}/queue", l.d.id)))
}

/// `GET /dialogues/{id}/queue` — unanswered ideas by age (overdue first) and open reports.
pub async fn queue(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Markup> {
    let l = load(&state, &ctx, id).await?;
    if !manages(&ctx, &l.d) {
        return Err(AppError::Forbidden);
    }
    let (items, reports) = tokio::try_join!(
        state.db.unanswered_ideas(l.d.id),
        state.db.open_reports(l.d.id)
    )?;
    let now = quartier_db::now();
    let overdue = items
        .iter()
        .filter(|q| answer_state(q.created_at, None, now, l.d.answer_days).is_overdue())
        .count() as i64;
    let body = html! {
        (super::pages::dialogue_nav(&ctx, &l))
        p class="lead" { (ctx.ta("participation-queue-summary", &[("n", (items.len() as i64).into()), ("overdue", overdue.into()), ("days", l.d.answer_days.into())])) }
        div class="table-wrap" {
            table {
                caption { (ctx.t("participation-queue-caption")) }
                thead { tr {
                    th scope="col" { (ctx.t("participation-field-title")) }
                    th scope="col" { (ctx.t("participation-field-channel")) }
                    th scope="col" { (ctx.t("participation-field-status")) }
                    th scope="col" class="num" { (ctx.t("participation-age-days")) }
                } }
                tbody {
                    @for q in &items {
                        @let st = answer_state(q.created_at, None, now, l.d.answer_days);
                        @let age = match st { AnswerState::Pending { age_days, .. } | AnswerState::Overdue { age_days, .. } => age_days, AnswerState::Answered { .. } => 0 };
                        tr class=[st.is_overdue().then_some("pm-overdue")] {
                            th scope="row" { a href={ "/ideas/" (q.id) "#answer-form" } { span dir="auto" { (q.title) } } }
                            td { (channel_name(&ctx, &q.channel)) }
                            td { (status_badge(&ctx, &q.status)) }
                            td class="num" { (age) @if st.is_overdue() { " " strong { (ctx.t("participation-overdue-short")) } } }
                        }
                    }
                }
            }
        }
        h2 { (ctx.t("participation-reports")) }
        @if reports.is_empty() { p { (ctx.t("participation-no-reports")) } }
        ul {
            @for r in &reports {
                li {
                    a href={ "/ideas/" (r.idea_id) @if let Some(c) = r.comment_id { "#c" (c) } } {
                        (ctx.t(if r.comment_id.is_some() { "participation-reported-comment" } else { "participation-reported-idea" }))
                    }
                    " " (time_el(r.created_at)) ": " (de(&r.reason))
                    form method="post" action={ "/reports/" (r.id) "/dismiss" } class="inline" {
                        (csrf(&ctx))
                        input type="hidden" name="dialogue_id" value=(l.d.id);
                        button type="submit" class="secondary" { (ctx.t("participation-dismiss")) }
                    }
                }
            }
        }
    };
    Ok(layout::page(&ctx, &ctx.t("participation-nav-queue"), body))
}
