//! Areas, districts, indicators, funding areas and quarters of the demo city.

use std::collections::{BTreeSet, HashMap};

use geo_types::{Coord, MultiPolygon};
use rand::Rng;
use rand_chacha::ChaCha8Rng;

use crate::geometry::{self, Cell};
use crate::model::{
    Area, AreaKind, District, FundingArea, IndicatorDef, IndicatorValue, Polarity, Quarter,
    QuarterRole,
};

/// Source text of all indicator values.
pub const SOURCE: &str = "Fiktive Daten – Musterstadt (Demo)";

/// First and last year of the indicator series.
pub const FIRST_YEAR: i32 = 2020;
/// Last year of the indicator series.
pub const LAST_YEAR: i32 = 2024;

/// Internal per-area facts used by the indicator and content generators.
pub(crate) struct AreaFacts {
    /// Latent deprivation score in the first year.
    pub deprivation: f64,
    /// Yearly change of the deprivation score.
    pub trend: f64,
    /// Weight of the eastern inner-city belt (0..1).
    pub east_belt: f64,
}

/// Result of the spatial part of the generation.
pub(crate) struct Spatial {
    pub outline: MultiPolygon<f64>,
    pub districts: Vec<District>,
    pub areas: Vec<Area>,
    pub rings: Vec<Vec<Coord<f64>>>,
    pub facts: Vec<AreaFacts>,
    pub neighbours: Vec<Vec<usize>>,
}

const DISTRICTS: [&str; 6] = [
    "Stadtbezirk Mitte",
    "Stadtbezirk Nord",
    "Stadtbezirk Ost",
    "Stadtbezirk Südost",
    "Stadtbezirk Südwest",
    "Stadtbezirk West",
];

/// Inner-ring names per 45° sector (0 = east, counter-clockwise).
const INNER: [&[(&str, AreaKind)]; 8] = [
    &[
        ("Ostvorstadt", AreaKind::InnerCity),
        ("Färberviertel", AreaKind::InnerCity),
    ],
    &[
        ("Am Mühlgraben", AreaKind::InnerCity),
        ("Gerberviertel", AreaKind::InnerCity),
    ],
    &[
        ("Nordvorstadt", AreaKind::InnerCity),
        ("Brunnenviertel", AreaKind::InnerCity),
    ],
    &[
        ("Schlossviertel", AreaKind::InnerCity),
        ("Am Stadtpark", AreaKind::InnerCity),
    ],
    &[
        ("Westvorstadt", AreaKind::InnerCity),
        ("Lindenhof", AreaKind::InnerCity),
    ],
    &[
        ("Musikerviertel", AreaKind::InnerCity),
        ("Am Wall", AreaKind::InnerCity),
    ],
    &[
        ("Südvorstadt", AreaKind::InnerCity),
        ("Kirchberg", AreaKind::InnerCity),
    ],
    &[
        ("Bahnhofsviertel", AreaKind::Mixed),
        ("Ziegeleiviertel", AreaKind::InnerCity),
    ],
];

/// Outer-ring names per 45° sector (0 = east, counter-clockwise).
const OUTER: [&[(&str, AreaKind)]; 8] = [
    &[
        ("Gewerbegebiet Ost", AreaKind::Industrial),
        ("Ostfeld", AreaKind::Mixed),
        ("Am Schöpfwerk", AreaKind::Village),
    ],
    &[
        ("Nordostsiedlung", AreaKind::Mixed),
        ("Heideblick", AreaKind::Suburban),
        ("Am Wasserturm", AreaKind::Village),
    ],
    &[
        ("Nordheide", AreaKind::Suburban),
        ("Kirschberg", AreaKind::Village),
        ("Oberdorf", AreaKind::Village),
    ],
    &[
        ("Am Weinberg", AreaKind::Suburban),
        ("Lerchenfeld", AreaKind::Village),
        ("Finkenhain", AreaKind::Suburban),
    ],
    &[
        ("Lerchenberg", AreaKind::LargeEstate),
        ("Lerchenberg-Süd", AreaKind::LargeEstate),
        ("Westfeld", AreaKind::Village),
    ],
    &[
        ("Stadtwald", AreaKind::Forest),
        ("Birkenhain", AreaKind::Suburban),
        ("Sonnenhang", AreaKind::Suburban),
    ],
    &[
        ("Gartenstadt Süd", AreaKind::Suburban),
        ("Auenwiesen", AreaKind::Village),
        ("Am Kanal", AreaKind::Mixed),
    ],
    &[
        ("Neue Siedlung", AreaKind::Mixed),
        ("Unterdorf", AreaKind::Village),
        ("Am Hafenbecken", AreaKind::Industrial),
    ],
];

