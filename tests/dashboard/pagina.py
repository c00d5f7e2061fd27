"""The dashboard's pages as a user reads them: where they are, their tables, the number
of rows a list says it has, and the error next to a field."""

import html as html_tekst
import re
from html.parser import HTMLParser

DASHBOARD = "/dashboard/"
LIJST = "/dashboard/lijst/"
HERVERDELEN = "/dashboard/herverdelen/"


class Pagina(HTMLParser):
    """The tables of a page as a user reads them: per table (by id) its column headers, and
    its rows as cells of (text, link)."""

    def __init__(self, html: str):
        super().__init__()
        self.koppen: dict[str, list[str]] = {}
        self.rijen: dict[str, list[list[tuple[str, str]]]] = {}
        self._tabel = None
        self._in_kop = False
        self._cel: list[str] | None = None
        self._link = ""
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table":
            self._tabel = attrs.get("id", "")
            self.koppen[self._tabel], self.rijen[self._tabel] = [], []
        elif self._tabel is None:
            return
        elif tag == "thead":
            self._in_kop = True
        elif tag == "tbody":
            self._in_kop = False
        elif tag == "tr" and not self._in_kop:
            self.rijen[self._tabel].append([])
        elif tag in ("th", "td"):
            self._cel, self._link = [], ""
        elif tag == "a" and self._cel is not None:
            self._link = attrs["href"]

    def handle_endtag(self, tag):
        if tag == "table":
            self._tabel = None
        elif tag in ("th", "td") and self._cel is not None:
            tekst = " ".join("".join(self._cel).split())
            if self._in_kop:
                self.koppen[self._tabel].append(tekst)
            else:
                self.rijen[self._tabel][-1].append((tekst, self._link))
            self._cel = None

    def handle_data(self, data):
        if self._cel is not None:
            self._cel.append(data)

    def tekst(self, tabel: str) -> list[list[str]]:
        return [[t for t, _link in rij] for rij in self.rijen.get(tabel, [])]


def html(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def aantal_regels(response) -> int:
    """What the list page says above the table: "1 regel", "12 regels"."""
    gevonden = re.findall(r"<p class=\"utrecht-paragraph\">(\d+) regels?</p>", html(response))
    assert len(gevonden) == 1
    return int(gevonden[0])


def foutmelding(pagina: str, veld: str) -> str:
    """The error message shown next to a form field."""
    gevonden = re.search(rf'id="id_{veld}_error">(.*?)</div>', pagina, re.S)
    return html_tekst.unescape(" ".join(gevonden.group(1).split())) if gevonden else ""
