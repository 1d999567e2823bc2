//! Integration tests of the Musterstadt generator.
#![allow(clippy::unwrap_used)]

use std::collections::{HashMap, HashSet};
use std::time::Instant;

use geo::{Area as _, BooleanOps, BoundingRect, Intersects};
use quartier_demo::*;

fn city() -> DemoCity {
    musterstadt()
}

#[test]
fn deterministic() {
    let a = musterstadt();
    let b = musterstadt();
    assert_eq!(a, b);
    assert_eq!(
        serde_json::to_string(&a).unwrap(),
        serde_json::to_string(&b).unwrap()
    );
    assert_eq!(areas_geojson(&a), areas_geojson(&b));
    let c = generate(7, 40);
    assert_ne!(
        serde_json::to_string(&a).unwrap(),
        serde_json::to_string(&c).unwrap()
    );
}

#[test]
fn gentrifying_areas_have_falling_values() {
    let c = city();
    let change = |id: &str| {
        let v0 = indicator_value(&c, id, "sgb2", 2020).unwrap();
        let v1 = indicator_value(&c, id, "sgb2", 2024).unwrap();
        (v1 - v0) / v0
    };
    let mut changes: Vec<(f64, &str)> = c
        .areas
        .iter()
        .map(|a| (change(&a.id), a.name.as_str()))
        .collect();
    changes.sort_by(|a, b| a.0.total_cmp(&b.0));
    println!("{changes:?}");
    assert!(
        changes[0].0 < -0.15,
        "at least one area gentrifies: {:?}",
        changes[0]
    );
    assert!(changes.iter().filter(|c| c.0 < -0.1).count() <= 8);
}

#[test]
fn about_forty_areas_with_ids_and_names() {
    let c = city();
    assert_eq!(c.areas.len(), 40);
    let ids: HashSet<_> = c.areas.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids.len(), 40);
    assert!(ids.contains("01") && ids.contains("40"));
    let names: HashSet<_> = c.areas.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names.len(), 40, "names must be unique");
    assert!(names.contains("Altstadt"));
    assert!((5..=6).contains(&c.districts.len()));
    let in_districts: usize = c.districts.iter().map(|d| d.area_ids.len()).sum();
    assert_eq!(in_districts, 40);
    assert!(c.fictional_notice.contains("fiktiv") && c.fictional_notice.contains("fictional"));
}

#[test]
fn polygons_valid_and_tile_without_overlap() {
    let c = city();
    let mut total = 0.0;
    for a in &c.areas {
        assert_eq!(a.geometry.0.len(), 1);
        let ring = &a.geometry.0[0].exterior().0;
        assert!(ring.len() >= 4);
        assert_eq!(ring.first(), ring.last(), "ring closed");
        for p in ring {
            assert!((9.9..10.4).contains(&p.x) && (50.9..51.3).contains(&p.y));
            assert_eq!(p.x, (p.x * 1e7).round() / 1e7);
        }
        let area = a.geometry.signed_area();
        assert!(area > 0.0, "counter-clockwise with positive area");
        assert!(a.area_km2 > 0.05);
        total += a.geometry.unsigned_area();
    }
    let outline = c.outline.unsigned_area();
    assert!(
        (total - outline).abs() / outline < 1e-9,
        "areas sum to the outline"
    );
    assert_eq!(c.outline.0.len(), 1, "city outline is one polygon");
    assert!(c.outline.0[0].interiors().is_empty());
    let rects: Vec<_> = c
        .areas
        .iter()
        .map(|a| a.geometry.bounding_rect().unwrap())
        .collect();
    for i in 0..c.areas.len() {
        for j in i + 1..c.areas.len() {
            if !rects[i].intersects(&rects[j]) {
                continue;
            }
            let inter = c.areas[i].geometry.intersection(&c.areas[j].geometry);
            let rel = inter.unsigned_area() / c.areas[i].geometry.unsigned_area();
            assert!(rel < 1e-9, "areas {i} and {j} overlap ({rel})");
        }
    }
}

