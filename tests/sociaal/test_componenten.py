"""templates/components/pagination.html: one pagination for every list. The current page
is marked for a screen reader, and every link keeps the page's own query parameters
(filters, a search's token) and changes only `pagina`."""

import re
from html import unescape
from urllib.parse import parse_qs

from django.core.paginator import Paginator
from django.template.loader import render_to_string
from django.test import RequestFactory


def paginering(nummer: int, pagina_s: int, url: str = "/lijst/") -> str:
    pagina = Paginator(range(pagina_s * 10), 10).get_page(nummer)
    return render_to_string(
        "components/pagination.html", {"pagina": pagina}, request=RequestFactory().get(url)
    )


def links(html: str) -> list[tuple[str, dict]]:
    """(the link's words without markup, its query parameters) for every link."""
    return [
        (
            re.sub(r"<[^>]+>", "", tekst),
            parse_qs(unescape(href).removeprefix("?"), keep_blank_values=True),
        )
        for href, tekst in re.findall(r'<a [^>]*href="([^"]*)"[^>]*>(.*?)</a>', html)
    ]


def test_one_page_needs_no_pagination():
    assert paginering(1, 1).strip() == ""


def test_the_first_the_neighbours_and_the_last_page_with_the_current_one_marked():
    html = paginering(5, 20)
    assert (
        '<nav class="utrecht-pagination utrecht-pagination--distanced" aria-label="Paginering">'
        in html
    )
    assert [(tekst, p["pagina"]) for tekst, p in links(html)] == [
        ("Vorige", ["4"]),
        ("Pagina 1", ["1"]),
        ("Pagina 4", ["4"]),
        ("Pagina 5 van 20", ["5"]),
        ("Pagina 6", ["6"]),
        ("Pagina 20", ["20"]),
        ("Volgende", ["6"]),
    ]
    huidige = re.findall(r"<a [^>]*aria-current[^>]*>", html)
    assert len(huidige) == 1 and 'aria-current="page"' in huidige[0]
    assert "utrecht-pagination__page-link--current" in huidige[0]
    assert html.count("…") == 2


def test_at_the_ends_no_link_twice_and_no_gap_where_there_is_none():
    assert [t for t, _ in links(paginering(1, 2))] == ["Pagina 1 van 2", "Pagina 2", "Volgende"]
    assert [t for t, _ in links(paginering(2, 2))] == ["Vorige", "Pagina 1", "Pagina 2 van 2"]
    drie = paginering(3, 5)
    assert [t for t, _ in links(drie)] == [
        "Vorige",
        "Pagina 1",
        "Pagina 2",
        "Pagina 3 van 5",
        "Pagina 4",
        "Pagina 5",
        "Volgende",
    ]
    assert "…" not in drie


def test_the_links_keep_the_filters_and_change_only_the_page():
    html = paginering(2, 3, "/meldingen/wachtlijst/?team=3&wet=wmo&wijk=&pagina=2")
    for _, parameters in links(html):
        assert parameters.keys() == {"team", "wet", "wijk", "pagina"}
        assert (parameters["team"], parameters["wet"], parameters["wijk"]) == (
            ["3"],
            ["wmo"],
            [""],
        )
