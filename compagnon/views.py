"""Site-wide views: the language switch and Wagtail's page serving with its anonymous cache."""

from django.conf import settings
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import translate_url
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from wagtail import views as wagtail_views

from courses.selectors import course_page_cache_key, course_page_cached


@never_cache
def language_switch(request):
    """The language switcher, as a GET form: the page that shows it carries no CSRF token, so
    it is the same for every anonymous visitor and can be cached. Sets the language cookie as
    Django's `set_language` does; an unknown language is ignored, an unsafe `next` refused."""
    next_url = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(
        url=next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = "/"
    language = request.GET.get("language", "")
    if language not in dict(settings.LANGUAGES):
        return HttpResponseRedirect(next_url)
    response = HttpResponseRedirect(translate_url(next_url, language))
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )
    return response


def page_serve(request, path):
    """Wagtail's page serving, except that an anonymous course page already rendered comes from
    the cache, without Wagtail's routing (see courses.selectors)."""
    key = course_page_cache_key(request)
    if key:
        cached = course_page_cached(request=request, key=key)
        if cached:
            return HttpResponse(cached.html, content_type=cached.content_type)
        request.course_page_cache_key = key
    return wagtail_views.serve(request, path)
