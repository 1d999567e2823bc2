# Quartier — German (default and fallback for every message)

## Shell
skip-to-content = Zum Inhalt springen
meta-description = Quartier – Plattform für integrative Quartiersentwicklung: Statistik, Aktionsplan, Beteiligung, Verfügungsfonds und Transfer.
nav-main-label = Hauptnavigation
nav-language-label = Sprache wählen
nav-home = Start
nav-quarters = Quartiere
nav-areas = Gebiete
nav-admin = Verwaltung
nav-account = Mein Konto
nav-login = Anmelden
nav-logout = Abmelden
nav-register = Registrieren
nav-about = Über Quartier und Datenschutz
fictional-label = Fiktive Demo-Stadt:
fictional-notice = Musterstadt gibt es nicht. Alle Orte, Personen und Zahlen sind erfunden.
footer-about = Quartier ist freie Software (EUPL-1.2) für integrative Quartiersentwicklung mit wenig Geld.
footer-api = Programmierschnittstelle (API)
confirm-danger = Wirklich fortfahren? Das lässt sich nicht rückgängig machen.
form-errors-title = Bitte prüfen Sie Ihre Angaben
save = Speichern
cancel = Abbrechen
create = Anlegen
search = Suchen
revoke = Entziehen
yes = ja
no = nein

## Start page
home-title = Willkommen bei Quartier
home-title-city = Quartiersentwicklung in { $city }
home-intro = Hier arbeiten Stadtverwaltung, Quartiersmanagement, Vereine, Initiativen und Bewohnerinnen und Bewohner gemeinsam an lebendigen Nachbarschaften – auch mit wenig Deutschkenntnissen, wenig Geld oder ohne Internet.
home-welcome = Hallo, { $name }!
home-no-roles = Sie haben noch keine Rolle.
home-your-roles = Ihre Rollen:
home-quarters = Quartiere
home-no-quarters = Es wurden noch keine Quartiere angelegt.
home-take-part = So machen Sie mit
home-step-online = Online: Ideen einbringen, kommentieren, abstimmen – auch unter einem Pseudonym.
home-step-paper = Auf Papier: Formulare liegen im Stadtteilladen aus; das Quartiersmanagement trägt sie ein.
home-step-language = In Ihrer Sprache: Deutsch, Englisch, Arabisch, Farsi, Ukrainisch, Russisch, Türkisch und Vietnamesisch.
home-loop-title = Der Weg von der Statistik zur Wirkung
loop-statistics = Kleinräumige Statistik laden und einen nachvollziehbaren Bedarfsindex bilden
loop-selection = Gebiete mit besonderem Handlungsbedarf finden und die Auswahl begründet festhalten
loop-quarter = Im Quartier Akteure und Netzwerke aufbauen
loop-plan = Einen Aktionsplan mit Handlungsfeldern, Zielen und Maßnahmen erarbeiten
loop-participation = Bewohnerinnen und Bewohner beteiligen – jeder Beitrag bekommt eine Antwort
loop-fund = Kleine Projekte aus dem Verfügungsfonds fördern
loop-impact = Ergebnisse und Wirkungen messen
loop-transfer = Prüfen, was sich auf andere Quartiere und Städte übertragen lässt

## About
about-what = Quartier unterstützt Städte dabei, Quartiere mit besonderem Unterstützungsbedarf zu finden, dort lokale Strukturen aufzubauen und zu prüfen, was sich übertragen lässt. Vorbild ist das Leipziger Pilotprojekt „Integration durch Initiativmanagement“ (INTIGRA, 2017–2019).
about-privacy-title = Datenschutz
about-privacy = Wir speichern nur, was für die Beteiligung nötig ist. Sie können öffentlich ein Pseudonym zeigen, Ihre Daten jederzeit herunterladen und Ihr Konto selbst löschen. Antworten auf Umfragen werden getrennt von Ihrem Konto gespeichert.
about-licence-title = Lizenz
about-licence = Quartier ist freie Software unter der Europäischen Öffentlichen Lizenz (EUPL-1.2).

