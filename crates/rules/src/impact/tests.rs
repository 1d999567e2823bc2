//! Tests of the item library, instrument and answer validation, and scoring.

use super::library::shipped;
use super::*;

fn ce() -> Instrument {
    shipped()
        .expect("library")
        .into_iter()
        .find(|i| i.id == "collective_efficacy")
        .expect("collective efficacy shipped")
}

#[test]
fn shipped_instruments_are_valid_and_complete_in_every_language() {
    let all = shipped().expect("library parses and validates");
    let ids: Vec<&str> = all.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "collective_efficacy",
            "neighbourhood_cohesion",
            "cohesion_radar",
            "integration_climate"
        ]
    );
    for ins in &all {
        assert!(ins.title.missing().is_empty(), "{} title", ins.id);
        for item in &ins.items {
            let current = item.current().expect("a version");
            assert!(
                current.wording.missing().is_empty(),
                "{}: missing {:?}",
                item.id,
                current.wording.missing()
            );
            // A translation is not a copy of the German or English text.
            for lang in [TextLang::Ar, TextLang::Uk, TextLang::Vi, TextLang::Ls] {
                assert_ne!(current.wording.get(lang), current.wording.get(TextLang::En));
            }
        }
        for scale in &ins.scales {
            assert!(scale.title.missing().is_empty(), "{}", scale.id);
        }
        for a in &ins.answer_scales {
            for p in &a.points {
                assert!(p.label.missing().is_empty(), "{} {}", a.id, p.value);
            }
        }
    }
}

#[test]
fn collective_efficacy_has_ten_items_and_two_subscales() {
    let ce = ce();
    assert_eq!(ce.items.len(), 10);
    let cohesion = ce.scale("ce_cohesion").expect("cohesion");
    let control = ce.scale("ce_control").expect("control");
    assert_eq!(cohesion.items.len(), 5);
    assert_eq!(control.items.len(), 5);
    let reversed: Vec<&str> = ce
        .items
        .iter()
        .filter(|i| i.reverse)
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(reversed, ["ce_sct_getalong", "ce_sct_values"]);
}

#[test]
fn instrument_errors_are_typed() {
    let mut ins = ce();
    ins.items.clear();
    assert_eq!(
        ins.validate(),
        Err(InstrumentError::NoItems("collective_efficacy".into()))
    );

    let mut ins = ce();
    ins.items[1].answer_scale = "agree7".into();
    assert_eq!(
        ins.validate(),
        Err(InstrumentError::UnknownAnswerScale {
            item: "ce_isc_graffiti".into(),
            scale: "agree7".into()
        })
    );

    let mut ins = ce();
    ins.items[1].id = ins.items[0].id.clone();
    assert_eq!(
        ins.validate(),
        Err(InstrumentError::DuplicateItem("ce_isc_school".into()))
    );

    let mut ins = ce();
    let dup = ins.scales[0].clone();
    ins.scales.push(dup);
    assert_eq!(
        ins.validate(),
        Err(InstrumentError::DuplicateScale("ce_cohesion".into()))
    );

    let mut ins = ce();
    ins.scales[0].items.push("nope".into());
    assert!(matches!(
        ins.validate(),
        Err(InstrumentError::UnknownItem { .. })
    ));

    let mut ins = ce();
    ins.scales[0].scoring = ScoringRule::Mean { min_answered: 6 };
    assert!(matches!(
        ins.validate(),
        Err(InstrumentError::BadMinAnswered {
            min_answered: 6,
            items: 5,
            ..
        })
    ));

    let mut ins = ce();
    ins.answer_scales[0].points.remove(2);
    assert!(matches!(
        ins.validate(),
        Err(InstrumentError::PointsNotConsecutive(_))
    ));

    let mut ins = ce();
    ins.items[0].versions[0].version = 2;
    assert_eq!(
        ins.validate(),
        Err(InstrumentError::BadVersions("ce_isc_school".into()))
    );
}

#[test]
fn answer_errors_are_typed() {
    let ce = ce();
    let a = |id: &str, v: i32| (id.to_string(), Answer::Value(v));
    assert_eq!(
        ce.check_response(&[a("ce_sct_help", 6)]),
        Err(AnswerError::OutOfRange {
            item: "ce_sct_help".into(),
            value: 6,
            min: 1,
            max: 5
        })
    );
    assert_eq!(
        ce.check_response(&[a("ce_sct_nope", 3)]),
        Err(AnswerError::UnknownItem("ce_sct_nope".into()))
    );
    assert_eq!(
        ce.check_response(&[a("ce_sct_help", 3), a("ce_sct_help", 4)]),
        Err(AnswerError::DuplicateAnswer("ce_sct_help".into()))
    );
    assert_eq!(ce.check_response(&[]), Err(AnswerError::Empty));
    assert!(
        ce.check_response(&[("ce_sct_help".into(), Answer::DontKnow)])
            .is_ok()
    );
}

