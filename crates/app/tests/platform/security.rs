//! CSRF, rate limits, escaping, security headers, error pages.

use crate::common::{spawn, spawn_with};

#[tokio::test]
async fn posts_without_valid_csrf_token_are_rejected() {
    let app = spawn().await;
    let c = app.client();
    let _ = c.get("/login").await; // receives the CSRF cookie
    let url = format!("{}/login", app.base);
    let form = [
        ("email", "admin@musterstadt.example"),
        ("password", "quartier-demo"),
    ];
    let r = c.http.post(&url).form(&form).send().await.unwrap();
    assert_eq!(r.status(), 403, "missing token");
    let mut wrong = form.to_vec();
    wrong.push(("csrf", "deadbeef"));
    let r = c.http.post(&url).form(&wrong).send().await.unwrap();
    assert_eq!(r.status(), 403, "wrong token");
    // A valid token from a cross-site request is refused too.
    let token = c.csrf().await;
    let mut ok = form.to_vec();
    ok.push(("csrf", &token));
    let r = c
        .http
        .post(&url)
        .header("sec-fetch-site", "cross-site")
        .form(&ok)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403, "cross-site");
    // A fresh client without the cookie cannot replay the token.
    let other = app.client();
    let r = other.http.post(&url).form(&ok).send().await.unwrap();
    assert_eq!(r.status(), 403, "token without cookie");
    let r = c.http.post(&url).form(&ok).send().await.unwrap();
    assert_eq!(r.status(), 303, "valid");
    // The 403 page is a real page in the user's language.
    let r = other.http.post(&url).form(&ok).send().await.unwrap();
    let html = r.text().await.unwrap();
    assert!(html.contains("Kein Zugriff"), "{html}");
}

#[tokio::test]
async fn every_state_changing_route_requires_csrf() {
    let app = spawn().await;
    let c = app.login_as("admin").await;
    for r in quartier_web::routes::all().filter(|r| r.method != "get") {
        let path = r
            .path
            .replace("{id}", "1")
            .replace("{token}", "x")
            .replace("{slug}", "muehlenviertel");
        let resp = c
            .http
            .post(format!("{}{}", app.base, path))
            .form(&[("a", "b")])
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 403, "POST {} without CSRF token", r.path);
    }
}

#[tokio::test]
async fn login_is_rate_limited() {
    let app = spawn_with(|c| c.auth_rate_per_minute = 5).await;
    let c = app.client();
    let mut statuses = Vec::new();
    for _ in 0..7 {
        statuses.push(
            c.login("admin@musterstadt.example", "wrong-password")
                .await
                .status()
                .as_u16(),
        );
    }
    assert_eq!(&statuses[..5], &[422; 5]);
    assert_eq!(statuses[5], 429);
    let r = c.login("admin@musterstadt.example", "quartier-demo").await;
    assert_eq!(r.status(), 429, "even the right password waits");
    let html = r.text().await.unwrap();
    assert!(html.contains("Zu viele Versuche"));
}

