"""Credit: publishing a case, and replies its author marked helpful, earn self-declared
case-based-learning credit where staff designated it."""

from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from cases import services
from credits import services as credits_services
from credits.models import Category, Framework, LedgerEntry
from tests.cases.conftest import published_case

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def designated(db):
    credits_services.frameworks_ensure()
    templates = services.credit_templates_ensure()
    framework = Framework.objects.get(code="certification-periodique")
    category = Category.objects.get(framework=framework, code="bloc-2")
    for template in templates.values():
        credits_services.designation_set(
            activity=template, framework=framework, category=category, max_credits=Decimal("2")
        )
    return framework


def test_nothing_to_claim_until_staff_designate(alice, dora):
    case = published_case(dora)
    assert services.credit_options(user=dora, case=case) == []
    with pytest.raises(ValidationError):
        services.credit_claim(
            user=dora,
            case=case,
            kind="publication",
            framework_code="certification-periodique",
            amount="1",
            attestation="I did it",
        )


def test_the_author_claims_publication_credit_once(client, dora, designated):
    case = published_case(dora)
    client.force_login(dora)
    page = client.get(reverse("cases:detail", args=[case.pk])).content.decode()
    assert "Case-based learning credit" in page
    response = client.post(
        reverse("cases:credit_claim", args=[case.pk]),
        {
            "kind": "publication",
            "framework": "certification-periodique",
            "amount": "1.5",
            "attestation": "on",
        },
    )
    assert response.status_code == 302
    entry = LedgerEntry.objects.get(user=dora)
    assert entry.amount == Decimal("1.5") and entry.activity.kind == "case_contribution"
    again = services.credit_claim(
        user=dora,
        case=case,
        kind="publication",
        framework_code="certification-periodique",
        amount="1",
        attestation="again",
    )
    assert not again.created and LedgerEntry.objects.count() == 1


def test_the_designated_maximum_holds(dora, designated):
    case = published_case(dora)
    with pytest.raises(ValidationError):
        services.credit_claim(
            user=dora,
            case=case,
            kind="publication",
            framework_code="certification-periodique",
            amount="5",
            attestation="too much",
        )


def test_a_helpful_reply_earns_its_author_credit_and_others_nothing(alice, dora, designated):
    case = published_case(dora)
    reply = services.reply_create(author=alice, case=case, body="Stress echo.")
    claim = dict(
        case=case,
        kind="helpful_reply",
        framework_code="certification-periodique",
        amount="0.5",
        attestation="Time spent",
    )
    with pytest.raises(PermissionDenied):
        services.credit_claim(user=alice, **claim)
    services.reply_mark_helpful(user=dora, reply=reply)
    result = services.credit_claim(user=alice, **claim)
    assert result.created
    with pytest.raises(PermissionDenied):
        services.credit_claim(user=alice, **{**claim, "kind": "publication"})


def test_each_case_has_its_own_activity(dora, designated):
    first, second = published_case(dora), published_case(dora, title="Second")
    for case in (first, second):
        services.credit_claim(
            user=dora,
            case=case,
            kind="publication",
            framework_code="certification-periodique",
            amount="1",
            attestation="Time",
        )
    assert LedgerEntry.objects.filter(user=dora).count() == 2


def test_retracting_the_case_revokes_its_credit(dora, designated):
    case = published_case(dora)
    services.credit_claim(
        user=dora,
        case=case,
        kind="publication",
        framework_code="certification-periodique",
        amount="1",
        attestation="Time",
    )
    services.case_retract(user=dora, case=case)
    revocation = LedgerEntry.objects.get(user=dora, kind="revocation")
    assert revocation.amount == Decimal("-1")
