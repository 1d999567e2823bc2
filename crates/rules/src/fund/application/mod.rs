//! An application's cost and financing plan and its check against the fund's rules.

use serde::{Deserialize, Serialize};

use super::config::FundRules;
use super::money::{Date, Money};
use super::violation::{Section, Violation};

/// One line of the cost plan (Kostenplan).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CostLine {
    /// Category (Honorare, Sachkosten, Anschaffungen …).
    pub category: String,
    /// What it is.
    pub description: String,
    /// Amount.
    pub amount: Money,
    /// Counts as investive cost (eligible costs of an investive project).
    #[serde(default)]
    pub investive: bool,
    /// A single purchase (one item bought), subject to the single-purchase cap.
    #[serde(default)]
    pub purchase: bool,
    /// Quotes obtained for this line.
    #[serde(default)]
    pub quotes: u32,
}

/// Kinds of income in the financing plan (Finanzierungsplan).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FinancingKind {
    /// Own money.
    OwnFunds,
    /// Own work valued in money.
    OwnWork,
    /// Money from third parties.
    ThirdParty,
    /// Requested from the fund.
    Requested,
}

impl FinancingKind {
    /// All kinds, in form order.
    pub const ALL: [FinancingKind; 4] = [
        FinancingKind::OwnFunds,
        FinancingKind::OwnWork,
        FinancingKind::ThirdParty,
        FinancingKind::Requested,
    ];

    /// Stable key.
    pub fn key(self) -> &'static str {
        match self {
            FinancingKind::OwnFunds => "own_funds",
            FinancingKind::OwnWork => "own_work",
            FinancingKind::ThirdParty => "third_party",
            FinancingKind::Requested => "requested",
        }
    }

    /// From a stable key.
    pub fn from_key(k: &str) -> Option<FinancingKind> {
        Self::ALL.into_iter().find(|f| f.key() == k)
    }
}

/// One line of the financing plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FinancingLine {
    /// Kind.
    pub kind: FinancingKind,
    /// What it is.
    pub description: String,
    /// Amount.
    pub amount: Money,
}

/// The declarations of the applicant.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Declarations {
    /// The project has not started.
    pub not_started: bool,
    /// No other funding for the same costs.
    pub no_double_funding: bool,
    /// Consent to data processing (DSGVO).
    pub data_protection_consent: bool,
    /// Ids of the fund's exclusions the applicant confirms do not apply.
    #[serde(default)]
    pub exclusions_confirmed: Vec<String>,
}

/// What the rules need to know about an application.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationPlan {
    /// Project title.
    pub title: String,
    /// Investive project.
    pub investive: bool,
    /// Start date.
    pub start: Option<Date>,
    /// End date.
    pub end: Option<Date>,
    /// Whether the place lies inside the quarter (computed by the caller from the boundary); `None` when no place is given.
    pub inside_area: Option<bool>,
    /// Cost plan.
    pub cost_lines: Vec<CostLine>,
    /// Financing plan.
    pub financing_lines: Vec<FinancingLine>,
    /// Declarations.
    pub declarations: Declarations,
}

/// Sums of a plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct PlanTotals {
    /// Sum of the cost plan.
    pub expenses: Money,
    /// Sum of the financing plan.
    pub income: Money,
    /// Requested from the fund.
    pub requested: Money,
    /// Own money plus (if it counts) own work.
    pub own: Money,
    /// Third-party money.
    pub third_party: Money,
    /// Eligible costs of an investive project (investive lines; all lines if none is marked).
    pub eligible: Money,
}

impl ApplicationPlan {
    /// The sums of the plan.
    pub fn totals(&self, rules: &FundRules) -> PlanTotals {
        let sum_kind = |k: FinancingKind| {
            Money::sum(
                self.financing_lines
                    .iter()
                    .filter(|l| l.kind == k)
                    .map(|l| l.amount),
            )
        };
        let own_work = if rules.own_contribution.own_work_counts {
            sum_kind(FinancingKind::OwnWork)
        } else {
            Money::ZERO
        };
        let expenses = Money::sum(self.cost_lines.iter().map(|l| l.amount));
        let marked = Money::sum(
            self.cost_lines
                .iter()
                .filter(|l| l.investive)
                .map(|l| l.amount),
        );
        PlanTotals {
            expenses,
            income: Money::sum(self.financing_lines.iter().map(|l| l.amount)),
            requested: sum_kind(FinancingKind::Requested),
            own: sum_kind(FinancingKind::OwnFunds).plus(own_work),
            third_party: sum_kind(FinancingKind::ThirdParty),
            eligible: if self.cost_lines.iter().any(|l| l.investive) {
                marked
            } else {
                expenses
            },
        }
    }
}

/// When the application is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CheckContext {
    /// Year of the round (for the completion date).
    pub year: i32,
    /// The date of the jury's decision (no retroactive funding before it); `None` if not yet set.
    pub decision_date: Option<Date>,
}

/// Checks an application against the rules; returns every broken rule (empty: eligible).
pub fn check_application(
    rules: &FundRules,
    plan: &ApplicationPlan,
    ctx: CheckContext,
) -> Vec<Violation> {
    let mut v = Vec::new();
    if plan.title.trim().is_empty() {
        v.push(Violation::Required {
            field: "project.title",
        });
    }
    check_dates(rules, plan, ctx, &mut v);
    match plan.inside_area {
        None => v.push(Violation::Required {
            field: "project.place",
        }),
        Some(false) => v.push(Violation::OutsideArea),
        Some(true) => {}
    }
    check_cost_lines(rules, plan, &mut v);
    check_financing(rules, plan, &mut v);
    check_declarations(rules, plan, &mut v);
    v
}

