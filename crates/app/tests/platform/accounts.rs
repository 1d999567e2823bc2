//! Registration, verification, sign-in, session rotation, reset, invitation, GDPR.

use crate::common::{csrf_of, link_from_outbox, spawn};

#[tokio::test]
async fn register_verify_login_logout() {
    let app = spawn().await;
    let c = app.client();
    let r = c
        .post_form(
            "/register",
            &[
                ("display_name", "Amal"),
                ("email", "Amal@Example.org"),
                ("password", "a-long-password"),
                ("password_confirm", "a-long-password"),
                ("accept", "yes"),
            ],
        )
        .await;
    assert_eq!(r.status(), 200);
    let body = r.text().await.unwrap();
    assert!(body.contains("amal@example.org") || body.contains("Amal@Example.org"));
    // Not verified yet: sign-in refused with a message, a new link is sent.
    let r = c.login("amal@example.org", "a-long-password").await;
    assert_eq!(r.status(), 422);
    let link = link_from_outbox(&app.db, "amal@example.org", "/verify?token=").await;
    let path = link
        .split_once("//")
        .and_then(|(_, rest)| rest.find('/').map(|i| rest[i..].to_string()))
        .unwrap();
    let (status, html) = c.get_text(&path).await;
    assert_eq!(status, 200, "{html}");
    // The link is single-use.
    let (status, _) = c.get_text(&path).await;
    assert_eq!(status, 400);
    let r = c.login("amal@example.org", "a-long-password").await;
    assert_eq!(r.status(), 303);
    let (status, html) = c.get_text("/account").await;
    assert_eq!(status, 200);
    assert!(html.contains("amal@example.org"));
    // New accounts are residents of the city.
    assert!(html.contains("Bewohnerin oder Bewohner"));
    let r = c.post_form("/logout", &[]).await;
    assert_eq!(r.status(), 303);
    let r = c.get("/account").await;
    assert_eq!(r.status(), 303);
    assert!(
        r.headers()["location"]
            .to_str()
            .unwrap()
            .starts_with("/login")
    );
}

#[tokio::test]
async fn registration_errors_are_shown_next_to_fields_and_keep_input() {
    let app = spawn().await;
    let c = app.client();
    let r = c
        .post_form(
            "/register",
            &[
                ("display_name", "Jonas"),
                ("email", "not-an-email"),
                ("password", "short"),
                ("password_confirm", "other"),
            ],
        )
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(html.contains("value=\"Jonas\""));
    assert!(html.contains("value=\"not-an-email\""));
    assert!(html.contains("id=\"f-email-error\""));
    assert!(html.contains("id=\"f-password-error\""));
    assert!(html.contains("id=\"f-password_confirm-error\""));
    assert!(html.contains("id=\"f-accept-error\""));
    assert!(html.contains("aria-invalid=\"true\""));
    // Nothing was stored.
    assert!(
        app.db
            .user_by_email("not-an-email")
            .await
            .unwrap()
            .is_none()
    );
    // English errors for English users.
    let c = app.client();
    c.get("/lang?to=en&next=/").await;
    let r = c.post_form("/register", &[("email", "x")]).await;
    let html = r.text().await.unwrap();
    assert!(
        html.contains("Please enter a valid email address"),
        "{html}"
    );
}

#[tokio::test]
async fn duplicate_registration_does_not_reveal_the_account() {
    let app = spawn().await;
    let c = app.client();
    let fields = [
        ("display_name", "X"),
        ("email", "resident@musterstadt.example"),
        ("password", "a-long-password"),
        ("password_confirm", "a-long-password"),
        ("accept", "yes"),
    ];
    let r = c.post_form("/register", &fields).await;
    assert_eq!(r.status(), 200);
    let mails = app
        .db
        .outbox(Some("resident@musterstadt.example"), 5)
        .await
        .unwrap();
    assert!(mails[0].body_text.contains("/password/forgot"));
}

