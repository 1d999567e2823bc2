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

## ---- action plan (issue 5) ----
plan-title = План действий
plan-overview-title = Планы действий кварталов
plan-overview-intro = У каждого квартала может быть план действий: направления работы, цели и меры с измеримыми показателями, которые город и местные участники реализуют вместе.
plan-counts = Направлений: { $fields }, целей: { $goals }, мер: { $measures }
plan-recent = Недавно изменённые меры
plan-none = Для этого квартала план действий ещё не опубликован.
plan-create = Создать план действий
plan-create-hint = Дайте плану название. Затем добавьте направления работы, цели и меры; опубликуйте план после согласования.
plan-of = План действий { $quarter }
plan-intro = Общий план действий города и местных участников в квартале { $quarter }: направления работы, цели и меры и ход их выполнения.
plan-draft = Черновик
plan-draft-notice = Черновик: виден только сотрудникам, ещё не опубликован.
plan-updated = Последнее изменение:
plan-views = Представления плана действий
plan-timeline = График
plan-dashboard = Ход выполнения
plan-history = История изменений
plan-compare = Сравнить даты
plan-print = Версия для печати для совета
plan-csv = Таблица мер (CSV)
plan-xlsx = Таблица мер (Excel)
plan-field-new = Новое направление работы
plan-goal-new = Новая цель
plan-measure-new = Новая мера
plan-measure-edit = Редактировать меру
plan-edit = редактировать
plan-no-fields = Направлений работы пока нет.
plan-no-measures = В этом направлении пока нет мер.
plan-goals = Цели
plan-measures-of = Меры в направлении { $field }
plan-col-nr = №
plan-col-measure = Мера
plan-col-goal = Цель
plan-col-lead = Ответственный
plan-col-period = Период
plan-col-status = Статус
plan-col-priority = Приоритет
plan-col-baseline = Базовое значение
plan-col-target = Целевое значение
plan-col-actual = Фактическое значение
plan-col-as-of = По состоянию на
plan-col-history = Значения во времени
plan-col-progress = Достижение цели
plan-col-what = Что
plan-col-change = Изменение
plan-late = с опозданием
plan-blocked = заблокировано
plan-open-end = бессрочно
plan-open-end-short = (бессрочно)
plan-settings = Название и публикация
plan-f-plan-title = Название плана действий
plan-publish = Опубликован (виден всем)
plan-f-code = Код
plan-f-name = Название
plan-f-description = Описание
plan-hint-field-code = Например, HF1.
plan-hint-goal-code = Например, LZ1 для стратегической цели или HZ1.1 для оперативной.
plan-f-field = Направление работы
plan-f-level = Уровень
plan-f-parent = Вышестоящая стратегическая цель
plan-hint-parent = Только для оперативных целей.
plan-f-goal-text = Формулировка цели
plan-none-option = – нет –
plan-level-leitziel = Стратегическая цель
plan-level-handlungsziel = Оперативная цель
plan-level-output = Результат (output)
plan-level-outcome = Эффект (outcome)
plan-sec-what = Что
plan-sec-who = Кто и для кого
plan-sec-money = Расходы и финансирование
plan-sec-when = График и статус
plan-f-nr = Номер
plan-f-title = Название
plan-f-goal = Цель
plan-f-lead = Ответственный (участник)
plan-lead-other = – другая организация (укажите ниже) –
plan-f-lead-text = Ответственный, если это не участник квартала
plan-hint-lead-text = Например, отдел городской администрации.
plan-f-partners = Партнёры
plan-f-groups = Целевые группы
plan-hint-groups = Несколько групп разделяйте запятой, напр. Eltern, Neuzugewanderte.
plan-f-place = Место
plan-f-cost = Расходы (EUR)
plan-hint-cost = Ориентировочные общие расходы в евро, напр. 12500.
plan-f-funding = Финансирование
plan-hint-funding = Программа поддержки, статья бюджета или резервирование средств.
plan-f-secured = Финансирование обеспечено
plan-secured = обеспечено
plan-reserved = при условии утверждения бюджета
plan-f-start = Начало
plan-f-end = Конец
plan-hint-end = Оставьте пустым для постоянных задач.
plan-f-priority = Приоритет
plan-priority-1 = 1 – высокий
plan-priority-2 = 2 – средний
plan-priority-3 = 3 – низкий
plan-f-status = Статус
plan-status-idea = Идея
plan-status-planned = запланировано
plan-status-running = выполняется
plan-status-done = завершено
plan-status-permanent = закреплено на постоянной основе
plan-status-dropped = отменено
plan-f-blocked = Заблокировано (препятствие задерживает выполнение)
plan-f-note = Примечание
plan-f-status-note = Примечание о состоянии
plan-indicators = Показатели
plan-hint-indicators = Показатели результата и эффекта с базовым и целевым значением. Пустые строки игнорируются.
plan-indicator-n = Показатель { $n }
plan-f-ind-name = Показатель
plan-f-unit = Единица
plan-indicators-caption = Показатели: базовые, целевые и фактические значения
plan-no-indicators = Показатели не заданы.
plan-milestones = Контрольные точки
plan-no-milestones = Контрольных точек нет.
plan-milestone-done = достигнута
plan-milestone-open = открыта
plan-milestone-mark = отметить как достигнутую
plan-milestone-new = Добавить контрольную точку
plan-milestone-add = Сохранить контрольную точку
plan-f-ms-title = Контрольная точка
plan-f-due = Срок
plan-back = Назад к: { $plan }
plan-suggested = Предлагаемые партнёры
plan-suggested-hint = Участники квартала, чьи целевые группы пересекаются с целевыми группами меры.
plan-suggested-none = Других подходящих участников не найдено.
plan-suggested-reason = общие целевые группы: { $groups }
plan-progress = Сообщить о ходе выполнения
plan-progress-actual = Фактическое значение показателя
plan-progress-status = Статус
plan-f-indicator = Показатель
plan-f-value = Фактическое значение
plan-hint-value = Оставьте пустым, если меняете только статус.
plan-f-measured-on = По состоянию на
plan-progress-save = Сохранить
plan-measure-history = Изменения этой меры
plan-no-changes = Изменений пока не зафиксировано.
plan-created = создано
plan-entity-plan = План
plan-entity-field = Направление работы
plan-entity-goal = Цель
plan-entity-measure = Мера
plan-history-of = История изменений: { $plan }
plan-history-intro = Каждое изменение плана фиксируется со временем и изменёнными значениями (старое → новое).
plan-timeline-of = График: { $plan }
plan-timeline-intro = Полосы показывают продолжительность каждой меры, ромбы — контрольные точки, вертикальная линия — сегодняшний день. Таблица ниже содержит те же данные.
plan-legend = Легенда
plan-today = сегодня
plan-timeline-table = График в виде таблицы
plan-dashboard-of = Ход выполнения: { $plan }
plan-status-by-field = Меры по статусу в каждом направлении
plan-late-measures = Меры с опозданием
plan-none-late = Ни одна мера не опаздывает.
plan-blocked-measures = Заблокированные меры
plan-none-blocked = Ни одна мера не заблокирована.
plan-targets-caption = Целевые и фактические значения в направлении { $field }
plan-not-measured = ещё не измерено
plan-compare-of = Сравнение дат: { $plan }
plan-compare-intro = Выберите два дня: план будет показан таким, каким он был в каждый из них, со всеми различиями.
plan-compare-from = План на
plan-compare-to = в сравнении с
plan-compare-go = Сравнить
plan-compare-status = Меры по статусу в оба дня
plan-compare-added = Добавлено ({ $n })
plan-compare-removed = Удалено ({ $n })
plan-compare-changed = Изменено ({ $n })
plan-print-intro = План действий для квартала { $quarter } по состоянию на { $date }. Приложение к проекту решения.
plan-total-cost = Ориентировочные общие расходы на все меры: { $sum } €
plan-err-title = Пожалуйста, введите название.
plan-err-code = Пожалуйста, введите код.
plan-err-code-taken = Этот код уже используется в этом плане.
plan-err-name = Пожалуйста, введите название.
plan-err-field = Пожалуйста, выберите направление работы этого плана.
plan-err-level = Пожалуйста, выберите стратегическую или оперативную цель.
plan-err-parent = Вышестоящая цель должна быть стратегической целью этого плана.
plan-err-parent-required = Оперативной цели нужна вышестоящая стратегическая цель.
plan-err-parent-leit = У стратегической цели нет вышестоящей цели.
plan-err-parent-field = Стратегическая цель относится к другому направлению.
plan-err-goal-text = Пожалуйста, сформулируйте цель (не менее 5 символов).
plan-err-measure-title = Пожалуйста, введите название меры.
plan-err-goal = Такой цели в этом плане нет.
plan-err-goal-field = Цель относится к другому направлению.
plan-err-actor = Этот участник не относится к кварталу.
plan-err-lead = Пожалуйста, выберите ответственного участника или укажите организацию.
plan-err-cost = Расходы должны быть числом от 0, напр. 12500.
plan-err-date = Пожалуйста, введите правильную дату (ГГГГ-ММ-ДД).
plan-err-end-before-start = Конец раньше начала.
plan-err-priority = Пожалуйста, выберите приоритет от 1 до 3.
plan-err-status = Пожалуйста, выберите правильный статус.
plan-err-ind-name = Показатель { $n }: не указано название.
plan-err-ind-unknown = Один из показателей не относится к этой мере.
plan-err-ind-values = Показатель «{ $name }»: базовое и целевое значения должны быть числами, а уровень — правильным.
plan-err-indicator = Пожалуйста, выберите показатель этой меры.
plan-err-value = Фактическое значение должно быть числом.
plan-err-future = Дата находится в будущем.
plan-err-nothing = Пожалуйста, введите фактическое значение или измените статус.
plan-err-ms-title = Пожалуйста, назовите контрольную точку.
plan-err-to-before-from = Вторая дата раньше первой.
