//! Answering a survey without an account: by invitation code or open link,
//! and staff entry of paper questionnaires.

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::http::header::LOCATION;
use axum::response::{IntoResponse, Response};
use maud::{Markup, html};
use quartier_db::DbError;
use quartier_db::impact::{CodeTicket, NewAnswer, Submission};
use quartier_i18n::FluentValue;
use quartier_rules::impact::fieldwork::{Channel, WaveStatus, normalise_code, wave_status};
use quartier_rules::impact::{Answer, AnswerError};
use serde::Deserialize;

use super::load::{Bundle, bundle, bundle_of};
use super::views::{Kept, parse_answers, questionnaire};
use super::{text_lang, today};
use crate::error::{AppError, AppResult};
use crate::platform::auth::ClientAddr;
use crate::platform::password;
use crate::ui::forms::csrf;
use crate::ui::layout::page;
use crate::{AppState, Ctx};

fn form_fields(body: &[u8]) -> AppResult<Vec<(String, String)>> {
    serde_urlencoded::from_bytes(body).map_err(|e| AppError::BadRequest(e.to_string()))
}

fn field<'a>(fields: &'a [(String, String)], name: &str) -> &'a str {
    fields
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .unwrap_or("")
}

/// `?ls=1` asks for Leichte Sprache.
#[derive(Debug, Deserialize, Default)]
pub struct EasyQuery {
    /// Leichte Sprache.
    #[serde(default)]
    pub ls: Option<String>,
}

fn is_easy(v: &str) -> bool {
    v == "1"
}

fn unprocessable(m: Markup) -> Response {
    let mut r = m.into_response();
    *r.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    r
}

fn code_page(ctx: &Ctx, code: &str, error: Option<String>, easy: bool) -> Markup {
    let title = ctx.t("impact-answer-title");
    let tl = text_lang(ctx.lang, easy);
    html! {
        (page(ctx, &title, html! {
            p { (ctx.t("impact-answer-intro")) }
            p { (ctx.t("impact-answer-privacy")) }
            @if ctx.lang == quartier_i18n::Lang::De {
                p { a href=(if easy { "/survey" } else { "/survey?ls=1" }) {
                    (if easy { ctx.t("impact-answer-standard") } else { ctx.t("impact-answer-easy") })
                } }
            }
            form method="post" action="/survey" class="stack" {
                (csrf(ctx))
                input type="hidden" name="ls" value=(if easy { "1" } else { "" });
                div class={ "field" @if error.is_some() { " field-error" } } {
                    label for="f-code" { (ctx.t("impact-code-label")) }
                    p class="hint" id="f-code-hint" { (ctx.t("impact-code-hint")) }
                    @if let Some(e) = &error { p class="error" id="f-code-error" role="alert" { (e) } }
                    input id="f-code" name="code" type="text" value=(code) autocomplete="off"
                        autocapitalize="characters" spellcheck="false" inputmode="text" required
                        aria-invalid=[error.as_ref().map(|_| "true")]
                        aria-describedby=(if error.is_some() { "f-code-hint f-code-error" } else { "f-code-hint" });
                }
                button type="submit" { (ctx.t("impact-code-submit")) }
            }
            @if tl == quartier_rules::impact::TextLang::Ls { p lang="de" { (ctx.t("impact-answer-easy-note")) } }
        }))
    }
}

/// `GET /survey` — the invitation-code form.
pub async fn code_form(ctx: Ctx, Query(q): Query<EasyQuery>) -> Markup {
    code_page(&ctx, "", None, q.ls.as_deref().is_some_and(is_easy))
}

/// Checks a ticket's wave status; `Err` with the message for the form.
fn open_or_message(ctx: &Ctx, t: &CodeTicket) -> Result<(), String> {
    match wave_status(&t.opens_on, &t.closes_on, &today()) {
        WaveStatus::Open => Ok(()),
        WaveStatus::NotYetOpen => Err(ctx.ta(
            "impact-wave-not-open",
            &[("date", FluentValue::from(t.opens_on.clone()))],
        )),
        WaveStatus::Closed => Err(ctx.ta(
            "impact-wave-closed",
            &[("date", FluentValue::from(t.closes_on.clone()))],
        )),
    }
}