#[tokio::test]
async fn session_id_rotates_at_login() {
    let app = spawn().await;
    let c = app.client();
    let r = c.login("admin@musterstadt.example", "quartier-demo").await;
    let first: Vec<String> = r
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .collect();
    let sid1 = first
        .iter()
        .find(|c| c.starts_with("qsid="))
        .cloned()
        .unwrap();
    // Log in again while signed in (via a fresh login form post).
    let r = c.login("admin@musterstadt.example", "quartier-demo").await;
    let second: Vec<String> = r
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .collect();
    let sid2 = second
        .iter()
        .find(|c| c.starts_with("qsid="))
        .cloned()
        .unwrap();
    assert_ne!(sid1, sid2);
    let csrf1 = first
        .iter()
        .find(|c| c.starts_with("qcsrf="))
        .cloned()
        .unwrap();
    let csrf2 = second
        .iter()
        .find(|c| c.starts_with("qcsrf="))
        .cloned()
        .unwrap();
    assert_ne!(csrf1, csrf2, "CSRF token rotates too");
    // The old session id no longer works.
    let old = sid1.split(';').next().unwrap().to_string();
    let raw = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let r = raw
        .get(format!("{}/account", app.base))
        .header("cookie", old)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
}

#[tokio::test]
async fn wrong_password_is_rejected_without_revealing_accounts() {
    let app = spawn().await;
    let c = app.client();
    let a = c.login("admin@musterstadt.example", "wrong-password").await;
    assert_eq!(a.status(), 422);
    let a = a.text().await.unwrap();
    let b = c
        .login("nobody@musterstadt.example", "wrong-password")
        .await
        .text()
        .await
        .unwrap();
    let msg = "E-Mail-Adresse oder Passwort stimmen nicht.";
    assert!(a.contains(msg) && b.contains(msg));
    // The typed email is kept, the password is not.
    assert!(a.contains("value=\"admin@musterstadt.example\""));
    assert!(!a.contains("wrong-password"));
}

#[tokio::test]
async fn password_reset_ends_old_sessions() {
    let app = spawn().await;
    let signed_in = app.login_as("analyst").await;
    let c = app.client();
    let r = c
        .post_form(
            "/password/forgot",
            &[("email", "analyst@musterstadt.example")],
        )
        .await;
    assert_eq!(r.status(), 200);
    let link = link_from_outbox(
        &app.db,
        "analyst@musterstadt.example",
        "/password/reset?token=",
    )
    .await;
    let token = link.split("token=").nth(1).unwrap().to_string();
    let r = c
        .post_form(
            "/password/reset",
            &[
                ("token", &token),
                ("password", "brand-new-secret"),
                ("password_confirm", "brand-new-secret"),
            ],
        )
        .await;
    assert_eq!(r.status(), 200);
    assert_eq!(
        signed_in.get("/account").await.status(),
        303,
        "old session ended"
    );
    assert_eq!(
        c.login("analyst@musterstadt.example", "quartier-demo")
            .await
            .status(),
        422
    );
    assert_eq!(
        c.login("analyst@musterstadt.example", "brand-new-secret")
            .await
            .status(),
        303
    );
    // A used token fails.
    let r = c
        .post_form(
            "/password/reset",
            &[
                ("token", &token),
                ("password", "another-secret-1"),
                ("password_confirm", "another-secret-1"),
            ],
        )
        .await;
    assert_eq!(r.status(), 422);
}

