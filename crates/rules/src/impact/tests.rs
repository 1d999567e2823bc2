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
