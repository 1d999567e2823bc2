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
