//! Fast entry of a stack of paper cards (and event, street, pin-map, phone input) by
//! staff: keyboard only, "save and next", the channel, event and place kept between cards.

use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use maud::{Markup, html};
use quartier_db::participation::NewIdea;
use quartier_rules::participation::Channel;
use quartier_rules::participation::validate::{
    Field, IdeaDraft, Limits, check_point, check_text, validate_idea,
};
use serde::Deserialize;

use super::post::{TEXT_LANGS, words};
use super::{Loaded, input_message, load, manages, place_ok, see_other, shapes, unprocessable};
use crate::error::{AppError, AppResult};
use crate::ui::forms::{FieldErrors, csrf, error_summary, urlencode};
use crate::ui::layout;
use crate::{AppState, Ctx};

/// Query of the entry form: what to keep from the previous card.
#[derive(Debug, Deserialize, Default)]
pub struct CardQuery {
    /// Channel.
    #[serde(default)]
    pub channel: String,
    /// Event.
    #[serde(default)]
    pub event: String,
    /// Language.
    #[serde(default)]
    pub lang: String,
    /// The idea saved last.
    pub saved: Option<i64>,
}

fn get<'a>(f: &'a [(String, String)], k: &str) -> &'a str {
    f.iter()
        .find(|(n, _)| n == k)
        .map_or("", |(_, v)| v.as_str())
}

fn entry_form(
    ctx: &Ctx,
    l: &Loaded,
    v: &[(String, String)],
    errors: &FieldErrors,
    places: &[quartier_db::participation::Place],
) -> Markup {
    let val = |k: &str| get(v, k).to_string();
    let channel = if val("channel").is_empty() {
        "paper".to_string()
    } else {
        val("channel")
    };
    let lang = if val("lang").is_empty() {
        "de".to_string()
    } else {
        val("lang")
    };
    let copts: Vec<(String, String)> = Channel::ALL
        .iter()
        .filter(|c| c.is_analog())
        .map(|c| {
            (
                c.as_str().to_string(),
                ctx.t(&format!("participation-channel-{}", c.as_str())),
            )
        })
        .collect();
    let lopts: Vec<(String, String)> = TEXT_LANGS
        .iter()
        .map(|c| {
            (
                c.to_string(),
                quartier_i18n::Lang::parse(c)
                    .map_or(c.to_string(), |l| l.native_name().to_string()),
            )
        })
        .collect();
    let cats = l.d.category_list();
    html! {
        (error_summary(ctx, errors))
        form method="post" action={ "/dialogues/" (l.d.id) "/cards" } class="pm-cards" {
            (csrf(ctx))
            div class="field field-error-free" {
                label for="f-title" { (ctx.t("participation-field-title")) }
                @if let Some(e) = errors.get("title") { p class="error" id="f-title-error" { (e) } }
                input id="f-title" name="title" type="text" value=(val("title")) required autofocus autocomplete="off";
            }
            (crate::ui::forms::textarea("text", ctx.t("participation-field-text"), &val("text"), None, errors))
            @if !cats.is_empty() {
                @let opts: Vec<(String, String)> = std::iter::once((String::new(), ctx.t("participation-no-category"))).chain(cats.iter().map(|c| (c.clone(), c.clone()))).collect();
                (crate::ui::forms::select("category", ctx.t("participation-field-category"), &opts, &val("category"), None, errors))
            }
            (crate::ui::forms::field(crate::ui::forms::Field { name: "author", label: ctx.t("participation-field-author-staff"), kind: "text", value: &val("author"), autocomplete: "off", required: false, hint: None }, errors))
            (crate::ui::forms::select("lang", ctx.t("participation-field-lang"), &lopts, &lang, None, errors))
            (crate::ui::forms::select("channel", ctx.t("participation-field-channel"), &copts, &channel, None, errors))
            (crate::ui::forms::field(crate::ui::forms::Field { name: "event", label: ctx.t("participation-field-event"), kind: "text", value: &val("event"), autocomplete: "off", required: false, hint: Some(ctx.t("participation-event-hint")) }, errors))
            fieldset id="f-place" {
                legend { (ctx.t("participation-field-place")) }
                @if let Some(e) = errors.get("place") { p class="error" { (e) } }
                @if !places.is_empty() {
                    div class="field" {
                        label for="f-named" { (ctx.t("participation-named-place")) }
                        select id="f-named" name="named_place" {
                            option value="" { (ctx.t("participation-no-place")) }
                            @for p in places { option value=(p.id) selected[val("named_place") == p.id.to_string()] { (p.name) } }
                        }
                    }
                }
                div class="field" {
                    label for="f-lat" { (ctx.t("participation-lat")) }
                    input id="f-lat" name="lat" type="text" inputmode="decimal" value=(val("lat")) dir="ltr";
                }
                div class="field" {
                    label for="f-lon" { (ctx.t("participation-lon")) }
                    input id="f-lon" name="lon" type="text" inputmode="decimal" value=(val("lon")) dir="ltr";
                }
            }
            button type="submit" { (ctx.t("participation-save-next")) }
        }
    }
}

