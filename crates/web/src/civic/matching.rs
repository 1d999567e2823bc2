//! The matching page: offer suggestions for each need of a quarter with the
//! reasons shown (the ranking is a rule in `quartier_rules::civic::matching`).

use axum::extract::{Path, State};
use maud::{Markup, html};
use quartier_db::civic::Side;
use quartier_rules::civic::{Reason, suggest};

use crate::civic::common::{lang_name, manages, quarter, quarter_nav};
use crate::civic::items::item_title;
use crate::error::{AppError, AppResult};
use crate::ui::fmt::{de, fmt_num};
use crate::{AppState, Ctx, ui::layout};

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
