# fmt: off
"""A demo sociale kaart: the algemene voorzieningen a wijkteam can name, the
maatwerkvoorzieningen, and which algemene alternatives come before each (seed 003)."""

from sociaal.medewerkers.models import Wijk
from voorzieningen.models import Alternatief, Voorziening

# (sleutel, naam, aanbieder, omschrijving, wachttijd in weken)
ALGEMEEN = [
    ("buurthuis", "Buurthuis: vrijwilligerswerk en koffieochtend", "Welzijn in de Wijk",
     "Meedoen in de wijk: vrijwilligerswerk, koffieochtend, samen eten.", 0),
    ("maaltijdservice", "Maaltijdservice", "Tafeltje Dek Je", "Warme maaltijd aan huis.", 1),
    ("boodschappendienst", "Boodschappendienst", "Vrijwilligerscentrale",
     "Een vrijwilliger doet wekelijks boodschappen of gaat mee.", 2),
    ("klussendienst", "Klussendienst", "Vrijwilligerscentrale",
     "Kleine klussen in en om huis.", 2),
    ("budgetcoach", "Budgetcoach", "Humanitas Thuisadministratie",
     "Een getrainde vrijwilliger helpt thuis met de administratie en het budget.", 3),
    ("geldspreekuur", "Geldzorgen-spreekuur", "Schuldhulpverlening gemeente",
     "Inloopspreekuur over rekeningen, toeslagen en schulden.", 0),
    ("mantelzorgsteunpunt", "Mantelzorgsteunpunt", "Steunpunt Mantelzorg",
     "Advies, lotgenotencontact en respijtzorg voor mantelzorgers.", 0),
    ("digitaal-hulpplein", "Digitaal Hulpplein", "Openbare bibliotheek",
     "Hulp met DigiD, formulieren en de computer.", 0),
    ("opvoedsteunpunt", "Opvoedsteunpunt", "Centrum voor Jeugd en Gezin",
     "Vragen over opvoeden en opgroeien; cursussen voor ouders.", 1),
    ("jongerenwerk", "Jongerenwerk", "Welzijn in de Wijk", "Ambulant jongerenwerk en inloop.", 0),
    ("sportbuurtwerk", "Beweegmaatje en sportbuurtwerk", "Sportservice",
     "Samen bewegen in de buurt.", 1),
]
# (sleutel, naam, wet, aanbieder, wachttijd, [(alternatief, toelichting)])
MAATWERK = [
    ("huishoudelijke-hulp", "Huishoudelijke hulp", "wmo", "Thuiszorg Zorgzaam", 4,
     [("boodschappendienst", "Als het vooral om boodschappen gaat"),
      ("maaltijdservice", "Als koken niet meer lukt"),
      ("klussendienst", "Voor klussen in en om huis")]),
    ("dagbesteding", "Dagbesteding", "wmo", "Stichting Dagactiviteiten", 8,
     [("buurthuis", "Vrijwilligerswerk of de koffieochtend geeft ook ritme en contact"),
      ("sportbuurtwerk", "Samen bewegen, met een maatje")]),
    ("begeleiding-individueel", "Individuele begeleiding", "wmo", "Stichting Begeleid Wonen", 6,
     [("budgetcoach", "Als de hulpvraag vooral administratie en geld is"),
      ("digitaal-hulpplein", "Voor hulp met formulieren en DigiD")]),
    ("financiele-begeleiding", "Individuele financiële begeleiding", "wmo",
     "Schuldhulpverlening gemeente", 6,
     [("budgetcoach", "Een budgetcoach van Humanitas helpt thuis, zonder indicatie"),
      ("geldspreekuur", "Eerst samen overzicht maken op het spreekuur")]),
    ("respijtzorg", "Kortdurend verblijf (respijtzorg)", "wmo", "Zorgcentrum De Hoven", 3,
     [("mantelzorgsteunpunt", "Respijt via vrijwilligers en lotgenoten")]),
    ("woningaanpassing", "Woningaanpassing", "wmo", "Gemeente, team Wmo", 10,
     [("klussendienst", "Kleine aanpassingen zoals beugels en drempelhulpen")]),
    ("jeugdhulp-ambulant", "Ambulante jeugdhulp", "jeugdwet", "Jeugdhulp Samen Sterk", 12,
     [("opvoedsteunpunt", "Opvoedvragen eerst bij het steunpunt"),
      ("jongerenwerk", "Een jongerenwerker als vertrouwenspersoon")]),
    ("bijzondere-bijstand", "Bijzondere bijstand", "participatiewet", "Gemeente, team Inkomen", 4,
     [("geldspreekuur", "Eerst kijken naar toeslagen en voorliggende regelingen")]),
]


def genereer_kaart(wijken: list[Wijk]) -> int:
    voorzieningen = [
        Voorziening(sleutel=s, naam=n, soort=Voorziening.Soort.ALGEMEEN, aanbieder=a,
                    omschrijving=o, wachttijd_weken=w)
        for s, n, a, o, w in ALGEMEEN
    ] + [
        Voorziening(sleutel=s, naam=n, soort=Voorziening.Soort.MAATWERK, wet=wet, aanbieder=a,
                    wachttijd_weken=w)
        for s, n, wet, a, w, _alternatieven in MAATWERK
    ]
    Voorziening.objects.bulk_create(voorzieningen)
    per_sleutel = {v.sleutel: v for v in voorzieningen}
    # The buurthuis serves its own wijken: the first team's, so that "available in the
    # household's wijk" shows a difference between teams.
    buurthuis = per_sleutel["buurthuis"]
    buurthuis.hele_gemeente = False
    buurthuis.save(update_fields=["hele_gemeente"])
    buurthuis.wijken.set([w for w in wijken if w.team_id == wijken[0].team_id])
    Alternatief.objects.bulk_create(
        Alternatief(maatwerk=per_sleutel[s], algemeen=per_sleutel[alt], toelichting=t)
        for s, _n, _wet, _a, _w, alternatieven in MAATWERK
        for alt, t in alternatieven
    )
    return len(voorzieningen)
# fmt: on
