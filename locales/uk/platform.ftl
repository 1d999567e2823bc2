# Platform messages added after main.ftl (edge checks).
platform-error-control-char = Поле «{ $field }» містить недозволений керівний символ ({ $code }). Будь ласка, видаліть його й надішліть форму ще раз.
