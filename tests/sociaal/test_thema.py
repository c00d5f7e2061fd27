"""The municipality's own colours: checked when the settings load, served as a stylesheet
that every page links, cacheable because it holds nothing personal."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from sociaal import thema
from sociaal.kleur import contrast, kleur_uit_instelling
from tests.conftest import ingelogd


def test_contrast_volgens_wcag():
    assert round(contrast("#000000", "#ffffff"), 1) == 21.0
    assert round(contrast("#767676", "#ffffff"), 2) == 4.54


@pytest.mark.parametrize(
    ("waarde", "melding"),
    [
        ("blauw", "must be a colour like #1a4f8b"),
        ("#12345", "must be a colour like #1a4f8b"),
        ("#ffcc00", "has a contrast of 1.5:1 with white"),
        ("#888888", "has a contrast of 3.5:1 with white"),
    ],
)
def test_een_onleesbare_of_onjuiste_kleur_houdt_de_app_tegen(waarde, melding):
    with pytest.raises(ImproperlyConfigured, match=melding):
        kleur_uit_instelling("SOCIAAL_HUISKLEUR", waarde)


def test_een_leesbare_kleur_wordt_aangenomen():
    assert kleur_uit_instelling("SOCIAAL_HUISKLEUR", "#1A4F8B") == "#1a4f8b"
    assert kleur_uit_instelling("SOCIAAL_HUISKLEUR", None) is None


def test_zonder_eigen_kleuren_het_voorbeeldthema(client, db):
    response = client.get("/thema.css")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/css; charset=utf-8"
    assert "--basis-color" not in response.content.decode()


def test_de_eigen_kleuren_zetten_de_tokens_van_het_thema(client, db, huiskleur):
    css = client.get("/thema.css").content.decode()
    assert "--basis-color-action-1-inverse-bg-default: #1a4f8b;" in css
    assert "--basis-color-action-2-color-default: #0b5e2a;" in css
    # Hover: the same colour, darker.
    assert "--basis-color-action-1-inverse-bg-hover: #153f6f;" in css


def test_elke_pagina_linkt_het_thema_met_zijn_versie(consulent, huiskleur):
    pagina = ingelogd(consulent).get("/").content.decode()
    assert f'href="/thema.css?v={thema.versie()}"' in pagina


def test_het_thema_mag_ook_voor_een_ingelogde_medewerker_in_de_cache(consulent, settings):
    settings.SOCIAAL_TWEESTAPS = True  # not even the second step stands in its way
    client = ingelogd(consulent)
    response = client.get("/thema.css")
    assert response.status_code == 200
    assert response["Cache-Control"] == "public, max-age=31536000, immutable"
    # Nothing of the session travels with it: no cookie, no Vary on the cookie.
    assert settings.SESSION_COOKIE_NAME not in response.cookies
    assert "Cookie" not in response.get("Vary", "")
    # Everything else a medewerker is shown stays out of caches.
    settings.SOCIAAL_TWEESTAPS = False
    assert client.get("/")["Cache-Control"] == "no-store"


def test_elke_pagina_heeft_een_eigen_icoon(client, db):
    """Without one the browser asks for /favicon.ico, which the app does not have: a 404 in
    the console of every first visit."""
    pagina = client.get("/inloggen/").content.decode()
    assert '<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">' in pagina
    icoon = client.get("/static/favicon.svg")
    assert icoon.status_code == 200
    assert b"<svg" in b"".join(icoon.streaming_content if icoon.streaming else [icoon.content])
