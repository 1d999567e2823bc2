//! Dataset uploads through the web and API paths: preview with problems, apply, versions,
//! new cities, limits — and the real Leipzig files loaded the way an analyst would.

use std::path::{Path, PathBuf};

use crate::common::{Client, spawn, spawn_with};

/// A multipart body with text fields and files; returns (content type, body).
fn multipart(fields: &[(&str, &str)], files: &[(&str, &[u8])]) -> (String, Vec<u8>) {
    let boundary = "quartier-test-boundary-7d1f";
    let mut body = Vec::new();
    for (k, v) in fields {
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n")
                .as_bytes(),
        );
    }
    for (name, bytes) in files {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

/// Uploads through the HTML form; returns (status, Location or page body).
async fn upload(c: &Client, fields: &[(&str, &str)], files: &[(&str, &[u8])]) -> (u16, String) {
    let token = c.csrf().await;
    let (ct, body) = multipart(fields, files);
    let r = c
        .http
        .post(format!("{}/monitoring/data?csrf={token}", c.base))
        .header("content-type", ct)
        .body(body)
        .send()
        .await
        .expect("upload");
    let status = r.status().as_u16();
    let loc = r
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    match loc {
        Some(l) => (status, l),
        None => (status, r.text().await.unwrap_or_default()),
    }
}

fn data_dir() -> Option<PathBuf> {
    let d = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data");
    if d.is_dir() {
        Some(d)
    } else {
        eprintln!("NOTICE: ../shared/data is absent; skipping the real-data upload test");
        None
    }
}

#[tokio::test]
async fn preview_names_problems_and_applies_nothing_until_confirmed() {
    let app = spawn().await;
    let c = app.login_as("analyst").await;
    let city = app.db.cities().await.unwrap().remove(0);
    let areas = app.db.areas(city.id).await.unwrap();
    let (a, b) = (&areas[0], &areas[1]);
    // A table by area name, decimal comma, one unreadable value in line 3.
    let bad = format!(
        "Gebiet;Jahr;Wohngeldquote\n{};2024;4,5\n{};2024;k.A.x\nAtlantis;2024;3\n",
        a.name, b.name
    );
    let (st, loc) = upload(
        &c,
        &[
            ("kind", "indicators"),
            ("source", "Testamt"),
            ("licence", "dl-de/by-2-0"),
        ],
        &[("wohngeld.csv", bad.as_bytes())],
    )
    .await;
    assert_eq!(st, 303, "{loc}");
    let (st, page) = c.get_text(&loc).await;
    assert_eq!(st, 200);
    assert!(page.contains("wohngeld.csv"), "file named");
    assert!(page.contains("Atlantis"), "unmatched area listed");
    assert!(
        page.contains("Wohngeldquote") && page.contains("k.A.x"),
        "column and value of the error shown"
    );
    let before = app.db.indicators(city.id).await.unwrap().len();
    let id = loc.rsplit('/').next().unwrap().to_string();
    let r = c
        .post_form(&format!("/monitoring/data/{id}/apply"), &[])
        .await;
    assert_eq!(r.status(), 422, "a version with errors is refused");
    assert_eq!(
        app.db.indicators(city.id).await.unwrap().len(),
        before,
        "nothing changed"
    );

    // The corrected file: version 2, applied under a chosen key and direction.
    let good = format!(
        "Gebiet;Jahr;Wohngeldquote\n{};2024;4,5\n{};2024;6\n",
        a.name, b.name
    );
    let (st, loc) = upload(
        &c,
        &[
            ("kind", "indicators"),
            ("source", "Testamt"),
            ("licence", "dl-de/by-2-0"),
        ],
        &[("wohngeld.csv", good.as_bytes())],
    )
    .await;
    assert_eq!(st, 303);
    let id2 = loc.rsplit('/').next().unwrap().to_string();
    let r = c
        .post_form(
            &format!("/monitoring/data/{id2}/apply"),
            &[
                ("ind-0-include", "1"),
                ("ind-0-file-key", "wohngeldquote"),
                ("ind-0-key", "wohngeld"),
                ("ind-0-name", "Wohngeldquote"),
                ("ind-0-unit", "%"),
                ("ind-0-polarity", "need"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    let inds = app.db.indicators(city.id).await.unwrap();
    let ind = inds
        .iter()
        .find(|i| i.ind_key == "wohngeld")
        .expect("applied");
    assert_eq!(ind.licence, "dl-de/by-2-0");
    let vals = app.db.indicator_values(ind.id).await.unwrap();
    assert_eq!(vals.len(), 2);
    assert!(
        vals.iter()
            .any(|v| v.area_key == a.area_key && v.value == Some(4.5))
    );
    // Both versions stay listed; the catalogue shows the licence under the table.
    let (_, list) = c.get_text("/monitoring/data").await;
    assert!(
        list.contains(&format!("/monitoring/data/{id}"))
            && list.contains(&format!("/monitoring/data/{id2}"))
    );
    let (_, cat) = c.get_text("/monitoring").await;
    assert!(
        cat.contains("dl-de/by-2-0"),
        "licence line on the catalogue"
    );
    // Invalid key in the apply form: 422, nothing written.
    let (_, loc) = upload(
        &c,
        &[("kind", "indicators")],
        &[("w2.csv", good.as_bytes())],
    )
    .await;
    let id3 = loc.rsplit('/').next().unwrap().to_string();
    let r = c
        .post_form(
            &format!("/monitoring/data/{id3}/apply"),
            &[
                ("ind-0-include", "1"),
                ("ind-0-file-key", "wohngeldquote"),
                ("ind-0-key", "Bad Key!"),
                ("ind-0-polarity", "need"),
            ],
        )
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(html.contains("Bad Key!"), "the refused key is named");
}

#[tokio::test]
async fn upload_form_errors_and_body_limit() {
    let app = spawn_with(|c| c.upload_limit = 4_000).await;
    let c = app.login_as("analyst").await;
    let (st, page) = upload(&c, &[("kind", "indicators")], &[]).await;
    assert_eq!(st, 422);
    assert!(
        page.contains("f-file-error"),
        "missing file named at the field"
    );
    let big = vec![b'x'; 10_000];
    let (st, _) = upload(&c, &[("kind", "indicators")], &[("big.csv", &big)]).await;
    assert!(st == 413 || st == 422, "too large: {st}");
    let (st, page) = upload(
        &c,
        &[("kind", "boundaries")],
        &[("a.shp", b"not a shapefile")],
    )
    .await;
    assert_eq!(st, 303, "{page}");
    let (_, prev) = c.get_text(&page).await;
    assert!(prev.contains(".dbf"), "missing .dbf explained");
    // Residents and managers cannot upload.
    let m = app.login_as("manager").await;
    let (st, _) = upload(&m, &[("kind", "indicators")], &[("x.csv", b"id;x\n")]).await;
    assert_eq!(st, 403);
}

#[tokio::test]
async fn api_upload_and_apply_with_a_token() {
    let app = spawn().await;
    let c = app.login_as("analyst").await;
    let r = c.post_form("/account/tokens", &[("name", "import")]).await;
    assert!(r.status().is_success() || r.status().is_redirection());
    let page = r.text().await.unwrap_or_default();
    let token = page
        .split("class=\"token\">")
        .nth(1)
        .and_then(|s| s.split('<').next())
        .map(str::to_string)
        .expect("token shown once after creation");
    let city = app.db.cities().await.unwrap().remove(0);
    let areas = app.db.areas(city.id).await.unwrap();
    let csv = format!("id,year,kitaquote\n{},2023,12.5\n", areas[0].area_key);
    let (ct, body) = multipart(
        &[("kind", "indicators"), ("source", "API-Test")],
        &[("k.csv", csv.as_bytes())],
    );
    let http = reqwest::Client::new();
    let r = http
        .post(format!("{}/api/v1/datasets", app.base))
        .bearer_auth(&token)
        .header("content-type", ct)
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let j: serde_json::Value = r.json().await.unwrap();
    assert_eq!(j["can_apply"], true, "{j}");
    assert_eq!(j["summary"]["indicators"][0]["key"], "kitaquote");
    let id = j["dataset"]["id"].as_i64().unwrap();
    let r = http
        .post(format!("{}/api/v1/datasets/{id}/apply", app.base))
        .bearer_auth(&token)
        .header("content-type", "application/json")
        .body(r#"{"indicators":[{"file_key":"kitaquote","name":"Kita-Quote","unit":"%","polarity":"less"}]}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let inds = app.db.indicators(city.id).await.unwrap();
    let k = inds
        .iter()
        .find(|i| i.ind_key == "kitaquote")
        .expect("applied through the API");
    assert_eq!(k.polarity, "less");
    // Without a token: 401; the OpenAPI document describes the upload body.
    let r = http
        .get(format!("{}/api/v1/datasets", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
    let doc: serde_json::Value = http
        .get(format!("{}/api/v1/openapi.json", app.base))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(
        doc["paths"]["/api/v1/datasets"]["post"]["requestBody"]["content"]["multipart/form-data"]
            .is_object()
    );
}

/// Rank (1 = highest need) of each area in the ranking CSV.
fn ranks(csv: &str) -> Vec<(String, String, Option<usize>)> {
    let mut lines = csv.lines();
    let header: Vec<String> = lines
        .next()
        .unwrap_or_default()
        .trim_start_matches('\u{feff}')
        .split(';')
        .map(|s| s.trim_matches('"').to_string())
        .collect();
    let col = |n: &str| {
        header
            .iter()
            .position(|h| h == n)
            .unwrap_or_else(|| panic!("column {n} in {header:?}"))
    };
    let (k, name, rank) = (col("area_key"), col("name"), col("rank"));
    lines
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split(';').map(|s| s.trim_matches('"')).collect();
            (
                f.get(k).unwrap_or(&"").to_string(),
                f.get(name).unwrap_or(&"").to_string(),
                f.get(rank).and_then(|r| r.parse().ok()),
            )
        })
        .filter(|(k, _, _)| !k.is_empty() && !k.starts_with("Quelle"))
        .collect()
}

#[tokio::test]
async fn leipzig_loaded_through_the_upload_path_ranks_the_known_quarters_high() {
    let Some(data) = data_dir() else { return };
    let app = spawn().await;
    let c = app.login_as("analyst").await;
    let read = |p: &str| std::fs::read(data.join(p)).expect("shared data file");
    let source = "Stadt Leipzig, Amt für Statistik und Wahlen";
    // 1. Boundaries into a new city.
    let ot = read("leipzig-ortsteile/ortsteile.json");
    let (st, loc) = upload(
        &c,
        &[
            ("kind", "boundaries"),
            ("new_city", "Leipzig"),
            ("source", source),
            ("licence", "dl-de/by-2-0"),
        ],
        &[("ortsteile.json", &ot)],
    )
    .await;
    assert_eq!(st, 303, "{loc}");
    let (_, prev) = c.get_text(&loc).await;
    assert!(prev.contains("OT"), "key attribute OT recognised");
    let r = c.post_form(&format!("{loc}/apply"), &[]).await;
    assert_eq!(r.status(), 303);
    let city = app
        .db
        .city_by_slug("leipzig")
        .await
        .unwrap()
        .expect("city created");
    assert_eq!(app.db.areas(city.id).await.unwrap().len(), 63);

    // 2. Indicator tables from the statistics API, joined by Ortsteil name.
    let chosen = [
        (
            "leipzig-ortsteile/kdvalues/leipzig-bedarfsgemeinschaften.json",
            vec![
                ("sgb-ii-quote", "sgb2"),
                ("anteil-an-kindern", "kinder-sgb2"),
            ],
        ),
        (
            "leipzig-ortsteile/kdvalues/leipzig-arbeitslose-insgesamt.json",
            vec![("anteil-an-den-erwerbsfaehigen", "arbeitslose")],
        ),
    ];
    for (file, picks) in &chosen {
        let bytes = read(file);
        let name = file.rsplit('/').next().unwrap();
        let (st, loc) = upload(
            &c,
            &[
                ("kind", "indicators"),
                ("source", source),
                ("licence", "dl-de/by-2-0"),
            ],
            &[(name, &bytes)],
        )
        .await;
        assert_eq!(st, 303, "{loc}");
        let id = loc.rsplit('/').next().unwrap();
        let api: serde_json::Value = c
            .get(&format!("/api/v1/datasets/{id}"))
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(api["can_apply"], true, "{}", api["summary"]["problems"]);
        assert_eq!(
            api["summary"]["matched"], 63,
            "all Ortsteile matched by name"
        );
        let inds = api["summary"]["indicators"].as_array().unwrap();
        let mut form: Vec<(String, String)> = Vec::new();
        for (i, ind) in inds.iter().enumerate() {
            let fk = ind["key"].as_str().unwrap().to_string();
            form.push((format!("ind-{i}-file-key"), fk.clone()));
            if let Some((_, key)) = picks.iter().find(|(f, _)| *f == fk) {
                form.push((format!("ind-{i}-include"), "1".into()));
                form.push((format!("ind-{i}-key"), (*key).into()));
                form.push((format!("ind-{i}-unit"), "%".into()));
                form.push((format!("ind-{i}-polarity"), "need".into()));
            }
        }
        let refs: Vec<(&str, &str)> = form.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        let r = c
            .post_form(&format!("/monitoring/data/{id}/apply"), &refs)
            .await;
        assert_eq!(r.status(), 303, "apply {file}");
    }
    let mut keys: Vec<String> = app
        .db
        .indicators(city.id)
        .await
        .unwrap()
        .into_iter()
        .map(|i| i.ind_key)
        .collect();
    keys.sort();
    assert_eq!(keys, vec!["arbeitslose", "kinder-sgb2", "sgb2"]);

    // 3. The need ranking of the new city (chosen with the city cookie via /city).
    let r = c.get("/city?to=leipzig&next=/monitoring/ranking").await;
    assert_eq!(r.status(), 303);
    let (st, csv) = c.get_text("/monitoring/ranking.csv").await;
    assert_eq!(st, 200);
    let ranking = ranks(&csv);
    assert_eq!(ranking.len(), 63, "{csv}");
    let rank_of = |name: &str| {
        ranking
            .iter()
            .find(|(_, n, _)| n == name)
            .and_then(|(_, _, r)| *r)
            .unwrap_or_else(|| panic!("{name} ranked"))
    };
    for name in [
        "Volkmarsdorf",
        "Neustadt-Neuschönefeld",
        "Grünau-Mitte",
        "Grünau-Nord",
    ] {
        assert!(
            rank_of(name) <= 12,
            "{name} should be among the 12 highest-need Ortsteile, is {}",
            rank_of(name)
        );
    }
    for name in ["Schleußig", "Baalsdorf"] {
        assert!(
            rank_of(name) > 40,
            "{name} should rank low, is {}",
            rank_of(name)
        );
    }

    // 4. Volkmarsdorf is a High-High hot spot of the SGB II rate (LISA, 999 permutations).
    let r = c.get("/lang?to=en&next=/").await;
    assert_eq!(r.status(), 303);
    let gj: serde_json::Value = c
        .get("/monitoring/map.geojson?layer=lisa&indicator=sgb2")
        .await
        .json()
        .await
        .unwrap();
    let vk = gj["features"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["properties"]["name"] == "Volkmarsdorf")
        .expect("Volkmarsdorf on the map");
    assert_eq!(vk["properties"]["class"], "high–high (hot spot)", "{vk}");
    // The source line with the licence is under the map.
    let (_, map) = c.get_text("/monitoring/map?indicator=sgb2").await;
    assert!(map.contains("dl-de/by-2-0") && map.contains("Amt für Statistik"));
}

/// Rows of a simple comma-separated file with a header (quoted fields without commas
/// inside quotes, as in the MSS tables).
fn csv_rows(text: &str, sep: char) -> Vec<std::collections::HashMap<String, String>> {
    let mut lines = text.lines();
    let header: Vec<String> = lines
        .next()
        .unwrap_or_default()
        .trim_start_matches('\u{feff}')
        .split(sep)
        .map(|s| s.trim_matches('"').to_string())
        .collect();
    lines
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let mut fields = Vec::new();
            let mut cur = String::new();
            let mut quoted = false;
            for ch in l.chars() {
                match ch {
                    '"' => quoted = !quoted,
                    c if c == sep && !quoted => fields.push(std::mem::take(&mut cur)),
                    c => cur.push(c),
                }
            }
            fields.push(cur);
            header.iter().cloned().zip(fields).collect()
        })
        .collect()
}

#[tokio::test]
async fn berlin_mss_2019_classes_reproduced_through_the_web_path() {
    let Some(data) = data_dir() else { return };
    let app = spawn().await;
    let c = app.login_as("analyst").await;
    let dir = data.join("berlin-mss");
    let geo = std::fs::read(dir.join("geometry-plr-until-2020/berlin-lor-monitoring-social-urban-development-2019-00-planning-areas.geojson")).unwrap();
    // The published geometry labels PLR 04030417 (Schloßstraße, Charlottenburg) with the id
    // of 06010102 (Schloßstraße, Steglitz): the upload preview reports the duplicate id, and
    // the analyst corrects the northern one before uploading again — as done here.
    let mut gj: serde_json::Value = serde_json::from_slice(&geo).unwrap();
    let first_lat = |f: &serde_json::Value| {
        let mut c = &f["geometry"]["coordinates"];
        while c[0].is_array() {
            c = &c[0];
        }
        c[1].as_f64().unwrap_or(0.0)
    };
    for f in gj["features"].as_array_mut().unwrap() {
        if f["properties"]["id"] == "06010102" && first_lat(f) > 52.49 {
            f["properties"]["id"] = "04030417".into();
        }
    }
    let geo = serde_json::to_vec(&gj).unwrap();
    let raw_name = "berlin-lor-monitoring-social-urban-development-2019-00-2-1.csv";
    let raw = std::fs::read(dir.join("2019").join(raw_name)).unwrap();
    let official = std::fs::read_to_string(
        dir.join("2019/berlin-lor-monitoring-social-urban-development-2019-00-1.csv"),
    )
    .unwrap();
    let source = "Senatsverwaltung für Stadtentwicklung und Wohnen Berlin, MSS 2019";
    // Boundaries (448 PLR) into a new city, then the indicator table of the edition.
    let (st, loc) = upload(
        &c,
        &[
            ("kind", "boundaries"),
            ("new_city", "Berlin"),
            ("source", source),
        ],
        &[("plr.geojson", &geo)],
    )
    .await;
    assert_eq!(st, 303, "{loc}");
    assert_eq!(
        c.post_form(&format!("{loc}/apply"), &[]).await.status(),
        303
    );
    let city = app.db.city_by_slug("berlin").await.unwrap().expect("city");
    let berlin_areas = app.db.areas(city.id).await.unwrap();
    assert_eq!(berlin_areas.len(), 448);
    let (st, loc) = upload(
        &c,
        &[
            ("kind", "indicators"),
            ("year", "2019"),
            ("source", source),
            ("licence", "dl-de/by-2-0"),
        ],
        &[(raw_name, &raw)],
    )
    .await;
    assert_eq!(st, 303, "{loc}");
    let id = loc.rsplit('/').next().unwrap();
    let api: serde_json::Value = c
        .get(&format!("/api/v1/datasets/{id}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(api["can_apply"], true, "{}", api["summary"]["problems"]);
    let inds = api["summary"]["indicators"].as_array().unwrap().clone();
    let mut form: Vec<(String, String)> = Vec::new();
    let (mut status, mut dynamics, mut population) = (Vec::new(), Vec::new(), String::new());
    for (i, ind) in inds.iter().enumerate() {
        let k = ind["key"].as_str().unwrap().to_string();
        let polarity = if k == "inhabitants" {
            "neutral"
        } else {
            "need"
        };
        if k.starts_with('s') {
            status.push(k.clone())
        } else if k.starts_with('d') {
            dynamics.push(k.clone())
        } else if k == "inhabitants" {
            population = k.clone()
        }
        for (f, v) in [
            ("include", "1"),
            ("file-key", k.as_str()),
            ("key", k.as_str()),
            ("polarity", polarity),
        ] {
            form.push((format!("ind-{i}-{f}"), v.to_string()));
        }
    }
    assert_eq!(
        (status.len(), dynamics.len(), population.as_str()),
        (3, 3, "inhabitants"),
        "{inds:?}"
    );
    let refs: Vec<(&str, &str)> = form.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(
        c.post_form(&format!("/monitoring/data/{id}/apply"), &refs)
            .await
            .status(),
        303
    );

    // The published exclusions: PLR with ≥ 300 residents but no official class.
    let official_rows = csv_rows(&official, ',');
    let classified: std::collections::HashMap<String, String> = official_rows
        .iter()
        .map(|r| (r["id"].clone(), r["status_dynamik_index"].clone()))
        .collect();
    let raw_rows = csv_rows(&String::from_utf8_lossy(&raw), ',');
    let exclude: Vec<String> = raw_rows
        .iter()
        .filter(|r| {
            !classified.contains_key(&r["id"])
                && r["inhabitants"].parse::<f64>().unwrap_or(0.0) >= 300.0
        })
        .map(|r| r["id"].clone())
        .collect();
    assert_eq!(exclude.len(), 2, "{exclude:?}");
    // The MSS configuration through the form, in the Berlin city.
    assert_eq!(c.get("/city?to=berlin&next=/").await.status(), 303);
    let exclude = exclude.join(", ");
    let mut fields: Vec<(&str, &str)> = vec![
        ("name", "MSS 2019 (nachgerechnet)"),
        ("kind", "mss"),
        ("year", "2019"),
        ("population", population.as_str()),
        ("dynamics_given", "1"),
        ("exclude", exclude.as_str()),
        ("normalisation", "zscore"),
        ("aggregation", "arithmetic"),
    ];
    let slots: Vec<(String, String)> = status
        .iter()
        .enumerate()
        .map(|(i, k)| (format!("s{}", i + 1), k.clone()))
        .chain(
            dynamics
                .iter()
                .enumerate()
                .map(|(i, k)| (format!("d{}", i + 1), k.clone())),
        )
        .collect();
    fields.extend(slots.iter().map(|(a, b)| (a.as_str(), b.as_str())));
    let r = c.post_form("/monitoring/indices", &fields).await;
    let status = r.status().as_u16();
    let loc = r
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    if status != 303 {
        let page = r.text().await.unwrap_or_default();
        let errors: String = page
            .split("<h2>")
            .nth(1)
            .unwrap_or(&page)
            .chars()
            .take(1500)
            .collect();
        panic!("index form refused ({status}): {errors}");
    }
    let (st, csv) = c.get_text(&format!("{loc}/export.csv")).await;
    assert_eq!(st, 200);
    let ours = csv_rows(&csv, ';');
    let mut checked = 0;
    let mut mismatches = Vec::new();
    for row in &ours {
        let key = row.get("area_key").cloned().unwrap_or_default();
        let Some(expected) = classified.get(&key) else {
            continue;
        };
        checked += 1;
        if row.get("class").map(String::as_str) != Some(expected.as_str()) {
            mismatches.push(format!("{key}: {:?} vs {expected}", row.get("class")));
        }
    }
    let seen: std::collections::HashSet<String> = ours
        .iter()
        .filter_map(|r| r.get("area_key").cloned())
        .collect();
    let absent: Vec<&String> = classified.keys().filter(|k| !seen.contains(*k)).collect();
    assert_eq!(
        checked,
        classified.len(),
        "every officially classified PLR is in the results; absent: {absent:?}"
    );
    assert!(
        mismatches.is_empty(),
        "{} of {checked} differ: {:?}",
        mismatches.len(),
        &mismatches[..mismatches.len().min(10)]
    );
}

#[tokio::test]
async fn demo_programme_areas_are_a_dataset_version_and_overlay_the_map() {
    let app = spawn().await;
    let c = app.login_as("analyst").await;
    let (st, list) = c.get_text("/monitoring/data").await;
    assert_eq!(st, 200);
    assert!(
        list.contains("Fördergebiete (fiktiv)"),
        "demo version listed"
    );
    let anon = app.client();
    let (_, plain) = anon.get_text("/monitoring/map").await;
    assert!(
        !plain.contains("class=\"overlay\""),
        "no overlay unless asked"
    );
    assert!(
        plain.contains("name=\"overlay\""),
        "the overlay can be switched on"
    );
    let (st, map) = anon.get_text("/monitoring/map?overlay=programme").await;
    assert_eq!(st, 200);
    assert!(map.contains("class=\"overlay\""), "outlines drawn");
    assert!(
        map.contains("Bestehende Fördergebiete"),
        "named in the legend"
    );
    let (_, svg) = anon.get_text("/monitoring/map.svg?overlay=programme").await;
    assert!(
        svg.contains("class=\"overlay\""),
        "also in the SVG download"
    );
}
