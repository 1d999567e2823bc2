//! Imports of contributions: the JSON contract of the API
//! (`{"ideas":[{"title","text","lang","channel","category","lat","lon","author","created",
//! "status","answer","comments":[{"text","author","created"}]}]}`, all but `title` and
//! `text` optional, ISO dates), tables in the same columns (CSV/XLSX, e.g. transcribed
//! street input) and Decidim's proposal export. Every layout becomes the same plain
//! structs with problems numbered by row; an import with problems is not applied.

mod json;
mod rows;

pub use json::parse_json;
pub use rows::{TableLayout, detect_layout, parse_rows};

use serde::{Deserialize, Serialize};

use super::validate::{Field, InputError, Limits, check_category, check_language, check_point};
use super::{Channel, IdeaStatus};

/// At most this many ideas per import.
pub const MAX_IDEAS: usize = 20_000;
/// At most this many comments per idea.
pub const MAX_COMMENTS_PER_IDEA: usize = 2_000;

/// A comment to import.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ImportComment {
    /// Text.
    pub text: String,
    /// Author's name or pseudonym.
    pub author: Option<String>,
    /// Posted (Unix seconds).
    pub created: Option<i64>,
}

/// An idea to import.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ImportIdea {
    /// Row (1-based idea number in JSON, line number in a table).
    pub row: usize,
    /// Title.
    pub title: String,
    /// Text.
    pub text: String,
    /// Language code.
    pub lang: Option<String>,
    /// Channel (the dialogue's importer decides the default when missing).
    pub channel: Option<Channel>,
    /// Category.
    pub category: Option<String>,
    /// Place as `(lat, lon)`.
    pub point: Option<(f64, f64)>,
    /// Author's name or pseudonym.
    pub author: Option<String>,
    /// Posted (Unix seconds).
    pub created: Option<i64>,
    /// Status.
    pub status: IdeaStatus,
    /// Official answer.
    pub answer: Option<String>,
    /// Comments.
    pub comments: Vec<ImportComment>,
}

/// A problem with one row (and maybe one comment) of an import, naming the field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportProblem {
    /// Row (1-based idea number in JSON, line number in a table; 0 for the whole file).
    pub row: usize,
    /// Comment number within the idea (1-based), if the problem is in a comment.
    pub comment: Option<usize>,
    /// Field name as in the contract.
    pub field: String,
    /// What is wrong, in English.
    pub message: String,
}

/// The outcome of reading an import.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ImportParse {
    /// The ideas read without problems.
    pub ideas: Vec<ImportIdea>,
    /// Every problem found.
    pub problems: Vec<ImportProblem>,
    /// Rows left out on purpose (e.g. withdrawn Decidim proposals).
    pub skipped: usize,
}

impl ImportParse {
    /// Whether the import can be applied: no problems and at least one idea.
    pub fn can_apply(&self) -> bool {
        self.problems.is_empty() && !self.ideas.is_empty()
    }

    /// Number of comments over all ideas.
    pub fn comment_count(&self) -> usize {
        self.ideas.iter().map(|i| i.comments.len()).sum()
    }

    fn problem(
        &mut self,
        row: usize,
        comment: Option<usize>,
        field: &str,
        message: impl Into<String>,
    ) {
        self.problems.push(ImportProblem {
            row,
            comment,
            field: field.to_string(),
            message: message.into(),
        });
    }
}

/// What an import is checked against.
pub struct ImportContext<'a> {
    /// The dialogue's categories.
    pub categories: &'a [String],
    /// Whether `(lat, lon)` lies inside the quarter (always true for city-wide dialogues).
    pub inside: &'a dyn Fn(f64, f64) -> bool,
    /// Length limits.
    pub limits: Limits,
}

/// The raw, untyped values of one idea as read from a file, checked by [`check_idea`].
#[derive(Debug, Clone, Default)]
pub(crate) struct RawIdea {
    pub title: Option<String>,
    pub text: Option<String>,
    pub lang: Option<String>,
    pub channel: Option<String>,
    pub category: Option<String>,
    pub lat: Option<String>,
    pub lon: Option<String>,
    pub author: Option<String>,
    pub created: Option<String>,
    pub status: Option<IdeaStatus>,
    pub status_text: Option<String>,
    pub answer: Option<String>,
}

