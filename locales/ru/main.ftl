# Quartier — Russian (русский)

## Shell
skip-to-content = Перейти к содержанию
meta-description = Quartier – платформа для интегративного развития кварталов: статистика, план действий, участие жителей, фонд квартала и перенос опыта.
nav-main-label = Главное меню
nav-language-label = Выбрать язык
nav-home = Главная
nav-quarters = Кварталы
nav-areas = Участки
nav-admin = Администрирование
nav-account = Мой аккаунт
nav-login = Войти
nav-logout = Выйти
nav-register = Зарегистрироваться
nav-about = О Quartier и защите данных
fictional-label = Вымышленный демонстрационный город:
fictional-notice = Musterstadt не существует. Все места, люди и цифры придуманы.
footer-about = Quartier – свободная программа (EUPL-1.2) для интегративного развития кварталов при небольшом бюджете.
footer-api = Программный интерфейс (API)
confirm-danger = Точно продолжить? Это нельзя будет отменить.
form-errors-title = Пожалуйста, проверьте введённые данные
save = Сохранить
cancel = Отмена
create = Создать
search = Найти
revoke = Отозвать
yes = да
no = нет

## Start page
home-title = Добро пожаловать в Quartier
home-title-city = Развитие кварталов в { $city }
home-intro = Здесь городская администрация, управление кварталом, объединения, инициативы, жительницы и жители вместе делают соседство живым. Участвовать можно, даже если вы плохо знаете немецкий, у вас мало денег или нет интернета.
home-welcome = Здравствуйте, { $name }!
home-no-roles = У вас пока нет роли.
home-your-roles = Ваши роли:
home-quarters = Кварталы
home-no-quarters = Кварталы ещё не созданы.
home-take-part = Как принять участие
home-step-online = Онлайн: предлагайте идеи, комментируйте, голосуйте – можно и под псевдонимом.
home-step-paper = На бумаге: бланки лежат в районном офисе (Stadtteilladen); сотрудники управления кварталом вносят их в систему.
home-step-language = На вашем языке: немецком, английском, арабском, фарси, украинском, русском, турецком и вьетнамском.
home-loop-title = Путь от статистики к результату
loop-statistics = Загрузить статистику по небольшим территориям и составить понятный индекс потребностей
loop-selection = Найти участки, которым особенно нужна поддержка, и записать, почему выбраны именно они
loop-quarter = Создать в квартале сеть участников и партнёров
loop-plan = Разработать план действий: направления работы, цели и меры
loop-participation = Вовлекать жителей – на каждое предложение будет ответ
loop-fund = Поддерживать небольшие проекты из фонда квартала (Verfügungsfonds)
loop-impact = Измерять результаты и их влияние
loop-transfer = Проверять, что можно перенести в другие кварталы и города

## About
about-what = Quartier помогает городам находить кварталы, которым особенно нужна поддержка, создавать там местные структуры и проверять, какой опыт можно перенести в другие места. Образец – пилотный проект Лейпцига «Integration durch Initiativmanagement» («Интеграция через поддержку инициатив», INTIGRA, 2017–2019).
about-privacy-title = Защита данных
about-privacy = Мы храним только то, что нужно для участия. Вы можете публично показывать псевдоним, в любое время скачать свои данные и сами удалить свой аккаунт. Ответы на опросы хранятся отдельно от вашего аккаунта.
about-licence-title = Лицензия
about-licence = Quartier – свободная программа под Публичной лицензией Европейского союза (EUPL-1.2).

## Quarters and areas
quarters-caption = Все кварталы
quarter-areas = Статистические участки в квартале
areas-intro = { $count ->
    [one] Город разделён на { $count } статистический участок.
    [few] Город разделён на { $count } статистических участка.
    [many] Город разделён на { $count } статистических участков.
   *[other] Город разделён на { $count } статистического участка.
}
areas-caption = Статистические участки
col-name = Название
col-description = Описание
col-areas = Участки
col-key = Ключ
col-district = Городской район
col-verified = E-mail подтверждён
col-created = Создано
col-action = Действие
col-time = Время
col-by = Кто
col-target = Объект
col-detail = Подробности
col-to = Получатель
col-subject = Тема
col-status = Статус
col-attempts = Попытки

