# Quartier — Arabic (العربية), Modern Standard Arabic

## Shell
skip-to-content = انتقل إلى المحتوى
meta-description = Quartier – منصة لتنمية الأحياء تنمية دامجة: إحصاءات، خطة عمل، مشاركة السكان، صندوق الحي ونقل التجارب.
nav-main-label = القائمة الرئيسية
nav-language-label = اختر اللغة
nav-home = الرئيسية
nav-quarters = الأحياء
nav-areas = المناطق
nav-admin = الإدارة
nav-account = حسابي
nav-login = تسجيل الدخول
nav-logout = تسجيل الخروج
nav-register = التسجيل
nav-about = عن Quartier وحماية البيانات
fictional-label = مدينة تجريبية خيالية:
fictional-notice = مدينة Musterstadt غير موجودة. كل الأماكن والأشخاص والأرقام من الخيال.
footer-about = Quartier برنامج حر (EUPL-1.2) لتنمية الأحياء تنمية دامجة بميزانية صغيرة.
footer-api = واجهة البرمجة (API)
confirm-danger = هل تريد المتابعة فعلًا؟ لا يمكن التراجع عن ذلك.
form-errors-title = يُرجى التحقق من البيانات التي أدخلتها
save = حفظ
cancel = إلغاء
create = إنشاء
search = بحث
revoke = سحب
yes = نعم
no = لا

## Start page
home-title = مرحبًا بك في Quartier
home-title-city = تنمية الأحياء في { $city }
home-intro = هنا تعمل إدارة المدينة وإدارة الحي والجمعيات والمبادرات والسكان معًا من أجل أحياء نابضة بالحياة. يمكنك المشاركة حتى مع القليل من اللغة الألمانية أو القليل من المال أو من دون إنترنت.
home-welcome = مرحبًا { $name }!
home-no-roles = ليس لديك أي دور حتى الآن.
home-your-roles = أدوارك:
home-quarters = الأحياء
home-no-quarters = لم تتم إضافة أي حي بعد.
home-take-part = كيف تشارك
home-step-online = عبر الإنترنت: قدّم أفكارك، وعلّق، وصوّت – ويمكنك أيضًا استخدام اسم مستعار.
home-step-paper = على الورق: الاستمارات متوفرة في مكتب الحي (Stadtteilladen)، وتقوم إدارة الحي بإدخالها.
home-step-language = بلغتك: الألمانية والإنجليزية والعربية والفارسية والأوكرانية والروسية والتركية والفيتنامية.
home-loop-title = الطريق من الإحصاءات إلى الأثر
loop-statistics = تحميل إحصاءات المناطق الصغيرة وبناء مؤشر احتياجات واضح ومفهوم
loop-selection = تحديد المناطق الأكثر حاجة إلى الدعم وتوثيق أسباب اختيارها
loop-quarter = بناء شبكة من الجهات الفاعلة والشركاء في الحي
loop-plan = إعداد خطة عمل تتضمن مجالات العمل والأهداف والإجراءات
loop-participation = إشراك السكان – كل مساهمة تحصل على رد
loop-fund = دعم المشاريع الصغيرة من صندوق الحي (Verfügungsfonds)
loop-impact = قياس النتائج والأثر
loop-transfer = دراسة ما يمكن نقله إلى أحياء ومدن أخرى

## About
about-what = يساعد Quartier المدن على تحديد الأحياء التي تحتاج إلى دعم خاص، وبناء هياكل محلية فيها، ودراسة ما يمكن نقله إلى أماكن أخرى. والنموذج الذي يستند إليه هو المشروع التجريبي في مدينة لايبزيغ «Integration durch Initiativmanagement» («الاندماج من خلال إدارة المبادرات»، INTIGRA، 2017–2019).
about-privacy-title = حماية البيانات
about-privacy = نحفظ فقط ما تحتاجه المشاركة. يمكنك إظهار اسم مستعار للعامة، وتنزيل بياناتك في أي وقت، وحذف حسابك بنفسك. تُحفظ إجابات الاستبيانات منفصلة عن حسابك.
about-licence-title = الترخيص
about-licence = Quartier برنامج حر بموجب الترخيص العام للاتحاد الأوروبي (EUPL-1.2).

## Quarters and areas
quarters-caption = جميع الأحياء
quarter-areas = المناطق الإحصائية في الحي
areas-intro = { $count ->
    [zero] لم تُقسَّم المدينة إلى مناطق إحصائية بعد.
    [one] تنقسم المدينة إلى منطقة إحصائية واحدة.
    [two] تنقسم المدينة إلى منطقتين إحصائيتين.
    [few] تنقسم المدينة إلى { $count } مناطق إحصائية.
    [many] تنقسم المدينة إلى { $count } منطقة إحصائية.
   *[other] تنقسم المدينة إلى { $count } منطقة إحصائية.
}
areas-caption = المناطق الإحصائية
col-name = الاسم
col-description = الوصف
col-areas = المناطق
col-key = الرمز
col-district = الدائرة البلدية
col-verified = تم تأكيد البريد الإلكتروني
col-created = تاريخ الإنشاء
col-action = الإجراء
col-time = الوقت
col-by = بواسطة
col-target = العنصر
col-detail = التفاصيل
col-to = المستلم
col-subject = الموضوع
col-status = الحالة
col-attempts = المحاولات

## Forms
field-email = البريد الإلكتروني
field-password = كلمة المرور
field-new-password = كلمة المرور الجديدة
field-password-confirm = أعد إدخال كلمة المرور
field-display-name = الاسم
field-pseudonym = الاسم المستعار
field-show-pseudonym = إظهار اسمي المستعار للعامة بدلًا من اسمي
field-language = اللغة
field-digest = ملخص عبر البريد الإلكتروني
field-role = الدور
field-scope = نطاق الصلاحية
field-accept = قرأتُ المعلومات الخاصة بحماية البيانات.
hint-display-name = بهذا الاسم يراك الآخرون. يمكنك اختيار اسم مستعار لاحقًا.
hint-password = { $min ->
    [few] { $min } أحرف على الأقل.
    [many] { $min } حرفًا على الأقل.
   *[other] { $min } حرف على الأقل.
}
hint-pseudonym = يظهر مع مساهماتك العامة إذا اخترت ذلك في الأسفل.
hint-slug = أحرف لاتينية صغيرة وأرقام وشرطات، مثل «nordvorstadt».
hint-delete-password = للأمان، يُرجى إدخال كلمة المرور.
digest-off = بدون
digest-daily = يوميًا
digest-weekly = أسبوعيًا
scope-city = المدينة كلها
scope-quarter = الحي

## Errors in forms
error-email-required = يُرجى إدخال بريدك الإلكتروني.
error-email-invalid = يُرجى إدخال بريد إلكتروني صحيح، مثل name@beispiel.de.
error-password-required = يُرجى إدخال كلمة المرور.
error-password-short = { $min ->
    [few] يجب أن تتكون كلمة المرور من { $min } أحرف على الأقل.
    [many] يجب أن تتكون كلمة المرور من { $min } حرفًا على الأقل.
   *[other] يجب أن تتكون كلمة المرور من { $min } حرف على الأقل.
}
error-password-is-email = لا يجوز أن تكون كلمة المرور هي بريدك الإلكتروني.
error-password-mismatch = كلمتا المرور غير متطابقتين.
error-login-failed = البريد الإلكتروني أو كلمة المرور غير صحيحة.
error-not-verified = يُرجى تأكيد بريدك الإلكتروني أولًا. لقد أرسلنا إليك رابطًا جديدًا.
error-name-required = يُرجى إدخال اسم.
error-name-long = يجب ألا يزيد الاسم على 80 حرفًا.
error-pseudonym-long = يجب ألا يزيد الاسم المستعار على 40 حرفًا.
error-pseudonym-required = يُرجى إدخال اسم مستعار إذا أردت إظهاره.
error-accept = يُرجى التأكيد أنك قرأت المعلومات الخاصة بحماية البيانات.
error-token-invalid = هذا الرابط غير صالح أو انتهت صلاحيته. يُرجى طلب رابط جديد.
error-slug = يُرجى استخدام أحرف لاتينية صغيرة وأرقام وشرطات فقط.
error-slug-taken = هذا الرمز مستخدم بالفعل.
error-areas-required = يُرجى اختيار منطقة واحدة على الأقل.
error-role = يُرجى اختيار دور.

