"""The Elasticsearch search backend: queries as `Search` objects, indexing, index rebuilds."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime

from django.conf import settings

from .documents import SearchEntryDocument, index_alias
from .es import Elasticsearch, Q, Search, bulk, get_client
from .models import SearchEntry
from .text import MARK_CLOSE, MARK_OPEN, excerpt, highlighted
from .types import FACETS, BackendPage, SearchHit, SearchRequest

FACET_FIELDS = {
    "kind": "kind",
    "specialty": "specialty",
    "topic": "topics",
    "framework": "frameworks",
    "language": "language",
}
QUERY_FIELDS = ["title^3", "title.fr^3", "title.en^3", "body", "body.fr", "body.en"]


def client(timeout: float = 2.0) -> Elasticsearch:
    return get_client(settings.ELASTICSEARCH_URL, timeout=timeout)


def build_search(request: SearchRequest, *, page: int, per_page: int) -> Search:
    """The whole request body: permission and facet filters, query, aggregations, highlight."""
    search = Search(index=index_alias()).extra(track_total_hits=True)
    # Permissions first: nothing unpublished, only the visibilities this user may read.
    search = search.filter("term", published=True).filter(
        "terms", visibility=list(request.visibilities)
    )
    # Facet filters go in post_filter: each facet is counted under the *other* facets' filters
    # (ticking "Course" still shows how many digests there are), the hits under all of them.
    facet_filters = {
        facet: Q("terms", **{FACET_FIELDS[facet]: list(values)})
        for facet, values in request.filters.items()
        if values
    }
    if facet_filters:
        search = search.post_filter("bool", filter=list(facet_filters.values()))
    if request.is_browse:
        search = search.sort("-updated_at")
    else:
        # simple_query_string never fails on syntax: quotes, brackets or `AND OR NOT` are safe.
        search = search.query(
            Q(
                "simple_query_string",
                query=request.query,
                fields=QUERY_FIELDS,
                default_operator="and",
                lenient=True,
            )
        )
        search = search.highlight_options(
            pre_tags=[MARK_OPEN], post_tags=[MARK_CLOSE], encoder="default"
        )
        search = search.highlight("title", "title.fr", "title.en", number_of_fragments=0)
        search = search.highlight(
            "body", "body.fr", "body.en", fragment_size=160, number_of_fragments=2
        )
        search = search.suggest("did_you_mean", request.query, phrase=did_you_mean(request))
    for facet in FACETS:
        others = [query for name, query in facet_filters.items() if name != facet]
        search.aggs.bucket(facet, "filter", filter=Q("bool", filter=others)).bucket(
            "values", "terms", field=FACET_FIELDS[facet], size=50
        )
    start = (page - 1) * per_page
    return search[start : start + per_page]


def did_you_mean(request: SearchRequest) -> dict:
    """A phrase suggester over title words, kept only if the correction finds an entry this
    user may see (the collate query repeats the permission filter): a word that appears only
    in cases is never suggested to someone who may not read cases."""
    return {
        "field": "title",
        "size": 1,
        "max_errors": 2,
        "direct_generator": [{"field": "title", "suggest_mode": "always", "min_word_length": 4}],
        "collate": {
            "query": {
                "source": {
                    "bool": {
                        "must": {
                            "match": {"title": {"query": "{{suggestion}}", "operator": "and"}}
                        },
                        "filter": [
                            {"term": {"published": True}},
                            {"terms": {"visibility": list(request.visibilities)}},
                        ],
                    }
                }
            },
            "prune": False,
        },
    }


def _first(highlight, *fields: str) -> str | None:
    for field in fields:
        fragments = getattr(highlight, field, None) if highlight is not None else None
        if fragments:
            return " … ".join(fragments)
    return None


def search(request: SearchRequest, *, page: int, per_page: int) -> BackendPage:
    response = build_search(request, page=page, per_page=per_page).using(client()).execute()
    hits = []
    for hit in response:
        highlight = getattr(hit.meta, "highlight", None)
        title = _first(highlight, "title", "title.fr", "title.en") or hit.title
        snippet = _first(highlight, "body", "body.fr", "body.en") or excerpt(hit.body or "")
        hits.append(
            SearchHit(
                kind=hit.kind,
                title=highlighted(title),
                url=hit.url,
                snippet=highlighted(snippet),
                score=float(hit.meta.score or 0.0),
                language=hit.language,
                specialty=getattr(hit, "specialty", "") or "",
            )
        )
    facets = {
        facet: {b.key: b.doc_count for b in response.aggregations[facet]["values"].buckets}
        for facet in FACETS
    }
    return BackendPage(
        hits=hits,
        facets=facets,
        total=response.hits.total.value,
        suggestion=_suggestion(response, request.query),
    )


def _suggestion(response, query: str) -> str | None:
    """The phrase suggester's correction when the query found nothing, as the database does."""
    suggest = getattr(response, "suggest", None)
    if response.hits.total.value or not suggest or not hasattr(suggest, "did_you_mean"):
        return None
    for part in suggest.did_you_mean:
        for option in part.options:
            if option.text != query.casefold():
                return option.text
    return None


