//! The CSV/XLSX import of an existing actor list: upload → preview of every
//! problem → confirm.

use axum::body::Bytes;
use axum::extract::{Multipart, Path, State};
use axum::response::{IntoResponse, Response};
use maud::{Markup, html};
use quartier_db::monitoring::city::Quarter;

use crate::civic::actors::{ActorInput, new_actor_key};
use crate::civic::common::{FIELDS, KINDS, audit, manages, quarter, quarter_nav, split_list};
use crate::error::{AppError, AppResult};
use crate::ui::fmt::de;
use crate::ui::forms::{self, FieldErrors, see_other, unprocessable};
use crate::{AppState, Ctx, ui::layout};

/// Largest number of rows one import takes.
const IMPORT_MAX_ROWS: usize = 500;

/// Column names understood by the import, with their German and English aliases.
const COLUMNS: &[(&str, &[&str])] = &[
    ("name", &["name", "akteur", "organisation"]),
    ("kind", &["typ", "art", "kind", "type"]),
    ("description", &["beschreibung", "description"]),
    ("address", &["adresse", "anschrift", "address"]),
    ("lon", &["lon", "längengrad", "laengengrad", "longitude"]),
    ("lat", &["lat", "breitengrad", "latitude"]),
    ("languages", &["sprachen", "languages"]),
    (
        "target_groups",
        &["zielgruppen", "target groups", "target_groups"],
    ),
    (
        "opening_hours",
        &[
            "öffnungszeiten",
            "oeffnungszeiten",
            "opening hours",
            "opening_hours",
        ],
    ),
    ("email", &["e-mail", "email", "mail"]),
    ("phone", &["telefon", "phone"]),
    ("website", &["website", "webseite", "internet"]),
    (
        "barrier_free",
        &["barrierefrei", "barrier free", "barrier_free"],
    ),
];

/// One problem of an import: row, column, message.
struct ImportProblem {
    line: usize,
    column: String,
    message: String,
}

struct ImportResult {
    rows: Vec<(usize, ActorInput)>,
    problems: Vec<ImportProblem>,
}

fn column_label(ctx: &Ctx, key: &str) -> String {
    match key {
        "lon" => ctx.t("civic-lon"),
        "lat" => ctx.t("civic-lat"),
        "name" => ctx.t("civic-name"),
        "kind" => ctx.t("civic-kind"),
        "barrier_free" => ctx.t("civic-barrier-free"),
        "languages" => ctx.t("civic-languages"),
        other => ctx.t(&format!("civic-field-{other}")),
    }
}

