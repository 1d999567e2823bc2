//! Import tests on committed test files (`testdata/tabular`) and the real data in
//! `shared/data` (skipped with a notice when absent).
#![allow(clippy::unwrap_used)]

use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;

use quartier_tabular::*;

fn testdata(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../testdata/tabular")
        .join(name)
}

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

#[test]
fn windows_1252_wide_with_year_suffix_and_footer() {
    let imp = read_table(&testdata("cp1252_wide.csv"), &TableOptions::default()).unwrap();
    let r = &imp.recognition;
    assert_eq!(r.encoding.as_deref(), Some("Windows-1252/ISO-8859-1"));
    assert_eq!(r.delimiter, Some(';'));
    assert_eq!(r.decimal, DecimalSeparator::Comma);
    assert_eq!(r.layout, Layout::WideYearSuffix);
    assert_eq!(r.years, vec![2019, 2020]);
    assert_eq!(r.data_rows, 4);
    assert_eq!(r.footer_lines, 2); // blank lines are not rows
    assert!(r.footer_text[0].starts_with("Quelle: Stadt Musterstadt, Amt für Statistik"));
    assert_eq!(r.columns[1].role, ColumnRole::Ignored("text column".into()));
    let t = &imp.table;
    assert_eq!(t.get("00", "Einwohner", Some(2019)), Some(Some(1234.0)));
    assert_eq!(t.get("02", "Einwohner", Some(2020)), Some(Some(12400.0)));
    assert_eq!(t.get("00", "Quote", Some(2019)), Some(Some(12.5)));
    assert_eq!(t.get("01", "Quote", Some(2019)), Some(None));
    assert_eq!(t.get("01", "Quote", Some(2020)), Some(None));
    assert_eq!(t.get("02", "Quote", Some(2019)), Some(None));
    assert_eq!(t.get("03", "Quote", Some(2020)), Some(Some(7.25)));
    // 'abc' is reported with file, line, column and raw value.
    let errs: Vec<_> = imp
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .collect();
    assert_eq!(errs.len(), 1, "{:?}", imp.problems);
    let e = errs[0];
    assert_eq!(
        (
            e.file.as_str(),
            e.line,
            e.column.as_deref(),
            e.value.as_deref()
        ),
        ("cp1252_wide.csv", Some(5), Some("Quote_2019"), Some("abc"))
    );
    assert!(
        e.to_string()
            .contains("cp1252_wide.csv:5 column 'Quote_2019'")
    );
    // The missing (03, Quote, 2019) row is reported as missing year for that area.
    assert!(
        imp.problems
            .iter()
            .any(|p| p.severity == Severity::Warning && p.message.contains("'03'"))
    );
}

#[test]
fn utf8_bom_long_layout_with_duplicates_and_unknown_ids() {
    let opts = TableOptions {
        known_ids: Some(BTreeSet::from(["L1".to_string(), "L2".to_string()])),
        name_to_id: Some(HashMap::from([
            ("Lindenau".to_string(), "L1".to_string()),
            ("Plagwitz".to_string(), "L2".to_string()),
        ])),
        ..Default::default()
    };
    let imp = read_table(&testdata("utf8_bom_long.csv"), &opts).unwrap();
    let r = &imp.recognition;
    assert_eq!(r.encoding.as_deref(), Some("UTF-8 with BOM"));
    assert_eq!(r.layout, Layout::Long);
    assert_eq!(r.decimal, DecimalSeparator::Comma);
    assert_eq!(
        imp.table.get("L1", "Arbeitslose", Some(2019)),
        Some(Some(1234.5))
    );
    assert_eq!(
        imp.table.get("L1", "Arbeitslose", Some(2020)),
        Some(Some(1300.0))
    );
    assert_eq!(
        imp.table.get("L2", "Arbeitslose", Some(2019)),
        Some(Some(987.25))
    );
    let msgs: Vec<String> = imp.problems.iter().map(ToString::to_string).collect();
    assert!(
        msgs.iter()
            .any(|m| m.contains(":5 column 'Wert'") && m.contains("duplicate")),
        "{msgs:?}"
    );
    assert!(
        msgs.iter()
            .any(|m| m.contains(":6 column 'Gebiet'") && m.contains("unknown area id 'Schönau'")),
        "{msgs:?}"
    );
    assert!(
        msgs.iter()
            .any(|m| m.contains("area 'L2' has no row for year(s) 2020")),
        "{msgs:?}"
    );
    assert!(imp.into_result().is_err());
}

#[test]
fn ods_and_named_sheet() {
    let bytes = std::fs::read(testdata("tiny.ods")).unwrap();
    assert_eq!(sheet_names(&bytes).unwrap(), vec!["Daten", "Zweites Blatt"]);
    for sheet in [None, Some("Zweites Blatt".to_string())] {
        let opts = TableOptions {
            sheet,
            ..Default::default()
        };
        let imp = read_spreadsheet_bytes(&bytes, "tiny.ods", &opts).unwrap();
        assert_eq!(imp.recognition.format, SourceFormat::Ods);
        assert_eq!(imp.recognition.layout, Layout::WideYearSuffix);
        assert!(imp.is_ok(), "{:?}", imp.problems);
        let t = &imp.table;
        assert_eq!(t.get("00", "arbeitslose", Some(2020)), Some(Some(7.25)));
        assert_eq!(t.get("01", "arbeitslose", Some(2020)), Some(None));
        assert_eq!(t.get("02", "arbeitslose", Some(2019)), Some(Some(12.5)));
    }
    let opts = TableOptions {
        sheet: Some("nope".into()),
        ..Default::default()
    };
    let err = read_spreadsheet_bytes(&bytes, "tiny.ods", &opts).unwrap_err();
    assert!(err.to_string().contains("sheet 'nope' not found"));
}

