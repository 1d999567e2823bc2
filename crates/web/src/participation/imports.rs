//! Imports of contributions with preview and apply, in the browser (CSV/XLSX/JSON upload,
//! Decidim's proposal export recognised) and through the API (the JSON contract).

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use maud::{Markup, html};
use quartier_db::DbError;
use quartier_db::participation::{ImportRow, NewImport};
use quartier_rules::participation::Channel;
use quartier_rules::participation::import::{
    ImportContext, ImportParse, TableLayout, detect_layout, parse_json, parse_rows,
};
use quartier_rules::participation::validate::Limits;
use serde::Deserialize;
use serde_json::json;

use super::views::{channel_name, status_badge};
use super::{Loaded, load, manages, place_ok, see_other, shapes};
use crate::error::{AppError, AppResult};
use crate::ui::forms::csrf;
use crate::ui::layout;
use crate::{AppState, Ctx};

/// Reads an uploaded file in any supported layout; returns the layout code and the parse.
pub async fn read_upload(
    state: &AppState,
    l: &Loaded,
    name: &str,
    bytes: &[u8],
) -> AppResult<(String, ImportParse)> {
    let shapes = shapes(state, &l.d).await?;
    let cats = l.d.category_list();
    let inside = |lat: f64, lon: f64| place_ok(&shapes, lat, lon);
    let ctx = ImportContext {
        categories: &cats,
        inside: &inside,
        limits: Limits::default(),
    };
    let trimmed = bytes
        .iter()
        .find(|b| !(b.is_ascii_whitespace() || **b == 0xEF || **b == 0xBB || **b == 0xBF));
    if name.to_lowercase().ends_with(".json") || trimmed == Some(&b'{') {
        return Ok(("json".into(), parse_json(bytes, &ctx)));
    }
    let rows = match quartier_tabular::read_rows(bytes, name) {
        Ok(r) => r,
        Err(e) => {
            let mut p = ImportParse::default();
            p.problems
                .push(quartier_rules::participation::import::ImportProblem {
                    row: 0,
                    comment: None,
                    field: "file".into(),
                    message: e.to_string(),
                });
            return Ok(("table".into(), p));
        }
    };
    let layout = rows.first().and_then(|(_, h)| detect_layout(h));
    let code = match layout {
        Some(TableLayout::Decidim) => "decidim",
        _ => "table",
    };
    Ok((code.into(), parse_rows(&rows, &ctx)))
}

fn upload_form(ctx: &Ctx, l: &Loaded) -> Markup {
    let copts: Vec<(String, String)> = Channel::ALL
        .iter()
        .map(|c| (c.as_str().to_string(), channel_name(ctx, c.as_str())))
        .collect();
    html! {
        form method="post" enctype="multipart/form-data" action={ "/dialogues/" (l.d.id) "/import?csrf=" (ctx.csrf) } {
            div class="field" {
                label for="f-file" { (ctx.t("participation-import-file")) }
                p class="hint" id="f-file-hint" { (ctx.t("participation-import-hint")) }
                input type="file" id="f-file" name="file" required aria-describedby="f-file-hint" accept=".csv,.txt,.xlsx,.ods,.json";
            }
            (crate::ui::forms::select("channel", ctx.t("participation-import-channel"), &copts, "paper", None, &Default::default()))
            button type="submit" { (ctx.t("participation-import-preview")) }
        }
    }
}

/// `GET /dialogues/{id}/import`
pub async fn form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Markup> {
    let l = load(&state, &ctx, id).await?;
    if !manages(&ctx, &l.d) {
        return Err(AppError::Forbidden);
    }
    let body = html! { (super::pages::dialogue_nav(&ctx, &l)) (upload_form(&ctx, &l)) };
    Ok(layout::page(&ctx, &ctx.t("participation-nav-import"), body))
}

async fn store(
    state: &AppState,
    ctx: &Ctx,
    l: &Loaded,
    name: &str,
    layout: &str,
    channel: Channel,
    parse: &ImportParse,
) -> AppResult<i64> {
    Ok(state
        .db
        .insert_import(
            &NewImport {
                dialogue_id: l.d.id,
                user_id: ctx.identity.as_ref().map(|i| i.user.id),
                file_name: name,
                layout,
                default_channel: channel.as_str(),
                at: quartier_db::now(),
            },
            parse,
        )
        .await?)
}

