//! The public directory for residents (offers searchable by words, topic,
//! language, target group, cost and place; list and SVG map) and the shared event
//! calendar with iCalendar feeds (RFC 5545).

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use maud::{Markup, html};
use quartier_db::civic::{DirectoryQuery, Event, EventDraft};
use quartier_db::platform::accounts::Role;
use serde::Deserialize;
use time::{Date, Month, OffsetDateTime, PrimitiveDateTime};

use crate::civic::actors::{
    LANGS, PAGE_SIZE, audit, lang_name, list, manages, pager, quarter, see_other, select, textarea,
    unprocessable,
};
use crate::civic::items::{CATEGORIES, distance_m, item_title};
use crate::error::{AppError, AppResult};
use crate::ui::fmt::{de, fmt_num};
use crate::ui::forms::{self, Field, FieldErrors, field, urlencode};
use crate::ui::geometry::parse_multipolygon;
use crate::{AppState, Ctx, ui::layout};

/// Search radius around the chosen area's centre, in metres.
const NEAR_M: f64 = 1500.0;

/// Query of the directory.
#[derive(Debug, Default, Deserialize)]
pub struct DirectoryParams {
    #[serde(default)]
    q: String,
    #[serde(default)]
    category: String,
    #[serde(default)]
    language: String,
    #[serde(default)]
    group: String,
    #[serde(default)]
    free: String,
    #[serde(default)]
    near: String,
    page: Option<i64>,
}

fn centre(geom: &geo_types::MultiPolygon<f64>) -> Option<(f64, f64)> {
    let ring = geom
        .0
        .iter()
        .max_by_key(|p| p.exterior().0.len())?
        .exterior();
    let n = ring.0.len().saturating_sub(1).max(1);
    let (sx, sy) = ring
        .0
        .iter()
        .take(n)
        .fold((0.0, 0.0), |(a, b), c| (a + c.x, b + c.y));
    Some((sx / n as f64, sy / n as f64))
}

