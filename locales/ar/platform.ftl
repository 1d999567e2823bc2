# Platform messages added after main.ftl (edge checks).
platform-error-control-char = يحتوي الحقل «{ $field }» على حرف تحكم غير مسموح به ({ $code }). يُرجى حذفه وإرسال النموذج مرة أخرى.
