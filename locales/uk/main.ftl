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

## ---- action plan (issue 5) ----
plan-title = План дій
plan-overview-title = Плани дій кварталів
plan-overview-intro = Кожен квартал може мати план дій: напрями діяльності, цілі та заходи з вимірюваними показниками, які місто й місцеві учасники втілюють разом.
plan-counts = Напрямів: { $fields }, цілей: { $goals }, заходів: { $measures }
plan-recent = Нещодавно змінені заходи
plan-none = Для цього кварталу план дій ще не опубліковано.
plan-create = Створити план дій
plan-create-hint = Дайте плану назву. Потім додайте напрями діяльності, цілі й заходи; опублікуйте його, коли його погоджено.
plan-of = План дій { $quarter }
plan-intro = Спільний план дій міста та місцевих учасників у кварталі { $quarter }: напрями діяльності, цілі й заходи та стан їх виконання.
plan-draft = Чернетка
plan-draft-notice = Чернетка: видно лише працівникам, ще не опубліковано.
plan-updated = Остання зміна:
plan-views = Подання плану дій
plan-timeline = Графік
plan-dashboard = Поступ
plan-history = Історія змін
plan-compare = Порівняти дати
plan-print = Версія для друку для ради
plan-csv = Таблиця заходів (CSV)
plan-xlsx = Таблиця заходів (Excel)
plan-field-new = Новий напрям діяльності
plan-goal-new = Нова ціль
plan-measure-new = Новий захід
plan-measure-edit = Редагувати захід
plan-edit = редагувати
plan-no-fields = Напрямів діяльності ще немає.
plan-no-measures = У цьому напрямі ще немає заходів.
plan-goals = Цілі
plan-measures-of = Заходи в напрямі { $field }
plan-col-nr = №
plan-col-measure = Захід
plan-col-goal = Ціль
plan-col-lead = Відповідальний
plan-col-period = Період
plan-col-status = Статус
plan-col-priority = Пріоритет
plan-col-baseline = Базове значення
plan-col-target = Цільове значення
plan-col-actual = Фактичне значення
plan-col-as-of = Станом на
plan-col-history = Значення в часі
plan-col-progress = Досягнення цілі
plan-col-what = Що
plan-col-change = Зміна
plan-late = із запізненням
plan-blocked = заблоковано
plan-open-end = безстроково
plan-open-end-short = (безстроково)
plan-settings = Назва та публікація
plan-f-plan-title = Назва плану дій
plan-publish = Опубліковано (видно всім)
plan-f-code = Код
plan-f-name = Назва
plan-f-description = Опис
plan-hint-field-code = Наприклад, HF1.
plan-hint-goal-code = Наприклад, LZ1 для стратегічної цілі або HZ1.1 для операційної.
plan-f-field = Напрям діяльності
plan-f-level = Рівень
plan-f-parent = Вища стратегічна ціль
plan-hint-parent = Лише для операційних цілей.
plan-f-goal-text = Формулювання цілі
plan-none-option = – немає –
plan-level-leitziel = Стратегічна ціль
plan-level-handlungsziel = Операційна ціль
plan-level-output = Результат (output)
plan-level-outcome = Вплив (outcome)
plan-sec-what = Що
plan-sec-who = Хто і для кого
plan-sec-money = Витрати та фінансування
plan-sec-when = Графік і статус
plan-f-nr = Номер
plan-f-title = Назва
plan-f-goal = Ціль
plan-f-lead = Відповідальний (учасник)
plan-lead-other = – інша установа (вкажіть нижче) –
plan-f-lead-text = Відповідальний, якщо це не учасник кварталу
plan-hint-lead-text = Наприклад, відділ міської адміністрації.
plan-f-partners = Партнери
plan-f-groups = Цільові групи
plan-hint-groups = Кілька груп розділяйте комою, напр. Eltern, Neuzugewanderte.
plan-f-place = Місце
plan-f-cost = Витрати (EUR)
plan-hint-cost = Орієнтовні загальні витрати в євро, напр. 12500.
plan-f-funding = Фінансування
plan-hint-funding = Програма підтримки, бюджетна стаття або резервування коштів.
plan-f-secured = Фінансування забезпечено
plan-secured = забезпечено
plan-reserved = за умови затвердження бюджету
plan-f-start = Початок
plan-f-end = Кінець
plan-hint-end = Залиште порожнім для постійних завдань.
plan-f-priority = Пріоритет
plan-priority-1 = 1 – високий
plan-priority-2 = 2 – середній
plan-priority-3 = 3 – низький
plan-f-status = Статус
plan-status-idea = Ідея
plan-status-planned = заплановано
plan-status-running = триває
plan-status-done = завершено
plan-status-permanent = впроваджено на постійній основі
plan-status-dropped = скасовано
plan-f-blocked = Заблоковано (перешкода затримує виконання)
plan-f-note = Примітка
plan-f-status-note = Примітка щодо стану
plan-indicators = Показники
plan-hint-indicators = Показники результату й впливу з базовим і цільовим значенням. Порожні рядки ігноруються.
plan-indicator-n = Показник { $n }
plan-f-ind-name = Показник
plan-f-unit = Одиниця
plan-indicators-caption = Показники: базові, цільові та фактичні значення
plan-no-indicators = Показники не визначено.
plan-milestones = Контрольні точки
plan-no-milestones = Контрольних точок немає.
plan-milestone-done = досягнуто
plan-milestone-open = відкрито
plan-milestone-mark = позначити як досягнуту
plan-milestone-new = Додати контрольну точку
plan-milestone-add = Зберегти контрольну точку
plan-f-ms-title = Контрольна точка
plan-f-due = Термін
plan-back = Назад до: { $plan }
plan-suggested = Запропоновані партнери
plan-suggested-hint = Учасники кварталу, чиї цільові групи збігаються з цільовими групами заходу.
plan-suggested-none = Інших відповідних учасників не знайдено.
plan-suggested-reason = спільні цільові групи: { $groups }
plan-progress = Повідомити про поступ
plan-progress-actual = Фактичне значення показника
plan-progress-status = Статус
plan-f-indicator = Показник
plan-f-value = Фактичне значення
plan-hint-value = Залиште порожнім, якщо змінюєте лише статус.
plan-f-measured-on = Станом на
plan-progress-save = Зберегти поступ
plan-measure-history = Зміни в цьому заході
plan-no-changes = Змін ще не зафіксовано.
plan-created = створено
plan-entity-plan = План
plan-entity-field = Напрям діяльності
plan-entity-goal = Ціль
plan-entity-measure = Захід
plan-history-of = Історія змін: { $plan }
plan-history-intro = Кожна зміна плану фіксується з часом і зміненими значеннями (старе → нове).
plan-timeline-of = Графік: { $plan }
plan-timeline-intro = Смуги показують тривалість кожного заходу, ромби — контрольні точки, вертикальна лінія — сьогоднішній день. Таблиця нижче містить ті самі дані.
plan-legend = Легенда
plan-today = сьогодні
plan-timeline-table = Графік у вигляді таблиці
plan-dashboard-of = Поступ: { $plan }
plan-status-by-field = Заходи за статусом у кожному напрямі
plan-late-measures = Заходи із запізненням
plan-none-late = Жоден захід не запізнюється.
plan-blocked-measures = Заблоковані заходи
plan-none-blocked = Жоден захід не заблоковано.
plan-targets-caption = Цільові та фактичні значення в напрямі { $field }
plan-not-measured = ще не виміряно
plan-compare-of = Порівняння дат: { $plan }
plan-compare-intro = Виберіть два дні: план буде показано таким, яким він був у кожен із них, з усіма відмінностями.
plan-compare-from = План станом на
plan-compare-to = порівняно з
plan-compare-go = Порівняти
plan-compare-status = Заходи за статусом в обидва дні
plan-compare-added = Додано ({ $n })
plan-compare-removed = Вилучено ({ $n })
plan-compare-changed = Змінено ({ $n })
plan-print-intro = План дій для кварталу { $quarter } станом на { $date }. Додаток до проєкту рішення.
plan-total-cost = Орієнтовні загальні витрати на всі заходи: { $sum } €
plan-err-title = Будь ласка, введіть назву.
plan-err-code = Будь ласка, введіть код.
plan-err-code-taken = Цей код уже використано в цьому плані.
plan-err-name = Будь ласка, введіть назву.
plan-err-field = Будь ласка, виберіть напрям діяльності з цього плану.
plan-err-level = Будь ласка, виберіть стратегічну або операційну ціль.
plan-err-parent = Вища ціль має бути стратегічною ціллю цього плану.
plan-err-parent-required = Операційній цілі потрібна вища стратегічна ціль.
plan-err-parent-leit = Стратегічна ціль не має вищої цілі.
plan-err-parent-field = Стратегічна ціль належить до іншого напряму.
plan-err-goal-text = Будь ласка, сформулюйте ціль (щонайменше 5 символів).
plan-err-measure-title = Будь ласка, введіть назву заходу.
plan-err-goal = Такої цілі в цьому плані немає.
plan-err-goal-field = Ціль належить до іншого напряму.
plan-err-actor = Цей учасник не належить до кварталу.
plan-err-lead = Будь ласка, виберіть відповідального учасника або вкажіть установу.
plan-err-cost = Витрати мають бути числом від 0, напр. 12500.
plan-err-date = Будь ласка, введіть правильну дату (РРРР-ММ-ДД).
plan-err-end-before-start = Кінець раніше за початок.
plan-err-priority = Будь ласка, виберіть пріоритет від 1 до 3.
plan-err-status = Будь ласка, виберіть правильний статус.
plan-err-ind-name = Показник { $n }: бракує назви.
plan-err-ind-unknown = Один із показників не належить до цього заходу.
plan-err-ind-values = Показник «{ $name }»: базове й цільове значення мають бути числами, а рівень — правильним.
plan-err-indicator = Будь ласка, виберіть показник цього заходу.
plan-err-value = Фактичне значення має бути числом.
plan-err-future = Дата в майбутньому.
plan-err-nothing = Будь ласка, введіть фактичне значення або змініть статус.
plan-err-ms-title = Будь ласка, назвіть контрольну точку.
plan-err-to-before-from = Друга дата раніше за першу.
