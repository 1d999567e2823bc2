//! End-to-end tests of `quartier monitor …`: runs the built binary on the shared Berlin
//! MSS and Leipzig data (skipped with a notice when `../shared/data` is absent) and on
//! small generated inputs.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use support::{close, data_dir, f, leipzig_rows, ok, quartier, read_csv, reference, s, scratch};

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::Output;

const MSS_2019: &str = "berlin-mss/2019/berlin-lor-monitoring-social-urban-development-2019-00";
const BERLIN_PLR: &str = "berlin-mss/geometry-plr-until-2020/berlin-lor-monitoring-social-urban-development-2019-00-planning-areas.geojson";
const LISA_HEADER: &str = "id,value,lag,local_i,quadrant,p_value,q_value";
const MORAN_HEADER: &str = "i,expected,z_norm,p_norm,z_rand,p_rand,p_sim";

fn check_lisa(path: &Path, n: usize) -> Vec<HashMap<String, String>> {
    let (headers, rows) = read_csv(path);
    assert_eq!(headers.join(","), LISA_HEADER);
    assert_eq!(rows.len(), n);
    for r in &rows {
        assert!(
            ["HH", "LH", "LL", "HL"].contains(&r["quadrant"].as_str()),
            "{r:?}"
        );
        let p = f(r, "p_value");
        let q = f(r, "q_value");
        assert!(p > 0.0 && p <= 1.0, "p {p}");
        assert!(q >= p - 1e-15 && q <= 1.0, "q {q} p {p}");
        f(r, "value");
        f(r, "lag");
        f(r, "local_i");
    }
    rows
}

fn moran_row(path: &Path) -> HashMap<String, String> {
    let (headers, rows) = read_csv(path);
    assert_eq!(headers.join(","), MORAN_HEADER);
    assert_eq!(rows.len(), 1);
    rows.into_iter().next().unwrap()
}

// ------------------------------------------------------------------------- MSS index

#[test]
fn mss_index_reproduces_official_2019_classes() {
    let Some(data) = data_dir() else { return };
    let dir = scratch("mss");
    let raw = data.join(format!("{MSS_2019}-2-1.csv"));
    let (raw_headers, raw_rows) = read_csv(&raw);
    let (_, official) = read_csv(&data.join(format!("{MSS_2019}-1.csv")));
    let official: HashMap<String, HashMap<String, String>> =
        official.into_iter().map(|r| (r["id"].clone(), r)).collect();
    let status: Vec<&str> = raw_headers
        .iter()
        .filter(|h| h.starts_with('s') && h.contains("percentage"))
        .map(String::as_str)
        .collect();
    let dynamic: Vec<&str> = raw_headers
        .iter()
        .filter(|h| h.starts_with('d') && h.contains("percentage"))
        .map(String::as_str)
        .collect();
    assert_eq!((status.len(), dynamic.len()), (3, 3));
    // Named exclusions as in crates/stats/tests/mss_editions.rs: unclassified PLR with
    // at least 300 inhabitants (10010203 and one PLR without data).
    let named: Vec<String> = raw_rows
        .iter()
        .filter(|r| !official.contains_key(&r["id"]) && f(r, "inhabitants") >= 300.0)
        .map(|r| r["id"].clone())
        .collect();
    assert!(named.contains(&"10010203".to_owned()));

    let run = |table: &Path, out: &Path| {
        quartier(&[
            "index",
            "--preset",
            "mss",
            "--table",
            s(table),
            "--id-column",
            "id",
            "--population-column",
            "inhabitants",
            "--status",
            &status.join(","),
            "--dynamic",
            &dynamic.join(","),
            "--min-population",
            "300",
            "--exclude",
            &named.join(","),
            "--out",
            s(out),
        ])
    };
    let out = dir.join("mss.csv");
    ok(&run(&raw, &out));
    let (headers, rows) = read_csv(&out);
    assert_eq!(
        headers.join(","),
        "id,status_index,status_class,dynamic_index,dynamic_class,note"
    );
    assert_eq!(rows.len(), raw_rows.len());
    let mut classified = 0;
    for r in &rows {
        match official.get(&r["id"]) {
            Some(o) => {
                assert_eq!(r["status_class"], o["status_index_klasse"], "{}", r["id"]);
                assert_eq!(r["dynamic_class"], o["dynamik_index_klasse"], "{}", r["id"]);
                assert!(r["note"].is_empty());
                f(r, "status_index");
                classified += 1;
            }
            None => {
                assert!(r["status_index"].is_empty() && r["status_class"].is_empty());
                assert!(!r["note"].is_empty(), "{}: exclusion reason", r["id"]);
            }
        }
    }
    assert_eq!(classified, official.len());

    // The same table in German spreadsheet conventions (semicolon, decimal comma, BOM).
    let text = std::fs::read_to_string(&raw).unwrap();
    let mut german = String::from("\u{feff}");
    for line in text.lines() {
        let mut rdr = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(line.as_bytes());
        let rec = rdr.records().next().unwrap().unwrap();
        let cells: Vec<String> = rec
            .iter()
            .map(|c| {
                if c.parse::<f64>().is_ok() && !c.starts_with('0') || c.starts_with("0.") {
                    c.replace('.', ",")
                } else {
                    c.to_owned()
                }
            })
            .collect();
        german.push_str(&cells.join(";"));
        german.push_str("\r\n");
    }
    let de = dir.join("mss_de.csv");
    std::fs::write(&de, german).unwrap();
    let out_de = dir.join("mss_de_out.csv");
    ok(&run(&de, &out_de));
    let (_, rows_de) = read_csv(&out_de);
    for (a, b) in rows.iter().zip(&rows_de) {
        assert_eq!(a["id"], b["id"]);
        assert_eq!(a["status_class"], b["status_class"], "{}", a["id"]);
        assert_eq!(a["dynamic_class"], b["dynamic_class"], "{}", a["id"]);
    }
}

