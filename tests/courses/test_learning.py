"""Enrolment, progress and resume, and what a learner not enrolled sees."""

from courses.models import Enrolment, LessonProgress
from tests.courses.helpers import complete_lessons, enrol, follow_messages, lessons_of


def test_it_shows_faculty_disclosures_dates_and_credits_before_starting(client, course):
    html = client.get(course.url).content.decode()
    assert "Dr Fictive Example" in html and "Disclosures:" in html and "None." in html
    assert "Credit until" in html and "Last reviewed" in html
    assert "Certification périodique" in html
    assert "Sign in to enrol" in html


def test_it_enrols_once_and_says_so(client, course, learner):
    client.force_login(learner)
    html = follow_messages(client, enrol(client, course))
    assert "You are enrolled." in html
    html = follow_messages(client, enrol(client, course))
    assert "You were already enrolled." in html
    assert Enrolment.objects.filter(user=learner, course=course).count() == 1


def test_it_asks_to_enrol_before_showing_a_lesson(client, course, learner):
    lesson = lessons_of(course)[0]
    response = client.get(lesson.url)
    assert response.status_code == 200
    assert "Sign in to enrol" in response.content.decode()
    client.force_login(learner)
    html = client.get(lesson.url).content.decode()
    assert "not enrolled in" in html and "Enrol in this course" in html
    assert "Check your understanding" not in html
    # Completing a lesson without enrolment is refused with a message, nothing recorded.
    html = follow_messages(client, client.post(lesson.url + "complete/"))
    assert "Enrol in this course first." in html
    assert not LessonProgress.objects.exists()
    # The enrol button on the lesson leads back to that lesson.
    response = client.post(course.url + "enrol/", {"next_lesson": lesson.pk})
    assert response["Location"] == lesson.url
    assert "Check your understanding" in client.get(lesson.url).content.decode()


def test_it_tracks_progress_and_resumes_where_the_learner_left_off(client, course, learner):
    client.force_login(learner)
    enrol(client, course)
    first, second, third = lessons_of(course)
    html = client.get(course.url).content.decode()
    assert "0 of 3 lessons done" in html and f"Start the first lesson: {first.title}" in html

    response = client.post(first.url + "complete/")
    assert response["Location"] == second.url
    html = client.get(course.url).content.decode()
    assert "1 of 3 lessons done" in html
    assert f"Continue where you left off: {second.title}" in html
    assert 'value="33"' in html  # the progress bar

    client.get(third.url)  # jumped ahead: resume there
    assert f"Continue where you left off: {third.title}" in client.get(course.url).content.decode()

    complete_lessons(client, course)
    html = client.get(course.url).content.decode()
    assert "3 of 3 lessons done" in html and "take it (2 attempts left)" in html


def test_knowledge_checks_give_feedback_per_option(client, course, learner):
    client.force_login(learner)
    enrol(client, course)
    lesson = lessons_of(course)[0]
    block = next(b for b in lesson.body if b.block_type == "knowledge_check")
    wrong = next(o for o in block.value["options"].bound_blocks if not o.value["correct"])
    html = client.get(lesson.url).content.decode()
    assert "No, because." not in html  # no feedback before answering
    response = client.post(lesson.url + "check/", {"block": block.id, "option": [wrong.id]})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Not quite." in html and "No, because." in html and "Yes, because." in html
    response = client.post(lesson.url + "check/", {"block": block.id})
    assert "Choose an answer first." in response.content.decode()
