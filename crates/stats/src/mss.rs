//! Berlin "Monitoring Soziale Stadtentwicklung" (MSS) preset, editions 2013–2021.
//!
//! Algorithm (verified to reproduce 100 % of the official classes of MSS 2013–2019):
//!
//! 1. Exclude areas with fewer than `min_population` residents (default 300; when a
//!    population at the start of the observation period is given, the smaller of
//!    the two counts is used) and areas excluded by id (statistical outliers).
//!    Areas with a missing indicator value are excluded too. Every exclusion
//!    carries a reason.
//! 2. For every status indicator `S_k` and dynamic indicator `D_k` compute
//!    `z = (x − mean) / sd` over the **included** areas, unweighted, population SD
//!    (ddof 0).
//! 3. `status_sum = Σ zS`, `status_index = status_sum / sd(status_sum)` (ddof 0;
//!    the mean is zero by construction); likewise the dynamic index.
//! 4. Classes (convention of the research report; the boundary inclusivity is not
//!    identifiable from the published data):
//!    status `hoch` SI < −1, `mittel` −1 ≤ SI ≤ 1, `niedrig` 1 < SI ≤ 1.5,
//!    `sehr niedrig` SI > 1.5; dynamic `positiv` DI < −1, `stabil` −1 ≤ DI ≤ 1,
//!    `negativ` DI > 1. The combined group ("Gesamtindex") is coded
//!    `"<status code><dynamic symbol>"`, e.g. `"1+"`, `"2+/-"`, `"4-"`.
//!
//! Note the orientation: indicators measure deprivation, so a high index means a
//! *low* social status ("sehr niedrig") and a positive dynamic index a
//! *negative* development.

use crate::indicator::{IndicatorError, ValueTable};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::fmt;
use thiserror::Error;

/// Errors of the MSS computation (all name the offending area or indicator).
#[derive(Debug, Clone, PartialEq, Error)]
pub enum MssError {
    /// No status indicator was configured.
    #[error("at least one status indicator is required")]
    NoStatusIndicators,
    /// An area id occurs more than once.
    #[error("duplicate area id {0:?}")]
    DuplicateArea(String),
    /// An area has the wrong number of status or dynamic values.
    #[error("area {area:?}: expected {expected} {kind} values, found {found}")]
    WrongValueCount {
        /// Area id.
        area: String,
        /// `"status"` or `"dynamic"`.
        kind: &'static str,
        /// Number of configured indicators.
        expected: usize,
        /// Number of values given.
        found: usize,
    },
    /// An id in the exclusion list does not occur in the input.
    #[error("excluded area {0:?} does not occur in the input")]
    UnknownExcludedArea(String),
    /// Fewer than two areas remain after the exclusions.
    #[error("only {0} area(s) remain after exclusions; at least 2 are needed")]
    TooFewAreas(usize),
    /// An indicator (or the index sum) has zero spread over the included areas.
    #[error("indicator {0:?} has zero standard deviation over the included areas")]
    ZeroSpread(String),
    /// The minimum population is negative or not finite.
    #[error("invalid minimum population {0}")]
    InvalidMinPopulation(f64),
    /// The class cut-offs are not finite and ascending.
    #[error("class cut-offs {0:?} must be finite and ascending")]
    InvalidCuts(Vec<f64>),
}

/// One input row: an area with its population and indicator values.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MssArea {
    /// Area id (e.g. 8-digit PLR key).
    pub id: String,
    /// Residents (at the end of the observation period).
    pub population: Option<f64>,
    /// Residents at the start of the observation period, if known. The MSS does not
    /// classify areas with fewer than 300 residents *in the observation period*, so
    /// the smaller of both counts is compared with the minimum.
    pub population_start: Option<f64>,
    /// Status indicator values (shares in %), in the order of [`MssConfig::status_indicators`].
    pub status: Vec<Option<f64>>,
    /// Dynamic indicator values (changes in percentage points), in the order of
    /// [`MssConfig::dynamic_indicators`].
    pub dynamic: Vec<Option<f64>>,
}

