//! Offers (Angebote) and needs (Bedarfe) of actors, and the matching that
//! suggests offers for each need with the reasons shown.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::Response;
use maud::{Markup, html};
use quartier_db::civic::actors::Actor;
use quartier_db::civic::{Item, ItemDraft, Side};
use quartier_rules::civic::{Reason, suggest};

use crate::civic::actors::{
    actor_or_404, audit, checkbox, lang_checks, lang_name, list, manages, may_edit_actor, quarter,
    quarter_nav, see_other, select, split_list, textarea, to_json, unprocessable,
};
use crate::error::{AppError, AppResult};
use crate::ui::fmt::{de, fmt_num};
use crate::ui::forms::{self, Field, FieldErrors, field};
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

fn side_path(side: Side) -> &'static str {
    match side {
        Side::Offer => "offers",
        Side::Need => "needs",
    }
}

fn side_word(side: Side) -> &'static str {
    match side {
        Side::Offer => "offer",
        Side::Need => "need",
    }
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
        if self
            .languages
            .iter()
            .any(|l| !crate::civic::actors::LANGS.contains(&l.as_str()))
        {
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

fn item_form(
    ctx: &Ctx,
    side: Side,
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
            (select("category", ctx.t("civic-category"), &cats, &f.category, errors))
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
            (checkbox("published", ctx.t(if side == Side::Offer { "civic-published-offer" } else { "civic-published" }), f.published))
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

async fn new_form(state: AppState, ctx: Ctx, side: Side, id: i64) -> AppResult<Markup> {
    let a = editable_actor(&state, &ctx, id).await?;
    let f = ItemInput {
        cost: "free".into(),
        published: true,
        languages: list(&a.languages),
        ..Default::default()
    };
    Ok(item_form(
        &ctx,
        side,
        &ctx.ta(
            &format!("civic-{}-new-for", side_word(side)),
            &[("name", a.name.clone().into())],
        ),
        &format!("/actors/{id}/{}", side_path(side)),
        &f,
        &FieldErrors::default(),
    ))
}

async fn create(
    state: AppState,
    ctx: Ctx,
    side: Side,
    id: i64,
    body: Bytes,
) -> AppResult<Response> {
    let a = editable_actor(&state, &ctx, id).await?;
    let f = ItemInput::parse(&body)?;
    let errors = f.validate(&ctx);
    if !errors.is_empty() {
        return Ok(unprocessable(item_form(
            &ctx,
            side,
            &ctx.ta(
                &format!("civic-{}-new-for", side_word(side)),
                &[("name", a.name.clone().into())],
            ),
            &format!("/actors/{id}/{}", side_path(side)),
            &f,
            &errors,
        )));
    }
    let new_id = state.db.insert_item(side, &a, &f.draft(&a)).await?;
    audit(
        &state,
        &ctx,
        &format!("{}.create", side_word(side)),
        &format!("{}:{new_id}", side_word(side)),
    )
    .await?;
    Ok(see_other(&format!("/{}/{new_id}", side_path(side))))
}

/// `GET /actors/{id}/offers/new`
pub async fn offer_new(
    State(s): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Markup> {
    new_form(s, ctx, Side::Offer, id).await
}

/// `POST /actors/{id}/offers`
pub async fn offer_create(
    State(s): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    body: Bytes,
) -> AppResult<Response> {
    create(s, ctx, Side::Offer, id, body).await
}

/// `GET /actors/{id}/needs/new`
pub async fn need_new(
    State(s): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Markup> {
    new_form(s, ctx, Side::Need, id).await
}

/// `POST /actors/{id}/needs`
pub async fn need_create(
    State(s): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    body: Bytes,
) -> AppResult<Response> {
    create(s, ctx, Side::Need, id, body).await
}

async fn load(state: &AppState, side: Side, id: i64) -> AppResult<(Item, Actor)> {
    let o = state.db.item(side, id).await?.ok_or(AppError::NotFound)?;
    let a = actor_or_404(state, o.actor_id).await?;
    Ok((o, a))
}

async fn show(state: AppState, ctx: Ctx, side: Side, id: i64) -> AppResult<Markup> {
    let (o, a) = load(&state, side, id).await?;
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
        @if editor { p { a class="button" href={ "/" (side_path(side)) "/" (o.id) "/edit" } { (ctx.t("civic-edit")) } } }
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

/// `GET /offers/{id}`
pub async fn offer_show(
    State(s): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Markup> {
    show(s, ctx, Side::Offer, id).await
}

/// `GET /needs/{id}`
pub async fn need_show(
    State(s): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Markup> {
    show(s, ctx, Side::Need, id).await
}

async fn edit(state: AppState, ctx: Ctx, side: Side, id: i64) -> AppResult<Markup> {
    let (o, a) = load(&state, side, id).await?;
    if !may_edit_actor(&state, &ctx, &a).await? {
        return Err(AppError::Forbidden);
    }
    Ok(item_form(
        &ctx,
        side,
        &ctx.ta("civic-item-edit", &[("title", o.title.clone().into())]),
        &format!("/{}/{id}", side_path(side)),
        &ItemInput::from_item(&o),
        &FieldErrors::default(),
    ))
}

async fn update(
    state: AppState,
    ctx: Ctx,
    side: Side,
    id: i64,
    body: Bytes,
) -> AppResult<Response> {
    let (o, a) = load(&state, side, id).await?;
    if !may_edit_actor(&state, &ctx, &a).await? {
        return Err(AppError::Forbidden);
    }
    let f = ItemInput::parse(&body)?;
    let errors = f.validate(&ctx);
    if !errors.is_empty() {
        return Ok(unprocessable(item_form(
            &ctx,
            side,
            &ctx.ta("civic-item-edit", &[("title", o.title.clone().into())]),
            &format!("/{}/{id}", side_path(side)),
            &f,
            &errors,
        )));
    }
    state.db.update_item(side, id, &f.draft(&a)).await?;
    audit(
        &state,
        &ctx,
        &format!("{}.update", side_word(side)),
        &format!("{}:{id}", side_word(side)),
    )
    .await?;
    Ok(see_other(&format!("/{}/{id}", side_path(side))))
}

/// `GET /offers/{id}/edit`
pub async fn offer_edit(
    State(s): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Markup> {
    edit(s, ctx, Side::Offer, id).await
}

/// `POST /offers/{id}`
pub async fn offer_update(
    State(s): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    body: Bytes,
) -> AppResult<Response> {
    update(s, ctx, Side::Offer, id, body).await
}

/// `GET /needs/{id}/edit`
pub async fn need_edit(
    State(s): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Markup> {
    edit(s, ctx, Side::Need, id).await
}

/// `POST /needs/{id}`
pub async fn need_update(
    State(s): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    body: Bytes,
) -> AppResult<Response> {
    update(s, ctx, Side::Need, id, body).await
}

// ---------------------------------------------------------------- matching

fn reason_text(ctx: &Ctx, r: &Reason) -> String {
    match r {
        Reason::Category => ctx.t("civic-reason-category"),
        Reason::Languages(l) => ctx.ta(
            "civic-reason-languages",
            &[(
                "languages",
                l.iter()
                    .map(|x| lang_name(ctx, x))
                    .collect::<Vec<_>>()
                    .join(", ")
                    .into(),
            )],
        ),
        Reason::TargetGroups(g) => {
            ctx.ta("civic-reason-groups", &[("groups", g.join(", ").into())])
        }
        Reason::Free => ctx.t("civic-reason-free"),
        Reason::Near(m) => ctx.ta(
            "civic-reason-near",
            &[(
                "metres",
                fmt_num(ctx.lang, (m / 10.0).round() * 10.0, 0).into(),
            )],
        ),
    }
}

/// `GET /quarters/{slug}/matching`
pub async fn matching(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Markup> {
    let q = quarter(&state, &ctx, &slug).await?;
    if !manages(&ctx, q.id) {
        return Err(AppError::Forbidden);
    }
    let needs = state.db.items_in_quarter(Side::Need, q.id).await?;
    let offers = state.db.items_in_quarter(Side::Offer, q.id).await?;
    let actors = state.db.actors_in_quarter(q.id).await?;
    let name = |id: i64| {
        actors
            .iter()
            .find(|a| a.id == id)
            .map(|a| a.name.clone())
            .unwrap_or_default()
    };
    let body = html! {
        (quarter_nav(&ctx, &q))
        p class="lead" { (ctx.t("civic-matching-intro")) }
        @if needs.is_empty() { p { (ctx.t("civic-none")) } }
        @for n in &needs {
            section class="card civic-match" aria-labelledby={ "need-" (n.id) } {
                h2 id={ "need-" (n.id) } { a href={ "/needs/" (n.id) } { (item_title(&ctx, n)) } }
                p class="civic-meta" { (de(&name(n.actor_id))) " · " (ctx.t(&format!("civic-cat-{}", n.category))) }
                @let s = suggest(n, &offers, 3);
                @if s.is_empty() { p { (ctx.t("civic-matching-none")) } }
                ol class="civic-suggestions" {
                    @for sg in &s {
                        li {
                            a href={ "/offers/" (sg.offer.id) } { (item_title(&ctx, sg.offer)) }
                            " – " (de(&name(sg.offer.actor_id)))
                            ul class="civic-reasons" { @for r in &sg.reasons { li { (reason_text(&ctx, r)) } } }
                        }
                    }
                }
            }
        }
    };
    Ok(layout::page(
        &ctx,
        &ctx.ta(
            "civic-matching-title",
            &[("quarter", q.name.clone().into())],
        ),
        body,
    ))
}
