//! The action plan (issue 5): building a plan from an empty quarter, validation,
//! progress, versioning and comparison between dates, exports, access rules.

use quartier_db::Db;
use quartier_db::monitoring::city::Quarter;
use quartier_db::plan::{FieldDraft, IndicatorDraft, MeasureDraft, Progress};

use crate::common::{TestApp, spawn};

/// Unix seconds at noon UTC of an ISO date.
fn ts(date: &str) -> i64 {
    let p: Vec<i64> = date.split('-').map(|x| x.parse().unwrap()).collect();
    let (y, m, d) = (if p[1] <= 2 { p[0] - 1 } else { p[0] }, p[1], p[2]);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    (era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468) * 86_400 + 43_200
}

async fn quarters(db: &Db) -> (Quarter, Quarter) {
    let city = db.city_by_slug("musterstadt").await.unwrap().unwrap();
    let qs = db.quarters(city.id).await.unwrap();
    (qs[0].clone(), qs[1].clone())
}

fn location(r: &reqwest::Response) -> String {
    r.headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string()
}

async fn measure_count(app: &TestApp, quarter_id: i64) -> usize {
    match app.db.plan_of_quarter(quarter_id).await.unwrap() {
        Some(p) => app.db.plan_data(p.id).await.unwrap().measures.len(),
        None => 0,
    }
}

