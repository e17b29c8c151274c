"""Thin views: read with selectors, write with services, say what went wrong in words."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.choices import Language, Topic
from accounts.models import User
from accounts.permissions import is_verified_practitioner
from accounts.views import requires, verified_practitioner_required
from compagnon.forms import form_errors_from

from . import charts, ics, matching, selectors, services
from .forms import (
    WEEKDAYS,
    AgreementForm,
    CohortRunForm,
    ConflictForm,
    DeclineForm,
    FeedbackForm,
    FitForm,
    LogbookEntryForm,
    MenteeProfileForm,
    MentorProfileForm,
    RequestForm,
    SessionProposeForm,
    SignForm,
    SuggestionFilterForm,
    WeightsForm,
    availability_grid,
)
from .models import (
    CalendarFeed,
    Conflict,
    LogbookEntry,
    MenteeProfile,
    MentoringSession,
    MentorProfile,
    MentorshipFeedback,
    MentorshipRequest,
    PairingFit,
)
from .permissions import check_programme_admin, is_programme_admin

programme_admin_required = requires(check_programme_admin)


def _error(request: HttpRequest, exc: ValidationError) -> None:
    messages.error(request, " ".join(exc.messages))


def _site_url(request: HttpRequest) -> str:
    return request.build_absolute_uri("/").rstrip("/")


# --- Home and profiles ---------------------------------------------------------------------------


@verified_practitioner_required
def index(request: HttpRequest) -> HttpResponse:
    user = request.user
    return render(
        request,
        "mentoring/index.html",
        {
            "mentor_profile": MentorProfile.objects.filter(user=user).first(),
            "mentee_profile": MenteeProfile.objects.filter(user=user).first(),
            "mentorships": selectors.mentorships_of(user=user),
            "received": selectors.requests_received(user=user),
            "sent": selectors.requests_sent(user=user)[:5],
            "upcoming": selectors.sessions_upcoming(user=user),
            "is_programme_admin": is_programme_admin(user),
            "now": timezone.now(),
        },
    )


@verified_practitioner_required
def mentor_profile_edit(request: HttpRequest) -> HttpResponse:
    user = request.user
    profile = MentorProfile.objects.filter(user=user).first()
    practitioner = user.profile
    if profile is not None:
        initial = {
            "is_active": profile.is_active,
            "headline": profile.headline,
            "specialties": profile.specialties,
            "topics": profile.topics,
            "languages": profile.languages,
            "region": profile.region,
            "modality": profile.modality,
            "capacity": profile.capacity,
            "availability": profile.availability,
        }
    else:
        initial = {
            "is_active": True,
            "languages": practitioner.languages,
            "region": practitioner.region,
            "modality": "both",
            "capacity": 2,
        }
    return _profile_form(
        request,
        MentorProfileForm(request.POST or None, initial=initial),
        save=services.mentor_profile_save,
        saved=_("Your mentor profile is saved."),
        next_url="mentoring:index",
        title=_("My mentor profile"),
        kind="mentor",
    )


def _profile_form(request, form, *, save, saved, next_url, title, kind) -> HttpResponse:
    """The mentor and mentee profile pages: validate, save through the service, or show the
    form again with the service's reasons."""
    if request.method == "POST" and form.is_valid():
        try:
            save(user=request.user, **form.cleaned_data)
        except ValidationError as exc:
            form_errors_from(form, exc)
        else:
            messages.success(request, saved)
            return redirect(next_url)
    context = {
        "form": form,
        "grid": availability_grid(form),
        "weekdays": WEEKDAYS,
        "title": title,
        "kind": kind,
    }
    return render(request, "mentoring/profile_form.html", context)


