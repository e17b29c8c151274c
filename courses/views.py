from django.shortcuts import redirect, render

from .services import catalogue_page


def index(request):
    """The course catalogue is a Wagtail page; this name (`courses:index`) points at it."""
    page = catalogue_page()
    if page is not None:
        return redirect(page.get_url(request))
    return render(request, "courses/index.html")
