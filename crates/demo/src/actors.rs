//! Actors, offers, needs and cooperation links of the demo quarters.

use geo_types::Coord;
use rand::Rng;
use rand_chacha::ChaCha8Rng;

use crate::geometry;
use crate::model::{Actor, ActorKind, Cooperation, Need, Offer, OfferKind};

/// Picks a random point inside one of the given rings.
pub(crate) fn point_in_quarter(rng: &mut ChaCha8Rng, rings: &[&[Coord<f64>]]) -> [f64; 2] {
    if rings.is_empty() {
        return [geometry::CENTER_LON, geometry::CENTER_LAT];
    }
    let k = rng.gen_range(0..rings.len());
    geometry::random_point_in(rng, rings[k])
}

type ActorRow = (
    &'static str,
    ActorKind,
    usize,
    &'static str,
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
    &'static str,
    bool,
);

const ACTORS: &[ActorRow] = &[
    ("Quartiersmanagement Mühlenviertel", ActorKind::NeighbourhoodManagement, 0,
     "Quartiersbüro mit zwei Teilzeitstellen, beauftragt von der Stadt. Vernetzt Akteure, begleitet den Aktionsplan und berät zum Verfügungsfonds.",
     "Mühlgrabenstraße 14", &["de", "en", "ar", "uk"], &["alle Bewohner:innen", "lokale Akteure"], "Mo-Th 09:00-16:00; Fr 09:00-13:00", true),
    ("Nachbarschaftsverein Mühlenviertel e.V.", ActorKind::Association, 0,
     "Ehrenamtlicher Verein, der seit 2012 Nachbarschaftscafé, Hoffeste und Lesepatenschaften organisiert.",
     "Färberstraße 3", &["de", "en"], &["Nachbarschaft", "Senior:innen", "Familien"], "We 15:00-18:00; Sa 10:00-13:00", false),
    ("Initiative Grüner Mühlgraben", ActorKind::Initiative, 0,
     "Lose Gruppe von Anwohnenden, die den Grünstreifen am Mühlgraben pflegt und einen Gemeinschaftsgarten aufbaut.",
     "Am Wehr 1 (Gartenparzelle)", &["de", "tr"], &["Nachbarschaft", "Familien", "Kinder"], "Apr-Oct Sa 10:00-14:00", true),
    ("Grundschule am Mühlgraben", ActorKind::School, 0,
     "Dreizügige Grundschule mit DaZ-Klassen; rund 60 % der Kinder sprechen zu Hause eine weitere Sprache.",
     "Schulstraße 8", &["de"], &["Kinder", "Eltern"], "Mo-Fr 07:30-15:30", true),
    ("Oberschule Ost", ActorKind::School, 0,
     "Oberschule mit Ganztagsangeboten und Schulsozialarbeit.",
     "Brückenstraße 40", &["de"], &["Jugendliche", "Eltern"], "Mo-Fr 07:30-16:00", true),
    ("Kita Kleine Mühle", ActorKind::Kita, 0,
     "Kindertagesstätte mit 110 Plätzen, Schwerpunkt Sprachförderung und Elternarbeit.",
     "Müllergasse 12", &["de", "ar"], &["Kinder", "Eltern", "Neuzugewanderte"], "Mo-Fr 06:30-17:00", true),
    ("Ev.-luth. Kirchgemeinde Musterstadt-Ost", ActorKind::ReligiousCommunity, 0,
     "Gemeinde mit Gemeindesaal, offenem Mittagstisch und Kleiderkammer.",
     "Kirchplatz 2", &["de", "en"], &["Senior:innen", "Menschen mit wenig Geld", "alle Bewohner:innen"], "Tu,Th 10:00-14:00", true),
    ("Islamisches Kulturzentrum Musterstadt e.V.", ActorKind::ReligiousCommunity, 0,
     "Moscheegemeinde mit Frauengruppe, Hausaufgabenhilfe und offenen Gesprächsabenden.",
     "Lindenstraße 27", &["de", "ar", "tr"], &["Familien", "Frauen", "Neuzugewanderte"], "Mo-Su 12:00-21:00", false),
    ("Arabischer Eltern- und Kulturverein Jasmin e.V.", ActorKind::MigrantOrganisation, 0,
     "Migrantenorganisation, die Eltern berät, Herkunftssprachunterricht anbietet und zu Behörden begleitet.",
     "Färberstraße 19", &["ar", "de"], &["Familien", "Geflüchtete", "Kinder"], "Tu,Th 16:00-19:00; Sa 10:00-14:00", false),
    ("Ukrainischer Verein Mrija e.V.", ActorKind::MigrantOrganisation, 0,
     "Selbstorganisation von Geflüchteten aus der Ukraine, gegründet 2022; Elterntreff und Sprachcafé.",
     "Brückenstraße 11", &["uk", "ru", "de"], &["Geflüchtete", "Familien", "Kinder"], "We 16:00-19:00; Sa 11:00-15:00", true),
    ("Deutsch-Türkischer Frauentreff e.V.", ActorKind::MigrantOrganisation, 0,
     "Treffpunkt für Frauen aller Herkunft mit Frühstück, Nähwerkstatt und Beratung.",
     "Lindenstraße 5", &["tr", "de", "ku"], &["Frauen", "Senior:innen"], "Mo,We 09:00-13:00", true),
    ("Wohnungsgenossenschaft Musterstadt-Ost eG", ActorKind::HousingCompany, 0,
     "Genossenschaft mit rund 1.400 Wohnungen im Quartier, Nachbarschaftstreff in der Wohnanlage Färberstraße.",
     "Färberstraße 30", &["de"], &["Mieter:innen"], "Mo-Th 08:00-16:00; Fr 08:00-12:00", true),
    ("Städtische Wohnungsgesellschaft Musterstadt mbH", ActorKind::HousingCompany, 0,
     "Kommunales Wohnungsunternehmen mit Sozialmanagement und Mieterbeirat.",
     "Am Mühlgraben 50", &["de", "en", "ru"], &["Mieter:innen", "Menschen mit wenig Geld"], "Mo-Fr 08:00-15:00", true),
    ("Stadtteilbibliothek Ost", ActorKind::Library, 0,
     "Öffentliche Bibliothek mit mehrsprachigem Bestand, Lernplätzen und Laptop-Ausleihe.",
     "Mühlgrabenstraße 2", &["de", "en", "ar", "uk", "tr"], &["alle Bewohner:innen", "Kinder", "Jugendliche"], "Tu-Fr 10:00-18:00; Sa 10:00-13:00", true),
    ("SV Blau-Weiß Mühlenviertel e.V.", ActorKind::SportsClub, 0,
     "Sportverein mit Fußball, Turnen und Schwimmen; 380 Mitglieder.",
     "Sportplatz Am Wehr", &["de"], &["Kinder", "Jugendliche", "Familien"], "Mo-Fr 16:00-21:00", false),
    ("Migrationsberatung Ost (Sozialwerk Musterstadt e.V.)", ActorKind::CounsellingCentre, 0,
     "Migrationsberatung für Erwachsene und Jugendmigrationsdienst, Beratung zu Aufenthalt, Sprache, Arbeit.",
     "Brückenstraße 22", &["de", "ar", "fa", "uk", "ru", "en"], &["Neuzugewanderte", "Geflüchtete"], "Mo,Tu,Th 09:00-15:00", true),
    ("Sozial- und Schuldnerberatung Musterstadt", ActorKind::CounsellingCentre, 0,
     "Beratung zu Schulden, Anträgen und Existenzsicherung, mit offener Sprechstunde.",
     "Kirchplatz 7", &["de", "tr"], &["Menschen mit wenig Geld", "Alleinerziehende"], "Tu 09:00-12:00; Th 14:00-18:00", true),
    ("Jugendtreff Mühle", ActorKind::CommunityCentre, 0,
     "Offener Kinder- und Jugendtreff mit Proberaum, Werkstatt und Ferienprogramm.",
     "Müllergasse 30", &["de", "ar", "uk"], &["Kinder", "Jugendliche"], "Mo-Fr 14:00-20:00", false),
    ("Familienzentrum Mühlenviertel", ActorKind::CommunityCentre, 0,
     "Familienzentrum an der Kita mit Elterncafé, Familienberatung und Deutschkurs mit Kinderbetreuung.",
     "Müllergasse 14", &["de", "ar", "tr", "uk"], &["Familien", "Alleinerziehende", "Neuzugewanderte"], "Mo-Fr 09:00-16:00", true),
    ("Jobcenter Musterstadt, Standort Ost", ActorKind::PublicOffice, 0,
     "Standort des Jobcenters mit Team für Zugewanderte und Alleinerziehende.",
     "Am Mühlgraben 71", &["de", "en"], &["Arbeitsuchende", "Alleinerziehende"], "Mo-Fr 08:00-12:00; Th 14:00-18:00", true),
    ("Volkshochschule Musterstadt, Außenstelle Ost", ActorKind::PublicOffice, 0,
     "Integrations- und Alphabetisierungskurse, Deutsch für den Beruf.",
     "Schulstraße 10", &["de"], &["Neuzugewanderte", "Erwachsene"], "Mo-Th 08:00-20:00", true),
    ("Bäckerei und Café Yılmaz", ActorKind::Business, 0,
     "Familienbetrieb seit 1998; Aushänge für Nachbarschaftsaktionen sind willkommen.",
     "Lindenstraße 1", &["de", "tr"], &["alle Bewohner:innen"], "Mo-Sa 06:00-18:00; Su 07:00-11:00", true),
    ("Stadtteilbüro Lerchenberg", ActorKind::NeighbourhoodManagement, 1,
     "Quartiersmanagement der Großsiedlung Lerchenberg im Programm Sozialer Zusammenhalt.",
     "Lerchenring 4", &["de", "ru", "ar"], &["alle Bewohner:innen", "lokale Akteure"], "Mo-Th 09:00-16:00", true),
    ("Bürgerverein Lerchenberg e.V.", ActorKind::Association, 1,
     "Bürgerverein mit Stadtteilzeitung und jährlichem Nachbarschaftsfest.",
     "Lerchenring 20", &["de"], &["alle Bewohner:innen", "Senior:innen"], "We 14:00-17:00", false),
    ("Seniorentreff Lerchenberg", ActorKind::CommunityCentre, 1,
     "Begegnungsstätte für ältere Menschen mit Mittagstisch und Computerkurs.",
     "Amselweg 9", &["de", "ru"], &["Senior:innen"], "Mo-Fr 10:00-16:00", true),
    ("Grundschule Lerchenberg", ActorKind::School, 1,
     "Grundschule mit wachsendem Anteil an Kindern aus neu zugezogenen Familien.",
     "Finkenstraße 2", &["de"], &["Kinder", "Eltern"], "Mo-Fr 07:30-15:30", true),
    ("Netzwerk Willkommen Lerchenberg", ActorKind::Initiative, 1,
     "Ehrenamtliche Initiative, die Patenschaften und Begleitung für Neuzugezogene vermittelt.",
     "Lerchenring 4 (im Stadtteilbüro)", &["de", "en", "ar", "uk"], &["Neuzugewanderte", "Geflüchtete"], "Th 17:00-19:00", true),
    ("Amt für Stadtgrün und Gewässer, Bezirksdienst Ost", ActorKind::PublicOffice, 0,
     "Zuständig für Grünanlagen, Spielplätze und den Mühlgraben im Osten der Stadt.",
     "Am Wehr 20 (Betriebshof)", &["de"], &["alle Bewohner:innen"], "Mo-Fr 07:00-15:00", true),
];

