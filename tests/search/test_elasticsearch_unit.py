"""The Elasticsearch mapping, analyzers and request bodies, checked without a cluster."""

import pytest
from django.contrib.auth.models import Group

from search import elastic
from search.documents import SearchEntryDocument
from search.models import SearchEntry
from search.text import MARK_CLOSE, MARK_OPEN
from search.types import SearchRequest

PUBLIC = ("public",)


def body(request: SearchRequest, page: int = 1, per_page: int = 20) -> dict:
    return elastic.build_search(request, page=page, per_page=per_page).to_dict()


def test_it_maps_text_with_french_and_english_sub_fields():
    index = SearchEntryDocument._index.to_dict()
    properties = index["mappings"]["properties"]

    for field in ("title", "body"):
        assert properties[field]["analyzer"] == "compagnon_folding"
        assert properties[field]["fields"]["fr"]["analyzer"] == "compagnon_french"
        assert properties[field]["fields"]["en"]["analyzer"] == "compagnon_english"
    for field in ("kind", "specialty", "topics", "frameworks", "language", "visibility"):
        assert properties[field]["type"] == "keyword"
    assert properties["published"]["type"] == "boolean"
    assert properties["url"] == {"type": "keyword", "index": False}
    assert properties["suggest"]["type"] == "completion"
    assert properties["suggest"]["contexts"] == [
        {"name": "visibility", "type": "category", "path": "visibility"}
    ]


def test_it_defines_the_french_analyzer_with_elision_folding_and_stemming():
    analysis = SearchEntryDocument._index.to_dict()["settings"]["analysis"]

    french = analysis["analyzer"]["compagnon_french"]
    assert french["tokenizer"] == "standard"
    assert french["filter"] == [
        "compagnon_french_elision",
        "lowercase",
        "compagnon_french_stop",
        "asciifolding",
        "compagnon_french_stemmer",
    ]
    assert analysis["filter"]["compagnon_french_elision"]["type"] == "elision"
    assert "l" in analysis["filter"]["compagnon_french_elision"]["articles"]
    assert analysis["filter"]["compagnon_french_stemmer"] == {
        "type": "stemmer",
        "language": "light_french",
    }
    english = analysis["analyzer"]["compagnon_english"]
    assert "asciifolding" in english["filter"]
    assert analysis["filter"]["compagnon_english_stemmer"]["language"] == "english"


def test_it_puts_the_permission_filter_in_every_query():
    anonymous = body(SearchRequest(query="sepsis", visibilities=PUBLIC))
    verified = body(SearchRequest(query="sepsis", visibilities=("public", "verified_only")))

    assert {"term": {"published": True}} in anonymous["query"]["bool"]["filter"]
    assert {"terms": {"visibility": ["public"]}} in anonymous["query"]["bool"]["filter"]
    assert {"terms": {"visibility": ["public", "verified_only"]}} in verified["query"]["bool"][
        "filter"
    ]


def test_it_queries_every_language_field_with_a_syntax_proof_query():
    query = 'cardiaque" AND (NOT * : ^'
    search = body(SearchRequest(query=query, visibilities=PUBLIC))

    must = search["query"]["bool"]["must"][0]["simple_query_string"]
    assert must["query"] == query
    assert must["default_operator"] == "and"
    assert set(must["fields"]) >= {"title.fr^3", "title.en^3", "body.fr", "body.en"}


def test_it_asks_for_facets_highlights_suggestions_and_a_page():
    search = body(
        SearchRequest(query="ia", visibilities=PUBLIC, filters={"topic": ("ai",)}),
        page=3,
        per_page=10,
    )

    assert search["aggs"]["topic"]["aggs"] == {"values": {"terms": {"field": "topics", "size": 50}}}
    assert set(search["aggs"]) == {"kind", "specialty", "topic", "framework", "language"}
    assert search["post_filter"] == {"bool": {"filter": [{"terms": {"topics": ["ai"]}}]}}
    assert search["highlight"]["pre_tags"] == [MARK_OPEN]
    assert search["highlight"]["post_tags"] == [MARK_CLOSE]
    assert "body.fr" in search["highlight"]["fields"]
    assert search["suggest"]["did_you_mean"]["phrase"]["field"] == "title"
    assert (search["from"], search["size"]) == (20, 10)
    assert search["track_total_hits"] is True


