"""Facet labels, unknown filter values, deep pages and the search-box suggestions over HTTP."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import translation

from accounts.choices import Specialty, Topic
from search import elastic
from search.db import DatabaseSearch
from search.models import Kind
from search.selectors import MAX_RESULT_WINDOW, search
from search.types import SearchRequest

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(add_entry, settings):
    settings.ELASTICSEARCH_URL = ""
    common = {"body": "Intelligence artificielle et télésurveillance.", "language": "fr"}
    add_entry(
        title="IA en cardiologie",
        specialty="cardiology",
        topics=["ai", "remote_monitoring"],
        frameworks=["dpc", "eaccme"],
        **common,
    )
    add_entry(title="IA et éthique", kind="digest", topics=["ethics"], **common)
    add_entry(title="Cas d'IA", kind="case", visibility="verified_only", topics=["ai"], **common)


def labels(results, facet):
    return {value.value: value.label for value in results.facets[facet]}


def test_it_labels_facets_from_the_shared_vocabularies(catalogue):
    results = search(user=AnonymousUser(), query="intelligence artificielle")

    assert labels(results, "topic") == {
        "ai": "Artificial intelligence",
        "remote_monitoring": "Remote monitoring",
        "ethics": "Ethics and responsibility",
    }
    assert labels(results, "specialty") == {"cardiology": "Cardiology and vascular diseases"}
    assert labels(results, "framework") == {"dpc": "DPC", "eaccme": "EACCME ECMEC®"}
    assert labels(results, "kind") == {"course": "Course", "digest": "Study digest"}
    assert labels(results, "language") == {"fr": "French"}


def test_it_translates_facet_labels(catalogue, client):
    with translation.override("fr"):  # the labels are the vocabularies' lazy translations
        results = search(user=AnonymousUser(), query="intelligence artificielle")
        assert labels(results, "topic")["ai"] == str(Topic.AI.label)
        assert labels(results, "kind")["digest"] == str(Kind.DIGEST.label)
        assert labels(results, "specialty")["cardiology"] == str(Specialty.CARDIOLOGY.label)

    page = client.get("/search/", {"q": "intelligence"}, HTTP_ACCEPT_LANGUAGE="fr").content
    assert b'name="topic" value="ai"' in page
    assert "DPC" in page.decode()


def test_it_ignores_and_reports_unknown_facet_values(catalogue, client):
    results = search(
        user=AnonymousUser(),
        query="intelligence",
        filters={"topic": ["ai", "astrology"], "kind": ["blog"], "colour": ["blue"]},
    )

    assert results.total == 1  # topic=ai applied, the rest dropped
    assert results.messages == ["Unknown filters were ignored: astrology, blog, colour."]
    html = client.get("/search/", {"q": "intelligence", "topic": "astrology"}).content.decode()
    assert "Unknown filters were ignored: astrology." in html


@pytest.mark.parametrize("page", ["501", "10" * 20, " 7 ", "1e3", "٣"])
def test_it_answers_any_page_number(catalogue, client, page):
    response = client.get("/search/", {"q": "intelligence", "page": page})

    assert response.status_code == 200
    assert "IA en cardiologie" in response.content.decode()


def test_it_never_asks_a_backend_for_a_page_beyond_the_result_window(catalogue, monkeypatch):
    asked = []
    original = DatabaseSearch.search

    def recording(self, request, *, page, per_page):
        asked.append(page * per_page)
        return original(self, request, page=page, per_page=per_page)

    monkeypatch.setattr(DatabaseSearch, "search", recording)
    results = search(user=AnonymousUser(), query="intelligence", page=10**30)

    assert asked[0] <= MAX_RESULT_WINDOW  # what Elasticsearch accepts as from + size
    assert results.page == 1
    assert results.messages == ["That page does not exist; here is the last page."]


def test_the_suggester_never_offers_a_case_to_someone_who_may_not_see_cases(catalogue, client, bob):
    anonymous = client.get("/search/suggest", {"q": "ia"}).json()["suggestions"]
    client.force_login(bob)  # pending verification
    pending = client.get("/search/suggest", {"q": "ia"}).json()["suggestions"]

    assert sorted(anonymous) == ["IA en cardiologie", "IA et éthique"]
    assert pending == anonymous


def test_the_suggester_folds_accents(catalogue, client):
    assert client.get("/search/suggest", {"q": "ethiq"}).json() == {
        "suggestions": ["IA et éthique"]
    }
    assert client.get("/search/suggest", {"q": "%_"}).json() == {"suggestions": []}


def test_every_page_has_a_header_search_box_with_suggestions(client):
    html = client.get("/search/").content.decode()

    assert 'id="header-q"' in html
    assert 'data-suggest-url="/search/suggest"' in html.split('id="header-q"', 1)[1][:400]
    assert "search/suggest.js" in html
    assert html.count("search/suggest.js") == 1


def test_the_elasticsearch_correction_is_checked_against_what_the_user_may_see():
    request = SearchRequest(query="pneumotorax", visibilities=("public",))

    phrase = elastic.build_search(request, page=1, per_page=20).to_dict()["suggest"]
    collate = phrase["did_you_mean"]["phrase"]["collate"]

    assert phrase["did_you_mean"]["text"] == "pneumotorax"
    assert collate["prune"] is False
    assert {"terms": {"visibility": ["public"]}} in collate["query"]["source"]["bool"]["filter"]
    assert {"term": {"published": True}} in collate["query"]["source"]["bool"]["filter"]
