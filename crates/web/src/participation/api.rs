//! Open data: the read API for dialogues, ideas and comments, GeoJSON of located ideas,
//! and CSV/XLSX of all contributions (cells that could be read as formulas neutralised).

use axum::Json;
use axum::extract::{Path, RawQuery, State};
use axum::http::header::CONTENT_TYPE;
use axum::response::{IntoResponse, Response};
use quartier_db::participation::{Comment, Idea};
use quartier_rules::participation::export::neutralise_cell;
use quartier_rules::participation::listing::page_count;
use quartier_tabular::{ExportCell, Sheet};

use crate::ui::export::{Format, download};
use serde_json::{Value, json};

use super::pages::list_query;
use super::{load, manages};
use crate::error::{AppError, AppResult};
use crate::{AppState, Ctx};

fn idea_json(i: &Idea) -> Value {
    if let Some(reason) = &i.hidden_reason {
        return json!({ "id": i.id, "dialogue_id": i.dialogue_id, "hidden": true, "hidden_reason": reason, "created": i.created_at });
    }
    json!({
        "id": i.id,
        "dialogue_id": i.dialogue_id,
        "title": i.title,
        "text": i.text,
        "category": i.category,
        "lang": i.lang,
        "lat": i.lat,
        "lon": i.lon,
        "author": i.author_name,
        "channel": i.channel,
        "event": i.event,
        "status": i.status,
        "supports": i.supports,
        "comments": i.comments,
        "answered_at": i.answered_at,
        "measure_id": i.measure_id,
        "created": i.created_at,
        "url": format!("/ideas/{}", i.id),
    })
}

fn comment_json(c: &Comment) -> Value {
    if let Some(reason) = &c.hidden_reason {
        return json!({ "id": c.id, "parent_id": c.parent_id, "hidden": true, "hidden_reason": reason, "created": c.created_at });
    }
    json!({
        "id": c.id,
        "parent_id": c.parent_id,
        "text": c.text,
        "lang": c.lang,
        "author": c.author_name,
        "channel": c.channel,
        "created": c.created_at,
    })
}

/// `GET /api/v1/dialogues`
pub async fn dialogues(State(state): State<AppState>, ctx: Ctx) -> AppResult<Json<Value>> {
    let city = ctx.require_city()?;
    let list = state.db.dialogues_of_city(city.id).await?;
    let items: Vec<Value> = list
        .iter()
        .filter(|d| d.published == 1 || manages(&ctx, d))
        .map(|d| json!({ "id": d.id, "quarter_id": d.quarter_id, "title": d.title, "question": d.question, "url": format!("/dialogues/{}", d.id) }))
        .collect();
    Ok(Json(json!({ "items": items })))
}

