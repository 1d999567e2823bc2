# Quartier — Turkish (Türkçe)

## Shell
skip-to-content = İçeriğe geç
meta-description = Quartier – kapsayıcı mahalle gelişimi için platform: istatistik, eylem planı, katılım, mahalle fonu ve deneyim aktarımı.
nav-main-label = Ana menü
nav-language-label = Dil seçin
nav-home = Ana sayfa
nav-quarters = Mahalleler
nav-areas = Bölgeler
nav-admin = Yönetim
nav-account = Hesabım
nav-login = Giriş yap
nav-logout = Çıkış yap
nav-register = Kaydol
nav-about = Quartier ve veri koruma hakkında
fictional-label = Hayali demo şehir:
fictional-notice = Musterstadt diye bir şehir yoktur. Tüm yerler, kişiler ve sayılar uydurmadır.
footer-about = Quartier, az bütçeyle kapsayıcı mahalle gelişimi için özgür bir yazılımdır (EUPL-1.2).
footer-api = Programlama arayüzü (API)
confirm-danger = Gerçekten devam etmek istiyor musunuz? Bu işlem geri alınamaz.
form-errors-title = Lütfen bilgilerinizi kontrol edin
save = Kaydet
cancel = İptal
create = Oluştur
search = Ara
revoke = Kaldır
yes = evet
no = hayır

## Start page
home-title = Quartier platformuna hoş geldiniz
home-title-city = { $city } şehrinde mahalle gelişimi
home-intro = Burada belediye, mahalle yönetimi, dernekler, girişimler ve mahalle sakinleri canlı bir komşuluk için birlikte çalışıyor. Az Almanca bilseniz, az paranız olsa ya da internetiniz olmasa da katılabilirsiniz.
home-welcome = Merhaba { $name }!
home-no-roles = Henüz bir rolünüz yok.
home-your-roles = Rolleriniz:
home-quarters = Mahalleler
home-no-quarters = Henüz mahalle eklenmedi.
home-take-part = Nasıl katılabilirsiniz?
home-step-online = İnternetten: Fikir verin, yorum yapın, oy verin – takma adla da olur.
home-step-paper = Kâğıt üzerinde: Formlar mahalle bürosunda (Stadtteilladen) bulunur; mahalle yönetimi bunları sisteme girer.
home-step-language = Kendi dilinizde: Almanca, İngilizce, Arapça, Farsça, Ukraynaca, Rusça, Türkçe ve Vietnamca.
home-loop-title = İstatistikten etkiye giden yol
loop-statistics = Küçük bölgelerin istatistiklerini yüklemek ve anlaşılır bir ihtiyaç endeksi oluşturmak
loop-selection = Özellikle desteğe ihtiyacı olan bölgeleri bulmak ve seçimi gerekçesiyle kaydetmek
loop-quarter = Mahallede aktörler ve ağlar oluşturmak
loop-plan = Eylem alanları, hedefler ve önlemlerle bir eylem planı hazırlamak
loop-participation = Mahalle sakinlerini sürece katmak – her katkıya bir yanıt verilir
loop-fund = Mahalle fonundan (Verfügungsfonds) küçük projeleri desteklemek
loop-impact = Sonuçları ve etkileri ölçmek
loop-transfer = Nelerin başka mahallelere ve şehirlere aktarılabileceğini incelemek

## About
about-what = Quartier, şehirlerin özellikle desteğe ihtiyacı olan mahalleleri bulmasına, orada yerel yapılar kurmasına ve nelerin başka yerlere aktarılabileceğini incelemesine yardımcı olur. Örnek aldığı proje, Leipzig'deki “Integration durch Initiativmanagement” (“Girişim yönetimi yoluyla uyum”, INTIGRA, 2017–2019) pilot projesidir.
about-privacy-title = Veri koruma
about-privacy = Yalnızca katılım için gerekli olan bilgileri saklıyoruz. Herkese açık olarak bir takma ad gösterebilir, verilerinizi istediğiniz zaman indirebilir ve hesabınızı kendiniz silebilirsiniz. Anket yanıtları hesabınızdan ayrı saklanır.
about-licence-title = Lisans
about-licence = Quartier, Avrupa Birliği Kamu Lisansı (EUPL-1.2) kapsamında özgür bir yazılımdır.

