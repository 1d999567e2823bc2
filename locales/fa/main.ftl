# Quartier — Farsi (فارسی)

## Shell
skip-to-content = رفتن به محتوای اصلی
meta-description = Quartier – سامانه‌ای برای توسعه فراگیر محله‌ها: آمار، برنامه اقدام، مشارکت ساکنان، صندوق محله و انتقال تجربه.
nav-main-label = منوی اصلی
nav-language-label = انتخاب زبان
nav-home = صفحه اصلی
nav-quarters = محله‌ها
nav-areas = مناطق
nav-admin = مدیریت سامانه
nav-account = حساب من
nav-login = ورود
nav-logout = خروج
nav-register = ثبت‌نام
nav-about = درباره Quartier و حفاظت از داده‌ها
fictional-label = شهر نمایشی خیالی:
fictional-notice = شهر Musterstadt وجود ندارد. همه مکان‌ها، افراد و اعداد ساختگی هستند.
footer-about = Quartier نرم‌افزاری آزاد (EUPL-1.2) برای توسعه فراگیر محله‌ها با بودجه کم است.
footer-api = رابط برنامه‌نویسی (API)
confirm-danger = آیا واقعاً می‌خواهید ادامه دهید؟ این کار قابل بازگشت نیست.
form-errors-title = لطفاً اطلاعات واردشده را بررسی کنید
save = ذخیره
cancel = انصراف
create = ایجاد
search = جستجو
revoke = لغو
yes = بله
no = خیر

## Start page
home-title = به Quartier خوش آمدید
home-title-city = توسعه محله‌ها در { $city }
home-intro = در اینجا شهرداری، مدیریت محله، انجمن‌ها، گروه‌های مردمی و ساکنان با هم برای محله‌هایی زنده و پویا کار می‌کنند. حتی اگر آلمانی کم می‌دانید، پول کمی دارید یا اینترنت ندارید، می‌توانید شرکت کنید.
home-welcome = سلام { $name }!
home-no-roles = شما هنوز نقشی ندارید.
home-your-roles = نقش‌های شما:
home-quarters = محله‌ها
home-no-quarters = هنوز هیچ محله‌ای ثبت نشده است.
home-take-part = چگونه شرکت کنید
home-step-online = آنلاین: ایده بدهید، نظر بنویسید و رأی بدهید – با نام مستعار هم می‌شود.
home-step-paper = روی کاغذ: فرم‌ها در دفتر محله (Stadtteilladen) موجود است؛ مدیریت محله آن‌ها را در سامانه وارد می‌کند.
home-step-language = به زبان خودتان: آلمانی، انگلیسی، عربی، فارسی، اوکراینی، روسی، ترکی و ویتنامی.
home-loop-title = مسیر از آمار تا اثر
loop-statistics = بارگذاری آمار مناطق کوچک و ساختن یک شاخص نیاز روشن و قابل فهم
loop-selection = یافتن مناطقی که به حمایت ویژه نیاز دارند و ثبت دلایل انتخاب آن‌ها
loop-quarter = ایجاد شبکه‌ای از فعالان و همکاران در محله
loop-plan = تهیه برنامه اقدام با حوزه‌های کاری، اهداف و اقدامات
loop-participation = مشارکت دادن ساکنان – به هر مشارکتی پاسخ داده می‌شود
loop-fund = حمایت از پروژه‌های کوچک با صندوق محله (Verfügungsfonds)
loop-impact = سنجش نتایج و اثرها
loop-transfer = بررسی اینکه چه چیزی را می‌توان به محله‌ها و شهرهای دیگر منتقل کرد

## About
about-what = Quartier به شهرها کمک می‌کند محله‌هایی را که به حمایت ویژه نیاز دارند پیدا کنند، در آنجا ساختارهای محلی بسازند و بررسی کنند چه چیزی را می‌توان به جاهای دیگر منتقل کرد. الگوی آن، پروژه آزمایشی شهر لایپزیگ با نام «Integration durch Initiativmanagement» («ادغام از راه مدیریت ابتکارها»، INTIGRA، 2017–2019) است.
about-privacy-title = حفاظت از داده‌ها
about-privacy = ما فقط چیزی را ذخیره می‌کنیم که برای مشارکت لازم است. شما می‌توانید به‌طور عمومی یک نام مستعار نشان دهید، هر زمان داده‌های خود را دانلود کنید و حساب خود را خودتان حذف کنید. پاسخ‌های نظرسنجی جدا از حساب شما ذخیره می‌شوند.
about-licence-title = مجوز
about-licence = Quartier نرم‌افزاری آزاد تحت مجوز عمومی اتحادیه اروپا (EUPL-1.2) است.

