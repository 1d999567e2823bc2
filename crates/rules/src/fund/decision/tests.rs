use proptest::prelude::*;

use super::*;
use crate::fund::application::{CostLine, Declarations, FinancingKind, FinancingLine};
use crate::fund::jury::Conflict;
use crate::fund::money::Date;

fn plan(requested: i64, own: i64, investive: bool) -> ApplicationPlan {
    ApplicationPlan {
        title: "Projekt".into(),
        investive,
        start: Date::new(2024, 8, 1),
        end: Date::new(2024, 10, 1),
        inside_area: Some(true),
        cost_lines: vec![CostLine {
            category: "Sachkosten".into(),
            description: "Material".into(),
            amount: Money::euros(requested + own),
            investive,
            purchase: false,
            quotes: 3,
        }],
        financing_lines: vec![
            FinancingLine {
                kind: FinancingKind::OwnFunds,
                description: "Eigen".into(),
                amount: Money::euros(own),
            },
            FinancingLine {
                kind: FinancingKind::Requested,
                description: "Fonds".into(),
                amount: Money::euros(requested),
            },
        ],
        declarations: Declarations {
            not_started: true,
            no_double_funding: true,
            data_protection_consent: true,
            exclusions_confirmed: vec![
                "operating_costs".into(),
                "institutional_funding".into(),
                "subordinate".into(),
            ],
        },
    }
}

fn ctx() -> CheckContext {
    CheckContext {
        year: 2024,
        decision_date: Date::new(2024, 7, 2),
    }
}

fn members(n: usize) -> Vec<JuryMember> {
    (0..n)
        .map(|i| JuryMember {
            id: format!("m{i}"),
            resident: true,
            age: Some(30),
            staff: false,
        })
        .collect()
}

fn cand(id: &str, requested: i64, own: i64, investive: bool) -> Candidate {
    Candidate {
        id: id.into(),
        plan: plan(requested, own, investive),
    }
}

#[test]
fn majority_with_a_conflict_and_the_budget() {
    let rules = FundRules::leipzig();
    let jury = members(7);
    let conflicts = Conflicts::new(&[Conflict {
        member: "m0".into(),
        application: "A".into(),
    }]);
    let cands = vec![
        cand("A", 900, 100, false),
        cand("B", 800, 100, false),
        cand("C", 600, 50, false),
        cand("D", 1200, 0, false),
    ];
    let vote = |m: usize, a: &str, c: Choice| Vote {
        member: format!("m{m}"),
        application: a.into(),
        choice: c,
    };
    let mut votes = Vec::new();
    for m in 1..7 {
        votes.push(vote(m, "A", if m < 5 { Choice::Yes } else { Choice::No }));
    }
    for m in 0..7 {
        votes.push(vote(m, "B", if m < 3 { Choice::Yes } else { Choice::No }));
        votes.push(vote(m, "C", Choice::Yes));
    }
    let pots: Pots = [
        (Some(false), Money::euros(1200)),
        (Some(true), Money::euros(5000)),
    ]
    .into_iter()
    .collect();
    let d = decide(
        &rules,
        ctx(),
        &jury,
        &conflicts,
        &cands,
        &pots,
        &Ballots::Majority(votes.clone()),
    )
    .expect("decides");
    assert_eq!(d[0].tally.excluded, vec!["m0".to_string()]);
    assert_eq!((d[0].tally.yes, d[0].tally.no), (4, 2));
    assert_eq!(d[2].funded, Ok(Money::euros(600)), "C has the most yes");
    assert_eq!(
        d[0].funded,
        Err(Refusal::NoBudget),
        "A passes but 1200 - 600 leaves too little"
    );
    assert_eq!(d[1].funded, Err(Refusal::NoMajority));
    assert!(
        matches!(&d[3].funded, Err(Refusal::NotEligible(r)) if r.contains(&"caps.non_investive_per_application".to_string()))
    );
    // The conflicted member's vote is refused, naming the rule.
    votes.push(vote(0, "A", Choice::Yes));
    let e = decide(
        &rules,
        ctx(),
        &jury,
        &conflicts,
        &cands,
        &pots,
        &Ballots::Majority(votes),
    )
    .expect_err("conflict");
    assert!(e.to_string().contains("jury.conflict_of_interest"), "{e}");
}