/// Resolves a typed code: the ticket, or the message to show.
async fn resolve_code(
    state: &AppState,
    ctx: &Ctx,
    typed: &str,
) -> AppResult<Result<(String, CodeTicket), String>> {
    let Ok(code) = normalise_code(typed) else {
        return Ok(Err(ctx.t("impact-code-bad")));
    };
    let hash = password::token_hash(&code);
    let Some(ticket) = state.db.code_ticket(&hash).await? else {
        return Ok(Err(ctx.t("impact-code-unknown")));
    };
    if ticket.used == 1 {
        return Ok(Err(ctx.t("impact-code-used")));
    }
    if let Err(m) = open_or_message(ctx, &ticket) {
        return Ok(Err(m));
    }
    Ok(Ok((hash, ticket)))
}

fn answer_page(
    ctx: &Ctx,
    b: &Bundle,
    action: &str,
    hidden: &[(&str, String)],
    easy: bool,
    kept: &Kept,
    error: Option<(String, Option<String>)>,
) -> Markup {
    let tl = text_lang(ctx.lang, easy);
    let title = b.instrument.title.get(tl).to_string();
    let invalid = error.as_ref().and_then(|(_, item)| item.as_deref());
    html! {
        (page(ctx, &title, html! {
            p { (ctx.t("impact-answer-how")) }
            @if let Some((msg, item)) = &error {
                div class="error-summary" role="alert" id="error-summary" tabindex="-1" {
                    h2 { (ctx.t("form-errors-title")) }
                    p { @if let Some(i) = item { a href={ "#q-" (i) } { (msg) } } @else { (msg) } }
                }
            }
            form method="post" action=(action) class="stack questionnaire" {
                (csrf(ctx))
                @for (k, v) in hidden { input type="hidden" name=(k) value=(v); }
                input type="hidden" name="ls" value=(if easy { "1" } else { "" });
                (questionnaire(&b.instrument, tl, kept, invalid))
                button type="submit" { (ctx.t("impact-answer-submit")) }
            }
        }))
    }
}

/// The message for an answer error.
pub fn answer_message(ctx: &Ctx, e: &AnswerError) -> (String, Option<String>) {
    match e {
        AnswerError::OutOfRange { item, min, max, .. } => (
            ctx.ta(
                "impact-answer-out-of-range",
                &[
                    ("min", FluentValue::from(*min)),
                    ("max", FluentValue::from(*max)),
                ],
            ),
            Some(item.clone()),
        ),
        AnswerError::UnknownItem(item)
        | AnswerError::DuplicateAnswer(item)
        | AnswerError::DontKnowNotOffered(item) => {
            (ctx.t("impact-answer-invalid"), Some(item.clone()))
        }
        AnswerError::Empty => (ctx.t("impact-answer-empty"), None),
    }
}

/// Checks answers against the instrument and maps them to stored items.
async fn to_new_answers(
    state: &AppState,
    ctx: &Ctx,
    b: &Bundle,
    fields: &[(String, String)],
) -> AppResult<Result<(Vec<NewAnswer>, Kept), ((String, Option<String>), Kept)>> {
    let (raw, bad) = parse_answers(fields);
    let kept: Kept = raw.iter().cloned().collect();
    if let Some(item) = bad {
        return Ok(Err(((ctx.t("impact-answer-invalid"), Some(item)), kept)));
    }
    let response = match b.instrument.check_response(&raw) {
        Ok(r) => r,
        Err(e) => return Ok(Err((answer_message(ctx, &e), kept))),
    };
    let ids = state.db.item_ids(b.survey.instrument_id).await?;
    let mut out = Vec::new();
    for (key, a) in &response.answers {
        let Some((_, id)) = ids.iter().find(|(k, _)| k == key) else {
            return Ok(Err((
                (ctx.t("impact-answer-invalid"), Some(key.clone())),
                kept,
            )));
        };
        out.push(match a {
            Answer::Value(v) => NewAnswer {
                item_id: *id,
                value: Some(i64::from(*v)),
                dont_know: false,
            },
            Answer::DontKnow => NewAnswer {
                item_id: *id,
                value: None,
                dont_know: true,
            },
        });
    }
    Ok(Ok((out, kept)))
}