#[tokio::test]
async fn user_input_is_escaped() {
    let app = spawn().await;
    let c = app.login_as("resident").await;
    let evil = "<script>alert(1)</script>\"'><img src=x onerror=alert(2)>";
    let r = c
        .post_form(
            "/account",
            &[
                ("display_name", evil),
                ("pseudonym", ""),
                ("lang", "de"),
                ("digest", "off"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    let (_, html) = c.get_text("/").await;
    assert!(!html.contains("<script>alert(1)"));
    assert!(!html.contains("<img src=x"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;"));
    // Reflected input in forms is escaped as well.
    let r = app
        .client()
        .post_form("/register", &[("display_name", evil), ("email", evil)])
        .await;
    let html = r.text().await.unwrap();
    assert!(!html.contains("<script>alert(1)"));
    assert!(!html.contains("<img src=x"));
}

#[tokio::test]
async fn security_headers_are_set() {
    let app = spawn().await;
    let r = app.client().get("/").await;
    let h = r.headers();
    let csp = h["content-security-policy"].to_str().unwrap();
    assert!(csp.contains("script-src 'self'"));
    assert!(!csp.contains("unsafe-inline"));
    assert!(csp.contains("frame-ancestors 'none'"));
    assert_eq!(h["x-content-type-options"], "nosniff");
    assert_eq!(h["referrer-policy"], "same-origin");
    assert!(h.contains_key("x-request-id"));
    let cookies: Vec<&str> = h
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap())
        .collect();
    assert!(
        cookies
            .iter()
            .all(|c| c.contains("HttpOnly") && c.contains("SameSite=Lax"))
    );
}

#[tokio::test]
async fn open_redirects_are_refused() {
    let app = spawn().await;
    let r = app.client().get("/lang?to=en&next=//evil.example/x").await;
    assert_eq!(r.headers()["location"], "/");
    let c = app.client();
    let r = c
        .post_form(
            "/login",
            &[
                ("email", "admin@musterstadt.example"),
                ("password", "quartier-demo"),
                ("next", "https://evil.example"),
            ],
        )
        .await;
    assert_eq!(r.headers()["location"], "/");
}

#[tokio::test]
async fn error_pages_in_the_users_language() {
    let app = spawn().await;
    let c = app.client();
    let (s, html) = c.get_text("/no/such/page").await;
    assert_eq!(s, 404);
    assert!(html.contains("Seite nicht gefunden") && html.contains("lang=\"de\""));
    c.get("/lang?to=en&next=/").await;
    let (_, html) = c.get_text("/no/such/page").await;
    assert!(html.contains("Page not found"));
    c.get("/lang?to=ar&next=/").await;
    let (_, html) = c.get_text("/no/such/page").await;
    assert!(html.contains("dir=\"rtl\"") && html.contains("lang=\"ar\""));
    let resident = app.login_as("resident").await;
    let (s, html) = resident.get_text("/admin/users").await;
    assert_eq!(s, 403);
    assert!(html.contains("Kein Zugriff"));
    let (s, body) = app.client().get_text("/api/v1/nothing").await;
    assert_eq!(s, 404);
    assert!(body.starts_with('{'), "API errors are JSON: {body}");
}

#[tokio::test]
async fn malformed_parameters_get_an_error_page_not_a_framework_message() {
    let app = spawn().await;
    let admin = app.login_as("admin").await;
    let (s, html) = admin.get_text("/admin/users/not-a-number").await;
    assert_eq!(s, 400);
    assert!(
        html.contains("<html") && html.contains("Anfrage nicht verständlich"),
        "{html}"
    );
    let (s, html) = app.client().get_text("/lang").await;
    assert_eq!(s, 400);
    assert!(html.contains("<html"));
}

/// Control characters are refused at the edge with 400 and a message naming the
/// field — anonymous and signed in, forms, queries, paths and JSON — never a 500,
/// on SQLite and PostgreSQL alike.
#[tokio::test]
async fn control_characters_are_refused_at_the_edge() {
    let app = crate::common::spawn().await;
    let anon = app.client();
    let r = anon
        .post_form("/login", &[("email", "a\u{0}@b.de"), ("password", "x")])
        .await;
    assert_eq!(r.status(), 400, "login with NUL");
    let body = r.text().await.unwrap_or_default();
    assert!(body.contains("email") && body.contains("U+0000"), "{body}");
    let r = anon
        .post_form(
            "/register",
            &[
                ("email", "neu@example.org"),
                ("display_name", "An\u{0}na"),
                ("password", "ein-langes-passwort"),
                ("password_confirm", "ein-langes-passwort"),
            ],
        )
        .await;
    assert_eq!(r.status(), 400, "register with NUL");
    for path in [
        "/directory?q=a%00b",
        "/calendar?month=%00",
        "/quarters/a%00b",
        "/monitoring/map?indicator=%01",
    ] {
        let r = anon.get(path).await;
        assert_eq!(r.status(), 400, "GET {path}");
    }
    let manager = app.login_as("manager").await;
    let r = manager
        .post_form("/account", &[("display_name", "Ma\u{0}nager")])
        .await;
    assert_eq!(r.status(), 400, "signed-in form with NUL");
    // JSON: the API answers with the field.
    let r = anon
        .http
        .post(format!("{}/api/v1/datasets/1/apply", app.base))
        .header("content-type", "application/json")
        .body(r#"{"indicators":[{"key":"a\u0000b"}]}"#)
        .send()
        .await
        .expect("post");
    assert_eq!(r.status(), 400, "JSON with an escaped NUL");
    let v: serde_json::Value = r.json().await.expect("json");
    assert_eq!(v["field"], "indicators[0].key");
    // Line breaks and tabs are ordinary text.
    let r = manager
        .post_form("/account", &[("display_name", "Zeile\r\nZwei\tdrei")])
        .await;
    assert_ne!(r.status(), 400);
    // Signed-in pages are never cached.
    let r = manager.get("/account").await;
    assert_eq!(
        r.headers()
            .get("cache-control")
            .and_then(|v| v.to_str().ok()),
        Some("no-store")
    );
}

/// `next` targets that a browser would read as another host are refused.
#[tokio::test]
async fn no_open_redirects() {
    let app = crate::common::spawn().await;
    let c = app.client();
    for next in [
        "/%09/evil.example",
        "/%0a/evil.example",
        "/%5Cevil.example",
        "//evil.example",
    ] {
        for path in [
            format!("/lang?to=en&next={next}"),
            format!("/city?to=musterstadt&next={next}"),
        ] {
            let r = c.get(&path).await;
            let loc = r
                .headers()
                .get("location")
                .and_then(|v| v.to_str().ok())
                .unwrap_or("")
                .to_string();
            let parsed = url::Url::parse("https://quartier.invalid/")
                .and_then(|b| b.join(&loc))
                .expect("location parses");
            assert_eq!(
                parsed.host_str(),
                Some("quartier.invalid"),
                "{path} redirects to {loc}"
            );
        }
    }
}