## Sign-in and registration
login-title = تسجيل الدخول
login-submit = دخول
login-forgot = هل نسيت كلمة المرور؟
login-no-account = ليس لديك حساب بعد؟
register-title = التسجيل
register-intro = بالحساب يمكنك تقديم أفكار والتعليق والتصويت. ويمكنك القراءة من دون حساب.
register-submit = إنشاء حساب
register-done-title = أوشكت على الانتهاء
register-check-mail = أرسلنا رسالة إلى { $email }. يُرجى الضغط على الرابط الموجود فيها لتأكيد حسابك.
verify-ok-title = تم تأكيد البريد الإلكتروني
verify-ok = شكرًا! تم تأكيد بريدك الإلكتروني. يمكنك الآن تسجيل الدخول.
verify-bad-title = رابط غير صالح
verify-bad = رابط التأكيد هذا غير صالح أو استُخدم من قبل أو انتهت صلاحيته. سجّل الدخول للحصول على رابط جديد.
forgot-title = نسيت كلمة المرور
forgot-intro = أدخل بريدك الإلكتروني. سنرسل إليك رابطًا لتعيين كلمة مرور جديدة.
forgot-submit = طلب الرابط
forgot-sent = إذا كان هناك حساب مرتبط بهذا العنوان، فستصلك رسالة قريبًا. الرابط صالح لمدة ساعة واحدة.
reset-title = كلمة مرور جديدة
reset-submit = حفظ كلمة المرور
reset-done = تم تغيير كلمة المرور، وتم إنهاء جميع جلسات الدخول السابقة.
invite-title = قبول الدعوة
invite-intro = تمت دعوتك بصفة «{ $role }» ({ $email }).
invite-existing = يوجد حساب بهذا العنوان بالفعل. أكّد بكلمة المرور الخاصة بك.
invite-submit = قبول الدعوة

## Account
account-profile = الملف الشخصي
account-roles = الأدوار
account-api = الوصول إلى API
account-api-count = { $count ->
    [zero] ليس لديك أي مفتاح API نشط.
    [one] لديك مفتاح API نشط واحد.
    [two] لديك مفتاحا API نشطان.
    [few] لديك { $count } مفاتيح API نشطة.
    [many] عدد مفاتيح API النشطة لديك: { $count }.
   *[other] عدد مفاتيح API النشطة لديك: { $count }.
}
account-api-create = إنشاء مفتاح API جديد
account-api-created = مفتاح API الجديد الخاص بك – يُعرض هذه المرة فقط:
account-data = بياناتي
account-export = تنزيل بياناتي (JSON)
account-delete = حذف حسابي
delete-intro = سيتم حذف حسابك وأدوارك وجلسات دخولك. تبقى المساهمات العامة، ولكن من دون اسمك.
delete-submit = حذف الحساب نهائيًا
delete-done-title = تم حذف الحساب
delete-done = تم حذف حسابك. مع السلامة!

## Roles
role-admin = الإدارة
role-lead = إدارة البرنامج
role-analyst = التحليل
role-manager = إدارة الحي
role-jury = لجنة التحكيم
role-actor = جهة فاعلة محلية
role-resident = ساكن أو ساكنة

## Administration
admin-users = الحسابات
admin-users-count = { $count ->
    [zero] لا توجد حسابات
    [one] حساب واحد
    [two] حسابان
    [few] { $count } حسابات
    [many] { $count } حسابًا
   *[other] { $count } حساب
}
admin-search = البريد الإلكتروني أو الاسم
admin-grant = منح دور
admin-quarters = إدارة الأحياء
admin-quarters-count = { $count ->
    [zero] لا توجد أحياء
    [one] حي واحد
    [two] حيّان
    [few] { $count } أحياء
    [many] { $count } حيًّا
   *[other] { $count } حي
}
admin-quarter-new = حي جديد
admin-invitations = الدعوات
admin-invitations-text = دعوة الموظفين عبر البريد الإلكتروني
admin-invitations-sent = الدعوات المرسلة
admin-invite-submit = إرسال الدعوة
admin-invite-sent = جارٍ إرسال الدعوة إلى { $email }.
admin-audit = سجل التغييرات
admin-audit-text = من غيّر ماذا، ومتى؟
admin-outbox = البريد الصادر
admin-outbox-text = الرسائل المرسلة والرسائل المنتظرة

## Error pages
error-code = رمز الخطأ
error-home = إلى الصفحة الرئيسية
error-400-title = الطلب غير مفهوم
error-400-text = تعذّرت معالجة الطلب. يُرجى المحاولة مرة أخرى.
error-403-title = لا توجد صلاحية للوصول
error-403-text = ليست لديك صلاحية لهذه الصفحة. إذا كنت قد أرسلت نموذجًا، فيُرجى إعادة تحميل الصفحة والمحاولة مرة أخرى.
error-404-title = الصفحة غير موجودة
error-404-text = هذه الصفحة غير موجودة (أو لم تعد موجودة). ربما تساعدك الصفحة الرئيسية.
error-429-title = محاولات كثيرة جدًا
error-429-text = يُرجى الانتظار دقيقة واحدة ثم المحاولة مرة أخرى.
error-500-title = حدث خطأ ما
error-500-text = حدث خطأ. لن تضيع البيانات التي أدخلتها؛ يُرجى المحاولة مرة أخرى لاحقًا.

## Mail
mail-verify-subject = يُرجى تأكيد بريدك الإلكتروني
mail-verify-body = مرحبًا،

    يُرجى تأكيد بريدك الإلكتروني عبر هذا الرابط:
    { $link }

    الرابط صالح لمدة 48 ساعة. إذا لم تقم بالتسجيل، فتجاهل هذه الرسالة.
mail-exists-subject = تسجيل باستخدام بريدك الإلكتروني
mail-exists-body = مرحبًا،

    حاول شخص ما التسجيل باستخدام بريدك الإلكتروني. لديك حساب بالفعل.
    إذا نسيت كلمة المرور: { $link }
mail-reset-subject = كلمة مرور جديدة لـ Quartier
mail-reset-body = مرحبًا،

    يمكنك تعيين كلمة مرور جديدة عبر هذا الرابط (صالح لمدة ساعة واحدة):
    { $link }

    إذا لم تطلب ذلك، فتجاهل هذه الرسالة.
mail-invite-subject = دعوة إلى Quartier – { $city }
mail-invite-body = مرحبًا،

    تمت دعوتك إلى Quartier بصفة «{ $role }» لمدينة { $city }.
    اقبل الدعوة عبر هذا الرابط (صالح لمدة سبعة أيام):
    { $link }

