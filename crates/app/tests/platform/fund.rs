//! The neighbourhood fund (issue 11): the seeded round, the public page, an application with a purchase
//! over the cap that is fixed and submitted, rule messages naming field and line, the jury with a
//! declared conflict, the decision within the budget, the lead's versioned rules, access rules.

use quartier_rules::fund::Money;

use crate::common::{Client, TestApp, spawn};

/// A point inside the pilot quarter (the demo generator places applications there).
fn inside() -> (String, String) {
    let city = quartier_demo::musterstadt();
    let p = city.fund_round.applications[0].location;
    (p[1].to_string(), p[0].to_string())
}

fn street_party<'a>(
    lat: &'a str,
    lon: &'a str,
    purchase: &'a str,
    requested: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("applicant_kind", "initiative"),
        ("applicant_name", "Hausgemeinschaft Müllergasse 5"),
        ("contact_name", "Olena Kovalenko"),
        ("contact_email", "olena@example.org"),
        ("title", "Straßenfest Müllergasse"),
        ("summary_plain", "Ein Fest für die ganze Straße."),
        ("lat", lat),
        ("lon", lon),
        ("start_on", "2024-09-14"),
        ("end_on", "2024-09-14"),
        ("cost_category_1", "Sachkosten"),
        ("cost_description_1", "Plakate"),
        ("cost_amount_1", "120"),
        ("cost_category_2", "Anschaffungen"),
        ("cost_description_2", "Musikanlage"),
        ("cost_amount_2", purchase),
        ("cost_purchase_2", "1"),
        ("fin_kind_1", "own_work"),
        ("fin_description_1", "Auf- und Abbau"),
        ("fin_amount_1", "100"),
        ("fin_kind_2", "requested"),
        ("fin_description_2", "Verfügungsfonds"),
        ("fin_amount_2", requested),
        ("decl_not_started", "1"),
        ("decl_no_double_funding", "1"),
        ("decl_consent", "1"),
        ("excl_operating_costs", "1"),
        ("excl_institutional_funding", "1"),
        ("excl_subordinate", "1"),
    ]
}

async fn count_in_round(app: &TestApp, round: i64) -> usize {
    app.db
        .fund_applications_of_round(round)
        .await
        .unwrap()
        .len()
}

async fn rounds(app: &TestApp) -> (i64, i64) {
    let fund = app.db.funds().await.unwrap()[0].id;
    let rs = app.db.fund_rounds(fund).await.unwrap();
    let decided = rs.iter().find(|r| r.status == "decided").unwrap().id;
    let open = rs.iter().find(|r| r.status == "open").unwrap().id;
    (decided, open)
}

fn location(r: &reqwest::Response) -> String {
    r.headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string()
}

#[tokio::test]
async fn seeded_round_public_page_and_minutes() {
    let app = spawn().await;
    let (decided, open) = rounds(&app).await;
    let fund = app.db.funds().await.unwrap()[0].id;
    // Seven members, one conflict, decisions within the pots.
    assert_eq!(app.db.fund_members(decided).await.unwrap().len(), 7);
    assert_eq!(app.db.fund_conflicts(decided).await.unwrap().len(), 1);
    let rules = app
        .db
        .fund_rules(fund, None)
        .await
        .unwrap()
        .rules()
        .unwrap();
    let ds = app.db.fund_decisions(decided).await.unwrap();
    assert!(ds.iter().filter(|d| d.funded == 1).count() >= 3, "{ds:?}");
    let apps = app.db.fund_applications_of_round(decided).await.unwrap();
    for investive in [0, 1] {
        let spent: i64 = ds
            .iter()
            .filter(|d| {
                d.funded == 1
                    && apps
                        .iter()
                        .any(|a| a.id == d.application_id && a.investive == investive)
            })
            .map(|d| d.amount_cents)
            .sum();
        assert!(Money(spent) <= rules.pot_budget(Some(investive == 1)));
    }
    assert!(
        apps.iter().any(|a| a.status == "ineligible"),
        "the purchase over 410 € and the rent are not eligible"
    );

    let anon = app.client();
    let (s, html) = anon.get_text("/fund").await;
    assert_eq!(s, 200);
    assert!(html.contains("Verfügungsfonds Mühlenviertel"));
    let (s, html) = anon.get_text(&format!("/funds/{fund}")).await;
    assert_eq!(s, 200);
    assert!(
        html.contains("Nachbarschaftsflohmarkt im Hof"),
        "funded projects are public"
    );
    assert!(html.contains("410,00 €"));
    let (s, html) = anon.get_text(&format!("/rounds/{decided}")).await;
    assert_eq!(s, 200);
    assert!(!html.contains("befangen"), "the minutes are not public");
    assert!(
        !html.contains("Mietzuschuss"),
        "refused applications are not public"
    );

    let jury = app.login_as("jury").await;
    let (s, html) = jury.get_text(&format!("/rounds/{decided}")).await;
    assert_eq!(s, 200);
    assert!(
        html.contains("Protokoll der Entscheidung") && html.contains("befangen: Frank Weber"),
        "minutes with the excluded member"
    );
    // Bank details only for staff.
    let id = apps[0].id;
    let (s, html) = jury.get_text(&format!("/applications/{id}")).await;
    assert_eq!(s, 200);
    assert!(!html.contains("IBAN"));
    let manager = app.login_as("manager").await;
    let (_, html) = manager.get_text(&format!("/applications/{id}")).await;
    assert!(html.contains("IBAN"));
    let analyst = app.login_as("analyst").await;
    assert_eq!(
        analyst.get(&format!("/applications/{id}")).await.status(),
        404
    );
    assert_eq!(
        analyst.get(&format!("/rounds/{open}/jury")).await.status(),
        403
    );
}

