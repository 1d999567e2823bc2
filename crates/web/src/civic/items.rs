//! Offers (Angebote) and needs (Bedarfe) of actors: one form and one set of
//! generic handlers for the pair, instantiated per side with [`Offers`] and
//! [`Needs`]. The matching page is in `matching.rs`.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::Response;
use maud::{Markup, html};
use quartier_db::civic::actors::Actor;
use quartier_db::civic::{Item, ItemDraft, Side};

use crate::civic::common::{
    LANGS, actor_or_404, audit, lang_checks, lang_name, list, may_edit_actor, split_list, to_json,
};
use crate::error::{AppError, AppResult};
use crate::ui::fmt::de;
use crate::ui::forms::{
    self, Field, FieldErrors, checkbox, field, see_other, select, textarea, unprocessable,
};
use crate::{AppState, Ctx, ui::layout};

/// Categories of offers and needs.
pub const CATEGORIES: &[&str] = &[
    "course",
    "language",
    "counselling",
    "room",
    "equipment",
    "volunteering",
    "meeting",
];

/// Cost levels.
pub const COSTS: &[&str] = &["free", "low", "paid"];

/// Which of the pair a route serves: [`Offers`] or [`Needs`].
pub trait Kind: Send + Sync + 'static {
    /// The table side.
    const SIDE: Side;
    /// Path segment (`offers`, `needs`).
    const PATH: &'static str;
    /// Word of message ids and audit entries (`offer`, `need`).
    const WORD: &'static str;
}

/// Offers (Angebote).
pub struct Offers;

/// Needs (Bedarfe).
pub struct Needs;

impl Kind for Offers {
    const SIDE: Side = Side::Offer;
    const PATH: &'static str = "offers";
    const WORD: &'static str = "offer";
}

impl Kind for Needs {
    const SIDE: Side = Side::Need;
    const PATH: &'static str = "needs";
    const WORD: &'static str = "need";
}

/// The title in the UI language where an English title exists (German otherwise).
pub fn item_title(ctx: &Ctx, o: &Item) -> Markup {
    if ctx.lang != quartier_i18n::Lang::De && !o.title_en.is_empty() {
        html! { span lang="en" dir="auto" { (o.title_en) } }
    } else {
        de(&o.title)
    }
}

#[derive(Default, Clone)]
struct ItemInput {
    category: String,
    title: String,
    title_en: String,
    description: String,
    description_easy: String,
    languages: Vec<String>,
    target_groups: String,
    schedule: String,
    cost: String,
    place: String,
    published: bool,
}

impl ItemInput {
    fn parse(body: &[u8]) -> Result<ItemInput, AppError> {
        let pairs: Vec<(String, String)> =
            serde_urlencoded::from_bytes(body).map_err(|e| AppError::BadRequest(e.to_string()))?;
        let mut f = ItemInput::default();
        for (k, v) in pairs {
            match k.as_str() {
                "category" => f.category = v,
                "title" => f.title = v,
                "title_en" => f.title_en = v,
                "description" => f.description = v,
                "description_easy" => f.description_easy = v,
                "languages" => f.languages.push(v),
                "target_groups" => f.target_groups = v,
                "schedule" => f.schedule = v,
                "cost" => f.cost = v,
                "place" => f.place = v,
                "published" => f.published = v == "yes",
                _ => {}
            }
        }
        Ok(f)
    }

    fn from_item(o: &Item) -> ItemInput {
        ItemInput {
            category: o.category.clone(),
            title: o.title.clone(),
            title_en: o.title_en.clone(),
            description: o.description.clone(),
            description_easy: o.description_easy.clone(),
            languages: list(&o.languages),
            target_groups: list(&o.target_groups).join(", "),
            schedule: o.schedule.clone(),
            cost: o.cost.clone(),
            place: o.place.clone(),
            published: o.published == 1,
        }
    }

    fn validate(&self, ctx: &Ctx) -> FieldErrors {
        let mut e = FieldErrors::default();
        if !CATEGORIES.contains(&self.category.as_str()) {
            e.add("category", ctx.t("civic-error-category"));
        }
        if self.title.trim().is_empty() {
            e.add("title", ctx.t("civic-error-title"));
        } else if self.title.chars().count() > 200 {
            e.add("title", ctx.t("civic-error-too-long"));
        }
        if self.languages.iter().any(|l| !LANGS.contains(&l.as_str())) {
            e.add("languages", ctx.t("civic-error-language"));
        }
        if !COSTS.contains(&self.cost.as_str()) {
            e.add("cost", ctx.t("civic-error-cost"));
        }
        e
    }

