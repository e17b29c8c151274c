"""Every read of the search index: `search()` for results, `suggest()` for the search box.

Permissions are applied here, before any backend runs: unpublished entries never, entries for
verified practitioners (cases) only to them — the same request goes to either backend.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence

from django.core.cache import cache
from django.db import DatabaseError
from django.utils.translation import gettext as _

from accounts.choices import Specialty, Topic
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
# Elasticsearch refuses from + size beyond 10,000 (index.max_result_window); no one reads that far.
MAX_RESULT_WINDOW = 10_000
_SLUG = re.compile(r"^[\w.-]{1,64}$")


def _last_page_message() -> str:
    return _("That page does not exist; here is the last page.")


_CHOICES = {"kind": Kind, "language": Language, "specialty": Specialty, "topic": Topic}
FRAMEWORK_NAMES_KEY = "search:framework-names"
FRAMEWORK_NAMES_SECONDS = 300


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


def framework_names() -> dict[str, str]:
    """Credit framework names by code (proper names, not translated), cached for 5 minutes."""
    names = cache.get(FRAMEWORK_NAMES_KEY)
    if names is None:
        from credits.models import Framework

        try:
            names = dict(Framework.objects.values_list("code", "name"))
        except DatabaseError:  # pragma: no cover — labels are cosmetic; never fail a search
            return {}
        cache.set(FRAMEWORK_NAMES_KEY, names, FRAMEWORK_NAMES_SECONDS)
    return names


def _label(facet: str, value: str) -> str:
    choices = _CHOICES.get(facet)
    if choices and value in choices.values:
        return str(choices(value).label)
    if facet == "framework":
        return framework_names().get(value, value)
    return value.replace("_", " ").replace("-", " ").capitalize()


def _last_page(total: int, per_page: int) -> int:
    return max(1, min(-(-total // per_page), MAX_RESULT_WINDOW // per_page))


def _say_last_page(messages: list[str]) -> None:
    if _last_page_message() not in messages:
        messages.append(_last_page_message())


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
        page_number = max(1, int(str(page or 1).strip()[:12]))
    except (TypeError, ValueError):
        page_number = 1
        messages.append(_("That page number is not valid; here is the first page."))
    last_reachable = MAX_RESULT_WINDOW // per_page
    if page_number > last_reachable:
        # Past what any backend pages through (and an OFFSET no database takes): the last page
        # one may reach.
        page_number = last_reachable
        messages.append(_last_page_message())

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
                    page_number = _last_page(backend_page.total, per_page)
                    backend_page = elastic.search(request, page=page_number, per_page=per_page)
                    _say_last_page(messages)
            except ElasticsearchUnavailable as exc:
                mark_elasticsearch_down(exc)
                results.degraded = True
                backend_page = None
    if backend_page is None:
        database = DatabaseSearch()
        backend_page = database.search(request, page=page_number, per_page=per_page)
        if backend_page.total and not backend_page.hits:
            page_number = _last_page(backend_page.total, per_page)
            backend_page = database.search(request, page=page_number, per_page=per_page)
            _say_last_page(messages)

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
