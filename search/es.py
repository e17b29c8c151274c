"""The one import point for Elasticsearch (GUIDE: elasticsearch-dsl 8.18 is its last release;
switching to `elasticsearch.dsl` later is a change to this file only)."""

from elasticsearch import ApiError, Elasticsearch, TransportError
from elasticsearch.helpers import bulk
from elasticsearch_dsl import (
    Boolean,
    Completion,
    Date,
    Document,
    Index,
    Keyword,
    Q,
    Search,
    Text,
    analyzer,
    connections,
    token_filter,
)

__all__ = [
    "ApiError",
    "Boolean",
    "Completion",
    "Date",
    "Document",
    "Elasticsearch",
    "Index",
    "Keyword",
    "Q",
    "Search",
    "Text",
    "TransportError",
    "analyzer",
    "bulk",
    "connections",
    "get_client",
    "token_filter",
]

# Anything the client raises when the cluster is unreachable, times out or refuses a request.
ElasticsearchUnavailable = (ApiError, TransportError)


def get_client(url: str, *, timeout: float = 5.0) -> Elasticsearch:
    return Elasticsearch(url, request_timeout=timeout, retry_on_timeout=False, max_retries=0)
