// Autosave of the keukentafelgesprek: htmx posts the form while typing (see gesprek.html).
// Here only what htmx does not do itself: on a network error, say so and try again, so
// that nothing typed is lost; on a conflict (409), show the server's message and stop.
(function () {
  "use strict";
  var form = document.querySelector("form[data-autosave]");
  if (!form) return;
  var status = document.getElementById("autosave-status");
  var retry = null;

  function zeg(tekst, fout) {
    status.textContent = tekst;
    status.classList.toggle("sociaal-autosave--fout", Boolean(fout));
  }

  function opnieuw(seconden) {
    if (retry) return;
    retry = window.setTimeout(function () {
      retry = null;
      htmx.trigger(form, "opnieuw");
    }, seconden * 1000);
  }

  form.addEventListener("htmx:sendError", function () {
    zeg("Niet opgeslagen: geen verbinding. Uw tekst blijft staan; we proberen het opnieuw.", true);
    opnieuw(5);
  });
  form.addEventListener("htmx:timeout", function () {
    zeg("Niet opgeslagen: de server antwoordt niet. We proberen het opnieuw.", true);
    opnieuw(5);
  });
  form.addEventListener("htmx:responseError", function (event) {
    var xhr = event.detail.xhr;
    if (xhr.status === 409) {
      status.innerHTML = xhr.responseText;
      status.classList.add("sociaal-autosave--fout");
      return;
    }
    zeg("Niet opgeslagen (fout " + xhr.status + "). We proberen het opnieuw.", true);
    opnieuw(10);
  });
  // Pressing "Opslaan" or "Gesprek afronden" while an autosave is on its way would send the
  // old version number and be refused as a conflict: wait for the autosave, then submit.
  var bezig = false;
  var wachtendeKnop = null;
  form.addEventListener("htmx:beforeRequest", function () { bezig = true; });
  form.addEventListener("submit", function (event) {
    if (!bezig) return;
    event.preventDefault();
    wachtendeKnop = event.submitter || null;
    zeg("Even wachten: het laatste automatisch opslaan is nog bezig…", false);
  }, true);

  // Leaving the page with unsaved typing: the browser asks first.
  var onopgeslagen = false;
  form.addEventListener("input", function () { onopgeslagen = true; });
  form.addEventListener("htmx:afterRequest", function (event) {
    bezig = false;
    if (event.detail.successful) {
      onopgeslagen = false;
      status.classList.remove("sociaal-autosave--fout");
    }
    if (wachtendeKnop !== null) {
      var knop = wachtendeKnop;
      wachtendeKnop = null;
      window.setTimeout(function () { form.requestSubmit(knop); }, 0);
    }
  });
  form.addEventListener("submit", function () { onopgeslagen = false; });
  window.addEventListener("beforeunload", function (event) {
    if (onopgeslagen) { event.preventDefault(); event.returnValue = ""; }
  });
})();
