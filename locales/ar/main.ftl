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
