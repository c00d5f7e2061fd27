"""The lists behind the numbers about one medewerker: plans, meldingen, caseload and
conversations. The figure counts their whole caseload; what lies outside the viewer's
teams is counted (`verborgen`), not shown."""

from django.urls import reverse
from django.utils.translation import gettext as _

from huishoudens.models import Melding
from plannen.models import Keukentafelgesprek, Plan

from .. import cijfers
from ..periode import Soort
from ..tabellen import Cel
from .basis import (
    MELDING_KOLOMMEN,
    PLAN_KOLOMMEN,
    Lijst,
    Rij,
    aantal_verborgen,
    datum_tekst,
    lid_uit,
    melding_rij,
    moment_tekst,
    plan_rij,
    zichtbaar,
    zichtbare_meldingen,
    zichtbare_plannen,
)


def plannen(keuze, medewerker, params) -> Lijst:
    van = lid_uit(keuze, params)
    return Lijst(
        _("Open plannen met %(naam)s als regisseur") % {"naam": van},
        PLAN_KOLOMMEN,
        zichtbare_plannen(medewerker, cijfers.plannen_van(van.pk)),
        plan_rij,
        verborgen=aantal_verborgen(Plan.objects.filter(cijfers.plannen_van(van.pk)), medewerker),
    )


def meldingen(keuze, medewerker, params) -> Lijst:
    van = lid_uit(keuze, params)
    return Lijst(
        _("Open meldingen van %(naam)s") % {"naam": van},
        MELDING_KOLOMMEN,
        zichtbare_meldingen(medewerker, cijfers.meldingen_van(van.pk)),
        melding_rij,
        verborgen=aantal_verborgen(
            Melding.objects.filter(cijfers.meldingen_van(van.pk)), medewerker
        ),
    )


def caseload(keuze, medewerker, params) -> Lijst:
    van = lid_uit(keuze, params)
    eigen = Plan.objects.filter(cijfers.plannen_van(van.pk)).values("huishouden_id")
    losse = Melding.objects.filter(cijfers.meldingen_van(van.pk)).exclude(huishouden_id__in=eigen)
    rijen = list(zichtbare_plannen(medewerker, cijfers.plannen_van(van.pk))) + list(
        zichtbare_meldingen(medewerker, cijfers.meldingen_van(van.pk)).exclude(
            huishouden_id__in=eigen
        )
    )
    return Lijst(
        _("Caseload van %(naam)s: plannen en meldingen") % {"naam": van},
        [_("Huishouden"), _("Wat"), _("Status"), _("Datum")],
        rijen,
        lambda zaak: Rij(
            zaak.huishouden_id,
            [
                Cel(
                    zaak.huishouden.kort_adres,
                    link=reverse(
                        "plannen:plan" if isinstance(zaak, Plan) else "meldingen:melding",
                        args=[zaak.pk],
                    ),
                ),
                Cel(_("Plan") if isinstance(zaak, Plan) else _("Melding")),
                Cel(zaak.get_status_display()),
                Cel(
                    datum_tekst(zaak.evaluatie_op)
                    if isinstance(zaak, Plan)
                    else moment_tekst(zaak.ontvangen_op)
                ),
            ],
        ),
        verborgen=aantal_verborgen(Plan.objects.filter(cijfers.plannen_van(van.pk)), medewerker)
        + aantal_verborgen(losse, medewerker),
    )


def gesprekken(keuze, medewerker, params) -> Lijst:
    van = lid_uit(keuze, params)
    maand = keuze.maand if keuze.periode.soort != Soort.MAAND else keuze.periode
    qs = (
        Keukentafelgesprek.objects.filter(
            cijfers.gesprekken_van(van.pk, maand), huishouden__in=zichtbaar(medewerker)
        )
        .select_related("huishouden")
        .order_by("gehouden_op", "pk")
    )
    alle = Keukentafelgesprek.objects.filter(cijfers.gesprekken_van(van.pk, maand))
    return Lijst(
        _("Keukentafelgesprekken van %(naam)s in %(maand)s") % {"naam": van, "maand": maand.label},
        [_("Huishouden"), _("Gehouden op")],
        qs,
        lambda g: Rij(
            g.huishouden_id,
            [
                Cel(g.huishouden.kort_adres, link=reverse("plannen:gesprek", args=[g.pk])),
                Cel(datum_tekst(g.gehouden_op)),
            ],
        ),
        verborgen=aantal_verborgen(alle, medewerker),
    )
