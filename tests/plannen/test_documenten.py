"""PDFs end to end through a real worker on Redis: the text of the PDF holds the doelen
and afspraken, the download applies the access policy and is audited, asking twice gives
one document, a failed one can be retried."""

import subprocess
import time

import pytest
from django.db.models import Q
from django.urls import reverse

from plannen.models import Afspraak, Document
from plannen.services import documenten as services
from plannen.services import doelen as inhoud
from sociaal.audit.models import AuditEntry
from tests.conftest import ingelogd, zonder_broker
from tests.factories import PersoonFactory, PlanFactory

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def wacht_tot_klaar(document_id: int, seconden: float = 60) -> Document:
    einde = time.monotonic() + seconden
    while time.monotonic() < einde:
        document = Document.objects.get(pk=document_id)
        if document.status in (Document.Status.KLAAR, Document.Status.MISLUKT):
            return document
        time.sleep(0.3)
    raise AssertionError("the document was not made in time")


@pytest.fixture(autouse=True)
def worker_klaar(celery_worker):
    """Every PDF asked for in a test is made by the real worker; the test ends only when it
    is done with what was sent, so the database is not emptied under its transaction."""
    yield
    einde = time.monotonic() + 60
    while time.monotonic() < einde:
        bezig = Document.objects.filter(
            Q(status=Document.Status.BEZIG)
            | Q(status=Document.Status.WACHTRIJ, verstuurd_op__isnull=False)
        )
        if not bezig.exists():
            return
        time.sleep(0.3)


@pytest.fixture
def plan(huishouden_centrum, consulent):
    persoon = PersoonFactory(huishouden=huishouden_centrum, voornamen="Riet", achternaam="Jansen")
    plan = PlanFactory(huishouden=huishouden_centrum, regisseur=consulent)
    doel = inhoud.doel_toevoegen(
        plan=plan, omschrijving="Zelf boodschappen doen", door=consulent, wijziging=0
    )
    inhoud.afspraak_toevoegen(
        afspraak=Afspraak(
            doel=doel,
            wat="Een boodschappenlijst maken",
            uitvoerder="eigen_kracht",
            persoon=persoon,
        ),
        door=consulent,
        wijziging=1,
    )
    plan.refresh_from_db()
    return plan


