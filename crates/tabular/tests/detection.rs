//! Regression tests for the classes of import defects of issue 15: each table below was
//! read wrongly, or silently incompletely, before detection carried its evidence.
#![allow(clippy::unwrap_used)]

use std::collections::BTreeSet;

use quartier_tabular::*;

fn csv(text: &str) -> TableImport {
    read_csv_bytes(text.as_bytes(), "t.csv", &TableOptions::default())
}

fn csv_with(text: &str, mapping: Mapping) -> TableImport {
    let opts = TableOptions {
        mapping,
        ..Default::default()
    };
    read_csv_bytes(text.as_bytes(), "t.csv", &opts)
}

fn warnings(imp: &TableImport) -> Vec<String> {
    imp.problems
        .iter()
        .filter(|p| p.severity == Severity::Warning)
        .map(ToString::to_string)
        .collect()
}

#[test]
fn table_without_header_row_keeps_its_first_area() {
    let imp = csv("Zentrum;14,9;13,2\nAltstadt;12,1;11,0\nNord;9,5;8,7\nSüd;7,0;6,5\n");
    let d = &imp.recognition.detection;
    assert_eq!(d.header.value, None, "{:?}", d.header);
    assert!(
        d.header.evidence.contains("no header row"),
        "{}",
        d.header.evidence
    );
    assert_eq!(
        imp.table.area_ids(),
        vec!["Zentrum", "Altstadt", "Nord", "Süd"]
    );
    assert_eq!(imp.table.get("Zentrum", "column 2", None), Some(Some(14.9)));
    assert!(warnings(&imp).iter().any(|w| w.contains("no header row")));
    // A header of years over numeric columns is still a header.
    let imp = csv("Ortsteil;2007;2009\nZentrum;14.1;6.5\nOst;16.1;11.3\n");
    assert_eq!(imp.recognition.detection.header.value, Some(1));
    assert_eq!(
        imp.recognition.detection.header.confidence,
        Confidence::Sure
    );
    // The mapping can say where the header is, or that there is none.
    let text = "Titel der Tabelle\nGebiet;Wert\nA;1\nB;2\n";
    let imp = csv_with(
        text,
        Mapping {
            header_row: Some(HeaderRow::Line(2)),
            ..Default::default()
        },
    );
    assert_eq!(imp.table.get("B", "Wert", None), Some(Some(2.0)));
    let imp = csv_with(
        "1;5\n2;6\n",
        Mapping {
            header_row: Some(HeaderRow::None),
            ..Default::default()
        },
    );
    assert_eq!(imp.table.get("1", "column 2", None), Some(Some(5.0)));
    assert_eq!(
        imp.recognition.detection.header.confidence,
        Confidence::Given
    );
}

#[test]
fn thousands_points_and_percent_with_decimal_comma() {
    let imp = csv("Gebiet;Einwohner;Anteil\nA;1.374;35,5%\nB;874;12,0 %\nC;12.001;7,25%\n");
    let t = &imp.table;
    assert_eq!(t.get("A", "Einwohner", None), Some(Some(1374.0)));
    assert_eq!(t.get("C", "Einwohner", None), Some(Some(12001.0)));
    assert_eq!(t.get("A", "Anteil", None), Some(Some(35.5)));
    assert_eq!(t.get("B", "Anteil", None), Some(Some(12.0)));
    let n = &imp.recognition.detection.numbers;
    let anteil = n.iter().find(|c| c.column == "Anteil").unwrap();
    assert_eq!(anteil.decimal, DecimalSeparator::Comma);
    assert_eq!(anteil.unit.as_deref(), Some("%"));
    let einw = n.iter().find(|c| c.column == "Einwohner").unwrap();
    assert_eq!(einw.confidence, Confidence::Guess);
    assert!(einw.evidence.contains("thousands"), "{}", einw.evidence);
    // Without any decimal comma in the file: '1.374' next to counts below 1000 is thousands.
    let imp = csv("Gebiet;Einwohner\nA;1.374\nB;874\nC;12.001\n");
    assert_eq!(imp.table.get("A", "Einwohner", None), Some(Some(1374.0)));
    // Each column decides for itself: a decimal comma column next to a decimal point one.
    let imp = csv("id;a;b\nA;1,5;2.25\nB;2,5;3.75\n");
    assert_eq!(imp.table.get("A", "a", None), Some(Some(1.5)));
    assert_eq!(imp.table.get("B", "b", None), Some(Some(3.75)));
    // Units after the number are stripped.
    let imp = csv("id;Fläche;Miete\nA;12,5 km²;7,10 €\nB;3,25 km²;8,00 €\n");
    assert_eq!(imp.table.get("A", "Fläche", None), Some(Some(12.5)));
    assert_eq!(imp.table.get("B", "Miete", None), Some(Some(8.0)));
}

