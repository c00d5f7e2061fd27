"""The load test's professionals, for locust (started by bench/belasting.py; not a Django
process). Each simulated professional is one logged-in session of a medewerker, with the
households, plans and gesprekken of their own team (bench/belasting.py writes them to the
scenario file), and clicks through a mix of what professionals do:

- about 70 % reads: the dossier, the plan page, the household list (first page and a deep
  one), a person search (the POST and its result page), a keukentafelgesprek, and the
  form pages a save starts from;
- about 20 % saves through the real forms: an afspraak added to a plan (form page, POST,
  the plan page it leads to), a melding registered (likewise), and the autosave of a
  keukentafelgesprek while typing (htmx, version by version);
- about 10 % the rest: the wachtlijst, the team dashboard (teamleiders), the reminders
  and the start page (mijn werk).

Every step is exactly one HTTP request (redirects are requests of their own), so the
pacing fixes the request rate: each user makes BENCH_LOAD_RATE / BENCH_LOAD_USERS requests
a second, starting at a random moment so that the users do not fire together. A
save that is refused, a conflict or any answer other than the expected one counts as a
failure. Every request is written to BENCH_LOAD_SAMPLES (one JSON line each) for
bench/belasting.py to compute the figures from."""

import itertools
import json
import os
import random
import time
from http.cookiejar import Cookie
from pathlib import Path
from urllib.parse import urlencode

import gevent
from formulier import formulier_met, losse_waarde
from locust import FastHttpUser, events, task

SCENARIO = json.loads(Path(os.environ["BENCH_LOAD_SCENARIO"]).read_text())
RATE = float(os.environ["BENCH_LOAD_RATE"])
USERS = int(os.environ["BENCH_LOAD_USERS"])
SAMPLES = os.environ["BENCH_LOAD_SAMPLES"]
INTERVAL = USERS / RATE  # seconds between two requests of one user

# How often a draw picks each flow. Per 100 requests: reads 70 (with the form pages and the
# page a save leads to), saves 20, the rest 10. A search is three requests (the list, the
# POST, the results), an afspraak and a melding three (form, save, the page after it).
GEWICHTEN = {
    "dossier": 17,
    "plan": 12,
    "lijst": 5,
    "lijst_diep": 4,
    "zoeken": 4,
    "gesprek": 4,
    "afspraak": 5,
    "melding": 3,
    "autosave": 12,
    "wachtlijst": 3,
    "mijn_werk": 3,
    "herinneringen": 2,
    "dashboard": 2,
}

_slots = itertools.count()
_teller = itertools.count(1)
_monsters: list[tuple] = []


@events.request.add_listener
def _vastleggen(name, response_time, exception, start_time=None, **_kwargs):
    _monsters.append(
        (
            start_time or time.time(),
            name,
            round(response_time, 2),
            None if exception is None else str(exception)[:200],
        )
    )


@events.quitting.add_listener
def _wegschrijven(**_kwargs):
    with open(SAMPLES, "w") as uit:
        for start, naam, ms, fout in _monsters:
            uit.write(json.dumps({"t": start, "name": naam, "ms": ms, "error": fout}) + "\n")


