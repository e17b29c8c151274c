from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from accounts.choices import Role
from accounts.permissions import has_role

from . import admin_views
from .models import RequiredReading


class CourseReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser or has_role(request.user, Role.COURSE_EDITOR)


@hooks.register("register_admin_urls")
def register_course_report_url():
    return [path("reports/courses/", admin_views.course_report, name="courses_report")]


@hooks.register("register_reports_menu_item")
def register_course_report_menu_item():
    return CourseReportMenuItem(
        _("Courses"), reverse("courses_report"), name="courses-report", icon_name="table", order=50
    )


class RequiredReadingViewSet(SnippetViewSet):
    model = RequiredReading
    icon = "doc-full"
    menu_label = _("Required readings")
    list_display = ["framework", "digest_code", "note"]


register_snippet(RequiredReadingViewSet)
