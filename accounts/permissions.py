"""The one place that says who may do what. Views, consumers, admin and services all ask here."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

from .choices import Role, VerificationStatus
from .models import User

AnyUser = User | AnonymousUser


class NotAuthenticated(PermissionDenied):
    """Raised when a signed-in member is needed (WebSocket close code 4401)."""


class NotVerified(PermissionDenied):
    """Raised when a verified practitioner is needed (WebSocket close code 4403)."""


class MFARequired(PermissionDenied):
    """Raised when a privileged action needs a second factor the user has not set up."""


def user_roles(user: AnyUser) -> set[str]:
    if not user.is_authenticated:
        return set()
    # Cached on the instance: templates and services ask several times per request.
    cached = getattr(user, "_compagnon_roles", None)
    if cached is None:
        cached = set(user.groups.values_list("name", flat=True))
        user._compagnon_roles = cached
    return cached


def has_role(user: AnyUser, role: Role | str) -> bool:
    return user.is_authenticated and (user.is_superuser or str(role) in user_roles(user))


def is_verified_practitioner(user: AnyUser) -> bool:
    if not user.is_authenticated or not user.is_active:
        return False
    profile = getattr(user, "profile", None)
    return profile is not None and profile.verification_status == VerificationStatus.VERIFIED


def check_verified_practitioner(user: AnyUser) -> None:
    """Cases and mentoring are for verified practitioners only; courses are open to all."""
    if not user.is_authenticated:
        raise NotAuthenticated(_("Please sign in."))
    if not is_verified_practitioner(user):
        raise NotVerified(
            _("This area is reserved for practitioners whose profile has been verified.")
        )


def has_mfa(user: AnyUser) -> bool:
    from allauth.mfa.utils import is_mfa_enabled

    return user.is_authenticated and is_mfa_enabled(user)


def mfa_required_for(user: AnyUser) -> bool:
    if not user.is_authenticated:
        return False
    if user.is_staff or user.is_superuser:
        return True
    return bool(user_roles(user) & set(settings.MFA_REQUIRED_GROUPS))


def check_mfa(user: AnyUser) -> None:
    if mfa_required_for(user) and not has_mfa(user):
        raise MFARequired(_("Set up two-factor authentication to use this area."))


def can_moderate(user: AnyUser) -> bool:
    return has_role(user, Role.MODERATOR) or (user.is_authenticated and user.is_staff)


def check_can_moderate(user: AnyUser) -> None:
    if not user.is_authenticated:
        raise NotAuthenticated(_("Please sign in."))
    if not can_moderate(user):
        raise PermissionDenied(_("Only moderators can do this."))
    check_mfa(user)


def can_moderate_credits(user: AnyUser) -> bool:
    """External credits and revocations: moderators (trusted third party) or programme admins."""
    return can_moderate(user) or has_role(user, Role.PROGRAMME_ADMIN)


def check_can_moderate_credits(user: AnyUser) -> None:
    if not user.is_authenticated:
        raise NotAuthenticated(_("Please sign in."))
    if not can_moderate_credits(user):
        raise PermissionDenied(_("Only moderators and programme admins can do this."))
    check_mfa(user)