## Forms
field-email = Адрес электронной почты
field-password = Пароль
field-new-password = Новый пароль
field-password-confirm = Повторите пароль
field-display-name = Имя
field-pseudonym = Псевдоним
field-show-pseudonym = Публично показывать мой псевдоним вместо имени
field-language = Язык
field-digest = Сводка по электронной почте
field-role = Роль
field-scope = Где действует
field-accept = Я прочитал(а) информацию о защите данных.
hint-display-name = Так вас будут видеть другие. Позже вы можете выбрать псевдоним.
hint-password = Не менее { $min } символов.
hint-pseudonym = Показывается в ваших публичных сообщениях, если вы выберете это ниже.
hint-slug = Строчные латинские буквы, цифры и дефисы, например «nordvorstadt».
hint-delete-password = Для безопасности введите, пожалуйста, свой пароль.
digest-off = не присылать
digest-daily = ежедневно
digest-weekly = еженедельно
scope-city = весь город
scope-quarter = квартал

## Errors in forms
error-email-required = Пожалуйста, введите адрес электронной почты.
error-email-invalid = Пожалуйста, введите правильный адрес электронной почты, например name@beispiel.de.
error-password-required = Пожалуйста, введите пароль.
error-password-short = Пароль должен содержать не менее { $min } символов.
error-password-is-email = Пароль не должен совпадать с адресом электронной почты.
error-password-mismatch = Пароли не совпадают.
error-login-failed = Неверный адрес электронной почты или пароль.
error-not-verified = Сначала подтвердите, пожалуйста, адрес электронной почты. Мы отправили вам новую ссылку.
error-name-required = Пожалуйста, введите имя.
error-name-long = Имя может содержать не более 80 символов.
error-pseudonym-long = Псевдоним может содержать не более 40 символов.
error-pseudonym-required = Пожалуйста, введите псевдоним, если его нужно показывать.
error-accept = Пожалуйста, подтвердите, что вы прочитали информацию о защите данных.
error-token-invalid = Эта ссылка недействительна или устарела. Пожалуйста, запросите новую.
error-slug = Используйте только строчные латинские буквы, цифры и дефисы.
error-slug-taken = Этот ключ уже занят.
error-areas-required = Пожалуйста, выберите хотя бы один участок.
error-role = Пожалуйста, выберите роль.

## Sign-in and registration
login-title = Вход
login-submit = Войти
login-forgot = Забыли пароль?
login-no-account = Ещё нет аккаунта?
register-title = Регистрация
register-intro = С аккаунтом вы можете предлагать идеи, комментировать и голосовать. Читать можно и без аккаунта.
register-submit = Создать аккаунт
register-done-title = Почти готово
register-check-mail = Мы отправили письмо на адрес { $email }. Пожалуйста, нажмите на ссылку в письме, чтобы подтвердить аккаунт.
verify-ok-title = Адрес электронной почты подтверждён
verify-ok = Спасибо! Ваш адрес электронной почты подтверждён. Теперь вы можете войти.
verify-bad-title = Ссылка недействительна
verify-bad = Эта ссылка для подтверждения недействительна, уже использована или устарела. Войдите, чтобы получить новую.
forgot-title = Забыли пароль
forgot-intro = Введите адрес электронной почты. Мы пришлём вам ссылку, по которой можно задать новый пароль.
forgot-submit = Получить ссылку
forgot-sent = Если с этим адресом связан аккаунт, письмо уже отправлено. Ссылка действует один час.
reset-title = Новый пароль
reset-submit = Сохранить пароль
reset-done = Ваш пароль изменён. Все прежние входы в систему завершены.
invite-title = Принять приглашение
invite-intro = Вас пригласили в роли «{ $role }» ({ $email }).
invite-existing = Для этого адреса уже есть аккаунт. Подтвердите своим паролем.
invite-submit = Принять приглашение

