//! Stored index configurations: the specification of an MSS-preset or custom
//! composite index and its computation by the statistics engine (quartier-stats).
//! The pages in `pages/indices.rs` and the demo seed both compute through here.

use std::collections::HashMap;

use quartier_db::monitoring::city::{Area, CityValue, Indicator};
use quartier_db::monitoring::indices::IndexResult;
use quartier_stats::composite::{
    self, Aggregation, CompositeConfig, CompositeError, CompositeInput, IndicatorSpec,
    Normalisation, TopClass, UncertaintyConfig, Weighting,
};
use quartier_stats::indicator::Polarity;
use quartier_stats::mss::{self, MssArea, MssConfig, MssError};
use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::{RUNS, TOP_SHARE};

/// Kinds of configuration.
pub const KINDS: [&str; 2] = ["mss", "composite"];
/// Normalisations offered for composites.
pub const NORMALISATIONS: [&str; 3] = ["zscore", "minmax", "rank"];
/// Aggregations offered for composites.
pub const AGGREGATIONS: [&str; 2] = ["arithmetic", "geometric"];
/// Observation period of the MSS dynamics indicators in years (MSS: two years).
pub const MSS_PERIOD: i64 = 2;
/// Number of status and of dynamics indicators in the MSS preset.
pub const MSS_ROLES: usize = 4;
/// MSS minimum population of a classified area.
pub const MSS_MIN_POPULATION: f64 = 300.0;

/// One indicator of a configuration with its weight.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WeightedIndicator {
    /// Indicator key.
    pub key: String,
    /// Weight (> 0; normalised by the engine).
    pub weight: f64,
}

/// The MSS role mapping: which indicator plays which role.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MssRoles {
    /// Status indicators S1–S4 (values of the configured year).
    pub status: Vec<String>,
    /// Dynamics indicators D1–D4 (change over `period` years up to the year).
    pub dynamics: Vec<String>,
    /// Observation period of the dynamics in years.
    pub period: i64,
    /// Population indicator for the minimum-population rule (none = no rule).
    pub population: Option<String>,
    /// Minimum population.
    pub min_population: f64,
    /// The dynamics indicators already hold the change over the period (as the MSS
    /// tables publish them) instead of levels to subtract.
    #[serde(default)]
    pub dynamics_given: bool,
    /// Area keys excluded by name (statistical outliers, areas without data).
    #[serde(default)]
    pub exclude: Vec<String>,
}

/// The specification stored with each configuration version (JSON).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndexSpec {
    /// Indicators with weights (composite); for MSS the status indicators, weight 1.
    pub indicators: Vec<WeightedIndicator>,
    /// `zscore`, `minmax` or `rank` (MSS: always `zscore`).
    pub normalisation: String,
    /// `arithmetic` or `geometric` (MSS: always `arithmetic`).
    pub aggregation: String,
    /// Year of the values.
    pub year: i64,
    /// MSS roles (only for kind `mss`).
    #[serde(default)]
    pub mss: Option<MssRoles>,
}

/// Why a configuration could not be computed.
#[derive(Debug, Error)]
pub enum ComputeError {
    /// The composite engine refused the input.
    #[error("composite index: {0}")]
    Composite(#[from] CompositeError),
    /// The MSS engine refused the input.
    #[error("MSS: {0}")]
    Mss(#[from] MssError),
    /// The specification is incomplete.
    #[error("incomplete specification: {0}")]
    Spec(String),
}

fn normalisation(name: &str) -> Normalisation {
    match name {
        "minmax" => Normalisation::MinMax {
            low: 0.0,
            high: 100.0,
        },
        "rank" => Normalisation::Rank,
        _ => Normalisation::ZScore { ddof: 0 },
    }
}

fn aggregation(name: &str) -> Aggregation {
    if name == "geometric" {
        Aggregation::Geometric
    } else {
        Aggregation::Arithmetic
    }
}

/// Values of a city by (indicator, area, year).
pub struct ValueIndex<'a> {
    map: HashMap<(&'a str, &'a str, i64), f64>,
}

impl<'a> ValueIndex<'a> {
    /// Indexes the city's values.
    pub fn new(values: &'a [CityValue]) -> Self {
        let map = values
            .iter()
            .filter_map(|v| {
                v.value
                    .map(|x| ((v.ind_key.as_str(), v.area_key.as_str(), v.year), x))
            })
            .collect();
        Self { map }
    }

