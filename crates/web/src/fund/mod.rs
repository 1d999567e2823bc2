//! The neighbourhood fund (Verfügungsfonds / Aktionsfonds): the rules page (edited by the programme
//! lead, versioned), online applications and staff entry with every rule checked on the server and
//! named, the eligibility check, the jury page with conflict-of-interest exclusion, scores and votes,
//! the decision within the budget, and the public page of funded projects.
//!
//! The rules are `quartier_rules::fund`; storage is `quartier_db::fund`. Who may do what, checked in
//! every handler on top of the route policy: the lead edits rules of every fund; a fund's staff are the
//! lead and the neighbourhood managers of its quarter; jury pages are for the round's jury members and
//! staff; bank details are shown to staff only; an application is read by its owner, staff and the
//! round's jury; a member who declared a conflict never sees, gives or counts scores or votes on that
//! application.

pub(crate) mod apply;
pub(crate) mod jury;
pub(crate) mod pages;
pub(crate) mod shared;

use quartier_db::platform::accounts::Role;

use crate::access::{Access, LEAD};

/// Jury pages: jury members and staff (object checks in the handlers).
pub const FUND_JURY: Access = Access::Roles(&[Role::Jury, Role::Manager, Role::Lead]);
/// Fund staff: neighbourhood managers and the lead (quarter checked in the handlers).
pub const FUND_STAFF: Access = Access::Roles(&[Role::Manager, Role::Lead]);

crate::routes::module_routes! {
    get "/fund" => pages::overview, Access::Public, "Neighbourhood funds and funded projects";
    get "/funds/{id}" => pages::show, Access::Public, "A fund: its rules in short, rounds and funded projects";
    get "/funds/{id}/rules" => pages::rules_form, LEAD, "Edit the fund's rules (new version)";
    post "/funds/{id}/rules" => pages::rules_save, LEAD, "Save the fund's rules as a new version";
    get "/rounds/{id}" => jury::round, Access::Public, "A round: applications and decisions (funded ones for everyone)";
    get "/rounds/{id}/apply" => apply::form, Access::User, "Application form (online, or staff entry from paper)";
    post "/rounds/{id}/apply" => apply::submit, Access::User, "Submit an application; every rule checked";
    get "/applications/{id}" => apply::show, Access::User, "One application (owner, staff, jury)";
    post "/applications/{id}/check" => apply::check, FUND_STAFF, "Eligibility check by staff";
    get "/rounds/{id}/jury" => jury::page, FUND_JURY, "Jury page: conflicts, scores, votes";
    post "/rounds/{id}/conflicts" => jury::conflict, FUND_JURY, "Declare a conflict of interest";
    post "/rounds/{id}/scores" => jury::score, FUND_JURY, "Score an application by the criteria";
    post "/rounds/{id}/votes" => jury::vote, FUND_JURY, "Vote on an application";
    post "/rounds/{id}/decide" => jury::decide, FUND_STAFF, "Decide the round within the budget";
}
