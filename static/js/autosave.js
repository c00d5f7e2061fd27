// Autosave of the keukentafelgesprek: htmx posts the form while typing (see gesprek.html).
// Here only what htmx does not do itself:
// - a network error or a server error: say so, keep the text, and try again;
// - 422 (not valid), 409 (someone else saved), 403: show the server's message, keep the
//   page's "not saved" state (the browser asks before leaving), do not retry by itself;
// - 401 (session expired): say so and keep trying, so it saves once logged in again;
// - "Opslaan"/"Gesprek afronden" while an autosave is on its way: wait for it; an autosave
//   still waiting for its delay is cancelled, so the two never send the same version.
(function () {
  "use strict";
  var form = document.querySelector("form[data-autosave]");
  if (!form) return;
  var status = document.getElementById("autosave-status");
  var retry = null;
  var bezig = false;
  var verzenden = false;
  var wachtendeKnop = null;
  var onopgeslagen = false;

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

  form.addEventListener("input", function () { onopgeslagen = true; });

  form.addEventListener("htmx:confirm", function (event) {
    // The form is being submitted the ordinary way: no autosave any more.
    if (verzenden) event.preventDefault();
  });
  form.addEventListener("htmx:beforeRequest", function () { bezig = true; });

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
    if (xhr.status === 401) {
      zeg(xhr.responseText + " Uw tekst blijft staan en wordt daarna opgeslagen.", true);
      opnieuw(30);
    } else if (xhr.status === 409 || xhr.status === 422 || xhr.status === 403) {
      status.innerHTML = xhr.responseText;
      status.classList.add("sociaal-autosave--fout");
    } else {
      zeg("Niet opgeslagen (fout " + xhr.status + "). We proberen het opnieuw.", true);
      opnieuw(10);
    }
  });

  form.addEventListener("htmx:afterRequest", function (event) {
    bezig = false;
    if (event.detail.successful) {
      onopgeslagen = false;
      status.classList.remove("sociaal-autosave--fout");
    }
    if (wachtendeKnop !== null) {
      // The new version number is in the form now (swapped in out of band): submit.
      var knop = wachtendeKnop;
      wachtendeKnop = null;
      window.setTimeout(function () { form.requestSubmit(knop); }, 0);
    }
  });

  form.addEventListener("submit", function (event) {
    if (bezig) {
      event.preventDefault();
      wachtendeKnop = event.submitter || null;
      zeg("Even wachten: het laatste automatisch opslaan is nog bezig…", false);
      return;
    }
    verzenden = true;
    onopgeslagen = false;
    if (retry) { window.clearTimeout(retry); retry = null; }
  }, true);

  window.addEventListener("beforeunload", function (event) {
    if (onopgeslagen) { event.preventDefault(); event.returnValue = ""; }
  });
})();
