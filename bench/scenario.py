"""The load test's users and what they open (bench/belasting.py runs them): sessions of
medewerkers of several teams, each with households, plans and gesprekken of its own team,
the saves spread so that no two users write the same plan or gesprek; and putting the
database back as it was afterwards."""

import random


def scenario_maken(aantal: int) -> tuple[dict, dict]:
    """The users of the load test (`aantal` sessions of medewerkers of several teams) with
    their paths, and what is needed to put the database back afterwards."""
    from django.conf import settings
    from django.db.models import Min
    from django.middleware.csrf import get_token
    from django.test import Client, RequestFactory
    from django.urls import reverse

    from huishoudens.models import Huishouden, Melding, Persoon
    from plannen.models import Afspraak, Deelnemer, Keukentafelgesprek, Plan, ZrmScore
    from sociaal.medewerkers.models import Medewerker, Rol, Team

    rng = random.Random(1)
    gekozen: list[tuple[Medewerker, Team]] = []
    for team in Team.objects.order_by("pk"):
        leden = (
            Medewerker.objects.filter(
                teams=team, is_active=True, rol__in=[Rol.CONSULENT, Rol.TEAMLEIDER]
            )
            .exclude(username__startswith="bench-")
            .exclude(pk__in=[m.pk for m, _t in gekozen])
            .order_by("-rol", "pk")[:10]  # the teamleider first, then consulenten
        )
        gekozen += [(m, team) for m in leden]
        if len(gekozen) >= aantal:
            break

    per_team: dict[int, dict] = {}

    def van_team(team: Team) -> dict:
        if team.pk not in per_team:
            huishoudens = Huishouden.objects.filter(wijk__team=team)
            ids = list(huishoudens.values_list("pk", flat=True))
            plannen = Plan.objects.filter(huishouden__in=huishoudens)
            gesprekken = Keukentafelgesprek.objects.filter(huishouden__in=huishoudens)
            per_team[team.pk] = {
                "huishoudens": ids,
                "plannen": list(plannen.values_list("pk", flat=True)),
                "gesprekken": list(gesprekken.values_list("pk", flat=True)[:2000]),
                "namen": list(
                    Persoon.objects.filter(huishouden__in=huishoudens)
                    .order_by("?")
                    .values_list("achternaam", flat=True)[:200]
                ),
                # For the saves, taken one by one so that no two users share one.
                "afspraken": list(
                    plannen.filter(
                        status__in=Plan.WIJZIGBAAR,
                        doelen__isnull=False,
                        huishouden__personen__isnull=False,
                    )
                    .order_by("pk")
                    .values_list("pk", flat=True)
                    .distinct()
                ),
                "gesprekken_concept": list(
                    gesprekken.filter(status=Keukentafelgesprek.Status.CONCEPT)
                    .exclude(melding__status=Melding.Status.INGETROKKEN)
                    .order_by("pk")
                    .values_list("pk", flat=True)
                ),
                "melding_huishoudens": list(
                    huishoudens.filter(personen__isnull=False)
                    .order_by("pk")
                    .values_list("pk", flat=True)
                    .distinct()[:1000]
                ),
            }
        return per_team[team.pk]

    def neem(lijst: list, n: int) -> list:
        genomen, lijst[:n] = lijst[:n], []
        return genomen

    gebruikers, sessies = [], []
    afspraak_plannen, autosave_gesprekken = [], []
    for i in range(aantal):
        medewerker, team = gekozen[i % len(gekozen)]
        t = van_team(team)
        client = Client()
        client.force_login(medewerker)
        sessie = client.cookies[settings.SESSION_COOKIE_NAME].value
        sessies.append(sessie)
        # The CSRF cookie a browser would have from an earlier page: the pages put tokens
        # made from it in their forms.
        verzoek = RequestFactory().get("/")
        get_token(verzoek)
        csrf = verzoek.META["CSRF_COOKIE"]
        plannen = neem(t["afspraken"], 2)
        afspraak_plannen += plannen
        eerste_doel = dict(
            Plan.objects.filter(pk__in=plannen)
            .annotate(doel=Min("doelen"))
            .values_list("pk", "doel")
        )
        gesprekken = neem(t["gesprekken_concept"], 2)
        autosave_gesprekken += gesprekken
        zichtbaar = len(t["huishoudens"])
        gebruikers.append(
            {
                "medewerker": medewerker.username,
                "team": team.naam,
                "teamleider": medewerker.rol == Rol.TEAMLEIDER,
                "cookies": {
                    settings.SESSION_COOKIE_NAME: sessie,
                    settings.CSRF_COOKIE_NAME: csrf,
                },
                "dossiers": [
                    reverse("huishoudens:dossier", args=[pk])
                    for pk in rng.sample(t["huishoudens"], min(20, zichtbaar))
                ],
                "plannen": [
                    reverse("plannen:plan", args=[pk])
                    for pk in rng.sample(t["plannen"], min(10, len(t["plannen"])))
                ],
                "lijst_diep": [
                    f"{reverse('huishoudens:lijst')}?pagina={rng.randint(2, zichtbaar // 25)}"
                    for _k in range(5)
                    if zichtbaar // 25 >= 2
                ],
                "zoeknamen": sorted({n[:3] for n in rng.sample(t["namen"], 5) if len(n) >= 3}),
                "gesprekken_lezen": [
                    reverse("plannen:gesprek", args=[pk])
                    for pk in rng.sample(t["gesprekken"], min(5, len(t["gesprekken"])))
                ],
                "afspraken": [
                    reverse("plannen:afspraak-toevoegen", args=[pk, eerste_doel[pk]])
                    for pk in plannen
                ],
                "meldingen": [
                    reverse("meldingen:nieuw", args=[pk])
                    for pk in neem(t["melding_huishoudens"], 3)
                ],
                "gesprekken": [
                    {
                        "pagina": reverse("plannen:gesprek", args=[pk]),
                        "autosave": reverse("plannen:gesprek-autosave", args=[pk]),
                    }
                    for pk in gesprekken
                ],
                "dashboard": f"{reverse('dashboard:dashboard')}?team={team.pk}"
                if medewerker.rol == Rol.TEAMLEIDER
                else None,
            }
        )
    scenario = {
        "eigen_kracht": Afspraak.Uitvoerder.EIGEN_KRACHT.value,
        "gesprek_tekstveld": "beoogd_resultaat",
        "paden": {
            "start": reverse("start"),
            "lijst": reverse("huishoudens:lijst"),
            "wachtlijst": reverse("meldingen:wachtlijst"),
            "herinneringen": reverse("herinneringen:inbox"),
        },
        "gebruikers": gebruikers,
    }
    terugzetten = {
        "afspraak_grens": Afspraak.objects.order_by("-pk").values_list("pk", flat=True).first()
        or 0,
        "melding_grens": Melding.objects.order_by("-pk").values_list("pk", flat=True).first() or 0,
        "plannen": list(
            Plan.objects.filter(pk__in=afspraak_plannen).values(
                "pk", "wijziging", "gewijzigd_door_id", "gewijzigd_op", "laatste_wijziging"
            )
        ),
        "gesprekken": list(Keukentafelgesprek.objects.filter(pk__in=autosave_gesprekken).values()),
        "zrm": list(ZrmScore.objects.filter(gesprek_id__in=autosave_gesprekken).values()),
        "deelnemers": list(Deelnemer.objects.filter(gesprek_id__in=autosave_gesprekken).values()),
        "sessies": sessies,
    }
    return scenario, terugzetten


