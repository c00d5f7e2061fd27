// A table wider than the screen (a tablet held upright) scrolls sideways in its container.
// Only then does the container become a named region that Tab reaches, so that it can be
// scrolled with the arrow keys (WCAG 2.1.1); a table that fits adds no Tab stop and no
// extra landmark. Without JavaScript the links in a wide table still scroll it into view.
(function () {
  "use strict";

  function bijwerken() {
    document.querySelectorAll(".sociaal-tabel-container").forEach(function (houder) {
      if (houder.scrollWidth > houder.clientWidth + 1) {
        houder.setAttribute("role", "region");
        houder.setAttribute("tabindex", "0");
        if (houder.dataset.kop) houder.setAttribute("aria-labelledby", houder.dataset.kop);
        else houder.setAttribute("aria-label", houder.dataset.label || "");
      } else {
        ["role", "tabindex", "aria-labelledby", "aria-label"].forEach(function (naam) {
          houder.removeAttribute(naam);
        });
      }
    });
  }

  document.addEventListener("DOMContentLoaded", bijwerken);
  document.addEventListener("htmx:afterSettle", bijwerken);
  window.addEventListener("resize", bijwerken);
})();
