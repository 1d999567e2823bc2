//! The JSON contract of `POST /api/v1/dialogues/{id}/import`.

use serde_json::{Map, Value};

use super::{
    ImportComment, ImportContext, ImportParse, MAX_COMMENTS_PER_IDEA, MAX_IDEAS, RawIdea,
    check_idea,
};

const IDEA_KEYS: &[&str] = &[
    "title", "text", "lang", "channel", "category", "lat", "lon", "author", "created", "status",
    "answer", "comments",
];
const COMMENT_KEYS: &[&str] = &["text", "author", "created"];

/// A field's value as text: strings as they are, numbers in their JSON form, `null` as
/// missing; anything else is a problem.
fn text_of(
    obj: &Map<String, Value>,
    key: &str,
    allow_number: bool,
) -> Result<Option<String>, String> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(Value::Number(n)) if allow_number => Ok(Some(n.to_string())),
        Some(_) => Err(if allow_number {
            format!("{key}: must be a number")
        } else {
            format!("{key}: must be a string")
        }),
    }
}

fn unknown_keys(obj: &Map<String, Value>, known: &[&str]) -> Vec<String> {
    obj.keys()
        .filter(|k| !known.contains(&k.as_str()))
        .cloned()
        .collect()
}

/// Parses an import in the JSON contract.
pub fn parse_json(bytes: &[u8], ctx: &ImportContext<'_>) -> ImportParse {
    let mut out = ImportParse::default();
    let root: Value = match serde_json::from_slice(bytes) {
        Ok(v) => v,
        Err(e) => {
            out.problem(e.line(), None, "ideas", format!("not valid JSON: {e}"));
            return out;
        }
    };
    let Some(ideas) = root.get("ideas").and_then(Value::as_array) else {
        out.problem(
            0,
            None,
            "ideas",
            "expected an object with an array \"ideas\"",
        );
        return out;
    };
    if ideas.len() > MAX_IDEAS {
        out.problem(
            0,
            None,
            "ideas",
            format!("{} ideas, at most {MAX_IDEAS} per import", ideas.len()),
        );
        return out;
    }
    for (i, v) in ideas.iter().enumerate() {
        let row = i + 1;
        let Some(obj) = v.as_object() else {
            out.problem(row, None, "ideas", "an idea must be an object");
            continue;
        };
        let before = out.problems.len();
        for k in unknown_keys(obj, IDEA_KEYS) {
            out.problem(row, None, &k, format!("{k}: unknown field"));
        }
        let mut field = |key: &str, number: bool| match text_of(obj, key, number) {
            Ok(v) => v,
            Err(m) => {
                out.problem(row, None, key, m);
                None
            }
        };
        let raw = RawIdea {
            title: field("title", false),
            text: field("text", false),
            lang: field("lang", false),
            channel: field("channel", false),
            category: field("category", false),
            lat: field("lat", true),
            lon: field("lon", true),
            author: field("author", false),
            created: field("created", false),
            status: None,
            status_text: field("status", false),
            answer: field("answer", false),
        };
        let comments = read_comments(&mut out, row, obj.get("comments"));
        if out.problems.len() > before {
            continue;
        }
        check_idea(&mut out, row, raw, comments, ctx);
    }
    out
}

fn read_comments(out: &mut ImportParse, row: usize, v: Option<&Value>) -> Vec<ImportComment> {
    let list = match v {
        None | Some(Value::Null) => return Vec::new(),
        Some(Value::Array(a)) => a,
        Some(_) => {
            out.problem(row, None, "comments", "comments: must be an array");
            return Vec::new();
        }
    };
    if list.len() > MAX_COMMENTS_PER_IDEA {
        out.problem(
            row,
            None,
            "comments",
            format!(
                "comments: {} given, at most {MAX_COMMENTS_PER_IDEA}",
                list.len()
            ),
        );
        return Vec::new();
    }
    let mut comments = Vec::with_capacity(list.len());
    for (k, c) in list.iter().enumerate() {
        let n = Some(k + 1);
        let Some(obj) = c.as_object() else {
            out.problem(row, n, "comments", "a comment must be an object");
            continue;
        };
        for key in unknown_keys(obj, COMMENT_KEYS) {
            out.problem(row, n, &key, format!("{key}: unknown field"));
        }
        let mut field = |key: &str| match text_of(obj, key, false) {
            Ok(v) => v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty()),
            Err(m) => {
                out.problem(row, n, key, m);
                None
            }
        };
        let text = field("text");
        let author = field("author");
        let created_text = field("created");
        let Some(text) = text else {
            out.problem(row, n, "text", "text: must not be empty");
            continue;
        };
        let created = match created_text {
            Some(c) => match crate::participation::dates::parse_instant(&c) {
                Some(t) => Some(t),
                None => {
                    out.problem(
                        row,
                        n,
                        "created",
                        format!("created: '{c}' is not an ISO date (YYYY-MM-DD)"),
                    );
                    None
                }
            },
            None => None,
        };
        comments.push(ImportComment {
            text,
            author,
            created,
        });
    }
    comments
}

