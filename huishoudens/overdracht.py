"""Who hears of a handover: work that passes to another medewerker — a plan's regisseur role
(`plannen.services.regisseur_overdragen`) or a melding (`huishoudens.services.meldingen`).

The domain does not know who wants to hear of it; the features above it do, and the domain
may not import them (docs/adr/0017-layers.md). So a feature registers a receiver here with
`bij_overdracht`, in its AppConfig.ready(), and the services call `overgedragen` after the
handover, inside their transaction: a receiver that fails undoes the handover.

Receivers registered now:
- `sociaal.herinneringen` (HerinneringenConfig.ready): a reminder in the new owner's inbox.
"""

from typing import Protocol

from django.db import models

from sociaal.medewerkers.models import Medewerker


class Ontvanger(Protocol):
    def __call__(
        self, *, naar: Medewerker, obj: models.Model, huishouden_id: int, sleutel: str
    ) -> None:
        """`obj` (a plan, a melding) of household `huishouden_id` is now `naar`'s; `sleutel`
        is the same for one handover however often it is told."""


_ontvangers: list[Ontvanger] = []


def bij_overdracht(ontvanger: Ontvanger) -> None:
    """Registers `ontvanger` to hear of every handover (once, however often it is called)."""
    if ontvanger not in _ontvangers:
        _ontvangers.append(ontvanger)


def overgedragen(*, naar: Medewerker, obj: models.Model, huishouden_id: int, sleutel: str) -> None:
    """Tells every registered receiver, in the order they registered."""
    for ontvanger in _ontvangers:
        ontvanger(naar=naar, obj=obj, huishouden_id=huishouden_id, sleutel=sleutel)
