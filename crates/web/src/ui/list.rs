//! Lists with filters and pages: the page number from the query, the slice of
//! rows it stands for, the previous/next navigation, filter values checked
//! against their allowed keys, and the link of the current filters.

use maud::{Markup, html};
use serde::Deserialize;

use crate::Ctx;
use crate::ui::forms::urlencode;

/// Rows per page on list pages.
pub const PAGE_SIZE: i64 = 50;

/// Query of a paginated list.
#[derive(Debug, Default, Deserialize)]
pub struct PageQuery {
    /// 1-based page.
    pub page: Option<i64>,
}

/// One page of a list: its number (from 1) and size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paging {
    /// Page number, at least 1.
    pub page: i64,
    /// Rows per page.
    pub size: i64,
}

impl Paging {
    /// The page asked for (missing or below 1 = the first), [`PAGE_SIZE`] rows.
    pub fn new(page: Option<i64>) -> Paging {
        Paging {
            page: page.unwrap_or(1).max(1),
            size: PAGE_SIZE,
        }
    }

    /// Rows to skip.
    pub fn offset(&self) -> i64 {
        (self.page - 1).saturating_mul(self.size)
    }

    /// Rows to take.
    pub fn limit(&self) -> i64 {
        self.size
    }

    /// Number of pages for `total` rows (at least 1).
    pub fn pages(&self, total: i64) -> i64 {
        ((total + self.size - 1) / self.size).max(1)
    }

    /// Previous/next links under a list of `total` rows at `base` (a path, with or
    /// without a query); nothing when everything fits on one page.
    pub fn nav(&self, ctx: &Ctx, base: &str, total: i64) -> Markup {
        let pages = self.pages(total);
        let page = self.page;
        let sep = if base.contains('?') { '&' } else { '?' };
        html! {
            @if pages > 1 {
                nav class="pager" aria-label=(ctx.t("civic-pages")) {
                    @if page > 1 { a href={ (base) (sep) "page=" (page - 1) } rel="prev" { (ctx.t("civic-prev")) } }
                    span { (ctx.ta("civic-page-of", &[("page", page.into()), ("pages", pages.into())])) }
                    @if page < pages { a href={ (base) (sep) "page=" (page + 1) } rel="next" { (ctx.t("civic-next")) } }
                }
            }
        }
    }
}

/// A filter value if it is one of the `allowed` keys, otherwise empty ("any").
pub fn allowed(value: &str, allowed: &[&str]) -> String {
    if allowed.contains(&value) {
        value.to_string()
    } else {
        String::new()
    }
}

/// `path?k=v&…` with every filter (empty ones too), values percent-encoded: the
/// base of the page links, so that paging keeps the filters.
pub fn filter_url(path: &str, filters: &[(&str, &str)]) -> String {
    let q: Vec<String> = filters
        .iter()
        .map(|(k, v)| format!("{k}={}", urlencode(v)))
        .collect();
    format!("{path}?{}", q.join("&"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_and_offsets() {
        let p = Paging::new(Some(3));
        assert_eq!((p.offset(), p.limit()), (100, 50));
        assert_eq!(Paging::new(Some(-2)).page, 1);
        assert_eq!(Paging::new(None).offset(), 0);
        assert_eq!(p.pages(0), 1);
        assert_eq!(p.pages(50), 1);
        assert_eq!(p.pages(51), 2);
    }

    #[test]
    fn filters() {
        assert_eq!(allowed("room", &["room", "course"]), "room");
        assert_eq!(allowed("x", &["room"]), "");
        assert_eq!(
            filter_url("/directory", &[("q", "a b"), ("free", "")]),
            "/directory?q=a%20b&free="
        );
    }
}
