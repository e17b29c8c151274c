// Search-box suggestions (the header box on every page, and the search page's own box): an
// ARIA 1.2 combobox with a listbox of titles from /search/suggest. Up/Down move through the
// titles, Enter searches the chosen one, Escape closes the list. Without JavaScript the forms
// work the same, without suggestions. The titles come from the server already filtered by what
// the user may see.
(function () {
  "use strict";
  if (!window.fetch) return;

  function setup(input, index) {
    var form = input.form;
    var listId = (input.id || "search-" + index) + "-suggestions";
    var list = document.createElement("ul");
    var status = document.createElement("span");
    var timer = null;
    var last = "";
    var active = -1;
    var request = 0;

    list.id = listId;
    list.className = "suggest-list";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", input.dataset.suggestLabel || "Suggestions");
    list.hidden = true;
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    input.insertAdjacentElement("afterend", list);
    list.insertAdjacentElement("afterend", status);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);
    input.setAttribute("autocomplete", "off");
    input.parentElement.classList.add("has-suggestions");

    function options() {
      return list.querySelectorAll("[role=option]");
    }

    function close() {
      list.hidden = true;
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function highlight(next) {
      var items = options();
      if (!items.length) return;
      active = (next + items.length) % items.length;
      items.forEach(function (item, i) {
        item.setAttribute("aria-selected", i === active ? "true" : "false");
      });
      input.setAttribute("aria-activedescendant", items[active].id);
      items[active].scrollIntoView({ block: "nearest" });
    }

    function choose(item) {
      input.value = item.textContent;
      close();
      if (form) form.requestSubmit ? form.requestSubmit() : form.submit();
    }

    function show(titles) {
      list.replaceChildren();
      active = -1;
      input.removeAttribute("aria-activedescendant");
      titles.forEach(function (title, i) {
        var item = document.createElement("li");
        item.id = listId + "-" + i;
        item.setAttribute("role", "option");
        item.setAttribute("aria-selected", "false");
        item.textContent = title;
        // mousedown, not click: the input must not lose focus (and close the list) first.
        item.addEventListener("mousedown", function (event) {
          event.preventDefault();
          choose(item);
        });
        list.appendChild(item);
      });
      var open = titles.length > 0;
      list.hidden = !open;
      input.setAttribute("aria-expanded", open ? "true" : "false");
      var template = input.dataset.suggestStatus || "%(count)s";
      status.textContent = open ? template.replace("%(count)s", titles.length) : "";
    }

    function fetchSuggestions() {
      var q = input.value.trim();
      if (q === last) return;
      last = q;
      if (q.length < 2) {
        show([]);
        return;
      }
      var mine = ++request;
      fetch(input.dataset.suggestUrl + "?q=" + encodeURIComponent(q), {
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      })
        .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
        .then(function (data) {
          if (mine === request) show(data.suggestions || []);
        })
        .catch(function () {});
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, 150);
    });
    input.addEventListener("keydown", function (event) {
      var open = !list.hidden;
      if (event.key === "ArrowDown") {
        event.preventDefault();
        if (!open && options().length) {
          list.hidden = false;
          input.setAttribute("aria-expanded", "true");
        }
        highlight(active + 1);
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        if (open) highlight(active - 1);
      } else if (event.key === "Enter" && open && active >= 0) {
        event.preventDefault();
        choose(options()[active]);
      } else if (event.key === "Escape" && open) {
        event.preventDefault();
        close();
      }
    });
    input.addEventListener("blur", close);
  }

  document.querySelectorAll("input[data-suggest-url]").forEach(setup);
})();
