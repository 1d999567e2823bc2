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
                    licence: "CC0 (fiktive Daten)",
                    definition: &ind.definition_de,
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
    seed_plan(db, &city, pilot).await?;
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
/// Unix seconds at 10:00 UTC of `YYYY-MM-DD` (or `YYYY-MM`, the first).
fn plan_ts(date: &str) -> i64 {
    let mut p = date.split('-').map(|x| x.parse::<i64>().unwrap_or(1));
    let (y, m, d) = (
        p.next().unwrap_or(1970),
        p.next().unwrap_or(1),
        p.next().unwrap_or(1),
    );
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let days = era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468;
    days * 86_400 + 36_000
}

/// `YYYY-MM` → last day of that month.
fn plan_month_end(ym: &str) -> String {
    let mut p = ym.split('-').map(|x| x.parse::<u32>().unwrap_or(1));
    let (y, m) = (p.next().unwrap_or(1970), p.next().unwrap_or(1));
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let d = match m {
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 31,
    };
    format!("{y:04}-{m:02}-{d:02}")
}

/// Seeds the pilot quarter's action plan from `city.action_plan`, replaying a
/// plausible history: the plan decided on its date, status changes at the
/// measures' start and end dates, indicator actuals over time, milestones, a
/// cost update and a blocked measure — so that history and comparison show
/// something.
async fn seed_plan(db: &Db, city: &DemoCity, pilot: i64) -> anyhow::Result<()> {
    use quartier_db::plan::{FieldDraft, GoalDraft, IndicatorDraft, MeasureDraft, Progress};
    use quartier_demo::{GoalLevel, IndicatorLevel, MeasureStatus};
    let ap = &city.action_plan;
    let by = "manager@musterstadt.example";
    let t0_date = ap.decided_on.clone();
    let t0 = plan_ts(&t0_date);
    let now = quartier_db::now();
    let plan_id = db.save_plan(pilot, &ap.title, true, by, t0).await?;
    let mut field_ids = std::collections::HashMap::new();
    for f in &ap.fields {
        let id = db
            .insert_plan_field(
                plan_id,
                &FieldDraft {
                    code: f.id.clone(),
                    name: f.name_de.clone(),
                    description: String::new(),
                },
                by,
                t0,
            )
            .await?;
        field_ids.insert(f.id.clone(), id);
    }
    let mut goal_ids = std::collections::HashMap::new();
    for g in &ap.goals {
        let Some(&fid) = field_ids.get(&g.field_id) else {
            continue;
        };
        let id = db
            .insert_plan_goal(
                plan_id,
                &GoalDraft {
                    field_id: fid,
                    parent_id: g.parent_id.as_ref().and_then(|p| goal_ids.get(p).copied()),
                    level: match g.level {
                        GoalLevel::Leitziel => "leitziel",
                        GoalLevel::Handlungsziel => "handlungsziel",
                    }
                    .into(),
                    code: g.id.clone(),
                    text: g.text.clone(),
                },
                by,
                t0,
            )
            .await?;
        goal_ids.insert(g.id.clone(), id);
    }
    let actors = db.actors_in_quarter(pilot).await?;
    let actor_row = |key: &str| actors.iter().find(|a| a.actor_key == key).map(|a| a.id);
    let actor_name = |key: &str| {
        city.actors
            .iter()
            .find(|a| a.id == key)
            .map(|a| a.name.clone())
            .unwrap_or_default()
    };
    let status_key = |s: MeasureStatus| match s {
        MeasureStatus::Idea => "idea",
        MeasureStatus::Planned => "planned",
        MeasureStatus::Running => "running",
        MeasureStatus::Done => "done",
        MeasureStatus::Permanent => "permanent",
        MeasureStatus::Dropped => "dropped",
    };
    for m in &ap.measures {
        let start = format!("{}-01", m.start);
        let end = m.end.as_deref().map(plan_month_end).unwrap_or_default();
        let started = plan_ts(&start) <= t0;
        let ended = !end.is_empty() && plan_ts(&end) <= t0;
        let final_status = status_key(m.status);
        let initial = match m.status {
            MeasureStatus::Idea => "idea",
            MeasureStatus::Planned => "planned",
            MeasureStatus::Done | MeasureStatus::Dropped if ended => final_status,
            _ if started => "running",
            _ => "planned",
        };
        let mut draft = MeasureDraft {
            field_id: m
                .field_ids
                .first()
                .and_then(|f| field_ids.get(f).copied())
                .unwrap_or(0),
            goal_id: m.goal_ids.first().and_then(|g| goal_ids.get(g).copied()),
            code: m.id.clone(),
            title: m.title_de.clone(),
            description: m.description.clone(),
            lead_actor_id: actor_row(&m.lead_actor_id),
            lead_text: if actor_row(&m.lead_actor_id).is_some() {
                String::new()
            } else {
                actor_name(&m.lead_actor_id)
            },
            partner_ids: m
                .partner_actor_ids
                .iter()
                .filter_map(|p| actor_row(p))
                .collect(),
            target_groups: m.target_groups.clone(),
            place: m.place.clone(),
            cost_eur: Some(m.cost_estimate_eur),
            funding: m.funding_source.clone(),
            funding_secured: m.funding_secured,
            start_on: start.clone(),
            end_on: end.clone(),
            priority: i64::from(m.priority),
            status: initial.into(),
            blocked: false,
            status_note: String::new(),
        };
        // One recorded cost revision: the lighting was first estimated lower.
        let revised_cost = m.id == "M13";
        if revised_cost {
            draft.cost_eur = Some(m.cost_estimate_eur - 15_000.0);
        }
        let inds: Vec<IndicatorDraft> = m
            .indicators
            .iter()
            .map(|i| IndicatorDraft {
                id: None,
                name: i.name.clone(),
                level: match i.level {
                    IndicatorLevel::Output => "output",
                    IndicatorLevel::Outcome => "outcome",
                }
                .into(),
                unit: i.unit.clone(),
                baseline: i.baseline,
                target: i.target,
            })
            .collect();
        let mid = db
            .save_plan_measure(plan_id, None, &draft, &inds, by, t0)
            .await?;
        // Events after the plan was decided, replayed in date order.
        let mut events: Vec<(String, Progress)> = Vec::new();
        let status_event = |s: &str| Progress {
            actual: None,
            status: Some((s.to_string(), false, String::new())),
        };
        if initial == "planned" && matches!(final_status, "running" | "done" | "permanent") {
            events.push((start.clone(), status_event("running")));
        }
        if final_status != initial && final_status != "running" {
            let when = match m.status {
                MeasureStatus::Permanent => "2024-01-15".to_string(),
                _ if !end.is_empty() => end.clone(),
                _ => "2025-06-30".to_string(),
            };
            events.push((when, status_event(final_status)));
        }
        let data = db.plan_data(plan_id).await?;
        let ind_rows: Vec<_> = data.indicators_of(mid).cloned().collect();
        for (row, i) in ind_rows.iter().zip(&m.indicators) {
            let Some(actual) = i.actual else { continue };
            let last = if !end.is_empty() && end.as_str() < "2025-09-30" && plan_ts(&end) > t0 {
                end.clone()
            } else if !end.is_empty() && plan_ts(&end) <= t0 {
                t0_date.clone()
            } else {
                "2025-09-30".to_string()
            };
            if plan_ts(&last) - t0 > 120 * 86_400 {
                let mid_value = (i.baseline + (actual - i.baseline) * 0.5).round();
                events.push((
                    "2024-09-30".to_string().min(last.clone()),
                    Progress {
                        actual: Some((
                            row.id,
                            mid_value,
                            "2024-09-30".to_string().min(last.clone()),
                            "Zwischenstand".into(),
                        )),
                        status: None,
                    },
                ));
            }
            events.push((
                last.clone(),
                Progress {
                    actual: Some((row.id, actual, last.clone(), String::new())),
                    status: None,
                },
            ));
        }
        events.sort_by(|a, b| a.0.cmp(&b.0));
        for (when, p) in &events {
            let ts = plan_ts(when).max(t0 + 60).min(now);
            db.record_plan_progress(mid, p, by, ts).await?;
        }
        if revised_cost {
            draft.cost_eur = Some(m.cost_estimate_eur);
            draft.status = final_status.into();
            let data = db.plan_data(plan_id).await?;
            let keep: Vec<IndicatorDraft> = data
                .indicators_of(mid)
                .map(|i| IndicatorDraft {
                    id: Some(i.id),
                    name: i.name.clone(),
                    level: i.level.clone(),
                    unit: i.unit.clone(),
                    baseline: i.baseline,
                    target: i.target,
                })
                .collect();
            db.save_plan_measure(
                plan_id,
                Some(mid),
                &draft,
                &keep,
                by,
                plan_ts("2025-05-15").min(now),
            )
            .await?;
            db.save_plan_milestone(
                mid,
                Some(("Förderantrag eingereicht", "2025-05-15")),
                None,
                by,
                plan_ts("2025-05-15").min(now),
            )
            .await?;
            db.save_plan_milestone(
                mid,
                Some(("Baubeginn", "2026-04-01")),
                None,
                by,
                plan_ts("2025-05-16").min(now),
            )
            .await?;
            let first = db.plan_data(plan_id).await?;
            if let Some(ms) = first.milestones_of(mid).find(|s| s.due_on == "2025-05-15") {
                db.save_plan_milestone(mid, None, Some(ms.id), by, plan_ts("2025-05-20").min(now))
                    .await?;
            }
            db.record_plan_progress(
                mid,
                &Progress {
                    actual: None,
                    status: Some((
                        final_status.into(),
                        true,
                        "Förderbescheid der Städtebauförderung steht aus.".into(),
                    )),
                },
                by,
                plan_ts("2026-03-15").min(now),
            )
            .await?;
        }
        if m.id == "M04" {
            db.save_plan_milestone(
                mid,
                Some(("Zweiter Kurs mit Kinderbetreuung startet", "2024-02-01")),
                None,
                by,
                plan_ts("2023-09-01").min(now),
            )
            .await?;
            db.save_plan_milestone(
                mid,
                Some(("Auswertung mit den Kursleitungen", "2025-06-30")),
                None,
                by,
                plan_ts("2023-09-01").min(now),
            )
            .await?;
            let d = db.plan_data(plan_id).await?;
            if let Some(ms) = d.milestones_of(mid).find(|s| s.due_on == "2024-02-01") {
                db.save_plan_milestone(mid, None, Some(ms.id), by, plan_ts("2024-02-05").min(now))
                    .await?;
            }
        }
        if m.id == "M12" {
            db.save_plan_milestone(
                mid,
                Some(("Hochbeete gebaut", "2024-06-15")),
                None,
                by,
                plan_ts("2024-03-01").min(now),
            )
            .await?;
            db.save_plan_milestone(
                mid,
                Some(("Wasseranschluss fertig", "2025-05-31")),
                None,
                by,
                plan_ts("2024-03-01").min(now),
            )
            .await?;
            let d = db.plan_data(plan_id).await?;
            if let Some(ms) = d.milestones_of(mid).find(|s| s.due_on == "2024-06-15") {
                db.save_plan_milestone(mid, None, Some(ms.id), by, plan_ts("2024-06-20").min(now))
                    .await?;
            }
        }
    }
    Ok(())
}