async fn ticket_bundle(state: &AppState, t: &CodeTicket) -> AppResult<Bundle> {
    let survey = state
        .db
        .survey(t.survey_id)
        .await?
        .ok_or(AppError::NotFound)?;
    bundle_of(state, survey).await
}

/// `POST /survey` — checks the code and shows the questionnaire.
pub async fn code_submit(
    State(state): State<AppState>,
    ctx: Ctx,
    client: ClientAddr,
    body: Bytes,
) -> AppResult<Response> {
    let f = form_fields(&body)?;
    let easy = is_easy(field(&f, "ls"));
    if !state.limiter.check("survey-code", &client.0) {
        return Err(AppError::RateLimited);
    }
    let typed = field(&f, "code");
    match resolve_code(&state, &ctx, typed).await? {
        Err(msg) => Ok(unprocessable(code_page(&ctx, typed, Some(msg), easy))),
        Ok((_, ticket)) => {
            let b = ticket_bundle(&state, &ticket).await?;
            let hidden = [("code", typed.trim().to_string())];
            Ok(answer_page(
                &ctx,
                &b,
                "/survey/answer",
                &hidden,
                easy,
                &Kept::new(),
                None,
            )
            .into_response())
        }
    }
}

fn thanks() -> Response {
    (
        StatusCode::SEE_OTHER,
        [(LOCATION, "/survey/thanks".to_string())],
    )
        .into_response()
}

/// `POST /survey/answer` — saves the answers and burns the code.
pub async fn code_answer(
    State(state): State<AppState>,
    ctx: Ctx,
    client: ClientAddr,
    body: Bytes,
) -> AppResult<Response> {
    let f = form_fields(&body)?;
    let easy = is_easy(field(&f, "ls"));
    if !state.limiter.check("survey-code", &client.0) {
        return Err(AppError::RateLimited);
    }
    let typed = field(&f, "code");
    let (hash, ticket) = match resolve_code(&state, &ctx, typed).await? {
        Err(msg) => return Ok(unprocessable(code_page(&ctx, typed, Some(msg), easy))),
        Ok(t) => t,
    };
    let b = ticket_bundle(&state, &ticket).await?;
    let hidden = [("code", typed.trim().to_string())];
    let (answers, kept) = match to_new_answers(&state, &ctx, &b, &f).await? {
        Ok(a) => a,
        Err((err, kept)) => {
            return Ok(unprocessable(answer_page(
                &ctx,
                &b,
                "/survey/answer",
                &hidden,
                easy,
                &kept,
                Some(err),
            )));
        }
    };
    let sub = Submission {
        wave_id: ticket.wave_id,
        unit_id: ticket.unit_id,
        channel: Channel::OnlineCode.as_str().into(),
        lang: text_lang(ctx.lang, easy).code().into(),
        received_on: today(),
        code_hash: Some(hash),
        answers,
    };
    match state.db.submit_response(&sub).await {
        Ok(()) => Ok(thanks()),
        Err(DbError::Conflict(_)) => {
            let _ = kept;
            Ok(unprocessable(code_page(
                &ctx,
                typed,
                Some(ctx.t("impact-code-used")),
                easy,
            )))
        }
        Err(e) => Err(e.into()),
    }
}

