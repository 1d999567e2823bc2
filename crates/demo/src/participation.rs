//! The neighbourhood dialogue of the pilot quarter: phases, ideas, comments.

use geo_types::Coord;
use rand::Rng;
use rand_chacha::ChaCha8Rng;

use crate::civic::point_in_quarter;
use crate::model::{Channel, Comment, Dialogue, DialoguePhase, Idea, IdeaStatus, PhaseKind};

use Channel::{FaceToFace, Online, Paper, PinMap};
use IdeaStatus::{Accepted, Implemented, InReview, New, PartlyAccepted, Rejected};

#[derive(Clone, Copy)]
struct IdeaRow {
    title: &'static str,
    text: &'static str,
    de: Option<&'static str>,
    lang: &'static str,
    author: &'static str,
    channel: Channel,
    category: &'static str,
    located: bool,
    created: &'static str,
    status: IdeaStatus,
    answer: Option<&'static str>,
}

impl IdeaRow {
    fn copy(&self) -> IdeaRow {
        *self
    }
}

const IDEAS: &[IdeaRow] = &[
    IdeaRow {
        title: "Gemeinschaftsgarten erweitern",
        text: "Der Garten am Wehr ist jedes Jahr voller. Mehr Hochbeete, auch für Menschen im Rollstuhl, wären toll.",
        de: None,
        lang: "de",
        author: "Gartenfreundin",
        channel: Online,
        category: "Grün und Natur",
        located: true,
        created: "2024-05-03",
        status: Accepted,
        answer: Some(
            "Wird umgesetzt: Hochbeete über den Verfügungsfonds (VF-2024-08) und Maßnahme M12 im Aktionsplan.",
        ),
    },
    IdeaRow {
        title: "Mehr Licht am Mühlgrabenweg",
        text: "Im Winter ist der Weg ab 17 Uhr stockdunkel. Viele Frauen und Ältere meiden ihn dann.",
        de: None,
        lang: "de",
        author: "Anwohner Färberstraße",
        channel: Online,
        category: "Sicherheit",
        located: true,
        created: "2024-05-04",
        status: Accepted,
        answer: Some(
            "Aufgenommen in Maßnahme M13; Fördermittel sind beantragt, Umsetzung frühestens 2025.",
        ),
    },
    IdeaRow {
        title: "مقاعد لكبار السن على طول الطريق",
        text: "نحتاج إلى مقاعد على طريق القناة. جدتي لا تستطيع المشي مسافة طويلة دون استراحة.",
        de: Some(
            "Bänke für Ältere am Weg: Wir brauchen Bänke am Mühlgrabenweg. Meine Großmutter kann ohne Pause nicht weit laufen.",
        ),
        lang: "ar",
        author: "Papierbeitrag 07",
        channel: Paper,
        category: "Aufenthalt",
        located: true,
        created: "2024-05-10",
        status: Accepted,
        answer: Some("Aufgenommen in Maßnahme M13 (zwölf Bänke mit Armlehnen)."),
    },
    IdeaRow {
        title: "Çocuklar için su oyun alanı",
        text: "Yazın çok sıcak oluyor. Oyun parkında çocuklar için küçük bir su oyun alanı olsa çok güzel olur.",
        de: Some(
            "Wasserspielplatz für Kinder: Im Sommer wird es sehr heiß. Ein kleiner Wasserspielbereich auf dem Spielplatz wäre sehr schön.",
        ),
        lang: "tr",
        author: "Ayşe (Straßengespräch)",
        channel: FaceToFace,
        category: "Spielen",
        located: true,
        created: "2024-05-11",
        status: InReview,
        answer: Some(
            "Das Amt für Stadtgrün prüft Kosten und Wasseranschluss; Rückmeldung bis Ende 2024.",
        ),
    },
    IdeaRow {
        title: "Abfalleimer und Bänke entlang des Wegs",
        text: "Am Wochenende quellen die wenigen Eimer über. Mehr Eimer und ein paar Bänke bitte.",
        de: None,
        lang: "de",
        author: "Stadtteilplane Kita",
        channel: PinMap,
        category: "Sauberkeit",
        located: true,
        created: "2024-05-15",
        status: PartlyAccepted,
        answer: Some(
            "Zusätzliche Eimer kommen mit M13; häufigere Leerung am Wochenende ist ab Juni vereinbart.",
        ),
    },
    IdeaRow {
        title: "Місце для зустрічей українських родин",
        text: "Нам потрібне тепле приміщення, де батьки можуть зустрічатися, поки діти граються.",
        de: Some(
            "Treffpunkt für ukrainische Familien: Wir brauchen einen warmen Raum, in dem sich Eltern treffen können, während die Kinder spielen.",
        ),
        lang: "uk",
        author: "Olena K.",
        channel: Online,
        category: "Treffpunkte",
        located: false,
        created: "2024-05-16",
        status: Implemented,
        answer: Some(
            "Der Nachbarschaftstreff Färberstraße steht samstags zur Verfügung (vermittelt über die Akteurswerkstatt).",
        ),
    },
    IdeaRow {
        title: "Bolzplatz mit Zaun für Jugendliche",
        text: "Die Jugendlichen spielen auf dem Parkplatz. Ein eingezäunter Bolzplatz auf der Brache an der Brückenstraße wäre besser.",
        de: None,
        lang: "de",
        author: "Jugendtreff Mühle (Gruppe)",
        channel: FaceToFace,
        category: "Spielen",
        located: true,
        created: "2024-05-18",
        status: InReview,
        answer: Some(
            "Als Idee in den Aktionsplan aufgenommen (M14); Flächenverfügbarkeit wird geprüft.",
        ),
    },
    IdeaRow {
        title: "Radweg Brückenstraße sicherer machen",
        text: "An der Kreuzung Brückenstraße/Lindenstraße wird es für Kinder auf dem Rad gefährlich.",
        de: None,
        lang: "de",
        author: "Radfahrerin Ost",
        channel: Online,
        category: "Verkehr",
        located: true,
        created: "2024-05-20",
        status: Rejected,
        answer: Some(
            "Nicht Gegenstand dieses Dialogs; weitergeleitet an das Verkehrs- und Tiefbauamt, das die Kreuzung 2025 überplant.",
        ),
    },
    IdeaRow {
        title: "دورات لغة ألمانية مسائية للعاملين",
        text: "أعمل حتى الساعة الخامسة. أحتاج إلى دورة لغة ألمانية في المساء قريبة من البيت.",
        de: Some(
            "Abendkurse Deutsch für Berufstätige: Ich arbeite bis 17 Uhr. Ich brauche einen Deutschkurs am Abend in der Nähe.",
        ),
        lang: "ar",
        author: "Papierbeitrag 12",
        channel: Paper,
        category: "Bildung",
        located: false,
        created: "2024-05-22",
        status: PartlyAccepted,
        answer: Some(
            "Die VHS bietet ab Herbst einen Abendkurs B1 an der Schulstraße an; A1 am Abend wird geprüft.",
        ),
    },
    IdeaRow {
        title: "Spender für Hundekotbeutel",
        text: "Auf der Wiese am Mühlgraben liegt viel Hundekot. Beutelspender an den Eingängen würden helfen.",
        de: None,
        lang: "de",
        author: "Stadtteilplane Spielplatz",
        channel: PinMap,
        category: "Sauberkeit",
        located: true,
        created: "2024-05-24",
        status: Implemented,
        answer: Some("Drei Spender wurden im August aufgestellt."),
    },
    IdeaRow {
        title: "Kadınlar için yürüyüş grubu",
        text: "Kadınlar için haftada bir yürüyüş grubu kurmak istiyoruz. Birlikte daha güvenli hissediyoruz.",
        de: Some(
            "Spaziergruppe für Frauen: Wir möchten eine wöchentliche Spaziergruppe für Frauen gründen. Gemeinsam fühlen wir uns sicherer.",
        ),
        lang: "tr",
        author: "Frauentreff (Papierbogen)",
        channel: Paper,
        category: "Begegnung",
        located: false,
        created: "2024-05-27",
        status: Accepted,
        answer: Some("Unterstützt über den Verfügungsfonds (VF-2024-10)."),
    },
    IdeaRow {
        title: "Книжкова шафа біля бібліотеки",
        text: "Пропоную поставити відкриту книжкову шафу біля бібліотеки, з книжками різними мовами.",
        de: Some(
            "Bücherschrank an der Bibliothek: Ich schlage einen offenen Bücherschrank an der Bibliothek vor, mit Büchern in verschiedenen Sprachen.",
        ),
        lang: "uk",
        author: "Andrij",
        channel: Online,
        category: "Kultur",
        located: true,
        created: "2024-05-29",
        status: Implemented,
        answer: Some(
            "Die Bibliothek hat im September einen Bücherschrank aufgestellt; Paten aus dem Sprachcafé betreuen ihn.",
        ),
    },
    IdeaRow {
        title: "Trinkbrunnen am Spielplatz",
        text: "Ein Trinkbrunnen wäre im Sommer für Kinder und Ältere wichtig.",
        de: None,
        lang: "de",
        author: "Mama von drei",
        channel: Online,
        category: "Spielen",
        located: true,
        created: "2024-06-02",
        status: InReview,
        answer: None,
    },
    IdeaRow {
        title: "Multilingual signs at the playground",
        text: "The playground rules are only in German. Pictograms and a few languages would help everyone.",
        de: Some(
            "Mehrsprachige Schilder am Spielplatz: Die Spielplatzregeln gibt es nur auf Deutsch. Piktogramme und einige Sprachen würden allen helfen.",
        ),
        lang: "en",
        author: "Sam",
        channel: Online,
        category: "Spielen",
        located: true,
        created: "2024-06-03",
        status: Accepted,
        answer: Some("Neue Schilder mit Piktogrammen werden 2025 mit den Spielgeräten getauscht."),
    },
    IdeaRow {
        title: "Mülleimer am Wochenende leeren",
        text: "Sonntags ist alles voll. Bitte auch am Wochenende leeren.",
        de: None,
        lang: "de",
        author: "Papierbeitrag 21",
        channel: Paper,
        category: "Sauberkeit",
        located: true,
        created: "2024-06-05",
        status: PartlyAccepted,
        answer: Some("Von Mai bis September wird samstags zusätzlich geleert."),
    },
    IdeaRow {
        title: "Nachbarschaftsflohmarkt im Hof",
        text: "Ein Hofflohmarkt zweimal im Jahr bringt Leute zusammen und Kinderkleidung findet neue Besitzer.",
        de: None,
        lang: "de",
        author: "Nachbarin Müllergasse",
        channel: FaceToFace,
        category: "Begegnung",
        located: true,
        created: "2024-06-07",
        status: Implemented,
        answer: Some(
            "Erster Hofflohmarkt am 14.09.2024, gefördert über den Verfügungsfonds (VF-2024-07).",
        ),
    },
    IdeaRow {
        title: "Schatten auf dem Spielplatz",
        text: "Es gibt keinen Baum über dem Sandkasten. Sonnensegel oder Bäume bitte.",
        de: None,
        lang: "de",
        author: "Stadtteilplane Grundschule",
        channel: PinMap,
        category: "Spielen",
        located: true,
        created: "2024-06-10",
        status: New,
        answer: None,
    },
    IdeaRow {
        title: "Graffiti-Wand für Jugendliche",
        text: "Eine legale Wand für Graffiti, zum Beispiel an der Rückseite der Turnhalle.",
        de: None,
        lang: "de",
        author: "kreativ_ost",
        channel: Online,
        category: "Jugend",
        located: true,
        created: "2024-06-12",
        status: InReview,
        answer: Some(
            "Wird mit der Schule und dem Jugendtreff besprochen; Teil der Planung zu M14.",
        ),
    },
    IdeaRow {
        title: "Tischtennisplatte am Wehr",
        text: "Eine Tischtennisplatte aus Beton, die man nicht kaputt machen kann.",
        de: None,
        lang: "de",
        author: "Papierbeitrag 30",
        channel: Paper,
        category: "Spielen",
        located: true,
        created: "2024-06-14",
        status: New,
        answer: None,
    },
    IdeaRow {
        title: "Frühjahrsputz jedes Jahr",
        text: "Der gemeinsame Frühjahrsputz war super. Das sollte jedes Jahr stattfinden, mit Grillen danach.",
        de: None,
        lang: "de",
        author: "Herr Schulze (Sommerfest)",
        channel: FaceToFace,
        category: "Sauberkeit",
        located: false,
        created: "2024-07-06",
        status: Accepted,
        answer: Some(
            "Die Initiative Grüner Mühlgraben lädt jedes Jahr im März ein; Material stellt die Stadtreinigung.",
        ),
    },
];

