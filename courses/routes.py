"""Learner actions behind the course, lesson and digest pages (RoutablePageMixin routes).

Thin: read the request, call one service, turn its errors into messages or form errors.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from compagnon.forms import form_errors_from

from . import selectors, services
from .forms import AttestationForm, DigestClaimForm, EvaluationForm
from .models import AssessmentAttempt, CoursePage, Enrolment, LessonPage, StudyDigestPage


def _url(page, request, route: str = "") -> str:
    return page.get_url(request) + route


def _needs_login(request: HttpRequest, page) -> HttpResponse | None:
    if request.user.is_authenticated:
        return None
    return redirect_to_login(_url(page, request))


def _answers_from(post) -> dict[str, list[str]]:
    return {key[2:]: post.getlist(key) for key in post if key.startswith("q-")}


# --- Course ---------------------------------------------------------------------------------------


def course_enrol(request: HttpRequest, course: CoursePage) -> HttpResponse:
    if request.method != "POST":
        return redirect(_url(course, request))
    if response := _needs_login(request, course):
        return response
    try:
        result = services.enrolment_create(user=request.user, course=course)
    except (ValidationError, PermissionDenied) as exc:
        messages.error(request, " ".join(getattr(exc, "messages", [str(exc)])))
        return redirect(_url(course, request))
    messages.success(request, result.message)
    target = request.POST.get("next_lesson")
    if target and target.isdigit():
        lesson = LessonPage.objects.child_of(course).live().filter(pk=int(target)).first()
        if lesson is not None:
            return redirect(lesson.get_url(request))
    return redirect(_url(course, request) + "#progress")


def course_assessment(request: HttpRequest, course: CoursePage) -> HttpResponse:
    if response := _needs_login(request, course):
        return response
    here = _url(course, request, "assessment/")
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "start":
                services.assessment_start(user=request.user, course=course)
                return redirect(here)
            if action == "submit":
                try:
                    attempt_id = int(request.POST.get("attempt", ""))
                except ValueError:
                    attempt_id = 0
                result = services.assessment_submit(
                    user=request.user,
                    course=course,
                    attempt_id=attempt_id,
                    answers=_answers_from(request.POST),
                )
                if result.already_submitted:
                    messages.info(
                        request, _("This attempt was already submitted; its result stands.")
                    )
                return redirect(f"{here}?attempt={result.attempt.pk}")
        except PermissionDenied as exc:
            messages.error(request, str(exc))
            return redirect(_url(course, request))
        except ValidationError as exc:
            if getattr(exc, "error_dict", None):
                # Unanswered questions: show the form again with the answers given so far.
                return _render_attempt(
                    request, course, errors=exc.message_dict, chosen=_answers_from(request.POST)
                )
            messages.error(request, " ".join(exc.messages))
            return redirect(here)
        return redirect(here)
    return _render_attempt(request, course)


def _render_attempt(request, course, *, errors=None, chosen=None) -> HttpResponse:
    context = {"errors": errors or {}, "chosen": chosen or {}}
    attempt_id = request.GET.get("attempt", "")
    enrolment = Enrolment.objects.filter(user=request.user, course=course).first()
    if enrolment is None:
        messages.error(request, _("Enrol in this course first."))
        return redirect(_url(course, request))
    if attempt_id.isdigit():
        attempt = AssessmentAttempt.objects.filter(
            pk=int(attempt_id), enrolment=enrolment, submitted_at__isnull=False
        ).first()
        if attempt is not None:
            context["result"] = services.attempt_results(attempt)
    open_attempt = enrolment.attempts.filter(submitted_at__isnull=True).first()
    if open_attempt is not None and "result" not in context:
        context["attempt"] = open_attempt
        context["questions"] = selectors.attempt_questions_public(open_attempt)
    response = course.render(request, template="courses/assessment.html", context_overrides=context)
    if errors:
        response.status_code = 400
    return response


def course_evaluation(request: HttpRequest, course: CoursePage) -> HttpResponse:
    if response := _needs_login(request, course):
        return response
    form = EvaluationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            _evaluation, created = services.evaluation_submit(
                user=request.user, course=course, **form.cleaned_data
            )
        except PermissionDenied as exc:
            messages.error(request, str(exc))
            return redirect(_url(course, request))
        except ValidationError as exc:
            if not getattr(exc, "error_dict", None):
                messages.error(request, " ".join(exc.messages))
                return redirect(_url(course, request))
            form_errors_from(form, exc)
        else:
            messages.success(
                request,
                _(
                    "Thank you: your evaluation is recorded. Last step: attest the time you "
                    "spent to receive your credits and certificate."
                )
                if created
                else _("Your evaluation was already recorded."),
            )
            return redirect(_url(course, request) + "#progress")
    response = course.render(
        request, template="courses/evaluation.html", context_overrides={"form": form}
    )
    if request.method == "POST":
        response.status_code = 400
    return response


def course_attestation(request: HttpRequest, course: CoursePage) -> HttpResponse:
    if response := _needs_login(request, course):
        return response
    view = selectors.course_view(course=course, user=request.user)
    form = AttestationForm(request.POST or None, max_hours=view.max_hours)
    if request.method == "POST":
        try:
            result = services.attestation_submit(
                user=request.user,
                course=course,
                hours=request.POST.get("hours", ""),
                attest=request.POST.get("attest") in ("on", "true", "1"),
            )
        except PermissionDenied as exc:
            messages.error(request, str(exc))
            return redirect(_url(course, request))
        except ValidationError as exc:
            if not getattr(exc, "error_dict", None):
                messages.error(request, " ".join(exc.messages))
                return redirect(_url(course, request) + "#progress")
            form.is_valid()
            form_errors_from(form, exc)
        else:
            if result.created:
                messages.success(
                    request,
                    _("Your credit is recorded and your certificate %(code)s is ready.")
                    % {"code": result.certificate.code},
                )
            else:
                messages.info(request, _("Your credit was already recorded; nothing changed."))
            return redirect(_url(course, request) + "#progress")
    response = course.render(
        request,
        template="courses/attestation.html",
        context_overrides={"form": form, "view": view},
    )
    if request.method == "POST":
        response.status_code = 400
    return response


# --- Lesson ---------------------------------------------------------------------------------------


def lesson_complete_view(request: HttpRequest, lesson: LessonPage) -> HttpResponse:
    if request.method != "POST":
        return redirect(lesson.get_url(request))
    if response := _needs_login(request, lesson):
        return response
    try:
        services.lesson_complete(user=request.user, lesson=lesson)
    except PermissionDenied as exc:
        messages.error(request, str(exc))
        return redirect(lesson.get_url(request))
    view = selectors.lesson_view(lesson=lesson, user=request.user)
    if view.next is not None:
        return redirect(view.next.get_url(request))
    messages.success(request, _("All lessons done: the final assessment is next."))
    return redirect(view.course.get_url(request) + "#progress")


def lesson_check_view(request: HttpRequest, lesson: LessonPage) -> HttpResponse:
    if request.method != "POST":
        return redirect(lesson.get_url(request))
    if response := _needs_login(request, lesson):
        return response
    block_id = request.POST.get("block", "")
    feedback = selectors.knowledge_check_feedback(lesson, block_id, request.POST.getlist("option"))
    context = lesson.get_context(request)
    if not context["view"].can_read:
        messages.error(request, _("Enrol in this course to answer its knowledge checks."))
        return redirect(lesson.get_url(request))
    if feedback is None:
        messages.error(request, _("This question is no longer in the lesson. Reload the page."))
        return redirect(lesson.get_url(request))
    context["view"].feedback = feedback
    return lesson.render(request, context_overrides={"view": context["view"]})


# --- Study digest ---------------------------------------------------------------------------------


def digest_check_view(request: HttpRequest, digest: StudyDigestPage) -> HttpResponse:
    if request.method != "POST":
        return redirect(digest.get_url(request))
    if response := _needs_login(request, digest):
        return response
    overrides = {}
    try:
        result = services.digest_check_submit(
            user=request.user, digest=digest, answers=_answers_from(request.POST)
        )
    except ValidationError as exc:
        if getattr(exc, "error_dict", None):
            overrides = {"check_errors": exc.message_dict, "chosen": _answers_from(request.POST)}
        else:
            messages.error(request, " ".join(exc.messages))
            return redirect(digest.get_url(request) + "#check")
    else:
        overrides = {"check_result": result}
    response = digest.render(request, context_overrides=overrides)
    if "check_errors" in overrides:
        response.status_code = 400
    return response


def digest_claim_view(request: HttpRequest, digest: StudyDigestPage) -> HttpResponse:
    if request.method != "POST":
        return redirect(digest.get_url(request))
    if response := _needs_login(request, digest):
        return response
    form = DigestClaimForm(request.POST)
    try:
        result = services.digest_claim_submit(
            user=request.user,
            digest=digest,
            hours=request.POST.get("hours", ""),
            relevance=request.POST.get("relevance", ""),
            balance=request.POST.get("balance", ""),
            attest=request.POST.get("attest") in ("on", "true", "1"),
        )
    except PermissionDenied as exc:
        messages.error(request, str(exc))
        return redirect(digest.get_url(request))
    except ValidationError as exc:
        if not getattr(exc, "error_dict", None):
            messages.error(request, " ".join(exc.messages))
            return redirect(digest.get_url(request) + "#credit")
        form.is_valid()
        form_errors_from(form, exc)
        response = digest.render(request, context_overrides={"claim_form": form})
        response.status_code = 400
        return response
    if result.created:
        messages.success(
            request,
            _("Your reading credit is recorded and your certificate %(code)s is ready.")
            % {"code": result.certificate.code},
        )
    else:
        messages.info(request, _("Your reading credit was already recorded; nothing changed."))
    return redirect(digest.get_url(request) + "#credit")
