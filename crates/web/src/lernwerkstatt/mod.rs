//! Lernwerkstatt: workshop sessions across quarters and cities (agenda,
//! participants, case presentations, minutes, decisions, follow-up tasks, print
//! view), the instrument library (Steckbriefe with typed preconditions, versions,
//! uses, comments and ratings) and the German full-text search over everything.
//!
//! Who sees what (checked here on top of the route policy; a Lernwerkstatt spans
//! cities, so the route policy is "signed in" and the object checks decide):
//! - *Public*: session title, date, host, place, agenda and the teams taking part;
//!   instrument profiles with their uses and average rating; published minutes.
//! - *Insiders* of a session: admins, the programme lead of the organising city,
//!   staff (lead, analyst, manager) of any participating team's quarter (host or
//!   participant), and participants with an account. They see the online link,
//!   people, case presentations, decisions, tasks and unpublished minutes. Staff
//!   of another city therefore see a workshop's content only when their team is
//!   invited.
//! - *Editors* of a session (agenda items, cases, decisions, tasks, minutes,
//!   invitations): admins, the lead of the organising city, staff of the host quarter.
//! - *Joining*: staff of a quarter in the organising city may add their own team;
//!   insiders may confirm or mark attendance and take or update tasks.
//! - Instruments: any staff member may create one or save a new version; staff
//!   of a quarter other than the instrument's origin may comment and rate.

pub(crate) mod content;
pub(crate) mod instruments;
pub(crate) mod search;
pub(crate) mod sessions;

use std::collections::HashMap;

use quartier_db::lernwerkstatt::Session;
use quartier_db::monitoring::city::Quarter;
use quartier_db::platform::accounts::Role;

#[allow(unused_imports)]
use crate::access::Access;
use crate::access::Identity;
use crate::error::AppResult;
use crate::{AppState, Ctx};

crate::routes::module_routes! {
    get "/workshops" => sessions::list, Access::Public, "Lernwerkstatt: series and sessions";
    get "/workshops/new" => sessions::new_form, Access::User, "New workshop session (form; lead or staff)";
    post "/workshops" => sessions::create, Access::User, "Create a workshop session";
    get "/workshops/{id}" => sessions::show, Access::Public, "A workshop session (content for insiders only)";
    post "/workshops/{id}/participants" => sessions::participants, Access::User, "Invite a team, join with one's own team, or confirm/mark attendance";
    post "/workshops/{id}/cases" => sessions::case_create, Access::User, "Add a case presentation (fixed template; editors)";
    post "/workshops/{id}/decisions" => sessions::decision_create, Access::User, "Record a decision (editors)";
    post "/workshops/{id}/tasks" => sessions::task_create, Access::User, "Add a follow-up task (editors)";
    post "/workshops/tasks/{id}" => sessions::task_update, Access::User, "Take a task or change its status (insiders)";
    post "/workshops/{id}/minutes" => sessions::minutes_save, Access::User, "Save the minutes and whether they are public (editors)";
    get "/workshops/{id}/minutes" => sessions::minutes_print, Access::Public, "Print view of the minutes (public when published)";
    get "/instruments" => instruments::list, Access::Public, "Instrument library (Steckbriefe)";
    get "/instruments/new" => instruments::new_form, Access::User, "New instrument profile (form; staff)";
    post "/instruments" => instruments::create, Access::User, "Create an instrument profile";
    get "/instruments/{slug}" => instruments::show, Access::Public, "Instrument profile: preconditions, uses, ratings, versions";
    get "/instruments/{slug}/edit" => instruments::edit_form, Access::User, "Edit an instrument profile (form; staff)";
    post "/instruments/{slug}" => instruments::update, Access::User, "Save a new version of an instrument profile";
    post "/instruments/{slug}/comments" => instruments::comment, Access::User, "Comment and rate (staff of other quarters)";
    get "/search" => search::page, Access::Public, "Full-text search over everything the user may see";
    get "/api/v1/search" => search::api, Access::Public, "Full-text search (JSON)";
}

const STAFF_ROLES: [Role; 4] = [Role::Admin, Role::Lead, Role::Analyst, Role::Manager];

/// The quarters whose team the user is staff of (role in the quarter, or a
/// city-wide staff role covering the city's quarters).
pub(crate) fn staff_quarters(id: &Identity) -> Vec<i64> {
    let mut out: Vec<i64> = id
        .quarter_city
        .keys()
        .copied()
        .filter(|q| id.is_staff_for(*q))
        .collect();
    out.sort_unstable();
    out
}

/// Holds a staff role anywhere (any city).
pub(crate) fn is_staff_anywhere(id: &Identity) -> bool {
    id.is_admin()
        || id
            .roles
            .iter()
            .any(|r| STAFF_ROLES.iter().any(|s| s.as_str() == r.role))
}

/// Holds a staff role in city `city_id`.
pub(crate) fn is_staff_in_city(id: &Identity, city_id: i64) -> bool {
    STAFF_ROLES
        .into_iter()
        .any(|r| id.has_role_in_city(r, city_id))
}

/// May edit the session.
pub(crate) fn may_edit(id: &Identity, s: &Session) -> bool {
    id.is_admin()
        || id.has_role_in_city(Role::Lead, s.city_id)
        || s.host_quarter_id
            .is_some_and(|q| id.has_role_in(Role::Manager, q) || id.has_role_in(Role::Lead, q))
}

/// May see the session's internal content.
pub(crate) async fn is_insider(state: &AppState, id: &Identity, s: &Session) -> AppResult<bool> {
    if may_edit(id, s) {
        return Ok(true);
    }
    let teams = state.db.workshop_team_quarters(s.id).await?;
    if teams.iter().any(|q| id.is_staff_for(*q)) {
        return Ok(true);
    }
    let people = state.db.workshop_participants(s.id).await?;
    Ok(people.iter().any(|p| p.user_id == Some(id.user.id)))
}

/// Every quarter of every city, by id (a Lernwerkstatt spans cities).
pub(crate) async fn all_quarters(state: &AppState) -> AppResult<HashMap<i64, Quarter>> {
    let mut out = HashMap::new();
    for c in state.cities().await?.iter() {
        for q in state.db.quarters(c.id).await? {
            out.insert(q.id, q);
        }
    }
    Ok(out)
}

/// The signed-in user's display name.
pub(crate) fn who(ctx: &Ctx) -> String {
    ctx.identity
        .as_ref()
        .map(|i| i.user.email.clone())
        .unwrap_or_default()
}
