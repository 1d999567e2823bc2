//! Participation: dialogues, ideas with a place chosen on the server-rendered map,
//! comments with one reply level, support, answers, moderation, paper cards, imports,
//! exports — through the real application, on SQLite and PostgreSQL.

use quartier_web::participation::map::frame;
use quartier_web::ui::geometry::parse_multipolygon;
use serde_json::{Value, json};

use crate::common::{Client, TestApp, spawn};

/// The demo dialogue's id and the pixel of a point inside the pilot quarter.
async fn dialogue_and_inside_pixel(app: &TestApp) -> (i64, (f64, f64), (f64, f64)) {
    let city = app.db.city_by_slug("musterstadt").await.unwrap().unwrap();
    let d = &app.db.dialogues_of_city(city.id).await.unwrap()[0];
    let shapes: Vec<_> = app
        .db
        .quarter_geometries(d.quarter_id.unwrap())
        .await
        .unwrap()
        .iter()
        .filter_map(|g| parse_multipolygon(g))
        .collect();
    let f = frame(&shapes).expect("the pilot quarter has a boundary");
    let place = &app.db.dialogue_places(d.id).await.unwrap()[0];
    (
        d.id,
        f.to_pixel(place.lat, place.lon),
        (place.lat, place.lon),
    )
}

async fn post(c: &Client, path: &str, fields: &[(&str, &str)]) -> (u16, String, String) {
    let r = c.post_form(path, fields).await;
    let status = r.status().as_u16();
    let loc = r
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    (status, loc, r.text().await.unwrap_or_default())
}

fn id_from(location: &str, prefix: &str) -> i64 {
    location
        .strip_prefix(prefix)
        .and_then(|s| s.split(['#', '?']).next())
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no id in {location}"))
}