#[test]
fn every_area_has_edge_neighbours() {
    let c = city();
    let nb = shared_edge_neighbours(&c);
    for (i, l) in nb.iter().enumerate() {
        assert!(!l.is_empty(), "area {} has no neighbour", c.areas[i].id);
    }
    // Planar Voronoi adjacency: about 5-6 neighbours on average.
    let mean = nb.iter().map(Vec::len).sum::<usize>() as f64 / nb.len() as f64;
    assert!((3.5..7.0).contains(&mean), "mean neighbours {mean}");
}

#[test]
fn indicator_ranges_plausible() {
    let c = city();
    let keys: HashSet<_> = c.indicators.iter().map(|d| d.key.as_str()).collect();
    assert_eq!(keys.len(), c.indicators.len());
    for d in &c.indicators {
        assert_eq!(d.source, "Fiktive Daten – Musterstadt (Demo)");
    }
    assert_eq!(c.years, vec![2020, 2021, 2022, 2023, 2024]);
    assert_eq!(c.values.len(), 40 * 5 * c.indicators.len());
    let mut small = 0;
    let mut total_pop = 0.0;
    for a in &c.areas {
        for &y in &c.years {
            let v = |k: &str| indicator_value(&c, &a.id, k, y).unwrap();
            let pop = v("pop_total");
            assert_eq!(pop, v("pop_under15") + v("pop_15_64") + v("pop_65plus"));
            assert!((2.5..=18.5).contains(&v("unemployment")));
            assert!(v("long_term_unemployment") <= v("unemployment"));
            assert!((4.0..=52.0).contains(&v("child_poverty")));
            assert!((1.5..=34.0).contains(&v("sgb2")));
            assert!((1.0..=45.0).contains(&v("foreign")));
            assert!((7.0..=46.0).contains(&v("single_parents")));
            assert!((1200.0..=5000.0).contains(&v("income_median")));
            if y == 2024 {
                total_pop += pop;
                if pop < 300.0 {
                    small += 1;
                }
            }
        }
    }
    assert!(small >= 2, "some areas under 300 residents");
    assert!(
        (150_000.0..600_000.0).contains(&total_pop),
        "city population {total_pop}"
    );
    // Spread: a deprived cluster and affluent areas.
    let cp: Vec<f64> = c
        .areas
        .iter()
        .map(|a| indicator_value(&c, &a.id, "child_poverty", 2024).unwrap())
        .collect();
    let max = cp.iter().copied().fold(f64::MIN, f64::max);
    let min = cp.iter().copied().fold(f64::MAX, f64::min);
    assert!(
        max > 30.0 && min < 12.0,
        "child poverty spread {min}..{max}"
    );
}

#[test]
fn indicators_spatially_autocorrelated() {
    let c = city();
    let nb = shared_edge_neighbours(&c);
    let x: Vec<f64> = c
        .areas
        .iter()
        .map(|a| indicator_value(&c, &a.id, "sgb2", 2024).unwrap())
        .collect();
    let n = x.len() as f64;
    let mean = x.iter().sum::<f64>() / n;
    let z: Vec<f64> = x.iter().map(|v| v - mean).collect();
    let (mut num, mut w) = (0.0, 0.0);
    for (i, l) in nb.iter().enumerate() {
        for &j in l {
            num += z[i] * z[j];
            w += 1.0;
        }
    }
    let den: f64 = z.iter().map(|v| v * v).sum();
    let moran = n / w * num / den;
    assert!(moran > 0.2, "Moran's I {moran}");
}

#[test]
fn quarters_and_funding_areas_reference_areas() {
    let c = city();
    let ids: HashSet<_> = c.areas.iter().map(|a| a.id.clone()).collect();
    assert_eq!(c.quarters.len(), 2);
    assert_eq!(c.quarters[0].name, "Mühlenviertel");
    assert_eq!(c.quarters[0].role, QuarterRole::Pilot);
    for q in &c.quarters {
        assert!((1..=3).contains(&q.area_ids.len()));
        assert!(q.area_ids.iter().all(|a| ids.contains(a)));
        assert!(!q.geometry.0.is_empty());
        let sum: f64 = c
            .areas
            .iter()
            .filter(|a| q.area_ids.contains(&a.id))
            .map(|a| a.geometry.unsigned_area())
            .sum();
        assert!((q.geometry.unsigned_area() - sum).abs() / sum < 1e-9);
    }
    let pilot: HashSet<_> = c.quarters[0].area_ids.iter().collect();
    assert!(!c.funding_areas.is_empty());
    for f in &c.funding_areas {
        assert_eq!(f.programme, "Sozialer Zusammenhalt");
        assert!(f.area_ids.iter().all(|a| ids.contains(a)));
        assert!(
            f.area_ids.iter().all(|a| !pilot.contains(a)),
            "pilot has no Förderkulisse"
        );
    }
    // The pilot quarter is deprived: above-median child poverty.
    let mut cp: Vec<f64> = c
        .areas
        .iter()
        .map(|a| indicator_value(&c, &a.id, "child_poverty", 2024).unwrap())
        .collect();
    cp.sort_by(f64::total_cmp);
    let median = cp[cp.len() / 2];
    for a in &c.quarters[0].area_ids {
        assert!(indicator_value(&c, a, "child_poverty", 2024).unwrap() > median);
    }
}

