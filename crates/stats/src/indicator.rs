//! Indicator model: indicator definitions (with polarity) and a value table
//! `area × indicator × year` with missing values.
//!
//! The table is the common input of the need indices ([`crate::mss`],
//! [`crate::composite`]). Values are `Option<f64>`; `None` means "not available".
//! Non-finite numbers are stored as `None`.

use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use thiserror::Error;

/// Errors of the indicator model.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum IndicatorError {
    /// An area id occurs twice when building a table.
    #[error("duplicate area id {0:?}")]
    DuplicateArea(String),
    /// An indicator key occurs twice when building a table.
    #[error("duplicate indicator key {0:?}")]
    DuplicateIndicator(String),
    /// A year occurs twice when building a table.
    #[error("duplicate year {0}")]
    DuplicateYear(i32),
    /// The area id is not in the table.
    #[error("unknown area id {0:?}")]
    UnknownArea(String),
    /// The indicator key is not in the table.
    #[error("unknown indicator {0:?}")]
    UnknownIndicator(String),
    /// The year is not in the table.
    #[error("unknown year {0}")]
    UnknownYear(i32),
    /// A change over `n` years was requested with `n == 0`.
    #[error("change period must be at least one year (indicator {0:?})")]
    ZeroPeriod(String),
}

/// Direction of an indicator with respect to need.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Polarity {
    /// A higher value means more need (e.g. unemployment rate).
    HigherMoreNeed,
    /// A higher value means less need (e.g. employment rate).
    HigherLessNeed,
}

impl Polarity {
    /// Sign that turns a value into "higher = more need": `+1` or `−1`.
    pub fn sign(self) -> f64 {
        match self {
            Polarity::HigherMoreNeed => 1.0,
            Polarity::HigherLessNeed => -1.0,
        }
    }
}

/// Definition of one indicator (catalogue entry).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndicatorDef {
    /// Short machine key, e.g. `"s1"`.
    pub key: String,
    /// Human-readable name, e.g. `"Arbeitslosigkeit"`.
    pub name: String,
    /// Unit, e.g. `"%"` or `"pp"`.
    pub unit: String,
    /// Direction with respect to need.
    pub polarity: Polarity,
    /// Definition of the numerator (e.g. "unemployed SGB II"), if the indicator is a ratio.
    pub numerator: Option<String>,
    /// Definition of the denominator (e.g. "population 15–<65"), if the indicator is a ratio.
    pub denominator: Option<String>,
    /// Data source / publisher.
    pub source: Option<String>,
    /// Reference year of the definition (or of the data), if fixed.
    pub year: Option<i32>,
}

impl IndicatorDef {
    /// A definition with only key, name, unit and polarity set.
    pub fn new(key: &str, name: &str, unit: &str, polarity: Polarity) -> Self {
        Self {
            key: key.to_owned(),
            name: name.to_owned(),
            unit: unit.to_owned(),
            polarity,
            numerator: None,
            denominator: None,
            source: None,
            year: None,
        }
    }

    /// Definition of the derived indicator "change over `years` years" of this indicator.
    ///
    /// The key is `"<key>_chg<years>"`; a percentage unit (`"%"`) becomes `"pp"`
    /// (percentage points). The polarity is kept: a rise of a need indicator is a
    /// rise of need.
    pub fn change_def(&self, years: u32) -> Self {
        let unit = if self.unit.trim() == "%" {
            "pp".to_owned()
        } else {
            format!("Δ {}", self.unit)
        };
        Self {
            key: format!("{}_chg{}", self.key, years),
            name: format!("{} (change over {} years)", self.name, years),
            unit,
            polarity: self.polarity,
            numerator: None,
            denominator: None,
            source: self.source.clone(),
            year: None,
        }
    }
}

/// Values of areas × indicators × years, with missing values.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ValueTable {
    areas: Vec<String>,
    indicators: Vec<String>,
    years: Vec<i32>,
    /// Row-major `[area][indicator][year]`.
    values: Vec<Option<f64>>,
    #[serde(skip)]
    area_index: HashMap<String, usize>,
    #[serde(skip)]
    indicator_index: HashMap<String, usize>,
}

fn index_of<T: std::hash::Hash + Eq + Clone, E>(
    items: &[T],
    dup: impl Fn(&T) -> E,
) -> Result<HashMap<T, usize>, E> {
    let mut map = HashMap::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        if map.insert(item.clone(), i).is_some() {
            return Err(dup(item));
        }
    }
    Ok(map)
}

impl ValueTable {
    /// An empty (all missing) table with the given area ids, indicator keys and years.
    pub fn new(
        areas: Vec<String>,
        indicators: Vec<String>,
        years: Vec<i32>,
    ) -> Result<Self, IndicatorError> {
        let area_index = index_of(&areas, |a| IndicatorError::DuplicateArea(a.clone()))?;
        let indicator_index = index_of(&indicators, |k| {
            IndicatorError::DuplicateIndicator(k.clone())
        })?;
        index_of(&years, |y| IndicatorError::DuplicateYear(*y))?;
        let len = areas.len() * indicators.len() * years.len();
        Ok(Self {
            areas,
            indicators,
            years,
            values: vec![None; len],
            area_index,
            indicator_index,
        })
    }

    /// Area ids in table order.
    pub fn areas(&self) -> &[String] {
        &self.areas
    }

    /// Indicator keys in table order.
    pub fn indicators(&self) -> &[String] {
        &self.indicators
    }

    /// Years in table order.
    pub fn years(&self) -> &[i32] {
        &self.years
    }