/// `GET /survey/thanks`
pub async fn thanks_page(ctx: Ctx) -> Markup {
    let title = ctx.t("impact-thanks-title");
    page(
        &ctx,
        &title,
        html! {
            p { (ctx.t("impact-thanks-text")) }
            p { a href="/" { (ctx.t("error-home")) } }
        },
    )
}

async fn link_ticket(
    state: &AppState,
    ctx: &Ctx,
    token: &str,
) -> AppResult<Result<CodeTicket, String>> {
    let ticket = state
        .db
        .link_ticket(token)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(open_or_message(ctx, &ticket).map(|()| ticket))
}

fn closed_page(ctx: &Ctx, msg: &str) -> Response {
    let title = ctx.t("impact-answer-title");
    let mut r = page(ctx, &title, html! { p role="alert" { (msg) } }).into_response();
    *r.status_mut() = StatusCode::CONFLICT;
    r
}

/// `GET /survey/link/{token}` — the questionnaire of an open link.
pub async fn link_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
    Query(q): Query<EasyQuery>,
) -> AppResult<Response> {
    let easy = q.ls.as_deref().is_some_and(is_easy);
    let ticket = match link_ticket(&state, &ctx, &token).await? {
        Ok(t) => t,
        Err(msg) => return Ok(closed_page(&ctx, &msg)),
    };
    let b = ticket_bundle(&state, &ticket).await?;
    let action = format!("/survey/link/{token}");
    Ok(answer_page(&ctx, &b, &action, &[], easy, &Kept::new(), None).into_response())
}

/// `POST /survey/link/{token}` — saves answers given through an open link.
pub async fn link_answer(
    State(state): State<AppState>,
    ctx: Ctx,
    client: ClientAddr,
    Path(token): Path<String>,
    body: Bytes,
) -> AppResult<Response> {
    let f = form_fields(&body)?;
    let easy = is_easy(field(&f, "ls"));
    if !state.limiter.check("survey-link", &client.0) {
        return Err(AppError::RateLimited);
    }
    let ticket = match link_ticket(&state, &ctx, &token).await? {
        Ok(t) => t,
        Err(msg) => return Ok(closed_page(&ctx, &msg)),
    };
    let b = ticket_bundle(&state, &ticket).await?;
    let action = format!("/survey/link/{token}");
    let (answers, _) = match to_new_answers(&state, &ctx, &b, &f).await? {
        Ok(a) => a,
        Err((err, kept)) => {
            return Ok(unprocessable(answer_page(
                &ctx,
                &b,
                &action,
                &[],
                easy,
                &kept,
                Some(err),
            )));
        }
    };
    state
        .db
        .submit_response(&Submission {
            wave_id: ticket.wave_id,
            unit_id: ticket.unit_id,
            channel: Channel::OnlineLink.as_str().into(),
            lang: text_lang(ctx.lang, easy).code().into(),
            received_on: today(),
            code_hash: None,
            answers,
        })
        .await?;
    Ok(thanks())
}

/// `?saved=1` after a paper questionnaire was saved.
#[derive(Debug, Deserialize, Default)]
pub struct PaperQuery {
    /// Saved notice.
    #[serde(default)]
    pub saved: Option<String>,
}

