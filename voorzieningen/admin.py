"""The sociale kaart in beheer: the functioneel beheerder keeps the catalogue, its
algemene alternatives, and exchanges it as CSV."""

import logging

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .forms import ImportForm
from .models import Alternatief, Voorziening
from .uitwisseling import MAX_BYTES, Resultaat, kaart_exporteren, kaart_importeren

logger = logging.getLogger(__name__)


class AlternatiefInline(admin.TabularInline):
    model = Alternatief
    fk_name = "maatwerk"
    extra = 1
    autocomplete_fields = ["algemeen"]
    verbose_name = gettext_lazy("algemeen alternatief")
    verbose_name_plural = gettext_lazy("algemene alternatieven (bij een maatwerkvoorziening)")


@admin.register(Voorziening)
class VoorzieningAdmin(admin.ModelAdmin):
    list_display = ["naam", "soort", "wet", "productcategorie", "aanbieder", "actief"]
    list_filter = ["soort", "wet", "actief", "hele_gemeente"]
    search_fields = ["naam", "aanbieder", "sleutel"]
    prepopulated_fields = {"sleutel": ["naam"]}
    filter_horizontal = ["wijken"]
    inlines = [AlternatiefInline]
    change_list_template = "admin/voorzieningen/voorziening/change_list.html"

    def get_urls(self):
        eigen = [
            path(
                "exporteren/",
                self.admin_site.admin_view(self.exporteren),
                name="voorzieningen_exporteren",
            ),
            path(
                "importeren/",
                self.admin_site.admin_view(self.importeren),
                name="voorzieningen_importeren",
            ),
        ]
        return eigen + super().get_urls()

    def exporteren(self, request):
        if not self.has_view_permission(request):
            raise PermissionDenied
        naam = f"sociale-kaart-{timezone.localdate():%Y-%m-%d}.csv"
        response = HttpResponse(kaart_exporteren(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{naam}"'
        return response

    def importeren(self, request):
        if not (self.has_add_permission(request) and self.has_change_permission(request)):
            messages.error(request, _("U mag de sociale kaart niet wijzigen."))
            return redirect("admin:voorzieningen_voorziening_changelist")
        form = ImportForm(request.POST or None, request.FILES or None)
        fouten = []
        if request.method == "POST" and form.is_valid():
            bestand = form.cleaned_data["bestand"]
            if bestand.size > MAX_BYTES:
                resultaat = Resultaat(fouten=[_("Het bestand is groter dan 5 MB.")])
            else:
                resultaat = kaart_importeren(inhoud=bestand.read())
            if resultaat.gelukt:
                logger.info(
                    "sociale kaart geïmporteerd: %s nieuw, %s bijgewerkt",
                    resultaat.aangemaakt,
                    resultaat.bijgewerkt,
                )
                messages.success(
                    request,
                    _("Geïmporteerd: %(n)s nieuw, %(b)s bijgewerkt.")
                    % {"n": resultaat.aangemaakt, "b": resultaat.bijgewerkt},
                )
                return redirect("admin:voorzieningen_voorziening_changelist")
            fouten = resultaat.fouten
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Sociale kaart importeren"),
            "form": form,
            "fouten": fouten,
            "terug": reverse("admin:voorzieningen_voorziening_changelist"),
        }
        return render(request, "admin/voorzieningen/voorziening/importeren.html", context)
