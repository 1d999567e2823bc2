//! Musterstadt, the fictional demo city.
//!
//! A pure, deterministic generator (ChaCha8 with a fixed seed, no I/O) of a
//! complete demo data set: statistical areas with polygon boundaries that tile
//! the city exactly, five years of social indicators with spatial structure,
//! funding areas, two quarters, local actors with offers and needs, an action
//! plan, a neighbourhood dialogue, a fund round, a Lernwerkstatt session and one
//! demo account per role.
//!
//! Entry points: [`musterstadt`] (the fixed demo) and [`generate`] (any seed
//! and number of areas, for tests and benchmarks). [`areas_geojson`] and
//! [`indicators_csv`] serialise the spatial data for importers.

// One file per module of the product (the same names as in web, db and rules),
// plus the shared geometry and the data model.
mod civic;
mod fund;
mod geometry;
pub mod impact;
mod lernwerkstatt;
mod model;
mod monitoring;
mod participation;
mod participation_more;
mod plan;
mod platform;

pub use model::*;

use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use serde_json::{Map, Value, json};

/// Notice that all data is fictional, in German and English.
pub const FICTIONAL_NOTICE: &str = "Musterstadt ist eine fiktive Stadt. Alle Gebiete, Zahlen, \
Personen, Organisationen und Beiträge sind frei erfunden. / Musterstadt is a fictional city. All \
areas, figures, people, organisations and contributions are made up.";

/// Password of all demo accounts.
pub const DEMO_PASSWORD: &str = "quartier-demo";

/// Name of the demo city.
pub const CITY_NAME: &str = "Musterstadt";

/// Seed of the fixed demo city.
pub const MUSTERSTADT_SEED: u64 = 20_240_501;

/// Number of areas of the fixed demo city.
pub const MUSTERSTADT_AREAS: usize = 40;

/// Source text of all indicator values.
pub const INDICATOR_SOURCE: &str = monitoring::SOURCE;

/// The fixed demo city Musterstadt (40 areas, fixed seed).
pub fn musterstadt() -> DemoCity {
    generate(MUSTERSTADT_SEED, MUSTERSTADT_AREAS)
}

/// Generates a demo city with `n_areas` areas (at least one) from `seed`.
///
/// The result is a pure function of the arguments.
pub fn generate(seed: u64, n_areas: usize) -> DemoCity {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let spatial = monitoring::build_spatial(&mut rng, n_areas);
    let values = monitoring::indicator_values(&mut rng, &spatial.areas, &spatial.facts);
    let programme = monitoring::programme_areas(&spatial);

    let pilot_rings: Vec<&[geo_types::Coord<f64>]> = programme
        .pilot
        .iter()
        .map(|&i| spatial.rings[i].as_slice())
        .collect();
    let transfer_rings: Vec<&[geo_types::Coord<f64>]> = programme
        .transfer
        .iter()
        .map(|&i| spatial.rings[i].as_slice())
        .collect();
    let pilot_id = programme
        .quarters
        .first()
        .map(|q| q.id.clone())
        .unwrap_or_default();
    let transfer_id = programme
        .quarters
        .get(1)
        .map(|q| q.id.clone())
        .unwrap_or_default();

    let actors = civic::actors(
        &mut rng,
        [&pilot_id, &transfer_id],
        [&pilot_rings, &transfer_rings],
    );
    let dialogue = participation::dialogue(&mut rng, &pilot_id, &pilot_rings);
    let fund_round = fund::fund_round(&mut rng, &pilot_id, &pilot_rings);

    DemoCity {
        name: CITY_NAME.to_string(),
        fictional_notice: FICTIONAL_NOTICE.to_string(),
        seed,
        years: (monitoring::FIRST_YEAR..=monitoring::LAST_YEAR).collect(),
        outline: spatial.outline,
        districts: spatial.districts,
        areas: spatial.areas,
        indicators: monitoring::catalogue(),
        values,
        funding_areas: programme.funding,
        quarters: programme.quarters,
        actors,
        offers: civic::offers(),
        needs: civic::needs(),
        cooperations: civic::cooperations(),
        action_plan: plan::action_plan(&pilot_id),
        dialogue,
        fund_round,
        learning_workshop: lernwerkstatt::learning_workshop(&pilot_id),
        accounts: platform::accounts(DEMO_PASSWORD),
    }
}

/// Indices of the areas sharing at least one full edge (two identical vertices)
/// with each area, in the order of `city.areas`.
pub fn shared_edge_neighbours(city: &DemoCity) -> Vec<Vec<usize>> {
    let rings: Vec<Vec<geo_types::Coord<f64>>> = city
        .areas
        .iter()
        .map(|a| {
            a.geometry
                .0
                .iter()
                .flat_map(|p| p.exterior().0.iter().copied())
                .collect()
        })
        .collect();
    monitoring::shared_edge_neighbours_of(&rings)
}

