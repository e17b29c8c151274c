"""Final assessment: server-side grading, randomised order, no answers in the page, tampering,
double submission and the attempts limit."""

import pytest

from courses.models import AssessmentAttempt
from courses.services import grade
from tests.courses.helpers import (
    answers,
    complete_lessons,
    enrol,
    follow_messages,
    start_attempt,
)


@pytest.fixture
def ready(client, course, learner):
    client.force_login(learner)
    enrol(client, course)
    complete_lessons(client, course)
    return course


def test_it_grades_multiple_answer_questions_only_when_exactly_right():
    questions = [
        {
            "id": "q1",
            "text": "",
            "multiple": False,
            "explanation": "",
            "options": [
                {"id": "a", "correct": True, "text": ""},
                {"id": "b", "correct": False, "text": ""},
            ],
        },
        {
            "id": "q2",
            "text": "",
            "multiple": True,
            "explanation": "",
            "options": [
                {"id": "c", "correct": True, "text": ""},
                {"id": "d", "correct": True, "text": ""},
                {"id": "e", "correct": False, "text": ""},
            ],
        },
    ]
    assert grade(questions, {"q1": ["a"], "q2": ["c", "d"]})[0] == 2
    assert grade(questions, {"q1": ["a"], "q2": ["c"]})[0] == 1  # no partial credit
    assert grade(questions, {"q1": ["a"], "q2": ["c", "d", "e"]})[0] == 1
    assert grade(questions, {"q1": ["b"], "q2": ["d", "c"]})[0] == 1


def test_it_refuses_the_assessment_before_every_lesson_is_done(client, course, learner):
    client.force_login(learner)
    enrol(client, course)
    complete_lessons(client, course, count=2)
    html = follow_messages(client, client.post(course.url + "assessment/", {"action": "start"}))
    assert "Complete every lesson before the final assessment." in html
    assert not AssessmentAttempt.objects.exists()


def test_it_never_sends_the_answers_before_submission(client, ready):
    attempt = start_attempt(client, ready)
    html = client.get(ready.url + "assessment/").content.decode()
    assert "no partial credit" in html  # the rule is stated
    for question in attempt.questions:
        assert question["text"] in html
        assert question["explanation"] not in html
    assert "right answer" not in html and "Explanation" not in html
    assert "correct" not in html.lower().split("no partial credit")[1]


def test_it_randomises_the_order_per_attempt_and_keeps_it_server_side(client, ready):
    attempt = start_attempt(client, ready)
    # The same open attempt comes back on reload: the order is stored, not redrawn.
    assert start_attempt(client, ready).pk == attempt.pk
    html = client.get(ready.url + "assessment/").content.decode()
    positions = [html.index(q["text"]) for q in attempt.questions]
    assert positions == sorted(positions)
    ids = {q["id"] for q in attempt.questions}
    assert len(ids) == len(attempt.questions) == 4


def test_it_shows_results_and_explanations_after_submission(client, ready):
    attempt = start_attempt(client, ready)
    response = client.post(ready.url + "assessment/", answers(attempt, wrong_questions=1))
    html = client.get(response["Location"]).content.decode()
    attempt.refresh_from_db()
    assert attempt.score == 75 and attempt.passed  # pass mark 75
    assert "3 of 4 correct (75%)." in html and "Passed" in html
    assert "Explanation 1: A1 is right." in html and "right answer" in html


def test_it_rejects_tampered_ids_and_saves_nothing(client, ready):
    attempt = start_attempt(client, ready)
    data = answers(attempt)
    data["q-not-a-question"] = ["x"]
    html = follow_messages(client, client.post(ready.url + "assessment/", data))
    assert "do not match the questions of this attempt" in html
    data = answers(attempt)
    first = attempt.questions[0]["id"]
    data[f"q-{first}"] = ["forged-option"]
    html = follow_messages(client, client.post(ready.url + "assessment/", data))
    assert "do not match the questions of this attempt" in html
    response = client.post(ready.url + "assessment/", {**answers(attempt), "attempt": 999999})
    assert "does not exist or is not yours" in follow_messages(client, response)
    attempt.refresh_from_db()
    assert attempt.submitted_at is None and attempt.answers is None


def test_it_keeps_given_answers_when_one_is_missing(client, ready):
    attempt = start_attempt(client, ready)
    data = answers(attempt)
    missing = attempt.questions[1]["id"]
    del data[f"q-{missing}"]
    response = client.post(ready.url + "assessment/", data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Answer this question." in html
    kept = data[f"q-{attempt.questions[0]['id']}"][0]
    assert f'value="{kept}" id="o-{kept}" checked' in html
    attempt.refresh_from_db()
    assert attempt.submitted_at is None


def test_double_submission_of_an_attempt_is_idempotent(client, ready):
    attempt = start_attempt(client, ready)
    client.post(ready.url + "assessment/", answers(attempt, right=False))
    attempt.refresh_from_db()
    first = (attempt.score, attempt.submitted_at)
    response = client.post(ready.url + "assessment/", answers(attempt))  # resent, now "right"
    html = follow_messages(client, response)
    assert "already submitted" in html
    attempt.refresh_from_db()
    assert (attempt.score, attempt.submitted_at) == first and not attempt.passed
    assert AssessmentAttempt.objects.count() == 1


def test_it_stops_after_the_attempts_limit(client, ready):
    for _ in range(2):  # max_attempts = 2
        attempt = start_attempt(client, ready)
        client.post(ready.url + "assessment/", answers(attempt, right=False))
    html = follow_messages(client, client.post(ready.url + "assessment/", {"action": "start"}))
    assert "You have used all 2 attempts at this assessment." in html
    assert AssessmentAttempt.objects.count() == 2
    assert "no attempt left" in client.get(ready.url).content.decode()


def test_the_open_attempt_page_carries_no_answer_data(client, ready):
    attempt = start_attempt(client, ready)
    html = client.get(ready.url + "assessment/").content.decode()
    assert "true" not in html.lower().split("attempt 1 of 2")[1]
    for question in attempt.questions:
        for option in question["options"]:
            assert option["id"] in html