/// `GET /api/v1/dialogues/{id}`
pub async fn dialogue(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Json<Value>> {
    let l = load(&state, &ctx, id).await?;
    let places = state.db.dialogue_places(l.d.id).await?;
    let measures = state.db.dialogue_measures(l.d.id).await?;
    Ok(Json(json!({
        "id": l.d.id,
        "quarter": l.quarter.as_ref().map(|(id, slug, name)| json!({ "id": id, "slug": slug, "name": name })),
        "title": l.d.title,
        "question": l.d.question,
        "description": l.d.description,
        "can_decide": l.d.can_decide,
        "cannot_decide": l.d.cannot_decide,
        "categories": l.d.category_list(),
        "answer_days": l.d.answer_days,
        "responsible": l.d.responsible_text,
        "phases": l.phases.iter().map(|p| json!({ "kind": p.kind, "level": p.level, "title": p.title, "start": p.start_on, "end": p.end_on })).collect::<Vec<_>>(),
        "places": places.iter().map(|p| json!({ "id": p.id, "name": p.name, "lat": p.lat, "lon": p.lon })).collect::<Vec<_>>(),
        "measure_ids": measures,
        "actions_open": l.actions(),
    })))
}

/// `GET /api/v1/dialogues/{id}/ideas` — the same filters, order and pages as the list.
pub async fn ideas(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    RawQuery(raw): RawQuery,
) -> AppResult<Json<Value>> {
    let q = list_query(raw.as_deref())?;
    let l = load(&state, &ctx, id).await?;
    let page = state.db.ideas_page(l.d.id, &q).await?;
    Ok(Json(json!({
        "total": page.total,
        "page": q.page,
        "pages": page_count(page.total),
        "items": page.items.iter().map(idea_json).collect::<Vec<_>>(),
    })))
}

/// `GET /api/v1/ideas/{id}` — an idea with its answers and comments.
pub async fn idea(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Json<Value>> {
    let i = state.db.idea(id).await?.ok_or(AppError::NotFound)?;
    load(&state, &ctx, i.dialogue_id).await?;
    let (comments, answers) =
        tokio::try_join!(state.db.comments_of(i.id), state.db.idea_answers(i.id))?;
    let mut v = idea_json(&i);
    if let Some(o) = v.as_object_mut() {
        o.insert(
            "answers".into(),
            answers.iter().map(|a| json!({ "status": a.status, "text": a.text, "by": a.author_name, "at": a.created_at })).collect(),
        );
        o.insert(
            "comment_list".into(),
            comments.iter().map(comment_json).collect(),
        );
    }
    Ok(Json(v))
}

/// `GET /dialogues/{id}/ideas.geojson` — located, visible ideas.
pub async fn geojson(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let l = load(&state, &ctx, id).await?;
    let ideas = state.db.all_ideas(l.d.id).await?;
    let features: Vec<Value> = ideas
        .iter()
        .filter(|i| !i.is_hidden())
        .filter_map(|i| {
            let (lat, lon) = i.point()?;
            Some(json!({
                "type": "Feature",
                "geometry": { "type": "Point", "coordinates": [lon, lat] },
                "properties": { "id": i.id, "title": i.title, "status": i.status, "channel": i.channel, "category": i.category, "supports": i.supports, "comments": i.comments, "url": format!("/ideas/{}", i.id) },
            }))
        })
        .collect();
    let body = json!({ "type": "FeatureCollection", "features": features }).to_string();
    Ok(([(CONTENT_TYPE, "application/geo+json")], body).into_response())
}

fn text(s: &str) -> ExportCell {
    ExportCell::Text(neutralise_cell(s).into_owned())
}

fn time_cell(t: i64) -> ExportCell {
    ExportCell::Text(crate::ui::fmt::fmt_time(t))
}

fn id_cell(v: Option<i64>) -> ExportCell {
    v.map_or(ExportCell::Empty, |x| ExportCell::Number(x as f64))
}

/// All contributions in one sheet: each idea, then its comments, with channel and status.
/// Hidden contributions keep only the moderation's public reason.
fn sheet(
    ideas: &[Idea],
    comments: &[Comment],
    answers: &[quartier_db::participation::Answer],
) -> Sheet {
    let mut rows = Vec::with_capacity(ideas.len() + comments.len());
    for i in ideas {
        let answer = answers.iter().find(|a| a.idea_id == i.id);
        let hidden = i.hidden_reason.is_some();
        rows.push(vec![
            text("idea"),
            id_cell(Some(i.id)),
            id_cell(Some(i.id)),
            ExportCell::Empty,
            text(if hidden { "" } else { &i.title }),
            text(if hidden { "" } else { &i.text }),
            text(i.category.as_deref().unwrap_or("")),
            text(&i.lang),
            text(&i.channel),
            text(&i.event),
            text(&i.status),
            text(if hidden { "" } else { &i.author_name }),
            i.lat.into(),
            i.lon.into(),
            ExportCell::Number(i.supports as f64),
            ExportCell::Number(i.comments as f64),
            time_cell(i.created_at),
            text(answer.map_or("", |a| a.text.as_str())),
            text(answer.map_or("", |a| a.author_name.as_str())),
            answer.map_or(ExportCell::Empty, |a| time_cell(a.created_at)),
            text(i.hidden_reason.as_deref().unwrap_or("")),
            id_cell(i.measure_id),
        ]);
        for c in comments.iter().filter(|c| c.idea_id == i.id) {
            let hidden = c.hidden_reason.is_some();
            rows.push(vec![
                text("comment"),
                id_cell(Some(c.id)),
                id_cell(Some(c.idea_id)),
                id_cell(c.parent_id),
                ExportCell::Empty,
                text(if hidden { "" } else { &c.text }),
                ExportCell::Empty,
                text(&c.lang),
                text(&c.channel),
                ExportCell::Empty,
                ExportCell::Empty,
                text(if hidden { "" } else { &c.author_name }),
                ExportCell::Empty,
                ExportCell::Empty,
                ExportCell::Empty,
                ExportCell::Empty,
                time_cell(c.created_at),
                ExportCell::Empty,
                ExportCell::Empty,
                ExportCell::Empty,
                text(c.hidden_reason.as_deref().unwrap_or("")),
                ExportCell::Empty,
            ]);
        }
    }
    Sheet {
        name: "contributions".into(),
        headers: crate::ui::export::headers(&[
            "kind",
            "id",
            "idea_id",
            "parent_id",
            "title",
            "text",
            "category",
            "lang",
            "channel",
            "event",
            "status",
            "author",
            "lat",
            "lon",
            "supports",
            "comments",
            "created",
            "answer",
            "answered_by",
            "answered_at",
            "hidden_reason",
            "measure_id",
        ]),
        rows,
    }
}

async fn export(state: &AppState, ctx: &Ctx, id: i64, format: Format) -> AppResult<Response> {
    let l = load(state, ctx, id).await?;
    let (ideas, comments, answers) = tokio::try_join!(
        state.db.all_ideas(l.d.id),
        state.db.comments_of_dialogue(l.d.id),
        state.db.latest_answers(l.d.id)
    )?;
    download(
        &sheet(&ideas, &comments, &answers),
        format,
        &format!("beitraege-{id}"),
    )
}

/// `GET /dialogues/{id}/contributions.csv` — every idea and comment (German Excel CSV).
pub async fn csv(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    export(&state, &ctx, id, Format::Csv).await
}

/// `GET /dialogues/{id}/contributions.xlsx` — every idea and comment (XLSX).
pub async fn xlsx(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    export(&state, &ctx, id, Format::Xlsx).await
}