/// Configuration of the MSS preset.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MssConfig {
    /// Names of the status indicators (used in messages and statistics).
    pub status_indicators: Vec<String>,
    /// Names of the dynamic indicators; may be empty (then no dynamic index).
    pub dynamic_indicators: Vec<String>,
    /// Minimum population; `None` disables the check. MSS default: 300.
    pub min_population: Option<f64>,
    /// Area ids excluded by name (statistical outliers), e.g. `10010203`.
    pub exclude: Vec<String>,
    /// Status cut-offs `[c1, c2, c3]`: hoch < c1 ≤ mittel ≤ c2 < niedrig ≤ c3 < sehr niedrig.
    /// MSS: `[-1.0, 1.0, 1.5]`.
    pub status_cuts: [f64; 3],
    /// Dynamic cut-offs `[c1, c2]`: positiv < c1 ≤ stabil ≤ c2 < negativ. MSS: `[-1.0, 1.0]`.
    pub dynamic_cuts: [f64; 2],
}

impl MssConfig {
    /// The published MSS configuration for the given indicator names
    /// (minimum population 300, no named exclusions, cuts ±1 / 1.5).
    pub fn new(status_indicators: Vec<String>, dynamic_indicators: Vec<String>) -> Self {
        Self {
            status_indicators,
            dynamic_indicators,
            min_population: Some(300.0),
            exclude: Vec::new(),
            status_cuts: [-1.0, 1.0, 1.5],
            dynamic_cuts: [-1.0, 1.0],
        }
    }
}

/// Status class ("Statusindex"-Klasse). Codes 1–4 as published.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum StatusClass {
    /// Code 1, "hoch": SI < −1.
    #[serde(rename = "hoch")]
    Hoch,
    /// Code 2, "mittel": −1 ≤ SI ≤ 1.
    #[serde(rename = "mittel")]
    Mittel,
    /// Code 3, "niedrig": 1 < SI ≤ 1.5.
    #[serde(rename = "niedrig")]
    Niedrig,
    /// Code 4, "sehr niedrig": SI > 1.5.
    #[serde(rename = "sehr niedrig")]
    SehrNiedrig,
}

impl StatusClass {
    /// Classify a status index value with cut-offs `[c1, c2, c3]`.
    pub fn classify(si: f64, cuts: [f64; 3]) -> Self {
        if si < cuts[0] {
            StatusClass::Hoch
        } else if si <= cuts[1] {
            StatusClass::Mittel
        } else if si <= cuts[2] {
            StatusClass::Niedrig
        } else {
            StatusClass::SehrNiedrig
        }
    }

    /// Published code 1 (hoch) … 4 (sehr niedrig).
    pub fn code(self) -> u8 {
        match self {
            StatusClass::Hoch => 1,
            StatusClass::Mittel => 2,
            StatusClass::Niedrig => 3,
            StatusClass::SehrNiedrig => 4,
        }
    }

    /// German label as published ("hoch", "mittel", "niedrig", "sehr niedrig").
    pub fn label(self) -> &'static str {
        match self {
            StatusClass::Hoch => "hoch",
            StatusClass::Mittel => "mittel",
            StatusClass::Niedrig => "niedrig",
            StatusClass::SehrNiedrig => "sehr niedrig",
        }
    }

    /// All classes in code order.
    pub const ALL: [StatusClass; 4] = [
        StatusClass::Hoch,
        StatusClass::Mittel,
        StatusClass::Niedrig,
        StatusClass::SehrNiedrig,
    ];
}

impl fmt::Display for StatusClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// Dynamic class ("Dynamikindex"-Klasse).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DynamicClass {
    /// "positiv" (`+`): DI < −1, deprivation falls faster than in the city.
    #[serde(rename = "positiv")]
    Positiv,
    /// "stabil" (`+/-`): −1 ≤ DI ≤ 1.
    #[serde(rename = "stabil")]
    Stabil,
    /// "negativ" (`-`): DI > 1.
    #[serde(rename = "negativ")]
    Negativ,
}

