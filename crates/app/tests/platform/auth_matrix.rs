//! The authorisation matrix: every route × every role (plus anonymous).
//!
//! `EXPECTED` is written independently of the route registry. The test fails when
//! a route has no entry here, and when any route answers differently from its
//! entry — so removing or loosening an access check makes it fail.

use crate::common::{Client, spawn};

/// (method, path, who may use it: `public`, `user`, or roles joined by `|`).
const EXPECTED: &[(&str, &str, &str)] = &[
    ("get", "/", "public"),
    ("get", "/about", "public"),
    ("get", "/healthz", "public"),
    ("get", "/lang", "public"),
    ("get", "/city", "public"),
    ("get", "/static/app.css", "public"),
    ("get", "/static/app.js", "public"),
    ("get", "/quarters", "public"),
    ("get", "/quarters/{slug}", "public"),
    ("get", "/areas", "public"),
    ("get", "/monitoring", "public"),
    ("get", "/monitoring/map", "public"),
    ("get", "/monitoring/map.svg", "public"),
    ("get", "/monitoring/map.geojson", "public"),
    ("get", "/monitoring/report", "public"),
    ("get", "/monitoring/ranking", "public"),
    ("get", "/monitoring/ranking.csv", "public"),
    ("get", "/monitoring/ranking.xlsx", "public"),
    ("get", "/monitoring/areas/{key}", "public"),
    ("get", "/decisions", "public"),
    ("get", "/decisions/new", "admin|lead"),
    ("post", "/decisions", "admin|lead"),
    ("get", "/decisions/{key}", "public"),
    ("get", "/decisions/{key}/edit", "admin|lead"),
    ("post", "/decisions/{key}", "admin|lead"),
    ("post", "/decisions/{key}/quarter", "admin|lead"),
    ("get", "/login", "public"),
    ("post", "/login", "public"),
    ("post", "/logout", "public"),
    ("get", "/register", "public"),
    ("post", "/register", "public"),
    ("get", "/verify", "public"),
    ("get", "/password/forgot", "public"),
    ("post", "/password/forgot", "public"),
    ("get", "/password/reset", "public"),
    ("post", "/password/reset", "public"),
    ("get", "/invite/{token}", "public"),
    ("post", "/invite/{token}", "public"),
    ("get", "/account", "user"),
    ("post", "/account", "user"),
    ("post", "/account/tokens", "user"),
    ("get", "/account/export", "user"),
    ("get", "/account/delete", "user"),
    ("post", "/account/delete", "user"),
    ("get", "/admin", "admin|lead"),
    ("get", "/admin/users", "admin"),
    ("get", "/admin/users/{id}", "admin"),
    ("post", "/admin/users/{id}/roles", "admin"),
    ("post", "/admin/roles/{id}/revoke", "admin"),
    ("get", "/admin/quarters", "admin|lead"),
    ("post", "/admin/quarters", "admin|lead"),
    ("get", "/admin/invitations", "admin"),
    ("post", "/admin/invitations", "admin"),
    ("get", "/admin/audit", "admin"),
    ("get", "/admin/outbox", "admin"),
    ("get", "/api/v1/openapi.json", "public"),
    ("get", "/api/v1/me", "user"),
    ("get", "/api/v1/quarters", "public"),
    ("get", "/api/v1/areas", "public"),
    ("get", "/api/v1/admin/users", "admin"),
    // ---- datasets and uploads (issue 4) ----
    ("get", "/monitoring/data", "admin|lead|analyst"),
    ("post", "/monitoring/data", "admin|lead|analyst"),
    ("get", "/monitoring/data/{id}", "admin|lead|analyst"),
    ("post", "/monitoring/data/{id}/apply", "admin|lead|analyst"),
    (
        "post",
        "/monitoring/data/{id}/discard",
        "admin|lead|analyst",
    ),
    ("get", "/api/v1/datasets", "admin|lead|analyst"),
    ("post", "/api/v1/datasets", "admin|lead|analyst"),
    ("get", "/api/v1/datasets/{id}", "admin|lead|analyst"),
    ("post", "/api/v1/datasets/{id}/apply", "admin|lead|analyst"),
    // ---- index configurations and exports (issue 4) ----
    ("get", "/monitoring/indices", "public"),
    ("get", "/monitoring/indices/new", "admin|lead|analyst"),
    ("post", "/monitoring/indices", "admin|lead|analyst"),
    ("get", "/monitoring/indices/{key}", "public"),
    (
        "get",
        "/monitoring/indices/{key}/edit",
        "admin|lead|analyst",
    ),
    ("post", "/monitoring/indices/{key}", "admin|lead|analyst"),
    ("get", "/monitoring/indices/{key}/export.csv", "public"),
    ("get", "/monitoring/indices/{key}/export.xlsx", "public"),
    ("get", "/monitoring/export.csv", "public"),
    ("get", "/monitoring/export.xlsx", "public"),
    ("get", "/monitoring/areas/{key}/export.csv", "public"),
    ("get", "/monitoring/areas/{key}/export.xlsx", "public"),
    ("get", "/monitoring/map/export.csv", "public"),
    ("get", "/monitoring/map/export.xlsx", "public"),
    ("get", "/decisions/{key}/export.csv", "public"),
    ("get", "/decisions/{key}/export.xlsx", "public"),
    // ---- civic structures (issue 5) ----
    ("get", "/quarters/{slug}/actors", "public"),
    ("get", "/quarters/{slug}/actors/new", "admin|lead|manager"),
    ("post", "/quarters/{slug}/actors", "admin|lead|manager"),
    (
        "get",
        "/quarters/{slug}/actors/import",
        "admin|lead|manager",
    ),
    (
        "post",
        "/quarters/{slug}/actors/import",
        "admin|lead|manager",
    ),
    (
        "post",
        "/quarters/{slug}/actors/import/confirm",
        "admin|lead|manager",
    ),
    ("get", "/actors/{id}", "public"),
    ("get", "/actors/{id}/edit", "admin|lead|manager|actor"),
    ("post", "/actors/{id}", "admin|lead|manager|actor"),
    ("get", "/actors/{id}/offers/new", "admin|lead|manager|actor"),
    ("post", "/actors/{id}/offers", "admin|lead|manager|actor"),
    ("get", "/actors/{id}/needs/new", "admin|lead|manager|actor"),
    ("post", "/actors/{id}/needs", "admin|lead|manager|actor"),
    ("get", "/offers/{id}", "public"),
    ("get", "/offers/{id}/edit", "admin|lead|manager|actor"),
    ("post", "/offers/{id}", "admin|lead|manager|actor"),
    ("get", "/needs/{id}", "public"),
    ("get", "/needs/{id}/edit", "admin|lead|manager|actor"),
    ("post", "/needs/{id}", "admin|lead|manager|actor"),
    ("get", "/quarters/{slug}/matching", "admin|lead|manager"),
    ("get", "/quarters/{slug}/network", "admin|lead|manager"),
    ("post", "/quarters/{slug}/links", "admin|lead|manager"),
    ("post", "/links/{id}/end", "admin|lead|manager"),
    ("get", "/directory", "public"),
    ("get", "/calendar", "public"),
    ("get", "/calendar.ics", "public"),
    ("get", "/quarters/{slug}/calendar.ics", "public"),
    (
        "get",
        "/quarters/{slug}/events/new",
        "admin|lead|manager|actor",
    ),
    (
        "post",
        "/quarters/{slug}/events",
        "admin|lead|manager|actor",
    ),
    ("get", "/events/{id}/edit", "admin|lead|manager|actor"),
    ("post", "/events/{id}", "admin|lead|manager|actor"),
    // ---- action plan (issue 5) ----
    ("get", "/plans", "public"),
    ("get", "/quarters/{slug}/plan", "public"),
    ("post", "/quarters/{slug}/plan", "admin|lead|manager"),
    (
        "get",
        "/quarters/{slug}/plan/fields/new",
        "admin|lead|manager",
    ),
    ("post", "/quarters/{slug}/plan/fields", "admin|lead|manager"),
    (
        "get",
        "/quarters/{slug}/plan/goals/new",
        "admin|lead|manager",
    ),
    ("post", "/quarters/{slug}/plan/goals", "admin|lead|manager"),
    (
        "get",
        "/quarters/{slug}/plan/measures/new",
        "admin|lead|manager",
    ),
    (
        "post",
        "/quarters/{slug}/plan/measures",
        "admin|lead|manager",
    ),
    ("get", "/quarters/{slug}/plan/timeline", "public"),
    ("get", "/quarters/{slug}/plan/dashboard", "public"),
    ("get", "/quarters/{slug}/plan/history", "public"),
    ("get", "/quarters/{slug}/plan/compare", "public"),
    ("get", "/quarters/{slug}/plan/print", "public"),
    ("get", "/quarters/{slug}/plan.csv", "public"),
    ("get", "/quarters/{slug}/plan.xlsx", "public"),
    ("get", "/measures/{id}", "public"),
    ("get", "/measures/{id}/edit", "admin|lead|manager"),
    ("post", "/measures/{id}", "admin|lead|manager"),
    (
        "post",
        "/measures/{id}/progress",
        "admin|lead|manager|actor",
    ),
    ("post", "/measures/{id}/milestones", "admin|lead|manager"),
    // ---- action plan: editing fields of action and goals, removing indicators ----
    (
        "get",
        "/quarters/{slug}/plan/fields/{id}/edit",
        "admin|lead|manager",
    ),
    (
        "post",
        "/quarters/{slug}/plan/fields/{id}",
        "admin|lead|manager",
    ),
    (
        "get",
        "/quarters/{slug}/plan/goals/{id}/edit",
        "admin|lead|manager",
    ),
    (
        "post",
        "/quarters/{slug}/plan/goals/{id}",
        "admin|lead|manager",
    ),
    (
        "post",
        "/measures/{id}/indicators/remove",
        "admin|lead|manager",
    ),
    // ---- Lernwerkstatt, instrument library and search (issue 13) ----
    ("get", "/workshops", "public"),
    ("get", "/workshops/new", "admin|lead|manager"),
    ("post", "/workshops", "admin|lead|manager"),
    ("get", "/workshops/{id}", "public"),
    (
        "post",
        "/workshops/{id}/participants",
        "admin|lead|analyst|manager",
    ),
    ("post", "/workshops/{id}/cases", "admin|lead|manager"),
    ("post", "/workshops/{id}/decisions", "admin|lead|manager"),
    ("post", "/workshops/{id}/tasks", "admin|lead|manager"),
    (
        "post",
        "/workshops/tasks/{id}",
        "admin|lead|analyst|manager",
    ),
    ("post", "/workshops/{id}/minutes", "admin|lead|manager"),
    ("get", "/workshops/{id}/minutes", "public"),
    ("get", "/instruments", "public"),
    ("get", "/instruments/new", "admin|lead|analyst|manager"),
    ("post", "/instruments", "admin|lead|analyst|manager"),
    ("get", "/instruments/{slug}", "public"),
    (
        "get",
        "/instruments/{slug}/edit",
        "admin|lead|analyst|manager",
    ),
    ("post", "/instruments/{slug}", "admin|lead|analyst|manager"),
    // Staff of a quarter other than the instrument's origin (the pilot): not its own manager.
    ("post", "/instruments/{slug}/comments", "admin|lead|analyst"),
    ("get", "/search", "public"),
    ("get", "/api/v1/search", "public"),
];

