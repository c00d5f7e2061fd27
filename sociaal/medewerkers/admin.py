from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from sociaal.tweestaps.services import opnieuw_laten_instellen

from .models import Medewerker, Team, Wijk


class WijkInline(admin.TabularInline):
    model = Wijk
    extra = 0


@admin.register(Team)
class TeamAdmin(admin.ModelAdmin):
    list_display = ["naam", "bandbreedte_van", "bandbreedte_tot"]
    search_fields = ["naam"]
    inlines = [WijkInline]


@admin.register(Wijk)
class WijkAdmin(admin.ModelAdmin):
    list_display = ["naam", "team"]
    list_filter = ["team"]
    list_select_related = ["team"]


@admin.register(Medewerker)
class MedewerkerAdmin(UserAdmin):
    """The functioneel beheerder manages accounts, roles and teams. Nobody but a superuser
    grants superuser, staff or raw permissions, and nobody changes their own role, teams or
    rights: a beheerder cannot make themselves a dossier reader."""

    list_display = ["username", "first_name", "last_name", "rol", "is_active"]
    _RECHTEN = ("is_superuser", "is_staff", "groups", "user_permissions")
    _EIGEN = ("rol", "teams", "is_active", *_RECHTEN)
    list_filter = ["rol", "teams", "is_active"]
    actions = ["tweestaps_opnieuw"]
    filter_horizontal = ["teams", "groups", "user_permissions"]
    fieldsets = (
        *UserAdmin.fieldsets,
        (_("Sociaal domein"), {"fields": ["rol", "teams", "telefoon"]}),
    )
    add_fieldsets = (
        *UserAdmin.add_fieldsets,
        (_("Sociaal domein"), {"fields": ["first_name", "last_name", "rol", "teams"]}),
    )

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if request.user.is_superuser:
            return fieldsets
        return [
            (name, {**opts, "fields": [f for f in opts["fields"] if f not in self._RECHTEN]})
            for name, opts in fieldsets
        ]

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if obj is not None and obj.pk == request.user.pk:
            readonly += [f for f in self._EIGEN if f not in readonly]
        return readonly

    @admin.action(description=_("Tweestapsverificatie opnieuw laten instellen (telefoon kwijt)"))
    def tweestaps_opnieuw(self, request, queryset):
        gedaan = 0
        for medewerker in queryset.exclude(pk=request.user.pk):
            opnieuw_laten_instellen(medewerker=medewerker)
            # In the account's history in the beheer: who reset whose second step, when.
            self.log_change(request, medewerker, "Tweestapsverificatie gewist (opnieuw instellen)")
            gedaan += 1
        self.message_user(
            request,
            _(
                "%(n)s medewerker(s) stellen bij de volgende keer inloggen de "
                "tweestapsverificatie opnieuw in."
            )
            % {"n": gedaan},
        )


# The authenticator secrets stay out of the beheer: whoever sees one can make the codes.
for _klasse in (TOTPDevice, StaticDevice):
    if admin.site.is_registered(_klasse):
        admin.site.unregister(_klasse)
