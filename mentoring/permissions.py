"""Who may run the mentoring programme. Everything else asks accounts.permissions."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

from accounts.choices import Role
from accounts.permissions import AnyUser, NotAuthenticated, check_mfa, has_role


def is_programme_admin(user: AnyUser) -> bool:
    return has_role(user, Role.PROGRAMME_ADMIN)


def check_programme_admin(user: AnyUser) -> None:
    if not user.is_authenticated:
        raise NotAuthenticated(_("Please sign in."))
    if not is_programme_admin(user):
        raise PermissionDenied(_("Only programme admins can do this."))
    check_mfa(user)
