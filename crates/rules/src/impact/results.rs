//! A survey's results: every figure the results page, the API and the impact
//! report show, computed from the responses grouped by area and wave, with
//! everything below the minimum n withheld.

use serde::Serialize;

use super::model::{Instrument, Scale};
use super::scoring::{coded_items, score_scale};
use super::stats::{self, Did, DidObs, MinN, StatsError, Summary, Welch, Wilson};
use super::validate::Response;

/// The responses of one area in one wave.
#[derive(Debug, Clone)]
pub struct Group<'a> {
    /// The area's name (a quarter or a comparison area).
    pub area: &'a str,
    /// Whether it is the pilot quarter.
    pub pilot: bool,
    /// The wave's name.
    pub wave: &'a str,
    /// The wave's position: 0 = baseline, 1, 2, … = follow-ups.
    pub wave_index: usize,
    /// The responses.
    pub responses: &'a [Response],
}

/// The figures of one scale in one area and wave (only when shown).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CellFigures {
    /// n, mean, SD and the 95 % interval.
    #[serde(flatten)]
    pub summary: Summary,
    /// Cronbach's alpha over the complete answers, when at least the minimum
    /// answered every item and the answers vary.
    pub alpha: Option<f64>,
    /// Share with a score at or above the scale's threshold, Wilson interval.
    pub share: Option<Wilson>,
    /// Counts of scores in equal bins over the answer range.
    pub distribution: Vec<usize>,
}

/// One scale in one area and wave.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cell {
    /// The area.
    pub area: String,
    /// Whether it is the pilot quarter.
    pub pilot: bool,
    /// The wave.
    pub wave: String,
    /// The wave's position (0 = baseline).
    pub wave_index: usize,
    /// Respondents with a score on this scale.
    pub n: usize,
    /// The figures, or `None` when withheld.
    pub figures: Option<CellFigures>,
    /// Why the figures are withheld.
    pub withheld: Option<String>,
}

/// Change of one area's mean from the baseline to a follow-up (Welch).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    /// The area.
    pub area: String,
    /// Whether it is the pilot quarter.
    pub pilot: bool,
    /// The baseline wave.
    pub from_wave: String,
    /// The follow-up wave.
    pub to_wave: String,
    /// The change, or `None` when withheld.
    pub welch: Option<Welch>,
    /// Why it is withheld.
    pub withheld: Option<String>,
}

/// Pilot quarter against the comparison areas, baseline to a follow-up.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DidResult {
    /// The pilot quarter.
    pub pilot_area: String,
    /// The comparison areas (pooled).
    pub comparison_areas: Vec<String>,
    /// The baseline wave.
    pub from_wave: String,
    /// The follow-up wave.
    pub to_wave: String,
    /// The estimate, or `None` when withheld.
    pub did: Option<Did>,
    /// Why it is withheld.
    pub withheld: Option<String>,
}

/// All results of one scale.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScaleResults {
    /// The scale's id.
    pub scale: String,
    /// Lowest and highest possible score (for charts).
    pub range: (f64, f64),
    /// Per area and wave.
    pub cells: Vec<Cell>,
    /// Per area, baseline → each follow-up.
    pub changes: Vec<Change>,
    /// Pilot vs comparison areas, baseline → each follow-up.
    pub did: Vec<DidResult>,
}

/// Number of bins of the distribution chart.
pub const BINS: usize = 8;

fn scores(instrument: &Instrument, scale: &Scale, responses: &[Response]) -> Vec<f64> {
    responses
        .iter()
        .filter_map(|r| score_scale(scale.scoring, &coded_items(instrument, scale, r)))
        .collect()
}

fn range(instrument: &Instrument, scale: &Scale) -> (f64, f64) {
    let answers = scale
        .items
        .first()
        .and_then(|id| instrument.item(id))
        .and_then(|item| instrument.answer_scale(&item.answer_scale));
    let (lo, hi) = answers.map(|a| (a.min(), a.max())).unwrap_or((0, 1));
    let k = match scale.scoring {
        super::model::ScoringRule::SumAll => scale.items.len() as f64,
        super::model::ScoringRule::Mean { .. } => 1.0,
    };
    (f64::from(lo) * k, f64::from(hi) * k)
}

fn label(g: &Group<'_>) -> String {
    format!("{}, {}", g.area, g.wave)
}

