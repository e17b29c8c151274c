from allauth.mfa.adapter import DefaultMFAAdapter
from allauth.mfa.models import Authenticator

from .permissions import mfa_required_for


class MFAAdapter(DefaultMFAAdapter):
    def can_delete_authenticator(self, authenticator: Authenticator) -> bool:
        # Moderators, editors, programme admins and staff must keep their second factor.
        if mfa_required_for(authenticator.user):
            return authenticator.type != Authenticator.Type.TOTP
        return super().can_delete_authenticator(authenticator)
