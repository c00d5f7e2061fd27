"""mypy in `make lint` (pyproject.toml): the strict modules pass strict, so none of their
errors may be parked in mypy-baseline.txt, which holds only the rest's known errors.
(That the baseline only shrinks is `mypy-baseline filter`'s job: it fails on a new error
and on an entry that no longer occurs.)"""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _strikte_modules() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    return [
        module
        for override in config["tool"]["mypy"]["overrides"]
        if override.get("disallow_untyped_defs")
        for module in override["module"]
    ]


def _is_strikt(module: str, patronen: list[str]) -> bool:
    """mypy's matching: `a.b.*` is a.b and everything below it, `a.b` only itself."""
    return any(
        module == p.removesuffix(".*") or (p.endswith(".*") and module.startswith(p[:-1]))
        for p in patronen
    )


def _module(pad: str) -> str:
    return pad.removesuffix(".py").removesuffix("/__init__").replace("/", ".")


def test_the_strict_list_is_the_services_selectors_and_deadline_engine():
    patronen = _strikte_modules()
    for module in (
        "huishoudens.services",
        "huishoudens.services.meldingen",
        "plannen.selectors",
        "sociaal.termijnen.regels",
        "huishoudens.klokken",
    ):
        assert _is_strikt(module, patronen), module
    assert not _is_strikt("huishoudens.views.dossier", patronen)


def test_no_strict_module_has_an_entry_in_the_baseline():
    patronen = _strikte_modules()
    regels = (ROOT / "mypy-baseline.txt").read_text().splitlines()
    in_strikt = [r for r in regels if r and _is_strikt(_module(r.split(":", 1)[0]), patronen)]
    assert in_strikt == []
