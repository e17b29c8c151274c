"""Django admin for cases: a window on the data, every decision through the services.

Status fields are read-only (publishing is `case_submit`/`case_approve`), and editing the text
of a published case re-runs the de-identification gate before anything is saved."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext_lazy as _

from . import services
from .models import Case, CaseStatus, Flag, Reply, Report


class CaseAdminForm(forms.ModelForm):
    class Meta:
        model = Case
        fields = "__all__"  # noqa: DJ007 — every field; the gate runs in _post_clean

    def _post_clean(self):
        super()._post_clean()
        if self.instance.status == CaseStatus.PUBLISHED:
            problems = services.gate_problems(case=self.instance)
            if problems:
                self.add_error(
                    None,
                    _("Possible identifiers must be resolved first: %(items)s")
                    % {"items": ", ".join(f"{field}: {span.label}" for field, span in problems)},
                )


class FlagInline(admin.TabularInline):
    model = Flag
    extra = 0
    can_delete = False
    fields = ["field", "label", "resolution", "replacement", "reason", "resolved_at"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False


def _run(modeladmin, request, queryset, action, done_message):
    done = 0
    for obj in queryset:
        try:
            action(obj)
            done += 1
        except (ValidationError, PermissionDenied) as exc:
            reason = " ".join(getattr(exc, "messages", [str(exc)]))
            modeladmin.message_user(request, f"#{obj.pk}: {reason}", messages.ERROR)
    if done:
        modeladmin.message_user(request, done_message % {"n": done})


@admin.register(Case)
class CaseAdmin(admin.ModelAdmin):
    form = CaseAdminForm
    list_display = ["pk", "title", "specialty", "status", "author", "last_activity_at"]
    list_filter = ["status", "specialty", "solved"]
    search_fields = ["title"]
    list_select_related = ["author"]
    inlines = [FlagInline]
    readonly_fields = [
        "author",
        "status",
        "consent_basis",
        "attested_at",
        "charter_version",
        "submitted_at",
        "published_at",
        "moderation_reasons",
        "decided_by",
        "decided_at",
        "decision_reason",
        "retracted_at",
        "retracted_by",
        "outcome_at",
        "last_activity_at",
        "created_at",
        "updated_at",
    ]
    actions = ["approve", "retract"]

    def has_add_permission(self, request):
        return False  # cases are written by their authors, through the gate

    @admin.action(description=_("Approve and publish the selected cases"))
    def approve(self, request, queryset):
        _run(
            self,
            request,
            queryset,
            lambda case: services.case_approve(moderator=request.user, case=case, request=request),
            _("%(n)d case(s) published."),
        )

    @admin.action(description=_("Retract the selected cases (text and images deleted)"))
    def retract(self, request, queryset):
        _run(
            self,
            request,
            queryset,
            lambda case: services.case_retract(
                user=request.user, case=case, reason="admin", request=request
            ),
            _("%(n)d case(s) retracted."),
        )


@admin.register(Reply)
class ReplyAdmin(admin.ModelAdmin):
    list_display = ["pk", "case", "author", "status", "helpful", "created_at"]
    list_filter = ["status", "helpful"]
    readonly_fields = ["case", "author", "body", "html", "status", "held_spans", "helpful"]
    fields = readonly_fields
    actions = ["hide"]

    def has_add_permission(self, request):
        return False

    @admin.action(description=_("Hide the selected replies"))
    def hide(self, request, queryset):
        _run(
            self,
            request,
            queryset,
            lambda reply: services.reply_hide(
                moderator=request.user, reply=reply, reason="admin", request=request
            ),
            _("%(n)d reply(ies) hidden."),
        )


@admin.register(Report)
class ReportAdmin(admin.ModelAdmin):
    list_display = ["pk", "case", "reply", "reporter", "status", "created_at"]
    list_filter = ["status"]
    readonly_fields = ["case", "reply", "reporter", "reason", "status", "decided_by", "decided_at"]

    def has_add_permission(self, request):
        return False
