from __future__ import annotations

import csv

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import (
    FileResponse,
    HttpRequest,
    HttpResponse,
    JsonResponse,
    StreamingHttpResponse,
)
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.permissions import (
    can_moderate_credits,
    check_can_moderate_credits,
    is_verified_practitioner,
)
from accounts.views import requires
from compagnon.forms import form_errors_from

from . import selectors, services
from .certificates.codes import is_well_formed, normalise_code
from .certificates.transcript_pdf import TranscriptLine, render_transcript_pdf
from .forms import DecisionForm, ExternalCreditForm, TranscriptFilterForm, UserFrameworkForm
from .rules import fmt
from .signing import platform_jwks

TRANSCRIPT_PAGE_SIZE = 100


credits_moderator_required = requires(check_can_moderate_credits)


@login_required
def index(request: HttpRequest) -> HttpResponse:
    boards = selectors.dashboard(user=request.user)
    return render(
        request,
        "credits/index.html",
        {
            "boards": boards,
            "form": UserFrameworkForm(),
            "can_moderate_credits": can_moderate_credits(request.user),
        },
    )


@login_required
@require_POST
def frameworks(request: HttpRequest) -> HttpResponse:
    form = UserFrameworkForm(request.POST)
    if form.is_valid():
        framework = form.cleaned_data["framework"]
        try:
            if request.POST.get("action") == "remove":
                services.user_framework_remove(user=request.user, framework=framework)
                messages.success(
                    request,
                    _("%(framework)s removed from your frameworks.")
                    % {"framework": framework.name},
                )
            else:
                services.user_framework_set(
                    user=request.user,
                    framework=framework,
                    cycle_start=form.cleaned_data["cycle_start"],
                    in_practice_2023=form.cleaned_data["in_practice_2023"],
                )
                messages.success(request, _("Your frameworks are saved."))
            return redirect("credits:index")
        except ValidationError as exc:
            form_errors_from(form, exc)
    boards = selectors.dashboard(user=request.user)
    return render(
        request,
        "credits/index.html",
        {
            "boards": boards,
            "form": form,
            "can_moderate_credits": can_moderate_credits(request.user),
        },
        status=400,
    )


def _transcript_filters(request: HttpRequest, years: list[int]):
    form = TranscriptFilterForm(request.GET or None, years=years)
    filters = selectors.TranscriptFilters()
    if form.is_valid():
        data = form.cleaned_data
        filters = selectors.TranscriptFilters(
            framework_id=data["framework"].pk if data["framework"] else None,
            category_id=data["category"].pk if data["category"] else None,
            year=data["year"],
            source=data["source"] or "",
        )
    return form, filters


@login_required
def transcript(request: HttpRequest) -> HttpResponse:
    years = selectors.ledger_years(user=request.user)
    form, filters = _transcript_filters(request, years)
    totals = selectors.transcript_totals(user=request.user, filters=filters)
    entries = selectors.ledger_entries_display(user=request.user, filters=filters)
    paginator = Paginator(entries, TRANSCRIPT_PAGE_SIZE)
    # The count is known from the totals: no COUNT(*) query.
    paginator.count = totals.entry_count
    page = paginator.get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "credits/transcript.html",
        {
            "form": form,
            "page": page,
            "totals": totals,
            "query": query.urlencode(),
            "csv_query": query.urlencode(),
        },
        status=400 if form.is_bound and not form.is_valid() else 200,
    )