#[cfg(test)]
mod tests {
    use super::super::testing::{cats, inside};
    use super::*;
    use crate::participation::validate::Limits;
    use crate::participation::{Channel, IdeaStatus};

    fn parse(s: &str) -> ImportParse {
        let c = cats();
        parse_json(
            s.as_bytes(),
            &ImportContext {
                categories: &c,
                inside: &inside,
                limits: Limits::default(),
            },
        )
    }

    #[test]
    fn full_contract() {
        let p = parse(
            r#"{"ideas":[
              {"title":"Bänke","text":"Mehr Bänke am Weg","lang":"de","channel":"paper",
               "category":"Spielen","lat":51.35,"lon":12.4,"author":"Papierbeitrag 7",
               "created":"2024-05-10","status":"accepted","answer":"Kommt mit M13.",
               "comments":[{"text":"Ja!","author":"Samir","created":"2024-05-11T10:00:00Z"},{"text":"Gut"}]},
              {"title":"Licht","text":"Der Weg ist dunkel"}
            ]}"#,
        );
        assert_eq!(p.problems, vec![]);
        assert!(p.can_apply());
        assert_eq!(p.ideas.len(), 2);
        let a = &p.ideas[0];
        assert_eq!(a.channel, Some(Channel::Paper));
        assert_eq!(a.point, Some((51.35, 12.4)));
        assert_eq!(a.status, IdeaStatus::Accepted);
        assert_eq!(a.created, Some(1_715_299_200));
        assert_eq!(a.comments.len(), 2);
        assert_eq!(a.comments[0].created, Some(1_715_421_600));
        assert_eq!(p.comment_count(), 2);
        let b = &p.ideas[1];
        assert_eq!(
            (b.row, b.status, b.point, b.lang.clone()),
            (2, IdeaStatus::New, None, None)
        );
    }

    #[test]
    fn problems_name_row_comment_and_field() {
        let p = parse(
            r#"{"ideas":[
              {"title":"","text":"x"},
              {"title":"A","text":"B","lat":52.5,"lon":13.4},
              {"title":"A","text":"B","category":"Parken","status":"done","created":"10.05.2024"},
              {"title":"A","text":"B","comments":[{"text":"ok"},{"author":"x"}]},
              {"title":"A","text":"B","titel":"typo"},
              {"title":"A","text":"B","lat":true,"lon":12.4},
              "nonsense"
            ]}"#,
        );
        let got: Vec<(usize, Option<usize>, &str)> = p
            .problems
            .iter()
            .map(|x| (x.row, x.comment, x.field.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                (1, None, "title"),
                (2, None, "lat"),
                (3, None, "category"),
                (3, None, "created"),
                (3, None, "status"),
                (4, Some(2), "text"),
                (5, None, "titel"),
                (6, None, "lat"),
                (7, None, "ideas"),
            ]
        );
        assert!(p.problems[1].message.contains("outside the quarter"));
        assert!(!p.can_apply());
        // Nothing with a problem is kept.
        assert!(p.ideas.is_empty());
    }

    #[test]
    fn not_json_or_wrong_shape() {
        assert_eq!(parse("{").problems[0].field, "ideas");
        assert_eq!(parse(r#"[{"title":"x"}]"#).problems[0].row, 0);
        assert!(!parse(r#"{"ideas":[]}"#).can_apply());
    }
}
