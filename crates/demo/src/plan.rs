//! Action plan of the pilot quarter (modelled on INTIGRA's five fields of action).

use crate::actors::actor_id;
use crate::model::{
    ActionPlan, FieldOfAction, Goal, GoalLevel, IndicatorLevel, Measure, MeasureIndicator,
    MeasureStatus,
};

const FIELDS: &[(&str, &str, &str)] = &[
    ("HF1", "Netzwerkarbeit und Koordination", "Networking and coordination"),
    ("HF2", "Befähigung und Qualifizierung", "Empowerment and qualification"),
    (
        "HF3",
        "Generationen-, kultur- und religionsübergreifendes Verständnis",
        "Understanding across generations, cultures and religions",
    ),
    ("HF4", "Teilhabe und Beteiligung", "Participation and civic engagement"),
    (
        "HF5",
        "Wohnumfeld und öffentlicher Raum",
        "Residential environment and public space",
    ),
];

const GOALS: &[(&str, Option<&str>, &str, &str)] = &[
    ("LZ1", None, "HF1", "Die Akteure im Mühlenviertel arbeiten verbindlich und abgestimmt zusammen."),
    ("HZ1.1", Some("LZ1"), "HF1", "Bis Ende 2025 treffen sich mindestens 20 Akteure regelmäßig in der Akteurswerkstatt."),
    ("HZ1.2", Some("LZ1"), "HF1", "Migrantenorganisationen sind gleichberechtigt in die Netzwerkarbeit eingebunden."),
    ("LZ2", None, "HF2", "Bewohner:innen erhalten Zugang zu Sprache, Bildung und Arbeit."),
    ("HZ2.1", Some("LZ2"), "HF2", "Wartezeiten auf niedrigschwellige Deutschkurse mit Kinderbetreuung sind abgebaut."),
    ("HZ2.2", Some("LZ2"), "HF2", "Engagierte sind für ihre Aufgaben qualifiziert (Multiplikator:innen, Sprachmittler:innen)."),
    ("LZ3", None, "HF3", "Menschen verschiedener Generationen, Kulturen und Religionen begegnen sich im Alltag."),
    ("HZ3.1", Some("LZ3"), "HF3", "Es gibt regelmäßige Begegnungsformate an öffentlichen Orten."),
    ("HZ3.2", Some("LZ3"), "HF3", "Konflikte im Zusammenleben werden früh und gemeinsam bearbeitet."),
    ("LZ4", None, "HF4", "Alle Bevölkerungsgruppen können an Entscheidungen im Quartier mitwirken."),
    ("HZ4.1", Some("LZ4"), "HF4", "Beteiligungsformate erreichen auch Menschen ohne Internet und mit wenig Deutschkenntnissen."),
    ("HZ4.2", Some("LZ4"), "HF4", "Bewohner:innen setzen eigene Projekte mit dem Verfügungsfonds um."),
    ("LZ5", None, "HF5", "Der öffentliche Raum am Mühlgraben ist sicher, sauber und lädt zum Aufenthalt ein."),
    ("HZ5.1", Some("LZ5"), "HF5", "Der Grünzug am Mühlgraben ist gemeinsam mit Anwohnenden aufgewertet."),
    ("HZ5.2", Some("LZ5"), "HF5", "Spiel- und Bewegungsflächen für Kinder und Jugendliche sind erweitert."),
];

type Ind = (&'static str, IndicatorLevel, &'static str, f64, f64, Option<f64>);

struct Row {
    title_de: &'static str,
    title_en: &'static str,
    description: &'static str,
    fields: &'static [&'static str],
    goals: &'static [&'static str],
    lead: usize,
    partners: &'static [usize],
    groups: &'static [&'static str],
    place: &'static str,
    cost: f64,
    source: &'static str,
    secured: bool,
    start: &'static str,
    end: Option<&'static str>,
    priority: u8,
    status: MeasureStatus,
    indicators: &'static [Ind],
    ideas: &'static [&'static str],
}

use IndicatorLevel::{Outcome, Output};

