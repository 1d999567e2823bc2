//! The instrument profile (Steckbrief) of the instrument library: purpose, the
//! step of the Wirkungstreppe reached with its evidence, resources, typed
//! preconditions, core and adaptable elements, templates.
//!
//! The preconditions are typed so that the transfer check (issue 14) can test each
//! one against the facts of a candidate quarter ([`check_preconditions`]); only
//! the free-text kind needs a person's judgement.

use serde::{Deserialize, Serialize};

/// The step of the Wirkungstreppe (PHINEO "Kursbuch Wirkung") an instrument reached.
/// Steps 1–3 are output, 4–6 outcome, 7 impact; "Wirkung" starts at step 4.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// 1: activities take place as planned.
    ActivitiesHappen,
    /// 2: target groups are reached.
    GroupsReached,
    /// 3: target groups accept the offer.
    GroupsAccept,
    /// 4: awareness or skills change.
    AwarenessChanges,
    /// 5: behaviour changes.
    BehaviourChanges,
    /// 6: the life situation changes.
    LifeChanges,
    /// 7: society or the area changes.
    AreaChanges,
}

impl Step {
    /// Every step in order.
    pub const ALL: [Step; 7] = [
        Step::ActivitiesHappen,
        Step::GroupsReached,
        Step::GroupsAccept,
        Step::AwarenessChanges,
        Step::BehaviourChanges,
        Step::LifeChanges,
        Step::AreaChanges,
    ];

    /// The step's number, 1 to 7.
    pub fn number(self) -> u8 {
        match self {
            Step::ActivitiesHappen => 1,
            Step::GroupsReached => 2,
            Step::GroupsAccept => 3,
            Step::AwarenessChanges => 4,
            Step::BehaviourChanges => 5,
            Step::LifeChanges => 6,
            Step::AreaChanges => 7,
        }
    }

    /// The step with number `n` (1 to 7).
    pub fn from_number(n: u8) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.number() == n)
    }

    /// `output`, `outcome` or `impact`.
    pub fn level(self) -> &'static str {
        match self.number() {
            1..=3 => "output",
            4..=6 => "outcome",
            _ => "impact",
        }
    }

    /// Reaches an effect in the Wirkungstreppe sense (step 4 or higher).
    pub fn is_effect(self) -> bool {
        self.number() >= 4
    }
}

/// Resources an instrument needs per year.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct Resources {
    /// Staff hours per year.
    pub staff_hours_per_year: f64,
    /// Euros per year (material, fees, catering).
    pub euros_per_year: f64,
}

/// One precondition of an instrument, typed for the transfer check.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Precondition {
    /// A neighbourhood-management team works in the quarter.
    NeighbourhoodTeam,
    /// A fund (Verfügungsfonds) exists, optionally with at least this volume per year.
    Fund {
        /// Least volume in euros per year, when the instrument needs one.
        min_euros_per_year: Option<f64>,
    },
    /// At least this many active actors in the quarter.
    MinActiveActors {
        /// Least number of active actors.
        count: u32,
    },
    /// Premises of a kind (a room, a hall, an outdoor space).
    Premises {
        /// What kind of premises.
        description: String,
    },
    /// Political backing (a council decision, the district council).
    PoliticalBacking {
        /// Which body backs it.
        body: String,
    },
    /// Languages the team or helpers must cover (ISO 639-1 codes).
    Languages {
        /// Language codes.
        languages: Vec<String>,
    },
    /// Anything else, judged by a person.
    FreeText {
        /// The precondition in words.
        text: String,
    },
}

impl Precondition {
    /// The kind's stored name (the serde tag).
    pub fn kind(&self) -> &'static str {
        match self {
            Precondition::NeighbourhoodTeam => "neighbourhood_team",
            Precondition::Fund { .. } => "fund",
            Precondition::MinActiveActors { .. } => "min_active_actors",
            Precondition::Premises { .. } => "premises",
            Precondition::PoliticalBacking { .. } => "political_backing",
            Precondition::Languages { .. } => "languages",
            Precondition::FreeText { .. } => "free_text",
        }
    }

    /// Every kind, in the order forms show them.
    pub const KINDS: [&'static str; 7] = [
        "neighbourhood_team",
        "fund",
        "min_active_actors",
        "premises",
        "political_backing",
        "languages",
        "free_text",
    ];
}

