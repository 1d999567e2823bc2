# Quartier — Vietnamese (Tiếng Việt)

## Shell
skip-to-content = Chuyển đến nội dung
meta-description = Quartier – nền tảng phát triển khu phố hòa nhập: thống kê, kế hoạch hành động, sự tham gia của người dân, quỹ khu phố và chuyển giao kinh nghiệm.
nav-main-label = Menu chính
nav-language-label = Chọn ngôn ngữ
nav-home = Trang chủ
nav-quarters = Khu phố
nav-areas = Khu vực
nav-admin = Quản trị
nav-account = Tài khoản của tôi
nav-login = Đăng nhập
nav-logout = Đăng xuất
nav-register = Đăng ký
nav-about = Giới thiệu Quartier và bảo vệ dữ liệu
fictional-label = Thành phố mẫu hư cấu:
fictional-notice = Musterstadt không có thật. Tất cả địa điểm, con người và số liệu đều là hư cấu.
footer-about = Quartier là phần mềm tự do (EUPL-1.2) để phát triển khu phố hòa nhập với ít kinh phí.
footer-api = Giao diện lập trình (API)
confirm-danger = Bạn có thật sự muốn tiếp tục không? Việc này không thể hoàn tác.
form-errors-title = Vui lòng kiểm tra thông tin bạn đã nhập
save = Lưu
cancel = Hủy
create = Tạo
search = Tìm
revoke = Thu hồi
yes = có
no = không

## Start page
home-title = Chào mừng bạn đến với Quartier
home-title-city = Phát triển khu phố tại { $city }
home-intro = Tại đây, chính quyền thành phố, ban quản lý khu phố, các hội, các nhóm sáng kiến và người dân cùng nhau xây dựng những khu phố sôi động và gắn bó. Bạn vẫn có thể tham gia dù ít biết tiếng Đức, ít tiền hoặc không có Internet.
home-welcome = Xin chào { $name }!
home-no-roles = Bạn chưa có vai trò nào.
home-your-roles = Vai trò của bạn:
home-quarters = Khu phố
home-no-quarters = Chưa có khu phố nào được tạo.
home-take-part = Cách tham gia
home-step-online = Trực tuyến: đóng góp ý tưởng, bình luận, bỏ phiếu – có thể dùng biệt danh.
home-step-paper = Trên giấy: có mẫu đơn tại văn phòng khu phố (Stadtteilladen); ban quản lý khu phố sẽ nhập vào hệ thống.
home-step-language = Bằng ngôn ngữ của bạn: tiếng Đức, tiếng Anh, tiếng Ả Rập, tiếng Farsi, tiếng Ukraina, tiếng Nga, tiếng Thổ Nhĩ Kỳ và tiếng Việt.
home-loop-title = Con đường từ thống kê đến hiệu quả
loop-statistics = Tải lên số liệu thống kê theo từng khu vực nhỏ và lập một chỉ số nhu cầu dễ hiểu
loop-selection = Tìm các khu vực cần hỗ trợ đặc biệt và ghi lại lý do lựa chọn
loop-quarter = Xây dựng các bên tham gia và mạng lưới trong khu phố
loop-plan = Lập kế hoạch hành động với các lĩnh vực hành động, mục tiêu và biện pháp
loop-participation = Mời người dân tham gia – mọi ý kiến đều được trả lời
loop-fund = Hỗ trợ các dự án nhỏ từ quỹ khu phố (Verfügungsfonds)
loop-impact = Đo lường kết quả và tác động
loop-transfer = Xem xét những gì có thể áp dụng cho các khu phố và thành phố khác

## About
about-what = Quartier giúp các thành phố tìm ra những khu phố cần được hỗ trợ đặc biệt, xây dựng các cơ cấu tại chỗ ở đó và xem xét những gì có thể áp dụng ở nơi khác. Mô hình mẫu là dự án thí điểm “Integration durch Initiativmanagement” (“Hội nhập thông qua quản lý sáng kiến”, INTIGRA, 2017–2019) tại Leipzig.
about-privacy-title = Bảo vệ dữ liệu
about-privacy = Chúng tôi chỉ lưu những gì cần thiết cho việc tham gia. Bạn có thể hiển thị công khai một biệt danh, tải dữ liệu của mình xuống bất cứ lúc nào và tự xóa tài khoản. Câu trả lời khảo sát được lưu riêng, tách khỏi tài khoản của bạn.
about-licence-title = Giấy phép
about-licence = Quartier là phần mềm tự do theo Giấy phép Công cộng của Liên minh châu Âu (EUPL-1.2).

