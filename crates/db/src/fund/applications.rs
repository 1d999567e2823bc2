//! Applications with their cost and financing lines.

use quartier_rules::fund::{
    ApplicationPlan, CostLine, Date, Declarations, FinancingKind, FinancingLine, Money,
};
use serde::Serialize;
use sqlx::{Any, FromRow, Transaction};

use crate::{Db, DbError, now};

/// Application statuses in their life-cycle order.
pub const STATUSES: [&str; 7] = [
    "draft",
    "submitted",
    "eligible",
    "ineligible",
    "jury",
    "approved",
    "rejected",
];

/// An application's row (without lines).
#[derive(Debug, Clone, FromRow, Serialize)]
pub struct ApplicationSummary {
    /// Row id.
    pub id: i64,
    /// Round.
    pub round_id: i64,
    /// Code ("VF-2024-07").
    pub code: String,
    /// Status (see [`STATUSES`]).
    pub status: String,
    /// person, initiative, association.
    pub applicant_kind: String,
    /// Applicant.
    pub applicant_name: String,
    /// Contact person.
    pub contact_name: String,
    /// Contact email.
    pub contact_email: String,
    /// Contact phone.
    pub contact_phone: String,
    /// Account holder (staff only).
    pub bank_holder: String,
    /// IBAN (staff only).
    pub bank_iban: String,
    /// Applying actor.
    pub actor_id: Option<i64>,
    /// Account that applied online.
    pub owner_user_id: Option<i64>,
    /// 1 when typed in by staff from a paper form.
    pub entered_by_staff: i64,
    /// Title.
    pub title: String,
    /// Plain-language summary for the jury.
    pub summary_plain: String,
    /// Description.
    pub description: String,
    /// Aims.
    pub aims: String,
    /// Target groups as a JSON list.
    pub target_groups: String,
    /// Partners.
    pub partners: String,
    /// Place (address or description).
    pub place: String,
    /// Location as GeoJSON point text, or empty.
    pub location: String,
    /// 1 inside the quarter, 0 outside, NULL not checked.
    pub inside_area: Option<i64>,
    /// Start (ISO date or empty).
    pub start_on: String,
    /// End (ISO date or empty).
    pub end_on: String,
    /// Action-plan measure it serves.
    pub measure_id: Option<i64>,
    /// Idea it came from (participation reference).
    pub idea_ref: String,
    /// 1 investive.
    pub investive: i64,
    /// Declarations as JSON.
    pub declarations: String,
    /// Note of the eligibility check.
    pub check_note: String,
    /// Submitted (Unix seconds).
    pub submitted_at: Option<i64>,
}

const APP_COLS: &str = "id, round_id, code, status, applicant_kind, applicant_name, contact_name, contact_email, \
    contact_phone, bank_holder, bank_iban, actor_id, owner_user_id, entered_by_staff, title, summary_plain, description, \
    aims, target_groups, partners, place, location, inside_area, start_on, end_on, measure_id, idea_ref, investive, \
    declarations, check_note, submitted_at";

/// An application with its plan.
#[derive(Debug, Clone, Serialize)]
pub struct Application {
    /// The row.
    pub row: ApplicationSummary,
    /// Cost plan.
    pub cost_lines: Vec<CostLine>,
    /// Financing plan.
    pub financing_lines: Vec<FinancingLine>,
}

impl Application {
    /// The plan in the rules' terms.
    pub fn plan(&self) -> ApplicationPlan {
        let r = &self.row;
        ApplicationPlan {
            title: r.title.clone(),
            investive: r.investive != 0,
            start: r.start_on.parse::<Date>().ok(),
            end: r.end_on.parse::<Date>().ok(),
            inside_area: r.inside_area.map(|v| v != 0),
            cost_lines: self.cost_lines.clone(),
            financing_lines: self.financing_lines.clone(),
            declarations: serde_json::from_str::<Declarations>(&r.declarations).unwrap_or_default(),
        }
    }
}