/// `GET /directory`
pub async fn directory(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(p): Query<DirectoryParams>,
) -> AppResult<Markup> {
    let city = ctx.require_city()?;
    let page = p.page.unwrap_or(1).max(1);
    let areas = state.db.area_geometries(city.id).await?;
    let shapes: Vec<(String, String, geo_types::MultiPolygon<f64>)> = areas
        .iter()
        .filter_map(|a| {
            Some((
                a.area_key.clone(),
                a.name.clone(),
                parse_multipolygon(a.geometry.as_deref()?)?,
            ))
        })
        .collect();
    let near_centre = shapes
        .iter()
        .find(|(k, _, _)| *k == p.near)
        .and_then(|(_, _, g)| centre(g));
    let near = near_centre.map(|(lon, lat)| {
        let dlat = NEAR_M / 111_320.0;
        let dlon = dlat / lat.to_radians().cos();
        ([lon - dlon, lat - dlat, lon + dlon, lat + dlat], [lon, lat])
    });
    let category = if CATEGORIES.contains(&p.category.as_str()) {
        p.category.clone()
    } else {
        String::new()
    };
    let language = if LANGS.contains(&p.language.as_str()) {
        p.language.clone()
    } else {
        String::new()
    };
    let query = DirectoryQuery {
        city_id: city.id,
        q: p.q.chars().take(100).collect(),
        category,
        language,
        target_group: p.group.chars().take(100).collect(),
        free_only: p.free == "yes",
        near,
        offset: (page - 1) * PAGE_SIZE,
        limit: PAGE_SIZE,
    };
    let (hits, total) = state.db.search_offers(&query).await?;
    let mut groups: Vec<String> = state
        .db
        .offer_target_group_lists(city.id)
        .await?
        .iter()
        .flat_map(|j| list(j))
        .collect();
    groups.sort();
    groups.dedup();
    let opt = |v: &str, l: String| (v.to_string(), l);
    let cats: Vec<(String, String)> = std::iter::once(opt("", ctx.t("civic-any")))
        .chain(
            CATEGORIES
                .iter()
                .map(|c| opt(c, ctx.t(&format!("civic-cat-{c}")))),
        )
        .collect();
    let langs: Vec<(String, String)> = std::iter::once(opt("", ctx.t("civic-any")))
        .chain(LANGS.iter().map(|l| opt(l, lang_name(&ctx, l))))
        .collect();
    let group_opts: Vec<(String, String)> = std::iter::once(opt("", ctx.t("civic-any")))
        .chain(groups.iter().map(|g| opt(g, g.clone())))
        .collect();
    let area_opts: Vec<(String, String)> = std::iter::once(opt("", ctx.t("civic-anywhere")))
        .chain(shapes.iter().map(|(k, n, _)| opt(k, n.clone())))
        .collect();
    let base = format!(
        "/directory?q={}&category={}&language={}&group={}&free={}&near={}",
        urlencode(&query.q),
        urlencode(&query.category),
        urlencode(&query.language),
        urlencode(&query.target_group),
        if query.free_only { "yes" } else { "" },
        urlencode(&p.near)
    );
    let none = FieldErrors::default();
    let map = result_map(&ctx, &shapes, &hits, near_centre);
    let body = html! {
        p class="lead" { (ctx.t("civic-directory-intro")) }
        form method="get" action="/directory" class="civic-search" role="search" aria-label=(ctx.t("civic-search-label")) {
            div class="field" {
                label for="f-q" { (ctx.t("civic-search-words")) }
                input type="search" id="f-q" name="q" value=(query.q) autocomplete="off";
            }
            (select("category", ctx.t("civic-category"), &cats, &query.category, &none))
            (select("language", ctx.t("civic-language"), &langs, &query.language, &none))
            (select("group", ctx.t("civic-target-group"), &group_opts, &query.target_group, &none))
            (select("near", ctx.t("civic-near"), &area_opts, &p.near, &none))
            div class="field checkbox" {
                input type="checkbox" id="f-free" name="free" value="yes" checked[query.free_only];
                label for="f-free" { (ctx.t("civic-free-only")) }
            }
            button type="submit" { (ctx.t("civic-search")) }
        }
        h2 id="results" aria-live="polite" { (ctx.ta("civic-results", &[("count", total.into())])) }
        @if hits.is_empty() { p { (ctx.t("civic-no-results")) } }
        ul class="civic-results" {
            @for h in &hits {
                @let o = &h.item;
                li class="card" {
                    h3 { a href={ "/offers/" (o.id) } { (item_title(&ctx, o)) } }
                    p class="civic-meta" {
                        (ctx.t(&format!("civic-cat-{}", o.category))) " · "
                        span class={ "badge cost-" (o.cost) } { (ctx.t(&format!("civic-cost-{}", o.cost))) }
                        @if let (Some((clon, clat)), Some(lon), Some(lat)) = (near_centre, o.lon, o.lat) {
                            " · " (ctx.ta("civic-distance", &[("metres", fmt_num(ctx.lang, (distance_m((clon, clat), (lon, lat)) / 10.0).round() * 10.0, 0).into())]))
                        }
                    }
                    p { (ctx.t("civic-actor")) ": " a href={ "/actors/" (o.actor_id) } { (de(&h.actor_name)) } }
                    @let ls = list(&o.languages);
                    @if !ls.is_empty() { p { (ctx.t("civic-languages")) ": " (ls.iter().map(|l| lang_name(&ctx, l)).collect::<Vec<_>>().join(", ")) } }
                    @if !o.schedule.is_empty() { p { (ctx.t("civic-schedule")) ": " (de(&o.schedule)) } }
                    @if !o.place.is_empty() { p { (ctx.t("civic-place")) ": " (de(&o.place)) } }
                    @if !o.description_easy.is_empty() { p class="easy-inline" { strong { (ctx.t("civic-easy-label")) ": " } span lang="de" dir="auto" { (o.description_easy) } } }
                }
            }
        }
        (pager(&ctx, &base, page, total))
        @if !hits.is_empty() {
            h2 { (ctx.t("civic-map")) }
            figure class="civic-map" {
                (map)
                figcaption { (ctx.t("civic-map-caption")) }
            }
        }
    };
    Ok(layout::page(&ctx, &ctx.t("civic-directory"), body))
}

