"""Thin views: read through selectors, write through services, show errors in the page."""

from __future__ import annotations

import json
import time

from django.contrib import messages
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from accounts.permissions import can_moderate
from accounts.views import moderator_required, verified_practitioner_required
from compagnon.forms import form_errors_from

from . import selectors, services
from .forms import (
    CaseFilterForm,
    CaseForm,
    CreditClaimForm,
    DecisionForm,
    DifferentialForm,
    FlagResolveForm,
    ImageForm,
    OptionalReasonForm,
    OutcomeForm,
    ReasonForm,
    ReplyForm,
    SubmitForm,
)
from .models import CaseImage, CaseStatus, Flag, Reply, ReplyStatus, Report, Resolution


def _errors(request: HttpRequest, exc: ValidationError | PermissionDenied) -> None:
    texts = getattr(exc, "messages", None) or [str(exc)]
    messages.error(request, " ".join(str(t) for t in texts))


# --- Browsing -----------------------------------------------------------------------------------


@verified_practitioner_required
def index(request: HttpRequest) -> HttpResponse:
    form = CaseFilterForm(request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    filters = selectors.CaseFilters(
        specialty=data.get("specialty", ""),
        tag=data.get("tag", ""),
        state=data.get("state", ""),
        has_outcome=bool(data.get("has_outcome")),
    )
    cases = selectors.case_list_visible_to(user=request.user, filters=filters)
    page = Paginator(cases, 20).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "cases/index.html",
        {"form": form, "page": page, "query": query.urlencode()},
    )


@verified_practitioner_required
def mine(request: HttpRequest) -> HttpResponse:
    cases = selectors.cases_of_author(user=request.user)
    return render(request, "cases/mine.html", {"cases": cases})


# --- Writing ------------------------------------------------------------------------------------


@verified_practitioner_required
def case_new(request: HttpRequest) -> HttpResponse:
    form = CaseForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            case, flags = services.case_save(
                author=request.user, data=form.to_service_data(), request=request
            )
        except ValidationError as exc:
            form_errors_from(form, exc)
        else:
            _saved_message(request, flags)
            return redirect("cases:edit", case.pk)
    return render(
        request,
        "cases/edit.html",
        {"form": form, "case": None},
        status=400 if request.method == "POST" else 200,
    )


def _saved_message(request: HttpRequest, flags) -> None:
    if flags:
        messages.warning(
            request,
            _("Draft saved. %(n)d possible identifier(s) to resolve before you submit.")
            % {"n": len(flags)},
        )
    else:
        messages.success(request, _("Draft saved. No identifier found."))


def _edit_context(case, form=None, submit_form=None, image_form=None) -> dict:
    flags = list(case.flags.all())
    images = list(case.images.all())
    labels = {f.name: f.label for f in CaseForm().visible_fields()}
    texts = {**case.text_fields(), **{image.gate_field: image.caption for image in images}}
    for flag in flags:
        flag.field_label = labels.get(flag.field) or _("Image description")
        text = texts.get(flag.field, "")
        flag.before = text[max(0, flag.start - 60) : flag.start]
        flag.after = text[flag.end : flag.end + 60]
        flag.form = FlagResolveForm(initial={"replacement": flag.suggestion}, prefix=f"f{flag.pk}")
    return {
        "case": case,
        "form": form or CaseForm(instance=case),
        "unresolved": [f for f in flags if f.resolution == Resolution.UNRESOLVED],
        "resolved": [f for f in flags if f.resolution != Resolution.UNRESOLVED],
        "images": images,
        "submit_form": submit_form or SubmitForm(),
        "image_form": image_form or ImageForm(),
        "editable": case.status in services.EDITABLE_STATUSES,
    }


@verified_practitioner_required
def case_edit(request: HttpRequest, pk: int) -> HttpResponse:
    case = selectors.case_get_for_author(user=request.user, case_id=pk)
    if case.status == CaseStatus.PUBLISHED:
        return redirect("cases:detail", case.pk)
    form = CaseForm(request.POST or None, instance=case)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                case, flags = services.case_save(
                    author=request.user, case=case, data=form.to_service_data(), request=request
                )
            except ValidationError as exc:
                form_errors_from(form, exc)
            else:
                _saved_message(request, flags)
                return redirect("cases:edit", case.pk)
        status = 400
        case.refresh_from_db()
    return render(request, "cases/edit.html", _edit_context(case, form=form), status=status)


