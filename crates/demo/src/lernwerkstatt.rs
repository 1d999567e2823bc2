//! Lernwerkstatt: one workshop session with case presentations and follow-up tasks.

use crate::model::{CasePresentation, FollowUpTask, LearningWorkshop};

/// Builds the Lernwerkstatt session.
pub(crate) fn learning_workshop(host_quarter_id: &str) -> LearningWorkshop {
    let case = |title: &str,
                presenter: &str,
                problem: &str,
                approach: &str,
                resources: &str,
                result: &str,
                lessons: &str| {
        CasePresentation {
            title: title.to_string(),
            presenter: presenter.to_string(),
            problem: problem.to_string(),
            approach: approach.to_string(),
            resources: resources.to_string(),
            result: result.to_string(),
            lessons: lessons.to_string(),
        }
    };
    LearningWorkshop {
        title: "3. Lernwerkstatt Quartiersarbeit: Menschen erreichen, die selten mitreden".to_string(),
        date: "2024-11-14".to_string(),
        host_quarter_id: host_quarter_id.to_string(),
        venue: "Gemeindesaal, Kirchplatz 2, Musterstadt".to_string(),
        participants: vec![
            "Quartiersmanagement Mühlenviertel".to_string(),
            "Stadtteilbüro Lerchenberg".to_string(),
            "Quartiersmanagement Östliche Vorstadt".to_string(),
            "Amt für Wohnungsbau und Stadterneuerung (Programmleitung)".to_string(),
            "Referat Migration und Integration".to_string(),
            "Kommunale Statistikstelle".to_string(),
            "Quartiersmanagement Neustadt-Süd, Beispielstadt (Gast)".to_string(),
        ],
        agenda: vec![
            "Begrüßung und Rückblick auf die 2. Lernwerkstatt".to_string(),
            "Fallvorstellung 1: Stadtteilplane statt Online-Umfrage".to_string(),
            "Fallvorstellung 2: Vergabejury mit Kinderbetreuung".to_string(),
            "Fallvorstellung 3: Antragswerkstatt vor dem Stichtag".to_string(),
            "Kleingruppen: Was lässt sich übertragen?".to_string(),
            "Vereinbarungen und nächste Gastgeber".to_string(),
        ],
        cases: vec![
            case(
                "Stadtteilplane statt Online-Umfrage",
                "Quartiersmanagement Mühlenviertel",
                "Eine erste Online-Umfrage 2023 erreichte vor allem deutschsprachige, ältere Eigentümer:innen; Familien und Neuzugewanderte fehlten fast ganz.",
                "Große Bodenkarte mit Klebepunkten an sechs Orten (Schule, Kita, Moschee, Spielplatz, Bibliothek, Sommerfest), Papierbögen in fünf Sprachen, Kulturdolmetscher:innen vor Ort; Erfassung mit Kanal im System.",
                "Zwei Mitarbeitende an sechs Terminen (rund 60 Stunden inkl. Erfassung), 600 € Druckkosten, acht Ehrenamtliche.",
                "212 von 340 Beiträgen kamen über analoge Kanäle, 38 % nicht auf Deutsch; der Anteil von Familien mit Kindern unter den Beitragenden stieg von 12 % auf 41 %.",
                "Erfassungszeit von Anfang an einplanen; Antworten an denselben Orten aushängen, an denen gesammelt wurde; Kinder sind gute Türöffner zu ihren Eltern.",
            ),
            case(
                "Vergabejury mit Kinderbetreuung",
                "Stadtteilbüro Lerchenberg",
                "Die Vergabejury bestand fast nur aus Rentner:innen; junge Eltern und Zugezogene fühlten sich nicht angesprochen.",
                "Sitzungen am frühen Abend mit Kinderbetreuung und Imbiss, Anträge in einfacher Sprache, zwei rotierende Plätze für je ein Jahr.",
                "Kinderbetreuung 40 € pro Sitzung, etwa 4 Stunden Vorbereitung für Kurzfassungen je Runde.",
                "Drei neue Jurymitglieder unter 40 Jahren, darunter zwei mit Fluchtgeschichte; Sitzungen dauern nicht länger als vorher.",
                "Kurzfassungen in einfacher Sprache helfen allen, nicht nur Neuen; Befangenheit klar und früh ansprechen.",
            ),
            case(
                "Antragswerkstatt vor dem Stichtag",
                "Quartiersmanagement Östliche Vorstadt",
                "Rund 40 % der Anträge an den Verfügungsfonds waren formal unvollständig (Finanzierungsplan nicht ausgeglichen, Einzelanschaffungen über 410 €).",
                "Offene Antragswerkstatt zwei Wochen vor jedem Stichtag mit Laptop, Beispielen und Prüfliste; Nachweise werden gleich mitbesprochen.",
                "Zwei Stunden pro Stichtag, ein Raum, ausgedruckte Prüfliste.",
                "Formale Fehler sanken auf etwa 10 %; mehr Erstantragstellende, vor allem kleine Initiativen.",
                "Die Prüfliste sollte direkt im Antragsformular stecken; Verwendungsnachweis früh erklären, nicht erst nach der Bewilligung.",
            ),
        ],
        minutes: "Die Teilnehmenden bewerten die Stadtteilplane als gut übertragbar, sofern Zeit für die \
                  Erfassung eingeplant wird. Lerchenberg übernimmt die Papierbögen und die \
                  Kanal-Erfassung für den eigenen Dialog 2025. Das Mühlenviertel übernimmt die \
                  Kinderbetreuung in der Jury. Die Prüfliste der Östlichen Vorstadt soll in die \
                  gemeinsame Fondsrichtlinie aufgenommen werden. Nächste Lernwerkstatt im März 2025 \
                  in Lerchenberg."
            .to_string(),
        follow_ups: vec![
            FollowUpTask {
                task: "Steckbrief \"Stadtteilplane\" für die Instrumentenbibliothek schreiben".to_string(),
                responsible: "Quartiersmanagement Mühlenviertel".to_string(),
                due: "2025-01-31".to_string(),
            },
            FollowUpTask {
                task: "Prüfliste für Fondsanträge in allen Quartieren einsetzen".to_string(),
                responsible: "Amt für Wohnungsbau und Stadterneuerung".to_string(),
                due: "2025-03-01".to_string(),
            },
            FollowUpTask {
                task: "Übertragbarkeit der Stadtteilplane auf Lerchenberg prüfen".to_string(),
                responsible: "Stadtteilbüro Lerchenberg".to_string(),
                due: "2025-03-20".to_string(),
            },
            FollowUpTask {
                task: "4. Lernwerkstatt in Lerchenberg vorbereiten".to_string(),
                responsible: "Stadtteilbüro Lerchenberg".to_string(),
                due: "2025-03-01".to_string(),
            },
        ],
    }
}