#[test]
fn scoring_reverses_and_needs_k_items() {
    let ce = ce();
    let a = |id: &str, v: i32| (id.to_string(), Answer::Value(v));
    // Agrees with every positive item (5) and disagrees with both reversed ones (1).
    let r = ce
        .check_response(&[
            a("ce_sct_help", 5),
            a("ce_sct_closeknit", 5),
            a("ce_sct_trust", 5),
            a("ce_sct_getalong", 1),
            a("ce_sct_values", 1),
            a("ce_isc_school", 2),
            ("ce_isc_graffiti".into(), Answer::DontKnow),
        ])
        .expect("valid");
    let scores = score_response(&ce, &r);
    let by = |id: &str| scores.iter().find(|s| s.scale == id).expect("scale");
    assert_eq!(by("ce_cohesion").score, Some(5.0));
    assert_eq!(by("ce_control").score, None, "one answered, three needed");
    assert_eq!(by("ce_control").answered, 1);
    assert_eq!(by("ce_total").score, None);
}

#[test]
fn wording_falls_back_to_german() {
    let w = Wording::german("Hallo");
    assert_eq!(w.get(TextLang::Uk), "Hallo");
    assert_eq!(w.missing().len(), 8);
    assert_eq!(TextLang::from_code("ls"), Some(TextLang::Ls));
    assert!(TextLang::Fa.is_rtl());
}

/// Deterministic answers: respondent `i` of a group with offset `shift`.
fn responses(ce: &Instrument, n: usize, shift: i32, seed: u64) -> Vec<Response> {
    let mut state = seed;
    let mut next = move || {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((state >> 33) % 3) as i32 - 1
    };
    (0..n)
        .map(|_| {
            let answers: Vec<(String, Answer)> = ce
                .items
                .iter()
                .map(|item| {
                    let base = 3 + shift + next();
                    let v = if item.reverse { 6 - base } else { base };
                    (item.id.clone(), Answer::Value(v.clamp(1, 5)))
                })
                .collect();
            ce.check_response(&answers).expect("valid")
        })
        .collect()
}

#[test]
fn survey_results_withhold_small_groups_and_estimate_did() {
    use super::results::{Group, survey_results};
    use super::stats::MinN;
    let ce = ce();
    let pb = responses(&ce, 40, 0, 1);
    let pf = responses(&ce, 45, 1, 2);
    let cb = responses(&ce, 50, 0, 3);
    let cf = responses(&ce, 35, 0, 4);
    let small = responses(&ce, 12, 0, 5);
    let groups = [
        Group {
            area: "Mockau",
            pilot: true,
            wave: "2025",
            wave_index: 0,
            responses: &pb,
        },
        Group {
            area: "Mockau",
            pilot: true,
            wave: "2026",
            wave_index: 1,
            responses: &pf,
        },
        Group {
            area: "Paunsdorf",
            pilot: false,
            wave: "2025",
            wave_index: 0,
            responses: &cb,
        },
        Group {
            area: "Paunsdorf",
            pilot: false,
            wave: "2026",
            wave_index: 1,
            responses: &cf,
        },
        Group {
            area: "Thekla",
            pilot: false,
            wave: "2025",
            wave_index: 0,
            responses: &small,
        },
    ];
    let results = survey_results(&ce, &groups, MinN::default());
    let cohesion = results
        .iter()
        .find(|r| r.scale == "ce_cohesion")
        .expect("scale");
    let mean = |area: &str, wave: &str| {
        cohesion
            .cells
            .iter()
            .find(|c| c.area == area && c.wave == wave)
            .and_then(|c| c.figures.as_ref())
            .map(|f| f.summary.mean)
    };
    let thekla = cohesion
        .cells
        .iter()
        .find(|c| c.area == "Thekla")
        .expect("cell");
    assert_eq!(thekla.n, 12);
    assert!(thekla.figures.is_none());
    assert!(
        thekla
            .withheld
            .as_deref()
            .unwrap_or("")
            .contains("minimum of 30")
    );
    let m = |a, w| mean(a, w).expect("shown");
    assert!(m("Mockau", "2026") > m("Mockau", "2025"));
    // Two changes (Mockau, Paunsdorf); Thekla has no follow-up.
    assert_eq!(cohesion.changes.len(), 2);
    let did = cohesion.did.first().and_then(|d| d.did).expect("did shown");
    // DiD pools the comparison areas of both waves; Thekla adds 12 baseline answers.
    assert_eq!(did.n, 40 + 45 + 50 + 35 + 12);
    let pooled_before = (m("Paunsdorf", "2025") * 50.0
        + cohesion.cells[4].n as f64 * {
            let s: f64 = small
                .iter()
                .filter_map(|r| super::scoring::score_response(&ce, r)[0].score)
                .sum();
            s / 12.0
        })
        / 62.0;
    let expected =
        (m("Mockau", "2026") - m("Mockau", "2025")) - (m("Paunsdorf", "2026") - pooled_before);
    assert!((did.estimate - expected).abs() < 1e-12);
    let alpha = cohesion.cells[0].figures.as_ref().and_then(|f| f.alpha);
    assert!(alpha.is_some());

    // With a higher minimum, the follow-up comparison cell (35) is withheld,
    // and so is the DiD.
    let strict = survey_results(&ce, &groups, MinN(36));
    let d = &strict[0].did[0];
    assert!(d.did.is_none() && d.withheld.is_some());
}
