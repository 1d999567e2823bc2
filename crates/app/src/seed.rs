//! Loads the fictional demo city "Musterstadt" into an empty database.

use anyhow::Context;
use quartier_db::Db;
use quartier_db::accounts::{NewUser, Role};
use quartier_db::city::NewIndicator;
use quartier_demo::{DemoCity, Polarity};

/// Slug of the demo city.
pub const DEMO_SLUG: &str = "musterstadt";

/// Inserts Musterstadt unless it is there already; returns the demo city.
pub async fn demo(db: &Db) -> anyhow::Result<DemoCity> {
    let city = quartier_demo::musterstadt();
    if db.city_by_slug(DEMO_SLUG).await?.is_some() {
        return Ok(city);
    }
    let city_id = db.create_city(DEMO_SLUG, &city.name, true).await?;
    let areas: Vec<(String, String, Option<String>, Option<String>)> = city
        .areas
        .iter()
        .map(|a| {
            let district = city
                .districts
                .iter()
                .find(|d| d.id == a.district_id)
                .map(|d| d.name.clone());
            let geometry = quartier_demo::multipolygon_json(&a.geometry).to_string();
            (a.id.clone(), a.name.clone(), district, Some(geometry))
        })
        .collect();
    let area_ids = db.insert_areas(city_id, &areas).await?;
    let area_row = |key: &str| {
        city.areas
            .iter()
            .position(|a| a.id == key)
            .and_then(|i| area_ids.get(i).copied())
    };
    let mut rows = Vec::with_capacity(city.values.len());
    for ind in &city.indicators {
        let id = db
            .create_indicator(
                city_id,
                NewIndicator {
                    key: &ind.key,
                    name_de: &ind.name_de,
                    name_en: &ind.name_en,
                    unit: &ind.unit,
                    polarity: match ind.polarity {
                        Polarity::HigherIsWorse => "need",
                        Polarity::HigherIsBetter => "less",
                        Polarity::Neutral => "neutral",
                    },
                    source: &ind.source,
                },
            )
            .await?;
        for v in city.values.iter().filter(|v| v.indicator == ind.key) {
            if let Some(area) = area_row(&v.area_id) {
                rows.push((id, area, i64::from(v.year), Some(v.value)));
            }
        }
    }
    db.insert_indicator_values(&rows).await?;
    let mut quarter_rows = Vec::new();
    for q in &city.quarters {
        let ids: Vec<i64> = q.area_ids.iter().filter_map(|k| area_row(k)).collect();
        let qid = db
            .create_quarter(city_id, &q.id, &q.name, &q.description, &ids)
            .await?;
        quarter_rows.push(qid);
    }
    let pilot = quarter_rows.first().copied().unwrap_or(0);
    let quarter_of = |slug: &str| {
        city.quarters
            .iter()
            .position(|q| q.id == slug)
            .and_then(|i| quarter_rows.get(i).copied())
    };
    seed_actors(db, city_id, &city, &quarter_of).await?;
    for acc in &city.accounts {
        let hash = quartier_web::password::hash(&acc.password)
            .map_err(|e| anyhow::anyhow!("hashing demo password: {e}"))?;
        let uid = db
            .create_user(NewUser {
                email: &acc.email,
                password_hash: &hash,
                display_name: &acc.display_name,
                lang: "de",
                verified: true,
            })
            .await
            .with_context(|| format!("creating demo account {}", acc.email))?;
        let role = Role::parse(&acc.role).unwrap_or(Role::Resident);
        // Neighbourhood managers, actors and jury members work in the pilot quarter.
        let scope = match role {
            Role::Manager | Role::Actor | Role::Jury => pilot,
            _ => 0,
        };
        db.grant_role(uid, city_id, scope, role).await?;
        if role != Role::Resident {
            db.grant_role(uid, city_id, 0, Role::Resident).await?;
        }
    }
    seed_civic(db, &city, &quarter_rows).await?;
    seed_decision(db, city_id, &city).await?;
    seed_programme_areas(db, city_id, &city).await?;
    seed_indices(db, city_id, &city).await?;
    db.audit(
        None,
        "system",
        "demo.seed",
        "city:musterstadt",
        "fictional demo city loaded",
    )
    .await?;
    Ok(city)
}

