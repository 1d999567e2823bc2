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

## ---- civic structures ----
civic-actors = Участники
civic-actors-title = Участники в { $quarter }
civic-actors-intro = { $count } объединений, инициатив, учреждений и людей, активных в квартале.
civic-actor = Участник
civic-actor-new = Добавить участника
civic-actor-edit = Редактировать { $name }
civic-nav-label = Местные структуры
civic-none = Записей пока нет.
civic-unpublished = не опубликовано
civic-internal = внутреннее
civic-edit = Редактировать
civic-choose = – выберите –
civic-name = Название
civic-kind = Тип
civic-description = Описание
civic-description-easy = Описание простым языком
civic-hint-easy = Необязательно: короткие предложения, простые слова. Показывается с пометкой «Простой язык».
civic-easy-label = Простой язык
civic-address = Адрес
civic-lat = Широта
civic-lon = Долгота
civic-hint-coord = Положение на карте (WGS 84, напр. 51.3397 и 12.3731); оставьте пустым, если неизвестно.
civic-location = Положение
civic-languages = Языки
civic-language = Язык
civic-target-groups = Целевые группы
civic-target-group = Целевая группа
civic-hint-list = Несколько значений разделяйте запятыми.
civic-opening-hours = Часы работы
civic-email = Эл. почта
civic-phone = Телефон
civic-website = Сайт
civic-barrier-free = Помещения без барьеров (без ступенек)
civic-barrier-free-yes = доступ без ступенек
civic-barrier-free-no = нет доступа без ступенек
civic-accessibility = Доступность помещений
civic-public-fields = Публично видимые данные
civic-hint-public = Неотмеченные данные видят только менеджмент квартала и представители участника.
civic-published = Показывать в публичном справочнике
civic-published-offer = Показывать в публичном справочнике
civic-field-description = Описание
civic-field-address = Адрес
civic-field-location = Положение на карте
civic-field-languages = Языки
civic-field-target_groups = Целевые группы
civic-field-opening_hours = Часы работы
civic-field-email = Эл. почта
civic-field-phone = Телефон
civic-field-website = Сайт
civic-field-accessibility = Доступность
civic-kind-association = Объединение
civic-kind-initiative = Инициатива
civic-kind-individual = Частное лицо
civic-kind-school = Школа
civic-kind-kita = Детский сад
civic-kind-religious_community = Религиозная община
civic-kind-migrant_organisation = Организация мигрантов
civic-kind-housing_company = Жилищная компания
civic-kind-library = Библиотека
civic-kind-sports_club = Спортивный клуб
civic-kind-counselling_centre = Консультационный центр
civic-kind-community_centre = Районный или молодёжный центр
civic-kind-public_office = Ведомство
civic-kind-neighbourhood_management = Менеджмент квартала
civic-kind-business = Предприятие
civic-lang-de = немецкий
civic-lang-en = английский
civic-lang-ar = арабский
civic-lang-fa = персидский
civic-lang-uk = украинский
civic-lang-ru = русский
civic-lang-tr = турецкий
civic-lang-vi = вьетнамский
civic-lang-ku = курдский
civic-lang-fr = французский
civic-lang-pl = польский
civic-offers = Предложения
civic-needs = Потребности
civic-offer-new = Добавить предложение
civic-need-new = Добавить потребность
civic-offer-new-for = Новое предложение от { $name }
civic-need-new-for = Новая потребность: { $name }
civic-item-edit = Редактировать «{ $title }»
civic-category = Тема
civic-cat-course = Курсы и группы
civic-cat-language = Языковые курсы и языковая помощь
civic-cat-counselling = Консультации
civic-cat-room = Помещения
civic-cat-equipment = Оборудование напрокат
civic-cat-volunteering = Волонтёрство
civic-cat-meeting = Встречи и мероприятия
civic-title = Название
civic-title-en = Название на английском (необязательно)
civic-original-title = Оригинальное название
civic-schedule = Время
civic-cost = Стоимость
civic-cost-free = бесплатно
civic-cost-low = недорого
civic-cost-paid = платно
civic-place = Место
civic-hint-place = Оставьте пустым, чтобы использовать адрес участника.
civic-import = Импорт списка участников
civic-import-intro = Загрузите имеющийся список в формате CSV или Excel. Сначала вы увидите предпросмотр со всеми проблемами; ничего не сохраняется до вашего подтверждения.
civic-import-columns = Распознаваемые столбцы (первая строка):
civic-import-file = Файл (CSV, XLSX или ODS)
civic-import-hint = Обязательные столбцы: название и тип. Языки кодами (de, ar, …), через запятую.
civic-import-preview = Показать предпросмотр
civic-import-preview-title = Предпросмотр импорта
civic-import-summary = { $file }: можно импортировать строк: { $ok }, найдено проблем: { $problems }.
civic-import-problems = Проблемы в файле
civic-import-rows = Строки для импорта
civic-import-confirm = Импортировать участников: { $count }
civic-import-again = Загрузить другой файл
civic-import-unreadable = Файл не читается: { $detail }
civic-import-empty = В файле нет строк.
civic-import-unknown-column = Неизвестный столбец, будет пропущен.
civic-import-missing-column = Отсутствует обязательный столбец.
civic-import-too-many = Больше { $max } строк; разделите файл.
civic-import-no-file = Выберите файл.
civic-import-invalid = Предпросмотр недействителен или пуст. Загрузите файл ещё раз.
civic-row = Строка
civic-column = Столбец
civic-problem = Проблема
civic-error-name = Введите название.
civic-error-title = Введите заголовок.
civic-error-too-long = Текст слишком длинный (не более 200 символов).
civic-error-kind = Выберите известный тип.
civic-error-category = Выберите тему.
civic-error-cost = Выберите стоимость.
civic-error-coord = Введите правильную координату (десятичное число, напр. 51.3397).
civic-error-coord-pair = Укажите широту и долготу вместе.
civic-error-language = Неизвестный код языка; допустимы de, en, ar, fa, uk, ru, tr, vi, ku, fr, pl.
civic-error-email = Введите правильный адрес эл. почты.
civic-error-website = Сайт должен начинаться с https:// или http://.
civic-error-yes-no = Напишите «да» или «нет» (ja/nein).
civic-error-actor = Выберите участника.
civic-error-same-actor = Для сотрудничества нужны два разных участника.
civic-error-link-kind = Опишите вид сотрудничества.
civic-error-year = Введите год между 1900 и текущим.
civic-error-datetime = Введите дату и время (ГГГГ-ММ-ДДTЧЧ:ММ).
civic-error-ends = Окончание должно быть позже начала.
civic-matching = Подходящие предложения
civic-matching-title = Подходящие предложения для потребностей в { $quarter }
civic-matching-intro = Для каждой потребности Quartier предлагает предложения других участников по той же теме с указанием причин.
civic-matching-none = Подходящих предложений не найдено.
civic-reason-category = та же тема
civic-reason-languages = общие языки: { $languages }
civic-reason-groups = те же целевые группы: { $groups }
civic-reason-free = бесплатно
civic-reason-near = рядом: { $metres } м
civic-network = Сеть сотрудничества
civic-network-title = Сеть сотрудничества в { $quarter }
civic-network-intro = Кто с кем сотрудничает? Круги — участники, линии — действующее сотрудничество. Цвета показывают связанные группы, толстая обводка — важнейших посредников.
civic-network-figure = Сеть участников; каждый участник — ссылка на его страницу
civic-network-caption = Таблица ниже содержит те же данные.
civic-network-table = Участники с группой, числом связей и показателем посредничества
civic-node-label = { $name }: связей — { $links }
civic-active-links = Действующее сотрудничество
civic-density = Плотность
civic-density-pct = Плотность в %
civic-clusters = Группы
civic-cluster = Группа
civic-isolated = Участники без сотрудничества
civic-brokers = Посредники (наивысший показатель посредничества)
civic-degree = Связи
civic-betweenness = Показатель посредничества
civic-growth = Развитие по годам
civic-chart-links = Действующее сотрудничество по годам
civic-chart-density = Плотность сети по годам
civic-links = Сотрудничество
civic-links-caption = Всё сотрудничество с началом и статусом
civic-link-actors = Участники
civic-link-kind = Вид сотрудничества
civic-link-measure = В рамках какой меры
civic-since = С (год)
civic-status = Статус
civic-ended = завершено в { $year }
civic-end-link = Завершить
civic-link-new = Записать сотрудничество
civic-link-a = Первый участник
civic-link-b = Второй участник
civic-link-save = Сохранить сотрудничество
civic-directory = Предложения по соседству
civic-directory-intro = Найдите курсы, консультации, места встреч и помощь рядом с вами — по теме, языку и целевой группе.
civic-search-label = Поиск предложений
civic-search-words = Слова для поиска
civic-search = Искать
civic-any = все
civic-anywhere = везде
civic-near = Рядом с
civic-free-only = Только бесплатные предложения
civic-results = Найдено предложений: { $count }
civic-no-results = Предложений не найдено. Попробуйте меньше фильтров.
civic-distance = { $metres } м
civic-map = Карта найденных предложений
civic-map-caption = Точки — предложения этой страницы; каждая точка — ссылка. Список выше содержит те же предложения.
civic-pages = Страницы
civic-prev = Предыдущая страница
civic-next = Следующая страница
civic-page-of = Страница { $page } из { $pages }
civic-calendar = Календарь мероприятий
civic-calendar-intro = Мероприятия участников в кварталах. Время — местное время Германии.
civic-months = Месяцы
civic-prev-month = Предыдущий месяц
civic-next-month = Следующий месяц
civic-no-events = В этом месяце мероприятий нет.
civic-organiser = Организатор
civic-no-organiser = – без организатора –
civic-subscribe = Подписаться на календарь
civic-subscribe-hint = Эти адреса можно добавить в приложение календаря (iCal).
civic-ics-all = Все мероприятия (iCal)
civic-ics-quarter = Мероприятия в { $quarter } (iCal)
civic-event-new = Добавить мероприятие
civic-event-new-in = Новое мероприятие в { $quarter }
civic-event-edit = Редактировать «{ $title }»
civic-starts = Начало
civic-ends = Окончание
civic-hint-datetime = Местное время Германии.
civic-nav-directory = Предложения
civic-nav-calendar = Календарь
