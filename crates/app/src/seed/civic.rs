//! Demo seeding of the civic module: actors, offers, needs, links, events.

use quartier_db::Db;
use quartier_demo::DemoCity;

/// Stores the demo actors of each quarter.
pub(super) async fn seed_actors(
    db: &Db,
    city_id: i64,
    city: &DemoCity,
    quarter_of: &dyn Fn(&str) -> Option<i64>,
) -> anyhow::Result<()> {
    for a in &city.actors {
        let Some(qid) = quarter_of(&a.quarter_id) else {
            continue;
        };
        let draft = quartier_db::civic::actors::ActorDraft {
            actor_key: a.id.clone(),
            name: a.name.clone(),
            kind: serde_json::to_value(a.kind)?
                .as_str()
                .unwrap_or("association")
                .to_string(),
            description: a.description.clone(),
            address: a.address.clone(),
            lon: Some(a.location[0]),
            lat: Some(a.location[1]),
            languages: serde_json::to_string(&a.languages)?,
            target_groups: serde_json::to_string(&a.target_groups)?,
            opening_hours: a.opening_hours.clone(),
            email: a.email.clone(),
            barrier_free: a.barrier_free,
            public_fields: r#"["name","kind","description","address","location","languages","target_groups","opening_hours","email","accessibility"]"#.into(),
            published: true,
            ..Default::default()
        };
        db.insert_actor(city_id, qid, &draft).await?;
    }
    Ok(())
}

/// Offers, needs, cooperation links and calendar events of the demo actors; the demo
/// actor account represents the Arabic parents' association (a09).
pub(super) async fn seed_civic(
    db: &Db,
    city: &DemoCity,
    quarter_rows: &[i64],
) -> anyhow::Result<()> {
    use quartier_db::civic::{EventDraft, ItemDraft, Side};
    let mut actors = Vec::new();
    for &q in quarter_rows {
        actors.extend(db.actors_in_quarter(q).await?);
    }
    let by_key = |k: &str| actors.iter().find(|a| a.actor_key == k);
    let kind_of = |k: quartier_demo::OfferKind| {
        serde_json::to_value(k)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_else(|| "meeting".into())
    };
    let is_language = |t: &str| t.contains("Deutsch") || t.contains("Sprach");
    let easy_course = "Hier lernen Sie Deutsch. Der Kurs kostet nichts. Ihre Kinder können mitkommen. Jemand passt auf die Kinder auf.";
    for o in &city.offers {
        let Some(a) = by_key(&o.actor_id) else {
            continue;
        };
        let category = if is_language(&o.title_de) {
            "language".to_string()
        } else {
            kind_of(o.kind)
        };
        let draft = ItemDraft {
            category,
            title: o.title_de.clone(),
            title_en: o.title_en.clone(),
            description: o.description.clone(),
            description_easy: if o.title_de.starts_with("Deutschkurs") {
                easy_course.into()
            } else {
                String::new()
            },
            languages: serde_json::to_string(&o.languages)?,
            target_groups: serde_json::to_string(&o.target_groups)?,
            schedule: o.schedule.clone(),
            cost: if o.free { "free" } else { "low" }.into(),
            place: a.address.clone(),
            lon: a.lon,
            lat: a.lat,
            published: true,
        };
        db.insert_item(Side::Offer, a, &draft).await?;
    }
    for n in &city.needs {
        let Some(a) = by_key(&n.actor_id) else {
            continue;
        };
        let draft = ItemDraft {
            category: if is_language(&n.title_de) {
                "language".into()
            } else {
                kind_of(n.kind)
            },
            title: n.title_de.clone(),
            title_en: n.title_en.clone(),
            description: n.description.clone(),
            languages: a.languages.clone(),
            target_groups: a.target_groups.clone(),
            cost: "free".into(),
            place: a.address.clone(),
            lon: a.lon,
            lat: a.lat,
            published: true,
            ..Default::default()
        };
        db.insert_item(Side::Need, a, &draft).await?;
    }
    for c in &city.cooperations {
        let (Some(a), Some(b)) = (by_key(&c.actor_a), by_key(&c.actor_b)) else {
            continue;
        };
        if a.quarter_id != b.quarter_id {
            continue;
        }
        db.insert_link(
            a.quarter_id,
            a.id,
            b.id,
            &c.kind,
            "",
            i64::from(c.since_year),
        )
        .await?;
    }
    if let Some(a) = by_key("a09") {
        db.set_actor_easy(
            a.id,
            "Wir sind ein Verein von arabischen Familien. Wir helfen Eltern. Wir gehen mit Ihnen zu Ämtern.",
        )
        .await?;
        if let Some(u) = db.user_by_email("actor@musterstadt.example").await? {
            db.add_actor_member(a.id, u.id).await?;
        }
    }
    // Events in the coming weeks, relative to the first day of the current month, so the
    // calendar always shows something. The first belongs to a09 (the demo actor account).
    let today = quartier_db::now();
    let month_start = today - today.rem_euclid(86_400) - 86_400 * (day_of_month(today) - 1);
    let events: [(&str, &str, &str, i64, i64); 6] = [
        (
            "a09",
            "Elternabend: Schule in Deutschland",
            "Färberstraße 19, 99999 Musterstadt",
            6,
            16,
        ),
        (
            "a01",
            "Akteurswerkstatt Mühlenviertel",
            "Mühlgrabenstraße 14, 99999 Musterstadt",
            9,
            15,
        ),
        (
            "a02",
            "Hoffest im Mühlenviertel",
            "Färberstraße 3, 99999 Musterstadt",
            13,
            12,
        ),
        (
            "a10",
            "Sprachcafé Spezial: Feste feiern",
            "Brückenstraße 11, 99999 Musterstadt",
            20,
            16,
        ),
        (
            "a03",
            "Pflanztag am Mühlgraben",
            "Am Wehr 1, 99999 Musterstadt",
            27,
            9,
        ),
        (
            "a01",
            "Sprechstunde Verfügungsfonds",
            "Mühlgrabenstraße 14, 99999 Musterstadt",
            36,
            14,
        ),
    ];
    for (i, (key, title, place, day, hour)) in events.iter().enumerate() {
        let Some(a) = by_key(key) else {
            continue;
        };
        let starts_at = month_start + day * 86_400 + hour * 3600;
        let draft = EventDraft {
            actor_id: Some(a.id),
            title: (*title).to_string(),
            description: format!("{} lädt ein. (Fiktives Beispiel.)", a.name),
            place: (*place).to_string(),
            starts_at,
            ends_at: starts_at + 2 * 3600,
        };
        db.insert_event(
            a.city_id,
            a.quarter_id,
            &draft,
            &format!("demo-event-{}@musterstadt.example", i + 1),
        )
        .await?;
    }
    Ok(())
}

/// Day of the month (1–31) of a Unix time (UTC), by the civil-from-days algorithm.
fn day_of_month(secs: i64) -> i64 {
    let z = secs.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    doy - (153 * mp + 2) / 5 + 1
}