/// Stores the demo actors of each quarter.
async fn seed_actors(
    db: &Db,
    city_id: i64,
    city: &DemoCity,
    quarter_of: &dyn Fn(&str) -> Option<i64>,
) -> anyhow::Result<()> {
    for a in &city.actors {
        let Some(qid) = quarter_of(&a.quarter_id) else {
            continue;
        };
        let draft = quartier_db::actors::ActorDraft {
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

/// Loads the demo's existing funding areas through the dataset import (version 1, applied),
/// as a city would upload its programme areas.
async fn seed_programme_areas(db: &Db, city_id: i64, city: &DemoCity) -> anyhow::Result<()> {
    let features: Vec<serde_json::Value> = city
        .funding_areas
        .iter()
        .map(|f| {
            serde_json::json!({
                "type": "Feature",
                "properties": {"id": f.id, "name": f.name, "programme": f.programme, "since_year": f.since_year},
                "geometry": quartier_demo::multipolygon_json(&f.geometry),
            })
        })
        .collect();
    let doc = serde_json::json!({"type": "FeatureCollection", "features": features}).to_string();
    let files = vec![("foerdergebiete.geojson".to_string(), doc.into_bytes())];
    let settings = quartier_web::datasets::Settings {
        key_field: "id".into(),
        name_field: "name".into(),
        ..Default::default()
    };
    let parsed = quartier_web::datasets::parse(
        "programme_areas",
        &files,
        &settings,
        &[],
        &Default::default(),
    );
    let quartier_web::datasets::Content::Areas(rows) = parsed.content else {
        anyhow::bail!("demo programme areas: no areas read");
    };
    anyhow::ensure!(
        parsed.summary.can_apply(),
        "demo programme areas: {:?}",
        parsed.summary.problems
    );
    let by = "analyst@musterstadt.example";
    let (id, _) = db
        .create_dataset(
            city_id,
            &quartier_db::datasets::NewDataset {
                kind: "programme_areas",
                title: "Fördergebiete (fiktiv)",
                settings: &serde_json::to_string(&settings)?,
                summary: &serde_json::to_string(&parsed.summary)?,
                error_count: 0,
                warning_count: parsed.summary.warnings() as i64,
                source: "Musterstadt, Amt für Stadterneuerung (fiktiv)",
                licence: "CC0 (fiktive Daten)",
            },
            &files,
            by,
        )
        .await?;
    db.apply_programme_areas(city_id, id, &rows, by).await?;
    Ok(())
}

/// Key of the demo's recorded pilot decision.
pub const DEMO_DECISION: &str = "pilotgebiet-demo";

/// Records the demo's pilot decision: the top-ranked areas as candidates, the pilot
/// quarter's areas as the choice, with a rationale.
async fn seed_decision(db: &Db, city_id: i64, city: &DemoCity) -> anyhow::Result<()> {
    let table = quartier_web::need::ranking(db, city_id, &[]).await?;
    let mut ranked: Vec<_> = table.rows.iter().filter(|r| r.rank.is_some()).collect();
    ranked.sort_by_key(|r| r.rank);
    let chosen: Vec<String> = city
        .quarters
        .first()
        .map(|q| q.area_ids.clone())
        .unwrap_or_default();
    let mut candidates: Vec<String> = ranked
        .iter()
        .take(6)
        .map(|r| r.area.area_key.clone())
        .collect();
    for c in &chosen {
        if !candidates.contains(c) {
            candidates.push(c.clone());
        }
    }
    let criteria: Vec<(String, f64)> = table
        .indicators
        .iter()
        .map(|i| (i.ind_key.clone(), 1.0))
        .collect();
    let draft = quartier_db::decisions::DecisionDraft {
        title: "Auswahl des Pilotgebiets für Initiativmanagement".into(),
        candidates: serde_json::to_string(&candidates)?,
        criteria: serde_json::to_string(&criteria)?,
        chosen: serde_json::to_string(&chosen)?,
        rationale: "Das Mühlenviertel gehört im Bedarfsindex durchgängig zu den Gebieten mit dem höchsten \
            Unterstützungsbedarf (hohe Kinderarmut und SGB-II-Quote), und seine Rangposition bleibt über alle \
            Varianten der Gewichtung stabil.\n\nAnders als die Östliche Vorstadt und Lerchenberg liegt es in \
            keiner Förderkulisse; es gibt aktive Initiativen, aber kein Quartiersmanagement. Hier kann \
            Initiativmanagement mit wenig Geld am meisten bewirken. (Fiktives Beispiel.)"
            .into(),
        decision_body: "Stadtrat Musterstadt (fiktiv)".into(),
        decided_on: "2024-06-20".into(),
        council_link: String::new(),
        published: true,
    };
    db.save_decision(city_id, DEMO_DECISION, &draft, "lead@musterstadt.example")
        .await?;
    Ok(())
}

/// Key of the demo's MSS-preset index configuration.
pub const DEMO_MSS_INDEX: &str = "mss-musterstadt";
/// Key of the demo's custom composite index configuration.
pub const DEMO_COMPOSITE_INDEX: &str = "familien-bedarf";

/// Two stored index configurations with computed results: the Berlin MSS preset
/// mapped onto the demo indicators and a custom composite for families.
async fn seed_indices(db: &Db, city_id: i64, city: &DemoCity) -> anyhow::Result<()> {
    use quartier_web::need::configs::{
        IndexSpec, MSS_MIN_POPULATION, MSS_PERIOD, MssRoles, WeightedIndicator, compute_and_store,
    };
    let year = city.years.last().map(|y| i64::from(*y)).unwrap_or(2024);
    let four: Vec<String> = [
        "unemployment",
        "long_term_unemployment",
        "sgb2",
        "child_poverty",
    ]
    .map(String::from)
    .to_vec();
    let mss = IndexSpec {
        indicators: four
            .iter()
            .map(|k| WeightedIndicator {
                key: k.clone(),
                weight: 1.0,
            })
            .collect(),
        normalisation: "zscore".into(),
        aggregation: "arithmetic".into(),
        year,
        mss: Some(MssRoles {
            status: four.clone(),
            dynamics: four,
            period: MSS_PERIOD,
            population: Some("pop_total".into()),
            min_population: MSS_MIN_POPULATION,
            dynamics_given: false,
            exclude: Vec::new(),
        }),
    };
    let by = "analyst@musterstadt.example";
    compute_and_store(
        db,
        city_id,
        DEMO_MSS_INDEX,
        "Monitoring Soziale Stadtentwicklung (MSS-Verfahren)",
        "mss",
        &mss,
        by,
    )
    .await?;
    let weighted = [
        ("child_poverty", 2.0),
        ("single_parents", 1.0),
        ("sgb2", 1.0),
        ("income_median", 1.0),
    ];
    let composite = IndexSpec {
        indicators: weighted
            .iter()
            .map(|(k, w)| WeightedIndicator {
                key: (*k).to_string(),
                weight: *w,
            })
            .collect(),
        normalisation: "minmax".into(),
        aggregation: "arithmetic".into(),
        year,
        mss: None,
    };
    compute_and_store(
        db,
        city_id,
        DEMO_COMPOSITE_INDEX,
        "Bedarfsindex Kinder und Familien",
        "composite",
        &composite,
        by,
    )
    .await?;
    Ok(())
}
/// Offers, needs, cooperation links and calendar events of the demo actors; the demo
/// actor account represents the Arabic parents' association (a09).
async fn seed_civic(db: &Db, city: &DemoCity, quarter_rows: &[i64]) -> anyhow::Result<()> {
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
