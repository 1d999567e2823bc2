//! Monitoring pages and area-selection decisions.

use crate::common::spawn;

#[tokio::test]
async fn catalogue_ranking_and_profiles() {
    let app = spawn().await;
    let c = app.client();
    let (s, html) = c.get_text("/monitoring").await;
    assert_eq!(s, 200);
    assert!(html.contains("child_poverty") && html.contains("Fiktive Daten"));
    let (s, html) = c.get_text("/monitoring/ranking").await;
    assert_eq!(s, 200);
    assert_eq!(html.matches("href=\"/monitoring/areas/").count(), 40);
    assert!(html.contains("class=\"interval\""), "rank intervals drawn");
    // The pilot quarter's areas are among the ten highest-need areas of the demo.
    let csv = c.get("/monitoring/ranking.csv").await.text().await.unwrap();
    let csv = csv.trim_start_matches('\u{feff}');
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 42, "header + 40 areas + source line");
    assert!(
        lines[0].starts_with("area_key;name;district;rank;score;rank_q05;rank_q95;p_top"),
        "{}",
        lines[0]
    );
    let top10: Vec<String> = lines[1..11]
        .iter()
        .map(|l| {
            l.split(';')
                .next()
                .unwrap_or("")
                .trim_matches('"')
                .to_string()
        })
        .collect();
    assert!(
        top10.iter().any(|k| k == "07" || k == "14"),
        "pilot areas rank high: {top10:?}"
    );
    let xlsx = c.get("/monitoring/ranking.xlsx").await;
    assert_eq!(xlsx.status(), 200);
    let bytes = xlsx.bytes().await.unwrap();
    assert!(bytes.starts_with(b"PK"), "an XLSX (zip) file");
    let geo: serde_json::Value = c
        .get("/monitoring/map.geojson?layer=need")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(geo["features"].as_array().map(Vec::len), Some(40));
    assert!(geo["features"][0]["properties"]["class"].is_string());
    // Filter by district keeps only that district.
    let (_, html) = c
        .get_text("/monitoring/ranking?district=Stadtbezirk%20Ost&sort=name")
        .await;
    assert!(html.matches("href=\"/monitoring/areas/").count() < 40);
    let (s, html) = c.get_text("/monitoring/areas/07").await;
    assert_eq!(s, 200);
    assert!(html.contains("Rang ") && html.contains("Stadtmittel"));
    assert_eq!(c.get("/monitoring/areas/nope").await.status(), 404);
}

#[tokio::test]
async fn demo_decision_is_public_with_comparison_and_versions() {
    let app = spawn().await;
    let c = app.client();
    let (s, html) = c.get_text("/decisions").await;
    assert_eq!(s, 200);
    assert!(html.contains("/decisions/pilotgebiet-demo"));
    let (s, html) = c.get_text("/decisions/pilotgebiet-demo").await;
    assert_eq!(s, 200);
    assert!(
        html.contains("Stadtrat Musterstadt") && html.contains("Mühlenviertel")
            || html.contains("Begründung")
    );
    assert!(
        !html.contains("decision-create-quarter") && !html.contains("/quarter\""),
        "no editing for the public"
    );
}

