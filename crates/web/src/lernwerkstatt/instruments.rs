//! The instrument library: list, profile page (preconditions, uses, comments,
//! ratings, versions), and the form that creates an instrument or saves a new
//! version of its profile.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::Response;
use maud::{Markup, html};
use quartier_db::DbError;
use quartier_db::lernwerkstatt::Instrument;
use quartier_rules::lernwerkstatt::{Precondition, Profile, ProfileError, Resources, Step};

use super::sessions::{get, pairs, see_other, unprocessable};
use super::{all_quarters, is_staff_anywhere, staff_quarters, who};
use crate::error::{AppError, AppResult};
use crate::ui::fmt::{de, fmt_num, time_el};
use crate::ui::forms::{self, Field, FieldErrors, field};
use crate::{AppState, Ctx, ui::layout};

fn require_staff(ctx: &Ctx) -> AppResult<()> {
    let me = ctx.require_user()?;
    if is_staff_anywhere(me) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

async fn instrument(state: &AppState, slug: &str) -> AppResult<(Instrument, Profile)> {
    let i = state
        .db
        .instrument_by_slug(slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let p = i
        .profile()
        .ok_or_else(|| AppError::Internal(format!("instrument {slug}: profile does not parse")))?;
    Ok((i, p))
}

fn step_label(ctx: &Ctx, s: Step) -> String {
    format!(
        "{}. {}",
        s.number(),
        ctx.t(&format!("lernwerkstatt-step-{}", s.number()))
    )
}

/// A precondition in words.
pub(crate) fn precondition_text(ctx: &Ctx, p: &Precondition) -> Markup {
    let label = ctx.t(&format!("lernwerkstatt-pre-{}", p.kind()));
    html! {
        strong { (label) }
        @match p {
            Precondition::NeighbourhoodTeam => {},
            Precondition::Fund { min_euros_per_year: Some(v) } => { ": ≥ " (fmt_num(ctx.lang, *v, 0)) " € / " (ctx.t("lernwerkstatt-year")) },
            Precondition::Fund { min_euros_per_year: None } => {},
            Precondition::MinActiveActors { count } => { ": ≥ " (count) },
            Precondition::Premises { description: t } | Precondition::PoliticalBacking { body: t } | Precondition::FreeText { text: t } => { ": " (de(t)) },
            Precondition::Languages { languages } => { ": " span dir="ltr" { (languages.join(", ")) } },
        }
    }
}

/// `GET /instruments`
pub async fn list(State(state): State<AppState>, ctx: Ctx) -> AppResult<Markup> {
    let all = state.db.instruments().await?;
    let staff = ctx.identity.as_deref().is_some_and(is_staff_anywhere);
    let title = ctx.t("lernwerkstatt-library");
    Ok(layout::page(
        &ctx,
        &title,
        html! {
            p { (ctx.t("lernwerkstatt-library-intro")) }
            @if staff { p { a class="button" href="/instruments/new" { (ctx.t("lernwerkstatt-new-instrument")) } } }
            ul class="cards" {
                @for i in &all { @if let Some(p) = i.profile() {
                    li class="card" {
                        h2 { a href={ "/instruments/" (i.slug) } { (de(&p.name)) } }
                        p { (de(&p.purpose)) }
                        p { (ctx.t("lernwerkstatt-step")) ": " (step_label(&ctx, p.step)) }
                    }
                } }
            }
            @if all.is_empty() { p { (ctx.t("lernwerkstatt-none")) } }
        },
    ))
}

/// `GET /instruments/{slug}`
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Markup> {
    let (i, p) = instrument(&state, &slug).await?;
    let uses = state.db.instrument_uses(i.id).await?;
    let comments = state.db.instrument_comments(i.id).await?;
    let versions = state.db.instrument_versions(i.id).await?;
    let quarters = all_quarters(&state).await?;
    let qname = |q: i64| quarters.get(&q).map(|q| q.name.clone()).unwrap_or_default();
    let ratings: Vec<i64> = comments.iter().filter_map(|c| c.rating).collect();
    let avg =
        (!ratings.is_empty()).then(|| ratings.iter().sum::<i64>() as f64 / ratings.len() as f64);
    let me = ctx.identity.as_deref();
    let staff = me.is_some_and(is_staff_anywhere);
    let may_comment = me.is_some_and(|m| {
        m.is_admin()
            || staff_quarters(m)
                .iter()
                .any(|q| Some(*q) != i.origin_quarter_id)
    });
    Ok(layout::page(
        &ctx,
        &p.name,
        html! {
            p { (de(&p.purpose)) }
            dl class="facts" {
                dt { (ctx.t("lernwerkstatt-step")) } dd { (step_label(&ctx, p.step)) " (" (ctx.t(&format!("lernwerkstatt-level-{}", p.step.level()))) ")" }
                @if !p.evidence.is_empty() { dt { (ctx.t("lernwerkstatt-evidence")) } dd { (de(&p.evidence)) } }
                dt { (ctx.t("lernwerkstatt-resources")) } dd {
                    (fmt_num(ctx.lang, p.resources.staff_hours_per_year, 0)) " " (ctx.t("lernwerkstatt-hours-year")) ", "
                    (fmt_num(ctx.lang, p.resources.euros_per_year, 0)) " € / " (ctx.t("lernwerkstatt-year"))
                }
                @if let Some(q) = i.origin_quarter_id { dt { (ctx.t("lernwerkstatt-origin")) } dd { (qname(q)) } }
                dt { (ctx.t("lernwerkstatt-version")) } dd { (i.version) }
                @if let Some(a) = avg { dt { (ctx.t("lernwerkstatt-rating")) } dd { (fmt_num(ctx.lang, a, 1)) " / 5 (" (ratings.len()) ")" } }
            }
            h2 { (ctx.t("lernwerkstatt-preconditions")) }
            ul { @for pre in &p.preconditions { li { (precondition_text(&ctx, pre)) } } }
            @if p.preconditions.is_empty() { p { (ctx.t("lernwerkstatt-none")) } }
            @for (key, list) in [("lernwerkstatt-core", &p.core_elements), ("lernwerkstatt-adaptable", &p.adaptable_elements), ("lernwerkstatt-templates", &p.templates)] {
                @if !list.is_empty() { h2 { (ctx.t(key)) } ul { @for e in list { li { (de(e)) } } } }
            }
            h2 { (ctx.t("lernwerkstatt-uses")) }
            @if uses.is_empty() { p { (ctx.t("lernwerkstatt-none")) } }
            ul { @for u in &uses { li { strong { (qname(u.quarter_id)) } " (" time dir="ltr" { (u.started_on) } "): " (de(&u.result)) } } }
            @if staff { p { a href={ "/instruments/" (i.slug) "/edit" } { (ctx.t("lernwerkstatt-edit-instrument")) } } }
            h2 { (ctx.t("lernwerkstatt-comments")) }
            @for c in &comments {
                article class="card" {
                    p { strong { (de(&c.author)) } @if let Some(q) = c.quarter_id { " (" (qname(q)) ")" } " · " (time_el(c.created_at))
                        @if let Some(r) = c.rating { " · " (ctx.t("lernwerkstatt-rating")) ": " (r) "/5" } }
                    p { (de(&c.body)) }
                }
            }
            @if may_comment {
                form method="post" action={ "/instruments/" (i.slug) "/comments" } {
                    (forms::csrf(&ctx))
                    div class="field" { label for="f-comment" { (ctx.t("lernwerkstatt-comment")) } textarea id="f-comment" name="body" rows="3" required {} }
                    div class="field" { label for="f-rating" { (ctx.t("lernwerkstatt-rating")) }
                        select id="f-rating" name="rating" { option value="" { "–" } @for r in 1..=5 { option value=(r) { (r) } } } }
                    button type="submit" { (ctx.t("lernwerkstatt-save")) }
                }
            }
            h2 { (ctx.t("lernwerkstatt-versions")) }
            ol reversed { @for v in &versions {
                li { (ctx.t("lernwerkstatt-version")) " " (v.version) " · " (time_el(v.changed_at)) " · " (v.changed_by)
                    @let diffs = v.differences();
                    @if v.version > 1 && !diffs.is_empty() { ": " (diffs.iter().map(|d| d.field.as_str()).collect::<Vec<_>>().join(", ")) } }
            } }
        },
    ))
}

fn lines(s: &str) -> Vec<String> {
    s.lines()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

fn num(s: &str) -> Option<f64> {
    let s = s.trim().replace([' ', '\u{a0}'], "");
    let s = if s.contains(',') {
        s.replace('.', "").replace(',', ".")
    } else {
        s
    };
    s.parse::<f64>().ok()
}

/// Reads a profile from the form; errors name the form field.
fn read_profile(ctx: &Ctx, p: &[(String, String)]) -> (Profile, FieldErrors) {
    let mut errors = FieldErrors::default();
    let amount = |name: &'static str, errors: &mut FieldErrors| -> f64 {
        let v = get(p, name);
        if v.is_empty() {
            return 0.0;
        }
        num(v).unwrap_or_else(|| {
            errors.add(name, ctx.t("lernwerkstatt-err-amount"));
            0.0
        })
    };
    let staff_hours = amount("staff_hours", &mut errors);
    let euros = amount("euros", &mut errors);
    let step = get(p, "step")
        .parse::<u8>()
        .ok()
        .and_then(Step::from_number)
        .unwrap_or_else(|| {
            errors.add("step", ctx.t("lernwerkstatt-err-step"));
            Step::ActivitiesHappen
        });
    let mut pre = Vec::new();
    if get(p, "pre_team") == "1" {
        pre.push(Precondition::NeighbourhoodTeam);
    }
    if get(p, "pre_fund") == "1" {
        let min = get(p, "pre_fund_min");
        let min_euros_per_year = if min.is_empty() {
            None
        } else {
            let v = num(min);
            if v.is_none() {
                errors.add("pre_fund_min", ctx.t("lernwerkstatt-err-amount"));
            }
            v
        };
        pre.push(Precondition::Fund { min_euros_per_year });
    }
    let actors = get(p, "pre_actors");
    if !actors.is_empty() {
        match actors.parse::<u32>() {
            Ok(count) => pre.push(Precondition::MinActiveActors { count }),
            Err(_) => errors.add("pre_actors", ctx.t("lernwerkstatt-err-count")),
        }
    }
    if !get(p, "pre_premises").is_empty() {
        pre.push(Precondition::Premises {
            description: get(p, "pre_premises").into(),
        });
    }
    if !get(p, "pre_backing").is_empty() {
        pre.push(Precondition::PoliticalBacking {
            body: get(p, "pre_backing").into(),
        });
    }
    let langs: Vec<String> = get(p, "pre_languages")
        .split([',', ' '])
        .map(|l| l.trim().to_lowercase())
        .filter(|l| !l.is_empty())
        .collect();
    if !langs.is_empty() {
        pre.push(Precondition::Languages { languages: langs });
    }
    for t in lines(get(p, "pre_free")) {
        pre.push(Precondition::FreeText { text: t });
    }
    let profile = Profile {
        name: get(p, "name").into(),
        purpose: get(p, "purpose").into(),
        step,
        evidence: get(p, "evidence").into(),
        resources: Resources {
            staff_hours_per_year: staff_hours,
            euros_per_year: euros,
        },
        preconditions: pre,
        core_elements: lines(get(p, "core")),
        adaptable_elements: lines(get(p, "adaptable")),
        templates: lines(get(p, "templates")),
    };
    if errors.is_empty()
        && let Err(e) = profile.validate()
    {
        let (f, msg): (&'static str, String) = match &e {
            ProfileError::Empty(f) => (
                if *f == "name" { "name" } else { "purpose" },
                ctx.t("lernwerkstatt-err-required"),
            ),
            ProfileError::TooLong { field, .. } => (
                match *field {
                    "name" => "name",
                    "purpose" => "purpose",
                    "evidence" => "evidence",
                    _ => "core",
                },
                ctx.t("lernwerkstatt-err-too-long"),
            ),
            ProfileError::BadAmount(_) => ("staff_hours", ctx.t("lernwerkstatt-err-amount")),
            ProfileError::EvidenceMissing => ("evidence", ctx.t("lernwerkstatt-err-evidence")),
            ProfileError::BadLanguage(_) => ("pre_languages", ctx.t("lernwerkstatt-err-language")),
            ProfileError::DuplicatePrecondition(_)
            | ProfileError::IncompletePrecondition { .. } => {
                ("pre_actors", ctx.t("lernwerkstatt-err-count"))
            }
        };
        errors.add(f, msg);
    }
    (profile, errors)
}

fn form_values(i: &Profile) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = vec![
        ("name".into(), i.name.clone()),
        ("purpose".into(), i.purpose.clone()),
        ("step".into(), i.step.number().to_string()),
        ("evidence".into(), i.evidence.clone()),
        (
            "staff_hours".into(),
            i.resources.staff_hours_per_year.to_string(),
        ),
        ("euros".into(), i.resources.euros_per_year.to_string()),
        ("core".into(), i.core_elements.join("\n")),
        ("adaptable".into(), i.adaptable_elements.join("\n")),
        ("templates".into(), i.templates.join("\n")),
    ];
    let mut free = Vec::new();
    for pre in &i.preconditions {
        match pre {
            Precondition::NeighbourhoodTeam => v.push(("pre_team".into(), "1".into())),
            Precondition::Fund { min_euros_per_year } => {
                v.push(("pre_fund".into(), "1".into()));
                v.push((
                    "pre_fund_min".into(),
                    min_euros_per_year
                        .map(|x| x.to_string())
                        .unwrap_or_default(),
                ));
            }
            Precondition::MinActiveActors { count } => {
                v.push(("pre_actors".into(), count.to_string()))
            }
            Precondition::Premises { description } => {
                v.push(("pre_premises".into(), description.clone()))
            }
            Precondition::PoliticalBacking { body } => v.push(("pre_backing".into(), body.clone())),
            Precondition::Languages { languages } => {
                v.push(("pre_languages".into(), languages.join(", ")))
            }
            Precondition::FreeText { text } => free.push(text.clone()),
        }
    }
    v.push(("pre_free".into(), free.join("\n")));
    v
}

fn area(ctx: &Ctx, name: &'static str, key: &str, value: &str, errors: &FieldErrors) -> Markup {
    let id = format!("f-{name}");
    html! {
        div class={ "field" @if errors.get(name).is_some() { " field-error" } } {
            label for=(id) { (ctx.t(key)) }
            @if let Some(e) = errors.get(name) { p class="error" { (e) } }
            textarea id=(id) name=(name) rows="3" { (value) }
        }
    }
}

fn profile_form(
    ctx: &Ctx,
    action: &str,
    creating: bool,
    p: &[(String, String)],
    errors: &FieldErrors,
) -> Markup {
    let v = |k: &str| get(p, k).to_string();
    let text = |name: &'static str, key: &str, kind: &'static str, required: bool| {
        field(
            Field {
                name,
                label: ctx.t(key),
                kind,
                value: get(p, name),
                autocomplete: "off",
                required,
                hint: None,
            },
            errors,
        )
    };
    let title = if creating {
        ctx.t("lernwerkstatt-new-instrument")
    } else {
        ctx.t("lernwerkstatt-edit-instrument")
    };
    layout::page(
        ctx,
        &title,
        html! {
            (forms::error_summary(ctx, errors))
            form method="post" action=(action) {
                (forms::csrf(ctx))
                (text("name", "lernwerkstatt-f-title", "text", true))
                @if creating { (field(Field { name: "slug", label: ctx.t("lernwerkstatt-f-slug"), kind: "text", value: get(p, "slug"), autocomplete: "off", required: true, hint: Some(ctx.t("lernwerkstatt-f-slug-hint")) }, errors)) }
                (area(ctx, "purpose", "lernwerkstatt-purpose", &v("purpose"), errors))
                div class="field" {
                    label for="f-step" { (ctx.t("lernwerkstatt-step")) }
                    select id="f-step" name="step" { @for s in Step::ALL { option value=(s.number()) selected[v("step") == s.number().to_string()] { (step_label(ctx, s)) } } }
                }
                (area(ctx, "evidence", "lernwerkstatt-evidence", &v("evidence"), errors))
                (text("staff_hours", "lernwerkstatt-hours-year", "text", false))
                (text("euros", "lernwerkstatt-euros-year", "text", false))
                fieldset {
                    legend { (ctx.t("lernwerkstatt-preconditions")) }
                    label { input type="checkbox" name="pre_team" value="1" checked[v("pre_team") == "1"]; " " (ctx.t("lernwerkstatt-pre-neighbourhood_team")) }
                    label { input type="checkbox" name="pre_fund" value="1" checked[v("pre_fund") == "1"]; " " (ctx.t("lernwerkstatt-pre-fund")) }
                    (text("pre_fund_min", "lernwerkstatt-pre-fund-min", "text", false))
                    (text("pre_actors", "lernwerkstatt-pre-min_active_actors", "number", false))
                    (text("pre_premises", "lernwerkstatt-pre-premises", "text", false))
                    (text("pre_backing", "lernwerkstatt-pre-political_backing", "text", false))
                    (field(Field { name: "pre_languages", label: ctx.t("lernwerkstatt-pre-languages"), kind: "text", value: get(p, "pre_languages"), autocomplete: "off", required: false, hint: Some(ctx.t("lernwerkstatt-pre-languages-hint")) }, errors))
                    (area(ctx, "pre_free", "lernwerkstatt-pre-free_text", &v("pre_free"), errors))
                }
                p class="hint" { (ctx.t("lernwerkstatt-f-lines-hint")) }
                (area(ctx, "core", "lernwerkstatt-core", &v("core"), errors))
                (area(ctx, "adaptable", "lernwerkstatt-adaptable", &v("adaptable"), errors))
                (area(ctx, "templates", "lernwerkstatt-templates", &v("templates"), errors))
                button type="submit" { (ctx.t("lernwerkstatt-save")) }
            }
        },
    )
}

/// `GET /instruments/new`
pub async fn new_form(ctx: Ctx) -> AppResult<Markup> {
    require_staff(&ctx)?;
    Ok(profile_form(
        &ctx,
        "/instruments",
        true,
        &[("step".into(), "1".into())],
        &FieldErrors::default(),
    ))
}

/// `POST /instruments`
pub async fn create(State(state): State<AppState>, ctx: Ctx, body: Bytes) -> AppResult<Response> {
    require_staff(&ctx)?;
    let p = pairs(&body)?;
    let (profile, mut errors) = read_profile(&ctx, &p);
    let slug = get(&p, "slug").to_lowercase();
    let slug_ok = !slug.is_empty()
        && slug.len() <= 60
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !slug_ok {
        errors.add("slug", ctx.t("lernwerkstatt-err-slug"));
    }
    if errors.is_empty() {
        let origin = ctx
            .identity
            .as_deref()
            .and_then(|m| staff_quarters(m).first().copied());
        match state
            .db
            .create_instrument(&slug, origin, &profile, &who(&ctx), quartier_db::now())
            .await
        {
            Ok(_) => {
                state.search.mark_stale();
                return Ok(see_other(format!("/instruments/{slug}")));
            }
            Err(DbError::Conflict(_)) => errors.add("slug", ctx.t("lernwerkstatt-err-slug-taken")),
            Err(e) => return Err(e.into()),
        }
    }
    Ok(unprocessable(profile_form(
        &ctx,
        "/instruments",
        true,
        &p,
        &errors,
    )))
}

/// `GET /instruments/{slug}/edit`
pub async fn edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Markup> {
    require_staff(&ctx)?;
    let (i, p) = instrument(&state, &slug).await?;
    Ok(profile_form(
        &ctx,
        &format!("/instruments/{}", i.slug),
        false,
        &form_values(&p),
        &FieldErrors::default(),
    ))
}

/// `POST /instruments/{slug}`: saves a new version.
pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    body: Bytes,
) -> AppResult<Response> {
    require_staff(&ctx)?;
    let (i, _) = instrument(&state, &slug).await?;
    let p = pairs(&body)?;
    let (profile, errors) = read_profile(&ctx, &p);
    if !errors.is_empty() {
        return Ok(unprocessable(profile_form(
            &ctx,
            &format!("/instruments/{slug}"),
            false,
            &p,
            &errors,
        )));
    }
    state
        .db
        .save_instrument_version(i.id, &profile, &who(&ctx), quartier_db::now())
        .await?;
    state.search.mark_stale();
    Ok(see_other(format!("/instruments/{slug}")))
}