@verified_practitioner_required
def mentee_profile_edit(request: HttpRequest) -> HttpResponse:
    user = request.user
    profile = MenteeProfile.objects.filter(user=user).first()
    if profile is not None:
        initial = {
            "is_active": profile.is_active,
            "goals": profile.goals,
            "topics": profile.topics,
            "languages": profile.languages,
            "modality": profile.modality,
            "preferences": profile.preferences,
            "availability": profile.availability,
        }
    else:
        initial = {"is_active": True, "languages": user.profile.languages, "modality": "both"}
    return _profile_form(
        request,
        MenteeProfileForm(request.POST or None, initial=initial),
        save=services.mentee_profile_save,
        saved=_("Your mentee profile is saved."),
        next_url="mentoring:suggestions",
        title=_("My mentee profile"),
        kind="mentee",
    )


@verified_practitioner_required
def conflicts(request: HttpRequest) -> HttpResponse:
    form = ConflictForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        other = User.objects.filter(email__iexact=form.cleaned_data["email"]).first()
        if other is None or not is_verified_practitioner(other):
            form.add_error("email", _("No verified member has this email address."))
        else:
            try:
                services.conflict_declare(user=request.user, other=other)
            except ValidationError as exc:
                form_errors_from(form, exc)
            else:
                messages.success(request, _("Conflict declared. You will never be paired."))
                return redirect("mentoring:conflicts")
    declared = Conflict.objects.filter(declared_by=request.user).select_related("other__profile")
    return render(request, "mentoring/conflicts.html", {"form": form, "declared": declared})


@require_POST
@verified_practitioner_required
def conflict_remove(request: HttpRequest, pk: int) -> HttpResponse:
    services.conflict_remove(user=request.user, conflict_id=pk)
    messages.success(request, _("Conflict removed."))
    return redirect("mentoring:conflicts")


# --- Suggestions and requests --------------------------------------------------------------------


@verified_practitioner_required
def suggestions(request: HttpRequest) -> HttpResponse:
    filters = SuggestionFilterForm(request.GET or None)
    cleaned = filters.cleaned_data if filters.is_valid() else {}
    result = selectors.suggestions_for(
        user=request.user,
        topic=cleaned.get("topic", ""),
        language=cleaned.get("language", ""),
        modality=cleaned.get("modality", ""),
    )
    if result is None:
        messages.info(request, _("Tell us what you are looking for first."))
        return redirect("mentoring:mentee_profile")
    return render(request, "mentoring/suggestions.html", {"filters": filters, "result": result})


@verified_practitioner_required
def mentor_detail(request: HttpRequest, user_id: int) -> HttpResponse:
    profile = selectors.mentor_public_get(mentor_id=user_id)
    form = RequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.request_send(
                mentee=request.user, mentor=profile.user, message=form.cleaned_data["message"]
            )
        except ValidationError as exc:
            form_errors_from(form, exc)
        else:
            messages.success(request, _("Request sent. The mentor has 7 days to answer."))
            return redirect("mentoring:requests")
    explanation = ""
    mentee_profile = (
        MenteeProfile.objects.select_related("user__profile").filter(user=request.user).first()
    )
    if mentee_profile is not None and profile.user_id != request.user.pk:
        mentee = selectors.mentee_snapshot(mentee_profile)
        mentor = selectors.mentor_snapshot(profile)
        excluded = matching.exclusion_reasons(mentee, mentor)
        if excluded:
            explanation = matching.describe_all(excluded)
        else:
            _components, reasons = matching.analyse_pair(mentee, mentor)
            explanation = matching.describe_all(reasons)
    return render(
        request,
        "mentoring/mentor_detail.html",
        {
            "profile": profile,
            "form": form,
            "explanation": explanation,
            "pending": MentorshipRequest.objects.filter(
                mentee=request.user,
                mentor=profile.user,
                status=MentorshipRequest.Status.PENDING,
                expires_at__gt=timezone.now(),
            ).first(),
            "topic_labels": [str(Topic(t).label) for t in profile.topics if t in Topic.values],
            "language_labels": [
                str(Language(code).label) for code in profile.languages if code in Language.values
            ],
        },
    )