fn result_map(
    ctx: &Ctx,
    shapes: &[(String, String, geo_types::MultiPolygon<f64>)],
    hits: &[quartier_db::civic::OfferHit],
    near: Option<(f64, f64)>,
) -> Markup {
    let mut bbox = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for (_, _, g) in shapes {
        for p in &g.0 {
            for c in &p.exterior().0 {
                bbox = (
                    bbox.0.min(c.x),
                    bbox.1.min(c.y),
                    bbox.2.max(c.x),
                    bbox.3.max(c.y),
                );
            }
        }
    }
    if bbox.0 > bbox.2 {
        return html! {};
    }
    let k = ((bbox.1 + bbox.3) / 2.0).to_radians().cos();
    let w = 600.0;
    let scale = w / ((bbox.2 - bbox.0) * k).max(1e-9);
    let h = (bbox.3 - bbox.1) * scale;
    let xy = |lon: f64, lat: f64| ((lon - bbox.0) * k * scale, (bbox.3 - lat) * scale);
    let path = |g: &geo_types::MultiPolygon<f64>| {
        let mut d = String::new();
        for p in &g.0 {
            for (i, c) in p.exterior().0.iter().enumerate() {
                let (x, y) = xy(c.x, c.y);
                d.push_str(&format!("{}{x:.1},{y:.1}", if i == 0 { "M" } else { "L" }));
            }
            d.push('Z');
        }
        d
    };
    html! {
        svg xmlns="http://www.w3.org/2000/svg" viewBox={ "0 0 " (w) " " (format!("{h:.0}")) } class="qm-map civic-svg-map"
            role="group" aria-labelledby="dir-map-title" {
            title id="dir-map-title" { (ctx.t("civic-map")) }
            g aria-hidden="true" {
                @for (_, _, g) in shapes { path d=(path(g)) fill="#f3f4f6" stroke="#9ca3af" stroke-width="0.8" {} }
                @if let Some((lon, lat)) = near {
                    @let (x, y) = xy(lon, lat);
                    circle cx=(format!("{x:.1}")) cy=(format!("{y:.1}")) r=(format!("{:.1}", NEAR_M / 111_320.0 * scale)) fill="none" stroke="#1f5fa8" stroke-dasharray="4 3" {}
                }
            }
            @for hit in hits {
                @if let (Some(lon), Some(lat)) = (hit.item.lon, hit.item.lat) {
                    @let (x, y) = xy(lon, lat);
                    a href={ "/offers/" (hit.item.id) } aria-label={ (if ctx.lang != quartier_i18n::Lang::De && !hit.item.title_en.is_empty() { &hit.item.title_en } else { &hit.item.title }) " – " (hit.actor_name) } class="node" {
                        circle cx=(format!("{x:.1}")) cy=(format!("{y:.1}")) r="6" fill="#b4530a" stroke="#111827" stroke-width="1" {}
                    }
                }
            }
        }
    }
}

// ---------------------------------------------------------------- time

fn last_sunday(year: i32, month: Month) -> Option<Date> {
    let last = Date::from_calendar_date(year, month, 31).ok()?;
    let back = last.weekday().number_days_from_sunday();
    last.checked_sub(time::Duration::days(i64::from(back)))
}

/// Offset of German local time (CET/CEST) from UTC at the UTC instant `utc`, in seconds.
pub fn berlin_offset(utc: i64) -> i64 {
    let Ok(t) = OffsetDateTime::from_unix_timestamp(utc) else {
        return 3600;
    };
    let y = t.year();
    let start =
        last_sunday(y, Month::March).map(|d| d.midnight().assume_utc().unix_timestamp() + 3600);
    let end =
        last_sunday(y, Month::October).map(|d| d.midnight().assume_utc().unix_timestamp() + 3600);
    match (start, end) {
        (Some(s), Some(e)) if utc >= s && utc < e => 7200,
        _ => 3600,
    }
}

/// Local German time of a UTC instant as `YYYY-MM-DDTHH:MM`.
pub fn local_input(utc: i64) -> String {
    OffsetDateTime::from_unix_timestamp(utc + berlin_offset(utc))
        .map(|t| {
            format!(
                "{:04}-{:02}-{:02}T{:02}:{:02}",
                t.year(),
                u8::from(t.month()),
                t.day(),
                t.hour(),
                t.minute()
            )
        })
        .unwrap_or_default()
}

