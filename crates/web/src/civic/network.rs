//! The cooperation network of a quarter: links between actors, an SVG network
//! with a deterministic layout computed here, a table as the alternative view,
//! clusters (connected components), brokers (betweenness), isolated actors, and
//! the number of active links and the density per year.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::Response;
use maud::{Markup, html};
use quartier_db::civic::Link;
use quartier_rules::civic::{active_in, density, layout_positions, measures};

use crate::civic::common::{audit, manages, quarter, quarter_nav};
use crate::error::{AppError, AppResult};
use crate::ui::fmt::{de, fmt_num};
use crate::ui::forms::{self, Field, FieldErrors, field, see_other, select, unprocessable};
use crate::{AppState, Ctx, ui::layout};

const CLUSTER_COLORS: &[&str] = &[
    "#1f5fa8", "#b4530a", "#2a7a3b", "#8a3b8f", "#a1232b", "#4d5b6b", "#00737a",
];

/// `GET /quarters/{slug}/network`
pub async fn network(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Markup> {
    let q = quarter(&state, &ctx, &slug).await?;
    if !manages(&ctx, q.id) {
        return Err(AppError::Forbidden);
    }
    page(
        &state,
        &ctx,
        &q,
        &LinkInput::default(),
        &FieldErrors::default(),
    )
    .await
}

async fn page(
    state: &AppState,
    ctx: &Ctx,
    q: &quartier_db::monitoring::city::Quarter,
    f: &LinkInput,
    errors: &FieldErrors,
) -> AppResult<Markup> {
    let actors = state.db.actors_in_quarter(q.id).await?;
    let links = state.db.links_in_quarter(q.id).await?;
    let idx = |id: i64| actors.iter().position(|a| a.id == id);
    let active: Vec<&Link> = links.iter().filter(|l| l.until_year.is_none()).collect();
    let edges: Vec<(usize, usize)> = active
        .iter()
        .filter_map(|l| Some((idx(l.actor_a)?, idx(l.actor_b)?)))
        .collect();
    let n = actors.len();
    let net = measures(n, &edges);
    let pos = layout_positions(n, &edges);
    let (bc, degree) = (&net.betweenness, &net.degree);
    let (brokers, isolated) = (&net.brokers, &net.isolated);
    let sizes = &net.clusters;
    let cluster_no = |i: usize| net.cluster_of(i);
    let dens = net.density;
    // Over time.
    let this_year = time::OffsetDateTime::now_utc().year() as i64;
    let first = links
        .iter()
        .map(|l| l.since_year)
        .min()
        .unwrap_or(this_year);
    let years: Vec<i64> = (first.max(this_year - 15)..=this_year).collect();
    let counts: Vec<(i32, Option<f64>)> = years
        .iter()
        .map(|&y| (y as i32, Some(active_in(&links, y) as f64)))
        .collect();
    let densities: Vec<(i32, Option<f64>)> = years
        .iter()
        .map(|&y| (y as i32, Some(density(n, active_in(&links, y)) * 100.0)))
        .collect();
    let chart =
        |title: String, label: String, pts: Vec<(i32, Option<f64>)>, id: &str, dec: usize| {
            quartier_maps::line_chart(&quartier_maps::LineChartSpec {
                title,
                y_label: label.clone(),
                series: vec![quartier_maps::Series {
                    label,
                    points: pts,
                    dashed: false,
                }],
                format: quartier_maps::NumberFormat {
                    decimals: dec,
                    ..quartier_maps::NumberFormat::default()
                },
                id_prefix: id.into(),
                rtl: ctx.lang.is_rtl(),
                ..Default::default()
            })
        };
    let links_chart = chart(
        ctx.t("civic-chart-links"),
        ctx.t("civic-active-links"),
        counts,
        "net-links",
        0,
    );
    let density_chart = chart(
        ctx.t("civic-chart-density"),
        ctx.t("civic-density-pct"),
        densities,
        "net-density",
        1,
    );
    let (w, h) = (640.0, 480.0);
    let name_of = |id: i64| {
        actors
            .iter()
            .find(|a| a.id == id)
            .map(|a| a.name.clone())
            .unwrap_or_default()
    };
    let actor_opts: Vec<(String, String)> = std::iter::once((String::new(), ctx.t("civic-choose")))
        .chain(actors.iter().map(|a| (a.id.to_string(), a.name.clone())))
        .collect();
    let body = html! {
        (quarter_nav(ctx, q))
        p class="lead" { (ctx.t("civic-network-intro")) }
        dl class="civic-stats" {
            div { dt { (ctx.t("civic-actors")) } dd { (n) } }
            div { dt { (ctx.t("civic-active-links")) } dd { (edges.len()) } }
            div { dt { (ctx.t("civic-density")) } dd { (fmt_num(ctx.lang, dens * 100.0, 1)) " %" } }
            div { dt { (ctx.t("civic-clusters")) } dd { (sizes.len()) } }
            div { dt { (ctx.t("civic-isolated")) } dd { (isolated.len()) } }
        }
        figure class="civic-network" {
            // Padding around the unit square so centred labels of nodes at the edge stay visible.
            svg xmlns="http://www.w3.org/2000/svg" viewBox={ "-70 -14 " (w + 140.0) " " (h + 20.0) } role="group"
                aria-labelledby="net-title" class="qm-network" {
                title id="net-title" { (ctx.t("civic-network-figure")) }
                g class="edges" aria-hidden="true" {
                    @for &(a, b) in &edges {
                        line x1=(format!("{:.1}", pos[a].0 * w)) y1=(format!("{:.1}", pos[a].1 * h))
                             x2=(format!("{:.1}", pos[b].0 * w)) y2=(format!("{:.1}", pos[b].1 * h))
                             stroke="#6b7280" stroke-width="1.5" {}
                    }
                }
                g class="nodes" {
                    @for (i, a) in actors.iter().enumerate() {
                        @let color = cluster_no(i).map(|c| CLUSTER_COLORS[c % CLUSTER_COLORS.len()]).unwrap_or("#ffffff");
                        @let r = 6.0 + (degree[i] as f64).sqrt() * 3.0;
                        @let label = ctx.ta("civic-node-label", &[("name", a.name.clone().into()), ("links", (degree[i] as i64).into())]);
                        a href={ "/actors/" (a.id) } aria-label=(label) class="node" {
                            circle cx=(format!("{:.1}", pos[i].0 * w)) cy=(format!("{:.1}", pos[i].1 * h)) r=(format!("{r:.1}"))
                                fill=(color) stroke="#111827" stroke-width={ @if brokers.contains(&i) { "3" } @else { "1" } } {}
                            text x=(format!("{:.1}", pos[i].0 * w)) y=(format!("{:.1}", pos[i].1 * h - r - 3.0))
                                text-anchor="middle" font-size="10" fill="#111827" aria-hidden="true" {
                                (a.name.chars().take(22).collect::<String>())
                            }
                        }
                    }
                }
            }
            figcaption { (ctx.t("civic-network-caption")) }
        }
        h2 { (ctx.t("civic-brokers")) }
        @if brokers.is_empty() { p { (ctx.t("civic-none")) } }
        ol { @for &i in brokers { li { a href={ "/actors/" (actors[i].id) } { (de(&actors[i].name)) } " (" (fmt_num(ctx.lang, bc[i], 1)) ")" } } }
        h2 { (ctx.t("civic-isolated")) }
        @if isolated.is_empty() { p { (ctx.t("civic-none")) } }
        ul { @for &i in isolated { li { a href={ "/actors/" (actors[i].id) } { (de(&actors[i].name)) } } } }
        div class="table-wrap" {
            table {
                caption { (ctx.t("civic-network-table")) }
                thead { tr {
                    th scope="col" { (ctx.t("civic-actor")) }
                    th scope="col" { (ctx.t("civic-cluster")) }
                    th scope="col" class="num" { (ctx.t("civic-degree")) }
                    th scope="col" class="num" { (ctx.t("civic-betweenness")) }
                } }
                tbody {
                    @for (i, a) in actors.iter().enumerate() {
                        tr {
                            th scope="row" { a href={ "/actors/" (a.id) } { (de(&a.name)) } }
                            td { @match cluster_no(i) { Some(c) => { (c + 1) }, None => { "–" } } }
                            td class="num" { (degree[i]) }
                            td class="num" { (fmt_num(ctx.lang, bc[i], 1)) }
                        }
                    }
                }
            }
        }
        h2 { (ctx.t("civic-growth")) }
        div class="charts" {
            figure { (maud::PreEscaped(links_chart)) }
            figure { (maud::PreEscaped(density_chart)) }
        }
        h2 { (ctx.t("civic-links")) }
        div class="table-wrap" {
            table {
                caption { (ctx.t("civic-links-caption")) }
                thead { tr {
                    th scope="col" { (ctx.t("civic-link-actors")) }
                    th scope="col" { (ctx.t("civic-link-kind")) }
                    th scope="col" { (ctx.t("civic-link-measure")) }
                    th scope="col" class="num" { (ctx.t("civic-since")) }
                    th scope="col" { (ctx.t("civic-status")) }
                } }
                tbody {
                    @for l in &links {
                        tr {
                            th scope="row" { (de(&name_of(l.actor_a))) " – " (de(&name_of(l.actor_b))) }
                            td { (de(&l.kind)) }
                            td { (de(&l.measure)) }
                            td class="num" { (l.since_year) }
                            td {
                                @match l.until_year {
                                    Some(y) => { (ctx.ta("civic-ended", &[("year", y.into())])) }
                                    None => {
                                        form method="post" action={ "/links/" (l.id) "/end" } class="inline" {
                                            (forms::csrf(ctx))
                                            button type="submit" class="link" { (ctx.t("civic-end-link")) span class="visually-hidden" { ": " (name_of(l.actor_a)) " – " (name_of(l.actor_b)) } }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        h2 id="new-link" { (ctx.t("civic-link-new")) }
        (forms::error_summary(ctx, errors))
        form method="post" action={ "/quarters/" (q.slug) "/links" } class="form" novalidate {
            (forms::csrf(ctx))
            (select("actor_a", ctx.t("civic-link-a"), &actor_opts, &f.actor_a, None, errors))
            (select("actor_b", ctx.t("civic-link-b"), &actor_opts, &f.actor_b, None, errors))
            (field(Field { name: "kind", label: ctx.t("civic-link-kind"), kind: "text", value: &f.kind, autocomplete: "off", required: true, hint: None }, errors))
            (field(Field { name: "measure", label: ctx.t("civic-link-measure"), kind: "text", value: &f.measure, autocomplete: "off", required: false, hint: None }, errors))
            (field(Field { name: "since", label: ctx.t("civic-since"), kind: "text", value: &f.since, autocomplete: "off", required: true, hint: None }, errors))
            button type="submit" { (ctx.t("civic-link-save")) }
        }
    };
    Ok(layout::page(
        ctx,
        &ctx.ta("civic-network-title", &[("quarter", q.name.clone().into())]),
        body,
    ))
}

#[derive(Default, serde::Deserialize)]
struct LinkInput {
    #[serde(default)]
    actor_a: String,
    #[serde(default)]
    actor_b: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    measure: String,
    #[serde(default)]
    since: String,
}

/// `POST /quarters/{slug}/links`
pub async fn link_create(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    body: Bytes,
) -> AppResult<Response> {
    let q = quarter(&state, &ctx, &slug).await?;
    if !manages(&ctx, q.id) {
        return Err(AppError::Forbidden);
    }
    let f: LinkInput =
        serde_urlencoded::from_bytes(&body).map_err(|e| AppError::BadRequest(e.to_string()))?;
    let actors = state.db.actors_in_quarter(q.id).await?;
    let find = |s: &str| {
        s.parse::<i64>()
            .ok()
            .filter(|id| actors.iter().any(|a| a.id == *id))
    };
    let mut e = FieldErrors::default();
    let a = find(&f.actor_a);
    let b = find(&f.actor_b);
    if a.is_none() {
        e.add("actor_a", ctx.t("civic-error-actor"));
    }
    if b.is_none() {
        e.add("actor_b", ctx.t("civic-error-actor"));
    } else if a == b {
        e.add("actor_b", ctx.t("civic-error-same-actor"));
    }
    if f.kind.trim().is_empty() {
        e.add("kind", ctx.t("civic-error-link-kind"));
    }
    let this_year = time::OffsetDateTime::now_utc().year() as i64;
    let since = f
        .since
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|y| (1900..=this_year).contains(y));
    if since.is_none() {
        e.add("since", ctx.t("civic-error-year"));
    }
    let (Some(a), Some(b), Some(since), true) = (a, b, since, e.is_empty()) else {
        return Ok(unprocessable(page(&state, &ctx, &q, &f, &e).await?));
    };
    let id = state
        .db
        .insert_link(q.id, a, b, f.kind.trim(), f.measure.trim(), since)
        .await?;
    audit(&state, &ctx, "link.create", &format!("link:{id}")).await?;
    Ok(see_other(&format!("/quarters/{}/network", q.slug)))
}

/// `POST /links/{id}/end`
pub async fn link_end(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let l = state.db.link(id).await?.ok_or(AppError::NotFound)?;
    if !manages(&ctx, l.quarter_id) {
        return Err(AppError::Forbidden);
    }
    let year = time::OffsetDateTime::now_utc().year() as i64;
    state.db.end_link(id, year).await?;
    audit(&state, &ctx, "link.end", &format!("link:{id}")).await?;
    let city = ctx.require_city()?;
    let slug = state
        .db
        .quarters(city.id)
        .await?
        .into_iter()
        .find(|q| q.id == l.quarter_id)
        .map(|q| q.slug)
        .unwrap_or_default();
    Ok(see_other(&format!("/quarters/{slug}/network")))
}
