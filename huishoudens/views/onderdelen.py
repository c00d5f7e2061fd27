"""Adding, changing and removing the parts of a dossier — household members, their network
and the betrokkenen — inline with htmx on the dossier page, or as plain pages without it.

With htmx the form is loaded into the section it belongs to; a valid save answers with the
re-rendered section, an invalid one with the form and its errors (nothing typed is lost).
"""

from typing import TYPE_CHECKING

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy
from django.views import View
from django_htmx.http import HttpResponseClientRedirect, reselect, reswap, retarget

from sociaal.audit.models import Actie, Resultaat
from sociaal.audit.services import audit_vastleggen
from sociaal.http import AuthenticatedHttpRequest
from sociaal.toegang import Beleid
from sociaal.weigering import weigering_op_formulier, weigering_vastleggen

from .. import selectors, services
from ..forms import BetrokkeneForm, NetwerklidForm, PersoonForm
from ..models import Betrokkene, Huishouden, Netwerklid, Persoon
from .access import huishouden_of_404
from .dossier import dossier_context

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise  # str or a lazy translation


class _OnderdeelBasis(View):
    toegangsbeleid = Beleid.DOSSIER
    sectie = ""  # the section of dossier.html that shows this part

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.is_htmx = bool(getattr(request, "htmx", False))

    def haal_huishouden(self, request: AuthenticatedHttpRequest, pk: int) -> Huishouden:
        return huishouden_of_404(request, pk)

    def zoek(self, huishouden: Huishouden, pk: int):
        raise NotImplementedError

    def haal_onderdeel(self, request: AuthenticatedHttpRequest, huishouden: Huishouden, pk: int):
        """A part of this household; an id from another household is refused and audited."""
        onderdeel = self.zoek(huishouden, pk)
        if onderdeel is None:
            audit_vastleggen(
                medewerker=request.user,
                actie=Actie.LEZEN,
                huishouden_id=huishouden.pk,
                object_type=self.model._meta.label_lower,
                object_id=pk,
                resultaat=Resultaat.GEWEIGERD,
            )
            raise Http404
        return onderdeel

    def dossier_url(self, huishouden: Huishouden) -> str:
        return reverse("huishoudens:dossier", args=[huishouden.pk]) + f"#{self.sectie}"

    def klaar(
        self, request: AuthenticatedHttpRequest, huishouden: Huishouden, melding: str
    ) -> HttpResponse:
        verfrist = None
        if self.is_htmx:
            verfrist = selectors.huishouden_voor_dossier(medewerker=request.user, pk=huishouden.pk)
        if verfrist is None:
            # A plain page, or a change that ended one's own access (a removed link).
            messages.success(request, melding)
            if self.is_htmx:
                return HttpResponseClientRedirect(reverse("huishoudens:lijst"))
            return redirect(self.dossier_url(huishouden))
        context = {**dossier_context(verfrist), "status_melding": melding}
        response = render(request, f"huishoudens/dossier.html#{self.sectie}", context)
        # The section's list is swapped; what was done goes, out of band, into the section's
        # live region, which stays on the page so that a screen reader announces it.
        inhoud = f"#{self.sectie}-inhoud"
        return reswap(reselect(retarget(response, inhoud), inhoud), "outerHTML")


class OnderdeelFormulier(_OnderdeelBasis):
    form_class: type = None
    titel_nieuw: "StrOrPromise" = ""
    titel_wijzigen: "StrOrPromise" = ""
    melding_nieuw: "StrOrPromise" = ""
    melding_gewijzigd: "StrOrPromise" = ""

    def nieuw(self, request: AuthenticatedHttpRequest, huishouden: Huishouden, **kwargs):
        raise NotImplementedError

    def onderdeel(self, request, huishouden_pk: int, pk: int | None, **kwargs):
        huishouden = self.haal_huishouden(request, huishouden_pk)
        if pk is None:
            return huishouden, self.nieuw(request, huishouden, **kwargs)
        return huishouden, self.haal_onderdeel(request, huishouden, pk)

    def toon(self, request, huishouden, onderdeel, form) -> HttpResponse:
        if self.is_htmx:
            # An inline form takes the focus: its first field, or the first one in error.
            eerste = next(iter(form.errors), None) if form.is_bound else None
            eerste = eerste if eerste in form.fields else next(iter(form.fields))
            form.fields[eerste].widget.attrs["autofocus"] = True
        context = {
            "form": form,
            "huishouden": huishouden,
            "onderdeel": onderdeel,
            "sectie": self.sectie,
            "titel": self.titel_nieuw if onderdeel._state.adding else self.titel_wijzigen,
            "actie_url": request.path,
            "annuleer_url": self.dossier_url(huishouden),
        }
        template = "huishoudens/onderdeel_formulier.html"
        return render(request, f"{template}#formulier" if self.is_htmx else template, context)

    def get(self, request, huishouden: int, pk: int | None = None, **kwargs):
        huishouden, onderdeel = self.onderdeel(request, huishouden, pk, **kwargs)
        return self.toon(request, huishouden, onderdeel, self.form_class(instance=onderdeel))

    def post(self, request, huishouden: int, pk: int | None = None, **kwargs):
        huishouden, onderdeel = self.onderdeel(request, huishouden, pk, **kwargs)
        is_nieuw = onderdeel._state.adding
        form = self.form_class(request.POST, instance=onderdeel)
        if form.is_valid():
            try:
                services.onderdeel_opslaan(onderdeel=form.save(commit=False), door=request.user)
            except (ValidationError, PermissionDenied) as error:
                weigering_op_formulier(request, form, error, huishouden_id=huishouden.pk)
            else:
                melding = self.melding_nieuw if is_nieuw else self.melding_gewijzigd
                return self.klaar(request, huishouden, str(melding))
        self.audit_treffers(request, form)
        return self.toon(request, huishouden, onderdeel, form)

    def audit_treffers(self, request, form) -> None:
        """A check that looked across the municipality (BSN, likely duplicate) and hit
        someone is a look-up of that person: audited, without any value."""
        for persoon in getattr(form, "treffers", []):
            audit_vastleggen(
                medewerker=request.user,
                actie=Actie.ZOEKEN,
                huishouden_id=persoon.huishouden_id,
                obj=persoon,
            )


