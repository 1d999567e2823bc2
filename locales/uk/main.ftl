# Quartier — Ukrainian (українська)

## Shell
skip-to-content = Перейти до змісту
meta-description = Quartier – платформа для інтегративного розвитку кварталів: статистика, план дій, участь мешканців, фонд кварталу та перенесення досвіду.
nav-main-label = Головне меню
nav-language-label = Вибрати мову
nav-home = Головна
nav-quarters = Квартали
nav-areas = Ділянки
nav-admin = Адміністрування
nav-account = Мій обліковий запис
nav-login = Увійти
nav-logout = Вийти
nav-register = Зареєструватися
nav-about = Про Quartier і захист даних
fictional-label = Вигадане демонстраційне місто:
fictional-notice = Musterstadt не існує. Усі місця, люди та цифри вигадані.
footer-about = Quartier – вільна програма (EUPL-1.2) для інтегративного розвитку кварталів із невеликим бюджетом.
footer-api = Програмний інтерфейс (API)
confirm-danger = Справді продовжити? Це не можна буде скасувати.
form-errors-title = Будь ласка, перевірте введені дані
save = Зберегти
cancel = Скасувати
create = Створити
search = Шукати
revoke = Відкликати
yes = так
no = ні

## Start page
home-title = Ласкаво просимо до Quartier
home-title-city = Розвиток кварталів у { $city }
home-intro = Тут міська адміністрація, управління кварталом, об'єднання, ініціативи, мешканки та мешканці разом роблять сусідство живим. Брати участь можна, навіть якщо ви погано знаєте німецьку, маєте мало грошей або не маєте інтернету.
home-welcome = Вітаємо, { $name }!
home-no-roles = У вас поки що немає ролі.
home-your-roles = Ваші ролі:
home-quarters = Квартали
home-no-quarters = Квартали ще не створено.
home-take-part = Як долучитися
home-step-online = Онлайн: пропонуйте ідеї, коментуйте, голосуйте – можна й під псевдонімом.
home-step-paper = На папері: бланки є в районному офісі (Stadtteilladen); працівники управління кварталом вносять їх у систему.
home-step-language = Вашою мовою: німецькою, англійською, арабською, фарсі, українською, російською, турецькою та в'єтнамською.
home-loop-title = Шлях від статистики до результату
loop-statistics = Завантажити статистику за невеликими територіями та скласти зрозумілий індекс потреб
loop-selection = Знайти ділянки, яким особливо потрібна підтримка, і записати, чому обрано саме їх
loop-quarter = Створити в кварталі мережу учасників і партнерів
loop-plan = Розробити план дій: напрями роботи, цілі та заходи
loop-participation = Залучати мешканців – на кожну пропозицію буде відповідь
loop-fund = Підтримувати невеликі проєкти з фонду кварталу (Verfügungsfonds)
loop-impact = Вимірювати результати та їхній вплив
loop-transfer = Перевіряти, що можна перенести в інші квартали та міста

## About
about-what = Quartier допомагає містам знаходити квартали, яким особливо потрібна підтримка, створювати там місцеві структури та перевіряти, який досвід можна перенести в інші місця. Зразок – пілотний проєкт Лейпцига «Integration durch Initiativmanagement» («Інтеграція через підтримку ініціатив», INTIGRA, 2017–2019).
about-privacy-title = Захист даних
about-privacy = Ми зберігаємо лише те, що потрібно для участі. Ви можете публічно показувати псевдонім, будь-коли завантажити свої дані та самостійно видалити свій обліковий запис. Відповіді на опитування зберігаються окремо від вашого облікового запису.
about-licence-title = Ліцензія
about-licence = Quartier – вільна програма за Публічною ліцензією Європейського Союзу (EUPL-1.2).

## Quarters and areas
quarters-caption = Усі квартали
quarter-areas = Статистичні ділянки в кварталі
areas-intro = { $count ->
    [one] Місто поділено на { $count } статистичну ділянку.
    [few] Місто поділено на { $count } статистичні ділянки.
    [many] Місто поділено на { $count } статистичних ділянок.
   *[other] Місто поділено на { $count } статистичної ділянки.
}
areas-caption = Статистичні ділянки
col-name = Назва
col-description = Опис
col-areas = Ділянки
col-key = Ключ
col-district = Міський район
col-verified = E-mail підтверджено
col-created = Створено
col-action = Дія
col-time = Час
col-by = Хто
col-target = Об'єкт
col-detail = Подробиці
col-to = Одержувач
col-subject = Тема
col-status = Стан
col-attempts = Спроби

