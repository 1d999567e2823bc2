//! Impact: instruments, surveys, invitation codes, answers kept apart from
//! accounts, results with the minimum n.

use std::collections::{BTreeSet, HashMap};

use quartier_db::impact::{NewAnswer, SampleDraft, Submission, SurveyDraft};
use quartier_db::{Db, DbError};
use quartier_rules::impact::library::shipped;

use crate::common::{csrf_of, fresh_db, spawn};

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
            link_token: None,
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

/// The demo survey's id (the only survey of the seeded city).
async fn demo_survey(db: &Db) -> i64 {
    let city = db.city_by_slug("musterstadt").await.unwrap().unwrap();
    db.surveys(city.id).await.unwrap()[0].id
}

#[tokio::test]
async fn demo_results_show_the_change_against_comparison_areas() {
    let app = spawn().await;
    let id = demo_survey(&app.db).await;
    let analyst = app.login_as("analyst").await;
    let r = analyst.get(&format!("/api/v1/surveys/{id}/results")).await;
    assert_eq!(r.status(), 200);
    let v: serde_json::Value = r.json().await.unwrap();
    assert_eq!(v["robust_se"], "HC3");
    assert_eq!(v["min_n"], 30);
    let scales = v["scales"].as_array().unwrap();
    let cohesion = scales.iter().find(|s| s["scale"] == "ce_cohesion").unwrap();
    let cells = cohesion["cells"].as_array().unwrap();
    assert_eq!(cells.len(), 6, "pilot + two comparison areas, two waves");
    for c in cells {
        let (n, mean, lo, hi) = (
            c["n"].as_u64().unwrap(),
            c["mean"].as_f64().unwrap(),
            c["ci_low"].as_f64().unwrap(),
            c["ci_high"].as_f64().unwrap(),
        );
        assert!(n >= 30 && lo < mean && mean < hi, "{c}");
        let alpha = c["alpha"].as_f64().unwrap();
        assert!(alpha > 0.5 && alpha < 1.0, "alpha {alpha}");
    }
    let comparisons = cohesion["comparisons"].as_array().unwrap();
    let did = comparisons
        .iter()
        .find(|c| c["kind"] == "difference_in_differences")
        .unwrap();
    let est = did["estimate"].as_f64().unwrap();
    assert!(did["ci_low"].as_f64().unwrap() < est && est < did["ci_high"].as_f64().unwrap());
    // The generator raised cohesion by 0.30 in the pilot and 0.05 elsewhere.
    assert!(est > 0.0 && est < 0.6, "DiD {est}");
    assert_eq!(
        comparisons.iter().filter(|c| c["kind"] == "change").count(),
        3
    );
    // No individual answers leave the system.
    let text = v.to_string();
    assert!(!text.contains("response_id") && !text.contains("answers"));

    // The page shows the same.
    let (status, html) = analyst
        .get_text(&format!("/impact/surveys/{id}/results"))
        .await;
    assert_eq!(status, 200);
    assert!(html.contains("Differenz der Differenzen"));
    assert!(html.contains("role=\"img\""));
    // Residents and anonymous visitors do not get results.
    let resident = app.login_as("resident").await;
    assert_eq!(
        resident
            .get(&format!("/api/v1/surveys/{id}/results"))
            .await
            .status(),
        403
    );
    assert_eq!(
        app.client()
            .get(&format!("/api/v1/surveys/{id}/results"))
            .await
            .status(),
        401
    );
}