@verified_practitioner_required
@require_POST
def flag_resolve(request: HttpRequest, pk: int) -> HttpResponse:
    flag = get_object_or_404(Flag, pk=pk)
    case = selectors.case_get_for_author(user=request.user, case_id=flag.case_id)
    form = FlagResolveForm(request.POST, prefix=f"f{flag.pk}")
    if not form.is_valid():
        form = FlagResolveForm(request.POST)
    error = ""
    if form.is_valid():
        try:
            services.flag_resolve(
                user=request.user,
                flag=flag,
                resolution=form.cleaned_data["resolution"],
                replacement=form.cleaned_data["replacement"],
                reason=form.cleaned_data["reason"],
            )
        except ValidationError as exc:
            error = " ".join(exc.messages)
    else:
        error = _("Choose how to resolve this flag.")
    if request.headers.get("Accept") == "application/json":
        if error:
            return JsonResponse({"error": error}, status=400)
        return JsonResponse({"ok": True})
    if error:
        messages.error(request, error)
    else:
        messages.success(request, _("Flag resolved."))
    return redirect(f"{reverse('cases:edit', args=[case.pk])}#flags")


@verified_practitioner_required
@require_POST
def flags_redact_all(request: HttpRequest, pk: int) -> HttpResponse:
    case = selectors.case_get_for_author(user=request.user, case_id=pk)
    try:
        done = services.flags_redact_all(user=request.user, case=case)
    except ValidationError as exc:
        _errors(request, exc)
    else:
        messages.success(
            request,
            ngettext(
                "%(n)d identifier replaced with a placeholder.",
                "%(n)d identifiers replaced with placeholders.",
                done,
            )
            % {"n": done},
        )
    return redirect(f"{reverse('cases:edit', args=[case.pk])}#flags")


@verified_practitioner_required
@require_POST
def case_submit(request: HttpRequest, pk: int) -> HttpResponse:
    case = selectors.case_get_for_author(user=request.user, case_id=pk)
    form = SubmitForm(request.POST)
    if form.is_valid():
        try:
            case = services.case_submit(
                author=request.user,
                case=case,
                consent_basis=form.cleaned_data["consent_basis"],
                charter_accepted=form.cleaned_data["charter_accepted"],
                request=request,
            )
        except ValidationError as exc:
            form_errors_from(form, exc)
        else:
            if case.status == CaseStatus.PUBLISHED:
                messages.success(request, _("Your case is published."))
                return redirect("cases:detail", case.pk)
            messages.success(
                request,
                _("Thank you. A moderator will review your case before it is published."),
            )
            return redirect("cases:mine")
    case.refresh_from_db()
    return render(request, "cases/edit.html", _edit_context(case, submit_form=form), status=400)


@verified_practitioner_required
@require_POST
def image_add(request: HttpRequest, pk: int) -> HttpResponse:
    case = selectors.case_get_for_author(user=request.user, case_id=pk)
    form = ImageForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            services.image_add(
                author=request.user,
                case=case,
                upload=form.cleaned_data["image"],
                caption=form.cleaned_data["caption"],
            )
        except ValidationError as exc:
            form_errors_from(form, exc)
        else:
            messages.success(request, _("Image added, re-encoded and stripped of its metadata."))
            return redirect(f"{reverse('cases:edit', args=[case.pk])}#images")
    return render(request, "cases/edit.html", _edit_context(case, image_form=form), status=400)


@verified_practitioner_required
@require_POST
def image_remove(request: HttpRequest, pk: int) -> HttpResponse:
    image = get_object_or_404(CaseImage, pk=pk)
    selectors.case_get_for_author(user=request.user, case_id=image.case_id)
    try:
        services.image_remove(author=request.user, image=image)
        messages.success(request, _("Image removed."))
    except ValidationError as exc:
        _errors(request, exc)
    return redirect(f"{reverse('cases:edit', args=[image.case_id])}#images")


@verified_practitioner_required
@never_cache
def image_file(request: HttpRequest, pk: int) -> HttpResponse:
    image = get_object_or_404(CaseImage, pk=pk)
    case = selectors.case_get_for_user(user=request.user, case_id=image.case_id)
    if image.case_id != case.pk:
        raise Http404
    try:
        handle = image.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(handle, content_type=image.content_type)
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


