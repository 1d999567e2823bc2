//! Output checks: well-formed XML, one accessible link/path per area, no `style`, legend,
//! escaping, sizes.
#![allow(clippy::unwrap_used)]

mod common;

use geo_types::{LineString, MultiPolygon, Polygon};
use quartier_maps::{
    LegendEntry, LineChartSpec, MapArea, MapSpec, NumberFormat, Overlay, RankIntervalSpec, RankRow,
    Series, choropleth, line_chart, rank_intervals, sequential,
};
use quick_xml::Reader;
use quick_xml::events::Event;

/// A parsed element.
#[derive(Debug, Default)]
struct El {
    name: String,
    attrs: Vec<(String, String)>,
    text: String,
    children: Vec<El>,
}

impl El {
    fn attr(&self, k: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(a, _)| a == k)
            .map(|(_, v)| v.as_str())
    }

    fn all<'a>(&'a self, out: &mut Vec<&'a El>) {
        out.push(self);
        for c in &self.children {
            c.all(out);
        }
    }

    fn find(&self, name: &str) -> Vec<&El> {
        let mut v = Vec::new();
        self.all(&mut v);
        v.into_iter().filter(|e| e.name == name).collect()
    }

    /// All text below this element.
    fn deep_text(&self) -> String {
        let mut s = self.text.clone();
        for c in &self.children {
            s.push_str(&c.deep_text());
        }
        s
    }
}

/// Parses `svg` strictly (end names checked); panics when it is not well-formed XML.
fn parse(svg: &str) -> El {
    let mut reader = Reader::from_str(svg);
    reader.config_mut().check_end_names = true;
    let mut stack: Vec<El> = vec![El::default()];
    let mk = |e: &quick_xml::events::BytesStart<'_>| El {
        name: e.name().as_ref().to_owned(),
        attrs: e
            .attributes()
            .map(|a| {
                let a = a.expect("valid attribute");
                (
                    a.key.as_ref().to_owned(),
                    a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                        .expect("valid escape")
                        .into_owned(),
                )
            })
            .collect(),
        ..El::default()
    };
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Start(e) => stack.push(mk(&e)),
            Event::Empty(e) => {
                let el = mk(&e);
                stack.last_mut().unwrap().children.push(el);
            }
            Event::End(_) => {
                let el = stack.pop().unwrap();
                stack.last_mut().expect("balanced").children.push(el);
            }
            Event::Text(t) => stack.last_mut().unwrap().text.push_str(&t),
            Event::GeneralRef(r) => {
                let name: &str = &r;
                let c = match name {
                    "amp" => '&',
                    "lt" => '<',
                    "gt" => '>',
                    "quot" => '"',
                    "apos" => '\'',
                    other => panic!("unknown entity {other}"),
                };
                stack.last_mut().unwrap().text.push(c);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    assert_eq!(stack.len(), 1, "unclosed elements");
    let mut root = stack.pop().unwrap();
    assert_eq!(root.children.len(), 1, "exactly one root element");
    root.children.pop().unwrap()
}

/// No `style` attribute or element, no script, no event handler attributes.
fn assert_csp_safe(root: &El) {
    let mut all = Vec::new();
    root.all(&mut all);
    for e in all {
        assert_ne!(e.name, "style");
        assert_ne!(e.name, "script");
        assert_ne!(e.name, "foreignObject");
        for (k, _) in &e.attrs {
            assert_ne!(k, "style", "style attribute on <{}>", e.name);
            assert!(!k.starts_with("on"), "event handler {k}");
        }
        if let Some(fs) = e.attr("font-size") {
            assert!(fs.parse::<f64>().unwrap() >= 12.0, "font-size {fs}");
        }
    }
}

/// Ids are unique, and every `url(#…)` and `aria-labelledby` reference resolves.
fn assert_ids_resolve(root: &El) {
    let mut all = Vec::new();
    root.all(&mut all);
    let mut ids = std::collections::HashSet::new();
    for e in &all {
        if let Some(id) = e.attr("id") {
            assert!(ids.insert(id.to_owned()), "duplicate id {id}");
        }
    }
    for e in &all {
        for (k, v) in &e.attrs {
            if let Some(rest) = v.strip_prefix("url(#") {
                let id = rest.trim_end_matches(')');
                assert!(ids.contains(id), "{k}={v} does not resolve");
            }
            if k == "aria-labelledby" {
                for id in v.split_whitespace() {
                    assert!(ids.contains(id), "aria-labelledby {id} does not resolve");
                }
            }
        }
        if e.name == "text" {
            assert!(
                e.attr("fill").is_none_or(|f| f == "#1c2330"),
                "text with low-contrast fill"
            );
        }
    }
}