## Quarters and areas
quarters-caption = Alle Quartiere
quarter-areas = Statistische Gebiete im Quartier
areas-intro = Die Stadt ist in { $count } statistische Gebiete gegliedert.
areas-caption = Statistische Gebiete
col-name = Name
col-description = Beschreibung
col-areas = Gebiete
col-key = Schlüssel
col-district = Stadtbezirk
col-verified = E-Mail bestätigt
col-created = Angelegt
col-action = Aktion
col-time = Zeitpunkt
col-by = Durch
col-target = Objekt
col-detail = Details
col-to = Empfänger
col-subject = Betreff
col-status = Status
col-attempts = Versuche

## Forms
field-email = E-Mail-Adresse
field-password = Passwort
field-new-password = Neues Passwort
field-password-confirm = Passwort wiederholen
field-display-name = Name
field-pseudonym = Pseudonym
field-show-pseudonym = Öffentlich mein Pseudonym statt meines Namens zeigen
field-language = Sprache
field-digest = E-Mail-Zusammenfassung
field-role = Rolle
field-scope = Geltungsbereich
field-accept = Ich habe die Hinweise zum Datenschutz gelesen.
hint-display-name = So sehen Sie andere. Sie können später ein Pseudonym wählen.
hint-password = Mindestens { $min } Zeichen.
hint-pseudonym = Wird bei öffentlichen Beiträgen gezeigt, wenn Sie es unten auswählen.
hint-slug = Kleinbuchstaben, Ziffern und Bindestriche, z. B. „nordvorstadt“.
hint-delete-password = Zur Sicherheit bitte Ihr Passwort eingeben.
digest-off = keine
digest-daily = täglich
digest-weekly = wöchentlich
scope-city = ganze Stadt
scope-quarter = Quartier

## Errors in forms
error-email-required = Bitte geben Sie Ihre E-Mail-Adresse ein.
error-email-invalid = Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. name@beispiel.de.
error-password-required = Bitte geben Sie Ihr Passwort ein.
error-password-short = Das Passwort muss mindestens { $min } Zeichen lang sein.
error-password-is-email = Das Passwort darf nicht Ihre E-Mail-Adresse sein.
error-password-mismatch = Die beiden Passwörter stimmen nicht überein.
error-login-failed = E-Mail-Adresse oder Passwort stimmen nicht.
error-not-verified = Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse. Wir haben Ihnen einen neuen Link geschickt.
error-name-required = Bitte geben Sie einen Namen ein.
error-name-long = Der Name darf höchstens 80 Zeichen lang sein.
error-pseudonym-long = Das Pseudonym darf höchstens 40 Zeichen lang sein.
error-pseudonym-required = Bitte geben Sie ein Pseudonym ein, wenn es gezeigt werden soll.
error-accept = Bitte bestätigen Sie, dass Sie die Datenschutzhinweise gelesen haben.
error-token-invalid = Dieser Link ist ungültig oder abgelaufen. Bitte fordern Sie einen neuen an.
error-slug = Bitte nur Kleinbuchstaben, Ziffern und Bindestriche verwenden.
error-slug-taken = Dieser Schlüssel ist schon vergeben.
error-areas-required = Bitte wählen Sie mindestens ein Gebiet.
error-role = Bitte wählen Sie eine Rolle.

