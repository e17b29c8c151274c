"""The one import point for Elasticsearch (GUIDE: elasticsearch-dsl 8.18 is its last release;
switching to `elasticsearch.dsl` later is a change to this file only)."""

from elasticsearch import Elasticsearch
from elasticsearch_dsl import Document, Index, Q, Search, analyzer, connections, token_filter

__all__ = [
    "Document",
    "Elasticsearch",
    "Index",
    "Q",
    "Search",
    "analyzer",
    "connections",
    "get_client",
    "token_filter",
]


def get_client(url: str, *, timeout: float = 5.0) -> Elasticsearch:
    return Elasticsearch(url, request_timeout=timeout, retry_on_timeout=False, max_retries=0)
