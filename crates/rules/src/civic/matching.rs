//! Offer–need matching: offers of other actors in the same category, ranked by
//! shared languages, target groups, cost and distance, with the reasons.

/// What matching needs to know of an offer or a need.
pub trait Listing {
    /// Row id (the tie-breaker of the ranking).
    fn id(&self) -> i64;
    /// The actor offering or needing it.
    fn actor_id(&self) -> i64;
    /// Category key.
    fn category(&self) -> &str;
    /// Shown in public.
    fn published(&self) -> bool;
    /// Language codes.
    fn languages(&self) -> Vec<String>;
    /// Target groups.
    fn target_groups(&self) -> Vec<String>;
    /// Cost key (`free`, `low`, `paid`).
    fn cost(&self) -> &str;
    /// Position (longitude, latitude), if known.
    fn position(&self) -> Option<(f64, f64)>;
}

/// Great-circle distance in metres between two (longitude, latitude) points.
pub fn distance_m(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (lon1, lat1) = (a.0.to_radians(), a.1.to_radians());
    let (lon2, lat2) = (b.0.to_radians(), b.1.to_radians());
    let h = ((lat2 - lat1) / 2.0).sin().powi(2)
        + lat1.cos() * lat2.cos() * ((lon2 - lon1) / 2.0).sin().powi(2);
    2.0 * 6_371_000.0 * h.sqrt().asin()
}

/// Largest distance that still counts as near, in metres.
pub const NEAR_M: f64 = 2000.0;

/// Why an offer fits a need.
#[derive(Debug, Clone, PartialEq)]
pub enum Reason {
    /// Same category.
    Category,
    /// Languages both use.
    Languages(Vec<String>),
    /// Target groups both name.
    TargetGroups(Vec<String>),
    /// Free of charge.
    Free,
    /// Distance in metres (when both have a position within [`NEAR_M`]).
    Near(f64),
}

/// A suggested offer for a need with its score and reasons.
#[derive(Debug, Clone)]
pub struct Suggestion<'a, T> {
    /// The offer.
    pub offer: &'a T,
    /// Higher is better.
    pub score: f64,
    /// The reasons.
    pub reasons: Vec<Reason>,
}

/// Published offers of other actors in the need's category, ranked by shared
/// languages, target groups, cost and distance (each adds to the score); at most
/// `max`, best first, ties by offer id.
pub fn suggest<'a, T: Listing>(
    need: &impl Listing,
    offers: &'a [T],
    max: usize,
) -> Vec<Suggestion<'a, T>> {
    let need_langs = need.languages();
    let need_groups = need.target_groups();
    let mut out: Vec<Suggestion<'a, T>> = offers
        .iter()
        .filter(|o| {
            o.actor_id() != need.actor_id() && o.category() == need.category() && o.published()
        })
        .map(|o| {
            let mut reasons = vec![Reason::Category];
            let mut score = 3.0;
            let langs: Vec<String> = o
                .languages()
                .into_iter()
                .filter(|l| need_langs.contains(l))
                .collect();
            if !langs.is_empty() {
                score += 1.0;
                reasons.push(Reason::Languages(langs));
            }
            let groups: Vec<String> = o
                .target_groups()
                .into_iter()
                .filter(|g| need_groups.contains(g))
                .collect();
            if !groups.is_empty() {
                score += 1.0;
                reasons.push(Reason::TargetGroups(groups));
            }
            if o.cost() == "free" {
                score += 1.0;
                reasons.push(Reason::Free);
            }
            if let (Some(a), Some(b)) = (need.position(), o.position()) {
                let m = distance_m(a, b);
                if m <= NEAR_M {
                    score += 1.0 - m / NEAR_M;
                    reasons.push(Reason::Near(m));
                }
            }
            Suggestion {
                offer: o,
                score,
                reasons,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| a.offer.id().cmp(&b.offer.id()))
    });
    out.truncate(max);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Item {
        id: i64,
        actor: i64,
        cat: &'static str,
        langs: &'static [&'static str],
        cost: &'static str,
        pos: Option<(f64, f64)>,
        published: bool,
    }

    impl Listing for Item {
        fn id(&self) -> i64 {
            self.id
        }
        fn actor_id(&self) -> i64 {
            self.actor
        }
        fn category(&self) -> &str {
            self.cat
        }
        fn published(&self) -> bool {
            self.published
        }
        fn languages(&self) -> Vec<String> {
            self.langs.iter().map(|s| s.to_string()).collect()
        }
        fn target_groups(&self) -> Vec<String> {
            Vec::new()
        }
        fn cost(&self) -> &str {
            self.cost
        }
        fn position(&self) -> Option<(f64, f64)> {
            self.pos
        }
    }

    fn item(
        id: i64,
        actor: i64,
        cat: &'static str,
        langs: &'static [&'static str],
        cost: &'static str,
        pos: Option<(f64, f64)>,
    ) -> Item {
        Item {
            id,
            actor,
            cat,
            langs,
            cost,
            pos,
            published: true,
        }
    }

    #[test]
    fn suggests_same_category_ranked_by_reasons() {
        let need = item(1, 1, "language", &["ar", "de"], "free", Some((12.0, 51.0)));
        let mut hidden = item(6, 6, "language", &["ar"], "free", None);
        hidden.published = false;
        let offers = vec![
            item(2, 2, "language", &["ar"], "free", Some((12.001, 51.0))),
            item(3, 3, "language", &["uk"], "paid", None),
            item(4, 4, "room", &["ar"], "free", None),
            item(5, 1, "language", &["ar"], "free", None),
            hidden,
        ];
        let s = suggest(&need, &offers, 5);
        let ids: Vec<i64> = s.iter().map(|x| x.offer.id).collect();
        assert_eq!(
            ids,
            vec![2, 3],
            "same category, other actors only, published only, best first"
        );
        assert!(s[0].reasons.contains(&Reason::Free));
        assert!(s[0].reasons.contains(&Reason::Languages(vec!["ar".into()])));
        let near = s[0].reasons.iter().find_map(|r| match r {
            Reason::Near(m) => Some(*m),
            _ => None,
        });
        // 0.001° of longitude at 51° N is about 70 m.
        assert!(near.is_some_and(|m| (60.0..80.0).contains(&m)), "{near:?}");
        assert_eq!(s[1].reasons, vec![Reason::Category]);
        assert_eq!(suggest(&need, &offers, 1).len(), 1);
    }

    #[test]
    fn distance_of_one_degree_latitude() {
        let d = distance_m((12.0, 51.0), (12.0, 52.0));
        assert!((d - 111_195.0).abs() < 10.0, "{d}");
    }
}