impl DynamicClass {
    /// Classify a dynamic index value with cut-offs `[c1, c2]`.
    pub fn classify(di: f64, cuts: [f64; 2]) -> Self {
        if di < cuts[0] {
            DynamicClass::Positiv
        } else if di <= cuts[1] {
            DynamicClass::Stabil
        } else {
            DynamicClass::Negativ
        }
    }

    /// Published symbol: `+`, `+/-`, `-`.
    pub fn symbol(self) -> &'static str {
        match self {
            DynamicClass::Positiv => "+",
            DynamicClass::Stabil => "+/-",
            DynamicClass::Negativ => "-",
        }
    }

    /// German label as published ("positiv", "stabil", "negativ").
    pub fn label(self) -> &'static str {
        match self {
            DynamicClass::Positiv => "positiv",
            DynamicClass::Stabil => "stabil",
            DynamicClass::Negativ => "negativ",
        }
    }

    /// All classes in published order.
    pub const ALL: [DynamicClass; 3] = [
        DynamicClass::Positiv,
        DynamicClass::Stabil,
        DynamicClass::Negativ,
    ];
}

impl fmt::Display for DynamicClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// Combined group code of the "Gesamtindex Soziale Ungleichheit", e.g. `"2+/-"`.
pub fn group_code(status: StatusClass, dynamic: DynamicClass) -> String {
    format!("{}{}", status.code(), dynamic.symbol())
}

/// Why an area was not classified.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum Exclusion {
    /// Fewer residents than the minimum (in the observation period).
    BelowMinPopulation {
        /// The population compared (smaller of end and start count).
        population: f64,
        /// The configured minimum.
        min: f64,
    },
    /// The minimum-population check is enabled but the population is missing.
    PopulationMissing,
    /// Excluded by id (statistical outlier or user decision).
    ExcludedById,
    /// An indicator value is missing or not finite.
    MissingValue {
        /// Name of the indicator.
        indicator: String,
    },
}

impl fmt::Display for Exclusion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Exclusion::BelowMinPopulation { population, min } => {
                write!(f, "excluded: population {population} below minimum {min}")
            }
            Exclusion::PopulationMissing => f.write_str("excluded: population missing"),
            Exclusion::ExcludedById => f.write_str("excluded by id (outlier)"),
            Exclusion::MissingValue { indicator } => {
                write!(f, "excluded: value of {indicator} missing")
            }
        }
    }
}

/// Result for one area. Index fields are `None` for excluded areas.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MssAreaResult {
    /// Area id.
    pub id: String,
    /// Reason of exclusion; `None` for classified areas.
    pub exclusion: Option<Exclusion>,
    /// z-values of the status indicators.
    pub status_z: Option<Vec<f64>>,
    /// Σ zS ("Status-Summe").
    pub status_sum: Option<f64>,
    /// Status index (standardised Σ zS).
    pub status_index: Option<f64>,
    /// Status class.
    pub status_class: Option<StatusClass>,
    /// z-values of the dynamic indicators (`None` also when no dynamic indicator is configured).
    pub dynamic_z: Option<Vec<f64>>,
    /// Σ zD ("Dynamik-Summe").
    pub dynamic_sum: Option<f64>,
    /// Dynamic index (standardised Σ zD).
    pub dynamic_index: Option<f64>,
    /// Dynamic class.
    pub dynamic_class: Option<DynamicClass>,
    /// Combined group code, e.g. `"3-"`.
    pub group: Option<String>,
}

/// Column names of [`MssAreaResult::output_row`].
pub const OUTPUT_COLUMNS: [&str; 6] = [
    "id",
    "status_index",
    "status_class",
    "dynamic_index",
    "dynamic_class",
    "note",
];

impl MssAreaResult {
    /// Whether the area was classified.
    pub fn is_included(&self) -> bool {
        self.exclusion.is_none()
    }

    /// Human-readable note: the exclusion reason, empty for classified areas.
    pub fn note(&self) -> String {
        self.exclusion
            .as_ref()
            .map(ToString::to_string)
            .unwrap_or_default()
    }

