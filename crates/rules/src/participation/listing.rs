//! Sorting and filtering of the idea list (`/dialogues/{id}/ideas?category=…&status=…&
//! channel=…&sort=…&page=…`), 20 ideas per page.

use std::cmp::Ordering;

use thiserror::Error;

use super::{Channel, IdeaStatus};

/// Ideas per page.
pub const PER_PAGE: u32 = 20;

/// The order of the idea list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// Newest first.
    #[default]
    Newest,
    /// Most supports first.
    MostSupported,
    /// Most comments first.
    MostDiscussed,
}

impl Sort {
    /// Every order.
    pub const ALL: [Sort; 3] = [Sort::Newest, Sort::MostSupported, Sort::MostDiscussed];

    /// The query-parameter value.
    pub fn as_str(self) -> &'static str {
        match self {
            Sort::Newest => "newest",
            Sort::MostSupported => "supported",
            Sort::MostDiscussed => "discussed",
        }
    }

    /// Parses the query-parameter value.
    pub fn parse(s: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|k| k.as_str() == s.trim())
    }

    /// The order of two listed ideas; ties go to the newer, then the higher id, so that
    /// pages never overlap.
    pub fn compare(self, a: &Listed, b: &Listed) -> Ordering {
        let primary = match self {
            Sort::Newest => Ordering::Equal,
            Sort::MostSupported => b.supports.cmp(&a.supports),
            Sort::MostDiscussed => b.comments.cmp(&a.comments),
        };
        primary
            .then(b.created.cmp(&a.created))
            .then(b.id.cmp(&a.id))
    }
}

/// The keys an idea is sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Listed {
    /// Id.
    pub id: i64,
    /// Posted (Unix seconds).
    pub created: i64,
    /// Supports.
    pub supports: i64,
    /// Visible comments.
    pub comments: i64,
}

/// A query parameter with a value the list does not know.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{param}: unknown value '{value}'")]
pub struct ListError {
    /// The parameter (`status`, `channel`, `sort`, `page`).
    pub param: &'static str,
    /// The value given.
    pub value: String,
}

/// What the idea list shows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdeaQuery {
    /// Only this category.
    pub category: Option<String>,
    /// Only this status.
    pub status: Option<IdeaStatus>,
    /// Only this channel.
    pub channel: Option<Channel>,
    /// Order.
    pub sort: Sort,
    /// Page, from 1.
    pub page: u32,
}

impl IdeaQuery {
    /// Reads the query parameters; empty values mean "all"; unknown parameters are ignored.
    pub fn from_pairs<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<IdeaQuery, ListError> {
        let mut q = IdeaQuery {
            page: 1,
            ..IdeaQuery::default()
        };
        let err = |param, value: &str| ListError {
            param,
            value: value.to_string(),
        };
        for (k, v) in pairs {
            let v = v.trim();
            if v.is_empty() {
                continue;
            }
            match k {
                "category" => q.category = Some(v.to_string()),
                "status" => q.status = Some(IdeaStatus::parse(v).ok_or_else(|| err("status", v))?),
                "channel" => q.channel = Some(Channel::parse(v).ok_or_else(|| err("channel", v))?),
                "sort" => q.sort = Sort::parse(v).ok_or_else(|| err("sort", v))?,
                "page" => {
                    q.page = v
                        .parse::<u32>()
                        .ok()
                        .filter(|p| (1..=100_000).contains(p))
                        .ok_or_else(|| err("page", v))?
                }
                _ => {}
            }
        }
        Ok(q)
    }

