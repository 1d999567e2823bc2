//! A response's scale scores: reverse coding, then the scale's scoring rule.

use super::model::{Instrument, Scale, ScoringRule};
use super::validate::{Answer, Response};

/// A respondent's score on one scale.
#[derive(Debug, Clone, PartialEq)]
pub struct ScaleScore {
    /// The scale's id.
    pub scale: String,
    /// The score, or `None` when too few items were answered.
    pub score: Option<f64>,
    /// Items answered (don't know counts as unanswered).
    pub answered: usize,
}

/// The item values of one scale for one response, reverse-coded, in the
/// scale's item order (`None` = unanswered or don't know).
pub fn coded_items(
    instrument: &Instrument,
    scale: &Scale,
    response: &Response,
) -> Vec<Option<f64>> {
    scale
        .items
        .iter()
        .map(|id| {
            let item = instrument.item(id)?;
            let answers = instrument.answer_scale(&item.answer_scale)?;
            match response.answers.get(id)? {
                Answer::Value(v) => {
                    let v = if item.reverse {
                        answers.reverse(*v)
                    } else {
                        *v
                    };
                    Some(f64::from(v))
                }
                Answer::DontKnow => None,
            }
        })
        .collect()
}

/// Score of one scale from coded item values.
pub fn score_scale(rule: ScoringRule, coded: &[Option<f64>]) -> Option<f64> {
    let answered: Vec<f64> = coded.iter().flatten().copied().collect();
    match rule {
        ScoringRule::Mean { min_answered } => {
            if answered.is_empty() || answered.len() < min_answered {
                None
            } else {
                Some(answered.iter().sum::<f64>() / answered.len() as f64)
            }
        }
        ScoringRule::SumAll => {
            if answered.len() == coded.len() && !coded.is_empty() {
                Some(answered.iter().sum())
            } else {
                None
            }
        }
    }
}

/// Every scale's score for a (checked) response.
pub fn score_response(instrument: &Instrument, response: &Response) -> Vec<ScaleScore> {
    instrument
        .scales
        .iter()
        .map(|scale| {
            let coded = coded_items(instrument, scale, response);
            ScaleScore {
                scale: scale.id.clone(),
                score: score_scale(scale.scoring, &coded),
                answered: coded.iter().flatten().count(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mean_needs_k_answered_items() {
        let rule = ScoringRule::Mean { min_answered: 3 };
        assert_eq!(score_scale(rule, &[Some(1.0), Some(2.0), None, None]), None);
        assert_eq!(
            score_scale(rule, &[Some(1.0), Some(2.0), Some(6.0), None]),
            Some(3.0)
        );
    }

    #[test]
    fn sum_needs_all_items() {
        assert_eq!(score_scale(ScoringRule::SumAll, &[Some(1.0), None]), None);
        assert_eq!(
            score_scale(ScoringRule::SumAll, &[Some(1.0), Some(4.0)]),
            Some(5.0)
        );
    }
}