fn parse_import(ctx: &Ctx, bytes: &[u8], file: &str) -> ImportResult {
    let mut problems = Vec::new();
    let rows = match quartier_tabular::read_rows(bytes, file) {
        Ok(r) => r,
        Err(e) => {
            problems.push(ImportProblem {
                line: 0,
                column: String::new(),
                message: ctx.ta(
                    "civic-import-unreadable",
                    &[("detail", e.to_string().into())],
                ),
            });
            return ImportResult {
                rows: Vec::new(),
                problems,
            };
        }
    };
    let mut it = rows
        .into_iter()
        .filter(|(_, cells)| cells.iter().any(|c| !c.is_empty()));
    let Some((_, header)) = it.next() else {
        problems.push(ImportProblem {
            line: 0,
            column: String::new(),
            message: ctx.t("civic-import-empty"),
        });
        return ImportResult {
            rows: Vec::new(),
            problems,
        };
    };
    let mut map: Vec<Option<&'static str>> = Vec::new();
    for h in &header {
        let h = h.trim().to_lowercase();
        map.push(
            COLUMNS
                .iter()
                .find(|(_, aliases)| aliases.contains(&h.as_str()))
                .map(|(k, _)| *k),
        );
    }
    for (i, h) in header.iter().enumerate() {
        if map.get(i).copied().flatten().is_none() && !h.trim().is_empty() {
            problems.push(ImportProblem {
                line: 1,
                column: h.clone(),
                message: ctx.t("civic-import-unknown-column"),
            });
        }
    }
    for required in ["name", "kind"] {
        if !map.contains(&Some(required)) {
            problems.push(ImportProblem {
                line: 1,
                column: column_label(ctx, required),
                message: ctx.t("civic-import-missing-column"),
            });
        }
    }
    let mut out = Vec::new();
    if !problems.is_empty() {
        return ImportResult {
            rows: out,
            problems,
        };
    }
    for (line, cells) in it {
        if out.len() >= IMPORT_MAX_ROWS {
            problems.push(ImportProblem {
                line,
                column: String::new(),
                message: ctx.ta(
                    "civic-import-too-many",
                    &[("max", (IMPORT_MAX_ROWS as i64).into())],
                ),
            });
            break;
        }
        let mut a = ActorInput {
            published: true,
            public_fields: FIELDS
                .iter()
                .filter(|f| !matches!(**f, "email" | "phone"))
                .map(|f| (*f).to_string())
                .collect(),
            ..Default::default()
        };
        let mut row_problems = Vec::new();
        for (i, cell) in cells.iter().enumerate() {
            let Some(Some(key)) = map.get(i) else {
                continue;
            };
            let v = cell.trim().to_string();
            match *key {
                "name" => a.name = v,
                "kind" => {
                    let lower = v.to_lowercase();
                    a.kind = KINDS
                        .iter()
                        .find(|k| {
                            **k == lower
                                || ctx.t(&format!("civic-kind-{k}")).to_lowercase() == lower
                                || quartier_i18n::Lang::De
                                    .t(&format!("civic-kind-{k}"))
                                    .to_lowercase()
                                    == lower
                        })
                        .map(|k| (*k).to_string())
                        .unwrap_or(v);
                }
                "description" => a.description = v,
                "address" => a.address = v,
                "lon" => a.lon = v,
                "lat" => a.lat = v,
                "languages" => {
                    a.languages = split_list(&v.to_lowercase())
                        .into_iter()
                        .flat_map(|x| x.split_whitespace().map(str::to_string).collect::<Vec<_>>())
                        .collect()
                }
                "target_groups" => a.target_groups = v,
                "opening_hours" => a.opening_hours = v,
                "email" => a.email = v,
                "phone" => a.phone = v,
                "website" => a.website = v,
                "barrier_free" => match v.to_lowercase().as_str() {
                    "" | "nein" | "no" | "0" | "n" => a.barrier_free = false,
                    "ja" | "yes" | "1" | "j" | "y" | "x" => a.barrier_free = true,
                    _ => row_problems.push(("barrier_free", ctx.t("civic-error-yes-no"))),
                },
                _ => {}
            }
        }
        row_problems.extend(a.check(ctx));
        if row_problems.is_empty() {
            out.push((line, a));
        } else {
            for (col, message) in row_problems {
                problems.push(ImportProblem {
                    line,
                    column: column_label(ctx, col),
                    message,
                });
            }
        }
    }
    ImportResult {
        rows: out,
        problems,
    }
}

fn import_form(ctx: &Ctx, q: &Quarter) -> Markup {
    html! {
        form method="post" enctype="multipart/form-data"
            action={ "/quarters/" (q.slug) "/actors/import?csrf=" (ctx.csrf) } class="form" {
            div class="field" {
                label for="f-file" { (ctx.t("civic-import-file")) }
                p class="hint" id="f-file-hint" { (ctx.t("civic-import-hint")) }
                input type="file" id="f-file" name="file" accept=".csv,.xlsx,.ods,text/csv" required aria-describedby="f-file-hint";
            }
            button type="submit" { (ctx.t("civic-import-preview")) }
        }
    }
}

/// `GET /quarters/{slug}/actors/import`
pub async fn import_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Markup> {
    let q = quarter(&state, &ctx, &slug).await?;
    if !manages(&ctx, q.id) {
        return Err(AppError::Forbidden);
    }
    let cols: Vec<String> = COLUMNS.iter().map(|(_, a)| a[0].to_string()).collect();
    let body = html! {
        (quarter_nav(&ctx, &q))
        p { (ctx.t("civic-import-intro")) }
        p { (ctx.t("civic-import-columns")) " " code { (cols.join("; ")) } }
        (import_form(&ctx, &q))
    };
    Ok(layout::page(&ctx, &ctx.t("civic-import"), body))
}

