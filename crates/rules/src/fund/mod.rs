//! The neighbourhood fund (Verfügungsfonds / Aktionsfonds): its rules as configuration, the check of
//! an application's cost and financing plan, jury scoring with conflicts of interest, decisions within
//! the budget, and participatory-budgeting elections in the pabulib format with Equal Shares.

pub mod allocate;
pub mod application;
pub mod config;
pub mod decision;
pub mod jury;
pub mod money;
pub mod pb;
pub mod violation;

pub use application::{
    ApplicationPlan, CheckContext, CostLine, Declarations, FinancingKind, FinancingLine,
    PlanTotals, check_application,
};
pub use config::{Criterion, DecisionMode, FundRules, RulesError};
pub use money::{Date, Money, MonthDay};
pub use violation::{Section, Violation};
