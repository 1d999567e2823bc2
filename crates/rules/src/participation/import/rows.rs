//! Tables of contributions (CSV/XLSX rows): the contract's columns, German column names,
//! or Decidim's proposal export.
//!
//! Decidim exports nested fields with `/` (`title/de`, `body/de`, `category/name/de`,
//! `answer/de`, `author/name`) plus `state` (`accepted`, `rejected`, `evaluating`,
//! `withdrawn`, empty or `not_answered`), `latitude`, `longitude` and `published_at`.
//! Withdrawn proposals are skipped; the channel of Decidim rows is online.

use super::{ImportContext, ImportParse, MAX_IDEAS, RawIdea, check_idea};
use crate::participation::{Channel, IdeaStatus};

/// The layout of a table, recognised from its header row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableLayout {
    /// The contract's column names (or their German equivalents).
    Plain,
    /// Decidim's proposal export.
    Decidim,
}

/// Recognises the layout from the header row; `None` when neither applies.
pub fn detect_layout(headers: &[String]) -> Option<TableLayout> {
    let h: Vec<String> = headers.iter().map(|x| x.trim().to_lowercase()).collect();
    let has = |p: &str| h.iter().any(|x| x.starts_with(p));
    if has("title/") && (has("body/") || h.iter().any(|x| x == "body")) {
        return Some(TableLayout::Decidim);
    }
    let plain = |names: &[&str]| h.iter().any(|x| names.contains(&x.as_str()));
    (plain(&["title", "titel"]) && plain(&["text", "body"])).then_some(TableLayout::Plain)
}

/// Column names of the plain layout (contract name first, then accepted alternatives).
const PLAIN: &[(&str, &[&str])] = &[
    ("title", &["title", "titel"]),
    ("text", &["text", "body", "beschreibung"]),
    ("lang", &["lang", "language", "sprache"]),
    ("channel", &["channel", "kanal"]),
    ("category", &["category", "kategorie"]),
    ("lat", &["lat", "latitude", "breite"]),
    ("lon", &["lon", "lng", "longitude", "länge", "laenge"]),
    ("author", &["author", "autor", "name"]),
    ("created", &["created", "datum", "date"]),
    ("status", &["status"]),
    ("answer", &["answer", "antwort"]),
];

/// Parses rows (each with its 1-based line number; the first is the header row).
pub fn parse_rows(rows: &[(usize, Vec<String>)], ctx: &ImportContext<'_>) -> ImportParse {
    let mut out = ImportParse::default();
    let Some(((_, headers), data)) = rows.split_first() else {
        out.problem(0, None, "title", "the file is empty");
        return out;
    };
    let Some(layout) = detect_layout(headers) else {
        out.problem(
            1,
            None,
            "title",
            "header row: expected the columns title and text (or Decidim's title/… and body/…)",
        );
        return out;
    };
    if data.len() > MAX_IDEAS {
        out.problem(
            0,
            None,
            "ideas",
            format!("{} rows, at most {MAX_IDEAS} per import", data.len()),
        );
        return out;
    }
    let lower: Vec<String> = headers.iter().map(|x| x.trim().to_lowercase()).collect();
    let decidim = DecidimColumns::new(&lower);
    for (line, cells) in data {
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let cell = |i: Option<usize>| {
            i.and_then(|i| cells.get(i))
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
        };
        let raw = match layout {
            TableLayout::Plain => {
                let col = |name: &str| {
                    PLAIN
                        .iter()
                        .find(|(n, _)| *n == name)
                        .and_then(|(_, alts)| lower.iter().position(|h| alts.contains(&h.as_str())))
                };
                RawIdea {
                    title: cell(col("title")),
                    text: cell(col("text")),
                    lang: cell(col("lang")),
                    channel: cell(col("channel")),
                    category: cell(col("category")),
                    lat: cell(col("lat")),
                    lon: cell(col("lon")),
                    author: cell(col("author")),
                    created: cell(col("created")),
                    status: None,
                    status_text: cell(col("status")),
                    answer: cell(col("answer")),
                }
            }
            TableLayout::Decidim => {
                let state = cell(decidim.state).unwrap_or_default().to_lowercase();
                let status = match state.as_str() {
                    "" | "not_answered" => IdeaStatus::New,
                    "evaluating" => IdeaStatus::InReview,
                    "accepted" => IdeaStatus::Accepted,
                    "rejected" => IdeaStatus::Rejected,
                    "withdrawn" => {
                        out.skipped += 1;
                        continue;
                    }
                    other => {
                        out.problem(
                            *line,
                            None,
                            "state",
                            format!("state: unknown Decidim state '{other}'"),
                        );
                        continue;
                    }
                };
                let (title, lang) = decidim.translated(&decidim.title, cells, None);
                let (text, _) = decidim.translated(&decidim.body, cells, lang.as_deref());
                let (category, _) = decidim.translated(&decidim.category, cells, lang.as_deref());
                let (answer, _) = decidim.translated(&decidim.answer, cells, lang.as_deref());
                RawIdea {
                    title,
                    text,
                    lang,
                    channel: Some(Channel::Online.as_str().to_string()),
                    category,
                    lat: cell(decidim.lat),
                    lon: cell(decidim.lon),
                    author: cell(decidim.author),
                    created: cell(decidim.published),
                    status: Some(status),
                    status_text: None,
                    answer,
                }
            }
        };
        check_idea(&mut out, *line, raw, Vec::new(), ctx);
    }
    out
}