class OnderdeelVerwijderen(_OnderdeelBasis):
    vraag: "StrOrPromise" = ""
    melding: "StrOrPromise" = ""

    def get(self, request, huishouden: int, pk: int):
        huishouden = self.haal_huishouden(request, huishouden)
        onderdeel = self.haal_onderdeel(request, huishouden, pk)
        context = {
            "huishouden": huishouden,
            "onderdeel": onderdeel,
            "vraag": self.vraag % {"naam": onderdeel},
            "actie_url": request.path,
            "annuleer_url": self.dossier_url(huishouden),
            "sectie": self.sectie,
        }
        template = "huishoudens/onderdeel_verwijderen.html"
        return render(request, f"{template}#formulier" if self.is_htmx else template, context)

    def post(self, request, huishouden: int, pk: int):
        huishouden = self.haal_huishouden(request, huishouden)
        onderdeel = self.haal_onderdeel(request, huishouden, pk)
        naam = str(onderdeel)
        try:
            services.onderdeel_verwijderen(onderdeel=onderdeel, door=request.user)
        except PermissionDenied:
            weigering_vastleggen(request, huishouden_id=huishouden.pk)
            raise
        except ValidationError as fout:
            # Still referred to (a melding, a conversation, an afspraak): said, nothing lost.
            messages.error(request, " ".join(fout.messages))
            if self.is_htmx:
                return HttpResponseClientRedirect(self.dossier_url(huishouden))
            return redirect(self.dossier_url(huishouden))
        return self.klaar(request, huishouden, self.melding % {"naam": naam})


class _Persoon:
    sectie = "personen"
    model = Persoon

    def zoek(self, huishouden, pk):
        return selectors.persoon_in_huishouden(huishouden=huishouden, pk=pk)


class _PersoonZoeker(_Persoon, _OnderdeelBasis):
    pass


class PersoonFormulier(_Persoon, OnderdeelFormulier):
    form_class = PersoonForm
    titel_nieuw = gettext_lazy("Bewoner toevoegen")
    titel_wijzigen = gettext_lazy("Bewoner wijzigen")
    melding_nieuw = gettext_lazy("Bewoner toegevoegd.")
    melding_gewijzigd = gettext_lazy("Gegevens van de bewoner opgeslagen.")

    def nieuw(self, request, huishouden, **kwargs):
        return Persoon(huishouden=huishouden)


class PersoonVerwijderen(_Persoon, OnderdeelVerwijderen):
    vraag = gettext_lazy(
        "Weet u zeker dat u %(naam)s uit dit huishouden wilt verwijderen? "
        "Het netwerk van deze persoon wordt ook verwijderd."
    )
    melding = gettext_lazy("%(naam)s is verwijderd uit het huishouden.")


class _Netwerklid:
    sectie = "personen"
    model = Netwerklid

    def zoek(self, huishouden, pk):
        return selectors.netwerklid_in_huishouden(huishouden=huishouden, pk=pk)


class NetwerklidFormulier(_Netwerklid, OnderdeelFormulier):
    form_class = NetwerklidForm
    titel_nieuw = gettext_lazy("Netwerklid toevoegen")
    titel_wijzigen = gettext_lazy("Netwerklid wijzigen")
    melding_nieuw = gettext_lazy("Netwerklid toegevoegd.")
    melding_gewijzigd = gettext_lazy("Netwerklid opgeslagen.")

    def nieuw(self, request, huishouden, persoon: int, **kwargs):
        eigenaar = self.haal_persoon(request, huishouden, persoon)
        return Netwerklid(persoon=eigenaar)

    def haal_persoon(self, request, huishouden, pk):
        return _PersoonZoeker().haal_onderdeel(request, huishouden, pk)


class NetwerklidVerwijderen(_Netwerklid, OnderdeelVerwijderen):
    vraag = gettext_lazy("Weet u zeker dat u netwerklid %(naam)s wilt verwijderen?")
    melding = gettext_lazy("Netwerklid %(naam)s is verwijderd.")


class _Betrokkene:
    sectie = "betrokkenen"
    model = Betrokkene

    def zoek(self, huishouden, pk):
        return selectors.betrokkene_in_huishouden(huishouden=huishouden, pk=pk)


class BetrokkeneFormulier(_Betrokkene, OnderdeelFormulier):
    form_class = BetrokkeneForm
    titel_nieuw = gettext_lazy("Betrokkene toevoegen")
    titel_wijzigen = gettext_lazy("Betrokkene wijzigen")
    melding_nieuw = gettext_lazy("Betrokkene toegevoegd.")
    melding_gewijzigd = gettext_lazy("Betrokkene opgeslagen.")

    def nieuw(self, request, huishouden, **kwargs):
        return Betrokkene(huishouden=huishouden)


class BetrokkeneVerwijderen(_Betrokkene, OnderdeelVerwijderen):
    vraag = gettext_lazy("Weet u zeker dat u betrokkene %(naam)s wilt verwijderen?")
    melding = gettext_lazy("Betrokkene %(naam)s is verwijderd.")