#[tokio::test]
async fn street_party_purchase_over_cap_is_named_then_fixed_and_submitted() {
    let app = spawn().await;
    let (_, open) = rounds(&app).await;
    let (lat, lon) = inside();
    let resident = app.login_as("resident").await;
    let (s, html) = resident.get_text(&format!("/rounds/{open}/apply")).await;
    assert_eq!(s, 200);
    assert!(html.contains("Kostenplan"));
    let before = count_in_round(&app, open).await;
    let r = resident
        .post_form(
            &format!("/rounds/{open}/apply"),
            &street_party(&lat, &lon, "480", "500"),
        )
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("Zeile 2") && html.contains("480,00 €") && html.contains("410,00 €"),
        "{html}"
    );
    assert!(html.contains("caps.single_purchase"));
    assert!(
        html.contains("value=\"Straßenfest Müllergasse\""),
        "values are kept"
    );
    assert_eq!(count_in_round(&app, open).await, before, "nothing saved");
    let r = resident
        .post_form(
            &format!("/rounds/{open}/apply"),
            &street_party(&lat, &lon, "380", "400"),
        )
        .await;
    assert_eq!(r.status(), 303, "{}", r.text().await.unwrap_or_default());
    let to = location(&r);
    assert!(to.starts_with("/applications/"));
    assert_eq!(count_in_round(&app, open).await, before + 1);
    let (s, html) = resident.get_text(&to).await;
    assert_eq!(s, 200);
    assert!(html.contains("eingereicht"));
    let id: i64 = to.trim_start_matches("/applications/").parse().unwrap();
    let a = app.db.fund_application(id).await.unwrap().unwrap();
    assert_eq!(a.row.inside_area, Some(1));
    assert_eq!(a.cost_lines.len(), 2);
    // Another resident-level account cannot read it.
    let actor = app.login_as("actor").await;
    assert_eq!(actor.get(&to).await.status(), 404);
}

#[tokio::test]
async fn bad_input_names_field_line_and_rule() {
    let app = spawn().await;
    let (_, open) = rounds(&app).await;
    let resident = app.login_as("resident").await;
    let before = count_in_round(&app, open).await;
    // Outside the quarter, an unreadable amount, an unbalanced plan.
    let mut form = street_party("48.1", "11.5", "abc", "1200");
    form.retain(|(k, _)| *k != "decl_consent");
    let r = resident
        .post_form(&format!("/rounds/{open}/apply"), &form)
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    for needle in [
        "area.inside",
        "amounts.number",
        "Zeile 2",
        "financing.balanced",
        "declarations.data_protection_consent",
        "caps.non_investive_per_application",
    ] {
        assert!(html.contains(needle), "{needle} missing");
    }
    assert_eq!(count_in_round(&app, open).await, before);
    // Negative amount on line 1.
    let mut form = street_party("", "", "380", "400");
    form.iter_mut().for_each(|f| {
        if f.0 == "cost_amount_1" {
            f.1 = "-120"
        }
    });
    let html = resident
        .post_form(&format!("/rounds/{open}/apply"), &form)
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("amounts.positive") && html.contains("Zeile 1"));
    assert!(html.contains("required_fields"), "no place given");
}

async fn decide_round(client: &Client, round: i64) -> reqwest::Response {
    client
        .post_form(&format!("/rounds/{round}/decide"), &[])
        .await
}

async fn post(c: &Client, path: String, f: Vec<(String, String)>) -> reqwest::Response {
    let refs: Vec<(&str, &str)> = f.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    c.post_form(&path, &refs).await
}

