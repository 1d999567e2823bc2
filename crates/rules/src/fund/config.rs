//! The fund's rules as configuration: one [`FundRules`] value per fund, stored as data (TOML or JSON),
//! so that a third city's rules need no code. Two profiles ship with Quartier.

use serde::{Deserialize, Serialize};

use super::money::{Money, MonthDay};

/// The shipped Leipzig profile (Verfügungsfonds).
pub const LEIPZIG_TOML: &str = include_str!("profiles/leipzig.toml");
/// The shipped Berlin profile (Aktionsfonds).
pub const BERLIN_TOML: &str = include_str!("profiles/berlin.toml");

/// All rules of one fund.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FundRules {
    /// Stable id of the profile ("leipzig").
    pub id: String,
    /// Display name.
    pub name: String,
    /// Currency code; amounts are in its minor unit.
    #[serde(default = "eur")]
    pub currency: String,
    /// Whether a project may have started before the decision.
    #[serde(default)]
    pub retroactive_funding: bool,
    /// Rounds and deadlines.
    pub rounds: RoundRules,
    /// Annual budget.
    pub budget: BudgetRules,
    /// Caps.
    #[serde(default)]
    pub caps: Caps,
    /// Completion and settlement.
    pub completion: CompletionRules,
    /// Own contribution.
    #[serde(default)]
    pub own_contribution: OwnContribution,
    /// Cost categories, quotes.
    #[serde(default)]
    pub costs: CostRules,
    /// What is excluded (declared by the applicant).
    #[serde(default)]
    pub exclusions: Vec<Exclusion>,
    /// Jury composition and decision modes.
    pub jury: JuryRules,
    /// Assessment criteria with weights.
    #[serde(default)]
    pub criteria: Vec<Criterion>,
}

fn eur() -> String {
    "EUR".to_string()
}

/// Rounds per year and their deadlines (Stichtage).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoundRules {
    /// Fewest rounds a year.
    pub min_per_year: u8,
    /// Most rounds a year.
    pub max_per_year: u8,
    /// Deadlines repeating every year ("03-31"); empty when the jury sets dates freely.
    #[serde(default)]
    pub deadlines: Vec<MonthDay>,
}

/// The annual budget: one pot, or two pots for investive and non-investive projects.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BudgetRules {
    /// Two pots (investive / non-investive) instead of one.
    pub split: bool,
    /// The single pot when not split.
    #[serde(default)]
    pub total: Option<Money>,
    /// Investive pot when split.
    #[serde(default)]
    pub investive: Option<Money>,
    /// Non-investive pot when split.
    #[serde(default)]
    pub non_investive: Option<Money>,
}

/// Caps per application and purchase; `None` means no such cap.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Caps {
    /// Requested amount of any application.
    #[serde(default)]
    pub per_application: Option<Money>,
    /// Requested amount of a non-investive application.
    #[serde(default)]
    pub non_investive_per_application: Option<Money>,
    /// Requested amount of an investive application.
    #[serde(default)]
    pub investive_per_application: Option<Money>,
    /// Any single purchase (cost line marked as a purchase).
    #[serde(default)]
    pub single_purchase: Option<Money>,
    /// The single-purchase cap applies to non-investive projects only (Leipzig: the GWG threshold).
    #[serde(default)]
    pub single_purchase_non_investive_only: bool,
    /// Investive projects: requested at most this share of eligible costs.
    #[serde(default)]
    pub investive_max_share_percent: Option<u32>,
}

/// When the project must be finished.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompletionRules {
    /// Completed by this day of the year of the decision.
    pub by: MonthDay,
    /// Also settled (receipts in) by then.
    #[serde(default)]
    pub settlement_required: bool,
}

/// Own contribution of the applicant.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OwnContribution {
    /// Own money or own work is expected (at least one line).
    #[serde(default)]
    pub expected: bool,
    /// Own work valued in money counts as contribution.
    #[serde(default)]
    pub own_work_counts: bool,
    /// Minimum share of total costs, in percent.
    #[serde(default)]
    pub min_share_percent: u32,
}