/// What a form saves.
#[derive(Debug, Clone, Default)]
pub struct ApplicationInput {
    /// person, initiative, association.
    pub applicant_kind: String,
    /// Applicant.
    pub applicant_name: String,
    /// Contact person.
    pub contact_name: String,
    /// Contact email.
    pub contact_email: String,
    /// Contact phone.
    pub contact_phone: String,
    /// Account holder.
    pub bank_holder: String,
    /// IBAN.
    pub bank_iban: String,
    /// Title.
    pub title: String,
    /// Plain-language summary.
    pub summary_plain: String,
    /// Description.
    pub description: String,
    /// Aims.
    pub aims: String,
    /// Target groups.
    pub target_groups: Vec<String>,
    /// Partners.
    pub partners: String,
    /// Place.
    pub place: String,
    /// GeoJSON point or empty.
    pub location: String,
    /// Inside the quarter, if checked.
    pub inside_area: Option<bool>,
    /// Start.
    pub start_on: String,
    /// End.
    pub end_on: String,
    /// Measure served.
    pub measure_id: Option<i64>,
    /// Idea reference.
    pub idea_ref: String,
    /// Investive.
    pub investive: bool,
    /// Declarations.
    pub declarations: Declarations,
    /// Cost plan.
    pub cost_lines: Vec<CostLine>,
    /// Financing plan.
    pub financing_lines: Vec<FinancingLine>,
}

#[derive(FromRow)]
struct CostRow {
    category: String,
    description: String,
    amount_cents: i64,
    investive: i64,
    purchase: i64,
    quotes: i64,
}

#[derive(FromRow)]
struct FinRow {
    kind: String,
    description: String,
    amount_cents: i64,
}