    /// "Gebiet mit besonderem Aufmerksamkeitsbedarf": status niedrig or sehr niedrig,
    /// or status mittel with dynamic negativ. (Usual MSS definition; not confirmed
    /// verbatim in a published source.)
    pub fn needs_attention(&self) -> bool {
        matches!(
            (self.status_class, self.dynamic_class),
            (Some(StatusClass::Niedrig | StatusClass::SehrNiedrig), _)
                | (Some(StatusClass::Mittel), Some(DynamicClass::Negativ))
        )
    }

    /// One output row with the columns of [`OUTPUT_COLUMNS`]; indices in full
    /// precision, empty strings for missing values.
    pub fn output_row(&self) -> [String; 6] {
        let num = |v: Option<f64>| v.map(|x| x.to_string()).unwrap_or_default();
        [
            self.id.clone(),
            num(self.status_index),
            self.status_class
                .map(|c| c.label().to_owned())
                .unwrap_or_default(),
            num(self.dynamic_index),
            self.dynamic_class
                .map(|c| c.label().to_owned())
                .unwrap_or_default(),
            self.note(),
        ]
    }
}

impl MssResult {
    /// All output rows (columns [`OUTPUT_COLUMNS`]) in input order, for a CSV writer.
    pub fn output_rows(&self) -> impl Iterator<Item = [String; 6]> + '_ {
        self.areas.iter().map(MssAreaResult::output_row)
    }
}

/// Build MSS input rows from a [`ValueTable`]: the population indicator and the
/// status/dynamic indicators of one year, in table area order. Dynamic indicators that
/// are not stored can be derived first with [`ValueTable::add_change_indicator`].
pub fn areas_from_table(
    table: &ValueTable,
    year: i32,
    population: &str,
    status: &[String],
    dynamic: &[String],
) -> Result<Vec<MssArea>, IndicatorError> {
    let pop = table.column(population, year)?;
    let s_cols: Vec<Vec<Option<f64>>> = status
        .iter()
        .map(|k| table.column(k, year))
        .collect::<Result<_, _>>()?;
    let d_cols: Vec<Vec<Option<f64>>> = dynamic
        .iter()
        .map(|k| table.column(k, year))
        .collect::<Result<_, _>>()?;
    Ok(table
        .areas()
        .iter()
        .enumerate()
        .map(|(i, id)| MssArea {
            id: id.clone(),
            population: pop[i],
            population_start: None,
            status: s_cols.iter().map(|c| c[i]).collect(),
            dynamic: d_cols.iter().map(|c| c[i]).collect(),
        })
        .collect())
}

/// Mean and population SD of one indicator over the included areas.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndicatorStats {
    /// Indicator name.
    pub indicator: String,
    /// Unweighted mean over the included areas.
    pub mean: f64,
    /// Population standard deviation (ddof 0) over the included areas.
    pub sd: f64,
}

/// Result of the MSS computation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MssResult {
    /// One result per input area, in input order.
    pub areas: Vec<MssAreaResult>,
    /// Number of classified areas.
    pub n_included: usize,
    /// Statistics of the status indicators.
    pub status_stats: Vec<IndicatorStats>,
    /// Statistics of the dynamic indicators.
    pub dynamic_stats: Vec<IndicatorStats>,
    /// SD of the status sum used to standardise it.
    pub status_sum_sd: f64,
    /// SD of the dynamic sum (`None` without dynamic indicators).
    pub dynamic_sum_sd: Option<f64>,
    /// Number of areas per status class, in code order (hoch … sehr niedrig).
    pub status_counts: [usize; 4],
    /// Number of areas per dynamic class (positiv, stabil, negativ).
    pub dynamic_counts: [usize; 3],
}

/// Unweighted mean and population SD (ddof 0).
fn mean_sd(values: &[f64]) -> (f64, f64) {
    let n = values.len() as f64;
    let mean = values.iter().sum::<f64>() / n;
    let var = values.iter().map(|v| (v - mean) * (v - mean)).sum::<f64>() / n;
    (mean, var.sqrt())
}

