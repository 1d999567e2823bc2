//! Plain public data types of the demo city. All types are `Serialize` so the
//! platform can store them or emit them as JSON.

use geo_types::MultiPolygon;
use serde::Serialize;

/// A point as `[longitude, latitude]` in WGS84, rounded to 1e-7°.
pub type LonLat = [f64; 2];

/// The complete fictional demo city.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DemoCity {
    /// City name ("Musterstadt").
    pub name: String,
    /// Bilingual notice that all data is fictional.
    pub fictional_notice: String,
    /// Seed the city was generated from.
    pub seed: u64,
    /// Years covered by the indicator values.
    pub years: Vec<i32>,
    /// City outline (union of all areas).
    pub outline: MultiPolygon<f64>,
    /// Districts (Stadtbezirke).
    pub districts: Vec<District>,
    /// Statistical areas (Ortsteile), ordered by id.
    pub areas: Vec<Area>,
    /// Indicator catalogue.
    pub indicators: Vec<IndicatorDef>,
    /// Indicator values in long format (area × indicator × year).
    pub values: Vec<IndicatorValue>,
    /// Existing funding-programme areas (Förderkulissen).
    pub funding_areas: Vec<FundingArea>,
    /// Quarters: the pilot quarter first, then the transfer quarter.
    pub quarters: Vec<Quarter>,
    /// Local actors.
    pub actors: Vec<Actor>,
    /// Offers (Angebote) of the actors.
    pub offers: Vec<Offer>,
    /// Needs (Bedarfe) of the actors.
    pub needs: Vec<Need>,
    /// Cooperation links between actors (undirected).
    pub cooperations: Vec<Cooperation>,
    /// Action plan of the pilot quarter.
    pub action_plan: ActionPlan,
    /// Neighbourhood dialogue in the pilot quarter.
    pub dialogue: Dialogue,
    /// Neighbourhood fund round of the pilot quarter.
    pub fund_round: FundRound,
    /// Lernwerkstatt session.
    pub learning_workshop: LearningWorkshop,
    /// Demo login accounts, one per role.
    pub accounts: Vec<DemoAccount>,
}

/// A district (Stadtbezirk).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct District {
    /// Stable id ("1".."6").
    pub id: String,
    /// German name, e.g. "Stadtbezirk Mitte".
    pub name: String,
    /// Ids of the areas in this district.
    pub area_ids: Vec<String>,
}

/// Settlement type of an area; drives names and indicator levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AreaKind {
    /// Historic city centre.
    CityCentre,
    /// Dense 19th-century blocks (Gründerzeit).
    InnerCity,
    /// Mixed inner-city area (station, commerce, housing).
    Mixed,
    /// Large prefabricated housing estate (Großwohnsiedlung).
    LargeEstate,
    /// Garden city / detached houses.
    Suburban,
    /// Incorporated village.
    Village,
    /// Industrial or commercial area with very few residents.
    Industrial,
    /// Forest or open land with very few residents.
    Forest,
}

/// A statistical area (Ortsteil).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Area {
    /// Stable id, zero-padded ("01".."40").
    pub id: String,
    /// Fictional German name.
    pub name: String,
    /// Id of the district.
    pub district_id: String,
    /// Settlement type.
    pub kind: AreaKind,
    /// Boundary in WGS84 (one polygon; shared edges are vertex-identical).
    pub geometry: MultiPolygon<f64>,
    /// Area centroid.
    pub centroid: LonLat,
    /// Area in km².
    pub area_km2: f64,
}

/// Polarity of an indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Polarity {
    /// Higher values indicate more need (e.g. unemployment).
    HigherIsWorse,
    /// Higher values indicate less need (e.g. income).
    HigherIsBetter,
    /// Context indicator without a direction (e.g. population).
    Neutral,
}

