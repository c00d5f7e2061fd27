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
