//! Impact: a cohesion survey of Musterstadt — a baseline and a follow-up wave
//! in the pilot quarter and two comparison areas, with a small real rise of
//! cohesion in the pilot quarter.
//!
//! The generator knows nothing of the instrument's rules: the seeder passes the
//! item keys with their reverse flags and turns the code bytes into invitation
//! codes.

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::{AreaKind, DemoCity};

/// One generated response.
#[derive(Debug, Clone, PartialEq)]
pub struct DemoResponse {
    /// Wave: 0 baseline, 1 follow-up.
    pub wave: usize,
    /// Area: 0 the pilot quarter, 1 and 2 the comparison areas.
    pub unit: usize,
    /// Channel (`online_code` or `paper`).
    pub channel: &'static str,
    /// Language of the questionnaire.
    pub lang: &'static str,
    /// Answer per item key (`None` = skipped).
    pub answers: Vec<(String, Option<i32>)>,
}

/// The generated survey.
#[derive(Debug, Clone, PartialEq)]
pub struct DemoSurvey {
    /// Area ids of the two comparison areas (most similar to the pilot in the
    /// first year, outside both quarters).
    pub comparison_area_ids: Vec<String>,
    /// Responses of both waves.
    pub responses: Vec<DemoResponse>,
    /// Random bytes for the invitation codes of the open follow-up sample.
    pub code_bytes: Vec<Vec<u8>>,
}

/// Respondents per area and wave: pilot quarter, then the comparison areas.
pub const SAMPLE_SIZES: [[usize; 3]; 2] = [[92, 78, 74], [96, 81, 77]];
/// Rise of the latent cohesion in the pilot quarter from baseline to follow-up
/// (on the five-point scale), and in the comparison areas.
pub const TRUE_SHIFT: (f64, f64) = (0.30, 0.05);

fn normal(rng: &mut ChaCha8Rng) -> f64 {
    // Box–Muller.
    let u1: f64 = rng.gen_range(f64::EPSILON..1.0);
    let u2: f64 = rng.r#gen();
    (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()
}

fn comparison_areas(city: &DemoCity) -> Vec<String> {
    let in_quarter = |id: &str| {
        city.quarters
            .iter()
            .any(|q| q.area_ids.iter().any(|a| a == id))
    };
    let year = city.years.first().copied().unwrap_or(0);
    let pilot: Vec<&str> = city
        .quarters
        .first()
        .map(|q| q.area_ids.iter().map(String::as_str).collect())
        .unwrap_or_default();
    let value = |area: &str, ind: &str| {
        city.values
            .iter()
            .find(|v| v.area_id == area && v.indicator == ind && v.year == year)
            .map(|v| v.value)
    };
    let mut dist: Vec<(f64, String)> = Vec::new();
    for a in &city.areas {
        if in_quarter(&a.id) || matches!(a.kind, AreaKind::Industrial | AreaKind::Forest) {
            continue;
        }
        let mut d = 0.0;
        for ind in &city.indicators {
            let all: Vec<f64> = city
                .areas
                .iter()
                .filter_map(|x| value(&x.id, &ind.key))
                .collect();
            if all.len() < 2 {
                continue;
            }
            let mean = all.iter().sum::<f64>() / all.len() as f64;
            let sd = (all.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / (all.len() - 1) as f64)
                .sqrt();
            let p: Vec<f64> = pilot.iter().filter_map(|id| value(id, &ind.key)).collect();
            if sd <= 0.0 || p.is_empty() {
                continue;
            }
            let pm = p.iter().sum::<f64>() / p.len() as f64;
            if let Some(v) = value(&a.id, &ind.key) {
                d += ((v - pm) / sd).powi(2);
            }
        }
        dist.push((d, a.id.clone()));
    }
    dist.sort_by(|x, y| x.0.total_cmp(&y.0).then(x.1.cmp(&y.1)));
    dist.into_iter().take(2).map(|(_, id)| id).collect()
}

/// Generates the survey for `items` (item key, reverse-coded).
pub fn survey(city: &DemoCity, items: &[(&str, bool)]) -> DemoSurvey {
    let mut rng = ChaCha8Rng::seed_from_u64(city.seed ^ 0x1A9C_7E11);
    let langs = [
        "de", "de", "de", "de", "uk", "ar", "ru", "tr", "vi", "fa", "en", "ls",
    ];
    let base = [3.05, 3.15, 3.10];
    let mut responses = Vec::new();
    for (wave, sizes) in SAMPLE_SIZES.iter().enumerate() {
        for (unit, n) in sizes.iter().enumerate() {
            let shift = match (wave, unit) {
                (0, _) => 0.0,
                (_, 0) => TRUE_SHIFT.0,
                _ => TRUE_SHIFT.1,
            };
            for i in 0..*n {
                let latent = base[unit] + shift + 0.6 * normal(&mut rng);
                let answers = items
                    .iter()
                    .map(|(key, reverse)| {
                        if rng.gen_bool(0.04) {
                            return ((*key).to_string(), None);
                        }
                        let v = (latent + 0.75 * normal(&mut rng)).round().clamp(1.0, 5.0) as i32;
                        let v = if *reverse { 6 - v } else { v };
                        ((*key).to_string(), Some(v))
                    })
                    .collect();
                responses.push(DemoResponse {
                    wave,
                    unit,
                    channel: if i % 6 == 5 { "paper" } else { "online_code" },
                    lang: langs[rng.gen_range(0..langs.len())],
                    answers,
                });
            }
        }
    }
    let code_bytes = (0..40)
        .map(|_| (0..64).map(|_| rng.r#gen::<u8>()).collect())
        .collect();
    DemoSurvey {
        comparison_area_ids: comparison_areas(city),
        responses,
        code_bytes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_sized() {
        let city = crate::musterstadt();
        let items = [("a", false), ("b", true)];
        let s = survey(&city, &items);
        assert_eq!(s, survey(&city, &items));
        assert_eq!(s.comparison_area_ids.len(), 2);
        let total: usize = SAMPLE_SIZES.iter().flatten().sum();
        assert_eq!(s.responses.len(), total);
        assert!(s.responses.iter().all(|r| r.answers.len() == 2));
    }
}
