"""Adding, changing and removing the parts of a dossier — household members, their network
and the betrokkenen — inline with htmx on the dossier page, or as plain pages without it.

With htmx the form is loaded into the section it belongs to; a valid save answers with the
re-rendered section, an invalid one with the form and its errors (nothing typed is lost).
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy
from django.views import View
from django_htmx.http import reswap, retarget

from .. import selectors, services
from ..forms import BetrokkeneForm, NetwerklidForm, PersoonForm
from ..models import Betrokkene, Huishouden, Netwerklid, Persoon
from .access import huishouden_of_404
from .dossier import dossier_context


class _OnderdeelBasis(View):
    sectie = ""  # the section of dossier.html that shows this part

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.is_htmx = bool(getattr(request, "htmx", False))

    def haal_huishouden(self, request: HttpRequest, pk: int) -> Huishouden:
        # A POST is audited by the change it makes; a GET shows dossier data: audit the read.
        return huishouden_of_404(request, pk, audit=request.method == "GET")

    def zoek(self, huishouden: Huishouden, pk: int):
        raise NotImplementedError

    def haal_onderdeel(self, huishouden: Huishouden, pk: int):
        onderdeel = self.zoek(huishouden, pk)
        if onderdeel is None:
            raise Http404
        return onderdeel

    def dossier_url(self, huishouden: Huishouden) -> str:
        return reverse("huishoudens:dossier", args=[huishouden.pk]) + f"#{self.sectie}"

    def klaar(self, request: HttpRequest, huishouden: Huishouden, melding: str) -> HttpResponse:
        if not self.is_htmx:
            messages.success(request, melding)
            return redirect(self.dossier_url(huishouden))
        verfrist = selectors.huishouden_voor_dossier(medewerker=request.user, pk=huishouden.pk)
        context = {**dossier_context(verfrist), "status_melding": melding}
        response = render(request, f"huishoudens/dossier.html#{self.sectie}", context)
        return reswap(retarget(response, f"#{self.sectie}"), "outerHTML")


class OnderdeelFormulier(_OnderdeelBasis):
    form_class: type = None
    titel_nieuw = ""
    titel_wijzigen = ""
    melding_nieuw = ""
    melding_gewijzigd = ""

    def nieuw(self, huishouden: Huishouden, **kwargs):
        raise NotImplementedError

    def onderdeel(self, request, huishouden_pk: int, pk: int | None, **kwargs):
        huishouden = self.haal_huishouden(request, huishouden_pk)
        if pk is None:
            return huishouden, self.nieuw(huishouden, **kwargs)
        return huishouden, self.haal_onderdeel(huishouden, pk)

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
            except ValidationError as error:
                form.add_error(None, error)
            else:
                melding = self.melding_nieuw if is_nieuw else self.melding_gewijzigd
                return self.klaar(request, huishouden, str(melding))
        return self.toon(request, huishouden, onderdeel, form)


class OnderdeelVerwijderen(_OnderdeelBasis):
    vraag = ""
    melding = ""

    def get(self, request, huishouden: int, pk: int):
        huishouden = self.haal_huishouden(request, huishouden)
        onderdeel = self.haal_onderdeel(huishouden, pk)
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
        onderdeel = self.haal_onderdeel(huishouden, pk)
        naam = str(onderdeel)
        services.onderdeel_verwijderen(onderdeel=onderdeel, door=request.user)
        return self.klaar(request, huishouden, self.melding % {"naam": naam})


class _Persoon:
    sectie = "personen"

    def zoek(self, huishouden, pk):
        return selectors.persoon_in_huishouden(huishouden=huishouden, pk=pk)


class PersoonFormulier(_Persoon, OnderdeelFormulier):
    form_class = PersoonForm
    titel_nieuw = gettext_lazy("Bewoner toevoegen")
    titel_wijzigen = gettext_lazy("Bewoner wijzigen")
    melding_nieuw = gettext_lazy("Bewoner toegevoegd.")
    melding_gewijzigd = gettext_lazy("Gegevens van de bewoner opgeslagen.")

    def nieuw(self, huishouden, **kwargs):
        return Persoon(huishouden=huishouden)


class PersoonVerwijderen(_Persoon, OnderdeelVerwijderen):
    vraag = gettext_lazy(
        "Weet u zeker dat u %(naam)s uit dit huishouden wilt verwijderen? "
        "Het netwerk van deze persoon wordt ook verwijderd."
    )
    melding = gettext_lazy("%(naam)s is verwijderd uit het huishouden.")


class _Netwerklid:
    sectie = "personen"

    def zoek(self, huishouden, pk):
        return selectors.netwerklid_in_huishouden(huishouden=huishouden, pk=pk)


class NetwerklidFormulier(_Netwerklid, OnderdeelFormulier):
    form_class = NetwerklidForm
    titel_nieuw = gettext_lazy("Netwerklid toevoegen")
    titel_wijzigen = gettext_lazy("Netwerklid wijzigen")
    melding_nieuw = gettext_lazy("Netwerklid toegevoegd.")
    melding_gewijzigd = gettext_lazy("Netwerklid opgeslagen.")

    def nieuw(self, huishouden, persoon: int, **kwargs):
        eigenaar = selectors.persoon_in_huishouden(huishouden=huishouden, pk=persoon)
        if eigenaar is None:
            raise Http404
        return Netwerklid(persoon=eigenaar)


class NetwerklidVerwijderen(_Netwerklid, OnderdeelVerwijderen):
    vraag = gettext_lazy("Weet u zeker dat u netwerklid %(naam)s wilt verwijderen?")
    melding = gettext_lazy("Netwerklid %(naam)s is verwijderd.")


class _Betrokkene:
    sectie = "betrokkenen"

    def zoek(self, huishouden, pk):
        return selectors.betrokkene_in_huishouden(huishouden=huishouden, pk=pk)


class BetrokkeneFormulier(_Betrokkene, OnderdeelFormulier):
    form_class = BetrokkeneForm
    titel_nieuw = gettext_lazy("Betrokkene toevoegen")
    titel_wijzigen = gettext_lazy("Betrokkene wijzigen")
    melding_nieuw = gettext_lazy("Betrokkene toegevoegd.")
    melding_gewijzigd = gettext_lazy("Betrokkene opgeslagen.")

    def nieuw(self, huishouden, **kwargs):
        return Betrokkene(huishouden=huishouden)


class BetrokkeneVerwijderen(_Betrokkene, OnderdeelVerwijderen):
    vraag = gettext_lazy("Weet u zeker dat u betrokkene %(naam)s wilt verwijderen?")
    melding = gettext_lazy("Betrokkene %(naam)s is verwijderd.")
