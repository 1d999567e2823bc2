//! Series, sessions, participants, cases, decisions and follow-up tasks.

use super::{Case, Decision, Participant, Series, Session, Task};
use crate::{Db, DbError};

const SESSION_COLS: &str = "id, series_id, city_id, title, held_on, host_quarter_id, host_name, place, online_link, agenda, minutes, minutes_published, created_at, updated_at";

/// A new session.
#[derive(Debug, Clone, Default)]
pub struct NewSession<'a> {
    /// Series.
    pub series_id: Option<i64>,
    /// Organising city.
    pub city_id: i64,
    /// Title.
    pub title: &'a str,
    /// Date (YYYY-MM-DD).
    pub held_on: &'a str,
    /// Host quarter.
    pub host_quarter_id: Option<i64>,
    /// Host team name.
    pub host_name: &'a str,
    /// Place.
    pub place: &'a str,
    /// Online link.
    pub online_link: &'a str,
    /// Agenda items.
    pub agenda: &'a [String],
}

/// A new case presentation (the fixed template).
#[derive(Debug, Clone, Default)]
pub struct NewCase<'a> {
    /// Quarter the case comes from.
    pub quarter_id: Option<i64>,
    /// Title.
    pub title: &'a str,
    /// Presenter.
    pub presenter: &'a str,
    /// Problem.
    pub problem: &'a str,
    /// Approach.
    pub approach: &'a str,
    /// Resources used.
    pub resources: &'a str,
    /// Result.
    pub result: &'a str,
    /// Lessons learned.
    pub lessons: &'a str,
}