/// The GeoJSON geometry object of a multipolygon.
pub fn multipolygon_json(mp: &geo_types::MultiPolygon<f64>) -> Value {
    let polys: Vec<Value> =
        mp.0.iter()
            .map(|p| {
                let mut rings = vec![p.exterior()];
                rings.extend(p.interiors());
                Value::Array(
                    rings
                        .iter()
                        .map(|r| Value::Array(r.0.iter().map(|c| json!([c.x, c.y])).collect()))
                        .collect(),
                )
            })
            .collect();
    json!({ "type": "MultiPolygon", "coordinates": polys })
}

/// The areas as a GeoJSON FeatureCollection (WGS84). Each feature carries
/// `id`, `name`, `district_id`, `district`, `kind`, `area_km2` and, for the
/// last year, every indicator value under its key.
pub fn areas_geojson(city: &DemoCity) -> String {
    let last = city.years.last().copied().unwrap_or(monitoring::LAST_YEAR);
    let features: Vec<Value> = city
        .areas
        .iter()
        .map(|a| {
            let mut props = Map::new();
            props.insert("id".into(), json!(a.id));
            props.insert("name".into(), json!(a.name));
            props.insert("district_id".into(), json!(a.district_id));
            let district = city
                .districts
                .iter()
                .find(|d| d.id == a.district_id)
                .map(|d| d.name.clone())
                .unwrap_or_default();
            props.insert("district".into(), json!(district));
            props.insert("kind".into(), json!(a.kind));
            props.insert("area_km2".into(), json!(a.area_km2));
            for v in city
                .values
                .iter()
                .filter(|v| v.area_id == a.id && v.year == last)
            {
                props.insert(v.indicator.clone(), json!(v.value));
            }
            json!({
                "type": "Feature",
                "id": a.id,
                "properties": Value::Object(props),
                "geometry": multipolygon_json(&a.geometry),
            })
        })
        .collect();
    let fc = json!({
        "type": "FeatureCollection",
        "name": format!("{} – Ortsteile (fiktiv)", city.name),
        "notice": city.fictional_notice,
        "features": features,
    });
    fc.to_string()
}

/// Funding areas and quarters as a GeoJSON FeatureCollection.
pub fn programme_areas_geojson(city: &DemoCity) -> String {
    let mut features: Vec<Value> = city
        .funding_areas
        .iter()
        .map(|f| {
            json!({
                "type": "Feature",
                "id": f.id,
                "properties": {"id": f.id, "name": f.name, "type": "funding_area",
                               "programme": f.programme, "since_year": f.since_year,
                               "area_ids": f.area_ids},
                "geometry": multipolygon_json(&f.geometry),
            })
        })
        .collect();
    features.extend(city.quarters.iter().map(|q| {
        json!({
            "type": "Feature",
            "id": q.id,
            "properties": {"id": q.id, "name": q.name, "type": "quarter", "role": q.role,
                           "area_ids": q.area_ids},
            "geometry": multipolygon_json(&q.geometry),
        })
    }));
    json!({ "type": "FeatureCollection", "notice": city.fictional_notice, "features": features })
        .to_string()
}

/// Formats a number with German conventions (decimal comma, no thousands separator).
fn de_number(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.1}").replace('.', ",")
    }
}

/// The indicator values as a wide CSV table with German conventions
/// (`;` separator, decimal comma, UTF-8): one row per area and year with the
/// columns `Gebiet;Name;Jahr` followed by every indicator key of the catalogue.
pub fn indicators_csv(city: &DemoCity) -> String {
    use std::collections::HashMap;
    let keys: Vec<&str> = city.indicators.iter().map(|d| d.key.as_str()).collect();
    let mut lookup: HashMap<(&str, i32, &str), f64> = HashMap::new();
    for v in &city.values {
        lookup.insert((v.area_id.as_str(), v.year, v.indicator.as_str()), v.value);
    }
    let mut out = String::from("Gebiet;Name;Jahr");
    for k in &keys {
        out.push(';');
        out.push_str(k);
    }
    out.push('\n');
    for a in &city.areas {
        for &y in &city.years {
            out.push_str(&format!("{};{};{}", a.id, a.name, y));
            for k in &keys {
                out.push(';');
                if let Some(v) = lookup.get(&(a.id.as_str(), y, *k)) {
                    out.push_str(&de_number(*v));
                }
            }
            out.push('\n');
        }
    }
    out
}

/// Value of one indicator for one area and year.
pub fn indicator_value(city: &DemoCity, area_id: &str, indicator: &str, year: i32) -> Option<f64> {
    city.values
        .iter()
        .find(|v| v.area_id == area_id && v.indicator == indicator && v.year == year)
        .map(|v| v.value)
}
