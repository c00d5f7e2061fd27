"""The layers of docs/adr/0017-layers.md hold, and cover the whole code base.

import-linter (`make lint`) checks that no layer imports one above it; it cannot see a
module that stands in no layer, so a new app or module left out of the contract would
escape it. The second test closes that gap."""

import subprocess
import sys
import tomllib
from pathlib import Path

import grimp

PROJECT = Path(__file__).resolve().parent.parent

# Modules that need no layer: the packages' own __init__ (nothing in them but a docstring,
# or the Celery app for `sociaal`) and the migrations (Django's, generated).
BUITEN_DE_LAGEN = {"sociaal", "huishoudens", "plannen", "voorzieningen", "sociaal.doorbraak"}


def _instellingen() -> dict:
    with open(PROJECT / "pyproject.toml", "rb") as f:
        return tomllib.load(f)["tool"]["importlinter"]


def _lagen() -> list[set[str]]:
    (contract,) = _instellingen()["contracts"]
    return [
        {deel.strip().strip("()") for deel in laag.replace("|", ":").split(":")}
        for laag in contract["layers"]
    ]


def _laag_van(module: str, lagen: list[set[str]]) -> list[int]:
    return [
        i
        for i, laag in enumerate(lagen)
        if any(module == m or module.startswith(m + ".") for m in laag)
    ]


def test_the_contract_is_kept():
    lint_imports = Path(sys.executable).parent / "lint-imports"
    uitvoer = subprocess.run(
        [lint_imports, "--no-cache"], cwd=PROJECT, capture_output=True, text=True
    )
    assert uitvoer.returncode == 0, uitvoer.stdout + uitvoer.stderr


def test_every_module_stands_in_exactly_one_layer():
    lagen = _lagen()
    graaf = grimp.build_graph(*_instellingen()["root_packages"], cache_dir=None)
    zonder, dubbel = [], []
    for module in sorted(graaf.modules):
        if module in BUITEN_DE_LAGEN or ".migrations" in module:
            continue
        gevonden = _laag_van(module, lagen)
        if not gevonden:
            zonder.append(module)
        elif len(gevonden) > 1:
            dubbel.append(module)
    assert zonder == [], "not in any layer of [tool.importlinter] in pyproject.toml"
    assert dubbel == [], "in more than one layer"