/// Cost categories and quotes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CostRules {
    /// Only material costs (no fees): every line must be in `categories`.
    #[serde(default)]
    pub material_costs_only: bool,
    /// Categories offered in the form; with `material_costs_only`, the only ones allowed.
    #[serde(default)]
    pub categories: Vec<String>,
    /// Categories that are never eligible (e.g. rent as running operating costs).
    #[serde(default)]
    pub excluded_categories: Vec<String>,
    /// Lines above this amount need quotes.
    #[serde(default)]
    pub quote_threshold: Option<Money>,
    /// How many quotes.
    #[serde(default)]
    pub quotes_required: u32,
}

/// Something the fund never pays for; the applicant declares each.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exclusion {
    /// Stable id ("double_funding").
    pub id: String,
    /// Label in the fund's language.
    pub label: String,
}

/// How a decision is taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DecisionMode {
    /// Yes/no vote of the jury; more yes than no.
    Majority,
    /// Weighted scores by the criteria, ranked.
    Scores,
    /// Each member approves any number of applications, ranked by approvals.
    Approval,
    /// Public resident vote allocated with the Method of Equal Shares.
    EqualShares,
}

impl DecisionMode {
    /// All modes.
    pub const ALL: [DecisionMode; 4] = [
        DecisionMode::Majority,
        DecisionMode::Scores,
        DecisionMode::Approval,
        DecisionMode::EqualShares,
    ];

    /// Stable key.
    pub fn key(self) -> &'static str {
        match self {
            DecisionMode::Majority => "majority",
            DecisionMode::Scores => "scores",
            DecisionMode::Approval => "approval",
            DecisionMode::EqualShares => "equal_shares",
        }
    }

    /// From a stable key.
    pub fn from_key(k: &str) -> Option<DecisionMode> {
        Self::ALL.into_iter().find(|m| m.key() == k)
    }
}

/// Who sits on the jury.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JuryRules {
    /// Name of the deciding body.
    pub body: String,
    /// Fewest voting members.
    #[serde(default)]
    pub min_members: Option<u32>,
    /// Most voting members.
    #[serde(default)]
    pub max_members: Option<u32>,
    /// Voting members must live in the area.
    #[serde(default)]
    pub residents_only: bool,
    /// Minimum age of voting members.
    #[serde(default)]
    pub min_age: Option<u8>,
    /// Whether the neighbourhood team votes (false: attends without a vote).
    #[serde(default)]
    pub staff_vote: bool,
    /// Allowed decision modes.
    pub decision_modes: Vec<DecisionMode>,
}

/// An assessment criterion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    /// Stable id.
    pub id: String,
    /// Label in the fund's language.
    pub label: String,
    /// Weight (positive integer).
    pub weight: u32,
    /// Highest score a member may give (default 5; scores run from 0).
    #[serde(default = "five")]
    pub max_score: u32,
}

fn five() -> u32 {
    5
}