## Social monitoring and area selection
nav-monitoring = الرصد الاجتماعي
nav-decisions = اختيار المناطق
monitoring-intro = إحصاءات المدينة على مستوى المناطق الصغيرة: ما المناطق التي تحتاج إلى دعم خاص؟ لكل رقم مصدره، ويمكن تنزيل الجداول.
monitoring-catalogue = دليل المؤشرات
monitoring-ranking = الترتيب حسب الحاجة
monitoring-source = مصدر البيانات:
polarity-need = قيمة أعلى = حاجة أكبر
polarity-less = قيمة أعلى = حاجة أقل
polarity-neutral = مؤشر للسياق (لا يدخل في مؤشر الاحتياجات)
col-indicator = المؤشر
col-unit = الوحدة
col-polarity = الاتجاه
col-years = السنوات
col-source = المصدر
col-rank = المرتبة
col-score = درجة الاحتياج
col-rank-interval = نطاق المرتبة (90%)
col-p-top = احتمال أعلى حاجة
col-year = السنة
col-value = القيمة
col-city-average = متوسط المدينة
col-series = السلسلة الزمنية
col-version = النسخة
col-weight = الوزن
all = الكل
sort-by = الترتيب حسب
apply = تطبيق
export-csv = تنزيل بصيغة CSV
ranking-intro = مؤشر احتياجات مركّب لسنة { $year } (توحيد القيم بطريقة min-max، وأوزان متساوية). توضح النطاقات مدى تغيّر مرتبة المنطقة عندما تتغير الأوزان وطريقة التوحيد وطريقة الجمع بين المؤشرات تغييرًا عشوائيًا في { $runs ->
    [one] عملية محاكاة واحدة
    [two] عمليتَي محاكاة
    [few] { $runs } عمليات محاكاة
   *[other] { $runs } عملية محاكاة
} بطريقة مونت كارلو (Monte-Carlo).
ranking-indicators = المؤشرات المستخدمة في مؤشر الاحتياجات:
profile-need = الحاجة
profile-rank = { $n ->
    [one] المرتبة { $rank } من بين منطقة واحدة في مؤشر الاحتياجات.
    [two] المرتبة { $rank } من بين منطقتين في مؤشر الاحتياجات.
    [few] المرتبة { $rank } من بين { $n } مناطق في مؤشر الاحتياجات.
   *[other] المرتبة { $rank } من بين { $n } منطقة في مؤشر الاحتياجات.
}
profile-interval = في 90% من عمليات المحاكاة تقع المرتبة بين { $lo } و{ $hi }.
profile-p-top = احتمال أن تكون المنطقة من بين المناطق الأكثر حاجة: { $p }%.
profile-indicators = جميع المؤشرات
decisions-intro = ما المناطق التي ستصبح أحياءً تجريبية – ولماذا؟ هنا توثَّق قرارات الاختيار مع المعايير والمقارنة والمبررات.
decisions-none = لا يوجد قرار منشور حتى الآن.
decision-new = قرار اختيار جديد
decision-edit = تعديل (نسخة جديدة)
decision-title = العنوان
decision-candidates = المناطق المرشحة
decision-criteria = المعايير والأوزان
decision-chosen = المناطق المختارة
decision-rationale = المبررات
decision-body = الجهة التي اتخذت القرار
decision-date = تاريخ القرار
decision-link = رابط وثيقة مجلس المدينة (Ratsvorlage)
decision-publish = عرض للعامة
decision-draft = مسودة – غير منشورة
decision-comparison = مقارنة المناطق المرشحة ({ $year })
decision-versions = النسخ
decision-create-quarter = إنشاء حي من المناطق المختارة
hint-criteria = الوزن لكل مؤشر (0 أو فارغ = لا يؤخذ في الاعتبار).
hint-decision-body = مثل مجلس المدينة، أو لجنة التنمية الحضرية والبناء
error-title-required = يُرجى إدخال عنوان.
error-unknown-area = إحدى المناطق غير معروفة.
error-candidates-required = يُرجى اختيار منطقة مرشحة واحدة على الأقل.
error-chosen-required = يُرجى اختيار منطقة واحدة على الأقل.
error-chosen-not-candidate = يجب أن تكون المناطق المختارة من بين المناطق المرشحة أيضًا.
error-criteria-required = يُرجى إعطاء وزن لمعيار واحد على الأقل.
error-weight = يجب أن يكون وزن «{ $indicator }» رقمًا يساوي 0 أو أكثر.
error-rationale = يُرجى ذكر مبررات القرار (20 حرفًا على الأقل).
error-body-required = يُرجى ذكر الجهة التي اتخذت القرار.
error-date = يُرجى إدخال التاريخ بالصيغة YYYY-MM-DD (السنة-الشهر-اليوم).
error-link = يجب أن يبدأ الرابط بـ http:// أو https://.
map-nav = الخرائط
map-no-data = لا توجد بيانات
map-quarters = الأحياء
map-description = خريطة المناطق الإحصائية؛ كل منطقة رابط إلى ملفها التعريفي. ويحتوي الجدول المجاور على القيم نفسها.
map-title-value = { $indicator } { $year }
map-title-need = مؤشر الاحتياجات { $year }
map-title-lisa = التجمعات المكانية (LISA): { $indicator } { $year }
map-legend-lisa = مؤشر Moran's I المحلي، p ≤ 0.05
lisa-hh = مرتفع–مرتفع (بؤرة ساخنة)
lisa-lh = منخفض–مرتفع
lisa-ll = منخفض–منخفض (بؤرة باردة)
lisa-hl = مرتفع–منخفض
lisa-ns = غير دال إحصائيًا
map-layer = الطبقة
map-layer-value = قيمة المؤشر
map-layer-need = مؤشر الاحتياجات
map-layer-lisa = البؤر الساخنة (LISA)
map-classification = طريقة التصنيف
map-classes = عدد الفئات
map-method-quantiles = الكمّيات (عدد متساوٍ من المناطق في كل فئة)
map-method-equal = فترات متساوية
map-method-fisher-jenks = الفواصل الطبيعية (Fisher-Jenks)
map-method-stddev = الانحراف المعياري
map-download = تنزيل الخريطة بصيغة SVG
map-table = قيم الخريطة في جدول
map-class = الفئة
profile-series = السلاسل الزمنية مقارنةً بمتوسط المدينة
export-xlsx = تنزيل كملف Excel ‏(XLSX)
map-download-geojson = تنزيل المناطق مع قيمها بصيغة GeoJSON
report-link = تقرير للطباعة (A4)
report-title = المناطق ذات الاحتياجات الخاصة للدعم في { $city }
report-intro = تقرير اختيار المناطق: مؤشر الاحتياجات { $year } مع تحليل عدم اليقين ({ $runs } تشغيلة مونت كارلو)، والتجمعات المكانية والقرارات المنشورة.
report-print-hint = اطبع هذه الصفحة من قائمة الطباعة في متصفحك؛ تُخفى عناصر التنقل والتحكم عند الطباعة.
report-maps = الخرائط
report-top = المناطق الخمس عشرة الأعلى احتياجًا