@verified_practitioner_required
def requests(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "mentoring/requests.html",
        {
            "received": selectors.requests_received(user=request.user),
            "sent": selectors.requests_sent(user=request.user),
            "decline_form": DeclineForm(),
            "now": timezone.now(),
        },
    )


@require_POST
@verified_practitioner_required
def request_accept(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        mentorship = services.request_accept(request_id=pk, mentor=request.user)
    except ValidationError as exc:
        _error(request, exc)
        return redirect("mentoring:requests")
    messages.success(request, _("Request accepted. Agree on goals and rhythm together."))
    return redirect("mentoring:agreement", pk=mentorship.pk)


@require_POST
@verified_practitioner_required
def request_decline(request: HttpRequest, pk: int) -> HttpResponse:
    form = DeclineForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    try:
        services.request_decline(request_id=pk, mentor=request.user, reason=reason)
    except ValidationError as exc:
        _error(request, exc)
    else:
        messages.success(request, _("Request declined."))
    return redirect("mentoring:requests")


@require_POST
@verified_practitioner_required
def request_withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        services.request_withdraw(request_id=pk, mentee=request.user)
    except ValidationError as exc:
        _error(request, exc)
    else:
        messages.success(request, _("Request withdrawn."))
    return redirect("mentoring:requests")


# --- Mentorship ----------------------------------------------------------------------------------


@verified_practitioner_required
def mentorship(request: HttpRequest, pk: int) -> HttpResponse:
    m = selectors.mentorship_get_for_user(pk=pk, user=request.user)
    role = m.role_of(request.user)
    sessions = list(m.sessions.order_by("-starts_at"))
    fits = {f.author_id: f for f in PairingFit.objects.filter(mentorship=m)}
    feedback = {f.author_id: f for f in MentorshipFeedback.objects.filter(mentorship=m)}
    my_fit = fits.get(request.user.pk)
    fit_open = any(s.status == MentoringSession.Status.HELD for s in sessions)
    return render(
        request,
        "mentoring/mentorship.html",
        {
            "m": m,
            "role": role,
            "other": m.mentee if role == "mentor" else m.mentor,
            "sessions": sessions,
            "fit_open": fit_open,
            "my_fit": my_fit,
            "fit_form": FitForm(initial={"answer": my_fit.answer if my_fit else None}),
            "can_rematch": role == "mentee" and m.is_active and my_fit and my_fit.answer == "poor",
            "my_feedback": feedback.get(request.user.pk),
            "feedback_form": FeedbackForm(),
        },
    )


@verified_practitioner_required
def agreement(request: HttpRequest, pk: int) -> HttpResponse:
    m = selectors.mentorship_get_for_user(pk=pk, user=request.user)
    form = AgreementForm(
        request.POST or None,
        initial={
            "goals": m.goals,
            "rhythm": m.rhythm,
            "duration_weeks": m.duration_weeks,
            "starts_on": m.starts_on,
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.agreement_update(mentorship=m, by=request.user, **form.cleaned_data)
        except ValidationError as exc:
            form_errors_from(form, exc)
        else:
            messages.success(request, _("Agreement saved."))
            return redirect("mentoring:mentorship", pk=m.pk)
    return render(request, "mentoring/agreement.html", {"m": m, "form": form})


@require_POST
@verified_practitioner_required
def fit(request: HttpRequest, pk: int) -> HttpResponse:
    m = selectors.mentorship_get_for_user(pk=pk, user=request.user)
    form = FitForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose an answer."))
        return redirect("mentoring:mentorship", pk=m.pk)
    try:
        services.pairing_fit_answer(
            mentorship=m, by=request.user, answer=form.cleaned_data["answer"]
        )
    except ValidationError as exc:
        _error(request, exc)
    else:
        messages.success(request, _("Thank you for your answer."))
    return redirect("mentoring:mentorship", pk=m.pk)


@require_POST
@verified_practitioner_required
def rematch(request: HttpRequest, pk: int) -> HttpResponse:
    m = selectors.mentorship_get_for_user(pk=pk, user=request.user)
    try:
        services.rematch_request(mentorship=m, by=request.user)
    except ValidationError as exc:
        _error(request, exc)
        return redirect("mentoring:mentorship", pk=m.pk)
    messages.success(request, _("Your mentorship has ended. Here are new suggestions."))
    return redirect("mentoring:suggestions")


@require_POST
@verified_practitioner_required
def complete(request: HttpRequest, pk: int) -> HttpResponse:
    m = selectors.mentorship_get_for_user(pk=pk, user=request.user)
    form = FeedbackForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give a rating from 1 to 5 to complete the mentorship."))
        return redirect("mentoring:mentorship", pk=m.pk)
    try:
        if m.is_active:
            services.mentorship_complete(mentorship=m, by=request.user, **form.cleaned_data)
        else:
            services.feedback_give(mentorship=m, by=request.user, **form.cleaned_data)
    except ValidationError as exc:
        _error(request, exc)
    else:
        messages.success(request, _("Thank you for your feedback."))
    return redirect("mentoring:mentorship", pk=m.pk)


# --- Sessions and calendar -----------------------------------------------------------------------


@verified_practitioner_required
def session_propose(request: HttpRequest, pk: int) -> HttpResponse:
    m = selectors.mentorship_get_for_user(pk=pk, user=request.user)
    form = SessionProposeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            session = services.session_propose(
                mentorship=m,
                by=request.user,
                slots=form.cleaned_data["slots"],
                agenda=form.cleaned_data["agenda_items"],
            )
        except ValidationError as exc:
            form_errors_from(form, exc)
        else:
            messages.success(request, _("Times proposed. You will be told when one is chosen."))
            return redirect("mentoring:session", pk=session.pk)
    mentor_profile = MentorProfile.objects.filter(user_id=m.mentor_id).first()
    mentee_profile = MenteeProfile.objects.filter(user_id=m.mentee_id).first()
    shared = sorted(
        (mentor_profile.slots() if mentor_profile else frozenset())
        & (mentee_profile.slots() if mentee_profile else frozenset())
    )
    shared_text = [f"{WEEKDAYS[d]} {h:02d}:00–{h + 1:02d}:00" for d, h in shared]
    return render(
        request, "mentoring/session_propose.html", {"m": m, "form": form, "shared": shared_text}
    )


@verified_practitioner_required
def session(request: HttpRequest, pk: int) -> HttpResponse:
    s = selectors.session_get_for_user(pk=pk, user=request.user)
    return render(
        request,
        "mentoring/session.html",
        {
            "s": s,
            "m": s.mentorship,
            "slots": list(s.slots.all()),
            "can_choose": s.status == MentoringSession.Status.PROPOSED
            and s.proposed_by_id != request.user.pk,
        },
    )


@require_POST
@verified_practitioner_required
def session_accept(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        slot_id = int(request.POST.get("slot", ""))
    except ValueError:
        messages.error(request, _("Choose one of the proposed times."))
        return redirect("mentoring:session", pk=pk)
    try:
        services.session_accept(session_id=pk, slot_id=slot_id, by=request.user)
    except ValidationError as exc:
        _error(request, exc)
    else:
        messages.success(request, _("Session scheduled."))
    return redirect("mentoring:session", pk=pk)


@require_POST
@verified_practitioner_required
def session_cancel(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        services.session_cancel(session_id=pk, by=request.user)
    except ValidationError as exc:
        _error(request, exc)
    else:
        messages.success(request, _("Session cancelled."))
    return redirect("mentoring:session", pk=pk)


@verified_practitioner_required
def session_ics(request: HttpRequest, pk: int) -> HttpResponse:
    s = selectors.session_get_for_user(pk=pk, user=request.user)
    body = ics.session_ics(s, user=request.user, site_url=_site_url(request))
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="compagnon-session-{s.pk}.ics"'
    return response


@verified_practitioner_required
def calendar(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        services.calendar_feed_renew(user=request.user)
        messages.success(
            request, _("A new calendar address was created; the old one no longer works.")
        )
        return redirect("mentoring:calendar")
    feed = services.calendar_feed_for(user=request.user)
    from django.urls import reverse

    url = request.build_absolute_uri(reverse("mentoring:calendar_feed", args=[feed.token]))
    return render(request, "mentoring/calendar.html", {"feed_url": url})


def calendar_feed(request: HttpRequest, token: str) -> HttpResponse:
    """Read by calendar apps without a session: the secret token is the only key."""
    feed = CalendarFeed.objects.select_related("user").filter(token=token).first()
    if feed is None or not is_verified_practitioner(feed.user):
        raise Http404("Unknown calendar.")
    since = timezone.now() - timezone.timedelta(days=90)
    sessions = selectors.sessions_of(user=feed.user, since=since)
    body = ics.feed_ics(sessions, user=feed.user, site_url=_site_url(request))
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Cache-Control"] = "private, max-age=300"
    response["X-Robots-Tag"] = "noindex"
    return response


# --- Logbook -------------------------------------------------------------------------------------


@verified_practitioner_required
def logbook(request: HttpRequest, pk: int) -> HttpResponse:
    m = selectors.mentorship_get_for_user(pk=pk, user=request.user)
    role = m.role_of(request.user)
    form = LogbookEntryForm(
        request.POST or None,
        initial={"performed_on": timezone.localdate()},
        sessions=m.sessions.filter(status=MentoringSession.Status.HELD).order_by("-starts_at"),
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.logbook_entry_create(mentorship=m, by=request.user, **form.cleaned_data)
        except ValidationError as exc:
            form_errors_from(form, exc)
        else:
            messages.success(request, _("Entry recorded. Your mentor will co-sign it."))
            return redirect("mentoring:logbook", pk=m.pk)
    entries = selectors.logbook_entries(mentorship=m)
    progress = [
        {"skill": p, "chart": charts.level_chart(p.points)}
        for p in selectors.logbook_progress(entries)
    ]
    return render(
        request,
        "mentoring/logbook.html",
        {
            "m": m,
            "role": role,
            "form": form if role == "mentee" else None,
            "entries": entries,
            "progress": progress,
            "sign_form": SignForm(),
        },
    )


@require_POST
@verified_practitioner_required
def logbook_sign(request: HttpRequest, pk: int, entry_id: int) -> HttpResponse:
    m = selectors.mentorship_get_for_user(pk=pk, user=request.user)
    entry = get_object_or_404(LogbookEntry, pk=entry_id, mentorship=m)
    form = SignForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose the level you observed."))
        return redirect("mentoring:logbook", pk=m.pk)
    try:
        services.logbook_entry_sign(entry_id=entry.pk, by=request.user, **form.cleaned_data)
    except ValidationError as exc:
        _error(request, exc)
    except PermissionDenied as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("Entry signed."))
    return redirect("mentoring:logbook", pk=m.pk)


@verified_practitioner_required
def logbook_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    from .pdf import logbook_pdf as render_pdf

    m = selectors.mentorship_get_for_user(pk=pk, user=request.user)
    body = render_pdf(m, selectors.logbook_entries(mentorship=m))
    response = HttpResponse(body, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="compagnon-logbook-{m.pk}.pdf"'
    return response


# --- Programme admin -----------------------------------------------------------------------------


@programme_admin_required
def programme(request: HttpRequest) -> HttpResponse:
    data = selectors.dashboard(user=request.user)
    matched_chart = charts.bar_chart(
        [(_("Matched"), data.mentees_matched), (_("Unmatched"), data.mentees_unmatched)],
        width=320,
    )
    return render(
        request,
        "mentoring/programme.html",
        {
            "d": data,
            "matched_chart": matched_chart,
            "sessions_chart": charts.bar_chart(data.sessions_by_month),
            "fit_chart": charts.bar_chart(data.fit, width=360),
            "ratings_chart": charts.bar_chart(data.ratings, width=360),
            "rematch_percent": round(data.rematch_rate * 100, 1),
            "goals_met_percent": (
                round(data.goals_met_rate * 100) if data.goals_met_rate is not None else None
            ),
        },
    )


@programme_admin_required
def programme_weights(request: HttpRequest) -> HttpResponse:
    current = services.weights_get()
    form = WeightsForm(request.POST or None, initial=current.as_dict())
    if request.method == "POST" and form.is_valid():
        try:
            services.weights_set(by=request.user, **form.cleaned_data)
        except ValidationError as exc:
            form_errors_from(form, exc)
        else:
            messages.success(request, _("Weights saved; suggestions use them from now on."))
            return redirect("mentoring:programme_weights")
    return render(request, "mentoring/weights.html", {"form": form, "current": current})


@programme_admin_required
def cohorts(request: HttpRequest) -> HttpResponse:
    form = CohortRunForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        run = services.cohort_run_create(by=request.user, outcome=form.cleaned_data["outcome"])
        messages.success(request, _("Assignment computed. Review it before publishing."))
        return redirect("mentoring:cohort", pk=run.pk)
    return render(
        request,
        "mentoring/cohorts.html",
        {"form": form, "runs": selectors.cohort_runs(user=request.user)},
    )


@programme_admin_required
def cohort(request: HttpRequest, pk: int) -> HttpResponse:
    run = selectors.cohort_run_get(user=request.user, pk=pk)
    pairs = list(run.pairs.select_related("mentee__profile", "mentor__profile"))
    for pair in pairs:
        pair.explanation = matching.describe_all(tuple(r) for r in pair.reasons)
        pair.percent = round(pair.score * 100)
    people = selectors.users_by_id(item["mentee"] for item in run.unmatched)
    unmatched = [
        {"user": people.get(item["mentee"]), "reason": matching.describe(tuple(item["reason"]))}
        for item in run.unmatched
    ]
    gain = None
    if run.greedy_total_score:
        gain = round((run.total_score / run.greedy_total_score - 1) * 100, 1)
    return render(
        request,
        "mentoring/cohort.html",
        {"run": run, "pairs": pairs, "unmatched": unmatched, "gain": gain},
    )


@require_POST
@programme_admin_required
def cohort_pair(request: HttpRequest, pk: int, pair_id: int) -> HttpResponse:
    try:
        services.cohort_pair_include(
            by=request.user,
            run_id=pk,
            pair_id=pair_id,
            included=request.POST.get("included") == "1",
        )
    except ValidationError as exc:
        _error(request, exc)
    return redirect("mentoring:cohort", pk=pk)


@require_POST
@programme_admin_required
def cohort_publish(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        result = services.cohort_publish(by=request.user, run_id=pk)
    except ValidationError as exc:
        _error(request, exc)
        return redirect("mentoring:cohort", pk=pk)
    messages.success(request, _("Published: %(count)s pairs.") % {"count": result.created})
    for pair, reason in result.skipped:
        messages.warning(
            request,
            _("Skipped %(mentee)s → %(mentor)s: %(reason)s")
            % {
                "mentee": pair.mentee.display_name,
                "mentor": pair.mentor.display_name,
                "reason": reason,
            },
        )
    return redirect("mentoring:cohort", pk=pk)


@require_POST
@programme_admin_required
def cohort_discard(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        services.cohort_discard(by=request.user, run_id=pk)
    except ValidationError as exc:
        _error(request, exc)
    return redirect("mentoring:cohorts")
