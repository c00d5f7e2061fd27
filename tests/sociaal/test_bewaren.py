"""Retention: a household's file is kept a set number of years after the help ended (20 for
jeugdhulp, 15 with a maatwerkvoorziening or beschikking, 5 otherwise), then proposed for
destruction; only a functioneel beheerder's approval destroys it — everything of it,
frozen plans and PDF files included — and the log says how many of which kind, not what."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile

from huishoudens.models import Huishouden, Melding, Persoon
from plannen.models import Afspraak, Document, Doel, Keukentafelgesprek, Plan
from sociaal.audit.models import Actie, AuditEntry
from sociaal.audit.services import audit_vastleggen
from sociaal.avg.bewaren import lijst_goedkeuren, lijst_voorstellen, verlopen_dossiers
from sociaal.avg.models import Bewaartermijnen, Vernietigingslijst
from sociaal.avg.tasks import vernietigingslijst_voorstellen
from tests.factories import (
    GesprekFactory,
    HuishoudenFactory,
    MeldingFactory,
    PersoonFactory,
    PlanFactory,
)

pytestmark = pytest.mark.django_db
AMS = ZoneInfo("Europe/Amsterdam")
VANDAAG = date(2026, 11, 23)


def jaren_geleden(n: float) -> datetime:
    return datetime(2026, 11, 23, 12, tzinfo=AMS) - timedelta(days=round(365.25 * n))


def dossier(wijk, *, gesloten_jaren: float, wet: str = "wmo", beschikking: bool = False):
    """A household whose help ended `gesloten_jaren` ago: a closed plan with a doel and an
    afspraak (frozen), a finished melding with a conversation, a PDF."""
    huishouden = HuishoudenFactory(wijk=wijk)
    persoon = PersoonFactory(huishouden=huishouden)
    plan = PlanFactory(huishouden=huishouden)
    doel = Doel.objects.create(plan=plan, omschrijving="Zelf koken")
    Afspraak.objects.create(
        doel=doel,
        wat="Kookcursus",
        uitvoerder="eigen_kracht",
        persoon=persoon,
        created_by=plan.regisseur,
    )
    Plan.objects.filter(pk=plan.pk).update(
        status=Plan.Status.AFGESLOTEN, closed_at=jaren_geleden(gesloten_jaren)
    )
    melding = MeldingFactory(huishouden=huishouden, persoon=persoon, wet=wet)
    Melding.objects.filter(pk=melding.pk).update(
        status=Melding.Status.AFGEROND,
        ontvangen_op=jaren_geleden(gesloten_jaren + 1),
        onderzoek_afgerond_op=jaren_geleden(gesloten_jaren + 0.5),
        aanvraag_op=jaren_geleden(gesloten_jaren + 0.5).date() if beschikking else None,
        beschikking_op=jaren_geleden(gesloten_jaren + 0.4).date() if beschikking else None,
        deadline=None,
    )
    GesprekFactory(melding=melding, huishouden=huishouden)
    document = Document.objects.create(
        soort=Document.Soort.PLAN,
        huishouden=huishouden,
        plan=plan,
        versie=1,
        status="klaar",
        aangevraagd_door=plan.regisseur,
    )
    document.bestand.save("plan.pdf", ContentFile(b"%PDF-1.7 test"), save=True)
    Huishouden.objects.filter(pk=huishouden.pk).update(
        created_at=jaren_geleden(gesloten_jaren + 2)
    )
    return huishouden, document


def soorten():
    return {pk: soort for pk, soort, _einde, _vanaf in verlopen_dossiers(vandaag=VANDAAG)}


def test_the_default_terms_follow_the_law_and_the_selectielijst():
    termijnen = Bewaartermijnen.huidige()
    assert (termijnen.jeugd_jaren, termijnen.wmo_voorziening_jaren, termijnen.overig_jaren) == (
        20,
        15,
        5,
    )


def test_each_kind_has_its_own_configurable_term(wijk_centrum):
    # The system holds meldingen from 2015 on: shorter terms to see each kind pass.
    Bewaartermijnen.objects.update_or_create(
        pk=1, defaults={"jeugd_jaren": 8, "wmo_voorziening_jaren": 6, "overig_jaren": 3}
    )
    overig_oud, _d = dossier(wijk_centrum, gesloten_jaren=4)
    # Not yet: the help ended less than the term ago.
    dossier(wijk_centrum, gesloten_jaren=2)
    dossier(wijk_centrum, gesloten_jaren=7, wet="jeugdwet")
    jeugd_oud, _d = dossier(wijk_centrum, gesloten_jaren=9, wet="jeugdwet")
    dossier(wijk_centrum, gesloten_jaren=5, beschikking=True)
    voorziening_oud, _d = dossier(wijk_centrum, gesloten_jaren=7, beschikking=True)

    assert soorten() == {
        overig_oud.pk: "overig",
        jeugd_oud.pk: "jeugd",
        voorziening_oud.pk: "wmo_voorziening",
    }


def test_a_household_with_open_work_is_never_proposed(wijk_centrum):
    huishouden, _d = dossier(wijk_centrum, gesloten_jaren=7)
    PlanFactory(huishouden=huishouden)  # help started again
    assert huishouden.pk not in soorten()


def test_the_weekly_job_proposes_one_list_at_a_time(wijk_centrum):
    dossier(wijk_centrum, gesloten_jaren=7)
    assert vernietigingslijst_voorstellen() == 1
    assert vernietigingslijst_voorstellen() == 0  # one waits for approval already
    assert Vernietigingslijst.objects.count() == 1


@pytest.fixture
def beheerder_met_recht(beheerder):
    beheerder.user_permissions.add(
        Permission.objects.get(content_type__app_label="avg", codename="vernietiging_goedkeuren")
    )
    return beheerder


def test_approval_destroys_everything_of_the_households_and_logs_only_numbers(
    wijk_centrum, beheerder_met_recht, consulent, django_capture_on_commit_callbacks
):
    oud, document = dossier(wijk_centrum, gesloten_jaren=7)
    blijft, _d = dossier(wijk_centrum, gesloten_jaren=2)
    audit_vastleggen(medewerker=consulent, actie=Actie.LEZEN, huishouden_id=oud.pk, obj=oud)
    pad = document.bestand.path
    lijst = lijst_voorstellen(vandaag=VANDAAG)
    assert [r.huishouden_id for r in lijst.regels.all()] == [oud.pk]

    with django_capture_on_commit_callbacks(execute=True):
        aantallen = lijst_goedkeuren(lijst=lijst, door=beheerder_met_recht)

    assert aantallen == {"overig": 1}
    assert not Huishouden.objects.filter(pk=oud.pk).exists()
    for model in (Persoon, Plan, Melding, Keukentafelgesprek, Document):
        assert not model.objects.filter(huishouden_id=oud.pk).exists()
    assert not Doel.objects.filter(plan__huishouden_id=oud.pk).exists()
    import os

    assert not os.path.exists(pad)
    assert Huishouden.objects.filter(pk=blijft.pk).exists()
    lijst.refresh_from_db()
    assert (lijst.status, lijst.beoordeeld_door, lijst.vernietigd) == (
        "uitgevoerd",
        beheerder_met_recht,
        {"overig": 1},
    )
    vernietiging = AuditEntry.objects.get(actie=Actie.VERWIJDEREN)
    assert (vernietiging.medewerker, vernietiging.aantal, vernietiging.huishouden_id) == (
        beheerder_met_recht,
        1,
        None,
    )
    # The audit log of the household stays: numbers, never content (append-only).
    assert AuditEntry.objects.filter(actie=Actie.LEZEN, huishouden_id=oud.pk).exists()


def test_without_the_right_nothing_is_destroyed(wijk_centrum, beheerder):
    oud, _d = dossier(wijk_centrum, gesloten_jaren=7)
    lijst = lijst_voorstellen(vandaag=VANDAAG)
    with pytest.raises(PermissionDenied):
        lijst_goedkeuren(lijst=lijst, door=beheerder)
    assert Huishouden.objects.filter(pk=oud.pk).exists()


def test_a_household_helped_again_since_the_proposal_is_kept(wijk_centrum, beheerder_met_recht):
    oud, _d = dossier(wijk_centrum, gesloten_jaren=7)
    lijst = lijst_voorstellen(vandaag=VANDAAG)
    MeldingFactory(huishouden=oud, persoon=oud.personen.first())  # a new melding came in

    assert lijst_goedkeuren(lijst=lijst, door=beheerder_met_recht) == {}
    assert Huishouden.objects.filter(pk=oud.pk).exists()


def test_the_terms_cannot_be_set_below_the_law():
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as fout:
        Bewaartermijnen(jeugd_jaren=10, wmo_voorziening_jaren=15, overig_jaren=5).full_clean()
    assert "jeugd_jaren" in fout.value.message_dict
