from courses.models import AssessmentAttempt, LessonPage


def lessons_of(course):
    return list(LessonPage.objects.child_of(course).live().order_by("path"))


def enrol(client, course):
    return client.post(course.url + "enrol/")


def complete_lessons(client, course, count=None):
    for lesson in lessons_of(course)[:count]:
        response = client.post(lesson.url + "complete/")
        assert response.status_code == 302


def start_attempt(client, course) -> AssessmentAttempt:
    response = client.post(course.url + "assessment/", {"action": "start"})
    assert response.status_code == 302
    return AssessmentAttempt.objects.filter(enrolment__course=course).order_by("-pk").first()


def answers(attempt, *, right=True, wrong_questions=0) -> dict:
    data = {"action": "submit", "attempt": attempt.pk}
    for n, question in enumerate(attempt.questions):
        correct = [o["id"] for o in question["options"] if o["correct"]]
        wrong = [o["id"] for o in question["options"] if not o["correct"]][:1]
        data[f"q-{question['id']}"] = correct if right and n >= wrong_questions else wrong
    return data


def pass_assessment(client, course):
    attempt = start_attempt(client, course)
    response = client.post(course.url + "assessment/", answers(attempt))
    assert response.status_code == 302
    attempt.refresh_from_db()
    assert attempt.passed
    return attempt


EVALUATION = {
    "relevance": "5",
    "balance": "balanced",
    "practice_change": "yes",
    "practice_change_text": "Check the calibration of scores before using them.",
}


def evaluate(client, course):
    return client.post(course.url + "evaluation/", EVALUATION)


def attest(client, course, hours="1.5"):
    return client.post(course.url + "attestation/", {"hours": hours, "attest": "on"})


def messages_of(response) -> list[str]:
    return [str(m) for m in response.context["messages"]] if response.context else []


def follow_messages(client, response) -> str:
    """The text of the page a redirect leads to (messages included)."""
    assert response.status_code == 302, response.status_code
    return client.get(response["Location"]).content.decode()
