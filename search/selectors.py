"""Every read of the search index: `search()` for results, `suggest()` for the search box.

Permissions are applied here, before any backend runs: unpublished entries never, entries for
verified practitioners (cases) only to them — the same request goes to either backend.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence

from django.utils.translation import gettext as _

from accounts.choices import Specialty
from accounts.permissions import AnyUser, is_verified_practitioner

from . import elastic
from .backends import elasticsearch_enabled, elasticsearch_marked_down, mark_elasticsearch_down
from .db import DatabaseSearch
from .es import ElasticsearchUnavailable
from .models import Kind, Language, Visibility
from .text import MAX_QUERY_LENGTH, normalise_query, words
from .types import FACETS, FacetValue, SearchRequest, SearchResults

logger = logging.getLogger(__name__)

MAX_PER_PAGE = 50
MAX_FILTER_VALUES = 20
_SLUG = re.compile(r"^[\w.-]{1,64}$")
_CHOICES = {"kind": Kind, "language": Language, "specialty": Specialty}


def visibilities_for(user: AnyUser) -> tuple[str, ...]:
    if is_verified_practitioner(user):
        return (Visibility.PUBLIC.value, Visibility.VERIFIED_ONLY.value)
    return (Visibility.PUBLIC.value,)


def _clean_filters(
    filters: Mapping[str, Sequence[str]] | None, messages: list[str]
) -> dict[str, tuple[str, ...]]:
    """Known facets with known values; anything else is dropped and said so."""
    cleaned: dict[str, tuple[str, ...]] = {}
    ignored: list[str] = []
    for facet, values in (filters or {}).items():
        if facet not in FACETS:
            ignored.append(str(facet)[:40])
            continue
        kept: list[str] = []
        for value in list(values)[:MAX_FILTER_VALUES]:
            choices = _CHOICES.get(facet)
            valid = value in choices.values if choices else bool(_SLUG.match(value or ""))
            if valid:
                kept.append(value)
            else:
                ignored.append(str(value)[:40])
        if kept:
            cleaned[facet] = tuple(dict.fromkeys(kept))
    if ignored:
        messages.append(
            _("Unknown filters were ignored: %(values)s.") % {"values": ", ".join(ignored)}
        )
    return cleaned


def _label(facet: str, value: str) -> str:
    choices = _CHOICES.get(facet)
    if choices and value in choices.values:
        return str(choices(value).label)
    return value.replace("_", " ").replace("-", " ").capitalize()


def search(
    *,
    user: AnyUser,
    query: str | None,
    filters: Mapping[str, Sequence[str]] | None = None,
    page: int | str | None = 1,
    per_page: int = 20,
) -> SearchResults:
    messages: list[str] = []
    text, truncated = normalise_query(query)
    if truncated:
        messages.append(
            _("Your search was shortened to its first %(limit)d characters.")
            % {"limit": MAX_QUERY_LENGTH}
        )
    cleaned = _clean_filters(filters, messages)
    per_page = max(1, min(int(per_page), MAX_PER_PAGE))
    try:
        page_number = max(1, int(page or 1))
    except (TypeError, ValueError):
        page_number = 1
        messages.append(_("That page number is not valid; here is the first page."))

    results = SearchResults(query=text, per_page=per_page, messages=messages)
    if not text and not cleaned:
        return results  # nothing asked: an empty page, not the whole index

    if text and not words(text):
        messages.append(_("Your search has no words to look for; try other terms."))
        return results

    request = SearchRequest(query=text, visibilities=visibilities_for(user), filters=cleaned)
    backend_page, backend = None, "database"
    if elasticsearch_enabled():
        if elasticsearch_marked_down():
            results.degraded = True
        else:
            try:
                backend_page = elastic.search(request, page=page_number, per_page=per_page)
                backend = "elasticsearch"
                if backend_page.total and not backend_page.hits:
                    page_number = max(1, -(-backend_page.total // per_page))
                    backend_page = elastic.search(request, page=page_number, per_page=per_page)
                    messages.append(_("That page does not exist; here is the last page."))
            except ElasticsearchUnavailable as exc:
                mark_elasticsearch_down(exc)
                results.degraded = True
                backend_page = None
    if backend_page is None:
        database = DatabaseSearch()
        backend_page = database.search(request, page=page_number, per_page=per_page)
        if backend_page.total and not backend_page.hits:
            page_number = max(1, -(-backend_page.total // per_page))
            backend_page = database.search(request, page=page_number, per_page=per_page)
            messages.append(_("That page does not exist; here is the last page."))

    results.hits = backend_page.hits
    results.total = backend_page.total
    results.page = page_number
    results.suggestion = backend_page.suggestion
    results.backend = backend
    results.facets = {
        facet: [
            FacetValue(
                value=value,
                label=_label(facet, value),
                count=count,
                selected=value in cleaned.get(facet, ()),
            )
            for value, count in sorted(
                backend_page.facets.get(facet, {}).items(), key=lambda item: (-item[1], item[0])
            )
        ]
        for facet in FACETS
    }
    # A selected value with no match still shows, so it can be unticked.
    for facet, values in cleaned.items():
        shown = {v.value for v in results.facets[facet]}
        results.facets[facet] += [
            FacetValue(value=v, label=_label(facet, v), count=0, selected=True)
            for v in values
            if v not in shown
        ]
    return results


def suggest(*, user: AnyUser, prefix: str | None, limit: int = 8) -> list[str]:
    """Titles for the search box's autocomplete."""
    text, _truncated = normalise_query(prefix)
    if len(text) < 2:
        return []
    visibilities = visibilities_for(user)
    if elasticsearch_enabled() and not elasticsearch_marked_down():
        try:
            return elastic.suggest_titles(text, visibilities)[:limit]
        except ElasticsearchUnavailable as exc:
            mark_elasticsearch_down(exc)
    return DatabaseSearch().suggest_titles(text, visibilities, limit)
