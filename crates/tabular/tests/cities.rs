//! Münster, Köln and München (`../shared/data`, SOURCES.md §8–10) load as published:
//! boundaries and tables read without edits, table keys matched to the areas, values
//! checked against the source files. Skipped with a notice when the data is absent.
#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;
use std::path::PathBuf;

use quartier_geodata::{ImportOptions, ImportReport, read_boundaries};
use quartier_tabular::matching::{MatchHow, Matching, Target, match_keys};
use quartier_tabular::*;

fn data(rel: &str) -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data")
        .join(rel);
    if p.exists() {
        Some(p)
    } else {
        println!("skipping: {} not found", p.display());
        None
    }
}

fn targets(report: &ImportReport) -> Vec<Target> {
    report
        .layer
        .areas
        .iter()
        .map(|a| Target {
            key: a.id.clone(),
            name: a.name.clone(),
        })
        .collect()
}

fn match_table(imp: &TableImport, targets: &[Target]) -> Matching {
    let sources: Vec<(String, Option<String>)> = imp
        .table
        .area_ids()
        .into_iter()
        .map(|k| {
            let n = imp.table.area_names.get(&k).cloned();
            (k, n)
        })
        .collect();
    match_keys(&sources, targets, &BTreeMap::new())
}

fn sheet(path: &std::path::Path, name: &str) -> TableImport {
    let opts = TableOptions {
        sheet: Some(name.into()),
        ..Default::default()
    };
    read_table(path, &opts).unwrap()
}

#[test]
fn muenster_workbook_with_subtotals_and_code_name_keys() {
    let Some(geo) = data("muenster-stadtteile/Ebene_2_Stadtteil.geojson") else {
        return;
    };
    let report = read_boundaries(&geo, &ImportOptions::new("Nr").with_name_field("Name")).unwrap();
    assert!(report.is_ok(), "{:?}", report.problems);
    assert_eq!(report.layer.areas.len(), 45);
    assert_eq!(report.field_choice.name.as_ref().unwrap().field, "Name");
    let targets = targets(&report);
    let xlsx =
        data("muenster-stadtteile/bevoelkerungs_und_arbeitsmarktdaten_muenster.xlsx").unwrap();
    // (sheet, indicator, aggregate rows: 10 districts + city, + "nicht zuzuordnen")
    for (name, aggregates) in [
        ("Bevölkerung", 11),
        ("nach Alter", 11),
        ("männlich", 11),
        ("weiblich", 11),
        ("Haushalte", 11),
        ("Arbeitslose", 12),
        ("Beschäftigte_2013", 12),
    ] {
        let imp = sheet(&xlsx, name);
        assert!(imp.is_ok(), "{name}: {:?}", imp.problems);
        let d = &imp.recognition.detection;
        assert_eq!(
            d.aggregate_rows.len(),
            aggregates,
            "{name}: {:?}",
            d.aggregate_rows
        );
        assert!(
            d.aggregate_rows
                .iter()
                .any(|a| a.key == "Stadt Münster" && a.kind == RowKind::Total)
        );
        assert_eq!(imp.table.area_ids().len(), 45, "{name}");
        let m = match_table(&imp, &targets);
        assert_eq!(m.matched.len(), 45, "{name}: {:?}", m.unmatched);
        assert!(
            m.matched.iter().all(|x| x.how == MatchHow::CodePrefix),
            "{name}"
        );
        assert!(m.unused_targets.is_empty());
        // "34 Düesberg" (table) is "Düesbergweg" (geometry): matched by its code.
        assert_eq!(m.to_map()["34 Düesberg"], vec!["34"]);
        // No header year merged with the unit row ("2010 Anzahl").
        assert!(
            imp.table.indicators().iter().all(|i| !i.contains("Anzahl")),
            "{name}"
        );
    }
    let t = sheet(&xlsx, "Bevölkerung").table;
    assert_eq!(t.indicators(), vec!["Bevölkerung"]);
    assert_eq!(t.years(), (2010..=2014).collect::<Vec<_>>());
    assert_eq!(
        t.get("11 Aegidii", "Bevölkerung", Some(2010)),
        Some(Some(1356.0))
    );
    assert_eq!(
        t.get("98 Amelsbüren", "Bevölkerung", Some(2014)),
        Some(Some(6244.0))
    );
    let a = sheet(&xlsx, "Arbeitslose").table;
    assert_eq!(
        a.get("98 Amelsbüren", "Arbeitslose", Some(2014)),
        Some(Some(109.0))
    );
    // Plausibility (SOURCES §8): Arbeitslose per 100 Wohnberechtigte 2014, highest in Coerde.
    let rate = |k: &str| {
        a.get(k, "Arbeitslose", Some(2014)).flatten().unwrap()
            / t.get(k, "Bevölkerung", Some(2014)).flatten().unwrap()
            * 100.0
    };
    assert!(
        (rate("61 Coerde") - 6.6).abs() < 0.05,
        "{}",
        rate("61 Coerde")
    );
    assert!((rate("14 Buddenturm") - 1.5).abs() < 0.05);
    // Age sheet: header over two rows ("Ins-\ngesamt" above a blank cell), unit row below.
    let age = sheet(&xlsx, "nach Alter");
    assert_eq!(
        age.table.get("11 Aegidii", "Insgesamt", None),
        Some(Some(1450.0))
    );
    assert_eq!(age.table.get("11 Aegidii", "0 - 9", None), Some(Some(83.0)));
    // Suppressed values (".") are missing, not errors: 14 per sex sheet.
    let m = sheet(&xlsx, "männlich");
    assert_eq!(
        m.table.records.iter().filter(|r| r.value.is_none()).count(),
        14
    );
}

