# Platform messages added after main.ftl (edge checks).
platform-error-control-char = Trường “{ $field }” chứa một ký tự điều khiển không được phép ({ $code }). Vui lòng xóa ký tự đó và gửi lại biểu mẫu.