@login_required
def transcript_pdf(request: HttpRequest) -> HttpResponse:
    years = selectors.ledger_years(user=request.user)
    _form, filters = _transcript_filters(request, years)
    totals = selectors.transcript_totals(user=request.user, filters=filters)
    lines = [
        TranscriptLine(
            earned_on=entry.earned_on,
            framework=entry.framework.name,
            category=_(entry.category.name),
            activity=entry.activity.title,
            amount=entry.amount,
            note=_("revocation")
            if entry.revokes_id
            else (_("revoked") if hasattr(entry, "revoked_by") else ""),
        )
        for entry in selectors.ledger_entries_display(user=request.user, filters=filters)
    ]
    profile = getattr(request.user, "profile", None)
    pdf = render_transcript_pdf(
        practitioner_name=request.user.get_full_name() or request.user.email,
        rpps=getattr(profile, "rpps", "") or "",
        issuer_name=settings.CREDENTIAL_ISSUER_NAME,
        generated_on=timezone.localdate(),
        lines=lines,
        totals=[(row["framework__name"], row["total"]) for row in totals.by_framework],
        language=get_language() or "fr",
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = 'attachment; filename="compagnon-transcript.pdf"'
    return response


class _Echo:
    def write(self, value):
        return value


@login_required
def transcript_csv(request: HttpRequest) -> StreamingHttpResponse:
    years = selectors.ledger_years(user=request.user)
    _form, filters = _transcript_filters(request, years)
    entries = selectors.ledger_entries_display(user=request.user, filters=filters)
    writer = csv.writer(_Echo())
    header = [
        "entry_id",
        "kind",
        "earned_on",
        "framework",
        "category",
        "activity",
        "provider",
        "format",
        "source",
        "amount",
        "attestation",
        "attested_at",
        "revokes_entry_id",
        "revoked",
    ]

    def rows():
        yield writer.writerow(header)
        for entry in entries.iterator(chunk_size=500):
            yield writer.writerow(
                [
                    entry.pk,
                    entry.kind,
                    entry.earned_on.isoformat(),
                    entry.framework.name,
                    entry.category.name,
                    entry.activity.title,
                    entry.activity.provider,
                    entry.activity.format,
                    entry.source,
                    f"{entry.amount:.2f}",
                    _csv_safe(entry.attestation),
                    entry.attested_at.isoformat() if entry.attested_at else "",
                    entry.revokes_id or "",
                    "yes" if hasattr(entry, "revoked_by") else "",
                ]
            )

    response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="compagnon-transcript.csv"'
    return response


def _csv_safe(value: str) -> str:
    # A cell starting with = + - @ runs as a formula in spreadsheets.
    return "'" + value if value[:1] in {"=", "+", "-", "@"} else value


@login_required
def external(request: HttpRequest) -> HttpResponse:
    form = ExternalCreditForm(request.POST or None, request.FILES or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            try:
                services.external_credit_declare(
                    user=request.user,
                    title=data["title"],
                    provider=data["provider"],
                    earned_on=data["earned_on"],
                    framework=data["framework"],
                    category=data["category"],
                    amount=data["amount"],
                    evidence=data["evidence"],
                    request=request,
                )
            except ValidationError as exc:
                form_errors_from(form, exc)
            except PermissionDenied as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(
                    request,
                    _(
                        "Declaration recorded. It shows as self-declared until a moderator "
                        "checks it."
                    ),
                )
                return redirect("credits:external")
        status = 400
    return render(
        request,
        "credits/external.html",
        {
            "form": form,
            "declarations": selectors.external_credits_for(user=request.user),
            "can_declare": is_verified_practitioner(request.user),
        },
        status=status,
    )


@login_required
def external_evidence(request: HttpRequest, pk: int) -> FileResponse:
    external = selectors.external_get_for(viewer=request.user, pk=pk)
    content_type = {"pdf": "application/pdf", "png": "image/png", "jpg": "image/jpeg"}.get(
        external.evidence_type, "application/octet-stream"
    )
    response = FileResponse(
        external.evidence.open("rb"),
        content_type=content_type,
        as_attachment=True,
        filename=f"evidence-{external.pk}.{external.evidence_type or 'bin'}",
    )
    return response


def _queue(request: HttpRequest, *, status: int = 200) -> HttpResponse:
    queue = selectors.external_queue(moderator=request.user)
    page = Paginator(queue, 25).get_page(request.GET.get("page"))
    return render(
        request,
        "credits/moderation.html",
        {"page": page, "decision_form": DecisionForm()},
        status=status,
    )


@credits_moderator_required
def moderation_queue(request: HttpRequest) -> HttpResponse:
    return _queue(request)


@credits_moderator_required
@require_POST
def moderation_decide(request: HttpRequest, pk: int) -> HttpResponse:
    external = selectors.external_get_for(viewer=request.user, pk=pk)
    form = DecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose to accept or refuse the declaration."))
        return _queue(request, status=400)
    accept = form.cleaned_data["decision"] == "accept"
    try:
        services.external_credit_decide(
            decided_by=request.user,
            external=external,
            accept=accept,
            reason=form.cleaned_data["reason"],
            request=request,
        )
    except (ValidationError, PermissionDenied) as exc:
        messages.error(request, " ".join(getattr(exc, "messages", [str(exc)])))
        return _queue(request, status=400)
    if accept:
        messages.success(
            request,
            _("Accepted: %(amount)s credits recorded for %(title)s.")
            % {"amount": fmt(external.amount), "title": external.title},
        )
    else:
        messages.success(request, _("Refused; the member has been told why."))
    return redirect("credits:moderation_queue")


# --- Certificates -------------------------------------------------------------------------------


def _verify_url(code: str) -> str:
    return f"{settings.SITE_URL}{reverse('certificate_verify', args=[code])}"


@login_required
def certificates(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "credits/certificates.html",
        {"certificates": selectors.certificates_of(user=request.user)},
    )


@login_required
def certificate_download(request: HttpRequest, code: str) -> HttpResponse:
    certificate = selectors.certificate_for_owner(user=request.user, code=code)
    pdf = services.certificate_pdf(
        certificate,
        language=get_language() or "fr",
        verify_url=_verify_url(certificate.code),
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="compagnon-{certificate.code}.pdf"'
    return response


@login_required
def certificate_badge(request: HttpRequest, code: str) -> HttpResponse:
    certificate = selectors.certificate_for_owner(user=request.user, code=code)
    token = services.certificate_credential(
        certificate, site_url=settings.SITE_URL, verify_url=_verify_url(certificate.code)
    )
    response = HttpResponse(token, content_type="application/vc+jwt")
    response["Content-Disposition"] = f'attachment; filename="compagnon-{certificate.code}.jwt"'
    return response


def verify(request: HttpRequest, code: str) -> HttpResponse:
    """Public: valid, revoked or unknown — and only name, activity, date and credits."""
    if not is_well_formed(code):
        return render(
            request, "credits/verify.html", {"state": "malformed", "code": code[:40]}, status=400
        )
    certificate = selectors.certificate_for_verification(code)
    if certificate is None:
        return render(
            request, "credits/verify.html", {"state": "unknown", "code": code}, status=404
        )
    state = "revoked" if certificate.is_revoked else "valid"
    return render(request, "credits/verify.html", {"state": state, "certificate": certificate})


def verify_lookup(request: HttpRequest) -> HttpResponse:
    code = request.GET.get("code", "").strip()
    if code:
        if is_well_formed(code):
            return redirect("certificate_verify", code=normalise_code(code))
        return render(
            request, "credits/verify.html", {"state": "malformed", "code": code[:40]}, status=400
        )
    return render(request, "credits/verify.html", {"state": "form"})


def jwks(request: HttpRequest) -> JsonResponse:
    return JsonResponse(platform_jwks())
