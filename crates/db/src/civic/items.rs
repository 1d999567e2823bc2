//! Offers and needs (one shape, two tables) and the public directory search.

use serde::{Deserialize, Serialize};
use sqlx::FromRow;

use crate::civic::actors::Actor;
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
    /// Inserts an offer or need; returns its id.
    pub async fn insert_item(
        &self,
        side: Side,
        actor: &Actor,
        d: &ItemDraft,
    ) -> Result<i64, DbError> {
        // The shared columns take $1–$14 in both statements (see `bind_item`).
        let sql = format!(
            "INSERT INTO {} (category, title, title_en, description, description_easy, languages, target_groups, schedule, cost, place, lon, lat, published, updated_at, actor_id, city_id, quarter_id, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, CAST($11 AS DOUBLE PRECISION), CAST($12 AS DOUBLE PRECISION), $13, $14, $15, $16, $17, $14) RETURNING id",
            side.table()
        );
        let row = bind_item(sqlx::query(&sql), d, now())
            .bind(actor.id)
            .bind(actor.city_id)
            .bind(actor.quarter_id)
            .fetch_one(self.pool())
            .await
            .map_err(|e| DbError::from_insert(e, side.table()))?;
        Ok(sqlx::Row::try_get(&row, 0)?)
    }

    /// Changes an offer or need.
    pub async fn update_item(&self, side: Side, id: i64, d: &ItemDraft) -> Result<(), DbError> {
        let sql = format!(
            "UPDATE {} SET category = $1, title = $2, title_en = $3, description = $4, description_easy = $5, languages = $6, target_groups = $7, schedule = $8, cost = $9, place = $10, lon = CAST($11 AS DOUBLE PRECISION), lat = CAST($12 AS DOUBLE PRECISION), published = $13, updated_at = $14 WHERE id = $15",
            side.table()
        );
        bind_item(sqlx::query(&sql), d, now())
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
}

type AnyQuery<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>;

/// Binds an item's columns as `$1`–`$14` (category … published, then the change
/// time), the part its INSERT and UPDATE share.
fn bind_item<'q>(q: AnyQuery<'q>, d: &'q ItemDraft, at: i64) -> AnyQuery<'q> {
    q.bind(&d.category)
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
        .bind(at)
}
