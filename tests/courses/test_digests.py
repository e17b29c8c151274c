"""Study digests: the comprehension check earns reading credit; required readings."""

from courses.models import DigestReading, RequiredReading
from credits import services as credits_services
from credits.models import Certificate, LedgerEntry
from tests.courses.helpers import follow_messages


def _answers(digest, right=True):
    from courses.services import digest_questions

    data = {}
    for q in digest_questions(digest):
        options = [o["id"] for o in q["options"] if o["correct"] == right]
        data[f"q-{q['id']}"] = options if right else options[:1]
    return data


CLAIM = {"relevance": "4", "balance": "balanced", "hours": "0.5", "attest": "on"}


def test_reading_credit_needs_the_check_then_is_awarded_once(client, make_digest, learner):
    digest = make_digest()
    client.force_login(learner)
    html = follow_messages(client, client.post(digest.url + "claim/", CLAIM))
    assert "Pass the comprehension check before claiming reading credit." in html

    response = client.post(digest.url + "check/", _answers(digest, right=False))
    assert "Not passed" in response.content.decode()
    assert "Explanation" not in response.content.decode()  # answers stay hidden until passed
    response = client.post(digest.url + "check/", _answers(digest))
    html = response.content.decode()
    assert "3 of 3 correct." in html and "Explanation 1" in html
    assert DigestReading.objects.get(user=learner).attempts == 2

    response = client.post(digest.url + "claim/", {**CLAIM, "hours": "1"})
    assert response.status_code == 400
    assert "At most 0.5 hours" in response.content.decode()
    html = follow_messages(client, client.post(digest.url + "claim/", CLAIM))
    assert "reading credit is recorded" in html
    follow_messages(client, client.post(digest.url + "claim/", CLAIM))
    assert LedgerEntry.objects.filter(user=learner).count() == 2
    assert Certificate.objects.filter(user=learner).count() == 1


def test_a_framework_lists_required_readings_on_the_digest_and_dashboard(
    client, make_digest, learner, frameworks
):
    digest = make_digest()
    framework = frameworks["certification-periodique"]
    RequiredReading.objects.create(framework=framework, digest_code=digest.code, note="")
    html = client.get(digest.url).content.decode()
    assert "Required reading for Certification périodique." in html
    credits_services.user_framework_set(user=learner, framework=framework)
    client.force_login(learner)
    html = client.get("/credits/").content.decode()
    assert "My learning" in html and "Required readings still to do" in html
    assert digest.title in html
