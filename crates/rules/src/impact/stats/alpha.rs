//! Cronbach's alpha.

use super::StatsError;
use super::describe::mean_var;

/// Cronbach's alpha of `k` items, from rows of item values (one row per
/// respondent, `None` = unanswered). Rows with any unanswered item are left
/// out (listwise deletion). Returns alpha and the number of rows used.
///
/// `alpha = k / (k − 1) · (1 − Σ var(item) / var(total))`, variances with n − 1.
pub fn cronbach_alpha(rows: &[Vec<Option<f64>>]) -> Result<(f64, usize), StatsError> {
    let k = rows.first().map(|r| r.len()).unwrap_or(0);
    if k < 2 {
        return Err(StatsError::TooFew {
            what: "Cronbach's alpha (items)",
            needed: 2,
            got: k,
        });
    }
    let complete: Vec<Vec<f64>> = rows
        .iter()
        .filter(|r| r.len() == k && r.iter().all(Option::is_some))
        .map(|r| r.iter().flatten().copied().collect())
        .collect();
    if complete.len() < 2 {
        return Err(StatsError::TooFew {
            what: "Cronbach's alpha (complete answers)",
            needed: 2,
            got: complete.len(),
        });
    }
    let mut item_var = 0.0;
    for j in 0..k {
        let column: Vec<f64> = complete.iter().map(|r| r[j]).collect();
        item_var += mean_var("Cronbach's alpha", &column)?.1;
    }
    let totals: Vec<f64> = complete.iter().map(|r| r.iter().sum()).collect();
    let (_, total_var) = mean_var("Cronbach's alpha", &totals)?;
    if total_var <= 0.0 {
        return Err(StatsError::NoVariance {
            what: "Cronbach's alpha",
        });
    }
    let kf = k as f64;
    Ok((
        kf / (kf - 1.0) * (1.0 - item_var / total_var),
        complete.len(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parallel_items_give_alpha_one() {
        let rows: Vec<Vec<Option<f64>>> = (1..=5)
            .map(|v| vec![Some(f64::from(v)); 3])
            .chain([vec![Some(1.0), None, Some(2.0)]])
            .collect();
        let (alpha, n) = cronbach_alpha(&rows).expect("alpha");
        assert!((alpha - 1.0).abs() < 1e-12);
        assert_eq!(n, 5);
    }

    #[test]
    fn constant_answers_have_no_alpha() {
        let rows = vec![vec![Some(3.0), Some(3.0)]; 10];
        assert!(matches!(
            cronbach_alpha(&rows),
            Err(StatsError::NoVariance { .. })
        ));
    }
}
