//! Lernwerkstatt (issue 13): the seeded workshop with cases and tasks, who sees
//! what across teams and cities, taking a follow-up task, the instrument library
//! with typed preconditions and versions, and the German full-text search with
//! its permission filter.

use crate::common::spawn;

async fn session_ids(app: &crate::common::TestApp) -> (i64, i64) {
    let s = app.db.workshop_sessions().await.unwrap();
    let held = s.iter().find(|s| s.held_on == "2024-11-14").unwrap().id;
    let next = s.iter().find(|s| s.held_on == "2025-03-20").unwrap().id;
    (held, next)
}

#[tokio::test]
async fn seeded_workshop_shows_content_to_insiders_only() {
    let app = spawn().await;
    let (held, next) = session_ids(&app).await;
    let anon = app.client();
    let (s, html) = anon.get_text(&format!("/workshops/{held}")).await;
    assert_eq!(s, 200);
    assert!(
        html.contains("Stadtteilplane statt Online-Umfrage"),
        "agenda is public"
    );
    assert!(
        html.contains("Stadtteilbüro Lerchenberg"),
        "teams are public"
    );
    assert!(
        !html.contains("Klebepunkten"),
        "case presentations are not public"
    );
    assert!(!html.contains("Steckbrief"), "tasks are not public");
    // Unpublished minutes: no print view for the public; the next session's online link is hidden.
    let (s, _) = anon.get_text(&format!("/workshops/{held}/minutes")).await;
    assert_eq!(s, 404);
    let (_, html) = anon.get_text(&format!("/workshops/{next}")).await;
    assert!(!html.contains("meet.example.org"));

    let manager = app.login_as("manager").await;
    let (s, html) = manager.get_text(&format!("/workshops/{held}")).await;
    assert_eq!(s, 200);
    for part in [
        "Klebepunkten",
        "Was wir gelernt haben",
        "Steckbrief",
        "Folgeaufgaben",
        "Prüfliste",
    ] {
        assert!(html.contains(part), "insider sees {part}");
    }
    let (s, html) = manager
        .get_text(&format!("/workshops/{held}/minutes"))
        .await;
    assert_eq!(s, 200);
    assert!(html.contains("Nächste Lernwerkstatt im März 2025"));
    let (_, html) = manager.get_text(&format!("/workshops/{next}")).await;
    assert!(html.contains("meet.example.org"));

    // A resident is nobody's staff: no content, and no joining.
    let resident = app.login_as("resident").await;
    let (_, html) = resident.get_text(&format!("/workshops/{held}")).await;
    assert!(!html.contains("Klebepunkten"));
    let r = resident
        .post_form(
            &format!("/workshops/{next}/participants"),
            &[("quarter", "1"), ("status", "confirmed")],
        )
        .await;
    assert_eq!(r.status(), 403);
}

