from django.contrib import admin

from huishoudens.services.meldingen import deadlines_herberekenen

from .models import Termijninstellingen


@admin.register(Termijninstellingen)
class TermijninstellingenAdmin(admin.ModelAdmin):
    """One row: no adding a second, no deleting the first."""

    def has_add_permission(self, request):
        return not Termijninstellingen.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        # The wachtlijst is sorted on stored deadlines: bring them in line with the terms.
        deadlines_herberekenen()
