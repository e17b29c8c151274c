"""The content apps' search documents (courses, mentoring, cases): what each one indexes, and
`search_index --reindex` feeding all of them again from their sources."""

import html

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from accounts.choices import VerificationStatus
from accounts.models import PractitionerProfile
from cases.documents import CaseDocument
from cases.models import Case, CaseStatus
from courses import demo
from courses.documents import CourseDocument, DigestDocument, LessonDocument, page_document
from courses.models import LessonPage
from credits import services as credits_services
from mentoring.documents import MentorDocument
from mentoring.services import mentor_profile_save
from search.documents import document_index, documents_discover
from search.models import SearchEntry
from search.selectors import search
from tests.courses import demo_fixture
from tests.factories import ProfileFactory

pytestmark = pytest.mark.django_db

CASE_TEXT = {
    "language": "en",
    "specialty": "cardiology",
    "age_band": "60-64",
    "sex": "male",
    "title": "Exertional chest pain with a normal ECG",
    "context": "Seen in general practice for a routine visit.",
    "presentation": "Chest tightness on exertion for three weeks, relieved by rest.",
    "history": "Smoker, treated hypertension.",
    "examination": "BP 150/90, heart sounds normal.",
    "investigations": "Resting ECG normal.",
    "management": "Aspirin started.",
    "question": "Which test would you order first?",
    "tags": ",angina,ai,",
}


def titles(results) -> list[str]:
    return sorted(
        html.unescape(str(hit.title).replace("<mark>", "").replace("</mark>", ""))
        for hit in results.hits
    )


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def course(db):
    """A published English course (three lessons) and digest, through the demo loader."""
    credits_services.frameworks_ensure()
    catalogue, library = demo.ensure_index_pages()
    page, _ = demo.load_course(catalogue, demo_fixture.course_data(languages=("en",)), "en")
    demo.load_digest(library, demo_fixture.digest_data(), "en")
    return page


def _case(author, status=CaseStatus.PUBLISHED, **fields) -> Case:
    now = timezone.now()
    values = {
        **CASE_TEXT,
        "author": author,
        "status": status,
        "published_at": now,
        "consent_basis": "anonymised",
        "attested_at": now,
        **fields,
    }
    return Case.objects.create(**values)


def _mentor(name: str, **profile):
    user = ProfileFactory(
        display_name=name,
        specialty="cardiology",
        verification_status=VerificationStatus.VERIFIED,
        **profile,
    ).user
    mentor_profile_save(
        user=user,
        headline="Remote monitoring of heart failure",
        specialties=["geriatrics"],
        topics=["remote_monitoring"],
        languages=["fr", "en"],
        region="BRE",
        capacity=3,
        availability=[[0, 18]],
    )
    return user


def test_every_content_app_registers_its_documents():
    registered = documents_discover()

    for document in (CourseDocument, LessonDocument, DigestDocument, MentorDocument, CaseDocument):
        assert document in registered


def test_course_pages_keep_their_kinds_language_topics_and_frameworks(course):
    lesson = LessonPage.objects.child_of(course).first()
    course_fields = CourseDocument().fields(course)
    lesson_fields = LessonDocument().fields(lesson)

    assert page_document(course) is CourseDocument and page_document(lesson) is LessonDocument
    assert course_fields == {
        "kind": "course",
        "title": "AI: reading a risk score",
        "body": "Summary.\nPhysicians and nurses.\nObjectif 1\nObjectif 2\nObjectif 3",
        "language": "en",
        "url": course.url,
        "specialty": "",
        "topics": ["ai", "ethics"],
        "frameworks": ["certification-periodique", "dpc"],
        "visibility": "public",
    }
    assert (lesson_fields["kind"], lesson_fields["language"]) == ("lesson", "en")
    assert lesson_fields["topics"] == ["ai", "ethics"]  # the course's
    assert "Check question 1" in lesson_fields["body"]
    # Knowledge-check answers and the final assessment never reach search.
    assert "Right answer" not in lesson_fields["body"]
    everything = " ".join(str(e.body) for e in SearchEntry.objects.all())
    assert "Right answer" not in everything and "Assessment question" not in everything
    assert "Option A1" not in everything


