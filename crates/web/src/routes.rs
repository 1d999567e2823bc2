//! The route registry: every route with its method, path, access policy and
//! summary, declared once. The router, the access checks, the OpenAPI document
//! and the authorisation-matrix test are all built from this one list.

use axum::Router;
use axum::extract::Request;
use axum::middleware::{Next, from_fn};
use quartier_db::accounts::Role;

use crate::access::{self, Access};
use crate::pages::{account, admin, api, auth, decisions, home, maps, monitoring, quarters};
use crate::{AppState, assets, error};

/// One registered route.
#[derive(Debug, Clone, Copy)]
pub struct RouteSpec {
    /// HTTP method (`get`, `post`).
    pub method: &'static str,
    /// Path with `{param}` placeholders.
    pub path: &'static str,
    /// Who may call it.
    pub access: Access,
    /// One-line summary (OpenAPI, docs).
    pub summary: &'static str,
}

const ADMIN: Access = Access::Roles(&[Role::Admin]);
const SETUP: Access = Access::Roles(&[Role::Admin, Role::Lead]);
const LEAD: Access = Access::Roles(&[Role::Lead]);
/// Who loads and applies datasets (admins hold every role).
const DATA: Access = Access::Roles(&[Role::Analyst, Role::Lead]);

macro_rules! registry {
    ($( $method:ident $path:literal => $handler:path, $access:expr, $summary:literal; )*) => {
        /// Every route of the application.
        pub const ROUTES: &[RouteSpec] = &[
            $( RouteSpec { method: stringify!($method), path: $path, access: $access, summary: $summary }, )*
        ];

        /// The router with each route's access policy as a route layer.
        pub(crate) fn build(state: AppState) -> Router {
            let mut r: Router<AppState> = Router::new();
            $(
                r = r.route(
                    $path,
                    axum::routing::$method($handler)
                        .route_layer(from_fn(|req: Request, next: Next| access::require($access, req, next))),
                );
            )*
            r.fallback(error::not_found).with_state(state)
        }
    };
}