## ---- datasets and uploads ----
nav-city-label = اختر المدينة
data-title = البيانات
data-intro = ارفع حدود المناطق وجداول المؤشرات ومناطق برامج الدعم القائمة لمدينة { $city }. يُفحص كل ملف أولًا ويُعرض كمعاينة، ولا يُطبَّق شيء قبل تأكيدك. وتُحفظ كل دفعة بيانات كإصدار مستقل.
data-upload-title = رفع بيانات جديدة
data-upload = رفع وفحص
data-progress = تقدّم الرفع
data-field-kind = نوع البيانات
data-kind-indicators = جدول مؤشرات
data-kind-indicators-hint = CSV أو TXT أو XLSX أو ODS أو JSON من واجهة برمجية إحصائية؛ بتنسيق عريض أو طويل، مع السنة في كل صف أو عمود أو في اسم العمود
data-kind-boundaries = حدود المناطق
data-kind-boundaries-hint = GeoJSON أو Shapefile ‏(.shp, .dbf, .prj, .cpg) أو GeoPackage؛ ويمكن أيضًا ضمن ملف ZIP
data-kind-programme-areas = مناطق برامج الدعم القائمة
data-kind-programme-areas-hint = مناطق برامج مثل «التماسك الاجتماعي»، تُعرض كطبقة فوق الخرائط
data-field-file = الملفات
data-hint-file = ملف واحد أو أكثر، أو أرشيف ZIP. يظهر شريط تقدّم أثناء رفع الملفات الكبيرة.
data-field-title = العنوان (اختياري)
data-field-source = المصدر
data-hint-source = ناشر البيانات، مثل «مدينة لايبزيغ، مكتب الإحصاء والانتخابات». يظهر أسفل كل خريطة وجدول.
data-field-licence = الترخيص / الإسناد
data-hint-licence = مثل «dl-de/by-2-0» أو «CC BY 4.0».
data-settings = إعدادات التعرّف (اختياري)
data-settings-hint = اتركها فارغة للتعرّف التلقائي. املأها فقط إذا تعرّفت المعاينة على شيء بشكل خاطئ.
data-field-key-field = العمود أو السمة التي تحتوي على رمز المنطقة
data-hint-key-field = في الجداول يمكن أن يحتوي العمود أيضًا على اسم المنطقة.
data-field-name-field = السمة التي تحتوي على اسم المنطقة
data-field-district-field = السمة التي تحتوي على الدائرة البلدية
data-field-crs = نظام الإحداثيات المرجعي
data-hint-crs = رمز EPSG إذا لم يحدّد الملف نظامًا، مثل 25833.
data-field-year = السنة
data-hint-year = للجداول التي لا تتضمن سنة.
data-field-sheet = ورقة العمل
data-field-delimiter = الفاصل
data-field-encoding = ترميز الأحرف
data-field-decimal = الفاصل العشري
data-detect = تعرّف تلقائي
data-delim-semicolon = فاصلة منقوطة (;)
data-delim-comma = فاصلة (,)
data-delim-tab = علامة الجدولة (Tab)
data-delim-pipe = خط عمودي (|)
data-enc-utf8 = UTF-8
data-enc-1252 = Windows-1252 / ISO-8859-1
data-dec-comma = فاصلة (1,5)
data-dec-point = نقطة (1.5)
data-field-new-city = إنشاء مدينة جديدة (اختياري)
data-hint-new-city = اسم مدينة أخرى؛ تُحفظ البيانات عندئذٍ فيها بدلًا من المدينة الحالية.
data-error-kind = يُرجى اختيار نوع البيانات.
data-error-file = يُرجى اختيار ملف واحد على الأقل.
data-versions = الإصدارات
data-none = لم تُرفع أي بيانات بعد.
data-col-kind = النوع
data-col-version = الإصدار
data-col-title = العنوان
data-col-status = الحالة
data-col-errors = الأخطاء
data-col-warnings = التنبيهات
data-col-by = بواسطة
data-col-when = التاريخ
data-status-preview = معاينة
data-status-applied = مطبَّق
data-status-discarded = مستبعَد
data-version-title = { $kind }، الإصدار { $version }
data-uploaded-by = رفعه { $who } لمدينة { $city }
data-applied-by = طبّقه { $who }
data-discarded-by = استبعده { $who }
data-back = العودة إلى نظرة عامة على البيانات
data-recognised = ما تم التعرّف عليه
data-files = الملفات
data-records = السجلات المقروءة
data-matched = المناطق المطابَقة
data-new-areas = مناطق جديدة (غير موجودة بعد): { $count }
data-unmatched = رموز أو أسماء بلا منطقة مطابقة (سيتم تخطيها): { $count }
data-missing = مناطق موجودة لا ترد في الملف: { $count }
data-fields = السمات في الملف
data-sample = أولى المناطق في الملف
data-fact-format = التنسيق
data-fact-encoding = ترميز الأحرف
data-fact-delimiter = الفاصل
data-fact-decimal = الفاصل العشري
data-fact-sheet = ورقة العمل
data-fact-layout = البنية
data-fact-header = العناوين في السطر
data-fact-rows = صفوف البيانات
data-fact-footer = أسطر الحواشي
data-fact-file = الملف
data-fact-key-field = سمة الرمز
data-fact-crs = نظام الإحداثيات المرجعي
data-problems = المشكلات
data-no-problems = لم يُعثر على أي مشكلات.
data-problems-caption = الأخطاء: { $errors }، التنبيهات: { $warnings }
data-problems-truncated = توجد مشكلات أخرى؛ تُعرض الأولى منها فقط.
data-col-severity = النوع
data-col-file = الملف
data-col-line = السطر
data-col-column = العمود
data-col-value = القيمة
data-col-message = الوصف (بالإنجليزية)
data-severity-error = خطأ
data-severity-warning = تنبيه
data-indicators = تطبيق المؤشرات
data-indicators-caption = المؤشرات التي تم التعرّف عليها
data-indicators-hint = اختر المؤشرات المراد تطبيقها وحدّد اسمها ووحدتها واتجاهها. إذا كان الرمز موجودًا مسبقًا، تُضاف القيم إلى قيم ذلك المؤشر أو تحل محلها.
data-col-include = تطبيق
data-col-in-file = في الملف
data-col-key = الرمز
data-col-name = الاسم
data-col-unit = الوحدة
data-col-polarity = الاتجاه
data-col-values = القيم
data-col-years = السنوات
data-col-range = النطاق
data-include = تطبيق { $name }
data-key-of = رمز { $name }
data-name-of = اسم { $name }
data-unit-of = وحدة { $name }
data-polarity-of = اتجاه { $name }
data-polarity-need = أعلى = حاجة أكبر
data-polarity-less = أعلى = حاجة أقل
data-polarity-neutral = محايد (سياق)
data-exists = موجود
data-apply = تطبيق
data-reapply = تطبيق هذا الإصدار مجددًا
data-discard = استبعاد
data-cannot-apply = لا يمكن تطبيق هذا الإصدار: صحّح الأخطاء في الملف ثم ارفعه مجددًا.
## ---- index configurations and exports (issue 4) ----
indices-title = إعدادات المؤشر المركّب
indices-intro = يحدّد إعداد المؤشر طريقة قياس احتياج المناطق: وفق طريقة برلين «رصد التنمية الحضرية الاجتماعية» (MSS) أو كمؤشر مركّب خاص بمؤشرات وأوزان مختارة. يُحفظ كل تعديل كإصدار جديد، وتبقى نتائج كل إصدار محفوظة.
indices-new = إعداد مؤشر جديد
indices-edit = تعديل إعداد المؤشر (إصدار جديد)
indices-none = لا يوجد بعد أي إعداد مؤشر محفوظ.
indices-list = إعدادات المؤشر المحفوظة (أحدث إصدار لكل منها)
indices-kind = الطريقة
indices-kind-mss = طريقة MSS (برلين)
indices-kind-composite = مؤشر مركّب خاص
indices-kind-hint = تستخدم طريقة MSS أربعة مؤشرات للوضع وأربعة للديناميكية وقيمًا معيارية (z) وحدودًا ثابتة للفئات؛ الأوزان والتطبيع والتجميع تخص المؤشر الخاص فقط.
indices-on-map = الخريطة
indices-map-link = عرض على الخريطة
indices-map-choice = إعداد المؤشر
indices-map-title = { $name } ({ $year })
indices-map-legend-mss = مؤشر الوضع (فئات MSS)
indices-map-legend-score = قيمة المؤشر (الخُمسيات)
indices-name = الاسم
indices-choose = – يرجى الاختيار –
indices-composite-indicators = المؤشرات والأوزان (المؤشر الخاص)
indices-weights-hint = اختر مؤشرين على الأقل. الأوزان أعداد موجبة، ويُعاد حسابها بحيث يكون مجموعها 1.
indices-normalisation = التطبيع
indices-norm-zscore = القيمة المعيارية (z)
indices-norm-minmax = الحد الأدنى والأقصى (0 إلى 100)
indices-norm-rank = الرُّتب
indices-aggregation = التجميع
indices-agg-arithmetic = الوسط الحسابي
indices-agg-geometric = الوسط الهندسي
indices-mss-status = مؤشرات الوضع في MSS
indices-mss-status-hint = أربعة مؤشرات للوضع الاجتماعي في السنة المختارة (S1 إلى S4).
indices-mss-dynamics = مؤشرات الديناميكية في MSS
indices-mss-dynamics-hint = أربعة مؤشرات يقيس تغيّرها خلال { $period } سنوات حتى السنة المختارة الديناميكيةَ (D1 إلى D4).
indices-mss-period-text = (التغيّر خلال { $period } سنوات، من { $from } إلى { $to })
indices-population = مؤشر عدد السكان
indices-population-hint = وفق طريقة MSS لا تُصنَّف المناطق التي يقل عدد سكانها عن 300 نسمة.
indices-no-population = لا شيء (تصنيف كل المناطق)
indices-save = حفظ وحساب
indices-indicators = المؤشرات
indices-results = نتائج الإصدار { $version }
indices-results-intro = حُسبت النتائج وحُفظت عند حفظ الإعداد. نطاق الرتبة هو مجال 5–95 % للرتبة عبر { $runs } تشغيلة مونت كارلو بأوزان وطرق متغيّرة.
indices-status-index = مؤشر الوضع
indices-dynamic-index = مؤشر الديناميكية
indices-class = الفئة
indices-class-top = أعلى احتياج (أعلى 10 %)
indices-class-rest = المناطق الأخرى
indices-mss-status-1 = الوضع مرتفع
indices-mss-status-2 = الوضع متوسط
indices-mss-status-3 = الوضع منخفض
indices-mss-status-4 = الوضع منخفض جدًا
indices-mss-dynamic-positive = الديناميكية إيجابية
indices-mss-dynamic-stable = الديناميكية مستقرة
indices-mss-dynamic-negative = الديناميكية سلبية
indices-versions = الإصدارات
indices-old-version = أنت تشاهد الإصدار الأقدم { $version }.
indices-show-newest = عرض أحدث إصدار
indices-filter-top = أعلى احتياج (أعلى { $share } %)
indices-filter-likely = أعلى احتياج على الأرجح (50 % على الأقل)
indices-filter-mss = { $name }: { $class }
indices-error-name = يرجى إدخال اسم.
indices-error-name-long = يجب ألا يتجاوز الاسم 120 حرفًا.
indices-error-kind = يرجى اختيار طريقة.
indices-error-year = يرجى اختيار سنة تتوفر لها بيانات.
indices-error-year-period = تحتاج الديناميكية إلى بيانات من سنة { $year }؛ يرجى اختيار سنة لاحقة.
indices-error-indicators = يرجى اختيار مؤشرين على الأقل.
indices-error-weight = يجب أن يكون وزن «{ $indicator }» عددًا موجبًا (1000 على الأكثر).
indices-error-normalisation = يرجى اختيار طريقة تطبيع.
indices-error-aggregation = يرجى اختيار طريقة تجميع.
indices-error-unknown-indicator = هذا المؤشر غير موجود في الفهرس.
indices-error-duplicate = لا يجوز استخدام أي مؤشر إلا مرة واحدة.
indices-error-mss_status-missing = يرجى تعيين أدوار الوضع الأربعة في MSS (S1 إلى S4).
indices-error-mss_dynamics-missing = يرجى تعيين أدوار الديناميكية الأربعة في MSS (D1 إلى D4).
indices-error-compute = تعذّر حساب المؤشر بهذه البيانات: { $detail }

