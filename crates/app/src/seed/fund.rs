//! Demo seeding of the fund module: the pilot quarter's Verfügungsfonds with the generator's
//! applications in two rounds (round 2 decided by a jury of seven with one conflict declared, round 3
//! open for the jury), every application checked with the fund's rules.

use anyhow::Context;
use quartier_db::Db;
use quartier_db::fund::ApplicationInput;
use quartier_demo::{ApplicationStatus, DemoCity, FinancingKind as DemoKind};
use quartier_rules::fund::decision::{Ballots, Candidate, Choice, Vote, annual_pots, decide};
use quartier_rules::fund::jury::{Conflict, Conflicts, JuryMember};
use quartier_rules::fund::{
    CheckContext, CostLine, Criterion, Date, Declarations, FinancingKind, FinancingLine, FundRules,
    Money, check_application,
};

/// The jury of seven: (name, age); the first is the demo jury account.
const JURY: [(&str, i64); 7] = [
    ("Hans Vogel", 67),
    ("Aylin Demir", 34),
    ("Frank Weber", 52),
    ("Leyla Haddad", 19),
    ("Olga Petrenko", 45),
    ("Thomas Kühn", 58),
    ("Nguyen Thi Lan", 41),
];

fn eur(x: f64) -> Money {
    Money((x * 100.0).round() as i64)
}

/// The generator's rules as a Leipzig-profile configuration.
fn rules_of(city: &DemoCity) -> FundRules {
    let fr = &city.fund_round;
    let mut r = FundRules::leipzig();
    r.id = "musterstadt".into();
    r.name = fr.fund_name.clone();
    r.budget.investive = Some(eur(fr.budget_investive_eur));
    r.budget.non_investive = Some(eur(fr.budget_non_investive_eur));
    r.caps.non_investive_per_application = Some(eur(fr.rules.non_investive_cap_eur));
    r.caps.single_purchase = Some(eur(fr.rules.single_purchase_max_eur));
    r.caps.investive_per_application = Some(eur(fr.rules.investive_cap_eur));
    r.caps.investive_max_share_percent =
        Some((fr.rules.investive_max_share * 100.0).round() as u32);
    r.jury.body = fr.rules.deciding_body.clone();
    r.criteria = fr
        .rules
        .criteria
        .iter()
        .enumerate()
        .map(|(i, c)| Criterion {
            id: ["area", "target_group", "development", "sustainability"]
                .get(i)
                .map_or(format!("c{i}"), |s| s.to_string()),
            label: c.split(':').next().unwrap_or(c).trim().to_string(),
            weight: 1,
            max_score: 5,
        })
        .collect();
    r
}

fn input_of(a: &quartier_demo::FundApplication, rules: &FundRules) -> ApplicationInput {
    let threshold = rules.costs.quote_threshold.unwrap_or(Money(i64::MAX));
    ApplicationInput {
        applicant_kind: if a.applicant_actor_id.is_some() {
            "association".into()
        } else {
            "person".into()
        },
        applicant_name: a.applicant_name.clone(),
        contact_name: a.applicant_name.clone(),
        title: a.title.clone(),
        summary_plain: a.summary_plain.clone(),
        description: a.description.clone(),
        target_groups: a.target_groups.clone(),
        place: "Mühlenviertel".into(),
        location: format!(
            "{{\"type\":\"Point\",\"coordinates\":[{},{}]}}",
            a.location[0], a.location[1]
        ),
        inside_area: Some(true),
        start_on: a.start.clone(),
        end_on: a.end.clone(),
        investive: a.investive,
        declarations: Declarations {
            not_started: true,
            no_double_funding: true,
            data_protection_consent: true,
            exclusions_confirmed: rules.exclusions.iter().map(|e| e.id.clone()).collect(),
        },
        cost_lines: a
            .cost_lines
            .iter()
            .map(|c| CostLine {
                category: c.category.clone(),
                description: c.description.clone(),
                amount: eur(c.amount_eur),
                investive: a.investive,
                purchase: c.category == "Anschaffungen",
                // Quotes are attached to the paper form for lines above the threshold.
                quotes: if eur(c.amount_eur) > threshold {
                    rules.costs.quotes_required
                } else {
                    0
                },
            })
            .collect(),
        financing_lines: a
            .financing_lines
            .iter()
            .map(|f| FinancingLine {
                kind: match f.kind {
                    DemoKind::OwnFunds => FinancingKind::OwnFunds,
                    DemoKind::OwnWork => FinancingKind::OwnWork,
                    DemoKind::ThirdParty => FinancingKind::ThirdParty,
                    DemoKind::Requested => FinancingKind::Requested,
                },
                description: f.description.clone(),
                amount: eur(f.amount_eur),
            })
            .collect(),
        ..ApplicationInput::default()
    }
}

async fn jury(db: &Db, round: i64, jury_user: Option<i64>) -> anyhow::Result<Vec<i64>> {
    let mut ids = Vec::new();
    for (i, (name, age)) in JURY.iter().enumerate() {
        let user = if i == 0 { jury_user } else { None };
        ids.push(
            db.fund_member_add(round, user, name, true, Some(*age), false)
                .await?,
        );
    }
    Ok(ids)
}