SCAN_RATE_PER_MINUTE = 120


def _scan_rate_exceeded(user_id: int) -> bool:
    key = f"cases:scan-rate:{user_id}:{int(time.time() // 60)}"
    cache.add(key, 0, timeout=90)
    try:
        return cache.incr(key) > SCAN_RATE_PER_MINUTE
    except ValueError:
        return False


@verified_practitioner_required
@require_POST
def scan(request: HttpRequest) -> JsonResponse:
    """Live check while the author types: spans of possible identifiers, nothing stored."""
    if _scan_rate_exceeded(request.user.pk):
        return JsonResponse(
            {"error": _("Too many checks in a short time: wait a moment.")}, status=429
        )
    if len(request.body) > services.MAX_SCAN_CHARS * 4 + 200:
        return JsonResponse({"error": _("This text is too long to check.")}, status=413)
    try:
        data = json.loads(request.body or b"{}")
        text = data.get("text", "")
        language = data.get("language", "fr")
        if not isinstance(text, str) or not isinstance(language, str):
            raise ValueError
    except (ValueError, AttributeError):
        return JsonResponse({"error": _('Send JSON: {"text": "..."}.')}, status=400)
    try:
        spans = services.scan_preview(user=request.user, text=text, language=language)
    except ValidationError as exc:
        return JsonResponse({"error": " ".join(exc.messages)}, status=413)
    return JsonResponse({"spans": spans})


# --- Reading and discussing ---------------------------------------------------------------------


@verified_practitioner_required
def case_detail(request: HttpRequest, pk: int) -> HttpResponse:
    case = selectors.case_get_for_user(user=request.user, case_id=pk)
    if case.status != CaseStatus.PUBLISHED:
        if case.author_id == request.user.pk:
            return redirect("cases:edit", case.pk)
        return redirect("cases:moderation_case", case.pk)
    return _detail_page(request, case)


def _detail_page(request: HttpRequest, case, *, reply_form=None, status: int = 200):
    context = selectors.case_page(user=request.user, case=case)
    context.update(
        case=case,
        reply_form=reply_form or ReplyForm(),
        outcome_form=OutcomeForm(
            initial={
                "diagnosis": case.outcome_diagnosis,
                "text": case.outcome_text,
                "solved": case.solved,
            }
        ),
        differential_form=DifferentialForm(),
        can_moderate=can_moderate(request.user),
        can_retract=services.can_retract(user=request.user, case=case),
        credit_options=services.credit_options(user=request.user, case=case),
    )
    return render(request, "cases/detail.html", context, status=status)


def _back(case_id: int, anchor: str = "") -> HttpResponse:
    return redirect(f"{reverse('cases:detail', args=[case_id])}{anchor}")


@verified_practitioner_required
@require_POST
def reply_create(request: HttpRequest, pk: int) -> HttpResponse:
    case = selectors.case_get_for_user(user=request.user, case_id=pk)
    form = ReplyForm(request.POST)
    if form.is_valid():
        try:
            reply = services.reply_create(
                author=request.user, case=case, body=form.cleaned_data["body"]
            )
        except ValidationError as exc:
            form_errors_from(form, exc)
        else:
            if reply.status == ReplyStatus.HELD:
                messages.warning(
                    request,
                    _(
                        "Your reply is held: it may contain an identifier. Only you can see it "
                        "until you fix it."
                    ),
                )
            return _back(case.pk, f"#reply-{reply.pk}")
    # The page again with the form bound: what the member typed is not lost.
    if case.status != CaseStatus.PUBLISHED:
        return _back(case.pk)
    return _detail_page(request, case, reply_form=form, status=400)


