//! Impact: the demo cohesion survey — Collective Efficacy asked in a baseline
//! and a follow-up wave in the pilot quarter and two comparison areas, with
//! random-sample and paper answers and invitation codes for the open
//! follow-up wave.

use anyhow::Context;
use quartier_db::Db;
use quartier_db::impact::{NewAnswer, SampleDraft, Submission, SurveyDraft};
use quartier_demo::DemoCity;
use quartier_rules::impact::fieldwork::code_from_bytes;
use quartier_rules::impact::library::shipped;

/// Token of the demo's open link (`/survey/link/{token}`).
pub const DEMO_LINK_TOKEN: &str = "musterstadt-folgebefragung-2026";

/// Title of the demo survey.
pub const DEMO_SURVEY: &str = "Zusammenhalt im Mühlenviertel";

/// The demo's invitation codes for the follow-up wave in the pilot quarter
/// (fictional city; each works once per fresh database).
pub fn demo_codes(city: &DemoCity) -> Vec<String> {
    let survey = quartier_demo::impact::survey(city, &[]);
    survey
        .code_bytes
        .iter()
        .filter_map(|b| code_from_bytes(b))
        .collect()
}

/// Seeds the survey.
pub async fn seed_survey(db: &Db, city_id: i64, city: &DemoCity, pilot: i64) -> anyhow::Result<()> {
    let library = shipped().context("shipped instruments")?;
    db.ensure_instruments(city_id, &library).await?;
    let ce = library
        .iter()
        .find(|i| i.id == "collective_efficacy")
        .context("collective efficacy instrument")?;
    let row = db
        .instruments(city_id)
        .await?
        .into_iter()
        .find(|r| r.instrument_key == ce.id)
        .context("stored collective efficacy")?;
    let items: Vec<(&str, bool)> = ce
        .items
        .iter()
        .map(|i| (i.id.as_str(), i.reverse))
        .collect();
    let generated = quartier_demo::impact::survey(city, &items);
    let areas = db.areas(city_id).await?;
    let comparisons: Vec<(i64, String)> = generated
        .comparison_area_ids
        .iter()
        .filter_map(|key| areas.iter().find(|a| &a.area_key == key))
        .map(|a| (a.id, a.name.clone()))
        .collect();
    let pilot_name = city
        .quarters
        .first()
        .map(|q| q.name.clone())
        .unwrap_or_default();
    let survey = db
        .create_survey(&SurveyDraft {
            city_id,
            instrument_id: row.id,
            title: DEMO_SURVEY.into(),
            min_n: 30,
            pilot: (pilot, pilot_name),
            comparisons,
        })
        .await?;
    let today = quartier_web::impact::today();
    let year: i32 = today.get(0..4).and_then(|y| y.parse().ok()).unwrap_or(2026);
    let opens = if today.as_str() < "2026-10-01" {
        today.clone()
    } else {
        "2026-10-01".into()
    };
    let closes = format!("{}-03-31", year.max(2026) + 1);
    let waves = [
        db.add_wave(survey, "Ausgangsmessung 2025", "2025-03-03", "2025-04-30")
            .await?,
        db.add_wave(survey, "Folgebefragung 2026", &opens, &closes)
            .await?,
    ];
    let units: Vec<i64> = db
        .survey_units(survey)
        .await?
        .iter()
        .map(|u| u.id)
        .collect();
    let item_ids = db.item_ids(row.id).await?;
    let id_of = |key: &str| item_ids.iter().find(|(k, _)| k == key).map(|(_, id)| *id);
    for (w, wave) in waves.iter().enumerate() {
        for (u, unit) in units.iter().enumerate() {
            let invited = quartier_demo::impact::SAMPLE_SIZES[w]
                .get(u)
                .copied()
                .unwrap_or(0) as i64
                * 4;
            db.add_sample(&SampleDraft {
                wave_id: *wave,
                unit_id: *unit,
                method: "random_codes".into(),
                frame: "Zufallsstichprobe Erwachsener aus dem Melderegister (fiktiv)".into(),
                invited,
                link_token: None,
            })
            .await?;
            db.add_sample(&SampleDraft {
                wave_id: *wave,
                unit_id: *unit,
                method: "paper_outreach".into(),
                frame: "Fragebögen beim Stadtteilfest und im Familienzentrum".into(),
                invited: 40,
                link_token: None,
            })
            .await?;
        }
    }
    let received = ["2025-03-20", "2026-11-05"];
    let subs: Vec<Submission> = generated
        .responses
        .iter()
        .filter_map(|r| {
            Some(Submission {
                wave_id: *waves.get(r.wave)?,
                unit_id: *units.get(r.unit)?,
                channel: r.channel.into(),
                lang: r.lang.into(),
                received_on: received[r.wave.min(1)].into(),
                code_hash: None,
                answers: r
                    .answers
                    .iter()
                    .filter_map(|(k, v)| {
                        Some(NewAnswer {
                            item_id: id_of(k)?,
                            value: Some(i64::from((*v)?)),
                            dont_know: false,
                        })
                    })
                    .collect(),
            })
        })
        .collect();
    db.insert_responses(&subs).await?;
    // An open link for the follow-up wave in the first comparison area.
    if let Some(unit) = units.get(1) {
        db.add_sample(&SampleDraft {
            wave_id: waves[1],
            unit_id: *unit,
            method: "open_link".into(),
            frame: "Aushang im Stadtteilladen (Gelegenheitsstichprobe)".into(),
            invited: 0,
            link_token: Some(DEMO_LINK_TOKEN.into()),
        })
        .await?;
    }
    // Codes for answering the open follow-up wave in the pilot quarter.
    let samples = db.survey_samples(survey).await?;
    if let Some(s) = samples.iter().find(|s| {
        s.wave_id == waves[1] && Some(&s.unit_id) == units.first() && s.method == "random_codes"
    }) {
        let hashes: Vec<String> = demo_codes(city)
            .iter()
            .map(|c| quartier_web::platform::password::token_hash(c))
            .collect();
        db.add_codes(s.id, &hashes).await?;
    }
    Ok(())
}
