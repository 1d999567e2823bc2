# Platform messages added after main.ftl (edge checks).
platform-error-control-char = Поле «{ $field }» содержит недопустимый управляющий символ ({ $code }). Пожалуйста, удалите его и отправьте форму ещё раз.