/// Where Decidim's columns are; translated fields as `(language, column)`.
struct DecidimColumns {
    title: Vec<(Option<String>, usize)>,
    body: Vec<(Option<String>, usize)>,
    category: Vec<(Option<String>, usize)>,
    answer: Vec<(Option<String>, usize)>,
    state: Option<usize>,
    lat: Option<usize>,
    lon: Option<usize>,
    author: Option<usize>,
    published: Option<usize>,
}

impl DecidimColumns {
    fn new(h: &[String]) -> DecidimColumns {
        let translated = |prefix: &str| -> Vec<(Option<String>, usize)> {
            h.iter()
                .enumerate()
                .filter_map(|(i, x)| {
                    if x == prefix {
                        return Some((None, i));
                    }
                    let rest = x.strip_prefix(prefix)?.strip_prefix('/')?;
                    // Machine translations are not the author's words.
                    (!rest.contains('/')).then(|| (Some(rest.to_string()), i))
                })
                .collect()
        };
        let pos = |names: &[&str]| h.iter().position(|x| names.contains(&x.as_str()));
        DecidimColumns {
            title: translated("title"),
            body: translated("body"),
            category: translated("category/name"),
            answer: translated("answer"),
            state: pos(&["state"]),
            lat: pos(&["latitude"]),
            lon: pos(&["longitude"]),
            author: pos(&["author/name", "author/nickname"]),
            published: pos(&["published_at", "created_at"]),
        }
    }