type OfferRow = (
    usize,
    OfferKind,
    &'static str,
    &'static str,
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
    &'static str,
    bool,
);

const OFFERS: &[OfferRow] = &[
    (0, OfferKind::Counselling, "Offene Sprechstunde im Quartiersbüro", "Drop-in hours at the neighbourhood office", "Fragen, Ideen, Beschwerden – ohne Termin; bei Bedarf mit Sprachmittlung.", &["de", "en", "ar", "uk"], &["alle Bewohner:innen"], "Di 14–18 Uhr, Do 9–12 Uhr", true),
    (0, OfferKind::Room, "Gruppenraum im Quartiersbüro", "Meeting room at the neighbourhood office", "Raum für bis zu 15 Personen, für Initiativen kostenlos nach Absprache.", &["de"], &["lokale Akteure"], "nach Vereinbarung", true),
    (0, OfferKind::Counselling, "Beratung zum Verfügungsfonds", "Advice on the neighbourhood fund", "Hilfe bei Projektidee, Kosten- und Finanzierungsplan und Antrag.", &["de", "en", "ar"], &["lokale Akteure", "alle Bewohner:innen"], "vor jedem Stichtag, nach Vereinbarung", true),
    (1, OfferKind::Meeting, "Nachbarschaftscafé", "Neighbourhood café", "Kaffee, Kuchen und Gespräche; jeden Mittwoch im Hof der Färberstraße.", &["de", "en"], &["Nachbarschaft", "Senior:innen"], "Mi 15–18 Uhr", true),
    (1, OfferKind::Equipment, "Verleih: Festzeltgarnituren und Lastenrad", "Lending: beer-tent sets and cargo bike", "Zehn Garnituren, ein Pavillon und ein Lastenrad für Hoffeste und Umzüge.", &["de"], &["Nachbarschaft", "lokale Akteure"], "Ausleihe Sa 10–13 Uhr", true),
    (1, OfferKind::Volunteering, "Lesepatenschaften an der Grundschule", "Reading mentors at the primary school", "Einmal pro Woche eine Stunde mit einem Kind lesen.", &["de"], &["Kinder"], "wöchentlich, vormittags", true),
    (2, OfferKind::Volunteering, "Mitgärtnern im Gemeinschaftsgarten", "Join the community garden", "Beete teilen, gießen, ernten – Vorkenntnisse nicht nötig.", &["de", "tr"], &["Nachbarschaft", "Familien"], "April–Oktober Sa 10–14 Uhr", true),
    (2, OfferKind::Meeting, "Frühjahrsputz am Mühlgraben", "Spring clean-up at the mill race", "Gemeinsame Müllsammelaktion mit Handschuhen und Zangen vom Stadtreinigungsamt.", &["de", "tr"], &["alle Bewohner:innen"], "jährlich im März", true),
    (3, OfferKind::Meeting, "Elterncafé mit Sprachmittlung", "Parents' café with interpreters", "Austausch über Schule und Alltag, Sprachmittlung Arabisch und Ukrainisch.", &["de", "ar", "uk"], &["Eltern"], "1. Mittwoch im Monat, 8–10 Uhr", true),
    (4, OfferKind::Course, "Hausaufgabenhilfe", "Homework help", "Ehrenamtliche und Studierende helfen bei Hausaufgaben, Klassen 5–10.", &["de"], &["Jugendliche"], "Mo–Do 14–16 Uhr", true),
    (5, OfferKind::Meeting, "Eltern-Kind-Gruppe für Neuzugezogene", "Parent-and-toddler group for newcomers", "Spielen, Singen, Ankommen – für Familien mit Kindern unter 3 Jahren.", &["de", "ar"], &["Familien", "Neuzugewanderte"], "Fr 9:30–11 Uhr", true),
    (6, OfferKind::Room, "Gemeindesaal zur Mitnutzung", "Parish hall for shared use", "Saal für 80 Personen mit Küche, für gemeinnützige Gruppen gegen Spende.", &["de"], &["lokale Akteure"], "nach Vereinbarung", false),
    (6, OfferKind::Meeting, "Offener Mittagstisch", "Open lunch table", "Warmes Mittagessen für 2 Euro, für alle offen.", &["de"], &["Menschen mit wenig Geld", "Senior:innen"], "Di und Do 12–13:30 Uhr", false),
    (7, OfferKind::Course, "Deutschkurs für Frauen mit Kinderbetreuung", "German course for women with childcare", "Kostenloser Deutschkurs A1/A2 für Frauen; Kinder werden nebenan betreut.", &["de", "ar", "tr"], &["Frauen", "Neuzugewanderte"], "Mo und Mi 9–11:30 Uhr", true),
    (7, OfferKind::Meeting, "Offener Gesprächsabend", "Open discussion evening", "Fragen zu Religion und Zusammenleben – Gäste willkommen.", &["de", "ar", "tr"], &["alle Bewohner:innen"], "letzter Freitag im Monat, 19 Uhr", true),
    (8, OfferKind::Course, "Arabisch-Unterricht für Kinder", "Arabic lessons for children", "Herkunftssprachunterricht in zwei Altersgruppen.", &["ar"], &["Kinder"], "Sa 10–12 Uhr", false),
    (8, OfferKind::Counselling, "Begleitung bei Behördengängen", "Accompaniment to public offices", "Ehrenamtliche Sprachmittler:innen begleiten zu Ämtern und Ärzten.", &["ar", "de"], &["Geflüchtete", "Familien"], "nach Vereinbarung", true),
    (9, OfferKind::Course, "Deutsch-Konversation (kostenlos)", "German conversation group (free)", "Sprechen üben in kleinen Gruppen mit Ehrenamtlichen.", &["de", "uk", "ru"], &["Geflüchtete", "Erwachsene"], "Mi 17–18:30 Uhr", true),
    (9, OfferKind::Meeting, "Ukrainischer Elterntreff", "Ukrainian parents' meeting", "Austausch über Kita, Schule und Anerkennung von Abschlüssen.", &["uk", "ru"], &["Familien", "Geflüchtete"], "Sa 11–13 Uhr", true),
    (10, OfferKind::Meeting, "Frauenfrühstück", "Women's breakfast", "Gemeinsames Frühstück mit wechselnden Themen, z. B. Gesundheit und Rente.", &["tr", "de"], &["Frauen"], "Mo 9–11 Uhr", true),
    (10, OfferKind::Course, "Nähwerkstatt", "Sewing workshop", "Nähen, Flicken, Upcycling – Maschinen sind vorhanden.", &["tr", "de"], &["Frauen", "Senior:innen"], "Mi 10–13 Uhr", true),
    (11, OfferKind::Room, "Nachbarschaftstreff Färberstraße", "Community room Färberstraße", "Treffraum der Genossenschaft für Mieter:innen und Initiativen aus dem Quartier.", &["de"], &["Mieter:innen", "lokale Akteure"], "nach Vereinbarung", true),
    (11, OfferKind::Counselling, "Mieterberatung", "Tenant advice", "Fragen zu Nebenkosten, Wohnungstausch und Nachbarschaftskonflikten.", &["de"], &["Mieter:innen"], "Do 14–17 Uhr", true),
    (12, OfferKind::Counselling, "Sozialmanagement bei Mietschulden", "Help with rent arrears", "Frühzeitige Beratung, um Wohnungsverlust zu vermeiden.", &["de", "ru", "en"], &["Mieter:innen", "Menschen mit wenig Geld"], "nach Vereinbarung", true),
    (13, OfferKind::Course, "Sprachcafé Deutsch", "German language café", "Kostenloses Sprachcafé für alle Niveaus, ohne Anmeldung.", &["de"], &["Neuzugewanderte", "Erwachsene"], "Di 16–17:30 Uhr", true),
    (13, OfferKind::Equipment, "Laptop-Ausleihe und Digitalsprechstunde", "Laptop lending and digital help desk", "Laptops für zwei Wochen ausleihen; Hilfe bei Online-Anträgen.", &["de", "en"], &["alle Bewohner:innen", "Senior:innen"], "Fr 10–12 Uhr", true),
    (13, OfferKind::Meeting, "Mehrsprachige Vorlesestunde", "Multilingual story time", "Bilderbücher auf Deutsch und in einer Familiensprache.", &["de", "ar", "uk", "tr"], &["Kinder", "Familien"], "Sa 11 Uhr", true),
    (14, OfferKind::Course, "Fußballtraining für Kinder", "Football training for children", "Erstes Vereinsjahr beitragsfrei für Kinder mit Bildungs- und Teilhabepaket.", &["de"], &["Kinder"], "Di und Do 16–17:30 Uhr", true),
    (14, OfferKind::Volunteering, "Ehrenamt im Sportverein", "Volunteering at the sports club", "Mithilfe bei Training, Turnieren und Vereinsfest.", &["de"], &["Erwachsene", "Jugendliche"], "flexibel", true),
    (15, OfferKind::Counselling, "Migrationsberatung für Erwachsene", "Migration advice for adults", "Beratung zu Aufenthalt, Integrationskurs, Arbeit und Familiennachzug.", &["de", "ar", "fa", "uk", "ru", "en"], &["Neuzugewanderte", "Geflüchtete"], "Mo, Di, Do 9–15 Uhr", true),
    (15, OfferKind::Counselling, "Jugendmigrationsdienst", "Youth migration service", "Begleitung junger Zugewanderter (12–27 Jahre) in Schule und Ausbildung.", &["de", "ar", "fa", "uk"], &["Jugendliche", "Neuzugewanderte"], "nach Vereinbarung", true),
    (16, OfferKind::Counselling, "Schuldnerberatung", "Debt counselling", "Vertrauliche Beratung, Haushaltsplan, Verhandlung mit Gläubigern.", &["de", "tr"], &["Menschen mit wenig Geld"], "Di 9–12 Uhr", true),
    (16, OfferKind::Counselling, "Hilfe bei Anträgen", "Help with applications", "Bürgergeld, Wohngeld, Kinderzuschlag, Bildungs- und Teilhabepaket.", &["de", "tr"], &["Menschen mit wenig Geld", "Alleinerziehende"], "Do 14–18 Uhr", true),
    (17, OfferKind::Meeting, "Offener Jugendtreff", "Open youth club", "Kicker, Musik, Kochen und Ferienfahrten.", &["de", "ar", "uk"], &["Jugendliche"], "Mo–Fr 14–20 Uhr", true),
    (17, OfferKind::Room, "Proberaum für Bands", "Band rehearsal room", "Proberaum mit Schlagzeug und Verstärkern für Jugendbands.", &["de"], &["Jugendliche"], "nach Vereinbarung", true),
    (18, OfferKind::Course, "Deutschkurs A1 mit Kinderbetreuung", "German course A1 with childcare", "Kostenloser Einstiegskurs für Eltern, Kinderbetreuung im Haus.", &["de", "ar", "uk", "tr"], &["Eltern", "Neuzugewanderte"], "Di und Do 9–11:30 Uhr", true),
    (18, OfferKind::Counselling, "Familienberatung", "Family counselling", "Beratung zu Erziehung, Trennung und Alltag mit Kindern.", &["de", "ar"], &["Familien", "Alleinerziehende"], "nach Vereinbarung", true),
    (19, OfferKind::Counselling, "Berufsberatung für Zugewanderte", "Career advice for immigrants", "Anerkennung von Abschlüssen, Praktika, Ausbildung in Teilzeit.", &["de", "en"], &["Arbeitsuchende", "Neuzugewanderte"], "Do 14–18 Uhr", true),
    (20, OfferKind::Course, "Deutsch als Zweitsprache B1", "German as a second language B1", "Abendkurs mit Prüfungsvorbereitung.", &["de"], &["Erwachsene", "Neuzugewanderte"], "Mo und Mi 18–20:15 Uhr", false),
    (20, OfferKind::Course, "Alphabetisierungskurs", "Literacy course", "Lesen und Schreiben lernen für Erwachsene; gefördert, für Teilnehmende kostenlos.", &["de"], &["Erwachsene", "Neuzugewanderte"], "Mo–Do 9–12 Uhr", true),
    (23, OfferKind::Meeting, "Lerchenberger Nachbarschaftsfest", "Lerchenberg neighbourhood festival", "Jährliches Fest mit Bühne, Flohmarkt und Ständen der Vereine.", &["de"], &["alle Bewohner:innen"], "jährlich im Juni", true),
    (24, OfferKind::Meeting, "Mittagstisch und Computerkurs", "Lunch and computer course", "Mittagessen und Smartphone-Hilfe für Ältere.", &["de", "ru"], &["Senior:innen"], "Mo–Fr 11:30–13 Uhr", false),
    (26, OfferKind::Volunteering, "Patenschaften für Neuzugezogene", "Buddy programme for newcomers", "Ehrenamtliche begleiten neu zugezogene Familien in den ersten Monaten.", &["de", "en", "ar", "uk"], &["Neuzugewanderte", "Geflüchtete"], "flexibel", true),
    (22, OfferKind::Counselling, "Sprechstunde Stadtteilbüro", "Neighbourhood office hours", "Anliegen rund um Wohnumfeld, Nachbarschaft und Projekte.", &["de", "ru", "ar"], &["alle Bewohner:innen"], "Di 10–12 Uhr, Do 15–18 Uhr", true),
];

