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

## ---- civic structures ----
civic-actors = Учасники
civic-actors-title = Учасники в { $quarter }
civic-actors-intro = { $count } об'єднань, ініціатив, установ і людей, активних у кварталі.
civic-actor = Учасник
civic-actor-new = Додати учасника
civic-actor-edit = Редагувати { $name }
civic-nav-label = Місцеві структури
civic-none = Записів ще немає.
civic-unpublished = не опубліковано
civic-internal = внутрішнє
civic-edit = Редагувати
civic-choose = – оберіть –
civic-name = Назва
civic-kind = Тип
civic-description = Опис
civic-description-easy = Опис простою мовою
civic-hint-easy = Необов'язково: короткі речення, прості слова. Показується з позначкою «Проста мова».
civic-easy-label = Проста мова
civic-address = Адреса
civic-lat = Широта
civic-lon = Довгота
civic-hint-coord = Позиція на мапі (WGS 84, напр. 51.3397 і 12.3731); залиште порожнім, якщо невідомо.
civic-location = Розташування
civic-languages = Мови
civic-language = Мова
civic-target-groups = Цільові групи
civic-target-group = Цільова група
civic-hint-list = Кілька значень розділяйте комами.
civic-opening-hours = Години роботи
civic-email = Ел. пошта
civic-phone = Телефон
civic-website = Вебсайт
civic-barrier-free = Приміщення без бар'єрів (без сходів)
civic-barrier-free-yes = доступ без сходів
civic-barrier-free-no = немає доступу без сходів
civic-accessibility = Доступність приміщень
civic-public-fields = Публічно видимі дані
civic-hint-public = Непозначені дані бачать лише менеджмент кварталу та представники учасника.
civic-published = Показувати в публічному довіднику
civic-published-offer = Показувати в публічному довіднику
civic-field-description = Опис
civic-field-address = Адреса
civic-field-location = Позиція на мапі
civic-field-languages = Мови
civic-field-target_groups = Цільові групи
civic-field-opening_hours = Години роботи
civic-field-email = Ел. пошта
civic-field-phone = Телефон
civic-field-website = Вебсайт
civic-field-accessibility = Доступність
civic-kind-association = Об'єднання
civic-kind-initiative = Ініціатива
civic-kind-individual = Особа
civic-kind-school = Школа
civic-kind-kita = Дитсадок
civic-kind-religious_community = Релігійна громада
civic-kind-migrant_organisation = Організація мігрантів
civic-kind-housing_company = Житлова компанія
civic-kind-library = Бібліотека
civic-kind-sports_club = Спортивний клуб
civic-kind-counselling_centre = Консультаційний центр
civic-kind-community_centre = Районний або молодіжний центр
civic-kind-public_office = Установа
civic-kind-neighbourhood_management = Менеджмент кварталу
civic-kind-business = Підприємство
civic-lang-de = німецька
civic-lang-en = англійська
civic-lang-ar = арабська
civic-lang-fa = перська
civic-lang-uk = українська
civic-lang-ru = російська
civic-lang-tr = турецька
civic-lang-vi = в'єтнамська
civic-lang-ku = курдська
civic-lang-fr = французька
civic-lang-pl = польська
civic-offers = Пропозиції
civic-needs = Потреби
civic-offer-new = Додати пропозицію
civic-need-new = Додати потребу
civic-offer-new-for = Нова пропозиція від { $name }
civic-need-new-for = Нова потреба { $name }
civic-item-edit = Редагувати «{ $title }»
civic-category = Тема
civic-cat-course = Курси та групи
civic-cat-language = Мовні курси та мовна підтримка
civic-cat-counselling = Консультації
civic-cat-room = Приміщення
civic-cat-equipment = Обладнання напрокат
civic-cat-volunteering = Волонтерство
civic-cat-meeting = Зустрічі та заходи
civic-title = Назва
civic-title-en = Назва англійською (необов'язково)
civic-original-title = Оригінальна назва
civic-schedule = Час
civic-cost = Вартість
civic-cost-free = безкоштовно
civic-cost-low = недорого
civic-cost-paid = платно
civic-place = Місце
civic-hint-place = Залиште порожнім, щоб використати адресу учасника.
civic-import = Імпорт списку учасників
civic-import-intro = Завантажте наявний список як файл CSV або Excel. Спершу ви побачите попередній перегляд з усіма проблемами; нічого не зберігається до вашого підтвердження.
civic-import-columns = Розпізнані стовпці (перший рядок):
civic-import-file = Файл (CSV, XLSX або ODS)
civic-import-hint = Обов'язкові стовпці: назва і тип. Мови кодами (de, ar, …), через кому.
civic-import-preview = Показати попередній перегляд
civic-import-preview-title = Попередній перегляд імпорту
civic-import-summary = { $file }: можна імпортувати { $ok } рядків, знайдено проблем: { $problems }.
civic-import-problems = Проблеми у файлі
civic-import-rows = Рядки для імпорту
civic-import-confirm = Імпортувати учасників: { $count }
civic-import-again = Завантажити інший файл
civic-import-unreadable = Файл не вдається прочитати: { $detail }
civic-import-empty = Файл не містить рядків.
civic-import-unknown-column = Невідомий стовпець, буде проігноровано.
civic-import-missing-column = Бракує обов'язкового стовпця.
civic-import-too-many = Понад { $max } рядків; розділіть файл.
civic-import-no-file = Оберіть файл.
civic-import-invalid = Попередній перегляд недійсний або порожній. Завантажте файл ще раз.
civic-row = Рядок
civic-column = Стовпець
civic-problem = Проблема
civic-error-name = Введіть назву.
civic-error-title = Введіть заголовок.
civic-error-too-long = Текст задовгий (не більше 200 символів).
civic-error-kind = Оберіть відомий тип.
civic-error-category = Оберіть тему.
civic-error-cost = Оберіть вартість.
civic-error-coord = Введіть правильну координату (десяткове число, напр. 51.3397).
civic-error-coord-pair = Вкажіть широту й довготу разом.
civic-error-language = Невідомий код мови; дозволено de, en, ar, fa, uk, ru, tr, vi, ku, fr, pl.
civic-error-email = Введіть правильну адресу ел. пошти.
civic-error-website = Вебсайт має починатися з https:// або http://.
civic-error-yes-no = Напишіть «так» або «ні» (ja/nein).
civic-error-actor = Оберіть учасника.
civic-error-same-actor = Для співпраці потрібні два різні учасники.
civic-error-link-kind = Опишіть вид співпраці.
civic-error-year = Введіть рік між 1900 і поточним.
civic-error-datetime = Введіть дату й час (РРРР-ММ-ДДTГГ:ХХ).
civic-error-ends = Кінець має бути після початку.
civic-matching = Відповідні пропозиції
civic-matching-title = Відповідні пропозиції для потреб у { $quarter }
civic-matching-intro = Для кожної потреби Quartier пропонує пропозиції інших учасників на ту саму тему з поясненням причин.
civic-matching-none = Відповідної пропозиції не знайдено.
civic-reason-category = та сама тема
civic-reason-languages = спільні мови: { $languages }
civic-reason-groups = ті самі цільові групи: { $groups }
civic-reason-free = безкоштовно
civic-reason-near = поруч: { $metres } м
civic-network = Мережа співпраці
civic-network-title = Мережа співпраці в { $quarter }
civic-network-intro = Хто з ким співпрацює? Кола — учасники, лінії — активна співпраця. Кольори показують пов'язані групи, товсті контури — найважливіших посередників.
civic-network-figure = Мережа учасників; кожен учасник — посилання на його сторінку
civic-network-caption = Таблиця нижче містить ті самі дані.
civic-network-table = Учасники з групою, кількістю співпраць і показником посередництва
civic-node-label = { $name }: співпраць — { $links }
civic-active-links = Активна співпраця
civic-density = Щільність
civic-density-pct = Щільність у %
civic-clusters = Групи
civic-cluster = Група
civic-isolated = Учасники без співпраці
civic-brokers = Посередники (найвищий показник посередництва)
civic-degree = Співпраці
civic-betweenness = Показник посередництва
civic-growth = Розвиток за роками
civic-chart-links = Активна співпраця за роками
civic-chart-density = Щільність мережі за роками
civic-links = Співпраця
civic-links-caption = Уся співпраця з початком і статусом
civic-link-actors = Учасники
civic-link-kind = Вид співпраці
civic-link-measure = Через який захід
civic-since = З (рік)
civic-status = Статус
civic-ended = завершено { $year }
civic-end-link = Завершити
civic-link-new = Записати співпрацю
civic-link-a = Перший учасник
civic-link-b = Другий учасник
civic-link-save = Зберегти співпрацю
civic-directory = Пропозиції по сусідству
civic-directory-intro = Знайдіть курси, консультації, місця зустрічей і допомогу поруч — за темою, мовою та цільовою групою.
civic-search-label = Пошук пропозицій
civic-search-words = Слова для пошуку
civic-search = Шукати
civic-any = усі
civic-anywhere = будь-де
civic-near = Поблизу
civic-free-only = Лише безкоштовні пропозиції
civic-results = Знайдено пропозицій: { $count }
civic-no-results = Пропозицій не знайдено. Спробуйте менше фільтрів.
civic-distance = { $metres } м
civic-map = Мапа знайдених пропозицій
civic-map-caption = Точки — пропозиції цієї сторінки; кожна точка — посилання. Список вище містить ті самі пропозиції.
civic-pages = Сторінки
civic-prev = Попередня сторінка
civic-next = Наступна сторінка
civic-page-of = Сторінка { $page } з { $pages }
civic-calendar = Календар подій
civic-calendar-intro = Події учасників у кварталах. Час — за місцевим часом Німеччини.
civic-months = Місяці
civic-prev-month = Попередній місяць
civic-next-month = Наступний місяць
civic-no-events = Цього місяця подій немає.
civic-organiser = Організатор
civic-no-organiser = – без організатора –
civic-subscribe = Підписатися на календар
civic-subscribe-hint = Ці адреси можна додати в застосунок календаря (iCal).
civic-ics-all = Усі події (iCal)
civic-ics-quarter = Події в { $quarter } (iCal)
civic-event-new = Додати подію
civic-event-new-in = Нова подія в { $quarter }
civic-event-edit = Редагувати «{ $title }»
civic-starts = Початок
civic-ends = Кінець
civic-hint-datetime = Місцевий час Німеччини.
civic-nav-directory = Пропозиції
civic-nav-calendar = Календар