## Quarters and areas
quarters-caption = Tất cả khu phố
quarter-areas = Các khu vực thống kê trong khu phố
areas-intro = Thành phố được chia thành { $count } khu vực thống kê.
areas-caption = Khu vực thống kê
col-name = Tên
col-description = Mô tả
col-areas = Khu vực
col-key = Mã
col-district = Quận
col-verified = Đã xác nhận email
col-created = Ngày tạo
col-action = Thao tác
col-time = Thời điểm
col-by = Người thực hiện
col-target = Đối tượng
col-detail = Chi tiết
col-to = Người nhận
col-subject = Tiêu đề
col-status = Trạng thái
col-attempts = Số lần thử

## Forms
field-email = Địa chỉ email
field-password = Mật khẩu
field-new-password = Mật khẩu mới
field-password-confirm = Nhập lại mật khẩu
field-display-name = Tên
field-pseudonym = Biệt danh
field-show-pseudonym = Hiển thị công khai biệt danh thay cho tên của tôi
field-language = Ngôn ngữ
field-digest = Email tóm tắt
field-role = Vai trò
field-scope = Phạm vi
field-accept = Tôi đã đọc thông tin về bảo vệ dữ liệu.
hint-display-name = Người khác sẽ thấy bạn với tên này. Sau này bạn có thể chọn một biệt danh.
hint-password = Ít nhất { $min } ký tự.
hint-pseudonym = Được hiển thị trong các đóng góp công khai nếu bạn chọn ở bên dưới.
hint-slug = Chữ thường không dấu, chữ số và dấu gạch nối, ví dụ “nordvorstadt”.
hint-delete-password = Để an toàn, vui lòng nhập mật khẩu của bạn.
digest-off = không
digest-daily = hằng ngày
digest-weekly = hằng tuần
scope-city = toàn thành phố
scope-quarter = khu phố

## Errors in forms
error-email-required = Vui lòng nhập địa chỉ email của bạn.
error-email-invalid = Vui lòng nhập một địa chỉ email hợp lệ, ví dụ name@beispiel.de.
error-password-required = Vui lòng nhập mật khẩu của bạn.
error-password-short = Mật khẩu phải có ít nhất { $min } ký tự.
error-password-is-email = Mật khẩu không được trùng với địa chỉ email của bạn.
error-password-mismatch = Hai mật khẩu không khớp nhau.
error-login-failed = Địa chỉ email hoặc mật khẩu không đúng.
error-not-verified = Vui lòng xác nhận địa chỉ email của bạn trước. Chúng tôi đã gửi cho bạn một liên kết mới.
error-name-required = Vui lòng nhập tên.
error-name-long = Tên chỉ được dài tối đa 80 ký tự.
error-pseudonym-long = Biệt danh chỉ được dài tối đa 40 ký tự.
error-pseudonym-required = Vui lòng nhập biệt danh nếu bạn muốn hiển thị biệt danh.
error-accept = Vui lòng xác nhận rằng bạn đã đọc thông tin về bảo vệ dữ liệu.
error-token-invalid = Liên kết này không hợp lệ hoặc đã hết hạn. Vui lòng yêu cầu liên kết mới.
error-slug = Vui lòng chỉ dùng chữ thường không dấu, chữ số và dấu gạch nối.
error-slug-taken = Mã này đã được sử dụng.
error-areas-required = Vui lòng chọn ít nhất một khu vực.
error-role = Vui lòng chọn một vai trò.

