//! Participation: neighbourhood dialogues (Stadtteildialoge) — public pages, posting ideas
//! (account, pseudonym or staff on behalf) with a place chosen without JavaScript,
//! comments with one reply level, support, follow, official answers, moderation, fast
//! entry of paper cards, imports, the read API, GeoJSON and exports.
//!
//! The rules live in `quartier_rules::participation`, storage in
//! `quartier_db::participation`; handlers read, call and render.

pub mod api;
pub mod cards;
pub mod imports;
pub mod map;
pub mod pages;
pub mod post;
pub mod staff;
pub mod views;

#[allow(unused_imports)]
use crate::access::{Access, STAFF};

crate::routes::module_routes! {
    get "/quarters/{slug}/dialogues" => pages::quarter_dialogues, Access::Public, "Neighbourhood dialogues of a quarter";
    get "/dialogues/{id}" => pages::dialogue, Access::Public, "A dialogue: question, frame, phases, newest ideas and the form to post one";
    get "/dialogues/{id}/ideas" => pages::ideas, Access::Public, "Ideas of a dialogue (category, status, channel, sort, page; 20 per page)";
    post "/dialogues/{id}/ideas" => post::create_idea, Access::User, "Post an idea (or choose its place on the map; similar ideas are suggested first)";
    get "/dialogues/{id}/map.svg" => map::map_svg, Access::Public, "The quarter map with located ideas (image button of the idea form)";
    get "/dialogues/{id}/results" => pages::results, Access::Public, "What became of every idea (accountability)";
    get "/dialogues/{id}/ideas.geojson" => api::geojson, Access::Public, "Located ideas as GeoJSON";
    get "/dialogues/{id}/contributions.csv" => api::csv, Access::Public, "All ideas and comments with channel and status as CSV";
    get "/dialogues/{id}/contributions.xlsx" => api::xlsx, Access::Public, "All ideas and comments with channel and status as XLSX";
    get "/dialogues/{id}/queue" => staff::queue, STAFF, "Unanswered ideas with their age and open reports (staff)";
    get "/dialogues/{id}/cards" => cards::form, STAFF, "Fast entry of paper cards and other analog input (staff)";
    post "/dialogues/{id}/cards" => cards::save, STAFF, "Save one card and go on with the next";
    get "/dialogues/{id}/import" => imports::form, STAFF, "Import contributions (CSV/XLSX/JSON, Decidim export) — upload form";
    post "/dialogues/{id}/import" => imports::upload, STAFF, "Upload contributions: stored as a preview with every problem";
    get "/dialogues/{id}/import/{import_id}" => imports::preview, STAFF, "Preview of an import";
    post "/dialogues/{id}/import/{import_id}/apply" => imports::apply, STAFF, "Apply a previewed import";
    get "/ideas/{id}" => pages::idea, Access::Public, "An idea with status, official answer and comments";
    post "/ideas/{id}/comments" => post::create_comment, Access::User, "Comment on an idea or reply to a comment (one reply level)";
    post "/ideas/{id}/support" => post::support, Access::User, "Support an idea or withdraw the support (one per account)";
    post "/ideas/{id}/follow" => post::follow, Access::User, "Follow an idea or stop following";
    post "/ideas/{id}/report" => post::report, Access::User, "Report an idea or comment with a reason";
    post "/ideas/{id}/answer" => staff::answer, STAFF, "Publish an official answer with a status (staff)";
    post "/ideas/{id}/measure" => staff::link_measure, STAFF, "Link an idea to the measure it became (staff)";
    post "/ideas/{id}/hide" => staff::hide, STAFF, "Hide an idea or comment with a public reason (staff)";
    post "/reports/{id}/dismiss" => staff::dismiss, STAFF, "Close a report without hiding (staff)";
    get "/api/v1/dialogues" => api::dialogues, Access::Public, "Dialogues of the city";
    get "/api/v1/dialogues/{id}" => api::dialogue, Access::Public, "One dialogue with phases, places and open actions";
    get "/api/v1/dialogues/{id}/ideas" => api::ideas, Access::Public, "Ideas of a dialogue (same filters, order and pages as the list)";
    get "/api/v1/ideas/{id}" => api::idea, Access::Public, "One idea with answers and comments";
    post "/api/v1/dialogues/{id}/import" => imports::api_preview, STAFF, "Import ideas and comments (JSON contract); answers with the preview (id, can_apply, problems)";
    post "/api/v1/dialogues/{id}/import/{import_id}/apply" => imports::api_apply, STAFF, "Apply a previewed import";
}

use axum::http::StatusCode;
use axum::http::header::LOCATION;
use axum::response::{IntoResponse, Response};
use geo_types::MultiPolygon;
use maud::Markup;
use quartier_db::participation::{Dialogue, Phase, Place};
use quartier_db::platform::accounts::Role;
use quartier_rules::participation::phases::{self, Action, Level, PhaseKind};

use crate::error::{AppError, AppResult};
use crate::ui::geometry::parse_multipolygon;
use crate::{AppState, Ctx};

/// Days after which an unanswered idea counts as overdue when the dialogue sets none.
pub const DEFAULT_ANSWER_DAYS: i64 = 28;

/// Ideas and comments one account may post per hour.
pub const POSTS_PER_HOUR: i64 = 20;

/// A dialogue with what every page of it needs.
pub struct Loaded {
    /// The dialogue.
    pub d: Dialogue,
    /// Its quarter `(id, slug, name)`, if not city-wide.
    pub quarter: Option<(i64, String, String)>,
    /// Phases in order.
    pub phases: Vec<Phase>,
}