## Quarters and areas
quarters-caption = همه محله‌ها
quarter-areas = مناطق آماری در محله
areas-intro = شهر به { $count } منطقه آماری تقسیم شده است.
areas-caption = مناطق آماری
col-name = نام
col-description = توضیحات
col-areas = مناطق
col-key = کد
col-district = ناحیه شهری
col-verified = ایمیل تأیید شده
col-created = تاریخ ایجاد
col-action = اقدام
col-time = زمان
col-by = توسط
col-target = مورد
col-detail = جزئیات
col-to = گیرنده
col-subject = موضوع
col-status = وضعیت
col-attempts = تلاش‌ها

## Forms
field-email = نشانی ایمیل
field-password = رمز عبور
field-new-password = رمز عبور جدید
field-password-confirm = تکرار رمز عبور
field-display-name = نام
field-pseudonym = نام مستعار
field-show-pseudonym = به‌جای نامم، نام مستعارم به‌طور عمومی نشان داده شود
field-language = زبان
field-digest = خلاصه ایمیلی
field-role = نقش
field-scope = محدوده
field-accept = اطلاعات مربوط به حفاظت از داده‌ها را خوانده‌ام.
hint-display-name = دیگران شما را با این نام می‌بینند. بعداً می‌توانید یک نام مستعار انتخاب کنید.
hint-password = دست‌کم { $min } نویسه.
hint-pseudonym = اگر در پایین آن را انتخاب کنید، همراه مشارکت‌های عمومی شما نشان داده می‌شود.
hint-slug = حروف کوچک لاتین، عدد و خط تیره، برای نمونه «nordvorstadt».
hint-delete-password = برای امنیت، لطفاً رمز عبور خود را وارد کنید.
digest-off = هیچ
digest-daily = روزانه
digest-weekly = هفتگی
scope-city = کل شهر
scope-quarter = محله

## Errors in forms
error-email-required = لطفاً نشانی ایمیل خود را وارد کنید.
error-email-invalid = لطفاً یک نشانی ایمیل معتبر وارد کنید، برای نمونه name@beispiel.de.
error-password-required = لطفاً رمز عبور خود را وارد کنید.
error-password-short = رمز عبور باید دست‌کم { $min } نویسه باشد.
error-password-is-email = رمز عبور نباید همان نشانی ایمیل شما باشد.
error-password-mismatch = دو رمز عبور با هم یکسان نیستند.
error-login-failed = نشانی ایمیل یا رمز عبور درست نیست.
error-not-verified = لطفاً ابتدا نشانی ایمیل خود را تأیید کنید. یک پیوند جدید برایتان فرستادیم.
error-name-required = لطفاً یک نام وارد کنید.
error-name-long = نام حداکثر می‌تواند 80 نویسه باشد.
error-pseudonym-long = نام مستعار حداکثر می‌تواند 40 نویسه باشد.
error-pseudonym-required = اگر می‌خواهید نام مستعار نشان داده شود، لطفاً آن را وارد کنید.
error-accept = لطفاً تأیید کنید که اطلاعات حفاظت از داده‌ها را خوانده‌اید.
error-token-invalid = این پیوند نامعتبر است یا منقضی شده است. لطفاً پیوند جدیدی درخواست کنید.
error-slug = لطفاً فقط از حروف کوچک لاتین، عدد و خط تیره استفاده کنید.
error-slug-taken = این کد قبلاً استفاده شده است.
error-areas-required = لطفاً دست‌کم یک منطقه انتخاب کنید.
error-role = لطفاً یک نقش انتخاب کنید.

