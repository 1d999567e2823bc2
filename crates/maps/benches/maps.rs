//! Criterion benchmark: a choropleth of 450 areas (the Berlin planning areas when the file
//! is available, else 450 synthetic polygons with 60 vertices each).
#![allow(clippy::unwrap_used)]

use criterion::{Criterion, criterion_group, criterion_main};
use quartier_maps::{LegendEntry, MapArea, MapSpec, choropleth, sequential};
use std::hint::black_box;

#[path = "../tests/common/mod.rs"]
mod common;

fn bench(c: &mut Criterion) {
    let (name, geoms): (&str, Vec<common::Named>) = match common::berlin() {
        Some(b) => ("choropleth_berlin_plr", b),
        None => (
            "choropleth_synthetic_450x60",
            common::synthetic(25, 18, 60)
                .into_iter()
                .enumerate()
                .map(|(i, g)| (format!("{i:08}"), format!("Gebiet {i}"), g))
                .collect(),
        ),
    };
    let colors = sequential(5);
    let areas: Vec<MapArea<'_>> = geoms
        .iter()
        .enumerate()
        .map(|(i, (k, n, g))| MapArea {
            key: k.clone(),
            name: n.clone(),
            geometry: g,
            label: format!("{},{} %", i % 40, i % 10),
            class: (i % 11 != 0).then_some(i % 5),
            href: Some(format!("/de/berlin/gebiete/{k}")),
        })
        .collect();
    let spec = MapSpec {
        title: "Anteil Transferbezug 2019".into(),
        source_line: "Quelle: SenStadtWohn, MSS 2019 · Lizenz dl-de/by-2-0".into(),
        legend_title: "Anteil in %".into(),
        legend: colors
            .iter()
            .enumerate()
            .map(|(j, c)| LegendEntry {
                label: format!("Klasse {}", j + 1),
                color: c.clone(),
            })
            .collect(),
        no_data_label: "keine Daten".into(),
        ..MapSpec::default()
    };
    let svg = choropleth(&areas, &spec);
    eprintln!("{name}: {} areas, {} bytes", areas.len(), svg.len());
    c.bench_function(name, |b| {
        b.iter(|| black_box(choropleth(black_box(&areas), &spec)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
