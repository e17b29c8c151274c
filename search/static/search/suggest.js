// Search-box autocomplete: fills the input's <datalist> from /search/suggest. Without it the
// form works the same.
(function () {
  "use strict";
  var input = document.querySelector("input[data-suggest-url]");
  if (!input || !window.fetch) return;
  var list = document.getElementById(input.getAttribute("list"));
  var timer = null;
  var last = "";
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var q = input.value.trim();
      if (q.length < 2 || q === last) return;
      last = q;
      fetch(input.dataset.suggestUrl + "?q=" + encodeURIComponent(q), {
        headers: { Accept: "application/json" },
      })
        .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
        .then(function (data) {
          list.replaceChildren();
          data.suggestions.forEach(function (title) {
            var option = document.createElement("option");
            option.value = title;
            list.appendChild(option);
          });
        })
        .catch(function () {});
    }, 200);
  });
})();
