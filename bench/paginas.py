"""The pages a professional opens, through the whole stack (middleware, access policy,
audit, templates) with the test client, as a real member of the team: the dossier of the
largest household, the household list (first and a deep page), a person search, the
wachtlijst, the plan page, a keukentafelgesprek being recorded, the team dashboard, the
reminders and the start page (mijn werk). For information beside them: the framework floor
(a minimal authenticated view through the same middleware, bench/vloer_urls.py) and the
Django admin changelist of households on the same data, the peer a municipality would
scaffold."""

from django.db import connection
from django.db.models import Count, F, Q
from django.test import Client

HOST = {"HTTP_HOST": "127.0.0.1"}


def _client(medewerker) -> Client:
    client = Client()
    client.force_login(medewerker)
    return client


def _pagina(meet, herhalingen, client, pad, *, post=None) -> dict:
    """Median and p95 of one page (a POST followed to its page), and its query count."""

    def ophalen():
        if post is not None:
            antwoord = client.post(pad, post, follow=True, **HOST)
        else:
            antwoord = client.get(pad, **HOST)
        assert antwoord.status_code == 200, (pad, antwoord.status_code)
        return antwoord

    ophalen()  # warm-up
    statements = []

    def tellen(execute, sql, params, many, context):
        statements.append(sql)
        return execute(sql, params, many, context)

    # Counted by a wrapper, not the debug query log: that log is a bounded deque, which the
    # earlier measures can fill, and then counts nothing.
    with connection.execute_wrapper(tellen):
        ophalen()
    m = meet(ophalen, herhalingen=herhalingen)
    m["queries"] = len(statements)
    return m


def paginas_meten(meet, herhalingen: int) -> dict:
    from django.urls import reverse

    from huishoudens.models import Huishouden, Melding, Persoon
    from plannen.models import Keukentafelgesprek, Plan
    from sociaal.herinneringen.views import PER_PAGINA as HERINNERINGEN_PER_PAGINA
    from sociaal.medewerkers.models import Medewerker, Rol

    # The large household: the most residents and network members together.
    groot = (
        Huishouden.objects.annotate(
            bewoners=Count("personen", distinct=True),
            n=Count("personen__netwerk", distinct=True),
        )
        .order_by(F("bewoners") + F("n"), "pk")
        .reverse()
        .first()
    )
    team_id = groot.wijk.team_id
    # Medewerkers of the household's team, not the bench's own accounts (bench-teamleider is
    # in every team, for the dashboard of all teams).
    leden = Medewerker.objects.filter(teams=team_id).exclude(username__startswith="bench-")
    consulent = leden.filter(rol=Rol.CONSULENT).order_by("pk").first()
    teamleider = leden.filter(rol=Rol.TEAMLEIDER).order_by("pk").first()
    # Mijn werk of the busiest consulent (the most open plans as regisseur), the reminders
    # of the team member with the most of them.
    druk = (
        leden.filter(rol=Rol.CONSULENT)
        .annotate(
            n=Count(
                "plannen_als_regisseur",
                filter=~Q(plannen_als_regisseur__status=Plan.Status.AFGESLOTEN),
            )
        )
        .order_by("-n", "pk")
        .first()
    )
    ontvanger = leden.annotate(n=Count("herinneringen")).order_by("-n", "pk").first()
    plan = (
        Plan.objects.filter(huishouden__wijk__team_id=team_id)
        .annotate(n=Count("doelen__afspraken"))
        .order_by("-n", "pk")
        .first()
    )
    # A conversation being recorded (the form page with autosave), of the same team.
    gesprekken = Keukentafelgesprek.objects.filter(huishouden__wijk__team_id=team_id)
    gesprek = (
        gesprekken.filter(status=Keukentafelgesprek.Status.CONCEPT)
        .exclude(melding__status=Melding.Status.INGETROKKEN)
        .order_by("pk")
        .first()
    ) or gesprekken.order_by("pk").first()
    beheer, _nieuw = Medewerker.objects.get_or_create(
        username="bench-beheer",
        defaults={"rol": Rol.BEHEERDER, "is_staff": True, "is_superuser": True},
    )
    c, t = _client(consulent), _client(teamleider)
    zichtbaar = Huishouden.objects.filter(wijk__team_id=team_id).count()
    diep = max(1, zichtbaar // 25 - 1)
    prefix = Persoon.objects.filter(huishouden=groot).values_list("achternaam", flat=True)[0][:3]
    lijst = reverse("huishoudens:lijst")

    uitkomst = {
        "framework_floor": _pagina(meet, herhalingen, c, "/bench/vloer/"),
        "dossier_page": _pagina(
            meet, herhalingen, c, reverse("huishoudens:dossier", args=[groot.pk])
        ),
        "household_list_first": _pagina(meet, herhalingen, c, lijst),
        "household_list_deep": _pagina(meet, herhalingen, c, f"{lijst}?pagina={diep}"),
        "person_search_prefix": _pagina(
            meet, max(herhalingen, 20), c, lijst, post={"naam": prefix}
        ),
        "wachtlijst_team": _pagina(meet, herhalingen, t, reverse("meldingen:wachtlijst")),
        "plan_page": _pagina(meet, herhalingen, c, reverse("plannen:plan", args=[plan.pk])),
        "gesprek_page": _pagina(
            meet, herhalingen, c, reverse("plannen:gesprek", args=[gesprek.pk])
        ),
        "dashboard_page_one_team": _pagina(
            meet, herhalingen, t, f"{reverse('dashboard:dashboard')}?team={team_id}"
        ),
        "herinneringen_page": _pagina(
            meet, herhalingen, _client(ontvanger), reverse("herinneringen:inbox")
        ),
        "mijn_werk_page": _pagina(meet, herhalingen, _client(druk), reverse("start")),
        "admin_changelist_first": _pagina(
            meet, herhalingen, _client(beheer), "/bench/beheer/huishoudens/huishouden/"
        ),
    }
    # The floor once more after the pages: a machine that got slower or faster meanwhile
    # moves both halves, and the ratios use their mean.
    nogmaals = _pagina(meet, herhalingen, c, "/bench/vloer/")
    vloer_m = uitkomst["framework_floor"]
    vloer_m["median_ms"] = round((vloer_m["median_ms"] + nogmaals["median_ms"]) / 2, 2)
    vloer_m["p95_ms"] = max(vloer_m["p95_ms"], nogmaals["p95_ms"])
    vloer = vloer_m["median_ms"]
    for m in uitkomst.values():
        m["ratio_to_framework_floor"] = round(m["median_ms"] / vloer, 2)
    uitkomst["_context"] = {
        "team_id": team_id,
        "dossier_people": groot.personen.count(),
        "dossier_network": groot.n,
        "list_households_visible": zichtbaar,
        "deep_page": diep,
        "search_prefix_length": len(prefix),
        "persons": Persoon.objects.count(),
        "plan_afspraken": plan.n,
        "gesprek_status": gesprek.status,
        "herinneringen_shown": min(ontvanger.n, HERINNERINGEN_PER_PAGINA),
        "herinneringen_total": ontvanger.n,
        "mijn_werk_open_plans": druk.n,
    }
    return uitkomst