## Account
account-profile = Профиль
account-roles = Роли
account-api = Доступ к API
account-api-count = { $count ->
    [one] У вас { $count } активный API-ключ.
    [few] У вас { $count } активных API-ключа.
    [many] У вас { $count } активных API-ключей.
   *[other] У вас { $count } активного API-ключа.
}
account-api-create = Создать новый API-ключ
account-api-created = Ваш новый API-ключ – он показывается только один раз:
account-data = Мои данные
account-export = Скачать мои данные (JSON)
account-delete = Удалить мой аккаунт
delete-intro = Ваш аккаунт, роли и входы в систему будут удалены. Публичные сообщения останутся, но без вашего имени.
delete-submit = Удалить аккаунт навсегда
delete-done-title = Аккаунт удалён
delete-done = Ваш аккаунт удалён. До свидания!

## Roles
role-admin = Администрирование
role-lead = Руководство программы
role-analyst = Аналитика
role-manager = Управление кварталом
role-jury = Жюри
role-actor = Местный участник
role-resident = Жительница или житель

## Administration
admin-users = Аккаунты
admin-users-count = { $count ->
    [one] { $count } аккаунт
    [few] { $count } аккаунта
    [many] { $count } аккаунтов
   *[other] { $count } аккаунта
}
admin-search = E-mail или имя
admin-grant = Назначить роль
admin-quarters = Управление кварталами
admin-quarters-count = { $count ->
    [one] { $count } квартал
    [few] { $count } квартала
    [many] { $count } кварталов
   *[other] { $count } квартала
}
admin-quarter-new = Новый квартал
admin-invitations = Приглашения
admin-invitations-text = Пригласить сотрудников по электронной почте
admin-invitations-sent = Отправленные приглашения
admin-invite-submit = Отправить приглашение
admin-invite-sent = Приглашение на адрес { $email } отправлено.
admin-audit = Журнал изменений
admin-audit-text = Кто, когда и что изменил?
admin-outbox = Исходящие письма
admin-outbox-text = Отправленные и ожидающие отправки письма

## Error pages
error-code = Код ошибки
error-home = На главную страницу
error-400-title = Запрос непонятен
error-400-text = Не удалось обработать запрос. Пожалуйста, попробуйте ещё раз.
error-403-title = Нет доступа
error-403-text = У вас нет прав для этой страницы. Если вы отправляли форму, обновите страницу и попробуйте ещё раз.
error-404-title = Страница не найдена
error-404-text = Такой страницы нет (или больше нет). Возможно, поможет главная страница.
error-429-title = Слишком много попыток
error-429-text = Пожалуйста, подождите минуту и попробуйте ещё раз.
error-500-title = Что-то пошло не так
error-500-text = Произошла ошибка. Введённые вами данные не пропадут; пожалуйста, попробуйте позже.

## Mail
mail-verify-subject = Пожалуйста, подтвердите адрес электронной почты
mail-verify-body = Здравствуйте!

    Пожалуйста, подтвердите адрес электронной почты по этой ссылке:
    { $link }

    Ссылка действует 48 часов. Если вы не регистрировались, просто не обращайте внимания на это письмо.
mail-exists-subject = Регистрация с вашим адресом электронной почты
mail-exists-body = Здравствуйте!

    Кто-то пытался зарегистрироваться с вашим адресом электронной почты. У вас уже есть аккаунт.
    Если вы забыли пароль: { $link }
mail-reset-subject = Новый пароль для Quartier
mail-reset-body = Здравствуйте!

    По этой ссылке вы можете задать новый пароль (ссылка действует один час):
    { $link }

    Если вы этого не запрашивали, просто не обращайте внимания на это письмо.
mail-invite-subject = Приглашение в Quartier – { $city }
mail-invite-body = Здравствуйте!

    Вас пригласили в Quartier в роли «{ $role }» для города { $city }.
    Примите приглашение по этой ссылке (она действует семь дней):
    { $link }

