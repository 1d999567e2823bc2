use super::years::{HeaderYear, classify, period};
use crate::grid::Cell;

fn named(h: &[&str]) -> Vec<Option<(String, i32)>> {
    let hs: Vec<String> = h.iter().map(|s| s.to_string()).collect();
    classify(&hs)
        .into_iter()
        .map(|y| match y {
            Some(HeaderYear::Year(y)) => Some((String::new(), y)),
            Some(HeaderYear::Named { name, year, .. }) => Some((name, year)),
            None => None,
        })
        .collect()
}

#[test]
fn header_year_classes() {
    assert_eq!(named(&["2019"]), vec![Some((String::new(), 2019))]);
    assert_eq!(named(&["Quote_2019"]), vec![Some(("Quote".into(), 2019))]);
    assert_eq!(named(&["2018_Anzahl"]), vec![Some(("Anzahl".into(), 2018))]);
    assert_eq!(named(&["Zuzüge bis 2019"]), vec![None]);
    assert_eq!(named(&["Zuzüge seit_2019"]), vec![None]);
    // A space-glued year counts when the name comes with several years.
    assert_eq!(
        named(&["Einwohner 2019", "Einwohner 2020"]),
        vec![
            Some(("Einwohner".into(), 2019)),
            Some(("Einwohner".into(), 2020))
        ]
    );
    assert_eq!(named(&["Einwohner 2019"]), vec![None]);
    assert_eq!(
        named(&[
            "Arbeitslose (Dez 2013)",
            "Einwohner (31.12.2013)",
            "Anteil (in %)"
        ]),
        vec![
            Some(("Arbeitslose".into(), 2013)),
            Some(("Einwohner".into(), 2013)),
            None
        ]
    );
    assert_eq!(named(&["Plz 12345"]), vec![None]);
}

#[test]
fn year_column_values() {
    let t = |s: &str| period(&Cell::Text(s.into()));
    assert_eq!(period(&Cell::Number(202012.0)), Some((2020, Some(12))));
    assert_eq!(period(&Cell::Number(2019.0)), Some((2019, None)));
    assert_eq!(t("2020-12"), Some((2020, Some(12))));
    assert_eq!(t("31.12.2020"), Some((2020, Some(12))));
    assert_eq!(t("12/2020"), Some((2020, Some(12))));
    assert_eq!(t("2020/21"), Some((2020, None)));
    assert_eq!(t("20201231"), Some((2020, Some(12))));
    assert_eq!(period(&Cell::Number(202013.0)), None);
    assert_eq!(t("abc"), None);
    assert_eq!(period(&Cell::Number(12.5)), None);
}