#[test]
fn berlin_allows_majority_only() {
    let rules = FundRules::berlin();
    let e = decide(
        &rules,
        ctx(),
        &members(5),
        &Conflicts::default(),
        &[],
        &annual_pots(&rules),
        &Ballots::Approval(vec![]),
    )
    .expect_err("not allowed");
    assert_eq!(e, DecisionError::ModeNotAllowed("approval"));
}

#[test]
fn scores_and_approval_rank() {
    let rules = FundRules::leipzig();
    let jury = members(5);
    let cands = vec![cand("A", 500, 50, false), cand("B", 500, 50, false)];
    let sheet = |m: usize, a: &str, s: u32| ScoreSheet {
        member: format!("m{m}"),
        application: a.into(),
        scores: rules.criteria.iter().map(|c| (c.id.clone(), s)).collect(),
    };
    let pots: Pots = [(Some(false), Money::euros(700)), (Some(true), Money::ZERO)]
        .into_iter()
        .collect();
    let sheets = vec![
        sheet(0, "A", 2),
        sheet(1, "A", 3),
        sheet(0, "B", 4),
        sheet(1, "B", 4),
    ];
    let d = decide(
        &rules,
        ctx(),
        &jury,
        &Conflicts::default(),
        &cands,
        &pots,
        &Ballots::Scores {
            sheets,
            min_percent: 50.0,
        },
    )
    .expect("decides");
    assert_eq!(d[1].funded, Ok(Money::euros(500)));
    assert_eq!(d[0].funded, Err(Refusal::NoBudget));
    let approvals = vec![
        ("m0".to_string(), vec!["A".to_string()]),
        ("m1".to_string(), vec!["A".to_string()]),
    ];
    let d = decide(
        &rules,
        ctx(),
        &jury,
        &Conflicts::default(),
        &cands,
        &pots,
        &Ballots::Approval(approvals),
    )
    .expect("decides");
    assert_eq!(d[0].funded, Ok(Money::euros(500)));
    assert_eq!(d[1].funded, Err(Refusal::NoApproval));
}

#[test]
fn public_vote_with_equal_shares() {
    let rules = FundRules::leipzig();
    // Seven voters like A and A2 (500 each), three like B (300); pot 1000. Counting votes would fund
    // A and A2; Equal Shares gives the three their share: A and B.
    let cands = vec![
        cand("A", 500, 50, false),
        cand("A2", 500, 50, false),
        cand("B", 300, 50, false),
    ];
    let v = |ids: &[&str]| ids.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let mut voters = vec![v(&["A", "A2"]); 7];
    voters.extend(vec![v(&["B"]); 3]);
    let pots: Pots = [(Some(false), Money::euros(1000)), (Some(true), Money::ZERO)]
        .into_iter()
        .collect();
    let ballots = Ballots::EqualShares {
        voters,
        completion: Completion::None,
    };
    let d = decide(
        &rules,
        ctx(),
        &[],
        &Conflicts::default(),
        &cands,
        &pots,
        &ballots,
    )
    .expect("decides");
    let got: Vec<bool> = d.iter().map(|x| x.funded.is_ok()).collect();
    assert_eq!(got, vec![true, false, true]);
    assert_eq!(d[1].funded, Err(Refusal::NotSelected));
    assert_eq!(d[2].tally.approvals, 3);
}