/// (idea index, language, channel, author, text, German translation)
type CommentRow = (
    usize,
    &'static str,
    Channel,
    &'static str,
    &'static str,
    Option<&'static str>,
);

const COMMENTS: &[CommentRow] = &[
    (
        0,
        "de",
        Online,
        "Hobbygärtner",
        "Ich würde sofort ein Beet übernehmen.",
        None,
    ),
    (
        0,
        "tr",
        Paper,
        "Papierbeitrag 08",
        "Çok güzel fikir, ben de katılırım.",
        Some("Sehr schöne Idee, ich mache auch mit."),
    ),
    (
        0,
        "de",
        Online,
        "Rollifahrerin",
        "Bitte an einen festen Weg bis zu den Beeten denken.",
        None,
    ),
    (
        1,
        "de",
        Online,
        "Nachtschicht",
        "Ich komme nachts von der Arbeit, da wäre Licht wirklich wichtig.",
        None,
    ),
    (
        1,
        "ar",
        Paper,
        "Papierbeitrag 09",
        "نعم، الطريق مظلم جداً في الشتاء.",
        Some("Ja, der Weg ist im Winter sehr dunkel."),
    ),
    (
        1,
        "uk",
        Online,
        "Iryna",
        "Увечері там небезпечно.",
        Some("Abends ist es dort unsicher."),
    ),
    (
        2,
        "de",
        FaceToFace,
        "Seniorenfrühstück (erfasst)",
        "Mehrere Ältere beim Frühstück unterstützen die Idee.",
        None,
    ),
    (
        2,
        "ar",
        Online,
        "Samir",
        "فكرة ممتازة، أنا أيضاً أحتاج مقعداً عندما أمشي مع جدتي.",
        Some(
            "Tolle Idee, ich brauche auch eine Bank, wenn ich mit meiner Großmutter spazieren gehe.",
        ),
    ),
    (
        2,
        "de",
        Online,
        "Gartenfreundin",
        "Bänke mit Armlehnen sind für Ältere leichter zum Aufstehen.",
        None,
    ),
    (
        3,
        "tr",
        FaceToFace,
        "Fatma (Straßengespräch)",
        "Yaz aylarında çocuklar için çok önemli.",
        Some("Im Sommer ist das für Kinder sehr wichtig."),
    ),
    (
        3,
        "de",
        Online,
        "Mama von drei",
        "Unbedingt! Das nächste Planschbecken ist eine halbe Stunde entfernt.",
        None,
    ),
    (
        3,
        "de",
        Online,
        "Skeptiker",
        "Wer bezahlt das Wasser und die Wartung?",
        None,
    ),
    (
        4,
        "de",
        PinMap,
        "Stadtteilplane Kita",
        "Drei Klebepunkte an derselben Stelle: Eingang Wiese.",
        None,
    ),
    (
        4,
        "de",
        Online,
        "Anwohner Färberstraße",
        "Die Eimer am Spielplatz sind oft schon Samstagmittag voll.",
        None,
    ),
    (
        4,
        "tr",
        Paper,
        "Papierbeitrag 10",
        "Akşamları çok çöp oluyor.",
        Some("Abends gibt es sehr viel Müll."),
    ),
    (
        5,
        "uk",
        Online,
        "Tetiana",
        "Нам дуже потрібне місце для зустрічей з дітьми.",
        Some("Wir brauchen dringend einen Ort, um uns mit den Kindern zu treffen."),
    ),
    (
        5,
        "de",
        Online,
        "Wohnungsgenossenschaft Ost",
        "Unser Treff in der Färberstraße ist samstags frei. Melden Sie sich gern.",
        None,
    ),
    (
        5,
        "uk",
        Online,
        "Olena K.",
        "Дякуємо! Ми прийдемо в суботу.",
        Some("Danke! Wir kommen am Samstag."),
    ),
    (
        6,
        "de",
        FaceToFace,
        "Jugendtreff Mühle (Gruppe)",
        "Wir haben 46 Unterschriften von Jugendlichen gesammelt.",
        None,
    ),
    (
        6,
        "de",
        Online,
        "Anwohnerin Brückenstraße",
        "Gern, aber bitte mit Lärmschutz zu den Häusern hin.",
        None,
    ),
    (
        6,
        "ar",
        FaceToFace,
        "Yusuf (Straßengespräch)",
        "أنا أريد أن ألعب كرة القدم بعد المدرسة.",
        Some("Ich möchte nach der Schule Fußball spielen."),
    ),
    (
        7,
        "de",
        Online,
        "Papa auf dem Rad",
        "Die Kreuzung ist wirklich gefährlich, gut dass es weitergeleitet wurde.",
        None,
    ),
    (
        7,
        "de",
        Online,
        "Radfahrerin Ost",
        "Bitte informieren Sie uns, wenn die Planung öffentlich ist.",
        None,
    ),
    (
        7,
        "de",
        Paper,
        "Papierbeitrag 11",
        "Auch für Fußgänger braucht es dort eine Ampel.",
        None,
    ),
    (
        8,
        "ar",
        Paper,
        "Papierbeitrag 13",
        "أعمل حتى الساعة الخامسة، لذلك أحتاج دورة مسائية.",
        Some("Ich arbeite bis 17 Uhr, deshalb brauche ich einen Abendkurs."),
    ),
    (
        8,
        "de",
        Online,
        "VHS Außenstelle Ost",
        "Ab Oktober gibt es einen Abendkurs B1. Für A1 sammeln wir Interessierte.",
        None,
    ),
    (
        8,
        "uk",
        Online,
        "Mykola",
        "Я теж працюю вдень. Вечірній курс – це добре.",
        Some("Ich arbeite auch tagsüber. Ein Abendkurs ist gut."),
    ),
    (
        9,
        "de",
        Online,
        "Hundehalterin",
        "Als Hundebesitzerin finde ich das gut. Dann gibt es keine Ausrede mehr.",
        None,
    ),
    (
        9,
        "de",
        PinMap,
        "Stadtteilplane Spielplatz",
        "Zwei weitere Punkte am Eingang Schulstraße.",
        None,
    ),
    (
        9,
        "tr",
        Online,
        "Mehmet",
        "Çok iyi, parkta çocuklar oynuyor.",
        Some("Sehr gut, im Park spielen Kinder."),
    ),
    (
        10,
        "tr",
        Paper,
        "Frauentreff (Papierbogen)",
        "Pazar sabahı yürüyebiliriz.",
        Some("Wir können am Sonntagmorgen spazieren gehen."),
    ),
    (
        10,
        "de",
        Online,
        "Läuferin",
        "Ich würde mitkommen und kenne schöne Wege an der Aue.",
        None,
    ),
    (
        10,
        "ar",
        Online,
        "Huda",
        "أريد أن أشارك أيضاً.",
        Some("Ich möchte auch mitmachen."),
    ),
    (
        11,
        "uk",
        Online,
        "Natalia",
        "Чудова ідея! Я можу принести книжки.",
        Some("Tolle Idee! Ich kann Bücher mitbringen."),
    ),
    (
        11,
        "de",
        Online,
        "Stadtteilbibliothek Ost",
        "Wir kümmern uns um den Standort vor dem Eingang.",
        None,
    ),
    (
        11,
        "de",
        FaceToFace,
        "Leser (erfasst in der Bibliothek)",
        "Bitte auch Kinderbücher einstellen.",
        None,
    ),
    (
        12,
        "de",
        Online,
        "Oma Ingrid",
        "Im Sommer 2023 ist ein Kind auf dem Spielplatz fast kollabiert. Wasser ist wichtig.",
        None,
    ),
    (
        12,
        "tr",
        Online,
        "Ayşe",
        "Evet, su çok önemli.",
        Some("Ja, Wasser ist sehr wichtig."),
    ),
    (
        12,
        "de",
        Paper,
        "Papierbeitrag 15",
        "Trinkbrunnen auch auf dem Schulhof.",
        None,
    ),
    (
        13,
        "en",
        Online,
        "Sam",
        "Happy to help with translations into English.",
        Some("Helfe gern bei Übersetzungen ins Englische."),
    ),
    (
        13,
        "ar",
        Online,
        "Samir",
        "أستطيع أن أساعد في الترجمة.",
        Some("Ich kann beim Übersetzen helfen."),
    ),
    (
        13,
        "de",
        Online,
        "Kita Kleine Mühle",
        "Piktogramme helfen auch Kindern, die noch nicht lesen.",
        None,
    ),
    (
        14,
        "de",
        Paper,
        "Papierbeitrag 22",
        "Samstag reicht nicht, Sonntag ist es am schlimmsten.",
        None,
    ),
    (
        14,
        "de",
        Online,
        "Stadtreinigung (Antwort)",
        "Wir testen ab Juli eine Sonntagsleerung an den drei vollsten Standorten.",
        None,
    ),
    (
        14,
        "uk",
        Online,
        "Iryna",
        "Я підтримую цю ідею.",
        Some("Ich unterstütze diese Idee."),
    ),
    (
        15,
        "de",
        FaceToFace,
        "Nachbarin Müllergasse",
        "Ich kann den Hof der Müllergasse 12 organisieren.",
        None,
    ),
    (
        15,
        "ar",
        Online,
        "Huda",
        "سأبيع ملابس الأطفال.",
        Some("Ich werde Kinderkleidung verkaufen."),
    ),
    (
        15,
        "de",
        Online,
        "Nachbarschaftsverein",
        "Wir stellen Tische und Bänke aus unserem Verleih.",
        None,
    ),
    (
        16,
        "de",
        PinMap,
        "Stadtteilplane Grundschule",
        "Sieben Punkte von Kindern: Sandkasten zu heiß.",
        None,
    ),
    (
        16,
        "tr",
        Online,
        "Fatma",
        "Ağaç dikmek daha iyi olur.",
        Some("Bäume zu pflanzen wäre besser."),
    ),
    (
        16,
        "de",
        Online,
        "Gartenfreundin",
        "Bäume brauchen Jahre, bis dahin ein Sonnensegel.",
        None,
    ),
    (
        17,
        "de",
        Online,
        "Jugendtreff Mühle",
        "Wir würden die Wand gemeinsam mit einem Künstler gestalten.",
        None,
    ),
    (
        17,
        "de",
        Online,
        "Anwohner Schulstraße",
        "Bitte mit klaren Regeln, sonst wird die ganze Straße besprüht.",
        None,
    ),
    (
        17,
        "uk",
        Online,
        "Maksym",
        "Я малюю графіті, хочу долучитися.",
        Some("Ich male Graffiti und möchte mitmachen."),
    ),
    (
        18,
        "de",
        Paper,
        "Papierbeitrag 31",
        "Tischtennis auch für Ältere, ich spiele noch mit 70.",
        None,
    ),
    (
        18,
        "de",
        Online,
        "SV Blau-Weiß",
        "Wir können Schläger und Bälle für den Verleih stiften.",
        None,
    ),
    (
        18,
        "ar",
        FaceToFace,
        "Omar (Straßengespräch)",
        "نعم، نحن نلعب تنس الطاولة كثيراً.",
        Some("Ja, wir spielen oft Tischtennis."),
    ),
    (
        19,
        "de",
        FaceToFace,
        "Herr Schulze (Sommerfest)",
        "Ich bringe wieder meinen Grill mit.",
        None,
    ),
    (
        19,
        "tr",
        FaceToFace,
        "Bäckerei Yılmaz",
        "Biz de simit getiririz.",
        Some("Wir bringen auch Simit mit."),
    ),
    (
        19,
        "de",
        Online,
        "Initiative Grüner Mühlgraben",
        "Termin 2025 steht: Samstag, 22. März, Treffpunkt am Wehr.",
        None,
    ),
];

