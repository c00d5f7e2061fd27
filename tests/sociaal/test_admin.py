"""The functioneel beheerder manages accounts but cannot make themselves a dossier reader."""

import pytest
from django.urls import reverse

from tests.conftest import ingelogd

pytestmark = pytest.mark.django_db


def test_beheerder_cannot_change_own_role_teams_or_rights(beheerder, team_centrum):
    from django.contrib.auth.models import Permission

    beheerder.user_permissions.set(
        Permission.objects.filter(content_type__app_label="medewerkers")
    )
    client = ingelogd(beheerder)
    url = reverse("admin:medewerkers_medewerker_change", args=[beheerder.pk])
    html = client.get(url).content.decode()
    assert 'name="rol"' not in html
    assert 'name="teams"' not in html
    assert 'name="is_superuser"' not in html
    client.post(
        url,
        {
            "username": "beheerder",
            "rol": "teamleider",
            "teams": [team_centrum.pk],
            "is_superuser": "on",
            "date_joined_0": "2026-01-01",
            "date_joined_1": "00:00",
        },
    )
    beheerder.refresh_from_db()
    assert beheerder.rol == "beheerder"
    assert not beheerder.teams.exists()
    assert not beheerder.is_superuser


def test_beheerder_manages_other_accounts_roles_and_teams(beheerder, consulent, team_noord):
    from django.contrib.auth.models import Permission

    beheerder.user_permissions.set(
        Permission.objects.filter(content_type__app_label="medewerkers")
    )
    html = (
        ingelogd(beheerder)
        .get(reverse("admin:medewerkers_medewerker_change", args=[consulent.pk]))
        .content.decode()
    )
    assert 'name="rol"' in html and 'name="teams"' in html
    assert 'name="is_superuser"' not in html


def test_admin_shows_no_dossiers(beheerder):
    from django.contrib import admin

    from huishoudens.models import Betrokkene, Huishouden, Netwerklid, Persoon

    for model in (Huishouden, Persoon, Netwerklid, Betrokkene):
        assert not admin.site.is_registered(model)


def test_beheerder_sets_a_teams_bandbreedte_and_a_reversed_one_is_refused(beheerder, team_centrum):
    from django.contrib.auth.models import Permission

    beheerder.user_permissions.set(
        Permission.objects.filter(content_type__app_label="medewerkers")
    )
    client = ingelogd(beheerder)
    url = reverse("admin:medewerkers_team_change", args=[team_centrum.pk])
    formulier = {
        "naam": team_centrum.naam,
        "wijken-TOTAL_FORMS": "0",
        "wijken-INITIAL_FORMS": "0",
        "wijken-MIN_NUM_FORMS": "0",
        "wijken-MAX_NUM_FORMS": "1000",
    }

    verkeerd = client.post(url, {**formulier, "bandbreedte_van": "40", "bandbreedte_tot": "30"})

    assert verkeerd.status_code == 200
    assert "De ondergrens van de bandbreedte ligt niet boven de bovengrens." in (
        verkeerd.content.decode()
    )
    team_centrum.refresh_from_db()
    assert (team_centrum.bandbreedte_van, team_centrum.bandbreedte_tot) == (25, 35)

    goed = client.post(url, {**formulier, "bandbreedte_van": "20", "bandbreedte_tot": "30"})

    assert goed.status_code == 302
    team_centrum.refresh_from_db()
    assert (team_centrum.bandbreedte_van, team_centrum.bandbreedte_tot) == (20, 30)
