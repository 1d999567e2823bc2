//! Roles per city: staff of a second city can do nothing in the first, whatever city
//! their cookie or query names; an invitation grants its role in the inviting city.

use quartier_db::platform::accounts::{NewUser, Role};

use crate::common::{Client, TestApp, link_from_outbox, spawn};

/// A second city "Zweitstadt" with a lead, an analyst and a manager of its own and
/// one quarter; returns the city's id.
async fn second_city(app: &TestApp) -> i64 {
    let city = app
        .db
        .create_city("zweitstadt", "Zweitstadt", true)
        .await
        .expect("city");
    let hash = quartier_web::platform::password::hash("zweit-passwort-1").expect("hash");
    for role in [Role::Lead, Role::Analyst, Role::Manager] {
        let email = format!("{}@zweitstadt.example", role.as_str());
        let uid = app
            .db
            .create_user(NewUser {
                email: &email,
                password_hash: &hash,
                display_name: role.as_str(),
                lang: "de",
                verified: true,
            })
            .await
            .expect("user");
        app.db.grant_role(uid, city, 0, role).await.expect("role");
    }
    city
}

async fn login(app: &TestApp, role: &str) -> Client {
    let c = app.client();
    let r = c
        .login(&format!("{role}@zweitstadt.example"), "zweit-passwort-1")
        .await;
    assert_eq!(r.status(), 303, "login as {role} of Zweitstadt");
    c
}

/// The first city's ids the attacks aim at: a measure, an actor, a link, a dataset.
struct Targets {
    pilot_slug: String,
    measure: i64,
    actor: i64,
    link: i64,
    dataset: i64,
}

async fn targets(app: &TestApp) -> Targets {
    let city = app
        .db
        .city_by_slug("musterstadt")
        .await
        .expect("q")
        .expect("demo city");
    let quarters = app.db.quarters(city.id).await.expect("quarters");
    let mut t = None;
    for q in &quarters {
        let Some(plan) = app.db.plan_of_quarter(q.id).await.expect("plan") else {
            continue;
        };
        let d = app.db.plan_data(plan.id).await.expect("plan data");
        let actors = app.db.actors_in_quarter(q.id).await.expect("actors");
        let links = app.db.links_in_quarter(q.id).await.expect("links");
        if let (Some(m), Some(a), Some(l)) = (d.measures.first(), actors.first(), links.first()) {
            t = Some((q.slug.clone(), m.id, a.id, l.id));
            break;
        }
    }
    let (pilot_slug, measure, actor, link) = t.expect("a quarter with plan, actors and links");
    let dataset = app
        .db
        .datasets(city.id)
        .await
        .expect("datasets")
        .first()
        .expect("a demo dataset")
        .id;
    Targets {
        pilot_slug,
        measure,
        actor,
        link,
        dataset,
    }
}

#[tokio::test]
async fn staff_of_another_city_write_nothing_in_this_one() {
    let app = spawn().await;
    second_city(&app).await;
    let t = targets(&app).await;
    let before_measure = app.db.plan_measure(t.measure).await.expect("m");
    let before_datasets = app
        .db
        .datasets(1)
        .await
        .expect("datasets")
        .iter()
        .map(|d| (d.id, d.status.clone()))
        .collect::<Vec<_>>();

    for role in ["lead", "analyst", "manager"] {
        let c = login(&app, role).await;
        // Without a city cookie the pages work on the first city (Musterstadt), and
        // with the cookie on Zweitstadt the ids still point into Musterstadt.
        for cookie in [None, Some("zweitstadt")] {
            if let Some(slug) = cookie {
                let r = c.get(&format!("/city?to={slug}")).await;
                assert!(r.status().is_redirection(), "switch city");
            }
            let measure = format!("/measures/{}", t.measure);
            let attempts: Vec<(String, Vec<(&str, &str)>)> = vec![
                (
                    measure.clone(),
                    vec![("title", "Übernommen"), ("status", "running")],
                ),
                (
                    format!("{measure}/progress"),
                    vec![("status", "done"), ("note", "x")],
                ),
                (
                    format!("/actors/{}", t.actor),
                    vec![("name", "Übernommen"), ("kind", "initiative")],
                ),
                (format!("/links/{}/end", t.link), vec![("year", "2024")]),
                (format!("/monitoring/data/{}/apply", t.dataset), vec![]),
                (format!("/monitoring/data/{}/discard", t.dataset), vec![]),
                (
                    format!("/quarters/{}/plan", t.pilot_slug),
                    vec![("title", "Übernommen"), ("published", "1")],
                ),
                (
                    format!("/quarters/{}/actors", t.pilot_slug),
                    vec![("name", "Eingeschleust"), ("kind", "initiative")],
                ),
            ];
            for (path, fields) in &attempts {
                let r = c.post_form(path, fields).await;
                let s = r.status().as_u16();
                // A cookie on Zweitstadt makes the slug routes unknown (404); every
                // other attempt is refused (403) — never a success or a redirect.
                assert!(
                    s == 403 || s == 404,
                    "{role} of Zweitstadt (cookie {cookie:?}) POST {path}: {s}"
                );
            }
        }
        // The API with `?city=musterstadt` is refused as well.
        let r = c.get("/api/v1/datasets?city=musterstadt").await;
        assert_eq!(r.status(), 403, "{role}: API list of another city");
    }
    // Nothing changed in Musterstadt.
    assert_eq!(
        app.db
            .plan_measure(t.measure)
            .await
            .expect("m")
            .map(|m| m.title),
        before_measure.map(|m| m.title)
    );
    let after_datasets = app
        .db
        .datasets(1)
        .await
        .expect("datasets")
        .iter()
        .map(|d| (d.id, d.status.clone()))
        .collect::<Vec<_>>();
    assert_eq!(after_datasets, before_datasets);
}

