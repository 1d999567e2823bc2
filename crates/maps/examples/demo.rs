//! Writes a sample line chart and rank-interval chart to `/tmp` (for visual review).
#![allow(clippy::unwrap_used)]

use quartier_maps::{
    LegendEntry, LineChartSpec, NumberFormat, RankIntervalSpec, RankRow, Series, line_chart,
    mss_status_colors, rank_intervals,
};

fn main() {
    let lc = line_chart(&LineChartSpec {
        title: "Arbeitslosenanteil Ostvorstadt".into(),
        y_label: "Anteil in %".into(),
        series: vec![
            Series {
                label: "Ostvorstadt".into(),
                points: vec![
                    (2013, Some(14.1)),
                    (2014, Some(13.0)),
                    (2015, Some(12.5)),
                    (2016, Some(11.0)),
                    (2017, None),
                    (2018, Some(9.75)),
                    (2019, Some(9.0)),
                ],
                dashed: false,
            },
            Series {
                label: "Leipzig gesamt".into(),
                points: (2013..=2019)
                    .map(|y| (y, Some(7.6 - 0.3 * f64::from(y - 2013))))
                    .collect(),
                dashed: true,
            },
        ],
        format: NumberFormat::german(1, " %"),
        ..LineChartSpec::default()
    });
    std::fs::write("/tmp/qm-line.svg", &lc).unwrap();
    let names = [
        "Volkmarsdorf",
        "Neustadt-Neuschönefeld",
        "Ostvorstadt",
        "Grünau-Nord",
        "Paunsdorf",
        "Schönefeld-Ost",
        "Lausen-Grünau",
        "Mockau-Nord",
    ];
    let rows = names
        .iter()
        .enumerate()
        .map(|(i, n)| RankRow {
            label: (*n).into(),
            href: Some(format!("/x/{i}")),
            nominal: (i + 1) as f64,
            lo: ((i as f64) - 1.5).max(1.0),
            hi: (i as f64) + 4.0,
            class: Some(3 - (i / 3).min(3)),
        })
        .collect();
    let colors = mss_status_colors();
    let rk = rank_intervals(&RankIntervalSpec {
        title: "Rangfolge nach Bedarf".into(),
        subtitle: Some("90-%-Intervalle aus 1000 Simulationen".into()),
        axis_label: "Rang (1 = höchster Bedarf)".into(),
        rows,
        n: Some(63),
        row_template: "{name}: Rang {rank}, 90-%-Intervall {lo}–{hi}".into(),
        legend: ["hoch", "mittel", "niedrig", "sehr niedrig"]
            .iter()
            .zip(colors)
            .map(|(l, c)| LegendEntry {
                label: (*l).into(),
                color: c,
            })
            .collect(),
        legend_title: "Status".into(),
        source_line: "Quelle: Stadt Leipzig · Lizenz dl-de/by-2-0".into(),
        ..RankIntervalSpec::default()
    });
    std::fs::write("/tmp/qm-rank.svg", &rk).unwrap();
    // A small right-to-left map with an overlay and a highlighted area.
    let cells: Vec<geo_types::MultiPolygon<f64>> = (0..20)
        .map(|i| {
            let (x, y) = (
                13.3 + 0.02 * f64::from(i % 5),
                52.5 + 0.015 * f64::from(i / 5),
            );
            geo_types::MultiPolygon(vec![geo_types::Polygon::new(
                geo_types::LineString::from(vec![
                    (x, y),
                    (x + 0.02, y),
                    (x + 0.02, y + 0.015),
                    (x, y + 0.015),
                    (x, y),
                ]),
                vec![],
            )])
        })
        .collect();
    let legend: Vec<LegendEntry> = quartier_maps::sequential(4)
        .into_iter()
        .enumerate()
        .map(|(j, c)| LegendEntry {
            label: format!("الفئة {}", j + 1),
            color: c,
        })
        .collect();
    let areas: Vec<quartier_maps::MapArea<'_>> = cells
        .iter()
        .enumerate()
        .map(|(i, g)| quartier_maps::MapArea {
            key: format!("k{i}"),
            name: format!("حي {i}"),
            geometry: g,
            label: format!("{i}٫5 ٪"),
            class: (i % 7 != 3).then_some(i % 4),
            href: Some(format!("/ar/x/{i}")),
        })
        .collect();
    let map = quartier_maps::choropleth(
        &areas,
        &quartier_maps::MapSpec {
            title: "نسبة البطالة ٢٠١٩".into(),
            subtitle: Some("أرباع".into()),
            source_line: "المصدر: مدينة لايبزيغ · الترخيص dl-de/by-2-0".into(),
            legend_title: "النسبة".into(),
            legend,
            no_data_label: "لا توجد بيانات".into(),
            overlay: vec![quartier_maps::Overlay {
                name: "مناطق البرنامج الحالية".into(),
                geometry: cells[6].clone(),
            }],
            highlight: vec!["k12".into()],
            highlight_label: Some("الحي التجريبي".into()),
            rtl: true,
            ..quartier_maps::MapSpec::default()
        },
    );
    std::fs::write("/tmp/qm-rtl.svg", &map).unwrap();
    println!("line {} bytes, rank {} bytes", lc.len(), rk.len());
}
