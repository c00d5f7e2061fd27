"""The people and households of the stories: Wijkteam Centrum and the De Boers."""

from datetime import date

import pytest

from huishoudens.models import Netwerklid
from tests.browser.verhalen.stappen import (
    HOOFD,
    KIND,
    PARTNER,
    _huishouden,
    _noem,
)
from tests.factories import (
    BetrokkeneFactory,
    NetwerklidFactory,
)


@pytest.fixture
def wijk(wijk_centrum, consulent, collega, teamleider, consulent_noord):
    """Wijkteam Centrum with its people, and the De Boers at the Kastanjelaan: Johanna (76)
    and Hendrik, their daughter Marieke who is a heavily loaded mantelzorger, a neighbour,
    and their huisarts. A few other households make the lists look like a real team's."""
    _noem(consulent, "Sanne", "de Vries")
    _noem(collega, "Chantal", "Bos")
    _noem(teamleider, "Anouk", "de Wit")
    _noem(consulent_noord, "Youssef", "Amrani")
    de_boer = _huishouden(
        wijk_centrum,
        "Kastanjelaan",
        14,
        "3712 BK",
        ("Johanna", "de", "Boer", date(1948, 5, 14), HOOFD),
        ("Hendrik", "de", "Boer", date(1946, 11, 2), PARTNER),
    )
    johanna = de_boer.personen.get(voornamen="Johanna")
    NetwerklidFactory(
        persoon=johanna,
        naam="Marieke de Boer",
        relatie=Netwerklid.Relatie.FAMILIE,
        mantelzorger=True,
        telefoon="06-41239876",
    )
    NetwerklidFactory(persoon=johanna, naam="Fatima El Amrani", relatie=Netwerklid.Relatie.BUUR)
    BetrokkeneFactory(huishouden=de_boer, organisatie="Huisartsenpraktijk De Linde")
    overige = {
        "smit": _huishouden(
            wijk_centrum, "Molenweg", 7, "3711 AC", ("Gerrit", "", "Smit", date(1939, 2, 8), HOOFD)
        ),
        "yilmaz": _huishouden(
            wijk_centrum,
            "Lindelaan",
            3,
            "3712 CD",
            ("Ayşe", "", "Yilmaz", date(1984, 7, 21), HOOFD),
            ("Emre", "", "Yilmaz", date(2011, 3, 30), KIND),
        ),
        "bakker": _huishouden(
            wijk_centrum,
            "Kerkstraat",
            12,
            "3711 BE",
            ("Wilhelmina", "", "Bakker", date(1952, 9, 3), HOOFD),
        ),
        "jansen": _huishouden(
            wijk_centrum,
            "Oude Gracht",
            1,
            "3711 AA",
            ("Kees", "", "Jansen", date(1961, 12, 17), HOOFD),
        ),
    }
    return {"de_boer": de_boer, "johanna": johanna, **overige}
