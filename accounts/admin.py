from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from . import services
from .models import AuditEvent, CharterAcceptance, PractitionerProfile, User


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    ordering = ["email"]
    list_display = ["email", "first_name", "last_name", "is_staff", "is_active", "date_joined"]
    search_fields = ["email", "first_name", "last_name"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        (_("Personal info"), {"fields": ["first_name", "last_name"]}),
        (
            _("Permissions"),
            {"fields": ["is_active", "is_staff", "is_superuser", "groups", "user_permissions"]},
        ),
        (_("Important dates"), {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [(None, {"classes": ["wide"], "fields": ["email", "password1", "password2"]})]


@admin.register(PractitionerProfile)
class PractitionerProfileAdmin(admin.ModelAdmin):
    list_display = ["display_name", "user", "profession", "career_stage", "verification_status"]
    list_filter = ["verification_status", "profession", "career_stage", "region"]
    search_fields = ["display_name", "user__email", "rpps"]
    list_select_related = ["user"]
    # Decisions go through the services (MFA, audit, notification), never through a raw edit.
    readonly_fields = ["verification_status", "verified_at", "verified_by", "rejection_reason"]
    actions = ["approve"]

    @admin.action(description=_("Verify the selected practitioners"))
    def approve(self, request, queryset):
        done = 0
        for profile in queryset:
            try:
                services.profile_verify(moderator=request.user, profile=profile, request=request)
                done += 1
            except (ValidationError, PermissionDenied) as exc:
                reason = " ".join(getattr(exc, "messages", [str(exc)]))
                self.message_user(request, f"{profile}: {reason}", messages.ERROR)
        if done:
            self.message_user(
                request,
                ngettext("%(n)d practitioner verified.", "%(n)d practitioners verified.", done)
                % {"n": done},
            )


@admin.register(CharterAcceptance)
class CharterAcceptanceAdmin(admin.ModelAdmin):
    list_display = ["user", "version", "accepted_at"]
    readonly_fields = ["user", "version", "accepted_at"]


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    list_display = [
        "occurred_at",
        "actor_label",
        "action",
        "target_type",
        "target_id",
        "ip_address",
    ]
    list_filter = ["action", "target_type"]
    search_fields = ["actor_label", "action", "target_id"]
    date_hierarchy = "occurred_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