/// Catalogue entry of an indicator.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndicatorDef {
    /// Machine key, e.g. "unemployment".
    pub key: String,
    /// German name.
    pub name_de: String,
    /// English name.
    pub name_en: String,
    /// German definition.
    pub definition_de: String,
    /// Unit ("Personen", "%", "EUR/Monat").
    pub unit: String,
    /// Polarity.
    pub polarity: Polarity,
    /// Source text.
    pub source: String,
}

/// One indicator value.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndicatorValue {
    /// Area id.
    pub area_id: String,
    /// Indicator key.
    pub indicator: String,
    /// Reference year (31.12.).
    pub year: i32,
    /// Value (persons as whole numbers, shares in % with one decimal).
    pub value: f64,
}

/// An existing funding-programme area (Förderkulisse).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FundingArea {
    /// Stable id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Programme, e.g. "Sozialer Zusammenhalt".
    pub programme: String,
    /// First funded year.
    pub since_year: i32,
    /// Areas that make up the funding area.
    pub area_ids: Vec<String>,
    /// Union of the areas' boundaries.
    pub geometry: MultiPolygon<f64>,
}

/// Role of a quarter in the programme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuarterRole {
    /// The pilot quarter.
    Pilot,
    /// A comparison quarter and later transfer target.
    Transfer,
}

/// A quarter (Quartier) made of one or more areas.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quarter {
    /// Slug id, e.g. "muehlenviertel".
    pub id: String,
    /// Name.
    pub name: String,
    /// Pilot or transfer quarter.
    pub role: QuarterRole,
    /// Areas in the quarter.
    pub area_ids: Vec<String>,
    /// Union of the areas' boundaries.
    pub geometry: MultiPolygon<f64>,
    /// German description.
    pub description: String,
}

/// Type of a local actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    /// Registered association (e.V.).
    Association,
    /// Informal initiative.
    Initiative,
    /// School.
    School,
    /// Day-care centre (Kita).
    Kita,
    /// Church or religious community.
    ReligiousCommunity,
    /// Migrant organisation.
    MigrantOrganisation,
    /// Housing company or cooperative.
    HousingCompany,
    /// Public library.
    Library,
    /// Sports club.
    SportsClub,
    /// Counselling centre.
    CounsellingCentre,
    /// Youth or community centre.
    CommunityCentre,
    /// Municipal office.
    PublicOffice,
    /// Neighbourhood management office.
    NeighbourhoodManagement,
    /// Local business.
    Business,
}

/// A local actor.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Actor {
    /// Stable id ("a01"...).
    pub id: String,
    /// Name.
    pub name: String,
    /// Type.
    pub kind: ActorKind,
    /// Quarter the actor is located in.
    pub quarter_id: String,
    /// Short German description.
    pub description: String,
    /// Fictional street address.
    pub address: String,
    /// Location inside the quarter.
    pub location: LonLat,
    /// Languages offered (ISO 639-1 codes).
    pub languages: Vec<String>,
    /// Target groups (German labels).
    pub target_groups: Vec<String>,
    /// Opening hours (OSM opening_hours syntax).
    pub opening_hours: String,
    /// Fictional contact email.
    pub email: String,
    /// Step-free access.
    pub barrier_free: bool,
}

/// Type of an offer or need.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OfferKind {
    /// Course or group.
    Course,
    /// Counselling or advice.
    Counselling,
    /// Room to use.
    Room,
    /// Equipment to borrow.
    Equipment,
    /// Volunteering opportunity.
    Volunteering,
    /// Open meeting or recurring event.
    Meeting,
}

/// An offer (Angebot) of an actor.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Offer {
    /// Stable id ("o01"...).
    pub id: String,
    /// Offering actor.
    pub actor_id: String,
    /// Type.
    pub kind: OfferKind,
    /// German title.
    pub title_de: String,
    /// English title.
    pub title_en: String,
    /// German description.
    pub description: String,
    /// Languages (ISO 639-1).
    pub languages: Vec<String>,
    /// Target groups.
    pub target_groups: Vec<String>,
    /// Schedule in words.
    pub schedule: String,
    /// Free of charge.
    pub free: bool,
}