    fn area_pos(&self, area: &str) -> Result<usize, IndicatorError> {
        self.area_index
            .get(area)
            .copied()
            .or_else(|| self.areas.iter().position(|a| a == area))
            .ok_or_else(|| IndicatorError::UnknownArea(area.to_owned()))
    }

    fn indicator_pos(&self, key: &str) -> Result<usize, IndicatorError> {
        self.indicator_index
            .get(key)
            .copied()
            .or_else(|| self.indicators.iter().position(|k| k == key))
            .ok_or_else(|| IndicatorError::UnknownIndicator(key.to_owned()))
    }

    fn year_pos(&self, year: i32) -> Result<usize, IndicatorError> {
        self.years
            .iter()
            .position(|y| *y == year)
            .ok_or(IndicatorError::UnknownYear(year))
    }

    fn flat(&self, a: usize, k: usize, y: usize) -> usize {
        (a * self.indicators.len() + k) * self.years.len() + y
    }

    /// Set one value (`None` or a non-finite number marks it missing).
    pub fn set(
        &mut self,
        area: &str,
        indicator: &str,
        year: i32,
        value: Option<f64>,
    ) -> Result<(), IndicatorError> {
        let i = self.flat(
            self.area_pos(area)?,
            self.indicator_pos(indicator)?,
            self.year_pos(year)?,
        );
        self.values[i] = value.filter(|v| v.is_finite());
        Ok(())
    }

    /// One value; `Ok(None)` when it is missing.
    pub fn get(
        &self,
        area: &str,
        indicator: &str,
        year: i32,
    ) -> Result<Option<f64>, IndicatorError> {
        let i = self.flat(
            self.area_pos(area)?,
            self.indicator_pos(indicator)?,
            self.year_pos(year)?,
        );
        Ok(self.values[i])
    }

    /// The values of one indicator in one year for all areas (table order).
    pub fn column(&self, indicator: &str, year: i32) -> Result<Vec<Option<f64>>, IndicatorError> {
        let k = self.indicator_pos(indicator)?;
        let y = self.year_pos(year)?;
        Ok((0..self.areas.len())
            .map(|a| self.values[self.flat(a, k, y)])
            .collect())
    }

    /// Change of an indicator over `years` years ending in `year`, per area:
    /// `value(year) − value(year − years)`. For indicators in percent the result
    /// is in percentage points. Missing when either value is missing or the
    /// start year is not in the table.
    pub fn change(
        &self,
        indicator: &str,
        year: i32,
        years: u32,
    ) -> Result<Vec<Option<f64>>, IndicatorError> {
        if years == 0 {
            return Err(IndicatorError::ZeroPeriod(indicator.to_owned()));
        }
        let end = self.column(indicator, year)?;
        let start_year = i32::try_from(years).ok().and_then(|n| year.checked_sub(n));
        let start = match start_year.map(|y| self.column(indicator, y)) {
            Some(Ok(c)) => c,
            None | Some(Err(IndicatorError::UnknownYear(_))) => vec![None; end.len()],
            Some(Err(e)) => return Err(e),
        };
        Ok(end
            .iter()
            .zip(start.iter())
            .map(|(e, s)| match (e, s) {
                (Some(e), Some(s)) => Some(e - s),
                _ => None,
            })
            .collect())
    }

    /// Add the derived indicator "change over `years` years" of `indicator`
    /// under `new_key`, computed for every year of the table (missing where the
    /// start year is absent). Returns an error if `new_key` already exists.
    pub fn add_change_indicator(
        &mut self,
        indicator: &str,
        years: u32,
        new_key: &str,
    ) -> Result<(), IndicatorError> {
        if self.indicator_pos(new_key).is_ok() {
            return Err(IndicatorError::DuplicateIndicator(new_key.to_owned()));
        }
        let mut changes = Vec::with_capacity(self.years.len());
        for &y in &self.years {
            changes.push(self.change(indicator, y, years)?);
        }
        let n_ind_old = self.indicators.len();
        let n_years = self.years.len();
        let mut values = Vec::with_capacity(self.areas.len() * (n_ind_old + 1) * n_years);
        for a in 0..self.areas.len() {
            let start = a * n_ind_old * n_years;
            values.extend_from_slice(&self.values[start..start + n_ind_old * n_years]);
            for change in &changes {
                values.push(change[a]);
            }
        }
        self.values = values;
        self.indicators.push(new_key.to_owned());
        self.indicator_index.insert(new_key.to_owned(), n_ind_old);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn change_in_percentage_points() -> Result<(), IndicatorError> {
        let mut t = ValueTable::new(
            vec!["a".into(), "b".into()],
            vec!["s1".into()],
            vec![2016, 2018],
        )?;
        t.set("a", "s1", 2016, Some(10.0))?;
        t.set("a", "s1", 2018, Some(8.5))?;
        t.set("b", "s1", 2018, Some(3.0))?;
        assert_eq!(t.change("s1", 2018, 2)?, vec![Some(-1.5), None]);
        t.add_change_indicator("s1", 2, "d1")?;
        assert_eq!(t.get("a", "d1", 2018)?, Some(-1.5));
        assert_eq!(t.get("a", "d1", 2016)?, None);
        assert_eq!(t.get("a", "s1", 2018)?, Some(8.5));
        assert!(matches!(
            t.get("c", "s1", 2018),
            Err(IndicatorError::UnknownArea(_))
        ));
        let def = IndicatorDef::new("s1", "Arbeitslosigkeit", "%", Polarity::HigherMoreNeed);
        assert_eq!(def.change_def(2).unit, "pp");
        Ok(())
    }
}
