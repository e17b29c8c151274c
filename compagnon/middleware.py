from django.conf import settings


class AdminContentSecurityPolicyMiddleware:
    """Give the Wagtail and Django admins the CSP relaxation they need, and nothing else.

    Listed after Django's ContentSecurityPolicyMiddleware, so it sees the response first and
    sets the per-response policy that Django's middleware then writes into the header.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(settings.ADMIN_CSP_PATH_PREFIXES):
            response._csp_config = settings.ADMIN_CSP
        return response