/// Extra names used when a sector pool is exhausted.
const SPARE: &[&str] = &[
    "Am Anger",
    "Sonnenhof",
    "Eichwinkel",
    "Rosenhöhe",
    "Am Teich",
    "Wiesengrund",
    "Am Steinbruch",
    "Holunderweg",
];

fn angle_deg(p: [f64; 2]) -> f64 {
    let a = (p[1] / geometry::RADIUS_Y_KM)
        .atan2(p[0] / geometry::RADIUS_X_KM)
        .to_degrees();
    if a < 0.0 { a + 360.0 } else { a }
}

fn sector8(p: [f64; 2]) -> usize {
    (((angle_deg(p) + 22.5) / 45.0).floor() as usize) % 8
}

/// Outer district index (1..=5) from the angle; sectors of 72° centred on 18° (east).
fn outer_district(p: [f64; 2]) -> usize {
    let a = (angle_deg(p) + 360.0 - 18.0 + 36.0) % 360.0;
    // 0: Ost (18°), 1: Nord (90°), 2: West (162°), 3: Südwest (234°), 4: Südost (306°)
    match (a / 72.0).floor() as usize {
        0 => 2,
        1 => 1,
        2 => 5,
        3 => 4,
        _ => 3,
    }
}

fn gauss(d2: f64, sigma: f64) -> f64 {
    (-d2 / (2.0 * sigma * sigma)).exp()
}

