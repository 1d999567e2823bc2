//! Neighbourhood fund (Verfügungsfonds): its rules, one round and its applications.

use geo_types::Coord;
use rand_chacha::ChaCha8Rng;

use crate::civic::{actor_id, point_in_quarter};
use crate::model::{
    ApplicationStatus, CostLine, FinancingKind, FinancingLine, FundApplication, FundRound,
    FundRules,
};

use ApplicationStatus::{Approved, FormallyChecked, NeedsRevision, Rejected, Submitted};
use FinancingKind::{OwnFunds, OwnWork, Requested, ThirdParty};

struct AppRow {
    actor: Option<usize>,
    applicant: &'static str,
    title: &'static str,
    summary: &'static str,
    description: &'static str,
    groups: &'static [&'static str],
    start: &'static str,
    end: &'static str,
    investive: bool,
    costs: &'static [(&'static str, &'static str, f64)],
    financing: &'static [(FinancingKind, &'static str, f64)],
    status: ApplicationStatus,
    note: Option<&'static str>,
}

const APPLICATIONS: &[AppRow] = &[
    AppRow {
        actor: Some(1),
        applicant: "Nachbarschaftsverein Mühlenviertel e.V.",
        title: "Nachbarschaftsflohmarkt im Hof",
        summary: "Ein Flohmarkt in einem Innenhof. Nachbarn verkaufen und tauschen Sachen und lernen sich kennen.",
        description: "Hofflohmarkt in der Müllergasse mit Kaffeestand, Tauschecke für Kinderkleidung und Infotisch des Quartiersmanagements. Aus dem Stadtteildialog (Idee i16).",
        groups: &["Nachbarschaft", "Familien"],
        start: "2024-09-14",
        end: "2024-09-14",
        investive: false,
        costs: &[
            (
                "Sachkosten",
                "Plakate und Handzettel in vier Sprachen",
                120.0,
            ),
            ("Sachkosten", "Miete Toilettenwagen", 250.0),
            ("Sachkosten", "Verbrauchsmaterial", 80.0),
        ],
        financing: &[
            (OwnFunds, "Vereinsmittel", 50.0),
            (OwnWork, "Auf- und Abbau (10 Std.)", 100.0),
            (Requested, "Verfügungsfonds", 300.0),
        ],
        status: Approved,
        note: Some("Einstimmig befürwortet."),
    },
    AppRow {
        actor: Some(2),
        applicant: "Initiative Grüner Mühlgraben",
        title: "Hochbeete für den Gemeinschaftsgarten",
        summary: "Sechs Hochbeete, davon zwei für Menschen im Rollstuhl. So können mehr Nachbarn mitgärtnern.",
        description: "Bau von sechs Hochbeeten aus Lärchenholz, zwei davon unterfahrbar, gemeinsam mit Jugendlichen des Jugendtreffs. Investiv, Förderung höchstens 50 %.",
        groups: &["Nachbarschaft", "Senior:innen", "Menschen mit Behinderung"],
        start: "2024-08-01",
        end: "2024-10-31",
        investive: true,
        costs: &[
            ("Anschaffungen", "Lärchenholz und Schrauben", 1200.0),
            ("Anschaffungen", "Pflanzerde und Kompost", 400.0),
            ("Anschaffungen", "Akku-Schrauber", 380.0),
        ],
        financing: &[
            (OwnFunds, "Spenden der Initiative", 290.0),
            (
                ThirdParty,
                "Zuschuss Wohnungsgenossenschaft Musterstadt-Ost",
                700.0,
            ),
            (Requested, "Verfügungsfonds (50 %)", 990.0),
        ],
        status: Approved,
        note: Some("Befürwortet; Aufstellort mit dem Amt für Stadtgrün abgestimmt."),
    },
    AppRow {
        actor: Some(8),
        applicant: "Arabischer Eltern- und Kulturverein Jasmin e.V.",
        title: "Mehrsprachige Vorlesenachmittage im Park",
        summary: "An vier Nachmittagen lesen Ehrenamtliche im Park Geschichten vor, auf Deutsch und Arabisch.",
        description: "Vier Vorlesenachmittage auf der Wiese am Mühlgraben mit zweisprachigen Bilderbüchern, die danach in den Bücherschrank der Bibliothek gehen.",
        groups: &["Kinder", "Familien"],
        start: "2024-08-03",
        end: "2024-08-24",
        investive: false,
        costs: &[
            ("Honorare", "Zwei Vorleserinnen (je 150 €)", 300.0),
            ("Sachkosten", "Zweisprachige Bilderbücher", 220.0),
            ("Sachkosten", "Getränke und Obst", 80.0),
        ],
        financing: &[
            (OwnWork, "Organisation durch Ehrenamtliche", 50.0),
            (Requested, "Verfügungsfonds", 550.0),
        ],
        status: Approved,
        note: None,
    },
    AppRow {
        actor: Some(10),
        applicant: "Deutsch-Türkischer Frauentreff e.V.",
        title: "Spaziergruppe für Frauen mit Picknick",
        summary: "Frauen gehen jede Woche zusammen spazieren. Zum Abschluss gibt es ein Picknick für alle.",
        description: "Wöchentliche Spaziergruppe ab September; Flyer in Deutsch, Türkisch, Arabisch und Ukrainisch; Abschlusspicknick im Oktober. Aus dem Stadtteildialog (Idee i11).",
        groups: &["Frauen", "Senior:innen"],
        start: "2024-09-01",
        end: "2024-10-31",
        investive: false,
        costs: &[
            ("Sachkosten", "Picknickdecken und Geschirr", 150.0),
            ("Sachkosten", "Flyer in vier Sprachen", 90.0),
        ],
        financing: &[
            (OwnFunds, "Vereinsmittel", 40.0),
            (Requested, "Verfügungsfonds", 200.0),
        ],
        status: Approved,
        note: None,
    },
    AppRow {
        actor: None,
        applicant: "Privatperson (Pseudonym: Nachbar Malik)",
        title: "Musikanlage für Hoffeste",
        summary: "Eine Lautsprecheranlage, die alle Hausgemeinschaften für Feste ausleihen können.",
        description: "Anschaffung einer tragbaren Lautsprecheranlage für den Verleih über den Nachbarschaftsverein.",
        groups: &["Nachbarschaft"],
        start: "2024-08-01",
        end: "2024-12-15",
        investive: false,
        costs: &[(
            "Anschaffungen",
            "Tragbare Lautsprecheranlage mit Mikrofon",
            480.0,
        )],
        financing: &[
            (OwnFunds, "Eigenmittel", 50.0),
            (Requested, "Verfügungsfonds", 430.0),
        ],
        status: NeedsRevision,
        note: Some(
            "Formale Prüfung: Einzelanschaffung über 410 € ist nicht förderfähig. Bitte günstigeres Gerät oder Ausleihe prüfen; Verleih über den Nachbarschaftsverein regeln.",
        ),
    },
    AppRow {
        actor: Some(14),
        applicant: "SV Blau-Weiß Mühlenviertel e.V.",
        title: "Fußballturnier der Kulturen",
        summary: "Ein Fußballturnier für gemischte Teams aus dem ganzen Viertel, mit Essen aus vielen Ländern.",
        description: "Turnier für zwölf gemischte Teams (Kinder und Erwachsene), Teams werden über Vereine und Migrantenorganisationen gebildet.",
        groups: &["Kinder", "Jugendliche", "Familien"],
        start: "2024-09-21",
        end: "2024-09-21",
        investive: false,
        costs: &[
            ("Sachkosten", "Pokale und Medaillen", 120.0),
            ("Honorare", "Schiedsrichter", 200.0),
            ("Sachkosten", "Verpflegung", 300.0),
            ("Sachkosten", "Plakate", 80.0),
        ],
        financing: &[
            (OwnFunds, "Vereinsmittel", 100.0),
            (Requested, "Verfügungsfonds", 600.0),
        ],
        status: FormallyChecked,
        note: Some("Formal vollständig, Entscheidung in der Jurysitzung."),
    },
    AppRow {
        actor: Some(9),
        applicant: "Ukrainischer Verein Mrija e.V.",
        title: "Mietzuschuss für den Vereinsraum",
        summary: "Der Verein möchte Geld für die Miete seines Raums für ein Jahr.",
        description: "Zuschuss zur Jahresmiete des Vereinsraums in der Brückenstraße.",
        groups: &["Geflüchtete", "Familien"],
        start: "2024-07-01",
        end: "2025-06-30",
        investive: false,
        costs: &[("Miete", "Vereinsraum, 12 Monate à 300 €", 3600.0)],
        financing: &[
            (OwnFunds, "Mitgliedsbeiträge", 2600.0),
            (Requested, "Verfügungsfonds", 1000.0),
        ],
        status: Rejected,
        note: Some(
            "Laufende Betriebskosten sind ausgeschlossen; Abschluss bis 31.12. nicht möglich. Das Quartiersmanagement vermittelt den Nachbarschaftstreff Färberstraße als kostenfreien Raum.",
        ),
    },
    AppRow {
        actor: Some(9),
        applicant: "Ukrainischer Verein Mrija e.V.",
        title: "Deutsch-ukrainisches Nachbarschaftskochbuch",
        summary: "Nachbarinnen und Nachbarn kochen zusammen. Die Rezepte kommen in ein kleines Kochbuch in zwei Sprachen.",
        description: "Vier Kochabende im Familienzentrum, Rezepte und Fotos werden als Heft (200 Stück) gedruckt und im Quartier verteilt.",
        groups: &["Familien", "Geflüchtete", "Nachbarschaft"],
        start: "2024-09-01",
        end: "2024-12-10",
        investive: false,
        costs: &[
            ("Sachkosten", "Druck 200 Hefte", 650.0),
            ("Honorare", "Fotografin", 300.0),
        ],
        financing: &[
            (OwnWork, "Rezepte und Layout durch Ehrenamtliche", 50.0),
            (Requested, "Verfügungsfonds", 900.0),
        ],
        status: Submitted,
        note: None,
    },
];