/// An instrument profile (Steckbrief), one version of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    /// Name ("Stadtteilplane").
    pub name: String,
    /// What the instrument is for.
    pub purpose: String,
    /// The Wirkungstreppe step reached.
    pub step: Step,
    /// The evidence for that step.
    pub evidence: String,
    /// Resources per year.
    pub resources: Resources,
    /// Typed preconditions.
    pub preconditions: Vec<Precondition>,
    /// Elements that must stay as they are.
    pub core_elements: Vec<String>,
    /// Elements a quarter may adapt.
    pub adaptable_elements: Vec<String>,
    /// Templates (file names or links).
    pub templates: Vec<String>,
}

/// Why a profile was refused; each names the field.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ProfileError {
    /// A required text is empty.
    #[error("{0} must not be empty")]
    Empty(&'static str),
    /// A text is longer than allowed.
    #[error("{field} is longer than {max} characters")]
    TooLong {
        /// Field.
        field: &'static str,
        /// Limit.
        max: usize,
    },
    /// A number is negative or not finite.
    #[error("{0} must be a number of zero or more")]
    BadAmount(&'static str),
    /// The step of the Wirkungstreppe needs evidence from step 4 on.
    #[error("a step of 4 or higher needs evidence")]
    EvidenceMissing,
    /// A precondition kind appears twice (only free text may repeat).
    #[error("precondition {0} is given twice")]
    DuplicatePrecondition(&'static str),
    /// A precondition is incomplete (position, 1-based, and kind).
    #[error("precondition {position} ({kind}) is incomplete")]
    IncompletePrecondition {
        /// 1-based position in the list.
        position: usize,
        /// Its kind.
        kind: &'static str,
    },
    /// A language code is not two or three lowercase letters.
    #[error("'{0}' is not a language code (ISO 639-1, e.g. 'ar')")]
    BadLanguage(String),
}

const MAX_NAME: usize = 120;
const MAX_TEXT: usize = 5000;

fn text(field: &'static str, v: &str, max: usize, required: bool) -> Result<(), ProfileError> {
    if required && v.trim().is_empty() {
        return Err(ProfileError::Empty(field));
    }
    if v.chars().count() > max {
        return Err(ProfileError::TooLong { field, max });
    }
    Ok(())
}

fn amount(field: &'static str, v: f64) -> Result<(), ProfileError> {
    if v.is_finite() && v >= 0.0 {
        Ok(())
    } else {
        Err(ProfileError::BadAmount(field))
    }
}

impl Profile {
    /// Checks the profile; the first problem found is returned.
    pub fn validate(&self) -> Result<(), ProfileError> {
        text("name", &self.name, MAX_NAME, true)?;
        text("purpose", &self.purpose, MAX_TEXT, true)?;
        text("evidence", &self.evidence, MAX_TEXT, false)?;
        if self.step.is_effect() && self.evidence.trim().is_empty() {
            return Err(ProfileError::EvidenceMissing);
        }
        amount("staff_hours_per_year", self.resources.staff_hours_per_year)?;
        amount("euros_per_year", self.resources.euros_per_year)?;
        let mut seen: Vec<&'static str> = Vec::new();
        for (i, p) in self.preconditions.iter().enumerate() {
            let kind = p.kind();
            if kind != "free_text" && seen.contains(&kind) {
                return Err(ProfileError::DuplicatePrecondition(kind));
            }
            seen.push(kind);
            let incomplete = ProfileError::IncompletePrecondition {
                position: i + 1,
                kind,
            };
            match p {
                Precondition::NeighbourhoodTeam => {}
                Precondition::Fund { min_euros_per_year } => {
                    if let Some(v) = min_euros_per_year {
                        amount("min_euros_per_year", *v)?;
                    }
                }
                Precondition::MinActiveActors { count } => {
                    if *count == 0 {
                        return Err(incomplete);
                    }
                }
                Precondition::Premises { description: t }
                | Precondition::PoliticalBacking { body: t }
                | Precondition::FreeText { text: t } => {
                    if t.trim().is_empty() {
                        return Err(incomplete);
                    }
                    text("precondition", t, MAX_TEXT, true)?;
                }
                Precondition::Languages { languages } => {
                    if languages.is_empty() {
                        return Err(incomplete);
                    }
                    for l in languages {
                        let ok =
                            (2..=3).contains(&l.len()) && l.chars().all(|c| c.is_ascii_lowercase());
                        if !ok {
                            return Err(ProfileError::BadLanguage(l.clone()));
                        }
                    }
                }
            }
        }
        for (field, list) in [
            ("core_elements", &self.core_elements),
            ("adaptable_elements", &self.adaptable_elements),
            ("templates", &self.templates),
        ] {
            for e in list {
                text(field, e, MAX_NAME * 4, true)?;
            }
        }
        Ok(())
    }
}

/// What is known about a candidate quarter, for testing preconditions.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ContextFacts {
    /// A neighbourhood-management team works there.
    pub neighbourhood_team: bool,
    /// Fund volume per year, when there is a fund.
    pub fund_euros_per_year: Option<f64>,
    /// Number of active actors.
    pub active_actors: u32,
    /// Premises are available.
    pub premises: bool,
    /// Political backing exists.
    pub political_backing: bool,
    /// Languages the team and helpers cover.
    pub languages: Vec<String>,
}

/// The outcome of testing one precondition.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PreconditionCheck {
    /// Fulfilled by the facts.
    Fulfilled,
    /// Not fulfilled; what is missing.
    Missing(String),
    /// Needs a person's judgement (free text).
    Judge,
}

