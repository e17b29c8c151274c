"""Category labels on French pages: descriptive ones are translated, official names are kept.

"Self-directed learning" (AMA PRA Category 2) is a plain description, so French pages say
"Apprentissage autonome"; the framework's name, "AMA PRA Category 2 Credit™", is a trademarked
designation and stays as the AMA writes it. The French frameworks' categories are already in
their official French wording and show as is in both languages.
"""

import pytest

from credits import services

pytestmark = pytest.mark.django_db


@pytest.fixture
def alice_self_directed(alice, frameworks, make_activity, award):
    """Alice follows AMA PRA Category 2 and claimed 80 self-directed credits: 60 count (cap)."""
    services.user_framework_set(user=alice, framework=frameworks["ama-pra-2"])
    for title in ("Reading A", "Reading B"):
        activity = make_activity([("ama-pra-2", "self-directed", "40")], title=title)
        award(alice, activity, framework_code="ama-pra-2", amount="40")
    return alice


@pytest.fixture
def french_client(client, settings):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "fr"
    return client


def test_it_translates_a_descriptive_category_on_the_french_dashboard(
    french_client, alice_self_directed
):
    french_client.force_login(alice_self_directed)
    page = french_client.get("/credits/").content.decode()
    assert '<html lang="fr">' in page
    assert "<li>Apprentissage autonome: " in page  # "Caps applied"
    assert "Self-directed learning" not in page
    assert "AMA PRA Category 2 Credit™" in page


def test_it_translates_descriptive_categories_on_the_french_transcript(
    french_client, alice_self_directed, make_activity, award
):
    bloc = make_activity([("certification-periodique", "bloc-1", "2")], title="IA")
    award(alice_self_directed, bloc, amount="2")
    french_client.force_login(alice_self_directed)
    page = french_client.get("/credits/transcript/").content.decode()
    assert '<th scope="row">Apprentissage autonome</th>' in page  # totals per category
    assert "<td>Apprentissage autonome</td>" in page  # each ledger entry
    assert '<th scope="row">Self-directed learning</th>' not in page
    assert "<td>Self-directed learning</td>" not in page
    # Official names stay as their owners write them.
    assert "AMA PRA Category 2 Credit™" in page
    assert "Bloc 1 — Actualiser ses connaissances et ses compétences" in page


def test_it_keeps_the_english_label_on_english_pages(client, alice_self_directed):
    client.force_login(alice_self_directed)
    page = client.get("/credits/transcript/").content.decode()
    assert "<td>Self-directed learning</td>" in page
    assert "Apprentissage autonome" not in page


def test_a_certificate_shows_its_categories_in_the_readers_language_and_signs_english(
    client, settings, alice_self_directed
):
    activity = alice_self_directed.credit_entries.first().activity
    certificate = services.certificate_issue(user=alice_self_directed, activity=activity)
    assert certificate.credits[0]["category"] == "Self-directed learning"  # stored as issued

    french = services.certificate_data(certificate, language="fr", verify_url="https://x")
    english = services.certificate_data(certificate, language="en", verify_url="https://x")
    assert french.credits[0].category == "Apprentissage autonome"
    assert english.credits[0].category == "Self-directed learning"

    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "fr"
    page = client.get(f"/verify/{certificate.code}/").content.decode()
    assert "Apprentissage autonome" in page and "Self-directed learning" not in page
