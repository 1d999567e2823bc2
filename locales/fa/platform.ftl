# Platform messages added after main.ftl (edge checks).
platform-error-control-char = فیلد «{ $field }» یک نویسهٔ کنترلی غیرمجاز دارد ({ $code }). لطفاً آن را حذف کنید و فرم را دوباره بفرستید.