/// Standard-normal random number (Box–Muller).
pub(crate) fn normal(rng: &mut ChaCha8Rng) -> f64 {
    let u1: f64 = rng.gen_range(f64::EPSILON..1.0);
    let u2: f64 = rng.r#gen();
    (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()
}

/// Builds the spatial structure: tessellation, names, kinds, districts.
pub(crate) fn build_spatial(rng: &mut ChaCha8Rng, n_areas: usize) -> Spatial {
    let n = n_areas.max(1);
    let outline_local = geometry::city_outline();
    let seeds = geometry::seed_points(rng, &outline_local, n);
    let cells: Vec<Cell> = geometry::voronoi(&seeds, &outline_local);

    let locals: Vec<[f64; 2]> = cells
        .iter()
        .map(|c| {
            let pts: Vec<[f64; 2]> = c
                .ring
                .iter()
                .take(c.ring.len().saturating_sub(1))
                .map(|&q| geometry::to_local(q))
                .collect();
            geometry::ring_centroid(&pts)
        })
        .collect();

    // Rings by rank of normalised radius.
    let mut by_radius: Vec<usize> = (0..n).collect();
    by_radius.sort_by(|&a, &b| {
        geometry::normalised_radius(locals[a])
            .total_cmp(&geometry::normalised_radius(locals[b]))
            .then(a.cmp(&b))
    });
    let mut ring_of = vec![2usize; n];
    let inner_count = ((n as f64) * 0.36).round() as usize;
    let mitte_count = n.div_ceil(6).max(1);
    let mut district_of = vec![0usize; n];
    for (rank, &i) in by_radius.iter().enumerate() {
        ring_of[i] = if rank == 0 {
            0
        } else if rank < inner_count {
            1
        } else {
            2
        };
        district_of[i] = if rank < mitte_count {
            0
        } else {
            outer_district(locals[i])
        };
    }

    // Names and kinds, assigned in angular order within each ring.
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| {
        ring_of[a]
            .cmp(&ring_of[b])
            .then(angle_deg(locals[a]).total_cmp(&angle_deg(locals[b])))
            .then(a.cmp(&b))
    });
    let mut used_inner = [0usize; 8];
    let mut used_outer = [0usize; 8];
    let mut spare = 0usize;
    let mut names: Vec<Option<String>> = vec![None; n];
    let mut kinds = vec![AreaKind::Mixed; n];
    for &i in &order {
        let s = sector8(locals[i]);
        let pick = match ring_of[i] {
            0 => Some(("Altstadt", AreaKind::CityCentre)),
            1 => {
                let p = INNER[s].get(used_inner[s]).copied();
                used_inner[s] += 1;
                p
            }
            _ => {
                let p = OUTER[s].get(used_outer[s]).copied();
                used_outer[s] += 1;
                p
            }
        };
        match pick {
            Some((name, kind)) => {
                names[i] = Some(name.to_string());
                kinds[i] = kind;
            }
            None => {
                kinds[i] = if ring_of[i] == 1 {
                    AreaKind::InnerCity
                } else if rng.gen_bool(0.5) {
                    AreaKind::Suburban
                } else {
                    AreaKind::Village
                };
                if let Some(name) = SPARE.get(spare) {
                    names[i] = Some((*name).to_string());
                }
                spare += 1;
            }
        }
    }

    // Ids: sorted by district, ring, angle.
    let mut id_order: Vec<usize> = (0..n).collect();
    id_order.sort_by(|&a, &b| {
        district_of[a]
            .cmp(&district_of[b])
            .then(ring_of[a].cmp(&ring_of[b]))
            .then(angle_deg(locals[a]).total_cmp(&angle_deg(locals[b])))
            .then(a.cmp(&b))
    });
    let width = n.to_string().len().max(2);

    let mut areas = Vec::with_capacity(n);
    let mut rings = Vec::with_capacity(n);
    let mut new_locals = Vec::with_capacity(n);
    let mut new_kinds = Vec::with_capacity(n);
    for (pos, &i) in id_order.iter().enumerate() {
        let id = format!("{:0width$}", pos + 1, width = width);
        let name = names[i].clone().unwrap_or_else(|| format!("Ortsteil {id}"));
        let ring = cells[i].ring.clone();
        let local_pts: Vec<[f64; 2]> = ring
            .iter()
            .take(ring.len().saturating_sub(1))
            .map(|&q| geometry::to_local(q))
            .collect();
        let c = geometry::to_lonlat(locals[i]);
        areas.push(Area {
            id,
            name,
            district_id: (district_of[i] + 1).to_string(),
            kind: kinds[i],
            geometry: cells[i].to_multipolygon(),
            centroid: [c.x, c.y],
            area_km2: (geometry::signed_area(&local_pts) * 1000.0).round() / 1000.0,
        });
        rings.push(ring);
        new_locals.push(locals[i]);
        new_kinds.push(kinds[i]);
    }

    let districts = DISTRICTS
        .iter()
        .enumerate()
        .map(|(d, name)| District {
            id: (d + 1).to_string(),
            name: (*name).to_string(),
            area_ids: areas
                .iter()
                .filter(|a| a.district_id == (d + 1).to_string())
                .map(|a| a.id.clone())
                .collect(),
        })
        .filter(|d| !d.area_ids.is_empty())
        .collect();

    let neighbours = shared_edge_neighbours_of(&rings);
    let facts = latent_facts(rng, &new_locals, &new_kinds, &neighbours);
    let ring_refs: Vec<&[Coord<f64>]> = rings.iter().map(|r| r.as_slice()).collect();
    let outline = geometry::dissolve(&ring_refs);
    Spatial {
        outline,
        districts,
        areas,
        rings,
        facts,
        neighbours,
    }
}

/// Neighbour lists of closed rings: two rings are neighbours when they share
/// at least two identical vertices (a common edge).
pub(crate) fn shared_edge_neighbours_of(rings: &[Vec<Coord<f64>>]) -> Vec<Vec<usize>> {
    let mut by_vertex: HashMap<(i64, i64), Vec<usize>> = HashMap::new();
    for (i, r) in rings.iter().enumerate() {
        let uniq: BTreeSet<(i64, i64)> = r
            .iter()
            .map(|c| ((c.x * 1e7).round() as i64, (c.y * 1e7).round() as i64))
            .collect();
        for k in uniq {
            by_vertex.entry(k).or_default().push(i);
        }
    }
    let mut shared: HashMap<(usize, usize), usize> = HashMap::new();
    for list in by_vertex.values() {
        for (x, &a) in list.iter().enumerate() {
            for &b in &list[x + 1..] {
                *shared.entry((a.min(b), a.max(b))).or_insert(0) += 1;
            }
        }
    }
    let mut out = vec![Vec::new(); rings.len()];
    for (&(a, b), &c) in &shared {
        if c >= 2 {
            out[a].push(b);
            out[b].push(a);
        }
    }
    for l in &mut out {
        l.sort_unstable();
    }
    out
}

