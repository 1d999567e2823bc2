//! Reproduces the official Berlin MSS results of the editions 2013, 2015, 2017 and 2019
//! from the published raw indicator tables (`*-2-1.csv`) and compares them with the
//! published classes (`*-1.csv`) and z-values / index values (`*-3.csv`).
//!
//! Data: `shared/data/berlin-mss/<year>/` (comma-separated, UTF-8, decimal point, ids as
//! 8-digit strings). Skipped with a notice when the data folder is absent.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use quartier_stats::mss::{self, DynamicClass, Exclusion, MssArea, MssConfig, StatusClass};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// Published values have 5 decimals and are computed from inputs that are themselves
/// rounded to 5 decimals; the recomputed values agree to this tolerance.
const TOL_Z: f64 = 2e-5;
/// Sums of 3–4 z-values accumulate the rounding of their terms.
const TOL_SUM: f64 = 3e-5;

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/berlin-mss")
}

type Table = (Vec<String>, Vec<HashMap<String, String>>);

fn read_table(path: &Path) -> Table {
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_path(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let headers: Vec<String> = rdr.headers().unwrap().iter().map(str::to_owned).collect();
    let rows = rdr
        .records()
        .map(|r| {
            let r = r.unwrap();
            headers
                .iter()
                .cloned()
                .zip(r.iter().map(str::to_owned))
                .collect()
        })
        .collect();
    (headers, rows)
}

fn num(row: &HashMap<String, String>, col: &str) -> f64 {
    let s = row
        .get(col)
        .unwrap_or_else(|| panic!("column {col} missing"));
    s.trim()
        .parse::<f64>()
        .unwrap_or_else(|e| panic!("column {col}: {s:?} is not a number: {e}"))
}

fn file(year: u32, suffix: &str) -> PathBuf {
    data_dir().join(format!(
        "{year}/berlin-lor-monitoring-social-urban-development-{year}-00-{suffix}.csv"
    ))
}

struct Edition {
    year: u32,
    expected_areas: usize,
    /// Published class counts (hoch, mittel, niedrig, sehr niedrig) and
    /// (positiv, stabil, negativ) from the research report.
    status_counts: [usize; 4],
    dynamic_counts: [usize; 3],
    attention: usize,
}

const EDITIONS: [Edition; 4] = [
    Edition {
        year: 2013,
        expected_areas: 434,
        status_counts: [80, 264, 52, 38],
        dynamic_counts: [54, 330, 50],
        attention: 111,
    },
    Edition {
        year: 2015,
        expected_areas: 435,
        status_counts: [78, 270, 49, 38],
        dynamic_counts: [48, 350, 37],
        attention: 105,
    },
    Edition {
        year: 2017,
        expected_areas: 436,
        status_counts: [75, 278, 41, 42],
        dynamic_counts: [49, 339, 48],
        attention: 111,
    },
    Edition {
        year: 2019,
        expected_areas: 436,
        status_counts: [67, 283, 47, 39],
        dynamic_counts: [46, 357, 33],
        attention: 112,
    },
];

#[test]
fn mss_editions_reproduce_official_classes() {
    if !data_dir().is_dir() {
        eprintln!(
            "NOTICE: {} not found; skipping the MSS edition test",
            data_dir().display()
        );
        return;
    }
    let mut total_checked = 0;
    for ed in &EDITIONS {
        let (raw_headers, raw) = read_table(&file(ed.year, "2-1"));
        let (_, official) = read_table(&file(ed.year, "1"));
        let (z_headers, zvals) = read_table(&file(ed.year, "3"));
        assert_eq!(raw.len(), 447, "{}: raw rows", ed.year);
        assert_eq!(
            official.len(),
            ed.expected_areas,
            "{}: official rows",
            ed.year
        );

        // Columns: population = `inhabitants`, status = s*, dynamic = d*.
        let status_cols: Vec<String> = raw_headers
            .iter()
            .filter(|h| h.starts_with('s') && h.contains("percentage"))
            .cloned()
            .collect();
        let dynamic_cols: Vec<String> = raw_headers
            .iter()
            .filter(|h| h.starts_with('d') && h.contains("percentage"))
            .cloned()
            .collect();
        let n_status = if ed.year >= 2019 { 3 } else { 4 };
        assert_eq!(status_cols.len(), n_status, "{}: status columns", ed.year);
        assert_eq!(dynamic_cols.len(), n_status, "{}: dynamic columns", ed.year);

        let official_by_id: HashMap<&str, &HashMap<String, String>> =
            official.iter().map(|r| (r["id"].as_str(), r)).collect();
        // Exclusions found in the files: every raw PLR that has no official class (its
        // raw values are written as zeros). Those with < 300 inhabitants are left to the
        // population rule; the others are passed as named exclusions. (The population at
        // the start of the period does not explain them: 02020201 had 284 inhabitants in
        // 2015 and is classified in 2017, so the published end-of-period count is used.)
        let mut named = Vec::new();
        let mut not_classified = HashSet::new();
        for row in &raw {
            let id = row["id"].as_str();
            if !official_by_id.contains_key(id) {
                not_classified.insert(id.to_owned());
                if num(row, "inhabitants") >= 300.0 {
                    named.push(id.to_owned());
                }
            }
        }
        // The outlier "Gewerbegebiet Bitterfelder Straße" is excluded in every edition;
        // 2017 and 2019 have one more PLR (≥ 300 inhabitants) without data.
        assert!(
            named.contains(&"10010203".to_owned()),
            "{}: outliers",
            ed.year
        );
        let expected_named = if ed.year >= 2017 { 2 } else { 1 };
        assert_eq!(named.len(), expected_named, "{}: named {named:?}", ed.year);

        let areas: Vec<MssArea> = raw
            .iter()
            .map(|row| {
                let id = row["id"].clone();
                MssArea {
                    population: Some(num(row, "inhabitants")),
                    population_start: None,
                    status: status_cols.iter().map(|c| Some(num(row, c))).collect(),
                    dynamic: dynamic_cols.iter().map(|c| Some(num(row, c))).collect(),
                    id,
                }
            })
            .collect();
        let mut config = MssConfig::new(status_cols.clone(), dynamic_cols.clone());
        config.exclude = named.clone();
        let result = mss::compute(&areas, &config).unwrap();

        // Exclusion set and reasons.
        assert_eq!(
            result.n_included, ed.expected_areas,
            "{}: included",
            ed.year
        );
        for r in &result.areas {
            assert_eq!(
                r.exclusion.is_some(),
                not_classified.contains(&r.id),
                "{} {}: exclusion",
                ed.year,
                r.id
            );
            match &r.exclusion {
                Some(Exclusion::ExcludedById) => assert!(named.contains(&r.id)),
                Some(Exclusion::BelowMinPopulation { population, min }) => {
                    assert!(population < min)
                }
                Some(other) => panic!("{} {}: unexpected exclusion {other:?}", ed.year, r.id),
                None => {}
            }
        }

        // Classes.
        let mut status_mismatches = Vec::new();
        let mut dynamic_mismatches = Vec::new();
        let mut attention = 0;
        for r in result.areas.iter().filter(|r| r.is_included()) {
            let off = official_by_id[r.id.as_str()];
            let sc = r.status_class.unwrap();
            let dc = r.dynamic_class.unwrap();
            if sc.label() != off["status_index_klasse"]
                || f64::from(sc.code()) != num(off, "status_index")
            {
                status_mismatches.push(r.id.clone());
            }
            if dc.label() != off["dynamik_index_klasse"] || dc.symbol() != off["dynamik_index"] {
                dynamic_mismatches.push(r.id.clone());
            }
            assert_eq!(
                r.group.as_deref(),
                Some(off["status_dynamik_index"].as_str()),
                "{} {}: group",
                ed.year,
                r.id
            );
            if r.needs_attention() {
                attention += 1;
            }
        }
        assert!(
            status_mismatches.is_empty(),
            "{}: status class mismatches {status_mismatches:?}",
            ed.year
        );
        assert!(
            dynamic_mismatches.is_empty(),
            "{}: dynamic class mismatches {dynamic_mismatches:?}",
            ed.year
        );
        assert_eq!(result.status_counts, ed.status_counts, "{}", ed.year);
        assert_eq!(result.dynamic_counts, ed.dynamic_counts, "{}", ed.year);
        assert_eq!(attention, ed.attention, "{}: attention areas", ed.year);

        // Published values (`*-3.csv`). Only the z_s* columns are labelled correctly;
        // the converter shifted the rest: after the status z-values follow the
        // status sum, (2013–2017 only) the status index, the status class, zD1.
        let zcols: Vec<&String> = z_headers.iter().skip(3).collect();
        let by_id: HashMap<&str, &MssArea> = areas.iter().map(|a| (a.id.as_str(), a)).collect();
        let mut max_err_z: f64 = 0.0;
        let mut max_err_index: f64 = 0.0;
        let mut compared = 0;
        for row in &zvals {
            let id = row["id"].as_str();
            let Some(r) = result.areas.iter().find(|r| r.id == id) else {
                panic!("{} {id}: not in raw table", ed.year)
            };
            if !r.is_included() {
                // 2015 lists the excluded PLR with zeros.
                assert!(by_id.contains_key(id));
                continue;
            }
            let sz = r.status_z.as_ref().unwrap();
            for (k, col) in zcols.iter().take(n_status).enumerate() {
                let e = (num(row, col) - sz[k]).abs();
                max_err_z = max_err_z.max(e);
                assert!(
                    e <= TOL_Z,
                    "{} {id} {col}: z {} vs {}",
                    ed.year,
                    num(row, col),
                    sz[k]
                );
            }
            let mut next = n_status;
            let published_sum = num(row, zcols[next]);
            let e = (published_sum - r.status_sum.unwrap()).abs();
            assert!(
                e <= TOL_SUM,
                "{} {id}: status sum {published_sum} vs {:?}",
                ed.year,
                r.status_sum
            );
            max_err_index = max_err_index.max(e);
            next += 1;
            if ed.year <= 2017 {
                let published_si = num(row, zcols[next]);
                let e = (published_si - r.status_index.unwrap()).abs();
                assert!(
                    e <= TOL_Z,
                    "{} {id}: status index {published_si} vs {:?}",
                    ed.year,
                    r.status_index
                );
                max_err_index = max_err_index.max(e);
                next += 1;
            }
            assert_eq!(row[zcols[next].as_str()], r.status_class.unwrap().label());
            next += 1;
            let published_zd1 = num(row, zcols[next]);
            let e = (published_zd1 - r.dynamic_z.as_ref().unwrap()[0]).abs();
            assert!(
                e <= TOL_Z,
                "{} {id}: zD1 {published_zd1} vs {:?}",
                ed.year,
                r.dynamic_z
            );
            max_err_z = max_err_z.max(e);
            compared += 1;
        }
        assert_eq!(compared, ed.expected_areas, "{}: compared z rows", ed.year);
        total_checked += result.n_included;
        eprintln!(
            "MSS {}: {} of {} PLR classified, {} excluded ({} by population, {} by id), \
             0 status / 0 dynamic class mismatches, max |Δz| {:.2e}, max |Δ sum/index| {:.2e}",
            ed.year,
            result.n_included,
            raw.len(),
            raw.len() - result.n_included,
            raw.len() - result.n_included - named.len(),
            named.len(),
            max_err_z,
            max_err_index
        );
    }
    assert_eq!(total_checked, 434 + 435 + 436 + 436);
    // Class enums cover all published labels.
    assert_eq!(StatusClass::ALL.len(), 4);
    assert_eq!(DynamicClass::ALL.len(), 3);
}
