"""Glue from Django, allauth and allauth.mfa signals to the audit log. No business rules here."""

from allauth.account.signals import password_changed, password_reset, user_logged_in
from allauth.mfa.signals import authenticator_added, authenticator_removed, authenticator_reset
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_out, user_login_failed
from django.dispatch import receiver

from .audit import audit_record
from .consumers import user_sockets_close


@receiver(user_logged_in)
def audit_login(sender, request, user, **kwargs):
    audit_record(action="auth.login", actor=user, target=user, request=request)


@receiver(user_logged_out)
def audit_logout(sender, request, user, **kwargs):
    if user is not None:
        audit_record(action="auth.logout", actor=user, target=user, request=request)
        # Signing out ends the live rooms too: no socket outlives its session.
        user_sockets_close(user.pk)


@receiver(user_login_failed)
def audit_login_failed(sender, credentials, request=None, **kwargs):
    # Django has already masked the password; keep only the login that was tried.
    login = str(credentials.get("email") or credentials.get("username") or "")[:254].lower()
    user = get_user_model().objects.filter(email__iexact=login).first() if login else None
    audit_record(
        action="auth.login_failed",
        request=request,
        target=user,
        actor_label=login,
        metadata={"login": login},
    )


@receiver(password_changed)
def audit_password_changed(sender, request, user, **kwargs):
    audit_record(action="auth.password_changed", actor=user, target=user, request=request)


@receiver(password_reset)
def audit_password_reset(sender, request, user, **kwargs):
    audit_record(action="auth.password_reset", actor=user, target=user, request=request)


def _audit_mfa(action, request, user, authenticator):
    audit_record(
        action=action,
        actor=user,
        target=user,
        request=request,
        metadata={"type": getattr(authenticator, "type", "")},
    )


@receiver(authenticator_added)
def audit_mfa_added(sender, request, user, authenticator, **kwargs):
    _audit_mfa("mfa.added", request, user, authenticator)


@receiver(authenticator_removed)
def audit_mfa_removed(sender, request, user, authenticator, **kwargs):
    _audit_mfa("mfa.removed", request, user, authenticator)


@receiver(authenticator_reset)
def audit_mfa_reset(sender, request, user, authenticator, **kwargs):
    _audit_mfa("mfa.reset", request, user, authenticator)


def ensure_roles(sender, **kwargs):
    from .services import roles_ensure

    roles_ensure()
