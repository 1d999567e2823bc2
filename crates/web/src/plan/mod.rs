//! The action plan (Aktionsplan): fields of action → goals → measures with
//! indicators, milestones, versions, timeline, dashboard, print and exports.

pub(crate) mod common;
pub(crate) mod export;
pub(crate) mod gantt;
pub(crate) mod history;
pub(crate) mod measure;
pub(crate) mod measure_form;
pub(crate) mod overview;
pub(crate) mod print;
pub(crate) mod structure;
pub(crate) mod views;

#[allow(unused_imports)]
use crate::access::{Access, PLAN_EDIT, PLAN_PROGRESS};

crate::routes::module_routes! {
    get "/plans" => overview::overview, Access::Public, "Action plans of all quarters";
    get "/quarters/{slug}/plan" => overview::show, Access::Public, "Action plan of a quarter (drafts for staff)";
    post "/quarters/{slug}/plan" => overview::save_plan, PLAN_EDIT, "Create the plan or change title and publication";
    get "/quarters/{slug}/plan/fields/new" => structure::field_new, PLAN_EDIT, "New field of action (form)";
    post "/quarters/{slug}/plan/fields" => structure::field_create, PLAN_EDIT, "Add a field of action";
    get "/quarters/{slug}/plan/goals/new" => structure::goal_new, PLAN_EDIT, "New goal (form)";
    post "/quarters/{slug}/plan/goals" => structure::goal_create, PLAN_EDIT, "Add a goal";
    get "/quarters/{slug}/plan/measures/new" => measure_form::measure_new, PLAN_EDIT, "New measure (form)";
    post "/quarters/{slug}/plan/measures" => measure_form::measure_create, PLAN_EDIT, "Add a measure";
    get "/quarters/{slug}/plan/timeline" => views::timeline, Access::Public, "Timeline of the plan (Gantt chart and table)";
    get "/quarters/{slug}/plan/dashboard" => views::dashboard, Access::Public, "Progress per field of action";
    get "/quarters/{slug}/plan/history" => history::history, Access::Public, "Change log of the plan";
    get "/quarters/{slug}/plan/compare" => history::compare, Access::Public, "The plan at two dates compared";
    get "/quarters/{slug}/plan/print" => print::print, Access::Public, "Print-ready plan (council attachment)";
    get "/quarters/{slug}/plan.csv" => export::csv, Access::Public, "Measure table as CSV";
    get "/quarters/{slug}/plan.xlsx" => export::xlsx, Access::Public, "Measure table as XLSX";
    get "/measures/{id}" => measure::measure_show, Access::Public, "One measure with indicators, milestones and history";
    get "/measures/{id}/edit" => measure_form::measure_edit, PLAN_EDIT, "Edit a measure (form)";
    post "/measures/{id}" => measure_form::measure_update, PLAN_EDIT, "Save a measure";
    post "/measures/{id}/progress" => measure::progress, PLAN_PROGRESS, "Record an actual value or a status change";
    post "/measures/{id}/milestones" => measure::milestones, PLAN_EDIT, "Add a milestone or mark one reached";
    get "/quarters/{slug}/plan/fields/{id}/edit" => structure::field_edit, PLAN_EDIT, "Edit a field of action (form)";
    post "/quarters/{slug}/plan/fields/{id}" => structure::field_update, PLAN_EDIT, "Save a new version of a field of action";
    get "/quarters/{slug}/plan/goals/{id}/edit" => structure::goal_edit, PLAN_EDIT, "Edit a goal (form)";
    post "/quarters/{slug}/plan/goals/{id}" => structure::goal_update, PLAN_EDIT, "Save a new version of a goal";
    post "/measures/{id}/indicators/remove" => measure::indicator_remove, PLAN_EDIT, "Remove an indicator of a measure (kept in the change log)";
}
