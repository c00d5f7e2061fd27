"""The audit log is append-only (docs/design.md §4.7) and holds no data values (§4.8)."""

import pytest
from django.db import DatabaseError, connection, transaction
from django.urls import reverse

from sociaal.audit.models import AuditEntry
from tests.conftest import ingelogd

pytestmark = pytest.mark.django_db

BSN = "999990019"


def test_orm_refuses_to_change_or_delete_entries(consulent, huishouden_centrum):
    ingelogd(consulent).get(reverse("huishoudens:dossier", args=[huishouden_centrum.pk]))
    entry = AuditEntry.objects.get()
    entry.actie = "wijzigen"
    with pytest.raises(PermissionError):
        entry.save()
    with pytest.raises(PermissionError):
        entry.delete()
    with pytest.raises(PermissionError):
        AuditEntry.objects.update(actie="wijzigen")
    with pytest.raises(PermissionError):
        AuditEntry.objects.all().delete()


@pytest.mark.parametrize(
    "sql",
    ["UPDATE audit_auditentry SET actie = 'wijzigen'", "DELETE FROM audit_auditentry"],
)
def test_database_refuses_raw_update_and_delete(sql, consulent, huishouden_centrum):
    ingelogd(consulent).get(reverse("huishoudens:dossier", args=[huishouden_centrum.pk]))
    with (
        pytest.raises(DatabaseError, match="append-only"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute(sql)
    assert AuditEntry.objects.get().actie == "lezen"


def test_no_bsn_or_search_terms_in_the_audit_log_or_the_url(consulent, huishouden_centrum):
    from tests.factories import PersoonFactory

    PersoonFactory(huishouden=huishouden_centrum, bsn=BSN, achternaam="Zoekmij")
    client = ingelogd(consulent)
    response = client.post(reverse("huishoudens:lijst"), {"bsn": BSN, "naam": "Zoekmij"})
    assert response.status_code == 302
    assert BSN not in response["Location"] and "Zoekmij" not in response["Location"]
    result = client.get(response["Location"])
    assert list(result.context["pagina"].object_list) == [huishouden_centrum]

    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM audit_auditentry")
        rows = " ".join(str(value) for row in cursor.fetchall() for value in row)
    assert BSN not in rows
    assert "Zoekmij" not in rows


def test_a_bsn_search_keeps_no_bsn_in_the_session(consulent, huishouden_centrum):
    from django.contrib.sessions.models import Session

    from tests.factories import PersoonFactory

    PersoonFactory(huishouden=huishouden_centrum, bsn=BSN)
    client = ingelogd(consulent)
    response = client.post(reverse("huishoudens:lijst"), {"bsn": BSN}, follow=True)
    assert list(response.context["pagina"].object_list) == [huishouden_centrum]
    for session in Session.objects.all():
        assert BSN not in str(session.get_decoded())
    assert BSN not in response.content.decode()  # the form does not show it again either


def test_a_bsn_check_that_hits_someone_elsewhere_is_audited(consulent, huishouden_centrum):
    from tests.factories import PersoonFactory

    elders = PersoonFactory(bsn=BSN)  # in a household of another team
    client = ingelogd(consulent)
    client.post(
        reverse("huishoudens:persoon-nieuw", args=[huishouden_centrum.pk]),
        {
            "voornamen": "A",
            "achternaam": "B",
            "geboortedatum": "1980-01-01",
            "rol": "overig",
            "bsn": BSN,
        },
    )
    entry = AuditEntry.objects.get(actie="zoeken")
    assert (entry.huishouden_id, entry.object_id) == (elders.huishouden_id, elders.pk)


def test_an_entry_says_on_whose_behalf_the_medewerker_worked(consulent, huishouden_centrum):
    """NEN 7513: user, role, on behalf of, household, object, action, result, time, source
    address, request — and no data values."""
    ingelogd(consulent).get(reverse("huishoudens:dossier", args=[huishouden_centrum.pk]))

    entry = AuditEntry.objects.get(actie="lezen", huishouden_id=huishouden_centrum.pk)

    assert entry.medewerker == consulent
    assert entry.rol == "consulent"
    assert entry.namens == "Wijkteam Centrum"
    assert entry.object_type == "huishoudens.huishouden"
    assert entry.object_id == huishouden_centrum.pk
    assert entry.resultaat == "toegestaan"
    assert entry.timestamp is not None
    assert entry.ip == "127.0.0.1"
    assert len(entry.request_id) >= 16