## ---- MSS options ----
indices-dynamics-given = تحتوي مؤشرات الديناميكية بالفعل على التغيّر (بالنقاط المئوية) كما في جداول MSS
indices-exclude = المناطق المستبعدة
indices-exclude-hint = مفاتيح المناطق مفصولة بفواصل: قيم شاذة إحصائياً أو مناطق بلا بيانات يجب ألا تشوّه الحساب.
data-field-merge-duplicates = دمج العناصر التي تشترك في المفتاح نفسه في منطقة واحدة
## ---- civic structures ----
civic-actors = الجهات الفاعلة
civic-actors-title = الجهات الفاعلة في { $quarter }
civic-actors-intro = { $count } من الجمعيات والمبادرات والمؤسسات والأشخاص النشطين في الحي.
civic-actor = الجهة الفاعلة
civic-actor-new = إضافة جهة فاعلة
civic-actor-edit = تعديل { $name }
civic-nav-label = الهياكل المحلية
civic-none = لا توجد إدخالات بعد.
civic-unpublished = غير منشور
civic-internal = داخلي
civic-edit = تعديل
civic-choose = – يرجى الاختيار –
civic-name = الاسم
civic-kind = النوع
civic-description = الوصف
civic-description-easy = الوصف بلغة مبسطة
civic-hint-easy = اختياري: جمل قصيرة وكلمات بسيطة. يُعرض مع عبارة «لغة مبسطة».
civic-easy-label = لغة مبسطة
civic-address = العنوان
civic-lat = خط العرض
civic-lon = خط الطول
civic-hint-coord = الموقع على الخريطة (WGS 84، مثلاً 51.3397 و 12.3731)؛ اتركه فارغاً إذا كان غير معروف.
civic-location = الموقع
civic-languages = اللغات
civic-language = اللغة
civic-target-groups = الفئات المستهدفة
civic-target-group = الفئة المستهدفة
civic-hint-list = افصل بين القيم بفاصلة.
civic-opening-hours = أوقات العمل
civic-email = البريد الإلكتروني
civic-phone = الهاتف
civic-website = الموقع الإلكتروني
civic-barrier-free = المكان خالٍ من العوائق (بدون درج)
civic-barrier-free-yes = يمكن الوصول بدون درج
civic-barrier-free-no = لا يمكن الوصول بدون درج
civic-accessibility = إمكانية الوصول إلى المكان
civic-public-fields = البيانات الظاهرة للجميع
civic-hint-public = البيانات غير المحددة لا يراها إلا إدارة الحي وممثلو الجهة الفاعلة.
civic-published = إظهار في الدليل العام
civic-published-offer = إظهار في الدليل العام
civic-field-description = الوصف
civic-field-address = العنوان
civic-field-location = الموقع على الخريطة
civic-field-languages = اللغات
civic-field-target_groups = الفئات المستهدفة
civic-field-opening_hours = أوقات العمل
civic-field-email = البريد الإلكتروني
civic-field-phone = الهاتف
civic-field-website = الموقع الإلكتروني
civic-field-accessibility = إمكانية الوصول
civic-kind-association = جمعية
civic-kind-initiative = مبادرة
civic-kind-individual = شخص
civic-kind-school = مدرسة
civic-kind-kita = روضة أطفال
civic-kind-religious_community = جماعة دينية
civic-kind-migrant_organisation = منظمة مهاجرين
civic-kind-housing_company = شركة سكن
civic-kind-library = مكتبة
civic-kind-sports_club = نادٍ رياضي
civic-kind-counselling_centre = مركز استشارات
civic-kind-community_centre = مركز حي أو شباب
civic-kind-public_office = دائرة حكومية
civic-kind-neighbourhood_management = إدارة الحي
civic-kind-business = نشاط تجاري
civic-lang-de = الألمانية
civic-lang-en = الإنجليزية
civic-lang-ar = العربية
civic-lang-fa = الفارسية
civic-lang-uk = الأوكرانية
civic-lang-ru = الروسية
civic-lang-tr = التركية
civic-lang-vi = الفيتنامية
civic-lang-ku = الكردية
civic-lang-fr = الفرنسية
civic-lang-pl = البولندية
civic-offers = العروض
civic-needs = الاحتياجات
civic-offer-new = إضافة عرض
civic-need-new = إضافة احتياج
civic-offer-new-for = عرض جديد من { $name }
civic-need-new-for = احتياج جديد لـ { $name }
civic-item-edit = تعديل «{ $title }»
civic-category = الموضوع
civic-cat-course = دورات ومجموعات
civic-cat-language = دورات لغة ودعم لغوي
civic-cat-counselling = استشارات
civic-cat-room = قاعات
civic-cat-equipment = معدات للإعارة
civic-cat-volunteering = عمل تطوعي
civic-cat-meeting = لقاءات وفعاليات
civic-title = العنوان
civic-title-en = العنوان بالإنجليزية (اختياري)
civic-original-title = العنوان الأصلي
civic-schedule = الأوقات
civic-cost = التكلفة
civic-cost-free = مجاني
civic-cost-low = تكلفة منخفضة
civic-cost-paid = مدفوع
civic-place = المكان
civic-hint-place = اتركه فارغاً لاستخدام عنوان الجهة الفاعلة.
civic-import = استيراد قائمة الجهات الفاعلة
civic-import-intro = حمّل قائمة موجودة كملف CSV أو Excel. سترى أولاً معاينة بكل المشكلات؛ لا يُحفظ شيء قبل تأكيدك.
civic-import-columns = الأعمدة المعروفة (السطر الأول):
civic-import-file = الملف (CSV أو XLSX أو ODS)
civic-import-hint = الأعمدة المطلوبة: الاسم والنوع. اللغات كرموز (de، ar، …) مفصولة بفواصل.
civic-import-preview = عرض المعاينة
civic-import-preview-title = معاينة الاستيراد
civic-import-summary = { $file }: يمكن استيراد { $ok } سطر، وُجدت { $problems } مشكلة.
civic-import-problems = المشكلات في الملف
civic-import-rows = الأسطر التي سيتم استيرادها
civic-import-confirm = استيراد { $count } جهة فاعلة
civic-import-again = تحميل ملف آخر
civic-import-unreadable = لا يمكن قراءة الملف: { $detail }
civic-import-empty = الملف لا يحتوي على أسطر.
civic-import-unknown-column = عمود غير معروف، سيتم تجاهله.
civic-import-missing-column = عمود مطلوب مفقود.
civic-import-too-many = أكثر من { $max } سطر؛ يرجى تقسيم الملف.
civic-import-no-file = يرجى اختيار ملف.
civic-import-invalid = المعاينة غير صالحة أو فارغة. يرجى تحميل الملف مرة أخرى.
civic-row = السطر
civic-column = العمود
civic-problem = المشكلة
civic-error-name = يرجى إدخال اسم.
civic-error-title = يرجى إدخال عنوان.
civic-error-too-long = النص طويل جداً (200 حرف كحد أقصى).
civic-error-kind = يرجى اختيار نوع معروف.
civic-error-category = يرجى اختيار موضوع.
civic-error-cost = يرجى اختيار التكلفة.
civic-error-coord = يرجى إدخال إحداثية صحيحة (رقم عشري، مثلاً 51.3397).
civic-error-coord-pair = يرجى إدخال خط العرض وخط الطول معاً.
civic-error-language = رمز لغة غير معروف؛ المسموح: de, en, ar, fa, uk, ru, tr, vi, ku, fr, pl.
civic-error-email = يرجى إدخال بريد إلكتروني صحيح.
civic-error-website = يجب أن يبدأ الموقع بـ https:// أو http://.
civic-error-yes-no = يرجى كتابة «نعم» أو «لا» (ja/nein).
civic-error-actor = يرجى اختيار جهة فاعلة.
civic-error-same-actor = التعاون يحتاج إلى جهتين مختلفتين.
civic-error-link-kind = يرجى وصف نوع التعاون.
civic-error-year = يرجى إدخال سنة بين 1900 والسنة الحالية.
civic-error-datetime = يرجى إدخال التاريخ والوقت (YYYY-MM-DDTHH:MM).
civic-error-ends = يجب أن تكون النهاية بعد البداية.
civic-matching = العروض المناسبة
civic-matching-title = العروض المناسبة للاحتياجات في { $quarter }
civic-matching-intro = لكل احتياج يقترح «كفارتييه» عروضاً من جهات أخرى في الموضوع نفسه، مع أسباب الاقتراح.
civic-matching-none = لم يُعثر على عرض مناسب.
civic-reason-category = الموضوع نفسه
civic-reason-languages = لغات مشتركة: { $languages }
civic-reason-groups = الفئات المستهدفة نفسها: { $groups }
civic-reason-free = مجاني
civic-reason-near = قريب: على بعد { $metres } م
civic-network = شبكة التعاون
civic-network-title = شبكة التعاون في { $quarter }
civic-network-intro = من يعمل مع من؟ الدوائر هي الجهات الفاعلة والخطوط هي التعاون القائم. الألوان تُظهر المجموعات المترابطة، والحواف السميكة أهم الجهات الوسيطة.
civic-network-figure = شبكة الجهات الفاعلة؛ كل جهة رابط إلى صفحتها
civic-network-caption = الجدول أدناه يحتوي على المعلومات نفسها.
civic-network-table = الجهات الفاعلة مع المجموعة وعدد أوجه التعاون ودرجة الوساطة
civic-node-label = { $name }: { $links } تعاون
civic-active-links = أوجه التعاون القائمة
civic-density = الكثافة
civic-density-pct = الكثافة بالنسبة المئوية
civic-clusters = المجموعات
civic-cluster = المجموعة
civic-isolated = جهات بدون تعاون
civic-brokers = الجهات الوسيطة (أعلى درجة وساطة)
civic-degree = أوجه التعاون
civic-betweenness = درجة الوساطة
civic-growth = التطور عبر السنين
civic-chart-links = أوجه التعاون القائمة لكل سنة
civic-chart-density = كثافة الشبكة لكل سنة
civic-links = أوجه التعاون
civic-links-caption = كل أوجه التعاون مع البداية والحالة
civic-link-actors = الجهات الفاعلة
civic-link-kind = نوع التعاون
civic-link-measure = من خلال أي إجراء
civic-since = منذ (سنة)
civic-status = الحالة
civic-ended = انتهى { $year }
civic-end-link = إنهاء
civic-link-new = تسجيل تعاون
civic-link-a = الجهة الأولى
civic-link-b = الجهة الثانية
civic-link-save = حفظ التعاون
civic-directory = العروض في الحي
civic-directory-intro = ابحث عن دورات واستشارات وأماكن لقاء ومساعدة قريبة منك – حسب الموضوع واللغة والفئة المستهدفة.
civic-search-label = البحث في العروض
civic-search-words = كلمات البحث
civic-search = بحث
civic-any = الكل
civic-anywhere = في كل مكان
civic-near = بالقرب من
civic-free-only = العروض المجانية فقط
civic-results = تم العثور على { $count } عرض
civic-no-results = لم يُعثر على عروض. جرّب عدداً أقل من المرشحات.
civic-distance = على بعد { $metres } م
civic-map = خريطة العروض التي تم العثور عليها
civic-map-caption = النقاط هي عروض هذه الصفحة؛ كل نقطة رابط. القائمة أعلاه تحتوي على العروض نفسها.
civic-pages = الصفحات
civic-prev = الصفحة السابقة
civic-next = الصفحة التالية
civic-page-of = الصفحة { $page } من { $pages }
civic-calendar = تقويم الفعاليات
civic-calendar-intro = فعاليات الجهات الفاعلة في الأحياء. الأوقات بالتوقيت المحلي الألماني.
civic-months = الأشهر
civic-prev-month = الشهر السابق
civic-next-month = الشهر التالي
civic-no-events = لا توجد فعاليات مسجلة في هذا الشهر.
civic-organiser = الجهة المنظمة
civic-no-organiser = – بدون جهة منظمة –
civic-subscribe = الاشتراك في التقويم
civic-subscribe-hint = يمكنك الاشتراك في هذه العناوين في تطبيق التقويم (iCal).
civic-ics-all = كل الفعاليات (iCal)
civic-ics-quarter = الفعاليات في { $quarter } (iCal)
civic-event-new = إضافة فعالية
civic-event-new-in = فعالية جديدة في { $quarter }
civic-event-edit = تعديل «{ $title }»
civic-starts = البداية
civic-ends = النهاية
civic-hint-datetime = بالتوقيت المحلي الألماني.
civic-nav-directory = العروض
civic-nav-calendar = التقويم
map-overlay-programme = إظهار مناطق البرامج القائمة
map-overlay-programme-legend = مناطق البرامج القائمة
## ---- action plan (issue 5) ----
plan-title = خطة العمل
plan-overview-title = خطط العمل في الأحياء
plan-overview-intro = يمكن أن يكون لكل حي خطة عمل: مجالات عمل وأهداف وإجراءات بمؤشرات قابلة للقياس تنفذها المدينة والجهات الفاعلة معًا.
plan-counts = { $fields } مجالات عمل، { $goals } أهداف، { $measures } إجراءات
plan-recent = الإجراءات التي تغيّرت مؤخرًا
plan-none = لم تُنشر بعد خطة عمل لهذا الحي.
plan-create = إنشاء خطة العمل
plan-create-hint = أعطِ الخطة عنوانًا. ثم أضف مجالات العمل والأهداف والإجراءات، وانشرها بعد الاتفاق عليها.
plan-of = خطة العمل { $quarter }
plan-intro = خطة العمل المشتركة بين المدينة والجهات الفاعلة في { $quarter }: مجالات العمل والأهداف والإجراءات ومدى تقدمها.
plan-draft = مسودة
plan-draft-notice = مسودة: مرئية للموظفين فقط ولم تُنشر بعد.
plan-updated = آخر تغيير:
plan-views = عروض خطة العمل
plan-timeline = الجدول الزمني
plan-dashboard = التقدم
plan-history = سجل التغييرات
plan-compare = مقارنة تاريخين
plan-print = نسخة للطباعة للمجلس
plan-csv = جدول الإجراءات (CSV)
plan-xlsx = جدول الإجراءات (Excel)
plan-field-new = مجال عمل جديد
plan-goal-new = هدف جديد
plan-measure-new = إجراء جديد
plan-measure-edit = تعديل الإجراء
plan-edit = تعديل
plan-no-fields = لا توجد مجالات عمل بعد.
plan-no-measures = لا توجد إجراءات في هذا المجال بعد.
plan-goals = الأهداف
plan-measures-of = الإجراءات في مجال العمل { $field }
plan-col-nr = رقم
plan-col-measure = الإجراء
plan-col-goal = الهدف
plan-col-lead = الجهة المسؤولة
plan-col-period = الفترة
plan-col-status = الحالة
plan-col-priority = الأولوية
plan-col-baseline = القيمة الأساسية
plan-col-target = القيمة المستهدفة
plan-col-actual = القيمة الفعلية
plan-col-as-of = بتاريخ
plan-col-history = القيم عبر الزمن
plan-col-progress = التقدم نحو الهدف
plan-col-what = ماذا
plan-col-change = التغيير
plan-late = متأخر
plan-blocked = متوقف
plan-open-end = مفتوح
plan-open-end-short = (مفتوح)
plan-settings = العنوان والنشر
plan-f-plan-title = عنوان خطة العمل
plan-publish = منشورة (مرئية للجميع)
plan-f-code = الرمز
plan-f-name = الاسم
plan-f-description = الوصف
plan-hint-field-code = مثلًا HF1.
plan-hint-goal-code = مثلًا LZ1 لهدف توجيهي أو HZ1.1 لهدف تنفيذي.
plan-f-field = مجال العمل
plan-f-level = المستوى
plan-f-parent = الهدف التوجيهي الأعلى
plan-hint-parent = للأهداف التنفيذية فقط.
plan-f-goal-text = صياغة الهدف
plan-none-option = – لا شيء –
plan-level-leitziel = هدف توجيهي
plan-level-handlungsziel = هدف تنفيذي
plan-level-output = مخرجات
plan-level-outcome = نتائج وأثر
plan-sec-what = ماذا
plan-sec-who = مَن ولمَن
plan-sec-money = التكاليف والتمويل
plan-sec-when = الجدول الزمني والحالة
plan-f-nr = الرقم
plan-f-title = العنوان
plan-f-goal = الهدف
plan-f-lead = الجهة المسؤولة (جهة فاعلة)
plan-lead-other = – جهة أخرى (أدخلها أدناه) –
plan-f-lead-text = الجهة المسؤولة إن لم تكن من الجهات الفاعلة في الحي
plan-hint-lead-text = مثلًا دائرة في إدارة المدينة.
plan-f-partners = الشركاء
plan-f-groups = الفئات المستهدفة
plan-hint-groups = افصل بين عدة فئات بفاصلة، مثلًا Eltern, Neuzugewanderte.
plan-f-place = المكان
plan-f-cost = التكلفة (يورو)
plan-hint-cost = التكلفة الإجمالية التقديرية باليورو، مثلًا 12500.
plan-f-funding = التمويل
plan-hint-funding = برنامج دعم أو بند في الميزانية أو حجز مبلغ.
plan-f-secured = التمويل مضمون
plan-secured = مضمون
plan-reserved = رهن موافقة الميزانية
plan-f-start = البداية
plan-f-end = النهاية
plan-hint-end = اتركه فارغًا للمهام الدائمة.
plan-f-priority = الأولوية
plan-priority-1 = 1 – عالية
plan-priority-2 = 2 – متوسطة
plan-priority-3 = 3 – منخفضة
plan-f-status = الحالة
plan-status-idea = فكرة
plan-status-planned = مخطط
plan-status-running = قيد التنفيذ
plan-status-done = منجز
plan-status-permanent = أصبح دائمًا
plan-status-dropped = أُلغي
plan-f-blocked = متوقف (عائق يؤخر التنفيذ)
plan-f-note = ملاحظة
plan-f-status-note = ملاحظة حول الحالة
plan-indicators = المؤشرات
plan-hint-indicators = مؤشرات المخرجات والنتائج مع القيمة الأساسية والمستهدفة. تُتجاهل الأسطر الفارغة.
plan-indicator-n = المؤشر { $n }
plan-f-ind-name = المؤشر
plan-f-unit = الوحدة
plan-indicators-caption = المؤشرات: القيم الأساسية والمستهدفة والفعلية
plan-no-indicators = لم تُحدَّد مؤشرات.
plan-milestones = المحطات الرئيسية
plan-no-milestones = لا توجد محطات رئيسية.
plan-milestone-done = تحقق
plan-milestone-open = مفتوح
plan-milestone-mark = وضع علامة «تحقق»
plan-milestone-new = إضافة محطة رئيسية
plan-milestone-add = حفظ المحطة
plan-f-ms-title = المحطة الرئيسية
plan-f-due = الموعد
plan-back = العودة إلى: { $plan }
plan-suggested = شركاء مقترحون
plan-suggested-hint = جهات فاعلة في الحي تتقاطع فئاتها المستهدفة مع فئات الإجراء.
plan-suggested-none = لم يُعثر على جهات مناسبة أخرى.
plan-suggested-reason = فئات مستهدفة مشتركة: { $groups }
plan-progress = الإبلاغ عن التقدم
plan-progress-actual = القيمة الفعلية لمؤشر
plan-progress-status = الحالة
plan-f-indicator = المؤشر
plan-f-value = القيمة الفعلية
plan-hint-value = اتركه فارغًا إذا كنت تغيّر الحالة فقط.
plan-f-measured-on = بتاريخ
plan-progress-save = حفظ التقدم
plan-measure-history = التغييرات على هذا الإجراء
plan-no-changes = لم تُسجَّل تغييرات بعد.
plan-created = أُنشئ
plan-entity-plan = الخطة
plan-entity-field = مجال العمل
plan-entity-goal = الهدف
plan-entity-measure = الإجراء
plan-history-of = سجل التغييرات: { $plan }
plan-history-intro = يُسجَّل كل تغيير في الخطة مع وقته والقيم التي تغيّرت (القديمة ← الجديدة).
plan-timeline-of = الجدول الزمني: { $plan }
plan-timeline-intro = تُظهر الأشرطة مدة كل إجراء، والمعيّنات المحطات الرئيسية، والخط العمودي يوم اليوم. يحتوي الجدول أدناه على المعلومات نفسها.
plan-legend = مفتاح الرموز
plan-today = اليوم
plan-timeline-table = الجدول الزمني كجدول
plan-dashboard-of = التقدم: { $plan }
plan-status-by-field = الإجراءات حسب الحالة في كل مجال عمل
plan-late-measures = إجراءات متأخرة
plan-none-late = لا يوجد إجراء متأخر.
plan-blocked-measures = إجراءات متوقفة
plan-none-blocked = لا يوجد إجراء متوقف.
plan-targets-caption = القيم المستهدفة والفعلية في مجال العمل { $field }
plan-not-measured = لم يُقَس بعد
plan-compare-of = مقارنة تاريخين: { $plan }
plan-compare-intro = اختر يومين: تُعرض الخطة كما كانت في كل منهما مع جميع الفروق.
plan-compare-from = الخطة بتاريخ
plan-compare-to = مقارنةً بتاريخ
plan-compare-go = قارن
plan-compare-status = الإجراءات حسب الحالة في اليومين
plan-compare-added = أُضيف ({ $n })
plan-compare-removed = حُذف ({ $n })
plan-compare-changed = تغيّر ({ $n })
plan-print-intro = خطة العمل لحي { $quarter } بتاريخ { $date }. مرفق بمشروع القرار.
plan-total-cost = التكلفة التقديرية لجميع الإجراءات: { $sum } يورو
plan-err-title = يرجى إدخال عنوان.
plan-err-code = يرجى إدخال رمز.
plan-err-code-taken = هذا الرمز مستخدم بالفعل في هذه الخطة.
plan-err-name = يرجى إدخال اسم.
plan-err-field = يرجى اختيار مجال عمل من هذه الخطة.
plan-err-level = يرجى اختيار هدف توجيهي أو هدف تنفيذي.
plan-err-parent = يجب أن يكون الهدف الأعلى هدفًا توجيهيًا من هذه الخطة.
plan-err-parent-required = يحتاج الهدف التنفيذي إلى هدف توجيهي أعلى.
plan-err-parent-leit = الهدف التوجيهي ليس له هدف أعلى.
plan-err-parent-field = ينتمي الهدف التوجيهي إلى مجال عمل آخر.
plan-err-goal-text = يرجى صياغة الهدف (5 أحرف على الأقل).
plan-err-measure-title = يرجى إدخال عنوان للإجراء.
plan-err-goal = هذا الهدف غير موجود في هذه الخطة.
plan-err-goal-field = ينتمي الهدف إلى مجال عمل آخر.
plan-err-actor = هذه الجهة الفاعلة لا تنتمي إلى الحي.
plan-err-lead = يرجى اختيار جهة فاعلة مسؤولة أو إدخال جهة.
plan-err-cost = يجب أن تكون التكلفة رقمًا من 0 فما فوق، مثلًا 12500.
plan-err-date = يرجى إدخال تاريخ صحيح (YYYY-MM-DD).
plan-err-end-before-start = النهاية تقع قبل البداية.
plan-err-priority = يرجى اختيار أولوية من 1 إلى 3.
plan-err-status = يرجى اختيار حالة صحيحة.
plan-err-ind-name = المؤشر { $n }: الاسم مفقود.
plan-err-ind-unknown = أحد المؤشرات لا ينتمي إلى هذا الإجراء.
plan-err-ind-values = المؤشر «{ $name }»: يجب أن تكون القيمة الأساسية والمستهدفة أرقامًا وأن يكون المستوى صحيحًا.
plan-err-indicator = يرجى اختيار مؤشر من مؤشرات هذا الإجراء.
plan-err-value = يجب أن تكون القيمة الفعلية رقمًا.
plan-err-future = التاريخ في المستقبل.
plan-err-nothing = يرجى إدخال قيمة فعلية أو تغيير الحالة.
plan-err-ms-title = يرجى تسمية المحطة الرئيسية.
plan-err-to-before-from = التاريخ الثاني يقع قبل الأول.
data-layout-wide = عريض: عمود لكل مؤشر
data-layout-year-column = عريض، السنة في عمود
data-layout-year-headers = عريض، السنوات كعناوين أعمدة
data-layout-year-suffix = عريض، السنة لاحقة لاسم العمود
data-layout-long = طويل: منطقة ومؤشر وسنة وقيمة في كل صف