const NEEDS: &[(usize, OfferKind, &str, &str, &str)] = &[
    (1, OfferKind::Room, "Raum für das Nachbarschaftscafé im Winter", "Indoor room for the neighbourhood café in winter", "Von November bis März fehlt ein beheizter Raum für 25 Personen am Mittwochnachmittag."),
    (2, OfferKind::Equipment, "Gartengeräte und Wasseranschluss", "Garden tools and water supply", "Für den Gemeinschaftsgarten werden Schubkarren, Spaten und ein fester Wasseranschluss gebraucht."),
    (8, OfferKind::Room, "Raum für Herkunftssprachunterricht", "Room for heritage-language lessons", "Samstags werden zwei Klassenräume für je 12 Kinder gesucht."),
    (9, OfferKind::Volunteering, "Ehrenamtliche für Deutsch-Konversation", "Volunteers for German conversation", "Die Warteliste ist lang; gesucht werden Ehrenamtliche für einen zweiten Termin."),
    (3, OfferKind::Counselling, "Sprachmittlung für Elterngespräche", "Interpreting for parent meetings", "Für Elterngespräche werden Sprachmittler:innen für Arabisch, Ukrainisch und Dari gebraucht."),
    (14, OfferKind::Volunteering, "Trainerinnen für Mädchenfußball", "Coaches for girls' football", "Für eine neue Mädchenmannschaft fehlen zwei Übungsleiterinnen."),
    (10, OfferKind::Room, "Barrierefreier Raum für den Frauentreff", "Step-free room for the women's group", "Mehrere ältere Teilnehmerinnen können die Treppe nicht mehr steigen."),
    (17, OfferKind::Equipment, "Kleinbus für Ausflüge", "Minibus for trips", "Für Ferienfahrten wird ein Kleinbus mit 9 Sitzen an einzelnen Tagen gebraucht."),
    (5, OfferKind::Course, "Fortbildung interkulturelle Elternarbeit", "Training on intercultural work with parents", "Das Kita-Team wünscht sich eine Fortbildung mit Praxisbeispielen."),
    (25, OfferKind::Counselling, "Kontakte zu Migrantenorganisationen", "Contacts with migrant organisations", "Die Schule sucht Partner, um zugezogene Familien besser zu erreichen."),
    (11, OfferKind::Volunteering, "Hauspat:innen in der Wohnanlage", "Building mentors in the housing estate", "Ansprechpersonen in den Hausaufgängen für neue Mieter:innen."),
];

