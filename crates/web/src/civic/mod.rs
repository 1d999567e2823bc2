//! Local civic structures: actors, offers and needs with matching, the cooperation
//! network, the public directory and the shared event calendar.

pub(crate) mod actors;
pub(crate) mod calendar;
pub(crate) mod common;
pub(crate) mod directory;
pub(crate) mod import;
pub(crate) mod items;
pub(crate) mod matching;
pub(crate) mod network;

#[allow(unused_imports)]
use crate::access::{Access, CIVIC_EDIT, STAFF};

crate::routes::module_routes! {
    get "/quarters/{slug}/actors" => actors::actors_list, Access::Public, "Actors of a quarter (public fields only for the public; 50 per page)";
    get "/quarters/{slug}/actors/new" => actors::actor_new, STAFF, "New actor (form; manager of the quarter)";
    post "/quarters/{slug}/actors" => actors::actor_create, STAFF, "Create an actor";
    get "/quarters/{slug}/actors/import" => import::import_page, STAFF, "Import an actor list (CSV/XLSX upload form)";
    post "/quarters/{slug}/actors/import" => import::import_preview, STAFF, "Upload an actor list: preview with every problem, saves nothing";
    post "/quarters/{slug}/actors/import/confirm" => import::import_confirm, STAFF, "Save the previewed actor list";
    get "/actors/{id}" => actors::actor_show, Access::Public, "Actor profile (public fields; all fields for its editors)";
    get "/actors/{id}/edit" => actors::actor_edit, CIVIC_EDIT, "Edit an actor (manager or the actor's representative)";
    post "/actors/{id}" => actors::actor_update, CIVIC_EDIT, "Save an actor";
    get "/actors/{id}/offers/new" => items::new_form::<items::Offers>, CIVIC_EDIT, "New offer of an actor (form)";
    post "/actors/{id}/offers" => items::create::<items::Offers>, CIVIC_EDIT, "Create an offer";
    get "/actors/{id}/needs/new" => items::new_form::<items::Needs>, CIVIC_EDIT, "New need of an actor (form)";
    post "/actors/{id}/needs" => items::create::<items::Needs>, CIVIC_EDIT, "Create a need";
    get "/offers/{id}" => items::show::<items::Offers>, Access::Public, "One offer";
    get "/offers/{id}/edit" => items::edit::<items::Offers>, CIVIC_EDIT, "Edit an offer";
    post "/offers/{id}" => items::update::<items::Offers>, CIVIC_EDIT, "Save an offer";
    get "/needs/{id}" => items::show::<items::Needs>, Access::Public, "One need";
    get "/needs/{id}/edit" => items::edit::<items::Needs>, CIVIC_EDIT, "Edit a need";
    post "/needs/{id}" => items::update::<items::Needs>, CIVIC_EDIT, "Save a need";
    get "/quarters/{slug}/matching" => matching::matching, STAFF, "Offer suggestions for each need with the reasons";
    get "/quarters/{slug}/network" => network::network, STAFF, "Cooperation network: SVG, table, clusters, brokers, growth";
    post "/quarters/{slug}/links" => network::link_create, STAFF, "Record a cooperation link";
    post "/links/{id}/end" => network::link_end, STAFF, "End a cooperation link";
    get "/directory" => directory::directory, Access::Public, "Public directory of offers: search, list and map";
    get "/calendar" => calendar::calendar, Access::Public, "Shared event calendar by month";
    get "/calendar.ics" => calendar::calendar_ics, Access::Public, "All events as iCalendar feed";
    get "/quarters/{slug}/calendar.ics" => calendar::quarter_ics, Access::Public, "Events of a quarter as iCalendar feed";
    get "/quarters/{slug}/events/new" => calendar::event_new, CIVIC_EDIT, "New event (form)";
    post "/quarters/{slug}/events" => calendar::event_create, CIVIC_EDIT, "Create an event";
    get "/events/{id}/edit" => calendar::event_edit, CIVIC_EDIT, "Edit an event";
    post "/events/{id}" => calendar::event_update, CIVIC_EDIT, "Save an event";
}
