"""The search page and the suggest endpoint through the HTTP client, and `search_index`."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command
from django.db import connection

from search.selectors import search

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(add_entry, settings):
    settings.ELASTICSEARCH_URL = ""
    add_entry(
        title="Télésurveillance de l'insuffisance cardiaque",
        body="Suivi des patients télésurveillés à domicile.",
        specialty="cardiology",
        topics=["telemedicine"],
        frameworks=["dpc"],
    )
    add_entry(title="AI sepsis score", kind="digest", language="en", topics=["ai"])
    add_entry(
        title="Cas: insuffisance cardiaque décompensée",
        kind="case",
        visibility="verified_only",
    )


def test_it_shows_highlighted_results_with_facets(client, catalogue):
    response = client.get("/search/", {"q": "insuffisance cardiaque"})

    html = response.content.decode()
    assert response.status_code == 200
    assert "<mark>insuffisance</mark>" in html
    assert 'name="kind" value="course"' in html
    assert 'name="specialty" value="cardiology"' in html
    assert "décompensée" not in html  # the case is for verified practitioners


def test_it_shows_cases_to_a_verified_practitioner(client, catalogue, alice):
    client.force_login(alice)

    response = client.get("/search/", {"q": "insuffisance cardiaque", "kind": "case"})

    assert "décompensée" in response.content.decode()


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"q": ""},
        {"q": "   "},
        {"q": "x" * 5000},
        {"q": "cardiaque " * 400},
        {"q": '"insuffisance'},
        {"q": "(cardiaque]] AND OR NOT *"},
        {"q": "title:sepsis NEAR(a b) ^2 {}"},
        {"q": "\"\" '' ; -- DROP TABLE search_searchentry"},
        {"q": "\x00\x01\ue000"},
        {"q": "AND"},
        {"q": "sepsis", "page": "9999"},
        {"q": "sepsis", "page": "-3"},
        {"q": "sepsis", "page": "abc"},
        {"q": "sepsis", "kind": "blog"},
        {"q": "sepsis", "topic": "<script>"},
        {"q": "sepsis", "language": "de", "specialty": "astrology"},
        {"q": "sepsis", "colour": "blue"},
    ],
)
def test_bad_input_never_fails(client, catalogue, params):
    response = client.get("/search/", params)

    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("</header>", 1)[1]


def test_it_says_when_the_query_was_shortened_or_filters_ignored(client, catalogue):
    long = client.get("/search/", {"q": "cardiaque " * 100}).content.decode()
    unknown = client.get("/search/", {"q": "sepsis", "kind": "blog"}).content.decode()
    last = client.get("/search/", {"q": "sepsis", "page": "50"}).content.decode()

    assert "shortened to its first 200 characters" in long
    assert "Unknown filters were ignored: blog." in unknown
    assert "here is the last page" in last
    assert "AI <mark>sepsis</mark> score" in last


def test_it_offers_a_correction(client, catalogue):
    response = client.get("/search/", {"q": "insufisance"})

    assert 'href="?q=insuffisance"' in response.content.decode()


def test_the_header_search_box_query_string_works(client, catalogue):
    response = client.get("/search/?q=sepsis&kind=digest&page=1")

    assert "AI <mark>sepsis</mark> score" in response.content.decode()


def test_suggest_returns_visible_titles_as_json(client, catalogue, alice):
    anonymous = client.get("/search/suggest", {"q": "insuff"}).json()
    client.force_login(alice)
    verified = client.get("/search/suggest", {"q": "insuff"}).json()

    assert anonymous == {"suggestions": ["Télésurveillance de l'insuffisance cardiaque"]}
    assert len(verified["suggestions"]) == 2
    assert client.get("/search/suggest", {"q": '"('}).json() == {"suggestions": []}


def test_a_search_costs_two_queries(catalogue, django_assert_num_queries):
    with django_assert_num_queries(3):  # + the framework names for the facet labels, cached
        search(user=AnonymousUser(), query="insuffisance cardiaque")
    with django_assert_num_queries(2):  # facets (and total), then the page of hits
        search(user=AnonymousUser(), query="insuffisance cardiaque")


def test_rebuild_restores_the_database_index(catalogue, capsys):
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:  # lose the FTS5 index
            cursor.execute(
                "INSERT INTO search_searchentry_fts(search_searchentry_fts) VALUES ('delete-all')"
            )
        assert search(user=AnonymousUser(), query="sepsis").total == 0

    call_command("search_index", "--rebuild")

    assert "database: 3 entries indexed" in capsys.readouterr().out
    assert search(user=AnonymousUser(), query="sepsis").total == 1
