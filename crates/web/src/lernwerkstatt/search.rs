//! `/search?q=` and `GET /api/v1/search?q=`: one search box over everything the
//! user may see, with German stemming, umlaut folding, highlighted snippets and
//! facets by kind. Each hit's scope is checked here: public for everyone, staff
//! content for staff of its city, workshop content for the session's insiders.

use std::collections::HashMap;

use axum::Json;
use axum::extract::{Query, State};
use maud::{Markup, html};
use quartier_db::lernwerkstatt::search::{Hit, KINDS, MAX_QUERY_CHARS};
use serde::Deserialize;

use super::{is_insider, is_staff_in_city};
use crate::error::AppResult;
use crate::ui::fmt::de;
use crate::{AppState, Ctx, ui::layout};

/// Candidates fetched before the permission filter.
const CANDIDATES: usize = 200;
/// Hits shown.
const SHOWN: usize = 30;

/// Query parameters.
#[derive(Debug, Deserialize, Default)]
pub struct SearchQuery {
    /// Search text.
    #[serde(default)]
    pub q: String,
    /// Only this kind.
    #[serde(default)]
    pub kind: String,
}

/// The hits this user may see, in rank order.
async fn visible(state: &AppState, ctx: &Ctx, q: &str) -> AppResult<Vec<Hit>> {
    state.search.refresh(&state.db).await?;
    let (hits, _) = state.search.search(q, CANDIDATES)?;
    let mut sessions: HashMap<i64, bool> = HashMap::new();
    let mut out = Vec::new();
    for h in hits {
        let ok = match h.doc.scope.split_once(':') {
            None => h.doc.scope == "public",
            Some(("staff", c)) => ctx
                .identity
                .as_deref()
                .is_some_and(|i| c.parse().is_ok_and(|c| is_staff_in_city(i, c))),
            Some(("session", s)) => {
                let Ok(sid) = s.parse::<i64>() else { continue };
                match (sessions.get(&sid), ctx.identity.as_deref()) {
                    (Some(v), _) => *v,
                    (None, None) => false,
                    (None, Some(me)) => {
                        let v = match state.db.workshop_session(sid).await? {
                            Some(s) => is_insider(state, me, &s).await?,
                            None => false,
                        };
                        sessions.insert(sid, v);
                        v
                    }
                }
            }
            Some(_) => false,
        };
        if ok {
            out.push(h);
        }
    }
    Ok(out)
}

fn snippet(h: &Hit) -> Markup {
    let mut parts = Vec::new();
    let mut at = 0;
    for r in &h.highlighted {
        if r.start < at
            || r.end > h.snippet.len()
            || !h.snippet.is_char_boundary(r.start)
            || !h.snippet.is_char_boundary(r.end)
        {
            continue;
        }
        parts.push((false, &h.snippet[at..r.start]));
        parts.push((true, &h.snippet[r.start..r.end]));
        at = r.end;
    }
    parts.push((false, &h.snippet[at..]));
    html! { @for (mark, t) in parts { @if mark { mark { (t) } } @else { (t) } } }
}

/// `GET /search?q=`
pub async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(sq): Query<SearchQuery>,
) -> AppResult<Markup> {
    let q = sq.q.trim();
    let too_long = q.chars().count() > MAX_QUERY_CHARS;
    let hits = if q.is_empty() {
        Vec::new()
    } else {
        visible(&state, &ctx, q).await?
    };
    let mut facets: Vec<(&str, usize)> = KINDS
        .iter()
        .map(|k| (*k, hits.iter().filter(|h| h.doc.kind == *k).count()))
        .filter(|(_, n)| *n > 0)
        .collect();
    facets.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
    let shown: Vec<&Hit> = hits
        .iter()
        .filter(|h| sq.kind.is_empty() || h.doc.kind == sq.kind)
        .take(SHOWN)
        .collect();
    let enc = crate::ui::forms::urlencode(q);
    let title = ctx.t("lernwerkstatt-search");
    Ok(layout::page(
        &ctx,
        &title,
        html! {
            form method="get" action="/search" role="search" {
                label for="f-q" { (ctx.t("lernwerkstatt-search-label")) }
                input id="f-q" type="search" name="q" value=(q) maxlength="2000";
                button type="submit" { (ctx.t("lernwerkstatt-search")) }
            }
            @if too_long { p class="hint" role="status" { (ctx.ta("lernwerkstatt-search-cut", &[("max", (MAX_QUERY_CHARS as i64).into())])) } }
            @if !q.is_empty() {
                p role="status" { (ctx.ta("lernwerkstatt-search-count", &[("count", (hits.len() as i64).into())])) }
                @if !facets.is_empty() {
                    nav aria-label=(ctx.t("lernwerkstatt-search-facets")) { ul class="facets" {
                        li { @if sq.kind.is_empty() { strong { (ctx.t("lernwerkstatt-search-all")) } } @else { a href={ "/search?q=" (enc) } { (ctx.t("lernwerkstatt-search-all")) } } }
                        @for (k, n) in &facets { li {
                            @if sq.kind == *k { strong { (ctx.t(&format!("lernwerkstatt-kind-{k}"))) " (" (n) ")" } }
                            @else { a href={ "/search?q=" (enc) "&kind=" (k) } { (ctx.t(&format!("lernwerkstatt-kind-{k}"))) " (" (n) ")" } }
                        } }
                    } }
                }
                ol class="search-results" {
                    @for h in &shown { li {
                        a href=(h.doc.url) { (de(&h.doc.title)) } " " span class="badge" { (ctx.t(&format!("lernwerkstatt-kind-{}", h.doc.kind))) }
                        @if !h.snippet.is_empty() { p lang="de" dir="auto" { (snippet(h)) } }
                    } }
                }
            }
        },
    ))
}

/// `GET /api/v1/search?q=`
pub async fn api(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(sq): Query<SearchQuery>,
) -> AppResult<Json<serde_json::Value>> {
    let q = sq.q.trim();
    let hits = if q.is_empty() {
        Vec::new()
    } else {
        visible(&state, &ctx, q).await?
    };
    let results: Vec<serde_json::Value> = hits
        .iter()
        .filter(|h| sq.kind.is_empty() || h.doc.kind == sq.kind)
        .take(SHOWN)
        .map(|h| serde_json::json!({ "kind": h.doc.kind, "title": h.doc.title, "url": h.doc.url, "snippet": h.snippet, "score": h.score }))
        .collect();
    Ok(Json(
        serde_json::json!({ "query": q, "total": hits.len(), "results": results }),
    ))
}