/// `POST /dialogues/{id}/import` (multipart: `file`, `channel`)
pub async fn upload(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    mut multipart: Multipart,
) -> AppResult<Response> {
    let l = load(&state, &ctx, id).await?;
    if !manages(&ctx, &l.d) {
        return Err(AppError::Forbidden);
    }
    let mut file: Option<(String, Vec<u8>)> = None;
    let mut channel = Channel::Paper;
    while let Some(part) = multipart
        .next_field()
        .await
        .map_err(|e| AppError::BadRequest(e.to_string()))?
    {
        match part.name() {
            Some("file") => {
                let name = part.file_name().unwrap_or("upload").to_string();
                let bytes = part
                    .bytes()
                    .await
                    .map_err(|e| AppError::BadRequest(e.to_string()))?;
                file = Some((name, bytes.to_vec()));
            }
            Some("channel") => {
                let v = part
                    .text()
                    .await
                    .map_err(|e| AppError::BadRequest(e.to_string()))?;
                channel = Channel::parse(&v)
                    .ok_or_else(|| AppError::BadRequest(format!("channel: unknown value '{v}'")))?;
            }
            _ => {}
        }
    }
    let Some((name, bytes)) = file.filter(|(_, b)| !b.is_empty()) else {
        let body = html! {
            div class="error-summary" role="alert" { p { (ctx.t("participation-import-no-file")) } }
            (upload_form(&ctx, &l))
        };
        return Ok(super::unprocessable(layout::page(
            &ctx,
            &ctx.t("participation-nav-import"),
            body,
        )));
    };
    let (layout_code, parse) = read_upload(&state, &l, &name, &bytes).await?;
    let import_id = store(&state, &ctx, &l, &name, &layout_code, channel, &parse).await?;
    Ok(see_other(&format!(
        "/dialogues/{}/import/{import_id}",
        l.d.id
    )))
}

async fn import_of(state: &AppState, l: &Loaded, import_id: i64) -> AppResult<ImportRow> {
    state
        .db
        .import_row(import_id)
        .await?
        .filter(|r| r.dialogue_id == l.d.id)
        .ok_or(AppError::NotFound)
}

/// `GET /dialogues/{id}/import/{import_id}` — the preview.
pub async fn preview(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, import_id)): Path<(i64, i64)>,
) -> AppResult<Markup> {
    let l = load(&state, &ctx, id).await?;
    if !manages(&ctx, &l.d) {
        return Err(AppError::Forbidden);
    }
    let r = import_of(&state, &l, import_id).await?;
    let problems = r.problem_list();
    let ideas = r.ideas();
    let body = html! {
        (super::pages::dialogue_nav(&ctx, &l))
        p class="lead" { (ctx.ta("participation-import-summary", &[
            ("file", r.file_name.clone().into()),
            ("layout", ctx.t(&format!("participation-layout-{}", r.layout)).into()),
            ("ideas", r.idea_count.into()),
            ("comments", r.comment_count.into()),
            ("problems", (problems.len() as i64).into()),
            ("skipped", r.skipped.into()),
        ])) }
        @if !problems.is_empty() {
            div class="table-wrap" {
                table {
                    caption { (ctx.t("participation-import-problems")) }
                    thead { tr {
                        th scope="col" class="num" { (ctx.t("participation-row")) }
                        th scope="col" class="num" { (ctx.t("participation-comment-no")) }
                        th scope="col" { (ctx.t("participation-column")) }
                        th scope="col" { (ctx.t("participation-problem")) }
                    } }
                    tbody {
                        @for p in problems.iter().take(500) {
                            tr {
                                td class="num" { @if p.row > 0 { (p.row) } @else { "–" } }
                                td class="num" { @if let Some(c) = p.comment { (c) } @else { "–" } }
                                td { code { (p.field) } }
                                td lang="en" dir="ltr" { (p.message) }
                            }
                        }
                    }
                }
            }
        }
        @if r.applied_at.is_some() {
            p class="notice" role="status" { (ctx.t("participation-import-applied")) " " a href={ "/dialogues/" (l.d.id) "/ideas" } { (ctx.t("participation-all-ideas")) } }
        } @else if r.can_apply == 1 {
            form method="post" action={ "/dialogues/" (l.d.id) "/import/" (r.id) "/apply" } {
                (csrf(&ctx))
                button type="submit" { (ctx.ta("participation-import-apply", &[("n", r.idea_count.into())])) }
            }
        } @else {
            p { (ctx.t("participation-import-fix")) }
        }
        @if !ideas.is_empty() {
            div class="table-wrap" {
                table {
                    caption { (ctx.t("participation-import-first")) }
                    thead { tr {
                        th scope="col" class="num" { (ctx.t("participation-row")) }
                        th scope="col" { (ctx.t("participation-field-title")) }
                        th scope="col" { (ctx.t("participation-field-channel")) }
                        th scope="col" { (ctx.t("participation-field-status")) }
                        th scope="col" class="num" { (ctx.t("participation-comments")) }
                    } }
                    tbody {
                        @for i in ideas.iter().take(20) {
                            tr {
                                td class="num" { (i.row) }
                                td dir="auto" { (i.title) }
                                td { (channel_name(&ctx, i.channel.map_or(r.default_channel.as_str(), |c| c.as_str()))) }
                                td { (status_badge(&ctx, i.status.as_str())) }
                                td class="num" { (i.comments.len()) }
                            }
                        }
                    }
                }
            }
        }
    };
    Ok(layout::page(
        &ctx,
        &ctx.t("participation-import-preview-title"),
        body,
    ))
}

