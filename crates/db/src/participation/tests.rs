//! Storage tests on SQLite (default) and PostgreSQL (`QUARTIER_TEST_DATABASE_URL`).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use quartier_rules::participation::import::{ImportContext, parse_json};
use quartier_rules::participation::listing::{IdeaQuery, Sort};
use quartier_rules::participation::validate::Limits;
use quartier_rules::participation::{Channel, IdeaStatus};

use super::*;
use crate::{Db, DbError};

struct TestDb {
    db: Db,
    cleanup: Option<(Db, String)>,
}

impl TestDb {
    async fn close(self) {
        self.db.close().await;
        if let Some((admin, schema)) = self.cleanup {
            let _ = admin
                .execute_raw(&format!("DROP SCHEMA \"{schema}\" CASCADE"))
                .await;
            admin.close().await;
        }
    }
}

async fn test_db(name: &str) -> TestDb {
    let unique = format!(
        "part_{}_{}_{}",
        name,
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0)
    );
    let t = match std::env::var("QUARTIER_TEST_DATABASE_URL") {
        Ok(url) => {
            let admin = Db::connect(&url, None).await.unwrap();
            admin
                .execute_raw(&format!("CREATE SCHEMA \"{unique}\""))
                .await
                .unwrap();
            let db = Db::connect(&url, Some(&unique)).await.unwrap();
            TestDb {
                db,
                cleanup: Some((admin, unique)),
            }
        }
        Err(_) => {
            let path = std::env::temp_dir().join(format!("{unique}.db"));
            let db = Db::connect(&format!("sqlite://{}?mode=rwc", path.display()), None)
                .await
                .unwrap();
            TestDb { db, cleanup: None }
        }
    };
    t.db.migrate().await.unwrap();
    t.db.execute_raw("INSERT INTO cities (slug, name, created_at) VALUES ('c', 'C', 0)")
        .await
        .unwrap();
    t.db.execute_raw(
        "INSERT INTO quarters (city_id, slug, name, created_at) VALUES (1, 'q', 'Q', 0)",
    )
    .await
    .unwrap();
    for u in 1..=3 {
        t.db.execute_raw(&format!(
            "INSERT INTO users (email, password_hash, display_name, created_at) VALUES ('u{u}@x', '', 'U{u}', 0)"
        ))
        .await
        .unwrap();
    }
    t
}

fn draft() -> DialogueDraft {
    DialogueDraft {
        city_id: 1,
        quarter_id: Some(1),
        key: "d1".into(),
        title: "Unser Mühlgraben".into(),
        question: "Was fehlt?".into(),
        categories: vec!["Spielen".into(), "Sauberkeit".into()],
        answer_days: 28,
        phases: vec![PhaseDraft {
            kind: "consult".into(),
            level: "consult".into(),
            title: "Ideen sammeln".into(),
            description: String::new(),
            start_on: "2024-05-01".into(),
            end_on: "2024-06-15".into(),
        }],
        places: vec![("Spielplatz am Wehr".into(), 51.35, 12.40)],
        ..DialogueDraft::default()
    }
}

fn idea(dialogue_id: i64, title: &str, created: i64, channel: &str) -> NewIdea {
    NewIdea {
        dialogue_id,
        title: title.into(),
        text: format!("{title} – Text"),
        category: Some("Spielen".into()),
        lang: "de".into(),
        author_name: "Anna".into(),
        channel: channel.into(),
        status: "new".into(),
        created_at: created,
        ..NewIdea::default()
    }
}

