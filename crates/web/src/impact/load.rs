//! Loading a survey with everything its pages need, and grouping its answers
//! for the statistics.

use std::collections::BTreeMap;

use quartier_db::impact::{AnswerRow, Survey, Unit, Wave};
use quartier_rules::impact::results::{Group, ScaleResults, survey_results};
use quartier_rules::impact::stats::MinN;
use quartier_rules::impact::{Answer, Instrument, Response};

use crate::error::{AppError, AppResult};
use crate::{AppState, Ctx};

/// A survey of the current city with its instrument, areas and waves.
pub struct Bundle {
    /// The survey.
    pub survey: Survey,
    /// Its instrument.
    pub instrument: Instrument,
    /// Its areas, pilot first.
    pub units: Vec<Unit>,
    /// Its waves, baseline first.
    pub waves: Vec<Wave>,
}

impl Bundle {
    /// A wave by id.
    pub fn wave(&self, id: i64) -> Option<&Wave> {
        self.waves.iter().find(|w| w.id == id)
    }

    /// An area by id.
    pub fn unit(&self, id: i64) -> Option<&Unit> {
        self.units.iter().find(|u| u.id == id)
    }
}

/// The survey `id` if it belongs to the current city (else 404).
pub async fn bundle(state: &AppState, ctx: &Ctx, id: i64) -> AppResult<Bundle> {
    let city = ctx.require_city()?;
    let survey = state.db.survey(id).await?.ok_or(AppError::NotFound)?;
    if survey.city_id != city.id {
        return Err(AppError::NotFound);
    }
    bundle_of(state, survey).await
}

/// The bundle of a survey already loaded (no city check: for resident pages
/// reached by code or link).
pub async fn bundle_of(state: &AppState, survey: Survey) -> AppResult<Bundle> {
    let row = state
        .db
        .instrument_row(survey.instrument_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let instrument = row
        .instrument()
        .map_err(|e| AppError::Internal(format!("stored instrument {}: {e}", row.id)))?;
    let units = state.db.survey_units(survey.id).await?;
    let waves = state.db.survey_waves(survey.id).await?;
    Ok(Bundle {
        survey,
        instrument,
        units,
        waves,
    })
}

/// Groups stored answers into responses by (wave, area).
pub fn responses_by_group(rows: &[AnswerRow]) -> BTreeMap<(i64, i64), Vec<Response>> {
    let mut out: BTreeMap<(i64, i64), Vec<Response>> = BTreeMap::new();
    let mut current: Option<(i64, i64, i64, Response)> = None;
    for r in rows {
        if current.as_ref().is_some_and(|c| c.0 != r.response_id)
            && let Some((_, w, u, resp)) = current.take()
        {
            out.entry((w, u)).or_default().push(resp);
        }
        let entry = current
            .get_or_insert_with(|| (r.response_id, r.wave_id, r.unit_id, Response::default()));
        let answer = match (r.value, r.dont_know) {
            (_, 1) => Answer::DontKnow,
            (Some(v), _) => Answer::Value(i32::try_from(v).unwrap_or(i32::MIN)),
            (None, _) => continue,
        };
        entry.3.answers.insert(r.item_key.clone(), answer);
    }
    if let Some((_, w, u, resp)) = current {
        out.entry((w, u)).or_default().push(resp);
    }
    out
}

/// Every scale's results of a survey.
pub async fn results(state: &AppState, b: &Bundle) -> AppResult<Vec<ScaleResults>> {
    let rows = state.db.survey_answers(b.survey.id).await?;
    let grouped = responses_by_group(&rows);
    let empty = Vec::new();
    let mut groups = Vec::new();
    for w in &b.waves {
        for u in &b.units {
            let responses = grouped.get(&(w.id, u.id)).unwrap_or(&empty);
            groups.push(Group {
                area: &u.name,
                pilot: u.is_pilot(),
                wave: &w.name,
                wave_index: usize::try_from(w.position).unwrap_or(0),
                responses,
            });
        }
    }
    let min = MinN(usize::try_from(b.survey.min_n).unwrap_or(30));
    Ok(survey_results(&b.instrument, &groups, min))
}