def test_the_plan_pdf_through_a_real_worker(
    celery_worker, plan, consulent, consulent_noord, tmp_path
):
    client = ingelogd(consulent)
    response = client.post(reverse("plannen:plan-pdf", args=[plan.pk]))
    assert response.status_code == 302
    document = wacht_tot_klaar(Document.objects.get().pk)
    assert document.status == Document.Status.KLAAR, document.reden_mislukt
    assert len(document.sha256) == 64

    download = client.get(reverse("plannen:document-download", args=[document.pk]))
    pdf = b"".join(download.streaming_content)
    assert pdf.startswith(b"%PDF")
    bestand = tmp_path / "plan.pdf"
    bestand.write_bytes(pdf)
    tekst = subprocess.run(
        ["pdftotext", str(bestand), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Zelf boodschappen doen" in tekst
    assert "Een boodschappenlijst maken" in tekst
    assert "pagina 1 van" in tekst
    assert "Gemeente Voorbeeld" in tekst
    assert AuditEntry.objects.filter(
        actie="downloaden", object_id=document.pk, huishouden_id=plan.huishouden_id
    ).exists()
    assert AuditEntry.objects.filter(actie="afdrukken", object_id=document.pk).exists()

    anders = ingelogd(consulent_noord)
    assert anders.get(reverse("plannen:document-download", args=[document.pk])).status_code == 404


def test_asking_twice_while_it_is_being_made_gives_one_document(celery_worker, plan, consulent):
    eerste = services.document_aanvragen(plan=plan, door=consulent)
    tweede = services.document_aanvragen(plan=plan, door=consulent)
    assert eerste.pk == tweede.pk
    assert Document.objects.count() == 1
    # The worker makes it; let it finish before the test database is emptied.
    assert wacht_tot_klaar(eerste.pk).status == Document.Status.KLAAR


def test_making_it_twice_makes_one_result(celery_worker, plan, consulent):
    document = services.document_aanvragen(plan=plan, door=consulent)
    wacht_tot_klaar(document.pk)  # the worker made it once
    services.document_maken(document.pk)
    eerste = Document.objects.get(pk=document.pk)
    services.document_maken(document.pk)  # a second delivery of the same job
    tweede = Document.objects.get(pk=document.pk)
    assert (eerste.sha256, eerste.bestand.name) == (tweede.sha256, tweede.bestand.name)
    assert Document.objects.count() == 1


def test_the_progress_fragment_is_htmx_only(plan, consulent):
    document = services.document_aanvragen(plan=plan, door=consulent)
    client = ingelogd(consulent)
    url = reverse("plannen:document-status", args=[document.pk])
    assert client.get(url).status_code == 400
    html = client.get(url, HTTP_HX_REQUEST="true").content.decode()
    assert 'hx-trigger="every 2s"' in html


def test_with_the_broker_down_the_page_answers_and_the_job_is_sent_later(
    celery_worker, plan, consulent
):
    client = ingelogd(consulent)
    with zonder_broker():
        begin = time.monotonic()
        response = client.post(reverse("plannen:plan-pdf", args=[plan.pk]))
        duur = time.monotonic() - begin
    assert response.status_code == 302
    assert duur < 2, f"the page took {duur:.1f} s with the broker down"
    document = Document.objects.get()
    assert (document.status, document.verstuurd_op) == (Document.Status.WACHTRIJ, None)
    pagina = client.get(reverse("plannen:plan", args=[plan.pk])).content.decode()
    assert "de PDF volgt" in pagina

    # The broker is back: the beat job sends what waited, and the worker makes it.
    assert services.wachtende_versturen(ouder_dan_seconden=0) == 1
    assert wacht_tot_klaar(document.pk).status == Document.Status.KLAAR


def test_two_deliveries_at_once_keep_one_result(plan, consulent, settings, tmp_path):
    import threading

    from django.db import connections
    from django.utils.functional import empty

    from plannen.models.document import prive_opslag

    settings.SOCIAAL_DOCUMENTEN_DIR = tmp_path
    prive_opslag._wrapped = empty  # fresh storage for this directory
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(services, "versturen", lambda document_id: True)  # no worker for this one
        document = services.document_aanvragen(plan=plan, door=consulent)
    start = threading.Barrier(2)

    def maak():
        start.wait(timeout=10)
        services.document_maken(document.pk)
        connections.close_all()

    draden = [threading.Thread(target=maak) for _ in range(2)]
    for d in draden:
        d.start()
    for d in draden:
        d.join(timeout=60)
    document.refresh_from_db()
    assert document.status == Document.Status.KLAAR
    bestanden = list((tmp_path / "documenten").iterdir())
    assert [b.name for b in bestanden] == [document.bestand.name.split("/")[-1]]  # one file
    prive_opslag._wrapped = empty


def test_a_worker_killed_halfway_leaves_exactly_one_document(celery_worker, plan, consulent):
    """The process making the PDF is killed while it renders; the job is sent again (the
    beat job finds it lost) and the next worker makes it: one document, one file."""
    import os
    import signal
    import sys
    from pathlib import Path

    from django.db import connection

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(services, "versturen", lambda document_id: True)
        document = services.document_aanvragen(plan=plan, door=consulent)

    db = connection.settings_dict
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "sociaal.settings.test",
        "DATABASE_URL": (
            f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
        ),
    }
    werker = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); "
            "from plannen.services.documenten import document_maken; "
            f"document_maken({document.pk})",
        ],
        cwd=Path(__file__).resolve().parents[2],
        env=env,
    )
    try:
        einde = time.monotonic() + 30
        while Document.objects.get(pk=document.pk).status != Document.Status.BEZIG:
            assert time.monotonic() < einde and werker.poll() is None, "the worker never started"
            time.sleep(0.02)
        os.kill(werker.pid, signal.SIGKILL)  # killed while rendering
        werker.wait(timeout=10)
    finally:
        if werker.poll() is None:
            werker.kill()
    assert Document.objects.get(pk=document.pk).status == Document.Status.BEZIG

    assert services.wachtende_versturen(verloren_na_seconden=-1) == 1
    klaar = wacht_tot_klaar(document.pk)
    assert klaar.status == Document.Status.KLAAR
    assert Document.objects.filter(plan=plan).count() == 1
    assert klaar.bestand.size > 0


def test_retrying_an_old_failure_while_a_new_one_is_being_made(plan, consulent):
    mislukt = services.document_aanvragen(plan=plan, door=consulent)
    Document.objects.filter(pk=mislukt.pk).update(status=Document.Status.MISLUKT)
    nieuw = services.document_aanvragen(plan=plan, door=consulent)
    assert nieuw.pk != mislukt.pk
    client = ingelogd(consulent)
    response = client.post(reverse("plannen:document-opnieuw", args=[mislukt.pk]), follow=True)
    assert response.status_code == 200
    assert "Er wordt al een nieuwe PDF van deze versie gemaakt" in response.content.decode()
    assert Document.objects.get(pk=mislukt.pk).status == Document.Status.MISLUKT


def test_a_document_not_ready_is_no_download_and_not_audited_as_one(plan, consulent):
    document = services.document_aanvragen(plan=plan, door=consulent)
    client = ingelogd(consulent)
    assert client.get(reverse("plannen:document-download", args=[document.pk])).status_code == 404
    acties = set(
        AuditEntry.objects.filter(
            object_type="plannen.document", object_id=document.pk
        ).values_list("actie", flat=True)
    )
    assert "downloaden" not in acties


def test_a_render_that_keeps_taking_its_worker_down_stops_after_three_attempts(
    celery_worker, plan, consulent
):
    # Three earlier deliveries began and their worker died each time.
    document = Document.objects.create(
        soort=Document.Soort.PLAN,
        plan=plan,
        versie=plan.versie,
        huishouden_id=plan.huishouden_id,
        aangevraagd_door=consulent,
        status=Document.Status.BEZIG,
        pogingen=3,
    )
    services.document_maken(document.pk)  # the fourth delivery
    document.refresh_from_db()
    assert document.status == Document.Status.MISLUKT
    assert "na 3 pogingen" in document.reden_mislukt
    assert not document.bestand
    # The user can try again, from a clean count; the worker makes it.
    services.opnieuw_proberen(document=document, door=consulent)
    document = wacht_tot_klaar(document.pk)
    assert (document.status, document.pogingen) == (Document.Status.KLAAR, 1)
