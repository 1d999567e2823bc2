# Quartier — English (complete)

## Shell
skip-to-content = Skip to content
meta-description = Quartier – platform for integrative neighbourhood development: statistics, action plan, participation, neighbourhood fund and transfer.
nav-main-label = Main navigation
nav-language-label = Choose language
nav-home = Home
nav-quarters = Quarters
nav-areas = Areas
nav-admin = Administration
nav-account = My account
nav-login = Sign in
nav-logout = Sign out
nav-register = Register
nav-about = About Quartier and privacy
fictional-label = Fictional demo city:
fictional-notice = Musterstadt does not exist. All places, people and figures are invented.
footer-about = Quartier is free software (EUPL-1.2) for integrative neighbourhood development with little money.
footer-api = Programming interface (API)
confirm-danger = Really continue? This cannot be undone.
form-errors-title = Please check your entries
save = Save
cancel = Cancel
create = Create
search = Search
revoke = Revoke
yes = yes
no = no

## Start page
home-title = Welcome to Quartier
home-title-city = Neighbourhood development in { $city }
home-intro = City staff, neighbourhood managers, associations, initiatives and residents work together here on lively neighbourhoods – also with little German, little money or no internet.
home-welcome = Hello, { $name }!
home-no-roles = You have no role yet.
home-your-roles = Your roles:
home-quarters = Quarters
home-no-quarters = No quarters have been set up yet.
home-take-part = How to take part
home-step-online = Online: bring in ideas, comment and vote – also under a pseudonym.
home-step-paper = On paper: forms are available at the neighbourhood office; the neighbourhood managers enter them.
home-step-language = In your language: German, English, Arabic, Farsi, Ukrainian, Russian, Turkish and Vietnamese.
home-loop-title = From statistics to impact
loop-statistics = Load small-area statistics and build a transparent need index
loop-selection = Find the areas with special needs and record the selection with its reasons
loop-quarter = Build actors and networks in the quarter
loop-plan = Develop an action plan with fields of action, goals and measures
loop-participation = Involve residents – every contribution gets an answer
loop-fund = Fund small projects from the neighbourhood fund
loop-impact = Measure results and outcomes
loop-transfer = Check what transfers to other quarters and cities

## About
about-what = Quartier helps cities find the quarters with special support needs, build local structures there and check what can be transferred. It follows Leipzig's pilot "Integration durch Initiativmanagement" (INTIGRA, 2017–2019).
about-privacy-title = Privacy
about-privacy = We store only what participation needs. You can show a pseudonym publicly, download your data at any time and delete your account yourself. Survey answers are stored apart from your account.
about-licence-title = Licence
about-licence = Quartier is free software under the European Union Public Licence (EUPL-1.2).

## Quarters and areas
quarters-caption = All quarters
quarter-areas = Statistical areas in the quarter
areas-intro = The city is divided into { $count } statistical areas.
areas-caption = Statistical areas
col-name = Name
col-description = Description
col-areas = Areas
col-key = Key
col-district = District
col-verified = Email confirmed
col-created = Created
col-action = Action
col-time = Time
col-by = By
col-target = Object
col-detail = Details
col-to = Recipient
col-subject = Subject
col-status = Status
col-attempts = Attempts

## Forms
field-email = Email address
field-password = Password
field-new-password = New password
field-password-confirm = Repeat password
field-display-name = Name
field-pseudonym = Pseudonym
field-show-pseudonym = Show my pseudonym publicly instead of my name
field-language = Language
field-digest = Email digest
field-role = Role
field-scope = Scope
field-accept = I have read the privacy notes.
hint-display-name = This is how others see you. You can choose a pseudonym later.
hint-password = At least { $min } characters.
hint-pseudonym = Shown with public contributions when you select it below.
hint-slug = Lower-case letters, digits and hyphens, e.g. "nordvorstadt".
hint-delete-password = For your safety, please enter your password.
digest-off = none
digest-daily = daily
digest-weekly = weekly
scope-city = whole city
scope-quarter = quarter

## Errors in forms
error-email-required = Please enter your email address.
error-email-invalid = Please enter a valid email address, e.g. name@example.org.
error-password-required = Please enter your password.
error-password-short = The password must be at least { $min } characters long.
error-password-is-email = The password must not be your email address.
error-password-mismatch = The two passwords do not match.
error-login-failed = Email address or password is wrong.
error-not-verified = Please confirm your email address first. We have sent you a new link.
error-name-required = Please enter a name.
error-name-long = The name may be at most 80 characters long.
error-pseudonym-long = The pseudonym may be at most 40 characters long.
error-pseudonym-required = Please enter a pseudonym if it should be shown.
error-accept = Please confirm that you have read the privacy notes.
error-token-invalid = This link is invalid or has expired. Please request a new one.
error-slug = Please use only lower-case letters, digits and hyphens.
error-slug-taken = This key is already taken.
error-areas-required = Please choose at least one area.
error-role = Please choose a role.