def test_a_mentor_entry_holds_public_profile_fields_only():
    user = _mentor("Dr Paule Mentor")
    entry = SearchEntry.objects.get(kind="mentor")

    assert entry.visibility == "verified_only" and entry.language == "fr"
    assert entry.title == "Dr Paule Mentor"
    assert entry.url == reverse("mentoring:mentor_detail", args=[user.pk])
    assert (entry.specialty, entry.topics) == ("cardiology", ["remote_monitoring"])
    assert "Remote monitoring of heart failure" in entry.body
    assert "Geriatrics" in entry.body and "English" in entry.body
    assert user.email not in entry.body and "18" not in entry.body  # nor availability


def test_a_case_entry_holds_its_published_anonymised_text(alice):
    case = _case(alice)
    fields = CaseDocument().fields(case)

    assert (fields["kind"], fields["visibility"]) == ("case", "verified_only")
    assert fields["url"] == reverse("cases:detail", args=[case.pk])
    assert (fields["language"], fields["specialty"]) == ("en", "cardiology")
    assert fields["topics"] == ["ai"]  # "angina" is a free tag: in the text, not a facet
    assert "Chest tightness on exertion" in fields["body"] and "angina" in fields["body"]
    assert not CaseDocument().should_index(_case(alice, status=CaseStatus.IN_REVIEW))
    assert not CaseDocument().should_index(_case(alice, status=CaseStatus.RETRACTED))


def test_reindex_feeds_every_app_again_from_its_sources(course, alice, capsys):
    hidden = LessonPage.objects.child_of(course).get(title="Lesson 2: reading a risk score")
    hidden.unpublish()
    _mentor("Dr Paule Mentor")
    pending = _mentor("Dr Pierre Pending")
    # Verification withdrawn behind the services' back: only the re-feed can notice.
    PractitionerProfile.objects.filter(user=pending).update(
        verification_status=VerificationStatus.PENDING
    )
    _case(alice)
    _case(alice, status=CaseStatus.RETRACTED, title="Retracted chest pain case")
    _case(alice, status=CaseStatus.DRAFT, title="Draft chest pain case")
    SearchEntry.objects.all().delete()

    call_command("search_index", "--reindex")

    assert "objects indexed" in capsys.readouterr().out
    assert titles(search(user=alice, query="reading risk score")) == [
        "AI: reading a risk score",
        "Lesson 1: reading a risk score",
        "Lesson 3: reading a risk score",
    ]
    assert titles(search(user=alice, query="algorithmic bias")) == ["Algorithmic bias"]
    assert titles(search(user=alice, query="Mentor")) == ["Dr Paule Mentor"]
    assert titles(search(user=alice, query="Pending")) == []
    assert titles(search(user=alice, query="chest pain")) == [
        "Exertional chest pain with a normal ECG"
    ]
    # Cases and mentors stay for verified practitioners.
    anonymous = AnonymousUser()
    assert search(user=anonymous, query="chest pain").total == 0
    assert search(user=anonymous, query="Mentor").total == 0
    assert search(user=anonymous, query="algorithmic bias").total == 1


def test_reindex_takes_out_what_no_longer_qualifies(alice):
    pending = _mentor("Dr Pierre Pending")
    case = _case(alice)
    call_command("search_index", "--reindex")
    assert SearchEntry.objects.filter(published=True).count() == 2

    PractitionerProfile.objects.filter(user=pending).update(
        verification_status=VerificationStatus.REJECTED
    )
    Case.objects.filter(pk=case.pk).update(status=CaseStatus.RETRACTED)
    call_command("search_index", "--reindex")

    assert not SearchEntry.objects.exists()
    assert search(user=alice, query="chest pain").total == 0


@pytest.mark.django_db
def test_it_removes_the_entry_of_a_case_deleted_with_its_author(django_capture_on_commit_callbacks):
    author = ProfileFactory(verification_status=VerificationStatus.VERIFIED).user
    case = _case(author)
    with django_capture_on_commit_callbacks(execute=True):
        document_index(CaseDocument, case)
    key = {"content_type": case._meta.label_lower, "object_id": str(case.pk)}
    assert SearchEntry.objects.filter(**key, published=True).exists()

    with django_capture_on_commit_callbacks(execute=True):
        author.delete()  # the case goes with its author's account

    assert not SearchEntry.objects.filter(**key, published=True).exists()
