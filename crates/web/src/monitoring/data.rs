//! Data uploads (M3): boundaries, indicator tables and programme areas as versioned
//! datasets per city — upload, preview of what was recognised and every problem, then
//! apply (or discard). The same steps are offered as JSON under `/api/v1/datasets`.

use std::collections::BTreeSet;

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::StatusCode;
use axum::http::header::{LOCATION, SET_COOKIE};
use axum::response::{IntoResponse, Response};
use maud::{Markup, html};
use quartier_db::monitoring::city::City;
use quartier_db::monitoring::datasets::{ApplyCounts, Dataset, NewDataset};
use quartier_db::platform::accounts::Role;
use serde::Deserialize;
use serde_json::json;

use crate::error::{AppError, AppResult};
use crate::monitoring::datasets::{self, ChosenIndicator, Content, KINDS, Settings, Summary};
use crate::ui::fmt::{fmt_num, time_el};
use crate::ui::forms::{self, urlencode};
use crate::{AppState, Ctx, cookies, ui::layout};

/// What an upload form or API call sends besides the files.
#[derive(Debug, Default)]
pub struct UploadForm {
    kind: String,
    title: String,
    source: String,
    licence: String,
    new_city: String,
    city: String,
    settings: Settings,
    files: Vec<(String, Vec<u8>)>,
}

/// Reads the multipart body; a too-large or broken body becomes a message.
async fn read_multipart(mut mp: Multipart) -> Result<UploadForm, String> {
    let mut f = UploadForm::default();
    let mut year = String::new();
    let mut skip = String::new();
    loop {
        let field = match mp.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(e) => return Err(body_error(&e.body_text())),
        };
        let name = field.name().unwrap_or_default().to_string();
        if name == "file" || name == "files" {
            let file_name = field.file_name().unwrap_or("upload").to_string();
            let bytes = field
                .bytes()
                .await
                .map_err(|e| body_error(&e.body_text()))?;
            f.files.push((file_name, bytes.to_vec()));
            continue;
        }
        let text = field.text().await.map_err(|e| body_error(&e.body_text()))?;
        let text = text.trim().to_string();
        match name.as_str() {
            "kind" => f.kind = text,
            "title" => f.title = text,
            "source" => f.source = text,
            "licence" => f.licence = text,
            "new_city" => f.new_city = text,
            "city" => f.city = text,
            "key_field" => f.settings.key_field = text,
            "name_field" => f.settings.name_field = text,
            "district_field" => f.settings.district_field = text,
            "crs" => f.settings.crs = text,
            "sheet" => f.settings.sheet = text,
            "year" => year = text,
            "delimiter" => f.settings.delimiter = text,
            "encoding" => f.settings.encoding = text,
            "decimal" => f.settings.decimal = text,
            "header_row" => f.settings.header_row = text,
            "year_column" => f.settings.year_column = text,
            "skip_rows" => skip = text,
            "merge_duplicates" => f.settings.merge_duplicates = !text.is_empty(),
            _ => {}
        }
    }
    // ZIP archives are unpacked here, before anything (such as a new city) is created.
    f.files = datasets::unpack(std::mem::take(&mut f.files))?;
    if !skip.is_empty() {
        f.settings.skip_rows = skip
            .parse::<usize>()
            .ok()
            .filter(|n| *n <= 1000)
            .ok_or_else(|| format!("skip_rows: '{skip}' is not a number of rows (0–1000)"))?;
    }
    let header = f.settings.header_row.trim();
    if !header.is_empty()
        && !header.eq_ignore_ascii_case("none")
        && header.parse::<usize>().ok().filter(|n| *n > 0).is_none()
    {
        return Err(format!(
            "header_row: '{header}' is not a line number from 1 or 'none'"
        ));
    }
    if !year.is_empty() {
        f.settings.year = Some(
            year.parse::<i32>()
                .ok()
                .filter(|y| (1900..=2200).contains(y))
                .ok_or_else(|| format!("year: '{year}' is not a year"))?,
        );
    }
    Ok(f)
}

fn body_error(text: &str) -> String {
    if text.to_lowercase().contains("limit") {
        format!("the upload is larger than the limit: {text}")
    } else {
        format!("the upload could not be read: {text}")
    }
}

/// Errors of an upload that the form shows next to its fields.
fn validate(form: &UploadForm) -> Vec<(&'static str, &'static str)> {
    let mut errs = Vec::new();
    if !KINDS.contains(&form.kind.as_str()) {
        errs.push(("kind", "data-error-kind"));
    }
    if form.files.is_empty() {
        errs.push(("file", "data-error-file"));
    }
    errs
}