/// Latent deprivation, trend and belt membership with spatial autocorrelation.
fn latent_facts(
    rng: &mut ChaCha8Rng,
    locals: &[[f64; 2]],
    kinds: &[AreaKind],
    neighbours: &[Vec<usize>],
) -> Vec<AreaFacts> {
    let nx = |p: [f64; 2]| [p[0] / geometry::RADIUS_X_KM, p[1] / geometry::RADIUS_Y_KM];
    let d2 = |a: [f64; 2], b: [f64; 2]| (a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2);
    let belt_centre = [0.38, 0.08];
    let gentrify_centre = [0.0, -0.32];
    // Smooth random field from a few random bumps.
    let bumps: Vec<([f64; 2], f64)> = (0..4)
        .map(|_| {
            (
                [rng.gen_range(-0.9..0.9), rng.gen_range(-0.9..0.9)],
                rng.gen_range(-0.45..0.45),
            )
        })
        .collect();
    let raw: Vec<(f64, f64, f64)> = locals
        .iter()
        .zip(kinds)
        .map(|(&p, &k)| {
            let q = nx(p);
            let east_belt = gauss(d2(q, belt_centre), 0.2);
            let base = match k {
                AreaKind::CityCentre => -0.3,
                AreaKind::InnerCity => 0.0,
                AreaKind::Mixed => 0.2,
                AreaKind::LargeEstate => 1.3,
                AreaKind::Suburban => -0.9,
                AreaKind::Village => -0.7,
                AreaKind::Industrial => 0.3,
                AreaKind::Forest => -0.5,
            };
            let field: f64 = bumps.iter().map(|(c, h)| h * gauss(d2(q, *c), 0.3)).sum();
            let dep = base + 2.1 * east_belt + field + 0.15 * normal(rng);
            let gentr = gauss(d2(q, gentrify_centre), 0.2);
            let trend = -0.14 * gentr + 0.02 * east_belt + 0.01 * normal(rng);
            (dep, trend, east_belt)
        })
        .collect();
    // One smoothing pass with the neighbours for extra autocorrelation.
    raw.iter()
        .enumerate()
        .map(|(i, &(dep, trend, east_belt))| {
            let nb = &neighbours[i];
            let mean_nb = if nb.is_empty() {
                dep
            } else {
                nb.iter().map(|&j| raw[j].0).sum::<f64>() / nb.len() as f64
            };
            AreaFacts {
                deprivation: 0.75 * dep + 0.25 * mean_nb,
                trend,
                east_belt,
            }
        })
        .collect()
}

