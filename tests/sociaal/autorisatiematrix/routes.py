"""The tables' rows and cells, the routes as data, how a viewer asks for one, and what
the answer and H may show after."""

from collections.abc import Callable
from dataclasses import dataclass
from types import SimpleNamespace

import pytest
from django.db.models import Q
from django.test import override_settings
from django.urls import reverse

from huishoudens.models import Huishouden, Melding, Netwerklid, Persoon
from plannen.models import (
    Afspraak,
    Deelnemer,
    Document,
    Doel,
    Evaluatie,
    Keukentafelgesprek,
    Plan,
    RegisseurOverdracht,
)
from sociaal.audit.models import AuditEntry, Resultaat
from sociaal.doorbraak.models import Doorbraak
from sociaal.herinneringen.models import Herinnering
from tests.conftest import ingelogd
from tests.sociaal.autorisatiematrix.wereld import BSN, GEHEIMEN, GROEPEN, KIJKERS, STRAAT

# --- rows and cells -----------------------------------------------------------------------
#
#                consulent: eigen bet regis doorb verl andr geen
#                teamleider: eigen bet casel doorb andr geen
#                beheerder and auditor: eigen bet andr geen


def rij(consulent, teamleider, beheerder, auditor) -> tuple:
    """One row of a table: the expected answer per column, by role."""
    for rol, cellen in zip(GROEPEN, (consulent, teamleider, beheerder, auditor), strict=True):
        assert len(cellen) == len(GROEPEN[rol]), rol
    return (*consulent, *teamleider, *beheerder, *auditor)


# A beheerder or auditor opens no dossier page at all (ToegangMiddleware): 403 for every
# household alike, so it tells nothing about this one.
GEEN_DOSSIERS = (403, 403, 403, 403)


def toestand(w) -> dict:
    """Everything a request could change about H, to compare before and after."""
    h = Huishouden.objects.get(pk=w.h.pk)
    van_h = Q(persoon__huishouden=h) | Q(netwerklid__persoon__huishouden=h)
    van_h |= Q(betrokkene__huishouden=h)
    return {
        "adres": (h.straat, h.huisnummer, h.postcode, h.wijk_id),
        "personen": sorted(Persoon.objects.filter(huishouden=h).values_list("pk", "voornamen")),
        "netwerk": sorted(
            Netwerklid.objects.filter(persoon__huishouden=h).values_list("pk", "naam")
        ),
        "betrokkenen": sorted(h.betrokkenen.values_list("pk", "organisatie", "medewerker_id")),
        "meldingen": sorted(
            Melding.objects.filter(huishouden=h).values_list("pk", "status", "consulent_id")
        ),
        "terugbelmomenten": Melding.objects.filter(
            huishouden=h, terugbelmomenten__isnull=False
        ).count(),
        "plannen": sorted(
            Plan.objects.filter(huishouden=h).values_list(
                "pk", "status", "regisseur_id", "wijziging", "versie"
            )
        ),
        "overdrachten": RegisseurOverdracht.objects.filter(plan__huishouden=h).count(),
        "doelen": sorted(
            Doel.objects.filter(plan__huishouden=h).values_list("pk", "omschrijving")
        ),
        "afspraken": sorted(
            Afspraak.objects.filter(doel__plan__huishouden=h).values_list("pk", "wat")
        ),
        "evaluaties": Evaluatie.objects.filter(plan__huishouden=h).count(),
        "gesprekken": sorted(
            Keukentafelgesprek.objects.filter(huishouden=h).values_list(
                "pk", "status", "versie", "vraag_inwoner", "gepland_op"
            )
        ),
        "documenten": sorted(
            Document.objects.filter(huishouden=h).values_list("pk", "status", "pogingen")
        ),
        "herinneringen": sorted(
            Herinnering.objects.filter(huishouden=h).values_list("pk", "gelezen_op")
        ),
        "doorbraken": sorted(
            Doorbraak.objects.filter(huishouden=h).values_list("pk", "medewerker_id", "oordeel")
        ),
        # Records of other households pointing at H's persons, network or betrokkenen (a
        # form that accepted an id it should not have).
        "verwijzingen_van_elders": [
            Melding.objects.filter(persoon__huishouden=h).exclude(huishouden=h).count(),
            Afspraak.objects.filter(van_h).exclude(doel__plan__huishouden=h).count(),
            Deelnemer.objects.filter(van_h).exclude(gesprek__huishouden=h).count(),
        ],
    }


