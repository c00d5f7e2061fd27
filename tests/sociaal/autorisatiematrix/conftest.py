"""H, built once for the package, and its state as built."""

import pytest
from django.db import transaction
from django.test import override_settings
from django.utils.functional import empty

from plannen.models.document import prive_opslag
from tests.sociaal.autorisatiematrix.routes import toestand
from tests.sociaal.autorisatiematrix.wereld import bouw_wereld


@pytest.fixture(scope="package")
def wereld(django_db_setup, django_db_blocker, tmp_path_factory):
    """Built once, in a transaction rolled back after the package (like setUpTestData)."""
    map_ = tmp_path_factory.mktemp("documenten")
    with (
        django_db_blocker.unblock(),
        override_settings(SOCIAAL_DOCUMENTEN_DIR=map_),
        transaction.atomic(),
    ):
        prive_opslag._wrapped = empty  # fresh storage for this directory
        try:
            yield bouw_wereld()
        finally:
            transaction.set_rollback(True)
            prive_opslag._wrapped = empty


@pytest.fixture(scope="package")
def voor(wereld) -> dict:
    """H as `wereld` built it. Each test runs in a transaction rolled back after it, so each
    starts from this: read once per package instead of before every request."""
    return toestand(wereld)
