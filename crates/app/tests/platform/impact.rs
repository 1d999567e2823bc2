//! Impact: instruments, surveys, invitation codes, answers kept apart from
//! accounts, results with the minimum n.

use std::collections::{BTreeSet, HashMap};

use quartier_db::impact::{NewAnswer, SampleDraft, Submission, SurveyDraft};
use quartier_db::{Db, DbError};
use quartier_rules::impact::library::shipped;

use crate::common::fresh_db;

/// Tables that hold responses or answers.
const ANSWER_TABLES: [&str; 2] = ["impact_responses", "impact_answers"];

#[tokio::test]
async fn schema_keeps_answers_apart_from_accounts() {
    let (db, _dir) = fresh_db().await;
    let fks = db.foreign_keys().await.unwrap();
    let cols = db.schema_columns().await.unwrap();
    assert!(
        fks.iter()
            .any(|f| f.table == "impact_answers" && f.references == "impact_responses"),
        "the catalogue lists the answer's foreign keys: {fks:?}"
    );
    // 1. Answer tables have no column that could hold an identity.
    for (table, column) in &cols {
        if ANSWER_TABLES.contains(&table.as_str()) {
            for word in [
                "user", "account", "email", "session", "token", "code", "ip", "name",
            ] {
                assert!(
                    !column.contains(word),
                    "{table}.{column} could identify a respondent"
                );
            }
        }
    }
    // 2. Every table reachable from an answer table along foreign keys (in
    //    either direction) is checked: none refers to the accounts.
    let identity_tables = ["users", "sessions", "tokens", "role_assignments"];
    let mut reach: BTreeSet<String> = ANSWER_TABLES.iter().map(|t| t.to_string()).collect();
    // Forward: what answers point to (waves, areas, surveys, items, instruments, cities …).
    loop {
        let before = reach.len();
        for f in &fks {
            if reach.contains(&f.table) {
                reach.insert(f.references.clone());
            }
        }
        if reach.len() == before {
            break;
        }
    }
    for t in &reach {
        assert!(
            !identity_tables.contains(&t.as_str()),
            "answers reach {t} along foreign keys"
        );
        for f in fks.iter().filter(|f| &f.table == t) {
            assert!(
                !identity_tables.contains(&f.references.as_str()),
                "{}.{} links answers to accounts",
                f.table,
                f.column
            );
        }
    }
    // Backward: no table refers to a response or an answer except the answers themselves.
    let referring: Vec<&str> = fks
        .iter()
        .filter(|f| ANSWER_TABLES.contains(&f.references.as_str()))
        .map(|f| f.table.as_str())
        .collect();
    assert_eq!(referring, ["impact_answers"], "who refers to responses");
    // 3. Codes carry no link to a response and no time.
    let code_cols: Vec<&str> = cols
        .iter()
        .filter(|(t, _)| t == "impact_codes")
        .map(|(_, c)| c.as_str())
        .collect();
    assert_eq!(code_cols, ["id", "sample_id", "code_hash", "used"]);
}

/// A small city with a pilot quarter and two comparison areas, and a survey
/// with one wave open today.
pub async fn survey_fixture(db: &Db) -> (i64, i64, Vec<i64>, HashMap<String, i64>) {
    let city = db.create_city("testcity", "Teststadt", true).await.unwrap();
    let areas = db
        .insert_areas(
            city,
            &[
                ("01".into(), "Nord".into(), None, None),
                ("02".into(), "Ost".into(), None, None),
                ("03".into(), "West".into(), None, None),
            ],
        )
        .await
        .unwrap();
    let quarter = db
        .create_quarter(city, "nord", "Nord", "", &areas[..1])
        .await
        .unwrap();
    let ce = shipped()
        .unwrap()
        .into_iter()
        .find(|i| i.id == "collective_efficacy")
        .unwrap();
    assert_eq!(
        db.ensure_instruments(city, &shipped().unwrap())
            .await
            .unwrap(),
        4
    );
    assert_eq!(
        db.ensure_instruments(city, &shipped().unwrap())
            .await
            .unwrap(),
        0
    );
    let row = db
        .instruments(city)
        .await
        .unwrap()
        .into_iter()
        .find(|r| r.instrument_key == ce.id)
        .unwrap();
    let survey = db
        .create_survey(&SurveyDraft {
            city_id: city,
            instrument_id: row.id,
            title: "Zusammenhalt".into(),
            min_n: 30,
            pilot: (quarter, "Nord".into()),
            comparisons: vec![(areas[1], "Ost".into()), (areas[2], "West".into())],
        })
        .await
        .unwrap();
    let wave = db
        .add_wave(survey, "Baseline", "2020-01-01", "2099-12-31")
        .await
        .unwrap();
    let units: Vec<i64> = db
        .survey_units(survey)
        .await
        .unwrap()
        .iter()
        .map(|u| u.id)
        .collect();
    let items: HashMap<String, i64> = db.item_ids(row.id).await.unwrap().into_iter().collect();
    let _ = wave;
    (survey, wave, units, items)
}

#[tokio::test]
async fn an_invitation_code_is_burnt_when_used() {
    let (db, _dir) = fresh_db().await;
    let (survey, wave, units, items) = survey_fixture(&db).await;
    let sample = db
        .add_sample(&SampleDraft {
            wave_id: wave,
            unit_id: units[0],
            method: "random_codes".into(),
            frame: "random sample".into(),
            invited: 0,
            link_hash: None,
        })
        .await
        .unwrap();
    db.add_codes(sample, &["h1".into(), "h2".into()])
        .await
        .unwrap();
    let ticket = db.code_ticket("h1").await.unwrap().unwrap();
    assert_eq!((ticket.survey_id, ticket.used), (survey, 0));
    let sub = Submission {
        wave_id: wave,
        unit_id: units[0],
        channel: "online_code".into(),
        lang: "uk".into(),
        received_on: "2026-12-04".into(),
        code_hash: Some("h1".into()),
        answers: vec![NewAnswer {
            item_id: items["ce_sct_help"],
            value: Some(4),
            dont_know: false,
        }],
    };
    db.submit_response(&sub).await.unwrap();
    assert_eq!(db.code_ticket("h1").await.unwrap().unwrap().used, 1);
    // The second use is refused and saves nothing.
    assert!(matches!(
        db.submit_response(&sub).await,
        Err(DbError::Conflict(_))
    ));
    assert_eq!(db.survey_answers(survey).await.unwrap().len(), 1);
    let samples = db.survey_samples(survey).await.unwrap();
    assert_eq!(
        (samples[0].codes, samples[0].codes_used, samples[0].invited),
        (2, 1, 2)
    );
    // An unknown code lets nothing in.
    assert!(db.code_ticket("nope").await.unwrap().is_none());
}