def tekst(response) -> str:
    if response.streaming:
        return b"".join(response.streaming_content).decode(errors="replace")
    return response.content.decode(errors="replace")


def toont_niets(response, getypt=()) -> None:
    """Nothing of H is shown (but what the viewer typed in may be)."""
    inhoud_ = tekst(response)
    for geheim in GEHEIMEN:
        if geheim not in getypt:
            assert geheim not in inhoud_, f"{geheim!r} shown"


def geweigerd(medewerker) -> int:
    """How many refusals of `medewerker` the audit log holds."""
    return AuditEntry.objects.filter(medewerker=medewerker, resultaat=Resultaat.GEWEIGERD).count()


# --- routes as data -----------------------------------------------------------------------

Url = Callable[[SimpleNamespace, tuple], str]  # (the world, the viewer's (rol, relatie))


@dataclass(frozen=True)
class Route:
    naam: str  # the URL name
    url: Url
    data: Callable[[SimpleNamespace], dict] | None = None  # a POST with this body
    htmx: bool = False
    volgen: bool = False  # follow the redirect (a POSTed search)
    soort: str = ""  # told apart in the pytest id: another probe of the same route
    teken: str = STRAAT  # what shows that the answer is about H ("": not checked)
    instellingen: tuple = ()  # settings for this probe: (("DEBUG", True),)
    zoek_bsn_eerst: bool = False  # search H's BSN first; its token goes in ?zoek= / "zoek"
    gelogd: bool = True  # a 404 is an audited refusal (a read of a household's part)

    @property
    def label(self) -> str:
        return f"{self.naam}.{self.soort}" if self.soort else self.naam


def _pk(w, pad):
    if isinstance(pad, int):
        return pad
    obj = w
    for deel in pad.split("."):
        obj = getattr(obj, deel)
    return obj.pk


def u(naam: str, *paden, query: str = "") -> Url:
    """A URL maker: `paden` are attributes of the world ("h", "plan", "doel") or numbers;
    in `query`, {teamgenoot}, {consulent}, {regisseur} and {h} become ids."""

    def maak(w, kijker):
        url = reverse(naam, args=[_pk(w, p) for p in paden])
        if query:
            url += "?" + query.format(
                teamgenoot=w.teamgenoot[kijker].pk,
                consulent=w.consulent.pk,
                regisseur=w.regisseur.pk,
                h=w.h.pk,
            )
        return url

    return maak


def _matrix(tabel) -> list:
    params = []
    for route, cellen in tabel:
        assert len(cellen) == len(KIJKERS), route.label
        for (rol, relatie), cel in zip(KIJKERS, cellen, strict=True):
            params.append(
                pytest.param(route, rol, relatie, cel, id=f"{route.label}-{rol}-{relatie}")
            )
    return params


def vraag(wereld, route: Route, rol: str, relatie: str):
    """The request of `route` by this viewer. The response says in `gelogd` whether the
    request left a refusal in the audit log."""
    medewerker = wereld.kijkers[(rol, relatie)]
    client = ingelogd(medewerker)
    url = route.url(wereld, (rol, relatie))
    data = route.data(wereld) if route.data else None
    if route.zoek_bsn_eerst:
        zoek = client.post(reverse("huishoudens:lijst"), {"bsn": BSN})
        # Whoever may not search (403) asks with a token of nothing.
        token = zoek["Location"].split("zoek=", 1)[1] if zoek.status_code == 302 else "niets"
        if data is None:
            url += f"?zoek={token}"
        else:
            data["zoek"] = token
    kwargs = {"HTTP_HX_REQUEST": "true"} if route.htmx else {}
    voor = geweigerd(medewerker)
    with override_settings(**dict(route.instellingen)):
        if data is None:
            response = client.get(url, **kwargs)
        else:
            response = client.post(url, data, follow=route.volgen, **kwargs)
    response.gelogd = geweigerd(medewerker) > voor
    return response


# A person as a form posts one: a change to H's, or H's given in A's forms.
def _persoon(w):
    return {
        "voornamen": "Indringer",
        "achternaam": "Indringer",
        "geboortedatum": "1980-01-01",
        "rol": "overig",
    }