    /// The first non-empty translation, preferring `lang`, then German, then column order.
    fn translated(
        &self,
        cols: &[(Option<String>, usize)],
        cells: &[String],
        lang: Option<&str>,
    ) -> (Option<String>, Option<String>) {
        let value = |i: usize| cells.get(i).map(|s| s.trim()).filter(|s| !s.is_empty());
        let preferred = [lang, Some("de")];
        for want in preferred.into_iter().flatten() {
            if let Some((l, i)) = cols.iter().find(|(l, _)| l.as_deref() == Some(want))
                && let Some(v) = value(*i)
            {
                return (Some(v.to_string()), l.clone());
            }
        }
        cols.iter()
            .find_map(|(l, i)| value(*i).map(|v| (Some(v.to_string()), l.clone())))
            .unwrap_or((None, None))
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{cats, inside};
    use super::*;
    use crate::participation::validate::Limits;

    fn rows(csv_text: &str) -> Vec<(usize, Vec<String>)> {
        let mut r = csv::ReaderBuilder::new()
            .has_headers(false)
            .delimiter(b';')
            .from_reader(csv_text.as_bytes());
        r.records()
            .enumerate()
            .filter_map(|(i, rec)| {
                rec.ok()
                    .map(|rec| (i + 1, rec.iter().map(str::to_string).collect()))
            })
            .collect()
    }

    fn parse(csv_text: &str) -> ImportParse {
        let c = cats();
        parse_rows(
            &rows(csv_text),
            &ImportContext {
                categories: &c,
                inside: &inside,
                limits: Limits::default(),
            },
        )
    }

    #[test]
    fn plain_table_with_german_headers() {
        let p = parse(
            "Titel;Text;Sprache;Kanal;Kategorie;Breite;Länge;Autor;Datum;Status;Antwort\n\
             Bänke;Mehr Bänke;de;paper;Spielen;51,35;12,4;Karte 3;2024-05-10;accepted;Kommt.\n\
             ;;;;;;;;;;\n\
             Licht;Dunkel am Weg;;street;;;;;;;\n",
        );
        assert_eq!(p.problems, vec![]);
        assert_eq!(p.ideas.len(), 2);
        assert_eq!(p.ideas[0].point, Some((51.35, 12.4)));
        assert_eq!(p.ideas[0].status, IdeaStatus::Accepted);
        assert_eq!(
            p.ideas[1].row, 4,
            "line numbers count the header and blank lines"
        );
        assert_eq!(p.ideas[1].channel, Some(Channel::Street));
    }

    #[test]
    fn plain_table_problems_name_the_line() {
        let p = parse("title;text;lat;lon\nA;;51.35;12.4\nB;b;48.1;11.5\n");
        let got: Vec<(usize, &str)> = p
            .problems
            .iter()
            .map(|x| (x.row, x.field.as_str()))
            .collect();
        assert_eq!(got, vec![(2, "text"), (3, "lat")]);
        let p = parse("name;beschreibung\nx;y\n");
        assert_eq!(p.problems[0].row, 1);
    }

    #[test]
    fn decidim_export() {
        let p = parse(
            "id;category/id;category/name/de;category/name/en;title/de;title/en;title/machine_translations/ar;body/de;body/en;address;latitude;longitude;state;reference;answer/de;answered_at;votes;comments;published_at;author/name\n\
             11;3;Spielen;Play;Wasserspielplatz;;خطأ;Ein Wasserspielplatz wäre schön.;;Wehr 1;51.35;12.40;accepted;LE-PROP-11;Wird gebaut.;2024-06-01;12;3;2024-05-11 10:00:00 +0200;Ayşe\n\
             12;;;;;Benches please;;;More benches;;;;evaluating;LE-PROP-12;;;0;0;2024-05-12 09:00:00 UTC;Sam\n\
             13;;;;Alt;;;Zurückgezogen;;;;;withdrawn;;;;;;2024-05-13 09:00:00 UTC;X\n\
             14;;;;Neu;;;Text;;;;;;;;;;;2024-05-14 09:00:00 UTC;Y\n\
             15;;;;Seltsam;;;Text;;;;;published;;;;;;;Z\n",
        );
        assert_eq!(p.skipped, 1);
        assert_eq!(p.problems.len(), 1);
        assert_eq!(
            (p.problems[0].row, p.problems[0].field.as_str()),
            (6, "state")
        );
        assert_eq!(p.ideas.len(), 3);
        let a = &p.ideas[0];
        assert_eq!(a.title, "Wasserspielplatz");
        assert_eq!(a.lang.as_deref(), Some("de"));
        assert_eq!(a.category.as_deref(), Some("Spielen"));
        assert_eq!(a.status, IdeaStatus::Accepted);
        assert_eq!(a.answer.as_deref(), Some("Wird gebaut."));
        assert_eq!(a.created, Some(1_715_414_400));
        assert_eq!(a.author.as_deref(), Some("Ayşe"));
        assert_eq!(a.channel, Some(Channel::Online));
        let b = &p.ideas[1];
        assert_eq!(
            (b.title.as_str(), b.text.as_str()),
            ("Benches please", "More benches")
        );
        assert_eq!(b.lang.as_deref(), Some("en"));
        assert_eq!(b.status, IdeaStatus::InReview);
        assert_eq!(p.ideas[2].status, IdeaStatus::New);
    }

    #[test]
    fn layout_detection() {
        let h = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            detect_layout(&h(&["title/en", "body/en", "state"])),
            Some(TableLayout::Decidim)
        );
        assert_eq!(
            detect_layout(&h(&["Title", "Text"])),
            Some(TableLayout::Plain)
        );
        assert_eq!(detect_layout(&h(&["a", "b"])), None);
    }
}