fn inside(p: [f64; 2], mp: &geo_types::MultiPolygon<f64>) -> bool {
    use geo::Contains;
    mp.contains(&geo_types::Point::new(p[0], p[1]))
}

#[test]
fn content_is_consistent() {
    let c = city();
    let actor_ids: HashSet<_> = c.actors.iter().map(|a| a.id.clone()).collect();
    assert!(c.actors.len() >= 25);
    assert!(c.offers.len() >= 40);
    assert!(c.needs.len() >= 10);
    let quarters: HashMap<_, _> = c.quarters.iter().map(|q| (q.id.clone(), q)).collect();
    for a in &c.actors {
        let q = quarters[&a.quarter_id];
        assert!(
            inside(a.location, &q.geometry),
            "actor {} outside quarter",
            a.id
        );
        assert!(!a.languages.is_empty());
    }
    for o in &c.offers {
        assert!(actor_ids.contains(&o.actor_id));
    }
    assert!(
        c.offers
            .iter()
            .any(|o| o.free && o.title_de.contains("Deutsch"))
    );
    for n in &c.needs {
        assert!(actor_ids.contains(&n.actor_id));
    }
    for l in &c.cooperations {
        assert!(actor_ids.contains(&l.actor_a) && actor_ids.contains(&l.actor_b));
        assert_ne!(l.actor_a, l.actor_b);
    }
    // Action plan.
    let p = &c.action_plan;
    assert_eq!(p.fields.len(), 5);
    let goals: HashSet<_> = p.goals.iter().map(|g| g.id.clone()).collect();
    let fields: HashSet<_> = p.fields.iter().map(|f| f.id.clone()).collect();
    for g in &p.goals {
        assert!(fields.contains(&g.field_id));
        if let Some(parent) = &g.parent_id {
            assert!(goals.contains(parent));
        }
    }
    assert!(p.measures.len() >= 15);
    let idea_ids: HashSet<_> = c.dialogue.ideas.iter().map(|i| i.id.clone()).collect();
    for m in &p.measures {
        assert!(actor_ids.contains(&m.lead_actor_id));
        assert!(m.partner_actor_ids.iter().all(|a| actor_ids.contains(a)));
        assert!(m.goal_ids.iter().all(|g| goals.contains(g)));
        assert!(m.field_ids.iter().all(|f| fields.contains(f)));
        assert!(m.idea_ids.iter().all(|i| idea_ids.contains(i)));
        assert!(!m.indicators.is_empty());
    }
    // Dialogue.
    let d = &c.dialogue;
    assert_eq!(d.phases.len(), 5);
    assert!(d.ideas.len() >= 60);
    let channels: HashSet<_> = d.ideas.iter().map(|i| format!("{:?}", i.channel)).collect();
    assert_eq!(channels.len(), 6, "every channel: {channels:?}");
    assert!(d.comments.len() >= 60);
    let langs: HashSet<_> = d.comments.iter().map(|c| c.language.as_str()).collect();
    for l in ["de", "ar", "tr", "uk"] {
        assert!(langs.contains(l));
    }
    assert!(d.comments.iter().any(|c| c.channel == Channel::Paper));
    for cm in &d.comments {
        assert!(idea_ids.contains(&cm.idea_id));
        assert_eq!(
            cm.language != "de",
            cm.translation_de.is_some(),
            "{}",
            cm.id
        );
    }
    let pilot = &c.quarters[0].geometry;
    for i in &d.ideas {
        assert_eq!(i.language != "de", i.translation_de.is_some());
        if let Some(l) = i.location {
            assert!(inside(l, pilot));
        }
    }
    // Fund round.
    let f = &c.fund_round;
    assert!(f.applications.len() >= 8);
    for a in &f.applications {
        let cost: f64 = a.cost_lines.iter().map(|l| l.amount_eur).sum();
        let fin: f64 = a.financing_lines.iter().map(|l| l.amount_eur).sum();
        assert!(
            (cost - fin).abs() < 0.005,
            "{}: income must equal expenses",
            a.id
        );
        assert!(inside(a.location, pilot));
        if a.investive && a.status == ApplicationStatus::Approved {
            assert!(a.requested_eur <= f.rules.investive_max_share * cost + 0.005);
        }
        if !a.investive && a.status == ApplicationStatus::Approved {
            assert!(a.requested_eur <= f.rules.non_investive_cap_eur);
            assert!(
                a.cost_lines
                    .iter()
                    .all(|l| l.amount_eur <= f.rules.single_purchase_max_eur
                        || l.category != "Anschaffungen")
            );
        }
    }
    // Lernwerkstatt.
    assert!(c.learning_workshop.cases.len() >= 3);
    for case in &c.learning_workshop.cases {
        for s in [
            &case.problem,
            &case.approach,
            &case.resources,
            &case.result,
            &case.lessons,
        ] {
            assert!(!s.is_empty());
        }
    }
}