fn check_dates(
    rules: &FundRules,
    plan: &ApplicationPlan,
    ctx: CheckContext,
    v: &mut Vec<Violation>,
) {
    let (Some(start), Some(end)) = (plan.start, plan.end) else {
        if plan.start.is_none() {
            v.push(Violation::Required {
                field: "project.start",
            });
        }
        if plan.end.is_none() {
            v.push(Violation::Required {
                field: "project.end",
            });
        }
        return;
    };
    if end < start {
        v.push(Violation::EndBeforeStart { start, end });
    }
    let by = rules.completion.by.in_year(ctx.year);
    if end > by {
        v.push(Violation::EndsTooLate { end, by });
    }
    if !rules.retroactive_funding
        && let Some(decision) = ctx.decision_date
        && start < decision
    {
        v.push(Violation::Retroactive { start, decision });
    }
}

fn check_cost_lines(rules: &FundRules, plan: &ApplicationPlan, v: &mut Vec<Violation>) {
    if plan.cost_lines.is_empty() {
        v.push(Violation::NoCostLines);
    }
    let c = &rules.costs;
    for (i, l) in plan.cost_lines.iter().enumerate() {
        let line = i + 1;
        if l.category.trim().is_empty() {
            v.push(Violation::LineFieldMissing {
                section: Section::Costs,
                line,
                field: "category",
            });
        } else if c
            .excluded_categories
            .iter()
            .any(|x| x.eq_ignore_ascii_case(l.category.trim()))
        {
            v.push(Violation::CategoryExcluded {
                line,
                category: l.category.clone(),
            });
        } else if c.material_costs_only
            && !c
                .categories
                .iter()
                .any(|x| x.eq_ignore_ascii_case(l.category.trim()))
        {
            v.push(Violation::NotMaterialCost {
                line,
                category: l.category.clone(),
            });
        }
        if l.description.trim().is_empty() {
            v.push(Violation::LineFieldMissing {
                section: Section::Costs,
                line,
                field: "description",
            });
        }
        if l.amount.cents() <= 0 {
            v.push(Violation::AmountNotPositive {
                section: Section::Costs,
                line,
                amount: l.amount,
            });
            continue;
        }
        if let Some(cap) = rules.caps.single_purchase
            && l.purchase
            && !(plan.investive && rules.caps.single_purchase_non_investive_only)
            && l.amount > cap
        {
            v.push(Violation::SinglePurchaseOverCap {
                line,
                amount: l.amount,
                cap,
            });
        }
        if let Some(threshold) = c.quote_threshold
            && l.amount > threshold
            && l.quotes < c.quotes_required
        {
            v.push(Violation::QuotesMissing {
                line,
                given: l.quotes,
                required: c.quotes_required,
                threshold,
            });
        }
    }
}

fn check_financing(rules: &FundRules, plan: &ApplicationPlan, v: &mut Vec<Violation>) {
    for (i, l) in plan.financing_lines.iter().enumerate() {
        let line = i + 1;
        if l.amount.cents() <= 0 {
            v.push(Violation::AmountNotPositive {
                section: Section::Financing,
                line,
                amount: l.amount,
            });
        }
        if l.description.trim().is_empty() {
            v.push(Violation::LineFieldMissing {
                section: Section::Financing,
                line,
                field: "description",
            });
        }
    }
    let t = plan.totals(rules);
    if t.requested.cents() <= 0 {
        v.push(Violation::NothingRequested);
    }
    if t.income != t.expenses {
        v.push(Violation::NotBalanced {
            expenses: t.expenses,
            income: t.income,
        });
    }
    if let Some((rule, cap)) = rules.request_cap(plan.investive)
        && t.requested > cap
    {
        v.push(Violation::RequestOverCap {
            rule,
            requested: t.requested,
            cap,
        });
    }
    if plan.investive
        && let Some(p) = rules.caps.investive_max_share_percent
    {
        // requested ≤ p % of eligible, compared exactly in cents.
        if i128::from(t.requested.cents()) * 100 > i128::from(t.eligible.cents()) * i128::from(p) {
            v.push(Violation::InvestiveShareExceeded {
                requested: t.requested,
                eligible: t.eligible,
                max_percent: p,
            });
        }
    }
    let oc = &rules.own_contribution;
    if oc.expected && t.own.cents() <= 0 {
        v.push(Violation::OwnContributionMissing);
    }
    if oc.min_share_percent > 0
        && i128::from(t.own.cents()) * 100
            < i128::from(t.expenses.cents()) * i128::from(oc.min_share_percent)
    {
        v.push(Violation::OwnContributionTooSmall {
            own: t.own,
            expenses: t.expenses,
            min_percent: oc.min_share_percent,
        });
    }
}

fn check_declarations(rules: &FundRules, plan: &ApplicationPlan, v: &mut Vec<Violation>) {
    let d = &plan.declarations;
    if !rules.retroactive_funding && !d.not_started {
        v.push(Violation::DeclarationMissing {
            which: "not_started",
        });
    }
    if !d.no_double_funding {
        v.push(Violation::DeclarationMissing {
            which: "no_double_funding",
        });
    }
    if !d.data_protection_consent {
        v.push(Violation::DeclarationMissing {
            which: "data_protection_consent",
        });
    }
    for ex in &rules.exclusions {
        if ex.id == "double_funding" {
            continue; // covered by no_double_funding
        }
        if !d.exclusions_confirmed.iter().any(|c| c == &ex.id) {
            v.push(Violation::ExclusionNotDeclared { id: ex.id.clone() });
        }
    }
}

#[cfg(test)]
mod tests;
