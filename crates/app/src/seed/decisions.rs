//! Demo seeding of the decisions module: the recorded pilot decision.

use quartier_db::Db;
use quartier_demo::DemoCity;

/// Key of the demo's recorded pilot decision.
pub const DEMO_DECISION: &str = "pilotgebiet-demo";

/// Records the demo's pilot decision: the top-ranked areas as candidates, the pilot
/// quarter's areas as the choice, with a rationale.
pub(super) async fn seed_decision(db: &Db, city_id: i64, city: &DemoCity) -> anyhow::Result<()> {
    let table = quartier_web::monitoring::need::ranking(db, city_id, &[]).await?;
    let mut ranked: Vec<_> = table.rows.iter().filter(|r| r.rank.is_some()).collect();
    ranked.sort_by_key(|r| r.rank);
    let chosen: Vec<String> = city
        .quarters
        .first()
        .map(|q| q.area_ids.clone())
        .unwrap_or_default();
    let mut candidates: Vec<String> = ranked
        .iter()
        .take(6)
        .map(|r| r.area.area_key.clone())
        .collect();
    for c in &chosen {
        if !candidates.contains(c) {
            candidates.push(c.clone());
        }
    }
    let criteria: Vec<(String, f64)> = table
        .indicators
        .iter()
        .map(|i| (i.ind_key.clone(), 1.0))
        .collect();
    let draft = quartier_db::decisions::DecisionDraft {
        title: "Auswahl des Pilotgebiets für Initiativmanagement".into(),
        candidates: serde_json::to_string(&candidates)?,
        criteria: serde_json::to_string(&criteria)?,
        chosen: serde_json::to_string(&chosen)?,
        rationale: "Das Mühlenviertel gehört im Bedarfsindex durchgängig zu den Gebieten mit dem höchsten \
            Unterstützungsbedarf (hohe Kinderarmut und SGB-II-Quote), und seine Rangposition bleibt über alle \
            Varianten der Gewichtung stabil.\n\nAnders als die Östliche Vorstadt und Lerchenberg liegt es in \
            keiner Förderkulisse; es gibt aktive Initiativen, aber kein Quartiersmanagement. Hier kann \
            Initiativmanagement mit wenig Geld am meisten bewirken. (Fiktives Beispiel.)"
            .into(),
        decision_body: "Stadtrat Musterstadt (fiktiv)".into(),
        decided_on: "2024-06-20".into(),
        council_link: String::new(),
        published: true,
    };
    db.save_decision(city_id, DEMO_DECISION, &draft, "lead@musterstadt.example")
        .await?;
    Ok(())
}