    fn draft(&self, actor: &Actor) -> ItemDraft {
        let place = self.place.trim();
        ItemDraft {
            category: self.category.clone(),
            title: self.title.trim().to_string(),
            title_en: self.title_en.trim().to_string(),
            description: self.description.trim().to_string(),
            description_easy: self.description_easy.trim().to_string(),
            languages: to_json(&self.languages),
            target_groups: to_json(&split_list(&self.target_groups)),
            schedule: self.schedule.trim().to_string(),
            cost: self.cost.clone(),
            place: if place.is_empty() {
                actor.address.clone()
            } else {
                place.to_string()
            },
            lon: actor.lon,
            lat: actor.lat,
            published: self.published,
        }
    }
}

fn item_form<K: Kind>(
    ctx: &Ctx,
    title: &str,
    action: &str,
    f: &ItemInput,
    errors: &FieldErrors,
) -> Markup {
    let cats: Vec<(String, String)> = std::iter::once((String::new(), ctx.t("civic-choose")))
        .chain(
            CATEGORIES
                .iter()
                .map(|c| ((*c).to_string(), ctx.t(&format!("civic-cat-{c}")))),
        )
        .collect();
    let body = html! {
        (forms::error_summary(ctx, errors))
        form method="post" action=(action) class="form" novalidate {
            (forms::csrf(ctx))
            (select("category", ctx.t("civic-category"), &cats, &f.category, None, errors))
            (field(Field { name: "title", label: ctx.t("civic-title"), kind: "text", value: &f.title, autocomplete: "off", required: true, hint: None }, errors))
            (field(Field { name: "title_en", label: ctx.t("civic-title-en"), kind: "text", value: &f.title_en, autocomplete: "off", required: false, hint: None }, errors))
            (textarea("description", ctx.t("civic-description"), &f.description, None, errors))
            (textarea("description_easy", ctx.t("civic-description-easy"), &f.description_easy, Some(ctx.t("civic-hint-easy")), errors))
            (lang_checks(ctx, "languages", &f.languages, errors))
            (field(Field { name: "target_groups", label: ctx.t("civic-target-groups"), kind: "text", value: &f.target_groups, autocomplete: "off", required: false, hint: Some(ctx.t("civic-hint-list")) }, errors))
            (field(Field { name: "schedule", label: ctx.t("civic-schedule"), kind: "text", value: &f.schedule, autocomplete: "off", required: false, hint: None }, errors))
            fieldset class={ "checks" @if errors.get("cost").is_some() { " field-error" } } id="f-cost" {
                legend { (ctx.t("civic-cost")) }
                @if let Some(e) = errors.get("cost") { p class="error" { (e) } }
                @for c in COSTS {
                    div class="checkbox" {
                        input type="radio" id={ "f-cost-" (c) } name="cost" value=(c) checked[f.cost == *c];
                        label for={ "f-cost-" (c) } { (ctx.t(&format!("civic-cost-{c}"))) }
                    }
                }
            }
            (field(Field { name: "place", label: ctx.t("civic-place"), kind: "text", value: &f.place, autocomplete: "off", required: false, hint: Some(ctx.t("civic-hint-place")) }, errors))
            (checkbox("published", ctx.t(if K::SIDE == Side::Offer { "civic-published-offer" } else { "civic-published" }), f.published))
            button type="submit" { (ctx.t("save")) }
        }
    };
    layout::page(ctx, title, body)
}

async fn editable_actor(state: &AppState, ctx: &Ctx, id: i64) -> AppResult<Actor> {
    let a = actor_or_404(state, id).await?;
    if !may_edit_actor(state, ctx, &a).await? {
        return Err(AppError::Forbidden);
    }
    Ok(a)
}

/// The form of a new item of actor `a`.
fn new_page<K: Kind>(ctx: &Ctx, a: &Actor, f: &ItemInput, errors: &FieldErrors) -> Markup {
    item_form::<K>(
        ctx,
        &ctx.ta(
            &format!("civic-{}-new-for", K::WORD),
            &[("name", a.name.clone().into())],
        ),
        &format!("/actors/{}/{}", a.id, K::PATH),
        f,
        errors,
    )
}

/// The form of an existing item `o`.
fn edit_page<K: Kind>(ctx: &Ctx, o: &Item, f: &ItemInput, errors: &FieldErrors) -> Markup {
    item_form::<K>(
        ctx,
        &ctx.ta("civic-item-edit", &[("title", o.title.clone().into())]),
        &format!("/{}/{}", K::PATH, o.id),
        f,
        errors,
    )
}

