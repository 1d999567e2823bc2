//! The versioned REST API (`/api/v1/…`, session or bearer-token auth) and its
//! OpenAPI document, generated from the route registry.

use axum::Json;
use axum::extract::State;
use serde_json::{Value, json};

use crate::access::Access;
use crate::error::{AppError, AppResult};

use crate::{AppState, Ctx};

/// `GET /api/v1/openapi.json`
pub async fn openapi() -> Json<Value> {
    Json(document())
}

/// Request bodies of the write operations that take one.
fn request_body(method: &str, path: &str) -> Option<Value> {
    match (method, path) {
        ("post", "/api/v1/datasets") => Some(json!({
            "required": true,
            "content": { "multipart/form-data": { "schema": {
                "type": "object",
                "required": ["kind", "file"],
                "properties": {
                    "kind": { "type": "string", "enum": ["indicators", "boundaries", "programme_areas"] },
                    "file": { "type": "array", "items": { "type": "string", "format": "binary" }, "description": "CSV/TXT, XLSX/ODS, JSON (tables); GeoJSON, Shapefile parts (.shp .dbf .prj .cpg), GeoPackage (boundaries); or one ZIP" },
                    "title": { "type": "string" },
                    "source": { "type": "string", "description": "Publisher, shown under every map and table" },
                    "licence": { "type": "string", "description": "Licence / attribution, e.g. dl-de/by-2-0" },
                    "city": { "type": "string", "description": "Slug of an existing city (default: the current one)" },
                    "new_city": { "type": "string", "description": "Name of a new city to create for this upload" },
                    "key_field": { "type": "string", "description": "Attribute or column with the area key (default: detected)" },
                    "name_field": { "type": "string" },
                    "district_field": { "type": "string" },
                    "crs": { "type": "string", "description": "EPSG code when the file declares none" },
                    "merge_duplicates": { "type": "string", "description": "Non-empty: merge features sharing a key into one area" },
                    "year": { "type": "integer" },
                    "sheet": { "type": "string" },
                    "delimiter": { "type": "string", "enum": ["", ";", ",", "tab", "|"] },
                    "encoding": { "type": "string", "enum": ["", "utf-8", "windows-1252"] },
                    "decimal": { "type": "string", "enum": ["", "comma", "point"] }
                }
            } } }
        })),
        ("post", "/api/v1/datasets/{id}/apply") => Some(json!({
            "required": false,
            "content": { "application/json": { "schema": {
                "type": "object",
                "properties": { "indicators": { "type": "array", "items": {
                    "type": "object",
                    "required": ["file_key"],
                    "properties": {
                        "file_key": { "type": "string", "description": "Key proposed in the preview summary" },
                        "key": { "type": "string" },
                        "name": { "type": "string" },
                        "unit": { "type": "string" },
                        "polarity": { "type": "string", "enum": ["need", "less", "neutral"] },
                        "definition": { "type": "string" }
                    }
                } } }
            } } }
        })),
        _ => None,
    }
}

/// The OpenAPI 3.1 document of every `/api/v1` route in the registry.
pub fn document() -> Value {
    let mut paths = serde_json::Map::new();
    for r in crate::routes::all().filter(|r| r.path.starts_with("/api/v1/")) {
        let params: Vec<Value> = r
            .path
            .split('/')
            .filter_map(|seg| seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
            .map(|name| json!({ "name": name, "in": "path", "required": true, "schema": { "type": "string" } }))
            .collect();
        let security = match r.access {
            Access::Public => json!([]),
            _ => json!([{ "session": [] }, { "bearer": [] }]),
        };
        let mut responses =
            json!({ "200": { "description": "OK", "content": { "application/json": {} } } });
        if r.access != Access::Public {
            responses["401"] = json!({ "description": "Not signed in" });
        }
        if let Access::Roles(roles) = r.access {
            let names: Vec<&str> = roles.iter().map(|x| x.as_str()).collect();
            responses["403"] =
                json!({ "description": format!("Requires role: {}", names.join(", ")) });
        }
        let mut op = json!({
            "summary": r.summary,
            "operationId": format!("{}{}", r.method, r.path.replace(['/', '{', '}', '.'], "_")),
            "parameters": params,
            "security": security,
            "responses": responses,
        });
        if let Some(body) = request_body(r.method, r.path) {
            op["requestBody"] = body;
        }
        let entry = paths.entry(r.path.to_string()).or_insert_with(|| json!({}));
        entry[r.method] = op;
    }
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "Quartier API",
            "version": "1",
            "description": "REST API of Quartier. Authenticate with the session cookie (plus X-CSRF-Token on writes) or with `Authorization: Bearer <token>` (create tokens on /account).",
            "license": { "name": "EUPL-1.2", "identifier": "EUPL-1.2" }
        },
        "servers": [{ "url": "/" }],
        "components": {
            "securitySchemes": {
                "session": { "type": "apiKey", "in": "cookie", "name": "qsid" },
                "bearer": { "type": "http", "scheme": "bearer" }
            }
        },
        "paths": paths,
    })
}

/// `GET /api/v1/me`
pub async fn me(ctx: Ctx) -> AppResult<Json<Value>> {
    let id = ctx.require_user()?;
    Ok(Json(json!({ "user": id.user, "roles": id.roles })))
}

/// `GET /api/v1/quarters`
pub async fn quarters(State(state): State<AppState>, ctx: Ctx) -> AppResult<Json<Value>> {
    let city = ctx.require_city()?;
    let qs = state.db.quarters(city.id).await?;
    Ok(Json(json!({ "city": city, "quarters": qs })))
}

/// `GET /api/v1/areas` — a GeoJSON FeatureCollection.
pub async fn areas(State(state): State<AppState>, ctx: Ctx) -> AppResult<Json<Value>> {
    let city = ctx.require_city()?;
    let areas = state.db.area_geometries(city.id).await?;
    let features: Vec<Value> = areas
        .into_iter()
        .map(|a| {
            let geometry = a
                .geometry
                .as_deref()
                .and_then(|g| serde_json::from_str::<Value>(g).ok())
                .unwrap_or(Value::Null);
            json!({ "type": "Feature", "id": a.area_key, "properties": { "key": a.area_key, "name": a.name }, "geometry": geometry })
        })
        .collect();
    Ok(Json(
        json!({ "type": "FeatureCollection", "features": features }),
    ))
}

/// `GET /api/v1/admin/users`
pub async fn users(State(state): State<AppState>) -> AppResult<Json<Value>> {
    let users = state
        .db
        .list_users("", 10_000)
        .await
        .map_err(AppError::from)?;
    Ok(Json(json!({ "users": users })))
}