def build_completion(prefix: str, visibilities: Iterable[str]) -> Search:
    return (
        Search(index=index_alias())
        .source(["title"])
        .suggest(
            "titles",
            prefix,
            completion={
                "field": "suggest",
                "size": 8,
                "skip_duplicates": True,
                "contexts": {"visibility": list(visibilities)},
            },
        )
    )


def suggest_titles(prefix: str, visibilities: Iterable[str]) -> list[str]:
    response = build_completion(prefix, visibilities).using(client()).execute()
    # option.text is the input that matched (maybe the title from its third word): show the title.
    options = response.suggest.titles[0].options
    return list(dict.fromkeys(option._source.title for option in options))


# --- indexing ------------------------------------------------------------------------------


def index_entry(entry: SearchEntry, *, es: Elasticsearch | None = None) -> None:
    es = es or client(timeout=5.0)
    if entry.published:
        SearchEntryDocument.from_entry(entry).save(using=es, index=index_alias())
    else:
        es.delete(index=index_alias(), id=entry.doc_id, ignore_status=404)


def _progress(done: int, total: int) -> None:
    width = 30
    filled = width * done // total if total else width
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
    if done >= total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def rebuild(*, chunk_size: int = 500, progress: bool = True) -> tuple[str, int]:
    """Index every published entry into a new versioned index, then move the alias to it in one
    atomic request and delete the indexes it leaves behind. Searches keep using the old index
    until the swap."""
    es = client(timeout=30.0)
    alias = index_alias()
    name = f"{alias}-{datetime.now(UTC):%Y%m%d%H%M%S%f}"
    SearchEntryDocument._index.clone(name).create(using=es)
    entries = SearchEntry.objects.filter(published=True).order_by("pk")
    total = entries.count()

    def actions() -> Iterator[dict]:
        for done, entry in enumerate(entries.iterator(chunk_size=chunk_size), start=1):
            action = SearchEntryDocument.from_entry(entry).to_dict(include_meta=True)
            action["_index"] = name
            if progress and (done % chunk_size == 0 or done == total):
                _progress(done, total)
            yield action

    indexed, _errors = bulk(es, actions(), chunk_size=chunk_size, refresh=True)
    old = list(es.indices.get_alias(name=alias)) if es.indices.exists_alias(name=alias) else []
    swap: list[dict] = [{"remove": {"index": index, "alias": alias}} for index in old]
    if not old and es.indices.exists(index=alias):
        # A concrete index took the alias's name (a write before the first rebuild): replace it.
        swap.append({"remove_index": {"index": alias}})
    swap.append({"add": {"index": name, "alias": alias}})
    es.indices.update_aliases(actions=swap)
    for index in old:
        es.indices.delete(index=index, ignore_unavailable=True)
    return name, indexed
