//! Posting: ideas (account, pseudonym or staff on behalf) with a place chosen on the
//! server-rendered map (image button) or from named places, the duplicate check,
//! comments with one reply level, support, follow and reports.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use maud::{Markup, html};
use quartier_db::participation::{NewComment, NewIdea};
use quartier_rules::participation::similar::{SUGGEST_THRESHOLD, suggest};
use quartier_rules::participation::validate::{
    Field, IdeaDraft, InputError, Limits, WordList, check_point, check_text, validate_comment,
    validate_idea,
};
use quartier_rules::participation::{Action, Channel};

use super::map::{MAP_WIDTH, frame};
use super::{
    Loaded, POSTS_PER_HOUR, input_message, load, load_idea, manages, place_ok, see_other, shapes,
    unprocessable,
};
use crate::error::{AppError, AppResult};
use crate::platform::auth::ClientAddr;
use crate::ui::forms::{FieldErrors, csrf, error_summary};
use crate::ui::layout;
use crate::{AppState, Ctx};

/// Languages offered for the text of an idea (the UI languages).
pub const TEXT_LANGS: [&str; 8] = ["de", "en", "ar", "fa", "uk", "ru", "tr", "vi"];

/// The moderation word list (insults; extend per installation).
pub const WORDS: &[&str] = &[
    "arschloch",
    "hurensohn",
    "wichser",
    "fotze",
    "missgeburt",
    "idiot*",
    "kanake*",
    "schlampe",
];

/// The word list in use.
pub fn words() -> WordList {
    WordList::new(WORDS.iter().copied())
}

/// The values of the idea form, kept across submits.
#[derive(Debug, Clone, Default)]
pub struct Draft {
    /// Title.
    pub title: String,
    /// Text.
    pub text: String,
    /// Category.
    pub category: String,
    /// Language code.
    pub lang: String,
    /// Pseudonym or name.
    pub author: String,
    /// Chosen place `(lat, lon)`.
    pub point: Option<(f64, f64)>,
    /// Channel (staff only).
    pub channel: String,
    /// Event (staff only).
    pub event: String,
    /// The author saw the similar ideas and posts anyway.
    pub confirmed: bool,
}

fn get<'a>(f: &'a [(String, String)], k: &str) -> &'a str {
    f.iter()
        .find(|(n, _)| n == k)
        .map_or("", |(_, v)| v.as_str())
}

impl Draft {
    fn from_form(f: &[(String, String)]) -> Draft {
        let num = |k: &str| {
            get(f, k)
                .trim()
                .parse::<f64>()
                .ok()
                .filter(|x| x.is_finite())
        };
        Draft {
            title: get(f, "title").to_string(),
            text: get(f, "text").to_string(),
            category: get(f, "category").to_string(),
            lang: get(f, "lang").to_string(),
            author: get(f, "author").to_string(),
            point: num("lat").zip(num("lon")),
            channel: get(f, "channel").to_string(),
            event: get(f, "event").to_string(),
            confirmed: get(f, "confirm") == "1",
        }
    }
}