## Sign-in and registration
login-title = Đăng nhập
login-submit = Đăng nhập
login-forgot = Quên mật khẩu?
login-no-account = Chưa có tài khoản?
register-title = Đăng ký
register-intro = Khi có tài khoản, bạn có thể đóng góp ý tưởng, bình luận và bỏ phiếu. Bạn cũng có thể đọc mà không cần tài khoản.
register-submit = Tạo tài khoản
register-done-title = Sắp xong rồi
register-check-mail = Chúng tôi đã gửi một email đến { $email }. Vui lòng bấm vào liên kết trong email để xác nhận tài khoản.
verify-ok-title = Đã xác nhận địa chỉ email
verify-ok = Cảm ơn bạn! Địa chỉ email của bạn đã được xác nhận. Bây giờ bạn có thể đăng nhập.
verify-bad-title = Liên kết không hợp lệ
verify-bad = Liên kết xác nhận này không hợp lệ, đã được dùng hoặc đã hết hạn. Hãy đăng nhập để nhận liên kết mới.
forgot-title = Quên mật khẩu
forgot-intro = Hãy nhập địa chỉ email của bạn. Chúng tôi sẽ gửi cho bạn một liên kết để đặt mật khẩu mới.
forgot-submit = Nhận liên kết
forgot-sent = Nếu địa chỉ này có tài khoản, một email đang được gửi đến. Liên kết có hiệu lực trong một giờ.
reset-title = Mật khẩu mới
reset-submit = Lưu mật khẩu
reset-done = Mật khẩu của bạn đã được thay đổi. Tất cả các phiên đăng nhập trước đó đã kết thúc.
invite-title = Chấp nhận lời mời
invite-intro = Bạn được mời với vai trò “{ $role }” ({ $email }).
invite-existing = Địa chỉ này đã có tài khoản. Hãy xác nhận bằng mật khẩu của bạn.
invite-submit = Chấp nhận lời mời

## Account
account-profile = Hồ sơ
account-roles = Vai trò
account-api = Truy cập API
account-api-count = { $count ->
   *[other] Bạn có { $count } khóa API đang hoạt động.
}
account-api-create = Tạo khóa API mới
account-api-created = Khóa API mới của bạn – khóa này chỉ hiển thị một lần duy nhất:
account-data = Dữ liệu của tôi
account-export = Tải dữ liệu của tôi xuống (JSON)
account-delete = Xóa tài khoản của tôi
delete-intro = Tài khoản, vai trò và các phiên đăng nhập của bạn sẽ bị xóa. Các đóng góp công khai vẫn được giữ lại nhưng không có tên bạn.
delete-submit = Xóa tài khoản vĩnh viễn
delete-done-title = Đã xóa tài khoản
delete-done = Tài khoản của bạn đã được xóa. Tạm biệt!

## Roles
role-admin = Quản trị
role-lead = Ban điều hành chương trình
role-analyst = Phân tích
role-manager = Ban quản lý khu phố
role-jury = Ban giám khảo
role-actor = Đối tác địa phương
role-resident = Cư dân

## Administration
admin-users = Tài khoản
admin-users-count = { $count } tài khoản
admin-search = Email hoặc tên
admin-grant = Cấp vai trò
admin-quarters = Quản lý khu phố
admin-quarters-count = { $count } khu phố
admin-quarter-new = Khu phố mới
admin-invitations = Lời mời
admin-invitations-text = Mời nhân viên qua email
admin-invitations-sent = Lời mời đã gửi
admin-invite-submit = Gửi lời mời
admin-invite-sent = Lời mời đang được gửi đến { $email }.
admin-audit = Nhật ký thay đổi
admin-audit-text = Ai đã thay đổi gì, vào lúc nào?
admin-outbox = Hộp thư đi
admin-outbox-text = Email đã gửi và đang chờ gửi

## Error pages
error-code = Mã lỗi
error-home = Về trang chủ
error-400-title = Không hiểu yêu cầu
error-400-text = Không thể xử lý yêu cầu. Vui lòng thử lại.
error-403-title = Không có quyền truy cập
error-403-text = Bạn không có quyền xem trang này. Nếu bạn vừa gửi một biểu mẫu, vui lòng tải lại trang và thử lại.
error-404-title = Không tìm thấy trang
error-404-text = Trang này không tồn tại (hoặc không còn nữa). Trang chủ có thể giúp bạn.
error-429-title = Quá nhiều lần thử
error-429-text = Vui lòng chờ một phút rồi thử lại.
error-500-title = Đã có sự cố
error-500-text = Đã xảy ra lỗi. Thông tin bạn nhập không bị mất; vui lòng thử lại sau.

