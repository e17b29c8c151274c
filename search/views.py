from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from . import selectors
from .types import FACETS


@require_GET
def index(request: HttpRequest) -> HttpResponse:
    filters = {facet: request.GET.getlist(facet) for facet in FACETS if facet in request.GET}
    # Parameters the form never sends are reported as unknown filters, not silently dropped.
    unknown = [k for k in request.GET if k not in {*FACETS, "q", "page"}]
    if unknown:
        filters.update({key: request.GET.getlist(key) for key in unknown[:5]})
    results = selectors.search(
        user=request.user,
        query=request.GET.get("q", ""),
        filters=filters,
        page=request.GET.get("page", 1),
    )
    return render(request, "search/index.html", {"results": results})


@require_GET
def suggest(request: HttpRequest) -> JsonResponse:
    titles = selectors.suggest(user=request.user, prefix=request.GET.get("q", ""))
    return JsonResponse({"suggestions": titles})