fn paper_page(
    ctx: &Ctx,
    b: &Bundle,
    f: &[(String, String)],
    kept: &Kept,
    error: Option<(String, Option<String>)>,
    saved: bool,
) -> Markup {
    let title = ctx.ta(
        "impact-paper-title",
        &[("survey", FluentValue::from(b.survey.title.clone()))],
    );
    let tl = text_lang(ctx.lang, false);
    let sel = |name: &str, v: &str| field(f, name) == v;
    let invalid = error.as_ref().and_then(|(_, i)| i.as_deref());
    html! {
        (page(ctx, &title, html! {
            @if saved { p class="notice" role="status" { (ctx.t("impact-paper-saved")) } }
            p { (ctx.t("impact-paper-intro")) }
            @if let Some((msg, _)) = &error {
                div class="error-summary" role="alert" id="error-summary" tabindex="-1" {
                    h2 { (ctx.t("form-errors-title")) }
                    p { (msg) }
                }
            }
            form method="post" action={ "/impact/surveys/" (b.survey.id) "/paper" } class="stack questionnaire" {
                (csrf(ctx))
                div class="field" {
                    label for="f-wave" { (ctx.t("impact-wave")) }
                    select id="f-wave" name="wave" required {
                        @for w in &b.waves { option value=(w.id) selected[sel("wave", &w.id.to_string())] { (w.name) } }
                    }
                }
                div class="field" {
                    label for="f-unit" { (ctx.t("impact-area")) }
                    select id="f-unit" name="unit" required {
                        @for u in &b.units { option value=(u.id) selected[sel("unit", &u.id.to_string())] { (u.name) } }
                    }
                }
                div class="field" {
                    label for="f-channel" { (ctx.t("impact-channel")) }
                    select id="f-channel" name="channel" {
                        @for c in [Channel::Paper, Channel::Interview] {
                            option value=(c.as_str()) selected[sel("channel", c.as_str())] { (ctx.t(&format!("impact-channel-{}", c.as_str()))) }
                        }
                    }
                }
                div class="field" {
                    label for="f-qlang" { (ctx.t("impact-paper-language")) }
                    select id="f-qlang" name="qlang" {
                        @for l in quartier_rules::impact::TextLang::ALL {
                            option value=(l.code()) selected[sel("qlang", l.code())] { (ctx.t(&format!("impact-text-lang-{}", l.code()))) }
                        }
                    }
                }
                (questionnaire(&b.instrument, tl, kept, invalid))
                button type="submit" { (ctx.t("impact-paper-submit")) }
            }
        }))
    }
}

/// `GET /impact/surveys/{id}/paper` — staff entry of a paper questionnaire.
pub async fn paper_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(q): Query<PaperQuery>,
) -> AppResult<Markup> {
    let b = bundle(&state, &ctx, id).await?;
    Ok(paper_page(
        &ctx,
        &b,
        &[],
        &Kept::new(),
        None,
        q.saved.is_some(),
    ))
}

/// `POST /impact/surveys/{id}/paper` — saves a paper questionnaire.
pub async fn paper_submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    body: Bytes,
) -> AppResult<Response> {
    let b = bundle(&state, &ctx, id).await?;
    let f = form_fields(&body)?;
    let wave = field(&f, "wave")
        .parse::<i64>()
        .ok()
        .and_then(|w| b.wave(w));
    let unit = field(&f, "unit")
        .parse::<i64>()
        .ok()
        .and_then(|u| b.unit(u));
    let channel = Channel::parse(field(&f, "channel"))
        .ok()
        .filter(|c| matches!(c, Channel::Paper | Channel::Interview));
    let qlang = quartier_rules::impact::TextLang::from_code(field(&f, "qlang"));
    let (Some(wave), Some(unit), Some(channel), Some(qlang)) = (wave, unit, channel, qlang) else {
        let err = (ctx.t("impact-paper-bad-choice"), None);
        return Ok(unprocessable(paper_page(
            &ctx,
            &b,
            &f,
            &Kept::new(),
            Some(err),
            false,
        )));
    };
    let (answers, _) = match to_new_answers(&state, &ctx, &b, &f).await? {
        Ok(a) => a,
        Err((err, kept)) => {
            return Ok(unprocessable(paper_page(
                &ctx,
                &b,
                &f,
                &kept,
                Some(err),
                false,
            )));
        }
    };
    state
        .db
        .submit_response(&Submission {
            wave_id: wave.id,
            unit_id: unit.id,
            channel: channel.as_str().into(),
            lang: qlang.code().into(),
            received_on: today(),
            code_hash: None,
            answers,
        })
        .await?;
    Ok((
        StatusCode::SEE_OTHER,
        [(
            LOCATION,
            format!("/impact/surveys/{}/paper?saved=1", b.survey.id),
        )],
    )
        .into_response())
}