/// Builds the fund round of the pilot quarter.
pub(crate) fn fund_round(
    rng: &mut ChaCha8Rng,
    quarter_id: &str,
    rings: &[&[Coord<f64>]],
) -> FundRound {
    let applications = APPLICATIONS
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let requested = r
                .financing
                .iter()
                .filter(|f| f.0 == Requested)
                .map(|f| f.2)
                .sum();
            FundApplication {
                id: format!("VF-2024-{:02}", i + 7),
                applicant_actor_id: r.actor.map(actor_id),
                applicant_name: r.applicant.to_string(),
                title: r.title.to_string(),
                summary_plain: r.summary.to_string(),
                description: r.description.to_string(),
                target_groups: r.groups.iter().map(|s| (*s).to_string()).collect(),
                location: point_in_quarter(rng, rings),
                start: r.start.to_string(),
                end: r.end.to_string(),
                investive: r.investive,
                cost_lines: r
                    .costs
                    .iter()
                    .map(|&(category, description, amount)| CostLine {
                        category: category.to_string(),
                        description: description.to_string(),
                        amount_eur: amount,
                    })
                    .collect(),
                financing_lines: r
                    .financing
                    .iter()
                    .map(|&(kind, description, amount)| FinancingLine {
                        kind,
                        description: description.to_string(),
                        amount_eur: amount,
                    })
                    .collect(),
                requested_eur: requested,
                status: r.status,
                note: r.note.map(str::to_string),
            }
        })
        .collect();
    FundRound {
        fund_name: "Verfügungsfonds Mühlenviertel".to_string(),
        quarter_id: quarter_id.to_string(),
        year: 2024,
        round_no: 2,
        deadline: "2024-06-15".to_string(),
        jury_meeting: "2024-07-02".to_string(),
        budget_investive_eur: 5000.0,
        budget_non_investive_eur: 5000.0,
        rules: FundRules {
            non_investive_cap_eur: 1000.0,
            single_purchase_max_eur: 410.0,
            investive_max_share: 0.5,
            investive_cap_eur: 5000.0,
            settlement_deadline: "31.12.".to_string(),
            deadlines: vec![
                "2024-03-31".to_string(),
                "2024-06-15".to_string(),
                "2024-08-15".to_string(),
                "2024-09-30".to_string(),
            ],
            deciding_body: "Vergabejury Mühlenviertel (fünf Bewohner:innen, zwei Vertreter:innen \
                            lokaler Einrichtungen; das Quartiersmanagement berät ohne Stimme)"
                .to_string(),
            criteria: vec![
                "Gebietsbezug: Das Projekt findet im Mühlenviertel statt und nützt dem Quartier.".to_string(),
                "Zielgruppenbezug: Das Projekt bringt verschiedene Gruppen zusammen.".to_string(),
                "Entwicklungsimpuls: Das Projekt gibt einen Anstoß und entspricht Wünschen aus dem Stadtteildialog.".to_string(),
                "Nachhaltigkeit: Das Projekt wirkt über den Förderzeitraum hinaus.".to_string(),
            ],
        },
        applications,
    }
}
