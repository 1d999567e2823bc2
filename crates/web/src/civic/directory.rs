//! The public directory for residents: offers searchable by words, topic,
//! language, target group, cost and place; list and SVG map. The event calendar
//! is in `calendar.rs`.

use axum::extract::{Query, State};
use maud::{Markup, html};
use quartier_db::civic::DirectoryQuery;
use quartier_rules::civic::distance_m;
use serde::Deserialize;

use crate::civic::common::{LANGS, lang_name, list};
use crate::civic::items::{CATEGORIES, item_title};
use crate::error::AppResult;
use crate::ui::fmt::{de, fmt_num};
use crate::ui::forms::{FieldErrors, select};
use crate::ui::geometry::parse_multipolygon;
use crate::ui::list::{Paging, allowed, filter_url};
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
    let paging = Paging::new(p.page);
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
    let query = DirectoryQuery {
        city_id: city.id,
        q: p.q.chars().take(100).collect(),
        category: allowed(&p.category, CATEGORIES),
        language: allowed(&p.language, LANGS),
        target_group: p.group.chars().take(100).collect(),
        free_only: p.free == "yes",
        near,
        offset: paging.offset(),
        limit: paging.limit(),
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
    let base = filter_url(
        "/directory",
        &[
            ("q", &query.q),
            ("category", &query.category),
            ("language", &query.language),
            ("group", &query.target_group),
            ("free", if query.free_only { "yes" } else { "" }),
            ("near", &p.near),
        ],
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
            (select("category", ctx.t("civic-category"), &cats, &query.category, None, &none))
            (select("language", ctx.t("civic-language"), &langs, &query.language, None, &none))
            (select("group", ctx.t("civic-target-group"), &group_opts, &query.target_group, None, &none))
            (select("near", ctx.t("civic-near"), &area_opts, &p.near, None, &none))
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
        (paging.nav(&ctx, &base, total))
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
