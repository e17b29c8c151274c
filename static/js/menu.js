// The account menu is a <details> element, usable without script; this only closes it on
// Escape (focus back on its summary) and on a click elsewhere, as people expect of a menu.
(function () {
  "use strict";
  var menu = document.querySelector(".account-menu details");
  if (!menu) return;
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && menu.open) {
      menu.open = false;
      menu.querySelector("summary").focus();
    }
  });
  document.addEventListener("click", function (event) {
    if (menu.open && !menu.contains(event.target)) menu.open = false;
  });
})();