#[tokio::test]
async fn lead_builds_a_plan_from_an_empty_quarter() {
    let app = spawn().await;
    let (_, q2) = quarters(&app.db).await;
    let base = format!("/quarters/{}/plan", q2.slug);
    let lead = app.login_as("lead").await;
    let anon = app.client();

    // No plan yet: the public sees a notice, the lead the creation form.
    let (s, html) = anon.get_text(&base).await;
    assert_eq!(s, 200);
    assert!(html.contains("noch kein Aktionsplan"));
    let (_, html) = lead.get_text(&base).await;
    assert!(html.contains("Aktionsplan anlegen"));

    // Empty title: named error, nothing created.
    let r = lead.post_form(&base, &[("title", " ")]).await;
    assert_eq!(r.status(), 422);
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("Bitte geben Sie einen Titel ein.")
    );
    assert!(app.db.plan_of_quarter(q2.id).await.unwrap().is_none());

    let r = lead
        .post_form(&base, &[("title", "Aktionsplan Transfer 2026")])
        .await;
    assert_eq!(r.status(), 303);
    let plan = app.db.plan_of_quarter(q2.id).await.unwrap().unwrap();
    assert_eq!(plan.published, 0);

    // A draft: hidden from the public and residents, visible to staff.
    assert_eq!(anon.get(&format!("{base}/timeline")).await.status(), 404);
    let resident = app.login_as("resident").await;
    assert_eq!(
        resident.get(&format!("{base}/dashboard")).await.status(),
        404
    );
    let analyst = app.login_as("analyst").await;
    let (s, html) = analyst.get_text(&base).await;
    assert_eq!(s, 200);
    assert!(html.contains("Entwurf"));

    // Field of action: both fields named when missing; duplicate code refused.
    let r = lead.post_form(&format!("{base}/fields"), &[]).await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(html.contains("Bitte geben Sie ein Kürzel ein."));
    assert!(html.contains("Bitte geben Sie einen Namen ein."));
    let r = lead
        .post_form(
            &format!("{base}/fields"),
            &[("code", "HF1"), ("name", "Nachbarschaft und Begegnung")],
        )
        .await;
    assert_eq!(r.status(), 303);
    let r = lead
        .post_form(
            &format!("{base}/fields"),
            &[("code", "HF1"), ("name", "Doppelt")],
        )
        .await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("schon vergeben"));
    let d = app.db.plan_data(plan.id).await.unwrap();
    assert_eq!(d.fields.len(), 1);
    let fid = d.fields[0].id.to_string();

    // Goals: a Handlungsziel needs a Leitziel above it.
    let r = lead
        .post_form(
            &format!("{base}/goals"),
            &[
                ("field_id", &fid),
                ("level", "handlungsziel"),
                ("code", "HZ1.1"),
                ("text", "Zwei neue Treffpunkte"),
            ],
        )
        .await;
    assert_eq!(r.status(), 422);
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("braucht ein übergeordnetes Leitziel")
    );
    let r = lead
        .post_form(
            &format!("{base}/goals"),
            &[
                ("field_id", &fid),
                ("level", "leitziel"),
                ("code", "LZ1"),
                ("text", "Nachbarn begegnen sich"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    let lz = app.db.plan_data(plan.id).await.unwrap().goals[0]
        .id
        .to_string();
    let r = lead
        .post_form(
            &format!("{base}/goals"),
            &[
                ("field_id", &fid),
                ("level", "handlungsziel"),
                ("parent_id", &lz),
                ("code", "HZ1.1"),
                ("text", "Zwei neue Treffpunkte bis 2027"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    let hz = app
        .db
        .plan_data(plan.id)
        .await
        .unwrap()
        .goals
        .iter()
        .find(|g| g.code == "HZ1.1")
        .unwrap()
        .id
        .to_string();

    // A measure with every error named, and nothing stored.
    let r = lead
        .post_form(
            &format!("{base}/measures"),
            &[
                ("code", "M01"),
                ("field_id", &fid),
                ("start_on", "2026-13-01"),
                ("end_on", "2020-01-01"),
                ("cost_eur", "viel"),
                ("priority", "2"),
                ("status", "planned"),
                ("ind_name_0", "Treffpunkte"),
                ("ind_level_0", "output"),
                ("ind_baseline_0", "0"),
                ("ind_target_0", "zwei"),
            ],
        )
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    for msg in [
        "Bitte geben Sie einen Titel für die Maßnahme ein.",
        "Bitte geben Sie ein gültiges Datum ein",
        "Die Kosten müssen eine Zahl ab 0 sein",
        "Bitte wählen Sie einen federführenden Akteur",
        "Indikator „Treffpunkte“",
    ] {
        assert!(html.contains(msg), "missing error: {msg}");
    }
    assert_eq!(measure_count(&app, q2.id).await, 0);

    let r = lead
        .post_form(
            &format!("{base}/measures"),
            &[
                ("code", "M01"),
                ("title", "Nachbarschaftscafé"),
                ("field_id", &fid),
                ("goal_id", &hz),
                ("lead_text", "Amt für Soziales"),
                ("target_groups", "Senior:innen, Familien"),
                ("place", "Gemeindehaus"),
                ("cost_eur", "2.500,50"),
                ("funding", "Verfügungsfonds"),
                ("start_on", "2026-02-01"),
                ("end_on", "2026-12-31"),
                ("priority", "1"),
                ("status", "planned"),
                ("ind_name_0", "Treffen pro Monat"),
                ("ind_level_0", "output"),
                ("ind_unit_0", "Anzahl"),
                ("ind_baseline_0", "0"),
                ("ind_target_0", "4"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    let to = location(&r);
    assert!(to.starts_with("/measures/"));
    let d = app.db.plan_data(plan.id).await.unwrap();
    let m = &d.measures[0];
    assert_eq!(m.cost_eur, Some(2500.5));
    assert_eq!(m.groups(), vec!["Senior:innen", "Familien"]);
    assert_eq!(d.indicators_of(m.id).count(), 1);

    // Publish: now everyone reads it, and the change log names the change.
    let r = lead
        .post_form(
            &base,
            &[("title", "Aktionsplan Transfer 2026"), ("published", "yes")],
        )
        .await;
    assert_eq!(r.status(), 303);
    let (s, html) = anon.get_text(&base).await;
    assert_eq!(s, 200);
    assert!(html.contains("Nachbarschaftscafé"));
    let (s, html) = anon.get_text(&to).await;
    assert_eq!(s, 200);
    assert!(html.contains("Treffen pro Monat"));
    let (_, html) = anon.get_text(&format!("{base}/history")).await;
    assert!(html.contains("Nachbarschaftscafé"));
    assert!(html.contains("angelegt"));

    // The pilot quarter's manager may not edit another quarter's plan.
    let manager = app.login_as("manager").await;
    let r = manager
        .post_form(
            &format!("{base}/fields"),
            &[("code", "HF9"), ("name", "Fremd")],
        )
        .await;
    assert_eq!(r.status(), 403);
    let r = manager.get(&format!("{to}/edit")).await;
    assert_eq!(r.status(), 403);
    assert_eq!(app.db.plan_data(plan.id).await.unwrap().fields.len(), 1);
}

#[tokio::test]
async fn progress_updates_by_manager_and_actor() {
    let app = spawn().await;
    let (q1, q2) = quarters(&app.db).await;
    let plan = app.db.plan_of_quarter(q1.id).await.unwrap().unwrap();
    let d = app.db.plan_data(plan.id).await.unwrap();
    let m = d.measures.iter().find(|m| m.code == "M04").unwrap();
    let ind = d.indicators_of(m.id).next().unwrap();
    let before = d.actuals_of(ind.id).len();
    let path = format!("/measures/{}/progress", m.id);
    let iid = ind.id.to_string();

    // Bad input: named errors, nothing stored.
    let manager = app.login_as("manager").await;
    let r = manager
        .post_form(
            &path,
            &[
                ("indicator_id", &iid),
                ("value", "viele"),
                ("measured_on", "2025-02-30"),
                ("status", m.status.as_str()),
            ],
        )
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(html.contains("Der Istwert muss eine Zahl sein."));
    assert!(html.contains("Bitte geben Sie ein gültiges Datum ein"));
    let r = manager
        .post_form(&path, &[("status", m.status.as_str())])
        .await;
    assert_eq!(r.status(), 422);
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("Bitte geben Sie einen Istwert ein")
    );
    let d2 = app.db.plan_data(plan.id).await.unwrap();
    assert_eq!(d2.actuals_of(ind.id).len(), before);

    // An actor representative of the quarter records an actual value.
    let actor = app.login_as("actor").await;
    let r = actor
        .post_form(
            &path,
            &[
                ("indicator_id", &iid),
                ("value", "41"),
                ("measured_on", "2026-01-15"),
                ("status", m.status.as_str()),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    let d2 = app.db.plan_data(plan.id).await.unwrap();
    assert_eq!(d2.actuals_of(ind.id).len(), before + 1);
    assert_eq!(d2.latest_actual(ind.id).unwrap().value, 41.0);

    // The manager flags the measure as blocked with a note; the change is logged.
    let r = manager
        .post_form(
            &path,
            &[
                ("status", "running"),
                ("blocked", "yes"),
                ("status_note", "Kursleitung fehlt"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    let changes = app.db.measure_changes(m.id).await.unwrap();
    let last = changes[0].differences();
    assert!(
        last.iter()
            .any(|x| x.field == "blocked" && x.from == "0" && x.to == "1")
    );
    let (_, html) = app
        .client()
        .get_text(&format!("/quarters/{}/plan/dashboard", q1.slug))
        .await;
    assert!(html.contains("Kursleitung fehlt"));

    // Residents and the wrong quarter's actors are refused.
    let resident = app.login_as("resident").await;
    let r = resident.post_form(&path, &[("status", "done")]).await;
    assert_eq!(r.status(), 403);
    app.db
        .save_plan(q2.id, "Anderer Plan", true, "t", ts("2026-01-01"))
        .await
        .unwrap();
    let p2 = app.db.plan_of_quarter(q2.id).await.unwrap().unwrap();
    let f = app
        .db
        .insert_plan_field(
            p2.id,
            &FieldDraft {
                code: "HF1".into(),
                name: "Feld".into(),
                description: String::new(),
            },
            "t",
            ts("2026-01-01"),
        )
        .await
        .unwrap();
    let other = app
        .db
        .save_plan_measure(
            p2.id,
            None,
            &MeasureDraft {
                field_id: f,
                code: "M01".into(),
                title: "Fremde Maßnahme".into(),
                lead_text: "Amt".into(),
                start_on: "2026-01-01".into(),
                priority: 2,
                status: "planned".into(),
                ..Default::default()
            },
            &[],
            "t",
            ts("2026-01-01"),
        )
        .await
        .unwrap();
    let r = actor
        .post_form(
            &format!("/measures/{other}/progress"),
            &[("status", "running")],
        )
        .await;
    assert_eq!(r.status(), 403);
    assert_eq!(
        app.db.plan_measure(other).await.unwrap().unwrap().status,
        "planned"
    );
}

#[tokio::test]
async fn versions_reconstruct_the_plan_at_two_dates() {
    let app = spawn().await;
    let (_, q2) = quarters(&app.db).await;
    let db = &app.db;
    let plan = db
        .save_plan(q2.id, "Zeitreise", true, "qm", ts("2024-01-01"))
        .await
        .unwrap();
    let f = db
        .insert_plan_field(
            plan,
            &FieldDraft {
                code: "HF1".into(),
                name: "Begegnung".into(),
                description: String::new(),
            },
            "qm",
            ts("2024-01-01"),
        )
        .await
        .unwrap();
    let draft = MeasureDraft {
        field_id: f,
        code: "M01".into(),
        title: "Straßenfest".into(),
        lead_text: "Quartiersbüro".into(),
        start_on: "2024-03-01".into(),
        end_on: "2024-09-30".into(),
        priority: 2,
        status: "planned".into(),
        cost_eur: Some(1000.0),
        ..Default::default()
    };
    let ind = IndicatorDraft {
        id: None,
        name: "Gäste".into(),
        level: "outcome".into(),
        unit: "Personen".into(),
        baseline: 0.0,
        target: 300.0,
    };
    let m1 = db
        .save_plan_measure(plan, None, &draft, &[ind], "qm", ts("2024-01-10"))
        .await
        .unwrap();
    let iid = db.plan_data(plan).await.unwrap().indicators[0].id;
    db.record_plan_progress(
        m1,
        &Progress {
            actual: Some((iid, 120.0, "2024-03-01".into(), String::new())),
            status: Some(("running".into(), false, String::new())),
        },
        "qm",
        ts("2024-03-02"),
    )
    .await
    .unwrap();
    let mut second = draft.clone();
    second.code = "M02".into();
    second.title = "Hoffest".into();
    db.save_plan_measure(plan, None, &second, &[], "qm", ts("2024-05-01"))
        .await
        .unwrap();
    let mut cheaper = draft.clone();
    cheaper.status = "running".into();
    cheaper.cost_eur = Some(800.0);
    let keep = IndicatorDraft {
        id: Some(iid),
        name: "Gäste".into(),
        level: "outcome".into(),
        unit: "Personen".into(),
        baseline: 0.0,
        target: 300.0,
    };
    db.save_plan_measure(plan, Some(m1), &cheaper, &[keep], "qm", ts("2024-06-01"))
        .await
        .unwrap();

    // The database layer: the state at each date.
    let at = |d: &'static str| async move { db.plan_state_at(plan, ts(d)).await.unwrap() };
    let s = at("2024-02-01").await;
    let m = &s[&("measure".to_string(), m1)];
    assert_eq!(m["status"], "planned");
    assert!(m["indicators"][0]["actual"].is_null());
    let s = at("2024-04-01").await;
    let m = &s[&("measure".to_string(), m1)];
    assert_eq!(m["status"], "running");
    assert_eq!(m["indicators"][0]["actual"], 120.0);
    assert_eq!(s.keys().filter(|k| k.0 == "measure").count(), 1);
    assert_eq!(
        at("2024-07-01")
            .await
            .keys()
            .filter(|k| k.0 == "measure")
            .count(),
        2
    );

    // The comparison page.
    let c = app.client();
    let url = |a: &str, b: &str| format!("/quarters/{}/plan/compare?from={a}&to={b}", q2.slug);
    let (s, html) = c.get_text(&url("2024-02-01", "2024-04-01")).await;
    assert_eq!(s, 200);
    assert!(html.contains("Hinzugekommen (0)"));
    assert!(html.contains("Geändert (1)"));
    assert!(html.contains("geplant</del> → <ins lang=\"de\">läuft"));
    assert!(html.contains("Istwert"));
    let (_, html) = c.get_text(&url("2024-04-01", "2024-07-01")).await;
    assert!(html.contains("Hinzugekommen (1)"));
    assert!(html.contains("Hoffest"));
    assert!(html.contains("Geändert (1)"));
    assert!(html.contains("1000</del> → <ins lang=\"de\">800"));
    assert!(!html.contains("Straßenfest</del>"));
    let (_, html) = c.get_text(&url("2023-01-01", "2023-12-31")).await;
    assert!(html.contains("Hinzugekommen (0)"));
    assert!(html.contains("Geändert (0)"));
    // Bad dates are named and change nothing.
    let (s, html) = c.get_text(&url("2024-02-30", "2024-01-01")).await;
    assert_eq!(s, 422);
    assert!(html.contains("Bitte geben Sie ein gültiges Datum ein"));
    let (s, html) = c.get_text(&url("2024-05-01", "2024-01-01")).await;
    assert_eq!(s, 422);
    assert!(html.contains("Das zweite Datum liegt vor dem ersten."));
}

#[tokio::test]
async fn demo_plan_views_and_exports() {
    let app = spawn().await;
    let (q1, _) = quarters(&app.db).await;
    let c = app.client();
    let base = format!("/quarters/{}/plan", q1.slug);

    // The demo plan: five INTIGRA fields of action, measures, a history.
    let (s, html) = c.get_text(&base).await;
    assert_eq!(s, 200);
    for code in ["HF1", "HF2", "HF3", "HF4", "HF5"] {
        assert!(html.contains(code));
    }
    let (_, html) = c.get_text(&format!("{base}/timeline")).await;
    assert!(html.contains("<svg class=\"gantt\""));
    assert!(html.contains("gantt-milestone"));
    assert!(html.contains("Zeitplan als Tabelle"));
    let (_, html) = c.get_text(&format!("{base}/history")).await;
    assert!(html.contains("läuft"));
    let (_, html) = c.get_text(&format!("{base}/print")).await;
    assert!(html.contains("Anlage zur Beschlussvorlage"));
    let (_, html) = c.get_text("/plans").await;
    assert!(html.contains(&format!("href=\"{base}/timeline\"")));

    // Suggested partners with the reason.
    let plan = app.db.plan_of_quarter(q1.id).await.unwrap().unwrap();
    let d = app.db.plan_data(plan.id).await.unwrap();
    let m04 = d.measures.iter().find(|m| m.code == "M04").unwrap();
    let (_, html) = c.get_text(&format!("/measures/{}", m04.id)).await;
    assert!(html.contains("gemeinsame Zielgruppen:"));

    // CSV: German Excel dialect with the columns of German measure tables.
    let r = c.get(&format!("{base}.csv")).await;
    assert_eq!(r.status(), 200);
    assert!(
        r.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let text = r.text().await.unwrap();
    let header = text.trim_start_matches('\u{feff}').lines().next().unwrap();
    assert_eq!(
        header,
        "Nr.;Handlungsfeld;Ziel;Maßnahme;Federführung;Partner;Zielgruppen;Ort;Kosten (EUR);Finanzierung;Beginn;Ende;Priorität;Status;Indikator;Basiswert;Zielwert;Istwert;Stand"
    );
    let rows: usize = d
        .measures
        .iter()
        .map(|m| d.indicators_of(m.id).count().max(1))
        .sum();
    let m04_row = text
        .lines()
        .find(|l| l.starts_with("M04;") && l.contains("Kursplätze"))
        .unwrap();
    assert!(m04_row.contains(";15;45;36;"), "{m04_row}");
    assert!(
        text.lines()
            .any(|l| l.starts_with("M13;") && l.contains("85000;"))
    );
    assert_eq!(text.trim_end().lines().count(), rows + 1);

    // XLSX: a zip with a worksheet.
    let r = c.get(&format!("{base}.xlsx")).await;
    assert_eq!(r.status(), 200);
    let bytes = r.bytes().await.unwrap();
    assert_eq!(&bytes[..4], b"PK\x03\x04");
    let hay = String::from_utf8_lossy(&bytes);
    assert!(hay.contains("xl/worksheets/sheet1.xml"));
}

/// `YYYY-MM-DD` of a Unix time (UTC).
fn iso_of(t: i64) -> String {
    let z = t.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

#[tokio::test]
async fn fields_and_goals_are_edited_as_versions() {
    assert_eq!(iso_of(ts("2024-02-29")), "2024-02-29");
    let app = spawn().await;
    let (q1, _) = quarters(&app.db).await;
    let base = format!("/quarters/{}/plan", q1.slug);
    let plan = app.db.plan_of_quarter(q1.id).await.unwrap().unwrap();
    let d = app.db.plan_data(plan.id).await.unwrap();
    let hf1 = d.fields.iter().find(|f| f.code == "HF1").unwrap().clone();
    let edit = format!("{base}/fields/{}/edit", hf1.id);
    let manager = app.login_as("manager").await;
    let anon = app.client();

    // The edit links are there for editors only.
    let (_, html) = manager.get_text(&base).await;
    assert!(html.contains(&format!("href=\"{edit}\"")));
    let (_, html) = anon.get_text(&base).await;
    assert!(!html.contains("/fields/"));
    assert!(!html.contains("/goals/"));
    for who in ["resident", "actor", "analyst"] {
        let c = app.login_as(who).await;
        assert_eq!(c.get(&edit).await.status(), 403, "{who}");
    }

    // The form shows the current values.
    let (s, html) = manager.get_text(&edit).await;
    assert_eq!(s, 200);
    assert!(html.contains(&format!("value=\"{}\"", hf1.name)));

    // Missing name and a code taken by another field: named, nothing changes.
    let post = format!("{base}/fields/{}", hf1.id);
    let r = manager
        .post_form(&post, &[("code", "HF1"), ("name", " ")])
        .await;
    assert_eq!(r.status(), 422);
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("Bitte geben Sie einen Namen ein.")
    );
    let r = manager
        .post_form(&post, &[("code", "HF2"), ("name", "Doppelt")])
        .await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("schon vergeben"));
    let after = app.db.plan_data(plan.id).await.unwrap();
    let same = after.fields.iter().find(|f| f.id == hf1.id).unwrap();
    assert_eq!(same.name, hf1.name);
    assert_eq!(same.code, "HF1");
    // A field id of no plan of this quarter.
    let r = manager
        .post_form(
            &format!("{base}/fields/999999"),
            &[("code", "HF9"), ("name", "Nirgends")],
        )
        .await;
    assert_eq!(r.status(), 404);

    // A valid change: saved, with who/when/from→to in the change log.
    let r = manager
        .post_form(
            &post,
            &[
                ("code", "HF1"),
                ("name", "Nachbarschaft und Zusammenhalt"),
                ("description", "Begegnung im Alltag"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    let after = app.db.plan_data(plan.id).await.unwrap();
    let changed = after.fields.iter().find(|f| f.id == hf1.id).unwrap();
    assert_eq!(changed.name, "Nachbarschaft und Zusammenhalt");
    let log = app.db.plan_changes(plan.id, 5).await.unwrap();
    let c = &log[0];
    assert_eq!((c.entity.as_str(), c.entity_id), ("field", hf1.id));
    assert_eq!(c.action, "update");
    assert_eq!(c.changed_by, "manager@musterstadt.example");
    let diffs = c.differences();
    assert!(diffs.iter().any(|x| x.field == "name"
        && x.from == hf1.name
        && x.to == "Nachbarschaft und Zusammenhalt"));
    assert!(diffs.iter().any(|x| x.field == "description"));
    assert!(!diffs.iter().any(|x| x.field == "code"));
    let (_, html) = manager.get_text(&format!("{base}/history")).await;
    assert!(html.contains(&format!(
        "{}</del> → <ins lang=\"de\">Nachbarschaft und Zusammenhalt",
        hf1.name
    )));

    // Goals: a Leitziel with Handlungsziele below keeps its level; the text changes.
    let lz = after
        .goals
        .iter()
        .find(|g| g.level == "leitziel" && after.goals.iter().any(|h| h.parent_id == Some(g.id)))
        .unwrap()
        .clone();
    let gpost = format!("{base}/goals/{}", lz.id);
    let (s, html) = manager.get_text(&format!("{gpost}/edit")).await;
    assert_eq!(s, 200);
    assert!(html.contains(&lz.code));
    let fid = lz.field_id.to_string();
    let r = manager
        .post_form(
            &gpost,
            &[
                ("field_id", &fid),
                ("level", "handlungsziel"),
                ("parent_id", ""),
                ("code", &lz.code),
                ("text", "Umgestuft"),
            ],
        )
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(html.contains("es muss ein Leitziel bleiben"));
    // It cannot be its own parent either.
    let own = lz.id.to_string();
    let r = manager
        .post_form(
            &gpost,
            &[
                ("field_id", &fid),
                ("level", "leitziel"),
                ("parent_id", &own),
                ("code", &lz.code),
                ("text", "Zirkel"),
            ],
        )
        .await;
    assert_eq!(r.status(), 422);
    assert_eq!(
        app.db
            .plan_data(plan.id)
            .await
            .unwrap()
            .goals
            .iter()
            .find(|g| g.id == lz.id)
            .unwrap()
            .text,
        lz.text
    );
    let r = manager
        .post_form(
            &gpost,
            &[
                ("field_id", &fid),
                ("level", "leitziel"),
                ("parent_id", ""),
                ("code", &lz.code),
                ("text", "Alle Nachbarn kennen wenigstens einen Treffpunkt"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    let log = app.db.plan_changes(plan.id, 1).await.unwrap();
    assert_eq!((log[0].entity.as_str(), log[0].entity_id), ("goal", lz.id));
    assert!(log[0].differences().iter().any(|x| x.field == "text"
        && x.from == lz.text
        && x.to == "Alle Nachbarn kennen wenigstens einen Treffpunkt"));

    // The comparison between yesterday and today shows both changes.
    let today = iso_of(quartier_db::now());
    let yesterday = iso_of(quartier_db::now() - 86_400);
    let (s, html) = anon
        .get_text(&format!("{base}/compare?from={yesterday}&to={today}"))
        .await;
    assert_eq!(s, 200);
    assert!(html.contains("Geändert (2)"), "{html}");
    assert!(html.contains("Nachbarschaft und Zusammenhalt"));
    assert!(html.contains("Alle Nachbarn kennen wenigstens einen Treffpunkt"));
}

/// The part of `html` from `from` up to the next `to`.
fn section(html: &str, from: &str, to: &str) -> String {
    let a = html
        .find(from)
        .unwrap_or_else(|| panic!("{from} not found"));
    let b = html[a..].find(to).map(|b| a + b).unwrap_or(html.len());
    html[a..b].to_string()
}

#[tokio::test]
async fn indicators_are_removed_and_dropped_measures_kept_apart() {
    let app = spawn().await;
    let (q1, _) = quarters(&app.db).await;
    let base = format!("/quarters/{}/plan", q1.slug);
    let plan = app.db.plan_of_quarter(q1.id).await.unwrap().unwrap();
    let d = app.db.plan_data(plan.id).await.unwrap();
    let m04 = d.measures.iter().find(|m| m.code == "M04").unwrap().clone();
    let ind = d
        .indicators_of(m04.id)
        .find(|i| i.name.contains("Kursplätze"))
        .unwrap()
        .clone();
    assert!(!d.actuals_of(ind.id).is_empty());
    let other = d
        .indicators
        .iter()
        .find(|i| i.measure_id != m04.id)
        .unwrap();
    let page = format!("/measures/{}", m04.id);
    let remove = format!("{page}/indicators/remove");
    let manager = app.login_as("manager").await;
    let anon = app.client();

    let (_, html) = manager.get_text(&page).await;
    assert!(html.contains(&format!("action=\"{remove}\"")));
    let (_, html) = anon.get_text(&page).await;
    assert!(!html.contains("/indicators/remove"));
    let actor = app.login_as("actor").await;
    let r = actor
        .post_form(&remove, &[("indicator_id", &ind.id.to_string())])
        .await;
    assert_eq!(r.status(), 403);

    // An indicator of another measure, or none: named, nothing removed.
    for bad in [other.id.to_string(), String::new(), "x".into()] {
        let r = manager.post_form(&remove, &[("indicator_id", &bad)]).await;
        assert_eq!(r.status(), 422, "{bad}");
        assert!(
            r.text()
                .await
                .unwrap()
                .contains("Bitte wählen Sie einen Indikator dieser Maßnahme zum Entfernen.")
        );
    }
    assert_eq!(
        app.db.plan_data(plan.id).await.unwrap().indicators.len(),
        d.indicators.len()
    );

    let r = manager
        .post_form(&remove, &[("indicator_id", &ind.id.to_string())])
        .await;
    assert_eq!(r.status(), 303);
    let after = app.db.plan_data(plan.id).await.unwrap();
    assert_eq!(after.indicators.len(), d.indicators.len() - 1);
    assert!(!after.indicators.iter().any(|i| i.id == ind.id));
    assert!(after.actuals_of(ind.id).is_empty());
    // The change log keeps it: removed in the newest change, with its last value before.
    let changes = app.db.measure_changes(m04.id).await.unwrap();
    assert!(
        changes[0]
            .differences()
            .iter()
            .any(|x| x.field == "indicator" && x.from == ind.name && x.to.is_empty())
    );
    let before = changes[1].snapshot_value();
    assert!(
        before["indicators"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["name"] == ind.name.as_str() && i["actual"].is_number())
    );
    let (_, html) = anon.get_text(&page).await;
    assert!(html.contains(&format!("(entfernt): <del lang=\"de\">{}", ind.name)));
    let today = iso_of(quartier_db::now());
    let yesterday = iso_of(quartier_db::now() - 86_400);
    let (_, html) = anon
        .get_text(&format!("{base}/compare?from={yesterday}&to={today}"))
        .await;
    assert!(html.contains("Geändert (1)"));
    assert!(html.contains(&format!("(entfernt): <del lang=\"de\">{}", ind.name)));
    let (_, csv) = anon.get_text(&format!("{base}.csv")).await;
    assert!(
        !csv.lines()
            .any(|l| l.starts_with("M04;") && l.contains(&ind.name))
    );

    // A dropped measure (ended long ago) is neither late nor blocked, but listed apart.
    let dropped = d.measures.iter().find(|m| m.status == "dropped").unwrap();
    let r = manager
        .post_form(
            &format!("/measures/{}/progress", dropped.id),
            &[
                ("status", "dropped"),
                ("blocked", "yes"),
                ("status_note", "Datenschutz"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    let late_one = d
        .measures
        .iter()
        .find(|m| m.status == "running" && m.id != m04.id)
        .unwrap();
    let r = manager
        .post_form(
            &format!("/measures/{}/progress", late_one.id),
            &[
                ("status", "running"),
                ("blocked", "yes"),
                ("status_note", "Raum fehlt"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    let (_, html) = anon.get_text(&format!("{base}/dashboard")).await;
    let late = section(&html, "id=\"h-late\"", "id=\"h-blocked\"");
    let blocked = section(&html, "id=\"h-blocked\"", "id=\"h-dropped\"");
    let apart = section(&html, "id=\"h-dropped\"", "</section>");
    assert!(!late.contains(&dropped.title));
    assert!(!blocked.contains(&dropped.title));
    assert!(blocked.contains(&late_one.title));
    assert!(apart.contains(&dropped.title));
    assert!(apart.contains("Verworfene Maßnahmen (1)"));
    // On the plan page: not in the field's measure table, in the dropped list below it.
    let (_, html) = anon.get_text(&base).await;
    let f = dropped.field_id;
    let table = section(&html, &format!("id=\"cap-field-{f}\""), "</table>");
    assert!(!table.contains(&dropped.title));
    let apart = section(&html, &format!("id=\"h-dropped-{f}\""), "</section>");
    assert!(apart.contains(&dropped.title));
}

#[tokio::test]
async fn timeline_is_mirrored_on_right_to_left_pages() {
    let app = spawn().await;
    let (q1, _) = quarters(&app.db).await;
    let url = format!("/quarters/{}/plan/timeline", q1.slug);
    let c = app.client();
    let (_, html) = c.get_text(&url).await;
    assert!(html.contains("<svg class=\"gantt\""));
    assert!(!html.contains("text-anchor=\"end\""));
    for lang in ["ar", "fa"] {
        let r = c.get(&format!("/lang?to={lang}&next=/")).await;
        assert!(r.status().is_success() || r.status().is_redirection());
        let (s, html) = c.get_text(&url).await;
        assert_eq!(s, 200);
        assert!(html.contains("dir=\"rtl\""));
        assert!(html.contains("<svg class=\"gantt gantt-rtl\""), "{lang}");
        assert!(html.contains("class=\"gantt-label\" x=\"996\""));
        // The table alternative stays.
        assert!(html.contains("id=\"cap-timeline\""));
    }
}

#[tokio::test]
async fn print_page_is_a_navigation_free_attachment() {
    let app = spawn().await;
    let (q1, _) = quarters(&app.db).await;
    let plan = app.db.plan_of_quarter(q1.id).await.unwrap().unwrap();
    let d = app.db.plan_data(plan.id).await.unwrap();
    let c = app.client();
    let (s, html) = c
        .get_text(&format!("/quarters/{}/plan/print", q1.slug))
        .await;
    assert_eq!(s, 200);
    // No site navigation, language switcher or footer; one main landmark.
    assert!(!html.contains("<nav"));
    assert!(!html.contains("site-footer"));
    assert!(!html.contains("site-header"));
    assert_eq!(html.matches("<main").count(), 1);
    // Title, city, quarter, date.
    assert!(html.contains(&format!(
        "<h1><span lang=\"de\" dir=\"auto\">{}</span></h1>",
        plan.title
    )));
    assert!(html.contains("Musterstadt"));
    assert!(html.contains(&q1.name));
    assert!(html.contains("Anlage zur Beschlussvorlage"));
    // Plan table per field, indicators, timeline.
    for f in &d.fields {
        assert!(html.contains(&format!("id=\"cap-pf-{}\"", f.id)));
    }
    let inds = section(&html, "id=\"cap-print-inds\"", "</table>");
    assert_eq!(
        inds.matches("<th scope=\"row\">").count(),
        d.measures
            .iter()
            .filter(|m| m.status != "dropped")
            .map(|m| d.indicators_of(m.id).count())
            .sum::<usize>()
    );
    assert!(html.contains("<svg class=\"gantt\""));
    // A dropped measure is listed apart, not in the field tables.
    let dropped = d.measures.iter().find(|m| m.status == "dropped").unwrap();
    let apart = section(&html, "id=\"h-print-dropped\"", "</section>");
    assert!(apart.contains(&dropped.title));
    let table = section(
        &html,
        &format!("id=\"cap-pf-{}\"", dropped.field_id),
        "</table>",
    );
    assert!(!table.contains(&dropped.title));
    // A4 print styles.
    let (_, css) = c.get_text("/static/app.css").await;
    assert!(css.contains("size: A4"));
    assert!(css.contains(".plan-print-doc svg.gantt { min-width: 0; }"));
}
