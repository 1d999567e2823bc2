//! The insiders' part of a session page: case presentations in the fixed
//! template, decisions, follow-up tasks and minutes, with the editors' forms.

use std::collections::HashMap;

use maud::{Markup, html};
use quartier_db::lernwerkstatt::Session;
use quartier_db::monitoring::city::Quarter;
use quartier_rules::lernwerkstatt::TaskStatus;

use super::sessions::overdue;
use crate::error::AppResult;
use crate::ui::fmt::de;
use crate::ui::forms;
use crate::{AppState, Ctx};

const CASE_FIELDS: [&str; 5] = ["problem", "approach", "resources", "result", "lessons"];

fn textarea(ctx: &Ctx, prefix: &str, name: &str, label_key: &str, rows: u8) -> Markup {
    let id = format!("f-{prefix}-{name}");
    html! {
        div class="field" {
            label for=(id) { (ctx.t(label_key)) }
            textarea id=(id) name=(name) rows=(rows) required {}
        }
    }
}

fn input(ctx: &Ctx, prefix: &str, name: &str, label_key: &str, kind: &str) -> Markup {
    let id = format!("f-{prefix}-{name}");
    html! {
        div class="field" {
            label for=(id) { (ctx.t(label_key)) }
            input id=(id) name=(name) type=(kind) required;
        }
    }
}

/// Cases, decisions, tasks and minutes of session `s` for an insider.
pub(crate) async fn internal(
    state: &AppState,
    ctx: &Ctx,
    s: &Session,
    editor: bool,
    quarters: &HashMap<i64, Quarter>,
    today: &str,
) -> AppResult<Markup> {
    let cases = state.db.workshop_cases(s.id).await?;
    let decisions = state.db.workshop_decisions(s.id).await?;
    let tasks = state.db.workshop_tasks(s.id).await?;
    let id = s.id;
    Ok(html! {
        h2 id="cases" { (ctx.t("lernwerkstatt-cases")) }
        @for c in &cases {
            article class="card" id={ "case-" (c.id) } {
                h3 { (de(&c.title)) }
                p { (ctx.t("lernwerkstatt-presenter")) ": " (de(&c.presenter))
                    @if let Some(q) = c.quarter_id.and_then(|q| quarters.get(&q)) { " (" (q.name) ")" } }
                dl {
                    @for (f, v) in CASE_FIELDS.iter().zip([&c.problem, &c.approach, &c.resources, &c.result, &c.lessons]) {
                        dt { (ctx.t(&format!("lernwerkstatt-case-{f}"))) } dd { (de(v)) }
                    }
                }
            }
        }
        @if cases.is_empty() { p { (ctx.t("lernwerkstatt-none")) } }
        @if editor {
            details {
                summary { (ctx.t("lernwerkstatt-add-case")) }
                form method="post" action={ "/workshops/" (id) "/cases" } {
                    (forms::csrf(ctx))
                    (input(ctx, "case", "title", "lernwerkstatt-f-title", "text"))
                    (input(ctx, "case", "presenter", "lernwerkstatt-presenter", "text"))
                    @for f in CASE_FIELDS { (textarea(ctx, "case", f, &format!("lernwerkstatt-case-{f}"), 3)) }
                    button type="submit" { (ctx.t("lernwerkstatt-save")) }
                }
            }
        }
        h2 id="decisions" { (ctx.t("lernwerkstatt-decisions")) }
        ol { @for d in &decisions { li { (de(&d.text)) } } }
        @if editor {
            form method="post" action={ "/workshops/" (id) "/decisions" } {
                (forms::csrf(ctx))
                (textarea(ctx, "decision", "text", "lernwerkstatt-decision", 2))
                button type="submit" { (ctx.t("lernwerkstatt-save")) }
            }
        }
        h2 id="tasks" { (ctx.t("lernwerkstatt-tasks")) }
        div class="table-wrap" {
            table {
                thead { tr {
                    th scope="col" { (ctx.t("lernwerkstatt-f-title")) }
                    th scope="col" { (ctx.t("lernwerkstatt-owner")) }
                    th scope="col" { (ctx.t("lernwerkstatt-due")) }
                    th scope="col" { (ctx.t("lernwerkstatt-status")) }
                } }
                tbody { @for t in &tasks {
                    tr id={ "task-" (t.id) } {
                        td { (de(&t.title)) }
                        td { (de(&t.owner)) }
                        td { time dir="ltr" { (t.due_on) } @if overdue(&t.status, &t.due_on, today) { " " strong class="badge-warn" { (ctx.t("lernwerkstatt-overdue")) } } }
                        td {
                            form method="post" action={ "/workshops/tasks/" (t.id) } class="inline-form" {
                                (forms::csrf(ctx))
                                label class="visually-hidden" for={ "f-task-" (t.id) } { (ctx.t("lernwerkstatt-status")) }
                                select id={ "f-task-" (t.id) } name="status" {
                                    @for st in TaskStatus::ALL { option value=(st.as_str()) selected[st.as_str() == t.status] { (ctx.t(&format!("lernwerkstatt-task-{}", st.as_str()))) } }
                                }
                                label { input type="checkbox" name="take" value="1"; " " (ctx.t("lernwerkstatt-take")) }
                                button type="submit" { (ctx.t("lernwerkstatt-save")) }
                            }
                        }
                    }
                } }
            }
        }
        @if editor {
            details {
                summary { (ctx.t("lernwerkstatt-add-task")) }
                form method="post" action={ "/workshops/" (id) "/tasks" } {
                    (forms::csrf(ctx))
                    (input(ctx, "task", "title", "lernwerkstatt-f-title", "text"))
                    (input(ctx, "task", "owner", "lernwerkstatt-owner", "text"))
                    (input(ctx, "task", "due_on", "lernwerkstatt-due", "date"))
                    button type="submit" { (ctx.t("lernwerkstatt-save")) }
                }
            }
        }
        h2 id="minutes" { (ctx.t("lernwerkstatt-minutes")) }
        @for para in s.minutes.split("\n\n").filter(|p| !p.trim().is_empty()) { p { (de(para)) } }
        p { a href={ "/workshops/" (id) "/minutes" } { (ctx.t("lernwerkstatt-print")) } }
        @if editor {
            form method="post" action={ "/workshops/" (id) "/minutes" } {
                (forms::csrf(ctx))
                div class="field" {
                    label for="f-minutes" { (ctx.t("lernwerkstatt-minutes")) }
                    textarea id="f-minutes" name="minutes" rows="8" { (s.minutes) }
                }
                label { input type="checkbox" name="published" value="1" checked[s.minutes_published == 1]; " " (ctx.t("lernwerkstatt-publish-minutes")) }
                button type="submit" { (ctx.t("lernwerkstatt-save")) }
            }
        }
    })
}