#[test]
fn columns_left_out_are_reported_with_reason_and_sample() {
    let imp = csv("id;a;Bemerkung;leer;Mix\nA;1;gut;;foo\nB;2;schlecht;;bar\nC;3;;;4\n");
    let om = &imp.recognition.omitted;
    let find = |h: &str| {
        om.iter()
            .find(|o| o.item == OmittedItem::Column(h.into()))
            .unwrap_or_else(|| panic!("{h} not listed: {om:?}"))
    };
    assert_eq!(find("Bemerkung").sample.as_deref(), Some("gut"));
    assert_eq!(find("Bemerkung").reason, "text column");
    assert!(!find("leer").has_values);
    assert!(
        find("Mix").reason.contains("2 of 3"),
        "{}",
        find("Mix").reason
    );
    let w = warnings(&imp);
    assert!(
        w.iter().any(|m| m.contains("column 'Bemerkung'")
            && m.contains("left out")
            && m.contains("'gut'")),
        "{w:?}"
    );
    assert!(!w.iter().any(|m| m.contains("'leer'")), "{w:?}");
}

#[test]
fn totals_and_district_rows_are_recognised_not_duplicates() {
    let text = "Gebiet;Einwohner;Haushalte\n11 Aegidii;100;50\n12 Dom;200;90\nAltstadt;300;140\n21 Josef;50;20\n22 Kreuz;60;30\nnicht zuzuordnen;5;1\nStadt Musterstadt;415;191\n";
    let imp = csv(text);
    assert!(imp.is_ok(), "{:?}", imp.problems);
    assert_eq!(
        imp.table.area_ids(),
        vec!["11 Aegidii", "12 Dom", "21 Josef", "22 Kreuz"]
    );
    let kinds: Vec<(String, RowKind)> = imp
        .recognition
        .detection
        .aggregate_rows
        .iter()
        .map(|a| (a.key.clone(), a.kind))
        .collect();
    assert_eq!(
        kinds,
        vec![
            ("Altstadt".into(), RowKind::District),
            ("nicht zuzuordnen".into(), RowKind::Unassigned),
            ("Stadt Musterstadt".into(), RowKind::Total),
        ]
    );
    assert_eq!(
        warnings(&imp)
            .iter()
            .filter(|w| w.contains("row left out"))
            .count(),
        3
    );
    // A district with the same name as an area: its values are the sums of the rows above.
    let imp = csv(
        "Ortsteil;Einwohner;Haushalte\nBergedorf;100;50\nLohbrügge;200;90\nBergedorf;300;140\nCurslack;10;4\n",
    );
    assert!(imp.is_ok(), "{:?}", imp.problems);
    assert_eq!(
        imp.table.get("Bergedorf", "Einwohner", None),
        Some(Some(100.0))
    );
    let a = &imp.recognition.detection.aggregate_rows;
    assert_eq!(a.len(), 1);
    assert_eq!((a[0].line, a[0].kind), (4, RowKind::District));
    assert!(a[0].evidence.contains("sums"), "{}", a[0].evidence);
    // The mapping decides: no aggregate rows at all.
    let imp = csv_with(
        text,
        Mapping {
            aggregate_rows: Some(BTreeSet::new()),
            ..Default::default()
        },
    );
    assert_eq!(imp.table.area_ids().len(), 7);
}

#[test]
fn year_detection_classes() {
    // "bis 2019" in one name is part of the name, not the table's layout.
    let imp = csv("Gebiet;Einwohner;Zuzüge bis 2019\nA;1;2\nB;3;4\n");
    assert_eq!(imp.recognition.layout, Layout::Wide);
    assert_eq!(imp.table.get("A", "Zuzüge bis 2019", None), Some(Some(2.0)));
    assert_eq!(imp.table.get("A", "Einwohner", None), Some(Some(1.0)));
    // Year before the name.
    let imp = csv("Gebiet;2018_Anzahl;2019_Anzahl\nA;1;2\nB;3;4\n");
    assert_eq!(imp.table.get("B", "Anzahl", Some(2019)), Some(Some(4.0)));
    assert_eq!(imp.recognition.years, vec![2018, 2019]);
    // A total over the year columns is left out and said so.
    let imp = csv("Ortsteil;2017;2018;gesamt\nA;1;2;3\nB;4;5;9\n");
    assert_eq!(imp.recognition.layout, Layout::WideYearHeaders);
    assert_eq!(imp.table.indicators(), vec!["t"]);
    assert!(
        warnings(&imp)
            .iter()
            .any(|w| w.contains("'gesamt'") && w.contains("total"))
    );
    // Dates in parentheses.
    let imp =
        csv("Gebiet;Arbeitslose (Dez 2013);Einwohner (31.12.2013);Anteil (in %)\nA;5;100;5,0\n");
    assert_eq!(
        imp.table.get("A", "Arbeitslose", Some(2013)),
        Some(Some(5.0))
    );
    assert_eq!(
        imp.table.get("A", "Einwohner", Some(2013)),
        Some(Some(100.0))
    );
    assert_eq!(imp.table.get("A", "Anteil (in %)", None), Some(Some(5.0)));
}

