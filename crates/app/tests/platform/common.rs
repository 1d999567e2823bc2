//! Test harness: spawns the app and offers a cookie-keeping client.

use std::net::SocketAddr;

use quartier_db::Db;
use quartier_web::{AppState, WebConfig};

/// A running app with its own database.
pub struct TestApp {
    pub base: String,
    pub db: Db,
    _dir: Option<tempfile::TempDir>,
}

/// Connects a fresh database: a temp SQLite file, or a new schema on PostgreSQL.
pub async fn fresh_db() -> (Db, Option<tempfile::TempDir>) {
    match std::env::var("QUARTIER_TEST_DATABASE_URL") {
        Ok(url) if !url.is_empty() => {
            let schema = format!("t_{}", uuid_like());
            let admin = Db::connect(&url, None)
                .await
                .expect("connect to PostgreSQL");
            admin
                .execute_raw(&format!("CREATE SCHEMA \"{schema}\""))
                .await
                .expect("create schema");
            admin.close().await;
            let db = Db::connect(&url, Some(&schema))
                .await
                .expect("connect with schema");
            db.migrate().await.expect("migrate");
            (db, None)
        }
        _ => {
            let dir = tempfile::tempdir().expect("tempdir");
            let url = format!("sqlite://{}/q.db?mode=rwc", dir.path().display());
            let db = Db::connect(&url, None).await.expect("connect");
            db.migrate().await.expect("migrate");
            (db, Some(dir))
        }
    }
}

fn uuid_like() -> String {
    use std::time::{SystemTime, UNIX_EPOCH};
    let n = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    format!("{:x}{:x}", n, std::process::id())
}

/// Spawns the app with the demo city loaded.
pub async fn spawn() -> TestApp {
    spawn_with(|_| {}).await
}

/// Spawns the app with adjusted web settings.
pub async fn spawn_with(adjust: impl FnOnce(&mut WebConfig)) -> TestApp {
    let (db, dir) = fresh_db().await;
    quartier::seed::demo(&db).await.expect("seed demo");
    spawn_on(db, dir, adjust).await
}

/// Spawns another node on an existing database.
pub async fn spawn_on(
    db: Db,
    dir: Option<tempfile::TempDir>,
    adjust: impl FnOnce(&mut WebConfig),
) -> TestApp {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    let mut cfg = WebConfig {
        base_url: format!("http://{addr}"),
        auth_rate_per_minute: 10_000,
        ..WebConfig::default()
    };
    adjust(&mut cfg);
    let app = quartier_web::app(AppState::new(db.clone(), cfg));
    tokio::spawn(async move {
        let _ = axum::serve(
            listener,
            app.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .await;
    });
    TestApp {
        base: format!("http://{addr}"),
        db,
        _dir: dir,
    }
}

impl TestApp {
    /// A new browser-like client (cookies kept, redirects not followed).
    pub fn client(&self) -> Client {
        Client {
            http: reqwest::Client::builder()
                .cookie_store(true)
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .expect("client"),
            base: self.base.clone(),
        }
    }

    /// A client signed in as the demo account of `role`.
    pub async fn login_as(&self, role: &str) -> Client {
        let c = self.client();
        let r = c
            .login(&format!("{role}@musterstadt.example"), "quartier-demo")
            .await;
        assert_eq!(r.status(), 303, "demo login as {role}");
        c
    }
}

/// A test client.
pub struct Client {
    pub http: reqwest::Client,
    pub base: String,
}

/// Finds the CSRF token in a page.
pub fn csrf_of(html: &str) -> Option<String> {
    let i = html.find("name=\"csrf\" value=\"")? + "name=\"csrf\" value=\"".len();
    Some(html[i..].split('"').next()?.to_string())
}

impl Client {
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.http
            .get(format!("{}{}", self.base, path))
            .send()
            .await
            .expect("GET")
    }

    pub async fn get_text(&self, path: &str) -> (u16, String) {
        let r = self.get(path).await;
        let s = r.status().as_u16();
        (s, r.text().await.unwrap_or_default())
    }

    /// A CSRF token valid for this client (read from the login page's form).
    pub async fn csrf(&self) -> String {
        let (_, html) = self.get_text("/login").await;
        if let Some(t) = csrf_of(&html) {
            return t;
        }
        // Signed in: the login page redirects; the header's logout form carries it.
        let (_, html) = self.get_text("/").await;
        csrf_of(&html).expect("csrf token on page")
    }

    /// Posts a form with a valid CSRF token.
    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let token = self.csrf().await;
        let mut all: Vec<(&str, &str)> = fields.to_vec();
        all.push(("csrf", &token));
        self.http
            .post(format!("{}{}", self.base, path))
            .form(&all)
            .send()
            .await
            .expect("POST")
    }

    /// Posts a form, checks the answer's status and returns the page.
    pub async fn post_expect(&self, path: &str, fields: &[(&str, &str)], status: u16) -> String {
        let r = self.post_form(path, fields).await;
        assert_eq!(r.status(), status, "POST {path}");
        r.text().await.unwrap_or_default()
    }

    pub async fn login(&self, email: &str, password: &str) -> reqwest::Response {
        self.post_form(
            "/login",
            &[("email", email), ("password", password), ("next", "/")],
        )
        .await
    }
}

/// The `Location` header of a response (empty when there is none).
pub fn location(r: &reqwest::Response) -> String {
    r.headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string()
}

/// The newest mail to `to` and the first link in it that contains `path`.
pub async fn link_from_outbox(db: &Db, to: &str, path: &str) -> String {
    let mails = db.outbox(Some(to), 10).await.expect("outbox");
    let mail = mails.first().expect("a mail in the outbox");
    let i = mail.body_text.find("http").expect("link in mail");
    let link: String = mail.body_text[i..]
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_string();
    assert!(link.contains(path), "link {link} should contain {path}");
    link
}