/// A need (Bedarf) of an actor.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Need {
    /// Stable id ("n01"...).
    pub id: String,
    /// Actor with the need.
    pub actor_id: String,
    /// Kind of support needed.
    pub kind: OfferKind,
    /// German title.
    pub title_de: String,
    /// English title.
    pub title_en: String,
    /// German description.
    pub description: String,
}

/// An undirected cooperation link between two actors.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cooperation {
    /// First actor.
    pub actor_a: String,
    /// Second actor.
    pub actor_b: String,
    /// Kind of cooperation (German).
    pub kind: String,
    /// Since which year.
    pub since_year: i32,
}

/// A field of action (Handlungsfeld).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldOfAction {
    /// Id ("HF1"...).
    pub id: String,
    /// German name.
    pub name_de: String,
    /// English name.
    pub name_en: String,
}

/// Level of a goal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GoalLevel {
    /// Guiding goal (Leitziel).
    Leitziel,
    /// Operational goal (Handlungsziel).
    Handlungsziel,
}

/// A goal in the action plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Goal {
    /// Id ("LZ1", "HZ1.1"...).
    pub id: String,
    /// Level.
    pub level: GoalLevel,
    /// Parent goal (for Handlungsziele).
    pub parent_id: Option<String>,
    /// Field of action.
    pub field_id: String,
    /// German text.
    pub text: String,
}

/// Status of a measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MeasureStatus {
    /// Idea.
    Idea,
    /// Planned.
    Planned,
    /// Running.
    Running,
    /// Done.
    Done,
    /// Made permanent (verstetigt).
    Permanent,
    /// Dropped.
    Dropped,
}

/// Output or outcome level of an indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IndicatorLevel {
    /// Output (Leistung).
    Output,
    /// Outcome (Wirkung).
    Outcome,
}

/// An indicator of a measure.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MeasureIndicator {
    /// German name.
    pub name: String,
    /// Level.
    pub level: IndicatorLevel,
    /// Unit.
    pub unit: String,
    /// Baseline value.
    pub baseline: f64,
    /// Target value.
    pub target: f64,
    /// Latest actual value, if measured.
    pub actual: Option<f64>,
}

/// A measure (Maßnahme).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Measure {
    /// Id ("M01"...).
    pub id: String,
    /// German title.
    pub title_de: String,
    /// English title.
    pub title_en: String,
    /// German description.
    pub description: String,
    /// Fields of action served.
    pub field_ids: Vec<String>,
    /// Goals served (Handlungsziele).
    pub goal_ids: Vec<String>,
    /// Lead actor.
    pub lead_actor_id: String,
    /// Partner actors.
    pub partner_actor_ids: Vec<String>,
    /// Target groups.
    pub target_groups: Vec<String>,
    /// Place in words.
    pub place: String,
    /// Cost estimate in euros.
    pub cost_estimate_eur: f64,
    /// Funding source.
    pub funding_source: String,
    /// Whether funding is secured (else: Haushaltsvorbehalt).
    pub funding_secured: bool,
    /// Start (YYYY-MM).
    pub start: String,
    /// End (YYYY-MM), if planned.
    pub end: Option<String>,
    /// Priority 1 (high) to 3 (low).
    pub priority: u8,
    /// Status.
    pub status: MeasureStatus,
    /// Output and outcome indicators.
    pub indicators: Vec<MeasureIndicator>,
    /// Ideas from the dialogue this measure came from.
    pub idea_ids: Vec<String>,
}

/// An action plan (Aktionsplan).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActionPlan {
    /// Title.
    pub title: String,
    /// Quarter.
    pub quarter_id: String,
    /// Version number.
    pub version: u32,
    /// Date decided (ISO).
    pub decided_on: String,
    /// Fields of action.
    pub fields: Vec<FieldOfAction>,
    /// Goals (Leitziele and Handlungsziele).
    pub goals: Vec<Goal>,
    /// Measures.
    pub measures: Vec<Measure>,
}