registry! {
    get "/" => home::index, Access::Public, "Start page: the city, its quarters and how to take part";
    get "/about" => home::about, Access::Public, "What Quartier is, data protection, licence";
    get "/healthz" => home::healthz, Access::Public, "Liveness and database check";
    get "/lang" => home::set_lang, Access::Public, "Switch the UI language (cookie) and return";
    get "/city" => home::set_city, Access::Public, "Choose the city the pages show (cookie) and return";
    get "/static/app.css" => assets::css, Access::Public, "Stylesheet";
    get "/static/app.js" => assets::js, Access::Public, "Progressive-enhancement script";
    get "/quarters" => quarters::list, Access::Public, "List of quarters";
    get "/quarters/{slug}" => quarters::show, Access::Public, "One quarter";
    get "/areas" => quarters::areas, Access::Public, "Statistical areas of the city";
    get "/monitoring" => monitoring::catalogue, Access::Public, "Indicator catalogue";
    get "/monitoring/map" => maps::map, Access::Public, "Choropleth map of an indicator, the need index or LISA clusters";
    get "/monitoring/map.svg" => maps::map_svg, Access::Public, "The same map as an SVG file";
    get "/monitoring/map.geojson" => maps::map_geojson, Access::Public, "The map's areas with value and class as GeoJSON";
    get "/monitoring/report" => maps::report, Access::Public, "Print-ready A4 report: maps, ranking, decisions";
    get "/monitoring/ranking" => monitoring::ranking, Access::Public, "Need ranking with rank intervals";
    get "/monitoring/ranking.csv" => monitoring::ranking_csv, Access::Public, "Need ranking as CSV";
    get "/monitoring/ranking.xlsx" => monitoring::ranking_xlsx, Access::Public, "Need ranking as XLSX";
    get "/monitoring/areas/{key}" => monitoring::area, Access::Public, "Profile of one statistical area";
    get "/decisions" => decisions::list, Access::Public, "Area-selection decisions";
    get "/decisions/new" => decisions::new_form, LEAD, "New area-selection decision (form)";
    post "/decisions" => decisions::create, LEAD, "Record an area-selection decision";
    get "/decisions/{key}" => decisions::show, Access::Public, "One decision with comparison table and versions";
    get "/decisions/{key}/edit" => decisions::edit_form, LEAD, "Edit a decision (new version)";
    post "/decisions/{key}" => decisions::update, LEAD, "Save a new version of a decision";
    post "/decisions/{key}/quarter" => decisions::create_quarter, LEAD, "Create a quarter from the chosen areas";
    // ---- datasets and uploads (issue 4) ----
    get "/monitoring/data" => crate::pages::data::index, DATA, "Datasets of the city: upload form and every version";
    post "/monitoring/data" => crate::pages::data::upload, DATA, "Upload boundaries, an indicator table or programme areas (multipart); stored as a preview version";
    get "/monitoring/data/{id}" => crate::pages::data::show, DATA, "One dataset version: what was recognised, area matching, every problem";
    post "/monitoring/data/{id}/apply" => crate::pages::data::apply_form, DATA, "Apply a version to the city's data (chosen indicators, names, units, direction)";
    post "/monitoring/data/{id}/discard" => crate::pages::data::discard, DATA, "Discard a preview version (its files stay stored)";
    get "/api/v1/datasets" => crate::pages::data::api_list, DATA, "Dataset versions of a city (`?city=slug`)";
    post "/api/v1/datasets" => crate::pages::data::api_upload, DATA, "Upload a dataset (multipart: kind, file…, settings); answers with the preview";
    get "/api/v1/datasets/{id}" => crate::pages::data::api_show, DATA, "One dataset version with its preview summary";
    post "/api/v1/datasets/{id}/apply" => crate::pages::data::api_apply, DATA, "Apply a dataset version (JSON body: optional chosen indicators)";

    // ---- index configurations and exports (issue 4) ----
    get "/monitoring/indices" => crate::pages::indices::list, Access::Public, "Index configurations (MSS preset or custom composite)";
    get "/monitoring/indices/new" => crate::pages::indices::new_form, Access::Roles(&[Role::Analyst, Role::Lead]), "New index configuration (form)";
    post "/monitoring/indices" => crate::pages::indices::create, Access::Roles(&[Role::Analyst, Role::Lead]), "Save an index configuration and store its computed results";
    get "/monitoring/indices/{key}" => crate::pages::indices::show, Access::Public, "Stored results of an index configuration with rank intervals and versions";
    get "/monitoring/indices/{key}/edit" => crate::pages::indices::edit_form, Access::Roles(&[Role::Analyst, Role::Lead]), "Edit an index configuration (new version)";
    post "/monitoring/indices/{key}" => crate::pages::indices::update, Access::Roles(&[Role::Analyst, Role::Lead]), "Save a new version of an index configuration";
    get "/monitoring/indices/{key}/export.csv" => crate::pages::indices::results_csv, Access::Public, "Index results as CSV";
    get "/monitoring/indices/{key}/export.xlsx" => crate::pages::indices::results_xlsx, Access::Public, "Index results as XLSX";
    get "/monitoring/export.csv" => crate::pages::indices::catalogue_csv, Access::Public, "Indicator catalogue as CSV";
    get "/monitoring/export.xlsx" => crate::pages::indices::catalogue_xlsx, Access::Public, "Indicator catalogue as XLSX";
    get "/monitoring/areas/{key}/export.csv" => crate::pages::indices::area_csv, Access::Public, "Area profile values as CSV";
    get "/monitoring/areas/{key}/export.xlsx" => crate::pages::indices::area_xlsx, Access::Public, "Area profile values as XLSX";
    get "/monitoring/map/export.csv" => crate::pages::maps::table_csv, Access::Public, "The map's data table as CSV";
    get "/monitoring/map/export.xlsx" => crate::pages::maps::table_xlsx, Access::Public, "The map's data table as XLSX";
    get "/decisions/{key}/export.csv" => crate::pages::indices::decision_csv, Access::Public, "Decision comparison table as CSV";
    get "/decisions/{key}/export.xlsx" => crate::pages::indices::decision_xlsx, Access::Public, "Decision comparison table as XLSX";

    // ---- impact: cohesion surveys (issue 12) ----
    get "/impact/surveys" => crate::impact::manage::list, crate::impact::ANALYSTS, "Surveys of the city and the form for a new one";
    post "/impact/surveys" => crate::impact::manage::create, crate::impact::ANALYSTS, "Create a survey: instrument, pilot quarter, comparison areas, minimum n";
    get "/impact/surveys/{id}" => crate::impact::manage::show, crate::impact::ANALYSTS, "One survey: waves, samples, answers per area and wave";
    post "/impact/surveys/{id}/waves" => crate::impact::manage::add_wave, crate::impact::ANALYSTS, "Add a wave (baseline first, then follow-ups)";
    post "/impact/surveys/{id}/samples" => crate::impact::manage::add_sample, crate::impact::ANALYSTS, "Record a sample; generates invitation codes or an open link, shown once";
    get "/impact/surveys/{id}/paper" => crate::impact::answer::paper_form, crate::impact::FIELD_STAFF, "Type in a paper questionnaire (form)";
    post "/impact/surveys/{id}/paper" => crate::impact::answer::paper_submit, crate::impact::FIELD_STAFF, "Save a paper questionnaire with its channel";
    get "/impact/surveys/{id}/results" => crate::impact::results::page_view, crate::impact::ANALYSTS, "Results: n, mean, intervals, alpha, distribution, changes and difference-in-differences";
    get "/api/v1/surveys/{id}/results" => crate::impact::results::api, crate::impact::ANALYSTS, "Results as JSON (aggregates only; 422 when nothing reaches the minimum n)";
    get "/survey" => crate::impact::answer::code_form, Access::Public, "Answer a survey: enter the invitation code";
    post "/survey" => crate::impact::answer::code_submit, Access::Public, "Check an invitation code and show the questionnaire";
    post "/survey/answer" => crate::impact::answer::code_answer, Access::Public, "Save the answers of an invited respondent (burns the code)";
    get "/survey/thanks" => crate::impact::answer::thanks_page, Access::Public, "Thank-you page after answering";
    get "/survey/link/{token}" => crate::impact::answer::link_form, Access::Public, "The questionnaire of an open survey link";
    post "/survey/link/{token}" => crate::impact::answer::link_answer, Access::Public, "Save answers given through an open link";

    // ---- civic structures: actors, offers, needs, network, directory, calendar (issue 5) ----
    get "/quarters/{slug}/actors" => crate::pages::civic::actors_list, Access::Public, "Actors of a quarter (public fields only for the public; 50 per page)";
    get "/quarters/{slug}/actors/new" => crate::pages::civic::actor_new, Access::Roles(&[Role::Manager, Role::Lead]), "New actor (form; manager of the quarter)";
    post "/quarters/{slug}/actors" => crate::pages::civic::actor_create, Access::Roles(&[Role::Manager, Role::Lead]), "Create an actor";
    get "/quarters/{slug}/actors/import" => crate::pages::civic::import_page, Access::Roles(&[Role::Manager, Role::Lead]), "Import an actor list (CSV/XLSX upload form)";
    post "/quarters/{slug}/actors/import" => crate::pages::civic::import_preview, Access::Roles(&[Role::Manager, Role::Lead]), "Upload an actor list: preview with every problem, saves nothing";
    post "/quarters/{slug}/actors/import/confirm" => crate::pages::civic::import_confirm, Access::Roles(&[Role::Manager, Role::Lead]), "Save the previewed actor list";
    get "/actors/{id}" => crate::pages::civic::actor_show, Access::Public, "Actor profile (public fields; all fields for its editors)";
    get "/actors/{id}/edit" => crate::pages::civic::actor_edit, Access::Roles(&[Role::Manager, Role::Lead, Role::Actor]), "Edit an actor (manager or the actor's representative)";
    post "/actors/{id}" => crate::pages::civic::actor_update, Access::Roles(&[Role::Manager, Role::Lead, Role::Actor]), "Save an actor";
    get "/actors/{id}/offers/new" => crate::pages::civic_items::offer_new, Access::Roles(&[Role::Manager, Role::Lead, Role::Actor]), "New offer of an actor (form)";
    post "/actors/{id}/offers" => crate::pages::civic_items::offer_create, Access::Roles(&[Role::Manager, Role::Lead, Role::Actor]), "Create an offer";
    get "/actors/{id}/needs/new" => crate::pages::civic_items::need_new, Access::Roles(&[Role::Manager, Role::Lead, Role::Actor]), "New need of an actor (form)";
    post "/actors/{id}/needs" => crate::pages::civic_items::need_create, Access::Roles(&[Role::Manager, Role::Lead, Role::Actor]), "Create a need";
    get "/offers/{id}" => crate::pages::civic_items::offer_show, Access::Public, "One offer";
    get "/offers/{id}/edit" => crate::pages::civic_items::offer_edit, Access::Roles(&[Role::Manager, Role::Lead, Role::Actor]), "Edit an offer";
    post "/offers/{id}" => crate::pages::civic_items::offer_update, Access::Roles(&[Role::Manager, Role::Lead, Role::Actor]), "Save an offer";
    get "/needs/{id}" => crate::pages::civic_items::need_show, Access::Public, "One need";
    get "/needs/{id}/edit" => crate::pages::civic_items::need_edit, Access::Roles(&[Role::Manager, Role::Lead, Role::Actor]), "Edit a need";
    post "/needs/{id}" => crate::pages::civic_items::need_update, Access::Roles(&[Role::Manager, Role::Lead, Role::Actor]), "Save a need";
    get "/quarters/{slug}/matching" => crate::pages::civic_items::matching, Access::Roles(&[Role::Manager, Role::Lead]), "Offer suggestions for each need with the reasons";
    get "/quarters/{slug}/network" => crate::pages::civic_network::network, Access::Roles(&[Role::Manager, Role::Lead]), "Cooperation network: SVG, table, clusters, brokers, growth";
    post "/quarters/{slug}/links" => crate::pages::civic_network::link_create, Access::Roles(&[Role::Manager, Role::Lead]), "Record a cooperation link";
    post "/links/{id}/end" => crate::pages::civic_network::link_end, Access::Roles(&[Role::Manager, Role::Lead]), "End a cooperation link";
    get "/directory" => crate::pages::civic_directory::directory, Access::Public, "Public directory of offers: search, list and map";
    get "/calendar" => crate::pages::civic_directory::calendar, Access::Public, "Shared event calendar by month";
    get "/calendar.ics" => crate::pages::civic_directory::calendar_ics, Access::Public, "All events as iCalendar feed";
    get "/quarters/{slug}/calendar.ics" => crate::pages::civic_directory::quarter_ics, Access::Public, "Events of a quarter as iCalendar feed";
    get "/quarters/{slug}/events/new" => crate::pages::civic_directory::event_new, Access::Roles(&[Role::Manager, Role::Lead, Role::Actor]), "New event (form)";
    post "/quarters/{slug}/events" => crate::pages::civic_directory::event_create, Access::Roles(&[Role::Manager, Role::Lead, Role::Actor]), "Create an event";
    get "/events/{id}/edit" => crate::pages::civic_directory::event_edit, Access::Roles(&[Role::Manager, Role::Lead, Role::Actor]), "Edit an event";
    post "/events/{id}" => crate::pages::civic_directory::event_update, Access::Roles(&[Role::Manager, Role::Lead, Role::Actor]), "Save an event";

    // ---- action plan (issue 5) ----
    get "/plans" => crate::pages::plan::overview, Access::Public, "Action plans of all quarters";
    get "/quarters/{slug}/plan" => crate::pages::plan::show, Access::Public, "Action plan of a quarter (drafts for staff)";
    post "/quarters/{slug}/plan" => crate::pages::plan::save_plan, Access::Roles(&[Role::Admin, Role::Lead, Role::Manager]), "Create the plan or change title and publication";
    get "/quarters/{slug}/plan/fields/new" => crate::pages::plan::field_new, Access::Roles(&[Role::Admin, Role::Lead, Role::Manager]), "New field of action (form)";
    post "/quarters/{slug}/plan/fields" => crate::pages::plan::field_create, Access::Roles(&[Role::Admin, Role::Lead, Role::Manager]), "Add a field of action";
    get "/quarters/{slug}/plan/goals/new" => crate::pages::plan::goal_new, Access::Roles(&[Role::Admin, Role::Lead, Role::Manager]), "New goal (form)";
    post "/quarters/{slug}/plan/goals" => crate::pages::plan::goal_create, Access::Roles(&[Role::Admin, Role::Lead, Role::Manager]), "Add a goal";
    get "/quarters/{slug}/plan/measures/new" => crate::pages::plan::measure_new, Access::Roles(&[Role::Admin, Role::Lead, Role::Manager]), "New measure (form)";
    post "/quarters/{slug}/plan/measures" => crate::pages::plan::measure_create, Access::Roles(&[Role::Admin, Role::Lead, Role::Manager]), "Add a measure";
    get "/quarters/{slug}/plan/timeline" => crate::pages::plan_views::timeline, Access::Public, "Timeline of the plan (Gantt chart and table)";
    get "/quarters/{slug}/plan/dashboard" => crate::pages::plan_views::dashboard, Access::Public, "Progress per field of action";
    get "/quarters/{slug}/plan/history" => crate::pages::plan_views::history, Access::Public, "Change log of the plan";
    get "/quarters/{slug}/plan/compare" => crate::pages::plan_views::compare, Access::Public, "The plan at two dates compared";
    get "/quarters/{slug}/plan/print" => crate::pages::plan_views::print, Access::Public, "Print-ready plan (council attachment)";
    get "/quarters/{slug}/plan.csv" => crate::pages::plan_views::csv, Access::Public, "Measure table as CSV";
    get "/quarters/{slug}/plan.xlsx" => crate::pages::plan_views::xlsx, Access::Public, "Measure table as XLSX";
    get "/measures/{id}" => crate::pages::plan::measure_show, Access::Public, "One measure with indicators, milestones and history";
    get "/measures/{id}/edit" => crate::pages::plan::measure_edit, Access::Roles(&[Role::Admin, Role::Lead, Role::Manager]), "Edit a measure (form)";
    post "/measures/{id}" => crate::pages::plan::measure_update, Access::Roles(&[Role::Admin, Role::Lead, Role::Manager]), "Save a measure";
    post "/measures/{id}/progress" => crate::pages::plan::progress, Access::Roles(&[Role::Admin, Role::Lead, Role::Manager, Role::Actor]), "Record an actual value or a status change";
    post "/measures/{id}/milestones" => crate::pages::plan::milestones, Access::Roles(&[Role::Admin, Role::Lead, Role::Manager]), "Add a milestone or mark one reached";
    get "/quarters/{slug}/plan/fields/{id}/edit" => crate::pages::plan::field_edit, Access::Roles(&[Role::Admin, Role::Lead, Role::Manager]), "Edit a field of action (form)";
    post "/quarters/{slug}/plan/fields/{id}" => crate::pages::plan::field_update, Access::Roles(&[Role::Admin, Role::Lead, Role::Manager]), "Save a new version of a field of action";
    get "/quarters/{slug}/plan/goals/{id}/edit" => crate::pages::plan::goal_edit, Access::Roles(&[Role::Admin, Role::Lead, Role::Manager]), "Edit a goal (form)";
    post "/quarters/{slug}/plan/goals/{id}" => crate::pages::plan::goal_update, Access::Roles(&[Role::Admin, Role::Lead, Role::Manager]), "Save a new version of a goal";
    post "/measures/{id}/indicators/remove" => crate::pages::plan::indicator_remove, Access::Roles(&[Role::Admin, Role::Lead, Role::Manager]), "Remove an indicator of a measure (kept in the change log)";

    get "/login" => auth::login_form, Access::Public, "Sign-in form";
    post "/login" => auth::login, Access::Public, "Sign in";
    post "/logout" => auth::logout, Access::Public, "Sign out";
    get "/register" => auth::register_form, Access::Public, "Registration form";
    post "/register" => auth::register, Access::Public, "Register (sends a verification mail)";
    get "/verify" => auth::verify, Access::Public, "Confirm an email address";
    get "/password/forgot" => auth::forgot_form, Access::Public, "Forgotten-password form";
    post "/password/forgot" => auth::forgot, Access::Public, "Send a password-reset mail";
    get "/password/reset" => auth::reset_form, Access::Public, "New-password form";
    post "/password/reset" => auth::reset, Access::Public, "Set a new password";
    get "/invite/{token}" => auth::invite_form, Access::Public, "Accept a staff invitation (form)";
    post "/invite/{token}" => auth::invite_accept, Access::Public, "Accept a staff invitation";
    get "/account" => account::show, Access::User, "My account";
    post "/account" => account::update, Access::User, "Update my profile";
    post "/account/tokens" => account::create_token, Access::User, "Create an API token";
    get "/account/export" => account::export, Access::User, "Download my data (GDPR)";
    get "/account/delete" => account::delete_form, Access::User, "Delete my account (confirmation)";
    post "/account/delete" => account::delete, Access::User, "Delete my account";
    get "/admin" => admin::index, SETUP, "Administration overview";
    get "/admin/users" => admin::users, ADMIN, "Accounts";
    get "/admin/users/{id}" => admin::user, ADMIN, "One account with its roles";
    post "/admin/users/{id}/roles" => admin::grant, ADMIN, "Grant a role";
    post "/admin/roles/{id}/revoke" => admin::revoke, ADMIN, "Revoke a role";
    get "/admin/quarters" => admin::quarters, SETUP, "Quarters (list and create)";
    post "/admin/quarters" => admin::create_quarter, SETUP, "Create a quarter";
    get "/admin/invitations" => admin::invitations, ADMIN, "Staff invitations";
    post "/admin/invitations" => admin::invite, ADMIN, "Invite staff by email";
    get "/admin/audit" => admin::audit, ADMIN, "Audit log";
    get "/admin/outbox" => admin::outbox, ADMIN, "Email outbox";
    get "/api/v1/openapi.json" => api::openapi, Access::Public, "This OpenAPI document";
    get "/api/v1/me" => api::me, Access::User, "The calling user and roles";
    get "/api/v1/quarters" => api::quarters, Access::Public, "Quarters of the city";
    get "/api/v1/areas" => api::areas, Access::Public, "Statistical areas with GeoJSON geometry";
    get "/api/v1/admin/users" => api::users, ADMIN, "Accounts (admin)";
}
