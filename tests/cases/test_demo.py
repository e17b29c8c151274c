"""The demo seed publishes realistic, anonymised cases through the services, idempotently."""

import pytest

from cases.anonymiser import detect
from cases.models import Case, CaseStatus, Differential, Reply, ReplyStatus


@pytest.mark.django_db
def test_seed_demo_publishes_a_dozen_clean_cases_and_is_idempotent():
    from accounts import demo as accounts_demo
    from cases import demo

    accounts_demo.seed()
    demo.seed()
    published = Case.objects.filter(status=CaseStatus.PUBLISHED)
    assert published.count() >= 10
    assert {c.language for c in published} == {"fr", "en"}
    assert len({c.specialty for c in published}) >= 8
    assert published.filter(outcome_at__isnull=False).exists()
    assert published.filter(blind_differential=True).count() == 1
    assert Differential.objects.count() >= 2
    assert Reply.objects.filter(status=ReplyStatus.VISIBLE, helpful=True).exists()
    assert not Reply.objects.exclude(status=ReplyStatus.VISIBLE).exists()
    assert not published.filter(author__email__startswith="junior@").exists()
    for case in published:
        for field, text in case.text_fields().items():
            assert detect(text, language=case.language) == [], (case.title, field)
    counts = (Case.objects.count(), Reply.objects.count(), Differential.objects.count())
    demo.seed()
    assert (Case.objects.count(), Reply.objects.count(), Differential.objects.count()) == counts