/// The city an upload goes to: a new one, one named by slug, or the current one.
async fn target_city(
    state: &AppState,
    ctx: &Ctx,
    form: &UploadForm,
    by: &str,
) -> Result<(City, bool), AppError> {
    if !form.new_city.is_empty() {
        let slug = datasets::slug(&form.new_city);
        if state.db.city_by_slug(&slug).await?.is_some() {
            return Err(AppError::BadRequest(format!(
                "new_city: a city with the key '{slug}' exists already"
            )));
        }
        state.db.create_city(&slug, &form.new_city, false).await?;
        state.forget_cities();
        state
            .db
            .audit(
                None,
                by,
                "city.create",
                &format!("city:{slug}"),
                &form.new_city,
            )
            .await?;
        let city = state
            .db
            .city_by_slug(&slug)
            .await?
            .ok_or_else(|| AppError::Internal("city vanished".into()))?;
        // Roles count per city: whoever creates a city gets their data roles in it.
        let id = ctx.require_user()?;
        for role in [Role::Analyst, Role::Lead] {
            if id.has_role(role) {
                state.db.grant_role(id.user.id, city.id, 0, role).await?;
            }
        }
        return Ok((city, true));
    }
    if !form.city.is_empty() {
        let city = state
            .db
            .city_by_slug(&form.city)
            .await?
            .ok_or_else(|| AppError::BadRequest(format!("city: no city '{}'", form.city)))?;
        if !may_load_data(ctx, city.id) {
            return Err(AppError::Forbidden);
        }
        return Ok((city, false));
    }
    Ok((ctx.require_city()?.clone(), false))
}

/// Reads files of `kind` against the city's current areas and indicators (off the async
/// threads: large boundary files take a while).
async fn parse_for_city(
    state: &AppState,
    city_id: i64,
    kind: &str,
    files: Vec<(String, Vec<u8>)>,
    mut settings: Settings,
) -> Result<datasets::Parsed, AppError> {
    let areas = state.db.areas(city_id).await?;
    settings.aliases = state.db.key_aliases(city_id).await?.into_iter().collect();
    let existing: BTreeSet<String> = state
        .db
        .indicators(city_id)
        .await?
        .into_iter()
        .map(|i| i.ind_key)
        .collect();
    let kind = kind.to_string();
    tokio::task::spawn_blocking(move || {
        datasets::parse(&kind, &files, &settings, &areas, &existing)
    })
    .await
    .map_err(|e| AppError::Internal(format!("import task: {e}")))
}