## Sign-in and registration
login-title = Sign in
login-submit = Sign in
login-forgot = Forgot your password?
login-no-account = No account yet?
register-title = Register
register-intro = With an account you can bring in ideas, comment and vote. You can read without one.
register-submit = Create account
register-done-title = Almost done
register-check-mail = We have sent an email to { $email }. Please click the link in it to confirm your account.
verify-ok-title = Email address confirmed
verify-ok = Thank you! Your email address is confirmed. You can sign in now.
verify-bad-title = Invalid link
verify-bad = This confirmation link is invalid, already used or expired. Sign in to get a new one.
forgot-title = Forgot password
forgot-intro = Enter your email address. We will send you a link to set a new password.
forgot-submit = Send link
forgot-sent = If an account belongs to this address, an email is on its way. The link is valid for one hour.
reset-title = New password
reset-submit = Save password
reset-done = Your password has been changed. All previous sign-ins have been ended.
invite-title = Accept invitation
invite-intro = You have been invited as { $role } ({ $email }).
invite-existing = An account already exists for this address. Confirm with your password.
invite-submit = Accept invitation

## Account
account-profile = Profile
account-roles = Roles
account-api = API access
account-api-count = { $count ->
    [one] You have one active API key.
   *[other] You have { $count } active API keys.
}
account-api-create = Create a new API key
account-api-created = Your new API key – it is shown only this once:
account-data = My data
account-export = Download my data (JSON)
account-delete = Delete my account
delete-intro = Your account, roles and sign-ins will be deleted. Public contributions remain without your name.
delete-submit = Delete account permanently
delete-done-title = Account deleted
delete-done = Your account has been deleted. Goodbye!

## Roles
role-admin = Administration
role-lead = Programme lead
role-analyst = Analyst
role-manager = Neighbourhood management
role-jury = Jury
role-actor = Local actor
role-resident = Resident

## Administration
admin-users = Accounts
admin-users-count = { $count } accounts
admin-search = Email or name
admin-grant = Grant role
admin-quarters = Manage quarters
admin-quarters-count = { $count } quarters
admin-quarter-new = New quarter
admin-invitations = Invitations
admin-invitations-text = Invite staff by email
admin-invitations-sent = Invitations sent
admin-invite-submit = Send invitation
admin-invite-sent = An invitation to { $email } is on its way.
admin-audit = Audit log
admin-audit-text = Who changed what, and when?
admin-outbox = Email outbox
admin-outbox-text = Sent and waiting emails

## Error pages
error-code = Error code
error-home = Go to the start page
error-400-title = Request not understood
error-400-text = The request could not be processed. Please try again.
error-403-title = No access
error-403-text = You are not allowed to see this page. If you submitted a form, please reload the page and try again.
error-404-title = Page not found
error-404-text = This page does not exist (any more). The start page may help.
error-429-title = Too many attempts
error-429-text = Please wait a minute and try again.
error-500-title = Something went wrong
error-500-text = An error occurred. Your input is not lost; please try again later.

## Mail
mail-verify-subject = Please confirm your email address
mail-verify-body = Hello,

    please confirm your email address with this link:
    { $link }

    The link is valid for 48 hours. If you did not register, ignore this email.
mail-exists-subject = Registration with your email address
mail-exists-body = Hello,

    somebody tried to register with your email address. You already have an account.
    If you forgot your password: { $link }
mail-reset-subject = New password for Quartier
mail-reset-body = Hello,

    set a new password with this link (valid for one hour):
    { $link }

    If you did not ask for this, ignore this email.
mail-invite-subject = Invitation to Quartier – { $city }
mail-invite-body = Hello,

    you have been invited to Quartier as { $role } for { $city }.
    Accept the invitation with this link (valid for seven days):
    { $link }

