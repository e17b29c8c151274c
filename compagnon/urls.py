from allauth.account.decorators import secure_admin_login
from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.i18n import JavaScriptCatalog
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from credits import views as credits_views

from . import views
from .health import healthz

# The Django admin signs in through allauth too, so MFA and rate limits apply there.
admin.site.login = secure_admin_login(admin.site.login)
admin.site.site_header = "Compagnon"

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("i18n/switch/", views.language_switch, name="language_switch"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    path("django-admin/", admin.site.urls),
    path("cms/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("", include("accounts.urls")),
    # The catalogue itself is the Wagtail page at /courses/; `courses:index` points at it.
    path("learning/", include("courses.urls")),
    path("credits/", include("credits.urls")),
    path("verify/", credits_views.verify_lookup, name="certificate_verify_lookup"),
    path("verify/<str:code>/", credits_views.verify, name="certificate_verify"),
    path(".well-known/jwks.json", credits_views.jwks, name="jwks"),
    path("cases/", include("cases.urls")),
    path("mentoring/", include("mentoring.urls")),
    path("search/", include("search.urls")),
    path("accounts/", include("allauth.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's page serving is the catch-all, so it comes last. The site root gets a name of its own
# ("home"): LOGIN_REDIRECT_URL and templates point at it. Other page URLs (but Wagtail's `_util/`
# views) go through `views.page_serve`, which serves cached anonymous course pages before routing.
urlpatterns += [
    path("", wagtail_views.serve, {"path": ""}, name="home"),
    re_path(r"^(?!_util/)(?P<path>(?:[\w\-]+/)+)$", views.page_serve),
    path("", include(wagtail_urls)),
]
