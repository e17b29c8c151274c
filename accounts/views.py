from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import selectors, services
from .choices import Language
from .forms import CHARTER_POINTS, AuditFilterForm, ProfileForm, RejectionForm
from .models import Notification, PractitionerProfile
from .permissions import (
    MFARequired,
    NotAuthenticated,
    check_can_moderate,
    check_verified_practitioner,
)


def verified_practitioner_required(view):
    """Views for verified practitioners only. The rule itself lives in `permissions`."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs):
        try:
            check_verified_practitioner(request.user)
        except NotAuthenticated:
            from django.contrib.auth.views import redirect_to_login

            return redirect_to_login(request.get_full_path())
        except PermissionDenied as exc:
            return render(request, "accounts/not_verified.html", {"reason": str(exc)}, status=403)
        return view(request, *args, **kwargs)

    return wrapper


def requires(check):
    """Guard a view with one of `accounts.permissions`' checks: sign-in first, and a user whose
    role needs a second factor they lack is sent to set it up."""

    def decorator(view):
        @wraps(view)
        @login_required
        def wrapper(request: HttpRequest, *args, **kwargs):
            try:
                check(request.user)
            except MFARequired as exc:
                messages.warning(request, str(exc))
                return redirect("mfa_activate_totp")
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


moderator_required = requires(check_can_moderate)


def charter(request: HttpRequest) -> HttpResponse:
    from django.conf import settings

    return render(
        request,
        "accounts/charter.html",
        {"points": CHARTER_POINTS, "version": settings.CHARTER_VERSION},
    )


@login_required
def profile(request: HttpRequest) -> HttpResponse:
    profile = PractitionerProfile.objects.filter(user=request.user).first()
    labels = [Language(code).label for code in (profile.languages if profile else [])]
    return render(request, "accounts/profile.html", {"profile": profile, "language_labels": labels})


@login_required
def profile_edit(request: HttpRequest) -> HttpResponse:
    instance = PractitionerProfile.objects.filter(user=request.user).first()
    if instance is None:
        instance = PractitionerProfile(user=request.user)
    form = ProfileForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        try:
            saved = services.profile_save(
                user=request.user,
                profile=form.save(commit=False),
                changed_fields=form.changed_data,
                request=request,
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            if saved.verification_status == "pending":
                messages.success(
                    request,
                    _("Profile saved. A moderator will verify it shortly; you will be told."),
                )
            else:
                messages.success(request, _("Profile saved."))
            return redirect("accounts:profile")
    return render(request, "accounts/profile_form.html", {"form": form}, status=200)


@moderator_required
def verification_queue(request: HttpRequest) -> HttpResponse:
    queue = selectors.verification_queue(moderator=request.user)
    page = Paginator(queue, 25).get_page(request.GET.get("page"))
    return render(request, "accounts/verification_queue.html", {"page": page})


@moderator_required
def verification_detail(request: HttpRequest, pk: int) -> HttpResponse:
    profile = get_object_or_404(
        PractitionerProfile.objects.select_related("user", "verified_by"), pk=pk
    )
    rejection_form = RejectionForm(request.POST or None)
    if request.method == "POST":
        try:
            if request.POST.get("decision") == "approve":
                services.profile_verify(moderator=request.user, profile=profile, request=request)
                messages.success(request, _("%(name)s is verified.") % {"name": profile})
                return redirect("accounts:verification_queue")
            if rejection_form.is_valid():
                services.profile_reject(
                    moderator=request.user,
                    profile=profile,
                    reason=rejection_form.cleaned_data["reason"],
                    request=request,
                )
                messages.success(request, _("The practitioner has been told why."))
                return redirect("accounts:verification_queue")
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
    return render(
        request,
        "accounts/verification_detail.html",
        {"profile": profile, "rejection_form": rejection_form},
        status=400 if request.method == "POST" else 200,
    )


@moderator_required
def audit_log(request: HttpRequest) -> HttpResponse:
    form = AuditFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    events = selectors.audit_events_for(viewer=request.user, **filters).select_related(None)
    page = Paginator(events, 50).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "accounts/audit_log.html",
        {"form": form, "page": page, "query": query.urlencode()},
    )


@login_required
def notifications(request: HttpRequest) -> HttpResponse:
    items = Notification.objects.filter(user=request.user)
    page = Paginator(items, 30).get_page(request.GET.get("page"))
    return render(request, "accounts/notifications.html", {"page": page})


@login_required
@require_POST
def notifications_read(request: HttpRequest) -> HttpResponse:
    services.notifications_mark_read(user=request.user)
    return redirect("accounts:notifications")
