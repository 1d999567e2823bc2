// Quartier progressive enhancement. Every page works without this file.
(function () {
  "use strict";
  // Move focus to the error summary after a failed form submission.
  var summary = document.getElementById("error-summary");
  if (summary) { summary.focus(); }
  // Confirm destructive actions.
  document.querySelectorAll("button.danger").forEach(function (b) {
    b.addEventListener("click", function (e) {
      var meta = document.querySelector('meta[name="confirm-text"]');
      var msg = meta ? meta.getAttribute("content") : "";
      if (!window.confirm(msg)) { e.preventDefault(); }
    });
  });
})();

// ---- data uploads: show a progress bar while a large upload is sent ----
(function () {
  "use strict";
  document.querySelectorAll('form[data-upload="true"]').forEach(function (form) {
    form.addEventListener("submit", function (e) {
      if (!window.XMLHttpRequest || !window.FormData) { return; }
      var box = form.querySelector(".upload-progress");
      var bar = form.querySelector("progress");
      if (!box || !bar) { return; }
      e.preventDefault();
      box.hidden = false;
      var xhr = new XMLHttpRequest();
      xhr.open("POST", form.getAttribute("action"));
      xhr.upload.addEventListener("progress", function (ev) {
        if (ev.lengthComputable) { bar.value = Math.round(100 * ev.loaded / ev.total); }
      });
      xhr.addEventListener("load", function () {
        if (xhr.responseURL && xhr.status < 400) {
          window.location.assign(xhr.responseURL);
        } else {
          document.open();
          document.write(xhr.responseText);
          document.close();
        }
      });
      xhr.addEventListener("error", function () { form.submit(); });
      xhr.send(new FormData(form));
    });
  });
})();