## Quarters and areas
quarters-caption = Tüm mahalleler
quarter-areas = Mahalledeki istatistik bölgeleri
areas-intro = Şehir { $count } istatistik bölgesine ayrılmıştır.
areas-caption = İstatistik bölgeleri
col-name = Ad
col-description = Açıklama
col-areas = Bölgeler
col-key = Kod
col-district = İlçe
col-verified = E-posta onaylandı
col-created = Oluşturulma
col-action = İşlem
col-time = Zaman
col-by = Yapan
col-target = Nesne
col-detail = Ayrıntılar
col-to = Alıcı
col-subject = Konu
col-status = Durum
col-attempts = Deneme sayısı

## Forms
field-email = E-posta adresi
field-password = Şifre
field-new-password = Yeni şifre
field-password-confirm = Şifreyi tekrar girin
field-display-name = Ad
field-pseudonym = Takma ad
field-show-pseudonym = Herkese açık alanlarda adım yerine takma adımı göster
field-language = Dil
field-digest = E-posta özeti
field-role = Rol
field-scope = Geçerlilik alanı
field-accept = Veri koruma bilgilerini okudum.
hint-display-name = Diğer kişiler sizi bu adla görür. Daha sonra bir takma ad seçebilirsiniz.
hint-password = En az { $min } karakter.
hint-pseudonym = Aşağıda seçerseniz herkese açık katkılarınızda gösterilir.
hint-slug = Küçük harfler, rakamlar ve kısa çizgiler; örneğin “nordvorstadt”.
hint-delete-password = Güvenliğiniz için lütfen şifrenizi girin.
digest-off = yok
digest-daily = günlük
digest-weekly = haftalık
scope-city = tüm şehir
scope-quarter = mahalle

## Errors in forms
error-email-required = Lütfen e-posta adresinizi girin.
error-email-invalid = Lütfen geçerli bir e-posta adresi girin, örneğin name@beispiel.de.
error-password-required = Lütfen şifrenizi girin.
error-password-short = Şifre en az { $min } karakter uzunluğunda olmalıdır.
error-password-is-email = Şifre, e-posta adresinizle aynı olamaz.
error-password-mismatch = İki şifre birbiriyle aynı değil.
error-login-failed = E-posta adresi veya şifre yanlış.
error-not-verified = Lütfen önce e-posta adresinizi onaylayın. Size yeni bir bağlantı gönderdik.
error-name-required = Lütfen bir ad girin.
error-name-long = Ad en fazla 80 karakter olabilir.
error-pseudonym-long = Takma ad en fazla 40 karakter olabilir.
error-pseudonym-required = Takma adınızın gösterilmesini istiyorsanız lütfen bir takma ad girin.
error-accept = Lütfen veri koruma bilgilerini okuduğunuzu onaylayın.
error-token-invalid = Bu bağlantı geçersiz veya süresi dolmuş. Lütfen yeni bir bağlantı isteyin.
error-slug = Lütfen yalnızca küçük harf, rakam ve kısa çizgi kullanın.
error-slug-taken = Bu kod zaten kullanılıyor.
error-areas-required = Lütfen en az bir bölge seçin.
error-role = Lütfen bir rol seçin.

