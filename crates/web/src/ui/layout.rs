//! The page shell: skip link, landmarks, navigation by role, language switcher,
//! fictional-city notice, footer.

use axum::http::StatusCode;
use maud::{DOCTYPE, Markup, html};
use quartier_i18n::Lang;

use crate::Ctx;
use crate::ui::forms::urlencode;

/// A full page with `title` as `<title>` and `<h1>`.
pub fn page(ctx: &Ctx, title: &str, body: Markup) -> Markup {
    let lang = ctx.lang;
    let fictional = ctx.city.as_ref().is_some_and(|c| c.fictional == 1);
    html! {
        (DOCTYPE)
        html lang=(lang.code()) dir=(lang.dir()) {
            (head(lang, title))
            body {
                a class="skip-link" href="#main" { (lang.t("skip-to-content")) }
                header class="site-header" {
                    div class="bar" {
                        a class="brand" href="/" {
                            span class="brand-name" { "Quartier" }
                            @if let Some(c) = &ctx.city { span class="brand-city" { (c.name) } }
                        }
                        nav class="main-nav" aria-label=(lang.t("nav-main-label")) {
                            ul {
                                li { a href="/" { (lang.t("nav-home")) } }
                                li { a href="/quarters" { (lang.t("nav-quarters")) } }
                                li { a href="/areas" { (lang.t("nav-areas")) } }
                                li { a href="/monitoring" { (lang.t("nav-monitoring")) } }
                                li { a href="/decisions" { (lang.t("nav-decisions")) } }
                                li { a href="/directory" { (lang.t("civic-nav-directory")) } }
                                li { a href="/calendar" { (lang.t("civic-nav-calendar")) } }
                                li { a href="/workshops" { (lang.t("lernwerkstatt-nav")) } }
                                @match &ctx.identity {
                                    Some(id) => {
                                        @if id.is_admin() || id.has_role(quartier_db::platform::accounts::Role::Lead) { li { a href="/admin" { (lang.t("nav-admin")) } } }
                                        li { a href="/account" { (lang.t("nav-account")) } }
                                        li {
                                            form method="post" action="/logout" class="inline" {
                                                input type="hidden" name="csrf" value=(ctx.csrf);
                                                button type="submit" class="link" { (lang.t("nav-logout")) }
                                            }
                                        }
                                    }
                                    None => {
                                        li { a href={ "/login?next=" (urlencode(&ctx.here)) } { (lang.t("nav-login")) } }
                                        li { a href="/register" { (lang.t("nav-register")) } }
                                    }
                                }
                            }
                        }
                    }
                    (language_switcher(lang, &ctx.here))
                    @if ctx.cities.len() > 1 { (city_switcher(ctx)) }
                    @if fictional {
                        p class="fictional-notice" { strong { (lang.t("fictional-label")) } " " (lang.t("fictional-notice")) }
                    }
                }
                main id="main" tabindex="-1" {
                    h1 { (title) }
                    (body)
                }
                (footer(lang))
            }
        }
    }
}

/// The document head: charset, viewport, title, stylesheet, script.
pub(crate) fn head(lang: Lang, title: &str) -> Markup {
    html! {
        head {
            meta charset="utf-8";
            meta name="viewport" content="width=device-width, initial-scale=1";
            title { (title) " – Quartier" }
            link rel="stylesheet" href="/static/app.css";
            script src="/static/app.js" defer {}
            meta name="description" content=(lang.t("meta-description"));
            meta name="confirm-text" content=(lang.t("confirm-danger"));
        }
    }
}

fn language_switcher(current: Lang, here: &str) -> Markup {
    html! {
        nav class="lang-nav" aria-label=(current.t("nav-language-label")) {
            ul {
                @for l in Lang::ALL {
                    li {
                        @if l == current {
                            span lang=(l.code()) dir=(l.dir()) aria-current="true" { (l.native_name()) }
                        } @else {
                            a lang=(l.code()) dir=(l.dir()) hreflang=(l.code())
                              href={ "/lang?to=" (l.code()) "&next=" (urlencode(here)) } { (l.native_name()) }
                        }
                    }
                }
            }
        }
    }
}

fn city_switcher(ctx: &Ctx) -> Markup {
    let current = ctx.city.as_ref().map(|c| c.id);
    html! {
        nav class="lang-nav city-nav" aria-label=(ctx.t("nav-city-label")) {
            ul {
                @for c in ctx.cities.iter() {
                    li {
                        @if Some(c.id) == current {
                            span aria-current="true" { (c.name) }
                        } @else {
                            a href={ "/city?to=" (urlencode(&c.slug)) "&next=" (urlencode(&ctx.here)) } { (c.name) }
                        }
                    }
                }
            }
        }
    }
}

fn footer(lang: Lang) -> Markup {
    html! {
        footer class="site-footer" {
            p { (lang.t("footer-about")) }
            ul class="footer-links" {
                li { a href="/about" { (lang.t("nav-about")) } }
                li { a href="/api/v1/openapi.json" { (lang.t("footer-api")) } }
            }
        }
    }
}

/// The error page (403, 404, 429, 500 …) in the user's language, without
/// anything that needs the database.
pub fn error_page(lang: Lang, status: StatusCode) -> Markup {
    let key = match status.as_u16() {
        403 => "error-403",
        404 | 405 => "error-404",
        429 => "error-429",
        400 | 413 | 422 => "error-400",
        _ => "error-500",
    };
    let title = lang.t(&format!("{key}-title"));
    html! {
        (DOCTYPE)
        html lang=(lang.code()) dir=(lang.dir()) {
            (head(lang, &title))
            body {
                a class="skip-link" href="#main" { (lang.t("skip-to-content")) }
                header class="site-header" {
                    div class="bar" {
                        a class="brand" href="/" { span class="brand-name" { "Quartier" } }
                    }
                }
                main id="main" tabindex="-1" {
                    h1 { (title) }
                    p { (lang.t(&format!("{key}-text"))) }
                    p class="status-code" { (lang.t("error-code")) " " (status.as_u16()) }
                    p { a href="/" { (lang.t("error-home")) } }
                }
                (footer(lang))
            }
        }
    }
}
