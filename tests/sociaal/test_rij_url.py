"""`{% rij_url %}` gives what `{% url %}` gives, row after row, and goes through `{% url %}`
itself for what it cannot do faster."""

import pytest
from django.template import engines
from django.urls import NoReverseMatch


def beide(bron: str, **context) -> tuple[str, str]:
    django = engines["django"]
    snel = django.from_string(bron).render(context)
    gewoon = django.from_string(bron.replace("rij_url", "url")).render(context)
    return snel, gewoon


def test_row_after_row_the_same_url_as_url():
    snel, gewoon = beide(
        "{% for id in ids %}{% rij_url 'huishoudens:persoon-wijzigen' h id as u %}[{{ u }}]"
        "{% rij_url 'huishoudens:netwerklid-verwijderen' h id %}"
        "{% rij_url 'meldingen:melding' id %}{% endfor %}",
        h=42,
        ids=[1, 7, 42, 1000, 123456789012345678, 0],
    )
    assert snel == gewoon
    assert "[/huishoudens/42/personen/7/]" in snel


def test_what_it_cannot_do_faster_goes_through_url():
    snel, gewoon = beide(
        "{% for id in ids %}{% rij_url 'huishoudens:persoon-wijzigen' huishouden=1 pk=id %}"
        "{% rij_url 'huishoudens:persoon-wijzigen' 1 id %}{% endfor %}",
        ids=["3", 5],
    )
    drie, vijf = "/huishoudens/1/personen/3/", "/huishoudens/1/personen/5/"
    assert snel == gewoon == 2 * drie + 2 * vijf


def test_an_id_the_url_does_not_take_is_refused_as_url_refuses_it():
    bron = "{% rij_url 'huishoudens:persoon-wijzigen' 1 id %}"
    with pytest.raises(NoReverseMatch):
        engines["django"].from_string(bron).render({"id": 10**18})
    als = "{% rij_url 'huishoudens:persoon-wijzigen' 1 id as u %}[{{ u }}]"
    assert engines["django"].from_string(als).render({"id": -1}) == "[]"