#[test]
fn accounts_one_per_role() {
    let c = city();
    let roles: Vec<_> = c.accounts.iter().map(|a| a.role.as_str()).collect();
    assert_eq!(
        roles,
        [
            "admin", "lead", "analyst", "manager", "jury", "actor", "resident"
        ]
    );
    for a in &c.accounts {
        assert_eq!(a.email, format!("{}@musterstadt.example", a.role));
        assert_eq!(a.password, DEMO_PASSWORD);
    }
    assert_eq!(DEMO_PASSWORD, "quartier-demo");
}

#[test]
fn exports_parse() {
    let c = city();
    let gj: serde_json::Value = serde_json::from_str(&areas_geojson(&c)).unwrap();
    assert_eq!(gj["type"], "FeatureCollection");
    assert_eq!(gj["features"].as_array().unwrap().len(), 40);
    assert_eq!(gj["features"][0]["geometry"]["type"], "MultiPolygon");
    let pj: serde_json::Value = serde_json::from_str(&programme_areas_geojson(&c)).unwrap();
    assert!(pj["features"].as_array().unwrap().len() >= 3);
    let csv = indicators_csv(&c);
    let lines: Vec<_> = csv.lines().collect();
    assert_eq!(lines.len(), 1 + 40 * 5);
    assert!(lines[0].starts_with("Gebiet;Name;Jahr;pop_total"));
    assert!(csv.contains(','));
}

#[test]
fn other_seeds_and_sizes_work() {
    for (seed, n) in [(1, 1), (2, 5), (3, 12), (4, 40), (5, 120)] {
        let c = generate(seed, n);
        assert_eq!(c.areas.len(), n);
        assert_eq!(c.quarters.len(), 2);
        assert!(c.quarters.iter().all(|q| !q.area_ids.is_empty()));
        let total: f64 = c.areas.iter().map(|a| a.geometry.unsigned_area()).sum();
        let outline = c.outline.unsigned_area();
        assert!((total - outline).abs() / outline < 1e-9, "seed {seed}");
    }
}

#[test]
fn benchmark_size_is_fast() {
    let t = Instant::now();
    let c = generate(42, 2000);
    let elapsed = t.elapsed();
    assert_eq!(c.areas.len(), 2000);
    assert_eq!(c.areas[0].id, "0001");
    let ids: HashSet<_> = c.areas.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids.len(), 2000);
    let nb = shared_edge_neighbours(&c);
    assert!(nb.iter().all(|l| !l.is_empty()));
    let total: f64 = c.areas.iter().map(|a| a.geometry.unsigned_area()).sum();
    let outline = c.outline.unsigned_area();
    assert!((total - outline).abs() / outline < 1e-8);
    assert!(elapsed.as_secs_f64() < 30.0, "took {elapsed:?}");
}