fn non_empty(v: Option<String>) -> Option<String> {
    v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

/// Reads a number with a decimal point or comma.
pub(crate) fn parse_number(s: &str) -> Option<f64> {
    s.trim()
        .replace(',', ".")
        .parse::<f64>()
        .ok()
        .filter(|x| x.is_finite())
}

fn length(
    out: &mut ImportParse,
    row: usize,
    comment: Option<usize>,
    field: Field,
    v: &str,
    max: usize,
) -> bool {
    let len = v.chars().count();
    if len > max {
        out.problem(
            row,
            comment,
            field.as_str(),
            InputError::TooLong { field, max, len }.to_string(),
        );
        return false;
    }
    true
}

/// Checks one raw idea and adds it (or its problems) to `out`.
pub(crate) fn check_idea(
    out: &mut ImportParse,
    row: usize,
    raw: RawIdea,
    comments: Vec<ImportComment>,
    ctx: &ImportContext<'_>,
) {
    let before = out.problems.len();
    let lim = ctx.limits;
    let title = non_empty(raw.title);
    let text = non_empty(raw.text);
    if title.is_none() {
        out.problem(row, None, "title", "title: must not be empty");
    }
    if text.is_none() {
        out.problem(row, None, "text", "text: must not be empty");
    }
    let title = title.unwrap_or_default();
    let text = text.unwrap_or_default();
    length(out, row, None, Field::Title, &title, lim.title);
    length(out, row, None, Field::Text, &text, lim.text);
    let lang = match non_empty(raw.lang).map(|l| check_language(&l)) {
        Some(Ok(l)) => Some(l),
        Some(Err(e)) => {
            out.problem(row, None, "lang", e.to_string());
            None
        }
        None => None,
    };
    let channel = match non_empty(raw.channel) {
        Some(c) => match Channel::parse(&c) {
            Some(ch) => Some(ch),
            None => {
                out.problem(
                    row,
                    None,
                    "channel",
                    format!("channel: unknown channel '{c}' (online, paper, event, street, pin_map, phone)"),
                );
                None
            }
        },
        None => None,
    };
    let category = match check_category(raw.category.as_deref().unwrap_or(""), ctx.categories) {
        Ok(c) => c,
        Err(e) => {
            out.problem(row, None, "category", e.to_string());
            None
        }
    };
    let point = match (non_empty(raw.lat), non_empty(raw.lon)) {
        (None, None) => None,
        (Some(la), Some(lo)) => match (parse_number(&la), parse_number(&lo)) {
            (Some(la), Some(lo)) => match check_point(la, lo) {
                Ok(p) if (ctx.inside)(p.0, p.1) => Some(p),
                Ok(_) => {
                    out.problem(row, None, "lat", InputError::OutsideQuarter.to_string());
                    None
                }
                Err(e) => {
                    out.problem(row, None, "lat", e.to_string());
                    None
                }
            },
            _ => {
                out.problem(row, None, "lat", "lat/lon: not numbers");
                None
            }
        },
        (Some(_), None) => {
            out.problem(row, None, "lon", "lon: missing while lat is given");
            None
        }
        (None, Some(_)) => {
            out.problem(row, None, "lat", "lat: missing while lon is given");
            None
        }
    };
    let author = non_empty(raw.author);
    if let Some(a) = &author {
        length(out, row, None, Field::Author, a, lim.author);
    }
    let created = match non_empty(raw.created) {
        Some(c) => match super::dates::parse_instant(&c) {
            Some(t) => Some(t),
            None => {
                out.problem(
                    row,
                    None,
                    "created",
                    format!("created: '{c}' is not an ISO date (YYYY-MM-DD)"),
                );
                None
            }
        },
        None => None,
    };
    let status = match (raw.status, non_empty(raw.status_text)) {
        (Some(s), _) => s,
        (None, None) => IdeaStatus::New,
        (None, Some(s)) => IdeaStatus::parse(&s).unwrap_or_else(|| {
            out.problem(
                row,
                None,
                "status",
                format!("status: unknown status '{s}' (new, in_review, accepted, partly_accepted, rejected, implemented)"),
            );
            IdeaStatus::New
        }),
    };
    let answer = non_empty(raw.answer);
    if let Some(a) = &answer {
        length(out, row, None, Field::Answer, a, lim.answer);
    }
    for (k, c) in comments.iter().enumerate() {
        length(out, row, Some(k + 1), Field::Comment, &c.text, lim.comment);
    }
    if out.problems.len() == before {
        out.ideas.push(ImportIdea {
            row,
            title,
            text,
            lang,
            channel,
            category,
            point,
            author,
            created,
            status,
            answer,
            comments,
        });
    }
}

#[cfg(test)]
pub(crate) mod testing {
    pub fn cats() -> Vec<String> {
        vec![
            "Spielen".into(),
            "Grün und Natur".into(),
            "Sauberkeit".into(),
        ]
    }

    /// A quarter that is the box lat 51.30–51.40, lon 12.30–12.45.
    pub fn inside(lat: f64, lon: f64) -> bool {
        (51.30..=51.40).contains(&lat) && (12.30..=12.45).contains(&lon)
    }
}