## Social monitoring and area selection
nav-monitoring = Social monitoring
nav-decisions = Area selection
monitoring-intro = The city's small-area statistics: which areas have special support needs? Every figure with its source; tables can be exported.
monitoring-catalogue = Indicator catalogue
monitoring-ranking = Ranking by need
monitoring-source = Data source:
polarity-need = higher value = more need
polarity-less = higher value = less need
polarity-neutral = context indicator (not in the index)
col-indicator = Indicator
col-unit = Unit
col-polarity = Direction
col-years = Years
col-source = Source
col-rank = Rank
col-score = Index value
col-rank-interval = Rank interval (90 %)
col-p-top = Probability of highest need
col-year = Year
col-value = Value
col-city-average = City average
col-series = Time series
col-version = Version
col-weight = Weight
all = all
sort-by = Sort by
apply = Apply
export-csv = Download as CSV
ranking-intro = Composite need index (min-max normalisation, equal weights) for { $year }. The intervals show how much the rank moves when weights, normalisation and aggregation vary over { $runs } Monte-Carlo runs.
ranking-indicators = Indicators in the index:
profile-need = Need
profile-rank = Rank { $rank } of { $n } areas in the need index.
profile-interval = In 90 % of the variants the rank lies between { $lo } and { $hi }.
profile-p-top = Probability of belonging to the areas with the highest need: { $p } %.
profile-indicators = All indicators
decisions-intro = Which areas become pilot quarters – and why? The selection decisions with criteria, comparison and rationale are documented here.
decisions-none = No published decision yet.
decision-new = New selection decision
decision-edit = Edit a new version
decision-title = Title
decision-candidates = Candidate areas
decision-criteria = Criteria and weights
decision-chosen = Chosen areas
decision-rationale = Rationale
decision-body = Deciding body
decision-date = Date of the decision
decision-link = Link to the council paper
decision-publish = Show publicly
decision-draft = Draft – not public
decision-comparison = Comparison of the candidates ({ $year })
decision-versions = Versions
decision-create-quarter = Create a quarter from the chosen areas
hint-criteria = Weight per indicator (0 or empty = not considered).
hint-decision-body = e.g. city council, committee for urban development
error-title-required = Please enter a title.
error-unknown-area = An area is unknown.
error-candidates-required = Please choose at least one candidate area.
error-chosen-required = Please choose at least one area.
error-chosen-not-candidate = Chosen areas must also be candidates.
error-criteria-required = Please give at least one criterion a weight.
error-weight = The weight for "{ $indicator }" must be a number from 0 upwards.
error-rationale = Please give reasons for the decision (at least 20 characters).
error-body-required = Please name the deciding body.
error-date = Please enter a date in the format YYYY-MM-DD.
error-link = The link must start with http:// or https://.
map-nav = Maps
map-no-data = no data
map-quarters = Quarters
map-description = Map of the statistical areas; every area links to its profile. The table beside it holds the same values.
map-title-value = { $indicator } { $year }
map-title-need = Need index { $year }
map-title-lisa = Spatial clusters (LISA): { $indicator } { $year }
map-legend-lisa = Local Moran's I, p ≤ 0.05
lisa-hh = high–high (hot spot)
lisa-lh = low–high
lisa-ll = low–low (cold spot)
lisa-hl = high–low
lisa-ns = not significant
map-layer = Layer
map-layer-value = Indicator value
map-layer-need = Need index
map-layer-lisa = Hot spots (LISA)
map-classification = Classification
map-classes = Classes
map-method-quantiles = Quantiles
map-method-equal = Equal intervals
map-method-fisher-jenks = Natural breaks (Fisher-Jenks)
map-method-stddev = Standard deviation
map-download = Download the map as SVG
map-table = Values of the map as a table
map-class = Class
profile-series = Time series compared with the city average
export-xlsx = Download as Excel file (XLSX)
map-download-geojson = Download the areas with their values as GeoJSON
report-link = Report for printing (A4)
report-title = Areas with special support needs in { $city }
report-intro = Area-selection report: need index { $year } with uncertainty analysis ({ $runs } Monte-Carlo runs), spatial clusters and the published decisions.
report-print-hint = Print this page from your browser's print menu; navigation and controls are hidden in print.
report-maps = Maps
report-top = The 15 areas with the highest need

