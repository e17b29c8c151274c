/* De-identification gate, live: while the author types, each checked field is sent to the
   scan endpoint and the possible identifiers are highlighted below it, with one-click actions
   (redact with a typed placeholder, or use the suggested generalisation). Without JavaScript
   the same check runs when the form is saved. Nothing here is stored. */
(function () {
  "use strict";
  var DELAY = 700;
  var lang = document.documentElement.lang || "fr";
  var T = lang.indexOf("en") === 0
    ? { found: "Possible identifiers:", none: "No identifier found.", redact: "Redact",
        use: "Use", error: "The live check is unavailable; the text is checked when you save." }
    : { found: "Identifiants possibles :", none: "Aucun identifiant trouvé.", redact: "Masquer",
        use: "Utiliser", error: "La vérification en direct est indisponible ; le texte sera vérifié à l’enregistrement." };

  function csrf(form) {
    var input = form.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  function language(form) {
    var select = form.querySelector("select[name=language]");
    return (select && select.value) || form.getAttribute("data-language") || "fr";
  }

  function setup(form) {
    var url = form.getAttribute("data-scan-url");
    if (!url || !window.fetch) return;
    var fields = form.querySelectorAll("[data-gate-field], textarea[name=body]");
    Array.prototype.forEach.call(fields, function (field, index) {
      var box = document.createElement("div");
      box.className = "gate-live";
      box.id = (field.id || "gate-field-" + index) + "-gate";
      box.setAttribute("aria-live", "polite");
      field.insertAdjacentElement("afterend", box);
      var described = field.getAttribute("aria-describedby");
      field.setAttribute("aria-describedby", described ? described + " " + box.id : box.id);
      var timer = null;
      var shown = false;
      var sequence = 0;

      function render(spans, text) {
        box.textContent = "";
        if (!spans.length) {
          if (shown) {
            var ok = document.createElement("p");
            ok.className = "gate-ok";
            ok.textContent = T.none;
            box.appendChild(ok);
          }
          return;
        }
        shown = true;
        var title = document.createElement("p");
        title.className = "gate-title";
        title.textContent = T.found;
        box.appendChild(title);
        var preview = document.createElement("p");
        preview.className = "gate-preview";
        var at = 0;
        spans.forEach(function (s) {
          preview.appendChild(document.createTextNode(text.slice(at, s.start)));
          var mark = document.createElement("mark");
          mark.textContent = text.slice(s.start, s.end);
          mark.title = s.label_display || s.label;
          preview.appendChild(mark);
          at = s.end;
        });
        preview.appendChild(document.createTextNode(text.slice(at)));
        box.appendChild(preview);
        var list = document.createElement("ul");
        list.className = "gate-actions";
        spans.forEach(function (s) {
          var item = document.createElement("li");
          var label = document.createElement("span");
          label.textContent = "“" + s.text + "” (" + (s.label_display || s.label) + ") ";
          item.appendChild(label);
          item.appendChild(action(T.redact + " → " + s.placeholder, s, s.placeholder));
          if (s.suggestion) {
            item.appendChild(document.createTextNode(" "));
            item.appendChild(action(T.use + " “" + s.suggestion + "”", s, s.suggestion));
          }
          list.appendChild(item);
        });
        box.appendChild(list);
      }

      function action(text, span, replacement) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "link-button";
        button.textContent = text;
        button.addEventListener("click", function () {
          var value = field.value;
          if (value.slice(span.start, span.end) === span.text) {
            field.value = value.slice(0, span.start) + replacement + value.slice(span.end);
          }
          field.focus();
          check();
        });
        return button;
      }

      function check() {
        var text = field.value;
        var mine = ++sequence;
        fetch(url, {
          method: "POST",
          credentials: "same-origin",
          headers: { "Content-Type": "application/json", "X-CSRFToken": csrf(form) },
          body: JSON.stringify({ text: text, language: language(form) })
        }).then(function (response) {
          return response.json().catch(function () {
            throw new Error(T.error);
          }).then(function (data) {
            if (!response.ok) throw new Error(data.error || T.error);
            return data;
          });
        }).then(function (data) {
          if (mine === sequence) render(data.spans || [], text);
        }).catch(function (error) {
          if (mine !== sequence) return;
          box.textContent = "";
          var p = document.createElement("p");
          p.className = "gate-error";
          p.textContent = error && error.message ? error.message : T.error;
          box.appendChild(p);
        });
      }

      // Only what the author types is checked live: saved text was checked by the server,
      // whose flags are listed at the top of the page.
      field.addEventListener("input", function () {
        clearTimeout(timer);
        timer = setTimeout(check, DELAY);
      });
    });
  }

  /* Stored flags: show the generalisation box only for "generalise", the reason for "not an
     identifier" (all stay usable without JavaScript). */
  function flagForms() {
    document.querySelectorAll(".gate-flag form").forEach(function (form) {
      var replacement = form.querySelector("input[name$=replacement]");
      var reason = form.querySelector("input[name$=reason]");
      function sync() {
        var chosen = form.querySelector("input[type=radio]:checked");
        var value = chosen ? chosen.value : "";
        if (replacement) replacement.parentNode.hidden = value !== "generalise";
        if (reason) {
          reason.parentNode.hidden = value !== "not_identifier";
          reason.required = value === "not_identifier";
        }
      }
      form.addEventListener("change", sync);
      sync();
    });
  }

  document.querySelectorAll("form[data-gate-form]").forEach(setup);
  flagForms();
})();
