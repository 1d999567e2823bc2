//! The cooperation network of a quarter: links between actors, an SVG network
//! with a deterministic layout computed here, a table as the alternative view,
//! clusters (connected components), brokers (betweenness), isolated actors, and
//! the number of active links and the density per year.

use std::collections::VecDeque;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::Response;
use maud::{Markup, html};
use quartier_db::civic::Link;

use crate::civic::actors::{
    audit, manages, quarter, quarter_nav, see_other, select, unprocessable,
};
use crate::error::{AppError, AppResult};
use crate::ui::fmt::{de, fmt_num};
use crate::ui::forms::{self, Field, FieldErrors, field};
use crate::{AppState, Ctx, ui::layout};

/// Connected components: a component number per node (numbered by first node).
pub fn components(n: usize, edges: &[(usize, usize)]) -> Vec<usize> {
    let adj = adjacency(n, edges);
    let mut comp = vec![usize::MAX; n];
    let mut next = 0;
    for s in 0..n {
        if comp[s] != usize::MAX {
            continue;
        }
        comp[s] = next;
        let mut queue = VecDeque::from([s]);
        while let Some(v) = queue.pop_front() {
            for &w in &adj[v] {
                if comp[w] == usize::MAX {
                    comp[w] = next;
                    queue.push_back(w);
                }
            }
        }
        next += 1;
    }
    comp
}

fn adjacency(n: usize, edges: &[(usize, usize)]) -> Vec<Vec<usize>> {
    let mut adj = vec![Vec::new(); n];
    for &(a, b) in edges {
        if a < n && b < n && a != b && !adj[a].contains(&b) {
            adj[a].push(b);
            adj[b].push(a);
        }
    }
    adj
}

/// Betweenness centrality of an undirected, unweighted graph (Brandes), not normalised:
/// the number of shortest paths between other pairs that pass through the node.
pub fn betweenness(n: usize, edges: &[(usize, usize)]) -> Vec<f64> {
    let adj = adjacency(n, edges);
    let mut cb = vec![0.0; n];
    for s in 0..n {
        let mut stack = Vec::new();
        let mut pred: Vec<Vec<usize>> = vec![Vec::new(); n];
        let mut sigma = vec![0.0f64; n];
        let mut dist = vec![-1i64; n];
        sigma[s] = 1.0;
        dist[s] = 0;
        let mut queue = VecDeque::from([s]);
        while let Some(v) = queue.pop_front() {
            stack.push(v);
            for &w in &adj[v] {
                if dist[w] < 0 {
                    dist[w] = dist[v] + 1;
                    queue.push_back(w);
                }
                if dist[w] == dist[v] + 1 {
                    sigma[w] += sigma[v];
                    pred[w].push(v);
                }
            }
        }
        let mut delta = vec![0.0; n];
        while let Some(w) = stack.pop() {
            for &v in &pred[w] {
                delta[v] += sigma[v] / sigma[w] * (1.0 + delta[w]);
            }
            if w != s {
                cb[w] += delta[w];
            }
        }
    }
    // Each undirected pair was counted from both ends.
    cb.iter().map(|x| x / 2.0).collect()
}

/// Density: share of possible links that exist.
pub fn density(n: usize, links: usize) -> f64 {
    if n < 2 {
        0.0
    } else {
        2.0 * links as f64 / (n as f64 * (n as f64 - 1.0))
    }
}

/// Links active in `year`: begun in or before it and not ended by then.
pub fn active_in(links: &[Link], year: i64) -> usize {
    links
        .iter()
        .filter(|l| l.since_year <= year && l.until_year.is_none_or(|u| u > year))
        .count()
}