## Mail
mail-verify-subject = Vui lòng xác nhận địa chỉ email của bạn
mail-verify-body = Xin chào,

    Vui lòng xác nhận địa chỉ email của bạn bằng liên kết này:
    { $link }

    Liên kết có hiệu lực trong 48 giờ. Nếu bạn không đăng ký, hãy bỏ qua email này.
mail-exists-subject = Đăng ký bằng địa chỉ email của bạn
mail-exists-body = Xin chào,

    Có người đã thử đăng ký bằng địa chỉ email của bạn. Bạn đã có tài khoản rồi.
    Nếu bạn quên mật khẩu: { $link }
mail-reset-subject = Mật khẩu mới cho Quartier
mail-reset-body = Xin chào,

    Bạn có thể đặt mật khẩu mới bằng liên kết này (có hiệu lực trong một giờ):
    { $link }

    Nếu bạn không yêu cầu việc này, hãy bỏ qua email này.
mail-invite-subject = Lời mời tham gia Quartier – { $city }
mail-invite-body = Xin chào,

    Bạn được mời tham gia Quartier với vai trò “{ $role }” cho thành phố { $city }.
    Hãy chấp nhận lời mời bằng liên kết này (có hiệu lực trong bảy ngày):
    { $link }

## Social monitoring and area selection
nav-monitoring = Giám sát xã hội
nav-decisions = Lựa chọn khu vực
monitoring-intro = Số liệu thống kê của thành phố theo từng khu vực nhỏ: những khu vực nào cần được hỗ trợ đặc biệt? Mọi số liệu đều có ghi nguồn; có thể tải các bảng xuống.
monitoring-catalogue = Danh mục chỉ tiêu
monitoring-ranking = Xếp hạng theo nhu cầu
monitoring-source = Nguồn dữ liệu:
polarity-need = giá trị càng cao = nhu cầu càng lớn
polarity-less = giá trị càng cao = nhu cầu càng nhỏ
polarity-neutral = chỉ tiêu bối cảnh (không tính vào chỉ số)
col-indicator = Chỉ tiêu
col-unit = Đơn vị
col-polarity = Chiều hướng
col-years = Các năm
col-source = Nguồn
col-rank = Hạng
col-score = Giá trị chỉ số
col-rank-interval = Khoảng xếp hạng (90%)
col-p-top = Xác suất nhu cầu cao nhất
col-year = Năm
col-value = Giá trị
col-city-average = Trung bình thành phố
col-series = Chuỗi thời gian
col-version = Phiên bản
col-weight = Trọng số
all = tất cả
sort-by = Sắp xếp theo
apply = Áp dụng
export-csv = Tải xuống dạng CSV
ranking-intro = Chỉ số nhu cầu tổng hợp năm { $year } (chuẩn hóa min-max, trọng số bằng nhau). Các khoảng cho thấy thứ hạng của một khu vực có thể thay đổi bao nhiêu khi trọng số, cách chuẩn hóa và cách tổng hợp được thay đổi ngẫu nhiên qua { $runs } lần mô phỏng Monte-Carlo.
ranking-indicators = Các chỉ tiêu trong chỉ số:
profile-need = Nhu cầu
profile-rank = Hạng { $rank } trên { $n } khu vực trong chỉ số nhu cầu.
profile-interval = Trong 90% các phương án, thứ hạng nằm trong khoảng từ { $lo } đến { $hi }.
profile-p-top = Xác suất thuộc nhóm khu vực có nhu cầu cao nhất: { $p }%.
profile-indicators = Tất cả chỉ tiêu
decisions-intro = Những khu vực nào sẽ trở thành khu phố thí điểm – và vì sao? Tại đây ghi lại các quyết định lựa chọn cùng với tiêu chí, so sánh và lý do.
decisions-none = Chưa có quyết định nào được công bố.
decision-new = Quyết định lựa chọn mới
decision-edit = Chỉnh sửa (phiên bản mới)
decision-title = Tiêu đề
decision-candidates = Các khu vực ứng viên
decision-criteria = Tiêu chí và trọng số
decision-chosen = Các khu vực được chọn
decision-rationale = Lý do
decision-body = Cơ quan ra quyết định
decision-date = Ngày ra quyết định
decision-link = Liên kết đến văn bản trình hội đồng thành phố (Ratsvorlage)
decision-publish = Hiển thị công khai
decision-draft = Bản nháp – chưa công khai
decision-comparison = So sánh các ứng viên ({ $year })
decision-versions = Các phiên bản
decision-create-quarter = Tạo khu phố từ các khu vực được chọn
hint-criteria = Trọng số cho từng chỉ tiêu (0 hoặc để trống = không tính đến).
hint-decision-body = ví dụ: hội đồng thành phố, ủy ban phát triển đô thị và xây dựng
error-title-required = Vui lòng nhập tiêu đề.
error-unknown-area = Có một khu vực không xác định.
error-candidates-required = Vui lòng chọn ít nhất một khu vực ứng viên.
error-chosen-required = Vui lòng chọn ít nhất một khu vực.
error-chosen-not-candidate = Các khu vực được chọn cũng phải là ứng viên.
error-criteria-required = Vui lòng gán trọng số cho ít nhất một tiêu chí.
error-weight = Trọng số cho “{ $indicator }” phải là một số từ 0 trở lên.
error-rationale = Vui lòng nêu lý do cho quyết định (ít nhất 20 ký tự).
error-body-required = Vui lòng nêu tên cơ quan ra quyết định.
error-date = Vui lòng nhập ngày theo định dạng YYYY-MM-DD (năm-tháng-ngày).
error-link = Liên kết phải bắt đầu bằng http:// hoặc https://.
map-nav = Bản đồ
map-no-data = không có dữ liệu
map-quarters = Khu phố
map-description = Bản đồ các khu vực thống kê; mỗi khu vực là một liên kết đến trang hồ sơ của khu vực đó. Bảng bên cạnh có cùng các giá trị.
map-title-value = { $indicator } { $year }
map-title-need = Chỉ số nhu cầu { $year }
map-title-lisa = Cụm không gian (LISA): { $indicator } { $year }
map-legend-lisa = Chỉ số Moran's I cục bộ, p ≤ 0,05
lisa-hh = cao–cao (điểm nóng)
lisa-lh = thấp–cao
lisa-ll = thấp–thấp (điểm lạnh)
lisa-hl = cao–thấp
lisa-ns = không có ý nghĩa thống kê
map-layer = Lớp bản đồ
map-layer-value = Giá trị chỉ tiêu
map-layer-need = Chỉ số nhu cầu
map-layer-lisa = Điểm nóng (LISA)
map-classification = Cách phân nhóm
map-classes = Số nhóm
map-method-quantiles = Phân vị (mỗi nhóm có số khu vực bằng nhau)
map-method-equal = Khoảng bằng nhau
map-method-fisher-jenks = Điểm ngắt tự nhiên (Fisher-Jenks)
map-method-stddev = Độ lệch chuẩn
map-download = Tải bản đồ xuống dạng SVG
map-table = Giá trị của bản đồ dưới dạng bảng
map-class = Nhóm
profile-series = Chuỗi thời gian so với trung bình thành phố
export-xlsx = Tải xuống dưới dạng tệp Excel (XLSX)
map-download-geojson = Tải xuống các khu vực kèm giá trị dưới dạng GeoJSON
report-link = Báo cáo để in (A4)
report-title = Các khu vực có nhu cầu hỗ trợ đặc biệt ở { $city }
report-intro = Báo cáo lựa chọn khu vực: chỉ số nhu cầu { $year } với phân tích độ bất định ({ $runs } lượt Monte-Carlo), các cụm không gian và các quyết định đã công bố.
report-print-hint = In trang này từ menu in của trình duyệt; thanh điều hướng và các nút sẽ được ẩn khi in.
report-maps = Bản đồ
report-top = 15 khu vực có nhu cầu cao nhất

