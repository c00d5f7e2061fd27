"""What a browser would send for a form on a page, for the load test (bench/locustfile.py):
the fields of each form in the HTML — inputs, the checked boxes and radio buttons, the
selected options, textareas — parsed with the standard library. The load test fills in a
form as the page serves it, so it keeps working when a form gains or loses a field."""

from dataclasses import dataclass, field
from html.parser import HTMLParser

# Inputs a browser does not send unless clicked (or ever).
NIET_VERSTUURD = {"submit", "button", "image", "reset", "file"}


@dataclass
class Formulier:
    """One form: where it posts, the fields as the browser would send them (in order,
    a name may repeat), and the choices each select or radio group offers."""

    action: str | None
    attrs: dict
    velden: list[tuple[str, str]] = field(default_factory=list)
    keuzes: dict[str, list[str]] = field(default_factory=dict)

    def waarde(self, naam: str, standaard: str = "") -> str:
        return next((w for n, w in self.velden if n == naam), standaard)

    def namen(self) -> set[str]:
        return {n for n, _w in self.velden} | set(self.keuzes)

    def zet(self, naam: str, waarde: str) -> None:
        """Types `waarde` into field `naam` (replacing what it held)."""
        self.velden = [(n, w) for n, w in self.velden if n != naam] + [(naam, waarde)]

    def data(self) -> list[tuple[str, str]]:
        return list(self.velden)


class _Lezer(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        # Fields outside any form (an htmx fragment's out-of-band input) land in `los`.
        self.los = Formulier(action=None, attrs={})
        self.formulieren: list[Formulier] = []
        self.huidig: Formulier | None = None
        self.select: tuple[str, bool, list[str], list[str]] | None = None
        self.optie: dict | None = None
        self.textarea: tuple[str, list[str]] | None = None

    @property
    def doel(self) -> Formulier:
        return self.huidig if self.huidig is not None else self.los

    def handle_starttag(self, tag, attrs):
        a = {k: (v if v is not None else "") for k, v in attrs}
        naam = a.get("name")
        if tag == "form":
            self.huidig = Formulier(action=a.get("action"), attrs=a)
            self.formulieren.append(self.huidig)
        elif tag == "input" and naam and "disabled" not in a:
            soort = a.get("type", "text").lower()
            if soort in NIET_VERSTUURD:
                return
            if soort in ("checkbox", "radio"):
                self.doel.keuzes.setdefault(naam, []).append(a.get("value", "on"))
                if "checked" in a:
                    self.doel.velden.append((naam, a.get("value", "on")))
            else:
                self.doel.velden.append((naam, a.get("value", "")))
        elif tag == "textarea" and naam and "disabled" not in a:
            self.textarea = (naam, [])
        elif tag == "select" and naam and "disabled" not in a:
            self.select = (naam, "multiple" in a, [], [])
        elif tag == "option" and self.select is not None:
            self._optie_sluiten()
            self.optie = {"value": a.get("value"), "selected": "selected" in a, "tekst": []}

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1].append(data)
        elif self.optie is not None:
            self.optie["tekst"].append(data)

    def _optie_sluiten(self):
        if self.optie is None or self.select is None:
            return
        waarde = self.optie["value"]
        if waarde is None:
            waarde = "".join(self.optie["tekst"]).strip()
        self.select[2].append(waarde)
        if self.optie["selected"]:
            self.select[3].append(waarde)
        self.optie = None

    def handle_endtag(self, tag):
        if tag == "form":
            self.huidig = None
        elif tag == "textarea" and self.textarea is not None:
            naam, tekst = self.textarea
            # A browser drops the one newline right after <textarea>.
            waarde = "".join(tekst)
            self.doel.velden.append((naam, waarde.removeprefix("\n")))
            self.textarea = None
        elif tag == "option":
            self._optie_sluiten()
        elif tag == "select" and self.select is not None:
            self._optie_sluiten()
            naam, meer, opties, gekozen = self.select
            self.doel.keuzes[naam] = opties
            if not gekozen and not meer and opties:
                gekozen = opties[:1]  # a browser sends the first option when none is selected
            self.doel.velden += [(naam, w) for w in gekozen]
            self.select = None


def formulieren(html: str) -> list[Formulier]:
    lezer = _Lezer()
    lezer.feed(html)
    lezer.close()
    return lezer.formulieren


def formulier_met(html: str, veld: str) -> Formulier | None:
    """The first form on the page with a field named `veld`."""
    return next((f for f in formulieren(html) if veld in f.namen()), None)


def losse_waarde(html: str, naam: str) -> str | None:
    """The value of an input outside any form (htmx's out-of-band swap of a hidden field)."""
    lezer = _Lezer()
    lezer.feed(html)
    lezer.close()
    gevonden = lezer.los.waarde(naam, "")
    return gevonden or None