#[tokio::test]
async fn lead_records_versions_publishes_and_creates_a_quarter() {
    let app = spawn().await;
    let lead = app.login_as("lead").await;
    // Invalid: errors next to the fields, nothing saved.
    let r = lead
        .post_form(
            "/decisions",
            &[
                ("title", ""),
                ("decided_on", "20.06.2024"),
                ("council_link", "javascript:alert(1)"),
            ],
        )
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    for id in [
        "f-title-error",
        "f-decided_on-error",
        "f-council_link-error",
        "f-rationale-error",
    ] {
        assert!(html.contains(id), "{id}");
    }
    let form = [
        ("title", "Zweites Pilotgebiet"),
        ("candidates", "01"),
        ("candidates", "02"),
        ("chosen", "02"),
        ("w_sgb2", "2"),
        ("w_child_poverty", "1"),
        (
            "rationale",
            "Hoher Bedarf und bereits aktive Initiativen vor Ort.",
        ),
        ("decision_body", "Ausschuss für Stadtentwicklung"),
        ("decided_on", "2025-03-01"),
        ("council_link", "https://ratsinfo.example/vorlage/42"),
    ];
    let r = lead.post_form("/decisions", &form).await;
    assert_eq!(r.status(), 303);
    let loc = r.headers()["location"].to_str().unwrap().to_string();
    // Not published: the public cannot see it, the lead can.
    assert_eq!(app.client().get(&loc).await.status(), 404);
    let (s, html) = lead.get_text(&loc).await;
    assert_eq!(s, 200);
    assert!(html.contains("Entwurf"));
    assert!(html.contains("https://ratsinfo.example/vorlage/42"));
    // A second version, published.
    let mut v2 = form.to_vec();
    v2.push(("published", "yes"));
    let r = lead.post_form(&loc, &v2).await;
    assert_eq!(r.status(), 303);
    let (s, html) = app.client().get_text(&loc).await;
    assert_eq!(s, 200);
    assert!(
        html.contains("<td class=\"num\">2</td>"),
        "version 2 listed"
    );
    let city = app.db.cities().await.unwrap()[0].id;
    let key = loc.trim_start_matches("/decisions/");
    assert_eq!(app.db.decision_versions(city, key).await.unwrap().len(), 2);
    // One step from the decision to a quarter.
    let r = lead.post_form(&format!("{loc}/quarter"), &[]).await;
    assert_eq!(r.status(), 303);
    let qloc = r.headers()["location"].to_str().unwrap().to_string();
    assert_eq!(lead.get(&qloc).await.status(), 200);
    assert_eq!(app.db.quarters(city).await.unwrap().len(), 3);
    // Residents cannot record decisions.
    let resident = app.login_as("resident").await;
    assert_eq!(resident.post_form("/decisions", &form).await.status(), 403);
}

#[tokio::test]
async fn maps_render_with_legend_table_and_links() {
    let app = spawn().await;
    let c = app.client();
    for q in [
        "",
        "?layer=need&method=fisher-jenks&k=4",
        "?layer=lisa&indicator=child_poverty",
        "?indicator=income_median&method=equal&k=3&year=2020",
        "?indicator=nope&layer=zzz&k=99",
    ] {
        let (s, html) = c.get_text(&format!("/monitoring/map{q}")).await;
        assert_eq!(s, 200, "{q}");
        assert_eq!(
            html.matches("<a href=\"/monitoring/areas/").count(),
            80,
            "one linked area per map region and per table row {q}"
        );
        assert!(html.contains("class=\"legend\""), "{q}");
        assert!(
            html.contains("id=\"map-table-caption\""),
            "table alternative {q}"
        );
        assert!(
            !html.contains(" style=\""),
            "no inline styles under the CSP"
        );
        assert!(html.len() < 300_000);
    }
    // The eastern belt of the demo is a hot spot of child poverty.
    let (_, html) = c
        .get_text("/monitoring/map?layer=lisa&indicator=child_poverty")
        .await;
    assert!(html.contains("hoch–hoch"));
    let r = c.get("/monitoring/map.svg?layer=need").await;
    assert_eq!(r.status(), 200);
    assert!(
        r.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("image/svg+xml")
    );
    let svg = r.text().await.unwrap();
    assert!(svg.starts_with("<?xml") && svg.contains("xmlns=\"http://www.w3.org/2000/svg\""));
    let (_, html) = c.get_text("/monitoring/areas/07").await;
    assert!(
        html.contains("qm-line-chart"),
        "time-series charts on the profile"
    );
}

#[tokio::test]
async fn print_report_has_both_maps_ranking_and_decision() {
    let app = spawn().await;
    let (s, html) = app.client().get_text("/monitoring/report").await;
    assert_eq!(s, 200);
    assert_eq!(
        html.matches("class=\"qm-map\"").count(),
        2,
        "need map and hot-spot map"
    );
    assert!(
        html.contains("id=\"rn-title\"") && html.contains("id=\"rl-title\""),
        "distinct ids for the two maps"
    );
    assert!(html.contains("Auswahl des Pilotgebiets"));
}