#[test]
fn composite_index_with_uncertainty_is_deterministic() {
    let Some(data) = data_dir() else { return };
    let dir = scratch("composite");
    let raw = data.join(format!("{MSS_2019}-2-1.csv"));
    let run = |out: &Path| {
        quartier(&[
            "index",
            "--preset",
            "composite",
            "--table",
            s(&raw),
            "--id-column",
            "id",
            "--indicators",
            "s1_percentage_unemployed,s3_percentage_transfer_payments_recipients",
            "--polarity",
            "+,+",
            "--weights",
            "2,1",
            "--normalisation",
            "zscore",
            "--aggregation",
            "arithmetic",
            "--uncertainty",
            "200",
            "--seed",
            "7",
            "--out",
            s(out),
        ])
    };
    let (a, b) = (dir.join("a.csv"), dir.join("b.csv"));
    ok(&run(&a));
    ok(&run(&b));
    assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
    let (headers, rows) = read_csv(&a);
    assert_eq!(
        headers.join(","),
        "id,score,rank,rank_q05,rank_median,rank_q95,p_top,note"
    );
    assert_eq!(rows.len(), 447);
    let ranks: HashSet<u32> = rows.iter().map(|r| r["rank"].parse().unwrap()).collect();
    assert!(ranks.contains(&1));
    for r in &rows {
        let p = f(r, "p_top");
        assert!((0.0..=1.0).contains(&p));
        assert!(f(r, "rank_q05") <= f(r, "rank_q95"));
    }
}

// ------------------------------------------------------------------------- Leipzig

/// CSV `OT;sgb2` (decimal comma) with the SGB-II-Quote 2022 from `kdvalues`, joined on
/// the Ortsteil name as in the reference.
fn leipzig_table(data: &Path, dir: &Path) -> PathBuf {
    let mut csv = String::from("OT;Ortsteil;sgb2\n");
    for (ot, name, v) in leipzig_rows(data) {
        csv.push_str(&format!(
            "{ot};{name};{}\n",
            v.to_string().replace('.', ",")
        ));
    }
    let p = dir.join("leipzig_sgb2.csv");
    std::fs::write(&p, csv).unwrap();
    p
}