#[tokio::test]
async fn jury_scores_with_a_conflict_and_the_round_is_decided() {
    let app = spawn().await;
    let (_, open) = rounds(&app).await;
    let manager = app.login_as("manager").await;
    let apps = app.db.fund_applications_of_round(open).await.unwrap();
    // Staff check the submitted cookbook application: eligible.
    let cookbook = apps
        .iter()
        .find(|a| a.title.contains("kochbuch"))
        .unwrap()
        .id;
    let football = apps
        .iter()
        .find(|a| a.title.contains("Fußball"))
        .unwrap()
        .id;
    let r = manager
        .post_form(
            &format!("/applications/{cookbook}/check"),
            &[("note", "vollständig")],
        )
        .await;
    assert_eq!(r.status(), 303);
    assert_eq!(
        app.db
            .fund_application(cookbook)
            .await
            .unwrap()
            .unwrap()
            .row
            .status,
        "eligible"
    );

    let jury = app.login_as("jury").await;
    let (s, html) = jury.get_text(&format!("/rounds/{open}/jury")).await;
    assert_eq!(s, 200);
    assert!(html.contains("Befangenheit erklären"));
    let score = |app_id: i64, s: &'static str| {
        vec![
            ("application".to_string(), app_id.to_string()),
            ("score_area".to_string(), s.to_string()),
            ("score_target_group".to_string(), s.to_string()),
            ("score_development".to_string(), s.to_string()),
            ("score_sustainability".to_string(), s.to_string()),
        ]
    };
    assert_eq!(
        post(
            &jury,
            format!("/rounds/{open}/scores"),
            score(football, "4")
        )
        .await
        .status(),
        303
    );
    assert_eq!(
        post(
            &jury,
            format!("/rounds/{open}/scores"),
            score(cookbook, "2")
        )
        .await
        .status(),
        303
    );
    // The jury member declares a conflict for the cookbook: the score is removed and cannot be given again.
    let r = jury
        .post_form(
            &format!("/rounds/{open}/conflicts"),
            &[
                ("application", &cookbook.to_string()),
                ("reason", "Nachbarin der Antragstellerin"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    let r = post(
        &jury,
        format!("/rounds/{open}/scores"),
        score(cookbook, "5"),
    )
    .await;
    assert_eq!(r.status(), 422);
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("jury.conflict_of_interest")
    );
    let r = jury
        .post_form(
            &format!("/rounds/{open}/votes"),
            &[("application", &cookbook.to_string()), ("choice", "yes")],
        )
        .await;
    assert_eq!(r.status(), 422);
    let scores = app.db.fund_scores(open).await.unwrap();
    assert!(
        scores.iter().all(|s| s.application_id != cookbook),
        "the conflicted member's scores are gone"
    );
    let (_, html) = jury.get_text(&format!("/rounds/{open}/jury")).await;
    assert!(html.contains("als befangen erklärt"));
    // A score above the maximum is refused with the rule.
    let r = post(
        &jury,
        format!("/rounds/{open}/scores"),
        score(football, "9"),
    )
    .await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("criteria.max_score"));

    // Only staff decide; the jury member may not.
    assert_eq!(decide_round(&jury, open).await.status(), 403);
    let r = decide_round(&manager, open).await;
    assert_eq!(r.status(), 303);
    let ds = app.db.fund_decisions(open).await.unwrap();
    let fb = ds.iter().find(|d| d.application_id == football).unwrap();
    assert_eq!(fb.funded, 1, "80 % of the points: funded");
    let cb = ds.iter().find(|d| d.application_id == cookbook).unwrap();
    assert_eq!(cb.funded, 0, "no valid score sheet left");
    let (_, html) = manager.get_text(&format!("/rounds/{open}")).await;
    assert!(html.contains("Protokoll der Entscheidung"));
    assert!(
        html.contains("befangen:"),
        "the excluded member appears in the minutes"
    );
    // Decided rounds take no more votes or decisions.
    assert_eq!(decide_round(&manager, open).await.status(), 400);
}

#[tokio::test]
async fn lead_edits_rules_as_versions() {
    let app = spawn().await;
    let fund = app.db.funds().await.unwrap()[0].id;
    let lead = app.login_as("lead").await;
    let (s, html) = lead.get_text(&format!("/funds/{fund}/rules")).await;
    assert_eq!(s, 200);
    assert!(html.contains("single_purchase"));
    let r = lead
        .post_form(
            &format!("/funds/{fund}/rules"),
            &[("rules", "id = 3"), ("note", "kaputt")],
        )
        .await;
    assert_eq!(r.status(), 422);
    assert_eq!(
        app.db.fund_rule_versions(fund).await.unwrap().len(),
        1,
        "nothing saved"
    );
    let current = app
        .db
        .fund_rules(fund, None)
        .await
        .unwrap()
        .rules()
        .unwrap();
    let mut changed = current.clone();
    changed.caps.single_purchase = Some(Money::euros(500));
    let toml = changed.to_toml();
    let r = lead
        .post_form(
            &format!("/funds/{fund}/rules"),
            &[("rules", toml.as_str()), ("note", "GWG-Grenze angepasst")],
        )
        .await;
    assert_eq!(r.status(), 303);
    let v = app.db.fund_rules(fund, None).await.unwrap();
    assert_eq!(v.version, 2);
    assert_eq!(
        v.rules().unwrap().caps.single_purchase,
        Some(Money::euros(500))
    );
    // Rounds keep their version: the open round still applies 410 €.
    let (_, open) = rounds(&app).await;
    assert_eq!(
        app.db
            .fund_round(open)
            .await
            .unwrap()
            .unwrap()
            .rules_version,
        1
    );
    let manager = app.login_as("manager").await;
    assert_eq!(
        manager.get(&format!("/funds/{fund}/rules")).await.status(),
        403
    );
}
