"""In the beheer: the retention terms, and the destruction lists to approve or reject.
A list shows household numbers, kinds and dates — no names, no content."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext_lazy as _

from . import bewaren
from .models import Bewaartermijnen, Vernietigingslijst, Vernietigingsregel


@admin.register(Bewaartermijnen)
class BewaartermijnenAdmin(admin.ModelAdmin):
    list_display = ["__str__", "jeugd_jaren", "wmo_voorziening_jaren", "overig_jaren"]

    def has_add_permission(self, request):
        return not Bewaartermijnen.objects.exists() and super().has_add_permission(request)

    def has_delete_permission(self, request, obj=None):
        return False


class RegelInline(admin.TabularInline):
    model = Vernietigingsregel
    extra = 0
    can_delete = False
    readonly_fields = ["huishouden_id", "soort", "einde_hulp", "vernietigen_vanaf"]

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Vernietigingslijst)
class VernietigingslijstAdmin(admin.ModelAdmin):
    list_display = ["__str__", "status", "aantal", "beoordeeld_door", "beoordeeld_op"]
    readonly_fields = ["aangemaakt_op", "status", "beoordeeld_door", "beoordeeld_op", "vernietigd"]
    inlines = [RegelInline]
    actions = ["goedkeuren", "afwijzen"]

    @admin.display(description=_("huishoudens"))
    def aantal(self, obj):
        return obj.regels.count()

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.action(description=_("Goedkeuren en vernietigen"))
    def goedkeuren(self, request, queryset):
        for lijst in queryset:
            try:
                aantallen = bewaren.lijst_goedkeuren(lijst=lijst, door=request.user)
            except (PermissionDenied, ValidationError) as fout:
                self.message_user(
                    request, " ".join(getattr(fout, "messages", [str(fout)])), messages.ERROR
                )
            else:
                self.message_user(
                    request,
                    _("%(lijst)s: %(n)s huishoudens vernietigd.")
                    % {"lijst": lijst, "n": sum(aantallen.values())},
                )

    @admin.action(description=_("Afwijzen"))
    def afwijzen(self, request, queryset):
        for lijst in queryset:
            try:
                bewaren.lijst_afwijzen(lijst=lijst, door=request.user)
            except (PermissionDenied, ValidationError) as fout:
                self.message_user(
                    request, " ".join(getattr(fout, "messages", [str(fout)])), messages.ERROR
                )
