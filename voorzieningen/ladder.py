"""The ladder (de treden): eigen kracht → netwerk → algemene voorziening → maatwerk-
voorziening. An individual provision is the last step; the rungs below come first."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Trede(models.TextChoices):
    EIGEN_KRACHT = "eigen_kracht", _("Eigen kracht")
    NETWERK = "netwerk", _("Netwerk")
    ALGEMEEN = "algemeen", _("Algemene voorziening")
    MAATWERK = "maatwerk", _("Maatwerkvoorziening")


LAGERE_TREDEN = (Trede.EIGEN_KRACHT, Trede.NETWERK, Trede.ALGEMEEN)


def verdeling(afspraken) -> tuple[list[dict], list]:
    """Afspraken per rung with their share (in whole percent), and those that stand beside
    the ladder (a betrokken professional). Each afspraak has a `trede` (or None)."""
    afspraken = list(afspraken)
    totaal = len(afspraken) or 1
    treden = []
    for trede in Trede:
        op_trede = [a for a in afspraken if a.trede == trede]
        treden.append(
            {"trede": trede, "afspraken": op_trede, "aandeel": round(100 * len(op_trede) / totaal)}
        )
    return treden, [a for a in afspraken if a.trede is None]