#[test]
fn xlsx_and_csv_writers_round_trip() {
    let imp = read_table(&testdata("cp1252_wide.csv"), &TableOptions::default()).unwrap();
    let wide = imp.table.to_wide_sheet();
    assert_eq!(wide.headers, vec!["area_id", "year", "Einwohner", "Quote"]);
    let bytes = to_xlsx_bytes(&[wide.clone(), imp.table.to_long_sheet()]).unwrap();
    let back = read_spreadsheet_bytes(&bytes, "export.xlsx", &TableOptions::default()).unwrap();
    assert_eq!(back.recognition.layout, Layout::WideYearColumn);
    assert_eq!(
        back.table.get("00", "Einwohner", Some(2019)),
        Some(Some(1234.0))
    );
    assert_eq!(back.table.get("03", "Quote", Some(2020)), Some(Some(7.25)));

    let csv = to_csv_string(&wide, &CsvWriteOptions::german_excel()).unwrap();
    assert!(csv.starts_with("\u{feff}area_id;year;Einwohner;Quote"));
    assert!(csv.contains("03;2020;2100;7,25"), "{csv}");
    let back = read_csv_bytes(csv.as_bytes(), "x.csv", &TableOptions::default());
    assert_eq!(back.recognition.decimal, DecimalSeparator::Comma);
    assert_eq!(back.table.get("03", "Quote", Some(2020)), Some(Some(7.25)));
    let csv = to_csv_string(
        &imp.table.to_long_sheet(),
        &CsvWriteOptions::international(),
    )
    .unwrap();
    assert!(
        csv.starts_with("area_id,indicator,year,value\n00,Einwohner,2019,1234\n"),
        "{csv}"
    );
}

#[test]
fn number_conventions() {
    let csv = "id;a;b;c\nA;1.234,5;-3,25;1.234.567\nB;0,5;\"2,0\";12\nC;;–;NA\n";
    let imp = read_csv_bytes(csv.as_bytes(), "n.csv", &TableOptions::default());
    assert_eq!(imp.recognition.decimal, DecimalSeparator::Comma);
    assert_eq!(imp.table.get("A", "a", None), Some(Some(1234.5)));
    assert_eq!(imp.table.get("A", "b", None), Some(Some(-3.25)));
    assert_eq!(imp.table.get("A", "c", None), Some(Some(1_234_567.0)));
    assert_eq!(imp.table.get("C", "b", None), Some(None));
    let csv = "id,a,b\nA,\"1,234.5\",.876\nB,-1.5e-3,7\n";
    let imp = read_csv_bytes(csv.as_bytes(), "n.csv", &TableOptions::default());
    assert_eq!(imp.recognition.decimal, DecimalSeparator::Point);
    assert_eq!(imp.table.get("A", "a", None), Some(Some(1234.5)));
    assert_eq!(imp.table.get("A", "b", None), Some(Some(0.876)));
    assert_eq!(imp.table.get("B", "a", None), Some(Some(-0.0015)));
    let tab = "id\tx|y\nA\t1\nB\t2\n";
    let imp = read_csv_bytes(tab.as_bytes(), "t.tsv", &TableOptions::default());
    assert_eq!(imp.recognition.delimiter, Some('\t'));
    let pipe = "id|x|y\nA|1|2\nB|2|3\n";
    let imp = read_csv_bytes(pipe.as_bytes(), "p.csv", &TableOptions::default());
    assert_eq!(imp.recognition.delimiter, Some('|'));
    assert_eq!(imp.table.get("B", "y", None), Some(Some(3.0)));
    // Explicit year for a plain wide file.
    let opts = TableOptions {
        year: Some(2021),
        ..Default::default()
    };
    let imp = read_csv_bytes(pipe.as_bytes(), "p.csv", &opts);
    assert_eq!(imp.table.get("B", "y", Some(2021)), Some(Some(3.0)));
}

#[test]
fn garbage_does_not_panic() {
    for input in [
        &b""[..],
        b"\xff\xfe\x00",
        b";;;\n;;",
        b"\"unclosed",
        b"a\n1e400\n",
        b"PK\x03\x04junk",
    ] {
        let _ = read_csv_bytes(input, "g.csv", &TableOptions::default());
        let _ = read_spreadsheet_bytes(input, "g.xlsx", &TableOptions::default());
    }
}