## Forms
field-email = Адреса електронної пошти
field-password = Пароль
field-new-password = Новий пароль
field-password-confirm = Повторіть пароль
field-display-name = Ім'я
field-pseudonym = Псевдонім
field-show-pseudonym = Публічно показувати мій псевдонім замість імені
field-language = Мова
field-digest = Зведення електронною поштою
field-role = Роль
field-scope = Де діє
field-accept = Я прочитав(-ла) інформацію про захист даних.
hint-display-name = Так вас бачитимуть інші. Пізніше ви можете вибрати псевдонім.
hint-password = Щонайменше { $min } символів.
hint-pseudonym = Показується у ваших публічних дописах, якщо ви виберете це нижче.
hint-slug = Малі латинські літери, цифри та дефіси, наприклад «nordvorstadt».
hint-delete-password = Для безпеки введіть, будь ласка, свій пароль.
digest-off = не надсилати
digest-daily = щодня
digest-weekly = щотижня
scope-city = усе місто
scope-quarter = квартал

## Errors in forms
error-email-required = Будь ласка, введіть адресу електронної пошти.
error-email-invalid = Будь ласка, введіть правильну адресу електронної пошти, наприклад name@beispiel.de.
error-password-required = Будь ласка, введіть пароль.
error-password-short = Пароль має містити щонайменше { $min } символів.
error-password-is-email = Пароль не повинен збігатися з адресою електронної пошти.
error-password-mismatch = Паролі не збігаються.
error-login-failed = Неправильна адреса електронної пошти або пароль.
error-not-verified = Спочатку підтвердьте, будь ласка, адресу електронної пошти. Ми надіслали вам нове посилання.
error-name-required = Будь ласка, введіть ім'я.
error-name-long = Ім'я може містити не більше 80 символів.
error-pseudonym-long = Псевдонім може містити не більше 40 символів.
error-pseudonym-required = Будь ласка, введіть псевдонім, якщо його потрібно показувати.
error-accept = Будь ласка, підтвердьте, що ви прочитали інформацію про захист даних.
error-token-invalid = Це посилання недійсне або застаріле. Будь ласка, запросіть нове.
error-slug = Використовуйте лише малі латинські літери, цифри та дефіси.
error-slug-taken = Цей ключ уже зайнятий.
error-areas-required = Будь ласка, виберіть принаймні одну ділянку.
error-role = Будь ласка, виберіть роль.

## Sign-in and registration
login-title = Вхід
login-submit = Увійти
login-forgot = Забули пароль?
login-no-account = Ще немає облікового запису?
register-title = Реєстрація
register-intro = З обліковим записом ви можете пропонувати ідеї, коментувати та голосувати. Читати можна й без нього.
register-submit = Створити обліковий запис
register-done-title = Майже готово
register-check-mail = Ми надіслали лист на адресу { $email }. Будь ласка, натисніть на посилання в листі, щоб підтвердити обліковий запис.
verify-ok-title = Адресу електронної пошти підтверджено
verify-ok = Дякуємо! Вашу адресу електронної пошти підтверджено. Тепер ви можете увійти.
verify-bad-title = Посилання недійсне
verify-bad = Це посилання для підтвердження недійсне, уже використане або застаріле. Увійдіть, щоб отримати нове.
forgot-title = Забули пароль
forgot-intro = Введіть адресу електронної пошти. Ми надішлемо вам посилання, за яким можна встановити новий пароль.
forgot-submit = Отримати посилання
forgot-sent = Якщо з цією адресою пов'язаний обліковий запис, лист уже надіслано. Посилання дійсне одну годину.
reset-title = Новий пароль
reset-submit = Зберегти пароль
reset-done = Ваш пароль змінено. Усі попередні входи в систему завершено.
invite-title = Прийняти запрошення
invite-intro = Вас запросили в ролі «{ $role }» ({ $email }).
invite-existing = Для цієї адреси вже є обліковий запис. Підтвердьте своїм паролем.
invite-submit = Прийняти запрошення