impl Loaded {
    /// The phases as the rules see them (rows with unreadable codes or dates are left out).
    pub fn rule_phases(&self) -> Vec<phases::Phase> {
        use quartier_rules::participation::dates::parse_date;
        self.phases
            .iter()
            .filter_map(|p| {
                Some(phases::Phase {
                    kind: PhaseKind::parse(&p.kind)?,
                    level: Level::parse(&p.level)?,
                    start: parse_date(&p.start_on)?,
                    end: parse_date(&p.end_on)?,
                })
            })
            .collect()
    }

    /// What residents may do today.
    pub fn actions(&self) -> Vec<Action> {
        let today = quartier_rules::participation::dates::date_of(quartier_db::now());
        match today {
            Some(t) => phases::actions_on(&self.rule_phases(), t),
            None => vec![Action::Follow],
        }
    }

    /// Whether residents may take `a` today (staff may always enter input on behalf).
    pub fn allows(&self, a: Action) -> bool {
        self.actions().contains(&a)
    }
}

/// Loads an idea with its dialogue (404 when either is missing or the dialogue is not visible).
pub async fn load_idea(
    state: &AppState,
    ctx: &Ctx,
    id: i64,
) -> AppResult<(quartier_db::participation::Idea, Loaded)> {
    let i = state.db.idea(id).await?.ok_or(AppError::NotFound)?;
    let l = load(state, ctx, i.dialogue_id).await?;
    Ok((i, l))
}

/// Loads a dialogue; unpublished ones only for their staff.
pub async fn load(state: &AppState, ctx: &Ctx, id: i64) -> AppResult<Loaded> {
    let d = state.db.dialogue(id).await?.ok_or(AppError::NotFound)?;
    let quarter = match d.quarter_id {
        Some(q) => state
            .db
            .quarter_slug_name(q)
            .await?
            .map(|(slug, name)| (q, slug, name)),
        None => None,
    };
    let phases = state.db.dialogue_phases(d.id).await?;
    let l = Loaded { d, quarter, phases };
    if l.d.published == 0 && !manages(ctx, &l.d) {
        return Err(AppError::NotFound);
    }
    Ok(l)
}

/// Staff of the dialogue: programme lead, or neighbourhood manager of its quarter (any
/// manager for a city-wide dialogue). Admins always.
pub fn manages(ctx: &Ctx, d: &Dialogue) -> bool {
    ctx.identity.as_ref().is_some_and(|i| match d.quarter_id {
        Some(q) => i.has_role_in(Role::Lead, q) || i.has_role_in(Role::Manager, q),
        None => {
            i.has_role_in_city(Role::Lead, d.city_id)
                || i.has_role_in_city(Role::Manager, d.city_id)
        }
    })
}

/// The quarter's boundary shapes (empty for a city-wide dialogue).
pub async fn shapes(state: &AppState, d: &Dialogue) -> AppResult<Vec<MultiPolygon<f64>>> {
    let Some(q) = d.quarter_id else {
        return Ok(Vec::new());
    };
    Ok(state
        .db
        .quarter_geometries(q)
        .await?
        .iter()
        .filter_map(|g| parse_multipolygon(g))
        .collect())
}

/// Whether a point is acceptable for the dialogue: inside the quarter (anywhere for a
/// city-wide dialogue).
pub fn place_ok(shapes: &[MultiPolygon<f64>], lat: f64, lon: f64) -> bool {
    shapes.is_empty() || quartier_rules::participation::place::inside(shapes, lat, lon)
}

/// The named places of a dialogue.
pub async fn places(state: &AppState, d: &Dialogue) -> AppResult<Vec<Place>> {
    Ok(state.db.dialogue_places(d.id).await?)
}

/// A 303 redirect.
pub fn see_other(to: &str) -> Response {
    (StatusCode::SEE_OTHER, [(LOCATION, to.to_string())]).into_response()
}

/// A page answered with 422 (form with errors).
pub fn unprocessable(m: Markup) -> Response {
    let mut r = m.into_response();
    *r.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    r
}

/// The message of a rules input error in the UI language, naming the field.
pub fn input_message(ctx: &Ctx, e: &quartier_rules::participation::validate::InputError) -> String {
    use quartier_rules::participation::validate::InputError;
    let field = ctx.t(&format!("participation-field-{}", e.field().as_str()));
    let args: Vec<(&'static str, quartier_i18n::FluentValue<'static>)> = match e {
        InputError::TooLong { max, len, .. } => vec![
            ("field", field.into()),
            ("max", (*max as i64).into()),
            ("len", (*len as i64).into()),
        ],
        InputError::UnknownCategory { value } | InputError::UnknownLanguage { value } => {
            vec![("field", field.into()), ("value", value.clone().into())]
        }
        InputError::Blocked { term, .. } => {
            vec![("field", field.into()), ("term", term.clone().into())]
        }
        _ => vec![("field", field.into())],
    };
    ctx.ta(&format!("participation-error-{}", e.key()), &args)
}

/// Whether a request path is an import upload (large bodies allowed, like dataset uploads).
pub fn is_import_path(path: &str) -> bool {
    let Some(rest) = path
        .strip_prefix("/api/v1/dialogues/")
        .or_else(|| path.strip_prefix("/dialogues/"))
    else {
        return false;
    };
    rest.split_once('/')
        .is_some_and(|(id, tail)| id.bytes().all(|b| b.is_ascii_digit()) && tail == "import")
}
