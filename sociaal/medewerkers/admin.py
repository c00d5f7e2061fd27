from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.utils.translation import gettext_lazy as _

from .models import Medewerker, Team, Wijk


class WijkInline(admin.TabularInline):
    model = Wijk
    extra = 0


@admin.register(Team)
class TeamAdmin(admin.ModelAdmin):
    list_display = ["naam"]
    search_fields = ["naam"]
    inlines = [WijkInline]


@admin.register(Wijk)
class WijkAdmin(admin.ModelAdmin):
    list_display = ["naam", "team"]
    list_filter = ["team"]
    list_select_related = ["team"]


@admin.register(Medewerker)
class MedewerkerAdmin(UserAdmin):
    list_display = ["username", "first_name", "last_name", "rol", "is_active"]
    list_filter = ["rol", "teams", "is_active"]
    filter_horizontal = ["teams", "groups", "user_permissions"]
    fieldsets = (
        *UserAdmin.fieldsets,
        (_("Sociaal domein"), {"fields": ["rol", "teams", "telefoon"]}),
    )
    add_fieldsets = (
        *UserAdmin.add_fieldsets,
        (_("Sociaal domein"), {"fields": ["first_name", "last_name", "rol", "teams"]}),
    )