/// Phase type of a dialogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PhaseKind {
    /// Inform.
    Inform,
    /// Consult.
    Consult,
    /// Co-design.
    CoDesign,
    /// Decide.
    Decide,
    /// Feedback.
    Feedback,
}

/// A phase of a dialogue.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DialoguePhase {
    /// Type.
    pub kind: PhaseKind,
    /// German title.
    pub title: String,
    /// Start date (ISO).
    pub start: String,
    /// End date (ISO).
    pub end: String,
    /// German description.
    pub description: String,
}

/// Input channel of a contribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// Online form.
    Online,
    /// Paper form, typed in by staff.
    Paper,
    /// Street conversation or event, recorded by staff.
    FaceToFace,
    /// Pin map at an event, photographed and entered by staff.
    PinMap,
    /// Card or conversation at an event (workshop, festival stand), entered by staff.
    Event,
    /// Phone call, recorded by staff.
    Phone,
}

/// Status of an idea (the duty to answer).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IdeaStatus {
    /// New, not yet reviewed.
    New,
    /// Under review.
    InReview,
    /// Accepted.
    Accepted,
    /// Partly accepted.
    PartlyAccepted,
    /// Rejected with reasons.
    Rejected,
    /// Implemented.
    Implemented,
}

/// An idea in a dialogue.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Idea {
    /// Id ("i01"...).
    pub id: String,
    /// Title (in the idea's language).
    pub title: String,
    /// Text (in the idea's language).
    pub text: String,
    /// German translation if the idea is not in German.
    pub translation_de: Option<String>,
    /// Language (ISO 639-1).
    pub language: String,
    /// Pseudonym of the author.
    pub author: String,
    /// Input channel.
    pub channel: Channel,
    /// Category (German).
    pub category: String,
    /// Location, if given.
    pub location: Option<LonLat>,
    /// Date submitted (ISO).
    pub created: String,
    /// Number of supporters.
    pub supporters: u32,
    /// Status.
    pub status: IdeaStatus,
    /// Official answer, if given.
    pub answer: Option<String>,
}

/// A comment on an idea.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comment {
    /// Id ("c001"...).
    pub id: String,
    /// Idea commented on.
    pub idea_id: String,
    /// Pseudonym of the author.
    pub author: String,
    /// Language (ISO 639-1).
    pub language: String,
    /// Input channel.
    pub channel: Channel,
    /// Text.
    pub text: String,
    /// German translation if not in German.
    pub translation_de: Option<String>,
    /// Timestamp (ISO, local time).
    pub created: String,
}

/// A neighbourhood dialogue (Stadtteildialog).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Dialogue {
    /// Id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Quarter.
    pub quarter_id: String,
    /// Participation level (German).
    pub participation_level: String,
    /// German description.
    pub description: String,
    /// Phases.
    pub phases: Vec<DialoguePhase>,
    /// Ideas.
    pub ideas: Vec<Idea>,
    /// Comments.
    pub comments: Vec<Comment>,
}

/// Rules of a neighbourhood fund (Leipzig-like profile).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FundRules {
    /// Cap for non-investive projects in euros.
    pub non_investive_cap_eur: f64,
    /// Maximum single purchase in euros (GWG threshold).
    pub single_purchase_max_eur: f64,
    /// Maximum share of eligible costs for investive projects.
    pub investive_max_share: f64,
    /// Cap for investive projects in euros.
    pub investive_cap_eur: f64,
    /// Projects must be completed and settled by this day (DD.MM.).
    pub settlement_deadline: String,
    /// Deadlines of the year (ISO dates).
    pub deadlines: Vec<String>,
    /// Deciding body.
    pub deciding_body: String,
    /// Assessment criteria.
    pub criteria: Vec<String>,
}

/// Type of a cost-plan line.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CostLine {
    /// Category (Honorare, Sachkosten, Anschaffungen …).
    pub category: String,
    /// Description.
    pub description: String,
    /// Amount in euros.
    pub amount_eur: f64,
}

/// Kind of a financing line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FinancingKind {
    /// Own money.
    OwnFunds,
    /// Own work valued in euros.
    OwnWork,
    /// Third-party money.
    ThirdParty,
    /// Amount requested from the fund.
    Requested,
}