const COOPERATIONS: &[(usize, usize, &str, i32)] = &[
    (0, 1, "Netzwerk Akteurswerkstatt", 2021),
    (0, 2, "Projektpartnerschaft", 2022),
    (0, 3, "Netzwerk Akteurswerkstatt", 2021),
    (0, 6, "Raumnutzung", 2021),
    (0, 8, "Sprachmittlung", 2022),
    (0, 9, "Netzwerk Akteurswerkstatt", 2022),
    (0, 11, "Projektpartnerschaft", 2021),
    (0, 12, "Projektpartnerschaft", 2021),
    (0, 13, "Netzwerk Akteurswerkstatt", 2021),
    (0, 15, "Vermittlung", 2021),
    (0, 18, "Netzwerk Akteurswerkstatt", 2021),
    (0, 22, "Lernwerkstatt", 2023),
    (1, 3, "Lesepatenschaften", 2019),
    (1, 11, "Raumnutzung", 2020),
    (2, 10, "Projektpartnerschaft", 2023),
    (2, 12, "Flächenüberlassung", 2022),
    (3, 5, "Übergang Kita–Schule", 2017),
    (3, 8, "Sprachmittlung", 2022),
    (3, 13, "Leseförderung", 2019),
    (4, 17, "Schulsozialarbeit", 2018),
    (4, 14, "Ganztagsangebot Sport", 2020),
    (5, 18, "Familienzentrum", 2016),
    (6, 7, "Interreligiöser Dialog", 2019),
    (6, 16, "Sprechstunde im Gemeindehaus", 2020),
    (7, 10, "Frauengruppe", 2021),
    (9, 13, "Sprachcafé", 2022),
    (9, 15, "Vermittlung", 2022),
    (15, 19, "Fallkonferenzen", 2019),
    (15, 20, "Kursvermittlung", 2018),
    (16, 12, "Prävention Wohnungsverlust", 2020),
    (17, 14, "Ferienprogramm", 2021),
    (18, 20, "Deutschkurs im Familienzentrum", 2023),
    (22, 23, "Netzwerk Lerchenberg", 2019),
    (22, 24, "Netzwerk Lerchenberg", 2019),
    (22, 26, "Netzwerk Lerchenberg", 2020),
    (25, 26, "Patenschaften", 2023),
];

fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| (*s).to_string()).collect()
}

/// Actor id for a table index.
pub(crate) fn actor_id(i: usize) -> String {
    format!("a{:02}", i + 1)
}

fn slug_email(name: &str, i: usize) -> String {
    let slug: String = name
        .to_lowercase()
        .replace('ä', "ae")
        .replace('ö', "oe")
        .replace('ü', "ue")
        .replace('ß', "ss")
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|s| !s.is_empty())
        .take(3)
        .collect::<Vec<_>>()
        .join("-");
    format!("kontakt-{}-{:02}@musterstadt.example", slug, i + 1)
}

/// Builds the actors, placing each inside its quarter.
pub(crate) fn actors(
    rng: &mut ChaCha8Rng,
    quarter_ids: [&str; 2],
    quarter_rings: [&[&[Coord<f64>]]; 2],
) -> Vec<Actor> {
    ACTORS
        .iter()
        .enumerate()
        .map(|(i, &(name, kind, q, desc, street, langs, groups, hours, bf))| {
            let q = q.min(1);
            Actor {
                id: actor_id(i),
                name: name.to_string(),
                kind,
                quarter_id: quarter_ids[q].to_string(),
                description: desc.to_string(),
                address: format!("{street}, 99999 Musterstadt"),
                location: point_in_quarter(rng, quarter_rings[q]),
                languages: strings(langs),
                target_groups: strings(groups),
                opening_hours: hours.to_string(),
                email: slug_email(name, i),
                barrier_free: bf,
            }
        })
        .collect()
}