#[tokio::test]
async fn public_pages_list_filter_and_page() {
    let app = spawn().await;
    let c = app.client();
    let (d, _, _) = dialogue_and_inside_pixel(&app).await;
    let (s, html) = c.get_text("/quarters/muehlenviertel/dialogues").await;
    assert_eq!(s, 200);
    assert!(html.contains(&format!("/dialogues/{d}")));
    let (s, html) = c.get_text(&format!("/dialogues/{d}")).await;
    assert_eq!(s, 200);
    assert!(
        html.contains("Konsultieren") && html.contains("Mitgestalten"),
        "levels shown"
    );
    let (s, html) = c.get_text(&format!("/dialogues/{d}/ideas")).await;
    assert_eq!(s, 200);
    assert!(html.contains("64 Ideen gefunden"), "all demo ideas counted");
    assert_eq!(
        html.matches("class=\"card pm-idea\"").count(),
        20,
        "20 per page"
    );
    assert!(html.contains("Seite 1 von 4"));
    let (_, p4) = c.get_text(&format!("/dialogues/{d}/ideas?page=4")).await;
    assert_eq!(p4.matches("class=\"card pm-idea\"").count(), 4);
    let (_, paper) = c
        .get_text(&format!(
            "/dialogues/{d}/ideas?channel=paper&sort=supported"
        ))
        .await;
    let n_paper = app
        .db
        .all_ideas(d)
        .await
        .unwrap()
        .iter()
        .filter(|i| i.channel == "paper")
        .count();
    assert!(
        paper.contains(&format!("{n_paper} Ideen gefunden")),
        "{n_paper} paper ideas"
    );
    let (s, _) = c.get_text(&format!("/dialogues/{d}/ideas?sort=best")).await;
    assert_eq!(s, 400);
    let r = c
        .get(&format!("/api/v1/dialogues/{d}/ideas?channel=fax"))
        .await;
    assert_eq!(r.status(), 400);
    let v: Value = r.json().await.unwrap();
    assert!(
        v["message"]
            .as_str()
            .unwrap()
            .contains("channel: unknown value 'fax'"),
        "{v}"
    );
    // API: the same filters and pages.
    let v: Value = c
        .get(&format!("/api/v1/dialogues/{d}/ideas?status=implemented"))
        .await
        .json()
        .await
        .unwrap();
    let n_impl = app
        .db
        .all_ideas(d)
        .await
        .unwrap()
        .iter()
        .filter(|i| i.status == "implemented")
        .count();
    assert_eq!(v["total"], json!(n_impl));
    assert!(
        v["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|i| i["status"] == "implemented")
    );
    // An idea that became a measure links to it, and the accountability page lists every idea.
    let with_measure = app
        .db
        .all_ideas(d)
        .await
        .unwrap()
        .into_iter()
        .find(|i| i.measure_id.is_some())
        .expect("demo idea with measure");
    let (_, page) = c.get_text(&format!("/ideas/{}", with_measure.id)).await;
    assert!(page.contains(&format!("/measures/{}", with_measure.measure_id.unwrap())));
    let (s, results) = c.get_text(&format!("/dialogues/{d}/results")).await;
    assert_eq!(s, 200);
    assert_eq!(results.matches("href=\"/ideas/").count(), 64);
    // GeoJSON of located ideas.
    let g: Value = c
        .get(&format!("/dialogues/{d}/ideas.geojson"))
        .await
        .json()
        .await
        .unwrap();
    let located = app
        .db
        .all_ideas(d)
        .await
        .unwrap()
        .iter()
        .filter(|i| i.lat.is_some())
        .count();
    assert_eq!(g["features"].as_array().unwrap().len(), located);
    // The map image for the image button.
    let r = c.get(&format!("/dialogues/{d}/map.svg")).await;
    assert_eq!(r.headers()["content-type"], "image/svg+xml");
}

#[tokio::test]
async fn resident_posts_an_idea_with_a_place_comments_and_supports() {
    let app = spawn().await;
    let (d, (x, y), _) = dialogue_and_inside_pixel(&app).await;
    let c = app.login_as("resident").await;
    let form = format!("/dialogues/{d}/ideas");
    let (xs, ys) = (format!("{x:.0}"), format!("{y:.0}"));
    let base = [
        ("title", "Sitzecke mit Schatten <b>bitte</b>"),
        ("text", "Ein Tisch mit Bänken unter Bäumen für Familien."),
        ("lang", "ar"),
        ("category", "Aufenthalt"),
    ];
    // A click on the map only chooses the place: nothing is saved yet.
    let before = app.db.all_ideas(d).await.unwrap().len();
    let mut click = base.to_vec();
    click.push(("map.x", &xs));
    click.push(("map.y", &ys));
    let (s, _, html) = post(&c, &form, &click).await;
    assert_eq!(s, 200);
    assert!(
        html.contains("name=\"lat\""),
        "the chosen point is kept in the form"
    );
    assert_eq!(app.db.all_ideas(d).await.unwrap().len(), before);
    let lat = html
        .split("name=\"lat\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    let lon = html
        .split("name=\"lon\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    // A click in the margin lies outside the quarter.
    let mut outside = base.to_vec();
    outside.push(("map.x", "1"));
    outside.push(("map.y", "1"));
    let (s, _, html) = post(&c, &form, &outside).await;
    assert_eq!(s, 422);
    assert!(html.contains("außerhalb des Quartiers"));
    // Bad input names the field and saves nothing.
    let (s, _, html) = post(
        &c,
        &form,
        &[
            ("title", ""),
            ("text", "x"),
            ("lang", "de"),
            ("category", "Parken"),
            ("action", "post"),
        ],
    )
    .await;
    assert_eq!(s, 422);
    assert!(
        html.contains("Titel: Bitte ausfüllen.") && html.contains("„Parken“ ist keine Kategorie")
    );
    assert_eq!(app.db.all_ideas(d).await.unwrap().len(), before);
    // Posting: similar ideas may be suggested first; confirming posts.
    let mut fields = base.to_vec();
    fields.push(("lat", &lat));
    fields.push(("lon", &lon));
    fields.push(("action", "post"));
    let (mut s, mut loc, html) = post(&c, &form, &fields).await;
    if s == 200 {
        assert!(
            html.contains("name=\"confirm\""),
            "similar ideas shown with a confirm step"
        );
        fields.push(("confirm", "1"));
        (s, loc, _) = post(&c, &form, &fields).await;
    }
    assert_eq!(s, 303, "posted");
    let idea = id_from(&loc, "/ideas/");
    let stored = app.db.idea(idea).await.unwrap().unwrap();
    assert_eq!(
        (stored.channel.as_str(), stored.lang.as_str()),
        ("online", "ar")
    );
    assert!(stored.point().is_some());
    let (_, page) = c.get_text(&format!("/ideas/{idea}")).await;
    assert!(
        page.contains("&lt;b&gt;bitte&lt;/b&gt;"),
        "HTML shown as text"
    );
    // Comment, reply, and no reply to a reply.
    let (s, loc, _) = post(
        &c,
        &format!("/ideas/{idea}/comments"),
        &[("text", "Gute Idee")],
    )
    .await;
    assert_eq!(s, 303);
    let top = id_from(loc.split('#').nth(1).unwrap(), "c");
    let top_s = top.to_string();
    let (s, loc, _) = post(
        &c,
        &format!("/ideas/{idea}/comments"),
        &[("text", "Finde ich auch"), ("parent_id", &top_s)],
    )
    .await;
    assert_eq!(s, 303);
    let reply = id_from(loc.split('#').nth(1).unwrap(), "c").to_string();
    let (s, _, _) = post(
        &c,
        &format!("/ideas/{idea}/comments"),
        &[("text", "Und ich"), ("parent_id", &reply)],
    )
    .await;
    assert_eq!(s, 400);
    let (s, _, html) = post(&c, &format!("/ideas/{idea}/comments"), &[("text", "  ")]).await;
    assert_eq!(s, 422);
    assert!(html.contains("Kommentar: Bitte ausfüllen."));
    assert_eq!(app.db.idea(idea).await.unwrap().unwrap().comments, 2);
    // One support per account.
    for _ in 0..2 {
        let (s, _, _) = post(&c, &format!("/ideas/{idea}/support"), &[("on", "1")]).await;
        assert_eq!(s, 303);
    }
    assert_eq!(app.db.idea(idea).await.unwrap().unwrap().supports, 1);
    // Residents cannot answer or hide.
    let (s, _, _) = post(
        &c,
        &format!("/ideas/{idea}/answer"),
        &[("status", "accepted"), ("answer", "Ja")],
    )
    .await;
    assert_eq!(s, 403);
    let (s, _, _) = post(&c, &format!("/ideas/{idea}/hide"), &[("reason", "weil")]).await;
    assert_eq!(s, 403);
}

#[tokio::test]
async fn manager_enters_cards_answers_and_moderates() {
    let app = spawn().await;
    let (d, _, _) = dialogue_and_inside_pixel(&app).await;
    let m = app.login_as("manager").await;
    let (s, html) = m.get_text(&format!("/dialogues/{d}/cards")).await;
    assert_eq!(s, 200);
    assert!(html.contains("autofocus"));
    let mut ids = Vec::new();
    for k in 1..=3 {
        let title = format!("Karte {k}: Mehr Mülleimer an der Haltestelle {k}");
        let (s, loc, _) = post(
            &m,
            &format!("/dialogues/{d}/cards"),
            &[
                ("title", &title),
                ("text", "Von der Papierkarte"),
                ("channel", "paper"),
                ("event", "Sommerfest"),
                ("lang", "de"),
            ],
        )
        .await;
        assert_eq!(s, 303, "card {k}");
        assert!(
            loc.contains("channel=paper") && loc.contains("event=Sommerfest"),
            "channel and event kept: {loc}"
        );
        ids.push(loc.split("saved=").nth(1).unwrap().parse::<i64>().unwrap());
    }
    let card = app.db.idea(ids[0]).await.unwrap().unwrap();
    assert_eq!(
        (
            card.channel.as_str(),
            card.event.as_str(),
            card.author_user_id
        ),
        ("paper", "Sommerfest", None)
    );
    assert!(card.recorded_by.is_some());
    let (s, _, _) = post(
        &m,
        &format!("/dialogues/{d}/cards"),
        &[("title", "x"), ("text", "y"), ("channel", "online")],
    )
    .await;
    assert_eq!(s, 422, "cards are analog input");
    // The queue shows the new cards; a decision needs an answer.
    let (_, q) = m.get_text(&format!("/dialogues/{d}/queue")).await;
    assert!(q.contains(&format!("/ideas/{}#answer-form", ids[0])));
    let (s, _, html) = post(
        &m,
        &format!("/ideas/{}/answer", ids[0]),
        &[("status", "accepted"), ("answer", "")],
    )
    .await;
    assert_eq!(s, 422);
    assert!(html.contains("Antwort: Bitte ausfüllen."));
    let (s, _, _) = post(
        &m,
        &format!("/ideas/{}/answer", ids[0]),
        &[("status", "accepted"), ("answer", "Kommt im Frühjahr.")],
    )
    .await;
    assert_eq!(s, 303);
    let (_, page) = m.get_text(&format!("/ideas/{}", ids[0])).await;
    assert!(page.contains("Kommt im Frühjahr.") && page.contains("Aylin Kaya"));
    let (_, q) = m.get_text(&format!("/dialogues/{d}/queue")).await;
    assert!(
        !q.contains(&format!("/ideas/{}#answer-form", ids[0])),
        "answered ideas leave the queue"
    );
    // Report by a resident, hide with a public reason by the manager.
    let r = app.login_as("resident").await;
    let (s, _, _) = post(
        &r,
        &format!("/ideas/{}/report", ids[1]),
        &[("reason", "Werbung")],
    )
    .await;
    assert_eq!(s, 200);
    let (s, _, _) = post(
        &m,
        &format!("/ideas/{}/hide", ids[1]),
        &[("reason", "Werbung für ein Geschäft")],
    )
    .await;
    assert_eq!(s, 303);
    let (_, page) = r.get_text(&format!("/ideas/{}", ids[1])).await;
    assert!(page.contains("Von der Moderation ausgeblendet, weil: Werbung für ein Geschäft"));
    assert!(
        !page.contains("Von der Papierkarte"),
        "the hidden text is not shown"
    );
    assert!(app.db.open_reports(d).await.unwrap().is_empty());
}

async fn api_post(c: &Client, path: &str, body: &str) -> (u16, Value) {
    let token = c.csrf().await;
    let r = c
        .http
        .post(format!("{}{}", c.base, path))
        .header("x-csrf-token", token)
        .header("content-type", "application/json")
        .body(body.to_string())
        .send()
        .await
        .unwrap();
    let s = r.status().as_u16();
    (s, r.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn import_preview_apply_and_export() {
    let app = spawn().await;
    let (d, _, (lat, lon)) = dialogue_and_inside_pixel(&app).await;
    let m = app.login_as("manager").await;
    let good = json!({"ideas": [
        {"title": "=HYPERLINK(\"http://x\")", "text": "Formel im Titel", "channel": "street", "lat": lat, "lon": lon,
         "created": "2025-03-01", "status": "accepted", "answer": "Gut.",
         "comments": [{"text": "+1"}, {"text": "Ja", "author": "Samir", "created": "2025-03-02"}]},
        {"title": "Zweite", "text": "Ohne Ort"}
    ]})
    .to_string();
    let (s, v) = api_post(&m, &format!("/api/v1/dialogues/{d}/import"), &good).await;
    assert_eq!(s, 200);
    assert_eq!(v["can_apply"], json!(true), "{v}");
    let import = v["id"].as_i64().unwrap();
    let (s, v) = api_post(
        &m,
        &format!("/api/v1/dialogues/{d}/import/{import}/apply"),
        "",
    )
    .await;
    assert_eq!(s, 200, "{v}");
    assert_eq!(
        (v["ideas"].as_i64(), v["comments"].as_i64()),
        (Some(2), Some(2))
    );
    let (s, _) = api_post(
        &m,
        &format!("/api/v1/dialogues/{d}/import/{import}/apply"),
        "",
    )
    .await;
    assert_eq!(s, 409, "applied once only");
    // Problems name row, comment and field; nothing is applied.
    let bad = json!({"ideas": [
        {"title": "A", "text": "B", "lat": 10.0, "lon": 10.0},
        {"text": "x"},
        {"title": "C", "text": "D", "comments": [{"text": "ok"}, {"author": "y"}]}
    ]})
    .to_string();
    let (s, v) = api_post(&m, &format!("/api/v1/dialogues/{d}/import"), &bad).await;
    assert_eq!(s, 200);
    assert_eq!(v["can_apply"], json!(false));
    let probs: Vec<(i64, String)> = v["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["row"].as_i64().unwrap(),
                p["field"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        probs,
        vec![(1, "lat".into()), (2, "title".into()), (3, "text".into())]
    );
    assert_eq!(
        v["problems"][2]["comment"],
        json!(2),
        "the comment is numbered"
    );
    let (s, _) = api_post(
        &m,
        &format!("/api/v1/dialogues/{d}/import/{}/apply", v["id"]),
        "",
    )
    .await;
    assert_eq!(s, 409);
    // Residents may not import.
    let r = app.login_as("resident").await;
    let (s, _) = api_post(&r, &format!("/api/v1/dialogues/{d}/import"), &good).await;
    assert_eq!(s, 403);
    // The export lists every contribution with channel and status, formulas neutralised.
    let csv = m
        .get(&format!("/dialogues/{d}/contributions.csv"))
        .await
        .text()
        .await
        .unwrap();
    assert!(csv.contains("'=HYPERLINK"), "formula neutralised");
    assert!(csv.contains("'+1"));
    assert!(!csv.contains(";=HYPERLINK"));
    assert!(csv.contains(";street;"));
    let lines = csv
        .lines()
        .filter(|l| l.starts_with("idea;") || l.starts_with("comment;"))
        .count();
    let ideas = app.db.all_ideas(d).await.unwrap().len();
    let comments = app.db.comments_of_dialogue(d).await.unwrap().len();
    assert_eq!(lines, ideas + comments);
    let x = m.get(&format!("/dialogues/{d}/contributions.xlsx")).await;
    assert_eq!(x.status(), 200);
    assert!(x.bytes().await.unwrap().starts_with(b"PK"));
}