/// Parses `YYYY-MM-DDTHH:MM` German local time into a UTC instant.
pub fn parse_local(s: &str) -> Option<i64> {
    let s = s.trim();
    let (d, t) = s.split_once('T').or_else(|| s.split_once(' '))?;
    let mut dp = d.split('-');
    let y: i32 = dp.next()?.parse().ok()?;
    let mo: u8 = dp.next()?.parse().ok()?;
    let da: u8 = dp.next()?.parse().ok()?;
    let (h, mi) = t.split_once(':')?;
    let h: u8 = h.parse().ok()?;
    let mi: u8 = mi.get(..2).unwrap_or(mi).parse().ok()?;
    let date = Date::from_calendar_date(y, Month::try_from(mo).ok()?, da).ok()?;
    let naive = PrimitiveDateTime::new(date, time::Time::from_hms(h, mi, 0).ok()?);
    let as_utc = naive.assume_utc().unix_timestamp();
    let guess = as_utc - 3600;
    Some(as_utc - berlin_offset(guess))
}

// ---------------------------------------------------------------- calendar

/// Query of the calendar.
#[derive(Debug, Default, Deserialize)]
pub struct CalendarParams {
    #[serde(default)]
    month: String,
}

fn month_start(y: i32, m: u8) -> Option<i64> {
    let month = Month::try_from(m).ok()?;
    Some(
        Date::from_calendar_date(y, month, 1)
            .ok()?
            .midnight()
            .assume_utc()
            .unix_timestamp(),
    )
}

async fn may_edit_event(state: &AppState, ctx: &Ctx, e: &Event) -> AppResult<bool> {
    if manages(ctx, e.quarter_id) {
        return Ok(true);
    }
    let Some(id) = ctx.identity.as_ref() else {
        return Ok(false);
    };
    let Some(actor) = e.actor_id else {
        return Ok(false);
    };
    Ok(id.has_role_in(Role::Actor, e.quarter_id)
        && state.db.actors_of_user(id.user.id).await?.contains(&actor))
}

/// `GET /calendar`
pub async fn calendar(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(p): Query<CalendarParams>,
) -> AppResult<Markup> {
    let city = ctx.require_city()?;
    let now = OffsetDateTime::now_utc();
    let (y, m) = p
        .month
        .split_once('-')
        .and_then(|(y, m)| Some((y.parse::<i32>().ok()?, m.parse::<u8>().ok()?)))
        .filter(|(y, m)| (2000..=2100).contains(y) && (1..=12).contains(m))
        .unwrap_or((now.year(), u8::from(now.month())));
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    let (py, pm) = if m == 1 { (y - 1, 12) } else { (y, m - 1) };
    let from = month_start(y, m).ok_or(AppError::NotFound)? - 7200;
    let to = month_start(ny, nm).ok_or(AppError::NotFound)? - 3600;
    let events = state.db.events_between(city.id, None, from, to).await?;
    let quarters = state.db.quarters(city.id).await?;
    let mut rows = Vec::new();
    for e in &events {
        let local = local_input(e.starts_at);
        if !local.starts_with(&format!("{y:04}-{m:02}")) {
            continue;
        }
        let editable = may_edit_event(&state, &ctx, e).await?;
        rows.push((e, local, editable));
    }
    let creatable: Vec<_> = quarters
        .iter()
        .filter(|q| {
            manages(&ctx, q.id)
                || ctx
                    .identity
                    .as_ref()
                    .is_some_and(|i| i.has_role_in(Role::Actor, q.id) && !i.is_admin())
        })
        .collect();
    let body = html! {
        p class="lead" { (ctx.t("civic-calendar-intro")) }
        nav class="pager" aria-label=(ctx.t("civic-months")) {
            a href={ "/calendar?month=" (format!("{py:04}-{pm:02}")) } rel="prev" { (ctx.t("civic-prev-month")) }
            span { strong dir="ltr" { (format!("{y:04}-{m:02}")) } }
            a href={ "/calendar?month=" (format!("{ny:04}-{nm:02}")) } rel="next" { (ctx.t("civic-next-month")) }
        }
        @if rows.is_empty() { p { (ctx.t("civic-no-events")) } }
        ul class="civic-events" {
            @for (e, local, editable) in &rows {
                li class="card" {
                    h2 { (de(&e.title)) }
                    p { time datetime=(local) dir="ltr" { (local.replace('T', " ")) } " – " time dir="ltr" { (local_input(e.ends_at).get(11..).unwrap_or("")) } }
                    @if !e.place.is_empty() { p { (ctx.t("civic-place")) ": " (de(&e.place)) } }
                    @if !e.description.is_empty() { p lang="de" dir="auto" { (e.description) } }
                    @if let Some(a) = e.actor_id { p { a href={ "/actors/" (a) } { (ctx.t("civic-organiser")) } } }
                    @if *editable { p { a href={ "/events/" (e.id) "/edit" } { (ctx.t("civic-edit")) span class="visually-hidden" { ": " (e.title) } } } }
                }
            }
        }
        h2 { (ctx.t("civic-subscribe")) }
        p { (ctx.t("civic-subscribe-hint")) }
        ul {
            li { a href="/calendar.ics" { (ctx.t("civic-ics-all")) } }
            @for q in &quarters { li { a href={ "/quarters/" (q.slug) "/calendar.ics" } { (ctx.ta("civic-ics-quarter", &[("quarter", q.name.clone().into())])) } } }
        }
        @if !creatable.is_empty() {
            h2 { (ctx.t("civic-event-new")) }
            ul { @for q in &creatable { li { a href={ "/quarters/" (q.slug) "/events/new" } { (ctx.ta("civic-event-new-in", &[("quarter", q.name.clone().into())])) } } } }
        }
    };
    Ok(layout::page(&ctx, &ctx.t("civic-calendar"), body))
}