/// z-standardise the columns `column(i)` (one value per included area).
fn standardise(
    names: &[String],
    rows: &[&[f64]],
) -> Result<(Vec<Vec<f64>>, Vec<IndicatorStats>), MssError> {
    let mut z = vec![vec![0.0; names.len()]; rows.len()];
    let mut stats = Vec::with_capacity(names.len());
    for (k, name) in names.iter().enumerate() {
        let col: Vec<f64> = rows.iter().map(|r| r[k]).collect();
        let (mean, sd) = mean_sd(&col);
        if !(sd > 0.0 && sd.is_finite()) {
            return Err(MssError::ZeroSpread(name.clone()));
        }
        for (zi, v) in z.iter_mut().zip(col.iter()) {
            zi[k] = (v - mean) / sd;
        }
        stats.push(IndicatorStats {
            indicator: name.clone(),
            mean,
            sd,
        });
    }
    Ok((z, stats))
}

/// Compute the MSS status and dynamic indices and classes.
///
/// Returns one [`MssAreaResult`] per input area in input order; excluded areas carry
/// the reason and no index.
pub fn compute(areas: &[MssArea], config: &MssConfig) -> Result<MssResult, MssError> {
    if config.status_indicators.is_empty() {
        return Err(MssError::NoStatusIndicators);
    }
    if let Some(m) = config.min_population
        && !(m.is_finite() && m >= 0.0)
    {
        return Err(MssError::InvalidMinPopulation(m));
    }
    let sc = config.status_cuts;
    if !(sc.iter().all(|c| c.is_finite()) && sc[0] <= sc[1] && sc[1] <= sc[2]) {
        return Err(MssError::InvalidCuts(sc.to_vec()));
    }
    let dc = config.dynamic_cuts;
    if !(dc.iter().all(|c| c.is_finite()) && dc[0] <= dc[1]) {
        return Err(MssError::InvalidCuts(dc.to_vec()));
    }

    let mut seen = HashSet::with_capacity(areas.len());
    for a in areas {
        if !seen.insert(a.id.as_str()) {
            return Err(MssError::DuplicateArea(a.id.clone()));
        }
        let checks = [
            ("status", config.status_indicators.len(), a.status.len()),
            ("dynamic", config.dynamic_indicators.len(), a.dynamic.len()),
        ];
        for (kind, expected, found) in checks {
            if expected != found {
                return Err(MssError::WrongValueCount {
                    area: a.id.clone(),
                    kind,
                    expected,
                    found,
                });
            }
        }
    }
    let excluded_ids: HashSet<&str> = config.exclude.iter().map(String::as_str).collect();
    for id in &config.exclude {
        if !seen.contains(id.as_str()) {
            return Err(MssError::UnknownExcludedArea(id.clone()));
        }
    }

    // Exclusions.
    let exclusions: Vec<Option<Exclusion>> = areas
        .iter()
        .map(|a| exclusion_of(a, config, &excluded_ids))
        .collect();
    let included: Vec<usize> = (0..areas.len())
        .filter(|&i| exclusions[i].is_none())
        .collect();
    if included.len() < 2 {
        return Err(MssError::TooFewAreas(included.len()));
    }

    // Included values (all present and finite by construction of the exclusions).
    let collect = |f: &dyn Fn(&MssArea) -> &Vec<Option<f64>>| -> Vec<Vec<f64>> {
        included
            .iter()
            .map(|&i| f(&areas[i]).iter().map(|v| v.unwrap_or(f64::NAN)).collect())
            .collect()
    };
    let s_vals = collect(&|a| &a.status);
    let d_vals = collect(&|a| &a.dynamic);

    let s_rows: Vec<&[f64]> = s_vals.iter().map(Vec::as_slice).collect();
    let (s_z, status_stats) = standardise(&config.status_indicators, &s_rows)?;
    let s_sum: Vec<f64> = s_z.iter().map(|z| z.iter().sum()).collect();
    let (_, s_sum_sd) = mean_sd(&s_sum);
    if !(s_sum_sd > 0.0 && s_sum_sd.is_finite()) {
        return Err(MssError::ZeroSpread("status sum".to_owned()));
    }

    let has_dynamic = !config.dynamic_indicators.is_empty();
    let (d_z, dynamic_stats, d_sum, d_sum_sd) = if has_dynamic {
        let d_rows: Vec<&[f64]> = d_vals.iter().map(Vec::as_slice).collect();
        let (d_z, stats) = standardise(&config.dynamic_indicators, &d_rows)?;
        let d_sum: Vec<f64> = d_z.iter().map(|z| z.iter().sum()).collect();
        let (_, sd) = mean_sd(&d_sum);
        if !(sd > 0.0 && sd.is_finite()) {
            return Err(MssError::ZeroSpread("dynamic sum".to_owned()));
        }
        (Some(d_z), stats, Some(d_sum), Some(sd))
    } else {
        (None, Vec::new(), None, None)
    };

    let position: HashMap<usize, usize> =
        included.iter().enumerate().map(|(j, &i)| (i, j)).collect();
    let mut status_counts = [0usize; 4];
    let mut dynamic_counts = [0usize; 3];
    let results = areas
        .iter()
        .zip(exclusions)
        .enumerate()
        .map(|(i, (a, exclusion))| {
            let Some(&j) = position.get(&i) else {
                return MssAreaResult {
                    id: a.id.clone(),
                    exclusion,
                    status_z: None,
                    status_sum: None,
                    status_index: None,
                    status_class: None,
                    dynamic_z: None,
                    dynamic_sum: None,
                    dynamic_index: None,
                    dynamic_class: None,
                    group: None,
                };
            };
            let si = s_sum[j] / s_sum_sd;
            let s_class = StatusClass::classify(si, sc);
            status_counts[usize::from(s_class.code() - 1)] += 1;
            let (dz, dsum, di, d_class) = match (&d_z, &d_sum, d_sum_sd) {
                (Some(dz), Some(dsum), Some(sd)) => {
                    let di = dsum[j] / sd;
                    let class = DynamicClass::classify(di, dc);
                    let pos = match class {
                        DynamicClass::Positiv => 0,
                        DynamicClass::Stabil => 1,
                        DynamicClass::Negativ => 2,
                    };
                    dynamic_counts[pos] += 1;
                    (Some(dz[j].clone()), Some(dsum[j]), Some(di), Some(class))
                }
                _ => (None, None, None, None),
            };
            MssAreaResult {
                id: a.id.clone(),
                exclusion: None,
                status_z: Some(s_z[j].clone()),
                status_sum: Some(s_sum[j]),
                status_index: Some(si),
                status_class: Some(s_class),
                dynamic_z: dz,
                dynamic_sum: dsum,
                dynamic_index: di,
                group: d_class.map(|d| group_code(s_class, d)),
                dynamic_class: d_class,
            }
        })
        .collect();

    Ok(MssResult {
        areas: results,
        n_included: included.len(),
        status_stats,
        dynamic_stats,
        status_sum_sd: s_sum_sd,
        dynamic_sum_sd: d_sum_sd,
        status_counts,
        dynamic_counts,
    })
}

