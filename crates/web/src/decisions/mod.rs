//! Area-selection decisions: versioned records of the pilot-area choice with their
//! comparison table, and the quarter they create.

pub(crate) mod export;
pub(crate) mod pages;

#[allow(unused_imports)]
use crate::access::{Access, LEAD};

crate::routes::module_routes! {
    get "/decisions" => pages::list, Access::Public, "Area-selection decisions";
    get "/decisions/new" => pages::new_form, LEAD, "New area-selection decision (form)";
    post "/decisions" => pages::create, LEAD, "Record an area-selection decision";
    get "/decisions/{key}" => pages::show, Access::Public, "One decision with comparison table and versions";
    get "/decisions/{key}/edit" => pages::edit_form, LEAD, "Edit a decision (new version)";
    post "/decisions/{key}" => pages::update, LEAD, "Save a new version of a decision";
    post "/decisions/{key}/quarter" => pages::create_quarter, LEAD, "Create a quarter from the chosen areas";
    get "/decisions/{key}/export.csv" => export::decision_csv, Access::Public, "Decision comparison table as CSV";
    get "/decisions/{key}/export.xlsx" => export::decision_xlsx, Access::Public, "Decision comparison table as XLSX";
}