fn square(x: f64, y: f64, s: f64) -> MultiPolygon<f64> {
    MultiPolygon(vec![Polygon::new(
        LineString::from(vec![(x, y), (x + s, y), (x + s, y + s), (x, y + s), (x, y)]),
        vec![],
    )])
}

fn legend(k: usize) -> Vec<LegendEntry> {
    sequential(k)
        .into_iter()
        .enumerate()
        .map(|(j, c)| LegendEntry {
            label: format!("Klasse {}", j + 1),
            color: c,
        })
        .collect()
}

#[test]
fn choropleth_structure_and_accessibility() {
    let geoms: Vec<MultiPolygon<f64>> = (0..6)
        .map(|i| {
            square(
                13.3 + 0.01 * f64::from(i % 3),
                52.5 + 0.01 * f64::from(i / 3),
                0.01,
            )
        })
        .collect();
    let areas: Vec<MapArea<'_>> = geoms
        .iter()
        .enumerate()
        .map(|(i, g)| MapArea {
            key: format!("a{i}"),
            name: if i == 0 {
                "Kiez <\"Nord\"> & 'Süd'".to_owned()
            } else {
                format!("Gebiet {i}")
            },
            geometry: g,
            label: if i == 5 {
                "keine Daten".to_owned()
            } else {
                format!("{i},5 %")
            },
            class: (i < 5).then_some(i % 3),
            href: (i != 4).then(|| format!("/gebiete/a{i}?x=1&y=2")),
        })
        .collect();
    let spec = MapSpec {
        title: "Arbeitslose <2019> & mehr".into(),
        subtitle: Some("Quantile, 3 Klassen".into()),
        source_line: "Quelle: Amt für Statistik · Lizenz dl-de/by-2-0".into(),
        legend_title: "Anteil".into(),
        legend: legend(3),
        no_data_label: "keine Daten".into(),
        overlay: vec![Overlay {
            name: "Soziale Stadt (bestehend)".into(),
            geometry: square(13.305, 52.505, 0.015),
        }],
        highlight: vec!["a1".into()],
        highlight_label: Some("Pilotquartier".into()),
        id_prefix: "m1".into(),
        ..MapSpec::default()
    };
    let svg = choropleth(&areas, &spec);
    let root = parse(&svg);
    assert_csp_safe(&root);
    assert_ids_resolve(&root);
    // A second map on the same page with another prefix shares no id.
    let other = choropleth(
        &areas,
        &MapSpec {
            id_prefix: "m2".into(),
            ..spec.clone()
        },
    );
    let page = format!("<div>{svg}{other}</div>");
    assert_ids_resolve(&parse(&page).children[0]);
    assert_eq!(root.name, "svg");
    assert_eq!(root.attr("role"), Some("group"));
    assert_eq!(root.attr("aria-labelledby"), Some("m1-title m1-desc"));
    let title = root.find("title");
    assert_eq!(title[0].attr("id"), Some("m1-title"));
    assert_eq!(title[0].text, "Arbeitslose <2019> & mehr");
    assert_eq!(root.find("desc")[0].attr("id"), Some("m1-desc"));

    // One link per area with href, one path per area.
    let links = root.find("a");
    assert_eq!(links.len(), 5);
    assert_eq!(
        links[0].attr("aria-label"),
        Some("Kiez <\"Nord\"> & 'Süd': 0,5 %")
    );
    assert_eq!(links[0].attr("href"), Some("/gebiete/a0?x=1&y=2"));
    let paths: Vec<&El> = root
        .find("path")
        .into_iter()
        .filter(|p| {
            p.attr("class")
                .is_some_and(|c| c.split(' ').any(|c| c == "area"))
        })
        .collect();
    assert_eq!(paths.len(), 6);
    for (p, a) in paths.iter().zip(&areas) {
        assert_eq!(p.attr("data-key"), Some(a.key.as_str()));
        assert_eq!(p.find("title")[0].text, format!("{}: {}", a.name, a.label));
        assert_eq!(p.attr("fill-rule"), None); // set on the group
        let d = p.attr("d").unwrap();
        assert!(d.starts_with('M') && d.ends_with('z'), "{d}");
    }
    assert_eq!(paths[1].attr("class"), Some("area area-hl"));
    assert!(
        paths[5]
            .attr("fill")
            .unwrap()
            .starts_with("url(#m1-nodata)")
    );
    assert_eq!(paths[2].attr("fill"), Some(sequential(3)[2].as_str()));
    assert!(svg.contains(r#"fill-rule="evenodd""#));
    // Legend: classes, no data, overlay, highlight.
    let lg = root
        .find("g")
        .into_iter()
        .find(|g| g.attr("class") == Some("legend"))
        .unwrap()
        .deep_text();
    for l in [
        "Anteil",
        "Klasse 1",
        "Klasse 3",
        "keine Daten",
        "Soziale Stadt (bestehend)",
        "Pilotquartier",
    ] {
        assert!(lg.contains(l), "legend lacks {l}: {lg}");
    }
    assert!(root.deep_text().contains("Quelle: Amt für Statistik"));
    assert!(svg.contains("stroke-dasharray"));
    assert!(!svg.contains("style="));
    // The pattern id is prefixed, so two maps on a page do not clash.
    assert!(svg.contains(r#"id="m1-nodata""#));
}

#[test]
fn choropleth_rtl_and_empty() {
    let g = square(13.3, 52.5, 0.01);
    let areas = [MapArea {
        key: "x".into(),
        name: "حي".into(),
        geometry: &g,
        label: "١٢٫٣ ٪".into(),
        class: Some(0),
        href: None,
    }];
    let spec = MapSpec {
        title: "خريطة".into(),
        legend_title: "الفئة".into(),
        legend: legend(2),
        rtl: true,
        ..MapSpec::default()
    };
    let svg = choropleth(&areas, &spec);
    let root = parse(&svg);
    assert_csp_safe(&root);
    assert!(svg.contains(r#"direction="rtl" text-anchor="start""#));
    assert!(root.find("a").is_empty());
    assert_eq!(root.find("path")[0].find("title")[0].text, "حي: ١٢٫٣ ٪");
    // No areas at all still gives a valid document.
    let svg = choropleth(&[], &MapSpec::default());
    assert_csp_safe(&parse(&svg));
}

#[test]
fn synthetic_450_map_is_small() {
    let geoms = common::synthetic(25, 18, 60);
    let areas: Vec<MapArea<'_>> = geoms
        .iter()
        .enumerate()
        .map(|(i, g)| MapArea {
            key: format!("{i:08}"),
            name: format!("Planungsraum {i}"),
            geometry: g,
            label: format!("{},{} %", i % 40, i % 10),
            class: Some(i % 5),
            href: Some(format!("/de/berlin/gebiete/{i:08}")),
        })
        .collect();
    let svg = choropleth(
        &areas,
        &MapSpec {
            title: "Test".into(),
            legend: legend(5),
            ..MapSpec::default()
        },
    );
    eprintln!("synthetic 450 × 60 vertices: {} bytes", svg.len());
    assert!(svg.len() < 300 * 1024, "{} bytes", svg.len());
    let root = parse(&svg);
    assert_eq!(root.find("a").len(), 450);
}

#[test]
fn berlin_planning_areas_map_is_small() {
    let Some(berlin) = common::berlin() else {
        eprintln!("NOTICE: {} absent, test skipped", common::BERLIN_PLR);
        return;
    };
    let areas: Vec<MapArea<'_>> = berlin
        .iter()
        .enumerate()
        .map(|(i, (k, n, g))| MapArea {
            key: k.clone(),
            name: n.clone(),
            geometry: g,
            label: format!("{},{} %", i % 40, i % 10),
            class: (i % 13 != 0).then_some(i % 5),
            href: Some(format!("/de/berlin/gebiete/{k}")),
        })
        .collect();
    let spec = MapSpec {
        title: "Anteil Transferbezug 2019".into(),
        source_line:
            "Quelle: SenStadtWohn, Monitoring Soziale Stadtentwicklung 2019 · Lizenz dl-de/by-2-0"
                .into(),
        legend_title: "Anteil in %".into(),
        legend: legend(5),
        no_data_label: "keine Daten".into(),
        highlight: vec![berlin[0].0.clone()],
        ..MapSpec::default()
    };
    let svg = choropleth(&areas, &spec);
    eprintln!("Berlin {} planning areas: {} bytes", areas.len(), svg.len());
    assert!(svg.len() < 300 * 1024, "{} bytes", svg.len());
    let root = parse(&svg);
    assert_csp_safe(&root);
    assert_eq!(root.find("a").len(), areas.len());
    if std::env::var_os("QM_WRITE_SVG").is_some() {
        std::fs::write("/tmp/qm-berlin.svg", &svg).unwrap();
    }
}

#[test]
fn line_chart_accessible_and_small() {
    let spec = LineChartSpec {
        title: "Arbeitslose in Ostvorstadt & Stadt".into(),
        y_label: "Anteil in %".into(),
        series: vec![
            Series {
                label: "Ostvorstadt".into(),
                points: vec![
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
                points: (2015..=2019)
                    .map(|y| (y, Some(7.0 - 0.3 * f64::from(y - 2015))))
                    .collect(),
                dashed: true,
            },
        ],
        format: NumberFormat::german(1, " %"),
        missing_label: "keine Daten".into(),
        id_prefix: "lc".into(),
        ..LineChartSpec::default()
    };
    let svg = line_chart(&spec);
    assert!(svg.len() < 10 * 1024, "{} bytes", svg.len());
    let root = parse(&svg);
    assert_csp_safe(&root);
    assert_ids_resolve(&root);
    assert_eq!(root.attr("role"), Some("img"));
    assert_eq!(root.attr("aria-labelledby"), Some("lc-title lc-desc"));
    let desc = &root.find("desc")[0].text;
    assert!(desc.contains("Ostvorstadt: 2015: 12,5 %"), "{desc}");
    assert!(desc.contains("2017: keine Daten"), "{desc}");
    assert!(desc.contains("Leipzig gesamt"), "{desc}");
    // The gap splits the line in two subpaths.
    let series = root
        .find("g")
        .into_iter()
        .filter(|g| g.attr("class") == Some("series"))
        .collect::<Vec<_>>();
    assert_eq!(series.len(), 2);
    assert_eq!(
        series[0].children[0]
            .attr("d")
            .unwrap()
            .matches('M')
            .count(),
        2
    );
    assert!(series[1].children[0].attr("stroke-dasharray").is_some());
    assert!(root.deep_text().contains("2019"));
}

#[test]
fn rank_intervals_rows() {
    let rows: Vec<RankRow> = (0..500)
        .map(|i| RankRow {
            label: if i == 2 {
                "Ostvorstadt".into()
            } else {
                format!("Gebiet <{i}>")
            },
            href: (i % 2 == 0).then(|| format!("/gebiete/{i}")),
            nominal: f64::from(i + 1),
            lo: f64::from(i + 1) - 1.0,
            hi: f64::from(i + 1) + 2.0,
            class: Some((i % 4) as usize),
        })
        .collect();
    let spec = RankIntervalSpec {
        title: "Rangfolge nach Bedarf".into(),
        axis_label: "Rang (1 = höchster Bedarf)".into(),
        rows,
        row_template: "{name}: Rang {rank}, 90-%-Intervall {lo}–{hi}".into(),
        legend: legend(4),
        legend_title: "Statusklasse".into(),
        id_prefix: "rk".into(),
        ..RankIntervalSpec::default()
    };
    let svg = rank_intervals(&spec);
    eprintln!("rank chart with 500 rows: {} bytes", svg.len());
    let root = parse(&svg);
    assert_csp_safe(&root);
    assert_ids_resolve(&root);
    let links = root.find("a");
    assert_eq!(links.len(), 250);
    assert_eq!(
        links[1].attr("aria-label"),
        Some("Ostvorstadt: Rang 3, 90-%-Intervall 2–5")
    );
    let imgs: Vec<&El> = root
        .find("g")
        .into_iter()
        .filter(|g| g.attr("role") == Some("img"))
        .collect();
    assert_eq!(imgs.len(), 250);
    assert_eq!(
        imgs[0].attr("aria-label"),
        Some("Gebiet <1>: Rang 2, 90-%-Intervall 1–4")
    );
    let h: f64 = root.attr("height").unwrap().parse().unwrap();
    assert!(h > 500.0 * 18.0);
    assert_eq!(root.find("circle").len(), 500);
}