## ---- action plan: editing, removals, RTL timeline, print ----
plan-field-edit = تعديل مجال العمل
plan-goal-edit = تعديل الهدف
plan-err-level-children = تندرج تحت هذا الهدف التوجيهي أهداف عمل؛ يجب أن يبقى هدفًا توجيهيًا.
plan-err-field-children = تندرج تحت هذا الهدف التوجيهي أهداف عمل؛ يبقى في مجال عمله.
plan-dropped-measures = الإجراءات الملغاة ({ $n })
plan-dropped-hint = لا تُحتسب الإجراءات الملغاة متأخرة ولا متعثرة؛ وتبقى محفوظة مع سجلها.
plan-col-remove = إزالة
plan-ind-remove = إزالة المؤشر
plan-ind-remove-hint = لا يظهر المؤشر المُزال بعد ذلك في الخطة ولا في التقدم ولا في التصدير؛ وتبقى قيمه السابقة في سجل التغييرات.
plan-err-ind-remove = يرجى اختيار مؤشر من مؤشرات هذا الإجراء لإزالته.
plan-diff-added = جديد
plan-diff-removed = أُزيل
plan-print-city = المدينة
plan-print-quarter = الحي
plan-print-as-of = بتاريخ
plan-print-back = العودة إلى خطة العمل
plan-print-indicators = مؤشرات جميع الإجراءات
plan-print-timeline = الجدول الزمني للإجراءات