@verified_practitioner_required
def reply_edit(request: HttpRequest, pk: int) -> HttpResponse:
    reply = get_object_or_404(Reply.objects.select_related("case"), pk=pk)
    selectors.case_get_for_user(user=request.user, case_id=reply.case_id)
    if reply.author_id != request.user.pk or reply.status == ReplyStatus.HIDDEN:
        raise PermissionDenied(_("Only its author can edit a reply."))
    form = ReplyForm(request.POST or None, initial={"body": reply.body})
    if request.method == "POST":
        try:
            if "redact" in request.POST:
                reply = services.reply_redact_held(user=request.user, reply=reply)
            elif form.is_valid():
                reply = services.reply_update(
                    user=request.user, reply=reply, body=form.cleaned_data["body"]
                )
            else:
                raise ValidationError(_("Write your reply."))
        except ValidationError as exc:
            form_errors_from(form, exc)
        else:
            if reply.status == ReplyStatus.HELD:
                messages.warning(request, _("Your reply is still held: see the flagged words."))
                return redirect("cases:reply_edit", reply.pk)
            messages.success(request, _("Reply saved."))
            return _back(reply.case_id, f"#reply-{reply.pk}")
    return render(
        request,
        "cases/reply_edit.html",
        {"reply": reply, "form": form},
        status=400 if request.method == "POST" else 200,
    )


def _reply_action(request: HttpRequest, pk: int, action) -> HttpResponse:
    reply = get_object_or_404(Reply, pk=pk)
    try:
        result = action(reply)
    except (ValidationError, PermissionDenied) as exc:
        if request.headers.get("Accept") == "application/json":
            return JsonResponse({"error": " ".join(getattr(exc, "messages", [str(exc)]))}, 400)
        _errors(request, exc)
        result = None
    if request.headers.get("Accept") == "application/json":
        return JsonResponse({"ok": True, "result": result if isinstance(result, int) else None})
    return _back(reply.case_id, f"#reply-{reply.pk}")


@verified_practitioner_required
@require_POST
def reply_endorse(request: HttpRequest, pk: int) -> HttpResponse:
    on = request.POST.get("on", "1") == "1"
    return _reply_action(
        request, pk, lambda r: services.endorsement_set(user=request.user, reply=r, on=on)
    )


@verified_practitioner_required
@require_POST
def reply_helpful(request: HttpRequest, pk: int) -> HttpResponse:
    on = request.POST.get("on", "1") == "1"
    return _reply_action(
        request,
        pk,
        lambda r: services.reply_mark_helpful(user=request.user, reply=r, helpful=on) and None,
    )


@moderator_required
@require_POST
def reply_hide(request: HttpRequest, pk: int) -> HttpResponse:
    reason = request.POST.get("reason", "")
    return _reply_action(
        request,
        pk,
        lambda r: (
            services.reply_hide(moderator=request.user, reply=r, reason=reason, request=request)
            and None
        ),
    )


@verified_practitioner_required
@require_POST
def outcome(request: HttpRequest, pk: int) -> HttpResponse:
    case = selectors.case_get_for_author(user=request.user, case_id=pk)
    form = OutcomeForm(request.POST)
    if form.is_valid():
        try:
            services.outcome_post(
                user=request.user,
                case=case,
                diagnosis=form.cleaned_data["diagnosis"],
                text=form.cleaned_data["text"],
                solved=form.cleaned_data["solved"],
                redact=form.cleaned_data["redact"],
            )
            messages.success(request, _("Outcome posted."))
        except ValidationError as exc:
            _errors(request, exc)
    return _back(case.pk, "#outcome")


@verified_practitioner_required
@require_POST
def differential(request: HttpRequest, pk: int) -> HttpResponse:
    case = selectors.case_get_for_user(user=request.user, case_id=pk)
    form = DifferentialForm(request.POST)
    if form.is_valid():
        try:
            services.differential_submit(user=request.user, case=case, items=form.items())
            messages.success(request, _("Differential recorded: you can now see the others'."))
        except ValidationError as exc:
            _errors(request, exc)
    else:
        messages.error(request, _("Enter at least your most likely diagnosis."))
    return _back(case.pk, "#differential")


@verified_practitioner_required
@require_POST
def follow(request: HttpRequest, pk: int) -> HttpResponse:
    case = selectors.case_get_for_user(user=request.user, case_id=pk)
    on = request.POST.get("on", "1") == "1"
    services.follow_set(user=request.user, case=case, on=on)
    messages.success(
        request, _("You follow this case.") if on else _("You no longer follow this case.")
    )
    return _back(case.pk)


