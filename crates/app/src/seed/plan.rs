//! Demo seeding of the plan module: the pilot quarter's Aktionsplan with history.

use quartier_db::Db;
use quartier_demo::DemoCity;

/// Unix seconds at 10:00 UTC of `YYYY-MM-DD` (or `YYYY-MM`, the first).
fn plan_ts(date: &str) -> i64 {
    let mut p = date.split('-').map(|x| x.parse::<i64>().unwrap_or(1));
    let (y, m, d) = (
        p.next().unwrap_or(1970),
        p.next().unwrap_or(1),
        p.next().unwrap_or(1),
    );
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let days = era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468;
    days * 86_400 + 36_000
}

/// `YYYY-MM` → last day of that month.
fn plan_month_end(ym: &str) -> String {
    let mut p = ym.split('-').map(|x| x.parse::<u32>().unwrap_or(1));
    let (y, m) = (p.next().unwrap_or(1970), p.next().unwrap_or(1));
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let d = match m {
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 31,
    };
    format!("{y:04}-{m:02}-{d:02}")
}

/// Seeds the pilot quarter's action plan from `city.action_plan`, replaying a
/// plausible history: the plan decided on its date, status changes at the
/// measures' start and end dates, indicator actuals over time, milestones, a
/// cost update and a blocked measure — so that history and comparison show
/// something.
pub(super) async fn seed_plan(db: &Db, city: &DemoCity, pilot: i64) -> anyhow::Result<()> {
    use quartier_db::plan::{FieldDraft, GoalDraft, IndicatorDraft, MeasureDraft, Progress};
    use quartier_demo::{GoalLevel, IndicatorLevel, MeasureStatus};
    let ap = &city.action_plan;
    let by = "manager@musterstadt.example";
    let t0_date = ap.decided_on.clone();
    let t0 = plan_ts(&t0_date);
    let now = quartier_db::now();
    let plan_id = db.save_plan(pilot, &ap.title, true, by, t0).await?;
    let mut field_ids = std::collections::HashMap::new();
    for f in &ap.fields {
        let id = db
            .insert_plan_field(
                plan_id,
                &FieldDraft {
                    code: f.id.clone(),
                    name: f.name_de.clone(),
                    description: String::new(),
                },
                by,
                t0,
            )
            .await?;
        field_ids.insert(f.id.clone(), id);
    }
    let mut goal_ids = std::collections::HashMap::new();
    for g in &ap.goals {
        let Some(&fid) = field_ids.get(&g.field_id) else {
            continue;
        };
        let id = db
            .insert_plan_goal(
                plan_id,
                &GoalDraft {
                    field_id: fid,
                    parent_id: g.parent_id.as_ref().and_then(|p| goal_ids.get(p).copied()),
                    level: match g.level {
                        GoalLevel::Leitziel => "leitziel",
                        GoalLevel::Handlungsziel => "handlungsziel",
                    }
                    .into(),
                    code: g.id.clone(),
                    text: g.text.clone(),
                },
                by,
                t0,
            )
            .await?;
        goal_ids.insert(g.id.clone(), id);
    }
    let actors = db.actors_in_quarter(pilot).await?;
    let actor_row = |key: &str| actors.iter().find(|a| a.actor_key == key).map(|a| a.id);
    let actor_name = |key: &str| {
        city.actors
            .iter()
            .find(|a| a.id == key)
            .map(|a| a.name.clone())
            .unwrap_or_default()
    };
    let status_key = |s: MeasureStatus| match s {
        MeasureStatus::Idea => "idea",
        MeasureStatus::Planned => "planned",
        MeasureStatus::Running => "running",
        MeasureStatus::Done => "done",
        MeasureStatus::Permanent => "permanent",
        MeasureStatus::Dropped => "dropped",
    };
    for m in &ap.measures {
        let start = format!("{}-01", m.start);
        let end = m.end.as_deref().map(plan_month_end).unwrap_or_default();
        let started = plan_ts(&start) <= t0;
        let ended = !end.is_empty() && plan_ts(&end) <= t0;
        let final_status = status_key(m.status);
        let initial = match m.status {
            MeasureStatus::Idea => "idea",
            MeasureStatus::Planned => "planned",
            MeasureStatus::Done | MeasureStatus::Dropped if ended => final_status,
            _ if started => "running",
            _ => "planned",
        };
        let mut draft = MeasureDraft {
            field_id: m
                .field_ids
                .first()
                .and_then(|f| field_ids.get(f).copied())
                .unwrap_or(0),
            goal_id: m.goal_ids.first().and_then(|g| goal_ids.get(g).copied()),
            code: m.id.clone(),
            title: m.title_de.clone(),
            description: m.description.clone(),
            lead_actor_id: actor_row(&m.lead_actor_id),
            lead_text: if actor_row(&m.lead_actor_id).is_some() {
                String::new()
            } else {
                actor_name(&m.lead_actor_id)
            },
            partner_ids: m
                .partner_actor_ids
                .iter()
                .filter_map(|p| actor_row(p))
                .collect(),
            target_groups: m.target_groups.clone(),
            place: m.place.clone(),
            cost_eur: Some(m.cost_estimate_eur),
            funding: m.funding_source.clone(),
            funding_secured: m.funding_secured,
            start_on: start.clone(),
            end_on: end.clone(),
            priority: i64::from(m.priority),
            status: initial.into(),
            blocked: false,
            status_note: String::new(),
        };
        // One recorded cost revision: the lighting was first estimated lower.
        let revised_cost = m.id == "M13";
        if revised_cost {
            draft.cost_eur = Some(m.cost_estimate_eur - 15_000.0);
        }
        let inds: Vec<IndicatorDraft> = m
            .indicators
            .iter()
            .map(|i| IndicatorDraft {
                id: None,
                name: i.name.clone(),
                level: match i.level {
                    IndicatorLevel::Output => "output",
                    IndicatorLevel::Outcome => "outcome",
                }
                .into(),
                unit: i.unit.clone(),
                baseline: i.baseline,
                target: i.target,
            })
            .collect();
        let mid = db
            .save_plan_measure(plan_id, None, &draft, &inds, by, t0)
            .await?;
        // Events after the plan was decided, replayed in date order.
        let mut events: Vec<(String, Progress)> = Vec::new();
        let status_event = |s: &str| Progress {
            actual: None,
            status: Some((s.to_string(), false, String::new())),
        };
        if initial == "planned" && matches!(final_status, "running" | "done" | "permanent") {
            events.push((start.clone(), status_event("running")));
        }
        if final_status != initial && final_status != "running" {
            let when = match m.status {
                MeasureStatus::Permanent => "2024-01-15".to_string(),
                _ if !end.is_empty() => end.clone(),
                _ => "2025-06-30".to_string(),
            };
            events.push((when, status_event(final_status)));
        }
        let data = db.plan_data(plan_id).await?;
        let ind_rows: Vec<_> = data.indicators_of(mid).cloned().collect();
        for (row, i) in ind_rows.iter().zip(&m.indicators) {
            let Some(actual) = i.actual else { continue };
            let last = if !end.is_empty() && end.as_str() < "2025-09-30" && plan_ts(&end) > t0 {
                end.clone()
            } else if !end.is_empty() && plan_ts(&end) <= t0 {
                t0_date.clone()
            } else {
                "2025-09-30".to_string()
            };
            if plan_ts(&last) - t0 > 120 * 86_400 {
                let mid_value = (i.baseline + (actual - i.baseline) * 0.5).round();
                events.push((
                    "2024-09-30".to_string().min(last.clone()),
                    Progress {
                        actual: Some((
                            row.id,
                            mid_value,
                            "2024-09-30".to_string().min(last.clone()),
                            "Zwischenstand".into(),
                        )),
                        status: None,
                    },
                ));
            }
            events.push((
                last.clone(),
                Progress {
                    actual: Some((row.id, actual, last.clone(), String::new())),
                    status: None,
                },
            ));
        }
        events.sort_by(|a, b| a.0.cmp(&b.0));
        for (when, p) in &events {
            let ts = plan_ts(when).max(t0 + 60).min(now);
            db.record_plan_progress(mid, p, by, ts).await?;
        }
        if revised_cost {
            draft.cost_eur = Some(m.cost_estimate_eur);
            draft.status = final_status.into();
            let data = db.plan_data(plan_id).await?;
            let keep: Vec<IndicatorDraft> = data
                .indicators_of(mid)
                .map(|i| IndicatorDraft {
                    id: Some(i.id),
                    name: i.name.clone(),
                    level: i.level.clone(),
                    unit: i.unit.clone(),
                    baseline: i.baseline,
                    target: i.target,
                })
                .collect();
            db.save_plan_measure(
                plan_id,
                Some(mid),
                &draft,
                &keep,
                by,
                plan_ts("2025-05-15").min(now),
            )
            .await?;
            db.save_plan_milestone(
                mid,
                Some(("Förderantrag eingereicht", "2025-05-15")),
                None,
                by,
                plan_ts("2025-05-15").min(now),
            )
            .await?;
            db.save_plan_milestone(
                mid,
                Some(("Baubeginn", "2026-04-01")),
                None,
                by,
                plan_ts("2025-05-16").min(now),
            )
            .await?;
            let first = db.plan_data(plan_id).await?;
            if let Some(ms) = first.milestones_of(mid).find(|s| s.due_on == "2025-05-15") {
                db.save_plan_milestone(mid, None, Some(ms.id), by, plan_ts("2025-05-20").min(now))
                    .await?;
            }
            db.record_plan_progress(
                mid,
                &Progress {
                    actual: None,
                    status: Some((
                        final_status.into(),
                        true,
                        "Förderbescheid der Städtebauförderung steht aus.".into(),
                    )),
                },
                by,
                plan_ts("2026-03-15").min(now),
            )
            .await?;
        }
        if m.id == "M04" {
            db.save_plan_milestone(
                mid,
                Some(("Zweiter Kurs mit Kinderbetreuung startet", "2024-02-01")),
                None,
                by,
                plan_ts("2023-09-01").min(now),
            )
            .await?;
            db.save_plan_milestone(
                mid,
                Some(("Auswertung mit den Kursleitungen", "2025-06-30")),
                None,
                by,
                plan_ts("2023-09-01").min(now),
            )
            .await?;
            let d = db.plan_data(plan_id).await?;
            if let Some(ms) = d.milestones_of(mid).find(|s| s.due_on == "2024-02-01") {
                db.save_plan_milestone(mid, None, Some(ms.id), by, plan_ts("2024-02-05").min(now))
                    .await?;
            }
        }
        if m.id == "M12" {
            db.save_plan_milestone(
                mid,
                Some(("Hochbeete gebaut", "2024-06-15")),
                None,
                by,
                plan_ts("2024-03-01").min(now),
            )
            .await?;
            db.save_plan_milestone(
                mid,
                Some(("Wasseranschluss fertig", "2025-05-31")),
                None,
                by,
                plan_ts("2024-03-01").min(now),
            )
            .await?;
            let d = db.plan_data(plan_id).await?;
            if let Some(ms) = d.milestones_of(mid).find(|s| s.due_on == "2024-06-15") {
                db.save_plan_milestone(mid, None, Some(ms.id), by, plan_ts("2024-06-20").min(now))
                    .await?;
            }
        }
    }
    Ok(())
}