const PHASES: &[(PhaseKind, &str, &str, &str, &str)] = &[
    (
        PhaseKind::Inform,
        "Auftakt und Information",
        "2024-04-15",
        "2024-04-30",
        "Aushänge in fünf Sprachen, Infostände an Schule, Kita und Moschee, Auftaktabend im Gemeindesaal.",
    ),
    (
        PhaseKind::Consult,
        "Ideen sammeln",
        "2024-05-01",
        "2024-06-15",
        "Ideen online, auf Papierbögen, an der Stadtteilplane und in Straßengesprächen.",
    ),
    (
        PhaseKind::CoDesign,
        "Gemeinsam gestalten",
        "2024-06-16",
        "2024-07-31",
        "Werkstätten zu Grünzug, Spielen und Sauberkeit; Bunter Mühlgrabensommer.",
    ),
    (
        PhaseKind::Decide,
        "Prioritäten setzen",
        "2024-08-01",
        "2024-09-15",
        "Punktabstimmung vor Ort und online; Empfehlung an Akteurswerkstatt und Stadtverwaltung.",
    ),
    (
        PhaseKind::Feedback,
        "Rückmeldung",
        "2024-09-16",
        "2024-11-30",
        "Jede Idee bekommt eine Antwort; Rückmeldeabend und Aushänge an den Orten der Beteiligung.",
    ),
];

