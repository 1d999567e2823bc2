//! German full-text search over everything a user may see: actors, offers,
//! events, measures, workshop sessions, cases, minutes, tasks and instruments.
//!
//! The engine is [tantivy](https://docs.rs/tantivy): an in-memory index built from
//! the database on start and rebuilt when the content changed (checked at most
//! every [`FRESHNESS`] on search, so other app nodes' writes are seen too, and at
//! once after [`SearchIndex::mark_stale`]). The analyser splits words, lowercases,
//! folds umlauts and ß (`ä→a`, `ß→ss`) and applies the Snowball German stemmer
//! (twice, see [`analyzer`]), so
//! "Nachbarschaften" finds "Nachbarschaft" and "Strasse" finds "Straße". Every
//! document carries a *scope* the web layer checks before showing it:
//! `public`, `staff:<city id>` or `session:<session id>`.

use std::ops::Range;
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

use tantivy::collector::{Count, TopDocs};
use tantivy::query::QueryParser;
use tantivy::schema::{
    Field, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions, Value,
};
use tantivy::snippet::SnippetGenerator;
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    TextAnalyzer,
};
use tantivy::{Index, IndexReader, TantivyDocument, doc};

use crate::{Db, DbError};

/// How old the freshness check may be before a search checks again.
pub const FRESHNESS: Duration = Duration::from_secs(2);

/// Longest query text used (longer input is cut, not refused).
pub const MAX_QUERY_CHARS: usize = 500;

const ANALYZER: &str = "de_folded_stem";

/// One document to index.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchDoc {
    /// `actor`, `offer`, `event`, `measure`, `session`, `case`, `minutes`, `task`, `instrument`.
    pub kind: &'static str,
    /// Row id of the thing.
    pub id: i64,
    /// Title.
    pub title: String,
    /// Text.
    pub body: String,
    /// Link.
    pub url: String,
    /// Who may see it: `public`, `staff:<city>`, `session:<id>`.
    pub scope: String,
    /// City (0 when none).
    pub city_id: i64,
    /// Quarter (0 when none).
    pub quarter_id: i64,
}

/// One hit with a snippet of its text.
#[derive(Debug, Clone)]
pub struct Hit {
    /// The document (its body cut to the snippet).
    pub doc: SearchDoc,
    /// The snippet text.
    pub snippet: String,
    /// Byte ranges of the snippet to highlight.
    pub highlighted: Vec<Range<usize>>,
    /// Relevance.
    pub score: f32,
}

struct Fields {
    kind: Field,
    id: Field,
    title: Field,
    body: Field,
    url: Field,
    scope: Field,
    city: Field,
    quarter: Field,
}

struct Built {
    index: Index,
    reader: IndexReader,
    fields: Fields,
    docs: usize,
}

/// When the database was last compared and the stamp it had then.
type Checked = (Instant, Vec<(i64, i64)>);

/// The search index of one app node.
pub struct SearchIndex {
    built: RwLock<Option<Arc<Built>>>,
    checked: Mutex<Option<Checked>>,
}

impl Default for SearchIndex {
    fn default() -> Self {
        SearchIndex {
            built: RwLock::new(None),
            checked: Mutex::new(None),
        }
    }
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SearchIndex({} documents)", self.len())
    }
}

fn analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(60))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        // Twice: Snowball removes only one suffix layer, so "Sprachkurse" → "sprachkurs"
        // but "Sprachkurs" → "sprachkur"; a second pass makes both "sprachkur".
        .filter(Stemmer::new(Language::German))
        .filter(Stemmer::new(Language::German))
        .build()
}

fn err(e: tantivy::TantivyError) -> DbError {
    DbError::Search(e.to_string())
}