/// `POST /instruments/{slug}/comments`: staff of a quarter other than the origin.
pub async fn comment(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    body: Bytes,
) -> AppResult<Response> {
    let me = ctx.require_user()?;
    let (i, _) = instrument(&state, &slug).await?;
    let team = staff_quarters(me)
        .into_iter()
        .find(|q| Some(*q) != i.origin_quarter_id);
    if team.is_none() && !me.is_admin() {
        return Err(AppError::Forbidden);
    }
    let p = pairs(&body)?;
    let text = get(&p, "body");
    if text.is_empty() || text.chars().count() > 5000 {
        return Err(AppError::BadRequest(format!(
            "body: {}",
            ctx.t("lernwerkstatt-err-required")
        )));
    }
    let rating = match get(&p, "rating") {
        "" => None,
        r => Some(
            r.parse::<i64>()
                .ok()
                .filter(|r| (1..=5).contains(r))
                .ok_or_else(|| AppError::BadRequest("rating: a number from 1 to 5".into()))?,
        ),
    };
    state
        .db
        .add_instrument_comment(
            i.id,
            me.user.id,
            team,
            &me.user.display_name,
            text,
            rating,
            quartier_db::now(),
        )
        .await?;
    Ok(see_other(format!("/instruments/{slug}")))
}
