from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.forms.models import BaseInlineFormSet
from django.utils.translation import gettext_lazy as _

from . import services
from .models import (
    Activity,
    Category,
    Designation,
    ExternalActivity,
    Framework,
    LedgerEntry,
    Requirement,
    UserFramework,
)


class CategoryInline(admin.TabularInline):
    model = Category
    extra = 0


class RequirementInline(admin.TabularInline):
    model = Requirement
    extra = 0


@admin.register(Framework)
class FrameworkAdmin(admin.ModelAdmin):
    list_display = ["name", "code", "cycle_years", "alt_cycle_years", "credit_step", "is_active"]
    list_editable = ["is_active"]
    inlines = [CategoryInline, RequirementInline]


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["name", "framework", "kind", "cap_per_cycle"]
    list_filter = ["framework", "kind"]


@admin.register(Requirement)
class RequirementAdmin(admin.ModelAdmin):
    list_display = ["__str__", "framework", "kind", "category", "min_count", "min_credits"]
    list_filter = ["framework"]


class DesignationFormSet(BaseInlineFormSet):
    """Say it on the form: a designation that has awarded credit can no longer change."""

    def clean(self):
        super().clean()
        frozen = _("This designation has already awarded credit and can no longer be changed.")
        for form in self.forms:
            designation = form.instance
            if designation.pk is None or not designation.has_awarded():
                continue
            if form.has_changed() or self._should_delete_form(form):
                form.add_error(None, frozen)
                raise ValidationError(frozen)


class DesignationInline(admin.TabularInline):
    model = Designation
    formset = DesignationFormSet
    extra = 0


@admin.register(Activity)
class ActivityAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "provider", "opens_at", "expires_at", "national_priority"]
    list_filter = ["kind", "national_priority"]
    search_fields = ["title", "provider"]
    inlines = [DesignationInline]


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(LedgerEntry)
class LedgerEntryAdmin(ReadOnlyAdmin):
    """The ledger is append-only: awards and revocations go through the services."""

    list_display = ["pk", "user", "framework", "category", "kind", "amount", "earned_on"]
    list_filter = ["framework", "kind", "source"]
    search_fields = ["user__email", "activity__title"]
    list_select_related = ["user", "framework", "category"]
    date_hierarchy = "earned_on"
    actions = ["revoke"]

    @admin.action(description=_("Revoke the selected awards"))
    def revoke(self, request, queryset):
        for entry in queryset:
            try:
                services.credit_revoke(
                    entry=entry, by=request.user, reason="Revoked in the admin", request=request
                )
            except (ValidationError, PermissionDenied) as exc:
                reason = " ".join(getattr(exc, "messages", [str(exc)]))
                self.message_user(request, f"#{entry.pk}: {reason}", messages.ERROR)


@admin.register(ExternalActivity)
class ExternalActivityAdmin(ReadOnlyAdmin):
    list_display = ["title", "user", "framework", "amount", "status", "created_at"]
    list_filter = ["status", "framework"]


@admin.register(UserFramework)
class UserFrameworkAdmin(ReadOnlyAdmin):
    list_display = ["user", "framework", "cycle_start", "in_practice_2023"]
