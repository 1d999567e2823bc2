# Platform messages added after main.ftl (edge checks).
platform-error-control-char = “{ $field }” alanı izin verilmeyen bir kontrol karakteri içeriyor ({ $code }). Lütfen kaldırın ve formu yeniden gönderin.
