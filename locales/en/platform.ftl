# Platform messages added after main.ftl (edge checks).
platform-error-control-char = The field “{ $field }” contains a control character that is not allowed ({ $code }). Please remove it and send the form again.