async fn page(
    state: &AppState,
    ctx: &Ctx,
    l: &Loaded,
    v: &[(String, String)],
    errors: &FieldErrors,
    saved: Option<i64>,
) -> AppResult<Markup> {
    let places = super::places(state, &l.d).await?;
    let saved_idea = match saved {
        Some(id) => state.db.idea(id).await?.filter(|i| i.dialogue_id == l.d.id),
        None => None,
    };
    let body = html! {
        (super::pages::dialogue_nav(ctx, l))
        p { (ctx.t("participation-cards-intro")) }
        @if let Some(i) = &saved_idea {
            p class="notice" role="status" { (ctx.t("participation-card-saved")) " " a href={ "/ideas/" (i.id) } { span dir="auto" { (i.title) } } }
        }
        (entry_form(ctx, l, v, errors, &places))
    };
    Ok(layout::page(ctx, &ctx.t("participation-nav-cards"), body))
}

/// `GET /dialogues/{id}/cards`
pub async fn form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(q): Query<CardQuery>,
) -> AppResult<Markup> {
    let l = load(&state, &ctx, id).await?;
    if !manages(&ctx, &l.d) {
        return Err(AppError::Forbidden);
    }
    let kept = vec![
        ("channel".to_string(), q.channel),
        ("event".to_string(), q.event),
        ("lang".to_string(), q.lang),
    ];
    page(&state, &ctx, &l, &kept, &FieldErrors::default(), q.saved).await
}

/// `POST /dialogues/{id}/cards` — saves one card and returns to an empty form.
pub async fn save(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(f): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let l = load(&state, &ctx, id).await?;
    if !manages(&ctx, &l.d) {
        return Err(AppError::Forbidden);
    }
    let user = ctx.require_user()?.clone();
    let mut errors = FieldErrors::default();
    let limits = Limits::default();
    let checked = validate_idea(
        &IdeaDraft {
            title: get(&f, "title"),
            text: get(&f, "text"),
            category: get(&f, "category"),
            lang: get(&f, "lang"),
            author: get(&f, "author"),
        },
        &l.d.category_list(),
        &words(),
        &limits,
    );
    let channel = Channel::parse(get(&f, "channel")).filter(|c| c.is_analog());
    if channel.is_none() {
        errors.add("channel", ctx.t("participation-error-channel"));
    }
    let event = check_text(
        Field::Author,
        get(&f, "event"),
        limits.author,
        true,
        &words(),
    )
    .unwrap_or_else(|e| {
        errors.add("event", input_message(&ctx, &e));
        String::new()
    });
    let mut point = None;
    let named = get(&f, "named_place");
    let (lat, lon) = (
        get(&f, "lat").trim().replace(',', "."),
        get(&f, "lon").trim().replace(',', "."),
    );
    if !named.is_empty() {
        let places = super::places(&state, &l.d).await?;
        point = places
            .iter()
            .find(|p| p.id.to_string() == named)
            .map(|p| (p.lat, p.lon));
    } else if !lat.is_empty() || !lon.is_empty() {
        match (lat.parse::<f64>(), lon.parse::<f64>()) {
            (Ok(a), Ok(b)) => match check_point(a, b) {
                Ok(p) => point = Some(p),
                Err(e) => errors.add("place", input_message(&ctx, &e)),
            },
            _ => errors.add(
                "place",
                input_message(
                    &ctx,
                    &quartier_rules::participation::validate::InputError::InvalidCoordinate,
                ),
            ),
        }
    }
    if let Some((a, b)) = point
        && !place_ok(&shapes(&state, &l.d).await?, a, b)
    {
        errors.add(
            "place",
            input_message(
                &ctx,
                &quartier_rules::participation::validate::InputError::OutsideQuarter,
            ),
        );
    }
    let input = match checked {
        Ok(i) => Some(i),
        Err(list) => {
            for e in &list {
                errors.add(e.field().as_str(), input_message(&ctx, e));
            }
            None
        }
    };
    let (Some(input), Some(channel), true) = (input, channel, errors.is_empty()) else {
        return Ok(unprocessable(
            page(&state, &ctx, &l, &f, &errors, None).await?,
        ));
    };
    let idea_id = state
        .db
        .insert_idea(&NewIdea {
            dialogue_id: l.d.id,
            title: input.title,
            text: input.text,
            category: input.category,
            lang: input.lang.clone(),
            photo: None,
            point,
            author_user_id: None,
            author_name: input.author.unwrap_or_default(),
            channel: channel.as_str().into(),
            recorded_by: Some(user.user.id),
            event: event.clone(),
            status: "new".into(),
            created_at: quartier_db::now(),
        })
        .await?;
    state
        .db
        .audit(
            Some(user.user.id),
            &user.user.email,
            "idea.card",
            &format!("idea:{idea_id}"),
            channel.as_str(),
        )
        .await?;
    Ok(see_other(&format!(
        "/dialogues/{}/cards?channel={}&event={}&lang={}&saved={idea_id}",
        l.d.id,
        channel.as_str(),
        urlencode(&event),
        urlencode(&input.lang)
    ))
    .into_response())
}