const MEASURES: &[Row] = &[
    Row {
        title_de: "Akteurswerkstatt Mühlenviertel",
        title_en: "Mühlenviertel actors' workshop",
        description: "Vierteljährliches Treffen aller Einrichtungen, Vereine und Initiativen mit wechselnden Gastgebern; gemeinsame Jahresplanung.",
        fields: &["HF1"], goals: &["HZ1.1"], lead: 0, partners: &[1, 6, 13, 18],
        groups: &["lokale Akteure"], place: "wechselnd im Quartier", cost: 3000.0,
        source: "Kommunaler Haushalt (Quartiersmanagement)", secured: true,
        start: "2021-03", end: None, priority: 1, status: MeasureStatus::Permanent,
        indicators: &[
            ("Akteurswerkstätten pro Jahr", Output, "Anzahl", 0.0, 4.0, Some(4.0)),
            ("Regelmäßig beteiligte Akteure", Outcome, "Anzahl", 8.0, 20.0, Some(17.0)),
        ],
        ideas: &[],
    },
    Row {
        title_de: "Mehrsprachiges Angebotsverzeichnis",
        title_en: "Multilingual directory of local offers",
        description: "Verzeichnis aller Angebote im Quartier, online und gedruckt in Deutsch, Arabisch, Türkisch, Ukrainisch und Leichter Sprache.",
        fields: &["HF1", "HF4"], goals: &["HZ1.1", "HZ4.1"], lead: 0, partners: &[13, 8, 9],
        groups: &["alle Bewohner:innen", "Neuzugewanderte"], place: "Quartiersbüro, Bibliothek", cost: 4500.0,
        source: "Kommunaler Haushalt", secured: true,
        start: "2022-01", end: Some("2022-09"), priority: 2, status: MeasureStatus::Done,
        indicators: &[("Einträge im Verzeichnis", Output, "Anzahl", 0.0, 40.0, Some(45.0))],
        ideas: &[],
    },
    Row {
        title_de: "Tandems mit Migrantenorganisationen",
        title_en: "Tandems with migrant organisations",
        description: "Etablierte Einrichtungen und Migrantenorganisationen bilden Tandems für gemeinsame Angebote und Vertretung in Gremien.",
        fields: &["HF1"], goals: &["HZ1.2"], lead: 15, partners: &[8, 9, 10, 0],
        groups: &["Migrantenorganisationen"], place: "Quartier", cost: 5000.0,
        source: "Landesprogramm Integration (bewilligt)", secured: true,
        start: "2023-02", end: Some("2025-12"), priority: 1, status: MeasureStatus::Running,
        indicators: &[("Migrantenorganisationen in der Akteurswerkstatt", Outcome, "Anzahl", 1.0, 4.0, Some(3.0))],
        ideas: &[],
    },
    Row {
        title_de: "Deutschkurse mit Kinderbetreuung ausbauen",
        title_en: "More German courses with childcare",
        description: "Zusätzliche Einstiegskurse im Familienzentrum und in der Moscheegemeinde, Kinderbetreuung durch geschulte Ehrenamtliche.",
        fields: &["HF2"], goals: &["HZ2.1"], lead: 18, partners: &[20, 7, 5],
        groups: &["Eltern", "Neuzugewanderte", "Frauen"], place: "Familienzentrum, Lindenstraße 27", cost: 18000.0,
        source: "Kommunaler Haushalt und Kursförderung des Bundes", secured: true,
        start: "2023-09", end: Some("2025-07"), priority: 1, status: MeasureStatus::Running,
        indicators: &[
            ("Kursplätze mit Kinderbetreuung", Output, "Anzahl", 15.0, 45.0, Some(36.0)),
            ("Wartezeit auf einen Kursplatz", Outcome, "Wochen", 20.0, 6.0, Some(11.0)),
        ],
        ideas: &["i09"],
    },
    Row {
        title_de: "Qualifizierung von Kulturdolmetscher:innen",
        title_en: "Training of community interpreters",
        description: "Sechsteilige Schulung für ehrenamtliche Sprachmittler:innen zu Rolle, Schweigepflicht und Hilfesystem.",
        fields: &["HF2", "HF3"], goals: &["HZ2.2"], lead: 15, partners: &[8, 9],
        groups: &["Engagierte mit Migrationsgeschichte"], place: "Brückenstraße 22", cost: 9500.0,
        source: "Stiftungsmittel", secured: true,
        start: "2022-10", end: Some("2023-06"), priority: 2, status: MeasureStatus::Done,
        indicators: &[
            ("Qualifizierte Sprachmittler:innen", Output, "Personen", 0.0, 12.0, Some(14.0)),
            ("Vermittelte Einsätze pro Jahr", Outcome, "Anzahl", 0.0, 150.0, Some(188.0)),
        ],
        ideas: &[],
    },
    Row {
        title_de: "Digitalsprechstunde in der Stadtteilbibliothek",
        title_en: "Digital help desk at the library",
        description: "Hilfe bei Online-Anträgen, E-Mail und Smartphone; Laptop-Ausleihe für Schüler:innen.",
        fields: &["HF2"], goals: &["HZ2.1", "HZ4.1"], lead: 13, partners: &[0, 20],
        groups: &["Senior:innen", "Neuzugewanderte", "Menschen mit wenig Geld"], place: "Stadtteilbibliothek Ost", cost: 2400.0,
        source: "Kommunaler Haushalt (Bibliothek)", secured: true,
        start: "2022-04", end: None, priority: 2, status: MeasureStatus::Permanent,
        indicators: &[("Beratungen pro Jahr", Output, "Anzahl", 0.0, 300.0, Some(412.0))],
        ideas: &[],
    },
    Row {
        title_de: "Bunter Mühlgrabensommer",
        title_en: "Colourful Mühlgraben summer week",
        description: "Aktionswoche auf der Wiese am Mühlgraben mit Angeboten der Vereine, Schulen und Migrantenorganisationen; Teil des Stadtteildialogs.",
        fields: &["HF3", "HF4"], goals: &["HZ3.1", "HZ4.1"], lead: 0, partners: &[1, 2, 3, 17, 8, 9, 14],
        groups: &["alle Bewohner:innen", "Familien", "Kinder"], place: "Wiese am Mühlgraben", cost: 6000.0,
        source: "Kommunaler Haushalt und Spenden der Wohnungsunternehmen", secured: true,
        start: "2024-07", end: Some("2024-07"), priority: 1, status: MeasureStatus::Done,
        indicators: &[
            ("Besucher:innen", Outcome, "Personen", 0.0, 800.0, Some(1150.0)),
            ("Anteil Besucher:innen mit anderer Familiensprache", Outcome, "%", 0.0, 30.0, Some(38.0)),
        ],
        ideas: &["i16"],
    },
    Row {
        title_de: "Interreligiöser Stadtteilspaziergang",
        title_en: "Interfaith neighbourhood walk",
        description: "Zweimal im Jahr besuchen Nachbar:innen Kirche, Moschee und weitere Orte und kommen ins Gespräch.",
        fields: &["HF3"], goals: &["HZ3.1"], lead: 6, partners: &[7, 0],
        groups: &["alle Bewohner:innen"], place: "Kirchplatz – Lindenstraße", cost: 800.0,
        source: "Eigenmittel der Gemeinden", secured: true,
        start: "2023-05", end: None, priority: 3, status: MeasureStatus::Running,
        indicators: &[("Teilnehmende pro Spaziergang", Output, "Personen", 0.0, 40.0, Some(35.0))],
        ideas: &[],
    },
    Row {
        title_de: "Nachbarschaftsmediation",
        title_en: "Neighbourhood mediation",
        description: "Ausbildung ehrenamtlicher Streitschlichter:innen und feste Anlaufstelle bei Konflikten in Hausgemeinschaften.",
        fields: &["HF3"], goals: &["HZ3.2"], lead: 12, partners: &[11, 0],
        groups: &["Mieter:innen"], place: "Nachbarschaftstreff Färberstraße", cost: 12000.0,
        source: "Kommunaler Haushalt (Haushaltsvorbehalt)", secured: false,
        start: "2025-03", end: Some("2026-12"), priority: 2, status: MeasureStatus::Planned,
        indicators: &[("Geschlichtete Konflikte pro Jahr", Outcome, "Anzahl", 0.0, 20.0, None)],
        ideas: &[],
    },
    Row {
        title_de: "Aufsuchende Beteiligung mit Stadtteilplane",
        title_en: "Outreach participation with a floor map",
        description: "Große Bodenkarte und mehrsprachige Papierbögen an Schule, Kita, Moschee und Spielplatz; Erfassung durch das Quartiersmanagement.",
        fields: &["HF4"], goals: &["HZ4.1"], lead: 0, partners: &[8, 9, 10, 3],
        groups: &["Menschen ohne Internet", "Neuzugewanderte", "Kinder"], place: "sechs Orte im Quartier", cost: 2500.0,
        source: "Kommunaler Haushalt", secured: true,
        start: "2024-05", end: Some("2024-06"), priority: 1, status: MeasureStatus::Done,
        indicators: &[("Beiträge über analoge Kanäle", Output, "Anzahl", 0.0, 150.0, Some(212.0))],
        ideas: &[],
    },
    Row {
        title_de: "Verfügungsfonds Mühlenviertel",
        title_en: "Mühlenviertel neighbourhood fund",
        description: "Kleiner Fonds für Projekte von Bewohner:innen und Vereinen; eine Vergabejury entscheidet, das Quartiersmanagement berät.",
        fields: &["HF4"], goals: &["HZ4.2"], lead: 0, partners: &[1],
        groups: &["alle Bewohner:innen", "lokale Akteure"], place: "Quartier", cost: 10000.0,
        source: "Kommunaler Haushalt (jährlich)", secured: true,
        start: "2023-01", end: None, priority: 1, status: MeasureStatus::Running,
        indicators: &[
            ("Geförderte Projekte pro Jahr", Output, "Anzahl", 0.0, 10.0, Some(8.0)),
            ("Erstmals geförderte Antragstellende", Outcome, "Anzahl", 0.0, 5.0, Some(4.0)),
        ],
        ideas: &[],
    },
    Row {
        title_de: "Gemeinschaftsgarten am Mühlgraben",
        title_en: "Community garden at the Mühlgraben",
        description: "Erweiterung des Gartens um Hochbeete, einen Wasseranschluss und einen barrierefreien Weg.",
        fields: &["HF5", "HF3"], goals: &["HZ5.1", "HZ3.1"], lead: 2, partners: &[11, 27, 10],
        groups: &["Nachbarschaft", "Familien", "Senior:innen"], place: "Grünzug Am Wehr", cost: 7500.0,
        source: "Verfügungsfonds und Wohnungsgenossenschaft", secured: true,
        start: "2024-03", end: Some("2025-10"), priority: 2, status: MeasureStatus::Running,
        indicators: &[
            ("Beete in Gemeinschaftsnutzung", Output, "Anzahl", 6.0, 20.0, Some(14.0)),
            ("Aktive Gärtner:innen", Outcome, "Personen", 9.0, 30.0, Some(23.0)),
        ],
        ideas: &["i01"],
    },
    Row {
        title_de: "Beleuchtung und Sitzbänke am Mühlgrabenweg",
        title_en: "Lighting and benches along the Mühlgraben path",
        description: "Neue Wegebeleuchtung auf 600 m, zwölf Bänke mit Armlehnen und zusätzliche Abfallbehälter.",
        fields: &["HF5"], goals: &["HZ5.1"], lead: 27, partners: &[0, 12],
        groups: &["Senior:innen", "alle Bewohner:innen"], place: "Mühlgrabenweg", cost: 85000.0,
        source: "Städtebauförderung (beantragt)", secured: false,
        start: "2025-04", end: Some("2026-06"), priority: 1, status: MeasureStatus::Planned,
        indicators: &[("Anteil Befragter, die sich abends sicher fühlen", Outcome, "%", 41.0, 60.0, None)],
        ideas: &["i02", "i03", "i05"],
    },
    Row {
        title_de: "Bolzplatz und Jugendtreffpunkt",
        title_en: "Kick-about pitch and youth meeting point",
        description: "Eingezäunter Bolzplatz und überdachter Treffpunkt, gemeinsam mit Jugendlichen geplant.",
        fields: &["HF5"], goals: &["HZ5.2"], lead: 27, partners: &[17, 14],
        groups: &["Jugendliche"], place: "Brachfläche Brückenstraße", cost: 45000.0,
        source: "offen (Haushaltsvorbehalt)", secured: false,
        start: "2026-01", end: None, priority: 2, status: MeasureStatus::Idea,
        indicators: &[("Beteiligte Jugendliche an der Planung", Output, "Personen", 0.0, 30.0, None)],
        ideas: &["i07", "i18"],
    },
    Row {
        title_de: "Quartiersnewsletter per Messenger",
        title_en: "Neighbourhood newsletter via messenger",
        description: "Eingestellt: Datenschutzbedenken bei Messenger-Gruppen; ersetzt durch Aushänge in Hausfluren und das Angebotsverzeichnis.",
        fields: &["HF1", "HF4"], goals: &["HZ4.1"], lead: 0, partners: &[12],
        groups: &["alle Bewohner:innen"], place: "digital", cost: 600.0,
        source: "Kommunaler Haushalt", secured: true,
        start: "2022-06", end: Some("2023-03"), priority: 3, status: MeasureStatus::Dropped,
        indicators: &[("Abonnent:innen", Output, "Anzahl", 0.0, 300.0, Some(85.0))],
        ideas: &[],
    },
];

fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| (*s).to_string()).collect()
}

/// Builds the action plan of the pilot quarter.
pub(crate) fn action_plan(quarter_id: &str) -> ActionPlan {
    ActionPlan {
        title: "Aktionsplan Mühlenviertel 2023–2026".to_string(),
        quarter_id: quarter_id.to_string(),
        version: 3,
        decided_on: "2023-06-21".to_string(),
        fields: FIELDS
            .iter()
            .map(|&(id, de, en)| FieldOfAction {
                id: id.to_string(),
                name_de: de.to_string(),
                name_en: en.to_string(),
            })
            .collect(),
        goals: GOALS
            .iter()
            .map(|&(id, parent, field, text)| Goal {
                id: id.to_string(),
                level: if parent.is_some() {
                    GoalLevel::Handlungsziel
                } else {
                    GoalLevel::Leitziel
                },
                parent_id: parent.map(str::to_string),
                field_id: field.to_string(),
                text: text.to_string(),
            })
            .collect(),
        measures: MEASURES
            .iter()
            .enumerate()
            .map(|(i, r)| Measure {
                id: format!("M{:02}", i + 1),
                title_de: r.title_de.to_string(),
                title_en: r.title_en.to_string(),
                description: r.description.to_string(),
                field_ids: strings(r.fields),
                goal_ids: strings(r.goals),
                lead_actor_id: actor_id(r.lead),
                partner_actor_ids: r.partners.iter().map(|&p| actor_id(p)).collect(),
                target_groups: strings(r.groups),
                place: r.place.to_string(),
                cost_estimate_eur: r.cost,
                funding_source: r.source.to_string(),
                funding_secured: r.secured,
                start: r.start.to_string(),
                end: r.end.map(str::to_string),
                priority: r.priority,
                status: r.status,
                indicators: r
                    .indicators
                    .iter()
                    .map(|&(name, level, unit, baseline, target, actual)| MeasureIndicator {
                        name: name.to_string(),
                        level,
                        unit: unit.to_string(),
                        baseline,
                        target,
                        actual,
                    })
                    .collect(),
                idea_ids: strings(r.ideas),
            })
            .collect(),
    }
}
