"""The ids of H given inside another household's URLs and forms (see __init__.py)."""

import pytest
from django.utils import timezone

from tests.sociaal.autorisatiematrix.routes import Route, _persoon, toestand, toont_niets, u, vraag

pytestmark = pytest.mark.django_db


# --- 6. ids of another household inside one's own ----------------------------------------
#
# Team Noord's consulent works in their own household (A) and gives the ids of the
# household H in its URLs and forms: refused, and nothing of H is shown or linked.


def _afspraak_in_a(wie):
    return lambda w: {"wijziging": w.plan_a.wijziging, "wat": "Meekijken", **wie(w)}


KRUISLINGS = [
    (Route("huishoudens:persoon-wijzigen", u("huishoudens:persoon-wijzigen", "a", "kind")), 404),
    (
        Route(
            "huishoudens:persoon-wijzigen",
            u("huishoudens:persoon-wijzigen", "a", "kind"),
            data=_persoon,
            soort="post",
        ),
        404,
    ),
    (
        Route(
            "huishoudens:persoon-verwijderen",
            u("huishoudens:persoon-verwijderen", "a", "logee"),
            data=lambda w: {},
        ),
        404,
    ),
    (
        Route(
            "huishoudens:netwerklid-nieuw",
            u("huishoudens:netwerklid-nieuw", "a", "hoofdbewoner"),
            data=lambda w: {"naam": "Indringer", "relatie": "buur"},
        ),
        404,
    ),
    (
        Route(
            "huishoudens:netwerklid-wijzigen",
            u("huishoudens:netwerklid-wijzigen", "a", "netwerklid"),
        ),
        404,
    ),
    (
        Route(
            "huishoudens:netwerklid-verwijderen",
            u("huishoudens:netwerklid-verwijderen", "a", "netwerklid"),
            data=lambda w: {},
        ),
        404,
    ),
    (
        Route(
            "huishoudens:betrokkene-wijzigen",
            u("huishoudens:betrokkene-wijzigen", "a", "huisarts"),
        ),
        404,
    ),
    (
        Route(
            "huishoudens:betrokkene-verwijderen",
            u("huishoudens:betrokkene-verwijderen", "a", "huisarts"),
            data=lambda w: {},
        ),
        404,
    ),
    (
        Route(
            "plannen:evaluatie-uitkomst", u("plannen:evaluatie-uitkomst", "plan_a", "evaluatie")
        ),
        404,
    ),
    (Route("plannen:versie", u("plannen:versie", "plan_a", 1)), 404),
    (
        Route("plannen:afspraak-toevoegen", u("plannen:afspraak-toevoegen", "plan_a", "doel")),
        404,
    ),
    (
        Route(
            "plannen:doel-verwijderen",
            u("plannen:doel-verwijderen", "plan_a", "doel"),
            data=lambda w: {"wijziging": w.plan_a.wijziging},
        ),
        404,
    ),
    (
        Route(
            "plannen:afspraak-verwijderen",
            u("plannen:afspraak-verwijderen", "plan_a", "afspraak"),
            data=lambda w: {"wijziging": w.plan_a.wijziging},
        ),
        404,
    ),
    # H's persons, network and betrokkenen are no choice in A's forms.
    (
        Route(
            "meldingen:nieuw",
            u("meldingen:nieuw", "a"),
            data=lambda w: {
                "persoon": w.hoofdbewoner.pk,
                "ontvangen_op": timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
                "wet": "wmo",
                "melder": "zelfmelder",
                "vraag": "Meekijken",
            },
            soort="persoon-van-elders",
        ),
        200,
    ),
    (
        Route(
            "plannen:afspraak-toevoegen",
            u("plannen:afspraak-toevoegen", "plan_a", "doel_a"),
            data=_afspraak_in_a(lambda w: {"uitvoerder": "eigen_kracht", "persoon": w.kind.pk}),
            soort="persoon-van-elders",
        ),
        200,
    ),
    (
        Route(
            "plannen:afspraak-toevoegen",
            u("plannen:afspraak-toevoegen", "plan_a", "doel_a"),
            data=_afspraak_in_a(
                lambda w: {"uitvoerder": "netwerk", "netwerklid": w.netwerklid.pk}
            ),
            soort="netwerklid-van-elders",
        ),
        200,
    ),
    (
        Route(
            "plannen:afspraak-toevoegen",
            u("plannen:afspraak-toevoegen", "plan_a", "doel_a"),
            data=_afspraak_in_a(
                lambda w: {"uitvoerder": "professional", "betrokkene": w.huisarts.pk}
            ),
            soort="betrokkene-van-elders",
        ),
        200,
    ),
    (
        Route(
            "plannen:gesprek",
            u("plannen:gesprek", "gesprek_a"),
            data=lambda w: {
                "versie": w.gesprek_a.versie,
                "vraag_inwoner": "Meekijken",
                "personen": [w.hoofdbewoner.pk],
                "netwerkleden": [w.netwerklid.pk],
                "betrokkenen": [w.huisarts.pk],
            },
            soort="deelnemers-van-elders",
        ),
        200,
    ),
    (
        Route(
            "plannen:gesprek-autosave",
            u("plannen:gesprek-autosave", "gesprek_a"),
            data=lambda w: {
                "versie": w.gesprek_a.versie,
                "vraag_inwoner": "Meekijken",
                "personen": [w.hoofdbewoner.pk],
            },
            htmx=True,
            soort="deelnemers-van-elders",
        ),
        422,
    ),
]


@pytest.mark.parametrize(
    ("route", "verwacht"), KRUISLINGS, ids=[route.label for route, _v in KRUISLINGS]
)
def test_ids_of_another_household_in_ones_own(wereld, voor, route, verwacht):
    response = vraag(wereld, route, "consulent", "andere_team")

    assert response.status_code == verwacht
    toont_niets(response)
    assert toestand(wereld) == voor
