//! Loads the fictional demo city "Musterstadt" into an empty database, one file
//! per module (the same names as in web, db, rules and the demo generator).

mod civic;
mod decisions;
mod lernwerkstatt;
mod monitoring;
mod plan;

pub use decisions::DEMO_DECISION;
pub use monitoring::{DEMO_COMPOSITE_INDEX, DEMO_MSS_INDEX};

use anyhow::Context;
use quartier_db::Db;
use quartier_db::monitoring::city::NewIndicator;
use quartier_db::platform::accounts::{NewUser, Role};
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
    civic::seed_actors(db, city_id, &city, &quarter_of).await?;
    plan::seed_plan(db, &city, pilot).await?;
    for acc in &city.accounts {
        let hash = quartier_web::platform::password::hash(&acc.password)
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
    civic::seed_civic(db, &city, &quarter_rows).await?;
    decisions::seed_decision(db, city_id, &city).await?;
    lernwerkstatt::seed_lernwerkstatt(db, city_id, &city, &quarter_rows).await?;
    monitoring::seed_programme_areas(db, city_id, &city).await?;
    monitoring::seed_indices(db, city_id, &city).await?;
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
