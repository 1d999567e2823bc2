use super::*;

fn t(key: &str, name: &str) -> Target {
    Target {
        key: key.into(),
        name: Some(name.into()),
    }
}

fn src(keys: &[&str]) -> Vec<(String, Option<String>)> {
    keys.iter().map(|k| (k.to_string(), None)).collect()
}

#[test]
fn numbers_with_a_common_prefix_and_leading_zeros() {
    let targets: Vec<Target> = (1..=13)
        .map(|i| t(&format!("STGT{i:02}"), &format!("Bezirk {i}")))
        .collect();
    let keys: Vec<String> = (1..=13).map(|i| i.to_string()).collect();
    let sources: Vec<(String, Option<String>)> = keys.iter().map(|k| (k.clone(), None)).collect();
    let m = match_keys(&sources, &targets, &BTreeMap::new());
    assert_eq!(m.matched.len(), 13, "{m:?}");
    assert!(m.unused_targets.is_empty());
    assert_eq!(m.matched[0].targets, vec!["STGT01"]);
    assert_eq!(m.matched[12].targets, vec!["STGT13"]);
    assert!(m.matched.iter().all(|x| x.how == MatchHow::Number));
    let m = match_keys(
        &src(&["011", "7"]),
        &[t("11", "A"), t("07", "B")],
        &BTreeMap::new(),
    );
    assert_eq!(m.to_map()["011"], vec!["11"]);
    assert_eq!(m.to_map()["7"], vec!["07"]);
}

#[test]
fn numeric_prefix_spaces_umlauts_and_case() {
    let targets = vec![
        t("1", "Nordstadt"),
        t("2", "Westliche Höhe"),
        t("3", "Altstadt-Lehel"),
        t("4", "Süd"),
    ];
    let m = match_keys(
        &src(&[
            "03 Nordstadt",
            "Westliche_Hoehe",
            "ALTSTADT - LEHEL",
            "sued",
        ]),
        &targets,
        &BTreeMap::new(),
    );
    let map = m.to_map();
    // "03 Nordstadt": code 03 points at area 3, which wins over the name.
    assert_eq!(map["03 Nordstadt"], vec!["3"]);
    assert_eq!(map["Westliche_Hoehe"], vec!["2"]);
    assert_eq!(map["ALTSTADT - LEHEL"], vec!["3"]);
    assert_eq!(map["sued"], vec!["4"]);
    let m = match_keys(&src(&["99 Nordstadt"]), &targets, &BTreeMap::new());
    assert_eq!(m.matched[0].how, MatchHow::NameAfterCode);
    assert_eq!(m.matched[0].targets, vec!["1"]);
}

#[test]
fn merged_pairs_remembered_keys_and_suggestions() {
    let targets = vec![
        t("101", "Waltershof"),
        t("102", "Finkenwerder"),
        t("103", "Bocklemünd/Mengenich"),
        t("104", "Humboldt/Gremberg"),
    ];
    let remembered = BTreeMap::from([("Humb.".to_string(), "104".to_string())]);
    let m = match_keys(
        &src(&[
            "Waltershof und Finkenwerder",
            "Bocklem./Mengenich",
            "Humb.",
            "Atlantis",
        ]),
        &targets,
        &remembered,
    );
    assert_eq!(m.matched.len(), 2, "{m:?}");
    assert_eq!(m.matched[0].how, MatchHow::Merged);
    assert_eq!(m.matched[0].targets, vec!["101", "102"]);
    assert_eq!(m.matched[1].how, MatchHow::Remembered);
    assert_eq!(m.unmatched.len(), 2);
    assert_eq!(m.unmatched[0].source, "Bocklem./Mengenich");
    assert_eq!(m.unmatched[0].candidates[0].0, "103");
    assert!(m.unmatched[1].candidates.iter().all(|(_, s)| *s < 0.95));
    assert_eq!(m.unused_targets, vec!["103"]);
}

#[test]
fn ambiguous_normalised_names_are_not_matched() {
    let targets = vec![t("1", "Neustadt Süd"), t("2", "Neustadt-Süd")];
    let m = match_keys(&src(&["neustadt sued"]), &targets, &BTreeMap::new());
    assert!(m.matched.is_empty());
    assert_eq!(m.unmatched[0].candidates.len(), 2);
}
