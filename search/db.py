"""The database search backend: PostgreSQL full-text search or SQLite FTS5, in plain SQL.

Both read the search_searchentry table and the full-text structures migration 0002 made for the
vendor. Every value reaches the database as a parameter; the user's words reach FTS5 only quoted
(search.text.fts5_match) and PostgreSQL only through websearch_to_tsquery, which accepts any text.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence

from django.core.cache import cache
from django.db import connection

from .models import SearchEntry
from .text import MARK_CLOSE, MARK_OPEN, excerpt, fold, fts5_match, highlighted, words
from .types import FACETS as FACET_NAMES
from .types import BackendPage, SearchHit, SearchRequest

TABLE = SearchEntry._meta.db_table
FTS_TABLE = f"{TABLE}_fts"
# The query parsed once per language; each row is matched with its own language's query, so a
# row costs one tsquery evaluation, not two (the seq scan of a broad query is most of its time).
PG_QUERY = (
    "(SELECT websearch_to_tsquery('compagnon_fr', %s) AS fr,"
    " websearch_to_tsquery('compagnon_en', %s) AS en) AS query"
)
PG_MATCH = (
    "((e.language = 'fr' AND e.search_vector @@ query.fr)"
    " OR (e.language <> 'fr' AND e.search_vector @@ query.en))"
)
PG_ROW_QUERY = "CASE WHEN e.language = 'fr' THEN query.fr ELSE query.en END"
PG_CONFIG = (
    "CASE WHEN e.language = 'fr' THEN 'compagnon_fr'::regconfig ELSE 'compagnon_en'::regconfig END"
)
PG_HEADLINE = (
    f'StartSel="{MARK_OPEN}", StopSel="{MARK_CLOSE}", MaxWords=35, MinWords=15, MaxFragments=2,'
    ' FragmentDelimiter=" … "'
)
PG_TITLE_HEADLINE = f'StartSel="{MARK_OPEN}", StopSel="{MARK_CLOSE}", HighlightAll=true'
VOCABULARY_TIMEOUT = 300


def _in(column: str, values: Sequence[str]) -> tuple[str, list]:
    return f"{column} IN ({', '.join(['%s'] * len(values))})", list(values)


class DatabaseSearch:
    def __init__(self) -> None:
        self.vendor = connection.vendor
        if self.vendor not in ("postgresql", "sqlite"):
            raise NotImplementedError(f"database search does not support {self.vendor}")

    # --- SQL building -----------------------------------------------------------------------

    def _json_values(self, column: str) -> str:
        """A table function listing the strings of a JSON array column, as `value`."""
        if self.vendor == "postgresql":
            return f"jsonb_array_elements_text({column}) AS j(value)"
        return f"json_each({column}) AS j"

    def _json_facet(self, facet: str, column: str, where: str) -> str:
        """Counts of the strings in a JSON list column of `m`. Rows share few distinct lists, so
        group by list first and expand each distinct list once (3x faster on broad queries)."""
        return (
            f"SELECT '{facet}', j.value, SUM(g.n) FROM"  # noqa: S608
            f" (SELECT {column}, COUNT(*) AS n FROM m {where} GROUP BY {column}) AS g,"
            f" {self._json_values('g.' + column)} GROUP BY j.value"
        )

    def _facet_conditions(self, request: SearchRequest) -> list[tuple[str, str, list]]:
        """(facet, SQL condition on `e`, params) for each facet the request filters on."""
        conditions = []
        for facet, column in (("kind", "e.kind"), ("language", "e.language")):
            if request.filters.get(facet):
                conditions.append((facet, *_in(column, request.filters[facet])))
        if request.filters.get("specialty"):
            conditions.append(("specialty", *_in("e.specialty", request.filters["specialty"])))
        for facet, column in (("topic", "e.topics"), ("framework", "e.frameworks")):
            if request.filters.get(facet):
                clause, values = _in("j.value", request.filters[facet])
                json_values = self._json_values(column)
                exists = f"EXISTS (SELECT 1 FROM {json_values} WHERE {clause})"  # noqa: S608
                conditions.append((facet, exists, values))
        return conditions

    def _from_where(
        self, request: SearchRequest, *, for_hits: bool, with_facet_filters: bool = True
    ) -> tuple[str, list]:
        """FROM … WHERE … for the entries the request matches and the user may see."""
        params: list = []
        if request.is_browse:
            sql = f"FROM {TABLE} e"
            where = ["1 = 1"]
        elif self.vendor == "postgresql":
            sql = f"FROM {TABLE} e CROSS JOIN {PG_QUERY}"
            params += [request.query, request.query]
            where = [PG_MATCH]
        elif for_hits:
            # bm25(), snippet() and highlight() need the FTS table in the FROM clause.
            sql = f"FROM {FTS_TABLE} JOIN {TABLE} e ON e.id = {FTS_TABLE}.rowid"
            where = [f"{FTS_TABLE} MATCH %s"]
            params.append(fts5_match(request.query))
        else:
            sql = f"FROM {TABLE} e"
            where = [f"e.id IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s)"]  # noqa: S608
            params.append(fts5_match(request.query))

        where.append("e.published = %s")
        params.append(True)
        clause, values = _in("e.visibility", request.visibilities)
        where.append(clause)
        params += values
        if with_facet_filters:
            for _facet, condition, values in self._facet_conditions(request):
                where.append(condition)
                params += values
        return f"{sql} WHERE {' AND '.join(where)}", params

    def _matches(self, request: SearchRequest, columns: str, score: str = "") -> tuple[str, list]:
        """The `m` common table: every match the user may see, whatever the facet filters, with
        one `f_<facet>` flag per filtered facet. Each facet is counted over the rows the *other*
        facets' filters keep (so ticking "Course" still shows how many digests there are), and
        the total and the hits over the rows every filter keeps."""
        from_where, params = self._from_where(request, for_hits=False, with_facet_filters=False)
        flags, flag_params = [], []
        for facet, condition, values in self._facet_conditions(request):
            flags.append(f", ({condition}) AS f_{facet}")
            flag_params += values
        return f"SELECT {columns}{score}{''.join(flags)} {from_where}", [*flag_params, *params]

    @staticmethod
    def _where_flags(request: SearchRequest, *, except_facet: str | None = None) -> str:
        flags = [f"f_{facet}" for facet in FACET_NAMES if request.filters.get(facet)]
        kept = [flag for flag in flags if flag != f"f_{except_facet}"]
        return f"WHERE {' AND '.join(kept)}" if kept else ""

    def _facet_counts_sql(self, request: SearchRequest) -> str:
        """Facet counts and the total from `m`, as (facet, value, count) rows."""
        where = {facet: self._where_flags(request, except_facet=facet) for facet in FACET_NAMES}
        every = self._where_flags(request)
        return f"""
            SELECT 'total', '', COUNT(*) FROM m {every}
            UNION ALL
            SELECT 'kind', kind, COUNT(*) FROM m {where["kind"]} GROUP BY kind
            UNION ALL
            SELECT 'specialty', specialty, COUNT(*) FROM m
            {where["specialty"] or "WHERE 1 = 1"} AND specialty <> '' GROUP BY specialty
            UNION ALL
            SELECT 'language', language, COUNT(*) FROM m {where["language"]} GROUP BY language
            UNION ALL
            {self._json_facet("topic", "topics", where["topic"])}
            UNION ALL
            {self._json_facet("framework", "frameworks", where["framework"])}
        """  # noqa: S608 — identifiers are ours; every value is a parameter

    # --- queries ----------------------------------------------------------------------------

    def facets(self, request: SearchRequest) -> tuple[dict[str, dict[str, int]], int]:
        """Counts per facet value over every matching entry, and the total, in one query."""
        matches, params = self._matches(
            request, "e.kind, e.specialty, e.language, e.topics, e.frameworks"
        )
        sql = f"WITH m AS ({matches}) {self._facet_counts_sql(request)}"
        facets: dict[str, dict[str, int]] = {facet: {} for facet in FACET_NAMES}
        total = 0
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            for facet, value, count in cursor.fetchall():
                if facet == "total":
                    total = int(count)
                else:
                    facets[facet][str(value)] = int(count)
        return facets, total

    def hits(self, request: SearchRequest, *, offset: int, limit: int) -> list[SearchHit]:
        from_where, params = self._from_where(request, for_hits=True)
        columns = "e.kind, e.url, e.language, e.specialty"
        if request.is_browse:
            select = f"SELECT {columns}, 0.0, e.title, e.body"
            order = "ORDER BY e.updated_at DESC, e.id DESC"
        else:
            # bm25() is lower for better matches; a title match weighs ten times a body match.
            select = (
                f"SELECT {columns}, -bm25({FTS_TABLE}, 10.0, 1.0) AS score,"
                f" highlight({FTS_TABLE}, 0, %s, %s),"
                f" snippet({FTS_TABLE}, 1, %s, %s, '…', 30)"
            )
            params = [MARK_OPEN, MARK_CLOSE, MARK_OPEN, MARK_CLOSE, *params]
            order = "ORDER BY score DESC, e.id"
        sql = f"{select} {from_where} {order} LIMIT %s OFFSET %s"
        params += [limit, offset]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        hits = []
        for kind, url, language, specialty, score, title, snippet in rows:
            if request.is_browse:
                snippet = excerpt(snippet)
            hits.append(
                SearchHit(
                    kind=kind,
                    title=highlighted(title),
                    url=url,
                    snippet=highlighted(snippet),
                    score=float(score or 0.0),
                    language=language,
                    specialty=specialty,
                )
            )
        return hits

    def search(self, request: SearchRequest, *, page: int, per_page: int) -> BackendPage:
        offset = (page - 1) * per_page
        if self.vendor == "postgresql":
            facets, total, hits = self._postgres_scan(request, offset=offset, limit=per_page)
        else:
            facets, total = self.facets(request)
            hits = self.hits(request, offset=offset, limit=per_page) if offset < total else []
        suggestion = None
        if not request.is_browse and total == 0:
            suggestion = self.suggest_correction(request)
        return BackendPage(hits=hits, facets=facets, total=total, suggestion=suggestion)

    def _postgres_scan(
        self, request: SearchRequest, *, offset: int, limit: int
    ) -> tuple[dict[str, dict[str, int]], int, list[SearchHit]]:
        """Facets, total and the page's ranking from one pass over the matches (a broad query
        matches thousands of rows: evaluating the tsquery twice doubled its cost), then
        headlines for the page's rows only."""
        score = "0.0" if request.is_browse else f"ts_rank(e.search_vector, {PG_ROW_QUERY})"
        matches, params = self._matches(
            request,
            "e.id, e.kind, e.specialty, e.language, e.topics, e.frameworks, e.updated_at",
            f", {score} AS score",
        )
        sql = f"""
            WITH m AS MATERIALIZED ({matches})
            (SELECT 'hit', id::text, score::float8 FROM m {self._where_flags(request)}
             ORDER BY score DESC, updated_at DESC, id DESC LIMIT %s OFFSET %s)
            UNION ALL
            {self._facet_counts_sql(request)}
        """  # noqa: S608 — identifiers are ours; every value is a parameter
        facets: dict[str, dict[str, int]] = {facet: {} for facet in FACET_NAMES}
        ranked: dict[int, float] = {}
        total = 0
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, limit, offset])
            for facet, value, number in cursor.fetchall():
                if facet == "hit":
                    ranked[int(value)] = float(number)
                elif facet == "total":
                    total = int(number)
                else:
                    facets[facet][str(value)] = int(number)
        return facets, total, self._postgres_page(request, ranked)

    def _postgres_page(self, request: SearchRequest, ranked: dict[int, float]) -> list[SearchHit]:
        if not ranked:
            return []
        ids = list(ranked)
        if request.is_browse:
            sql = (
                f"SELECT e.id, e.kind, e.url, e.language, e.specialty, e.title, e.body"  # noqa: S608
                f" FROM {TABLE} e WHERE e.id = ANY(%s)"
            )
            params: list = [ids]
        else:
            sql = (
                f"SELECT e.id, e.kind, e.url, e.language, e.specialty,"  # noqa: S608
                f" ts_headline({PG_CONFIG}, e.title, {PG_ROW_QUERY}, %s),"
                f" ts_headline({PG_CONFIG}, e.body, {PG_ROW_QUERY}, %s)"
                f" FROM {TABLE} e CROSS JOIN {PG_QUERY} WHERE e.id = ANY(%s)"
            )
            params = [PG_TITLE_HEADLINE, PG_HEADLINE, request.query, request.query, ids]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = {row[0]: row[1:] for row in cursor.fetchall()}
        hits = []
        for pk in ids:
            if pk not in rows:
                continue  # removed between the two queries
            kind, url, language, specialty, title, body = rows[pk]
            hits.append(
                SearchHit(
                    kind=kind,
                    title=highlighted(title),
                    url=url,
                    snippet=highlighted(excerpt(body) if request.is_browse else body),
                    score=ranked[pk],
                    language=language,
                    specialty=specialty,
                )
            )
        return hits

    # --- did you mean -----------------------------------------------------------------------

    def vocabulary(self, visibilities: Sequence[str]) -> frozenset[str]:
        """Folded title words of the entries these visibilities may see, cached for 5 minutes.

        Per visibility set, so a word that appears only in cases is never suggested to a user
        who may not read cases."""
        key = "search:vocabulary:" + ",".join(sorted(visibilities))
        vocabulary = cache.get(key)
        if vocabulary is None:
            titles = SearchEntry.objects.filter(
                published=True, visibility__in=list(visibilities)
            ).values_list("title", flat=True)
            vocabulary = frozenset(w for title in titles for w in words(title) if len(w) >= 4)
            cache.set(key, vocabulary, VOCABULARY_TIMEOUT)
        return vocabulary

    def suggest_correction(self, request: SearchRequest) -> str | None:
        query_words = words(request.query)
        if not query_words:
            return None
        vocabulary = self.vocabulary(request.visibilities)
        corrected, changed = [], False
        for word in query_words:
            if word in vocabulary or len(word) < 4:
                corrected.append(word)
                continue
            close = difflib.get_close_matches(word, vocabulary, n=1, cutoff=0.75)
            corrected.append(close[0] if close else word)
            changed = changed or bool(close)
        return " ".join(corrected) if changed else None

    def suggest_titles(self, prefix: str, visibilities: Sequence[str], limit: int = 8) -> list[str]:
        """Titles for the search box's autocomplete: titles containing a word that starts so."""
        entries = SearchEntry.objects.filter(published=True, visibility__in=list(visibilities))
        if self.vendor == "sqlite":
            match = fts5_match(prefix)
            if not match:
                return []
            entries = entries.extra(  # noqa: S610 — parameterised
                where=[
                    f"{TABLE}.id IN (SELECT rowid FROM {FTS_TABLE} WHERE title MATCH %s)"  # noqa: S608
                ],
                params=[match],
            )
        else:
            # Every word as a stemmed, accent-folded prefix of a title word (weight A), through
            # the GIN index: "telesurv" and "insuffisance card" complete as on SQLite.
            terms = words(prefix)
            if not terms:
                return []
            # words() yields only \w characters: nothing in them is tsquery syntax.
            tsquery = " & ".join(f"{term}:*A" for term in terms)
            entries = entries.extra(  # noqa: S610 — parameterised
                where=[
                    f"(({TABLE}.language = 'fr' AND {TABLE}.search_vector @@"
                    " to_tsquery('compagnon_fr', %s)) OR"
                    f" ({TABLE}.language <> 'fr' AND {TABLE}.search_vector @@"
                    " to_tsquery('compagnon_en', %s)))"
                ],
                params=[tsquery, tsquery],
            )
        folded = fold(prefix)
        titles = entries.order_by("-updated_at").values_list("title", flat=True)[: limit * 3]
        ranked = sorted(dict.fromkeys(titles), key=lambda t: not fold(t).startswith(folded))
        return ranked[:limit]
