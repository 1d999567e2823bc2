//! Demo seeding of the monitoring module: programme areas (through the dataset
//! import) and two stored index configurations.

use quartier_db::Db;
use quartier_demo::DemoCity;

/// Loads the demo's existing funding areas through the dataset import (version 1, applied),
/// as a city would upload its programme areas.
pub(super) async fn seed_programme_areas(
    db: &Db,
    city_id: i64,
    city: &DemoCity,
) -> anyhow::Result<()> {
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
    let settings = quartier_web::monitoring::datasets::Settings {
        key_field: "id".into(),
        name_field: "name".into(),
        ..Default::default()
    };
    let parsed = quartier_web::monitoring::datasets::parse(
        "programme_areas",
        &files,
        &settings,
        &[],
        &Default::default(),
    );
    let quartier_web::monitoring::datasets::Content::Areas(rows) = parsed.content else {
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
            &quartier_db::monitoring::datasets::NewDataset {
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

/// Key of the demo's MSS-preset index configuration.
pub const DEMO_MSS_INDEX: &str = "mss-musterstadt";
/// Key of the demo's custom composite index configuration.
pub const DEMO_COMPOSITE_INDEX: &str = "familien-bedarf";

/// Two stored index configurations with computed results: the Berlin MSS preset
/// mapped onto the demo indicators and a custom composite for families.
pub(super) async fn seed_indices(db: &Db, city_id: i64, city: &DemoCity) -> anyhow::Result<()> {
    use quartier_web::monitoring::need::configs::{
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