## Sign-in and registration
login-title = ورود
login-submit = ورود
login-forgot = رمز عبور را فراموش کرده‌اید؟
login-no-account = هنوز حساب ندارید؟
register-title = ثبت‌نام
register-intro = با داشتن حساب می‌توانید ایده بدهید، نظر بنویسید و رأی بدهید. بدون حساب هم می‌توانید مطالب را بخوانید.
register-submit = ساختن حساب
register-done-title = تقریباً تمام شد
register-check-mail = یک ایمیل به { $email } فرستادیم. لطفاً برای تأیید حساب خود روی پیوند داخل آن کلیک کنید.
verify-ok-title = نشانی ایمیل تأیید شد
verify-ok = سپاسگزاریم! نشانی ایمیل شما تأیید شد. اکنون می‌توانید وارد شوید.
verify-bad-title = پیوند نامعتبر
verify-bad = این پیوند تأیید نامعتبر است، قبلاً استفاده شده یا منقضی شده است. برای دریافت پیوند جدید وارد شوید.
forgot-title = فراموشی رمز عبور
forgot-intro = نشانی ایمیل خود را وارد کنید. پیوندی برایتان می‌فرستیم که با آن می‌توانید رمز عبور جدیدی بگذارید.
forgot-submit = درخواست پیوند
forgot-sent = اگر حسابی با این نشانی وجود داشته باشد، ایمیلی در راه است. پیوند یک ساعت اعتبار دارد.
reset-title = رمز عبور جدید
reset-submit = ذخیره رمز عبور
reset-done = رمز عبور شما تغییر کرد. همه ورودهای قبلی پایان یافتند.
invite-title = پذیرفتن دعوت
invite-intro = شما با نقش «{ $role }» دعوت شده‌اید ({ $email }).
invite-existing = برای این نشانی از قبل حسابی وجود دارد. با رمز عبور خود تأیید کنید.
invite-submit = پذیرفتن دعوت

## Account
account-profile = نمایه
account-roles = نقش‌ها
account-api = دسترسی API
account-api-count = { $count ->
   *[other] شما { $count } کلید API فعال دارید.
}
account-api-create = ساختن کلید API جدید
account-api-created = کلید API جدید شما – فقط همین یک بار نشان داده می‌شود:
account-data = داده‌های من
account-export = دانلود داده‌های من (JSON)
account-delete = حذف حساب من
delete-intro = حساب، نقش‌ها و ورودهای شما حذف می‌شوند. مشارکت‌های عمومی بدون نام شما باقی می‌مانند.
delete-submit = حذف همیشگی حساب
delete-done-title = حساب حذف شد
delete-done = حساب شما حذف شد. خدانگهدار!

## Roles
role-admin = مدیریت سامانه
role-lead = مدیریت برنامه
role-analyst = تحلیل
role-manager = مدیریت محله
role-jury = هیئت داوران
role-actor = فعال محلی
role-resident = ساکن محله

## Administration
admin-users = حساب‌ها
admin-users-count = { $count } حساب
admin-search = ایمیل یا نام
admin-grant = دادن نقش
admin-quarters = مدیریت محله‌ها
admin-quarters-count = { $count } محله
admin-quarter-new = محله جدید
admin-invitations = دعوت‌ها
admin-invitations-text = دعوت از همکاران با ایمیل
admin-invitations-sent = دعوت‌های فرستاده‌شده
admin-invite-submit = فرستادن دعوت
admin-invite-sent = دعوت برای { $email } در راه است.
admin-audit = گزارش تغییرات
admin-audit-text = چه کسی، چه چیزی را، چه زمانی تغییر داد؟
admin-outbox = ایمیل‌های خروجی
admin-outbox-text = ایمیل‌های فرستاده‌شده و در انتظار

## Error pages
error-code = کد خطا
error-home = رفتن به صفحه اصلی
error-400-title = درخواست قابل فهم نیست
error-400-text = درخواست پردازش نشد. لطفاً دوباره تلاش کنید.
error-403-title = دسترسی ندارید
error-403-text = شما اجازه دیدن این صفحه را ندارید. اگر فرمی فرستاده‌اید، لطفاً صفحه را دوباره بارگذاری کنید و دوباره تلاش کنید.
error-404-title = صفحه پیدا نشد
error-404-text = این صفحه وجود ندارد (یا دیگر وجود ندارد). شاید صفحه اصلی کمک کند.
error-429-title = تلاش‌های بیش از حد
error-429-text = لطفاً یک دقیقه صبر کنید و سپس دوباره تلاش کنید.
error-500-title = مشکلی پیش آمد
error-500-text = خطایی رخ داد. اطلاعاتی که وارد کرده‌اید از بین نمی‌رود؛ لطفاً بعداً دوباره تلاش کنید.

## Mail
mail-verify-subject = لطفاً نشانی ایمیل خود را تأیید کنید
mail-verify-body = با سلام،

    لطفاً نشانی ایمیل خود را با این پیوند تأیید کنید:
    { $link }

    این پیوند 48 ساعت اعتبار دارد. اگر ثبت‌نام نکرده‌اید، این ایمیل را نادیده بگیرید.