    /// The query as URL parameters for links (page included when above 1), in a fixed order.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if let Some(c) = &self.category {
            out.push(("category", c.clone()));
        }
        if let Some(s) = self.status {
            out.push(("status", s.as_str().to_string()));
        }
        if let Some(c) = self.channel {
            out.push(("channel", c.as_str().to_string()));
        }
        if self.sort != Sort::Newest {
            out.push(("sort", self.sort.as_str().to_string()));
        }
        if self.page > 1 {
            out.push(("page", self.page.to_string()));
        }
        out
    }

    /// Rows to skip for the page.
    pub fn offset(&self) -> i64 {
        i64::from(self.page.saturating_sub(1)) * i64::from(PER_PAGE)
    }

    /// Whether a listed idea passes the filters.
    pub fn matches(&self, category: Option<&str>, status: IdeaStatus, channel: Channel) -> bool {
        self.category.as_deref().is_none_or(|c| category == Some(c))
            && self.status.is_none_or(|s| s == status)
            && self.channel.is_none_or(|c| c == channel)
    }
}

/// Number of pages for `total` ideas (at least one, so that an empty list has a page).
pub fn page_count(total: i64) -> u32 {
    let per = i64::from(PER_PAGE);
    u32::try_from(((total.max(0) + per - 1) / per).max(1)).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn l(id: i64, created: i64, supports: i64, comments: i64) -> Listed {
        Listed {
            id,
            created,
            supports,
            comments,
        }
    }

    #[test]
    fn sorts_with_stable_ties() {
        let mut v = [
            l(1, 10, 5, 0),
            l(2, 30, 5, 9),
            l(3, 20, 7, 9),
            l(4, 30, 0, 1),
        ];
        v.sort_by(|a, b| Sort::Newest.compare(a, b));
        assert_eq!(v.iter().map(|x| x.id).collect::<Vec<_>>(), vec![4, 2, 3, 1]);
        v.sort_by(|a, b| Sort::MostSupported.compare(a, b));
        assert_eq!(v.iter().map(|x| x.id).collect::<Vec<_>>(), vec![3, 2, 1, 4]);
        v.sort_by(|a, b| Sort::MostDiscussed.compare(a, b));
        assert_eq!(v.iter().map(|x| x.id).collect::<Vec<_>>(), vec![2, 3, 4, 1]);
    }

    #[test]
    fn reads_and_writes_query_parameters() {
        let q = IdeaQuery::from_pairs([
            ("category", "Spielen"),
            ("status", "accepted"),
            ("channel", "paper"),
            ("sort", "discussed"),
            ("page", "3"),
            ("utm", "x"),
        ])
        .unwrap_or_default();
        assert_eq!(q.status, Some(IdeaStatus::Accepted));
        assert_eq!(q.channel, Some(Channel::Paper));
        assert_eq!(q.sort, Sort::MostDiscussed);
        assert_eq!(q.offset(), 40);
        assert_eq!(
            q.to_pairs(),
            vec![
                ("category", "Spielen".to_string()),
                ("status", "accepted".to_string()),
                ("channel", "paper".to_string()),
                ("sort", "discussed".to_string()),
                ("page", "3".to_string()),
            ]
        );
        let empty = IdeaQuery::from_pairs([("status", ""), ("sort", "")]);
        assert_eq!(empty.map(|q| (q.page, q.sort)), Ok((1, Sort::Newest)));
    }

    #[test]
    fn unknown_values_name_the_parameter() {
        assert_eq!(
            IdeaQuery::from_pairs([("sort", "best")]),
            Err(ListError {
                param: "sort",
                value: "best".into()
            })
        );
        assert_eq!(
            IdeaQuery::from_pairs([("page", "0")]).map_err(|e| e.param),
            Err("page")
        );
        assert_eq!(
            IdeaQuery::from_pairs([("channel", "fax")]).map_err(|e| e.to_string()),
            Err("channel: unknown value 'fax'".into())
        );
    }

    #[test]
    fn filters_and_pages() {
        let q = IdeaQuery {
            category: Some("Spielen".into()),
            ..IdeaQuery::default()
        };
        assert!(q.matches(Some("Spielen"), IdeaStatus::New, Channel::Online));
        assert!(!q.matches(None, IdeaStatus::New, Channel::Online));
        assert_eq!(page_count(0), 1);
        assert_eq!(page_count(20), 1);
        assert_eq!(page_count(21), 2);
        assert_eq!(page_count(1_000), 50);
    }
}
