//! Index configurations (stored, versioned results), the ranking's class filter and
//! the CSV/XLSX exports of every monitoring table.

use std::collections::HashMap;

use quartier_stats::composite::{self, CompositeConfig, CompositeInput, IndicatorSpec, Weighting};
use quartier_stats::indicator::Polarity;
use quartier_stats::mss::{self, MssArea, MssConfig};

use crate::common::{TestApp, spawn};

const MSS_KEY: &str = "mss-musterstadt";
const COMPOSITE_KEY: &str = "familien-bedarf";

async fn config_count(app: &TestApp) -> usize {
    let city = app.db.city_by_slug("musterstadt").await.unwrap().unwrap();
    app.db.latest_index_configs(city.id).await.unwrap().len()
}

/// MSS form fields; `bad_d4` names an indicator the city does not have as D4.
fn mss_fields<'a>(bad_d4: bool) -> Vec<(&'a str, &'a str)> {
    let mut f = vec![
        ("name", "MSS Test"),
        ("kind", "mss"),
        ("year", "2024"),
        ("s1", "unemployment"),
        ("s2", "long_term_unemployment"),
        ("s3", "sgb2"),
        ("s4", "child_poverty"),
        ("d1", "unemployment"),
        ("d2", "long_term_unemployment"),
        ("d3", "sgb2"),
        ("population", "pop_total"),
    ];
    f.push((
        "d4",
        if bad_d4 {
            "no_such_indicator"
        } else {
            "child_poverty"
        },
    ));
    f
}

#[tokio::test]
async fn authorisation_and_validation() {
    let app = spawn().await;
    let anon = app.client();
    let (s, html) = anon.get_text("/monitoring/indices").await;
    assert_eq!(s, 200);
    assert!(html.contains(&format!("/monitoring/indices/{MSS_KEY}")));
    assert!(html.contains(&format!("/monitoring/indices/{COMPOSITE_KEY}")));
    assert!(
        !html.contains("/monitoring/indices/new"),
        "no create link for the public"
    );
    for role in ["resident", "manager", "jury", "actor"] {
        let c = app.login_as(role).await;
        assert_eq!(
            c.get("/monitoring/indices/new").await.status(),
            403,
            "{role}"
        );
        let r = c
            .post_form(
                "/monitoring/indices",
                &[("name", "X"), ("kind", "composite")],
            )
            .await;
        assert_eq!(r.status(), 403, "{role}");
        let r = c
            .post_form(
                &format!("/monitoring/indices/{COMPOSITE_KEY}"),
                &[("name", "X")],
            )
            .await;
        assert_eq!(r.status(), 403, "{role}");
    }
    let analyst = app.login_as("analyst").await;
    let (s, html) = analyst.get_text("/monitoring/indices/new").await;
    assert_eq!(s, 200);
    assert!(html.contains("name=\"s1\"") && html.contains("name=\"w_sgb2\""));
    // Empty name, one indicator, a bad weight: every error names its field.
    let r = analyst
        .post_form(
            "/monitoring/indices",
            &[
                ("name", " "),
                ("kind", "composite"),
                ("year", "2024"),
                ("normalisation", "minmax"),
                ("aggregation", "arithmetic"),
                ("indicators", "sgb2"),
                ("w_sgb2", "-1"),
            ],
        )
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(html.contains("href=\"#f-name\""), "name error");
    assert!(html.contains("href=\"#f-indicators\""), "indicator error");
    assert!(
        html.contains("Transferbezug"),
        "the weight error names the indicator"
    );
    let r = analyst
        .post_form(
            "/monitoring/indices",
            &[
                ("name", "Jahr falsch"),
                ("kind", "composite"),
                ("year", "1999"),
                ("normalisation", "cubic"),
                ("aggregation", "arithmetic"),
                ("indicators", "sgb2"),
                ("indicators", "child_poverty"),
            ],
        )
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(html.contains("href=\"#f-year\"") && html.contains("href=\"#f-normalisation\""));
    // An MSS configuration with an unknown indicator in a role is refused.
    let r = analyst
        .post_form("/monitoring/indices", &mss_fields(true))
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("href=\"#f-mss_dynamics\""),
        "wrong dynamics role named"
    );
    assert_eq!(config_count(&app).await, 2, "refused forms change nothing");
    // A complete MSS configuration is accepted by a lead.
    let lead = app.login_as("lead").await;
    let r = lead
        .post_form("/monitoring/indices", &mss_fields(false))
        .await;
    assert_eq!(r.status(), 303);
    assert_eq!(config_count(&app).await, 3);
}

