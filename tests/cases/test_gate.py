"""The de-identification gate: scanned on save and submit, flags resolved one by one, and no
path — service, form, admin, shell — publishes a case with an unresolved identifier."""

import json

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from accounts.models import AuditEvent
from cases import services
from cases.models import Case, CaseStatus, Flag, Resolution
from tests.cases.conftest import CLEAN_CASE, published_case

pytestmark = pytest.mark.usefixtures("english")

LEAKY = {
    **CLEAN_CASE,
    "presentation": (
        "Mr John Smith, seen on 12/03/2024, phone 06 12 34 56 78, with chest pain on exertion."
    ),
}


def _draft(user, data=LEAKY):
    case, _flags = services.case_save(author=user, data=dict(data))
    return case


def _submit(user, case):
    return services.case_submit(
        author=user, case=case, consent_basis="anonymised", charter_accepted=True
    )


def test_it_flags_every_identifier_with_its_span_and_label(alice):
    case, flags = services.case_save(author=alice, data=dict(LEAKY))
    labels = {f.label for f in flags}
    assert {"NAME", "DATE", "PHONE"} <= labels
    for flag in flags:
        assert flag.field == "presentation"
        assert case.presentation[flag.start : flag.end] == flag.text
        assert flag.resolution == Resolution.UNRESOLVED


def test_it_scans_the_title_and_tags_too(alice):
    data = {**CLEAN_CASE, "title": "Call me at 06 12 34 56 78", "tags": "jean.dupont@mail.fr"}
    _case, flags = services.case_save(author=alice, data=data)
    assert {f.field for f in flags} == {"title", "tags"}


def test_a_clean_case_has_no_flag(alice):
    _case, flags = services.case_save(author=alice, data=dict(CLEAN_CASE))
    assert flags == []


def test_it_refuses_to_submit_with_an_unresolved_flag_through_the_service(alice):
    case = _draft(alice)
    with pytest.raises(ValidationError) as error:
        _submit(alice, case)
    assert "Resolve" in " ".join(error.value.messages)
    case.refresh_from_db()
    assert case.status == CaseStatus.DRAFT
    assert case.presentation == LEAKY["presentation"]  # nothing lost


def test_redact_replaces_the_span_with_a_typed_placeholder_and_keeps_no_copy(alice):
    case = _draft(alice)
    phone = case.flags.get(label="PHONE")
    services.flag_resolve(user=alice, flag=phone, resolution=Resolution.REDACT)
    case.refresh_from_db()
    assert "06 12 34 56 78" not in case.presentation
    assert "[PHONE]" in case.presentation
    resolved = case.flags.get(resolution=Resolution.REDACT)
    assert resolved.text == "" and resolved.replacement == "[PHONE]"


def test_generalise_uses_the_suggestion_and_not_an_identifier_needs_a_reason(alice):
    case = _draft(alice)
    date = case.flags.get(label="DATE")
    services.flag_resolve(user=alice, flag=date, resolution=Resolution.GENERALISE)
    case.refresh_from_db()
    assert "12/03/2024" not in case.presentation and "2024" in case.presentation
    name = case.flags.get(label="NAME", resolution="")
    with pytest.raises(ValidationError):
        services.flag_resolve(user=alice, flag=name, resolution=Resolution.NOT_IDENTIFIER)
    services.flag_resolve(
        user=alice, flag=name, resolution=Resolution.NOT_IDENTIFIER, reason="Invented name"
    )
    # The override survives a rescan of the same words.
    services.case_save(author=alice, case=case, data={"question": "What next?"})
    assert case.flags.get(label="NAME").resolution == Resolution.NOT_IDENTIFIER


def test_only_the_author_resolves_flags(alice, dora):
    case = _draft(alice)
    with pytest.raises(Exception) as error:
        services.flag_resolve(user=dora, flag=case.flags.first(), resolution=Resolution.REDACT)
    assert error.type.__name__ == "PermissionDenied"


def _resolve_all(user, case, resolution=Resolution.REDACT, reason=""):
    while flag := case.flags.filter(resolution="").first():
        services.flag_resolve(user=user, flag=flag, resolution=resolution, reason=reason)


def test_first_case_goes_to_moderation_then_clean_cases_publish_directly(alice, dora):
    published_case(alice)  # alice has published before
    case = _draft(alice)
    _resolve_all(alice, case)
    case = _submit(alice, case)
    assert case.status == CaseStatus.PUBLISHED
    first = _draft(dora)
    _resolve_all(dora, first)
    first = _submit(dora, first)
    assert first.status == CaseStatus.IN_REVIEW
    assert first.moderation_reasons == ["first_case"]


def test_an_overridden_flag_sends_the_case_to_moderation(alice):
    published_case(alice)
    case = _draft(alice)
    _resolve_all(alice, case, Resolution.NOT_IDENTIFIER, reason="Fictional details")
    case = _submit(alice, case)
    assert case.status == CaseStatus.IN_REVIEW
    assert "overridden_flags" in case.moderation_reasons
    event = AuditEvent.objects.get(action="case.submitted")
    assert "John" not in json.dumps(event.metadata) and "John" not in event.target_repr