#[tokio::test]
async fn staff_invitation_creates_account_with_role() {
    let app = spawn().await;
    let admin = app.login_as("admin").await;
    let r = admin
        .post_form(
            "/admin/invitations",
            &[
                ("email", "new.manager@example.org"),
                ("role", "manager"),
                ("quarter_id", "0"),
            ],
        )
        .await;
    assert_eq!(r.status(), 200);
    let link = link_from_outbox(&app.db, "new.manager@example.org", "/invite/").await;
    let path = format!("/invite/{}", link.rsplit('/').next().unwrap());
    let c = app.client();
    let (status, html) = c.get_text(&path).await;
    assert_eq!(status, 200);
    assert!(csrf_of(&html).is_some());
    let r = c
        .post_form(
            &path,
            &[
                ("display_name", "Neue Managerin"),
                ("password", "manager-secret"),
                ("password_confirm", "manager-secret"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    let u = app
        .db
        .user_by_email("new.manager@example.org")
        .await
        .unwrap()
        .unwrap();
    let roles = app.db.roles_of(u.id).await.unwrap();
    assert!(roles.iter().any(|r| r.role == "manager"));
    let audit = app.db.audit_entries("invite.accept", 10).await.unwrap();
    assert_eq!(audit.len(), 1);
    // The invitation is used up.
    assert_eq!(c.get(&path).await.status(), 404);
}

#[tokio::test]
async fn gdpr_export_and_self_deletion() {
    let app = spawn().await;
    let c = app.login_as("resident").await;
    let r = c.get("/account/export").await;
    assert_eq!(r.status(), 200);
    assert!(
        r.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains("attachment")
    );
    let doc: serde_json::Value = r.json().await.unwrap();
    assert_eq!(doc["account"]["email"], "resident@musterstadt.example");
    assert!(
        doc["account"].get("password_hash").is_none(),
        "no hash in export"
    );
    // Wrong password: nothing deleted.
    assert_eq!(
        c.post_form("/account/delete", &[("password", "nope")])
            .await
            .status(),
        422
    );
    assert!(
        app.db
            .user_by_email("resident@musterstadt.example")
            .await
            .unwrap()
            .is_some()
    );
    assert_eq!(
        c.post_form("/account/delete", &[("password", "quartier-demo")])
            .await
            .status(),
        200
    );
    assert!(
        app.db
            .user_by_email("resident@musterstadt.example")
            .await
            .unwrap()
            .is_none()
    );
    assert_eq!(
        app.client()
            .login("resident@musterstadt.example", "quartier-demo")
            .await
            .status(),
        422
    );
}

#[tokio::test]
async fn profile_update_with_pseudonym_and_language() {
    let app = spawn().await;
    let c = app.login_as("resident").await;
    let r = c
        .post_form(
            "/account",
            &[
                ("display_name", "Rosa Bewohnerin"),
                ("pseudonym", "Nachbarin42"),
                ("show_pseudonym", "yes"),
                ("lang", "ar"),
                ("digest", "daily"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    let u = app
        .db
        .user_by_email("resident@musterstadt.example")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(u.public_name(), "Nachbarin42");
    assert_eq!(u.lang, "ar");
    assert_eq!(u.digest, "daily");
    let (_, html) = c.get_text("/account").await;
    assert!(html.contains("dir=\"rtl\""));
    // Showing a pseudonym without one is an error next to the field.
    let r = c
        .post_form(
            "/account",
            &[
                ("display_name", "Rosa"),
                ("pseudonym", ""),
                ("show_pseudonym", "yes"),
                ("lang", "de"),
                ("digest", "off"),
            ],
        )
        .await;
    assert_eq!(r.status(), 422);
}

#[tokio::test]
async fn api_token_authenticates_rest_calls() {
    let app = spawn().await;
    let c = app.login_as("analyst").await;
    let r = c.post_form("/account/tokens", &[]).await;
    let html = r.text().await.unwrap();
    let i = html.find("class=\"token\">").unwrap() + "class=\"token\">".len();
    let token = &html[i..i + 64];
    let raw = reqwest::Client::new();
    let me: serde_json::Value = raw
        .get(format!("{}/api/v1/me", app.base))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(me["user"]["email"], "analyst@musterstadt.example");
    let r = raw
        .get(format!("{}/api/v1/me", app.base))
        .bearer_auth("0".repeat(64))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
    let r = raw
        .get(format!("{}/api/v1/admin/users", app.base))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
}
