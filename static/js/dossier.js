// The dossier's sections change inline (htmx): a saved or removed bewoner, netwerklid or
// betrokkene swaps the section's list, and with it the form that had the focus. Without this
// the focus would fall back to the top of the page. It goes to the section's heading instead,
// so that keyboard and screen reader users go on where they were; the section's live region
// says what was done. A swap that keeps or sets the focus (a form with errors) is left alone.
(function () {
  "use strict";
  var sectie = null;

  document.addEventListener("htmx:beforeSwap", function () {
    var actief = document.activeElement;
    sectie = actief && actief !== document.body ? actief.closest("section[aria-labelledby]") : null;
  });

  document.addEventListener("htmx:afterSettle", function () {
    var actief = document.activeElement;
    var kwijt = !actief || actief === document.body || !actief.isConnected;
    var bij = sectie;
    sectie = null;
    if (!kwijt || !bij || !bij.isConnected) return;
    var kop = document.getElementById(bij.getAttribute("aria-labelledby"));
    if (!kop) return;
    kop.setAttribute("tabindex", "-1");
    kop.focus();
  });
})();