def test_submit_needs_the_attestation_and_the_charter(alice):
    case = _draft(alice, CLEAN_CASE)
    with pytest.raises(ValidationError):
        services.case_submit(author=alice, case=case, consent_basis="", charter_accepted=True)
    with pytest.raises(ValidationError):
        services.case_submit(
            author=alice, case=case, consent_basis="consent", charter_accepted=False
        )
    case = services.case_submit(
        author=alice, case=case, consent_basis="consent", charter_accepted=True
    )
    assert case.attested_at is not None and case.charter_version


def test_the_shell_cannot_publish_an_identifier(alice):
    case = _draft(alice)
    case.status = CaseStatus.PUBLISHED
    with pytest.raises(ValidationError):
        case.save()
    assert Case.objects.get(pk=case.pk).status == CaseStatus.DRAFT


def test_text_changed_behind_the_services_back_is_caught_at_publication(alice, moderator):
    case = _draft(alice, CLEAN_CASE)
    case = _submit(alice, case)
    assert case.status == CaseStatus.IN_REVIEW
    # A raw database update skips every service and leaves no flag…
    Case.objects.filter(pk=case.pk).update(history="Lives at 12 rue de la Paix, 75002 Paris.")
    with pytest.raises(ValidationError):
        services.case_approve(moderator=moderator, case=case)
    # …but the gate rescans the text itself.
    assert Case.objects.get(pk=case.pk).status == CaseStatus.IN_REVIEW


def test_the_form_path_refuses_to_publish_and_shows_why(client, alice):
    client.force_login(alice)
    response = client.post(reverse("cases:new"), LEAKY)
    case = Case.objects.get(author=alice)
    assert response.status_code == 302
    page = client.get(reverse("cases:edit", args=[case.pk]))
    assert b"<mark>" in page.content and b"possible identifiers to resolve" in page.content
    response = client.post(
        reverse("cases:submit", args=[case.pk]),
        {"consent_basis": "anonymised", "charter_accepted": "on"},
    )
    assert response.status_code == 400
    assert b"Resolve the" in response.content
    assert Case.objects.get(pk=case.pk).status == CaseStatus.DRAFT


def test_the_form_resolves_flags_and_submits(client, alice):
    published_case(alice)
    client.force_login(alice)
    client.post(reverse("cases:new"), LEAKY)
    case = Case.objects.get(author=alice, status=CaseStatus.DRAFT)
    for flag in list(case.flags.filter(resolution="")):
        response = client.post(
            reverse("cases:flag_resolve", args=[flag.pk]), {f"f{flag.pk}-resolution": "redact"}
        )
        assert response.status_code == 302
    response = client.post(
        reverse("cases:submit", args=[case.pk]),
        {"consent_basis": "anonymised", "charter_accepted": "on"},
    )
    assert response.status_code == 302
    assert Case.objects.get(pk=case.pk).status == CaseStatus.PUBLISHED


def test_the_admin_cannot_publish_or_slip_in_an_identifier(client, alice, moderator):
    moderator.is_staff = moderator.is_superuser = True
    moderator.save()
    client.force_login(moderator)
    case = published_case(alice)
    url = reverse("admin:cases_case_change", args=[case.pk])
    page = client.get(url)
    assert page.status_code == 200
    data = {**CLEAN_CASE, "tags": case.tags, "solved": "", "outcome_diagnosis": ""}
    data.update(
        {
            "presentation": "Mrs Jane Doe, phone 06 12 34 56 78.",
            "flags-TOTAL_FORMS": "0",
            "flags-INITIAL_FORMS": "0",
            "flags-MIN_NUM_FORMS": "0",
            "flags-MAX_NUM_FORMS": "1000",
        }
    )
    response = client.post(url, data)
    assert response.status_code == 200  # the form again, with the error
    assert b"Possible identifiers must be resolved first" in response.content
    case.refresh_from_db()
    assert "06 12" not in case.presentation
    # The status cannot be set from the admin: it is read-only.
    draft = _draft(alice)
    client.post(
        reverse("admin:cases_case_change", args=[draft.pk]),
        {**data, "presentation": draft.presentation, "status": "published"},
    )
    assert Case.objects.get(pk=draft.pk).status == CaseStatus.DRAFT
    # The approve action goes through the service, which refuses.
    Case.objects.filter(pk=draft.pk).update(status=CaseStatus.IN_REVIEW)
    client.post(
        reverse("admin:cases_case_changelist"),
        {"action": "approve", "_selected_action": [draft.pk]},
    )
    assert Case.objects.get(pk=draft.pk).status == CaseStatus.IN_REVIEW
    assert not Flag.objects.filter(case=draft, resolution="redact").exists()