/// A financing-plan line.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FinancingLine {
    /// Kind.
    pub kind: FinancingKind,
    /// Description.
    pub description: String,
    /// Amount in euros.
    pub amount_eur: f64,
}

/// Status of a fund application.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ApplicationStatus {
    /// Submitted.
    Submitted,
    /// Formally checked.
    FormallyChecked,
    /// Needs changes after formal check.
    NeedsRevision,
    /// Approved.
    Approved,
    /// Rejected.
    Rejected,
    /// Final report submitted.
    Reported,
}

/// An application to the neighbourhood fund.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FundApplication {
    /// Id ("VF-2024-01"...).
    pub id: String,
    /// Applying actor, if organised.
    pub applicant_actor_id: Option<String>,
    /// Applicant name (organisation or private person's pseudonym).
    pub applicant_name: String,
    /// Project title.
    pub title: String,
    /// Plain-language summary for the jury.
    pub summary_plain: String,
    /// Project description.
    pub description: String,
    /// Target groups.
    pub target_groups: Vec<String>,
    /// Project location.
    pub location: LonLat,
    /// Start date (ISO).
    pub start: String,
    /// End date (ISO).
    pub end: String,
    /// Investive (true) or non-investive project.
    pub investive: bool,
    /// Cost plan.
    pub cost_lines: Vec<CostLine>,
    /// Financing plan (sums to the cost plan).
    pub financing_lines: Vec<FinancingLine>,
    /// Requested amount in euros.
    pub requested_eur: f64,
    /// Status.
    pub status: ApplicationStatus,
    /// Note from the formal check or jury.
    pub note: Option<String>,
}

/// A round of the neighbourhood fund (Verfügungsfonds).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FundRound {
    /// Fund name.
    pub fund_name: String,
    /// Quarter.
    pub quarter_id: String,
    /// Year.
    pub year: i32,
    /// Round number within the year.
    pub round_no: u32,
    /// Application deadline (ISO).
    pub deadline: String,
    /// Jury meeting (ISO).
    pub jury_meeting: String,
    /// Annual investive budget in euros.
    pub budget_investive_eur: f64,
    /// Annual non-investive budget in euros.
    pub budget_non_investive_eur: f64,
    /// Rules.
    pub rules: FundRules,
    /// Applications.
    pub applications: Vec<FundApplication>,
}

/// A case presentation in the fixed Lernwerkstatt template.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CasePresentation {
    /// Title.
    pub title: String,
    /// Presenter (organisation).
    pub presenter: String,
    /// Problem.
    pub problem: String,
    /// Approach.
    pub approach: String,
    /// Resources used.
    pub resources: String,
    /// Result.
    pub result: String,
    /// Lessons learned.
    pub lessons: String,
}

/// A follow-up task of a workshop.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FollowUpTask {
    /// Task.
    pub task: String,
    /// Responsible organisation.
    pub responsible: String,
    /// Due date (ISO).
    pub due: String,
}

/// A Lernwerkstatt session.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LearningWorkshop {
    /// Title.
    pub title: String,
    /// Date (ISO).
    pub date: String,
    /// Hosting quarter.
    pub host_quarter_id: String,
    /// Venue.
    pub venue: String,
    /// Participating organisations.
    pub participants: Vec<String>,
    /// Agenda items.
    pub agenda: Vec<String>,
    /// Case presentations.
    pub cases: Vec<CasePresentation>,
    /// Minutes (German).
    pub minutes: String,
    /// Follow-up tasks.
    pub follow_ups: Vec<FollowUpTask>,
}

/// A demo login account.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DemoAccount {
    /// Role key (admin, lead, analyst, manager, jury, actor, resident).
    pub role: String,
    /// Email (ROLE@musterstadt.example).
    pub email: String,
    /// Display name.
    pub display_name: String,
    /// Password (always [`crate::DEMO_PASSWORD`]).
    pub password: String,
}