#[tokio::test]
async fn staff_work_in_their_own_city() {
    let app = spawn().await;
    let city = second_city(&app).await;
    let c = login(&app, "analyst").await;
    let r = c.get("/api/v1/datasets?city=zweitstadt").await;
    assert_eq!(r.status(), 200, "analyst lists the own city's datasets");
    let r = c.get("/monitoring/data").await;
    assert_eq!(
        r.status(),
        403,
        "no data page of Musterstadt for Zweitstadt's analyst"
    );
    c.get("/city?to=zweitstadt").await;
    let r = c.get("/monitoring/data").await;
    assert_eq!(r.status(), 200, "the data page of the own city");
    let lead = login(&app, "lead").await;
    lead.get("/city?to=zweitstadt").await;
    let r = lead
        .post_form(
            "/admin/quarters",
            &[("name", "Nordviertel"), ("slug", "nordviertel")],
        )
        .await;
    // A quarter without areas is refused by the form (422), not by the access check.
    assert_ne!(r.status(), 403, "lead sets up quarters in the own city");
    assert!(
        app.db
            .quarters(city)
            .await
            .expect("quarters")
            .iter()
            .all(|q| q.slug != "hijack"),
        "nothing foreign created"
    );
}

#[tokio::test]
async fn an_invitation_grants_its_role_in_the_inviting_city() {
    let app = spawn().await;
    let city2 = second_city(&app).await;
    let admin = app.login_as("admin").await;
    // The admin invites while working on Zweitstadt …
    admin.get("/city?to=zweitstadt").await;
    let r = admin
        .post_form(
            "/admin/invitations",
            &[
                ("email", "neu@zweitstadt.example"),
                ("role", "analyst"),
                ("quarter_id", "0"),
            ],
        )
        .await;
    assert!(r.status().is_success() || r.status().is_redirection());
    let link = link_from_outbox(&app.db, "neu@zweitstadt.example", "/invite/").await;
    let path = link
        .split_once("/invite/")
        .map(|(_, t)| format!("/invite/{t}"))
        .expect("invite path");
    // … and the invited person accepts with the cookie on Musterstadt.
    let c = app.client();
    c.get("/city?to=musterstadt").await;
    let r = c
        .post_form(
            &path,
            &[
                ("display_name", "Neu"),
                ("password", "ein-langes-passwort-7"),
                ("password_confirm", "ein-langes-passwort-7"),
            ],
        )
        .await;
    assert!(
        r.status().is_redirection() || r.status().is_success(),
        "accept: {}",
        r.status()
    );
    let user = app
        .db
        .user_by_email("neu@zweitstadt.example")
        .await
        .expect("q")
        .expect("user");
    let roles = app.db.roles_of(user.id).await.expect("roles");
    assert!(
        roles
            .iter()
            .all(|r| r.city_id == city2 && r.role == "analyst"),
        "role in the inviting city only: {roles:?}"
    );
    assert!(!roles.is_empty());
}