def test_it_counts_each_facet_under_the_other_facets_filters():
    search = body(
        SearchRequest(
            query="ia",
            visibilities=PUBLIC,
            filters={"kind": ("course",), "topic": ("ai", "ethics")},
        )
    )

    kind, topic = {"terms": {"kind": ["course"]}}, {"terms": {"topics": ["ai", "ethics"]}}
    assert search["post_filter"] == {"bool": {"filter": [kind, topic]}}
    assert search["aggs"]["kind"]["filter"] == {"bool": {"filter": [topic]}}
    assert search["aggs"]["topic"]["filter"] == {"bool": {"filter": [kind]}}
    assert search["aggs"]["language"]["filter"] == {"bool": {"filter": [kind, topic]}}
    # Permissions stay in the query: they bound the hits and every count.
    assert {"terms": {"visibility": ["public"]}} in search["query"]["bool"]["filter"]


def test_it_lists_recent_entries_without_a_query():
    search = body(SearchRequest(query="", visibilities=PUBLIC, filters={"kind": ("digest",)}))

    assert search["sort"] == [{"updated_at": {"order": "desc"}}]
    assert "highlight" not in search


def test_it_completes_from_any_word_of_a_title():
    from search.documents import completion_inputs

    assert completion_inputs("Télésurveillance de l'insuffisance cardiaque") == [
        "Télésurveillance de l' insuffisance cardiaque",
        "de l' insuffisance cardiaque",
        "l' insuffisance cardiaque",
        "insuffisance cardiaque",
        "cardiaque",
    ]
    assert len(completion_inputs("un deux trois quatre cinq six sept huit neuf dix")) == 8


def test_it_filters_completion_suggestions_by_visibility():
    search = elastic.build_completion("télé", PUBLIC).to_dict()

    completion = search["suggest"]["titles"]["completion"]
    assert completion["field"] == "suggest"
    assert completion["contexts"] == {"visibility": ["public"]}


@pytest.mark.django_db
def test_it_turns_an_entry_into_a_document():
    group = Group.objects.create(name="stand-in")
    entry = SearchEntry.objects.create(
        content_type="auth.group",
        object_id=str(group.pk),
        kind="case",
        title="Cas",
        body="Texte",
        language="fr",
        url="/cases/1/",
        topics=["ai"],
        visibility="verified_only",
    )

    document = SearchEntryDocument.from_entry(entry).to_dict(include_meta=True)

    assert document["_id"] == f"auth.group:{group.pk}"
    assert document["_source"]["suggest"] == {
        "input": ["Cas"],
        "contexts": {"visibility": ["verified_only"]},
    }
    assert document["_source"]["visibility"] == "verified_only"


class _Answer:
    """Stands in for a cluster: `.using(client).execute()` returns this raw response."""

    def __init__(self, search, raw):
        from elasticsearch_dsl.response import Response

        self.response = Response(search, raw)

    def using(self, client):
        return self

    def execute(self):
        return self.response


def test_it_shows_whole_titles_from_completion_options(monkeypatch, settings):
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"  # a client is made, never used
    search = elastic.build_completion("insuff", PUBLIC)
    option = {"text": "insuffisance cardiaque", "_source": {"title": "L'insuffisance cardiaque"}}
    raw = {
        "hits": {"total": {"value": 0}, "hits": []},
        "suggest": {"titles": [{"text": "insuff", "options": [option, option]}]},
    }
    monkeypatch.setattr(elastic, "build_completion", lambda p, v: _Answer(search, raw))

    assert elastic.suggest_titles("insuff", PUBLIC) == ["L'insuffisance cardiaque"]


@pytest.mark.parametrize(("total", "expected"), [(0, "pneumothorax spontané"), (3, None)])
def test_it_offers_a_correction_only_when_nothing_was_found(total, expected):
    search = elastic.build_search(
        SearchRequest(query="pneumotorax spontané", visibilities=PUBLIC), page=1, per_page=20
    )
    from elasticsearch_dsl.response import Response

    raw = {
        "hits": {"total": {"value": total}, "hits": []},
        "suggest": {
            "did_you_mean": [
                {"text": "pneumotorax spontané", "options": [{"text": "pneumothorax spontané"}]}
            ]
        },
    }

    assert elastic._suggestion(Response(search, raw), "pneumotorax spontané") == expected