#[test]
fn zeit_column_with_year_and_month() {
    let text = "Gebiet;ZEIT;Einwohner\nA;202012;100\nB;202012;200\nA;201912;90\nB;201912;180\nA;202006;95\n";
    let imp = csv(text);
    assert!(imp.is_ok(), "{:?}", imp.problems);
    assert_eq!(imp.recognition.layout, Layout::WideYearColumn);
    assert_eq!(imp.recognition.years, vec![2019, 2020]);
    assert_eq!(
        imp.table.get("A", "Einwohner", Some(2020)),
        Some(Some(100.0))
    );
    let d = &imp.recognition.detection.year_column;
    assert_eq!(d.value.as_deref(), Some("ZEIT"));
    assert!(d.evidence.contains("month 12"), "{}", d.evidence);
    assert!(
        warnings(&imp).iter().any(|w| w.contains("month 06/2020")),
        "{:?}",
        imp.problems
    );
    // "not the year": the column is left out, values without year.
    let imp = csv_with(
        "Gebiet;ZEIT;Einwohner\nA;202012;100\nB;202012;200\n",
        Mapping {
            year_column: Some(YearColumn::None),
            ..Default::default()
        },
    );
    assert_eq!(imp.table.get("A", "Einwohner", None), Some(Some(100.0)));
    assert!(imp.table.indicators() == vec!["Einwohner"]);
}

#[test]
fn xlsx_header_with_unit_row_below() {
    let sheet = Sheet {
        name: "Arbeitslose".into(),
        headers: vec!["Stadtteil".into(), "2019".into(), "2020".into()],
        rows: vec![
            vec![ExportCell::Empty, "Anzahl".into(), ExportCell::Empty],
            vec![
                "11 Aegidii".into(),
                ExportCell::Number(10.0),
                ExportCell::Number(12.0),
            ],
            vec![
                "12 Dom".into(),
                ExportCell::Number(20.0),
                ExportCell::Number(22.0),
            ],
        ],
    };
    let bytes = to_xlsx_bytes(&[sheet]).unwrap();
    let imp = read_spreadsheet_bytes(&bytes, "m.xlsx", &TableOptions::default()).unwrap();
    assert!(imp.is_ok(), "{:?}", imp.problems);
    assert_eq!(imp.recognition.layout, Layout::WideYearHeaders);
    assert_eq!(
        imp.table.get("12 Dom", "Arbeitslose", Some(2020)),
        Some(Some(22.0))
    );
    let d = &imp.recognition.detection;
    assert_eq!(d.description_rows, vec![(2, "Anzahl".to_string())]);
    assert_eq!(d.numbers[0].unit.as_deref(), Some("Anzahl"));
}

#[test]
fn detection_round_trips_through_the_mapping() {
    let text = "Nr;Name;Jahr;Quote\n1;Nord;2019;1,5\n2;Süd;2019;2,5\nStadt;gesamt;2019;2,0\n";
    let imp = csv(text);
    let d = &imp.recognition.detection;
    assert_eq!(d.key_column.value.as_deref(), Some("Nr"));
    assert_eq!(d.name_column.value.as_deref(), Some("Name"));
    assert_eq!(d.year_column.value.as_deref(), Some("Jahr"));
    assert_eq!(
        imp.table.area_names.get("2").map(String::as_str),
        Some("Süd")
    );
    let again = csv_with(text, d.to_mapping());
    assert_eq!(again.table, imp.table);
    // Changing the key column in the mapping re-reads with names as keys.
    let mut m = d.to_mapping();
    m.key_column = Some("Name".into());
    m.name_column = None;
    let by_name = csv_with(text, m);
    assert_eq!(
        by_name.table.get("Süd", "Quote", Some(2019)),
        Some(Some(2.5))
    );
}
