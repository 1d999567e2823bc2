//! Participation: the pilot quarter's neighbourhood dialogue from the generator, with its
//! phases (plus an open second round, so that the demo can take new ideas), named
//! places, ideas from every channel, comments, official answers, and the ideas that
//! became measures of the action plan linked both ways.

use quartier_db::Db;
use quartier_db::participation::{DialogueDraft, NewComment, NewIdea, PhaseDraft};
use quartier_demo::{Channel, DemoCity, IdeaStatus, PhaseKind};
use quartier_rules::participation::dates::parse_instant;

fn channel(c: Channel, author: &str) -> &'static str {
    match c {
        Channel::Online => "online",
        Channel::Paper => "paper",
        Channel::PinMap => "pin_map",
        Channel::Event => "event",
        Channel::Phone => "phone",
        // The generator keeps street conversations and event talks together; the author
        // line tells them apart.
        Channel::FaceToFace if author.contains("Sommerfest") || author.contains("erfasst") => {
            "event"
        }
        Channel::FaceToFace => "street",
    }
}

fn status(s: IdeaStatus) -> &'static str {
    match s {
        IdeaStatus::New => "new",
        IdeaStatus::InReview => "in_review",
        IdeaStatus::Accepted => "accepted",
        IdeaStatus::PartlyAccepted => "partly_accepted",
        IdeaStatus::Rejected => "rejected",
        IdeaStatus::Implemented => "implemented",
    }
}

fn phase(k: PhaseKind) -> (&'static str, &'static str) {
    match k {
        PhaseKind::Inform => ("inform", "inform"),
        PhaseKind::Consult => ("consult", "consult"),
        PhaseKind::CoDesign => ("co_design", "co_design"),
        PhaseKind::Decide => ("decide", "decide"),
        PhaseKind::Feedback => ("feedback", "inform"),
    }
}

const PLACE_NAMES: [&str; 6] = [
    "Gemeinschaftsgarten am Wehr",
    "Mühlgrabenweg",
    "Spielplatz am Mühlgraben",
    "Brache Brückenstraße",
    "Wiese am Mühlgraben",
    "Bibliothek",
];

/// Seeds the dialogue of the pilot quarter.
pub(super) async fn seed_dialogue(
    db: &Db,
    city_id: i64,
    city: &DemoCity,
    pilot: i64,
) -> anyhow::Result<()> {
    let d = &city.dialogue;
    let manager = db
        .user_by_email("manager@musterstadt.example")
        .await?
        .map(|u| u.id);
    let plan_measures = match db.plan_of_quarter(pilot).await? {
        Some(p) => db.plan_data(p.id).await?.measures,
        None => Vec::new(),
    };
    let measure_of = |code: &str| plan_measures.iter().find(|m| m.code == code).map(|m| m.id);
    let mut categories: Vec<String> = d.ideas.iter().map(|i| i.category.clone()).collect();
    categories.sort();
    categories.dedup();
    let mut phases: Vec<PhaseDraft> = d
        .phases
        .iter()
        .map(|p| {
            let (kind, level) = phase(p.kind);
            PhaseDraft {
                kind: kind.into(),
                level: level.into(),
                title: p.title.clone(),
                description: p.description.clone(),
                start_on: p.start.clone(),
                end_on: p.end.clone(),
            }
        })
        .collect();
    // A second round of collecting ideas, running from a month before the seed for a year.
    let day = |offset: i64| {
        quartier_rules::participation::dates::date_of(quartier_db::now() + offset * 86_400)
            .map(|d| d.to_string())
            .unwrap_or_default()
    };
    phases.push(PhaseDraft {
        kind: "consult".into(),
        level: "co_design".into(),
        title: "Zweite Runde: weitere Ideen".into(),
        description: "Ideen für die nächsten Maßnahmen, online, auf Papier und an der Stadtteilplane.".into(),
        start_on: day(-30),
        end_on: day(365),
    });
    let places: Vec<(String, f64, f64)> = d
        .ideas
        .iter()
        .filter_map(|i| i.location)
        .zip(PLACE_NAMES)
        .map(|(l, name)| (name.to_string(), l[1], l[0]))
        .collect();
    let measure_ids: Vec<i64> = city
        .action_plan
        .measures
        .iter()
        .filter(|m| !m.idea_ids.is_empty())
        .filter_map(|m| measure_of(&m.id))
        .collect();
    let dialogue_id = db
        .insert_dialogue(&DialogueDraft {
            city_id,
            quarter_id: Some(pilot),
            key: d.id.clone(),
            title: d.title.clone(),
            question: "Wie soll der Grünzug am Mühlgraben aussehen, und was fehlt im Quartier?".into(),
            description: d.description.clone(),
            can_decide: "Welche Ideen in den Aktionsplan und in den Verfügungsfonds gehen, und in welcher Reihenfolge.".into(),
            cannot_decide: "Verkehrsregeln, Buslinien und Vorhaben anderer Ämter; solche Ideen werden weitergeleitet und beantwortet.".into(),
            categories,
            answer_days: 28,
            responsible_user_id: manager,
            responsible_text: "Aylin Kaya, Quartiersmanagement Mühlgraben".into(),
            phases,
            places,
            measure_ids,
        })
        .await?;
    let mut rows = Vec::with_capacity(d.ideas.len());
    for i in &d.ideas {
        let ch = channel(i.channel, &i.author);
        let created = parse_instant(&i.created).unwrap_or(0) + 10 * 3600;
        let id = db
            .insert_idea(&NewIdea {
                dialogue_id,
                title: i.title.clone(),
                text: i.text.clone(),
                category: Some(i.category.clone()),
                lang: i.language.clone(),
                photo: None,
                point: i.location.map(|l| (l[1], l[0])),
                author_user_id: None,
                author_name: i.author.clone(),
                channel: ch.into(),
                recorded_by: if ch == "online" { None } else { manager },
                event: String::new(),
                status: status(i.status).into(),
                created_at: created,
            })
            .await?;
        db.add_recorded_supports(id, i64::from(i.supporters))
            .await?;
        if let Some(a) = &i.answer {
            db.answer_idea(
                id,
                status(i.status),
                a,
                manager,
                "Aylin Kaya (Quartiersmanagement Mühlgraben)",
                created + 14 * 86_400,
            )
            .await?;
        }
        rows.push((i.id.clone(), id));
    }
    for m in &city.action_plan.measures {
        let Some(mid) = measure_of(&m.id) else {
            continue;
        };
        for key in &m.idea_ids {
            if let Some((_, id)) = rows.iter().find(|(k, _)| k == key) {
                db.set_idea_measure(*id, Some(mid)).await?;
            }
        }
    }
    for c in &d.comments {
        let Some((_, idea_id)) = rows.iter().find(|(k, _)| *k == c.idea_id) else {
            continue;
        };
        let ch = channel(c.channel, &c.author);
        db.insert_comment(&NewComment {
            idea_id: *idea_id,
            parent_id: None,
            text: c.text.clone(),
            lang: c.language.clone(),
            author_user_id: None,
            author_name: c.author.clone(),
            channel: ch.into(),
            recorded_by: if ch == "online" { None } else { manager },
            created_at: parse_instant(&c.created).unwrap_or(0),
        })
        .await?;
    }
    Ok(())
}
