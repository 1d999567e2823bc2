//! Who is asking (session cookie or API token) and whether they may.
//!
//! [`load_identity`] runs for every request and stores an [`Identity`] in the
//! request extensions. Every route of the registry carries an [`Access`] policy
//! that [`require`] enforces on the server before the handler runs; handlers that
//! act on one quarter additionally check the quarter scope.

use std::collections::HashMap;
use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::header::AUTHORIZATION;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use quartier_db::platform::accounts::{Role, RoleAssignment, User};

use crate::error::AppError;
use crate::{AppState, cookies, platform::password};

/// Name of the session cookie.
pub const SESSION_COOKIE: &str = "qsid";

/// The signed-in user with their roles.
#[derive(Debug, Clone)]
pub struct Identity {
    /// The account.
    pub user: User,
    /// Role assignments.
    pub roles: Vec<RoleAssignment>,
    /// Hash of the session id (none for API-token requests).
    pub session_hash: Option<String>,
    /// The city this request works on (see [`crate::ctx::chosen_city`]); 0 when there
    /// is none. Roles count only in their own city: a lead of one city is nobody in
    /// another. The admin role is installation-wide.
    pub city_id: i64,
    /// Quarter id → city id, to decide whether a city-wide role covers a quarter.
    pub quarter_city: Arc<HashMap<i64, i64>>,
}

impl Identity {
    /// Holds `role` in the request's city (city-wide or in one of its quarters).
    /// Admins hold every role everywhere.
    pub fn has_role(&self, role: Role) -> bool {
        self.has_role_in_city(role, self.city_id)
    }

    /// Holds `role` in city `city_id` (city-wide or in one of its quarters).
    pub fn has_role_in_city(&self, role: Role, city_id: i64) -> bool {
        self.roles.iter().any(|r| {
            r.role == Role::Admin.as_str() || (r.role == role.as_str() && r.city_id == city_id)
        })
    }

    /// Holds `role` for quarter `quarter_id`: assigned in that quarter, or city-wide
    /// in the quarter's city. Admins always do.
    pub fn has_role_in(&self, role: Role, quarter_id: i64) -> bool {
        let city = self.quarter_city.get(&quarter_id).copied();
        self.roles.iter().any(|r| {
            r.role == Role::Admin.as_str()
                || (r.role == role.as_str()
                    && (r.quarter_id == quarter_id
                        || (r.quarter_id == 0 && Some(r.city_id) == city)))
        })
    }

    /// Is an administrator.
    pub fn is_admin(&self) -> bool {
        self.roles.iter().any(|r| r.role == Role::Admin.as_str())
    }

    /// Holds any staff role (admin, lead, analyst, manager) for quarter `quarter_id`.
    pub fn is_staff_for(&self, quarter_id: i64) -> bool {
        [Role::Admin, Role::Lead, Role::Analyst, Role::Manager]
            .into_iter()
            .any(|r| self.has_role_in(r, quarter_id))
    }

    /// Holds any staff role (admin, lead, analyst, manager) in the request's city.
    pub fn is_staff(&self) -> bool {
        [Role::Admin, Role::Lead, Role::Analyst, Role::Manager]
            .into_iter()
            .any(|r| self.has_role(r))
    }
}

/// The identity of the current request, if any.
#[derive(Clone, Default)]
pub struct MaybeIdentity(pub Option<Arc<Identity>>);

/// Who may use a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Everybody, signed in or not.
    Public,
    /// Any signed-in user.
    User,
    /// Users holding one of these roles (admins always pass).
    Roles(&'static [Role]),
}

/// Admins only.
pub const ADMIN: Access = Access::Roles(&[Role::Admin]);
/// Setting up the city: admins and the programme lead.
pub const SETUP: Access = Access::Roles(&[Role::Admin, Role::Lead]);
/// The programme lead (admins hold every role).
pub const LEAD: Access = Access::Roles(&[Role::Lead]);
/// Who loads data and configures indices: analysts and the programme lead.
pub const DATA: Access = Access::Roles(&[Role::Analyst, Role::Lead]);
/// Staff of a quarter: its neighbourhood manager or the programme lead.
pub const STAFF: Access = Access::Roles(&[Role::Manager, Role::Lead]);
/// Who edits actors, offers, needs and events: staff and actor representatives
/// (object-level checks in the handlers).
pub const CIVIC_EDIT: Access = Access::Roles(&[Role::Manager, Role::Lead, Role::Actor]);
/// Who edits the action plan.
pub const PLAN_EDIT: Access = Access::Roles(&[Role::Admin, Role::Lead, Role::Manager]);
/// Who records progress on measures (actors only on their own measures).
pub const PLAN_PROGRESS: Access =
    Access::Roles(&[Role::Admin, Role::Lead, Role::Manager, Role::Actor]);

/// Reads the session cookie or bearer token and stores the identity.
pub async fn load_identity(
    State(state): State<AppState>,
    mut req: Request,
    next: Next,
) -> Response {
    let bearer = req
        .headers()
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(|t| t.trim().to_string());
    let sid = cookies::get(req.headers(), SESSION_COOKIE);
    let identity = match resolve(&state, bearer, sid).await {
        Ok(Some(mut i)) => match state.city_directory().await {
            Ok(dir) => {
                i.city_id = crate::ctx::chosen_city(req.uri(), req.headers(), &dir.cities)
                    .map(|c| c.id)
                    .unwrap_or(0);
                i.quarter_city = dir.quarter_city;
                Some(i)
            }
            Err(e) => return e.into_response(),
        },
        Ok(None) => None,
        Err(e) => return e.into_response(),
    };
    req.extensions_mut()
        .insert(MaybeIdentity(identity.map(Arc::new)));
    next.run(req).await
}

async fn resolve(
    state: &AppState,
    bearer: Option<String>,
    sid: Option<String>,
) -> Result<Option<Identity>, AppError> {
    if let Some(token) = bearer {
        let Some(uid) = state
            .db
            .api_token_user(&password::token_hash(&token))
            .await?
        else {
            return Err(AppError::Unauthorized);
        };
        let Some(user) = state.db.user_by_id(uid).await? else {
            return Ok(None);
        };
        let roles = state.db.roles_of(uid).await?;
        return Ok(Some(Identity {
            user,
            roles,
            session_hash: None,
            city_id: 0,
            quarter_city: Arc::default(),
        }));
    }
    let Some(sid) = sid else {
        return Ok(None);
    };
    let hash = password::token_hash(&sid);
    // User and roles in parallel: one round trip of latency.
    let (user, roles) = tokio::try_join!(
        state.db.session_user_row(&hash),
        state.db.session_roles(&hash)
    )?;
    let Some(user) = user else {
        return Ok(None);
    };
    let session_hash = Some(hash);
    Ok(Some(Identity {
        user,
        roles,
        session_hash,
        city_id: 0,
        quarter_city: Arc::default(),
    }))
}

/// Enforces `access` for one route.
pub async fn require(access: Access, req: Request, next: Next) -> Response {
    let identity = req
        .extensions()
        .get::<MaybeIdentity>()
        .and_then(|m| m.0.clone());
    let allowed = match (access, &identity) {
        (Access::Public, _) => true,
        (_, None) => return AppError::Unauthorized.into_response(),
        (Access::User, Some(_)) => true,
        (Access::Roles(roles), Some(id)) => roles.iter().any(|r| id.has_role(*r)),
    };
    if allowed {
        next.run(req).await
    } else {
        AppError::Forbidden.into_response()
    }
}