#[tokio::test]
async fn staff_take_a_task_and_editors_record_the_session() {
    let app = spawn().await;
    let (held, _) = session_ids(&app).await;
    let tasks = app.db.workshop_tasks(held).await.unwrap();
    let t = &tasks[0];
    let manager = app.login_as("manager").await;
    let r = manager
        .post_form(
            &format!("/workshops/tasks/{}", t.id),
            &[("status", "in_progress"), ("take", "1")],
        )
        .await;
    assert_eq!(r.status(), 303);
    let after = app.db.workshop_task(t.id).await.unwrap().unwrap();
    assert_eq!(after.status, "in_progress");
    assert!(
        after.owner.contains("manager@musterstadt.example"),
        "{}",
        after.owner
    );
    assert!(after.owner_user_id.is_some());
    // A bad status names the field and changes nothing.
    let r = manager
        .post_form(
            &format!("/workshops/tasks/{}", t.id),
            &[("status", "later")],
        )
        .await;
    assert_eq!(r.status(), 400);
    assert_eq!(
        app.db.workshop_task(t.id).await.unwrap().unwrap().status,
        "in_progress"
    );

    // The lead adds a case in the fixed template; an incomplete one is refused.
    let lead = app.login_as("lead").await;
    let before = app.db.workshop_cases(held).await.unwrap().len();
    let r = lead
        .post_form(
            &format!("/workshops/{held}/cases"),
            &[("title", "Nur ein Titel")],
        )
        .await;
    assert_eq!(r.status(), 400);
    let r = lead
        .post_form(
            &format!("/workshops/{held}/cases"),
            &[
                ("title", "Nachbarschaftsbefragung an der Haustür"),
                ("presenter", "Stadtteilbüro Lerchenberg"),
                ("problem", "Wenig Rücklauf"),
                ("approach", "Befragung an der Haustür"),
                ("resources", "20 Stunden"),
                ("result", "180 Antworten"),
                ("lessons", "Zu zweit gehen"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    assert_eq!(app.db.workshop_cases(held).await.unwrap().len(), before + 1);
    // The new case is searchable by its insiders at once, but not by the public.
    let (_, html) = lead.get_text("/search?q=Nachbarschaftsbefragungen").await;
    assert!(
        html.contains("Nachbarschaftsbefragung an der Haustür"),
        "stemmed search finds the new case"
    );
    let (_, html) = app
        .client()
        .get_text("/search?q=Nachbarschaftsbefragung")
        .await;
    assert!(!html.contains("an der Haustür"), "cases are not public");
    // Actors are no editors of the session.
    let actor = app.login_as("actor").await;
    let r = actor
        .post_form(&format!("/workshops/{held}/minutes"), &[("minutes", "x")])
        .await;
    assert_eq!(r.status(), 403);
}

#[tokio::test]
async fn instrument_library_with_versions_comments_and_search() {
    let app = spawn().await;
    let anon = app.client();
    // Done means: searching "Stadtteilplan" finds the "Stadtteilplane" instrument.
    let (s, html) = anon.get_text("/search?q=Stadtteilplan").await;
    assert_eq!(s, 200);
    assert!(html.contains("/instruments/stadtteilplane"), "{html}");
    let (_, json) = anon
        .get_text("/api/v1/search?q=Ehrenamtliche&kind=instrument")
        .await;
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["results"][0]["url"], "/instruments/stadtteilplane");
    // Odd input never breaks the search.
    for q in ["%22%28%29AND", "ورشة", &"x".repeat(10_000), "title%3A*"] {
        let (s, _) = anon.get_text(&format!("/search?q={q}")).await;
        assert_eq!(s, 200, "{q}");
    }
    let (s, html) = anon.get_text("/instruments/stadtteilplane").await;
    assert_eq!(s, 200);
    assert!(html.contains("Mindestzahl aktiver Akteure"));
    assert!(html.contains("Mühlenviertel"), "use in the pilot");

    // A new version: the analyst (staff) changes the minimum number of actors.
    let analyst = app.login_as("analyst").await;
    let (_, form) = analyst.get_text("/instruments/stadtteilplane/edit").await;
    assert!(form.contains("name=\"pre_actors\""));
    let i = app
        .db
        .instrument_by_slug("stadtteilplane")
        .await
        .unwrap()
        .unwrap();
    let p = i.profile().unwrap();
    let fields = vec![
        ("name", p.name.clone()),
        ("purpose", p.purpose.clone()),
        ("step", "2".to_string()),
        ("evidence", p.evidence.clone()),
        ("staff_hours", "60".to_string()),
        ("euros", "600".to_string()),
        ("pre_team", "1".to_string()),
        ("pre_actors", "8".to_string()),
        ("pre_languages", "ar, tr".to_string()),
    ];
    let f: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = analyst.post_form("/instruments/stadtteilplane", &f).await;
    assert_eq!(r.status(), 303);
    let i2 = app
        .db
        .instrument_by_slug("stadtteilplane")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(i2.version, 2);
    let p2 = i2.profile().unwrap();
    assert!(
        p2.preconditions
            .contains(&quartier_rules::lernwerkstatt::Precondition::MinActiveActors { count: 8 })
    );
    assert_eq!(app.db.instrument_versions(i2.id).await.unwrap().len(), 2);
    // Invalid: step 5 without evidence is refused with the field named, nothing saved.
    let bad = [
        ("name", "X"),
        ("purpose", "Y"),
        ("step", "5"),
        ("pre_languages", "Arabisch"),
    ];
    let r = analyst.post_form("/instruments/stadtteilplane", &bad).await;
    assert_eq!(r.status(), 422);
    assert_eq!(
        app.db
            .instrument_by_slug("stadtteilplane")
            .await
            .unwrap()
            .unwrap()
            .version,
        2
    );

    // Comments: staff of another quarter may; the pilot's own manager may not.
    let manager = app.login_as("manager").await;
    let r = manager
        .post_form(
            "/instruments/stadtteilplane/comments",
            &[("body", "Gut"), ("rating", "5")],
        )
        .await;
    assert_eq!(r.status(), 403);
    let r = analyst
        .post_form(
            "/instruments/stadtteilplane/comments",
            &[("body", "Übertragbar"), ("rating", "4")],
        )
        .await;
    assert_eq!(r.status(), 303);
    let r = analyst
        .post_form(
            "/instruments/stadtteilplane/comments",
            &[("body", "x"), ("rating", "9")],
        )
        .await;
    assert_eq!(r.status(), 400);
    let (_, html) = anon.get_text("/instruments/stadtteilplane").await;
    assert!(html.contains("4,0 / 5 (1)"), "average rating shown");

    // A resident cannot create instruments.
    let resident = app.login_as("resident").await;
    let r = resident.get("/instruments/new").await;
    assert_eq!(r.status(), 403);
}