impl Db {
    /// Creates a series.
    pub async fn create_workshop_series(
        &self,
        city_id: i64,
        title: &str,
        description: &str,
        hosts: &[i64],
        at: i64,
    ) -> Result<i64, DbError> {
        let hosts = serde_json::to_string(hosts).unwrap_or_else(|_| "[]".into());
        Ok(sqlx::query_scalar(
            "INSERT INTO workshop_series (city_id, title, description, hosts, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(city_id)
        .bind(title)
        .bind(description)
        .bind(hosts)
        .bind(at)
        .fetch_one(self.pool())
        .await?)
    }

    /// Every series.
    pub async fn workshop_series(&self) -> Result<Vec<Series>, DbError> {
        Ok(sqlx::query_as::<_, Series>(
            "SELECT id, city_id, title, description, hosts, created_at FROM workshop_series ORDER BY id",
        )
        .fetch_all(self.pool())
        .await?)
    }

    /// One series.
    pub async fn workshop_series_by_id(&self, id: i64) -> Result<Option<Series>, DbError> {
        Ok(sqlx::query_as::<_, Series>(
            "SELECT id, city_id, title, description, hosts, created_at FROM workshop_series WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(self.pool())
        .await?)
    }

    /// Creates a session.
    pub async fn create_workshop_session(
        &self,
        s: &NewSession<'_>,
        at: i64,
    ) -> Result<i64, DbError> {
        let agenda = serde_json::to_string(s.agenda).unwrap_or_else(|_| "[]".into());
        Ok(sqlx::query_scalar(
            "INSERT INTO workshop_sessions (series_id, city_id, title, held_on, host_quarter_id, host_name, place, online_link, agenda, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id",
        )
        .bind(s.series_id)
        .bind(s.city_id)
        .bind(s.title)
        .bind(s.held_on)
        .bind(s.host_quarter_id)
        .bind(s.host_name)
        .bind(s.place)
        .bind(s.online_link)
        .bind(agenda)
        .bind(at)
        .fetch_one(self.pool())
        .await?)
    }

    /// Every session, newest first.
    pub async fn workshop_sessions(&self) -> Result<Vec<Session>, DbError> {
        Ok(sqlx::query_as::<_, Session>(&format!(
            "SELECT {SESSION_COLS} FROM workshop_sessions ORDER BY held_on DESC, id DESC"
        ))
        .fetch_all(self.pool())
        .await?)
    }

    /// The sessions of a series, in date order.
    pub async fn workshop_sessions_of_series(
        &self,
        series_id: i64,
    ) -> Result<Vec<Session>, DbError> {
        Ok(sqlx::query_as::<_, Session>(&format!(
            "SELECT {SESSION_COLS} FROM workshop_sessions WHERE series_id = $1 ORDER BY held_on, id"
        ))
        .bind(series_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// One session.
    pub async fn workshop_session(&self, id: i64) -> Result<Option<Session>, DbError> {
        Ok(sqlx::query_as::<_, Session>(&format!(
            "SELECT {SESSION_COLS} FROM workshop_sessions WHERE id = $1"
        ))
        .bind(id)
        .fetch_optional(self.pool())
        .await?)
    }

    /// Saves the minutes and whether they are public.
    pub async fn save_workshop_minutes(
        &self,
        id: i64,
        minutes: &str,
        published: bool,
        at: i64,
    ) -> Result<(), DbError> {
        sqlx::query(
            "UPDATE workshop_sessions SET minutes = $1, minutes_published = $2, updated_at = $3 WHERE id = $4",
        )
        .bind(minutes)
        .bind(i64::from(published))
        .bind(at)
        .bind(id)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// The quarters of the teams taking part (host and participants), sorted.
    pub async fn workshop_team_quarters(&self, session_id: i64) -> Result<Vec<i64>, DbError> {
        let mut ids: Vec<i64> = sqlx::query_scalar(
            "SELECT quarter_id FROM workshop_participants WHERE session_id = $1 AND quarter_id IS NOT NULL UNION SELECT host_quarter_id FROM workshop_sessions WHERE id = $1 AND host_quarter_id IS NOT NULL",
        )
        .bind(session_id)
        .fetch_all(self.pool())
        .await?;
        ids.sort_unstable();
        ids.dedup();
        Ok(ids)
    }

    /// Adds a participant; an existing one (same team and person) gets the new status.
    #[allow(clippy::too_many_arguments)]
    pub async fn add_workshop_participant(
        &self,
        session_id: i64,
        quarter_id: Option<i64>,
        team_name: &str,
        user_id: Option<i64>,
        person: &str,
        status: &str,
        at: i64,
    ) -> Result<i64, DbError> {
        let existing: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM workshop_participants WHERE session_id = $1 AND team_name = $2 AND person = $3",
        )
        .bind(session_id)
        .bind(team_name)
        .bind(person)
        .fetch_optional(self.pool())
        .await?;
        if let Some(id) = existing {
            self.set_workshop_participant_status(id, status).await?;
            return Ok(id);
        }
        Ok(sqlx::query_scalar(
            "INSERT INTO workshop_participants (session_id, quarter_id, team_name, user_id, person, status, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(session_id)
        .bind(quarter_id)
        .bind(team_name)
        .bind(user_id)
        .bind(person)
        .bind(status)
        .bind(at)
        .fetch_one(self.pool())
        .await?)
    }

    /// Changes a participant's status.
    pub async fn set_workshop_participant_status(
        &self,
        id: i64,
        status: &str,
    ) -> Result<(), DbError> {
        sqlx::query("UPDATE workshop_participants SET status = $1 WHERE id = $2")
            .bind(status)
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// The participants of a session, by team.
    pub async fn workshop_participants(
        &self,
        session_id: i64,
    ) -> Result<Vec<Participant>, DbError> {
        Ok(sqlx::query_as::<_, Participant>(
            "SELECT id, session_id, quarter_id, team_name, user_id, person, status FROM workshop_participants WHERE session_id = $1 ORDER BY team_name, person, id",
        )
        .bind(session_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Adds a case presentation.
    pub async fn add_workshop_case(
        &self,
        session_id: i64,
        c: &NewCase<'_>,
        at: i64,
    ) -> Result<i64, DbError> {
        Ok(sqlx::query_scalar(
            "INSERT INTO workshop_cases (session_id, quarter_id, title, presenter, problem, approach, resources, result, lessons, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
        )
        .bind(session_id)
        .bind(c.quarter_id)
        .bind(c.title)
        .bind(c.presenter)
        .bind(c.problem)
        .bind(c.approach)
        .bind(c.resources)
        .bind(c.result)
        .bind(c.lessons)
        .bind(at)
        .fetch_one(self.pool())
        .await?)
    }

    /// The case presentations of a session.
    pub async fn workshop_cases(&self, session_id: i64) -> Result<Vec<Case>, DbError> {
        Ok(sqlx::query_as::<_, Case>(
            "SELECT id, session_id, quarter_id, title, presenter, problem, approach, resources, result, lessons FROM workshop_cases WHERE session_id = $1 ORDER BY id",
        )
        .bind(session_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Records a decision.
    pub async fn add_workshop_decision(
        &self,
        session_id: i64,
        text: &str,
        at: i64,
    ) -> Result<i64, DbError> {
        Ok(sqlx::query_scalar(
            "INSERT INTO workshop_decisions (session_id, text, created_at) VALUES ($1, $2, $3) RETURNING id",
        )
        .bind(session_id)
        .bind(text)
        .bind(at)
        .fetch_one(self.pool())
        .await?)
    }

    /// The decisions of a session.
    pub async fn workshop_decisions(&self, session_id: i64) -> Result<Vec<Decision>, DbError> {
        Ok(sqlx::query_as::<_, Decision>(
            "SELECT id, session_id, text FROM workshop_decisions WHERE session_id = $1 ORDER BY id",
        )
        .bind(session_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Adds a follow-up task.
    pub async fn add_workshop_task(
        &self,
        session_id: i64,
        title: &str,
        owner: &str,
        due_on: &str,
        status: &str,
        at: i64,
    ) -> Result<i64, DbError> {
        Ok(sqlx::query_scalar(
            "INSERT INTO workshop_tasks (session_id, title, owner, due_on, status, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
        )
        .bind(session_id)
        .bind(title)
        .bind(owner)
        .bind(due_on)
        .bind(status)
        .bind(at)
        .fetch_one(self.pool())
        .await?)
    }

    /// One task.
    pub async fn workshop_task(&self, id: i64) -> Result<Option<Task>, DbError> {
        Ok(sqlx::query_as::<_, Task>(
            "SELECT id, session_id, title, owner, owner_user_id, due_on, status, updated_at FROM workshop_tasks WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(self.pool())
        .await?)
    }

    /// Changes a task's status; `taken_by` (an account) takes the task over.
    pub async fn update_workshop_task(
        &self,
        id: i64,
        status: &str,
        taken_by: Option<(i64, &str)>,
        at: i64,
    ) -> Result<(), DbError> {
        match taken_by {
            Some((uid, name)) => {
                sqlx::query(
                    "UPDATE workshop_tasks SET status = $1, owner_user_id = $2, owner = $3, updated_at = $4 WHERE id = $5",
                )
                .bind(status)
                .bind(uid)
                .bind(name)
                .bind(at)
                .bind(id)
                .execute(self.pool())
                .await?
            }
            None => {
                sqlx::query("UPDATE workshop_tasks SET status = $1, updated_at = $2 WHERE id = $3")
                    .bind(status)
                    .bind(at)
                    .bind(id)
                    .execute(self.pool())
                    .await?
            }
        };
        Ok(())
    }

    /// The tasks of a session, by due date.
    pub async fn workshop_tasks(&self, session_id: i64) -> Result<Vec<Task>, DbError> {
        Ok(sqlx::query_as::<_, Task>(
            "SELECT id, session_id, title, owner, owner_user_id, due_on, status, updated_at FROM workshop_tasks WHERE session_id = $1 ORDER BY due_on, id",
        )
        .bind(session_id)
        .fetch_all(self.pool())
        .await?)
    }
}