## Sign-in and registration
login-title = Anmelden
login-submit = Anmelden
login-forgot = Passwort vergessen?
login-no-account = Noch kein Konto?
register-title = Registrieren
register-intro = Mit einem Konto können Sie Ideen einbringen, kommentieren und abstimmen. Sie können auch ohne Konto lesen.
register-submit = Konto anlegen
register-done-title = Fast geschafft
register-check-mail = Wir haben eine E-Mail an { $email } geschickt. Bitte klicken Sie auf den Link darin, um Ihr Konto zu bestätigen.
verify-ok-title = E-Mail-Adresse bestätigt
verify-ok = Danke! Ihre E-Mail-Adresse ist bestätigt. Sie können sich jetzt anmelden.
verify-bad-title = Link ungültig
verify-bad = Dieser Bestätigungslink ist ungültig, schon benutzt oder abgelaufen. Melden Sie sich an, um einen neuen zu bekommen.
forgot-title = Passwort vergessen
forgot-intro = Geben Sie Ihre E-Mail-Adresse ein. Wir schicken Ihnen einen Link, mit dem Sie ein neues Passwort setzen können.
forgot-submit = Link anfordern
forgot-sent = Wenn zu dieser Adresse ein Konto gehört, ist eine E-Mail unterwegs. Der Link gilt eine Stunde.
reset-title = Neues Passwort
reset-submit = Passwort speichern
reset-done = Ihr Passwort wurde geändert. Alle bisherigen Anmeldungen wurden beendet.
invite-title = Einladung annehmen
invite-intro = Sie wurden als { $role } eingeladen ({ $email }).
invite-existing = Zu dieser Adresse gibt es schon ein Konto. Bestätigen Sie mit Ihrem Passwort.
invite-submit = Einladung annehmen

## Account
account-profile = Profil
account-roles = Rollen
account-api = API-Zugang
account-api-count = { $count ->
    [one] Sie haben einen aktiven API-Schlüssel.
   *[other] Sie haben { $count } aktive API-Schlüssel.
}
account-api-create = Neuen API-Schlüssel erzeugen
account-api-created = Ihr neuer API-Schlüssel – er wird nur dieses eine Mal angezeigt:
account-data = Meine Daten
account-export = Meine Daten herunterladen (JSON)
account-delete = Mein Konto löschen
delete-intro = Ihr Konto, Ihre Rollen und Anmeldungen werden gelöscht. Öffentliche Beiträge bleiben ohne Namen erhalten.
delete-submit = Konto endgültig löschen
delete-done-title = Konto gelöscht
delete-done = Ihr Konto wurde gelöscht. Auf Wiedersehen!

## Roles
role-admin = Administration
role-lead = Programmleitung
role-analyst = Analyse
role-manager = Quartiersmanagement
role-jury = Jury
role-actor = Akteur
role-resident = Bewohnerin oder Bewohner

## Administration
admin-users = Konten
admin-users-count = { $count } Konten
admin-search = E-Mail oder Name
admin-grant = Rolle vergeben
admin-quarters = Quartiere verwalten
admin-quarters-count = { $count } Quartiere
admin-quarter-new = Neues Quartier
admin-invitations = Einladungen
admin-invitations-text = Mitarbeitende per E-Mail einladen
admin-invitations-sent = Verschickte Einladungen
admin-invite-submit = Einladung senden
admin-invite-sent = Einladung an { $email } ist unterwegs.
admin-audit = Protokoll
admin-audit-text = Wer hat wann was geändert?
admin-outbox = E-Mail-Ausgang
admin-outbox-text = Verschickte und wartende E-Mails

## Error pages
error-code = Fehlercode
error-home = Zur Startseite
error-400-title = Anfrage nicht verständlich
error-400-text = Die Anfrage konnte nicht verarbeitet werden. Bitte versuchen Sie es noch einmal.
error-403-title = Kein Zugriff
error-403-text = Für diese Seite fehlt Ihnen die Berechtigung. Wenn Sie ein Formular abgeschickt haben, laden Sie die Seite bitte neu und versuchen Sie es noch einmal.
error-404-title = Seite nicht gefunden
error-404-text = Diese Seite gibt es nicht (mehr). Vielleicht hilft die Startseite weiter.
error-429-title = Zu viele Versuche
error-429-text = Bitte warten Sie eine Minute und versuchen Sie es dann noch einmal.
error-500-title = Da ist etwas schiefgegangen
error-500-text = Ein Fehler ist aufgetreten. Ihre Eingaben gehen nicht verloren; bitte versuchen Sie es später noch einmal.

