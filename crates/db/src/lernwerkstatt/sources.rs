//! What the search index is built from: every searchable row with its scope, and
//! a cheap stamp that changes whenever one of those rows does.

use quartier_rules::lernwerkstatt::Profile;

use super::search::SearchDoc;
use crate::{Db, DbError};

type ActorRow = (i64, i64, i64, String, String, String, String, i64);
type MeasureRow = (i64, i64, i64, String, String, String, i64);
type SessionRow = (i64, i64, String, String, String, String, String, i64);
type CaseRow = (
    i64,
    i64,
    i64,
    i64,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
);

fn public_or(published: bool, city: i64) -> String {
    if published {
        "public".into()
    } else {
        format!("staff:{city}")
    }
}

/// The searchable text of a profile.
pub fn profile_text(p: &Profile) -> String {
    let mut parts = vec![p.purpose.clone(), p.evidence.clone()];
    parts.extend(p.core_elements.iter().cloned());
    parts.extend(p.adaptable_elements.iter().cloned());
    for pre in &p.preconditions {
        use quartier_rules::lernwerkstatt::Precondition as P;
        match pre {
            P::Premises { description: t }
            | P::PoliticalBacking { body: t }
            | P::FreeText { text: t } => parts.push(t.clone()),
            _ => {}
        }
    }
    parts.retain(|s| !s.trim().is_empty());
    parts.join("\n")
}

impl Db {
    /// A value that changes when any searchable row is added, changed or removed.
    pub async fn search_stamp(&self) -> Result<Vec<(i64, i64)>, DbError> {
        let sql = [
            ("actors", "updated_at"),
            ("offers", "updated_at"),
            ("events", "updated_at"),
            ("plan_changes", "changed_at"),
            ("workshop_sessions", "updated_at"),
            ("workshop_cases", "created_at"),
            ("workshop_tasks", "updated_at"),
            ("instruments", "updated_at"),
        ]
        .iter()
        .map(|(t, c)| {
            format!(
                "SELECT CAST(COUNT(*) AS BIGINT), CAST(COALESCE(MAX({c}), 0) AS BIGINT) FROM {t}"
            )
        })
        .collect::<Vec<_>>()
        .join(" UNION ALL ");
        Ok(sqlx::query_as::<_, (i64, i64)>(&sql)
            .fetch_all(self.pool())
            .await?)
    }

    /// Every searchable document with its scope.
    pub async fn search_documents(&self) -> Result<Vec<SearchDoc>, DbError> {
        let mut out = Vec::new();
        let actors: Vec<ActorRow> = sqlx::query_as(
            "SELECT id, city_id, quarter_id, name, kind, description, public_fields, published FROM actors",
        )
        .fetch_all(self.pool())
        .await?;
        for (id, city, q, name, kind, description, public, published) in actors {
            let published = published == 1;
            let show_desc = !published || public.contains("\"description\"");
            out.push(SearchDoc {
                kind: "actor",
                id,
                title: name,
                body: if show_desc {
                    format!("{kind}\n{description}")
                } else {
                    kind
                },
                url: format!("/actors/{id}"),
                scope: public_or(published, city),
                city_id: city,
                quarter_id: q,
            });
        }
        let offers: Vec<(i64, i64, i64, String, String, String, i64)> = sqlx::query_as(
            "SELECT id, city_id, quarter_id, title, category, description, published FROM offers",
        )
        .fetch_all(self.pool())
        .await?;
        for (id, city, q, title, category, description, published) in offers {
            out.push(SearchDoc {
                kind: "offer",
                id,
                title,
                body: format!("{category}\n{description}"),
                url: format!("/offers/{id}"),
                scope: public_or(published == 1, city),
                city_id: city,
                quarter_id: q,
            });
        }
        let events: Vec<(i64, i64, i64, String, String, String)> =
            sqlx::query_as("SELECT id, city_id, quarter_id, title, description, place FROM events")
                .fetch_all(self.pool())
                .await?;
        for (id, city, q, title, description, place) in events {
            out.push(SearchDoc {
                kind: "event",
                id,
                title,
                body: format!("{description}\n{place}"),
                url: format!("/events/{id}/edit"),
                scope: "public".into(),
                city_id: city,
                quarter_id: q,
            });
        }
        let measures: Vec<MeasureRow> = sqlx::query_as(
            "SELECT m.id, q.city_id, p.quarter_id, m.code, m.title, m.description, p.published FROM plan_measures m JOIN plans p ON p.id = m.plan_id JOIN quarters q ON q.id = p.quarter_id",
        )
        .fetch_all(self.pool())
        .await?;
        for (id, city, q, code, title, description, published) in measures {
            out.push(SearchDoc {
                kind: "measure",
                id,
                title: format!("{code} {title}"),
                body: description,
                url: format!("/measures/{id}"),
                scope: public_or(published == 1, city),
                city_id: city,
                quarter_id: q,
            });
        }
        self.workshop_documents(&mut out).await?;
        for i in self.instruments().await? {
            let Some(p) = i.profile() else { continue };
            out.push(SearchDoc {
                kind: "instrument",
                id: i.id,
                title: p.name.clone(),
                body: profile_text(&p),
                url: format!("/instruments/{}", i.slug),
                scope: "public".into(),
                city_id: 0,
                quarter_id: i.origin_quarter_id.unwrap_or(0),
            });
        }
        Ok(out)
    }