/// The idea form with the map; `similar` lists `(id, title)` of similar ideas found by the
/// duplicate check.
pub async fn idea_form_section(
    state: &AppState,
    ctx: &Ctx,
    l: &Loaded,
    v: &Draft,
    errors: &FieldErrors,
    similar: Option<&[(i64, String)]>,
) -> AppResult<Markup> {
    let staff = manages(ctx, &l.d);
    let open = l.allows(Action::PostIdea);
    if ctx.identity.is_none() {
        return Ok(html! {
            section aria-labelledby="post-h" { h2 id="post-h" { (ctx.t("participation-post")) }
                p { a href={ "/login?next=/dialogues/" (l.d.id) } { (ctx.t("participation-login-to-post")) } } }
        });
    }
    if !open && !staff {
        return Ok(
            html! { section aria-labelledby="post-h" { h2 id="post-h" { (ctx.t("participation-post")) } p { (ctx.t("participation-closed")) } } },
        );
    }
    let places = super::places(state, &l.d).await?;
    let shapes = shapes(state, &l.d).await?;
    let fr = frame(&shapes);
    let cats = l.d.category_list();
    let lang = if v.lang.is_empty() {
        ctx.lang.code().to_string()
    } else {
        v.lang.clone()
    };
    let map_src = match v.point {
        Some((lat, lon)) => format!("/dialogues/{}/map.svg?lat={lat}&lon={lon}", l.d.id),
        None => format!("/dialogues/{}/map.svg", l.d.id),
    };
    Ok(html! {
        section aria-labelledby="post-h" id="post" {
            h2 id="post-h" { (ctx.t("participation-post")) }
            (error_summary(ctx, errors))
            @if let Some(sim) = similar {
                div class="pm-similar" role="status" {
                    h3 { (ctx.t("participation-similar-title")) }
                    p { (ctx.t("participation-similar-hint")) }
                    ul { @for (id, t) in sim { li { a href={ "/ideas/" (id) } { span dir="auto" { (t) } } } } }
                }
            }
            form method="post" action={ "/dialogues/" (l.d.id) "/ideas#post" } class="pm-form" {
                (csrf(ctx))
                @if similar.is_some() { input type="hidden" name="confirm" value="1"; }
                (crate::ui::forms::field(crate::ui::forms::Field { name: "title", label: ctx.t("participation-field-title"), kind: "text", value: &v.title, autocomplete: "off", required: true, hint: None }, errors))
                (crate::ui::forms::textarea("text", ctx.t("participation-field-text"), &v.text, Some(ctx.t("participation-text-hint")), errors))
                @if !cats.is_empty() {
                    @let opts: Vec<(String, String)> = std::iter::once((String::new(), ctx.t("participation-no-category"))).chain(cats.iter().map(|c| (c.clone(), c.clone()))).collect();
                    (crate::ui::forms::select("category", ctx.t("participation-field-category"), &opts, &v.category, None, errors))
                }
                @let lopts: Vec<(String, String)> = TEXT_LANGS.iter().map(|c| (c.to_string(), quartier_i18n::Lang::parse(c).map_or(c.to_string(), |l| l.native_name().to_string()))).collect();
                (crate::ui::forms::select("lang", ctx.t("participation-field-lang"), &lopts, &lang, None, errors))
                (crate::ui::forms::field(crate::ui::forms::Field { name: "author", label: ctx.t(if staff { "participation-field-author-staff" } else { "participation-field-author" }), kind: "text", value: &v.author, autocomplete: "nickname", required: false, hint: Some(ctx.t(if staff { "participation-author-staff-hint" } else { "participation-author-hint" })) }, errors))
                @if staff {
                    @let copts: Vec<(String, String)> = Channel::ALL.iter().map(|c| (c.as_str().to_string(), ctx.t(&format!("participation-channel-{}", c.as_str())))).collect();
                    (crate::ui::forms::select("channel", ctx.t("participation-field-channel"), &copts, if v.channel.is_empty() { "online" } else { &v.channel }, None, errors))
                    (crate::ui::forms::field(crate::ui::forms::Field { name: "event", label: ctx.t("participation-field-event"), kind: "text", value: &v.event, autocomplete: "off", required: false, hint: None }, errors))
                }
                fieldset class={ "pm-place" @if errors.get("place").is_some() { " field-error" } } id="f-place" {
                    legend { (ctx.t("participation-field-place")) }
                    @if let Some(e) = errors.get("place") { p class="error" { (e) } }
                    @if let Some((lat, lon)) = v.point {
                        p role="status" { (ctx.t("participation-place-chosen")) " " span dir="ltr" { (format!("{lat:.5}, {lon:.5}")) } }
                        input type="hidden" name="lat" value=(lat);
                        input type="hidden" name="lon" value=(lon);
                    }
                    @if let Some(f) = fr {
                        p class="hint" id="map-hint" { (ctx.t("participation-map-hint")) }
                        div class="pm-map" {
                            input type="image" name="map" src=(map_src) width=(MAP_WIDTH) height=(f.height)
                                alt=(ctx.t("participation-map-alt")) aria-describedby="map-hint";
                        }
                    }
                    @if !places.is_empty() {
                        div class="field" {
                            label for="f-named" { (ctx.t("participation-named-place")) }
                            select id="f-named" name="named_place" {
                                option value="" { (ctx.t("participation-no-place")) }
                                @for p in &places { option value=(p.id) { (p.name) } }
                            }
                        }
                    }
                    @if v.point.is_some() {
                        label class="check" { input type="checkbox" name="clear_place" value="1"; " " (ctx.t("participation-clear-place")) }
                    }
                }
                button type="submit" name="action" value="post" {
                    (ctx.t(if similar.is_some() { "participation-post-anyway" } else { "participation-post-button" }))
                }
            }
        }
    })
}