/// Tests each precondition against the facts of a quarter, in the profile's order.
pub fn check_preconditions(pre: &[Precondition], facts: &ContextFacts) -> Vec<PreconditionCheck> {
    use PreconditionCheck::{Fulfilled, Judge, Missing};
    pre.iter()
        .map(|p| match p {
            Precondition::NeighbourhoodTeam if facts.neighbourhood_team => Fulfilled,
            Precondition::NeighbourhoodTeam => Missing("no neighbourhood team".into()),
            Precondition::Fund { min_euros_per_year } => match facts.fund_euros_per_year {
                None => Missing("no fund".into()),
                Some(v) if min_euros_per_year.is_some_and(|m| v < m) => Missing(format!(
                    "fund of {v} €, needs {}",
                    min_euros_per_year.unwrap_or(0.0)
                )),
                Some(_) => Fulfilled,
            },
            Precondition::MinActiveActors { count } if facts.active_actors >= *count => Fulfilled,
            Precondition::MinActiveActors { count } => Missing(format!(
                "{} active actors, needs {count}",
                facts.active_actors
            )),
            Precondition::Premises { .. } if facts.premises => Fulfilled,
            Precondition::Premises { description } => Missing(description.clone()),
            Precondition::PoliticalBacking { .. } if facts.political_backing => Fulfilled,
            Precondition::PoliticalBacking { body } => Missing(body.clone()),
            Precondition::Languages { languages } => {
                let missing: Vec<&str> = languages
                    .iter()
                    .filter(|l| !facts.languages.contains(l))
                    .map(String::as_str)
                    .collect();
                if missing.is_empty() {
                    Fulfilled
                } else {
                    Missing(missing.join(", "))
                }
            }
            Precondition::FreeText { .. } => Judge,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile() -> Profile {
        Profile {
            name: "Stadtteilplane".into(),
            purpose: "Menschen erreichen, die online nicht mitreden".into(),
            step: Step::GroupsReached,
            evidence: String::new(),
            resources: Resources {
                staff_hours_per_year: 60.0,
                euros_per_year: 600.0,
            },
            preconditions: vec![
                Precondition::NeighbourhoodTeam,
                Precondition::MinActiveActors { count: 5 },
                Precondition::Languages {
                    languages: vec!["ar".into(), "tr".into()],
                },
                Precondition::FreeText {
                    text: "Ehrenamtliche für die Erfassung".into(),
                },
            ],
            core_elements: vec!["Bodenkarte mit Klebepunkten".into()],
            adaptable_elements: vec!["Orte".into()],
            templates: vec![],
        }
    }

    #[test]
    fn valid_profile_passes_and_round_trips_as_json() {
        let p = profile();
        assert_eq!(p.validate(), Ok(()));
        let json = serde_json::to_string(&p).unwrap_or_default();
        assert!(json.contains("\"kind\":\"min_active_actors\""), "{json}");
        let back: Profile = serde_json::from_str(&json).unwrap_or_else(|_| profile());
        assert_eq!(back, p);
    }

    #[test]
    fn refusals_name_the_rule() {
        let mut p = profile();
        p.name = "  ".into();
        assert_eq!(p.validate(), Err(ProfileError::Empty("name")));
        let mut p = profile();
        p.step = Step::BehaviourChanges;
        assert_eq!(p.validate(), Err(ProfileError::EvidenceMissing));
        let mut p = profile();
        p.resources.euros_per_year = -1.0;
        assert_eq!(p.validate(), Err(ProfileError::BadAmount("euros_per_year")));
        let mut p = profile();
        p.resources.staff_hours_per_year = f64::NAN;
        assert!(p.validate().is_err());
        let mut p = profile();
        p.preconditions.push(Precondition::NeighbourhoodTeam);
        assert_eq!(
            p.validate(),
            Err(ProfileError::DuplicatePrecondition("neighbourhood_team"))
        );
        let mut p = profile();
        p.preconditions[1] = Precondition::MinActiveActors { count: 0 };
        assert_eq!(
            p.validate(),
            Err(ProfileError::IncompletePrecondition {
                position: 2,
                kind: "min_active_actors"
            })
        );
        let mut p = profile();
        p.preconditions[2] = Precondition::Languages {
            languages: vec!["Arabisch".into()],
        };
        assert_eq!(
            p.validate(),
            Err(ProfileError::BadLanguage("Arabisch".into()))
        );
        let mut p = profile();
        p.name = "x".repeat(121);
        assert!(matches!(p.validate(), Err(ProfileError::TooLong { .. })));
    }

    #[test]
    fn free_text_may_repeat() {
        let mut p = profile();
        p.preconditions.push(Precondition::FreeText {
            text: "Sommerfest".into(),
        });
        assert_eq!(p.validate(), Ok(()));
    }

    #[test]
    fn steps_have_levels() {
        assert_eq!(Step::from_number(3), Some(Step::GroupsAccept));
        assert_eq!(Step::from_number(8), None);
        assert_eq!(Step::GroupsAccept.level(), "output");
        assert_eq!(Step::AwarenessChanges.level(), "outcome");
        assert_eq!(Step::AreaChanges.level(), "impact");
        assert!(!Step::GroupsAccept.is_effect());
        assert!(Step::AwarenessChanges.is_effect());
    }

    #[test]
    fn preconditions_checked_against_facts() {
        let p = profile();
        let facts = ContextFacts {
            neighbourhood_team: true,
            active_actors: 3,
            languages: vec!["ar".into()],
            ..ContextFacts::default()
        };
        let r = check_preconditions(&p.preconditions, &facts);
        assert_eq!(r[0], PreconditionCheck::Fulfilled);
        assert_eq!(
            r[1],
            PreconditionCheck::Missing("3 active actors, needs 5".into())
        );
        assert_eq!(r[2], PreconditionCheck::Missing("tr".into()));
        assert_eq!(r[3], PreconditionCheck::Judge);
        let fund = [Precondition::Fund {
            min_euros_per_year: Some(5000.0),
        }];
        let mut f = ContextFacts::default();
        assert!(matches!(
            check_preconditions(&fund, &f)[0],
            PreconditionCheck::Missing(_)
        ));
        f.fund_euros_per_year = Some(10000.0);
        assert_eq!(
            check_preconditions(&fund, &f)[0],
            PreconditionCheck::Fulfilled
        );
    }
}