/// Escapes a TEXT value (RFC 5545 §3.3.11).
pub fn ics_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets (continuation lines start with a space) and ends
/// every line with CRLF (RFC 5545 §3.1).
pub fn ics_fold(line: &str, out: &mut String) {
    let mut used = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if used + len > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += len;
    }
    out.push_str("\r\n");
}

fn ics_time(utc: i64) -> String {
    OffsetDateTime::from_unix_timestamp(utc)
        .map(|t| {
            format!(
                "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
                t.year(),
                u8::from(t.month()),
                t.day(),
                t.hour(),
                t.minute(),
                t.second()
            )
        })
        .unwrap_or_default()
}

/// The events as an iCalendar document.
pub fn ics(name: &str, events: &[Event], base_url: &str) -> String {
    let mut out = String::new();
    for l in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Quartier//Kalender//DE",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        ics_fold(l, &mut out);
    }
    ics_fold(&format!("X-WR-CALNAME:{}", ics_escape(name)), &mut out);
    for e in events {
        ics_fold("BEGIN:VEVENT", &mut out);
        ics_fold(&format!("UID:{}", e.uid), &mut out);
        ics_fold(&format!("DTSTAMP:{}", ics_time(e.updated_at)), &mut out);
        ics_fold(&format!("DTSTART:{}", ics_time(e.starts_at)), &mut out);
        ics_fold(&format!("DTEND:{}", ics_time(e.ends_at)), &mut out);
        ics_fold(&format!("SUMMARY:{}", ics_escape(&e.title)), &mut out);
        if !e.description.is_empty() {
            ics_fold(
                &format!("DESCRIPTION:{}", ics_escape(&e.description)),
                &mut out,
            );
        }
        if !e.place.is_empty() {
            ics_fold(&format!("LOCATION:{}", ics_escape(&e.place)), &mut out);
        }
        ics_fold(&format!("URL:{base_url}/calendar"), &mut out);
        ics_fold("END:VEVENT", &mut out);
    }
    ics_fold("END:VCALENDAR", &mut out);
    out
}