#[tokio::test]
async fn stored_results_equal_the_engine_and_versions_are_kept() {
    let app = spawn().await;
    let city = app.db.city_by_slug("musterstadt").await.unwrap().unwrap();
    let areas = app.db.areas(city.id).await.unwrap();
    let values = app.db.city_values(city.id).await.unwrap();
    let value = |ind: &str, area: &str, year: i64| {
        values
            .iter()
            .find(|v| v.ind_key == ind && v.area_key == area && v.year == year)
            .and_then(|v| v.value)
    };
    // The seeded MSS configuration against a direct MSS computation.
    let four: Vec<String> = [
        "unemployment",
        "long_term_unemployment",
        "sgb2",
        "child_poverty",
    ]
    .map(String::from)
    .to_vec();
    let input: Vec<MssArea> = areas
        .iter()
        .map(|a| MssArea {
            id: a.area_key.clone(),
            population: value("pop_total", &a.area_key, 2024),
            population_start: value("pop_total", &a.area_key, 2022),
            status: four.iter().map(|k| value(k, &a.area_key, 2024)).collect(),
            dynamic: four
                .iter()
                .map(|k| Some(value(k, &a.area_key, 2024)? - value(k, &a.area_key, 2022)?))
                .collect(),
        })
        .collect();
    let direct = mss::compute(&input, &MssConfig::new(four.clone(), four.clone())).unwrap();
    let versions = app
        .db
        .index_config_versions(city.id, MSS_KEY)
        .await
        .unwrap();
    let stored = app.db.index_results(versions[0].id).await.unwrap();
    assert_eq!(stored.len(), areas.len());
    let by_key: HashMap<&str, _> = stored.iter().map(|r| (r.area_key.as_str(), r)).collect();
    let mut classified = 0;
    for d in &direct.areas {
        let s = by_key[d.id.as_str()];
        match (s.score, d.status_index) {
            (Some(a), Some(b)) => assert!((a - b).abs() < 1e-9, "{}: {a} vs {b}", d.id),
            (None, None) => {}
            other => panic!("{}: {other:?}", d.id),
        }
        assert_eq!(s.class_code, d.group, "{}", d.id);
        if d.group.is_some() {
            classified += 1;
            assert!(
                s.rank_q05.is_some() && s.rank_q95.is_some(),
                "rank interval stored"
            );
        }
    }
    assert!(classified >= 30, "most demo areas are classified");

    // A new composite through the form.
    let analyst = app.login_as("analyst").await;
    let r = analyst
        .post_form(
            "/monitoring/indices",
            &[
                ("name", "Arbeit und Transfer"),
                ("kind", "composite"),
                ("year", "2023"),
                ("normalisation", "zscore"),
                ("aggregation", "arithmetic"),
                ("indicators", "unemployment"),
                ("w_unemployment", "2"),
                ("indicators", "sgb2"),
                ("w_sgb2", "1"),
                ("indicators", "income_median"),
                ("w_income_median", "1,5"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    let location = r.headers()["location"].to_str().unwrap().to_string();
    let key = location
        .trim_start_matches("/monitoring/indices/")
        .to_string();
    let (s, html) = analyst.get_text(&location).await;
    assert_eq!(s, 200);
    assert!(html.contains("class=\"interval\""), "rank intervals drawn");
    assert!(html.contains(&format!("/monitoring/map?layer=index&amp;index={key}")));

    let keys = ["unemployment", "sgb2", "income_median"];
    let engine = |weights: Vec<f64>| {
        let input = CompositeInput {
            area_ids: areas.iter().map(|a| a.area_key.clone()).collect(),
            indicators: keys
                .iter()
                .map(|k| IndicatorSpec {
                    key: k.to_string(),
                    polarity: if *k == "income_median" {
                        Polarity::HigherLessNeed
                    } else {
                        Polarity::HigherMoreNeed
                    },
                })
                .collect(),
            values: areas
                .iter()
                .map(|a| keys.iter().map(|k| value(k, &a.area_key, 2023)).collect())
                .collect(),
        };
        let config = CompositeConfig {
            normalisation: composite::Normalisation::ZScore { ddof: 0 },
            weighting: Weighting::Given(weights),
            ..CompositeConfig::default()
        };
        composite::compute(&input, &config).unwrap()
    };
    let check = |stored: &[quartier_db::monitoring::indices::IndexResult],
                 direct: &composite::CompositeResult| {
        for d in &direct.areas {
            let s = stored.iter().find(|s| s.area_key == d.id).unwrap();
            let (a, b) = (s.score.unwrap(), d.score.unwrap());
            assert!((a - b).abs() < 1e-9, "{}: {a} vs {b}", d.id);
            assert_eq!(s.area_rank, d.rank.map(|r| r as i64));
        }
    };
    let v1 = app.db.index_config_versions(city.id, &key).await.unwrap();
    assert_eq!(v1.len(), 1);
    let v1_results = app.db.index_results(v1[0].id).await.unwrap();
    check(&v1_results, &engine(vec![2.0, 1.0, 1.5]));

    // A new version with other weights keeps the old one and its results.
    let r = analyst
        .post_form(
            &location,
            &[
                ("name", "Arbeit und Transfer"),
                ("kind", "composite"),
                ("year", "2023"),
                ("normalisation", "zscore"),
                ("aggregation", "arithmetic"),
                ("indicators", "unemployment"),
                ("w_unemployment", "1"),
                ("indicators", "sgb2"),
                ("w_sgb2", "3"),
                ("indicators", "income_median"),
                ("w_income_median", "1"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    let versions = app.db.index_config_versions(city.id, &key).await.unwrap();
    assert_eq!(
        versions.iter().map(|v| v.version).collect::<Vec<_>>(),
        [2, 1]
    );
    assert_eq!(
        app.db.index_results(versions[1].id).await.unwrap(),
        v1_results
    );
    let v2 = app.db.index_results(versions[0].id).await.unwrap();
    check(&v2, &engine(vec![1.0, 3.0, 1.0]));
    assert_ne!(v2, v1_results);
    let (s, html) = anon_get(&app, &format!("{location}?version=1")).await;
    assert_eq!(s, 200);
    assert!(html.contains("class=\"notice\""), "older version marked");
    // The map layer shows the stored results.
    let (s, html) = anon_get(&app, &format!("/monitoring/map?layer=index&index={key}")).await;
    assert_eq!(s, 200);
    assert!(html.contains("Arbeit und Transfer"));
    let (s, html) = anon_get(
        &app,
        &format!("/monitoring/map?layer=index&index={MSS_KEY}"),
    )
    .await;
    assert_eq!(s, 200);
    assert!(html.contains("Status sehr niedrig") || html.contains("Status niedrig"));
}

async fn anon_get(app: &TestApp, path: &str) -> (u16, String) {
    app.client().get_text(path).await
}

fn area_links(html: &str) -> usize {
    html.matches("<th scope=\"row\"><a href=\"/monitoring/areas/")
        .count()
}

#[tokio::test]
async fn class_filter() {
    let app = spawn().await;
    let c = app.client();
    let (_, all) = c.get_text("/monitoring/ranking").await;
    assert_eq!(area_links(&all), 40);
    let (_, top) = c.get_text("/monitoring/ranking?class=top").await;
    assert_eq!(area_links(&top), 4, "top 10 % of 40 areas");
    let csv = c
        .get("/monitoring/ranking.csv?class=top")
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(
        csv.trim_start_matches('\u{feff}').lines().count(),
        1 + 4 + 1,
        "header, 4 areas, source"
    );
    let city = app.db.city_by_slug("musterstadt").await.unwrap().unwrap();
    let v = app
        .db
        .index_config_versions(city.id, MSS_KEY)
        .await
        .unwrap();
    let stored = app.db.index_results(v[0].id).await.unwrap();
    let mut total = 0;
    for class in 1..=4 {
        let expected = stored
            .iter()
            .filter(|r| {
                r.class_code
                    .as_deref()
                    .is_some_and(|c| c.starts_with(&class.to_string()))
            })
            .count();
        let (s, html) = c
            .get_text(&format!("/monitoring/ranking?class=mss-{class}"))
            .await;
        assert_eq!(s, 200);
        assert_eq!(area_links(&html), expected, "MSS class {class}");
        total += expected;
    }
    assert!(total > 0 && total <= 40);
    let (_, html) = c
        .get_text("/monitoring/ranking?class=mss-2&district=Stadtbezirk%20Ost")
        .await;
    assert!(area_links(&html) <= total);
}

#[tokio::test]
async fn every_export_opens_and_names_its_source() {
    let app = spawn().await;
    let c = app.client();
    let bases = [
        "/monitoring".to_string(),
        "/monitoring/areas/07".into(),
        "/decisions/pilotgebiet-demo".into(),
        format!("/monitoring/indices/{MSS_KEY}"),
        format!("/monitoring/indices/{COMPOSITE_KEY}"),
        "/monitoring/map".into(),
    ];
    let (_, catalogue) = c.get_text("/monitoring").await;
    assert!(catalogue.contains("href=\"/monitoring/export.csv\""));
    for base in &bases {
        let (s, page) = c.get_text(base).await;
        assert_eq!(s, 200, "{base}");
        assert!(page.contains("/export.csv"), "{base} links its CSV");
        let r = c.get(&format!("{base}/export.csv")).await;
        assert_eq!(r.status(), 200, "{base}");
        assert!(
            r.headers()["content-type"]
                .to_str()
                .unwrap()
                .starts_with("text/csv")
        );
        let text = r.text().await.unwrap();
        let text = text.trim_start_matches('\u{feff}');
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines.len() >= 3, "{base}: header, data and source");
        assert!(
            lines[0].contains(';'),
            "{base}: German Excel header {}",
            lines[0]
        );
        let last = lines.last().unwrap();
        assert!(
            last.contains("Quelle") && last.contains("Musterstadt"),
            "{base}: {last}"
        );
        let r = c.get(&format!("{base}/export.xlsx")).await;
        assert_eq!(r.status(), 200, "{base}");
        let bytes = r.bytes().await.unwrap();
        assert!(bytes.starts_with(b"PK"), "{base}: an XLSX (zip) file");
        let import = quartier_tabular::read_spreadsheet_bytes(
            &bytes,
            "x.xlsx",
            &quartier_tabular::TableOptions::default(),
        )
        .unwrap();
        assert!(
            format!("{import:?}").contains("Quelle"),
            "{base}: XLSX carries the source"
        );
    }
    assert_eq!(
        c.get("/monitoring/areas/nope/export.csv").await.status(),
        404
    );
    assert_eq!(
        c.get("/monitoring/indices/nope/export.xlsx").await.status(),
        404
    );
}
