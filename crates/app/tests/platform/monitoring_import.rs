//! The upload preview shows what the importer detected (issue 15): totals left out,
//! per-column number formats, normalised key matches, a `ZEIT` year column, direction
//! proposals preselected for confirmation; the mapping fields correct the detection.

use crate::common::*;

async fn upload_csv(c: &Client, name: &str, text: &str, extra: &[(&str, &str)]) -> String {
    let boundary = "----quartier-import-test";
    let mut body = Vec::new();
    let mut fields = vec![("kind", "indicators")];
    fields.extend_from_slice(extra);
    for (k, v) in fields {
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n")
                .as_bytes(),
        );
    }
    body.extend_from_slice(
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: text/csv\r\n\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(text.as_bytes());
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let token = c.csrf().await;
    let r = c
        .http
        .post(format!("{}/monitoring/data?csrf={token}", c.base))
        .header(
            "content-type",
            format!("multipart/form-data; boundary={boundary}"),
        )
        .body(body)
        .send()
        .await
        .expect("upload");
    assert_eq!(r.status().as_u16(), 303, "{:?}", r.text().await);
    let loc = r
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    loc.unwrap_or_default()
}

#[tokio::test]
async fn preview_shows_detection_and_applies_matched_keys() {
    let app = spawn().await;
    let c = app.login_as("analyst").await;
    let city = app.db.cities().await.unwrap().remove(0);
    let areas = app.db.areas(city.id).await.unwrap();
    let (a, b) = (&areas[0], &areas[1]);
    // Names written differently (capitals, underscores), a city total, thousands points,
    // percent values with a decimal comma and a ZEIT column of year and month.
    let text = format!(
        "Gebiet;ZEIT;Einwohner;Arbeitslosenanteil\n{};202312;1.374;35,5%\n{};202312;874;12,0%\nStadt insgesamt;202312;2.248;20,0%\n",
        a.name.to_uppercase().replace(' ', "_"),
        b.name
    );
    let loc = upload_csv(&c, "sozial.csv", &text, &[]).await;
    let (st, page) = c.get_text(&loc).await;
    assert_eq!(st, 200);
    assert!(!page.contains("monitoring-"), "no untranslated message id");
    assert!(
        page.contains("Summenzeilen") && page.contains("Stadt insgesamt"),
        "total row shown as left out"
    );
    assert!(page.contains("Gesamtstadt"));
    assert!(
        page.contains("gleich bis auf Schreibweise"),
        "normalised key match shown"
    );
    assert!(page.contains("Jahresspalte") && page.contains("ZEIT"));
    assert!(
        page.contains("Dezimalkomma"),
        "number format of the percent column"
    );
    // Direction proposals: shares of Arbeitslose → more need, Einwohner → neutral.
    assert!(page.contains("Vorschlag aus „Arbeitslose"), "{page}");
    let id = loc.rsplit('/').next().unwrap().to_string();
    let r = c
        .post_form(
            &format!("/monitoring/data/{id}/apply"),
            &[
                ("ind-0-include", "1"),
                ("ind-0-file-key", "einwohner"),
                ("ind-0-key", "einwohner"),
                ("ind-0-name", "Einwohner"),
                ("ind-0-polarity", "neutral"),
                ("ind-1-include", "1"),
                ("ind-1-file-key", "arbeitslosenanteil"),
                ("ind-1-key", "arbeitslosenanteil"),
                ("ind-1-name", "Arbeitslosenanteil"),
                ("ind-1-unit", "%"),
                ("ind-1-polarity", "need"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    let inds = app.db.indicators(city.id).await.unwrap();
    let value = |key: &str, area: &str| {
        let ind = inds.iter().find(|i| i.ind_key == key).expect("applied").id;
        (ind, area.to_string())
    };
    let (ew, _) = value("einwohner", &a.area_key);
    let vals = app.db.indicator_values(ew).await.unwrap();
    assert!(
        vals.iter()
            .any(|v| v.area_key == a.area_key && v.value == Some(1374.0) && v.year == 2023),
        "{vals:?}"
    );
    assert!(!vals.iter().any(|v| v.area_key.contains("Stadt")));
    let (al, _) = value("arbeitslosenanteil", &b.area_key);
    let vals = app.db.indicator_values(al).await.unwrap();
    assert!(
        vals.iter()
            .any(|v| v.area_key == b.area_key && v.value == Some(12.0))
    );
    // Applying confirmed the shown match: remembered for the city, used by the next upload.
    let written = a.name.to_uppercase().replace(' ', "_");
    let aliases = app.db.key_aliases(city.id).await.unwrap();
    assert!(
        aliases.contains(&(written.clone(), a.area_key.clone())),
        "{aliases:?}"
    );
    let loc = upload_csv(&c, "sozial2.csv", &text, &[]).await;
    let (_, page) = c.get_text(&loc).await;
    assert!(
        page.contains("für diese Stadt gemerkt"),
        "remembered match shown"
    );
}

#[tokio::test]
async fn mapping_fields_correct_the_detection() {
    let app = spawn().await;
    let c = app.login_as("analyst").await;
    let city = app.db.cities().await.unwrap().remove(0);
    let areas = app.db.areas(city.id).await.unwrap();
    // Two title lines and a header on line 3; "Jahr" holds no years, so the year is given.
    let text = format!(
        "Sozialbericht\nStand: Dezember;;\nGebiet;Jahr;Wohngeldquote\n{};alt;4,5\n{};neu;6\n",
        areas[0].name, areas[1].name
    );
    let loc = upload_csv(
        &c,
        "wohngeld.csv",
        &text,
        &[
            ("header_row", "3"),
            ("year_column", "none"),
            ("year", "2022"),
        ],
    )
    .await;
    let (_, page) = c.get_text(&loc).await;
    assert!(page.contains("vorgegeben"), "given choices marked as such");
    assert!(!page.contains("monitoring-"));
    let id = loc.rsplit('/').next().unwrap().to_string();
    let ds = app.db.dataset(id.parse().unwrap()).await.unwrap().unwrap();
    let summary: quartier_web::monitoring::datasets::Summary =
        serde_json::from_str(&ds.summary).unwrap();
    assert_eq!(summary.matched, 2, "{:?}", summary.problems);
    assert_eq!(summary.errors(), 0, "{:?}", summary.problems);
}
