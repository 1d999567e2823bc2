//! The action plan (Aktionsplan): fields of action → goals → measures with
//! indicators, milestones, versions, timeline, dashboard, print and exports.

pub(crate) mod gantt;
pub(crate) mod pages;
pub(crate) mod views;

#[allow(unused_imports)]
use crate::access::{Access, PLAN_EDIT, PLAN_PROGRESS};

crate::routes::module_routes! {
    get "/plans" => pages::overview, Access::Public, "Action plans of all quarters";
    get "/quarters/{slug}/plan" => pages::show, Access::Public, "Action plan of a quarter (drafts for staff)";
    post "/quarters/{slug}/plan" => pages::save_plan, PLAN_EDIT, "Create the plan or change title and publication";
    get "/quarters/{slug}/plan/fields/new" => pages::field_new, PLAN_EDIT, "New field of action (form)";
    post "/quarters/{slug}/plan/fields" => pages::field_create, PLAN_EDIT, "Add a field of action";
    get "/quarters/{slug}/plan/goals/new" => pages::goal_new, PLAN_EDIT, "New goal (form)";
    post "/quarters/{slug}/plan/goals" => pages::goal_create, PLAN_EDIT, "Add a goal";
    get "/quarters/{slug}/plan/measures/new" => pages::measure_new, PLAN_EDIT, "New measure (form)";
    post "/quarters/{slug}/plan/measures" => pages::measure_create, PLAN_EDIT, "Add a measure";
    get "/quarters/{slug}/plan/timeline" => views::timeline, Access::Public, "Timeline of the plan (Gantt chart and table)";
    get "/quarters/{slug}/plan/dashboard" => views::dashboard, Access::Public, "Progress per field of action";
    get "/quarters/{slug}/plan/history" => views::history, Access::Public, "Change log of the plan";
    get "/quarters/{slug}/plan/compare" => views::compare, Access::Public, "The plan at two dates compared";
    get "/quarters/{slug}/plan/print" => views::print, Access::Public, "Print-ready plan (council attachment)";
    get "/quarters/{slug}/plan.csv" => views::csv, Access::Public, "Measure table as CSV";
    get "/quarters/{slug}/plan.xlsx" => views::xlsx, Access::Public, "Measure table as XLSX";
    get "/measures/{id}" => pages::measure_show, Access::Public, "One measure with indicators, milestones and history";
    get "/measures/{id}/edit" => pages::measure_edit, PLAN_EDIT, "Edit a measure (form)";
    post "/measures/{id}" => pages::measure_update, PLAN_EDIT, "Save a measure";
    post "/measures/{id}/progress" => pages::progress, PLAN_PROGRESS, "Record an actual value or a status change";
    post "/measures/{id}/milestones" => pages::milestones, PLAN_EDIT, "Add a milestone or mark one reached";
    get "/quarters/{slug}/plan/fields/{id}/edit" => pages::field_edit, PLAN_EDIT, "Edit a field of action (form)";
    post "/quarters/{slug}/plan/fields/{id}" => pages::field_update, PLAN_EDIT, "Save a new version of a field of action";
    get "/quarters/{slug}/plan/goals/{id}/edit" => pages::goal_edit, PLAN_EDIT, "Edit a goal (form)";
    post "/quarters/{slug}/plan/goals/{id}" => pages::goal_update, PLAN_EDIT, "Save a new version of a goal";
    post "/measures/{id}/indicators/remove" => pages::indicator_remove, PLAN_EDIT, "Remove an indicator of a measure (kept in the change log)";
}