/// `POST /quarters/{slug}/actors/import` — the upload: shows the preview, saves nothing.
pub async fn import_preview(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    mut multipart: Multipart,
) -> AppResult<Response> {
    let q = quarter(&state, &ctx, &slug).await?;
    if !manages(&ctx, q.id) {
        return Err(AppError::Forbidden);
    }
    let mut file: Option<(String, Vec<u8>)> = None;
    while let Some(part) = multipart
        .next_field()
        .await
        .map_err(|e| AppError::BadRequest(e.to_string()))?
    {
        if part.name() == Some("file") {
            let name = part.file_name().unwrap_or("upload").to_string();
            let bytes = part
                .bytes()
                .await
                .map_err(|e| AppError::BadRequest(e.to_string()))?;
            file = Some((name, bytes.to_vec()));
        }
    }
    let Some((name, bytes)) = file.filter(|(_, b)| !b.is_empty()) else {
        let mut e = FieldErrors::default();
        e.add("file", ctx.t("civic-import-no-file"));
        let body = html! { (forms::error_summary(&ctx, &e)) (import_form(&ctx, &q)) };
        return Ok(unprocessable(layout::page(
            &ctx,
            &ctx.t("civic-import"),
            body,
        )));
    };
    let result = parse_import(&ctx, &bytes, &name);
    let payload = serde_json::to_string(
        &result
            .rows
            .iter()
            .map(|(_, a)| a.clone())
            .collect::<Vec<_>>(),
    )
    .map_err(|e| AppError::Internal(e.to_string()))?;
    let body = html! {
        p { (ctx.ta("civic-import-summary", &[("file", name.clone().into()), ("ok", (result.rows.len() as i64).into()), ("problems", (result.problems.len() as i64).into())])) }
        @if !result.problems.is_empty() {
            div class="table-wrap" {
                table class="civic-problems" {
                    caption { (ctx.t("civic-import-problems")) }
                    thead { tr { th scope="col" { (ctx.t("civic-row")) } th scope="col" { (ctx.t("civic-column")) } th scope="col" { (ctx.t("civic-problem")) } } }
                    tbody {
                        @for p in &result.problems {
                            tr { td class="num" { @if p.line > 0 { (p.line) } @else { "–" } } td { (p.column) } td { (p.message) } }
                        }
                    }
                }
            }
        }
        @if !result.rows.is_empty() {
            div class="table-wrap" {
                table {
                    caption { (ctx.t("civic-import-rows")) }
                    thead { tr { th scope="col" { (ctx.t("civic-row")) } th scope="col" { (ctx.t("civic-name")) } th scope="col" { (ctx.t("civic-kind")) } th scope="col" { (ctx.t("civic-address")) } } }
                    tbody {
                        @for (line, a) in &result.rows {
                            tr { td class="num" { (line) } th scope="row" { (de(&a.name)) } td { (ctx.t(&format!("civic-kind-{}", a.kind))) } td { (de(&a.address)) } }
                        }
                    }
                }
            }
            form method="post" action={ "/quarters/" (q.slug) "/actors/import/confirm" } class="form" {
                (forms::csrf(&ctx))
                input type="hidden" name="payload" value=(payload);
                button type="submit" { (ctx.ta("civic-import-confirm", &[("count", (result.rows.len() as i64).into())])) }
            }
        }
        h2 { (ctx.t("civic-import-again")) }
        (import_form(&ctx, &q))
    };
    Ok(layout::page(&ctx, &ctx.t("civic-import-preview-title"), body).into_response())
}

/// `POST /quarters/{slug}/actors/import/confirm` — saves the previewed rows.
pub async fn import_confirm(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    body: Bytes,
) -> AppResult<Response> {
    let q = quarter(&state, &ctx, &slug).await?;
    if !manages(&ctx, q.id) {
        return Err(AppError::Forbidden);
    }
    let pairs: Vec<(String, String)> =
        serde_urlencoded::from_bytes(&body).map_err(|e| AppError::BadRequest(e.to_string()))?;
    let payload = pairs
        .into_iter()
        .find(|(k, _)| k == "payload")
        .map(|(_, v)| v)
        .unwrap_or_default();
    let rows: Vec<ActorInput> = serde_json::from_str(&payload).unwrap_or_default();
    if rows.is_empty()
        || rows.len() > IMPORT_MAX_ROWS
        || rows.iter().any(|r| !r.check(&ctx).is_empty())
    {
        let mut e = FieldErrors::default();
        e.add("file", ctx.t("civic-import-invalid"));
        let body = html! { (forms::error_summary(&ctx, &e)) (import_form(&ctx, &q)) };
        return Ok(unprocessable(layout::page(
            &ctx,
            &ctx.t("civic-import"),
            body,
        )));
    }
    for r in &rows {
        let key = new_actor_key(&state, q.city_id, &r.name).await?;
        state
            .db
            .insert_actor(q.city_id, q.id, &r.draft(key))
            .await?;
    }
    audit(
        &state,
        &ctx,
        "actor.import",
        &format!("quarter:{} rows:{}", q.slug, rows.len()),
    )
    .await?;
    Ok(see_other(&format!("/quarters/{}/actors", q.slug)))
}
