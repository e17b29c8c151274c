/* Per-viewer parts of replies. Replies are rendered the same for everyone (so the live layer
   can broadcast one HTML, without a CSRF token): this marks the viewer's own replies, so the
   stylesheet shows "Edit" on them and hides "Helpful" and "Report", and gives the forms of
   replies that arrived live the page's CSRF token. */
(function () {
  "use strict";
  var section = document.getElementById("replies");
  if (!section) return;
  var viewer = section.getAttribute("data-viewer-id");
  var source = document.querySelector("input[name=csrfmiddlewaretoken]");
  var token = source ? source.value : "";

  function prepare() {
    section.querySelectorAll("article[data-author-id]").forEach(function (article) {
      if (article.getAttribute("data-author-id") === viewer) article.setAttribute("data-mine", "");
    });
    if (!token) return;
    section.querySelectorAll("form[method=post]").forEach(function (form) {
      if (form.querySelector("input[name=csrfmiddlewaretoken]")) return;
      var input = document.createElement("input");
      input.type = "hidden";
      input.name = "csrfmiddlewaretoken";
      input.value = token;
      form.insertBefore(input, form.firstChild);
    });
  }

  prepare();
  if (window.MutationObserver) {
    new MutationObserver(prepare).observe(section, { childList: true, subtree: true });
  }
})();
