//! Local civic structures: actors with per-field privacy, import preview, offers,
//! matching, network, directory, calendar and iCal, authorisation.

use crate::common::{Client, csrf_of, spawn};

async fn actor_count(app: &crate::common::TestApp) -> usize {
    let mut n = 0;
    for q in app.db.quarters(1).await.unwrap() {
        n += app.db.actors_in_quarter(q.id).await.unwrap().len();
    }
    n
}

fn location(r: &reqwest::Response) -> String {
    r.headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string()
}

#[tokio::test]
async fn actor_crud_and_per_field_privacy() {
    let app = spawn().await;
    let m = app.login_as("manager").await;
    let before = actor_count(&app).await;
    // Invalid: no name, bad email, latitude without longitude → 422 naming the fields, nothing saved.
    let r = m
        .post_form(
            "/quarters/muehlenviertel/actors",
            &[
                ("kind", "initiative"),
                ("email", "kein-at"),
                ("lat", "51,3"),
            ],
        )
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(html.contains("Bitte geben Sie einen Namen ein."));
    assert!(html.contains("href=\"#f-email\""));
    assert!(html.contains("href=\"#f-lon\""));
    assert_eq!(actor_count(&app).await, before);
    // Valid, with the email internal and the description public.
    let r = m
        .post_form(
            "/quarters/muehlenviertel/actors",
            &[
                ("name", "Repair-Café Mühle"),
                ("kind", "initiative"),
                ("description", "Reparieren statt wegwerfen."),
                ("email", "geheim-intern@example.org"),
                ("languages", "de"),
                ("languages", "ar"),
                ("public", "description"),
                ("public", "languages"),
                ("published", "yes"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    let loc = location(&r);
    assert!(loc.starts_with("/actors/"), "{loc}");
    assert_eq!(actor_count(&app).await, before + 1);
    let (s, staff) = m.get_text(&loc).await;
    assert_eq!(s, 200);
    assert!(staff.contains("geheim-intern@example.org"));
    assert!(staff.contains("intern"));
    let anon = app.client();
    let (s, public) = anon.get_text(&loc).await;
    assert_eq!(s, 200);
    assert!(public.contains("Reparieren statt wegwerfen."));
    assert!(public.contains("Arabisch"));
    assert!(
        !public.contains("geheim-intern"),
        "internal email must not be public"
    );
    // Edit: unpublish → the public gets 404, the list hides it.
    let r = m
        .post_form(
            &loc,
            &[
                ("name", "Repair-Café Mühle"),
                ("kind", "initiative"),
                ("email", "geheim-intern@example.org"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    assert_eq!(anon.get(&loc).await.status(), 404);
    let (_, list) = anon.get_text("/quarters/muehlenviertel/actors").await;
    assert!(!list.contains("Repair-Café Mühle"));
    let (_, list) = m.get_text("/quarters/muehlenviertel/actors").await;
    assert!(list.contains("Repair-Café Mühle"));
    // An offer of the actor.
    let r = m
        .post_form(
            &format!("{loc}/offers"),
            &[
                ("category", "course"),
                ("title", "Fahrradwerkstatt"),
                ("cost", "free"),
                ("published", "yes"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    let offer = location(&r);
    let (s, html) = m.get_text(&offer).await;
    assert_eq!(s, 200);
    assert!(html.contains("Fahrradwerkstatt"));
    // Unknown category → 422, field named.
    let r = m
        .post_form(
            &format!("{loc}/offers"),
            &[("category", "zauberei"), ("title", "X"), ("cost", "free")],
        )
        .await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("href=\"#f-category\""));
}

fn multipart(file: &str, content: &[u8]) -> (String, Vec<u8>) {
    let boundary = "----quartierboundary7";
    let mut body = Vec::new();
    body.extend_from_slice(
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file}\"\r\nContent-Type: text/csv\r\n\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(content);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

async fn upload(c: &Client, path: &str, file: &str, content: &[u8]) -> (u16, String) {
    let token = c.csrf().await;
    let (ct, body) = multipart(file, content);
    let r = c
        .http
        .post(format!("{}{}?csrf={}", c.base, path, token))
        .header("content-type", ct)
        .body(body)
        .send()
        .await
        .unwrap();
    let s = r.status().as_u16();
    (s, r.text().await.unwrap())
}

fn hidden(html: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let i = html.find(&marker).unwrap() + marker.len();
    let raw = html[i..].split('"').next().unwrap();
    raw.replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

#[tokio::test]
async fn import_preview_names_row_and_column_and_saves_only_on_confirm() {
    let app = spawn().await;
    let m = app.login_as("manager").await;
    let before = actor_count(&app).await;
    let csv = "Name;Typ;Sprachen;Breitengrad;Längengrad;E-Mail\n\
               Lesecafé Ost;Verein;de, ar;51,34;12,37;lese@example.org\n\
               Zauberschule;Hexenzirkel;de;;;\n\
               Bastelgruppe;Initiative;de;99x;12,3;\n";
    let path = "/quarters/muehlenviertel/actors/import";
    let (s, html) = upload(&m, path, "akteure.csv", csv.as_bytes()).await;
    assert_eq!(s, 200, "{html}");
    // Row 3, column Art: unknown kind; row 4, column Breitengrad: not a number.
    assert!(
        html.contains("<td class=\"num\">3</td><td>Art</td>"),
        "{html}"
    );
    assert!(html.contains("<td class=\"num\">4</td><td>Breitengrad</td>"));
    assert!(html.contains("1 Akteure übernehmen"));
    assert_eq!(
        actor_count(&app).await,
        before,
        "nothing saved before confirm"
    );
    // A file without the required columns.
    let (_, html) = upload(&m, path, "x.csv", b"Foo;Bar\n1;2\n").await;
    assert!(html.contains("Pflichtspalte fehlt."));
    assert!(!html.contains("Akteure übernehmen"));
    // Confirm the valid row.
    let payload = hidden(
        &upload(&m, path, "akteure.csv", csv.as_bytes()).await.1,
        "payload",
    );
    let r = m
        .post_form(
            "/quarters/muehlenviertel/actors/import/confirm",
            &[("payload", &payload)],
        )
        .await;
    assert_eq!(r.status(), 303);
    assert_eq!(actor_count(&app).await, before + 1);
    // A tampered payload is rejected as a whole.
    let bad = payload
        .replace("\"verein\"", "\"hexe\"")
        .replace("\"association\"", "\"hexe\"");
    let r = m
        .post_form(
            "/quarters/muehlenviertel/actors/import/confirm",
            &[("payload", &bad)],
        )
        .await;
    assert_eq!(r.status(), 422);
    assert_eq!(actor_count(&app).await, before + 1);
    // Residents may not upload.
    let res = app.login_as("resident").await;
    let (s, _) = upload(&res, path, "akteure.csv", csv.as_bytes()).await;
    assert_eq!(s, 403);
}

#[tokio::test]
async fn matching_shows_reasons_and_network_measures() {
    let app = spawn().await;
    let m = app.login_as("manager").await;
    let (s, html) = m.get_text("/quarters/muehlenviertel/matching").await;
    assert_eq!(s, 200);
    assert!(html.contains("gleiches Thema"));
    assert!(html.contains("kostenlos"));
    assert!(html.contains("gemeinsame Sprachen"));
    assert!(html.contains("Ehrenamtliche für Deutsch-Konversation"));
    let (s, html) = m.get_text("/quarters/muehlenviertel/network").await;
    assert_eq!(s, 200);
    assert!(html.contains("<svg"));
    assert!(html.contains("class=\"qm-line-chart"));
    assert!(html.contains("Quartiersmanagement Mühlenviertel: "));
    // Record a link, then end it.
    let before = app.db.links_in_quarter(1).await.unwrap();
    let r = m
        .post_form(
            "/quarters/muehlenviertel/links",
            &[
                ("actor_a", "9"),
                ("actor_b", "9"),
                ("kind", "x"),
                ("since", "2024"),
            ],
        )
        .await;
    assert_eq!(r.status(), 422);
    let r = m
        .post_form(
            "/quarters/muehlenviertel/links",
            &[
                ("actor_a", "9"),
                ("actor_b", "4"),
                ("kind", "Hausaufgabenhilfe"),
                ("since", "2024"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    let after = app.db.links_in_quarter(1).await.unwrap();
    assert_eq!(after.len(), before.len() + 1);
    let new = after
        .iter()
        .find(|l| l.kind == "Hausaufgabenhilfe")
        .unwrap();
    let r = m.post_form(&format!("/links/{}/end", new.id), &[]).await;
    assert_eq!(r.status(), 303);
    assert!(
        app.db
            .link(new.id)
            .await
            .unwrap()
            .unwrap()
            .until_year
            .is_some()
    );
    // The public and residents see neither matching nor network.
    let res = app.login_as("resident").await;
    assert_eq!(
        res.get("/quarters/muehlenviertel/network").await.status(),
        403
    );
}

#[tokio::test]
async fn directory_filters_find_the_free_german_course_in_arabic() {
    let app = spawn().await;
    let c = app.client();
    let (s, all) = c.get_text("/directory").await;
    assert_eq!(s, 200);
    let (_, html) = c
        .get_text("/directory?category=language&language=ar&free=yes")
        .await;
    assert!(html.contains("Deutschkurs für Frauen mit Kinderbetreuung"));
    assert!(
        !html.contains("Deutsch als Zweitsprache B1"),
        "not free, no Arabic"
    );
    assert!(all.contains("Deutsch als Zweitsprache B1"));
    let (_, html) = c.get_text("/directory?q=zweitsprache").await;
    assert!(html.contains("Deutsch als Zweitsprache B1"));
    assert!(!html.contains("Deutschkurs für Frauen"));
    // Near an area: distances in metres, nearest first.
    let (_, html) = c.get_text("/directory?near=07").await;
    assert!(html.contains(" m entfernt") || html.contains("Keine Angebote"));
    // In Arabic the English title is shown and the page is right-to-left.
    c.get("/lang?to=ar&next=/").await;
    let (_, html) = c
        .get_text("/directory?category=language&language=ar&free=yes")
        .await;
    assert!(html.contains("dir=\"rtl\""));
    assert!(html.contains("German course for women with childcare"));
    // Bad parameters do not break the page.
    assert_eq!(c.get("/directory?page=-4&language=xx").await.status(), 200);
}

#[tokio::test]
async fn ical_feeds_follow_rfc5545() {
    let app = spawn().await;
    let m = app.login_as("manager").await;
    // An event with characters that need escaping and a long title that needs folding.
    let long =
        "Großes Nachbarschaftsfest; mit Musik, Essen und Spielen für alle Generationen im Quartier";
    let r = m
        .post_form(
            "/quarters/muehlenviertel/events",
            &[
                ("title", long),
                ("starts", "2099-06-01T15:00"),
                ("ends", "2099-06-01T14:00"),
                ("actor", ""),
            ],
        )
        .await;
    assert_eq!(r.status(), 422, "end before start");
    let c = app.client();
    let r = c.get("/calendar.ics").await;
    assert_eq!(r.status(), 200);
    assert!(
        r.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/calendar")
    );
    let body = r.text().await.unwrap();
    assert!(body.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert!(body.ends_with("END:VCALENDAR\r\n"));
    assert!(
        !body.replace("\r\n", "").contains('\n'),
        "only CRLF line ends"
    );
    for line in body.split("\r\n") {
        assert!(line.len() <= 75, "line longer than 75 octets: {line}");
    }
    let unfolded = body.replace("\r\n ", "");
    let events = unfolded.matches("BEGIN:VEVENT").count();
    assert!(events >= 5, "demo events in the feed");
    assert_eq!(unfolded.matches("END:VEVENT").count(), events);
    assert_eq!(unfolded.matches("\r\nUID:").count(), events);
    assert_eq!(unfolded.matches("\r\nDTSTAMP:").count(), events);
    assert!(unfolded.contains("\\, 99999 Musterstadt"), "commas escaped");
    let (s, q) = c.get_text("/quarters/muehlenviertel/calendar.ics").await;
    assert_eq!(s, 200);
    assert!(q.contains("BEGIN:VEVENT"));
    let (s, cal) = c.get_text("/calendar").await;
    assert_eq!(s, 200);
    assert!(cal.contains("Elternabend: Schule in Deutschland"));
}

#[tokio::test]
async fn actor_representative_edits_only_their_actor() {
    let app = spawn().await;
    let a = app.login_as("actor").await;
    assert_eq!(a.get("/actors/9/edit").await.status(), 200);
    assert_eq!(a.get("/actors/1/edit").await.status(), 403);
    assert_eq!(a.get("/actors/1/offers/new").await.status(), 403);
    let r = a
        .post_form("/actors/1", &[("name", "Gekapert"), ("kind", "initiative")])
        .await;
    assert_eq!(r.status(), 403);
    assert_ne!(app.db.actor(1).await.unwrap().unwrap().name, "Gekapert");
    assert_eq!(
        a.get("/quarters/muehlenviertel/actors/new").await.status(),
        403
    );
    // An event for their own actor only.
    let (_, form) = a.get_text("/quarters/muehlenviertel/events/new").await;
    assert!(csrf_of(&form).is_some());
    assert!(form.contains("value=\"9\""));
    assert!(!form.contains("value=\"1\""));
    let r = a
        .post_form(
            "/quarters/muehlenviertel/events",
            &[
                ("title", "Fremde Veranstaltung"),
                ("starts", "2099-06-01T15:00"),
                ("ends", "2099-06-01T17:00"),
                ("actor", "1"),
            ],
        )
        .await;
    assert_eq!(r.status(), 422, "not their actor");
    let r = a
        .post_form(
            "/quarters/muehlenviertel/events",
            &[
                ("title", "Sommerfest Jasmin"),
                ("starts", "2099-06-01T15:00"),
                ("ends", "2099-06-01T17:00"),
                ("actor", "9"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    assert_eq!(location(&r), "/calendar?month=2099-06");
    let (_, cal) = a.get_text("/calendar?month=2099-06").await;
    assert!(cal.contains("Sommerfest Jasmin"));
    assert!(cal.contains("15:00"), "German local time shown");
    // Residents: read-only.
    let res = app.login_as("resident").await;
    assert_eq!(res.get("/actors/9/edit").await.status(), 403);
    assert_eq!(res.get("/actors/9").await.status(), 200);
    assert_eq!(res.get("/events/1/edit").await.status(), 403);
}

/// Benchmark (ignored by default): 2,000 actors and 10,000 offers, then the median
/// time of the directory and actor-list pages. Run with
/// `cargo test -p quartier --release --test platform civic_bench -- --ignored --nocapture`.
#[tokio::test]
#[ignore]
async fn civic_bench_2000_actors_10000_offers() {
    use quartier_db::civic::actors::ActorDraft;
    use quartier_db::civic::{ItemDraft, Side};
    let app = spawn().await;
    let langs = [
        r#"["de"]"#,
        r#"["de","ar"]"#,
        r#"["de","uk","ru"]"#,
        r#"["de","tr"]"#,
    ];
    let cats = ["course", "language", "counselling", "room", "meeting"];
    let t0 = std::time::Instant::now();
    for i in 0..2000 {
        let draft = ActorDraft {
            actor_key: format!("bench-{i}"),
            name: format!("Bench-Akteur {i:04}"),
            kind: "association".into(),
            languages: langs[i % 4].into(),
            target_groups: r#"["Familien"]"#.into(),
            lon: Some(12.37 + (i % 50) as f64 * 0.001),
            lat: Some(51.33 + (i / 50) as f64 * 0.0005),
            public_fields: r#"["description","languages"]"#.into(),
            published: true,
            ..Default::default()
        };
        let id = app.db.insert_actor(1, 1, &draft).await.unwrap();
        let actor = app.db.actor(id).await.unwrap().unwrap();
        for k in 0..5 {
            let o = ItemDraft {
                category: cats[(i + k) % 5].into(),
                title: format!("Angebot {i:04}-{k}"),
                description: "Ein Angebot für die Nachbarschaft.".into(),
                languages: langs[(i + k) % 4].into(),
                target_groups: r#"["Familien","Kinder"]"#.into(),
                cost: if (i + k) % 3 == 0 { "free" } else { "low" }.into(),
                lon: actor.lon,
                lat: actor.lat,
                published: true,
                ..Default::default()
            };
            app.db.insert_item(Side::Offer, &actor, &o).await.unwrap();
        }
    }
    eprintln!("seeded 2000 actors, 10000 offers in {:?}", t0.elapsed());
    let c = app.client();
    let m = app.login_as("manager").await;
    for (who, path) in [
        ("public", "/directory"),
        ("public", "/directory?page=100"),
        (
            "public",
            "/directory?category=language&language=ar&free=yes",
        ),
        ("public", "/directory?q=angebot+0999"),
        ("public", "/directory?near=07"),
        ("public", "/quarters/muehlenviertel/actors"),
        ("public", "/quarters/muehlenviertel/actors?page=30"),
        ("manager", "/quarters/muehlenviertel/actors?page=30"),
    ] {
        let client = if who == "public" { &c } else { &m };
        let mut times = Vec::new();
        for _ in 0..21 {
            let t = std::time::Instant::now();
            let (s, _) = client.get_text(path).await;
            assert_eq!(s, 200, "{path}");
            times.push(t.elapsed().as_secs_f64() * 1000.0);
        }
        times.sort_by(f64::total_cmp);
        eprintln!(
            "{who:8} {path:60} median {:7.1} ms  p90 {:7.1} ms",
            times[10], times[18]
        );
    }
}
