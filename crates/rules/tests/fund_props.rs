//! Property tests of the fund's elections: the reader never panics, and no allocation exceeds the budget.

use proptest::prelude::*;
use quartier_rules::fund::allocate::{Completion, Satisfaction, equal_shares, greedy};
use quartier_rules::fund::pb::{self, Amount, Ballot, Election, PbProject, VoteType};

fn arb_election() -> impl Strategy<Value = Election> {
    (
        1usize..14,
        0usize..40,
        0i64..5000,
        prop::collection::vec(0i64..1500, 14),
        prop::collection::vec(prop::collection::vec(0usize..14, 0..6), 40),
    )
        .prop_map(|(n, voters, budget, costs, ballots)| Election {
            meta: vec![],
            budget: Amount::units(budget),
            vote_type: VoteType::Approval,
            projects: (0..n)
                .map(|i| PbProject {
                    id: format!("p{i}"),
                    cost: Amount::units(costs[i]),
                    name: None,
                })
                .collect(),
            ballots: ballots
                .into_iter()
                .take(voters)
                .map(|b| {
                    let mut v: Vec<usize> = b.into_iter().filter(|&p| p < n).collect();
                    v.sort_unstable();
                    v.dedup();
                    Ballot {
                        projects: v,
                        points: vec![],
                    }
                })
                .collect(),
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn reader_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = pb::parse_bytes(&bytes);
    }

    #[test]
    fn reader_never_panics_on_near_valid_text(
        head in "(META|PROJECTS|VOTES|key;value|budget;[0-9,.]{0,6}|vote_type;(approval|cumulative|ordinal|x))",
        rows in prop::collection::vec("[0-9a-z;,\"\\.\r\n -]{0,20}", 0..20),
    ) {
        let text = format!("META\nkey;value\n{head}\nvote_type;cumulative\nPROJECTS\nproject_id;cost\n{}", rows.join("\n"));
        let _ = pb::parse(&text);
    }

    #[test]
    fn no_allocation_exceeds_the_budget(e in arb_election()) {
        for sat in [Satisfaction::Cost, Satisfaction::Cardinality] {
            let mut outcomes = vec![greedy(&e, sat)];
            for c in [Completion::None, Completion::Add1, Completion::Greedy] {
                outcomes.push(equal_shares(&e, sat, c, &mut |_| {}));
            }
            for o in outcomes {
                let total = Amount::sum(o.selected.iter().map(|&p| e.projects[p].cost));
                prop_assert!(total <= e.budget, "{} > {}", total, e.budget);
                prop_assert_eq!(total, o.spent);
                let mut s = o.selected.clone();
                s.sort_unstable();
                s.dedup();
                prop_assert_eq!(s.len(), o.selected.len());
            }
        }
        // greedy is exhaustive: nothing left out would still fit
        let g = greedy(&e, Satisfaction::Cost);
        let left = Amount(e.budget.0 - g.spent.0);
        for (i, p) in e.projects.iter().enumerate() {
            prop_assert!(g.selected.contains(&i) || p.cost > left);
        }
    }

    #[test]
    fn written_elections_read_back(e in arb_election()) {
        let back = pb::parse(&pb::write(&e)).expect("own output parses");
        prop_assert_eq!(back.projects, e.projects);
        prop_assert_eq!(back.ballots, e.ballots);
        prop_assert_eq!(back.budget, e.budget);
    }
}
