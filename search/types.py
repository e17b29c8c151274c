"""What a search asks for and what it returns, the same for every backend."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from django.utils.safestring import SafeString

FACETS = ("kind", "specialty", "topic", "framework", "language")


@dataclass(frozen=True)
class SearchRequest:
    """A validated search: the query text, the visibilities the user may see, the filters."""

    query: str
    visibilities: tuple[str, ...]
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def is_browse(self) -> bool:
        """No query text: filters alone list the most recent entries."""
        return not self.query


@dataclass(frozen=True)
class SearchHit:
    kind: str
    title: SafeString
    url: str
    snippet: SafeString
    score: float
    language: str
    specialty: str = ""


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass(frozen=True)
class BackendPage:
    hits: list[SearchHit]
    facets: dict[str, dict[str, int]]
    total: int
    suggestion: str | None = None


@dataclass
class SearchResults:
    query: str
    hits: list[SearchHit] = field(default_factory=list)
    facets: dict[str, list[FacetValue]] = field(default_factory=dict)
    total: int = 0
    page: int = 1
    per_page: int = 20
    suggestion: str | None = None
    degraded: bool = False
    backend: str = "database"
    messages: list[str] = field(default_factory=list)

    @property
    def num_pages(self) -> int:
        return max(1, math.ceil(self.total / self.per_page))

    @property
    def has_previous(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.page < self.num_pages

    @property
    def start_index(self) -> int:
        return (self.page - 1) * self.per_page + 1 if self.hits else 0

    @property
    def end_index(self) -> int:
        return self.start_index + len(self.hits) - 1 if self.hits else 0