def terugzetten(bewaard: dict) -> dict:
    """Puts the database back as it was before the load test; says what it removed."""
    from django.contrib.sessions.models import Session
    from django.db import transaction

    from huishoudens.models import Melding
    from plannen.models import Afspraak, Deelnemer, Keukentafelgesprek, Plan, ZrmScore

    with transaction.atomic():
        afspraken, _d = Afspraak.objects.filter(pk__gt=bewaard["afspraak_grens"]).delete()
        meldingen, _d = Melding.objects.filter(pk__gt=bewaard["melding_grens"]).delete()
        for rij in bewaard["plannen"]:
            Plan.objects.filter(pk=rij.pop("pk")).update(**rij)
        ids = [rij["id"] for rij in bewaard["gesprekken"]]
        for rij in bewaard["gesprekken"]:
            Keukentafelgesprek.objects.filter(pk=rij.pop("id")).update(**rij)
        ZrmScore.objects.filter(gesprek_id__in=ids).delete()
        ZrmScore.objects.bulk_create(ZrmScore(**rij) for rij in bewaard["zrm"])
        Deelnemer.objects.filter(gesprek_id__in=ids).delete()
        Deelnemer.objects.bulk_create(Deelnemer(**rij) for rij in bewaard["deelnemers"])
        Session.objects.filter(session_key__in=bewaard["sessies"]).delete()
    return {"rows_deleted": afspraken + meldingen, "gesprekken_restored": len(ids)}