#[tokio::test]
async fn dialogue_ideas_list_sort_and_filter() {
    let t = test_db("list").await;
    let db = &t.db;
    let d = db.insert_dialogue(&draft()).await.unwrap();
    assert!(matches!(
        db.insert_dialogue(&draft()).await,
        Err(DbError::Conflict(_))
    ));
    let dl = db.dialogue(d).await.unwrap().unwrap();
    assert_eq!(dl.category_list(), vec!["Spielen", "Sauberkeit"]);
    assert_eq!(db.dialogue_phases(d).await.unwrap()[0].kind, "consult");
    assert_eq!(db.dialogue_places(d).await.unwrap()[0].lat, 51.35);
    assert_eq!(db.dialogues_of_quarter(1).await.unwrap().len(), 1);

    let mut ids = Vec::new();
    for k in 0..25 {
        let mut i = idea(
            d,
            &format!("Idee {k}"),
            1_000 + k,
            if k % 5 == 0 { "paper" } else { "online" },
        );
        if k == 3 {
            i.point = Some((51.35, 12.4));
        }
        ids.push(db.insert_idea(&i).await.unwrap());
    }
    // Supports: idea 7 by three accounts, idea 2 by one; a second support counts once.
    for u in 1..=3 {
        assert!(db.support_idea(ids[7], u, 5_000).await.unwrap());
    }
    assert!(!db.support_idea(ids[7], 1, 5_001).await.unwrap());
    assert!(db.support_idea(ids[2], 1, 5_000).await.unwrap());
    assert!(db.unsupport_idea(ids[7], 3).await.unwrap());
    assert!(!db.unsupport_idea(ids[7], 3).await.unwrap());

    let page1 = db
        .ideas_page(d, &IdeaQuery::from_pairs([]).unwrap())
        .await
        .unwrap();
    assert_eq!(page1.total, 25);
    assert_eq!(page1.items.len(), 20);
    assert_eq!(page1.items[0].id, ids[24], "newest first");
    let page2 = db
        .ideas_page(d, &IdeaQuery::from_pairs([("page", "2")]).unwrap())
        .await
        .unwrap();
    assert_eq!(page2.items.len(), 5);
    assert_eq!(page2.items[4].id, ids[0]);

    let sup = db
        .ideas_page(
            d,
            &IdeaQuery {
                sort: Sort::MostSupported,
                page: 1,
                ..IdeaQuery::default()
            },
        )
        .await
        .unwrap();
    assert_eq!((sup.items[0].id, sup.items[0].supports), (ids[7], 2));
    assert_eq!(sup.items[1].id, ids[2]);

    let paper = db
        .ideas_page(d, &IdeaQuery::from_pairs([("channel", "paper")]).unwrap())
        .await
        .unwrap();
    assert_eq!(paper.total, 5);
    assert!(paper.items.iter().all(|i| i.channel == "paper"));
    let none = db
        .ideas_page(
            d,
            &IdeaQuery::from_pairs([("category", "Sauberkeit"), ("status", "new")]).unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(none.total, 0);

    let got = db.idea(ids[3]).await.unwrap().unwrap();
    assert_eq!(got.point(), Some((51.35, 12.4)));
    assert_eq!(db.idea(ids[4]).await.unwrap().unwrap().point(), None);
    assert_eq!(db.idea_texts(d).await.unwrap().len(), 25);
    t.close().await;
}

#[tokio::test]
async fn comments_one_reply_level_answers_and_moderation() {
    let t = test_db("comments").await;
    let db = &t.db;
    let d = db.insert_dialogue(&draft()).await.unwrap();
    let a = db
        .insert_idea(&idea(d, "Bänke", 1_000, "online"))
        .await
        .unwrap();
    let b = db
        .insert_idea(&idea(d, "Licht", 2_000, "paper"))
        .await
        .unwrap();
    let c = |parent, text: &str| NewComment {
        idea_id: a,
        parent_id: parent,
        text: text.into(),
        lang: "de".into(),
        author_user_id: Some(2),
        author_name: "U2".into(),
        channel: "online".into(),
        created_at: 3_000,
        ..NewComment::default()
    };
    let top = db.insert_comment(&c(None, "Gute Idee")).await.unwrap();
    let reply = db
        .insert_comment(&c(Some(top), "Finde ich auch"))
        .await
        .unwrap();
    // No reply to a reply, no reply across ideas.
    assert!(matches!(
        db.insert_comment(&c(Some(reply), "x")).await,
        Err(DbError::NotFound)
    ));
    let mut other = c(Some(top), "x");
    other.idea_id = b;
    assert!(matches!(
        db.insert_comment(&other).await,
        Err(DbError::NotFound)
    ));
    assert_eq!(db.idea(a).await.unwrap().unwrap().comments, 2);
    assert_eq!(db.comments_of(a).await.unwrap().len(), 2);
    assert_eq!(db.comments_by_user_since(2, 0).await.unwrap(), 2);

    // Report and hide the reply: it stays with its public reason and is no longer counted.
    let r = db
        .report_contribution(d, a, Some(reply), "beleidigend", Some(3), 3_100)
        .await
        .unwrap();
    assert_eq!(db.open_reports(d).await.unwrap()[0].id, r);
    db.hide_comment(reply, "Beleidigung", 1, 3_200)
        .await
        .unwrap();
    db.hide_comment(reply, "Beleidigung", 1, 3_300)
        .await
        .unwrap();
    assert_eq!(db.idea(a).await.unwrap().unwrap().comments, 1);
    assert!(db.open_reports(d).await.unwrap().is_empty());
    let hidden = db.comment(reply).await.unwrap().unwrap();
    assert_eq!(hidden.hidden_reason.as_deref(), Some("Beleidigung"));

    // Duty to answer: the queue holds both; answering stamps the first answer only.
    assert_eq!(db.unanswered_ideas(d).await.unwrap().len(), 2);
    db.answer_idea(a, "in_review", "Wird geprüft.", Some(1), "QM Ost", 4_000)
        .await
        .unwrap();
    db.answer_idea(a, "accepted", "Kommt mit M13.", Some(1), "QM Ost", 5_000)
        .await
        .unwrap();
    let ia = db.idea(a).await.unwrap().unwrap();
    assert_eq!(
        (ia.status.as_str(), ia.answered_at),
        ("accepted", Some(4_000))
    );
    assert_eq!(db.idea_answers(a).await.unwrap().len(), 2);
    let latest = db.latest_answers(d).await.unwrap();
    assert_eq!(latest.len(), 1);
    assert_eq!(latest[0].text, "Kommt mit M13.");
    let queue = db.unanswered_ideas(d).await.unwrap();
    assert_eq!(queue.iter().map(|q| q.id).collect::<Vec<_>>(), vec![b]);
    assert!(matches!(
        db.answer_idea(999, "accepted", "x", None, "", 1).await,
        Err(DbError::NotFound)
    ));

    db.hide_idea(b, "Werbung", 1, 6_000).await.unwrap();
    assert!(db.idea(b).await.unwrap().unwrap().is_hidden());
    assert!(db.unanswered_ideas(d).await.unwrap().is_empty());
    assert_eq!(db.newest_ideas(d, 5).await.unwrap().len(), 1);

    db.set_follow(a, 2, true, 1).await.unwrap();
    db.set_follow(a, 2, true, 1).await.unwrap();
    assert_eq!(db.idea_followers(a).await.unwrap(), vec![2]);
    assert_eq!(db.idea_relation(a, 2).await.unwrap(), (false, true));
    db.set_follow(a, 2, false, 1).await.unwrap();
    assert!(db.idea_followers(a).await.unwrap().is_empty());

    let counts = db.idea_counts(d).await.unwrap();
    assert_eq!(counts.len(), 2);
    assert_eq!(db.comments_of_dialogue(d).await.unwrap().len(), 2);
    t.close().await;
}

#[tokio::test]
async fn import_preview_and_apply_once() {
    let t = test_db("import").await;
    let db = &t.db;
    let d = db.insert_dialogue(&draft()).await.unwrap();
    let cats = db.dialogue(d).await.unwrap().unwrap().category_list();
    let inside = |_: f64, _: f64| true;
    let ctx = ImportContext {
        categories: &cats,
        inside: &inside,
        limits: Limits::default(),
    };
    let json = r#"{"ideas":[
        {"title":"Bänke","text":"Mehr Bänke","channel":"paper","status":"accepted","answer":"Kommt.","created":"2024-05-10","lat":51.35,"lon":12.4,
         "comments":[{"text":"Ja"},{"text":"Gut","author":"Samir","created":"2024-05-11"}]},
        {"title":"Licht","text":"Dunkel"}
    ]}"#;
    let parse = parse_json(json.as_bytes(), &ctx);
    let meta = |file_name, default_channel, at| NewImport {
        dialogue_id: d,
        user_id: Some(1),
        file_name,
        layout: "json",
        default_channel,
        at,
    };
    assert!(parse.can_apply());
    let imp = db
        .insert_import(&meta("x.json", "event", 10), &parse)
        .await
        .unwrap();
    let row = db.import_row(imp).await.unwrap().unwrap();
    assert_eq!(
        (row.idea_count, row.comment_count, row.can_apply),
        (2, 2, 1)
    );
    assert_eq!(row.ideas().len(), 2);
    let done = db.apply_import(imp, Some(1), "de", 20).await.unwrap();
    assert_eq!(
        done,
        ImportApplied {
            ideas: 2,
            comments: 2
        }
    );
    assert!(matches!(
        db.apply_import(imp, Some(1), "de", 21).await,
        Err(DbError::Conflict(_))
    ));
    let all = db.all_ideas(d).await.unwrap();
    assert_eq!(all.len(), 2);
    let benches = all.iter().find(|i| i.title == "Bänke").unwrap();
    assert_eq!(benches.channel, Channel::Paper.as_str());
    assert_eq!(benches.status, IdeaStatus::Accepted.as_str());
    assert_eq!(benches.comments, 2);
    assert_eq!(benches.answered_at, Some(1_715_299_200));
    assert_eq!(benches.import_id, Some(imp));
    let light = all.iter().find(|i| i.title == "Licht").unwrap();
    assert_eq!((light.channel.as_str(), light.created_at), ("event", 20));

    // A preview with problems is stored but cannot be applied.
    let bad = parse_json(br#"{"ideas":[{"title":""}]}"#, &ctx);
    let imp2 = db
        .insert_import(&meta("bad.json", "paper", 30), &bad)
        .await
        .unwrap();
    assert_eq!(
        db.import_row(imp2)
            .await
            .unwrap()
            .unwrap()
            .problem_list()
            .len(),
        2
    );
    assert!(matches!(
        db.apply_import(imp2, Some(1), "de", 31).await,
        Err(DbError::Conflict(_))
    ));
    assert_eq!(db.all_ideas(d).await.unwrap().len(), 2);
    t.close().await;
}