## Account
account-profile = Профіль
account-roles = Ролі
account-api = Доступ до API
account-api-count = { $count ->
    [one] У вас { $count } активний API-ключ.
    [few] У вас { $count } активні API-ключі.
    [many] У вас { $count } активних API-ключів.
   *[other] У вас { $count } активного API-ключа.
}
account-api-create = Створити новий API-ключ
account-api-created = Ваш новий API-ключ – його показано лише цей один раз:
account-data = Мої дані
account-export = Завантажити мої дані (JSON)
account-delete = Видалити мій обліковий запис
delete-intro = Ваш обліковий запис, ролі та входи в систему буде видалено. Публічні дописи залишаться, але без вашого імені.
delete-submit = Видалити обліковий запис назавжди
delete-done-title = Обліковий запис видалено
delete-done = Ваш обліковий запис видалено. До побачення!

## Roles
role-admin = Адміністрування
role-lead = Керівництво програми
role-analyst = Аналітика
role-manager = Управління кварталом
role-jury = Журі
role-actor = Місцевий учасник
role-resident = Мешканка або мешканець

## Administration
admin-users = Облікові записи
admin-users-count = { $count ->
    [one] { $count } обліковий запис
    [few] { $count } облікові записи
    [many] { $count } облікових записів
   *[other] { $count } облікового запису
}
admin-search = E-mail або ім'я
admin-grant = Надати роль
admin-quarters = Керування кварталами
admin-quarters-count = { $count ->
    [one] { $count } квартал
    [few] { $count } квартали
    [many] { $count } кварталів
   *[other] { $count } кварталу
}
admin-quarter-new = Новий квартал
admin-invitations = Запрошення
admin-invitations-text = Запросити працівників електронною поштою
admin-invitations-sent = Надіслані запрошення
admin-invite-submit = Надіслати запрошення
admin-invite-sent = Запрошення на адресу { $email } надіслано.
admin-audit = Журнал змін
admin-audit-text = Хто, коли і що змінив?
admin-outbox = Вихідні листи
admin-outbox-text = Надіслані листи та листи, що чекають на надсилання

## Error pages
error-code = Код помилки
error-home = На головну сторінку
error-400-title = Запит незрозумілий
error-400-text = Не вдалося обробити запит. Будь ласка, спробуйте ще раз.
error-403-title = Немає доступу
error-403-text = У вас немає дозволу на цю сторінку. Якщо ви надсилали форму, оновіть сторінку та спробуйте ще раз.
error-404-title = Сторінку не знайдено
error-404-text = Такої сторінки немає (або вже немає). Можливо, допоможе головна сторінка.
error-429-title = Забагато спроб
error-429-text = Будь ласка, зачекайте хвилину й спробуйте ще раз.
error-500-title = Щось пішло не так
error-500-text = Сталася помилка. Введені вами дані не втрачено; будь ласка, спробуйте пізніше.

## Mail
mail-verify-subject = Будь ласка, підтвердьте адресу електронної пошти
mail-verify-body = Добрий день!

    Будь ласка, підтвердьте адресу електронної пошти за цим посиланням:
    { $link }

    Посилання дійсне 48 годин. Якщо ви не реєструвалися, просто не зважайте на цей лист.
mail-exists-subject = Реєстрація з вашою адресою електронної пошти
mail-exists-body = Добрий день!

    Хтось намагався зареєструватися з вашою адресою електронної пошти. У вас уже є обліковий запис.
    Якщо ви забули пароль: { $link }
mail-reset-subject = Новий пароль для Quartier
mail-reset-body = Добрий день!

    За цим посиланням ви можете встановити новий пароль (посилання дійсне одну годину):
    { $link }

    Якщо ви цього не запитували, просто не зважайте на цей лист.
mail-invite-subject = Запрошення до Quartier – { $city }
mail-invite-body = Добрий день!

    Вас запросили до Quartier у ролі «{ $role }» для міста { $city }.
    Прийміть запрошення за цим посиланням (воно дійсне сім днів):
    { $link }

