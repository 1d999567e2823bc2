//! Offers (Angebote) and needs (Bedarfe) of actors, and the matching that
//! suggests offers for each need with the reasons shown.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::Response;
use maud::{Markup, html};
use quartier_db::civic::actors::Actor;
use quartier_db::civic::{Item, ItemDraft, Side};

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

/// Great-circle distance in metres.
pub fn distance_m(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (lon1, lat1) = (a.0.to_radians(), a.1.to_radians());
    let (lon2, lat2) = (b.0.to_radians(), b.1.to_radians());
    let h = ((lat2 - lat1) / 2.0).sin().powi(2)
        + lat1.cos() * lat2.cos() * ((lon2 - lon1) / 2.0).sin().powi(2);
    2.0 * 6_371_000.0 * h.sqrt().asin()
}

/// Why an offer fits a need.
#[derive(Debug, Clone, PartialEq)]
pub enum Reason {
    /// Same category.
    Category,
    /// Languages both use.
    Languages(Vec<String>),
    /// Target groups both name.
    TargetGroups(Vec<String>),
    /// Free of charge.
    Free,
    /// Distance in metres (when both have a position within 2 km).
    Near(f64),
}

/// A suggested offer for a need with its score and reasons.
#[derive(Debug, Clone)]
pub struct Suggestion<'a> {
    /// The offer.
    pub offer: &'a Item,
    /// Higher is better.
    pub score: f64,
    /// The reasons.
    pub reasons: Vec<Reason>,
}

/// Offers of other actors in the same category, ranked by shared languages, target
/// groups, cost and distance; at most `max`.
pub fn suggest<'a>(need: &Item, offers: &'a [Item], max: usize) -> Vec<Suggestion<'a>> {
    let need_langs = list(&need.languages);
    let need_groups = list(&need.target_groups);
    let mut out: Vec<Suggestion<'a>> = offers
        .iter()
        .filter(|o| o.actor_id != need.actor_id && o.category == need.category && o.published == 1)
        .map(|o| {
            let mut reasons = vec![Reason::Category];
            let mut score = 3.0;
            let langs: Vec<String> = list(&o.languages)
                .into_iter()
                .filter(|l| need_langs.contains(l))
                .collect();
            if !langs.is_empty() {
                score += 1.0;
                reasons.push(Reason::Languages(langs));
            }
            let groups: Vec<String> = list(&o.target_groups)
                .into_iter()
                .filter(|g| need_groups.contains(g))
                .collect();
            if !groups.is_empty() {
                score += 1.0;
                reasons.push(Reason::TargetGroups(groups));
            }
            if o.cost == "free" {
                score += 1.0;
                reasons.push(Reason::Free);
            }
            if let (Some(a), Some(b), Some(c), Some(d)) = (need.lon, need.lat, o.lon, o.lat) {
                let m = distance_m((a, b), (c, d));
                if m <= 2000.0 {
                    score += 1.0 - m / 2000.0;
                    reasons.push(Reason::Near(m));
                }
            }
            Suggestion {
                offer: o,
                score,
                reasons,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| a.offer.id.cmp(&b.offer.id))
    });
    out.truncate(max);
    out
}

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

#[cfg(test)]
mod tests {
    use super::*;

    fn item(
        id: i64,
        actor: i64,
        cat: &str,
        langs: &str,
        cost: &str,
        pos: Option<(f64, f64)>,
    ) -> Item {
        Item {
            id,
            actor_id: actor,
            city_id: 1,
            quarter_id: 1,
            category: cat.into(),
            title: format!("t{id}"),
            title_en: String::new(),
            description: String::new(),
            description_easy: String::new(),
            languages: langs.into(),
            target_groups: "[]".into(),
            schedule: String::new(),
            cost: cost.into(),
            place: String::new(),
            lon: pos.map(|p| p.0),
            lat: pos.map(|p| p.1),
            published: 1,
            created_at: 0,
            updated_at: 0,
        }
    }

    #[test]
    fn suggests_same_category_ranked_by_reasons() {
        let need = item(
            1,
            1,
            "language",
            r#"["ar","de"]"#,
            "free",
            Some((12.0, 51.0)),
        );
        let offers = vec![
            item(2, 2, "language", r#"["ar"]"#, "free", Some((12.001, 51.0))),
            item(3, 3, "language", r#"["uk"]"#, "paid", None),
            item(4, 4, "room", r#"["ar"]"#, "free", None),
            item(5, 1, "language", r#"["ar"]"#, "free", None),
        ];
        let s = suggest(&need, &offers, 5);
        let ids: Vec<i64> = s.iter().map(|x| x.offer.id).collect();
        assert_eq!(
            ids,
            vec![2, 3],
            "same category, other actors only, best first"
        );
        assert!(s[0].reasons.contains(&Reason::Free));
        assert!(s[0].reasons.contains(&Reason::Languages(vec!["ar".into()])));
        let near = s[0].reasons.iter().find_map(|r| match r {
            Reason::Near(m) => Some(*m),
            _ => None,
        });
        // 0.001° of longitude at 51° N is about 70 m.
        assert!(near.is_some_and(|m| (60.0..80.0).contains(&m)), "{near:?}");
        assert_eq!(s[1].reasons, vec![Reason::Category]);
    }
}
