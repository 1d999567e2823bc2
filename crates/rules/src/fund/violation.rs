//! A broken rule, named: which rule, which field, which line.

use super::money::{Date, Money};

/// The section of the application a field belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    /// Applicant and project data.
    Project,
    /// Kostenplan.
    Costs,
    /// Finanzierungsplan.
    Financing,
    /// Declarations.
    Declarations,
}

impl Section {
    /// Stable key used in field paths.
    pub fn key(self) -> &'static str {
        match self {
            Section::Project => "project",
            Section::Costs => "cost_lines",
            Section::Financing => "financing_lines",
            Section::Declarations => "declarations",
        }
    }
}

/// One broken rule of an application. Lines are counted from 1, as people count them.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Violation {
    /// A required field is empty.
    #[error("{field}: required (rule required_fields)")]
    Required {
        /// Field name.
        field: &'static str,
    },
    /// The cost plan has no line.
    #[error("cost_lines: the cost plan needs at least one line (rule costs.required)")]
    NoCostLines,
    /// A line's amount is zero or negative.
    #[error("{}[{line}].amount: {amount} is not above zero (rule amounts.positive)", .section.key())]
    AmountNotPositive {
        /// Costs or financing.
        section: Section,
        /// Line number from 1.
        line: usize,
        /// The amount.
        amount: Money,
    },
    /// A line's amount could not be read.
    #[error("{}[{line}].amount: {problem} (rule amounts.number)", .section.key())]
    AmountUnreadable {
        /// Costs or financing.
        section: Section,
        /// Line number from 1.
        line: usize,
        /// What is wrong.
        problem: String,
    },
    /// A line has no category or description.
    #[error("{}[{line}].{field}: required (rule required_fields)", .section.key())]
    LineFieldMissing {
        /// Costs or financing.
        section: Section,
        /// Line number from 1.
        line: usize,
        /// Field.
        field: &'static str,
    },
    /// Only material costs are funded and this line is something else.
    #[error(
        "cost_lines[{line}].category: '{category}' is not a material cost (rule costs.material_costs_only)"
    )]
    NotMaterialCost {
        /// Line number from 1.
        line: usize,
        /// Category given.
        category: String,
    },
    /// The category is excluded (e.g. running operating costs).
    #[error(
        "cost_lines[{line}].category: '{category}' is excluded from funding (rule costs.excluded_categories)"
    )]
    CategoryExcluded {
        /// Line number from 1.
        line: usize,
        /// Category given.
        category: String,
    },
    /// A single purchase is above the cap.
    #[error(
        "cost_lines[{line}].amount: single purchase of {amount} is above {cap} (rule caps.single_purchase)"
    )]
    SinglePurchaseOverCap {
        /// Line number from 1.
        line: usize,
        /// Amount of the purchase.
        amount: Money,
        /// Cap.
        cap: Money,
    },
    /// Quotes missing for a line above the threshold.
    #[error(
        "cost_lines[{line}].quotes: {given} of {required} quotes for an amount above {threshold} (rule costs.quote_threshold)"
    )]
    QuotesMissing {
        /// Line number from 1.
        line: usize,
        /// Quotes attached.
        given: u32,
        /// Quotes required.
        required: u32,
        /// Threshold.
        threshold: Money,
    },
    /// No line asks the fund for money.
    #[error("financing_lines: no line with the requested amount (rule financing.requested)")]
    NothingRequested,
    /// Income and expenses differ.
    #[error(
        "financing_lines: income {income} is not equal to expenses {expenses} (rule financing.balanced)"
    )]
    NotBalanced {
        /// Sum of the cost plan.
        expenses: Money,
        /// Sum of the financing plan.
        income: Money,
    },
    /// The requested amount is above the cap for this kind of application.
    #[error("financing_lines: requested {requested} is above {cap} (rule {rule})")]
    RequestOverCap {
        /// The cap's rule name.
        rule: &'static str,
        /// Requested.
        requested: Money,
        /// Cap.
        cap: Money,
    },
    /// Investive: the fund pays at most a share of eligible costs.
    #[error(
        "financing_lines: requested {requested} is above {max_percent} % of eligible costs {eligible} (rule caps.investive_max_share_percent)"
    )]
    InvestiveShareExceeded {
        /// Requested.
        requested: Money,
        /// Eligible costs.
        eligible: Money,
        /// Highest share.
        max_percent: u32,
    },
    /// No own money or own work although expected.
    #[error(
        "financing_lines: an own contribution (own money or own work) is expected (rule own_contribution.expected)"
    )]
    OwnContributionMissing,
    /// Own contribution below the share required.
    #[error(
        "financing_lines: own contribution {own} is below {min_percent} % of costs {expenses} (rule own_contribution.min_share_percent)"
    )]
    OwnContributionTooSmall {
        /// Own contribution counted.
        own: Money,
        /// Costs.
        expenses: Money,
        /// Required share.
        min_percent: u32,
    },
    /// The project ends before it starts.
    #[error("project.end: {end} is before the start {start} (rule dates.order)")]
    EndBeforeStart {
        /// Start.
        start: Date,
        /// End.
        end: Date,
    },
    /// The project ends after the completion date.
    #[error("project.end: {end} is after the completion date {by} (rule completion.by)")]
    EndsTooLate {
        /// End given.
        end: Date,
        /// Completion date.
        by: Date,
    },
    /// The project starts before the decision (no retroactive funding).
    #[error(
        "project.start: {start} is before the decision on {decision} (rule retroactive_funding)"
    )]
    Retroactive {
        /// Start given.
        start: Date,
        /// Earliest decision date.
        decision: Date,
    },
    /// The place is outside the quarter.
    #[error("project.place: the place is outside the quarter's boundary (rule area.inside)")]
    OutsideArea,
    /// A declaration is not given.
    #[error("declarations.{which}: not confirmed (rule declarations.{which})")]
    DeclarationMissing {
        /// Which declaration.
        which: &'static str,
    },
    /// An exclusion of the fund is not declared as absent.
    #[error("declarations.exclusions.{id}: not confirmed (rule exclusions.{id})")]
    ExclusionNotDeclared {
        /// Exclusion id.
        id: String,
    },
}

impl Violation {
    /// The rule's stable name (used as the Fluent message key suffix).
    pub fn rule(&self) -> String {
        let s = self.to_string();
        s.rsplit_once("(rule ")
            .map(|(_, r)| r.trim_end_matches(')').to_string())
            .unwrap_or_default()
    }

    /// The field path ("cost_lines[2].amount").
    pub fn field(&self) -> String {
        let s = self.to_string();
        s.split_once(": ")
            .map(|(f, _)| f.to_string())
            .unwrap_or_default()
    }

    /// The line (from 1) of the cost or financing plan, if the rule is about one line.
    pub fn line(&self) -> Option<(Section, usize)> {
        match self {
            Violation::AmountNotPositive { section, line, .. }
            | Violation::AmountUnreadable { section, line, .. }
            | Violation::LineFieldMissing { section, line, .. } => Some((*section, *line)),
            Violation::NotMaterialCost { line, .. }
            | Violation::CategoryExcluded { line, .. }
            | Violation::SinglePurchaseOverCap { line, .. }
            | Violation::QuotesMissing { line, .. } => Some((Section::Costs, *line)),
            _ => None,
        }
    }

    /// The message key for translation: `fund-rule-` + rule with dots as dashes.
    pub fn message_id(&self) -> String {
        format!("fund-rule-{}", self.rule().replace(['.', '_'], "-"))
    }
}