#[test]
fn koeln_shapefile_and_tables_joined_by_number_or_name() {
    let Some(shp) = data("koeln-stadtteile/Stadtteil.shp") else {
        return;
    };
    let report = read_boundaries(
        &shp,
        &ImportOptions::new("STT_NR").with_name_field("STT_NAME"),
    )
    .unwrap();
    assert_eq!(report.layer.areas.len(), 86);
    // The self-intersecting ring of 202 Marienburg is reported, not hidden.
    assert!(
        report
            .problems
            .iter()
            .any(|p| p.to_string().contains("202")),
        "{:?}",
        report.problems
    );
    let lon: Vec<f64> = report
        .layer
        .areas
        .iter()
        .flat_map(|a| {
            a.geometry
                .0
                .iter()
                .flat_map(|p| p.exterior().0.iter().map(|c| c.x))
        })
        .collect();
    let (lo, hi) = lon
        .iter()
        .fold((f64::MAX, f64::MIN), |(a, b), x| (a.min(*x), b.max(*x)));
    // Not 2000 km off (False_Easting 2 500 000 read from the .prj).
    assert!(lo > 6.7 && hi < 7.2, "{lo} {hi}");
    assert_eq!(report.field_choice.name.as_ref().unwrap().field, "STT_NAME");
    let targets = targets(&report);
    // Age groups: joined on the number; three headers have a leading space.
    let imp = read_table(
        &data("koeln-stadtteile/2012_Altersgruppen_Stadtteil.csv").unwrap(),
        &TableOptions::default(),
    )
    .unwrap();
    assert!(imp.is_ok(), "{:?}", imp.problems);
    let d = &imp.recognition.detection;
    assert_eq!(d.key_column.value.as_deref(), Some("Nr."));
    assert_eq!(d.name_column.value.as_deref(), Some("Stadtteil"));
    assert_eq!(
        imp.table.get("101", "Einwohner insgesamt", None),
        Some(Some(27515.0))
    );
    assert_eq!(imp.table.get("101", "3 - 5", None), Some(Some(356.0)));
    let m = match_table(&imp, &targets);
    assert_eq!(m.matched.len(), 86);
    assert!(m.matched.iter().all(|x| x.how == MatchHow::ExactKey));
    // By name alone: 79 exact, the 4 hyphen/slash spellings normalised, the 3 abbreviations
    // ("Bocklem./Mengenich") suggested with the right area first.
    let by_name: Vec<(String, Option<String>)> = imp
        .table
        .area_names
        .values()
        .map(|n| (n.clone(), None))
        .collect();
    let m = match_keys(&by_name, &targets, &BTreeMap::new());
    assert_eq!(m.matched.len(), 83, "{:?}", m.unmatched);
    assert_eq!(
        m.matched
            .iter()
            .filter(|x| x.how == MatchHow::NormalisedName)
            .count(),
        4
    );
    assert_eq!(m.unmatched.len(), 3);
    let name_of = |k: &str| {
        targets
            .iter()
            .find(|t| t.key == k)
            .and_then(|t| t.name.clone())
            .unwrap()
    };
    for s in &m.unmatched {
        let best = name_of(&s.candidates[0].0);
        let stem = s.source.split(['.', '/']).next().unwrap();
        assert!(best.starts_with(stem), "{} → {best}", s.source);
    }
    // The city file holds only the total: nothing is read as an area.
    let imp = read_table(
        &data("koeln-stadtteile/2012_Altersgruppen_Insgesamt.csv").unwrap(),
        &TableOptions::default(),
    )
    .unwrap();
    assert_eq!(
        imp.recognition.detection.aggregate_rows[0].kind,
        RowKind::Total
    );
    assert!(imp.table.records.is_empty());
    // Election results: `Nr` is empty in every row, so the key is the name; decimal comma.
    let imp = read_table(
        &data("koeln-stadtteile/bundestagswahl2013_result_stadtteil.csv").unwrap(),
        &TableOptions::default(),
    )
    .unwrap();
    assert_eq!(
        imp.recognition.detection.key_column.value.as_deref(),
        Some("Name")
    );
    assert_eq!(
        imp.table.get("Chorweiler", "Wahlbeteiligung", None),
        Some(Some(42.46))
    );
    assert_eq!(
        imp.table.get("Hahnwald", "Wahlbeteiligung", None),
        Some(Some(88.71))
    );
    let m = match_table(&imp, &targets);
    assert_eq!(m.matched.len(), 86);
    assert!(m.matched.iter().all(|x| x.how == MatchHow::ExactName));
    // The empty columns are listed as left out.
    assert!(
        imp.recognition
            .omitted
            .iter()
            .any(|o| o.item == OmittedItem::Column("gültigeStimmzettel".into()))
    );
}