#[test]
fn leipzig_moran_matches_pysal_and_lisa_is_deterministic() {
    let Some(data) = data_dir() else { return };
    let dir = scratch("leipzig");
    let areas = data.join("leipzig-ortsteile/ortsteile.json");
    let table = leipzig_table(&data, &dir);
    let refj = reference("leipzig.json");
    for w in ["queen", "rook"] {
        let out = dir.join(format!("moran_{w}.csv"));
        ok(&quartier(&[
            "moran",
            "--areas",
            s(&areas),
            "--area-id",
            "OT",
            "--table",
            s(&table),
            "--id-column",
            "OT",
            "--value",
            "sgb2",
            "--weights",
            w,
            "--out",
            s(&out),
        ]));
        let row = moran_row(&out);
        let r = &refj["results"]["sgb2_quote_2022"]["weights"][w]["moran_r"];
        close(f(&row, "i"), r["I"].as_f64().unwrap(), 1e-9, "I");
        close(f(&row, "expected"), r["EI"].as_f64().unwrap(), 1e-12, "EI");
        close(
            f(&row, "z_norm"),
            r["z_norm"].as_f64().unwrap(),
            1e-8,
            "z_norm",
        );
        close(
            f(&row, "z_rand"),
            r["z_rand"].as_f64().unwrap(),
            1e-8,
            "z_rand",
        );
        let p = f(&row, "p_sim");
        assert!(p > 0.0 && p <= 1.0);
    }
    let lisa = |out: &Path, seed: &str, method: &str| {
        quartier(&[
            "lisa",
            "--areas",
            s(&areas),
            "--area-id",
            "OT",
            "--area-name",
            "Name",
            "--table",
            s(&table),
            "--id-column",
            "OT",
            "--value",
            "sgb2",
            "--weights",
            "queen",
            "--permutations",
            "999",
            "--seed",
            seed,
            "--permutation-method",
            method,
            "--out",
            s(out),
        ])
    };
    let (a, b, c) = (dir.join("a.csv"), dir.join("b.csv"), dir.join("c.csv"));
    ok(&lisa(&a, "42", "independent"));
    ok(&lisa(&b, "42", "independent"));
    ok(&lisa(&c, "42", "shared"));
    assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
    let rows = check_lisa(&a, 63);
    check_lisa(&c, 63);
    // Local I and quadrants equal esda's (deterministic part).
    let esda = &refj["results"]["sgb2_quote_2022"]["weights"]["queen"]["moran_local_esda"];
    let ids: Vec<&str> = refj["ids"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    let by_id: HashMap<&str, &HashMap<String, String>> =
        rows.iter().map(|r| (r["id"].as_str(), r)).collect();
    let q_names = ["", "HH", "LH", "LL", "HL"];
    for (k, id) in ids.iter().enumerate() {
        let r = by_id[id];
        close(
            f(r, "local_i"),
            esda["Is"][k].as_f64().unwrap(),
            1e-9,
            "local I",
        );
        let q = esda["q"][k].as_u64().unwrap() as usize;
        assert_eq!(r["quadrant"], q_names[q], "{id}");
        close(
            f(r, "lag"),
            esda["lag_y"][k].as_f64().unwrap(),
            1e-9,
            "lag_y",
        );
    }

    // Value from a boundary property: knn weights; classify with map and GeoJSON.
    let cl = dir.join("classes.csv");
    let svg = dir.join("classes.svg");
    let gj = dir.join("classes.geojson");
    ok(&quartier(&[
        "classify",
        "--areas",
        s(&areas),
        "--area-id",
        "OT",
        "--area-name",
        "Name",
        "--table",
        s(&table),
        "--id-column",
        "OT",
        "--value",
        "sgb2",
        "--method",
        "fisher-jenks",
        "--k",
        "5",
        "--out",
        s(&cl),
        "--map",
        s(&svg),
        "--geojson",
        s(&gj),
        "--source",
        "Quelle: Stadt Leipzig, Amt für Statistik & Wahlen",
    ]));
    let (headers, crow) = read_csv(&cl);
    assert_eq!(headers.join(","), "id,value,class,lower,upper");
    assert_eq!(crow.len(), 63);
    let fj = &refj["results"]["sgb2_quote_2022"]["classify"]["FisherJenks_k5"]["yb"];
    let cby: HashMap<&str, &HashMap<String, String>> =
        crow.iter().map(|r| (r["id"].as_str(), r)).collect();
    for (k, id) in ids.iter().enumerate() {
        assert_eq!(
            cby[id]["class"].parse::<u64>().unwrap(),
            fj[k].as_u64().unwrap() + 1,
            "{id}"
        );
    }
    let svg_text = std::fs::read_to_string(&svg).unwrap();
    assert!(svg_text.starts_with("<?xml"));
    assert_eq!(svg_text.matches("<path ").count(), 63);
    assert_eq!(svg_text.matches("<title").count(), 64);
    assert!(svg_text.contains("Amt für Statistik &amp; Wahlen"));
    let g: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&gj).unwrap()).unwrap();
    let feats = g["features"].as_array().unwrap();
    assert_eq!(feats.len(), 63);
    assert!(feats[0]["properties"]["class"].as_u64().is_some());

    // kNN weights and LISA map.
    let out = dir.join("knn.csv");
    let map = dir.join("knn.svg");
    ok(&quartier(&[
        "lisa",
        "--areas",
        s(&areas),
        "--area-id",
        "OT",
        "--table",
        s(&table),
        "--id-column",
        "OT",
        "--value",
        "sgb2",
        "--weights",
        "knn:4",
        "--out",
        s(&out),
        "--map",
        s(&map),
        "--title",
        "SGB II 2022",
    ]));
    check_lisa(&out, 63);
    let svg_text = std::fs::read_to_string(&map).unwrap();
    assert!(svg_text.contains("SGB II 2022") && svg_text.contains("High–High"));
}