    async fn workshop_documents(&self, out: &mut Vec<SearchDoc>) -> Result<(), DbError> {
        let sessions: Vec<SessionRow> = sqlx::query_as(
            "SELECT id, city_id, title, agenda, place, host_name, minutes, minutes_published FROM workshop_sessions",
        )
        .fetch_all(self.pool())
        .await?;
        for (id, city, title, agenda, place, host, minutes, published) in sessions {
            let agenda: Vec<String> = serde_json::from_str(&agenda).unwrap_or_default();
            out.push(SearchDoc {
                kind: "session",
                id,
                title: title.clone(),
                body: format!("{host}\n{place}\n{}", agenda.join("\n")),
                url: format!("/workshops/{id}"),
                scope: "public".into(),
                city_id: city,
                quarter_id: 0,
            });
            if !minutes.trim().is_empty() {
                out.push(SearchDoc {
                    kind: "minutes",
                    id,
                    title,
                    body: minutes,
                    url: format!("/workshops/{id}/minutes"),
                    scope: if published == 1 {
                        "public".into()
                    } else {
                        format!("session:{id}")
                    },
                    city_id: city,
                    quarter_id: 0,
                });
            }
        }
        let cases: Vec<CaseRow> = sqlx::query_as(
            "SELECT c.id, c.session_id, s.city_id, COALESCE(c.quarter_id, 0), c.title, c.presenter, c.problem, c.approach, c.resources, c.result, c.lessons FROM workshop_cases c JOIN workshop_sessions s ON s.id = c.session_id",
        )
        .fetch_all(self.pool())
        .await?;
        for (id, sid, city, q, title, presenter, problem, approach, resources, result, lessons) in
            cases
        {
            out.push(SearchDoc {
                kind: "case",
                id,
                title,
                body: [presenter, problem, approach, resources, result, lessons].join("\n"),
                url: format!("/workshops/{sid}#case-{id}"),
                scope: format!("session:{sid}"),
                city_id: city,
                quarter_id: q,
            });
        }
        let tasks: Vec<(i64, i64, i64, String, String)> = sqlx::query_as(
            "SELECT t.id, t.session_id, s.city_id, t.title, t.owner FROM workshop_tasks t JOIN workshop_sessions s ON s.id = t.session_id",
        )
        .fetch_all(self.pool())
        .await?;
        for (id, sid, city, title, owner) in tasks {
            out.push(SearchDoc {
                kind: "task",
                id,
                title,
                body: owner,
                url: format!("/workshops/{sid}#task-{id}"),
                scope: format!("session:{sid}"),
                city_id: city,
                quarter_id: 0,
            });
        }
        Ok(())
    }
}
