"""`{% url %}` (sociaal.adressen, in place of Django's) and `rij_adres` give what
`reverse()` gives, link after link, and go through Django's own way for what they cannot
do faster."""

import pytest
from django.template import engines
from django.urls import NoReverseMatch, reverse, set_script_prefix

from sociaal.adressen import rij_adres


def render(bron: str, **context) -> str:
    return engines["django"].from_string(bron).render(context)


def test_link_after_link_the_url_reverse_gives():
    ids = [1, 7, 42, 1000, 123456789012345678, 0]
    html = render(
        "{% for id in ids %}[{% url 'huishoudens:persoon-wijzigen' h id %}]"
        "[{% url 'meldingen:melding' id %}]{% endfor %}[{% url 'huishoudens:lijst' %}]",
        h=42,
        ids=ids,
    )
    verwacht = "".join(
        f"[{reverse('huishoudens:persoon-wijzigen', args=[42, i])}]"
        f"[{reverse('meldingen:melding', args=[i])}]"
        for i in ids
    )
    assert html == verwacht + f"[{reverse('huishoudens:lijst')}]"
    assert "[/huishoudens/42/personen/7/]" in html


def test_two_ids_next_to_each_other_and_as_a_variable():
    html = render(
        "{% url 'huishoudens:netwerklid-verwijderen' 5 9 as u %}({{ u }})",
    )
    assert html == f"({reverse('huishoudens:netwerklid-verwijderen', args=[5, 9])})"


def test_what_it_cannot_do_faster_goes_through_django():
    html = render(
        "{% for id in ids %}{% url 'huishoudens:persoon-wijzigen' huishouden=1 pk=id %}|"
        "{% url 'huishoudens:persoon-wijzigen' 1 id %}|{% endfor %}",
        ids=["3", 5],
    )
    drie, vijf = "/huishoudens/1/personen/3/", "/huishoudens/1/personen/5/"
    assert html == f"{drie}|{drie}|{vijf}|{vijf}|"


def test_an_id_the_url_does_not_take_is_refused_as_django_refuses_it():
    with pytest.raises(NoReverseMatch):
        render("{% url 'huishoudens:persoon-wijzigen' 1 id %}", id=10**18)
    assert render("{% url 'huishoudens:persoon-wijzigen' 1 id as u %}[{{ u }}]", id=-1) == "[]"
    with pytest.raises(NoReverseMatch):
        render("{% url 'bestaat:niet' 1 %}")


def test_another_script_prefix_gives_its_own_urls():
    """Behind a proxy at /sociaal/ (SCRIPT_NAME), links carry the prefix."""
    try:
        set_script_prefix("/sociaal/")
        assert render("{% url 'huishoudens:dossier' 3 %}") == "/sociaal/huishoudens/3/"
        assert rij_adres("huishoudens:dossier")(4) == "/sociaal/huishoudens/4/"
    finally:
        set_script_prefix("/")
    assert render("{% url 'huishoudens:dossier' 3 %}") == "/huishoudens/3/"


def test_rij_adres_in_python():
    wijzigen = rij_adres("huishoudens:persoon-wijzigen", 42)
    assert [wijzigen(i) for i in (1, 2)] == [
        reverse("huishoudens:persoon-wijzigen", args=[42, i]) for i in (1, 2)
    ]
    assert rij_adres("huishoudens:persoon-wijzigen", "42")(1) == "/huishoudens/42/personen/1/"
