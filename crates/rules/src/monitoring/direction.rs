//! Direction proposals for indicators: does a higher value mean more need, less need, or
//! is the indicator neutral context (area, population, counts)?
//!
//! The vocabulary below is matched on the normalised indicator name (lowercase, umlauts
//! transliterated, separators removed). The longest matching term wins; a term of need
//! (either way) beats a neutral term ("Anteil Arbeitslose an den Einwohnern" is about
//! Arbeitslose, not Einwohner). Absolute counts of a need term ("Arbeitslose", unit
//! "Anzahl") are proposed as neutral, because they grow with the area's population: a
//! share is the comparable measure. Without any term the proposal is "unknown": the
//! analyst decides.

/// Which way an indicator points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Direction {
    /// A higher value means more need (Arbeitslose, SGB II, Kinderarmut).
    MoreNeed,
    /// A higher value means less need (Einkommen, Beschäftigtenquote).
    LessNeed,
    /// Context, not a need indicator (Fläche, Einwohner, Anzahl).
    Neutral,
}

/// A proposal with its reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirectionProposal {
    /// The proposed direction; `None` when no term of the vocabulary matched.
    pub direction: Option<Direction>,
    /// The vocabulary term that decided, as written in the vocabulary.
    pub term: Option<&'static str>,
    /// Why (English; the web layer shows the term and direction in its own words).
    pub reason: String,
}

use Direction::{LessNeed, MoreNeed, Neutral};

/// The vocabulary: (term, direction). Terms are written as they appear in German
/// statistics; matching normalises both sides.
pub const VOCABULARY: &[(&str, Direction)] = &[
    // more need
    ("Arbeitslose", MoreNeed),
    ("Arbeitslosigkeit", MoreNeed),
    ("Arbeitslosenquote", MoreNeed),
    ("Arbeitslosendichte", MoreNeed),
    ("Langzeitarbeitslose", MoreNeed),
    ("Jugendarbeitslosigkeit", MoreNeed),
    ("Erwerbslose", MoreNeed),
    ("Unterbeschäftigung", MoreNeed),
    ("SGB II", MoreNeed),
    ("SGB-II", MoreNeed),
    ("SGB XII", MoreNeed),
    ("Hartz IV", MoreNeed),
    ("ALG II", MoreNeed),
    ("Arbeitslosengeld II", MoreNeed),
    ("Bürgergeld", MoreNeed),
    ("Transferbezug", MoreNeed),
    ("Transferleistung", MoreNeed),
    ("Transferleistungen", MoreNeed),
    ("Mindestsicherung", MoreNeed),
    ("Grundsicherung", MoreNeed),
    ("Sozialhilfe", MoreNeed),
    ("Sozialgeld", MoreNeed),
    ("Leistungsberechtigte", MoreNeed),
    ("Leistungsbezieher", MoreNeed),
    ("Leistungsempfänger", MoreNeed),
    ("Bedarfsgemeinschaften", MoreNeed),
    ("Bedarfsgemeinschaft", MoreNeed),
    ("Aufstocker", MoreNeed),
    ("Wohngeld", MoreNeed),
    ("Kinderarmut", MoreNeed),
    ("Altersarmut", MoreNeed),
    ("Armut", MoreNeed),
    ("Armutsgefährdung", MoreNeed),
    ("Armutsquote", MoreNeed),
    ("Alleinerziehende", MoreNeed),
    ("Alleinerziehend", MoreNeed),
    ("Überschuldung", MoreNeed),
    ("Schuldnerquote", MoreNeed),
    ("ohne Schulabschluss", MoreNeed),
    ("ohne Abschluss", MoreNeed),
    ("Schulabbrecher", MoreNeed),
    ("Sprachförderbedarf", MoreNeed),
    ("Übergewicht", MoreNeed),
    ("Straftaten", MoreNeed),
    ("Kriminalität", MoreNeed),
    ("Hilfen zur Erziehung", MoreNeed),
    ("Pflegebedürftige", MoreNeed),
    ("Leerstand", MoreNeed),
    ("Lärmbelastung", MoreNeed),
    ("Wohnungslose", MoreNeed),
    // English names, as in the Berlin MSS open data
    ("unemployed", MoreNeed),
    ("unemployment", MoreNeed),
    ("welfare", MoreNeed),
    ("transfer payments", MoreNeed),
    ("child poverty", MoreNeed),
    ("single parents", MoreNeed),
    // less need
    ("Einkommen", LessNeed),
    ("Haushaltseinkommen", LessNeed),
    ("Nettoeinkommen", LessNeed),
    ("Kaufkraft", LessNeed),
    ("Beschäftigtenquote", LessNeed),
    ("Beschäftigungsquote", LessNeed),
    ("Erwerbstätigenquote", LessNeed),
    ("Erwerbsquote", LessNeed),
    ("Abiturquote", LessNeed),
    ("Gymnasialquote", LessNeed),
    ("Übergangsquote Gymnasium", LessNeed),
    ("Hochschulreife", LessNeed),
    ("Lebenserwartung", LessNeed),
    ("Wahlbeteiligung", LessNeed),
    ("Grünfläche je Einwohner", LessNeed),
    ("Wohnfläche je Einwohner", LessNeed),
    ("Kitaversorgungsquote", LessNeed),
    ("Betreuungsquote", LessNeed),
    ("income", LessNeed),
    ("employment rate", LessNeed),
    ("life expectancy", LessNeed),
    ("turnout", LessNeed),
    // neutral context
    ("Fläche", Neutral),
    ("Einwohner", Neutral),
    ("Einwohnerinnen", Neutral),
    ("Bevölkerung", Neutral),
    ("Wohnberechtigte", Neutral),
    ("Anzahl", Neutral),
    ("Haushalte", Neutral),
    ("Wohnungen", Neutral),
    ("Gebäude", Neutral),
    ("Einwohnerdichte", Neutral),
    ("Bevölkerungsdichte", Neutral),
    ("Durchschnittsalter", Neutral),
    ("Altersgruppen", Neutral),
    ("Beschäftigte", Neutral),
    ("Sozialversicherungspflichtig Beschäftigte", Neutral),
    ("Wahlberechtigte", Neutral),
    ("population", Neutral),
    ("inhabitants", Neutral),
    ("households", Neutral),
];