class Professional(FastHttpUser):
    # Refused connections and timeouts are failures, not exceptions that stop the user.
    connection_timeout = 10.0
    network_timeout = 30.0

    def on_start(self):
        gebruikers = SCENARIO["gebruikers"]
        self.g = gebruikers[next(_slots) % len(gebruikers)]
        # The browser of someone at work: logged in, with the CSRF cookie of an earlier page
        # (no burst of first requests at the start of a step).
        for naam, waarde in self.g["cookies"].items():
            self.client.cookiejar.set_cookie(_cookie(naam, waarde))
        self.gesprekken: dict[str, object] = {}  # autosave: the form as last saved
        self.stroom = None
        # Not all at once: each user keeps its own phase, a random moment of the interval.
        self.volgende = time.monotonic() + random.uniform(0, INTERVAL)
        gevent.sleep(self.volgende - time.monotonic())

    def wait_time(self):
        """The next request on this user's own beat. (locust's constant_throughput loses
        the phase after the first request: every user then fired in the same instant,
        once an interval, and the run measured bursts of 40, not 40 a second.) A user
        that fell behind goes on at once, once, and keeps its beat from there (no burst to
        catch up), as a professional with a slow page would."""
        self.volgende = max(self.volgende + INTERVAL, time.monotonic())
        return self.volgende - time.monotonic()

    @task
    def stap(self):
        """One request: the next step of the current flow, or the first of a new one."""
        for _poging in range(10):
            if self.stroom is None:
                self.stroom = self.kies()
            try:
                next(self.stroom)
                return
            except StopIteration:
                self.stroom = None

    def kies(self):
        soorten = [s for s, w in GEWICHTEN.items() if w]
        soort = random.choices(soorten, weights=[GEWICHTEN[s] for s in soorten])[0]
        g = self.g
        vervang = {
            "afspraak": not g["afspraken"],
            "melding": not g["meldingen"],
            "autosave": not g["gesprekken"],
            "gesprek": not g["gesprekken_lezen"],
            "lijst_diep": not g["lijst_diep"],
            "zoeken": not g["zoeknamen"],
            "dashboard": not g["dashboard"],
        }
        if vervang.get(soort):
            # Nothing of this kind for this user (a small database, or not a teamleider).
            soort = "mijn_werk" if soort == "dashboard" else "dossier"
        return getattr(self, f"_{soort}")()

    # --- requests ---------------------------------------------------------------------
    def haal(self, naam, pad, *, verwacht=(200,)):
        with self.client.get(
            pad, name=naam, allow_redirects=False, catch_response=True
        ) as antwoord:
            _beoordelen(antwoord, verwacht, opslaan=False)
        return antwoord

    def verstuur(self, naam, pad, velden, *, verwacht=(302,), headers=None):
        kop = {"Content-Type": "application/x-www-form-urlencoded", **(headers or {})}
        with self.client.post(
            pad,
            data=urlencode(velden),
            name=naam,
            headers=kop,
            allow_redirects=False,
            catch_response=True,
        ) as antwoord:
            _beoordelen(antwoord, verwacht, opslaan=naam.startswith("save"))
        return antwoord

    # --- reads ------------------------------------------------------------------------
    def _dossier(self):
        self.haal("read: dossier", random.choice(self.g["dossiers"]))
        yield

    def _plan(self):
        self.haal("read: plan", random.choice(self.g["plannen"]))
        yield

    def _lijst(self):
        self.haal("read: household list", SCENARIO["paden"]["lijst"])
        yield

    def _lijst_diep(self):
        self.haal("read: household list, deep page", random.choice(self.g["lijst_diep"]))
        yield

    def _zoeken(self):
        pad = SCENARIO["paden"]["lijst"]
        pagina = self.haal("read: household list", pad)
        yield
        form = _formulier(pagina, "naam")
        if form is None:
            return
        form.zet("naam", random.choice(self.g["zoeknamen"]))
        antwoord = self.verstuur("read: person search (POST)", pad, form.data())
        yield
        if antwoord.status_code == 302:
            self.haal("read: person search (results)", antwoord.headers["Location"])
            yield

    def _gesprek(self):
        self.haal("read: keukentafelgesprek", random.choice(self.g["gesprekken_lezen"]))
        yield

    # --- saves ------------------------------------------------------------------------
    def _via_formulier(self, wat, pad, veld, invullen, daarna):
        """A save through a form: the form page, the POST of what a professional filled in,
        and the page the redirect of success leads to (`daarna`)."""
        pagina = self.haal(f"read: {wat} form", pad)
        yield
        form = _formulier(pagina, veld)
        if form is None:
            return
        _keuzes_invullen(form)
        invullen(form)
        antwoord = self.verstuur(f"save: {wat}", pad, form.data())
        yield
        if antwoord.status_code == 302:
            self.haal(daarna, antwoord.headers["Location"])
            yield

    def _afspraak(self):
        def invullen(form):
            form.zet("uitvoerder", SCENARIO["eigen_kracht"])
            form.zet("wat", f"Belasting {next(_teller)}: zelf de post openen en sorteren")

        pad = random.choice(self.g["afspraken"])
        return self._via_formulier("afspraak", pad, "wat", invullen, "read: plan")

    def _melding(self):
        def invullen(form):
            form.zet("vraag", f"Belasting {next(_teller)}: hulp bij de administratie gevraagd")

        pad = random.choice(self.g["meldingen"])
        return self._via_formulier("melding", pad, "vraag", invullen, "read: melding page")

    def _autosave(self):
        gesprek = random.choice(self.g["gesprekken"])
        form = self.gesprekken.get(gesprek["pagina"])
        if form is None:
            pagina = self.haal("read: keukentafelgesprek", gesprek["pagina"])
            yield
            form = _formulier(pagina, "versie")
            if form is None:
                return
            self.gesprekken[gesprek["pagina"]] = form
        veld = SCENARIO["gesprek_tekstveld"]
        form.zet(veld, f"{form.waarde(veld).split(' [belasting')[0]} [belasting {next(_teller)}]")
        antwoord = self.verstuur(
            "save: gesprek autosave",
            gesprek["autosave"],
            form.data(),
            verwacht=(200,),
            headers={"HX-Request": "true", "X-CSRFToken": form.waarde("csrfmiddlewaretoken")},
        )
        yield
        gelukt = antwoord.status_code == 200
        versie = losse_waarde(antwoord.text or "", "versie") if gelukt else None
        if versie:
            form.zet("versie", versie)
        else:
            self.gesprekken.pop(gesprek["pagina"], None)  # load the page again next time

    # --- the rest ---------------------------------------------------------------------
    def _wachtlijst(self):
        self.haal("other: wachtlijst", SCENARIO["paden"]["wachtlijst"])
        yield

    def _mijn_werk(self):
        self.haal("other: mijn werk (start page)", SCENARIO["paden"]["start"])
        yield

    def _herinneringen(self):
        self.haal("other: herinneringen", SCENARIO["paden"]["herinneringen"])
        yield

    def _dashboard(self):
        self.haal("other: dashboard, one team", self.g["dashboard"])
        yield