## Social monitoring and area selection
nav-monitoring = Социальный мониторинг
nav-decisions = Выбор участков
monitoring-intro = Статистика города по небольшим территориям: каким участкам особенно нужна поддержка? У всех цифр указан источник; таблицы можно скачать.
monitoring-catalogue = Каталог показателей
monitoring-ranking = Рейтинг по потребностям
monitoring-source = Источник данных:
polarity-need = чем выше значение, тем больше потребность
polarity-less = чем выше значение, тем меньше потребность
polarity-neutral = показатель контекста (не входит в индекс)
col-indicator = Показатель
col-unit = Единица измерения
col-polarity = Направление
col-years = Годы
col-source = Источник
col-rank = Место
col-score = Значение индекса
col-rank-interval = Диапазон мест (90 %)
col-p-top = Вероятность наибольшей потребности
col-year = Год
col-value = Значение
col-city-average = Среднее по городу
col-series = Временной ряд
col-version = Версия
col-weight = Вес
all = все
sort-by = Сортировать по
apply = Применить
export-csv = Скачать в формате CSV
ranking-intro = Сводный индекс потребностей за { $year } год (нормирование min-max, равные веса). Интервалы показывают, насколько может измениться место участка, если веса, способ нормирования и способ объединения показателей менять случайным образом { $runs ->
    [one] в { $runs } прогоне
   *[other] в { $runs } прогонах
} по методу Монте-Карло.
ranking-indicators = Показатели в индексе:
profile-need = Потребность
profile-rank = { $n ->
    [one] Место { $rank } из { $n } участка в индексе потребностей.
   *[other] Место { $rank } из { $n } участков в индексе потребностей.
}
profile-interval = В 90 % вариантов место находится между { $lo } и { $hi }.
profile-p-top = Вероятность оказаться среди участков с наибольшей потребностью: { $p } %.
profile-indicators = Все показатели
decisions-intro = Какие участки станут пилотными кварталами – и почему? Здесь задокументированы решения о выборе: критерии, сравнение и обоснование.
decisions-none = Опубликованных решений пока нет.
decision-new = Новое решение о выборе
decision-edit = Изменить (новая версия)
decision-title = Название
decision-candidates = Участки-кандидаты
decision-criteria = Критерии и веса
decision-chosen = Выбранные участки
decision-rationale = Обоснование
decision-body = Орган, принявший решение
decision-date = Дата решения
decision-link = Ссылка на документ городского совета (Ratsvorlage)
decision-publish = Показывать публично
decision-draft = Черновик – не опубликовано
decision-comparison = Сравнение кандидатов ({ $year })
decision-versions = Версии
decision-create-quarter = Создать квартал из выбранных участков
hint-criteria = Вес для каждого показателя (0 или пусто = не учитывается).
hint-decision-body = например, городской совет, комитет по городскому развитию и строительству
error-title-required = Пожалуйста, введите название.
error-unknown-area = Один из участков неизвестен.
error-candidates-required = Пожалуйста, выберите хотя бы один участок-кандидат.
error-chosen-required = Пожалуйста, выберите хотя бы один участок.
error-chosen-not-candidate = Выбранные участки должны быть и среди кандидатов.
error-criteria-required = Пожалуйста, задайте вес хотя бы для одного критерия.
error-weight = Вес для «{ $indicator }» должен быть числом не меньше 0.
error-rationale = Пожалуйста, обоснуйте решение (не менее 20 символов).
error-body-required = Пожалуйста, укажите орган, принявший решение.
error-date = Пожалуйста, введите дату в формате ГГГГ-ММ-ДД.
error-link = Ссылка должна начинаться с http:// или https://.
map-nav = Карты
map-no-data = нет данных
map-quarters = Кварталы
map-description = Карта статистических участков; каждый участок – ссылка на его профиль. В таблице рядом – те же значения.
map-title-value = { $indicator } { $year }
map-title-need = Индекс потребностей { $year }
map-title-lisa = Пространственные кластеры (LISA): { $indicator } { $year }
map-legend-lisa = Локальный индекс Moran's I, p ≤ 0,05
lisa-hh = высокий–высокий (горячая точка)
lisa-lh = низкий–высокий
lisa-ll = низкий–низкий (холодная точка)
lisa-hl = высокий–низкий
lisa-ns = статистически не значимо
map-layer = Слой
map-layer-value = Значение показателя
map-layer-need = Индекс потребностей
map-layer-lisa = Горячие точки (LISA)
map-classification = Разбиение на классы
map-classes = Число классов
map-method-quantiles = Квантили (в каждом классе поровну участков)
map-method-equal = Равные интервалы
map-method-fisher-jenks = Естественные границы (Fisher-Jenks)
map-method-stddev = Стандартное отклонение
map-download = Скачать карту в формате SVG
map-table = Значения карты в виде таблицы
map-class = Класс
profile-series = Временные ряды в сравнении со средним по городу
export-xlsx = Скачать как файл Excel (XLSX)
map-download-geojson = Скачать участки со значениями в формате GeoJSON
report-link = Отчёт для печати (A4)
report-title = Участки с особой потребностью в поддержке в { $city }
report-intro = Отчёт о выборе участков: индекс потребностей { $year } с анализом неопределённости ({ $runs } прогонов Монте-Карло), пространственные кластеры и опубликованные решения.
report-print-hint = Распечатайте эту страницу через меню печати браузера; навигация и элементы управления при печати скрываются.
report-maps = Карты
report-top = 15 участков с наибольшей потребностью