## Sign-in and registration
login-title = Giriş yap
login-submit = Giriş yap
login-forgot = Şifrenizi mi unuttunuz?
login-no-account = Henüz hesabınız yok mu?
register-title = Kaydol
register-intro = Bir hesapla fikir verebilir, yorum yapabilir ve oy verebilirsiniz. Hesap olmadan da okuyabilirsiniz.
register-submit = Hesap oluştur
register-done-title = Neredeyse bitti
register-check-mail = { $email } adresine bir e-posta gönderdik. Hesabınızı onaylamak için lütfen e-postadaki bağlantıya tıklayın.
verify-ok-title = E-posta adresi onaylandı
verify-ok = Teşekkürler! E-posta adresiniz onaylandı. Artık giriş yapabilirsiniz.
verify-bad-title = Geçersiz bağlantı
verify-bad = Bu onay bağlantısı geçersiz, daha önce kullanılmış veya süresi dolmuş. Yeni bir bağlantı almak için giriş yapın.
forgot-title = Şifremi unuttum
forgot-intro = E-posta adresinizi girin. Size, yeni bir şifre belirleyebileceğiniz bir bağlantı göndereceğiz.
forgot-submit = Bağlantı iste
forgot-sent = Bu adrese ait bir hesap varsa e-posta gönderildi. Bağlantı bir saat geçerlidir.
reset-title = Yeni şifre
reset-submit = Şifreyi kaydet
reset-done = Şifreniz değiştirildi. Önceki tüm oturumlar kapatıldı.
invite-title = Daveti kabul et
invite-intro = “{ $role }” rolüyle davet edildiniz ({ $email }).
invite-existing = Bu adrese ait bir hesap zaten var. Şifrenizle onaylayın.
invite-submit = Daveti kabul et

## Account
account-profile = Profil
account-roles = Roller
account-api = API erişimi
account-api-count = { $count ->
    [one] Bir etkin API anahtarınız var.
   *[other] { $count } etkin API anahtarınız var.
}
account-api-create = Yeni API anahtarı oluştur
account-api-created = Yeni API anahtarınız – yalnızca bu bir kez gösterilir:
account-data = Verilerim
account-export = Verilerimi indir (JSON)
account-delete = Hesabımı sil
delete-intro = Hesabınız, rolleriniz ve oturumlarınız silinecek. Herkese açık katkılarınız adınız olmadan kalır.
delete-submit = Hesabı kalıcı olarak sil
delete-done-title = Hesap silindi
delete-done = Hesabınız silindi. Hoşça kalın!

## Roles
role-admin = Yönetim
role-lead = Program yönetimi
role-analyst = Analiz
role-manager = Mahalle yönetimi
role-jury = Jüri
role-actor = Yerel aktör
role-resident = Mahalle sakini

## Administration
admin-users = Hesaplar
admin-users-count = { $count } hesap
admin-search = E-posta veya ad
admin-grant = Rol ver
admin-quarters = Mahalleleri yönet
admin-quarters-count = { $count } mahalle
admin-quarter-new = Yeni mahalle
admin-invitations = Davetler
admin-invitations-text = Çalışanları e-postayla davet edin
admin-invitations-sent = Gönderilen davetler
admin-invite-submit = Davet gönder
admin-invite-sent = { $email } adresine davet gönderiliyor.
admin-audit = İşlem kaydı
admin-audit-text = Kim, neyi, ne zaman değiştirdi?
admin-outbox = Giden e-postalar
admin-outbox-text = Gönderilen ve bekleyen e-postalar

## Error pages
error-code = Hata kodu
error-home = Ana sayfaya git
error-400-title = İstek anlaşılamadı
error-400-text = İstek işlenemedi. Lütfen tekrar deneyin.
error-403-title = Erişim yok
error-403-text = Bu sayfa için yetkiniz yok. Bir form gönderdiyseniz lütfen sayfayı yenileyin ve tekrar deneyin.
error-404-title = Sayfa bulunamadı
error-404-text = Bu sayfa yok ya da artık mevcut değil. Belki ana sayfa yardımcı olur.
error-429-title = Çok fazla deneme
error-429-text = Lütfen bir dakika bekleyin ve sonra tekrar deneyin.
error-500-title = Bir şeyler ters gitti
error-500-text = Bir hata oluştu. Girdiğiniz bilgiler kaybolmaz; lütfen daha sonra tekrar deneyin.