async fn apply_checked(
    state: &AppState,
    ctx: &Ctx,
    l: &Loaded,
    import_id: i64,
) -> AppResult<Result<quartier_db::participation::ImportApplied, String>> {
    let r = import_of(state, l, import_id).await?;
    let by = ctx.require_user()?.user.id;
    match state
        .db
        .apply_import(r.id, Some(by), "de", quartier_db::now())
        .await
    {
        Ok(done) => {
            let email = ctx
                .identity
                .as_ref()
                .map_or(String::new(), |i| i.user.email.clone());
            state
                .db
                .audit(
                    Some(by),
                    &email,
                    "import.apply",
                    &format!("import:{}", r.id),
                    &format!("{} ideas, {} comments", done.ideas, done.comments),
                )
                .await?;
            Ok(Ok(done))
        }
        Err(DbError::Conflict(m)) => Ok(Err(m)),
        Err(e) => Err(e.into()),
    }
}

/// `POST /dialogues/{id}/import/{import_id}/apply`
pub async fn apply(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, import_id)): Path<(i64, i64)>,
) -> AppResult<Response> {
    let l = load(&state, &ctx, id).await?;
    if !manages(&ctx, &l.d) {
        return Err(AppError::Forbidden);
    }
    match apply_checked(&state, &ctx, &l, import_id).await? {
        Ok(_) => Ok(see_other(&format!("/dialogues/{}/ideas", l.d.id))),
        Err(_) => Ok(see_other(&format!(
            "/dialogues/{}/import/{import_id}",
            l.d.id
        ))),
    }
}

/// Query of the API import.
#[derive(Debug, Deserialize, Default)]
pub struct ApiImportQuery {
    /// Channel for ideas without one (default `paper`).
    pub channel: Option<String>,
}

/// `POST /api/v1/dialogues/{id}/import` — JSON contract in, preview out.
pub async fn api_preview(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(q): Query<ApiImportQuery>,
    body: Bytes,
) -> AppResult<Response> {
    let l = load(&state, &ctx, id).await?;
    if !manages(&ctx, &l.d) {
        return Err(AppError::Forbidden);
    }
    let channel = match q.channel.as_deref() {
        None | Some("") => Channel::Paper,
        Some(c) => Channel::parse(c)
            .ok_or_else(|| AppError::BadRequest(format!("channel: unknown value '{c}'")))?,
    };
    let shapes = shapes(&state, &l.d).await?;
    let cats = l.d.category_list();
    let inside = |lat: f64, lon: f64| place_ok(&shapes, lat, lon);
    let parse = parse_json(
        &body,
        &ImportContext {
            categories: &cats,
            inside: &inside,
            limits: Limits::default(),
        },
    );
    let import_id = store(&state, &ctx, &l, "api.json", "json", channel, &parse).await?;
    Ok(Json(json!({
        "id": import_id,
        "can_apply": parse.can_apply(),
        "ideas": parse.ideas.len(),
        "comments": parse.comment_count(),
        "skipped": parse.skipped,
        "problems": parse.problems,
    }))
    .into_response())
}

/// `POST /api/v1/dialogues/{id}/import/{import_id}/apply`
pub async fn api_apply(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, import_id)): Path<(i64, i64)>,
) -> AppResult<Response> {
    let l = load(&state, &ctx, id).await?;
    if !manages(&ctx, &l.d) {
        return Err(AppError::Forbidden);
    }
    Ok(match apply_checked(&state, &ctx, &l, import_id).await? {
        Ok(done) => Json(json!({ "id": import_id, "applied": true, "ideas": done.ideas, "comments": done.comments })).into_response(),
        Err(m) => (StatusCode::CONFLICT, Json(json!({ "error": m }))).into_response(),
    })
}
