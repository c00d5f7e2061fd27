"""Production serves hashed static files (WhiteNoise, manifest): every file a template
names must be collected, or production would fail where development does not."""

import pytest
from django.core.management import call_command
from django.template.loader import render_to_string
from django.test import RequestFactory, override_settings

pytestmark = pytest.mark.django_db


def test_collectstatic_with_the_production_storage_and_render_the_layout(tmp_path, consulent):
    storages = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    with override_settings(STATIC_ROOT=tmp_path, STORAGES=storages):
        call_command("collectstatic", interactive=False, verbosity=0)
        request = RequestFactory().get("/")
        request.user = consulent
        html = render_to_string("base.html", request=request)
    assert "/static/css/sociaal." in html and ".css" in html
    assert "sociaal.css" not in html  # the hashed name, so far-future caching is safe
    assert (tmp_path / "vendor/utrecht-component-library-css/index.css.gz").exists()