/// Resolves the place fields of the form: a click on the map, a named place, the kept
/// point, or none. `Ok(true)` when the request was only a map click.
async fn resolve_place(
    state: &AppState,
    l: &Loaded,
    f: &[(String, String)],
    d: &mut Draft,
) -> AppResult<Result<bool, InputError>> {
    let shapes = shapes(state, &l.d).await?;
    if get(f, "clear_place") == "1" {
        d.point = None;
    }
    let (mx, my) = (get(f, "map.x"), get(f, "map.y"));
    if !mx.is_empty() || !my.is_empty() {
        let (Ok(x), Ok(y)) = (mx.parse::<f64>(), my.parse::<f64>()) else {
            return Ok(Err(InputError::InvalidCoordinate));
        };
        let Some(p) = frame(&shapes).and_then(|fr| fr.from_pixel(x, y)) else {
            return Ok(Err(InputError::InvalidCoordinate));
        };
        if !place_ok(&shapes, p.0, p.1) {
            d.point = None;
            return Ok(Err(InputError::OutsideQuarter));
        }
        d.point = Some(p);
        return Ok(Ok(true));
    }
    let named = get(f, "named_place");
    if !named.is_empty() {
        let places = super::places(state, &l.d).await?;
        match places.iter().find(|p| p.id.to_string() == named) {
            Some(p) => d.point = Some((p.lat, p.lon)),
            None => return Ok(Err(InputError::InvalidCoordinate)),
        }
    }
    if let Some((lat, lon)) = d.point {
        if check_point(lat, lon).is_err() {
            return Ok(Err(InputError::InvalidCoordinate));
        }
        if !place_ok(&shapes, lat, lon) {
            return Ok(Err(InputError::OutsideQuarter));
        }
    }
    Ok(Ok(false))
}

async fn form_page(
    state: &AppState,
    ctx: &Ctx,
    l: &Loaded,
    d: &Draft,
    errors: &FieldErrors,
    similar: Option<&[(i64, String)]>,
) -> AppResult<Markup> {
    let section = idea_form_section(state, ctx, l, d, errors, similar).await?;
    let body = html! { (super::pages::dialogue_nav(ctx, l)) (section) };
    Ok(layout::page(
        ctx,
        &ctx.ta(
            "participation-post-in",
            &[("title", l.d.title.clone().into())],
        ),
        body,
    ))
}

/// The name shown for the signed-in user's own post: the given pseudonym, else the
/// account's pseudonym when chosen, else the display name.
fn own_name(ctx: &Ctx, given: &str) -> String {
    let given = given.trim();
    if !given.is_empty() {
        return given.to_string();
    }
    ctx.identity.as_ref().map_or(String::new(), |i| {
        match (&i.user.pseudonym, i.user.show_pseudonym) {
            (Some(p), 1) if !p.trim().is_empty() => p.clone(),
            _ => i.user.display_name.clone(),
        }
    })
}

/// Checks the per-address and per-account posting limits.
pub async fn check_rate(
    state: &AppState,
    ctx: &Ctx,
    client: &ClientAddr,
    comments: bool,
) -> AppResult<()> {
    if !state.limiter.check("participation-post", &client.0) {
        return Err(AppError::RateLimited);
    }
    let uid = ctx.require_user()?.user.id;
    let since = quartier_db::now() - 3600;
    let n = if comments {
        state.db.comments_by_user_since(uid, since).await?
    } else {
        state.db.ideas_by_user_since(uid, since).await?
    };
    if n >= POSTS_PER_HOUR {
        return Err(AppError::RateLimited);
    }
    Ok(())
}