## ---- datasets and uploads ----
nav-city-label = Chọn thành phố
data-title = Dữ liệu
data-intro = Tải lên ranh giới khu vực, bảng chỉ tiêu và các khu vực thuộc chương trình hỗ trợ hiện có cho { $city }. Mỗi tệp đều được kiểm tra trước và hiển thị dưới dạng bản xem trước; không có gì được áp dụng cho đến khi bạn xác nhận. Mỗi lần cung cấp dữ liệu được lưu thành một phiên bản riêng.
data-upload-title = Tải lên dữ liệu mới
data-upload = Tải lên và kiểm tra
data-progress = Tiến trình tải lên
data-field-kind = Loại dữ liệu
data-kind-indicators = Bảng chỉ tiêu
data-kind-indicators-hint = CSV, TXT, XLSX, ODS hoặc JSON từ API thống kê; dạng rộng hoặc dạng dài, với năm theo dòng, cột hoặc tên cột
data-kind-boundaries = Ranh giới khu vực
data-kind-boundaries-hint = GeoJSON, Shapefile (.shp, .dbf, .prj, .cpg) hoặc GeoPackage; cũng có thể ở dạng ZIP
data-kind-programme-areas = Khu vực chương trình hỗ trợ hiện có
data-kind-programme-areas-hint = Phạm vi của các chương trình như “Gắn kết xã hội”, hiển thị dưới dạng lớp phủ trên bản đồ
data-field-file = Tệp
data-hint-file = Một hoặc nhiều tệp, hoặc một tệp nén ZIP. Tệp lớn sẽ hiển thị thanh tiến trình khi tải lên.
data-field-title = Tiêu đề (không bắt buộc)
data-field-source = Nguồn
data-hint-source = Đơn vị công bố dữ liệu, ví dụ “Thành phố Leipzig, Phòng Thống kê và Bầu cử”. Hiển thị bên dưới mỗi bản đồ và bảng.
data-field-licence = Giấy phép / ghi công
data-hint-licence = ví dụ “dl-de/by-2-0” hoặc “CC BY 4.0”.
data-settings = Cài đặt nhận dạng (không bắt buộc)
data-settings-hint = Để trống để tự động nhận dạng. Chỉ điền khi bản xem trước nhận dạng sai.
data-field-key-field = Cột hoặc thuộc tính chứa mã khu vực
data-hint-key-field = Với bảng, cột này cũng có thể chứa tên khu vực.
data-field-name-field = Thuộc tính chứa tên khu vực
data-field-district-field = Thuộc tính chứa quận
data-field-crs = Hệ tọa độ tham chiếu
data-hint-crs = Mã EPSG khi tệp không khai báo, ví dụ 25833.
data-field-year = Năm
data-hint-year = Dành cho bảng không có năm.
data-field-sheet = Trang tính
data-field-delimiter = Ký tự phân cách
data-field-encoding = Bảng mã ký tự
data-field-decimal = Dấu phân cách thập phân
data-detect = tự động nhận dạng
data-delim-semicolon = Dấu chấm phẩy (;)
data-delim-comma = Dấu phẩy (,)
data-delim-tab = Tab
data-delim-pipe = Dấu gạch đứng (|)
data-enc-utf8 = UTF-8
data-enc-1252 = Windows-1252 / ISO-8859-1
data-dec-comma = Dấu phẩy (1,5)
data-dec-point = Dấu chấm (1.5)
data-field-new-city = Tạo thành phố mới (không bắt buộc)
data-hint-new-city = Tên của một thành phố khác; khi đó dữ liệu sẽ được lưu ở thành phố đó thay vì thành phố hiện tại.
data-error-kind = Vui lòng chọn loại dữ liệu.
data-error-file = Vui lòng chọn ít nhất một tệp.
data-versions = Phiên bản
data-none = Chưa có dữ liệu nào được tải lên.
data-col-kind = Loại
data-col-version = Phiên bản
data-col-title = Tiêu đề
data-col-status = Trạng thái
data-col-errors = Lỗi
data-col-warnings = Cảnh báo
data-col-by = Người thực hiện
data-col-when = Thời gian
data-status-preview = xem trước
data-status-applied = đã áp dụng
data-status-discarded = đã loại bỏ
data-version-title = { $kind }, phiên bản { $version }
data-uploaded-by = Được tải lên bởi { $who } cho { $city }
data-applied-by = được áp dụng bởi { $who }
data-discarded-by = bị loại bỏ bởi { $who }
data-back = Quay lại tổng quan dữ liệu
data-recognised = Những gì đã nhận dạng
data-files = Tệp
data-records = Số bản ghi đã đọc
data-matched = Số khu vực đã khớp
data-new-areas = { $count } khu vực mới (chưa có)
data-unmatched = { $count } mã hoặc tên không có khu vực tương ứng (bị bỏ qua)
data-missing = { $count } khu vực hiện có không có trong tệp
data-fields = Thuộc tính trong tệp
data-sample = Các khu vực đầu tiên trong tệp
data-fact-format = Định dạng
data-fact-encoding = Bảng mã ký tự
data-fact-delimiter = Ký tự phân cách
data-fact-decimal = Dấu phân cách thập phân
data-fact-sheet = Trang tính
data-fact-layout = Bố cục
data-fact-header = Dòng tiêu đề số
data-fact-rows = Số dòng dữ liệu
data-fact-footer = Số dòng chú thích
data-fact-file = Tệp
data-fact-key-field = Thuộc tính mã
data-fact-crs = Hệ tọa độ tham chiếu
data-problems = Vấn đề
data-no-problems = Không phát hiện vấn đề nào.
data-problems-caption = { $errors } lỗi, { $warnings } cảnh báo
data-problems-truncated = Còn có vấn đề khác; chỉ hiển thị những vấn đề đầu tiên.
data-col-severity = Loại
data-col-file = Tệp
data-col-line = Dòng
data-col-column = Cột
data-col-value = Giá trị
data-col-message = Mô tả (tiếng Anh)
data-severity-error = Lỗi
data-severity-warning = Cảnh báo
data-indicators = Áp dụng chỉ tiêu
data-indicators-caption = Các chỉ tiêu đã nhận dạng
data-indicators-hint = Chọn các chỉ tiêu cần áp dụng và nhập tên, đơn vị và chiều hướng của chúng. Nếu mã đã tồn tại, các giá trị của chỉ tiêu đó sẽ được bổ sung hoặc thay thế.
data-col-include = Áp dụng
data-col-in-file = Trong tệp
data-col-key = Mã
data-col-name = Tên
data-col-unit = Đơn vị
data-col-polarity = Chiều hướng
data-col-values = Giá trị
data-col-years = Năm
data-col-range = Khoảng giá trị
data-include = Áp dụng { $name }
data-key-of = Mã cho { $name }
data-name-of = Tên cho { $name }
data-unit-of = Đơn vị cho { $name }
data-polarity-of = Chiều hướng cho { $name }
data-polarity-need = càng cao = nhu cầu càng lớn
data-polarity-less = càng cao = nhu cầu càng nhỏ
data-polarity-neutral = trung tính (bối cảnh)
data-exists = đã có
data-apply = Áp dụng
data-reapply = Áp dụng lại phiên bản này
data-discard = Loại bỏ
data-cannot-apply = Không thể áp dụng phiên bản này: hãy sửa các lỗi trong tệp rồi tải lên lại.
## ---- index configurations and exports (issue 4) ----
indices-title = Cấu hình chỉ số
indices-intro = Cấu hình chỉ số xác định cách đo nhu cầu của các khu vực: theo phương pháp "Giám sát phát triển đô thị xã hội" (MSS) của Berlin hoặc như một chỉ số tổng hợp riêng với các chỉ báo và trọng số được chọn. Mỗi thay đổi được lưu thành một phiên bản mới; kết quả của mọi phiên bản đều được giữ lại.
indices-new = Cấu hình chỉ số mới
indices-edit = Sửa cấu hình chỉ số (phiên bản mới)
indices-none = Chưa có cấu hình chỉ số nào được lưu.
indices-list = Các cấu hình chỉ số đã lưu (phiên bản mới nhất của mỗi cấu hình)
indices-kind = Phương pháp
indices-kind-mss = Phương pháp MSS (Berlin)
indices-kind-composite = Chỉ số tổng hợp riêng
indices-kind-hint = Phương pháp MSS dùng bốn chỉ báo hiện trạng và bốn chỉ báo biến động, chuẩn hóa z và ngưỡng phân lớp cố định; trọng số, chuẩn hóa và cách gộp chỉ áp dụng cho chỉ số riêng.
indices-on-map = Bản đồ
indices-map-link = Xem trên bản đồ
indices-map-choice = Cấu hình chỉ số
indices-map-title = { $name } ({ $year })
indices-map-legend-mss = Chỉ số hiện trạng (các lớp MSS)
indices-map-legend-score = Giá trị chỉ số (ngũ phân vị)
indices-name = Tên
indices-choose = – vui lòng chọn –
indices-composite-indicators = Chỉ báo và trọng số (chỉ số riêng)
indices-weights-hint = Chọn ít nhất hai chỉ báo. Trọng số là số dương; chúng được quy đổi để tổng bằng 1.
indices-normalisation = Chuẩn hóa
indices-norm-zscore = chuẩn hóa z
indices-norm-minmax = min-max (0 đến 100)
indices-norm-rank = thứ hạng
indices-aggregation = Cách gộp
indices-agg-arithmetic = trung bình cộng
indices-agg-geometric = trung bình nhân
indices-mss-status = Chỉ báo hiện trạng MSS
indices-mss-status-hint = Bốn chỉ báo về hiện trạng xã hội trong năm được chọn (S1 đến S4).
indices-mss-dynamics = Chỉ báo biến động MSS
indices-mss-dynamics-hint = Bốn chỉ báo mà sự thay đổi trong { $period } năm đến năm được chọn đo lường biến động (D1 đến D4).
indices-mss-period-text = (thay đổi trong { $period } năm, từ { $from } đến { $to })
indices-population = Chỉ báo dân số
indices-population-hint = Theo phương pháp MSS, khu vực có dưới 300 cư dân không được phân lớp.
indices-no-population = không có (phân lớp tất cả khu vực)
indices-save = Lưu và tính toán
indices-indicators = Chỉ báo
indices-results = Kết quả của phiên bản { $version }
indices-results-intro = Kết quả được tính và lưu khi lưu cấu hình. Khoảng thứ hạng là khoảng 5–95 % của thứ hạng qua { $runs } lần chạy Monte Carlo với trọng số và phương pháp thay đổi.
indices-status-index = Chỉ số hiện trạng
indices-dynamic-index = Chỉ số biến động
indices-class = Lớp
indices-class-top = nhu cầu cao nhất (10 % hàng đầu)
indices-class-rest = các khu vực khác
indices-mss-status-1 = hiện trạng cao
indices-mss-status-2 = hiện trạng trung bình
indices-mss-status-3 = hiện trạng thấp
indices-mss-status-4 = hiện trạng rất thấp
indices-mss-dynamic-positive = biến động tích cực
indices-mss-dynamic-stable = biến động ổn định
indices-mss-dynamic-negative = biến động tiêu cực
indices-versions = Các phiên bản
indices-old-version = Bạn đang xem phiên bản cũ hơn { $version }.
indices-show-newest = Xem phiên bản mới nhất
indices-filter-top = nhu cầu cao nhất ({ $share } % hàng đầu)
indices-filter-likely = có lẽ nhu cầu cao nhất (ít nhất 50 %)
indices-filter-mss = { $name }: { $class }
indices-error-name = Vui lòng nhập tên.
indices-error-name-long = Tên dài tối đa 120 ký tự.
indices-error-kind = Vui lòng chọn một phương pháp.
indices-error-year = Vui lòng chọn một năm có dữ liệu.
indices-error-year-period = Biến động cần dữ liệu của năm { $year }; vui lòng chọn năm muộn hơn.
indices-error-indicators = Vui lòng chọn ít nhất hai chỉ báo.
indices-error-weight = Trọng số của "{ $indicator }" phải là số dương (tối đa 1000).
indices-error-normalisation = Vui lòng chọn cách chuẩn hóa.
indices-error-aggregation = Vui lòng chọn cách gộp.
indices-error-unknown-indicator = Chỉ báo này không có trong danh mục.
indices-error-duplicate = Mỗi chỉ báo chỉ được dùng một lần.
indices-error-mss_status-missing = Vui lòng điền đủ bốn vai trò hiện trạng MSS (S1 đến S4).
indices-error-mss_dynamics-missing = Vui lòng điền đủ bốn vai trò biến động MSS (D1 đến D4).
indices-error-compute = Không thể tính chỉ số với dữ liệu này: { $detail }

## ---- MSS options ----
indices-dynamics-given = Các chỉ số động thái đã chứa mức thay đổi (điểm phần trăm), như trong các bảng MSS
indices-exclude = Các khu vực bị loại trừ
indices-exclude-hint = Mã khu vực, phân cách bằng dấu phẩy: giá trị ngoại lai thống kê hoặc khu vực không có dữ liệu, không được làm sai lệch phép tính.
data-field-merge-duplicates = Gộp các đối tượng có cùng mã thành một khu vực