/// Builds the dialogue with ideas and comments.
pub(crate) fn dialogue(
    rng: &mut ChaCha8Rng,
    quarter_id: &str,
    rings: &[&[Coord<f64>]],
) -> Dialogue {
    let more = crate::participation_more::MORE_IDEAS.iter().map(
        |&(title, text, de, lang, author, channel, category, located, created, status, answer)| {
            IdeaRow {
                title,
                text,
                de,
                lang,
                author,
                channel,
                category,
                located,
                created,
                status,
                answer,
            }
        },
    );
    let rows: Vec<IdeaRow> = IDEAS.iter().map(IdeaRow::copy).chain(more).collect();
    // The later ideas draw from their own stream so that everything generated after the
    // dialogue (fund round, Lernwerkstatt) stays as it was before they were added.
    let mut more_rng = <ChaCha8Rng as rand::SeedableRng>::seed_from_u64(0x6469_616c);
    let ideas: Vec<Idea> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let rng: &mut ChaCha8Rng = if i < IDEAS.len() {
                &mut *rng
            } else {
                &mut more_rng
            };
            Idea {
                id: format!("i{:02}", i + 1),
                title: r.title.to_string(),
                text: r.text.to_string(),
                translation_de: r.de.map(str::to_string),
                language: r.lang.to_string(),
                author: r.author.to_string(),
                channel: r.channel,
                category: r.category.to_string(),
                location: if r.located {
                    Some(point_in_quarter(rng, rings))
                } else {
                    None
                },
                created: r.created.to_string(),
                supporters: rng.gen_range(2..60),
                status: r.status,
                answer: r.answer.map(str::to_string),
            }
        })
        .collect();
    let comments: Vec<Comment> = COMMENTS
        .iter()
        .enumerate()
        .map(|(k, &(idea, lang, channel, author, text, de))| {
            let base = IDEAS.get(idea).map_or("2024-06-01", |r| r.created);
            let day_offset = 1 + (k % 3) as u32 * 2 + rng.gen_range(0..3);
            Comment {
                id: format!("c{:03}", k + 1),
                idea_id: format!("i{:02}", idea + 1),
                author: author.to_string(),
                language: lang.to_string(),
                channel,
                text: text.to_string(),
                translation_de: de.map(str::to_string),
                created: format!(
                    "{}T{:02}:{:02}:00",
                    add_days(base, day_offset),
                    rng.gen_range(8..21),
                    rng.gen_range(0..60)
                ),
            }
        })
        .collect();
    Dialogue {
        id: "dialog-muehlgraben-2024".to_string(),
        title: "Unser Mühlgraben – Stadtteildialog 2024".to_string(),
        quarter_id: quarter_id.to_string(),
        participation_level: "Konsultieren und Mitgestalten".to_string(),
        description:
            "Wie soll der Grünzug am Mühlgraben aussehen? Was fehlt im Quartier? Der Dialog \
                      sammelt Ideen online, auf Papier und im Gespräch – in Deutsch, Arabisch, \
                      Türkisch, Ukrainisch, Englisch und Leichter Sprache. Jede Idee erhält eine \
                      Antwort."
                .to_string(),
        phases: PHASES
            .iter()
            .map(|&(kind, title, start, end, desc)| DialoguePhase {
                kind,
                title: title.to_string(),
                start: start.to_string(),
                end: end.to_string(),
                description: desc.to_string(),
            })
            .collect(),
        ideas,
        comments,
    }
}

/// Adds days to an ISO date (YYYY-MM-DD) in 2024-like years; falls back to the input on parse errors.
fn add_days(date: &str, days: u32) -> String {
    let parts: Vec<u32> = date.split('-').filter_map(|p| p.parse().ok()).collect();
    let [y, mut m, mut d] = parts[..] else {
        return date.to_string();
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let month_len = |m: u32| match m {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    d += days;
    while d > month_len(m) {
        d -= month_len(m);
        m += 1;
        if m > 12 {
            return date.to_string();
        }
    }
    format!("{y:04}-{m:02}-{d:02}")
}
