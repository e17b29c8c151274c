"""Search document for mentors: public profile fields of active, verified mentors only.

Never availability, capacity, region or anything from mentorships; the entry is for verified
members, like mentoring itself.
"""

from __future__ import annotations

from django.db import models
from django.urls import reverse

from accounts.choices import Language, Specialty, Topic
from accounts.models import PractitionerProfile
from search.documents import SearchDocument
from search.models import Kind, Visibility
from search.models import Language as SearchLanguage

from .models import MentorProfile
from .selectors import languages_spoken


def _practitioner(mentor: MentorProfile) -> PractitionerProfile | None:
    return getattr(mentor.user, "profile", None)


def _labels(choices, values) -> str:
    labels = dict(choices)
    return ", ".join(str(labels.get(value, value)) for value in values)


class MentorDocument(SearchDocument):
    model = MentorProfile
    kind = Kind.MENTOR
    visibility = Visibility.VERIFIED_ONLY

    def get_queryset(self) -> models.QuerySet:
        return MentorProfile.objects.select_related("user__profile")

    def should_index(self, mentor: MentorProfile) -> bool:
        practitioner = _practitioner(mentor)
        return mentor.is_active and practitioner is not None and practitioner.is_verified

    def prepare_title(self, mentor: MentorProfile) -> str:
        return _practitioner(mentor).display_name

    def prepare_body(self, mentor: MentorProfile) -> str:
        specialties = dict.fromkeys([_practitioner(mentor).specialty, *mentor.specialties])
        parts = (
            mentor.headline,
            _labels(Specialty.choices, specialties),
            _labels(Topic.choices, mentor.topics),
            _labels(Language.choices, languages_spoken(mentor)),
        )
        return " · ".join(part for part in parts if part)

    def prepare_language(self, mentor: MentorProfile) -> str:
        # A search entry holds one language, French or English, which is also the one its
        # text is stemmed in. French whenever the mentor speaks it (the platform's language,
        # and a French speaker's headline is French); English for a mentor who speaks English
        # but not French; French otherwise, as no search language fits. So the English filter
        # finds the mentors one has to meet in English; every language spoken is still named
        # in the entry's text.
        spoken = languages_spoken(mentor)
        if Language.FRENCH not in spoken and Language.ENGLISH in spoken:
            return SearchLanguage.EN
        return SearchLanguage.FR

    def prepare_url(self, mentor: MentorProfile) -> str:
        return reverse("mentoring:mentor_detail", args=[mentor.user_id])

    def prepare_specialty(self, mentor: MentorProfile) -> str:
        return _practitioner(mentor).specialty

    def prepare_topics(self, mentor: MentorProfile) -> list[str]:
        return mentor.topics