    /// The value of `ind` in `area` and `year`.
    pub fn get(&self, ind: &str, area: &str, year: i64) -> Option<f64> {
        self.map.get(&(ind, area, year)).copied()
    }
}

fn polarity(inds: &[Indicator], key: &str) -> Polarity {
    if inds
        .iter()
        .any(|i| i.ind_key == key && i.polarity == "less")
    {
        Polarity::HigherLessNeed
    } else {
        Polarity::HigherMoreNeed
    }
}

fn uncertainty_config() -> UncertaintyConfig {
    UncertaintyConfig {
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
    }
}

/// Size of the highest-need class among `n` ranked areas.
pub fn top_size(n: usize) -> usize {
    ((n as f64 * TOP_SHARE).ceil() as usize).max(1)
}

/// Computes a configuration for the city's areas; one result per area, in area order.
pub fn compute(
    kind: &str,
    spec: &IndexSpec,
    areas: &[Area],
    inds: &[Indicator],
    values: &[CityValue],
) -> Result<Vec<IndexResult>, ComputeError> {
    let idx = ValueIndex::new(values);
    if kind == "mss" {
        compute_mss(spec, areas, inds, &idx)
    } else {
        compute_composite(spec, areas, inds, &idx)
    }
}

fn empty_result(area: &Area) -> IndexResult {
    IndexResult {
        area_key: area.area_key.clone(),
        score: None,
        dynamic_score: None,
        class_code: None,
        area_rank: None,
        rank_q05: None,
        rank_q95: None,
        p_top: None,
        note: String::new(),
    }
}

fn compute_composite(
    spec: &IndexSpec,
    areas: &[Area],
    inds: &[Indicator],
    idx: &ValueIndex<'_>,
) -> Result<Vec<IndexResult>, ComputeError> {
    let input = CompositeInput {
        area_ids: areas.iter().map(|a| a.area_key.clone()).collect(),
        indicators: spec
            .indicators
            .iter()
            .map(|w| IndicatorSpec {
                key: w.key.clone(),
                polarity: polarity(inds, &w.key),
            })
            .collect(),
        values: areas
            .iter()
            .map(|a| {
                spec.indicators
                    .iter()
                    .map(|w| idx.get(&w.key, &a.area_key, spec.year))
                    .collect()
            })
            .collect(),
    };
    let config = CompositeConfig {
        normalisation: normalisation(&spec.normalisation),
        weighting: Weighting::Given(spec.indicators.iter().map(|w| w.weight).collect()),
        aggregation: aggregation(&spec.aggregation),
        ..CompositeConfig::default()
    };
    let nominal = composite::compute(&input, &config)?;
    let unc = composite::uncertainty(&input, &config, &uncertainty_config()).ok();
    let n = nominal.areas.iter().filter(|a| a.rank.is_some()).count();
    let top = top_size(n);
    Ok(areas
        .iter()
        .zip(&nominal.areas)
        .map(|(area, a)| {
            let u = unc
                .as_ref()
                .and_then(|u| u.areas.iter().find(|x| x.id == area.area_key));
            IndexResult {
                score: a.score,
                class_code: a
                    .rank
                    .map(|r| if r <= top { "top" } else { "rest" }.to_string()),
                area_rank: a.rank.map(|r| r as i64),
                rank_q05: u.map(|u| u.rank_q05),
                rank_q95: u.map(|u| u.rank_q95),
                p_top: u.map(|u| u.p_top),
                note: a.note.clone().unwrap_or_default(),
                ..empty_result(area)
            }
        })
        .collect())
}

fn compute_mss(
    spec: &IndexSpec,
    areas: &[Area],
    inds: &[Indicator],
    idx: &ValueIndex<'_>,
) -> Result<Vec<IndexResult>, ComputeError> {
    let roles = spec
        .mss
        .as_ref()
        .ok_or_else(|| ComputeError::Spec("MSS roles missing".into()))?;
    let input = mss_input(spec.year, roles, areas, inds, idx);
    let mut config = MssConfig::new(roles.status.clone(), roles.dynamics.clone());
    config.min_population = roles.population.as_ref().map(|_| roles.min_population);
    config.exclude = roles.exclude.clone();
    let result = mss::compute(&input, &config)?;
    // Rank by status index; the rank interval comes from the Monte-Carlo analysis of
    // the same status indicators (z-scores, equal weights: same nominal order).
    let included: Vec<usize> = (0..areas.len())
        .filter(|&i| result.areas[i].is_included())
        .collect();
    let scores: Vec<f64> = included
        .iter()
        .filter_map(|&i| result.areas[i].status_index)
        .collect();
    let ranks = composite::need_ranks(&scores);
    let unc_input = CompositeInput {
        area_ids: included
            .iter()
            .map(|&i| areas[i].area_key.clone())
            .collect(),
        indicators: roles
            .status
            .iter()
            .map(|k| IndicatorSpec {
                key: k.clone(),
                polarity: Polarity::HigherMoreNeed,
            })
            .collect(),
        values: included.iter().map(|&i| input[i].status.clone()).collect(),
    };
    let unc_config = CompositeConfig {
        normalisation: Normalisation::ZScore { ddof: 0 },
        ..CompositeConfig::default()
    };
    let unc = if included.len() >= 3 {
        composite::uncertainty(&unc_input, &unc_config, &uncertainty_config()).ok()
    } else {
        None
    };
    Ok(areas
        .iter()
        .enumerate()
        .map(|(i, area)| {
            let r = &result.areas[i];
            let pos = included.iter().position(|&j| j == i);
            let u = unc
                .as_ref()
                .and_then(|u| u.areas.iter().find(|x| x.id == area.area_key));
            IndexResult {
                score: r.status_index,
                dynamic_score: r.dynamic_index,
                class_code: r
                    .group
                    .clone()
                    .or_else(|| r.status_class.map(|c| c.code().to_string())),
                area_rank: pos.and_then(|p| ranks.get(p)).map(|&x| x as i64),
                rank_q05: u.map(|u| u.rank_q05),
                rank_q95: u.map(|u| u.rank_q95),
                p_top: u.map(|u| u.p_top),
                note: r.note(),
                ..empty_result(area)
            }
        })
        .collect())
}

/// The MSS input rows of the city's areas: status values of `year`, dynamics as the
/// change over the period up to `year`. Indicators where higher means less need
/// (e.g. income) enter negated so that every MSS indicator measures deprivation.
pub fn mss_input(
    year: i64,
    roles: &MssRoles,
    areas: &[Area],
    inds: &[Indicator],
    idx: &ValueIndex<'_>,
) -> Vec<MssArea> {
    let sign = |k: &str| {
        if polarity(inds, k) == Polarity::HigherLessNeed {
            -1.0
        } else {
            1.0
        }
    };
    areas
        .iter()
        .map(|a| {
            let key = a.area_key.as_str();
            MssArea {
                id: a.area_key.clone(),
                population: roles
                    .population
                    .as_ref()
                    .and_then(|p| idx.get(p, key, year)),
                population_start: roles
                    .population
                    .as_ref()
                    .and_then(|p| idx.get(p, key, year - roles.period)),
                status: roles
                    .status
                    .iter()
                    .map(|k| idx.get(k, key, year).map(|v| sign(k) * v))
                    .collect(),
                dynamic: roles
                    .dynamics
                    .iter()
                    .map(|k| {
                        if roles.dynamics_given {
                            return idx.get(k, key, year).map(|v| sign(k) * v);
                        }
                        match (idx.get(k, key, year), idx.get(k, key, year - roles.period)) {
                            (Some(now), Some(then)) => Some(sign(k) * (now - then)),
                            _ => None,
                        }
                    })
                    .collect(),
            }
        })
        .collect()
}

/// Computes `spec` for a city and stores it as a new version of `key`; the
/// seed and the form both save through here.
pub async fn compute_and_store(
    db: &quartier_db::Db,
    city_id: i64,
    key: &str,
    name: &str,
    kind: &str,
    spec: &IndexSpec,
    by: &str,
) -> Result<quartier_db::monitoring::indices::IndexConfig, StoreError> {
    let areas = db.areas(city_id).await?;
    let inds = db.indicators(city_id).await?;
    let values = db.city_values(city_id).await?;
    let (k, s) = (kind.to_string(), spec.clone());
    let results = tokio::task::spawn_blocking(move || compute(&k, &s, &areas, &inds, &values))
        .await
        .map_err(|e| StoreError::Internal(e.to_string()))??;
    let json = serde_json::to_string(spec).map_err(|e| StoreError::Internal(e.to_string()))?;
    Ok(db
        .save_index_config(city_id, key, name, kind, &json, &results, by)
        .await?)
}

/// Why a configuration could not be stored.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The engine refused the data (shown on the form).
    #[error(transparent)]
    Compute(#[from] ComputeError),
    /// Database failure.
    #[error(transparent)]
    Db(#[from] quartier_db::DbError),
    /// Anything else.
    #[error("{0}")]
    Internal(String),
}

/// The MSS status class code (1–4) within a stored class code such as `3-`.
pub fn mss_status_code(class_code: &str) -> Option<u8> {
    class_code
        .chars()
        .next()
        .and_then(|c| c.to_digit(10))
        .and_then(|d| u8::try_from(d).ok())
        .filter(|d| (1..=4).contains(d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_codes() {
        assert_eq!(mss_status_code("3-"), Some(3));
        assert_eq!(mss_status_code("2+/-"), Some(2));
        assert_eq!(mss_status_code("top"), None);
        assert_eq!(top_size(40), 4);
        assert_eq!(top_size(3), 1);
    }
}