/// Builds the offers.
pub(crate) fn offers() -> Vec<Offer> {
    OFFERS
        .iter()
        .enumerate()
        .map(
            |(i, &(a, kind, de, en, desc, langs, groups, schedule, free))| Offer {
                id: format!("o{:02}", i + 1),
                actor_id: actor_id(a),
                kind,
                title_de: de.to_string(),
                title_en: en.to_string(),
                description: desc.to_string(),
                languages: strings(langs),
                target_groups: strings(groups),
                schedule: schedule.to_string(),
                free,
            },
        )
        .collect()
}

/// Builds the needs.
pub(crate) fn needs() -> Vec<Need> {
    NEEDS
        .iter()
        .enumerate()
        .map(|(i, &(a, kind, de, en, desc))| Need {
            id: format!("n{:02}", i + 1),
            actor_id: actor_id(a),
            kind,
            title_de: de.to_string(),
            title_en: en.to_string(),
            description: desc.to_string(),
        })
        .collect()
}

/// Builds the cooperation links.
pub(crate) fn cooperations() -> Vec<Cooperation> {
    COOPERATIONS
        .iter()
        .map(|&(a, b, kind, since)| Cooperation {
            actor_a: actor_id(a),
            actor_b: actor_id(b),
            kind: kind.to_string(),
            since_year: since,
        })
        .collect()
}
