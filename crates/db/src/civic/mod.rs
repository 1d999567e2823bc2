//! Local civic structures (M4): actor representatives, offers and needs,
//! cooperation links and the shared event calendar. The actors themselves are in
//! [`crate::civic::actors`].

pub mod actors;

use serde::{Deserialize, Serialize};
use sqlx::FromRow;

use crate::civic::actors::{ACTOR_COLS, Actor, ActorDraft};
use crate::{Db, DbError, now};

/// Offers and needs share one shape; this says which table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// An offer (Angebot).
    Offer,
    /// A need (Bedarf).
    Need,
}

impl Side {
    fn table(self) -> &'static str {
        match self {
            Side::Offer => "offers",
            Side::Need => "needs",
        }
    }
}

/// One offer or need. List fields are JSON arrays as text.
#[derive(Debug, Clone, FromRow, Serialize, Deserialize)]
pub struct Item {
    /// Row id.
    pub id: i64,
    /// Actor who offers or needs it.
    pub actor_id: i64,
    /// City.
    pub city_id: i64,
    /// Quarter.
    pub quarter_id: i64,
    /// Category key (course, counselling, room, equipment, volunteering, language, meeting).
    pub category: String,
    /// Title (German).
    pub title: String,
    /// Title in English (optional).
    pub title_en: String,
    /// Description.
    pub description: String,
    /// Plain-language description (Leichte Sprache).
    pub description_easy: String,
    /// Languages (JSON array of ISO 639-1 codes).
    pub languages: String,
    /// Target groups (JSON array).
    pub target_groups: String,
    /// Times in words.
    pub schedule: String,
    /// `free`, `low` or `paid`.
    pub cost: String,
    /// Place (address).
    pub place: String,
    /// Longitude.
    pub lon: Option<f64>,
    /// Latitude.
    pub lat: Option<f64>,
    /// 1 when shown in the public directory.
    pub published: i64,
    /// Created (Unix seconds).
    pub created_at: i64,
    /// Last change (Unix seconds).
    pub updated_at: i64,
}

/// Fields of a new or changed offer or need.
#[derive(Debug, Clone, Default)]
pub struct ItemDraft {
    /// Category key.
    pub category: String,
    /// Title.
    pub title: String,
    /// English title.
    pub title_en: String,
    /// Description.
    pub description: String,
    /// Leichte Sprache.
    pub description_easy: String,
    /// JSON array text.
    pub languages: String,
    /// JSON array text.
    pub target_groups: String,
    /// Times.
    pub schedule: String,
    /// Cost key.
    pub cost: String,
    /// Place.
    pub place: String,
    /// Longitude.
    pub lon: Option<f64>,
    /// Latitude.
    pub lat: Option<f64>,
    /// Public.
    pub published: bool,
}

const ITEM_COLS: &str = "id, actor_id, city_id, quarter_id, category, title, title_en, description, description_easy, languages, target_groups, schedule, cost, place, lon, lat, published, created_at, updated_at";

/// An offer found by the directory search, with its actor's name.
#[derive(Debug, Clone, FromRow)]
pub struct OfferHit {
    /// The offer.
    #[sqlx(flatten)]
    pub item: Item,
    /// Name of the offering actor.
    pub actor_name: String,
}

/// Filters of the public directory. Empty strings mean "any".
#[derive(Debug, Clone, Default)]
pub struct DirectoryQuery {
    /// City.
    pub city_id: i64,
    /// Words in title or description.
    pub q: String,
    /// Category key.
    pub category: String,
    /// Language code.
    pub language: String,
    /// Target group label.
    pub target_group: String,
    /// Only free offers.
    pub free_only: bool,
    /// Only offers within this box (min lon, min lat, max lon, max lat), nearest first
    /// from the given centre (lon, lat).
    pub near: Option<([f64; 4], [f64; 2])>,
    /// Rows to skip.
    pub offset: i64,
    /// Rows to return.
    pub limit: i64,
}