// ------------------------------------------------------------------------- Berlin

#[test]
fn berlin_planning_areas_moran_matches_pysal() {
    let Some(data) = data_dir() else { return };
    let dir = scratch("berlin");
    // The published GeoJSON uses id 06010102 for two different polygons (features 123 and
    // 204). The reference (PySAL) joined the table row of 06010102 to both; reproduce that
    // with a renamed copy of feature 204 and a table row with the same values.
    let mut geo: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(data.join(BERLIN_PLR)).unwrap()).unwrap();
    let feats = geo["features"].as_array_mut().unwrap();
    assert_eq!(feats[204]["properties"]["id"], "06010102");
    feats[204]["properties"]["id"] = "06010102-2".into();
    let areas = dir.join("plr.geojson");
    std::fs::write(&areas, geo.to_string()).unwrap();
    let raw = data.join(format!("{MSS_2019}-2-1.csv"));
    let (_, rows) = read_csv(&raw);
    let mut csv = String::from("id,s3\n");
    for r in &rows {
        let v = &r["s3_percentage_transfer_payments_recipients"];
        csv.push_str(&format!("{},{v}\n", r["id"]));
        if r["id"] == "06010102" {
            csv.push_str(&format!("06010102-2,{v}\n"));
        }
    }
    let table = dir.join("s3.csv");
    std::fs::write(&table, csv).unwrap();

    let args = |cmd: &'static str, w: &'static str, out: &Path, drop: bool| -> Output {
        let mut a = vec![
            cmd,
            "--areas",
            s(&areas),
            "--area-id",
            "id",
            "--table",
            s(&table),
            "--id-column",
            "id",
            "--value",
            "s3",
            "--weights",
            w,
            "--seed",
            "3",
            "--out",
            s(out),
        ];
        if drop {
            a.push("--drop-unmatched");
        }
        let a: Vec<&str> = a.into_iter().collect();
        quartier(&a)
    };
    // Without --drop-unmatched the PLR without a table row is an input error.
    let out = dir.join("moran.csv");
    let r = args("moran", "queen", &out, false);
    assert_eq!(r.status.code(), Some(2));
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(err.contains("09041403") && err.contains("s3.csv"), "{err}");
    assert!(!out.exists());

    let refj = reference("berlin.json");
    for w in ["queen", "rook"] {
        let out = dir.join(format!("moran_{w}.csv"));
        ok(&args("moran", w, &out, true));
        let row = moran_row(&out);
        let r = &refj["results"]["s3_transfer_2019"]["weights"][w]["moran_r"];
        close(f(&row, "i"), r["I"].as_f64().unwrap(), 1e-9, "I");
        close(
            f(&row, "z_norm"),
            r["z_norm"].as_f64().unwrap(),
            1e-8,
            "z_norm",
        );
        close(
            f(&row, "z_rand"),
            r["z_rand"].as_f64().unwrap(),
            1e-8,
            "z_rand",
        );
    }
    let (a, b) = (dir.join("lisa_a.csv"), dir.join("lisa_b.csv"));
    ok(&args("lisa", "queen", &a, true));
    ok(&args("lisa", "queen", &b, true));
    assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
    let rows = check_lisa(&a, 447);
    // Compare local I per id (the reference's pandas join moved the duplicate next to its
    // twin, so compare the sorted values per id rather than by position).
    let esda = &refj["results"]["s3_transfer_2019"]["weights"]["queen"]["moran_local_esda"];
    let mut expected: HashMap<String, Vec<f64>> = HashMap::new();
    for (k, id) in refj["ids"].as_array().unwrap().iter().enumerate() {
        expected
            .entry(id.as_str().unwrap().to_owned())
            .or_default()
            .push(esda["Is"][k].as_f64().unwrap());
    }
    let mut got: HashMap<String, Vec<f64>> = HashMap::new();
    for r in &rows {
        got.entry(r["id"].trim_end_matches("-2").to_owned())
            .or_default()
            .push(f(r, "local_i"));
    }
    assert_eq!(got.len(), expected.len());
    for (id, mut e) in expected {
        let mut g = got.remove(&id).unwrap_or_else(|| panic!("{id} missing"));
        e.sort_by(f64::total_cmp);
        g.sort_by(f64::total_cmp);
        assert_eq!(g.len(), e.len(), "{id}");
        for (x, y) in g.iter().zip(&e) {
            close(*x, *y, 1e-9, "local I");
        }
    }
}