fn build(docs: &[SearchDoc]) -> Result<Built, DbError> {
    let mut sb = Schema::builder();
    let text = TextOptions::default()
        .set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(ANALYZER)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
        .set_stored();
    let fields = Fields {
        kind: sb.add_text_field("kind", STRING | STORED),
        id: sb.add_i64_field("id", STORED),
        title: sb.add_text_field("title", text.clone()),
        body: sb.add_text_field("body", text),
        url: sb.add_text_field("url", STORED),
        scope: sb.add_text_field("scope", STRING | STORED),
        city: sb.add_i64_field("city", STORED),
        quarter: sb.add_i64_field("quarter", STORED),
    };
    let index = Index::create_in_ram(sb.build());
    index.tokenizers().register(ANALYZER, analyzer());
    let mut writer = index
        .writer_with_num_threads::<TantivyDocument>(1, 50_000_000)
        .map_err(err)?;
    for d in docs {
        writer
            .add_document(doc!(
                fields.kind => d.kind,
                fields.id => d.id,
                fields.title => d.title.as_str(),
                fields.body => d.body.as_str(),
                fields.url => d.url.as_str(),
                fields.scope => d.scope.as_str(),
                fields.city => d.city_id,
                fields.quarter => d.quarter_id,
            ))
            .map_err(err)?;
    }
    writer.commit().map_err(err)?;
    let reader = index.reader().map_err(err)?;
    Ok(Built {
        index,
        reader,
        fields,
        docs: docs.len(),
    })
}

/// Keeps what the query parser could mistake for syntax out of the query: words
/// only, joined by spaces (every word is required).
pub fn clean_query(q: &str) -> String {
    let cut: String = q.chars().take(MAX_QUERY_CHARS).collect();
    cut.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !matches!(*w, "AND" | "OR" | "NOT" | "IN"))
        .take(32)
        .collect::<Vec<_>>()
        .join(" ")
}

impl SearchIndex {
    /// Replaces the index with one built from `docs`.
    pub fn replace(&self, docs: &[SearchDoc]) -> Result<(), DbError> {
        let built = Arc::new(build(docs)?);
        if let Ok(mut g) = self.built.write() {
            *g = Some(built);
        }
        Ok(())
    }

    /// Number of indexed documents.
    pub fn len(&self) -> usize {
        self.current().map(|b| b.docs).unwrap_or(0)
    }

    /// Nothing indexed.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Forces a rebuild at the next search (after a write on this node).
    pub fn mark_stale(&self) {
        if let Ok(mut g) = self.checked.lock() {
            *g = None;
        }
    }

    fn current(&self) -> Option<Arc<Built>> {
        self.built.read().ok().and_then(|g| g.clone())
    }

    /// Rebuilds from the database when it changed since the last check (checked at
    /// most every [`FRESHNESS`], or at once after [`SearchIndex::mark_stale`]).
    pub async fn refresh(&self, db: &Db) -> Result<(), DbError> {
        let due = match self.checked.lock() {
            Ok(g) => g.as_ref().is_none_or(|(at, _)| at.elapsed() >= FRESHNESS),
            Err(_) => true,
        };
        if !due && self.current().is_some() {
            return Ok(());
        }
        let stamp = db.search_stamp().await?;
        let same = self
            .checked
            .lock()
            .ok()
            .and_then(|g| g.as_ref().map(|(_, s)| *s == stamp))
            .unwrap_or(false);
        if !same || self.current().is_none() {
            let docs = db.search_documents().await?;
            let built = tokio::task::spawn_blocking(move || build(&docs))
                .await
                .map_err(|e| DbError::Search(e.to_string()))??;
            if let Ok(mut g) = self.built.write() {
                *g = Some(Arc::new(built));
            }
        }
        if let Ok(mut g) = self.checked.lock() {
            *g = Some((Instant::now(), stamp));
        }
        Ok(())
    }

    /// The best `limit` hits for `q` (all words required) and how many matched.
    /// Never fails on odd input: syntax characters are dropped first.
    pub fn search(&self, q: &str, limit: usize) -> Result<(Vec<Hit>, usize), DbError> {
        let q = clean_query(q);
        let Some(b) = self.current() else {
            return Ok((Vec::new(), 0));
        };
        if q.is_empty() {
            return Ok((Vec::new(), 0));
        }
        let f = &b.fields;
        let mut parser = QueryParser::for_index(&b.index, vec![f.title, f.body]);
        parser.set_conjunction_by_default();
        parser.set_field_boost(f.title, 2.0);
        let (query, _ignored) = parser.parse_query_lenient(&q);
        let searcher = b.reader.searcher();
        let (top, total) = searcher
            .search(
                &query,
                &(TopDocs::with_limit(limit.max(1)).order_by_score(), Count),
            )
            .map_err(err)?;
        let mut snippets = SnippetGenerator::create(&searcher, &*query, f.body).map_err(err)?;
        snippets.set_max_num_chars(200);
        let mut hits = Vec::with_capacity(top.len());
        for (score, addr) in top {
            let d: TantivyDocument = searcher.doc(addr).map_err(err)?;
            let s = |field: Field| {
                d.get_first(field)
                    .and_then(|v| v.as_str())
                    .unwrap_or_default()
                    .to_string()
            };
            let n = |field: Field| d.get_first(field).and_then(|v| v.as_i64()).unwrap_or(0);
            let snippet = snippets.snippet_from_doc(&d);
            let kind = KINDS
                .iter()
                .copied()
                .find(|k| *k == s(f.kind))
                .unwrap_or("other");
            hits.push(Hit {
                doc: SearchDoc {
                    kind,
                    id: n(f.id),
                    title: s(f.title),
                    body: String::new(),
                    url: s(f.url),
                    scope: s(f.scope),
                    city_id: n(f.city),
                    quarter_id: n(f.quarter),
                },
                snippet: snippet.fragment().to_string(),
                highlighted: snippet.highlighted().to_vec(),
                score,
            });
        }
        Ok((hits, total))
    }
}

