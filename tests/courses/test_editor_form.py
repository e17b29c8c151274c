"""The course editor in Wagtail: frozen designations are refused with a clear message."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from accounts.choices import Role
from courses.models import CoursePage
from credits.models import Designation
from tests.factories import UserFactory, add_role, enable_totp


def _list(values):
    return {
        "count": len(values),
        **{
            str(i): {"value": v, "deleted": "", "order": str(i), "id": ""}
            for i, v in enumerate(values)
        },
    }


def _post_data(page, *, dpc_max: str):
    faculty = [
        {
            "id": f.pk,
            "name": f.name,
            "credentials": f.credentials,
            "role": f.role,
            "disclosures": f.disclosures,
        }
        for f in page.faculty.all()
    ]
    designations = [
        {
            "id": d.pk,
            "framework": d.framework_id,
            "category": d.category_id,
            "max_credits": dpc_max if d.framework.code == "dpc" else str(d.max_credits),
        }
        for d in page.designations.select_related("framework")
    ]
    question = {
        "text": "Q?",
        "multiple": "",
        "explanation": "Because.",
        "options": _list([{"text": "A", "correct": "on"}, {"text": "B", "correct": ""}]),
    }
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "code": page.code,
            "language": page.language,
            "summary": page.summary,
            "audience": page.audience,
            "objectives": page.objectives,
            "topics": page.topics,
            "format": page.format,
            "provider": page.provider,
            "estimated_minutes": page.estimated_minutes,
            "release_date": page.release_date.isoformat(),
            "last_review_date": page.last_review_date.isoformat(),
            "expiry_date": page.expiry_date.isoformat(),
            "pass_mark": page.pass_mark,
            "max_attempts": page.max_attempts,
            "faculty": inline_formset(faculty, initial=len(faculty)),
            "designations": inline_formset(designations, initial=len(designations)),
            "assessment": streamfield([("question", question)]),
            "change_summary": "",
        }
    )


def test_the_editor_is_told_why_designations_cannot_change_once_open(client, course):
    editor = UserFactory()
    add_role(editor, Role.COURSE_EDITOR)
    enable_totp(editor)
    client.force_login(editor)
    url = f"/cms/pages/{course.pk}/edit/"

    response = client.post(url, _post_data(course, dpc_max="3"))
    assert response.status_code == 200  # the form comes back with the message
    html = response.content.decode()
    assert "Designated credits are frozen since the activity opened" in html
    assert Designation.objects.get(framework__code="dpc").max_credits == 1.5

    # Unchanged designations: the edit saves.
    response = client.post(url, _post_data(course, dpc_max="1.50"))
    assert response.status_code == 302
    assert CoursePage.objects.get(pk=course.pk).get_latest_revision().content["summary"]