#[test]
fn leipzig_gentri14() {
    let Some(path) = data("leipzig-gentri14/AnteilArbeitslose.csv") else {
        return;
    };
    let imp = read_table(&path, &TableOptions::default()).unwrap();
    let r = &imp.recognition;
    assert_eq!(r.encoding.as_deref(), Some("Windows-1252/ISO-8859-1"));
    assert_eq!(r.delimiter, Some(';'));
    assert_eq!(r.decimal, DecimalSeparator::Comma);
    assert_eq!(r.layout, Layout::WideYearHeaders);
    assert_eq!(r.years, (2000..=2013).collect::<Vec<_>>());
    assert_eq!(r.data_rows, 63);
    assert_eq!(r.footer_lines, 5);
    assert!(imp.is_ok(), "{:?}", imp.problems);
    assert_eq!(imp.table.records.len(), 63 * 14);
    let t = &imp.table;
    assert_eq!(
        t.get("Zentrum", "AnteilArbeitslose", Some(2000)),
        Some(Some(14.9))
    );
    assert_eq!(
        t.get("Zentrum", "AnteilArbeitslose", Some(2009)),
        Some(Some(6.743421053))
    );
    assert!(
        t.get("Zentrum-Südost", "AnteilArbeitslose", Some(2000))
            .is_some()
    );
    assert_eq!(t.records[0].line, 2);
    // Decimal point variant in the same collection.
    let path = data("leipzig-gentri14/kinderarmut.csv").unwrap();
    let imp = read_table(&path, &TableOptions::default()).unwrap();
    assert_eq!(imp.recognition.decimal, DecimalSeparator::Point);
    assert_eq!(
        imp.table.get("Zentrum", "kinderarmut", Some(2007)),
        Some(Some(14.1))
    );
    for f in ["Aufstocker.csv", "Durchschnittsalter.csv"] {
        let imp = read_table(
            &data(&format!("leipzig-gentri14/{f}")).unwrap(),
            &TableOptions::default(),
        )
        .unwrap();
        assert!(imp.is_ok(), "{f}: {:?}", imp.problems);
        assert_eq!(imp.recognition.data_rows, 63, "{f}");
    }
}

#[test]
fn berlin_mss_and_gssa() {
    let Some(path) =
        data("berlin-mss/2019/berlin-lor-monitoring-social-urban-development-2019-00-2-1.csv")
    else {
        return;
    };
    let imp = read_table(
        &path,
        &TableOptions {
            year: Some(2018),
            ..Default::default()
        },
    )
    .unwrap();
    assert!(imp.is_ok());
    assert_eq!(imp.recognition.data_rows, 447);
    assert_eq!(
        imp.table
            .get("01011101", "s1_percentage_unemployed", Some(2018)),
        Some(Some(2.7978))
    );
    let path = data("berlin-mss/2019/berlin-lor-monitoring-social-urban-development-2019-00-1.csv")
        .unwrap();
    let imp = read_table(&path, &TableOptions::default()).unwrap();
    assert!(
        imp.recognition
            .columns
            .iter()
            .any(|c| c.header == "status_index_klasse" && matches!(c.role, ColumnRole::Ignored(_)))
    );
    let path = data("berlin-gssa-2022/gssa_2022_planungsraeume.csv").unwrap();
    let imp = read_table(&path, &TableOptions::default()).unwrap();
    assert_eq!(imp.recognition.layout, Layout::WideYearSuffix);
    assert_eq!(imp.recognition.years, vec![2013, 2022]);
    assert_eq!(
        imp.table.get("01011101", "GESIx", Some(2022)),
        Some(Some(0.87645614))
    );
    assert_eq!(imp.table.get("01011102", "GESIx", Some(2022)), Some(None));
    let path = data("berlin-mss/lor-2021/einwohnerbestand_06-2022_plr.csv").unwrap();
    let imp = read_table(&path, &TableOptions::default()).unwrap();
    assert_eq!(imp.recognition.encoding.as_deref(), Some("UTF-8 with BOM"));
    assert_eq!(imp.recognition.data_rows, 542);
    assert_eq!(
        imp.table.get("01100101", "Gesamt", None),
        Some(Some(3503.0))
    );
}

#[test]
fn germany_kreise_csv_and_destatis_xlsx() {
    let Some(path) = data("germany-kreise/districts.csv") else {
        return;
    };
    let imp = read_table(&path, &TableOptions::default()).unwrap();
    assert!(imp.is_ok());
    assert_eq!(imp.recognition.data_rows, 401);
    assert_eq!(
        imp.table.get("01001", "population", None),
        Some(Some(89504.0))
    );
    let path = data("germany-kreise/04-kreise.xlsx").unwrap();
    let opts = TableOptions {
        sheet: Some("Kreisfreie Städte u. Landkreise".into()),
        ..Default::default()
    };
    let imp = read_table(&path, &opts).unwrap();
    let r = &imp.recognition;
    assert_eq!(r.header_line, 4);
    assert!(r.footer_text.iter().any(|t| t.starts_with("Quelle:")));
    assert!(
        r.columns
            .iter()
            .any(|c| c.header == "Bevölkerung2) insgesamt")
    );
    assert_eq!(
        imp.table.get("01001", "Bevölkerung2) insgesamt", None),
        Some(Some(89504.0))
    );
}
