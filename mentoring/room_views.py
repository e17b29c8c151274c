"""Pages of the live session room and of attendance: thin, over room_selectors/room_services."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from accounts.views import verified_practitioner_required

from . import room_selectors, room_services
from .room_models import TEXT_MAX_CHARS


class ReflectionForm(forms.Form):
    prefix = "reflection"
    text = forms.CharField(
        label=gettext_lazy("My reflective note (private)"),
        help_text=gettext_lazy(
            "Only you can read it. About your learning only: never a patient's name or details."
        ),
        max_length=TEXT_MAX_CHARS,
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
    )


class SummaryForm(forms.Form):
    prefix = "summary"
    text = forms.CharField(
        label=gettext_lazy("Shared summary"),
        help_text=gettext_lazy(
            "You both read and edit it. No patient data: what you worked on and what comes next."
        ),
        max_length=TEXT_MAX_CHARS,
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
    )


def _session_or_refusal(request: HttpRequest, session_id: int):
    try:
        return room_selectors.session_get_for_participant(user=request.user, session_id=session_id)
    except PermissionDenied as exc:
        return render(request, "mentoring/room_forbidden.html", {"reason": str(exc)}, status=403)


@verified_practitioner_required
def session_room(request: HttpRequest, session_id: int) -> HttpResponse:
    session = _session_or_refusal(request, session_id)
    if isinstance(session, HttpResponse):
        return session
    try:
        room_services.check_room_open(session)
    except PermissionDenied as exc:
        return render(
            request,
            "mentoring/room_forbidden.html",
            {"reason": str(exc), "session": session},
            status=403,
        )
    mentor, mentee = session.participants()
    return render(
        request,
        "mentoring/room.html",
        {
            "session": session,
            "mentor": mentor,
            "mentee": mentee,
            "peer": room_services.peer_of(user=request.user, session=session),
            "ws_path": f"/ws/mentoring/sessions/{session.pk}/",
        },
    )


def _attendance_page(request, session, *, reflection_form=None, summary_form=None, status=200):
    view = room_selectors.attendance_for(user=request.user, session=session)
    if reflection_form is None:
        reflection_form = ReflectionForm(
            initial={"text": view.reflection.text if view.reflection else ""}
        )
    if summary_form is None:
        summary_form = SummaryForm(initial={"text": view.summary.text if view.summary else ""})
    return render(
        request,
        "mentoring/attendance.html",
        {
            "session": session,
            "view": view,
            "peer": room_services.peer_of(user=request.user, session=session),
            "reflection_form": reflection_form if view.role == "mentee" else None,
            "summary_form": summary_form,
        },
        status=status,
    )


@verified_practitioner_required
def session_attendance(request: HttpRequest, session_id: int) -> HttpResponse:
    session = _session_or_refusal(request, session_id)
    if isinstance(session, HttpResponse):
        return session
    return _attendance_page(request, session)


@require_POST
@verified_practitioner_required
def session_attest(request: HttpRequest, session_id: int) -> HttpResponse:
    session = _session_or_refusal(request, session_id)
    if isinstance(session, HttpResponse):
        return session
    if request.POST.get("confirm") != "yes":
        messages.error(request, _("Tick the box to attest that you took part in this session."))
        return _attendance_page(request, session, status=400)
    try:
        result = room_services.session_attest(user=request.user, session=session)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return _attendance_page(request, session, status=400)
    if result.waiting_for_peer:
        messages.success(
            request,
            _("Attested. Credit is awarded once %(name)s attests too.")
            % {"name": room_services.peer_of(user=request.user, session=session).display_name},
        )
    elif result.awards:
        messages.success(request, _("Attested by both of you: your credit has been awarded."))
    else:
        messages.success(
            request,
            _("Attested by both of you. Less than a quarter of an hour together: no credit."),
        )
    return redirect(reverse("mentoring:session_attendance", args=[session.pk]))


@require_POST
@verified_practitioner_required
def session_reflection(request: HttpRequest, session_id: int) -> HttpResponse:
    session = _session_or_refusal(request, session_id)
    if isinstance(session, HttpResponse):
        return session
    form = ReflectionForm(request.POST)
    if form.is_valid():
        try:
            room_services.reflection_save(
                user=request.user, session=session, text=form.cleaned_data["text"]
            )
        except PermissionDenied as exc:
            return render(
                request, "mentoring/room_forbidden.html", {"reason": str(exc)}, status=403
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("Your reflective note is saved."))
            return redirect(reverse("mentoring:session_attendance", args=[session.pk]))
    return _attendance_page(request, session, reflection_form=form, status=400)


@require_POST
@verified_practitioner_required
def session_summary(request: HttpRequest, session_id: int) -> HttpResponse:
    session = _session_or_refusal(request, session_id)
    if isinstance(session, HttpResponse):
        return session
    form = SummaryForm(request.POST)
    if form.is_valid():
        try:
            room_services.summary_save(
                user=request.user, session=session, text=form.cleaned_data["text"]
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("The shared summary is saved."))
            return redirect(reverse("mentoring:session_attendance", args=[session.pk]))
    return _attendance_page(request, session, summary_form=form, status=400)
