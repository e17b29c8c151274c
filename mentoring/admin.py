from django.contrib import admin

from .models import (
    CohortRun,
    Conflict,
    LogbookEntry,
    MenteeProfile,
    MentoringSession,
    MentorProfile,
    Mentorship,
    MentorshipRequest,
)


@admin.register(MentorProfile)
class MentorProfileAdmin(admin.ModelAdmin):
    list_display = ("user", "is_active", "capacity", "active_mentees", "region", "modality")
    list_filter = ("is_active", "modality", "region")
    search_fields = ("user__email", "user__profile__display_name")
    readonly_fields = ("active_mentees",)
    raw_id_fields = ("user",)
    list_select_related = ("user__profile",)


@admin.register(MenteeProfile)
class MenteeProfileAdmin(admin.ModelAdmin):
    list_display = ("user", "is_active", "modality")
    list_filter = ("is_active",)
    search_fields = ("user__email", "user__profile__display_name")
    raw_id_fields = ("user",)
    list_select_related = ("user__profile",)


@admin.register(Conflict)
class ConflictAdmin(admin.ModelAdmin):
    list_display = ("declared_by", "other", "created_at")
    raw_id_fields = ("declared_by", "other")


@admin.register(MentorshipRequest)
class MentorshipRequestAdmin(admin.ModelAdmin):
    list_display = ("mentee", "mentor", "status", "created_at", "expires_at")
    list_filter = ("status",)
    raw_id_fields = ("mentee", "mentor", "cohort_run")
    # State changes go through the services (capacity, expiry); the admin only reads.
    readonly_fields = ("status", "decided_at")


@admin.register(Mentorship)
class MentorshipAdmin(admin.ModelAdmin):
    list_display = ("mentor", "mentee", "status", "starts_on", "ends_on")
    list_filter = ("status",)
    raw_id_fields = ("mentor", "mentee", "request", "cohort_run")
    readonly_fields = ("status", "mentor", "mentee")


@admin.register(MentoringSession)
class MentoringSessionAdmin(admin.ModelAdmin):
    list_display = ("mentorship", "starts_at", "ends_at", "status")
    list_filter = ("status",)
    raw_id_fields = ("mentorship", "proposed_by")


@admin.register(LogbookEntry)
class LogbookEntryAdmin(admin.ModelAdmin):
    list_display = ("mentorship", "skill", "performed_on", "level", "mentor_level", "status")
    list_filter = ("status",)
    raw_id_fields = ("mentorship", "session")


@admin.register(CohortRun)
class CohortRunAdmin(admin.ModelAdmin):
    list_display = ("created_at", "status", "outcome", "total_score", "greedy_total_score")
    readonly_fields = ("weights", "unmatched")
