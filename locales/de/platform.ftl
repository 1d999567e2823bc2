# Platform messages added after main.ftl (edge checks).
platform-error-control-char = Das Feld „{ $field }“ enthält ein unzulässiges Steuerzeichen ({ $code }). Bitte entfernen Sie es und senden Sie das Formular noch einmal.