fn exclusion_of(a: &MssArea, config: &MssConfig, excluded: &HashSet<&str>) -> Option<Exclusion> {
    if excluded.contains(a.id.as_str()) {
        return Some(Exclusion::ExcludedById);
    }
    if let Some(min) = config.min_population {
        let pops: Vec<f64> = [a.population, a.population_start]
            .into_iter()
            .flatten()
            .filter(|p| p.is_finite())
            .collect();
        let Some(pop) = pops.iter().copied().reduce(f64::min) else {
            return Some(Exclusion::PopulationMissing);
        };
        if pop < min {
            return Some(Exclusion::BelowMinPopulation {
                population: pop,
                min,
            });
        }
    }
    let names = config
        .status_indicators
        .iter()
        .zip(a.status.iter())
        .chain(config.dynamic_indicators.iter().zip(a.dynamic.iter()));
    for (name, v) in names {
        if !v.is_some_and(f64::is_finite) {
            return Some(Exclusion::MissingValue {
                indicator: name.clone(),
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn area(id: &str, pop: f64, s: &[f64], d: &[f64]) -> MssArea {
        MssArea {
            id: id.to_owned(),
            population: Some(pop),
            population_start: None,
            status: s.iter().map(|v| Some(*v)).collect(),
            dynamic: d.iter().map(|v| Some(*v)).collect(),
        }
    }

    #[test]
    fn from_value_table() -> Result<(), Box<dyn std::error::Error>> {
        let ids: Vec<String> = ["a", "b", "c"].iter().map(|s| s.to_string()).collect();
        let keys = vec!["ew".to_owned(), "s1".to_owned()];
        let mut t = ValueTable::new(ids, keys, vec![2016, 2018])?;
        for (id, v16, v18) in [("a", 5.0, 4.0), ("b", 10.0, 9.0), ("c", 7.0, 8.0)] {
            t.set(id, "ew", 2018, Some(1000.0))?;
            t.set(id, "s1", 2016, Some(v16))?;
            t.set(id, "s1", 2018, Some(v18))?;
        }
        t.add_change_indicator("s1", 2, "d1")?;
        let areas = areas_from_table(&t, 2018, "ew", &["s1".into()], &["d1".into()])?;
        assert_eq!(areas[2].dynamic, vec![Some(1.0)]);
        let cfg = MssConfig::new(vec!["s1".into()], vec!["d1".into()]);
        let r = compute(&areas, &cfg)?;
        assert_eq!(r.n_included, 3);
        assert_eq!(r.output_rows().count(), 3);
        Ok(())
    }

    #[test]
    fn class_boundaries() {
        let c = [-1.0, 1.0, 1.5];
        assert_eq!(StatusClass::classify(-1.0, c), StatusClass::Mittel);
        assert_eq!(StatusClass::classify(-1.0001, c), StatusClass::Hoch);
        assert_eq!(StatusClass::classify(1.0, c), StatusClass::Mittel);
        assert_eq!(StatusClass::classify(1.5, c), StatusClass::Niedrig);
        assert_eq!(StatusClass::classify(1.5001, c), StatusClass::SehrNiedrig);
        assert_eq!(
            DynamicClass::classify(1.0, [-1.0, 1.0]),
            DynamicClass::Stabil
        );
        assert_eq!(
            DynamicClass::classify(1.01, [-1.0, 1.0]),
            DynamicClass::Negativ
        );
        assert_eq!(
            group_code(StatusClass::Mittel, DynamicClass::Stabil),
            "2+/-"
        );
    }

    #[test]
    fn small_example() -> Result<(), MssError> {
        let areas = vec![
            area("a", 1000.0, &[1.0], &[0.0]),
            area("b", 1000.0, &[2.0], &[1.0]),
            area("c", 1000.0, &[3.0], &[2.0]),
            area("small", 100.0, &[50.0], &[5.0]),
            area("out", 5000.0, &[99.0], &[9.0]),
        ];
        let mut cfg = MssConfig::new(vec!["s1".into()], vec!["d1".into()]);
        cfg.exclude = vec!["out".into()];
        let r = compute(&areas, &cfg)?;
        assert_eq!(r.n_included, 3);
        let sd = (2.0f64 / 3.0).sqrt();
        let si = r.areas[2].status_index.unwrap_or(f64::NAN);
        assert!((si - 1.0 / sd).abs() < 1e-12);
        assert_eq!(r.areas[2].status_class, Some(StatusClass::Niedrig));
        assert_eq!(r.areas[0].status_class, Some(StatusClass::Hoch));
        assert_eq!(r.areas[2].group.as_deref(), Some("3-"));
        assert!(matches!(
            r.areas[3].exclusion,
            Some(Exclusion::BelowMinPopulation { .. })
        ));
        assert_eq!(r.areas[4].exclusion, Some(Exclusion::ExcludedById));
        assert_eq!(r.areas[4].output_row()[1], "");
        assert!(!r.areas[4].output_row()[5].is_empty());
        cfg.exclude = vec!["nope".into()];
        assert!(matches!(
            compute(&areas, &cfg),
            Err(MssError::UnknownExcludedArea(_))
        ));
        Ok(())
    }
}