/// Name parts and units that mark an absolute count.
const COUNT_MARKERS: &[&str] = &["anzahl", "personen", "faelle", "absolut", "abs"];
/// Name parts and units that mark a rate or share (not a count).
const RATE_MARKERS: &[&str] = &[
    "anteil",
    "quote",
    "prozent",
    "dichte",
    "je",
    "pro",
    "rate",
    "%",
    "je1000",
    "je100",
    "percentage",
    "share",
    "per",
];

/// Lowercase, umlauts transliterated, only letters and digits.
fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        match c {
            'ä' => out.push_str("ae"),
            'ö' => out.push_str("oe"),
            'ü' => out.push_str("ue"),
            'ß' => out.push_str("ss"),
            c if c.is_alphanumeric() => out.push(c),
            _ => {}
        }
    }
    out
}

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric() && c != '%')
        .filter(|w| !w.is_empty())
        .map(normalise_word)
        .collect()
}

fn normalise_word(w: &str) -> String {
    if w == "%" {
        w.to_string()
    } else {
        normalise(w)
    }
}

/// Proposes a direction for an indicator from its name and unit.
pub fn propose_direction(name: &str, unit: Option<&str>) -> DirectionProposal {
    let n = normalise(name);
    let mut best_need: Option<(&'static str, Direction, usize)> = None;
    let mut best_neutral: Option<(&'static str, usize)> = None;
    let mut conflict: Option<(&'static str, &'static str)> = None;
    for (term, dir) in VOCABULARY {
        let t = normalise(term);
        if t.is_empty() || !n.contains(&t) {
            continue;
        }
        match dir {
            Neutral => {
                if best_neutral.is_none_or(|(_, l)| t.len() > l) {
                    best_neutral = Some((term, t.len()));
                }
            }
            d => match best_need {
                Some((bt, bd, bl)) if bd != *d => {
                    // Opposite terms: the longer one decides if it contains the shorter
                    // ("Beschäftigtenquote" over "Beschäftigte"); otherwise ask.
                    let bnorm = normalise(bt);
                    if t.len() > bl && t.contains(&bnorm) {
                        best_need = Some((term, *d, t.len()));
                    } else if !(bl > t.len() && bnorm.contains(&t)) {
                        conflict = Some((bt, term));
                    }
                }
                Some((_, _, bl)) if t.len() <= bl => {}
                _ => best_need = Some((term, *d, t.len())),
            },
        }
    }
    if let Some((a, b)) = conflict {
        return DirectionProposal {
            direction: None,
            term: None,
            reason: format!(
                "the name contains '{a}' and '{b}', which point in opposite directions: choose"
            ),
        };
    }
    let name_words = words(name);
    let unit_words = unit.map(words).unwrap_or_default();
    let marks = |list: &[&str]| {
        name_words
            .iter()
            .chain(&unit_words)
            .any(|w| list.contains(&w.as_str()))
    };
    let is_rate = marks(RATE_MARKERS);
    let is_count = !is_rate && marks(COUNT_MARKERS);
    match best_need {
        Some((term, _, _)) if is_count => DirectionProposal {
            direction: Some(Neutral),
            term: Some(term),
            reason: format!(
                "'{term}' as an absolute count grows with the population: neutral; use a share to measure need"
            ),
        },
        Some((term, d, _)) => DirectionProposal {
            direction: Some(d),
            term: Some(term),
            reason: format!(
                "'{term}': a higher value means {}",
                if d == MoreNeed {
                    "more need"
                } else {
                    "less need"
                }
            ),
        },
        None => match best_neutral {
            Some((term, _)) => DirectionProposal {
                direction: Some(Neutral),
                term: Some(term),
                reason: format!("'{term}' describes the area, not its need"),
            },
            None => DirectionProposal {
                direction: None,
                term: None,
                reason: "no term of the vocabulary matched: choose the direction".into(),
            },
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir(name: &str, unit: Option<&str>) -> Option<Direction> {
        propose_direction(name, unit).direction
    }

    #[test]
    fn need_terms() {
        assert_eq!(
            dir("Anteil Arbeitslose an den Einwohnern 15-64", Some("%")),
            Some(MoreNeed)
        );
        assert_eq!(dir("s1_percentage_unemployed", None), Some(MoreNeed));
        assert_eq!(dir("SGB II-Quote", Some("%")), Some(MoreNeed));
        assert_eq!(
            dir("(Regel-)Leistungsberechtigte - erwerbsfähig - Anteil", None),
            Some(MoreNeed)
        );
        assert_eq!(dir("Transferbezug", Some("%")), Some(MoreNeed));
        assert_eq!(dir("kinderarmut", None), Some(MoreNeed));
        assert_eq!(dir("AnteilArbeitslose", None), Some(MoreNeed));
    }

    #[test]
    fn less_need_terms_beat_contained_neutral_terms() {
        assert_eq!(dir("Persönliches Einkommen", Some("€")), Some(LessNeed));
        assert_eq!(dir("Beschäftigtenquote", Some("%")), Some(LessNeed));
        assert_eq!(dir("Wahlbeteiligung", Some("%")), Some(LessNeed));
        let p = propose_direction("Beschäftigtenquote", None);
        assert_eq!(p.term, Some("Beschäftigtenquote"));
    }

    #[test]
    fn neutral_context_and_counts() {
        assert_eq!(dir("Fläche", Some("km²")), Some(Neutral));
        assert_eq!(dir("Einwohner insgesamt", None), Some(Neutral));
        assert_eq!(dir("Anzahl", None), Some(Neutral));
        assert_eq!(dir("Einwohnerdichte", Some("EW/km²")), Some(Neutral));
        // An absolute count of a need term is neutral with the reason.
        let p = propose_direction("Arbeitslose", Some("Anzahl"));
        assert_eq!(p.direction, Some(Neutral));
        assert!(p.reason.contains("share"), "{}", p.reason);
        // The share of the same term is need.
        assert_eq!(dir("Arbeitslose - Anteil", Some("Anzahl")), Some(MoreNeed));
    }

    #[test]
    fn unknown_and_conflicting_names_ask() {
        let p = propose_direction("GESIx", None);
        assert_eq!(p.direction, None);
        assert!(p.reason.contains("choose"));
        let p = propose_direction("Einkommen der Bedarfsgemeinschaften", None);
        assert_eq!(p.direction, None, "{p:?}");
    }
}