const ROLES: [&str; 7] = [
    "admin", "lead", "analyst", "manager", "jury", "actor", "resident",
];

fn allowed(rule: &str, role: Option<&str>) -> bool {
    match (rule, role) {
        ("public", _) => true,
        (_, None) => false,
        ("user", Some(_)) => true,
        (roles, Some(r)) => roles.split('|').any(|x| x == r),
    }
}

fn concrete(path: &str) -> String {
    path.replace("/instruments/{slug}", "/instruments/stadtteilplane")
        // The held demo workshop session and its first follow-up task.
        .replace("/workshops/{id}", "/workshops/1")
        .replace("/workshops/tasks/{id}", "/workshops/tasks/1")
        .replace("{slug}", "muehlenviertel")
        .replace("{key}/", "pilotgebiet-demo/")
        .replace("/areas/{key}", "/areas/07")
        .replace("{key}", "pilotgebiet-demo")
        .replace("{token}", "no-such-token")
        // A measure of the demo action plan.
        .replace("/measures/{id}", "/measures/1")
        // A user id that exists (admin detail) and a role id that does not (revoke stays harmless).
        .replace("/users/{id}", "/users/1")
        .replace("/roles/{id}", "/roles/999999")
        // A dataset id that does not exist: allowed roles get 404, others 401/403.
        .replace("/data/{id}", "/data/999999")
        .replace("/datasets/{id}", "/datasets/999999")
        // Civic structures: the demo actor account represents actor 9 (Jasmin e.V.), whose
        // first offer is 16, whose need is 3 and whose event is 1; link 999999 does not exist.
        .replace("/actors/{id}", "/actors/9")
        .replace("/offers/{id}", "/offers/16")
        .replace("/needs/{id}", "/needs/3")
        .replace("/events/{id}", "/events/1")
        .replace("/links/{id}", "/links/999999")
        // Field of action 1 and goal 1 of the demo action plan (pilot quarter).
        .replace("/plan/fields/{id}", "/plan/fields/1")
        .replace("/plan/goals/{id}", "/plan/goals/1")
}