## Social monitoring and area selection
nav-monitoring = Соціальний моніторинг
nav-decisions = Вибір ділянок
monitoring-intro = Статистика міста за невеликими територіями: яким ділянкам особливо потрібна підтримка? Для всіх цифр зазначено джерело; таблиці можна завантажити.
monitoring-catalogue = Каталог показників
monitoring-ranking = Рейтинг за потребами
monitoring-source = Джерело даних:
polarity-need = що вище значення, то більша потреба
polarity-less = що вище значення, то менша потреба
polarity-neutral = контекстний показник (не входить до індексу)
col-indicator = Показник
col-unit = Одиниця виміру
col-polarity = Напрям
col-years = Роки
col-source = Джерело
col-rank = Місце
col-score = Значення індексу
col-rank-interval = Діапазон місць (90 %)
col-p-top = Імовірність найбільшої потреби
col-year = Рік
col-value = Значення
col-city-average = Середнє для міста
col-series = Часовий ряд
col-version = Версія
col-weight = Вага
all = усі
sort-by = Сортувати за
apply = Застосувати
export-csv = Завантажити у форматі CSV
ranking-intro = Зведений індекс потреб за { $year } рік (нормування min-max, однакові ваги). Інтервали показують, наскільки може змінитися місце ділянки, якщо ваги, спосіб нормування та спосіб об'єднання показників випадково змінювати { $runs ->
    [one] в { $runs } прогоні
   *[other] в { $runs } прогонах
} методом Монте-Карло.
ranking-indicators = Показники в індексі:
profile-need = Потреба
profile-rank = { $n ->
    [one] Місце { $rank } з { $n } ділянки в індексі потреб.
   *[other] Місце { $rank } з { $n } ділянок в індексі потреб.
}
profile-interval = У 90 % варіантів місце перебуває між { $lo } і { $hi }.
profile-p-top = Імовірність опинитися серед ділянок із найбільшою потребою: { $p } %.
profile-indicators = Усі показники
decisions-intro = Які ділянки стануть пілотними кварталами – і чому? Тут задокументовано рішення про вибір: критерії, порівняння та обґрунтування.
decisions-none = Опублікованих рішень поки що немає.
decision-new = Нове рішення про вибір
decision-edit = Змінити (нова версія)
decision-title = Назва
decision-candidates = Ділянки-кандидати
decision-criteria = Критерії та ваги
decision-chosen = Вибрані ділянки
decision-rationale = Обґрунтування
decision-body = Орган, що ухвалив рішення
decision-date = Дата рішення
decision-link = Посилання на документ міської ради (Ratsvorlage)
decision-publish = Показувати публічно
decision-draft = Чернетка – не опубліковано
decision-comparison = Порівняння кандидатів ({ $year })
decision-versions = Версії
decision-create-quarter = Створити квартал із вибраних ділянок
hint-criteria = Вага для кожного показника (0 або порожньо = не враховується).
hint-decision-body = наприклад, міська рада, комітет з міського розвитку та будівництва
error-title-required = Будь ласка, введіть назву.
error-unknown-area = Одна з ділянок невідома.
error-candidates-required = Будь ласка, виберіть принаймні одну ділянку-кандидата.
error-chosen-required = Будь ласка, виберіть принаймні одну ділянку.
error-chosen-not-candidate = Вибрані ділянки мають бути також серед кандидатів.
error-criteria-required = Будь ласка, задайте вагу принаймні для одного критерію.
error-weight = Вага для «{ $indicator }» має бути числом, не меншим за 0.
error-rationale = Будь ласка, обґрунтуйте рішення (щонайменше 20 символів).
error-body-required = Будь ласка, зазначте орган, що ухвалив рішення.
error-date = Будь ласка, введіть дату у форматі РРРР-ММ-ДД.
error-link = Посилання має починатися з http:// або https://.
map-nav = Карти
map-no-data = немає даних
map-quarters = Квартали
map-description = Карта статистичних ділянок; кожна ділянка – посилання на її профіль. Таблиця поруч містить ті самі значення.
map-title-value = { $indicator } { $year }
map-title-need = Індекс потреб { $year }
map-title-lisa = Просторові кластери (LISA): { $indicator } { $year }
map-legend-lisa = Локальний індекс Moran's I, p ≤ 0,05
lisa-hh = високий–високий (гаряча точка)
lisa-lh = низький–високий
lisa-ll = низький–низький (холодна точка)
lisa-hl = високий–низький
lisa-ns = статистично не значуще
map-layer = Шар
map-layer-value = Значення показника
map-layer-need = Індекс потреб
map-layer-lisa = Гарячі точки (LISA)
map-classification = Поділ на класи
map-classes = Кількість класів
map-method-quantiles = Квантилі (у кожному класі однакова кількість ділянок)
map-method-equal = Рівні інтервали
map-method-fisher-jenks = Природні межі (Fisher-Jenks)
map-method-stddev = Стандартне відхилення
map-download = Завантажити карту у форматі SVG
map-table = Значення карти у вигляді таблиці
map-class = Клас
profile-series = Часові ряди порівняно із середнім для міста
export-xlsx = Завантажити як файл Excel (XLSX)
map-download-geojson = Завантажити ділянки зі значеннями як GeoJSON
report-link = Звіт для друку (A4)
report-title = Ділянки з особливою потребою в підтримці в { $city }
report-intro = Звіт про вибір ділянок: індекс потреб { $year } з аналізом невизначеності ({ $runs } прогонів Монте-Карло), просторові кластери та опубліковані рішення.
report-print-hint = Надрукуйте цю сторінку через меню друку браузера; навігація та елементи керування при друці приховуються.
report-maps = Карти
report-top = 15 ділянок з найбільшою потребою