// ------------------------------------------------------------------------- bad input

#[test]
fn bad_input_exits_2_and_writes_nothing() {
    let dir = scratch("bad");
    // A tiny 2×3 grid of squares with ids a..f.
    let mut feats = Vec::new();
    let ids = ["a", "b", "c", "d", "e", "f"];
    for (k, id) in ids.iter().enumerate() {
        let (x, y) = ((k % 3) as f64 * 0.01 + 13.0, (k / 3) as f64 * 0.01 + 52.0);
        feats.push(serde_json::json!({
            "type": "Feature",
            "properties": {"code": id, "v": k as f64},
            "geometry": {"type": "Polygon", "coordinates": [[
                [x, y], [x + 0.01, y], [x + 0.01, y + 0.01], [x, y + 0.01], [x, y]
            ]]}
        }));
    }
    let areas = dir.join("grid.geojson");
    std::fs::write(
        &areas,
        serde_json::json!({"type": "FeatureCollection", "features": feats}).to_string(),
    )
    .unwrap();
    // Sanity: the good inputs work.
    let good = dir.join("good.csv");
    ok(&quartier(&[
        "moran",
        "--areas",
        s(&areas),
        "--area-id",
        "code",
        "--value",
        "v",
        "--weights",
        "rook",
        "--out",
        s(&good),
    ]));
    moran_row(&good);

    let table = dir.join("werte.csv");
    std::fs::write(
        &table,
        "Gebiet;Wert\na;1,5\nb;2,5\nc;abc\nd;4\ne;5,25\nf;6\n",
    )
    .unwrap();
    let out = dir.join("out.csv");
    let run = |extra: &[&str]| -> Output {
        let mut a = vec!["lisa", "--areas", s(&areas), "--area-id", "code"];
        a.extend_from_slice(extra);
        a.extend_from_slice(&["--out", s(&out)]);
        quartier(&a)
    };
    // Non-numeric value: file, line, column and value are named.
    let r = run(&[
        "--table",
        s(&table),
        "--id-column",
        "Gebiet",
        "--value",
        "Wert",
    ]);
    assert_eq!(r.status.code(), Some(2));
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(
        err.contains("werte.csv:4") && err.contains("Wert") && err.contains("abc"),
        "{err}"
    );
    assert!(!out.exists());
    // Unknown id column.
    let r = run(&[
        "--table",
        s(&table),
        "--id-column",
        "Schluessel",
        "--value",
        "Wert",
    ]);
    assert_eq!(r.status.code(), Some(2));
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(
        err.contains("werte.csv") && err.contains("Schluessel"),
        "{err}"
    );
    assert!(!out.exists());
    // Unknown value column.
    let r = run(&[
        "--table",
        s(&table),
        "--id-column",
        "Gebiet",
        "--value",
        "Anteil",
    ]);
    assert_eq!(r.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&r.stderr).contains("Anteil"));
    // Missing table and missing boundary file.
    let r = run(&["--table", "/nonexistent/werte.csv", "--value", "Wert"]);
    assert_eq!(r.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&r.stderr).contains("werte.csv"));
    let r = quartier(&[
        "moran",
        "--areas",
        "/nonexistent/gebiete.geojson",
        "--area-id",
        "code",
        "--value",
        "v",
        "--out",
        s(&out),
    ]);
    assert_eq!(r.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&r.stderr).contains("gebiete.geojson"));
    // Bad weights spec (clap usage error, also exit 2).
    let r = run(&["--value", "v", "--weights", "knn:x"]);
    assert_eq!(r.status.code(), Some(2));
    // MSS with a non-numeric population.
    let mss = dir.join("mss.csv");
    std::fs::write(
        &mss,
        "id,ew,s1,s2\n1,1000,5,7\n2,viele,6,8\n3,900,7,9\n4,800,8,8\n",
    )
    .unwrap();
    let r = quartier(&[
        "index",
        "--preset",
        "mss",
        "--table",
        s(&mss),
        "--id-column",
        "id",
        "--population-column",
        "ew",
        "--status",
        "s1,s2",
        "--out",
        s(&out),
    ]);
    assert_eq!(r.status.code(), Some(2));
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(
        err.contains("mss.csv:3") && err.contains("ew") && err.contains("viele"),
        "{err}"
    );
    assert!(!out.exists());
    // Output folder missing: nothing written, exit 2.
    let r = quartier(&[
        "moran",
        "--areas",
        s(&areas),
        "--area-id",
        "code",
        "--value",
        "v",
        "--out",
        "/nonexistent-dir/out.csv",
    ]);
    assert_eq!(r.status.code(), Some(2));
}