/// Every kind of document, in the order facets show them.
pub const KINDS: [&str; 9] = [
    "instrument",
    "case",
    "minutes",
    "task",
    "session",
    "actor",
    "offer",
    "event",
    "measure",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn d(id: i64, title: &str, body: &str) -> SearchDoc {
        SearchDoc {
            kind: "instrument",
            id,
            title: title.into(),
            body: body.into(),
            url: format!("/x/{id}"),
            scope: "public".into(),
            city_id: 1,
            quarter_id: 0,
        }
    }

    fn ids(ix: &SearchIndex, q: &str) -> Vec<i64> {
        let mut v: Vec<i64> = ix
            .search(q, 10)
            .map(|(h, _)| h.into_iter().map(|h| h.doc.id).collect())
            .unwrap_or_default();
        v.sort_unstable();
        v
    }

    #[test]
    fn german_stemming_and_folding() {
        let ix = SearchIndex::default();
        let docs = vec![
            d(
                1,
                "Stadtteilplane",
                "Große Bodenkarte für die Nachbarschaft",
            ),
            d(2, "Sprachkurse", "Kurse für Kinder an der Hauptstraße"),
            d(3, "Bunter Sommer", "Feste in den Höfen"),
        ];
        assert!(ix.replace(&docs).is_ok());
        assert_eq!(ix.len(), 3);
        assert_eq!(ids(&ix, "Nachbarschaften"), vec![1]);
        assert_eq!(ids(&ix, "Stadtteilplan"), vec![1]);
        assert_eq!(ids(&ix, "Stadtteilpläne"), vec![1]);
        assert_eq!(ids(&ix, "Sprachkurs"), vec![2]);
        assert_eq!(ids(&ix, "Kind"), vec![2]);
        assert_eq!(ids(&ix, "hauptstrasse"), vec![2]);
        assert_eq!(ids(&ix, "GROSSE"), vec![1]);
        assert_eq!(ids(&ix, "Hof"), vec![3]);
        assert_eq!(ids(&ix, "Bunter Sommer"), vec![3]);
        assert_eq!(ids(&ix, "Bunter Winter"), Vec::<i64>::new());
    }

    #[test]
    fn odd_input_never_fails() {
        let ix = SearchIndex::default();
        assert!(
            ix.replace(&[d(1, "Akteurswerkstatt", "Vernetzung")])
                .is_ok()
        );
        for q in [
            "\"Akteurswerkstatt",
            "title:Akteurswerkstatt AND (",
            "+-*~^:[]{}",
            &"ä".repeat(10_000),
            "ورشة عمل",
            "",
        ] {
            assert!(ix.search(q, 10).is_ok(), "{q}");
        }
        assert_eq!(ids(&ix, "\"Akteurswerkstatt\" AND"), vec![1]);
        assert_eq!(clean_query(&"a ".repeat(100)).split(' ').count(), 32);
    }

    #[test]
    fn snippets_highlight_the_stem() {
        let ix = SearchIndex::default();
        assert!(
            ix.replace(&[d(1, "T", "Viele Nachbarschaften treffen sich im Sommer")])
                .is_ok()
        );
        let (hits, total) = ix.search("Nachbarschaft", 5).unwrap_or_default();
        assert_eq!(total, 1);
        let h = &hits[0];
        let marked: Vec<&str> = h
            .highlighted
            .iter()
            .map(|r| &h.snippet[r.clone()])
            .collect();
        assert_eq!(marked, vec!["Nachbarschaften"]);
    }
}
