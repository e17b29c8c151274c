from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from .permissions import has_mfa, mfa_required_for

# Privileged areas: a second factor is required before any of these is served.
PROTECTED_PREFIXES = ("/cms/", "/django-admin/", "/moderation/")


class RequireMFAMiddleware:
    """Moderators, editors, programme admins and staff must enrol TOTP before privileged areas.

    Services check the same rule (`check_mfa`), so this is the friendly path, not the only lock.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            user is not None
            and request.path.startswith(PROTECTED_PREFIXES)
            and mfa_required_for(user)
            and not has_mfa(user)
        ):
            messages.warning(
                request,
                _("Your role requires two-factor authentication. Set it up to continue."),
            )
            return redirect("mfa_activate_totp")
        return self.get_response(request)
