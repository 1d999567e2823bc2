//! The need ranking of a city's areas: a composite index over the need indicators
//! of the latest year, with Monte-Carlo rank intervals (quartier-stats).

use quartier_db::Db;
use quartier_db::monitoring::city::{Area, Indicator};
use quartier_stats::composite::{
    self, Aggregation, CompositeConfig, CompositeInput, IndicatorSpec, Normalisation, TopClass,
    UncertaintyConfig,
};
use quartier_stats::indicator::Polarity;

use crate::error::AppError;

/// Number of Monte-Carlo runs behind the rank intervals.
pub const RUNS: usize = 500;
/// Share of areas forming the highest-need class.
pub const TOP_SHARE: f64 = 0.1;

/// One area in the ranking.
#[derive(Debug, Clone)]
pub struct NeedRow {
    /// The area.
    pub area: Area,
    /// Values of the ranking's indicators in the ranking year.
    pub values: Vec<Option<f64>>,
    /// Composite score (0–100, higher = more need).
    pub score: Option<f64>,
    /// Rank (1 = highest need).
    pub rank: Option<usize>,
    /// 5 % quantile of the rank over the runs.
    pub rank_q05: Option<f64>,
    /// 95 % quantile of the rank.
    pub rank_q95: Option<f64>,
    /// Probability of being in the highest-need class.
    pub p_top: Option<f64>,
    /// Why the area has no score.
    pub note: Option<String>,
}

/// The whole ranking.
#[derive(Debug, Clone)]
pub struct NeedTable {
    /// Year of the values.
    pub year: Option<i64>,
    /// Indicators used.
    pub indicators: Vec<Indicator>,
    /// Areas (in area-key order).
    pub rows: Vec<NeedRow>,
}

/// Indicators that enter need indices by default (all but neutral context indicators).
pub fn default_indicators(all: &[Indicator]) -> Vec<Indicator> {
    all.iter()
        .filter(|i| i.polarity != "neutral")
        .cloned()
        .collect()
}

/// Computes the ranking for `city_id` over `chosen` indicator keys (empty = defaults).
pub async fn ranking(db: &Db, city_id: i64, chosen: &[String]) -> Result<NeedTable, AppError> {
    let all = db.indicators(city_id).await?;
    let indicators: Vec<Indicator> = if chosen.is_empty() {
        default_indicators(&all)
    } else {
        all.into_iter()
            .filter(|i| chosen.contains(&i.ind_key))
            .collect()
    };
    let areas = db.areas(city_id).await?;
    let values = db.city_values(city_id).await?;
    let year = values
        .iter()
        .filter(|v| indicators.iter().any(|i| i.ind_key == v.ind_key) && v.value.is_some())
        .map(|v| v.year)
        .max();
    let mut rows: Vec<NeedRow> = areas
        .into_iter()
        .map(|area| {
            let vals = indicators
                .iter()
                .map(|ind| {
                    values
                        .iter()
                        .find(|v| {
                            v.ind_key == ind.ind_key
                                && v.area_key == area.area_key
                                && Some(v.year) == year
                        })
                        .and_then(|v| v.value)
                })
                .collect();
            NeedRow {
                area,
                values: vals,
                score: None,
                rank: None,
                rank_q05: None,
                rank_q95: None,
                p_top: None,
                note: None,
            }
        })
        .collect();
    if indicators.is_empty() || rows.len() < 3 {
        return Ok(NeedTable {
            year,
            indicators,
            rows,
        });
    }
    let input = CompositeInput {
        area_ids: rows.iter().map(|r| r.area.area_key.clone()).collect(),
        indicators: indicators
            .iter()
            .map(|i| IndicatorSpec {
                key: i.ind_key.clone(),
                polarity: if i.polarity == "less" {
                    Polarity::HigherLessNeed
                } else {
                    Polarity::HigherMoreNeed
                },
            })
            .collect(),
        values: rows.iter().map(|r| r.values.clone()).collect(),
    };
    let result = tokio::task::spawn_blocking(move || {
        let config = CompositeConfig::default();
        let nominal = composite::compute(&input, &config)?;
        let ua = UncertaintyConfig {
            runs: RUNS,
            seed: 1,
            weight_noise: 0.25,
            normalisations: vec![
                Normalisation::MinMax {
                    low: 0.0,
                    high: 100.0,
                },
                Normalisation::ZScore { ddof: 0 },
                Normalisation::PercentileRank,
            ],
            aggregations: vec![Aggregation::Arithmetic, Aggregation::Geometric],
            top: TopClass::Share(TOP_SHARE),
        };
        let unc = composite::uncertainty(&input, &config, &ua).ok();
        Ok::<_, composite::CompositeError>((nominal, unc))
    })
    .await
    .map_err(|e| AppError::Internal(e.to_string()))?;
    match result {
        Ok((nominal, unc)) => {
            for (row, a) in rows.iter_mut().zip(nominal.areas) {
                row.score = a.score;
                row.rank = a.rank;
                row.note = a.note;
                if let Some(u) = unc
                    .as_ref()
                    .and_then(|u| u.areas.iter().find(|x| x.id == row.area.area_key))
                {
                    row.rank_q05 = Some(u.rank_q05);
                    row.rank_q95 = Some(u.rank_q95);
                    row.p_top = Some(u.p_top);
                }
            }
        }
        Err(e) => {
            for row in &mut rows {
                row.note = Some(e.to_string());
            }
        }
    }
    Ok(NeedTable {
        year,
        indicators,
        rows,
    })
}

/// Stored, versioned index configurations (MSS preset or custom composite).
pub mod configs;
