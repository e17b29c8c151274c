from .permissions import can_moderate, is_verified_practitioner
from .selectors import unread_notification_count


def account_nav(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    # Lazy values: a page that shows no navigation runs no query.
    return {
        "nav_unread_notifications": lambda: unread_notification_count(user=user),
        "nav_is_verified": lambda: is_verified_practitioner(user),
        "nav_can_moderate": lambda: can_moderate(user),
    }