#[tokio::test]
async fn results_below_the_minimum_are_refused() {
    let app = spawn().await;
    let analyst = app.login_as("analyst").await;
    let city = app.db.city_by_slug("musterstadt").await.unwrap().unwrap();
    let instrument = app.db.instruments(city.id).await.unwrap()[0].id.to_string();
    let quarter = app.db.quarters(city.id).await.unwrap()[0].id.to_string();
    let areas = app.db.areas(city.id).await.unwrap();
    let area = areas.last().unwrap().id.to_string();
    let r = analyst
        .post_form(
            "/impact/surveys",
            &[
                ("title", "Leer"),
                ("instrument", &instrument),
                ("pilot", &quarter),
                ("comparison", &area),
                ("min_n", "30"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    let id = app.db.surveys(city.id).await.unwrap()[0].id;
    let r = analyst.get(&format!("/api/v1/surveys/{id}/results")).await;
    assert_eq!(r.status(), 422);
    let v: serde_json::Value = r.json().await.unwrap();
    assert!(v["message"].as_str().unwrap().contains("30"));
    let (status, html) = analyst
        .get_text(&format!("/impact/surveys/{id}/results"))
        .await;
    assert_eq!(status, 200);
    assert!(html.contains("Noch hat kein Gebiet"));
    // A bad minimum is refused with a message at the field and nothing saved.
    let before = app.db.surveys(city.id).await.unwrap().len();
    let r = analyst
        .post_form(
            "/impact/surveys",
            &[
                ("title", "X"),
                ("instrument", &instrument),
                ("pilot", &quarter),
                ("comparison", &area),
                ("min_n", "3"),
            ],
        )
        .await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("zwischen 10 und 1000"));
    assert_eq!(app.db.surveys(city.id).await.unwrap().len(), before);
}

#[tokio::test]
async fn answering_by_code_in_ukrainian_burns_the_code() {
    let app = spawn().await;
    let id = demo_survey(&app.db).await;
    let codes = quartier::seed::demo_codes(&quartier_demo::musterstadt());
    let code = codes[0].clone();
    let c = app.client();
    assert_eq!(c.get("/lang?to=uk&next=/survey").await.status(), 303);
    let (status, html) = c.get_text("/survey").await;
    assert_eq!(status, 200);
    assert!(html.contains("Ваш код доступу"));
    let token = csrf_of(&html).unwrap();
    let post = |fields: Vec<(String, String)>| {
        let c = &c;
        let token = token.clone();
        async move {
            let mut all = fields;
            all.push(("csrf".into(), token));
            c.http
                .post(format!("{}/survey/answer", c.base))
                .form(&all)
                .send()
                .await
                .unwrap()
        }
    };
    // The questionnaire in Ukrainian.
    let r = c
        .http
        .post(format!("{}/survey", c.base))
        .form(&[
            ("code", code.to_lowercase().as_str()),
            ("csrf", token.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let page = r.text().await.unwrap();
    assert!(page.contains("Люди тут готові допомагати своїм сусідам."));
    let before = app.db.survey_answers(id).await.unwrap().len();
    // Out of range: a message, nothing saved, the code still works.
    let r = post(vec![
        ("code".into(), code.clone()),
        ("item_ce_sct_help".into(), "7".into()),
    ])
    .await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("від 1 до 5"));
    assert_eq!(app.db.survey_answers(id).await.unwrap().len(), before);
    // A valid answer.
    let r = post(vec![
        ("code".into(), code.clone()),
        ("item_ce_sct_help".into(), "4".into()),
        ("item_ce_sct_trust".into(), "dk".into()),
        ("item_ce_isc_fight".into(), "5".into()),
    ])
    .await;
    assert_eq!(r.status(), 303);
    assert_eq!(app.db.survey_answers(id).await.unwrap().len(), before + 3);
    // Used twice: refused, nothing saved.
    let r = post(vec![
        ("code".into(), code.clone()),
        ("item_ce_sct_help".into(), "2".into()),
    ])
    .await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("Цим кодом уже відповіли"));
    assert_eq!(app.db.survey_answers(id).await.unwrap().len(), before + 3);
    // A malformed and an unknown code.
    for bad in ["ABC", "2222-2222-2222"] {
        let r = c
            .http
            .post(format!("{}/survey", c.base))
            .form(&[("code", bad), ("csrf", token.as_str())])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 422, "{bad}");
    }
}

#[tokio::test]
async fn a_closed_or_future_wave_takes_no_answers() {
    let (db, dir) = fresh_db().await;
    let (survey, _, units, _) = survey_fixture(&db).await;
    let past = db
        .add_wave(survey, "Alt", "2001-01-01", "2001-12-31")
        .await
        .unwrap();
    let future = db
        .add_wave(survey, "Neu", "2098-01-01", "2098-12-31")
        .await
        .unwrap();
    for (wave, code) in [(past, "222233334444"), (future, "555566667777")] {
        let s = db
            .add_sample(&SampleDraft {
                wave_id: wave,
                unit_id: units[0],
                method: "random_codes".into(),
                frame: String::new(),
                invited: 0,
                link_token: None,
            })
            .await
            .unwrap();
        db.add_codes(s, &[quartier_web::platform::password::token_hash(code)])
            .await
            .unwrap();
    }
    let app = crate::common::spawn_on(db, dir, |_| {}).await;
    let c = app.client();
    let (_, html) = c.get_text("/survey").await;
    let token = csrf_of(&html).unwrap();
    for (code, expect, wave) in [
        ("2222-3333-4444", "seit dem 2001-12-31 beendet", past),
        ("5555-6666-7777", "beginnt erst am 2098-01-01", future),
    ] {
        for path in ["/survey", "/survey/answer"] {
            let r = c
                .http
                .post(format!("{}{path}", c.base))
                .form(&[
                    ("code", code),
                    ("csrf", token.as_str()),
                    ("item_ce_sct_help", "3"),
                ])
                .send()
                .await
                .unwrap();
            assert_eq!(r.status(), 422, "{path} {code}");
            assert!(r.text().await.unwrap().contains(expect), "{path} {code}");
        }
        let _ = wave;
    }
    assert!(app.db.survey_answers(survey).await.unwrap().is_empty());
}

/// The browser test `e2e/tests/impact.test.mjs` types these demo codes.
#[test]
fn demo_codes_used_by_the_browser_tests() {
    let codes = quartier::seed::demo_codes(&quartier_demo::musterstadt());
    assert_eq!(codes.len(), 40);
    assert_eq!(&codes[1..4], E2E_CODES);
}

const E2E_CODES: &[&str] = &["6F22FGSD4K2N", "DJMP5X7GTK89", "BGNXNRGXTDNQ"];