/// `POST /dialogues/{id}/ideas` — a map click (re-renders the form with the place), the
/// duplicate check (re-renders with similar ideas) or posting.
pub async fn create_idea(
    State(state): State<AppState>,
    ctx: Ctx,
    client: ClientAddr,
    Path(id): Path<i64>,
    Form(f): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let l = load(&state, &ctx, id).await?;
    let user = ctx.require_user()?.clone();
    let staff = manages(&ctx, &l.d);
    if !staff && !l.allows(Action::PostIdea) {
        return Err(AppError::Forbidden);
    }
    let mut d = Draft::from_form(&f);
    let mut errors = FieldErrors::default();
    match resolve_place(&state, &l, &f, &mut d).await? {
        Ok(true) => {
            return Ok(form_page(&state, &ctx, &l, &d, &errors, None)
                .await?
                .into_response());
        }
        Ok(false) => {}
        Err(e) => errors.add("place", input_message(&ctx, &e)),
    }
    let limits = Limits::default();
    let checked = validate_idea(
        &IdeaDraft {
            title: &d.title,
            text: &d.text,
            category: &d.category,
            lang: &d.lang,
            author: &d.author,
        },
        &l.d.category_list(),
        &words(),
        &limits,
    );
    let channel = if staff {
        match Channel::parse(if d.channel.is_empty() {
            "online"
        } else {
            &d.channel
        }) {
            Some(c) => c,
            None => {
                errors.add("channel", ctx.t("participation-error-channel"));
                Channel::Online
            }
        }
    } else {
        Channel::Online
    };
    let event = match check_text(Field::Author, &d.event, limits.author, true, &words()) {
        Ok(e) => e,
        Err(e) => {
            errors.add("event", input_message(&ctx, &e));
            String::new()
        }
    };
    let input = match checked {
        Ok(i) => Some(i),
        Err(list) => {
            for e in &list {
                errors.add(e.field().as_str(), input_message(&ctx, e));
            }
            None
        }
    };
    let Some(input) = input.filter(|_| errors.is_empty()) else {
        return Ok(unprocessable(
            form_page(&state, &ctx, &l, &d, &errors, None).await?,
        ));
    };
    if !d.confirmed {
        let texts = state.db.idea_texts(l.d.id).await?;
        let draft_text = format!("{} {}", input.title, input.text);
        let joined: Vec<(i64, String)> = texts
            .iter()
            .map(|(id, t, x)| (*id, format!("{t} {x}")))
            .collect();
        let hits = suggest(
            &draft_text,
            joined.iter().map(|(id, t)| (*id, t.as_str())),
            SUGGEST_THRESHOLD,
            5,
        );
        if !hits.is_empty() {
            let similar: Vec<(i64, String)> = hits
                .iter()
                .filter_map(|(id, _)| {
                    texts
                        .iter()
                        .find(|t| t.0 == *id)
                        .map(|t| (t.0, t.1.clone()))
                })
                .collect();
            return Ok(form_page(&state, &ctx, &l, &d, &errors, Some(&similar))
                .await?
                .into_response());
        }
    }
    check_rate(&state, &ctx, &client, false).await?;
    let on_behalf = staff && channel.is_analog();
    let new = NewIdea {
        dialogue_id: l.d.id,
        title: input.title,
        text: input.text,
        category: input.category,
        lang: input.lang,
        photo: None,
        point: d.point,
        author_user_id: (!on_behalf).then_some(user.user.id),
        author_name: if on_behalf {
            input.author.unwrap_or_default()
        } else {
            own_name(&ctx, input.author.as_deref().unwrap_or(""))
        },
        channel: channel.as_str().to_string(),
        recorded_by: on_behalf.then_some(user.user.id),
        event,
        status: "new".into(),
        created_at: quartier_db::now(),
    };
    let idea_id = state.db.insert_idea(&new).await?;
    state
        .db
        .audit(
            Some(user.user.id),
            &user.user.email,
            "idea.create",
            &format!("idea:{idea_id}"),
            channel.as_str(),
        )
        .await?;
    Ok(see_other(&format!("/ideas/{idea_id}")))
}

/// The comment (or reply) form.
pub fn comment_form(ctx: &Ctx, idea_id: i64, parent: Option<i64>) -> Markup {
    let id = match parent {
        Some(p) => format!("reply-{p}"),
        None => "comment-new".to_string(),
    };
    html! {
        form method="post" action={ "/ideas/" (idea_id) "/comments" } class="pm-comment-form" id=(id) {
            (csrf(ctx))
            @if let Some(p) = parent { input type="hidden" name="parent_id" value=(p); }
            div class="field" {
                label for={ (id) "-text" } { (ctx.t(if parent.is_some() { "participation-your-reply" } else { "participation-your-comment" })) }
                textarea id={ (id) "-text" } name="text" rows="3" required {}
            }
            button type="submit" { (ctx.t(if parent.is_some() { "participation-reply" } else { "participation-comment" })) }
        }
    }
}

