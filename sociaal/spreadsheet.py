"""CSV files that people open in a spreadsheet: `;` between cells (what Dutch Excel
expects), and no cell that the spreadsheet would run as a formula (a leading = + - @ gets
an apostrophe, which an import drops again)."""

import csv
import io
from collections.abc import Iterable

FORMULE = ("=", "+", "-", "@")


def veilig(cel) -> str:
    """No formula injection when the file is opened in a spreadsheet."""
    tekst = "" if cel is None else str(cel)
    return f"'{tekst}" if tekst.startswith(FORMULE) else tekst


def onveilig(tekst: str) -> str:
    """The cell as it was before `veilig`."""
    return tekst[1:] if tekst.startswith("'") and tekst[1:].startswith(FORMULE) else tekst


def csv_tekst(kolommen: Iterable, rijen: Iterable[Iterable]) -> str:
    uit = io.StringIO()
    schrijver = csv.writer(uit, delimiter=";", lineterminator="\n")
    schrijver.writerow(veilig(k) for k in kolommen)
    for rij in rijen:
        schrijver.writerow(veilig(cel) for cel in rij)
    return uit.getvalue()