fn arb_candidate() -> impl Strategy<Value = (i64, i64, bool, bool, u8)> {
    // requested, own, investive, balanced, quotes
    (1i64..3000, 0i64..500, any::<bool>(), any::<bool>(), 0u8..4)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn never_over_budget_or_cap_and_every_funded_plan_balances(
        raw in prop::collection::vec(arb_candidate(), 0..14),
        budget_ni in 0i64..6000,
        budget_i in 0i64..6000,
        mode in 0u8..4,
        seeds in prop::collection::vec(any::<u32>(), 30),
        berlin in any::<bool>(),
    ) {
        let mut rules = if berlin { FundRules::berlin() } else { FundRules::leipzig() };
        rules.jury.decision_modes = DecisionMode::ALL.to_vec();
        let cands: Vec<Candidate> = raw.iter().enumerate().map(|(i, &(req, own, inv, balanced, quotes))| {
            let mut c = cand(&format!("A{i:02}"), req, own, inv);
            c.plan.cost_lines[0].quotes = u32::from(quotes);
            if !balanced { c.plan.financing_lines[0].amount = Money::euros(own + 7); }
            c
        }).collect();
        let jury = members(7);
        let conflicts = Conflicts::new(&[Conflict { member: "m1".into(), application: "A00".into() }]);
        let pots: Pots = if rules.budget.split {
            [(Some(false), Money::euros(budget_ni)), (Some(true), Money::euros(budget_i))].into_iter().collect()
        } else {
            [(None, Money::euros(budget_ni))].into_iter().collect()
        };
        let pick = |k: usize, n: usize| seeds[k % seeds.len()] as usize % n.max(1);
        let ballots = match mode {
            0 => Ballots::Majority(
                cands.iter().enumerate().flat_map(|(i, c)| jury.iter().enumerate().filter(|(_, m)| !conflicts.has(&m.id, &c.id)).map(move |(j, m)| (i, j, m, c)))
                    .map(|(i, j, m, c)| Vote { member: m.id.clone(), application: c.id.clone(), choice: [Choice::Yes, Choice::No, Choice::Abstain][pick(i * 7 + j, 3)] })
                    .collect(),
            ),
            1 => Ballots::Scores {
                sheets: cands.iter().enumerate().flat_map(|(i, c)| jury.iter().enumerate().filter(|(_, m)| !conflicts.has(&m.id, &c.id)).map(move |(j, m)| (i, j, m, c)))
                    .map(|(i, j, m, c)| ScoreSheet { member: m.id.clone(), application: c.id.clone(), scores: rules.criteria.iter().map(|cr| (cr.id.clone(), (pick(i + j, 6) as u32).min(cr.max_score))).collect() })
                    .collect(),
                min_percent: 40.0,
            },
            2 => Ballots::Approval(jury.iter().enumerate().map(|(j, m)| (m.id.clone(), cands.iter().enumerate().filter(|(i, c)| pick(i + j, 2) == 0 && !conflicts.has(&m.id, &c.id)).map(|(_, c)| c.id.clone()).collect())).collect()),
            _ => Ballots::EqualShares {
                voters: (0..25).map(|v| cands.iter().enumerate().filter(|(i, _)| pick(v * 3 + i, 3) == 0).map(|(_, c)| c.id.clone()).collect()).collect(),
                completion: [Completion::None, Completion::Add1, Completion::Greedy][pick(mode as usize, 3)],
            },
        };
        let d = decide(&rules, ctx(), &jury, &conflicts, &cands, &pots, &ballots).expect("valid ballots decide");
        prop_assert_eq!(d.len(), cands.len());
        let mut spent: Pots = pots.keys().map(|k| (*k, Money::ZERO)).collect();
        for (dec, c) in d.iter().zip(&cands) {
            if let Ok(m) = dec.funded {
                let t = c.plan.totals(&rules);
                prop_assert_eq!(t.income, t.expenses, "funded plan balances");
                prop_assert!(check_application(&rules, &c.plan, ctx()).is_empty());
                prop_assert_eq!(m, t.requested);
                if let Some((_, cap)) = rules.request_cap(c.plan.investive) { prop_assert!(m <= cap); }
                let pot = rules.pot_of(c.plan.investive);
                let s = spent.entry(pot).or_insert(Money::ZERO);
                *s = s.plus(m);
            }
        }
        for (pot, s) in &spent {
            prop_assert!(*s <= pots.get(pot).copied().unwrap_or(Money::ZERO), "pot {:?} spent {} of {:?}", pot, s, pots.get(pot));
        }
    }
}
