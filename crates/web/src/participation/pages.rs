//! Public pages: the dialogues of a quarter, a dialogue, the idea list, an idea and the
//! accountability page ("what became of your input").

use axum::extract::{Path, RawQuery, State};
use maud::{Markup, html};
use quartier_db::participation::{Comment, Idea};
use quartier_rules::participation::listing::{IdeaQuery, Sort};
use quartier_rules::participation::{Action, Channel, IdeaStatus};
use serde::Deserialize;

use super::views::{byline, idea_card, pager, status_badge, user_text};
use super::{Loaded, load, load_idea, manages};
use crate::error::{AppError, AppResult};
use crate::ui::fmt::{de, time_el};
use crate::ui::layout;
use crate::{AppState, Ctx};

/// `GET /quarters/{slug}/dialogues`
pub async fn quarter_dialogues(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Markup> {
    let city = ctx.require_city()?;
    let q = state
        .db
        .quarter_by_slug(city.id, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let list = state.db.dialogues_of_quarter(q.id).await?;
    let body = html! {
        p { a href={ "/quarters/" (q.slug) } { (de(&q.name)) } }
        @if list.is_empty() {
            p { (ctx.t("participation-no-dialogues")) }
        } @else {
            ul class="cards" {
                @for d in list.iter().filter(|d| d.published == 1) {
                    li class="card" {
                        h2 { a href={ "/dialogues/" (d.id) } { (de(&d.title)) } }
                        @if !d.question.is_empty() { p lang="de" dir="auto" { (d.question) } }
                    }
                }
            }
        }
    };
    Ok(layout::page(
        &ctx,
        &ctx.ta(
            "participation-dialogues-of",
            &[("quarter", q.name.clone().into())],
        ),
        body,
    ))
}

/// Links every dialogue page carries.
pub fn dialogue_nav(ctx: &Ctx, l: &Loaded) -> Markup {
    let id = l.d.id;
    html! {
        nav class="civic-nav" aria-label=(ctx.t("participation-nav-label")) {
            ul {
                li { a href={ "/dialogues/" (id) } { (ctx.t("participation-nav-dialogue")) } }
                li { a href={ "/dialogues/" (id) "/ideas" } { (ctx.t("participation-nav-ideas")) } }
                li { a href={ "/dialogues/" (id) "/results" } { (ctx.t("participation-nav-results")) } }
                @if manages(ctx, &l.d) {
                    li { a href={ "/dialogues/" (id) "/queue" } { (ctx.t("participation-nav-queue")) } }
                    li { a href={ "/dialogues/" (id) "/cards" } { (ctx.t("participation-nav-cards")) } }
                    li { a href={ "/dialogues/" (id) "/import" } { (ctx.t("participation-nav-import")) } }
                }
            }
        }
    }
}

/// `GET /dialogues/{id}`
pub async fn dialogue(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Markup> {
    let l = load(&state, &ctx, id).await?;
    let newest = state.db.newest_ideas(l.d.id, 5).await?;
    let measures = state.db.dialogue_measures(l.d.id).await?;
    let mut measure_rows = Vec::new();
    for m in &measures {
        if let Some(pm) = state.db.plan_measure(*m).await? {
            measure_rows.push(pm);
        }
    }
    let form = super::post::idea_form_section(
        &state,
        &ctx,
        &l,
        &super::post::Draft::default(),
        &Default::default(),
        None,
    )
    .await?;
    let today = quartier_rules::participation::dates::date_of(quartier_db::now());
    let body = html! {
        (dialogue_nav(&ctx, &l))
        @if let Some((_, slug, name)) = &l.quarter {
            p { (ctx.t("participation-quarter")) ": " a href={ "/quarters/" (slug) "/dialogues" } { (de(name)) } }
        }
        @if !l.d.question.is_empty() { p class="lead" lang="de" dir="auto" { (l.d.question) } }
        @if !l.d.description.is_empty() { p lang="de" dir="auto" { (l.d.description) } }
        dl class="facts" {
            @if !l.d.can_decide.is_empty() { dt { (ctx.t("participation-can-decide")) } dd lang="de" dir="auto" { (l.d.can_decide) } }
            @if !l.d.cannot_decide.is_empty() { dt { (ctx.t("participation-cannot-decide")) } dd lang="de" dir="auto" { (l.d.cannot_decide) } }
            @if !l.d.responsible_text.is_empty() { dt { (ctx.t("participation-responsible")) } dd lang="de" dir="auto" { (l.d.responsible_text) } }
            dt { (ctx.t("participation-answer-days")) } dd { (ctx.ta("participation-days-n", &[("n", l.d.answer_days.into())])) }
        }
        h2 { (ctx.t("participation-phases")) }
        div class="table-wrap" {
            table {
                caption { (ctx.t("participation-phases-caption")) }
                thead { tr {
                    th scope="col" { (ctx.t("participation-phase")) }
                    th scope="col" { (ctx.t("participation-level")) }
                    th scope="col" { (ctx.t("participation-dates")) }
                } }
                tbody {
                    @for p in &l.phases {
                        @let running = today.is_some_and(|t| {
                            let s = quartier_rules::participation::dates::parse_date(&p.start_on);
                            let e = quartier_rules::participation::dates::parse_date(&p.end_on);
                            s.zip(e).is_some_and(|(s, e)| s <= t && t <= e)
                        });
                        tr class=[running.then_some("pm-running")] {
                            th scope="row" {
                                (ctx.t(&format!("participation-phase-{}", p.kind))) ": " (de(&p.title))
                                @if running { " " strong { "(" (ctx.t("participation-running")) ")" } }
                            }
                            td { (ctx.t(&format!("participation-level-{}", p.level))) }
                            td dir="ltr" { (p.start_on) " – " (p.end_on) }
                        }
                    }
                }
            }
        }
        @if !measure_rows.is_empty() {
            h2 { (ctx.t("participation-feeds-measures")) }
            ul { @for m in &measure_rows { li { a href={ "/measures/" (m.id) } { (m.code) " " (de(&m.title)) } } } }
        }
        h2 { (ctx.t("participation-newest")) }
        @if newest.is_empty() { p { (ctx.t("participation-no-ideas")) } }
        ul class="cards" { @for i in &newest { (idea_card(&ctx, i, l.d.answer_days)) } }
        p { a href={ "/dialogues/" (l.d.id) "/ideas" } { (ctx.t("participation-all-ideas")) } }
        (form)
    };
    Ok(layout::page(&ctx, &l.d.title, body))
}

/// Query of the idea list (raw, so that bad values can be named).
#[derive(Debug, Deserialize)]
pub struct ListParams(pub Vec<(String, String)>);

/// Reads the list query; an unknown value is a 400 naming the parameter.
pub fn list_query(raw: Option<&str>) -> AppResult<IdeaQuery> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(raw.unwrap_or(""))
        .map_err(|e| AppError::BadRequest(e.to_string()))?;
    IdeaQuery::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .map_err(|e| AppError::BadRequest(e.to_string()))
}

/// `GET /dialogues/{id}/ideas`
pub async fn ideas(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    RawQuery(raw): RawQuery,
) -> AppResult<Markup> {
    let q = list_query(raw.as_deref())?;
    let l = load(&state, &ctx, id).await?;
    let page = state.db.ideas_page(l.d.id, &q).await?;
    let cats = l.d.category_list();
    let body = html! {
        (dialogue_nav(&ctx, &l))
        form method="get" action={ "/dialogues/" (l.d.id) "/ideas" } class="pm-filters" {
            div class="field" {
                label for="f-category" { (ctx.t("participation-field-category")) }
                select id="f-category" name="category" {
                    option value="" { (ctx.t("participation-all")) }
                    @for c in &cats { option value=(c) selected[q.category.as_deref() == Some(c.as_str())] lang="de" { (c) } }
                }
            }
            div class="field" {
                label for="f-status" { (ctx.t("participation-field-status")) }
                select id="f-status" name="status" {
                    option value="" { (ctx.t("participation-all")) }
                    @for s in IdeaStatus::ALL { option value=(s.as_str()) selected[q.status == Some(s)] { (ctx.t(&format!("participation-status-{}", s.as_str()))) } }
                }
            }
            div class="field" {
                label for="f-channel" { (ctx.t("participation-field-channel")) }
                select id="f-channel" name="channel" {
                    option value="" { (ctx.t("participation-all")) }
                    @for c in Channel::ALL { option value=(c.as_str()) selected[q.channel == Some(c)] { (ctx.t(&format!("participation-channel-{}", c.as_str()))) } }
                }
            }
            div class="field" {
                label for="f-sort" { (ctx.t("participation-field-sort")) }
                select id="f-sort" name="sort" {
                    @for s in Sort::ALL { option value=(s.as_str()) selected[q.sort == s] { (ctx.t(&format!("participation-sort-{}", s.as_str()))) } }
                }
            }
            button type="submit" { (ctx.t("participation-filter")) }
        }
        // The count is the heading of the list, so the idea titles (h3) follow an h2.
        h2 class="pm-found" { (ctx.ta("participation-found", &[("n", page.total.into())])) }
        ul class="cards" { @for i in &page.items { (idea_card(&ctx, i, l.d.answer_days)) } }
        (pager(&ctx, l.d.id, &q, page.total))
        @if l.d.quarter_id.is_some() {
            figure class="pm-map-figure" {
                img src={ "/dialogues/" (l.d.id) "/map.svg" } width=(super::map::MAP_WIDTH) alt=(ctx.t("participation-map-of-ideas"));
                figcaption { (ctx.t("participation-map-of-ideas")) }
            }
        }
        p class="pm-downloads" {
            a href={ "/dialogues/" (l.d.id) "/ideas.geojson" } { (ctx.t("participation-geojson")) } " · "
            a href={ "/dialogues/" (l.d.id) "/contributions.csv" } { "CSV" } " · "
            a href={ "/dialogues/" (l.d.id) "/contributions.xlsx" } { "XLSX" }
        }
    };
    Ok(layout::page(
        &ctx,
        &ctx.ta(
            "participation-ideas-of",
            &[("title", l.d.title.clone().into())],
        ),
        body,
    ))
}

/// Query of the idea page: which comment to reply to or report.
#[derive(Debug, Deserialize, Default)]
pub struct IdeaParams {
    /// Show the reply form under this comment.
    pub reply: Option<i64>,
    /// Show the report form for this comment (0: the idea itself).
    pub report: Option<i64>,
}

fn comment_item(
    ctx: &Ctx,
    i: &Idea,
    c: &Comment,
    params: &IdeaParams,
    can_comment: bool,
    staff: bool,
    replies: &[&Comment],
) -> Markup {
    html! {
        li class="pm-comment" id={ "c" (c.id) } {
            @if let Some(r) = &c.hidden_reason {
                p class="pm-hidden" { (ctx.ta("participation-hidden-because", &[("reason", r.clone().into())])) }
            } @else {
                p class="pm-meta" { (byline(ctx, &c.author_name, &c.channel, c.created_at)) }
                p { (user_text(&c.lang, &c.text)) }
                p class="pm-actions" {
                    @if can_comment && c.parent_id.is_none() { a href={ "/ideas/" (i.id) "?reply=" (c.id) "#reply-" (c.id) } { (ctx.t("participation-reply")) } " · " }
                    a href={ "/ideas/" (i.id) "?report=" (c.id) "#report-" (c.id) } { (ctx.t("participation-report")) }
                }
                @if params.report == Some(c.id) { (super::post::report_form(ctx, i.id, Some(c.id))) }
                @if staff { (super::staff::hide_form(ctx, i.id, Some(c.id))) }
            }
            @if params.reply == Some(c.id) && can_comment { (super::post::comment_form(ctx, i.id, Some(c.id))) }
            @if !replies.is_empty() {
                ul class="pm-replies" {
                    @for r in replies { (comment_item(ctx, i, r, params, false, staff, &[])) }
                }
            }
        }
    }
}

/// `GET /ideas/{id}`
pub async fn idea(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    axum::extract::Query(params): axum::extract::Query<IdeaParams>,
) -> AppResult<Markup> {
    let (i, l) = load_idea(&state, &ctx, id).await?;
    let staff = manages(&ctx, &l.d);
    let (comments, answers) =
        tokio::try_join!(state.db.comments_of(i.id), state.db.idea_answers(i.id))?;
    let relation = match &ctx.identity {
        Some(u) => state.db.idea_relation(i.id, u.user.id).await?,
        None => (false, false),
    };
    let measure = match i.measure_id {
        Some(m) => state.db.plan_measure(m).await?,
        None => None,
    };
    let signed_in = ctx.identity.is_some();
    let can_comment = signed_in && (l.allows(Action::Comment) || staff) && !i.is_hidden();
    let can_support = signed_in && l.allows(Action::Support) && !i.is_hidden();
    let top: Vec<&Comment> = comments.iter().filter(|c| c.parent_id.is_none()).collect();
    let title = if i.is_hidden() {
        ctx.t("participation-hidden-title")
    } else {
        i.title.clone()
    };
    let body = html! {
        (dialogue_nav(&ctx, &l))
        p { a href={ "/dialogues/" (l.d.id) } { (de(&l.d.title)) } }
        @if let Some(reason) = &i.hidden_reason {
            p class="pm-hidden" { (ctx.ta("participation-hidden-because", &[("reason", reason.clone().into())])) }
        } @else {
            p class="pm-meta" {
                (status_badge(&ctx, &i.status)) " "
                @if let Some(c) = &i.category { span lang="de" { (c) } " · " }
                (byline(&ctx, &i.author_name, &i.channel, i.created_at))
                @if !i.event.is_empty() { " · " (ctx.t("participation-event")) ": " (de(&i.event)) }
            }
            div class="pm-text" { p { (user_text(&i.lang, &i.text)) } }
            @if let Some((lat, lon)) = i.point() {
                p { (ctx.t("participation-place")) ": " span dir="ltr" { (format!("{lat:.5}, {lon:.5}")) } }
            }
            @if let Some(m) = &measure {
                p class="pm-measure" { (ctx.t("participation-became-measure")) ": " a href={ "/measures/" (m.id) } { (m.code) " " (de(&m.title)) } }
            }
            section aria-labelledby="answer-h" {
                h2 id="answer-h" { (ctx.t("participation-answer")) }
                @match answers.last() {
                    Some(a) => {
                        p class="pm-meta" { (status_badge(&ctx, &a.status)) " " (ctx.ta("participation-answer-by", &[("who", a.author_name.clone().into())])) " " (time_el(a.created_at)) }
                        p lang="de" dir="auto" { (a.text) }
                        @if answers.len() > 1 {
                            details { summary { (ctx.t("participation-answer-history")) }
                                ul { @for a in answers.iter().rev().skip(1) { li { (status_badge(&ctx, &a.status)) " " (time_el(a.created_at)) " " bdi { (a.author_name) } ": " span lang="de" dir="auto" { (a.text) } } } }
                            }
                        }
                    }
                    None => { p { (ctx.t("participation-no-answer-yet")) " " (super::views::answer_note(&ctx, &i, l.d.answer_days)) } }
                }
            }
            div class="pm-buttons" {
                p { (ctx.ta("participation-supports-n", &[("n", i.supports.into())])) }
                @if can_support {
                    form method="post" action={ "/ideas/" (i.id) "/support" } class="inline" {
                        (crate::ui::forms::csrf(&ctx))
                        input type="hidden" name="on" value=(if relation.0 { "0" } else { "1" });
                        button type="submit" { (ctx.t(if relation.0 { "participation-unsupport" } else { "participation-support" })) }
                    }
                }
                @if signed_in {
                    form method="post" action={ "/ideas/" (i.id) "/follow" } class="inline" {
                        (crate::ui::forms::csrf(&ctx))
                        input type="hidden" name="on" value=(if relation.1 { "0" } else { "1" });
                        button type="submit" class="secondary" { (ctx.t(if relation.1 { "participation-unfollow" } else { "participation-follow" })) }
                    }
                } @else {
                    p { a href={ "/login?next=/ideas/" (i.id) } { (ctx.t("participation-login-to-take-part")) } }
                }
                p { a href={ "/ideas/" (i.id) "?report=0#report-0" } { (ctx.t("participation-report-idea")) } }
                @if params.report == Some(0) { (super::post::report_form(&ctx, i.id, None)) }
            }
        }
        @if staff { (super::staff::staff_panel(&state, &ctx, &l, &i).await?) }
        section aria-labelledby="comments-h" {
            h2 id="comments-h" { (ctx.ta("participation-comments-n", &[("n", i.comments.into())])) }
            ol class="pm-comments" {
                @for c in &top {
                    @let replies: Vec<&Comment> = comments.iter().filter(|r| r.parent_id == Some(c.id)).collect();
                    (comment_item(&ctx, &i, c, &params, can_comment, staff, &replies))
                }
            }
            @if can_comment { (super::post::comment_form(&ctx, i.id, None)) }
        }
    };
    Ok(layout::page(&ctx, &title, body))
}

/// `GET /dialogues/{id}/results` — what became of each idea.
pub async fn results(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Markup> {
    let l = load(&state, &ctx, id).await?;
    let (ideas, answers, counts) = tokio::try_join!(
        state.db.all_ideas(l.d.id),
        state.db.latest_answers(l.d.id),
        state.db.idea_counts(l.d.id)
    )?;
    let total = ideas.len() as i64;
    let answered = ideas.iter().filter(|i| i.answered_at.is_some()).count() as i64;
    let by_status = |s: IdeaStatus| {
        counts
            .iter()
            .filter(|c| c.status == s.as_str())
            .map(|c| c.n)
            .sum::<i64>()
    };
    let by_channel = |c: Channel| {
        counts
            .iter()
            .filter(|x| x.channel == c.as_str())
            .map(|x| x.n)
            .sum::<i64>()
    };
    let body = html! {
        (dialogue_nav(&ctx, &l))
        p class="lead" { (ctx.ta("participation-results-summary", &[("total", total.into()), ("answered", answered.into())])) }
        div class="table-wrap" {
            table {
                caption { (ctx.t("participation-by-status")) }
                thead { tr { th scope="col" { (ctx.t("participation-field-status")) } th scope="col" class="num" { (ctx.t("participation-count")) } } }
                tbody { @for s in IdeaStatus::ALL { tr { th scope="row" { (status_badge(&ctx, s.as_str())) } td class="num" { (by_status(s)) } } } }
            }
        }
        div class="table-wrap" {
            table {
                caption { (ctx.t("participation-by-channel")) }
                thead { tr { th scope="col" { (ctx.t("participation-field-channel")) } th scope="col" class="num" { (ctx.t("participation-count")) } } }
                tbody { @for c in Channel::ALL { tr { th scope="row" { (super::views::channel_name(&ctx, c.as_str())) } td class="num" { (by_channel(c)) } } } }
            }
        }
        h2 { (ctx.t("participation-each-idea")) }
        ol class="pm-results" {
            @for i in &ideas {
                li {
                    @if let Some(r) = &i.hidden_reason {
                        span class="pm-hidden" { (ctx.ta("participation-hidden-because", &[("reason", r.clone().into())])) }
                    } @else {
                        a href={ "/ideas/" (i.id) } { (user_text(&i.lang, &i.title)) } " " (status_badge(&ctx, &i.status))
                        @if let Some(a) = answers.iter().find(|a| a.idea_id == i.id) { " – " span lang="de" dir="auto" { (a.text) } }
                        @if let Some(m) = i.measure_id { " · " a href={ "/measures/" (m) } { (ctx.t("participation-to-measure")) } }
                    }
                }
            }
        }
    };
    Ok(layout::page(
        &ctx,
        &ctx.ta(
            "participation-results-of",
            &[("title", l.d.title.clone().into())],
        ),
        body,
    ))
}
