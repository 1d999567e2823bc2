//! Page parts shared by the participation pages: status, channel, author line, idea
//! cards, the pager of the idea list.

use maud::{Markup, html};
use quartier_db::participation::Idea;
use quartier_rules::participation::listing::{IdeaQuery, page_count};
use quartier_rules::participation::status::{AnswerState, answer_state};

use crate::Ctx;
use crate::ui::fmt::time_el;
use crate::ui::forms::urlencode;

/// The status as a badge.
pub fn status_badge(ctx: &Ctx, status: &str) -> Markup {
    html! { span class={ "badge pm-status pm-status-" (status) } { (ctx.t(&format!("participation-status-{status}"))) } }
}

/// The channel's name.
pub fn channel_name(ctx: &Ctx, channel: &str) -> String {
    ctx.t(&format!("participation-channel-{channel}"))
}

/// Who posted it, how and when ("Anna · paper card · 2024-05-03").
pub fn byline(ctx: &Ctx, author: &str, channel: &str, created: i64) -> Markup {
    html! {
        span class="pm-byline" {
            @if author.is_empty() { (ctx.t("participation-anonymous")) } @else { bdi { (author) } }
            " · " (channel_name(ctx, channel)) " · " (time_el(created))
        }
    }
}

/// The user-given text in its own language and direction.
pub fn user_text(lang: &str, text: &str) -> Markup {
    html! { span lang=(lang) dir="auto" { (text) } }
}

/// Where an idea stands with the duty to answer, in words.
pub fn answer_note(ctx: &Ctx, i: &Idea, days: i64) -> Markup {
    match answer_state(i.created_at, i.answered_at, quartier_db::now(), days) {
        AnswerState::Answered { .. } => html! {},
        AnswerState::Pending { age_days, .. } => {
            html! { span class="pm-age" { (ctx.ta("participation-age", &[("days", age_days.into())])) } }
        }
        AnswerState::Overdue { age_days, .. } => html! {
            span class="pm-age pm-overdue" { (ctx.ta("participation-overdue", &[("days", age_days.into())])) }
        },
    }
}

/// One idea in a list: hidden ones only with the moderation's public reason.
pub fn idea_card(ctx: &Ctx, i: &Idea, answer_days: i64) -> Markup {
    html! {
        li class="card pm-idea" {
            @if let Some(reason) = &i.hidden_reason {
                p class="pm-hidden" { (ctx.ta("participation-hidden-because", &[("reason", reason.clone().into())])) }
            } @else {
                h3 { a href={ "/ideas/" (i.id) } { (user_text(&i.lang, &i.title)) } }
                p class="pm-meta" {
                    (status_badge(ctx, &i.status)) " "
                    @if let Some(c) = &i.category { span class="pm-cat" lang="de" { (c) } " · " }
                    (byline(ctx, &i.author_name, &i.channel, i.created_at))
                }
                p class="pm-counts" {
                    (ctx.ta("participation-supports-n", &[("n", i.supports.into())])) " · "
                    (ctx.ta("participation-comments-n", &[("n", i.comments.into())]))
                    @if i.point().is_some() { " · " (ctx.t("participation-located")) }
                    " " (answer_note(ctx, i, answer_days))
                }
            }
        }
    }
}

/// Link to a page of the idea list with the same filters.
pub fn list_href(dialogue_id: i64, q: &IdeaQuery, page: u32) -> String {
    let mut q = q.clone();
    q.page = page;
    let pairs = q.to_pairs();
    if pairs.is_empty() {
        return format!("/dialogues/{dialogue_id}/ideas");
    }
    let qs: Vec<String> = pairs
        .iter()
        .map(|(k, v)| format!("{k}={}", urlencode(v)))
        .collect();
    format!("/dialogues/{dialogue_id}/ideas?{}", qs.join("&"))
}

/// Previous / next page links of the idea list.
pub fn pager(ctx: &Ctx, dialogue_id: i64, q: &IdeaQuery, total: i64) -> Markup {
    let pages = page_count(total);
    html! {
        @if pages > 1 {
            nav class="pager" aria-label=(ctx.t("participation-pages")) {
                @if q.page > 1 { a href=(list_href(dialogue_id, q, q.page - 1)) rel="prev" { (ctx.t("participation-prev")) } }
                span { (ctx.ta("participation-page-of", &[("page", i64::from(q.page).into()), ("pages", i64::from(pages).into())])) }
                @if q.page < pages { a href=(list_href(dialogue_id, q, q.page + 1)) rel="next" { (ctx.t("participation-next")) } }
            }
        }
    }
}