/// Reads and stores an upload as a new preview version; returns the version row and summary.
async fn store(
    state: &AppState,
    city: &City,
    form: UploadForm,
    by: &str,
) -> Result<(i64, i64, Summary), AppError> {
    let files = form.files;
    let parsed = parse_for_city(
        state,
        city.id,
        &form.kind,
        files.clone(),
        form.settings.clone(),
    )
    .await?;
    let summary = parsed.summary;
    let summary_json =
        serde_json::to_string(&summary).map_err(|e| AppError::Internal(e.to_string()))?;
    let settings_json =
        serde_json::to_string(&form.settings).map_err(|e| AppError::Internal(e.to_string()))?;
    let title = if form.title.is_empty() {
        files
            .iter()
            .map(|(n, _)| n.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    } else {
        form.title.clone()
    };
    let (id, version) = state
        .db
        .create_dataset(
            city.id,
            &NewDataset {
                kind: &form.kind,
                title: &title,
                settings: &settings_json,
                summary: &summary_json,
                error_count: summary.errors() as i64,
                warning_count: summary.warnings() as i64,
                source: &form.source,
                licence: &form.licence,
            },
            &files,
            by,
        )
        .await?;
    state
        .db
        .audit(
            None,
            by,
            "dataset.upload",
            &format!("dataset:{id}"),
            &format!("{} v{version} for {}", form.kind, city.slug),
        )
        .await?;
    Ok((id, version, summary))
}

/// Why applying failed.
#[derive(Debug)]
enum ApplyError {
    /// The version has blocking problems or nothing to write.
    NotApplicable,
    /// The chosen indicators are invalid: (field, message).
    Invalid(Vec<(String, String)>),
    /// Anything else.
    App(AppError),
}

impl From<AppError> for ApplyError {
    fn from(e: AppError) -> Self {
        ApplyError::App(e)
    }
}

impl From<quartier_db::DbError> for ApplyError {
    fn from(e: quartier_db::DbError) -> Self {
        ApplyError::App(e.into())
    }
}

/// Re-reads a stored version and writes it into the city's data.
async fn apply(
    state: &AppState,
    ds: &Dataset,
    chosen: Option<Vec<ChosenIndicator>>,
    by: &str,
) -> Result<ApplyCounts, ApplyError> {
    let files = state.db.dataset_files(ds.id).await?;
    let settings: Settings = serde_json::from_str(&ds.settings).unwrap_or_default();
    let parsed = parse_for_city(state, ds.city_id, &ds.kind, files, settings).await?;
    if !parsed.summary.can_apply() {
        return Err(ApplyError::NotApplicable);
    }
    let counts = match (ds.kind.as_str(), parsed.content) {
        ("indicators", Content::Values(values)) => {
            let chosen = chosen.unwrap_or_else(|| default_choice(&parsed.summary));
            let errs = datasets::validate_chosen(&chosen);
            if !errs.is_empty() {
                return Err(ApplyError::Invalid(errs));
            }
            if chosen.is_empty() {
                return Err(ApplyError::Invalid(vec![(
                    "indicators".into(),
                    "choose at least one indicator".into(),
                )]));
            }
            let defs = datasets::indicator_defs(&parsed.summary, &chosen, &ds.source, &ds.licence);
            let values = datasets::chosen_values(&values, &chosen);
            let counts = state
                .db
                .apply_indicators(ds.city_id, ds.id, &defs, &values, by)
                .await?;
            // The key matches the preview showed are confirmed by applying: remembered.
            state
                .db
                .remember_key_aliases(ds.city_id, &parsed.summary.key_matches, by)
                .await?;
            counts
        }
        ("boundaries", Content::Areas(rows)) => {
            state
                .db
                .apply_boundaries(ds.city_id, ds.id, &rows, by)
                .await?
        }
        ("programme_areas", Content::Areas(rows)) => {
            state
                .db
                .apply_programme_areas(ds.city_id, ds.id, &rows, by)
                .await?
        }
        _ => return Err(ApplyError::NotApplicable),
    };
    state
        .db
        .audit(
            None,
            by,
            "dataset.apply",
            &format!("dataset:{}", ds.id),
            &format!(
                "{} v{}: {} inserted, {} updated",
                ds.kind, ds.version, counts.inserted, counts.updated
            ),
        )
        .await?;
    Ok(counts)
}

/// Every indicator of the file under its proposed key, as a need indicator.
fn default_choice(summary: &Summary) -> Vec<ChosenIndicator> {
    summary
        .indicators
        .iter()
        .map(|i| ChosenIndicator {
            file_key: i.key.clone(),
            key: i.key.clone(),
            name: i.name.clone(),
            unit: i.unit.clone(),
            polarity: if i.direction.is_empty() {
                "need".into()
            } else {
                i.direction.clone()
            },
            definition: String::new(),
        })
        .collect()
}

fn summary_of(ds: &Dataset) -> Summary {
    serde_json::from_str(&ds.summary).unwrap_or_default()
}

fn by_of(ctx: &Ctx) -> Result<String, AppError> {
    Ok(ctx.require_user()?.user.email.clone())
}

/// May load and apply data in city `city_id` (analyst or lead of that city; roles of
/// another city count for nothing).
fn may_load_data(ctx: &Ctx, city_id: i64) -> bool {
    ctx.identity.as_ref().is_some_and(|i| {
        i.has_role_in_city(Role::Analyst, city_id) || i.has_role_in_city(Role::Lead, city_id)
    })
}

/// A dataset version the caller may work on, else 404 (or 403 for another city's staff).
async fn dataset_or_404(state: &AppState, ctx: &Ctx, id: &str) -> Result<Dataset, AppError> {
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    let ds = state.db.dataset(id).await?.ok_or(AppError::NotFound)?;
    if !may_load_data(ctx, ds.city_id) {
        return Err(AppError::Forbidden);
    }
    Ok(ds)
}

// ------------------------------------------------------------------------------- pages

fn kind_label(ctx: &Ctx, kind: &str) -> String {
    ctx.t(&format!("data-kind-{}", kind.replace('_', "-")))
}

fn status_label(ctx: &Ctx, status: &str) -> String {
    ctx.t(&format!("data-status-{status}"))
}

fn size(ctx: &Ctx, bytes: i64) -> String {
    if bytes >= 1_000_000 {
        format!("{} MB", fmt_num(ctx.lang, bytes as f64 / 1e6, 1))
    } else {
        format!("{} KB", fmt_num(ctx.lang, (bytes as f64 / 1e3).max(0.1), 1))
    }
}

fn upload_form(ctx: &Ctx, form: &UploadForm, errors: &[(&'static str, String)]) -> Markup {
    let err = |f: &str| errors.iter().find(|(k, _)| *k == f).map(|(_, m)| m.clone());
    let text = |name: &'static str, value: &str, hint: bool| {
        let e = err(name);
        let id = format!("f-{name}");
        html! {
            div class={ "field" @if e.is_some() { " field-error" } } {
                label for=(id) { (ctx.t(&format!("data-field-{}", name.replace('_', "-")))) }
                @if hint { p class="hint" id={ (id) "-hint" } { (ctx.t(&format!("data-hint-{}", name.replace('_', "-")))) } }
                @if let Some(m) = &e { p class="error" id={ (id) "-error" } { (m) } }
                input id=(id) name=(name) type="text" value=(value)
                    aria-describedby=[hint.then(|| format!("{id}-hint"))]
                    aria-invalid=[e.as_ref().map(|_| "true")];
            }
        }
    };
    let select = |name: &'static str, value: &str, options: &[(&str, &str)]| {
        let id = format!("f-{name}");
        html! {
            div class="field" {
                label for=(id) { (ctx.t(&format!("data-field-{name}"))) }
                select id=(id) name=(name) {
                    @for (v, label) in options {
                        option value=(v) selected[*v == value] { (ctx.t(label)) }
                    }
                }
            }
        }
    };
    let kind_err = err("kind");
    let file_err = err("file");
    html! {
        form method="post" action={ "/monitoring/data?csrf=" (urlencode(&ctx.csrf)) }
            enctype="multipart/form-data" class="stack upload-form" data-upload="true" {
            (forms::csrf(ctx))
            fieldset class={ "field" @if kind_err.is_some() { " field-error" } } {
                legend { (ctx.t("data-field-kind")) }
                @if let Some(m) = &kind_err { p class="error" id="f-kind-error" { (m) } }
                @for (i, k) in KINDS.iter().enumerate() {
                    div class="choice" {
                        input type="radio" name="kind" value=(k) id={ "f-kind" @if i > 0 { "-" (k) } }
                            checked[form.kind == *k || (form.kind.is_empty() && i == 0)];
                        label for={ "f-kind" @if i > 0 { "-" (k) } } {
                            (kind_label(ctx, k))
                            span class="hint" { " – " (ctx.t(&format!("data-kind-{}-hint", k.replace('_', "-")))) }
                        }
                    }
                }
            }
            div class={ "field" @if file_err.is_some() { " field-error" } } {
                label for="f-file" { (ctx.t("data-field-file")) }
                p class="hint" id="f-file-hint" { (ctx.t("data-hint-file")) }
                @if let Some(m) = &file_err { p class="error" id="f-file-error" { (m) } }
                input id="f-file" name="file" type="file" multiple
                    accept=".csv,.txt,.tsv,.xlsx,.xls,.ods,.json,.geojson,.shp,.dbf,.shx,.prj,.cpg,.gpkg,.zip"
                    aria-describedby="f-file-hint"
                    aria-invalid=[file_err.as_ref().map(|_| "true")];
            }
            (text("title", &form.title, false))
            (text("source", &form.source, true))
            (text("licence", &form.licence, true))
            details class="settings" {
                summary { (ctx.t("data-settings")) }
                p class="hint" { (ctx.t("data-settings-hint")) }
                (text("key_field", &form.settings.key_field, true))
                (text("name_field", &form.settings.name_field, false))
                (text("district_field", &form.settings.district_field, false))
                (text("crs", &form.settings.crs, true))
                div class="choice" {
                    input type="checkbox" id="f-merge_duplicates" name="merge_duplicates" value="1" checked[form.settings.merge_duplicates];
                    label for="f-merge_duplicates" { (ctx.t("data-field-merge-duplicates")) }
                }
                (text("year", &form.settings.year.map(|y| y.to_string()).unwrap_or_default(), true))
                (text("sheet", &form.settings.sheet, false))
                (select("delimiter", &form.settings.delimiter, &[("", "data-detect"), (";", "data-delim-semicolon"), (",", "data-delim-comma"), ("tab", "data-delim-tab"), ("|", "data-delim-pipe")]))
                (select("encoding", &form.settings.encoding, &[("", "data-detect"), ("utf-8", "data-enc-utf8"), ("windows-1252", "data-enc-1252")]))
                (select("decimal", &form.settings.decimal, &[("", "data-detect"), ("comma", "data-dec-comma"), ("point", "data-dec-point")]))
                (super::detection_form::mapping_fields(ctx, &form.settings))
            }
            (text("new_city", &form.new_city, true))
            div class="upload-progress" hidden {
                label for="upload-progress" { (ctx.t("data-progress")) }
                progress id="upload-progress" max="100" value="0" {}
            }
            button type="submit" { (ctx.t("data-upload")) }
        }
    }
}

fn datasets_table(ctx: &Ctx, list: &[Dataset]) -> Markup {
    html! {
        @if list.is_empty() {
            p { (ctx.t("data-none")) }
        } @else {
            div class="table-wrap" role="region" tabindex="0" aria-labelledby="versions-caption" {
                table {
                    caption id="versions-caption" { (ctx.t("data-versions")) }
                    thead { tr {
                        th scope="col" { (ctx.t("data-col-kind")) }
                        th scope="col" class="num" { (ctx.t("data-col-version")) }
                        th scope="col" { (ctx.t("data-col-title")) }
                        th scope="col" { (ctx.t("data-col-status")) }
                        th scope="col" class="num" { (ctx.t("data-col-errors")) }
                        th scope="col" class="num" { (ctx.t("data-col-warnings")) }
                        th scope="col" { (ctx.t("data-col-by")) }
                        th scope="col" { (ctx.t("data-col-when")) }
                    } }
                    tbody {
                        @for d in list {
                            tr {
                                td { (kind_label(ctx, &d.kind)) }
                                td class="num" { (d.version) }
                                td { a href={ "/monitoring/data/" (d.id) } { (d.title) } }
                                td { span class={ "badge status-" (d.status) } { (status_label(ctx, &d.status)) } }
                                td class="num" { (d.error_count) }
                                td class="num" { (d.warning_count) }
                                td { (d.created_by) }
                                td { (time_el(d.created_at)) }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// `GET /monitoring/data` — upload form and every version of the current city.
pub async fn index(State(state): State<AppState>, ctx: Ctx) -> AppResult<Markup> {
    render_index(&state, &ctx, &UploadForm::default(), &[]).await
}

async fn render_index(
    state: &AppState,
    ctx: &Ctx,
    form: &UploadForm,
    errors: &[(&'static str, String)],
) -> AppResult<Markup> {
    let city = ctx.require_city()?;
    let list = state.db.datasets(city.id).await?;
    let summary_errors = forms::FieldErrors(errors.iter().map(|(k, m)| (*k, m.clone())).collect());
    Ok(layout::page(
        ctx,
        &ctx.t("data-title"),
        html! {
            p class="lead" { (ctx.ta("data-intro", &[("city", city.name.clone().into())])) }
            (forms::error_summary(ctx, &summary_errors))
            section aria-labelledby="h-upload" class="card" {
                h2 id="h-upload" { (ctx.t("data-upload-title")) }
                (upload_form(ctx, form, errors))
            }
            section {
                h2 id="h-versions" { (ctx.t("data-versions")) }
                (datasets_table(ctx, &list))
            }
        },
    ))
}

/// `POST /monitoring/data` — stores the upload as a preview version and shows it.
pub async fn upload(State(state): State<AppState>, ctx: Ctx, mp: Multipart) -> AppResult<Response> {
    let by = by_of(&ctx)?;
    let form = match read_multipart(mp).await {
        Ok(f) => f,
        Err(msg) => {
            let page = render_index(&state, &ctx, &UploadForm::default(), &[("file", msg)]).await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    let errs: Vec<(&'static str, String)> = validate(&form)
        .into_iter()
        .map(|(f, k)| (f, ctx.t(k)))
        .collect();
    if !errs.is_empty() {
        let page = render_index(&state, &ctx, &form, &errs).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    let (city, created) = match target_city(&state, &ctx, &form, &by).await {
        Ok(c) => c,
        Err(AppError::BadRequest(m)) => {
            let page = render_index(&state, &ctx, &form, &[("new_city", m)]).await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
        Err(e) => return Err(e),
    };
    let (id, _, _) = match store(&state, &city, form, &by).await {
        Ok(r) => r,
        Err(AppError::BadRequest(m)) => {
            let page = render_index(&state, &ctx, &UploadForm::default(), &[("file", m)]).await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
        Err(e) => return Err(e),
    };
    let mut resp = (
        StatusCode::SEE_OTHER,
        [(LOCATION, format!("/monitoring/data/{id}"))],
    )
        .into_response();
    if created || ctx.city.as_ref().map(|c| c.id) != Some(city.id) {
        let cookie = cookies::set(
            crate::ctx::CITY_COOKIE,
            &city.slug,
            Some(365 * 24 * 3600),
            state.config.secure_cookies,
        );
        if let Ok(v) = cookie.parse() {
            resp.headers_mut().append(SET_COOKIE, v);
        }
    }
    Ok(resp)
}

fn problems_table(ctx: &Ctx, s: &Summary) -> Markup {
    html! {
        @if s.problems.is_empty() {
            p class="ok" { (ctx.t("data-no-problems")) }
        } @else {
            div class="table-wrap" role="region" tabindex="0" aria-labelledby="problems-caption" {
                table class="problems" {
                    caption id="problems-caption" {
                        (ctx.ta("data-problems-caption", &[("errors", (s.errors() as i64).into()), ("warnings", (s.warnings() as i64).into())]))
                    }
                    thead { tr {
                        th scope="col" { (ctx.t("data-col-severity")) }
                        th scope="col" { (ctx.t("data-col-file")) }
                        th scope="col" class="num" { (ctx.t("data-col-line")) }
                        th scope="col" { (ctx.t("data-col-column")) }
                        th scope="col" { (ctx.t("data-col-value")) }
                        th scope="col" { (ctx.t("data-col-message")) }
                    } }
                    tbody {
                        @for p in &s.problems {
                            tr class=(if p.error { "problem-error" } else { "problem-warning" }) {
                                td { (ctx.t(if p.error { "data-severity-error" } else { "data-severity-warning" })) }
                                td { (p.file) }
                                td class="num" { (p.line.map(|l| l.to_string()).unwrap_or_else(|| "–".into())) }
                                td { (p.column.clone().unwrap_or_else(|| "–".into())) }
                                td { code { (p.value.clone().unwrap_or_default()) } }
                                td lang="en" { (p.message) }
                            }
                        }
                    }
                }
            }
            @if s.truncated { p class="hint" { (ctx.t("data-problems-truncated")) } }
        }
    }
}

/// A recognised fact for display: `file: @message-id` parts are translated.
fn fact_value(ctx: &Ctx, v: &str) -> String {
    super::detection_form::translate_ids(ctx, v)
}

fn key_list(ctx: &Ctx, label: &str, keys: &[String]) -> Markup {
    html! {
        @if !keys.is_empty() {
            details {
                summary { (ctx.ta(label, &[("count", (keys.len() as i64).into())])) }
                p class="keys" { @for (i, k) in keys.iter().take(200).enumerate() { @if i > 0 { ", " } code { (k) } } @if keys.len() > 200 { " …" } }
            }
        }
    }
}

fn indicator_rows(ctx: &Ctx, s: &Summary, editable: bool, errors: &[(String, String)]) -> Markup {
    let err = |f: String| errors.iter().find(|(k, _)| *k == f).map(|(_, m)| m.clone());
    html! {
        div class="table-wrap" role="region" tabindex="0" aria-labelledby="ind-caption" {
            table class="indicators-preview" {
                caption id="ind-caption" { (ctx.t("data-indicators-caption")) }
                thead { tr {
                    @if editable { th scope="col" { (ctx.t("data-col-include")) } }
                    th scope="col" { (ctx.t("data-col-in-file")) }
                    @if editable {
                        th scope="col" { (ctx.t("data-col-key")) }
                        th scope="col" { (ctx.t("data-col-name")) }
                        th scope="col" { (ctx.t("data-col-unit")) }
                        th scope="col" { (ctx.t("data-col-polarity")) }
                    }
                    th scope="col" class="num" { (ctx.t("data-col-values")) }
                    th scope="col" { (ctx.t("data-col-years")) }
                    th scope="col" class="num" { (ctx.t("data-col-range")) }
                } }
                tbody {
                    @for (i, ind) in s.indicators.iter().enumerate() {
                        tr {
                            @if editable {
                                td {
                                    input type="checkbox" name={ "ind-" (i) "-include" } id={ "f-ind-" (i) "-include" } value="1" checked;
                                    label for={ "f-ind-" (i) "-include" } class="visually-hidden" { (ctx.ta("data-include", &[("name", ind.name.clone().into())])) }
                                    input type="hidden" name={ "ind-" (i) "-file-key" } value=(ind.key);
                                }
                            }
                            th scope="row" lang="de" { (ind.name) @if ind.exists { br; span class="badge" { (ctx.t("data-exists")) } } }
                            @if editable {
                                td {
                                    @let e = err(format!("ind-{i}-key"));
                                    input type="text" name={ "ind-" (i) "-key" } id={ "f-ind-" (i) "-key" } value=(ind.key)
                                        aria-label=(ctx.ta("data-key-of", &[("name", ind.name.clone().into())]))
                                        aria-invalid=[e.as_ref().map(|_| "true")];
                                    @if let Some(m) = e { p class="error" { (m) } }
                                }
                                td { input type="text" name={ "ind-" (i) "-name" } value=(ind.name) aria-label=(ctx.ta("data-name-of", &[("name", ind.name.clone().into())])); }
                                td { input type="text" class="short" name={ "ind-" (i) "-unit" } value=(ind.unit) aria-label=(ctx.ta("data-unit-of", &[("name", ind.name.clone().into())])); }
                                td {
                                    (super::detection_form::direction_select(ctx, i, ind))
                                }
                            }
                            td class="num" { (ind.values) }
                            td { (years_text(&ind.years)) }
                            td class="num" {
                                @if let (Some(a), Some(b)) = (ind.min, ind.max) {
                                    (fmt_num(ctx.lang, a, 2)) " – " (fmt_num(ctx.lang, b, 2))
                                } @else { "–" }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn years_text(years: &[i32]) -> String {
    match (years.first(), years.last()) {
        (Some(a), Some(b)) if a == b => a.to_string(),
        (Some(a), Some(b)) if (b - a) as usize + 1 == years.len() => format!("{a}–{b}"),
        _ => years
            .iter()
            .map(|y| y.to_string())
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// `GET /monitoring/data/{id}` — what a version holds, its problems, and apply/discard.
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> AppResult<Markup> {
    let ds = dataset_or_404(&state, &ctx, &id).await?;
    render_show(&state, &ctx, &ds, &[], StatusCode::OK)
        .await
        .map(|(_, m)| m)
}

async fn render_show(
    state: &AppState,
    ctx: &Ctx,
    ds: &Dataset,
    errors: &[(String, String)],
    status: StatusCode,
) -> AppResult<(StatusCode, Markup)> {
    let s = summary_of(ds);
    let files = state.db.dataset_file_list(ds.id).await?;
    let cities = &ctx.cities;
    let city_name = cities
        .iter()
        .find(|c| c.id == ds.city_id)
        .map(|c| c.name.clone())
        .unwrap_or_default();
    let can_apply = s.can_apply();
    let editable = ds.kind == "indicators" && can_apply;
    let title = ctx.ta(
        "data-version-title",
        &[
            ("kind", kind_label(ctx, &ds.kind).into()),
            ("version", ds.version.into()),
        ],
    );
    let body = html! {
        p class="lead" {
            span class={ "badge status-" (ds.status) } { (status_label(ctx, &ds.status)) } " "
            (ctx.ta("data-uploaded-by", &[("who", ds.created_by.clone().into()), ("city", city_name.clone().into())])) " " (time_el(ds.created_at))
            @if let (Some(who), Some(at)) = (&ds.applied_by, ds.applied_at) {
                " · " (ctx.ta(if ds.status == "discarded" { "data-discarded-by" } else { "data-applied-by" }, &[("who", who.clone().into())])) " " (time_el(at))
            }
        }
        p { a href="/monitoring/data" { (ctx.t("data-back")) } }
        @if !errors.is_empty() {
            div class="error-summary" role="alert" tabindex="-1" id="error-summary" {
                h2 { (ctx.t("form-errors-title")) }
                ul { @for (f, m) in errors { li { a href={ "#f-" (f) } { (m) } } } }
            }
        }
        section aria-labelledby="h-recognised" class="card" {
            h2 id="h-recognised" { (ctx.t("data-recognised")) }
            dl class="facts" {
                dt { (ctx.t("data-col-title")) } dd { (ds.title) }
                dt { (ctx.t("data-files")) }
                dd { ul class="plain" { @for (n, b) in &files { li { (n) " (" (size(ctx, *b)) ")" } } } }
                @for (k, v) in &s.facts { dt { (ctx.t(k)) } dd { (fact_value(ctx, v)) } }
                @if !ds.source.is_empty() { dt { (ctx.t("data-field-source")) } dd { (ds.source) } }
                @if !ds.licence.is_empty() { dt { (ctx.t("data-field-licence")) } dd { (ds.licence) } }
                dt { (ctx.t("data-records")) } dd { (s.records) }
                @if !s.years.is_empty() { dt { (ctx.t("data-col-years")) } dd { (years_text(&s.years)) } }
                dt { (ctx.t("data-matched")) } dd { (s.matched) }
            }
            @if ds.kind == "boundaries" {
                (key_list(ctx, "data-new-areas", &s.unmatched))
            } @else {
                (key_list(ctx, "data-unmatched", &s.unmatched))
            }
            @if ds.kind != "programme_areas" { (key_list(ctx, "data-missing", &s.missing)) }
            @if !s.fields.is_empty() {
                p { (ctx.t("data-fields")) ": " @for (i, f) in s.fields.iter().enumerate() { @if i > 0 { ", " } code { (f) } } }
            }
            @if !s.sample.is_empty() {
                div class="table-wrap" role="region" tabindex="0" aria-labelledby="sample-caption" {
                    table {
                        caption id="sample-caption" { (ctx.t("data-sample")) }
                        thead { tr { th scope="col" { (ctx.t("data-col-key")) } th scope="col" { (ctx.t("data-col-name")) } th scope="col" { (ctx.t("col-district")) } } }
                        tbody { @for (k, n, d) in &s.sample { tr { td { code { (k) } } td lang="de" { (n) } td { (d.clone().unwrap_or_else(|| "–".into())) } } } }
                    }
                }
            }
        }
        section aria-labelledby="h-problems" {
            h2 id="h-problems" { (ctx.t("data-problems")) }
            (problems_table(ctx, &s))
        }
        @if ds.kind == "indicators" && !s.indicators.is_empty() {
            section aria-labelledby="h-apply" class="card" {
                h2 id="h-apply" { (ctx.t("data-indicators")) }
                @if editable {
                    form method="post" action={ "/monitoring/data/" (ds.id) "/apply" } class="stack" {
                        (forms::csrf(ctx))
                        p class="hint" { (ctx.t("data-indicators-hint")) }
                        (indicator_rows(ctx, &s, true, errors))
                        button type="submit" { (ctx.t(if ds.status == "preview" { "data-apply" } else { "data-reapply" })) }
                    }
                } @else {
                    (indicator_rows(ctx, &s, false, errors))
                }
            }
        }
        @if ds.kind != "indicators" && can_apply {
            form method="post" action={ "/monitoring/data/" (ds.id) "/apply" } class="inline" {
                (forms::csrf(ctx))
                button type="submit" { (ctx.t(if ds.status == "preview" { "data-apply" } else { "data-reapply" })) }
            }
        }
        @if !can_apply { p class="error" { (ctx.t("data-cannot-apply")) } }
        @if ds.status == "preview" {
            form method="post" action={ "/monitoring/data/" (ds.id) "/discard" } class="inline" {
                (forms::csrf(ctx))
                button type="submit" class="secondary" { (ctx.t("data-discard")) }
            }
        }
    };
    Ok((status, layout::page(ctx, &title, body)))
}

/// Reads the preview form's chosen indicators (`ind-N-include`, `-file-key`, `-key`, …).
fn chosen_from_form(body: &[u8]) -> Result<Vec<ChosenIndicator>, AppError> {
    let pairs: Vec<(String, String)> =
        serde_urlencoded::from_bytes(body).map_err(|e| AppError::BadRequest(e.to_string()))?;
    let get = |i: usize, f: &str| {
        let k = format!("ind-{i}-{f}");
        pairs
            .iter()
            .find(|(n, _)| *n == k)
            .map(|(_, v)| v.trim().to_string())
    };
    let mut out = Vec::new();
    for i in 0..10_000 {
        let Some(file_key) = get(i, "file-key") else {
            break;
        };
        if get(i, "include").is_none() {
            continue;
        }
        out.push(ChosenIndicator {
            file_key,
            key: get(i, "key").unwrap_or_default(),
            name: get(i, "name").unwrap_or_default(),
            unit: get(i, "unit").unwrap_or_default(),
            polarity: get(i, "polarity").unwrap_or_else(|| "need".into()),
            definition: get(i, "definition").unwrap_or_default(),
        });
    }
    Ok(out)
}

/// `POST /monitoring/data/{id}/apply`
pub async fn apply_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    body: Bytes,
) -> AppResult<Response> {
    let by = by_of(&ctx)?;
    let ds = dataset_or_404(&state, &ctx, &id).await?;
    let chosen = if ds.kind == "indicators" {
        Some(chosen_from_form(&body)?)
    } else {
        None
    };
    match apply(&state, &ds, chosen, &by).await {
        Ok(_) => Ok((
            StatusCode::SEE_OTHER,
            [(LOCATION, format!("/monitoring/data/{}", ds.id))],
        )
            .into_response()),
        Err(ApplyError::Invalid(errs)) => {
            let (st, page) =
                render_show(&state, &ctx, &ds, &errs, StatusCode::UNPROCESSABLE_ENTITY).await?;
            Ok((st, page).into_response())
        }
        Err(ApplyError::NotApplicable) => {
            let errs = vec![("h-problems".to_string(), ctx.t("data-cannot-apply"))];
            let (st, page) =
                render_show(&state, &ctx, &ds, &errs, StatusCode::UNPROCESSABLE_ENTITY).await?;
            Ok((st, page).into_response())
        }
        Err(ApplyError::App(e)) => Err(e),
    }
}

/// `POST /monitoring/data/{id}/discard`
pub async fn discard(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let by = by_of(&ctx)?;
    let ds = dataset_or_404(&state, &ctx, &id).await?;
    if state.db.discard_dataset(ds.id, &by).await? {
        state
            .db
            .audit(
                None,
                &by,
                "dataset.discard",
                &format!("dataset:{}", ds.id),
                &ds.kind,
            )
            .await?;
    }
    Ok((
        StatusCode::SEE_OTHER,
        [(LOCATION, format!("/monitoring/data/{}", ds.id))],
    )
        .into_response())
}

// --------------------------------------------------------------------------------- API

fn dataset_json(ds: &Dataset) -> serde_json::Value {
    json!({
        "id": ds.id,
        "city_id": ds.city_id,
        "kind": ds.kind,
        "version": ds.version,
        "status": ds.status,
        "title": ds.title,
        "source": ds.source,
        "licence": ds.licence,
        "errors": ds.error_count,
        "warnings": ds.warning_count,
        "created_by": ds.created_by,
        "created_at": ds.created_at,
        "applied_by": ds.applied_by,
        "applied_at": ds.applied_at,
    })
}

/// Query of the dataset list.
#[derive(Debug, Deserialize)]
pub struct CityQuery {
    #[serde(default)]
    city: String,
}

async fn api_city(state: &AppState, ctx: &Ctx, slug: &str) -> Result<City, AppError> {
    let city = if slug.is_empty() {
        ctx.require_city()?.clone()
    } else {
        state
            .db
            .city_by_slug(slug)
            .await?
            .ok_or(AppError::NotFound)?
    };
    if !may_load_data(ctx, city.id) {
        return Err(AppError::Forbidden);
    }
    Ok(city)
}

/// `GET /api/v1/datasets`
pub async fn api_list(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<CityQuery>,
) -> AppResult<Json<serde_json::Value>> {
    let city = api_city(&state, &ctx, &q.city).await?;
    let list = state.db.datasets(city.id).await?;
    Ok(Json(json!({
        "city": { "slug": city.slug, "name": city.name },
        "datasets": list.iter().map(dataset_json).collect::<Vec<_>>(),
    })))
}

/// `POST /api/v1/datasets` — multipart upload; answers with the preview.
pub async fn api_upload(
    State(state): State<AppState>,
    ctx: Ctx,
    mp: Multipart,
) -> AppResult<Response> {
    let by = by_of(&ctx)?;
    let form = read_multipart(mp).await.map_err(AppError::BadRequest)?;
    if let Some((field, key)) = validate(&form).first() {
        return Ok(api_error(
            StatusCode::UNPROCESSABLE_ENTITY,
            field,
            &ctx.lang.t(key),
        ));
    }
    let (city, _) = target_city(&state, &ctx, &form, &by).await?;
    let (id, _, summary) = store(&state, &city, form, &by).await?;
    let ds = state.db.dataset(id).await?.ok_or(AppError::NotFound)?;
    Ok((
        StatusCode::CREATED,
        [(LOCATION, format!("/api/v1/datasets/{id}"))],
        Json(json!({
            "dataset": dataset_json(&ds),
            "city": { "slug": city.slug, "name": city.name },
            "can_apply": summary.can_apply(),
            "summary": summary,
        })),
    )
        .into_response())
}

fn api_error(status: StatusCode, field: &str, message: &str) -> Response {
    (status, Json(json!({ "error": message, "field": field }))).into_response()
}

/// `GET /api/v1/datasets/{id}`
pub async fn api_show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> AppResult<Json<serde_json::Value>> {
    let ds = dataset_or_404(&state, &ctx, &id).await?;
    let files = state.db.dataset_file_list(ds.id).await?;
    let summary = summary_of(&ds);
    Ok(Json(json!({
        "dataset": dataset_json(&ds),
        "files": files.iter().map(|(n, b)| json!({"name": n, "bytes": b})).collect::<Vec<_>>(),
        "can_apply": summary.can_apply(),
        "summary": summary,
    })))
}

/// Body of `POST /api/v1/datasets/{id}/apply` (all optional).
#[derive(Debug, Default, Deserialize)]
pub struct ApplyBody {
    /// Indicators to import (default: all, under their proposed keys, as need indicators).
    #[serde(default)]
    indicators: Option<Vec<ChosenIndicator>>,
}

/// `POST /api/v1/datasets/{id}/apply`
pub async fn api_apply(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    body: Bytes,
) -> AppResult<Response> {
    let by = by_of(&ctx)?;
    let ds = dataset_or_404(&state, &ctx, &id).await?;
    let req: ApplyBody = if body.iter().all(u8::is_ascii_whitespace) {
        ApplyBody::default()
    } else {
        match serde_json::from_slice(&body) {
            Ok(b) => b,
            Err(e) => {
                return Ok(api_error(
                    StatusCode::BAD_REQUEST,
                    "body",
                    &format!(
                        "not valid JSON at line {}, column {}: {e}",
                        e.line(),
                        e.column()
                    ),
                ));
            }
        }
    };
    let chosen = req.indicators.map(|list| {
        list.into_iter()
            .map(|mut c| {
                if c.key.is_empty() {
                    c.key = c.file_key.clone();
                }
                if c.polarity.is_empty() {
                    c.polarity = "need".into();
                }
                c
            })
            .collect()
    });
    match apply(&state, &ds, chosen, &by).await {
        Ok(counts) => {
            let ds = state.db.dataset(ds.id).await?.ok_or(AppError::NotFound)?;
            Ok(Json(json!({ "dataset": dataset_json(&ds), "inserted": counts.inserted, "updated": counts.updated })).into_response())
        }
        Err(ApplyError::Invalid(errs)) => {
            let (f, m) = errs.first().cloned().unwrap_or_default();
            Ok(api_error(StatusCode::UNPROCESSABLE_ENTITY, &f, &m))
        }
        Err(ApplyError::NotApplicable) => Ok(api_error(
            StatusCode::UNPROCESSABLE_ENTITY,
            "dataset",
            "this version has errors or nothing to import",
        )),
        Err(ApplyError::App(e)) => Err(e),
    }
}
