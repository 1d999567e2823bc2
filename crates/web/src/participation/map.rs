//! The server-rendered quarter map: the boundary with the located ideas, drawn at a fixed
//! size so that an image button returns pixels that [`MapFrame`] turns into coordinates.

use axum::extract::{Path, Query, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use geo_types::MultiPolygon;
use quartier_rules::participation::place::MapFrame;
use serde::Deserialize;

use super::{load, shapes};
use crate::error::AppResult;
use crate::{AppState, Ctx};

/// Width of the map image in CSS pixels; fixed (never scaled) so that clicks map back.
pub const MAP_WIDTH: f64 = 320.0;
/// Margin around the quarter in pixels.
pub const MAP_MARGIN: f64 = 12.0;

/// The frame of a dialogue's map.
pub fn frame(shapes: &[MultiPolygon<f64>]) -> Option<MapFrame> {
    MapFrame::fit(shapes, MAP_WIDTH, MAP_MARGIN)
}

fn path_d(f: &MapFrame, m: &MultiPolygon<f64>) -> String {
    let mut d = String::new();
    for p in &m.0 {
        for (i, c) in p.exterior().0.iter().enumerate() {
            let (x, y) = f.to_pixel(c.y, c.x);
            d.push_str(&format!("{}{x:.1},{y:.1}", if i == 0 { "M" } else { "L" }));
        }
        d.push('Z');
    }
    d
}

/// The map as SVG text: the quarter, the located ideas as dots and the chosen point as a
/// ring.
pub fn svg(
    f: &MapFrame,
    shapes: &[MultiPolygon<f64>],
    dots: &[(f64, f64)],
    chosen: Option<(f64, f64)>,
) -> String {
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\">\
         <rect width=\"{w}\" height=\"{h}\" fill=\"#eef2f7\"/>",
        w = f.width,
        h = f.height
    );
    for m in shapes {
        s.push_str(&format!(
            "<path d=\"{}\" fill=\"#ffffff\" stroke=\"#1f5fa8\" stroke-width=\"1.5\"/>",
            path_d(f, m)
        ));
    }
    for (lat, lon) in dots {
        let (x, y) = f.to_pixel(*lat, *lon);
        s.push_str(&format!(
            "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"3.5\" fill=\"#b4530a\" stroke=\"#111827\" stroke-width=\"0.6\"/>"
        ));
    }
    if let Some((lat, lon)) = chosen {
        let (x, y) = f.to_pixel(lat, lon);
        s.push_str(&format!(
            "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"9\" fill=\"none\" stroke=\"#111827\" stroke-width=\"3\"/>\
             <circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"3\" fill=\"#111827\"/>"
        ));
    }
    s.push_str("</svg>");
    s
}

/// Query of the map image.
#[derive(Debug, Deserialize, Default)]
pub struct MapQuery {
    /// Chosen latitude.
    pub lat: Option<f64>,
    /// Chosen longitude.
    pub lon: Option<f64>,
}

/// `GET /dialogues/{id}/map.svg`
pub async fn map_svg(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(q): Query<MapQuery>,
) -> AppResult<Response> {
    let l = load(&state, &ctx, id).await?;
    let shapes = shapes(&state, &l.d).await?;
    let Some(f) = frame(&shapes) else {
        return Err(crate::error::AppError::NotFound);
    };
    let dots: Vec<(f64, f64)> = state
        .db
        .all_ideas(l.d.id)
        .await?
        .iter()
        .filter(|i| !i.is_hidden())
        .filter_map(|i| i.point())
        .collect();
    let chosen = q
        .lat
        .zip(q.lon)
        .filter(|(a, b)| a.is_finite() && b.is_finite());
    Ok((
        [(CONTENT_TYPE, "image/svg+xml"), (CACHE_CONTROL, "no-cache")],
        svg(&f, &shapes, &dots, chosen),
    )
        .into_response())
}