/// Why a rules document is not usable.
#[derive(Debug, thiserror::Error)]
pub enum RulesError {
    /// TOML syntax or a field of the wrong type.
    #[error("fund rules: {0}")]
    Toml(#[from] toml::de::Error),
    /// JSON syntax or a field of the wrong type.
    #[error("fund rules: {0}")]
    Json(#[from] serde_json::Error),
    /// A value that parses but makes no sense.
    #[error("fund rules: {field}: {problem}")]
    Invalid {
        /// Dotted path of the field ("budget.investive").
        field: &'static str,
        /// What is wrong.
        problem: String,
    },
}

impl FundRules {
    /// The shipped profiles, by id.
    pub fn shipped() -> Vec<FundRules> {
        [LEIPZIG_TOML, BERLIN_TOML]
            .into_iter()
            .filter_map(|t| FundRules::from_toml(t).ok())
            .collect()
    }

    /// The Leipzig profile.
    pub fn leipzig() -> FundRules {
        Self::shipped_by_id("leipzig")
    }

    /// The Berlin Aktionsfonds profile.
    pub fn berlin() -> FundRules {
        Self::shipped_by_id("berlin-aktionsfonds")
    }

    fn shipped_by_id(id: &str) -> FundRules {
        // The shipped files are tested to parse (tests::shipped_profiles_parse); this never falls back in practice.
        Self::shipped()
            .into_iter()
            .find(|r| r.id == id)
            .unwrap_or_else(FundRules::minimal)
    }

    /// A one-pot fund without caps: the base for a new city's rules.
    pub fn minimal() -> FundRules {
        FundRules {
            id: "custom".into(),
            name: "Fonds".into(),
            currency: eur(),
            retroactive_funding: false,
            rounds: RoundRules {
                min_per_year: 1,
                max_per_year: 4,
                deadlines: vec![],
            },
            budget: BudgetRules {
                split: false,
                total: Some(Money::euros(10_000)),
                investive: None,
                non_investive: None,
            },
            caps: Caps::default(),
            completion: CompletionRules {
                by: MonthDay { month: 12, day: 31 },
                settlement_required: false,
            },
            own_contribution: OwnContribution::default(),
            costs: CostRules::default(),
            exclusions: vec![],
            jury: JuryRules {
                body: "Jury".into(),
                min_members: None,
                max_members: None,
                residents_only: false,
                min_age: None,
                staff_vote: true,
                decision_modes: vec![DecisionMode::Majority],
            },
            criteria: vec![],
        }
    }

    /// Parses and checks a TOML rules document.
    pub fn from_toml(text: &str) -> Result<FundRules, RulesError> {
        let r: FundRules = toml::from_str(text)?;
        r.check()?;
        Ok(r)
    }

    /// Parses and checks a JSON rules document (as stored in the database).
    pub fn from_json(text: &str) -> Result<FundRules, RulesError> {
        let r: FundRules = serde_json::from_str(text)?;
        r.check()?;
        Ok(r)
    }

    /// As TOML, for the lead's editor.
    pub fn to_toml(&self) -> String {
        toml::to_string_pretty(self).unwrap_or_default()
    }

    /// As JSON, for storage.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Checks values that parse but make no sense.
    pub fn check(&self) -> Result<(), RulesError> {
        let bad = |field, problem: &str| {
            Err(RulesError::Invalid {
                field,
                problem: problem.to_string(),
            })
        };
        if self.id.trim().is_empty() {
            return bad("id", "must not be empty");
        }
        if self.rounds.min_per_year == 0 || self.rounds.min_per_year > self.rounds.max_per_year {
            return bad(
                "rounds.min_per_year",
                "must be at least 1 and at most rounds.max_per_year",
            );
        }
        if self.rounds.deadlines.len() > usize::from(self.rounds.max_per_year) {
            return bad(
                "rounds.deadlines",
                "more deadlines than rounds.max_per_year",
            );
        }
        let b = &self.budget;
        let money_ok = |m: Option<Money>| m.is_some_and(|m| !m.is_negative());
        if b.split {
            if !money_ok(b.investive) || !money_ok(b.non_investive) {
                return bad(
                    "budget.investive",
                    "a split budget needs investive and non_investive amounts of 0 or more",
                );
            }
            if b.total.is_some() {
                return bad(
                    "budget.total",
                    "a split budget has no total; give investive and non_investive",
                );
            }
        } else if !money_ok(b.total) {
            return bad("budget.total", "needs an amount of 0 or more");
        }
        let c = &self.caps;
        for (field, cap) in [
            ("caps.per_application", c.per_application),
            (
                "caps.non_investive_per_application",
                c.non_investive_per_application,
            ),
            (
                "caps.investive_per_application",
                c.investive_per_application,
            ),
            ("caps.single_purchase", c.single_purchase),
        ] {
            if cap.is_some_and(|m| m.cents() <= 0) {
                return bad(field, "a cap must be above zero");
            }
        }
        if c.investive_max_share_percent
            .is_some_and(|p| p == 0 || p > 100)
        {
            return bad(
                "caps.investive_max_share_percent",
                "must be between 1 and 100",
            );
        }
        if self.own_contribution.min_share_percent > 100 {
            return bad(
                "own_contribution.min_share_percent",
                "must be between 0 and 100",
            );
        }
        if self.jury.decision_modes.is_empty() {
            return bad("jury.decision_modes", "needs at least one mode");
        }
        if let (Some(lo), Some(hi)) = (self.jury.min_members, self.jury.max_members)
            && lo > hi
        {
            return bad("jury.min_members", "is above jury.max_members");
        }
        let mut ids = std::collections::BTreeSet::new();
        for cr in &self.criteria {
            if cr.weight == 0 || cr.max_score == 0 {
                return bad(
                    "criteria.weight",
                    "weights and max_score must be above zero",
                );
            }
            if !ids.insert(cr.id.as_str()) {
                return bad("criteria.id", "ids must be unique");
            }
        }
        Ok(())
    }

    /// The pot an application draws from: `Some(true)` investive, `Some(false)` non-investive, `None` single pot.
    pub fn pot_of(&self, investive: bool) -> Option<bool> {
        self.budget.split.then_some(investive)
    }

    /// Budget of a pot (see [`FundRules::pot_of`]).
    pub fn pot_budget(&self, pot: Option<bool>) -> Money {
        match pot {
            None => self.budget.total.unwrap_or(Money::ZERO),
            Some(true) => self.budget.investive.unwrap_or(Money::ZERO),
            Some(false) => self.budget.non_investive.unwrap_or(Money::ZERO),
        }
    }

    /// The cap on the requested amount for an application of this kind, with the rule's name.
    pub fn request_cap(&self, investive: bool) -> Option<(&'static str, Money)> {
        let specific = if investive {
            self.caps
                .investive_per_application
                .map(|m| ("caps.investive_per_application", m))
        } else {
            self.caps
                .non_investive_per_application
                .map(|m| ("caps.non_investive_per_application", m))
        };
        let general = self
            .caps
            .per_application
            .map(|m| ("caps.per_application", m));
        match (specific, general) {
            (Some(a), Some(b)) => Some(if a.1 <= b.1 { a } else { b }),
            (a, b) => a.or(b),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_profiles_parse() {
        let l = FundRules::from_toml(LEIPZIG_TOML).expect("leipzig parses");
        assert_eq!(l.caps.single_purchase, Some(Money::euros(410)));
        assert_eq!(
            l.caps.non_investive_per_application,
            Some(Money::euros(1000))
        );
        assert_eq!(l.caps.investive_max_share_percent, Some(50));
        assert_eq!(l.rounds.deadlines.len(), 4);
        assert!(l.budget.split);
        assert!(l.own_contribution.expected);
        assert!(!l.retroactive_funding);
        assert_eq!(l.criteria.len(), 4);
        let b = FundRules::from_toml(BERLIN_TOML).expect("berlin parses");
        assert_eq!(b.budget.total, Some(Money::euros(10_000)));
        assert_eq!(b.caps.per_application, Some(Money::euros(1500)));
        assert!(b.costs.material_costs_only);
        assert!(b.jury.residents_only);
        assert_eq!(b.jury.min_age, Some(16));
        assert!(!b.jury.staff_vote);
        assert_eq!(FundRules::shipped().len(), 2);
    }

    #[test]
    fn round_trips_through_json_and_toml() {
        for r in FundRules::shipped() {
            assert_eq!(FundRules::from_json(&r.to_json()).expect("json"), r);
            assert_eq!(FundRules::from_toml(&r.to_toml()).expect("toml"), r);
        }
    }

    #[test]
    fn a_third_city_needs_no_code() {
        let text = r#"
            id = "dresden"
            name = "Quartiersfonds Dresden"
            [rounds]
            min_per_year = 2
            max_per_year = 2
            deadlines = ["04-30", "10-31"]
            [budget]
            split = false
            total = "7500,00"
            [caps]
            per_application = 750
            [completion]
            by = "11-30"
            [jury]
            body = "Quartiersbeirat"
            decision_modes = ["scores"]
            [[criteria]]
            id = "impact"
            label = "Wirkung"
            weight = 3
            max_score = 10
        "#;
        let r = FundRules::from_toml(text).expect("parses");
        assert_eq!(r.budget.total, Some(Money::euros(7500)));
        assert_eq!(
            r.request_cap(false),
            Some(("caps.per_application", Money::euros(750)))
        );
    }

    #[test]
    fn nonsense_is_named() {
        let mut r = FundRules::leipzig();
        r.caps.investive_max_share_percent = Some(150);
        let e = r.check().expect_err("150 % is nonsense");
        assert!(
            e.to_string().contains("caps.investive_max_share_percent"),
            "{e}"
        );
        let e = FundRules::from_toml("id = 3").expect_err("wrong type");
        assert!(
            e.to_string().contains("id") || e.to_string().contains("invalid type"),
            "{e}"
        );
        let e = FundRules::from_toml(&LEIPZIG_TOML.replace("[caps]", "[caps]\nunknown_cap = 3"))
            .expect_err("unknown field");
        assert!(e.to_string().contains("unknown_cap"), "{e}");
    }
}