#[test]
fn muenchen_long_exports_with_city_total_and_split_features() {
    let Some(geo) = data("muenchen-stadtbezirke/munich.geojson") else {
        return;
    };
    let mut opts = ImportOptions::new("sb_nummer").with_name_field("name");
    opts.merge_duplicate_ids = true;
    let report = read_boundaries(&geo, &opts).unwrap();
    assert!(report.is_ok(), "{:?}", report.problems);
    assert_eq!(report.layer.areas.len(), 25);
    let targets = targets(&report);
    let ar = read_table(
        &data("muenchen-stadtbezirke/export_ar.xlsx").unwrap(),
        &TableOptions {
            sheet: Some("ARBEITSMARKT".into()),
            ..Default::default()
        },
    )
    .unwrap();
    assert!(
        ar.is_ok(),
        "{:?}",
        ar.problems.iter().take(5).collect::<Vec<_>>()
    );
    let r = &ar.recognition;
    assert_eq!(r.layout, Layout::Long);
    assert_eq!(r.detection.key_column.value.as_deref(), Some("Raumbezug"));
    assert_eq!(r.detection.qualifier_columns, vec!["Ausprägung"]);
    assert_eq!(r.detection.aggregate_rows.len(), 1);
    assert_eq!(r.detection.aggregate_rows[0].key, "Stadt München");
    let m = match_table(&ar, &targets);
    assert_eq!(m.matched.len(), 25, "{:?}", m.unmatched);
    assert!(m.unused_targets.is_empty());
    let t = &ar.table;
    let sgb = "(Regel-)Leistungsberechtigte - erwerbsfähig - Anteil – insgesamt";
    assert_eq!(
        t.get("16 Ramersdorf - Perlach", sgb, Some(2022)),
        Some(Some(7.0))
    );
    assert_eq!(t.get("14 Berg am Laim", sgb, Some(2022)), Some(Some(6.6)));
    assert_eq!(
        t.get("01 Altstadt - Lehel", sgb, Some(2022)),
        Some(Some(2.1))
    );
    let alo = "Arbeitslose - Anteil – insgesamt";
    assert_eq!(
        t.get("01 Altstadt - Lehel", alo, Some(2022)),
        Some(Some(2.1))
    );
    assert_eq!(t.years().first(), Some(&2000));
    // Population export: ",5" and "-,8" text cells with a decimal comma.
    let be = read_table(
        &data("muenchen-stadtbezirke/export_be.xlsx").unwrap(),
        &TableOptions {
            sheet: Some("BEVÖLKERUNG".into()),
            ..Default::default()
        },
    )
    .unwrap();
    assert!(
        be.is_ok(),
        "{:?}",
        be.problems.iter().take(5).collect::<Vec<_>>()
    );
    assert_eq!(be.table.area_ids().len(), 25);
    let mig: Vec<i32> = be
        .table
        .records
        .iter()
        .filter(|r| {
            r.indicator
                .starts_with("Migrationshintergrund – deutsch und nichtdeutsch")
        })
        .filter_map(|r| r.year)
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    assert!(
        !mig.contains(&2015) && mig.contains(&2006) && mig.contains(&2022),
        "{mig:?}"
    );
    assert!(be.table.records.iter().any(|r| {
        r.value
            .is_some_and(|v| v > -1.0 && v < 0.0 && (v * 10.0).fract().abs() < 1e-9)
    }));
}
