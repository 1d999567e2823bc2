//! The route registry. Each module declares its routes next to its handlers with
//! [`module_routes!`] (method, path, access policy, summary); this file composes the
//! modules. The router, the access checks, the OpenAPI document, `quartier admin
//! routes`, the browser crawl and the authorisation-matrix test are all built from
//! the composed list, [`all`].
//!
//! A new module is one folder in `web/src` with a `module_routes!` block and one
//! line in [`MODULES`].

use axum::Router;

use crate::access::Access;
use crate::{AppState, civic, decisions, error, lernwerkstatt, monitoring, plan, platform};

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

/// A module of the application: its name, its routes and how they are mounted.
pub struct Module {
    /// The module's name (the same in the web, db and demo layers).
    pub name: &'static str,
    /// Its routes.
    pub routes: &'static [RouteSpec],
    mount: fn(Router<AppState>) -> Router<AppState>,
}

/// Declares a module's routes: `ROUTES` (the list) and `mount` (adds each route
/// with its access policy as a route layer).
macro_rules! module_routes {
    ($( $method:ident $path:literal => $handler:path, $access:expr, $summary:literal; )*) => {
        /// This module's routes.
        pub const ROUTES: &[$crate::routes::RouteSpec] = &[
            $( $crate::routes::RouteSpec { method: stringify!($method), path: $path, access: $access, summary: $summary }, )*
        ];

        /// Adds this module's routes, each with its access policy, to the router.
        pub(crate) fn mount(
            mut r: axum::Router<$crate::AppState>,
        ) -> axum::Router<$crate::AppState> {
            $(
                r = r.route(
                    $path,
                    axum::routing::$method($handler).route_layer(axum::middleware::from_fn(
                        |req: axum::extract::Request, next: axum::middleware::Next| {
                            $crate::access::require($access, req, next)
                        },
                    )),
                );
            )*
            r
        }
    };
}
pub(crate) use module_routes;

/// Every module, in the order of the evidence loop.
pub const MODULES: &[Module] = &[
    Module {
        name: "platform",
        routes: platform::ROUTES,
        mount: platform::mount,
    },
    Module {
        name: "monitoring",
        routes: monitoring::ROUTES,
        mount: monitoring::mount,
    },
    Module {
        name: "decisions",
        routes: decisions::ROUTES,
        mount: decisions::mount,
    },
    Module {
        name: "civic",
        routes: civic::ROUTES,
        mount: civic::mount,
    },
    Module {
        name: "plan",
        routes: plan::ROUTES,
        mount: plan::mount,
    },
    Module {
        name: "lernwerkstatt",
        routes: lernwerkstatt::ROUTES,
        mount: lernwerkstatt::mount,
    },
];

/// Every route of the application.
pub fn all() -> impl Iterator<Item = &'static RouteSpec> + Clone {
    MODULES.iter().flat_map(|m| m.routes.iter())
}

/// The router with each route's access policy as a route layer.
pub(crate) fn build(state: AppState) -> Router {
    let mut r: Router<AppState> = Router::new();
    for m in MODULES {
        r = (m.mount)(r);
    }
    r.fallback(error::not_found).with_state(state)
}
