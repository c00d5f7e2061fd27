// The session ends after a while without a request (SESSION_COOKIE_AGE). Shortly before,
// a dialog asks "Bent u er nog?"; "Ingelogd blijven" sends one request, which renews the
// session. Any htmx request the medewerker causes (an autosave, a fragment) renews it too and
// restarts the timer; the page's own polling does not (the server ignores it as well).
// At the end the page goes to the login page, which brings the medewerker back here.
(function () {
  "use strict";
  var body = document.body;
  var seconden = parseInt(body.dataset.sessieSeconden || "0", 10);
  var waarschuwing = parseInt(body.dataset.waarschuwingSeconden || "0", 10);
  var dialoog = document.getElementById("sessie-waarschuwing");
  var knop = document.getElementById("sessie-verlengen");
  if (!seconden || !dialoog || !knop) return;
  var waarschuwTimer = null;
  var eindTimer = null;

  function csrf() {
    try {
      return JSON.parse(body.getAttribute("hx-headers"))["X-CSRFToken"];
    } catch (e) {
      return "";
    }
  }

  function opnieuwStarten() {
    window.clearTimeout(waarschuwTimer);
    window.clearTimeout(eindTimer);
    waarschuwTimer = window.setTimeout(waarschuwen, Math.max(0, seconden - waarschuwing) * 1000);
    // A second after the end, so the server agrees the session is over.
    eindTimer = window.setTimeout(afmelden, (seconden + 1) * 1000);
  }

  function waarschuwen() {
    if (!dialoog.open) dialoog.showModal();
    knop.focus();
  }

  function afmelden() {
    var terug = window.location.pathname + window.location.search;
    window.location.assign(body.dataset.inloggenUrl + "?next=" + encodeURIComponent(terug));
  }

  knop.addEventListener("click", function () {
    fetch(body.dataset.verlengenUrl, {
      method: "POST",
      credentials: "same-origin",
      headers: { "X-CSRFToken": csrf() },
    }).then(function (antwoord) {
      if (antwoord.ok) {
        dialoog.close();
        opnieuwStarten();
      } else {
        afmelden();
      }
    }, function () {
      // No network: keep the dialog; the medewerker can try again.
    });
  });

  document.addEventListener("htmx:afterRequest", function (evt) {
    // The page's own polling (the reminder count) is not the medewerker being active.
    if (evt.detail && evt.detail.elt && evt.detail.elt.hasAttribute("data-achtergrond")) return;
    opnieuwStarten();
  });
  opnieuwStarten();
})();
