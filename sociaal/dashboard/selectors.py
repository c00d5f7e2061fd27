"""Who may look at which team's dashboard, and what they chose to look at. A teamleider
sees only the teams they lead; anyone else has no dashboard."""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property, lru_cache
from typing import Any, cast
from urllib.parse import quote_plus, urlencode

from django import forms
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from huishoudens.models.melding import EERSTE_DAG
from sociaal.audit.models import Actie, Resultaat
from sociaal.audit.services import audit_vastleggen
from sociaal.forms import DatumInput
from sociaal.medewerkers.models import Medewerker, Rol, Team

from .periode import Periode, Soort


def teams_voor_dashboard(
    medewerker: Medewerker | AnonymousUser, *, actie: Actie = Actie.LEZEN
) -> QuerySet[Team]:
    """The teams whose dashboard `medewerker` may see; refused — and the refusal audited as
    `actie` — for anyone not a teamleider."""
    if not (
        isinstance(medewerker, Medewerker) and medewerker.is_active and medewerker.is_teamleider
    ):
        audit_vastleggen(
            medewerker=medewerker,
            actie=actie,
            object_type="dashboard",
            resultaat=Resultaat.GEWEIGERD,
        )
        raise PermissionDenied(_("Het teamdashboard is er voor teamleiders."))
    return Team.objects.filter(medewerkers=medewerker).order_by("naam")


def lid_van(*, teams: list[Team], pk: int) -> Medewerker | None:
    """A consulent or teamleider in one of `teams` (for the lists about one person)."""
    return (
        Medewerker.objects.filter(pk=pk, teams__in=teams, rol__in=(Rol.CONSULENT, Rol.TEAMLEIDER))
        .distinct()
        .first()
    )


class KeuzeForm(forms.Form):
    team = forms.TypedChoiceField(
        label=gettext_lazy("Team"), required=False, coerce=int, empty_value=None
    )
    periode = forms.ChoiceField(
        label=gettext_lazy("Periode"), choices=Soort.choices, required=False
    )
    op = forms.DateField(
        label=gettext_lazy("Periode met de datum"),
        required=False,
        widget=DatumInput(),
        error_messages={"invalid": gettext_lazy("Vul een geldige datum in, zoals 23-11-2026.")},
    )

    def __init__(self, *args: Any, teams: list[Team], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        team = cast(forms.TypedChoiceField, self.fields["team"])
        team.choices = [("", _("Al mijn teams"))] + [(t.pk, t.naam) for t in teams]
        self.fields["team"].error_messages["invalid_choice"] = _("Kies een van uw teams.")
        self.fields["periode"].error_messages["invalid_choice"] = _(
            "Kies maand, kwartaal of jaar."
        )

    def clean_op(self) -> date | None:
        """A date the app has figures for: from the Wmo 2015 until a few years ahead."""
        op = self.cleaned_data.get("op")
        if op is not None and not (
            EERSTE_DAG.date() <= op <= timezone.localdate() + timedelta(days=5 * 366)
        ):
            raise forms.ValidationError(
                _("Kies een datum tussen 1 januari 2015 en %(jaar)s.")
                % {"jaar": timezone.localdate().year + 5}
            )
        return op


@dataclass(frozen=True)
class Keuze:
    """What the dashboard shows: which of the teamleider's teams, which period."""

    mijn_teams: list[Team]
    teams: list[Team]
    team: Team | None  # None: all of them
    periode: Periode
    vandaag: date
    form: KeuzeForm

    @property
    def maand(self) -> Periode:
        """The month of the conversations in the caseload: this month, or for a period in
        the past its last month."""
        return Periode.rond(Soort.MAAND, min(self.vandaag, self.periode.eind - timedelta(days=1)))

    def parameters(self, **extra: str | int | None) -> str:
        """The query string of this choice plus `extra` (ids and codes only)."""
        waarden = {
            "team": self.team.pk if self.team else "",
            "periode": self.periode.soort.value,
            "op": self.periode.begin.isoformat(),
        }
        waarden.update({k: v for k, v in extra.items() if v is not None})
        return urlencode({k: v for k, v in waarden.items() if v != ""}, quote_via=_quote)

    @cached_property
    def lijst_pad(self) -> str:
        """Where the lists behind the numbers are (one `reverse` for a page of links)."""
        return reverse("dashboard:lijst")


@lru_cache(maxsize=4096)
def _quote(
    waarde: str, safe: str = "", encoding: str | None = None, errors: str | None = None
) -> str:
    """`quote_plus` remembered: a dashboard's links repeat the same few ids and codes."""
    return quote_plus(waarde, safe, encoding, errors)


def keuze_maken(
    medewerker: Medewerker | AnonymousUser,
    gegevens: Mapping[str, str] | None,
    *,
    actie: Actie = Actie.LEZEN,
) -> Keuze:
    """Reads the choice from the query string. What is wrong gets a message next to its
    field and the default instead: all teams, this quarter."""
    mijn_teams = list(teams_voor_dashboard(medewerker, actie=actie))
    # Unbound, the select would show its first option (maand) while the page shows the
    # default quarter: pressing "Toon" unchanged would then switch to a month.
    form = KeuzeForm(gegevens or None, teams=mijn_teams, initial={"periode": Soort.KWARTAAL})
    schoon = {}
    if form.is_bound:
        form.is_valid()  # errors are shown next to their field; the valid ones are used
        schoon = {k: v for k, v in form.cleaned_data.items() if k not in form.errors}
    vandaag = timezone.localdate()
    team = next((t for t in mijn_teams if t.pk == schoon.get("team")), None)
    soort = Soort(schoon.get("periode") or Soort.KWARTAAL)
    periode = Periode.rond(soort, schoon.get("op") or vandaag)
    return Keuze(
        mijn_teams=mijn_teams,
        teams=[team] if team else mijn_teams,
        team=team,
        periode=periode,
        vandaag=vandaag,
        form=form,
    )