## Mail
mail-verify-subject = Lütfen e-posta adresinizi onaylayın
mail-verify-body = Merhaba,

    lütfen e-posta adresinizi bu bağlantıyla onaylayın:
    { $link }

    Bağlantı 48 saat geçerlidir. Kaydolmadıysanız bu e-postayı dikkate almayın.
mail-exists-subject = E-posta adresinizle kayıt
mail-exists-body = Merhaba,

    birisi e-posta adresinizle kaydolmaya çalıştı. Zaten bir hesabınız var.
    Şifrenizi unuttuysanız: { $link }
mail-reset-subject = Quartier için yeni şifre
mail-reset-body = Merhaba,

    bu bağlantıyla yeni bir şifre belirleyebilirsiniz (bir saat geçerlidir):
    { $link }

    Bunu siz istemediyseniz bu e-postayı dikkate almayın.
mail-invite-subject = Quartier daveti – { $city }
mail-invite-body = Merhaba,

    { $city } için Quartier platformuna “{ $role }” rolüyle davet edildiniz.
    Daveti bu bağlantıyla kabul edin (yedi gün geçerlidir):
    { $link }

## Social monitoring and area selection
nav-monitoring = Sosyal izleme
nav-decisions = Bölge seçimi
monitoring-intro = Şehrin küçük bölgelere göre istatistikleri: Hangi bölgelerin özellikle desteğe ihtiyacı var? Tüm sayılar kaynağıyla birlikte verilir; tablolar indirilebilir.
monitoring-catalogue = Gösterge kataloğu
monitoring-ranking = İhtiyaca göre sıralama
monitoring-source = Veri kaynağı:
polarity-need = yüksek değer = daha fazla ihtiyaç
polarity-less = yüksek değer = daha az ihtiyaç
polarity-neutral = bağlam göstergesi (endekse dahil değil)
col-indicator = Gösterge
col-unit = Birim
col-polarity = Yön
col-years = Yıllar
col-source = Kaynak
col-rank = Sıra
col-score = Endeks değeri
col-rank-interval = Sıra aralığı (%90)
col-p-top = En yüksek ihtiyaç olasılığı
col-year = Yıl
col-value = Değer
col-city-average = Şehir ortalaması
col-series = Zaman serisi
col-version = Sürüm
col-weight = Ağırlık
all = tümü
sort-by = Sıralama ölçütü
apply = Uygula
export-csv = CSV olarak indir
ranking-intro = { $year } yılı için bileşik ihtiyaç endeksi (min-max normalleştirme, eşit ağırlıklar). Aralıklar, { $runs } Monte-Carlo simülasyonunda ağırlıklar, normalleştirme ve birleştirme yöntemi rastgele değiştirildiğinde bir bölgenin sırasının ne kadar oynayabileceğini gösterir.
ranking-indicators = Endeksteki göstergeler:
profile-need = İhtiyaç
profile-rank = İhtiyaç endeksinde { $n } bölge arasında { $rank }. sırada.
profile-interval = Varyantların %90'ında sıra { $lo } ile { $hi } arasındadır.
profile-p-top = En yüksek ihtiyacı olan bölgeler arasında yer alma olasılığı: %{ $p }.
profile-indicators = Tüm göstergeler
decisions-intro = Hangi bölgeler pilot mahalle olacak – ve neden? Seçim kararları ölçütleri, karşılaştırması ve gerekçesiyle birlikte burada belgelenir.
decisions-none = Henüz yayımlanmış bir karar yok.
decision-new = Yeni seçim kararı
decision-edit = Düzenle (yeni sürüm)
decision-title = Başlık
decision-candidates = Aday bölgeler
decision-criteria = Ölçütler ve ağırlıklar
decision-chosen = Seçilen bölgeler
decision-rationale = Gerekçe
decision-body = Kararı veren kurul
decision-date = Karar tarihi
decision-link = Belediye meclisi belgesinin bağlantısı (Ratsvorlage)
decision-publish = Herkese açık göster
decision-draft = Taslak – herkese açık değil
decision-comparison = Adayların karşılaştırması ({ $year })
decision-versions = Sürümler
decision-create-quarter = Seçilen bölgelerden bir mahalle oluştur
hint-criteria = Her gösterge için ağırlık (0 veya boş = dikkate alınmaz).
hint-decision-body = örneğin belediye meclisi, kentsel gelişim ve imar komisyonu
error-title-required = Lütfen bir başlık girin.
error-unknown-area = Bölgelerden biri bilinmiyor.
error-candidates-required = Lütfen en az bir aday bölge seçin.
error-chosen-required = Lütfen en az bir bölge seçin.
error-chosen-not-candidate = Seçilen bölgeler aynı zamanda aday da olmalıdır.
error-criteria-required = Lütfen en az bir ölçüte ağırlık verin.
error-weight = “{ $indicator }” için ağırlık 0 veya daha büyük bir sayı olmalıdır.
error-rationale = Lütfen kararın gerekçesini yazın (en az 20 karakter).
error-body-required = Lütfen kararı veren kurulu belirtin.
error-date = Lütfen tarihi YYYY-AA-GG biçiminde girin.
error-link = Bağlantı http:// veya https:// ile başlamalıdır.
map-nav = Haritalar
map-no-data = veri yok
map-quarters = Mahalleler
map-description = İstatistik bölgelerinin haritası; her bölge kendi profiline giden bir bağlantıdır. Yanındaki tablo aynı değerleri içerir.
map-title-value = { $indicator } { $year }
map-title-need = İhtiyaç endeksi { $year }
map-title-lisa = Mekânsal kümeler (LISA): { $indicator } { $year }
map-legend-lisa = Yerel Moran's I, p ≤ 0,05
lisa-hh = yüksek–yüksek (sıcak nokta)
lisa-lh = düşük–yüksek
lisa-ll = düşük–düşük (soğuk nokta)
lisa-hl = yüksek–düşük
lisa-ns = istatistiksel olarak anlamlı değil
map-layer = Katman
map-layer-value = Gösterge değeri
map-layer-need = İhtiyaç endeksi
map-layer-lisa = Sıcak noktalar (LISA)
map-classification = Sınıflandırma
map-classes = Sınıf sayısı
map-method-quantiles = Kantiller (her sınıfta eşit sayıda bölge)
map-method-equal = Eşit aralıklar
map-method-fisher-jenks = Doğal kırılmalar (Fisher-Jenks)
map-method-stddev = Standart sapma
map-download = Haritayı SVG olarak indir
map-table = Haritadaki değerler tablo olarak
map-class = Sınıf
profile-series = Şehir ortalamasıyla karşılaştırmalı zaman serileri
export-xlsx = Excel dosyası (XLSX) olarak indir
map-download-geojson = Bölgeleri değerleriyle GeoJSON olarak indir
report-link = Yazdırmak için rapor (A4)
report-title = { $city } içinde özel destek ihtiyacı olan bölgeler
report-intro = Bölge seçimi raporu: belirsizlik analiziyle ihtiyaç endeksi { $year } ({ $runs } Monte-Carlo çalıştırması), mekânsal kümeler ve yayımlanan kararlar.
report-print-hint = Bu sayfayı tarayıcınızın yazdırma menüsünden yazdırın; gezinme ve kontroller yazdırırken gizlenir.
report-maps = Haritalar
report-top = İhtiyacı en yüksek 15 bölge