/// The indicator catalogue.
pub(crate) fn catalogue() -> Vec<IndicatorDef> {
    let def =
        |key: &str, de: &str, en: &str, definition: &str, unit: &str, pol: Polarity| IndicatorDef {
            key: key.to_string(),
            name_de: de.to_string(),
            name_en: en.to_string(),
            definition_de: definition.to_string(),
            unit: unit.to_string(),
            polarity: pol,
            source: SOURCE.to_string(),
        };
    vec![
        def(
            "pop_total",
            "Einwohner insgesamt",
            "Population, total",
            "Einwohner mit Hauptwohnsitz am 31.12.",
            "Personen",
            Polarity::Neutral,
        ),
        def(
            "pop_under15",
            "Einwohner unter 15 Jahren",
            "Population under 15",
            "Einwohner im Alter von 0 bis unter 15 Jahren am 31.12.",
            "Personen",
            Polarity::Neutral,
        ),
        def(
            "pop_15_64",
            "Einwohner 15 bis 64 Jahre",
            "Population 15–64",
            "Einwohner im Alter von 15 bis unter 65 Jahren am 31.12.",
            "Personen",
            Polarity::Neutral,
        ),
        def(
            "pop_65plus",
            "Einwohner ab 65 Jahren",
            "Population 65+",
            "Einwohner im Alter von 65 Jahren und älter am 31.12.",
            "Personen",
            Polarity::Neutral,
        ),
        def(
            "unemployment",
            "Arbeitslosenanteil",
            "Unemployment share",
            "Arbeitslose (SGB II und SGB III) je 100 Einwohner von 15 bis unter 65 Jahren",
            "%",
            Polarity::HigherIsWorse,
        ),
        def(
            "long_term_unemployment",
            "Langzeitarbeitslosenanteil",
            "Long-term unemployment share",
            "Langzeitarbeitslose (ein Jahr und länger) je 100 Einwohner von 15 bis unter 65 Jahren",
            "%",
            Polarity::HigherIsWorse,
        ),
        def(
            "sgb2",
            "Transferbezug (SGB II)",
            "Share receiving basic income support (SGB II)",
            "Leistungsberechtigte nach SGB II je 100 Einwohner unter 65 Jahren",
            "%",
            Polarity::HigherIsWorse,
        ),
        def(
            "child_poverty",
            "Kinderarmut",
            "Child poverty",
            "Nicht erwerbsfähige Leistungsberechtigte unter 15 Jahren in SGB-II-Bedarfsgemeinschaften je 100 Einwohner unter 15 Jahren",
            "%",
            Polarity::HigherIsWorse,
        ),
        def(
            "foreign",
            "Ausländeranteil",
            "Share of foreign nationals",
            "Einwohner ohne deutsche Staatsangehörigkeit je 100 Einwohner",
            "%",
            Polarity::Neutral,
        ),
        def(
            "single_parents",
            "Alleinerziehendenanteil",
            "Single-parent households",
            "Haushalte von Alleinerziehenden je 100 Haushalte mit Kindern unter 18 Jahren",
            "%",
            Polarity::HigherIsWorse,
        ),
        def(
            "income_median",
            "Haushaltsnettoeinkommen (Median)",
            "Median household net income",
            "Median des monatlichen Haushaltsnettoeinkommens (Schätzung aus der Bürgerumfrage)",
            "EUR/Monat",
            Polarity::HigherIsBetter,
        ),
    ]
}

