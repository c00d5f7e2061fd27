from django.contrib import admin

from .models import Termijninstellingen


@admin.register(Termijninstellingen)
class TermijninstellingenAdmin(admin.ModelAdmin):
    """One row: no adding a second, no deleting the first."""

    def has_add_permission(self, request):
        return not Termijninstellingen.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False