/// `GET /actors/{id}/offers/new`, `GET /actors/{id}/needs/new`
pub async fn new_form<K: Kind>(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Markup> {
    let a = editable_actor(&state, &ctx, id).await?;
    let f = ItemInput {
        cost: "free".into(),
        published: true,
        languages: list(&a.languages),
        ..Default::default()
    };
    Ok(new_page::<K>(&ctx, &a, &f, &FieldErrors::default()))
}

/// `POST /actors/{id}/offers`, `POST /actors/{id}/needs`
pub async fn create<K: Kind>(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    body: Bytes,
) -> AppResult<Response> {
    let a = editable_actor(&state, &ctx, id).await?;
    let f = ItemInput::parse(&body)?;
    let errors = f.validate(&ctx);
    if !errors.is_empty() {
        return Ok(unprocessable(new_page::<K>(&ctx, &a, &f, &errors)));
    }
    let new_id = state.db.insert_item(K::SIDE, &a, &f.draft(&a)).await?;
    let (word, path) = (K::WORD, K::PATH);
    audit(
        &state,
        &ctx,
        &format!("{word}.create"),
        &format!("{word}:{new_id}"),
    )
    .await?;
    Ok(see_other(format!("/{path}/{new_id}")))
}

async fn load<K: Kind>(state: &AppState, id: i64) -> AppResult<(Item, Actor)> {
    let o = state
        .db
        .item(K::SIDE, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let a = actor_or_404(state, o.actor_id).await?;
    Ok((o, a))
}

/// An item with its actor, for one who may edit the actor (403 otherwise).
async fn load_editable<K: Kind>(state: &AppState, ctx: &Ctx, id: i64) -> AppResult<(Item, Actor)> {
    let (o, a) = load::<K>(state, id).await?;
    if !may_edit_actor(state, ctx, &a).await? {
        return Err(AppError::Forbidden);
    }
    Ok((o, a))
}

/// `GET /offers/{id}`, `GET /needs/{id}`
pub async fn show<K: Kind>(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Markup> {
    let (o, a) = load::<K>(&state, id).await?;
    let editor = may_edit_actor(&state, &ctx, &a).await?;
    if !editor && (o.published == 0 || a.published == 0) {
        return Err(AppError::NotFound);
    }
    let langs = list(&o.languages);
    let groups = list(&o.target_groups);
    let title = if ctx.lang != quartier_i18n::Lang::De && !o.title_en.is_empty() {
        o.title_en.clone()
    } else {
        o.title.clone()
    };
    let body = html! {
        p class="civic-meta" {
            (ctx.t(&format!("civic-cat-{}", o.category))) " · "
            span class={ "badge cost-" (o.cost) } { (ctx.t(&format!("civic-cost-{}", o.cost))) }
        }
        @if o.published == 0 { p { strong { (ctx.t("civic-unpublished")) } } }
        @if editor { p { a class="button" href={ "/" (K::PATH) "/" (o.id) "/edit" } { (ctx.t("civic-edit")) } } }
        @if title != o.title { p { (ctx.t("civic-original-title")) ": " (de(&o.title)) } }
        @if !o.description.is_empty() { p lang="de" dir="auto" { (o.description) } }
        @if !o.description_easy.is_empty() {
            section class="easy" aria-labelledby="easy-h" {
                h2 id="easy-h" { (ctx.t("civic-easy-label")) }
                p lang="de" dir="auto" { (o.description_easy) }
            }
        }
        dl class="civic-facts" {
            dt { (ctx.t("civic-actor")) } dd { a href={ "/actors/" (a.id) } { (de(&a.name)) } }
            @if !langs.is_empty() { dt { (ctx.t("civic-languages")) } dd { (langs.iter().map(|l| lang_name(&ctx, l)).collect::<Vec<_>>().join(", ")) } }
            @if !groups.is_empty() { dt { (ctx.t("civic-target-groups")) } dd { (de(&groups.join(", "))) } }
            @if !o.schedule.is_empty() { dt { (ctx.t("civic-schedule")) } dd { (de(&o.schedule)) } }
            @if !o.place.is_empty() { dt { (ctx.t("civic-place")) } dd { (de(&o.place)) } }
        }
    };
    Ok(layout::page(&ctx, &title, body))
}

/// `GET /offers/{id}/edit`, `GET /needs/{id}/edit`
pub async fn edit<K: Kind>(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Markup> {
    let (o, _) = load_editable::<K>(&state, &ctx, id).await?;
    let f = ItemInput::from_item(&o);
    Ok(edit_page::<K>(&ctx, &o, &f, &FieldErrors::default()))
}

/// `POST /offers/{id}`, `POST /needs/{id}`
pub async fn update<K: Kind>(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    body: Bytes,
) -> AppResult<Response> {
    let (o, a) = load_editable::<K>(&state, &ctx, id).await?;
    let f = ItemInput::parse(&body)?;
    let errors = f.validate(&ctx);
    if !errors.is_empty() {
        return Ok(unprocessable(edit_page::<K>(&ctx, &o, &f, &errors)));
    }
    state.db.update_item(K::SIDE, id, &f.draft(&a)).await?;
    let (word, path) = (K::WORD, K::PATH);
    audit(
        &state,
        &ctx,
        &format!("{word}.update"),
        &format!("{word}:{id}"),
    )
    .await?;
    Ok(see_other(format!("/{path}/{id}")))
}