mail-exists-subject = ثبت‌نام با نشانی ایمیل شما
mail-exists-body = با سلام،

    کسی خواست با نشانی ایمیل شما ثبت‌نام کند. شما از قبل حساب دارید.
    اگر رمز عبور خود را فراموش کرده‌اید: { $link }
mail-reset-subject = رمز عبور جدید برای Quartier
mail-reset-body = با سلام،

    با این پیوند می‌توانید رمز عبور جدیدی بگذارید (یک ساعت اعتبار دارد):
    { $link }

    اگر شما این را درخواست نکرده‌اید، این ایمیل را نادیده بگیرید.
mail-invite-subject = دعوت به Quartier – { $city }
mail-invite-body = با سلام،

    شما با نقش «{ $role }» برای شهر { $city } به Quartier دعوت شده‌اید.
    دعوت را با این پیوند بپذیرید (هفت روز اعتبار دارد):
    { $link }

## Social monitoring and area selection
nav-monitoring = پایش اجتماعی
nav-decisions = انتخاب مناطق
monitoring-intro = آمار شهر در سطح مناطق کوچک: کدام مناطق به حمایت ویژه نیاز دارند؟ همه اعداد همراه با منبع؛ جدول‌ها را می‌توان دانلود کرد.
monitoring-catalogue = فهرست شاخص‌ها
monitoring-ranking = رتبه‌بندی بر اساس نیاز
monitoring-source = منبع داده‌ها:
polarity-need = مقدار بیشتر = نیاز بیشتر
polarity-less = مقدار بیشتر = نیاز کمتر
polarity-neutral = شاخص زمینه‌ای (در شاخص نیاز به حساب نمی‌آید)
col-indicator = شاخص
col-unit = واحد
col-polarity = جهت
col-years = سال‌ها
col-source = منبع
col-rank = رتبه
col-score = مقدار شاخص نیاز
col-rank-interval = بازه رتبه (90 درصد)
col-p-top = احتمال بیشترین نیاز
col-year = سال
col-value = مقدار
col-city-average = میانگین شهر
col-series = سری زمانی
col-version = نسخه
col-weight = وزن
all = همه
sort-by = مرتب‌سازی بر اساس
apply = اعمال
export-csv = دانلود به صورت CSV
ranking-intro = شاخص ترکیبی نیاز برای سال { $year } (نرمال‌سازی min-max، وزن‌های برابر). بازه‌ها نشان می‌دهند که اگر وزن‌ها، روش نرمال‌سازی و روش ترکیب شاخص‌ها در { $runs } اجرای شبیه‌سازی مونت‌کارلو (Monte-Carlo) به‌طور تصادفی تغییر کنند، رتبه هر منطقه چقدر جابه‌جا می‌شود.
ranking-indicators = شاخص‌های به‌کاررفته در شاخص نیاز:
profile-need = نیاز
profile-rank = رتبه { $rank } از { $n } منطقه در شاخص نیاز.
profile-interval = در 90 درصد حالت‌ها رتبه بین { $lo } و { $hi } است.
profile-p-top = احتمال اینکه این منطقه جزو مناطق با بیشترین نیاز باشد: { $p } درصد.
profile-indicators = همه شاخص‌ها
decisions-intro = کدام مناطق محله‌های آزمایشی می‌شوند – و چرا؟ تصمیم‌های انتخاب همراه با معیارها، مقایسه و دلایل در اینجا ثبت شده‌اند.
decisions-none = هنوز هیچ تصمیم منتشرشده‌ای وجود ندارد.
decision-new = تصمیم انتخاب جدید
decision-edit = ویرایش (نسخه جدید)
decision-title = عنوان
decision-candidates = مناطق نامزد
decision-criteria = معیارها و وزن‌ها
decision-chosen = مناطق انتخاب‌شده
decision-rationale = دلایل
decision-body = نهاد تصمیم‌گیرنده
decision-date = تاریخ تصمیم
decision-link = پیوند به سند شورای شهر (Ratsvorlage)
decision-publish = نمایش عمومی
decision-draft = پیش‌نویس – غیرعمومی
decision-comparison = مقایسه مناطق نامزد ({ $year })
decision-versions = نسخه‌ها
decision-create-quarter = ایجاد محله از مناطق انتخاب‌شده
hint-criteria = وزن هر شاخص (0 یا خالی = در نظر گرفته نمی‌شود).
hint-decision-body = برای نمونه شورای شهر، کمیسیون توسعه شهری و ساختمان
error-title-required = لطفاً یک عنوان وارد کنید.
error-unknown-area = یکی از مناطق ناشناخته است.
error-candidates-required = لطفاً دست‌کم یک منطقه نامزد انتخاب کنید.
error-chosen-required = لطفاً دست‌کم یک منطقه انتخاب کنید.
error-chosen-not-candidate = مناطق انتخاب‌شده باید جزو مناطق نامزد هم باشند.
error-criteria-required = لطفاً دست‌کم به یک معیار وزن بدهید.
error-weight = وزن «{ $indicator }» باید عددی برابر با 0 یا بیشتر باشد.
error-rationale = لطفاً دلایل تصمیم را بنویسید (دست‌کم 20 نویسه).
error-body-required = لطفاً نهاد تصمیم‌گیرنده را نام ببرید.
error-date = لطفاً تاریخ میلادی را با قالب YYYY-MM-DD (سال-ماه-روز) وارد کنید.
error-link = پیوند باید با http:// یا https:// شروع شود.
map-nav = نقشه‌ها
map-no-data = بدون داده
map-quarters = محله‌ها
map-description = نقشه مناطق آماری؛ هر منطقه پیوندی به نمایه خود است. جدول کنار نقشه همان مقادیر را نشان می‌دهد.
map-title-value = { $indicator } { $year }
map-title-need = شاخص نیاز { $year }
map-title-lisa = خوشه‌های فضایی (LISA): { $indicator } { $year }
map-legend-lisa = شاخص Moran's I محلی، p ≤ 0.05
lisa-hh = بالا–بالا (نقطه داغ)
lisa-lh = پایین–بالا
lisa-ll = پایین–پایین (نقطه سرد)
lisa-hl = بالا–پایین
lisa-ns = از نظر آماری معنادار نیست
map-layer = لایه
map-layer-value = مقدار شاخص
map-layer-need = شاخص نیاز
map-layer-lisa = نقاط داغ (LISA)
map-classification = طبقه‌بندی
map-classes = تعداد طبقه‌ها
map-method-quantiles = چندک‌ها (تعداد برابر منطقه در هر طبقه)
map-method-equal = بازه‌های برابر
map-method-fisher-jenks = شکست‌های طبیعی (Fisher-Jenks)
map-method-stddev = انحراف معیار
map-download = دانلود نقشه به صورت SVG
map-table = مقادیر نقشه به صورت جدول
map-class = طبقه
profile-series = سری‌های زمانی در مقایسه با میانگین شهر
export-xlsx = دانلود به صورت فایل Excel ‏(XLSX)
map-download-geojson = دانلود مناطق همراه با مقادیر به صورت GeoJSON
report-link = گزارش برای چاپ (A4)
report-title = مناطق با نیاز ویژه به حمایت در { $city }
report-intro = گزارش انتخاب منطقه: شاخص نیاز { $year } با تحلیل عدم قطعیت ({ $runs } اجرای مونت‌کارلو)، خوشه‌های مکانی و تصمیم‌های منتشرشده.
report-print-hint = این صفحه را از منوی چاپ مرورگر خود چاپ کنید؛ ناوبری و دکمه‌ها در چاپ پنهان می‌شوند.
report-maps = نقشه‌ها
report-top = ۱۵ منطقه با بیشترین نیاز