/// A deterministic force-directed layout (Fruchterman–Reingold from a circle, fixed
/// number of steps) in the unit square with a margin.
pub fn layout_positions(n: usize, edges: &[(usize, usize)]) -> Vec<(f64, f64)> {
    if n == 0 {
        return Vec::new();
    }
    let adj = adjacency(n, edges);
    let mut pos: Vec<(f64, f64)> = (0..n)
        .map(|i| {
            let a = i as f64 / n as f64 * std::f64::consts::TAU;
            (0.5 + 0.4 * a.cos(), 0.5 + 0.4 * a.sin())
        })
        .collect();
    let k = (1.0 / n as f64).sqrt() * 0.8;
    let mut temp = 0.1;
    for _ in 0..300 {
        let mut disp = vec![(0.0, 0.0); n];
        for i in 0..n {
            for j in 0..n {
                if i == j {
                    continue;
                }
                let dx = pos[i].0 - pos[j].0;
                let dy = pos[i].1 - pos[j].1;
                let d = (dx * dx + dy * dy).sqrt().max(1e-4);
                let f = k * k / d;
                disp[i].0 += dx / d * f;
                disp[i].1 += dy / d * f;
            }
            for &j in &adj[i] {
                let dx = pos[i].0 - pos[j].0;
                let dy = pos[i].1 - pos[j].1;
                let d = (dx * dx + dy * dy).sqrt().max(1e-4);
                let f = d * d / k;
                disp[i].0 -= dx / d * f;
                disp[i].1 -= dy / d * f;
            }
            // Gentle pull to the centre keeps isolated nodes on the canvas.
            disp[i].0 += (0.5 - pos[i].0) * 0.05;
            disp[i].1 += (0.5 - pos[i].1) * 0.05;
        }
        for i in 0..n {
            let (dx, dy) = disp[i];
            let d = (dx * dx + dy * dy).sqrt().max(1e-9);
            let step = d.min(temp);
            pos[i].0 = (pos[i].0 + dx / d * step).clamp(0.0, 1.0);
            pos[i].1 = (pos[i].1 + dy / d * step).clamp(0.0, 1.0);
        }
        temp *= 0.985;
    }
    // Fit into [0.15, 0.85] × [0.08, 0.92]: room for the labels at the sides.
    let (minx, maxx) = pos
        .iter()
        .fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.0), b.max(p.0)));
    let (miny, maxy) = pos
        .iter()
        .fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.1), b.max(p.1)));
    let sx = (maxx - minx).max(1e-9);
    let sy = (maxy - miny).max(1e-9);
    pos.iter()
        .map(|p| {
            (
                0.15 + 0.7 * (p.0 - minx) / sx,
                0.08 + 0.84 * (p.1 - miny) / sy,
            )
        })
        .collect()
}

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
    let comp = components(n, &edges);
    let bc = betweenness(n, &edges);
    let pos = layout_positions(n, &edges);
    let mut degree = vec![0usize; n];
    for &(a, b) in &edges {
        degree[a] += 1;
        degree[b] += 1;
    }
    // Clusters: components with at least two actors, numbered by size.
    let mut sizes: Vec<(usize, usize)> = Vec::new();
    for &c in &comp {
        match sizes.iter_mut().find(|(k, _)| *k == c) {
            Some(e) => e.1 += 1,
            None => sizes.push((c, 1)),
        }
    }
    sizes.retain(|(_, s)| *s > 1);
    sizes.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let cluster_no = |i: usize| sizes.iter().position(|(c, _)| *c == comp[i]);
    let mut brokers: Vec<usize> = (0..n).filter(|&i| bc[i] > 0.0).collect();
    brokers.sort_by(|&a, &b| bc[b].total_cmp(&bc[a]).then(a.cmp(&b)));
    brokers.truncate(3);
    let isolated: Vec<usize> = (0..n).filter(|&i| degree[i] == 0).collect();
    let dens = density(n, edges.len());
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
        ol { @for &i in &brokers { li { a href={ "/actors/" (actors[i].id) } { (de(&actors[i].name)) } " (" (fmt_num(ctx.lang, bc[i], 1)) ")" } } }
        h2 { (ctx.t("civic-isolated")) }
        @if isolated.is_empty() { p { (ctx.t("civic-none")) } }
        ul { @for &i in &isolated { li { a href={ "/actors/" (actors[i].id) } { (de(&actors[i].name)) } } } }
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
            (select("actor_a", ctx.t("civic-link-a"), &actor_opts, &f.actor_a, errors))
            (select("actor_b", ctx.t("civic-link-b"), &actor_opts, &f.actor_b, errors))
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

#[cfg(test)]
mod tests {
    use super::*;

    // A path 0–1–2 plus a triangle 3–4–5 joined to 2 through 3, and node 6 alone:
    //   0 - 1 - 2 - 3 - 4
    //               \   /
    //                 5
    const EDGES: &[(usize, usize)] = &[(0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 3)];

    #[test]
    fn components_and_isolated() {
        let c = components(7, EDGES);
        assert_eq!(c[0], c[5]);
        assert_ne!(c[0], c[6]);
        assert_eq!(c.iter().max(), Some(&1));
    }

    #[test]
    fn betweenness_by_hand() {
        let b = betweenness(7, EDGES);
        // Node 1 lies on the shortest paths from 0 to 2, 3, 4, 5: 4 pairs.
        assert!((b[1] - 4.0).abs() < 1e-9, "{b:?}");
        // Node 2: pairs {0,1} × {3,4,5} = 6.
        assert!((b[2] - 6.0).abs() < 1e-9, "{b:?}");
        // Node 3: {0,1,2} × {4,5} = 6.
        assert!((b[3] - 6.0).abs() < 1e-9, "{b:?}");
        // 4 and 5 are connected directly: no pair needs them.
        assert_eq!(b[4], 0.0);
        assert_eq!(b[0], 0.0);
        assert_eq!(b[6], 0.0);
    }

    #[test]
    fn density_by_hand() {
        assert!((density(7, 6) - 6.0 / 21.0).abs() < 1e-12);
        assert_eq!(density(1, 0), 0.0);
        assert!((density(4, 6) - 1.0).abs() < 1e-12);
    }

    #[test]
    fn layout_is_deterministic_and_inside() {
        let a = layout_positions(7, EDGES);
        let b = layout_positions(7, EDGES);
        assert_eq!(a, b);
        assert!(
            a.iter()
                .all(|p| (0.0..=1.0).contains(&p.0) && (0.0..=1.0).contains(&p.1))
        );
    }

    #[test]
    fn active_links_per_year() {
        let l = |since, until| Link {
            id: 0,
            quarter_id: 1,
            actor_a: 1,
            actor_b: 2,
            kind: String::new(),
            measure: String::new(),
            since_year: since,
            until_year: until,
            created_at: 0,
        };
        let links = vec![l(2019, None), l(2020, Some(2022)), l(2023, None)];
        assert_eq!(active_in(&links, 2018), 0);
        assert_eq!(active_in(&links, 2021), 2);
        assert_eq!(active_in(&links, 2022), 1);
        assert_eq!(active_in(&links, 2023), 2);
    }
}