async fn feed(
    state: &AppState,
    ctx: &Ctx,
    quarter_id: Option<i64>,
    name: &str,
) -> AppResult<Response> {
    let city = ctx.require_city()?;
    let now = quartier_db::now();
    let events = state
        .db
        .events_between(city.id, quarter_id, now - 30 * 86_400, now + 400 * 86_400)
        .await?;
    let body = ics(name, &events, &state.config.base_url);
    Ok((
        [
            (CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (CACHE_CONTROL, "public, max-age=300"),
        ],
        body,
    )
        .into_response())
}

/// `GET /calendar.ics`
pub async fn calendar_ics(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    let name = ctx
        .city
        .as_ref()
        .map(|c| c.name.clone())
        .unwrap_or_default();
    feed(&state, &ctx, None, &name).await
}

/// `GET /quarters/{slug}/calendar.ics`
pub async fn quarter_ics(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let q = quarter(&state, &ctx, &slug).await?;
    feed(&state, &ctx, Some(q.id), &q.name).await
}

// ---------------------------------------------------------------- events

#[derive(Default, Deserialize)]
struct EventInput {
    #[serde(default)]
    title: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    place: String,
    #[serde(default)]
    starts: String,
    #[serde(default)]
    ends: String,
    #[serde(default)]
    actor: String,
}

/// Actors the user may organise events for in the quarter (all for managers).
async fn event_actors(
    state: &AppState,
    ctx: &Ctx,
    quarter_id: i64,
) -> AppResult<Vec<(String, String)>> {
    let actors = state.db.actors_in_quarter(quarter_id).await?;
    if manages(ctx, quarter_id) {
        return Ok(
            std::iter::once((String::new(), ctx.t("civic-no-organiser")))
                .chain(actors.iter().map(|a| (a.id.to_string(), a.name.clone())))
                .collect(),
        );
    }
    let mine = match ctx.identity.as_ref() {
        Some(i) if i.has_role_in(Role::Actor, quarter_id) => {
            state.db.actors_of_user(i.user.id).await?
        }
        _ => Vec::new(),
    };
    Ok(actors
        .iter()
        .filter(|a| mine.contains(&a.id))
        .map(|a| (a.id.to_string(), a.name.clone()))
        .collect())
}

fn event_form(
    ctx: &Ctx,
    title: &str,
    action: &str,
    f: &EventInput,
    actors: &[(String, String)],
    errors: &FieldErrors,
) -> Markup {
    let body = html! {
        (forms::error_summary(ctx, errors))
        form method="post" action=(action) class="form" novalidate {
            (forms::csrf(ctx))
            (field(Field { name: "title", label: ctx.t("civic-title"), kind: "text", value: &f.title, autocomplete: "off", required: true, hint: None }, errors))
            (field(Field { name: "starts", label: ctx.t("civic-starts"), kind: "datetime-local", value: &f.starts, autocomplete: "off", required: true, hint: Some(ctx.t("civic-hint-datetime")) }, errors))
            (field(Field { name: "ends", label: ctx.t("civic-ends"), kind: "datetime-local", value: &f.ends, autocomplete: "off", required: true, hint: None }, errors))
            (field(Field { name: "place", label: ctx.t("civic-place"), kind: "text", value: &f.place, autocomplete: "off", required: false, hint: None }, errors))
            (textarea("description", ctx.t("civic-description"), &f.description, None, errors))
            (select("actor", ctx.t("civic-organiser"), actors, &f.actor, errors))
            button type="submit" { (ctx.t("save")) }
        }
    };
    layout::page(ctx, title, body)
}

fn validate_event(
    ctx: &Ctx,
    f: &EventInput,
    actors: &[(String, String)],
) -> (FieldErrors, EventDraft) {
    let mut e = FieldErrors::default();
    if f.title.trim().is_empty() {
        e.add("title", ctx.t("civic-error-title"));
    }
    let starts = parse_local(&f.starts);
    let ends = parse_local(&f.ends);
    if starts.is_none() {
        e.add("starts", ctx.t("civic-error-datetime"));
    }
    match (starts, ends) {
        (_, None) => e.add("ends", ctx.t("civic-error-datetime")),
        (Some(s), Some(en)) if en <= s => e.add("ends", ctx.t("civic-error-ends")),
        _ => {}
    }
    if !actors.iter().any(|(v, _)| *v == f.actor) {
        e.add("actor", ctx.t("civic-error-actor"));
    }
    let draft = EventDraft {
        actor_id: f.actor.parse().ok(),
        title: f.title.trim().to_string(),
        description: f.description.trim().to_string(),
        place: f.place.trim().to_string(),
        starts_at: starts.unwrap_or(0),
        ends_at: ends.unwrap_or(0),
    };
    (e, draft)
}

/// `GET /quarters/{slug}/events/new`
pub async fn event_new(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Markup> {
    let q = quarter(&state, &ctx, &slug).await?;
    let actors = event_actors(&state, &ctx, q.id).await?;
    if actors.is_empty() {
        return Err(AppError::Forbidden);
    }
    let f = EventInput {
        actor: actors.first().map(|a| a.0.clone()).unwrap_or_default(),
        ..Default::default()
    };
    Ok(event_form(
        &ctx,
        &ctx.ta("civic-event-new-in", &[("quarter", q.name.clone().into())]),
        &format!("/quarters/{}/events", q.slug),
        &f,
        &actors,
        &FieldErrors::default(),
    ))
}

/// `POST /quarters/{slug}/events`
pub async fn event_create(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    body: Bytes,
) -> AppResult<Response> {
    let q = quarter(&state, &ctx, &slug).await?;
    let actors = event_actors(&state, &ctx, q.id).await?;
    if actors.is_empty() {
        return Err(AppError::Forbidden);
    }
    let f: EventInput =
        serde_urlencoded::from_bytes(&body).map_err(|e| AppError::BadRequest(e.to_string()))?;
    let (errors, draft) = validate_event(&ctx, &f, &actors);
    if !errors.is_empty() {
        return Ok(unprocessable(event_form(
            &ctx,
            &ctx.ta("civic-event-new-in", &[("quarter", q.name.clone().into())]),
            &format!("/quarters/{}/events", q.slug),
            &f,
            &actors,
            &errors,
        )));
    }
    let uid = format!("{}@quartier", uuid::Uuid::new_v4());
    let id = state.db.insert_event(q.city_id, q.id, &draft, &uid).await?;
    audit(&state, &ctx, "event.create", &format!("event:{id}")).await?;
    Ok(see_other(&format!(
        "/calendar?month={}",
        local_input(draft.starts_at).get(..7).unwrap_or("")
    )))
}

/// `GET /events/{id}/edit`
pub async fn event_edit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Markup> {
    let e = state.db.event(id).await?.ok_or(AppError::NotFound)?;
    if !may_edit_event(&state, &ctx, &e).await? {
        return Err(AppError::Forbidden);
    }
    let actors = event_actors(&state, &ctx, e.quarter_id).await?;
    let f = EventInput {
        title: e.title.clone(),
        description: e.description.clone(),
        place: e.place.clone(),
        starts: local_input(e.starts_at),
        ends: local_input(e.ends_at),
        actor: e.actor_id.map(|a| a.to_string()).unwrap_or_default(),
    };
    Ok(event_form(
        &ctx,
        &ctx.ta("civic-event-edit", &[("title", e.title.clone().into())]),
        &format!("/events/{id}"),
        &f,
        &actors,
        &FieldErrors::default(),
    ))
}

/// `POST /events/{id}`
pub async fn event_update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    body: Bytes,
) -> AppResult<Response> {
    let e = state.db.event(id).await?.ok_or(AppError::NotFound)?;
    if !may_edit_event(&state, &ctx, &e).await? {
        return Err(AppError::Forbidden);
    }
    let actors = event_actors(&state, &ctx, e.quarter_id).await?;
    let f: EventInput =
        serde_urlencoded::from_bytes(&body).map_err(|e| AppError::BadRequest(e.to_string()))?;
    let (errors, draft) = validate_event(&ctx, &f, &actors);
    if !errors.is_empty() {
        return Ok(unprocessable(event_form(
            &ctx,
            &ctx.ta("civic-event-edit", &[("title", e.title.clone().into())]),
            &format!("/events/{id}"),
            &f,
            &actors,
            &errors,
        )));
    }
    state.db.update_event(id, &draft).await?;
    audit(&state, &ctx, "event.update", &format!("event:{id}")).await?;
    Ok(see_other(&format!(
        "/calendar?month={}",
        local_input(draft.starts_at).get(..7).unwrap_or("")
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn berlin_time_switches_on_last_sundays() {
        // 2025-03-30 00:59:59 UTC is still winter time; 01:00 UTC is summer time.
        assert_eq!(berlin_offset(1_743_296_399), 3600);
        assert_eq!(berlin_offset(1_743_296_400), 7200);
        assert_eq!(parse_local("2025-07-01T18:00"), Some(1_751_385_600));
        assert_eq!(local_input(1_751_385_600), "2025-07-01T18:00");
        assert_eq!(
            parse_local("2025-01-15T09:30").map(local_input).as_deref(),
            Some("2025-01-15T09:30")
        );
        assert_eq!(parse_local("morgen"), None);
    }

    #[test]
    fn folds_and_escapes() {
        let mut out = String::new();
        let long = format!("SUMMARY:{}", "ä".repeat(60));
        ics_fold(&long, &mut out);
        for line in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= 75, "{} octets", line.len());
        }
        assert_eq!(out.replace("\r\n ", ""), format!("{long}\r\n"));
        assert_eq!(ics_escape("a;b,c\\d\ne"), "a\\;b\\,c\\\\d\\ne");
    }
}