/// A cooperation link between two actors.
#[derive(Debug, Clone, FromRow, Serialize)]
pub struct Link {
    /// Row id.
    pub id: i64,
    /// Quarter.
    pub quarter_id: i64,
    /// One actor (the smaller id).
    pub actor_a: i64,
    /// The other actor.
    pub actor_b: i64,
    /// Kind of cooperation.
    pub kind: String,
    /// Through which measure (free text).
    pub measure: String,
    /// Since which year.
    pub since_year: i64,
    /// Ended in this year; `None` while active.
    pub until_year: Option<i64>,
    /// Created (Unix seconds).
    pub created_at: i64,
}

/// An event of the shared calendar.
#[derive(Debug, Clone, FromRow, Serialize)]
pub struct Event {
    /// Row id.
    pub id: i64,
    /// City.
    pub city_id: i64,
    /// Quarter.
    pub quarter_id: i64,
    /// Organising actor.
    pub actor_id: Option<i64>,
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
    /// Place.
    pub place: String,
    /// Start (Unix seconds).
    pub starts_at: i64,
    /// End (Unix seconds).
    pub ends_at: i64,
    /// Stable iCalendar UID.
    pub uid: String,
    /// Created (Unix seconds).
    pub created_at: i64,
    /// Last change (Unix seconds).
    pub updated_at: i64,
}

/// Fields of a new or changed event.
#[derive(Debug, Clone, Default)]
pub struct EventDraft {
    /// Organising actor.
    pub actor_id: Option<i64>,
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
    /// Place.
    pub place: String,
    /// Start (Unix seconds).
    pub starts_at: i64,
    /// End (Unix seconds).
    pub ends_at: i64,
}

impl quartier_rules::civic::Listing for Item {
    fn id(&self) -> i64 {
        self.id
    }
    fn actor_id(&self) -> i64 {
        self.actor_id
    }
    fn category(&self) -> &str {
        &self.category
    }
    fn published(&self) -> bool {
        self.published == 1
    }
    fn languages(&self) -> Vec<String> {
        serde_json::from_str(&self.languages).unwrap_or_default()
    }
    fn target_groups(&self) -> Vec<String> {
        serde_json::from_str(&self.target_groups).unwrap_or_default()
    }
    fn cost(&self) -> &str {
        &self.cost
    }
    fn position(&self) -> Option<(f64, f64)> {
        Some((self.lon?, self.lat?))
    }
}

impl quartier_rules::civic::Tie for Link {
    fn since_year(&self) -> i64 {
        self.since_year
    }
    fn until_year(&self) -> Option<i64> {
        self.until_year
    }
}

const EVENT_COLS: &str = "id, city_id, quarter_id, actor_id, title, description, place, starts_at, ends_at, uid, created_at, updated_at";
const LINK_COLS: &str =
    "id, quarter_id, actor_a, actor_b, kind, measure, since_year, until_year, created_at";

enum Bind {
    I(i64),
    F(f64),
    S(String),
}

fn push(wh: &mut String, cond: &str, b: Bind, binds: &mut Vec<Bind>) {
    binds.push(b);
    wh.push_str(&cond.replace("$?", &format!("${}", binds.len())));
}

fn like_pattern(s: &str) -> String {
    let cleaned: String = s
        .to_lowercase()
        .chars()
        .filter(|c| !matches!(c, '%' | '_' | '\\'))
        .collect();
    format!("%{cleaned}%")
}