def test_the_scan_endpoint_returns_spans_as_the_author_types(client, alice):
    client.force_login(alice)
    url = reverse("cases:scan")
    text = "Call Dr Martin Dubois on 06 12 34 56 78 about the troponin."
    response = client.post(url, {"text": text, "language": "en"}, content_type="application/json")
    assert response.status_code == 200
    spans = response.json()["spans"]
    assert any(s["label"] == "PHONE" and s["text"] == "06 12 34 56 78" for s in spans)
    assert all(text[s["start"] : s["end"]] == s["text"] for s in spans)
    assert not Flag.objects.exists()  # nothing stored


def test_the_scan_endpoint_rejects_bad_input_with_a_reason(client, alice, bob):
    url = reverse("cases:scan")
    client.force_login(alice)
    junk = client.post(url, "not json", content_type="application/json")
    assert junk.status_code == 400 and "error" in junk.json()
    huge = client.post(url, {"text": "a" * 30_000}, content_type="application/json")
    assert huge.status_code == 413 and "too long" in huge.json()["error"]
    assert client.get(url).status_code == 405
    client.force_login(bob)
    assert client.post(url, {"text": "x"}, content_type="application/json").status_code == 403


def test_a_huge_text_gets_a_clear_error_and_nothing_is_lost(client, alice):
    case, _flags = services.case_save(author=alice, data=dict(CLEAN_CASE))
    with pytest.raises(ValidationError) as error:
        services.case_save(author=alice, case=case, data={"history": "x" * 50_000})
    assert "history" in error.value.message_dict
    case.refresh_from_db()
    assert case.history == CLEAN_CASE["history"]
    client.force_login(alice)
    response = client.post(
        reverse("cases:edit", args=[case.pk]), {**CLEAN_CASE, "history": "x" * 50_000}
    )
    assert response.status_code == 400
    assert b"6000 characters" in response.content
    assert Case.objects.get(pk=case.pk).history == CLEAN_CASE["history"]


def test_the_scan_endpoint_is_rate_limited(client, alice, monkeypatch):
    from cases import views

    monkeypatch.setattr(views, "SCAN_RATE_PER_MINUTE", 2)
    client.force_login(alice)
    url = reverse("cases:scan")
    codes = [
        client.post(url, {"text": "ok"}, content_type="application/json").status_code
        for _ in range(3)
    ]
    assert codes == [200, 200, 429]


def test_the_admin_cannot_slip_an_identifier_into_the_outcome(client, alice, moderator):
    moderator.is_staff = moderator.is_superuser = True
    moderator.save()
    client.force_login(moderator)
    case = published_case(alice)
    data = {**CLEAN_CASE, "tags": case.tags, "solved": "", "outcome_diagnosis": ""}
    data.update(
        {
            "outcome_text": "Followed up by Dr Jean Martin, phone 06 12 34 56 78.",
            "flags-TOTAL_FORMS": "0",
            "flags-INITIAL_FORMS": "0",
            "flags-MIN_NUM_FORMS": "0",
            "flags-MAX_NUM_FORMS": "1000",
        }
    )
    response = client.post(reverse("admin:cases_case_change", args=[case.pk]), data)
    assert response.status_code == 200
    assert b"Possible identifiers must be resolved first" in response.content
    case.refresh_from_db()
    assert "06 12" not in case.outcome_text
    # Nor the shell: the model's last line of defence covers the outcome as well.
    case.outcome_text = "Phone 06 12 34 56 78."
    with pytest.raises(ValidationError):
        case.save()


def test_the_editor_names_identifier_types_in_words(client, alice):
    case = _draft(alice)
    client.force_login(alice)
    page = client.get(reverse("cases:edit", args=[case.pk])).content.decode()
    assert "Presentation</strong> — Phone or fax number" in page
    assert "— PHONE" not in page


def test_the_author_redacts_every_flag_at_once(client, alice, dora):
    case = _draft(alice)
    assert case.flags.filter(resolution="").count() >= 3
    client.force_login(dora)
    response = client.post(reverse("cases:flags_redact_all", args=[case.pk]))
    assert response.status_code in (403, 404)
    assert case.flags.filter(resolution="").exists()
    client.force_login(alice)
    response = client.post(reverse("cases:flags_redact_all", args=[case.pk]))
    assert response.status_code == 302
    case.refresh_from_db()
    assert not case.flags.filter(resolution="").exists()
    assert "John Smith" not in case.presentation and "06 12" not in case.presentation
    assert "[NAME]" in case.presentation and "[PHONE]" in case.presentation
    assert services.gate_problems(case=case) == []
    _submit(alice, case)
    assert Case.objects.get(pk=case.pk).status == CaseStatus.IN_REVIEW


def test_every_described_field_points_at_an_element_that_exists(client, alice):
    import re

    case = _draft(alice)
    client.force_login(alice)
    for url in (reverse("cases:new"), reverse("cases:edit", args=[case.pk])):
        page = client.get(url).content.decode()
        ids = set(re.findall(r'\sid="([^"]+)"', page))
        for described in re.findall(r'aria-describedby="([^"]+)"', page):
            for target in described.split():
                assert target in ids, (url, target)
