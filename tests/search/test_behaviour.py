"""What a user gets from search, the same on every backend (see conftest.search_backend)."""

import html

import pytest
from django.contrib.auth.models import AnonymousUser

from search.selectors import search
from search.services import search_entry_remove

from .conftest import refresh_search


def titles(results):
    return [
        html.unescape(str(hit.title).replace("<mark>", "").replace("</mark>", ""))
        for hit in results.hits
    ]


def test_it_ranks_a_title_match_above_a_body_match(search_backend, add_entry):
    add_entry(title="Éthique du numérique", body="La télésurveillance pose des questions.")
    add_entry(title="Télésurveillance en cardiologie", body="Suivi à distance des patients.")

    results = search(user=AnonymousUser(), query="télésurveillance")

    assert titles(results) == ["Télésurveillance en cardiologie", "Éthique du numérique"]
    assert results.hits[0].score > results.hits[1].score
    assert results.degraded is False
    assert results.backend == search_backend


@pytest.mark.parametrize(
    ("query", "title"),
    [
        # French stemming: the noun finds the participle and back.
        ("télésurveillance", "Patient télésurveillé à domicile"),
        ("télésurveillé", "La télésurveillance de l'insuffisance cardiaque"),
        # Accents fold both ways.
        ("insuffisance cardiaque", "Insuffisance cardiaqué"),
        ("telesurveillance cardiaque", "La télésurveillance de l'insuffisance cardiaque"),
        ("INSUFFISANCE CARDIAQUE", "La télésurveillance de l'insuffisance cardiaque"),
        # English stemming.
        ("monitored patients", "Remote monitoring of a patient"),
        ("sepsis scores", "An AI sepsis score"),
    ],
)
def test_it_stems_and_folds_accents(search_backend, add_entry, query, title):
    add_entry(title=title, language="en" if title[0] in "RA" else "fr")
    add_entry(title="Vaccination en officine", body="Sans rapport.")

    assert titles(search(user=AnonymousUser(), query=query)) == [title]


def test_it_highlights_matches_in_safe_html(search_backend, add_entry):
    add_entry(
        title="Sepsis and <b>AI</b>",
        body="An early-warning score for sepsis <script>alert(1)</script> in the ward.",
        language="en",
    )

    hit = search(user=AnonymousUser(), query="sepsis").hits[0]

    assert "<mark>" in hit.snippet
    assert "<script>" not in hit.snippet
    assert "<b>" not in hit.title
    assert "<mark>Sepsis</mark>" in hit.title


def test_it_counts_facets(search_backend, add_entry):
    common = {"body": "Intelligence artificielle et décision clinique.", "language": "fr"}
    add_entry(title="IA 1", kind="course", specialty="cardiology", topics=["ai"], **common)
    add_entry(
        title="IA 2", kind="course", specialty="cardiology", topics=["ai", "ethics"], **common
    )
    add_entry(title="IA 3", kind="digest", specialty="radiology", frameworks=["dpc"], **common)
    add_entry(title="Unrelated", kind="digest", body="Vaccination.", topics=["ai"])

    results = search(user=AnonymousUser(), query="intelligence artificielle")

    counts = {facet: {v.value: v.count for v in values} for facet, values in results.facets.items()}
    assert results.total == 3
    assert counts["kind"] == {"course": 2, "digest": 1}
    assert counts["specialty"] == {"cardiology": 2, "radiology": 1}
    assert counts["topic"] == {"ai": 2, "ethics": 1}
    assert counts["framework"] == {"dpc": 1}
    assert counts["language"] == {"fr": 3}


def test_it_counts_each_facet_under_the_other_facets_filters(search_backend, add_entry):
    body = "Intelligence artificielle et décision clinique."
    add_entry(title="Cours IA", kind="course", topics=["ai"], body=body)
    add_entry(title="Synthèse IA", kind="digest", topics=["ai"], body=body)
    add_entry(title="Synthèse éthique", kind="digest", topics=["ethics"], body=body)

    results = search(
        user=AnonymousUser(), query="clinique", filters={"kind": ["course"], "topic": ["ai"]}
    )

    counts = {facet: {v.value: v.count for v in values} for facet, values in results.facets.items()}
    assert (results.total, titles(results)) == (1, ["Cours IA"])
    assert counts["kind"] == {"course": 1, "digest": 1}  # other kinds still offered (topic=ai)
    assert counts["topic"] == {"ai": 1}  # under kind=course
    assert counts["language"] == {"fr": 1}  # under both filters