fn r1(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

/// Generates indicator values for all areas and years.
pub(crate) fn indicator_values(
    rng: &mut ChaCha8Rng,
    areas: &[Area],
    facts: &[AreaFacts],
) -> Vec<IndicatorValue> {
    let years: Vec<i32> = (FIRST_YEAR..=LAST_YEAR).collect();
    // City-wide labour-market cycle (Covid 2020/21, recovery, slight rise 2024).
    let cycle = [1.12, 1.08, 1.0, 0.98, 1.03];
    // Arrivals (e.g. from Ukraine in 2022) raise the foreign share.
    let arrivals = [1.0, 1.03, 1.14, 1.19, 1.22];
    let mut out = Vec::with_capacity(areas.len() * years.len() * 11);
    for (a, f) in areas.iter().zip(facts) {
        let density = match a.kind {
            AreaKind::CityCentre => 3600.0,
            AreaKind::InnerCity => 5600.0,
            AreaKind::Mixed => 3000.0,
            AreaKind::LargeEstate => 6200.0,
            AreaKind::Suburban => 1300.0,
            AreaKind::Village => 480.0,
            AreaKind::Industrial | AreaKind::Forest => 0.0,
        };
        let mut pop0 = a.area_km2 * density * (1.0 + 0.12 * normal(rng));
        if matches!(a.kind, AreaKind::Industrial | AreaKind::Forest) {
            pop0 = rng.gen_range(25.0..260.0);
        }
        pop0 = pop0.max(25.0);
        let growth = 0.004 + 0.01 * f.trend.abs().min(0.2) * 5.0 + 0.006 * normal(rng);
        let u15_base = match a.kind {
            AreaKind::Suburban => 0.15,
            AreaKind::LargeEstate => 0.12,
            AreaKind::Village => 0.13,
            _ => 0.125,
        };
        let o65_base = match a.kind {
            AreaKind::LargeEstate => 0.30,
            AreaKind::Suburban => 0.25,
            AreaKind::Village => 0.27,
            AreaKind::CityCentre => 0.19,
            AreaKind::InnerCity | AreaKind::Mixed => 0.15,
            AreaKind::Industrial | AreaKind::Forest => 0.2,
        };
        let income_factor = match a.kind {
            AreaKind::Suburban | AreaKind::Village => 1.12,
            _ => 1.0,
        };
        let noise: Vec<f64> = (0..8).map(|_| 0.05 * normal(rng)).collect();
        for (t, &year) in years.iter().enumerate() {
            let d = f.deprivation + f.trend * t as f64;
            let pop = (pop0 * (1.0 + growth).powi(t as i32)).round();
            let u15_share = (u15_base + 0.018 * d + noise[0]).clamp(0.07, 0.21);
            let o65_share = (o65_base - 0.02 * d + noise[1]).clamp(0.08, 0.36);
            let u15 = (pop * u15_share).round();
            let o65 = (pop * o65_share).round();
            let mid = (pop - u15 - o65).max(0.0);
            let unemp = (5.4 * (0.62 * d + noise[2]).exp() * cycle[t]).clamp(2.5, 18.5);
            let ltu = (unemp * (0.36 + 0.05 * d + noise[3])).clamp(0.6, unemp * 0.6);
            let sgb2 = (9.0 * (0.78 * d + noise[4]).exp() * cycle[t].sqrt()).clamp(1.5, 34.0);
            let child = (sgb2 * (1.6 + 0.12 * d)).clamp(4.0, 52.0);
            let foreign = (7.5 * (0.45 * d + 0.7 * f.east_belt + noise[5]).exp() * arrivals[t])
                .clamp(1.2, 42.0);
            let single = (20.0 + 7.5 * d + 40.0 * noise[6]).clamp(7.0, 46.0);
            let income =
                ((2750.0 * income_factor * (-0.2 * d + noise[7]).exp() * 1.028f64.powi(t as i32))
                    / 10.0)
                    .round()
                    * 10.0;
            let rows = [
                ("pop_total", pop),
                ("pop_under15", u15),
                ("pop_15_64", mid),
                ("pop_65plus", o65),
                ("unemployment", r1(unemp)),
                ("long_term_unemployment", r1(ltu)),
                ("sgb2", r1(sgb2)),
                ("child_poverty", r1(child)),
                ("foreign", r1(foreign)),
                ("single_parents", r1(single)),
                ("income_median", income),
            ];
            for (key, value) in rows {
                out.push(IndicatorValue {
                    area_id: a.id.clone(),
                    indicator: key.to_string(),
                    year,
                    value,
                });
            }
        }
    }
    out
}

fn union_of(rings: &[Vec<Coord<f64>>], idx: &[usize]) -> MultiPolygon<f64> {
    let refs: Vec<&[Coord<f64>]> = idx.iter().map(|&i| rings[i].as_slice()).collect();
    geometry::dissolve(&refs)
}

/// Chooses the funding areas and the two quarters.
pub(crate) fn programme_areas(sp: &Spatial) -> ProgrammeAreas {
    let n = sp.areas.len();
    let populated = |i: usize| !matches!(sp.areas[i].kind, AreaKind::Industrial | AreaKind::Forest);
    let dep = |i: usize| sp.facts[i].deprivation;
    let by_dep_desc = |v: &mut Vec<usize>| {
        v.sort_by(|&a, &b| dep(b).total_cmp(&dep(a)).then(a.cmp(&b)));
    };

    // Pilot: most deprived populated area of the eastern belt plus its most
    // deprived populated neighbour.
    let mut belt: Vec<usize> = (0..n)
        .filter(|&i| populated(i) && sp.facts[i].east_belt > 0.25)
        .collect();
    if belt.is_empty() {
        belt = (0..n).filter(|&i| populated(i)).collect();
    }
    if belt.is_empty() {
        belt = (0..n).collect();
    }
    by_dep_desc(&mut belt);
    let mut pilot: Vec<usize> = Vec::new();
    if let Some(&first) = belt.first() {
        pilot.push(first);
        let mut nb: Vec<usize> = sp.neighbours[first]
            .iter()
            .copied()
            .filter(|&j| populated(j))
            .collect();
        by_dep_desc(&mut nb);
        if let Some(&second) = nb.first() {
            pilot.push(second);
        }
    }

    // Funding area 1: remaining belt areas adjacent to the pilot (the
    // long-funded neighbour; the pilot itself has no funding programme).
    let mut east_fund: Vec<usize> = belt
        .iter()
        .copied()
        .filter(|i| !pilot.contains(i))
        .filter(|&i| pilot.iter().any(|&p| sp.neighbours[p].contains(&i)))
        .take(2)
        .collect();
    east_fund.sort_unstable();

    // Transfer quarter: the large-estate area(s), else the most deprived
    // remaining populated area.
    let mut estate: Vec<usize> = (0..n)
        .filter(|&i| sp.areas[i].kind == AreaKind::LargeEstate)
        .collect();
    by_dep_desc(&mut estate);
    let mut transfer: Vec<usize> = Vec::new();
    if let Some(&first) = estate.first() {
        transfer.push(first);
        if let Some(&second) = estate
            .iter()
            .find(|&&j| j != first && sp.neighbours[first].contains(&j))
        {
            transfer.push(second);
        }
    } else {
        let mut rest: Vec<usize> = (0..n)
            .filter(|&i| populated(i) && !pilot.contains(&i) && !east_fund.contains(&i))
            .collect();
        by_dep_desc(&mut rest);
        if let Some(&first) = rest.first() {
            transfer.push(first);
        }
    }
    if transfer.is_empty() {
        // Degenerate tiny cities: reuse any other area, or the pilot area itself.
        if let Some(i) = (0..n)
            .find(|i| !pilot.contains(i))
            .or(pilot.first().copied())
        {
            transfer.push(i);
        }
    }
    transfer.sort_unstable();
    pilot.sort_unstable();

    let ids = |v: &[usize]| {
        v.iter()
            .map(|&i| sp.areas[i].id.clone())
            .collect::<Vec<_>>()
    };
    let mut funding = Vec::new();
    if !east_fund.is_empty() {
        funding.push(FundingArea {
            id: "fk-oestliche-vorstadt".to_string(),
            name: "Fördergebiet Östliche Vorstadt".to_string(),
            programme: "Sozialer Zusammenhalt".to_string(),
            since_year: 2016,
            area_ids: ids(&east_fund),
            geometry: union_of(&sp.rings, &east_fund),
        });
    }
    if !transfer.is_empty() {
        funding.push(FundingArea {
            id: "fk-lerchenberg".to_string(),
            name: "Fördergebiet Großsiedlung Lerchenberg".to_string(),
            programme: "Sozialer Zusammenhalt".to_string(),
            since_year: 2019,
            area_ids: ids(&transfer),
            geometry: union_of(&sp.rings, &transfer),
        });
    }
    let quarters = vec![
        Quarter {
            id: "muehlenviertel".to_string(),
            name: "Mühlenviertel".to_string(),
            role: QuarterRole::Pilot,
            area_ids: ids(&pilot),
            geometry: union_of(&sp.rings, &pilot),
            description: "Pilotquartier im östlichen Innenstadtgürtel: dichte Altbaublöcke und \
                          Nachkriegszeilen entlang des Mühlgrabens, hoher Anteil an Familien im \
                          Transferbezug, viele Neuzugewanderte, bisher ohne Förderkulisse. Hier \
                          werden Akteursnetzwerk, Aktionsplan, Stadtteildialog und \
                          Verfügungsfonds erprobt."
                .to_string(),
        },
        Quarter {
            id: "lerchenberg".to_string(),
            name: "Großsiedlung Lerchenberg".to_string(),
            role: QuarterRole::Transfer,
            area_ids: ids(&transfer),
            geometry: union_of(&sp.rings, &transfer),
            description: "Vergleichs- und Transferquartier am westlichen Stadtrand: \
                          Großwohnsiedlung der 1980er Jahre mit älter werdender Bewohnerschaft \
                          und Zuzug von Familien mit Fluchtgeschichte; seit 2019 im Programm \
                          Sozialer Zusammenhalt."
                .to_string(),
        },
    ];
    ProgrammeAreas {
        funding,
        quarters,
        pilot,
        transfer,
    }
}

/// Funding areas and quarters with the area indices of the two quarters.
pub(crate) struct ProgrammeAreas {
    pub funding: Vec<FundingArea>,
    pub quarters: Vec<Quarter>,
    pub pilot: Vec<usize>,
    pub transfer: Vec<usize>,
}