## ---- datasets and uploads ----
nav-city-label = Choose city
data-title = Data
data-intro = Upload area boundaries, indicator tables and existing programme areas for { $city }. Every file is checked first and shown as a preview; nothing is applied until you confirm. Every delivery is kept as its own version.
data-upload-title = Upload new data
data-upload = Upload and check
data-progress = Upload progress
data-field-kind = Kind of data
data-kind-indicators = Indicator table
data-kind-indicators-hint = CSV, TXT, XLSX, ODS or JSON from a statistics API; wide or long, with the year per row, column or column name
data-kind-boundaries = Area boundaries
data-kind-boundaries-hint = GeoJSON, Shapefile (.shp, .dbf, .prj, .cpg) or GeoPackage; also as a ZIP
data-kind-programme-areas = Existing programme areas
data-kind-programme-areas-hint = Areas of programmes such as Social Cohesion, shown as an overlay on the maps
data-field-file = Files
data-hint-file = One or more files, or a ZIP archive. Large files show a progress bar while uploading.
data-field-title = Title (optional)
data-field-source = Source
data-hint-source = Publisher of the data, e.g. "City of Leipzig, Office for Statistics and Elections". Shown under every map and table.
data-field-licence = Licence / attribution
data-hint-licence = e.g. "dl-de/by-2-0" or "CC BY 4.0".
data-settings = Recognition settings (optional)
data-settings-hint = Leave empty to detect automatically. Only fill in when the preview recognised something wrongly.
data-field-key-field = Column or attribute with the area key
data-hint-key-field = For tables the column may also hold the area name.
data-field-name-field = Attribute with the area name
data-field-district-field = Attribute with the district
data-field-crs = Coordinate reference system
data-hint-crs = EPSG code when the file declares none, e.g. 25833.
data-field-year = Year
data-hint-year = For tables without a year.
data-field-sheet = Sheet
data-field-delimiter = Delimiter
data-field-encoding = Character encoding
data-field-decimal = Decimal separator
data-detect = detect automatically
data-delim-semicolon = Semicolon (;)
data-delim-comma = Comma (,)
data-delim-tab = Tab
data-delim-pipe = Vertical bar (|)
data-enc-utf8 = UTF-8
data-enc-1252 = Windows-1252 / ISO-8859-1
data-dec-comma = Comma (1,5)
data-dec-point = Point (1.5)
data-field-new-city = Create a new city (optional)
data-hint-new-city = Name of another city; the data is then stored there instead of in the current city.
data-error-kind = Please choose the kind of data.
data-error-file = Please choose at least one file.
data-versions = Versions
data-none = No data uploaded yet.
data-col-kind = Kind
data-col-version = Version
data-col-title = Title
data-col-status = Status
data-col-errors = Errors
data-col-warnings = Warnings
data-col-by = By
data-col-when = When
data-status-preview = preview
data-status-applied = applied
data-status-discarded = discarded
data-version-title = { $kind }, version { $version }
data-uploaded-by = Uploaded by { $who } for { $city }
data-applied-by = applied by { $who }
data-discarded-by = discarded by { $who }
data-back = Back to the data overview
data-recognised = What was recognised
data-files = Files
data-records = Records read
data-matched = Areas matched
data-new-areas = { $count } new areas (not yet present)
data-unmatched = { $count } keys or names without a matching area (skipped)
data-missing = { $count } existing areas are missing from the file
data-fields = Attributes in the file
data-sample = The first areas of the file
data-fact-format = Format
data-fact-encoding = Character encoding
data-fact-delimiter = Delimiter
data-fact-decimal = Decimal separator
data-fact-sheet = Sheet
data-fact-layout = Layout
data-fact-header = Header in line
data-fact-rows = Data rows
data-fact-footer = Footnote lines
data-fact-file = File
data-fact-key-field = Key attribute
data-fact-crs = Coordinate reference system
data-problems = Problems
data-no-problems = No problems found.
data-problems-caption = { $errors } errors, { $warnings } warnings
data-problems-truncated = There are more problems; the first ones are shown.
data-col-severity = Kind
data-col-file = File
data-col-line = Line
data-col-column = Column
data-col-value = Value
data-col-message = Description
data-severity-error = Error
data-severity-warning = Warning
data-indicators = Apply indicators
data-indicators-caption = Recognised indicators
data-indicators-hint = Choose the indicators to apply and give their name, unit and direction. An existing key adds to or replaces the values of that indicator.
data-col-include = Apply
data-col-in-file = In the file
data-col-key = Key
data-col-name = Name
data-col-unit = Unit
data-col-polarity = Direction
data-col-values = Values
data-col-years = Years
data-col-range = Range
data-include = Apply { $name }
data-key-of = Key for { $name }
data-name-of = Name for { $name }
data-unit-of = Unit for { $name }
data-polarity-of = Direction for { $name }
data-polarity-need = higher = more need
data-polarity-less = higher = less need
data-polarity-neutral = neutral (context)
data-exists = exists
data-apply = Apply
data-reapply = Apply this version again
data-discard = Discard
data-cannot-apply = This version cannot be applied: fix the errors in the file and upload it again.
## ---- index configurations and exports (issue 4) ----
indices-title = Index configurations
indices-intro = An index configuration defines how the need of the areas is measured: with the Berlin "Monitoring Soziale Stadtentwicklung" (MSS) method or as a custom composite index with chosen indicators and weights. Every change is saved as a new version; the results of every version are kept.
indices-new = New index configuration
indices-edit = Edit index configuration (new version)
indices-none = No index configuration has been saved yet.
indices-list = Saved index configurations (newest version of each)
indices-kind = Method
indices-kind-mss = MSS method (Berlin)
indices-kind-composite = Custom composite index
indices-kind-hint = The MSS method uses four status and four dynamics indicators, z-scores and fixed class limits; weights, normalisation and aggregation apply to the custom index only.
indices-on-map = Map
indices-map-link = Show on the map
indices-map-choice = Index configuration
indices-map-title = { $name } ({ $year })
indices-map-legend-mss = Status index (MSS classes)
indices-map-legend-score = Index score (quintiles)
indices-name = Name
indices-choose = – please choose –
indices-composite-indicators = Indicators and weights (custom index)
indices-weights-hint = Choose at least two indicators. Weights are positive numbers; they are rescaled to sum to 1.
indices-normalisation = Normalisation
indices-norm-zscore = z-score
indices-norm-minmax = min-max (0 to 100)
indices-norm-rank = ranks
indices-aggregation = Aggregation
indices-agg-arithmetic = arithmetic mean
indices-agg-geometric = geometric mean
indices-mss-status = MSS status indicators
indices-mss-status-hint = Four indicators of social status in the chosen year (S1 to S4).
indices-mss-dynamics = MSS dynamics indicators
indices-mss-dynamics-hint = Four indicators whose change over { $period } years up to the chosen year measures the dynamics (D1 to D4).
indices-mss-period-text = (change over { $period } years, { $from } to { $to })
indices-population = Population indicator
indices-population-hint = Under the MSS method, areas with fewer than 300 residents are not classified.
indices-no-population = none (classify all areas)
indices-save = Save and compute
indices-indicators = Indicators
indices-results = Results of version { $version }
indices-results-intro = The results were computed and stored when the configuration was saved. The rank interval is the 5–95 % interval of the rank over { $runs } Monte-Carlo runs with varied weights and methods.
indices-status-index = Status index
indices-dynamic-index = Dynamics index
indices-class = Class
indices-class-top = highest need (top 10 %)
indices-class-rest = other areas
indices-mss-status-1 = status high
indices-mss-status-2 = status medium
indices-mss-status-3 = status low
indices-mss-status-4 = status very low
indices-mss-dynamic-positive = dynamics positive
indices-mss-dynamic-stable = dynamics stable
indices-mss-dynamic-negative = dynamics negative
indices-versions = Versions
indices-old-version = You are looking at the older version { $version }.
indices-show-newest = Show the newest version
indices-filter-top = highest need (top { $share } %)
indices-filter-likely = probably highest need (at least 50 %)
indices-filter-mss = { $name }: { $class }
indices-error-name = Please enter a name.
indices-error-name-long = The name may be at most 120 characters long.
indices-error-kind = Please choose a method.
indices-error-year = Please choose a year for which data exist.
indices-error-year-period = The dynamics need data from { $year }; please choose a later year.
indices-error-indicators = Please choose at least two indicators.
indices-error-weight = The weight of "{ $indicator }" must be a positive number (at most 1000).
indices-error-normalisation = Please choose a normalisation.
indices-error-aggregation = Please choose an aggregation.
indices-error-unknown-indicator = This indicator is not in the catalogue.
indices-error-duplicate = Each indicator may be used only once.
indices-error-mss_status-missing = Please fill all four MSS status roles (S1 to S4).
indices-error-mss_dynamics-missing = Please fill all four MSS dynamics roles (D1 to D4).
indices-error-compute = The index could not be computed with these data: { $detail }

## ---- MSS options ----
indices-dynamics-given = The dynamics indicators already hold the change (percentage points), as in the MSS tables
indices-exclude = Excluded areas
indices-exclude-hint = Area keys separated by commas: statistical outliers or areas without data that should not distort the calculation.
data-field-merge-duplicates = Merge features that share a key into one area