## ---- datasets and uploads ----
nav-city-label = انتخاب شهر
data-title = داده‌ها
data-intro = مرزهای مناطق، جدول‌های شاخص و مناطق موجود برنامه‌های حمایتی را برای { $city } بارگذاری کنید. هر فایل ابتدا بررسی و به صورت پیش‌نمایش نشان داده می‌شود؛ تا زمانی که تأیید نکنید، چیزی اعمال نمی‌شود. هر تحویل داده به عنوان نسخه‌ای جداگانه نگه داشته می‌شود.
data-upload-title = بارگذاری داده‌های جدید
data-upload = بارگذاری و بررسی
data-progress = پیشرفت بارگذاری
data-field-kind = نوع داده
data-kind-indicators = جدول شاخص‌ها
data-kind-indicators-hint = CSV، TXT، XLSX، ODS یا JSON از یک رابط برنامه‌نویسی آماری؛ در قالب پهن یا بلند، با سال در هر سطر، ستون یا نام ستون
data-kind-boundaries = مرزهای مناطق
data-kind-boundaries-hint = GeoJSON، Shapefile ‏(.shp, .dbf, .prj, .cpg) یا GeoPackage؛ همچنین به صورت ZIP
data-kind-programme-areas = مناطق موجود برنامه‌های حمایتی
data-kind-programme-areas-hint = محدوده‌های برنامه‌هایی مانند «انسجام اجتماعی»، به صورت لایه‌ای روی نقشه‌ها
data-field-file = فایل‌ها
data-hint-file = یک یا چند فایل، یا یک آرشیو ZIP. هنگام بارگذاری فایل‌های بزرگ، نوار پیشرفت نمایش داده می‌شود.
data-field-title = عنوان (اختیاری)
data-field-source = منبع
data-hint-source = ناشر داده‌ها، مثلاً «شهر لایپزیگ، اداره آمار و انتخابات». زیر هر نقشه و جدول نمایش داده می‌شود.
data-field-licence = مجوز / ذکر منبع
data-hint-licence = مثلاً «dl-de/by-2-0» یا «CC BY 4.0».
data-settings = تنظیمات تشخیص (اختیاری)
data-settings-hint = برای تشخیص خودکار خالی بگذارید. فقط زمانی پر کنید که پیش‌نمایش چیزی را اشتباه تشخیص داده باشد.
data-field-key-field = ستون یا ویژگی حاوی کد منطقه
data-hint-key-field = در جدول‌ها، این ستون می‌تواند نام منطقه را نیز در بر داشته باشد.
data-field-name-field = ویژگی حاوی نام منطقه
data-field-district-field = ویژگی حاوی ناحیه شهری
data-field-crs = سیستم مختصات مرجع
data-hint-crs = کد EPSG، اگر فایل سیستمی تعیین نکرده باشد، مثلاً 25833.
data-field-year = سال
data-hint-year = برای جدول‌های بدون سال.
data-field-sheet = برگه
data-field-delimiter = جداکننده
data-field-encoding = رمزگذاری نویسه‌ها
data-field-decimal = جداکننده اعشار
data-detect = تشخیص خودکار
data-delim-semicolon = نقطه‌ویرگول (;)
data-delim-comma = ویرگول (,)
data-delim-tab = تب (Tab)
data-delim-pipe = خط عمودی (|)
data-enc-utf8 = UTF-8
data-enc-1252 = Windows-1252 / ISO-8859-1
data-dec-comma = ویرگول (1,5)
data-dec-point = نقطه (1.5)
data-field-new-city = ایجاد شهر جدید (اختیاری)
data-hint-new-city = نام شهری دیگر؛ در این صورت داده‌ها به جای شهر فعلی در آن شهر ذخیره می‌شوند.
data-error-kind = لطفاً نوع داده را انتخاب کنید.
data-error-file = لطفاً دست‌کم یک فایل انتخاب کنید.
data-versions = نسخه‌ها
data-none = هنوز هیچ داده‌ای بارگذاری نشده است.
data-col-kind = نوع
data-col-version = نسخه
data-col-title = عنوان
data-col-status = وضعیت
data-col-errors = خطاها
data-col-warnings = هشدارها
data-col-by = توسط
data-col-when = زمان
data-status-preview = پیش‌نمایش
data-status-applied = اعمال‌شده
data-status-discarded = کنارگذاشته‌شده
data-version-title = { $kind }، نسخه { $version }
data-uploaded-by = بارگذاری‌شده توسط { $who } برای { $city }
data-applied-by = اعمال‌شده توسط { $who }
data-discarded-by = کنارگذاشته‌شده توسط { $who }
data-back = بازگشت به نمای کلی داده‌ها
data-recognised = آنچه تشخیص داده شد
data-files = فایل‌ها
data-records = رکوردهای خوانده‌شده
data-matched = مناطق تطبیق‌یافته
data-new-areas = { $count } منطقه جدید (هنوز موجود نیستند)
data-unmatched = { $count } کد یا نام بدون منطقه منطبق (نادیده گرفته می‌شوند)
data-missing = { $count } منطقه از مناطق موجود در فایل نیامده‌اند
data-fields = ویژگی‌های موجود در فایل
data-sample = نخستین مناطق فایل
data-fact-format = قالب
data-fact-encoding = رمزگذاری نویسه‌ها
data-fact-delimiter = جداکننده
data-fact-decimal = جداکننده اعشار
data-fact-sheet = برگه
data-fact-layout = ساختار
data-fact-header = سرستون در سطر
data-fact-rows = سطرهای داده
data-fact-footer = سطرهای پانویس
data-fact-file = فایل
data-fact-key-field = ویژگی کد
data-fact-crs = سیستم مختصات مرجع
data-problems = مشکلات
data-no-problems = هیچ مشکلی یافت نشد.
data-problems-caption = { $errors } خطا، { $warnings } هشدار
data-problems-truncated = مشکلات بیشتری وجود دارد؛ فقط موارد نخست نشان داده می‌شوند.
data-col-severity = نوع
data-col-file = فایل
data-col-line = سطر
data-col-column = ستون
data-col-value = مقدار
data-col-message = توضیح (به انگلیسی)
data-severity-error = خطا
data-severity-warning = هشدار
data-indicators = اعمال شاخص‌ها
data-indicators-caption = شاخص‌های تشخیص‌داده‌شده
data-indicators-hint = شاخص‌هایی را که باید اعمال شوند انتخاب کنید و نام، واحد و جهت آن‌ها را وارد کنید. اگر کد از قبل وجود داشته باشد، مقادیر آن شاخص تکمیل یا جایگزین می‌شوند.
data-col-include = اعمال
data-col-in-file = در فایل
data-col-key = کد
data-col-name = نام
data-col-unit = واحد
data-col-polarity = جهت
data-col-values = مقادیر
data-col-years = سال‌ها
data-col-range = بازه
data-include = اعمال { $name }
data-key-of = کد برای { $name }
data-name-of = نام برای { $name }
data-unit-of = واحد برای { $name }
data-polarity-of = جهت برای { $name }
data-polarity-need = بیشتر = نیاز بیشتر
data-polarity-less = بیشتر = نیاز کمتر
data-polarity-neutral = خنثی (زمینه‌ای)
data-exists = موجود
data-apply = اعمال
data-reapply = اعمال دوباره این نسخه
data-discard = کنار گذاشتن
data-cannot-apply = این نسخه قابل اعمال نیست: خطاهای فایل را برطرف کنید و آن را دوباره بارگذاری کنید.
## ---- index configurations and exports (issue 4) ----
indices-title = پیکربندی‌های شاخص
indices-intro = پیکربندی شاخص تعیین می‌کند که نیاز مناطق چگونه سنجیده شود: با روش برلین «پایش توسعهٔ اجتماعی شهری» (MSS) یا به‌صورت شاخص ترکیبی دلخواه با شاخص‌ها و وزن‌های انتخابی. هر تغییر به‌عنوان نسخهٔ جدید ذخیره می‌شود و نتایج هر نسخه باقی می‌ماند.
indices-new = پیکربندی شاخص جدید
indices-edit = ویرایش پیکربندی شاخص (نسخهٔ جدید)
indices-none = هنوز هیچ پیکربندی شاخصی ذخیره نشده است.
indices-list = پیکربندی‌های ذخیره‌شده (جدیدترین نسخهٔ هر کدام)
indices-kind = روش
indices-kind-mss = روش MSS (برلین)
indices-kind-composite = شاخص ترکیبی دلخواه
indices-kind-hint = روش MSS از چهار شاخص وضعیت و چهار شاخص پویایی، استانداردسازی z و مرزهای ثابت رده‌ها استفاده می‌کند؛ وزن‌ها، نرمال‌سازی و تجمیع فقط برای شاخص دلخواه به کار می‌روند.
indices-on-map = نقشه
indices-map-link = نمایش روی نقشه
indices-map-choice = پیکربندی شاخص
indices-map-title = { $name } ({ $year })
indices-map-legend-mss = شاخص وضعیت (رده‌های MSS)
indices-map-legend-score = مقدار شاخص (پنجک‌ها)
indices-name = نام
indices-choose = – لطفاً انتخاب کنید –
indices-composite-indicators = شاخص‌ها و وزن‌ها (شاخص دلخواه)
indices-weights-hint = دست‌کم دو شاخص انتخاب کنید. وزن‌ها اعداد مثبت‌اند و طوری مقیاس می‌شوند که جمعشان ۱ شود.
indices-normalisation = نرمال‌سازی
indices-norm-zscore = استانداردسازی z
indices-norm-minmax = کمینه-بیشینه (۰ تا ۱۰۰)
indices-norm-rank = رتبه‌ها
indices-aggregation = تجمیع
indices-agg-arithmetic = میانگین حسابی
indices-agg-geometric = میانگین هندسی
indices-mss-status = شاخص‌های وضعیت MSS
indices-mss-status-hint = چهار شاخص وضعیت اجتماعی در سال انتخابی (S1 تا S4).
indices-mss-dynamics = شاخص‌های پویایی MSS
indices-mss-dynamics-hint = چهار شاخص که تغییرشان در { $period } سال تا سال انتخابی، پویایی را می‌سنجد (D1 تا D4).
indices-mss-period-text = (تغییر در { $period } سال، از { $from } تا { $to })
indices-population = شاخص جمعیت
indices-population-hint = در روش MSS مناطقی که کمتر از ۳۰۰ ساکن دارند رده‌بندی نمی‌شوند.
indices-no-population = هیچ (رده‌بندی همهٔ مناطق)
indices-save = ذخیره و محاسبه
indices-indicators = شاخص‌ها
indices-results = نتایج نسخهٔ { $version }
indices-results-intro = نتایج هنگام ذخیرهٔ پیکربندی محاسبه و ذخیره شدند. بازهٔ رتبه، بازهٔ ۵ تا ۹۵ درصدی رتبه در { $runs } اجرای مونت‌کارلو با وزن‌ها و روش‌های متغیر است.
indices-status-index = شاخص وضعیت
indices-dynamic-index = شاخص پویایی
indices-class = رده
indices-class-top = بیشترین نیاز (۱۰ درصد بالا)
indices-class-rest = سایر مناطق
indices-mss-status-1 = وضعیت بالا
indices-mss-status-2 = وضعیت متوسط
indices-mss-status-3 = وضعیت پایین
indices-mss-status-4 = وضعیت بسیار پایین
indices-mss-dynamic-positive = پویایی مثبت
indices-mss-dynamic-stable = پویایی پایدار
indices-mss-dynamic-negative = پویایی منفی
indices-versions = نسخه‌ها
indices-old-version = شما نسخهٔ قدیمی‌تر { $version } را می‌بینید.
indices-show-newest = نمایش جدیدترین نسخه
indices-filter-top = بیشترین نیاز ({ $share } درصد بالا)
indices-filter-likely = احتمالاً بیشترین نیاز (دست‌کم ۵۰ درصد)
indices-filter-mss = { $name }: { $class }
indices-error-name = لطفاً یک نام وارد کنید.
indices-error-name-long = نام حداکثر می‌تواند ۱۲۰ نویسه باشد.
indices-error-kind = لطفاً یک روش انتخاب کنید.
indices-error-year = لطفاً سالی را انتخاب کنید که برای آن داده وجود دارد.
indices-error-year-period = برای پویایی به داده‌های سال { $year } نیاز است؛ لطفاً سال دیرتری انتخاب کنید.
indices-error-indicators = لطفاً دست‌کم دو شاخص انتخاب کنید.
indices-error-weight = وزن «{ $indicator }» باید عددی مثبت باشد (حداکثر ۱۰۰۰).
indices-error-normalisation = لطفاً روش نرمال‌سازی را انتخاب کنید.
indices-error-aggregation = لطفاً روش تجمیع را انتخاب کنید.
indices-error-unknown-indicator = این شاخص در فهرست نیست.
indices-error-duplicate = هر شاخص فقط یک بار می‌تواند به کار رود.
indices-error-mss_status-missing = لطفاً هر چهار نقش وضعیت MSS را پر کنید (S1 تا S4).
indices-error-mss_dynamics-missing = لطفاً هر چهار نقش پویایی MSS را پر کنید (D1 تا D4).
indices-error-compute = شاخص با این داده‌ها محاسبه نشد: { $detail }

## ---- MSS options ----
indices-dynamics-given = شاخص‌های پویایی از پیش تغییر (به واحد درصد) را دارند، مانند جدول‌های MSS
indices-exclude = مناطق کنارگذاشته‌شده
indices-exclude-hint = کلیدهای منطقه جداشده با ویرگول: داده‌های پرت آماری یا مناطق بدون داده که نباید محاسبه را مخدوش کنند.
data-field-merge-duplicates = ادغام عارضه‌هایی که کلید یکسان دارند در یک منطقه