## Mail
mail-verify-subject = Bitte bestätigen Sie Ihre E-Mail-Adresse
mail-verify-body = Guten Tag,

    bitte bestätigen Sie Ihre E-Mail-Adresse mit diesem Link:
    { $link }

    Der Link gilt 48 Stunden. Wenn Sie sich nicht registriert haben, ignorieren Sie diese E-Mail.
mail-exists-subject = Registrierung mit Ihrer E-Mail-Adresse
mail-exists-body = Guten Tag,

    jemand wollte sich mit Ihrer E-Mail-Adresse registrieren. Sie haben schon ein Konto.
    Wenn Sie Ihr Passwort vergessen haben: { $link }
mail-reset-subject = Neues Passwort für Quartier
mail-reset-body = Guten Tag,

    mit diesem Link setzen Sie ein neues Passwort (gültig eine Stunde):
    { $link }

    Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail.
mail-invite-subject = Einladung zu Quartier – { $city }
mail-invite-body = Guten Tag,

    Sie wurden als { $role } für { $city } zu Quartier eingeladen.
    Nehmen Sie die Einladung mit diesem Link an (gültig sieben Tage):
    { $link }

## Social monitoring and area selection
nav-monitoring = Sozialraummonitoring
nav-decisions = Gebietsauswahl
monitoring-intro = Kleinräumige Statistik der Stadt: welche Gebiete haben besonderen Unterstützungsbedarf? Alle Zahlen mit Quelle; die Tabellen lassen sich exportieren.
monitoring-catalogue = Indikatorenkatalog
monitoring-ranking = Rangfolge nach Bedarf
monitoring-source = Datenquelle:
polarity-need = höherer Wert = mehr Bedarf
polarity-less = höherer Wert = weniger Bedarf
polarity-neutral = Kontextindikator (nicht im Index)
col-indicator = Indikator
col-unit = Einheit
col-polarity = Richtung
col-years = Jahre
col-source = Quelle
col-rank = Rang
col-score = Indexwert
col-rank-interval = Rang-Intervall (90 %)
col-p-top = Wahrscheinlichkeit höchster Bedarf
col-year = Jahr
col-value = Wert
col-city-average = Stadtmittel
col-series = Zeitreihe
col-version = Version
col-weight = Gewicht
all = alle
sort-by = Sortieren nach
apply = Anwenden
export-csv = Als CSV herunterladen
ranking-intro = Zusammengesetzter Bedarfsindex (Min-Max-Normierung, gleiche Gewichte) für { $year }. Die Intervalle zeigen, wie stark der Rang schwankt, wenn Gewichte, Normierung und Aggregation in { $runs } Monte-Carlo-Läufen variiert werden.
ranking-indicators = Indikatoren im Index:
profile-need = Bedarf
profile-rank = Rang { $rank } von { $n } Gebieten im Bedarfsindex.
profile-interval = In 90 % der Varianten liegt der Rang zwischen { $lo } und { $hi }.
profile-p-top = Wahrscheinlichkeit, zu den Gebieten mit dem höchsten Bedarf zu gehören: { $p } %.
profile-indicators = Alle Indikatoren
decisions-intro = Welche Gebiete werden Pilotquartiere – und warum? Hier sind die Auswahlentscheidungen mit Kriterien, Vergleich und Begründung dokumentiert.
decisions-none = Noch keine veröffentlichte Entscheidung.
decision-new = Neue Auswahlentscheidung
decision-edit = Neue Fassung bearbeiten
decision-title = Titel
decision-candidates = Kandidatengebiete
decision-criteria = Kriterien und Gewichte
decision-chosen = Ausgewählte Gebiete
decision-rationale = Begründung
decision-body = Entscheidendes Gremium
decision-date = Datum der Entscheidung
decision-link = Link zur Ratsvorlage
decision-publish = Öffentlich zeigen
decision-draft = Entwurf – nicht öffentlich
decision-comparison = Vergleich der Kandidaten ({ $year })
decision-versions = Fassungen
decision-create-quarter = Quartier aus den ausgewählten Gebieten anlegen
hint-criteria = Gewicht je Indikator (0 oder leer = nicht berücksichtigt).
hint-decision-body = z. B. Stadtrat, Ausschuss für Stadtentwicklung und Bau
error-title-required = Bitte geben Sie einen Titel ein.
error-unknown-area = Ein Gebiet ist unbekannt.
error-candidates-required = Bitte wählen Sie mindestens ein Kandidatengebiet.
error-chosen-required = Bitte wählen Sie mindestens ein Gebiet aus.
error-chosen-not-candidate = Ausgewählte Gebiete müssen auch Kandidaten sein.
error-criteria-required = Bitte geben Sie mindestens einem Kriterium ein Gewicht.
error-weight = Das Gewicht für „{ $indicator }“ muss eine Zahl ab 0 sein.
error-rationale = Bitte begründen Sie die Entscheidung (mindestens 20 Zeichen).
error-body-required = Bitte nennen Sie das entscheidende Gremium.
error-date = Bitte geben Sie ein Datum im Format JJJJ-MM-TT ein.
error-link = Der Link muss mit http:// oder https:// beginnen.
map-nav = Karten
map-no-data = keine Daten
map-quarters = Quartiere
map-description = Karte der statistischen Gebiete; jedes Gebiet ist ein Link zu seinem Profil. Die Tabelle daneben enthält dieselben Werte.
map-title-value = { $indicator } { $year }
map-title-need = Bedarfsindex { $year }
map-title-lisa = Räumliche Cluster (LISA): { $indicator } { $year }
map-legend-lisa = Lokales Moran's I, p ≤ 0,05
lisa-hh = hoch–hoch (Hotspot)
lisa-lh = niedrig–hoch
lisa-ll = niedrig–niedrig (Coldspot)
lisa-hl = hoch–niedrig
lisa-ns = nicht signifikant
map-layer = Ebene
map-layer-value = Indikatorwert
map-layer-need = Bedarfsindex
map-layer-lisa = Hotspots (LISA)
map-classification = Klassenbildung
map-classes = Klassen
map-method-quantiles = Quantile
map-method-equal = gleiche Intervalle
map-method-fisher-jenks = natürliche Brüche (Fisher-Jenks)
map-method-stddev = Standardabweichung
map-download = Karte als SVG herunterladen
map-table = Werte der Karte als Tabelle
map-class = Klasse
profile-series = Zeitreihen im Vergleich zum Stadtmittel
export-xlsx = Als Excel-Datei (XLSX) herunterladen
map-download-geojson = Gebiete mit Werten als GeoJSON herunterladen
report-link = Bericht zum Drucken (A4)
report-title = Gebiete mit besonderem Unterstützungsbedarf in { $city }
report-intro = Bericht zur Gebietsauswahl: Bedarfsindex { $year } mit Unsicherheitsanalyse ({ $runs } Monte-Carlo-Läufe), räumliche Schwerpunkte und die veröffentlichten Entscheidungen.
report-print-hint = Drucken Sie diese Seite über das Druckmenü Ihres Browsers; Navigation und Bedienelemente werden dabei ausgeblendet.
report-maps = Karten
report-top = Die 15 Gebiete mit dem höchsten Bedarf