/// `POST /ideas/{id}/comments`
pub async fn create_comment(
    State(state): State<AppState>,
    ctx: Ctx,
    client: ClientAddr,
    Path(id): Path<i64>,
    Form(f): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (i, l) = load_idea(&state, &ctx, id).await?;
    let user = ctx.require_user()?.clone();
    let staff = manages(&ctx, &l.d);
    if i.is_hidden() || (!staff && !l.allows(Action::Comment)) {
        return Err(AppError::Forbidden);
    }
    let parent_id = match get(&f, "parent_id") {
        "" => None,
        p => Some(
            p.parse::<i64>()
                .map_err(|_| AppError::BadRequest("parent_id".into()))?,
        ),
    };
    let text = match validate_comment(get(&f, "text"), &words(), &Limits::default()) {
        Ok(t) => t,
        Err(e) => {
            let mut errors = FieldErrors::default();
            errors.add("text", input_message(&ctx, &e));
            let body = html! {
                (error_summary(&ctx, &errors))
                p { a href={ "/ideas/" (i.id) } { (i.title) } }
                (comment_form(&ctx, i.id, parent_id))
            };
            return Ok(unprocessable(layout::page(
                &ctx,
                &ctx.t("participation-comment"),
                body,
            )));
        }
    };
    check_rate(&state, &ctx, &client, true).await?;
    let new = NewComment {
        idea_id: i.id,
        parent_id,
        text,
        lang: ctx.lang.code().to_string(),
        author_user_id: Some(user.user.id),
        author_name: own_name(&ctx, ""),
        channel: Channel::Online.as_str().into(),
        recorded_by: None,
        created_at: quartier_db::now(),
    };
    let cid = match state.db.insert_comment(&new).await {
        Ok(c) => c,
        Err(quartier_db::DbError::NotFound) => {
            return Err(AppError::BadRequest(
                "parent_id: not a comment of this idea that can be replied to".into(),
            ));
        }
        Err(e) => return Err(e.into()),
    };
    Ok(see_other(&format!("/ideas/{}#c{cid}", i.id)))
}

/// `POST /ideas/{id}/support` (`on` = 1 to support, 0 to withdraw)
pub async fn support(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(f): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (i, l) = load_idea(&state, &ctx, id).await?;
    let uid = ctx.require_user()?.user.id;
    if i.is_hidden() || !l.allows(Action::Support) {
        return Err(AppError::Forbidden);
    }
    if get(&f, "on") == "0" {
        state.db.unsupport_idea(i.id, uid).await?;
    } else {
        state.db.support_idea(i.id, uid, quartier_db::now()).await?;
    }
    Ok(see_other(&format!("/ideas/{}", i.id)))
}

/// `POST /ideas/{id}/follow` (`on` = 1 to follow, 0 to stop)
pub async fn follow(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(f): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let i = state.db.idea(id).await?.ok_or(AppError::NotFound)?;
    load(&state, &ctx, i.dialogue_id).await?;
    let uid = ctx.require_user()?.user.id;
    state
        .db
        .set_follow(i.id, uid, get(&f, "on") != "0", quartier_db::now())
        .await?;
    Ok(see_other(&format!("/ideas/{}", i.id)))
}

/// The report form (for the idea or one comment).
pub fn report_form(ctx: &Ctx, idea_id: i64, comment: Option<i64>) -> Markup {
    let id = format!("report-{}", comment.unwrap_or(0));
    html! {
        form method="post" action={ "/ideas/" (idea_id) "/report" } class="pm-report" id=(id) {
            (csrf(ctx))
            @if let Some(c) = comment { input type="hidden" name="comment_id" value=(c); }
            div class="field" {
                label for={ (id) "-reason" } { (ctx.t("participation-report-reason")) }
                input type="text" id={ (id) "-reason" } name="reason" required;
            }
            button type="submit" { (ctx.t("participation-report")) }
        }
    }
}

/// `POST /ideas/{id}/report`
pub async fn report(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(f): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (i, l) = load_idea(&state, &ctx, id).await?;
    let uid = ctx.require_user()?.user.id;
    let comment_id = match get(&f, "comment_id") {
        "" => None,
        c => {
            let cid = c
                .parse::<i64>()
                .map_err(|_| AppError::BadRequest("comment_id".into()))?;
            let com = state.db.comment(cid).await?.ok_or(AppError::NotFound)?;
            if com.idea_id != i.id {
                return Err(AppError::NotFound);
            }
            Some(cid)
        }
    };
    let reason = match check_text(
        Field::Reason,
        get(&f, "reason"),
        Limits::default().reason,
        false,
        &WordList::default(),
    ) {
        Ok(r) => r,
        Err(e) => {
            let mut errors = FieldErrors::default();
            errors.add("reason", input_message(&ctx, &e));
            let body =
                html! { (error_summary(&ctx, &errors)) (report_form(&ctx, i.id, comment_id)) };
            return Ok(unprocessable(layout::page(
                &ctx,
                &ctx.t("participation-report"),
                body,
            )));
        }
    };
    state
        .db
        .report_contribution(
            l.d.id,
            i.id,
            comment_id,
            &reason,
            Some(uid),
            quartier_db::now(),
        )
        .await?;
    let body = html! {
        p role="status" { (ctx.t("participation-reported")) }
        p { a href={ "/ideas/" (i.id) } { (ctx.t("participation-back-to-idea")) } }
    };
    Ok(layout::page(&ctx, &ctx.t("participation-report"), body).into_response())
}