impl Db {
    /// Creates an application in a round with the next code ("VF-<year>-NN").
    pub async fn fund_application_create(
        &self,
        round_id: i64,
        owner_user_id: Option<i64>,
        entered_by_staff: bool,
        input: &ApplicationInput,
    ) -> Result<i64, DbError> {
        let mut tx = self.pool().begin().await?;
        let year: i64 = sqlx::query_scalar("SELECT year FROM fund_rounds WHERE id = $1")
            .bind(round_id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(DbError::NotFound)?;
        let n: i64 = sqlx::query_scalar(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM fund_applications a JOIN fund_rounds r ON r.id = a.round_id \
             WHERE r.fund_id = (SELECT fund_id FROM fund_rounds WHERE id = $1) AND r.year = $2",
        )
        .bind(round_id)
        .bind(year)
        .fetch_one(&mut *tx)
        .await?;
        let code = format!("VF-{year}-{:02}", n + 1);
        let t = now();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO fund_applications (round_id, code, status, applicant_name, title, owner_user_id, entered_by_staff, created_at, updated_at) \
             VALUES ($1, $2, 'draft', $3, $4, $5, $6, $7, $7) RETURNING id",
        )
        .bind(round_id)
        .bind(&code)
        .bind(&input.applicant_name)
        .bind(&input.title)
        .bind(owner_user_id)
        .bind(i64::from(entered_by_staff))
        .bind(t)
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| DbError::from_insert(e, "application"))?;
        write_application(&mut tx, id, input).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Replaces an application's data and lines.
    pub async fn fund_application_update(
        &self,
        id: i64,
        input: &ApplicationInput,
    ) -> Result<(), DbError> {
        let mut tx = self.pool().begin().await?;
        write_application(&mut tx, id, input).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Sets the status (and the check note); `submitted` also records the time.
    pub async fn fund_application_set_status(
        &self,
        id: i64,
        status: &str,
        note: Option<&str>,
    ) -> Result<(), DbError> {
        let t = now();
        sqlx::query(
            "UPDATE fund_applications SET status = $1, check_note = COALESCE($2, check_note), updated_at = $3, \
             submitted_at = CASE WHEN $1 = 'submitted' THEN $3 ELSE submitted_at END WHERE id = $4",
        )
        .bind(status)
        .bind(note)
        .bind(t)
        .bind(id)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// One application with its lines.
    pub async fn fund_application(&self, id: i64) -> Result<Option<Application>, DbError> {
        let row: Option<ApplicationSummary> = sqlx::query_as(&format!(
            "SELECT {APP_COLS} FROM fund_applications WHERE id = $1"
        ))
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        let Some(row) = row else { return Ok(None) };
        let costs: Vec<CostRow> = sqlx::query_as(
            "SELECT category, description, amount_cents, investive, purchase, quotes FROM fund_cost_lines WHERE application_id = $1 ORDER BY line_no",
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?;
        let fins: Vec<FinRow> = sqlx::query_as(
            "SELECT kind, description, amount_cents FROM fund_financing_lines WHERE application_id = $1 ORDER BY line_no",
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?;
        Ok(Some(Application {
            row,
            cost_lines: costs
                .into_iter()
                .map(|c| CostLine {
                    category: c.category,
                    description: c.description,
                    amount: Money(c.amount_cents),
                    investive: c.investive != 0,
                    purchase: c.purchase != 0,
                    quotes: u32::try_from(c.quotes).unwrap_or(0),
                })
                .collect(),
            financing_lines: fins
                .into_iter()
                .filter_map(|f| {
                    Some(FinancingLine {
                        kind: FinancingKind::from_key(&f.kind)?,
                        description: f.description,
                        amount: Money(f.amount_cents),
                    })
                })
                .collect(),
        }))
    }

    /// Applications of a round by code.
    pub async fn fund_applications_of_round(
        &self,
        round_id: i64,
    ) -> Result<Vec<ApplicationSummary>, DbError> {
        Ok(sqlx::query_as(&format!(
            "SELECT {APP_COLS} FROM fund_applications WHERE round_id = $1 ORDER BY code"
        ))
        .bind(round_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Applications owned by an account, newest first.
    pub async fn fund_applications_of_user(
        &self,
        user_id: i64,
    ) -> Result<Vec<ApplicationSummary>, DbError> {
        Ok(sqlx::query_as(&format!(
            "SELECT {APP_COLS} FROM fund_applications WHERE owner_user_id = $1 ORDER BY id DESC"
        ))
        .bind(user_id)
        .fetch_all(self.pool())
        .await?)
    }
}

async fn write_application(
    tx: &mut Transaction<'_, Any>,
    id: i64,
    i: &ApplicationInput,
) -> Result<(), DbError> {
    let decl = serde_json::to_string(&i.declarations).unwrap_or_else(|_| "{}".into());
    let groups = serde_json::to_string(&i.target_groups).unwrap_or_else(|_| "[]".into());
    let res = sqlx::query(
        "UPDATE fund_applications SET applicant_kind = $1, applicant_name = $2, contact_name = $3, contact_email = $4, \
         contact_phone = $5, bank_holder = $6, bank_iban = $7, title = $8, summary_plain = $9, description = $10, aims = $11, \
         target_groups = $12, partners = $13, place = $14, location = $15, inside_area = $16, start_on = $17, end_on = $18, \
         measure_id = $19, idea_ref = $20, investive = $21, declarations = $22, updated_at = $23 WHERE id = $24",
    )
    .bind(&i.applicant_kind)
    .bind(&i.applicant_name)
    .bind(&i.contact_name)
    .bind(&i.contact_email)
    .bind(&i.contact_phone)
    .bind(&i.bank_holder)
    .bind(&i.bank_iban)
    .bind(&i.title)
    .bind(&i.summary_plain)
    .bind(&i.description)
    .bind(&i.aims)
    .bind(groups)
    .bind(&i.partners)
    .bind(&i.place)
    .bind(&i.location)
    .bind(i.inside_area.map(i64::from))
    .bind(&i.start_on)
    .bind(&i.end_on)
    .bind(i.measure_id)
    .bind(&i.idea_ref)
    .bind(i64::from(i.investive))
    .bind(decl)
    .bind(now())
    .bind(id)
    .execute(&mut **tx)
    .await?;
    if res.rows_affected() == 0 {
        return Err(DbError::NotFound);
    }
    sqlx::query("DELETE FROM fund_cost_lines WHERE application_id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    sqlx::query("DELETE FROM fund_financing_lines WHERE application_id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    for (n, c) in i.cost_lines.iter().enumerate() {
        sqlx::query(
            "INSERT INTO fund_cost_lines (application_id, line_no, category, description, amount_cents, investive, purchase, quotes) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(id)
        .bind(n as i64 + 1)
        .bind(&c.category)
        .bind(&c.description)
        .bind(c.amount.cents())
        .bind(i64::from(c.investive))
        .bind(i64::from(c.purchase))
        .bind(i64::from(c.quotes))
        .execute(&mut **tx)
        .await?;
    }
    for (n, f) in i.financing_lines.iter().enumerate() {
        sqlx::query(
            "INSERT INTO fund_financing_lines (application_id, line_no, kind, description, amount_cents) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(id)
        .bind(n as i64 + 1)
        .bind(f.kind.key())
        .bind(&f.description)
        .bind(f.amount.cents())
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}
