//! Platform: start page, language and city choice, accounts (sign-in, registration,
//! verification, reset, invitations), my account, administration and the REST basics.

pub(crate) mod account;
pub(crate) mod admin;
pub(crate) mod api;
pub(crate) mod auth;
pub(crate) mod home;
pub mod mailtexts;
pub mod password;
pub(crate) mod quarters;

#[allow(unused_imports)]
use crate::access::{ADMIN, Access, SETUP};

crate::routes::module_routes! {
    get "/" => home::index, Access::Public, "Start page: the city, its quarters and how to take part";
    get "/about" => home::about, Access::Public, "What Quartier is, data protection, licence";
    get "/healthz" => home::healthz, Access::Public, "Liveness and database check";
    get "/lang" => home::set_lang, Access::Public, "Switch the UI language (cookie) and return";
    get "/city" => home::set_city, Access::Public, "Choose the city the pages show (cookie) and return";
    get "/static/app.css" => crate::assets::css, Access::Public, "Stylesheet";
    get "/static/app.js" => crate::assets::js, Access::Public, "Progressive-enhancement script";
    get "/quarters" => quarters::list, Access::Public, "List of quarters";
    get "/quarters/{slug}" => quarters::show, Access::Public, "One quarter";
    get "/areas" => quarters::areas, Access::Public, "Statistical areas of the city";
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