#[test]
fn every_route_has_an_expectation_and_vice_versa() {
    for r in quartier_web::routes::all() {
        assert!(
            EXPECTED
                .iter()
                .any(|(m, p, _)| *m == r.method && *p == r.path),
            "route {} {} has no entry in the authorisation matrix",
            r.method,
            r.path
        );
    }
    for (m, p, _) in EXPECTED {
        assert!(
            quartier_web::routes::all().any(|r| r.method == *m && r.path == *p),
            "matrix entry {m} {p} names no route"
        );
    }
}

async fn call(c: &Client, method: &str, path: &str) -> (u16, String) {
    let url = format!("{}{}", c.base, path);
    let r = if method == "get" {
        c.http.get(&url).send().await.unwrap()
    } else {
        let token = c.csrf().await;
        // Deliberately incomplete forms: allowed callers get a validation answer, nothing changes.
        c.http
            .post(&url)
            .form(&[("csrf", token.as_str())])
            .send()
            .await
            .unwrap()
    };
    let status = r.status().as_u16();
    let location = r
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    (status, location)
}

#[tokio::test]
async fn authorisation_matrix() {
    let app = spawn().await;
    let mut failures = Vec::new();
    let mut checked = 0;
    let mut clients: Vec<(Option<&str>, Client)> = vec![(None, app.client())];
    for role in ROLES {
        clients.push((Some(role), app.login_as(role).await));
    }
    for (role, client) in &clients {
        // Sign-out last: it ends the session.
        let mut routes: Vec<_> = EXPECTED.iter().collect();
        routes.sort_by_key(|(_, p, _)| *p == "/logout");
        for (method, path, rule) in routes {
            if *path == "/account/delete" && *method == "post" {
                continue; // covered in accounts.rs; an empty form is rejected anyway
            }
            let url = concrete(path);
            let (status, location) = call(client, method, &url).await;
            checked += 1;
            let denied_anon = status == 401 || (status == 303 && location.starts_with("/login"));
            let denied = status == 403 || denied_anon;
            let expect = allowed(rule, *role);
            let who = role.unwrap_or("anonymous");
            if expect && denied {
                failures.push(format!(
                    "{who} should reach {method} {path} but got {status} {location}"
                ));
            }
            if !expect {
                let right_denial = match role {
                    None => denied_anon,
                    Some(_) => status == 403,
                };
                if !right_denial {
                    failures.push(format!(
                        "{who} must not reach {method} {path} but got {status} {location}"
                    ));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {checked} checks failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
