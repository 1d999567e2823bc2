//! Pages, API, OpenAPI, health, language, several nodes on one database, worker.

use crate::common::{spawn, spawn_on};

#[tokio::test]
async fn public_pages_render_with_demo_data() {
    let app = spawn().await;
    let c = app.client();
    let (s, html) = c.get_text("/").await;
    assert_eq!(s, 200);
    assert!(html.contains("Musterstadt"));
    assert!(
        html.contains("Fiktive Demo-Stadt"),
        "fictional label on every page"
    );
    assert!(html.contains("href=\"/quarters/muehlenviertel\""));
    let (s, html) = c.get_text("/areas").await;
    assert_eq!(s, 200);
    assert_eq!(html.matches("<th scope=\"row\">").count(), 40);
    let (s, html) = c.get_text("/quarters/muehlenviertel").await;
    assert_eq!(s, 200);
    assert!(html.contains("Fiktive Demo-Stadt"));
    assert_eq!(c.get("/quarters/nope").await.status(), 404);
    for path in [
        "/about",
        "/login",
        "/register",
        "/password/forgot",
        "/static/app.css",
        "/static/app.js",
    ] {
        assert_eq!(c.get(path).await.status(), 200, "{path}");
    }
}

#[tokio::test]
async fn language_switch_and_rtl() {
    let app = spawn().await;
    let c = app.client();
    let r = c.get("/lang?to=ar&next=/areas").await;
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()["location"], "/areas");
    let (_, html) = c.get_text("/").await;
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
    // Resident-facing chrome is translated, not the German fallback.
    assert!(
        !html.contains("Zum Inhalt springen"),
        "skip link translated"
    );
    c.get("/lang?to=en&next=/").await;
    let (_, html) = c.get_text("/").await;
    assert!(html.contains("<html lang=\"en\" dir=\"ltr\">"));
    assert!(html.contains("Skip to content"));
    // Accept-Language decides for first-time visitors.
    let raw = reqwest::Client::new();
    let html = raw
        .get(format!("{}/", app.base))
        .header("accept-language", "tr-TR,tr;q=0.9,en;q=0.5")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("lang=\"tr\""));
}

#[tokio::test]
async fn health_openapi_and_api() {
    let app = spawn().await;
    let c = app.client();
    let h: serde_json::Value = c.get("/healthz").await.json().await.unwrap();
    assert_eq!(h["status"], "ok");
    let doc: serde_json::Value = c.get("/api/v1/openapi.json").await.json().await.unwrap();
    assert_eq!(doc["openapi"], "3.1.0");
    let api_routes: Vec<_> = quartier_web::routes::all()
        .filter(|r| r.path.starts_with("/api/v1/"))
        .collect();
    for r in &api_routes {
        assert!(
            doc["paths"][r.path][r.method].is_object(),
            "{} {} documented",
            r.method,
            r.path
        );
    }
    let areas: serde_json::Value = c.get("/api/v1/areas").await.json().await.unwrap();
    assert_eq!(areas["type"], "FeatureCollection");
    assert_eq!(areas["features"].as_array().unwrap().len(), 40);
    assert_eq!(areas["features"][0]["geometry"]["type"], "MultiPolygon");
    let q: serde_json::Value = c.get("/api/v1/quarters").await.json().await.unwrap();
    assert_eq!(q["quarters"].as_array().unwrap().len(), 2);
    assert_eq!(c.get("/api/v1/me").await.status(), 401);
}

#[tokio::test]
async fn two_nodes_share_sessions_through_the_database() {
    let app = spawn().await;
    let node_b = spawn_on(app.db.clone(), None, |_| {}).await;
    let r = app
        .client()
        .login("manager@musterstadt.example", "quartier-demo")
        .await;
    assert_eq!(r.status(), 303);
    let cookies = r
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .map(|v| v.split(';').next().unwrap_or("").to_string())
        .collect::<Vec<_>>()
        .join("; ");
    let r = reqwest::Client::new()
        .get(format!("{}/account", node_b.base))
        .header("cookie", cookies)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("manager@musterstadt.example")
    );
}

#[tokio::test]
async fn worker_drains_the_outbox_and_schedules_jobs() {
    let app = spawn().await;
    app.db
        .enqueue_mail("someone@example.org", "Hallo", "Text")
        .await
        .unwrap();
    let mailer = quartier::worker::Mailer::new(None).unwrap();
    let n = quartier::worker::tick(&app.db, &mailer, "test-worker")
        .await
        .unwrap();
    assert!(n >= 1);
    let mails = app.db.outbox(Some("someone@example.org"), 5).await.unwrap();
    assert_eq!(mails[0].status, "sent");
    assert!(app.db.has_pending_job("purge_expired").await.unwrap());
    // A second worker finds nothing left to claim.
    assert_eq!(app.db.claim_mails("other", 10, 60).await.unwrap().len(), 0);
}

#[tokio::test]
async fn unreachable_smtp_relay_is_retried_not_lost() {
    let app = spawn().await;
    app.db
        .enqueue_mail("someone@example.org", "Hallo", "Text")
        .await
        .unwrap();
    let cfg = quartier::config::SmtpConfig {
        host: "127.0.0.1".into(),
        port: 1,
        from: "Quartier <q@example.org>".into(),
        ..Default::default()
    };
    let mailer = quartier::worker::Mailer::new(Some(&cfg)).unwrap();
    quartier::worker::tick(&app.db, &mailer, "w").await.unwrap();
    let mails = app.db.outbox(Some("someone@example.org"), 5).await.unwrap();
    assert_eq!(mails[0].status, "pending");
    assert_eq!(mails[0].attempts, 1);
    assert!(!mails[0].last_error.is_empty());
}

#[tokio::test]
async fn admin_creates_a_quarter_and_grants_roles_with_audit() {
    let app = spawn().await;
    let admin = app.login_as("admin").await;
    let areas = app
        .db
        .areas(app.db.cities().await.unwrap()[0].id)
        .await
        .unwrap();
    let a1 = areas[0].id.to_string();
    let r = admin
        .post_form(
            "/admin/quarters",
            &[
                ("name", "Neues Viertel"),
                ("slug", "neues-viertel"),
                ("description", "Test"),
                ("areas", &a1),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    assert_eq!(admin.get("/quarters/neues-viertel").await.status(), 200);
    let r = admin
        .post_form(
            "/admin/quarters",
            &[
                ("name", "Doppelt"),
                ("slug", "neues-viertel"),
                ("areas", &a1),
            ],
        )
        .await;
    assert_eq!(r.status(), 422, "duplicate slug shown as form error");
    let r = admin
        .post_form(
            "/admin/quarters",
            &[("name", "Leer"), ("slug", "Bad Slug!")],
        )
        .await;
    assert_eq!(r.status(), 422);
    let resident = app
        .db
        .user_by_email("resident@musterstadt.example")
        .await
        .unwrap()
        .unwrap();
    let r = admin
        .post_form(
            &format!("/admin/users/{}/roles", resident.id),
            &[("role", "jury"), ("quarter_id", "0")],
        )
        .await;
    assert_eq!(r.status(), 303);
    assert!(
        app.db
            .roles_of(resident.id)
            .await
            .unwrap()
            .iter()
            .any(|r| r.role == "jury")
    );
    let log = app.db.audit_entries("", 50).await.unwrap();
    assert!(log.iter().any(|e| e.action == "quarter.create"));
    assert!(log.iter().any(|e| e.action == "role.grant"));
    let (_, html) = admin.get_text("/admin/audit").await;
    assert!(html.contains("role.grant"));
}