/// Seeds the fund of the pilot quarter.
pub(super) async fn seed_fund(db: &Db, city: &DemoCity, pilot: i64) -> anyhow::Result<()> {
    let fr = &city.fund_round;
    let rules = rules_of(city);
    rules.check().context("demo fund rules")?;
    let lead = db
        .user_by_email("lead@musterstadt.example")
        .await?
        .map(|u| u.id);
    let jury_user = db
        .user_by_email("jury@musterstadt.example")
        .await?
        .map(|u| u.id);
    let fund = db.fund_create(pilot, &fr.fund_name, &rules, lead).await?;
    let year = i64::from(fr.year);
    let decided = db
        .fund_round_create(
            fund,
            year,
            i64::from(fr.round_no),
            &fr.deadline,
            &fr.jury_meeting,
            "majority",
        )
        .await?;
    let open = db
        .fund_round_create(
            fund,
            year,
            i64::from(fr.round_no) + 1,
            "2024-08-15",
            "2024-08-27",
            "scores",
        )
        .await?;
    let ctx_decided = CheckContext {
        year: fr.year,
        decision_date: fr.jury_meeting.parse::<Date>().ok(),
    };
    let members_decided = jury(db, decided, jury_user).await?;
    let members_open = jury(db, open, jury_user).await?;

    let mut candidates = Vec::new();
    let mut yes_for = Vec::new();
    for a in &fr.applications {
        let pending = matches!(
            a.status,
            ApplicationStatus::Submitted | ApplicationStatus::FormallyChecked
        );
        let round = if pending { open } else { decided };
        let input = input_of(a, &rules);
        let id = db
            .fund_application_create(round, None, true, &input)
            .await?;
        db.fund_application_set_status(id, "submitted", None)
            .await?;
        if a.status == ApplicationStatus::Submitted {
            continue;
        }
        let full = db
            .fund_application(id)
            .await?
            .context("seeded application")?;
        let violations = check_application(&rules, &full.plan(), ctx_decided);
        let status = if violations.is_empty() {
            "eligible"
        } else {
            "ineligible"
        };
        db.fund_application_set_status(id, status, a.note.as_deref())
            .await?;
        if !pending && violations.is_empty() {
            candidates.push(Candidate {
                id: id.to_string(),
                plan: full.plan(),
            });
            if a.status == ApplicationStatus::Approved {
                yes_for.push(id);
            }
        }
        // One member of the jury belongs to the sports club or the garden initiative: a declared conflict.
        if a.title.starts_with("Hochbeete") {
            db.fund_declare_conflict(members_decided[2], id, "Mitglied der Initiative")
                .await?;
        }
        if a.title.starts_with("Fußballturnier") {
            db.fund_declare_conflict(members_open[5], id, "Vorstand im Sportverein")
                .await?;
        }
    }
    // Round 2: every member without a conflict votes; approved applications get a clear majority.
    let conflicts = db.fund_conflicts(decided).await?;
    let conflicted = |m: i64, a: i64| {
        conflicts
            .iter()
            .any(|c| c.member_id == m && c.application_id == a)
    };
    let mut votes = Vec::new();
    for c in &candidates {
        let app: i64 = c.id.parse().unwrap_or(0);
        for (k, &m) in members_decided.iter().enumerate() {
            if conflicted(m, app) {
                continue;
            }
            let choice = if yes_for.contains(&app) {
                if k == 6 { "abstain" } else { "yes" }
            } else {
                "no"
            };
            db.fund_save_vote(m, app, choice).await?;
            votes.push(Vote {
                member: m.to_string(),
                application: c.id.clone(),
                choice: match choice {
                    "yes" => Choice::Yes,
                    "no" => Choice::No,
                    _ => Choice::Abstain,
                },
            });
        }
    }
    let members: Vec<JuryMember> = members_decided
        .iter()
        .zip(JURY)
        .map(|(id, (_, age))| JuryMember {
            id: id.to_string(),
            resident: true,
            age: u8::try_from(age).ok(),
            staff: false,
        })
        .collect();
    let cs = Conflicts::new(
        &conflicts
            .iter()
            .map(|c| Conflict {
                member: c.member_id.to_string(),
                application: c.application_id.to_string(),
            })
            .collect::<Vec<_>>(),
    );
    let decisions = decide(
        &rules,
        ctx_decided,
        &members,
        &cs,
        &candidates,
        &annual_pots(&rules),
        &Ballots::Majority(votes),
    )
    .map_err(|e| anyhow::anyhow!("demo fund decision: {e}"))?;
    let rows: Vec<(i64, Option<i64>, String, String)> = decisions
        .iter()
        .map(|d| {
            (
                d.application.parse().unwrap_or(0),
                d.funded.as_ref().ok().map(|m| m.cents()),
                if d.funded.is_ok() {
                    String::new()
                } else {
                    "no_majority".into()
                },
                serde_json::to_string(&d.tally).unwrap_or_default(),
            )
        })
        .collect();
    db.fund_save_decisions(decided, &rows, lead).await?;
    Ok(())
}