## ---- datasets and uploads ----
nav-city-label = Выбрать город
data-title = Данные
data-intro = Загрузите границы участков, таблицы показателей и существующие территории программ поддержки для города { $city }. Каждый файл сначала проверяется и показывается в режиме предварительного просмотра; ничего не применяется без вашего подтверждения. Каждая поставка данных сохраняется как отдельная версия.
data-upload-title = Загрузить новые данные
data-upload = Загрузить и проверить
data-progress = Ход загрузки
data-field-kind = Тип данных
data-kind-indicators = Таблица показателей
data-kind-indicators-hint = CSV, TXT, XLSX, ODS или JSON из статистического API; широкий или длинный формат, с годом в строке, столбце или названии столбца
data-kind-boundaries = Границы участков
data-kind-boundaries-hint = GeoJSON, Shapefile (.shp, .dbf, .prj, .cpg) или GeoPackage; также в ZIP-архиве
data-kind-programme-areas = Существующие территории программ поддержки
data-kind-programme-areas-hint = Территории программ, например «Социальная сплочённость», в виде наложения на картах
data-field-file = Файлы
data-hint-file = Один или несколько файлов либо ZIP-архив. При загрузке больших файлов отображается индикатор выполнения.
data-field-title = Название (необязательно)
data-field-source = Источник
data-hint-source = Издатель данных, например «Город Лейпциг, Управление статистики и выборов». Указывается под каждой картой и таблицей.
data-field-licence = Лицензия / указание авторства
data-hint-licence = Например, «dl-de/by-2-0» или «CC BY 4.0».
data-settings = Настройки распознавания (необязательно)
data-settings-hint = Оставьте пустым для автоматического распознавания. Заполняйте, только если в предварительном просмотре что-то распознано неверно.
data-field-key-field = Столбец или атрибут с ключом участка
data-hint-key-field = В таблицах столбец может также содержать название участка.
data-field-name-field = Атрибут с названием участка
data-field-district-field = Атрибут с городским районом
data-field-crs = Система координат
data-hint-crs = Код EPSG, если в файле он не указан, например 25833.
data-field-year = Год
data-hint-year = Для таблиц без указания года.
data-field-sheet = Лист
data-field-delimiter = Разделитель
data-field-encoding = Кодировка символов
data-field-decimal = Десятичный разделитель
data-detect = определить автоматически
data-delim-semicolon = Точка с запятой (;)
data-delim-comma = Запятая (,)
data-delim-tab = Табуляция
data-delim-pipe = Вертикальная черта (|)
data-enc-utf8 = UTF-8
data-enc-1252 = Windows-1252 / ISO-8859-1
data-dec-comma = Запятая (1,5)
data-dec-point = Точка (1.5)
data-field-new-city = Создать новый город (необязательно)
data-hint-new-city = Название другого города; тогда данные сохраняются там, а не в текущем городе.
data-error-kind = Выберите тип данных.
data-error-file = Выберите хотя бы один файл.
data-versions = Версии
data-none = Данные ещё не загружены.
data-col-kind = Тип
data-col-version = Версия
data-col-title = Название
data-col-status = Статус
data-col-errors = Ошибки
data-col-warnings = Предупреждения
data-col-by = Кем
data-col-when = Когда
data-status-preview = предварительный просмотр
data-status-applied = применено
data-status-discarded = отклонено
data-version-title = { $kind }, версия { $version }
data-uploaded-by = Загружено пользователем { $who } для города { $city }
data-applied-by = применено пользователем { $who }
data-discarded-by = отклонено пользователем { $who }
data-back = Назад к обзору данных
data-recognised = Что распознано
data-files = Файлы
data-records = Прочитанные записи
data-matched = Сопоставленные участки
data-new-areas = Новые участки (ещё не существуют): { $count }
data-unmatched = Ключи или названия без соответствующего участка (будут пропущены): { $count }
data-missing = Существующие участки, отсутствующие в файле: { $count }
data-fields = Атрибуты в файле
data-sample = Первые участки файла
data-fact-format = Формат
data-fact-encoding = Кодировка символов
data-fact-delimiter = Разделитель
data-fact-decimal = Десятичный разделитель
data-fact-sheet = Лист
data-fact-layout = Структура
data-fact-header = Заголовок в строке
data-fact-rows = Строки данных
data-fact-footer = Строки сносок
data-fact-file = Файл
data-fact-key-field = Атрибут ключа
data-fact-crs = Система координат
data-problems = Проблемы
data-no-problems = Проблем не обнаружено.
data-problems-caption = Ошибки: { $errors }, предупреждения: { $warnings }
data-problems-truncated = Есть и другие проблемы; показаны только первые.
data-col-severity = Тип
data-col-file = Файл
data-col-line = Строка
data-col-column = Столбец
data-col-value = Значение
data-col-message = Описание (на английском)
data-severity-error = Ошибка
data-severity-warning = Предупреждение
data-indicators = Применить показатели
data-indicators-caption = Распознанные показатели
data-indicators-hint = Выберите показатели, которые нужно применить, и укажите их название, единицу измерения и направление. Если ключ уже существует, значения этого показателя дополняются или заменяются.
data-col-include = Применить
data-col-in-file = В файле
data-col-key = Ключ
data-col-name = Название
data-col-unit = Единица измерения
data-col-polarity = Направление
data-col-values = Значения
data-col-years = Годы
data-col-range = Диапазон
data-include = Применить { $name }
data-key-of = Ключ для { $name }
data-name-of = Название для { $name }
data-unit-of = Единица измерения для { $name }
data-polarity-of = Направление для { $name }
data-polarity-need = чем выше, тем больше потребность
data-polarity-less = чем выше, тем меньше потребность
data-polarity-neutral = нейтральное (контекст)
data-exists = существует
data-apply = Применить
data-reapply = Применить эту версию повторно
data-discard = Отклонить
data-cannot-apply = Эту версию нельзя применить: исправьте ошибки в файле и загрузите его повторно.
## ---- index configurations and exports (issue 4) ----
indices-title = Конфигурации индекса
indices-intro = Конфигурация индекса определяет, как измеряется потребность районов: по берлинскому методу «Мониторинг социального развития города» (MSS) или как собственный составной индекс с выбранными индикаторами и весами. Каждое изменение сохраняется как новая версия; результаты каждой версии сохраняются.
indices-new = Новая конфигурация индекса
indices-edit = Редактировать конфигурацию индекса (новая версия)
indices-none = Сохранённых конфигураций индекса пока нет.
indices-list = Сохранённые конфигурации индекса (последняя версия каждой)
indices-kind = Метод
indices-kind-mss = Метод MSS (Берлин)
indices-kind-composite = Собственный составной индекс
indices-kind-hint = Метод MSS использует четыре индикатора статуса и четыре индикатора динамики, z-стандартизацию и фиксированные границы классов; веса, нормализация и агрегация относятся только к собственному индексу.
indices-on-map = Карта
indices-map-link = Показать на карте
indices-map-choice = Конфигурация индекса
indices-map-title = { $name } ({ $year })
indices-map-legend-mss = Индекс статуса (классы MSS)
indices-map-legend-score = Значение индекса (квинтили)
indices-name = Название
indices-choose = – выберите –
indices-composite-indicators = Индикаторы и веса (собственный индекс)
indices-weights-hint = Выберите не менее двух индикаторов. Веса — положительные числа; они пересчитываются так, чтобы их сумма была равна 1.
indices-normalisation = Нормализация
indices-norm-zscore = z-стандартизация
indices-norm-minmax = мин-макс (от 0 до 100)
indices-norm-rank = ранги
indices-aggregation = Агрегация
indices-agg-arithmetic = среднее арифметическое
indices-agg-geometric = среднее геометрическое
indices-mss-status = Индикаторы статуса MSS
indices-mss-status-hint = Четыре индикатора социального статуса в выбранном году (S1–S4).
indices-mss-dynamics = Индикаторы динамики MSS
indices-mss-dynamics-hint = Четыре индикатора, изменение которых за { $period } года до выбранного года измеряет динамику (D1–D4).
indices-mss-period-text = (изменение за { $period } года, с { $from } по { $to })
indices-population = Индикатор численности населения
indices-population-hint = По методу MSS районы с населением менее 300 человек не классифицируются.
indices-no-population = нет (классифицировать все районы)
indices-save = Сохранить и рассчитать
indices-indicators = Индикаторы
indices-results = Результаты версии { $version }
indices-results-intro = Результаты рассчитаны и сохранены при сохранении конфигурации. Диапазон ранга — интервал 5–95 % ранга по { $runs } прогонам Монте-Карло с изменёнными весами и методами.
indices-status-index = Индекс статуса
indices-dynamic-index = Индекс динамики
indices-class = Класс
indices-class-top = наибольшая потребность (верхние 10 %)
indices-class-rest = остальные районы
indices-mss-status-1 = статус высокий
indices-mss-status-2 = статус средний
indices-mss-status-3 = статус низкий
indices-mss-status-4 = статус очень низкий
indices-mss-dynamic-positive = динамика положительная
indices-mss-dynamic-stable = динамика стабильная
indices-mss-dynamic-negative = динамика отрицательная
indices-versions = Версии
indices-old-version = Вы просматриваете более старую версию { $version }.
indices-show-newest = Показать последнюю версию
indices-filter-top = наибольшая потребность (верхние { $share } %)
indices-filter-likely = вероятно наибольшая потребность (не менее 50 %)
indices-filter-mss = { $name }: { $class }
indices-error-name = Пожалуйста, введите название.
indices-error-name-long = Название может содержать не более 120 символов.
indices-error-kind = Пожалуйста, выберите метод.
indices-error-year = Пожалуйста, выберите год, за который есть данные.
indices-error-year-period = Для динамики нужны данные за { $year } год; выберите более поздний год.
indices-error-indicators = Пожалуйста, выберите не менее двух индикаторов.
indices-error-weight = Вес для «{ $indicator }» должен быть положительным числом (не более 1000).
indices-error-normalisation = Пожалуйста, выберите нормализацию.
indices-error-aggregation = Пожалуйста, выберите агрегацию.
indices-error-unknown-indicator = Этого индикатора нет в каталоге.
indices-error-duplicate = Каждый индикатор можно использовать только один раз.
indices-error-mss_status-missing = Пожалуйста, заполните все четыре роли статуса MSS (S1–S4).
indices-error-mss_dynamics-missing = Пожалуйста, заполните все четыре роли динамики MSS (D1–D4).
indices-error-compute = Индекс не удалось рассчитать по этим данным: { $detail }

## ---- MSS options ----
indices-dynamics-given = Индикаторы динамики уже содержат изменение (в процентных пунктах), как в таблицах MSS
indices-exclude = Исключённые участки
indices-exclude-hint = Ключи участков через запятую: статистические выбросы или участки без данных, которые не должны искажать расчёт.
data-field-merge-duplicates = Объединить объекты с одинаковым ключом в один участок