## ---- datasets and uploads ----
nav-city-label = Şehir seçin
data-title = Veriler
data-intro = { $city } için bölge sınırlarını, gösterge tablolarını ve mevcut destek programı alanlarını yükleyin. Her dosya önce denetlenir ve önizleme olarak gösterilir; siz onaylamadan hiçbir şey uygulanmaz. Her veri teslimi ayrı bir sürüm olarak saklanır.
data-upload-title = Yeni veri yükle
data-upload = Yükle ve denetle
data-progress = Yükleme ilerlemesi
data-field-kind = Veri türü
data-kind-indicators = Gösterge tablosu
data-kind-indicators-hint = Bir istatistik API'sinden CSV, TXT, XLSX, ODS veya JSON; geniş ya da uzun biçimde, yıl her satırda, sütunda veya sütun adında
data-kind-boundaries = Bölge sınırları
data-kind-boundaries-hint = GeoJSON, Shapefile (.shp, .dbf, .prj, .cpg) veya GeoPackage; ZIP olarak da
data-kind-programme-areas = Mevcut destek programı alanları
data-kind-programme-areas-hint = “Sosyal Uyum” gibi programların alanları, haritalarda katman olarak gösterilir
data-field-file = Dosyalar
data-hint-file = Bir veya daha fazla dosya ya da bir ZIP arşivi. Büyük dosyalar yüklenirken bir ilerleme çubuğu gösterilir.
data-field-title = Başlık (isteğe bağlı)
data-field-source = Kaynak
data-hint-source = Verinin yayıncısı, ör. “Leipzig Şehri, İstatistik ve Seçim Dairesi”. Her haritanın ve tablonun altında gösterilir.
data-field-licence = Lisans / atıf
data-hint-licence = ör. “dl-de/by-2-0” veya “CC BY 4.0”.
data-settings = Algılama ayarları (isteğe bağlı)
data-settings-hint = Otomatik algılama için boş bırakın. Yalnızca önizleme bir şeyi yanlış algıladıysa doldurun.
data-field-key-field = Bölge kodunu içeren sütun veya öznitelik
data-hint-key-field = Tablolarda sütun bölge adını da içerebilir.
data-field-name-field = Bölge adını içeren öznitelik
data-field-district-field = İlçeyi içeren öznitelik
data-field-crs = Koordinat referans sistemi
data-hint-crs = Dosya belirtmiyorsa EPSG kodu, ör. 25833.
data-field-year = Yıl
data-hint-year = Yıl bilgisi olmayan tablolar için.
data-field-sheet = Sayfa
data-field-delimiter = Ayırıcı
data-field-encoding = Karakter kodlaması
data-field-decimal = Ondalık ayırıcı
data-detect = otomatik algıla
data-delim-semicolon = Noktalı virgül (;)
data-delim-comma = Virgül (,)
data-delim-tab = Sekme
data-delim-pipe = Dikey çizgi (|)
data-enc-utf8 = UTF-8
data-enc-1252 = Windows-1252 / ISO-8859-1
data-dec-comma = Virgül (1,5)
data-dec-point = Nokta (1.5)
data-field-new-city = Yeni şehir oluştur (isteğe bağlı)
data-hint-new-city = Başka bir şehrin adı; veriler bu durumda geçerli şehir yerine orada saklanır.
data-error-kind = Lütfen veri türünü seçin.
data-error-file = Lütfen en az bir dosya seçin.
data-versions = Sürümler
data-none = Henüz veri yüklenmedi.
data-col-kind = Tür
data-col-version = Sürüm
data-col-title = Başlık
data-col-status = Durum
data-col-errors = Hatalar
data-col-warnings = Uyarılar
data-col-by = Yapan
data-col-when = Tarih
data-status-preview = önizleme
data-status-applied = uygulandı
data-status-discarded = reddedildi
data-version-title = { $kind }, sürüm { $version }
data-uploaded-by = { $city } için yükleyen: { $who }
data-applied-by = uygulayan: { $who }
data-discarded-by = reddeden: { $who }
data-back = Veri genel bakışına dön
data-recognised = Algılananlar
data-files = Dosyalar
data-records = Okunan kayıtlar
data-matched = Eşleşen bölgeler
data-new-areas = { $count } yeni bölge (henüz mevcut değil)
data-unmatched = Eşleşen bölgesi olmayan { $count } kod veya ad (atlanır)
data-missing = Mevcut bölgelerden { $count } tanesi dosyada yok
data-fields = Dosyadaki öznitelikler
data-sample = Dosyadaki ilk bölgeler
data-fact-format = Biçim
data-fact-encoding = Karakter kodlaması
data-fact-delimiter = Ayırıcı
data-fact-decimal = Ondalık ayırıcı
data-fact-sheet = Sayfa
data-fact-layout = Düzen
data-fact-header = Başlığın bulunduğu satır
data-fact-rows = Veri satırları
data-fact-footer = Dipnot satırları
data-fact-file = Dosya
data-fact-key-field = Kod özniteliği
data-fact-crs = Koordinat referans sistemi
data-problems = Sorunlar
data-no-problems = Sorun bulunamadı.
data-problems-caption = { $errors } hata, { $warnings } uyarı
data-problems-truncated = Başka sorunlar da var; yalnızca ilkleri gösteriliyor.
data-col-severity = Tür
data-col-file = Dosya
data-col-line = Satır
data-col-column = Sütun
data-col-value = Değer
data-col-message = Açıklama (İngilizce)
data-severity-error = Hata
data-severity-warning = Uyarı
data-indicators = Göstergeleri uygula
data-indicators-caption = Algılanan göstergeler
data-indicators-hint = Uygulanacak göstergeleri seçin ve adlarını, birimlerini ve yönlerini belirtin. Mevcut bir kod, o göstergenin değerlerini tamamlar veya değiştirir.
data-col-include = Uygula
data-col-in-file = Dosyada
data-col-key = Kod
data-col-name = Ad
data-col-unit = Birim
data-col-polarity = Yön
data-col-values = Değerler
data-col-years = Yıllar
data-col-range = Aralık
data-include = Uygula: { $name }
data-key-of = { $name } için kod
data-name-of = { $name } için ad
data-unit-of = { $name } için birim
data-polarity-of = { $name } için yön
data-polarity-need = yüksek = daha fazla ihtiyaç
data-polarity-less = yüksek = daha az ihtiyaç
data-polarity-neutral = nötr (bağlam)
data-exists = mevcut
data-apply = Uygula
data-reapply = Bu sürümü yeniden uygula
data-discard = Reddet
data-cannot-apply = Bu sürüm uygulanamaz: Dosyadaki hataları düzeltin ve dosyayı yeniden yükleyin.
## ---- index configurations and exports (issue 4) ----
indices-title = Endeks yapılandırmaları
indices-intro = Bir endeks yapılandırması, bölgelerin ihtiyacının nasıl ölçüleceğini belirler: Berlin'in "Sosyal Kentsel Gelişim İzleme" (MSS) yöntemiyle ya da seçilen göstergeler ve ağırlıklarla oluşturulan özel bir bileşik endeks olarak. Her değişiklik yeni bir sürüm olarak kaydedilir; her sürümün sonuçları saklanır.
indices-new = Yeni endeks yapılandırması
indices-edit = Endeks yapılandırmasını düzenle (yeni sürüm)
indices-none = Henüz kaydedilmiş bir endeks yapılandırması yok.
indices-list = Kaydedilmiş endeks yapılandırmaları (her birinin en yeni sürümü)
indices-kind = Yöntem
indices-kind-mss = MSS yöntemi (Berlin)
indices-kind-composite = Özel bileşik endeks
indices-kind-hint = MSS yöntemi dört durum ve dört dinamik göstergesi, z-standartlaştırma ve sabit sınıf sınırları kullanır; ağırlıklar, normalleştirme ve birleştirme yalnızca özel endeks için geçerlidir.
indices-on-map = Harita
indices-map-link = Haritada göster
indices-map-choice = Endeks yapılandırması
indices-map-title = { $name } ({ $year })
indices-map-legend-mss = Durum endeksi (MSS sınıfları)
indices-map-legend-score = Endeks değeri (beşte birlikler)
indices-name = Ad
indices-choose = – lütfen seçin –
indices-composite-indicators = Göstergeler ve ağırlıklar (özel endeks)
indices-weights-hint = En az iki gösterge seçin. Ağırlıklar pozitif sayılardır; toplamları 1 olacak şekilde yeniden ölçeklenir.
indices-normalisation = Normalleştirme
indices-norm-zscore = z-standartlaştırma
indices-norm-minmax = min-maks (0 ile 100 arası)
indices-norm-rank = sıralar
indices-aggregation = Birleştirme
indices-agg-arithmetic = aritmetik ortalama
indices-agg-geometric = geometrik ortalama
indices-mss-status = MSS durum göstergeleri
indices-mss-status-hint = Seçilen yılda sosyal durumu gösteren dört gösterge (S1–S4).
indices-mss-dynamics = MSS dinamik göstergeleri
indices-mss-dynamics-hint = Seçilen yıla kadar { $period } yıl içindeki değişimi dinamiği ölçen dört gösterge (D1–D4).
indices-mss-period-text = ({ $period } yıllık değişim, { $from } – { $to })
indices-population = Nüfus göstergesi
indices-population-hint = MSS yöntemine göre 300'den az sakini olan bölgeler sınıflandırılmaz.
indices-no-population = yok (tüm bölgeleri sınıflandır)
indices-save = Kaydet ve hesapla
indices-indicators = Göstergeler
indices-results = { $version }. sürümün sonuçları
indices-results-intro = Sonuçlar yapılandırma kaydedilirken hesaplandı ve saklandı. Sıra aralığı, değiştirilmiş ağırlık ve yöntemlerle yapılan { $runs } Monte Carlo çalıştırmasında sıranın %5–95 aralığıdır.
indices-status-index = Durum endeksi
indices-dynamic-index = Dinamik endeksi
indices-class = Sınıf
indices-class-top = en yüksek ihtiyaç (en üst %10)
indices-class-rest = diğer bölgeler
indices-mss-status-1 = durum yüksek
indices-mss-status-2 = durum orta
indices-mss-status-3 = durum düşük
indices-mss-status-4 = durum çok düşük
indices-mss-dynamic-positive = dinamik olumlu
indices-mss-dynamic-stable = dinamik istikrarlı
indices-mss-dynamic-negative = dinamik olumsuz
indices-versions = Sürümler
indices-old-version = Eski { $version }. sürümü görüntülüyorsunuz.
indices-show-newest = En yeni sürümü göster
indices-filter-top = en yüksek ihtiyaç (en üst %{ $share })
indices-filter-likely = muhtemelen en yüksek ihtiyaç (en az %50)
indices-filter-mss = { $name }: { $class }
indices-error-name = Lütfen bir ad girin.
indices-error-name-long = Ad en fazla 120 karakter olabilir.
indices-error-kind = Lütfen bir yöntem seçin.
indices-error-year = Lütfen verisi bulunan bir yıl seçin.
indices-error-year-period = Dinamik için { $year } yılının verileri gerekiyor; lütfen daha sonraki bir yıl seçin.
indices-error-indicators = Lütfen en az iki gösterge seçin.
indices-error-weight = "{ $indicator }" ağırlığı pozitif bir sayı olmalıdır (en fazla 1000).
indices-error-normalisation = Lütfen bir normalleştirme seçin.
indices-error-aggregation = Lütfen bir birleştirme yöntemi seçin.
indices-error-unknown-indicator = Bu gösterge katalogda yok.
indices-error-duplicate = Her gösterge yalnızca bir kez kullanılabilir.
indices-error-mss_status-missing = Lütfen dört MSS durum rolünün hepsini doldurun (S1–S4).
indices-error-mss_dynamics-missing = Lütfen dört MSS dinamik rolünün hepsini doldurun (D1–D4).
indices-error-compute = Endeks bu verilerle hesaplanamadı: { $detail }

## ---- MSS options ----
indices-dynamics-given = Dinamik göstergeler, MSS tablolarında olduğu gibi değişimi (yüzde puan) zaten içeriyor
indices-exclude = Hariç tutulan bölgeler
indices-exclude-hint = Virgülle ayrılmış bölge anahtarları: hesaplamayı bozmaması gereken istatistiksel aykırı değerler veya verisi olmayan bölgeler.
data-field-merge-duplicates = Aynı anahtarı paylaşan nesneleri tek bir bölgede birleştir
