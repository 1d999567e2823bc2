//! Seeds the generator's Lernwerkstatt: a series rotating between the two
//! Musterstadt quarters, the held session with its participants (including a
//! guest team from another city), case presentations, minutes and follow-up
//! tasks, the next session with invitations, and two instrument profiles with
//! typed preconditions and their use in the pilot.

use quartier_db::Db;
use quartier_db::lernwerkstatt::workshops::{NewCase, NewSession};
use quartier_demo::DemoCity;
use quartier_rules::lernwerkstatt::{Precondition, Profile, Resources, Step, next_host};

/// The quarter whose team a name like "Stadtteilbüro Lerchenberg" refers to.
fn team_quarter(city: &DemoCity, rows: &[i64], team: &str) -> Option<i64> {
    let team = team.to_lowercase();
    city.quarters.iter().zip(rows).find_map(|(q, id)| {
        let last = q
            .name
            .split_whitespace()
            .last()
            .unwrap_or(&q.name)
            .to_lowercase();
        team.contains(&last).then_some(*id)
    })
}

fn profiles() -> [(&'static str, Profile); 2] {
    [
        (
            "stadtteilplane",
            Profile {
                name: "Stadtteilplane".into(),
                purpose: "Menschen erreichen, die an Online-Umfragen nicht teilnehmen: eine große Bodenkarte mit Klebepunkten an Orten mit Laufpublikum, Papierbögen in mehreren Sprachen.".into(),
                step: Step::GroupsReached,
                evidence: "Mühlenviertel 2024: 212 von 340 Beiträgen über analoge Kanäle, 38 % nicht auf Deutsch; Anteil der Familien unter den Beitragenden von 12 % auf 41 %.".into(),
                resources: Resources { staff_hours_per_year: 60.0, euros_per_year: 600.0 },
                preconditions: vec![
                    Precondition::NeighbourhoodTeam,
                    Precondition::MinActiveActors { count: 5 },
                    Precondition::Premises { description: "Sechs Orte mit Laufpublikum (Schule, Kita, Spielplatz, Bibliothek, Fest)".into() },
                    Precondition::Languages { languages: vec!["ar".into(), "tr".into(), "uk".into(), "ru".into()] },
                    Precondition::FreeText { text: "Acht Ehrenamtliche oder Kulturdolmetscher:innen für Gespräche und Erfassung".into() },
                ],
                core_elements: vec!["Bodenkarte mit Klebepunkten".into(), "Erfassung jedes Beitrags mit Kanal".into(), "Antworten dort aushängen, wo gesammelt wurde".into()],
                adaptable_elements: vec!["Orte und Termine".into(), "Sprachen der Papierbögen".into()],
                templates: vec!["Papierbogen (5 Sprachen).pdf".into(), "Erfassungstabelle.xlsx".into()],
            },
        ),
        (
            "antragswerkstatt",
            Profile {
                name: "Antragswerkstatt vor dem Stichtag".into(),
                purpose: "Formale Fehler in Anträgen an den Verfügungsfonds senken und kleine Initiativen zum ersten Antrag ermutigen.".into(),
                step: Step::GroupsAccept,
                evidence: "Östliche Vorstadt: formale Fehler von rund 40 % auf etwa 10 %, mehr Erstantragstellende.".into(),
                resources: Resources { staff_hours_per_year: 16.0, euros_per_year: 0.0 },
                preconditions: vec![
                    Precondition::Fund { min_euros_per_year: Some(5000.0) },
                    Precondition::Premises { description: "Raum mit Laptop und Drucker".into() },
                    Precondition::PoliticalBacking { body: "Fondsrichtlinie mit festen Stichtagen".into() },
                ],
                core_elements: vec!["Offener Termin zwei Wochen vor jedem Stichtag".into(), "Prüfliste".into()],
                adaptable_elements: vec!["Uhrzeit und Ort".into()],
                templates: vec!["Prüfliste Fondsantrag.pdf".into()],
            },
        ),
    ]
}

/// Seeds the Lernwerkstatt of the demo city.
pub async fn seed_lernwerkstatt(
    db: &Db,
    city_id: i64,
    city: &DemoCity,
    rows: &[i64],
) -> anyhow::Result<()> {
    let w = &city.learning_workshop;
    let now = quartier_db::now();
    let host = city
        .quarters
        .iter()
        .position(|q| q.id == w.host_quarter_id)
        .and_then(|i| rows.get(i).copied());
    let series = db
        .create_workshop_series(
            city_id,
            "Lernwerkstatt Quartiersarbeit",
            "Vier Treffen im Jahr, reihum bei den Quartiersteams.",
            rows,
            now,
        )
        .await?;
    let host_name = |q: Option<i64>| {
        q.and_then(|q| rows.iter().position(|r| *r == q))
            .and_then(|i| city.quarters.get(i))
            .map(|q| format!("Quartiersmanagement {}", q.name))
            .unwrap_or_default()
    };
    let sid = db
        .create_workshop_session(
            &NewSession {
                series_id: Some(series),
                city_id,
                title: &w.title,
                held_on: &w.date,
                host_quarter_id: host,
                host_name: &host_name(host),
                place: &w.venue,
                online_link: "",
                agenda: &w.agenda,
            },
            now,
        )
        .await?;
    for team in &w.participants {
        let q = team_quarter(city, rows, team);
        db.add_workshop_participant(sid, q, team, None, "", "attended", now)
            .await?;
    }
    for c in &w.cases {
        let case = NewCase {
            quarter_id: team_quarter(city, rows, &c.presenter),
            title: &c.title,
            presenter: &c.presenter,
            problem: &c.problem,
            approach: &c.approach,
            resources: &c.resources,
            result: &c.result,
            lessons: &c.lessons,
        };
        db.add_workshop_case(sid, &case, now).await?;
    }
    db.save_workshop_minutes(sid, &w.minutes, false, now)
        .await?;
    for d in w
        .minutes
        .split(". ")
        .filter(|s| s.contains("übernimmt") || s.contains("soll"))
    {
        db.add_workshop_decision(sid, d.trim().trim_end_matches('.'), now)
            .await?;
    }
    for t in &w.follow_ups {
        db.add_workshop_task(sid, &t.task, &t.responsible, &t.due, "open", now)
            .await?;
    }
    // The next session, at the next host of the rotation, with the teams invited.
    let next = next_host(rows, host);
    let agenda = vec![
        "Rückblick auf die Folgeaufgaben der 3. Lernwerkstatt".to_string(),
        "Fallvorstellung: Papierbögen und Kanal-Erfassung im Lerchenberg-Dialog".to_string(),
        "Steckbriefe der Instrumentenbibliothek gemeinsam prüfen".to_string(),
    ];
    let next_id = db
        .create_workshop_session(
            &NewSession {
                series_id: Some(series),
                city_id,
                title: "4. Lernwerkstatt Quartiersarbeit: Was wir übertragen haben",
                held_on: "2025-03-20",
                host_quarter_id: next,
                host_name: &host_name(next),
                place: "Stadtteilbüro, Musterstadt",
                online_link: "https://meet.example.org/lernwerkstatt-4",
                agenda: &agenda,
            },
            now,
        )
        .await?;
    for team in w
        .participants
        .iter()
        .filter(|t| team_quarter(city, rows, t).is_some() || t.contains("Gast"))
    {
        db.add_workshop_participant(
            next_id,
            team_quarter(city, rows, team),
            team,
            None,
            "",
            "invited",
            now,
        )
        .await?;
    }
    for (slug, p) in profiles() {
        p.validate()
            .map_err(|e| anyhow::anyhow!("demo instrument {slug}: {e}"))?;
        let id = db.create_instrument(slug, host, &p, "demo", now).await?;
        if slug == "stadtteilplane"
            && let Some(h) = host
        {
            db.add_instrument_use(
                id,
                h,
                "2024-05-01",
                "212 von 340 Beiträgen analog, 38 % nicht auf Deutsch.",
                now,
            )
            .await?;
        }
    }
    Ok(())
}