@verified_practitioner_required
def report(request: HttpRequest, pk: int) -> HttpResponse:
    case = selectors.case_get_for_user(user=request.user, case_id=pk)
    reply = None
    reply_id = request.POST.get("reply") or request.GET.get("reply")
    if reply_id:
        reply = get_object_or_404(Reply, pk=reply_id, case=case, status=ReplyStatus.VISIBLE)
    form = ReasonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.report_create(
                user=request.user, case=case, reply=reply, reason=form.cleaned_data["reason"]
            )
        except ValidationError as exc:
            form_errors_from(form, exc)
        else:
            messages.success(request, _("Thank you: the moderators will look at it."))
            return _back(case.pk)
    return render(
        request,
        "cases/report.html",
        {"case": case, "reply": reply, "form": form},
        status=400 if request.method == "POST" else 200,
    )


@verified_practitioner_required
def retract(request: HttpRequest, pk: int) -> HttpResponse:
    case = selectors.case_get_for_user(user=request.user, case_id=pk)
    if not services.can_retract(user=request.user, case=case):
        raise PermissionDenied(_("Only the author or a moderator can retract a case."))
    form = OptionalReasonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.case_retract(
                user=request.user, case=case, reason=form.cleaned_data["reason"], request=request
            )
        except (ValidationError, PermissionDenied) as exc:
            _errors(request, exc)
        else:
            messages.success(request, _("The case was retracted: its text and images are deleted."))
            return redirect("cases:index")
    return render(request, "cases/retract.html", {"case": case, "form": form})


@verified_practitioner_required
@require_POST
def credit_claim(request: HttpRequest, pk: int) -> HttpResponse:
    case = selectors.case_get_for_user(user=request.user, case_id=pk)
    form = CreditClaimForm(request.POST)
    if form.is_valid():
        try:
            result = services.credit_claim(
                user=request.user,
                case=case,
                kind=form.cleaned_data["kind"],
                framework_code=form.cleaned_data["framework"],
                amount=form.cleaned_data["amount"],
                attestation=_("Self-declared case-based learning on case #%(n)d.") % {"n": case.pk},
                request=request,
            )
        except (ValidationError, PermissionDenied) as exc:
            _errors(request, exc)
        else:
            messages.success(request, result.explanation)
    else:
        messages.error(request, _("Enter the time you spent and tick the attestation."))
    return _back(case.pk, "#credit")


# --- Moderation ---------------------------------------------------------------------------------


@moderator_required
def moderation(request: HttpRequest) -> HttpResponse:
    queue = selectors.moderation_queue(moderator=request.user)
    return render(request, "cases/moderation.html", queue)


@moderator_required
def moderation_case(request: HttpRequest, pk: int) -> HttpResponse:
    case = selectors.case_for_moderator(moderator=request.user, case_id=pk)
    form = DecisionForm(request.POST or None)
    status = 200
    if request.method == "POST":
        decision = request.POST.get("decision")
        try:
            if decision not in ("approve", "reject"):
                messages.error(request, _("Choose approve or reject."))
            elif form.is_valid() and decision == "approve":
                services.case_approve(
                    moderator=request.user,
                    case=case,
                    reason=form.cleaned_data["reason"],
                    request=request,
                )
                messages.success(request, _("The case is published."))
                return redirect("cases:moderation")
            elif form.is_valid():
                services.case_reject(
                    moderator=request.user,
                    case=case,
                    reason=form.cleaned_data["reason"],
                    request=request,
                )
                messages.success(request, _("The case was returned to its author."))
                return redirect("cases:moderation")
        except ValidationError as exc:
            form_errors_from(form, exc)
        except PermissionDenied as exc:
            _errors(request, exc)
        status = 400
    return render(
        request,
        "cases/moderation_case.html",
        {
            "case": case,
            "form": form,
            "flags": list(case.flags.all()),
            "images": list(case.images.all()),
            "revisions": list(selectors.edit_history(moderator=request.user, case=case)[:50]),
            "reports": list(case.reports.select_related("reply", "reporter__profile")),
        },
        status=status,
    )


@moderator_required
@require_POST
def report_decide(request: HttpRequest, pk: int) -> HttpResponse:
    report = get_object_or_404(Report, pk=pk)
    try:
        services.report_decide(
            moderator=request.user,
            report=report,
            action=request.POST.get("action", ""),
            reason=request.POST.get("reason", ""),
            request=request,
        )
        messages.success(request, _("Report decided."))
    except (ValidationError, PermissionDenied) as exc:
        _errors(request, exc)
    return redirect("cases:moderation")