## ---- datasets and uploads ----
nav-city-label = Вибрати місто
data-title = Дані
data-intro = Завантажте межі ділянок, таблиці показників і наявні території програм підтримки для міста { $city }. Кожен файл спочатку перевіряється й показується як попередній перегляд; нічого не застосовується без вашого підтвердження. Кожна поставка даних зберігається як окрема версія.
data-upload-title = Завантажити нові дані
data-upload = Завантажити й перевірити
data-progress = Перебіг завантаження
data-field-kind = Тип даних
data-kind-indicators = Таблиця показників
data-kind-indicators-hint = CSV, TXT, XLSX, ODS або JSON зі статистичного API; широкий або довгий формат, з роком у рядку, стовпці чи назві стовпця
data-kind-boundaries = Межі ділянок
data-kind-boundaries-hint = GeoJSON, Shapefile (.shp, .dbf, .prj, .cpg) або GeoPackage; також у ZIP-архіві
data-kind-programme-areas = Наявні території програм підтримки
data-kind-programme-areas-hint = Території програм, як-от «Соціальна згуртованість», що накладаються на карти
data-field-file = Файли
data-hint-file = Один або кілька файлів чи ZIP-архів. Під час завантаження великих файлів відображається індикатор перебігу.
data-field-title = Назва (необов'язково)
data-field-source = Джерело
data-hint-source = Видавець даних, наприклад «Місто Лейпциг, Управління статистики та виборів». Відображається під кожною картою й таблицею.
data-field-licence = Ліцензія / зазначення авторства
data-hint-licence = Наприклад, «dl-de/by-2-0» або «CC BY 4.0».
data-settings = Налаштування розпізнавання (необов'язково)
data-settings-hint = Залиште порожнім для автоматичного розпізнавання. Заповнюйте лише тоді, коли попередній перегляд щось розпізнав неправильно.
data-field-key-field = Стовпець або атрибут із ключем ділянки
data-hint-key-field = У таблицях стовпець може містити й назву ділянки.
data-field-name-field = Атрибут із назвою ділянки
data-field-district-field = Атрибут із міським районом
data-field-crs = Система координат
data-hint-crs = Код EPSG, якщо у файлі його не зазначено, наприклад 25833.
data-field-year = Рік
data-hint-year = Для таблиць без зазначення року.
data-field-sheet = Аркуш
data-field-delimiter = Роздільник
data-field-encoding = Кодування символів
data-field-decimal = Десятковий роздільник
data-detect = визначити автоматично
data-delim-semicolon = Крапка з комою (;)
data-delim-comma = Кома (,)
data-delim-tab = Табуляція
data-delim-pipe = Вертикальна риска (|)
data-enc-utf8 = UTF-8
data-enc-1252 = Windows-1252 / ISO-8859-1
data-dec-comma = Кома (1,5)
data-dec-point = Крапка (1.5)
data-field-new-city = Створити нове місто (необов'язково)
data-hint-new-city = Назва іншого міста; тоді дані зберігаються там, а не в поточному місті.
data-error-kind = Виберіть тип даних.
data-error-file = Виберіть щонайменше один файл.
data-versions = Версії
data-none = Дані ще не завантажено.
data-col-kind = Тип
data-col-version = Версія
data-col-title = Назва
data-col-status = Стан
data-col-errors = Помилки
data-col-warnings = Попередження
data-col-by = Ким
data-col-when = Коли
data-status-preview = попередній перегляд
data-status-applied = застосовано
data-status-discarded = відхилено
data-version-title = { $kind }, версія { $version }
data-uploaded-by = Завантажено користувачем { $who } для міста { $city }
data-applied-by = застосовано користувачем { $who }
data-discarded-by = відхилено користувачем { $who }
data-back = Назад до огляду даних
data-recognised = Що розпізнано
data-files = Файли
data-records = Прочитані записи
data-matched = Зіставлені ділянки
data-new-areas = Нові ділянки (ще не існують): { $count }
data-unmatched = Ключі або назви без відповідної ділянки (буде пропущено): { $count }
data-missing = Наявні ділянки, яких немає у файлі: { $count }
data-fields = Атрибути у файлі
data-sample = Перші ділянки файлу
data-fact-format = Формат
data-fact-encoding = Кодування символів
data-fact-delimiter = Роздільник
data-fact-decimal = Десятковий роздільник
data-fact-sheet = Аркуш
data-fact-layout = Структура
data-fact-header = Заголовок у рядку
data-fact-rows = Рядки даних
data-fact-footer = Рядки приміток
data-fact-file = Файл
data-fact-key-field = Атрибут ключа
data-fact-crs = Система координат
data-problems = Проблеми
data-no-problems = Проблем не виявлено.
data-problems-caption = Помилки: { $errors }, попередження: { $warnings }
data-problems-truncated = Є й інші проблеми; показано лише перші.
data-col-severity = Тип
data-col-file = Файл
data-col-line = Рядок
data-col-column = Стовпець
data-col-value = Значення
data-col-message = Опис (англійською)
data-severity-error = Помилка
data-severity-warning = Попередження
data-indicators = Застосувати показники
data-indicators-caption = Розпізнані показники
data-indicators-hint = Виберіть показники, які слід застосувати, і вкажіть їхню назву, одиницю виміру та напрям. Якщо ключ уже існує, значення цього показника доповнюються або замінюються.
data-col-include = Застосувати
data-col-in-file = У файлі
data-col-key = Ключ
data-col-name = Назва
data-col-unit = Одиниця виміру
data-col-polarity = Напрям
data-col-values = Значення
data-col-years = Роки
data-col-range = Діапазон
data-include = Застосувати { $name }
data-key-of = Ключ для { $name }
data-name-of = Назва для { $name }
data-unit-of = Одиниця виміру для { $name }
data-polarity-of = Напрям для { $name }
data-polarity-need = що вище, то більша потреба
data-polarity-less = що вище, то менша потреба
data-polarity-neutral = нейтральний (контекст)
data-exists = існує
data-apply = Застосувати
data-reapply = Застосувати цю версію ще раз
data-discard = Відхилити
data-cannot-apply = Цю версію неможливо застосувати: виправте помилки у файлі та завантажте його повторно.
## ---- index configurations and exports (issue 4) ----
indices-title = Конфігурації індексу
indices-intro = Конфігурація індексу визначає, як вимірюється потреба районів: за берлінським методом «Моніторинг соціального розвитку міста» (MSS) або як власний складений індекс з обраними індикаторами та вагами. Кожна зміна зберігається як нова версія; результати кожної версії зберігаються.
indices-new = Нова конфігурація індексу
indices-edit = Редагувати конфігурацію індексу (нова версія)
indices-none = Ще немає збереженої конфігурації індексу.
indices-list = Збережені конфігурації індексу (найновіша версія кожної)
indices-kind = Метод
indices-kind-mss = Метод MSS (Берлін)
indices-kind-composite = Власний складений індекс
indices-kind-hint = Метод MSS використовує чотири індикатори статусу та чотири індикатори динаміки, z-стандартизацію та фіксовані межі класів; ваги, нормалізація та агрегація стосуються лише власного індексу.
indices-on-map = Карта
indices-map-link = Показати на карті
indices-map-choice = Конфігурація індексу
indices-map-title = { $name } ({ $year })
indices-map-legend-mss = Індекс статусу (класи MSS)
indices-map-legend-score = Значення індексу (квінтилі)
indices-name = Назва
indices-choose = – оберіть –
indices-composite-indicators = Індикатори та ваги (власний індекс)
indices-weights-hint = Оберіть щонайменше два індикатори. Ваги — додатні числа; вони перераховуються так, щоб їхня сума дорівнювала 1.
indices-normalisation = Нормалізація
indices-norm-zscore = z-стандартизація
indices-norm-minmax = мін-макс (від 0 до 100)
indices-norm-rank = ранги
indices-aggregation = Агрегація
indices-agg-arithmetic = середнє арифметичне
indices-agg-geometric = середнє геометричне
indices-mss-status = Індикатори статусу MSS
indices-mss-status-hint = Чотири індикатори соціального статусу в обраному році (S1–S4).
indices-mss-dynamics = Індикатори динаміки MSS
indices-mss-dynamics-hint = Чотири індикатори, зміна яких за { $period } роки до обраного року вимірює динаміку (D1–D4).
indices-mss-period-text = (зміна за { $period } роки, з { $from } до { $to })
indices-population = Індикатор населення
indices-population-hint = За методом MSS райони з населенням менше 300 осіб не класифікуються.
indices-no-population = немає (класифікувати всі райони)
indices-save = Зберегти й обчислити
indices-indicators = Індикатори
indices-results = Результати версії { $version }
indices-results-intro = Результати обчислено та збережено під час збереження конфігурації. Діапазон рангу — це інтервал 5–95 % рангу за { $runs } прогонів Монте-Карло зі зміненими вагами та методами.
indices-status-index = Індекс статусу
indices-dynamic-index = Індекс динаміки
indices-class = Клас
indices-class-top = найвища потреба (верхні 10 %)
indices-class-rest = інші райони
indices-mss-status-1 = статус високий
indices-mss-status-2 = статус середній
indices-mss-status-3 = статус низький
indices-mss-status-4 = статус дуже низький
indices-mss-dynamic-positive = динаміка позитивна
indices-mss-dynamic-stable = динаміка стабільна
indices-mss-dynamic-negative = динаміка негативна
indices-versions = Версії
indices-old-version = Ви переглядаєте старішу версію { $version }.
indices-show-newest = Показати найновішу версію
indices-filter-top = найвища потреба (верхні { $share } %)
indices-filter-likely = ймовірно найвища потреба (щонайменше 50 %)
indices-filter-mss = { $name }: { $class }
indices-error-name = Будь ласка, введіть назву.
indices-error-name-long = Назва може містити не більше 120 символів.
indices-error-kind = Будь ласка, оберіть метод.
indices-error-year = Будь ласка, оберіть рік, за який є дані.
indices-error-year-period = Для динаміки потрібні дані за { $year } рік; оберіть пізніший рік.
indices-error-indicators = Будь ласка, оберіть щонайменше два індикатори.
indices-error-weight = Вага для «{ $indicator }» має бути додатним числом (не більше 1000).
indices-error-normalisation = Будь ласка, оберіть нормалізацію.
indices-error-aggregation = Будь ласка, оберіть агрегацію.
indices-error-unknown-indicator = Цього індикатора немає в каталозі.
indices-error-duplicate = Кожен індикатор можна використати лише один раз.
indices-error-mss_status-missing = Будь ласка, заповніть усі чотири ролі статусу MSS (S1–S4).
indices-error-mss_dynamics-missing = Будь ласка, заповніть усі чотири ролі динаміки MSS (D1–D4).
indices-error-compute = Індекс не вдалося обчислити з цими даними: { $detail }

## ---- MSS options ----
indices-dynamics-given = Індикатори динаміки вже містять зміну (у відсоткових пунктах), як у таблицях MSS
indices-exclude = Виключені ділянки
indices-exclude-hint = Ключі ділянок через кому: статистичні викиди або ділянки без даних, які не повинні спотворювати розрахунок.
data-field-merge-duplicates = Об’єднати об’єкти з однаковим ключем в одну ділянку