impl Db {
    /// Changes an actor's fields (key, city and quarter stay).
    pub async fn update_actor(
        &self,
        id: i64,
        a: &ActorDraft,
        description_easy: &str,
    ) -> Result<(), DbError> {
        let sql = "UPDATE actors SET name = $1, kind = $2, description = $3, address = $4, lon = CAST($5 AS DOUBLE PRECISION), lat = CAST($6 AS DOUBLE PRECISION), languages = $7, target_groups = $8, opening_hours = $9, email = $10, phone = $11, website = $12, barrier_free = $13, accessibility = $14, public_fields = $15, published = $16, description_easy = $17, updated_at = $18 WHERE id = $19";
        sqlx::query(sql)
            .bind(&a.name)
            .bind(&a.kind)
            .bind(&a.description)
            .bind(&a.address)
            .bind(crate::float_param(a.lon))
            .bind(crate::float_param(a.lat))
            .bind(&a.languages)
            .bind(&a.target_groups)
            .bind(&a.opening_hours)
            .bind(&a.email)
            .bind(&a.phone)
            .bind(&a.website)
            .bind(i64::from(a.barrier_free))
            .bind(&a.accessibility)
            .bind(&a.public_fields)
            .bind(i64::from(a.published))
            .bind(description_easy)
            .bind(now())
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Sets the plain-language description of an actor.
    pub async fn set_actor_easy(&self, id: i64, text: &str) -> Result<(), DbError> {
        sqlx::query("UPDATE actors SET description_easy = $1 WHERE id = $2")
            .bind(text)
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// One page of a quarter's actors by name, and the total count.
    pub async fn actors_page(
        &self,
        quarter_id: i64,
        published_only: bool,
        offset: i64,
        limit: i64,
    ) -> Result<(Vec<Actor>, i64), DbError> {
        let filter = if published_only {
            " AND published = 1"
        } else {
            ""
        };
        let sql = format!(
            "SELECT {ACTOR_COLS} FROM actors WHERE quarter_id = $1{filter} ORDER BY name, id LIMIT $2 OFFSET $3"
        );
        let rows = sqlx::query_as::<_, Actor>(&sql)
            .bind(quarter_id)
            .bind(limit)
            .bind(offset)
            .fetch_all(self.pool())
            .await?;
        let count_sql = format!("SELECT COUNT(*) FROM actors WHERE quarter_id = $1{filter}");
        let total: i64 = sqlx::query_scalar(&count_sql)
            .bind(quarter_id)
            .fetch_one(self.pool())
            .await?;
        Ok((rows, total))
    }

    /// Does an actor key exist in the city?
    pub async fn actor_key_taken(&self, city_id: i64, key: &str) -> Result<bool, DbError> {
        let n: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM actors WHERE city_id = $1 AND actor_key = $2")
                .bind(city_id)
                .bind(key)
                .fetch_one(self.pool())
                .await?;
        Ok(n > 0)
    }

    /// Makes `user_id` a representative of `actor_id`.
    pub async fn add_actor_member(&self, actor_id: i64, user_id: i64) -> Result<(), DbError> {
        sqlx::query("INSERT INTO actor_members (actor_id, user_id) VALUES ($1, $2)")
            .bind(actor_id)
            .bind(user_id)
            .execute(self.pool())
            .await
            .map_err(|e| DbError::from_insert(e, "actor member"))?;
        Ok(())
    }

    /// Ids of the actors `user_id` represents.
    pub async fn actors_of_user(&self, user_id: i64) -> Result<Vec<i64>, DbError> {
        Ok(
            sqlx::query_scalar("SELECT actor_id FROM actor_members WHERE user_id = $1")
                .bind(user_id)
                .fetch_all(self.pool())
                .await?,
        )
    }

    /// Inserts an offer or need; returns its id.
    pub async fn insert_item(
        &self,
        side: Side,
        actor: &Actor,
        d: &ItemDraft,
    ) -> Result<i64, DbError> {
        let t = now();
        let sql = format!(
            "INSERT INTO {} (actor_id, city_id, quarter_id, category, title, title_en, description, description_easy, languages, target_groups, schedule, cost, place, lon, lat, published, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, CAST($14 AS DOUBLE PRECISION), CAST($15 AS DOUBLE PRECISION), $16, $17, $18) RETURNING id",
            side.table()
        );
        sqlx::query_scalar(&sql)
            .bind(actor.id)
            .bind(actor.city_id)
            .bind(actor.quarter_id)
            .bind(&d.category)
            .bind(&d.title)
            .bind(&d.title_en)
            .bind(&d.description)
            .bind(&d.description_easy)
            .bind(&d.languages)
            .bind(&d.target_groups)
            .bind(&d.schedule)
            .bind(&d.cost)
            .bind(&d.place)
            .bind(crate::float_param(d.lon))
            .bind(crate::float_param(d.lat))
            .bind(i64::from(d.published))
            .bind(t)
            .bind(t)
            .fetch_one(self.pool())
            .await
            .map_err(|e| DbError::from_insert(e, side.table()))
    }

    /// Changes an offer or need.
    pub async fn update_item(&self, side: Side, id: i64, d: &ItemDraft) -> Result<(), DbError> {
        let sql = format!(
            "UPDATE {} SET category = $1, title = $2, title_en = $3, description = $4, description_easy = $5, languages = $6, target_groups = $7, schedule = $8, cost = $9, place = $10, lon = CAST($11 AS DOUBLE PRECISION), lat = CAST($12 AS DOUBLE PRECISION), published = $13, updated_at = $14 WHERE id = $15",
            side.table()
        );
        sqlx::query(&sql)
            .bind(&d.category)
            .bind(&d.title)
            .bind(&d.title_en)
            .bind(&d.description)
            .bind(&d.description_easy)
            .bind(&d.languages)
            .bind(&d.target_groups)
            .bind(&d.schedule)
            .bind(&d.cost)
            .bind(&d.place)
            .bind(crate::float_param(d.lon))
            .bind(crate::float_param(d.lat))
            .bind(i64::from(d.published))
            .bind(now())
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// One offer or need.
    pub async fn item(&self, side: Side, id: i64) -> Result<Option<Item>, DbError> {
        let sql = format!("SELECT {ITEM_COLS} FROM {} WHERE id = $1", side.table());
        Ok(sqlx::query_as::<_, Item>(&sql)
            .bind(id)
            .fetch_optional(self.pool())
            .await?)
    }

    /// Offers or needs of one actor, by title.
    pub async fn items_of_actor(&self, side: Side, actor_id: i64) -> Result<Vec<Item>, DbError> {
        let sql = format!(
            "SELECT {ITEM_COLS} FROM {} WHERE actor_id = $1 ORDER BY title, id",
            side.table()
        );
        Ok(sqlx::query_as::<_, Item>(&sql)
            .bind(actor_id)
            .fetch_all(self.pool())
            .await?)
    }

    /// Offers or needs of a quarter, by title.
    pub async fn items_in_quarter(
        &self,
        side: Side,
        quarter_id: i64,
    ) -> Result<Vec<Item>, DbError> {
        let sql = format!(
            "SELECT {ITEM_COLS} FROM {} WHERE quarter_id = $1 ORDER BY title, id",
            side.table()
        );
        Ok(sqlx::query_as::<_, Item>(&sql)
            .bind(quarter_id)
            .fetch_all(self.pool())
            .await?)
    }

    /// The public directory: published offers of published actors matching the
    /// filters, one page, and the total number of hits.
    pub async fn search_offers(&self, f: &DirectoryQuery) -> Result<(Vec<OfferHit>, i64), DbError> {
        let mut binds = vec![Bind::I(f.city_id)];
        let mut wh = String::from(
            "o.city_id = $1 AND o.published = 1 AND a.published = 1 AND a.id = o.actor_id",
        );
        let q = f.q.trim();
        if !q.is_empty() {
            let p = like_pattern(q);
            binds.push(Bind::S(p.clone()));
            let n1 = binds.len();
            binds.push(Bind::S(p.clone()));
            let n2 = binds.len();
            binds.push(Bind::S(p));
            let n3 = binds.len();
            wh.push_str(&format!(
                " AND (LOWER(o.title) LIKE ${n1} OR LOWER(o.title_en) LIKE ${n2} OR LOWER(o.description) LIKE ${n3})"
            ));
        }
        if !f.category.is_empty() {
            push(
                &mut wh,
                " AND o.category = $?",
                Bind::S(f.category.clone()),
                &mut binds,
            );
        }
        if !f.language.is_empty() {
            push(
                &mut wh,
                " AND o.languages LIKE $?",
                Bind::S(format!("%\"{}\"%", f.language.replace(['%', '_', '"'], ""))),
                &mut binds,
            );
        }
        if !f.target_group.is_empty() {
            push(
                &mut wh,
                " AND o.target_groups LIKE $?",
                Bind::S(format!(
                    "%\"{}\"%",
                    f.target_group.replace(['%', '_', '"'], "")
                )),
                &mut binds,
            );
        }
        if f.free_only {
            wh.push_str(" AND o.cost = 'free'");
        }
        let mut order = String::from("o.title, o.id");
        if let Some((bbox, centre)) = f.near {
            push(&mut wh, " AND o.lon >= $?", Bind::F(bbox[0]), &mut binds);
            push(&mut wh, " AND o.lat >= $?", Bind::F(bbox[1]), &mut binds);
            push(&mut wh, " AND o.lon <= $?", Bind::F(bbox[2]), &mut binds);
            push(&mut wh, " AND o.lat <= $?", Bind::F(bbox[3]), &mut binds);
            binds.push(Bind::F(centre[0]));
            let x = binds.len();
            binds.push(Bind::F(centre[1]));
            let y = binds.len();
            // Squared planar distance with longitudes shortened by cos(latitude).
            let k = centre[1].to_radians().cos();
            order = format!(
                "((o.lon - ${x}) * {k:.6}) * ((o.lon - ${x}) * {k:.6}) + (o.lat - ${y}) * (o.lat - ${y}), o.title, o.id"
            );
        }
        let count_sql = format!("SELECT COUNT(*) FROM offers o, actors a WHERE {wh}");
        let n_filter = binds.len();
        // The count query uses no ordering binds: cut them when a centre was bound.
        let count_sql_binds = if f.near.is_some() {
            n_filter - 2
        } else {
            n_filter
        };
        let mut cq = sqlx::query_scalar::<_, i64>(&count_sql);
        for b in binds.iter().take(count_sql_binds) {
            cq = match b {
                Bind::I(v) => cq.bind(*v),
                Bind::F(v) => cq.bind(*v),
                Bind::S(v) => cq.bind(v.clone()),
            };
        }
        let total = cq.fetch_one(self.pool()).await?;
        let cols = ITEM_COLS
            .split(", ")
            .map(|c| format!("o.{c}"))
            .collect::<Vec<_>>()
            .join(", ");
        binds.push(Bind::I(f.limit));
        let l = binds.len();
        binds.push(Bind::I(f.offset));
        let o = binds.len();
        let sql = format!(
            "SELECT {cols}, a.name AS actor_name FROM offers o, actors a WHERE {wh} ORDER BY {order} LIMIT ${l} OFFSET ${o}"
        );
        let mut query = sqlx::query_as::<_, OfferHit>(&sql);
        for b in &binds {
            query = match b {
                Bind::I(v) => query.bind(*v),
                Bind::F(v) => query.bind(*v),
                Bind::S(v) => query.bind(v.clone()),
            };
        }
        let rows = query.fetch_all(self.pool()).await?;
        Ok((rows, total))
    }

    /// Distinct target-group lists of the city's published offers (JSON texts).
    pub async fn offer_target_group_lists(&self, city_id: i64) -> Result<Vec<String>, DbError> {
        Ok(sqlx::query_scalar(
            "SELECT DISTINCT target_groups FROM offers WHERE city_id = $1 AND published = 1",
        )
        .bind(city_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Records a cooperation link (stored with the smaller actor id first).
    pub async fn insert_link(
        &self,
        quarter_id: i64,
        a: i64,
        b: i64,
        kind: &str,
        measure: &str,
        since_year: i64,
    ) -> Result<i64, DbError> {
        let (a, b) = if a <= b { (a, b) } else { (b, a) };
        sqlx::query_scalar("INSERT INTO actor_links (quarter_id, actor_a, actor_b, kind, measure, since_year, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id")
            .bind(quarter_id)
            .bind(a)
            .bind(b)
            .bind(kind)
            .bind(measure)
            .bind(since_year)
            .bind(now())
            .fetch_one(self.pool())
            .await
            .map_err(|e| DbError::from_insert(e, "link"))
    }

    /// Ends a link in `year`.
    pub async fn end_link(&self, id: i64, year: i64) -> Result<(), DbError> {
        sqlx::query("UPDATE actor_links SET until_year = $1 WHERE id = $2 AND until_year IS NULL")
            .bind(year)
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// One link.
    pub async fn link(&self, id: i64) -> Result<Option<Link>, DbError> {
        let sql = format!("SELECT {LINK_COLS} FROM actor_links WHERE id = $1");
        Ok(sqlx::query_as::<_, Link>(&sql)
            .bind(id)
            .fetch_optional(self.pool())
            .await?)
    }

    /// Every link of a quarter (active and ended), oldest first.
    pub async fn links_in_quarter(&self, quarter_id: i64) -> Result<Vec<Link>, DbError> {
        let sql = format!(
            "SELECT {LINK_COLS} FROM actor_links WHERE quarter_id = $1 ORDER BY since_year, id"
        );
        Ok(sqlx::query_as::<_, Link>(&sql)
            .bind(quarter_id)
            .fetch_all(self.pool())
            .await?)
    }

    /// Adds an event; returns its id.
    pub async fn insert_event(
        &self,
        city_id: i64,
        quarter_id: i64,
        e: &EventDraft,
        uid: &str,
    ) -> Result<i64, DbError> {
        let t = now();
        sqlx::query_scalar("INSERT INTO events (city_id, quarter_id, actor_id, title, description, place, starts_at, ends_at, uid, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id")
            .bind(city_id)
            .bind(quarter_id)
            .bind(e.actor_id)
            .bind(&e.title)
            .bind(&e.description)
            .bind(&e.place)
            .bind(e.starts_at)
            .bind(e.ends_at)
            .bind(uid)
            .bind(t)
            .bind(t)
            .fetch_one(self.pool())
            .await
            .map_err(|err| DbError::from_insert(err, "event"))
    }

    /// Changes an event.
    pub async fn update_event(&self, id: i64, e: &EventDraft) -> Result<(), DbError> {
        sqlx::query("UPDATE events SET actor_id = $1, title = $2, description = $3, place = $4, starts_at = $5, ends_at = $6, updated_at = $7 WHERE id = $8")
            .bind(e.actor_id)
            .bind(&e.title)
            .bind(&e.description)
            .bind(&e.place)
            .bind(e.starts_at)
            .bind(e.ends_at)
            .bind(now())
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// One event.
    pub async fn event(&self, id: i64) -> Result<Option<Event>, DbError> {
        let sql = format!("SELECT {EVENT_COLS} FROM events WHERE id = $1");
        Ok(sqlx::query_as::<_, Event>(&sql)
            .bind(id)
            .fetch_optional(self.pool())
            .await?)
    }

    /// Events of the city (or one quarter) starting in `[from, to)`, earliest first.
    pub async fn events_between(
        &self,
        city_id: i64,
        quarter_id: Option<i64>,
        from: i64,
        to: i64,
    ) -> Result<Vec<Event>, DbError> {
        let (sql, scope) = match quarter_id {
            Some(q) => (
                format!(
                    "SELECT {EVENT_COLS} FROM events WHERE quarter_id = $1 AND starts_at >= $2 AND starts_at < $3 ORDER BY starts_at, id LIMIT 500"
                ),
                q,
            ),
            None => (
                format!(
                    "SELECT {EVENT_COLS} FROM events WHERE city_id = $1 AND starts_at >= $2 AND starts_at < $3 ORDER BY starts_at, id LIMIT 500"
                ),
                city_id,
            ),
        };
        Ok(sqlx::query_as::<_, Event>(&sql)
            .bind(scope)
            .bind(from)
            .bind(to)
            .fetch_all(self.pool())
            .await?)
    }
}
