// The account menu is a <details> element, usable without script; this only closes it on
// Escape (focus back on its summary), on a click elsewhere and when focus leaves it, as people
// expect of a menu.
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
  // Tabbing out of the open menu closes it, so it does not stay over the page.
  menu.addEventListener("focusout", function (event) {
    if (menu.open && event.relatedTarget && !menu.contains(event.relatedTarget)) menu.open = false;
  });
})();