## ---- datasets and uploads ----
nav-city-label = Stadt wählen
data-title = Daten
data-intro = Gebietsgrenzen, Indikatortabellen und bestehende Fördergebiete für { $city } hochladen. Jede Datei wird zuerst geprüft und als Vorschau gezeigt; übernommen wird erst nach Ihrer Bestätigung. Jede Lieferung bleibt als eigene Version gespeichert.
data-upload-title = Neue Daten hochladen
data-upload = Hochladen und prüfen
data-progress = Fortschritt des Hochladens
data-field-kind = Art der Daten
data-kind-indicators = Indikatortabelle
data-kind-indicators-hint = CSV, TXT, XLSX, ODS oder JSON einer Statistik-Schnittstelle; breit oder lang, mit Jahr je Zeile, Spalte oder Spaltenname
data-kind-boundaries = Gebietsgrenzen
data-kind-boundaries-hint = GeoJSON, Shapefile (.shp, .dbf, .prj, .cpg) oder GeoPackage; auch als ZIP
data-kind-programme-areas = Bestehende Fördergebiete
data-kind-programme-areas-hint = Flächen von Programmen wie Sozialer Zusammenhalt, als Überlagerung auf den Karten
data-field-file = Dateien
data-hint-file = Eine oder mehrere Dateien, oder ein ZIP-Archiv. Große Dateien zeigen beim Hochladen einen Fortschrittsbalken.
data-field-title = Titel (optional)
data-field-source = Quelle
data-hint-source = Herausgeber der Daten, z. B. „Stadt Leipzig, Amt für Statistik und Wahlen“. Erscheint unter jeder Karte und Tabelle.
data-field-licence = Lizenz / Namensnennung
data-hint-licence = z. B. „dl-de/by-2-0“ oder „CC BY 4.0“.
data-settings = Einstellungen für die Erkennung (optional)
data-settings-hint = Leer lassen, um automatisch zu erkennen. Nur ausfüllen, wenn die Vorschau etwas falsch erkannt hat.
data-field-key-field = Spalte oder Attribut mit dem Gebietsschlüssel
data-hint-key-field = Bei Tabellen darf die Spalte auch den Gebietsnamen enthalten.
data-field-name-field = Attribut mit dem Gebietsnamen
data-field-district-field = Attribut mit dem Bezirk
data-field-crs = Koordinatensystem
data-hint-crs = EPSG-Code, falls die Datei keinen angibt, z. B. 25833.
data-field-year = Jahr
data-hint-year = Für Tabellen ohne Jahresangabe.
data-field-sheet = Tabellenblatt
data-field-delimiter = Trennzeichen
data-field-encoding = Zeichenkodierung
data-field-decimal = Dezimaltrennzeichen
data-detect = automatisch erkennen
data-delim-semicolon = Semikolon (;)
data-delim-comma = Komma (,)
data-delim-tab = Tabulator
data-delim-pipe = Senkrechter Strich (|)
data-enc-utf8 = UTF-8
data-enc-1252 = Windows-1252 / ISO-8859-1
data-dec-comma = Komma (1,5)
data-dec-point = Punkt (1.5)
data-field-new-city = Neue Stadt anlegen (optional)
data-hint-new-city = Name einer weiteren Stadt; die Daten werden dann dort gespeichert statt in der aktuellen Stadt.
data-error-kind = Bitte wählen Sie die Art der Daten.
data-error-file = Bitte wählen Sie mindestens eine Datei.
data-versions = Versionen
data-none = Noch keine Daten hochgeladen.
data-col-kind = Art
data-col-version = Version
data-col-title = Titel
data-col-status = Stand
data-col-errors = Fehler
data-col-warnings = Hinweise
data-col-by = von
data-col-when = am
data-status-preview = Vorschau
data-status-applied = übernommen
data-status-discarded = verworfen
data-version-title = { $kind }, Version { $version }
data-uploaded-by = Hochgeladen von { $who } für { $city }
data-applied-by = übernommen von { $who }
data-discarded-by = verworfen von { $who }
data-back = Zurück zur Übersicht der Daten
data-recognised = Was erkannt wurde
data-files = Dateien
data-records = Gelesene Datensätze
data-matched = Gebiete zugeordnet
data-new-areas = { $count } neue Gebiete (noch nicht vorhanden)
data-unmatched = { $count } Schlüssel oder Namen ohne passendes Gebiet (werden übersprungen)
data-missing = { $count } vorhandene Gebiete fehlen in der Datei
data-fields = Attribute in der Datei
data-sample = Die ersten Gebiete der Datei
data-fact-format = Format
data-fact-encoding = Zeichenkodierung
data-fact-delimiter = Trennzeichen
data-fact-decimal = Dezimaltrennzeichen
data-fact-sheet = Tabellenblatt
data-fact-layout = Aufbau
data-fact-header = Kopfzeile in Zeile
data-fact-rows = Datenzeilen
data-fact-footer = Fußnotenzeilen
data-fact-file = Datei
data-fact-key-field = Schlüsselattribut
data-fact-crs = Koordinatensystem
data-problems = Probleme
data-no-problems = Keine Probleme gefunden.
data-problems-caption = { $errors } Fehler, { $warnings } Hinweise
data-problems-truncated = Es gibt weitere Probleme; gezeigt werden die ersten.
data-col-severity = Art
data-col-file = Datei
data-col-line = Zeile
data-col-column = Spalte
data-col-value = Wert
data-col-message = Beschreibung (englisch)
data-severity-error = Fehler
data-severity-warning = Hinweis
data-indicators = Indikatoren übernehmen
data-indicators-caption = Erkannte Indikatoren
data-indicators-hint = Wählen Sie die Indikatoren, die übernommen werden sollen, und geben Sie Name, Einheit und Richtung an. Ein vorhandener Schlüssel ergänzt oder ersetzt die Werte dieses Indikators.
data-col-include = Übernehmen
data-col-in-file = In der Datei
data-col-key = Schlüssel
data-col-name = Name
data-col-unit = Einheit
data-col-polarity = Richtung
data-col-values = Werte
data-col-years = Jahre
data-col-range = Spanne
data-include = { $name } übernehmen
data-key-of = Schlüssel für { $name }
data-name-of = Name für { $name }
data-unit-of = Einheit für { $name }
data-polarity-of = Richtung für { $name }
data-polarity-need = höher = mehr Bedarf
data-polarity-less = höher = weniger Bedarf
data-polarity-neutral = neutral (Kontext)
data-exists = vorhanden
data-apply = Übernehmen
data-reapply = Diese Version erneut übernehmen
data-discard = Verwerfen
data-cannot-apply = Diese Version kann nicht übernommen werden: Beheben Sie die Fehler in der Datei und laden Sie sie erneut hoch.
## ---- index configurations and exports (issue 4) ----
indices-title = Indexkonfigurationen
indices-intro = Eine Indexkonfiguration legt fest, wie der Bedarf der Gebiete gemessen wird: nach dem Berliner Verfahren „Monitoring Soziale Stadtentwicklung“ (MSS) oder als eigener zusammengesetzter Index mit gewählten Indikatoren und Gewichten. Jede Änderung wird als neue Version gespeichert; die Ergebnisse jeder Version bleiben erhalten.
indices-new = Neue Indexkonfiguration
indices-edit = Indexkonfiguration bearbeiten (neue Version)
indices-none = Es gibt noch keine gespeicherte Indexkonfiguration.
indices-list = Gespeicherte Indexkonfigurationen (jeweils neueste Version)
indices-kind = Verfahren
indices-kind-mss = MSS-Verfahren (Berlin)
indices-kind-composite = Eigener zusammengesetzter Index
indices-kind-hint = Das MSS-Verfahren nutzt vier Status- und vier Dynamikindikatoren, z-Standardisierung und feste Klassengrenzen; Gewichte, Normierung und Aggregation gelten nur für den eigenen Index.
indices-on-map = Karte
indices-map-link = Auf der Karte zeigen
indices-map-choice = Indexkonfiguration
indices-map-title = { $name } ({ $year })
indices-map-legend-mss = Statusindex (MSS-Klassen)
indices-map-legend-score = Indexwert (Quintile)
indices-name = Name
indices-choose = – bitte wählen –
indices-composite-indicators = Indikatoren und Gewichte (eigener Index)
indices-weights-hint = Wählen Sie mindestens zwei Indikatoren. Gewichte sind positive Zahlen; sie werden auf die Summe 1 umgerechnet.
indices-normalisation = Normierung
indices-norm-zscore = z-Standardisierung
indices-norm-minmax = Min-Max (0 bis 100)
indices-norm-rank = Rangplätze
indices-aggregation = Aggregation
indices-agg-arithmetic = arithmetisches Mittel
indices-agg-geometric = geometrisches Mittel
indices-mss-status = MSS-Statusindikatoren
indices-mss-status-hint = Vier Indikatoren für den sozialen Status im gewählten Jahr (S1 bis S4).
indices-mss-dynamics = MSS-Dynamikindikatoren
indices-mss-dynamics-hint = Vier Indikatoren, deren Veränderung über { $period } Jahre bis zum gewählten Jahr die Dynamik misst (D1 bis D4).
indices-mss-period-text = (Veränderung über { $period } Jahre, { $from } bis { $to })
indices-population = Einwohnerindikator
indices-population-hint = Gebiete mit weniger als 300 Einwohnern werden nach dem MSS-Verfahren nicht eingestuft.
indices-no-population = keiner (alle Gebiete einstufen)
indices-save = Speichern und berechnen
indices-indicators = Indikatoren
indices-results = Ergebnisse der Version { $version }
indices-results-intro = Die Ergebnisse wurden beim Speichern berechnet und gespeichert. Der Rangbereich zeigt das 5- bis 95-%-Intervall des Rangs aus { $runs } Monte-Carlo-Läufen mit veränderten Gewichten und Methoden.
indices-status-index = Statusindex
indices-dynamic-index = Dynamikindex
indices-class = Klasse
indices-class-top = höchster Bedarf (oberste 10 %)
indices-class-rest = übrige Gebiete
indices-mss-status-1 = Status hoch
indices-mss-status-2 = Status mittel
indices-mss-status-3 = Status niedrig
indices-mss-status-4 = Status sehr niedrig
indices-mss-dynamic-positive = Dynamik positiv
indices-mss-dynamic-stable = Dynamik stabil
indices-mss-dynamic-negative = Dynamik negativ
indices-versions = Versionen
indices-old-version = Sie sehen die ältere Version { $version }.
indices-show-newest = Neueste Version zeigen
indices-filter-top = höchster Bedarf (oberste { $share } %)
indices-filter-likely = wahrscheinlich höchster Bedarf (mindestens 50 %)
indices-filter-mss = { $name }: { $class }
indices-error-name = Bitte geben Sie einen Namen ein.
indices-error-name-long = Der Name darf höchstens 120 Zeichen lang sein.
indices-error-kind = Bitte wählen Sie ein Verfahren.
indices-error-year = Bitte wählen Sie ein Jahr, für das Daten vorliegen.
indices-error-year-period = Für die Dynamik fehlen Daten aus dem Jahr { $year }; bitte wählen Sie ein späteres Jahr.
indices-error-indicators = Bitte wählen Sie mindestens zwei Indikatoren.
indices-error-weight = Das Gewicht für „{ $indicator }“ muss eine positive Zahl sein (höchstens 1000).
indices-error-normalisation = Bitte wählen Sie eine Normierung.
indices-error-aggregation = Bitte wählen Sie eine Aggregation.
indices-error-unknown-indicator = Dieser Indikator ist nicht im Katalog.
indices-error-duplicate = Jeder Indikator darf nur einmal vorkommen.
indices-error-mss_status-missing = Bitte belegen Sie alle vier MSS-Statusrollen (S1 bis S4).
indices-error-mss_dynamics-missing = Bitte belegen Sie alle vier MSS-Dynamikrollen (D1 bis D4).
indices-error-compute = Der Index ließ sich mit diesen Daten nicht berechnen: { $detail }

## ---- MSS options ----
indices-dynamics-given = Die Dynamik-Indikatoren enthalten bereits die Veränderung (Prozentpunkte), wie in den MSS-Tabellen
indices-exclude = Ausgeschlossene Gebiete
indices-exclude-hint = Gebietsschlüssel, durch Komma getrennt: statistische Ausreißer oder Gebiete ohne Daten, die die Berechnung nicht verzerren sollen.
data-field-merge-duplicates = Gebiete mit gleichem Schlüssel zu einem Gebiet zusammenführen