def test_it_filters_by_facets(search_backend, add_entry):
    body = "Intelligence artificielle et décision clinique."
    add_entry(title="Cours IA", kind="course", topics=["ai"], body=body)
    add_entry(title="Synthèse IA", kind="digest", topics=["ai", "ethics"], body=body)
    add_entry(title="Synthèse éthique", kind="digest", topics=["ethics"], body=body)

    def find(**filters):
        return sorted(titles(search(user=AnonymousUser(), query="clinique", filters=filters)))

    assert find(kind=["digest"]) == ["Synthèse IA", "Synthèse éthique"]
    assert find(kind=["digest"], topic=["ai"]) == ["Synthèse IA"]
    assert find(kind=["course", "digest"], topic=["ethics"]) == ["Synthèse IA", "Synthèse éthique"]
    assert find(language=["en"]) == []


def test_it_shows_cases_only_to_verified_practitioners(
    search_backend, add_entry, alice, bob, charlie
):
    add_entry(title="Cas clinique de sepsis", kind="case", visibility="verified_only")
    add_entry(title="Cours sepsis", kind="course")

    assert sorted(titles(search(user=alice, query="sepsis"))) == [
        "Cas clinique de sepsis",
        "Cours sepsis",
    ]
    for user in (AnonymousUser(), bob, charlie):
        results = search(user=user, query="sepsis")
        assert titles(results) == ["Cours sepsis"], user
        assert {v.value for v in results.facets["kind"]} == {"course"}


def test_it_removes_a_retracted_or_unpublished_entry(
    search_backend, add_entry, alice, django_capture_on_commit_callbacks
):
    case = add_entry(title="Cas de sepsis retiré", kind="case", visibility="verified_only")
    add_entry(title="Cours sepsis")

    with django_capture_on_commit_callbacks(execute=True):
        search_entry_remove(obj=case)
    refresh_search()

    assert titles(search(user=alice, query="sepsis")) == ["Cours sepsis"]


def test_it_reindexes_an_edited_entry(search_backend, add_entry):
    course = add_entry(title="Télésurveillance", body="Ancienne version.")

    add_entry(course, title="Téléconsultation", body="Nouvelle version.")

    assert titles(search(user=AnonymousUser(), query="téléconsultation")) == ["Téléconsultation"]
    assert search(user=AnonymousUser(), query="télésurveillance").total == 0
    assert search(user=AnonymousUser(), query="ancienne").total == 0


def test_it_paginates_and_falls_back_to_the_last_page(search_backend, add_entry):
    for n in range(5):
        add_entry(title=f"Sepsis {n}")

    first = search(user=AnonymousUser(), query="sepsis", per_page=2)
    beyond = search(user=AnonymousUser(), query="sepsis", per_page=2, page=99)

    assert (first.total, first.num_pages, len(first.hits), first.has_next) == (5, 3, 2, True)
    assert (beyond.page, len(beyond.hits)) == (3, 1)
    assert beyond.messages == ["That page does not exist; here is the last page."]


def test_it_suggests_a_correction_without_leaking_case_words(search_backend, add_entry, alice):
    add_entry(title="Insuffisance cardiaque")
    add_entry(title="Pneumothorax spontané", kind="case", visibility="verified_only")

    assert search(user=AnonymousUser(), query="cardiaqeu").suggestion == "cardiaque"
    assert search(user=AnonymousUser(), query="pneumotorax").suggestion is None
    assert search(user=alice, query="pneumotorax").suggestion == "pneumothorax"


def test_it_lists_recent_entries_when_only_filters_are_given(search_backend, add_entry):
    add_entry(title="Old digest", kind="digest")
    add_entry(title="New digest", kind="digest")
    add_entry(title="A course", kind="course")

    results = search(user=AnonymousUser(), query="", filters={"kind": ["digest"]})

    assert titles(results) == ["New digest", "Old digest"]
    assert search(user=AnonymousUser(), query="").total == 0  # nothing asked, nothing shown
