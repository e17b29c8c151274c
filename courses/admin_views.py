"""The editor report, inside the Wagtail admin."""

from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse

from . import selectors, services


def course_report(request):
    try:
        services.check_can_edit_courses(request.user)
    except PermissionDenied:
        raise
    rows = selectors.course_report()
    selected = request.GET.get("course", "")
    comments = []
    if selected.isdigit():
        comments = selectors.course_report_comments(course_id=int(selected))
    return TemplateResponse(
        request,
        "courses/admin/report.html",
        {"rows": rows, "comments": comments, "selected": selected},
    )
