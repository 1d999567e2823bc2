//! Progress of measures: lateness, the share of the way to an indicator's
//! target, and partners whose target groups fit a measure.

use super::dates::{Ymd, parse_date};

/// What lateness needs to know of a measure.
pub trait Scheduled {
    /// Status key (`idea`, `planned`, `running`, `done`, `permanent`, `dropped`).
    fn status(&self) -> &str;
    /// End date `YYYY-MM-DD`, or empty for an open end.
    fn end_on(&self) -> &str;
}

impl<T: Scheduled + ?Sized> Scheduled for &T {
    fn status(&self) -> &str {
        (**self).status()
    }
    fn end_on(&self) -> &str {
        (**self).end_on()
    }
}

/// A measure is late when its end date has passed and it is not done, permanent or dropped.
pub fn is_late(m: &impl Scheduled, today: Ymd) -> bool {
    matches!(m.status(), "idea" | "planned" | "running")
        && parse_date(m.end_on()).is_some_and(|e| e < today)
}

/// Share of the way from `baseline` to `target` reached by `actual` (falling
/// targets too; when the target equals the baseline: 1 if reached, else 0).
pub fn progress_share(baseline: f64, target: f64, actual: f64) -> f64 {
    let span = target - baseline;
    if span.abs() < f64::EPSILON {
        return if (actual - target).abs() < f64::EPSILON {
            1.0
        } else {
            0.0
        };
    }
    (actual - baseline) / span
}

/// What a partner suggestion needs to know of an actor.
pub trait Candidate {
    /// Actor id.
    fn id(&self) -> i64;
    /// Name (the tie-breaker of the order).
    fn name(&self) -> &str;
    /// The actor's target groups.
    fn target_groups(&self) -> Vec<String>;
}

/// Actors whose target groups overlap the measure's `groups` (compared without
/// case), leaving out the lead and the partners already named, with the shared
/// groups as the reason; most shared groups first, then by name.
pub fn suggested_partners<'a, A: Candidate>(
    groups: &[String],
    lead: Option<i64>,
    partners: &[i64],
    actors: &'a [A],
) -> Vec<(&'a A, Vec<String>)> {
    let groups: Vec<String> = groups.iter().map(|g| g.to_lowercase()).collect();
    let mut out: Vec<(&A, Vec<String>)> = actors
        .iter()
        .filter(|a| Some(a.id()) != lead && !partners.contains(&a.id()))
        .filter_map(|a| {
            let shared: Vec<String> = a
                .target_groups()
                .into_iter()
                .filter(|g| groups.contains(&g.to_lowercase()))
                .collect();
            (!shared.is_empty()).then_some((a, shared))
        })
        .collect();
    out.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.name().cmp(b.0.name())));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    struct M(&'static str, &'static str);
    impl Scheduled for M {
        fn status(&self) -> &str {
            self.0
        }
        fn end_on(&self) -> &str {
            self.1
        }
    }

    #[test]
    fn lateness() {
        let t = Ymd {
            y: 2025,
            m: 1,
            d: 1,
        };
        assert!(is_late(&M("running", "2024-12-31"), t));
        assert!(!is_late(&M("running", "2025-01-01"), t));
        assert!(!is_late(&M("done", "2024-12-31"), t));
        assert!(!is_late(&M("running", ""), t));
        assert!(!is_late(&M("dropped", "2024-12-31"), t));
        assert!(is_late(&M("planned", "2024-12-31"), t));
    }

    #[test]
    fn share_of_the_way_to_target() {
        // Falling targets work too: 20 → 11 is 9 of 14 weeks.
        assert!((progress_share(20.0, 6.0, 11.0) - 9.0 / 14.0).abs() < 1e-9);
        assert!((progress_share(20.0, 6.0, 6.0) - 1.0).abs() < 1e-9);
        assert_eq!(progress_share(5.0, 5.0, 5.0), 1.0);
        assert_eq!(progress_share(5.0, 5.0, 4.0), 0.0);
    }

    struct A(i64, &'static str, &'static [&'static str]);
    impl Candidate for A {
        fn id(&self) -> i64 {
            self.0
        }
        fn name(&self) -> &str {
            self.1
        }
        fn target_groups(&self) -> Vec<String> {
            self.2.iter().map(|s| s.to_string()).collect()
        }
    }

    #[test]
    fn partners_by_shared_groups_without_lead_and_partners() {
        let actors = [
            A(1, "Lead", &["Kinder"]),
            A(2, "Zeta", &["kinder"]),
            A(3, "Alpha", &["Kinder", "Eltern"]),
            A(4, "Beta", &["Senioren"]),
            A(5, "Gamma", &["Eltern"]),
            A(6, "Partner", &["Eltern"]),
        ];
        let groups = vec!["Kinder".to_string(), "Eltern".to_string()];
        let s = suggested_partners(&groups, Some(1), &[6], &actors);
        let names: Vec<&str> = s.iter().map(|(a, _)| a.1).collect();
        assert_eq!(names, vec!["Alpha", "Gamma", "Zeta"]);
        assert_eq!(s[0].1, vec!["Kinder".to_string(), "Eltern".to_string()]);
        assert_eq!(s[2].1, vec!["kinder".to_string()]);
    }
}