def _beoordelen(antwoord, verwacht, *, opslaan: bool) -> None:
    """Anything but the expected answer is a failure; for a save, a form shown again (200),
    a conflict (409) or invalid input (422) is a refused save."""
    if antwoord.status_code in verwacht:
        antwoord.success()
    elif opslaan and antwoord.status_code in (200, 403, 409, 422):
        antwoord.failure(f"save refused: {antwoord.status_code}")
    else:
        plek = antwoord.headers.get("Location", "") if antwoord.headers else ""
        antwoord.failure(f"{antwoord.status_code} {plek}".strip())


def _formulier(antwoord, veld):
    if antwoord.status_code != 200 or not antwoord.text:
        return None
    return formulier_met(antwoord.text, veld)


def _keuzes_invullen(form) -> None:
    """What a professional picks where a select still says "kies": the first real choice."""
    for naam, opties in form.keuzes.items():
        echte = [o for o in opties if o]
        if echte and not form.waarde(naam) and len(opties) > len(echte):
            form.zet(naam, echte[0])


def _cookie(naam: str, waarde: str) -> Cookie:
    return Cookie(
        version=0,
        name=naam,
        value=waarde,
        port=None,
        port_specified=False,
        domain="127.0.0.1",
        domain_specified=False,
        domain_initial_dot=False,
        path="/",
        path_specified=True,
        secure=False,
        expires=None,
        discard=True,
        comment=None,
        comment_url=None,
        rest={},
    )