fn cell(instrument: &Instrument, scale: &Scale, g: &Group<'_>, min: MinN) -> Cell {
    let values = scores(instrument, scale, g.responses);
    let (lo, hi) = range(instrument, scale);
    let shown = stats::summary_shown(&label(g), &values, min).map(|summary| {
        let rows: Vec<Vec<Option<f64>>> = g
            .responses
            .iter()
            .map(|r| coded_items(instrument, scale, r))
            .collect();
        let alpha = match stats::cronbach_alpha(&rows) {
            Ok((a, used)) if used >= min.0 => Some(a),
            _ => None,
        };
        let share = scale.share_at_least.and_then(|t| {
            let hits = values.iter().filter(|v| **v >= t).count() as u64;
            stats::wilson(hits, values.len() as u64).ok()
        });
        CellFigures {
            summary,
            alpha,
            share,
            distribution: stats::distribution(&values, lo, hi, BINS),
        }
    });
    let (figures, withheld) = split(shown);
    Cell {
        area: g.area.to_string(),
        pilot: g.pilot,
        wave: g.wave.to_string(),
        wave_index: g.wave_index,
        n: values.len(),
        figures,
        withheld,
    }
}

fn split<T>(r: Result<T, StatsError>) -> (Option<T>, Option<String>) {
    match r {
        Ok(v) => (Some(v), None),
        Err(e) => (None, Some(e.to_string())),
    }
}

/// The results of every scale of `instrument` for the given groups.
pub fn survey_results(
    instrument: &Instrument,
    groups: &[Group<'_>],
    min: MinN,
) -> Vec<ScaleResults> {
    let mut waves: Vec<(usize, &str)> = groups.iter().map(|g| (g.wave_index, g.wave)).collect();
    waves.sort();
    waves.dedup();
    let mut areas: Vec<(bool, &str)> = groups.iter().map(|g| (!g.pilot, g.area)).collect();
    areas.sort();
    areas.dedup();
    let baseline = waves.first().copied();
    instrument
        .scales
        .iter()
        .map(|scale| {
            let cells = groups
                .iter()
                .map(|g| cell(instrument, scale, g, min))
                .collect();
            let mut changes = Vec::new();
            let mut did = Vec::new();
            if let Some((b, b_name)) = baseline {
                for &(w, w_name) in waves.iter().filter(|(w, _)| *w != b) {
                    for &(not_pilot, area) in &areas {
                        let find = |wave: usize| {
                            groups
                                .iter()
                                .find(|g| g.area == area && g.wave_index == wave)
                        };
                        let (Some(before), Some(after)) = (find(b), find(w)) else {
                            continue;
                        };
                        let x = scores(instrument, scale, before.responses);
                        let y = scores(instrument, scale, after.responses);
                        let (welch, withheld) = split(stats::change_shown(
                            (&label(before), &x),
                            (&label(after), &y),
                            min,
                        ));
                        changes.push(Change {
                            area: area.to_string(),
                            pilot: !not_pilot,
                            from_wave: b_name.to_string(),
                            to_wave: w_name.to_string(),
                            welch,
                            withheld,
                        });
                    }
                    if let Some(d) =
                        did_for(instrument, scale, groups, (b, b_name), (w, w_name), min)
                    {
                        did.push(d);
                    }
                }
            }
            ScaleResults {
                scale: scale.id.clone(),
                range: range(instrument, scale),
                cells,
                changes,
                did,
            }
        })
        .collect()
}

fn did_for(
    instrument: &Instrument,
    scale: &Scale,
    groups: &[Group<'_>],
    (b, b_name): (usize, &str),
    (w, w_name): (usize, &str),
    min: MinN,
) -> Option<DidResult> {
    let pilot_area = groups.iter().find(|g| g.pilot)?.area;
    let mut comparison_areas: Vec<String> = groups
        .iter()
        .filter(|g| !g.pilot)
        .map(|g| g.area.to_string())
        .collect();
    comparison_areas.sort();
    comparison_areas.dedup();
    if comparison_areas.is_empty() {
        return None;
    }
    let mut obs = Vec::new();
    for g in groups
        .iter()
        .filter(|g| g.wave_index == b || g.wave_index == w)
    {
        if g.pilot && g.area != pilot_area {
            continue;
        }
        for y in scores(instrument, scale, g.responses) {
            obs.push(DidObs {
                pilot: g.pilot,
                after: g.wave_index == w,
                y,
            });
        }
    }
    let (did, withheld) = split(stats::did_shown(&obs, min));
    Some(DidResult {
        pilot_area: pilot_area.to_string(),
        comparison_areas,
        from_wave: b_name.to_string(),
        to_wave: w_name.to_string(),
        did,
        withheld,
    })
}
